// Bindings for parse.hpp, render.hpp and import.hpp: render, parse, importText, detectFormat.
// Option names are the C++ field names in camelCase (articleStructure ↔ article_structure).
#include <string>

#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "baiviet/version.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

constexpr std::initializer_list<const char*> k_input_formats = {"auto", "markdown", "text"};

input_format to_input_format(int i) {
  switch (i) {
    case 0: return input_format::auto_detect;
    case 1: return input_format::markdown;
    default: return input_format::text;
  }
}

void read_parse_options(options& o, parse_options& p) {
  int f = -1;
  if (o.get_enum("format", k_input_formats, f)) p.format = to_input_format(f);
  o.get("gfm", p.gfm);
  o.get("footnotes", p.footnotes);
  o.get("articleStructure", p.article_structure);
  o.get("smartPunctuation", p.smart_punctuation);
  o.get("lenientFrontMatter", p.lenient_front_matter);
  o.get("maxInputBytes", p.max_input_bytes);
  o.get("maxNesting", p.max_nesting);
  std::size_t scan = 0;
  if (o.get("maxEmphasisScan", scan)) p.max_emphasis_scan = scan;
}

void read_html_options(options& o, html_options& h) {
  o.get("fullPage", h.full_page);
  o.get("header", h.header);
  o.get("related", h.related);
  o.get("toc", h.toc);
  o.get("tocMaxLevel", h.toc_max_level);
  o.get("idPrefix", h.id_prefix);
  o.get("unsafe", h.unsafe);
  o.get("markupNumbers", h.markup_numbers);
  o.get("jsonld", h.jsonld);
  o.get("stylesheetHref", h.stylesheet_href);
  o.get("commonmarkCompat", h.commonmark_compat);
  o.get("tagfilter", h.tagfilter);
}

void read_json_options(options& o, json_options& j) {
  o.get("pretty", j.pretty);
  o.get("inlines", j.inlines);
}

/// Finishes a nested reader into its parent's result.
bool check(options& o, baiviet::error& err) {
  auto e = o.finish();
  if (e.code != errc::ok && err.code == errc::ok) err = e;
  return err.code == errc::ok;
}

// render(source, { to, from, parse: {...}, html: {...}, json: {...} })
result<std::string> bind_render(std::string_view source, options& o) {
  render_options r;
  baiviet::error err{errc::ok, {}, 0};
  int to = -1;
  if (o.get_enum("to", {"html", "json", "text", "jsonld"}, to)) r.to = static_cast<output_format>(to);
  int from = -1;
  bool has_from = o.get_enum("from", k_input_formats, from);
  auto po = o.sub("parse");
  read_parse_options(po, r.parse);
  if (has_from) r.parse.format = to_input_format(from);
  auto ho = o.sub("html");
  read_html_options(ho, r.html);
  auto jo = o.sub("json");
  read_json_options(jo, r.json);
  check(po, err);
  check(ho, err);
  check(jo, err);
  check(o, err);
  if (err.code != errc::ok) return err;
  return render(source, r);
}

// parse(source, { ...parse options, inlines }) → JSON model (compact; JS side JSON.parse()s it)
result<std::string> bind_parse(std::string_view source, options& o) {
  parse_options p;
  read_parse_options(o, p);
  json_options j;
  j.pretty = false;
  o.get("inlines", j.inlines);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto a = parse(source, p);
  if (!a) return a.error();
  return render_json(*a, j);
}

// importText(text, { dropChrome, related, normalize, maxInputBytes, inlines }) → JSON model
result<std::string> bind_import_text(std::string_view text, options& o) {
  import_options io;
  o.get("dropChrome", io.drop_chrome);
  o.get("related", io.related);
  o.get("normalize", io.normalize);
  o.get("maxInputBytes", io.max_input_bytes);
  json_options j;
  j.pretty = false;
  o.get("inlines", j.inlines);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto a = import_text(text, io);
  if (!a) return a.error();
  return render_json(*a, j);
}

result<std::string> bind_detect_format(std::string_view source, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return std::string(detect_format(source) == input_format::markdown ? "markdown" : "text");
}

result<std::string> bind_version(std::string_view, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return std::string(baiviet::version());
}

const binding k_bindings[] = {
    {"render", bind_render},
    {"parse", bind_parse},
    {"importText", bind_import_text},
    {"detectFormat", bind_detect_format},
    {"version", bind_version},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
