// Guards against the quadratic paths of Debian bookworm's cmark-gfm
// (0.29.0.gfm.6): inputs that would take it minutes are refused or parsed
// without the costly extension before cmark sees them.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <vector>

namespace baiviet::detail {

/// Beyond this many cells in one line the document is parsed without the table
/// extension: cmark-gfm's table extension is quadratic in the number of columns
/// (5.5e9 instructions for one 8,000-column table).
inline constexpr std::size_t max_table_columns = 256;

/// True when a line has more than max_table_columns cells.
bool has_overwide_table_line(std::string_view md);

/// An upper bound of the delimiter scans cmark-gfm 0.29.0.gfm.6 makes: each
/// ']' that closes a link, image or footnote reference walks back over every
/// emphasis delimiter run (`*`, `_`, `~`; with smart punctuation `'` `"`) seen
/// earlier in its paragraph, even when none follows the bracket (inlines.c,
/// process_emphasis, "move back to first relevant delim"; fixed upstream in
/// cmark 0.30.2, commonmark/cmark#425). Paragraphs are approximated by
/// blank-line separated chunks, fenced code is skipped, every ']' counts.
struct emphasis_scan {
  std::uint64_t total = 0;     ///< summed over the document
  std::size_t worst_line = 0;  ///< first line of the chunk that costs most (1-based)
};
emphasis_scan estimate_emphasis_scan(std::string_view md, bool smart);

/// A cheap upper bound of estimate_emphasis_scan(md, smart).total (one
/// branch-free pass): when it is within the limit the exact estimate is not needed.
std::uint64_t emphasis_scan_bound(std::string_view md, bool smart);

/// Footnote references across a line break. cmark-gfm 0.29.0.gfm.6 measures a
/// footnote reference's label by the columns of its `[` and `]`, as if both
/// stood on one line (inlines.c, handle_close_bracket; github/cmark-gfm#282):
/// for `[^a` closed by `b]` on a later line the label comes out empty or cut —
/// the text between the brackets is lost, and a cut can split a UTF-8 sequence.
/// `lines`: the (1-based) lines of each `[^` whose closing `]` (brackets matched
/// as cmark matches them, within a paragraph) stands on a later line — each
/// such reference loses its text (parse_markdown warns); `suspect`: true when a
/// line break or a backtick (a code span may move cmark's closer) falls inside
/// an open `[^`, so the converter then repairs any UTF-8 sequence such a cut
/// has split in the document's text. One pass, linear in the input.
struct footnote_line_breaks {
  static constexpr std::size_t max_lines = 10;  ///< `lines` keeps the first ten; `count` counts all
  std::vector<std::size_t> lines;
  std::size_t count = 0;
  bool suspect = false;
};
footnote_line_breaks find_footnote_line_breaks(std::string_view md);

}  // namespace baiviet::detail
