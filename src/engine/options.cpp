// The option schema (see options.hpp): one table, and the readers every front
// end uses to set options from text (CLI, C setters) or JSON (JSONL, JS).
#include "engine/options.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <vector>

#include <nlohmann/json.hpp>

#include "baiviet/baiviet.h"

namespace baiviet::detail {

namespace {

using G = option_group;
using K = option_kind;
constexpr std::int64_t no_max = std::numeric_limits<std::int64_t>::max();
// size_t options are also read by the JS glue on wasm32 (32-bit size_t).
constexpr std::int64_t size_max =
    static_cast<std::int64_t>(std::min<std::uint64_t>(std::numeric_limits<std::size_t>::max(), 9007199254740991ull));

// The help line of an option: for --help, the C API's option_schema_json and the docs. The WASM
// package has neither, so its build leaves the text out (a kilobyte of brotli; js_size).
#ifdef __EMSCRIPTEN__
#define BV_HELP(text) ""
#else
#define BV_HELP(text) text
#endif

// Accessors, written once per option in the table below.
#define BV_FLAG(path)                                                                          \
  [](call_options& o, const option_value& v, std::string&) { o.path = v.b; return true; },     \
      [](const call_options& o) { return option_value::of(static_cast<bool>(o.path)); }
#define BV_INT(path, type)                                                                     \
  [](call_options& o, const option_value& v, std::string&) { o.path = static_cast<type>(v.i); return true; }, \
      [](const call_options& o) { return option_value::of_int(static_cast<std::int64_t>(o.path)); }
#define BV_TEXT(path)                                                                          \
  [](call_options& o, const option_value& v, std::string&) { o.path = v.s; return true; },     \
      [](const call_options& o) { return option_value::of_text(o.path); }

int choice_index(std::string_view choices, std::string_view name) {
  int i = 0;
  std::size_t pos = 0;
  while (pos <= choices.size()) {
    std::size_t bar = choices.find('|', pos);
    if (bar == std::string_view::npos) bar = choices.size();
    if (choices.substr(pos, bar - pos) == name) return i;
    ++i;
    pos = bar + 1;
  }
  return -1;
}

std::string choice_name(std::string_view choices, int index) {
  std::size_t pos = 0;
  for (int i = 0; i < index; ++i) pos = choices.find('|', pos) + 1;
  std::size_t bar = choices.find('|', pos);
  return std::string(choices.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos));
}

#define BV_CHOICE(expr_set, expr_get, choices)                                                              \
  [](call_options& o, const option_value& v, std::string&) {                                               \
    const int i = choice_index(choices, v.s);                                                               \
    expr_set;                                                                                               \
    return true;                                                                                            \
  },                                                                                                        \
      [](const call_options& o) { return option_value::of_text(choice_name(choices, (expr_get))); }

constexpr std::string_view input_choices = "auto|markdown|text";
constexpr std::string_view excerpt_from_choices = "auto|markdown|text|html|plain";

int input_index(input_format f) { return f == input_format::auto_detect ? 0 : f == input_format::markdown ? 1 : 2; }
input_format input_of(int i) { return i == 0 ? input_format::auto_detect : i == 1 ? input_format::markdown : input_format::text; }

// clang-format off
const option_spec k_schema[] = {
  // name, group, kind, js, cli, cli_negates, c_flag, c_flag_negates, choices, min, max, affects, aliases, help, set, get
  {"from", G::input, K::choice, "from", "--from", false, 0, false, input_choices, 0, 0, affects_model, "",
   BV_HELP("input format: markdown, text (copied from a news page) or auto (detected)"),
   BV_CHOICE(o.render.parse.format = input_of(i), input_index(o.render.parse.format), input_choices)},

  {"gfm", G::parse, K::flag, "gfm", "--no-gfm", true, BAIVIET_RENDER_NO_GFM, true, "", 0, 0, affects_model, "",
   BV_HELP("GFM extensions: tables, strikethrough, autolinks, tagfilter, task lists"), BV_FLAG(render.parse.gfm)},
  {"footnotes", G::parse, K::flag, "footnotes", "--no-footnotes", true, BAIVIET_RENDER_NO_FOOTNOTES, true, "", 0, 0,
   affects_model, "", BV_HELP("Markdown: GFM footnotes ([^1])"), BV_FLAG(render.parse.footnotes)},
  {"article_structure", G::parse, K::flag, "articleStructure", "--no-structure", true, BAIVIET_RENDER_NO_STRUCTURE, true,
   "", 0, 0, affects_model, "structure",
   BV_HELP("Markdown: recognise title, sapo and figures (a leading # title, a bold first paragraph, an image alone)"),
   BV_FLAG(render.parse.article_structure)},
  {"smart_punctuation", G::parse, K::flag, "smartPunctuation", "--smart", false, BAIVIET_RENDER_SMART, false, "", 0, 0,
   affects_model, "smart", BV_HELP("Markdown: smart punctuation (curly quotes, dashes)"), BV_FLAG(render.parse.smart_punctuation)},
  {"lenient_front_matter", G::parse, K::flag, "lenientFrontMatter", "--lenient-front-matter", false,
   BAIVIET_RENDER_LENIENT_FRONT_MATTER, false, "", 0, 0, affects_model, "",
   BV_HELP("Markdown: malformed front matter is a warning (the block kept in dropped), not an error"),
   BV_FLAG(render.parse.lenient_front_matter)},
  {"max_input_bytes", G::parse, K::integer, "maxInputBytes", "--max-input-bytes", false, 0, false, "", 1, size_max,
   affects_model, "", BV_HELP("inputs above this size are refused (too_large)"), BV_INT(render.parse.max_input_bytes, std::size_t)},
  {"max_nesting", G::parse, K::integer, "maxNesting", "--max-nesting", false, 0, false, "", 1, 1000000, affects_model, "",
   BV_HELP("deeper nesting is flattened (text kept, one warning)"), BV_INT(render.parse.max_nesting, int)},
  {"max_emphasis_scan", G::parse, K::integer, "maxEmphasisScan", "--max-emphasis-scan", false, 0, false, "", 0, size_max,
   affects_model, "", BV_HELP("limit of cmark-gfm's link/emphasis scans per document (0 = none)"),
   BV_INT(render.parse.max_emphasis_scan, std::uint64_t)},

  {"drop_chrome", G::import, K::flag, "dropChrome", "--keep-chrome", true, BAIVIET_IMPORT_KEEP_CHROME, true, "", 0, 0,
   affects_model, "", BV_HELP("text import: drop page chrome (comment box, widgets; listed in dropped)"),
   BV_FLAG(render.parse.drop_chrome)},
  {"related_lists", G::import, K::flag, "relatedLists", "--no-related-lists", true, BAIVIET_IMPORT_NO_RELATED, true, "",
   0, 0, affects_model, "", BV_HELP("text import: read \"Tin mới\"/\"Tin liên quan\" lists as related articles"),
   BV_FLAG(render.parse.related_lists)},
  {"normalize", G::import, K::flag, "normalize", "--no-normalize", true, BAIVIET_IMPORT_NO_NORMALIZE, true, "", 0, 0,
   affects_model, "", BV_HELP("text import: NFC, look-alike letters (Ð→Đ), white space"), BV_FLAG(render.parse.normalize)},

  {"to", G::output, K::choice, "to", "--to", false, 0, false, "html|json|text|jsonld", 0, 0, affects_model, "",
   BV_HELP("output: html, json (the model), text or jsonld (schema.org NewsArticle)"),
   BV_CHOICE(o.render.to = static_cast<output_format>(i), static_cast<int>(o.render.to), "html|json|text|jsonld")},

  {"full_page", G::html, K::flag, "fullPage", "--full-page", false, BAIVIET_RENDER_FULL_PAGE, false, "", 0, 0,
   affects_html, "", BV_HELP("whole HTML document with the default stylesheet"), BV_FLAG(render.html.full_page)},
  {"header", G::html, K::flag, "header", "--no-header", true, BAIVIET_RENDER_NO_HEADER, true, "", 0, 0, affects_html, "",
   BV_HELP("the header: kicker, title, dateline, sapo, byline"), BV_FLAG(render.html.header)},
  {"related", G::html, K::flag, "related", "--no-related", true, BAIVIET_RENDER_NO_RELATED, true, "", 0, 0, affects_html,
   "", BV_HELP("the related-article lists"), BV_FLAG(render.html.related)},
  {"toc", G::html, K::flag, "toc", "--toc", false, BAIVIET_RENDER_TOC, false, "", 0, 0, affects_html, "",
   BV_HELP("table of contents before the body"), BV_FLAG(render.html.toc)},
  {"toc_max_level", G::html, K::integer, "tocMaxLevel", "--toc-max-level", false, 0, false, "", 1, 6, affects_html, "",
   BV_HELP("headings up to this level appear in the table of contents"), BV_INT(render.html.toc_max_level, int)},
  {"id_prefix", G::html, K::text, "idPrefix", "--id-prefix", false, 0, false, "", 0, 0, affects_html, "",
   BV_HELP("prefix of every heading id (e.g. bv-), against DOM clobbering"), BV_TEXT(render.html.id_prefix)},
  {"unsafe", G::html, K::flag, "unsafe", "--unsafe", false, BAIVIET_RENDER_UNSAFE, false, "", 0, 0, affects_html, "",
   BV_HELP("keep raw HTML and every URL (trusted input only)"), BV_FLAG(render.html.unsafe)},
  {"markup_numbers", G::html, K::flag, "markupNumbers", "--markup-numbers", false, BAIVIET_RENDER_MARKUP_NUMBERS, false,
   "", 0, 0, affects_html, "", BV_HELP("wrap numbers and dates in <data>/<time>"), BV_FLAG(render.html.markup_numbers)},
  {"jsonld", G::html, K::flag, "jsonld", "--no-jsonld", true, BAIVIET_RENDER_NO_JSONLD, true, "", 0, 0, affects_html, "",
   BV_HELP("full page: embed the JSON-LD"), BV_FLAG(render.html.jsonld)},
  {"stylesheet_href", G::html, K::text, "stylesheetHref", "--stylesheet-href", false, 0, false, "", 0, 0, affects_html,
   "", BV_HELP("full page: link this stylesheet instead of the built-in one"), BV_TEXT(render.html.stylesheet_href)},
  {"commonmark_compat", G::html, K::flag, "commonmarkCompat", "--compat", false, BAIVIET_RENDER_COMMONMARK, false, "", 0,
   0, affects_model, "compat",
   BV_HELP("cmark-gfm compatible body HTML (implies no article structure; auto input is read as Markdown)"),
   BV_FLAG(render.html.commonmark_compat)},
  {"tagfilter", G::html, K::flag, "tagfilter", "--no-tagfilter", true, BAIVIET_RENDER_NO_TAGFILTER, true, "", 0, 0,
   affects_html, "", BV_HELP("unsafe mode: GFM tagfilter (<script>, <iframe> … disarmed); off without GFM"),
   BV_FLAG(render.html.tagfilter)},

  {"pretty", G::json, K::flag, "pretty", "--compact", true, BAIVIET_RENDER_JSON_COMPACT, true, "", 0, 0, affects_json, "",
   BV_HELP("JSON: two-space indentation (off: one line)"), BV_FLAG(render.json.pretty)},
  {"inlines", G::json, K::flag, "inlines", "--inlines", false, BAIVIET_RENDER_JSON_INLINES, false, "", 0, 0, affects_json,
   "", BV_HELP("JSON: each block's inline tree as \"content\""), BV_FLAG(render.json.inlines)},

  {"from", G::excerpt, K::choice, "from", "--from", false, 0, false, excerpt_from_choices, 0, 0, affects_excerpt, "",
   BV_HELP("what to excerpt: an article (auto, markdown, text) or a fragment (html, plain)"),
   BV_CHOICE((i <= 2 ? (o.excerpt_from = excerpt_input::article, o.render.parse.format = input_of(i))
                     : (o.excerpt_from = i == 3 ? excerpt_input::html : excerpt_input::plain, o.render.parse.format)),
             o.excerpt_from == excerpt_input::html    ? 3
             : o.excerpt_from == excerpt_input::plain ? 4
                                                      : input_index(o.render.parse.format),
             excerpt_from_choices)},
  {"limit", G::excerpt, K::integer, "limit", "--limit", false, 0, false, "", 0, 100000000, affects_excerpt, "",
   BV_HELP("limit in units (0 = no limit)"), BV_INT(excerpt.limit, std::size_t)},
  {"unit", G::excerpt, K::choice, "unit", "--unit", false, 0, false, "graphemes|words|sentences", 0, 0, affects_excerpt,
   "", BV_HELP("what the limit counts (graphemes include the ellipsis)"),
   BV_CHOICE(o.excerpt.unit = static_cast<excerpt_unit>(i), static_cast<int>(o.excerpt.unit), "graphemes|words|sentences")},
  {"source", G::excerpt, K::choice, "source", "--source", false, 0, false, "auto|sapo|body", 0, 0, affects_excerpt, "",
   BV_HELP("article part: auto (the sapo if present, else the body), sapo or body"),
   BV_CHOICE(o.excerpt.source = static_cast<excerpt_source>(i), static_cast<int>(o.excerpt.source), "auto|sapo|body")},
  {"to", G::excerpt, K::choice, "to", "--to", false, 0, false, "text|html", 0, 0, affects_excerpt, "",
   BV_HELP("plain text or an HTML fragment"),
   BV_CHOICE(o.excerpt.to = static_cast<excerpt_output>(i), static_cast<int>(o.excerpt.to), "text|html")},
  {"ellipsis", G::excerpt, K::text, "ellipsis", "--ellipsis", false, 0, false, "", 0, 0, affects_excerpt, "",
   BV_HELP("appended when cut inside a sentence"), BV_TEXT(excerpt.ellipsis)},
  {"sentence_threshold", G::excerpt, K::number, "sentenceThreshold", "--threshold", false, 0, false, "", 0, 1,
   affects_excerpt, "", BV_HELP("cut at a sentence end keeping at least this share of the limit"),
   [](call_options& o, const option_value& v, std::string&) { o.excerpt.sentence_threshold = v.d; return true; },
   [](const call_options& o) { return option_value::of_number(o.excerpt.sentence_threshold); }},
  {"close_brackets", G::excerpt, K::flag, "closeBrackets", "--no-close-brackets", true, 0, false, "", 0, 0,
   affects_excerpt, "", BV_HELP("close quotes and brackets the excerpt left open"), BV_FLAG(excerpt.close_brackets)},
  {"reading_time", G::excerpt, K::flag, "readingTime", "--reading-time", false, 0, false, "", 0, 0, affects_excerpt, "",
   BV_HELP("also give the article's reading time"), BV_FLAG(excerpt_reading_time)},

  {"words_per_minute", G::reading, K::integer, "wordsPerMinute", "--wpm", false, 0, false, "", 1, 100000,
   affects_reading, "", BV_HELP("reading speed in syllables per minute"), BV_INT(reading.words_per_minute, unsigned)},
  {"count_images", G::reading, K::flag, "countImages", "--no-count-images", true, 0, false, "", 0, 0, affects_reading, "",
   BV_HELP("add image time as Ghost does (12 s, 11 s, … 3 s)"), BV_FLAG(reading.count_images)},
};
// clang-format on

#undef BV_FLAG
#undef BV_INT
#undef BV_TEXT
#undef BV_CHOICE
#undef BV_HELP

bool has_word(std::string_view list, std::string_view word) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    std::size_t sp = list.find(' ', pos);
    if (sp == std::string_view::npos) sp = list.size();
    if (list.substr(pos, sp - pos) == word) return true;
    pos = sp + 1;
  }
  return false;
}

