// UTF-8 validation and repair; NFC.
#include <bit>
#include <cstdint>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "baiviet/text.hpp"

namespace baiviet {

namespace {

// Bytes of the well-formed UTF-8 sequence starting at s[i] (Unicode Table 3-7),
// or 0 when it is ill-formed or NUL; `subpart` then gets the length of its
// maximal subpart (what one U+FFFD replaces, Unicode §3.9), at least 1.
std::size_t sequence_at(const unsigned char* s, std::size_t n, std::size_t i, std::size_t& subpart) {
  unsigned char c = s[i];
  subpart = 1;
  if (c < 0x80) return c == 0 ? 0 : 1;
  std::size_t len = 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) { len = 3; lo = 0xA0; }
  else if (c >= 0xE1 && c <= 0xEC) len = 3;
  else if (c == 0xED) { len = 3; hi = 0x9F; }
  else if (c >= 0xEE && c <= 0xEF) len = 3;
  else if (c == 0xF0) { len = 4; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else if (c == 0xF4) { len = 4; hi = 0x8F; }
  if (len == 0) return 0;
  for (std::size_t j = 1; j < len; ++j) {
    if (i + j >= n) { subpart = j; return 0; }
    unsigned char d = s[i + j];
    unsigned l = (j == 1) ? lo : 0x80, h = (j == 1) ? hi : 0xBF;
    if (d < l || d > h) { subpart = j; return 0; }
  }
  return len;
}

// End of the run of well-formed UTF-8 without NUL that starts at i. ASCII is
// checked eight bytes at a time (no byte >= 0x80, none zero), jumping straight
// to the first byte that is not. When the run ends before n, `subpart` is the
// length of the ill-formed sequence there.
std::size_t valid_run_end(const unsigned char* s, std::size_t n, std::size_t i, std::size_t& subpart) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  while (i < n) {
    if (n - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      std::uint64_t flagged = (w | ((w - ones) & ~w)) & highs;  // bytes >= 0x80 or zero
      if (flagged == 0) {
        i += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) {
        i += static_cast<std::size_t>(std::countr_zero(flagged)) / 8;  // the first flagged byte
      }
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) {
        subpart = 1;
        return i;
      }
      ++i;
      continue;
    }
    // Vietnamese letters: Latin-1/Extended-A/B (2 bytes) and Latin Extended
    // Additional (E1 BA/BB xx): the common sequences without the table walk.
    if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && n - i >= 3 && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t len = sequence_at(s, n, i, subpart);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

}  // namespace

namespace detail {
bool is_clean_utf8(std::string_view in) {
  std::size_t subpart = 0;
  return valid_run_end(reinterpret_cast<const unsigned char*>(in.data()), in.size(), 0, subpart) == in.size();
}
}  // namespace detail

std::size_t sanitize_utf8(std::string_view in, std::string& out) {
  static constexpr char replacement[] = "\xEF\xBF\xBD";
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t bad = 0, i = 0;
  out.clear();
  out.reserve(n);
  for (;;) {
    std::size_t subpart = 0;
    std::size_t end = valid_run_end(s, n, i, subpart);
    out.append(in.data() + i, end - i);
    if (end == n) break;
    out.append(replacement);
    ++bad;
    i = end + subpart;
  }
  return bad;
}

std::string to_nfc(std::string_view input) {
  // Invalid UTF-8 is repaired first (U+FFFD), so the result is always valid.
  std::string repaired;
  std::string_view text = input;
  if (sanitize_utf8(input, repaired) > 0) text = repaired;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  // Most text is NFC already: checked on the UTF-8 itself, without a UTF-16 copy.
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace baiviet
