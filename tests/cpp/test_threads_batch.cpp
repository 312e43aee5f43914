// Batch mode (`baiviet render --jsonl`): 10,000 articles generated from the
// fixtures (tests/fixtures/**/*.txt|*.md, the text-import and excerpt case
// inputs, and ../shared/corpus when present) with varied options and a few
// bad lines, rendered by the CLI with several threads, must give, line by line
// and in input order, exactly what one-by-one rendering through the C++ API
// gives. Hidden from the unit run ([.batch]); ctest runs it as `batch_10k`
// (tests/cmake/batch.cmake). The generated input stays in the build
// directory (batch-10k.jsonl) for tests/consumers/batch_bench.sh.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "baiviet/render.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

struct rng {  // deterministic (splitmix64)
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
};

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) out.push_back(line);
  }
  return out;
}

struct corpus {
  std::vector<std::string> whole;   // whole fixture articles
  std::vector<std::string> lines;   // their non-blank lines
};

corpus load_corpus() {
  corpus c;
  std::vector<fs::path> files;
  for (const auto& dir : {test_util::fixtures_dir(), test_util::shared_dir() / "corpus"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      auto ext = e.path().extension();
      if (e.is_regular_file() && (ext == ".md" || ext == ".txt") && e.path().filename() != "README.md")
        files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) c.whole.push_back(test_util::read_file(f));
  for (const char* table : {"import/cases.json", "excerpt/cases.json"}) {
    auto doc = json::parse(test_util::read_file(test_util::fixtures_dir() / table), nullptr, false);
    if (doc.is_discarded()) continue;
    for (const auto& cs : doc["cases"])
      if (cs.contains("input") && cs["input"].is_string()) c.whole.push_back(cs["input"].get<std::string>());
  }
  for (const auto& w : c.whole)
    for (auto& l : split_lines(w)) c.lines.push_back(std::move(l));
  return c;
}

struct item {
  json line;                 // what the CLI reads
  bool valid_json = true;
  baiviet::render_options options;
  std::string source;
};

/// A generated article: Markdown with front matter, or plain text, made of fixture lines.
std::string compose(rng& r, const corpus& c, bool markdown) {
  auto pick = [&] { return c.lines[r.below(c.lines.size())]; };
  std::string out;
  std::size_t paragraphs = 2 + r.below(8);
  if (markdown) {
    if (r.chance(70)) {
      json title = pick();
      out += "---\ntitle: " + title.dump() + "\n";
      if (r.chance(40)) out += "kicker: " + json(pick()).dump() + "\n";
      if (r.chance(50)) out += "date: 2025-04-" + std::to_string(10 + r.below(18)) + "T08:30:00+07:00\n";
      out += "---\n";
    } else {
      out += "# " + pick() + "\n\n";
    }
    if (r.chance(60)) out += "**" + pick() + "**\n\n";
    for (std::size_t p = 0; p < paragraphs; ++p) {
      switch (r.below(8)) {
        case 0: out += "## " + pick() + "\n\n"; break;
        case 1: out += "- " + pick() + "\n- *" + pick() + "*\n\n"; break;
        case 2: out += "> " + pick() + "\n\n"; break;
        case 3: out += "![" + pick() + "](https://example.vn/anh-" + std::to_string(r.below(100)) + ".jpg)\n\n"; break;
        default: out += pick() + "\n\n"; break;
      }
    }
  } else {
    for (std::size_t p = 0; p < paragraphs + 1; ++p) out += pick() + "\n";
  }
  return out;
}

std::vector<item> generate(std::size_t n) {
  corpus c = load_corpus();
  REQUIRE(!c.whole.empty());
  REQUIRE(!c.lines.empty());
  rng r{20250428};
  std::vector<item> items;
  const char* tos[] = {"html", "json", "text", "jsonld"};
  for (std::size_t i = 0; i < n; ++i) {
    item it;
    it.options.parse.format = baiviet::input_format::auto_detect;
    json& j = it.line;
    j = json::object();
    if (i % 997 == 500) {  // a line that is not JSON
      it.valid_json = false;
      items.push_back(std::move(it));
      continue;
    }
    std::size_t kind = r.below(10);
    if (kind == 0) it.source = c.whole[r.below(c.whole.size())];
    else it.source = compose(r, c, kind <= 6);
    if (i % 1499 == 700) it.source = "---\ntitle: [không đóng\n---\nNội dung.\n";  // front matter error
    j["id"] = i % 3 ? json("a-" + std::to_string(i)) : json(i);
    j["source"] = it.source;
    std::size_t from = r.below(4);
    if (from == 1) {
      j["from"] = "markdown";
      it.options.parse.format = baiviet::input_format::markdown;
    } else if (from == 2) {
      j["from"] = "text";
      it.options.parse.format = baiviet::input_format::text;
    }
    std::size_t to = r.below(4);
    if (to || r.chance(50)) j["to"] = tos[to];
    it.options.to = static_cast<baiviet::output_format>(to);
    if (r.chance(20)) it.options.html.toc = j["toc"] = true;
    if (r.chance(10)) it.options.html.full_page = j["full_page"] = true;
    if (r.chance(15)) it.options.html.markup_numbers = j["markup_numbers"] = true;
    if (r.chance(10)) it.options.html.header = j["header"] = false;
    if (r.chance(10)) {
      j["id_prefix"] = "bv-";
      it.options.html.id_prefix = "bv-";
    }
    if (r.chance(20)) it.options.json.pretty = j["pretty"] = false;
    if (r.chance(5)) it.options.parse.smart_punctuation = j["smart"] = true;
    if (r.chance(5)) it.options.parse.footnotes = j["footnotes"] = false;
    if (r.chance(5)) j["meta"] = {{"n", i}};
    items.push_back(std::move(it));
  }
  return items;
}

fs::path cli_path() {
  if (const char* p = std::getenv("BAIVIET_CLI")) return p;
  return fs::path(BAIVIET_BINARY_DIR) / "baiviet";
}

}  // namespace

