// Choosing the cut of an excerpt and writing it as text or HTML.
//
// The source (plain text, HTML fragment or article) is first reduced to a
// flat_doc. The cut is then chosen on its text:
//  1. if the whole text fits the limit, it is returned untouched;
//  2. the budget B is the largest grapheme boundary within the limit (for
//     graphemes the ellipsis counts against the limit);
//  3. if a sentence ends within the limit and keeps at least
//     sentence_threshold × limit units, the excerpt ends there (no ellipsis);
//  4. otherwise it ends at the last white space within B, so a word, number
//     ("2.617", "122,2%"), date ("17/5/2021") or code ("02-NQ/TU") is never split
//     (a single over-long token falls back to ICU word, then grapheme boundaries);
//  5. trailing punctuation, dashes and opening quotes/brackets are removed and
//     the ellipsis is appended, followed by the closing marks of curly quotes
//     and brackets left open (“Để lãnh đạo…”), which also count in the limit.
#include "baiviet/excerpt.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "baiviet/parse.hpp"
#include "core/escape.hpp"
#include "core/url_policy.hpp"
#include "excerpt/flat.hpp"
#include "excerpt/source.hpp"
#include "text/segment.hpp"

namespace baiviet {

namespace {

using detail::flat_doc;

struct cut {
  std::size_t end = 0;
  bool truncated = false;
  bool ellipsis = false;
  std::string closers;  ///< closing quotes/brackets written after the ellipsis
};

bool space_at(std::string_view t, std::size_t p) { return p < t.size() && (t[p] == ' ' || t[p] == '\n'); }

// Punctuation that must not stand right before the ellipsis.
bool strippable(char32_t c) {
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_START_PUNCTUATION:    // ( [ {
    case U_INITIAL_PUNCTUATION:  // “ ‘ «
    case U_DASH_PUNCTUATION:     // - – —
    case U_CONNECTOR_PUNCTUATION:
      return true;
    default:
      break;
  }
  switch (c) {
    case ',': case ';': case ':': case '.': case '!': case '?': case 0x2026: case 0xB7: case 0x2022:
    case '/': case '\\': case '&': case '*': case 0x3001: case 0x3002:
      return true;
    default:
      return false;
  }
}

std::size_t trim_end(std::string_view t, std::size_t end) {
  while (end > 0) {
    std::size_t j = end;
    char32_t c = detail::prev_code_point(t, j);
    if (c == ' ' || c == '\n') {
      end = j;
      continue;
    }
    if (strippable(c)) {
      end = j;
      continue;
    }
    if (c == '"' || c == '\'') {  // a straight quote opens when its count so far is odd
      std::size_t n = static_cast<std::size_t>(std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(end), static_cast<char>(c)));
      if (n % 2 == 1) {
        end = j;
        continue;
      }
    }
    break;
  }
  return end;
}

// Curly quotes and brackets opened and not closed, tracked left to right.
// Straight and single quotes are left alone (' and ’ double as apostrophes);
// a paragraph break ends every quotation (news text never carries one over,
// and an unclosed one is a typo that must not swallow the rest).
struct bracket_tracker {
  std::u32string stack;  // the closing characters expected, innermost last
  std::size_t pos = 0;
  void advance(std::string_view t, std::size_t end) {
    while (pos < end) {
      char32_t c = detail::next_code_point(t, pos);
      switch (c) {
        case 0x201C: stack.push_back(0x201D); break;  // “ ”
        case 0xAB: stack.push_back(0xBB); break;      // « »
        case '(': stack.push_back(')'); break;
        case '[': stack.push_back(']'); break;
        case '{': stack.push_back('}'); break;
        case '\n': stack.clear(); break;
        case 0x201D: case 0xBB: case ')': case ']': case '}': {
          auto at = stack.rfind(c);
          if (at != std::u32string::npos) stack.erase(at);
          break;
        }
        default: break;
      }
    }
  }
};

// The closing characters for what is open at `end` (innermost first).
std::string unclosed(std::string_view t, std::size_t end) {
  bracket_tracker b;
  b.advance(t, end);
  std::string out;
  for (auto it = b.stack.rbegin(); it != b.stack.rend(); ++it) detail::append_utf8(out, *it);
  return out;
}

std::size_t trim_space(std::string_view t, std::size_t end) {
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
  return end;
}

