// precision.c — stage 4b: bf16 storage of an entry point's activations (precision.h).
#include "precision.h"

#include <stdlib.h>

// Graph values that stay f32 in a bf16 program, whatever buffer holds them.
static bool value_stays_f32(OpKind op) {
  switch (op) {
  case OP_LN_STATS:      // mean and 1/sigma of every row, read by the backward
  case OP_MASK_BIAS:     // FLT_MIN-like for masked keys: rounds to -inf in bf16
  case OP_VALID_COUNT:   // the loss's divisor
  case OP_CROSS_ENTROPY: // the loss
    return true;
  default:
    return false;
  }
}

static void store_activations_in_bf16(KProgram *p, const Graph *g) {
  for (int b = 0; b < p->bufs.len; b++) {
    KBuf *buf = &p->bufs.items[b];
    if (buf->arena != BERTRT_ACTS || buf->dtype != DT_F32 || buf->node < 0) continue;
    if (!value_stays_f32(g->nodes.items[buf->node].op)) buf->dtype = DT_BF16;
  }
}

// The kernel `copy[r, c] = src[r, c]` over a [elems / cols, cols] view of both (the store
// rounds to bf16).
static Kernel cast_kernel(const KProgram *p, int src, int copy, SrcLoc loc) {
  const KBuf *s = &p->bufs.items[src];
  int64_t cols = s->shape.rank ? s->shape.dim[s->shape.rank - 1] : 1;
  char *id = c_identifier(s->name);
  Kernel k = {.kind = K_LOOP, .loc = loc};
  k.name = format("bf16_copy_%s", id);
  k.what = format("bf16 copy of %s", s->name);
  free(id);
  KLoop *loop = &k.loop;
  loop->rank = 1;
  loop->dim[0] = s->elems / cols;
  loop->cols = cols;
  KIndex from = kir_index(src), to = kir_index(copy);
  from.row_stride[0] = to.row_stride[0] = cols;
  from.col_stride = to.col_stride = 1;
  int value = kir_load(loop, from);
  KPhase store = {.kind = KP_MAP};
  vec_push(&store.items, ((KItem){.expr = value, .dst = to}));
  vec_push(&loop->phases, store);
  return k;
}

typedef struct {
  KProgram *p;
  int *copy;         // [buffers before the pass]: the bf16 copy of a parameter, -1 when none
  VEC(Kernel) order; // the program's kernels with the cast kernels in place
} Caster;

// The bf16 copy of f32 parameter or IO output `src` (an IO output is written once, before the
// first GEMM that reads it: the question-answering head's on the last hidden state), made by a
// cast kernel queued now (before the GEMM that asks for it) when it is the first to ask.
static int bf16_copy(Caster *c, int src, const Kernel *gemm) {
  if (c->copy[src] >= 0) return c->copy[src];
  const KBuf *s = &c->p->bufs.items[src];
  if (s->arena != BERTRT_PARAMS && s->arena != BERTRT_IO) {
    char origin[512];
    internal_error("precision: %s: GEMM %s%s reads f32 `%s`, which is not a parameter or an "
                   "input, in a bf16 program",
                   c->p->name, gemm->name, spec_origin(gemm->loc, origin, sizeof origin), s->name);
  }
  KBuf copy = {.name = format("%s (bf16)", s->name),
               .arena = BERTRT_ACTS,
               .dtype = DT_BF16,
               .shape = s->shape,
               .elems = s->elems,
               .node = -1};
  int b = kir_buf(c->p, copy);
  Kernel k = cast_kernel(c->p, src, b, gemm->loc);
  k.bytes = kir_bytes(c->p, &k);
  vec_push(&c->order, k);
  return c->copy[src] = b;
}

static void read_gemms_in_bf16(KProgram *p) {
  Caster c = {.p = p, .copy = xcalloc((size_t)p->bufs.len + 1, sizeof *c.copy)};
  for (int b = 0; b < p->bufs.len; b++)
    c.copy[b] = -1;
  for (int i = 0; i < p->kernels.len; i++) {
    Kernel k = p->kernels.items[i];
    if (k.kind == K_GEMM) {
      KGemm *g = &k.gemm;
      if (p->bufs.items[g->a].dtype == DT_F32) g->a = bf16_copy(&c, g->a, &k);
      if (p->bufs.items[g->b].dtype == DT_F32) g->b = bf16_copy(&c, g->b, &k);
      bool c_bf16 = p->bufs.items[g->c].dtype == DT_BF16;
      if (g->bias >= 0 && c_bf16 && p->bufs.items[g->bias].dtype == DT_F32)
        g->bias = bf16_copy(&c, g->bias, &k);
    }
    vec_push(&c.order, k);
  }
  free(p->kernels.items);
  p->kernels.items = c.order.items;
  p->kernels.len = c.order.len;
  p->kernels.cap = c.order.cap;
  free(c.copy);
}

void precision_lower(KProgram *p, const Graph *g, Precision precision) {
  if (precision == PRECISION_FP32 || !g) return;
  check(precision == PRECISION_BF16);
  store_activations_in_bf16(p, g);
  read_gemms_in_bf16(p);
  for (int i = 0; i < p->kernels.len; i++)
    p->kernels.items[i].bytes = kir_bytes(p, &p->kernels.items[i]);
  kir_verify(p);
}
