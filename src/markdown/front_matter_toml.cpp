// TOML front matter (Hugo's "+++" blocks) → the neutral tree, with toml++
// (Debian's libtomlplusplus-dev, used header-only). The build defines
// TOML_HEADER_ONLY=1 and TOML_EXCEPTIONS=0 everywhere (the WASM build has no
// exception catching): toml::parse returns a parse_result that carries the
// error and its line instead of throwing. toml_charconv.hpp keeps toml++'s
// float reading off iostreams in the WASM build (see there).
#include "markdown/toml_charconv.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "markdown/front_matter_tree.hpp"

#if TOML_EXCEPTIONS
#error "baiviet builds toml++ with TOML_EXCEPTIONS=0 (see cmake/BaivietDependencies.cmake)"
#endif

namespace baiviet::detail {

namespace {

// Deeper TOML is refused before toml++ builds it (see too_deep_line); values
// deeper than parse_options::max_nesting are then ignored with a warning.
constexpr std::size_t k_max_toml_depth = 1024;

std::string two(unsigned v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02u", v % 100u);
  return b;
}

std::string iso_date(const toml::date& d) {
  char b[16];
  std::snprintf(b, sizeof b, "%04u-", static_cast<unsigned>(d.year) % 10000u);
  return b + two(d.month) + "-" + two(d.day);
}

std::string iso_time(const toml::time& t) {
  return two(t.hour) + ":" + two(t.minute) + ":" + two(t.second);  // fraction dropped, as parse_date_time does
}

std::string iso_offset(int minutes) {
  if (minutes == 0) return "Z";
  char sign = minutes < 0 ? '-' : '+';
  unsigned m = static_cast<unsigned>(minutes < 0 ? -minutes : minutes);
  return std::string(1, sign) + two(m / 60) + ":" + two(m % 60);
}

class converter {
 public:
  converter(std::size_t first_line, fm_budget& budget) : offset_(first_line - 1), budget_(budget) {}

  std::size_t line_of(const toml::node& n) const {
    auto l = n.source().begin.line;
    return l ? static_cast<std::size_t>(l) + offset_ : 0;
  }

  bool convert(const toml::node& n, fm_value& out, int depth) {
    out.line = line_of(n);
    if (!budget_.admit(depth, out.line)) return false;
    switch (n.type()) {
      case toml::node_type::table: {
        out.k = fm_value::kind::map;
        // toml::table keeps its keys sorted: restore the order of the source.
        std::vector<std::pair<const toml::key*, const toml::node*>> kv;
        for (auto&& [k, v] : *n.as_table()) kv.emplace_back(&k, &v);
        std::stable_sort(kv.begin(), kv.end(), [](const auto& a, const auto& b) {
          const auto& pa = a.first->source().begin;
          const auto& pb = b.first->source().begin;
          return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
        });
        for (const auto& [k, v] : kv) {
          fm_value x;
          if (!convert(*v, x, depth + 1)) break;
          out.entries.push_back(fm_entry{fm_clean_text(std::string(k->str())), std::move(x)});
        }
        return true;
      }
      case toml::node_type::array:
        out.k = fm_value::kind::list;
        for (const toml::node& item : *n.as_array()) {
          fm_value x;
          if (!convert(item, x, depth + 1)) break;
          out.items.push_back(std::move(x));
        }
        return true;
      case toml::node_type::string:
        out.k = fm_value::kind::text;
        out.text = fm_clean_text(std::string(n.as_string()->get()));
        return true;
      case toml::node_type::boolean:
        out.k = fm_value::kind::boolean;
        out.text = n.as_boolean()->get() ? "true" : "false";
        return true;
      case toml::node_type::integer:
        out.k = fm_value::kind::number;
        out.text = std::to_string(n.as_integer()->get());
        return true;
      case toml::node_type::floating_point: {
        out.k = fm_value::kind::number;
        char b[40];
        std::snprintf(b, sizeof b, "%.15g", n.as_floating_point()->get());
        out.text = b;
        return true;
      }
      case toml::node_type::date:
        out.k = fm_value::kind::date;
        out.text = iso_date(n.as_date()->get());
        return true;
      case toml::node_type::time:  // a time of day alone: not a date (the mapping says so)
        out.k = fm_value::kind::date;
        out.text = iso_time(n.as_time()->get());
        return true;
      case toml::node_type::date_time: {
        const toml::date_time& dt = n.as_date_time()->get();
        out.k = fm_value::kind::date;
        out.text = iso_date(dt.date) + "T" + iso_time(dt.time);
        if (dt.offset) out.text += iso_offset(dt.offset->minutes);
        return true;
      }
      default:
        return true;
    }
  }

