/**
 * Synthesizes the gateway once for a test file: the real resolver build of schema/ and resolvers/, the default
 * deployments (London primary, Sydney replica) in a fixed account, cdk-nag only on request. Slow (seconds): call it from beforeAll.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { buildResolvers } from '../../../infra/build';
import type { BuildResult } from '../../../infra/build/types';
import { deploymentsFrom, type Deployment } from '../../../infra/aws/config';
import { createGatewayApp } from '../../../infra/aws/gateway-app';
import type { GatewayStack } from '../../../infra/aws/stacks/gateway-stack';

export const ROOT_DIR = fileURLToPath(new URL('../../..', import.meta.url));

export interface SynthesizedGateway {
  build: BuildResult;
  deployments: Deployment[];
  stacks: GatewayStack[];
  primary: GatewayStack;
  replica: GatewayStack;
  /** Context CDK wanted to look up in AWS (must stay empty: synthesis is offline). */
  missingContext: unknown[];
  /** The cloud assembly directory (cdk-nag writes its reports there). */
  outdir: string;
  template(stack: GatewayStack): Template;
  /** cdk-nag errors and warnings left on the stack's resources after suppressions, as `path: message`. */
  nagFindings(stack: GatewayStack): string[];
}

export interface SynthOptions {
  /** CDK context settings read by config.ts (stage, regions, account). */
  settings?: Record<string, string>;
  /** Run cdk-nag (slower); only the nag test needs it. */
  nag?: boolean;
}

export async function synthGateway(options: SynthOptions = {}): Promise<SynthesizedGateway> {
  // A concrete account, as under `cdk deploy`: the case where CDK would look things up in AWS if we let it.
  const settings: Record<string, string> = { account: '123456789012', ...options.settings };
  const build = await buildResolvers({
    schemaDir: path.join(ROOT_DIR, 'schema'),
    resolversDir: path.join(ROOT_DIR, 'resolvers'),
  });
  const deployments = deploymentsFrom((_env, key) => settings[key]);
  const outdir = mkdtempSync(path.join(tmpdir(), 'gateway-cdk-'));
  const { app, stacks } = createGatewayApp({ deployments, build, rootDir: ROOT_DIR, outdir, nag: options.nag ?? false });
  // One synthesis (cdk-nag runs as an aspect during it); Template.fromStack reuses it. Annotations.fromStack would
  // force a second one, so findings are read from the assembly's messages instead.
  const assembly = app.synth();
  const nagFindings = (stack: GatewayStack): string[] =>
    assembly
      .getStackArtifact(stack.artifactId)
      .messages.filter((m) => m.level === 'error' || m.level === 'warning')
      .map((m) => `${m.id}: ${String(m.entry.data)}`)
      .filter((text) => text.includes('AwsSolutions-') || text.includes('CdkNag'));
  const templates = new Map<GatewayStack, Template>();
  const template = (stack: GatewayStack): Template => {
    const cached = templates.get(stack) ?? Template.fromStack(stack);
    templates.set(stack, cached);
    return cached;
  };
  const primary = stacks.find((s) => s.deployment.primary)!;
  const replica = stacks.find((s) => !s.deployment.primary)!;
  const missingContext = assembly.manifest.missing ?? [];
  return { build, deployments, stacks, primary, replica, missingContext, outdir, template, nagFindings };
}
