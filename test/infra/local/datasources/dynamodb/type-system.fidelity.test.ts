/**
 * Type system (response mapping): every published DynamoDB value, written to DynamoDB Local through a
 * PutItem request object and read back through GetItem, arrives in `ctx.result` as the page says.
 * https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-typed-values-responses.html
 * Sets are unordered in DynamoDB, so set results are compared as sorted lists. (The page's SS example shows
 * other strings in its output than in its input; the input strings are used here.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, dataSource, type Fixture } from './tables';

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture('types');
});
afterAll(async () => fx?.dispose());

async function roundTrip(value: unknown): Promise<unknown> {
  const ds = dataSource(fx, fx.posts);
  const id = `t${Math.random().toString(36).slice(2)}`;
  const put = await ds.invoke({ operation: 'PutItem', key: { id: { S: id } }, attributeValues: { value } });
  expect(put.error).toBeUndefined();
  const got = await ds.invoke({ operation: 'GetItem', key: { id: { S: id } }, consistentRead: true });
  return (got.result as { value: unknown }).value;
}

const sorted = (list: unknown) => [...(list as (string | number)[])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('type system (response mapping), published conversions', () => {
  it('the page\'s item { id S, name S, age N } becomes { id, name, age }', async () => {
    const ds = dataSource(fx, fx.posts);
    await ds.invoke({ operation: 'PutItem', key: { id: { S: '1234' } }, attributeValues: { name: { S: 'Nadia' }, age: { N: 25 } } });
    expect((await ds.invoke({ operation: 'GetItem', key: { id: { S: '1234' } } })).result).toEqual({ id: '1234', name: 'Nadia', age: 25 });
  });

  it('S: { "S": "some string" } -> "some string"', async () => expect(await roundTrip({ S: 'some string' })).toBe('some string'));
  it('SS -> a list of strings', async () =>
    expect(sorted(await roundTrip({ SS: ['first value', 'second value'] }))).toEqual(['first value', 'second value']));
  it('N: { "N": 1234 } -> 1234', async () => expect(await roundTrip({ N: 1234 })).toBe(1234));
  it('NS: [67.8, 12.2, 70] -> a list of numbers', async () => expect(sorted(await roundTrip({ NS: [67.8, 12.2, 70] }))).toEqual([12.2, 67.8, 70]));
  it('B -> the base64 string', async () => expect(await roundTrip({ B: 'SGVsbG8sIFdvcmxkIQo=' })).toBe('SGVsbG8sIFdvcmxkIQo='));
  it('BS -> a list of base64 strings', async () =>
    expect(sorted(await roundTrip({ BS: ['SGVsbG8sIFdvcmxkIQo=', 'SG93IGFyZSB5b3U/Cg=='] }))).toEqual(['SG93IGFyZSB5b3U/Cg==', 'SGVsbG8sIFdvcmxkIQo=']));
  it('BOOL: { "BOOL": true } -> true', async () => expect(await roundTrip({ BOOL: true })).toBe(true));
  it('L: each inner value converted', async () => {
    const value = await roundTrip({ L: [{ S: 'A string value' }, { N: 1 }, { SS: ['Another string value', 'Even more string values!'] }] });
    expect(value).toEqual(['A string value', 1, expect.arrayContaining(['Another string value', 'Even more string values!'])]);
  });
  it('M: a JSON object, each value converted', async () => {
    const value = await roundTrip({ M: { someString: { S: 'A string value' }, someNumber: { N: 1 }, stringSet: { SS: ['Another string value', 'Even more string values!'] } } });
    expect(value).toEqual({ someString: 'A string value', someNumber: 1, stringSet: expect.arrayContaining(['Another string value', 'Even more string values!']) });
  });
  it('NULL: { "NULL": null } -> null', async () => expect(await roundTrip({ NULL: null })).toBeNull());
  it('numbers also accepted as strings, as DynamoDB spells them', async () => expect(await roundTrip({ N: '25.50' })).toBe(25.5));
});
