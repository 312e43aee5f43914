// Glue between the JS package and the C++ API: one exported entry point, bv_call(name, input,
// options), dispatches to handlers registered per area (render_bindings.cpp, text_bindings.cpp,
// format_bindings.cpp, …). Inputs are UTF-8 text plus an options object as JSON; the output is
// UTF-8 text (JSON where the JS side wants an object). Errors come back as
// {"code": "<errc_name>", "message": …, "line": …}.
//
// Adding a function: write `result<std::string> fn(std::string_view input, options& o)` in the
// area's file and list it in that file's registration table; then add the JS wrapper in
// bindings/js/lib/. No embind: plain C exports keep the JS glue small and RTTI optional.
#ifndef BAIVIET_JS_GLUE_HPP
#define BAIVIET_JS_GLUE_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <nlohmann/json.hpp>

#include "baiviet/excerpt.hpp"
#include "baiviet/result.hpp"
#include "baiviet/text.hpp"

namespace baiviet::js {

/// The package's one JSON type: the library writes ordered_json, and one type means one copy
/// of nlohmann's templates in the .wasm (std::map's nlohmann::json beside it cost 1.5 KB brotli
/// in the core, 1.7 KB in the full build). The objects handed to JS are written with their keys
/// in sorted order, as they always were.
using json = nlohmann::ordered_json;

/// The JSON text of `j` (invalid UTF-8 replaced, never an abort under JSON_NOEXCEPTION).
std::string dump(const json& j);
/// `text` parsed as JSON, or a discarded value when it is not JSON: json::parse(text, nullptr,
/// false) without the callback parser that json::parse instantiates beside the plain one
/// (nlohmann picks between them at run time; the callback one cost ≈ 1 KB brotli), read through
/// the library's JSON reader (src/markdown/json_reader.hpp) that JSON front matter uses.
json parse_json(std::string_view text);
/// A reading time as readingTime() and excerpt()'s readingTime return it.
json reading_time_json(const reading_time& r);
/// Text counts as count() returns them.
json counts_json(const text_counts& c);
/// An excerpt as excerpt() returns it; `reading_time` (null: not asked for) is its readingTime.
json excerpt_json(const excerpt_result& r, json reading_time);

/// Reads typed fields from the options JSON object; every key must be consumed (typos are
/// errors, not silently ignored) and every type is checked (no exceptions under
/// JSON_NOEXCEPTION: a wrong type would abort).
class options {
 public:
  explicit options(const json* obj, std::string where = "options");

  bool get(const char* key, bool& out);
  bool get(const char* key, int& out);
  bool get(const char* key, double& out);
  bool get(const char* key, std::size_t& out);
  bool get(const char* key, std::string& out);
  bool get(const char* key, char& out);  ///< a one-character string
  /// A string that must be one of `names`; out = its index.
  bool get_enum(const char* key, std::initializer_list<const char*> names, int& out);
  /// A nested object (absent → an empty object).
  options sub(const char* key);
  /// Raw access (nullptr when absent); marks the key used.
  const json* raw(const char* key);
  /// The whole options object (nullptr when none was given), for readers that
  /// take it whole: the option schema (engine/options.hpp) checks every key itself.
  const json* object() const { return obj_; }
  /// Which parse of the options text the object is: bv_call keeps the parsed options of
  /// the last call and changes this number only when the text changes, so a handler that
  /// keeps what it read from the object (bind_render) re-reads it only then. 0: none.
  std::uint64_t generation() const { return generation_; }
  void set_generation(std::uint64_t g) { generation_ = g; }

  /// The first problem found (bad type, unknown key), or ok.
  baiviet::error finish();
  bool failed() const { return !problem_.empty(); }

 private:
  const json* find(const char* key);
  void fail(std::string message);
  const json* obj_;
  std::uint64_t generation_ = 0;
  std::string where_;
  std::string problem_;
  std::vector<std::string> used_;
};

using handler = result<std::string> (*)(std::string_view input, options& opts);

struct binding {
  const char* name;  ///< "render", "text.slugify", …
  handler fn;
};

/// Registers a table of bindings (called from a static initialiser in each area file).
struct registrar {
  registrar(const binding* table, std::size_t count);
};

/// Shortcut for errors raised by the glue itself.
inline baiviet::error bad_argument(std::string message) {
  return baiviet::make_error(errc::invalid_argument, std::move(message));
}

}  // namespace baiviet::js

#endif
