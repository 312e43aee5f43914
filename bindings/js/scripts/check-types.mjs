// The js_types test: lib/index.d.ts type-checked by TypeScript (npm devDependency) against the
// usage file test/types/usage.ts, as `tsc --noEmit -p test/types` does, and then proved to
// matter: every declared type in index.d.ts is changed in turn (in memory) and the usage file
// must stop compiling each time —
//   - the return type of every function and method, and the type of every property (options,
//     results, fields) becomes `symbol`;
//   - every union of string literals ('html' | 'json' …) becomes `string` (the usage file's
//     `@ts-expect-error` misuse lines then compile, which tsc reports).
// A change that goes unnoticed means the usage file does not exercise that declaration.
//   node scripts/check-types.mjs        (exit 77 when typescript is not installed: npm install)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const jsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(jsDir, 'package.json'));
let ts;
try {
  ts = require('typescript');
} catch {
  console.log('SKIPPED: TypeScript is not installed: run `npm install` in bindings/js.');
  process.exit(77);
}

const configPath = join(jsDir, 'test/types/tsconfig.json');
const dtsPath = join(jsDir, 'lib/index.d.ts');
const usagePath = join(jsDir, 'test/types/usage.ts');
const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
});
const dtsText = readFileSync(dtsPath, 'utf8');

// One compiler host for every run: the standard library files are parsed once.
const host = ts.createCompilerHost(config.options);
const cache = new Map();
const baseGetSourceFile = host.getSourceFile.bind(host);
let replacement = null;   // text of index.d.ts for the current run (null: the file as it is)
host.getSourceFile = (file, language, onError, create) => {
  if (replacement !== null && resolve(file) === dtsPath) return ts.createSourceFile(file, replacement, language, true);
  if (!cache.has(file)) cache.set(file, baseGetSourceFile(file, language, onError, create));
  return cache.get(file);
};
let oldProgram;
function diagnostics(text, full) {
  replacement = text;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host, oldProgram });
  oldProgram = program;
  if (full) return ts.getPreEmitDiagnostics(program);
  // A mutation only needs one error; the usage file's are enough (the checker is lazy).
  return program.getSemanticDiagnostics(program.getSourceFile(usagePath));
}
const show = (d) => {
  const where = d.file ? `${d.file.fileName.slice(jsDir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
  return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
};

// 1. The declarations and the usage file compile, with no error at all.
const errors = diagnostics(null, true);
if (errors.length) {
  console.log(`FAIL: tsc reports ${errors.length} error(s):`);
  for (const d of errors) console.log('  ' + show(d));
  process.exit(1);
}
console.log('tsc --noEmit: lib/index.d.ts + test/types/usage.ts compile without errors');

// 2. Every export of the module is named in the usage file.
const usage = readFileSync(usagePath, 'utf8');
const program = oldProgram;
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(dtsPath));
const exported = checker.getExportsOfModule(moduleSymbol).map((s) => s.name);
const unused = exported.filter((name) => name !== 'default' && !new RegExp(`\\b${name}\\b`).test(usage));
if (unused.length) {
  console.log(`FAIL: test/types/usage.ts does not use ${unused.join(', ')}`);
  process.exit(1);
}
console.log(`usage.ts names all ${exported.length} exports`);

// 3. Every declared type matters to the usage file.
const sf = ts.createSourceFile(dtsPath, dtsText, ts.ScriptTarget.Latest, true);
const sites = [];
const label = (node) => {
  const names = [];
  for (let n = node; n && n !== sf; n = n.parent) if (n.name && ts.isIdentifier(n.name)) names.unshift(n.name.text);
  return `${names.join('.')} (line ${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1})`;
};
const isStringLiteralUnion = (t) => ts.isUnionTypeNode(t) &&
  t.types.every((m) => ts.isLiteralTypeNode(m) && ts.isStringLiteral(m.literal));
(function visit(node) {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodSignature(node) || ts.isCallSignatureDeclaration(node)) && node.type) {
    sites.push({ what: `return type of ${label(node)}`, node: node.type, to: 'symbol' });
  } else if (ts.isPropertySignature(node) && node.type) {
    sites.push({ what: `type of ${label(node)}`, node: node.type, to: 'symbol' });
  } else if (ts.isPropertyDeclaration(node) && node.type) {
    sites.push({ what: `type of ${label(node)}`, node: node.type, to: 'symbol' });
  } else if (ts.isTypeAliasDeclaration(node) && isStringLiteralUnion(node.type)) {
    sites.push({ what: `${label(node)} as string`, node: node.type, to: 'string' });
  }
  ts.forEachChild(node, visit);
})(sf);

const missed = [];
for (const site of sites) {
  const text = dtsText.slice(0, site.node.getStart()) + site.to + dtsText.slice(site.node.getEnd());
  if (diagnostics(text, false).length === 0) missed.push(site.what);
}
replacement = null;
if (missed.length) {
  console.log(`FAIL: ${missed.length} of ${sites.length} changed declarations still compile with test/types/usage.ts:`);
  for (const m of missed) console.log('  ' + m);
  process.exit(1);
}
console.log(`all ${sites.length} changed declarations break test/types/usage.ts`);
