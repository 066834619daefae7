/**
 * The studio page's own script (demo/studio.html, and the page `recap-widgets studio FILE`
 * serves). With the CLI's server behind it, it opens FILE in the editor and saves back to it;
 * opened any other way, the page is the editor alone (drafts stay in the browser).
 */
import type { RecapEditor } from './recap-editor.js';

interface ServedFile {
  name: string;
  text: string;
  saveAs: string;
  note?: string;
}

async function openServedFile(): Promise<void> {
  const editor = document.querySelector('recap-editor') as RecapEditor | null;
  const bar = document.getElementById('file-bar');
  const button = document.getElementById('save-file') as HTMLButtonElement | null;
  const status = document.getElementById('file-status');
  if (!editor || !bar || !button || !status) return;
  let response: Response;
  try {
    response = await fetch('/__studio/file', { headers: { accept: 'application/json' } });
  } catch {
    return;
  }
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return;
  const file = (await response.json()) as ServedFile;
  await customElements.whenDefined('recap-editor');
  if (file.text.trim()) editor.openText(file.text, file.name);
  button.textContent = `Save to ${file.saveAs}`;
  if (file.note) status.textContent = file.note;
  bar.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = 'Saving…';
    try {
      const res = await fetch('/__studio/file', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(editor.value, null, 2) + '\n',
      });
      const body = (await res.json().catch(() => ({}))) as { saved?: string; error?: string };
      status.textContent = res.ok ? `Saved to ${body.saved} at ${new Date().toLocaleTimeString()}.` : `Not saved: ${body.error ?? res.statusText}`;
    } catch (error) {
      status.textContent = `Not saved: ${String(error)}`;
    }
  });
}

if (location.protocol.startsWith('http')) void openServedFile();
