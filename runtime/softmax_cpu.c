// softmax_cpu.c — exp and log-sum-exp of attention's rows (softmax_cpu.h), in plain C and in
// AVX2 and AVX-512F: each step the same float operation on every level.
#include "softmax_cpu.h"

#include "simd_cpu.h"

#include <math.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

// Cephes' expf polynomial, constants of the reduction, as render_llvm_math.c's build_exp.
#define EXP_C0     5.0000001201e-1f
#define EXP_C1     1.6666665459e-1f
#define EXP_C2     4.1665795894e-2f
#define EXP_C3     8.3334519073e-3f
#define EXP_C4     1.3981999507e-3f
#define EXP_C5     1.9875691500e-4f
#define EXP_LOG2E  0x1.715476p0f
#define EXP_MAGIC  0x1.8p23f // adding 1.5 * 2^23 rounds to an integer held in the low bits
#define EXP_LN2_HI 0.693359375f
#define EXP_LN2_LO -2.12194440e-4f
#define LANES      16

static uint32_t bits_of(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  return u;
}

static float float_of(uint32_t u) {
  float x;
  memcpy(&x, &u, sizeof x);
  return x;
}

// 2^n for n in [-126, 127].
static float pow2(uint32_t n) {
  return float_of((n + 127u) << 23);
}

float softmax_expf(float x) {
  x = x < -104.0f ? -104.0f : x; // NaN compares false and passes through
  x = x > 89.0f ? 89.0f : x;
  float t = x * EXP_LOG2E + EXP_MAGIC;
  float nf = t - EXP_MAGIC;
  uint32_t n = bits_of(t) - bits_of(EXP_MAGIC);
  float r = x - nf * EXP_LN2_HI;
  r = r - nf * EXP_LN2_LO;
  float p = EXP_C5;
  p = p * r + EXP_C4;
  p = p * r + EXP_C3;
  p = p * r + EXP_C2;
  p = p * r + EXP_C1;
  p = p * r + EXP_C0;
  p = p * (r * r) + r + 1.0f;
  // n in [-150, 128]: two halves, each a normal power of two (n1 = n >> 1, arithmetic)
  uint32_t n1 = (uint32_t)((int32_t)n >> 1), n2 = n - n1;
  return p * pow2(n1) * pow2(n2);
}

static float row_max_scalar(const float *s, int64_t n) {
  float max = s[0];
  for (int64_t j = 1; j < n; j++)
    max = s[j] > max ? s[j] : max;
  return max;
}

// sums[l] += exp(s[j] - shift) for j in [from, n), l = j % 16; out[j] = the exp unless out
// is NULL (out may be s).
static void exp_tail(float *sums, const float *s, float *out, int64_t from, int64_t n,
                     float shift) {
  for (int64_t j = from; j < n; j++) {
    float e = softmax_expf(s[j] - shift);
    sums[j % LANES] += e;
    if (out) out[j] = e;
  }
}

#if defined(__x86_64__) || defined(__i386__)
#define AVX512 __attribute__((target("avx512f")))
#define AVX2   __attribute__((target("avx2")))

AVX512 static inline __m512 exp16(__m512 x) {
  // max_ps(c, x) is x when x is NaN (the second operand), as the scalar comparisons
  x = _mm512_max_ps(_mm512_set1_ps(-104.0f), x);
  x = _mm512_min_ps(_mm512_set1_ps(89.0f), x);
  __m512 magic = _mm512_set1_ps(EXP_MAGIC);
  __m512 t = _mm512_add_ps(_mm512_mul_ps(x, _mm512_set1_ps(EXP_LOG2E)), magic);
  __m512 nf = _mm512_sub_ps(t, magic);
  __m512i n = _mm512_sub_epi32(_mm512_castps_si512(t), _mm512_castps_si512(magic));
  __m512 r = _mm512_sub_ps(x, _mm512_mul_ps(nf, _mm512_set1_ps(EXP_LN2_HI)));
  r = _mm512_sub_ps(r, _mm512_mul_ps(nf, _mm512_set1_ps(EXP_LN2_LO)));
  __m512 p = _mm512_set1_ps(EXP_C5);
  p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(EXP_C4));
  p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(EXP_C3));
  p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(EXP_C2));
  p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(EXP_C1));
  p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(EXP_C0));
  p = _mm512_add_ps(_mm512_add_ps(_mm512_mul_ps(p, _mm512_mul_ps(r, r)), r), _mm512_set1_ps(1.0f));
  __m512i n1 = _mm512_srai_epi32(n, 1), n2 = _mm512_sub_epi32(n, n1);
  __m512i bias = _mm512_set1_epi32(127);
  __m512 s1 = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(n1, bias), 23));
  __m512 s2 = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(n2, bias), 23));
  return _mm512_mul_ps(_mm512_mul_ps(p, s1), s2);
}

// exp_tail over the whole vectors of [0, n), lane by lane; returns how many elements it took.
AVX512 static int64_t exp_avx512(float *sums, const float *s, float *out, int64_t n, float shift) {
  __m512 acc = _mm512_loadu_ps(sums), c = _mm512_set1_ps(shift);
  int64_t j = 0;
  for (; j + LANES <= n; j += LANES) {
    __m512 e = exp16(_mm512_sub_ps(_mm512_loadu_ps(s + j), c));
    acc = _mm512_add_ps(acc, e);
    if (out) _mm512_storeu_ps(out + j, e);
  }
  _mm512_storeu_ps(sums, acc);
  return j;
}

