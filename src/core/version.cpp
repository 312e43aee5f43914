#include "baiviet/result.hpp"
#include "baiviet/version.hpp"

namespace baiviet {

const char* version() noexcept { return BAIVIET_VERSION_STRING; }

const char* errc_name(errc code) noexcept {
  switch (code) {
    case errc::ok: return "ok";
    case errc::invalid_argument: return "invalid_argument";
    case errc::invalid_input: return "invalid_input";
    case errc::front_matter: return "front_matter";
    case errc::too_large: return "too_large";
    case errc::too_deep: return "too_deep";
    case errc::icu_error: return "icu_error";
    case errc::out_of_memory: return "out_of_memory";
    case errc::internal: return "internal";
  }
  return "internal";
}

}  // namespace baiviet
