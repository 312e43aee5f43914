// UTF-8 validation and repair; NFC.
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "baiviet/text.hpp"

namespace baiviet {

std::size_t sanitize_utf8(std::string_view in, std::string& out) {
  static constexpr char replacement[] = "\xEF\xBF\xBD";
  std::size_t bad = 0;
  out.clear();
  out.reserve(in.size());
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t n = in.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c == 0) { out.append(replacement); ++bad; ++i; continue; }
    if (c < 0x80) { out.push_back(static_cast<char>(c)); ++i; continue; }
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
    if (len == 0) { out.append(replacement); ++bad; ++i; continue; }
    // Maximal subpart replacement (Unicode §3.9): one U+FFFD per broken sequence prefix.
    std::size_t j = 1;
    bool ok = true;
    for (; j < len; ++j) {
      if (i + j >= n) { ok = false; break; }
      unsigned char d = s[i + j];
      unsigned l = (j == 1) ? lo : 0x80, h = (j == 1) ? hi : 0xBF;
      if (d < l || d > h) { ok = false; break; }
    }
    if (ok) {
      out.append(in.data() + i, len);
      i += len;
    } else {
      out.append(replacement);
      ++bad;
      i += j;
    }
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
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace baiviet
