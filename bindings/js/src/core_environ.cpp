// The article core only: a getenv() that finds nothing, so that emscripten links neither its
// copy of the process environment nor the constructor that builds it at start-up
// (__emscripten_environ_constructor: two calls out to JS, which assembles USER, LANG from
// navigator.languages, … on every init(), plus two mallocs). The only caller in the core is
// ICU's u_getTimeZoneFilesDirectory (ICU_TIMEZONE_FILES_DIR), for time-zone data the core
// never opens, and that variable is never in emscripten's environment anyway: the result is
// the same null pointer. Measured in Chromium (docs/wasm.md, "init() in Chromium").
#include <cstdlib>

extern "C" char* getenv(const char*) { return nullptr; }
