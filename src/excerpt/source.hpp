// Which parts of an article an excerpt (and the reading time) reads.
#pragma once
#include "baiviet/excerpt.hpp"
#include "excerpt/flat.hpp"

namespace baiviet::detail {

/// sapo: the sapo (with its inline formatting when present); body: paragraphs,
/// quotes, list items and interview Q/A in order, skipping headings, figures and
/// their captions, code, tables, raw HTML, footnotes and a paragraph that
/// repeats the byline; auto: the sapo when it has text, else the body.
/// Body paragraphs stop being collected once the text holds more than
/// `options.limit` graphemes or words (what follows cannot change the excerpt),
/// so an excerpt of a long article costs what its start costs.
flat_doc flatten_article(const article& a, const excerpt_options& options);

}  // namespace baiviet::detail
