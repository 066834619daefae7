import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'recap-widgets/recap-quiz';
import type {} from 'recap-widgets/react';
import type { Article } from 'recap-widgets/data';
import data from '../article.json';

const article = data as unknown as Article;

function App() {
  const [last, setLast] = useState('none yet');
  return (
    <>
      <recap-quiz article={article} persist="none" heading-level={2} onrecap-answer={(e) => setLast(`${e.detail.questionId}: ${e.detail.correct ? 'right' : 'wrong'}`)} />
      <p id="status">{last}</p>
      {/* @ts-expect-error: mode accepts only its two values */}
      <recap-quiz article={article} mode="sideways" hidden />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
