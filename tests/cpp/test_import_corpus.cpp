// Plain-text import on the real articles of ../shared/corpus (skipped when the
// corpus is absent):
//  - nothing of the article is lost: every sentence of the input appears in
//    render_text of the result (plain text through import_text, Markdown
//    through parse with auto-detection);
//  - numbers are kept exactly as written;
//  - element-level precision and recall of title, sapo, headings, captions and
//    byline against the hand labels in tests/fixtures/import/corpus/.
#include <catch2/catch.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "baiviet/text.hpp"
#include "test_util.hpp"

using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path corpus() { return test_util::shared_dir() / "corpus"; }

std::vector<fs::path> files(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

/// The test's own comparison key: NFC, Ð→Đ, then only the letters and digits,
/// one space between runs. Markup and punctuation (bullets, dashes, "**", "|",
/// brackets around credits) do not count; every word does.
std::string tokens(const std::string& s) {
  std::string n = baiviet::normalize(s);
  std::string out;
  bool gap = true;
  for (int32_t i = 0; i < static_cast<int32_t>(n.size());) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(n.data()), i, static_cast<int32_t>(n.size()), c);
    if (c == 0xD0) c = 0x110;
    if (c == 0xF0) c = 0x111;
    if (u_isalnum(c)) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      if (c == 0x110) out += "\xC4\x90";
      else if (c == 0x111) out += "\xC4\x91";
      else out.append(n, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    } else {
      gap = true;
    }
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t e = s.find('\n', pos);
    if (e == std::string::npos) e = s.size();
    std::string line = s.substr(pos, e - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(std::move(line));
    pos = e + 1;
  }
  return out;
}

/// Lines that are not article text by the test's own definition (not the
/// importer's): scraper image markers and "***" breaks.
bool test_chrome(const std::string& line) {
  std::string t = baiviet::normalize(line);
  return t.empty() || t == "[img]" || t == "***";
}

/// Lines of the Markdown corpus that its README names as site chrome or page
/// metadata (not body text).
bool md_chrome(const std::string& line) {
  std::string t = baiviet::normalize(line);
  for (const char* p : {"### Nội dung chính", "## Mua bán Nhà riêng tại Hà Nội", "Link bài viết gốc:", "Giờ đăng:"})
    if (t.rfind(p, 0) == 0) return true;
  return false;
}

/// Sentences of `input` missing from `output` (both as token keys).
std::vector<std::string> lost_sentences(const std::string& input, const std::string& output,
                                        bool (*chrome)(const std::string&)) {
  const std::string out = " " + tokens(output) + " ";
  std::vector<std::string> lost;
  for (const std::string& line : lines_of(input)) {
    if (chrome(line)) continue;
    for (const std::string& s : baiviet::split_sentences(baiviet::normalize(line))) {
      const std::string k = tokens(s);
      if (k.empty()) continue;
      if (out.find(" " + k + " ") == std::string::npos) lost.push_back(s);
    }
  }
  return lost;
}

/// Number-like runs ("2.617", "30.4.1975", "58/2025/NĐ-CP", "12,4%") that must
/// survive byte for byte.
std::vector<std::string> numbers_in(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.back() == '.' || cur.back() == ',' || cur.back() == '-' || cur.back() == '/'))
      cur.pop_back();
    bool digit = false;
    for (char c : cur) digit = digit || (c >= '0' && c <= '9');
    if (digit && cur.size() >= 3) out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    if ((c >= '0' && c <= '9') || ((c == '.' || c == ',' || c == '/' || c == '%') && !cur.empty())) cur += c;
    else flush();
  }
  flush();
  return out;
}

}  // namespace

TEST_CASE("import corpus: no sentence of a plain-text article is lost", "[import][corpus]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  const auto txt = files(corpus() / "baobinhdinh", ".txt");
  REQUIRE(txt.size() >= 10);
  for (const auto& p : txt) {
    INFO(p.filename().string());
    const std::string input = test_util::read_file(p);
    auto r = baiviet::import_text(input);
    REQUIRE(r.has_value());
    const std::string output = baiviet::render_text(*r);
    const auto lost = lost_sentences(input, output, test_chrome);
    for (const auto& s : lost) UNSCOPED_INFO("lost: " << s);
    CHECK(lost.empty());
    // Nothing of an article without page chrome may be dropped except markers.
    for (const auto& d : r->dropped) CHECK(d.reason == "image-marker");
    const std::string norm_out = baiviet::normalize(output);
    for (const std::string& n : numbers_in(baiviet::normalize(input))) {
      INFO("number " << n);
      CHECK(norm_out.find(n) != std::string::npos);
    }
  }
}

TEST_CASE("import corpus: no sentence of a Markdown article is lost (parse, auto-detect)", "[import][corpus]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  const auto md = files(corpus() / "chinhphu_markdown", ".md");
  REQUIRE(md.size() >= 10);
  baiviet::parse_options o;
  o.format = baiviet::input_format::auto_detect;
  for (const auto& p : md) {
    INFO(p.filename().string());
    const std::string input = test_util::read_file(p);
    auto r = baiviet::parse(input, o);
    REQUIRE(r.has_value());
    CHECK(r->source_format == "markdown");
    const auto lost = lost_sentences(input, baiviet::render_text(*r), md_chrome);
    for (const auto& s : lost) UNSCOPED_INFO("lost: " << s);
    CHECK(lost.empty());
  }
}

TEST_CASE("import corpus: detect_format on the corpus", "[import][corpus][detect]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  for (const auto& p : files(corpus() / "chinhphu_markdown", ".md")) {
    INFO(p.filename().string());
    CHECK(baiviet::detect_format(test_util::read_file(p)) == baiviet::input_format::markdown);
  }
  for (const auto& p : files(corpus() / "baobinhdinh", ".txt")) {
    INFO(p.filename().string());
    CHECK(baiviet::detect_format(test_util::read_file(p)) == baiviet::input_format::text);
  }
}

