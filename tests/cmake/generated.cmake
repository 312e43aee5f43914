# Tables generated from Python's html.entities.html5 (the WHATWG named character
# references) are committed; this test fails when a generator would write
# something else (the generator or Python's table changed without regenerating).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME generated_entity_tables
    COMMAND sh -c "\"$0\" \"$1\" --check && \"$0\" \"$2\" --check"
            ${Python3_EXECUTABLE}
            ${PROJECT_SOURCE_DIR}/src/core/gen_html_entities.py
            ${PROJECT_SOURCE_DIR}/tests/fixtures/entities/gen_entities.py)
endif()
