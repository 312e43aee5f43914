// The dispatches of the engine layer, above the producers and the consumers:
// parse(source, options) → parse_markdown | import_text, and the one output
// dispatch render(article, options) → html | json | text | jsonld. The one-call
// render(source, options) is parse + render, nothing else.
#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"

namespace baiviet {

result<article> parse(std::string_view source, const parse_options& options) {
  input_format f = options.format == input_format::auto_detect ? detect_format(source) : options.format;
  if (f == input_format::text) {
    import_options io;
    io.max_input_bytes = options.max_input_bytes;
    io.drop_chrome = options.drop_chrome;
    io.related = options.related_lists;
    io.normalize = options.normalize;
    return import_text(source, io);
  }
  return parse_markdown(source, options);
}

void resolve_implications(render_options& o) {
  if (o.html.commonmark_compat) {
    o.parse.article_structure = false;
    if (o.parse.format == input_format::auto_detect) o.parse.format = input_format::markdown;
  }
  if (!o.parse.gfm) o.html.tagfilter = false;
}

result<rendered> render(const article& a, const render_options& options) {
  rendered r;
  r.warnings = a.warnings;
  const bool from_text = a.source_format == "text";
  if (options.to == output_format::html && options.html.commonmark_compat &&
      ((!a.title.empty() && (a.title_line || from_text)) ||
       ((!a.sapo.empty() || !a.sapo_inlines.empty()) && (a.sapo_line || from_text))))
    r.warnings.push_back({"CommonMark-compatible output of an article parsed with article structure: its title and "
                          "sapo are written as a heading and a bold paragraph before the body (parse with "
                          "article_structure off for cmark's exact output)",
                          0});
  switch (options.to) {
    case output_format::html: r.output = render_html(a, options.html); break;
    case output_format::json: r.output = render_json(a, options.json); break;
    case output_format::text: r.output = render_text(a); break;
    case output_format::jsonld: r.output = render_jsonld(a); break;
    default: return make_error(errc::invalid_argument, "unknown output format");
  }
  return r;
}

result<std::string> render(std::string_view source, const render_options& options) {
  render_options o = options;
  resolve_implications(o);
  auto parsed = parse(source, o.parse);
  if (!parsed) return parsed.error();
  auto out = render(*parsed, o);
  if (!out) return out.error();
  return std::move(out->output);
}

}  // namespace baiviet
