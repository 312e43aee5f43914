// Bindings for text.hpp: text.slugify, text.foldForSearch, text.normalize, text.toNfc,
// text.applyToneStyle, text.count, text.splitSentences, text.readingTime, text.commentStatus.
#include <string>

#include "baiviet/text.hpp"
#include "engine/options.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

result<std::string> bind_slugify(std::string_view text, options& o) {
  slug_options s;
  o.get("maxLength", s.max_length);
  o.get("separator", s.separator);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return slugify(text, s);
}

result<std::string> bind_fold(std::string_view text, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return fold_for_search(text);
}

result<std::string> bind_to_nfc(std::string_view text, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return to_nfc(text);
}

result<std::string> bind_normalize(std::string_view text, options& o) {
  normalize_options n;
  o.get("nfc", n.nfc);
  o.get("lookalikes", n.lookalikes);
  o.get("whitespace", n.whitespace);
  o.get("zeroWidth", n.zero_width);
  int tones = -1;
  if (o.get_enum("tones", {"keep", "modern", "traditional"}, tones)) n.tones = static_cast<tone_style>(tones);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return normalize(text, n);
}

result<std::string> bind_apply_tone_style(std::string_view text, options& o) {
  int tones = 0;
  o.get_enum("tones", {"keep", "modern", "traditional"}, tones);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return apply_tone_style(text, static_cast<tone_style>(tones));
}

result<std::string> bind_count_text(std::string_view text, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto c = count_text(text);
  return dump(counts_json(c));
}

result<std::string> bind_split_sentences(std::string_view text, options& o) {
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  return dump(json(split_sentences(text)));
}

// text.readingTime(text, { images, wordsPerMinute, countImages }): the reading options
// come from the schema; `images` (pictures in a plain text) is this call's own.
result<std::string> bind_reading_time(std::string_view text, options& o) {
  std::size_t images = 0;
  o.get("images", images);
  if (o.failed()) return o.finish();
  detail::call_options co;
  constexpr std::string_view own[] = {"images"};
  if (o.object())
    if (error e = detail::read_options_json(co, *o.object(), detail::call_kind::reading_time, true, own);
        e.code != errc::ok)
      return e;
  return dump(reading_time_json(estimate_reading_time(text, images, co.reading)));
}

result<std::string> bind_comment_status(std::string_view text, options& o) {
  std::size_t min = 5, max = 500;
  o.get("min", min);
  o.get("max", max);
  auto e = o.finish();
  if (e.code != errc::ok) return e;
  auto c = comment_status(text, min, max);
  json j = {{"counter", c.counter}, {"max", c.max},           {"message", c.message},
            {"min", c.min},         {"remaining", c.remaining}, {"tooLong", c.too_long},
            {"tooShort", c.too_short}, {"used", c.used},     {"valid", c.valid}};
  return dump(j);
}

const binding k_bindings[] = {
    {"text.slugify", bind_slugify},
    {"text.foldForSearch", bind_fold},
    {"text.toNfc", bind_to_nfc},
    {"text.normalize", bind_normalize},
    {"text.applyToneStyle", bind_apply_tone_style},
    {"text.count", bind_count_text},
    {"text.splitSentences", bind_split_sentences},
    {"text.readingTime", bind_reading_time},
    {"text.commentStatus", bind_comment_status},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
