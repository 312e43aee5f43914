// Exported C functions used by bindings/js/lib/core.js, and the options reader.
#include "glue.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#include <emscripten/emscripten.h>

#include "markdown/json_reader.hpp"
#include "text/segment.hpp"

namespace baiviet::js {
namespace {

// Every binding of the module, sorted by name, in a fixed array that the registrars (static
// initialisers) fill by insertion: constant-initialised (so safe whatever the order of the
// initialisers), no allocation, and no std::vector code for a browser to compile at start-up —
// WebAssembly functions are compiled on their first call, and the vector's insert machinery was
// 10 of the 31 functions compiled during init() (docs/wasm.md, "init() in Chromium").
constexpr std::size_t k_max_bindings = 128;
binding g_bindings[k_max_bindings];
std::size_t g_binding_count = 0;

std::string g_out;  // output of the last call (reused: no growth across calls)

bool name_less(const binding& a, const char* name) { return std::strcmp(a.name, name) < 0; }

}  // namespace

// Kept sorted by name: bv_call finds a binding by binary search instead of comparing the name
// with every registered binding on every call.
registrar::registrar(const binding* table, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (g_binding_count == k_max_bindings) __builtin_trap();  // raise k_max_bindings
    // Placed before any binding of the same name, as std::lower_bound would place it.
    std::size_t j = g_binding_count++;
    for (; j > 0 && std::strcmp(g_bindings[j - 1].name, table[i].name) >= 0; --j) g_bindings[j] = g_bindings[j - 1];
    g_bindings[j] = table[i];
  }
}

options::options(const json* obj, std::string where) : obj_(obj), where_(std::move(where)) {
  if (obj_ && obj_->is_null()) obj_ = nullptr;
  if (obj_ && !obj_->is_object()) fail(where_ + " must be an object");
}

const json* options::find(const char* key) {
  if (!obj_) return nullptr;
  auto it = obj_->find(key);
  if (it == obj_->end()) return nullptr;
  used_.emplace_back(key);
  if (it->is_null()) return nullptr;  // undefined/null = default
  return &*it;
}

void options::fail(std::string message) {
  if (problem_.empty()) problem_ = std::move(message);
}

bool options::get(const char* key, bool& out) {
  const auto* v = find(key);
  if (!v) return false;
  if (!v->is_boolean()) { fail(where_ + "." + key + " must be a boolean"); return false; }
  out = v->get<bool>();
  return true;
}

bool options::get(const char* key, double& out) {
  const auto* v = find(key);
  if (!v) return false;
  if (!v->is_number()) { fail(where_ + "." + key + " must be a number"); return false; }
  out = v->get<double>();
  return true;
}

bool options::get(const char* key, int& out) {
  double d = 0;
  if (!get(key, d)) return false;
  if (!(d >= -2147483648.0 && d <= 2147483647.0) || d != std::floor(d)) {
    fail(where_ + "." + key + " must be an integer");
    return false;
  }
  out = static_cast<int>(d);
  return true;
}

bool options::get(const char* key, std::size_t& out) {
  double d = 0;
  if (!get(key, d)) return false;
  // size_t is 32 bits in wasm32: larger values would wrap around
  constexpr double max = std::min(9007199254740991.0, static_cast<double>(std::numeric_limits<std::size_t>::max()));
  if (!(d >= 0 && d <= max) || d != std::floor(d)) {
    fail(where_ + "." + key + " must be an integer from 0 to " + std::to_string(static_cast<std::uint64_t>(max)));
    return false;
  }
  out = static_cast<std::size_t>(d);
  return true;
}

bool options::get(const char* key, std::string& out) {
  const auto* v = find(key);
  if (!v) return false;
  if (!v->is_string()) { fail(where_ + "." + key + " must be a string"); return false; }
  out = v->get<std::string>();
  return true;
}

bool options::get(const char* key, char& out) {
  std::string s;
  if (!get(key, s)) return false;
  if (s.size() != 1) { fail(where_ + "." + key + " must be one ASCII character"); return false; }
  out = s[0];
  return true;
}

bool options::get_enum(const char* key, std::initializer_list<const char*> names, int& out) {
  std::string s;
  if (!get(key, s)) return false;
  int i = 0;
  for (const char* n : names) {
    if (s == n) { out = i; return true; }
    ++i;
  }
  std::string all;
  for (const char* n : names) all += (all.empty() ? "" : ", ") + std::string(n);
  fail(where_ + "." + key + " must be one of: " + all + " (got \"" + s + "\")");
  return false;
}

options options::sub(const char* key) {
  const auto* v = find(key);
  options o(v, where_ + "." + key);
  return o;
}

const json* options::raw(const char* key) { return find(key); }

