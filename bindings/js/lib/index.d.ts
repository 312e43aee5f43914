/// <reference lib="esnext.disposable" />
// Type declarations for the `baiviet` package (hand-written; keep in step with lib/*.js
// and the C++ headers in include/baiviet/). Option names are the C++ names in camelCase.

/**
 * Where a piece comes from: a URL (string or URL; a file path or file: URL in Node), its bytes,
 * or (code pieces) a compiled WebAssembly.Module for runtimes that forbid compiling bytes.
 * Default: next to the package's index.js (new URL(…, import.meta.url)).
 */
export type PieceSource = string | URL | ArrayBuffer | ArrayBufferView;

export interface InitOptions {
  /** Load the full build (core + formatting) at once instead of the article core. */
  formatting?: boolean;
  /** The article core, baiviet-core.wasm. */
  core?: PieceSource | WebAssembly.Module;
  /** The full build, baiviet-full.wasm (core + formatting). */
  full?: PieceSource | WebAssembly.Module;
  /** The ICU data of the full build, baiviet-icu.dat. */
  data?: PieceSource;
  /** @deprecated one-piece names of 0.1: the same as `core`. */
  wasmUrl?: string | URL;
  /** @deprecated the same as `core`. */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  /** @deprecated the same as `data`. */
  dataUrl?: string | URL;
  /** @deprecated the same as `data`. */
  dataBinary?: ArrayBuffer | ArrayBufferView;
}

/**
 * Loads and starts the article core (parse, render, excerpt, text.*), or with
 * { formatting: true } the full build; resolves once those calls can run. Idempotent.
 */
export function init(options?: InitOptions): Promise<void>;
/**
 * Loads formatting (format.*, parse.number, parse.iso8601): the module is swapped for the
 * full build. Idempotent; on failure (BaivietError 'load_failed') the core keeps working.
 */
export function loadFormatting(options?: Pick<InitOptions, 'full' | 'data'>): Promise<void>;
export function isInitialized(): boolean;
export function isFormattingLoaded(): boolean;
/** Version of the compiled C++ library (BAIVIET_VERSION_STRING; the same as package.json's "version"). */
export function version(): string;

export type ErrorCode =
  | 'invalid_argument' | 'invalid_input' | 'front_matter' | 'too_large' | 'too_deep'
  | 'icu_error' | 'out_of_memory' | 'internal'
  /** JS side: a call before init() resolved */
  | 'not_initialized'
  /** JS side: the .wasm or data could not be loaded (the message names the URL) */
  | 'load_failed'
  /** JS side: a format.* / parse.number / parse.iso8601 call before loadFormatting() */
  | 'formatting_not_loaded';

export class BaivietError extends Error {
  readonly name: 'BaivietError';
  readonly code: ErrorCode;
  /** 1-based input line when known, else 0. */
  readonly line: number;
  constructor(code: ErrorCode, message: string, line?: number);
}

export type InputFormat = 'markdown' | 'text' | 'auto';
export type OutputFormat = 'html' | 'json' | 'text' | 'jsonld';

/**
 * Parse and text-import options (groups "parse" and "import" of the option schema, which
 * `baiviet options` prints; a test checks these names against it).
 */
export interface ParseOptions {
  gfm?: boolean;                     // true: tables, strikethrough, autolinks, tagfilter, task lists
  footnotes?: boolean;               // true
  articleStructure?: boolean;        // true: "# title", bold first paragraph as sapo, lone image as figure
  smartPunctuation?: boolean;        // false
  /** Malformed front matter (YAML/TOML/JSON syntax, an unclosed fence): a warning, the block
   *  kept in `dropped` (reason "front-matter") and the body rendered, instead of a
   *  BaivietError with code 'front_matter'. */
  lenientFrontMatter?: boolean;      // false
  maxInputBytes?: number;            // 64 MiB
  maxNesting?: number;               // 128 (deeper nesting is flattened, text kept)
  maxEmphasisScan?: number;          // 1e8: links after emphasis markers beyond this → too_large (0 = no limit)
  /** Text import: drop page chrome (comment box, widgets), listed in the model's "dropped". */
  dropChrome?: boolean;              // true
  /** Text import: read "Tin mới"/"Tin liên quan" lists as related articles. */
  relatedLists?: boolean;            // true
  /** Text import: NFC, look-alike letters (Ð→Đ), white space. */
  normalize?: boolean;               // true
}

export interface HtmlOptions {
  fullPage?: boolean;                // false
  header?: boolean;                  // true
  related?: boolean;                 // true
  toc?: boolean;                     // false
  tocMaxLevel?: number;              // 3
  idPrefix?: string;                 // ""
  /** Pass raw HTML and every URL through: trusted input only. */
  unsafe?: boolean;                  // false
  markupNumbers?: boolean;           // false
  jsonld?: boolean;                  // true (full page)
  stylesheetHref?: string;
  commonmarkCompat?: boolean;        // false
  tagfilter?: boolean;               // true
}

