// kir_interp.c — the reference interpreter of the kernel IR (kir_interp.h).
//
// A K_LOOP runs row by row; within a row each phase evaluates, per column, the
// expressions its items depend on (marked once per phase), in index order, so every
// operand is computed before its user.
#include "kir_interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const KProgram *p;
  const KLoop *loop;
  bertrt_ctx *ctx;
  int64_t coord[MAX_RANK]; // the row's coordinates
  int64_t row;             // its row-major linear index
  float *slot;             // [n_slots]
  float *val;              // [exprs] values at the current column
} Row;

static void *buf_base(const KProgram *p, bertrt_ctx *ctx, int buf) {
  const KBuf *b = &p->bufs.items[buf];
  return (char *)ctx->arena[b->arena] + b->offset;
}

// bfloat16 bits <-> float: widening is exact; rounding is to nearest even, NaN stays NaN.
static float bf16_to_f32(uint16_t bits) {
  uint32_t u = (uint32_t)bits << 16;
  float f;
  memcpy(&f, &u, sizeof f);
  return f;
}

static uint16_t f32_to_bf16(float f) {
  uint32_t u;
  memcpy(&u, &f, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u | 0x400000u) >> 16);
  return (uint16_t)((u + 0x7fffu + (u >> 16 & 1u)) >> 16);
}

// Element `at` of buffer `buf` as f32 (an i32 converted, a bf16 widened).
static float get(const KProgram *p, bertrt_ctx *ctx, int buf, int64_t at) {
  const void *base = buf_base(p, ctx, buf);
  switch (p->bufs.items[buf].dtype) {
  case DT_I32:
    return (float)((const int32_t *)base)[at];
  case DT_BF16:
    return bf16_to_f32(((const uint16_t *)base)[at]);
  case DT_F32:
    return ((const float *)base)[at];
  }
  unreachable();
}

// Stores `v` to element `at` of f32 or bf16 buffer `buf` (rounded to bf16 there).
static void put(const KProgram *p, bertrt_ctx *ctx, int buf, int64_t at, float v) {
  void *base = buf_base(p, ctx, buf);
  if (p->bufs.items[buf].dtype == DT_BF16)
    ((uint16_t *)base)[at] = f32_to_bf16(v);
  else
    ((float *)base)[at] = v;
}

static int64_t affine_at(const Row *r, int64_t offset, const int64_t *row_stride,
                         int64_t col_stride, int64_t col) {
  int64_t at = offset + col_stride * col;
  for (int d = 0; d < r->loop->rank; d++)
    at += row_stride[d] * r->coord[d];
  return at;
}

// The element an index denotes at (row, col), checked against its buffer.
static int64_t element_at(const Row *r, const KIndex *ix, int64_t col) {
  int64_t at = affine_at(r, ix->offset, ix->row_stride, ix->col_stride, col);
  if (ix->via.buf >= 0) {
    int64_t i = affine_at(r, ix->via.offset, ix->via.row_stride, ix->via.col_stride, col);
    check(i >= 0 && i < r->p->bufs.items[ix->via.buf].elems);
    const int32_t *ids = buf_base(r->p, r->ctx, ix->via.buf);
    at += ix->via.scale * ids[i];
  }
  check(at >= 0 && at < r->p->bufs.items[ix->buf].elems);
  return at;
}

static float load(const Row *r, const KIndex *ix, int64_t col) {
  return get(r->p, r->ctx, ix->buf, element_at(r, ix, col));
}

static float ctx_value(const bertrt_ctx *ctx, KCtxField f) {
  switch (f) {
  case KCTX_LR:
    return ctx->lr;
  case KCTX_BIAS_CORRECTION1:
    return ctx->bias_correction1;
  case KCTX_BIAS_CORRECTION2:
    return ctx->bias_correction2;
  case KCTX_DROPOUT_ON:
    return ctx->dropout_on;
  }
  unreachable();
}

