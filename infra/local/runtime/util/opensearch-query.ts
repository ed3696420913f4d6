/**
 * `util.transform.toElasticsearchQueryDSL`: a filter object as an OpenSearch bool query (JSON string).
 * https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 * As published: the fields are AND-ed (`bool.must`), and so are the operators of one field, each field
 * getting its own `bool.must`; `ne` is a `must_not` term, `range: [a, b]` is `gte`/`lte`.
 */

export class OpenSearchQueryError extends Error {
  readonly errorType = 'OpenSearchQueryError';
}

type Query = Record<string, unknown>;

const SIMPLE: Record<string, string> = {
  eq: 'term', match: 'match', matchPhrase: 'match_phrase', matchPhrasePrefix: 'match_phrase_prefix',
  wildcard: 'wildcard', regexp: 'regexp', multiMatch: 'multi_match',
};
const RANGE: Record<string, string> = { gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function operatorQuery(field: string, op: string, operand: unknown): Query {
  if (op in SIMPLE) return { [SIMPLE[op]]: { [field]: operand } };
  if (op === 'ne') return { bool: { must_not: { term: { [field]: operand } } } };
  if (op in RANGE) return { range: { [field]: { [RANGE[op]]: operand } } };
  if (op === 'range') {
    if (!Array.isArray(operand) || operand.length !== 2) {
      throw new OpenSearchQueryError(`"range" on "${field}" takes a list of two values`);
    }
    return { range: { [field]: { gte: operand[0], lte: operand[1] } } };
  }
  if (op === 'exists') {
    const exists = { exists: { field } };
    return operand === false ? { bool: { must_not: exists } } : exists;
  }
  throw new OpenSearchQueryError(`unsupported OpenSearch operator "${op}" on "${field}"`);
}

function clauses(filter: unknown): Query[] {
  if (!isObject(filter)) throw new OpenSearchQueryError('an OpenSearch filter must be an object');
  const out: Query[] = [];
  for (const [key, operand] of Object.entries(filter)) {
    if (operand === undefined || operand === null) continue;
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(operand) ? operand : [operand];
      out.push({ bool: { [key === 'and' ? 'must' : 'should']: list.map((entry) => toBool(clauses(entry))) } });
    } else if (key === 'not') {
      out.push({ bool: { must_not: toBool(clauses(operand)) } });
    } else {
      if (!isObject(operand)) throw new OpenSearchQueryError(`the condition on "${key}" must be an object`);
      out.push({ bool: { must: Object.entries(operand).map(([op, value]) => operatorQuery(key, op, value)) } });
    }
  }
  return out;
}

function toBool(list: Query[]): Query {
  return { bool: { must: list } };
}

export function toElasticsearchQueryDSL(filter: unknown): string {
  return JSON.stringify(toBool(clauses(filter)));
}
