/* Bare cmark-gfm for the Node benchmark (bench/js/node-bench.mjs): the parser
 * with the same GFM extensions and footnotes as baiviet and as the native
 * bench's peer (bench/pipeline_bench.cpp), cmark_render_html in safe mode.
 * Built by bench/js/bare-cmark/build.sh against the emcc-built cmark-gfm that
 * baiviet's own WASM build links, with the same optimisation and link flags as
 * the baiviet core, so the two differ only in what runs after the parser. */
#include <stdlib.h>
#include <string.h>

#include <emscripten.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

static char *out_html;
static size_t out_len;

EMSCRIPTEN_KEEPALIVE void *bare_alloc(size_t n) { return malloc(n); }
EMSCRIPTEN_KEEPALIVE void bare_free(void *p) { free(p); }
EMSCRIPTEN_KEEPALIVE char *bare_out_ptr(void) { return out_html; }
EMSCRIPTEN_KEEPALIVE size_t bare_out_len(void) { return out_len; }

/* Markdown (len bytes at md) → HTML, kept until the next call. 0 on success. */
EMSCRIPTEN_KEEPALIVE int bare_render(const char *md, size_t len) {
  static int registered;
  static const char *const names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
  const int options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;
  cmark_parser *parser;
  cmark_node *doc;
  size_t i;
  if (!registered) {
    cmark_gfm_core_extensions_ensure_registered();
    registered = 1;
  }
  if (out_html) {
    cmark_get_default_mem_allocator()->free(out_html);
    out_html = NULL;
    out_len = 0;
  }
  parser = cmark_parser_new(options);
  if (!parser) return 1;
  for (i = 0; i < sizeof names / sizeof names[0]; ++i) {
    cmark_syntax_extension *ext = cmark_find_syntax_extension(names[i]);
    if (ext) cmark_parser_attach_syntax_extension(parser, ext);
  }
  cmark_parser_feed(parser, md, len);
  doc = cmark_parser_finish(parser);
  if (doc) {
    out_html = cmark_render_html(doc, options, cmark_parser_get_syntax_extensions(parser));
    out_len = out_html ? strlen(out_html) : 0;
    cmark_node_free(doc);
  }
  cmark_parser_free(parser);
  return out_html ? 0 : 1;
}
