# Batch rendering (`baiviet render --jsonl`): 10,000 generated articles through
# the CLI with 4 threads, compared line by line with one-by-one rendering
# (hidden Catch2 test [.batch] in tests/cpp/test_threads_batch.cpp).
if(TARGET baiviet_cli)
  add_test(NAME batch_10k COMMAND baiviet_tests "[batch]")
  set_tests_properties(batch_10k PROPERTIES
    ENVIRONMENT "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>"
    TIMEOUT 1200 LABELS "batch;slow")
endif()
# Thread safety: the [threads] test runs inside cpp_unit; .ci/tsan.sh builds a
# ThreadSanitizer tree and runs it there.
