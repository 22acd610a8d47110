# Masked-LM / next-sentence pretraining data: runtime/mlm_data.c (text files into examples:
# one document per line, packed, NSP pairs; holdout by document) and mlm_mask.c (HF's
# DataCollatorForLanguageModeling / WholeWordMask masking over Philox counters). The tests link
# libbertrt; tests/fixtures/mlm holds small hand-written text files.
set(MLM_DIR ${CMAKE_CURRENT_SOURCE_DIR}/mlm)
foreach(name mlm_mask mlm_data)
  add_executable(${name}_test ${MLM_DIR}/${name}_test.c)
  target_include_directories(${name}_test PRIVATE ${PROJECT_SOURCE_DIR}/tests/runtime)
  target_link_libraries(${name}_test PRIVATE bertrt)
endforeach()
add_test(NAME mlm_masking_matches_hf_collator_rates_whole_words_and_redraws_per_epoch
         COMMAND mlm_mask_test)
add_test(NAME mlm_loader_builds_lines_packed_and_nsp_examples_and_reports_bad_text
         COMMAND mlm_data_test ${CMAKE_SOURCE_DIR}/tests/fixtures/mlm
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/text)
