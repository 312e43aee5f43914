// Tone-mark placement styles for Vietnamese (apply_tone_style).
//
// Only open syllables whose vowel nucleus is "oa", "oe" or "uy" have two
// accepted placements: on the first vowel ("hòa", "hòe", "thúy" — `modern` in
// this API) or on the second ("hoà", "hoè", "thuý" — `traditional`). Every other
// syllable has one correct placement and is not touched. Words are analysed in
// NFD (base letters + combining marks), so NFC and NFD input behave alike.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "baiviet/text.hpp"
#include "text/segment.hpp"

namespace baiviet {

namespace {

bool is_tone_mark(char32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

bool is_vowel(char32_t lower) {
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
}

bool is_onset_letter(char32_t lower) {
  switch (lower) {
    case 'b': case 'c': case 'd': case 0x0111: case 'g': case 'h': case 'k': case 'l': case 'm':
    case 'n': case 'p': case 'q': case 'r': case 's': case 't': case 'v': case 'x':
      return true;
    default:
      return false;
  }
}

struct letter {
  char32_t base = 0;
  std::vector<char32_t> marks;  // non-tone combining marks (horn, breve, circumflex)
  char32_t tone = 0;
};

// Rewrites one word (a run of letters and marks) in place; returns false when
// the word is left alone.
bool restyle_word(std::u32string& word, tone_style style) {
  std::vector<letter> letters;
  for (char32_t c : word) {
    if (u_getCombiningClass(static_cast<UChar32>(c)) != 0 || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) {
      if (letters.empty()) return false;
      if (is_tone_mark(c)) {
        if (letters.back().tone) return false;
        letters.back().tone = c;
      } else {
        letters.back().marks.push_back(c);
      }
    } else {
      letters.push_back({c, {}, 0});
    }
  }
  int toned = -1;
  for (std::size_t i = 0; i < letters.size(); ++i)
    if (letters[i].tone) {
      if (toned >= 0) return false;  // two tone marks: not one syllable
      toned = static_cast<int>(i);
    }
  if (toned < 0) return false;
  std::size_t n = letters.size(), i = 0;
  auto low = [&](std::size_t k) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(letters[k].base))); };
  while (i < n && is_onset_letter(low(i)) && letters[i].marks.empty()) ++i;
  if (i > 3) return false;
  if (i > 0 && low(i - 1) == 'q' && i < n && low(i) == 'u') ++i;  // "qu": u belongs to the onset
  std::size_t v0 = i;
  while (i < n && is_vowel(low(i))) ++i;
  std::size_t v1 = i;
  if (v1 != n) return false;          // a final consonant (or something else) follows
  if (v1 - v0 != 2) return false;     // only two-vowel nuclei have two styles
  char32_t a = low(v0), b = low(v0 + 1);
  bool pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
  if (!pair || !letters[v0].marks.empty() || !letters[v0 + 1].marks.empty()) return false;
  std::size_t target = style == tone_style::modern ? v0 : v0 + 1;
  if (static_cast<std::size_t>(toned) == target) return false;
  letters[target].tone = letters[static_cast<std::size_t>(toned)].tone;
  letters[static_cast<std::size_t>(toned)].tone = 0;
  word.clear();
  for (const auto& l : letters) {
    word.push_back(l.base);
    for (char32_t m : l.marks) word.push_back(m);
    if (l.tone) word.push_back(l.tone);
  }
  return true;
}

std::string nfd_of(std::string_view s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_FAILURE(st)) return std::string(s);
  icu::UnicodeString d = nfd->normalize(u, st);
  if (U_FAILURE(st)) return std::string(s);
  std::string out;
  d.toUTF8String(out);
  return out;
}

}  // namespace

std::string apply_tone_style(std::string_view text, tone_style style) {
  std::string clean;
  sanitize_utf8(text, clean);
  if (style == tone_style::keep) return to_nfc(clean);
  std::string d = nfd_of(clean);
  std::string out;
  out.reserve(d.size());
  std::u32string word;
  std::size_t word_start = 0;
  auto flush = [&](std::size_t end) {
    if (word.empty()) return;
    if (restyle_word(word, style)) {
      for (char32_t c : word) detail::append_utf8(out, c);
    } else {
      out.append(d, word_start, end - word_start);
    }
    word.clear();
  };
  for (std::size_t i = 0; i < d.size();) {
    std::size_t start = i;
    char32_t c = detail::next_code_point(d, i);
    bool part = u_isalpha(static_cast<UChar32>(c)) ||
                (!word.empty() && u_getCombiningClass(static_cast<UChar32>(c)) != 0);
    if (part) {
      if (word.empty()) word_start = start;
      word.push_back(c);
    } else {
      flush(start);
      out.append(d, start, i - start);
    }
  }
  flush(d.size());
  return to_nfc(out);
}

}  // namespace baiviet
