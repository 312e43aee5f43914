# CLI checks for `baiviet excerpt` and `baiviet text` (issue 5).
if(TARGET baiviet_cli)
  add_test(NAME cli_excerpt_sample COMMAND baiviet_cli excerpt
           ${PROJECT_SOURCE_DIR}/tests/fixtures/samples/son-la-ky-3.txt --from text --limit 160 --reading-time)
  set_tests_properties(cli_excerpt_sample PROPERTIES PASS_REGULAR_EXPRESSION "đều tốt”, đảng…\n6 phút đọc")
  add_test(NAME cli_text_slug COMMAND baiviet_cli text slug --text "Nghị quyết 02-NQ/TU")
  set_tests_properties(cli_text_slug PROPERTIES PASS_REGULAR_EXPRESSION "^nghi-quyet-02-nq-tu\n$")
  add_test(NAME cli_text_comment_invalid COMMAND baiviet_cli text comment --text "Yến!")
  set_tests_properties(cli_text_comment_invalid PROPERTIES WILL_FAIL TRUE)
  add_test(NAME cli_text_bad_usage COMMAND baiviet_cli text nope)
  set_tests_properties(cli_text_bad_usage PROPERTIES WILL_FAIL TRUE)
  # render: bad front matter is exit 1 with the line; bad usage exit 2
  add_test(NAME cli_render_bad_front_matter COMMAND sh -c "printf -- '---\\ntags: [a\\n---\\nx\\n' | \"$0\" render --from markdown; test $? -eq 1" $<TARGET_FILE:baiviet_cli>)
  add_test(NAME cli_render_bad_usage COMMAND sh -c "\"$0\" render --to pdf </dev/null; test $? -eq 2" $<TARGET_FILE:baiviet_cli>)
endif()
