// The safe-URL policy (src/core/url_policy.cpp) against an external oracle: the
// web-platform-tests URL suite (../shared/testdata/url/urltestdata.json, the data
// browsers are tested against; tests/fixtures/url/urltestdata-subset.json, derived
// from it by derive_wpt_subset.py, when ../shared is absent). For every case the
// suite parses against an http(s) base (or without a base, i.e. an absolute URL):
//   - a result with protocol http: or https: is a link readers expect to work: the
//     policy keeps it as a link and as an image, and so do the Markdown renderer
//     ([x](url), ![x](url)) and the HTML excerpt (<a href>); the attribute holds
//     the URL as the browser parses it, every byte as it is or, where the URL
//     parser would percent-encode it anyway (space, '"', non-ASCII …), as %XX;
//   - a result with protocol javascript:, vbscript: or data: (other than a raster
//     image, for <img>) is refused everywhere;
//   - anything else (a parse failure, file:, ftp:, mailto:, unknown schemes) is
//     "other" and only counted.
#include <catch2/catch.hpp>

#include <baiviet/baiviet.hpp>
#include <baiviet/excerpt.hpp>

#include <string>
#include <vector>

#include "core/url_policy.hpp"
#include "test_util.hpp"
// The fuzzers' oracle helpers (browser_input, same_url, attr_values …); as in
// test_regressions.cpp, a broken invariant throws instead of trapping.
#define BAIVIET_FUZZ_THROW 1
#include "../../fuzz/fuzz_common.hpp"

using baiviet::detail::is_safe_url;
using baiviet::detail::url_use;
using baiviet_fuzz::attr_values;
using baiviet_fuzz::browser_input;
using baiviet_fuzz::same_url;
using baiviet_fuzz::unescape_attr;

