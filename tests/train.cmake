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
