# `PROG train` end to end (tests/train/train.sh) on a synthetic NSMC-format fixture and a
# very small spec (tests/fixtures/train/), compiled once by the setup test.
set(TRAIN_SH ${CMAKE_CURRENT_SOURCE_DIR}/train/train.sh)
set(TRAIN_WORK ${CMAKE_CURRENT_BINARY_DIR}/train_work)
add_test(NAME train_fixture_program_compiles
         COMMAND bash ${TRAIN_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${TRAIN_WORK})
set_tests_properties(train_fixture_program_compiles PROPERTIES FIXTURES_SETUP train_program)
foreach(case two_epochs_write_checkpoints_metrics_and_report
             resume_at_epoch_boundary_is_bit_identical
             sigint_saves_exits_130_and_resumes_bit_identical
             patience_stops_early
             bad_inputs_are_clear_errors_and_keep_checkpoints
             feature_extraction_and_gradual_unfreezing_train
             diverged_runs_stop_and_nonfinite_checkpoints_are_refused
             unfinished_writes_leave_the_run_restartable
             sigkill_resumes_from_the_last_state_and_logs_each_step_once
             resume_works_from_any_directory_and_reports_changed_data)
  add_test(NAME train_${case}
           COMMAND bash ${TRAIN_SH} ${case} $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR}
                   ${TRAIN_WORK})
  set_tests_properties(train_${case} PROPERTIES FIXTURES_REQUIRED train_program TIMEOUT 120)
endforeach()

# The same cases on the program compiled for --target cuda, run by the CUDA emulator
# (tests/cuda_emu.cmake): the training loop, checkpoints, resume and strategies through the
# device path (uploads, downloads, the optimizer on device arenas). Skipped (77) where the
# emulator cannot be built.
if(TARGET emucuda)
  set(TRAIN_CUDA_WORK ${CMAKE_CURRENT_BINARY_DIR}/train_cuda_work)
  add_test(NAME train_cuda_emulated_program_compiles
           COMMAND bash ${TRAIN_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR}
                   ${TRAIN_CUDA_WORK})
  set_tests_properties(train_cuda_emulated_program_compiles PROPERTIES
                       FIXTURES_SETUP train_cuda_program ENVIRONMENT TRAIN_TARGET=cuda
                       SKIP_RETURN_CODE 77 TIMEOUT 300)
  # (the SIGINT case runs a long training: minutes under the emulator; the cpu run covers it)
  foreach(case two_epochs_write_checkpoints_metrics_and_report
               resume_at_epoch_boundary_is_bit_identical
               feature_extraction_and_gradual_unfreezing_train)
    add_test(NAME train_cuda_emulated_${case}
             COMMAND bash ${TRAIN_SH} ${case} $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR}
                     ${TRAIN_CUDA_WORK})
    set_tests_properties(train_cuda_emulated_${case} PROPERTIES
                         FIXTURES_REQUIRED train_cuda_program SKIP_RETURN_CODE 77 TIMEOUT 600
                         ENVIRONMENT "BERTC_LIBCUDA=$<TARGET_FILE:emucuda>;BERTC_LIBCUBLASLT=$<TARGET_FILE:emucublaslt>;BERTC_EMU_KERNELS=${TRAIN_CUDA_WORK}/kernels.so")
  endforeach()
endif()

# The token-classification task (tests/train/ner.sh) on the synthetic KLUE-NER and CoNLL
# fixtures of tests/fixtures/ner_train: train, eval, predict and the report; CoNLL words;
# resume; --holdout; bad input. The cuda program runs one representative case and resume.
set(NER_SH ${CMAKE_CURRENT_SOURCE_DIR}/train/ner.sh)
set(NER_WORK ${CMAKE_CURRENT_BINARY_DIR}/ner_work)
add_test(NAME ner_fixture_program_compiles
         COMMAND bash ${NER_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${NER_WORK})
set_tests_properties(ner_fixture_program_compiles PROPERTIES FIXTURES_SETUP ner_program)
foreach(case train_eval_predict_and_report conll_words_train_and_predict resume_is_bit_identical
             holdout_splits_sentences_and_resumes init_from_a_base_model_names_the_new_classifier
             vocab_build_reads_the_sentences_not_the_tags bad_inputs_are_clear_errors)
  add_test(NAME ner_${case}
           COMMAND bash ${NER_SH} ${case} $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR} ${NER_WORK})
  set_tests_properties(ner_${case} PROPERTIES FIXTURES_REQUIRED ner_program TIMEOUT 120)
