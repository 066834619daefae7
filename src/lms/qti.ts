/**
 * A QTI content package of the quiz (QTI 3.0, or 2.1 for LMSs that import only 2.1): each question
 * an item (qti-items.ts), a test that lists them in order, and in 3.0 the article's body as a shared
 * stimulus every item refers to, so the context travels with the questions. Works in Node and a browser.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { plainText } from '../data/plain-text.js';
import { resolveLocale } from '../data/format.js';
import { loadMessages, translator } from '../shared/messages.js';
import { xmlText } from '../render/xml-text.js';
import type { Article } from '../data/types.js';
import { qtiId, questionItem } from './qti-items.js';
import { el, html, qtiDocument, text, type QtiVersion } from './qti-xml.js';

export type { QtiVersion } from './qti-xml.js';

const STIMULUS = 'stimulus.xml';
const TEST = 'assessment.xml';
const itemPath = (id: string) => `items/${id}.xml`;

const RESOURCE_TYPE: Record<QtiVersion, { item: string; test: string; stimulus: string; ns: string; schemaversion: string }> = {
  '3.0': { item: 'imsqti_item_xmlv3p0', test: 'imsqti_test_xmlv3p0', stimulus: 'imsqti_stimulus_xmlv3p0', ns: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1', schemaversion: '3.0.0' },
  '2.1': { item: 'imsqti_item_xmlv2p1', test: 'imsqti_test_xmlv2p1', stimulus: '', ns: 'http://www.imsglobal.org/xsd/imscp_v1p1', schemaversion: '2.1' },
};

/** Every file of the package by its path; the article must have a quiz. */
export async function qtiPackageFiles(article: Article, version: QtiVersion): Promise<Record<string, string>> {
  const quiz = article.quiz;
  if (!quiz) throw new Error('the article has no quiz');
  const locale = resolveLocale(article.lang);
  await loadMessages(locale);
  const t = translator(locale);
  const title = plainText(quiz.title ?? article.title);
  const files: Record<string, string> = {};
  // An article without a body has no stimulus to share.
  const stimulus = version === '3.0' && article.body ? { identifier: 'stimulus', href: `../${STIMULUS}`, title: plainText(article.title) } : undefined;
  if (stimulus) {
    const paragraphs = (article.body ?? '').split(/\n\s*\n/).map((p) => plainText(p).trim()).filter(Boolean);
    files[STIMULUS] = qtiDocument(
      el('assessment-stimulus', { identifier: stimulus.identifier, title: stimulus.title, 'xml:lang': article.lang ?? 'en' }, [
        el('stimulus-body', {}, [html('h2', [text(plainText(article.title))]), ...paragraphs.map((p) => html('p', [text(p)]))]),
      ]),
      version,
    );
  }
  for (const q of quiz.questions) files[itemPath(q.id)] = qtiDocument(questionItem(article, q, { trueFalse: { true: t('true'), false: t('false') }, ...(stimulus ? { stimulus } : {}) }), version);
  files[TEST] = qtiDocument(
    el('assessment-test', { identifier: qtiId('test', article.id), title }, [
      el('test-part', { identifier: 'part', 'navigation-mode': 'linear', 'submission-mode': 'individual' }, [
        el('assessment-section', { identifier: 'section', title, visible: 'true' }, quiz.questions.map((q) => el('assessment-item-ref', { identifier: qtiId('q', q.id), href: itemPath(q.id) }))),
      ]),
    ]),
    version,
  );
  files['imsmanifest.xml'] = manifest(article, version);
  return files;
}

function manifest(article: Article, version: QtiVersion): string {
  const type = RESOURCE_TYPE[version];
  const quiz = article.quiz!;
  const stimulusDep = version === '3.0' && article.body ? '\n      <dependency identifierref="stimulus"/>' : '';
  const items = quiz.questions
    .map((q) => `    <resource identifier="${xmlText(qtiId('item', q.id))}" type="${type.item}" href="${itemPath(q.id)}">\n      <file href="${itemPath(q.id)}"/>${stimulusDep}\n    </resource>`)
    .join('\n');
  const stimulus = version === '3.0' && article.body ? `\n    <resource identifier="stimulus" type="${type.stimulus}" href="${STIMULUS}">\n      <file href="${STIMULUS}"/>\n    </resource>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${type.ns}" identifier="${xmlText(qtiId('recap', article.id))}">
  <metadata>
    <schema>QTI Package</schema>
    <schemaversion>${type.schemaversion}</schemaversion>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="test" type="${type.test}" href="${TEST}">
      <file href="${TEST}"/>
${quiz.questions.map((q) => `      <dependency identifierref="${xmlText(qtiId('item', q.id))}"/>`).join('\n')}
    </resource>
${items}${stimulus}
  </resources>
</manifest>
`;
}

/** The package as zip bytes. */
export async function qtiZip(article: Article, version: QtiVersion): Promise<Uint8Array> {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(await qtiPackageFiles(article, version))) zippable[name] = [strToU8(content), { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }];
  return zipSync(zippable);
}