/// Older spellings of choice values: "md", "txt", "json-ld", "chars".
std::string_view choice_alias(std::string_view v) {
  if (v == "md") return "markdown";
  if (v == "txt") return "text";
  if (v == "json-ld") return "jsonld";
  if (v == "chars" || v == "characters") return "graphemes";
  return v;
}

error bad(std::string message) { return make_error(errc::invalid_argument, std::move(message)); }
const error ok{errc::ok, {}, 0};

error store(call_options& o, const option_spec& spec, option_value v, std::string_view shown) {
  switch (spec.kind) {
    case K::integer:
      if (v.i < spec.min || v.i > spec.max)
        return bad(std::string(shown) + " must be an integer from " + std::to_string(spec.min) + " to " +
                   std::to_string(spec.max));
      break;
    case K::number:
      if (!(v.d >= static_cast<double>(spec.min) && v.d <= static_cast<double>(spec.max)))
        return bad(std::string(shown) + " must be a number within " + std::to_string(spec.min) + ".." +
                   std::to_string(spec.max));
      break;
    case K::choice: {
      v.s = std::string(choice_alias(v.s));
      if (choice_index(spec.choices, v.s) < 0) {
        std::string all(spec.choices);
        for (auto& c : all)
          if (c == '|') c = ',';
        return bad(std::string(shown) + " must be one of: " + all + " (got \"" + v.s + "\")");
      }
      break;
    }
    default: break;
  }
  std::string why;
  if (!spec.set(o, v, why)) return bad(std::string(shown) + ": " + why);
  return ok;
}

}  // namespace

