// Shared helpers of the libFuzzer targets: option bits from the first input
// bytes (as cmark-gfm's fuzzer does) and the invariants every target checks.
// A broken invariant calls __builtin_trap() so libFuzzer records a crash.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <baiviet/article.hpp>
#ifdef BAIVIET_FUZZ_THROW
#include <stdexcept>
#endif

namespace baiviet_fuzz {

/// Reads option bits off the front of the input.
class input {
 public:
  input(const std::uint8_t* data, std::size_t size)
      : p_(reinterpret_cast<const char*>(data)), n_(size) {}
  /// Next byte of options (0 when the input is exhausted).
  std::uint8_t byte() {
    if (n_ == 0) return 0;
    --n_;
    return static_cast<std::uint8_t>(*p_++);
  }
  std::uint32_t u32() {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | byte();
    return v;
  }
  std::string_view rest() const { return {p_, n_}; }

 private:
  const char* p_;
  std::size_t n_;
};

[[noreturn]] inline void fail(const char* what, std::string_view context) {
#ifdef BAIVIET_FUZZ_THROW  // tests/cpp/test_regressions.cpp: report, don't trap
  throw std::runtime_error(std::string(what) + ": " +
                           std::string(context.substr(0, context.size() > 300 ? 300 : context.size())));
#endif
  std::fprintf(stderr, "invariant broken: %s\n--- context (%zu bytes) ---\n%.*s\n---\n", what,
               context.size(), static_cast<int>(context.size() > 4000 ? 4000 : context.size()),
               context.data());
  __builtin_trap();
}

inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return false;
    if (i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += len;
  }
  return true;
}

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

/// The scheme a browser sees in an attribute value written by our escaper:
/// the writer's entities decoded (any other '&' means the writer did not
/// escape the value), tab/CR/LF removed, leading C0 controls and spaces
/// stripped, lowercased up to the first ':'. Empty for relative URLs — a
/// "data:" or "javascript:" later in a path or query string runs nothing.
inline std::string url_scheme(std::string_view value, std::string_view context) {
  std::string v;
  for (std::size_t k = 0; k < value.size(); ++k) {
    char c = value[k];
    if (c == '&') {
      bool known = false;
      for (auto [ent, ch] : {std::pair<std::string_view, char>{"&amp;", '&'}, {"&quot;", '"'},
                             {"&lt;", '<'}, {"&gt;", '>'}, {"&#39;", '\''}})
        if (value.substr(k, ent.size()) == ent) {
          v.push_back(ch);
          k += ent.size() - 1;
          known = true;
          break;
        }
      if (!known) fail("raw '&' in an attribute value", context);
      continue;
    }
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (v.empty() && static_cast<unsigned char>(c) <= 0x20) continue;
    v.push_back(lower(c));
  }
  std::size_t colon = v.find(':');
  if (colon == std::string::npos || colon == 0 || !(v[0] >= 'a' && v[0] <= 'z')) return {};
  for (std::size_t k = 0; k < colon; ++k) {
    char c = v[k];
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return {};
  }
  return v.substr(0, colon);
}

