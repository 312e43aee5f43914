// The safe-URL policy used for links and images in safe (default) mode.
#pragma once
#include <string>
#include <string_view>

namespace baiviet::detail {

enum class url_use { link, image };

/// The scheme a browser's URL parser (WHATWG URL Standard) finds in `url`,
/// lower-cased, or empty when it finds none and resolves `url` against the page
/// (a relative URL). Like the parser, it first removes ASCII tab/LF/CR anywhere
/// and leading C0 controls and spaces; a scheme is then ALPHA *(ALPHA / DIGIT /
/// "+" / "-" / ".") followed by ':'. Anything else before the first ':' ("./a:b",
/// "ảnh:1.jpg", "%6Aavascript:", "\\javascript:") means no scheme. `scratch`
/// holds the normalised URL the returned view points into.
std::string_view url_scheme(std::string_view url, std::string& scratch);

/// True when `url` may appear in href/src in safe mode: relative URLs and
/// http:, https:, mailto:, tel: (and data:image/{png,gif,jpeg,webp} followed by
/// ';' or ',' for images). Refuses javascript:, vbscript:, file:, other data:
/// and every other scheme. Entity decoding is done before (by cmark, or by the
/// excerpt's HTML scanner); the scheme is found as url_scheme() does.
bool is_safe_url(std::string_view url, url_use use);

/// How encode_url writes a URL.
enum class url_encoding {
  /// What a browser parses: leading/trailing C0 controls and spaces and every
  /// ASCII tab/LF/CR left out (the URL parser removes them), then only the
  /// bytes the URL parser percent-encodes in every part of a URL (C0 controls,
  /// space, '"', '<', '>', DEL, non-ASCII) as %XX: the browser reads the same
  /// URL ("[2001:db8::1]" stays a host, '\' is '/' in an http URL).
  browser,
  /// Byte for byte as cmark's houdini_escape_href (the CommonMark-compatible
  /// output, and footnote labels), except "'" which is %27.
  cmark,
};

/// The URL as an href/src value, percent-encoded as `encoding` says; '%'
/// itself is kept, so an existing %XX stays as written. The result still needs
/// attribute escaping ('&' → "&amp;", "'" → "&#39;").
std::string encode_url(std::string_view url, url_encoding encoding = url_encoding::browser);

/// Appends encode_url(url, encoding) attribute-escaped ('&' → "&amp;", "'" →
/// "&#39;"): what goes between the quotes of an href/src, in one pass.
void append_url_attr(std::string& out, std::string_view url, url_encoding encoding = url_encoding::browser);

}  // namespace baiviet::detail
