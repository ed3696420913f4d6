// The DynamoDB JSON wire client the local data sources use: the same answers and the same error shape as the SDK
// on the run's DynamoDB Local, the headers DynamoDB Local needs, and the keep-alive race handled.
import { CreateTableCommand, DeleteTableCommand, GetItemCommand, PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWireClient, type DynamoWireClient } from '../../../../infra/local/dynamodb/wire-client';
import { testDynamoClient, testDynamoWire, uniquePrefix } from '../../../support/dynamodb';

const client = testDynamoClient();
let wire: DynamoWireClient;
const table = `${uniquePrefix('wire')}items`;

beforeAll(async () => {
  wire = testDynamoWire();
  await client.send(new CreateTableCommand({
    TableName: table, BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  }));
});
afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: table }));
  client.destroy();
  wire.destroy();
});

/** What a call that must fail throws. */
function thrown(call: Promise<unknown>): Promise<Record<string, unknown>> {
  return call.then(() => { throw new Error('expected the call to fail'); }, (e: unknown) => e as Record<string, unknown>);
}

/** The error an SDK or wire call throws, as the data source reads it. */
async function failure(call: Promise<unknown>) {
  const error = await thrown(call);
  const metadata = error.$metadata as { httpStatusCode?: number; requestId?: string };
  return { name: error.name, message: error.message, status: metadata.httpStatusCode, hasRequestId: typeof metadata.requestId === 'string' && metadata.requestId !== '' };
}

describe('on DynamoDB Local', () => {
  it('writes and reads items in DynamoDB JSON, binaries as base64 both ways', async () => {
    const item = { id: { S: 'w1' }, n: { N: '12.50' }, b: { B: Buffer.from('héllo').toString('base64') }, bs: { BS: ['AAE=', 'AgM='] }, m: { M: { l: { L: [{ NULL: true }, { BOOL: false }] } } } };
    await wire.call('PutItem', { TableName: table, Item: item });
    const out = await wire.call('GetItem', { TableName: table, Key: { id: { S: 'w1' } }, ConsistentRead: true });
    expect(out.Item?.b).toEqual({ B: Buffer.from('héllo').toString('base64') });
    expect(out.Item?.n).toEqual({ N: '12.5' });
    expect(out.Item?.m).toEqual(item.m);
    expect([...(out.Item?.bs.BS ?? [])].sort()).toEqual(['AAE=', 'AgM=']);
    // What the SDK reads back is the same item.
    const sdk = await client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'w1' } }, ConsistentRead: true }));
    expect(Buffer.from(sdk.Item!.b.B!).toString('utf8')).toBe('héllo');
  });

  it('a missing table: the SDK\'s name, message and status', async () => {
    const input = { TableName: `${table}-absent`, Key: { id: { S: 'x' } } };
    const [ours, sdk] = [await failure(wire.call('GetItem', input)), await failure(client.send(new GetItemCommand(input)))];
    expect(ours).toEqual(sdk);
    expect(ours).toMatchObject({ name: 'ResourceNotFoundException', status: 400, hasRequestId: true });
  });

  it('a validation error (coral namespace in __type): the SDK\'s name and message', async () => {
    const input = { TableName: table, Key: { id: { N: '1' } } };
    const [ours, sdk] = [await failure(wire.call('GetItem', input)), await failure(client.send(new GetItemCommand(input)))];
    expect(ours).toEqual(sdk);
    expect(ours.name).toBe('ValidationException');
  });

  it('a failed condition carries the current item when asked for it', async () => {
    await wire.call('PutItem', { TableName: table, Item: { id: { S: 'c1' }, v: { N: '1' } } });
    const input = {
      TableName: table, Item: { id: { S: 'c1' }, v: { N: '2' } }, ConditionExpression: 'attribute_not_exists(id)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    const error = await thrown(wire.call('PutItem', input));
    expect(error).toMatchObject({ name: 'ConditionalCheckFailedException', Item: { id: { S: 'c1' }, v: { N: '1' } }, $metadata: { httpStatusCode: 400 } });
    expect(await failure(wire.call('PutItem', input))).toEqual(await failure(client.send(new PutItemCommand(input))));
  });

  it('a cancelled transaction carries CancellationReasons, with the item of the failed condition', async () => {
    const input = {
      TransactItems: [
        { Put: { TableName: table, Item: { id: { S: 't1' } } } },
        { ConditionCheck: { TableName: table, Key: { id: { S: 'c1' } }, ConditionExpression: 'v = :two', ExpressionAttributeValues: { ':two': { N: '2' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } },
      ],
    };
    const error = await thrown(wire.call('TransactWriteItems', input));
    expect(error.name).toBe('TransactionCanceledException');
    expect(error.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed.', Item: { id: { S: 'c1' }, v: { N: '1' } } },
    ]);
    expect(await failure(wire.call('TransactWriteItems', input))).toEqual(await failure(client.send(new TransactWriteItemsCommand(input))));
  });
});

