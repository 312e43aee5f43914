// Hugo shortcodes and Go-template / Liquid tags in Markdown bodies.
#include <catch2/catch.hpp>

#include <string>

#include "baiviet/baiviet.hpp"
#include "test_util.hpp"

using namespace baiviet;

namespace {

using test_util::md;

std::vector<std::size_t> warning_lines(const article& a) {
  std::vector<std::size_t> out;
  for (const auto& w : a.warnings) out.push_back(w.line);
  return out;
}

std::string html(std::string_view s) {
  html_options h;
  h.header = false;
  return render_html(md(s), h);
}

}  // namespace

TEST_CASE("Hugo's figure shortcode becomes a figure block") {
  auto a = md(
      "Đoạn đầu.\n"
      "\n"
      "{{< figure src=\"/img/cau-rong.jpg\" alt=\"Cầu Rồng\" caption=\"Cầu Rồng phun lửa.\" attr=\"Hữu Trí\" >}}\n"
      "\n"
      "{{% figure src='b.jpg' title=\"Tiêu đề ảnh\" %}}\n"
      "\n"
      "{{< figure src=\"c.jpg\" caption=\"Phố cổ Hội An. Ảnh: TTXVN\" width=\"800\" >}}\n");
  REQUIRE(a.body.size() == 4);
  const block& f = a.body[1];
  CHECK(f.type == block_type::figure);
  CHECK(f.img.src == "/img/cau-rong.jpg");
  CHECK(f.img.alt == "Cầu Rồng");
  CHECK(plain_text(f.content) == "Cầu Rồng phun lửa.");
  CHECK(f.credit == "Hữu Trí");
  CHECK(f.source_line == 3);
  CHECK(a.body[2].img.src == "b.jpg");
  CHECK(a.body[2].img.title == "Tiêu đề ảnh");
  CHECK(plain_text(a.body[2].content) == "Tiêu đề ảnh");  // no caption: the title is shown
  CHECK(a.body[3].credit == "TTXVN");                       // split from the caption, as for Markdown images
  CHECK(plain_text(a.body[3].content) == "Phố cổ Hội An.");
  CHECK(a.body[3].img.width == 800);
  CHECK(a.warnings.empty());
}

TEST_CASE("a figure shortcode inside a paragraph splits it; over several lines it is one tag") {
  auto a = md(
      "Trước ảnh {{< figure src=\"a.jpg\" caption=\"Một\" >}} sau ảnh.\n"
      "\n"
      "{{< figure\n"
      "    src=\"b.jpg\"\n"
      "    caption=\"Hai \\\"trích\\\"\"\n"
      "    credit=\"N.H\" >}}\n"
      "Đoạn ngay sau.\n"
      "\n"
      "Cuối.\n");
  REQUIRE(a.body.size() == 6);
  CHECK(plain_text(a.body[0].content) == "Trước ảnh");
  CHECK(a.body[1].type == block_type::figure);
  CHECK(plain_text(a.body[2].content) == "sau ảnh.");
  CHECK(a.body[3].type == block_type::figure);
  CHECK(a.body[3].img.src == "b.jpg");
  CHECK(plain_text(a.body[3].content) == "Hai \"trích\"");
  CHECK(a.body[3].credit == "N.H");
  CHECK(plain_text(a.body[4].content) == "Đoạn ngay sau.");
  CHECK(a.body[5].source_line == 9);  // line numbers are those of the source
}

