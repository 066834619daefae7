/**
 * The studio's SCORM download, from the script-tag editor as a page loads it (dist/): the zip is
 * made in the browser from the launch bundle's files next to the editor, the article inline.
 */
import '../../dist/recap-editor.min.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unzipSync, strFromU8 } from 'fflate';
import { seed } from '../fixtures.js';
import type { Article } from '../../src/data/types.js';
import { settle } from '../elements/helpers.js';
import { activate, captureDownloads } from './helpers.js';

type Editor = HTMLElement & { article: unknown; updateComplete: Promise<boolean> };

async function download(article: Article, button: string): Promise<{ name: string; files: Record<string, Uint8Array>; status: string }> {
  const el = await fixture<Editor>(html`<recap-editor storage="none" .article=${article}></recap-editor>`);
  await settle(el as never);
  const capture = captureDownloads(el);
  try {
    await activate(el.shadowRoot!.getElementById(button)!);
    await waitUntil(() => capture.files.length, 'the zip was downloaded', { timeout: 8000 });
  } finally {
    capture.stop();
  }
  await waitUntil(() => /ready/.test(el.shadowRoot!.querySelector('[role=status]')?.textContent ?? ''), 'the status says the package is ready');
  return {
    name: capture.names[0]!,
    files: unzipSync(new Uint8Array(await capture.files[0]!.arrayBuffer())),
    status: el.shadowRoot!.querySelector('[role=status]')!.textContent!,
  };
}

const served = async (name: string) => new Uint8Array(await (await fetch(`/dist/${name}`)).arrayBuffer());

describe('the studio downloads a SCORM package', () => {
  it('SCORM 1.2: the manifest with the pass mark, the launch page with the article, and the launch bundle with every part it loads', async () => {
    const article = seed();
    const { name, files, status } = await download(article, 'download-scorm12');
    expect(name).to.equal(`${article.id}-scorm12.zip`);
    expect(status).to.contain(name);
    expect(Object.keys(files)).to.include.members(['imsmanifest.xml', 'index.html', 'recap-launch.css', 'recap-scorm.min.js', 'recap-scorm-cloze.min.js', 'recap-scorm-matching.min.js', 'recap-scorm-order.min.js', 'recap-scorm-explain.min.js']);
    const manifest = new DOMParser().parseFromString(strFromU8(files['imsmanifest.xml']!), 'application/xml');
    expect(manifest.querySelector('parsererror')).to.equal(null);
    expect(manifest.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).to.equal(String(article.quiz!.passPercent));
    // Every file the package holds is listed in the manifest, and every listed file is in the package.
    const listed = [...manifest.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
    expect([...listed].sort()).to.deep.equal(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
    const page = new DOMParser().parseFromString(strFromU8(files['index.html']!), 'text/html');
    expect(JSON.parse(page.querySelector('recap-article > script[type="application/json"]')!.textContent!)).to.deep.equal(article);
    expect(page.querySelector('script[type=module]')!.getAttribute('src')).to.equal('recap-scorm.min.js');
    expect(files['recap-scorm.min.js']).to.deep.equal(await served('recap-scorm.min.js'));
  });

  it('SCORM 2004 for a German article: the passing score as a fraction, and the German words in the package', async () => {
    const article = { ...seed(), lang: 'de' };
    const { name, files } = await download(article, 'download-scorm2004');
    expect(name).to.equal(`${article.id}-scorm2004.zip`);
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).to.contain(`<imsss:minNormalizedMeasure>${article.quiz!.passPercent! / 100}</imsss:minNormalizedMeasure>`);
    expect(files['recap-lang-de.min.js']).to.deep.equal(await served('recap-lang-de.min.js'));
  });
});
