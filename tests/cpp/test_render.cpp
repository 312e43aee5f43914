// HTML, JSON, text and JSON-LD renderers; the safety model.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "baiviet/baiviet.hpp"
#include "test_util.hpp"

using namespace baiviet;

namespace {
std::string html(std::string_view md, html_options o = {}) {
  render_options ro;
  ro.html = std::move(o);
  auto r = render(md, ro);
  REQUIRE(r.has_value());
  return *r;
}
bool contains(const std::string& s, std::string_view needle) { return s.find(needle) != std::string::npos; }
}  // namespace

TEST_CASE("semantic HTML5 article with header, time and sapo") {
  std::string h = html("---\ntitle: Tiêu đề\nkicker: Chuyên mục • Kỳ 2\nsapo: Lời dẫn.\nauthors: [Huy Ngoan]\ndate: 2024-02-29T08:30:00+07:00\n---\nThân bài.\n");
  CHECK(contains(h, "<article class=\"bv-article\">"));
  CHECK(contains(h, "<header class=\"bv-header\">"));
  CHECK(contains(h, "<p class=\"bv-kicker\">Chuyên mục • Kỳ 2</p>"));
  CHECK(contains(h, "<h1 class=\"bv-title\">Tiêu đề</h1>"));
  CHECK(contains(h, "<p class=\"sapo bv-sapo\">Lời dẫn.</p>"));
  CHECK(contains(h, "<time class=\"bv-published\" datetime=\"2024-02-29T08:30:00+07:00\">Thứ Năm, 29/02/2024, 08:30</time>"));
  CHECK(contains(h, "<span class=\"bv-author\">Huy Ngoan</span>"));
  CHECK(h.rfind("</article>\n") == h.size() - 11);
}

TEST_CASE("headings get Vietnamese slug ids, de-duplicated, with a prefix, and a TOC") {
  html_options o;
  o.toc = true;
  o.id_prefix = "bv-";
  std::string h = html("## Thực hiện với bước đi chắc chắn\n\n## Thực hiện với bước đi chắc chắn\n\n### Đây là ví dụ\n", o);
  CHECK(contains(h, "<h2 id=\"bv-thuc-hien-voi-buoc-di-chac-chan\">"));
  CHECK(contains(h, "<h2 id=\"bv-thuc-hien-voi-buoc-di-chac-chan-1\">"));
  CHECK(contains(h, "<h3 id=\"bv-day-la-vi-du\">"));
  CHECK(contains(h, "<nav class=\"bv-toc\" aria-label=\"Mục lục\">"));
  CHECK(contains(h, "<a href=\"#bv-thuc-hien-voi-buoc-di-chac-chan-1\">"));
  auto a = parse_markdown("## A\n\n#### B\n");
  auto toc = table_of_contents(*a);
  REQUIRE(toc.size() == 1);  // level 4 is below toc_max_level
  CHECK(toc[0].id == "a");
}

TEST_CASE("safe by default: raw HTML and dangerous URLs never reach the output") {
  std::string h = html("<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)> y\n\n"
                       "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) "
                       "[d](vbscript:x) [e](file:///etc/passwd) [f](data:text/html;base64,PHNjcmlwdD4=) "
                       "![g](data:image/png;base64,iVBORw0KGgo=) [h](java\tscript:x) <javascript:alert(1)>\n");
  CHECK_FALSE(contains(h, "<script"));
  CHECK_FALSE(contains(h, "onerror"));
  for (std::string_view attr : {"href=\"javascript", "href=\"JaVaScRiPt", "href=\"vbscript", "href=\"file:", "href=\"data:", "href=\"java"})
    CHECK_FALSE(contains(h, attr));
  CHECK(contains(h, "src=\"data:image/png;base64,iVBORw0KGgo=\""));  // image data URLs are allowed
  CHECK(contains(h, "<a>a</a>"));  // the link text stays, without href
  html_options unsafe;
  unsafe.unsafe = true;
  std::string u = html("<b>đậm</b> <script>x</script>\n", unsafe);
  CHECK(contains(u, "<b>đậm</b>"));
  CHECK(contains(u, "&lt;script>"));  // tagfilter still disarms <script>
}

TEST_CASE("attribute values are escaped") {
  std::string h = html("[x](https://a.vn/?q=\"><script> \"t\\\"itle\")\n\n![a\"b](https://a.vn/i.png)\n");
  CHECK_FALSE(contains(h, "\"><script>"));
  CHECK(contains(h, "alt=\"a&quot;b\""));
}

TEST_CASE("full page mode: document, stylesheet, JSON-LD that cannot close its script") {
  html_options o;
  o.full_page = true;
  std::string h = html("---\ntitle: \"</script><script>alert(1)</script>\"\nsapo: Lời dẫn\n---\nx\n", o);
  CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(contains(h, "<style>"));
  CHECK(contains(h, "<script type=\"application/ld+json\">"));
  CHECK_FALSE(contains(h, "</script><script>alert"));
  CHECK(contains(h, "\\u003c/script>"));
}

TEST_CASE("JSON model follows the documented schema") {
  render_options ro;
  ro.to = output_format::json;
  auto r = render("---\ntitle: T\ncategory: Khoa Giáo\n---\n## Đầu mục\n\nĐoạn *một*.\n", ro);
  REQUIRE(r.has_value());
  auto j = nlohmann::json::parse(*r, nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  CHECK(j["schema"] == "baiviet/article@1");
  CHECK(j["title"] == "T");
  CHECK(j["category"] == "Khoa Giáo");
  REQUIRE(j["body"].size() == 2);
  CHECK(j["body"][0]["type"] == "heading");
  CHECK(j["body"][0]["id"] == "dau-muc");
  CHECK(j["body"][1]["type"] == "paragraph");
  CHECK(j["body"][1]["text"] == "Đoạn một.");
  CHECK(j["related"].is_null());
}

TEST_CASE("plain text and JSON-LD outputs") {
  auto a = parse_markdown("---\ntitle: Tiêu đề\nsapo: Lời dẫn\ndate: 2024-02-29\nauthors: [A, B]\n---\n- một\n- hai\n\n> trích\n");
  REQUIRE(a.has_value());
  std::string t = render_text(*a);
  CHECK(t == "Tiêu đề\n\nLời dẫn\n\n- một\n- hai\n\n> trích\n\nA, B\n");
  auto ld = nlohmann::json::parse(render_jsonld(*a), nullptr, false);
  CHECK(ld["@type"] == "NewsArticle");
  CHECK(ld["description"] == "Lời dẫn");
  CHECK(ld["datePublished"] == "2024-02-29");
  CHECK(ld["author"].size() == 2);
}

TEST_CASE("the sample article renders to valid-looking HTML and JSON") {
  std::string src = test_util::read_file(test_util::fixtures_dir() / "samples" / "son-la-ky-3.txt");
  render_options ro;
  ro.parse.format = input_format::auto_detect;
  auto h = render(src, ro);
  REQUIRE(h.has_value());
  CHECK(contains(*h, "<h1 class=\"bv-title\">Chỉnh đốn, nâng cao năng lực lãnh đạo sức chiến đấu của tổ chức cơ sở đảng</h1>"));
  CHECK(contains(*h, "<h2 id=\"thuc-hien-voi-buoc-di-chac-chan\">"));
  ro.to = output_format::json;
  auto j = render(src, ro);
  REQUIRE(j.has_value());
  CHECK_FALSE(nlohmann::json::parse(*j, nullptr, false).is_discarded());
}
