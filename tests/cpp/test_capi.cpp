// C API (include/baiviet/baiviet.h): the same results as the C++ API, the
// format case table (tests/fixtures/format/cases.json) through the C calls,
// errors with codes and messages, owned strings, bad arguments.
#include <catch2/catch.hpp>
#include <vector>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>

#include "baiviet/baiviet.h"
#include "baiviet/excerpt.hpp"
#include "baiviet/format.hpp"
#include "baiviet/import.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "baiviet/version.hpp"
#include "test_util.hpp"

using json = nlohmann::json;

namespace {

struct renderer_ptr {
  baiviet_renderer* p = baiviet_renderer_new();
  ~renderer_ptr() { baiviet_renderer_free(p); }
};
struct formatter_ptr {
  baiviet_formatter* p = baiviet_formatter_new();
  ~formatter_ptr() { baiviet_formatter_free(p); }
};

/// Takes ownership of a C string, checks its length, returns it as std::string.
std::string take(char* s, size_t n) {
  REQUIRE(s != nullptr);
  CHECK(std::strlen(s) == n);
  std::string out(s, n);
  baiviet_free(s);
  return out;
}

std::string sample() { return test_util::read_file(test_util::fixtures_dir() / "samples" / "son-la-ky-3.txt"); }

const char* markdown_article =
    "---\n"
    "title: Thu hút 36 dự án đầu tư mới\n"
    "kicker: Kinh tế\n"
    "date: 2025-04-21T22:21:00+07:00\n"
    "authors: [T.SỸ]\n"
    "---\n"
    "**Quý I/2025, tỉnh thu hút 36 dự án với tổng vốn trên 13.596 tỷ đồng.**\n"
    "\n"
    "## Tăng 122,2% so với cùng kỳ\n"
    "\n"
    "Ngày 21/4, Sở Kế hoạch và Đầu tư cho biết tỷ lệ giải ngân đạt 21%.[^1] Xem <b>bảng</b>.\n"
    "\n"
    "![Lễ khởi công](https://example.vn/a.jpg)\n"
    "\n"
    "| Chỉ tiêu | Giá trị |\n|---|---:|\n| Dự án | 36 |\n"
    "\n"
    "### Chi tiết\n\n- một\n- hai\n\n[^1]: Số liệu sơ bộ.\n";

}  // namespace

TEST_CASE("C API: version and status names", "[capi]") {
  CHECK(std::string(baiviet_version()) == BAIVIET_VERSION_STRING);
  CHECK(std::string(baiviet_version()) == baiviet::version());
  for (int c = 0; c <= 8; ++c)
    CHECK(std::string(baiviet_status_name(c)) == baiviet::errc_name(static_cast<baiviet::errc>(c)));
  CHECK(std::string(baiviet_status_name(99)) == "internal");
  CHECK(BAIVIET_ERR_FRONT_MATTER == static_cast<int>(baiviet::errc::front_matter));
  CHECK(BAIVIET_ERR_OUT_OF_MEMORY == static_cast<int>(baiviet::errc::out_of_memory));
  baiviet_free(nullptr);  // no-op
}

