// Bindings for render.hpp and import.hpp: render (one call), importText, detectFormat,
// version. parse() makes an Article handle (article_bindings.cpp).
#include <string>

#include "baiviet/import.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "baiviet/version.hpp"
#include "engine/options.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

// render(source, { from, to, parse: {…}, html: {…}, json: {…} }): the names and nesting
// come from the option schema (engine/options.cpp), as for every front end.
// The options read from the last options object are kept (read_options_json is a function of
// the object alone, and bv_call reuses the object while the text stays the same): the same
// options on every call, the usual case, are read once.
result<std::string> bind_render(std::string_view source, options& o) {
  static std::uint64_t last_generation = 0;  // 0: nothing read yet
  static detail::call_options last;
  if (!o.object()) return render(source, detail::call_options().render);
  if (o.generation() == 0 || o.generation() != last_generation) {
    detail::call_options co;
    if (error e = detail::read_options_json(co, *o.object(), detail::call_kind::render, true); e.code != errc::ok)
      return e;
    last = std::move(co);
    last_generation = o.generation();
  }
  return render(source, last.render);
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
    {"importText", bind_import_text},
    {"detectFormat", bind_detect_format},
    {"version", bind_version},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
