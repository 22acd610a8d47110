// cuda_api.h — the part of the CUDA driver API (cuda.h) and of cuBLASLt (cublasLt.h,
// cublas_api.h, library_types.h) that device_cuda.c uses, declared by hand so libbertrt
// builds where CUDA is absent. Both libraries are opened with dlopen; each function is
// listed once, in BERTRT_CU_DRIVER_API or BERTRT_LT_API, as X(exported symbol, parameters),
// which yields its pointer type bertrt_pfn_<symbol> and, in device_cuda.c, its slot and dlsym.
// Where cuda.h #defines a name to a versioned symbol (cuMemAlloc -> cuMemAlloc_v2), the
// versioned symbol is listed: it is the one with this signature.
//
// Every name is prefixed (bertrt_cu_, BERTRT_CU_, bertrt_lt_, BERTRT_LT_), so
// tests/runtime/test_cuda_api.c includes this header beside the toolkit's and checks every
// constant, layout and prototype here against them.
#ifndef BERTRT_CUDA_API_H
#define BERTRT_CUDA_API_H

#include <stddef.h>
#include <stdint.h>

// ---- CUDA driver API ---------------------------------------------------------------------

typedef int bertrt_cu_result;                                 // CUresult (enum cudaError_enum)
typedef int bertrt_cu_device;                                 // CUdevice: an ordinal
typedef int bertrt_cu_device_attribute;                       // CUdevice_attribute (enum)
typedef unsigned long long bertrt_cu_deviceptr;               // CUdeviceptr on a 64-bit host
typedef struct bertrt_cu_context_st *bertrt_cu_context;       // CUcontext
typedef struct bertrt_cu_module_st *bertrt_cu_module;         // CUmodule
typedef struct bertrt_cu_function_st *bertrt_cu_function;     // CUfunction
typedef struct bertrt_cu_stream_st *bertrt_cu_stream;         // CUstream (= cudaStream_t)
typedef struct bertrt_cu_graph_st *bertrt_cu_graph;           // CUgraph
typedef struct bertrt_cu_graph_exec_st *bertrt_cu_graph_exec; // CUgraphExec
typedef int bertrt_cu_capture_mode;                           // CUstreamCaptureMode (enum)

// CUresult values
#define BERTRT_CU_SUCCESS               0
#define BERTRT_CU_ERROR_NOT_INITIALIZED 3
#define BERTRT_CU_ERROR_STUB_LIBRARY    34
#define BERTRT_CU_ERROR_NO_DEVICE       100
// CUdevice_attribute values
#define BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR 75
#define BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR 76
// CUstream_flags: the stream does not synchronize with the NULL stream
#define BERTRT_CU_STREAM_NON_BLOCKING 0x1
// CUstreamCaptureMode: only this thread's unsafe calls are refused during a capture
#define BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL 1

