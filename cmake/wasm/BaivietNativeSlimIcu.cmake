# -DBAIVIET_SLIM_ICU_DATA=ON in a native build: executables read ICU data only from the slim
# package the WASM build ships (cmake/wasm/icu-data-items.txt cut from ICU's icudt72l.dat,
# fetched from Debian's icu source package and cached like the WASM deps), so the whole native
# test suite checks that package. See slim_icu_native.cpp for how the full data is shut out.
#
#   baiviet_use_slim_icu_data(<executable target>)

if(EMSCRIPTEN OR NOT BAIVIET_SLIM_ICU_DATA OR COMMAND baiviet_use_slim_icu_data)
  if(NOT COMMAND baiviet_use_slim_icu_data)
    function(baiviet_use_slim_icu_data target)
    endfunction()
  endif()
  return()
endif()

set(_bv_slim_dir ${CMAKE_CURRENT_LIST_DIR} CACHE INTERNAL "")
if(DEFINED ENV{BAIVIET_CACHE_DIR})
  set(_bv_cache "$ENV{BAIVIET_CACHE_DIR}")
else()
  set(_bv_cache "$ENV{HOME}/.cache/baiviet")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env BAIVIET_CACHE_DIR=${_bv_cache}
          bash ${_bv_slim_dir}/build-dep.sh icu-data "-"
  OUTPUT_VARIABLE _out RESULT_VARIABLE _rc)
string(REGEX MATCH "BAIVIET_DEP_PREFIX=([^\n]*)" _m "${_out}")
file(GLOB _bv_full_dat "${CMAKE_MATCH_1}/data/icudt*l.dat")
if(NOT _rc EQUAL 0 OR NOT _bv_full_dat)
  message(FATAL_ERROR "BAIVIET_SLIM_ICU_DATA: cannot get ICU's data from Debian's icu source package "
                      "(is there a deb-src entry? see .ci/wasm-setup.sh)")
endif()

set(BAIVIET_NATIVE_SLIM_DAT ${CMAKE_BINARY_DIR}/baiviet-icu.dat)
file(GLOB _bv_slim_filters CONFIGURE_DEPENDS ${_bv_slim_dir}/icu-data-filters/*.txt)
add_custom_command(OUTPUT ${BAIVIET_NATIVE_SLIM_DAT}
  COMMAND bash ${_bv_slim_dir}/make-slim-data.sh ${_bv_full_dat} ${_bv_slim_dir}/icu-data-items.txt
          ${BAIVIET_NATIVE_SLIM_DAT}
  DEPENDS ${_bv_slim_dir}/icu-data-items.txt ${_bv_slim_dir}/make-slim-data.sh ${_bv_slim_filters}
  COMMENT "Cutting the slim ICU data for the native build")
add_custom_target(baiviet_native_slim_icu_data DEPENDS ${BAIVIET_NATIVE_SLIM_DAT})
message(STATUS "baiviet: native executables use the slim ICU data ${BAIVIET_NATIVE_SLIM_DAT}")

function(baiviet_use_slim_icu_data target)
  target_sources(${target} PRIVATE ${_bv_slim_dir}/slim_icu_native.cpp)
  target_compile_definitions(${target} PRIVATE "BAIVIET_SLIM_ICU_DATA_FILE=\"${BAIVIET_NATIVE_SLIM_DAT}\"")
  add_dependencies(${target} baiviet_native_slim_icu_data)
endfunction()
