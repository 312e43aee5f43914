// The bare cmark-gfm peer of the native benchmarks: a parser with the GFM
// extensions and footnotes our Markdown parser uses, and cmark's safe HTML
// renderer. One definition, so the pipeline, instruction and memory benchmarks
// measure the same peer.
#pragma once
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

namespace bench {

inline constexpr int bare_cmark_options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES;

/// A new parser with the extensions attached (registered once per process).
inline cmark_parser* bare_cmark_parser() {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  cmark_parser* parser = cmark_parser_new(bare_cmark_options);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  }
  return parser;
}

}  // namespace bench
