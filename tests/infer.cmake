# Inference over HF checkpoint folders: runtime/hf_checkpoint.c and runtime/infer.c (eval,
# predict, embed, convert, report) on tiny_cls, against tests/fixtures/hf_tiny* and the HF
# values in hf_tiny/expected_logits.json (tests/oracle/hf_checkpoint.py).
add_executable(infer_check ${CMAKE_CURRENT_SOURCE_DIR}/infer/infer_check.c)
target_link_libraries(infer_check PRIVATE bertrt)

set(INFER_ARGS $<TARGET_FILE:bertc> $<TARGET_FILE:infer_check> ${CMAKE_SOURCE_DIR})
add_test(NAME hf_checkpoint_logits_match_transformers
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/hf_logits.sh ${INFER_ARGS})
add_test(NAME hf_checkpoint_save_load_round_trip_is_identical
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/hf_round_trip.sh ${INFER_ARGS})
add_test(NAME hf_checkpoint_bad_inputs_are_clear_errors
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/hf_bad_inputs.sh ${INFER_ARGS})
add_test(NAME eval_predict_embed_report_outputs
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/commands.sh ${INFER_ARGS})
# Token classification: tests/fixtures/hf_tiny_ner (tests/oracle/hf_token_classification.py)
# through check-step, convert, eval, predict and train --init of a compiled tiny_ner.
add_test(NAME hf_token_classification_checkpoint_matches_transformers
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/ner_hf.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR})
set_tests_properties(hf_checkpoint_logits_match_transformers
                     hf_checkpoint_save_load_round_trip_is_identical
                     hf_checkpoint_bad_inputs_are_clear_errors eval_predict_embed_report_outputs
                     hf_token_classification_checkpoint_matches_transformers PROPERTIES TIMEOUT 120)
# fill-mask on a masked-LM checkpoint: tests/fixtures/fill_mask (tests/oracle/fill_mask.py),
# transformers' fill-mask pipeline's top-5 ids, scores and sequences, and bad inputs.
add_executable(fill_mask_check ${CMAKE_CURRENT_SOURCE_DIR}/infer/fill_mask_check.c)
target_link_libraries(fill_mask_check PRIVATE bertrt)
add_test(NAME fill_mask_matches_transformers_pipeline
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/fill_mask.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:fill_mask_check> ${CMAKE_SOURCE_DIR})
set_tests_properties(fill_mask_matches_transformers_pipeline PROPERTIES TIMEOUT 120)

# Question answering from a plain BertModel folder (tests/fixtures/hf_tiny_base): convert and
# train --init of a compiled tiny_qa list the new qa_outputs.
add_test(NAME qa_init_from_bert_model_lists_new_qa_outputs
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/qa_init.sh $<TARGET_FILE:bertc>
                 ${CMAKE_SOURCE_DIR})
set_tests_properties(qa_init_from_bert_model_lists_new_qa_outputs PROPERTIES TIMEOUT 60)
# A masked-LM program from a plain BertModel folder (tests/fixtures/hf_tiny_base): convert and
# train --init of a compiled tiny_mlm list the new cls.predictions head; fill-mask reads the run.
add_test(NAME mlm_init_from_bert_model_lists_the_new_prediction_head
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/infer/mlm_init.sh $<TARGET_FILE:bertc>
                 ${CMAKE_SOURCE_DIR})
set_tests_properties(mlm_init_from_bert_model_lists_the_new_prediction_head PROPERTIES TIMEOUT 60)