namespace {

struct tally {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 1.0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 1.0; }
  void add(std::size_t gold, std::size_t predicted, std::size_t matched) {
    tp += matched;
    fp += predicted - matched;
    fn += gold - matched;
  }
};

bool starts_ends(const std::string& text, const json& label) {
  const std::string s = baiviet::normalize(label["starts"].get<std::string>());
  const std::string e = baiviet::normalize(label["ends"].get<std::string>());
  return text.size() >= s.size() && text.size() >= e.size() && text.compare(0, s.size(), s) == 0 &&
         text.compare(text.size() - e.size(), e.size(), e) == 0;
}

}  // namespace

TEST_CASE("import corpus: precision and recall against the hand labels", "[import][corpus][metrics]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  const auto labels = files(test_util::fixtures_dir() / "import" / "corpus", ".json");
  REQUIRE(labels.size() >= 8);
  std::map<std::string, tally> t;
  for (const auto& lp : labels) {
    json g = json::parse(test_util::read_file(lp), nullptr, false);
    REQUIRE_FALSE(g.is_discarded());
    const std::string src = g["source"];
    INFO(src);
    const fs::path input = corpus() / src;
    REQUIRE(fs::exists(input));
    auto r = baiviet::import_text(test_util::read_file(input));
    REQUIRE(r.has_value());
    const baiviet::article& a = *r;

    // title
    {
      const bool gold = g["title"].is_string();
      const bool pred = !a.title.empty();
      t["title"].add(gold, pred, gold && pred && a.title == baiviet::normalize(g["title"].get<std::string>()));
    }
    // sapo
    {
      const bool gold = g["sapo"].is_object();
      const bool pred = !a.sapo.empty();
      t["sapo"].add(gold, pred, gold && pred && starts_ends(a.sapo, g["sapo"]));
    }
    // dateline
    {
      const std::string want = g["dateline"];
      t["dateline"].add(!want.empty(), !a.dateline.empty(), !want.empty() && a.dateline == want);
    }
    // headings and captions
    std::vector<const baiviet::block*> heads, figs;
    for (const auto& b : a.body) {
      if (b.type == baiviet::block_type::heading) heads.push_back(&b);
      if (b.type == baiviet::block_type::figure) figs.push_back(&b);
    }
    {
      std::size_t m = 0;
      for (const auto& h : g["headings"])
        for (const auto* b : heads)
          if (baiviet::plain_text(b->content) == baiviet::normalize(h.get<std::string>())) { ++m; break; }
      t["heading"].add(g["headings"].size(), heads.size(), m);
    }
    {
      std::size_t m = 0;
      for (const auto& c : g["captions"]) {
        for (const auto* b : figs) {
          if (b->source_line == c["line"].get<std::size_t>() && starts_ends(baiviet::plain_text(b->content), c) &&
              b->credit == baiviet::normalize(c["credit"].get<std::string>())) {
            ++m;
            break;
          }
        }
      }
      for (const auto* b : figs) UNSCOPED_INFO("figure line " << b->source_line << ": " << baiviet::plain_text(b->content));
      t["caption"].add(g["captions"].size(), figs.size(), m);
    }
    // byline: role and every author
    {
      const bool gold = g["byline"].is_object();
      const bool pred = !a.byline_info.empty();
      bool ok = false;
      if (gold && pred) {
        std::vector<std::string> want;
        for (const auto& n : g["byline"]["authors"]) want.push_back(baiviet::normalize(n.get<std::string>()));
        ok = a.byline_info.role == g["byline"]["role"].get<std::string>() && a.byline_info.authors == want;
      }
      t["byline"].add(gold, pred, ok);
    }
    // interview and break counts where labelled
    if (g.contains("questions")) {
      std::size_t q = 0, ans = 0;
      for (const auto& b : a.body) {
        q += b.type == baiviet::block_type::interview_question;
        ans += b.type == baiviet::block_type::interview_answer;
      }
      CHECK(q == g["questions"].get<std::size_t>());
      CHECK(ans == g["answers"].get<std::size_t>());
    }
    if (g.contains("breaks")) {
      std::size_t n = 0;
      for (const auto& b : a.body) n += b.type == baiviet::block_type::thematic_break;
      CHECK(n == g["breaks"].get<std::size_t>());
    }
  }
  tally all;
  std::string table = "| element | gold | predicted | correct | precision | recall |\n|---|---|---|---|---|---|\n";
  auto row = [&](const std::string& name, const tally& x) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "| %s | %zu | %zu | %zu | %.3f | %.3f |\n", name.c_str(), x.tp + x.fn, x.tp + x.fp,
                  x.tp, x.precision(), x.recall());
    table += buf;
  };
  for (const auto& [name, x] : t) {
    row(name, x);
    all.tp += x.tp;
    all.fp += x.fp;
    all.fn += x.fn;
  }
  row("all", all);
  // Printed so docs/import.md can quote the measured numbers.
  std::printf("\nimport precision/recall over %zu labelled corpus articles:\n%s\n", labels.size(), table.c_str());
  // Regression floors, a little under what the rules achieved when measured.
  CHECK(all.precision() >= 0.90);
  CHECK(all.recall() >= 0.90);
  for (const auto& [name, x] : t) {
    INFO(name);
    CHECK(x.recall() >= 0.75);
    // Titles: one of two predicted is wrong (14.txt opens with a lead written
    // without its final period, which reads as a title); see docs/import.md.
    CHECK(x.precision() >= (name == "title" ? 0.5 : 0.75));
  }
}
