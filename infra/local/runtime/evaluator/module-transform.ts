/**
 * Turns an ES module into a factory `(function (require) { ...; return exports })` whose code keeps
 * every line and column of the original: imports become destructurings on the wrapper's first line
 * and are blanked out in place, `export` keywords are blanked. Locations in stack traces and logs
 * therefore point into the file the author wrote (after `lineOffset: -1`, see load-resolver.ts).
 */
import type { Node, Program } from 'acorn';
import { CodeLoadError } from './load-error';

export const REQUIRE_NAME = '__appsync_require__';

export interface FactorySource {
  source: string;
  exportNames: string[];
}

interface Specifier {
  type: string;
  local: { name: string };
  imported?: { type: string; name?: string; value?: string };
  exported?: { type: string; name?: string; value?: string };
}

const nameOf = (id: { name?: string; value?: string } | undefined) => String(id?.name ?? id?.value);

/** Replaces code[start, end) with spaces, keeping newlines. */
function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

export function toFactorySource(code: string, program: Program): FactorySource {
  const chars = code.split('');
  const prelude: string[] = [];
  const exportsMap: string[] = [];
  let counter = 0;
  const unsupported = (node: Node, message: string) =>
    new CodeLoadError([{
      errorType: 'LINT_ERROR', rule: 'module-syntax', message,
      line: node.loc?.start.line ?? 0, column: (node.loc?.start.column ?? -1) + 1, span: node.end - node.start,
    }]);

  for (const node of program.body as Array<Node & Record<string, never>>) {
    if (node.type === 'ImportDeclaration') {
      const from = JSON.stringify((node.source as { value: string }).value);
      for (const s of node.specifiers as Specifier[]) {
        if (s.type === 'ImportNamespaceSpecifier') prelude.push(`const ${s.local.name} = ${REQUIRE_NAME}(${from});`);
        else if (s.type === 'ImportDefaultSpecifier') prelude.push(`const ${s.local.name} = ${REQUIRE_NAME}(${from}).default;`);
        else prelude.push(`const ${s.local.name} = ${REQUIRE_NAME}(${from})[${JSON.stringify(nameOf(s.imported))}];`);
      }
      if ((node.specifiers as Specifier[]).length === 0) prelude.push(`${REQUIRE_NAME}(${from});`);
      blank(chars, node.start, node.end);
    } else if (node.type === 'ExportNamedDeclaration') {
      const declaration = node.declaration as (Node & { id?: { name: string }; declarations?: Array<{ id: Node & { name?: string } }> }) | null;
      if (declaration) {
        blank(chars, node.start, declaration.start);
        if (declaration.id) exportsMap.push(`${JSON.stringify(declaration.id.name)}: ${declaration.id.name}`);
        for (const d of declaration.declarations ?? []) {
          if (d.id.type !== 'Identifier') throw unsupported(node, 'Destructuring exports are not supported.');
          exportsMap.push(`${JSON.stringify(d.id.name)}: ${d.id.name}`);
        }
      } else {
        let base = '';
        if (node.source) {
          base = `__appsync_reexport_${(counter += 1)}__`;
          prelude.push(`const ${base} = ${REQUIRE_NAME}(${JSON.stringify((node.source as { value: string }).value)});`);
        }
        for (const s of node.specifiers as Specifier[]) {
          const local = base ? `${base}[${JSON.stringify(nameOf(s.local))}]` : nameOf(s.local);
          exportsMap.push(`${JSON.stringify(nameOf(s.exported))}: ${local}`);
        }
        blank(chars, node.start, node.end);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      const declaration = node.declaration as Node & { id?: { name: string } | null };
      if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) {
        blank(chars, node.start, declaration.start);
        exportsMap.push(`"default": ${declaration.id.name}`);
      } else {
        // `export default <expr>` becomes `$__d= <expr>`: shorter than the keywords it replaces.
        const head = '$__d=';
        prelude.push('let $__d;');
        blank(chars, node.start, declaration.start);
        chars.splice(node.start, head.length, ...head.split(''));
        exportsMap.push('"default": $__d');
      }
    } else if (node.type === 'ExportAllDeclaration') {
      throw unsupported(node, 'export * is not supported; bundle the module first.');
    }
  }
  const source =
    `(function (${REQUIRE_NAME}) {"use strict"; ${prelude.join(' ')}\n` +
    `${chars.join('')}\n;return { ${exportsMap.join(', ')} };})`;
  const exportNames = exportsMap.map((entry) => JSON.parse(entry.slice(0, entry.indexOf(':'))) as string);
  return { source, exportNames };
}
