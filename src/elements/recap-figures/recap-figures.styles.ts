import { css } from 'lit';

export const figuresStyles = css`
  :host {
    --_default-reserve: 18rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--recap-figure-min-width, 11rem)), 1fr));
    gap: var(--_space);
  }
  .figure {
    border-block-start: 3px solid var(--_accent);
    padding-block-start: 0.5em;
  }
  .figure p {
    margin: 0;
  }
  .value {
    font-size: 1.6em;
    font-weight: 750;
    line-height: 1.15;
    font-variant-numeric: tabular-nums;
  }
  .label {
    margin-block-start: 0.2em;
  }
  .claim,
  .as-of {
    font-size: 0.85em;
    margin-block-start: 0.35em;
  }
  .status {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 999px;
    border: 1px solid;
    font-size: 0.9em;
  }
  .status-disputed {
    color: var(--_incorrect);
  }
  .note {
    display: block;
  }
  .source {
    font-size: 0.85em;
    margin-block-start: 0.4em;
  }
  .source summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 24px;
    padding-block: 2px;
  }
  @container (min-width: 40rem) {
    .value {
      font-size: 1.9em;
    }
  }
  .evidence {
    margin: 0;
  }
  .evidence figcaption:empty {
    display: none;
  }
`;
