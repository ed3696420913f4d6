/** Seed 002: the billing platform's hot event store (Cloudflare D1 in the seed), as a DynamoDB table. */
import { gsi, n, s } from './keys';
import type { TableModel } from './types';

export const billingTables: TableModel[] = [
  {
    id: 'usageHotEvents',
    app: 'billing',
    seedName: 'usage_events (Cloudflare D1)',
    namePattern: 'billing-{stage}-usage-hot-events',
    description: 'Ingested usage events waiting to be flushed into PostgreSQL exactly once.',
    partitionKey: s('organisation_id'),
    sortKey: s('idempotency_key'),
    globalIndexes: [
      gsi(
        'pending-index',
        s('pending_shard'),
        n('ingested_at'),
        'Sparse: pending_shard is removed when the event is flushed, so the index holds only unflushed events.',
      ),
    ],
    stream: 'NEW_IMAGE',
    ttlAttribute: 'expires_at',
    changes: [
      'D1 becomes DynamoDB with TTL (expires_at): the hot store is temporary; PostgreSQL is the source of truth.',
      'Erratum: idempotency_key was globally unique; the key is now (organisation_id, idempotency_key), so one tenant\'s ' +
        'key can neither collide with nor reveal another\'s.',
      'Sparse GSI pending-index replaces processed_at IS NULL scans; the stream triggers the flush.',
    ],
  },
];
