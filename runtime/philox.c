// philox.c — the runtime's Philox4x32-10 and dropout's uniform draw: thin wrappers over
// philox_impl.h, whose text every kernels.cu also embeds (render_cuda.c), and dropout's
// factors of a row, 16 (AVX-512F) or 8 (AVX2) counters at a time, bit for bit the draws of
// philox_impl.h.
#include "philox.h"

#include "bertrt_abi.h"
#include "philox_impl.h"
#include "simd_cpu.h"

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

void philox4x32_10(uint32_t out[4], const uint32_t counter[4], const uint32_t key[2]) {
  bertrt_philox_block(out, counter, key);
}

float bertrt_dropout_uniform(uint32_t seed, uint32_t step, uint32_t site, uint64_t index) {
  return bertrt_philox_uniform(seed, step, site, index);
}

static void factors_scalar(float *z, uint32_t seed, uint32_t step, uint32_t site, uint64_t first,
                           int64_t n, float p, float keep) {
  for (int64_t j = 0; j < n; j++)
    z[j] = bertrt_philox_uniform(seed, step, site, first + (uint64_t)j) < p ? 0.0f : keep;
}

#if defined(__x86_64__) || defined(__i386__)
// Each vector holds the counters index, index + 1, ... of consecutive elements; a vector
// whose low counter word would wrap inside it goes to the scalar loop (its high word differs
// between lanes), as does the tail.

#define AVX512 __attribute__((target("avx512f")))

// hi and lo words of m * c in every 32-bit lane: vpmuludq of the even and the odd lanes.
AVX512 static inline void mul_hi_lo_16(__m512i m, __m512i c, __m512i *hi, __m512i *lo) {
  __m512i even = _mm512_mul_epu32(c, m), odd = _mm512_mul_epu32(_mm512_srli_epi64(c, 32), m);
  *hi = _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(even, 32), odd);
  *lo = _mm512_mask_blend_epi32(0xAAAA, even, _mm512_slli_epi64(odd, 32));
}

AVX512 static int64_t factors_avx512(float *z, uint32_t seed, uint32_t step, uint32_t site,
                                     uint64_t first, int64_t n, float p, float keep) {
  const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m512i m0 = _mm512_set1_epi32((int)BERTRT_PHILOX_M0);
  const __m512i m1 = _mm512_set1_epi32((int)BERTRT_PHILOX_M1);
  int64_t j = 0;
  for (; j + 16 <= n; j += 16) {
    uint64_t index = first + (uint64_t)j;
    if ((uint32_t)index > UINT32_MAX - 15) break;
    __m512i c0 = _mm512_add_epi32(_mm512_set1_epi32((int)(uint32_t)index), lanes);
    __m512i c1 = _mm512_set1_epi32((int)(uint32_t)(index >> 32));
    __m512i c2 = _mm512_set1_epi32((int)step), c3 = _mm512_setzero_si512();
    uint32_t k0 = seed, k1 = site;
    for (int round = 0; round < 10; round++) {
      if (round > 0) k0 += BERTRT_PHILOX_W0, k1 += BERTRT_PHILOX_W1;
      __m512i hi0, lo0, hi1, lo1;
      mul_hi_lo_16(m0, c0, &hi0, &lo0);
      mul_hi_lo_16(m1, c2, &hi1, &lo1);
      c0 = _mm512_xor_si512(_mm512_xor_si512(hi1, c1), _mm512_set1_epi32((int)k0));
      c1 = lo1;
      c2 = _mm512_xor_si512(_mm512_xor_si512(hi0, c3), _mm512_set1_epi32((int)k1));
      c3 = lo0;
    }
    // (word >> 8) * 2^-24 is exact in float, as in bertrt_philox_uniform
    __m512 u =
        _mm512_mul_ps(_mm512_cvtepi32_ps(_mm512_srli_epi32(c0, 8)), _mm512_set1_ps(0x1p-24f));
    __mmask16 dropped = _mm512_cmp_ps_mask(u, _mm512_set1_ps(p), _CMP_LT_OQ);
    _mm512_storeu_ps(z + j,
                     _mm512_mask_blend_ps(dropped, _mm512_set1_ps(keep), _mm512_setzero_ps()));
  }
  return j;
}

