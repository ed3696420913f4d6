/**
 * The Flow Logic streams publisher: for the subscriptions and assessments streams, publishes each change no client
 * mutation published (publisher-changes.ts) through its IAM-only publish mutation, so the user's subscription receives
 * it. Deployed as a Lambda on those streams (APPSYNC_URL, FLOW_TABLES, its role's credentials); locally the stream
 * poller calls it with the local IAM credential. A failed publish stops the batch there and is reported as the batch
 * item failure, so the stream retries from it in order. Logs name event ids and mutations, never a user id or e-mail.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { iamGraphql, type IamCredentials } from '../shared/iam-graphql';
import { tableNameOfStream } from './audit-entry';
import { flowChangeOf } from './publisher-changes';

export interface FlowPublisherOptions {
  url: string;
  region: string;
  credentials: () => IamCredentials;
  /** Physical table name -> model table id. */
  tableIds: Readonly<Record<string, string>>;
  log?: (line: string) => void;
}

export function flowPublisher(options: FlowPublisherOptions) {
  const log = options.log ?? ((line: string) => console.error(line));
  return async (event: { Records: DynamoDBRecord[] }): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records) {
      const tableId = options.tableIds[tableNameOfStream(record.eventSourceARN ?? '') ?? ''];
      const change = tableId ? flowChangeOf(tableId, record) : null;
      if (!change) continue;
      const target = { url: options.url, region: options.region, credentials: options.credentials() };
      const reply = await iamGraphql(target, change.document, { input: change.input }).catch((error: Error) => ({
        errors: [{ message: error.message, errorType: 'Network' }],
      }));
      if (reply.errors?.length) {
        // errorType only: a validation message may quote the input, which holds the user id.
        const types = reply.errors.map((e) => e.errorType ?? 'GraphQLError').join(', ');
        log(`${change.mutation} failed for record ${record.eventID ?? '?'} (${types}); retrying from it`);
        return { batchItemFailures: [{ itemIdentifier: record.eventID ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}

/** `FLOW_TABLES` is a JSON object of physical table name -> model table id. */
function tableIdsOf(value: string | undefined): Record<string, string> {
  const parsed: unknown = JSON.parse(value || '{}');
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('FLOW_TABLES must be a JSON object');
  return parsed as Record<string, string>;
}

let deployed: ReturnType<typeof flowPublisher> | undefined;

/** The deployed Lambda: credentials of its execution role, from the environment Lambda sets. */
export const handler = (event: { Records: DynamoDBRecord[] }) => {
  deployed ??= flowPublisher({
    url: process.env.APPSYNC_URL ?? '',
    region: process.env.AWS_REGION ?? '',
    credentials: () => ({
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
      sessionToken: process.env.AWS_SESSION_TOKEN,
    }),
    tableIds: tableIdsOf(process.env.FLOW_TABLES),
  });
  return deployed(event);
};
