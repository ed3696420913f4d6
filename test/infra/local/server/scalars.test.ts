// AppSync scalars: https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html
import { describe, expect, it } from 'vitest';
import { appSyncScalars } from '../../../../infra/local/server/scalars';

const accepts = (name: string, value: unknown) => {
  try {
    appSyncScalars[name].check(value);
    return true;
  } catch {
    return false;
  }
};

describe('AppSync scalars', () => {
  it.each([
    ['AWSDate', '1970-01-01', true],
    ['AWSDate', '1970-01-01Z', true],
    ['AWSDate', '1970-01-01-07:00', true],
    ['AWSDate', '1970-01-01+05:30', true],
    ['AWSDate', '1970-01-01+05:30:15', true],
    ['AWSDate', '2025-02-30', false],
    ['AWSDate', '2025-1-1', false],
    ['AWSTime', '12:30', true],
    ['AWSTime', '12:30:15.123', true],
    ['AWSTime', '12:30:15.123456789Z', true],
    ['AWSTime', '24:00:00', false],
    ['AWSDateTime', '1930-01-01T16:00:00-07:00', true],
    ['AWSDateTime', '2025-06-10T10:00:00Z', true],
    ['AWSDateTime', '2025-06-10T10:00:00.000Z', true],
    ['AWSDateTime', '2025-06-10T10:00:00', false],
    ['AWSDateTime', '2025-06-10', false],
    ['AWSEmail', 'john.doe@acme.com', true],
    ['AWSEmail', 'john.doe@', false],
    ['AWSEmail', 'not an email', false],
    ['AWSPhone', '+91 98765 43210', true],
    ['AWSPhone', '555-123-4567', true],
    ['AWSPhone', 'call me', false],
    ['AWSURL', 'https://www.amazon.com/dp/B000NZW3KC/', true],
    ['AWSURL', 'mailto:example@example.com', true],
    ['AWSURL', 'www.amazon.com', false],
    ['AWSIPAddress', '127.0.0.1', true],
    ['AWSIPAddress', '10.0.0.0/8', true],
    ['AWSIPAddress', '::1', true],
    ['AWSIPAddress', '2001:db8::/32', true],
    ['AWSIPAddress', '256.0.0.1', false],
    ['AWSIPAddress', '1.2.3', false],
    ['AWSTimestamp', 1717200000, true],
    ['AWSTimestamp', 1.5, false],
  ])('%s accepts %j: %s', (name, value, ok) => {
    expect(accepts(name, value)).toBe(ok);
  });

  it('AWSJSON arrives parsed and leaves as a string', () => {
    expect(appSyncScalars.AWSJSON.check('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(() => appSyncScalars.AWSJSON.check('{unquoted}')).toThrow(/valid JSON/);
    expect(appSyncScalars.AWSJSON.serialize?.({ a: 1 })).toBe('{"a":1}');
  });
});
