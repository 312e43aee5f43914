// The benchmark corpus for the native benches: the sets listed in corpus.json
// (written by bench/corpus/generate.mjs, see bench/run.sh). The directory is
// $BAIVIET_BENCH_CORPUS, else <source>/build-bench/bench-corpus. Without a
// manifest only the project's sample article is used (a note says so).
#ifndef BAIVIET_BENCH_CORPUS_HPP
#define BAIVIET_BENCH_CORPUS_HPP

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#ifndef BAIVIET_SOURCE_DIR
#define BAIVIET_SOURCE_DIR "."
#endif

namespace bench {

struct corpus_set {
  std::string name;
  std::string format;                ///< "markdown" or "text" (what the texts are)
  std::vector<std::string> texts;    ///< file contents
  std::size_t bytes = 0;
};

inline std::string read_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string corpus_dir() {
  if (const char* env = std::getenv("BAIVIET_BENCH_CORPUS"); env && *env) return env;
  return std::string(BAIVIET_SOURCE_DIR) + "/build-bench/bench-corpus";
}

inline std::vector<corpus_set> load_corpus_uncached() {
  std::vector<corpus_set> sets;
  bool ok = false;
  const std::string manifest = read_file(corpus_dir() + "/corpus.json", ok);
  if (ok) {
    auto j = nlohmann::json::parse(manifest, nullptr, false);
    if (!j.is_discarded() && j.contains("sets")) {
      for (const auto& s : j["sets"]) {
        corpus_set set;
        set.name = s.value("name", "");
        set.format = s.value("format", "markdown");
        for (const auto& f : s["files"]) {
          bool fok = false;
          std::string text = read_file(f.get<std::string>(), fok);
          if (!fok) continue;
          set.bytes += text.size();
          set.texts.push_back(std::move(text));
        }
        if (!set.texts.empty()) sets.push_back(std::move(set));
      }
    }
  }
  if (sets.empty()) {
    std::fprintf(stderr, "bench: no corpus.json in %s (run bench/run.sh); using the sample article only\n",
                 corpus_dir().c_str());
    corpus_set set{"sample", "text", {}, 0};
    std::string text = read_file(std::string(BAIVIET_SOURCE_DIR) + "/tests/fixtures/samples/son-la-ky-3.txt", ok);
    if (ok) {
      set.bytes = text.size();
      set.texts.push_back(std::move(text));
      sets.push_back(std::move(set));
    }
  }
  return sets;
}

inline const std::vector<corpus_set>& corpus() {
  static const std::vector<corpus_set> sets = load_corpus_uncached();
  return sets;
}

}  // namespace bench

#endif
