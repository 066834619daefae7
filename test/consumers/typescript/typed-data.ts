import type { Article } from 'recap-widgets';

// Data written in TypeScript: `satisfies` checks it against the contract and keeps its literal types.
export const story = {
  schemaVersion: 2,
  id: 'rivers-quiz',
  title: 'Rivers of Ukraine',
  quiz: {
    questions: [{ id: 'kyiv', type: 'true-false', prompt: 'Kyiv stands on the Dnipro.', answer: true }],
  },
} satisfies Article;
