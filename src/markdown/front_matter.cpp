#include "markdown/front_matter.hpp"

#include <string>

#include "baiviet/text.hpp"
#include "core/trim.hpp"
#include "markdown/front_matter_tree.hpp"

namespace baiviet::detail {

namespace {

std::string_view next_line(std::string_view s, std::size_t& pos) {
  std::size_t end = s.find('\n', pos);
  if (end == std::string_view::npos) end = s.size();
  std::string_view line = s.substr(pos, end - pos);
  pos = end < s.size() ? end + 1 : s.size();
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool is_fence(std::string_view line, std::string_view fence) {
  return trim_right(line) == fence;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

std::size_t count_lines(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// YAML or TOML: "---"/"+++" on line 1, closed by the same line (YAML also "...").
result<front_matter_split> split_fenced(std::string_view s, std::size_t pos, front_matter_format f,
                                        std::string_view fence) {
  front_matter_split out;
  out.body = s;
  if (pos >= s.size()) return out;  // a lone fence line: Markdown, not front matter
  std::size_t text_start = pos;
  std::size_t line_no = 1;
  while (pos < s.size()) {
    std::size_t line_start = pos;
    std::string_view line = next_line(s, pos);
    ++line_no;
    if (is_fence(line, fence) || (f == front_matter_format::yaml && is_fence(line, "..."))) {
      out.format = f;
      out.text = s.substr(text_start, line_start - text_start);
      out.text_first_line = 2;
      out.block = s.substr(0, line_start + line.size());
      out.body = s.substr(pos);
      out.body_first_line = line_no + 1;
      return out;
    }
  }
  return make_error(errc::front_matter,
                    std::string("front matter opened by '") + std::string(fence) + "' on line 1 is never closed (expected a '" +
                        std::string(fence) + "' line)",
                    1);
}

// JSON: '{' at the very start, then (after white space) '"' or '}'; the object
// runs to the matching '}' (braces inside strings do not count).
bool opens_json(std::string_view s) {
  if (s.empty() || s[0] != '{') return false;
  std::size_t i = s.find_first_not_of(" \t\r\n", 1);
  return i != std::string_view::npos && (s[i] == '"' || s[i] == '}');
}

result<front_matter_split> split_json(std::string_view s) {
  front_matter_split out;
  out.body = s;
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      else if (c == '\n') in_string = false;  // invalid JSON: the parser names the line
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') ++depth;
    else if ((c == '}' || c == ']') && --depth == 0) {
      if (c != '}') break;
      std::size_t end = s.find('\n', i);
      std::string_view rest = s.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1);
      std::size_t close_line = count_lines(s.substr(0, i)) + 1;
      if (!blank(rest))
        return make_error(errc::front_matter,
                          "JSON front matter: the closing '}' must end its line (found '" + std::string(rest.substr(0, 40)) +
                              "')",
                          close_line);
      out.format = front_matter_format::json;
      out.text = s.substr(0, i + 1);
      out.text_first_line = 1;
      out.block = out.text;
      out.body = end == std::string_view::npos ? std::string_view() : s.substr(end + 1);
      out.body_first_line = close_line + 1;
      return out;
    }
  }
  return make_error(errc::front_matter, "JSON front matter opened by '{' on line 1 is never closed (no matching '}')", 1);
}

}  // namespace

const char* front_matter_format_name(front_matter_format f) noexcept {
  switch (f) {
    case front_matter_format::yaml: return "YAML";
    case front_matter_format::toml: return "TOML";
    case front_matter_format::json: return "JSON";
    default: return "none";
  }
}

result<front_matter_split> split_front_matter(std::string_view source) {
  std::string_view s = source;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  if (opens_json(s)) return split_json(s);
  std::size_t pos = 0;
  std::string_view first = next_line(s, pos);
  if (is_fence(first, "---")) return split_fenced(s, pos, front_matter_format::yaml, "---");
  if (is_fence(first, "+++")) return split_fenced(s, pos, front_matter_format::toml, "+++");
  front_matter_split none;
  none.body = source;
  return none;
}

bool fm_budget::admit(int depth, std::size_t line) {
  if (depth > limits_.max_depth) {
    if (!warned_depth_)
      warnings_.push_back({"front matter: values nested deeper than " + std::to_string(limits_.max_depth) +
                               " levels are ignored",
                           line});
    warned_depth_ = true;
    return false;
  }
  if (values_ >= limits_.max_values) {
    if (!warned_count_)
      warnings_.push_back({"front matter: more than " + std::to_string(limits_.max_values) +
                               " values; the rest are ignored",
                           line});
    warned_count_ = true;
    return false;
  }
  ++values_;
  return true;
}

std::string fm_clean_text(std::string s) {
  std::string out;
  if (sanitize_utf8(s, out) == 0) return s;
  return out;
}

result<bool> read_front_matter(const front_matter_split& split, article& a, int max_nesting) {
  fm_limits limits;
  limits.max_depth = max_nesting < 1 ? 1 : max_nesting;
  result<fm_tree> tree = make_error(errc::internal, "no front matter");
  switch (split.format) {
    case front_matter_format::yaml: tree = read_yaml_tree(split.text, split.text_first_line, limits); break;
    case front_matter_format::toml: tree = read_toml_tree(split.text, split.text_first_line, limits); break;
    case front_matter_format::json: tree = read_json_tree(split.text, split.text_first_line, limits); break;
    case front_matter_format::none: return true;
  }
  if (!tree) return tree.error();
  const fm_value& root = tree->root;
  if (root.k == fm_value::kind::null) {  // empty block
    for (auto& w : tree->warnings) a.warnings.push_back(std::move(w));
    return true;
  }
  if (root.k != fm_value::kind::map)
    return make_error(errc::front_matter, std::string(front_matter_format_name(split.format)) +
                                              " front matter must be a mapping of keys to values",
                      root.line ? root.line : split.text_first_line);
  for (auto& w : tree->warnings) a.warnings.push_back(std::move(w));
  apply_front_matter_tree(root, a);
  return true;
}

}  // namespace baiviet::detail
