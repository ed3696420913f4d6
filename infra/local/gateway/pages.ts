/**
 * The local gateway's browser pages, served beside `/graphql` on both listeners:
 * - `GET /tracking`: live delivery tracking of one order (client/pages/tracking.ts, aws-amplify v6 subscriptions);
 * - `GET /explorer`: a small offline GraphQL explorer (client/pages/explorer.ts);
 * - `GET /pages/<page>.js`: their scripts, bundled from TypeScript with esbuild on first request and kept for the run;
 * - `GET /amplify_outputs.json`: the outputs `npm start` writes, but naming the origin the page came from (the plain
 *   port serves plain-port outputs), so a page configures Amplify for the listener it is on;
 * - `POST /local/token`: local sign-in (local-token-route.ts).
 *
 * Every page route is local only (local-only.ts) and answers with a Content-Security-Policy that allows nothing but
 * the gateway's own origin: the pages cannot load tiles, fonts or scripts from the network even by mistake.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { LocalAuth } from '../auth';
import { combineRoutes, type ExtraRoute } from './extra-routes';
import { checkLocalRequest } from './local-only';
import { localTokenRoute } from './local-token-route';
import { amplifyOutputs } from './outputs';
import { REPO_ROOT } from './repo-appsync';

export const PAGES_DIR = join(REPO_ROOT, 'client', 'pages');

/** The pages: URL path → HTML file and script entry in client/pages/. */
export const PAGES = {
  '/tracking': { html: 'tracking.html', script: 'tracking' },
  '/explorer': { html: 'explorer.html', script: 'explorer' },
} as const;
const SCRIPTS = new Set<string>(Object.values(PAGES).map((p) => p.script));

export interface PageRoutesOptions {
  auth: LocalAuth;
  /** Where the pages' HTML, CSS and TypeScript entries are (default client/pages/). */
  pagesDir?: string;
  log?: (line: string) => void;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...headers });
  res.end(body);
  return true;
}

/** Bundles one page script for the browser: ESM, everything inlined (aws-amplify, graphql), minified. */
export async function bundlePage(pagesDir: string, script: string): Promise<string> {
  const result = await build({
    entryPoints: [join(pagesDir, `${script}.ts`)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'inline',
    // graphql-js and some Amplify modules read process.env.NODE_ENV; a browser has no `process`.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

export function pageRoutes(options: PageRoutesOptions): ExtraRoute {
  const pagesDir = options.pagesDir ?? PAGES_DIR;
  const log = options.log ?? ((line: string) => console.error(line));
  const { auth } = options;
  const bundles = new Map<string, Promise<string>>();
  const script = (name: string) => {
    let bundle = bundles.get(name);
    if (!bundle) {
      bundle = bundlePage(pagesDir, name);
      // A failed build is not kept: fix the file and reload.
      bundle.catch(() => bundles.delete(name));
      bundles.set(name, bundle);
    }
    return bundle;
  };

  const pages: ExtraRoute = async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const page = PAGES[path as keyof typeof PAGES];
    const scriptName = /^\/pages\/([a-z-]+)\.js$/.exec(path)?.[1];
    const known = page || path === '/pages/pages.css' || path === '/amplify_outputs.json' || (scriptName && SCRIPTS.has(scriptName));
    if (!known || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const local = checkLocalRequest(req);
    if ('refused' in local) return send(res, 403, 'text/plain; charset=UTF-8', `${local.refused}\n`);
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ws://${local.host} wss://${local.host}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; ');
    const secure = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

    if (page) return send(res, 200, 'text/html; charset=UTF-8', await readFile(join(pagesDir, page.html)), secure);
    if (path === '/pages/pages.css') return send(res, 200, 'text/css; charset=UTF-8', await readFile(join(pagesDir, 'pages.css')), secure);
    if (path === '/amplify_outputs.json') {
      const outputs = amplifyOutputs({
        graphqlUrl: `${local.origin}/graphql`,
        apiKey: auth.apiKey.id,
        region: auth.settings.region ?? auth.issuer.region,
        userPoolId: auth.issuer.userPoolId,
        userPoolClientId: auth.issuer.appClientId,
        auth: { default: auth.settings.default, additional: auth.settings.additional },
      });
      return send(res, 200, 'application/json; charset=UTF-8', JSON.stringify(outputs, null, 2), secure);
    }
    try {
      return send(res, 200, 'text/javascript; charset=UTF-8', await script(scriptName as string), secure);
    } catch (error) {
      const text = ((error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors ?? [])
        .map((e) => (e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text))
        .join('\n');
      log(`page script ${scriptName} failed to bundle: ${text || (error as Error).message}`);
      return send(res, 500, 'text/plain; charset=UTF-8', `bundling ${scriptName}.ts failed:\n${text || (error as Error).message}\n`);
    }
  };

  return combineRoutes(localTokenRoute(auth.issuer), pages);
}
