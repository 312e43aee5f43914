// The flat form every excerpt source is reduced to: NFC text with paragraphs
// separated by '\n' and white space collapsed, plus well-nested inline marks
// (strong, em, a …) positioned at byte offsets of that text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/article.hpp"
#include "baiviet/excerpt.hpp"

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

/// Decides, at a paragraph break, that the text collected so far already holds
/// more units (graphemes or words) than an excerpt's limit, so that the rest of
/// the source cannot change the excerpt: a paragraph break is a hard grapheme,
/// word and sentence boundary (UAX #29: LF, Newline, ParaSep), so every
/// boundary the cut looks at lies in the collected part. Counting runs only when
/// the text has doubled since the last count: its cost stays linear in what is
/// collected. Sentence limits and no limit always read the whole source.
class enough_text {
 public:
  explicit enough_text(const excerpt_options& o);
  bool operator()(const std::string& text);

 private:
  excerpt_unit unit_;
  std::size_t limit_;
  std::size_t next_check_ = 0;
};

/// Plain text: every non-blank line is a paragraph. Stops reading once
/// `enough` says the excerpt is decided.
flat_doc flatten_text(std::string_view text, const excerpt_options& o);
/// HTML fragment (see html_scan.cpp); stops like flatten_text.
flat_doc flatten_html(std::string_view html, const excerpt_options& o);
/// HTML text or an attribute value with its character references decoded as
/// the HTML tokenizer does: every named reference of the WHATWG table (the
/// legacy ones also without ';', except in an attribute before a letter, digit
/// or '='), numeric ones with 128–159 as Windows-1252 and 0, surrogates and
/// values past U+10FFFF as U+FFFD; anything else stays as written.
std::string decode_html_text(std::string_view s, bool in_attribute = false);
/// Inline content of the article model.
void flatten_inlines(flat_builder& b, const inlines& content);

}  // namespace baiviet::detail
