// The article model: metadata, a body of blocks, related articles.
// Produced by parse_markdown() and import_text(); consumed by every renderer.
// The JSON output (render_json) mirrors these types field by field; see
// docs in README "JSON model".
#ifndef BAIVIET_ARTICLE_HPP
#define BAIVIET_ARTICLE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "baiviet/export.hpp"

namespace baiviet {

/// A point in time with the zone offset it was written in.
struct date_time {
  std::int64_t epoch_seconds = 0;  ///< seconds since 1970-01-01T00:00:00Z
  int utc_offset_minutes = 420;    ///< +07:00 (Asia/Ho_Chi_Minh) unless the source says otherwise
  bool has_time = true;            ///< false for a date without a time of day
  std::string zone = "Asia/Ho_Chi_Minh";  ///< IANA zone used for display
  /// ISO 8601 with offset: "2024-02-29T08:30:00+07:00" (or "2024-02-29" without time).
  BAIVIET_API std::string iso() const;
};

struct author {
  std::string name;
  std::string role;  ///< e.g. "Bài, ảnh", "Thực hiện"; empty when unknown
  std::string url;
};

struct byline {
  std::string text;                  ///< as written ("Bài, ảnh: Huy Ngoan, Quàng Hưởng")
  std::string role;                  ///< "Bài, ảnh", "Theo", "Thực hiện", …
  std::vector<std::string> authors;  ///< names in order
  std::string source;                ///< outlet of a reprint: "AFP" in "Theo AFP", "Thu Hà (theo CNBC)"
  double confidence = 1.0;           ///< 1 when given explicitly (front matter)
  bool empty() const { return text.empty() && authors.empty() && source.empty(); }
};

struct image {
  std::string src;    ///< URL (already checked by the safe-URL policy at render time)
  std::string alt;
  std::string title;
  int width = 0, height = 0;
  bool empty() const { return src.empty(); }
};

struct series {
  std::string name;  ///< "Vững nhịp cầu Đảng với nhân dân"
  int part = 0;      ///< 3 for "Kỳ 3"; 0 when none
};

struct related_item {
  std::string title;
  std::string url;
  std::string category;
  std::string summary;
  std::optional<date_time> published;
};

struct related_list {
  std::string heading;  ///< "Tin mới", "Tin liên quan", …
  std::vector<related_item> items;
};

// ---- inline content ---------------------------------------------------------

enum class inline_type {
  text,        ///< literal text
  softbreak,
  linebreak,
  code,        ///< inline code (text = literal)
  emph,
  strong,
  strikethrough,
  link,        ///< url, title, children
  image,       ///< url, title, children = alt text
  html,        ///< raw inline HTML (text); dropped/escaped unless unsafe rendering
  footnote_ref ///< text = label, number = footnote number
};

struct inline_node {
  inline_type type = inline_type::text;
  std::string text;
  std::string url;
  std::string title;
  int number = 0;
  std::vector<inline_node> children;
};

using inlines = std::vector<inline_node>;

/// A plain text run.
inline inline_node text_node(std::string text) {
  inline_node n;
  n.text = std::move(text);
  return n;
}

// ---- blocks -----------------------------------------------------------------

enum class block_type {
  paragraph,        ///< content
  heading,          ///< level, content, id (anchor, may be empty: assigned at render)
  figure,           ///< img (may be empty: a caption whose photo is missing), content = caption, credit
  quote,            ///< children
  list,             ///< ordered, start, tight, children = list_item
  list_item,        ///< children; task = -1 none, 0 open, 1 done
  table,            ///< align, children = table_row (first row is the header)
  table_row,        ///< children = table_cell
  table_cell,       ///< content
  code,             ///< info, literal
  html,             ///< literal raw HTML block; dropped/escaped unless unsafe rendering
  thematic_break,
  footnote,         ///< label, number, children (a footnote definition)
  interview_question,  ///< content (text import: "• question")
  interview_answer     ///< content (text import: "- answer")
};

enum class align { none, left, center, right };

struct block {
  block_type type = block_type::paragraph;
  inlines content;
  std::vector<block> children;
  int level = 0;             ///< heading level 1..6
  std::string id;            ///< heading anchor given by the source (else generated)
  image img;                 ///< figure
  std::string credit;        ///< figure: "N.H" from "Ảnh: N.H"
  std::string credit_label;  ///< figure: the credit's label as written, "Đồ họa" in "Đồ họa: N.H"; empty: "Ảnh"
  bool ordered = false;      ///< list
  int start = 1;             ///< ordered list start
  bool tight = true;         ///< list
  int task = -1;             ///< list_item: -1 not a task, 0 open, 1 done
  std::vector<align> aligns; ///< table
  std::string info;          ///< code: info string
  std::string literal;       ///< code, html
  std::string label;         ///< footnote
  int number = 0;            ///< footnote
  double confidence = 1.0;   ///< text import: how sure the classifier is
  std::size_t source_line = 0;  ///< 1-based line in the input, 0 if unknown
};

/// Input that was not rendered, kept for audit: page chrome dropped by text
/// import, or malformed front matter ignored by lenient parsing.
struct dropped_line {
  std::string text;
  std::string reason;  ///< "comment-box", "nbsp", "site-chrome", "front-matter", …
  std::size_t line = 0;
};

struct warning {
  std::string message;
  std::size_t line = 0;
};

struct article {
  // metadata
  std::string title;
  std::string kicker;                  ///< line above the title ("… • Kỳ 3")
  series series_info;
  std::string sapo;                    ///< lead paragraph (plain text)
  inlines sapo_inlines;                ///< lead paragraph with formatting (may be empty → sapo)
  byline byline_info;
  std::vector<author> authors;         ///< structured authors (front matter); byline_info.authors mirrors names
  std::optional<date_time> published;
  std::optional<date_time> updated;
  std::string category;
  std::vector<std::string> tags;
  image cover;
  std::string cover_caption;
  std::string canonical_url;
  /// Front matter says the article is not published: Hugo's `draft: true` or
  /// Jekyll's `published: false`. Informational: the article still renders.
  bool draft = false;
  std::string language = "vi";
  std::string dateline;                ///< outlet or place marker recovered by text import: "(BĐ) -", "TTO -", "Dân trí", "HÀ NỘI -"
  std::string source_format;           ///< "markdown" or "text"
  double title_confidence = 1.0;
  double sapo_confidence = 1.0;
  /// Markdown: the 1-based line of the "# title" / bold lead that article
  /// structure recognition took the title / sapo from (0: front matter, or none).
  std::size_t title_line = 0;
  std::size_t sapo_line = 0;
  /// Parsed with the GFM extensions (parse_options::gfm). Without them there is
  /// no GFM tagfilter either: render() applies that implication from here, so
  /// an article rendered after parsing gives what the one-call render() gives.
  bool gfm = true;
  double dateline_confidence = 1.0;    ///< text import: how sure the dateline is (0 when none)

  std::vector<block> body;
  std::vector<related_list> related;

  // diagnostics
  std::vector<dropped_line> dropped;   ///< text import: chrome lines removed; lenient front matter
  std::vector<warning> warnings;       ///< e.g. invalid UTF-8 replaced
};

}  // namespace baiviet

#endif
