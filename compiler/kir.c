// kir.c — the kernel IR (kir.h): builders, the invariant checker and the readable dump.
#include "kir.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

// ---- builders ------------------------------------------------------------------------

int kir_buf(KProgram *p, KBuf buf) {
  vec_push(&p->bufs, buf);
  return p->bufs.len - 1;
}

int kir_expr(KLoop *loop, KExpr e) {
  vec_push(&loop->exprs, e);
  return loop->exprs.len - 1;
}

static void check_operand(const KLoop *loop, int x) {
  check(x >= 0 && x < loop->exprs.len);
}

int kir_const(KLoop *loop, float value) {
  return kir_expr(loop, (KExpr){.op = KX_CONST, .a = -1, .b = -1, .c = -1, .value = value});
}

int kir_unary(KLoop *loop, KExprOp op, int a) {
  check(op >= KX_NEG && op <= KX_ERF);
  check_operand(loop, a);
  return kir_expr(loop, (KExpr){.op = op, .a = a, .b = -1, .c = -1});
}

int kir_binary(KLoop *loop, KExprOp op, int a, int b) {
  check(op >= KX_ADD && op <= KX_EQ);
  check_operand(loop, a);
  check_operand(loop, b);
  return kir_expr(loop, (KExpr){.op = op, .a = a, .b = b, .c = -1});
}

int kir_select(KLoop *loop, int cond, int if_true, int if_false) {
  check_operand(loop, cond);
  check_operand(loop, if_true);
  check_operand(loop, if_false);
  return kir_expr(loop, (KExpr){.op = KX_SELECT, .a = cond, .b = if_true, .c = if_false});
}

int kir_load(KLoop *loop, KIndex index) {
  return kir_expr(loop, (KExpr){.op = KX_LOAD, .a = -1, .b = -1, .c = -1, .index = index});
}

KIndex kir_index(int buf) {
  KIndex ix = {.buf = buf};
  ix.via.buf = -1;
  return ix;
}

static const char *const kexpr_names[] = {
    "const", "load", "slot", "col",   "coord", "ctx", "uniform", "neg",
    "exp",   "log",  "sqrt", "rsqrt", "tanh",  "erf", "add",     "sub",
    "mul",   "div",  "max",  "min",   "lt",    "eq",  "select",
};
_Static_assert(sizeof kexpr_names / sizeof *kexpr_names == KX_COUNT, "one name per KExprOp");

const char *kexpr_name(KExprOp op) {
  check((unsigned)op < KX_COUNT);
  return kexpr_names[op];
}

// Operands an op takes: leaves 0, then unary, binary and KX_SELECT.
static int kexpr_arity(KExprOp op) {
  if (op < KX_NEG) return 0;
  if (op <= KX_ERF) return 1;
  if (op <= KX_EQ) return 2;
  return 3;
}

// ---- queries -------------------------------------------------------------------------

int64_t kir_loop_rows(const KLoop *loop) {
  int64_t rows = 1;
  for (int d = 0; d < loop->rank; d++)
    rows *= loop->dim[d];
  return rows;
}

bool kir_bufs_overlap(const KBuf *a, const KBuf *b) {
  int64_t a_end = a->offset + dtype_bytes(a->dtype) * a->elems;
  int64_t b_end = b->offset + dtype_bytes(b->dtype) * b->elems;
  return a->arena == b->arena && a->offset < b_end && b->offset < a_end;
}

// ---- verification --------------------------------------------------------------------

typedef struct {
  const KProgram *p;
  int kernel; // -1 while checking the buffer table
} Verifier;

// An internal error at the verifier's line `line` that names the program and kernel (with the
// spec key it came from).
static noreturn void verify_fail_at(int line, const Verifier *v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define verify_fail(v, ...) verify_fail_at(__LINE__, v, __VA_ARGS__)

static noreturn void verify_fail_at(int line, const Verifier *v, const char *fmt, ...) {
  StrBuf what = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&what, fmt, ap);
  va_end(ap);
  const Kernel *k = v->kernel >= 0 ? &v->p->kernels.items[v->kernel] : NULL;
  char origin[512];
  internal_error_at(__FILE__, line, "kernel IR of program %s, %s%s%s: %s",
                    v->p->name ? v->p->name : "(unnamed)", k ? "kernel " : "buffer table",
                    k ? k->name : "", k ? spec_origin(k->loc, origin, sizeof origin) : "",
                    what.data);
}

static const KBuf *verify_buf(const Verifier *v, int buf, const char *what) {
  if (buf < 0 || buf >= v->p->bufs.len)
    verify_fail(v, "%s refers to buffer %d of %d", what, buf, v->p->bufs.len);
  return &v->p->bufs.items[buf];
}

