# The training data of the import models (src/import/model_data.inc):
# baiviet_import_dump writes the features the importer computes, for
# tests/import/train_model.py. Built with the tests; not a test itself.
add_executable(baiviet_import_dump ${CMAKE_CURRENT_SOURCE_DIR}/import/dump_features.cpp)
target_link_libraries(baiviet_import_dump PRIVATE baiviet::baiviet baiviet::json)
target_include_directories(baiviet_import_dump PRIVATE ${PROJECT_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR}/cpp)
target_compile_definitions(baiviet_import_dump PRIVATE
  BAIVIET_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  BAIVIET_SHARED_DIR="${BAIVIET_SHARED_DIR}"
  BAIVIET_BINARY_DIR="${PROJECT_BINARY_DIR}")
