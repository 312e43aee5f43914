# Bounded fuzzing run (issue 9): fuzz/run.sh builds the libFuzzer targets with
# clang into build-fuzz/ (ASan + UBSan) and runs each for BAIVIET_FUZZ_SECONDS
# (default 20 s; five targets). Skipped (exit 77) without clang/libFuzzer.
# Label "fuzz": `ctest -LE fuzz` leaves it out of a quick run.
set(BAIVIET_FUZZ_SECONDS 20 CACHE STRING "Seconds per fuzz target in the ctest run")
find_program(BAIVIET_CLANGXX clang++)
if(NOT BAIVIET_CLANGXX)
  message(STATUS "baiviet: clang++ not found, fuzz test not registered")
  return()
endif()
add_test(NAME fuzz_smoke COMMAND bash ${PROJECT_SOURCE_DIR}/fuzz/run.sh)
set_tests_properties(fuzz_smoke PROPERTIES
  ENVIRONMENT "BAIVIET_FUZZ_SECONDS=${BAIVIET_FUZZ_SECONDS};BAIVIET_FUZZ_DIR=${PROJECT_SOURCE_DIR}/build-fuzz"
  SKIP_RETURN_CODE 77
  LABELS "fuzz;security"
  TIMEOUT 3600)
