// Counts (graphemes, words, sentences), reading time and the comment-box counter.
#include <string>

#include "baiviet/text.hpp"
#include "text/segment.hpp"

namespace baiviet {

namespace {

std::size_t count_word_spans(std::string_view s) { return detail::word_count_raw(s); }

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Trim Unicode white space (incl. NBSP) at both ends of valid UTF-8.
std::string_view trim_ws(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    std::size_t j = b;
    char32_t c = detail::next_code_point(s, j);
    if (!(c == 0xA0 || c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
          c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x1680 || c == 0x85))
      break;
    b = j;
  }
  while (e > b) {
    std::size_t j = e;
    char32_t c = detail::prev_code_point(s, j);
    if (!(c == 0xA0 || c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
          c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x1680 || c == 0x85))
      break;
    e = j;
  }
  return s.substr(b, e - b);
}

}  // namespace

std::size_t count_graphemes(std::string_view text) { return detail::grapheme_count_raw(detail::clean_nfc(text)); }

std::size_t count_words(std::string_view text) { return count_word_spans(detail::clean_nfc(text)); }

std::vector<std::string> split_sentences(std::string_view text) {
  std::string s = detail::clean_nfc(text);
  std::vector<std::string> out;
  auto b = detail::sentence_boundaries(s);
  for (std::size_t k = 1; k < b.size(); ++k) {
    std::string_view piece = trim_ws(std::string_view(s).substr(b[k - 1], b[k] - b[k - 1]));
    if (!piece.empty()) out.emplace_back(piece);
  }
  return out;
}

std::size_t count_sentences(std::string_view text) { return split_sentences(text).size(); }

text_counts count_text(std::string_view text) {
  std::string s = detail::clean_nfc(text);
  text_counts c;
  c.graphemes = detail::grapheme_count_raw(s);
  for (std::size_t i = 0; i < s.size();) {
    detail::next_code_point(s, i);
    ++c.code_points;
  }
  c.words = count_word_spans(s);
  auto b = detail::sentence_boundaries(s);
  for (std::size_t k = 1; k < b.size(); ++k)
    if (!is_blank(std::string_view(s).substr(b[k - 1], b[k] - b[k - 1])) &&
        !trim_ws(std::string_view(s).substr(b[k - 1], b[k] - b[k - 1])).empty())
      ++c.sentences;
  return c;
}

reading_time estimate_reading_time(std::string_view text, std::size_t images, const reading_options& options) {
  reading_time r;
  r.words = count_words(text);
  r.images = images;
  unsigned wpm = options.words_per_minute ? options.words_per_minute : 370;
  // Milliseconds in integer arithmetic: identical on every platform.
  unsigned long long ms = (static_cast<unsigned long long>(r.words) * 60000ull + wpm / 2) / wpm;
  if (options.count_images)
    for (std::size_t i = 0; i < images; ++i) ms += 1000ull * (i < 9 ? 12 - i : 3);
  r.seconds = static_cast<std::size_t>((ms + 500) / 1000);
  r.minutes = static_cast<std::size_t>((ms + 30000) / 60000);
  r.label = std::to_string(r.minutes < 1 ? 1 : r.minutes) + " phút đọc";
  return r;
}

comment_status_info comment_status(std::string_view text, std::size_t min, std::size_t max) {
  comment_status_info c;
  c.min = min;
  c.max = max;
  std::string s = detail::clean_nfc(text);
  c.used = detail::grapheme_count_raw(s);
  std::size_t meaningful = detail::grapheme_count_raw(trim_ws(s));
  c.too_long = c.used > max;
  c.too_short = meaningful < min;
  c.valid = !c.too_long && !c.too_short;
  c.remaining = c.too_long ? 0 : max - c.used;
  c.counter = "Bạn còn " + std::to_string(c.remaining) + "/" + std::to_string(max) + " ký tự";
  if (c.too_short)
    c.message = "Bạn vui lòng nhập từ " + std::to_string(min) + " ký tự trở lên";
  else if (c.too_long)
    c.message = "Bạn chỉ được nhập tối đa " + std::to_string(max) + " ký tự";
  return c;
}

}  // namespace baiviet
