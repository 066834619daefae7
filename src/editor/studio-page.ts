/**
 * The studio page's own script (demo/studio.html, and the page `recap-widgets studio FILE`
 * serves). When the page names a file (the CLI's server says so in a meta element), it opens
 * that file in the editor and saves back to it; otherwise the page is the editor alone (drafts
 * stay in the browser) and asks the server for nothing. Its words are the editor's.
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
  const response = await fetch('/__studio/file', { headers: { accept: 'application/json' } }).catch(() => undefined);
  if (!response?.ok || !(response.headers.get('content-type') ?? '').includes('json')) return;
  const file = (await response.json()) as ServedFile;
  await customElements.whenDefined('recap-editor');
  if (file.text.trim()) await editor.openText(file.text, file.name);
  button.textContent = editor.word('saveTo', { name: file.saveAs });
  if (file.note) status.textContent = file.note;
  bar.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = editor.word('saving');
    try {
      const res = await fetch('/__studio/file', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(editor.value, null, 2) + '\n',
      });
      const body = (await res.json().catch(() => ({}))) as { saved?: string; error?: string };
      status.textContent = res.ok
        ? editor.word('savedTo', { name: body.saved ?? file.saveAs, time: new Date().toLocaleTimeString(document.documentElement.lang || undefined) })
        : editor.word('notSaved', { reason: body.error ?? res.statusText });
    } catch (error) {
      status.textContent = editor.word('notSaved', { reason: String(error) });
    }
  });
}

if (location.protocol.startsWith('http') && document.querySelector('meta[name="recap-studio-file"]')) void openServedFile();
