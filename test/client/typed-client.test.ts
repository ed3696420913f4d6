// The typed client is only as good as its types: no `any` anywhere in client/, TypeScript refusing results used with
// the wrong type, fields an operation did not select, wrong variables and a subscription awaited like a query, and
// graphql-codegen refusing an operation that asks for a field the schema does not have.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

async function typeScriptFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** `file:line` of every `any` type annotation (comments and strings do not count). */
function anyTypes(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const walk = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, walk);
  };
  walk(source);
  return found;
}

describe('no any', () => {
  it('in the generated or hand-written client code', async () => {
    const files = await typeScriptFiles(join(root, 'client'));
    expect(files.map((f) => f.slice(root.length + 1))).toContain('client/generated/graphql.ts');
    const found = (await Promise.all(files.map(async (f) => anyTypes(f.slice(root.length + 1), await readFile(f, 'utf8'))))).flat();
    expect(found).toEqual([]);
  });

  it('is what the check finds', () => {
    expect(anyTypes('x.ts', '// any\nconst a = "any";\nlet b: any;\nfunction f(c: Array<any>) {}')).toEqual(['x.ts:3', 'x.ts:4']);
  });
});

// Two files compiled against the real client and generated documents, in memory (a file that must not compile
// cannot live in the repo: `npm run lint` type-checks test/).
const usageDir = join(root, 'test/client/__typed-usage__');
const header = `import { createGatewayClient, MyOrdersDocument, OnOrderStatusDocument, PlaceOrderDocument, StoreCatalogueDocument } from '../../../client';
const client = createGatewayClient({});
const input = { store_id: 's1', items: [{ product_id: 'p1', quantity: 2 }], customer_name: 'Lata', delivery_address: '5 Temple St', payment_method: 'UPI' as const };
`;
const correctUsage = `${header}
export async function checkout(): Promise<string> {
  const { data } = await client.graphql({ query: PlaceOrderDocument, variables: { input } });
  const total: number = data.placeOrder.total_amount;
  const catalogue = await client.graphql({ query: StoreCatalogueDocument, variables: { store_id: 's1' }, authMode: 'apiKey' });
  const names: string[] = catalogue.data.listProducts.items.map((p) => p.name);
  const mine = await client.graphql({ query: MyOrdersDocument });
  const statuses: ('PENDING_PAYMENT' | 'CONFIRMED' | 'PREPARING' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'CANCELLED')[] = mine.data.listMyOrders.items.map((o) => o.status);
  const live = client.graphql({ query: OnOrderStatusDocument, variables: { order_id: data.placeOrder.order_id } }).subscribe({
    next: ({ data: event }) => statuses.push(event.onOrderUpdated?.status ?? 'CANCELLED'),
    error: (error) => console.error(error.errorType, error.errors),
  });
  live.unsubscribe();
  return \`\${total} \${names.join()}\`;
}
`;
const wrongUsage = `${header}
export async function checkout() {
  const { data } = await client.graphql({ query: PlaceOrderDocument, variables: { input } });
  const total: string = data.placeOrder.total_amount;
  const mine = await client.graphql({ query: MyOrdersDocument });
  const phone = mine.data.listMyOrders.items[0].customer_phone;
  await client.graphql({ query: PlaceOrderDocument, variables: { input: { ...input, payment_method: 'CASH' } } });
  await client.graphql({ query: StoreCatalogueDocument });
  const live = await client.graphql({ query: OnOrderStatusDocument, variables: { order_id: 'o1' } });
  live.data;
  client.graphql({ query: OnOrderStatusDocument, variables: { order_id: 'o1' } }).subscribe({ next: ({ data: event }) => event.onOrderUpdated.status });
  return [total, phone];
}
`;

function compile(files: Record<string, string>): Record<string, string[]> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [join(usageDir, name), text]));
  const { getSourceFile, fileExists, readFile: read } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f) ?? read.call(host, f);
  host.getSourceFile = (f, version, ...rest) =>
    virtual.has(f) ? ts.createSourceFile(f, virtual.get(f)!, version) : getSourceFile.call(host, f, version, ...rest);
  const program = ts.createProgram([...virtual.keys()], options, host);
  return Object.fromEntries(
    [...virtual.keys()].map((f) => [
      f.slice(usageDir.length + 1),
      ts.getPreEmitDiagnostics(program, program.getSourceFile(f)).map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `${line} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
      }),
    ]),
  );
}

describe('typed documents in TypeScript', () => {
  let diagnostics: Record<string, string[]>;
  beforeAll(() => {
    diagnostics = compile({ 'correct.ts': correctUsage, 'wrong.ts': wrongUsage });
  }, 60_000);

  it('compile when results, variables and events are used as the operations type them', () => {
    expect(diagnostics['correct.ts']).toEqual([]);
  });

  it('refuse a result of the wrong type, an unselected field, wrong or missing variables, an awaited subscription', () => {
    expect(diagnostics['wrong.ts']).toEqual([
      // a Float used as a string
      "7 TS2322 Type 'number' is not assignable to type 'string'.",
      // MyOrders does not select customer_phone
      expect.stringMatching(/^9 TS2339 Property 'customer_phone' does not exist on type '\{ order_id: string;/),
      // not a PaymentMethod
      '10 TS2769 No overload matches this call.',
      // store_id is required
      '11 TS2769 No overload matches this call.',
      // a subscription is a stream, not a promise of one result
      expect.stringMatching(/^13 TS2339 Property 'data' does not exist on type 'GatewaySubscription<OnOrderStatusSubscription>'/),
      // the event's field is nullable
      "14 TS18047 'event.onOrderUpdated' is possibly 'null'.",
    ]);
  });
});

describe('graphql-codegen', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'codegen-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  async function generateClient(document: string): Promise<string> {
    await writeFile(join(dir, 'operation.graphql'), document);
    const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
    const client = (config.generates as Record<string, object>)['client/generated/graphql.ts'];
    const [output] = await generate({ ...config, cwd: root, silent: true, documents: [join(dir, 'operation.graphql')], generates: { [join(dir, 'out.ts')]: client } }, false);
    return output.content;
  }

  it('generates a typed document for a valid operation', async () => {
    const content = await generateClient('query FixtureOrder($id: ID!) { getOrder(order_id: $id) { order_id total_amount } }');
    expect(content).toContain('export type FixtureOrderQuery = { getOrder: { order_id: string, total_amount: number } | null };');
    expect(content).toContain('export const FixtureOrderDocument =');
  });

  it('fails on an operation that asks for a field the schema does not have', async () => {
    await expect(generateClient('query FixtureOrder($id: ID!) { getOrder(order_id: $id) { order_id colour } }')).rejects.toThrow(
      /Cannot query field "colour" on type "Order"/,
    );
  });
});
