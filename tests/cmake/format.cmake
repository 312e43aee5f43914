# Vietnamese formatting (issue 4): Node tests of the native CLI.
#   format_cli   the `baiviet format` / `baiviet parse` command line
#   format_intl  10,000 random values vs Node's Intl.NumberFormat('vi-VN')
# They need node and the CLI target; otherwise they are not registered.
find_program(BAIVIET_NODE node)
if(NOT BAIVIET_NODE OR NOT TARGET baiviet_cli)
  message(STATUS "baiviet: node or the CLI missing, format JS tests not registered")
  return()
endif()

foreach(_bv_format_test format_cli format_intl)
  add_test(NAME ${_bv_format_test}
           COMMAND ${BAIVIET_NODE} --test ${PROJECT_SOURCE_DIR}/tests/js/${_bv_format_test}.test.mjs)
  set_tests_properties(${_bv_format_test} PROPERTIES
    ENVIRONMENT "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>"
    LABELS "format;js"
    TIMEOUT 300)
endforeach()