#define AVX2 __attribute__((target("avx2")))

AVX2 static inline void mul_hi_lo_8(__m256i m, __m256i c, __m256i *hi, __m256i *lo) {
  __m256i even = _mm256_mul_epu32(c, m), odd = _mm256_mul_epu32(_mm256_srli_epi64(c, 32), m);
  *hi = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0xAA);
  *lo = _mm256_blend_epi32(even, _mm256_slli_epi64(odd, 32), 0xAA);
}

AVX2 static int64_t factors_avx2(float *z, uint32_t seed, uint32_t step, uint32_t site,
                                 uint64_t first, int64_t n, float p, float keep) {
  const __m256i lanes = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i m0 = _mm256_set1_epi32((int)BERTRT_PHILOX_M0);
  const __m256i m1 = _mm256_set1_epi32((int)BERTRT_PHILOX_M1);
  int64_t j = 0;
  for (; j + 8 <= n; j += 8) {
    uint64_t index = first + (uint64_t)j;
    if ((uint32_t)index > UINT32_MAX - 7) break;
    __m256i c0 = _mm256_add_epi32(_mm256_set1_epi32((int)(uint32_t)index), lanes);
    __m256i c1 = _mm256_set1_epi32((int)(uint32_t)(index >> 32));
    __m256i c2 = _mm256_set1_epi32((int)step), c3 = _mm256_setzero_si256();
    uint32_t k0 = seed, k1 = site;
    for (int round = 0; round < 10; round++) {
      if (round > 0) k0 += BERTRT_PHILOX_W0, k1 += BERTRT_PHILOX_W1;
      __m256i hi0, lo0, hi1, lo1;
      mul_hi_lo_8(m0, c0, &hi0, &lo0);
      mul_hi_lo_8(m1, c2, &hi1, &lo1);
      c0 = _mm256_xor_si256(_mm256_xor_si256(hi1, c1), _mm256_set1_epi32((int)k0));
      c1 = lo1;
      c2 = _mm256_xor_si256(_mm256_xor_si256(hi0, c3), _mm256_set1_epi32((int)k1));
      c3 = lo0;
    }
    __m256 u =
        _mm256_mul_ps(_mm256_cvtepi32_ps(_mm256_srli_epi32(c0, 8)), _mm256_set1_ps(0x1p-24f));
    __m256 dropped = _mm256_cmp_ps(u, _mm256_set1_ps(p), _CMP_LT_OQ);
    _mm256_storeu_ps(z + j, _mm256_andnot_ps(dropped, _mm256_set1_ps(keep)));
  }
  return j;
}
#endif

// The elements of [0, n) the CPU's vector level draws from the front, whole vectors at a time.
static int64_t factors_vector(float *z, uint32_t seed, uint32_t step, uint32_t site, uint64_t first,
                              int64_t n, float p, float keep) {
#if defined(__x86_64__) || defined(__i386__)
  switch (rt_simd()) {
  case RT_SIMD_AVX512:
    return factors_avx512(z, seed, step, site, first, n, p, keep);
  case RT_SIMD_AVX2:
    return factors_avx2(z, seed, step, site, first, n, p, keep);
  case RT_SIMD_SCALAR:
    break;
  }
#else
  (void)z, (void)seed, (void)step, (void)site, (void)first, (void)n, (void)p, (void)keep;
#endif
  return 0;
}

void bertrt_dropout_factors(float *z, uint32_t seed, uint32_t step, uint32_t site, uint64_t first,
                            int64_t n, float p, float keep) {
  for (int64_t done = 0; done < n;) {
    done += factors_vector(z + done, seed, step, site, first + (uint64_t)done, n - done, p, keep);
    // then the tail, or the vector where the low counter word wraps, element by element
    int64_t scalar = n - done < 16 ? n - done : 16;
    factors_scalar(z + done, seed, step, site, first + (uint64_t)done, scalar, p, keep);
    done += scalar;
  }
}
