// The heading-id pass: every heading of an article gets its anchor id once,
// when it is parsed (markdown and text import call it); the renderers read
// block::id (with html_options::id_prefix in front) and never compute it.
#pragma once
#include <optional>
#include <string>

#include "baiviet/article.hpp"

namespace baiviet::detail {

/// The slug of a heading's plain text ("muc" for one without letters or digits).
std::string heading_slug(const block& heading);

/// Sets block::id of every heading that has none: its slug, made unique
/// ("-1", "-2", …) in the order the HTML shows headings (the body in document
/// order, then the footnote definitions). Ids already given are kept.
void assign_heading_ids(article& a);

/// What the renderers read: `a` itself when every heading has its id, else a
/// copy made in `copy` with the ids assigned (an article built by hand).
const article& with_heading_ids(const article& a, std::optional<article>& copy);

}  // namespace baiviet::detail
