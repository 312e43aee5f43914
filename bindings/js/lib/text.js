// text.*: Vietnamese text utilities (include/baiviet/text.hpp).
import { call } from './core.js';
import { articleOf } from './article.js';

export const text = {
  /** "Thực hiện với bước đi chắc chắn" → "thuc-hien-voi-buoc-di-chac-chan". Options: { maxLength, separator }. */
  slugify: (s, options) => call('text.slugify', s, options),
  /** "Đảng bộ tỉnh Sơn La" → "dang bo tinh son la". */
  foldForSearch: (s) => call('text.foldForSearch', s),
  /** Unicode NFC. */
  toNfc: (s) => call('text.toNfc', s),
  /** Options: { nfc, lookalikes, whitespace, zeroWidth, tones: "keep" | "modern" | "traditional" }. */
  normalize: (s, options) => call('text.normalize', s, options),
  /** Options: { tones: "keep" | "modern" | "traditional" }. */
  applyToneStyle: (s, options) => call('text.applyToneStyle', s, options),
  /** { graphemes, codePoints, words, sentences } of the NFC form (of an Article: its sapo and body). */
  count: (s) => {
    const article = articleOf(s, 'text.count');
    return JSON.parse(article ? call('article.count', article.handle('text.count')) : call('text.count', s));
  },
  /** Sentences (ICU sentence break, Vietnamese abbreviations suppressed). */
  splitSentences: (s) => JSON.parse(call('text.splitSentences', s)),
  /**
   * Of a text or an Article. Options: { wordsPerMinute, countImages } (and images: the pictures of
   * a plain text) → { words, images, seconds, minutes, label }.
   */
  readingTime: (s, options) => {
    const article = articleOf(s, 'text.readingTime');
    return JSON.parse(article
      ? call('article.readingTime', article.handle('text.readingTime'), options)
      : call('text.readingTime', s, options));
  },
  /** Options: { min, max } → { used, min, max, remaining, valid, tooShort, tooLong, counter, message }. */
  commentStatus: (s, options) => JSON.parse(call('text.commentStatus', s, options)),
};
