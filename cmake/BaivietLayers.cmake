# The layers of src/ as CMake targets, so that a dependency that runs up the graph fails to build
# (DESIGN "Layers that the build enforces"; README "Source layout"; docs/engine.md):
#
#   baiviet_layer(<folder> [DEPS <layer>...] [USES <third-party>...])
#
# declares src/<folder> as a layer that may use the layers DEPS (and, through them, everything
# they may use) and the third-party libraries USES (cmark_gfm, yaml, json, toml, icu: the
# baiviet::<name> targets of BaivietDependencies.cmake / BaivietWasmDeps.cmake). Declare the
# layers bottom-up: a layer's DEPS must already be declared.
#
# Each layer becomes
#   baiviet_<folder>          OBJECT library, compiled for the static library `baiviet`
#                             (BAIVIET_STATIC_DEFINE, as today's `baiviet` and its users);
#   baiviet_<folder>_shared   OBJECT library, the same sources compiled for `baiviet_shared`
#                             (BAIVIET_EXPORTS: BAIVIET_API is default visibility) — native only;
#   baiviet_<folder>_link     (native Linux, no sanitizer) a shared library of the layer's
#                             objects and those of the layers below it only, linked with
#                             --no-undefined: a call into a layer above fails to link. Built with
#                             ALL into ${PROJECT_BINARY_DIR}/layers/link/, never installed.
#
# Includes: a layer's private include path is not src/ but ${PROJECT_BINARY_DIR}/layers/<folder>/,
# a directory of symlinks to src/<folder> and the src/ folders of the layers below it only, so
# `#include "render/…"` from src/markdown is "file not found". The public include/ and the
# generated include dir (baiviet/version.h, baiviet/export.h) stay visible to every layer.
#
# baiviet_layer_objects(<var> [SHARED]) sets <var> to the $<TARGET_OBJECTS:…> of every layer
# (in BAIVIET_ARCHIVE_ORDER: the order the sources were compiled in before the split, so that
# archive members and link order are unchanged).
#
# baiviet_layer_probe(<target> LAYER <folder> SOURCES <file>...) builds (EXCLUDE_FROM_ALL) a
# shared library of <file>s compiled exactly as if they were in src/<folder> and linked as that
# layer's link check: tests/cmake/layers.cmake uses it to show that the enforcement bites.

set(BAIVIET_LAYER_LINK_CHECK OFF)
if(NOT EMSCRIPTEN AND CMAKE_SYSTEM_NAME STREQUAL "Linux" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang"
   AND NOT BAIVIET_SANITIZE AND NOT BAIVIET_TSAN AND NOT BAIVIET_FUZZ)
  # Sanitizer runtimes leave undefined symbols in shared objects by design.
  set(BAIVIET_LAYER_LINK_CHECK ON)
endif()

set_property(GLOBAL PROPERTY BAIVIET_LAYERS "")

# Compile settings shared by a layer's object libraries and its probes.
function(_baiviet_layer_compile target layer)
  get_property(uses GLOBAL PROPERTY BAIVIET_LAYER_USES_${layer})
  target_include_directories(${target} PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${BAIVIET_GENERATED_INCLUDE_DIR}
    ${PROJECT_BINARY_DIR}/layers/${layer})
  target_compile_features(${target} PRIVATE cxx_std_20)
  foreach(u IN LISTS uses)
    target_link_libraries(${target} PRIVATE baiviet::${u})
  endforeach()
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
  endif()
endfunction()

# The link check of <layer>: <objects> + the shared-flavour objects of the layers below it +
# the third-party libraries of all of them, --no-undefined.
function(_baiviet_layer_link target layer)
  get_property(closure GLOBAL PROPERTY BAIVIET_LAYER_CLOSURE_${layer})
  set(objs ${ARGN})
  set(libs "")
  foreach(l IN LISTS closure)
    if(NOT l STREQUAL layer)
      list(APPEND objs $<TARGET_OBJECTS:baiviet_${l}_shared>)
    endif()
    get_property(u GLOBAL PROPERTY BAIVIET_LAYER_USES_${l})
    list(APPEND libs ${u})
  endforeach()
  list(REMOVE_DUPLICATES libs)
  target_sources(${target} PRIVATE ${objs})
  set_target_properties(${target} PROPERTIES LINKER_LANGUAGE CXX
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/layers/link)
  target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  foreach(u IN LISTS libs)
    target_link_libraries(${target} PRIVATE baiviet::${u})
  endforeach()
