/**
 * Deployments of the gateway: one stack per (stage, region). The first region is the primary: it owns the global
 * tables (their replicas live in the other regions). Seed 000 deploys to London (primary) and Sydney.
 *
 * Read from the environment, then CDK context (`-c stage=prod -c regions=eu-west-2,ap-southeast-2`), then defaults:
 * - GATEWAY_STAGE / stage: lower-case name in every physical name (default `dev`);
 * - GATEWAY_REGIONS / regions: comma-separated, primary first (default `eu-west-2,ap-southeast-2`);
 * - GATEWAY_ACCOUNT / account: target account; defaults to CDK_DEFAULT_ACCOUNT, else environment-agnostic.
 */
import { REPORTING_REGIONS } from '../model';

export interface Deployment {
  stage: string;
  region: string;
  /** Undefined: environment-agnostic account (resolved at deploy time). */
  account?: string;
  /** The primary region creates the global tables; the others hold their replicas. */
  primary: boolean;
  /** Every region of the stage, primary first. */
  regions: readonly string[];
}

/** Reads a setting from the environment first, then from CDK context. */
export type SettingReader = (envName: string, contextKey: string) => string | undefined;

const STAGE = /^[a-z][a-z0-9-]{0,15}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export function deploymentsFrom(read: SettingReader): Deployment[] {
  const stage = read('GATEWAY_STAGE', 'stage') ?? 'dev';
  if (!STAGE.test(stage)) throw new Error(`stage "${stage}" must match ${STAGE} (it is part of every physical name)`);
  const regions = (read('GATEWAY_REGIONS', 'regions') ?? REPORTING_REGIONS.join(','))
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (regions.length === 0) throw new Error('regions: at least one region is needed');
  for (const region of regions) if (!REGION.test(region)) throw new Error(`region "${region}" is not an AWS region name`);
  if (new Set(regions).size !== regions.length) throw new Error(`regions: "${regions.join(',')}" repeats a region`);
  const account = read('GATEWAY_ACCOUNT', 'account') ?? process.env.CDK_DEFAULT_ACCOUNT;
  return regions.map((region, index) => ({ stage, region, account, primary: index === 0, regions }));
}

/** The stack name of a deployment, e.g. `Gateway-dev-eu-west-2`. */
export function stackName(deployment: Deployment): string {
  return `Gateway-${deployment.stage}-${deployment.region}`;
}
