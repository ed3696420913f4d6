import { Kind, type GraphQLSchema } from 'graphql';

/** Mutation field name -> the subscription fields whose `@aws_subscribe(mutations: [...])` names it. */
export function subscribeTriggers(schema: GraphQLSchema): Map<string, string[]> {
  const triggers = new Map<string, string[]>();
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
    const directive = field.astNode?.directives?.find((d) => d.name.value === 'aws_subscribe');
    const mutations = directive?.arguments?.find((a) => a.name.value === 'mutations')?.value;
    if (mutations?.kind !== Kind.LIST) continue;
    for (const value of mutations.values) {
      if (value.kind !== Kind.STRING) continue;
      triggers.set(value.value, [...(triggers.get(value.value) ?? []), field.name]);
    }
  }
  return triggers;
}
