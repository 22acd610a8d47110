// emu_prelude.h — the CUDA C++ that a bertc kernels.cu uses, for g++ on the host CPU. With it
// the program's own kernels.cu text compiles (g++ -std=c++17 -O2 -fPIC -shared, no fast
// math) into an emulated kernels module that the emulated driver (fake_cuda.c) loads: see
// emu_abi.h for the contract and tests/cuda_emu/lib.sh for the build.
//
// Execution model (fake_cuda.c): the blocks of a launch run one after another; the threads of
// a block are cooperative fibers on one OS thread. So
//   - __shared__ is static storage: one block at a time uses it;
//   - threadIdx, blockIdx, blockDim and gridDim are globals the driver sets whenever it runs
//     or resumes a fiber, so each emulated thread sees its own;
//   - every barrier is block-wide: the fiber yields until every thread of the block that has
//     not returned waits at a barrier. Kernels of bertc have block-uniform control flow apart
//     from an early `return` of the threads of out-of-range rows, so a thread's barriers are
//     the same sequence in every thread that runs on: waiting for the whole block at a
//     __syncwarp or a shuffle only orders the threads more than the GPU does, which code
//     free of data races cannot observe. The driver checks that claim at every barrier: all
//     waiting threads wait at the same kind of barrier, and a warp-level barrier's mask
//     names only threads that wait with that mask (else it aborts: on a GPU that is a
//     deadlock or undefined behaviour).
// Math is <cmath>'s IEEE single precision (expf, erff, ...): no fast-math approximations.
#ifndef BERTC_EMU_PRELUDE_H
#define BERTC_EMU_PRELUDE_H

#include "emu_abi.h"

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <type_traits>
#include <utility>

// After every system header: kernels.cu defines uint32_t and uint64_t itself, and
// runtime/philox_impl.h (embedded in kernels.cu) takes its CUDA branch, without <stdint.h>.
#define __CUDACC__ 1

#define __global__
#define __device__
#define __host__
#define __forceinline__        inline __attribute__((always_inline))
#define __launch_bounds__(...) // read by emu_bodies.awk
#define __shared__             static

extern "C" {
// The built-in variables of the running thread; set by the driver (emu_abi.h).
__attribute__((visibility("default"))) emu_dim3 threadIdx, blockIdx, blockDim, gridDim;
}

