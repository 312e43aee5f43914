// Writes the npm package's package.json (package assembly, bindings/js/CMakeLists.txt):
// bindings/js/package.json is the template. It carries no version: CMake's project() version
// is the only one, and is set here ("version" right after "name"). The template's "scripts"
// and "devDependencies" serve the tests in bindings/js and are left out of the package.
//   node scripts/write-package-json.mjs TEMPLATE OUTPUT VERSION
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [template, output, version] = process.argv.slice(2);
if (!template || !output || !/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error('usage: write-package-json.mjs TEMPLATE OUTPUT MAJOR.MINOR.PATCH');
  process.exit(2);
}
const src = JSON.parse(readFileSync(template, 'utf8'));
if ('version' in src) {
  console.error(`${template} must not have a "version": it comes from CMakeLists.txt's project()`);
  process.exit(1);
}
const pkg = {};
for (const [key, value] of Object.entries(src)) {
  if (key === 'scripts' || key === 'devDependencies') continue;
  pkg[key] = value;
  if (key === 'name') pkg.version = version;
}
const text = JSON.stringify(pkg, null, 2) + '\n';
// Leave the file (and its time stamp) alone when nothing changed.
if (!existsSync(output) || readFileSync(output, 'utf8') !== text) writeFileSync(output, text);
