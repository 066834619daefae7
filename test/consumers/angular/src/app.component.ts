import { Component } from '@angular/core';
import { validateArticle } from 'recap-widgets/data';
import { QuizComponent } from './quiz.component';
import data from '../article.json';

const checked = validateArticle(data);

@Component({
  selector: 'app-root',
  imports: [QuizComponent],
  template: `@if (article) { <app-quiz [article]="article" /> }`,
})
export class AppComponent {
  readonly article = checked.ok ? checked.article : undefined;
}
