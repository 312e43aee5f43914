// excerpt(): a short summary of an article, plain text or HTML fragment (include/baiviet/excerpt.hpp).
import { call } from './core.js';

/**
 * options.from: "auto" (article, format detected), "markdown", "text" (page text), "html"
 * (fragment), "plain"; limit, unit ("graphemes" | "words" | "sentences"), source ("auto" |
 * "sapo" | "body"), to ("text" | "html"), ellipsis, sentenceThreshold, closeBrackets,
 * readingTime (adds { words, images, seconds, minutes, label }).
 * Returns { text, truncated, ellipsis, graphemes, words [, readingTime] }.
 */
export function excerpt(source, options) { return JSON.parse(call('excerpt', source, options)); }
