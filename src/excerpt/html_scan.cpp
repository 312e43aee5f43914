// A small, careful HTML fragment scanner for excerpts: tags, attributes,
// comments, raw-text elements and character references, reduced to a flat_doc.
// It is not an HTML5 tree builder: it keeps a whitelist of inline elements
// (balanced by flat_builder), turns block elements into paragraph breaks and
// drops the content of headings, captions, figures, scripts, navigation, forms
// and elements whose class/id names page chrome (caption, byline, share …).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "core/html_entities.hpp"
#include "core/url_policy.hpp"
#include "excerpt/flat.hpp"
#include "text/segment.hpp"

namespace baiviet::detail {

namespace {

bool in(std::string_view name, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

bool is_void(std::string_view n) {
  return in(n, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
                "param", "keygen"});
}
// Content never shown as text (skipped up to the matching end tag, unparsed).
bool is_raw_text(std::string_view n) {
  return in(n, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                "template", "plaintext"});
}
// Elements whose (parsed) content an excerpt skips: headings, captions, chrome.
bool is_skipped(std::string_view n) {
  return in(n, {"h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "caption", "head", "nav", "aside",
                "footer", "header", "form", "button", "select", "option", "svg", "math", "object", "video", "audio",
                "picture", "canvas", "map", "table", "menu", "dialog", "label", "fieldset", "legend"});
}
// Inline formatting kept in HTML output.
bool is_kept_inline(std::string_view n) {
  return in(n, {"a", "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "code", "kbd",
                "q", "cite", "abbr", "dfn", "var", "samp"});
}
bool is_block(std::string_view n) {
  return in(n, {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "section", "article", "main", "pre",
                "hr", "address", "center", "details", "summary", "tr", "td", "th", "body", "html"});
}

// class/id words that mark page chrome rather than article text.
bool chrome_name(std::string_view v) {
  static constexpr std::string_view words[] = {"caption", "byline", "author", "credit", "share", "social",
                                               "related", "comment", "advert", "banner", "breadcrumb", "sidebar"};
  std::string low(v);
  for (auto& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto w : words)
    if (low.find(w) != std::string::npos) return true;
  return false;
}

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// HTML5: numeric references to 0x80–0x9F mean the Windows-1252 characters
// (0 = no mapping: U+FFFD).
constexpr char16_t windows_1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Decode one character reference at s[i] == '&'. On success appends the
// character, advances i past it and returns true.
bool decode_reference(std::string_view s, std::size_t& i, std::string& out, bool in_attribute) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    std::size_t digits = j;
    unsigned long v = 0;
    while (j < s.size() && (hex ? std::isxdigit(static_cast<unsigned char>(s[j])) : std::isdigit(static_cast<unsigned char>(s[j])))) {
      unsigned d = std::isdigit(static_cast<unsigned char>(s[j])) ? s[j] - '0' : (std::tolower(s[j]) - 'a' + 10);
      if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + d;
      ++j;
    }
    if (j == digits) return false;
    if (j < s.size() && s[j] == ';') ++j;
    char32_t c = static_cast<char32_t>(v);
    if (v >= 0x80 && v <= 0x9F) c = windows_1252[v - 0x80] ? windows_1252[v - 0x80] : 0xFFFD;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) c = 0xFFFD;
    append_utf8(out, c);
    i = j;
    return true;
  }
  // Named: the WHATWG table (core/html_entities: cmark-gfm's copy of it). The
  // longest match wins, as in the HTML tokenizer: "name;" when the whole run of
  // letters and digits is a name and ';' follows, else the longest of the names
  // HTML also reads without ';' that starts the run ("&notin;" → ∉, "&notit;" →
  // ¬it;, "&ampx" → &x, "&Dstrok" stays literal).
  while (j < s.size() && is_alnum(s[j]) && j - i <= 32) ++j;
  std::string_view name = s.substr(i + 1, j - i - 1);
  if (j < s.size() && s[j] == ';' && append_named_reference(out, name)) {
    i = j + 1;
    return true;
  }
  std::size_t n = legacy_reference_prefix(name);
  if (n == 0) return false;
  std::size_t end = i + 1 + n;
  // In an attribute, a name without ';' followed by a letter, digit or '=' is
  // not a reference ("?a=1&copy=2").
  if (in_attribute && end < s.size() && (is_alnum(s[end]) || s[end] == '=')) return false;
  append_named_reference(out, name.substr(0, n));
  i = end;
  return true;
}

}  // namespace

std::string decode_html_text(std::string_view s, bool in_attribute) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&' && decode_reference(s, i, out, in_attribute)) continue;
    out.push_back(s[i++]);
  }
  return out;
}

namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct tag {
  std::string name;
  bool end = false;
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attrs;
  const std::string* attr(std::string_view n) const {
    for (const auto& a : attrs)
      if (a.first == n) return &a.second;
    return nullptr;
  }
};

