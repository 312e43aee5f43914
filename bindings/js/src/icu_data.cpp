// ICU's data. The full build gets its slim package from memory: the .dat file is a separate,
// cacheable download that the JS side copies into a 16-byte aligned buffer that lives
// forever. The article core has its (break-rule) data linked in as ICU's built-in package and
// passes nullptr.
#include <unicode/udata.h>
#include <unicode/uclean.h>

#include <emscripten/emscripten.h>

extern "C" {

// Defined by the full build only (format_bindings.cpp): the article core uses no
// locale-dependent ICU service, and calling uloc_setDefault() there would link ICU's
// locale canonicalisation and resource-bundle code into it for nothing.
__attribute__((weak)) int bv_pin_default_locale();

/// Returns 0 on success, else the ICU error code.
EMSCRIPTEN_KEEPALIVE int bv_set_icu_data(const void* data) {
  UErrorCode status = U_ZERO_ERROR;
  if (data) {
    udata_setCommonData(data, &status);
    if (U_FAILURE(status)) return static_cast<int>(status);
  }
  return bv_pin_default_locale ? bv_pin_default_locale() : 0;
}

}  // extern "C"
