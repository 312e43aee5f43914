#ifndef BAIVIET_VERSION_HPP
#define BAIVIET_VERSION_HPP

#include "baiviet/export.hpp"

#define BAIVIET_VERSION_MAJOR 0
#define BAIVIET_VERSION_MINOR 1
#define BAIVIET_VERSION_PATCH 0
#define BAIVIET_VERSION_STRING "0.1.0"

namespace baiviet {
/// Library version ("0.1.0").
BAIVIET_API const char* version() noexcept;
}  // namespace baiviet

#endif
