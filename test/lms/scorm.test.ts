/**
 * SCORM packages in a real SCORM runtime: scorm-again hosts the LMS API in this page, which opens
 * the package's launch page (unzipped from the zip `recap-widgets/lms` made, see test/lms-routes.mjs)
 * in a frame. The student answers through the real UI; the test reads the CMI data model the LMS
 * would store, for SCORM 1.2 and 2004, relaunches from it, and plays faulty LMSs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type Scorm12Type from 'scorm-again/scorm12';
import type Scorm2004Type from 'scorm-again/scorm2004';
import { unzipSync, strFromU8 } from 'fflate';
import type { Article, Question } from '../../src/data/types.js';
import { answerQuestions, wrongTarget, closeFrame, currentQuestionId, openFrame, quizOf, statusText, type Frame } from './frame.js';
import { resetMouse } from '../elements/helpers.js';

type Version = '12' | '2004';
type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The ES modules export the classes by name; their type files declare them as the default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12Type };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof Scorm2004Type };

const demo = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as Article;
const questions = demo.quiz!.questions;
const pts = (q: Question) => q.points ?? 1;

/** The LMS: a scorm-again API of `version` on this window, loaded with what the LMS kept from before. */
function lms(version: Version, saved?: Cmi) {
  // What the tests use of either runtime (its type files lag behind its classes).
  const api = (version === '12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 })) as unknown as {
    loadFromJSON(json: Cmi, element: string): void;
    isTerminated(): boolean;
    cmi: unknown;
  };
  if (saved) api.loadFromJSON(saved, '');
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
  w[version === '12' ? 'API' : 'API_1484_11'] = api;
  return { api, cmi: (): Cmi => JSON.parse(JSON.stringify(api.cmi)) };
}

/** What a student's answer looks like in each version's format, written out here from the specifications. */
function expectedResponse(version: Version, q: Question, right: boolean): string {
  const list = (xs: readonly string[]) => xs.join(version === '12' ? ',' : '[,]');
  switch (q.type) {
    case 'single':
      return right ? q.answer : q.choices.find((c) => c.id !== q.answer)!.id;
    case 'multiple':
      return right ? list(q.answers) : q.choices.find((c) => !q.answers.includes(c.id))!.id;
    case 'true-false': {
      const v = right ? q.answer : !q.answer;
      return version === '12' ? (v ? 't' : 'f') : String(v);
    }
    case 'numeric':
      return String(right ? q.answer : q.answer + (q.tolerance ?? 0) + 1000);
    case 'order':
      return right ? list(q.items.map((i) => i.id)) : '';
    case 'cloze':
      return list(q.blanks.map((b, i) => (right || i > 0 ? b.answers[0]! : (b.choices?.find((c) => !b.answers.includes(c)) ?? 'not this'))));
    case 'matching':
      return list(q.items.map((item, i) => `${item.id}${version === '12' ? '.' : '[.]'}${right || i > 0 ? item.match : wrongTarget(q)}`));
  }
}

/** Wrong answers to cloze and matching questions get one blank or pair wrong: partial credit. */
const credit = (q: Question, right: boolean) => (right ? 1 : q.type === 'cloze' ? (q.blanks.length - 1) / q.blanks.length : q.type === 'matching' ? (q.items.length - 1) / q.items.length : 0);

const interactions = (cmi: Cmi) => Object.values(cmi.interactions ?? {}) as Cmi[];

