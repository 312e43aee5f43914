#!/usr/bin/env node
// Builds the benchmark corpus: a manifest (corpus.json) of named sets of input
// files, shared by the native, Node and browser benchmarks.
//
//   node bench/corpus/generate.mjs OUT_DIR [--spec-dir DIR] [--shared DIR]
//
// Sets (each benchmark iteration processes every file of a set):
//   sample        tests/fixtures/samples/son-la-ky-3.txt (the project's own sample)
//   corpus-md     ../shared/corpus/chinhphu_markdown/*.md   (read in place, when present)
//   corpus-txt    ../shared/corpus/baobinhdinh/*.txt        (read in place, when present)
//   spec          cmark-gfm's spec.txt (tests/spec/fetch-cmark-tests.sh prints its directory)
//   generated-1mb a synthetic 1 MiB Vietnamese news article in Markdown, written to OUT_DIR
//
// Third-party texts are never copied: the manifest points at them where they are.
// The generated article is made here from a word list and a fixed-seed PRNG, so
// every run and every machine gets the same bytes.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---- the synthetic article ----------------------------------------------------

// xorshift32 with a fixed seed: same article everywhere.
function rng(seed = 0x9e3779b9) {
  let x = seed >>> 0;
  const next = () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x;
  };
  return { int: (n) => next() % n, pick: (a) => a[next() % a.length], chance: (p) => next() / 4294967296 < p };
}

// Common syllables of Vietnamese news prose (NFC), written for this generator.
const SYLLABLES = (
  'công tác xây dựng đảng chính quyền nhân dân phát triển kinh tế xã hội huyện tỉnh thành phố ' +
  'cán bộ đảng viên chi bộ cơ sở nhiệm vụ giải pháp thực hiện nghị quyết kế hoạch triển khai ' +
  'đồng chí bí thư chủ tịch ủy ban hội đồng năm tháng ngày tuần quý kết quả đạt được ' +
  'người dân doanh nghiệp đầu tư dự án hạ tầng giao thông nông thôn mới trường học bệnh viện ' +
  'sản xuất nông nghiệp cây trồng vật nuôi thu nhập bình quân hộ nghèo giảm tăng trưởng ' +
  'vùng cao biên giới đồng bào dân tộc thiểu số văn hóa truyền thống lễ hội du lịch ' +
  'môi trường rừng nước sạch điện lưới chuyển đổi số đổi mới sáng tạo khoa học công nghệ ' +
  'an ninh trật tự quốc phòng lực lượng vũ trang quân đội công an biên phòng ' +
  'giáo dục đào tạo học sinh giáo viên y tế sức khỏe chăm sóc phòng chống dịch bệnh ' +
  'hiệu quả chất lượng trách nhiệm lãnh đạo chỉ đạo điều hành kiểm tra giám sát ' +
  'tiếp tục đẩy mạnh nâng cao tăng cường quan tâm hỗ trợ khó khăn thuận lợi ' +
  'những các một này đó cũng đã đang sẽ được có là và của với trong cho từ theo để ' +
  'nhiều hơn rất đều luôn vẫn còn chưa không thể cần phải nên việc điều ' +
  'gắn bó mật thiết niềm tin vững chắc bền vững toàn diện đồng bộ quyết liệt'
).split(' ');
const PLACES = ['Sơn La', 'Yên Châu', 'Mộc Châu', 'Thuận Châu', 'Bình Định', 'Quy Nhơn', 'Vân Canh',
  'Hà Nội', 'TP Hồ Chí Minh', 'Đà Nẵng', 'Điện Biên', 'Lai Châu', 'Hòa Bình', 'Thanh Hóa'];
const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức',
  'Vũ Thị Hà', 'Đặng Quốc Khánh', 'Bùi Thanh Lâm'];
const UNITS = ['ha', 'km', 'tấn', 'người', 'hộ', 'dự án', 'tỷ đồng', 'triệu đồng', 'học sinh'];

function number(r) {
  switch (r.int(7)) {
    case 0: return String(1 + r.int(99));
    case 1: return (1000 + r.int(99000)).toLocaleString('de-DE');           // 12.345 (vi grouping)
    case 2: return `${r.int(100)},${1 + r.int(9)}%`;                          // 12,5%
    case 3: return `${1 + r.int(28)}/${1 + r.int(12)}/${2015 + r.int(11)}`;   // 17/5/2021
    case 4: return `ngày ${1 + r.int(28)} tháng ${String(1 + r.int(12)).padStart(2, '0')} năm ${2015 + r.int(11)}`;
    case 5: return `${1 + r.int(999)},${r.int(10)} ${r.pick(UNITS)}`;
    default: return `${2000 + r.int(26)}-${2025 + r.int(6)}`;
  }
}

