// kir_fixture.c — shared scaffolding of the kernel IR tests (kir_fixture.h).
#include "kir_fixture.h"

#include <stdlib.h>
#include <string.h>

enum { ARENA_BYTES = 1 << 20 };

void fixture_init(Fixture *f, const char *program) {
  memset(f, 0, sizeof *f);
  f->p.name = xstrdup(program);
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    f->ctx.arena[a] = aligned_alloc(64, ARENA_BYTES);
    check(f->ctx.arena[a]);
    memset(f->ctx.arena[a], 0xff, ARENA_BYTES); // NaN everywhere nothing was written
  }
  f->ctx.lr = 1e-3f;
  f->ctx.bias_correction1 = 1.0f - 0.9f * 0.9f * 0.9f;
  f->ctx.bias_correction2 = 1.0f - 0.999f * 0.999f * 0.999f;
  f->ctx.dropout_on = 1.0f;
  f->ctx.seed = 1234;
  f->ctx.step = 7;
  f->rng = 0x9e3779b97f4a7c15u;
}

void fixture_free(Fixture *f) {
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    free(f->ctx.arena[a]);
  for (int i = 0; i < f->p.bufs.len; i++)
    free(f->p.bufs.items[i].name);
  for (int k = 0; k < f->p.kernels.len; k++) {
    Kernel *kr = &f->p.kernels.items[k];
    free(kr->name);
    if (kr->kind != K_LOOP) continue;
    for (int ph = 0; ph < kr->loop.phases.len; ph++)
      free(kr->loop.phases.items[ph].items.items);
    free(kr->loop.phases.items);
    free(kr->loop.exprs.items);
  }
  free(f->p.bufs.items);
  free(f->p.kernels.items);
  free(f->p.name);
}

int fixture_buf(Fixture *f, const char *name, bertrt_arena arena, DType dtype, int rank,
                const int64_t *dims) {
  KBuf b = {.name = xstrdup(name), .arena = arena, .dtype = dtype, .node = -1};
  b.shape.rank = rank;
  b.elems = 1;
  for (int d = 0; d < rank; d++) {
    b.shape.dim[d] = dims[d];
    b.elems *= dims[d];
  }
  b.offset = f->used[arena];
  f->used[arena] += (4 * b.elems + 63) / 64 * 64;
  check(f->used[arena] <= ARENA_BYTES);
  return kir_buf(&f->p, b);
}

static void *buf_base(Fixture *f, int buf, DType dtype) {
  const KBuf *b = &f->p.bufs.items[buf];
  check(b->dtype == dtype);
  return (char *)f->ctx.arena[b->arena] + b->offset;
}

float *fixture_f32(Fixture *f, int buf) {
  return buf_base(f, buf, DT_F32);
}

int32_t *fixture_i32(Fixture *f, int buf) {
  return buf_base(f, buf, DT_I32);
}

static uint32_t next_random(Fixture *f) {
  f->rng = f->rng * 6364136223846793005u + 1442695040888963407u;
  return (uint32_t)(f->rng >> 33);
}

void fixture_fill(Fixture *f, int buf, float lo, float hi) {
  float *x = fixture_f32(f, buf);
  for (int64_t i = 0; i < f->p.bufs.items[buf].elems; i++)
    x[i] = lo + (hi - lo) * (float)(next_random(f) >> 7) / (float)(1u << 24);
}

void fixture_fill_ids(Fixture *f, int buf, int32_t n) {
  int32_t *x = fixture_i32(f, buf);
  for (int64_t i = 0; i < f->p.bufs.items[buf].elems; i++)
    x[i] = (int32_t)(next_random(f) % (uint32_t)n);
}

Kernel *fixture_kernel(Fixture *f, KKind kind, const char *name) {
  vec_push(&f->p.kernels, ((Kernel){.kind = kind, .name = xstrdup(name), .what = ""}));
  return &f->p.kernels.items[f->p.kernels.len - 1];
}

KLoop *fixture_loop(Fixture *f, const char *name, int rank, const int64_t *dims, int64_t cols) {
  KLoop *loop = &fixture_kernel(f, K_LOOP, name)->loop;
  loop->rank = rank;
  memcpy(loop->dim, dims, (size_t)rank * sizeof *dims);
  loop->cols = cols;
  return loop;
}

static int leaf(KLoop *loop, KExpr e) {
  e.a = e.b = e.c = -1;
  return kir_expr(loop, e);
}

int fx_slot(KLoop *loop, int slot) {
  return leaf(loop, (KExpr){.op = KX_SLOT, .slot = slot});
}
int fx_col(KLoop *loop) {
  return leaf(loop, (KExpr){.op = KX_COL});
}
int fx_coord(KLoop *loop, int dim) {
  return leaf(loop, (KExpr){.op = KX_COORD, .dim = dim});
}
int fx_ctx(KLoop *loop, KCtxField field) {
  return leaf(loop, (KExpr){.op = KX_CTX, .ctx_field = field});
}

static KPhase *add_phase(KLoop *loop, KPhaseKind kind) {
  vec_push(&loop->phases, ((KPhase){.kind = kind}));
  return &loop->phases.items[loop->phases.len - 1];
}

int fx_let(KLoop *loop, int expr) {
  int slot = loop->n_slots++;
  KPhase *phase = add_phase(loop, KP_LET); // vec_push evaluates its target more than once
  vec_push(&phase->items, ((KItem){.expr = expr, .slot = slot}));
  return slot;
}

int fx_reduce(KLoop *loop, KReduce op, int expr) {
  int slot = loop->n_slots++;
  KPhase *phase = add_phase(loop, KP_REDUCE);
  vec_push(&phase->items, ((KItem){.expr = expr, .slot = slot, .reduce = op}));
  return slot;
}

KPhase *fx_map(KLoop *loop) {
  return add_phase(loop, KP_MAP);
}

void fx_store(KPhase *phase, KIndex dst, int expr) {
  vec_push(&phase->items, ((KItem){.expr = expr, .dst = dst}));
}

KIndex fx_index(int buf, int64_t offset, int rank, const int64_t *row_stride, int64_t col_stride) {
  KIndex ix = kir_index(buf);
  ix.offset = offset;
  for (int d = 0; d < rank; d++)
    ix.row_stride[d] = row_stride[d];
  ix.col_stride = col_stride;
  return ix;
}
