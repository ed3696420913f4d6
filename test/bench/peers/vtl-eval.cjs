// Benchmark peer: the Amplify simulator's VTL evaluation of the GetItem request+response templates equivalent to
// test/fixtures/demo-api/resolvers/Query.getNote.[notes].ts. Runs in its own process (the simulator needs graphql 15).
// Prints one JSON line: { samplesUs: number[] } (request+response per iteration, microseconds).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { VelocityTemplate } = require('@aws-amplify/amplify-appsync-simulator/lib/velocity');

const iterations = Number(process.argv[2] ?? 20000);
const warmup = Number(process.argv[3] ?? 2000);
// The demo API's own VTL resolver (Query.getNoteVtl), the equivalent of its APPSYNC_JS Query.getNote.
const dir = join(__dirname, '..', '..', 'fixtures', 'demo-api', 'resolvers');
const simulator = { appSyncConfig: { defaultAuthenticationType: { authenticationType: 'API_KEY' } } };
const request = new VelocityTemplate({ path: 'get-note.request.vtl', content: readFileSync(join(dir, 'Query.getNoteVtl.[notes].req.vtl'), 'utf8') }, simulator);
const response = new VelocityTemplate({ path: 'get-note.response.vtl', content: readFileSync(join(dir, 'Query.getNoteVtl.[notes].res.vtl'), 'utf8') }, simulator);
const requestContext = { requestAuthorizationMode: 'API_KEY', headers: {}, sourceIp: '127.0.0.1' };
const info = { fieldName: 'getNote', parentType: 'Query', fieldNodes: [], variableValues: {}, fragments: {} };
const item = { id: 'n1', owner: 'alice', text: 'hello', status: 'OPEN', createdAt: '2025-06-10T10:00:00.000Z' };

function once() {
  const req = request.render({ arguments: { id: 'n1' }, source: {} }, requestContext, info);
  if (req.result.operation !== 'GetItem') throw new Error('VTL request did not render a GetItem');
  const res = response.render({ arguments: { id: 'n1' }, source: {}, result: item }, requestContext, info);
  if (res.result.id !== 'n1') throw new Error('VTL response did not render the item');
}

for (let i = 0; i < warmup; i += 1) once();
const samplesUs = new Array(iterations);
for (let i = 0; i < iterations; i += 1) {
  const start = process.hrtime.bigint();
  once();
  samplesUs[i] = Number(process.hrtime.bigint() - start) / 1000;
}
process.stdout.write(`${JSON.stringify({ samplesUs })}\n`);