TEST_CASE("batch: 10,000 generated articles equal one-by-one rendering", "[.batch]") {
  const std::size_t n = 10000;
  auto items = generate(n);
  fs::path dir = fs::path(BAIVIET_BINARY_DIR);
  fs::path in = dir / "batch-10k.jsonl", out = dir / "batch-10k.out.jsonl";
  {
    std::ofstream f(in, std::ios::binary);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].valid_json) f << "{\"source\": \"unterminated\n";
      else f << items[i].line.dump() << "\n";
      if (i % 2500 == 0) f << "\n";  // blank lines are skipped
    }
  }
  REQUIRE(fs::exists(cli_path()));
  const char* jobs = std::getenv("BAIVIET_BATCH_JOBS");
  std::string cmd = "\"" + cli_path().string() + "\" render --jsonl \"" + in.string() + "\" -j " +
                    (jobs ? jobs : "4") + " --no-progress > \"" + out.string() + "\"";
  int status = std::system(cmd.c_str());
  CHECK(status == 0);  // some lines fail on purpose: error records, exit status 0 (--keep-going is the default)

  std::ifstream f(out, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string l; std::getline(f, l);) lines.push_back(l);
  REQUIRE(lines.size() == n);

  std::size_t mismatches = 0, errors = 0, checked = 0;
  for (std::size_t i = 0; i < n; ++i) {
    auto got = json::parse(lines[i], nullptr, false);
    REQUIRE(!got.is_discarded());
    const item& it = items[i];
    if (!it.valid_json) {
      ++errors;
      CHECK(got["ok"] == false);
      CHECK(got["error"]["code"] == "invalid_input");
      continue;
    }
    INFO("line " << i);
    CHECK(got["id"] == it.line["id"]);
    auto expected = baiviet::render(it.source, it.options);
    if (!expected) {
      ++errors;
      CHECK(got["ok"] == false);
      CHECK(got["error"]["code"] == baiviet::errc_name(expected.error().code));
      CHECK(got["error"]["message"] == expected.error().message);
      CHECK(got["error"]["line"] == expected.error().line);
      continue;
    }
    REQUIRE(got["ok"] == true);
    ++checked;
    // json and jsonld outputs are embedded as objects, html and text as strings.
    const bool is_json = it.options.to == baiviet::output_format::json || it.options.to == baiviet::output_format::jsonld;
    const json want = is_json ? json::parse(*expected) : json(*expected);
    if (got["output"] != want && mismatches++ < 5) FAIL_CHECK("output of line " << i << " differs");
    if (it.line.contains("meta")) CHECK(got["meta"] == it.line["meta"]);
  }
  CHECK(mismatches == 0);
  CHECK(errors >= 12);
  CHECK(checked > 9900);
}
