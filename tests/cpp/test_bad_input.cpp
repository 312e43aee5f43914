// Bad input: never a crash, a hang or silently lost text.
#include <catch2/catch.hpp>

#include "baiviet/baiviet.hpp"
#include "markdown/cmark_limits.hpp"
#include "test_util.hpp"

#include <filesystem>

using namespace baiviet;

TEST_CASE("invalid UTF-8 and NUL bytes are replaced by U+FFFD with a warning") {
  const char raw[] = "Xin ch\xC3\xA0o \xFF\xFE b\xE1\xBA\n\0 end\n";
  std::string s(raw, sizeof raw - 1);  // keeps the NUL
  REQUIRE(s.find('\0') != std::string::npos);
  auto a = parse_markdown(s);
  REQUIRE(a.has_value());
  REQUIRE_FALSE(a->warnings.empty());
  std::string text = render_text(*a);
  CHECK(text.find("Xin chào") != std::string::npos);
  CHECK(text.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(text.find("end") != std::string::npos);
  std::string out;
  CHECK(sanitize_utf8("\xED\xA0\x80", out) == 3);  // a surrogate: three maximal subparts
  CHECK(sanitize_utf8("\xF0\x9F\x98\x80", out) == 0);
}

TEST_CASE("empty and whitespace-only input give an empty article") {
  for (std::string_view s : {"", "\n\n", "   "}) {
    auto a = parse(s, parse_options{input_format::auto_detect});
    REQUIRE(a.has_value());
    CHECK(a->body.empty());
    CHECK(render_html(*a).find("<article") == 0);
  }
}

TEST_CASE("input over the limit is a clear error") {
  parse_options o;
  o.max_input_bytes = 1000;
  auto r = parse_markdown(std::string(1001, 'a'), o);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == errc::too_large);
}

TEST_CASE("10,000 nested blockquotes and list items keep their text") {
  std::string quotes(10000, '>');
  quotes += " sâu\n";
  auto a = parse_markdown(quotes);
  REQUIRE(a.has_value());
  CHECK(render_text(*a).find("sâu") != std::string::npos);
  CHECK(render_html(*a).find("sâu") != std::string::npos);
  CHECK_FALSE(a->warnings.empty());  // flattened beyond max_nesting

  std::string items;
  for (int i = 0; i < 10000; ++i) items += "- ";  // 10,000 nested list items on one line
  items += "cuối\n";
  auto b = parse_markdown(items);
  REQUIRE(b.has_value());
  CHECK(render_text(*b).find("cuối") != std::string::npos);

  std::string emph;
  for (int i = 0; i < 5000; ++i) emph += "*a **b ";
  auto c = parse_markdown(emph);
  REQUIRE(c.has_value());
  CHECK_FALSE(render_html(*c).empty());
}

TEST_CASE("a 50 MB input renders") {
  std::string big;
  big.reserve(50u * 1024 * 1024 + 100);
  while (big.size() < 50u * 1024 * 1024) big += "Đoạn văn có số 2.617 và 122,2% kế hoạch.\n\n";
  auto a = parse_markdown(big);
  REQUIRE(a.has_value());
  CHECK(a->body.size() > 900000);
  CHECK(render_html(*a).size() > big.size());
}

TEST_CASE("an over-wide table line turns the table extension off with a warning, text kept") {
  std::string md = "|";
  for (int i = 0; i < 2000; ++i) md += "a|";
  md += "\n|";
  for (int i = 0; i < 2000; ++i) md += "-|";
  md += "\n";
  auto a = parse_markdown(md);
  REQUIRE(a.has_value());
  REQUIRE_FALSE(a->warnings.empty());
  CHECK(a->body.at(0).type == block_type::paragraph);
  auto normal = parse_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n");
  CHECK(normal->body.at(0).type == block_type::table);
}

TEST_CASE("links after many emphasis markers: refused before cmark-gfm's quadratic scan") {
  // cmark-gfm 0.29.0.gfm.6 walks every earlier delimiter of the paragraph at each link.
  std::string hostile;
  for (int i = 0; i < 200; ++i) hostile += "*a* [b](c) ";
  baiviet::parse_options o;
  o.max_emphasis_scan = 10000;  // 200 links after up to 400 delimiters: ≈ 40,000 scans
  auto a = baiviet::parse_markdown("Tiêu đề\n\nĐoạn mở đầu.\n\n" + hostile + "\n", o);
  REQUIRE_FALSE(a);
  CHECK(a.error().code == baiviet::errc::too_large);
  CHECK(a.error().line == 5);  // the paragraph's first line
  CHECK_THAT(a.error().message, Catch::Contains("emphasis") && Catch::Contains("max_emphasis_scan"));
  o.max_emphasis_scan = 0;  // no limit: parsed (cheap at this size)
  auto b = baiviet::parse_markdown(hostile, o);
  REQUIRE(b);
  CHECK(baiviet::render_html(*b).find("<em>a</em> <a href=\"c\">b</a>") != std::string::npos);

  // the estimate leaves out what cmark never scans: fenced code, escaped markers,
  // and it restarts at each paragraph
  o.max_emphasis_scan = 10000;
  CHECK(baiviet::parse_markdown("```\n" + hostile + "\n```\n", o));
  std::string escaped;
  for (int i = 0; i < 200; ++i) escaped += "\\*a\\* [b](c) ";
  CHECK(baiviet::parse_markdown(escaped, o));
  std::string paragraphs;
  for (int i = 0; i < 200; ++i) paragraphs += "*a* [b](c)\n\n";
  CHECK(baiviet::parse_markdown(paragraphs, o));

  // the default limit is far above any real article: the sample and the fixtures pass
  for (const auto& e : std::filesystem::directory_iterator(test_util::fixtures_dir() / "samples")) {
    if (e.path().extension() != ".md") continue;
    INFO(e.path().string());
    CHECK(baiviet::parse_markdown(test_util::read_file(e.path())));
  }
}