inline bool raster_data_url(std::string_view value) {
  std::string v;
  for (char c : value) if (static_cast<unsigned char>(c) > 0x20) v.push_back(lower(c));
  for (std::string_view ok : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"})
    if (v.rfind(ok, 0) == 0) return true;
  return false;
}

/// Safe-mode HTML check: every tag is one the renderer writes, no attribute is
/// an event handler or a style, and href/src/action never carry a script scheme.
/// Text and attribute values are escaped by the writer, so '<' only opens
/// the renderer's own tags. Checked on fragments and full pages (where the one
/// <script> is type="application/ld+json" and <style> is the built-in sheet).
inline void check_safe_html(std::string_view html) {
  static const std::string_view allowed[] = {
      "a", "article", "aside", "blockquote", "br", "code", "data", "del", "div", "em",
      "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
      "img", "input", "li", "nav", "ol", "p", "pre", "section", "span", "strong", "sup",
      "table", "tbody", "td", "th", "thead", "time", "tr", "ul",
      // inline marks kept by excerpt_html
      "b", "i", "u", "s", "ins", "mark", "small", "sub", "kbd", "q", "cite", "abbr", "dfn", "var", "samp",
      // full page only
      "html", "head", "body", "meta", "title", "link", "style", "script"};
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    std::size_t j = i + 1;
    if (j < html.size() && html[j] == '!') {  // <!DOCTYPE html> or <!-- raw HTML omitted -->
      if (html.substr(j, 3) == "!--") {
        std::size_t end = html.find("-->", j + 3);
        if (end == std::string_view::npos) fail("unterminated comment", html);
        i = end + 3;
      } else {
        i = j;
      }
      continue;
    }
    if (j < html.size() && html[j] == '/') ++j;
    std::size_t name_start = j;
    while (j < html.size() && ((html[j] >= 'a' && html[j] <= 'z') || (html[j] >= '0' && html[j] <= '9') ||
                               (html[j] >= 'A' && html[j] <= 'Z')))
      ++j;
    std::string name;
    for (std::size_t k = name_start; k < j; ++k) name.push_back(lower(html[k]));
    if (name.empty()) fail("'<' not escaped in text", html.substr(i, 200));
    bool ok = false;
    for (auto a : allowed) ok = ok || a == name;
    if (!ok) fail("tag not written by the safe renderer", html.substr(i, 200));
    // attributes up to '>' (values are double-quoted and escaped)
    bool closing = html[name_start - 1] == '/';
    bool is_script = name == "script" && !closing;
    std::string tag;
    while (j < html.size() && html[j] != '>') {
      if (html[j] == '"') {
        std::size_t close = html.find('"', j + 1);
        if (close == std::string_view::npos) fail("unterminated attribute value", html.substr(i, 200));
        std::string value(html.substr(j + 1, close - j - 1));
        // attribute name before '='
        std::size_t e = tag.rfind('=');
        std::size_t s = tag.find_last_of(' ', e);
        std::string attr = tag.substr(s == std::string::npos ? 0 : s + 1, e - (s == std::string::npos ? 0 : s + 1));
        if (attr == "href" || attr == "src" || attr == "action" || attr == "formaction") {
          std::string scheme = url_scheme(value, html.substr(i, 300));
          if (scheme == "javascript" || scheme == "vbscript" ||
              (scheme == "data" && !raster_data_url(value)))
            fail("script URL in href/src", html.substr(i, 300));
        }
        tag.append("\"\"");
        j = close + 1;
        continue;
      }
      tag.push_back(lower(html[j]));
      ++j;
    }
    // attribute names: never on*, style, srcdoc, formaction
    std::size_t k = 0;
    while (k < tag.size()) {
      while (k < tag.size() && (tag[k] == ' ' || tag[k] == '/' || tag[k] == '\n')) ++k;
      std::size_t s = k;
      while (k < tag.size() && tag[k] != '=' && tag[k] != ' ' && tag[k] != '/') ++k;
      std::string attr = tag.substr(s, k - s);
      if (attr.size() > 2 && attr[0] == 'o' && attr[1] == 'n') fail("event handler attribute", html.substr(i, 300));
      if (attr == "style" || attr == "srcdoc" || attr == "formaction" || attr == "xlink:href")
        fail("dangerous attribute", html.substr(i, 300));
      if (k < tag.size() && tag[k] == '=') {
        ++k;
        if (tag.compare(k, 2, "\"\"") != 0) fail("unquoted attribute value", html.substr(i, 300));
        k += 2;
      }
    }
    if (is_script) {
      if (html.substr(i, 35) != "<script type=\"application/ld+json\">")
        fail("script other than the JSON-LD block", html.substr(i, 300));
      // only the JSON-LD block; it must not close early: '<' is \u003c-escaped inside
      std::size_t body = j + 1;
      std::size_t end = html.find("</script>", body);
      if (end == std::string_view::npos) fail("unterminated script", html.substr(i, 300));
      std::string_view json = html.substr(body, end - body);
      if (json.find('<') != std::string_view::npos) fail("'<' inside JSON-LD", json);
      i = end;
      continue;
    }
    if (name == "style" && !closing) {
      std::size_t end = html.find("</style>", j);
      if (end == std::string_view::npos) fail("unterminated style", html.substr(i, 300));
      i = end;
      continue;
    }
    i = j;
  }
}

// ---- nothing benign lost ------------------------------------------------------------
// The safe renderer must not only refuse what runs: every relative or http(s) URL
// of the article has to reach the HTML, as the browser would parse it.

/// The URL a browser parses (WHATWG URL parser, before any state): ASCII
/// tab/LF/CR removed, leading and trailing C0 controls and spaces stripped.
inline std::string browser_input(std::string_view url) {
  std::string s;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  return s.substr(b, e - b);
}

