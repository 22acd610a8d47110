# The cuda target's runtime (runtime/device_cuda.c, runtime/cuda_api.h). Everywhere: without
# a driver cuda_open reports BERTRT_NO_CUDA_DEVICE. With the toolkit's headers: cuda_api.h's
# hand-written declarations equal theirs (checked at compile time). On a GPU (label gpu,
# skipped elsewhere): copies, launches and bertrt_cuda_gemm against a naive loop.
set(CUDA_RT_TESTS ${CMAKE_CURRENT_SOURCE_DIR}/runtime)

add_executable(test_rt_device_cuda ${CUDA_RT_TESTS}/test_device_cuda.c)
target_link_libraries(test_rt_device_cuda PRIVATE bertrt m)

# The toolkit: CUDAToolkit (found by the top-level CMakeLists), else $CUDA_HOME, else
# /usr/local/cuda.
set(BERTC_CUDA_INCLUDE "")
foreach(dir ${CUDAToolkit_INCLUDE_DIRS} $ENV{CUDA_HOME}/include /usr/local/cuda/include)
  if(NOT BERTC_CUDA_INCLUDE AND EXISTS ${dir}/cublasLt.h AND EXISTS ${dir}/cuda.h)
    set(BERTC_CUDA_INCLUDE ${dir})
  endif()
endforeach()
set(BERTC_CUDA_STUB /usr/local/cuda/lib64/stubs/libcuda.so) # checked only where it exists
foreach(dir ${CUDAToolkit_LIBRARY_DIR} $ENV{CUDA_HOME}/lib64)
  if(EXISTS ${dir}/stubs/libcuda.so)
    set(BERTC_CUDA_STUB ${dir}/stubs/libcuda.so)
    break()
  endif()
endforeach()

add_test(NAME cuda_runtime_reports_no_device_without_a_driver
         COMMAND test_rt_device_cuda no-device ${BERTC_CUDA_STUB})
add_test(NAME cuda_runtime_copies_launches_and_gemms_match_the_cpu_on_a_gpu
         COMMAND test_rt_device_cuda gpu)
set_tests_properties(cuda_runtime_copies_launches_and_gemms_match_the_cpu_on_a_gpu
                     PROPERTIES LABELS gpu SKIP_RETURN_CODE 77)

if(BERTC_CUDA_INCLUDE)
  add_executable(test_rt_cuda_api ${CUDA_RT_TESTS}/test_cuda_api.c)
  target_include_directories(test_rt_cuda_api PRIVATE ${CMAKE_SOURCE_DIR}/runtime)
  target_include_directories(test_rt_cuda_api SYSTEM PRIVATE ${BERTC_CUDA_INCLUDE})
  add_test(NAME cuda_api_declarations_match_toolkit_headers COMMAND test_rt_cuda_api)
else()
  message(STATUS "CUDA toolkit headers not found: cuda_api_declarations_match_toolkit_headers not built")
endif()
