import { Component, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import 'recap-widgets/recap-quiz'; // registers <recap-quiz>
import type { Article, RecapAnswerEvent } from 'recap-widgets';

@Component({
  selector: 'app-quiz',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // <recap-*> are custom elements
  template: `
    <recap-quiz [article]="article()" persist="none" heading-level="2" (recap-answer)="onAnswer($event)"></recap-quiz>
    <p id="status">{{ last() }}</p>
  `,
})
export class QuizComponent {
  readonly article = input.required<Article>();
  readonly last = signal('none yet');
  onAnswer(e: RecapAnswerEvent) {
    this.last.set(`${e.detail.questionId}: ${e.detail.correct ? 'right' : 'wrong'}`);
  }
}