TEST_CASE("C API: render equals the C++ API for every output and flag set", "[capi]") {
  struct variant {
    int from, to;
    unsigned flags;
  };
  const variant variants[] = {
      {BAIVIET_FROM_AUTO, BAIVIET_TO_HTML, 0},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_HTML, BAIVIET_RENDER_FULL_PAGE | BAIVIET_RENDER_TOC},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_HTML, BAIVIET_RENDER_NO_HEADER | BAIVIET_RENDER_MARKUP_NUMBERS},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_HTML, BAIVIET_RENDER_UNSAFE | BAIVIET_RENDER_NO_TAGFILTER},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_HTML, BAIVIET_RENDER_COMMONMARK},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_HTML, BAIVIET_RENDER_NO_GFM | BAIVIET_RENDER_NO_FOOTNOTES},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_HTML, BAIVIET_RENDER_NO_STRUCTURE | BAIVIET_RENDER_SMART},
      {BAIVIET_FROM_MARKDOWN, BAIVIET_TO_JSON, BAIVIET_RENDER_LENIENT_FRONT_MATTER},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_HTML, BAIVIET_RENDER_FULL_PAGE | BAIVIET_RENDER_NO_JSONLD | BAIVIET_RENDER_NO_RELATED},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_JSON, 0},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_JSON, BAIVIET_RENDER_JSON_COMPACT | BAIVIET_RENDER_JSON_INLINES},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_TEXT, 0},
      {BAIVIET_FROM_AUTO, BAIVIET_TO_JSONLD, 0},
      {BAIVIET_FROM_TEXT, BAIVIET_TO_JSON, 0},
  };
  const std::string sources[] = {markdown_article, sample()};
  for (const auto& src : sources) {
    for (const auto& v : variants) {
      baiviet::render_options o;
      o.parse.format = v.from == BAIVIET_FROM_AUTO       ? baiviet::input_format::auto_detect
                       : v.from == BAIVIET_FROM_MARKDOWN ? baiviet::input_format::markdown
                                                         : baiviet::input_format::text;
      o.to = static_cast<baiviet::output_format>(v.to);
      auto f = v.flags;
      o.html.full_page = f & BAIVIET_RENDER_FULL_PAGE;
      o.html.toc = f & BAIVIET_RENDER_TOC;
      o.html.header = !(f & BAIVIET_RENDER_NO_HEADER);
      o.html.related = !(f & BAIVIET_RENDER_NO_RELATED);
      o.html.unsafe = f & BAIVIET_RENDER_UNSAFE;
      o.html.markup_numbers = f & BAIVIET_RENDER_MARKUP_NUMBERS;
      o.html.jsonld = !(f & BAIVIET_RENDER_NO_JSONLD);
      o.html.commonmark_compat = f & BAIVIET_RENDER_COMMONMARK;
      o.html.tagfilter = !(f & (BAIVIET_RENDER_NO_TAGFILTER | BAIVIET_RENDER_NO_GFM));
      o.parse.gfm = !(f & BAIVIET_RENDER_NO_GFM);
      o.parse.footnotes = !(f & BAIVIET_RENDER_NO_FOOTNOTES);
      o.parse.article_structure = !(f & (BAIVIET_RENDER_NO_STRUCTURE | BAIVIET_RENDER_COMMONMARK));
      o.parse.smart_punctuation = f & BAIVIET_RENDER_SMART;
      o.parse.lenient_front_matter = f & BAIVIET_RENDER_LENIENT_FRONT_MATTER;
      o.json.pretty = !(f & BAIVIET_RENDER_JSON_COMPACT);
      o.json.inlines = f & BAIVIET_RENDER_JSON_INLINES;
      auto expected = baiviet::render(src, o);
      REQUIRE(expected);

      renderer_ptr r;
      REQUIRE(baiviet_renderer_set_input(r.p, v.from) == BAIVIET_OK);
      REQUIRE(baiviet_renderer_set_output(r.p, v.to) == BAIVIET_OK);
      REQUIRE(baiviet_renderer_set_flags(r.p, v.flags) == BAIVIET_OK);
      CHECK(baiviet_renderer_flags(r.p) == v.flags);
      char* out = nullptr;
      size_t n = 0;
      INFO("to " << v.to << " flags " << v.flags);
      REQUIRE(baiviet_render(r.p, src.data(), src.size(), &out, &n) == BAIVIET_OK);
      CHECK(take(out, n) == *expected);
      CHECK(std::string(baiviet_renderer_error(r.p)).empty());
    }
  }
}

