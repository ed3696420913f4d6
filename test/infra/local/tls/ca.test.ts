import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTls, type TlsMaterial } from '../../../../infra/local/tls/ca';

const DAY = 24 * 60 * 60 * 1000;

function fetchWith(host: string, port: number, ca?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get({ host, port, path: '/', ca, servername: host === '::1' || host === '127.0.0.1' ? undefined : host, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

describe('local TLS', () => {
  let dir: string;
  let tls: TlsMaterial;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gw-tls-'));
    tls = ensureTls(dir);
    server = createServer({ key: tls.key, cert: tls.cert }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('is trusted by a Node client given only ca.pem, for 127.0.0.1 and localhost', async () => {
    const ca = readFileSync(tls.caCertPath, 'utf8');
    expect(tls.caCertPath).toBe(join(dir, 'tls', 'ca.pem'));
    expect(await fetchWith('127.0.0.1', port, ca)).toBe('ok');
    const cert = new X509Certificate(tls.cert);
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('::1')).toBe('::1');
  });

  it('is refused by a client that does not trust the CA', async () => {
    await expect(fetchWith('127.0.0.1', port)).rejects.toMatchObject({ code: expect.stringMatching(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY/) });
  });

  it('reuses the material across starts', () => {
    expect(ensureTls(dir)).toEqual(tls);
  });

  it('makes a new server certificate under the same CA when the old one expires', () => {
    const later = Date.now() + 400 * DAY;
    const renewed = ensureTls(dir, later);
    expect(renewed.cert).not.toBe(tls.cert);
    expect(new X509Certificate(renewed.cert).verify(new X509Certificate(readFileSync(tls.caCertPath)).publicKey)).toBe(true);
    expect(readFileSync(tls.caCertPath, 'utf8')).toBe(readFileSync(join(dir, 'tls', 'ca.pem'), 'utf8'));
  });

  it('makes everything again when the CA expires or a file is missing', () => {
    const other = mkdtempSync(join(tmpdir(), 'gw-tls-'));
    const first = ensureTls(other);
    const firstCa = readFileSync(first.caCertPath, 'utf8');
    const second = ensureTls(other, Date.now() + 11 * 365 * DAY);
    expect(readFileSync(second.caCertPath, 'utf8')).not.toBe(firstCa);
    rmSync(join(other, 'tls', 'server-key.pem'));
    const third = ensureTls(other);
    expect(third.key).not.toBe(second.key);
    rmSync(other, { recursive: true, force: true });
  });
});
