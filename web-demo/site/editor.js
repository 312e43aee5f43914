// The editor around the <textarea>: opening a file (button or drag-and-drop) and marking lines
// (the error's line in red, warnings' lines in yellow).
//
// Marks: a backdrop <div> behind the transparent textarea holds the same text with the same
// font, padding, wrapping and scroll position; the marked lines are <mark>s in it. The
// backdrop is filled only while there are marks.
import { t } from './i18n.js';

/** Files above this are refused (a textarea holding many megabytes is slow to edit). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads a dropped or chosen file as UTF-8 text; throws an Error with a message for the reader. */
export async function readTextFile(file) {
  if (file.size > MAX_FILE_BYTES) throw new Error(t('fileTooLarge', file.name, MAX_FILE_BYTES / 1024 / 1024));
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    throw new Error(t('fileFailed', file.name, e.message));
  }
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);   // a BOM is dropped
  } catch {
    throw new Error(t('fileNotText', file.name));
  }
  // NUL is no part of a text file: a binary file that happens to be valid UTF-8.
  if (text.includes('\u0000')) throw new Error(t('fileNotText', file.name));
  return text.replace(/\r\n?/g, '\n');
}

export function setupEditor({ textarea, backdrop, wrap, dropHint, openButton, fileInput, onFile, onError }) {
  let marks = [];   // [{ line, kind: 'error' | 'warning' }]

  // ---- opening files ----
  async function take(file) {
    try {
      onFile(file.name, await readTextFile(file), file.size);
    } catch (e) {
      onError(e.message);
    }
  }
  openButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) take(file);
  });
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  let depth = 0;
  wrap.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;   // dragged text: the textarea inserts it as usual
    e.preventDefault();
    depth += 1;
    dropHint.hidden = false;
    wrap.classList.add('dropping');
  });
  wrap.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  const leave = () => {
    depth = 0;
    dropHint.hidden = true;
    wrap.classList.remove('dropping');
  };
  wrap.addEventListener('dragleave', () => {
    depth -= 1;
    if (depth <= 0) leave();
  });
  wrap.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files?.[0];
    if (!file) { leave(); return; }
    e.preventDefault();
    leave();
    take(file);
  });

  // ---- marked lines ----
  function paint() {
    if (!marks.length) {
      backdrop.replaceChildren();
      wrap.classList.remove('marked');
      return;
    }
    const lines = textarea.value.split('\n');
    const kindOf = new Map();
    for (const m of marks) {
      if (m.line >= 1 && m.line <= lines.length && kindOf.get(m.line) !== 'error') kindOf.set(m.line, m.kind);
    }
    const nodes = [];
    let plain = '';
    lines.forEach((line, i) => {
      const kind = kindOf.get(i + 1);
      const nl = i < lines.length - 1 ? '\n' : '';
      if (!kind) { plain += line + nl; return; }
      if (plain) nodes.push(document.createTextNode(plain));
      plain = nl;
      const mark = document.createElement('mark');
      mark.className = `mark-${kind}`;
      mark.dataset.line = String(i + 1);
      mark.textContent = line || ' ';   // an empty line still shows its mark
      nodes.push(mark);
    });
    if (plain) nodes.push(document.createTextNode(plain));
    // A trailing newline needs a character after it to take up its line, as in the textarea.
    nodes.push(document.createTextNode(' '));
    backdrop.replaceChildren(...nodes);
    wrap.classList.add('marked');
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  }
  textarea.addEventListener('scroll', () => {
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  });
  // The lines move as the text changes: repaint at once (the next render sets the new marks).
  textarea.addEventListener('input', () => { if (marks.length) paint(); });

  return {
    /** Marks these lines (1-based), replacing the previous marks. */
    setMarks(list) {
      marks = list.filter((m) => Number.isInteger(m.line) && m.line > 0);
      paint();
    },
    /** Puts the caret at the start of `line`, selects the line and scrolls it into view. */
    goToLine(line) {
      const lines = textarea.value.split('\n');
      const n = Math.min(Math.max(line, 1), lines.length);
      let start = 0;
      for (let i = 0; i < n - 1; i++) start += lines[i].length + 1;
      textarea.focus();
      textarea.setSelectionRange(start, start + lines[n - 1].length);
      // Scroll so that the line is in view: measure where it is in the backdrop (same layout).
      const mark = backdrop.querySelector(`mark[data-line="${n}"]`);
      if (mark) {
        textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
      } else {
        const lh = parseFloat(getComputedStyle(textarea).lineHeight) || 24;
        textarea.scrollTop = Math.max(0, (n - 1) * lh - textarea.clientHeight / 3);
      }
    },
  };
}
