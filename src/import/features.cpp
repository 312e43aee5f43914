// Line features of plain-text import (see features.hpp). Measures of a line,
// of its neighbours and of the whole text; no word of a particular article.
#include "import/features.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "baiviet/text.hpp"
#include "core/trim.hpp"
#include "import/rules.hpp"
#include "text/unicode_util.hpp"

namespace baiviet::detail::import_rules {

namespace {

/// A line's words as a set: the distinct ids of its words, sorted. Ids are given
/// per text in order of first sight, so two lines share a word exactly when
/// they share its id; sets of integers sort and intersect far faster than sets
/// of strings (the pairwise comparison below meets every pair of lines).
using word_set = std::vector<std::uint32_t>;

class word_ids {
 public:
  /// The set of `s`'s words: lower-case runs of letters and digits (the comparison
  /// key of a line). With `key`, each word followed by a space is appended to it;
  /// with `count`, the number of words (repeats counted) is stored there. A word is
  /// built in one reused buffer and copied only the first time the text meets it.
  word_set of(std::string_view s, std::string* key = nullptr, std::size_t* count = nullptr) {
    word_set out;
    std::size_t words = 0;
    std::string& cur = word_;
    cur.clear();
    auto flush = [&] {
      if (cur.empty()) return;
      ++words;
      if (key) key->append(cur).push_back(' ');
      auto it = ids_.find(cur);
      if (it == ids_.end()) it = ids_.emplace(cur, static_cast<std::uint32_t>(ids_.size())).first;
      out.push_back(it->second);
      cur.clear();
    };
    for (std::size_t i = 0; i < s.size();) {
      UChar32 c = cp_at(s, i);
      if (is_alnum_cp(c)) append_utf8(cur, static_cast<char32_t>(to_lower_cp(c)));
      else flush();
    }
    flush();
    if (count) *count = words;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::string word_;
};

/// How many words two word sets share.
std::size_t shared_words(const word_set& a, const word_set& b) {
  std::size_t inter = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++inter, ++i, ++j;
  }
  return inter;
}

/// 0..100: shared distinct words over the distinct words of the union.
int jaccard(const word_set& a, const word_set& b) {
  if (a.empty() || b.empty()) return 0;
  const std::size_t inter = shared_words(a, b);
  return static_cast<int>(100 * inter / (a.size() + b.size() - inter));
}

enum ending { e_period, e_question, e_exclaim, e_colon, e_comma, e_none, e_ellipsis };

struct line_measures {
  int words = 0;
  ending end = e_none;
  bool end_quote = false;
  int sentences = 0;
  bool starts_enum = false, starts_quote = false;
  int quotes = 0;
  int cap_ratio = 0, digit_ratio = 0;
  bool all_upper = false, connective = false, colon_inside = false, parens = false;
  int photo_words = 0;
  bool portrait = false, alt_image = false, slash_join = false;
  int narrative = 0;  ///< cues of running narration: reporting verbs, pointing back
};

/// Words that describe a photo rather than tell a story.
int photo_word_count(std::string_view s) {
  static constexpr std::array<std::string_view, 14> cues = {
      "\xe1\xba\xa3nh",             // ảnh
      "ch\xe1\xbb\xa5p",            // chụp
      "(tr\xc3\xa1i)",              // (trái)
      "(ph\xe1\xba\xa3i)",          // (phải)
      "t\xe1\xbb\xab tr\xc3\xa1i",  // từ trái
      "minh h\xe1\xbb\x8d" "a",  // minh họa
      "minh ho\xe1\xba\xa1",        // minh hoạ
      "to\xc3\xa0n c\xe1\xba\xa3nh",     // toàn cảnh
      "quang c\xe1\xba\xa3nh",           // quang cảnh
      "c\xe1\xba\xadn c\xe1\xba\xa3nh",  // cận cảnh
      "hi\xe1\xbb\x87n tr\xc6\xb0\xe1\xbb\x9dng",  // hiện trường
      "h\xc3\xacnh \xe1\xba\xa3nh",  // hình ảnh
      "video",
      "clip"};
  const std::string l = lower_marks(s);
  int n = 0;
  for (std::string_view c : cues)
    for (std::size_t p = l.find(c); p != std::string::npos; p = l.find(c, p + c.size())) ++n;
  return std::min(n, 3);
}

line_measures measure(std::string_view t) {
  line_measures m;
  t = trim(t);
  m.words = static_cast<int>(word_count(t));
  // ending
  {
    std::string_view s = t;
    std::size_t st = 0;
    UChar32 c = last_cp(s, &st);
    while (is_closing(c) && st > 0) {
      if (c != ')' && c != ']') m.end_quote = true;
      s = s.substr(0, st);
      c = last_cp(s, &st);
    }
    if (ends_with(s, "...") || c == 0x2026) m.end = e_ellipsis;
    else if (c == '.') m.end = e_period;
    else if (c == '?') m.end = e_question;
    else if (c == '!') m.end = e_exclaim;
    else if (c == ':') m.end = e_colon;
    else if (c == ',' || c == ';') m.end = e_comma;
    else m.end = e_none;
  }
  m.sentences = static_cast<int>(std::min<std::size_t>(sentence_count(t), 6));
  {
    std::string_view w = t.substr(0, t.find(' '));
    m.starts_enum = is_enumerated(t) || ((w == "B\xC6\xB0\xE1\xBB\x9B\x63" || w == "Ph\xE1\xBA\xA7n") &&  // Bước, Phần
                                         t.size() > w.size() + 1 && t[w.size() + 1] >= '0' && t[w.size() + 1] <= '9');
  }
  {
    UChar32 c = first_cp(t);
    m.starts_quote = c == 0x201C || c == '"' || c == 0x2018 || c == '\'' || c == 0xAB;
  }
  int caps = 0, digits = 0, tokens = 0;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t at = i;
    UChar32 c = cp_at(t, i);
    if (c == 0x201C || c == 0x201D || c == '"') ++m.quotes;
    if (c == '(') m.parens = true;
    if (c == ':' && i < t.size()) m.colon_inside = true;
    if (at == 0 || t[at - 1] == ' ') {
      if (c == ' ') continue;
      ++tokens;
      std::size_t j = at;
      // skip opening quotes/brackets
      UChar32 d = cp_at(t, j);
      while (is_opening_quote(d) && j < t.size()) d = cp_at(t, j);
      if (u_isupper(d) || u_istitle(d)) ++caps;
      if (u_isdigit(d)) ++digits;
    }
  }
  m.quotes = std::min(m.quotes, 4);
  if (tokens > 0) {
    m.cap_ratio = 100 * caps / tokens;
    m.digit_ratio = 100 * digits / tokens;
  }
  m.all_upper = all_letters_upper(t);
  m.connective = starts_with_connective(t);
  m.photo_words = photo_word_count(t);
  // "Ông Phạm Đình Quý - giảng viên …", "TS Đỗ Thị Hải Ninh": a portrait caption
  // names a person and a role, without a verb after the name.
  {
    const std::size_t dash = std::min(t.find(" - "), t.find(" \xE2\x80\x93 "));
    const std::size_t comma = t.find(", ");
    const std::size_t cut = std::min(dash, comma);
    if (cut != std::string_view::npos && cut < 60) {
      std::string_view head = t.substr(0, cut);
      std::size_t cap_words = 0, all_words = 0;
      for (std::size_t i = 0; i < head.size();) {
        const std::size_t at = i;
        UChar32 c = cp_at(head, i);
        if (at == 0 || head[at - 1] == ' ') {
          if (c == ' ') continue;
          ++all_words;
          if (u_isupper(c) || u_istitle(c)) ++cap_words;
        }
      }
      m.portrait = all_words >= 2 && all_words <= 8 && cap_words + 1 >= all_words && m.words <= 30;
    }
  }
  // "<title> - Ảnh 1." (the alt text of a photo on Tuổi Trẻ pages; the rule
  // after the classifier, is_photo_alt_text, reads more forms)
  if (const auto n = split_closing_number(t)) m.alt_image = ends_with(n->head, "\xE1\xBA\xA2nh ");  // "Ảnh N"
  m.slash_join = t.find(" / ") != std::string_view::npos;
  m.narrative = narrative_cues(t);
  return m;
}

int cap(int v, int hi) { return std::min(v, hi); }

}  // namespace