baiviet::error options::finish() {
  if (problem_.empty() && obj_) {
    // Of several unknown keys the first in sorted order is named, whatever the caller's order.
    const std::string* unknown = nullptr;
    for (auto it = obj_->begin(); it != obj_->end(); ++it) {
      bool known = false;
      for (const auto& u : used_) known = known || u == it.key();
      if (!known && (!unknown || it.key() < *unknown)) unknown = &it.key();
    }
    if (unknown) fail("unknown option " + where_ + "." + *unknown);
  }
  if (problem_.empty()) return baiviet::error{errc::ok, {}, 0};
  return bad_argument(problem_);
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

namespace {

// nlohmann's DOM builder behind the virtual handler of the library's JSON reader, so that the
// glue and JSON front matter share one instantiation of nlohmann's lexer and parser.
class dom_builder final : public detail::json_sax_handler {
 public:
  explicit dom_builder(json& out) : dom_(out, false) {}
  bool null() override { return dom_.null(); }
  bool boolean(bool v) override { return dom_.boolean(v); }
  bool number_integer(number_integer_t v) override { return dom_.number_integer(v); }
  bool number_unsigned(number_unsigned_t v) override { return dom_.number_unsigned(v); }
  bool number_float(number_float_t v, const string_t& s) override { return dom_.number_float(v, s); }
  bool string(string_t& v) override { return dom_.string(v); }
  bool binary(binary_t& v) override { return dom_.binary(v); }
  bool start_object(std::size_t n) override { return dom_.start_object(n); }
  bool key(string_t& k) override { return dom_.key(k); }
  bool end_object() override { return dom_.end_object(); }
  bool start_array(std::size_t n) override { return dom_.start_array(n); }
  bool end_array() override { return dom_.end_array(); }
  bool parse_error(std::size_t at, const std::string& token, const nlohmann::detail::exception& ex) override {
    return dom_.parse_error(at, token, ex);
  }
  bool errored() const { return dom_.is_errored(); }

 private:
  nlohmann::detail::json_sax_dom_parser<json> dom_;
};

}  // namespace

json parse_json(std::string_view text) {
  json out;
  dom_builder dom(out);
  detail::json_lines lines;
  if (!detail::read_json(text, dom, lines) || dom.errored()) out = json(json::value_t::discarded);
  return out;
}

json reading_time_json(const reading_time& r) {
  return {{"images", r.images}, {"label", r.label}, {"minutes", r.minutes}, {"seconds", r.seconds}, {"words", r.words}};
}

json counts_json(const text_counts& c) {
  return {{"codePoints", c.code_points}, {"graphemes", c.graphemes}, {"sentences", c.sentences}, {"words", c.words}};
}

json excerpt_json(const excerpt_result& r, json reading_time) {
  json j = {{"ellipsis", r.ellipsis}, {"graphemes", r.graphemes}};
  if (!reading_time.is_null()) j["readingTime"] = std::move(reading_time);
  j["text"] = r.text;
  j["truncated"] = r.truncated;
  j["words"] = r.words;
  return j;
}

}  // namespace baiviet::js

using namespace baiviet::js;

extern "C" {

/// 16-byte aligned buffer (ICU data needs it); free with bv_free.
EMSCRIPTEN_KEEPALIVE void* bv_alloc(std::size_t n) { return std::aligned_alloc(16, (n + 15) & ~std::size_t{15}); }
EMSCRIPTEN_KEEPALIVE void bv_free(void* p) { std::free(p); }

EMSCRIPTEN_KEEPALIVE const char* bv_out_ptr() { return g_out.data(); }
EMSCRIPTEN_KEEPALIVE std::size_t bv_out_len() { return g_out.size(); }

/// Calls the binding `name` with `input` and `opts_json` (may be empty = no options).
/// `input_from_string`: the input was a JS string written by TextEncoder, which writes only
/// well-formed UTF-8, so it is not validated again (NUL bytes are still looked for; measured:
/// the validation was 5% of a Markdown render's profile in WASM).
/// Returns 0 on success (output: bv_out_*), else the errc value (output: error JSON).
EMSCRIPTEN_KEEPALIVE int bv_call(const char* name, const char* input, std::size_t input_len,
                                 const char* opts_json, std::size_t opts_len, int input_from_string) {
  g_out.clear();
  auto fail = [](const baiviet::error& e) {
    json j;
    j["code"] = baiviet::errc_name(e.code);
    j["line"] = e.line;
    j["message"] = e.message;
    g_out = baiviet::js::dump(j);
    int c = static_cast<int>(e.code);
    return c == 0 ? static_cast<int>(baiviet::errc::internal) : c;
  };
  handler fn = nullptr;
  const binding* begin = g_bindings;
  const binding* end = begin + g_binding_count;
  if (auto it = std::lower_bound(begin, end, name, name_less); it != end && std::strcmp(it->name, name) == 0)
    fn = it->fn;
  if (!fn) return fail(bad_argument(std::string("no such function: ") + name));

  // The parsed options of the last call are kept with their text: callers usually pass the
  // same options every time, and parsing them was ≈ 4% of a render of an article in WASM.
  // Handlers only read the object (options holds a const pointer).
  static std::string last_text;
  static json last_opts;
  static std::uint64_t last_generation = 0;
  const std::string_view text(opts_json ? opts_json : "", opts_len);
  if (opts_len > 0 && text != last_text) {
    json parsed = parse_json(text);
    if (parsed.is_discarded()) return fail(bad_argument("options are not valid JSON"));
    last_opts = std::move(parsed);
    last_text.assign(text);
    ++last_generation;
  }
  options reader(opts_len > 0 ? &last_opts : nullptr);
  if (opts_len > 0) reader.set_generation(last_generation);
  std::optional<baiviet::detail::known_valid_utf8> valid;
  if (input_from_string && input) valid.emplace(input, input_len);
  auto r = fn(std::string_view(input ? input : "", input_len), reader);
  if (!r) return fail(r.error());
  g_out = std::move(r.value());
  return 0;
}

/// Names of every registered binding, one per line (for the JS side's self-check).
EMSCRIPTEN_KEEPALIVE const char* bv_names() {
  static std::string names;
  names.clear();
  for (std::size_t i = 0; i < g_binding_count; ++i) {
    names += g_bindings[i].name;
    names += '\n';
  }
  return names.c_str();
}

/// Releases the capacity of the output buffer (after a very large call).
EMSCRIPTEN_KEEPALIVE void bv_trim() { std::string().swap(g_out); }

}  // extern "C"
