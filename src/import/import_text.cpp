// import_text(): recover an article from text copied off a news page.
// The order of the passes matters and is the only logic here; every decision
// about what a line *is* comes from a rule (import/rules.cpp, byline.cpp,
// segment.cpp) or from the line classifier (import/model.cpp).
//
//  1. lines: sanitize UTF-8, split, normalise each line (NFC, Ð→Đ, spaces)
//  2. chrome: comment box, lone no-break spaces, site widgets → article::dropped
//  3. related lists ("Tin mới" + bulleted items) → article::related
//  4. byline: at the end of the text (or before a block of captions there)
//  5. title / kicker / series, then the dateline and the sapo
//  6. body: image markers + captions, interviews, breaks, lists; run-on
//     bodies cut into sentences; caption rules (credits, the captions block);
//     headings (rule); captions or paragraphs (the line classifier)
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "baiviet/import.hpp"
#include "baiviet/text.hpp"
#include "core/date_time.hpp"
#include "core/lines.hpp"
#include "core/trim.hpp"
#include "import/features.hpp"
#include "import/import_detail.hpp"
#include "import/model.hpp"
#include "import/rules.hpp"
#include "model/heading_ids.hpp"
#include "text/unicode_util.hpp"

namespace baiviet {

namespace {

namespace R = detail::import_rules;

struct unit {
  std::string text;
  std::size_t line = 0;
  /// The line's place with the dropped chrome lines taken out: gaps and adjacency are measured
  /// in rows, so a widget line a scraper copied between two lines leaves no blank between them.
  std::size_t row = 0;
  bool indented = false;  ///< the line's margin is wider than the text's narrowest (Tuổi Trẻ's related links)
  bool dropped = false;   ///< page chrome, moved to article.dropped (its text cleared): takes no row
  /// The row of its last line: a hard-wrapped paragraph joined back into one unit spans rows
  /// row..last_row, and the gap after it is counted from its last line.
  std::size_t last_row = 0;
  /// A table row as a page copies it: the line's cells, when tabs part it into two or more
  /// (normalised like a line; empty otherwise).
  std::vector<std::string> cells{};
  /// The page's date line stood right over it and was taken as metadata (take_page_metadata).
  bool under_date = false;
  /// The whole line stood in a converter's bold markers ("**Nguồn cung khan hiếm**") or behind a
  /// Markdown heading's signs ("## Nguồn cung khan hiếm"), taken off.
  bool strong = false;
  /// The line stood behind a converter's quote sign ("> Chúng tôi sẽ …"), taken off.
  bool quoted = false;
};

/// Blank lines (or dropped lines) between unit k-1 and unit k.
std::size_t gap_before(const std::vector<unit>& u, std::size_t k) {
  return k == 0 ? 0 : u[k].row - u[k - 1].last_row - 1;
}

/// The blank lines a double-spaced text puts between its units, as a browser's copy does (one,
/// or two as some editors' copy gives; R::double_spaced, as the classifier's features read its
/// body): the most common gap. There such a gap sets nothing apart. 0 for a text whose units
/// follow each other.
std::size_t habitual_gap(const std::vector<unit>& u) {
  std::size_t gapped = 0, counts[4] = {0, 0, 0, 0};
  for (std::size_t k = 1; k < u.size(); ++k) {
    const std::size_t g = gap_before(u, k);
    gapped += g > 0;
    if (g > 0) ++counts[std::min<std::size_t>(g, 3)];
  }
  if (!R::double_spaced(u.size(), gapped)) return 0;
  std::size_t best = 1;
  for (std::size_t g = 2; g <= 3; ++g)
    if (counts[g] > counts[best]) best = g;
  return best;
}

inline_node text_node(std::string s, inline_type t = inline_type::text) {
  inline_node n;
  n.type = t;
  n.text = std::move(s);
  return n;
}

inlines text_inlines(std::string s) {
  inlines v;
  v.push_back(text_node(std::move(s)));
  return v;
}

block make_block(block_type t, std::string text, std::size_t line, double conf) {
  block b;
  b.type = t;
  if (!text.empty()) b.content = text_inlines(std::move(text));
  b.source_line = line;
  b.confidence = conf;
  return b;
}

/// The text of a block that is one text node, else empty.
std::string_view single_text(const block& b) {
  if (b.content.size() != 1 || b.content.front().type != inline_type::text) return {};
  return b.content.front().text;
}

/// Rule: the points of a numbered article ("1. Học tiến sĩ không giúp bạn trở thành tỉ
/// phú", paragraphs, "2. …", paragraphs, "3. …") are its section headings alike. A numbered
/// paragraph next in its run to a numbered heading — its number one more or one less, with
/// paragraphs or photos between them and no other numbered line — is a heading too when it
/// does not end a sentence (a question may: "3. Vì sao …?") and has at most 40 words: the
/// heading rule stops at 18 words, and a listicle's long point was left a paragraph between
/// its siblings. Applied after the classifier; the heading gets its sibling's confidence.
/// Numbered lines that follow each other directly are a list (6a), not headings.
void numbered_headings(std::vector<block>& body) {
  std::vector<std::size_t> numbered;
  for (std::size_t k = 0; k < body.size(); ++k) {
    const block& b = body[k];
    if ((b.type == block_type::heading || b.type == block_type::paragraph) && R::is_enumerated(single_text(b)))
      numbered.push_back(k);
  }
  const auto candidate = [&](const block& b) {
    const std::string_view t = R::trim(single_text(b));
    if (b.type != block_type::paragraph || R::word_count(t) > 40) return false;
    // A question may end a point, also inside quotes.
    return !R::ends_with_closing_punct(t) || detail::last_cp_before_closing(t) == '?';
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t j = 0; j + 1 < numbered.size(); ++j) {
      block& x = body[numbered[j]];
      block& y = body[numbered[j + 1]];
      if (numbered[j + 1] == numbered[j] + 1) continue;
      if (R::enumeration_number(single_text(y)) != R::enumeration_number(single_text(x)) + 1) continue;
      block* from = x.type == block_type::heading ? &x : y.type == block_type::heading ? &y : nullptr;
      block* to = from == &x ? &y : &x;
      if (!from || !candidate(*to)) continue;
      to->type = block_type::heading;
      to->level = from->level;
      to->confidence = from->confidence;
      changed = true;
    }
  }
}

// ---- pass 1: lines --------------------------------------------------------------

/// The line at `start` and where the next one starts: detail::line_from's line ends ("\n",
/// "\r\n", a lone "\r") and Unicode's line and paragraph separators (U+2028, U+2029), which
/// text from a layout program's export or a JSON field can end its lines with.
detail::line_span text_line_from(std::string_view text, std::size_t start) {
  const detail::line_span l = detail::line_from(text, start);
  for (std::size_t p = l.text.find("\xE2\x80"); p != std::string_view::npos; p = l.text.find("\xE2\x80", p + 1)) {
    if (p + 2 < l.text.size() && (l.text[p + 2] == '\xA8' || l.text[p + 2] == '\xA9'))
      return {l.text.substr(0, p), start + p + 3};
  }
  return l;
}

/// The width of a line's left margin: its leading spaces, tabs and no-break spaces, one each
/// (a byte-order mark or zero-width space among them, which normalisation drops, counts nothing);
/// npos for a line of nothing else.
std::size_t margin_width(std::string_view raw) {
  std::size_t i = 0, width = 0;
  while (i < raw.size()) {
    if (raw[i] == ' ' || raw[i] == '\t') ++i, ++width;
    else if (raw.compare(i, 2, "\xC2\xA0") == 0) i += 2, ++width;
    else if (raw.compare(i, 3, "\xEF\xBB\xBF") == 0 || raw.compare(i, 3, "\xE2\x80\x8B") == 0) i += 3;
    else break;
  }
  return i == raw.size() ? std::string_view::npos : width;
}

/// The cells of a line that tabs part (a table row copied from a page: browsers put a tab
/// between cells, so a tab first or last is an empty cell's), or none: a row has at least two
/// cells with text.
std::vector<std::string> tab_cells(std::string_view raw, const import_options& opt, const normalize_options& nopt) {
  std::vector<std::string> cells;
  raw = detail::trim(raw, detail::blank_set{" \r", false});  // (not the tabs: they part cells)
  if (raw.find('\t') == std::string_view::npos) return cells;
  std::size_t filled = 0;
  for (std::size_t start = 0;;) {
    const std::size_t tab = std::min(raw.find('\t', start), raw.size());
    const std::string_view cell = raw.substr(start, tab - start);
    cells.push_back(opt.normalize ? R::fix_eth(normalize(cell, nopt)) : std::string(R::trim(cell)));
    filled += !cells.back().empty();
    if (tab == raw.size()) break;
    start = tab + 1;
  }
  if (filled < 2) cells.clear();
  return cells;
}

/// Pass 1 (part), since stop 44: what an HTML-to-text converter leaves of a page's markup on the
/// line, read as that markup: escapes, a quote's sign, a line wholly in bold, behind "#" or in
/// italics, a bold label at its head (the marks go; `strong`, `quoted` say what they were).
void read_converter_markup(unit& l) {
  // Rule (stop 44): a converter's escapes ("1\. Nguồn cung", "\*", "\#": html2text and
  // markdownify escape what Markdown would read as markup) lose their backslash: the page
  // printed the sign alone. (A backslash before anything else stays: "C:\Users".)
  if (std::string& t = l.text; t.find('\\') != std::string::npos) {
    std::string unescaped;
    unescaped.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\\' && i + 1 < t.size() &&
          std::string_view("\\`*_{}[]()#+-.!|>~").find(t[i + 1]) != std::string_view::npos)
        ++i;
      unescaped += t[i];
    }
    t = std::move(unescaped);
  }
  // Rule (stop 44): a line behind a converter's quote sign ("> Chúng tôi sẽ …": a page's
  // <blockquote>, a pull quote) is read without it, and becomes a quote in the body (6).
  // Before, the sign stayed and the line was a paragraph or a caption.
  if (std::string& t = l.text; t.size() > 2 && t[0] == '>' && t[1] == ' ') {
    t = std::string(R::trim(std::string_view(t).substr(2)));
    l.quoted = !t.empty();
  }
  // Rule (stop 44): a line wholly in a converter's bold markers ("**Nguồn cung khan hiếm**",
  // "__…__", as an HTML-to-text converter writes a page's <strong>) is read without them:
  // the markers are the page's formatting, not its words (a short one is a heading, 6).
  // Before, the markers stayed in the text and such a subheading read as a caption.
  if (std::string& t = l.text; t.size() > 4 && (t.starts_with("**") || t.starts_with("__")) &&
                                       t.ends_with(std::string_view(t).substr(0, 2))) {
    const std::string_view inner = R::trim(std::string_view(t).substr(2, t.size() - 4));
    if (!inner.empty() && inner.find(std::string_view(t).substr(0, 2)) == std::string_view::npos) {
      t = std::string(inner);
      l.strong = true;
    }
  } else if (const std::size_t hashes = t.find_first_not_of('#');
             hashes >= 1 && hashes <= 6 && hashes != std::string::npos && t[hashes] == ' ') {
    // So is a Markdown heading a converter wrote ("## Nguồn cung khan hiếm", "# <title>"; its
    // closing signs too, "## … ##"): before, its signs stayed and the line read as a caption. (A
    // hashtag has no space after its sign: "#giáheohơi", tags.)
    std::string_view inner = R::trim(std::string_view(t).substr(hashes));
    if (const std::size_t close = inner.find_last_not_of('#');
        close != std::string_view::npos && close + 1 < inner.size() && inner[close] == ' ')
      inner = R::trim(inner.substr(0, close));
    // (A heading opens with a capital or a digit: "# doc_id = …", a file's comment, stays.)
    if (!inner.empty() && inner.find_first_not_of('#') != std::string_view::npos && R::starts_upper(inner)) {
      t = std::string(inner);
      l.strong = true;
    }
  } else if (t.size() > 2 && (t.front() == '*' || t.front() == '_') && t.back() == t.front() && t[1] != ' ' &&
             t[t.size() - 2] != ' ' && t.find(t.front(), 1) == t.size() - 1) {
    // So is a line wholly in italics ("*Người dân thu hoạch xoài. Ảnh: Ngọc Diệp*", a caption
    // as converters write a page's <em>; not a list's "* " sign): before, the stars stayed in the
    // caption and its credit.
    t = t.substr(1, t.size() - 2);
  }
  // So is a speaker's or a label's bold at the head of a line ("**PV:** Thưa ông, …", "**Ông
  // Nguyễn Văn A**: …", as converters write an interview's <strong> labels; up to six words):
  // the markers go, the label stays. Before, such questions were no interview's, and read as
  // captions.
  if (std::string& t = l.text; t.size() > 6 && (t.starts_with("**") || t.starts_with("__"))) {
    const std::string mark = t.substr(0, 2);  // (a copy: t changes below)
    const std::size_t close = t.find(mark, 2);
    if (close != std::string::npos && close > 2 && close <= 80 &&
        ((t[close - 1] == ':' && (close + 2 == t.size() || t[close + 2] == ' ')) ||
         (close + 2 < t.size() && t[close + 2] == ':')) &&
        R::word_count(std::string_view(t).substr(2, close - 2)) <= 6) {
      t.erase(close, 2);
      t.erase(0, 2);
      // (The rest in bold too, "**Bài 3**: **Nơi ra đời …**": the whole line was bold.)
      const std::size_t rest = t.find(' ', close - 2);
      if (rest != std::string::npos && t.compare(rest + 1, 2, mark) == 0 && t.size() > rest + 5 &&
          t.ends_with(mark) && t.find(mark, rest + 3) == t.size() - 2) {
        t.erase(t.size() - 2);
        t.erase(rest + 1, 2);
        l.strong = true;
      }
    }
  }
}

