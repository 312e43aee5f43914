# Every HTML output (sample article, fixtures, corpus) parses with zero HTML5
# parse errors in parse5; raw <script> in Markdown never reaches the HTML.
find_program(BAIVIET_NODE node)
if(BAIVIET_NODE AND TARGET baiviet_cli)
  add_test(NAME html5_valid COMMAND bash ${PROJECT_SOURCE_DIR}/tests/html5/run.sh)
  set_tests_properties(html5_valid PROPERTIES ENVIRONMENT "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>" TIMEOUT 600)
endif()
