# Spec parser (compiler/spec.c): shipped specs, a table of bad specs with their exact
# error positions, and spec_key_loc. Built from spec.c + util.c directly so it does not
# wait on the rest of bertc_core.
add_executable(spec_test ${CMAKE_CURRENT_SOURCE_DIR}/spec/spec_test.c
                         ${CMAKE_SOURCE_DIR}/compiler/spec.c ${CMAKE_SOURCE_DIR}/compiler/spec_diag.c ${CMAKE_SOURCE_DIR}/compiler/spec_limits.c
                         ${CMAKE_SOURCE_DIR}/compiler/heads.c ${CMAKE_SOURCE_DIR}/compiler/util.c)
target_include_directories(spec_test PRIVATE ${CMAKE_SOURCE_DIR}/compiler)
target_link_libraries(spec_test PRIVATE PkgConfig::YAML m)

add_test(NAME spec_shipped_specs_parse_with_expected_values
         COMMAND spec_test shipped ${CMAKE_SOURCE_DIR})
add_test(NAME spec_bad_specs_report_exact_location COMMAND spec_test bad)
add_test(NAME spec_key_loc_points_at_written_values COMMAND spec_test key_loc)
# Specs past each bound (sizes, layers, labels, nesting, file size) fail within a second with
# their exact first error line, in spec_parse and in `bertc check`; specs at a bound pass.
add_test(NAME spec_limits_reject_oversized_specs_fast_with_exact_errors
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/spec/limits.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:spec_test>)
