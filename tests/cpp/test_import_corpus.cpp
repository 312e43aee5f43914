// Plain-text import on the real articles of ../shared/corpus (skipped when the
// corpus is absent):
//  - nothing of the article is lost: every sentence of the input appears in
//    render_text of the result (plain text through import_text, Markdown
//    through parse with auto-detection);
//  - numbers are kept exactly as written;
//  - the same for the 150 articles of the dev corpus (../shared/corpus/dev),
//    where a line may also be dropped as page chrome, listed in `dropped`;
//  - interview and break counts of the labelled Báo Bình Định articles.
// Element-level precision and recall: test_import_eval.cpp.
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

/// The test's own comparison key: NFC, Ð→Đ, lower case, then only the letters
/// and digits, one space between runs. Markup and punctuation (bullets,
/// dashes, "**", "|", brackets around credits) and case (render_text writes
/// every credit label as "Ảnh:", also for "ảnh:") do not count; every word does.
std::string tokens(const std::string& s) {
  std::string n = baiviet::normalize(s);
  std::string out;
  bool gap = true;
  for (int32_t i = 0; i < static_cast<int32_t>(n.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(n.data()), i, static_cast<int32_t>(n.size()), c);
    if (c == 0xD0) c = 0x110;
    if (c == 0xF0) c = 0x111;
    if (u_isalnum(c)) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, u_tolower(c));
      out.append(buf, static_cast<std::size_t>(k));
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

TEST_CASE("import corpus: no sentence of a dev-corpus article is lost", "[import][corpus]") {
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  // Every .txt of ../shared/corpus/dev/<source>/ (not the json/ and info/
  // metadata folders), as it comes; the dantri_unc "# doc_id/# url/# date"
  // header lines are corpus metadata and are blanked.
  std::vector<fs::path> txt;
  for (const auto& e : fs::recursive_directory_iterator(corpus() / "dev"))
    if (e.is_regular_file() && e.path().extension() == ".txt" && e.path().parent_path().parent_path() == corpus() / "dev")
      txt.push_back(e.path());
  std::sort(txt.begin(), txt.end());
  REQUIRE(txt.size() >= 150);
  std::size_t dropped_lines = 0;
  for (const auto& p : txt) {
    INFO(p.parent_path().filename().string() << "/" << p.filename().string());
    std::string input = test_util::read_file(p);
    {
      std::vector<std::string> lines = lines_of(input);
      for (std::size_t i = 0; i < lines.size() && i < 3; ++i)
        if (lines[i].rfind("# ", 0) == 0) lines[i].clear();
      input.clear();
      for (std::size_t i = 0; i < lines.size(); ++i) input += (i ? "\n" : "") + lines[i];
    }
    auto r = baiviet::import_text(input);
    REQUIRE(r.has_value());
    // The output text, plus the lines the importer dropped as chrome (each
    // listed with its reason and line): nothing else may be missing.
    std::string output = baiviet::render_text(*r);
    for (const auto& d : r->dropped) {
      CHECK_FALSE(d.reason.empty());
      CHECK(d.line > 0);
      output += "\n" + d.text;
      ++dropped_lines;
    }
    const auto lost = lost_sentences(input, output, test_chrome);
    for (const auto& s : lost) UNSCOPED_INFO("lost: " << s);
    CHECK(lost.empty());
    const std::string norm_out = baiviet::normalize(output);
    for (const std::string& n : numbers_in(baiviet::normalize(input))) {
      INFO("number " << n);
      CHECK(norm_out.find(n) != std::string::npos);
    }
  }
  CHECK(dropped_lines > 0);  // the Thanh Niên page footers
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

TEST_CASE("import corpus: interviews and section breaks of the labelled Báo Bình Định articles", "[import][corpus]") {
  // (Element-level precision and recall: test_import_eval.cpp.)
  if (!test_util::have_shared_corpus()) {
    WARN("../shared/corpus is absent: corpus tests skipped");
    return;
  }
  for (const auto& lp : files(test_util::fixtures_dir() / "import" / "corpus", ".json")) {
    json g = json::parse(test_util::read_file(lp), nullptr, false);
    REQUIRE_FALSE(g.is_discarded());
    INFO(g["source"].get<std::string>());
    auto r = baiviet::import_text(test_util::read_file(corpus() / g["source"].get<std::string>()));
    REQUIRE(r.has_value());
    if (g.contains("questions")) {
      std::size_t q = 0, ans = 0;
      for (const auto& b : r->body) {
        q += b.type == baiviet::block_type::interview_question;
        ans += b.type == baiviet::block_type::interview_answer;
      }
      CHECK(q == g["questions"].get<std::size_t>());
      CHECK(ans == g["answers"].get<std::size_t>());
    }
    if (g.contains("breaks")) {
      std::size_t n = 0;
      for (const auto& b : r->body) n += b.type == baiviet::block_type::thematic_break;
      CHECK(n == g["breaks"].get<std::size_t>());
    }
  }
}
