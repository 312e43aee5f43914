#include "markdown/template_tags.hpp"

#include <cstdlib>
#include <cstring>
#include <iterator>

#include "core/trim.hpp"
#include "markdown/article_structure.hpp"

namespace baiviet::detail {

namespace {

constexpr std::string_view k_mark = "\xEF\xB7\x90";   // U+FDD0: a tag's marker starts, its index follows
constexpr std::string_view k_end = "\xEF\xB7\x91";    // U+FDD1: the index ends
constexpr std::string_view k_fill = "\xEF\xB7\x92";   // U+FDD2: a further line of the tag
constexpr std::size_t k_max_tag_bytes = 4096;
constexpr std::size_t k_max_tag_lines = 30;

bool starts_with(std::string_view s, std::size_t at, std::string_view p) {
  return s.size() >= at + p.size() && s.compare(at, p.size(), p) == 0;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Length of a line's leading run of spaces, tabs and '>' (indentation, block quotes).
std::size_t prefix_len(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '>')) ++i;
  return i;
}

enum class opener_kind { shortcode, escaped_shortcode, expression, liquid };

struct opener {
  std::string_view open, close;
  opener_kind kind;
};

// The openers, longest first.
constexpr opener k_openers[] = {
    {"{{</*", "*/>}}", opener_kind::escaped_shortcode}, {"{{%/*", "*/%}}", opener_kind::escaped_shortcode},
    {"{{<", ">}}", opener_kind::shortcode},             {"{{%", "%}}", opener_kind::shortcode},
    {"{{", "}}", opener_kind::expression},              {"{%", "%}", opener_kind::liquid},
};

// Is md[start, end) acceptable as one tag: bounded, no backtick, no blank line, no fence line?
bool acceptable(std::string_view md, std::size_t start, std::size_t end) {
  if (end - start > k_max_tag_bytes) return false;
  std::string_view t = md.substr(start, end - start);
  if (t.find('`') != std::string_view::npos) return false;
  std::size_t lines = 0;
  for (std::size_t nl = t.find('\n'); nl != std::string_view::npos; nl = t.find('\n', nl + 1)) {
    if (++lines > k_max_tag_lines) return false;
    // The line after this newline, whole (it may run past the tag's end).
    std::size_t ls = start + nl + 1;
    std::size_t le = md.find('\n', ls);
    std::string_view line = md.substr(ls, le == std::string_view::npos ? std::string_view::npos : le - ls);
    std::string_view body = line.substr(prefix_len(line));
    if (le != std::string_view::npos && le < end && trim(body, kAsciiWhite).empty()) return false;  // a blank line inside
    if (starts_with(body, 0, "```") || starts_with(body, 0, "~~~")) return false;
  }
  return true;
}

// The first word of a tag's inside ("figure", "/figure", "include", "raw").
std::string first_word(std::string_view inner) {
  std::size_t i = 0;
  while (i < inner.size() && (is_space(inner[i]) || inner[i] == '-' || inner[i] == '>')) ++i;
  std::size_t b = i;
  while (i < inner.size() && !is_space(inner[i])) ++i;
  return std::string(inner.substr(b, i - b));
}

// Named parameters of a shortcode: key="value", key=`value`, key='value', key=value.
struct param {
  std::string key, value;
};

std::vector<param> shortcode_params(std::string_view inner) {
  std::vector<param> out;
  std::size_t i = 0;
  auto skip_ws = [&] {
    while (i < inner.size() && (is_space(inner[i]) || (inner[i] == '>' && (i == 0 || is_space(inner[i - 1]))))) ++i;
  };
  skip_ws();
  while (i < inner.size() && !is_space(inner[i])) ++i;  // the name
  while (i < inner.size()) {
    skip_ws();
    if (i >= inner.size()) break;
    std::size_t kb = i;
    while (i < inner.size() && !is_space(inner[i]) && inner[i] != '=' && inner[i] != '"' && inner[i] != '`' &&
           inner[i] != '\'')
      ++i;
    std::string key(inner.substr(kb, i - kb));
    skip_ws();
    bool named = i < inner.size() && inner[i] == '=';
    if (named) {
      ++i;
      skip_ws();
    }
    std::string value;
    if (i < inner.size() && (inner[i] == '"' || inner[i] == '`' || inner[i] == '\'')) {
      char q = inner[i++];
      while (i < inner.size() && inner[i] != q) {
        if (q == '"' && inner[i] == '\\' && i + 1 < inner.size() && (inner[i + 1] == '"' || inner[i + 1] == '\\')) ++i;
        value += inner[i++];
      }
      if (i < inner.size()) ++i;
    } else if (named) {
      std::size_t vb = i;
      while (i < inner.size() && !is_space(inner[i])) ++i;
      value = std::string(inner.substr(vb, i - vb));
    } else if (i == kb) {
      ++i;  // a stray character: step over it
    }
    if (named && !key.empty()) out.push_back({key, value});
  }
  return out;
}

int whole_number(const std::string& s) {
  if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::atoi(s.c_str());
}

void read_figure(template_tag& t, std::string_view inner) {
  std::string attr, credit;
  for (const auto& p : shortcode_params(inner)) {
    if (p.key == "src") t.img.src = p.value;
    else if (p.key == "alt") t.img.alt = p.value;
    else if (p.key == "title") t.img.title = p.value;
    else if (p.key == "caption") t.caption = p.value;
    else if (p.key == "attr") attr = p.value;
    else if (p.key == "credit") credit = p.value;
    else if (p.key == "width") t.img.width = whole_number(p.value);
    else if (p.key == "height") t.img.height = whole_number(p.value);
  }
  t.credit = !attr.empty() ? attr : credit;
  if (t.caption.empty()) t.caption = t.img.title;
  if (t.credit.empty()) t.credit = split_photo_credit(t.caption, t.credit_label);
}

// Hugo's escaped form {{</* x */>}} shows as {{< x >}}.
std::string unescape_shortcode(std::string s) {
  for (auto [from, to] : {std::pair<std::string_view, std::string_view>{"{{</*", "{{<"}, {"{{%/*", "{{%"},
                          {"*/>}}", ">}}"}, {"*/%}}", "%}}"}}) {
    std::size_t at = s.find(from);
    if (at != std::string::npos) s.replace(at, from.size(), to);
  }
  return s;
}

// Is md[at…] the Liquid tag {% <word> %} (e.g. endraw)? `end` is set past it.
bool is_liquid_tag(std::string_view md, std::size_t at, std::string_view word, std::size_t& end) {
  if (!starts_with(md, at, "{%")) return false;
  std::size_t close = md.find("%}", at + 2);
  if (close == std::string_view::npos || close - at > 64) return false;
  if (first_word(md.substr(at + 2, close - at - 2)) != word) return false;
  end = close + 2;
  return true;
}

// "{{" or "{%" anywhere in md, in one pass over it (two finds were two passes: in WASM,
// where memchr is a loop over 4-byte words, they were ~1.5% of a render of an article).
bool has_tag_open(std::string_view md) {
  const char* p = md.data();
  const char* const end = p + md.size();
  while (end - p >= 2 && (p = static_cast<const char*>(std::memchr(p, '{', static_cast<std::size_t>(end - p - 1))))) {
    if (p[1] == '{' || p[1] == '%') return true;
    ++p;
  }
  return false;
}

}  // namespace

