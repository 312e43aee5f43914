// Converts a cmark-gfm syntax tree into baiviet's article model.
#pragma once
#include <cmark-gfm.h>

#include "baiviet/article.hpp"
#include "baiviet/parse.hpp"

namespace baiviet::detail {

/// Appends the blocks of `document` to `a.body`. Containers nested deeper than
/// `max_nesting` are flattened into their deepest kept ancestor (their text is
/// kept) and one warning is added.
/// `source` is the text given to cmark (footnote labels are read from it).
/// `repair_utf8`: text runs that are not valid UTF-8 are repaired (U+FFFD), for
/// documents where cmark-gfm may cut a character (find_footnote_line_breaks).
void convert_document(cmark_node* document, std::string_view source, article& a, int max_nesting,
                      bool repair_utf8 = false);

}  // namespace baiviet::detail
