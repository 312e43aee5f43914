// Grapheme, word and sentence segmentation with ICU break iterators over UTF-8
// (UText, so boundaries come back as byte offsets), plus the Vietnamese
// abbreviation filter for sentences.
#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/udata.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "baiviet/text.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail {

namespace {

// Abbreviations after which ICU's sentence break must not split. Titles and
// administrative units seen in Vietnamese news ("TP. Hồ Chí Minh", "PGS.TS.
// Nguyễn …", "Q. 1", "P. Bến Nghé"). Case-sensitive, as written in the press.
constexpr const char* vi_abbreviations[] = {
    "TP.", "Tp.", "TS.", "ThS.", "Th.S.", "PGS.", "GS.", "BS.", "KS.", "NCS.", "Ths.", "Bs.",
    "Q.",  "P.",  "TX.", "TT.",  "H.",    "X.",   "NXB.", "Nxb.", "Mr.", "Mrs.", "Ms.",  "Dr.",
};

// The compiled root rules of ICU's character, word and sentence iterators, opened as data
// items (brkitr/char.brk, word.brk, sent.brk) and handed to RuleBasedBreakIterator directly.
// BreakIterator::create*Instance(Locale("vi")) resolves to these same files (ICU has no
// Vietnamese tailoring of them), but its locale and resource-bundle lookup pulls ICU's
// locale canonicalisation and resource-bundle code (≈ 14 KB brotli) into the WASM article core.
std::unique_ptr<icu::BreakIterator> open_rules(const char* name, UErrorCode& st) {
  UDataMemory* image = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "brk", name, &st);
  if (U_FAILURE(st)) return nullptr;
  // The iterator owns the image from here, even when it fails.
  std::unique_ptr<icu::BreakIterator> bi(new icu::RuleBasedBreakIterator(image, st));
  if (U_FAILURE(st)) return nullptr;
  return bi;
}

std::unique_ptr<icu::BreakIterator> make_prototype(int kind) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi;
  switch (kind) {
    case 0: bi = open_rules("char", st); break;
    case 1: bi = open_rules("word", st); break;
    default: {
      std::unique_ptr<icu::BreakIterator> base = open_rules("sent", st);
      if (U_FAILURE(st) || !base) return nullptr;
      std::unique_ptr<icu::FilteredBreakIteratorBuilder> b(
          icu::FilteredBreakIteratorBuilder::createEmptyInstance(st));
      if (U_FAILURE(st)) return base;
      for (const char* a : vi_abbreviations) b->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), st);
      st = U_ZERO_ERROR;
      bi.reset(b->build(base.release(), st));
      break;
    }
  }
  if (U_FAILURE(st)) return nullptr;
  return bi;
}

// One prototype per kind, cloned for every use (clone is safe on a shared const object).
std::unique_ptr<icu::BreakIterator> make_iterator(int kind) {
  static const std::unique_ptr<icu::BreakIterator> protos[3] = {make_prototype(0), make_prototype(1),
                                                                make_prototype(2)};
  if (!protos[kind]) return nullptr;
  return std::unique_ptr<icu::BreakIterator>(protos[kind]->clone());
}

struct utext_holder {
  UText* ut = nullptr;
  explicit utext_holder(std::string_view s) {
    UErrorCode st = U_ZERO_ERROR;
    ut = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &st);
    if (U_FAILURE(st)) ut = nullptr;
  }
  ~utext_holder() {
    if (ut) utext_close(ut);
  }
};

// Calls fn(boundary) for each boundary after 0 until fn returns false.
template <class Fn>
void each_boundary(std::string_view s, int kind, Fn fn) {
  if (s.empty()) return;
  auto bi = make_iterator(kind);
  utext_holder t(s);
  if (!bi || !t.ut) {
    fn(s.size(), 0);
    return;
  }
  UErrorCode st = U_ZERO_ERROR;
  bi->setText(t.ut, st);
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next())
    if (!fn(static_cast<std::size_t>(p), bi->getRuleStatus())) return;
}

// "… Nguyễn V." : a single capital letter and a full stop after a capitalised word.
bool ends_with_initial(std::string_view s, std::size_t end) {
  std::size_t i = end;
  while (i > 0) {
    std::size_t j = i;
    char32_t c = prev_code_point(s, j);
    if (!is_white_space_cp(static_cast<UChar32>(c))) break;
    i = j;
  }
  if (i < 2 || s[i - 1] != '.') return false;
  std::size_t j = i - 1;
  char32_t letter = prev_code_point(s, j);
  if (!u_isupper(static_cast<UChar32>(letter))) return false;
  if (j == 0) return false;
  std::size_t k = j;
  char32_t before = prev_code_point(s, k);
  if (!is_white_space_cp(static_cast<UChar32>(before))) return false;  // part of a longer token ("HCM.")
  // the word before must be capitalised (a name), e.g. "Nguyễn"
  while (k > 0) {
    std::size_t m = k;
    char32_t c = prev_code_point(s, m);
    if (!is_white_space_cp(static_cast<UChar32>(c))) break;
    k = m;
  }
  std::size_t w = k;
  char32_t last = 0;
  while (w > 0) {
    std::size_t m = w;
    char32_t c = prev_code_point(s, m);
    if (!u_isalpha(static_cast<UChar32>(c)) && u_charType(static_cast<UChar32>(c)) != U_NON_SPACING_MARK) break;
    last = c;
    w = m;
  }
  return w < k && u_isupper(static_cast<UChar32>(last));
}

}  // namespace

std::string clean_nfc(std::string_view text) {
  std::string valid;
  sanitize_utf8(text, valid);
  return to_nfc(valid);
}

std::vector<std::size_t> grapheme_boundaries(std::string_view s, std::size_t max_count) {
  std::vector<std::size_t> out{0};
  each_boundary(s, 0, [&](std::size_t b, int32_t) {
    out.push_back(b);
    return out.size() <= max_count;
  });
  return out;
}

std::size_t grapheme_count_raw(std::string_view s) {
  std::size_t n = 0;
  each_boundary(s, 0, [&](std::size_t, int32_t) {
    ++n;
    return true;
  });
  return n;
}

std::vector<word_span> word_segments(std::string_view s, std::size_t max_words) {
  std::vector<word_span> out;
  std::size_t prev = 0, words = 0;
  each_boundary(s, 1, [&](std::size_t b, int32_t status) {
    bool is_word = status >= UBRK_WORD_NONE_LIMIT;
    out.push_back({prev, b, is_word});
    prev = b;
    return !(is_word && ++words >= max_words);
  });
  return out;
}

std::size_t word_count_raw(std::string_view s) {
  std::size_t n = 0;
  each_boundary(s, 1, [&](std::size_t, int32_t status) {
    n += status >= UBRK_WORD_NONE_LIMIT ? 1 : 0;
    return true;
  });
  return n;
}

std::vector<std::size_t> sentence_boundaries(std::string_view s, std::size_t max_pos) {
  std::vector<std::size_t> out{0};
  each_boundary(s, 2, [&](std::size_t b, int32_t) {
    if (b != s.size() && ends_with_initial(s, b)) return true;  // "Nguyễn V. Anh"
    out.push_back(b);
    return b <= max_pos;
  });
  return out;
}

}  // namespace baiviet::detail
