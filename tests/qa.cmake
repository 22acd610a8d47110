# Extractive question answering: runtime/qa_data.c (SQuAD / KorQuAD loader, holdout by article),
# qa_features.c (HF run_qa's windows and labels), qa_decode.c (n-best spans back to the context)
# and qa_metrics.c (SQuAD v1.1's and KorQuAD 1.0's EM / F1). The tests link libbertrt.
# tests/fixtures/qa/metrics_golden.json comes from tests/oracle/qa_metrics.py, features*.json
# (and the positions spelled out in qa_features_test.c) from tests/oracle/qa_features.py (HF
# BertTokenizerFast), decode_golden.json from tests/oracle/qa_decode.py (run_qa's
# postprocess_qa_predictions).
set(QA_DIR ${CMAKE_CURRENT_SOURCE_DIR}/qa)
foreach(name qa_data qa_metrics qa_features qa_decode)
  add_executable(${name}_test ${QA_DIR}/${name}_test.c)
  target_include_directories(${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/runtime)
  target_link_libraries(${name}_test PRIVATE bertrt)
endforeach()
add_test(NAME qa_loader_reads_squad_and_korquad_in_code_points_and_reports_bad_questions
         COMMAND qa_data_test ${CMAKE_SOURCE_DIR}/tests/fixtures/qa)
add_test(NAME qa_exact_match_and_f1_match_the_official_squad_and_korquad_scripts
         COMMAND qa_metrics_test ${CMAKE_SOURCE_DIR}/tests/fixtures/qa)
add_test(NAME qa_windows_and_labels_match_hf_run_qa_over_wordpiece
         COMMAND qa_features_test ${CMAKE_SOURCE_DIR}/tests/fixtures/qa
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/text)
add_test(NAME qa_decoding_picks_run_qa_spans_and_slices_the_original_context
         COMMAND qa_decode_test ${CMAKE_SOURCE_DIR}/tests/fixtures/qa
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/text)
