// The options of the page as code: the JS option objects the render worker passes to the
// package, and the same call as a JavaScript program, a C++ program and a CLI command, all
// read off the option schema (`baiviet options --json`, served as options.json). Nothing
// here lists the options: names, flags, groups and defaults come from the schema; what is
// written by hand is only how each language spells a group (C++ `options.html.…`) and the
// C++ enum types of the choice options. No DOM: Node can import this module too.
//
// Page values are keyed by schema name: render = groups input/parse/import/html/json,
// excerpt = group excerpt. Options equal to their schema default are left out of the code.

/** The schema entry of `name` in one of `groups`. */
export function optionSpec(schema, groups, name) {
  return schema.options.find((o) => groups.includes(o.group) && o.name === name) ?? null;
}

const RENDER_GROUPS = ['input', 'parse', 'import', 'html', 'json'];
const PARSE_GROUPS = ['parse', 'import'];

/** [spec, value] for each value that differs from its default, in schema order. */
function changed(schema, groups, values) {
  const out = [];
  for (const spec of schema.options) {
    if (!groups.includes(spec.group) || !(spec.name in values)) continue;
    const v = values[spec.name];
    if (v !== spec.default) out.push([spec, v]);
  }
  return out;
}

const OUTPUTS = ['html', 'json', 'text', 'jsonld'];

/**
 * The JS option objects of one page state: parse(source, parse), render(article, render[to]),
 * excerpt(article, excerpt) — exactly what the worker calls and what the JS code shows.
 */
export function jsOptions(schema, values) {
  const r = values.render ?? {};
  const parse = { from: r.from ?? 'auto' };
  for (const [spec, v] of changed(schema, PARSE_GROUPS, r)) parse[spec.js] = v;
  const render = {};
  for (const to of OUTPUTS) {
    const o = to === 'html' ? {} : { to };
    const group = to === 'html' ? 'html' : to === 'json' ? 'json' : null;
    if (group) {
      const sub = {};
      for (const [spec, v] of changed(schema, [group], r)) sub[spec.js] = v;
      if (Object.keys(sub).length) o[group] = sub;
    }
    render[to] = o;
  }
  const excerpt = {};
  for (const [spec, v] of changed(schema, ['excerpt'], values.excerpt ?? {})) {
    if (spec.name !== 'from' && spec.name !== 'to' && spec.name !== 'reading_time') excerpt[spec.js] = v;
  }
  excerpt.to = 'html';
  return { parse, render, excerpt };
}

// ---- literals ----------------------------------------------------------------------------------

function jsString(s) {
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029\u007f]/g, (c) => {
    if (c === '\\' || c === "'") return `\\${c}`;
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}'`;
}

function jsValue(v) {
  if (typeof v === 'string') return jsString(v);
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    if (!entries.length) return '{}';
    return `{ ${entries.map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsString(k)}: ${jsValue(x)}`).join(', ')} }`;
  }
  return String(v);
}

function cppString(s) {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\${c.toString(8).padStart(3, '0')}`;
    else if (ch === '?') out += '\\?';   // no trigraphs
    else out += ch;
  }
  return `${out}"`;
}

/** C++ enum type of each choice option (the schema names the values; C++ spells "auto" auto_detect). */
const CPP_ENUMS = {
  'input.from': 'input_format', 'output.to': 'output_format', 'excerpt.unit': 'excerpt_unit',
  'excerpt.source': 'excerpt_source', 'excerpt.to': 'excerpt_output',
};

function cppValue(spec, v) {
  switch (spec.kind) {
    case 'flag': return v ? 'true' : 'false';
    case 'integer': return String(v);
    case 'number': return Number.isInteger(v) ? `${v}.0` : String(v);
    case 'text': return cppString(v);
    case 'choice': {
      const type = CPP_ENUMS[`${spec.group}.${spec.name}`];
      if (!type) throw new Error(`codegen: no C++ enum known for the choice option ${spec.group}.${spec.name}`);
      return `baiviet::${type}::${v === 'auto' ? 'auto_detect' : v}`;
    }
    default: throw new Error(`codegen: unknown option kind ${spec.kind}`);
  }
}

/** Where each group's options live in C++ (render_options / excerpt_options). */
function cppMember(spec) {
  switch (spec.group) {
    case 'input': return 'options.parse.format';
    case 'parse': case 'import': return `options.parse.${spec.name}`;
    case 'output': return 'options.to';
    case 'html': return `options.html.${spec.name}`;
    case 'json': return `options.json.${spec.name}`;
    case 'excerpt': return `excerpt.${spec.name}`;
    default: throw new Error(`codegen: no C++ home for group ${spec.group}`);
  }
}