unsigned groups_of(call_kind call) noexcept {
  auto g = [](option_group x) { return static_cast<unsigned>(x); };
  switch (call) {
    case call_kind::parse: return g(G::input) | g(G::parse) | g(G::import);
    case call_kind::render: return g(G::input) | g(G::parse) | g(G::import) | g(G::output) | g(G::html) | g(G::json);
    case call_kind::excerpt: return g(G::parse) | g(G::import) | g(G::excerpt);
    case call_kind::reading_time: return g(G::reading);
  }
  return 0;
}

std::span<const option_spec> option_schema() noexcept { return k_schema; }

const option_spec* find_option(std::string_view name) noexcept {
  for (const auto& s : k_schema)
    if (s.name == name || has_word(s.aliases, name)) return &s;
  return nullptr;
}

namespace {
const option_spec* find_in(std::string_view name, unsigned groups, bool js) {
  for (const auto& s : k_schema) {
    if (!(static_cast<unsigned>(s.group) & groups)) continue;
    if ((js ? s.js : s.name) == name || has_word(s.aliases, name)) return &s;
  }
  return nullptr;
}
}  // namespace

const option_spec* find_js_option(std::string_view js_name, unsigned groups) noexcept {
  return find_in(js_name, groups, true);
}

error set_option_text(call_options& o, const option_spec& spec, std::string_view text) {
  option_value v;
  const std::string shown(spec.name);
  std::string t(text);
  switch (spec.kind) {
    case K::flag:
      if (t == "true" || t == "1" || t == "on" || t == "yes") v = option_value::of(true);
      else if (t == "false" || t == "0" || t == "off" || t == "no") v = option_value::of(false);
      else return bad(shown + " must be true or false (got \"" + t + "\")");
      break;
    case K::integer: {
      char* end = nullptr;
      errno = 0;
      long long x = t.empty() || t[0] == '+' ? 0 : std::strtoll(t.c_str(), &end, 10);
      if (t.empty() || t[0] == '+' || *end || errno == ERANGE) return bad(shown + " needs a whole number (got \"" + t + "\")");
      v = option_value::of_int(x);
      break;
    }
    case K::number: {
      char* end = nullptr;
      double x = std::strtod(t.c_str(), &end);
      if (t.empty() || *end || !std::isfinite(x)) return bad(shown + " needs a number (got \"" + t + "\")");
      v = option_value::of_number(x);
      break;
    }
    case K::text:
    case K::choice: v = option_value::of_text(std::move(t)); break;
  }
  return store(o, spec, std::move(v), shown);
}

