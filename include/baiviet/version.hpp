#ifndef BAIVIET_VERSION_HPP
#define BAIVIET_VERSION_HPP

#include "baiviet/export.h"
#include "baiviet/version.h"  // BAIVIET_VERSION_MAJOR/MINOR/PATCH/STRING (generated, C)

namespace baiviet {
/// Library version ("MAJOR.MINOR.PATCH"): BAIVIET_VERSION_STRING of the library linked.
BAIVIET_API const char* version() noexcept;
}  // namespace baiviet

#endif
