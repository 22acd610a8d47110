// softmax_cpu.h: the row log-sum-exp and exp give the same bits on every vector level the
// CPU has (AVX-512F, AVX2, plain C) at lengths around the vector widths, and the lse is within
// float rounding of the one computed in double with libm.
#include "check.h"
#include "simd_cpu.h"
#include "softmax_cpu.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

enum { MAX_N = 200 };

static const char *const level_names[] = {"plain C", "AVX2", "AVX-512F"};

int main(void) {
  static const int64_t lengths[] = {1, 7, 8, 15, 16, 17, 33, 64, 127, 128, 200};
  float row[MAX_N];
  uint32_t state = 12345;
  for (size_t t = 0; t < sizeof lengths / sizeof *lengths; t++) {
    int64_t n = lengths[t];
    for (int64_t j = 0; j < n; j++) { // scores in [-30, 30), one very negative (a padded key)
      state = state * 1664525u + 1013904223u;
      row[j] = (float)(state >> 8) * 0x1p-24f * 60.0f - 30.0f;
    }
    if (n > 3) row[3] = -10000.0f;
    double max = row[0], sum = 0;
    for (int64_t j = 1; j < n; j++)
      max = fmax(max, row[j]);
    for (int64_t j = 0; j < n; j++)
      sum += exp(row[j] - max);
    double want = max + log(sum);

    float lse[3], probs[3][MAX_N];
    int first = -1; // the best level, which the others must equal
    for (int level = RT_SIMD_AVX512; level >= RT_SIMD_SCALAR; level--) {
      if (rt_simd_force((rt_simd_level)level) != (rt_simd_level)level) continue;
      lse[level] = softmax_row_lse(row, n);
      memcpy(probs[level], row, (size_t)n * sizeof(float));
      softmax_row_exp(probs[level], n, lse[level]);
      CHECK(fabs(lse[level] - want) <= 4e-6 * fmax(1.0, fabs(want)),
            "%s, n = %lld: lse %.9g, in double %.9g", level_names[level], (long long)n, lse[level],
            want);
      double total = 0;
      for (int64_t j = 0; j < n; j++)
        total += probs[level][j];
      CHECK(fabs(total - 1.0) < 1e-5, "%s, n = %lld: probabilities sum to %.9g", level_names[level],
            (long long)n, total);
      if (first < 0) {
        first = level;
        continue;
      }
      CHECK(memcmp(&lse[level], &lse[first], sizeof(float)) == 0,
            "n = %lld: lse %.9g on %s, %.9g on %s", (long long)n, lse[level], level_names[level],
            lse[first], level_names[first]);
      CHECK(memcmp(probs[level], probs[first], (size_t)n * sizeof(float)) == 0,
            "n = %lld: exp differs between %s and %s", (long long)n, level_names[level],
            level_names[first]);
    }
  }
  return check_exit("softmax");
}
