// Type-checked, never run: `tsc --noEmit -p test/types` (the js_types test,
// scripts/check-types.mjs). It uses every export of lib/index.d.ts the way a TypeScript user
// would, with every result stored under its declared type, so a declaration that changes or
// loosens a type fails here; the `@ts-expect-error` lines are misuse that must stay an error
// (tsc reports an expect-error line that compiles as an error itself).
import baiviet, {
  init, isInitialized, loadFormatting, isFormattingLoaded, version, render, parse, importText, detectFormat,
  text, format, excerpt, internals, BaivietError, Article,
} from 'baiviet';
import type {
  InitOptions, ErrorCode, InputFormat, OutputFormat, ParseOptions, HtmlOptions, JsonOptions,
  RenderOptions, ArticleRenderOptions, ArticleModel, Block, ParseCallOptions, ImportOptions, ParsedNumber,
  ToneStyle, ReadingTime, ReadingOptions, CommentStatus, RoundingMode, NumberOptions, DateInput, DateStyle,
  WordsOptions, ExcerptOptions, ArticleExcerptOptions, ExcerptResult, PieceSource, Byline,
} from 'baiviet';

const source = '---\ntitle: Sơn La vững bước\n---\n**Sapo.**\n\nDoanh thu đạt 2.617 tỷ đồng.\n';

// --- init, version ---------------------------------------------------------------------------
const initOptions: InitOptions = {
  wasmUrl: new URL('file:///pkg/baiviet.wasm'),
  wasmBinary: new Uint8Array(0),
  dataUrl: '/baiviet-icu.dat',
  dataBinary: new ArrayBuffer(0),
};
const started: Promise<void> = init(initOptions);
const startedDefault: Promise<void> = init();
const ready: boolean = isInitialized();
const v: string = version();
// The two pieces: a URL, bytes or a compiled module for the core and the full build.
const coreUrl: PieceSource = new URL('https://cdn.example/baiviet-core.wasm');
const pieces: InitOptions = { core: coreUrl, full: new Uint8Array(0), data: '/baiviet-icu.dat', formatting: true };
const startedPieces: Promise<void> = init(pieces);
const formattingLoading: Promise<void> = loadFormatting({ data: new ArrayBuffer(0) });
const formattingLoaded: boolean = isFormattingLoaded();
// @ts-expect-error loadFormatting() takes only the full build and its data
loadFormatting({ core: coreUrl });
// @ts-expect-error formatting is a boolean
init({ formatting: 'yes' });
// @ts-expect-error wasmUrl is a string or URL
init({ wasmUrl: 42 });
// @ts-expect-error unknown option
init({ wasm: 'baiviet.wasm' });

// --- errors ------------------------------------------------------------------------------------
const codes: ErrorCode[] = ['invalid_argument', 'invalid_input', 'front_matter', 'too_large', 'too_deep',
  'icu_error', 'out_of_memory', 'internal', 'not_initialized', 'load_failed', 'formatting_not_loaded'];
const err = new BaivietError('front_matter', 'line 2: bad YAML', 2);
const errNoLine = new BaivietError('internal', 'oops');
const asError: Error = err;
const errName: 'BaivietError' = err.name;
const errCode: ErrorCode = err.code;
const errLine: number = err.line;
// @ts-expect-error not an error code
new BaivietError('no_such_code', 'x');
// @ts-expect-error code is read-only
err.code = 'internal';
try {
  render('---\ntags: [a\n---\n');
} catch (e) {
  if (e instanceof BaivietError && e.code === 'front_matter') console.log(e.line, e.message);
}

