#include "core/url_policy.hpp"

#include <cctype>

namespace baiviet::detail {

namespace {
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}
}  // namespace

bool is_safe_url(std::string_view url, url_use use) {
  // Browsers drop ASCII tab/newline anywhere and leading C0 controls/space
  // before parsing a URL: do the same before looking at the scheme.
  std::string s;
  s.reserve(url.size());
  bool leading = true;
  for (char c : url) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (leading && u <= 0x20) continue;
    leading = false;
    s.push_back(c);
  }
  // Find a scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":" before any / ? #
  std::size_t colon = std::string::npos;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') { colon = i; break; }
    if (c == '/' || c == '?' || c == '#') break;
    bool ok = std::isalpha(static_cast<unsigned char>(c)) ||
              (i > 0 && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'));
    if (!ok) return false;  // something before ':' that is not a scheme: refuse (odd input)
  }
  if (colon == std::string::npos) return true;  // relative URL
  std::string_view v(s);
  if (starts_with_ci(v, "http:") || starts_with_ci(v, "https:") || starts_with_ci(v, "mailto:") ||
      starts_with_ci(v, "tel:"))
    return true;
  if (use == url_use::image) {
    for (std::string_view ok : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"})
      if (starts_with_ci(v, ok)) return true;
  }
  // Everything else (javascript:, vbscript:, file:, data:, unknown schemes) is refused.
  return false;
}

std::string encode_url(std::string_view url) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(url.size());
  for (std::size_t i = 0; i < url.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    bool keep = std::isalnum(c) || std::string_view("-_.!~*'();/?:@&=+$,#%").find(static_cast<char>(c)) != std::string_view::npos;
    if (c == '\'' ) keep = false;  // keep attribute quoting trivially safe
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

}  // namespace baiviet::detail
