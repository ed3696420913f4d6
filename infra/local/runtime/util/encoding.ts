/**
 * util.urlEncode/urlDecode (application/x-www-form-urlencoded, as Java's URLEncoder/URLDecoder
 * with UTF-8), util.base64Encode/base64Decode (UTF-8 text), util.escapeJavaScript.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
import { UtilInputError, requireString } from './input-error';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Java's URLEncoder: keeps `a-z A-Z 0-9 . - * _`, space becomes `+`, the rest %XX of UTF-8. */
export function urlEncode(value: unknown): string {
  const text = requireString('util.urlEncode', 'value', value).replace(LONE_SURROGATE, '?');
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+')
    .replace(/%2A/g, '*');
}

/** Java's URLDecoder: `+` is a space, %XX sequences are UTF-8 bytes; a broken escape is an error. */
export function urlDecode(value: unknown): string {
  const text = requireString('util.urlDecode', 'value', value);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '+') {
      out += ' ';
      i += 1;
    } else if (c === '%') {
      const bytes: number[] = [];
      while (i < text.length && text[i] === '%') {
        if (i + 3 > text.length) {
          throw new UtilInputError('util.urlDecode', 'Incomplete trailing escape (%) pattern');
        }
        const hex = text.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
          throw new UtilInputError('util.urlDecode', 'Illegal hex characters in escape (%) pattern');
        }
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      out += Buffer.from(bytes).toString('utf8');
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The UTF-8 bytes of the string, base64-encoded (with padding). */
export function base64Encode(value: unknown): string {
  return Buffer.from(requireString('util.base64Encode', 'value', value), 'utf8').toString('base64');
}

/** Decodes base64 (padding optional, as Java's Base64 decoder) into UTF-8 text; bad input is an error. */
export function base64Decode(value: unknown): string {
  const text = requireString('util.base64Decode', 'value', value);
  const body = text.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(body) || body.length % 4 === 1 || (text !== body && text.length % 4 !== 0)) {
    throw new UtilInputError('util.base64Decode', `Illegal base64 string: ${JSON.stringify(text)}`);
  }
  return Buffer.from(body, 'base64').toString('utf8');
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\b': '\\b', '\n': '\\n', '\t': '\\t', '\f': '\\f', '\r': '\\r',
  "'": "\\'", '"': '\\"', '\\': '\\\\', '/': '\\/',
};

/**
 * JavaScript string escaping as Apache Commons Lang's StringEscapeUtils.escapeJavaScript (the
 * implementation behind AppSync's VTL `$util.escapeJavaScript`): quotes, backslash, forward slash,
 * control characters and every character above U+007F as `\uXXXX` (upper-case hex).
 */
export function escapeJavaScript(value: unknown): string {
  const text = requireString('util.escapeJavaScript', 'value', value);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) out += simple;
    else if (code < 0x20 || code > 0x7f) out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}
