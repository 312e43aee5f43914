// Pathological inputs for excerpts and text counts: huge, deeply nested,
// unterminated or repetitive input gives a bounded, well-formed result.
#include <catch2/catch.hpp>

#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/text.hpp"

namespace {

std::string times(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

bool balanced_simple(const std::string& html) {
  // every <x> has its </x> in stack order (only inline tags without attributes but <a href>)
  std::vector<std::string> st;
  for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    std::size_t e = html.find('>', i);
    if (e == std::string::npos) return false;
    std::string t = html.substr(i + 1, e - i - 1);
    if (!t.empty() && t[0] == '/') {
      if (st.empty() || st.back() != t.substr(1)) return false;
      st.pop_back();
    } else {
      st.push_back(t.substr(0, t.find(' ')));
    }
  }
  return st.empty();
}

}  // namespace

TEST_CASE("excerpt of pathological HTML stays bounded and balanced", "[excerpt][pathological]") {
  baiviet::excerpt_options o;
  o.to = baiviet::excerpt_output::html;
  o.limit = 40;
  const std::string inputs[] = {
      times("<b>", 100000) + "chữ đậm rất sâu",
      times("<b><i>", 50000) + "chữ" + times("</i>", 100000),
      times("<nav><div>", 50000) + "ẩn" + times("</div>", 100000) + "<p>hiện ra</p>",
      times("<", 200000) + " chữ",
      times("&#", 100000) + "1",
      times("&amp;", 100000),
      "<script>" + times("x", 100000),
      "<!--" + times("-", 100000),
      times("<a href=\"javascript:x\">", 30000) + "chữ",
      times("(“", 100000) + "chữ",
      times("Ðà ", 100000),
  };
  for (const auto& in : inputs) {
    INFO(in.substr(0, 40));
    auto r = baiviet::excerpt_html(in, o);
    REQUIRE(r.has_value());
    CHECK(r->graphemes <= 40);
    CHECK(balanced_simple(r->text));
    CHECK(r->text.find("javascript") == std::string::npos);
  }
}

TEST_CASE("excerpt and counts of a large text", "[excerpt][pathological]") {
  std::string big = times("Năm 2021 kết nạp được 2.617 đảng viên, đạt 122,2% kế hoạch. ", 50000);  // ≈ 3.3 MB
  baiviet::excerpt_options o;
  auto r = baiviet::excerpt_text(big, o);
  REQUIRE(r.has_value());
  CHECK(r->truncated);
  CHECK(r->graphemes <= 160);
  o.unit = baiviet::excerpt_unit::words;
  o.limit = 1000;
  r = baiviet::excerpt_text(big, o);
  REQUIRE(r.has_value());
  CHECK(r->words <= 1000);
  CHECK(baiviet::count_words(times("một ", 100000)) == 100000);
  CHECK(baiviet::count_graphemes(times("👨‍👩‍👧‍👦", 100000)) == 100000);
  // one word of 1 MB: cut at a grapheme boundary
  o = {};
  r = baiviet::excerpt_text(times("ồ", 500000), o);
  REQUIRE(r.has_value());
  CHECK(r->graphemes == 160);
  // options at the edges
  o.limit = SIZE_MAX;
  r = baiviet::excerpt_text("ngắn", o);
  REQUIRE(r.has_value());
  CHECK(r->text == "ngắn");
  o.limit = 5;
  o.ellipsis = times("…", 10);  // longer than the limit: nothing fits
  r = baiviet::excerpt_text("Xin chào các bạn thân mến", o);
  REQUIRE(r.has_value());
  CHECK(r->text.empty());
  CHECK(r->truncated);
}