/** A stand-in for DynamoDB Local on loopback; `answer` decides per request, `seen` records the requests. */
async function fakeDynamo(answer: (body: string, socket: Socket, n: number) => [number, string] | 'reset') {
  const seen: { headers: Record<string, unknown>; body: string; socket: Socket }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ headers: req.headers, body, socket: req.socket });
      const reply = answer(body, req.socket, seen.length);
      if (reply === 'reset') return void req.socket.resetAndDestroy();
      res.writeHead(reply[0], { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `R${seen.length}` }).end(reply[1]);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { endpoint, seen, close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }) };
}

describe('on the wire', () => {
  it('POSTs the operation with the JSON 1.0 content type and a SigV4-shaped Authorization naming the key and region', async () => {
    const fake = await fakeDynamo(() => [200, '{"Item":{"id":{"S":"a"}}}']);
    const c = createWireClient({ endpoint: fake.endpoint, region: 'eu-west-2', accessKeyId: 'local' });
    try {
      expect(await c.call('GetItem', { TableName: 't', Key: { id: { S: 'a' } } })).toEqual({ Item: { id: { S: 'a' } } });
      const [request] = fake.seen;
      expect(request.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem');
      expect(request.headers['content-type']).toBe('application/x-amz-json-1.0');
      expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/eu-west-2\/dynamodb\/aws4_request$/);
      expect(JSON.parse(request.body)).toEqual({ TableName: 't', Key: { id: { S: 'a' } } });
    } finally {
      c.destroy();
      await fake.close();
    }
  });

  it('keeps one connection alive across calls', async () => {
    const fake = await fakeDynamo(() => [200, '{}']);
    const c = createWireClient({ endpoint: fake.endpoint, region: 'eu-west-2', accessKeyId: 'local' });
    try {
      for (let i = 0; i < 3; i++) await c.call('GetItem', { TableName: 't', Key: { id: { S: 'a' } } });
      expect(new Set(fake.seen.map((s) => s.socket)).size).toBe(1);
    } finally {
      c.destroy();
      await fake.close();
    }
  });

  it('sends once more when a kept-alive socket is reset under the request, but not when a fresh one is', async () => {
    // The second request arrives on the kept-alive socket and is reset: the client retries on a new socket.
    const fake = await fakeDynamo((_body, _socket, n) => (n === 2 ? 'reset' : [200, `{"Count":${n}}`]));
    const c = createWireClient({ endpoint: fake.endpoint, region: 'eu-west-2', accessKeyId: 'local' });
    try {
      expect(await c.call('Scan', { TableName: 't' })).toEqual({ Count: 1 });
      expect(await c.call('Scan', { TableName: 't' })).toEqual({ Count: 3 });
      expect(fake.seen).toHaveLength(3);
    } finally {
      c.destroy();
      await fake.close();
    }
    const always = await fakeDynamo(() => 'reset');
    const fresh = createWireClient({ endpoint: always.endpoint, region: 'eu-west-2', accessKeyId: 'local' });
    try {
      await expect(fresh.call('Scan', { TableName: 't' })).rejects.toMatchObject({ code: 'ECONNRESET' });
      expect(always.seen).toHaveLength(1);
    } finally {
      fresh.destroy();
      await always.close();
    }
  });

  it('an error body that is not JSON is named by its status', async () => {
    const fake = await fakeDynamo(() => [502, '<html>bad gateway</html>']);
    const c = createWireClient({ endpoint: fake.endpoint, region: 'eu-west-2', accessKeyId: 'local' });
    try {
      await expect(c.call('Scan', { TableName: 't' })).rejects.toMatchObject({ name: '502', message: 'UnknownError', $metadata: { httpStatusCode: 502, requestId: 'R1' }, $fault: 'server' });
    } finally {
      c.destroy();
      await fake.close();
    }
  });

  it('refuses an endpoint that is not http:// and an access key DynamoDB Local cannot read', () => {
    expect(() => createWireClient({ endpoint: 'https://dynamodb.eu-west-2.amazonaws.com', region: 'eu-west-2', accessKeyId: 'local' })).toThrow(/http:\/\/host:port/);
    expect(() => createWireClient({ endpoint: 'http://127.0.0.1:1', region: 'eu-west-2', accessKeyId: '' })).toThrow(/accessKeyId/);
  });
});
