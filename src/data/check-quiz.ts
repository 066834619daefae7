/**
 * The quiz's part of the contract: its schema and the rules that span its fields (unique ids,
 * answers among the choices, a question's figure, bands, cloze and matching). Checked wherever a
 * quiz can be shown: by <recap-quiz> and <recap-article>, validateArticle and loadArticle; the
 * summary- and figures-only bundles leave it out (see usePart in check.ts).
 */
import { quizSchema } from './article-schema.js';
import { optional } from './schema-kit.js';
import { checkEvidence, checkNumberFormat, checkPercent, checkUniqueIds, asList, idsOf, isPlainObject, pointer, type Collector, type PartCheck, type Path, type Rec, type RuleContext } from './check.js';
import { checkCloze, checkMatching, type Add } from './check-cloze-matching.js';

function quizRules(a: Rec, { body, v1, figureById }: RuleContext, out: Collector): void {
  if (!isPlainObject(a.quiz)) return;
  const quiz = a.quiz;
  if (Array.isArray(quiz.results)) {
    const bands = asList(quiz.results);
    const seen = new Map<number, number>();
    quiz.results.forEach((b, i) => {
      if (!isPlainObject(b) || typeof b.minPercent !== 'number') return;
      const first = seen.get(b.minPercent);
      if (first !== undefined)
        out.add(['quiz', 'results', i, 'minPercent'], 'band-taken', b.minPercent, pointer(['quiz', 'results', first, 'minPercent']));
      else seen.set(b.minPercent, i);
    });
    if (bands.length === quiz.results.length && bands.every((b) => typeof b.minPercent === 'number') && !seen.has(0))
      out.add(['quiz', 'results'], 'no-zero-band');
  }

  checkUniqueIds(quiz.questions, ['quiz', 'questions'], 'question', out);
  const questions = Array.isArray(quiz.questions) ? quiz.questions : [];
  questions.forEach((q, i) => {
    if (!isPlainObject(q)) return;
    const at: Path = ['quiz', 'questions', i];
    checkEvidence(q, at, body, out);
    if (typeof q.figure === 'string') {
      const fig = figureById.get(q.figure);
      if (!fig) out.add([...at, 'figure'], 'figure-unknown', q.figure, [...figureById.keys()]);
      else if (q.type === 'numeric' && typeof q.answer === 'number' && typeof fig.value === 'number') {
        const tolerance = typeof q.tolerance === 'number' ? q.tolerance : 0;
        if (Math.abs(q.answer - fig.value) > tolerance)
          out.add([...at, 'figure'], 'figure-mismatch', q.answer, q.figure, fig.value, tolerance);
      }
    }
    if (q.type === 'numeric') {
      checkNumberFormat(q.format, [...at, 'format'], out);
      checkPercent(q.format, q.answer, q.evidence, [...at, 'answer'], v1, out);
    }
    if (q.type === 'single' || q.type === 'multiple') {
      checkUniqueIds(q.choices, [...at, 'choices'], 'choice', out);
      const choiceIds = idsOf(q.choices).filter(Boolean);
      if (q.type === 'single' && typeof q.answer === 'string' && choiceIds.length && !choiceIds.includes(q.answer))
        out.add([...at, 'answer'], 'answer-unknown', q.answer, choiceIds);
      if (q.type === 'multiple' && Array.isArray(q.answers)) {
        const seen = new Set<string>();
        q.answers.forEach((ans, j) => {
          if (typeof ans !== 'string') return;
          if (seen.has(ans)) out.add([...at, 'answers', j], 'answer-twice', ans);
          else if (choiceIds.length && !choiceIds.includes(ans)) out.add([...at, 'answers', j], 'answer-unknown', ans, choiceIds);
          seen.add(ans);
        });
      }
    }
    if (q.type === 'order' || q.type === 'matching') checkUniqueIds(q.items, [...at, 'items'], 'item', out);
    const add = out.add.bind(out) as Add;
    if (q.type === 'matching') {
      checkUniqueIds(q.targets, [...at, 'targets'], 'target', out);
      checkMatching(q, at, add);
    }
    if (q.type === 'cloze') {
      checkUniqueIds(q.blanks, [...at, 'blanks'], 'blank', out);
      checkCloze(q, at, add);
    }
  });
}

export const quizPart: PartCheck = { key: 'quiz', schema: optional(quizSchema), rules: quizRules };