error set_option_json(call_options& o, const option_spec& spec, const nlohmann::ordered_json& j, std::string_view shown) {
  option_value v;
  const std::string name(shown);
  switch (spec.kind) {
    case K::flag:
      if (!j.is_boolean()) return bad(name + " must be a boolean");
      v = option_value::of(j.get<bool>());
      break;
    case K::integer: {
      if (!j.is_number()) return bad(name + " must be an integer");
      if (j.is_number_integer()) {
        if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(no_max))
          return bad(name + " must be an integer from " + std::to_string(spec.min) + " to " + std::to_string(spec.max));
        v = option_value::of_int(j.get<std::int64_t>());
      } else {
        double d = j.get<double>();
        if (!(d == std::floor(d)) || !(std::fabs(d) < 9.3e18))
          return bad(name + " must be an integer from " + std::to_string(spec.min) + " to " + std::to_string(spec.max));
        v = option_value::of_int(static_cast<std::int64_t>(d));
      }
      break;
    }
    case K::number:
      if (!j.is_number()) return bad(name + " must be a number");
      v = option_value::of_number(j.get<double>());
      break;
    case K::text:
      if (!j.is_string()) return bad(name + " must be a string");
      v = option_value::of_text(j.get<std::string>());
      break;
    case K::choice:
      if (!j.is_string()) return bad(name + " must be a string");
      v = option_value::of_text(j.get<std::string>());
      break;
  }
  return store(o, spec, std::move(v), shown);
}

