// Small UTF-8 and character-class helpers shared by the import rules, the
// byline rules and the line features (src/import/*.cpp). Internal.
#ifndef BAIVIET_SRC_IMPORT_UNICODE_UTIL_HPP
#define BAIVIET_SRC_IMPORT_UNICODE_UTIL_HPP

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace baiviet::detail::import_rules {

/// The code point at byte i (advances i).
inline UChar32 cp_at(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t idx = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(idx);
  return c;
}

/// Last code point and the byte offset where it starts.
inline UChar32 last_cp(std::string_view s, std::size_t* start = nullptr) {
  if (s.empty()) return -1;
  int32_t idx = static_cast<int32_t>(s.size());
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, idx, c);
  if (start) *start = static_cast<std::size_t>(idx);
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

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace baiviet::detail::import_rules

#endif
