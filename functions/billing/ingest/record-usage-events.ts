/** recordUsageEvents: judges each event, stores the accepted ones in the hot store, answers per-event refusals. */
import type { Queryable } from '../../db/database';
import { BillingError } from '../errors';
import { judgeEvent, MAX_EVENTS_PER_CALL, metricKey, type AcceptedEvent, type UsageEventInput } from './event-rules';
import { putPending, storedKeys } from './hot-store';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ProjectPrincipal {
  organisation_id: string;
  project_id: string;
}

export function projectPrincipal(identity: unknown): ProjectPrincipal {
  const context = (identity as { resolverContext?: Record<string, unknown> } | null)?.resolverContext;
  if (context?.principal !== 'project' || typeof context.organisation_id !== 'string' || typeof context.project_id !== 'string') {
    throw new BillingError('Unauthorized', 'usage events are recorded with a project API key');
  }
  return { organisation_id: context.organisation_id, project_id: context.project_id };
}

async function knownMetrics(db: Queryable): Promise<Set<string>> {
  const { rows } = await db.query<{ metric_name: string; unit: string }>(
    `SELECT DISTINCT metric_name, unit FROM pricing_plans WHERE is_active AND (effective_to IS NULL OR effective_to > now())`,
  );
  return new Set(rows.map((r) => metricKey(r.metric_name, r.unit)));
}

export async function recordUsageEvents(
  deps: { db: Queryable; doc: DynamoDBDocumentClient; hotTable: string; nowMs: number },
  principal: ProjectPrincipal,
  events: UsageEventInput[],
) {
  if (!Array.isArray(events) || events.length === 0 || events.length > MAX_EVENTS_PER_CALL) {
    throw new BillingError('ValidationError', `send 1 to ${MAX_EVENTS_PER_CALL} events per call`, { max: MAX_EVENTS_PER_CALL });
  }
  const context = { projectId: principal.project_id, nowMs: deps.nowMs, knownMetrics: await knownMetrics(deps.db) };
  const accepted = new Map<string, AcceptedEvent>();
  const refused: { index: number; idempotency_key: string | null; code: string; reason: string }[] = [];
  events.forEach((input, index) => {
    const judged = judgeEvent(input, context);
    if (!judged.ok) return refused.push({ index, idempotency_key: input.idempotency_key ?? null, code: judged.code, reason: judged.reason });
    // A key repeated within the call is one event (the first), like a replay.
    if (!accepted.has(judged.event.idempotency_key)) accepted.set(judged.event.idempotency_key, judged.event);
  });
  const known = await storedKeys(deps.doc, deps.hotTable, principal.organisation_id, [...accepted.keys()]);
  const fresh = [...accepted.values()].filter((e) => !known.has(e.idempotency_key));
  await putPending(deps.doc, deps.hotTable, principal.organisation_id, fresh, deps.nowMs);
  return { accepted: events.length - refused.length, replayed: events.length - refused.length - fresh.length, refused };
}
