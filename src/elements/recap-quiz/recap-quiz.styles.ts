import { css } from 'lit';

export const quizStyles = css`
  /* Buttons (only the quiz has them). */
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: inherit;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  :host {
    --_default-reserve: 28rem;
  }
  .intro {
    margin: 0 0 var(--_space);
  }
  .progress {
    margin: 0 0 0.5em;
    font-size: 0.875em;
  }
  .progress:focus {
    outline: none;
  }
  .progress:focus-visible {
    outline: 3px solid var(--_accent);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 650;
    font-size: 1.1em;
    padding: 0;
    margin-block-end: 0.75em;
  }
  .choices {
    display: grid;
    gap: 0.5em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.25em 0.75em;
    min-block-size: 2.75rem;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    transition: border-color 0.15s ease-out, box-shadow 0.15s ease-out;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice-feedback {
    grid-column: 2 / -1;
    font-size: 0.9em;
  }
  .mark {
    font-size: 0.85em;
    font-weight: 600;
  }
  .correct,
  .missed {
    border-color: var(--_correct);
  }
  .correct .mark,
  .missed .mark,
  .verdict.correct,
  .pass.correct {
    color: var(--_correct);
  }
  .incorrect {
    border-color: var(--_incorrect);
  }
  .incorrect .mark,
  .verdict.incorrect,
  .pass.incorrect {
    color: var(--_incorrect);
  }
  .correct .mark::before,
  .missed .mark::before {
    content: '✓ ';
  }
  .incorrect .mark::before {
    content: '✗ ';
  }
  .numeric {
    display: grid;
    gap: 0.25em;
    max-inline-size: 20rem;
  }
  .numeric input,
  .blank {
    font: inherit;
    min-block-size: 2.75rem;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .with-unit input {
    flex: 1;
    min-inline-size: 0;
  }
  .numeric.correct input,
  .correct .blank {
    border-color: var(--_correct);
  }
  .numeric.incorrect input,
  .numeric input[aria-invalid='true'],
  .incorrect .blank,
  .blank[aria-invalid='true'] {
    border-color: var(--_incorrect);
  }
  .hint {
    margin: 0 0 0.5em;
    font-size: 0.9em;
  }
  .order {
    margin: 0;
    padding-inline-start: 1.75em;
    display: grid;
    gap: 0.4em;
  }
  .order-item,
  .match-item {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .order-item:has(.move),
  .match-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .order-text {
    flex: 1;
  }
  .order-item .mark {
    margin-inline-start: 0.5em;
  }
  .move {
    display: flex;
    gap: 0.25em;
  }
  .move button {
    padding: 0.25em 0.5em;
  }
  .move button[aria-disabled='true'] {
    opacity: 0.4;
    cursor: default;
  }
  /* Cloze: blanks inside the text; matching: items beside their targets (stacked when narrow). */
  .cloze-text {
    margin: 0;
    line-height: 2.6;
  }
  .blank {
    inline-size: 9em;
    max-inline-size: 100%;
    min-block-size: 2.25rem;
    padding: 0.15em 0.4em;
  }
  select.blank {
    inline-size: auto;
  }
  .blank-wrap .mark {
    margin-inline: 0.3em;
  }
  .matching {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
  }
  .matching .order,
  .match-result {
    list-style: none;
    padding: 0;
    align-content: start;
  }
  .match-item > button:first-child,
  .match-targets button {
    flex: 1 1 100%;
    text-align: start;
  }
  .match-slot,
  .match-users {
    font-size: 0.875em;
  }
  .match-slot {
    flex: 1;
  }
  .match-users {
    display: block;
  }
  .input-error {
    color: var(--_incorrect);
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .feedback:not(:empty) {
    margin-block-start: var(--_space);
  }
  .verdict {
    margin: 0 0 0.5em;
  }
  .explanation p {
    margin: 0 0 0.5em;
  }
  .evidence {
    margin: 0.5em 0 0;
  }
  .evidence figcaption {
    margin: 0;
  }
  .evidence-link {
    display: inline-block;
    margin-block-start: 0.35em;
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--_space);
    margin-block-start: var(--_space);
  }
  .score {
    margin: 0;
    font-weight: 600;
  }
  .results-heading span:focus {
    outline: none;
  }
  .results-heading span:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .band {
    font-size: 1.05em;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;

export const quizLayoutStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em var(--_space);
  }
  button.small {
    min-block-size: 2rem;
    padding: 0.2em 0.75em;
    font-size: 0.875em;
  }
  .progress p {
    margin: 0 0 0.35em;
  }
  .progress p:focus,
  .all-question > p:focus {
    outline: none;
  }
  .progress p:focus-visible,
  .all-question > p:focus-visible {
    outline: 3px solid var(--_accent);
  }
  /* A native <progress>: no style attribute, so a strict style-src CSP has nothing to block. */
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 4px;
    border: 0;
    border-radius: 2px;
    background: var(--_border);
    margin-block-end: var(--_space);
    appearance: none;
    overflow: hidden;
  }
  .bar::-webkit-progress-bar {
    background: var(--_border);
  }
  .bar::-webkit-progress-value {
    background: var(--_accent);
    transition: inline-size 0.2s ease-out;
  }
  .bar::-moz-progress-bar {
    background: var(--_accent);
  }
  .all-questions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .all-question > p {
    margin: 0 0 0.35em;
    font-size: 0.875em;
  }
  .handle {
    min-inline-size: 2.75rem;
    padding: 0.25em 0.5em;
    cursor: grab;
    touch-action: none;
  }
  .handle[aria-pressed='true'],
  .match-item [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .order-item.grabbed,
  .match-item.grabbed {
    border-color: var(--_accent);
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .review {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: var(--_space);
  }
  .review-item .prompt {
    font-weight: 650;
    margin: 0 0 0.25em;
  }
  .review-item p {
    margin: 0 0 0.25em;
  }
  .results .review-heading {
    margin-block-start: calc(var(--_space) * 1.5);
    font-size: 1.1em;
  }
  @container (max-width: 22rem) {
    .actions {
      flex-direction: column;
      align-items: stretch;
    }
    .actions button {
      inline-size: 100%;
    }
    .order-item:has(.move) {
      flex-wrap: wrap;
    }
    .move {
      margin-inline-start: auto;
    }
    .choice {
      padding-inline: 0.5em;
      gap: 0.25em 0.5em;
    }
    .matching {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Wide cards: the bar and the score reach the card's inline end; choices sit in two
     columns instead of stretching, and running text keeps a readable line length. */
  @container (min-width: 56rem) {
    .choices {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .prompt,
    .explanation,
    .results p {
      max-inline-size: 70ch;
    }
  }
  @media (forced-colors: active) {
    .bar::-webkit-progress-value {
      background: Highlight;
    }
    .handle[aria-pressed='true'],
    .match-item [aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  /* Printing: the interactive quiz gives way to a plain question sheet;
     the answer key prints only when the host sets print-answer-key. */
  .print-sheet,
  .needs-script {
    display: none;
  }
  /* Without JavaScript (a pre-rendered quiz): the question sheet, and why answers cannot be checked. */
  @media (scripting: none) {
    .question-form,
    .results,
    [part~='start-over'],
    .intro ~ p[aria-live] {
      display: none !important;
    }
    .print-sheet,
    .needs-script {
      display: block;
    }
  }
  @media print {
    .needs-script {
      display: none;
    }
    .question-form,
    .results,
    [part~='start-over'],
    .intro ~ p[aria-live] {
      display: none !important;
    }
    .print-sheet {
      display: block;
    }
    .print-sheet .answer {
      display: none;
    }
    :host([print-answer-key]) .print-sheet .answer {
      display: block;
      font-style: italic;
    }
  }
`;
