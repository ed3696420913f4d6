/** Java's \p{...} classes as v-mode class bodies. */
import { fail } from './cursor';

/** POSIX and java.lang.Character classes as v-mode class bodies (US-ASCII, as Java's default). */
const NAMED: Record<string, string> = {
  Lower: 'a-z', Upper: 'A-Z', ASCII: '\\x00-\\x7f', Alpha: 'a-zA-Z', Digit: '0-9', Alnum: 'a-zA-Z0-9',
  Punct: '\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e', Graph: '\\x21-\\x7e', Print: '\\x20-\\x7e',
  Blank: ' \\t', Cntrl: '\\x00-\\x1f\\x7f', XDigit: '0-9a-fA-F', Space: ' \\t\\n\\x0b\\f\\r',
  javaLowerCase: '\\p{Lowercase}', javaUpperCase: '\\p{Uppercase}', javaWhitespace: '\\t-\\r\\x1c-\\x20\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000',
  javaMirrored: '\\p{Bidi_Mirrored}', javaLetter: '\\p{L}', javaDigit: '\\p{Nd}', javaLetterOrDigit: '\\p{L}\\p{Nd}',
  javaAlphabetic: '\\p{Alphabetic}',
};

const BINARY: Record<string, string> = {
  Alphabetic: 'Alphabetic', Letter: 'L', Digit: 'Nd', Uppercase: 'Uppercase', Lowercase: 'Lowercase',
  WhiteSpace: 'White_Space', White_Space: 'White_Space', Punctuation: 'P', Control: 'Cc', Ideographic: 'Ideographic',
  Hex_Digit: 'Hex_Digit', HexDigit: 'Hex_Digit', Titlecase: 'Lt', Emoji: 'Emoji',
};

/** The v-mode class body for \p{name}. */
export function propertyBody(pattern: string, name: string): string {
  if (NAMED[name]) return NAMED[name];
  const is = /^Is(.+)$/.exec(name)?.[1];
  if (is && BINARY[is]) return `\\p{${BINARY[is]}}`;
  const gc = /^(?:Is|gc=|general_category=)?([A-Z][a-z&]?)$/.exec(name)?.[1];
  if (gc) return `\\p{${gc === 'L&' ? 'LC' : gc}}`;
  const script = /^(?:Is|sc=|script=)([A-Za-z_]+)$/.exec(name)?.[1];
  if (script) return `\\p{Script=${script}}`;
  return fail(pattern, `unsupported character property \\p{${name}}`);
}
