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