const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
function sh(s) { return SHELL_SAFE.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`; }

/** CLI words for one option value (the schema's flag; flags that turn something off print when off). */
function cliWords(spec, v) {
  if (!spec.cli) throw new Error(`codegen: ${spec.name} has no CLI flag`);
  if (spec.kind === 'flag') return v === !spec.cli_negates ? [spec.cli] : [];
  return [spec.cli, sh(String(v))];
}

// ---- the three programs ----------------------------------------------------------------------

/**
 * JS, C++ and CLI code for one output of a page state.
 * state = { output: html|json|text|jsonld|excerpt, render: {…}, excerpt: {…}, tones, file }
 */
export function generateCode(schema, state) {
  const output = state.output ?? 'html';
  const r = state.render ?? {};
  const from = r.from ?? 'auto';
  const file = state.file || 'bai-viet.md';
  const tones = state.tones && state.tones !== 'keep' ? state.tones : null;
  const isExcerpt = output === 'excerpt';
  const js = jsOptions(schema, state);

  const fromSpec = optionSpec(schema, ['input'], 'from');
  const toSpec = optionSpec(schema, ['output'], 'to');
  const parseChanged = changed(schema, PARSE_GROUPS, r);
  const renderChanged = isExcerpt ? [] : changed(schema, output === 'html' ? ['html'] : output === 'json' ? ['json'] : [], r);
  const excerptChanged = isExcerpt
    ? changed(schema, ['excerpt'], state.excerpt ?? {}).filter(([s]) => !['from', 'to', 'reading_time'].includes(s.name))
    : [];
  const excerptTo = optionSpec(schema, ['excerpt'], 'to');

  // JavaScript (Node; the calls are the same in a browser or a worker).
  const imports = ['init', 'parse', isExcerpt ? 'excerpt' : 'render', ...(tones ? ['text'] : [])];
  const jsLines = [
    `// node ${isExcerpt ? 'excerpt' : 'render'}.mjs    (npm install baiviet)`,
    "import { readFile } from 'node:fs/promises';",
    `import { ${imports.join(', ')} } from 'baiviet';`,
    '',
    'await init();',
    `${tones ? 'let' : 'const'} source = await readFile(${jsString(file)}, 'utf8');`,
  ];
  if (tones) jsLines.push(`source = text.applyToneStyle(source, { tones: ${jsString(tones)} });`);
  jsLines.push(`const article = parse(source, ${jsValue(js.parse)});`);
  if (isExcerpt) {
    jsLines.push(`const output = excerpt(article, ${jsValue(js.excerpt)}).text;`);
  } else {
    const opts = js.render[output];
    jsLines.push(`const output = render(article${Object.keys(opts).length ? `, ${jsValue(opts)}` : ''});`);
  }
  jsLines.push('article.free();', 'process.stdout.write(output);');

  // C++ (libbaiviet).
  const cpp = [
    `// c++ -std=c++20 ${isExcerpt ? 'excerpt' : 'render'}.cpp $(pkg-config --cflags --libs baiviet)`,
    '#include <baiviet/baiviet.hpp>',
    '',
    '#include <cstdio>',
    '#include <fstream>',
    '#include <iterator>',
    '#include <string>',
    '',
    'int main() {',
    `  std::ifstream in(${cppString(file)}, std::ios::binary);`,
    '  std::string source{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};',
  ];
  if (tones) cpp.push(`  source = baiviet::apply_tone_style(source, baiviet::tone_style::${tones});`);
  cpp.push('', '  baiviet::render_options options;', `  ${cppMember(fromSpec)} = ${cppValue(fromSpec, from)};`);
  for (const [spec, v] of parseChanged) cpp.push(`  ${cppMember(spec)} = ${cppValue(spec, v)};`);
  if (!isExcerpt) {
    if (output !== 'html') cpp.push(`  ${cppMember(toSpec)} = ${cppValue(toSpec, output)};`);
    for (const [spec, v] of renderChanged) cpp.push(`  ${cppMember(spec)} = ${cppValue(spec, v)};`);
    cpp.push('  baiviet::resolve_implications(options);');
  }
  cpp.push(
    '',
    '  auto article = baiviet::parse(source, options.parse);',
    '  if (!article) return std::fprintf(stderr, "%s\\n", article.error().message.c_str()), 1;',
  );
  if (isExcerpt) {
    cpp.push('  baiviet::excerpt_options excerpt;');
    for (const [spec, v] of excerptChanged) cpp.push(`  ${cppMember(spec)} = ${cppValue(spec, v)};`);
    cpp.push(
      `  ${cppMember(excerptTo)} = ${cppValue(excerptTo, 'html')};`,
      '  auto out = baiviet::excerpt(*article, excerpt);',
      '  if (!out) return std::fprintf(stderr, "%s\\n", out.error().message.c_str()), 1;',
      '  std::fwrite(out->text.data(), 1, out->text.size(), stdout);',
    );
  } else {
    cpp.push(
      '  auto out = baiviet::render(*article, options);',
      '  if (!out) return std::fprintf(stderr, "%s\\n", out.error().message.c_str()), 1;',
      '  std::fwrite(out->output.data(), 1, out->output.size(), stdout);',
    );
  }
  cpp.push('}');

  // Command line.
  const words = [isExcerpt ? 'baiviet excerpt' : 'baiviet render'];
  if (!tones) words.push(sh(file));
  words.push(...cliWords(fromSpec, from));
  for (const [spec, v] of parseChanged) words.push(...cliWords(spec, v));
  if (isExcerpt) {
    for (const [spec, v] of excerptChanged) words.push(...cliWords(spec, v));
    words.push(...cliWords(excerptTo, 'html'));
  } else {
    if (output !== 'html') words.push(...cliWords(toSpec, output));
    for (const [spec, v] of renderChanged) words.push(...cliWords(spec, v));
  }
  let cli = words.join(' ');
  if (tones) {
    cli = `baiviet text normalize --tones ${sh(tones)} --keep-whitespace --keep-lookalikes --keep-zero-width ${sh(file)} \\\n  | ${cli}`;
  }

  return { js: `${jsLines.join('\n')}\n`, cpp: `${cpp.join('\n')}\n`, cli: `${cli}\n` };
}
