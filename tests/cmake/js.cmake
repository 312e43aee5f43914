# JS package tests (bindings/js/test/*.test.mjs, node:test) registered with ctest in the
# native build, so the README's test command runs them too. They test the WASM build's npm
# package, found at test time (not configure time) in:
#   $BAIVIET_JS_PACKAGE, else $BAIVIET_WASM_BUILD_DIR/bindings/js/package,
#   else ${BAIVIET_WASM_BUILD_DIR} below (default <repo>/build-wasm, what .ci/wasm-build.sh makes).
# Without a WASM build they are reported as skipped (exit 77) with a message saying how to make it.
# The parity test compares with this build's CLI (BAIVIET_CLI).

# -DBAIVIET_SLIM_ICU_DATA=ON: the native CLI and tests read only the slim ICU data package
# (the same one the WASM build ships), so the whole suite checks it is complete.
include(${PROJECT_SOURCE_DIR}/cmake/wasm/BaivietNativeSlimIcu.cmake)
foreach(_bv_t baiviet_tests baiviet_cli)
  if(TARGET ${_bv_t})
    baiviet_use_slim_icu_data(${_bv_t})
  endif()
endforeach()

find_program(BAIVIET_NODE node)
set(BAIVIET_WASM_BUILD_DIR "${PROJECT_SOURCE_DIR}/build-wasm" CACHE PATH
    "WASM build tree whose npm package the JS tests use")

if(NOT BAIVIET_NODE)
  message(STATUS "baiviet: node not found, JS tests not registered")
  return()
endif()

set(_bv_js_runner ${PROJECT_SOURCE_DIR}/bindings/js/scripts/run-tests.sh)
set(_bv_js_env "BAIVIET_WASM_BUILD_DIR=${BAIVIET_WASM_BUILD_DIR}" "BAIVIET_EXPECTED_VERSION=${PROJECT_VERSION}"
            "BAIVIET_SHARED_DIR=${BAIVIET_SHARED_DIR}")
if(TARGET baiviet_cli)
  list(APPEND _bv_js_env "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>")
endif()

function(_baiviet_js_test name)
  add_test(NAME ${name} COMMAND bash ${_bv_js_runner} ${ARGN})
  set_tests_properties(${name} PROPERTIES
    SKIP_RETURN_CODE 77
    ENVIRONMENT "${_bv_js_env}"
    LABELS "js;wasm"
    TIMEOUT 600)
endfunction()

_baiviet_js_test(js_api test/api.test.mjs)
_baiviet_js_test(js_loading test/loading.test.mjs)
_baiviet_js_test(js_size test/size.test.mjs)
_baiviet_js_test(js_fixtures test/fixtures.test.mjs)
_baiviet_js_test(js_memory test/memory.test.mjs)
_baiviet_js_test(js_parity test/parity.test.mjs)
# format.* in WASM (slim ICU data) against `baiviet format` natively (full data): seeded values
# of every kind, option sets and twelve time zones, string for string.
_baiviet_js_test(js_format_parity test/format_parity.test.mjs)
# Every option of the schema (baiviet options --json) through the CLI and JS, one call and
# parse once; index.d.ts checked against the schema.
_baiviet_js_test(js_schema test/schema.test.mjs)
_baiviet_js_test(js_urls test/urls.test.mjs)
_baiviet_js_test(js_chromium --browser test/chromium.test.mjs)
# One page per bundler (Vite build, Vite dev server with and without pre-bundling, webpack 5,
# esbuild) in Chromium: ≈ 25 s on 2 cores, so the whole matrix runs here.
_baiviet_js_test(js_bundlers --browser test/bundlers.test.mjs)
# The package as published: version = project()'s, LICENSE and notices in `npm pack`, metadata.
_baiviet_js_test(js_package test/package.test.mjs)

# index.d.ts type-checked against test/types/usage.ts (TypeScript, a devDependency of
# bindings/js: skipped until `npm install` there). Needs no WASM build.
add_test(NAME js_types COMMAND ${BAIVIET_NODE} ${PROJECT_SOURCE_DIR}/bindings/js/scripts/check-types.mjs)
set_tests_properties(js_types PROPERTIES SKIP_RETURN_CODE 77 LABELS "js;types" TIMEOUT 600)