std::vector<unit> split_lines(const std::string& clean, const import_options& opt, article& a) {
  std::vector<unit> out;
  std::size_t no = 0;
  normalize_options nopt;
  // Rule: a line is indented when its margin is wider than the text's narrowest. A paste whose
  // every line starts with the same spaces (a page's indented paragraphs, a quoted e-mail) reads
  // as the same text without them; a related link set in from a flush body still stands out.
  std::size_t narrowest = std::string_view::npos;
  for (std::size_t start = 0; start <= clean.size();) {
    const auto [raw, next] = text_line_from(clean, start);
    start = next;
    narrowest = std::min(narrowest, margin_width(raw));
  }
  for (std::size_t start = 0; start <= clean.size();) {
    const auto [raw, next] = text_line_from(clean, start);
    start = next;
    ++no;
    if (R::is_lone_nbsp(raw)) {
      // Pass 2 (part): a paragraph holding only a no-break space.
      if (opt.drop_chrome) a.dropped.push_back(dropped_line{std::string(raw), "nbsp", no});
      out.push_back(unit{"", no, no, false});
    } else {
      const std::size_t margin = margin_width(raw);
      const bool indented = margin != std::string_view::npos && margin > narrowest;
      out.push_back(unit{opt.normalize ? R::fix_eth(normalize(raw, nopt)) : std::string(R::trim(raw)), no, no, indented});
      out.back().cells = tab_cells(raw, opt, nopt);
      read_converter_markup(out.back());
    }
  }
  return out;
}

date_time to_date_time(const R::date_line& d) {
  // The offset is the one written (default +07:00).
  const std::int64_t days =
      detail::days_from_civil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
  date_time t;
  t.has_time = d.has_time;
  t.utc_offset_minutes = d.utc_offset_minutes;
  if (d.utc_offset_minutes != 420) t.zone.clear();
  t.epoch_seconds = days * 86400 + d.hour * 3600 + d.minute * 60 - static_cast<std::int64_t>(d.utc_offset_minutes) * 60;
  return t;
}

// ---- hard-wrapped text -------------------------------------------------------------

/// The width a text is hard-wrapped at (an e-mail's 72 or 78 columns, a plain-text export's
/// 80), or 0 when its lines are its paragraphs. Rule: nine in ten of the text's lines are at
/// most W code points long, 50 ≤ W ≤ 120 (a text written one line per paragraph has many lines
/// far longer), and of the lines that another line follows directly, at least four, seven in
/// ten or more fill the width (within 15 of W) and most of those stop inside a sentence. No
/// text of the labelled corpora, the sample or the fixtures is taken for wrapped.
std::size_t wrap_width(const std::vector<unit>& lines) {
  std::vector<std::size_t> lengths;  // code points
  for (const unit& l : lines)
    if (!l.text.empty()) lengths.push_back(detail::cp_length(l.text));
  if (lengths.size() < 5) return 0;
  std::sort(lengths.begin(), lengths.end());
  const std::size_t w = lengths[(lengths.size() * 9 + 9) / 10 - 1];  // nine in ten are at most w
  if (w < 50 || w > 120) return 0;
  std::size_t inner = 0, full = 0, open = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    if (lines[k].text.empty() || lines[k + 1].text.empty() || lines[k + 1].row != lines[k].row + 1) continue;
    ++inner;
    if (detail::cp_length(lines[k].text) + 15 < w) continue;
    ++full;
    open += !R::ends_with_closing_punct(lines[k].text);
  }
  if (inner < 4 || full * 10 < inner * 7 || open * 2 <= full) return 0;
  return w;
}

// ---- pass 3: related lists -----------------------------------------------------------

/// Rule: a related widget copied without its bullets closes the text: after its heading come
/// only headline-shaped lines, one to fifteen of them (4–30 words, no closing period, colon or
/// ellipsis), to the end — or to the next widget's heading, whose list follows the same way
/// ("Tin cùng chuyên mục" … "Đọc nhiều" …; a last heading with no line after it too). (Not the
/// text's first line: that is the title.)
bool plain_related_tail(const std::vector<unit>& lines, std::size_t heading) {
  if (heading == 0) return false;
  std::size_t items = 0, in_list = 0;
  for (std::size_t j = heading + 1; j < lines.size(); ++j) {
    const std::string_view t = R::trim(lines[j].text);
    if (t.empty()) continue;
    if (R::is_related_heading(t)) {
      in_list = 0;
      continue;
    }
    const std::size_t words = R::word_count(t);
    ++items;
    if (words < 4 || words > 30 || ++in_list > 15) return false;
    if (detail::ends_with(t, ".") || detail::ends_with(t, ":") || detail::ends_with(t, "\xE2\x80\xA6")) return false;  // …
  }
  return items > 0;
}

/// Index of the first related-list heading followed by a bulleted item, or by a plain list to
/// the text's end (plain_related_tail; `plain` is set), or npos.
std::size_t find_related_start(const std::vector<unit>& lines, bool& plain) {
  plain = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!R::is_related_heading(lines[i].text)) continue;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
      if (lines[j].text.empty()) continue;
      if (R::related_item_title(lines[j].text)) return i;
      break;
    }
    if (plain_related_tail(lines, i)) {
      plain = true;
      return i;
    }
  }
  return std::string::npos;
}

/// A related widget's heading as the list's: without a colon after it ("Tin liên quan:").
std::string related_heading(std::string_view line) {
  std::string_view h = R::trim(line);
  if (!h.empty() && h.back() == ':') h.remove_suffix(1);
  return std::string(R::trim(h));
}

void parse_related(const std::vector<unit>& lines, std::size_t from, bool plain, article& a, const import_options& opt) {
  related_list* list = nullptr;
  related_item* item = nullptr;
  const std::size_t first_list = a.related.size();
  std::vector<std::size_t> heading_at;  ///< the line of each list's heading (from: none)
  for (std::size_t i = from; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) continue;
    if (!opt.related) {
      a.dropped.push_back(dropped_line{t, "related-list", lines[i].line});
      continue;
    }
    if (R::is_related_heading(t)) {
      a.related.push_back(related_list{});
      heading_at.push_back(i);
      list = &a.related.back();
      list->heading = related_heading(t);
      item = nullptr;
      continue;
    }
    std::optional<std::string> title = R::related_item_title(t);
    if (!title && plain) title = std::string(R::trim(t));  // each line a headline
    if (title) {
      if (!list) {
        a.related.push_back(related_list{});
        heading_at.push_back(i);
        list = &a.related.back();
      }
      list->items.push_back(related_item{});
      item = &list->items.back();
      item->title = *title;
      // (An item a converter wrote as a Markdown link: its text is the title, and the address
      // the item's, since stop 44; before, the link's brackets were in the title.)
      if (auto link = R::markdown_link(*title)) {
        item->title = std::move(link->text);
        item->url = std::move(link->url);
      }
      continue;
    }
    if (!item) {
      a.dropped.push_back(dropped_line{t, "related-list", lines[i].line});
      continue;
    }
    // Rule: the link text repeats the title on the next line.
    if (item->category.empty() && item->summary.empty() && t == item->title) continue;
    if (item->category.empty() && item->summary.empty()) {
      if (auto cat = R::related_category(t)) {
        item->category = *cat;
        continue;
      }
    }
    if (!item->summary.empty()) item->summary += ' ';
    item->summary += t;
  }
  // A widget's heading that no item follows (the scraper did not copy them) holds nothing: it
  // goes to dropped as written.
  for (std::size_t k = a.related.size(); k-- > first_list;) {
    if (!a.related[k].items.empty()) continue;
    const unit& h = lines[heading_at[k - first_list]];
    a.dropped.push_back(dropped_line{h.text, "related-list", h.line});
    a.related.erase(a.related.begin() + static_cast<std::ptrdiff_t>(k));
  }
}

// ---- pass 6: body ------------------------------------------------------------------------

/// A body position: a finished block (from an explicit rule) or a text item
/// (a line or a run-on segment) that the line classifier decides.
struct slot {
  bool text = false;        ///< an item of `items` (else `done`)
  std::size_t item = 0;
  block done;
  R::body_class fixed = R::cls_paragraph;  ///< for text items decided by a rule
  bool decided = false;     ///< the rule decided the class (a credit caption)
  R::caption_parts credit;  ///< the caption parts of a credit caption (or of a labelled credit ending a line)
  std::vector<std::string> continuation;  ///< "- Trong ảnh: …" lines after it
  double decided_conf = 0;   ///< confidence of the rule that decided
  bool credit_only = false;  ///< a credit alone under its caption (captions block)
  bool photo_note = false;   ///< "Ảnh minh họa" / "(Ảnh tư liệu)" alone (also credit_only)
  R::caption_parts credit_text;  ///< the credit and label of a credit alone on its line (caption empty)
  bool credit_after = false;  ///< a labelled credit alone ("Đồ hoạ: BBC."), for the figure above it (6c)
  bool labelled = false;  ///< `credit` holds a credit with another label than "Ảnh" ending the line (6c)
};

struct body_builder {
  const std::vector<unit>& u;  // content units (no blanks, no chrome)
  std::size_t first;           // first unit of the body proper
  std::size_t last;            // one past the last unit of the body
  bool explicit_photos = false;
  bool interview = false;
  bool labelled_interview = false;  ///< its questions are "PV: …" lines (see run)
  article& a;
  const R::linear_model& model;  // the line classifier (empty: hand rules)
  detail::import_trace* trace;

  std::vector<slot> slots;
  std::vector<R::body_item> items;
  struct inline_link {
    R::inline_related_links links;
    std::string text;
    std::size_t line = 0;
  };
  std::vector<inline_link> inline_links;  ///< related links found among the body's lines
  int habit_ = -1;                         ///< habitual_gap(u), once asked (-1: not yet)
  std::size_t habit() {
    if (habit_ < 0) habit_ = static_cast<int>(habitual_gap(u));
    return static_cast<std::size_t>(habit_);
  }

  void add_done(block b) {
    slot s;
    s.done = std::move(b);
    slots.push_back(std::move(s));
  }

  /// A text item from unit k: the unit itself or one of its run-on segments.
  void add_item(std::size_t k, std::string text, bool run_in, bool unpunctuated, bool first_seg, bool last_seg) {
    R::body_item it;
    it.text = std::move(text);
    it.line = u[k].line;
    it.gap_before = gap_before(u, k);
    it.gap_after = k + 1 < u.size() ? gap_before(u, k + 1) : 0;
    it.indented = u[k].indented;
    it.run_in = run_in;
    it.unpunctuated_end = unpunctuated;
    it.first_of_unit = first_seg;
    it.last_of_unit = last_seg;
    it.unit = k;
    slot s;
    s.text = true;
    s.item = items.size();
    // Rule: a line ending in a photo credit is a caption ("… Ảnh: N.H",
    // "… (Ảnh: TTXVN)", "… - Ảnh: VGP/Nhật Bắc"). A credit with another label
    // ("… Đồ họa: X", "… Video: X") is kept for after the classifier (6c).
    auto cap = R::split_credit(it.text);
    if (cap && R::word_count(it.text) <= 80 && R::sentence_count(cap->caption) <= 3) {
      s.labelled = !cap->photo;
      s.decided = !s.labelled;
      s.fixed = R::cls_caption;
      s.credit = std::move(*cap);
      s.decided_conf = R::conf::caption_with_credit;
    }
    if (s.decided) {
      // (a photo's credit, above)
    } else if (R::ends_with_photo_note(it.text) && R::word_count(it.text) <= 60) {
      s.decided = true;
      s.fixed = R::cls_caption;
      s.credit = R::caption_parts{it.text, "", ""};
      s.decided_conf = R::conf::caption_with_credit;
    } else if (R::is_photo_note(it.text)) {
      // Rule: "Ảnh minh họa" / "(Ảnh tư liệu)" alone: joins the caption above (6c), or is the
      // caption of a photo of its own.
      s.credit_only = s.photo_note = true;
    } else if (auto credit = R::credit_only_line(it.text)) {
      if (R::starts_with_photo_word(it.text)) {
        // Rule: "Ảnh: Z.N" alone: the credit of the caption above, or of a
        // photo without caption.
        s.credit_only = true;
        s.credit_text = std::move(*credit);
      } else if (!credit->label.empty()) {
        // The same with another label ("Đồ hoạ: BBC."), applied after the
        // classifier (6c), like a labelled credit ending a line.
        s.credit_after = true;
        s.labelled = true;
        s.credit_text = std::move(*credit);
        s.decided_conf = R::conf::caption_with_credit;
      }
    }
    items.push_back(std::move(it));
    slots.push_back(std::move(s));
  }

