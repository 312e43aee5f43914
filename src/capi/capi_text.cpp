// C API: text utilities (slugs, search folding, normalisation, counts,
// reading time, the comment-box counter). No handle: errors are kept per
// thread (baiviet_last_error).
#include <string>

#include "baiviet/baiviet.h"
#include "baiviet/text.hpp"
#include "capi/capi_util.hpp"

using namespace baiviet::detail::capi;

namespace {

int bad_text() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "NULL text with a non-zero length"); }
int bad_out() noexcept { return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "output pointer is NULL"); }

constexpr unsigned all_normalize_flags = (1u << 6) - 1;

}  // namespace

extern "C" {

BAIVIET_API int baiviet_slugify(const char* text, size_t len, size_t max_length, char separator, char** out,
                                size_t* out_len) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    baiviet::slug_options o;
    o.max_length = max_length;
    if (separator) o.separator = separator;
    return deliver(nullptr, baiviet::slugify(s, o), out, out_len);
  });
}

BAIVIET_API int baiviet_fold_for_search(const char* text, size_t len, char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    return deliver(nullptr, baiviet::fold_for_search(s), out, out_len);
  });
}

BAIVIET_API int baiviet_normalize(const char* text, size_t len, unsigned flags, char** out,
                                  size_t* out_len) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    if (flags & ~all_normalize_flags) return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "unknown normalize flag");
    if ((flags & BAIVIET_NORMALIZE_TONES_MODERN) && (flags & BAIVIET_NORMALIZE_TONES_TRADITIONAL))
      return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "choose modern or traditional tone marks, not both");
    baiviet::normalize_options o;
    o.nfc = !(flags & BAIVIET_NORMALIZE_NO_NFC);
    o.lookalikes = !(flags & BAIVIET_NORMALIZE_NO_LOOKALIKES);
    o.whitespace = !(flags & BAIVIET_NORMALIZE_NO_WHITESPACE);
    o.zero_width = !(flags & BAIVIET_NORMALIZE_NO_ZERO_WIDTH);
    if (flags & BAIVIET_NORMALIZE_TONES_MODERN) o.tones = baiviet::tone_style::modern;
    if (flags & BAIVIET_NORMALIZE_TONES_TRADITIONAL) o.tones = baiviet::tone_style::traditional;
    return deliver(nullptr, baiviet::normalize(s, o), out, out_len);
  });
}

BAIVIET_API int baiviet_count_text(const char* text, size_t len, baiviet_text_counts* out) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    auto c = baiviet::count_text(s);
    *out = baiviet_text_counts{c.graphemes, c.code_points, c.words, c.sentences};
    return BAIVIET_OK;
  });
}

BAIVIET_API int baiviet_reading_time_text(const char* text, size_t len, size_t images, unsigned words_per_minute,
                                          baiviet_reading_time* out) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    baiviet::reading_options o;
    if (words_per_minute) o.words_per_minute = words_per_minute;
    auto t = baiviet::estimate_reading_time(s, images, o);
    char* label = nullptr;
    if (!copy_out(t.label, &label, nullptr)) return fail(nullptr, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    *out = baiviet_reading_time{t.words, t.images, t.seconds, t.minutes, label};
    return BAIVIET_OK;
  });
}

BAIVIET_API int baiviet_comment_status_of(const char* text, size_t len, size_t min, size_t max,
                                          baiviet_comment_status* out) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    std::string_view s;
    if (!view_of(text, len, s)) return bad_text();
    if (!out) return bad_out();
    if (min > max) return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "min is above max");
    auto st = baiviet::comment_status(s, min, max);
    char* counter = nullptr;
    char* message = nullptr;
    if (!copy_out(st.counter, &counter, nullptr) || !copy_out(st.message, &message, nullptr)) {
      baiviet_free(counter);
      return fail(nullptr, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
    }
    *out = baiviet_comment_status{st.used, st.min, st.max, st.remaining, st.valid ? 1 : 0,
                                  st.too_short ? 1 : 0, st.too_long ? 1 : 0, counter, message};
    return BAIVIET_OK;
  });
}

}  // extern "C"
