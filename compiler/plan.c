// plan.c — stage 5: activation offsets by liveness (plan.h).
#include "plan.h"

#include <stdlib.h>

#define ACT_ALIGN 64

typedef struct {
  int first, last; // kernels that first and last touch the buffer
  bool first_writes;
} Live;

static void touch(Live *live, int buf, int k, bool writes) {
  if (buf < 0) return;
  if (live[buf].first < 0) {
    live[buf].first = k;
    live[buf].first_writes = writes;
  }
  live[buf].last = k;
}

static void touch_index(Live *live, const KIndex *ix, int k, bool writes) {
  touch(live, ix->buf, k, writes);
  touch(live, ix->via.buf, k, false);
}

static void touch_kernel(Live *live, const Kernel *kr, int k) {
  switch (kr->kind) {
  case K_LOOP:
    for (int e = 0; e < kr->loop.exprs.len; e++)
      if (kr->loop.exprs.items[e].op == KX_LOAD)
        touch_index(live, &kr->loop.exprs.items[e].index, k, false);
    for (int ph = 0; ph < kr->loop.phases.len; ph++) {
      const KPhase *phase = &kr->loop.phases.items[ph];
      if (phase->kind != KP_MAP) continue;
      for (int i = 0; i < phase->items.len; i++)
        touch_index(live, &phase->items.items[i].dst, k, true);
    }
    break;
  case K_GEMM:
    touch(live, kr->gemm.a, k, false);
    touch(live, kr->gemm.b, k, false);
    touch(live, kr->gemm.bias, k, false);
    touch(live, kr->gemm.c, k, true);
    touch(live, kr->gemm.aux, k, true);
    break;
  case K_SCATTER_ADD:
    touch(live, kr->scatter.src, k, false);
    touch(live, kr->scatter.ids, k, false);
    touch(live, kr->scatter.dst, k, true);
    break;
  case K_ATTENTION:
    for (int role = 0; role < BERTRT_ATT_ROLES; role++)
      touch(live, kr->attention.buf[role], k,
            kir_attention_access(kr->attention.part, role) == KATT_WRITE);
    break;
  }
}

static int64_t placed_bytes(const KBuf *b) {
  return size_align(size_mul(b->elems, dtype_bytes(b->dtype)), ACT_ALIGN);
}

// First fit: the lowest offset whose bytes no buffer live at the same time occupies.
static int64_t first_fit(const KProgram *p, const Live *live, const int *placed, int n_placed,
                         int b) {
  int64_t size = placed_bytes(&p->bufs.items[b]);
  int64_t at = 0;
  for (bool moved = true; moved;) {
    moved = false;
    for (int i = 0; i < n_placed; i++) {
      int o = placed[i];
      if (live[o].last < live[b].first || live[b].last < live[o].first) continue;
      int64_t lo = p->bufs.items[o].offset;
      int64_t hi = size_add(lo, placed_bytes(&p->bufs.items[o]));
      if (at < hi && lo < size_add(at, size)) {
        at = hi;
        moved = true;
      }
    }
  }
  return at;
}

void plan_program(KProgram *p) {
  int nb = p->bufs.len;
  Live *live = xcalloc((size_t)nb, sizeof *live);
  for (int b = 0; b < nb; b++)
    live[b].first = live[b].last = -1;
  for (int k = 0; k < p->kernels.len; k++)
    touch_kernel(live, &p->kernels.items[k], k);
  int *placed = xcalloc((size_t)nb, sizeof *placed);
  int n_placed = 0;
  p->act_bytes = 0;
  // Buffers in order of first use (kernel order, then buffer id): deterministic.
  for (int k = 0; k < p->kernels.len; k++) {
    for (int b = 0; b < nb; b++) {
      KBuf *buf = &p->bufs.items[b];
      if (buf->arena != BERTRT_ACTS || live[b].first != k) continue;
      if (!live[b].first_writes)
        internal_error("plan: %s reads activation `%s` before any kernel writes it", p->name,
                       buf->name);
      buf->offset = first_fit(p, live, placed, n_placed, b);
      placed[n_placed++] = b;
      int64_t end = size_add(buf->offset, placed_bytes(buf));
      if (end > p->act_bytes) p->act_bytes = end;
    }
  }
  free(placed);
  free(live);
}
