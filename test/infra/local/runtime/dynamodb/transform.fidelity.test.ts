/**
 * util.transform against AWS's published outputs.
 * - Filter page: https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html
 * - util.transform page: https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html
 */
import { describe, expect, it } from 'vitest';
import { createTransformUtil } from '../../../../../infra/local/runtime/util/transform';

const t = createTransformUtil();
const FILTER_PAGE = 'https://docs.aws.amazon.com/appsync/latest/devguide/js-aws-appsync-resolver-reference-dynamodb-filter.html';
const TRANSFORM_PAGE = 'https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html';

describe(`toDynamoDBFilterExpression (${FILTER_PAGE})`, () => {
  it('{ title: { beginsWith: "far away" } } gives the published filter, exactly', () => {
    const filter = JSON.parse(t.toDynamoDBFilterExpression({ title: { beginsWith: 'far away' } })!);
    expect(filter).toEqual({
      expression: '(begins_with(#title,:title_beginsWith))',
      expressionNames: { '#title': 'title' },
      expressionValues: { ':title_beginsWith': { S: 'far away' } },
    });
  });

  it('{ title: { contains: "Hello World" } } has the published names and values (util.transform TSDoc example)', () => {
    const filter = JSON.parse(t.toDynamoDBFilterExpression({ title: { contains: 'Hello World' } })!);
    expect(filter.expression).toMatch(/contains\(#title, ?:title_contains\)/);
    expect(filter.expressionNames).toEqual({ '#title': 'title' });
    expect(filter.expressionValues).toEqual({ ':title_contains': { S: 'Hello World' } });
  });

  it('returns a JSON string, as the APPSYNC_JS signature says (": string")', () => {
    expect(typeof t.toDynamoDBFilterExpression({ a: { eq: 1 } })).toBe('string');
  });
});

describe('toDynamoDBFilterExpression / toDynamoDBConditionExpression: the rest of the operator set', () => {
  const expr = (filter: unknown) => JSON.parse(t.toDynamoDBConditionExpression(filter as never)!);

  it.each([
    [{ a: { eq: 1 } }, '(#a = :a_eq)'],
    [{ a: { ne: 'x' } }, '(#a <> :a_ne)'],
    [{ a: { le: 1 } }, '(#a <= :a_le)'],
    [{ a: { lt: 1 } }, '(#a < :a_lt)'],
    [{ a: { ge: 1 } }, '(#a >= :a_ge)'],
    [{ a: { gt: 1 } }, '(#a > :a_gt)'],
    [{ a: { notContains: 'x' } }, '(NOT contains(#a,:a_notContains))'],
    [{ a: { between: [1, 5] } }, '(#a BETWEEN :a_between_0 AND :a_between_1)'],
    [{ a: { in: ['x', 'y'] } }, '(#a IN (:a_in_0,:a_in_1))'],
    [{ a: { attributeExists: true } }, '(attribute_exists(#a))'],
    [{ a: { attributeExists: false } }, '(attribute_not_exists(#a))'],
    [{ a: { attributeType: 'stringSet' } }, '(attribute_type(#a,:a_attributeType))'],
    [{ a: { size: { gt: 3 } } }, '(size(#a) > :a_size_gt)'],
  ])('%j -> %s', (filter, expression) => {
    expect(expr(filter).expression).toBe(expression);
  });

  it('AND-s siblings and keeps placeholders apart in or/and/not branches', () => {
    const out = expr({ title: { beginsWith: 'a' }, or: [{ v: { eq: 1 } }, { v: { eq: 2 } }], not: { done: { eq: true } } });
    expect(out).toEqual({
      expression: '(begins_with(#title,:title_beginsWith)) AND ((#v = :or_0_v_eq) OR (#v = :or_1_v_eq)) AND (NOT (#done = :not_done_eq))',
      expressionNames: { '#title': 'title', '#v': 'v', '#done': 'done' },
      expressionValues: { ':title_beginsWith': { S: 'a' }, ':or_0_v_eq': { N: 1 }, ':or_1_v_eq': { N: 2 }, ':not_done_eq': { BOOL: true } },
    });
  });

  it('a condition without values still carries an empty expressionValues map', () => {
    expect(expr({ id: { attributeExists: false } })).toEqual({ expression: '(attribute_not_exists(#id))', expressionNames: { '#id': 'id' }, expressionValues: {} });
  });

  it('attribute names that are not placeholder-safe get a safe placeholder but keep their real name', () => {
    expect(expr({ 'first-name': { eq: 'x' } })).toEqual({
      expression: '(#first_name = :first_name_eq)', expressionNames: { '#first_name': 'first-name' }, expressionValues: { ':first_name_eq': { S: 'x' } },
    });
  });

  it('an empty filter gives null; bad filters are clear errors', () => {
    expect(t.toDynamoDBFilterExpression({})).toBeNull();
    expect(() => t.toDynamoDBFilterExpression({ a: { like: 'x' } } as never)).toThrow(/unsupported operator "like" on "a"/);
    expect(() => t.toDynamoDBFilterExpression({ a: { between: [1] } } as never)).toThrow(/takes a list of two values/);
    expect(() => t.toDynamoDBFilterExpression({ a: 'x' } as never)).toThrow(/must be an object of operators/);
  });
});

describe(`toElasticsearchQueryDSL (${TRANSFORM_PAGE})`, () => {
  it('gives the published bool query', () => {
    const out = JSON.parse(t.toElasticsearchQueryDSL({ upvotes: { ne: 15, range: [10, 20] }, title: { eq: 'hihihi', wildcard: 'h*i' } } as never));
    expect(out).toEqual({
      bool: {
        must: [
          { bool: { must: [{ bool: { must_not: { term: { upvotes: 15 } } } }, { range: { upvotes: { gte: 10, lte: 20 } } }] } },
          { bool: { must: [{ term: { title: 'hihihi' } }, { wildcard: { title: 'h*i' } }] } },
        ],
      },
    });
  });
});

describe(`toSubscriptionFilter (${TRANSFORM_PAGE})`, () => {
  const argument1 = (downvotes: Record<string, number>) => ({
    percentageUp: { lte: 50, gte: 20 },
    and: [{ title: { ne: 'Book1' } }, { downvotes }],
    or: [{ author: { eq: 'Admin' } }, { isPublished: { eq: false } }],
  });
  const f = (fieldName: string, operator: string, value: unknown) => ({ fieldName, operator, value });

  it('argument 1 only: the published four filter groups', () => {
    expect(t.toSubscriptionFilter(argument1({ gt: 2000 }))).toEqual({
      filterGroup: [
        { filters: [f('percentageUp', 'lte', 50), f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000), f('author', 'eq', 'Admin')] },
        { filters: [f('percentageUp', 'lte', 50), f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000), f('isPublished', 'eq', false)] },
        { filters: [f('percentageUp', 'gte', 20), f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000), f('author', 'eq', 'Admin')] },
        { filters: [f('percentageUp', 'gte', 20), f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000), f('isPublished', 'eq', false)] },
      ],
    });
  });

  it('argument 2 ignores fields wherever they are: the published single group', () => {
    expect(t.toSubscriptionFilter(argument1({ gt: 20 }), ['percentageUp', 'author'])).toEqual({
      filterGroup: [{ filters: [f('title', 'ne', 'Book1'), f('downvotes', 'gt', 20), f('isPublished', 'eq', false)] }],
    });
  });

  // The page's input for this example says `downvotes: { lt: 20 }` but its output says `gt`; the output is
  // what is published as the result, so the input here uses `gt` to match it.
  it('argument 3 adds strict rules, one of which must hold: the published two groups', () => {
    expect(t.toSubscriptionFilter(argument1({ gt: 20 }), ['percentageUp', 'author'], { upvotes: { gte: 250 }, author: { eq: 'Person1' } })).toEqual({
      filterGroup: [
        { filters: [f('title', 'ne', 'Book1'), f('downvotes', 'gt', 20), f('isPublished', 'eq', false), f('upvotes', 'gte', 250)] },
        { filters: [f('title', 'ne', 'Book1'), f('downvotes', 'gt', 20), f('isPublished', 'eq', false), f('author', 'eq', 'Person1')] },
      ],
    });
  });

  it('a simple filter is one group; bad input is a clear error', () => {
    expect(t.toSubscriptionFilter({ status: { eq: 'OPEN' }, total: { gt: 5 } })).toEqual({
      filterGroup: [{ filters: [f('status', 'eq', 'OPEN'), f('total', 'gt', 5)] }],
    });
    expect(() => t.toSubscriptionFilter({ and: { a: { eq: 1 } } } as never)).toThrow(/"and" takes a list/);
    expect(() => t.toSubscriptionFilter({ a: { eq: 1 } }, 'a' as never)).toThrow(/ignoredFields must be a list/);
  });
});
