# CommonMark/GFM spec examples from Debian's cmark-gfm source package, run
# through baiviet's pipeline (Markdown -> model -> HTML in cmark-compatible mode).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND AND TARGET baiviet_cli)
  foreach(spec IN ITEMS spec extensions)
    if(spec STREQUAL "extensions")
      set(exts "table strikethrough autolink tagfilter footnotes tasklist")
    else()
      set(exts "")
    endif()
    add_test(NAME cmark_${spec}
      COMMAND sh -c "dir=$(\"$0\") && exec \"$1\" \"$2\" --cli \"$3\" --tests-dir \"$dir\" --spec \"$4\" --extensions \"$5\""
              ${PROJECT_SOURCE_DIR}/tests/spec/fetch-cmark-tests.sh ${Python3_EXECUTABLE}
              ${PROJECT_SOURCE_DIR}/tests/spec/run_spec.py $<TARGET_FILE:baiviet_cli> ${spec}.txt "${exts}")
  endforeach()
endif()
