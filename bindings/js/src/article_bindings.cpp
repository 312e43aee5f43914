// Articles that live in WebAssembly memory (lib/article.js): parse once, then
// render, excerpt, count, read as JSON — each call reads the parsed article.
// A handle is a number naming an entry of this table (never a raw pointer), so
// a stale or forged handle is an error, not a memory fault.
#include <charconv>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "baiviet/excerpt.hpp"
#include "baiviet/parse.hpp"
#include "baiviet/render.hpp"
#include "engine/options.hpp"
#include "glue.hpp"

namespace baiviet::js {
namespace {

using detail::call_kind;
using detail::call_options;

std::unordered_map<std::uint32_t, std::unique_ptr<article>>& articles() {
  static std::unordered_map<std::uint32_t, std::unique_ptr<article>> table;
  return table;
}
std::uint32_t g_next_handle = 0;

result<article*> find_article(std::string_view handle) {
  std::uint32_t id = 0;
  auto [end, ec] = std::from_chars(handle.data(), handle.data() + handle.size(), id);
  if (ec != std::errc() || end != handle.data() + handle.size())
    return make_error(errc::invalid_argument, "not an article handle");
  auto it = articles().find(id);
  if (it == articles().end())
    return make_error(errc::invalid_argument, "this article was freed (article.free() was called)");
  return it->second.get();
}

/// Options through the schema for `call`; `parse` options are refused on a parsed article.
error read(options& o, call_options& co, call_kind call, bool on_article) {
  const json* obj = o.object();
  if (!obj) return error{errc::ok, {}, 0};
  if (on_article && obj->is_object()) {
    for (const char* k : {"from", "parse"})
      if (obj->contains(k) && !(*obj)[k].is_null())
        return bad_argument(std::string("options.") + k +
                            " applies when parsing: pass it to parse(), not to a call on a parsed article");
  }
  return detail::read_options_json(co, *obj, call, true);
}

// article.parse(source, { from, gfm, …, dropChrome, … }) → handle
result<std::string> bind_parse(std::string_view source, options& o) {
  call_options co;
  if (error e = read(o, co, call_kind::parse, false); e.code != errc::ok) return e;
  // The implications that concern parsing (none today but compat, which is a render option).
  detail::resolve(co);
  auto a = parse(source, co.render.parse);
  if (!a) return a.error();
  std::uint32_t id = ++g_next_handle;
  if (id == 0) id = ++g_next_handle;  // 0 is never a handle
  articles()[id] = std::make_unique<article>(std::move(*a));
  return std::to_string(id);
}

result<std::string> bind_free(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return std::string("0");  // freeing twice is harmless
  std::uint32_t id = 0;
  std::from_chars(handle.data(), handle.data() + handle.size(), id);
  articles().erase(id);
  return std::string("1");
}

// article.render(handle, { to, html: {…}, json: {…} })
result<std::string> bind_render(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  call_options co;
  if (error e = read(o, co, call_kind::render, true); e.code != errc::ok) return e;
  detail::resolve(co);
  auto r = render(**a, co.render);
  if (!r) return r.error();
  return std::move(r->output);
}

// article.excerpt(handle, { limit, unit, source, to, ellipsis, sentenceThreshold, closeBrackets, readingTime })
result<std::string> bind_excerpt(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  call_options co;
  if (error e = read(o, co, call_kind::excerpt, true); e.code != errc::ok) return e;
  auto r = excerpt(**a, co.excerpt);
  if (!r) return r.error();
  json reading;
  if (co.excerpt_reading_time) reading = reading_time_json(article_reading_time(**a, co.reading));
  return dump(excerpt_json(*r, std::move(reading)));
}

result<std::string> bind_count(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  if (auto e = o.finish(); e.code != errc::ok) return e;
  auto c = article_counts(**a);
  return dump(counts_json(c));
}

result<std::string> bind_reading_time(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  call_options co;
  if (error e = read(o, co, call_kind::reading_time, true); e.code != errc::ok) return e;
  auto t = article_reading_time(**a, co.reading);
  return dump(reading_time_json(t));
}

// article.json(handle, { inlines }) → the JSON model (compact; the JS side parses it)
result<std::string> bind_json(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  json_options jo;
  jo.pretty = false;
  o.get("inlines", jo.inlines);
  if (auto e = o.finish(); e.code != errc::ok) return e;
  return render_json(**a, jo);
}

result<std::string> bind_warnings(std::string_view handle, options& o) {
  auto a = find_article(handle);
  if (!a) return a.error();
  if (auto e = o.finish(); e.code != errc::ok) return e;
  json w = json::array();
  for (const auto& x : (*a)->warnings) w.push_back({{"line", x.line}, {"message", x.message}});
  return dump(w);
}

result<std::string> bind_live(std::string_view, options& o) {
  if (auto e = o.finish(); e.code != errc::ok) return e;
  return std::to_string(articles().size());
}

const binding k_bindings[] = {
    {"article.parse", bind_parse},       {"article.free", bind_free},   {"article.render", bind_render},
    {"article.excerpt", bind_excerpt},   {"article.count", bind_count}, {"article.readingTime", bind_reading_time},
    {"article.json", bind_json},         {"article.warnings", bind_warnings}, {"article.live", bind_live},
};
const registrar k_register(k_bindings, sizeof k_bindings / sizeof k_bindings[0]);

}  // namespace
}  // namespace baiviet::js
