# Bounded fuzzing run (issue 9): fuzz/run.sh builds the libFuzzer targets with
# clang into build-fuzz/ (ASan + UBSan) and runs each in its deterministic mode
# (seed 1, a fixed number of executions, fresh corpus: the same inputs on every
# machine, about 20 s per target). Skipped (exit 77) without clang/libFuzzer.
# Label "fuzz": `ctest -LE fuzz` leaves it out of a quick run.
find_program(BAIVIET_CLANGXX clang++)
if(NOT BAIVIET_CLANGXX)
  message(STATUS "baiviet: clang++ not found, fuzz test not registered")
  return()
endif()
add_test(NAME fuzz_smoke COMMAND bash ${PROJECT_SOURCE_DIR}/fuzz/run.sh)
set_tests_properties(fuzz_smoke PROPERTIES
  ENVIRONMENT "BAIVIET_FUZZ_DETERMINISTIC=1;BAIVIET_FUZZ_DIR=${PROJECT_SOURCE_DIR}/build-fuzz"
  SKIP_RETURN_CODE 77
  LABELS "fuzz;security"
  TIMEOUT 3600)
