// The one output dispatch: render(article, options) → html | json | text | jsonld.
// The one-call render(source, options) is parse + this, nothing else.
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"

namespace baiviet {

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
