# Run reports: runtime/json.c, metrics.c, report_log.c and report_html.c (metrics.jsonl, the classification
# report, report.html). Built from those sources alone, so these tests do not wait on the
# rest of libbertrt. tests/fixtures/metrics comes from tests/oracle/metrics_report.py.
set(REPORT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/report)
set(REPORT_SOURCES ${PROJECT_SOURCE_DIR}/runtime/json.c ${PROJECT_SOURCE_DIR}/runtime/metrics.c
                   ${PROJECT_SOURCE_DIR}/runtime/report_log.c
                   ${PROJECT_SOURCE_DIR}/runtime/report_html.c ${PROJECT_SOURCE_DIR}/runtime/report_chart.c
                   ${PROJECT_SOURCE_DIR}/runtime/report_ner.c ${PROJECT_SOURCE_DIR}/runtime/report_qa.c
                   ${PROJECT_SOURCE_DIR}/runtime/report_mlm.c
                   ${PROJECT_SOURCE_DIR}/runtime/rt_util.c)
foreach(name json metrics report)
  add_executable(report_${name}_test ${REPORT_DIR}/${name}_test.c ${REPORT_SOURCES})
  target_include_directories(report_${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/runtime)
  target_link_libraries(report_${name}_test PRIVATE m)
endforeach()

add_test(NAME json_round_trips_and_reports_errors_at_line_col COMMAND report_json_test)
add_test(NAME classification_report_matches_sklearn_byte_for_byte
         COMMAND report_metrics_test ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/metrics)
add_test(NAME report_html_is_self_contained_and_well_formed
         COMMAND report_report_test ${CMAKE_CURRENT_BINARY_DIR}/report_html)
# Renders report.html, compare.html and ner.html (token classification) with headless Chromium;
# skipped (77) without it.
add_test(NAME report_html_renders_in_chromium
         COMMAND bash ${REPORT_DIR}/render.sh $<TARGET_FILE:report_report_test>
                 ${CMAKE_CURRENT_BINARY_DIR}/report_render)
set_tests_properties(report_html_renders_in_chromium PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 180)
