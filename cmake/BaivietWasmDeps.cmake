# WebAssembly dependencies: the Debian sources of cmark-gfm, ICU 72 and libyaml (the very
# versions of the installed native -dev packages, Debian patches applied) compiled with emcc
# by cmake/wasm/build-dep.sh at configure time, cached outside the repository in
#   ${BAIVIET_DEPS_CACHE}/<dep>-<version>-<hash of flags>/     (default ~/.cache/baiviet)
# so a second configure (any build tree) is instant. First build: ICU ≈ 6–9 min on 2 cores.
#
# Defines the same targets as the native branch of BaivietDependencies.cmake:
#   baiviet::cmark_gfm  baiviet::icu  baiviet::yaml  baiviet::json  baiviet::toml
# plus BAIVIET_ICU_FULL_DATA (path of icudt72l.dat, the input of the slim data cut).

if(NOT EMSCRIPTEN)
  message(FATAL_ERROR "BaivietWasmDeps.cmake is for emcmake builds only")
endif()

# -flto: the libraries are kept as LLVM bitcode and optimised with our code at the final link
# (article core 281 → 263 KB brotli; links take about twice as long).
set(BAIVIET_WASM_DEP_FLAGS "-Oz -flto" CACHE STRING "Compiler flags for the third-party libraries in WASM builds")
if(DEFINED ENV{BAIVIET_CACHE_DIR})
  set(_bv_default_cache "$ENV{BAIVIET_CACHE_DIR}")
else()
  set(_bv_default_cache "$ENV{HOME}/.cache/baiviet")
endif()
set(BAIVIET_DEPS_CACHE "${_bv_default_cache}" CACHE PATH "Where the emcc-built dependencies are cached")

# emcc 3.1.6 from Debian needs these (acorn for the JS optimiser; avoid slow python shims).
if(NOT DEFINED ENV{EMSDK_PYTHON})
  set(ENV{EMSDK_PYTHON} /usr/bin/python3)
endif()
if(NOT DEFINED ENV{NODE_PATH})
  set(ENV{NODE_PATH} /usr/share/nodejs)
endif()