template_masking mask_template_tags(std::string_view md, std::vector<warning>& warnings) {
  template_masking m;
  if (!has_tag_open(md)) return m;
  if (md.find("\xEF\xB7\x90") != std::string_view::npos || md.find("\xEF\xB7\x91") != std::string_view::npos ||
      md.find("\xEF\xB7\x92") != std::string_view::npos) {
    warnings.push_back({"template tags ({{ }}, {% %}) left as text: the input contains the noncharacters "
                        "U+FDD0-U+FDD2 that mark them",
                        0});
    return m;
  }
  std::string out;
  std::size_t copied = 0, line = 1, line_pos = 0;
  std::size_t pos = 0;
  std::size_t next_endraw = 0;  // where the next {% endraw %} starts (npos: none)
  std::size_t next_close[std::size(k_openers)] = {};
  std::size_t examined = 0;
  const std::size_t budget = 16 * md.size() + 65536;
  auto line_at = [&](std::size_t p) {
    for (; line_pos < p; ++line_pos) line += md[line_pos] == '\n';
    return line;
  };
  while (pos < md.size()) {
    std::size_t p = md.find('{', pos);
    if (p == std::string_view::npos) break;
    const opener* op = nullptr;
    for (const auto& o : k_openers)
      if (starts_with(md, p, o.open)) {
        op = &o;
        break;
      }
    if (!op) {
      pos = p + 1;
      continue;
    }
    std::size_t inner_start = p + op->open.size();
    // The first closing string after the opener. Searches only move forward
    // (each closing string's next position is kept), so they cost O(n) in all.
    std::size_t& next = next_close[op - k_openers];
    if (next != std::string_view::npos && next < inner_start) next = md.find(op->close, inner_start);
    std::size_t close = next;
    if (close == std::string_view::npos || close - inner_start > k_max_tag_bytes) {
      pos = p + 1;
      continue;
    }
    std::size_t end = close + op->close.size();
    // Checking a candidate reads it once (≤ 4 KiB); input made of openers that
    // never make a tag would make that quadratic, so the reading is budgeted.
    examined += end - p;
    if (examined > budget) {
      warnings.push_back({"too many template-tag candidates: the rest of the text is not searched for tags",
                          line_at(p)});
      break;
    }
    std::string_view inner = md.substr(inner_start, close - inner_start);
    std::string name = first_word(inner);
    if (trim(inner, kAsciiWhite).empty() || !acceptable(md, p, end)) {
      pos = p + 1;
      continue;
    }
    // Liquid {% comment %}…{% endcomment %}: one tag, its inside dropped with it
    // (when the whole stays within a tag's bounds; else the two are plain tags).
    bool comment = false;
    if (op->kind == opener_kind::liquid && name == "comment") {
      std::string_view window = md.substr(0, std::min(md.size(), p + k_max_tag_bytes));
      std::size_t q = end, comment_end = 0;
      while ((q = window.find("{%", q)) != std::string_view::npos && !is_liquid_tag(md, q, "endcomment", comment_end))
        q += 2;
      if (q != std::string_view::npos && comment_end - p <= k_max_tag_bytes && acceptable(md, p, comment_end)) {
        end = comment_end;
        comment = true;
      }
    }
    template_tag t;
    t.line = line_at(p);
    std::string_view text = md.substr(p, end - p);
    // Lines of the tag: the first as written, the others after their prefix
    // (indentation and '>' stay in the source, so cmark sees the same blocks).
    std::vector<std::string_view> lines;
    for (std::size_t b = 0;;) {
      std::size_t nl = text.find('\n', b);
      lines.push_back(text.substr(b, nl == std::string_view::npos ? std::string_view::npos : nl - b));
      if (nl == std::string_view::npos) break;
      b = nl + 1;
    }
    auto without_cr = [](std::string_view l) { return !l.empty() && l.back() == '\r' ? l.substr(0, l.size() - 1) : l; };
    std::string subst = std::string(k_mark) + std::to_string(m.tags.size()) + std::string(k_end);
    t.first = std::string(lines.size() > 1 ? without_cr(lines[0]) : lines[0]);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      if (!lines[i - 1].empty() && lines[i - 1].back() == '\r') subst += '\r';
      std::size_t pre = prefix_len(lines[i]);
      subst += '\n';
      subst.append(lines[i].substr(0, pre));
      subst.append(k_fill);
      std::string_view r = lines[i].substr(pre);
      t.rest.emplace_back(i + 1 < lines.size() ? without_cr(r) : r);
    }
    switch (op->kind) {
      case opener_kind::escaped_shortcode: {
        t.act = template_tag::action::literal;
        t.kind = "Hugo shortcode";
        t.first = unescape_shortcode(t.first);
        for (auto& r : t.rest) r = unescape_shortcode(r);
        std::string lit = t.first;
        for (const auto& r : t.rest) lit += " " + r;
        t.literal = lit;
        break;
      }
      case opener_kind::shortcode:
        t.kind = "Hugo shortcode";
        if (name == "figure") {
          t.act = template_tag::action::figure;
          read_figure(t, inner);
        }
        break;
      case opener_kind::expression: t.kind = "template expression"; break;
      case opener_kind::liquid: t.kind = comment ? "Liquid comment" : "Liquid tag"; break;
    }
    out.append(md.substr(copied, p - copied));
    out += subst;
    copied = pos = end;
    m.tags.push_back(std::move(t));
    // Liquid {% raw %}: nothing up to {% endraw %} is a tag (without an
    // {% endraw %} it is just a tag: "{% raw %}" named in prose or code).
    if (op->kind == opener_kind::liquid && name == "raw") {
      if (next_endraw != std::string_view::npos && next_endraw < pos) {  // not searched past pos yet
        std::size_t q = pos, endraw_end = 0;
        while ((q = md.find("{%", q)) != std::string_view::npos && !is_liquid_tag(md, q, "endraw", endraw_end)) q += 2;
        next_endraw = q;  // npos: there is none, and never will be further on
      }
      if (next_endraw != std::string_view::npos) pos = next_endraw;  // the endraw tag itself is read next
    }
  }
  if (m.tags.empty()) return m;
  out.append(md.substr(copied));
  m.source = std::move(out);
  return m;
}

