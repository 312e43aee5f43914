// Helpers for the browser tests: a static file server and headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.dat': 'application/octet-stream', '.json': 'application/json', '.css': 'text/css',
  '.cjs': 'text/javascript; charset=utf-8',
};

/** Serves `routes` ({ '/prefix/': dir, '/page.html': 'literal html' or { body, headers } }) on 127.0.0.1. */
export async function serve(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    for (const [prefix, target] of Object.entries(routes)) {
      if (!prefix.endsWith('/') && url.pathname === prefix) {
        // a literal body, or { body, headers }
        const body = typeof target === 'string' ? target : target.body;
        res.writeHead(200, { 'content-type': types[extname(prefix)] ?? 'text/plain', ...(target.headers ?? {}) });
        res.end(body);
        return;
      }
      if (prefix.endsWith('/') && url.pathname.startsWith(prefix)) {
        const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
        if (rel.startsWith('..')) break;
        const p = join(target, rel);
        if (existsSync(p) && statSync(p).isFile()) {
          res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
          res.end(readFileSync(p));
          return;
        }
      }
    }
    res.writeHead(404);
    res.end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => { server.closeAllConnections?.(); return new Promise((r) => server.close(r)); },
  };
}

export const chromiumPath = process.env.BAIVIET_CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium, or returns a reason to skip. */
export async function launchChromium() {
  let playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    return { skip: 'playwright-core is not installed: run npm install in bindings/js' };
  }
  if (!existsSync(chromiumPath)) return { skip: `no Chromium at ${chromiumPath} (apt-get install chromium)` };
  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--no-first-run'],
  });
  return { browser };
}

export async function hasPlaywright() {
  try { await import('playwright-core'); return existsSync(chromiumPath); } catch { return false; }
}