endforeach()
if(TARGET emucuda)
  set(NER_CUDA_WORK ${CMAKE_CURRENT_BINARY_DIR}/ner_cuda_work)
  add_test(NAME ner_cuda_emulated_program_compiles
           COMMAND bash ${NER_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${NER_CUDA_WORK})
  set_tests_properties(ner_cuda_emulated_program_compiles PROPERTIES
                       FIXTURES_SETUP ner_cuda_program ENVIRONMENT TRAIN_TARGET=cuda
                       SKIP_RETURN_CODE 77 TIMEOUT 300)
  foreach(case train_eval_predict_and_report resume_is_bit_identical)
    add_test(NAME ner_cuda_emulated_${case}
             COMMAND bash ${NER_SH} ${case} $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR}
                     ${NER_CUDA_WORK})
    set_tests_properties(ner_cuda_emulated_${case} PROPERTIES
                         FIXTURES_REQUIRED ner_cuda_program SKIP_RETURN_CODE 77 TIMEOUT 600
                         ENVIRONMENT "BERTC_LIBCUDA=$<TARGET_FILE:emucuda>;BERTC_LIBCUBLASLT=$<TARGET_FILE:emucublaslt>;BERTC_EMU_KERNELS=${NER_CUDA_WORK}/kernels.so")
  endforeach()
endif()

# The question-answering task (tests/train/qa.sh) on the synthetic SQuAD-format fixtures of
# tests/fixtures/qa_train: train (EM/F1 per epoch), eval and its metric chosen from the data,
# predict on one question and on a data file, resume, --holdout by article, bad input.
set(QA_SH ${CMAKE_CURRENT_SOURCE_DIR}/train/qa.sh)
set(QA_WORK ${CMAKE_CURRENT_BINARY_DIR}/qa_work)
add_test(NAME qa_fixture_program_compiles
         COMMAND bash ${QA_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${QA_WORK})
set_tests_properties(qa_fixture_program_compiles PROPERTIES FIXTURES_SETUP qa_program)
foreach(case train_eval_and_predict resume_is_bit_identical holdout_splits_articles
             bad_inputs_are_clear_errors)
  add_test(NAME qa_${case}
           COMMAND bash ${QA_SH} ${case} $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${QA_WORK})
  set_tests_properties(qa_${case} PROPERTIES FIXTURES_REQUIRED qa_program TIMEOUT 120)
endforeach()

# The pretraining tasks (tests/train/mlm.sh) on the synthetic text of tests/fixtures/mlm_train:
# masked LM and masked LM + next sentence trained and evaluated, masks redrawn per epoch with
# resume bit-identical (packed, whole-word), a classifier fine-tuned from the pretrained
# encoder, bad input.
set(MLM_SH ${CMAKE_CURRENT_SOURCE_DIR}/train/mlm.sh)
set(MLM_WORK ${CMAKE_CURRENT_BINARY_DIR}/mlm_work)
add_test(NAME mlm_fixture_programs_compile
         COMMAND bash ${MLM_SH} setup $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${MLM_WORK})
set_tests_properties(mlm_fixture_programs_compile PROPERTIES FIXTURES_SETUP mlm_programs)
foreach(case masked_lm_trains_evaluates_and_loads_as_an_encoder pretraining_scores_next_sentences
             packed_whole_word_run_resumes_bit_identical sigint_mid_epoch_resumes_with_the_same_masks
             encoder_fine_tunes_from_the_pretrained_run bad_inputs_are_clear_errors)
  add_test(NAME mlm_${case}
           COMMAND bash ${MLM_SH} ${case} $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR} ${MLM_WORK})
  set_tests_properties(mlm_${case} PROPERTIES FIXTURES_REQUIRED mlm_programs TIMEOUT 120)
endforeach()
