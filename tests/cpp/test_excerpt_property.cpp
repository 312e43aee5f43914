// Property test: excerpts of every article in tests/fixtures/samples and
// ../shared/corpus (skipped with a message when absent), for several limits,
// units, sources and both outputs:
//  - within the limit (graphemes incl. ellipsis, or words);
//  - the text before the ellipsis is a prefix of the whole source text;
//  - it ends at a word boundary and never splits a number;
//  - NFC; HTML output balanced, no unsafe URL, and its text equals the text output.
// The same runs on the article rendered to HTML (excerpt_html over render_html).
#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "excerpt/flat.hpp"
#include "test_util.hpp"
#include "text/segment.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> article_files() {
  std::vector<fs::path> out;
  auto collect = [&](const fs::path& dir) {
    if (!fs::exists(dir)) return;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      auto ext = e.path().extension().string();
      auto name = e.path().filename().string();
      if ((ext == ".txt" || ext == ".md") && name != "README.md") out.push_back(e.path());
    }
  };
  collect(test_util::fixtures_dir() / "samples");
  if (test_util::have_shared_corpus()) collect(test_util::shared_dir() / "corpus");
  std::sort(out.begin(), out.end());
  return out;
}

bool is_nfc(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  return n->isNormalized(icu::UnicodeString::fromUTF8(s), st) && U_SUCCESS(st);
}

char32_t cp_at(const std::string& s, std::size_t i) {
  if (i >= s.size()) return 0;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

char32_t cp_before(const std::string& s, std::size_t i) {
  if (i == 0) return 0;
  UChar32 c;
  int32_t k = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, k, c);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

bool alnum(char32_t c) { return c && (u_isalnum(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK); }
bool digit(char32_t c) { return c >= '0' && c <= '9'; }

// Tags balanced (structural check; the JS tests parse with an HTML5 parser).
bool balanced(const std::string& html, std::string& why) {
  std::vector<std::string> stack;
  for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    std::size_t e = html.find('>', i);
    if (e == std::string::npos) {
      why = "unterminated tag";
      return false;
    }
    std::string t = html.substr(i + 1, e - i - 1);
    bool end = !t.empty() && t[0] == '/';
    std::string name = t.substr(end ? 1 : 0, t.find_first_of(" />", end ? 1 : 0) - (end ? 1 : 0));
    if (end) {
      if (stack.empty() || stack.back() != name) {
        why = "stray </" + name + ">";
        return false;
      }
      stack.pop_back();
    } else if (name != "br") {
      stack.push_back(name);
    }
  }
  if (!stack.empty()) why = "unclosed <" + stack.back() + ">";
  return stack.empty();
}

std::string strip_tags_decode(const std::string& html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      i = html.find('>', i) + 1;
      continue;
    }
    if (html[i] == '&') {
      static const std::pair<const char*, char> ents[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'},
                                                          {"&quot;", '"'}, {"&#39;", '\''}};
      bool hit = false;
      for (auto [e, c] : ents)
        if (html.compare(i, std::strlen(e), e) == 0) {
          out.push_back(c);
          i += std::strlen(e);
          hit = true;
          break;
        }
      if (hit) continue;
    }
    out.push_back(html[i++]);
  }
  return out;
}

struct stats {
  std::size_t runs = 0, truncated = 0;
};

