/**
 * The `operations` of `@aws-appsync/utils/dynamodb` and the update expression `update()` builds from an
 * update object. https://docs.aws.amazon.com/appsync/latest/devguide/built-in-modules-js.html
 *
 * - a plain value, `add(v)` and `replace(v)` SET the attribute (`add` emits SET, not ADD: it adds the
 *   attribute, it is not DynamoDB's numeric/set ADD);
 * - a nested plain object updates only the keys it names (`{ info: { city } }` sets `info.city`), while
 *   `replace({...})` and `add({...})` set the whole object;
 * - `remove()` and `null` REMOVE the attribute;
 * - `increment(by = 1)` / `decrement(by = 1)` SET `#a = #a + :v` / `#a - :v`;
 * - `append(list)` / `prepend(list)` SET `list_append(...)`;
 * - a list of `updateListItem(v, i)` SETs `#a[i]`.
 * Value placeholders are named from the path (`:info_city`, `:friendsCount_increment`).
 */
import { isMarkedTyped, toDynamoDB, type TypedValue } from '../util/dynamodb';
import { placeholderName } from '../util/filter-expression';
import { DynamoDbModuleError, pathExpression } from './dynamodb-paths';

export interface UpdateOperation {
  _type: 'add' | 'remove' | 'replace' | 'increment' | 'decrement' | 'append' | 'prepend' | 'updateListItem';
  value?: unknown;
  by?: number;
  index?: number;
}

function listPayload(kind: string, payload: unknown): unknown[] {
  if (!Array.isArray(payload)) throw new DynamoDbModuleError(`operations.${kind} takes a list`);
  return payload;
}

function amount(kind: string, by: unknown): number {
  if (by === undefined || by === null) return 1;
  if (typeof by !== 'number' || !Number.isFinite(by)) throw new DynamoDbModuleError(`operations.${kind} takes a number`);
  return by;
}

export const operations = {
  add: (value: unknown): UpdateOperation => ({ _type: 'add', value }),
  remove: (): UpdateOperation => ({ _type: 'remove' }),
  replace: (value: unknown): UpdateOperation => ({ _type: 'replace', value }),
  increment: (by?: number): UpdateOperation => ({ _type: 'increment', by: amount('increment', by) }),
  decrement: (by?: number): UpdateOperation => ({ _type: 'decrement', by: amount('decrement', by) }),
  append: (value: unknown[]): UpdateOperation => ({ _type: 'append', value: listPayload('append', value) }),
  prepend: (value: unknown[]): UpdateOperation => ({ _type: 'prepend', value: listPayload('prepend', value) }),
  updateListItem: (value: unknown, index: number): UpdateOperation => {
    if (!Number.isInteger(index) || index < 0) throw new DynamoDbModuleError('operations.updateListItem takes an index >= 0');
    return { _type: 'updateListItem', value, index };
  },
};

const OPERATION_TYPES = new Set(Object.keys(operations));

function isOperation(value: unknown): value is UpdateOperation {
  return typeof value === 'object' && value !== null && OPERATION_TYPES.has((value as UpdateOperation)._type);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isOperation(value) && !isMarkedTyped(value);
}

class UpdateBuilder {
  readonly set: string[] = [];
  readonly remove: string[] = [];
  readonly names: Record<string, string> = {};
  readonly values: Record<string, TypedValue> = {};

  private value(path: string[], suffix: string, operand: unknown): string {
    const placeholder = `:${[...path.map(placeholderName), suffix].filter(Boolean).join('_')}`;
    this.values[placeholder] = toDynamoDB(operand) ?? { NULL: null };
    return placeholder;
  }

  visit(path: string[], update: unknown): void {
    if (update === undefined) return;
    if (isPlainObject(update)) {
      for (const [key, entry] of Object.entries(update)) this.visit([...path, key], entry);
      return;
    }
    const name = pathExpression(path.join('.'), this.names);
    if (update === null) return void this.remove.push(name);
    if (Array.isArray(update) && update.length > 0 && update.every(isOperation)) {
      for (const op of update) {
        if (op._type !== 'updateListItem') throw new DynamoDbModuleError('a list of operations may only hold updateListItem');
        this.set.push(`${name}[${op.index}] = ${this.value(path, String(op.index), op.value)}`);
      }
      return;
    }
    if (!isOperation(update)) return void this.set.push(`${name} = ${this.value(path, '', update)}`);
    this.operation(path, name, update);
  }

  private operation(path: string[], name: string, op: UpdateOperation): void {
    switch (op._type) {
      case 'add':
      case 'replace':
        return void this.set.push(`${name} = ${this.value(path, '', op.value)}`);
      case 'remove':
        return void this.remove.push(name);
      case 'increment':
        return void this.set.push(`${name} = ${name} + ${this.value(path, 'increment', op.by)}`);
      case 'decrement':
        return void this.set.push(`${name} = ${name} - ${this.value(path, 'decrement', op.by)}`);
      case 'append':
        return void this.set.push(`${name} = list_append(${name}, ${this.value(path, 'append', op.value)})`);
      case 'prepend':
        return void this.set.push(`${name} = list_append(${this.value(path, 'prepend', op.value)}, ${name})`);
      default:
        throw new DynamoDbModuleError(`operations.${op._type} must be inside a list`);
    }
  }
}

/** The update expression for an update object; key attributes are never updated. */
export function buildUpdateExpression(update: unknown, key: Record<string, unknown>) {
  if (!isPlainObject(update)) throw new DynamoDbModuleError('update must be an object of attributes');
  const builder = new UpdateBuilder();
  for (const [attribute, entry] of Object.entries(update)) {
    if (!(attribute in key)) builder.visit([attribute], entry);
  }
  const clauses = [];
  if (builder.set.length > 0) clauses.push(`SET ${builder.set.join(', ')}`);
  if (builder.remove.length > 0) clauses.push(`REMOVE ${builder.remove.join(', ')}`);
  if (clauses.length === 0) throw new DynamoDbModuleError('update names no attribute to change');
  const out: { expression: string; expressionNames: Record<string, string>; expressionValues?: Record<string, TypedValue> } = {
    expression: clauses.join(' '),
    expressionNames: builder.names,
  };
  if (Object.keys(builder.values).length > 0) out.expressionValues = builder.values;
  return out;
}
