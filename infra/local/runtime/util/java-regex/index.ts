/**
 * Translates a java.util.regex.Pattern into an equivalent JavaScript RegExp (flag `v`), for
 * util.matches. Java syntax kept: embedded flags at the start ((?i) (?s) (?m) (?x) (?u) (?d)),
 * possessive quantifiers and atomic groups (as lookahead + backreference), \p{Alpha}-style POSIX
 * and java classes, \p{IsLatin}, \p{L}, \Q...\E, \h \v \R \A \z \Z \e \a \x{...}, octal \0,
 * class union [a[b]] and intersection [a-z&&[^aeiou]], Java's ASCII-only \s, and `.` without
 * \u0085. Numbered groups become named groups so the helper groups do not shift backreferences.
 * https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
 */
import { readClass } from './char-class';
import { readCharEscape } from './char-escape';
import { type Ctx, fail, lit, readQuoted, skipComment } from './cursor';

const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;

/** Translates a sequence up to an unmatched `)` or the end. */
function translateSequence(ctx: Ctx, depth: number): string {
  const { pattern } = ctx;
  let out = '';
  let atomStart = -1;
  while (ctx.pos < pattern.length) {
    if (skipComment(ctx)) continue;
    const c = pattern[ctx.pos];
    const quantifier = QUANTIFIER.exec(pattern.slice(ctx.pos))?.[0];
    if (quantifier) {
      if (atomStart < 0) return fail(pattern, `dangling meta character '${c}'`);
      ctx.pos += quantifier.length;
      const mode = pattern[ctx.pos];
      if (mode === '+') {
        ctx.pos += 1;
        const name = `__p${(ctx.helpers += 1)}`;
        out = `${out.slice(0, atomStart)}(?=(?<${name}>${out.slice(atomStart)}${quantifier}))\\k<${name}>`;
      } else if (mode === '?') {
        ctx.pos += 1;
        out += `${quantifier}?`;
      } else {
        out += quantifier;
      }
      atomStart = -1;
      continue;
    }
    const start = out.length;
    if (c === ')') {
      if (depth === 0) return fail(pattern, "unmatched closing ')'");
      return out;
    }
    if (c === '(') {
      out += readGroup(ctx, depth);
    } else if (c === '[') {
      ctx.pos += 1;
      out += readClass(ctx);
    } else if (c === '\\') {
      ctx.pos += 1;
      out += readEscape(ctx);
    } else if (c === '.') {
      ctx.pos += 1;
      out += ctx.dotAll ? '[\\s\\S]' : '[^\\n\\r\\x85\\u2028\\u2029]';
    } else if (c === '^' || c === '$' || c === '|') {
      ctx.pos += 1;
      out += c;
      atomStart = -1;
      continue;
    } else {
      const ch = String.fromCodePoint(pattern.codePointAt(ctx.pos)!);
      ctx.pos += ch.length;
      out += /[\]{}]/.test(ch) ? `\\${ch}` : /[\p{L}\p{N} ]/u.test(ch) ? ch : lit(ch);
    }
    atomStart = start;
  }
  if (depth > 0) return fail(pattern, "unclosed group ')'");
  return out;
}

/** Reads an escape outside a class (after the backslash). */
function readEscape(ctx: Ctx): string {
  const { pattern } = ctx;
  const c = pattern[ctx.pos];
  const simple: Record<string, string> = { b: '\\b', B: '\\B', A: '^', z: '$', Z: '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?$)', R: '(?:\\r\\n|[\\n\\x0b\\f\\r\\x85\\u2028\\u2029])' };
  if (simple[c]) {
    ctx.pos += 1;
    return simple[c];
  }
  if (c === 'Q') {
    ctx.pos += 1;
    return `(?:${readQuoted(ctx)})`;
  }
  if (c === 'k') {
    const m = /^k<([A-Za-z][A-Za-z0-9]*)>/.exec(pattern.slice(ctx.pos));
    if (!m) return fail(pattern, 'named capturing group is missing trailing >');
    ctx.pos += m[0].length;
    return `\\k<${m[1]}>`;
  }
  if (/[1-9]/.test(c)) {
    let digits = c;
    ctx.pos += 1;
    while (/[0-9]/.test(pattern[ctx.pos] ?? '') && Number(digits + pattern[ctx.pos]) <= ctx.groups.length) {
      digits += pattern[ctx.pos];
      ctx.pos += 1;
    }
    const name = ctx.groups[Number(digits) - 1];
    return name ? `\\k<${name}>` : '(?!)'; // Java: a reference to a group that does not exist fails
  }
  const escaped = readCharEscape(ctx);
  if (escaped === undefined) return fail(pattern, `illegal/unsupported escape sequence \\${c}`);
  return escaped;
}

/** Reads a group starting at `(`. */
function readGroup(ctx: Ctx, depth: number): string {
  const { pattern } = ctx;
  const rest = pattern.slice(ctx.pos);
  let open: string;
  let atomic = false;
  const named = /^\(\?<([A-Za-z][A-Za-z0-9]*)>/.exec(rest);
  if (named) {
    ctx.groups.push(named[1]);
    open = `(?<${named[1]}>`;
    ctx.pos += named[0].length;
  } else if (/^\(\?(?:[:=!]|<=|<!)/.test(rest)) {
    open = /^\(\?(?:[:=!]|<=|<!)/.exec(rest)![0];
    ctx.pos += open.length;
  } else if (rest.startsWith('(?>')) {
    atomic = true;
    open = '(?:';
    ctx.pos += 3;
  } else if (rest.startsWith('(?')) {
    return fail(pattern, 'unsupported group construct (embedded flags are supported only at the start of the pattern)');
  } else {
    const name = `__g${ctx.groups.length + 1}`;
    ctx.groups.push(name);
    open = `(?<${name}>`;
    ctx.pos += 1;
  }
  const inner = translateSequence(ctx, depth + 1);
  ctx.pos += 1; // the closing ')'
  if (!atomic) return `${open}${inner})`;
  const name = `__p${(ctx.helpers += 1)}`;
  return `(?=(?<${name}>${inner}))\\k<${name}>`;
}

/** The JavaScript RegExp that matches exactly what Java's `Pattern.matches(pattern, input)` does. */
export function javaRegexToJs(pattern: string): RegExp {
  let pos = 0;
  const flags = new Set<string>();
  for (let m = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?\)/.exec(pattern); m; m = /^\(\?([idmsuxU]*)(?:-([idmsuxU]*))?\)/.exec(pattern.slice(pos))) {
    for (const f of m[1]) flags.add(f);
    for (const f of m[2] ?? '') flags.delete(f);
    pos += m[0].length;
  }
  const ctx: Ctx = { pattern, pos, comments: flags.has('x'), groups: [], helpers: 0, dotAll: flags.has('s') };
  const source = translateSequence(ctx, 0);
  const jsFlags = `v${flags.has('i') ? 'i' : ''}${flags.has('m') ? 'm' : ''}`;
  try {
    return new RegExp(`^(?:${source})$`, jsFlags);
  } catch (e) {
    return fail(pattern, `invalid regular expression (${(e as Error).message})`);
  }
}
