// C API: version, status names, baiviet_free, error bookkeeping.
#include <cstdlib>
#include <string>

#include "baiviet/baiviet.h"
#include "baiviet/version.hpp"
#include "capi/capi_util.hpp"
#include "engine/options.hpp"

namespace baiviet::detail::capi {

error_state& thread_error() noexcept {
  thread_local error_state state;
  return state;
}

namespace {
void record(error_state& s, int code, std::string_view message, std::size_t line) noexcept {
  s.code = code;
  s.line = line;
#if BAIVIET_CAPI_EXCEPTIONS
  try {
    s.message.assign(message.data(), message.size());
  } catch (...) {
    s.message.clear();  // out of memory: the code still tells what happened
  }
#else
  s.message.assign(message.data(), message.size());
#endif
}
}  // namespace

int fail(error_state* handle, int code, std::string_view message, std::size_t line) noexcept {
  if (code == BAIVIET_OK) code = BAIVIET_ERR_INTERNAL;
  record(thread_error(), code, message, line);
  if (handle) record(*handle, code, message, line);
  return code;
}

int deliver(error_state* handle, std::string_view s, char** out, std::size_t* out_len) noexcept {
  if (!copy_out(s, out, out_len)) return fail(handle, BAIVIET_ERR_OUT_OF_MEMORY, "out of memory");
  return succeed(handle);
}

int deliver_result(error_state* handle, const ::baiviet::result<std::string>& r, char** out,
            std::size_t* out_len) noexcept {
  if (!r) return fail(handle, r.error());
  return deliver(handle, std::string_view(*r), out, out_len);
}

}  // namespace baiviet::detail::capi

using namespace baiviet::detail::capi;

extern "C" {

BAIVIET_API const char* baiviet_version(void) BAIVIET_NOEXCEPT { return BAIVIET_VERSION_STRING; }

BAIVIET_API const char* baiviet_status_name(int status) BAIVIET_NOEXCEPT {
  switch (status) {
    case BAIVIET_OK: return "ok";
    case BAIVIET_ERR_INVALID_ARGUMENT: return "invalid_argument";
    case BAIVIET_ERR_INVALID_INPUT: return "invalid_input";
    case BAIVIET_ERR_FRONT_MATTER: return "front_matter";
    case BAIVIET_ERR_TOO_LARGE: return "too_large";
    case BAIVIET_ERR_TOO_DEEP: return "too_deep";
    case BAIVIET_ERR_ICU: return "icu_error";
    case BAIVIET_ERR_OUT_OF_MEMORY: return "out_of_memory";
    default: return "internal";
  }
}

BAIVIET_API const char* baiviet_last_error(void) BAIVIET_NOEXCEPT { return thread_error().message.c_str(); }

BAIVIET_API int baiviet_option_schema(char** out, size_t* out_len) BAIVIET_NOEXCEPT {
  return guarded(nullptr, [&]() -> int {
    if (!out) return fail(nullptr, BAIVIET_ERR_INVALID_ARGUMENT, "output pointer is NULL");
    return deliver(nullptr, baiviet::detail::option_schema_json(), out, out_len);
  });
}

BAIVIET_API void baiviet_free(void* p) BAIVIET_NOEXCEPT { std::free(p); }

}  // extern "C"