struct units {
  std::vector<std::size_t> graphemes;   // boundaries
  std::vector<std::size_t> word_ends;   // end offsets of word segments (letters/numbers)
  std::vector<std::size_t> word_starts;
  std::vector<std::size_t> sentences;   // boundaries
  std::size_t count_graphemes(std::size_t p) const {
    return static_cast<std::size_t>(std::upper_bound(graphemes.begin(), graphemes.end(), p) - graphemes.begin()) - 1;
  }
  std::size_t count_words(std::size_t p) const {
    return static_cast<std::size_t>(std::upper_bound(word_ends.begin(), word_ends.end(), p) - word_ends.begin());
  }
};

cut choose_cut(const flat_doc& doc, const excerpt_options& o) {
  std::string_view t = doc.text;
  cut c;
  c.end = t.size();
  if (o.limit == 0 || t.empty()) return c;
  // Only the start of the text is segmented: a 64 MiB input costs no more
  // memory than its excerpt (plus the sentence list in sentence mode).
  const std::size_t cap = o.limit < SIZE_MAX / 2 ? o.limit + 1 : SIZE_MAX;
  units u;
  u.graphemes = detail::grapheme_boundaries(t, cap);
  if (o.unit == excerpt_unit::words)
    for (const auto& w : detail::word_segments(t, cap))
      if (w.is_word) {
        u.word_starts.push_back(w.begin);
        u.word_ends.push_back(w.end);
      }

  auto measure = [&](std::size_t p) {
    return o.unit == excerpt_unit::words ? u.count_words(p) : u.count_graphemes(p);
  };

  if (o.unit == excerpt_unit::sentences) {
    u.sentences = detail::sentence_boundaries(t);
    // sentence boundaries that close a non-blank sentence; with close_brackets a
    // quotation of several sentences counts as part of the sentence around it
    std::size_t n = 0;
    bracket_tracker br;
    for (std::size_t k = 1; k < u.sentences.size(); ++k) {
      std::size_t e = trim_space(t, u.sentences[k]);
      if (e <= u.sentences[k - 1]) continue;
      if (o.close_brackets && k + 1 < u.sentences.size()) {
        br.advance(t, e);
        if (!br.stack.empty()) continue;
      }
      if (++n == o.limit) {
        if (trim_space(t, t.size()) <= u.sentences[k]) return c;  // nothing after it
        c.end = e;
        c.truncated = true;
        return c;
      }
    }
    return c;
  }

  bool fits = o.unit == excerpt_unit::words ? u.word_starts.size() <= o.limit
                                             : u.graphemes.back() == t.size() && u.graphemes.size() - 1 <= o.limit;
  if (fits) return c;
  c.truncated = true;

  // Limit positions: `full` (without ellipsis) and `budget` (with it).
  std::size_t ell = o.unit == excerpt_unit::graphemes ? detail::grapheme_count_raw(detail::clean_nfc(o.ellipsis)) : 0;
  std::size_t full, budget;
  if (o.unit == excerpt_unit::graphemes) {
    full = u.graphemes[std::min(o.limit, u.graphemes.size() - 1)];
    budget = o.limit > ell ? u.graphemes[o.limit - ell] : 0;
  } else {  // words: up to the start of word limit+1
    full = budget = o.limit < u.word_starts.size() ? u.word_starts[o.limit] : t.size();
  }

  u.sentences = detail::sentence_boundaries(t, full);
  // 3. a sentence end that keeps most of the budget, outside quotes and brackets
  double need = o.sentence_threshold * static_cast<double>(o.limit);
  for (std::size_t k = u.sentences.size(); k-- > 1;) {
    std::size_t s = trim_space(t, u.sentences[k]);
    if (s > full) continue;
    if (s == 0 || static_cast<double>(measure(s)) < need) break;
    if (o.close_brackets && !unclosed(t, s).empty()) continue;  // "… mạnh. Đảng …” inside a quotation
    c.end = s;
    return c;
  }

  // 4. the last white space within the budget
  if (budget == 0) {  // not even one character fits beside the ellipsis: empty excerpt
    c.end = 0;
    return c;
  }
  std::size_t p = budget;
  for (int round = 0;; ++round) {
    while (p > 0 && !(space_at(t, p) && !space_at(t, p - 1))) --p;
    if (p == 0) {  // one token longer than the budget: ICU word, then grapheme boundaries
      for (const auto& w : detail::word_segments(t.substr(0, budget)))
        if (w.end <= budget) p = w.end;
      if (p == 0) p = budget;
    }
    // 5. no trailing punctuation or opening quote before the ellipsis
    std::size_t trimmed = trim_end(t, p);
    c.end = trimmed > 0 ? trimmed : trim_space(t, p);
    c.ellipsis = true;
    c.closers = o.close_brackets ? unclosed(t, c.end) : std::string();
    if (c.closers.empty() || o.unit != excerpt_unit::graphemes) break;
    // the closing marks count against the limit too: step back a word if needed
    if (u.count_graphemes(c.end) + ell + detail::grapheme_count_raw(c.closers) <= o.limit) break;
    if (c.end == 0 || round == 32) {  // cannot make room (pathological nesting): no closers
      c.closers.clear();
      break;
    }
    // step back to the previous grapheme boundary (never into a UTF-8 sequence)
    auto prev = std::lower_bound(u.graphemes.begin(), u.graphemes.end(), c.end);
    p = prev == u.graphemes.begin() ? 0 : *(prev - 1);
    budget = p;
    if (budget == 0) {
      c.end = 0;
      c.closers.clear();
      break;
    }
  }
  return c;
}

