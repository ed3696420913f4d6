// Enhanced subscription filters: https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-enhanced-filtering.html
import { describe, expect, it } from 'vitest';
import { filterMatches, filterProblem, type FilterObject } from '../../../../infra/local/server/subscriptions/filters';

const one = (fieldName: string, operator: string, value: unknown): FilterObject => ({ filterGroup: [{ filters: [{ fieldName, operator, value }] }] });
const order = { status: 'CONFIRMED', total: 250, tags: ['cod', 'priority'], store: { id: 's1', city: 'Pune' }, note: 'leave at door' };

describe('enhanced subscription filters', () => {
  it.each([
    ['eq', 'status', 'CONFIRMED', true],
    ['eq', 'status', 'DELIVERED', false],
    ['ne', 'status', 'DELIVERED', true],
    ['lt', 'total', 300, true],
    ['le', 'total', 250, true],
    ['gt', 'total', 250, false],
    ['ge', 'total', 250, true],
    ['contains', 'note', 'door', true],
    ['contains', 'tags', 'cod', true],
    ['notContains', 'tags', 'upi', true],
    ['beginsWith', 'note', 'leave', true],
    ['beginsWith', 'note', 'door', false],
    ['in', 'status', ['CONFIRMED', 'PREPARING'], true],
    ['notIn', 'status', ['CONFIRMED', 'PREPARING'], false],
    ['between', 'total', [200, 300], true],
    ['between', 'total', [251, 300], false],
    ['containsAny', 'tags', ['upi', 'priority'], true],
    ['containsAny', 'tags', ['upi'], false],
    ['eq', 'store.city', 'Pune', true],
    ['eq', 'missing', null, true],
  ])('%s on %s with %j is %s', (operator, field, value, expected) => {
    expect(filterProblem(one(field, operator, value))).toBeNull();
    expect(filterMatches(one(field, operator, value), order)).toBe(expected);
  });

  it('ORs groups and ANDs the filters inside a group', () => {
    const filter: FilterObject = {
      filterGroup: [
        { filters: [{ fieldName: 'status', operator: 'eq', value: 'DELIVERED' }] },
        { filters: [{ fieldName: 'status', operator: 'eq', value: 'CONFIRMED' }, { fieldName: 'total', operator: 'gt', value: 100 }] },
      ],
    };
    expect(filterMatches(filter, order)).toBe(true);
    expect(filterMatches(filter, { ...order, total: 50 })).toBe(false);
  });

  it('refuses what AppSync refuses', () => {
    expect(filterProblem({})).toMatch(/filterGroup/);
    expect(filterProblem(one('status', 'like', 'x'))).toMatch(/unknown filter operator/);
    expect(filterProblem(one('status', 'in', ['a', 'b', 'c', 'd', 'e', 'f']))).toMatch(/at most 5/);
    expect(filterProblem(one('tags', 'containsAny', Array.from({ length: 21 }, (_, i) => i)))).toMatch(/at most 20/);
    expect(filterProblem(one('total', 'between', [1]))).toMatch(/two values/);
    expect(filterProblem(one('a.b.c.d.e.f', 'eq', 1))).toMatch(/too long or too deep/);
    const tooMany = { filterGroup: Array.from({ length: 11 }, () => ({ filters: [{ fieldName: 'a', operator: 'eq', value: 1 }] })) };
    expect(filterProblem(tooMany)).toMatch(/at most 10 filter groups/);
    const wide = { filterGroup: [{ filters: Array.from({ length: 6 }, () => ({ fieldName: 'a', operator: 'eq', value: 1 })) }] };
    expect(filterProblem(wide)).toMatch(/at most 5 filters per group/);
  });
});
