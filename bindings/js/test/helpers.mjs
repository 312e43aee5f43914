// Shared by the tests: where the built package and the native CLI are, and the fixtures.
import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, extname, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const jsDir = resolve(here, '..');
export const repoRoot = resolve(here, '../../..');
/** ../shared beside the checkout, or $BAIVIET_SHARED (as the C++ tests and Python tools allow). */
export const sharedDir = process.env.BAIVIET_SHARED ? resolve(process.env.BAIVIET_SHARED) : resolve(repoRoot, '../shared');

/**
 * The assembled npm package: $BAIVIET_JS_PACKAGE, else <repo>/build-wasm/bindings/js/package
 * (what .ci/wasm-build.sh makes). null when it was not built.
 */
export function packageDir() {
  const candidates = [];
  if (process.env.BAIVIET_JS_PACKAGE) candidates.push(resolve(process.env.BAIVIET_JS_PACKAGE));
  if (process.env.BAIVIET_WASM_BUILD_DIR) {
    candidates.push(resolve(process.env.BAIVIET_WASM_BUILD_DIR, 'bindings/js/package'));
  }
  candidates.push(join(repoRoot, 'build-wasm/bindings/js/package'));
  for (const c of candidates) if (existsSync(join(c, 'index.js')) && existsSync(join(c, 'baiviet-core.wasm'))) return c;
  return null;
}

export const missingPackageMessage =
  'the WASM package is not built: run .ci/wasm-build.sh (or set BAIVIET_JS_PACKAGE to its directory)';

export async function loadPackage() {
  const dir = packageDir();
  if (!dir) return null;
  return import(pathToFileURL(join(dir, 'index.js')).href);
}

/**
 * The native CLI: $BAIVIET_CLI, else the most recently built baiviet in a <repo>/build-something directory.
 */
export function nativeCli() {
  if (process.env.BAIVIET_CLI) return existsSync(process.env.BAIVIET_CLI) ? process.env.BAIVIET_CLI : null;
  let best = null;
  for (const d of readdirSync(repoRoot)) {
    if (!d.startsWith('build') || d === 'build-wasm') continue;
    const p = join(repoRoot, d, 'baiviet');
    try {
      const st = statSync(p);
      if (st.isFile() && (st.mode & 0o111) && (!best || st.mtimeMs > best.mtime)) best = { p, mtime: st.mtimeMs };
    } catch { /* absent */ }
  }
  return best ? best.p : null;
}

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Article inputs: Markdown (.md) and page text (.txt) under tests/fixtures and ../shared/corpus. */
export function articleInputs() {
  const inputs = [];
  const pick = (root, label) => {
    for (const p of walk(root, [])) {
      const ext = extname(p);
      if (ext !== '.md' && ext !== '.txt' && ext !== '.markdown') continue;
      if (/README\.md$/.test(p) || /\.expected\./.test(p)) continue;
      inputs.push({ path: p, name: `${label}/${relative(root, p)}`, from: ext === '.txt' ? 'text' : 'markdown' });
    }
  };
  pick(join(repoRoot, 'tests/fixtures'), 'fixtures');
  const corpus = join(sharedDir, 'corpus');
  const hasCorpus = existsSync(corpus);
  if (hasCorpus) pick(corpus, 'corpus');
  return { inputs, hasCorpus };
}

export function readText(p) { return readFileSync(p, 'utf8'); }
export const sampleArticle = join(repoRoot, 'tests/fixtures/samples/son-la-ky-3.txt');
