/**
 * The deployed flush: triggered by the hot store's DynamoDB stream (new pending events), it counts every pending
 * event into PostgreSQL exactly once (ingest/flush.ts). The stream records only wake it; it reads the pending-index,
 * so a failed or repeated invocation loses and double-counts nothing. Then the alert rules of the organisations it
 * counted events for are evaluated.
 */
import { flushAndAlert } from './api';
import { awsDatabase, awsHotStore, awsWebhook } from './aws-deps';

export async function handler() {
  const outcome = await flushAndAlert({ db: await awsDatabase(), ...awsHotStore(), webhook: await awsWebhook(), now: Date.now, log: (line) => console.log(line) });
  console.log(JSON.stringify({ flushed: outcome }));
  return outcome;
}
