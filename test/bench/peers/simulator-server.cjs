// Benchmark peer: the Amplify AppSync simulator serving getNote with the equivalent VTL resolver on DynamoDB Local.
// argv: <dynamodb endpoint> <table name> <port>. Prints `ready <url> <apiKey>` when it serves.
// DESIGN.md: the simulator reads DynamoDB credentials from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (the caller sets them).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { AmplifyAppSyncSimulator } = require('@aws-amplify/amplify-appsync-simulator');

const [endpoint, tableName, port] = process.argv.slice(2);
// The demo API's own VTL resolver (Query.getNoteVtl), the equivalent of its APPSYNC_JS Query.getNote.
const dir = join(__dirname, '..', '..', 'fixtures', 'demo-api', 'resolvers');
const apiKey = 'da2-fakeApiId123456';
const schema = `
type Note { id: ID! owner: String! text: String! status: String createdAt: AWSDateTime }
type Query { getNote(id: ID!): Note }
schema { query: Query }
`;

async function main() {
  const simulator = new AmplifyAppSyncSimulator({ port: Number(port), wsPort: Number(port) + 1 });
  await simulator.start();
  simulator.init({
    schema: { content: schema },
    appSync: { name: 'bench', defaultAuthenticationType: { authenticationType: 'API_KEY' }, apiKey, additionalAuthenticationProviders: [] },
    dataSources: [{ type: 'AMAZON_DYNAMODB', name: 'notes', config: { endpoint, region: 'eu-west-2', tableName } }],
    mappingTemplates: [
      { path: 'get-note.request.vtl', content: readFileSync(join(dir, 'Query.getNoteVtl.[notes].req.vtl'), 'utf8') },
      { path: 'get-note.response.vtl', content: readFileSync(join(dir, 'Query.getNoteVtl.[notes].res.vtl'), 'utf8') },
    ],
    resolvers: [
      { kind: 'UNIT', typeName: 'Query', fieldName: 'getNote', dataSourceName: 'notes', requestMappingTemplateLocation: 'get-note.request.vtl', responseMappingTemplateLocation: 'get-note.response.vtl' },
    ],
  });
  process.stdout.write(`ready http://127.0.0.1:${port}/graphql ${apiKey}\n`);
  process.on('SIGTERM', () => simulator.stop().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
