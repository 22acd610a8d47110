// device_cuda.h — the CUDA device of a program compiled with --target cuda: the driver and
// cuBLASLt loaded at run time, one context and stream, the module of kernels.cu, device
// memory, copies, entry points run through CUDA graphs, and the calls generated host code
// makes (bertrt_abi.h: bertrt_cuda_run, bertrt_cuda_launch, bertrt_cuda_gemm).
//
// Nothing here links against CUDA: libcuda.so.1 and libcublasLt are found with dlopen, so a
// program builds without a driver and, without a GPU, fails with BERTRT_NO_CUDA_DEVICE
// instead of crashing. The few driver and cuBLASLt declarations used are in cuda_api.h,
// checked against the toolkit's headers by a test.
//
// After cuda_open succeeds, a failing CUDA call is a fatal error: the program's name, the
// call and CUDA's error name and string go to stderr, and the process exits 1.
#ifndef BERTRT_DEVICE_CUDA_H
#define BERTRT_DEVICE_CUDA_H

#include "bertrt_abi.h"

#include <stdbool.h>
#include <stddef.h>

#define BERTRT_NO_CUDA_DEVICE                                                                      \
  "no CUDA device found; this program was compiled for --target cuda; recompile with "             \
  "--target cpu"

typedef struct bertrt_cuda bertrt_cuda;

// Opens device $BERTC_CUDA_DEVICE (default 0): loads libcuda.so.1, cuInit, retains the
// primary context, creates a stream, loads the best of m->device_images (the cubin of the
// device's exact architecture, else the PTX when its compute_NN is at most the device's
// capability), resolves body_0 .. body_{m->n_device_functions - 1}, loads libcublasLt
// (libcublasLt.so.13, .12, .11 from $CUDA_HOME/lib64, /usr/local/cuda/lib64 or the loader's
// path), and makes its handle and workspace.
// On failure returns NULL and *error (malloc'd): when the driver library is missing, cuInit
// reports no device, or there are zero devices, *error starts with BERTRT_NO_CUDA_DEVICE,
// followed by the reason in parentheses; otherwise it names what failed (no image for the
// device's architecture lists the device's and the images'; a missing cuBLASLt lists the
// places searched).
bertrt_cuda *cuda_open(const bertrt_model *m, char **error);
void cuda_close(bertrt_cuda *c); // NULL is fine

// "NVIDIA H100 80GB HBM3 (sm_90, 79.1 GiB)".
const char *cuda_device_description(const bertrt_cuda *c);

// Device memory: zeroed, 256-byte aligned. The pointer is a device address (not
// dereferenceable on the host); host code only adds offsets to it.
void *cuda_alloc(bertrt_cuda *c, size_t bytes, const char *what);
void cuda_free(bertrt_cuda *c, void *dev);

// Copies in stream order. cuda_upload returns once `host` may be reused, without waiting
// for the stream (`host` must be pageable memory, which the driver stages); cuda_download
// returns when the bytes are in `host` (it waits for the work queued before it).
void cuda_upload(bertrt_cuda *c, void *dev, const void *host, size_t bytes);
void cuda_download(bertrt_cuda *c, void *host, const void *dev, size_t bytes);
void cuda_memset_zero(bertrt_cuda *c, void *dev, size_t bytes);
// Waits for every call queued on the stream.
void cuda_synchronize(bertrt_cuda *c);

// Runs a generated entry point on the device: writes ctx's step scalars (lr .. step) to the
// device copy that kernels read, then queues the entry's kernels and GEMMs. With CUDA graphs
// (the default; BERTC_CUDA_GRAPHS=0 turns them off) the second run of each entry (the first
// is a warm-up) is captured into a graph and every later run launches that graph: one
// launch instead of hundreds.
void cuda_run_entry(bertrt_cuda *c, bertrt_entry entry, bertrt_ctx *ctx);

// Peak of device memory in use by this process since cuda_open (total minus free, sampled
// at each cuda_alloc and cuda_synchronize), bytes.
size_t cuda_peak_memory(const bertrt_cuda *c);

#endif