// Parses a tag starting at s[i] == '<' followed by a letter or '/'+letter.
// Returns the index after '>' (or s.size() when unterminated).
std::size_t parse_tag(std::string_view s, std::size_t i, tag& t) {
  std::size_t j = i + 1;
  if (s[j] == '/') {
    t.end = true;
    ++j;
  }
  std::size_t n0 = j;
  while (j < s.size() && !ascii_space(s[j]) && s[j] != '/' && s[j] != '>') ++j;
  t.name = lower(s.substr(n0, j - n0));
  while (j < s.size()) {
    while (j < s.size() && (ascii_space(s[j]) || s[j] == '/')) {
      if (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>') t.self_closing = true;
      ++j;
    }
    if (j >= s.size()) break;
    if (s[j] == '>') return j + 1;
    std::size_t a0 = j;
    ++j;  // an attribute name may start with '='
    while (j < s.size() && !ascii_space(s[j]) && s[j] != '/' && s[j] != '>' && s[j] != '=') ++j;
    std::string name = lower(s.substr(a0, j - a0));
    while (j < s.size() && ascii_space(s[j])) ++j;
    std::string value;
    if (j < s.size() && s[j] == '=') {
      ++j;
      while (j < s.size() && ascii_space(s[j])) ++j;
      if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
        char q = s[j++];
        std::size_t v0 = j;
        while (j < s.size() && s[j] != q) ++j;
        value = decode_html_text(s.substr(v0, j - v0), true);
        if (j < s.size()) ++j;
      } else {
        std::size_t v0 = j;
        while (j < s.size() && !ascii_space(s[j]) && s[j] != '>') ++j;
        value = decode_html_text(s.substr(v0, j - v0), true);
      }
    }
    if (!t.attr(name)) t.attrs.emplace_back(std::move(name), std::move(value));
  }
  return s.size();
}

// Index of the end tag "</name" (case-insensitive) at or after i, or npos.
std::size_t find_end_tag(std::string_view s, std::size_t i, std::string_view name) {
  for (std::size_t k = s.find("</", i); k != std::string_view::npos; k = s.find("</", k + 2)) {
    if (k + 2 + name.size() > s.size()) return std::string_view::npos;
    if (lower(s.substr(k + 2, name.size())) == name) {
      std::size_t e = k + 2 + name.size();
      if (e == s.size() || ascii_space(s[e]) || s[e] == '>' || s[e] == '/') return k;
    }
  }
  return std::string_view::npos;
}

}  // namespace

flat_doc flatten_html(std::string_view s, const excerpt_options& o) {
  flat_builder b;
  enough_text enough(o);
  std::vector<std::string> skip;  // open skipped elements (their content is dropped)
  std::size_t i = 0, text0 = 0;
  auto flush_text = [&](std::size_t end) {
    if (end > text0 && skip.empty()) b.text(decode_html_text(s.substr(text0, end - text0)));
  };
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    // At a tag, the text before it has been flushed: the place to ask whether
    // the excerpt is decided (the text then ends at a paragraph break).
    if (!b.current_text().empty() && b.current_text().back() == '\n' && enough(b.current_text())) return b.finish();
    // comment, doctype, processing instruction
    if (s.compare(i, 4, "<!--") == 0) {
      flush_text(i);
      std::size_t e = s.find("-->", i + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      text0 = i;
      continue;
    }
    if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
      flush_text(i);
      std::size_t e = s.find('>', i + 2);
      i = e == std::string_view::npos ? s.size() : e + 1;
      text0 = i;
      continue;
    }
    bool starts_tag = i + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[i + 1])) ||
                                           (s[i + 1] == '/' && i + 2 < s.size() &&
                                            std::isalpha(static_cast<unsigned char>(s[i + 2]))));
    if (!starts_tag) {  // a literal '<'
      ++i;
      continue;
    }
    flush_text(i);
    tag t;
    i = parse_tag(s, i, t);
    text0 = i;
    if (t.end) {
      if (!skip.empty()) {
        auto it = std::find(skip.rbegin(), skip.rend(), t.name);
        if (it != skip.rend()) skip.erase(std::next(it).base(), skip.end());
        continue;
      }
      if (is_kept_inline(t.name)) b.close(t.name);
      else if (is_block(t.name)) b.paragraph_break();
      continue;
    }
    if (is_raw_text(t.name)) {  // content is never text: jump past the end tag
      std::size_t e = find_end_tag(s, i, t.name);
      i = e == std::string_view::npos ? s.size() : s.find('>', e) == std::string_view::npos ? s.size() : s.find('>', e) + 1;
      text0 = i;
      continue;
    }
    if (is_void(t.name)) {
      if (!skip.empty()) continue;
      if (t.name == "br") b.text(" ");
      else if (t.name == "hr") b.paragraph_break();
      continue;
    }
    const std::string* cls = t.attr("class");
    const std::string* id = t.attr("id");
    bool chrome = (cls && chrome_name(*cls)) || (id && chrome_name(*id));
    if (!skip.empty() || is_skipped(t.name) || chrome) {
      if (!t.self_closing && skip.size() < 256) skip.push_back(t.name);  // bounded: end tags search it
      if (skip.size() == 1 && is_block(t.name)) b.paragraph_break();
      continue;
    }
    if (is_kept_inline(t.name)) {
      if (t.self_closing) continue;
      std::string href;
      if (t.name == "a") {
        const std::string* h = t.attr("href");
        // Unsafe or missing href: an "a" mark with an empty href, which the
        // writer leaves out (text kept, nesting intact).
        if (h && is_safe_url(*h, url_use::link)) href = *h;
      }
      b.open(t.name, href);
      continue;
    }
    if (is_block(t.name)) b.paragraph_break();
    // other elements (span, font, time …): transparent
  }
  flush_text(s.size());
  return b.finish();
}

}  // namespace baiviet::detail
