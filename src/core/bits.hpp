// Bit helpers of the eight-bytes-at-a-time (SWAR) scans, forced inline: under emcc -Oz (which
// adds -fno-inline-functions) std::countr_zero and one-line lambdas stay calls inside the
// hottest loops of a render.
#pragma once

#include <bit>
#include <cstdint>

namespace baiviet::detail {

/// Index of the lowest byte of `m` whose high bit is set, `m` read little-endian; `m` is not
/// zero (the scans call it only where std::endian::native is little).
[[gnu::always_inline]] constexpr unsigned lowest_flagged_byte(std::uint64_t m) {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<unsigned>(__builtin_ctzll(m)) / 8;
#else
  return static_cast<unsigned>(std::countr_zero(m)) / 8;
#endif
}

/// High bit set in each byte of `y` that is zero (exact for the lowest such byte; bytes above
/// it may be flagged falsely).
[[gnu::always_inline]] constexpr std::uint64_t zero_bytes(std::uint64_t y) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  return (y - ones) & ~y & highs;
}

}  // namespace baiviet::detail
