# Graph IR, model builder and autodiff (compiler/graph.c, model.c, autodiff.c), checked with
# the reference interpreter (graph_interp.c). Sources are listed explicitly so these tests
# build while other stages are in flux (of the runtime only philox.c, for dropout).
set(GRAPH_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/graph)
set(GRAPH_COMPILER ${CMAKE_SOURCE_DIR}/compiler)
set(GRAPH_SOURCES ${GRAPH_TESTS}/graph_fixture.c ${GRAPH_COMPILER}/graph.c
    ${GRAPH_COMPILER}/model.c ${GRAPH_COMPILER}/autodiff.c ${GRAPH_COMPILER}/graph_interp.c
    ${GRAPH_COMPILER}/spec.c ${GRAPH_COMPILER}/spec_diag.c ${GRAPH_COMPILER}/spec_limits.c ${GRAPH_COMPILER}/heads.c
    ${GRAPH_COMPILER}/util.c
    ${CMAKE_SOURCE_DIR}/runtime/philox.c ${CMAKE_SOURCE_DIR}/runtime/simd_cpu.c)

foreach(test model_test autodiff_fd_test)
  add_executable(${test} ${GRAPH_TESTS}/${test}.c ${GRAPH_SOURCES})
  target_include_directories(${test} PRIVATE ${GRAPH_COMPILER} ${GRAPH_TESTS}
                             ${CMAKE_SOURCE_DIR}/runtime)
  target_link_libraries(${test} PRIVATE PkgConfig::YAML m)
endforeach()

add_test(NAME graph_tiny_cls_parameter_table_outputs_and_node_count COMMAND model_test params)
add_test(NAME graph_dropout_sites_are_stable_across_buckets COMMAND model_test sites)
add_test(NAME graph_masked_tokens_do_not_change_logits COMMAND model_test mask)
add_test(NAME autodiff_full_training_grads_every_parameter COMMAND model_test full)
add_test(NAME autodiff_frozen_parameters_emit_no_backward_work COMMAND model_test frozen)
add_test(NAME autodiff_model_gradients_match_finite_differences COMMAND model_test gradients)
add_test(NAME graph_shape_mismatch_is_an_internal_error_naming_both_shapes
         COMMAND model_test bad_shape)
add_test(NAME autodiff_every_op_backward_matches_finite_differences COMMAND autodiff_fd_test)

add_executable(graph_pytorch_test ${GRAPH_TESTS}/graph_pytorch_test.c ${GRAPH_SOURCES}
               ${CMAKE_SOURCE_DIR}/runtime/safetensors.c ${CMAKE_SOURCE_DIR}/runtime/json.c
               ${CMAKE_SOURCE_DIR}/runtime/rt_util.c)
target_include_directories(graph_pytorch_test PRIVATE ${GRAPH_COMPILER} ${GRAPH_TESTS}
                           ${CMAKE_SOURCE_DIR}/runtime)
target_link_libraries(graph_pytorch_test PRIVATE PkgConfig::YAML m)
add_test(NAME graph_interpreter_matches_pytorch_forward_and_gradients
         COMMAND graph_pytorch_test ${CMAKE_SOURCE_DIR}/tests/fixtures/check_step
                 full_b8_s16_n0 full_b1_s7_n0 full_b3_s20_n5 feature_extraction_b4_s24_n5)
