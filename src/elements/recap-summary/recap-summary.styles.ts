import { css } from 'lit';

export const summaryStyles = css`
  :host {
    --_default-reserve: 22rem;
  }
  .image {
    margin: calc(var(--_space) * -1) calc(var(--_space) * -1) var(--_space);
  }
  .image img {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .image figcaption {
    font-size: 0.8em;
    padding: 0.25em var(--_space) 0;
  }
  .heading {
    font-size: 1.5em;
    unicode-bidi: isolate;
  }
  .dek {
    margin: 0 0 var(--_space);
    font-size: 1.05em;
  }
  .points {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .points li + li {
    margin-block-start: 0.4em;
  }
  .points li::marker {
    color: var(--_accent);
  }
  .takeaway {
    margin: 0 0 var(--_space);
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }
  .meta,
  .disclosure {
    font-size: 0.875em;
    margin: 0 0 0.5em;
  }
  .disclosure {
    font-style: italic;
  }
  .read-more {
    margin: var(--_space) 0 0;
    font-weight: 600;
  }
  @container (min-width: 40rem) {
    .heading {
      font-size: 1.75em;
    }
  }
`;
