// Markdown (or text/auto) → article → every output: HTML fragment and page,
// JSON, text, JSON-LD, table of contents, excerpt and reading time.
// Option bits: 3 bytes (format, parse flags, HTML flags). Checks: no crash,
// UTF-8 output, safe-mode HTML passes check_safe_html and keeps every relative
// or http(s) URL of the body (check_benign_urls_kept), JSON parses.
#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>
#include <baiviet/format.hpp>

#include "fuzz_common.hpp"

using namespace baiviet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  baiviet_fuzz::input in(data, size);
  std::uint8_t b0 = in.byte(), b1 = in.byte(), b2 = in.byte();
  parse_options po;
  po.format = (b0 & 3) == 0 ? input_format::auto_detect : (b0 & 3) == 1 ? input_format::text : input_format::markdown;
  po.gfm = !(b1 & 1);
  po.footnotes = !(b1 & 2);
  po.article_structure = !(b1 & 4);
  po.smart_punctuation = b1 & 8;
  po.max_nesting = (b1 & 16) ? 4 + (b0 >> 4) : default_max_nesting;  // small limits reach the flattening code
  po.lenient_front_matter = b1 & 32;
  po.max_input_bytes = 1u << 20;
  html_options ho;
  ho.header = !(b2 & 1);
  ho.related = !(b2 & 2);
  ho.toc = b2 & 4;
  ho.toc_max_level = 1 + (b0 >> 2 & 7);
  ho.markup_numbers = b2 & 8;
  ho.commonmark_compat = b2 & 16;
  ho.id_prefix = (b2 & 32) ? "bv-" : "";
  ho.jsonld = !(b2 & 64);
  bool unsafe = b2 & 128;  // the unsafe renderer must not crash either (its output is not checked)

  std::string_view src = in.rest();
  auto parsed = parse(src, po);
  if (!parsed) {
    if (parsed.error().message.empty()) baiviet_fuzz::fail("error without a message", src);
    return 0;
  }
  const article& a = *parsed;

  std::string frag = render_html(a, ho);
  ho.full_page = true;
  std::string page = render_html(a, ho);
  if (!baiviet_fuzz::valid_utf8(frag) || !baiviet_fuzz::valid_utf8(page)) baiviet_fuzz::fail("HTML not UTF-8", frag);
  baiviet_fuzz::check_safe_html(frag);
  baiviet_fuzz::check_safe_html(page);
  baiviet_fuzz::check_benign_urls_kept(a, frag, ho.commonmark_compat);
  baiviet_fuzz::check_benign_urls_kept(a, page, ho.commonmark_compat);
  if (unsafe) {
    ho.unsafe = true;
    ho.tagfilter = b0 & 64;
    (void)render_html(a, ho);
    ho.full_page = false;
    (void)render_html(a, ho);
  }

  std::string json = render_json(a, json_options{static_cast<bool>(b0 & 128), static_cast<bool>(b0 & 32)});
  if (!baiviet_fuzz::valid_utf8(json)) baiviet_fuzz::fail("JSON not UTF-8", json);
  std::string text = render_text(a);
  if (!baiviet_fuzz::valid_utf8(text)) baiviet_fuzz::fail("text not UTF-8", text);
  std::string ld = render_jsonld(a);
  if (ld.find('<') != std::string::npos) baiviet_fuzz::fail("'<' in JSON-LD", ld);
  (void)table_of_contents(a, ho);

  excerpt_options eo;
  eo.limit = b0 >> 3;
  eo.unit = static_cast<excerpt_unit>(b1 >> 5 & 1 ? 1 : (b1 >> 6 & 1 ? 2 : 0));
  eo.to = (b1 & 128) ? excerpt_output::html : excerpt_output::text;
  if (auto e = excerpt(a, eo)) {
    if (!baiviet_fuzz::valid_utf8(e->text)) baiviet_fuzz::fail("excerpt not UTF-8", e->text);
    if (eo.to == excerpt_output::html) baiviet_fuzz::check_safe_html(e->text);
  }
  (void)article_reading_time(a);
  return 0;
}
