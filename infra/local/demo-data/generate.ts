/**
 * Helpers for the generated demo data: a seeded PRNG (mulberry32; never Math.random, so the same seed
 * and anchor always give the same records) and time helpers relative to an anchor instant.
 */

export type DemoItem = Record<string, unknown>;
/** Demo items per table id of `infra/model`. */
export type DemoTables = Record<string, DemoItem[]>;

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A well-formed, version-4-shaped UUID drawn from the PRNG. */
  uuid(): string;
  hex(length: number): string;
  /** Letters and digits, for Razorpay/Stripe-like ids. */
  alnum(length: number): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const fromAlphabet = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  const hex = (length: number) => fromAlphabet('0123456789abcdef', length);
  return {
    next,
    int,
    pick: (items) => items[int(0, items.length - 1)],
    chance: (p) => next() < p,
    hex,
    alnum: (length) => fromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Midnight UTC of the day holding `date`: the default anchor, so a day's demo data is stable. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** ISO timestamp (`2026-01-02T03:04:05.000Z`) at `offsetMs` from the anchor. */
export function isoAt(anchor: Date, offsetMs: number): string {
  return new Date(anchor.getTime() + offsetMs).toISOString();
}

/** `YYYY-MM-DD` of the UTC day at `offsetDays` from the anchor. */
export function dayAt(anchor: Date, offsetDays: number): string {
  return isoAt(anchor, offsetDays * DAY_MS).slice(0, 10);
}

export const epochSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

export const pad = (n: number, width = 3): string => String(n).padStart(width, '0');

/** Money rounded to the paisa/cent, as the seeds store prices (Number). */
export const money = (value: number): number => Math.round(value * 100) / 100;

/** What every app's generator receives. */
export interface DemoContext {
  /** The instant the generated data is relative to (orders in the weeks before it, tasks around it, ...). */
  anchor: Date;
  rng: Rng;
}
