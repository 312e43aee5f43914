# The layers of src/ are enforced by the build (cmake/BaivietLayers.cmake): every layer's
# `baiviet_<layer>_link` check is built with ALL, and `layers_enforced` shows the enforcement
# bites, with probes compiled and linked exactly as if they were in src/markdown
# (tests/layers/*.cpp, tests/layers/check.cmake): an allowed include and call build; an include
# of render/ fails to compile; a call into render fails to link.
if(BAIVIET_LAYER_LINK_CHECK)
  foreach(_bv_probe allowed upward_include upward_call)
    baiviet_layer_probe(baiviet_layers_probe_${_bv_probe} LAYER markdown
      SOURCES ${PROJECT_SOURCE_DIR}/tests/layers/${_bv_probe}.cpp)
  endforeach()
  add_test(NAME layers_enforced
    COMMAND ${CMAKE_COMMAND} -D BUILD_DIR=${PROJECT_BINARY_DIR} -P ${PROJECT_SOURCE_DIR}/tests/layers/check.cmake)
  # It runs the build tool in this tree: never beside another test doing so.
  set_tests_properties(layers_enforced PROPERTIES RUN_SERIAL TRUE LABELS "layers")
endif()
