// The neutral key/value tree every front-matter reader (YAML, TOML, JSON)
// builds, and the one mapping from it to the article's metadata.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "baiviet/article.hpp"
#include "baiviet/result.hpp"

namespace baiviet::detail {

struct fm_entry;

struct fm_value {
  enum class kind : unsigned char {
    null,     ///< YAML "~", "null" or nothing; JSON null
    text,     ///< a string (YAML: any scalar that is not one of the others)
    boolean,  ///< text is "true" or "false" (YAML 1.1 plain yes/no/on/off too)
    number,   ///< text as written (JSON), or printed (TOML)
    date,     ///< TOML date/time value, text in ISO 8601
    list,
    map
  };
  kind k = kind::null;
  std::string text;
  std::vector<fm_value> items;                            ///< list
  std::vector<fm_entry> entries;                          ///< map, in source order
  std::size_t line = 0;                                   ///< 1-based line in the whole input

  bool scalar() const { return k != kind::list && k != kind::map; }
};

struct fm_entry {
  std::string key;
  fm_value value;
};

/// Bounds on the tree a reader builds from hostile input: values nested deeper
/// than max_depth, or beyond max_values in all, are left out with one warning.
struct fm_limits {
  int max_depth = 128;
  std::size_t max_values = 100000;
};

struct fm_tree {
  fm_value root;
  std::vector<warning> warnings;
};

/// Readers: `text` is the block's text, `first_line` the input line of its
/// first line. Syntax errors: errc::front_matter naming the input line.
result<fm_tree> read_yaml_tree(std::string_view text, std::size_t first_line, const fm_limits& limits);
result<fm_tree> read_toml_tree(std::string_view text, std::size_t first_line, const fm_limits& limits);
result<fm_tree> read_json_tree(std::string_view text, std::size_t first_line, const fm_limits& limits);

/// Counts values against fm_limits and records the first overflow as a warning.
class fm_budget {
 public:
  explicit fm_budget(const fm_limits& l, std::vector<warning>& w) : limits_(l), warnings_(w) {}
  /// May a value at `depth` (root = 0) be added?
  bool admit(int depth, std::size_t line);

 private:
  const fm_limits& limits_;
  std::vector<warning>& warnings_;
  std::size_t values_ = 0;
  bool warned_depth_ = false, warned_count_ = false;
};

/// Scalar text as the article keeps it: invalid UTF-8 and NUL (from escapes
/// such as "\0" or "\u0000") become U+FFFD.
std::string fm_clean_text(std::string s);

/// Fills the metadata of `a` from a mapping (Hugo's and Jekyll's key names, and
/// the house keys: README "Parsing: Markdown and front matter"). Never fails:
/// wrong types, unreadable dates, placeholders and unknown keys are warnings.
void apply_front_matter_tree(const fm_value& root, article& a);

}  // namespace baiviet::detail
