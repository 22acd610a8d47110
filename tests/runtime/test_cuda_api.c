// runtime/cuda_api.h agrees with the CUDA toolkit's headers: every constant has the
// toolkit's value, every hand-written type the toolkit's size and layout, and every
// function-pointer type of BERTRT_CU_DRIVER_API and BERTRT_LT_API is the type of the
// toolkit's function of that name. The checks are _Static_asserts: compiling this file is
// the test (it needs the headers, not the libraries); running it only reports success.
#include "cuda_api.h"

#include <cublasLt.h>
#include <cuda.h>
#include <stdalign.h>
#include <stdio.h>

#define SAME_VALUE(ours, theirs) _Static_assert((ours) == (theirs), #ours " == " #theirs)

SAME_VALUE(BERTRT_CU_SUCCESS, CUDA_SUCCESS);
SAME_VALUE(BERTRT_CU_ERROR_NOT_INITIALIZED, CUDA_ERROR_NOT_INITIALIZED);
SAME_VALUE(BERTRT_CU_ERROR_STUB_LIBRARY, CUDA_ERROR_STUB_LIBRARY);
SAME_VALUE(BERTRT_CU_ERROR_NO_DEVICE, CUDA_ERROR_NO_DEVICE);
SAME_VALUE(BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,
           CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
SAME_VALUE(BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,
           CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR);
SAME_VALUE(BERTRT_CU_STREAM_NON_BLOCKING, CU_STREAM_NON_BLOCKING);
SAME_VALUE(BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL, CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);

SAME_VALUE(BERTRT_LT_STATUS_SUCCESS, CUBLAS_STATUS_SUCCESS);
SAME_VALUE(BERTRT_LT_STATUS_NOT_INITIALIZED, CUBLAS_STATUS_NOT_INITIALIZED);
SAME_VALUE(BERTRT_LT_STATUS_ALLOC_FAILED, CUBLAS_STATUS_ALLOC_FAILED);
SAME_VALUE(BERTRT_LT_STATUS_INVALID_VALUE, CUBLAS_STATUS_INVALID_VALUE);
SAME_VALUE(BERTRT_LT_STATUS_ARCH_MISMATCH, CUBLAS_STATUS_ARCH_MISMATCH);
SAME_VALUE(BERTRT_LT_STATUS_MAPPING_ERROR, CUBLAS_STATUS_MAPPING_ERROR);
SAME_VALUE(BERTRT_LT_STATUS_EXECUTION_FAILED, CUBLAS_STATUS_EXECUTION_FAILED);
SAME_VALUE(BERTRT_LT_STATUS_INTERNAL_ERROR, CUBLAS_STATUS_INTERNAL_ERROR);
SAME_VALUE(BERTRT_LT_STATUS_NOT_SUPPORTED, CUBLAS_STATUS_NOT_SUPPORTED);
SAME_VALUE(BERTRT_LT_STATUS_LICENSE_ERROR, CUBLAS_STATUS_LICENSE_ERROR);
SAME_VALUE(BERTRT_LT_OP_N, CUBLAS_OP_N);
SAME_VALUE(BERTRT_LT_OP_T, CUBLAS_OP_T);
SAME_VALUE(BERTRT_LT_COMPUTE_32F, CUBLAS_COMPUTE_32F);
SAME_VALUE(BERTRT_LT_R_32F, CUDA_R_32F);
SAME_VALUE(BERTRT_LT_R_16BF, CUDA_R_16BF);
SAME_VALUE(BERTRT_LT_MATMUL_DESC_TRANSA, CUBLASLT_MATMUL_DESC_TRANSA);
SAME_VALUE(BERTRT_LT_MATMUL_DESC_TRANSB, CUBLASLT_MATMUL_DESC_TRANSB);
SAME_VALUE(BERTRT_LT_MATMUL_DESC_EPILOGUE, CUBLASLT_MATMUL_DESC_EPILOGUE);
SAME_VALUE(BERTRT_LT_MATMUL_DESC_BIAS_POINTER, CUBLASLT_MATMUL_DESC_BIAS_POINTER);
SAME_VALUE(BERTRT_LT_EPILOGUE_DEFAULT, CUBLASLT_EPILOGUE_DEFAULT);
SAME_VALUE(BERTRT_LT_EPILOGUE_BIAS, CUBLASLT_EPILOGUE_BIAS);
SAME_VALUE(BERTRT_LT_MATRIX_LAYOUT_BATCH_COUNT, CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT);
SAME_VALUE(BERTRT_LT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET,
           CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET);
SAME_VALUE(BERTRT_LT_MATMUL_PREF_MAX_WORKSPACE_BYTES, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES);
SAME_VALUE(BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES);
SAME_VALUE(BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES);
SAME_VALUE(BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES);
SAME_VALUE(BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES, CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES);

// Scalar types: the same type, or (the toolkit's enums, passed as int) the same size.
#define SAME_TYPE(ours, theirs)                                                                    \
  _Static_assert(_Generic((ours)0, theirs : 1, default : 0), #ours " is " #theirs)
#define SAME_SIZE(ours, theirs)                                                                    \
  _Static_assert(sizeof(ours) == sizeof(theirs) && alignof(ours) == alignof(theirs),               \
                 #ours " is laid out as " #theirs)

SAME_TYPE(bertrt_cu_device, CUdevice);
SAME_TYPE(bertrt_cu_deviceptr, CUdeviceptr);
SAME_SIZE(bertrt_cu_result, CUresult);
SAME_SIZE(bertrt_cu_device_attribute, CUdevice_attribute);
SAME_SIZE(bertrt_lt_status, cublasStatus_t);
SAME_SIZE(bertrt_lt_compute_type, cublasComputeType_t);
SAME_SIZE(bertrt_lt_data_type, cudaDataType_t);
SAME_SIZE(bertrt_lt_desc_attribute, cublasLtMatmulDescAttributes_t);
SAME_SIZE(bertrt_lt_layout_attribute, cublasLtMatrixLayoutAttribute_t);
SAME_SIZE(bertrt_lt_pref_attribute, cublasLtMatmulPreferenceAttributes_t);
SAME_SIZE(bertrt_lt_algo, cublasLtMatmulAlgo_t);
SAME_SIZE(bertrt_lt_heuristic_result, cublasLtMatmulHeuristicResult_t);

#define SAME_FIELD(ours, field, theirs, their_field)                                               \
  _Static_assert(offsetof(ours, field) == offsetof(theirs, their_field) &&                         \
                     sizeof(((ours *)0)->field) == sizeof(((theirs *)0)->their_field),             \
                 #ours "." #field " is " #theirs "." #their_field)

SAME_FIELD(bertrt_lt_algo, data, cublasLtMatmulAlgo_t, data);
SAME_FIELD(bertrt_lt_heuristic_result, algo, cublasLtMatmulHeuristicResult_t, algo);
SAME_FIELD(bertrt_lt_heuristic_result, workspace_size, cublasLtMatmulHeuristicResult_t,
           workspaceSize);
SAME_FIELD(bertrt_lt_heuristic_result, state, cublasLtMatmulHeuristicResult_t, state);
SAME_FIELD(bertrt_lt_heuristic_result, waves_count, cublasLtMatmulHeuristicResult_t, wavesCount);
SAME_FIELD(bertrt_lt_heuristic_result, reserved, cublasLtMatmulHeuristicResult_t, reserved);

// Prototypes. From here on each of cuda_api.h's type names stands for the toolkit's type it
// was checked against above, so the parameter lists of the API tables, expanded below, read
// as the toolkit's: each entry must then be the exact type of the function it names.
#define bertrt_cu_result           CUresult
#define bertrt_cu_device           CUdevice
#define bertrt_cu_device_attribute CUdevice_attribute
#define bertrt_cu_deviceptr        CUdeviceptr
#define bertrt_cu_context          CUcontext
#define bertrt_cu_module           CUmodule
#define bertrt_cu_function         CUfunction
#define bertrt_cu_stream           CUstream
#define bertrt_cu_graph            CUgraph
#define bertrt_cu_graph_exec       CUgraphExec
#define bertrt_cu_capture_mode     CUstreamCaptureMode
#define bertrt_lt_status           cublasStatus_t
#define bertrt_lt_compute_type     cublasComputeType_t
#define bertrt_lt_data_type        cudaDataType_t
#define bertrt_lt_desc_attribute   cublasLtMatmulDescAttributes_t
#define bertrt_lt_layout_attribute cublasLtMatrixLayoutAttribute_t
#define bertrt_lt_pref_attribute   cublasLtMatmulPreferenceAttributes_t
#define bertrt_lt_handle           cublasLtHandle_t
#define bertrt_lt_matmul_desc      cublasLtMatmulDesc_t
#define bertrt_lt_layout           cublasLtMatrixLayout_t
#define bertrt_lt_preference       cublasLtMatmulPreference_t
#define bertrt_lt_algo             cublasLtMatmulAlgo_t
#define bertrt_lt_heuristic_result cublasLtMatmulHeuristicResult_t

#define SAME_DRIVER_PROTOTYPE(name, params)                                                        \
  _Static_assert(_Generic(&name, CUresult(*) params : 1, default : 0), #name " is cuda.h's");
BERTRT_CU_DRIVER_API(SAME_DRIVER_PROTOTYPE)

#define SAME_LT_PROTOTYPE(name, params)                                                            \
  _Static_assert(_Generic(&name, cublasStatus_t(*) params : 1, default : 0),                       \
                 #name " is cublasLt.h's");
BERTRT_LT_API(SAME_LT_PROTOTYPE)

int main(void) {
  printf("cuda_api.h matches the toolkit's cuda.h and cublasLt.h (CUDA %d, cuBLAS %d)\n",
         CUDA_VERSION, CUBLAS_VERSION);
  return 0;
}
