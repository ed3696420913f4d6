/**
 * util.dynamodb against the outputs AWS publishes.
 * Page: https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html
 * (also the TSDoc AWS ships in @aws-appsync/utils, lib/dynamodb-utils.d.ts, same examples).
 */
import { describe, expect, it } from 'vitest';
import { createDynamoDbUtil } from '../../../../../infra/local/runtime/util/dynamodb';

const PAGE = 'https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html';
const ddb = createDynamoDbUtil();

const published: [string, () => unknown, unknown][] = [
  ['toDynamoDB("foo")', () => ddb.toDynamoDB('foo'), { S: 'foo' }],
  ['toDynamoDB(12345)', () => ddb.toDynamoDB(12345), { N: 12345 }],
  ['toDynamoDB(true)', () => ddb.toDynamoDB(true), { BOOL: true }],
  ['toDynamoDB(list)', () => ddb.toDynamoDB(['foo', 123, { bar: 'baz' }]), { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] }],
  ['toDynamoDB(map)', () => ddb.toDynamoDB({ foo: 'bar', baz: 1234, beep: ['boop'] }), { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } }],
  ['toString("foo")', () => ddb.toString('foo'), { S: 'foo' }],
  ['toStringSet([...])', () => ddb.toStringSet(['foo', 'bar', 'baz']), { SS: ['foo', 'bar', 'baz'] }],
  ['toNumber(12345)', () => ddb.toNumber(12345), { N: 12345 }],
  ['toNumberSet([1, 23, 4.56])', () => ddb.toNumberSet([1, 23, 4.56]), { NS: [1, 23, 4.56] }],
  ['toBinary("foo")', () => ddb.toBinary('foo'), { B: 'foo' }],
  ['toBinarySet([...])', () => ddb.toBinarySet(['foo', 'bar', 'baz']), { BS: ['foo', 'bar', 'baz'] }],
  ['toBoolean(true)', () => ddb.toBoolean(true), { BOOL: true }],
  ['toNull()', () => ddb.toNull(), { NULL: null }],
  ['toList([...])', () => ddb.toList(['foo', 123, { bar: 'baz' }]), { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] }],
  ['toMap({...})', () => ddb.toMap({ foo: 'bar', baz: 1234, beep: ['boop'] }), { M: { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } } }],
  ['toMapValues({...})', () => ddb.toMapValues({ foo: 'bar', baz: 1234, beep: ['boop'] }), { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } }],
];

describe(`util.dynamodb published outputs (${PAGE})`, () => {
  it.each(published)('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('toMapValues(obj) is exactly toMap(obj).M, as the page states', () => {
    const obj = { foo: 'bar', baz: 1234, beep: ['boop'] };
    expect(ddb.toMapValues(obj)).toEqual((ddb.toMap(obj) as { M: unknown }).M);
  });

  it('toS3Object("foo", "bar", "baz") holds the key, bucket and region as an S3 object string', () => {
    const value = ddb.toS3Object('foo', 'bar', 'baz') as { S: string };
    expect(Object.keys(value)).toEqual(['S']);
    expect(JSON.parse(value.S)).toEqual({ s3: { key: 'foo', bucket: 'bar', region: 'baz' } });
    expect(value.S).toBe('{ "s3" : { "key" : "foo", "bucket" : "bar", "region" : "baz" } }');
  });

  it('toS3Object("foo", "bar", "baz", "beep") adds the version', () => {
    const value = ddb.toS3Object('foo', 'bar', 'baz', 'beep') as { S: string };
    expect(JSON.parse(value.S)).toEqual({ s3: { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' } });
  });

  it('fromS3ObjectJson reads { key, bucket, region, version } back', () => {
    const stored = ddb.toS3Object('foo', 'bar', 'baz', 'beep');
    expect(ddb.fromS3ObjectJson(stored)).toEqual({ key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' });
    expect(ddb.fromS3ObjectJson((stored as { S: string }).S)).toEqual({ key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' });
  });
});

describe('util.dynamodb edge behaviour', () => {
  it('null and undefined inputs of the typed converters give null (the TS signatures return "| null")', () => {
    expect(ddb.toString(null)).toBeNull();
    expect(ddb.toNumber(undefined)).toBeNull();
    expect(ddb.toStringSet(null)).toBeNull();
    expect(ddb.toDynamoDB(undefined)).toBeNull();
    expect(ddb.toDynamoDB(null)).toEqual({ NULL: null });
  });

  it('undefined attributes are left out of maps, nested values keep their numbers as numbers', () => {
    expect(ddb.toMapValues({ a: undefined, b: { c: [1.5, null] } })).toEqual({ b: { M: { c: { L: [{ N: 1.5 }, { NULL: null }] } } } });
  });

  it.each([
    ['toNumber("12")', () => ddb.toNumber('12' as never), /toNumber expects a number, got string/],
    ['toStringSet([1])', () => ddb.toStringSet([1] as never), /toStringSet expects a list of strings/],
    ['toDynamoDB(NaN)', () => ddb.toDynamoDB(Number.NaN), /a finite number/],
    ['toDynamoDB(fn)', () => ddb.toDynamoDB(() => 1), /expects a JSON value, got function/],
    ['toMapValues("x")', () => ddb.toMapValues('x'), /toMapValues expects an object, got string/],
    ['fromS3ObjectJson("{")', () => ddb.fromS3ObjectJson('{'), /valid S3 object JSON/],
  ])('bad input to %s is a clear error', (_name, run, message) => {
    expect(run).toThrow(message);
  });
});
