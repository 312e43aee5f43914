// Excerpts for listing pages ("Tin mới", "Tin liên quan") and the reading time
// of an article, right for Vietnamese. See docs/text.md for the rules.
#ifndef BAIVIET_EXCERPT_HPP
#define BAIVIET_EXCERPT_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include "baiviet/article.hpp"
#include "baiviet/export.hpp"
#include "baiviet/result.hpp"
#include "baiviet/text.hpp"

namespace baiviet {

enum class excerpt_unit { graphemes, words, sentences };
enum class excerpt_source { auto_detect, sapo, body };  ///< auto: the sapo if present, else the body
enum class excerpt_output { text, html };

struct excerpt_options {
  std::size_t limit = 160;                     ///< in `unit`s; 0 = no limit
  excerpt_unit unit = excerpt_unit::graphemes;  ///< graphemes include the ellipsis
  excerpt_source source = excerpt_source::auto_detect;
  excerpt_output to = excerpt_output::text;
  std::string ellipsis = "…";                  ///< appended when cut inside a sentence
  /// Cut at the last sentence end within the limit when that keeps at least this
  /// share of the limit (in `unit`s); otherwise cut at the last word boundary.
  double sentence_threshold = 0.6;
  /// After the ellipsis, close curly quotes and brackets the excerpt left open
  /// (“Để lãnh đạo…”); sentence ends inside an open quotation are not used.
  bool close_brackets = true;
};

struct excerpt_result {
  std::string text;        ///< NFC; plain text or an HTML fragment (inline elements only)
  bool truncated = false;  ///< the source was longer than the excerpt
  bool ellipsis = false;   ///< options.ellipsis was appended
  std::size_t graphemes = 0, words = 0;  ///< of the excerpt as a reader sees it (ellipsis included)
};

/// Excerpt of an article: the sapo and/or body paragraphs (headings, captions,
/// figures, code, tables, raw HTML and chrome are skipped).
BAIVIET_API result<excerpt_result> excerpt(const article& a, const excerpt_options& options = {});

/// Excerpt of plain text (paragraphs separated by line breaks).
BAIVIET_API result<excerpt_result> excerpt_text(std::string_view text, const excerpt_options& options = {});

/// Excerpt of an HTML fragment: inline formatting kept (balanced, links made
/// safe), block elements become paragraph breaks, headings, captions, figures,
/// scripts, styles, navigation and forms are skipped.
BAIVIET_API result<excerpt_result> excerpt_html(std::string_view html, const excerpt_options& options = {});

/// Reading time of an article: the words of the sapo and of every body block
/// (headings, captions, tables and code included, as Ghost counts the post's
/// HTML) plus one image per figure (a caption whose photo URL was lost in a
/// copy still stands for a photo), inline image and the cover.
BAIVIET_API reading_time article_reading_time(const article& a, const reading_options& options = {});

/// Counts (graphemes, code points, words, sentences) of the text that the
/// reading time reads: the sapo and every body block (headings, captions,
/// tables and code included).
BAIVIET_API text_counts article_counts(const article& a);

}  // namespace baiviet

#endif
