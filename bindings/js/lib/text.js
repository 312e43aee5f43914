// text.*: Vietnamese text utilities (include/baiviet/text.hpp).
import { call } from './core.js';

export const text = {
  /** "Thực hiện với bước đi chắc chắn" → "thuc-hien-voi-buoc-di-chac-chan". Options: { maxLength, separator }. */
  slugify: (s, options) => call('text.slugify', s, options),
  /** "Đảng bộ tỉnh Sơn La" → "dang bo tinh son la". */
  foldForSearch: (s) => call('text.foldForSearch', s),
  /** Unicode NFC. */
  toNfc: (s) => call('text.toNfc', s),
  /** Options: { nfc, lookalikes, whitespace, zeroWidth, tones: "keep" | "modern" | "traditional" }. */
  normalize: (s, options) => call('text.normalize', s, options),
};