static float eval(const Row *r, const KExpr *e, int64_t col) {
  const float *v = r->val;
  switch (e->op) {
  case KX_CONST:
    return e->value;
  case KX_LOAD:
    return load(r, &e->index, col);
  case KX_SLOT:
    return r->slot[e->slot];
  case KX_COL:
    return (float)col;
  case KX_COORD:
    return (float)r->coord[e->dim];
  case KX_CTX:
    return ctx_value(r->ctx, e->ctx_field);
  case KX_UNIFORM:
    return bertrt_dropout_uniform(r->ctx->seed, r->ctx->step, e->site,
                                  (uint64_t)(r->row * r->loop->cols + col));
  case KX_NEG:
    return -v[e->a];
  case KX_EXP:
    return expf(v[e->a]);
  case KX_LOG:
    return logf(v[e->a]);
  case KX_SQRT:
    return sqrtf(v[e->a]);
  case KX_RSQRT:
    return 1.0f / sqrtf(v[e->a]);
  case KX_TANH:
    return tanhf(v[e->a]);
  case KX_ERF:
    return erff(v[e->a]);
  case KX_ADD:
    return v[e->a] + v[e->b];
  case KX_SUB:
    return v[e->a] - v[e->b];
  case KX_MUL:
    return v[e->a] * v[e->b];
  case KX_DIV:
    return v[e->a] / v[e->b];
  case KX_MAX:
    return fmaxf(v[e->a], v[e->b]);
  case KX_MIN:
    return fminf(v[e->a], v[e->b]);
  case KX_LT:
    return v[e->a] < v[e->b] ? 1.0f : 0.0f;
  case KX_EQ:
    return v[e->a] == v[e->b] ? 1.0f : 0.0f;
  case KX_SELECT:
    return v[e->a] != 0.0f ? v[e->b] : v[e->c];
  case KX_COUNT:
    break;
  }
  unreachable();
}

// Evaluates the live expressions at one column.
static void eval_at(Row *r, const bool *live, int64_t col) {
  for (int i = 0; i < r->loop->exprs.len; i++)
    if (live[i]) r->val[i] = eval(r, &r->loop->exprs.items[i], col);
}

// Per phase: which expressions its items need.
static bool *live_sets(const KLoop *loop) {
  size_t n = (size_t)loop->exprs.len;
  bool *live = xcalloc((size_t)loop->phases.len * (n ? n : 1), sizeof *live);
  for (int ph = 0; ph < loop->phases.len; ph++) {
    const KPhase *phase = &loop->phases.items[ph];
    for (int i = 0; i < phase->items.len; i++)
      kir_live(loop, phase->items.items[i].expr, live + (size_t)ph * n);
  }
  return live;
}

static void run_let(Row *r, const KPhase *phase, const bool *live) {
  eval_at(r, live, 0);
  for (int i = 0; i < phase->items.len; i++)
    r->slot[phase->items.items[i].slot] = r->val[phase->items.items[i].expr];
}

static void run_reduce(Row *r, const KPhase *phase, const bool *live, float *acc) {
  for (int i = 0; i < phase->items.len; i++)
    acc[i] = phase->items.items[i].reduce == KR_SUM ? 0.0f : -INFINITY;
  for (int64_t c = 0; c < r->loop->cols; c++) {
    eval_at(r, live, c);
    for (int i = 0; i < phase->items.len; i++) {
      float x = r->val[phase->items.items[i].expr];
      acc[i] = phase->items.items[i].reduce == KR_SUM ? acc[i] + x : fmaxf(acc[i], x);
    }
  }
  for (int i = 0; i < phase->items.len; i++)
    r->slot[phase->items.items[i].slot] = acc[i];
}

// Stores `values` ([items][cols]) to the destinations of a map phase at the current row.
static void store_map(const Row *r, const KPhase *phase, const float *values) {
  for (int i = 0; i < phase->items.len; i++) {
    const KIndex *dst = &phase->items.items[i].dst;
    for (int64_t c = 0; c < r->loop->cols; c++)
      put(r->p, r->ctx, dst->buf, element_at(r, dst, c), values[i * r->loop->cols + c]);
  }
}

// Computes every value of a map phase at the current row into `values` ([items][cols]),
// or adds them to it when summing over rows.
static void run_map(Row *r, const KPhase *phase, const bool *live, float *values) {
  for (int64_t c = 0; c < r->loop->cols; c++) {
    eval_at(r, live, c);
    for (int i = 0; i < phase->items.len; i++) {
      float x = r->val[phase->items.items[i].expr];
      float *v = &values[i * r->loop->cols + c];
      *v = r->loop->sum_over_rows ? *v + x : x;
    }
  }
}

static int max_items(const KLoop *loop) {
  int n = 1;
  for (int ph = 0; ph < loop->phases.len; ph++)
    if (loop->phases.items[ph].items.len > n) n = loop->phases.items[ph].items.len;
  return n;
}

