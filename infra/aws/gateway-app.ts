/**
 * The CDK app: one GatewayStack per deployment, cdk-nag's AwsSolutions checks on everything, and the acknowledged
 * findings with their reasons (nag-suppressions.ts). Shared by the synth entry (app.ts) and the tests.
 */
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { BuildResult } from '../build/types';
import { stackName, type Deployment } from './config';
import { acknowledgeFindings } from './nag-suppressions';
import { GatewayStack } from './stacks/gateway-stack';

export interface GatewayAppOptions {
  deployments: readonly Deployment[];
  build: BuildResult;
  rootDir: string;
  /** Where `app.synth()` writes; defaults to CDK's (`cdk.out`, or the CLI's choice). */
  outdir?: string;
  /** Run cdk-nag's AwsSolutions checks during synthesis (default true; tests of other concerns skip it for speed). */
  nag?: boolean;
}

export interface GatewayApp {
  app: App;
  stacks: GatewayStack[];
}

export function createGatewayApp(options: GatewayAppOptions): GatewayApp {
  const app = new App(options.outdir ? { outdir: options.outdir } : {});
  const stacks = options.deployments.map(
    (deployment) =>
      new GatewayStack(app, stackName(deployment), {
        stackName: stackName(deployment),
        env: { region: deployment.region, ...(deployment.account ? { account: deployment.account } : {}) },
        deployment,
        build: options.build,
        rootDir: options.rootDir,
        description: `AppSync gateway, stage ${deployment.stage}, ${deployment.primary ? 'primary' : 'replica'} region`,
        terminationProtection: true,
      }),
  );
  // The primary creates the global tables with replicas encrypted by the other regions' table keys (by alias):
  // those keys must exist first.
  const primary = stacks.find((stack) => stack.deployment.primary);
  for (const stack of stacks) if (primary && stack !== primary) primary.addStackDependency(stack, 'replica table keys');
  if (options.nag ?? true) {
    for (const stack of stacks) acknowledgeFindings(stack);
    Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  }
  return { app, stacks };
}
