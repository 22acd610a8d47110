# Every C source follows the repository's .clang-format (skipped without clang-format).
add_test(NAME sources_follow_clang_format
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/style/clang_format.sh ${CMAKE_SOURCE_DIR})
set_tests_properties(sources_follow_clang_format PROPERTIES SKIP_RETURN_CODE 77)
