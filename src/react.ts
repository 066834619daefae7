/**
 * Typed JSX for React 19: `import type {} from 'recap-widgets/react'` once, and
 * <recap-quiz article={data} mode="all" onrecap-answer={(e) => e.detail.correct} />
 * type-checks. React 19 sets `article` as a property and listens to `recap-*` events itself.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Article } from './data/types.js';
import type { RecapAnswerEvent, RecapCompleteEvent, RecapErrorEvent, RecapLoadEvent } from './shared/events.js';
import type { RecapSummary } from './elements/recap-summary/recap-summary.js';
import type { RecapFigures } from './elements/recap-figures/recap-figures.js';
import type { RecapQuiz } from './elements/recap-quiz/recap-quiz.js';
import type { RecapArticle } from './elements/recap-article/recap-article.js';

/** Props every Recap element takes in JSX. */
export interface RecapProps<E> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  article?: Article;
  src?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6;
  theme?: 'light' | 'dark';
  loading?: 'auto' | 'eager' | 'lazy';
  'onrecap-load'?: (event: RecapLoadEvent) => void;
  'onrecap-error'?: (event: RecapErrorEvent) => void;
}

export interface RecapQuizProps extends RecapProps<RecapQuiz> {
  mode?: 'one-at-a-time' | 'all';
  persist?: 'local' | 'none';
  'print-answer-key'?: boolean;
  'onrecap-answer'?: (event: RecapAnswerEvent) => void;
  'onrecap-complete'?: (event: RecapCompleteEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'recap-summary': RecapProps<RecapSummary>;
      'recap-figures': RecapProps<RecapFigures>;
      'recap-quiz': RecapQuizProps;
      'recap-article': RecapProps<RecapArticle> & Pick<RecapQuizProps, 'onrecap-answer' | 'onrecap-complete'> & { 'no-quiz'?: boolean };
    }
  }
}
