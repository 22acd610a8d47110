// emu_abi.h — the contract between the emulated CUDA driver (fake_cuda.c, libemucuda.so) and
// an emulated kernels module: a program's kernels.cu compiled for the host CPU with g++ and
// emu_prelude.h (tests/cuda_emu/lib.sh), loaded by cuModuleLoadData from $BERTC_EMU_KERNELS.
// Plain C, read by both sides.
//
// The module exports, all extern "C":
//   threadIdx, blockIdx, blockDim, gridDim  the built-in variables (emu_dim3), which the
//                                           driver sets before it runs or resumes a thread;
//   emu_attach(const emu_driver *)         called once by cuModuleLoadData;
//   emu_kernel_body_N (emu_kernel)         one per __global__ function body_N of kernels.cu.
//
// Also the contract between the emulated driver and the emulated cuBLASLt (fake_cublaslt.c,
// libemucublaslt.so), for stream capture: see emu_stream_record at the end.
#ifndef BERTC_EMU_ABI_H
#define BERTC_EMU_ABI_H

#define EMU_ABI_VERSION 2
#define EMU_WARP_SIZE   32
#define EMU_MAX_THREADS 1024 // threads per block, as on every CUDA device

typedef struct {
  unsigned x, y, z;
} emu_dim3;

// What a thread of a block waits at (emu_driver.barrier).
typedef enum {
  EMU_SYNCTHREADS, // __syncthreads(): every thread of the block that has not returned
  EMU_SYNCWARP,    // __syncwarp(mask)
  EMU_SHUFFLE,     // one of the two halves of a __shfl_*_sync(mask, ...)
} emu_barrier_kind;

// The driver's services to kernel code, valid while a launch runs.
typedef struct {
  int abi_version; // EMU_ABI_VERSION
  // Suspends the calling thread until every thread of the block that has not returned
  // waits at a barrier; aborts with a message when they wait at different kinds, or when
  // `mask` (warp-level kinds: lanes of the caller's warp) names a thread that does not wait
  // with the same mask.
  void (*barrier)(emu_barrier_kind kind, unsigned mask);
  // Whether thread `tid` of the running block exists and has not returned.
  int (*alive)(unsigned tid);
  // Aborts, naming the running kernel, block and thread, when `p` is not inside a device
  // allocation: parameter `index` of the running kernel.
  void (*check_pointer)(const void *p, int index);
  // Prints "emulated device: MESSAGE" with the running kernel, block and thread; aborts.
  void (*fail)(const char *message);
} emu_driver;

// One __global__ function of the module.
typedef struct {
  // Runs the body on the current thread with cuLaunchKernel's kernelParams: params[i]
  // points at the value of parameter i.
  void (*run)(void **params);
  // Called once per launch, before any thread runs: check_pointer on every pointer
  // parameter.
  void (*check)(void **params);
  unsigned max_threads; // its __launch_bounds__
  int n_params;
  // sizeof each parameter's type, n_params of them: a launch recorded by a stream capture
  // copies every parameter's value (kernelParams point at the caller's short-lived memory).
  // Each copy is placed at a multiple of EMU_PARAM_ALIGN bytes.
  const unsigned *param_sizes;
} emu_kernel;

#define EMU_PARAM_ALIGN 16 // enough for every parameter type of a kernels.cu

// ---- the emulated driver's hook for the emulated cuBLASLt ---------------------------------
//
// The two fakes are separate libraries, each opened by the runtime with dlopen(RTLD_LOCAL),
// so neither links the other. libemucuda.so exports
//
//   int emu_stream_record(void *stream, const char *what, int (*run)(void *data),
//                         void (*release)(void *data), void *data, int *recorded);
//
// (EMU_STREAM_RECORD_SYMBOL, type emu_stream_record_fn), and libemucublaslt.so finds it with
// dlopen($BERTC_LIBCUDA, RTLD_NOW | RTLD_NOLOAD): the driver library the runtime opened from
// that path, already loaded, so the same handle and the same driver state; then dlsym.
// (Failing that, dlsym(RTLD_DEFAULT) for a program linked with the driver.)
//
// `stream` is a CUstream of the driver (NULL: the legacy stream); `what` names the
// operation in messages (copied). It returns a CUresult:
//   0 with *recorded = 1: the stream is capturing; the operation is recorded into the
//      capture's graph and `data` now belongs to the driver: run(data) executes the
//      operation at each launch of an executable graph instantiated from it (its non-zero
//      result fails that cuGraphLaunch), and release(data) frees it when no graph or
//      executable graph holds it any longer;
//   0 with *recorded = 0: the stream is not capturing: the caller executes the operation
//      now, and keeps `data`;
//   else an error (a stream that is not one, a capture already invalidated, a host
//      operation on the legacy stream while a blocking stream captures; this error
//      invalidates that capture), after a line "emulated CUDA driver: ..." on stderr: nothing
//      is recorded or executed, the caller keeps `data`.
// So the caller copies everything the operation needs (descriptor contents, scalars,
// pointers) into `data` before it calls, as CUDA copies a captured call's arguments.
#define EMU_STREAM_RECORD_SYMBOL "emu_stream_record"
typedef int emu_stream_record_fn(void *stream, const char *what, int (*run)(void *data),
                                 void (*release)(void *data), void *data, int *recorded);

#endif
