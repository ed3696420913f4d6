/**
 * Enhanced subscription filters: validation when a subscription resolver sets them, evaluation on each event.
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
 * https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
 *
 * A filter object is `{ filterGroup: [{ filters: [{ fieldName, operator, value }] }] }`: the groups are OR-ed, the
 * filters inside a group AND-ed. `fieldName` may be a dotted path into the payload.
 */

export interface FilterRule {
  fieldName: string;
  operator: string;
  value?: unknown;
}
export interface FilterObject {
  filterGroup: { filters: FilterRule[] }[];
}

/** AppSync's limits on one filter object (the same numbers the service enforces). */
export const FILTER_LIMITS = { groups: 10, filtersPerGroup: 5, inValues: 5, containsAnyValues: 20, pathDepth: 5, pathLength: 256 };

const OPERATORS = new Set(['eq', 'ne', 'le', 'lt', 'ge', 'gt', 'contains', 'notContains', 'beginsWith', 'in', 'notIn', 'between', 'containsAny']);

/** Why a filter object is refused, or null when AppSync would accept it. */
export function filterProblem(filter: unknown): string | null {
  const groups = (filter as FilterObject | null)?.filterGroup;
  if (!Array.isArray(groups) || groups.length === 0) return 'filterGroup must be a non-empty list';
  if (groups.length > FILTER_LIMITS.groups) return `at most ${FILTER_LIMITS.groups} filter groups are allowed`;
  for (const group of groups) {
    const rules = group?.filters;
    if (!Array.isArray(rules) || rules.length === 0) return 'every filter group needs a non-empty `filters` list';
    if (rules.length > FILTER_LIMITS.filtersPerGroup) return `at most ${FILTER_LIMITS.filtersPerGroup} filters per group are allowed`;
    for (const rule of rules) {
      const problem = ruleProblem(rule);
      if (problem) return problem;
    }
  }
  return null;
}

function ruleProblem(rule: FilterRule): string | null {
  if (typeof rule?.fieldName !== 'string' || rule.fieldName === '') return 'every filter needs a fieldName';
  if (rule.fieldName.length > FILTER_LIMITS.pathLength || rule.fieldName.split('.').length > FILTER_LIMITS.pathDepth) {
    return `fieldName ${rule.fieldName} is too long or too deep`;
  }
  if (!OPERATORS.has(rule.operator)) return `unknown filter operator ${String(rule.operator)}`;
  const list = Array.isArray(rule.value) ? rule.value : null;
  if ((rule.operator === 'in' || rule.operator === 'notIn') && (!list || list.length > FILTER_LIMITS.inValues)) {
    return `${rule.operator} takes a list of at most ${FILTER_LIMITS.inValues} values`;
  }
  if (rule.operator === 'containsAny' && (!list || list.length > FILTER_LIMITS.containsAnyValues)) {
    return `containsAny takes a list of at most ${FILTER_LIMITS.containsAnyValues} values`;
  }
  if (rule.operator === 'between' && (!list || list.length !== 2)) return 'between takes a list of two values';
  return null;
}

function valueAt(payload: unknown, path: string): unknown {
  let current: unknown = payload;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const comparable = (a: unknown, b: unknown) =>
  (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');

function contains(actual: unknown, value: unknown): boolean {
  if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
  if (Array.isArray(actual)) return actual.some((item) => item === value);
  return false;
}

function ruleMatches(payload: unknown, rule: FilterRule): boolean {
  const actual = valueAt(payload, rule.fieldName);
  const value = rule.value;
  const list = Array.isArray(value) ? value : [];
  switch (rule.operator) {
    case 'eq':
      return actual === value || (actual === undefined && value === null);
    case 'ne':
      return !(actual === value || (actual === undefined && value === null));
    case 'lt':
      return comparable(actual, value) && (actual as number) < (value as number);
    case 'le':
      return comparable(actual, value) && (actual as number) <= (value as number);
    case 'gt':
      return comparable(actual, value) && (actual as number) > (value as number);
    case 'ge':
      return comparable(actual, value) && (actual as number) >= (value as number);
    case 'contains':
      return contains(actual, value);
    case 'notContains':
      return !contains(actual, value);
    case 'beginsWith':
      return typeof actual === 'string' && typeof value === 'string' && actual.startsWith(value);
    case 'in':
      return list.includes(actual);
    case 'notIn':
      return !list.includes(actual);
    case 'between':
      return comparable(actual, list[0]) && comparable(actual, list[1]) && (actual as number) >= (list[0] as number) && (actual as number) <= (list[1] as number);
    case 'containsAny':
      return Array.isArray(actual) ? actual.some((item) => list.includes(item)) : list.includes(actual);
    default:
      return false;
  }
}

/** True when the payload passes the filter object (any group whose every filter holds). */
export function filterMatches(filter: FilterObject, payload: unknown): boolean {
  return filter.filterGroup.some((group) => group.filters.every((rule) => ruleMatches(payload, rule)));
}