  /// Rule: a caption run into a paragraph's line with its credit inside the
  /// line ("Nông dân thu hoạch lúa (ảnh: Minh Đức). Theo ghi nhận …", "… Ảnh:
  /// Minh Đức. Theo …"): the sentence that ends with the credit is a caption
  /// of its own, and the text before and after it are paragraphs. (A credit
  /// ending the line is split_credit's; a run-on body is cut whole.) Returns
  /// false, adding nothing, when unit k has no such credit.
  bool add_run_in_captions(std::size_t k) {
    const std::string& t = u[k].text;
    if (!R::has_credit_key(t) || R::split_credit(t)) return false;
    const auto segs = R::segment_run_on(t);
    if (std::none_of(segs.begin(), segs.end(), [](const R::segment& g) { return g.credit; })) return false;
    std::vector<std::string> pieces;
    std::vector<bool> is_credit;
    std::size_t pending = std::string::npos;  // start of the text not yet added
    auto flush = [&](std::size_t end) {
      if (pending == std::string::npos) return;
      std::string piece(R::trim(std::string_view(t).substr(pending, end - pending)));
      if (!piece.empty()) pieces.push_back(std::move(piece)), is_credit.push_back(false);
      pending = std::string::npos;
    };
    for (const R::segment& g : segs) {
      if (!g.credit) {
        if (pending == std::string::npos) pending = g.begin;
        continue;
      }
      flush(g.begin);
      pieces.emplace_back(R::trim(std::string_view(t).substr(g.begin, g.end - g.begin)));
      is_credit.push_back(true);
    }
    flush(t.size());
    // Only when each credit piece reads as a caption with its credit.
    for (std::size_t p = 0; p < pieces.size(); ++p)
      if (is_credit[p] && (!R::split_credit(pieces[p]) || R::sentence_count(pieces[p]) > 3)) return false;
    for (std::string& piece : pieces) add_item(k, std::move(piece), false, false, true, true);
    return true;
  }

  void run() {
    // 6a. explicit structure; every other line becomes a text item.
    for (std::size_t i = first; i < last; ++i) {
      const std::string& t = u[i].text;
      const std::size_t line = u[i].line;
      std::string rest;
      if (R::is_image_marker(t, &rest)) {
        i = figure_after_marker(i, rest);
        continue;
      }
      if (R::is_section_break(t)) {
        add_done(make_block(block_type::thematic_break, "", line, R::conf::section_break));
        continue;
      }
      if (interview && R::is_question_bullet(t)) {
        add_done(make_block(block_type::interview_question, R::strip_marker(t), line, R::conf::interview));
        continue;
      }
      if (interview && R::is_answer_dash(t) && !R::is_caption_continuation(t)) {
        add_done(make_block(block_type::interview_answer, R::strip_marker(t), line, R::conf::interview));
        continue;
      }
      // An interview written with the speakers' labels: "PV: …" asks, "Ông Nguyễn Văn A: …"
      // answers; the labels stay in the text.
      if (interview && R::is_reporter_question(t)) {
        add_done(make_block(block_type::interview_question, t, line, R::conf::interview));
        continue;
      }
      if (interview && labelled_interview && R::is_speaker_answer(t)) {
        add_done(make_block(block_type::interview_answer, t, line, R::conf::interview));
        continue;
      }
      if (!interview && R::is_dash_item(t) && i + 1 < last && R::is_dash_item(u[i + 1].text)) {
        i = marker_list(i, R::is_dash_item, false);
        continue;
      }
      if (!interview && R::is_question_bullet(t) && i + 1 < last && R::is_question_bullet(u[i + 1].text)) {
        i = marker_list(i, R::is_question_bullet, false);
        continue;
      }
      // Other bullets: two lines or more, or one line with a bullet sign ("■ Xe buýt điện thay
      // thế xe buýt diesel" between paragraphs: as the page shows it, a bulleted line; a
      // footnote's "* …" alone stays text). Before, such lines were paragraphs or captions.
      if (bool sign = false; !interview && R::is_bullet_item(t, &sign) &&
                             (sign || (i + 1 < last && R::is_bullet_item(u[i + 1].text)))) {
        i = marker_list(i, [](std::string_view l) { return R::is_bullet_item(l); }, false);
        continue;
      }
      // The same for "•" alone outside an interview ("• Giá căn hộ tăng 15%" between
      // paragraphs): a bulleted line, as "■" makes one. Before, a caption or a paragraph.
      if (!interview && R::is_question_bullet(t) && R::word_count(R::strip_marker(t)) > 0) {
        i = marker_list(i, R::is_question_bullet, false);
        continue;
      }
      if (!u[i].cells.empty() && i + 1 < last && u[i + 1].cells.size() == u[i].cells.size() && gap_before(u, i + 1) == 0) {
        i = tab_table(i);
        continue;
      }
      if (R::is_enumerated(t) && i + 1 < last && R::enumeration_number(u[i + 1].text) == R::enumeration_number(t) + 1) {
        i = marker_list(i, R::is_enumerated, true);
        continue;
      }
      if (R::is_caption_continuation(t) && !slots.empty()) {
        // "- Trong ảnh: …" continues the caption above.
        slot& prev = slots.back();
        if (!prev.text && prev.done.type == block_type::figure) {
          extend_caption(prev.done, t);
          continue;
        }
        if (prev.text && prev.decided && prev.fixed == R::cls_caption) {
          prev.continuation.push_back(t);
          continue;
        }
      }
      // Rule: a unit holding a whole body run into one line is cut into its
      // sentences, run-in credits and unpunctuated captions or headings.
      if (R::word_count(t) >= R::run_on_words && R::sentence_count(t) >= R::run_on_sentences) {
        const auto segs = R::segment_run_on(t);
        for (std::size_t s = 0; s < segs.size(); ++s) {
          std::string piece(R::trim(std::string_view(t).substr(segs[s].begin, segs[s].end - segs[s].begin)));
          if (piece.empty()) continue;
          add_item(i, std::move(piece), true, segs[s].unpunctuated, s == 0, s + 1 == segs.size());
        }
        continue;
      }
      if (add_run_in_captions(i)) continue;
      add_item(i, t, false, false, true, true);
    }
    captions_block();
    // 6b. the line classifier (or the hand rules) decides the text items.
    std::vector<R::body_class> cls(items.size(), R::cls_paragraph);
    std::vector<double> conf(items.size(), R::conf::paragraph);
    classify(cls, conf);
    // 6c. blocks, in order; run-on segments that stay paragraphs are joined
    // back into the paragraph they came from.
    std::size_t open_unit = std::string::npos;  // unit of the paragraph being extended
    std::size_t quote_open = std::string::npos;  // unit of the last line of the quote being built
    for (slot& s : slots) {
      if (!s.text) {
        a.body.push_back(std::move(s.done));
        open_unit = std::string::npos;
        continue;
      }
      const R::body_item& it = items[s.item];
      if (s.photo_note || (s.credit_only && R::is_photo_phrase(it.text))) {
        // Rule: "Ảnh chụp ngày 11/3/2017" (or the photo note) under a caption continues it;
        // elsewhere it is text (the note: a caption, below). (Such a line is set apart before
        // the classifier like a credit, so the classifier's rows stay as they are; here it is
        // told from one.)
        if (!a.body.empty() && a.body.back().type == block_type::figure) {
          block& f = a.body.back();
          if (it.run_in && !f.content.empty() && f.content.back().type == inline_type::text)
            f.content.back().text += ' ' + it.text;  // the same line, cut after its sentence
          else
            extend_caption(f, it.text);
        } else if (s.photo_note) {
          // the caption of the short paragraph right above it (as a credit makes one), or of a
          // photo of its own that the paste lost
          if (block* f = credited_block(it)) extend_caption(*f, it.text);
          else add_figure(it.text, "", it.line, R::conf::caption_with_credit);
        } else {
          a.body.push_back(make_block(block_type::paragraph, it.text, it.line, R::conf::paragraph));
        }
        open_unit = std::string::npos;
        continue;
      }
      // Rule: a credit alone on its line, the photo's ("Ảnh: Z.N") or with another label
      // ("Đồ hoạ: BBC.", "Video: VTV"), is the credit of the caption above it (see
      // credited_block); else the photo's makes a photo without caption (below) and the
      // other a figure of its own (a graphic, 6c's labelled case).
      if (s.credit_after || s.credit_only) {
        if (block* f = credited_block(it)) {
          f->credit = s.credit_text.credit;
          f->credit_label = s.credit_text.label;
          open_unit = std::string::npos;
          continue;
        }
      }
      if (s.credit_only) {
        if (R::starts_with_photo_word(it.text)) {
          add_figure("", s.credit_text.credit, it.line, R::conf::caption_with_credit, s.credit_text.label);
        } else {
          a.body.push_back(make_block(block_type::paragraph, it.text, it.line, R::conf::paragraph));
        }
        open_unit = std::string::npos;
        continue;
      }
      // Rule: a related link standing alone in the body ("Xem thêm: …",
      // headlines joined by " / ") is a related item, whatever the classifier
      // made of the line (it keeps its place among the classifier's rows, so
      // the model and its neighbours' features do not change).
      if (!s.decided && !it.run_in && it.first_of_unit && it.last_of_unit) {
        if (auto links = R::inline_related(it.text)) {
          inline_links.push_back({std::move(*links), it.text, it.line});
          open_unit = std::string::npos;
          continue;
        }
      }
      // Rule: the photo's source alone under its caption, no blank between them ("Khung cảnh
      // ruộng bậc thang …" / "Nguồn: FBNV"): that figure's credit, labelled as written, as
      // "Ảnh: X" there is. Elsewhere it is the source note of the text above it: a paragraph,
      // never a heading or a caption of its own.
      if (!s.decided && !it.run_in && it.first_of_unit && it.last_of_unit)
        if (auto src = detail::source_alone(it.text)) {
          block* f = !a.body.empty() && a.body.back().type == block_type::figure ? credited_block(it) : nullptr;
          if (f) {
            f->credit = src->credit;
            f->credit_label = src->label;
          } else {
            a.body.push_back(make_block(block_type::paragraph, it.text, it.line, R::conf::paragraph));
          }
          open_unit = std::string::npos;
          continue;
        }
      R::body_class c = s.decided ? s.fixed : cls[s.item];
      // Rule: a line behind a list's sign ("+ Giá căn hộ tăng 15%", "* Nguồn cung khan hiếm",
      // "- …") is never a photo's caption: a page prints no bullet before a caption. The
      // classifier's caption is text here (a heading stays one). Applied to its answer, so its
      // rows stay as they are.
      // (Nor is a live blog's clock stamp alone, "[10:30]", since stop 43.)
      if (!s.decided && c == R::cls_caption && (R::opens_with_list_sign(it.text) || R::is_clock_stamp(it.text))) {
        c = R::cls_paragraph;
        conf[s.item] = R::conf::paragraph;
      }
      // Rule (stop 44): a line the page set in bold alone ("**Nguồn cung khan hiếm**", its markers
      // taken off in pass 1) is a subheading when it reads as one, and never a photo's caption:
      // pages do not bold captions. (Not in an interview, whose bold lines are its questions.)
      if (!s.decided && !interview && !it.run_in && it.first_of_unit && it.last_of_unit && u[it.unit].strong) {
        if (R::looks_like_heading(it.text)) {
          c = R::cls_heading;
          conf[s.item] = std::max(conf[s.item], R::conf::heading_marked);
        } else if (c == R::cls_caption) {
          c = R::cls_paragraph;
          conf[s.item] = R::conf::paragraph;
        }
      }
      // A quote's lines (pass 1), one paragraph each, in one quote block while they follow each
      // other, whatever the classifier made of them.
      if (!s.decided && !it.run_in && u[it.unit].quoted) {
        block p = make_block(block_type::paragraph, it.text, it.line, R::conf::paragraph);
        if (!a.body.empty() && a.body.back().type == block_type::quote && quote_open + 1 == it.unit) {
          a.body.back().children.push_back(std::move(p));
        } else {
          block q;
          q.type = block_type::quote;
          q.source_line = it.line;
          q.confidence = R::conf::paragraph;
          q.children.push_back(std::move(p));
          a.body.push_back(std::move(q));
        }
        quote_open = it.unit;
        open_unit = std::string::npos;
        continue;
      }
      // Rule: a line ending in a credit with another label than the photo's
      // ("… Đồ họa: Minh Anh", "… Video: VTV") is a caption too. Applied to
      // the classifier's answer, not before it like the photo's, so the
      // classifier's rows (and the committed weights) stay as they are.
      // A labelled credit alone on its line that no caption above took is such a figure,
      // without caption.
      const bool labelled = !s.decided && s.labelled;
      if (c == R::cls_caption || labelled) {
        if (s.decided || labelled) {
          const R::caption_parts& parts = labelled && s.credit_after ? s.credit_text : s.credit;
          add_figure(parts.caption, parts.credit, it.line,
                     s.decided || c != R::cls_caption ? s.decided_conf : conf[s.item], parts.label);
        } else {
          add_figure(it.text, "", it.line, conf[s.item]);
        }
        for (const std::string& more : s.continuation) extend_caption(a.body.back(), more);
        open_unit = std::string::npos;
      } else if (c == R::cls_heading) {
        block h = make_block(block_type::heading, it.text, it.line, conf[s.item]);
        h.level = 2;
        a.body.push_back(std::move(h));
        open_unit = std::string::npos;
      } else if (it.run_in && open_unit == it.unit && !a.body.empty() && a.body.back().type == block_type::paragraph) {
        a.body.back().content.back().text += ' ' + it.text;
        a.body.back().confidence = std::min(a.body.back().confidence, conf[s.item]);
      } else {
        a.body.push_back(make_block(block_type::paragraph, it.text, it.line, conf[s.item]));
        open_unit = it.run_in ? it.unit : std::string::npos;
      }
    }
  }

