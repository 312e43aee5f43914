// The assembled npm package as `npm publish` would ship it: one version (CMake's project()),
// the licence and third-party notices inside, the metadata, and the exports the types declare.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadPackage, packageDir, missingPackageMessage, jsDir, repoRoot } from './helpers.mjs';

const bv = await loadPackage();
const dir = packageDir();
const skip = bv ? false : missingPackageMessage;

// The version CMake's project() declares: given by ctest (tests/cmake/js.cmake), else read from
// CMakeLists.txt (running this file by hand).
function cmakeVersion() {
  if (process.env.BAIVIET_EXPECTED_VERSION) return process.env.BAIVIET_EXPECTED_VERSION;
  const m = readFileSync(join(repoRoot, 'CMakeLists.txt'), 'utf8').match(/project\(baiviet\s+VERSION\s+(\d+\.\d+\.\d+)/);
  assert.ok(m, 'no project(baiviet VERSION x.y.z) in CMakeLists.txt');
  return m[1];
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('package.json and version() carry CMake\'s version; the template has none', { skip }, async () => {
  const expected = cmakeVersion();
  const pkg = readJson(join(dir, 'package.json'));
  assert.equal(pkg.version, expected, 'package.json "version"');
  await bv.init();
  assert.equal(bv.version(), expected, 'version() of the compiled library');
  assert.equal(bv.default.version(), expected);
  assert.equal('version' in readJson(join(jsDir, 'package.json')), false,
    'bindings/js/package.json must not carry a version of its own (it is written from CMake)');
});

test('metadata: licence, author, repository, homepage, bugs, keywords; no dev-only fields', { skip }, () => {
  const pkg = readJson(join(dir, 'package.json'));
  assert.equal(pkg.name, 'baiviet');
  assert.equal(pkg.license, 'MIT');
  assert.equal(typeof pkg.author, 'string');
  assert.ok(pkg.author.length > 0);
  assert.equal(pkg.repository.type, 'git');
  for (const url of [pkg.repository.url.replace(/^git\+/, ''), pkg.homepage, pkg.bugs.url]) {
    assert.doesNotThrow(() => new URL(url), url);
    assert.match(url, /^https:\/\//);
  }
  if (/\.invalid\b/.test(pkg.repository.url)) {
    console.log(`note: the repository URL is a placeholder (${pkg.repository.url}): set the real one in bindings/js/package.json`);
  }
  assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.includes('vietnamese'));
  assert.equal(pkg.scripts, undefined, 'the test scripts stay in bindings/js');
  assert.equal(pkg.devDependencies, undefined, 'devDependencies stay in bindings/js');
  assert.equal(pkg.types, './index.d.ts');
  assert.equal(Object.keys(pkg.exports['.'])[0], 'types', '"types" first in the exports map');
});

test('npm pack ships exactly "files", with LICENSE and THIRD-PARTY-NOTICES as in the repository', { skip }, () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [report] = JSON.parse(r.stdout);
  const packed = report.files.map((f) => f.path).sort();
  const pkg = readJson(join(dir, 'package.json'));
  assert.deepEqual(packed, [...pkg.files, 'package.json'].sort());
  assert.equal(report.version, cmakeVersion());
  for (const name of ['LICENSE', 'THIRD-PARTY-NOTICES']) {
    assert.equal(readFileSync(join(dir, name), 'utf8'), readFileSync(join(repoRoot, name), 'utf8'), name);
  }
  const notices = readFileSync(join(dir, 'THIRD-PARTY-NOTICES'), 'utf8');
  for (const lib of ['ICU', 'cmark-gfm', 'libyaml', 'nlohmann/json', 'toml++', 'Emscripten runtime']) {
    assert.match(notices, new RegExp(`^${lib.replace(/[+/]/g, '\\$&')} \\d`, 'm'), `notices for ${lib}`);
  }
  console.log(`npm pack: ${packed.length} files, ${report.size} bytes packed, ${report.unpackedSize} unpacked`);
});

test('the module exports exactly the values index.d.ts declares', { skip }, () => {
  const dts = readFileSync(join(dir, 'index.d.ts'), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|const|class|let) (\w+)/gm)].map((m) => m[1]);
  const unique = [...new Set(declared)].sort();
  const actual = Object.keys(bv).filter((k) => k !== 'default').sort();
  assert.deepEqual(actual, unique);
  assert.deepEqual(Object.keys(bv.default).sort(), unique);
});
