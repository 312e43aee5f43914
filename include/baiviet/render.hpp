// Renderers: safe semantic HTML5, JSON model, plain text, JSON-LD.
#ifndef BAIVIET_RENDER_HPP
#define BAIVIET_RENDER_HPP

#include <string>
#include <string_view>
#include <vector>

#include "baiviet/article.hpp"
#include "baiviet/export.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/result.hpp"

namespace baiviet {

enum class output_format { html, json, text, jsonld };

struct html_options {
  bool full_page = false;     ///< whole document (<!doctype html>, <head>, default stylesheet)
  bool header = true;         ///< render <header> (kicker, title, sapo, byline, dateline)
  bool related = true;        ///< render the related-articles lists
  bool toc = false;           ///< table of contents (<nav class="bv-toc">) before the body
  int toc_max_level = 3;      ///< headings up to this level appear in the TOC
  std::string id_prefix;      ///< prepended to every heading id (e.g. "bv-") against DOM clobbering
  bool unsafe = false;        ///< pass raw HTML and every URL through (trusted input only!)
  bool markup_numbers = false;  ///< wrap numbers/dates in <data>/<time> (see format.hpp)
  bool jsonld = true;         ///< full page: embed <script type="application/ld+json">
  std::string stylesheet_href;  ///< full page: link this stylesheet instead of the built-in one
  /// Render the body exactly as cmark-gfm's HTML renderer would (no wrappers,
  /// ids, figures or header). Used to run the CommonMark/GFM spec through the
  /// model. In safe mode, raw HTML becomes "<!-- raw HTML omitted -->" as in cmark.
  bool commonmark_compat = false;
  bool tagfilter = true;      ///< unsafe mode: GFM tagfilter (<script>, <iframe> … disarmed)
};

struct json_options {
  bool pretty = true;   ///< 2-space indentation
  bool inlines = false; ///< include the inline tree ("content") besides "text"
};

struct render_options {
  parse_options parse;   ///< used by the one-call render(source, …) only
  output_format to = output_format::html;
  html_options html;
  json_options json;
};

/// What render(article, options) gives: the output and the warnings that go
/// with it (the article's own, from parsing, then any the rendering adds).
struct rendered {
  std::string output;
  std::vector<warning> warnings;
};

/// Heading anchors as rendered: one entry per heading, in order.
struct toc_entry {
  int level = 0;
  std::string text;
  std::string id;
};

BAIVIET_API std::string render_html(const article& a, const html_options& options = {});
BAIVIET_API std::string render_json(const article& a, const json_options& options = {});
BAIVIET_API std::string render_text(const article& a);
BAIVIET_API std::string render_jsonld(const article& a);
BAIVIET_API std::vector<toc_entry> table_of_contents(const article& a, const html_options& options = {});

/// Plain text of an inline sequence (what a reader sees).
BAIVIET_API std::string plain_text(const inlines& content);

/// The one output dispatch: renders a parsed article as options.to (html, json,
/// text, jsonld) with the html/json options; options.parse is not read. Every
/// front end (CLI, JSONL batch, C API, JS, Python) renders through it. An
/// article may be rendered any number of times, from any number of threads
/// (it is only read). Errors: errc::invalid_argument for an unknown output.
BAIVIET_API result<rendered> render(const article& a, const render_options& options);

/// Parse and render in one call: exactly parse(source, options.parse) then
/// render(article, options), after resolve_implications(options). Warnings are
/// dropped: use parse + render(article, …) to see them.
BAIVIET_API result<std::string> render(std::string_view source, const render_options& options = {});

/// Applies the implications between options, the one place they are written:
/// CommonMark-compatible output (html.commonmark_compat) parses without article
/// structure (so the body holds every heading and paragraph as cmark would) and
/// reads auto-detected input as Markdown; no GFM (parse.gfm = false) means no
/// tagfilter either. render(source, …) and every front end call it.
BAIVIET_API void resolve_implications(render_options& options);

}  // namespace baiviet

#endif
