/**
 * Calls an AppSync API as our backend: a GraphQL POST signed with SigV4 (service `appsync`), as the IAM-only publish
 * mutations require. https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-iam-authorization
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface IamCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface GraphqlReply {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; errorType?: string }[];
}

export async function iamGraphql(
  target: { url: string; region: string; credentials: IamCredentials },
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlReply> {
  const url = new URL(target.url);
  const body = JSON.stringify({ query, variables });
  const signer = new SignatureV4({ credentials: target.credentials, region: target.region, service: 'appsync', sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    path: url.pathname,
    headers: { host: url.host, 'content-type': 'application/json' },
    body,
  });
  const res = await fetch(url, { method: 'POST', headers: signed.headers as Record<string, string>, body });
  if (res.status >= 500) throw new Error(`AppSync answered ${res.status}`);
  return (await res.json()) as GraphqlReply;
}
