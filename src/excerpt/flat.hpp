// The flat form every excerpt source is reduced to: NFC text with paragraphs
// separated by '\n' and white space collapsed, plus well-nested inline marks
// (strong, em, a …) positioned at byte offsets of that text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/article.hpp"

namespace baiviet::detail {

struct flat_mark {
  std::size_t pos = 0;  ///< byte offset in flat_doc::text
  bool open = true;
  std::string tag;      ///< lower-case element name: "strong", "em", "a", "code" …
  std::string href;     ///< for "a": a URL that passed is_safe_url (raw, not yet encoded)
};

struct flat_doc {
  std::string text;
  std::vector<flat_mark> marks;  ///< document order; opens and closes properly nested
};

class flat_builder {
 public:
  /// Append text (any UTF-8): made valid, NFC, zero-width characters dropped,
  /// white space collapsed to single spaces.
  void text(std::string_view s);
  /// End the current paragraph ('\n' in the text, shown as a space).
  void paragraph_break();
  /// Open an inline element (the caller decides what is allowed).
  void open(std::string tag, std::string href = {});
  /// Close the innermost open element named `tag` (and any opened after it).
  /// Returns false when no such element is open (a stray end tag).
  bool close(std::string_view tag);
  bool is_open(std::string_view tag) const;
  std::size_t depth() const { return stack_.size(); }
  /// The text collected so far.
  const std::string& current_text() const { return doc_.text; }
  flat_doc finish();
  static constexpr std::size_t max_depth = 64;  ///< inline elements kept nested at most

 private:
  flat_doc doc_;
  std::vector<std::string> stack_;
  bool pending_space_ = false;
};

/// Plain text: every non-blank line is a paragraph.
flat_doc flatten_text(std::string_view text);
/// HTML fragment (see html_scan.cpp).
flat_doc flatten_html(std::string_view html);
/// Inline content of the article model.
void flatten_inlines(flat_builder& b, const inlines& content);

}  // namespace baiviet::detail