namespace {

struct wpt_case {
  std::string input, base, protocol, href;
  bool failure = false;
};

std::vector<wpt_case> load_wpt(const std::filesystem::path& p) {
  auto j = nlohmann::json::parse(test_util::read_file(p));
  std::vector<wpt_case> out;
  for (const auto& c : j) {
    if (!c.is_object()) continue;  // comments
    wpt_case w;
    w.input = c.at("input").get<std::string>();
    if (c.contains("base") && c["base"].is_string()) w.base = c["base"].get<std::string>();
    w.failure = c.value("failure", false);
    if (!w.failure) {
      w.protocol = c.at("protocol").get<std::string>();
      w.href = c.at("href").get<std::string>();
    }
    out.push_back(std::move(w));
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

/// Resolved against an http(s) base, or absolute (no base: the result does not
/// depend on one).
bool http_context(const wpt_case& c) {
  if (c.base.empty()) return !c.failure;
  return starts_with_ci(c.base, "http:") || starts_with_ci(c.base, "https:");
}

bool raster_image(std::string_view href) {
  for (std::string_view t : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"})
    if (starts_with_ci(href, t) && href.size() > t.size() && (href[t.size()] == ';' || href[t.size()] == ','))
      return true;
  return false;
}

/// A Markdown link destination that cmark reads back as exactly `url`: the
/// pointy-bracket form with every ASCII punctuation character backslash-escaped
/// (so no entity, escape or bracket is interpreted). Empty when Markdown cannot
/// carry the URL (a line ending or NUL).
std::string markdown_destination(std::string_view url) {
  std::string d = "<";
  for (char c : url) {
    if (c == '\n' || c == '\r' || c == '\0') return {};
    if (std::ispunct(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) d.push_back('\\');
    d.push_back(c);
  }
  return d + ">";
}

/// Some value of `values` carries `url` as the browser parses it (same_url).
bool carries(const std::vector<std::string>& values, std::string_view url) {
  std::string want = browser_input(url);
  for (const auto& v : values)
    if (same_url(unescape_attr(v), want)) return true;
  return false;
}

std::string html_attr_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out.push_back(c);
  }
  return out;
}

struct renders {
  bool markdown = false;  ///< the URL could be written in Markdown
  std::vector<std::string> hrefs, srcs, excerpt_hrefs;
};

renders render_everywhere(const std::string& url) {
  renders r;
  std::string dest = markdown_destination(url);
  if (!dest.empty()) {
    r.markdown = true;
    auto a = baiviet::parse_markdown("Đọc [bài này](" + dest + ") và xem ![ảnh](" + dest + ") nhé.\n");
    REQUIRE(a);
    std::string html = baiviet::render_html(*a);
    r.hrefs = attr_values(html, "href");
    r.srcs = attr_values(html, "src");
  }
  baiviet::excerpt_options eo;
  eo.to = baiviet::excerpt_output::html;
  eo.limit = 0;
  auto e = baiviet::excerpt_html("<p>Đọc <a href=\"" + html_attr_escape(url) + "\">bài này</a> nhé.</p>", eo);
  REQUIRE(e);
  r.excerpt_hrefs = attr_values(e->text, "href");
  return r;
}

void check_wpt_suite(const std::filesystem::path& file, bool have_full) {
  auto cases = load_wpt(file);
  REQUIRE(cases.size() > (have_full ? 800u : 90u));

  std::size_t kept = 0, refused = 0, not_markdown = 0;
  std::size_t failures = 0, failures_kept = 0, mail_tel = 0, other_schemes = 0;
  for (const auto& c : cases) {
    if (!http_context(c)) continue;
    bool link_ok = is_safe_url(c.input, url_use::link), image_ok = is_safe_url(c.input, url_use::image);
    INFO("input " << nlohmann::json(c.input).dump() << " base " << c.base << " -> "
                  << (c.failure ? std::string("failure") : c.href));
    if (!c.failure && (c.protocol == "http:" || c.protocol == "https:")) {
      ++kept;
      CHECK(link_ok);
      CHECK(image_ok);
      CHECK(baiviet_fuzz::benign_url(c.input));  // the fuzz oracle's classifier agrees
      renders r = render_everywhere(c.input);
      if (r.markdown) {
        CHECK(carries(r.hrefs, c.input));
        CHECK(carries(r.srcs, c.input));
      } else {
        ++not_markdown;
      }
      // An excerpt is shown on another page, where a link to "this page" (an
      // empty URL) would point at the listing: the excerpt may drop it (text kept).
      if (browser_input(c.input).empty()) CHECK((r.excerpt_hrefs.empty() || carries(r.excerpt_hrefs, c.input)));
      else CHECK(carries(r.excerpt_hrefs, c.input));
    } else if (!c.failure && (c.protocol == "javascript:" || c.protocol == "vbscript:" || c.protocol == "data:")) {
      ++refused;
      CHECK_FALSE(link_ok);
      CHECK_FALSE(baiviet_fuzz::benign_url(c.input));
      bool image_allowed = c.protocol == "data:" && raster_image(c.href);
      CHECK(image_ok == image_allowed);
      renders r = render_everywhere(c.input);
      CHECK(r.hrefs.empty());
      if (r.markdown) CHECK(r.srcs.size() == (image_allowed ? 1u : 0u));
      CHECK(r.excerpt_hrefs.empty());
    } else if (c.failure) {
      // The browser cannot parse it; the policy sees no script scheme in
      // almost all (a relative link that goes nowhere): counted only.
      ++failures;
      if (link_ok) ++failures_kept;
    } else if (c.protocol == "mailto:" || c.protocol == "tel:") {
      ++mail_tel;
      CHECK(link_ok);
    } else {  // file:, ftp:, ws:, blob:, about:, made-up schemes …: refused
      ++other_schemes;
      CHECK_FALSE(link_ok);
      CHECK_FALSE(image_ok);
    }
  }
  WARN("WPT URL suite (" << (have_full ? "full" : "subset") << "): " << kept << " http(s) cases kept (" << not_markdown
                         << " not expressible in Markdown: predicate and excerpt only), " << refused
                         << " javascript:/vbscript:/data: cases refused; other: " << mail_tel << " mailto:/tel: kept, "
                         << other_schemes << " with another scheme (file:, ftp:, ws:, blob: …) refused, " << failures
                         << " parse failures (" << failures_kept << " kept as relative links)");
  CHECK(kept > (have_full ? 200u : 50u));
  CHECK(refused > (have_full ? 10u : 5u));
}

}  // namespace

TEST_CASE("WPT URL suite: http(s) URLs are kept, script and non-image data URLs refused", "[url][security]") {
  auto full = test_util::shared_dir() / "testdata" / "url" / "urltestdata.json";
  auto subset = test_util::fixtures_dir() / "url" / "urltestdata-subset.json";
  // The committed subset always; the full suite when ../shared is there.
  std::vector<std::pair<std::filesystem::path, bool>> files = {{subset, false}};
  if (std::filesystem::exists(full)) files.emplace_back(full, true);
  else WARN("../shared/testdata/url is absent: only the derived subset tests/fixtures/url/urltestdata-subset.json is checked");
  for (const auto& [file, have_full] : files) check_wpt_suite(file, have_full);
}

TEST_CASE("benign URLs survive byte for byte or as their correct encoding", "[url][security]") {
  auto j = nlohmann::json::parse(test_util::read_file(test_util::fixtures_dir() / "url" / "benign.json"));
  REQUIRE(j["urls"].size() >= 20);
  for (const auto& e : j["urls"]) {
    std::string url = e["url"], written = e["written"];
    INFO("url " << nlohmann::json(url).dump() << " written as " << written);
    CHECK(is_safe_url(url, url_use::link));
    CHECK(is_safe_url(url, url_use::image));
    CHECK(same_url(unescape_attr(written), browser_input(url)));  // the table itself
    renders r = render_everywhere(url);
    REQUIRE(r.markdown);
    CHECK(r.hrefs == std::vector<std::string>{written});
    CHECK(r.srcs == std::vector<std::string>{written});
    CHECK(r.excerpt_hrefs == std::vector<std::string>{written});
  }
}

TEST_CASE("script URLs are refused in every spelling", "[url][security]") {
  for (std::string_view bad :
       {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " \x01javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "javascript\r:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>x</script>",
        "data:image/svg+xml,<svg onload=alert(1)>", "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
        "tin:moi.html", "c:\\anh\\a.jpg", "a1+-.:x", "blob:https://a.vn/1", "data:image/pngx,AAAA",
        "data:,image/png"}) {
    INFO(nlohmann::json(std::string(bad)).dump());
    CHECK_FALSE(is_safe_url(bad, url_use::link));
    CHECK_FALSE(is_safe_url(bad, url_use::image));
    renders r = render_everywhere(std::string(bad));
    CHECK(r.hrefs.empty());
    CHECK(r.srcs.empty());
    CHECK(r.excerpt_hrefs.empty());
  }
  // Raster images as data: URLs are kept for <img> only.
  for (std::string_view img : {"data:image/png;base64,iVBORw0KGgo=", "DATA:image/JPEG,xyz", "data:image/webp;x=1,AA",
                               "data:image/gif,GIF89a"}) {
    INFO(img);
    CHECK(is_safe_url(img, url_use::image));
    CHECK_FALSE(is_safe_url(img, url_use::link));
    renders r = render_everywhere(std::string(img));
    CHECK(r.hrefs.empty());
    CHECK(r.srcs.size() == 1);
  }
}

TEST_CASE("url_scheme finds the scheme the WHATWG parser finds", "[url]") {
  std::string scratch;
  auto scheme = [&](std::string_view u) { return std::string(baiviet::detail::url_scheme(u, scratch)); };
  CHECK(scheme("HTTPS://a.vn") == "https");
  CHECK(scheme("\x1f \tjav\nascript:x") == "javascript");
  CHECK(scheme("a1+-.:x") == "a1+-.");
  CHECK(scheme("1a:x").empty());       // must start with a letter
  CHECK(scheme("./a:b").empty());      // '.' before ':' at the start
  CHECK(scheme("ảnh:1.jpg").empty());  // non-ASCII letters are not scheme characters
  CHECK(scheme("a_b:x").empty());      // '_' is not
  CHECK(scheme("\\javascript:x").empty());
  CHECK(scheme("%6Aavascript:x").empty());
  CHECK(scheme("java\x01script:x").empty());  // only tab/LF/CR are removed inside
  CHECK(scheme("").empty());
  CHECK(scheme("javascript").empty());
}
