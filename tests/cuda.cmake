# The cuda target without a GPU (compiler/render_cuda.c, compiler/nvrtc.c,
# compiler/render_llvm_cuda.c): kernels.cu and host.cuda.ll are deterministic and agree on
# every launch, kernels.cu embeds the runtime's Philox, the cpu outputs are left alone;
# NVRTC compiles every spec's kernels for sm_80 and sm_90 without spills; a cuda program
# links and needs only libc. Tests that need libnvrtc exit 77 (skipped) where it is not
# found.
set(CUDA_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/cuda)

add_test(NAME cuda_emit_is_deterministic_embeds_philox_and_keeps_cpu_outputs
         COMMAND bash ${CUDA_TESTS}/emit.sh $<TARGET_FILE:bertc> ${CMAKE_SOURCE_DIR})

add_executable(nvrtc_test ${CUDA_TESTS}/nvrtc_test.c)
target_link_libraries(nvrtc_test PRIVATE bertc_core)
add_test(NAME nvrtc_reports_resources_and_error_lines COMMAND nvrtc_test)
set_tests_properties(nvrtc_reports_resources_and_error_lines PROPERTIES SKIP_RETURN_CODE 77)

file(GLOB CUDA_SPECS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/specs/*.yaml)
list(SORT CUDA_SPECS)
foreach(spec ${CUDA_SPECS})
  get_filename_component(stem ${spec} NAME_WE)
  set(test cuda_kernels_compile_for_sm80_sm90_without_spills_${stem})
  add_test(NAME ${test} COMMAND bash ${CUDA_TESTS}/kernels_compile.sh $<TARGET_FILE:bertc> ${spec})
  set_tests_properties(${test} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1200)
endforeach()

# A whole cuda program: NVRTC's images embedded, host code linked, only libc needed.
add_test(NAME cuda_program_links_with_embedded_images_and_needs_only_libc
         COMMAND bash ${CUDA_TESTS}/program_links.sh $<TARGET_FILE:bertc>
                 ${CMAKE_SOURCE_DIR}/specs/tiny_cls.yaml)
set_tests_properties(cuda_program_links_with_embedded_images_and_needs_only_libc PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 600)
