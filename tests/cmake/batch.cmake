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

# The batch CLI as an engine drives it (tests/python/test_batch_cli.py, pytest
# from Debian's python3-pytest, run by Debian's /usr/bin/python3): exit status,
# JSON objects, several outputs, thread default, line limit, gzip, bad input.
if(TARGET baiviet_cli)
  add_test(NAME batch_cli
    COMMAND /usr/bin/python3 -m pytest -q -p no:cacheprovider --rootdir=${PROJECT_SOURCE_DIR}/tests/python
            ${PROJECT_SOURCE_DIR}/tests/python/test_batch_cli.py
    WORKING_DIRECTORY ${PROJECT_BINARY_DIR})
  set_tests_properties(batch_cli PROPERTIES
    ENVIRONMENT "BAIVIET_CLI=$<TARGET_FILE:baiviet_cli>;BAIVIET_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1"
    TIMEOUT 300 LABELS "batch;python")
endif()
