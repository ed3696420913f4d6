/**
 * Filter and condition objects (`{ title: { beginsWith: 'x' }, or: [...] }`) turned into DynamoDB expressions.
 * Used by `util.transform.toDynamoDBFilterExpression` / `toDynamoDBConditionExpression` and by the
 * `@aws-appsync/utils/dynamodb` helpers.
 *
 * The one published output fixes the layout: every comparison in parentheses, functions without a space
 * after the comma, value placeholders named `:<field>_<operator>`:
 *   { title: { beginsWith: 'far away' } } -> "(begins_with(#title,:title_beginsWith))"
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html
 * Siblings are AND-ed; inside `and`/`or`/`not` the value placeholders carry the branch path
 * (`:or_0_title_eq`) so the same field may appear in several branches.
 */
import { toDynamoDB, type TypedValue } from './dynamodb';

export interface DynamoDbExpression {
  expression: string;
  expressionNames?: Record<string, string>;
  expressionValues?: Record<string, TypedValue>;
}

export class FilterExpressionError extends Error {
  readonly errorType = 'FilterExpressionError';
}

const COMPARATORS: Record<string, string> = { eq: '=', ne: '<>', le: '<=', lt: '<', ge: '>=', gt: '>' };

/** `attributeType` names as the AppSync filter types spell them, and DynamoDB's type codes. */
const ATTRIBUTE_TYPES: Record<string, string> = {
  string: 'S', stringSet: 'SS', number: 'N', numberSet: 'NS', binary: 'B', binarySet: 'BS',
  boolean: 'BOOL', list: 'L', map: 'M', _null: 'NULL',
};

/** A placeholder-safe spelling of an attribute name (DynamoDB placeholders take letters, digits, `_`). */
export function placeholderName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

class Builder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, TypedValue> = {};

  name(field: string): string {
    const placeholder = `#${placeholderName(field)}`;
    this.names[placeholder] = field;
    return placeholder;
  }

  value(placeholder: string, operand: unknown): string {
    const typed = toDynamoDB(operand) ?? { NULL: null };
    this.values[placeholder] = typed;
    return placeholder;
  }

  /** The clauses of one filter object, each already parenthesised, to be AND-ed by the caller. */
  clauses(filter: unknown, prefix: string): string[] {
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
      throw new FilterExpressionError(`a filter must be an object, got ${JSON.stringify(filter)}`);
    }
    const out: string[] = [];
    for (const [key, operand] of Object.entries(filter)) {
      if (operand === undefined || operand === null) continue;
      if (key === 'and' || key === 'or') out.push(this.junction(key, operand, prefix));
      else if (key === 'not') out.push(`(NOT ${this.group(this.clauses(operand, `${prefix}not_`))})`);
      else out.push(...this.field(key, operand, prefix));
    }
    return out;
  }

  private group(clauses: string[]): string {
    return clauses.length === 1 ? clauses[0] : `(${clauses.join(' AND ')})`;
  }

  private junction(kind: 'and' | 'or', operand: unknown, prefix: string): string {
    const branches = Array.isArray(operand) ? operand : [operand];
    const parts = branches
      .map((branch, index) => this.clauses(branch, `${prefix}${kind}_${index}_`))
      .filter((clauses) => clauses.length > 0)
      .map((clauses) => this.group(clauses));
    return `(${parts.join(kind === 'and' ? ' AND ' : ' OR ')})`;
  }

  private field(field: string, operators: unknown, prefix: string): string[] {
    if (typeof operators !== 'object' || operators === null || Array.isArray(operators)) {
      throw new FilterExpressionError(`the condition on "${field}" must be an object of operators`);
    }
    const out: string[] = [];
    for (const [op, operand] of Object.entries(operators)) {
      if (operand === undefined) continue;
      out.push(`(${this.operator(field, op, operand, `:${prefix}${placeholderName(field)}_${op}`)})`);
    }
    return out;
  }

  private operator(field: string, op: string, operand: unknown, placeholder: string): string {
    const name = this.name(field);
    if (op in COMPARATORS) return `${name} ${COMPARATORS[op]} ${this.value(placeholder, operand)}`;
    switch (op) {
      case 'beginsWith':
        return `begins_with(${name},${this.value(placeholder, operand)})`;
      case 'contains':
        return `contains(${name},${this.value(placeholder, operand)})`;
      case 'notContains':
        return `NOT contains(${name},${this.value(placeholder, operand)})`;
      case 'between': {
        if (!Array.isArray(operand) || operand.length !== 2) {
          throw new FilterExpressionError(`"between" on "${field}" takes a list of two values`);
        }
        return `${name} BETWEEN ${this.value(`${placeholder}_0`, operand[0])} AND ${this.value(`${placeholder}_1`, operand[1])}`;
      }
      case 'in': {
        if (!Array.isArray(operand) || operand.length === 0) {
          throw new FilterExpressionError(`"in" on "${field}" takes a non-empty list`);
        }
        return `${name} IN (${operand.map((v, i) => this.value(`${placeholder}_${i}`, v)).join(',')})`;
      }
      case 'attributeExists':
        return operand === false ? `attribute_not_exists(${name})` : `attribute_exists(${name})`;
      case 'attributeType': {
        const code = ATTRIBUTE_TYPES[String(operand)];
        if (!code) throw new FilterExpressionError(`unknown attributeType "${String(operand)}" on "${field}"`);
        return `attribute_type(${name},${this.value(placeholder, code)})`;
      }
      case 'size':
        return this.size(field, name, operand, placeholder);
      default:
        throw new FilterExpressionError(`unsupported operator "${op}" on "${field}"`);
    }
  }

  private size(field: string, name: string, operand: unknown, placeholder: string): string {
    const entries = typeof operand === 'object' && operand !== null ? Object.entries(operand) : [];
    const [op, value] = entries[0] ?? [];
    if (entries.length !== 1 || !op || !(op in COMPARATORS)) {
      throw new FilterExpressionError(`"size" on "${field}" takes one comparison, e.g. { gt: 3 }`);
    }
    return `size(${name}) ${COMPARATORS[op]} ${this.value(`${placeholder}_${op}`, value)}`;
  }
}

