// simd_cpu.c — rt_simd (simd_cpu.h): the CPU's vector level, asked of cpuid once.
#include "simd_cpu.h"

#include <stdatomic.h>

static _Atomic int forced = -1;

static rt_simd_level best(void) {
#if defined(__x86_64__) || defined(__i386__)
  if (__builtin_cpu_supports("avx512f")) return RT_SIMD_AVX512;
  if (__builtin_cpu_supports("avx2")) return RT_SIMD_AVX2;
#endif
  return RT_SIMD_SCALAR;
}

rt_simd_level rt_simd(void) {
  static _Atomic int found = -1;
  int level = atomic_load_explicit(&found, memory_order_relaxed);
  if (level < 0) {
    level = (int)best();
    atomic_store_explicit(&found, level, memory_order_relaxed);
  }
  int cap = atomic_load_explicit(&forced, memory_order_relaxed);
  return (rt_simd_level)(cap >= 0 && cap < level ? cap : level);
}

rt_simd_level rt_simd_force(rt_simd_level level) {
  atomic_store_explicit(&forced, (int)level, memory_order_relaxed);
  return rt_simd();
}