TEST_CASE("C API: HTML options by value", "[capi]") {
  renderer_ptr r;
  REQUIRE(baiviet_renderer_set_input(r.p, BAIVIET_FROM_MARKDOWN) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_flags(r.p, BAIVIET_RENDER_TOC | BAIVIET_RENDER_FULL_PAGE) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_id_prefix(r.p, "bv-", 3) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_toc_max_level(r.p, 2) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_stylesheet_href(r.p, "/site.css", 9) == BAIVIET_OK);
  baiviet::render_options o;
  o.parse.format = baiviet::input_format::markdown;
  o.html.toc = o.html.full_page = true;
  o.html.id_prefix = "bv-";
  o.html.toc_max_level = 2;
  o.html.stylesheet_href = "/site.css";
  auto expected = baiviet::render(markdown_article, o);
  REQUIRE(expected);
  char* out = nullptr;
  size_t n = 0;
  REQUIRE(baiviet_render(r.p, markdown_article, std::strlen(markdown_article), &out, &n) == BAIVIET_OK);
  std::string html = take(out, n);
  CHECK(html == *expected);
  CHECK(html.find("id=\"bv-") != std::string::npos);
  CHECK(html.find("/site.css") != std::string::npos);
}

TEST_CASE("C API: text import and detection", "[capi]") {
  std::string text = sample();
  CHECK(baiviet_detect_format(text.data(), text.size()) == BAIVIET_FROM_TEXT);
  CHECK(baiviet_detect_format(markdown_article, std::strlen(markdown_article)) == BAIVIET_FROM_MARKDOWN);
  for (unsigned flags : {0u, unsigned(BAIVIET_IMPORT_KEEP_CHROME | BAIVIET_IMPORT_NO_RELATED), unsigned(BAIVIET_IMPORT_NO_NORMALIZE)}) {
    baiviet::import_options io;
    io.drop_chrome = !(flags & BAIVIET_IMPORT_KEEP_CHROME);
    io.related = !(flags & BAIVIET_IMPORT_NO_RELATED);
    io.normalize = !(flags & BAIVIET_IMPORT_NO_NORMALIZE);
    auto a = baiviet::import_text(text, io);
    REQUIRE(a);
    renderer_ptr r;
    REQUIRE(baiviet_renderer_set_output(r.p, BAIVIET_TO_JSON) == BAIVIET_OK);
    REQUIRE(baiviet_renderer_set_import_flags(r.p, flags) == BAIVIET_OK);
    char* out = nullptr;
    size_t n = 0;
    REQUIRE(baiviet_import_text(r.p, text.data(), text.size(), &out, &n) == BAIVIET_OK);
    CHECK(take(out, n) == baiviet::render_json(*a));
  }
}