// `full`: the whole source text as the excerpt sees it (limit 0).
void check_excerpt(const std::string& full, const baiviet::excerpt_result& r, const baiviet::excerpt_options& o,
                   const baiviet::excerpt_result& r_html, stats& st) {
  ++st.runs;
  std::string p = r.text;
  CHECK(is_nfc(p));
  if (r.ellipsis) {
    std::size_t at = p.rfind(o.ellipsis);
    REQUIRE(at != std::string::npos);
    std::string tail = p.substr(at + o.ellipsis.size());
    for (char c : tail) CHECK(std::string("\xE2\x80\x9D\xC2\xBB)]}").find(c) != std::string::npos);  // closers only
    p.resize(at);
  }
  if (r.truncated) ++st.truncated;
  // within the limit
  if (o.unit == baiviet::excerpt_unit::graphemes) CHECK(baiviet::count_graphemes(r.text) <= o.limit);
  if (o.unit == baiviet::excerpt_unit::words) CHECK(baiviet::count_words(p) <= o.limit);
  // a prefix of the source text
  REQUIRE(full.compare(0, p.size(), p) == 0);
  if (r.truncated && !p.empty()) {
    CHECK(p.size() < full.size());
    char32_t last = cp_before(full, p.size()), next = cp_at(full, p.size());
    INFO("…" << p.substr(p.size() > 40 ? p.size() - 40 : 0) << "|" << full.substr(p.size(), 12));
    CHECK_FALSE((alnum(last) && alnum(next)));  // a word boundary
    if (digit(last)) {                          // never inside a number
      CHECK_FALSE(digit(next));
      CHECK(next != '%');
      if (next == '.' || next == ',' || next == '/' || next == '-' || next == ':')
        CHECK_FALSE(digit(cp_at(full, p.size() + 1)));
    }
    CHECK(p.back() != ' ');
  }
  // HTML: balanced, safe, same text
  std::string why;
  INFO(r_html.text);
  CHECK(balanced(r_html.text, why));
  INFO(why);
  CHECK(r_html.text.find("javascript:") == std::string::npos);
  CHECK(strip_tags_decode(r_html.text) == r.text);
}

void run_all(const baiviet::article& a, const std::string& html_source, stats& st) {
  for (auto src : {baiviet::excerpt_source::auto_detect, baiviet::excerpt_source::body}) {
    baiviet::excerpt_options whole;
    whole.limit = 0;
    whole.source = src;
    auto full = baiviet::excerpt(a, whole);
    REQUIRE(full.has_value());
    for (auto unit : {baiviet::excerpt_unit::graphemes, baiviet::excerpt_unit::words}) {
      for (std::size_t limit : {1u, 30u, 80u, 160u, 300u}) {
        baiviet::excerpt_options o;
        o.limit = unit == baiviet::excerpt_unit::words ? limit / 4 + 1 : limit;
        o.unit = unit;
        o.source = src;
        auto r = baiviet::excerpt(a, o);
        o.to = baiviet::excerpt_output::html;
        auto h = baiviet::excerpt(a, o);
        o.to = baiviet::excerpt_output::text;
        REQUIRE(r.has_value());
        REQUIRE(h.has_value());
        check_excerpt(full->text, *r, o, *h, st);
      }
    }
  }
  // the rendered HTML through the fragment scanner
  baiviet::excerpt_options whole;
  whole.limit = 0;
  auto full = baiviet::excerpt_html(html_source, whole);
  REQUIRE(full.has_value());
  for (std::size_t limit : {30u, 160u, 300u}) {
    baiviet::excerpt_options o;
    o.limit = limit;
    auto r = baiviet::excerpt_html(html_source, o);
    o.to = baiviet::excerpt_output::html;
    auto h = baiviet::excerpt_html(html_source, o);
    o.to = baiviet::excerpt_output::text;
    REQUIRE(r.has_value());
    REQUIRE(h.has_value());
    check_excerpt(full->text, *r, o, *h, st);
  }
}

}  // namespace

TEST_CASE("excerpt properties over the sample and corpus articles", "[excerpt][property]") {
  if (!test_util::have_shared_corpus())
    WARN("../shared/corpus is absent: only tests/fixtures/samples are checked");
  auto files = article_files();
  REQUIRE_FALSE(files.empty());
  stats st;
  for (const auto& f : files) {
    INFO(f.string());
    std::string src = test_util::read_file(f);
    baiviet::parse_options po;
    po.format = baiviet::input_format::auto_detect;
    auto a = baiviet::parse(src, po);
    REQUIRE(a.has_value());
    baiviet::html_options ho;
    ho.header = false;
    ho.related = false;
    run_all(*a, baiviet::render_html(*a, ho), st);
  }
  CHECK(st.truncated > st.runs / 2);  // the limits really cut
}

