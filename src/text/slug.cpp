// Slugs and search folding for Vietnamese text.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "baiviet/text.hpp"

namespace baiviet {

namespace {

// Decompose (NFD), drop combining marks, map đ/Đ to d, lower-case; calls
// emit(char32_t) for each resulting code point.
template <class Emit>
void fold(std::string_view text, Emit emit) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString d = U_SUCCESS(status) ? nfd->normalize(u, status) : u;
  if (U_FAILURE(status)) d = u;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0) c = 'd';  // Đ đ (and look-alike Ð)
    emit(static_cast<char32_t>(u_tolower(c)));
  }
}

}  // namespace

std::string fold_for_search(std::string_view text) {
  icu::UnicodeString out;
  fold(text, [&](char32_t c) { out.append(static_cast<UChar32>(c)); });
  std::string s;
  out.toUTF8String(s);
  return s;
}

std::string slugify(std::string_view text, const slug_options& options) {
  std::string out;
  bool pending_sep = false;
  fold(text, [&](char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_sep && !out.empty()) out.push_back(options.separator);
      pending_sep = false;
      out.push_back(static_cast<char>(c));
    } else {
      pending_sep = true;  // any other character separates words
    }
  });
  if (options.max_length && out.size() > options.max_length) {
    std::size_t cut = out.rfind(options.separator, options.max_length);
    out.resize(cut == std::string::npos || cut == 0 ? options.max_length : cut);
  }
  return out;
}

std::string slug_registry::unique(std::string slug) {
  std::string candidate = slug;
  for (int n = 1; std::find(used_.begin(), used_.end(), candidate) != used_.end(); ++n)
    candidate = slug + "-" + std::to_string(n);
  used_.push_back(candidate);
  return candidate;
}

}  // namespace baiviet
