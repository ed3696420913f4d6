/**
 * `npm run local:token -- --sub S --groups G1,G2 --claim k=v [--claim k=v ...] [--expires 3600] [--access]`
 * prints a Cognito-style ID token (or access token with --access) that the local gateway accepts. The keys
 * live in `$GATEWAY_DIR/auth/` (default `.gateway/auth/`) and are made on first use.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadLocalIssuer } from '../infra/local/auth/local-issuer';

const USAGE = 'usage: npm run local:token -- --sub S [--groups G1,G2] [--claim k=v ...] [--username U] [--expires SECONDS] [--access]';

export interface TokenRequest {
  sub: string;
  groups: string[];
  claims: Record<string, string>;
  username?: string;
  expiresInSeconds: number;
  tokenUse: 'id' | 'access';
}

/** Reads the command line; throws an Error with the usage on bad input. */
export function parseTokenArgs(argv: string[]): TokenRequest {
  const { values } = parseArgs({
    args: argv,
    options: {
      sub: { type: 'string' },
      groups: { type: 'string' },
      claim: { type: 'string', multiple: true },
      username: { type: 'string' },
      expires: { type: 'string' },
      access: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.sub) throw new Error(`--sub is required\n${USAGE}`);
  const claims: Record<string, string> = {};
  for (const pair of values.claim ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--claim wants key=value, got "${pair}"\n${USAGE}`);
    claims[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const expires = values.expires === undefined ? 3600 : Number(values.expires);
  if (!Number.isInteger(expires) || expires <= 0) throw new Error(`--expires wants a positive whole number of seconds\n${USAGE}`);
  return {
    sub: values.sub,
    groups: (values.groups ?? '').split(',').map((g) => g.trim()).filter(Boolean),
    claims,
    ...(values.username ? { username: values.username } : {}),
    expiresInSeconds: expires,
    tokenUse: values.access ? 'access' : 'id',
  };
}

async function main(): Promise<void> {
  let request: TokenRequest;
  try {
    request = parseTokenArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const issuer = await loadLocalIssuer(process.env.GATEWAY_DIR ?? '.gateway');
  process.stdout.write(`${await issuer.mintToken(request)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
