import type { Article } from 'recap-widgets';
import { defineArticle } from 'recap-widgets/data';
import data from './story.json';

// A JSON import is typed loosely; defineArticle checks it and returns it as an Article.
export const fromJson = defineArticle(data);

// Without it, the same import is not an Article.
// @ts-expect-error: a JSON import's "type" is a string, not one of the question types
export const unchecked: Article = data;

// Data written in TypeScript: `satisfies` checks it against the contract and keeps its literal types.
export const story = {
  schemaVersion: 2,
  id: 'rivers-quiz',
  title: 'Rivers of Ukraine',
  quiz: {
    questions: [{ id: 'kyiv', type: 'true-false', prompt: 'Kyiv stands on the Dnipro.', answer: true }],
  },
} satisfies Article;
