// Internal entry point of plain-text import for the tests and the training
// tools: import with a given model (e.g. one trained without the article's
// source, to measure on text the model has not seen) and record the features
// of every decision the model makes.
#ifndef BAIVIET_SRC_IMPORT_IMPORT_DETAIL_HPP
#define BAIVIET_SRC_IMPORT_IMPORT_DETAIL_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/import.hpp"
#include "import/model.hpp"

namespace baiviet::detail {

/// One body item: decided by the line classifier ("body"; class 0 paragraph,
/// 1 caption, 2 heading) or by a caption rule ("rule": credit, photo note,
/// captions block).
struct import_trace_row {
  std::string kind;
  std::string text;
  std::size_t line = 0;
  std::vector<std::int32_t> features;
  int predicted = 0;
};

struct import_trace {
  std::vector<import_trace_row> rows;
};

/// import_text with `model` (import_text uses import_rules::default_model()),
/// recording every model decision in `trace` when it is not null.
result<article> import_text_with(std::string_view text, const import_options& options,
                                 const import_rules::import_model& model, import_trace* trace);

}  // namespace baiviet::detail

#endif
