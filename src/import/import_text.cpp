// import_text(): recover an article from text copied off a news page.
// The order of the passes matters and is the only logic here; every decision
// about what a line *is* comes from import/rules.cpp.
//
//  1. lines: sanitize UTF-8, split, normalise each line (NFC, Ð→Đ, spaces)
//  2. chrome: comment box, lone no-break spaces, site widgets → article::dropped
//  3. related lists ("Tin mới" + bulleted items) → article::related
//  4. byline: the last line(s) of what remains
//  5. title / kicker / series, then the sapo (with its dateline)
//  6. body: image markers + captions, credits, interviews, breaks, headings,
//     captions by position, paragraphs
#include <string>
#include <vector>

#include "baiviet/import.hpp"
#include "baiviet/text.hpp"
#include "import/rules.hpp"

namespace baiviet {

namespace {

namespace R = detail::import_rules;

struct unit {
  std::string text;
  std::size_t line = 0;
};

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

// ---- pass 1: lines --------------------------------------------------------------

std::vector<unit> split_lines(const std::string& clean, const import_options& opt, article& a) {
  std::vector<unit> out;
  std::size_t no = 0, start = 0;
  normalize_options nopt;
  while (start <= clean.size()) {
    std::size_t end = clean.find_first_of("\r\n", start);
    if (end == std::string::npos) end = clean.size();
    ++no;
    std::string_view raw(clean.data() + start, end - start);
    if (R::is_lone_nbsp(raw)) {
      // Pass 2 (part): a paragraph holding only a no-break space.
      if (opt.drop_chrome) a.dropped.push_back(dropped_line{std::string(raw), "nbsp", no});
      out.push_back(unit{"", no});
    } else {
      out.push_back(unit{opt.normalize ? R::fix_eth(normalize(raw, nopt)) : std::string(R::trim(raw)), no});
    }
    if (end == clean.size()) break;
    start = end + ((clean[end] == '\r' && end + 1 < clean.size() && clean[end + 1] == '\n') ? 2 : 1);
  }
  return out;
}

date_time to_date_time(const R::date_line& d) {
  // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
  // days_from_civil); the offset is the one written (default +07:00).
  const int y = d.month <= 2 ? d.year - 1 : d.year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (d.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + doe - 719468;
  date_time t;
  t.has_time = d.has_time;
  t.utc_offset_minutes = d.utc_offset_minutes;
  if (d.utc_offset_minutes != 420) t.zone.clear();
  t.epoch_seconds = days * 86400 + d.hour * 3600 + d.minute * 60 - static_cast<std::int64_t>(d.utc_offset_minutes) * 60;
  return t;
}

// ---- pass 3: related lists -----------------------------------------------------------

/// Index of the first related-list heading followed by a bulleted item, or npos.
std::size_t find_related_start(const std::vector<unit>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!R::is_related_heading(lines[i].text)) continue;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
      if (lines[j].text.empty()) continue;
      if (R::related_item_title(lines[j].text)) return i;
      break;
    }
  }
  return std::string::npos;
}

