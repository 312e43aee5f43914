// Text utilities for Vietnamese: normalisation, search folding, slugs.
// (Counting, sentences and the comment-box counter live here too.)
#ifndef BAIVIET_TEXT_HPP
#define BAIVIET_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "baiviet/export.hpp"
#include "baiviet/result.hpp"

namespace baiviet {

struct slug_options {
  std::size_t max_length = 80;  ///< cut at a word (hyphen) boundary; 0 = unlimited
  char separator = '-';
};

/// "Thực hiện với bước đi chắc chắn" → "thuc-hien-voi-buoc-di-chac-chan";
/// "Nghị quyết 02-NQ/TU" → "nghi-quyet-02-nq-tu". ASCII [a-z0-9-] only.
BAIVIET_API std::string slugify(std::string_view text, const slug_options& options = {});

/// Makes slugs unique within one document: "a", "a-1", "a-2", …
class BAIVIET_API slug_registry {
 public:
  std::string unique(std::string slug);
 private:
  std::vector<std::string> used_;
};

/// "Đảng bộ tỉnh Sơn La" → "dang bo tinh son la": lower case, no marks, đ→d.
BAIVIET_API std::string fold_for_search(std::string_view text);

/// Replace invalid UTF-8 (and NUL) with U+FFFD. Returns the number of replacements.
BAIVIET_API std::size_t sanitize_utf8(std::string_view in, std::string& out);

/// NFC normalisation.
BAIVIET_API std::string to_nfc(std::string_view text);

/// Tone-mark placement: keep as written, modern ("hòa", "thúy") or traditional ("hoà", "thuý").
enum class tone_style { keep, modern, traditional };

struct normalize_options {
  bool nfc = true;          ///< Unicode NFC
  bool lookalikes = true;   ///< U+00D0 "Ð" → U+0110 "Đ" (and lower case) inside Vietnamese words
  bool whitespace = true;   ///< collapse runs of spaces/tabs/NBSP to one space, trim lines
  bool zero_width = true;   ///< drop ZWSP/ZWNJ/BOM/soft hyphen (not ZWJ inside emoji)
  tone_style tones = tone_style::keep;
};

/// Normalise Vietnamese text (see normalize_options).
BAIVIET_API std::string normalize(std::string_view text, const normalize_options& options = {});

}  // namespace baiviet

#endif
