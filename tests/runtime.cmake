# libbertrt: unit tests (Philox, safetensors, thread pool, sgemm, attention, program state), the
# st_compare tool (used by the end-to-end tests), and the program CLI on a hand-written
# descriptor (tests/runtime/fake_model.c).
set(RT_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/runtime)

add_executable(st_compare ${CMAKE_CURRENT_SOURCE_DIR}/tools/st_compare.c)
target_link_libraries(st_compare PRIVATE bertrt)
add_executable(st_fixture ${RT_TESTS}/st_fixture.c)
target_link_libraries(st_fixture PRIVATE bertrt)

foreach(t philox softmax safetensors pool sgemm attention)
  add_executable(test_rt_${t} ${RT_TESTS}/test_${t}.c)
  target_link_libraries(test_rt_${t} PRIVATE bertrt)
endforeach()
add_executable(test_rt_program ${RT_TESTS}/test_program.c ${RT_TESTS}/fake_model.c)
target_link_libraries(test_rt_program PRIVATE bertrt)

add_test(NAME philox_matches_random123_known_answers COMMAND test_rt_philox)
add_test(NAME softmax_rows_equal_on_every_vector_level COMMAND test_rt_softmax)
add_test(NAME safetensors_round_trip_and_malformed_files_rejected COMMAND test_rt_safetensors)
add_test(NAME parallel_for_covers_every_index_once COMMAND test_rt_pool)
add_test(NAME sgemm_matches_naive_with_transposes_and_batches COMMAND test_rt_sgemm)
add_test(NAME attention_cpu_matches_naive_reference_and_finite_differences COMMAND test_rt_attention)
add_test(NAME program_buckets_schedule_and_batch_padding COMMAND test_rt_program)
add_test(NAME st_compare_exit_codes
         COMMAND bash ${RT_TESTS}/st_compare.sh $<TARGET_FILE:st_compare> $<TARGET_FILE:st_fixture>)

if(TARGET bertrt_main)
  add_executable(fake_trainer ${RT_TESTS}/fake_model.c)
  target_link_libraries(fake_trainer PRIVATE bertrt_main)
  add_test(NAME check_step_cli_on_a_fake_descriptor
           COMMAND bash ${RT_TESTS}/check_step_cli.sh $<TARGET_FILE:fake_trainer>
                   $<TARGET_FILE:st_fixture> $<TARGET_FILE:st_compare>)
endif()
