# The cuda target on a GPU (tests/gpu/*.sh): the check-step fixtures run on the device
# against PyTorch, the dropout masks of the cpu and cuda programs agree, and precision bf16
# agrees with fp32 (loss 1e-2, gradients' cosine >= 0.999). Labelled `gpu`
# (ctest -L gpu); they exit 77 (skipped) where libnvrtc or a CUDA device is missing.
# cuda_program_without_gpu_exits_1_with_message runs everywhere: a cuda program without a
# device exits 1 with BERTRT_NO_CUDA_DEVICE and writes nothing (hiding the devices with
# CUDA_VISIBLE_DEVICES= where there is a GPU, which must then run check-step).
# Each test works in its own folder under the build tree (kept for inspection).
set(GPU_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/gpu)
set(GPU_WORK ${CMAKE_CURRENT_BINARY_DIR}/gpu_work)

add_test(NAME gpu_check_step_matches_pytorch_tiny_cls
         COMMAND bash ${GPU_TESTS}/check_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR} ${GPU_WORK}/check_step)
add_test(NAME gpu_check_step_matches_pytorch_tiny_ner
         COMMAND bash ${GPU_TESTS}/check_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR} ${GPU_WORK}/check_step_ner
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step_ner)
add_test(NAME gpu_check_step_matches_pytorch_tiny_qa
         COMMAND bash ${GPU_TESTS}/check_step.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR} ${GPU_WORK}/check_step_tiny_qa
                 ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step_tiny_qa)
add_test(NAME gpu_dropout_masks_match_cpu_tiny_cls
         COMMAND bash ${GPU_TESTS}/dropout.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR} ${GPU_WORK}/dropout)
add_test(NAME gpu_bf16_check_step_agrees_with_fp32_tiny_cls
         COMMAND bash ${GPU_TESTS}/bf16.sh $<TARGET_FILE:bertc> $<TARGET_FILE:st_compare>
                 ${CMAKE_SOURCE_DIR} ${GPU_WORK}/bf16)
set_tests_properties(gpu_check_step_matches_pytorch_tiny_cls gpu_check_step_matches_pytorch_tiny_ner
                     gpu_check_step_matches_pytorch_tiny_qa
                     gpu_dropout_masks_match_cpu_tiny_cls
                     gpu_bf16_check_step_agrees_with_fp32_tiny_cls
                     PROPERTIES LABELS gpu SKIP_RETURN_CODE 77 TIMEOUT 600
                                RESOURCE_LOCK cuda_device)

add_test(NAME cuda_program_without_gpu_exits_1_with_message
         COMMAND bash ${GPU_TESTS}/no_device.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR}
                 ${GPU_WORK}/no_device)
set_tests_properties(cuda_program_without_gpu_exits_1_with_message
                     PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300 RESOURCE_LOCK cuda_device)
