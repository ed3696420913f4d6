import { describe, expect, it } from 'vitest';
import { deploymentsFrom, stackName } from '../../../infra/aws/config';

const from = (settings: Record<string, string>) => deploymentsFrom((_env, key) => settings[key]);

describe('deployments', () => {
  it('defaults to stage dev in London (primary) and Sydney, as in seed 000', () => {
    const deployments = from({});
    expect(deployments.map((d) => [d.stage, d.region, d.primary])).toEqual([
      ['dev', 'eu-west-2', true],
      ['dev', 'ap-southeast-2', false],
    ]);
    expect(deployments.map(stackName)).toEqual(['Gateway-dev-eu-west-2', 'Gateway-dev-ap-southeast-2']);
  });

  it('takes the stage and regions from settings, primary first', () => {
    const deployments = from({ stage: 'prod', regions: 'ap-southeast-2, eu-west-2' });
    expect(deployments.map((d) => [d.stage, d.region, d.primary])).toEqual([
      ['prod', 'ap-southeast-2', true],
      ['prod', 'eu-west-2', false],
    ]);
  });

  it('reads the environment before the context', () => {
    const deployments = deploymentsFrom((env, key) => (env === 'GATEWAY_STAGE' ? 'staging' : key === 'stage' ? 'ignored' : undefined));
    expect(deployments[0].stage).toBe('staging');
  });

  it.each([
    [{ stage: 'Prod' }, /stage "Prod"/],
    [{ stage: 'a_b' }, /stage "a_b"/],
    [{ regions: 'london' }, /region "london"/],
    [{ regions: 'eu-west-2,eu-west-2' }, /repeats a region/],
    [{ regions: ' , ' }, /at least one region/],
  ])('rejects %j with a clear message', (settings, message) => {
    expect(() => from(settings as Record<string, string>)).toThrow(message);
  });
});
