# Browser tests of the web demo (web-demo/, tests/browser/demo.test.mjs): the page as served by
# web-demo/serve.sh (web-demo/server.py, precompressed assets), in headless Chromium (Debian's
# /usr/bin/chromium + npm playwright-core from web-demo/ or bindings/js/). The WASM package is
# found at test time in
#   $BAIVIET_JS_PACKAGE, else ${BAIVIET_WASM_BUILD_DIR}/bindings/js/package (default build-wasm/).
# Without it (or without Chromium / playwright-core / python3) the test is reported as skipped
# (exit 77) with a message saying what is missing. The "Code" tab's programs are checked with
# this build's CLI, its shared library and headers, and the C++ compiler of this build.
find_program(BAIVIET_NODE node)
set(BAIVIET_WASM_BUILD_DIR "${PROJECT_SOURCE_DIR}/build-wasm" CACHE PATH
    "WASM build tree whose npm package the JS tests use")
if(NOT BAIVIET_NODE)
  message(STATUS "baiviet: node not found, web demo tests not registered")
  return()
endif()

set(_bv_demo_env "BAIVIET_WASM_BUILD_DIR=${BAIVIET_WASM_BUILD_DIR}" "CXX=${CMAKE_CXX_COMPILER}"
    "BAIVIET_GENERATED_INCLUDE=${BAIVIET_GENERATED_INCLUDE_DIR}")
if(TARGET baiviet_cli)
  list(APPEND _bv_demo_env "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>")
endif()
if(TARGET baiviet_shared)
  list(APPEND _bv_demo_env "BAIVIET_SHARED_LIB=$<TARGET_FILE:baiviet_shared>")
endif()

add_test(NAME demo_browser
  COMMAND ${BAIVIET_NODE} ${PROJECT_SOURCE_DIR}/tests/browser/demo.test.mjs)
set_tests_properties(demo_browser PROPERTIES
  SKIP_RETURN_CODE 77
  ENVIRONMENT "${_bv_demo_env}"
  LABELS "demo;browser;wasm"
  RUN_SERIAL TRUE
  TIMEOUT 600)
