// Text utilities (text.hpp): slugs, search folding, normalisation, tone styles,
// UTF-8 repair, counting, sentences, comment box. Option byte: normalize flags,
// tone style, slug length. Checks the documented output contracts.
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>
#include <baiviet/format.hpp>

#include "fuzz_common.hpp"

using namespace baiviet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baiviet_fuzz::input in(data, size);
  std::uint8_t b0 = in.byte(), b1 = in.byte();
  std::string_view src = in.rest();

  slug_options so;
  so.max_length = b1 & 0x7f;
  so.separator = (b1 & 0x80) ? '_' : '-';
  std::string slug = slugify(src, so);
  for (char c : slug)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == so.separator))
      baiviet_fuzz::fail("slug outside [a-z0-9-]", slug);
  if (so.max_length && slug.size() > so.max_length) baiviet_fuzz::fail("slug over max_length", slug);
  slug_registry reg;
  (void)reg.unique(slug);
  (void)reg.unique(slug);

  std::string folded = fold_for_search(src);
  if (!baiviet_fuzz::valid_utf8(folded)) baiviet_fuzz::fail("fold_for_search not UTF-8", folded);

  std::string clean;
  std::size_t replaced = sanitize_utf8(src, clean);
  if (!baiviet_fuzz::valid_utf8(clean) || clean.find('\0') != std::string::npos)
    baiviet_fuzz::fail("sanitize_utf8 left invalid UTF-8 or NUL", clean);
  if (replaced == 0 && clean != src) baiviet_fuzz::fail("sanitize_utf8 changed valid text", src);

  normalize_options no;
  no.nfc = !(b0 & 1);
  no.lookalikes = !(b0 & 2);
  no.whitespace = !(b0 & 4);
  no.zero_width = !(b0 & 8);
  no.tones = static_cast<tone_style>((b0 >> 4) % 3);
  std::string norm = normalize(src, no);
  if (!baiviet_fuzz::valid_utf8(norm)) baiviet_fuzz::fail("normalize not UTF-8", norm);
  // to_nfc: valid UTF-8 in, NFC UTF-8 out, idempotent. (Invalid input is passed
  // through unchanged when ICU finds it normalized: a known issue, see
  // docs/security.md and the [!mayfail] case in tests/cpp/test_regressions.cpp.)
  std::string nfc = to_nfc(src);
  if (baiviet_fuzz::valid_utf8(src)) {
    if (!baiviet_fuzz::valid_utf8(nfc)) baiviet_fuzz::fail("to_nfc not UTF-8", nfc);
    if (to_nfc(nfc) != nfc) baiviet_fuzz::fail("to_nfc not idempotent", nfc);
  }
  std::string toned = apply_tone_style(src, static_cast<tone_style>((b0 >> 6) % 3));
  if (!baiviet_fuzz::valid_utf8(toned)) baiviet_fuzz::fail("apply_tone_style not UTF-8", toned);

  text_counts c = count_text(src);
  if (c.graphemes > c.code_points) baiviet_fuzz::fail("more graphemes than code points", src);
  auto sentences = split_sentences(src);
  for (const auto& s : sentences)
    if (!baiviet_fuzz::valid_utf8(s)) baiviet_fuzz::fail("sentence not UTF-8", s);
  (void)estimate_reading_time(src, b1 & 15);
  auto cs = comment_status(src);
  if (cs.valid == (cs.too_short || cs.too_long)) baiviet_fuzz::fail("comment_status inconsistent", src);
  return 0;
}
