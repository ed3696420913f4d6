/** A Secrets Manager secret named by an environment variable (its ARN), read once per Lambda container. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

let client: SecretsManagerClient | null = null;
const cache = new Map<string, Promise<string>>();

export function secretString(arnVariable: string): Promise<string> {
  const arn = process.env[arnVariable];
  if (!arn) return Promise.reject(new Error(`${arnVariable} is not set`));
  if (!cache.has(arn)) {
    client ??= new SecretsManagerClient({});
    cache.set(arn, client.send(new GetSecretValueCommand({ SecretId: arn })).then((out) => out.SecretString ?? ''));
  }
  return cache.get(arn)!;
}