 private:
  std::size_t offset_;
  fm_budget& budget_;
};

// toml++ limits nested arrays and inline tables (TOML_MAX_NESTED_VALUES, 256)
// but not the parts of dotted keys and table names: "a.a.a…" of 300,000 parts
// builds tables as deep, which its recursive destructor cannot free on a
// bounded stack. Returns the 1-based line (in `text`) where a value would sit
// deeper than `limit` levels (table name + dotted key + enclosing arrays and
// inline tables with their keys), or 0.
std::size_t too_deep_line(std::string_view text, std::size_t limit) {
  std::vector<std::size_t> open;  // levels added by each open array (1) or inline table (its key's parts)
  std::vector<char> kinds;        // '[' or '{'
  std::size_t sum = 0;            // levels of the open arrays and inline tables
  std::size_t header = 0;         // parts of the current [table] name
  std::size_t dots = 0, key_parts = 1, line = 1;
  bool key = true, in_header = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      if (open.empty()) key = true, dots = 0, in_header = false;
    } else if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      bool triple = text.compare(i, 3, std::string(3, c)) == 0;
      std::size_t j = i + (triple ? 3 : 1);
      for (; j < text.size(); ++j) {
        if (c == '"' && text[j] == '\\') ++j;
        else if (text[j] == c && (!triple || text.compare(j, 3, std::string(3, c)) == 0)) break;
        else if (text[j] == '\n' && !triple) break;  // unterminated: toml++ reports it
        else if (text[j] == '\n') ++line;
      }
      if (j < text.size() && text[j] == '\n') --j;  // let the loop count it
      i = triple ? j + 2 : j;
    } else if (c == '[') {
      if (key && open.empty()) {
        if (!in_header) in_header = true, dots = 0;
      } else {
        open.push_back(1), kinds.push_back('['), sum += 1;
        if (header + sum > limit) return line;
      }
    } else if (c == ']') {
      if (in_header && open.empty()) {
        if (dots != static_cast<std::size_t>(-1)) header = dots + 1;
        dots = static_cast<std::size_t>(-1);  // "]]": the second ']' changes nothing
      } else if (!kinds.empty() && kinds.back() == '[') {
        sum -= open.back(), open.pop_back(), kinds.pop_back();
      }
    } else if (c == '{') {
      open.push_back(key_parts), kinds.push_back('{'), sum += key_parts;
      key = true, dots = 0;
      if (header + sum > limit) return line;
    } else if (c == '}') {
      if (!kinds.empty()) sum -= open.back(), open.pop_back(), kinds.pop_back();
      key = false;
    } else if (c == '=') {
      key_parts = dots + 1;
      key = false, dots = 0;
    } else if (c == ',') {
      if (!kinds.empty() && kinds.back() == '{') key = true, dots = 0;
    } else if (c == '.' && key && dots != static_cast<std::size_t>(-1)) {
      if (header * !in_header + sum + ++dots + 1 > limit) return line;
    }
  }
  return 0;
}

