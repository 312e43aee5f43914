// The one UTF-8 decoder and encoder (ICU's U8_NEXT / U8_PREV / U8_APPEND, which
// follow Unicode's "maximal subpart" rule for ill-formed bytes). Internal;
// validation and repair of whole strings is sanitize_utf8 (baiviet/text.hpp).
#pragma once
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baiviet::detail {

/// The code point starting at byte i, advancing i past it; a negative value
/// where the bytes there are ill-formed (i then moves past them). i < s.size().
inline std::int32_t utf8_next(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t idx = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(idx);
  return c;
}

/// The code point ending just before byte i, moving i back to its start; a
/// negative value where the bytes there are ill-formed. i > 0.
inline std::int32_t utf8_prev(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t idx = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, idx, c);
  i = static_cast<std::size_t>(idx);
  return c;
}

/// utf8_next with U+FFFD for ill-formed bytes.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  const std::int32_t c = utf8_next(s, i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

/// utf8_prev with U+FFFD for ill-formed bytes.
inline char32_t prev_code_point(std::string_view s, std::size_t& i) {
  const std::int32_t c = utf8_prev(s, i);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

/// The longest prefix of s of at most max_bytes bytes that does not end inside a
/// code point (it ends before a continuation byte); s itself when it is short enough.
inline std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

/// Appends c in UTF-8 (U+FFFD for a value that is not a scalar value).
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
    return;
  }
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
  if (err) {
    out.append("\xEF\xBF\xBD");
    return;
  }
  out.append(buf, static_cast<std::size_t>(n));
}

}  // namespace baiviet::detail
