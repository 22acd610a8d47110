// attention_cpu.c — bertrt_attention_cpu (bertrt_abi.h): one (batch, head) per task of
// bertrt_parallel_for, its S x S probabilities in a scratch of the task's chunk, so that no
// [B, heads, S, S] tensor exists. The products are OpenBLAS GEMMs on the head's strided
// slices (run single-threaded, blas.h); softmax (softmax_cpu.h), dropout (philox.h) and the
// score gradient are vectorised loops over rows with one summation order, so the result
// depends on neither the pool, its size nor the CPU's vector level.
#include "bertrt_abi.h"
#include "blas.h"
#include "philox.h"
#include "rt_util.h"
#include "softmax_cpu.h"

#include <cblas.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  bertrt_ctx ctx; // first: bertrt_parallel_for hands &job->ctx back to the chunk
  const bertrt_attention *a;
  float *const *t;  // [BERTRT_ATT_ROLES]
  bool dropout;     // ctx->dropout_on and dropout_p > 0
  float drop_p;     // dropout_p as the generated code compares it
  float keep_scale; // 1 / (1 - p) in float, bit-identical to the generated code's
} att_job;

// One (batch, head): where its slices start and the chunk's scratch.
typedef struct {
  const att_job *job;
  int64_t seq, dim, ld; // S, head_dim, row stride heads * head_dim
  int64_t slice;        // element offset of row 0 of the head in q, k, v, ...: [b, 0, h, 0]
  int64_t row0;         // (b * heads + h) * S: row 0 of the head in lse and delta
  float *p;             // [S, S] probabilities, then p * z
  float *dp;            // [S, S] dout v^T, then ds (gradient parts only)
  float *z;             // [S] one row's dropout factors
} att_head;

// c [m, n] (row stride ldc) = alpha * op(a) op(b), row-major.
static void gemm(bool ta, bool tb, int64_t m, int64_t n, int64_t k, float alpha, const float *a,
                 int64_t lda, const float *b, int64_t ldb, float *c, int64_t ldc) {
  cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
              (blasint)m, (blasint)n, (blasint)k, alpha, a, (blasint)lda, b, (blasint)ldb, 0.0f, c,
              (blasint)ldc);
}

// The head's [S, head_dim] slice of q, k, v, out, dout, dq, dk or dv (row stride ld).
static float *head(const att_head *x, bertrt_attention_role role) {
  return x->job->t[role] + x->slice;
}

// x->z = z of the contract for row i of the head's [S, S] block (elements i * S + j).
static void dropout_row(const att_head *x, int64_t i) {
  const att_job *job = x->job;
  if (!job->dropout) {
    for (int64_t j = 0; j < x->seq; j++)
      x->z[j] = 1.0f;
    return;
  }
  bertrt_dropout_factors(x->z, job->ctx.seed, job->ctx.step, (uint32_t)job->a->dropout_site,
                         (uint64_t)((x->row0 + i) * x->seq), x->seq, job->drop_p, job->keep_scale);
}

// p = scale * q k^T + key_bias[b, j] per column: the scores s.
static void scores(const att_head *x) {
  const att_job *job = x->job;
  int64_t S = x->seq, b = x->row0 / (job->a->heads * S);
  gemm(false, true, S, S, x->dim, (float)job->a->scale, head(x, BERTRT_ATT_Q), x->ld,
       head(x, BERTRT_ATT_K), x->ld, x->p, S);
  const float *bias = job->t[BERTRT_ATT_KEY_BIAS] + b * S;
  for (int64_t i = 0; i < S; i++)
    for (int64_t j = 0; j < S; j++)
      x->p[i * S + j] += bias[j];
}

// out = (p z) v; lse written.
static void forward_head(const att_head *x) {
  int64_t S = x->seq;
  float *lse = x->job->t[BERTRT_ATT_LSE] + x->row0;
  scores(x);
  for (int64_t i = 0; i < S; i++) {
    float *row = x->p + i * S;
    lse[i] = softmax_row_lse(row, S);
    softmax_row_exp(row, S, lse[i]);
    dropout_row(x, i);
    for (int64_t j = 0; j < S; j++)
      row[j] *= x->z[j];
  }
  gemm(false, false, S, x->dim, S, 1.0f, x->p, S, head(x, BERTRT_ATT_V), x->ld,
       head(x, BERTRT_ATT_OUT), x->ld);
}

