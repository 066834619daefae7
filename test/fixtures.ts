/** Shared test data: the seed article, loaded once, and fresh copies to change. */
import type { Article } from '../src/data/types.js';

const seedText = await (await fetch('/demo/data/istanbul-talks.json')).text();

/** A fresh, mutable copy of the seed article. */
export function seed(): Article {
  return JSON.parse(seedText) as Article;
}

/** A fresh copy as plain JSON, for tests that break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedJson(): any {
  return JSON.parse(seedText);
}

export const seedSource = seedText;

/** A small valid article with one question of the given shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function articleWith(question: any, extra: any = {}): Article {
  return {
    schemaVersion: 1,
    id: 'test-article',
    title: 'Test article',
    summary: { points: ['One point.'] },
    quiz: { questions: [question] },
    ...extra,
  } as Article;
}