static void run_loop(const KProgram *p, const KLoop *loop, bertrt_ctx *ctx) {
  Row r = {.p = p, .loop = loop, .ctx = ctx};
  r.slot = xcalloc((size_t)(loop->n_slots ? loop->n_slots : 1), sizeof *r.slot);
  r.val = xcalloc((size_t)(loop->exprs.len ? loop->exprs.len : 1), sizeof *r.val);
  bool *live = live_sets(loop);
  // [items][cols]: a map phase's values, or the running sums over rows (from 0)
  float *values = xcalloc((size_t)max_items(loop) * (size_t)loop->cols, sizeof *values);
  float *acc = xcalloc((size_t)max_items(loop), sizeof *acc);
  int64_t rows = 1;
  for (int d = 0; d < loop->rank; d++)
    rows *= loop->dim[d];
  for (r.row = 0; r.row < rows; r.row++) {
    for (int64_t rest = r.row, d = loop->rank - 1; d >= 0; d--) {
      r.coord[d] = rest % loop->dim[d];
      rest /= loop->dim[d];
    }
    for (int ph = 0; ph < loop->phases.len; ph++) {
      const KPhase *phase = &loop->phases.items[ph];
      const bool *phase_live = live + (size_t)ph * (size_t)loop->exprs.len;
      switch (phase->kind) {
      case KP_LET:
        run_let(&r, phase, phase_live);
        break;
      case KP_REDUCE:
        run_reduce(&r, phase, phase_live, acc);
        break;
      case KP_MAP:
        run_map(&r, phase, phase_live, values);
        if (!loop->sum_over_rows) store_map(&r, phase, values);
        break;
      }
    }
  }
  if (loop->sum_over_rows) {
    memset(r.coord, 0, sizeof r.coord);
    store_map(&r, &loop->phases.items[loop->phases.len - 1], values);
  }
  free(r.slot), free(r.val), free(live), free(values), free(acc);
}

static float gelu(float x) {
  return 0.5f * x * (1.0f + erff(x / sqrtf(2.0f)));
}

static void run_gemm(const KProgram *p, const KGemm *g, bertrt_ctx *ctx) {
  for (int64_t i0 = 0; i0 < g->batch[0]; i0++) {
    for (int64_t i1 = 0; i1 < g->batch[1]; i1++) {
      int64_t a_at = i0 * g->stride_a[0] + i1 * g->stride_a[1];
      int64_t b_at = i0 * g->stride_b[0] + i1 * g->stride_b[1];
      int64_t c_at = i0 * g->stride_c[0] + i1 * g->stride_c[1];
      for (int64_t i = 0; i < g->m; i++) {
        for (int64_t j = 0; j < g->n; j++) {
          double sum = 0.0;
          for (int64_t l = 0; l < g->k; l++) {
            float x = get(p, ctx, g->a, a_at + (g->trans_a ? l * g->lda + i : i * g->lda + l));
            float y = get(p, ctx, g->b, b_at + (g->trans_b ? j * g->ldb + l : l * g->ldb + j));
            sum += (double)x * (double)y;
          }
          int64_t at = c_at + i * g->ldc + j;
          double prior = g->beta != 0.0f ? (double)g->beta * (double)get(p, ctx, g->c, at) : 0.0;
          float v = (float)((double)g->alpha * sum + prior);
          if (g->aux >= 0 || g->act != KACT_NONE) { // C is stored, the epilogue reads it back
            put(p, ctx, g->c, at, v);
            v = get(p, ctx, g->c, at);
          }
          if (g->bias >= 0) v += get(p, ctx, g->bias, j);
          if (g->aux >= 0) put(p, ctx, g->aux, at, v);
          if (g->act == KACT_GELU) v = gelu(v);
          put(p, ctx, g->c, at, v);
        }
      }
    }
  }
}

static void run_scatter_add(const KProgram *p, const KScatter *s, bertrt_ctx *ctx) {
  float *dst = buf_base(p, ctx, s->dst);
  const int32_t *ids = buf_base(p, ctx, s->ids);
  memset(dst, 0, (size_t)(s->dst_rows * s->cols) * sizeof *dst);
  for (int64_t r = 0; r < s->rows; r++) {
    check(ids[r] >= 0 && ids[r] < s->dst_rows);
    for (int64_t c = 0; c < s->cols; c++)
      dst[ids[r] * s->cols + c] += get(p, ctx, s->src, r * s->cols + c);
  }
}

// bertrt_attention's contract, term by term, in double: one (batch, head) at a time, the
// probabilities of a query row recomputed where needed.
typedef struct {
  const KProgram *p;
  const KAttention *a;
  bertrt_ctx *ctx;
  int64_t b, h;
} AttentionHead;

// Element `at` of the buffer of `role`.
static double att_get(const AttentionHead *x, int role, int64_t at) {
  return (double)get(x->p, x->ctx, x->a->buf[role], at);
}

static void att_put(const AttentionHead *x, int role, int64_t at, double v) {
  put(x->p, x->ctx, x->a->buf[role], at, (float)v);
}

static double att_dot(const AttentionHead *x, int r1, int64_t i, int r2, int64_t j) {
  int64_t H = x->a->heads * x->a->head_dim, base = x->b * x->a->seq * H + x->h * x->a->head_dim;
  double sum = 0.0;
  for (int64_t d = 0; d < x->a->head_dim; d++)
    sum += att_get(x, r1, base + i * H + d) * att_get(x, r2, base + j * H + d);
  return sum;
}

static double att_score(const AttentionHead *x, int64_t i, int64_t j) {
  return (double)x->a->scale * att_dot(x, BERTRT_ATT_Q, i, BERTRT_ATT_K, j) +
         att_get(x, BERTRT_ATT_KEY_BIAS, x->b * x->a->seq + j);
}