// Both gradient parts: p = p z and dp = ds = p (z (dout v^T) - delta), from the given lse.
static void score_grads(const att_head *x) {
  int64_t S = x->seq;
  const float *lse = x->job->t[BERTRT_ATT_LSE] + x->row0;
  const float *delta = x->job->t[BERTRT_ATT_DELTA] + x->row0;
  scores(x);
  gemm(false, true, S, S, x->dim, 1.0f, head(x, BERTRT_ATT_DOUT), x->ld, head(x, BERTRT_ATT_V),
       x->ld, x->dp, S);
  for (int64_t i = 0; i < S; i++) {
    float *p = x->p + i * S, *dp = x->dp + i * S;
    softmax_row_exp(p, S, lse[i]);
    dropout_row(x, i);
    for (int64_t j = 0; j < S; j++) {
      dp[j] = p[j] * (x->z[j] * dp[j] - delta[i]);
      p[j] *= x->z[j];
    }
  }
}

// dq = scale ds k, from score_grads' ds.
static void dq_of_head(const att_head *x) {
  int64_t S = x->seq;
  gemm(false, false, S, x->dim, S, (float)x->job->a->scale, x->dp, S, head(x, BERTRT_ATT_K), x->ld,
       head(x, BERTRT_ATT_DQ), x->ld);
}

// dv = (p z)^T dout; dk = scale ds^T q, from score_grads' p z and ds.
static void dkv_of_head(const att_head *x) {
  int64_t S = x->seq;
  gemm(true, false, S, x->dim, S, 1.0f, x->p, S, head(x, BERTRT_ATT_DOUT), x->ld,
       head(x, BERTRT_ATT_DV), x->ld);
  gemm(true, false, S, x->dim, S, (float)x->job->a->scale, x->dp, S, head(x, BERTRT_ATT_Q), x->ld,
       head(x, BERTRT_ATT_DK), x->ld);
}

// (batch, head) pairs [begin, end), b * heads + h.
static void attention_chunk(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  const att_job *job = (const att_job *)ctx;
  const bertrt_attention *a = job->a;
  int64_t S = a->seq, blocks = a->part == BERTRT_ATTENTION_FORWARD ? 1 : 2;
  float *scratch = rt_grow(NULL, (size_t)(blocks * S * S + S) * sizeof(float));
  for (int64_t bh = begin; bh < end; bh++) {
    int64_t b = bh / a->heads, h = bh % a->heads;
    att_head x = {.job = job,
                  .seq = S,
                  .dim = a->head_dim,
                  .ld = a->heads * a->head_dim,
                  .slice = b * S * a->heads * a->head_dim + h * a->head_dim,
                  .row0 = bh * S,
                  .p = scratch,
                  .dp = scratch + (blocks - 1) * S * S,
                  .z = scratch + blocks * S * S};
    if (a->part == BERTRT_ATTENTION_FORWARD) {
      forward_head(&x);
      continue;
    }
    score_grads(&x);
    if (a->part != BERTRT_ATTENTION_GRAD_Q) dkv_of_head(&x);
    if (a->part != BERTRT_ATTENTION_GRAD_KV) dq_of_head(&x);
  }
  free(scratch);
}

void bertrt_attention_cpu(bertrt_ctx *ctx, const bertrt_attention *a,
                          float *const tensors[BERTRT_ATT_ROLES]) {
  if (a->part < BERTRT_ATTENTION_FORWARD || a->part > BERTRT_ATTENTION_GRAD) {
    fprintf(stderr, "bertrt: internal error: %s:%d: attention part %lld\n", __FILE__, __LINE__,
            (long long)a->part);
    abort();
  }
  rt_blas_single_thread();
  float drop_p = (float)a->dropout_p;
  att_job job = {.ctx = *ctx,
                 .a = a,
                 .t = tensors,
                 .dropout = ctx->dropout_on != 0.0f && drop_p > 0.0f,
                 .drop_p = drop_p,
                 .keep_scale = 1.0f / (1.0f - drop_p)};
  bertrt_parallel_for(&job.ctx, attention_chunk, a->batch * a->heads);
}
