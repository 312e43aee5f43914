// Parsing: Markdown (CommonMark + GFM) with YAML/TOML/JSON front matter, or plain text
// scraped from a news page (see import.hpp), into an article.
#ifndef BAIVIET_PARSE_HPP
#define BAIVIET_PARSE_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "baiviet/article.hpp"
#include "baiviet/export.hpp"
#include "baiviet/result.hpp"

namespace baiviet {

enum class input_format { auto_detect, markdown, text };

/// Documented resource limits. Inputs beyond them give errc::too_large / too_deep.
inline constexpr std::size_t default_max_input_bytes = 64u * 1024u * 1024u;  // 64 MiB
inline constexpr int default_max_nesting = 128;  ///< container/inline depth kept as structure
/// Delimiter scans cmark-gfm 0.29.0.gfm.6 may make for links after emphasis
/// markers in one paragraph (it is quadratic there: 160 KB of "*a* [b](c) "
/// takes it 1.1 s, 2 MB minutes); about 0.5 s of its time on a 2-core EPYC.
inline constexpr std::uint64_t default_max_emphasis_scan = 100'000'000;

struct parse_options {
  input_format format = input_format::markdown;
  bool gfm = true;              ///< GFM extensions: table, strikethrough, autolink, tagfilter, tasklist
  bool footnotes = true;        ///< GFM footnotes ([^1])
  /// Recognise article structure in Markdown: a leading "# title", a bold first
  /// paragraph as sapo, an image alone in a paragraph as a figure. Off gives the
  /// plain CommonMark model (used by the spec tests).
  bool article_structure = true;
  bool smart_punctuation = false;  ///< cmark --smart (off: keep the author's quotes)
  /// Malformed front matter (YAML/TOML/JSON syntax, a top level that is not a
  /// mapping, an opening fence never closed) is errc::front_matter by default.
  /// Lenient: a warning naming the line instead, the block kept in
  /// article::dropped (reason "front-matter"), the body rendered. Bad values in
  /// well-formed front matter are warnings either way.
  bool lenient_front_matter = false;
  std::size_t max_input_bytes = default_max_input_bytes;
  /// Deeper nesting than this is flattened (content kept as paragraphs of the
  /// deepest kept level) and reported as a warning; never a crash.
  int max_nesting = default_max_nesting;
  /// Above this estimate of cmark-gfm's emphasis scans (links × emphasis markers
  /// before them, per paragraph, summed) parse_markdown fails with
  /// errc::too_large, naming the paragraph's line, instead of running for minutes.
  /// No real article comes near it (../shared/corpus and spec.txt: at most 207; a
  /// generated 1 MB article: 14,842). 0 = no limit.
  std::uint64_t max_emphasis_scan = default_max_emphasis_scan;

  // Text import (input_format::text, or auto-detected text): see import.hpp.
  bool drop_chrome = true;     ///< remove the comment box and widgets (kept in article::dropped)
  bool related_lists = true;   ///< read "Tin mới"/"Tin liên quan" lists into article::related
  bool normalize = true;       ///< NFC, look-alike letters (Ð→Đ), white space
};

/// Guess whether `source` is Markdown (front matter, '#' headings, links, emphasis,
/// lists …) or plain text copied from a page.
BAIVIET_API input_format detect_format(std::string_view source) noexcept;

/// Parse Markdown with optional front matter: YAML between `---` lines, TOML
/// between `+++` lines, or a JSON object at the very top (README "Parsing").
/// With article_structure, Hugo's figure shortcode becomes a figure and other
/// shortcodes and Go-template/Liquid tags are dropped with a warning (code keeps
/// them literally).
/// Errors: errc::front_matter (names the line; see lenient_front_matter), errc::too_large.
/// Invalid UTF-8 is replaced by U+FFFD and reported in article::warnings; NUL
/// bytes become U+FFFD as CommonMark requires.
BAIVIET_API result<article> parse_markdown(std::string_view source, const parse_options& options = {});

/// Parse according to options.format (auto_detect → detect_format): Markdown
/// with parse_markdown, text with import_text (with the text-import fields of
/// `options` and its max_input_bytes).
BAIVIET_API result<article> parse(std::string_view source, const parse_options& options = {});

}  // namespace baiviet

#endif
