// The educator's page: collects results from the quiz's events (no iframe bridge)
// and offers the quiz as GIFT / Aiken files for Moodle.
import { toAiken, toGift } from '../src/data/export.js';
import type { Article } from '../src/data/types.js';
import { statementFor } from '../src/xapi/index.js';

const quiz = document.querySelector('recap-quiz')!;
const log = document.getElementById('log')!;
const note = document.getElementById('export-note')!;
const add = (text: string) => log.append(Object.assign(document.createElement('li'), { textContent: text }));

quiz.addEventListener('recap-answer', (e) =>
  add(`${e.detail.questionId}: ${e.detail.correct ? 'right' : 'wrong'} (${e.detail.score.points}/${e.detail.score.maxPoints}) · xAPI ${statementFor(e)?.verb.display['en-US']}`),
);
quiz.addEventListener('recap-complete', (e) =>
  add(`Finished: ${e.detail.score.percent}%${e.detail.score.passed === undefined ? '' : e.detail.score.passed ? ', passed' : ', not passed'}`),
);

const mode = document.getElementById('mode') as HTMLSelectElement;
mode.value = quiz.mode;
mode.addEventListener('change', () => (quiz.mode = mode.value as typeof quiz.mode));

let article: Article | undefined;
quiz.addEventListener('recap-load', (e) => {
  article = e.detail.article;
  for (const id of ['gift', 'aiken']) (document.getElementById(id) as HTMLButtonElement).disabled = false;
});

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

for (const [id, exporter, ext] of [['gift', toGift, 'gift.txt'], ['aiken', toAiken, 'aiken.txt']] as const) {
  document.getElementById(id)!.addEventListener('click', () => {
    if (!article) return;
    const result = exporter(article);
    download(`${article.id}.${ext}`, result.text);
    note.textContent = `Exported ${result.exported.length} questions.` + (result.warnings.length ? ` Notes: ${result.warnings.join('; ')}.` : '');
  });
}
