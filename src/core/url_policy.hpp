// The safe-URL policy used for links and images in safe (default) mode.
#pragma once
#include <string>
#include <string_view>

namespace baiviet::detail {

enum class url_use { link, image };

/// True when `url` may appear in href/src in safe mode. Rejects javascript:,
/// vbscript:, file: and data: (except data:image/{png,gif,jpeg,webp} for images),
/// after the browser's own normalisation (entity decoding is done by cmark;
/// here: strip ASCII whitespace/control characters, case-fold the scheme).
bool is_safe_url(std::string_view url, url_use use);

/// Percent-encodes characters that must not appear raw in an href/src
/// (spaces, quotes, non-ASCII …), as cmark's houdini_escape_href does.
std::string encode_url(std::string_view url);

}  // namespace baiviet::detail