// Smallest and largest value of offset + sum_d row_stride[d]*coord[d] + col_stride*col over
// the loop's row space and columns.
typedef struct {
  int64_t lo, hi;
} Range;

static Range affine_range(const KLoop *loop, int64_t offset, const int64_t *row_stride,
                          int64_t col_stride) {
  Range r = {offset, offset};
  for (int d = 0; d < loop->rank; d++) {
    int64_t span = row_stride[d] * (loop->dim[d] - 1);
    if (span < 0)
      r.lo += span;
    else
      r.hi += span;
  }
  int64_t span = col_stride * (loop->cols - 1);
  if (span < 0)
    r.lo += span;
  else
    r.hi += span;
  return r;
}

static void verify_range(const Verifier *v, Range r, const KBuf *b, const char *what) {
  if (r.lo < 0 || r.hi >= b->elems)
    verify_fail(
        v, "%s reaches elements [%" PRId64 ", %" PRId64 "] of buffer `%s` (%" PRId64 " elements)",
        what, r.lo, r.hi, b->name, b->elems);
}

// Every element an index can touch lies inside its buffers. The id read through `via` is
// unknown here, so only the rest of the outer index is checked.
static void verify_index(const Verifier *v, const KLoop *loop, const KIndex *ix, const char *what) {
  const KBuf *b = verify_buf(v, ix->buf, what);
  verify_range(v, affine_range(loop, ix->offset, ix->row_stride, ix->col_stride), b, what);
  if (ix->via.buf < 0) return;
  const KBuf *ids = verify_buf(v, ix->via.buf, what);
  if (ids->dtype != DT_I32) verify_fail(v, "%s reads ids from f32 buffer `%s`", what, ids->name);
  char *via_what = format("ids of %s", what);
  verify_range(v, affine_range(loop, ix->via.offset, ix->via.row_stride, ix->via.col_stride), ids,
               via_what);
  free(via_what);
}

static void verify_expr(const Verifier *v, const KLoop *loop, int i) {
  const KExpr *e = &loop->exprs.items[i];
  if ((int)e->op < 0 || e->op >= KX_COUNT) verify_fail(v, "expression %d has op %d", i, (int)e->op);
  int arity = kexpr_arity(e->op);
  const int operand[3] = {e->a, e->b, e->c};
  for (int j = 0; j < 3; j++) {
    bool ok = j < arity ? operand[j] >= 0 && operand[j] < i : operand[j] == -1;
    if (!ok)
      verify_fail(v,
                  "expression %d (%s) has operand %c = %d (takes %d operands, each an earlier "
                  "expression)",
                  i, kexpr_name(e->op), "abc"[j], operand[j], arity);
  }
  switch (e->op) {
  case KX_SLOT:
    if (e->slot < 0 || e->slot >= loop->n_slots)
      verify_fail(v, "expression %d reads slot %d of %d", i, e->slot, loop->n_slots);
    break;
  case KX_COORD:
    if (e->dim < 0 || e->dim >= loop->rank)
      verify_fail(v, "expression %d reads coordinate %d of a rank-%d row space", i, e->dim,
                  loop->rank);
    break;
  case KX_CTX:
    if ((int)e->ctx_field < 0 || e->ctx_field > KCTX_DROPOUT_ON)
      verify_fail(v, "expression %d reads ctx field %d", i, (int)e->ctx_field);
    break;
  case KX_LOAD: {
    char *what = format("load (expression %d)", i);
    verify_index(v, loop, &e->index, what);
    free(what);
    break;
  }
  default:
    break;
  }
}

void kir_live(const KLoop *loop, int root, bool *live) {
  if (root < 0 || live[root]) return;
  live[root] = true;
  const KExpr *e = &loop->exprs.items[root];
  kir_live(loop, e->a, live);
  kir_live(loop, e->b, live);
  kir_live(loop, e->c, live);
}

// What the expressions one phase evaluates may use: slots set by earlier phases only, and
// in a KP_LET nothing that depends on the column.
static void verify_phase_uses(const Verifier *v, const KLoop *loop, int ph, const bool *live,
                              const bool *defined) {
  bool let = loop->phases.items[ph].kind == KP_LET;
  for (int i = 0; i < loop->exprs.len; i++) {
    if (!live[i]) continue;
    const KExpr *e = &loop->exprs.items[i];
    if (e->op == KX_SLOT && !defined[e->slot])
      verify_fail(v, "phase %d reads slot %d (expression %d) before a phase sets it", ph, e->slot,
                  i);
    if (!let) continue;
    if (e->op == KX_COL || e->op == KX_UNIFORM)
      verify_fail(v, "let phase %d uses the column (expression %d, %s)", ph, i, kexpr_name(e->op));
    if (e->op == KX_LOAD &&
        (e->index.col_stride || (e->index.via.buf >= 0 && e->index.via.col_stride)))
      verify_fail(v, "let phase %d loads with a column stride (expression %d)", ph, i);
  }
}

