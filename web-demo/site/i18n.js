// The page's own labels in Vietnamese and English (the article, and what the library writes —
// dates, reading time, the comment counter — stay as they are: that is the library's output).
//
// Static text: elements carry data-i18n="key" (text), data-i18n-html="key" (markup from this
// file only) or data-i18n-attr="attr:key;attr:key". Dynamic text: t(key, …args).
// The choice is kept in localStorage; without one, the browser's language decides.

const vi = {
  skip: 'Bỏ qua, đến ô soạn thảo',
  tagline: 'bài báo tiếng Việt → HTML, JSON, văn bản',
  loading: 'Đang tải WebAssembly…',
  ready: (v) => `WebAssembly sẵn sàng · baiviet ${v}`,
  loadFailed: 'Không tải được WebAssembly',
  share: 'Chia sẻ liên kết',
  shareCopied: (n) => `Đã chép liên kết vào bộ nhớ tạm (${n} ký tự).`,
  shareManual: 'Không chép được vào bộ nhớ tạm; liên kết nằm trên thanh địa chỉ.',
  shareLong: (n) => `Liên kết dài ${n} ký tự: vài trình duyệt hoặc ứng dụng chat có thể cắt bớt.`,
  stateBad: (m) => `Không đọc được trạng thái trong liên kết (${m}); mở bài mẫu.`,
  darkMode: 'Giao diện tối',
  otherLanguage: 'English',
  article: 'Bài viết',
  example: 'Bài mẫu',
  exSonLa: 'Văn bản dán từ báo: Sơn La, Kỳ 3',
  exBrief: 'Tin ngắn (Markdown + front matter)',
  exStats: 'Bài nhiều số liệu (Markdown)',
  exInterview: 'Phỏng vấn (văn bản: • hỏi, - đáp)',
  exEmpty: 'Trống',
  exOwn: '(văn bản của bạn)',
  exampleFailed: (name, m) => `Không tải được bài mẫu ${name}: ${m}`,
  inputFormat: 'Định dạng vào',
  fmtAuto: 'Tự nhận',
  fmtText: 'Văn bản dán từ trang báo',
  detected: 'Nhận dạng:',
  formatNames: { markdown: 'Markdown', text: 'văn bản dán từ trang báo' },
  detectedAuto: 'Tự nhận',
  detectedForced: (f) => `Đang dùng: ${f}`,
  openFile: 'Mở tệp…',
  saveSource: 'Lưu văn bản',
  fileLoaded: (name, bytes) => `Tệp: ${name} (${bytes} byte)`,
  fileTooLarge: (name, mb) => `Tệp ${name} lớn quá ${mb} MB, không mở.`,
  fileNotText: (name) => `Tệp ${name} không phải văn bản UTF-8 (Markdown hoặc .txt), không mở.`,
  fileFailed: (name, m) => `Không đọc được tệp ${name}: ${m}`,
  sourceLabel: 'Nội dung bài viết: Markdown có front matter, hoặc văn bản dán từ trang báo',
  dropHere: 'Thả tệp .md hoặc .txt vào đây',
  sourceHelp: 'Gõ hoặc dán Markdown (có front matter YAML giữa hai dòng <code>---</code>) hoặc văn bản chép từ một trang báo, hoặc kéo thả một tệp vào ô soạn thảo. Kết quả cập nhật khi bạn gõ.',
  stats: (bytes, words, sentences) => `${bytes} byte · ${words} từ · ${sentences} câu (sapo và thân bài)`,
  options: 'Tùy chọn',
  optSafe: 'HTML an toàn',
  unsafeWarning: 'Chế độ <strong>không an toàn</strong>: HTML thô và mọi URL được giữ nguyên. Chỉ dùng với nội dung tin cậy. Trong trang demo, bản xem trước vẫn nằm trong iframe sandbox không cho chạy script.',
  optToc: 'Mục lục',
  optNumbers: 'Đánh dấu số, ngày (<code>&lt;data&gt;</code>, <code>&lt;time&gt;</code>)',
  optPrefix: 'Tiền tố id tiêu đề',
  optLimit: 'Độ dài tóm tắt',
  optUnit: 'Đơn vị',
  unitGraphemes: 'ký tự',
  unitWords: 'từ (âm tiết)',
  unitSentences: 'câu',
  optTones: 'Kiểu bỏ dấu thanh',
  tonesKeep: 'Giữ nguyên',
  tonesModern: 'modern: hòa, thúy',
  tonesTraditional: 'traditional: hoà, thuý',
  optDate: 'Kiểu ngày (thẻ tin)',
  dateDateline: 'Thứ, ngày giờ',
  dateAdministrative: 'Hành chính',
  dateShort: 'Ngày ngắn',
  dateDateTime: 'Ngày giờ',
  moreOptions: 'Mọi tùy chọn khác (từ lược đồ tùy chọn)',
  moreOptionsHelp: 'Sinh từ <code>baiviet options --json</code>: tên JS, mặc định và mô tả (tiếng Anh) của từng tùy chọn.',
  schemaDefault: (v) => `mặc định: ${v}`,
  output: 'Kết quả',
  outputKinds: 'Dạng kết quả',
  tabPage: 'Trang tin',
  tabText: 'Văn bản',
  tabExcerpt: 'Tóm tắt HTML',
  tabCode: 'Mã',
  copy: 'Chép',
  download: 'Tải về',
  copied: 'Đã chép.',
  copyFailed: (m) => `Không chép được: ${m}`,
  previewTitle: 'Bài viết trình bày như trang báo',
  excerptShown: 'Hiển thị',
  excerptFrameTitle: 'Tóm tắt HTML hiển thị',
  excerptSource: 'Mã HTML',
  codeFor: 'Mã cho kết quả',
  cliTitle: 'Dòng lệnh',
  codeHelp: (file) => `Ba đoạn mã cho ra đúng từng byte kết quả đang hiển thị, với văn bản của ô soạn thảo lưu thành ${file} (nút “Lưu văn bản”). Chỉ ghi những tùy chọn khác mặc định.`,
  codeHelpExcerpt: 'Lệnh baiviet excerpt thêm một dấu xuống dòng sau tóm tắt.',
  timing: (total, parts) => `Lần kết xuất gần nhất: ${total} ms (${parts})`,
  timingParse: (ms) => `phân tích ${ms} ms`,
  timingNoParse: 'không phân tích lại',
  timingOut: { html: 'HTML', json: 'JSON', text: 'văn bản', jsonld: 'JSON-LD', excerpt: 'tóm tắt', card: 'thẻ' },
  timingWhere: 'trong Web Worker',
  warnings: (list) => `Cảnh báo: ${list}`,
  errorKinds: {
    front_matter: 'Front matter không hợp lệ', too_large: 'Nội dung quá lớn', too_deep: 'Lồng quá sâu',
    invalid_input: 'Nội dung không hợp lệ', invalid_argument: 'Tùy chọn không hợp lệ',
  },
  errorOther: 'Lỗi',
  errorAt: (n) => ` (dòng ${n})`,
  gotoLine: (n) => `Đến dòng ${n}`,
  markNote: (n) => `Dòng ${n} có lỗi (tô đỏ trong ô soạn thảo).`,
  markWarn: (lines) => `Cảnh báo ở dòng ${lines} (tô vàng).`,
  workerFailed: (m) => `Không khởi động được WebAssembly trong worker: ${m}`,
  workerError: (m) => `Lỗi trong worker: ${m}`,
  initFailed: (m) => `Không khởi động được baiviet: ${m}`,
  cardTitle: 'Thẻ “Tin mới”',
  cardNoTitle: '(chưa có tiêu đề)',
  cardNoDate: 'Chưa có ngày đăng',
  playTitle: 'Định dạng kiểu Việt Nam',
  playNumber: 'Số (viết kiểu Việt hoặc kiểu máy)',
  playDate: 'Ngày giờ (giờ Việt Nam)',
  playDateHelp: 'Thời gian tương đối tính so với lúc này.',
  playTable: 'Các cách viết số và ngày',
  play: {
    numbers: 'Định dạng số', enterNumber: 'Hãy nhập một số.', unreadable: (m) => `Không đọc được số: ${m}`,
    readAs: (v, kind, unit) => `Đọc là ${v} (${kind}${unit ? `, ${unit}` : ''})`,
    machine: ' — viết kiểu máy, dấu chấm là dấu thập phân',
    kinds: { number: 'số', percent: 'phần trăm', money: 'tiền', measure: 'số đo' },
    number: 'Số', percent: 'Phần trăm', percentOf: (n) => `Phần trăm (${n} %)`, money: 'Tiền (VND)',
    moneyNews: 'Tiền kiểu báo chí', compactLong: 'Rút gọn, dài', compactShort: 'Rút gọn, ngắn',
    words: 'Bằng chữ', moneyWords: 'Tiền bằng chữ', dates: 'Định dạng ngày giờ', date: 'Ngày',
    pickDate: 'Hãy chọn ngày giờ.',
    styles: {
      dateline: 'Dòng ngày (dateline)', administrative: 'Hành chính', shortDate: 'Ngày ngắn',
      paddedDate: 'Ngày đủ hai chữ số', dayMonth: 'Ngày, tháng', time: 'Giờ', dateTime: 'Ngày giờ', iso8601: 'ISO 8601',
    },
    relative: 'Tương đối (so với bây giờ)',
  },
  commentsTitle: 'Bình luận',
  commentLabel: 'Ý kiến của bạn',
  commentSend: 'Gửi bình luận',
  commentSent: 'Đã nhận bình luận (trang demo không lưu lại).',
  commentHelp: 'Đếm theo cụm ký tự (grapheme) trên dạng NFC: “ệ” gõ tổ hợp (NFD) vẫn là một ký tự.',
  footer: 'Trang demo dùng gói npm <code>baiviet</code> như mọi trang web khác: <code>import</code>, <code>await init()</code>, rồi gọi hàm. Không có yêu cầu mạng ra ngoài; phông chữ là phông hệ thống.',
  version: (v) => `(phiên bản ${v})`,
};

