/** Java character classes, with union [a[b]] and intersection [a&&[b]], as v-mode classes. */
import { type Ctx, fail, lit, readQuoted, skipComment } from './cursor';
import { readCharEscape } from './char-escape';

/** Reads a class after its `[`; returns a v-mode class. */
export function readClass(ctx: Ctx): string {
  const { pattern } = ctx;
  let negated = false;
  if (pattern[ctx.pos] === '^') {
    negated = true;
    ctx.pos += 1;
  }
  const operands: string[][] = [[]];
  let first = true;
  for (;;) {
    if (ctx.pos >= pattern.length) return fail(pattern, 'unclosed character class');
    if (skipComment(ctx)) continue;
    const c = pattern[ctx.pos];
    if (c === ']' && !first) {
      ctx.pos += 1;
      break;
    }
    first = false;
    const current = operands[operands.length - 1];
    if (c === '[') {
      ctx.pos += 1;
      current.push(readClass(ctx));
      continue;
    }
    if (c === '&' && pattern[ctx.pos + 1] === '&') {
      ctx.pos += 2;
      operands.push([]);
      continue;
    }
    let item: string;
    let single: string | undefined;
    if (c === '\\') {
      ctx.pos += 1;
      if (pattern[ctx.pos] === 'Q') {
        ctx.pos += 1;
        current.push(readQuoted(ctx));
        continue;
      }
      const escaped = readCharEscape(ctx);
      if (escaped === undefined) return fail(pattern, `illegal/unsupported escape sequence \\${pattern[ctx.pos]} in a class`);
      item = escaped;
      if (!escaped.startsWith('[')) single = escaped;
    } else {
      const ch = String.fromCodePoint(pattern.codePointAt(ctx.pos)!);
      ctx.pos += ch.length;
      item = single = lit(ch);
    }
    if (single && pattern[ctx.pos] === '-' && pattern[ctx.pos + 1] !== ']' && pattern[ctx.pos + 1] !== undefined && pattern[ctx.pos + 1] !== '[') {
      ctx.pos += 1;
      let to: string | undefined;
      if (pattern[ctx.pos] === '\\') {
        ctx.pos += 1;
        to = readCharEscape(ctx);
      } else {
        const ch = String.fromCodePoint(pattern.codePointAt(ctx.pos)!);
        ctx.pos += ch.length;
        to = lit(ch);
      }
      if (to === undefined || to.startsWith('[')) return fail(pattern, 'illegal character range');
      item = `${single}-${to}`;
    }
    current.push(item);
  }
  const sets = operands.filter((o) => o.length > 0).map((o) => `[${o.join('')}]`);
  if (sets.length === 0) return fail(pattern, 'empty character class');
  return `[${negated ? '^' : ''}${sets.join('&&')}]`;
}

