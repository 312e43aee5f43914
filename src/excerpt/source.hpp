// Which parts of an article an excerpt (and the reading time) reads.
#pragma once
#include "baiviet/excerpt.hpp"
#include "excerpt/flat.hpp"

namespace baiviet::detail {

/// sapo: the sapo (with its inline formatting when present); body: paragraphs,
/// quotes, list items and interview Q/A in order, skipping headings, figures and
/// their captions, code, tables, raw HTML, footnotes and a paragraph that
/// repeats the byline; auto: the sapo when it has text, else the body.
flat_doc flatten_article(const article& a, excerpt_source source);

}  // namespace baiviet::detail
