/**
 * The local TLS material: a CA of our own and a server certificate for localhost, 127.0.0.1 and ::1 signed by it,
 * kept under `<gatewayDir>/tls/` and reused across starts. aws-amplify v6 always opens `wss://`, so clients trust
 * `ca.pem` (e.g. NODE_EXTRA_CA_CERTS) instead of a public CA.
 *
 * Made with the `openssl` command line (no new dependency): EC P-256 keys, a 10-year CA and a 397-day server
 * certificate (the longest lifetime Apple platforms accept for a TLS server certificate). Anything missing,
 * expiring within a day, or not matching (server certificate not signed by the CA, or not for the three names)
 * is made again; a still-valid CA is kept so clients that already trust it keep working.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TlsMaterial {
  /** The server's private key (PEM). */
  key: string;
  /** The server certificate (PEM). */
  cert: string;
  /** Where the CA certificate clients should trust is. */
  caCertPath: string;
}

const MARGIN_MS = 24 * 60 * 60 * 1000;
const CA_SUBJECT = '/O=AppSync Gateway (local)/CN=AppSync Gateway Local CA';

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('TLS setup needs the `openssl` command (apt-get install openssl, brew install openssl).');
    throw new Error(`openssl ${args[0]} failed: ${e.stderr?.toString().trim() ?? e.message}`);
  }
}

function readCert(path: string): X509Certificate | undefined {
  try {
    return new X509Certificate(readFileSync(path));
  } catch {
    return undefined;
  }
}

const fresh = (cert: X509Certificate, now: number): boolean => Date.parse(cert.validTo) - MARGIN_MS > now && Date.parse(cert.validFrom) <= now;

function caUsable(dir: string, now: number): boolean {
  const ca = readCert(join(dir, 'ca.pem'));
  return Boolean(ca && ca.ca && fresh(ca, now) && existsSync(join(dir, 'ca-key.pem')));
}

function serverUsable(dir: string, now: number): boolean {
  const ca = readCert(join(dir, 'ca.pem'));
  const server = readCert(join(dir, 'server.pem'));
  if (!ca || !server || !existsSync(join(dir, 'server-key.pem'))) return false;
  const forAllNames = Boolean(server.checkHost('localhost') && server.checkIP('127.0.0.1') && server.checkIP('::1'));
  return fresh(server, now) && server.verify(ca.publicKey) && forAllNames;
}

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(scratch: string): void {
  openssl(
    ['req', '-x509', ...EC_KEY, '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', '3650', '-subj', CA_SUBJECT,
      '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
    scratch,
  );
}

function makeServer(scratch: string, caDir: string): void {
  writeFileSync(
    join(scratch, 'server.ext'),
    ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment', 'extendedKeyUsage=serverAuth',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1', ''].join('\n'),
  );
  openssl(['req', '-new', ...EC_KEY, '-keyout', 'server-key.pem', '-out', 'server.csr', '-subj', '/CN=localhost'], scratch);
  openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', join(caDir, 'ca.pem'), '-CAkey', join(caDir, 'ca-key.pem'),
      '-set_serial', `0x${randomBytes(16).toString('hex')}`, '-days', '397', '-extfile', 'server.ext', '-out', 'server.pem'],
    scratch,
  );
}

/** Returns the server key and certificate for the local HTTPS/WSS listener, making them when needed. */
export function ensureTls(gatewayDir: string, now: number = Date.now()): TlsMaterial {
  const dir = join(gatewayDir, 'tls');
  mkdirSync(dir, { recursive: true });
  const keepCa = caUsable(dir, now);
  if (!keepCa || !serverUsable(dir, now)) {
    const scratch = join(dir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(scratch);
    try {
      if (!keepCa) makeCa(scratch);
      makeServer(scratch, keepCa ? dir : scratch);
      const files = keepCa ? ['server-key.pem', 'server.pem'] : ['ca-key.pem', 'ca.pem', 'server-key.pem', 'server.pem'];
      for (const file of files) renameSync(join(scratch, file), join(dir, file));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  return {
    key: readFileSync(join(dir, 'server-key.pem'), 'utf8'),
    cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    caCertPath: join(dir, 'ca.pem'),
  };
}
