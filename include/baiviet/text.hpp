// Text utilities for Vietnamese: normalisation, search folding, slugs.
// (Counting, sentences and the comment-box counter live here too.)
#ifndef BAIVIET_TEXT_HPP
#define BAIVIET_TEXT_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> next_suffix_;  ///< per base slug: the next "-n" to try
};

/// "Đảng bộ tỉnh Sơn La" → "dang bo tinh son la": lower case, no marks, đ→d.
BAIVIET_API std::string fold_for_search(std::string_view text);

/// Replace invalid UTF-8 (and NUL) with U+FFFD. Returns the number of replacements.
BAIVIET_API std::size_t sanitize_utf8(std::string_view in, std::string& out);

/// NFC normalisation. Invalid UTF-8 and NUL become U+FFFD first (the result is valid UTF-8).
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

/// Normalise Vietnamese text (see normalize_options). Invalid UTF-8 becomes U+FFFD.
BAIVIET_API std::string normalize(std::string_view text, const normalize_options& options = {});

/// Move tone marks of open "oa", "oe", "uy" syllables to the given style (NFC out).
/// modern: "hòa", "hòe", "thúy"; traditional: "hoà", "hoè", "thuý". Other syllables
/// have one correct placement and are left as they are; keep returns NFC text.
BAIVIET_API std::string apply_tone_style(std::string_view text, tone_style style);

// ---- counting (all counts are taken on the NFC form: NFC and NFD input agree) ----

/// User-perceived characters (extended grapheme clusters, ICU character break).
BAIVIET_API std::size_t count_graphemes(std::string_view text);
/// Words as ICU word break finds them (letters, numbers, ideographs): for
/// Vietnamese one per syllable ("tiếng"); "2.617" and "122,2" are one word each.
BAIVIET_API std::size_t count_words(std::string_view text);
/// Sentences (see split_sentences).
BAIVIET_API std::size_t count_sentences(std::string_view text);

/// ICU sentence break with Vietnamese abbreviations suppressed ("TP.", "TS.",
/// "ThS.", "PGS.", "GS.", "BS.", "Q.", "P." …) and initials after a name
/// ("Nguyễn V. Anh"). Sentences are NFC, without surrounding white space.
BAIVIET_API std::vector<std::string> split_sentences(std::string_view text);

struct text_counts {
  std::size_t graphemes = 0;
  std::size_t code_points = 0;  ///< of the NFC form
  std::size_t words = 0;
  std::size_t sentences = 0;
};
BAIVIET_API text_counts count_text(std::string_view text);

// ---- reading time -------------------------------------------------------------

struct reading_options {
  /// Syllables ("tiếng") per minute. 370 is the cross-language mean reading rate
  /// in syllables/min measured with the IReST texts (Trauzettel-Klosinski & Dietz
  /// 2012, doi:10.1167/iovs.11-8284); see docs/text.md.
  unsigned words_per_minute = 370;
  /// Add image time as Ghost does: 12 s for the first image, 11 s for the second
  /// … and 3 s from the tenth image on.
  bool count_images = true;
};

struct reading_time {
  std::size_t words = 0;
  std::size_t images = 0;
  std::size_t seconds = 0;  ///< estimated, rounded to whole seconds
  std::size_t minutes = 0;  ///< seconds/60 rounded half up (as Ghost: Math.round)
  std::string label;        ///< "6 phút đọc" (minutes below 1 show as "1 phút đọc")
};

/// Reading time of a text with `images` pictures.
BAIVIET_API reading_time estimate_reading_time(std::string_view text, std::size_t images = 0,
                                               const reading_options& options = {});

// ---- comment box -----------------------------------------------------------------

struct comment_status_info {
  std::size_t used = 0;       ///< graphemes of the NFC text (what the reader sees)
  std::size_t min = 5, max = 500;
  std::size_t remaining = 0;  ///< max - used, 0 when over the limit
  bool valid = false;         ///< min <= graphemes of the trimmed text and used <= max
  bool too_short = false;
  bool too_long = false;
  std::string counter;        ///< "Bạn còn 495/500 ký tự"
  std::string message;        ///< "" when valid, else "Bạn vui lòng nhập từ 5 ký tự trở lên"
                              ///< or "Bạn chỉ được nhập tối đa 500 ký tự"
};

BAIVIET_API comment_status_info comment_status(std::string_view text, std::size_t min = 5,
                                               std::size_t max = 500);

}  // namespace baiviet

#endif
