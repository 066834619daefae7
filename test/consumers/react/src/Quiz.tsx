import { useState } from 'react';
import 'recap-widgets/recap-quiz'; // registers <recap-quiz>
import type {} from 'recap-widgets/react'; // JSX types for every recap-* element
import type { Article, RecapAnswerEvent } from 'recap-widgets';

export function Quiz({ article }: { article: Article }) {
  const [last, setLast] = useState('none yet');
  const onAnswer = (e: RecapAnswerEvent) => setLast(`${e.detail.questionId}: ${e.detail.correct ? 'right' : 'wrong'}`);
  return (
    <>
      <recap-quiz article={article} persist="none" heading-level={2} onrecap-answer={onAnswer} />
      <p id="status">{last}</p>
    </>
  );
}
