/** util.xml: the org.json XML.toJSONObject shape AWS's examples show. */
import { describe, expect, it } from 'vitest';
import { createXmlUtil, typedValue } from '../../../../../infra/local/runtime/util/xml';

const xml = createXmlUtil();

describe('util.xml.toMap', () => {
  it('keeps attributes as keys and text beside them as content', () => {
    expect(xml.toMap('<a id="7" name="x">hello</a>')).toEqual({ a: { id: 7, name: 'x', content: 'hello' } });
  });
  it('gives "" for an empty or self-closed element', () => {
    expect(xml.toMap('<r><a/><b></b></r>')).toEqual({ r: { a: '', b: '' } });
  });
  it('decodes entities, keeps CDATA as text and skips comments and instructions', () => {
    expect(xml.toMap('<?xml version="1.0"?><!-- c --><r><a>&lt;b&gt; &amp; &#65;&#x42;</a><c><![CDATA[<raw> 01]]></c></r>')).toEqual({
      r: { a: '<b> & AB', c: '<raw> 01' },
    });
  });
  it('types text as org.json does', () => {
    expect(['1', '-2.5', '1e3', 'true', 'FALSE', 'null', '007', '-0', 'abc', ''].map(typedValue)).toEqual([1, -2.5, 1000, true, false, null, '007', '-0', 'abc', '']);
  });
  it('collects text split by children into a content array', () => {
    expect(xml.toMap('<p>one<b>x</b>two</p>')).toEqual({ p: { content: ['one', 'two'], b: 'x' } });
  });
  it('refuses malformed XML with a position', () => {
    expect(() => xml.toMap('<a><b></a>')).toThrow(/Mismatched close tag for <b>/);
    expect(() => xml.toMap('<a>')).toThrow(/Unclosed tag <a>/);
    expect(() => xml.toMap('text')).toThrow(/Text outside of the root element/);
    expect(() => xml.toMap(42)).toThrow(/must be a string/);
  });
  it('gives an empty map for an empty document', () => {
    expect(xml.toMap('')).toEqual({});
  });
});
