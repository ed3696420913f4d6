import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGED } from '../../../infra/aws/nag-suppressions';
import { synthGateway, type SynthesizedGateway } from './synth-gateway';

let gateway: SynthesizedGateway;
beforeAll(async () => {
  gateway = await synthGateway({ nag: true });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning in any stack', () => {
    expect(gateway.stacks.length).toBe(2);
    for (const stack of gateway.stacks) {
      expect(gateway.nagFindings(stack).map((f) => f.slice(0, 300)), stack.stackName).toEqual([]);
    }
  });

  it('actually ran: its report lists compliant and acknowledged findings for each stack', () => {
    for (const stack of gateway.stacks) {
      const name = readdirSync(gateway.outdir).find((f) => f.startsWith('AwsSolutions-') && f.endsWith(`-${stack.artifactId}-NagReport.csv`));
      expect(name, stack.artifactId).toBeDefined();
      const report = readFileSync(path.join(gateway.outdir, name!), 'utf8');
      expect(report).toContain('"Compliant"');
      expect(report).toContain('"Suppressed"');
      expect(report).not.toContain('"Non-Compliant"');
    }
  });

  it('gives every acknowledgement a reason of substance', () => {
    for (const suppression of ACKNOWLEDGED) expect(suppression.reason.length, suppression.id).toBeGreaterThan(40);
  });
});
