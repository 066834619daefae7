import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Quiz } from './Quiz';
import { validateArticle } from 'recap-widgets/data';
import data from './story.json';

// A JSON import is typed loosely (strings and numbers); validateArticle checks it and types it as Article.
const checked = validateArticle(data);
if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
// checked.article is an Article

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Quiz article={checked.article} />
  </StrictMode>,
);
