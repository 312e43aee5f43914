// HTML character references in HTML excerpts: every named reference of the WHATWG
// table (tests/fixtures/entities/html5_entities.json, generated from Python's
// html.entities.html5 and html.unescape by gen_entities.py), with and without ';',
// in text and in attributes; Vietnamese letters; the cmark-gfm decoder the table
// is read from (houdini_unescape_ent) and the buffer layout we declare for it.
#include <catch2/catch.hpp>

#include <baiviet/excerpt.hpp>
#include <baiviet/text.hpp>

#include <unicode/uchar.h>

#include <random>
#include <string>

#include "core/cmark_houdini.hpp"
#include "core/escape.hpp"
#include "core/html_entities.hpp"
#include "excerpt/flat.hpp"
#include "text/segment.hpp"
#include "test_util.hpp"

#if __has_include(<cmark-gfm/buffer.h>)  // Debian installs cmark-gfm's private headers
#include <cmark-gfm/buffer.h>
#include <cstddef>
#define BAIVIET_HAVE_CMARK_BUFFER_H 1
#endif

using baiviet::detail::decode_html_text;

namespace {

nlohmann::json table() {
  return nlohmann::json::parse(
      test_util::read_file(test_util::fixtures_dir() / "entities" / "html5_entities.json"));
}

/// What an HTML excerpt keeps of `s` (docs/text.md, flat.hpp): NFC; zero-width
/// characters (U+200B, U+200C, U+2060, U+FEFF, soft hyphen) and control
/// characters dropped; each run of white space one ' '.
std::string excerpt_view(const std::string& s) {
  std::string nfc = baiviet::to_nfc(s), out;
  bool space = false;
  for (std::size_t i = 0; i < nfc.size();) {
    std::size_t start = i;
    char32_t c = baiviet::detail::next_code_point(nfc, i);
    if (c == 0x200B || c == 0x200C || c == 0x2060 || c == 0xFEFF || c == 0xAD) continue;
    bool white = u_isUWhiteSpace(static_cast<UChar32>(c));
    if (!white && u_charType(static_cast<UChar32>(c)) == U_CONTROL_CHAR) continue;
    if (white) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(nfc, start, i - start);
  }
  return out;
}

std::string excerpt_text_of(const std::string& html) {
  baiviet::excerpt_options o;
  o.limit = 0;
  auto r = baiviet::excerpt_html(html, o);
  REQUIRE(r);
  return r->text;
}

}  // namespace

TEST_CASE("every HTML5 named reference decodes, with and without ';' as HTML allows", "[entities][excerpt]") {
  auto t = table();
  REQUIRE(t["entries"] == 2231);
  REQUIRE(t["text"].size() == 4250);  // 2,125 names with ';' and the same names without
  std::size_t decoded = 0, literal = 0;
  for (const auto& c : t["text"]) {
    std::string in = c[0], want = c[1];
    INFO(in);
    // exactly the code points
    CHECK(decode_html_text(in) == want);
    // through an HTML excerpt: between two letters, as the excerpt keeps text
    CHECK(excerpt_text_of("<p>a" + in + "b</p>") == excerpt_view("a" + want + "b"));
    (want == in ? literal : decoded)++;
  }
  // 2,125 with ';', 106 legacy names without, and names that start with a
  // legacy one ("&notin-" → "¬in-"); the rest stays literal ("&Dstrok-")
  CHECK(decoded > 2231);
  CHECK(literal > 1900);
  for (const auto& c : t["attribute"]) {
    std::string in = c[0], want = c[1];
    INFO("attribute " << in);
    CHECK(decode_html_text(in, true) == want);
  }
}

TEST_CASE("HTML excerpts decode Vietnamese letters written as references", "[entities][excerpt]") {
  CHECK(excerpt_text_of("<p>&Dstrok;&agrave; N&abreve;ng &dstrok;&atilde; c&oacute; m&#432;a</p>") ==
        "Đà Năng đã có mưa");
  CHECK(decode_html_text("&dstrok;&Dstrok;&abreve;&Abreve;&acirc;&Acirc;&ecirc;&ocirc;") == "đĐăĂâÂêô");
  // ơ and ư have no name in HTML: numeric references, or o/u + combining horn (NFC in the excerpt)
  CHECK(decode_html_text("&#417;&#x1A0;&#432;&#X1AF;") == "ơƠưƯ");
  CHECK(excerpt_text_of("<p>Th&#x1B0;&#x1A1;ng nh&#x1EDB; th&#417;</p>") == "Thương nhớ thơ");
  CHECK(excerpt_text_of("<p>tho&#x31B; u&#795;</p>") == "thơ ư");
  // legacy names without ';' as browsers read them; the others stay literal
  CHECK(decode_html_text("&agrave &Agrave; &Dstrok &abreve x") == "à À &Dstrok &abreve x");
  // a link's href: "&copy=" in an attribute is not a reference, "&dstrok;" is
  baiviet::excerpt_options o;
  o.to = baiviet::excerpt_output::html;
  o.limit = 0;
  auto r = baiviet::excerpt_html("<p><a href=\"/t?a=1&copy=2&amp;q=&dstrok;\">&Dstrok;&ocirc;ng</a></p>", o);
  REQUIRE(r);
  CHECK(r->text == "<a href=\"/t?a=1&amp;copy=2&amp;q=%C4%91\">Đông</a>");
}

