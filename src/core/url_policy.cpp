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
  // url_scheme's reading, without copying the URL (this runs for every link):
  // tab/LF/CR are skipped anywhere, leading C0 controls and spaces at the start.
  std::size_t i = 0;
  const std::size_t n = url.size();
  auto skip = [&] {
    while (i < n && (url[i] == '\t' || url[i] == '\n' || url[i] == '\r')) ++i;
  };
  while (i < n && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  if (i == n || !ascii_alpha(url[i])) return true;  // no scheme: relative
  char scheme[8];                                    // the lower-cased scheme, when short enough to matter
  std::size_t len = 0;
  for (;;) {
    skip();
    if (i == n) return true;  // no ':': relative
    const char c = url[i];
    if (c == ':') break;
    if (!(ascii_alpha(c) || ascii_digit(c) || c == '+' || c == '-' || c == '.')) return true;  // relative
    if (len < sizeof scheme) scheme[len] = ascii_lower(c);
    ++len;
    ++i;
  }
  ++i;  // past ':'
  const std::string_view sch(scheme, len <= sizeof scheme ? len : 0);
  if (len > sizeof scheme) return false;  // a long scheme: none of the allowed ones
  if (sch == "http" || sch == "https" || sch == "mailto" || sch == "tel") return true;
  if (use == url_use::image && sch == "data") {
    // The media type, with tab/LF/CR removed (at most "image/jpeg" + its ';' or ',').
    char head[12];
    std::size_t k = 0;
    for (; k < sizeof head; ++k) {
      skip();
      if (i == n) break;
      head[k] = url[i++];
    }
    return raster_image_data(std::string_view(head, k));
  }
  // Everything else (javascript:, vbscript:, file:, other data:, unknown schemes) is refused.
  return false;
}

namespace {

/// How a byte is written: as it is, as %XX, left out (tab/LF/CR, browser
/// encoding), or (attribute escaping) as an entity.
enum url_byte : unsigned char { keep, percent, drop, amp, apos };

struct url_table {
  url_byte t[256];
  constexpr url_table(bool browser, bool attr) : t{} {
    constexpr std::string_view cmark_kept = "-_.!~*();/?:@&=+$,#%";
    for (int c = 0; c < 256; ++c) {
      const char ch = static_cast<char>(c);
      bool kept = browser ? (c > 0x20 && c < 0x7F && ch != '"' && ch != '<' && ch != '>')
                          : ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                             cmark_kept.find(ch) != std::string_view::npos);
      t[c] = kept ? keep : percent;
      if (browser && (ch == '\t' || ch == '\n' || ch == '\r')) t[c] = drop;
      if (attr && ch == '&') t[c] = amp;
      if (attr && ch == '\'' && kept) t[c] = apos;
    }
  }
};

void write_url(std::string& out, std::string_view url, url_encoding encoding, bool attr) {
  static constexpr url_table tables[4] = {{false, false}, {false, true}, {true, false}, {true, true}};
  const bool browser = encoding == url_encoding::browser;
  const url_table& table = tables[(browser ? 2 : 0) + (attr ? 1 : 0)];
  if (browser) {
    // Leading and trailing C0 controls and spaces are stripped as the URL
    // parser strips them (as %20/%01 they would become part of the path).
    std::size_t b = 0, e = url.size();
    while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
    url = url.substr(b, e - b);
  }
  static const char hex[] = "0123456789ABCDEF";
  const char* p = url.data();
  const char* const end = p + url.size();
  const char* run = p;
  for (; p != end; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    const url_byte how = table.t[c];
    if (how == keep) continue;
    out.append(run, static_cast<std::size_t>(p - run));
    run = p + 1;
    switch (how) {
      case percent: {
        const char esc[3] = {'%', hex[c >> 4], hex[c & 15]};
        out.append(esc, 3);
        break;
      }
      case amp: out.append("&amp;"); break;
      case apos: out.append("&#39;"); break;
      default: break;  // drop
    }
  }
  out.append(run, static_cast<std::size_t>(end - run));
}

}  // namespace

std::string encode_url(std::string_view url, url_encoding encoding) {
  // cmark encoding: cmark's houdini_escape_href set of bytes written as they
  // are (ASCII letters and digits, "-_.!~*();/?:@&=+$,#%"; "'" is %27 here).
  // Browser encoding: only the bytes the URL parser percent-encodes in every
  // part of a URL (C0 controls, space, '"', '<', '>', DEL, non-ASCII) are
  // written as %XX, and it reads %XX of those as the byte itself (a host is
  // percent-decoded before IDNA). Every other byte is written as it is, so the
  // browser parses the very URL the author wrote: "[2001:db8::1]" stays a host,
  // '\' a '/' in an http URL, "a[]=1&b={x}" the same query. ASCII tab and
  // newlines are removed by the URL parser wherever they are (a URL broken
  // across lines in scraped HTML); as %09/%0A they would stay.
  std::string out;
  out.reserve(url.size());
  write_url(out, url, encoding, false);
  return out;
}

void append_url_attr(std::string& out, std::string_view url, url_encoding encoding) {
  write_url(out, url, encoding, true);
}

}  // namespace baiviet::detail
