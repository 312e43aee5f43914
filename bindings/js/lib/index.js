// baiviet: parse and render Vietnamese news articles (WebAssembly build of the C++ library).
//
//   import { init, render, parse, importText, text } from 'baiviet';
//   await init();                       // the article core: baiviet-core.wasm
//   const html = render(markdown, { to: 'html' });
//   await loadFormatting();             // format.*, parse.number: the full build + ICU data
//
// Everything after init() is synchronous and returns strings or plain objects.
// Option names are the C++ field names in camelCase (see index.d.ts).
import {
  call, init, isInitialized, loadFormatting, isFormattingLoaded, loadedPiece, generation, boundNames, heapSize,
} from './core.js';
import { BaivietError } from './error.js';
import { text } from './text.js';
import { format, parseNumber, parseIso8601 } from './format.js';
import { excerpt } from './excerpt.js';
import { Article, articleOf } from './article.js';

export { init, isInitialized, loadFormatting, isFormattingLoaded, BaivietError, text, format, excerpt, Article };

/** Version of the compiled C++ library (BAIVIET_VERSION_STRING; the same as package.json's). */
export function version() { return call('version', ''); }

/**
 * Render an Article (from parse()) or, in one call, a source text. options.to: "html"
 * (default), "json", "text", "jsonld"; options.html / options.json; for a source also
 * options.from ("markdown", "text" copied from a web page, or "auto") and options.parse.
 */
export function render(source, options) {
  const article = articleOf(source, 'render');
  return article ? call('article.render', article.handle('render'), options) : call('render', source, options);
}

/**
 * Parse once: an Article living in WebAssembly memory, to render, excerpt and count many
 * times (article.toJSON() is the model as plain data). options: { from, gfm, footnotes,
 * articleStructure, smartPunctuation, dropChrome, relatedLists, normalize, max… }.
 * Free it with article.free() (or `using`); forgotten ones are freed by the garbage collector.
 */
export function parse(source, options) {
  if (typeof source !== 'string') {
    throw new BaivietError('invalid_argument', `parse: expected a string, got ${source === null ? 'null' : typeof source}`);
  }
  return Article.make(source, options);
}
// parse.number / parse.iso8601 (format.hpp).
parse.number = parseNumber;
parse.iso8601 = parseIso8601;

/** Recover an article from text copied off a news page (see import.hpp). */
export function importText(source, options) { return JSON.parse(call('importText', source, options)); }

/** "markdown" or "text": what parse() with { format: "auto" } would use. */
export function detectFormat(source) { return call('detectFormat', source); }

/** Diagnostics: the functions compiled in, the WebAssembly memory size in bytes, live Articles. */
// loadedPiece(): null, "core" or "full"; generation(): changes when loadFormatting() swaps the
// module instance (anything kept in WebAssembly memory belongs to one generation).
export const internals = {
  boundNames, heapSize, loadedPiece, generation, liveArticles: () => Number(call('article.live', '')),
};

export default {
  init, isInitialized, loadFormatting, isFormattingLoaded, version, render, parse, importText, detectFormat, text,
  format, excerpt, Article, BaivietError, internals,
};
