// Excerpts: the case table in tests/fixtures/excerpt/cases.json (plain text and
// HTML fragments, each plain case also in NFD) and article excerpts built from
// the model (source choice, skipped blocks, inline formatting, reading time).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "baiviet/excerpt.hpp"
#include "test_util.hpp"

using nlohmann::json;

namespace {

std::string to_nfd(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(st);
  icu::UnicodeString d = n->normalize(icu::UnicodeString::fromUTF8(s), st);
  std::string out;
  d.toUTF8String(out);
  return out;
}

baiviet::excerpt_options options_of(const json& c) {
  baiviet::excerpt_options o;
  o.limit = c["limit"].get<std::size_t>();
  std::string unit = c.value("unit", "graphemes");
  o.unit = unit == "words" ? baiviet::excerpt_unit::words
           : unit == "sentences" ? baiviet::excerpt_unit::sentences
                                 : baiviet::excerpt_unit::graphemes;
  o.to = c.value("to", "text") == "html" ? baiviet::excerpt_output::html : baiviet::excerpt_output::text;
  if (c.contains("ellipsis")) o.ellipsis = c["ellipsis"].get<std::string>();
  return o;
}

baiviet::inline_node txt(std::string s) {
  baiviet::inline_node n;
  n.text = std::move(s);
  return n;
}

baiviet::inline_node wrap(baiviet::inline_type t, std::vector<baiviet::inline_node> children, std::string url = {}) {
  baiviet::inline_node n;
  n.type = t;
  n.children = std::move(children);
  n.url = std::move(url);
  return n;
}

baiviet::block para(std::string s) {
  baiviet::block b;
  b.content.push_back(txt(std::move(s)));
  return b;
}

baiviet::block of_type(baiviet::block_type t, std::string s) {
  baiviet::block b = para(std::move(s));
  b.type = t;
  return b;
}

}  // namespace

TEST_CASE("excerpt case table", "[excerpt]") {
  auto j = json::parse(test_util::read_file(test_util::fixtures_dir() / "excerpt" / "cases.json"), nullptr, false);
  REQUIRE_FALSE(j.is_discarded());
  REQUIRE(j["cases"].size() >= 30);
  for (const auto& c : j["cases"]) {
    std::string input = c["input"].get<std::string>();
    INFO(c["name"].get<std::string>());
    auto o = options_of(c);
    bool html = c["from"].get<std::string>() == "html";
    auto r = html ? baiviet::excerpt_html(input, o) : baiviet::excerpt_text(input, o);
    REQUIRE(r.has_value());
    CHECK(r->text == c["out"].get<std::string>());
    CHECK(r->truncated == c["truncated"].get<bool>());
    if (o.unit == baiviet::excerpt_unit::graphemes && o.limit) CHECK(r->graphemes <= o.limit);
    if (!html) {  // the same text in NFD gives the same (NFC) excerpt
      auto d = baiviet::excerpt_text(to_nfd(input), o);
      REQUIRE(d.has_value());
      CHECK(d->text == r->text);
    }
  }
}

TEST_CASE("excerpt rejects bad options and handles empty input", "[excerpt]") {
  baiviet::excerpt_options o;
  o.sentence_threshold = std::numeric_limits<double>::quiet_NaN();
  auto r = baiviet::excerpt_text("abc", o);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == baiviet::errc::invalid_argument);
  o.sentence_threshold = 1.5;
  CHECK_FALSE(baiviet::excerpt_text("abc", o).has_value());
  auto e = baiviet::excerpt_text("", {});
  REQUIRE(e.has_value());
  CHECK(e->text.empty());
  CHECK_FALSE(e->truncated);
  auto h = baiviet::excerpt_html("<p><b></b></p><script>", {});
  REQUIRE(h.has_value());
  CHECK(h->text.empty());
  // invalid UTF-8 and NUL are replaced, never a crash
  auto bad = baiviet::excerpt_text(std::string("Xin\0 ch\xFF" "ào", 11), {});
  REQUIRE(bad.has_value());
  CHECK(bad->text == "Xin\xEF\xBF\xBD ch\xEF\xBF\xBD" "ào");
  // control characters are dropped (they are not text and HTML forbids them)
  auto ctl = baiviet::excerpt_text(std::string("a\x01" "b\x1B[0m c\x7F\xC2\x85", 12), {});
  REQUIRE(ctl.has_value());
  CHECK(ctl->text == "ab[0m c");
  // a limit that leaves no room beside the ellipsis gives an empty excerpt
  baiviet::excerpt_options tiny;
  tiny.limit = 1;
  auto t = baiviet::excerpt_text("Xin chào các bạn", tiny);
  REQUIRE(t.has_value());
  CHECK(t->text.empty());
  CHECK(t->truncated);
  tiny.limit = 4;
  t = baiviet::excerpt_text("Xin chào các bạn", tiny);
  REQUIRE(t.has_value());
  CHECK(t->text == "Xin…");
}