namespace emu {

inline const emu_driver *driver;

[[noreturn]] inline void fail(const char *message) {
  driver->fail(message);
  __builtin_trap(); // fail does not return
}

// A barrier of the driver; the compiler may keep no memory value in a register across it
// (other threads run inside the call).
inline void barrier(emu_barrier_kind kind, unsigned mask) {
  asm volatile("" ::: "memory");
  driver->barrier(kind, mask);
  asm volatile("" ::: "memory");
}

// __shfl_xor_sync: every thread publishes its value, all wait, each reads its partner's,
// all wait again (so the slots are free for the next shuffle).
template <typename T> T shuffle_xor(unsigned mask, T value, int lane_mask, int width) {
  static_assert(std::is_trivially_copyable_v<T> && sizeof(T) <= 8, "a register value");
  static T slot[EMU_MAX_THREADS];
  if (width < 1 || width > EMU_WARP_SIZE || (width & (width - 1)) || lane_mask < 0 ||
      lane_mask >= width)
    fail("__shfl_xor_sync: width must be a power of two <= 32 and laneMask < width");
  if (blockDim.y != 1 || blockDim.z != 1) fail("__shfl_xor_sync: only 1-D blocks are emulated");
  const unsigned tid = threadIdx.x, lane = tid % EMU_WARP_SIZE;
  const unsigned src_lane = lane ^ (unsigned)lane_mask, src = tid - lane + src_lane;
  slot[tid] = value;
  barrier(EMU_SHUFFLE, mask);
  if (!(mask >> src_lane & 1u)) fail("__shfl_xor_sync: the source lane is not in the mask");
  if (!driver->alive(src))
    fail("__shfl_xor_sync: the source lane's thread does not exist or has returned");
  const T read = slot[src];
  barrier(EMU_SHUFFLE, mask);
  return read;
}

// Parameter i of a launch: its pointer (nullptr when it is not one), and whether the body
// may write through it.
template <typename A> const void *pointer(void *param) {
  if constexpr (std::is_pointer_v<A>) return *static_cast<void **>(param);
  return nullptr;
}
template <typename A> constexpr bool written() {
  if constexpr (std::is_pointer_v<A>) return !std::is_const_v<std::remove_pointer_t<A>>;
  return false;
}

// The body called with cuLaunchKernel's kernelParams: params[i] points at parameter i's value,
// whose type is deduced from the body's own signature.
template <typename... A, std::size_t... I>
void run(void (*body)(A...), void **params, std::index_sequence<I...>) {
  body(*static_cast<std::remove_cv_t<A> *>(params[I])...);
}
// Each pointer parameter points into a device allocation, and one the body writes is no
// other parameter (they are all __restrict__: on a GPU the other may be read through the
// read-only cache).
template <typename... A, std::size_t... I>
void check(void (*)(A...), void **params, std::index_sequence<I...>) {
  const void *const pointers[] = {pointer<A>(params[I])..., nullptr};
  const bool writes[] = {written<A>()..., false};
  for (std::size_t i = 0; i < sizeof...(A); i++) {
    if (!pointers[i]) continue;
    driver->check_pointer(pointers[i], (int)i);
    for (std::size_t j = 0; j < i; j++)
      if (pointers[j] == pointers[i] && (writes[i] || writes[j])) {
        char why[160];
        std::snprintf(why, sizeof why,
                      "parameters %zu and %zu (from 0), __restrict__ and one written, are the "
                      "same buffer",
                      j, i);
        fail(why);
      }
  }
}
template <typename... A> constexpr int n_params(void (*)(A...)) {
  return (int)sizeof...(A);
}
// sizeof each parameter's type (emu_kernel.param_sizes), then a 0 (no empty array).
template <typename F> struct signature;
template <typename... A> struct signature<void (*)(A...)> {
  static_assert(((alignof(A) <= EMU_PARAM_ALIGN) && ...), "a parameter type aligned beyond "
                                                          "EMU_PARAM_ALIGN");
  static constexpr unsigned sizes[sizeof...(A) + 1] = {(unsigned)sizeof(A)..., 0u};
};
template <typename... A> constexpr auto indices(void (*)(A...)) {
  return std::index_sequence_for<A...>{};
}

} // namespace emu

// The module's entry point for the driver (emu_abi.h).
extern "C" __attribute__((visibility("default"))) int emu_attach(const emu_driver *driver) {
  emu::driver = driver;
  return EMU_ABI_VERSION;
}

// One emu_kernel per __global__ function; tests/cuda_emu/emu_bodies.awk writes one line
// EMU_BODY(body_N, its __launch_bounds__) per body after kernels.cu.
#define EMU_BODY(name, bounds)                                                                     \
  static void emu_run_##name(void **params) {                                                      \
    emu::run(name, params, emu::indices(name));                                                    \
  }                                                                                                \
  static void emu_check_##name(void **params) {                                                    \
    emu::check(name, params, emu::indices(name));                                                  \
  }                                                                                                \
  extern "C" __attribute__((visibility("default"))) const emu_kernel emu_kernel_##name = {         \
      emu_run_##name, emu_check_##name, bounds, emu::n_params(name),                               \
      emu::signature<decltype(&name)>::sizes};

// ---- CUDA's intrinsics ------------------------------------------------------------------

__forceinline__ void __syncthreads() {
  emu::barrier(EMU_SYNCTHREADS, ~0u);
}

__forceinline__ void __syncwarp(unsigned mask = ~0u) {
  emu::barrier(EMU_SYNCWARP, mask);
}

template <typename T>
__forceinline__ T __shfl_xor_sync(unsigned mask, T var, int laneMask, int width = EMU_WARP_SIZE) {
  return emu::shuffle_xor(mask, var, laneMask, width);
}

__forceinline__ float __int_as_float(int i) {
  float f;
  std::memcpy(&f, &i, sizeof f);
  return f;
}

__forceinline__ int __float_as_int(float f) {
  int i;
  std::memcpy(&i, &f, sizeof i);
  return i;
}

__forceinline__ float __uint_as_float(unsigned u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}

__forceinline__ unsigned __float_as_uint(float f) {
  unsigned u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}

__forceinline__ float rsqrtf(float x) {
  return 1.0f / sqrtf(x);
}

// Within 2 ulp of a / b on a GPU (for |b| in [2^-126, 2^126]); the exact quotient here.
__forceinline__ float __fdividef(float a, float b) {
  return a / b;
}

#endif
