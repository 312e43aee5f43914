// Replays the fuzz regression fixtures (tests/fixtures/regressions/<target>/*)
// through the fuzz targets' own code and invariants (fuzz/*.cpp are compiled in
// here with their entry points renamed), and checks that the safe-HTML oracle
// the fuzzers rely on does catch unsafe markup.
#define BAIVIET_FUZZ_THROW 1
#define LLVMFuzzerTestOneInput bv_fuzz_render
#include "../../fuzz/fuzz_render.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput bv_fuzz_import
#include "../../fuzz/fuzz_import.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput bv_fuzz_excerpt_html
#include "../../fuzz/fuzz_excerpt_html.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput bv_fuzz_parse_number
#include "../../fuzz/fuzz_parse_number.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput bv_fuzz_text
#include "../../fuzz/fuzz_text.cpp"
#undef LLVMFuzzerTestOneInput

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <vector>

namespace {

namespace fs = std::filesystem;
using entry = int (*)(const std::uint8_t*, std::size_t);

const std::map<std::string, entry>& targets() {
  static const std::map<std::string, entry> m = {
      {"fuzz_render", &bv_fuzz_render},         {"fuzz_import", &bv_fuzz_import},
      {"fuzz_excerpt_html", &bv_fuzz_excerpt_html}, {"fuzz_parse_number", &bv_fuzz_parse_number},
      {"fuzz_text", &bv_fuzz_text}};
  return m;
}

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

void run(entry fn, std::string_view data) {
  fn(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
}

}  // namespace

TEST_CASE("fuzz regression fixtures replay without crash or broken invariant", "[regressions][fuzz]") {
  fs::path dir = fs::path(BAIVIET_SOURCE_DIR) / "tests" / "fixtures" / "regressions";
  REQUIRE(fs::is_directory(dir));
  std::size_t replayed = 0;
  for (const auto& [name, fn] : targets()) {
    fs::path sub = dir / name;
    if (!fs::is_directory(sub)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(sub))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      INFO(name << " " << f.filename().string());
      std::string data = read_all(f);
      REQUIRE_NOTHROW(run(fn, data));
      ++replayed;
    }
  }
  // Each target has at least one fixture (the hand-written edge cases in the README there).
  CHECK(replayed >= targets().size());
}

// Fuzz findings whose fix is in a file we do not own live in regressions/pending/<target>/
// until it lands (then they move to regressions/<target>/ above). [!mayfail]: reported,
// not hidden — Catch2 lists them as "failed as expected".
TEST_CASE("pending fuzz findings (open bugs, reported)", "[regressions][fuzz][!mayfail]") {
  fs::path dir = fs::path(BAIVIET_SOURCE_DIR) / "tests" / "fixtures" / "regressions" / "pending";
  for (const auto& [name, fn] : targets()) {
    fs::path sub = dir / name;
    if (!fs::is_directory(sub)) continue;
    for (const auto& e : fs::directory_iterator(sub)) {
      if (!e.is_regular_file()) continue;
      INFO(name << " " << e.path().filename().string());
      std::string data = read_all(e.path());
      CHECK_NOTHROW(run(fn, data));
    }
  }
}

TEST_CASE("fuzz targets accept empty and option-only inputs", "[regressions][fuzz]") {
  for (const auto& [name, fn] : targets()) {
    INFO(name);
    REQUIRE_NOTHROW(run(fn, std::string_view()));
    REQUIRE_NOTHROW(run(fn, std::string_view("\xff\xff\xff", 3)));
    REQUIRE_NOTHROW(run(fn, std::string_view("\0\0\0\0", 4)));
  }
}

TEST_CASE("the safe-HTML oracle of the fuzzers catches unsafe markup", "[regressions][fuzz]") {
  using baiviet_fuzz::check_safe_html;
  // what the safe renderer writes passes
  CHECK_NOTHROW(check_safe_html("<p><a href=\"https://x.vn/a?b=1&amp;c\" title=\"&quot;x\">y</a> &lt;script&gt;</p>"));
  CHECK_NOTHROW(check_safe_html("<!-- raw HTML omitted --><img src=\"a.png\" alt=\"\" loading=\"lazy\" />"));
  CHECK_NOTHROW(check_safe_html("<script type=\"application/ld+json\">{\"a\":\"\\u003c/script>\"}</script>"));
  CHECK_NOTHROW(check_safe_html("<li><input type=\"checkbox\" disabled=\"\" /> x</li>"));
  // a scheme-like word later in a relative URL runs nothing (fuzz finding 884e476e: the
  // oracle used to search the whole value for "data:image/svg")
  CHECK_NOTHROW(check_safe_html("<a href=\"?q=data:image/svg&amp;next=javascript:x\">y</a>"));
  CHECK_NOTHROW(check_safe_html("<a href=\"/tin/javascript:-lap-trinh\">y</a>"));
  CHECK_NOTHROW(check_safe_html("<img src=\"data:image/png;base64,AAAA\" alt=\"\" />"));
  // each of these is refused
  for (const char* bad : {"<p><script>alert(1)</script></p>", "<img src=x onerror=alert(1)>",
                          "<img src=\"x\" onerror=\"alert(1)\" />", "<a href=\"javascript:alert(1)\">x</a>",
                          "<a href=\"JaVa&#x09;script:alert(1)\">x</a>", "<a href=\"java\tscript:x\">x</a>",
                          "<svg onload=alert(1)>", "<iframe src=\"x\"></iframe>", "<p style=\"x\">a</p>",
                          "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)//\"}</script>",
                          "<script type=\"text/javascript\">alert(1)</script>", "a < b",
                          "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\" />",
                          "<a href=\"\x01 javascript:x\">x</a>", "<a href=\"DATA:text/html,x\">x</a>",
                          "<a href=\"vbscript&colon;x\">x</a>"}) {
    INFO(bad);
    CHECK_THROWS(check_safe_html(bad));
  }
}

