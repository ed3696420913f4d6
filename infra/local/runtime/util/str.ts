/**
 * util.str for APPSYNC_JS: only `normalize` is documented for the JavaScript runtime
 * (toUpper/toLower/toReplace exist for VTL only; JavaScript has String.prototype methods).
 * https://docs.aws.amazon.com/appsync/latest/devguide/str-helpers-in-util-str-js.html
 */
import { UtilInputError, requireString } from './input-error';

const FORMS = new Set(['NFC', 'NFD', 'NFKC', 'NFKD']);

export function createStrUtil() {
  return {
    /** Normalizes with one of "nfc", "nfd", "nfkc", "nfkd". */
    normalize(value: unknown, normalizationType: unknown): string {
      const text = requireString('util.str.normalize', 'value', value);
      const form = requireString('util.str.normalize', 'normalizationType', normalizationType).toUpperCase();
      if (!FORMS.has(form)) {
        throw new UtilInputError('util.str.normalize', `unknown normalization type ${JSON.stringify(normalizationType)}; use "nfc", "nfd", "nfkc" or "nfkd"`);
      }
      return text.normalize(form);
    },
  };
}
