// UTF-8 validation and repair; NFC.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define BAIVIET_UTF8_AVX2 1  // the AVX2 validator below, chosen at run time
#include <immintrin.h>
#endif

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "baiviet/text.hpp"
#include "text/segment.hpp"
#include "core/bits.hpp"

namespace baiviet {

namespace {

// Unicode Table 3-7 for a byte that is not ASCII: the length of the sequence it
// leads and the range of the sequence's second byte (every later byte is 80–BF);
// length 0 when it leads none (a continuation byte, C0, C1, F5–FF).
struct lead_byte {
  unsigned len, lo, hi;
};

constexpr lead_byte lead_of(unsigned c) {
  if (c >= 0xC2 && c <= 0xDF) return {2, 0x80, 0xBF};
  if (c == 0xE0) return {3, 0xA0, 0xBF};
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return {3, 0x80, 0xBF};
  if (c == 0xED) return {3, 0x80, 0x9F};
  if (c == 0xF0) return {4, 0x90, 0xBF};
  if (c >= 0xF1 && c <= 0xF3) return {4, 0x80, 0xBF};
  if (c == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

// Bytes of the well-formed UTF-8 sequence starting at s[i] (Unicode Table 3-7),
// or 0 when it is ill-formed or NUL; `subpart` then gets the length of its
// maximal subpart (what one U+FFFD replaces, Unicode §3.9), at least 1.
std::size_t sequence_at(const unsigned char* s, std::size_t n, std::size_t i, std::size_t& subpart) {
  unsigned char c = s[i];
  subpart = 1;
  if (c < 0x80) return c == 0 ? 0 : 1;
  const lead_byte lead = lead_of(c);
  if (lead.len == 0) return 0;
  for (std::size_t j = 1; j < lead.len; ++j) {
    if (i + j >= n) { subpart = j; return 0; }
    unsigned char d = s[i + j];
    unsigned l = (j == 1) ? lead.lo : 0x80, h = (j == 1) ? lead.hi : 0xBF;
    if (d < l || d > h) { subpart = j; return 0; }
  }
  return lead.len;
}

// The bytes of w that are >= 0x80 or zero have their high bit set in the result
// (exactly: zero when there is none; the positions after the first may be off).
[[gnu::always_inline]] constexpr std::uint64_t high_or_zero_bytes(std::uint64_t w) {
  return (w & 0x8080808080808080ull) | detail::zero_bytes(w);
}

// End of the run of well-formed UTF-8 without NUL that starts at i. ASCII is
// checked eight bytes at a time (no byte >= 0x80, none zero), jumping straight
// to the first byte that is not. When the run ends before n, `subpart` is the
// length of the ill-formed sequence there.
std::size_t valid_run_end(const unsigned char* s, std::size_t n, std::size_t i, std::size_t& subpart) {
  while (i < n) {
    if (n - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, s + i, 8);
      const std::uint64_t flagged = high_or_zero_bytes(w);
      if (flagged == 0) {
        i += 8;
        continue;
      }
      if constexpr (std::endian::native == std::endian::little) {
        i += detail::lowest_flagged_byte(flagged);  // the first flagged byte
      }
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      if (c == 0) {
        subpart = 1;
        return i;
      }
      ++i;
      continue;
    }
    // Vietnamese letters: Latin-1/Extended-A/B (2 bytes) and Latin Extended
    // Additional (E1 BA/BB xx): the common sequences without the table walk.
    if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && n - i >= 3 && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t len = sequence_at(s, n, i, subpart);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

// Whole-string validation (is_clean_utf8) as a shift-based DFA: the next state
// of every state for a byte is packed in one 64-bit row per byte value, six bits
// per state, so a step is one table load and one shift, with no branch on the
// byte (Vietnamese text mixes one-, two- and three-byte characters too finely
// for valid_run_end's branches to be predicted). A state is the number of
// continuation bytes still to come and the range the next one must be in; the
// states are derived from lead_of: accept, then 1/2/3 to go (80–BF), then the
// leads whose second byte has a narrower range, then error (absorbing). NUL is
// an error, as everywhere here. The state's value is its bit offset, 6 × index.
struct pending {
  unsigned to_go, lo, hi;
};

constexpr std::size_t dfa_state_count = 9;  // accept, 3 + 4 pending, error: 54 bits of a row
constexpr std::array<pending, dfa_state_count - 1> dfa_states = [] {
  std::array<pending, dfa_state_count - 1> states{};
  std::size_t n = 0;
  auto add = [&](pending p) {
    for (std::size_t k = 0; k < n; ++k)
      if (states[k].to_go == p.to_go && states[k].lo == p.lo && states[k].hi == p.hi) return;
    states.at(n++) = p;  // out of range: Table 3-7 needs more states (not a constant expression)
  };
  add({0, 0, 0});  // accept
  for (unsigned k = 1; k <= 3; ++k) add({k, 0x80, 0xBF});
  for (unsigned b = 0x80; b < 0x100; ++b)
    if (const lead_byte l = lead_of(b); l.len != 0) add({l.len - 1, l.lo, l.hi});
  if (n != states.size()) throw "dfa_state_count does not match Table 3-7";
  return states;
}();

constexpr unsigned s_accept = 0, s_error = 6 * (dfa_state_count - 1);

constexpr unsigned dfa_state(unsigned to_go, unsigned lo, unsigned hi) {
  if (to_go == 0) return s_accept;
  for (std::size_t k = 0; k < dfa_states.size(); ++k)
    if (dfa_states[k].to_go == to_go && dfa_states[k].lo == lo && dfa_states[k].hi == hi)
      return static_cast<unsigned>(6 * k);
  throw "no such state";
}

constexpr unsigned dfa_next(unsigned state, unsigned b) {
  if (state == s_error) return s_error;
  const pending p = dfa_states[state / 6];
  if (p.to_go == 0) {  // accept: b starts a character
    if (b == 0) return s_error;
    if (b < 0x80) return s_accept;
    const lead_byte l = lead_of(b);
    return l.len == 0 ? s_error : dfa_state(l.len - 1, l.lo, l.hi);
  }
  if (b < p.lo || b > p.hi) return s_error;
  return dfa_state(p.to_go - 1, 0x80, 0xBF);
}

constexpr std::array<std::uint64_t, 256> dfa_rows = [] {
  std::array<std::uint64_t, 256> rows{};
  for (unsigned b = 0; b < 256; ++b)
    for (unsigned state = s_accept; state <= s_error; state += 6) rows[b] |= std::uint64_t{dfa_next(state, b)} << state;
  return rows;
}();

// One step: the low six bits of `state` are the state (a shift by them is one
// instruction; the bits above are left over from the row and ignored).
inline std::uint64_t dfa_step(std::uint64_t state, unsigned char b) { return dfa_rows[b] >> (state & 63); }

std::uint64_t dfa_run(const unsigned char* s, std::size_t n, std::uint64_t state) {
  for (std::size_t i = 0; i < n; ++i) state = dfa_step(state, s[i]);
  return state & 63;
}

// Sixteen bytes of ASCII without NUL.
inline bool plain_ascii16(const unsigned char* p) {
  std::uint64_t a, b;
  std::memcpy(&a, p, 8);
  std::memcpy(&b, p + 8, 8);
  return (high_or_zero_bytes(a) | high_or_zero_bytes(b)) == 0;
}

// The two halves are run as two independent chains in one loop (UTF-8 resynchronises
// at any byte that is not a continuation byte, so the second half starts at the last
// such byte at or before the middle, at most three back; a longer run of continuation
// bytes is an error either way). Sixteen plain-ASCII bytes are skipped at once.
bool dfa_valid(const unsigned char* s, std::size_t n) {
  if (n < 64) return dfa_run(s, n, s_accept) == s_accept;
  std::size_t mid = n / 2;
  for (int k = 0; k < 3 && (s[mid] & 0xC0) == 0x80; ++k) --mid;
  const unsigned char* p = s;
  const unsigned char* q = s + mid;
  const std::size_t np = mid, nq = n - mid, both = std::min(np, nq) & ~std::size_t{15};
  std::uint64_t a = s_accept, b = s_accept;
  for (std::size_t i = 0; i < both; i += 16) {
    const bool skip_a = (a & 63) == s_accept && plain_ascii16(p + i);
    const bool skip_b = (b & 63) == s_accept && plain_ascii16(q + i);
    if (skip_a && skip_b) continue;
    if (skip_a) {
      for (std::size_t k = 0; k < 16; ++k) b = dfa_step(b, q[i + k]);
    } else if (skip_b) {
      for (std::size_t k = 0; k < 16; ++k) a = dfa_step(a, p[i + k]);
    } else {
      for (std::size_t k = 0; k < 16; ++k) {
        a = dfa_step(a, p[i + k]);
        b = dfa_step(b, q[i + k]);
      }
    }
  }
  return dfa_run(p + both, np - both, a) == s_accept && dfa_run(q + both, nq - both, b) == s_accept;
}

#if defined(BAIVIET_UTF8_AVX2)
// Whole-string validation with AVX2, 32 bytes a step, by the lookup method of Keiser and
// Lemire ("Validating UTF-8 in less than one instruction per byte", 2021; the algorithm of
// simdjson and simdutf, which Debian 12 does not package): three 16-entry tables, indexed by
// the high nibble of the previous byte, its low nibble and the high nibble of the current one,
// each give the set of errors the pair can be part of; their AND is the errors present. A
// continuation byte that a three- or four-byte lead two or three back requires is checked
// apart. NUL is an error, as everywhere here. Compiled for AVX2 only (target attribute) and
// used when the CPU has it: Debian's x86-64 baseline has no SSSE3 byte shuffle.
enum : std::uint8_t {
  too_short = 1 << 0,   // a lead or ASCII where a continuation is due
  too_long = 1 << 1,    // a continuation after ASCII
  overlong_3 = 1 << 2,  // E0 80..9F
  too_large = 1 << 3,   // F4 90.. and F5..FF
  surrogate = 1 << 4,   // ED A0..BF
  overlong_2 = 1 << 5,  // C0, C1
  too_large_1000 = 1 << 6,
  overlong_4 = 1 << 6,  // F0 80..8F
  two_conts = 1 << 7,   // a continuation after a continuation (checked apart)
  carry = too_short | too_long | two_conts,
};

// A 16-entry lookup table in both 128-bit lanes (the byte shuffle looks up within a lane).
__attribute__((target("avx2"))) inline __m256i avx2_table(const std::array<std::uint8_t, 16>& t) {
  return _mm256_broadcastsi128_si256(_mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data())));
}

// The bytes of `input` shifted by n (1..3) with the last n bytes of `prev` in front.
template <int n>
__attribute__((target("avx2"))) inline __m256i avx2_prev(__m256i input, __m256i prev) {
  return _mm256_alignr_epi8(input, _mm256_permute2x128_si256(prev, input, 0x21), 16 - n);
}

__attribute__((target("avx2"))) bool avx2_valid(const unsigned char* s, std::size_t n) {
  const __m256i nibble = _mm256_set1_epi8(0x0F);
  const __m256i byte_1_high = avx2_table({too_long, too_long, too_long, too_long, too_long, too_long, too_long,
      too_long, two_conts, two_conts, two_conts, two_conts, too_short | overlong_2, too_short,
      too_short | overlong_3 | surrogate, too_short | too_large | too_large_1000 | overlong_4});
  const __m256i byte_1_low = avx2_table({carry | overlong_3 | overlong_2 | overlong_4, carry | overlong_2, carry,
      carry, carry | too_large, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
      carry | too_large | too_large_1000, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
      carry | too_large | too_large_1000, carry | too_large | too_large_1000, carry | too_large | too_large_1000,
      carry | too_large | too_large_1000 | surrogate, carry | too_large | too_large_1000,
      carry | too_large | too_large_1000});
  const __m256i byte_2_high = avx2_table({too_short, too_short, too_short, too_short, too_short, too_short,
      too_short, too_short, too_long | overlong_2 | two_conts | overlong_3 | too_large_1000 | overlong_4,
      too_long | overlong_2 | two_conts | overlong_3 | too_large,
      too_long | overlong_2 | two_conts | surrogate | too_large,
      too_long | overlong_2 | two_conts | surrogate | too_large, too_short, too_short, too_short, too_short});
  // Bytes that leave a sequence open at the end of a block: a lead of 2+ in the last byte,
  // of 3+ in the one before, of 4 in the one before that.
  const __m256i incomplete_max = _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
      -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, static_cast<char>(0xF0 - 1),
      static_cast<char>(0xE0 - 1), static_cast<char>(0xC0 - 1));
  __m256i error = _mm256_setzero_si256(), prev_input = _mm256_setzero_si256(), prev_incomplete = error;
  auto block = [&](__m256i input) __attribute__((target("avx2"))) {
    error = _mm256_or_si256(error, _mm256_cmpeq_epi8(input, _mm256_setzero_si256()));  // NUL
    if (_mm256_movemask_epi8(input) == 0) {  // ASCII: only an open sequence before it is wrong
      error = _mm256_or_si256(error, prev_incomplete);
    } else {
      const __m256i prev1 = avx2_prev<1>(input, prev_input);
      const __m256i special = _mm256_and_si256(
          _mm256_and_si256(_mm256_shuffle_epi8(byte_1_high, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), nibble)),
                           _mm256_shuffle_epi8(byte_1_low, _mm256_and_si256(prev1, nibble))),
          _mm256_shuffle_epi8(byte_2_high, _mm256_and_si256(_mm256_srli_epi16(input, 4), nibble)));
      const __m256i third = _mm256_subs_epu8(avx2_prev<2>(input, prev_input), _mm256_set1_epi8(0xE0 - 0x80));
      const __m256i fourth = _mm256_subs_epu8(avx2_prev<3>(input, prev_input), _mm256_set1_epi8(0xF0 - 0x80));
      const __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8(static_cast<char>(0x80)));
      error = _mm256_or_si256(error, _mm256_xor_si256(must23, special));
      prev_incomplete = _mm256_subs_epu8(input, incomplete_max);
    }
    prev_input = input;
  };
  std::size_t i = 0;
  for (; i + 32 <= n; i += 32) block(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + i)));
  if (i < n) {  // the tail, padded with spaces (valid, and not NUL)
    alignas(32) unsigned char tail[32];
    std::memset(tail, ' ', sizeof tail);
    std::memcpy(tail, s + i, n - i);
    block(_mm256_load_si256(reinterpret_cast<const __m256i*>(tail)));
  }
  error = _mm256_or_si256(error, prev_incomplete);
  return _mm256_testz_si256(error, error) != 0;
}

