/**
 * Styles every Recap element shares: theme tokens with defaults on :host,
 * loading/error states, focus. Fonts and text colour inherit from the
 * page unless a --recap-* property says otherwise. Logical properties only, so
 * right-to-left articles mirror.
 */
import { css } from 'lit';

export const baseStyles = css`
  /* Colours follow the page's color-scheme through light-dark(): a page that declares
     "color-scheme: light dark" gets the dark set when the reader prefers dark, and the
     theme attribute forces one. Text colour and font inherit from the page. */
  :host {
    --_accent: var(--recap-accent, light-dark(#1d4ed8, #8ab4ff));
    --_accent-contrast: var(--recap-accent-contrast, light-dark(#fff, #0b1220));
    --_surface: var(--recap-surface, transparent);
    --_muted: var(--recap-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--recap-border, color-mix(in srgb, currentColor 22%, transparent));
    --_correct: var(--recap-correct, light-dark(#15803d, #4ade80));
    --_incorrect: var(--recap-incorrect, light-dark(#b91c1c, #fca5a5));
    --_radius: var(--recap-radius, 0.5rem);
    --_space: var(--recap-space, 1rem);
    --_font-scale: var(--recap-font-scale, 1);
    display: block;
    box-sizing: border-box;
    font-family: var(--recap-font-family, inherit);
    color: var(--recap-text, inherit);
    font-size: calc(1rem * var(--_font-scale));
    line-height: 1.5;
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  /* A forced theme sets its own background and text, so it reads on any page. */
  :host([theme='light']),
  :host([theme='dark']) {
    --_surface: var(--recap-surface, Canvas);
    color: var(--recap-text, CanvasText);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Space reserved while data arrives from src, so the page does not jump. */
  :host([src]) {
    min-block-size: var(--recap-reserved-block-size, var(--_default-reserve, 0));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .placeholder {
    min-block-size: var(--recap-reserved-block-size, var(--_default-reserve, 6rem));
    border-style: dashed;
  }
  .error {
    border-color: var(--_incorrect);
  }
  .error p {
    margin: 0;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .eyebrow {
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--recap-link, var(--_accent));
  }
  /* Standalone links get a 24px target (WCAG 2.2 target size); links inside sentences are exempt. */
  .read-more a,
  .evidence-link {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  label:focus-within {
    outline: 3px solid var(--recap-focus, var(--_accent));
    outline-offset: 2px;
  }
  blockquote {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @container (max-width: 22rem) {
    .base {
      padding: calc(var(--_space) * 0.75);
    }
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .base {
      border-color: #999;
    }
  }
`;
