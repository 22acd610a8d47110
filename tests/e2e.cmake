# End-to-end: the bertc CLI, generated/ determinism, and generated programs against the
# PyTorch fixtures (tests/fixtures/check_step, made by tests/oracle/check_step.py).
set(E2E ${CMAKE_CURRENT_SOURCE_DIR}/e2e)

add_test(NAME cli_help_version_and_usage_errors
         COMMAND bash ${E2E}/cli.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR})
add_test(NAME generated_outputs_are_byte_identical
         COMMAND bash ${E2E}/generated_identical.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR})
# st_compare and st_fixture are test tools defined in tests/runtime.cmake.
add_test(NAME check_step_matches_pytorch_tiny_cls
         COMMAND bash ${E2E}/check_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR})
# The token-classification head against BertForTokenClassification: tiny_ner (full model,
# -100 tokens, padded rows) and ner_small (the NER spec itself, classifier trained); the
# question-answering head against BertForQuestionAnswering: tiny_qa (full model, padded rows,
# positions beyond S, feature extraction) and qa_small (the QA spec itself at its first bucket);
# the masked-LM heads against BertForMaskedLM (tiny_mlm: the tied decoder's gradient, a batch
# at the masked-row bound, a row with no masked token, feature extraction) and
# BertForPreTraining (tiny_pretraining: masked LM + next-sentence prediction).
foreach(fixture check_step_ner check_step_ner_small check_step_tiny_qa check_step_qa_small
        check_step_tiny_mlm check_step_tiny_pretraining)
  string(REPLACE "check_step_" "" spec_case ${fixture})
  add_test(NAME check_step_matches_pytorch_${spec_case}
           COMMAND bash ${E2E}/check_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests/fixtures/${fixture})
endforeach()
add_test(NAME masked_lm_batches_over_the_masked_row_bound_are_refused
         COMMAND bash ${E2E}/masked_rows_bound.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_fixture>
                 ${CMAKE_SOURCE_DIR})
add_test(NAME feature_extraction_emits_no_encoder_gradients
         COMMAND bash ${E2E}/feature_extraction_plan.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR})
add_test(NAME mbert_cls_compiles_links_and_steps
         COMMAND bash ${E2E}/mbert_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_fixture>
                 $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR})
set_tests_properties(mbert_cls_compiles_links_and_steps PROPERTIES TIMEOUT 900)
# The compiler restructured without changing a bit of what programs compute: every spec's
# check-step outputs (cpu, and cuda under the emulator) against those of the baseline
# commit's compiler (tests/e2e/numerics_baseline.txt), built from this checkout's history.
set(NUMERICS_EMU "")
if(TARGET emucuda)
  set(NUMERICS_EMU $<TARGET_FILE:emucuda> $<TARGET_FILE:emucublaslt>)
endif()
add_test(NAME check_step_outputs_bit_identical_to_the_baseline_compiler
         COMMAND bash ${E2E}/numerics_unchanged.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_fixture>
                 ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/numerics_work ${NUMERICS_EMU})
set_tests_properties(check_step_outputs_bit_identical_to_the_baseline_compiler
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
