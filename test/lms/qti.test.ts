/**
 * QTI packages checked by a QTI player we did not write: @citolab/qti-components renders every item
 * of the seed quiz's QTI 3.0 package (fetched from the zip recap-widgets/lms made, see
 * test/lms-routes.mjs) and scores it, right and wrong, with its own response processing. QTI 2.1
 * (which that player does not read) is checked for well-formed XML and the same structure.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '@citolab/qti-components';
import { qtiTransformItem } from '@citolab/qti-components/qti-transformers';
import { unzipSync, strFromU8 } from 'fflate';
import type { Article, Question } from '../../src/data/types.js';

interface QtiItem extends HTMLElement {
  updateResponseVariable(id: string, value: string | string[] | undefined): void;
  processResponse(): boolean;
  getOutcome(id: string): { value: string | string[] | null };
}

const demo = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as Article;
const questions = demo.quiz!.questions;
const pts = (q: Question) => q.points ?? 1;
const c = (id: string) => `c-${id}`;

/** Right and wrong responses in QTI's own terms, with the score each should get. */
function responses(q: Question): { right: Record<string, string | string[]>; wrong: Record<string, string | string[]>; wrongScore: number } {
  switch (q.type) {
    case 'single':
      return { right: { RESPONSE: c(q.answer) }, wrong: { RESPONSE: c(q.choices.find((x) => x.id !== q.answer)!.id) }, wrongScore: 0 };
    case 'multiple':
      return { right: { RESPONSE: q.answers.map(c) }, wrong: { RESPONSE: q.answers.slice(1).map(c) }, wrongScore: 0 };
    case 'true-false':
      return { right: { RESPONSE: c(String(q.answer)) }, wrong: { RESPONSE: c(String(!q.answer)) }, wrongScore: 0 };
    case 'numeric':
      return { right: { RESPONSE: String(q.answer) }, wrong: { RESPONSE: String(q.answer + (q.tolerance ?? 0) + 1) }, wrongScore: 0 };
    case 'order':
      return { right: { RESPONSE: q.items.map((i) => c(i.id)) }, wrong: { RESPONSE: q.items.map((i) => c(i.id)).reverse() }, wrongScore: 0 };
    case 'cloze': {
      const value = (i: number, right: boolean) => {
        const b = q.blanks[i]!;
        if (b.choices) return c(String(right ? b.choices.indexOf(b.answers[0]!) : b.choices.findIndex((x) => !b.answers.includes(x))));
        return right ? b.answers[0]!.toUpperCase() : 'not this';
      };
      const all = (wrongFirst: boolean) => Object.fromEntries(q.blanks.map((_, i) => [`RESPONSE_${i + 1}`, value(i, !(wrongFirst && i === 0))]));
      return { right: all(false), wrong: all(true), wrongScore: (pts(q) * (q.blanks.length - 1)) / q.blanks.length };
    }
    case 'matching': {
      const pairs = (wrongFirst: boolean) =>
        q.items.map((i, n) => `i-${i.id} t-${wrongFirst && n === 0 ? q.targets.find((t) => !q.items.some((x) => x.match === t.id))!.id : i.match}`);
      return { right: { RESPONSE: pairs(false) }, wrong: { RESPONSE: pairs(true) }, wrongScore: (pts(q) * (q.items.length - 1)) / q.items.length };
    }
  }
}

async function files(version: 'qti3' | 'qti21') {
  return unzipSync(new Uint8Array(await (await fetch(`/__lms/demo-${version}.zip`)).arrayBuffer()));
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

describe('QTI packages', function () {
  this.timeout(60_000);
  const holders: HTMLElement[] = [];
  afterEach(() => holders.splice(0).forEach((h) => h.remove()));

  for (const version of ['qti3', 'qti21'] as const) {
    it(`${version}: every file is well-formed XML, and the manifest names every item, in quiz order`, async () => {
      const zip = await files(version);
      for (const [name, bytes] of Object.entries(zip)) expect(parse(strFromU8(bytes)).querySelector('parsererror'), `${name} is well-formed`).to.equal(null);
      const manifest = parse(strFromU8(zip['imsmanifest.xml']!));
      const items = [...manifest.getElementsByTagName('resource')].filter((r) => r.getAttribute('type')!.startsWith('imsqti_item'));
      expect(items.map((r) => r.getAttribute('href'))).to.deep.equal(questions.map((q) => `items/${q.id}.xml`));
      for (const r of manifest.getElementsByTagName('file')) expect(zip[r.getAttribute('href')!], r.getAttribute('href')!).to.exist;
      const root = parse(strFromU8(zip['items/venue.xml']!)).documentElement;
      expect(root.localName).to.equal(version === 'qti3' ? 'qti-assessment-item' : 'assessmentItem');
      expect(root.namespaceURI).to.equal(version === 'qti3' ? 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0' : 'http://www.imsglobal.org/xsd/imsqti_v2p1');
    });
  }

  it('qti3: the QTI player renders every item with its interaction and scores it right and wrong', async () => {
    const zip = await files('qti3');
    const interaction = { single: 'choice', multiple: 'choice', 'true-false': 'choice', numeric: 'text-entry', order: 'order', cloze: 'text-entry', matching: 'match' } as const;
    for (const q of questions) {
      const holder = document.createElement('div');
      holders.push(holder);
      document.body.append(holder);
      holder.append(qtiTransformItem().parse(strFromU8(zip[`items/${q.id}.xml`]!)).htmlDoc());
      const item = holder.querySelector('qti-assessment-item') as QtiItem;
      await waitUntil(() => holder.querySelector(`qti-${interaction[q.type]}-interaction`)?.shadowRoot, `${q.id}: its ${interaction[q.type]} interaction renders`);
      expect(Number(item.getOutcome('MAXSCORE').value), `${q.id} max score`).to.equal(pts(q));
      const { right, wrong, wrongScore } = responses(q);
      for (const [set, expected] of [[right, pts(q)], [wrong, wrongScore]] as const) {
        for (const [id, v] of Object.entries(set)) item.updateResponseVariable(id, v);
        // The player logs (console.debug) each variable it reads while scoring: its debugging, not a problem.
        const debug = console.debug;
        console.debug = () => {};
        try {
          item.processResponse();
        } finally {
          console.debug = debug;
        }
        expect(Number(item.getOutcome('SCORE').value), `${q.id} scores ${JSON.stringify(set)}`).to.be.closeTo(expected, 0.001);
      }
      expect(item.getOutcome('FEEDBACK').value, `${q.id} shows its explanation`).to.equal('ANSWERED');
    }
  });
});
