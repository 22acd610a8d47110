// philox.h — the Philox4x32-10 block function behind bertrt_dropout_uniform (bertrt_abi.h),
// with Random123's constants, so its known-answer vectors test it directly.
#ifndef BERTRT_PHILOX_H
#define BERTRT_PHILOX_H

#include <stdint.h>

// out = philox4x32_10(counter, key), as Random123's philox4x32_R(10, ctr, key).
void philox4x32_10(uint32_t out[4], const uint32_t counter[4], const uint32_t key[2]);

// Dropout factors of n consecutive elements: z[j] = 0 where bertrt_dropout_uniform(seed, step,
// site, first + j) < p, else keep (1 / (1 - p) as the kernels compute it); bit for bit the
// per-element draws, 16 (AVX-512F) or 8 (AVX2) elements at a time (simd_cpu.h).
void bertrt_dropout_factors(float *z, uint32_t seed, uint32_t step, uint32_t site, uint64_t first,
                            int64_t n, float p, float keep);

#endif
