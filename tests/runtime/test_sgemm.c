// bertrt_sgemm equals a naive triple loop for every transpose combination, leading
// dimensions wider than the matrices, alpha/beta, a 2-level batch with strides, and each
// of its threading paths (serial, batch in parallel, one GEMM split along m or n).
#include "bertrt_abi.h"
#include "check.h"
#include "pool.h"

#include <math.h>
#include <stdlib.h>

static float rnd(unsigned *s) {
  *s = *s * 1103515245u + 12345u;
  return (float)((*s >> 8) & 0xFFFF) / 32768.0f - 1.0f;
}

static void naive(const bertrt_gemm *g, const float *a, const float *b, float *c) {
  for (int64_t i0 = 0; i0 < g->batch[0]; i0++)
    for (int64_t i1 = 0; i1 < g->batch[1]; i1++) {
      const float *A = a + i0 * g->stride_a[0] + i1 * g->stride_a[1];
      const float *B = b + i0 * g->stride_b[0] + i1 * g->stride_b[1];
      float *C = c + i0 * g->stride_c[0] + i1 * g->stride_c[1];
      for (int64_t i = 0; i < g->m; i++)
        for (int64_t j = 0; j < g->n; j++) {
          double s = 0;
          for (int64_t k = 0; k < g->k; k++)
            s += (double)(g->trans_a ? A[k * g->lda + i] : A[i * g->lda + k]) *
                 (g->trans_b ? B[j * g->ldb + k] : B[k * g->ldb + j]);
          C[i * g->ldc + j] = (float)(g->alpha * s + g->beta * C[i * g->ldc + j]);
        }
    }
}

static void one(bertrt_ctx *ctx, int ta, int tb, int64_t m, int64_t n, int64_t k, int64_t b0,
                int64_t b1, double alpha, double beta, unsigned seed) {
  bertrt_gemm g = {
      .trans_a = ta, .trans_b = tb, .m = m, .n = n, .k = k, .alpha = alpha, .beta = beta};
  g.lda = (ta ? m : k) + 3;
  g.ldb = (tb ? k : n) + 1;
  g.ldc = n + 2;
  int64_t size_a = (ta ? k : m) * g.lda, size_b = (tb ? n : k) * g.ldb, size_c = m * g.ldc;
  g.batch[0] = b0;
  g.batch[1] = b1;
  // level 1 packed, level 0 with a gap; B shared across level 1 (stride 0), as for weights
  g.stride_a[1] = size_a, g.stride_a[0] = size_a * b1 + 5;
  g.stride_b[1] = 0, g.stride_b[0] = size_b + 7;
  g.stride_c[1] = size_c, g.stride_c[0] = size_c * b1 + 11;
  size_t na = (size_t)(g.stride_a[0] * b0), nb = (size_t)(g.stride_b[0] * b0),
         nc = (size_t)(g.stride_c[0] * b0);
  float *a = malloc(na * 4), *b = malloc(nb * 4), *c = malloc(nc * 4), *want = malloc(nc * 4);
  for (size_t i = 0; i < na; i++)
    a[i] = rnd(&seed);
  for (size_t i = 0; i < nb; i++)
    b[i] = rnd(&seed);
  for (size_t i = 0; i < nc; i++)
    c[i] = want[i] = rnd(&seed);
  naive(&g, a, b, want);
  bertrt_sgemm(ctx, &g, a, b, c);
  double diff = 0, norm = 0;
  for (size_t i = 0; i < nc; i++) {
    diff += (double)(c[i] - want[i]) * (c[i] - want[i]);
    norm += (double)want[i] * want[i];
  }
  CHECK(sqrt(diff / norm) < 1e-5,
        "ta %d tb %d m %lld n %lld k %lld batch %lldx%lld alpha %g "
        "beta %g: rel err %g",
        ta, tb, (long long)m, (long long)n, (long long)k, (long long)b0, (long long)b1, alpha, beta,
        sqrt(diff / norm));
  free(a);
  free(b);
  free(c);
  free(want);
}

int main(void) {
  unsigned seed = 1;
  for (int threads = 1; threads <= 3; threads += 2) {
    bertrt_pool *pool = pool_create(threads);
    bertrt_ctx ctx = {.pool = pool};
    for (int ta = 0; ta < 2; ta++)
      for (int tb = 0; tb < 2; tb++) {
        one(&ctx, ta, tb, 7, 5, 3, 1, 1, 1.0, 0.0, seed++);      // serial
        one(&ctx, ta, tb, 33, 17, 64, 2, 3, 0.125, 1.0, seed++); // serial, batched
        one(&ctx, ta, tb, 130, 96, 70, 3, 2, -2.0, 0.5, seed++); // batch in parallel
        one(&ctx, ta, tb, 1, 1, 1, 4, 1, 1.0, 1.0, seed++);
        one(&ctx, ta, tb, 301, 40, 50, 1, 1, 1.0, 0.0, seed++);  // split along m
        one(&ctx, ta, tb, 40, 299, 50, 1, 2, 0.5, -1.0, seed++); // split along n
      }
    pool_destroy(pool);
  }
  return check_exit("sgemm");
}
