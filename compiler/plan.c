// plan.c — stage 5: the static memory plan (plan.h) and the driver of stages 2-5.
#include "plan.h"

#include "autodiff.h"
#include "fuse.h"
#include "optimizer.h"
#include "precision.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define ACT_ALIGN 64

static int64_t align_up(int64_t x, int64_t a) {
  return (x + a - 1) / a * a;
}

ParamLayout plan_params(const Graph *g) {
  ParamLayout l = {.n = g->params.len};
  l.name = xcalloc((size_t)l.n, sizeof *l.name);
  l.shape = xcalloc((size_t)l.n, sizeof *l.shape);
  l.group = xcalloc((size_t)l.n, sizeof *l.group);
  l.offset = xcalloc((size_t)l.n, sizeof *l.offset);
  for (int i = 0; i < l.n; i++) {
    const Param *p = &g->params.items[i];
    l.name[i] = xstrdup(p->name);
    l.shape[i] = g->nodes.items[p->node].shape;
    l.group[i] = p->group;
    l.offset[i] = l.elems;
    l.elems = align_up(l.elems + shape_numel(l.shape[i]), 16);
  }
  return l;
}

static void io_add(IoLayout *io, const char *name, DType dtype, int64_t elems) {
  int i = io->n++;
  io->name = xrealloc(io->name, (size_t)io->n * sizeof *io->name);
  io->dtype = xrealloc(io->dtype, (size_t)io->n * sizeof *io->dtype);
  io->offset = xrealloc(io->offset, (size_t)io->n * sizeof *io->offset);
  io->max_elems = xrealloc(io->max_elems, (size_t)io->n * sizeof *io->max_elems);
  io->name[i] = xstrdup(name);
  io->dtype[i] = dtype;
  io->offset[i] = io->bytes;
  io->max_elems[i] = elems;
  io->bytes = align_up(io->bytes + elems * 4 /* f32 and i32 */, ACT_ALIGN);
}

IoLayout plan_io(const Graph *g) {
  IoLayout io = {0};
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    if (node->op == OP_INPUT) io_add(&io, node->name, node->dtype, shape_numel(node->shape));
  }
  for (int i = 0; i < g->outputs.len; i++) {
    const Node *node = &g->nodes.items[g->outputs.items[i].node];
    io_add(&io, g->outputs.items[i].name, node->dtype, shape_numel(node->shape));
  }
  return io;
}

int io_find(const IoLayout *io, const char *name) {
  for (int i = 0; i < io->n; i++)
    if (!strcmp(io->name[i], name)) return i;
  return -1;
}

// ---- liveness ------------------------------------------------------------------------

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
  return align_up(b->elems * dtype_bytes(b->dtype), ACT_ALIGN);
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
      int64_t hi = lo + placed_bytes(&p->bufs.items[o]);
      if (at < hi && lo < at + size) {
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
        fatal("plan: internal error: %s reads activation `%s` before any kernel writes it", p->name,
              buf->name);
      buf->offset = first_fit(p, live, placed, n_placed, b);
      placed[n_placed++] = b;
      int64_t end = buf->offset + placed_bytes(buf);
      if (end > p->act_bytes) p->act_bytes = end;
    }
  }
  free(placed);
  free(live);
}

// ---- the whole model ---------------------------------------------------------------------

static int64_t program_flops(const KProgram *p) {
  int64_t total = 0;
  for (int k = 0; k < p->kernels.len; k++)
    total += p->kernels.items[k].flops;
  return total;
}

static int64_t first_offset_of_group(const ParamLayout *l, int min_group) {
  for (int i = 0; i < l->n; i++)
    if (l->group[i] >= min_group) return l->offset[i];
  return l->elems;
}

static void add_variant(CompiledModel *m, Strategy s, int unfrozen, int min_group) {
  m->variants = xrealloc(m->variants, (size_t)(m->n_variants + 1) * sizeof *m->variants);
  m->variants[m->n_variants++] =
      (Variant){s, unfrozen, first_offset_of_group(&m->params, min_group)};
}

