import { css } from 'lit';

export const editorStyles = css`
  :host {
    --_accent: var(--recap-accent, light-dark(#1d4ed8, #8ab4ff));
    --_accent-contrast: var(--recap-accent-contrast, light-dark(#ffffff, #0b1220));
    --_border: var(--recap-border, color-mix(in srgb, currentColor 30%, transparent));
    --_muted: var(--recap-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_problem: var(--recap-incorrect, light-dark(#b91c1c, #fca5a5));
    --_space: var(--recap-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--recap-font-family, inherit);
    line-height: 1.45;
    color-scheme: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 1100px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .preview {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow: auto;
    }
  }
  h2 {
    font-size: 1.3rem;
    margin-block: 1.25rem 0.5rem;
  }
  h3 {
    font-size: 1.05rem;
    margin-block: 0.75rem 0.25rem;
  }
  section {
    border-block-start: 1px solid var(--_border);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    margin-block: 0.5rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    margin-block: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .row > .field {
    flex: 1 1 10rem;
  }
  label {
    font-weight: 500;
  }
  input,
  textarea,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input:not([type='checkbox']):not([type='radio']),
  textarea,
  select {
    inline-size: 100%;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.3rem;
    background: Field;
    color: FieldText;
  }
  textarea {
    min-block-size: 4.5rem;
    resize: vertical;
  }
  textarea.body {
    min-block-size: 16rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_problem) !important;
    outline: 1px solid var(--_problem);
  }
  button {
    cursor: pointer;
    padding: 0.35rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 0.3rem;
    background: transparent;
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
  .problem {
    color: var(--_problem);
    font-size: 0.92em;
    margin: 0;
  }
  .problem::before {
    content: '⚠ ';
  }
  .problems {
    border: 2px solid var(--_problem);
    border-radius: 0.4rem;
    padding: 0.5rem 0.75rem;
  }
  .problems ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .problems button {
    border: none;
    padding: 0.1rem 0;
    text-align: start;
    text-decoration: underline;
    color: inherit;
  }
  .ok {
    color: var(--recap-correct, light-dark(#15803d, #4ade80));
  }
  .status {
    min-block-size: 1.5em;
    margin: 0.25rem 0;
  }
  .alert {
    border: 2px solid var(--_problem);
    padding: 0.5rem;
    font-weight: 600;
  }
  .proposal {
    border-inline-start: 4px solid var(--_accent);
  }
  .quote {
    font-style: italic;
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  ol.items {
    padding-inline-start: 1.5rem;
  }
  .frame-scroll {
    overflow: auto;
    border: 1px dashed var(--_border);
    padding: 0.5rem;
  }
  .frame {
    display: grid;
    gap: 1rem;
    margin-inline: auto;
    padding: 0.75rem;
  }
  .frame.dark {
    background: #0b1220;
    color: #e5e7eb;
    color-scheme: dark;
  }
  .frame.light {
    background: #ffffff;
    color: #111827;
    color-scheme: light;
  }
  .w320 {
    inline-size: 320px;
  }
  .w600 {
    inline-size: 600px;
  }
  .w1000 {
    inline-size: 1000px;
  }
  .snippet {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    min-block-size: 6rem;
  }
  ol.items > li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5rem;
  }
  ol.items > li > :not(.grip) {
    grid-column: 2;
  }
  .grip {
    grid-row: 1 / span 2;
    align-self: center;
    cursor: grab;
    touch-action: none;
    user-select: none;
    padding: 0.25rem;
    font-size: 1.2em;
    color: var(--_muted);
  }
  li.dragging {
    outline: 2px dashed var(--_accent);
    cursor: grabbing;
  }
  .offer {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.5rem;
  }
  .pointer {
    font-size: 0.8em;
    color: var(--_muted);
    margin-inline-start: 0.5em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
