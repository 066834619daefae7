import { expect } from '@open-wc/testing';
import { loadArticle } from '../../src/data/load-with-hints.js';

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
    expect(only(await loadArticle('/__recap/never', { timeoutMs: 300 }))).to.equal('/__recap/never did not answer within 0.3 s');
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

describe('loadArticle with a given fetch', () => {
  const article = JSON.stringify({ schemaVersion: 1, id: 'a', title: 'T', summary: { points: ['p'] } });
  const respond = (body: BodyInit | null, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;
  const message = async (fetchFn: typeof fetch, options: Parameters<typeof loadArticle>[1] = {}) => only(await loadArticle('u', { ...options, fetch: fetchFn }));
  const chunks = (parts: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
        controller.close();
      },
    });

  it('asks for JSON, and reads a body that comes in several chunks', async () => {
    let accept: string | null = null;
    const r = await loadArticle('u', {
      fetch: (async (_url: string, init: RequestInit) => {
        accept = new Headers(init.headers).get('accept');
        return new Response(chunks([article.slice(0, 10), article.slice(10, 30), article.slice(30)]));
      }) as typeof fetch,
    });
    expect(r.ok).to.equal(true);
    expect(accept).to.equal('application/json');
  });
  it('says the HTTP status, with its text when there is one', async () => {
    expect(await message(respond('x', { status: 503, statusText: 'Service Unavailable' }))).to.equal('u answered HTTP 503 Service Unavailable');
    expect(await message(respond('x', { status: 404 }))).to.equal('u answered HTTP 404');
  });
  it('refuses a declared or a streamed length over the limit, and takes exactly the limit', async () => {
    expect(await message(respond('x', { headers: { 'content-length': '2500000' } }))).to.equal('u is 2.5 MB; the limit is 1.0 MB');
    expect(await message(respond(chunks(['[', ' '.repeat(600_000), ']'])), { maxBytes: 500_000 })).to.equal('u is larger than 0.50 MB; the limit is 0.50 MB');
    const padded = article.padEnd(500, ' ');
    expect((await loadArticle('u', { fetch: respond(padded, { headers: { 'content-length': '500' } }), maxBytes: 500 })).ok).to.equal(true);
    expect((await loadArticle('u', { fetch: respond(chunks([padded])), maxBytes: 500 })).ok).to.equal(true);
  });
  it('reads a response without a body stream, within the limit', async () => {
    const bodiless = (text: string) => (async () => ({ ok: true, status: 200, statusText: '', headers: new Headers(), body: null, text: async () => text }) as unknown as Response) as typeof fetch;
    expect((await loadArticle('u', { fetch: bodiless(article) })).ok).to.equal(true);
    expect(await message(bodiless('x'.repeat(20)), { maxBytes: 10 })).to.equal('u is larger than 0.00 MB; the limit is 0.00 MB');
  });
  it('tells empty, HTML and broken JSON apart', async () => {
    expect(await message(respond(' \n '))).to.equal('u is empty; expected article JSON');
    expect(await message(respond('  <html>'))).to.match(/^u is HTML, not JSON/);
    expect(await message(respond('nope', { headers: { 'content-type': 'text/html; charset=utf-8' } }))).to.match(/^u is HTML, not JSON/);
    expect(await message(respond('x<y', { headers: { 'content-type': 'application/json' } }))).to.match(/^u is not valid JSON\b/);
  });
  it('does not fetch for a caller that has already given up, and says so', async () => {
    let fetched = false;
    const controller = new AbortController();
    controller.abort();
    const r = await loadArticle('u', { signal: controller.signal, fetch: (async () => ((fetched = true), new Response(article))) as typeof fetch });
    expect(r).to.deep.equal({ ok: false, problems: [{ path: '', message: 'loading was cancelled' }], aborted: true });
    expect(fetched).to.equal(false);
  });
  it('names its timeout in seconds, on a fake clock', async () => {
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError'))))) as typeof fetch;
    const realSetTimeout = globalThis.setTimeout;
    const asked: number[] = [];
    // The clock runs out at once, whatever the timeout.
    globalThis.setTimeout = ((fn: () => void, ms: number) => (asked.push(ms), realSetTimeout(fn, 0))) as typeof setTimeout;
    try {
      expect(await message(hang)).to.equal('u did not answer within 15 s');
      expect(await message(hang, { timeoutMs: 9_999 })).to.equal('u did not answer within 10 s');
      expect(await message(hang, { timeoutMs: 1_250 })).to.equal('u did not answer within 1.3 s');
      expect(await message(hang, { timeoutMs: 40 })).to.equal('u did not answer within 0.04 s');
      expect(await message(hang, { timeoutMs: 120_000 })).to.equal('u did not answer within 120 s');
    } finally {
      globalThis.setTimeout = realSetTimeout;
    }
    expect(asked).to.include.members([15_000, 9_999, 1_250, 40, 120_000]);
    expect(await message((async () => Promise.reject(new TypeError('offline'))) as typeof fetch)).to.equal('u could not be reached or read');
  });
});
