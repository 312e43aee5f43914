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

# The committed weights are reproducible from today's features (dump + train,
# byte for byte); skipped without ../shared/corpus or numpy.
add_test(NAME import_model_reproducible
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/import/check_model.sh $<TARGET_FILE:baiviet_import_dump>)
set_tests_properties(import_model_reproducible PROPERTIES SKIP_RETURN_CODE 77 LABELS "import" TIMEOUT 900)
