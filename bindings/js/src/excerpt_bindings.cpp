// Bindings for excerpt.hpp: excerpt (of an article, plain text or an HTML fragment) and the
// reading time of an article. Returns the excerpt_result as JSON.
#include <string>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

nlohmann::json reading_json(const reading_time& r) {
  return {{"words", r.words}, {"images", r.images}, {"seconds", r.seconds}, {"minutes", r.minutes},
          {"label", r.label}};
}

// excerpt(source, { from: auto|markdown|text|html|plain, limit, unit, source, to, ellipsis,
//                   sentenceThreshold, closeBrackets, readingTime, lenientFrontMatter })
result<std::string> bind_excerpt(std::string_view input, options& o) {
  excerpt_options x;
  int from = 0;
  o.get_enum("from", {"auto", "markdown", "text", "html", "plain"}, from);
  o.get("limit", x.limit);
  int i = -1;
  if (o.get_enum("unit", {"graphemes", "words", "sentences"}, i)) x.unit = static_cast<excerpt_unit>(i);
  if (o.get_enum("source", {"auto", "sapo", "body"}, i)) x.source = static_cast<excerpt_source>(i);
  if (o.get_enum("to", {"text", "html"}, i)) x.to = static_cast<excerpt_output>(i);
  o.get("ellipsis", x.ellipsis);
  if (o.get("sentenceThreshold", x.sentence_threshold) &&
      !(x.sentence_threshold >= 0.0 && x.sentence_threshold <= 1.0))
    return bad_argument("options.sentenceThreshold must be within 0..1");
  o.get("closeBrackets", x.close_brackets);
  bool with_reading = false;
  o.get("readingTime", with_reading);
  bool lenient = false;
  o.get("lenientFrontMatter", lenient);
  auto e = o.finish();
  if (e.code != errc::ok) return e;

  result<excerpt_result> r = make_error(errc::internal, "no excerpt");
  nlohmann::json reading;
  if (from == 3 || from == 4) {
    r = from == 3 ? excerpt_html(input, x) : excerpt_text(input, x);
    if (with_reading) reading = reading_json(estimate_reading_time(input));
  } else {
    parse_options po;
    po.lenient_front_matter = lenient;
    po.format = from == 1 ? input_format::markdown : from == 2 ? input_format::text : input_format::auto_detect;
    auto a = parse(input, po);
    if (!a) return a.error();
    r = excerpt(*a, x);
    if (with_reading) reading = reading_json(article_reading_time(*a));
  }
  if (!r) return r.error();
  nlohmann::json j = {{"text", r->text}, {"truncated", r->truncated}, {"ellipsis", r->ellipsis},
                      {"graphemes", r->graphemes}, {"words", r->words}};
  if (with_reading) j["readingTime"] = reading;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const binding k_bindings[] = {
    {"excerpt", bind_excerpt},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
