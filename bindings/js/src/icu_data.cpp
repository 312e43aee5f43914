// ICU's data. The full build gets its slim package from memory: the .dat file is a separate,
// cacheable download that the JS side copies into a 16-byte aligned buffer that lives
// forever. The article core has its (break-rule) data linked in as ICU's built-in package and
// passes nullptr.
#include <unicode/udata.h>
#include <unicode/uclean.h>
#include <unicode/uloc.h>

#include <emscripten/emscripten.h>

extern "C" {

/// Returns 0 on success, else the ICU error code.
EMSCRIPTEN_KEEPALIVE int bv_set_icu_data(const void* data) {
  UErrorCode status = U_ZERO_ERROR;
  if (data) {
    udata_setCommonData(data, &status);
    if (U_FAILURE(status)) return static_cast<int>(status);
  }
  // The default locale would otherwise follow the browser's language (emscripten's LANG):
  // pin it so that no fallback depends on the user's machine. The library passes "vi"
  // explicitly everywhere anyway.
  uloc_setDefault("vi", &status);
  return U_FAILURE(status) ? static_cast<int>(status) : 0;
}

}  // extern "C"
