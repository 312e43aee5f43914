// Instruction counts of one Markdown → HTML render, ours against bare
// cmark-gfm, in the same process (run under callgrind by bench/run.sh
// --profile; wall-clock is noisy on a shared machine, instruction counts are not):
//
//   valgrind --tool=callgrind --toggle-collect=bv_measure_ours baiviet_render_instructions FILE
//   valgrind --tool=callgrind --toggle-collect=bv_measure_bare baiviet_render_instructions FILE
//
// Each input is rendered once by both before the measured calls (ICU data,
// cmark-gfm's extension registry and the allocator are warm), then once by
// bv_measure_ours (parse_markdown + render_html, as the pipeline bench's
// "ours-render") and once by bv_measure_bare (cmark-gfm parse with the same
// extensions and footnotes + cmark_render_html, as its "cmark-gfm"). Without
// valgrind it prints the output sizes, a smoke check.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "bare_cmark.hpp"

extern "C" {

__attribute__((noinline)) std::size_t bv_measure_ours(const std::string* md) {
  auto article = baiviet::parse_markdown(*md);
  if (!article) return 0;
  return baiviet::render_html(*article).size();
}

__attribute__((noinline)) std::size_t bv_measure_bare(const std::string* md) {
  cmark_parser* parser = bench::bare_cmark_parser();
  cmark_parser_feed(parser, md->data(), md->size());
  cmark_node* doc = cmark_parser_finish(parser);
  char* html = cmark_render_html(doc, bench::bare_cmark_options, cmark_parser_get_syntax_extensions(parser));
  std::string out(html);  // as the pipeline bench: the HTML as a std::string
  cmark_get_default_mem_allocator()->free(html);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return out.size();
}

}  // extern "C"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE.md...\n", argv[0]);
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], argv[i]);
      return 1;
    }
    const std::string md((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Warm-up (not measured: outside the toggled functions).
    { auto a = baiviet::parse_markdown(md); if (a) (void)baiviet::render_html(*a); }
    {
      cmark_parser* p = cmark_parser_new(CMARK_OPT_DEFAULT);
      cmark_parser_feed(p, md.data(), md.size());
      cmark_node_free(cmark_parser_finish(p));
      cmark_parser_free(p);
    }
    std::size_t ours = bv_measure_ours(&md);
    std::size_t bare = bv_measure_bare(&md);
    std::printf("%s\t%zu bytes in\tours %zu bytes out\tcmark-gfm %zu bytes out\n", argv[i], md.size(), ours, bare);
  }
  return 0;
}
