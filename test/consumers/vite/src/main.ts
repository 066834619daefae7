import 'recap-widgets/recap-quiz';
import { validateArticle } from 'recap-widgets/data';
import article from '../article.json';

const result = validateArticle(article);
const quiz = document.querySelector('recap-quiz')!;
if (result.ok) quiz.article = result.article;
quiz.addEventListener('recap-answer', (e) => (document.getElementById('status')!.textContent = e.detail.correct ? 'right' : 'wrong'));
