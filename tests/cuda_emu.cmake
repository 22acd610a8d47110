# The cuda target's whole program path on the CPU, in CI without a GPU (tests/cuda_emu/):
# an emulated CUDA driver (libemucuda.so, fake_cuda.c) and cuBLASLt (libemucublaslt.so,
# fake_cublaslt.c) that the runtime loads through BERTC_LIBCUDA and BERTC_LIBCUBLASLT, and
# the program's own kernels.cu compiled for the host with g++ (emu_prelude.h), so the real
# generated host code, runtime and kernels run. The GPU tests themselves (tests/gpu/*.sh,
# through under_emulator.sh) pass with it as their GPU: tiny_cls compiled for cuda matches
# the PyTorch fixtures, its dropout masks the cpu program's, bf16 agrees with fp32. The
# runtime's own GPU test
# (tests/runtime/test_device_cuda.c) passes on the emulator, which reports kernels with
# divergent barriers or out-of-bounds stores. The tests exit 77 (skipped) without libnvrtc
# or g++. Each works in its own folder under the build tree (kept for inspection).
set(EMU_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/cuda_emu)
set(EMU_WORK ${CMAKE_CURRENT_BINARY_DIR}/cuda_emu_work)

add_library(emucuda SHARED ${EMU_TESTS}/fake_cuda.c)
add_library(emucublaslt SHARED ${EMU_TESTS}/fake_cublaslt.c)
foreach(lib emucuda emucublaslt)
  target_include_directories(${lib} PRIVATE ${CMAKE_SOURCE_DIR}/runtime ${EMU_TESTS})
endforeach()
find_package(Threads REQUIRED)
target_link_libraries(emucuda PRIVATE ${CMAKE_DL_LIBS} Threads::Threads)
target_link_libraries(emucublaslt PRIVATE ${CMAKE_DL_LIBS})

# The GPU tests themselves (tests/gpu/*.sh) with the emulator as their GPU.
set(EMU_RUN bash ${EMU_TESTS}/under_emulator.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR})
set(EMU_LIBS $<TARGET_FILE:emucuda> $<TARGET_FILE:emucublaslt>)
set(EMU_SPEC ${CMAKE_SOURCE_DIR}/specs/tiny_cls.yaml) # the check-step fixtures' spec
foreach(pair "check_step_matches_pytorch;check_step" "dropout_matches_cpu;dropout"
             "bf16_agrees_with_fp32;bf16")
  list(GET pair 0 what)
  list(GET pair 1 script)
  add_test(NAME cuda_program_${what}_under_the_emulator
           COMMAND ${EMU_RUN} ${EMU_WORK}/${script} ${EMU_LIBS} ${EMU_SPEC} --
                   bash ${CMAKE_SOURCE_DIR}/tests/gpu/${script}.sh $<TARGET_FILE:bertc>
                   $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR} ${EMU_WORK}/${script}/test)
  set_tests_properties(cuda_program_${what}_under_the_emulator
                       PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
endforeach()
# The token-classification head (tiny_ner) on the emulated GPU against
# BertForTokenClassification: per-token labels and logits through the device path.
add_test(NAME cuda_program_check_step_matches_pytorch_tiny_ner_under_the_emulator
         COMMAND ${EMU_RUN} ${EMU_WORK}/check_step_ner ${EMU_LIBS}
                 ${CMAKE_SOURCE_DIR}/specs/tiny_ner.yaml --
                 bash ${CMAKE_SOURCE_DIR}/tests/gpu/check_step.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR} ${EMU_WORK}/check_step_ner/test
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step_ner)
set_tests_properties(cuda_program_check_step_matches_pytorch_tiny_ner_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
# The question-answering head (tiny_qa) on the emulated GPU against BertForQuestionAnswering:
# start/end positions and logits, the clamped span loss and the padding row through the device.
add_test(NAME cuda_program_check_step_matches_pytorch_tiny_qa_under_the_emulator
         COMMAND ${EMU_RUN} ${EMU_WORK}/check_step_tiny_qa ${EMU_LIBS}
                 ${CMAKE_SOURCE_DIR}/specs/tiny_qa.yaml --
                 bash ${CMAKE_SOURCE_DIR}/tests/gpu/check_step.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR} ${EMU_WORK}/check_step_tiny_qa/test
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step_tiny_qa)
set_tests_properties(cuda_program_check_step_matches_pytorch_tiny_qa_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
# BERT's pretraining heads (tiny_pretraining) on the emulated GPU against BertForPreTraining:
# the masked rows gathered from the runtime's masked_positions, the tied decoder's summed
# gradient, the next-sentence loss.
add_test(NAME cuda_program_check_step_matches_pytorch_tiny_pretraining_under_the_emulator
         COMMAND ${EMU_RUN} ${EMU_WORK}/check_step_tiny_pretraining ${EMU_LIBS}
                 ${CMAKE_SOURCE_DIR}/specs/tiny_pretraining.yaml --
                 bash ${CMAKE_SOURCE_DIR}/tests/gpu/check_step.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:st_compare> ${CMAKE_SOURCE_DIR}
                 ${EMU_WORK}/check_step_tiny_pretraining/test
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step_tiny_pretraining)
set_tests_properties(cuda_program_check_step_matches_pytorch_tiny_pretraining_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
# 64-wide heads (bert-base's, mBERT's) and a bucket of 1.5 attention tiles, which the
# PyTorch fixtures' tiny_cls does not reach: the cuda program's check-step on the emulator
# against the cpu program's (every gradient and parameter, dropout on).
set(EMU_HEADS64 ${EMU_TESTS}/heads64.yaml)
add_test(NAME cuda_program_64_wide_heads_match_cpu_under_the_emulator
         COMMAND bash ${EMU_TESTS}/under_emulator.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR}
                 ${EMU_WORK}/heads64 ${EMU_LIBS} ${EMU_HEADS64} --
                 bash ${EMU_TESTS}/cross_check_step.sh $<TARGET_FILE:bertc>
                 $<TARGET_FILE:st_compare> $<TARGET_FILE:st_fixture> ${CMAKE_SOURCE_DIR}
                 ${EMU_WORK}/heads64/test ${EMU_HEADS64})
set_tests_properties(cuda_program_64_wide_heads_match_cpu_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)

add_test(NAME cuda_runtime_gpu_test_passes_under_the_emulator
         COMMAND bash ${EMU_TESTS}/runtime.sh $<TARGET_FILE:test_rt_device_cuda>
                 ${CMAKE_SOURCE_DIR} ${EMU_WORK}/runtime $<TARGET_FILE:emucuda>
                 $<TARGET_FILE:emucublaslt>)
set_tests_properties(cuda_runtime_gpu_test_passes_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)

# CUDA graphs on the emulator: capture, replay and the calls CUDA refuses during a capture.
add_executable(test_emu_graph ${EMU_TESTS}/test_graph.c)
target_include_directories(test_emu_graph PRIVATE ${CMAKE_SOURCE_DIR}/runtime)
target_link_libraries(test_emu_graph PRIVATE ${CMAKE_DL_LIBS} m)
add_test(NAME cuda_graphs_capture_and_replay_under_the_emulator
         COMMAND bash ${EMU_TESTS}/graph.sh $<TARGET_FILE:test_emu_graph> ${CMAKE_SOURCE_DIR}
                 ${EMU_WORK}/graph $<TARGET_FILE:emucuda> $<TARGET_FILE:emucublaslt>)
set_tests_properties(cuda_graphs_capture_and_replay_under_the_emulator
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
