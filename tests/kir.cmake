# Kernel IR: the reference interpreter against plain C, and the invariant checker.
# Sources are listed explicitly (the dropout generator, runtime/philox.c, included) so
# these tests build while other stages and the rest of the runtime are in flux.
set(KIR_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/kir)
set(KIR_COMPILER ${CMAKE_SOURCE_DIR}/compiler)

add_executable(kir_verify_test ${KIR_TESTS}/kir_verify_test.c ${KIR_TESTS}/kir_fixture.c
               ${KIR_COMPILER}/kir.c ${KIR_COMPILER}/util.c)
target_include_directories(kir_verify_test PRIVATE ${KIR_COMPILER} ${KIR_TESTS})
add_test(NAME kir_verify_rejects_broken_programs COMMAND kir_verify_test)

add_executable(kir_interp_test ${KIR_TESTS}/kir_interp_test.c ${KIR_TESTS}/kir_fixture.c
               ${KIR_COMPILER}/kir.c ${KIR_COMPILER}/kir_interp.c ${KIR_COMPILER}/util.c
               ${CMAKE_SOURCE_DIR}/runtime/philox.c ${CMAKE_SOURCE_DIR}/runtime/simd_cpu.c)
target_include_directories(kir_interp_test PRIVATE ${KIR_COMPILER} ${KIR_TESTS}
                           ${CMAKE_SOURCE_DIR}/runtime)
target_link_libraries(kir_interp_test PRIVATE m)
add_test(NAME kir_interpreter_matches_plain_c COMMAND kir_interp_test)
