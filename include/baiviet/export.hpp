// Symbol visibility for the C++ API: BAIVIET_API comes from the generated C header
// baiviet/export.h (cmake/BaivietHeaders.cmake), shared with the C API.
#ifndef BAIVIET_EXPORT_HPP
#define BAIVIET_EXPORT_HPP

#include "baiviet/export.h"

#endif
