// gemm_cpu.c — bertrt_sgemm (bertrt_abi.h) on OpenBLAS, threaded by the runtime's pool:
// OpenBLAS itself runs single-threaded (its idle threads would spin against the pool's).
// A batch of at least as many GEMMs as the pool has threads (attention's per-head
// products) runs its GEMMs in parallel; otherwise each GEMM of the batch is split along
// the longer of m and n into contiguous blocks, one per thread. Products under
// GEMM_SERIAL_MNK multiply-adds stay on the calling thread.
#include "bertrt_abi.h"
#include "blas.h"
#include "pool.h"

#include <cblas.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define GEMM_SERIAL_MNK (1 << 18)

static pthread_once_t blas_single = PTHREAD_ONCE_INIT;

static void set_one_thread(void) {
  openblas_set_num_threads(1);
}

void rt_blas_single_thread(void) {
  pthread_once(&blas_single, set_one_thread);
}

typedef struct {
  bertrt_ctx ctx; // first: bertrt_parallel_for hands &job->ctx back to the chunk
  const bertrt_gemm *g;
  const float *a, *b;
  float *c;
  int64_t batch; // the GEMM being split (split_m / split_n)
} gemm_job;

// Rows [m0, m1) and columns [n0, n1) of C for batch index x.
static void gemm_block(const gemm_job *job, int64_t x, int64_t m0, int64_t m1, int64_t n0,
                       int64_t n1) {
  const bertrt_gemm *g = job->g;
  int64_t i = x / g->batch[1], j = x % g->batch[1];
  const float *a = job->a + i * g->stride_a[0] + j * g->stride_a[1];
  const float *b = job->b + i * g->stride_b[0] + j * g->stride_b[1];
  float *c = job->c + i * g->stride_c[0] + j * g->stride_c[1];
  a += g->trans_a ? m0 : m0 * g->lda; // row m0 of op(A)
  b += g->trans_b ? n0 * g->ldb : n0; // column n0 of op(B)
  cblas_sgemm(CblasRowMajor, g->trans_a ? CblasTrans : CblasNoTrans,
              g->trans_b ? CblasTrans : CblasNoTrans, (blasint)(m1 - m0), (blasint)(n1 - n0),
              (blasint)g->k, (float)g->alpha, a, (blasint)g->lda, b, (blasint)g->ldb,
              (float)g->beta, c + m0 * g->ldc + n0, (blasint)g->ldc);
}

static void whole_gemms(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  const gemm_job *job = (const gemm_job *)ctx;
  for (int64_t x = begin; x < end; x++)
    gemm_block(job, x, 0, job->g->m, 0, job->g->n);
}

static void split_m(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  const gemm_job *job = (const gemm_job *)ctx;
  gemm_block(job, job->batch, begin, end, 0, job->g->n);
}

static void split_n(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  const gemm_job *job = (const gemm_job *)ctx;
  gemm_block(job, job->batch, 0, job->g->m, begin, end);
}

void bertrt_sgemm(bertrt_ctx *ctx, const bertrt_gemm *g, const float *a, const float *b, float *c) {
  if (g->type_a != BERTRT_F32 || g->type_b != BERTRT_F32 || g->type_c != BERTRT_F32) {
    fprintf(stderr,
            "bertrt: internal error: bertrt_sgemm of element types %lld, %lld, %lld "
            "(the cpu target's GEMMs are f32)\n",
            (long long)g->type_a, (long long)g->type_b, (long long)g->type_c);
    abort();
  }
  rt_blas_single_thread();
  int threads = ctx->pool ? pool_threads(ctx->pool) : 1;
  int64_t count = g->batch[0] * g->batch[1];
  gemm_job job = {*ctx, g, a, b, c, 0};
  if (count >= threads || g->m * g->n * g->k < GEMM_SERIAL_MNK) {
    bertrt_parallel_for(&job.ctx, whole_gemms, count);
    return;
  }
  for (job.batch = 0; job.batch < count; job.batch++)
    bertrt_parallel_for(&job.ctx, g->m >= g->n ? split_m : split_n, g->m >= g->n ? g->m : g->n);
}
