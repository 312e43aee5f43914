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
void convert_document(cmark_node* document, std::string_view source, article& a, int max_nesting);

}  // namespace baiviet::detail