static void verify_item(const Verifier *v, const KLoop *loop, int ph, const KItem *it) {
  KPhaseKind kind = loop->phases.items[ph].kind;
  if (it->expr < 0 || it->expr >= loop->exprs.len)
    verify_fail(v, "phase %d computes expression %d of %d", ph, it->expr, loop->exprs.len);
  if (kind == KP_MAP) {
    const KBuf *b = verify_buf(v, it->dst.buf, "a store");
    if (b->dtype == DT_I32) verify_fail(v, "phase %d stores to i32 buffer `%s`", ph, b->name);
    char *what = format("store of phase %d", ph);
    verify_index(v, loop, &it->dst, what);
    free(what);
    return;
  }
  if (kind == KP_REDUCE && it->reduce != KR_SUM && it->reduce != KR_MAX)
    verify_fail(v, "phase %d reduces with %d", ph, (int)it->reduce);
  if (it->slot < 0 || it->slot >= loop->n_slots)
    verify_fail(v, "phase %d sets slot %d of %d", ph, it->slot, loop->n_slots);
}

// sum_over_rows: one KP_MAP, the last phase, storing to columns only.
static void verify_sum_over_rows(const Verifier *v, const KLoop *loop) {
  int maps = 0;
  for (int ph = 0; ph < loop->phases.len; ph++)
    maps += loop->phases.items[ph].kind == KP_MAP;
  if (maps != 1 || loop->phases.items[loop->phases.len - 1].kind != KP_MAP)
    verify_fail(v, "a sum over rows needs exactly one map phase, the last (has %d)", maps);
  const KPhase *map = &loop->phases.items[loop->phases.len - 1];
  for (int i = 0; i < map->items.len; i++) {
    const KIndex *dst = &map->items.items[i].dst;
    for (int d = 0; d < loop->rank; d++)
      if (dst->row_stride[d])
        verify_fail(v, "a sum over rows stores with row stride %" PRId64 " in dimension %d",
                    dst->row_stride[d], d);
    if (dst->via.buf >= 0) verify_fail(v, "a sum over rows stores through an id");
  }
}

static void verify_loop(const Verifier *v, const KLoop *loop) {
  if (loop->rank < 0 || loop->rank > MAX_RANK) verify_fail(v, "row space of rank %d", loop->rank);
  for (int d = 0; d < loop->rank; d++)
    if (loop->dim[d] < 1) verify_fail(v, "row dimension %d is %" PRId64, d, loop->dim[d]);
  if (loop->cols < 1) verify_fail(v, "%" PRId64 " columns", loop->cols);
  if (loop->n_slots < 0) verify_fail(v, "%d slots", loop->n_slots);
  if (loop->phases.len == 0) verify_fail(v, "no phases");
  if (loop->sum_over_rows) verify_sum_over_rows(v, loop);
  for (int i = 0; i < loop->exprs.len; i++)
    verify_expr(v, loop, i);
  bool *defined = xcalloc((size_t)loop->n_slots, sizeof *defined);
  bool *live = xcalloc((size_t)loop->exprs.len, sizeof *live);
  for (int ph = 0; ph < loop->phases.len; ph++) {
    const KPhase *phase = &loop->phases.items[ph];
    if (phase->kind != KP_LET && phase->kind != KP_REDUCE && phase->kind != KP_MAP)
      verify_fail(v, "phase %d has kind %d", ph, (int)phase->kind);
    memset(live, 0, (size_t)loop->exprs.len * sizeof *live);
    for (int i = 0; i < phase->items.len; i++) {
      verify_item(v, loop, ph, &phase->items.items[i]);
      kir_live(loop, phase->items.items[i].expr, live);
    }
    verify_phase_uses(v, loop, ph, live, defined);
    if (phase->kind == KP_MAP) continue;
    for (int i = 0; i < phase->items.len; i++) {
      int slot = phase->items.items[i].slot;
      if (defined[slot]) verify_fail(v, "phase %d sets slot %d a second time", ph, slot);
      defined[slot] = true;
    }
  }
  free(defined);
  free(live);
}

