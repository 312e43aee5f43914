// One JSON Lines record of the batch format: an input line in, a result line
// out. `baiviet render --jsonl` and baiviet_render_record (Python, Dask,
// engines through FFI) both call this, so every front end gives the same
// records (docs/capi.md, "Batch rendering").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "engine/options.hpp"

namespace baiviet::detail {

/// Renders one record. `text` is the line without its line break; `defaults`
/// are the options every line starts from (its own fields override them).
/// A line longer than `max_line_bytes` (0 = no limit) is not read: it gets a
/// too_large error record. Sets `ok` to whether the record succeeded. Never
/// throws (out of memory becomes an error record).
std::string render_record(std::string_view text, std::size_t input_line, const call_options& defaults,
                          std::size_t max_line_bytes, bool& ok);

/// The error record of a line longer than `max_line_bytes` (the reader that
/// met it did not keep it whole).
std::string oversize_record(std::size_t input_line, std::size_t max_line_bytes);

}  // namespace baiviet::detail
