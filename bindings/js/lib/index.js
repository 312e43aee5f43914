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

export { init, isInitialized, loadFormatting, isFormattingLoaded, BaivietError, text, format, excerpt };

/** Library version of the compiled C++ code ("0.1.0"). */
export function version() { return call('version', ''); }

/**
 * Parse and render in one call. options.to: "html" (default), "json", "text", "jsonld";
 * options.from: "markdown" (default), "text" (copied from a web page) or "auto".
 */
export function render(source, options) { return call('render', source, options); }

/** Parse Markdown (or text, with { format: "text" }) into the article model as a plain object. */
export function parse(source, options) { return JSON.parse(call('parse', source, options)); }
// parse.number / parse.iso8601 (format.hpp).
parse.number = parseNumber;
parse.iso8601 = parseIso8601;

/** Recover an article from text copied off a news page (see import.hpp). */
export function importText(source, options) { return JSON.parse(call('importText', source, options)); }

/** "markdown" or "text": what parse() with { format: "auto" } would use. */
export function detectFormat(source) { return call('detectFormat', source); }

/** Diagnostics: the functions compiled in, and the WebAssembly memory size in bytes. */
// loadedPiece(): null, "core" or "full"; generation(): changes when loadFormatting() swaps the
// module instance (anything kept in WebAssembly memory belongs to one generation).
export const internals = { boundNames, heapSize, loadedPiece, generation };

export default { init, isInitialized, loadFormatting, isFormattingLoaded, version, render, parse, importText, detectFormat, text, format, excerpt, BaivietError, internals };