/// True for a URL a browser resolves against an http(s) page to an http(s)
/// URL, i.e. one the safe renderer must keep: no scheme (a relative URL) or
/// http:/https:. The scheme as the WHATWG parser finds it: ALPHA *(ALPHA /
/// DIGIT / "+" / "-" / ".") followed by ':' (anything else before the first ':'
/// means no scheme).
inline bool benign_url(std::string_view url) {
  std::string s = browser_input(url);
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (s.empty() || !alpha(s[0])) return true;
  std::size_t i = 1;
  while (i < s.size() && (alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
  if (i == s.size() || s[i] != ':') return true;
  std::string scheme;
  for (std::size_t k = 0; k < i; ++k) scheme.push_back(lower(s[k]));
  return scheme == "http" || scheme == "https";
}

/// The writer's attribute escapes undone (&amp; &quot; &lt; &gt; &#39;).
inline std::string unescape_attr(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    bool done = false;
    for (auto [ent, ch] : {std::pair<std::string_view, char>{"&amp;", '&'}, {"&quot;", '"'}, {"&lt;", '<'},
                           {"&gt;", '>'}, {"&#39;", '\''}})
      if (v.substr(i, ent.size()) == ent) {
        out.push_back(ch);
        i += ent.size() - 1;
        done = true;
        break;
      }
    if (!done) out.push_back(v[i]);
  }
  return out;
}

inline int hex_digit(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/// Bytes the URL parser itself percent-encodes wherever they are in a URL
/// (WHATWG URL: in every percent-encode set it uses: C0 controls, space, '"',
/// '<', '>', DEL, non-ASCII; a host is percent-decoded first): as %XX they
/// give the browser the same URL. '`', '{', '}', "'" are not among them (a
/// query keeps them), nor '[' (an IPv6 host), '\' (a '/' in an http URL).
inline bool browser_encodes(unsigned char c) {
  return c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>';
}

/// `written` (an attribute value, escapes undone) is `url` (as the browser
/// parses it) with each byte as it is or, where the browser would encode it
/// anyway, as %XX. With `any_byte_encoded` (cmark's encoding, the
/// CommonMark-compatible output) any byte may be %XX.
inline bool same_url(std::string_view written, std::string_view url, bool any_byte_encoded = false) {
  std::size_t i = 0;
  for (char ch : url) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (i < written.size() && written[i] == ch) {
      ++i;
    } else if ((any_byte_encoded || browser_encodes(c)) && i + 2 < written.size() && written[i] == '%' &&
               hex_digit(written[i + 1]) >= 0 && hex_digit(written[i + 2]) >= 0 &&
               hex_digit(written[i + 1]) * 16 + hex_digit(written[i + 2]) == c) {
      i += 3;
    } else {
      return false;
    }
  }
  return i == written.size();
}

/// Every value of attribute `name` (written as ` name="…"`) in `html`.
inline std::vector<std::string> attr_values(std::string_view html, std::string_view name) {
  std::vector<std::string> out;
  std::string key = " " + std::string(name) + "=\"";
  for (std::size_t i = html.find(key); i != std::string_view::npos; i = html.find(key, i + 1)) {
    std::size_t v0 = i + key.size(), v1 = html.find('"', v0);
    if (v1 == std::string_view::npos) break;
    out.emplace_back(html.substr(v0, v1 - v0));
  }
  return out;
}

/// The link and image URLs of inline content (not those inside an image's alt
/// text, which is written as plain text).
inline void content_urls(const baiviet::inlines& content, std::vector<std::string>& links,
                         std::vector<std::string>& images) {
  for (const auto& n : content) {
    if (n.type == baiviet::inline_type::image) {
      images.push_back(n.url);
      continue;
    }
    if (n.type == baiviet::inline_type::link) links.push_back(n.url);
    content_urls(n.children, links, images);
  }
}

inline void body_urls(const std::vector<baiviet::block>& blocks, std::vector<std::string>& links,
                      std::vector<std::string>& images) {
  for (const auto& b : blocks) {
    content_urls(b.content, links, images);
    if (b.type == baiviet::block_type::figure && !b.img.src.empty()) images.push_back(b.img.src);
    body_urls(b.children, links, images);
  }
}

/// Every relative or http(s) link and image URL of the article's body is in the
/// safe HTML `html` (a fragment or page rendered from it) as an href/src that
/// carries it (same_url). `cmark_encoding`: the CommonMark-compatible output,
/// which writes URLs exactly as cmark does (no stripping, any byte as %XX).
inline void check_benign_urls_kept(const baiviet::article& a, std::string_view html, bool cmark_encoding) {
  std::vector<std::string> links, images;
  body_urls(a.body, links, images);
  if (links.empty() && images.empty()) return;
  auto hrefs = attr_values(html, "href"), srcs = attr_values(html, "src");
  auto find = [&](const std::vector<std::string>& values, const std::string& url) {
    std::string want = cmark_encoding ? url : browser_input(url);
    for (const auto& v : values)
      if (same_url(unescape_attr(v), want, cmark_encoding)) return true;
    return false;
  };
  for (const auto& u : links)
    if (benign_url(u) && !find(hrefs, u)) fail("a relative or http(s) link lost its href", u + "\n---\n" + std::string(html));
  for (const auto& u : images)
    if (benign_url(u) && !find(srcs, u)) fail("a relative or http(s) image lost its src", u + "\n---\n" + std::string(html));
}

}  // namespace baiviet_fuzz