// One GEMM operand: a batch of stored rows x cols matrices with leading dimension ld.
static void verify_matrix(const Verifier *v, int buf, const char *what, int64_t rows, int64_t cols,
                          int64_t ld, const int64_t *batch, const int64_t *stride) {
  const KBuf *b = verify_buf(v, buf, what);
  if (b->dtype == DT_I32) verify_fail(v, "gemm %s `%s` is i32", what, b->name);
  if (ld < cols)
    verify_fail(v, "gemm %s has leading dimension %" PRId64 " < %" PRId64 " columns", what, ld,
                cols);
  int64_t last = (rows - 1) * ld + cols - 1;
  for (int i = 0; i < 2; i++) {
    if (stride[i] < 0) verify_fail(v, "gemm %s has batch stride %" PRId64, what, stride[i]);
    last += (batch[i] - 1) * stride[i];
  }
  if (last >= b->elems)
    verify_fail(v, "gemm %s reaches element %" PRId64 " of `%s` (%" PRId64 " elements)", what, last,
                b->name, b->elems);
}

static void verify_gemm(const Verifier *v, const KGemm *g) {
  if (g->m < 1 || g->n < 1 || g->k < 1)
    verify_fail(v, "gemm of m %" PRId64 " n %" PRId64 " k %" PRId64, g->m, g->n, g->k);
  for (int i = 0; i < 2; i++)
    if (g->batch[i] < 1) verify_fail(v, "gemm batch %d is %" PRId64, i, g->batch[i]);
  verify_matrix(v, g->a, "A", g->trans_a ? g->k : g->m, g->trans_a ? g->m : g->k, g->lda, g->batch,
                g->stride_a);
  verify_matrix(v, g->b, "B", g->trans_b ? g->n : g->k, g->trans_b ? g->k : g->n, g->ldb, g->batch,
                g->stride_b);
  verify_matrix(v, g->c, "C", g->m, g->n, g->ldc, g->batch, g->stride_c);
  if (g->aux >= 0) verify_matrix(v, g->aux, "aux", g->m, g->n, g->ldc, g->batch, g->stride_c);
  const KBuf *a = &v->p->bufs.items[g->a], *b = &v->p->bufs.items[g->b];
  const KBuf *c = &v->p->bufs.items[g->c];
  if (a->dtype != b->dtype)
    verify_fail(v, "gemm A `%s` is %s and B `%s` %s (one type for both)", a->name,
                dtype_name(a->dtype), b->name, dtype_name(b->dtype));
  if (a->dtype == DT_F32 && c->dtype != DT_F32)
    verify_fail(v, "gemm of f32 A and B into %s C `%s`", dtype_name(c->dtype), c->name);
  if (g->bias >= 0) {
    const KBuf *bias = verify_buf(v, g->bias, "gemm bias");
    if (bias->dtype != c->dtype || bias->elems < g->n)
      verify_fail(v, "gemm bias `%s` is not %" PRId64 " elements of C's type %s", bias->name, g->n,
                  dtype_name(c->dtype));
  }
  if (g->act != KACT_NONE && g->act != KACT_GELU) verify_fail(v, "gemm activation %d", (int)g->act);
}

static void verify_scatter(const Verifier *v, const KScatter *s) {
  if (s->rows < 1 || s->cols < 1 || s->dst_rows < 1)
    verify_fail(v, "scatter-add of %" PRId64 " rows of %" PRId64 " into %" PRId64, s->rows, s->cols,
                s->dst_rows);
  const KBuf *dst = verify_buf(v, s->dst, "scatter-add dst");
  const KBuf *src = verify_buf(v, s->src, "scatter-add src");
  const KBuf *ids = verify_buf(v, s->ids, "scatter-add ids");
  if (dst->dtype != DT_F32 || dst->elems < s->dst_rows * s->cols)
    verify_fail(v, "scatter-add dst `%s` is not [%" PRId64 ",%" PRId64 "] f32", dst->name,
                s->dst_rows, s->cols);
  if (src->dtype == DT_I32 || src->elems < s->rows * s->cols)
    verify_fail(v, "scatter-add src `%s` is not [%" PRId64 ",%" PRId64 "] f32 or bf16", src->name,
                s->rows, s->cols);
  if (ids->dtype != DT_I32 || ids->elems < s->rows)
    verify_fail(v, "scatter-add ids `%s` is not [%" PRId64 "] i32", ids->name, s->rows);
}

// ---- cost -------------------------------------------------------------------------

static int64_t elem_bytes(const KProgram *p, int buf) {
  return dtype_bytes(p->bufs.items[buf].dtype);
}

