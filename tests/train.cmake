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
             feature_extraction_and_gradual_unfreezing_train)
  add_test(NAME train_${case}
           COMMAND bash ${TRAIN_SH} ${case} $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR}
                   ${TRAIN_WORK})
  set_tests_properties(train_${case} PROPERTIES FIXTURES_REQUIRED train_program TIMEOUT 120)
endforeach()