namespace {

class resolver {
 public:
  resolver(article& a, const template_masking& m)
      : a_(a), m_(m), in_code_(m.tags.size()), in_text_(m.tags.size()), made_figure_(m.tags.size()) {}

  void run() {
    blocks(a_.body);
    for (std::size_t i = 0; i < m_.tags.size(); ++i) {
      const template_tag& t = m_.tags[i];
      if (t.act == template_tag::action::literal || made_figure_[i]) continue;
      if (in_code_[i] && !in_text_[i]) continue;
      std::string shown = t.first.size() > 80 ? t.first.substr(0, 77) + "…" : t.first;
      if (!t.rest.empty() && shown.size() == t.first.size()) shown += " …";
      std::string msg = t.kind + " '" + shown + "' dropped";
      if (t.act == template_tag::action::figure)
        msg += ": a figure must stand in a paragraph, not inside a link, emphasis, heading, table or raw HTML";
      else if (t.kind == "Hugo shortcode")
        msg += " (of Hugo's shortcodes only figure is rendered)";
      a_.warnings.push_back({msg, t.line});
    }
  }

 private:
  static bool has_marker(std::string_view s) { return s.find("\xEF\xB7") != std::string_view::npos; }

  // Reads a marker at s[i]: its tag index and the position after it; false if none.
  bool marker_at(std::string_view s, std::size_t i, std::size_t& index, std::size_t& after) const {
    if (!starts_with(s, i, k_mark)) return false;
    std::size_t e = s.find(k_end, i + k_mark.size());
    if (e == std::string_view::npos || e - i > 24) return false;
    index = std::strtoul(std::string(s.substr(i + k_mark.size(), e - i - k_mark.size())).c_str(), nullptr, 10);
    if (index >= m_.tags.size()) return false;
    after = e + k_end.size();
    return true;
  }