// Known issue found by the fuzz_text invariants (reported; src/text/utf8.cpp is not
// ours): to_nfc returns invalid UTF-8 unchanged when ICU's U+FFFD-repaired copy is
// already NFC, but the repaired copy when it is not. [!mayfail] until fixed.
TEST_CASE("to_nfc never returns invalid UTF-8", "[regressions]") {
  CHECK(baiviet_fuzz::valid_utf8(baiviet::to_nfc("\xff")));
  CHECK(baiviet_fuzz::valid_utf8(baiviet::to_nfc("a\xed\xa0\x80 b")));
  CHECK(baiviet::to_nfc("\xff") == baiviet::to_nfc("\xff") + "");  // deterministic either way
  CHECK(baiviet::to_nfc("\xff" "e\xcc\x81") == "\xef\xbf\xbd\xc3\xa9");  // already today: repaired + NFC
}

// Found by the XSS suite (reported; src/render/render_html.cpp is the lead's): a cover
// image whose URL the safe-URL policy refuses is rendered as <img src="">, a broken
// image box (not script: the URL itself is gone). Body images drop the attribute.
// [!mayfail] until cover_html skips the <img> like html_writer::url_attr does.
TEST_CASE("a refused cover URL leaves no empty img", "[regressions]") {
  auto a = baiviet::parse_markdown("---\ntitle: T\nimage: \"javascript:alert(1)\"\n---\n\nBody.\n");
  REQUIRE(a);
  std::string html = baiviet::render_html(*a);
  CHECK(html.find("javascript:") == std::string::npos);  // holds today
  CHECK(html.find("src=\"\"") == std::string::npos);     // fails today
}

// SECURITY (reported to the lead with the fix; src/render/render_jsonld.cpp is not
// ours): render_jsonld() writes "<" raw, so a site that embeds its output in
// <script type="application/ld+json"> — what JSON-LD is for — lets a title such as
// "</script><script>alert(1)</script>" end the element and run script. The full page
// is safe (render_html escapes "<" itself). [!mayfail] until render_jsonld escapes "<"
// as \u003c; the fuzz_render invariant checks the same.
TEST_CASE("render_jsonld output is safe inside a script element", "[regressions][security]") {
  auto a = baiviet::parse_markdown("---\ntitle: \"</script><script>alert(1)</script>\"\n---\n\nBody.\n");
  REQUIRE(a);
  std::string ld = baiviet::render_jsonld(*a);
  CHECK(ld.find("</script") == std::string::npos);
  CHECK(ld.find('<') == std::string::npos);
  CHECK(ld.find("\\u003c/script>") != std::string::npos);
}

TEST_CASE("the fuzzers' nothing-benign-lost oracle catches a lost or mangled URL", "[regressions][fuzz]") {
  using baiviet_fuzz::check_benign_urls_kept;
  auto a = baiviet::parse_markdown(
      "Đoạn một có [liên kết](./tin/a.html) và ![ảnh](<ảnh đẹp.jpg>).\n\n"
      "Đoạn hai: [x](http://[2001:db8::1]/a) [y](javascript:alert(1)) [z](../b\\\\c).\n");
  REQUIRE(a);
  std::string html = baiviet::render_html(*a);
  CHECK_NOTHROW(check_benign_urls_kept(*a, html, false));
  auto without = [&](std::string from, std::string_view what, std::string_view by) {
    std::size_t p = from.find(what);
    REQUIRE(p != std::string::npos);
    return from.replace(p, what.size(), by);
  };
  // what the old policy wrote: "./…" lost its href
  CHECK_THROWS(check_benign_urls_kept(*a, without(html, " href=\"./tin/a.html\"", ""), false));
  CHECK_THROWS(check_benign_urls_kept(*a, without(html, " src=\"%E1%BA%A3nh%20%C4%91%E1%BA%B9p.jpg\"", ""), false));
  // cmark's encoding of an IPv6 host or a backslash: the browser reads another URL
  CHECK_THROWS(check_benign_urls_kept(*a, without(html, "[2001:db8::1]", "%5B2001:db8::1%5D"), false));
  CHECK_THROWS(check_benign_urls_kept(*a, without(html, "../b\\c", "../b%5Cc"), false));
  CHECK_NOTHROW(check_benign_urls_kept(*a, without(html, "../b\\c", "../b%5Cc"), true));  // compat: cmark's bytes
  // a byte changed
  CHECK_THROWS(check_benign_urls_kept(*a, without(html, "./tin/a.html", "./tin/b.html"), false));
  // the refused javascript: link is not expected
  CHECK(html.find("javascript") == std::string::npos);
}