// Every function returns CUresult.
#define BERTRT_CU_DRIVER_API(X)                                                                    \
  X(cuGetErrorName, (bertrt_cu_result error, const char **str))                                    \
  X(cuGetErrorString, (bertrt_cu_result error, const char **str))                                  \
  X(cuInit, (unsigned int flags))                                                                  \
  X(cuDeviceGetCount, (int *count))                                                                \
  X(cuDeviceGet, (bertrt_cu_device * device, int ordinal))                                         \
  X(cuDeviceGetName, (char *name, int len, bertrt_cu_device dev))                                  \
  X(cuDeviceGetAttribute, (int *value, bertrt_cu_device_attribute attrib, bertrt_cu_device dev))   \
  X(cuDeviceTotalMem_v2, (size_t * bytes, bertrt_cu_device dev))                                   \
  X(cuDevicePrimaryCtxRetain, (bertrt_cu_context * ctx, bertrt_cu_device dev))                     \
  X(cuDevicePrimaryCtxRelease_v2, (bertrt_cu_device dev))                                          \
  X(cuCtxSetCurrent, (bertrt_cu_context ctx))                                                      \
  X(cuStreamCreate, (bertrt_cu_stream * stream, unsigned int flags))                               \
  X(cuStreamDestroy_v2, (bertrt_cu_stream stream))                                                 \
  X(cuStreamSynchronize, (bertrt_cu_stream stream))                                                \
  X(cuModuleLoadData, (bertrt_cu_module * module, const void *image))                              \
  X(cuModuleUnload, (bertrt_cu_module module))                                                     \
  X(cuModuleGetFunction,                                                                           \
    (bertrt_cu_function * function, bertrt_cu_module module, const char *name))                    \
  X(cuLaunchKernel,                                                                                \
    (bertrt_cu_function function, unsigned int grid_x, unsigned int grid_y, unsigned int grid_z,   \
     unsigned int block_x, unsigned int block_y, unsigned int block_z, unsigned int shared_bytes,  \
     bertrt_cu_stream stream, void **params, void **extra))                                        \
  X(cuMemAlloc_v2, (bertrt_cu_deviceptr * ptr, size_t bytes))                                      \
  X(cuMemFree_v2, (bertrt_cu_deviceptr ptr))                                                       \
  X(cuMemGetInfo_v2, (size_t * free_bytes, size_t * total_bytes))                                  \
  X(cuMemcpyHtoDAsync_v2,                                                                          \
    (bertrt_cu_deviceptr dst, const void *src, size_t bytes, bertrt_cu_stream stream))             \
  X(cuMemcpyDtoHAsync_v2,                                                                          \
    (void *dst, bertrt_cu_deviceptr src, size_t bytes, bertrt_cu_stream stream))                   \
  X(cuMemsetD8Async,                                                                               \
    (bertrt_cu_deviceptr dst, unsigned char value, size_t bytes, bertrt_cu_stream stream))         \
  X(cuMemsetD32Async,                                                                              \
    (bertrt_cu_deviceptr dst, unsigned int value, size_t count, bertrt_cu_stream stream))          \
  X(cuStreamBeginCapture_v2, (bertrt_cu_stream stream, bertrt_cu_capture_mode mode))               \
  X(cuStreamEndCapture, (bertrt_cu_stream stream, bertrt_cu_graph * graph))                        \
  X(cuGraphInstantiateWithFlags,                                                                   \
    (bertrt_cu_graph_exec * exec, bertrt_cu_graph graph, unsigned long long flags))                \
  X(cuGraphLaunch, (bertrt_cu_graph_exec exec, bertrt_cu_stream stream))                           \
  X(cuGraphExecDestroy, (bertrt_cu_graph_exec exec))                                               \
  X(cuGraphDestroy, (bertrt_cu_graph graph))

#define BERTRT_CU_PFN(name, params) typedef bertrt_cu_result(*bertrt_pfn_##name) params;
BERTRT_CU_DRIVER_API(BERTRT_CU_PFN)
#undef BERTRT_CU_PFN

// ---- cuBLASLt ----------------------------------------------------------------------------

typedef int bertrt_lt_status;           // cublasStatus_t (enum)
typedef int bertrt_lt_compute_type;     // cublasComputeType_t (enum)
typedef int bertrt_lt_data_type;        // cudaDataType_t (enum)
typedef int bertrt_lt_desc_attribute;   // cublasLtMatmulDescAttributes_t (enum)
typedef int bertrt_lt_layout_attribute; // cublasLtMatrixLayoutAttribute_t (enum)
typedef int bertrt_lt_pref_attribute;   // cublasLtMatmulPreferenceAttributes_t (enum)
typedef struct bertrt_lt_context_st *bertrt_lt_handle;          // cublasLtHandle_t
typedef struct bertrt_lt_matmul_desc_st *bertrt_lt_matmul_desc; // cublasLtMatmulDesc_t
typedef struct bertrt_lt_layout_st *bertrt_lt_layout;           // cublasLtMatrixLayout_t
typedef struct bertrt_lt_preference_st *bertrt_lt_preference;   // cublasLtMatmulPreference_t

// cublasLtMatmulAlgo_t: an algorithm chosen by the heuristic, a plain value.
typedef struct {
  uint64_t data[8];
} bertrt_lt_algo;

// cublasLtMatmulHeuristicResult_t
typedef struct {
  bertrt_lt_algo algo;
  size_t workspace_size; // workspaceSize
  bertrt_lt_status state;
  float waves_count; // wavesCount
  int reserved[4];
} bertrt_lt_heuristic_result;

