/**
 * The build's refusals, each naming the file at fault:
 *
 * - a bundle over AppSync's code limit (32,768 characters, inline source map included: it is part of the code
 *   uploaded; https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-overview-js.html);
 * - a resolver file naming a type or field the schema lacks (root or object types alike: `Order.items.[products].ts`);
 * - a Query, Mutation or Subscription field without a resolver. Exception, as on AppSync: a Subscription field with
 *   `@aws_subscribe` needs none, because AppSync is triggered by the mutation and sends its selection set to the
 *   subscribers itself; a resolver there is optional (fine-grained access control, enhanced filters).
 *   https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 *   A Subscription field without `@aws_subscribe` and without a resolver could never deliver anything: refused;
 * - a file naming a data source that is not configured.
 */
import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { displayPath, type BuildProblem } from './errors';
import { routeFile, type Route } from './routes';
import { locateNode } from './schema';

export const APPSYNC_CODE_LIMIT = 32_768;

export function checkCodeSize(code: string, file: string): BuildProblem | null {
  if (code.length <= APPSYNC_CODE_LIMIT) return null;
  return {
    file: displayPath(file),
    message: `The bundle is ${code.length} characters; AppSync accepts at most ${APPSYNC_CODE_LIMIT} (source map included).`,
  };
}

export function checkRoutesAgainstSchema(schema: GraphQLSchema, routes: readonly Route[]): BuildProblem[] {
  const problems: BuildProblem[] = [];
  for (const route of routes) {
    const type = schema.getType(route.typeName);
    const file = displayPath(routeFile(route));
    if (!isObjectType(type)) {
      problems.push({ file, message: `The schema has no object type ${route.typeName}.` });
    } else if (!type.getFields()[route.fieldName]) {
      problems.push({ file, message: `The schema has no field ${route.typeName}.${route.fieldName}.` });
    }
  }
  return problems;
}

export function checkEveryRootFieldResolved(
  schema: GraphQLSchema,
  routes: readonly Route[],
  resolversDir: string,
): BuildProblem[] {
  const resolved = new Set(routes.map((r) => `${r.typeName}.${r.fieldName}`));
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  const subscription = schema.getSubscriptionType();
  const dir = displayPath(resolversDir);
  const problems: BuildProblem[] = [];
  for (const root of roots.filter((r): r is GraphQLObjectType => Boolean(r))) {
    for (const field of Object.values(root.getFields())) {
      const name = `${root.name}.${field.name}`;
      if (resolved.has(name)) continue;
      const subscribes = field.astNode?.directives?.some((d) => d.name.value === 'aws_subscribe') ?? false;
      if (root === subscription && subscribes) continue;
      const where = locateNode(field.astNode) ?? { file: dir };
      problems.push({
        ...where,
        message: `${name} has no resolver: add ${dir}/${name}.[dataSource].ts or a pipeline folder ${dir}/${name}/.`,
      });
    }
  }
  return problems;
}

export function checkDataSources(routes: readonly Route[], dataSourceNames: readonly string[]): BuildProblem[] {
  const known = new Set(dataSourceNames);
  const uses = routes.flatMap((route) =>
    route.kind === 'UNIT'
      ? [{ dataSource: route.dataSource, file: route.file }]
      : route.functions.map((f) => ({ dataSource: f.dataSource, file: f.file })),
  );
  return uses
    .filter((use) => !known.has(use.dataSource))
    .map((use) => ({
      file: displayPath(use.file),
      message: `Unknown data source "${use.dataSource}" (known: ${[...known].sort().join(', ') || 'none'}).`,
    }));
}
