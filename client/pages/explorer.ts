/// <reference lib="dom" />
/**
 * `/explorer`: a small GraphQL explorer that needs no network beyond the gateway. Queries and mutations go as an HTTP
 * POST to this origin's `/graphql` with the chosen auth (API key, Cognito token, billing project key, none); the
 * answer is shown as AppSync sent it, with the HTTP status. The operation list comes from introspecting the API
 * (explorer-skeleton.ts). Subscriptions need the real-time WebSocket: the /tracking page shows one.
 */
import { buildClientSchema, getIntrospectionQuery, getOperationAST, GraphQLError, parse, type IntrospectionQuery } from 'graphql';
import { rootFields, skeleton, type OperationKind } from './explorer-skeleton';
import { byId, loadOutputs, mintLocalToken, readClaims, storedToken, storeToken } from './local-session';

const el = {
  endpoint: byId('endpoint'),
  filter: byId<HTMLInputElement>('filter'),
  schemaStatus: byId('schema-status'),
  operations: byId('operations'),
  authMode: byId<HTMLSelectElement>('auth-mode'),
  apiKey: byId<HTMLInputElement>('api-key'),
  credential: byId<HTMLTextAreaElement>('credential'),
  credentialInfo: byId('credential-info'),
  query: byId<HTMLTextAreaElement>('query'),
  variables: byId<HTMLTextAreaElement>('variables'),
  result: byId('result'),
  resultStatus: byId('result-status'),
};

const outputs = await loadOutputs();
const url = outputs.data.url;
el.endpoint.textContent = `POST ${url}`;
el.apiKey.value = outputs.data.api_key;
el.credential.value = storedToken() ?? '';

type Mode = 'apiKey' | 'userPool' | 'lambda' | 'none';

function headers(mode: Mode): Record<string, string> {
  const base = { 'content-type': 'application/json' };
  if (mode === 'apiKey') return { ...base, 'x-api-key': el.apiKey.value.trim() };
  if (mode === 'userPool' || mode === 'lambda') return { ...base, authorization: el.credential.value.trim() };
  return base;
}

async function post(body: { query: string; variables?: unknown; operationName?: string | null }, mode: Mode) {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: headers(mode), body: JSON.stringify(body) });
  const text = await res.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: shown as text
  }
  return { status: res.status, ms: Math.round(performance.now() - started), json };
}

function showResult(status: string, value: unknown): void {
  el.resultStatus.textContent = status;
  el.result.textContent = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function describeCredential(): void {
  const value = el.credential.value.trim();
  if (!value) {
    el.credentialInfo.textContent = '';
    return;
  }
  try {
    const claims = readClaims(value);
    el.credentialInfo.textContent = `JWT: sub ${claims.sub}, groups ${claims.groups.join(', ') || 'none'}` +
      `${claims.phone ? `, phone ${claims.phone}` : ''}${claims.tenantId ? `, tenant ${claims.tenantId}` : ''}${claims.email ? `, ${claims.email}` : ''}` +
      `${claims.expiresAt ? `, expires ${claims.expiresAt.toLocaleString()}` : ''}`;
  } catch {
    el.credentialInfo.textContent = 'not a JWT (fine for a project key in Lambda mode)';
  }
}

async function run(): Promise<void> {
  const query = el.query.value;
  let variables: unknown;
  try {
    variables = el.variables.value.trim() ? JSON.parse(el.variables.value) : {};
  } catch (error) {
    return showResult('variables are not valid JSON', (error as Error).message);
  }
  let operationName: string | null = null;
  try {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) return showResult('pick one operation', 'The document has several operations: keep only the one to run.');
    if (operation.operation === 'subscription') {
      return showResult('not sent', 'Subscriptions run over the real-time WebSocket, not HTTP POST; open /tracking to watch one live.');
    }
    operationName = operation.name?.value ?? null;
  } catch (error) {
    const located = error instanceof GraphQLError && error.locations?.[0] ? ` (line ${error.locations[0].line}, column ${error.locations[0].column})` : '';
    return showResult('syntax error', `${(error as Error).message}${located}`);
  }
  showResult('running…', '');
  const answer = await post({ query, variables, operationName }, el.authMode.value as Mode);
  showResult(`HTTP ${answer.status} · ${answer.ms} ms`, answer.json);
}

async function loadSchema(): Promise<void> {
  el.schemaStatus.textContent = 'introspecting…';
  const answer = await post({ query: getIntrospectionQuery({ descriptions: true }) }, el.authMode.value as Mode);
  const body = answer.json as { data?: IntrospectionQuery; errors?: { message: string }[] };
  if (!body?.data) {
    el.schemaStatus.textContent = `introspection failed (HTTP ${answer.status}): ${body?.errors?.map((e) => e.message).join('; ') ?? String(answer.json)}`;
    return;
  }
  const schema = buildClientSchema(body.data);
  const fields = rootFields(schema);
  el.schemaStatus.textContent = `${fields.length} operations; click one to start from it`;
  const groups: Record<OperationKind, HTMLElement[]> = { query: [], mutation: [], subscription: [] };
  for (const field of fields) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = field.name;
    button.title = `${field.signature}${field.description ? `\n\n${field.description}` : ''}`;
    button.dataset.field = `${field.kind}.${field.name}`;
    button.addEventListener('click', () => {
      const start = skeleton(schema, field.kind, field.name);
      el.query.value = start.query;
      el.variables.value = JSON.stringify(start.variables, null, 2);
    });
    groups[field.kind].push(button);
  }
  el.operations.replaceChildren(
    ...Object.entries(groups).flatMap(([kind, buttons]) => {
      const title = document.createElement('h3');
      title.textContent = `${kind} (${buttons.length})`;
      return buttons.length ? [title, ...buttons] : [];
    }),
  );
  filter();
}

function filter(): void {
  const needle = el.filter.value.trim().toLowerCase();
  el.operations.querySelectorAll<HTMLButtonElement>('button').forEach((button) => {
    button.hidden = needle !== '' && !button.textContent?.toLowerCase().includes(needle);
  });
}

const report = (error: unknown) => showResult('failed', (error as Error).message ?? String(error));
byId('run').addEventListener('click', () => void run().catch(report));
byId('load-schema').addEventListener('click', () => void loadSchema().catch(report));
el.filter.addEventListener('input', filter);
el.query.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run().catch(report);
  }
});
el.credential.addEventListener('input', () => {
  describeCredential();
  if (!el.credential.value.trim() || el.credential.value.trim().split('.').length === 3) storeToken(el.credential.value.trim() || null);
});
async function mint(): Promise<void> {
  const claims = Object.fromEntries(
    byId<HTMLTextAreaElement>('mint-claims').value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
      const eq = line.indexOf('=');
      if (eq <= 0) throw new Error(`claims want key=value lines, got "${line}"`);
      return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()];
    }),
  );
  const groups = byId<HTMLInputElement>('mint-groups').value.split(',').map((g) => g.trim()).filter(Boolean);
  const token = await mintLocalToken({ sub: byId<HTMLInputElement>('mint-sub').value.trim(), groups, claims });
  el.credential.value = token;
  storeToken(token);
  el.authMode.value = 'userPool';
  describeCredential();
}
byId('mint-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void mint().catch(report);
});

describeCredential();
await loadSchema().catch(report);
document.body.dataset.ready = 'true';
