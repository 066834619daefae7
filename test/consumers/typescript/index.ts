import { RecapQuiz } from 'recap-widgets';
import 'recap-widgets/recap-summary';
import { validateArticle, type Article, type Problem } from 'recap-widgets/data';
import type { RecapAnswerEvent } from 'recap-widgets';
import { statementFor } from 'recap-widgets/xapi';

const quiz: RecapQuiz = document.createElement('recap-quiz');
quiz.mode = 'all';
quiz.addEventListener('recap-answer', (e) => {
  const correct: boolean = e.detail.correct;
  const statement: string | undefined = statementFor(e)?.verb.id;
  console.log(correct, statement);
});
const handler = (e: RecapAnswerEvent) => e.detail.questionId.toUpperCase();
quiz.addEventListener('recap-answer', handler);

const result = validateArticle(JSON.parse('{}'));
if (result.ok) {
  const article: Article = result.article;
  quiz.article = article;
} else {
  const problems: Problem[] = result.problems;
  console.log(problems.map((p) => `${p.path}: ${p.message}`));
}

const summary = document.querySelector('recap-summary');
summary?.setAttribute('heading-level', '3');

// @ts-expect-error: mode accepts only its two values
quiz.mode = 'sideways';