function(_baiviet_build_wasm_dep dep out_var)
  message(STATUS "baiviet: WASM dependency ${dep} (cached in ${BAIVIET_DEPS_CACHE}; first build may take minutes)")
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env
            BAIVIET_CACHE_DIR=${BAIVIET_DEPS_CACHE}
            EMSDK_PYTHON=$ENV{EMSDK_PYTHON} NODE_PATH=$ENV{NODE_PATH}
            bash ${CMAKE_CURRENT_LIST_DIR}/wasm/build-dep.sh ${dep} "${BAIVIET_WASM_DEP_FLAGS}"
    OUTPUT_VARIABLE _out
    RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "baiviet: building ${dep} for WASM failed (see messages above)")
  endif()
  string(REGEX MATCH "BAIVIET_DEP_PREFIX=([^\n]*)" _m "${_out}")
  if(NOT CMAKE_MATCH_1 OR NOT EXISTS "${CMAKE_MATCH_1}/.stamp")
    message(FATAL_ERROR "baiviet: ${dep}: no install prefix reported:\n${_out}")
  endif()
  message(STATUS "baiviet: ${dep} -> ${CMAKE_MATCH_1}")
  set(${out_var} "${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

function(_baiviet_imported name lib)
  add_library(${name} STATIC IMPORTED GLOBAL)
  set_target_properties(${name} PROPERTIES IMPORTED_LOCATION "${lib}")
endfunction()

# --- cmark-gfm -------------------------------------------------------------------------
_baiviet_build_wasm_dep(cmark-gfm _bv_cmark)
_baiviet_imported(baiviet_wasm_cmark_core "${_bv_cmark}/lib/libcmark-gfm.a")
_baiviet_imported(baiviet_wasm_cmark_ext "${_bv_cmark}/lib/libcmark-gfm-extensions.a")
add_library(baiviet_cmark_gfm INTERFACE)
target_include_directories(baiviet_cmark_gfm SYSTEM INTERFACE "${_bv_cmark}/include")
target_link_libraries(baiviet_cmark_gfm INTERFACE baiviet_wasm_cmark_ext baiviet_wasm_cmark_core)
target_compile_definitions(baiviet_cmark_gfm INTERFACE CMARK_GFM_STATIC_DEFINE CMARK_GFM_EXTENSIONS_STATIC_DEFINE)
add_library(baiviet::cmark_gfm ALIAS baiviet_cmark_gfm)

# --- ICU (common + i18n; the data comes separately, see bindings/js) ----------------------
_baiviet_build_wasm_dep(icu _bv_icu)
_baiviet_imported(baiviet_wasm_icuuc "${_bv_icu}/lib/libicuuc.a")
_baiviet_imported(baiviet_wasm_icui18n "${_bv_icu}/lib/libicui18n.a")
# Stub data library: an empty package. The real (slim) data is handed to ICU at run time
# with udata_setCommonData (bindings/js/src/icu_data.cpp).
_baiviet_imported(baiviet_wasm_icudata "${_bv_icu}/lib/libicudata.a")
add_library(baiviet_icu INTERFACE)
target_include_directories(baiviet_icu SYSTEM INTERFACE "${_bv_icu}/include")
target_link_libraries(baiviet_icu INTERFACE baiviet_wasm_icui18n baiviet_wasm_icuuc baiviet_wasm_icudata)
target_compile_definitions(baiviet_icu INTERFACE U_CHARSET_IS_UTF8=1 U_STATIC_IMPLEMENTATION=1)
add_library(baiviet::icu ALIAS baiviet_icu)
file(GLOB _bv_icu_dat "${_bv_icu}/data/icudt*l.dat")
set(BAIVIET_ICU_FULL_DATA "${_bv_icu_dat}" CACHE INTERNAL "ICU's full data package (input of the slim cut)")

# --- libyaml ------------------------------------------------------------------------------
_baiviet_build_wasm_dep(libyaml _bv_yaml)
_baiviet_imported(baiviet_wasm_yaml "${_bv_yaml}/lib/libyaml.a")
add_library(baiviet_yaml INTERFACE)
target_include_directories(baiviet_yaml SYSTEM INTERFACE "${_bv_yaml}/include")
target_link_libraries(baiviet_yaml INTERFACE baiviet_wasm_yaml)
target_compile_definitions(baiviet_yaml INTERFACE YAML_DECLARE_STATIC)
add_library(baiviet::yaml ALIAS baiviet_yaml)

# --- nlohmann/json (header only, Debian's copy) --------------------------------------------
# Never add /usr/include itself to a WASM compile (glibc headers would shadow emscripten's
# libc): expose only /usr/include/nlohmann through a private directory with a symlink.
find_path(BAIVIET_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include /usr/local/include
          NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
if(NOT BAIVIET_NLOHMANN_DIR)
  message(FATAL_ERROR "baiviet: nlohmann/json.hpp not found (apt-get install nlohmann-json3-dev)")
endif()
set(_bv_json_inc "${CMAKE_BINARY_DIR}/baiviet-wasm-include")
file(MAKE_DIRECTORY "${_bv_json_inc}")
if(NOT EXISTS "${_bv_json_inc}/nlohmann")
  file(CREATE_LINK "${BAIVIET_NLOHMANN_DIR}/nlohmann" "${_bv_json_inc}/nlohmann" SYMBOLIC)
endif()
add_library(baiviet_json INTERFACE)
target_include_directories(baiviet_json SYSTEM INTERFACE "${_bv_json_inc}")
target_compile_definitions(baiviet_json INTERFACE JSON_NOEXCEPTION=1)
add_library(baiviet::json ALIAS baiviet_json)

# --- toml++ (header only, Debian's copy; same configuration as natively) -------------------
find_path(BAIVIET_TOMLPP_DIR toml++/toml.h PATHS /usr/include /usr/local/include
          NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
if(NOT BAIVIET_TOMLPP_DIR)
  message(FATAL_ERROR "baiviet: toml++/toml.h not found (apt-get install libtomlplusplus-dev)")
endif()
if(NOT EXISTS "${_bv_json_inc}/toml++")
  file(CREATE_LINK "${BAIVIET_TOMLPP_DIR}/toml++" "${_bv_json_inc}/toml++" SYMBOLIC)
endif()
add_library(baiviet_toml INTERFACE)
target_include_directories(baiviet_toml SYSTEM INTERFACE "${_bv_json_inc}")
target_compile_definitions(baiviet_toml INTERFACE TOML_HEADER_ONLY=1 TOML_EXCEPTIONS=0 TOML_ENABLE_FORMATTERS=0)
add_library(baiviet::toml ALIAS baiviet_toml)

# Exceptions: emscripten's default (-sDISABLE_EXCEPTION_CATCHING=1) already compiles no
# unwinding code, and the library throws nothing; -fno-exceptions/-fno-rtti are not forced on
# the library sources so that a stray try or dynamic_cast (ICU idioms) cannot break this build.