  /// Rule: scrapers gather the photo captions in a block after the text. In a
  /// text whose body has exactly one blank gap, between two lines of text, the
  /// lines after it (at most 12, none over 45 words, after at least three
  /// lines of body text) are captions; a line there
  /// that is only a credit is the credit of the caption above it; a body line
  /// repeated in the block is a caption as well (the photo stood there).
  void captions_block() {
    const std::size_t n = items.size();
    std::size_t start = 0, gaps = 0;
    for (std::size_t k = 1; k < n; ++k) {
      if (items[k].run_in || !items[k].first_of_unit || items[k].gap_before == 0) continue;
      ++gaps;
      start = k;
    }
    if (gaps != 1 || start < 3 || n - start > 12) return;
    for (std::size_t k = start; k < n; ++k)
      if (items[k].run_in || R::word_count(items[k].text) > 45) return;
    // The gap separates text from text (not a break or a photo marker).
    for (std::size_t i = 1; i < slots.size(); ++i)
      if (slots[i].text && slots[i].item == start && !slots[i - 1].text) return;
    std::vector<std::string> keys;
    for (slot& s : slots) {
      if (!s.text || s.item < start) continue;
      const std::string& t = items[s.item].text;
      if (s.item > start) {
        if (auto credit = R::credit_only_line(t)) {
          const bool after = !credit->label.empty() && !R::starts_with_photo_word(t);
          s.credit_text = std::move(*credit);
          // (a labelled credit stays a caption of the block here, for the
          // classifier's rows; 6c gives it to the caption above)
          if (after) s.credit_after = true;
          else {
            s.credit_only = true;
            continue;
          }
        }
      }
      // (A related link there, "Xem thêm: …", stays one: pass 6's rule takes it.)
      if (!s.decided && !R::inline_related(t)) {
        s.decided = true;
        s.fixed = R::cls_caption;
        s.credit = R::caption_parts{t, "", ""};
        s.decided_conf = R::conf::caption_block;
      }
      keys.push_back(fold_for_search(t));
    }
    for (slot& s : slots) {
      if (!s.text || s.item >= start || s.decided) continue;
      if (std::find(keys.begin(), keys.end(), fold_for_search(items[s.item].text)) == keys.end()) continue;
      s.decided = true;
      s.fixed = R::cls_caption;
      s.credit = R::caption_parts{items[s.item].text, "", ""};
      s.decided_conf = R::conf::caption_block;
    }
  }

  /// The class of every undecided item: the learned model over the features
  /// of features.hpp, or, without a model, the hand rules (heading shape,
  /// caption by position).
  void classify(std::vector<R::body_class>& cls, std::vector<double>& conf) {
    if (items.empty()) return;
    const std::vector<R::body_features_t> f = R::body_features(items, a.title, a.sapo, explicit_photos);
    std::vector<bool> decided(items.size(), false), credit_only(items.size(), false);
    for (const slot& x : slots) {
      if (x.text && x.decided) decided[x.item] = true;
      if (x.text && x.credit_only) credit_only[x.item] = true;
    }
    const auto rule_captions = static_cast<std::size_t>(std::count(decided.begin(), decided.end(), true));
    // A text of fewer than min_model_items lines has no layout for the
    // model's measures of the whole text to describe: the hand rules decide.
    const bool use_model = !model.empty() && items.size() >= R::min_model_items;
    // Rule: a text most of whose lines are heading-shaped is a photo gallery:
    // those short lines are the captions, not headings.
    std::size_t heading_shaped = 0;
    // (A numbered point, "1. Mặc đủ ấm", is a listicle's heading, not a gallery's caption.)
    for (std::size_t k = 0; k < items.size(); ++k)
      heading_shaped += R::looks_like_heading(items[k].text) && !R::is_enumerated(items[k].text);
    const bool gallery = items.size() >= 6 && heading_shaped * 2 > items.size();
    auto record = [&](std::size_t k, const char* kind, int predicted) {
      if (!trace || items.size() < R::min_model_items) return;
      detail::import_trace_row row;
      row.kind = kind;
      row.text = items[k].text;
      row.line = items[k].line;
      row.features.assign(f[k].begin(), f[k].end());
      row.predicted = predicted;
      trace->rows.push_back(std::move(row));
    };
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (decided[k]) {
        record(k, "rule", R::cls_caption);  // (decided by a caption rule)
        continue;
      }
      if (credit_only[k]) continue;
      if (R::is_answer_dash(items[k].text)) {
        // Rule: a line opening with a dash is dialogue or a list item as
        // written, never a caption or heading.
        cls[k] = R::cls_paragraph;
        conf[k] = R::conf::paragraph;
        continue;
      }
      // Rule: a heading its writer marked (in capitals, Roman-numbered) is
      // one, unless the next line is marked the same way (a block of such lines
      // is not a section title).
      if (R::marked_heading(items[k].text) && !(k + 1 < items.size() && R::marked_heading(items[k + 1].text))) {
        cls[k] = R::cls_heading;
        conf[k] = R::conf::heading_marked;
        record(k, "rule", R::cls_heading);
        continue;
      }
      if (gallery && f[k][R::f_rule_heading] != 0) {
        cls[k] = R::cls_caption;
        conf[k] = R::conf::caption_gallery;
      } else if (use_model) {
        const R::prediction p = R::predict_body(model, f[k].data());
        cls[k] = static_cast<R::body_class>(p.cls);
        conf[k] = p.confidence;
        // Rules (after the classifier): where the rules found the text's photos (two
        // or more captions by credit or marker), a caption the classifier is unsure
        // of is a paragraph; and a line longer than any photo caption the labels
        // hold is a paragraph, whatever the text around it.
        if (cls[k] == R::cls_caption &&
            ((rule_captions >= 2 && conf[k] < R::conf::model_caption_where_photos_found) ||
             R::word_count(items[k].text) > R::max_caption_words)) {
          cls[k] = R::cls_paragraph;
          conf[k] = R::conf::paragraph;
        }
      } else {
        hand_rules(k, cls, conf);
      }
      // Rule (after the classifier, whose features it leaves alone): a photo's
      // alt text, "<headline> - Ảnh 2.", is a caption wherever it stands.
      if (R::is_photo_alt_text(items[k].text)) {
        cls[k] = R::cls_caption;
        conf[k] = R::conf::caption_alt_text;
      }
      record(k, "body", cls[k]);
    }
    // Rule (after the classifier): a section's only line is its text: a line read as a caption
    // between two headings, or between a heading and the text's end, is a paragraph ("4. Kiểm
    // tra camera" / "Chụp thử vài bức ảnh …" / "5. …"). (Not a caption a rule found.)
    for (std::size_t k = 1; k < items.size(); ++k)
      if (!decided[k] && cls[k] == R::cls_caption && cls[k - 1] == R::cls_heading &&
          (k + 1 == items.size() || cls[k + 1] == R::cls_heading) && !R::is_photo_alt_text(items[k].text)) {
        cls[k] = R::cls_paragraph;
        conf[k] = R::conf::paragraph;
      }
  }

  /// Without a model: a short line without closing punctuation not followed by
  /// another such line is a heading; in a text without photo markers or
  /// credits, a one-sentence descriptive line between much longer paragraphs
  /// is a caption (rules.cpp: looks_like_heading, caption_by_position).
  void hand_rules(std::size_t k, std::vector<R::body_class>& cls, std::vector<double>& conf) const {
    const std::string& t = items[k].text;
    auto heading_like = [&](std::size_t j) { return j < items.size() && R::looks_like_heading(items[j].text); };
    if (R::looks_like_heading(t) && k + 1 < items.size() && !heading_like(k + 1)) {
      cls[k] = R::cls_heading;
      conf[k] = R::conf::heading;
      return;
    }
    if (explicit_photos) return;
    auto plain = [&](std::size_t j) {
      return j < items.size() && !heading_like(j) && R::ends_with_closing_punct(items[j].text);
    };
    const bool at_start = k == 0;
    const bool prev_text = at_start ? !a.sapo.empty() : plain(k - 1);
    const std::size_t prev_words = at_start ? R::word_count(a.sapo) : R::word_count(items[k - 1].text);
    const bool next_heading = heading_like(k + 1);
    const bool next_ok = next_heading || plain(k + 1);
    const std::size_t next_words = next_heading || k + 1 >= items.size() ? 0 : R::word_count(items[k + 1].text);
    if (R::caption_by_position(t, prev_words, prev_text, next_words, next_ok)) {
      cls[k] = R::cls_caption;
      conf[k] = R::conf::caption_by_position;
    }
  }

  /// Rule: two or more lines in a row, without a blank between them, that tabs part into as many
  /// cells (two or more) are a table, as a page's table is copied; the first row is its header.
  std::size_t tab_table(std::size_t i) {
    block table = make_block(block_type::table, "", u[i].line, R::conf::table);
    table.aligns.assign(u[i].cells.size(), align::none);
    std::size_t k = i;
    for (; k < last && u[k].cells.size() == u[i].cells.size() && (k == i || gap_before(u, k) == 0); ++k) {
      block row = make_block(block_type::table_row, "", u[k].line, R::conf::table);
      row.level = k == i;  // (the header row)
      for (const std::string& cell : u[k].cells) row.children.push_back(make_block(block_type::table_cell, cell, u[k].line, R::conf::table));
      table.children.push_back(std::move(row));
    }
    add_done(std::move(table));
    return k - 1;
  }

  /// Consecutive "- item" / "• item" lines (outside interviews) or "1. …",
  /// "2. …" lines numbered in sequence form a list.
  std::size_t marker_list(std::size_t i, bool (*is_item)(std::string_view), bool ordered) {
    block list = make_block(block_type::list, "", u[i].line, R::conf::list);
    list.ordered = ordered;
    if (ordered) list.start = R::enumeration_number(u[i].text);
    std::size_t k = i;
    for (; k < last && is_item(u[k].text); ++k) {
      if (ordered && k > i && R::enumeration_number(u[k].text) != R::enumeration_number(u[k - 1].text) + 1) break;
      block item = make_block(block_type::list_item, "", u[k].line, R::conf::list);
      std::string text = ordered ? R::strip_enumeration(u[k].text) : R::strip_marker(u[k].text);
      item.children.push_back(make_block(block_type::paragraph, std::move(text), u[k].line, R::conf::list));
      list.children.push_back(std::move(item));
    }
    add_done(std::move(list));
    return k - 1;
  }

  /// The block a credit alone on its line belongs to: the figure above it that has no
  /// credit, or (Rule) the short paragraph on the line right above it (no blank between them,
  /// or the blank lines a double-spaced text puts everywhere, habitual_gap; a dropped widget line is none), which the credit
  /// shows to be a caption ("Các đại biểu cho ý kiến …" / "Ảnh minh hoạ: Võ Hải."). Applied
  /// to the classifier's answer: its rows stay as they are.
  block* credited_block(const R::body_item& credit) {
    if (a.body.empty()) return nullptr;
    block& b = a.body.back();
    if (b.type == block_type::figure) return b.credit.empty() ? &b : nullptr;
    const std::size_t gap = gap_before(u, credit.unit);
    const bool right_above = credit.unit > 0 && u[credit.unit - 1].line == b.source_line &&
                             gap <= habit();
    if (b.type != block_type::paragraph || !right_above || b.content.size() != 1 ||
        b.content.front().type != inline_type::text)
      return nullptr;
    const std::string& t = b.content.front().text;
    if (R::word_count(t) > 30 || R::sentence_count(t) > 2) return nullptr;
    b.type = block_type::figure;
    b.confidence = R::conf::caption_with_credit;
    return &b;
  }

  void add_figure(std::string caption, std::string credit, std::size_t line, double conf,
                  std::string credit_label = {}) {
    block f = make_block(block_type::figure, std::move(caption), line, conf);
    f.credit = std::move(credit);
    f.credit_label = std::move(credit_label);
    a.body.push_back(std::move(f));
  }

  static void extend_caption(block& f, const std::string& t) {
    // "- Trong ảnh: …" joins the caption above; the credit at its end is split off.
    std::string part = t;
    if (auto cap = R::split_credit(t)) {
      part = cap->caption;
      if (f.credit.empty()) f.credit = cap->credit, f.credit_label = cap->label;
    }
    f.content.push_back(text_node("", inline_type::softbreak));
    f.content.push_back(text_node(part));
  }

  /// An image marker: the next line is its caption (plus a "Trong ảnh" line). A marker that
  /// is the photo's address ("![alt](url)", "https://…/a.jpg", "[img] a.jpg") gives the
  /// figure its image (and a Markdown image's title its caption); such a figure stands
  /// without a caption too.
  std::size_t figure_after_marker(std::size_t i, const std::string& same_line) {
    const std::size_t line = u[i].line;
    std::string text = same_line;
    image img;
    auto photo = R::image_line(u[i].text);
    if (!photo && (photo = R::image_line(same_line))) text.clear();
    if (photo) {
      // "![alt](url "title")": the title is the caption, as Markdown import reads it.
      if (!photo->title.empty()) text = photo->title;
      img.src = std::move(photo->src), img.alt = std::move(photo->alt), img.title = std::move(photo->title);
    }
    std::size_t cap_line = line;
    std::size_t next = i;
    if (text.empty() && i + 1 < last && R::may_follow_image_marker(u[i + 1].text) &&
        !(interview && R::is_question_bullet(u[i + 1].text))) {
      next = i + 1;
      text = u[next].text;
      cap_line = u[next].line;
    }
    if (text.empty() && img.empty()) {
      a.dropped.push_back(dropped_line{u[i].text, "image-marker", line});
      return i;
    }
    std::string credit, credit_label;
    if (auto cap = R::split_credit(text)) {
      text = cap->caption;
      credit = cap->credit;
      credit_label = cap->label;
    }
    block f = make_block(block_type::figure, std::move(text), cap_line, R::conf::caption_after_marker);
    f.img = std::move(img);
    f.credit = std::move(credit);
    f.credit_label = std::move(credit_label);
    while (next + 1 < last && R::is_caption_continuation(u[next + 1].text)) {
      ++next;
      extend_caption(f, u[next].text);
    }
    add_done(std::move(f));
    return next;
  }
};

