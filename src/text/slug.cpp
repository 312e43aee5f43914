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
#include <atomic>
#include <cstdint>

#include "baiviet/text.hpp"
#include "core/utf8.hpp"

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

icu::UnicodeString fold_unicode(std::string_view text);

/// fold_unicode of one code point.
icu::UnicodeString fold_unicode_cp(char32_t c) {
  std::string one;
  detail::append_utf8(one, c);
  return fold_unicode(one);
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

// ---- the fast path of fold_for_search and slugify --------------------------------
// Headings and news text are ASCII, precomposed Latin and Vietnamese letters and
// punctuation. For those code points (U+0000–U+024F, Latin Extended Additional
// U+1E00–U+1EFF, General Punctuation and the currency signs U+2000–U+20CF:
// “ ” – … ₫) the steps above act on each code point alone: the decomposition
// of each is a base character and nonspacing marks, the marks are dropped
// whatever their order, and nothing left is a mark or composes with a
// neighbour under NFC. So the folding of such a text is the concatenation of
// its code points' foldings, each computed once with the ICU steps
// (fold_unicode) and kept: an entry holds up to 7 bytes of UTF-8. Text with
// anything else (combining marks, other scripts, invalid UTF-8) takes the ICU
// path, so both paths give the same bytes (tests/cpp/test_text.cpp checks every
// code point of the ranges). Text import folds every line several times;
// through ICU that was a fifth of its time.
constexpr char32_t fast_lo_end = 0x250, fast_hi_begin = 0x1E00, fast_hi_end = 0x1F00;
constexpr char32_t punct_begin = 0x2000, punct_end = 0x20D0;
constexpr std::uint64_t entry_known = 1ull << 63, entry_slow = 1ull << 62;

std::atomic<std::uint64_t>* fold_entry(char32_t c) {
  static std::atomic<std::uint64_t> lo[fast_lo_end], hi[fast_hi_end - fast_hi_begin], punct[punct_end - punct_begin];
  if (c < fast_lo_end) return &lo[c];
  if (c >= fast_hi_begin && c < fast_hi_end) return &hi[c - fast_hi_begin];
  if (c >= punct_begin && c < punct_end) return &punct[c - punct_begin];
  return nullptr;
}

std::uint64_t compute_fold_entry(char32_t c) {
  std::string f;
  fold_unicode_cp(c).toUTF8String(f);
  if (f.size() > 7) return entry_known | entry_slow;
  std::uint64_t e = entry_known | (static_cast<std::uint64_t>(f.size()) << 56);
  for (std::size_t k = 0; k < f.size(); ++k) e |= static_cast<std::uint64_t>(static_cast<unsigned char>(f[k])) << (8 * k);
  return e;
}

/// fold_unicode over the fast path's entries, as UTF-8; false when a code point needs ICU.
/// The bytes are written through a pointer into the string, sized ahead (a code point's
/// entry is at most 7 bytes), not pushed one by one: in WebAssembly at -Oz every
/// push_back is an out-of-line call chain, and this loop was most of a heading id's time.
bool fold_fast(std::string_view text, std::string& out) {
  out.resize(text.size() + 8);
  std::size_t w = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (out.size() - w < 8) out.resize(2 * out.size());
    char* p = out.data() + w;
    const std::int32_t decoded = detail::utf8_next(text, i);
    if (decoded < 0) return false;  // ill-formed: ICU's path repairs it
    const char32_t c = static_cast<char32_t>(decoded);
    if (c < 0x80) {
      *p = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      ++w;
      continue;
    }
    std::atomic<std::uint64_t>* slot = fold_entry(c);
    if (!slot) return false;
    std::uint64_t e = slot->load(std::memory_order_relaxed);
    if (!(e & entry_known)) {
      e = compute_fold_entry(c);
      slot->store(e, std::memory_order_relaxed);  // two threads compute the same value
    }
    if (e & entry_slow) return false;
    const std::size_t n = (e >> 56) & 7;
    for (std::size_t k = 0; k < n; ++k) p[k] = static_cast<char>(e >> (8 * k));
    w += n;
  }
  out.resize(w);
  return true;
}

/// A slug's words from folded UTF-8: runs of ASCII letters and digits. Any other
/// character separates words (a byte of a non-ASCII one is never a letter or digit).
/// At most one byte out per byte in (a separator stands for at least one byte), written
/// through a pointer as in fold_fast.
void slug_of_folded(std::string_view folded, char separator, std::string& out) {
  std::size_t w = out.size();
  out.resize(w + folded.size());
  char* p = out.data();
  bool pending_sep = false;
  for (char ch : folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (pending_sep && w != 0) p[w++] = separator;
      pending_sep = false;
      p[w++] = ch;
    } else {
      pending_sep = true;  // any other character separates words
    }
  }
  out.resize(w);
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  std::string s;
  if (fold_fast(text, s)) return s;
  s.clear();
  fold_unicode(text).toUTF8String(s);
  return s;
}

std::string slugify(std::string_view text, const slug_options& options) {
  std::string out;
  slug_of_folded(fold_for_search(text), options.separator, out);
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
