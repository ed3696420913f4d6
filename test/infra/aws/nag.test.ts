import { beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGED } from '../../../infra/aws/nag-suppressions';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway();
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning in any stack', () => {
    expect(gateway.stacks.length).toBe(2);
    for (const stack of gateway.stacks) {
      expect(gateway.nagFindings(stack).map((f) => f.slice(0, 300)), stack.stackName).toEqual([]);
    }
  });

  it('gives every acknowledgement a reason of substance', () => {
    for (const suppression of ACKNOWLEDGED) expect(suppression.reason.length, suppression.id).toBeGreaterThan(40);
  });
});
