# Packaging tests:
#   version              CMake's project() version = the C header's macros = baiviet_version() =
#                        `baiviet --version`; the C program is strict C99 including only baiviet.h
#   third_party_notices  THIRD-PARTY-NOTICES is what cmake/third-party-notices.py makes from the
#                        installed Debian packages' copyright files (skipped off Debian)
# The installed package (pkg-config, CMake package, notices): `consumers`; the npm package's
# version, files and types: `js_package` and `js_types` (tests/cmake/js.cmake).
add_executable(baiviet_version_c ${CMAKE_CURRENT_SOURCE_DIR}/packaging/version.c)
target_link_libraries(baiviet_version_c PRIVATE baiviet::baiviet)
set_target_properties(baiviet_version_c PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(baiviet_version_c PRIVATE -pedantic -Wall -Wextra -Werror)
endif()
find_program(BAIVIET_SH sh)
set(_bv_version_args ${PROJECT_VERSION} $<TARGET_FILE:baiviet_version_c>)
if(TARGET baiviet_cli)
  list(APPEND _bv_version_args $<TARGET_FILE:baiviet_cli>)
endif()
add_test(NAME version COMMAND ${BAIVIET_SH} ${CMAKE_CURRENT_SOURCE_DIR}/packaging/version.sh ${_bv_version_args})
set_tests_properties(version PROPERTIES LABELS "packaging")

find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME third_party_notices
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/cmake/third-party-notices.py --check
            ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES)
  set_tests_properties(third_party_notices PROPERTIES SKIP_RETURN_CODE 77 LABELS "packaging")
endif()
