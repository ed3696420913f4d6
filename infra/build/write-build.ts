/**
 * Writes a BuildResult to disk (`npm run build`), replacing what an earlier build left:
 *   <outDir>/schema.graphql                          the SDL as deployed
 *   <outDir>/resolvers/<Type.field>.js               a unit resolver, or a pipeline's own request/response
 *   <outDir>/resolvers/<Type.field>.req.vtl, .res.vtl a VTL unit resolver's templates
 *   <outDir>/resolvers/<Type.field>.direct.json      a direct Lambda resolver's settings
 *   <outDir>/resolvers/<Type.field>/<function>.js    a pipeline's functions
 * Returns one summary line per module, with its size against AppSync's limit.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APPSYNC_CODE_LIMIT } from './check';
import type { BuildResult } from './types';

function size(code: string): string {
  return `${code.length.toLocaleString('en')} chars (${Math.round((code.length / APPSYNC_CODE_LIMIT) * 100)}%)`;
}

export function writeBuild(result: BuildResult, outDir: string): string[] {
  const resolversDir = path.join(outDir, 'resolvers');
  rmSync(resolversDir, { recursive: true, force: true });
  mkdirSync(resolversDir, { recursive: true });
  writeFileSync(path.join(outDir, 'schema.graphql'), result.deployedSchema);
  const lines: string[] = [];
  for (const resolver of result.resolvers) {
    const name = `${resolver.typeName}.${resolver.fieldName}`;
    if (resolver.kind === 'UNIT') {
      const out = (suffix: string, content: string) => writeFileSync(path.join(resolversDir, `${name}${suffix}`), content);
      if (resolver.runtime === 'APPSYNC_JS') {
        out('.js', resolver.code);
        lines.push(`${name}  UNIT on ${resolver.dataSource}  ${size(resolver.code)}`);
      } else if (resolver.runtime === 'VTL') {
        out('.req.vtl', resolver.requestTemplate);
        out('.res.vtl', resolver.responseTemplate);
        lines.push(`${name}  UNIT (VTL) on ${resolver.dataSource}`);
      } else {
        out('.direct.json', `${JSON.stringify({ maxBatchSize: resolver.maxBatchSize })}\n`);
        lines.push(`${name}  UNIT (direct Lambda${resolver.maxBatchSize ? `, batches of ${resolver.maxBatchSize}` : ''}) on ${resolver.dataSource}`);
      }
      continue;
    }
    writeFileSync(path.join(resolversDir, `${name}.js`), resolver.code);
    lines.push(`${name}  PIPELINE${resolver.sourceFile ? '' : ' (pass-through)'}  ${size(resolver.code)}`);
    mkdirSync(path.join(resolversDir, name), { recursive: true });
    for (const fn of resolver.functions) {
      writeFileSync(path.join(resolversDir, name, `${fn.name}.js`), fn.code);
      lines.push(`  ${fn.name}  on ${fn.dataSource}  ${size(fn.code)}`);
    }
  }
  return lines;
}
