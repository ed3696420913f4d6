/**
 * Bundles one resolver or function file into one APPSYNC_JS module with esbuild, as AWS recommends:
 * ESM only, `@aws-appsync/*` left external (the runtime provides it), an inline source map WITHOUT the sources'
 * content, and `target: esnext` so esbuild never rewrites the code into helpers the runtime may refuse (what the
 * runtime accepts is checked by the `@aws-appsync/eslint-plugin` lint on the source instead).
 * https://docs.aws.amazon.com/appsync/latest/devguide/additional-utilities.html
 */
import path from 'node:path';
import { build, type Message } from 'esbuild';
import { displayPath, type BuildProblem } from './errors';

/** Pipeline request/response used when a pipeline folder has no index.ts: no-op before, last function's result after. */
export const PASS_THROUGH_PIPELINE_CODE = `export function request() {
  return {};
}

export function response(ctx) {
  return ctx.prev.result;
}
`;

function problemFrom(message: Message, file: string): BuildProblem {
  const location = message.location;
  if (!location) return { file: displayPath(file), message: message.text };
  return {
    file: displayPath(location.file ? path.resolve(path.dirname(file), location.file) : file),
    line: location.line,
    column: location.column + 1,
    message: message.text,
  };
}

/** Bundles `file`; on failure returns esbuild's errors, each located in the file at fault. */
export async function bundleFile(file: string): Promise<{ code: string } | { problems: BuildProblem[] }> {
  try {
    const result = await build({
      entryPoints: [file],
      // Source map paths are relative to the output file; with the bundle named after the source they stay short.
      outfile: path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.js`),
      absWorkingDir: path.dirname(file),
      write: false,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      target: 'esnext',
      external: ['@aws-appsync/*'],
      sourcemap: 'inline',
      sourcesContent: false,
      minify: false,
      treeShaking: true,
      logLevel: 'silent',
      charset: 'utf8',
    });
    const output = result.outputFiles.find((f) => f.path.endsWith('.js'));
    return { code: output?.text ?? '' };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (!Array.isArray(errors) || errors.length === 0) {
      return { problems: [{ file: displayPath(file), message: `esbuild failed: ${(error as Error).message}` }] };
    }
    return { problems: errors.map((message) => problemFrom(message, file)) };
  }
}