// ---- pass 4: byline --------------------------------------------------------------------

void set_byline(article& a, const R::byline_parts& b) {
  a.byline_info.text = b.text;
  a.byline_info.role = b.role;
  a.byline_info.authors = b.authors;
  a.byline_info.source = b.source;
  a.byline_info.confidence = b.confidence;
  for (std::size_t i = 0; i < b.authors.size(); ++i)
    a.authors.push_back(author{b.authors[i], i < b.author_roles.size() ? b.author_roles[i] : b.role, ""});
}

/// Rule: credits of several roles on lines of their own, one under the other, as a long-form
/// story prints them ("Thực hiện: Minh Anh - Hoàng Hà" / "Trình bày: Thu Trang" under the title;
/// "Bài: Minh Anh" / "Ảnh: Hoàng Hà" / "Thiết kế: Thu Trang" closing the text): the lines
/// [from, to), each "Role: names", are one byline, read as the one line "Thực hiện: … - Trình
/// bày: …" is (parse_byline's multi-role credit); its text keeps the lines.
std::optional<R::byline_parts> stacked_credits(const std::vector<unit>& u, std::size_t from, std::size_t to,
                                               bool last_line) {
  if (to < from + 2 || to > u.size()) return std::nullopt;
  std::string flat, text;
  for (std::size_t k = from; k < to; ++k) {
    const std::string& t = u[k].text;
    const std::size_t colon = t.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 24) return std::nullopt;
    flat += (k == from ? "" : " - ") + t;
    text += (k == from ? "" : "\n") + t;
  }
  auto b = R::parse_byline(flat, last_line);
  if (!b || b->authors.size() < to - from) return std::nullopt;
  b->text = std::move(text);
  return b;
}

/// The byline ending the units [0, end): a name line, optionally followed by a
/// "Theo X" source line or a desk tag line; or a byline run on after the last
/// sentence (only when `run_on`). Removes (or shortens) the units it takes.
bool byline_ending_at(std::vector<unit>& u, std::size_t end, bool run_on, article& a) {
  if (end == 0) return false;
  const std::size_t k = end - 1;
  auto erase = [&](std::size_t from, std::size_t n) {
    u.erase(u.begin() + static_cast<std::ptrdiff_t>(from), u.begin() + static_cast<std::ptrdiff_t>(from + n));
  };
  for (std::size_t from = end > 4 ? end - 4 : 0; from + 2 <= end; ++from)
    if (auto b = stacked_credits(u, from, end, true)) {
      set_byline(a, *b);
      erase(from, end - from);
      return true;
    }
  // Rule: the reporter's e-mail address on a line of its own under the name ("Minh Anh" /
  // "minhanh@thanhnien.vn"): read as "Minh Anh - minhanh@thanhnien.vn" is.
  if (k > 0 && R::email_address(u[k].text))
    if (auto b = R::parse_byline(u[k - 1].text + " - " + u[k].text, true); b && !b->authors.empty()) {
      b->text = u[k - 1].text + "\n" + u[k].text;
      set_byline(a, *b);
      erase(k - 1, 2);
      return true;
    }
  // Rule: the writer's line over the photographer's closes the text ("Minh Anh" / "Ảnh: Thành
  // Đạt", "Bài: Minh Anh" / "Ảnh: Thành Đạt"): the byline, read as the one line "Bài: Minh Anh
  // - Ảnh: Thành Đạt" is. When the credit names no person ("Ảnh: TTXVN"), the name above is the
  // byline and the credit stays a photo's.
  if (k > 0) {
    auto c = detail::credit_alone(u[k].text);
    if (c && c->photo && !c->credit.empty() && !R::ends_with_closing_punct(u[k - 1].text)) {
      if (auto b = R::parse_byline(u[k - 1].text + " - " + u[k].text, true); b && !b->authors.empty()) {
        b->text = u[k - 1].text + "\n" + u[k].text;
        set_byline(a, *b);
        erase(k - 1, 2);
        return true;
      }
      if (auto b = R::parse_byline(u[k - 1].text, true); b && !b->authors.empty() && b->source.empty()) {
        set_byline(a, *b);
        erase(k - 1, 1);
        return true;
      }
    }
  }
  // "Mi Vân" / "Theo QQ/Sohu", "Hoài Nam" / "Tổng hợp".
  auto src = R::parse_source_line(u[k].text);
  if (src || R::is_desk_tag_line(u[k].text)) {
    R::byline_parts b = src ? *src : R::byline_parts{u[k].text, "", {}, "", R::conf::byline_name, {}};
    b.confidence = src ? R::conf::byline_source_line : R::conf::byline_name;
    std::size_t take = 1;
    if (k > 0 && b.authors.empty()) {
      if (auto n = R::parse_name_group(u[k - 1].text); n && n->source.empty()) {
        b.text = u[k - 1].text + "\n" + b.text;
        b.authors = n->authors;
        if (b.role.empty() || src) b.role = n->role.empty() ? b.role : n->role;
        take = 2;
      }
    }
    if (!src && take == 1) return false;  // a desk tag alone is not a byline
    set_byline(a, b);
    erase(end - take, take);
    return true;
  }
  if (auto b = R::parse_byline(u[k].text, true)) {
    // "Theo Cổng Thông tin điện tử Chính phủ" / "Tác giả: Phan Trang": the
    // source line above an author line is the byline's source.
    std::size_t take = 1;
    if (k > 0 && b->source.empty() && !b->authors.empty()) {
      if (auto src = R::parse_source_line(u[k - 1].text); src && src->authors.empty() && !src->source.empty()) {
        b->source = src->source;
        b->text = u[k - 1].text + "\n" + b->text;
        take = 2;
      }
    }
    set_byline(a, *b);
    erase(end - take, take);
    return true;
  }
  if (run_on) {
    if (auto t = R::split_trailing_byline(u[k].text)) {
      set_byline(a, t->first);
      u[k].text = std::string(R::trim(std::string_view(u[k].text).substr(0, t->second)));
      return true;
    }
  }
  return false;
}

/// Rule (stop 43): a line of the page's metadata in parts set off by bars or dots, three or more,
/// or two with a time relative to the page's now: "Minh Anh | Kinh doanh | 03/12/2026", "03/12/2026
/// 08:00 | Minh Anh | 1.234 lượt xem", "Minh Anh • 3 giờ trước". Every part must be a date, such a
/// relative time (dropped: it dates nothing), the writer's name (at most one, the byline), the
/// page's chrome (dropped) or, near the top, a section (the category where no section line over
/// the title names one; dropped); one part a date or a relative time. Before, such a line stayed
/// a line of its own and under the title read as a heading, costing the sapo. Returns whether
/// the line is used up (with drop_chrome only: the caller asks so).
/// The mark that sets off the parts of a page's metadata line, a bar or a dot (" | ", " • ",
/// " · "; the last of them the line holds), or empty.
std::string_view metadata_mark(std::string_view line) {
  std::string_view mark;
  for (std::string_view m : {std::string_view(" | "), std::string_view(" \xE2\x80\xA2 "), std::string_view(" \xC2\xB7 ")})
    if (line.find(m) != std::string_view::npos) mark = m;
  return mark;
}

template <class TakeDate>
bool meta_parts_line(const unit& l, article& a, TakeDate&& take_date, bool near_top,
                     std::optional<R::byline_parts>& dated_byline, std::optional<std::string>& dated_section) {
  const std::string_view mark = metadata_mark(l.text);
  if (mark.empty() || l.text.size() > 200) return false;
  std::vector<std::string_view> parts;
  const std::string_view t = l.text;
  for (std::size_t from = 0;;) {
    const std::size_t at = t.find(mark, from);
    parts.push_back(R::trim(t.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from)));
    if (at == std::string_view::npos || parts.size() > 4) break;
    from = at + mark.size();
  }
  if (parts.size() < 2 || parts.size() > 4) return false;
  enum kind { date, relative, name, chrome, section };
  std::vector<kind> kinds;
  std::vector<const char*> chrome_reasons(parts.size(), nullptr);
  std::optional<R::date_line> first_date;
  std::optional<R::byline_parts> byline;
  std::optional<std::string> section_name;
  bool dated = false, has_relative = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view p = parts[i];
    if (p.empty()) return false;
    if (auto d = R::parse_date_line(p)) {
      if (!first_date) first_date = d;
      kinds.push_back(date);
      dated = true;
    } else if (R::is_relative_date_line(p)) {
      kinds.push_back(relative);
      dated = has_relative = true;
    } else if (auto b = !byline && !dated_byline ? R::parse_byline(p, true) : std::nullopt) {
      b->text = std::string(p);
      byline = std::move(b);
      kinds.push_back(name);
    } else if ((chrome_reasons[i] = R::chrome_reason(p))) {
      kinds.push_back(chrome);
    } else if (auto sec = near_top && !section_name ? R::section_line(p) : std::nullopt) {
      section_name = std::move(sec);
      kinds.push_back(section);
    } else {
      return false;
    }
  }
  if (!dated || (parts.size() == 2 && !has_relative)) return false;  // (two parts: beside_date's)
  if (first_date) take_date(*first_date);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string text(parts[i]);
    if (kinds[i] == relative) a.dropped.push_back(dropped_line{text, "relative-date", l.line});
    else if (kinds[i] == chrome) a.dropped.push_back(dropped_line{text, chrome_reasons[i], l.line});
    else if (kinds[i] == section) a.dropped.push_back(dropped_line{text, "section", l.line});
  }
  if (byline) dated_byline = std::move(byline);
  if (section_name && !dated_section) dated_section = std::move(section_name);
  return true;
}