// --- render, parse, import ---------------------------------------------------------------------
const inputs: InputFormat[] = ['markdown', 'text', 'auto'];
const outputs: OutputFormat[] = ['html', 'json', 'text', 'jsonld'];
const parseOptions: ParseOptions = {
  gfm: true, footnotes: true, articleStructure: true, smartPunctuation: false, lenientFrontMatter: true,
  maxInputBytes: 1 << 20, maxNesting: 64, maxEmphasisScan: 0, dropChrome: true, relatedLists: true, normalize: true,
};
// @ts-expect-error the input format is "from", beside parse
const oldFormat: ParseOptions = { format: 'auto' };
const htmlOptions: HtmlOptions = {
  fullPage: true, header: true, related: true, toc: true, tocMaxLevel: 3, idPrefix: 'bv-', unsafe: false,
  markupNumbers: true, jsonld: true, stylesheetHref: '/bv.css', commonmarkCompat: false, tagfilter: true,
};
const jsonOptions: JsonOptions = { pretty: false, inlines: true };
const renderOptions: RenderOptions = { to: 'json', from: 'auto', parse: parseOptions, html: htmlOptions, json: jsonOptions };
const html: string = render(source);
const json: string = render(source, renderOptions);
// @ts-expect-error not an output format
render(source, { to: 'pdf' });
// @ts-expect-error not an input format
render(source, { from: 'html' });
// @ts-expect-error the source is a string
render(new Uint8Array(0));
// @ts-expect-error booleans are booleans
render(source, { html: { toc: 'yes' } });

const parseCallOptions: ParseCallOptions = { ...parseOptions, from: 'markdown' };
const article: Article = parse(source, parseCallOptions);
const articleRender: ArticleRenderOptions = { to: 'html', html: htmlOptions, json: jsonOptions };
const htmlOfArticle: string = render(article, articleRender);
// @ts-expect-error parse options belong to parse(), not to render(article)
render(article, { parse: parseOptions });
const model: ArticleModel = article.toJSON();
const byline: Byline | undefined = model.byline;
const bylineSource: string | undefined = byline?.source;
const bylineConfidence: number | undefined = byline?.confidence;
const bylineAuthors: string[] | undefined = byline?.authors;
const bylineText: string | undefined = byline?.text;
const bylineRole: string | undefined = byline?.role;
const dateline: string | undefined = model.dateline;
const confidences: { title: number; sapo: number; dateline: number } | undefined = model.confidence;
const titleConfidence: number | undefined = model.confidence?.title;
const sapoConfidence: number | undefined = model.confidence?.sapo;
const datelineConfidence: number | undefined = model.confidence?.dateline;
const modelInlines: ArticleModel = article.toJSON({ inlines: true });
const title: string = article.title;
const kicker: string = article.kicker;
const sapo: string = article.sapo;
const format0: 'markdown' | 'text' = article.sourceFormat;
const alive: boolean = article.alive;
const articleWarnings: { message: string; line: number }[] = article.warnings;
article.free();
article[Symbol.dispose]();
// @ts-expect-error Articles come from parse()
new Article();
const modelTitle: string | undefined = model.title;
const modelKicker: string | undefined = model.kicker;
const modelSapo: string | undefined = model.sapo;
const body: Block[] | undefined = model.body;
const related: unknown[] | undefined = model.related;
const warnings: { message: string; line: number }[] | undefined = model.warnings;
const draft: boolean | undefined = model.draft;
const droppedLines: { text: string; reason: string; line: number }[] | undefined = model.dropped;
const other: unknown = model['date'];
const blockType: string | undefined = body?.[0]?.type;
// @ts-expect-error a title is a string
const badTitle: number | undefined = model.title;

const parsedNumber: ParsedNumber = parse.number('2.617');
const numberValue: number = parsedNumber.value;
const numberKind: 'number' | 'percent' | 'money' | 'measure' = parsedNumber.kind;
const numberUnit: string = parsedNumber.unit;
const epochMs: number = parse.iso8601('2024-02-29T08:00:00', { timeZone: 'Asia/Ho_Chi_Minh' });
const epochMsDefault: number = parse.iso8601('2024-02-29T08:00:00+07:00');
// @ts-expect-error parse.number takes text
parse.number(2617);

