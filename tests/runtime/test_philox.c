// Philox4x32-10 matches Random123's known-answer vectors (kat_vectors, philox4x32_10),
// bertrt_dropout_uniform draws from the documented counter/key layout, and
// bertrt_dropout_factors equals the per-element draws bit for bit on every vector level the
// CPU has (AVX-512F, AVX2, plain C).
#include "bertrt_abi.h"
#include "check.h"
#include "philox.h"
#include "simd_cpu.h"

static void kat(const uint32_t ctr[4], const uint32_t key[2], const uint32_t want[4]) {
  uint32_t got[4];
  philox4x32_10(got, ctr, key);
  for (int i = 0; i < 4; i++)
    CHECK(got[i] == want[i],
          "ctr %08x %08x %08x %08x key %08x %08x: word %d is %08x, expected %08x", ctr[0], ctr[1],
          ctr[2], ctr[3], key[0], key[1], i, got[i], want[i]);
}

int main(void) {
  kat((uint32_t[]){0, 0, 0, 0}, (uint32_t[]){0, 0},
      (uint32_t[]){0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8});
  kat((uint32_t[]){0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
      (uint32_t[]){0xffffffff, 0xffffffff},
      (uint32_t[]){0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd});
  kat((uint32_t[]){0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
      (uint32_t[]){0xa4093822, 0x299f31d0},
      (uint32_t[]){0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1});

  // uniform = (word 0 of philox(ctr = (index lo, index hi, step, 0), key = (seed, site))) >> 8 *
  // 2^-24
  uint64_t index = 0x0000000500000007ull;
  uint32_t out[4];
  philox4x32_10(out, (uint32_t[]){7, 5, 3, 0}, (uint32_t[]){42, 9});
  float u = bertrt_dropout_uniform(42, 3, 9, index);
  CHECK(u == (float)(out[0] >> 8) / 16777216.0f, "uniform %.9g from word %08x", u, out[0]);
  double mean = 0;
  for (uint64_t i = 0; i < 100000; i++) {
    float x = bertrt_dropout_uniform(1, 0, 2, i);
    CHECK(x >= 0.0f && x < 1.0f, "uniform(%llu) = %g outside [0, 1)", (unsigned long long)i, x);
    mean += x / 100000.0;
  }
  CHECK(mean > 0.497 && mean < 0.503, "mean of 1e5 uniforms %g", mean);
  CHECK(bertrt_dropout_uniform(1, 0, 2, 5) != bertrt_dropout_uniform(1, 1, 2, 5),
        "the step changes the draw");
  CHECK(bertrt_dropout_uniform(1, 0, 2, 5) != bertrt_dropout_uniform(1, 0, 3, 5),
        "the site changes the draw");
  // row lengths around the vector widths, rows crossing 2^32 (the counter's high word)
  static const struct {
    uint64_t first;
    int64_t n;
  } rows[] = {{0, 1},      {3, 7}, {100, 16}, {1000, 33}, {0xFFFFFFF0ull, 40}, {0xFFFFFFF5ull, 40},
              {12345, 127}};
  float z[127];
  static const char *const level_names[] = {"plain C", "AVX2", "AVX-512F"};
  for (int level = RT_SIMD_AVX512; level >= RT_SIMD_SCALAR; level--) {
    if (rt_simd_force((rt_simd_level)level) != (rt_simd_level)level) continue; // CPU lacks it
    for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
      bertrt_dropout_factors(z, 42, 7, 3, rows[r].first, rows[r].n, 0.1f, 1.0f / 0.9f);
      for (int64_t j = 0; j < rows[r].n; j++) {
        float want = bertrt_dropout_uniform(42, 7, 3, rows[r].first + (uint64_t)j) < 0.1f
                         ? 0.0f
                         : 1.0f / 0.9f;
        CHECK(z[j] == want, "%s: factor %lld of the row at %llu is %g, the element's draw gives %g",
              level_names[level], (long long)j, (unsigned long long)rows[r].first, z[j], want);
      }
    }
  }
  return check_exit("philox");
}
