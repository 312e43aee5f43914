// Dark mode: follows the system (prefers-color-scheme) until the reader presses the toggle;
// the choice is kept in localStorage. Pressing it back to what the system says forgets the
// choice, so the page follows the system again. <html data-theme="dark|light"> carries an
// explicit choice (demo.css); the effective theme is also handed to the preview frames.
const KEY = 'baiviet-demo-theme';
const media = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = [];

function readStored() {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'dark' || v === 'light' ? v : null;
  } catch { return null; }
}
let choice = readStored();   // 'dark' | 'light' | null (follow the system)

const system = () => (media.matches ? 'dark' : 'light');

/** 'dark' or 'light': the reader's choice, else the system's. */
export function effectiveTheme() { return choice ?? system(); }

function apply() {
  if (choice) document.documentElement.dataset.theme = choice;
  else delete document.documentElement.dataset.theme;
  const theme = effectiveTheme();
  for (const fn of listeners) fn(theme);
}

/** fn(theme) whenever the effective theme changes (and once now). */
export function onThemeChange(fn) {
  listeners.push(fn);
  fn(effectiveTheme());
}

export function setupTheme(button) {
  onThemeChange((theme) => button.setAttribute('aria-pressed', String(theme === 'dark')));
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    choice = next === system() ? null : next;
    try {
      if (choice) localStorage.setItem(KEY, choice);
      else localStorage.removeItem(KEY);
    } catch { /* storage disabled: the choice lasts until reload */ }
    apply();
  });
  media.addEventListener('change', apply);
  apply();
}