function sentence(r) {
  const n = 10 + r.int(22);
  const words = [];
  for (let i = 0; i < n; i++) {
    const k = r.int(40);
    if (k === 0) words.push(number(r));
    else if (k === 1) words.push(r.pick(PLACES));
    else if (k === 2) words.push(`**${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}**`);
    else if (k === 3) words.push(`*${r.pick(SYLLABLES)}*`);
    else if (k === 4) words.push(`[${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}](https://example.vn/tin/${r.int(1e6)}.html)`);
    else if (k === 5) words.push(`“${r.pick(SYLLABLES)} ${r.pick(SYLLABLES)}”`);
    else words.push(r.pick(SYLLABLES));
  }
  let s = words.join(' ');
  s = s[0].toUpperCase() + s.slice(1);
  if (r.chance(0.15)) s = s.replace(' ', ', ');
  return s + (r.chance(0.1) ? '?' : '.');
}

function paragraph(r) {
  const n = 2 + r.int(5);
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

function heading(r) {
  const n = 3 + r.int(6);
  const w = Array.from({ length: n }, () => r.pick(SYLLABLES)).join(' ');
  return w[0].toUpperCase() + w.slice(1);
}

/** A Markdown news article of at least `bytes` UTF-8 bytes (cut at a block boundary). */
export function generateArticle(bytes = 1 << 20) {
  const r = rng();
  const blocks = [];
  let size = 0;
  const push = (b) => { blocks.push(b); size += Buffer.byteLength(b, 'utf8') + 2; };
  push(`# ${heading(r)} • Kỳ ${1 + r.int(5)}: ${heading(r)}`);
  push(`**${r.pick(PLACES)} - ${paragraph(r)}**`);
  let i = 0;
  while (size < bytes) {
    i++;
    if (i % 9 === 0) push(`## ${heading(r)}`);
    else if (i % 13 === 0) {
      push(`![${heading(r)}](https://example.vn/anh/${r.int(1e6)}.jpg)`);
      push(`*${heading(r)}. Ảnh: ${r.pick(PEOPLE)}*`);
    } else if (i % 17 === 0) push(Array.from({ length: 3 + r.int(3) }, () => `- ${sentence(r)}`).join('\n'));
    else if (i % 23 === 0) push(`> ${paragraph(r)}`);
    else if (i % 31 === 0) {
      const rows = [`| Đơn vị | Chỉ tiêu | Kết quả |`, `|---|---:|---:|`];
      for (let k = 0; k < 4 + r.int(4); k++) rows.push(`| ${r.pick(PLACES)} | ${number(r)} | ${number(r)} |`);
      push(rows.join('\n'));
    } else push(paragraph(r));
  }
  push(`**${r.pick(PEOPLE).toUpperCase()}**`);
  return blocks.join('\n\n') + '\n';
}

// ---- the manifest ---------------------------------------------------------------

function listFiles(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, f));
}

function main() {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--spec-dir' && args[args.indexOf(a) - 1] !== '--shared');
  if (!out) {
    console.error('usage: generate.mjs OUT_DIR [--spec-dir DIR] [--shared DIR]');
    process.exit(2);
  }
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const shared = resolve(opt('--shared') ?? join(root, '../shared/corpus'));
  const specDir = opt('--spec-dir');
  mkdirSync(out, { recursive: true });

  const generated = join(resolve(out), 'generated-1mb.md');
  writeFileSync(generated, generateArticle());

  const sets = [
    { name: 'sample', format: 'text', note: 'project sample (plain text)', files: [join(root, 'tests/fixtures/samples/son-la-ky-3.txt')] },
    { name: 'corpus-md', format: 'markdown', note: '../shared/corpus/chinhphu_markdown', files: listFiles(join(shared, 'chinhphu_markdown'), '.md') },
    { name: 'corpus-txt', format: 'text', note: '../shared/corpus/baobinhdinh', files: listFiles(join(shared, 'baobinhdinh'), '.txt') },
    { name: 'spec', format: 'markdown', note: 'cmark-gfm spec.txt', files: specDir && existsSync(join(specDir, 'spec.txt')) ? [join(specDir, 'spec.txt')] : [] },
    { name: 'generated-1mb', format: 'markdown', note: 'synthetic article (bench/corpus/generate.mjs)', files: [generated] },
  ];
  const manifest = { sets: [] };
  for (const s of sets) {
    if (s.files.length === 0) {
      console.error(`corpus: ${s.name} not available (${s.note}), skipped`);
      continue;
    }
    const bytes = s.files.reduce((n, f) => n + statSync(f).size, 0);
    manifest.sets.push({ ...s, bytes });
  }
  writeFileSync(join(out, 'corpus.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const s of manifest.sets) {
    console.log(`corpus: ${s.name.padEnd(14)} ${String(s.files.length).padStart(3)} file(s) ${String(s.bytes).padStart(9)} bytes  (${s.note})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