bool cpu_has_avx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}
#endif

}  // namespace

namespace detail {
bool is_clean_utf8_simd(std::string_view in) {
#if defined(BAIVIET_UTF8_AVX2)
  if (cpu_has_avx2()) return avx2_valid(reinterpret_cast<const unsigned char*>(in.data()), in.size());
#endif
  return is_clean_utf8_dfa(in);
}

bool is_clean_utf8_dfa(std::string_view in) {
  return dfa_valid(reinterpret_cast<const unsigned char*>(in.data()), in.size());
}

bool is_clean_utf8_scan(std::string_view in) {
  std::size_t subpart = 0;
  return valid_run_end(reinterpret_cast<const unsigned char*>(in.data()), in.size(), 0, subpart) == in.size();
}

namespace {
// The region of known_valid_utf8 (empty when none), as integers: comparing pointers into
// different objects is not defined.
thread_local std::uintptr_t g_valid_begin = 0, g_valid_end = 0;
}  // namespace

known_valid_utf8::known_valid_utf8(const char* data, std::size_t size) noexcept {
  g_valid_begin = reinterpret_cast<std::uintptr_t>(data);
  g_valid_end = g_valid_begin + size;
}
known_valid_utf8::~known_valid_utf8() { g_valid_begin = g_valid_end = 0; }

bool is_clean_utf8(std::string_view in) {
  if (in.empty()) return true;
  if (const auto at = reinterpret_cast<std::uintptr_t>(in.data());
      at >= g_valid_begin && at + in.size() <= g_valid_end)  // (never true when there is no region)
    return std::memchr(in.data(), 0, in.size()) == nullptr;
#if defined(__wasm__)
  // Under emcc -Oz in V8 the DFA's table-and-shift chain ran 2.7x slower than the
  // branching scan on Vietnamese text (250 against 690 MB/s, 2026-12-01).
  return is_clean_utf8_scan(in);
#else
  return is_clean_utf8_simd(in);
#endif
}

bool has_simd_utf8() {
#if defined(BAIVIET_UTF8_AVX2)
  return cpu_has_avx2();
#else
  return false;
#endif
}
}  // namespace detail

std::size_t sanitize_utf8(std::string_view in, std::string& out) {
  static constexpr char replacement[] = "\xEF\xBF\xBD";
  if (detail::is_clean_utf8(in)) {  // the common case: one pass, one copy
    out.assign(in);
    return 0;
  }
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t bad = 0, i = 0;
  out.clear();
  out.reserve(n);
  for (;;) {
    std::size_t subpart = 0;
    std::size_t end = valid_run_end(s, n, i, subpart);
    out.append(in.data() + i, end - i);
    if (end == n) break;
    out.append(replacement);
    ++bad;
    i = end + subpart;
  }
  return bad;
}

std::string to_nfc(std::string_view input) {
  // Invalid UTF-8 is repaired first (U+FFFD), so the result is always valid.
  std::string repaired;
  std::string_view text = input;
  if (sanitize_utf8(input, repaired) > 0) text = repaired;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  // Most text is NFC already: checked on the UTF-8 itself, without a UTF-16 copy.
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  n.toUTF8String(out);
  return out;
}

}  // namespace baiviet
