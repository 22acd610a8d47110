# Token classification (NER): runtime/ner_tags.c, ner_data.c (KLUE-NER and CoNLL loaders) and
# ner_metrics.c (seqeval's entity scores, KLUE's character F1), built from those sources alone.
# tests/fixtures/ner_metrics comes from tests/oracle/ner_metrics.py (seqeval, scikit-learn).
set(NER_DIR ${CMAKE_CURRENT_SOURCE_DIR}/ner)
set(NER_SOURCES ${PROJECT_SOURCE_DIR}/runtime/ner_tags.c ${PROJECT_SOURCE_DIR}/runtime/ner_data.c
                ${PROJECT_SOURCE_DIR}/runtime/ner_metrics.c ${PROJECT_SOURCE_DIR}/runtime/metrics.c
                ${PROJECT_SOURCE_DIR}/runtime/json.c ${PROJECT_SOURCE_DIR}/runtime/rt_util.c
                ${PROJECT_SOURCE_DIR}/runtime/tok_unicode.c)
foreach(name ner_data ner_metrics)
  add_executable(${name}_test ${NER_DIR}/${name}_test.c ${NER_SOURCES})
  target_include_directories(${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/runtime
                                                  ${PROJECT_SOURCE_DIR}/tests/runtime)
  target_link_libraries(${name}_test PRIVATE PkgConfig::UTF8PROC Threads::Threads m)
endforeach()
add_test(NAME ner_loaders_read_klue_and_conll_and_report_bad_lines
         COMMAND ner_data_test ${CMAKE_SOURCE_DIR}/tests/fixtures/ner)
add_test(NAME ner_entity_scores_match_seqeval_and_char_f1_matches_klue
         COMMAND ner_metrics_test ${CMAKE_SOURCE_DIR}/tests/fixtures/ner_metrics)
# ner_align.c needs the tokenizer: its test links libbertrt.
add_executable(ner_align_test ${NER_DIR}/ner_align_test.c)
target_include_directories(ner_align_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/runtime)
target_link_libraries(ner_align_test PRIVATE bertrt)
add_test(NAME ner_tokens_align_to_characters_and_words_and_windows_merge
         COMMAND ner_align_test ${CMAKE_SOURCE_DIR}/tests/fixtures/hf_tiny/vocab.txt)