AVX512 static float max_avx512(const float *s, int64_t n) {
  int64_t j = 0;
  float max = s[0];
  if (n >= LANES) {
    __m512 m = _mm512_loadu_ps(s);
    for (j = LANES; j + LANES <= n; j += LANES)
      m = _mm512_max_ps(_mm512_loadu_ps(s + j), m);
    max = _mm512_reduce_max_ps(m);
  }
  for (; j < n; j++)
    max = s[j] > max ? s[j] : max;
  return max;
}

AVX2 static inline __m256 exp8(__m256 x) {
  x = _mm256_max_ps(_mm256_set1_ps(-104.0f), x);
  x = _mm256_min_ps(_mm256_set1_ps(89.0f), x);
  __m256 magic = _mm256_set1_ps(EXP_MAGIC);
  __m256 t = _mm256_add_ps(_mm256_mul_ps(x, _mm256_set1_ps(EXP_LOG2E)), magic);
  __m256 nf = _mm256_sub_ps(t, magic);
  __m256i n = _mm256_sub_epi32(_mm256_castps_si256(t), _mm256_castps_si256(magic));
  __m256 r = _mm256_sub_ps(x, _mm256_mul_ps(nf, _mm256_set1_ps(EXP_LN2_HI)));
  r = _mm256_sub_ps(r, _mm256_mul_ps(nf, _mm256_set1_ps(EXP_LN2_LO)));
  __m256 p = _mm256_set1_ps(EXP_C5);
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(EXP_C4));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(EXP_C3));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(EXP_C2));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(EXP_C1));
  p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(EXP_C0));
  p = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(p, _mm256_mul_ps(r, r)), r), _mm256_set1_ps(1.0f));
  __m256i n1 = _mm256_srai_epi32(n, 1), n2 = _mm256_sub_epi32(n, n1);
  __m256i bias = _mm256_set1_epi32(127);
  __m256 s1 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(n1, bias), 23));
  __m256 s2 = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(n2, bias), 23));
  return _mm256_mul_ps(_mm256_mul_ps(p, s1), s2);
}

// As exp_avx512: two 8-lane vectors make the 16 running sums.
AVX2 static int64_t exp_avx2(float *sums, const float *s, float *out, int64_t n, float shift) {
  __m256 lo = _mm256_loadu_ps(sums), hi = _mm256_loadu_ps(sums + 8), c = _mm256_set1_ps(shift);
  int64_t j = 0;
  for (; j + LANES <= n; j += LANES) {
    __m256 e0 = exp8(_mm256_sub_ps(_mm256_loadu_ps(s + j), c));
    __m256 e1 = exp8(_mm256_sub_ps(_mm256_loadu_ps(s + j + 8), c));
    lo = _mm256_add_ps(lo, e0), hi = _mm256_add_ps(hi, e1);
    if (out) _mm256_storeu_ps(out + j, e0), _mm256_storeu_ps(out + j + 8, e1);
  }
  _mm256_storeu_ps(sums, lo), _mm256_storeu_ps(sums + 8, hi);
  return j;
}

AVX2 static float max_avx2(const float *s, int64_t n) {
  int64_t j = 0;
  float max = s[0];
  if (n >= 8) {
    __m256 m = _mm256_loadu_ps(s);
    for (j = 8; j + 8 <= n; j += 8)
      m = _mm256_max_ps(_mm256_loadu_ps(s + j), m);
    float lanes[8];
    _mm256_storeu_ps(lanes, m);
    max = row_max_scalar(lanes, 8);
  }
  for (; j < n; j++)
    max = s[j] > max ? s[j] : max;
  return max;
}
#endif

// exp_tail over all of s, whole vectors first.
static void row_exp(float *sums, const float *s, float *out, int64_t n, float shift) {
  int64_t j = 0;
#if defined(__x86_64__) || defined(__i386__)
  switch (rt_simd()) {
  case RT_SIMD_AVX512:
    j = exp_avx512(sums, s, out, n, shift);
    break;
  case RT_SIMD_AVX2:
    j = exp_avx2(sums, s, out, n, shift);
    break;
  case RT_SIMD_SCALAR:
    break;
  }
#endif
  exp_tail(sums, s, out, j, n, shift);
}

static float row_max(const float *s, int64_t n) {
#if defined(__x86_64__) || defined(__i386__)
  switch (rt_simd()) {
  case RT_SIMD_AVX512:
    return max_avx512(s, n);
  case RT_SIMD_AVX2:
    return max_avx2(s, n);
  case RT_SIMD_SCALAR:
    break;
  }
#endif
  return row_max_scalar(s, n);
}

float softmax_row_lse(const float *s, int64_t n) {
  float max = row_max(s, n), sums[LANES] = {0};
  row_exp(sums, s, NULL, n, max);
  float sum = 0.0f;
  for (int l = 0; l < LANES; l++)
    sum += sums[l];
  return max + logf(sum);
}

void softmax_row_exp(float *s, int64_t n, float shift) {
  float sums[LANES] = {0};
  row_exp(sums, s, s, n, shift);
}