/// Page metadata lines near either end of the text (first 5, last 4 units):
/// publication date, keywords, and at the end the original's address ("Link
/// bài viết gốc: https://…": the canonical URL, the line kept in `dropped`
/// when chrome is dropped). Kept units are compacted in one pass.
void take_page_metadata(std::vector<unit>& u, article& a, bool drop_chrome,
                        std::optional<R::byline_parts>& dated_byline, std::optional<std::string>& dated_section) {
  const std::size_t n = u.size();
  std::size_t out = 0;
  bool dated = false;  // a date line was just taken: the next line kept is under it
  for (std::size_t k = 0; k < n; ++k) {
    if (k < 5 || k + 4 >= n) {
      auto take_date = [&](const R::date_line& d) {
        dated = true;
        date_time dt = to_date_time(d);
        if (d.updated) {
          if (!a.updated) a.updated = dt;
        } else if (!a.published) {
          a.published = dt;
        }
      };
      if (auto d = R::parse_date_line(u[k].text)) {
        take_date(*d);
        continue;
      }
      // The date beside the writer's name, set off by a bar or a dot: "Minh Anh | 03/12/2026
      // 10:30", "Minh Anh • 03/12/2026" (or the other way round): the name is the byline, or
      // joins the one at the end of the text. Anything else beside the date stays a line of its own.
      // Set off by a dash ("Minh Anh - Thứ Năm, 3/12/2026 08:00", "03/12/2026 08:00 - Lượt
      // xem: 1.234") or a space, only a name or the page's chrome: a headline may end in " -
      // 03/12/2026".
      // Returns whether the line is used up.
      auto beside_date = [&](std::size_t at, std::size_t len, bool dash) {
        const std::string_view line = u[k].text;
        const std::string_view before = R::trim(line.substr(0, at)), after = R::trim(line.substr(at + len));
        const auto d_after = R::parse_date_line(after);
        const auto d_before = d_after ? std::nullopt : R::parse_date_line(before);
        if (!d_after && !d_before) return false;
        const std::string rest(d_after ? before : after);
        auto b = dated_byline ? std::nullopt : R::parse_byline(rest, true);
        // (Set off by a bar too since stop 43, "03/12/2026 08:00 | 1.234 lượt xem": before, the
        // counter stayed a line and under the title read as a heading.)
        const char* chrome = b ? nullptr : R::chrome_reason(rest);
        if (dash && !b && !chrome) return false;
        take_date(d_after ? *d_after : *d_before);
        if (b) {
          b->text = rest;
          dated_byline = std::move(b);
        } else if (chrome) {
          a.dropped.push_back(dropped_line{rest, chrome, u[k].line});
        } else if (auto section = k < 5 && drop_chrome ? R::section_line(rest) : std::nullopt; section && !dash) {
          // The section beside the date at the top ("03/12/2026 - 08:00 | Doanh nghiệp") is the
          // category where no section line over the title names one; left a line of its own, it
          // read as the title under a short title (2026-12-04).
          if (!dated_section) dated_section = std::move(section);
          a.dropped.push_back(dropped_line{rest, "section", u[k].line});
        } else {
          u[k].text = rest;
          dated = false;  // (the line stays: what follows is under it, not under a date)
          return false;
        }
        return true;
      };
      if (drop_chrome && meta_parts_line(u[k], a, take_date, k < 5, dated_byline, dated_section)) continue;
      // (Not the outlet's marker alone on its line, a place and its date before the lead's dash,
      // "Hà Nội, 12/3/2026 -": the dateline, 5b; before stop 41 the place became the byline.)
      if (R::lone_dateline(u[k].text)) {
        if (out != k) u[out] = std::move(u[k]);
        u[out++].under_date = std::exchange(dated, false);
        continue;
      }
      const std::string_view mark = metadata_mark(u[k].text);
      if (const std::size_t bar = mark.empty() ? std::string::npos : u[k].text.find(mark);
          bar != std::string::npos && u[k].text.find(mark, bar + mark.size()) == std::string::npos) {
        if (beside_date(bar, mark.size(), false)) continue;
      } else if (mark.empty()) {
        bool used = false;
        for (std::string_view m : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 ")})
          for (std::size_t at = u[k].text.find(m); !used && at != std::string::npos; at = u[k].text.find(m, at + 1))
            used = beside_date(at, m.size(), true);
        // Set off by a space only, the date closing the line ("Minh Anh, Theo Trí thức trẻ 08:00
        // 03/12/2026"): the same, the date's words being at most five.
        // (Only the last five spaces: a date of more words is none, and a long line costs no more.)
        std::size_t spaces[5], found = 0;
        for (std::size_t at = u[k].text.rfind(' '); found < 5 && at != std::string::npos && at > 0;
             at = u[k].text.rfind(' ', at - 1))
          spaces[found++] = at;
        for (std::size_t n = found; !used && n > 0; --n) used = beside_date(spaces[n - 1], 1, true);
        if (used) continue;
      }
      // The link back to the section under the article ("Trở lại Kinh doanh", since stop 44).
      if (drop_chrome && k + 4 >= n && k >= 5 && R::back_link(u[k].text)) {
        a.dropped.push_back(dropped_line{std::move(u[k].text), "site-chrome", u[k].line});
        continue;
      }
      // A time relative to the page's now ("3 giờ trước") dates nothing: chrome.
      if (drop_chrome && R::is_relative_date_line(u[k].text)) {
        a.dropped.push_back(dropped_line{std::move(u[k].text), "relative-date", u[k].line});
        continue;
      }
      if (auto tags = R::parse_tags(u[k].text)) {
        a.tags.insert(a.tags.end(), tags->begin(), tags->end());
        continue;
      }
      std::optional<std::string> url;
      if (k >= 5 && drop_chrome && (url = R::parse_source_link(u[k].text))) {
        if (a.canonical_url.empty()) a.canonical_url = std::move(*url);
        a.dropped.push_back(dropped_line{std::move(u[k].text), "source-link", u[k].line});
        continue;
      }
    }
    if (out != k) u[out] = std::move(u[k]);
    u[out++].under_date = std::exchange(dated, false);
  }
  u.resize(out);
}

bool find_byline(std::vector<unit>& u, article& a) {
  if (u.empty()) return false;
  if (byline_ending_at(u, u.size(), true, a)) return true;
  // Rule: a series' note closing an instalment ("(Còn nữa)", "(Kỳ sau: …)") may follow the
  // byline; it stays the body's last line.
  if (u.size() >= 3 && R::is_series_note(u.back().text) && byline_ending_at(u, u.size() - 1, false, a)) return true;
  // Rule: a block of short lines after the last blank gap of a text whose
  // paragraphs are not otherwise separated by blank lines is the captions
  // block of a scraper (photos gathered at the end); the byline ends the body
  // before it.
  std::size_t gaps = 0;
  for (std::size_t k = 1; k < u.size(); ++k) gaps += gap_before(u, k) > 0;
  std::size_t start = u.size() - 1;  // first unit of the final block
  while (start > 0 && gap_before(u, start) == 0) --start;
  if (start > 0 && u.size() - start <= 8 && gaps <= 2 + u.size() / 4) {
    bool short_lines = true;
    for (std::size_t k = start; k < u.size(); ++k) short_lines = short_lines && R::word_count(u[k].text) <= 60;
    if (short_lines && byline_ending_at(u, start, false, a)) return true;
  }
  // Rule: captions gathered at the end without a blank line before them —
  // lines ending in a credit or heading-shaped (up to 8) — follow the byline
  // too, when a sentence of the body comes before the name.
  // (A caption of a sentence counts when its credit stands alone on the line under it: "Chị B.
  // kể lại vụ việc." / "Ảnh kienthuc.net".)
  bool over_lone_credit = false;
  // (In a double-spaced text, where no wider gap sets the captions block apart, since stop 43 up
  // to four such sentences, as the photos gathered at the end give them: "Xuân Hồng" / "Những
  // hình ảnh … bị rò rỉ." / "Trước đó, … độc thân.". Before, the name there was a caption.)
  const std::size_t caption_run = habitual_gap(u) > 0 ? 4 : 1;
  bool in_run = true;
  for (std::size_t end = u.size(); end >= 3 && u.size() - end < 8; --end) {
    const std::string& t = u[end - 1].text;
    const std::string& before = u[end - 2].text;
    if (end < u.size() && R::ends_with_closing_punct(before) && R::word_count(before) >= 12 &&
        R::parse_byline(t, true))
      return byline_ending_at(u, end, false, a);
    const bool lone_credit = R::credit_only_line(t) && R::starts_with_photo_word(t);
    // (So does one short sentence closing the text under the name: the last photo's caption,
    // "Việt Dũng" / "Xe tăng T-90 của quân đội Ấn Độ.")
    const bool last_caption = in_run && u.size() - end < caption_run && R::ends_with_closing_punct(t) &&
                              R::word_count(t) <= 30 && R::sentence_count(t) == 1;
    in_run = last_caption;
    // (Or a related link, "Xem thêm: …", ">> Giá vàng tăng …": pass 6 takes it.)
    if (!lone_credit && !last_caption && !R::split_credit(t) && !R::looks_like_heading(t) &&
        !(over_lone_credit && R::word_count(t) <= 40) && !R::inline_related(t))
      return false;
    over_lone_credit = lone_credit;
  }
  return false;
}

/// A line a scraper copies from above the headline: the section or breadcrumb ("Kinh doanh ›
/// Thị trường", "Xã hội": "section") or the site's name ("Báo Sơn La điện tử": "site-name").
const char* header_reason(std::string_view t) {
  if (R::is_site_name_line(t)) return "site-name";
  if (R::section_line(t)) return "section";
  return nullptr;
}

/// Whether u[k] reads as a title's lead: a paragraph of 12 words or more (up to the lead's
/// limit), ending with punctuation; or of 6 words or more after the outlet's marker that opens it
/// ("HÀ NỘI - Giá vàng hôm nay tăng mạnh.": a brief's lead is short, its marker says it is one).
bool lead_shaped(const std::vector<unit>& u, std::size_t k) {
  if (k >= u.size() || !R::ends_with_closing_punct(u[k].text)) return false;
  // (A lead behind its label, "Tóm tắt: …", is one at 6 words or more too: the label says so.)
  if (const std::size_t label = R::sapo_label_end(u[k].text)) {
    const std::size_t words = R::word_count(std::string_view(u[k].text).substr(label));
    return words >= R::min_marked_lead_words && words <= R::max_lead_words;
  }
  const std::size_t words = R::word_count(u[k].text);
  if (words >= R::min_lead_words && words <= R::max_lead_words) return true;
  if (words < R::min_marked_lead_words || words >= R::min_lead_words) return false;
  const auto d = R::split_dateline(u[k].text);
  return d && R::word_count(d->rest) >= R::min_marked_lead_words;
}

/// Rule: a name alone right under a title-shaped line (u[at]: the first, or the first under the
/// page's section lines), over a lead, is the byline as pages print it under the headline
/// ("Minh Anh"; a date line between them is metadata, taken before). With `sources`, so is a
/// reprint's source line there ("Theo Thu Hà (VnExpress)").
std::optional<R::byline_parts> name_under_title(const std::vector<unit>& u, std::size_t at, bool sources) {
  if (at + 2 >= u.size() || !R::looks_like_title(u[at].text) || !lead_shaped(u, at + 2) ||
      R::lone_dateline(u[at + 1].text))
    return std::nullopt;
  if (sources)
    if (auto src = R::parse_source_line(u[at + 1].text)) return src;
  // (With the outlet after the name, "Minh Anh - Thanh Niên", the name is the writer's and the
  // outlet the source, as at the end; before 2026-12-04 such a line under the title was read as a
  // section line, or stayed a paragraph.)
  auto b = R::parse_byline(u[at + 1].text, true);
  if (!b || b->authors.empty()) return std::nullopt;
  return b;
}

/// The byline under the title u[at] over its lead: a name or a reprint's source
/// (name_under_title), the name over the reporter's e-mail address on a line of its own ("Minh
/// Anh" / "minhanh@thanhnien.vn", as at the end: byline_ending_at), or a long-form story's
/// credits one role a line (stacked_credits); with the number of lines it takes.
std::optional<std::pair<R::byline_parts, std::size_t>> byline_under_title(const std::vector<unit>& u,
                                                                          std::size_t at) {
  if (auto b = name_under_title(u, at, true)) return std::pair{std::move(*b), std::size_t{1}};
  if (at >= u.size() || !R::looks_like_title(u[at].text)) return std::nullopt;
  if (at + 3 < u.size() && R::email_address(u[at + 2].text) && lead_shaped(u, at + 3))
    if (auto b = R::parse_byline(u[at + 1].text + " - " + u[at + 2].text, true); b && !b->authors.empty()) {
      b->text = u[at + 1].text + "\n" + u[at + 2].text;
      return std::pair{std::move(*b), std::size_t{2}};
    }
  for (std::size_t to = std::min(at + 5, u.size() - 1); to >= at + 3; --to)
    if (lead_shaped(u, to))
      if (auto b = stacked_credits(u, at + 1, to, false)) return std::pair{std::move(*b), to - at - 1};
  return std::nullopt;
}

/// Whether u[at] and u[at + 1] are two headline-shaped lines over a lead (u[at + 2]): neither a
/// series' line (split_kicker reads those), a name, a date, a marker, a section, a photo's note
/// nor a line with a web address.
bool headline_pair_over_lead(const std::vector<unit>& u, std::size_t at, std::size_t last) {
  if (at + 2 >= last) return false;
  for (std::size_t k = at; k < at + 2; ++k) {
    const std::string& t = u[k].text;
    if (!R::looks_like_title(t) || R::split_kicker(t) || R::is_image_marker(t) || R::lone_dateline(t) ||
        R::split_credit(t) || R::is_photo_note(t) || R::parse_byline(t, true) || R::parse_date_line(t) ||
        R::section_line(t) || t.find("://") != std::string::npos)  // (a headline holds no address)
      return false;
  }
  return lead_shaped(u, at + 2);
}

/// How many such lines open the text (up to three; none without drop_chrome). A short title
/// reads as a section's name too ("Giá vàng tăng mạnh"): a line with a byline under it over a lead
/// is the title, not a section (before 2026-12-04 the name under it became the title).
std::size_t header_lines(const std::vector<unit>& u, bool drop_chrome) {
  std::size_t h = 0;
  while (drop_chrome && h < 3 && h + 1 < u.size() && header_reason(u[h].text) && !byline_under_title(u, h)) ++h;
  // A series' line over the title: its kicker alone ("Kỳ 3" / <title>) or its name over the
  // instalment's line ("Giá nhà và người mua ở thực" / "Bài 1: <title>"), as take_title reads
  // them; the byline is under the title's line (before stop 42 it was read under the series' line:
  // a name under "Kỳ 3" / <title> became the category).
  if (h + 2 < u.size()) {
    const auto over = R::split_kicker(u[h].text), under = R::split_kicker(u[h + 1].text);
    if ((over && over->title.empty() && !under && R::looks_like_title(u[h + 1].text)) ||
        (!over && under && !under->title.empty() && under->series.empty() && R::looks_like_title(u[h].text)))
      ++h;
  }
  return h;
}

/// A byline printed under the title as well as at the end ("Minh Anh" under the headline,
/// "Theo Trí thức trẻ" closing the text): the top's writers come first, each once, its source
/// counts where the end names none, and its line heads the byline's text.
void add_top_byline(article& a, const R::byline_parts& top) {
  auto& names = a.byline_info.authors;
  std::size_t at = 0;
  for (std::size_t i = 0; i < top.authors.size(); ++i) {
    const std::string& name = top.authors[i];
    // (The same name in other letters counts once: "Minh Anh" under the title, "MINH ANH" at the end.)
    const std::string folded = detail::lower_marks(name);
    if (std::any_of(names.begin(), names.end(), [&](const std::string& n) { return detail::lower_marks(n) == folded; }))
      continue;
    names.insert(names.begin() + static_cast<std::ptrdiff_t>(at), name);
    const std::string& role = i < top.author_roles.size() ? top.author_roles[i] : top.role;
    a.authors.insert(a.authors.begin() + static_cast<std::ptrdiff_t>(at), author{name, role, ""});
    ++at;
  }
  if (a.byline_info.source.empty()) a.byline_info.source = top.source;
  a.byline_info.text = top.text + "\n" + a.byline_info.text;
}

/// Pass 4, the byline: at the end of the text, or of its body when a block of captions follows
/// it; else the name beside the page's date ("Minh Anh | 03/12/2026"), else a byline with a role
/// among the first three lines (after the page's section lines) or a name under the title. A
/// byline under the title when the end has one too joins it (first among its authors; its text
/// holds both).
void take_byline(std::vector<unit>& u, article& a, const std::optional<R::byline_parts>& dated_byline,
                 bool drop_chrome) {
  const std::size_t h = header_lines(u, drop_chrome);
  if (find_byline(u, a)) {
    // Rule: the name beside the date under the title ("Minh Anh | 03/12/2026 08:00") joins the
    // byline at the end; before, it was lost.
    if (dated_byline) {
      add_top_byline(a, *dated_byline);
    } else if (auto top = byline_under_title(u, h)) {
      add_top_byline(a, top->first);
      u.erase(u.begin() + static_cast<std::ptrdiff_t>(h + 1),
              u.begin() + static_cast<std::ptrdiff_t>(h + 1 + top->second));
    }
    return;
  }
  if (dated_byline) {
    set_byline(a, *dated_byline);
    return;
  }
  for (std::size_t k = 0; k < u.size() && k < h + 3; ++k) {
    std::size_t lines = 1;
    std::optional<R::byline_parts> b;
    for (std::size_t to = std::min(k + 4, u.size()); !b && to >= k + 2; --to)
      if ((b = stacked_credits(u, k, to, false))) lines = to - k;
    if (!b) b = R::parse_byline(u[k].text, false);
    if (!b && k == h + 1)
      if (auto top = byline_under_title(u, h)) {
        b = std::move(top->first);
        lines = top->second;
      }
    if (!b) continue;
    set_byline(a, *b);
    u.erase(u.begin() + static_cast<std::ptrdiff_t>(k), u.begin() + static_cast<std::ptrdiff_t>(k + lines));
    break;
  }
}

/// Whether lines [from, last) hold an interview: two or more lines that ask, at least one of them
/// answered by a line within the next three (before the next question).
template <class Asks, class Answers>
bool is_interview(const std::vector<unit>& u, std::size_t from, std::size_t last, Asks asks, Answers answers) {
  std::size_t asked = 0, answered = 0;
  for (std::size_t k = from; k < last; ++k) {
    if (!asks(u[k].text)) continue;
    ++asked;
    for (std::size_t j = k + 1; j < last && j <= k + 3 && !asks(u[j].text); ++j)
      if (answers(u[j].text)) {
        ++answered;
        break;
      }
  }
  return asked >= 2 && answered >= 1;
}

/// Pass 5, title, kicker and series, from the first units: returns the first unit after them.
std::size_t take_title(const std::vector<unit>& u, std::size_t last, article& a, const import_options& options) {
  std::size_t i = 0;
  a.title_confidence = 0;
  if (i >= last) return i;
  // Rule: a first line that reads as a title and is followed by a lead: a
  // paragraph of 12–60 words (a longer one under a short line is rather the
  // first paragraph of a body under its lead photo's caption; the limit was
  // chosen on the dev corpus, whose leads under a title run 18–59 words but
  // one). (A learned title model did worse on held-out sources: docs/import.md.)
  // Rule: the same first line over the lead photo (an image marker, or a
  // caption that carries a photo's credit: "… - Ảnh: VGP/Nhật Bắc") that a
  // paragraph follows: pages without a sapo open with it.
  auto photo_credit = [](const std::string& line) {
    auto c = R::split_credit(line);
    return c && c->photo && !c->caption.empty() && !c->credit.empty();
  };
  // (The outlet's marker alone on the line between them, "(BĐ)" or "TTO -", is the lead's
  // dateline: 5b.)
  // Rule (stop 44): a headline closed by a period, as some pages' titles are copied, is one over
  // the page's date line ("Giá nhà tăng mạnh trong quý III." / "03/12/2026 08:00" / lead): the
  // date says the line above is the headline. Before, it stayed a paragraph and the lead and
  // the paragraph after it read as captions. (Without the date it stays text: a paste of the
  // body may open with a short sentence.)
  auto title_shaped = [&](std::size_t j) {
    if (R::looks_like_title(u[j].text)) return true;
    const std::string_view t = R::trim(u[j].text);
    return j + 1 < last && u[j + 1].under_date && t.size() > 2 && t.back() == '.' && t[t.size() - 2] != '.' &&
           R::looks_like_title(t.substr(0, t.size() - 1));
  };
  auto title_at = [&](std::size_t j) {
    // (Not the outlet's marker alone on its line, "Nhân Dân": under a short title, which reads as a
    // section's name too, it is the lead's dateline, 5b.)
    if (j + 1 >= last || !title_shaped(j) || R::is_image_marker(u[j].text) ||
        R::lone_dateline(u[j].text))
      return false;
    std::size_t k = j + 1;
    if (k + 1 < last && (R::lone_dateline(u[k].text) || R::is_sapo_label(u[k].text))) ++k;
    // (or the photo's note alone, "Ảnh minh họa", since stop 42: before, it was the category)
    const bool lead_photo = k + 1 < last &&
                            (R::is_image_marker(u[k].text) || photo_credit(u[k].text) || R::is_photo_note(u[k].text)) &&
                            R::word_count(u[k + 1].text) >= 12;
    return lead_photo || lead_shaped(u, k);
  };
  // Rule: a section line over such a title (the breadcrumb or section name a scraper copies
  // from above the headline: "Kinh doanh › Thị trường", "Xã hội") is the article's
  // category; the line goes to `dropped` ("section"), with drop_chrome. Asked first: a section name reads as
  // a short title too, and a question title of 12 words or more as its lead. So is the page's
  // masthead there, the site's name ("Báo Sơn La điện tử", "VTC News": "site-name"); up to three
  // such lines. (Not a line in capitals, the site's motto: titles are written so too.)
  // (The title under them may have the same section line under it: the rule below.)
  auto section_under_title_at = [&](std::size_t j) {
    return options.drop_chrome && j + 2 < last && R::looks_like_title(u[j].text) && !R::is_image_marker(u[j].text) &&
           lead_shaped(u, j + 2) && R::section_line(u[j + 1].text);
  };
  // (And a series' kicker on its own line over the title: the rule below.)
  auto kicker_over_title_at = [&](std::size_t j) {
    auto k = R::split_kicker(u[j].text);
    return k && k->title.empty() && title_at(j + 1);
  };
  // Rule: the series' name on its own line over the instalment's kicker and title ("Giá nhà và
  // người mua ở thực" / "Bài 1: Nguồn cung khan hiếm" / lead), as pages print a series' name over
  // the headline: the series, and the kicker the one-line form gives ("<series> • Bài 1"). Before
  // stop 42 the name was read as a caption and the instalment's line as a heading: no title, no
  // sapo.
  auto instalment_under_series_at = [&](std::size_t j) -> std::optional<R::kicker_parts> {
    if (j + 2 >= last || !R::looks_like_title(u[j].text) || R::word_count(u[j].text) > 15 ||
        R::split_kicker(u[j].text) || R::is_image_marker(u[j].text) || R::lone_dateline(u[j].text))
      return std::nullopt;
    auto k = R::split_kicker(u[j + 1].text);
    if (!k || k->title.empty() || !k->series.empty()) return std::nullopt;
    std::size_t lead = j + 2;
    if (lead + 1 < last && R::lone_dateline(u[lead].text)) ++lead;
    if (!lead_shaped(u, lead)) return std::nullopt;
    return k;
  };
  for (std::size_t j = i + 1; a.title.empty() && options.drop_chrome && j <= i + 3 && j + 1 < last && header_reason(u[j - 1].text); ++j) {
    if (!title_at(j) && !section_under_title_at(j) && !kicker_over_title_at(j) && !instalment_under_series_at(j) &&
        !headline_pair_over_lead(u, j, last))
      continue;
    for (; i < j; ++i) {
      const char* reason = header_reason(u[i].text);
      if (a.category.empty() && reason == std::string_view("section")) a.category = *R::section_line(u[i].text);
      a.dropped.push_back(dropped_line{u[i].text, reason, u[i].line});
    }
    break;
  }
  if (auto k = instalment_under_series_at(i)) {
    a.series_info = series{u[i].text, k->part};
    a.kicker = u[i].text + " \xE2\x80\xA2 " + k->kicker;  // " • "
    a.title = k->title;
    a.title_confidence = R::conf::kicker_title;
    i += 2;
  }
  // Rule: a series' kicker before the title, on its line ("Kỳ 1: <title>") or over it.
  if (auto k = R::split_kicker(u[i].text); a.title.empty() && k && (!k->title.empty() || (i + 1 < last && R::looks_like_title(u[i + 1].text)))) {
    a.kicker = k->kicker;
    a.series_info = series{k->series, k->part};
    a.title = k->title.empty() ? u[i + 1].text : k->title;
    a.title_confidence = R::conf::kicker_title;
    i += k->title.empty() ? 2 : 1;
  }
  // Rule: two headline-shaped lines over the lead: the first is the title, the second the lead
  // photo's caption without its credit, as a credit makes one (the title_at rule), or a subtitle
  // ("QUỐC HỘI THÔNG QUA NGHỊ QUYẾT …" / "Phó Chủ tịch Quốc hội … điều hành phiên họp" / lead);
  // the second line stays in the body, and the lead is no sapo (as under a lead photo). Before
  // stop 42 both lines were captions or headings: no title. (A page's kicker over its headline
  // reads so too, the kicker then taken for the title: see docs/import.md.)
  if (a.title.empty() && headline_pair_over_lead(u, i, last)) {
    // Rule (stop 43): a short first line (up to 5 words) over a headline twice as long and of 8
    // words or more is the page's kicker over its headline ("Thị trường bất động sản" / "Giá nhà
    // tăng mạnh trong quý III tại các thành phố lớn"). Before, the kicker was the title.
    const std::size_t over = R::word_count(u[i].text), under = R::word_count(u[i + 1].text);
    if (over <= 5 && under >= 8 && under >= 2 * over) {
      a.kicker = u[i].text;
      a.title = u[i + 1].text;
      i += 2;
    } else {
      a.title = u[i].text;
      ++i;
    }
    a.title_confidence = R::conf::title_over_headline_line;
  }
  // (A title-shaped first line with a section line between it and its lead is a title too.)
  if (a.title.empty() && (title_at(i) || section_under_title_at(i))) {
    a.title = u[i].text;
    a.title_confidence = R::conf::title_first_line;
    ++i;
  }
  // Rule: the same section line right under the title ("<title> / Thời sự / <lead>"), over what
  // makes a title's lead. (Not the outlet's marker alone there, "Nhân Dân": the lead's dateline, 5b.)
  if (!a.title.empty() && options.drop_chrome && i + 1 < last && lead_shaped(u, i + 1) && !R::lone_dateline(u[i].text) &&
      !R::is_sapo_label(u[i].text)) {
    if (auto section = R::section_line(u[i].text)) {
      if (a.category.empty()) a.category = *section;
      a.dropped.push_back(dropped_line{u[i].text, "section", u[i].line});
      ++i;
    }
  }
  // Rule: the site's name after a scraped page title is chrome, kept in
  // `dropped` ("Giá nhà tăng | VnExpress").
  if (!a.title.empty() && options.drop_chrome) {
    if (auto st = R::split_site_name(a.title)) {
      a.dropped.push_back(dropped_line{st->site, "site-name", u[i - 1].line});
      a.title = st->title;
    }
  }
  return i;
}

/// Pass 3a. Rule (stop 43): a breadcrumb that ends in the headline ("Trang chủ / Kinh doanh / <headline>"),
/// first or under the page's masthead or section lines: its last section is the category and the
/// trail goes to `dropped` ("section"); the headline stays on the line, or, when the next line
/// repeats it, that line is the title's. Before, the whole line was the title.
void take_breadcrumb_headline(std::vector<unit>& u, article& a, bool drop_chrome) {
  if (!drop_chrome) return;
  std::size_t k = 0;
  while (k < 3 && k + 1 < u.size() && header_reason(u[k].text)) ++k;
  if (k + 1 >= u.size()) return;
  auto b = R::split_breadcrumb_headline(u[k].text);
  if (!b) return;
  if (a.category.empty() && !b->category.empty()) a.category = b->category;
  if (detail::lower_marks(b->headline) == detail::lower_marks(R::trim(u[k + 1].text))) {
    a.dropped.push_back(dropped_line{u[k].text, "section", u[k].line});
    u[k + 1].row = u[k].row;  // (no blank line where the trail was)
    u.erase(u.begin() + static_cast<std::ptrdiff_t>(k));
  } else {
    a.dropped.push_back(dropped_line{b->trail, "section", u[k].line});
    u[k].text = b->headline;
  }
}

/// Pass 5b, dateline and sapo. A line that is only a place ("Hòa Bình:") is the
/// dateline; an outlet or place marker opening the first paragraph ("TTO -",
/// "Dân trí", "(BĐ) -") is the dateline and makes that paragraph the sapo.
/// Returns the first unit after them.
std::size_t take_dateline_and_sapo(std::vector<unit>& u, std::size_t i, std::size_t last, article& a) {
  a.sapo_confidence = 0;
  a.dateline_confidence = 0;
  if (i < last && R::is_place_line(u[i].text)) {
    a.dateline = u[i].text;
    a.dateline_confidence = R::conf::dateline_place_line;
    ++i;
  } else if (i < last) {
    std::string dateline;
    double dateline_conf = 0;
    // Rule: the outlet's marker alone on its line ("(BĐ)", "TTO -", "SGGP") under the title is
    // the dateline of the lead under it; given back when that lead does not become the sapo.
    const std::size_t marker_at = i;
    if (!a.title.empty() && i + 1 < last) {
      if (auto lone = R::lone_dateline(u[i].text)) {
        dateline = std::move(*lone);
        dateline_conf = R::conf::dateline_alone;
        ++i;
      }
    }
    std::string first = u[i].text;
    // Rule (stop 43): the lead's label ("Sapo: …", "Tóm tắt: …") anchors it as the dateline does
    // and goes to `dropped` ("sapo-label") when the paragraph becomes the sapo. Before, the
    // label stayed in the sapo, and under the title a short labelled lead cost the title.
    // (So does the label alone on the line over the lead, "Tóm tắt:".)
    std::string label;
    std::size_t label_line = u[i].line;
    if (i + 1 < last && R::is_sapo_label(first)) {
      label = std::string(R::trim(first));
      first = u[++i].text;
    } else if (const std::size_t end = R::sapo_label_end(first)) {
      label = std::string(R::trim(std::string_view(first).substr(0, end)));
      first.erase(0, end);
    }
    // Rule: when the lead under it opens with a marker of its own ("Nhân Dân" / "NDO - Chiều
    // 2/11, …"), the line alone was the site's name: the lead's marker is the dateline.
    bool displaced = false;
    if (auto d = R::split_dateline(first)) {
      displaced = !dateline.empty();
      dateline = d->dateline;
      dateline_conf = d->confidence;
      first = d->rest;
    }
    const bool had_dateline = !dateline.empty() || !label.empty();
    std::string rest;
    bool paragraph_like = !R::is_image_marker(first, &rest) && !R::is_question_bullet(first) &&
                          !R::is_answer_dash(first) && !R::is_section_break(first) &&
                          (R::ends_with_closing_punct(first) || !R::looks_like_heading(first)) &&
                          !R::split_credit(first) &&
                          R::word_count(first) >= (had_dateline ? R::min_marked_lead_words : R::min_lead_words);
    // Rule: a sapo is anchored by the title above it, by a dateline, or by
    // what the page puts right after a lead: the lead photo (an image marker)
    // or the first question of an interview ("• …"). A paste of the body
    // alone gets no sapo: its first paragraph stays body text.
    const bool photo_after = i + 1 < last && R::is_image_marker(u[i + 1].text);
    const bool question_after = i + 1 < last && R::is_question_bullet(u[i + 1].text);
    const bool anchored = had_dateline || !a.title.empty() || photo_after || question_after;
    if (paragraph_like && !anchored) paragraph_like = false;
    if (!paragraph_like) i = marker_at;
    if (paragraph_like) {
      // The dateline is only taken off a paragraph that becomes the sapo, so
      // that a renderer showing "dateline + sapo" gives back the text as written.
      a.dateline = dateline;
      a.dateline_confidence = dateline_conf;
      if (displaced) a.dropped.push_back(dropped_line{u[marker_at].text, "site-name", u[marker_at].line});
      if (!label.empty()) a.dropped.push_back(dropped_line{label, "sapo-label", label_line});
      a.sapo_confidence = had_dateline || !a.title.empty() ? R::conf::sapo_with_anchor : R::conf::sapo_photo_after;
      // Rule: when the whole body was run into one line, the lead is its
      // first sentence (two if the first is short).
      if (!dateline.empty() && R::word_count(first) > R::max_sapo_words) {
        std::size_t cut = R::lead_sentences_end(first, R::min_sapo_words);
        a.sapo = std::string(R::trim(std::string_view(first).substr(0, cut)));
        u[i].text = std::string(R::trim(std::string_view(first).substr(cut)));
        a.sapo_confidence = R::conf::sapo_run_on;
        if (u[i].text.empty()) ++i;
      } else {
        a.sapo = first;
        ++i;
      }
      // Rule: a sapo standing apart (under the title, without a marker) and
      // the outlet's marker opening the paragraph after it ("(Chinhphu.vn) -
      // Theo …"): the marker is the dateline there too.
      if (a.dateline.empty() && !a.sapo.empty() && i < last) {
        if (auto d = R::split_dateline(u[i].text); d && R::word_count(d->rest) >= 12) {
          a.dateline = d->dateline;
          a.dateline_confidence = d->confidence;
          u[i].text = d->rest;
        }
      }
    }
  }
  return i;
}

}  // namespace

