/**
 * VTL templates are checked when the API is built, like APPSYNC_JS code: a template the Velocity parser refuses is a
 * build problem at its file and line, not a failure at the first request.
 */
import { createRequire } from 'node:module';
import type { BuildProblem } from './errors';

// A CommonJS package: Node's ESM loader sees no named exports in it.
const { parse } = createRequire(import.meta.url)('amplify-velocity-template') as typeof import('amplify-velocity-template');

export function checkVtlSyntax(content: string, file: string): BuildProblem | null {
  try {
    parse(content);
    return null;
  } catch (error) {
    // The parser (jison) reports a 0-based line and a column in `hash`; its message ends with what it expected.
    const hash = (error as { hash?: { line?: number; loc?: { first_column?: number } } }).hash;
    const message = `VTL syntax: ${(error as Error).message.split('\n').slice(-1)[0]}`;
    if (hash?.line === undefined) return { file, message };
    return { file, line: hash.line + 1, column: (hash.loc?.first_column ?? 0) + 1, message };
  }
}