int64_t kir_bytes(const KProgram *p, const Kernel *k) {
  switch (k->kind) {
  case K_LOOP: {
    const KLoop *loop = &k->loop;
    int64_t iters = kir_loop_rows(loop) * loop->cols, per_iter = 0;
    for (int i = 0; i < loop->exprs.len; i++)
      if (loop->exprs.items[i].op == KX_LOAD)
        per_iter += elem_bytes(p, loop->exprs.items[i].index.buf);
    for (int ph = 0; ph < loop->phases.len; ph++)
      if (loop->phases.items[ph].kind == KP_MAP)
        for (int i = 0; i < loop->phases.items[ph].items.len; i++)
          per_iter += elem_bytes(p, loop->phases.items[ph].items.items[i].dst.buf);
    return per_iter * iters;
  }
  case K_GEMM: {
    const KGemm *g = &k->gemm;
    return (g->m * g->k * elem_bytes(p, g->a) + g->k * g->n * elem_bytes(p, g->b) +
            g->m * g->n * elem_bytes(p, g->c)) *
           g->batch[0] * g->batch[1];
  }
  case K_SCATTER_ADD: {
    const KScatter *s = &k->scatter;
    return elem_bytes(p, s->dst) * s->dst_rows * s->cols +
           2 * elem_bytes(p, s->src) * s->rows * s->cols;
  }
  case K_ATTENTION: {
    const KAttention *a = &k->attention;
    int64_t tensor =
        elem_bytes(p, a->buf[BERTRT_ATT_Q]) * a->batch * a->seq * a->heads * a->head_dim;
    return (a->part == BERTRT_ATTENTION_FORWARD   ? 4
            : a->part == BERTRT_ATTENTION_GRAD_KV ? 6
                                                  : 5) *
           tensor;
  }
  }
  unreachable();
}

// ---- attention ----------------------------------------------------------------------

const char *const kir_attention_role_names[BERTRT_ATT_ROLES] = {
    "q", "k", "v", "key_bias", "out", "lse", "dout", "delta", "dq", "dk", "dv"};
const char *const kir_attention_part_names[3] = {"forward", "grad_kv", "grad_q"};

KAttAccess kir_attention_access(bertrt_attention_part part, bertrt_attention_role role) {
  switch (role) {
  case BERTRT_ATT_Q:
  case BERTRT_ATT_K:
  case BERTRT_ATT_V:
  case BERTRT_ATT_KEY_BIAS:
    return KATT_READ;
  case BERTRT_ATT_OUT:
    return part == BERTRT_ATTENTION_FORWARD ? KATT_WRITE : KATT_UNUSED;
  case BERTRT_ATT_LSE:
    return part == BERTRT_ATTENTION_FORWARD ? KATT_WRITE : KATT_READ;
  case BERTRT_ATT_DOUT:
  case BERTRT_ATT_DELTA:
    return part == BERTRT_ATTENTION_FORWARD ? KATT_UNUSED : KATT_READ;
  case BERTRT_ATT_DQ:
    return part == BERTRT_ATTENTION_GRAD_Q || part == BERTRT_ATTENTION_GRAD ? KATT_WRITE
                                                                            : KATT_UNUSED;
  case BERTRT_ATT_DK:
  case BERTRT_ATT_DV:
    return part == BERTRT_ATTENTION_GRAD_KV || part == BERTRT_ATTENTION_GRAD ? KATT_WRITE
                                                                             : KATT_UNUSED;
  case BERTRT_ATT_ROLES:
    break;
  }
  unreachable();
}

// Elements a role's buffer must hold.
static int64_t attention_role_elems(const KAttention *a, bertrt_attention_role role) {
  switch (role) {
  case BERTRT_ATT_KEY_BIAS:
    return a->batch * a->seq;
  case BERTRT_ATT_LSE:
  case BERTRT_ATT_DELTA:
    return a->batch * a->heads * a->seq;
  default:
    return a->batch * a->seq * a->heads * a->head_dim;
  }
}

DType kir_attention_role_dtype(const KProgram *p, const KAttention *a, bertrt_attention_role role) {
  if (role == BERTRT_ATT_KEY_BIAS || role == BERTRT_ATT_LSE || role == BERTRT_ATT_DELTA)
    return DT_F32;
  return p->bufs.items[a->buf[BERTRT_ATT_Q]].dtype;
}

static void verify_attention(const Verifier *v, const KAttention *a) {
  if ((unsigned)a->part > BERTRT_ATTENTION_GRAD_Q || a->batch < 1 || a->seq < 1 || a->heads < 1 ||
      a->head_dim < 1 || !(a->dropout_p >= 0.0f && a->dropout_p < 1.0f))
    verify_fail(v,
                "attention part %d of [%" PRId64 ",%" PRId64 "] x %" PRId64 " heads of %" PRId64
                ", dropout %g",
                (int)a->part, a->batch, a->seq, a->heads, a->head_dim, (double)a->dropout_p);
  for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
    bool used = kir_attention_access(a->part, role) != KATT_UNUSED;
    if (!used) {
      if (a->buf[role] >= 0)
        verify_fail(v, "attention %s has a %s buffer", kir_attention_part_names[a->part],
                    kir_attention_role_names[role]);
      continue;
    }
    const KBuf *b = verify_buf(v, a->buf[role], kir_attention_role_names[role]);
    DType want = kir_attention_role_dtype(v->p, a, role);
    if (b->dtype != want || b->elems < attention_role_elems(a, role))
      verify_fail(v, "attention %s `%s` is not %" PRId64 " %s elements",
                  kir_attention_role_names[role], b->name, attention_role_elems(a, role),
                  dtype_name(want));
  }
}

