/** Escapes that stand for one character or a set (\d, \p{..}, \x{..}, \0oo, \cX, \t ...). */
import { type Ctx, cp, fail, lit } from './cursor';
import { propertyBody } from './properties';

/** Reads \p / \P after the backslash; returns [negated, body]. */
function readProperty(ctx: Ctx): [boolean, string] {
  const negated = ctx.pattern[ctx.pos] === 'P';
  ctx.pos += 1;
  let name: string;
  if (ctx.pattern[ctx.pos] === '{') {
    const end = ctx.pattern.indexOf('}', ctx.pos);
    if (end < 0) fail(ctx.pattern, 'unclosed character family');
    name = ctx.pattern.slice(ctx.pos + 1, end);
    ctx.pos = end + 1;
  } else {
    name = ctx.pattern[ctx.pos] ?? '';
    ctx.pos += 1;
  }
  return [negated, propertyBody(ctx.pattern, name)];
}

const SHORTHAND: Record<string, string> = {
  d: '[0-9]', D: '[^0-9]', w: '[a-zA-Z_0-9]', W: '[^a-zA-Z_0-9]', s: '[ \\t\\n\\x0b\\f\\r]', S: '[^ \\t\\n\\x0b\\f\\r]',
  h: '[ \\t\\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]', H: '[^ \\t\\xa0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000]',
  v: '[\\n\\x0b\\f\\r\\x85\\u2028\\u2029]', V: '[^\\n\\x0b\\f\\r\\x85\\u2028\\u2029]',
};
const CONTROL: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, a: 7, e: 27 };

/**
 * Reads an escape after the backslash that stands for one character or a set; returns a v-mode
 * class operand (a char escape or a nested class) or undefined if the escape is not of that kind.
 */
export function readCharEscape(ctx: Ctx): string | undefined {
  const { pattern } = ctx;
  const c = pattern[ctx.pos];
  if (c === undefined) return fail(pattern, 'unexpected trailing backslash');
  if (SHORTHAND[c]) {
    ctx.pos += 1;
    return SHORTHAND[c];
  }
  if (c === 'p' || c === 'P') {
    const [negated, body] = readProperty(ctx);
    return `[${negated ? '^' : ''}${body}]`;
  }
  if (CONTROL[c] !== undefined) {
    ctx.pos += 1;
    return cp(CONTROL[c]);
  }
  if (c === 'x') {
    const m = /^x(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{2}))/.exec(pattern.slice(ctx.pos));
    if (!m) return fail(pattern, 'illegal hexadecimal escape sequence');
    ctx.pos += m[0].length;
    return cp(parseInt(m[1] ?? m[2], 16));
  }
  if (c === 'u') {
    const m = /^u([0-9a-fA-F]{4})/.exec(pattern.slice(ctx.pos));
    if (!m) return fail(pattern, 'illegal Unicode escape sequence');
    ctx.pos += m[0].length;
    return cp(parseInt(m[1], 16));
  }
  if (c === '0') {
    const m = /^0([0-3][0-7]{2}|[0-7]{1,2})/.exec(pattern.slice(ctx.pos));
    if (!m) return fail(pattern, 'illegal octal escape sequence');
    ctx.pos += m[0].length;
    return cp(parseInt(m[1], 8));
  }
  if (c === 'c') {
    const target = pattern[ctx.pos + 1];
    if (target === undefined) return fail(pattern, 'illegal control escape sequence');
    ctx.pos += 2;
    return cp(target.charCodeAt(0) ^ 64);
  }
  if (!/[0-9A-Za-z]/.test(c)) {
    ctx.pos += 1;
    return lit(c);
  }
  return undefined;
}

