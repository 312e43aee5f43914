// Peak heap of one Markdown → HTML render, ours against bare cmark-gfm, in the
// same process (DESIGN: "peak memory of a native render ≤ 1.5× bare
// cmark-gfm's"). Every allocation is counted by bench/heap_counter.c; byte
// counts do not move with the load of the machine.
//
//   baiviet_render_memory CORPUS.json [OUT.json]
//
// For each file of the corpus's Markdown sets, after one warm-up render by both
// (ICU data, cmark-gfm's extension registry), measured from what is live before
// the call:
//   ours  parse_markdown + render_html, the article held until the HTML is
//         made (as the pipeline bench's "ours-render"); "model" is what the
//         parsed article holds;
//   bare  cmark-gfm parse with the same extensions and footnotes +
//         cmark_render_html; "model" is cmark's node tree after parsing.
// Peak = the most bytes live at once during the call (malloc_usable_size:
// allocator slack included), per file; a set reports the largest file's peak
// and the ratio ours / bare on it, and the sum over its files.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "bare_cmark.hpp"
#include "heap_counter.h"

namespace {

struct usage {
  long long peak = 0;   // bytes live at most during the call, above what was live before
  long long model = 0;  // bytes the parsed document holds
};

usage measure_ours(const std::string& md) {
  const long long base = heap_live_bytes();
  heap_reset_peak();
  usage u;
  {
    auto article = baiviet::parse_markdown(md);
    u.model = heap_live_bytes() - base;
    if (article) {
      std::string html = baiviet::render_html(*article);
      if (html.empty()) std::fprintf(stderr, "render_memory: empty HTML\n");
    }
  }
  u.peak = heap_peak_bytes() - base;
  return u;
}

usage measure_bare(const std::string& md) {
  const long long base = heap_live_bytes();
  heap_reset_peak();
  usage u;
  cmark_parser* parser = bench::bare_cmark_parser();
  cmark_parser_feed(parser, md.data(), md.size());
  cmark_node* doc = cmark_parser_finish(parser);
  u.model = heap_live_bytes() - base;
  char* html = cmark_render_html(doc, bench::bare_cmark_options, cmark_parser_get_syntax_extensions(parser));
  cmark_get_default_mem_allocator()->free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  u.peak = heap_peak_bytes() - base;
  return u;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS.json [OUT.json]\n", argv[0]);
    return 2;
  }
  nlohmann::json corpus = nlohmann::json::parse(read_file(argv[1]), nullptr, false);
  if (corpus.is_discarded() || !corpus.contains("sets")) {
    std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[1]);
    return 1;
  }
  nlohmann::json out = nlohmann::json::array();
  std::printf("| set | files | largest file | ours peak | bare peak | ours / bare | ours model | bare tree | sum of peaks ours / bare |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const auto& set : corpus["sets"]) {
    if (set.value("format", "markdown") != "markdown") continue;
    long long sum_ours = 0, sum_bare = 0;
    usage big_ours, big_bare;
    std::size_t big_bytes = 0, files = 0;
    for (const auto& f : set["files"]) {
      const std::string md = read_file(f.get<std::string>());
      if (md.empty()) continue;
      {  // warm-up, not measured
        auto a = baiviet::parse_markdown(md);
        if (a) (void)baiviet::render_html(*a);
        (void)measure_bare(md);
      }
      usage o = measure_ours(md), b = measure_bare(md);
      sum_ours += o.peak;
      sum_bare += b.peak;
      ++files;
      if (md.size() >= big_bytes) {
        big_bytes = md.size();
        big_ours = o;
        big_bare = b;
      }
    }
    if (files == 0) continue;
    const double ratio = double(big_ours.peak) / double(big_bare.peak);
    const double sum_ratio = double(sum_ours) / double(sum_bare);
    std::printf("| %s | %zu | %zu B | %lld B | %lld B | %.2f× | %lld B | %lld B | %.2f× |\n",
                set["name"].get<std::string>().c_str(), files, big_bytes, big_ours.peak, big_bare.peak, ratio,
                big_ours.model, big_bare.model, sum_ratio);
    out.push_back({{"set", set["name"]}, {"files", files}, {"largest_file_bytes", big_bytes},
                   {"ours_peak_bytes", big_ours.peak}, {"bare_peak_bytes", big_bare.peak}, {"ratio", ratio},
                   {"ours_model_bytes", big_ours.model}, {"bare_tree_bytes", big_bare.model},
                   {"sum_ours_peak_bytes", sum_ours}, {"sum_bare_peak_bytes", sum_bare}, {"sum_ratio", sum_ratio}});
  }
  if (argc > 2) {
    std::ofstream o(argv[2], std::ios::binary);
    o << out.dump(2) << '\n';
  }
  return 0;
}