static void verify_bufs(const Verifier *v) {
  for (int i = 0; i < v->p->bufs.len; i++) {
    const KBuf *b = &v->p->bufs.items[i];
    if (!b->name) verify_fail(v, "buffer %d has no name", i);
    if (b->arena < 0 || b->arena >= BERTRT_ARENA_COUNT)
      verify_fail(v, "buffer `%s` in arena %d", b->name, b->arena);
    if (b->dtype != DT_F32 && b->dtype != DT_I32 && b->dtype != DT_BF16)
      verify_fail(v, "buffer `%s` has dtype %d", b->name, (int)b->dtype);
    if (b->dtype == DT_BF16 && b->arena != BERTRT_ACTS)
      verify_fail(v, "bf16 buffer `%s` outside the activation arena", b->name);
    if (b->elems < 1 || b->offset < 0 || b->offset % 4)
      verify_fail(v, "buffer `%s` of %" PRId64 " elements at byte %" PRId64, b->name, b->elems,
                  b->offset);
  }
}

void kir_verify(const KProgram *p) {
  Verifier v = {.p = p, .kernel = -1};
  verify_bufs(&v);
  for (int k = 0; k < p->kernels.len; k++) {
    v.kernel = k;
    const Kernel *kr = &p->kernels.items[k];
    if (!kr->name) verify_fail(&v, "kernel %d has no name", k);
    for (int j = 0; j < k; j++)
      if (!strcmp(p->kernels.items[j].name, kr->name))
        verify_fail(&v, "kernel name used twice (kernels %d and %d)", j, k);
    switch (kr->kind) {
    case K_LOOP:
      verify_loop(&v, &kr->loop);
      break;
    case K_GEMM:
      verify_gemm(&v, &kr->gemm);
      break;
    case K_SCATTER_ADD:
      verify_scatter(&v, &kr->scatter);
      break;
    case K_ATTENTION:
      verify_attention(&v, &kr->attention);
      break;
    default:
      verify_fail(&v, "kernel kind %d", (int)kr->kind);
    }
  }
}

// ---- printing ------------------------------------------------------------------------

const char *kir_arena_name(int arena) {
  static const char *const names[] = {"params", "grads", "adam_m", "adam_v", "acts", "io"};
  _Static_assert(sizeof names / sizeof *names == BERTRT_ARENA_COUNT, "one name per arena");
  check(arena >= 0 && arena < BERTRT_ARENA_COUNT);
  return names[arena];
}

static const char *const ctx_names[] = {"lr", "bias_correction1", "bias_correction2", "dropout_on"};

const char *kir_ctx_field_name(KCtxField field) {
  return ctx_names[field];
}
_Static_assert(sizeof ctx_names / sizeof *ctx_names == KCTX_DROPOUT_ON + 1,
               "one name per ctx field");

// Appends "+coef*var" (or the first term without a sign), omitting zero terms and "*1".
static void print_term(StrBuf *sb, bool *first, int64_t coef, const char *var) {
  if (!coef) return;
  if (!*first || coef < 0) sb_puts(sb, coef < 0 ? "-" : "+");
  *first = false;
  int64_t mag = coef < 0 ? -coef : coef;
  if (!*var)
    sb_printf(sb, "%" PRId64, mag);
  else if (mag == 1)
    sb_puts(sb, var);
  else
    sb_printf(sb, "%s*%" PRId64, var, mag);
}

static void print_affine(StrBuf *sb, int64_t offset, const int64_t *row_stride,
                         int64_t col_stride) {
  bool first = true;
  print_term(sb, &first, offset, "");
  for (int d = 0; d < MAX_RANK; d++) {
    char var[8];
    snprintf(var, sizeof var, "r%d", d);
    print_term(sb, &first, row_stride[d], var);
  }
  print_term(sb, &first, col_stride, "c");
  if (first) sb_puts(sb, "0");
}

// How the dump refers to each buffer: its name, prefixed with its arena ("grads:...")
// when another buffer has the same name (a parameter and its gradient).
typedef struct {
  char **ref; // [bufs]
} Printer;

