// Excerpts of HTML fragments and of plain text. Option bits: 2 bytes
// (limit, unit, output, ellipsis, threshold). Checks: UTF-8 out, the HTML
// excerpt passes the safe-HTML check, the grapheme limit holds.
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>
#include <baiviet/format.hpp>

#include "fuzz_common.hpp"

using namespace baiviet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baiviet_fuzz::input in(data, size);
  std::uint8_t b0 = in.byte(), b1 = in.byte();
  excerpt_options eo;
  eo.limit = (b0 & 0x80) ? 0 : b0;  // 0 = no limit
  eo.unit = (b1 & 3) == 1 ? excerpt_unit::words : (b1 & 3) == 2 ? excerpt_unit::sentences : excerpt_unit::graphemes;
  eo.to = (b1 & 4) ? excerpt_output::text : excerpt_output::html;
  eo.ellipsis = (b1 & 8) ? "" : (b1 & 16) ? "..." : "…";
  eo.sentence_threshold = ((b1 >> 5) & 7) / 7.0;
  eo.close_brackets = !(b0 & 0x40);
  std::string_view src = in.rest();
  if (auto e = excerpt_html(src, eo)) {
    if (!baiviet_fuzz::valid_utf8(e->text)) baiviet_fuzz::fail("excerpt_html not UTF-8", e->text);
    if (eo.to == excerpt_output::html) baiviet_fuzz::check_safe_html(e->text);
    if (eo.limit && eo.unit == excerpt_unit::graphemes && e->graphemes > eo.limit + 3)
      baiviet_fuzz::fail("excerpt_html over its grapheme limit", e->text);
  }
  if (auto e = excerpt_text(src, eo)) {
    if (!baiviet_fuzz::valid_utf8(e->text)) baiviet_fuzz::fail("excerpt_text not UTF-8", e->text);
    if (eo.to == excerpt_output::html) baiviet_fuzz::check_safe_html(e->text);
  }
  return 0;
}
