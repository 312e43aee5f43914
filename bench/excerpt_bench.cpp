// Excerpt time per call (ns/op) on the sample article and on the corpus:
//   excerpt/article/<unit>  excerpt(article) of an already-parsed article
//   excerpt/text/<unit>     excerpt_text() of the article's plain text
//   excerpt/html/<unit>     excerpt_html() of the article rendered to HTML
// Units: 160 graphemes (the default), 30 words, 2 sentences; text output,
// plus one HTML-output case. Every iteration makes one excerpt.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "baiviet/excerpt.hpp"
#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "corpus/corpus.hpp"

namespace {

struct prepared {
  std::string name;
  std::vector<baiviet::article> articles;
  std::vector<std::string> texts;  ///< render_text of each article
  std::vector<std::string> htmls;  ///< render_html of each article
};

baiviet::result<baiviet::article> to_article(const bench::corpus_set& set, const std::string& t) {
  if (set.format == "text") return baiviet::import_text(t);
  return baiviet::parse_markdown(t);
}

const std::vector<prepared>& inputs() {
  static const std::vector<prepared> v = [] {
    std::vector<prepared> out;
    for (const auto& set : bench::corpus()) {
      if (set.name == "spec" || set.name == "generated-1mb") continue;  // not news-article shaped
      prepared p;
      p.name = set.name;
      for (const auto& t : set.texts) {
        auto a = to_article(set, t);
        if (!a) continue;
        p.texts.push_back(baiviet::render_text(*a));
        p.htmls.push_back(baiviet::render_html(*a));
        p.articles.push_back(std::move(*a));
      }
      if (!p.articles.empty()) out.push_back(std::move(p));
    }
    return out;
  }();
  return v;
}

struct unit_case {
  const char* name;
  baiviet::excerpt_options options;
};

std::vector<unit_case> cases() {
  std::vector<unit_case> c;
  baiviet::excerpt_options g;  // 160 graphemes
  c.push_back({"graphemes160", g});
  baiviet::excerpt_options w;
  w.unit = baiviet::excerpt_unit::words;
  w.limit = 30;
  c.push_back({"words30", w});
  baiviet::excerpt_options s;
  s.unit = baiviet::excerpt_unit::sentences;
  s.limit = 2;
  c.push_back({"sentences2", s});
  baiviet::excerpt_options h;
  h.to = baiviet::excerpt_output::html;
  c.push_back({"graphemes160-html-out", h});
  return c;
}

template <class F>
void run(benchmark::State& state, std::size_t n, F&& f) {
  for (std::size_t k = 0; k < n; ++k) benchmark::DoNotOptimize(f(k));  // warm-up
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = f(i++ % n);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
}

const int registered = [] {
  for (const auto& p : inputs()) {
    const prepared* in = &p;
    for (const auto& uc : cases()) {
      const baiviet::excerpt_options o = uc.options;
      const std::string suffix = std::string(uc.name) + "/" + p.name;
      benchmark::RegisterBenchmark(("excerpt/article/" + suffix).c_str(), [in, o](benchmark::State& st) {
        run(st, in->articles.size(), [&](std::size_t i) { return baiviet::excerpt(in->articles[i], o); });
      });
      benchmark::RegisterBenchmark(("excerpt/text/" + suffix).c_str(), [in, o](benchmark::State& st) {
        run(st, in->texts.size(), [&](std::size_t i) { return baiviet::excerpt_text(in->texts[i], o); });
      });
      benchmark::RegisterBenchmark(("excerpt/html/" + suffix).c_str(), [in, o](benchmark::State& st) {
        run(st, in->htmls.size(), [&](std::size_t i) { return baiviet::excerpt_html(in->htmls[i], o); });
      });
    }
  }
  return 0;
}();

}  // namespace
