# `layers_enforced` (tests/cmake/layers.cmake): builds the probes of tests/layers/, placed in the
# markdown layer by baiviet_layer_probe (cmake/BaivietLayers.cmake), and checks that
#   allowed         (includes and calls model)       builds,
#   upward_include  (includes render/dates.hpp)      fails to compile, for that include,
#   upward_call     (calls render's weekday_name)    compiles and fails to link, for that symbol.
# -D BUILD_DIR=<the build tree>
function(probe target expect pattern)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(log "${out}${err}")
  if(expect STREQUAL "ok")
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${target}: an allowed include and call failed to build:\n${log}")
    endif()
  else()
    if(rc EQUAL 0)
      message(FATAL_ERROR "${target}: built, but the layer enforcement should have stopped it:\n${log}")
    endif()
    if(NOT log MATCHES "${pattern}")
      message(FATAL_ERROR "${target}: failed, but not with /${pattern}/:\n${log}")
    endif()
  endif()
  message(STATUS "${target}: ${expect} as expected")
endfunction()

probe(baiviet_layers_probe_allowed ok "")
probe(baiviet_layers_probe_upward_include fail "render/dates\\.hpp: No such file or directory")
# The object compiles (only the link is refused).
probe(baiviet_layers_probe_upward_call_objects ok "")
probe(baiviet_layers_probe_upward_call fail "undefined (reference to|symbol:) .?baiviet::detail::weekday_name")