namespace {

using json_member = std::pair<const std::string, nlohmann::ordered_json>;

/// The members of a JSON object in the order of their keys: which of two bad options is
/// reported, and which of an option and its alias wins, must not depend on how the caller
/// ordered them (an ordered_json keeps the order of the text; the reader walks it sorted).
std::vector<const json_member*> sorted_members(const nlohmann::ordered_json& obj) {
  std::vector<const json_member*> m;
  for (const auto& kv : *obj.get_ptr<const nlohmann::ordered_json::object_t*>()) m.push_back(&kv);
  std::sort(m.begin(), m.end(), [](const json_member* a, const json_member* b) { return a->first < b->first; });
  return m;
}

}  // namespace

error read_options_json(call_options& o, const nlohmann::ordered_json& obj, call_kind call, bool js,
                        std::span<const std::string_view> skip) {
  if (obj.is_null()) return ok;
  if (!obj.is_object()) return bad(js ? "options must be an object" : "expected a JSON object");
  const unsigned groups = groups_of(call);
  const unsigned nested = static_cast<unsigned>(G::parse) | static_cast<unsigned>(G::import) |
                          static_cast<unsigned>(G::html) | static_cast<unsigned>(G::json);
  // JS: render() nests parse/import under "parse", html under "html", json under "json";
  // excerpt() nests parse/import under "parse"; parse() and readingTime() are flat.
  const bool js_nested = js && (call == call_kind::render || call == call_kind::excerpt);
  const std::string where = js ? "options." : "field '";
  const std::string close = js ? "" : "'";
  // "from" before the rest: an excerpt's "from" sets the input format that
  // later keys do not touch, and the order of keys must not matter.
  auto one = [&](const std::string& key, const nlohmann::ordered_json& value, unsigned allowed, const std::string& prefix) -> error {
    const option_spec* spec = js ? find_js_option(key, allowed) : find_in(key, allowed, false);
    if (!spec) return bad("unknown option " + where + prefix + key + close);
    if (value.is_null() && js) return ok;  // undefined/null = the default
    return set_option_json(o, *spec, value, where + prefix + key + close);
  };
  auto group_bit = [](G g) { return static_cast<unsigned>(g); };
  const std::vector<const json_member*> members = sorted_members(obj);
  for (int pass = 0; pass < 2; ++pass) {
    for (const json_member* it : members) {
      const std::string& key = it->first;
      if ((key == "from") != (pass == 0)) continue;
      bool skipped = false;
      for (auto s : skip) skipped = skipped || s == key;
      if (skipped) continue;
      if (js_nested && (key == "parse" || key == "html" || key == "json")) {
        unsigned allowed = key == "parse" ? group_bit(G::parse) | group_bit(G::import)
                           : key == "html" ? group_bit(G::html)
                                           : group_bit(G::json);
        allowed &= groups;
        if (!allowed) return bad("unknown option " + where + key);
        if (it->second.is_null()) continue;
        if (!it->second.is_object()) return bad(where + key + " must be an object");
        for (const json_member* jt : sorted_members(it->second))
          if (error e = one(jt->first, jt->second, allowed, key + "."); e.code != errc::ok) return e;
        continue;
      }
      if (error e = one(key, it->second, js_nested ? groups & ~nested : groups, ""); e.code != errc::ok) return e;
    }
  }
  return ok;
}

