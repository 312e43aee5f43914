// Bindings for excerpt.hpp: excerpt (of an article, plain text or an HTML fragment) and the
// reading time of an article. Returns the excerpt_result as JSON.
#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "engine/options.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

// excerpt(source, { from: auto|markdown|text|html|plain, parse: {…}, limit, unit, source, to,
//                   ellipsis, sentenceThreshold, closeBrackets, readingTime }) — names from the schema
result<std::string> bind_excerpt(std::string_view input, options& o) {
  detail::call_options co;
  if (o.object())
    if (error e = detail::read_options_json(co, *o.object(), detail::call_kind::excerpt, true); e.code != errc::ok)
      return e;
  detail::resolve(co);
  const excerpt_options& x = co.excerpt;
  result<excerpt_result> r = make_error(errc::internal, "no excerpt");
  json reading;
  if (co.excerpt_from != detail::excerpt_input::article) {
    r = co.excerpt_from == detail::excerpt_input::html ? excerpt_html(input, x) : excerpt_text(input, x);
    if (co.excerpt_reading_time) reading = reading_time_json(estimate_reading_time(input, 0, co.reading));
  } else {
    auto a = parse(input, co.render.parse);
    if (!a) return a.error();
    r = excerpt(*a, x);
    if (co.excerpt_reading_time) reading = reading_time_json(article_reading_time(*a, co.reading));
  }
  if (!r) return r.error();
  return dump(excerpt_json(*r, std::move(reading)));
}

const binding k_bindings[] = {
    {"excerpt", bind_excerpt},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