export interface JsonOptions {
  pretty?: boolean;                  // true
  inlines?: boolean;                 // false
}

/** Options of render() on a parsed Article. */
export interface ArticleRenderOptions {
  to?: OutputFormat;                 // "html"
  html?: HtmlOptions;
  json?: JsonOptions;
}

/** Options of render() on a source text: also how to parse it. */
export interface RenderOptions extends ArticleRenderOptions {
  from?: InputFormat;                // "auto"
  parse?: ParseOptions;
}

/** Render a parsed Article (parse once, render many), or parse and render a source in one call. */
export function render(article: Article, options?: ArticleRenderOptions): string;
export function render(source: string, options?: RenderOptions): string;

/**
 * A parsed article in WebAssembly memory (from parse()). Render, excerpt and count it any
 * number of times; free() it when done (or `using a = parse(…)`); forgotten ones are freed
 * by the garbage collector.
 */
export class Article {
  private constructor();
  /** The article model as plain data (the JSON model); { inlines: true } adds each block's inline tree. */
  toJSON(options?: { inlines?: boolean }): ArticleModel;
  /** Warnings found while parsing. */
  readonly warnings: { message: string; line: number }[];
  readonly title: string;
  readonly kicker: string;
  readonly sapo: string;
  readonly sourceFormat: 'markdown' | 'text';
  /** True until free() is called. */
  readonly alive: boolean;
  /** Releases the WebAssembly memory; later calls on the article throw. Idempotent. */
  free(): void;
  [Symbol.dispose](): void;
}

/** The byline of the JSON model. */
export interface Byline {
  text: string;                      // as written
  role: string;                      // "Bài, ảnh", "Thực hiện", … ("" when none)
  authors: string[];
  /** A reprint's outlet: "AFP" in "Theo AFP" (absent when none). */
  source?: string;
  /** Text import: how sure the byline is (0–1, two decimals; 0 when none). */
  confidence?: number;
}

/** The article model as plain data (the JSON model; see the README "JSON model"). */
export interface ArticleModel {
  title?: string;
  kicker?: string;
  sapo?: string;
  /** Outlet or place marker taken off the lead ("TTO -", "Dân trí", "(BĐ) -", "Hòa Bình:"). */
  dateline?: string;
  byline?: Byline;
  /** Text import: confidences (0–1, two decimals) of the recovered elements; 0 = not found. */
  confidence?: { title: number; sapo: number; dateline: number };
  body?: Block[];
  related?: unknown[];
  /** Front matter says "draft: true" (Hugo) or "published: false" (Jekyll); the article still renders. */
  draft?: boolean;
  dropped?: { text: string; reason: string; line: number }[];
  warnings?: { message: string; line: number }[];
  [field: string]: unknown;
}
export interface Block {
  type: string;
  [field: string]: unknown;
}

export interface ParseCallOptions extends ParseOptions {
  from?: InputFormat;                // "auto"
}

export interface ImportOptions {
  dropChrome?: boolean;              // true
  related?: boolean;                 // true
  normalize?: boolean;               // true
  maxInputBytes?: number;
  inlines?: boolean;
}

export interface ParsedNumber {
  value: number;
  kind: 'number' | 'percent' | 'money' | 'measure';
  unit: string;
}

/** Parse Markdown or page text once into an Article. */
export const parse: {
  (source: string, options?: ParseCallOptions): Article;
  /** "2.617" → 2617, "122,2%" → 1.222, "1,5 tỷ đồng" → 1.5e9 (strict; errors on ambiguous text). */
  number(text: string): ParsedNumber;
  /** Strict ISO 8601 → epoch milliseconds; local times are in options.timeZone (default Asia/Ho_Chi_Minh). */
  iso8601(text: string, options?: { timeZone?: string }): number;
};

/** Recover an article from text copied off a Vietnamese news page: the model as plain data. */
export function importText(text: string, options?: ImportOptions): ArticleModel;
export function detectFormat(source: string): 'markdown' | 'text';

export type ToneStyle = 'keep' | 'modern' | 'traditional';

export const text: {
  slugify(text: string, options?: { maxLength?: number; separator?: string }): string;
  foldForSearch(text: string): string;
  toNfc(text: string): string;
  normalize(text: string, options?: {
    nfc?: boolean; lookalikes?: boolean; whitespace?: boolean; zeroWidth?: boolean; tones?: ToneStyle;
  }): string;
  applyToneStyle(text: string, options?: { tones?: ToneStyle }): string;
  /** Counts on the NFC form: grapheme clusters, code points, words (syllables), sentences (of an Article: its sapo and body). */
  count(text: string | Article): { graphemes: number; codePoints: number; words: number; sentences: number };
  /** ICU sentence break with Vietnamese abbreviations ("TP.", "TS." …) suppressed. */
  splitSentences(text: string): string[];
  readingTime(text: string, options?: ReadingOptions & { images?: number }): ReadingTime;
  readingTime(article: Article, options?: ReadingOptions): ReadingTime;
  /** Comment box state: { used, min, max, remaining, valid, tooShort, tooLong, counter, message }. */
  commentStatus(text: string, options?: { min?: number; max?: number }): CommentStatus;
};