void resolve(call_options& o) { resolve_implications(o.render); }

std::string option_schema_json() {
  using json = nlohmann::ordered_json;
  auto group_name = [](G g) -> const char* {
    switch (g) {
      case G::input: return "input";
      case G::parse: return "parse";
      case G::import: return "import";
      case G::output: return "output";
      case G::html: return "html";
      case G::json: return "json";
      case G::excerpt: return "excerpt";
      case G::reading: return "reading";
    }
    return "";
  };
  auto kind_name = [](K k) -> const char* {
    switch (k) {
      case K::flag: return "flag";
      case K::integer: return "integer";
      case K::number: return "number";
      case K::text: return "text";
      case K::choice: return "choice";
    }
    return "";
  };
  const call_options defaults;
  json all = json::array();
  for (const auto& s : k_schema) {
    json j;
    j["name"] = s.name;
    j["group"] = group_name(s.group);
    j["kind"] = kind_name(s.kind);
    j["js"] = s.js;
    j["python"] = s.name == "from" ? "format" : std::string(s.name);
    j["cli"] = s.cli;
    j["cli_negates"] = s.cli_negates;
    j["c_flag"] = s.c_flag;
    j["c_flag_negates"] = s.c_flag_negates;
    if (s.kind == K::choice) {
      json c = json::array();
      std::size_t pos = 0;
      while (pos <= s.choices.size()) {
        std::size_t bar = s.choices.find('|', pos);
        if (bar == std::string_view::npos) bar = s.choices.size();
        c.push_back(std::string(s.choices.substr(pos, bar - pos)));
        pos = bar + 1;
      }
      j["choices"] = std::move(c);
    }
    if (s.kind == K::integer || s.kind == K::number) {
      j["min"] = s.min;
      j["max"] = s.max;
    }
    option_value d = s.get(defaults);
    switch (s.kind) {
      case K::flag: j["default"] = d.b; break;
      case K::integer: j["default"] = d.i; break;
      case K::number: j["default"] = d.d; break;
      default: j["default"] = d.s;
    }
    json aff = json::array();
    const char* names[] = {"html", "json", "text", "jsonld", "excerpt", "reading_time"};
    for (int b = 0; b < 6; ++b)
      if (s.affects & (1u << b)) aff.push_back(names[b]);
    j["affects"] = std::move(aff);
    json al = json::array();
    std::size_t pos = 0;
    while (pos < s.aliases.size()) {
      std::size_t sp = s.aliases.find(' ', pos);
      if (sp == std::string_view::npos) sp = s.aliases.size();
      al.push_back(std::string(s.aliases.substr(pos, sp - pos)));
      pos = sp + 1;
    }
    j["aliases"] = std::move(al);
    j["help"] = s.help;
    all.push_back(std::move(j));
  }
  json calls;
  for (auto [name, c] : {std::pair{"parse", call_kind::parse}, std::pair{"render", call_kind::render},
                         std::pair{"excerpt", call_kind::excerpt}, std::pair{"reading_time", call_kind::reading_time}}) {
    json gs = json::array();
    for (G g : {G::input, G::parse, G::import, G::output, G::html, G::json, G::excerpt, G::reading})
      if (groups_of(c) & static_cast<unsigned>(g)) gs.push_back(group_name(g));
    calls[name] = std::move(gs);
  }
  json out;
  out["schema"] = "baiviet/options@1";
  out["calls"] = std::move(calls);
  out["implications"] = json::array(
      {"commonmark_compat ⇒ article_structure = false, and from = markdown when from is auto", "gfm = false ⇒ tagfilter = false"});
  out["options"] = std::move(all);
  return out.dump(2);
}

