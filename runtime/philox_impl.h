// philox_impl.h — Philox4x32-10 (Salmon et al., SC'11; Random123 constants) and dropout's
// uniform draw, as static inline functions over 32- and 64-bit unsigned arithmetic only.
// The same text compiles as C (runtime/philox.c) and as CUDA: render_cuda.c embeds this
// file verbatim into every kernels.cu, so the CPU and CUDA targets draw identical dropout
// masks by construction. CUDA needs uint32_t and uint64_t defined before the text.
#ifndef BERTRT_PHILOX_IMPL_H
#define BERTRT_PHILOX_IMPL_H

#ifdef __CUDACC__
#define BERTRT_PHILOX_FN static __device__ __forceinline__
#else
#include <stdint.h>
#define BERTRT_PHILOX_FN static inline
#endif

#define BERTRT_PHILOX_M0 0xD2511F53u
#define BERTRT_PHILOX_M1 0xCD9E8D57u
#define BERTRT_PHILOX_W0 0x9E3779B9u // golden ratio
#define BERTRT_PHILOX_W1 0xBB67AE85u // sqrt(3) - 1

// out = philox4x32_10(counter, key), as Random123's philox4x32_R(10, ctr, key).
BERTRT_PHILOX_FN void bertrt_philox_block(uint32_t out[4], const uint32_t counter[4],
                                          const uint32_t key[2]) {
  uint32_t c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
  uint32_t k0 = key[0], k1 = key[1];
  for (int round = 0; round < 10; round++) {
    if (round > 0) {
      k0 += BERTRT_PHILOX_W0;
      k1 += BERTRT_PHILOX_W1;
    }
    uint64_t p0 = (uint64_t)BERTRT_PHILOX_M0 * c0;
    uint64_t p1 = (uint64_t)BERTRT_PHILOX_M1 * c2;
    uint32_t n0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0, n1 = (uint32_t)p1;
    uint32_t n2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1, n3 = (uint32_t)p0;
    c0 = n0, c1 = n1, c2 = n2, c3 = n3;
  }
  out[0] = c0, out[1] = c1, out[2] = c2, out[3] = c3;
}

// bertrt_dropout_uniform (bertrt_abi.h): key (seed, site), counter (index low 32 bits,
// index high 32 bits, step, 0); the first output word's top 24 bits as a float in [0, 1).
BERTRT_PHILOX_FN float bertrt_philox_uniform(uint32_t seed, uint32_t step, uint32_t site,
                                             uint64_t index) {
  uint32_t counter[4] = {(uint32_t)index, (uint32_t)(index >> 32), step, 0};
  uint32_t key[2] = {seed, site};
  uint32_t out[4];
  bertrt_philox_block(out, counter, key);
  return (float)(out[0] >> 8) * 0x1p-24f;
}

#endif
