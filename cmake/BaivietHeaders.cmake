# Generated public headers, valid C, in ${BAIVIET_GENERATED_INCLUDE_DIR}/baiviet/ (added to the
# library targets' include path by baiviet_configure_library; installed by BaivietInstall):
#   version.h  BAIVIET_VERSION_MAJOR/MINOR/PATCH and BAIVIET_VERSION_STRING, from project()'s
#              VERSION, the one place the version is written (package.json gets it at build
#              time too, bindings/js/CMakeLists.txt)
#   export.h   BAIVIET_API & co. (GenerateExportHeader): default visibility or dllexport while
#              building the shared library, nothing with BAIVIET_STATIC_DEFINE
# Include after the library targets exist.
if(NOT PROJECT_VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
  message(FATAL_ERROR "baiviet: project(VERSION) must be MAJOR.MINOR.PATCH, not '${PROJECT_VERSION}'")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.h.in
  ${BAIVIET_GENERATED_INCLUDE_DIR}/baiviet/version.h @ONLY)

include(GenerateExportHeader)
# The shared library defines BAIVIET_EXPORTS while it is compiled (DEFINE_SYMBOL); the static
# library and its users define BAIVIET_STATIC_DEFINE. The WASM build has only the static one.
if(TARGET baiviet_shared)
  set(_bv_export_target baiviet_shared)
else()
  set(_bv_export_target baiviet)
endif()
set_target_properties(${_bv_export_target} PROPERTIES DEFINE_SYMBOL BAIVIET_EXPORTS)
generate_export_header(${_bv_export_target}
  BASE_NAME BAIVIET
  EXPORT_MACRO_NAME BAIVIET_API
  EXPORT_FILE_NAME ${BAIVIET_GENERATED_INCLUDE_DIR}/baiviet/export.h
  STATIC_DEFINE BAIVIET_STATIC_DEFINE
  INCLUDE_GUARD_NAME BAIVIET_EXPORT_H)
