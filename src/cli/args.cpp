#include "cli/args.hpp"

#include <cstdlib>

namespace baiviet::cli {

bool whole_number(const char* s, std::size_t& out, unsigned long long max) {
  if (!s || !*s || s[0] == '-') return false;
  char* end = nullptr;
  unsigned long long v = std::strtoull(s, &end, 10);
  if (*end || v > max) return false;
  out = static_cast<std::size_t>(v);
  return true;
}

}  // namespace baiviet::cli