TEST_CASE("article excerpt: source choice and skipped blocks", "[excerpt][article]") {
  baiviet::article a;
  a.title = "Tiêu đề";
  a.sapo = "Sapo ngắn.";
  baiviet::block heading = para("Thực hiện với bước đi chắc chắn");
  heading.type = baiviet::block_type::heading;
  heading.level = 2;
  baiviet::block figure = of_type(baiviet::block_type::figure, "Đảng ủy xã Sặp Vạt công bố quyết định.");
  figure.img.src = "anh.jpg";
  a.body = {heading, figure, para("Đoạn thân bài thứ nhất."), of_type(baiviet::block_type::code, "x = 1"),
            para("Bài, ảnh: Huy Ngoan")};
  a.byline_info.text = "Bài, ảnh: Huy Ngoan";
  baiviet::block quote;
  quote.type = baiviet::block_type::quote;
  quote.children.push_back(para("Trích dẫn."));
  a.body.push_back(quote);

  baiviet::excerpt_options o;
  auto r = baiviet::excerpt(a, o);  // auto: the sapo, shorter than the limit: whole, not padded
  REQUIRE(r.has_value());
  CHECK(r->text == "Sapo ngắn.");
  CHECK_FALSE(r->truncated);

  o.source = baiviet::excerpt_source::body;
  r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text == "Đoạn thân bài thứ nhất. Trích dẫn.");

  a.sapo.clear();
  o.source = baiviet::excerpt_source::auto_detect;
  r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text == "Đoạn thân bài thứ nhất. Trích dẫn.");

  o.source = baiviet::excerpt_source::sapo;  // asked for the sapo, there is none
  r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text.empty());
}

TEST_CASE("article excerpt keeps sapo formatting in HTML and makes links safe", "[excerpt][article]") {
  using baiviet::inline_type;
  baiviet::article a;
  a.sapo = "unused plain sapo";
  a.sapo_inlines = {txt("Tỉnh "), wrap(inline_type::strong, {txt("Sơn La "), wrap(inline_type::emph, {txt("đã kết nạp")})}),
                    txt(" "), wrap(inline_type::link, {txt("2.617 đảng viên")}, "https://sonla.gov.vn/a b"),
                    txt(" và "), wrap(inline_type::link, {txt("xem")}, "javascript:alert(1)"), txt(" thêm.")};
  baiviet::excerpt_options o;
  o.to = baiviet::excerpt_output::html;
  auto r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text == "Tỉnh <strong>Sơn La <em>đã kết nạp</em></strong> <a href=\"https://sonla.gov.vn/a%20b\">2.617 đảng "
                   "viên</a> và xem thêm.");
  o.limit = 30;  // "Tỉnh Sơn La đã kết nạp 2.617" is 28 graphemes; the ellipsis makes 29
  r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text == "Tỉnh <strong>Sơn La <em>đã kết nạp</em></strong> <a href=\"https://sonla.gov.vn/a%20b\">2.617</a>…");
  o.to = baiviet::excerpt_output::text;
  r = baiviet::excerpt(a, o);
  REQUIRE(r.has_value());
  CHECK(r->text == "Tỉnh Sơn La đã kết nạp 2.617…");
  CHECK(r->graphemes == 29);
}

TEST_CASE("article reading time counts words and pictures", "[excerpt][reading]") {
  baiviet::article a;
  std::string words;
  for (int i = 0; i < 740; ++i) words += i ? " tiếng" : "tiếng";
  a.sapo = "";
  a.body = {para(words)};
  auto r = baiviet::article_reading_time(a);
  CHECK(r.words == 740);
  CHECK(r.images == 0);
  CHECK(r.seconds == 120);
  CHECK(r.label == "2 phút đọc");
  baiviet::block fig = of_type(baiviet::block_type::figure, "chú thích");  // 2 more words
  fig.img.src = "a.jpg";
  a.body.push_back(fig);
  a.cover.src = "cover.jpg";
  r = baiviet::article_reading_time(a);
  CHECK(r.words == 742);
  CHECK(r.images == 2);
  CHECK(r.seconds == 120 + 12 + 11);  // 742 words = 120.3 s, rounded
  a.body.push_back(of_type(baiviet::block_type::figure, ""));  // a caption-less, photo-less figure still counts
  r = baiviet::article_reading_time(a);
  CHECK(r.images == 3);
  CHECK(r.seconds == 120 + 12 + 11 + 10);
  CHECK(r.label == "3 phút đọc");  // 153 s = 2.55 min
}
