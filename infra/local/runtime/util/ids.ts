/**
 * util.autoId, util.autoUlid, util.autoKsuid.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
import { randomBytes, randomUUID } from 'node:crypto';

/** A 128-bit random UUID (version 4), lower-case with dashes. */
export function autoId(): string {
  return randomUUID();
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID: 48-bit millisecond timestamp then 80 random bits, 26 Crockford base32 characters. */
export function autoUlid(nowMs: number): string {
  let time = '';
  let t = Math.max(0, Math.floor(nowMs));
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let rand = '';
  for (let i = 0; i < 16; i += 1) {
    rand = CROCKFORD[Number(bits & 31n)] + rand;
    bits >>= 5n;
  }
  return time + rand;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** KSUID epoch: 2014-05-13T16:53:20Z (https://github.com/segmentio/ksuid). */
export const KSUID_EPOCH_SECONDS = 1_400_000_000;

/** A KSUID: 32-bit seconds since the KSUID epoch then 128 random bits, 27 base62 characters. */
export function autoKsuid(nowMs: number): string {
  const seconds = Math.floor(nowMs / 1000) - KSUID_EPOCH_SECONDS;
  return encodeKsuid(seconds, randomBytes(16));
}

/** The 27-character base62 form of a KSUID's 20 bytes (timestamp, payload), zero-padded. */
export function encodeKsuid(secondsSinceKsuidEpoch: number, payload: Uint8Array): string {
  let value = BigInt(secondsSinceKsuidEpoch >>> 0);
  for (const b of payload) value = (value << 8n) | BigInt(b);
  let out = '';
  while (value > 0n) {
    out = BASE62[Number(value % 62n)] + out;
    value /= 62n;
  }
  return out.padStart(27, '0');
}

/** The seconds since the Unix epoch encoded in a KSUID (for tests and debugging). */
export function ksuidTimestamp(ksuid: string): number {
  let value = 0n;
  for (const c of ksuid) value = value * 62n + BigInt(BASE62.indexOf(c));
  return Number(value >> 128n) + KSUID_EPOCH_SECONDS;
}

/** The milliseconds since the Unix epoch encoded in a ULID. */
export function ulidTimestamp(ulid: string): number {
  let t = 0;
  for (const c of ulid.slice(0, 10)) t = t * 32 + CROCKFORD.indexOf(c);
  return t;
}