static const char *ref(const Printer *pr, int buf) {
  return pr->ref[buf];
}

// "name[affine]" with an indirection rendered as "+ids[affine]*scale".
static void print_index(StrBuf *sb, const Printer *pr, const KIndex *ix) {
  sb_printf(sb, "%s[", ref(pr, ix->buf));
  print_affine(sb, ix->offset, ix->row_stride, ix->col_stride);
  if (ix->via.buf >= 0) {
    sb_printf(sb, "+%s[", ref(pr, ix->via.buf));
    print_affine(sb, ix->via.offset, ix->via.row_stride, ix->via.col_stride);
    sb_printf(sb, "]*%" PRId64, ix->via.scale);
  }
  sb_puts(sb, "]");
}

static const char *infix_symbol(KExprOp op) {
  switch (op) {
  case KX_ADD:
    return "+";
  case KX_SUB:
    return "-";
  case KX_MUL:
    return "*";
  case KX_DIV:
    return "/";
  case KX_LT:
    return "<";
  case KX_EQ:
    return "==";
  default:
    return NULL;
  }
}

// Nested infix text of expression i: "(ld(x[r0*64+c]) + ld(bias[c]))".
static void print_expr(StrBuf *sb, const Printer *pr, const KLoop *loop, int i) {
  const KExpr *e = &loop->exprs.items[i];
  const char *sym = infix_symbol(e->op);
  switch (e->op) {
  case KX_CONST:
    sb_printf(sb, "%.9g", (double)e->value);
    return;
  case KX_LOAD:
    sb_puts(sb, "ld(");
    print_index(sb, pr, &e->index);
    sb_puts(sb, ")");
    return;
  case KX_SLOT:
    sb_printf(sb, "s%d", e->slot);
    return;
  case KX_COL:
    sb_puts(sb, "c");
    return;
  case KX_COORD:
    sb_printf(sb, "r%d", e->dim);
    return;
  case KX_CTX:
    sb_printf(sb, "ctx.%s", ctx_names[e->ctx_field]);
    return;
  case KX_UNIFORM:
    sb_printf(sb, "uniform(site %" PRIu32 ")", e->site);
    return;
  case KX_SELECT:
    sb_puts(sb, "(");
    print_expr(sb, pr, loop, e->a);
    sb_puts(sb, " ? ");
    print_expr(sb, pr, loop, e->b);
    sb_puts(sb, " : ");
    print_expr(sb, pr, loop, e->c);
    sb_puts(sb, ")");
    return;
  default:
    break;
  }
  // infix "(a + b)", else a call "exp(a)", "max(a, b)"
  sb_printf(sb, "%s(", sym ? "" : kexpr_name(e->op));
  print_expr(sb, pr, loop, e->a);
  if (e->b >= 0) {
    if (sym)
      sb_printf(sb, " %s ", sym);
    else
      sb_puts(sb, ", ");
    print_expr(sb, pr, loop, e->b);
  }
  sb_puts(sb, ")");
}

static void print_loop(FILE *out, const Printer *pr, const KLoop *loop) {
  fprintf(out, "loop rows [");
  for (int d = 0; d < loop->rank; d++)
    fprintf(out, "%s%" PRId64, d ? "," : "", loop->dim[d]);
  fprintf(out, "] cols %" PRId64 " slots %d%s\n", loop->cols, loop->n_slots,
          loop->sum_over_rows ? " sum_over_rows" : "");
  static const char *const kinds[] = {"let", "reduce", "map"};
  StrBuf sb = {0};
  for (int ph = 0; ph < loop->phases.len; ph++) {
    const KPhase *phase = &loop->phases.items[ph];
    for (int i = 0; i < phase->items.len; i++) {
      const KItem *it = &phase->items.items[i];
      sb.len = 0;
      sb_printf(&sb, "    p%d %s ", ph, kinds[phase->kind]);
      if (phase->kind == KP_MAP)
        print_index(&sb, pr, &it->dst);
      else if (phase->kind == KP_REDUCE)
        sb_printf(&sb, "s%d = %s_c", it->slot, it->reduce == KR_SUM ? "sum" : "max");
      else
        sb_printf(&sb, "s%d", it->slot);
      sb_puts(&sb, phase->kind == KP_MAP && loop->sum_over_rows ? " = sum_r " : " = ");
      print_expr(&sb, pr, loop, it->expr);
      fprintf(out, "%s\n", sb.data);
    }
  }
  sb_free(&sb);
}

static void print_batch(FILE *out, const char *what, const int64_t *v) {
  fprintf(out, " %s[%" PRId64 ",%" PRId64 "]", what, v[0], v[1]);
}