const option_spec* find_cli_option(std::string_view flag, call_kind call) noexcept {
  const unsigned groups = groups_of(call);
  for (const auto& s : k_schema)
    if ((static_cast<unsigned>(s.group) & groups) && !s.cli.empty() && s.cli == flag) return &s;
  return nullptr;
}

std::string cli_help(call_kind call) {
  const unsigned groups = groups_of(call);
  const call_options defaults;
  std::string out;
  for (const auto& s : k_schema) {
    if (!(static_cast<unsigned>(s.group) & groups) || s.cli.empty()) continue;
    std::string left = "  " + std::string(s.cli);
    if (s.kind == K::choice) {
      std::string c(s.choices);
      left += " " + c;
    } else if (s.kind == K::integer) {
      left += " N";
    } else if (s.kind == K::number) {
      left += " X";
    } else if (s.kind == K::text) {
      left += " S";
    }
    if (left.size() < 30) left.resize(30, ' ');
    else left += ' ';
    std::string help = s.kind == K::flag && s.cli_negates ? "turn off: " + std::string(s.help) : std::string(s.help);
    option_value d = s.get(defaults);
    if (s.kind == K::choice) help += " (default: " + d.s + ")";
    else if (s.kind == K::integer) help += " (default: " + std::to_string(d.i) + ")";
    out += left + help + "\n";
  }
  return out;
}

}  // namespace baiviet::detail