TEST_CASE("numeric references are decoded as HTML does", "[entities][excerpt]") {
  CHECK(decode_html_text("&#147;x&#148;") == "\u201Cx\u201D");  // 128–159: Windows-1252
  CHECK(decode_html_text("&#129;") == "\uFFFD");                 // unassigned there
  CHECK(decode_html_text("&#0;&#xD800;&#x110000;") == "\uFFFD\uFFFD\uFFFD");
  CHECK(decode_html_text("&#x1F600") == "\U0001F600");  // ';' optional
  CHECK(decode_html_text("&#;&#x;&#a") == "&#;&#x;&#a");
}

TEST_CASE("names that are not references stay as written", "[entities][excerpt]") {
  for (std::string_view s : {"&", "&;", "& amp;", "&unknown;", "&Amp;", "&amp", "&#", "&DSTROK;", "AT&T", "&x;"}) {
    INFO(s);
    std::string want(s);
    if (s == "&amp") want = "&";  // legacy name
    CHECK(decode_html_text(s) == want);
  }
  // longer than any name: no lookup, no overrun
  std::string long_name = "&" + std::string(200, 'a') + ";";
  CHECK(decode_html_text(long_name) == long_name);
  std::string out;
  CHECK_FALSE(baiviet::detail::append_named_reference(out, "#x41"));  // houdini would read it as numeric
  CHECK_FALSE(baiviet::detail::append_named_reference(out, "CounterClockwiseContourIntegralX"));
  CHECK(baiviet::detail::append_named_reference(out, "CounterClockwiseContourIntegral"));  // 31 letters
  CHECK(out == "\u2233");
  CHECK(baiviet::detail::legacy_reference_prefix("notin") == 3);
  CHECK(baiviet::detail::legacy_reference_prefix("Dstrok") == 0);
}

#ifdef BAIVIET_HAVE_CMARK_BUFFER_H
// Our declaration of cmark_strbuf (core/cmark_houdini.hpp) must be the library's.
static_assert(sizeof(baiviet_cmark_strbuf) == sizeof(cmark_strbuf));
static_assert(alignof(baiviet_cmark_strbuf) == alignof(cmark_strbuf));
static_assert(offsetof(baiviet_cmark_strbuf, mem) == offsetof(cmark_strbuf, mem));
static_assert(offsetof(baiviet_cmark_strbuf, ptr) == offsetof(cmark_strbuf, ptr));
static_assert(offsetof(baiviet_cmark_strbuf, asize) == offsetof(cmark_strbuf, asize));
static_assert(offsetof(baiviet_cmark_strbuf, size) == offsetof(cmark_strbuf, size));
#endif

TEST_CASE("the cmark-gfm buffer layout we declare is the installed one", "[entities]") {
#ifdef BAIVIET_HAVE_CMARK_BUFFER_H
  SUCCEED("checked at compile time against <cmark-gfm/buffer.h>");
#else
  WARN("<cmark-gfm/buffer.h> is not installed: layout checked only by decoding the whole table");
#endif
}

TEST_CASE("HTML and attribute escaping agree with a byte-at-a-time reference", "[escape]") {
  auto reference = [](std::string_view s, bool attr) {
    std::string out;
    for (char c : s) {
      if (c == '&') out += "&amp;";
      else if (c == '<') out += "&lt;";
      else if (c == '>') out += "&gt;";
      else if (c == '"') out += "&quot;";
      else if (attr && c == '\'') out += "&#39;";
      else out += c;
    }
    return out;
  };
  std::mt19937_64 rng(11);
  // the specials, their neighbours under | 0x02 / | 0x04 (0x3C-0x3F, 0x22-0x27), and anything
  const char near[] = {'&', '<', '>', '"', '\'', '=', '?', '#', '$', '%', ';', ':', ' ', 'a', '\xC3', '\xA0', '\x00', '\xBE', '\xA6'};
  for (int t = 0; t < 100000; ++t) {
    std::string s;
    for (std::size_t k = rng() % 40; k > 0; --k)
      s.push_back(rng() % 4 ? near[rng() % sizeof near] : static_cast<char>(rng() % 256));
    for (bool attr : {false, true}) {
      std::string got = "prefix";
      if (attr) baiviet::detail::append_attr_escaped(got, s);
      else baiviet::detail::append_html_escaped(got, s);
      if (got != "prefix" + reference(s, attr)) {
        INFO("case " << t << " attr " << attr);
        REQUIRE(got == "prefix" + reference(s, attr));
      }
    }
  }
}
