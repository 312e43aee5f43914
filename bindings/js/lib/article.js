// Article: a parsed article living in WebAssembly memory. Parse once, then
// render, excerpt, count and read it as often as needed; free() it when done
// (or `using a = parse(…)`; a FinalizationRegistry frees forgotten ones).
import { call, generation as instanceGeneration } from './core.js';
import { BaivietError } from './error.js';

const live = typeof FinalizationRegistry === 'function'
  ? new FinalizationRegistry(({ handle, generation }) => {
    if (generation === instanceGeneration()) {
      try { call('article.free', handle); } catch { /* the module is gone */ }
    }
  })
  : null;

const disposeSymbol = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol.for('nodejs.dispose');

export class Article {
  #handle;
  #generation;
  #source;
  #options;
  #modelText = null;   // the JSON model, fetched once
  #model = null;       // parsed once for the getters (never handed out)

  /** Use parse(source, options): it makes Articles. */
  constructor(source, options, token) {
    if (token !== Article.#token) {
      throw new BaivietError('invalid_argument', 'use parse(source, options) to make an Article');
    }
    this.#source = source;
    this.#options = options;
    this.#open();
  }

  static #token = Symbol('Article');

  /** @internal */
  static make(source, options) { return new Article(source, options, Article.#token); }

  #open() {
    this.#handle = call('article.parse', this.#source, this.#options);
    this.#generation = instanceGeneration();
    live?.register(this, { handle: this.#handle, generation: this.#generation }, this);
  }

  /** The handle for a call; an article made by an earlier module instance is parsed again. */
  handle(name) {
    if (this.#handle === null) {
      throw new BaivietError('invalid_argument', `${name}: this article was freed (article.free() was called)`);
    }
    if (this.#generation !== instanceGeneration()) {
      live?.unregister(this);
      this.#open();
    }
    return this.#handle;
  }

  /** Releases the article's WebAssembly memory. Calls on it afterwards throw. Idempotent. */
  free() {
    if (this.#handle === null) return;
    live?.unregister(this);
    if (this.#generation === instanceGeneration()) call('article.free', this.#handle);
    this.#handle = null;
    this.#source = null;
  }

  [disposeSymbol]() { this.free(); }

  /** True until free() is called. */
  get alive() { return this.#handle !== null; }

  /** The article model as plain data (the JSON model); { inlines: true } adds each block's inline tree. */
  toJSON(options) {
    // JSON.stringify(article) calls toJSON(key) with a string: that is not an options object.
    const opts = options !== null && typeof options === 'object' ? options : undefined;
    if (opts?.inlines) return JSON.parse(call('article.json', this.handle('toJSON'), opts));
    this.#modelText ??= call('article.json', this.handle('toJSON'));
    return JSON.parse(this.#modelText);
  }

  #field(name) {
    this.#model ??= this.toJSON();
    return this.#model[name];
  }

  /** Warnings found while parsing: [{ message, line }]. */
  get warnings() { return JSON.parse(call('article.warnings', this.handle('warnings'))); }

  get title() { return this.#field('title') ?? ''; }
  get kicker() { return this.#field('kicker') ?? ''; }
  get sapo() { return this.#field('sapo') ?? ''; }
  get sourceFormat() { return this.#field('source_format'); }
}

/** An Article, or null when `x` is a string. Anything else is an error. */
export function articleOf(x, name) {
  if (x instanceof Article) return x;
  if (typeof x === 'string') return null;
  throw new BaivietError('invalid_argument',
    `${name}: expected a string or an Article, got ${x === null ? 'null' : typeof x}`);
}
