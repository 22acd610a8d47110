// softmax_cpu.h — the rows of attention's softmax on the CPU (attention_cpu.c): exp and
// log-sum-exp, inline and vectorised (simd_cpu.h), with no libm call per element.
// exp is the generated kernels' (compiler/render_llvm_math.c) operation for operation:
// Cody-Waite reduction, Cephes' degree-6 polynomial, 2^n in two exponent scalings, x clamped
// to [-104, 89], no FMA; so the fused attention and the generated kernels agree bit for bit.
#ifndef BERTRT_SOFTMAX_CPU_H
#define BERTRT_SOFTMAX_CPU_H

#include <stdint.h>

// exp(x) in float, as the generated kernels compute it; NaN propagates.
float softmax_expf(float x);

// log sum_j exp(s[j]) over n >= 1 elements: max + log(sum_j exp(s[j] - max)), the sum kept in
// 16 running sums (sum l takes the elements j with j % 16 == l, in order) then added in order
// 0..15: the same bits on every vector level.
float softmax_row_lse(const float *s, int64_t n);

// s[j] = exp(s[j] - shift) for j in [0, n).
void softmax_row_exp(float *s, int64_t n, float shift);

#endif
