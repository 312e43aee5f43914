// Markdown (CommonMark + GFM via cmark-gfm) with YAML, TOML or JSON front matter → article.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <mutex>

#include "baiviet/parse.hpp"
#include "baiviet/text.hpp"
#include "markdown/article_structure.hpp"
#include "markdown/cmark_arena.hpp"
#include "markdown/cmark_limits.hpp"
#include "markdown/cmark_to_model.hpp"
#include "markdown/front_matter.hpp"
#include "model/heading_ids.hpp"
#include "markdown/template_tags.hpp"
#include "text/segment.hpp"

namespace baiviet {

namespace {

void ensure_extensions() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

result<article> parse_markdown(std::string_view source, const parse_options& options) {
  if (source.size() > options.max_input_bytes)
    return make_error(errc::too_large, "input is " + std::to_string(source.size()) + " bytes; the limit is " +
                                           std::to_string(options.max_input_bytes));
  article a;
  a.source_format = "markdown";
  a.gfm = options.gfm;
  // Valid input is read where it is; only input with invalid UTF-8 or NUL bytes is copied.
  std::string repaired;
  std::string_view clean = source;
  if (!detail::is_clean_utf8(source)) {
    std::size_t bad = sanitize_utf8(source, repaired);
    clean = repaired;
    a.warnings.push_back({std::to_string(bad) + " invalid UTF-8 sequence(s) or NUL byte(s) replaced by U+FFFD", 0});
  }

  auto split = detail::split_front_matter(clean);
  if (!split) {
    if (!options.lenient_front_matter) return split.error();
    // Lenient: an unclosed block is read as Markdown (nothing is lost).
    a.warnings.push_back({split.error().message + "; read as Markdown", split.error().line});
    split = detail::front_matter_split{};
    split->body = clean;
  }
  if (split->present()) {
    auto applied = detail::read_front_matter(*split, a, options.max_nesting);
    if (!applied) {
      if (!options.lenient_front_matter) return applied.error();
      // Lenient: the block is kept as dropped text, the body still renders.
      const auto& e = applied.error();
      a.warnings.push_back({e.message + "; the front matter is ignored (kept in dropped)", e.line});
      a.dropped.push_back({std::string(split->block), "front-matter", 1});
    }
  }

  ensure_extensions();
  int cmark_options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE;  // raw HTML kept in the model; the renderer decides
  if (options.footnotes) cmark_options |= CMARK_OPT_FOOTNOTES;
  if (options.smart_punctuation) cmark_options |= CMARK_OPT_SMART;
  // Everything cmark allocates from here on lives in one arena (cmark_arena.hpp),
  // which gives back what is left when the function returns: the parser and the
  // document node are never freed node by node.
  detail::cmark_arena arena(clean.size());
  detail::cmark_arena::scope arena_scope(arena);
  cmark_parser* parser = cmark_parser_new_with_mem(cmark_options, detail::cmark_arena_mem());
  if (!parser) return make_error(errc::out_of_memory, "cannot create the Markdown parser");
  if (options.gfm) {
    bool tables = !detail::has_overwide_table_line(clean);
    if (!tables)
      a.warnings.push_back({"a line has more than " + std::to_string(detail::max_table_columns) +
                                " table cells: tables are not recognised in this document",
                            0});
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
      if (!tables && std::string_view(name) == "table") continue;
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser, ext);
    }
  }
  // Keep line numbers of the whole input: feed blank lines for the front matter.
  std::string body;
  if (split->present()) {
    body.assign(split->body_first_line - 1, '\n');
    body.append(split->body);
  }
  std::string_view md = split->present() ? std::string_view(body) : std::string_view(clean);
  // Hugo shortcodes and Go-template/Liquid tags: masked before cmark reads the
  // text, resolved in the model (template_tags.hpp). Not in CommonMark mode.
  detail::template_masking tags;
  if (options.article_structure) {
    tags = detail::mask_template_tags(md, a.warnings);
    if (tags.active()) md = tags.source;
  }
  // cmark-gfm 0.29 loses the text of a footnote reference written across a line
  // break (cmark_limits.hpp): say so, and repair any character it cuts.
  detail::footnote_line_breaks footnote_breaks;
  if (options.footnotes) {
    footnote_breaks = detail::find_footnote_line_breaks(md);
    for (std::size_t line : footnote_breaks.lines)
      a.warnings.push_back({"a footnote reference opened with \"[^\" closes on a later line: cmark-gfm 0.29 "
                            "loses the text between its brackets (github/cmark-gfm#282); write it on one line",
                            line});
    if (footnote_breaks.count > footnote_breaks.lines.size())  // hostile input: a bounded list
      a.warnings.push_back({std::to_string(footnote_breaks.count - footnote_breaks.lines.size()) +
                                " more footnote references close on a later line (" +
                                std::to_string(footnote_breaks.lines.size()) + " are listed above)",
                            0});
  }
  if (options.max_emphasis_scan > 0 &&
      detail::emphasis_scan_bound(md, options.smart_punctuation) > options.max_emphasis_scan) {
    auto scan = detail::estimate_emphasis_scan(md, options.smart_punctuation);
    if (scan.total > options.max_emphasis_scan)
      return make_error(errc::too_large,
                        "too many links after emphasis markers in one paragraph: cmark-gfm 0.29 would scan " +
                            std::to_string(scan.total) + " delimiters (limit " +
                            std::to_string(options.max_emphasis_scan) +
                            "); split the paragraph or raise parse_options::max_emphasis_scan",
                        scan.worst_line);
  }
  cmark_parser_feed(parser, md.data(), md.size());
  cmark_node* doc = nullptr;
  {
    // cmark-gfm's inline pass (inside cmark_parser_finish) switches the
    // extensions' special characters on and off in a process-wide table
    // (cmark_manage_extensions_special_characters), so two finishing parsers
    // race. Serialise that pass; block parsing above runs in parallel.
    static std::mutex inline_pass;
    std::lock_guard<std::mutex> lock(inline_pass);
    doc = cmark_parser_finish(parser);
  }
  if (!doc) return make_error(errc::out_of_memory, "Markdown parser failed");

  arena.end_of_parse();
  detail::convert_document(doc, md, a, options.max_nesting, footnote_breaks.suspect);
  detail::resolve_template_tags(a, tags);
  if (options.article_structure) detail::recognise_structure(a);
  detail::assign_heading_ids(a);
  return a;
}

}  // namespace baiviet