const importOptions: ImportOptions = { dropChrome: true, related: true, normalize: true, maxInputBytes: 1 << 20, inlines: false };
const imported: ArticleModel = importText('Sơn La vững bước\n\nSapo.', importOptions);
const importedDefault: ArticleModel = importText('Sơn La vững bước');
const detected: 'markdown' | 'text' = detectFormat(source);
// @ts-expect-error detectFormat never says "auto"
const detectedAuto: 'auto' = detectFormat(source);

// --- text --------------------------------------------------------------------------------------
const tones: ToneStyle[] = ['keep', 'modern', 'traditional'];
const slug: string = text.slugify('Thực hiện với bước đi chắc chắn', { maxLength: 40, separator: '_' });
const folded: string = text.foldForSearch('Đà Nẵng');
const nfc: string = text.toNfc('Hòa');
const normalized: string = text.normalize('Hoà', { nfc: true, lookalikes: true, whitespace: true, zeroWidth: true, tones: 'modern' });
const toned: string = text.applyToneStyle('Hoà', { tones: 'traditional' });
const counts: { graphemes: number; codePoints: number; words: number; sentences: number } = text.count('Xin chào.');
const sentences: string[] = text.splitSentences('TP. Hồ Chí Minh. Hà Nội.');
const reading: ReadingTime = text.readingTime(source, { images: 2, wordsPerMinute: 200, countImages: true });
const readingOptions: ReadingOptions = { wordsPerMinute: 300, countImages: false };
const readingOfArticle: ReadingTime = text.readingTime(article, readingOptions);
const countsOfArticle: { words: number } = text.count(article);
// @ts-expect-error images are counted from the article itself
text.readingTime(article, { images: 2 });
const readingFields: [number, number, number, number, string] =
  [reading.words, reading.images, reading.seconds, reading.minutes, reading.label];
const comment: CommentStatus = text.commentStatus('Yến!', { min: 5, max: 1000 });
const commentFields: [number, number, number, number, boolean, boolean, boolean, string, string] = [
  comment.used, comment.min, comment.max, comment.remaining, comment.valid, comment.tooShort, comment.tooLong,
  comment.counter, comment.message];
// @ts-expect-error not a tone style
text.applyToneStyle('Hoà', { tones: 'old' });
// @ts-expect-error count has no "letters"
text.count('x').letters;

// --- format ------------------------------------------------------------------------------------
const roundings: RoundingMode[] = ['halfUp', 'halfEven', 'halfDown', 'up', 'down', 'ceiling', 'floor'];
const numberOptions: NumberOptions = {
  minFractionDigits: 0, maxFractionDigits: 2, minSignificantDigits: 1, maxSignificantDigits: 6,
  grouping: true, rounding: 'halfEven',
};
const dateInputs: DateInput[] = [new Date(0), 0, '2024-02-29T08:00:00+07:00'];
const dateStyles: DateStyle[] = ['dateline', 'administrative', 'shortDate', 'paddedDate', 'dayMonth', 'time',
  'dateTime', 'iso8601', 'isoDate'];
const wordsOptions: WordsOptions = { linh: true, ngan: false, ti: false, maxFractionDigits: 2, capitalize: true };
const formatted: string[] = [
  format.number(2617, numberOptions),
  format.percent(1.222),
  format.ratio(1, 3, numberOptions),
  format.range(1, 2, { number: numberOptions, separator: '–' }),
  format.money(1500000, 'VND', numberOptions),
  format.moneyNews(1.5e9, numberOptions),
  format.compact(1.2e6, { ...numberOptions, style: 'short' }),
  format.count(1200, 'lượt xem', { compact: true, style: 'long', number: numberOptions }),
  format.unit(12.5, 'kilometer', numberOptions),
  format.words(2617, wordsOptions),
  format.words(10n ** 12n),
  format.moneyWords(1500000, wordsOptions),
  format.date(new Date(), { style: 'dateline', timeZone: 'Asia/Ho_Chi_Minh', weekday: 'lower' }),
  format.relative(Date.now() - 60000, new Date(), { timeZone: 'UTC', alwaysNumeric: true, capitalize: true }),
];
const column: string[] = format.numbers(new Float64Array([1, 2.5]), numberOptions);
const columnFromArray: string[] = format.numbers([1, 2.5] as const);
// @ts-expect-error not a rounding mode
format.number(1, { rounding: 'nearest' });
// @ts-expect-error not a date style
format.date(0, { style: 'long' });
// @ts-expect-error a date is a Date, a number or text
format.date(true);

