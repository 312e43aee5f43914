# Install rules (included from the top-level CMakeLists.txt when BAIVIET_INSTALL):
#   include/baiviet/*.h, *.hpp          public headers (C and C++; version.h and export.h
#                                       generated, cmake/BaivietHeaders.cmake)
#   lib/libbaiviet.a                    static library   -> baiviet::baiviet
#   lib/libbaiviet.so.<abi>             shared library   -> baiviet::baiviet_shared
#   lib/cmake/baiviet/                  CMake config package (+ version file)
#   lib/pkgconfig/baiviet.pc            pkg-config (links the shared library;
#                                       `pkg-config --static` for the archive)
#   bin/baiviet                         the CLI (when BAIVIET_TOOLS)
#   share/doc/baiviet/LICENSE, THIRD-PARTY-NOTICES   our licence, the third-party notices
#
# The static library's private dependencies (cmark-gfm, libyaml) must be on a
# static consumer's link line, so the INTERFACE targets that carry them are
# exported too (as baiviet::cmark_gfm, baiviet::yaml, baiviet::icu,
# baiviet::json) and the config re-finds ICU for them. nlohmann/json is header
# only and used by the implementation alone: its link is limited to the build
# tree so that consumers never need it.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(BAIVIET_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/baiviet CACHE STRING
    "Where the CMake config package is installed (relative to the prefix)")
set(BAIVIET_INSTALL_PKGCONFIGDIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig CACHE STRING
    "Where baiviet.pc is installed (relative to the prefix)")

# --- dependency targets: exported with the library ---------------------------
set_target_properties(baiviet_cmark_gfm PROPERTIES EXPORT_NAME cmark_gfm)
set_target_properties(baiviet_yaml PROPERTIES EXPORT_NAME yaml)
set_target_properties(baiviet_icu PROPERTIES EXPORT_NAME icu)
set_target_properties(baiviet_json PROPERTIES EXPORT_NAME json)
# Header-only and private: keep nlohmann_json out of the installed interface.
get_target_property(_bv_json_libs baiviet_json INTERFACE_LINK_LIBRARIES)
get_target_property(_bv_json_defs baiviet_json INTERFACE_COMPILE_DEFINITIONS)
set_target_properties(baiviet_json PROPERTIES
  INTERFACE_LINK_LIBRARIES "$<BUILD_INTERFACE:${_bv_json_libs}>"
  INTERFACE_COMPILE_DEFINITIONS "$<BUILD_INTERFACE:${_bv_json_defs}>")

# --- shared library: only the C API and the C++ API (BAIVIET_API) exported ---
# Objects pulled from static archives (cmark-gfm, libyaml) were compiled with
# default visibility; keep their symbols out of libbaiviet.so's dynamic table.
# A version script then keeps only the C API and the C++ API (namespace
# baiviet, with typeinfo/vtables of its exported classes): weak template
# instantiations from the standard library headers stay local too.
if(TARGET baiviet_shared AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(_bv_map ${PROJECT_BINARY_DIR}/baiviet-exports.map)
  file(WRITE ${_bv_map} [=[
{
  global:
    baiviet_*;
    extern "C++" {
      baiviet::*;
      typeinfo?for?baiviet::*;
      typeinfo?name?for?baiviet::*;
      vtable?for?baiviet::*;
    };
  local:
    *;
};
]=])
  target_link_options(baiviet_shared PRIVATE "LINKER:--exclude-libs,ALL" "LINKER:--version-script=${_bv_map}")
  set_property(TARGET baiviet_shared APPEND PROPERTY LINK_DEPENDS ${_bv_map})
endif()

set(_bv_targets baiviet baiviet_cmark_gfm baiviet_yaml baiviet_icu baiviet_json)
if(TARGET baiviet_shared)
  list(APPEND _bv_targets baiviet_shared)
endif()

install(TARGETS ${_bv_targets}
  EXPORT baiviet-targets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT baiviet_development
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT baiviet_runtime
          NAMELINK_COMPONENT baiviet_development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT baiviet_runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/baiviet
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT baiviet_development
  FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp")
install(FILES ${BAIVIET_GENERATED_INCLUDE_DIR}/baiviet/version.h ${BAIVIET_GENERATED_INCLUDE_DIR}/baiviet/export.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/baiviet COMPONENT baiviet_development)

# --- licence and third-party notices (cmake/third-party-notices.py) -----------
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES
  DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT baiviet_runtime)

install(EXPORT baiviet-targets
  NAMESPACE baiviet::
  FILE baiviet-targets.cmake
  DESTINATION ${BAIVIET_INSTALL_CMAKEDIR} COMPONENT baiviet_development)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/baiviet-config.cmake.in
  ${PROJECT_BINARY_DIR}/baiviet-config.cmake
  INSTALL_DESTINATION ${BAIVIET_INSTALL_CMAKEDIR})
# 0.x: minor versions may break the API, so only the same minor is compatible.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/baiviet-config-version.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/baiviet-config.cmake
  ${PROJECT_BINARY_DIR}/baiviet-config-version.cmake
  DESTINATION ${BAIVIET_INSTALL_CMAKEDIR} COMPONENT baiviet_development)

# --- pkg-config ---------------------------------------------------------------
# Relocatable: the prefix is found from the .pc file's own place (${pcfiledir}),
# so `cmake --install build --prefix anywhere` needs no re-configuration.
file(RELATIVE_PATH BAIVIET_PC_UP "/_p/${BAIVIET_INSTALL_PKGCONFIGDIR}" "/_p")
string(REGEX REPLACE "/$" "" BAIVIET_PC_UP "${BAIVIET_PC_UP}")
foreach(_bv_dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${_bv_dir}}")
    set(BAIVIET_PC_${_bv_dir} "${CMAKE_INSTALL_${_bv_dir}}")
  else()
    set(BAIVIET_PC_${_bv_dir} "\${prefix}/${CMAKE_INSTALL_${_bv_dir}}")
  endif()
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/cmake/baiviet.pc.in ${PROJECT_BINARY_DIR}/baiviet.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/baiviet.pc
  DESTINATION ${BAIVIET_INSTALL_PKGCONFIGDIR} COMPONENT baiviet_development)

# --- the CLI ------------------------------------------------------------------
if(TARGET baiviet_cli)
  install(TARGETS baiviet_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT baiviet_runtime)
endif()