/** The expression for a filter/condition object, or null when the object holds no condition. */
export function buildFilterExpression(filter: unknown): DynamoDbExpression | null {
  if (filter === null || filter === undefined) return null;
  const builder = new Builder();
  const clauses = builder.clauses(filter, '');
  if (clauses.length === 0) return null;
  return withMaps(clauses.join(' AND '), builder.names, builder.values);
}

/**
 * A Query key condition (`{ id: { eq: 1 }, sk: { beginsWith: 'a' } }`). DynamoDB accepts only `=` on the
 * partition key and one of = < <= > >= BETWEEN begins_with on the sort key, so no OR/NOT here.
 */
export function buildKeyCondition(query: unknown): DynamoDbExpression {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) {
    throw new FilterExpressionError('query must be an object such as { id: { eq: "1" } }');
  }
  const builder = new Builder();
  const parts: string[] = [];
  for (const [field, operators] of Object.entries(query)) {
    if (operators === undefined || operators === null) continue;
    for (const [op, operand] of Object.entries(operators as Record<string, unknown>)) {
      if (!(op in COMPARATORS && op !== 'ne') && op !== 'between' && op !== 'beginsWith') {
        throw new FilterExpressionError(`key conditions do not support "${op}" (on "${field}")`);
      }
      const clause = builder.clauses({ [field]: { [op]: operand } }, '')[0];
      parts.push(clause.slice(1, -1));
    }
  }
  if (parts.length === 0) throw new FilterExpressionError('query needs a condition on the partition key');
  return withMaps(parts.join(' AND '), builder.names, builder.values);
}

/**
 * Both maps are always present, `expressionValues` possibly empty (`attribute_exists` needs no value):
 * resolvers in the wild delete an empty `expressionValues` from AppSync's output before use, which shows
 * AppSync emits it. The DynamoDB data source drops empty maps, as DynamoDB refuses them.
 */
function withMaps(expression: string, names: Record<string, string>, values: Record<string, TypedValue>): DynamoDbExpression {
  return { expression, expressionNames: names, expressionValues: values };
}