TEST_CASE("C API: errors carry code, message and line", "[capi]") {
  renderer_ptr r;
  char* out = nullptr;
  size_t n = 0;
  const std::string bad = "---\ntitle: ok\nauthors: [unclosed\n---\nBody.\n";
  auto cpp = baiviet::render(bad);
  REQUIRE(!cpp);
  REQUIRE(baiviet_renderer_set_input(r.p, BAIVIET_FROM_MARKDOWN) == BAIVIET_OK);
  CHECK(baiviet_render(r.p, bad.data(), bad.size(), &out, &n) == BAIVIET_ERR_FRONT_MATTER);
  CHECK(out == nullptr);
  CHECK(baiviet_renderer_error_code(r.p) == BAIVIET_ERR_FRONT_MATTER);
  CHECK(std::string(baiviet_renderer_error(r.p)) == cpp.error().message);
  CHECK(baiviet_renderer_error_line(r.p) == cpp.error().line);
  CHECK(baiviet_renderer_error_line(r.p) > 0);
  CHECK(std::string(baiviet_last_error()) == cpp.error().message);

  // A success clears the handle's error.
  REQUIRE(baiviet_render(r.p, "# A\n", 4, &out, &n) == BAIVIET_OK);
  baiviet_free(out);
  CHECK(std::string(baiviet_renderer_error(r.p)).empty());
  CHECK(baiviet_renderer_error_code(r.p) == BAIVIET_OK);

  // Size limit.
  REQUIRE(baiviet_renderer_set_max_input_bytes(r.p, 10) == BAIVIET_OK);
  CHECK(baiviet_render(r.p, markdown_article, std::strlen(markdown_article), &out, &n) == BAIVIET_ERR_TOO_LARGE);
  CHECK(baiviet_renderer_set_max_input_bytes(r.p, 0) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("C API: bad arguments never crash", "[capi]") {
  char* out = nullptr;
  size_t n = 0;
  CHECK(baiviet_render(nullptr, "x", 1, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(std::string(baiviet_last_error()) == "renderer is NULL");
  renderer_ptr r;
  CHECK(baiviet_render(r.p, nullptr, 5, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_render(r.p, "x", 1, nullptr, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_input(r.p, 7) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_output(r.p, -1) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_flags(r.p, 1u << 20) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_toc_max_level(r.p, 9) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_renderer_set_id_prefix(r.p, nullptr, 2) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(std::string(baiviet_renderer_error(r.p)).size() > 0);
  CHECK(std::string(baiviet_renderer_error(nullptr)) == "renderer is NULL");
  CHECK(baiviet_renderer_warning_count(nullptr) == 0);
  CHECK(std::string(baiviet_renderer_warning(r.p, 99)).empty());
  baiviet_renderer_free(nullptr);
  baiviet_formatter_free(nullptr);

  // NULL with length 0 is the empty text.
  REQUIRE(baiviet_render(r.p, nullptr, 0, &out, nullptr) == BAIVIET_OK);
  CHECK(out != nullptr);
  baiviet_free(out);

  CHECK(baiviet_excerpt(r.p, 9, "x", 1, 10, 0, &out, &n, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_excerpt(r.p, BAIVIET_EXCERPT_TEXT, "x", 1, 10, BAIVIET_EXCERPT_WORDS | BAIVIET_EXCERPT_SENTENCES,
                        &out, &n, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_format_number(nullptr, 1, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_slugify(nullptr, 3, 0, 0, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_normalize("a", 1, BAIVIET_NORMALIZE_TONES_MODERN | BAIVIET_NORMALIZE_TONES_TRADITIONAL, &out, &n) ==
        BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_count_text("a", 1, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(baiviet_comment_status_of("a", 1, 10, 5, nullptr) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("C API: invalid UTF-8 and NUL give output and warnings", "[capi]") {
  renderer_ptr r;
  REQUIRE(baiviet_renderer_set_input(r.p, BAIVIET_FROM_MARKDOWN) == BAIVIET_OK);
  REQUIRE(baiviet_renderer_set_output(r.p, BAIVIET_TO_TEXT) == BAIVIET_OK);
  const char src[] = "Xin ch\xC3 \xFF\x00o";
  char* out = nullptr;
  size_t n = 0;
  REQUIRE(baiviet_render(r.p, src, sizeof src - 1, &out, &n) == BAIVIET_OK);
  std::string text = take(out, n);
  CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
  auto cpp = baiviet::parse(std::string_view(src, sizeof src - 1));
  REQUIRE(cpp);
  CHECK(baiviet_renderer_warning_count(r.p) == cpp->warnings.size());
  CHECK(baiviet_renderer_warning_count(r.p) >= 1);
  CHECK(std::string(baiviet_renderer_warning(r.p, 0)).size() > 0);
}

TEST_CASE("C API: excerpts and reading time equal the C++ API", "[capi]") {
  std::string text = sample();
  renderer_ptr r;
  auto article = baiviet::parse(text, baiviet::parse_options{baiviet::input_format::auto_detect});
  REQUIRE(article);
  struct cse {
    int kind;
    size_t limit;
    unsigned flags;
  };
  std::string html = baiviet::render_html(*article);
  for (cse c : {cse{BAIVIET_EXCERPT_ARTICLE, 160, 0}, cse{BAIVIET_EXCERPT_ARTICLE, 30, BAIVIET_EXCERPT_WORDS | BAIVIET_EXCERPT_FROM_BODY},
                cse{BAIVIET_EXCERPT_ARTICLE, 2, BAIVIET_EXCERPT_SENTENCES | BAIVIET_EXCERPT_TO_HTML},
                cse{BAIVIET_EXCERPT_TEXT, 100, BAIVIET_EXCERPT_NO_CLOSE_BRACKETS},
                cse{BAIVIET_EXCERPT_HTML, 120, BAIVIET_EXCERPT_TO_HTML}}) {
    baiviet::excerpt_options eo;
    eo.limit = c.limit;
    if (c.flags & BAIVIET_EXCERPT_WORDS) eo.unit = baiviet::excerpt_unit::words;
    if (c.flags & BAIVIET_EXCERPT_SENTENCES) eo.unit = baiviet::excerpt_unit::sentences;
    if (c.flags & BAIVIET_EXCERPT_FROM_BODY) eo.source = baiviet::excerpt_source::body;
    if (c.flags & BAIVIET_EXCERPT_TO_HTML) eo.to = baiviet::excerpt_output::html;
    if (c.flags & BAIVIET_EXCERPT_NO_CLOSE_BRACKETS) eo.close_brackets = false;
    std::string src = c.kind == BAIVIET_EXCERPT_HTML ? html : text;
    auto expected = c.kind == BAIVIET_EXCERPT_ARTICLE ? baiviet::excerpt(*article, eo)
                    : c.kind == BAIVIET_EXCERPT_TEXT  ? baiviet::excerpt_text(src, eo)
                                                      : baiviet::excerpt_html(src, eo);
    REQUIRE(expected);
    char* out = nullptr;
    size_t n = 0;
    baiviet_excerpt_info info{};
    REQUIRE(baiviet_excerpt(r.p, c.kind, src.data(), src.size(), c.limit, c.flags, &out, &n, &info) == BAIVIET_OK);
    CHECK(take(out, n) == expected->text);
    CHECK(info.truncated == (expected->truncated ? 1 : 0));
    CHECK(info.ellipsis == (expected->ellipsis ? 1 : 0));
    CHECK(info.graphemes == expected->graphemes);
    CHECK(info.words == expected->words);
  }
  baiviet_reading_time t{};
  REQUIRE(baiviet_article_reading_time(r.p, text.data(), text.size(), 0, &t) == BAIVIET_OK);
  auto rt = baiviet::article_reading_time(*article);
  CHECK(t.words == rt.words);
  CHECK(t.images == rt.images);
  CHECK(t.seconds == rt.seconds);
  CHECK(t.minutes == rt.minutes);
  CHECK(std::string(t.label) == rt.label);
  CHECK(std::string(t.label).find("phút đọc") != std::string::npos);
  baiviet_free(t.label);
}

TEST_CASE("C API: the format case table", "[capi][format]") {
  auto doc = json::parse(test_util::read_file(test_util::fixtures_dir() / "format" / "cases.json"), nullptr, false);
  REQUIRE(!doc.is_discarded());
  auto iso_ms = [](const json& v) {
    auto t = baiviet::parse_iso8601(v.get<std::string>());
    REQUIRE(t);
    return t->epoch_ms;
  };
  const char* styles[] = {"dateline", "administrative", "short_date", "padded_date", "day_month",
                          "time",     "date_time",      "iso8601",    "iso_date"};
  const char* roundings[] = {"half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"};
  int run = 0;
  for (const auto& c : doc["cases"]) {
    std::string fn = c["fn"];
    if (fn == "ratio" || fn == "range" || fn == "count" || fn == "markup") continue;
    if (c.value("integer", false)) continue;  // the C API formats doubles
    formatter_ptr f;
    unsigned flags = 0;
    const json opts = c.value("options", json::object());
    if (!opts.value("grouping", true)) flags |= BAIVIET_FORMAT_NO_GROUPING;
    if (c.value("style", "") == "short") flags |= BAIVIET_FORMAT_SHORT;
    if (c.value("linh", false)) flags |= BAIVIET_FORMAT_WORDS_LINH;
    if (c.value("ngan", false)) flags |= BAIVIET_FORMAT_WORDS_NGAN;
    if (c.value("ti", false)) flags |= BAIVIET_FORMAT_WORDS_TI;
    if (c.value("capitalize", false)) flags |= BAIVIET_FORMAT_CAPITALIZE;
    if (c.value("weekday", "") == "lower") flags |= BAIVIET_FORMAT_WEEKDAY_LOWER;
    if (c.value("numeric", false)) flags |= BAIVIET_FORMAT_RELATIVE_NUMERIC;
    REQUIRE(baiviet_formatter_set_flags(f.p, flags) == BAIVIET_OK);
    int min_fd = opts.value("min_fraction_digits", -1), max_fd = opts.value("max_fraction_digits", -1);
    int setup = baiviet_formatter_set_fraction_digits(f.p, min_fd, max_fd);
    if (opts.contains("max_significant_digits"))
      REQUIRE(baiviet_formatter_set_significant_digits(f.p, 1, opts["max_significant_digits"].get<int>()) == BAIVIET_OK);
    if (opts.contains("rounding")) {
      int mode = -1;
      for (int i = 0; i < 7; ++i)
        if (opts["rounding"] == roundings[i]) mode = i;
      REQUIRE(baiviet_formatter_set_rounding(f.p, mode) == BAIVIET_OK);
    }
    if (c.contains("tz")) {
      std::string tz = c["tz"];
      REQUIRE(baiviet_formatter_set_time_zone(f.p, tz.data(), tz.size()) == BAIVIET_OK);
    }
    INFO(c.dump());
    char* out = nullptr;
    size_t n = 0;
    int status = setup;
    if (setup == BAIVIET_OK) {
      if (fn == "number") status = baiviet_format_number(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "percent") status = baiviet_format_percent(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "money") {
        std::string cur = c.value("currency", "VND");
        status = baiviet_format_money(f.p, test_util::fixture_number(c["value"]), cur.data(), cur.size(), &out, &n);
      } else if (fn == "money_news") status = baiviet_format_money_news(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "compact") status = baiviet_format_compact(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "unit") {
        std::string unit = c["unit"];
        status = baiviet_format_unit(f.p, test_util::fixture_number(c["value"]), unit.data(), unit.size(), &out, &n);
      } else if (fn == "words") status = baiviet_format_words(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "money_words") status = baiviet_format_money_words(f.p, test_util::fixture_number(c["value"]), &out, &n);
      else if (fn == "date") {
        int style = -1;
        for (int i = 0; i < 9; ++i)
          if (c["style"] == styles[i]) style = i;
        REQUIRE(style >= 0);
        if (c.contains("value")) {
          std::string iso = c["value"];
          status = baiviet_format_date_iso(f.p, iso.data(), iso.size(), style, &out, &n);
        } else {
          int64_t ms = c.contains("epoch_ms") ? c["epoch_ms"].get<int64_t>() : c["epoch_s"].get<int64_t>() * 1000;
          status = baiviet_format_date(f.p, ms, style, &out, &n);
        }
      } else if (fn == "relative") {
        status = baiviet_format_relative(f.p, iso_ms(c["value"]), iso_ms(c["now"]), &out, &n);
      } else if (fn == "parse") {
        std::string text = c["text"];
        double value = 0;
        int kind = -1;
        status = baiviet_parse_number(f.p, text.data(), text.size(), &value, &kind);
        if (c.contains("expect_value")) {
          REQUIRE(status == BAIVIET_OK);
          CHECK(value == Approx(c["expect_value"].get<double>()));
          const char* kinds[] = {"number", "percent", "money", "measure"};
          CHECK(kinds[kind] == c.value("expect_kind", "number"));
        }
        ++run;
        if (!c.contains("error")) continue;
      } else {
        FAIL("unknown fn " << fn);
      }
    }
    ++run;
    if (c.contains("error")) {
      CHECK(status != BAIVIET_OK);
      CHECK(baiviet_status_name(status) == c["error"].get<std::string>());
      if (setup == BAIVIET_OK) CHECK(std::string(baiviet_formatter_error(f.p)).size() > 0);
      CHECK(out == nullptr);
    } else {
      REQUIRE(status == BAIVIET_OK);
      CHECK(take(out, n) == c["expect"].get<std::string>());
    }
  }
  CHECK(run > 150);
}

TEST_CASE("C API: baiviet_format_numbers gives the single calls' strings, NUL-separated", "[capi][format]") {
  formatter_ptr f;
  REQUIRE(baiviet_formatter_set_fraction_digits(f.p, 0, 1) == BAIVIET_OK);
  const double values[] = {2617, 0.5, -0.04, 1234567.891, 1e15, 2.25};
  char* out = nullptr;
  size_t n = 0;
  REQUIRE(baiviet_format_numbers(f.p, values, 6, &out, &n) == BAIVIET_OK);
  std::vector<std::string> got;
  for (size_t i = 0; i < n; i += std::strlen(out + i) + 1) got.emplace_back(out + i);
  CHECK(out[n] == '\0');
  baiviet_free(out);
  REQUIRE(got.size() == 6);
  for (size_t i = 0; i < 6; ++i) {
    REQUIRE(baiviet_format_number(f.p, values[i], &out, nullptr) == BAIVIET_OK);
    CHECK(got[i] == out);
    baiviet_free(out);
  }
  CHECK(got[0] == "2.617");
  CHECK(got[2] == "0");  // no sign on zero

  REQUIRE(baiviet_format_numbers(f.p, nullptr, 0, &out, &n) == BAIVIET_OK);
  CHECK(n == 0);
  baiviet_free(out);
  CHECK(baiviet_format_numbers(f.p, nullptr, 2, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  const double bad[] = {1, std::numeric_limits<double>::infinity()};
  CHECK(baiviet_format_numbers(f.p, bad, 2, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
  CHECK(std::string(baiviet_formatter_error(f.p)).find("value 1") != std::string::npos);
  CHECK(baiviet_format_numbers(nullptr, values, 1, &out, &n) == BAIVIET_ERR_INVALID_ARGUMENT);
}

TEST_CASE("C API: text utilities equal the C++ API and the text tables", "[capi][text]") {
  auto slugs = json::parse(test_util::read_file(test_util::fixtures_dir() / "text" / "slugs.json"), nullptr, false);
  REQUIRE(!slugs.is_discarded());
  for (const auto& c : slugs["cases"]) {
    if (c.contains("max_length") || c.contains("separator")) continue;
    std::string in = c["in"];
    char* out = nullptr;
    size_t n = 0;
    REQUIRE(baiviet_slugify(in.data(), in.size(), 80, 0, &out, &n) == BAIVIET_OK);
    CHECK(take(out, n) == c["out"].get<std::string>());
  }
  auto counts = json::parse(test_util::read_file(test_util::fixtures_dir() / "text" / "counts.json"), nullptr, false);
  REQUIRE(!counts.is_discarded());
  for (const auto& c : counts["cases"]) {
    std::string in = c["text"];
    baiviet_text_counts tc{};
    REQUIRE(baiviet_count_text(in.data(), in.size(), &tc) == BAIVIET_OK);
    INFO(in);
    if (c.contains("graphemes")) CHECK(tc.graphemes == c["graphemes"].get<size_t>());
    if (c.contains("code_points")) CHECK(tc.code_points == c["code_points"].get<size_t>());
    if (c.contains("words")) CHECK(tc.words == c["words"].get<size_t>());
    if (c.contains("sentences")) CHECK(tc.sentences == c["sentences"].get<size_t>());
  }

  const std::string messy = "  \xC3\x90\xC3\xA0 N\xE1\xBA\xB5ng   ho\xC3\xA0  th\xC3\xBAy\xE2\x80\x8B ";
  for (unsigned flags : {0u, unsigned(BAIVIET_NORMALIZE_TONES_TRADITIONAL), unsigned(BAIVIET_NORMALIZE_NO_LOOKALIKES | BAIVIET_NORMALIZE_NO_WHITESPACE),
                         unsigned(BAIVIET_NORMALIZE_NO_ZERO_WIDTH | BAIVIET_NORMALIZE_TONES_MODERN), unsigned(BAIVIET_NORMALIZE_NO_NFC)}) {
    baiviet::normalize_options o;
    o.nfc = !(flags & BAIVIET_NORMALIZE_NO_NFC);
    o.lookalikes = !(flags & BAIVIET_NORMALIZE_NO_LOOKALIKES);
    o.whitespace = !(flags & BAIVIET_NORMALIZE_NO_WHITESPACE);
    o.zero_width = !(flags & BAIVIET_NORMALIZE_NO_ZERO_WIDTH);
    if (flags & BAIVIET_NORMALIZE_TONES_MODERN) o.tones = baiviet::tone_style::modern;
    if (flags & BAIVIET_NORMALIZE_TONES_TRADITIONAL) o.tones = baiviet::tone_style::traditional;
    char* out = nullptr;
    size_t n = 0;
    REQUIRE(baiviet_normalize(messy.data(), messy.size(), flags, &out, &n) == BAIVIET_OK);
    CHECK(take(out, n) == baiviet::normalize(messy, o));
  }
  char* out = nullptr;
  size_t n = 0;
  REQUIRE(baiviet_normalize(messy.data(), messy.size(), 0, &out, &n) == BAIVIET_OK);
  CHECK(take(out, n) == "\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng ho\xC3\xA0 th\xC3\xBAy");  // "Đà Nẵng hoà thúy"

  const std::string name = "Đảng bộ tỉnh Sơn La";
  REQUIRE(baiviet_fold_for_search(name.data(), name.size(), &out, &n) == BAIVIET_OK);
  CHECK(take(out, n) == "dang bo tinh son la");
  REQUIRE(baiviet_slugify(name.data(), name.size(), 0, '_', &out, &n) == BAIVIET_OK);
  CHECK(take(out, n) == "dang_bo_tinh_son_la");

  baiviet_comment_status cs{};
  const std::string comment = "Hay quá";
  REQUIRE(baiviet_comment_status_of(comment.data(), comment.size(), 5, 500, &cs) == BAIVIET_OK);
  auto cpp = baiviet::comment_status(comment, 5, 500);
  CHECK(cs.used == cpp.used);
  CHECK(cs.used == 7);
  CHECK(cs.remaining == 493);
  CHECK(cs.valid == 1);
  CHECK(std::string(cs.counter) == cpp.counter);
  CHECK(std::string(cs.message).empty());
  baiviet_free(cs.counter);
  baiviet_free(cs.message);
  REQUIRE(baiviet_comment_status_of("Hay", 3, 5, 500, &cs) == BAIVIET_OK);
  CHECK(cs.too_short == 1);
  CHECK(std::string(cs.message) == "Bạn vui lòng nhập từ 5 ký tự trở lên");
  baiviet_free(cs.counter);
  baiviet_free(cs.message);

  baiviet_reading_time rt{};
  const std::string body = "Một hai ba bốn năm sáu bảy tám chín mười.";
  REQUIRE(baiviet_reading_time_text(body.data(), body.size(), 2, 0, &rt) == BAIVIET_OK);
  auto expected = baiviet::estimate_reading_time(body, 2);
  CHECK(rt.words == 10);
  CHECK(rt.seconds == expected.seconds);
  CHECK(std::string(rt.label) == expected.label);
  baiviet_free(rt.label);
}