static void print_gemm(FILE *out, const Printer *pr, const KGemm *g) {
  fprintf(out,
          "gemm %s = %.9g * %s%s x %s%s + %.9g * C  m %" PRId64 " n %" PRId64 " k %" PRId64
          "  ld %" PRId64 ",%" PRId64 ",%" PRId64,
          ref(pr, g->c), (double)g->alpha, ref(pr, g->a), g->trans_a ? "^T" : "", ref(pr, g->b),
          g->trans_b ? "^T" : "", (double)g->beta, g->m, g->n, g->k, g->lda, g->ldb, g->ldc);
  print_batch(out, "batch", g->batch);
  print_batch(out, "stride_a", g->stride_a);
  print_batch(out, "stride_b", g->stride_b);
  print_batch(out, "stride_c", g->stride_c);
  fputc('\n', out);
  if (g->bias >= 0 || g->aux >= 0 || g->act != KACT_NONE)
    fprintf(out, "    epilogue: bias %s, aux %s, act %s\n", g->bias >= 0 ? ref(pr, g->bias) : "-",
            g->aux >= 0 ? ref(pr, g->aux) : "-", g->act == KACT_GELU ? "gelu" : "none");
}

static void print_scatter(FILE *out, const Printer *pr, const KScatter *s) {
  fprintf(out,
          "scatter_add %s[%" PRId64 ",%" PRId64 "] = 0; %s[%s[r],:] += %s[r,:] for r < %" PRId64
          "\n",
          ref(pr, s->dst), s->dst_rows, s->cols, ref(pr, s->dst), ref(pr, s->ids), ref(pr, s->src),
          s->rows);
}

static void print_attention(FILE *out, const Printer *pr, const KAttention *a) {
  fprintf(out,
          "attention %s [%" PRId64 ",%" PRId64 "] x %" PRId64 " heads of %" PRId64
          "  scale %.9g  dropout %.9g site %" PRIu32 "\n     ",
          kir_attention_part_names[a->part], a->batch, a->seq, a->heads, a->head_dim,
          (double)a->scale, (double)a->dropout_p, a->dropout_site);
  for (int role = 0; role < BERTRT_ATT_ROLES; role++)
    if (a->buf[role] >= 0)
      fprintf(out, " %s%s %s", kir_attention_access(a->part, role) == KATT_WRITE ? "->" : "",
              kir_attention_role_names[role], ref(pr, a->buf[role]));
  fputc('\n', out);
}

static void print_buf(FILE *out, int i, const KBuf *b) {
  fprintf(out, "  b%-3d %-6s %12" PRId64 "  %s [", i, kir_arena_name(b->arena), b->offset,
          dtype_name(b->dtype));
  for (int d = 0; d < b->shape.rank; d++)
    fprintf(out, "%s%" PRId64, d ? "," : "", b->shape.dim[d]);
  fprintf(out, "] %" PRId64 "  %s\n", b->elems, b->name);
}

void kir_print(const KProgram *p, FILE *out) {
  Printer pr = {.ref = xcalloc((size_t)p->bufs.len + 1, sizeof *pr.ref)};
  for (int i = 0; i < p->bufs.len; i++) {
    const KBuf *b = &p->bufs.items[i];
    bool shared = false;
    for (int j = 0; j < p->bufs.len && !shared; j++)
      shared = j != i && !strcmp(b->name, p->bufs.items[j].name);
    pr.ref[i] = shared ? format("%s:%s", kir_arena_name(b->arena), b->name) : xstrdup(b->name);
  }
  fprintf(out, "program %s: %d buffers, %d kernels, activations %" PRId64 " bytes\n",
          p->name ? p->name : "(unnamed)", p->bufs.len, p->kernels.len, p->act_bytes);
  for (int i = 0; i < p->bufs.len; i++)
    print_buf(out, i, &p->bufs.items[i]);
  for (int k = 0; k < p->kernels.len; k++) {
    const Kernel *kr = &p->kernels.items[k];
    fprintf(out, "  %s%s%s\n    ", kr->name, kr->what && *kr->what ? ": " : "",
            kr->what ? kr->what : "");
    switch (kr->kind) {
    case K_LOOP:
      print_loop(out, &pr, &kr->loop);
      break;
    case K_GEMM:
      print_gemm(out, &pr, &kr->gemm);
      break;
    case K_SCATTER_ADD:
      print_scatter(out, &pr, &kr->scatter);
      break;
    case K_ATTENTION:
      print_attention(out, &pr, &kr->attention);
      break;
    }
  }
  for (int i = 0; i < p->bufs.len; i++)
    free(pr.ref[i]);
  free(pr.ref);
}