namespace detail {

result<article> import_text_with(std::string_view text, const import_options& options,
                                 const R::import_model& model, import_trace* trace) {
  if (text.size() > options.max_input_bytes)
    return make_error(errc::too_large, "input of " + std::to_string(text.size()) + " bytes exceeds max_input_bytes");
  std::string clean;
  const std::size_t bad = sanitize_utf8(text, clean);
  article a;
  a.source_format = "text";
  if (bad) a.warnings.push_back(warning{std::to_string(bad) + " invalid UTF-8 sequence(s) or NUL replaced by U+FFFD", 0});

  // 1–2. lines and chrome
  std::vector<unit> lines = split_lines(clean, options, a);
  const auto drop = [&](unit& l, const char* why) {
    a.dropped.push_back(dropped_line{l.text, why, l.line});
    l.text.clear();
    l.dropped = true;
  };
  if (options.drop_chrome) {
    for (unit& l : lines)
      if (const char* why = l.text.empty() ? nullptr : R::chrome_reason(l.text)) drop(l, why);
  }

  // 3. related lists
  bool plain_related = false;
  std::size_t related_at = find_related_start(lines, plain_related);
  if (related_at != std::string::npos) {
    parse_related(lines, related_at, plain_related, a, options);
    lines.resize(related_at);
  }
  // Rule: a related widget's heading alone ("Tin khác", "Đọc thêm"), whose items the scraper did
  // not copy, is chrome too: on the last line or between two others. (On the first line it is
  // the section's name over the title: the section-line rule's.) A widget set between two
  // sentences of the body, its heading over two to five headlines (4–30 words, no closing
  // punctuation) after which the text goes on with a sentence ("… 20.640 đồng/lít." / "TIN LIÊN
  // QUAN" / "Giá dầu thế giới giảm mạnh …" / "Doanh nghiệp xăng dầu …" / "Các mặt hàng dầu cũng
  // …."), is a related list (dropped with the lists when `related` is off).
  if (options.drop_chrome) {
    bool first = true;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      unit& l = lines[i];
      if (l.text.empty()) continue;
      if (!first && R::is_related_heading(l.text)) {
        std::vector<std::size_t> titles;
        // (between two sentences: the widget interrupts paragraphs, not a run of captions)
        std::size_t before = i;
        while (before > 0 && lines[before - 1].text.empty()) --before;
        const bool after_sentence = before > 0 && R::ends_with_closing_punct(lines[before - 1].text);
        std::size_t j = i + 1;
        for (; j < lines.size() && titles.size() <= 5; ++j) {
          const std::string_view t = R::trim(lines[j].text);
          if (t.empty()) continue;
          const std::size_t words = R::word_count(t);
          if (words < 4 || words > 30 || R::ends_with_closing_punct(t) || R::is_related_heading(t)) break;
          titles.push_back(j);
        }
        const bool list = after_sentence && titles.size() >= 2 && titles.size() <= 5 && j < lines.size() &&
                          R::ends_with_closing_punct(lines[j].text);
        if (!list) {
          drop(l, "related-list");
          continue;
        }
        // The lines leave the body: into the list, or to `dropped` with the lists off.
        auto take = [&](unit& x) {
          if (!options.related) return drop(x, "related-list");
          x.text.clear();
          x.dropped = true;
        };
        if (options.related) {
          a.related.push_back(related_list{related_heading(l.text), {}});
          for (std::size_t k : titles)
            a.related.back().items.push_back(related_item{std::string(R::trim(lines[k].text)), {}, {}, {}, {}});
        }
        for (std::size_t k : titles) take(lines[k]);
        take(l);
        i = titles.back();
      }
      first = false;
    }
  }
  // Rows: a dropped line takes none of its own, so a widget a scraper copied between two lines
  // leaves no blank between them.
  std::size_t row = 0;
  for (unit& l : lines) l.row = l.last_row = l.dropped ? row : ++row;