// full: everything; feature extraction: pooler and head; gradual unfreezing: one variant
// per epoch, the head and then one more top encoder layer each epoch.
static void plan_variants(CompiledModel *m) {
  const Spec *spec = m->spec;
  int layers = (int)spec->model.num_hidden_layers;
  for (int i = 0; i < spec->train.n_strategies; i++) {
    switch (spec->train.strategies[i]) {
    case STRATEGY_FULL:
      add_variant(m, STRATEGY_FULL, layers, 0);
      break;
    case STRATEGY_FEATURE_EXTRACTION:
      add_variant(m, STRATEGY_FEATURE_EXTRACTION, 0, layers + 1);
      break;
    case STRATEGY_GRADUAL_UNFREEZING:
      for (int k = 0; k < spec->train.epochs && k <= layers; k++)
        add_variant(m, STRATEGY_GRADUAL_UNFREEZING, k, layers + 1 - k);
      break;
    default:
      unreachable();
    }
  }
}

static Shape io_shape_in(const Graph *g, const char *name) {
  for (int n = 0; n < g->nodes.len; n++)
    if (g->nodes.items[n].op == OP_INPUT && !strcmp(g->nodes.items[n].name, name))
      return g->nodes.items[n].shape;
  for (int i = 0; i < g->outputs.len; i++)
    if (!strcmp(g->outputs.items[i].name, name))
      return g->nodes.items[g->outputs.items[i].node].shape;
  unreachable();
}

static void compile_bucket(CompiledModel *m, Bucket *b, const Graph *fwd) {
  const Spec *spec = m->spec;
  b->forward = fuse_graph(fwd, &m->params, &m->io, format("forward_s%d", b->seq_len), false);
  precision_lower(b->forward, fwd, spec->precision);
  plan_program(b->forward);
  b->flops_forward = program_flops(b->forward);
  b->io_shape = xcalloc((size_t)m->io.n, sizeof *b->io_shape);
  for (int i = 0; i < m->io.n; i++)
    b->io_shape[i] = io_shape_in(fwd, m->io.name[i]);
  b->train = xcalloc((size_t)m->n_variants, sizeof *b->train);
  for (int v = 0; v < m->n_variants; v++) {
    Graph *g = model_build(spec, b->seq_len);
    bool *trainable = xcalloc((size_t)m->params.n, sizeof *trainable);
    for (int i = 0; i < m->params.n; i++)
      trainable[i] = m->params.offset[i] >= m->variants[v].trainable_offset;
    autodiff(g, trainable);
    b->train[v] = fuse_graph(g, &m->params, &m->io, format("train_s%d_v%d", b->seq_len, v), true);
    precision_lower(b->train[v], g, spec->precision);
    plan_program(b->train[v]);
    if (v == 0) b->flops_train = program_flops(b->train[v]);
    free(trainable);
  }
}

CompiledModel *compile_model(const Spec *spec) {
  CompiledModel *m = xcalloc(1, sizeof *m);
  m->spec = spec;
  m->n_buckets = spec->shapes.n_buckets;
  m->buckets = xcalloc((size_t)m->n_buckets, sizeof *m->buckets);
  Graph **fwd = xcalloc((size_t)m->n_buckets, sizeof *fwd);
  for (int i = 0; i < m->n_buckets; i++) {
    m->buckets[i].seq_len = spec->shapes.seq_len[i];
    fwd[i] = model_build(spec, m->buckets[i].seq_len);
  }
  m->params = plan_params(fwd[0]);
  m->io = plan_io(fwd[m->n_buckets - 1]);
  plan_variants(m);
  for (int i = 0; i < m->n_buckets; i++)
    compile_bucket(m, &m->buckets[i], fwd[i]);
  m->optimizer = xcalloc((size_t)m->n_variants, sizeof *m->optimizer);
  for (int v = 0; v < m->n_variants; v++) {
    m->optimizer[v] = fuse_optimizer(spec, &m->params, m->variants[v].trainable_offset,
                                     format("optimizer_v%d", v));
    plan_program(m->optimizer[v]);
  }
  m->programs =
      xcalloc((size_t)(m->n_buckets * (1 + m->n_variants) + m->n_variants), sizeof *m->programs);
  for (int i = 0; i < m->n_buckets; i++) {
    m->programs[m->n_programs++] = m->buckets[i].forward;
    for (int v = 0; v < m->n_variants; v++)
      m->programs[m->n_programs++] = m->buckets[i].train[v];
  }
  for (int v = 0; v < m->n_variants; v++)
    m->programs[m->n_programs++] = m->optimizer[v];
  int64_t acts = 0;
  for (int i = 0; i < m->n_programs; i++)
    if (m->programs[i]->act_bytes > acts) acts = m->programs[i]->act_bytes;
  for (int a = BERTRT_PARAMS; a <= BERTRT_ADAM_V; a++)
    m->arena_bytes[a] = 4 * m->params.elems;
  m->arena_bytes[BERTRT_ACTS] = acts;
  m->arena_bytes[BERTRT_IO] = m->io.bytes;
  free(fwd);
  return m;
}

