/** util.autoId / autoUlid / autoKsuid: formats, embedded timestamps, the KSUID epoch. */
import { describe, expect, it } from 'vitest';
import { KSUID_EPOCH_SECONDS, autoKsuid, autoUlid, encodeKsuid, ksuidTimestamp, ulidTimestamp } from '../../../../../infra/local/runtime/util/ids';

describe('ids', () => {
  it('uses the KSUID epoch 1400000000 (2014-05-13T16:53:20Z)', () => {
    expect(new Date(KSUID_EPOCH_SECONDS * 1000).toISOString()).toBe('2014-05-13T16:53:20.000Z');
  });
  it('encodes the smallest and largest KSUIDs as the reference implementation', () => {
    // https://github.com/segmentio/ksuid: Nil and Max.
    expect(encodeKsuid(0, new Uint8Array(16))).toBe('000000000000000000000000000');
    expect(encodeKsuid(0xffffffff, new Uint8Array(16).fill(255))).toBe('aWgEPTl1tmebfsQzFP4bxwgy80V');
  });
  it('embeds the clock in KSUIDs and ULIDs', () => {
    const now = Date.parse('2024-05-01T12:00:00.123Z');
    expect(ksuidTimestamp(autoKsuid(now))).toBe(Math.floor(now / 1000));
    expect(ulidTimestamp(autoUlid(now))).toBe(now);
  });
  it('gives distinct values on each call', () => {
    const ids = new Set(Array.from({ length: 200 }, () => autoKsuid(0) + autoUlid(0)));
    expect(ids.size).toBe(200);
  });
});
