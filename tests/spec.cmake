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
