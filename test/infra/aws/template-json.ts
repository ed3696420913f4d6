/** Small readers over a synthesized template's JSON, for assertions that Template's matchers make awkward. */
import type { Template } from 'aws-cdk-lib/assertions';

/** CloudFormation JSON is untyped; tests navigate it freely and assert on what they find. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CfnValue = any;

export interface Resource {
  logicalId: string;
  Type: string;
  Properties: Record<string, CfnValue>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export function resourcesOfType(template: Template, type: string): Resource[] {
  const resources = (template.toJSON().Resources ?? {}) as Record<string, Omit<Resource, 'logicalId'>>;
  return Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([logicalId, r]) => ({ logicalId, ...r, Properties: r.Properties ?? {} }));
}

/** `{"Fn::GetAtt": [id, "Arn"]}` / `{"Ref": id}` -> id; anything else -> undefined. */
export function referencedId(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['Fn::GetAtt'])) return String(v['Fn::GetAtt'][0]);
  if (typeof v.Ref === 'string') return v.Ref;
  return undefined;
}
