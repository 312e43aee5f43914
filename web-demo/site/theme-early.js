// Runs before the first paint (a classic script in <head>): applies a stored light/dark choice
// so the page never flashes the other theme. Without a stored choice the CSS follows the
// system (prefers-color-scheme). theme.js does the rest (the toggle, the preview frames).
try {
  const t = localStorage.getItem('baiviet-demo-theme');
  if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t;
} catch { /* storage disabled: follow the system */ }
