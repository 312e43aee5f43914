# XSS suite (issue 9): tests/xss/payloads.json rendered by the CLI in safe mode and
# loaded into headless Chromium (playwright-core) with a trap; requires zero
# findings. Skipped (77) without Chromium/playwright-core. Also checks the WASM
# package's output when build-wasm/bindings/js/package exists.
find_program(BAIVIET_NODE node)
if(NOT BAIVIET_NODE OR NOT TARGET baiviet_cli)
  message(STATUS "baiviet: node or the CLI missing, XSS browser suite not registered")
  return()
endif()
if(NOT DEFINED BAIVIET_WASM_BUILD_DIR)
  set(BAIVIET_WASM_BUILD_DIR "${PROJECT_SOURCE_DIR}/build-wasm")
endif()
add_test(NAME xss_browser
  COMMAND ${BAIVIET_NODE} ${PROJECT_SOURCE_DIR}/tests/xss/xss.test.mjs --cli $<TARGET_FILE:baiviet_cli>)
set_tests_properties(xss_browser PROPERTIES
  ENVIRONMENT "BAIVIET_WASM_BUILD_DIR=${BAIVIET_WASM_BUILD_DIR}"
  SKIP_RETURN_CODE 77
  LABELS "security;xss;browser"
  TIMEOUT 1800)
