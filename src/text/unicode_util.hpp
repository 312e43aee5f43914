// Small UTF-8 and character-class helpers shared by the import rules, the
// byline rules, the line features and the photo-credit rule (src/model). Internal.
#ifndef BAIVIET_SRC_TEXT_UNICODE_UTIL_HPP
#define BAIVIET_SRC_TEXT_UNICODE_UTIL_HPP

#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/utf8.hpp"

namespace baiviet::detail {

/// The code point at byte i (advances i).
inline UChar32 cp_at(std::string_view s, std::size_t& i) { return utf8_next(s, i); }

/// u_isalnum and u_tolower, answered without ICU for ASCII (same results): text
/// import asks them of every character of every line several times.
inline bool is_alnum_cp(UChar32 c) {
  if (c >= 0 && c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(c);
}
inline UChar32 to_lower_cp(UChar32 c) {
  if (c >= 0 && c < 0x80) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  return u_tolower(c);
}

/// Unicode's White_Space property. Its members are exactly the separators (Zs, Zl, Zp) and
/// TAB..CR and NEL, which is u_isspace without U+001C..001F; u_isUWhiteSpace would link ICU's
/// property vectors (94 KB) into the WASM core for this one question. test_text checks every
/// code point against u_isUWhiteSpace.
inline bool is_white_space_cp(UChar32 c) { return u_isspace(c) && !(c >= 0x1C && c <= 0x1F); }

/// Lower case, tone marks kept ("Đỗ" → "đỗ", not "do").
inline std::string lower_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_utf8(out, static_cast<char32_t>(to_lower_cp(cp_at(s, i))));
  return out;
}

/// Last code point and the byte offset where it starts.
inline UChar32 last_cp(std::string_view s, std::size_t* start = nullptr) {
  if (s.empty()) return -1;
  std::size_t idx = s.size();
  const UChar32 c = utf8_prev(s, idx);
  if (start) *start = idx;
  return c;
}

/// First code point (-1 when empty).
inline UChar32 first_cp(std::string_view s) {
  if (s.empty()) return -1;
  std::size_t i = 0;
  return cp_at(s, i);
}

inline std::size_t cp_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    cp_at(s, i);
    ++n;
  }
  return n;
}

inline bool is_closing(UChar32 c) {
  // (A stray backquote ends some scraped sentences: "… tại miếu Trò.`")
  return c == 0x201D || c == '"' || c == 0x2019 || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == '`';
}
inline bool is_opening_quote(UChar32 c) {
  return c == 0x201C || c == '"' || c == 0x2018 || c == '\'' || c == '(' || c == 0xAB;
}
inline bool is_terminal(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

/// The last code point of s before any closing quotes and brackets ("…?”" → '?'; -1 when empty).
inline UChar32 last_cp_before_closing(std::string_view s) {
  std::size_t start = 0;
  UChar32 c = last_cp(s, &start);
  while (is_closing(c) && start > 0) c = last_cp(s.substr(0, start), &start);
  return c;
}

/// Words: runs between spaces/tabs that hold a letter or digit.
inline std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool has_alnum = false;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = cp_at(s, i);
    if (c == ' ' || c == '\t') {
      if (has_alnum) ++n;
      has_alnum = false;
    } else if (is_alnum_cp(c)) {
      has_alnum = true;
    }
  }
  return n + (has_alnum ? 1 : 0);
}

/// Starts with a capital letter or a digit (after opening quotes).
inline bool starts_upper(std::string_view s) {
  bool quote = false;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = cp_at(s, i);
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
    if (u_isdigit(c)) return true;
    if (is_opening_quote(c)) quote = true;
    else if (!(quote && c == ' ')) return false;  // "' Ghế nóng '": spaced quotes of a tokenised text
  }
  return false;
}

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace baiviet::detail

#endif
