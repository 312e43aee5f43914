// Front matter → article metadata. Three formats, as Hugo reads them:
//   YAML between "---" lines (also Jekyll, Grav …), parsed with libyaml;
//   TOML between "+++" lines, parsed with toml++;
//   JSON: an object at the very top of the file, parsed with nlohmann/json.
// Each reader builds the same neutral tree (front_matter_tree.hpp); one mapping
// (apply_front_matter) fills the article from it, so the three formats know the
// same keys and the same rules.
#pragma once
#include <cstddef>
#include <string_view>

#include "baiviet/article.hpp"
#include "baiviet/result.hpp"

namespace baiviet::detail {

enum class front_matter_format { none, yaml, toml, json };

/// Name for messages: "YAML", "TOML", "JSON".
const char* front_matter_format_name(front_matter_format f) noexcept;

struct front_matter_split {
  front_matter_format format = front_matter_format::none;
  bool present() const { return format != front_matter_format::none; }
  std::string_view text;            ///< YAML/TOML: the lines between the fences; JSON: the object
  std::size_t text_first_line = 1;  ///< 1-based input line where `text` starts
  std::string_view block;           ///< the whole block, fences included (kept as dropped text when lenient)
  std::string_view body;            ///< the Markdown after the block
  std::size_t body_first_line = 1;  ///< 1-based line number where body starts
};

/// Finds a front-matter block at the start of `source` (after a BOM):
///   "---" line … "---" or "..." line        YAML
///   "+++" line … "+++" line                  TOML
///   "{" then (after white space) '"' or '}'  JSON, up to the matching '}',
///                                            which must end its line
/// An opening fence that is the last line of the input is not one (a lone
/// "---" is a thematic break, a lone "+++" a paragraph). An opening fence
/// without its closing one is an error (errc::front_matter, line 1) — the
/// article text is never silently dropped.
result<front_matter_split> split_front_matter(std::string_view source);

/// Parses the block with its format's library and fills the metadata of `a`.
/// Errors (errc::front_matter, naming the input line): malformed syntax, a
/// top level that is not a mapping. Values of the wrong type, unreadable dates,
/// leftover template placeholders, unknown keys, values nested deeper than
/// `max_nesting` are warnings in a.warnings, and the field is left empty.
/// On error `a` is left unchanged.
result<bool> read_front_matter(const front_matter_split& split, article& a, int max_nesting);

}  // namespace baiviet::detail
