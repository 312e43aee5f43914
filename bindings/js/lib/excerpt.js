// excerpt(): a short summary of an article, plain text or HTML fragment (include/baiviet/excerpt.hpp).
import { call } from './core.js';
import { articleOf } from './article.js';

/**
 * Of an Article (from parse()) or a source text. options: limit, unit ("graphemes" |
 * "words" | "sentences"), source ("auto" | "sapo" | "body"), to ("text" | "html"), ellipsis,
 * sentenceThreshold, closeBrackets, readingTime (adds { words, images, seconds, minutes,
 * label }); for a source text also from ("auto": an article, format detected; "markdown",
 * "text" (page text), "html" (fragment), "plain") and parse ({ gfm, dropChrome, … }).
 * Returns { text, truncated, ellipsis, graphemes, words [, readingTime] }.
 */
export function excerpt(source, options) {
  const article = articleOf(source, 'excerpt');
  return JSON.parse(article
    ? call('article.excerpt', article.handle('excerpt'), options)
    : call('excerpt', source, options));
}
