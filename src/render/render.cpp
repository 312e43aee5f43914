// render(): parse and render in one call.
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"

namespace baiviet {

result<std::string> render(std::string_view source, const render_options& options) {
  auto parsed = parse(source, options.parse);
  if (!parsed) return parsed.error();
  switch (options.to) {
    case output_format::html: return render_html(*parsed, options.html);
    case output_format::json: return render_json(*parsed, options.json);
    case output_format::text: return render_text(*parsed);
    case output_format::jsonld: return render_jsonld(*parsed);
  }
  return make_error(errc::invalid_argument, "unknown output format");
}

}  // namespace baiviet
