// toml++ reads a TOML float with std::from_chars(double) when TOML_FLOAT_CHARCONV is 1, and
// otherwise with a std::stringstream. In the WASM article core that stringstream is what pulls
// libc++'s iostreams and locale facets (money_get, time_get, codecvt, …: ≈ 20 KB brotli) into
// a page that never formats anything. emscripten 3.1.6's libc++ 13 has no floating-point
// <charconv> (libc++ added it later), so for that library only this header gives toml++ the two
// overloads it calls, on top of the C library (strtod and snprintf; the C locale is the only
// one in WebAssembly). Included by front_matter_toml.cpp before toml++; with any other standard
// library it does nothing and toml++ keeps its own choice. The values are the same: strtod (in
// WebAssembly the engine's Number(), bindings/js/src/js_strtod.cpp) and the native from_chars
// both round correctly, and toml++ has already checked the characters.
#pragma once

#include <charconv>

#if defined(__EMSCRIPTEN__) && defined(_LIBCPP_VERSION) && _LIBCPP_VERSION < 14000
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#define TOML_FLOAT_CHARCONV 1
// toml++ turns integer <charconv> off for every emscripten ("causes link errors"): not with
// 3.1.6, whose libc++ has it, and the fallback is the same stringstream.
#define TOML_INT_CHARCONV 1

_LIBCPP_BEGIN_NAMESPACE_STD
inline from_chars_result from_chars(const char* first, const char* last, double& value,
                                    chars_format = chars_format::general) {
  const std::string text(first, last);   // strtod wants a terminated string
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) return {first, errc::invalid_argument};
  const char* ptr = first + (end - text.c_str());
  // A value beyond the double range is an error; one too small to tell from zero reads as 0
  // (or the nearest subnormal), as the native build's std::from_chars (libstdc++'s fast_float)
  // reads it. Before 2026-12-03 an underflow failed the whole front matter here only.
  if (errno == ERANGE && std::isinf(v)) return {ptr, errc::result_out_of_range};
  value = v;
  return {ptr, errc{}};
}

// Printing (toml++'s formatters, compiled but never called here: TOML_ENABLE_FORMATTERS=0).
inline to_chars_result __baiviet_print(char* first, char* last, const char* format, int precision, double value) {
  char buffer[64];
  const int n = std::snprintf(buffer, sizeof buffer, format, precision, value);
  if (n < 0 || n > last - first) return {last, errc::value_too_large};
  for (int i = 0; i < n; ++i) first[i] = buffer[i];
  return {first + n, errc{}};
}
inline to_chars_result to_chars(char* first, char* last, double value) {
  return __baiviet_print(first, last, "%.*g", 17, value);
}
inline to_chars_result to_chars(char* first, char* last, float value) {
  return __baiviet_print(first, last, "%.*g", 9, value);
}
inline to_chars_result to_chars(char* first, char* last, double value, chars_format format, int precision = 17) {
  return __baiviet_print(first, last, format == chars_format::hex ? "%.*a" : "%.*g", precision, value);
}
inline to_chars_result to_chars(char* first, char* last, float value, chars_format format, int precision = 9) {
  return __baiviet_print(first, last, format == chars_format::hex ? "%.*a" : "%.*g", precision, value);
}
_LIBCPP_END_NAMESPACE_STD
#endif
