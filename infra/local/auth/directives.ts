/**
 * AppSync's schema authorization directives: which auth modes may read a field.
 * https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#using-additional-authorization-modes
 *
 * - `@aws_api_key`, `@aws_iam`, `@aws_oidc`, `@aws_lambda`, `@aws_cognito_user_pools(cognito_groups: [...])` on an
 *   object type apply to all its fields; on a field they replace the type's directives for that field.
 * - A field whose type and self carry no directive is open to the default mode only; once a type or field names
 *   modes, the default mode is no longer implied.
 * - `cognito_groups` lets a Cognito user through when `cognito:groups` holds at least one of them. `@aws_auth`
 *   (the pre-multi-auth form) is read as `@aws_cognito_user_pools` with the same groups.
 * - A Cognito pool with default action DENY lets its users reach only fields that name Cognito explicitly.
 * - `deniedFields` from a Lambda authorizer close those fields whatever the directives say.
 */
import { isObjectType, isInterfaceType, type ConstDirectiveNode, type GraphQLSchema } from 'graphql';
import type { AuthMode, RequestAuth } from './types';

interface Rule {
  mode: AuthMode;
  groups?: string[];
}

const DIRECTIVE_MODES: Record<string, AuthMode> = {
  aws_api_key: 'API_KEY',
  aws_iam: 'AWS_IAM',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
};

/** The SDL AppSync predefines for these directives, for schemas that do not declare them. */
export const AUTH_DIRECTIVES_SDL = `
directive @aws_api_key on FIELD_DEFINITION | OBJECT
directive @aws_iam on FIELD_DEFINITION | OBJECT
directive @aws_oidc on FIELD_DEFINITION | OBJECT
directive @aws_lambda on FIELD_DEFINITION | OBJECT
directive @aws_cognito_user_pools(cognito_groups: [String]) on FIELD_DEFINITION | OBJECT
directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION
`;

function rulesOf(directives: readonly ConstDirectiveNode[]): Rule[] {
  const rules: Rule[] = [];
  for (const directive of directives) {
    const mode = DIRECTIVE_MODES[directive.name.value];
    if (!mode) continue;
    const arg = directive.arguments?.find((a) => a.name.value === 'cognito_groups');
    const groups =
      arg?.value.kind === 'ListValue'
        ? arg.value.values.flatMap((v) => (v.kind === 'StringValue' ? [v.value] : []))
        : arg?.value.kind === 'StringValue'
          ? [arg.value.value]
          : undefined;
    rules.push(groups ? { mode, groups } : { mode });
  }
  return rules;
}

interface FieldRules {
  rules: Rule[];
  explicit: boolean;
}

/** Rules by schema and field: a served schema does not change, and every field of every request asks for them. */
const known = new WeakMap<GraphQLSchema, Map<string, FieldRules>>();

/** The rules for a field, and whether they came from the schema or from the default mode alone. */
function fieldRules(schema: GraphQLSchema, typeName: string, fieldName: string, defaultMode: AuthMode): FieldRules | undefined {
  let bySchema = known.get(schema);
  if (!bySchema) known.set(schema, (bySchema = new Map()));
  const key = `${typeName}.${fieldName}:${defaultMode}`;
  const hit = bySchema.get(key);
  if (hit) return hit;
  const found = readFieldRules(schema, typeName, fieldName, defaultMode);
  if (found) bySchema.set(key, found); // only fields the schema has: the map stays as small as the schema
  return found;
}

function readFieldRules(schema: GraphQLSchema, typeName: string, fieldName: string, defaultMode: AuthMode): FieldRules | undefined {
  const type = schema.getType(typeName);
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  const field = type.getFields()[fieldName];
  if (!field) return undefined;
  const onField = rulesOf(field.astNode?.directives ?? []);
  if (onField.length > 0) return { rules: onField, explicit: true };
  const typeNodes = [type.astNode, ...type.extensionASTNodes];
  const onType = rulesOf(typeNodes.flatMap((node) => node?.directives ?? []));
  if (onType.length > 0) return { rules: onType, explicit: true };
  return { rules: [{ mode: defaultMode }], explicit: false };
}

/** Whether a Lambda authorizer's `deniedFields` (normalised to `Type.field` by authenticate) names this field. */
export function isFieldDenied(auth: RequestAuth, typeName: string, fieldName: string): boolean {
  return (auth.deniedFields ?? []).includes(`${typeName}.${fieldName}`);
}

function groupsOf(auth: RequestAuth): string[] {
  const identity = auth.identity as { groups?: unknown; claims?: Record<string, unknown> } | null;
  const groups = identity?.groups ?? identity?.claims?.['cognito:groups'];
  return Array.isArray(groups) ? groups.map(String) : [];
}

/** Whether the caller authenticated as `auth` may read `typeName.fieldName`. */
export function isFieldAllowed(schema: GraphQLSchema, typeName: string, fieldName: string, auth: RequestAuth, defaultMode: AuthMode): boolean {
  if (typeName.startsWith('__') || fieldName.startsWith('__')) return true;
  if (isFieldDenied(auth, typeName, fieldName)) return false;
  const found = fieldRules(schema, typeName, fieldName, defaultMode);
  if (!found) return false;
  const strategy = (auth.identity as { defaultAuthStrategy?: string } | null)?.defaultAuthStrategy;
  if (auth.mode === 'AMAZON_COGNITO_USER_POOLS' && strategy === 'DENY' && !found.explicit) return false;
  return found.rules.some((rule) => {
    if (rule.mode !== auth.mode) return false;
    if (!rule.groups) return true;
    const groups = groupsOf(auth);
    return rule.groups.some((g) => groups.includes(g));
  });
}

/** Whether the caller may subscribe to `Subscription.fieldName` (checked on `start`, and again per message). */
export function isSubscriptionAllowed(schema: GraphQLSchema, fieldName: string, auth: RequestAuth, defaultMode: AuthMode): boolean {
  const subscriptionType = schema.getSubscriptionType();
  return subscriptionType !== null && subscriptionType !== undefined && isFieldAllowed(schema, subscriptionType.name, fieldName, auth, defaultMode);
}
