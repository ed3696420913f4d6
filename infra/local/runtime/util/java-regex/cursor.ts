/** The translator's cursor over a Java pattern, and the small helpers every part shares. */
import { UtilInputError } from '../input-error';

export const fail = (pattern: string, message: string): never => {
  throw new UtilInputError('util.matches', `${message} in pattern ${JSON.stringify(pattern)}`);
};

/** A code point as a v-mode escape, safe inside and outside classes. */
export const cp = (code: number) => `\\u{${code.toString(16)}}`;
export const lit = (ch: string) => cp(ch.codePointAt(0)!);

export interface Ctx {
  pattern: string;
  pos: number;
  comments: boolean;
  groups: string[]; // JS group name for each Java group number - 1
  helpers: number;
  dotAll: boolean;
}

export function readQuoted(ctx: Ctx): string {
  const end = ctx.pattern.indexOf('\\E', ctx.pos);
  const text = ctx.pattern.slice(ctx.pos, end < 0 ? undefined : end);
  ctx.pos = end < 0 ? ctx.pattern.length : end + 2;
  return [...text].map(lit).join('');
}

export function skipComment(ctx: Ctx): boolean {
  if (!ctx.comments) return false;
  const c = ctx.pattern[ctx.pos];
  if (/\s/.test(c)) {
    ctx.pos += 1;
    return true;
  }
  if (c === '#') {
    while (ctx.pos < ctx.pattern.length && ctx.pattern[ctx.pos] !== '\n') ctx.pos += 1;
    return true;
  }
  return false;
}
