// Helpers shared by the C API files: the exception boundary, owned output
// strings, per-thread and per-handle error messages.
#pragma once

#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

#include "baiviet/baiviet.h"
#include "baiviet/result.hpp"

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#  define BAIVIET_CAPI_EXCEPTIONS 1
#else
#  define BAIVIET_CAPI_EXCEPTIONS 0
#endif

namespace baiviet::detail::capi {

/// The last error of one handle (or of the thread).
struct error_state {
  int code = BAIVIET_OK;
  std::string message;
  std::size_t line = 0;
  void clear() noexcept {
    code = BAIVIET_OK;
    message.clear();
    line = 0;
  }
};

/// Per-thread last error (baiviet_last_error).
error_state& thread_error() noexcept;

/// Records an error on the thread (and on `handle` if given); returns the code.
int fail(error_state* handle, int code, std::string_view message, std::size_t line = 0) noexcept;
inline int fail(error_state* handle, const ::baiviet::error& e) noexcept {
  return fail(handle, static_cast<int>(e.code), e.message, e.line);
}
/// Clears the handle's error after a successful call; returns BAIVIET_OK.
inline int succeed(error_state* handle) noexcept {
  if (handle) handle->clear();
  return BAIVIET_OK;
}

/// (data, len) as a view; NULL data with len 0 is the empty string. Returns
/// false for NULL data with a non-zero length.
inline bool view_of(const char* data, std::size_t len, std::string_view& out) noexcept {
  if (!data) {
    if (len) return false;
    out = {};
    return true;
  }
  out = std::string_view(data, len);
  return true;
}

/// Copies `s` to a malloc'ed NUL-terminated buffer (freed by baiviet_free).
/// Returns false when out of memory.
inline bool copy_out(std::string_view s, char** out, std::size_t* out_len) noexcept {
  char* p = static_cast<char*>(std::malloc(s.size() + 1));
  if (!p) return false;
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  *out = p;
  if (out_len) *out_len = s.size();
  return true;
}

/// Writes a string result to (out, out_len) or records its error.
int deliver_result(error_state* handle, const ::baiviet::result<std::string>& r, char** out, std::size_t* out_len) noexcept;
int deliver(error_state* handle, std::string_view s, char** out, std::size_t* out_len) noexcept;

/// Runs `body` (returning an int status) with every exception turned into a status.
template <class F>
int guarded(error_state* handle, F&& body) noexcept {
#if BAIVIET_CAPI_EXCEPTIONS
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return fail(handle, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(handle, BAIVIET_ERR_INTERNAL, e.what());
  } catch (...) {
    return fail(handle, BAIVIET_ERR_INTERNAL, "unknown internal error");
  }
#else
  return body();
#endif
}

}  // namespace baiviet::detail::capi
