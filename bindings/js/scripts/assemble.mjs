#!/usr/bin/env node
// Assembles the npm package (called by bindings/js/CMakeLists.txt):
//   index.js     one ES module: lib/*.js + the core's emscripten loader, bundled by esbuild
//   index.cjs    the same as CommonJS, for require('baiviet') in Node 20
//   baiviet-full.js   the full build's emscripten loader (ES module, imported on demand)
//   baiviet-core.wasm, baiviet-full.wasm, baiviet-icu.dat, index.d.ts, package.json, README.md
//
//   LICENSE, THIRD-PARTY-NOTICES
// package.json is the template in bindings/js with "version" set from CMake's project() (the
// only version; the template must not carry one); its "scripts" and "devDependencies" serve
// the tests in bindings/js and are left out.
//
// usage: node assemble.mjs --out DIR --core-js baiviet-core.js --full-js baiviet-full.js
//          --data baiviet-icu.dat --version X.Y.Z --license LICENSE --notices THIRD-PARTY-NOTICES
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const js = resolve(here, '..');
const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  if (i < 0 || i + 1 >= args.length) { console.error(`assemble.mjs: missing ${name}`); process.exit(2); }
  return resolve(args[i + 1]);
};
const out = arg('--out');
const coreJs = arg('--core-js');
const fullJs = arg('--full-js');
const data = arg('--data');
const license = arg('--license');
const notices = arg('--notices');
const version = args[args.indexOf('--version') + 1];
if (args.indexOf('--version') < 0 || !/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error('assemble.mjs: --version MAJOR.MINOR.PATCH is required'); process.exit(2);
}

let esbuild;
try {
  esbuild = createRequire(join(js, 'package.json'))('esbuild');
} catch {
  console.error('assemble.mjs: esbuild is not installed: run "npm install" in bindings/js (or .ci/wasm-setup.sh)');
  process.exit(1);
}

// The emscripten loaders: we always hand them the compiled module (instantiateWasm), so their
// own default URL of the .wasm is never used. Written as a plain string so that bundlers do not
// try to resolve (and copy) a second, differently named asset.
function loader(file, wasmName) {
  let s = readFileSync(file, 'utf8');
  const pattern = new RegExp(`new URL\\("${wasmName.replace('.', '\\.')}",import\\.meta\\.url\\)`, 'g');
  const n = (s.match(pattern) || []).length;
  if (n !== 1) throw new Error(`${file}: expected one new URL("${wasmName}", import.meta.url), found ${n}`);
  s = s.replace(pattern, JSON.stringify(wasmName));
  // Its script directory is only used to locate files, which it never does here.
  s = s.replace(/var _scriptDir = import\.meta\.url;/, 'var _scriptDir = "";');
  if (/import\.meta/.test(s)) throw new Error(`${file}: import.meta left in the emscripten loader`);
  return s;
}

mkdirSync(out, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'baiviet-assemble-'));
try {
  const coreLoader = join(tmp, 'baiviet-core.js');
  writeFileSync(coreLoader, loader(coreJs, 'baiviet-core.wasm'));
  // The full loader is emscripten's output as it is (-Oz leaves it half minified); it is not
  // bundled, so it is minified here on its own (4.9 -> 3.7 KB brotli). esbuild renames local
  // names only: the Module["…"] keys and the default export stay.
  const full = esbuild.transformSync(loader(fullJs, 'baiviet-full.wasm'),
    { format: 'esm', target: 'es2020', minify: true, legalComments: 'none' }).code;
  if (!/export\s*\{\s*\w+ as default\s*\}|export default/.test(full) || !full.includes('"baiviet-full.wasm"')) {
    throw new Error('baiviet-full.js: minifying lost the default export or the .wasm name');
  }
  writeFileSync(join(out, 'baiviet-full.js'), full);

  const resolveLoader = {
    name: 'baiviet-loaders',
    setup(build) {
      build.onResolve({ filter: /^\.\/baiviet-core\.js$/ }, () => ({ path: coreLoader }));
      build.onResolve({ filter: /^\.\/baiviet-full\.js$/ }, () => ({ path: './baiviet-full.js', external: true }));
    },
  };
  const common = {
    entryPoints: [join(js, 'lib/index.js')],
    bundle: true,
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [resolveLoader],
    // keep the asset URL expressions untouched: bundlers of the user's page look for them
    supported: { 'import-meta': true },
  };
  const banner = '// baiviet — WebAssembly build of the baiviet C++ library. Bundled from bindings/js/lib/*.js.';
  await esbuild.build({
    ...common, format: 'esm', platform: 'neutral', outfile: join(out, 'index.js'), banner: { js: banner },
  });
  // CommonJS: import.meta.url becomes this file's URL; import('./baiviet-full.js') stays an
  // import() (Node loads ES modules from CommonJS that way).
  await esbuild.build({
    ...common, format: 'cjs', platform: 'node', outfile: join(out, 'index.cjs'),
    define: { 'import.meta.url': '__baiviet_module_url' },
    banner: { js: `${banner}\nconst __baiviet_module_url = require('node:url').pathToFileURL(__filename).href;` },
  });

  for (const f of ['index.js', 'index.cjs']) {
    let s = readFileSync(join(out, f), 'utf8');
    // The Node-only import('node:fs/promises') through a variable: esbuild drops the comments
    // that tell webpack and Vite to leave it alone (they would warn about it); put them back.
    const dyn = s.match(/import\(([A-Za-z_$][\w$]*)\)/g) || [];
    if (dyn.length !== 1) throw new Error(`${f}: expected one import(<variable>), found ${dyn.length}`);
    s = s.replace(/import\(([A-Za-z_$][\w$]*)\)/, 'import(/* webpackIgnore: true */ /* @vite-ignore */ $1)');
    writeFileSync(join(out, f), s);
    for (const asset of ['baiviet-core.wasm', 'baiviet-full.wasm', 'baiviet-icu.dat']) {
      if (!s.includes(asset)) throw new Error(`${f}: the bundle lost the reference to ${asset}`);
    }
    if (!/import\(["']\.\/baiviet-full\.js["']\)/.test(s)) throw new Error(`${f}: the bundle lost import("./baiviet-full.js")`);
  }

  const copy = (from, to = basename(from)) => copyFileSync(from, join(out, to));
  copy(coreJs.replace(/\.js$/, '.wasm'), 'baiviet-core.wasm');
  copy(fullJs.replace(/\.js$/, '.wasm'), 'baiviet-full.wasm');
  copy(data, 'baiviet-icu.dat');
  copy(join(js, 'lib/index.d.ts'));
  copy(join(js, 'README.md'));
  copy(license, 'LICENSE');
  copy(notices, 'THIRD-PARTY-NOTICES');
  const template = JSON.parse(readFileSync(join(js, 'package.json'), 'utf8'));
  if ('version' in template) throw new Error('bindings/js/package.json must not have a "version": it comes from CMakeLists.txt\'s project()');
  const pkg = {};
  for (const [key, value] of Object.entries(template)) {
    if (key === 'scripts' || key === 'devDependencies') continue;
    pkg[key] = value;
    if (key === 'name') pkg.version = version;
  }
  writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  // files of the one-piece layout (0.1) left over in a reused build tree
  for (const old of ['baiviet.wasm', 'baiviet-core.js', 'core.js', 'error.js', 'text.js', 'format.js', 'excerpt.js', 'article.js']) {
    if (existsSync(join(out, old))) rmSync(join(out, old));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