void parse_related(const std::vector<unit>& lines, std::size_t from, article& a, const import_options& opt) {
  related_list* list = nullptr;
  related_item* item = nullptr;
  for (std::size_t i = from; i < lines.size(); ++i) {
    const std::string& t = lines[i].text;
    if (t.empty()) continue;
    if (!opt.related) {
      a.dropped.push_back(dropped_line{t, "related-list", lines[i].line});
      continue;
    }
    if (R::is_related_heading(t)) {
      a.related.push_back(related_list{});
      list = &a.related.back();
      std::string_view h = R::trim(t);
      if (!h.empty() && h.back() == ':') h.remove_suffix(1);
      list->heading = std::string(R::trim(h));
      item = nullptr;
      continue;
    }
    if (auto title = R::related_item_title(t)) {
      if (!list) {
        a.related.push_back(related_list{});
        list = &a.related.back();
      }
      list->items.push_back(related_item{});
      item = &list->items.back();
      item->title = *title;
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
}

// ---- pass 6: body ------------------------------------------------------------------------

struct body_builder {
  const std::vector<unit>& u;  // content units (no blanks, no chrome)
  std::size_t first;           // first unit of the body proper
  std::size_t last;            // one past the last unit of the body
  bool explicit_photos = false;
  bool interview = false;
  article& a;

  std::size_t words_of(std::size_t i) const { return i < last ? R::word_count(u[i].text) : 0; }

  /// Classify the neighbour for the caption-by-position rule.
  bool is_plain_text(std::size_t i) const {
    if (i >= last) return false;
    const std::string& t = u[i].text;
    std::string rest;
    return !R::is_image_marker(t, &rest) && !R::is_section_break(t) && !R::is_question_bullet(t) &&
           !R::is_answer_dash(t) && !R::looks_like_heading(t) && R::ends_with_closing_punct(t);
  }

  void run() {
    for (std::size_t i = first; i < last; ++i) {
      const std::string& t = u[i].text;
      const std::size_t line = u[i].line;
      std::string rest;
      if (R::is_image_marker(t, &rest)) {
        i = figure_after_marker(i, rest);
        continue;
      }
      if (R::is_section_break(t)) {
        a.body.push_back(make_block(block_type::thematic_break, "", line, R::conf::section_break));
        continue;
      }
      if (interview && R::is_question_bullet(t)) {
        a.body.push_back(make_block(block_type::interview_question, R::strip_marker(t), line, R::conf::interview));
        continue;
      }
      if (interview && R::is_answer_dash(t) && !R::is_caption_continuation(t)) {
        a.body.push_back(make_block(block_type::interview_answer, R::strip_marker(t), line, R::conf::interview));
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
      if (R::is_enumerated(t) && i + 1 < last && R::enumeration_number(u[i + 1].text) == R::enumeration_number(t) + 1) {
        i = marker_list(i, R::is_enumerated, true);
        continue;
      }
      if (auto cap = R::split_credit(t); cap && R::word_count(t) <= 80 && R::sentence_count(cap->caption) <= 3) {
        add_figure(cap->caption, cap->credit, line, R::conf::caption_with_credit);
        continue;
      }
      if (R::is_caption_continuation(t) && !a.body.empty() && a.body.back().type == block_type::figure) {
        extend_caption(a.body.back(), t);
        continue;
      }
      if (R::looks_like_heading(t) && i + 1 < last && !R::looks_like_heading(u[i + 1].text)) {
        block h = make_block(block_type::heading, t, line, R::conf::heading);
        h.level = 2;
        a.body.push_back(std::move(h));
        continue;
      }
      if (!explicit_photos) {
        bool prev_text = i > 0 && (i == first ? !a.sapo.empty() || is_plain_text(i - 1) : is_plain_text(i - 1));
        std::size_t prev_words = i == first ? R::word_count(a.sapo) : words_of(i - 1);
        if (i == first && a.sapo.empty()) prev_text = false;
        bool next_heading = i + 1 < last && R::looks_like_heading(u[i + 1].text);
        bool next_ok = next_heading || is_plain_text(i + 1);
        if (R::caption_by_position(t, prev_words, prev_text, next_heading ? 0 : words_of(i + 1), next_ok)) {
          add_figure(t, "", line, R::conf::caption_by_position);
          continue;
        }
      }
      a.body.push_back(make_block(block_type::paragraph, t, line, R::conf::paragraph));
    }
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
    a.body.push_back(std::move(list));
    return k - 1;
  }

  void add_figure(std::string caption, std::string credit, std::size_t line, double conf) {
    block f = make_block(block_type::figure, std::move(caption), line, conf);
    f.credit = std::move(credit);
    a.body.push_back(std::move(f));
  }

  void extend_caption(block& f, const std::string& t) {
    // "- Trong ảnh: …" joins the caption above; the credit at its end is split off.
    std::string part = t;
    if (auto cap = R::split_credit(t)) {
      part = cap->caption;
      if (f.credit.empty()) f.credit = cap->credit;
    }
    f.content.push_back(text_node("", inline_type::softbreak));
    f.content.push_back(text_node(part));
  }

  /// An image marker: the next line is its caption (plus a "Trong ảnh" line).
  std::size_t figure_after_marker(std::size_t i, const std::string& same_line) {
    const std::size_t line = u[i].line;
    std::string text = same_line;
    std::size_t cap_line = line;
    std::size_t next = i;
    if (text.empty() && i + 1 < last && R::may_follow_image_marker(u[i + 1].text) &&
        !(interview && R::is_question_bullet(u[i + 1].text))) {
      next = i + 1;
      text = u[next].text;
      cap_line = u[next].line;
    }
    if (text.empty()) {
      a.dropped.push_back(dropped_line{u[i].text, "image-marker", line});
      return i;
    }
    std::string credit;
    if (auto cap = R::split_credit(text)) {
      text = cap->caption;
      credit = cap->credit;
    }
    add_figure(std::move(text), std::move(credit), cap_line, R::conf::caption_after_marker);
    while (next + 1 < last && R::is_caption_continuation(u[next + 1].text)) {
      ++next;
      extend_caption(a.body.back(), u[next].text);
    }
    return next;
  }
};

}  // namespace

result<article> import_text(std::string_view text, const import_options& options) {
  if (text.size() > options.max_input_bytes)
    return make_error(errc::too_large, "input of " + std::to_string(text.size()) + " bytes exceeds max_input_bytes");
  std::string clean;
  const std::size_t bad = sanitize_utf8(text, clean);
  article a;
  a.source_format = "text";
  if (bad) a.warnings.push_back(warning{std::to_string(bad) + " invalid UTF-8 sequence(s) or NUL replaced by U+FFFD", 0});

  // 1–2. lines and chrome
  std::vector<unit> lines = split_lines(clean, options, a);
  for (unit& l : lines) {
    if (l.text.empty() || !options.drop_chrome) continue;
    if (const char* why = R::chrome_reason(l.text)) {
      a.dropped.push_back(dropped_line{l.text, why, l.line});
      l.text.clear();
    }
  }

  // 3. related lists
  std::size_t related_at = find_related_start(lines);
  if (related_at != std::string::npos) {
    parse_related(lines, related_at, a, options);
    lines.resize(related_at);
  }

  // Content units: one per non-blank line, hard-wrapped lines joined back.
  std::vector<unit> u;
  std::size_t prev_line = 0;
  for (unit& l : lines) {
    if (l.text.empty()) continue;
    if (!u.empty() && l.line == prev_line + 1 && R::continues_line(u.back().text, l.text)) {
      u.back().text += ' ';
      u.back().text += l.text;
    } else {
      u.push_back(std::move(l));
    }
    prev_line = l.line;
  }

  // 3b. page metadata lines near either end (first 5, last 4 units):
  // publication date, keywords. Kept units are compacted in one pass.
  {
    const std::size_t n = u.size();
    std::size_t out = 0;
    for (std::size_t k = 0; k < n; ++k) {
      if (k < 5 || k + 4 >= n) {
        if (auto d = R::parse_date_line(u[k].text)) {
          date_time dt = to_date_time(*d);
          if (d->updated) {
            if (!a.updated) a.updated = dt;
          } else if (!a.published) {
            a.published = dt;
          }
          continue;
        }
        if (auto tags = R::parse_tags(u[k].text)) {
          a.tags.insert(a.tags.end(), tags->begin(), tags->end());
          continue;
        }
      }
      if (out != k) u[out] = std::move(u[k]);
      ++out;
    }
    u.resize(out);
  }
  if (u.empty()) {
    a.title_confidence = 0;
    a.sapo_confidence = 0;
    return a;
  }

  // 4. byline: the last line (a name alone is only a byline there).
  std::size_t last = u.size();
  if (auto b = R::parse_byline(u[last - 1].text, true)) {
    a.byline_info.text = b->text;
    a.byline_info.role = b->role;
    a.byline_info.authors = b->authors;
    a.byline_info.confidence = b->confidence;
    for (const std::string& name : b->authors) a.authors.push_back(author{name, b->role, ""});
    --last;
  } else {
    // A byline with an explicit role may also stand under the title.
    a.byline_info.confidence = 0;
    for (std::size_t k = 0; k < last && k < 3; ++k) {
      auto b = R::parse_byline(u[k].text, false);
      if (!b) continue;
      a.byline_info.text = b->text;
      a.byline_info.role = b->role;
      a.byline_info.authors = b->authors;
      a.byline_info.confidence = b->confidence;
      for (const std::string& name : b->authors) a.authors.push_back(author{name, b->role, ""});
      u.erase(u.begin() + static_cast<std::ptrdiff_t>(k));
      --last;
      break;
    }
  }

  // 5. title, kicker, series
  std::size_t i = 0;
  a.title_confidence = 0;
  if (i < last) {
    if (auto k = R::split_kicker(u[i].text)) {
      if (!k->title.empty()) {
        a.kicker = k->kicker;
        a.series_info = series{k->series, k->part};
        a.title = k->title;
        a.title_confidence = R::conf::kicker_title;
        ++i;
      } else if (i + 1 < last && R::looks_like_title(u[i + 1].text)) {
        a.kicker = k->kicker;
        a.series_info = series{k->series, k->part};
        a.title = u[i + 1].text;
        a.title_confidence = R::conf::kicker_title;
        i += 2;
      }
    }
    // Rule: a first line that reads as a title and is followed by a paragraph.
    if (a.title.empty() && i + 1 < last && R::looks_like_title(u[i].text) && !R::is_image_marker(u[i].text) &&
        R::ends_with_closing_punct(u[i + 1].text) && R::word_count(u[i + 1].text) >= 12) {
      a.title = u[i].text;
      a.title_confidence = R::conf::title_first_line;
      ++i;
    }
  }

  // 5b. sapo: the first paragraph; its dateline prefix goes to article::dateline.
  a.sapo_confidence = 0;
  if (i < last) {
    std::string first = u[i].text;
    std::string dateline;
    if (auto d = R::split_dateline(first)) {
      dateline = d->dateline;
      first = d->rest;
    }
    const bool had_dateline = !dateline.empty();
    std::string rest;
    bool paragraph_like = !R::is_image_marker(first, &rest) && !R::is_question_bullet(first) &&
                                !R::is_answer_dash(first) && !R::is_section_break(first) &&
                                !R::looks_like_heading(first) && !R::split_credit(first) &&
                                R::word_count(first) >= 12;
    // Rule: with nothing to anchor it (no title, no dateline), a first
    // paragraph longer than a lead is body text: the leads of the labelled
    // corpus run 20–90 words (threshold chosen on that corpus).
    const bool anchored = had_dateline || !a.title.empty();
    if (paragraph_like && !anchored && R::word_count(first) > R::max_unanchored_sapo_words) paragraph_like = false;
    if (paragraph_like) {
      // The dateline is only taken off a paragraph that becomes the sapo, so
      // that a renderer showing "dateline + sapo" gives back the text as written.
      a.dateline = dateline;
      a.sapo = first;
      a.sapo_confidence = anchored ? R::conf::sapo_with_anchor : R::conf::sapo_plain;
      ++i;
    }
  }

  // 6. body
  body_builder bb{u, i, last, false, false, a};
  // Rule: an interview has two or more "•" questions, at least one of them
  // answered by a "- " line within the next three lines (a photo may sit
  // between); "•" lines without answers are a bulleted list.
  std::size_t bullets = 0, answered = 0;
  for (std::size_t k = i; k < last; ++k) {
    std::string rest;
    if (R::is_image_marker(u[k].text, &rest) || R::split_credit(u[k].text)) bb.explicit_photos = true;
    if (!R::is_question_bullet(u[k].text)) continue;
    ++bullets;
    for (std::size_t j = k + 1; j < last && j <= k + 3; ++j) {
      if (R::is_question_bullet(u[j].text)) break;
      if (R::is_answer_dash(u[j].text) && !R::is_caption_continuation(u[j].text)) {
        ++answered;
        break;
      }
    }
  }
  bb.interview = bullets >= 2 && answered >= 1;
  bb.run();
  return a;
}

}  // namespace baiviet