TEST_CASE("other shortcodes and template tags are dropped with a warning naming the line; text around them stays") {
  auto a = md(
      "---\n"
      "title: Thử\n"
      "---\n"
      "Xem {{< youtube w7Ft2ymGmfc >}} ngay.\n"           // 4
      "\n"
      "{{< note >}}\n"                                      // 6
      "Nội dung **bên trong** được giữ.\n"
      "{{< /note >}}\n"                                     // 8
      "\n"
      "Trước {% include video.html id=\"abc\" %} sau.\n"   // 10
      "\n"
      "![Ảnh]({{ site.baseurl }}/img/a.jpg)\n"              // 12
      "\n"
      "[Liên kết]({{< ref \"bai-khac.md\" >}}) cuối.\n");  // 14
  CHECK(warning_lines(a) == std::vector<std::size_t>{4, 6, 8, 10, 12, 14});
  CHECK(a.warnings[0].message.find("youtube") != std::string::npos);
  REQUIRE(a.body.size() == 5);
  CHECK(plain_text(a.body[0].content) == "Xem ngay.");
  CHECK(plain_text(a.body[1].content) == "Nội dung bên trong được giữ.");
  CHECK(a.body[1].content.size() == 3);  // the inner Markdown is Markdown
  CHECK(plain_text(a.body[2].content) == "Trước sau.");
  CHECK(a.body[3].type == block_type::figure);
  CHECK(a.body[3].img.src == "/img/a.jpg");  // {{ site.baseurl }} gone: a site-relative path
  CHECK(a.body[4].content[0].type == inline_type::link);
  CHECK(a.body[4].content[0].url.empty());
  std::string out = render_html(a);
  CHECK(out.find("{{") == std::string::npos);
  CHECK(out.find("{%") == std::string::npos);
}

TEST_CASE("template code inside code spans and code blocks stays literal, byte for byte") {
  const std::string src =
      "Dùng `{{ .Title }}` và `{% raw %}`.\n"
      "\n"
      "```go-html-template\n"
      "<h1>{{ .Title }}</h1>\n"
      "{{< figure src=\"x.jpg\"\n"
      "  caption=\"y\" >}}\n"
      "{% for p in site.posts %}{{ p.title }}{% endfor %}\n"
      "```\n"
      "\n"
      "    {{ indented code }}\n"
      "\n"
      "> ```\n"
      "> {{< quoted\n"
      ">    code >}}\n"
      "> ```\n";
  auto a = md(src);
  CHECK(a.warnings.empty());
  REQUIRE(a.body.size() == 4);
  CHECK(a.body[0].content[1].text == "{{ .Title }}");
  CHECK(a.body[0].content[3].text == "{% raw %}");
  CHECK(a.body[1].literal ==
        "<h1>{{ .Title }}</h1>\n{{< figure src=\"x.jpg\"\n  caption=\"y\" >}}\n"
        "{% for p in site.posts %}{{ p.title }}{% endfor %}\n");
  CHECK(a.body[2].literal == "{{ indented code }}\n");
  REQUIRE(a.body[3].children.size() == 1);
  CHECK(a.body[3].children[0].literal == "{{< quoted\n   code >}}\n");
  // the same model as with structure off, where tags are never looked at
  parse_options plain;
  plain.article_structure = false;
  auto b = md(src, plain);
  CHECK(b.body[1].literal == a.body[1].literal);
  CHECK(b.body[3].children[0].literal == a.body[3].children[0].literal);
}

TEST_CASE("Hugo's escaped shortcodes show as shortcode text; Liquid raw keeps its inside") {
  auto a = md(
      "Cú pháp: {{</* figure src=\"a.jpg\" */>}}\n"
      "\n"
      "```\n"
      "{{</* youtube id */>}}\n"
      "```\n"
      "\n"
      "{% raw %}{{ giữ nguyên }} {% include x %}{% endraw %}\n");
  CHECK(plain_text(a.body[0].content) == "Cú pháp: {{< figure src=\"a.jpg\" >}}");
  CHECK(a.body[1].literal == "{{< youtube id >}}\n");  // Hugo reads shortcodes in code blocks too
  CHECK(plain_text(a.body[2].content) == "{{ giữ nguyên }} {% include x %}");
  CHECK(warning_lines(a) == std::vector<std::size_t>{7, 7});  // {% raw %} and {% endraw %}
}

TEST_CASE("a Liquid comment is dropped whole; an overlong one only loses its tags") {
  auto a = md("Trước {% comment %}ghi chú của biên tập{% endcomment %} sau.\n");
  CHECK(plain_text(a.body[0].content) == "Trước sau.");
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0].message.find("Liquid comment") != std::string::npos);
  auto b = md("Trước {% comment %}" + std::string(5000, 'x') + "{% endcomment %} sau.\n");
  CHECK(plain_text(b.body[0].content) == "Trước " + std::string(5000, 'x') + " sau.");
  CHECK(b.warnings.size() == 2);
}

