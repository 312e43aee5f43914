// Slugs and search folding for Vietnamese text, through an ICU transliterator
// built from rules:
//   ::NFD; ::[:Nonspacing Mark:] Remove; ::Lower; đ → d, ð → d (and the other
//   Latin letters that carry no decomposable mark: ø ł ß æ œ þ ı ħ ŧ); ::NFC;
// "Latin-ASCII" would do the last step too but needs translit/root.res (891 KB
// of ICU data for every script); these rules use only transliterators compiled
// into ICU, so the slim WASM data needs no translit/* item.
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "baiviet/text.hpp"

namespace baiviet {

namespace {

constexpr char16_t fold_rules[] =
    u"::NFD; ::[:Nonspacing Mark:] Remove; ::Lower;"
    u"đ > d; ð > d; ø > o; ł > l; ß > ss; æ > ae; œ > oe; þ > th; ı > i; ħ > h; ŧ > t;"
    u"::NFC;";

std::unique_ptr<icu::Transliterator> make_folder() {
  UErrorCode st = U_ZERO_ERROR;
  UParseError pe;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createFromRules("baiviet-vi-fold", icu::UnicodeString(fold_rules), UTRANS_FORWARD, pe, st));
  if (U_FAILURE(st)) return nullptr;
  return t;
}

// One instance per thread: transliterators are not documented as thread-safe.
const icu::Transliterator* folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = make_folder();
  return t.get();
}

icu::UnicodeString fold_unicode(std::string_view text) {
  std::string valid;
  sanitize_utf8(text, valid);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(valid.data(), static_cast<int32_t>(valid.size())));
  if (const icu::Transliterator* t = folder()) {
    t->transliterate(u);
    return u;
  }
  // ICU could not build the transliterator (should not happen: no data needed):
  // the same steps by hand, without the extra letters.
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString d = U_SUCCESS(st) ? nfd->normalize(u, st) : u;
  if (U_FAILURE(st)) d = u;
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    c = u_tolower(c);
    if (c == 0x0111 || c == 0x00F0) c = 'd';
    out.append(c);
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

std::string slug_registry::unique(std::string slug) {
  std::string candidate = slug;
  for (int n = 1; std::find(used_.begin(), used_.end(), candidate) != used_.end(); ++n)
    candidate = slug + "-" + std::to_string(n);
  used_.push_back(candidate);
  return candidate;
}

}  // namespace baiviet
