// Bindings for text.hpp: text.slugify, text.foldForSearch, text.normalize, text.toNfc,
// text.sanitizeUtf8.
#include <string>

#include "baiviet/text.hpp"
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

const binding k_bindings[] = {
    {"text.slugify", bind_slugify},
    {"text.foldForSearch", bind_fold},
    {"text.toNfc", bind_to_nfc},
    {"text.normalize", bind_normalize},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
