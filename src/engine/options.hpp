// The option schema: every option of parse, text import, render, excerpt and
// reading time declared once — name, type, default, which outputs it affects,
// and its name on each front end (CLI flag, JSONL key, C flag, JS, Python).
// The CLI, the JSONL batch, the C API and the JS glue set options only through
// it, so they cannot drift; `baiviet options --json` prints it for the tests
// (parity over every option, TypeScript and Python names checked against it).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "baiviet/excerpt.hpp"
#include "baiviet/render.hpp"
#include "baiviet/result.hpp"

namespace baiviet::detail {

/// What excerpt() reads: an article (parsed as `render.parse.format` says) or a fragment.
enum class excerpt_input { article, html, plain };

/// Every option a call can take, in one place.
struct call_options {
  render_options render;   ///< .parse (incl. text import), .to, .html, .json
  excerpt_options excerpt;
  excerpt_input excerpt_from = excerpt_input::article;
  bool excerpt_reading_time = false;  ///< excerpt: also the reading time
  reading_options reading;
  call_options() { render.parse.format = input_format::auto_detect; }
};

enum class option_kind { flag, integer, number, text, choice };

/// Option groups; a call accepts some of them (see `accepts`).
enum class option_group : unsigned {
  input = 1u << 0,    ///< "from" of render/parse
  parse = 1u << 1,    ///< Markdown parsing and limits
  import = 1u << 2,   ///< text import
  output = 1u << 3,   ///< "to" of render
  html = 1u << 4,
  json = 1u << 5,
  excerpt = 1u << 6,  ///< excerpt (its own "from" and "to")
  reading = 1u << 7,
};

/// Calls and the groups they accept.
enum class call_kind { parse, render, excerpt, reading_time };
unsigned groups_of(call_kind call) noexcept;

/// Outputs an option can change (for the schema dump and the parity test).
enum : unsigned {
  affects_html = 1u << 0,
  affects_json = 1u << 1,
  affects_text = 1u << 2,
  affects_jsonld = 1u << 3,
  affects_excerpt = 1u << 4,
  affects_reading = 1u << 5,
  affects_model = affects_html | affects_json | affects_text | affects_jsonld | affects_excerpt | affects_reading,
};

/// A value as a front end gives it.
struct option_value {
  enum class type { boolean, integer, number, text } t = type::boolean;
  bool b = false;
  std::int64_t i = 0;
  double d = 0;
  std::string s;
  static option_value of(bool v) { option_value x; x.t = type::boolean; x.b = v; return x; }
  static option_value of_int(std::int64_t v) { option_value x; x.t = type::integer; x.i = v; x.d = static_cast<double>(v); return x; }
  static option_value of_number(double v) { option_value x; x.t = type::number; x.d = v; return x; }
  static option_value of_text(std::string v) { option_value x; x.t = type::text; x.s = std::move(v); return x; }
};

struct option_spec {
  std::string_view name;     ///< canonical snake_case: JSONL key, Python keyword, C setter name
  option_group group;
  option_kind kind;
  std::string_view js;       ///< JS name (camelCase) inside the group's object (see docs/engine.md)
  std::string_view cli;      ///< CLI flag ("--toc"), "" when the CLI has none
  bool cli_negates;          ///< the CLI flag sets a default-true flag to false ("--no-gfm")
  unsigned c_flag;           ///< C API bit (BAIVIET_RENDER_* / BAIVIET_IMPORT_*), 0 = a setter
  bool c_flag_negates;       ///< the C bit sets the option to false
  std::string_view choices;  ///< "html|json|text|jsonld" for choice options (first = canonical order)
  std::int64_t min, max;     ///< integers; numbers use them as a closed range too
  unsigned affects;          ///< affects_* bits
  std::string_view aliases;  ///< older JSONL/JS names still accepted ("compat structure"), space-separated
  std::string_view help;     ///< one line for --help and the docs
  /// Writes a checked value into the options. Returns false with `why` set when out of range.
  bool (*set)(call_options&, const option_value&, std::string& why);
  /// The current value (the default when read from call_options{}).
  option_value (*get)(const call_options&);
};

/// The whole schema, in documentation order.
std::span<const option_spec> option_schema() noexcept;

/// By canonical name or alias; nullptr if unknown.
const option_spec* find_option(std::string_view name) noexcept;
/// By JS name within a group mask; nullptr if unknown.
const option_spec* find_js_option(std::string_view js_name, unsigned groups) noexcept;

/// Sets an option from text (CLI value, C setter): "true"/"false"/"1"/"0" for
/// flags, decimal integers, numbers, choice names. Errors name the option.
error set_option_text(call_options& o, const option_spec& spec, std::string_view text);
/// Sets an option from a JSON value (JSONL, JS); the JSON type must match.
error set_option_json(call_options& o, const option_spec& spec, const nlohmann::ordered_json& value, std::string_view shown_name);

/// Reads a JSON object of options (JSONL line: canonical names and aliases, or JS
/// names when `js` is true; JS nests parse/html/json groups as render() documents).
/// Unknown keys are errors. `skip` names keys that are not options ("source", "id").
error read_options_json(call_options& o, const nlohmann::ordered_json& obj, call_kind call, bool js,
                        std::span<const std::string_view> skip = {});

/// The implications between options, applied once after all are set.
void resolve(call_options& o);

/// The schema as JSON (for `baiviet options --json` and the tests).
std::string option_schema_json();

/// "--toc" → the spec (CLI flags of the groups of `call`); nullptr if unknown.
const option_spec* find_cli_option(std::string_view flag, call_kind call) noexcept;
/// The CLI help lines of the options of `call`.
std::string cli_help(call_kind call);

}  // namespace baiviet::detail
