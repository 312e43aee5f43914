// Slugs and search folding for Vietnamese text, with ICU's normaliser and
// character properties: NFD, drop nonspacing marks, lower-case, then the Latin
// letters that carry no decomposable mark (đ ð → d, ø → o, ł → l, ß → ss,
// æ → ae, œ → oe, þ → th, ı → i, ħ → h, ŧ → t), NFC.
// The same steps as the transliterator rules
//   ::NFD; ::[:Nonspacing Mark:] Remove; ::Lower; đ > d; …; ::NFC;
// without building ICU's transliterator registry, which cost 140 M
// instructions on first use natively and 40–65 ms in WASM (docs/bench.md).
// "Latin-ASCII" would also need translit/root.res (891 KB of ICU data).
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "baiviet/text.hpp"

namespace baiviet {

namespace {

void append_folded_letter(icu::UnicodeString& out, UChar32 c) {
  switch (c) {
    case 0x0111: case 0x00F0: out.append(static_cast<UChar32>('d')); return;  // đ ð
    case 0x00F8: out.append(static_cast<UChar32>('o')); return;              // ø
    case 0x0142: out.append(static_cast<UChar32>('l')); return;              // ł
    case 0x00DF: out.append(u"ss", 2); return;                               // ß
    case 0x00E6: out.append(u"ae", 2); return;                               // æ
    case 0x0153: out.append(u"oe", 2); return;                               // œ
    case 0x00FE: out.append(u"th", 2); return;                               // þ
    case 0x0131: out.append(static_cast<UChar32>('i')); return;              // ı
    case 0x0127: out.append(static_cast<UChar32>('h')); return;              // ħ
    case 0x0167: out.append(static_cast<UChar32>('t')); return;              // ŧ
    default: out.append(c);
  }
}

icu::UnicodeString fold_unicode(std::string_view text) {
  std::string valid;
  std::string_view in = text;
  if (sanitize_utf8(text, valid) > 0) in = valid;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(in.data(), static_cast<int32_t>(in.size())));
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  const icu::Normalizer2* nfc = U_SUCCESS(st) ? icu::Normalizer2::getNFCInstance(st) : nullptr;
  icu::UnicodeString d = U_SUCCESS(st) ? nfd->normalize(u, st) : u;
  if (U_FAILURE(st)) d = u;
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    append_folded_letter(out, u_tolower(c));
  }
  if (nfc && U_SUCCESS(st)) {
    icu::UnicodeString composed = nfc->normalize(out, st);
    if (U_SUCCESS(st)) return composed;
  }
  return out;
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string s;
  fold_unicode(text).toUTF8String(s);
  return s;
}

std::string slugify(std::string_view text, const slug_options& options) {
  icu::UnicodeString f = fold_unicode(text);
  std::string out;
  bool pending_sep = false;
  for (int32_t i = 0; i < f.length();) {
    UChar32 c = f.char32At(i);
    i += U16_LENGTH(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_sep && !out.empty()) out.push_back(options.separator);
      pending_sep = false;
      out.push_back(static_cast<char>(c));
    } else {
      pending_sep = true;  // any other character separates words
    }
  }
  if (options.max_length && out.size() > options.max_length) {
    std::size_t cut = out.rfind(options.separator, options.max_length);
    out.resize(cut == std::string::npos || cut == 0 ? options.max_length : cut);
  }
  return out;
}

// Amortised O(1) per call: each base remembers the next suffix to try, so
// 10,000 headings with the same text cost linear time (was cubic).
std::string slug_registry::unique(std::string slug) {
  std::string candidate = slug;
  if (used_.count(candidate)) {
    int& n = next_suffix_[slug];
    do candidate = slug + "-" + std::to_string(++n);
    while (used_.count(candidate));
  }
  used_.insert(candidate);
  return candidate;
}

}  // namespace baiviet
