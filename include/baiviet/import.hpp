// Plain-text import: recover an article's structure from text copied off a
// Vietnamese news page (title, kicker, sapo, headings, captions, byline,
// related lists), dropping page chrome. The rules live in src/import/rules.*.
#ifndef BAIVIET_IMPORT_HPP
#define BAIVIET_IMPORT_HPP

#include <string_view>

#include "baiviet/article.hpp"
#include "baiviet/export.hpp"
#include "baiviet/result.hpp"

namespace baiviet {

struct import_options {
  bool drop_chrome = true;       ///< remove comment box, widgets (listed in article::dropped)
  bool related = true;           ///< parse "Tin mới"/"Tin liên quan" lists into article::related
  bool normalize = true;         ///< NFC, look-alike letters (Ð→Đ), whitespace
  std::size_t max_input_bytes = 64u * 1024u * 1024u;
};

BAIVIET_API result<article> import_text(std::string_view text, const import_options& options = {});

}  // namespace baiviet

#endif