// ---- plan.txt ----------------------------------------------------------------------------

static const char *arena_name(int a) {
  static const char *names[] = {"params", "grads", "adam_m", "adam_v", "acts", "io"};
  _Static_assert(sizeof names / sizeof *names == BERTRT_ARENA_COUNT, "one name per arena");
  return names[a];
}

static void print_shape(FILE *out, Shape s) {
  fputc('[', out);
  for (int d = 0; d < s.rank; d++)
    fprintf(out, "%s%" PRId64, d ? "," : "", s.dim[d]);
  fputc(']', out);
}

static void print_program(FILE *out, const KProgram *p) {
  static const char *kinds[] = {"loop", "gemm", "scatter", "attn"};
  _Static_assert(sizeof kinds / sizeof *kinds == K_ATTENTION + 1, "one name per kernel kind");
  int64_t flops = 0, bytes = 0;
  for (int k = 0; k < p->kernels.len; k++) {
    flops += p->kernels.items[k].flops;
    bytes += p->kernels.items[k].bytes;
  }
  fprintf(out,
          "\nprogram %s: %d kernels, %" PRId64 " FLOPs, %" PRId64 " bytes moved, "
          "activation peak %" PRId64 " bytes\n",
          p->name, p->kernels.len, flops, bytes, p->act_bytes);
  for (int k = 0; k < p->kernels.len; k++) {
    const Kernel *kr = &p->kernels.items[k];
    fprintf(out, "  %-7s %-48s %14" PRId64 " flop %12" PRId64 " B  %s\n", kinds[kr->kind], kr->name,
            kr->flops, kr->bytes, kr->what);
  }
}

void plan_write_report(const CompiledModel *m, FILE *out) {
  const Spec *s = m->spec;
  fprintf(out, "bertc plan for %s (program %s)\n", s->stem, s->name);
  fprintf(out, "batch %d, buckets", s->shapes.batch_size);
  for (int i = 0; i < m->n_buckets; i++)
    fprintf(out, " %d", m->buckets[i].seq_len);
  fprintf(out, "\n\narenas:\n");
  int64_t total = 0;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    fprintf(out, "  %-7s %14" PRId64 " bytes\n", arena_name(a), m->arena_bytes[a]);
    total += m->arena_bytes[a];
  }
  fprintf(out, "  peak    %14" PRId64 " bytes\n", total);
  fprintf(out, "\nparameters (%d, %" PRId64 " elements with padding):\n", m->params.n,
          m->params.elems);
  for (int i = 0; i < m->params.n; i++) {
    fprintf(out, "  %10" PRId64 "  group %2d  ", m->params.offset[i], m->params.group[i]);
    print_shape(out, m->params.shape[i]);
    fprintf(out, "  %s\n", m->params.name[i]);
  }
  fprintf(out, "\nio:\n");
  for (int i = 0; i < m->io.n; i++)
    fprintf(out, "  %8" PRId64 "  %s %-18s max %" PRId64 " elements\n", m->io.offset[i],
            m->io.dtype[i] == DT_F32 ? "f32" : "i32", m->io.name[i], m->io.max_elems[i]);
  fprintf(out, "\nvariants:\n");
  for (int v = 0; v < m->n_variants; v++)
    fprintf(out, "  v%d %-20s unfrozen layers %d, trainable from element %" PRId64 "\n", v,
            strategy_name(m->variants[v].strategy), m->variants[v].unfrozen_layers,
            m->variants[v].trainable_offset);
  for (int i = 0; i < m->n_programs; i++)
    print_program(out, m->programs[i]);
}
