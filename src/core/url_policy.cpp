#include "core/url_policy.hpp"

namespace baiviet::detail {

namespace {
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ci(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (ascii_lower(s[i]) != lower_word[i]) return false;
  return true;
}

// A data: URL of a raster image: "image/png", "image/gif", "image/jpeg" or
// "image/webp" right after "data:", followed by ';' (parameters, base64) or ','.
bool raster_image_data(std::string_view after_colon) {
  for (std::string_view type : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
    if (after_colon.size() <= type.size() || !equals_ci(after_colon.substr(0, type.size()), type)) continue;
    char next = after_colon[type.size()];
    if (next == ';' || next == ',') return true;
  }
  return false;
}
}  // namespace

std::string_view url_scheme(std::string_view url, std::string& scratch) {
  // The WHATWG URL parser first strips leading (and trailing) C0 controls and
  // spaces and removes every ASCII tab and newline.
  scratch.clear();
  bool leading = true;
  for (char c : url) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (leading && static_cast<unsigned char>(c) <= 0x20) continue;
    leading = false;
    scratch.push_back(c);
  }
  // Scheme start state: an ASCII letter; scheme state: ASCII alphanumerics,
  // '+', '-', '.' up to ':'. Any other character before the first ':' (or no
  // ':' at all) means "no scheme": the URL is relative to the page.
  std::string_view s(scratch);
  if (s.empty() || !ascii_alpha(s[0])) return {};
  std::size_t i = 1;
  while (i < s.size() && (ascii_alpha(s[i]) || ascii_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
  if (i == s.size() || s[i] != ':') return {};
  for (std::size_t k = 0; k < i; ++k) scratch[k] = ascii_lower(scratch[k]);
  return s.substr(0, i);
}

bool is_safe_url(std::string_view url, url_use use) {
  std::string scratch;
  std::string_view scheme = url_scheme(url, scratch);
  if (scheme.empty()) return true;  // relative: path, "//host", "?q", "#frag", "./a.jpg", "ảnh.jpg" …
  if (scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return true;
  if (use == url_use::image && scheme == "data")
    return raster_image_data(std::string_view(scratch).substr(scheme.size() + 1));
  // Everything else (javascript:, vbscript:, file:, other data:, unknown schemes) is refused.
  return false;
}

std::string encode_url(std::string_view url, url_encoding encoding) {
  static const char hex[] = "0123456789ABCDEF";
  const bool browser = encoding == url_encoding::browser;
  if (browser) {
    // Leading and trailing C0 controls and spaces are stripped as the URL
    // parser strips them (as %20/%01 they would become part of the path).
    std::size_t b = 0, e = url.size();
    while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
    url = url.substr(b, e - b);
  }
  // cmark encoding: cmark's houdini_escape_href set of bytes written as they
  // are (ASCII letters and digits, "-_.!~*();/?:@&=+$,#%"; "'" is %27 here).
  const std::string_view cmark_kept = "-_.!~*();/?:@&=+$,#%";
  std::string out;
  out.reserve(url.size());
  for (char ch : url) {
    unsigned char c = static_cast<unsigned char>(ch);
    // ASCII tab and newlines are removed by the URL parser wherever they are
    // (a URL broken across lines in scraped HTML); as %09/%0A they would stay.
    if (browser && (ch == '\t' || ch == '\n' || ch == '\r')) continue;
    // Browser encoding: only the bytes the URL parser percent-encodes in every
    // part of a URL (C0 controls, space, '"', '<', '>', DEL, non-ASCII) are
    // written as %XX, and it reads %XX of those as the byte itself (a host is
    // percent-decoded before IDNA). Every other byte is written as it is, so
    // the browser parses the very URL the author wrote: "[2001:db8::1]" stays a
    // host, '\' a '/' in an http URL, "a[]=1&b={x}" the same query. None of
    // them matters in a double-quoted attribute ("'" and '&' are escaped there).
    bool keep = browser ? (c > 0x20 && c < 0x7F && ch != '"' && ch != '<' && ch != '>')
                        : ascii_alpha(ch) || ascii_digit(ch) || cmark_kept.find(ch) != std::string_view::npos;
    if (keep) {
      out.push_back(ch);
    } else {  // as %XX, non-ASCII UTF-8 byte by byte (as browsers send it)
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace baiviet::detail
