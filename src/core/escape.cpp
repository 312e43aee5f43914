#include "core/escape.hpp"

#include <array>
#include <cstdint>
#include <cstring>

namespace baiviet::detail {

namespace {
template <bool Attr>
void append_escaped(std::string& out, std::string_view text) {
  // One table lookup a byte; runs without special characters are appended whole.
  static constexpr auto special = [] {
    std::array<bool, 256> t{};
    t['&'] = t['<'] = t['>'] = t['"'] = true;
    t['\''] = Attr;
    return t;
  }();
  const char* p = text.data();
  const char* const end = p + text.size();
  const char* run = p;
  for (; p != end; ++p) {
    // Eight bytes at a time while none of them needs escaping (SWAR: a byte
    // equal to one of the specials gives a zero byte in x ^ broadcast(c)).
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
      auto has = [x](unsigned char c) {
        const std::uint64_t y = x ^ (ones * c);
        return ((y - ones) & ~y & highs) != 0;
      };
      if (has('&') || has('<') || has('>') || has('"') || (Attr && has('\''))) break;
      p += 8;
    }
    if (p == end) break;
    if (!special[static_cast<unsigned char>(*p)]) continue;
    out.append(run, static_cast<std::size_t>(p - run));
    switch (*p) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      default: out.append("&#39;"); break;  // '\'' (attributes only)
    }
    run = p + 1;
  }
  out.append(run, static_cast<std::size_t>(end - run));
}
}  // namespace

void append_html_escaped(std::string& out, std::string_view text) { append_escaped<false>(out, text); }
void append_attr_escaped(std::string& out, std::string_view text) { append_escaped<true>(out, text); }
std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_html_escaped(out, text);
  return out;
}

}  // namespace baiviet::detail