  // Inside code: every tag as written.
  std::string restore(const std::string& s) {
    if (!has_marker(s)) return s;
    std::string out;
    std::size_t cur = m_.tags.size(), fill = 0;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t idx, after;
      if (marker_at(s, i, idx, after)) {
        out += m_.tags[idx].first;
        in_code_[idx] = 1;
        cur = idx;
        fill = 0;
        i = after;
      } else if (starts_with(s, i, k_fill)) {
        if (cur < m_.tags.size() && fill < m_.tags[cur].rest.size()) out += m_.tags[cur].rest[fill++];
        i += k_fill.size();
      } else {
        out += s[i++];
      }
    }
    return out;
  }

  // Outside code: tags removed (escaped shortcodes shown); a space left doubled
  // by the removal, or at the start/end of a line, goes too.
  std::string strip(const std::string& s, bool at_start, bool at_end) {
    std::string out;
    bool removed_last = false;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t idx, after;
      bool mark = marker_at(s, i, idx, after);
      if (mark || starts_with(s, i, k_fill)) {
        if (mark) {
          in_text_[idx] = 1;
          if (m_.tags[idx].act == template_tag::action::literal) out += m_.tags[idx].literal;
          i = after;
        } else {
          i += k_fill.size();
        }
        removed_last = true;
        if (out.empty() ? at_start : out.back() == ' ')
          while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
        continue;
      }
      removed_last = false;
      out += s[i++];
    }
    if (removed_last && at_end)
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
    return out;
  }

  static bool is_break(const inline_node& n) {
    return n.type == inline_type::softbreak || n.type == inline_type::linebreak;
  }

  static bool blank(const inlines& xs) {
    for (const auto& n : xs)
      if (!is_break(n) && !(n.type == inline_type::text && trim(n.text, kAsciiWhite).empty())) return false;
    return true;
  }

  // Empty text runs out; breaks that now separate nothing out.
  static void tidy(inlines& xs) {
    inlines out;
    for (auto& n : xs) {
      if (n.type == inline_type::text && n.text.empty()) continue;
      if (is_break(n) && (out.empty() || is_break(out.back()))) continue;
      out.push_back(std::move(n));
    }
    while (!out.empty() && is_break(out.back())) out.pop_back();
    xs = std::move(out);
  }

  // Returns true when a tag was removed from `xs` (or its children).
  bool process(inlines& xs) {
    bool touched = false;
    for (std::size_t k = 0; k < xs.size(); ++k) {
      inline_node& n = xs[k];
      bool at_start = k == 0 || is_break(xs[k - 1]);
      bool at_end = k + 1 == xs.size() || is_break(xs[k + 1]);
      switch (n.type) {
        case inline_type::code: n.text = restore(n.text); break;
        case inline_type::text:
        case inline_type::html:
          if (has_marker(n.text)) {
            n.text = strip(n.text, at_start, at_end);
            touched = true;
          }
          break;
        case inline_type::link:
        case inline_type::image:
          if (has_marker(n.url)) n.url = strip(n.url, true, true);
          if (has_marker(n.title)) n.title = strip(n.title, true, true);
          [[fallthrough]];
        default:
          if (process(n.children)) {
            tidy(n.children);
            touched = true;
          }
      }
    }
    if (touched) tidy(xs);
    return touched;
  }

  bool top_level_figure(const block& b) const {
    if (b.type != block_type::paragraph) return false;
    for (const auto& n : b.content) {
      if (n.type != inline_type::text || !has_marker(n.text)) continue;
      for (std::size_t i = 0; i < n.text.size(); ++i) {
        std::size_t idx, after;
        if (marker_at(n.text, i, idx, after) && m_.tags[idx].act == template_tag::action::figure) return true;
      }
    }
    return false;
  }

  block figure(std::size_t idx) {
    const template_tag& t = m_.tags[idx];
    made_figure_[idx] = 1;
    block f;
    f.type = block_type::figure;
    f.source_line = t.line;
    f.img = t.img;
    if (!t.caption.empty()) f.content.push_back(text_node(t.caption));
    f.credit = t.credit;
    f.credit_label = t.credit_label;
    return f;
  }

  // A paragraph holding figure shortcodes: the text before, each figure, the text after.
  void split(block& b, std::vector<block>& out) {
    std::vector<block> pieces;
    block cur;
    cur.type = block_type::paragraph;
    cur.source_line = b.source_line;
    for (auto& n : b.content) {
      if (n.type != inline_type::text || !has_marker(n.text)) {
        cur.content.push_back(std::move(n));
        continue;
      }
      std::string seg;
      for (std::size_t i = 0; i < n.text.size();) {
        std::size_t idx, after;
        if (marker_at(n.text, i, idx, after) && m_.tags[idx].act == template_tag::action::figure) {
          std::string_view before = trim_right(seg);
          if (!before.empty()) cur.content.push_back(text_node(std::string(before)));
          pieces.push_back(std::move(cur));
          pieces.push_back(figure(idx));
          cur = block();
          cur.type = block_type::paragraph;
          cur.source_line = m_.tags[idx].line;
          seg.clear();
          i = after;
          while (i < n.text.size() && (n.text[i] == ' ' || n.text[i] == '\t')) ++i;
        } else {
          seg += n.text[i++];
        }
      }
      if (!seg.empty()) cur.content.push_back(text_node(std::move(seg)));
    }
    pieces.push_back(std::move(cur));
    for (auto& p : pieces) {
      if (p.type == block_type::paragraph) {
        process(p.content);
        tidy(p.content);
        if (blank(p.content)) continue;
      }
      out.push_back(std::move(p));
    }
  }

  void blocks(std::vector<block>& bs) {
    std::vector<block> out;
    out.reserve(bs.size());
    for (auto& b : bs) {
      if (top_level_figure(b)) {
        split(b, out);
        continue;
      }
      switch (b.type) {
        case block_type::code:
          b.literal = restore(b.literal);
          b.info = restore(b.info);
          break;
        case block_type::html:
          if (has_marker(b.literal)) b.literal = strip(b.literal, false, false);
          break;
        default:
          if (process(b.content) && (b.type == block_type::paragraph || b.type == block_type::heading) &&
              blank(b.content))
            continue;  // the block held nothing but tags
      }
      blocks(b.children);
      out.push_back(std::move(b));
    }
    bs = std::move(out);
  }

  article& a_;
  const template_masking& m_;
  std::vector<char> in_code_, in_text_, made_figure_;
};

}  // namespace

void resolve_template_tags(article& a, const template_masking& m) {
  if (m.active()) resolver(a, m).run();
}

}  // namespace baiviet::detail
