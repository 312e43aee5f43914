// strtod for the WebAssembly builds: the JavaScript engine's number parser instead of the C
// library's.
//
// emscripten's C library (musl) reads a decimal number as a long double, which is 128 bits
// wide in WebAssembly and has no instructions: strtod pulls in software quad-precision
// arithmetic (__addtf3, __multf3, __divtf3, …), musl's decimal and hexadecimal scanners and
// fmodl: ≈ 15 KB of code in each module, for the few numbers a page ever reads (a JSON
// option's or a front-matter value's fraction). The engine already holds a correctly rounded
// parser, `Number()`, which gives the same double as any correctly rounding strtod (glibc's,
// in the native build) for every decimal string, so both builds read every number alike.
//
// What this strtod reads is what a C library reads in the "C" locale (the only one in
// WebAssembly): leading white space, a sign, then a decimal number (digits with an optional
// point, an optional exponent), `inf`, `infinity` or `nan` (with an optional `(chars)`), in
// any case; `*end` points after it, or to `s` when there is none. A result that overflows to
// infinity, or underflows to zero from nonzero digits, sets `errno` to ERANGE, as in C.
// Hexadecimal floats (`0x1p3`) are not read: `0` is, and `*end` points at the `x`. None of
// its callers can pass one: the JSON reader (nlohmann-json: JSON's number grammar), toml++
// (TOML's float grammar, checked before it converts; src/markdown/toml_charconv.hpp) and, in
// the full build, ICU's UnicodeSet numeric-value property (decimal) — the whole list, read
// from the modules' call graphs (docs/wasm.md, "Build").
#include <cerrno>
#include <cstdlib>

// Returns the value; `*used` = bytes read (0: no number), `*range` = 1 on overflow/underflow.
// Defined in js_strtod.lib.js (linked with --js-library).
extern "C" double bv_js_strtod(const char* s, int* used, int* range);

extern "C" double strtod(const char* __restrict s, char** __restrict end) {
  int used = 0;
  int range = 0;
  const double v = bv_js_strtod(s, &used, &range);
  if (range) errno = ERANGE;
  if (end) *end = const_cast<char*>(s) + used;
  return v;
}

// The rest of the C library's strtod.o, so that it is never linked beside this one (duplicate
// symbol): the `_l` forms take the only locale there is, and the float and long double forms
// (only libc++'s stream extraction calls them, which no path of ours reaches) round the double.
struct __locale_struct;
extern "C" double strtod_l(const char* __restrict s, char** __restrict end, __locale_struct*) { return strtod(s, end); }
extern "C" float strtof(const char* __restrict s, char** __restrict end) { return static_cast<float>(strtod(s, end)); }
extern "C" float strtof_l(const char* __restrict s, char** __restrict end, __locale_struct*) { return strtof(s, end); }
extern "C" long double strtold(const char* __restrict s, char** __restrict end) { return strtod(s, end); }
extern "C" long double strtold_l(const char* __restrict s, char** __restrict end, __locale_struct*) { return strtold(s, end); }