static double att_dropout(const AttentionHead *x, int64_t i, int64_t j) {
  const KAttention *a = x->a;
  if (x->ctx->dropout_on == 0.0f || a->dropout_p == 0.0f) return 1.0;
  uint64_t index = (uint64_t)(((x->b * a->heads + x->h) * a->seq + i) * a->seq + j);
  float u = bertrt_dropout_uniform(x->ctx->seed, x->ctx->step, a->dropout_site, index);
  return u < a->dropout_p ? 0.0 : (double)(1.0f / (1.0f - a->dropout_p));
}

static void run_attention_head(const AttentionHead *x) {
  const KAttention *a = x->a;
  int64_t S = a->seq, D = a->head_dim, H = a->heads * D;
  int64_t base = x->b * S * H + x->h * D, row = (x->b * a->heads + x->h) * S;
  double *pz = xcalloc((size_t)(S * S), sizeof *pz); // p_ij z_ij
  double *ds = xcalloc((size_t)(S * S), sizeof *ds);
  for (int64_t i = 0; i < S; i++) {
    double lse;
    if (a->part == BERTRT_ATTENTION_FORWARD) {
      double max = -INFINITY, sum = 0.0;
      for (int64_t j = 0; j < S; j++)
        max = fmax(max, att_score(x, i, j));
      for (int64_t j = 0; j < S; j++)
        sum += exp(att_score(x, i, j) - max);
      lse = max + log(sum);
      att_put(x, BERTRT_ATT_LSE, row + i, lse);
    } else {
      lse = att_get(x, BERTRT_ATT_LSE, row + i);
    }
    for (int64_t j = 0; j < S; j++) {
      double p = exp(att_score(x, i, j) - lse), z = att_dropout(x, i, j);
      pz[i * S + j] = p * z;
      if (a->part != BERTRT_ATTENTION_FORWARD)
        ds[i * S + j] = p * (z * att_dot(x, BERTRT_ATT_DOUT, i, BERTRT_ATT_V, j) -
                             att_get(x, BERTRT_ATT_DELTA, row + i));
    }
  }
  // grad (the cpu's one-pass part, which kernel programs do not hold) is grad_kv and grad_q
  bool fwd = a->part == BERTRT_ATTENTION_FORWARD;
  bool kv = a->part == BERTRT_ATTENTION_GRAD_KV || a->part == BERTRT_ATTENTION_GRAD;
  bool q = a->part == BERTRT_ATTENTION_GRAD_Q || a->part == BERTRT_ATTENTION_GRAD;
  for (int64_t n = 0; n < S; n++) { // a query row (out, dq) or a key row (dk, dv)
    for (int64_t d = 0; d < D; d++) {
      double out = 0.0, dk = 0.0, dv = 0.0, dq = 0.0;
      for (int64_t m = 0; m < S; m++) {
        int64_t md = base + m * H + d;
        if (fwd) out += pz[n * S + m] * att_get(x, BERTRT_ATT_V, md);
        if (kv) {
          dv += pz[m * S + n] * att_get(x, BERTRT_ATT_DOUT, md);
          dk += ds[m * S + n] * att_get(x, BERTRT_ATT_Q, md);
        }
        if (q) dq += ds[n * S + m] * att_get(x, BERTRT_ATT_K, md);
      }
      int64_t at = base + n * H + d;
      if (fwd) att_put(x, BERTRT_ATT_OUT, at, out);
      if (kv) {
        att_put(x, BERTRT_ATT_DV, at, dv);
        att_put(x, BERTRT_ATT_DK, at, a->scale * dk);
      }
      if (q) att_put(x, BERTRT_ATT_DQ, at, a->scale * dq);
    }
  }
  free(pz), free(ds);
}

static void run_attention(const KProgram *p, const KAttention *a, bertrt_ctx *ctx) {
  AttentionHead x = {.p = p, .a = a, .ctx = ctx};
  for (x.b = 0; x.b < a->batch; x.b++)
    for (x.h = 0; x.h < a->heads; x.h++)
      run_attention_head(&x);
}

void kir_interp_run(const KProgram *p, bertrt_ctx *ctx) {
  kir_verify(p);
  for (int k = 0; k < p->kernels.len; k++) {
    const Kernel *kr = &p->kernels.items[k];
    switch (kr->kind) {
    case K_LOOP:
      run_loop(p, &kr->loop, ctx);
      break;
    case K_GEMM:
      run_gemm(p, &kr->gemm, ctx);
      break;
    case K_SCATTER_ADD:
      run_scatter_add(p, &kr->scatter, ctx);
      break;
    case K_ATTENTION:
      run_attention(p, &kr->attention, ctx);
      break;
    }
  }
}