// --- excerpt -----------------------------------------------------------------------------------
const excerptOptions: ExcerptOptions = {
  from: 'auto', limit: 160, unit: 'graphemes', source: 'sapo', to: 'html', ellipsis: '…',
  sentenceThreshold: 0.6, closeBrackets: true, readingTime: true,
};
const card: ExcerptResult = excerpt(source, excerptOptions);
const cardFields: [string, boolean, boolean, number, number, ReadingTime | undefined] =
  [card.text, card.truncated, card.ellipsis, card.graphemes, card.words, card.readingTime];
// @ts-expect-error not an excerpt unit
excerpt(source, { unit: 'characters' });
const articleExcerptOptions: ArticleExcerptOptions = { limit: 80, to: 'text' };
const excerptParsed: ExcerptOptions = { from: 'markdown', parse: { gfm: false } };
const excerptParse: ParseOptions | undefined = excerptParsed.parse;
const cardOfArticle: ExcerptResult = excerpt(article, articleExcerptOptions);
// @ts-expect-error what to excerpt is given by the Article itself
excerpt(article, { from: 'html' });

// --- internals and the default export ------------------------------------------------------------
const names: string[] = internals.boundNames();
const heap: number = internals.heapSize();
const liveArticles: number = internals.liveArticles();
const piece: null | 'core' | 'full' = internals.loadedPiece();
const instance: number = internals.generation();
const all: [
  typeof init, typeof isInitialized, typeof version, typeof render, typeof parse, typeof importText,
  typeof detectFormat, typeof text, typeof format, typeof excerpt, typeof Article, typeof BaivietError,
  typeof internals, typeof loadFormatting, typeof isFormattingLoaded,
] = [baiviet.init, baiviet.isInitialized, baiviet.version, baiviet.render, baiviet.parse, baiviet.importText,
  baiviet.detectFormat, baiviet.text, baiviet.format, baiviet.excerpt, baiviet.Article, baiviet.BaivietError,
  baiviet.internals, baiviet.loadFormatting, baiviet.isFormattingLoaded];
// @ts-expect-error the default export has no such member
baiviet.renderAll;

export {
  coreUrl, startedPieces, formattingLoading, formattingLoaded, byline, bylineSource, bylineConfidence,
  bylineAuthors, bylineText, bylineRole, dateline, confidences, titleConfidence, sapoConfidence,
  datelineConfidence, piece, instance,
  started, startedDefault, ready, v, codes, errNoLine, asError, errName, errCode, errLine, inputs, outputs,
  html, json, title, kicker, sapo, related, warnings, draft, droppedLines, other, blockType, badTitle, numberValue, numberKind,
  numberUnit, epochMs, epochMsDefault, imported, importedDefault, detected, detectedAuto, tones, slug, folded,
  nfc, normalized, toned, counts, sentences, readingFields, commentFields, roundings, dateInputs, dateStyles,
  formatted, column, columnFromArray, cardFields, names, heap, all, oldFormat, htmlOfArticle, model,
  modelInlines, format0, alive, modelTitle, modelKicker, modelSapo, excerptParse, articleWarnings, readingOfArticle, countsOfArticle, cardOfArticle, liveArticles,
};
