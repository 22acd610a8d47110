// philox.c — the runtime's Philox4x32-10 and dropout's uniform draw: thin wrappers over
// philox_impl.h, whose text every kernels.cu also embeds (render_cuda.c).
#include "philox.h"

#include "bertrt_abi.h"
#include "philox_impl.h"

void philox4x32_10(uint32_t out[4], const uint32_t counter[4], const uint32_t key[2]) {
  bertrt_philox_block(out, counter, key);
}

float bertrt_dropout_uniform(uint32_t seed, uint32_t step, uint32_t site, uint64_t index) {
  return bertrt_philox_uniform(seed, step, site, index);
}

// Compiled for each instruction set, picked at load time: the 32x32->64 products of the
// rounds become vector multiplies of a row of counters.
__attribute__((target_clones("avx512f", "avx2", "default"))) void
bertrt_dropout_factors(float *z, uint32_t seed, uint32_t step, uint32_t site, uint64_t first,
                       int64_t n, float p, float keep) {
  for (int64_t j = 0; j < n; j++)
    z[j] = bertrt_philox_uniform(seed, step, site, first + (uint64_t)j) < p ? 0.0f : keep;
}
