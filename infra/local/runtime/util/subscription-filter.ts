/**
 * `util.transform.toSubscriptionFilter(objFilter, ignoredFields?, rules?)`.
 * https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 *
 * The result is a disjunction of groups (`filterGroup`), each a conjunction of filters. As published:
 * - several operators on one field are OR-ed (one group per operator);
 * - sibling keys and the entries of `and` are AND-ed (the cross product of their groups, earlier keys first);
 * - the entries of `or` are OR-ed (their groups side by side);
 * - `ignoredFields` drops those fields wherever they appear, nested `and`/`or` included;
 * - every rule of `rules` is an alternative added to each group, so at least one rule must hold.
 */

export interface SubscriptionFilterRule {
  fieldName: string;
  operator: string;
  value: unknown;
}
export interface SubscriptionFilter {
  filterGroup: { filters: SubscriptionFilterRule[] }[];
}

export class SubscriptionFilterError extends Error {
  readonly errorType = 'SubscriptionFilterError';
}

type Groups = SubscriptionFilterRule[][];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function product(left: Groups, right: Groups): Groups {
  if (right.length === 0) return left;
  if (left.length === 0) return right;
  return left.flatMap((a) => right.map((b) => [...a, ...b]));
}

function groupsOf(filter: unknown, ignored: ReadonlySet<string>): Groups {
  if (!isObject(filter)) throw new SubscriptionFilterError('a subscription filter must be an object');
  let groups: Groups = [];
  for (const [key, operand] of Object.entries(filter)) {
    if (operand === undefined || ignored.has(key)) continue;
    if (key === 'and') {
      for (const entry of asList(key, operand)) groups = product(groups, groupsOf(entry, ignored));
    } else if (key === 'or') {
      groups = product(groups, asList(key, operand).flatMap((entry) => groupsOf(entry, ignored)));
    } else {
      groups = product(groups, fieldGroups(key, operand));
    }
  }
  return groups;
}

function asList(key: string, operand: unknown): unknown[] {
  if (!Array.isArray(operand)) throw new SubscriptionFilterError(`"${key}" takes a list of filter objects`);
  return operand;
}

function fieldGroups(fieldName: string, operators: unknown): Groups {
  if (!isObject(operators)) {
    throw new SubscriptionFilterError(`the condition on "${fieldName}" must be an object of operators`);
  }
  return Object.entries(operators)
    .filter(([, value]) => value !== undefined)
    .map(([operator, value]) => [{ fieldName, operator, value }]);
}

export function toSubscriptionFilter(objFilter: unknown, ignoredFields?: unknown, rules?: unknown): SubscriptionFilter {
  if (ignoredFields !== undefined && ignoredFields !== null && !Array.isArray(ignoredFields)) {
    throw new SubscriptionFilterError('ignoredFields must be a list of field names');
  }
  const ignored = new Set((ignoredFields ?? []) as string[]);
  let groups = groupsOf(objFilter, ignored);
  if (rules !== undefined && rules !== null) {
    if (!isObject(rules)) throw new SubscriptionFilterError('rules must be an object of field conditions');
    const alternatives = Object.entries(rules).flatMap(([field, ops]) => fieldGroups(field, ops));
    if (alternatives.length > 0) groups = product(groups, alternatives);
  }
  return { filterGroup: groups.map((filters) => ({ filters })) };
}
