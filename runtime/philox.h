// philox.h — the Philox4x32-10 block function behind bertrt_dropout_uniform (bertrt_abi.h),
// with Random123's constants, so its known-answer vectors test it directly.
#ifndef BERTRT_PHILOX_H
#define BERTRT_PHILOX_H

#include <stdint.h>

// out = philox4x32_10(counter, key), as Random123's philox4x32_R(10, ctr, key).
void philox4x32_10(uint32_t out[4], const uint32_t counter[4], const uint32_t key[2]);

#endif