  // Content units: one per non-blank line, hard-wrapped lines joined back.
  // Rule: in a hard-wrapped text (wrap_width), a line goes on on the next one when the next
  // line's first word would not have fitted after it: that is why a wrapping editor broke the
  // line there. A paragraph's last line leaves room. The 6 columns of slack absorb what
  // normalisation changed (spaces collapsed, invisible characters dropped) and a width a few
  // columns over the lines' own.
  const std::size_t wrapped_at = wrap_width(lines);
  constexpr std::size_t wrap_slack = 6;
  std::vector<unit> u;
  std::size_t prev_row = 0, prev_length = 0;
  for (unit& l : lines) {
    if (l.text.empty()) continue;
    const std::size_t length = wrapped_at ? detail::cp_length(l.text) : 0;
    bool wrapped_here = false;
    if (wrapped_at && !u.empty()) {
      const std::size_t first_word = detail::cp_length(std::string_view(l.text).substr(0, l.text.find(' ')));
      wrapped_here = prev_length + 1 + first_word + wrap_slack > wrapped_at && !R::is_image_marker(l.text) &&
                     !R::is_section_break(l.text) && !R::is_image_marker(u.back().text);
    }
    // (Two rows of a table, as many cells each, are not one line wrapped.)
    if (!u.empty() && l.row == prev_row + 1 && (l.cells.empty() || l.cells.size() != u.back().cells.size()) &&
        (wrapped_here || R::continues_line(u.back().text, l.text))) {
      u.back().cells.clear();
      u.back().text += ' ';
      u.back().text += l.text;
      u.back().last_row = l.row;
    } else {
      u.push_back(std::move(l));
    }
    prev_row = l.row;
    prev_length = length;
  }

  // 3a. a breadcrumb that ends in the headline.
  take_breadcrumb_headline(u, a, options.drop_chrome);

  // 3b. page metadata lines near either end.
  std::optional<R::byline_parts> dated_byline;
  std::optional<std::string> dated_section;
  take_page_metadata(u, a, options.drop_chrome, dated_byline, dated_section);
  if (u.empty()) {
    a.title_confidence = 0;
    a.sapo_confidence = 0;
    detail::assign_heading_ids(a);
    return a;
  }

  // 4. byline: at the end of the text, or of its body when a block of
  // captions follows it; else a role-prefixed line under the title.
  a.byline_info.confidence = 0;
  std::size_t last = u.size();
  take_byline(u, a, dated_byline, options.drop_chrome);
  last = u.size();
  if (last == 0) {
    a.title_confidence = 0;
    a.sapo_confidence = 0;
    a.dateline_confidence = 0;
    detail::assign_heading_ids(a);
    return a;
  }

  // 5. title, kicker, series
  std::size_t i = take_title(u, last, a, options);
  if (a.category.empty() && dated_section) a.category = std::move(*dated_section);

  // 5b. dateline and sapo.
  i = take_dateline_and_sapo(u, i, last, a);

  // 6. body
  body_builder bb{u, i, last, false, false, false, a, model.body, trace, {}, {}, {}};
  for (std::size_t k = i; k < last; ++k) {
    std::string rest;
    // (A photo's credit marks photos; a graphic's or a video's, "Đồ họa: X", does not count here.)
    if (R::is_image_marker(u[k].text, &rest)) bb.explicit_photos = true;
    else if (auto cap = R::split_credit(u[k].text); cap && cap->photo) bb.explicit_photos = true;
  }
  // Rule: an interview has two or more "•" questions, at least one of them
  // answered by a "- " line within the next three lines (a photo may sit
  // between); "•" lines without answers are a bulleted list.
  bb.interview = is_interview(u, i, last, R::is_question_bullet,
                              [](std::string_view t) { return R::is_answer_dash(t) && !R::is_caption_continuation(t); });
  // Rule: so is a text with two or more "PV: …" (or "Phóng viên: …", "Hỏi: …") lines, at least
  // one answered by a speaker's labelled line ("Ông Nguyễn Văn A: …", "Đáp: …") within the next
  // three lines.
  if (!bb.interview)
    bb.interview = bb.labelled_interview = is_interview(u, i, last, R::is_reporter_question, R::is_speaker_answer);
  bb.run();
  numbered_headings(a.body);
  // The related links met in the body: one list per label ("Xem thêm"; joined
  // headlines have none and go under "Tin liên quan", the heading Markdown
  // front matter's related list gets too), or dropped with the related lists.
  for (auto& l : bb.inline_links) {
    if (!options.related) {
      a.dropped.push_back(dropped_line{l.text, "related-list", l.line});
      continue;
    }
    const std::string heading = l.links.label.empty() ? "Tin li\xC3\xAAn quan" : l.links.label;
    auto it = std::find_if(a.related.begin(), a.related.end(),
                           [&](const related_list& r) { return r.heading == heading; });
    if (it == a.related.end()) {
      a.related.push_back(related_list{heading, {}});
      it = a.related.end() - 1;
    }
    for (std::string& t : l.links.titles) {
      auto link = R::markdown_link(t);  // ("Xem thêm: [Giá xoài tăng](https://…)", as in a list)
      it->items.push_back(link ? related_item{std::move(link->text), std::move(link->url), {}, {}, {}}
                               : related_item{std::move(t), {}, {}, {}, {}});
    }
  }
  detail::assign_heading_ids(a);
  return a;
}

}  // namespace detail

result<article> import_text(std::string_view text, const import_options& options) {
  return detail::import_text_with(text, options, R::default_model(), nullptr);
}

}  // namespace baiviet
