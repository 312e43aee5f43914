// normalize(): NFC, look-alike letters, zero-width characters, white space and
// tone-mark style for Vietnamese text.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include "baiviet/text.hpp"
#include "core/utf8.hpp"
#include "text/segment.hpp"

namespace baiviet {

namespace {

// Dropped by `zero_width`: ZWSP, ZWNJ, word joiner, BOM/ZWNBSP, soft hyphen.
// ZWJ (U+200D) is kept: it joins emoji sequences.
constexpr std::array<char32_t, 5> zero_width = {0x200B, 0x200C, 0x2060, 0xFEFF, 0x00AD};

bool is_zero_width(char32_t c) { return std::find(zero_width.begin(), zero_width.end(), c) != zero_width.end(); }

// Horizontal white space collapsed by `whitespace` (not line breaks).
bool is_hspace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }

// U+00D0 "Ð" (Icelandic eth) and U+00F0 "ð" typed for "Đ"/"đ": replaced when the
// letter starts a word and a letter follows. Vietnamese đ only ever starts a
// syllable, while Icelandic ð almost never starts a word.
std::string fix_lookalikes(std::string_view s) {
  if (s.find("\xC3\x90") == std::string_view::npos && s.find("\xC3\xB0") == std::string_view::npos)
    return std::string(s);  // no Ð or ð
  std::string out;
  out.reserve(s.size());
  char32_t prev = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = detail::next_code_point(s, i);
    if ((c == 0xD0 || c == 0xF0) && !is_letter(prev) && i < s.size()) {
      std::size_t j = i;
      char32_t next = detail::next_code_point(s, j);
      if (is_letter(next)) {
        detail::append_utf8(out, c == 0xD0 ? 0x0110 : 0x0111);
        prev = c;
        continue;
      }
    }
    out.append(s, start, i - start);
    prev = c;
  }
  return out;
}

std::string drop_zero_width(std::string_view s) {
  static const std::array<std::string, zero_width.size()> dropped = [] {  // their UTF-8
    std::array<std::string, zero_width.size()> r;
    for (std::size_t k = 0; k < zero_width.size(); ++k) detail::append_utf8(r[k], zero_width[k]);
    return r;
  }();
  bool any = false;
  for (const std::string& d : dropped) any = any || s.find(d) != std::string_view::npos;
  if (!any) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = detail::next_code_point(s, i);
    if (!is_zero_width(c)) out.append(s, start, i - start);
  }
  return out;
}

// CRLF/CR → LF; runs of horizontal space → one space; lines trimmed.
std::string fix_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  bool line_start = true;
  auto plain = [&](std::size_t k) {  // printable ASCII other than the space: copied by runs
    const unsigned char b = static_cast<unsigned char>(s[k]);
    return b > 0x20 && b < 0x80;
  };
  for (std::size_t i = 0; i < s.size();) {
    if (plain(i)) {
      std::size_t j = i + 1;
      while (j < s.size() && plain(j)) ++j;
      if (pending_space) out.push_back(' ');
      pending_space = false;
      line_start = false;
      out.append(s, i, j - i);
      i = j;
      continue;
    }
    std::size_t start = i;
    char32_t c = detail::next_code_point(s, i);
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i < s.size() && s[i] == '\n') ++i;
      out.push_back('\n');
      pending_space = false;
      line_start = true;
      continue;
    }
    if (is_hspace(c)) {
      if (!line_start) pending_space = true;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    line_start = false;
    out.append(s, start, i - start);
  }
  return out;
}

}  // namespace

std::string normalize(std::string_view text, const normalize_options& options) {
  std::string s;
  sanitize_utf8(text, s);
  if (options.zero_width) s = drop_zero_width(s);
  if (options.nfc) s = to_nfc(s);
  if (options.lookalikes) s = fix_lookalikes(s);
  if (options.tones != tone_style::keep) s = apply_tone_style(s, options.tones);
  if (options.whitespace) s = fix_whitespace(s);
  return s;
}

}  // namespace baiviet
