import { expect } from '@open-wc/testing';
import { loadArticle } from '../../src/data/load.js';

const only = (r: Awaited<ReturnType<typeof loadArticle>>) => {
  expect(r.ok).to.equal(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.problems).to.have.length(1);
  expect(r.problems[0]!.path).to.equal('');
  return r.problems[0]!.message;
};

describe('loadArticle', () => {
  it('loads and validates good data', async () => {
    const r = await loadArticle('/__recap/ok');
    expect(r.ok).to.equal(true);
  });
  it('reports HTTP errors with the status', async () => {
    expect(only(await loadArticle('/__recap/not-found'))).to.match(/answered HTTP 404/);
    expect(only(await loadArticle('/__recap/server-error'))).to.match(/answered HTTP 500/);
  });
  it('recognises HTML served instead of JSON', async () => {
    expect(only(await loadArticle('/__recap/html'))).to.match(/is HTML, not JSON/);
  });
  it('reports truncated JSON and empty bodies', async () => {
    expect(only(await loadArticle('/__recap/truncated'))).to.match(/is not valid JSON/);
    expect(only(await loadArticle('/__recap/empty'))).to.match(/is empty/);
  });
  it('refuses a body announced as 50 MB before reading it', async () => {
    expect(only(await loadArticle('/__recap/big'))).to.match(/52\.4 MB; the limit is 1\.0 MB/);
  });
  it('stops reading a body without a length once it passes 1 MB', async () => {
    expect(only(await loadArticle('/__recap/big?length=none'))).to.match(/larger than 1\.0 MB/);
  });
  it('gives up on a server that never answers', async () => {
    expect(only(await loadArticle('/__recap/never', { timeoutMs: 300 }))).to.match(/did not answer within 0\.3 s$/);
  });
  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadArticle('/__recap/never', { signal: controller.signal });
    controller.abort();
    const r = await pending;
    expect(r.ok).to.equal(false);
    expect('aborted' in r && r.aborted).to.equal(true);
  });
});
