/** What the quiz tells the page: the details of recap-answer and recap-complete (recap-widgets/xapi makes statements of them). */
import { isCorrect, pointsEarned, pointsOf, scoreQuiz, type Response } from '../../data/quiz.js';
import type { Article, Question, Quiz } from '../../data/types.js';
import type { XapiAgent } from '../../data/xapi.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../../shared/events.js';

/** Who answers when the page did not say: an anonymous account named by the reader's own random id. */
export function anonymousActor(readerId: string): XapiAgent {
  const origin = globalThis.location?.origin;
  const homePage = origin && origin.startsWith('http') ? origin : 'https://recap-widgets.invalid';
  return { account: { homePage, name: readerId } };
}

/** One checked answer; `answers` already holds it, so the score is the one after it. */
export function answerDetail(article: Article & { quiz: Quiz }, q: Question, r: Response, index: number, answers: ReadonlyMap<string, Response>, actor: XapiAgent): RecapAnswerDetail {
  const correct = isCorrect(q, r);
  return {
    articleId: article.id,
    questionId: q.id,
    questionType: q.type,
    index,
    response: r,
    correct,
    points: pointsEarned(q, r),
    maxPoints: pointsOf(q),
    score: scoreQuiz(article.quiz, answers),
    article,
    actor,
  };
}

/** The whole quiz answered, in the reader's order. */
export function completeDetail(article: Article & { quiz: Quiz }, questions: readonly Question[], answers: ReadonlyMap<string, Response>, actor: XapiAgent): RecapCompleteDetail {
  const score = scoreQuiz(article.quiz, answers);
  return {
    articleId: article.id,
    score,
    answers: questions.map((q) => ({ questionId: q.id, response: answers.get(q.id)!, correct: isCorrect(q, answers.get(q.id)!) })),
    article,
    actor,
  };
}
