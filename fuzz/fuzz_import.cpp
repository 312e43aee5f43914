// Plain-text import (text copied off a news page) and format detection, then the
// HTML renderer on the result. Option bits: 1 byte.
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>
#include <baiviet/format.hpp>

#include "fuzz_common.hpp"

using namespace baiviet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baiviet_fuzz::input in(data, size);
  std::uint8_t b0 = in.byte();
  import_options io;
  io.drop_chrome = !(b0 & 1);
  io.related = !(b0 & 2);
  io.normalize = !(b0 & 4);
  io.max_input_bytes = 1u << 20;
  std::string_view src = in.rest();
  (void)detect_format(src);
  auto r = import_text(src, io);
  if (!r) return 0;
  const article& a = *r;
  for (const std::string* s : {&a.title, &a.kicker, &a.sapo, &a.dateline, &a.category})
    if (!baiviet_fuzz::valid_utf8(*s)) baiviet_fuzz::fail("imported field not UTF-8", *s);
  html_options ho;
  ho.full_page = b0 & 8;
  ho.toc = b0 & 16;
  ho.markup_numbers = b0 & 32;
  std::string html = render_html(a, ho);
  baiviet_fuzz::check_safe_html(html);
  baiviet_fuzz::check_benign_urls_kept(a, html, false);
  (void)render_json(a);
  (void)render_jsonld(a);
  return 0;
}