// Excerpts of text and HTML fragments stop reading their source once the
// collected paragraphs hold more units than the limit (excerpt/flat.hpp,
// enough_text). That is only right if what follows can never change the
// excerpt: append 30 KB of other paragraphs and require the same result, for
// every article, unit and limit that truncates. (A stop rule reading too little
// would also make the excerpt of the original differ from the one-shot reading
// checked in "excerpt properties" above.)
TEST_CASE("an excerpt does not depend on the text after it", "[excerpt][property]") {
  std::string tail;
  while (tail.size() < 30000)
    tail += "\nĐoạn thêm vào sau, TP. Sơn La: 2.617 người. “Không ảnh hưởng”! Mr. X và ông Y.\n\n";
  std::size_t compared = 0;
  for (const auto& f : article_files()) {
    INFO(f.string());
    std::string src = test_util::read_file(f);
    auto a = baiviet::parse(src, {});
    REQUIRE(a.has_value());
    baiviet::html_options ho;
    ho.header = false;
    ho.related = false;
    std::string html = baiviet::render_html(*a, ho);
    for (auto unit : {baiviet::excerpt_unit::graphemes, baiviet::excerpt_unit::words, baiviet::excerpt_unit::sentences}) {
      // sentence limits read the whole source anyway: two limits are enough there
      std::vector<std::size_t> limits = unit == baiviet::excerpt_unit::sentences
                                            ? std::vector<std::size_t>{1, 3}
                                            : std::vector<std::size_t>{1, 7, 40, 160, 600};
      for (std::size_t limit : limits) {
        baiviet::excerpt_options o;
        o.unit = unit;
        o.limit = limit;
        for (auto to : {baiviet::excerpt_output::text, baiviet::excerpt_output::html}) {
          o.to = to;
          INFO("unit " << static_cast<int>(unit) << " limit " << limit << " html " << (to == baiviet::excerpt_output::html));
          auto t1 = baiviet::excerpt_text(src, o);
          auto t2 = baiviet::excerpt_text(src + "\n" + tail, o);
          REQUIRE(t1);
          REQUIRE(t2);
          if (t1->truncated) {
            CHECK(t2->text == t1->text);
            ++compared;
          }
          auto h1 = baiviet::excerpt_html(html, o);
          auto h2 = baiviet::excerpt_html(html + "<p>" + tail + "</p>", o);
          REQUIRE(h1);
          REQUIRE(h2);
          if (h1->truncated) {
            CHECK(h2->text == h1->text);
            ++compared;
          }
        }
      }
    }
  }
  CHECK(compared > (test_util::have_shared_corpus() ? 100u : 20u));  // 48 with tests/fixtures/samples alone
}

// The stop rule's contract, checked on the flat documents themselves: what is
// read is a prefix of the full reading that ends at a paragraph break and
// already holds more units than the limit.
TEST_CASE("excerpt sources stop only at a paragraph break past the limit", "[excerpt][property]") {
  baiviet::excerpt_options all;
  all.limit = 0;  // no limit: the whole source is read
  std::size_t stopped = 0;
  for (const auto& f : article_files()) {
    INFO(f.string());
    std::string src = test_util::read_file(f);
    auto a = baiviet::parse(src, {});
    REQUIRE(a.has_value());
    std::string html = baiviet::render_html(*a, {});
    auto full_text = baiviet::detail::flatten_text(src, all);
    auto full_html = baiviet::detail::flatten_html(html, all);
    for (auto unit : {baiviet::excerpt_unit::graphemes, baiviet::excerpt_unit::words}) {
      for (std::size_t limit : {1u, 7u, 40u, 160u, 600u}) {
        baiviet::excerpt_options o;
        o.unit = unit;
        o.limit = limit;
        INFO("unit " << static_cast<int>(unit) << " limit " << limit);
        for (const auto& [part, full] : {std::pair{baiviet::detail::flatten_text(src, o), &full_text},
                                          std::pair{baiviet::detail::flatten_html(html, o), &full_html}}) {
          const std::string& p = part.text;
          REQUIRE(full->text.compare(0, p.size(), p) == 0);  // a prefix
          if (p.size() == full->text.size()) continue;
          ++stopped;
          CHECK(full->text[p.size()] == '\n');  // at a paragraph break
          std::size_t n = unit == baiviet::excerpt_unit::words ? baiviet::detail::word_count_raw(p)
                                                               : baiviet::detail::grapheme_count_raw(p);
          CHECK(n >= limit + 1);  // past the limit: the cut needs limit + 1 units
        }
      }
    }
  }
  CHECK(stopped > (test_util::have_shared_corpus() ? 50u : 10u));  // 20 with tests/fixtures/samples alone
}
