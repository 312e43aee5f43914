// Native builds with -DBAIVIET_SLIM_ICU_DATA=ON: ICU reads only the slim data package that
// the WASM build ships, so the whole native test suite proves that package is complete.
//
// Two pieces, linked into each executable (CLI, tests):
// 1. An empty ICU data package named icudt72_dat. The executable's definition interposes on
//    the one in Debian's libicudata.so (libicuuc resolves it at run time, executable first),
//    so a lookup that misses the slim data finds nothing — as in WASM — instead of silently
//    falling back to the full data.
// 2. A constructor that runs before any C++ static initialiser and hands the slim package
//    (path compiled in: BAIVIET_SLIM_ICU_DATA_FILE, or $BAIVIET_ICU_DATA_FILE) to
//    udata_setCommonData.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unicode/udata.h>
#include <unicode/uversion.h>

#ifndef BAIVIET_SLIM_ICU_DATA_FILE
#  error "BAIVIET_SLIM_ICU_DATA_FILE must name the slim .dat"
#endif

#define BV_CAT2(a, b) a##b
#define BV_CAT(a, b) BV_CAT2(a, b)
#define BV_ICUDATA_SYMBOL BV_CAT(BV_CAT(icudt, U_ICU_VERSION_MAJOR_NUM), _dat)

namespace {
// Layout of an ICU common-data package header with an empty table of contents
// ("ToCP" format 1, little-endian ASCII), 16-byte aligned.
struct alignas(16) empty_package {
  std::uint16_t header_size;
  std::uint8_t magic1, magic2;
  UDataInfo info;
  std::uint8_t padding[8];
  std::uint32_t count;
  std::uint32_t reserved;
  std::uint32_t toc[4];
};
}  // namespace

extern "C" __attribute__((visibility("default"), used)) const empty_package BV_ICUDATA_SYMBOL = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, U_IS_BIG_ENDIAN, U_CHARSET_FAMILY, U_SIZEOF_UCHAR, 0,
     {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0, {0, 0, 0, 0}};

namespace {

__attribute__((constructor(101))) void baiviet_load_slim_icu_data() {
  const char* path = std::getenv("BAIVIET_ICU_DATA_FILE");
  if (!path || !*path) path = BAIVIET_SLIM_ICU_DATA_FILE;
  std::FILE* f = std::fopen(path, "rb");
  if (!f) {
    std::fprintf(stderr, "baiviet: cannot open the slim ICU data %s\n", path);
    std::abort();
  }
  std::fseek(f, 0, SEEK_END);
  long n = std::ftell(f);
  std::fseek(f, 0, SEEK_SET);
  // Lives for the whole process, as udata_setCommonData requires.
  void* buf = std::aligned_alloc(16, (static_cast<std::size_t>(n) + 15) & ~std::size_t{15});
  if (!buf || std::fread(buf, 1, static_cast<std::size_t>(n), f) != static_cast<std::size_t>(n)) {
    std::fprintf(stderr, "baiviet: cannot read the slim ICU data %s\n", path);
    std::abort();
  }
  std::fclose(f);
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(buf, &status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "baiviet: ICU rejected %s: %s\n", path, u_errorName(status));
    std::abort();
  }
}

}  // namespace
