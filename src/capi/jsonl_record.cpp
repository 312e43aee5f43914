// One JSON Lines record of the batch format (see jsonl_record.hpp).
//
//   in:  {"id": 7, "source": "…", "from": "markdown", "to": "html" | ["html", "excerpt", …],
//         options by their schema names…, "excerpt": {excerpt options}, "reading_time": {…}, "meta": …}
//   out: {"id": 7, "ok": true, "output": …}                  one output ("to" a string)
//        {"id": 7, "ok": true, "outputs": {"html": …, …}}     several ("to" an array)
//        {"id": 7, "ok": false, "error": {"code", "message", "line", "input_line"}}
// html and text are strings; json, jsonld, excerpt, reading_time and counts are objects.
#include "capi/jsonl_record.hpp"

#include <array>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "capi/capi_util.hpp"

namespace baiviet::detail {

namespace {

using ordered = nlohmann::ordered_json;  // keys in the order read or written

struct record_error {
  std::string code;
  std::string message;
  std::size_t line = 0;
};

enum class output { html, json, text, jsonld, excerpt, reading_time, counts };
constexpr std::array<std::string_view, 7> k_output_names = {"html", "json", "text", "jsonld",
                                                             "excerpt", "reading_time", "counts"};

constexpr std::string_view k_not_options[] = {"source", "id", "meta", "to", "excerpt", "reading_time"};

std::string dump(const ordered& j) { return j.dump(-1, ' ', false, ordered::error_handler_t::replace); }

std::string error_record(const ordered& id, const record_error& e, std::size_t input_line) {
  ordered err = ordered::object();
  err["code"] = e.code;
  err["message"] = e.message;
  err["line"] = e.line;
  err["input_line"] = input_line;
  ordered j = ordered::object();
  j["id"] = id;
  j["ok"] = false;
  j["error"] = std::move(err);
  return dump(j);
}

/// Why a line is not JSON, from a SAX pass (no exceptions needed: the WASM
/// build has none): "not valid JSON at byte 12: … ill-formed UTF-8 byte".
struct error_finder : nlohmann::json_sax<ordered> {
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error … ; last read: '…'"
    if (auto c = what.find(": "); c != std::string::npos) what.erase(0, c + 2);
    if (auto l = what.find("; last read"); l != std::string::npos) what.erase(l);
    message = "not valid JSON at byte " + std::to_string(position) + ": " + what;
    return false;
  }
};

std::string why_not_json(std::string_view text) {
  error_finder f;
  ordered::sax_parse(text, &f);
  return f.message.empty() ? "not valid JSON" : f.message;
}

/// A JSON text that the library produced, as an object to embed (never fails
/// in practice; falls back to the text).
ordered embedded(const std::string& text) {
  ordered j = ordered::parse(text, nullptr, false);
  if (j.is_discarded()) return ordered(text);
  return j;
}

/// "id" and "meta" are echoed with the keys of their objects sorted, as they always were
/// (the record is read in the order of its text, the echo goes through a std::map).
ordered echoed(const ordered& v) { return ordered(nlohmann::json(v)); }

ordered reading_json(const reading_time& r) {
  ordered j = ordered::object();
  j["words"] = r.words;
  j["images"] = r.images;
  j["seconds"] = r.seconds;
  j["minutes"] = r.minutes;
  j["label"] = r.label;
  return j;
}

/// "field 'limit' …" of a nested object → "field 'excerpt.limit' …".
std::string nested_message(std::string message, std::string_view object) {
  const std::string from = "field '";
  if (auto p = message.find(from); p != std::string::npos) message.insert(p + from.size(), std::string(object) + ".");
  return message;
}

/// Reads "to": a name or an array of distinct names.
std::optional<record_error> read_outputs(const ordered& obj, const call_options& o, std::vector<output>& outs, bool& list) {
  auto it = obj.find("to");
  auto name_of = [](const ordered& v, output& out) {
    if (!v.is_string()) return false;
    const std::string& s = v.get_ref<const std::string&>();
    const std::string_view alias = s == "json-ld" ? std::string_view("jsonld") : std::string_view(s);
    for (std::size_t i = 0; i < k_output_names.size(); ++i)
      if (k_output_names[i] == alias) {
        out = static_cast<output>(i);
        return true;
      }
    return false;
  };
  const std::string names = "html, json, text, jsonld, excerpt, reading_time, counts";
  list = false;
  if (it == obj.end()) {
    outs = {static_cast<output>(static_cast<int>(o.render.to))};
    return std::nullopt;
  }
  if (it->is_array()) {
    list = true;
    if (it->empty()) return record_error{"invalid_argument", "field 'to': an empty list (give one or more of " + names + ")"};
    for (const auto& v : *it) {
      output out;
      if (!name_of(v, out))
        return record_error{"invalid_argument", "field 'to': unknown output " + v.dump(-1, ' ', false, ordered::error_handler_t::replace) +
                                                    " (one of " + names + ")"};
      for (output seen : outs)
        if (seen == out) return record_error{"invalid_argument", "field 'to': " + std::string(k_output_names[static_cast<int>(out)]) + " twice"};
      outs.push_back(out);
    }
    return std::nullopt;
  }
  output out;
  if (!name_of(*it, out))
    return record_error{"invalid_argument", "field 'to' must be one of " + names + ", or an array of them"};
  outs = {out};
  return std::nullopt;
}

/// Reads the nested "excerpt" and "reading_time" option objects.
std::optional<record_error> read_nested(const ordered& obj, call_options& o) {
  if (auto it = obj.find("excerpt"); it != obj.end() && !it->is_null()) {
    if (!it->is_object()) return record_error{"invalid_argument", "field 'excerpt' must be an object of excerpt options"};
    for (auto jt = it->begin(); jt != it->end(); ++jt) {
      const option_spec* spec = find_option(jt.key());
      if (spec && (spec->group == option_group::input || spec->group == option_group::parse ||
                   spec->group == option_group::import))
        return record_error{"invalid_argument", "field 'excerpt." + jt.key() +
                                                    "': the excerpt reads the line's article; parse options go on the line"};
    }
    if (error e = read_options_json(o, *it, call_kind::excerpt, false); e.code != errc::ok)
      return record_error{errc_name(e.code), nested_message(e.message, "excerpt")};
  }
  if (auto it = obj.find("reading_time"); it != obj.end() && !it->is_null()) {
    if (!it->is_object()) return record_error{"invalid_argument", "field 'reading_time' must be an object of reading options"};
    if (error e = read_options_json(o, *it, call_kind::reading_time, false); e.code != errc::ok)
      return record_error{errc_name(e.code), nested_message(e.message, "reading_time")};
  }
  return std::nullopt;
}

std::string record(std::string_view text, std::size_t input_line, const call_options& defaults, bool& ok) {
  ordered id = input_line;
  ordered obj = ordered::parse(text, nullptr, false);
  if (obj.is_discarded()) return error_record(id, {"invalid_input", why_not_json(text)}, input_line);
  if (!obj.is_object()) return error_record(id, {"invalid_input", "expected a JSON object"}, input_line);
  if (auto it = obj.find("id"); it != obj.end()) id = echoed(*it);
  auto src = obj.find("source");
  if (src == obj.end() || !src->is_string())
    return error_record(id, {"invalid_argument", "field 'source': expected a string"}, input_line);
  call_options o = defaults;
  if (error e = read_options_json(o, obj, call_kind::render, false, k_not_options); e.code != errc::ok)
    return error_record(id, {errc_name(e.code), e.message}, input_line);
  std::vector<output> outs;
  bool list = false;
  if (auto e = read_outputs(obj, o, outs, list)) return error_record(id, *e, input_line);
  if (auto e = read_nested(obj, o)) return error_record(id, *e, input_line);
  resolve(o);

  auto parsed = parse(src->get_ref<const std::string&>(), o.render.parse);
  if (!parsed) return error_record(id, {errc_name(parsed.error().code), parsed.error().message, parsed.error().line}, input_line);
  const article& a = *parsed;

  ordered values = ordered::object();
  std::vector<warning> warnings = a.warnings;
  for (output out : outs) {
    const std::string name(k_output_names[static_cast<int>(out)]);
    switch (out) {
      case output::html:
      case output::json:
      case output::text:
      case output::jsonld: {
        render_options ro = o.render;
        ro.to = static_cast<output_format>(static_cast<int>(out));
        auto r = render(a, ro);
        if (!r) return error_record(id, {errc_name(r.error().code), r.error().message, r.error().line}, input_line);
        if (r->warnings.size() > warnings.size()) warnings = r->warnings;
        if (out == output::json || out == output::jsonld) values[name] = embedded(r->output);
        else values[name] = std::move(r->output);
        break;
      }
      case output::excerpt: {
        auto x = excerpt(a, o.excerpt);
        if (!x) return error_record(id, {errc_name(x.error().code), x.error().message, x.error().line}, input_line);
        ordered j = ordered::object();
        j["text"] = std::move(x->text);
        j["truncated"] = x->truncated;
        j["ellipsis"] = x->ellipsis;
        j["graphemes"] = x->graphemes;
        j["words"] = x->words;
        if (o.excerpt_reading_time) j["reading_time"] = reading_json(article_reading_time(a, o.reading));
        values[name] = std::move(j);
        break;
      }
      case output::reading_time: values[name] = reading_json(article_reading_time(a, o.reading)); break;
      case output::counts: {
        text_counts c = article_counts(a);
        ordered j = ordered::object();
        j["graphemes"] = c.graphemes;
        j["code_points"] = c.code_points;
        j["words"] = c.words;
        j["sentences"] = c.sentences;
        values[name] = std::move(j);
        break;
      }
    }
  }

  ordered j = ordered::object();
  j["id"] = std::move(id);
  j["ok"] = true;
  if (list) j["outputs"] = std::move(values);
  else j["output"] = std::move(values.begin().value());
  if (!warnings.empty()) {
    ordered ws = ordered::array();
    for (const auto& w : warnings) {
      ordered x = ordered::object();
      x["message"] = w.message;
      x["line"] = w.line;
      ws.push_back(std::move(x));
    }
    j["warnings"] = std::move(ws);
  }
  if (auto meta = obj.find("meta"); meta != obj.end()) j["meta"] = echoed(*meta);
  ok = true;
  return dump(j);
}

}  // namespace

std::string oversize_record(std::size_t input_line, std::size_t max_line_bytes) {
  return error_record(ordered(input_line),
                      {"too_large", "input line longer than " + std::to_string(max_line_bytes) +
                                        " bytes (the limit, --max-line-bytes); not read"},
                      input_line);
}

std::string render_record(std::string_view text, std::size_t input_line, const call_options& defaults,
                          std::size_t max_line_bytes, bool& ok) {
  ok = false;
  if (max_line_bytes && text.size() > max_line_bytes) return oversize_record(input_line, max_line_bytes);
#if BAIVIET_CAPI_EXCEPTIONS
  try {
    return record(text, input_line, defaults, ok);
  } catch (const std::bad_alloc&) {
    ok = false;
    return error_record(ordered(input_line), {"out_of_memory", "out of memory"}, input_line);
  } catch (const std::exception& e) {
    ok = false;
    return error_record(ordered(input_line), {"internal", e.what()}, input_line);
  }
#else
  return record(text, input_line, defaults, ok);
#endif
}

}  // namespace baiviet::detail