const en = {
  skip: 'Skip to the editor',
  tagline: 'Vietnamese news articles → HTML, JSON, text',
  loading: 'Loading WebAssembly…',
  ready: (v) => `WebAssembly ready · baiviet ${v}`,
  loadFailed: 'Could not load WebAssembly',
  share: 'Share link',
  shareCopied: (n) => `Link copied to the clipboard (${n} characters).`,
  shareManual: 'Could not write to the clipboard; the link is in the address bar.',
  shareLong: (n) => `The link is ${n} characters long: some browsers or chat apps may cut it.`,
  stateBad: (m) => `Could not read the state in the link (${m}); opening the sample.`,
  darkMode: 'Dark mode',
  otherLanguage: 'Tiếng Việt',
  article: 'Article',
  example: 'Example',
  exSonLa: 'Text pasted from a news page: Sơn La, part 3',
  exBrief: 'Brief (Markdown + front matter)',
  exStats: 'Article with many figures (Markdown)',
  exInterview: 'Interview (text: • question, - answer)',
  exEmpty: 'Empty',
  exOwn: '(your text)',
  exampleFailed: (name, m) => `Could not load the example ${name}: ${m}`,
  inputFormat: 'Input format',
  fmtAuto: 'Detect',
  fmtText: 'Text pasted from a news page',
  detected: 'Detected:',
  formatNames: { markdown: 'Markdown', text: 'text pasted from a news page' },
  detectedAuto: 'Detected',
  detectedForced: (f) => `Using: ${f}`,
  openFile: 'Open file…',
  saveSource: 'Save text',
  fileLoaded: (name, bytes) => `File: ${name} (${bytes} bytes)`,
  fileTooLarge: (name, mb) => `${name} is larger than ${mb} MB; not opened.`,
  fileNotText: (name) => `${name} is not UTF-8 text (Markdown or .txt); not opened.`,
  fileFailed: (name, m) => `Could not read ${name}: ${m}`,
  sourceLabel: 'Article source: Markdown with front matter, or text pasted from a news page',
  dropHere: 'Drop a .md or .txt file here',
  sourceHelp: 'Type or paste Markdown (with YAML front matter between two <code>---</code> lines) or text copied from a news page, or drop a file onto the editor. The output follows as you type.',
  stats: (bytes, words, sentences) => `${bytes} bytes · ${words} words · ${sentences} sentences (sapo and body)`,
  options: 'Options',
  optSafe: 'Safe HTML',
  unsafeWarning: '<strong>Unsafe</strong> mode: raw HTML and every URL are kept. Use it with trusted content only. On this page the preview still sits in a sandboxed iframe where no script can run.',
  optToc: 'Table of contents',
  optNumbers: 'Mark up numbers and dates (<code>&lt;data&gt;</code>, <code>&lt;time&gt;</code>)',
  optPrefix: 'Heading id prefix',
  optLimit: 'Excerpt length',
  optUnit: 'Unit',
  unitGraphemes: 'characters',
  unitWords: 'words (syllables)',
  unitSentences: 'sentences',
  optTones: 'Tone-mark style',
  tonesKeep: 'Keep as written',
  tonesModern: 'modern: hòa, thúy',
  tonesTraditional: 'traditional: hoà, thuý',
  optDate: 'Date style (card)',
  dateDateline: 'Weekday, date, time',
  dateAdministrative: 'Administrative',
  dateShort: 'Short date',
  dateDateTime: 'Date and time',
  moreOptions: 'Every other option (from the option schema)',
  moreOptionsHelp: 'Generated from <code>baiviet options --json</code>: each option\'s JS name, default and description.',
  schemaDefault: (v) => `default: ${v}`,
  output: 'Output',
  outputKinds: 'Output kinds',
  tabPage: 'News page',
  tabText: 'Text',
  tabExcerpt: 'Excerpt HTML',
  tabCode: 'Code',
  copy: 'Copy',
  download: 'Download',
  copied: 'Copied.',
  copyFailed: (m) => `Could not copy: ${m}`,
  previewTitle: 'The article laid out as a news page',
  excerptShown: 'Rendered',
  excerptFrameTitle: 'The HTML excerpt, rendered',
  excerptSource: 'HTML source',
  codeFor: 'Code for the output',
  cliTitle: 'Command line',
  codeHelp: (file) => `Each snippet gives the output shown, byte for byte, with the editor's text saved as ${file} (the “Save text” button). Only options that differ from their defaults are written.`,
  codeHelpExcerpt: 'baiviet excerpt prints a newline after the excerpt.',
  timing: (total, parts) => `Last render: ${total} ms (${parts})`,
  timingParse: (ms) => `parse ${ms} ms`,
  timingNoParse: 'not parsed again',
  timingOut: { html: 'HTML', json: 'JSON', text: 'text', jsonld: 'JSON-LD', excerpt: 'excerpt', card: 'card' },
  timingWhere: 'in a Web Worker',
  warnings: (list) => `Warnings: ${list}`,
  errorKinds: {
    front_matter: 'Invalid front matter', too_large: 'Input too large', too_deep: 'Nested too deeply',
    invalid_input: 'Invalid input', invalid_argument: 'Invalid option',
  },
  errorOther: 'Error',
  errorAt: (n) => ` (line ${n})`,
  gotoLine: (n) => `Go to line ${n}`,
  markNote: (n) => `Line ${n} has an error (marked red in the editor).`,
  markWarn: (lines) => `Warnings on line ${lines} (marked yellow).`,
  workerFailed: (m) => `Could not start WebAssembly in the worker: ${m}`,
  workerError: (m) => `Error in the worker: ${m}`,
  initFailed: (m) => `Could not start baiviet: ${m}`,
  cardTitle: '“Latest news” card',
  cardNoTitle: '(no title yet)',
  cardNoDate: 'No publication date',
  playTitle: 'Vietnamese formatting',
  playNumber: 'Number (Vietnamese or machine notation)',
  playDate: 'Date and time (Vietnam time)',
  playDateHelp: 'Relative time is counted from now.',
  playTable: 'Ways to write the number and the date',
  play: {
    numbers: 'Number formats', enterNumber: 'Enter a number.', unreadable: (m) => `Cannot read the number: ${m}`,
    readAs: (v, kind, unit) => `Read as ${v} (${kind}${unit ? `, ${unit}` : ''})`,
    machine: ' — machine notation, the dot is the decimal point',
    kinds: { number: 'number', percent: 'percent', money: 'money', measure: 'measure' },
    number: 'Number', percent: 'Percent', percentOf: (n) => `Percent (${n} %)`, money: 'Money (VND)',
    moneyNews: 'Money, newsroom style', compactLong: 'Compact, long', compactShort: 'Compact, short',
    words: 'In words', moneyWords: 'Money in words', dates: 'Date formats', date: 'Date',
    pickDate: 'Pick a date and time.',
    styles: {
      dateline: 'Dateline', administrative: 'Administrative', shortDate: 'Short date',
      paddedDate: 'Two-digit day and month', dayMonth: 'Day and month', time: 'Time', dateTime: 'Date and time', iso8601: 'ISO 8601',
    },
    relative: 'Relative (to now)',
  },
  commentsTitle: 'Comments',
  commentLabel: 'Your comment',
  commentSend: 'Post comment',
  commentSent: 'Comment received (the demo does not keep it).',
  commentHelp: 'Counts grapheme clusters of the NFC form: “ệ” typed decomposed (NFD) is still one character. The counter text is the library\'s (Vietnamese).',
  footer: 'This page uses the npm package <code>baiviet</code> like any other web page: <code>import</code>, <code>await init()</code>, then calls. No request leaves this origin; fonts are system fonts.',
  version: (v) => `(version ${v})`,
};