describe('SCORM packages in scorm-again', function () {
  this.timeout(120_000);
  let frame: Frame | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    if (frame) await closeFrame(frame).catch(() => {});
    frame = undefined;
    await resetMouse();
  });

  it('has one SCO in its manifest, with the pass mark, and every file the manifest names is in the zip', async () => {
    for (const v of ['12', '2004'] as const) {
      const files = unzipSync(new Uint8Array(await (await fetch(`/__lms/demo-${v}.zip`)).arrayBuffer()));
      const manifest = new DOMParser().parseFromString(strFromU8(files['imsmanifest.xml']!), 'application/xml');
      expect(manifest.querySelector('parsererror'), `manifest ${v} is well-formed XML`).to.equal(null);
      const resources = manifest.getElementsByTagName('resource');
      expect(resources.length).to.equal(1);
      expect(resources[0]!.getAttribute('href')).to.equal('index.html');
      const named = [...manifest.getElementsByTagName('file')].map((f) => f.getAttribute('href')!);
      expect(named.filter((f) => !(f in files)), 'files named but missing').to.deep.equal([]);
      expect(Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !named.includes(f)), 'files not named').to.deep.equal([]);
      if (v === '12') expect(manifest.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).to.equal('60');
      else expect(manifest.getElementsByTagName('imsss:minNormalizedMeasure')[0]?.textContent).to.equal('0.6');
      // Nothing from the network: every script and stylesheet of the launch page is a file of the package.
      const page = new DOMParser().parseFromString(strFromU8(files['index.html']!), 'text/html');
      for (const el of page.querySelectorAll('script[src], link[href]')) expect(el.getAttribute('src') ?? el.getAttribute('href')).to.be.oneOf(Object.keys(files));
    }
  });

  for (const version of ['12', '2004'] as const) {
    it(`SCORM ${version}: every answer is an interaction, and the grade, completion and success reach the LMS`, async () => {
      const { api, cmi } = lms(version);
      frame = await openFrame(`/__lms/demo-${version}/index.html`);
      // Every second question right, and every type both ways across the two versions.
      const right = (q: Question) => questions.indexOf(q) % 2 === (version === '12' ? 0 : 1);
      const order = await answerQuestions(frame, questions, questions.length, right);
      const data = cmi();
      const got = interactions(data);
      expect(got.map((i) => i.id)).to.deep.equal(order);
      for (const [n, id] of order.entries()) {
        const q = questions.find((x) => x.id === id)!;
        const i = got[n]!;
        const r = right(q);
        const type = { single: 'choice', multiple: 'choice', 'true-false': 'true-false', numeric: 'numeric', order: 'sequencing', cloze: 'fill-in', matching: 'matching' }[q.type];
        expect(i.type, `${id} type`).to.equal(type);
        expect(i.weighting, `${id} weighting`).to.equal(String(pts(q)));
        const response = version === '12' ? i.student_response : i.learner_response;
        if (q.type !== 'order' || r) expect(response, `${id} response`).to.equal(expectedResponse(version, q, r));
        const partly = credit(q, r);
        expect(i.result, `${id} result`).to.equal(r ? 'correct' : version === '12' ? 'wrong' : partly ? String(Math.round(partly * 1e6) / 1e6) : 'incorrect');
        expect(i.correct_responses['0'].pattern, `${id} correct response`).to.be.a('string').and.not.equal('');
        expect(i.latency, `${id} latency`).to.match(version === '12' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT(\d+H)?(\d+M)?[\d.]+S$/);
        if (version === '2004') expect(i.timestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
        else expect(i.time).to.match(/^\d{2}:\d{2}:\d{2}$/);
      }
      const max = questions.reduce((s, q) => s + pts(q), 0);
      const points = questions.reduce((s, q) => s + Math.round(pts(q) * credit(q, right(q)) * 100) / 100, 0);
      const passed = (points / max) * 100 >= demo.quiz!.passPercent!;
      if (version === '12') {
        expect(data.core.score.raw).to.equal(String(Math.round((points / max) * 10000) / 100));
        expect([data.core.score.min, data.core.score.max]).to.deep.equal(['0', '100']);
        expect(data.core.lesson_status).to.equal(passed ? 'passed' : 'failed');
      } else {
        expect(Number(data.score.raw)).to.equal(points);
        expect(Number(data.score.max)).to.equal(max);
        expect(Number(data.score.scaled)).to.be.closeTo(points / max, 0.0001);
        expect(data.completion_status).to.equal('completed');
        expect(data.success_status).to.equal(passed ? 'passed' : 'failed');
      }
      await closeFrame(frame);
      frame = undefined;
      const after = cmi();
      // Finished: a normal exit, with the session's time.
      if (version === '12') {
        expect(after.core.exit).to.equal('');
        expect(after.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}/);
      } else {
        expect(after.exit).to.equal('normal');
        expect(after.session_time).to.match(/^PT/);
      }
      expect(api.isTerminated()).to.equal(true);
    });

    it(`SCORM ${version}: a student who leaves mid-quiz resumes on another computer where they left off`, async () => {
      const first = lms(version);
      frame = await openFrame(`/__lms/demo-${version}/index.html`);
      const done = await answerQuestions(frame, questions, 3, () => true);
      await closeFrame(frame);
      frame = undefined;
      const kept = first.cmi();
      expect(version === '12' ? kept.core.exit : kept.exit).to.equal('suspend');
      expect(version === '12' ? kept.core.lesson_status : kept.completion_status).to.equal('incomplete');
      expect(kept.suspend_data.length).to.be.within(1, 4096);
      // Another computer: nothing in this browser; the LMS gives back what it kept.
      localStorage.clear();
      const saved = version === '12'
        ? { suspend_data: kept.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' } }
        : { suspend_data: kept.suspend_data, entry: 'resume', completion_status: 'incomplete' };
      const second = lms(version, saved);
      frame = await openFrame(`/__lms/demo-${version}/index.html`);
      await waitUntil(() => currentQuestionId(frame!) === questions[3]!.id, `resumed at the fourth question (shows ${currentQuestionId(frame!)})`, { timeout: 4000 });
      const rest = await answerQuestions(frame, questions, questions.length - 3, () => true);
      expect([...done, ...rest].sort()).to.deep.equal(questions.map((q) => q.id).sort());
      const data = second.cmi();
      // The three answers from the first computer count in the grade: all right.
      if (version === '12') expect([data.core.score.raw, data.core.lesson_status]).to.deep.equal(['100', 'passed']);
      else expect([data.score.scaled, data.success_status]).to.deep.equal(['1', 'passed']);
    });
  }

  it('a quiz without a pass mark, in German, shuffled: completed, no success status, answers in the reader\'s order', async () => {
    const { cmi } = lms('2004');
    frame = await openFrame('/__lms/de-2004/index.html');
    expect(frame.doc.documentElement.lang).to.equal('de');
    const order = await answerQuestions(frame, questions, questions.length, () => true);
    const data = cmi();
    expect(interactions(data).map((i) => i.id)).to.deep.equal(order);
    expect([data.completion_status, data.success_status, data.score.scaled]).to.deep.equal(['completed', 'unknown', '1']);
  });

  it('without an LMS the quiz works and keeps its progress in the browser', async () => {
    const w = window as unknown as Record<string, unknown>;
    delete w.API;
    delete w.API_1484_11;
    frame = await openFrame('/__lms/demo-12/index.html');
    await answerQuestions(frame, questions, 2, () => true);
    expect(statusText(frame)).to.equal('');
    await closeFrame(frame);
    frame = await openFrame('/__lms/demo-12/index.html');
    await waitUntil(() => currentQuestionId(frame!) === questions[2]!.id, 'resumed from the browser');
  });

  for (const fault of ['answers "false" with an error code', 'throws'] as const) {
    it(`an LMS that ${fault} loses no answer, and the student is told plainly until it saves again`, async () => {
      const { api, cmi } = lms('12');
      let broken = true;
      const a = api as unknown as Record<string, (...args: string[]) => string>;
      const guard = (fn: string) => (...args: string[]) => {
        if (broken && fn !== 'LMSInitialize' && fn !== 'LMSGetValue') {
          if (fault === 'throws') throw new Error('LMS server unreachable');
          return fn === 'LMSGetLastError' ? '101' : fn === 'LMSGetErrorString' ? 'General exception' : 'false';
        }
        return a[fn]!(...args);
      };
      // Only the error calls stay honest while broken: a Set that fails says why.
      (window as unknown as Record<string, unknown>).API = Object.fromEntries(
        ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map((fn) => [fn, guard(fn)]),
      );
      frame = await openFrame('/__lms/demo-12/index.html');
      await answerQuestions(frame, questions, 2, () => true);
      expect(statusText(frame)).to.contain('could not be saved to your course');
      expect(statusText(frame)).to.contain(fault === 'throws' ? 'LMS server unreachable' : 'General exception, error 101');
      expect(interactions(cmi())).to.have.length(0);
      // The quiz went on regardless.
      expect(currentQuestionId(frame)).to.equal(questions[2]!.id);
      broken = false;
      await answerQuestions(frame, questions, 1, () => true);
      expect(interactions(cmi()).map((i) => i.id)).to.deep.equal(questions.slice(0, 3).map((q) => q.id));
      expect(cmi().suspend_data).to.not.equal('');
      expect(statusText(frame)).to.equal('Your answers are now saved to your course.');
      expect(quizOf(frame)).to.exist;
    });
  }

  it('tells a German student in German that the grade is not saved, and then that it is', async () => {
    const { api, cmi } = lms('2004');
    let broken = true;
    const a = api as unknown as Record<string, (...args: string[]) => string>;
    (window as unknown as Record<string, unknown>).API_1484_11 = Object.fromEntries(
      ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].map((fn) => [
        fn,
        (...args: string[]) => {
          if (broken && fn === 'Commit') throw new Error('Server nicht erreichbar');
          return a[fn]!(...args);
        },
      ]),
    );
    frame = await openFrame('/__lms/de-2004/index.html');
    await answerQuestions(frame, questions, 1, () => true);
    expect(statusText(frame)).to.match(/^Ihre Bewertung konnte nicht in Ihrem Kurs gespeichert werden \(das Kurssystem meldet: .*Server nicht erreichbar.*\)\./);
    broken = false;
    await answerQuestions(frame, questions, 1, () => true);
    expect(statusText(frame)).to.equal('Ihre Antworten sind jetzt in Ihrem Kurs gespeichert.');
    expect(interactions(cmi())).to.have.length(2);
  });
});
