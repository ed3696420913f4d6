/**
 * What an ingested usage event must be. Each event is judged alone: the good ones of a call are accepted, the bad
 * ones refused with a code and a reason.
 *
 * Late-event policy (README "Billing"): an event is accepted up to LATE_WINDOW_MS after its timestamp, and a month's
 * invoice can only be finalized once that window (plus FLUSH_GRACE_MS for the hot store to drain) has passed for
 * the month's last instant. So no accepted event can belong to a finalized month, and the database refuses any
 * change to a finalized invoice besides.
 */
import { Money } from '../money';

export const MAX_EVENTS_PER_CALL = 1000;
/** DynamoDB numbers keep 38 significant digits; values are bounded well inside that. */
const MAX_VALUE = new Money('1e20');
export const LATE_WINDOW_MS = 72 * 60 * 60 * 1000;
export const FUTURE_SKEW_MS = 5 * 60 * 1000;
export const FLUSH_GRACE_MS = 60 * 60 * 1000;
const MAX_METADATA_BYTES = 4096;

/** A decimal written plainly: no sign, no NaN/Infinity, optional fraction and exponent. */
const PLAIN_DECIMAL = /^\d+(\.\d+)?([eE][+-]?\d+)?$/;

export interface UsageEventInput {
  project_id?: string | null;
  metric_name: string;
  metric_value: string;
  unit: string;
  timestamp: string;
  idempotency_key: string;
  /** AWSJSON, parsed. */
  metadata?: unknown;
}

export interface AcceptedEvent {
  project_id: string;
  metric_name: string;
  metric_value: string;
  unit: string;
  timestampMs: number;
  idempotency_key: string;
  metadata: Record<string, unknown>;
}

export type Judgement = { ok: true; event: AcceptedEvent } | { ok: false; code: string; reason: string };

export interface JudgeContext {
  projectId: string;
  nowMs: number;
  /** `metric_name\u0000unit` of every metric that has an active price. */
  knownMetrics: ReadonlySet<string>;
}

export const metricKey = (metric: string, unit: string): string => `${metric}\u0000${unit}`;

const refuse = (code: string, reason: string): Judgement => ({ ok: false, code, reason });

/** AWSJSON arguments reach resolvers already parsed (AppSync parses them), so metadata is a JSON value here. */
function checkMetadata(value: unknown): Record<string, unknown> | string {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return 'metadata must be a JSON object';
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_METADATA_BYTES) return `metadata is over ${MAX_METADATA_BYTES} bytes`;
  return value as Record<string, unknown>;
}

export function judgeEvent(input: UsageEventInput, ctx: JudgeContext): Judgement {
  const key = input.idempotency_key ?? '';
  if (key.length === 0 || key.length > 255) return refuse('InvalidIdempotencyKey', 'idempotency_key must be 1-255 characters');
  if (input.project_id && input.project_id !== ctx.projectId) {
    return refuse('WrongProject', 'the API key belongs to another project');
  }
  const value = String(input.metric_value ?? '').trim();
  if (!PLAIN_DECIMAL.test(value)) {
    return refuse('InvalidValue', `metric_value must be a finite, non-negative decimal; got ${JSON.stringify(input.metric_value)}`);
  }
  const exact = new Money(value);
  if (exact.gte(MAX_VALUE) || exact.sd() > 38) return refuse('InvalidValue', 'metric_value is out of range (below 1e20, at most 38 digits)');
  if (!ctx.knownMetrics.has(metricKey(input.metric_name, input.unit))) {
    return refuse('UnknownMetric', `no active price for metric ${JSON.stringify(input.metric_name)} in ${JSON.stringify(input.unit)}`);
  }
  const at = Date.parse(input.timestamp);
  if (!Number.isFinite(at)) return refuse('InvalidTimestamp', 'timestamp is not an ISO 8601 date-time');
  if (at > ctx.nowMs + FUTURE_SKEW_MS) return refuse('TimestampInFuture', 'timestamp is more than 5 minutes ahead');
  if (at < ctx.nowMs - LATE_WINDOW_MS) return refuse('TimestampTooOld', 'timestamp is more than 72 hours old');
  const metadata = checkMetadata(input.metadata);
  if (typeof metadata === 'string') return refuse('InvalidMetadata', metadata);
  return {
    ok: true,
    event: { project_id: ctx.projectId, metric_name: input.metric_name, metric_value: exact.toFixed(), unit: input.unit, timestampMs: at, idempotency_key: key, metadata },
  };
}
