# Finds (native) or builds (WASM) the third-party libraries and exposes them as
#   baiviet::cmark_gfm  cmark-gfm core + extensions
#   baiviet::icu        ICU common + i18n (and data)
#   baiviet::yaml       libyaml (front matter)
#   baiviet::json       nlohmann/json (header only)
#   baiviet::toml       toml++ (header only; TOML front matter)
# Native builds use Debian's packages; the WASM build compiles the same Debian
# sources with emcc (see BaivietWasmDeps.cmake).

if(EMSCRIPTEN)
  include(BaivietWasmDeps)
  return()
endif()

# --- cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev) ----------
find_path(CMARK_GFM_INCLUDE_DIR cmark-gfm.h REQUIRED)
find_library(CMARK_GFM_LIBRARY NAMES libcmark-gfm.a cmark-gfm REQUIRED)
find_library(CMARK_GFM_EXT_LIBRARY NAMES libcmark-gfm-extensions.a cmark-gfm-extensions REQUIRED)
add_library(baiviet_cmark_gfm INTERFACE)
target_include_directories(baiviet_cmark_gfm INTERFACE ${CMARK_GFM_INCLUDE_DIR})
target_link_libraries(baiviet_cmark_gfm INTERFACE ${CMARK_GFM_EXT_LIBRARY} ${CMARK_GFM_LIBRARY})
if(CMARK_GFM_LIBRARY MATCHES "\\.a$")
  target_compile_definitions(baiviet_cmark_gfm INTERFACE CMARK_GFM_STATIC_DEFINE CMARK_GFM_EXTENSIONS_STATIC_DEFINE)
endif()
add_library(baiviet::cmark_gfm ALIAS baiviet_cmark_gfm)

# --- ICU (Debian: libicu-dev 72) -------------------------------------------------
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
add_library(baiviet_icu INTERFACE)
target_link_libraries(baiviet_icu INTERFACE ICU::i18n ICU::uc ICU::data)
add_library(baiviet::icu ALIAS baiviet_icu)

# --- libyaml (Debian: libyaml-dev) --------------------------------------------------
find_path(YAML_INCLUDE_DIR yaml.h REQUIRED)
find_library(YAML_LIBRARY NAMES libyaml.a yaml REQUIRED)
add_library(baiviet_yaml INTERFACE)
target_include_directories(baiviet_yaml INTERFACE ${YAML_INCLUDE_DIR})
target_link_libraries(baiviet_yaml INTERFACE ${YAML_LIBRARY})
if(YAML_LIBRARY MATCHES "\\.a$")
  target_compile_definitions(baiviet_yaml INTERFACE YAML_DECLARE_STATIC)
endif()
add_library(baiviet::yaml ALIAS baiviet_yaml)

# --- nlohmann/json (Debian: nlohmann-json3-dev) --------------------------------------
find_package(nlohmann_json 3 REQUIRED)
add_library(baiviet_json INTERFACE)
target_link_libraries(baiviet_json INTERFACE nlohmann_json::nlohmann_json)
target_compile_definitions(baiviet_json INTERFACE JSON_NOEXCEPTION=1)
add_library(baiviet::json ALIAS baiviet_json)

# --- toml++ (Debian: libtomlplusplus-dev 3.3) -----------------------------------------
# Used header-only (Debian also ships it as a shared library; the WASM build cannot use
# that, and one configuration for both keeps their output identical). No exceptions: the
# WASM build has no exception catching, so toml::parse returns its error with the line.
find_path(TOMLPP_INCLUDE_DIR toml++/toml.h REQUIRED)
add_library(baiviet_toml INTERFACE)
target_include_directories(baiviet_toml INTERFACE ${TOMLPP_INCLUDE_DIR})
target_compile_definitions(baiviet_toml INTERFACE TOML_HEADER_ONLY=1 TOML_EXCEPTIONS=0 TOML_ENABLE_FORMATTERS=0)
add_library(baiviet::toml ALIAS baiviet_toml)