std::string write_text(const flat_doc& doc, const cut& c) {
  std::string out = doc.text.substr(0, c.end);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

void open_tag(std::string& out, const detail::flat_mark& m) {
  if (m.tag == "a") {
    if (m.href.empty()) return;
    out += "<a href=\"";
    detail::append_url_attr(out, m.href);
    out += "\">";
    return;
  }
  out += '<';
  out += m.tag;
  out += '>';
}

void close_tag(std::string& out, std::string_view tag, std::string_view href) {
  if (tag == "a" && href.empty()) return;
  out += "</";
  out += tag;
  out += '>';
}

std::string write_html(const flat_doc& doc, const cut& c) {
  std::string out;
  std::vector<const detail::flat_mark*> open;
  std::size_t pos = 0;
  auto text_to = [&](std::size_t end) {
    if (end <= pos) return;
    std::string piece = doc.text.substr(pos, end - pos);
    std::replace(piece.begin(), piece.end(), '\n', ' ');
    detail::append_html_escaped(out, piece);
    pos = end;
  };
  for (const auto& m : doc.marks) {
    if (m.pos > c.end || (m.pos == c.end && m.open)) break;
    text_to(m.pos);
    if (m.open) {
      open_tag(out, m);
      open.push_back(&m);
    } else if (!open.empty()) {
      close_tag(out, open.back()->tag, open.back()->href);
      open.pop_back();
    }
  }
  text_to(c.end);
  while (!open.empty()) {
    close_tag(out, open.back()->tag, open.back()->href);
    open.pop_back();
  }
  return out;
}

result<excerpt_result> run(const flat_doc& doc, const excerpt_options& o) {
  cut c = choose_cut(doc, o);
  excerpt_result r;
  r.truncated = c.truncated;
  r.ellipsis = c.ellipsis;
  std::string plain = write_text(doc, c);
  std::string ell = detail::clean_nfc(o.ellipsis);
  if (c.ellipsis) plain += ell + c.closers;
  r.graphemes = detail::grapheme_count_raw(plain);
  r.words = detail::word_count_raw(plain);
  if (o.to == excerpt_output::html) {
    r.text = write_html(doc, c);
    if (c.ellipsis) detail::append_html_escaped(r.text, ell + c.closers);
  } else {
    r.text = std::move(plain);
  }
  return r;
}

std::optional<error> check(std::size_t size, const excerpt_options& o) {
  if (size > default_max_input_bytes)
    return make_error(errc::too_large, "excerpt: input is larger than 64 MiB");
  if (!(o.sentence_threshold >= 0.0 && o.sentence_threshold <= 1.0))
    return make_error(errc::invalid_argument, "excerpt: sentence_threshold must be within 0..1");
  return std::nullopt;
}

}  // namespace

result<excerpt_result> excerpt_text(std::string_view text, const excerpt_options& options) {
  if (auto e = check(text.size(), options)) return *e;
  return run(detail::flatten_text(text, options), options);
}

result<excerpt_result> excerpt_html(std::string_view html, const excerpt_options& options) {
  if (auto e = check(html.size(), options)) return *e;
  return run(detail::flatten_html(html, options), options);
}

result<excerpt_result> excerpt(const article& a, const excerpt_options& options) {
  if (auto e = check(0, options)) return *e;
  return run(detail::flatten_article(a, options), options);
}

}  // namespace baiviet
