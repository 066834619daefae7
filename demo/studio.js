// The studio page. Served by `npx recap-widgets studio FILE`, it opens FILE in the editor and
// saves back to it; opened any other way it is the editor alone (drafts stay in the browser).
const editor = document.querySelector('recap-editor');
const bar = document.getElementById('file-bar');
const saveButton = document.getElementById('save-file');
const status = document.getElementById('file-status');

async function openServedFile() {
  let response;
  try {
    response = await fetch('/__studio/file', { headers: { accept: 'application/json' } });
  } catch {
    return;
  }
  if (!response.ok) return;
  const { name, text, saveAs } = await response.json();
  await customElements.whenDefined('recap-editor');
  if (text.trim()) editor.openText(text, name);
  saveButton.textContent = `Save to ${saveAs}`;
  bar.hidden = false;
  saveButton.addEventListener('click', async () => {
    status.textContent = 'Saving…';
    const res = await fetch('/__studio/file', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(editor.value, null, 2) + '\n',
    });
    const body = await res.json().catch(() => ({}));
    status.textContent = res.ok ? `Saved to ${body.saved} at ${new Date().toLocaleTimeString()}.` : `Not saved: ${body.error ?? res.statusText}`;
  });
}

if (location.protocol.startsWith('http')) void openServedFile();