// toml++ 3.3's is_non_ascii_horizontal_whitespace() reaches __builtin_unreachable
// for U+00A1–U+0499, U+2C4E–U+3047 and U+FB26–U+FEFE — most Vietnamese letters
// (à, ă, đ, ơ, ư …) — wherever the parser asks whether a character is white space:
// outside strings, and in a multi-line basic string after a line-ending backslash or
// in an escape. Found by fuzzing (UBSan). So toml++ is never given a non-ASCII
// character where it could ask: outside strings and comments one is a syntax error
// anyway (reported here, with its line); inside basic strings ("…", """…""") each is
// written as the escape \uXXXX / \UXXXXXXXX that toml++ decodes to the same text
// (literal strings and comments are never asked about white space). Lines are kept.
// Returns 0, or the 1-based line of the problem with `why` set.
std::size_t escape_non_ascii(std::string_view in, std::string& out, std::string& why) {
  enum class state { normal, comment, basic, basic_multi, literal, literal_multi } st = state::normal;
  out.clear();
  out.reserve(in.size() + in.size() / 4);
  std::size_t line = 1;
  auto quote_run = [&](std::size_t i, char q) {
    std::size_t n = 0;
    while (i + n < in.size() && in[i + n] == q) ++n;
    return n;
  };
  for (std::size_t i = 0; i < in.size();) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == '\n') {
      ++line;
      if (st == state::comment) st = state::normal;
      if (st == state::basic || st == state::literal) st = state::normal;  // unterminated: toml++ reports it
      out += '\n';
      ++i;
      continue;
    }
    if (c >= 0x80) {
      // (The source is valid UTF-8 here: parse_markdown repaired it first.)
      std::size_t next = i;
      const std::int32_t decoded = utf8_next(in, next);
      const std::size_t len = next - i;
      if (st == state::normal) {
        why = "'" + std::string(in.substr(i, len)) + "' outside quotes (TOML allows only ASCII there)";
        return line;
      }
      if (st == state::basic || st == state::basic_multi) {
        const std::uint32_t cp = decoded < 0 ? 0xFFFD : static_cast<std::uint32_t>(decoded);
        char buf[16];
        std::snprintf(buf, sizeof buf, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", static_cast<unsigned>(cp));
        out += buf;
      } else {
        out.append(in.substr(i, len));
      }
      i += len;
      continue;
    }
    switch (st) {
      case state::normal:
        if (c == '#') st = state::comment;
        else if (c == '"' || c == '\'') {
          std::size_t run = quote_run(i, static_cast<char>(c));
          if (run >= 3) {
            out.append(3, static_cast<char>(c));
            i += 3;
            st = c == '"' ? state::basic_multi : state::literal_multi;
            continue;
          }
          st = c == '"' ? state::basic : state::literal;
        }
        break;
      case state::basic:
      case state::basic_multi:
        if (c == '\\') {  // an escape: the next character is part of it
          out += '\\';
          ++i;
          if (i < in.size() && static_cast<unsigned char>(in[i]) >= 0x80) {
            why = "invalid escape in a string (a backslash before '" + std::string(in.substr(i, 2)) + "')";
            return line;
          }
          if (i < in.size() && in[i] != '\n') out += in[i++];  // \" does not close the string
          continue;
        }
        if (c == '"') {
          if (st == state::basic) st = state::normal;
          else if (std::size_t run = quote_run(i, '"'); run >= 3) {
            run = std::min<std::size_t>(run, 5);
            out.append(run, '"');
            i += run;
            st = state::normal;
            continue;
          }
        }
        break;
      case state::literal:
        if (c == '\'') st = state::normal;
        break;
      case state::literal_multi:
        if (c == '\'') {
          if (std::size_t run = quote_run(i, '\''); run >= 3) {
            run = std::min<std::size_t>(run, 5);
            out.append(run, '\'');
            i += run;
            st = state::normal;
            continue;
          }
        }
        break;
      case state::comment:
        break;
    }
    out += static_cast<char>(c);
    ++i;
  }
  return 0;
}

}  // namespace

result<fm_tree> read_toml_tree(std::string_view text, std::size_t first_line, const fm_limits& limits) {
  std::string ascii, why;
  if (std::size_t l = escape_non_ascii(text, ascii, why))
    return make_error(errc::front_matter, "malformed TOML front matter: " + why, l + first_line - 1);
  text = ascii;
  if (std::size_t l = too_deep_line(text, k_max_toml_depth))
    return make_error(errc::front_matter,
                      "TOML front matter nested deeper than " + std::to_string(k_max_toml_depth) +
                          " levels (dotted keys, table names, arrays and inline tables)",
                      l + first_line - 1);
  toml::parse_result parsed = toml::parse(text);
  if (!parsed) {
    const toml::parse_error& e = parsed.error();
    auto line = e.source().begin.line;
    return make_error(errc::front_matter, "malformed TOML front matter: " + std::string(e.description()),
                      line ? static_cast<std::size_t>(line) + first_line - 1 : first_line);
  }
  fm_tree tree;
  fm_budget budget(limits, tree.warnings);
  converter c(first_line, budget);
  c.convert(parsed.table(), tree.root, 0);
  tree.root.line = first_line;
  return tree;
}

}  // namespace baiviet::detail
