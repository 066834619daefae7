/**
 * A small element tree and its writer for QTI: one tree, two dialects. QTI 3.0 prefixes every QTI
 * element with `qti-` and keeps kebab-case attributes; QTI 2.1 writes both in camelCase and has no
 * content-body wrapper. HTML inside items (p, blockquote) is written as is. Text passes through xmlText.
 */
import { xmlText } from '../render/xml-text.js';

export type Node =
  | { kind: 'el'; name: string; attrs: Record<string, string | number>; children: Node[] }
  | { kind: 'html'; name: string; children: Node[] }
  | { kind: 'text'; text: string };

export const el = (name: string, attrs: Record<string, string | number> = {}, children: Node[] = []): Node => ({ kind: 'el', name, attrs, children });
export const html = (name: string, children: Node[]): Node => ({ kind: 'html', name, children });
export const text = (t: string): Node => ({ kind: 'text', text: t });

export type QtiVersion = '3.0' | '2.1';

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export const NAMESPACE: Record<QtiVersion, string> = {
  '3.0': 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
  '2.1': 'http://www.imsglobal.org/xsd/imsqti_v2p1',
};
const SCHEMA: Record<QtiVersion, string> = {
  '3.0': 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
  '2.1': 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd',
};

function write(node: Node, v: QtiVersion, out: string[]): void {
  if (node.kind === 'text') {
    out.push(xmlText(node.text));
    return;
  }
  if (node.kind === 'el' && v === '2.1' && node.name === 'content-body') {
    for (const c of node.children) write(c, v, out);
    return;
  }
  const name = node.kind === 'html' ? node.name : v === '3.0' ? `qti-${node.name}` : camel(node.name);
  const attrs = node.kind === 'el' ? Object.entries(node.attrs).map(([k, val]) => ` ${k.includes(':') || v === '3.0' ? k : camel(k)}="${xmlText(String(val))}"`).join('') : '';
  if (!node.children.length) {
    out.push(`<${name}${attrs}/>`);
    return;
  }
  out.push(`<${name}${attrs}>`);
  for (const c of node.children) write(c, v, out);
  out.push(`</${name}>`);
}

/** A root element as an XML document in `v`, with its namespace and schema location. */
export function qtiDocument(root: Node, v: QtiVersion): string {
  if (root.kind !== 'el') throw new Error('a QTI document needs an element');
  const withNs: Node = {
    ...root,
    attrs: { xmlns: NAMESPACE[v], 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': `${NAMESPACE[v]} ${SCHEMA[v]}`, ...root.attrs },
  };
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(withNs, v, out);
  return out.join('') + '\n';
}
