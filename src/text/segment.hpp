// ICU break iteration over UTF-8 (private to the library: text counts and excerpts).
// Every offset is a UTF-8 byte offset into `s`, which must be valid UTF-8
// (pass it through sanitize_utf8 / clean_nfc first).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"  // next_code_point, prev_code_point, append_utf8

namespace baiviet::detail {

/// Valid UTF-8 (U+FFFD for bad bytes and NUL) in NFC.
std::string clean_nfc(std::string_view text);

/// Grapheme cluster boundaries, including 0 and s.size(); with `max_count`,
/// only the first max_count + 1 boundaries (0 and the ends of max_count clusters).
std::vector<std::size_t> grapheme_boundaries(std::string_view s, std::size_t max_count = SIZE_MAX);

struct word_span {
  std::size_t begin = 0, end = 0;
  bool is_word = false;  ///< letters, numbers, kana or ideographs (not spaces/punctuation)
};
/// ICU word-break segments in order, covering the whole text, or up to and
/// including the max_words-th word segment.
std::vector<word_span> word_segments(std::string_view s, std::size_t max_words = SIZE_MAX);
/// Number of word segments (without storing them).
std::size_t word_count_raw(std::string_view s);

/// Sentence boundaries (ICU + Vietnamese abbreviations + initials), including
/// 0 and s.size(). A boundary sits after the trailing white space of a sentence.
/// With `max_pos`, stops after the first boundary beyond max_pos.
std::vector<std::size_t> sentence_boundaries(std::string_view s, std::size_t max_pos = SIZE_MAX);

/// Number of grapheme clusters (no normalisation; nothing stored).
std::size_t grapheme_count_raw(std::string_view s);

/// True when `text` is valid UTF-8 without NUL bytes: sanitize_utf8 would
/// change nothing (so a caller can keep a view instead of a copy). On x86-64 with
/// AVX2 the SIMD lookup validator, else natively the branch-free DFA; in
/// WebAssembly the branching scan (each the fastest there, measured). All are
/// compiled where they can be and tested against each other and the reference.
bool is_clean_utf8(std::string_view text);
bool is_clean_utf8_simd(std::string_view text);  ///< the DFA where there is no AVX2
bool is_clean_utf8_dfa(std::string_view text);
bool is_clean_utf8_scan(std::string_view text);
bool has_simd_utf8();                            ///< is_clean_utf8_simd runs AVX2 here

/// While one is alive, text lying wholly inside [data, data + size) is known to be
/// well-formed UTF-8, so is_clean_utf8 only looks for NUL bytes there. For a caller that
/// produced the bytes with an encoder that cannot write anything else: the JS glue, whose
/// input comes from TextEncoder (lone surrogates become U+FFFD). Text elsewhere (copies,
/// derived strings) is validated as always. One per thread; they do not nest.
class known_valid_utf8 {
 public:
  known_valid_utf8(const char* data, std::size_t size) noexcept;
  ~known_valid_utf8();
  known_valid_utf8(const known_valid_utf8&) = delete;
  known_valid_utf8& operator=(const known_valid_utf8&) = delete;
};

}  // namespace baiviet::detail
