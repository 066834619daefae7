// The part of @open-wc/testing the pure-module tests use, for Node.
import { render } from 'lit';
export { expect } from 'chai';
export { html } from 'lit';

export async function fixture(template) {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  await Promise.resolve();
  return host.firstElementChild;
}
