/**
 * The deployed flush: triggered by the hot store's DynamoDB stream (new pending events), it counts every pending
 * event into PostgreSQL exactly once (ingest/flush.ts). The stream records only wake it; it reads the pending-index,
 * so a failed or repeated invocation loses and double-counts nothing.
 */
import { flushPending } from './ingest/flush';
import { awsDatabase, awsHotStore } from './aws-deps';

export async function handler() {
  const outcome = await flushPending({ db: await awsDatabase(), ...awsHotStore(), now: Date.now });
  console.log(JSON.stringify({ flushed: outcome }));
  return outcome;
}