// cublasStatus_t values
#define BERTRT_LT_STATUS_SUCCESS          0
#define BERTRT_LT_STATUS_NOT_INITIALIZED  1
#define BERTRT_LT_STATUS_ALLOC_FAILED     3
#define BERTRT_LT_STATUS_INVALID_VALUE    7
#define BERTRT_LT_STATUS_ARCH_MISMATCH    8
#define BERTRT_LT_STATUS_MAPPING_ERROR    11
#define BERTRT_LT_STATUS_EXECUTION_FAILED 13
#define BERTRT_LT_STATUS_INTERNAL_ERROR   14
#define BERTRT_LT_STATUS_NOT_SUPPORTED    15
#define BERTRT_LT_STATUS_LICENSE_ERROR    16
// cublasOperation_t values (int32_t attribute values)
#define BERTRT_LT_OP_N 0
#define BERTRT_LT_OP_T 1
// cublasComputeType_t: fp32 multiply-add, no TF32
#define BERTRT_LT_COMPUTE_32F      68
#define BERTRT_LT_EPILOGUE_DEFAULT 1 // cublasLtEpilogue_t (uint32_t attribute)
#define BERTRT_LT_EPILOGUE_BIAS    4 // D += bias, a vector of D's rows, after alpha and beta
// cudaDataType_t: float, bfloat16
#define BERTRT_LT_R_32F  0
#define BERTRT_LT_R_16BF 14
// cublasLtMatmulDescAttributes_t: op of A and of B (int32_t)
#define BERTRT_LT_MATMUL_DESC_TRANSA       3
#define BERTRT_LT_MATMUL_DESC_TRANSB       4
#define BERTRT_LT_MATMUL_DESC_EPILOGUE     7 // uint32_t
#define BERTRT_LT_MATMUL_DESC_BIAS_POINTER 8 // const void *
// cublasLtMatrixLayoutAttribute_t: batch count (int32_t), elements between batches (int64_t)
#define BERTRT_LT_MATRIX_LAYOUT_BATCH_COUNT          5
#define BERTRT_LT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET 6
// cublasLtMatmulPreferenceAttributes_t: workspace bound (uint64_t), alignment of each
// operand's pointer in bytes (uint32_t, default 256)
#define BERTRT_LT_MATMUL_PREF_MAX_WORKSPACE_BYTES   1
#define BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES 5
#define BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES 6
#define BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES 7
#define BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES 8

// Every function returns cublasStatus_t.
#define BERTRT_LT_API(X)                                                                           \
  X(cublasLtCreate, (bertrt_lt_handle * handle))                                                   \
  X(cublasLtDestroy, (bertrt_lt_handle handle))                                                    \
  X(cublasLtMatmulDescCreate,                                                                      \
    (bertrt_lt_matmul_desc * desc, bertrt_lt_compute_type compute, bertrt_lt_data_type scale))     \
  X(cublasLtMatmulDescDestroy, (bertrt_lt_matmul_desc desc))                                       \
  X(cublasLtMatmulDescSetAttribute,                                                                \
    (bertrt_lt_matmul_desc desc, bertrt_lt_desc_attribute attr, const void *buf, size_t bytes))    \
  X(cublasLtMatrixLayoutCreate, (bertrt_lt_layout * layout, bertrt_lt_data_type type,              \
                                 uint64_t rows, uint64_t cols, int64_t ld))                        \
  X(cublasLtMatrixLayoutDestroy, (bertrt_lt_layout layout))                                        \
  X(cublasLtMatrixLayoutSetAttribute,                                                              \
    (bertrt_lt_layout layout, bertrt_lt_layout_attribute attr, const void *buf, size_t bytes))     \
  X(cublasLtMatmulPreferenceCreate, (bertrt_lt_preference * pref))                                 \
  X(cublasLtMatmulPreferenceDestroy, (bertrt_lt_preference pref))                                  \
  X(cublasLtMatmulPreferenceSetAttribute,                                                          \
    (bertrt_lt_preference pref, bertrt_lt_pref_attribute attr, const void *buf, size_t bytes))     \
  X(cublasLtMatmulAlgoGetHeuristic,                                                                \
    (bertrt_lt_handle handle, bertrt_lt_matmul_desc desc, bertrt_lt_layout a_desc,                 \
     bertrt_lt_layout b_desc, bertrt_lt_layout c_desc, bertrt_lt_layout d_desc,                    \
     bertrt_lt_preference pref, int requested, bertrt_lt_heuristic_result results[],               \
     int *returned))                                                                               \
  X(cublasLtMatmul,                                                                                \
    (bertrt_lt_handle handle, bertrt_lt_matmul_desc desc, const void *alpha, const void *a,        \
     bertrt_lt_layout a_desc, const void *b, bertrt_lt_layout b_desc, const void *beta,            \
     const void *c, bertrt_lt_layout c_desc, void *d, bertrt_lt_layout d_desc,                     \
     const bertrt_lt_algo *algo, void *workspace, size_t workspace_bytes,                          \
     bertrt_cu_stream stream))

#define BERTRT_LT_PFN(name, params) typedef bertrt_lt_status(*bertrt_pfn_##name) params;
BERTRT_LT_API(BERTRT_LT_PFN)
#undef BERTRT_LT_PFN

#endif
