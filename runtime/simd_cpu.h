// simd_cpu.h — the vector instructions of the runtime's hand-vectorised loops (philox.c's
// dropout factors, softmax_cpu.c's rows): the best the CPU has, found once. Every level gives
// the same bits (no FMA, one summation order), so a result does not depend on the CPU; tests
// force each level in turn to check that.
#ifndef BERTRT_SIMD_CPU_H
#define BERTRT_SIMD_CPU_H

typedef enum { RT_SIMD_SCALAR, RT_SIMD_AVX2, RT_SIMD_AVX512 } rt_simd_level;

// The level in use: the CPU's best (AVX-512F, AVX2, else plain C), unless forced lower.
rt_simd_level rt_simd(void);

// For tests: use `level`, or the CPU's best when that is lower; returns the level now in use.
rt_simd_level rt_simd_force(rt_simd_level level);

#endif