TEST_CASE("a figure where no figure can stand is dropped with a warning; HTML blocks lose their tags") {
  auto a = md(
      "## Tiêu đề {{< figure src=\"h.jpg\" >}}\n"
      "\n"
      "*Nghiêng {{< figure src=\"e.jpg\" >}}*\n"
      "\n"
      "<div class=\"khung\">\n"
      "{{< figure src=\"d.jpg\" >}} {{ .Content }}\n"
      "</div>\n");
  CHECK(warning_lines(a) == std::vector<std::size_t>{1, 3, 6, 6});
  CHECK(a.warnings[0].message.find("a figure must stand in a paragraph") != std::string::npos);
  CHECK(plain_text(a.body[0].content) == "Tiêu đề");
  CHECK(a.body[2].literal.find("{{") == std::string::npos);
}

TEST_CASE("what is not a tag stays text") {
  const char* cases[] = {
      "Ngoặc {{ không đóng.\n",
      "Hai dòng {{ a\n\n}} cách dòng trống.\n",
      "Dấu {{ `mã` }} có backtick.\n",
      "Rỗng {{}} và {%  %}.\n",
      "Một dấu { thôi } và %}.\n",
  };
  for (const char* c : cases) {
    INFO(c);
    auto a = md(c);
    CHECK(a.warnings.empty());
    parse_options plain;
    plain.article_structure = false;
    CHECK(render_text(a) == render_text(md(c, plain)));
  }
}

TEST_CASE("template tags are found at the first byte, at the last, and after lone braces") {
  CHECK(md("{{< figure src=\"a.jpg\" >}}").body.at(0).type == block_type::figure);
  for (const char* c : {"Một { và {x rồi {{ .Title }}", "Một { và {x rồi {% include a.html %}", "{{ .Title }}"}) {
    INFO(c);
    auto a = md(c);
    CHECK(a.warnings.size() == 1);
    CHECK(render_text(a).find("Title") == std::string::npos);
    CHECK(render_text(a).find("include") == std::string::npos);
  }
  CHECK(md("Chỉ { và {x, hết bằng {").warnings.empty());
}

TEST_CASE("template tags: CRLF, blockquotes, lists, tables, line numbers") {
  auto a = md("Một {{< x >}}\r\nhai.\r\n\r\n> {{< figure src=\"q.jpg\" >}}\r\n\r\n- mục {{ .A }}\r\n\r\n| a | {{ b }} |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\nCuối.\r\n");
  CHECK(warning_lines(a) == std::vector<std::size_t>{1, 6, 8});
  CHECK(plain_text(a.body[0].content) == "Một hai.");
  CHECK(a.body[0].content.size() == 3);  // "Một", softbreak, "hai."
  REQUIRE(a.body[1].type == block_type::quote);
  CHECK(a.body[1].children[0].type == block_type::figure);
  CHECK(plain_text(a.body[2].children[0].children[0].content) == "mục");
  CHECK(a.body[3].type == block_type::table);
  CHECK(a.body[4].source_line == 12);
}

TEST_CASE("with article structure off (CommonMark mode) template tags are text") {
  parse_options plain;
  plain.article_structure = false;
  auto a = md("{{< figure src=\"a.jpg\" >}}\n", plain);
  CHECK(a.warnings.empty());
  CHECK(plain_text(a.body[0].content) == "{{< figure src=\"a.jpg\" >}}");
}

TEST_CASE("the noncharacters that mark tags in the source: tags left as text, with a warning") {
  auto a = md("Lạ \xEF\xB7\x90 và {{ .Title }}.\n");
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0].message.find("U+FDD0") != std::string::npos);
  CHECK(plain_text(a.body[0].content) == "Lạ \xEF\xB7\x90 và {{ .Title }}.");
}

TEST_CASE("many tags: linear work, every one accounted for") {
  std::string src;
  for (int i = 0; i < 20000; ++i) src += "Đoạn {{ .Param \"x\" }} số " + std::to_string(i) + ".\n\n";
  auto a = md(src);
  CHECK(a.body.size() == 20000);
  CHECK(a.warnings.size() == 20000);
  CHECK(a.warnings.back().line == 39999);
  CHECK(plain_text(a.body.back().content) == "Đoạn số 19999.");
  CHECK(html("{{< figure src=\"a.jpg\" >}}\n").find("<figure") != std::string::npos);
}