endfunction()

function(baiviet_layer layer)
  cmake_parse_arguments(PARSE_ARGV 1 L "" "" "DEPS;USES")
  if(NOT IS_DIRECTORY ${PROJECT_SOURCE_DIR}/src/${layer})
    message(FATAL_ERROR "baiviet_layer(${layer}): no src/${layer}")
  endif()
  get_property(declared GLOBAL PROPERTY BAIVIET_LAYERS)
  set(closure ${layer})
  foreach(d IN LISTS L_DEPS)
    if(NOT d IN_LIST declared)
      message(FATAL_ERROR "baiviet_layer(${layer}): layer '${d}' is not declared yet (declare bottom-up)")
    endif()
    get_property(c GLOBAL PROPERTY BAIVIET_LAYER_CLOSURE_${d})
    list(APPEND closure ${c})
  endforeach()
  list(REMOVE_DUPLICATES closure)
  set_property(GLOBAL APPEND PROPERTY BAIVIET_LAYERS ${layer})
  set_property(GLOBAL PROPERTY BAIVIET_LAYER_CLOSURE_${layer} ${closure})
  set_property(GLOBAL PROPERTY BAIVIET_LAYER_USES_${layer} ${L_USES})

  # The include root: src/<layer> and the folders below it, nothing else.
  set(root ${PROJECT_BINARY_DIR}/layers/${layer})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root})
  foreach(l IN LISTS closure)
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${l} ${root}/${l} SYMBOLIC)
  endforeach()

  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${layer}/*.cpp)
  add_library(baiviet_${layer} OBJECT ${sources})
  _baiviet_layer_compile(baiviet_${layer} ${layer})
  target_compile_definitions(baiviet_${layer} PRIVATE BAIVIET_STATIC_DEFINE=1)
  if(NOT EMSCRIPTEN)
    add_library(baiviet_${layer}_shared OBJECT ${sources})
    _baiviet_layer_compile(baiviet_${layer}_shared ${layer})
    target_compile_definitions(baiviet_${layer}_shared PRIVATE BAIVIET_EXPORTS)
  endif()
  if(BAIVIET_LAYER_LINK_CHECK)
    add_library(baiviet_${layer}_link SHARED)
    _baiviet_layer_link(baiviet_${layer}_link ${layer} $<TARGET_OBJECTS:baiviet_${layer}_shared>)
  endif()
endfunction()

function(baiviet_layer_objects var)
  set(suffix "")
  if(ARGV1 STREQUAL "SHARED")
    set(suffix _shared)
  endif()
  get_property(declared GLOBAL PROPERTY BAIVIET_LAYERS)
  set(objs "")
  foreach(l IN LISTS BAIVIET_ARCHIVE_ORDER)
    if(NOT l IN_LIST declared)
      message(FATAL_ERROR "BAIVIET_ARCHIVE_ORDER names '${l}', which is not a declared layer")
    endif()
    list(APPEND objs $<TARGET_OBJECTS:baiviet_${l}${suffix}>)
  endforeach()
  foreach(l IN LISTS declared)
    if(NOT l IN_LIST BAIVIET_ARCHIVE_ORDER)
      message(FATAL_ERROR "layer '${l}' is missing from BAIVIET_ARCHIVE_ORDER")
    endif()
  endforeach()
  set(${var} ${objs} PARENT_SCOPE)
endfunction()

function(baiviet_layer_probe target)
  cmake_parse_arguments(PARSE_ARGV 1 P "" "LAYER" "SOURCES")
  add_library(${target}_objects OBJECT EXCLUDE_FROM_ALL ${P_SOURCES})
  _baiviet_layer_compile(${target}_objects ${P_LAYER})
  target_compile_definitions(${target}_objects PRIVATE BAIVIET_EXPORTS)
  add_library(${target} SHARED EXCLUDE_FROM_ALL)
  _baiviet_layer_link(${target} ${P_LAYER}
    $<TARGET_OBJECTS:${target}_objects> $<TARGET_OBJECTS:baiviet_${P_LAYER}_shared>)
endfunction()
