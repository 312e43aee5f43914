// YAML front matter (`---` fenced, the Hugo/Jekyll convention) → article metadata.
#pragma once
#include <string_view>

#include "baiviet/article.hpp"
#include "baiviet/result.hpp"

namespace baiviet::detail {

struct front_matter_split {
  bool present = false;
  std::string_view yaml;        ///< the YAML text between the fences
  std::string_view body;        ///< the Markdown after the closing fence
  std::size_t body_first_line = 1;  ///< 1-based line number where body starts
};

/// Finds a front-matter block: the input starts with a line "---", closed by a
/// line "---" or "...". An opening fence without a closing one is an error
/// (errc::front_matter, line 1) — the article text is never silently dropped.
result<front_matter_split> split_front_matter(std::string_view source);

/// Parses the YAML with libyaml and fills the metadata of `a`. Line numbers in
/// errors are those of the whole input. Unknown keys are kept as warnings.
result<bool> apply_front_matter(std::string_view yaml, article& a);

}  // namespace baiviet::detail