std::vector<body_features_t> body_features(const std::vector<body_item>& items, std::string_view title,
                                           std::string_view lead, bool explicit_photos) {
  const std::size_t n = items.size();
  std::vector<line_measures> m(n);
  std::vector<word_set> words(n);
  word_ids ids;
  std::unordered_map<std::string, int> key_count;
  std::size_t end_none = 0, gapped = 0;
  std::vector<std::string> keys(n);
  std::vector<std::size_t> word_total(n);
  for (std::size_t i = 0; i < n; ++i) {
    m[i] = measure(items[i].text);
    words[i] = ids.of(items[i].text, &keys[i], &word_total[i]);
    if (!keys[i].empty()) ++key_count[keys[i]];
    end_none += m[i].end == e_none;
    if (i > 0 && !items[i].run_in) gapped += items[i].gap_before > 0;
  }
  const word_set title_words = ids.of(title);
  const line_measures lead_m = measure(lead);
  // Units (not run-in segments) and the final blank-separated block of a text
  // whose paragraphs are not otherwise separated by blank lines.
  std::size_t units = 0;
  for (std::size_t i = 0; i < n; ++i) units += items[i].first_of_unit;
  const bool doc_gapped = double_spaced(units, gapped);
  std::size_t final_block = n;
  if (!doc_gapped) {
    std::size_t k = n;
    while (k > 0 && items[k - 1].gap_before == 0) --k;
    if (k > 1 && n - (k - 1) <= 12) final_block = k - 1;  // (after some body text)
  }
  const int doc_end_none = n ? static_cast<int>(100 * end_none / n) : 0;
  int median_words = 0, doc_one_sentence = 0, doc_end_period = 0;
  if (n) {
    std::vector<int> wc(n);
    std::size_t one = 0, period = 0;
    for (std::size_t i = 0; i < n; ++i) {
      wc[i] = m[i].words;
      one += m[i].sentences == 1;
      period += m[i].end == e_period;
    }
    std::nth_element(wc.begin(), wc.begin() + static_cast<std::ptrdiff_t>(n / 2), wc.end());
    median_words = wc[n / 2];
    doc_one_sentence = static_cast<int>(100 * one / n);
    doc_end_period = static_cast<int>(100 * period / n);
  }
  // The heading rule over every item (rules.cpp), and how many of the text's
  // lines it accepts: a text with a heading-shaped line every few lines is a
  // photo story more often than an article with sections.
  // (A question run into a body is an interview's or a rhetorical one.)
  std::vector<bool> rule_heading(n, false);
  std::vector<bool> shaped(n);
  std::size_t rule_headings = 0;
  {
    for (std::size_t i = 0; i < n; ++i) shaped[i] = looks_like_heading(items[i].text);
    for (std::size_t i = 0; i + 1 < n; ++i) {
      rule_heading[i] = shaped[i] && !shaped[i + 1] && !(items[i].run_in && m[i].end == e_question);
      rule_headings += rule_heading[i];
    }
  }
  const word_set lead_words = ids.of(lead);
  // Share (0..100) of the line's distinct words that the other line has.
  auto overlap = [](const word_set& a, const word_set& b) {
    if (a.empty() || b.empty()) return 0;
    return static_cast<int>(100 * shared_words(a, b) / a.size());
  };
  std::vector<body_features_t> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const line_measures& x = m[i];
    body_features_t f{};
    std::size_t k = 0;
    f[k++] = cap(x.words, 60);
    f[k++] = x.words <= 3;
    f[k++] = x.words <= 6;
    f[k++] = x.words <= 12;
    f[k++] = x.words <= 25;
    f[k++] = x.words > 40;
    f[k++] = x.end == e_period;
    f[k++] = x.end == e_question;
    f[k++] = x.end == e_exclaim;
    f[k++] = x.end == e_colon;
    f[k++] = x.end == e_comma;
    f[k++] = x.end == e_none;
    f[k++] = x.end == e_ellipsis;
    f[k++] = x.end_quote;
    f[k++] = x.sentences;
    f[k++] = x.sentences == 1;
    f[k++] = x.starts_enum;
    f[k++] = x.starts_quote;
    f[k++] = x.quotes;
    f[k++] = x.cap_ratio;
    f[k++] = x.all_upper;
    f[k++] = x.digit_ratio;
    f[k++] = x.connective;
    f[k++] = x.colon_inside;
    f[k++] = x.parens;
    f[k++] = x.photo_words;
    f[k++] = x.portrait;
    f[k++] = x.alt_image;
    // Duplicates: the same words elsewhere in the text (a caption repeated
    // where its photo stood and in a block at the end), or nearly the same.
    f[k++] = !keys[i].empty() && key_count[keys[i]] > 1;
    {
      // (Only for texts of up to 800 items and lines of up to 80 words, so
      // that the pairwise comparison stays cheap.)
      int best = 0;
      if (n <= 800 && word_total[i] >= 4 && word_total[i] <= 80) {
        for (std::size_t j = 0; j < n; ++j) {
          if (j == i || word_total[j] < 4 || keys[j] == keys[i]) continue;
          const std::size_t lo = std::min(word_total[i], word_total[j]);
          const std::size_t hi = std::max(word_total[i], word_total[j]);
          if (lo * 2 < hi) continue;
          best = std::max(best, jaccard(words[i], words[j]));
        }
      }
      f[k++] = best;
    }
    f[k++] = jaccard(words[i], title_words);
    f[k++] = x.slash_join;
    f[k++] = items[i].indented;
    // position
    f[k++] = i == 0;
    f[k++] = i + 1 == n;
    f[k++] = n > 1 ? static_cast<int>(100 * i / (n - 1)) : 0;
    // A line is set apart by what differs from the text's habit: a blank line before or after it
    // in a text whose paragraphs follow each other, none in a text with a blank line between
    // every two (as a paste from a browser comes). Which habit a text has is no evidence itself.
    f[k++] = !doc_gapped && !items[i].run_in && items[i].gap_before > 0;
    f[k++] = !doc_gapped && !items[i].run_in && items[i].gap_after > 0;
    f[k++] = doc_gapped && !items[i].run_in && i > 0 && items[i].gap_before == 0;
    f[k++] = doc_gapped && !items[i].run_in && i + 1 < n && items[i].gap_after == 0;
    f[k++] = i >= final_block;
    // neighbours (the sapo comes before the first item)
    if (i > 0 || !lead.empty()) {
      const line_measures& p = i > 0 ? m[i - 1] : lead_m;
      f[k++] = cap(p.words, 60);
      f[k++] = p.end == e_period;
      f[k++] = p.end == e_none;
      f[k++] = 0;
    } else {
      f[k++] = 0;
      f[k++] = 0;
      f[k++] = 0;
      f[k++] = 1;
    }
    if (i + 1 < n) {
      f[k++] = cap(m[i + 1].words, 60);
      f[k++] = m[i + 1].end == e_period;
      f[k++] = m[i + 1].end == e_none;
      f[k++] = 0;
      f[k++] = m[i + 1].starts_enum;
    } else {
      f[k++] = 0;
      f[k++] = 0;
      f[k++] = 0;
      f[k++] = 1;
      f[k++] = 0;
    }
    // the text
    f[k++] = doc_end_none;
    f[k++] = static_cast<int32_t>(std::min<std::size_t>(n, 60));
    f[k++] = explicit_photos;
    // run-on segments
    f[k++] = items[i].run_in;
    f[k++] = items[i].run_in && items[i].unpunctuated_end;
    f[k++] = items[i].run_in && items[i].first_of_unit;
    f[k++] = items[i].run_in && items[i].last_of_unit;
    // relative to the text
    f[k++] = cap(static_cast<int>(100 * x.words / std::max(1, median_words)), 300);
    f[k++] = doc_one_sentence;
    f[k++] = doc_end_period;
    auto short_none = [&](std::size_t j) { return m[j].words <= 20 && m[j].end == e_none; };
    f[k++] = short_none(i);
    f[k++] = x.words <= 20 && x.end == e_question;
    f[k++] = x.starts_enum && x.words <= 25;
    f[k++] = x.starts_enum && x.words > 25;
    f[k++] = i > 0 && short_none(i - 1);
    f[k++] = i + 1 < n && short_none(i + 1);
    // the hand rules (rules.cpp) as evidence the model weighs
    const bool heading_rule = rule_heading[i];
    f[k++] = heading_rule;
    {
      auto plain = [&](std::size_t j) {
        return j < n && !shaped[j] && ends_with_closing_punct(items[j].text);
      };
      const bool prev_text = i > 0 ? plain(i - 1) : !lead.empty();
      const std::size_t prev_words = static_cast<std::size_t>(i > 0 ? m[i - 1].words : lead_m.words);
      const bool next_heading = i + 1 < n && shaped[i + 1];
      const bool next_ok = next_heading || plain(i + 1);
      const std::size_t next_words = next_heading || i + 1 >= n ? 0 : static_cast<std::size_t>(m[i + 1].words);
      f[k++] = !explicit_photos && !heading_rule &&
               caption_by_position(items[i].text, prev_words, prev_text, next_words, next_ok);
    }
    f[k++] = cap(median_words, 80);
    // A line much shorter than both neighbours (a caption between paragraphs).
    {
      // (A heading after the line does not count: the next paragraph does.)
      const int pw = i > 0 ? m[i - 1].words : (lead.empty() ? 0 : lead_m.words);
      std::size_t nx = i + 1;
      if (nx < n && m[nx].words <= 18 && m[nx].end == e_none && nx + 1 < n) ++nx;
      const int nw = nx < n ? m[nx].words : 0;
      const int lo = std::min(pw, nw);
      f[k++] = cap(10 * lo / std::max(1, x.words), 100);
      f[k++] = lo >= 50;
      f[k++] = x.narrative;
      // The first line of the body, one short sentence: the lead photo's
      // caption stands there on most pages.
      f[k++] = i == 0 && x.words <= 30 && x.sentences == 1;
      f[k++] = !heading_rule && caption_between_paragraphs(items[i].text, static_cast<std::size_t>(pw),
                                                          static_cast<std::size_t>(nw));
    }
    // Words shared with the line before (the sapo before the first) and the
    // line after: a caption often repeats the paragraph it illustrates.
    f[k++] = overlap(words[i], i > 0 ? words[i - 1] : lead_words);
    f[k++] = i + 1 < n ? overlap(words[i], words[i + 1]) : 0;
    f[k++] = static_cast<int32_t>(std::min<std::size_t>(rule_headings, 20));
    {
      // (Capped at 30 items: scanning on would make a text without headings
      // quadratic in its length.)
      std::size_t j = i + 1;
      while (j < n && j - i < 30 && !rule_heading[j]) ++j;
      f[k++] = static_cast<int32_t>(std::min<std::size_t>(j - i, 30));
    }
    f[k++] = heading_rule && i == 0;
    (void)k;  // k == n_body_features
    out[i] = f;
  }
  return out;
}

}  // namespace baiviet::detail::import_rules
