# Pathological inputs (issue 9): tests/pathological/pathological_tests.py runs the
# in-process driver below on inputs of size n and 2n and requires the cost ratio to
# stay under 2.2 (linear growth), plus the documented size/depth limits via the CLI.
find_package(Python3 COMPONENTS Interpreter)
add_executable(baiviet_pathological ${PROJECT_SOURCE_DIR}/tests/pathological/driver.cpp)
target_link_libraries(baiviet_pathological PRIVATE baiviet::baiviet)
if(COMMAND baiviet_use_slim_icu_data)
  baiviet_use_slim_icu_data(baiviet_pathological)
endif()
if(NOT Python3_FOUND)
  message(STATUS "baiviet: python3 not found, pathological tests not registered")
  return()
endif()
set(_bv_patho_args --driver $<TARGET_FILE:baiviet_pathological>)
if(TARGET baiviet_cli)
  list(APPEND _bv_patho_args --cli $<TARGET_FILE:baiviet_cli>)
endif()
add_test(NAME pathological
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/pathological/pathological_tests.py ${_bv_patho_args})
set_tests_properties(pathological PROPERTIES LABELS "security;pathological" TIMEOUT 1800)
