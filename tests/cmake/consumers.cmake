# Consumer tests: install this build into a temporary prefix and build/run a
# tiny C and C++ program against it through find_package and pkg-config
# (tests/consumers/run.sh), checking that every part of it reports CMake's project() version.
# Needs the install rules (BAIVIET_INSTALL).
if(BAIVIET_INSTALL AND TARGET baiviet_shared AND NOT BAIVIET_TSAN AND NOT BAIVIET_SANITIZE)
  find_program(BAIVIET_SH sh)
  add_test(NAME consumers
    COMMAND ${BAIVIET_SH} ${CMAKE_CURRENT_SOURCE_DIR}/consumers/run.sh ${PROJECT_BINARY_DIR}
            ${PROJECT_BINARY_DIR}/consumer-test ${PROJECT_VERSION})
  set_tests_properties(consumers PROPERTIES TIMEOUT 900 LABELS "consumers;install")
endif()
