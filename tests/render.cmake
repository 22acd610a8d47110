# Schedule, renderer and linker (compiler/schedule.c, compiler/render_llvm*.c,
# compiler/link.c): a hand-made CompiledModel scheduled, rendered, compiled at O3, loaded
# and run against the reference interpreter. Sources are listed explicitly (the runtime
# helpers the generated code calls included) so these tests build while other stages are in
# flux; none of the spec's: renderers read only the CompiledModel.
set(RENDER_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/render)
set(RENDER_COMPILER ${CMAKE_SOURCE_DIR}/compiler)
set(RENDER_RUNTIME ${CMAKE_SOURCE_DIR}/runtime)

add_executable(render_test ${RENDER_TESTS}/render_test.c ${CMAKE_CURRENT_SOURCE_DIR}/kir/kir_fixture.c
               ${RENDER_COMPILER}/render_llvm.c ${RENDER_COMPILER}/render_llvm_body.c
               ${RENDER_COMPILER}/render_llvm_math.c ${RENDER_COMPILER}/schedule.c
               ${RENDER_COMPILER}/render_llvm_desc.c ${RENDER_COMPILER}/link.c ${RENDER_COMPILER}/kir.c
               ${RENDER_COMPILER}/kir_interp.c ${RENDER_COMPILER}/util.c
               ${RENDER_RUNTIME}/pool.c ${RENDER_RUNTIME}/gemm_cpu.c ${RENDER_RUNTIME}/philox.c
               ${RENDER_RUNTIME}/simd_cpu.c ${RENDER_RUNTIME}/softmax_cpu.c)
target_include_directories(render_test PRIVATE ${RENDER_COMPILER} ${RENDER_RUNTIME}
                           ${CMAKE_CURRENT_SOURCE_DIR}/kir ${LLVM_INCLUDE_DIR})
target_link_directories(render_test PRIVATE ${LLVM_LIB_DIR})
target_compile_definitions(render_test PRIVATE
  BERTC_RUNTIME_DIR="${CMAKE_BINARY_DIR}/runtime"
  BERTC_OPENBLAS_LIBDIR="${OPENBLAS_LIBRARY_DIRS}")
target_link_libraries(render_test PRIVATE LLVM-${LLVM_VERSION_MAJOR} PkgConfig::OPENBLAS Threads::Threads
                      ${CMAKE_DL_LIBS} m)
# The rendered object, loaded with dlopen, calls the runtime helpers linked in here.
set_target_properties(render_test PROPERTIES ENABLE_EXPORTS ON)

add_test(NAME render_kernels_match_interpreter COMMAND render_test kernels)
add_test(NAME render_host_ll_is_deterministic COMMAND render_test deterministic)
add_test(NAME render_descriptor_reads_back_the_model COMMAND render_test descriptor)
add_test(NAME render_inline_math_matches_libm_and_philox COMMAND render_test math)
# link_program links against libbertrt.a and libbertrt_main.a, built by the full build.
if(TARGET bertrt_main)
  add_test(NAME render_link_program_runs COMMAND render_test link)
endif()
