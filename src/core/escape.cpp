#include "core/escape.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "core/bits.hpp"

namespace baiviet::detail {

namespace {

// The first byte in [p, end) that HTML escaping rewrites: & < > " (and ' in
// attributes). Eight bytes at a time (SWAR): x | 0x02 is 0x3E only for '<' and
// '>', x | 0x04 is 0x26 only for '"' and '&', so two zero-byte tests cover the
// four; the lowest flagged byte is always a real match (a false flag can only
// sit above a true zero byte), and countr_zero jumps straight to it.
template <bool Attr>
const char* find_special(const char* p, const char* end) {
  static constexpr auto special = [] {
    std::array<bool, 256> t{};
    t['&'] = t['<'] = t['>'] = t['"'] = true;
    t['\''] = Attr;
    return t;
  }();
  if constexpr (std::endian::native == std::endian::little) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    while (end - p >= 8) {
      std::uint64_t x;
      std::memcpy(&x, p, 8);
      std::uint64_t m = zero_bytes((x | (ones * 0x02)) ^ (ones * 0x3E)) | zero_bytes((x | (ones * 0x04)) ^ (ones * 0x26));
      if constexpr (Attr) m |= zero_bytes(x ^ (ones * '\''));
      if (m) return p + lowest_flagged_byte(m);
      p += 8;
    }
  }
  while (p != end && !special[static_cast<unsigned char>(*p)]) ++p;
  return p;
}

template <bool Attr>
void append_escaped(std::string& out, std::string_view text) {
  const char* p = text.data();
  const char* const end = p + text.size();
  const char* run = p;
  while ((p = find_special<Attr>(p, end)) != end) {
    out.append(run, static_cast<std::size_t>(p - run));
    switch (*p) {
      case '&': out.append("&amp;", 5); break;
      case '<': out.append("&lt;", 4); break;
      case '>': out.append("&gt;", 4); break;
      case '"': out.append("&quot;", 6); break;
      default: out.append("&#39;", 5); break;  // '\'' (attributes only)
    }
    run = ++p;
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