TEST_CASE("the Markdown pre-scans end lines where CommonMark does: LF, CRLF and a lone CR") {
  // Written with each line ending, the same text has the same cost estimate and
  // the same table verdict; a count must not run on across a lone "\r".
  std::string para;
  for (int i = 0; i < 50; ++i) para += "*a* [b](c) ";
  std::string row = "|";
  for (int i = 0; i < 200; ++i) row += "a|";  // 200 cells: under the limit, two rows would be over it
  for (std::string_view eol : {"\n", "\r\n", "\r"}) {
    INFO("line ending " << (eol == "\n" ? "LF" : eol == "\r\n" ? "CRLF" : "CR"));
    std::string doc;
    for (int i = 0; i < 4; ++i) doc += para + std::string(eol) + std::string(eol);  // four paragraphs
    auto scan = baiviet::detail::estimate_emphasis_scan(doc, false);
    CHECK(scan.total == 4 * (50 * 51 / 2) * 2);  // per paragraph: the k-th ']' meets 2k delimiter runs
    CHECK(scan.worst_line == 1);
    auto last = baiviet::detail::estimate_emphasis_scan(doc + "x" + std::string(eol) + std::string(eol) + para + para, false);
    CHECK(last.worst_line == 11);  // paragraphs on lines 1, 3, 5, 7, "x" on 9: the long one starts on 11
    CHECK_FALSE(baiviet::detail::has_overwide_table_line(row + std::string(eol) + row));
    CHECK(baiviet::detail::has_overwide_table_line(row + row));
    // the parser agrees: a table of such rows stays a table
    std::string table = "| h |" + std::string(eol) + "|---|" + std::string(eol) + "| 1 |" + std::string(eol) + row;
    auto a = baiviet::parse_markdown(table);
    REQUIRE(a);
    CHECK(a->warnings.empty());
  }
}

TEST_CASE("the cheap bounds agree with the exact scans they stand in front of") {
  // emphasis_scan_bound is an upper bound of estimate_emphasis_scan; the pipe
  // counter finds the same over-wide lines as a byte-by-byte count.
  std::uint32_t seed = 20261130;
  auto rnd = [&seed](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  const char alphabet[] = {'*', '_', '~', ']', '[', '\'', '"', '\\', '\n', '\n', '\r', ' ', 'a', '|', '`', 'b', '(', ')'};
  for (int round = 0; round < 3000; ++round) {
    std::string md;
    const std::size_t len = rnd(400);
    for (std::size_t i = 0; i < len; ++i) md += alphabet[rnd(sizeof alphabet)];
    if (round % 7 == 0) md = "```\n" + md + "\n```\n" + md;
    for (bool smart : {false, true}) {
      INFO(md);
      CHECK(baiviet::detail::emphasis_scan_bound(md, smart) >=
            baiviet::detail::estimate_emphasis_scan(md, smart).total);
    }
    std::string wide = md;
    if (round % 3 == 0) wide += "\n" + std::string(rnd(600), '|') + "\n";
    std::size_t pipes = 0;
    bool over = false;
    for (char c : wide) {
      if (c == '\n' || c == '\r') pipes = 0;  // "\n", "\r\n" and a lone "\r" end a line
      else if (c == '|' && ++pipes > baiviet::detail::max_table_columns + 1) over = true;
    }
    CHECK(baiviet::detail::has_overwide_table_line(wide) == over);
  }
}

TEST_CASE("text import: a photo's address on a line of its own is rendered through the URL policy") {
  // Hostile addresses become no src; benign ones (absolute, relative, with a query or spaces in
  // <…>) survive as the browser would read them; the caption text is kept either way.
  const std::string text =
      "Giá lúa tăng mạnh ở đồng bằng sông Cửu Long\n"
      "Giá lúa tại nhiều tỉnh tăng thêm 500 đồng mỗi ký trong tuần qua, nông dân phấn khởi.\n"
      "javascript:alert(1)//a.jpg\n"
      "Nông dân thu hoạch lúa ở Cần Thơ.\n"
      "![x\" onerror=\"alert(1)](data:text/html;base64,PHNjcmlwdD4=.png)\n"
      "Thương lái đến tận ruộng.\n"
      "![Cánh đồng](<../anh/canh dong.jpg> \"Cánh đồng lúa chín. Ảnh: Minh Hà\")\n"
      "https://cdn.example.vn/lua.jpg?w=800&h=450\n"
      "Lúa được chở về kho.\n";
  auto r = baiviet::import_text(text);
  REQUIRE(r.has_value());
  const std::string html = baiviet::render_html(*r);
  CHECK(html.find("javascript:") == std::string::npos);
  CHECK(html.find("data:") == std::string::npos);
  CHECK(html.find("onerror=\"") == std::string::npos);
  CHECK(html.find("src=\"../anh/canh%20dong.jpg\"") != std::string::npos);
  CHECK(html.find("src=\"https://cdn.example.vn/lua.jpg?w=800&amp;h=450\"") != std::string::npos);
  for (const char* kept : {"Nông dân thu hoạch lúa ở Cần Thơ.", "Thương lái đến tận ruộng.", "Cánh đồng lúa chín.",
                           "Lúa được chở về kho.", "alt=\"Cánh đồng\""}) {
    INFO(kept);
    CHECK(html.find(kept) != std::string::npos);
  }
}
