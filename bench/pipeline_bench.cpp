// Markdown → HTML throughput on the benchmark corpus, ours against the peers in
// one run (ratios are what counts on a shared machine):
//   ours/pipeline  parse_markdown + article model + render_html + excerpt
//   ours/render    parse_markdown + render_html (no excerpt)
//   ours/parse     parse_markdown only (cmark-gfm parse + model building)
//   cmark-gfm      bare libcmark-gfm: parser with the same GFM extensions and
//                  footnotes as ours, cmark_render_html (safe mode)
//   md4c           md_html() with MD_DIALECT_GITHUB (libmd4c-html, loaded with
//                  dlopen so that bench/CMakeLists.txt needs no change)
// Every set is processed whole per iteration; bytes/s is the throughput.
// Every input is Markdown to all three (plain-text articles are valid Markdown).
#include <benchmark/benchmark.h>
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <md4c-html.h>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "bare_cmark.hpp"
#include "corpus/corpus.hpp"

namespace {

// ---- bare cmark-gfm -------------------------------------------------------------

std::string cmark_gfm_html(std::string_view md) {
  cmark_parser* parser = bench::bare_cmark_parser();
  cmark_parser_feed(parser, md.data(), md.size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html(doc, bench::bare_cmark_options, cmark_parser_get_syntax_extensions(parser));
  std::string out(html);
  cmark_get_default_mem_allocator()->free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out;
}

// ---- md4c (dlopen) ---------------------------------------------------------------

using md_html_fn = int (*)(const MD_CHAR*, MD_SIZE, void (*)(const MD_CHAR*, MD_SIZE, void*), void*, unsigned,
                           unsigned);

md_html_fn md4c() {
  static const md_html_fn fn = [] {
    void* lib = dlopen("libmd4c-html.so.0", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
      std::fprintf(stderr, "bench: md4c not available (%s): apt-get install libmd4c-html0\n", dlerror());
      return md_html_fn{nullptr};
    }
    return reinterpret_cast<md_html_fn>(dlsym(lib, "md_html"));
  }();
  return fn;
}

void append_output(const MD_CHAR* text, MD_SIZE size, void* user) {
  static_cast<std::string*>(user)->append(text, size);
}

std::string md4c_html(std::string_view md) {
  std::string out;
  out.reserve(md.size() + md.size() / 4);
  md4c()(md.data(), static_cast<MD_SIZE>(md.size()), append_output, &out, MD_DIALECT_GITHUB, 0);
  return out;
}

// ---- ours ------------------------------------------------------------------------

std::size_t ours(std::string_view md, int stage) {
  auto article = baiviet::parse_markdown(md);
  if (!article) return 0;
  if (stage == 0) return article->body.size();
  std::string html = baiviet::render_html(*article);
  if (stage == 1) return html.size();
  auto ex = baiviet::excerpt(*article);
  return html.size() + (ex ? ex->text.size() : 0);
}

// ---- registration ----------------------------------------------------------------

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
  state.counters["files"] = static_cast<double>(set.texts.size());
}

const int registered = [] {
  for (const auto& set : bench::corpus()) {
    const bench::corpus_set* s = &set;
    benchmark::RegisterBenchmark(("pipeline/ours/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return ours(t, 2); });
    });
    benchmark::RegisterBenchmark(("pipeline/ours-render/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return ours(t, 1); });
    });
    benchmark::RegisterBenchmark(("pipeline/ours-parse/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return ours(t, 0); });
    });
    benchmark::RegisterBenchmark(("pipeline/cmark-gfm/" + set.name).c_str(), [s](benchmark::State& st) {
      run_set(st, *s, [](const std::string& t) { return cmark_gfm_html(t); });
    });
    if (md4c()) {
      benchmark::RegisterBenchmark(("pipeline/md4c/" + set.name).c_str(), [s](benchmark::State& st) {
        run_set(st, *s, [](const std::string& t) { return md4c_html(t); });
      });
    }
  }
  return 0;
}();

}  // namespace