export interface ReadingOptions {
  wordsPerMinute?: number;           // 370 syllables a minute
  countImages?: boolean;             // true: 12 s, 11 s, … 3 s per picture, as Ghost
}
export interface ReadingTime { words: number; images: number; seconds: number; minutes: number; label: string }
export interface CommentStatus {
  used: number; min: number; max: number; remaining: number; valid: boolean;
  tooShort: boolean; tooLong: boolean; counter: string; message: string;
}

export type RoundingMode = 'halfUp' | 'halfEven' | 'halfDown' | 'up' | 'down' | 'ceiling' | 'floor';
export interface NumberOptions {
  minFractionDigits?: number;
  maxFractionDigits?: number;
  minSignificantDigits?: number;
  maxSignificantDigits?: number;
  grouping?: boolean;
  rounding?: RoundingMode;
}

export type DateInput = Date | number | string;  // Date, epoch milliseconds or ISO 8601 text
export type DateStyle = 'dateline' | 'administrative' | 'shortDate' | 'paddedDate' | 'dayMonth'
  | 'time' | 'dateTime' | 'iso8601' | 'isoDate';
export interface WordsOptions { linh?: boolean; ngan?: boolean; ti?: boolean; maxFractionDigits?: number; capitalize?: boolean }

/** Vietnamese formatting through ICU with the locale "vi" (see format.hpp). Non-finite numbers throw invalid_argument. */
export const format: {
  number(value: number, options?: NumberOptions): string;
  /** The strings number() gives, for many values in one call (a table column, chart labels). */
  numbers(values: readonly number[] | Float64Array, options?: NumberOptions): string[];
  percent(ratio: number, options?: NumberOptions): string;
  ratio(numerator: number, denominator: number, options?: NumberOptions): string;
  range(low: number, high: number, options?: { number?: NumberOptions; separator?: string }): string;
  money(amount: number, currency?: string, options?: NumberOptions): string;
  moneyNews(amount: number, options?: NumberOptions): string;
  compact(value: number, options?: NumberOptions & { style?: 'long' | 'short' }): string;
  count(count: number, label?: string, options?: { compact?: boolean; style?: 'long' | 'short'; number?: NumberOptions }): string;
  unit(value: number, unit: string, options?: NumberOptions): string;
  words(value: number | bigint, options?: WordsOptions): string;
  moneyWords(amount: number, options?: WordsOptions): string;
  date(when: DateInput, options?: { style?: DateStyle; timeZone?: string; weekday?: 'title' | 'lower' }): string;
  relative(when: DateInput, now: DateInput, options?: { timeZone?: string; alwaysNumeric?: boolean; capitalize?: boolean }): string;
};

/** Options of excerpt() on a parsed Article. */
export interface ArticleExcerptOptions {
  limit?: number;                    // 160 (0 = none)
  unit?: 'graphemes' | 'words' | 'sentences';
  source?: 'auto' | 'sapo' | 'body';
  to?: 'text' | 'html';
  ellipsis?: string;                 // "…"
  sentenceThreshold?: number;        // 0.6
  closeBrackets?: boolean;           // true
  readingTime?: boolean;             // add readingTime to the result
}
/** Options of excerpt() on a source text. */
export interface ExcerptOptions extends ArticleExcerptOptions {
  from?: 'auto' | 'markdown' | 'text' | 'html' | 'plain';  // "auto": an article, format detected
  parse?: ParseOptions;
}
export interface ExcerptResult {
  text: string; truncated: boolean; ellipsis: boolean; graphemes: number; words: number;
  readingTime?: ReadingTime;
}
export function excerpt(article: Article, options?: ArticleExcerptOptions): ExcerptResult;
export function excerpt(source: string, options?: ExcerptOptions): ExcerptResult;

export const internals: {
  /** Names of the C++ functions compiled into the module. */
  boundNames(): string[];
  /** WebAssembly memory size in bytes (grows, never shrinks). */
  heapSize(): number;
  /** Articles not yet freed (for leak checks). */
  liveArticles(): number;
  /** The piece in use: null before init(), "core", or "full" after loadFormatting(). */
  loadedPiece(): null | 'core' | 'full';
  /** Changes whenever the module instance changes (loadFormatting() swaps core → full). */
  generation(): number;
};

declare const baiviet: {
  init: typeof init; isInitialized: typeof isInitialized; version: typeof version;
  loadFormatting: typeof loadFormatting; isFormattingLoaded: typeof isFormattingLoaded;
  render: typeof render; parse: typeof parse; importText: typeof importText;
  detectFormat: typeof detectFormat; text: typeof text; format: typeof format;
  excerpt: typeof excerpt; Article: typeof Article; BaivietError: typeof BaivietError; internals: typeof internals;
};
export default baiviet;
