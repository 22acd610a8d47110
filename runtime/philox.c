// philox.c — Philox4x32-10 (Salmon et al., SC'11; Random123 constants) and dropout's
// uniform draw. The CUDA renderer emits the same arithmetic, so masks agree across targets.
#include "philox.h"

#include "bertrt_abi.h"

#define PHILOX_M0 0xD2511F53u
#define PHILOX_M1 0xCD9E8D57u
#define PHILOX_W0 0x9E3779B9u // golden ratio
#define PHILOX_W1 0xBB67AE85u // sqrt(3) - 1

static void philox_round(uint32_t ctr[4], const uint32_t key[2]) {
  uint64_t p0 = (uint64_t)PHILOX_M0 * ctr[0];
  uint64_t p1 = (uint64_t)PHILOX_M1 * ctr[2];
  uint32_t hi0 = (uint32_t)(p0 >> 32), lo0 = (uint32_t)p0;
  uint32_t hi1 = (uint32_t)(p1 >> 32), lo1 = (uint32_t)p1;
  uint32_t next[4] = {hi1 ^ ctr[1] ^ key[0], lo1, hi0 ^ ctr[3] ^ key[1], lo0};
  for (int i = 0; i < 4; i++)
    ctr[i] = next[i];
}

void philox4x32_10(uint32_t out[4], const uint32_t counter[4], const uint32_t key[2]) {
  uint32_t ctr[4] = {counter[0], counter[1], counter[2], counter[3]};
  uint32_t k[2] = {key[0], key[1]};
  for (int round = 0; round < 10; round++) {
    if (round > 0) {
      k[0] += PHILOX_W0;
      k[1] += PHILOX_W1;
    }
    philox_round(ctr, k);
  }
  for (int i = 0; i < 4; i++)
    out[i] = ctr[i];
}

float bertrt_dropout_uniform(uint32_t seed, uint32_t step, uint32_t site, uint64_t index) {
  uint32_t counter[4] = {(uint32_t)index, (uint32_t)(index >> 32), step, 0};
  uint32_t key[2] = {seed, site};
  uint32_t out[4];
  philox4x32_10(out, counter, key);
  return (float)(out[0] >> 8) * 0x1p-24f;
}
