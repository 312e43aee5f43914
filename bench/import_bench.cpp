// Plain-text import throughput (MB/s) on the text sets of the corpus (the sample
// article and ../shared/corpus/baobinhdinh), with and without page-chrome
// removal, plus detect_format and the whole text pipeline (import + HTML +
// excerpt) on the same texts.
#include <benchmark/benchmark.h>

#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "corpus/corpus.hpp"

namespace {

template <class F>
void run_set(benchmark::State& state, const bench::corpus_set& set, F&& f) {
  for (const auto& text : set.texts) benchmark::DoNotOptimize(f(text));  // warm-up: ICU data, caches
  for (auto _ : state) {
    for (const auto& text : set.texts) {
      auto r = f(text);
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * set.bytes));
  state.counters["input_bytes"] = static_cast<double>(set.bytes);
}

std::size_t text_pipeline(const std::string& t) {
  auto a = baiviet::import_text(t);
  if (!a) return 0;
  std::string html = baiviet::render_html(*a);
  auto ex = baiviet::excerpt(*a);
  return html.size() + (ex ? ex->text.size() : 0);
}

const int registered = [] {
  for (const auto& set : bench::corpus()) {
    if (set.format != "text") continue;
    const bench::corpus_set* s = &set;
    benchmark::RegisterBenchmark(("import/text/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return baiviet::import_text(t); });
    });
    benchmark::RegisterBenchmark(("import/text-keep-chrome/" + set.name).c_str(), [s](benchmark::State& st) {
      baiviet::import_options o;
      o.drop_chrome = false;
      o.related = false;
      run_set(st, *s, [&o](const std::string& t) { return baiviet::import_text(t, o); });
    });
    benchmark::RegisterBenchmark(("import/detect-format/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return baiviet::detect_format(t); });
    });
    benchmark::RegisterBenchmark(("import/text-pipeline/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return text_pipeline(t); });
    });
  }
  return 0;
}();

}  // namespace
