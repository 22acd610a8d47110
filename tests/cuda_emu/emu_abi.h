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
#ifndef BERTC_EMU_ABI_H
#define BERTC_EMU_ABI_H

#define EMU_ABI_VERSION 1
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
} emu_kernel;

#endif
