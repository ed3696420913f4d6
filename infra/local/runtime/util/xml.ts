/**
 * util.xml.toMap / toJsonString. The shape is org.json's XML.toJSONObject, which AWS's examples
 * show: an element's children become keys, repeated children an array, text is trimmed and typed
 * (`<id>1</id>` gives `"id": 1`; true/false/null and numbers without leading zeros), attributes are
 * keys of the element, text beside attributes or children is `content`, an empty element is "".
 * CDATA stays text. https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html
 */
import { UtilInputError, requireString } from './input-error';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** org.json's XML.stringToValue. */
export function typedValue(text: string): Json {
  if (text === '') return '';
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text) && text !== '-0') {
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  return text;
}

/** org.json's JSONObject.accumulate: a second value for a key turns it into an array. */
function accumulate(target: Obj, key: string, value: Json): void {
  if (!Object.hasOwn(target, key)) target[key] = value;
  else if (Array.isArray(target[key])) (target[key] as Json[]).push(value);
  else target[key] = [target[key], value];
}

class Reader {
  pos = 0;
  constructor(readonly xml: string) {}
  fail(message: string): never {
    throw new UtilInputError('util.xml', `${message} at character ${this.pos}`);
  }
  skipMisc(): void {
    for (;;) {
      const rest = this.xml.slice(this.pos);
      const ws = /^\s+/.exec(rest);
      if (ws) this.pos += ws[0].length;
      else if (rest.startsWith('<?')) this.skipPast('?>');
      else if (rest.startsWith('<!--')) this.skipPast('-->');
      else if (rest.startsWith('<!DOCTYPE') || rest.startsWith('<!doctype')) this.skipPast('>');
      else return;
    }
  }
  skipPast(end: string): void {
    const at = this.xml.indexOf(end, this.pos);
    if (at < 0) this.fail(`unclosed ${JSON.stringify(end)}`);
    this.pos = at + end.length;
  }
  /** Reads the element at `<` and accumulates it into `parent`. Recursion depth is bounded by the caller. */
  element(parent: Obj, depth: number): void {
    if (depth > 500) this.fail('XML nested too deeply');
    const open = /^<([A-Za-z_:][\w:.-]*)/.exec(this.xml.slice(this.pos));
    if (!open) this.fail('Misshaped element');
    const tag = open[1];
    this.pos += open[0].length;
    const node: Obj = {};
    for (;;) {
      const attr = /^\s+([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(this.xml.slice(this.pos));
      if (!attr) break;
      accumulate(node, attr[1], typedValue(decodeEntities(attr[3] ?? attr[4])));
      this.pos += attr[0].length;
    }
    const close = /^\s*(\/?)>/.exec(this.xml.slice(this.pos));
    if (!close) this.fail(`Misshaped tag <${tag}>`);
    this.pos += close[0].length;
    if (close[1] !== '/') this.content(node, tag, depth);
    const keys = Object.keys(node);
    if (keys.length === 0) accumulate(parent, tag, '');
    else if (keys.length === 1 && keys[0] === 'content') accumulate(parent, tag, node.content);
    else accumulate(parent, tag, node);
  }
  content(node: Obj, tag: string, depth: number): void {
    for (;;) {
      if (this.pos >= this.xml.length) this.fail(`Unclosed tag <${tag}>`);
      const rest = this.xml.slice(this.pos);
      if (rest.startsWith('</')) {
        const end = /^<\/([A-Za-z_:][\w:.-]*)\s*>/.exec(rest);
        if (!end || end[1] !== tag) this.fail(`Mismatched close tag for <${tag}>`);
        this.pos += end[0].length;
        return;
      }
      if (rest.startsWith('<![CDATA[')) {
        const at = this.xml.indexOf(']]>', this.pos);
        if (at < 0) this.fail('Unclosed CDATA');
        const text = this.xml.slice(this.pos + 9, at);
        if (text.length > 0) accumulate(node, 'content', text);
        this.pos = at + 3;
      } else if (rest.startsWith('<!--')) this.skipPast('-->');
      else if (rest.startsWith('<?')) this.skipPast('?>');
      else if (rest.startsWith('<')) this.element(node, depth + 1);
      else {
        const at = this.xml.indexOf('<', this.pos);
        const raw = this.xml.slice(this.pos, at < 0 ? undefined : at);
        this.pos += raw.length;
        const text = decodeEntities(raw).trim();
        if (text.length > 0) accumulate(node, 'content', typedValue(text));
      }
    }
  }
}

/** The XML document as a plain object (org.json's shape). */
export function xmlToMap(xml: unknown): Record<string, Json> {
  const reader = new Reader(requireString('util.xml.toMap', 'xml', xml));
  const root: Obj = {};
  reader.skipMisc();
  while (reader.pos < reader.xml.length) {
    if (reader.xml[reader.pos] !== '<') reader.fail('Text outside of the root element');
    reader.element(root, 0);
    reader.skipMisc();
  }
  return root;
}

export function createXmlUtil() {
  return {
    toMap: (xml: unknown): Record<string, Json> => xmlToMap(xml),
    /** JSON text of toMap; with stringEncode true, that JSON as an escaped JSON string literal. */
    toJsonString(xml: unknown, stringEncode?: unknown): string {
      const json = JSON.stringify(xmlToMap(xml));
      return stringEncode === true ? JSON.stringify(json) : json;
    },
  };
}