const tables = { vi, en };
const KEY = 'baiviet-demo-lang';
const listeners = [];

function initial() {
  let stored = null;
  try { stored = localStorage.getItem(KEY); } catch { /* storage disabled */ }
  if (stored === 'vi' || stored === 'en') return stored;
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language || 'vi'];
  return langs.some((l) => /^vi\b/i.test(l)) || !langs.some((l) => /^en\b/i.test(l)) ? 'vi' : 'en';
}

let lang = initial();

export function language() { return lang; }

/** The text for `key` in the current language (a function entry is called with args). */
export function t(key, ...args) {
  const v = tables[lang][key] ?? vi[key];
  if (v === undefined) throw new Error(`i18n: no text for ${key}`);
  return typeof v === 'function' ? v(...args) : v;
}

/** Labels of the static page (and anything under `root` carrying data-i18n*). */
export function applyLabels(root = document) {
  document.documentElement.lang = lang;
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-html]')) el.innerHTML = t(el.dataset.i18nHtml);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}

export function setLanguage(next) {
  if (!(next in tables)) return;
  lang = next;
  try { localStorage.setItem(KEY, next); } catch { /* storage disabled */ }
  applyLabels();
  for (const fn of listeners) fn(lang);
}

/** fn(lang) after every language change (to redo dynamic text). */
export function onLanguageChange(fn) { listeners.push(fn); }
