// schedule.c — stage 5b (schedule.h): launch geometry, body arguments, index width,
// barriers, epilogue placement and body identities of every kernel, once for both targets.
#include "schedule.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

// ---- launch geometry -----------------------------------------------------------------

// The smallest power of two >= n, within [1, SCHED_MAX_BLOCK].
static int pow2_threads(int64_t n) {
  int t = 1;
  while (t < n && t < SCHED_MAX_BLOCK)
    t *= 2;
  return t;
}

static int64_t ceil_div(int64_t a, int64_t b) {
  return (a + b - 1) / b;
}

static CudaLaunch rows_launch(int64_t rows, int64_t cols) {
  CudaLaunch l = {.row_threads = pow2_threads(cols), .rows_per_block = 1};
  if (l.row_threads <= 32) {
    int64_t fit = SCHED_MAX_BLOCK / l.row_threads;
    l.rows_per_block = (int)(rows < fit ? rows : fit);
  }
  l.block = l.row_threads * l.rows_per_block;
  l.grid = ceil_div(rows, l.rows_per_block);
  return l;
}

CudaLaunch cuda_launch(const Kernel *k) {
  switch (k->kind) {
  case K_LOOP:
    if (k->loop.sum_over_rows) {
      // SUM_COLS columns per block, the rest of the block's threads as row lanes
      int cols = pow2_threads(k->loop.cols < SCHED_SUM_COLS ? k->loop.cols : SCHED_SUM_COLS);
      int lanes = pow2_threads(kir_loop_rows(&k->loop));
      if (lanes > SCHED_MAX_BLOCK / cols) lanes = SCHED_MAX_BLOCK / cols;
      return (CudaLaunch){ceil_div(k->loop.cols, cols), cols * lanes, 1, lanes};
    }
    return rows_launch(kir_loop_rows(&k->loop), k->loop.cols);
  case K_SCATTER_ADD: {
    int block = pow2_threads(k->scatter.cols);
    return (CudaLaunch){ceil_div(k->scatter.dst_rows, SCHED_SCATTER_TILE), block, block,
                        SCHED_SCATTER_TILE};
  }
  case K_GEMM: {
    const KGemm *g = &k->gemm;
    return rows_launch(g->batch[0] * g->batch[1] * g->m, g->n);
  }
  case K_ATTENTION: { // a block per (batch, head, tile of SCHED_ATT_TILE rows)
    const KAttention *a = &k->attention;
    return (CudaLaunch){a->batch * a->heads * ceil_div(a->seq, SCHED_ATT_TILE), SCHED_ATT_THREADS,
                        1, 1};
  }
  }
  unreachable();
}

GemmEpilogue gemm_epilogue(const KGemm *g, Target t) {
  if (g->aux >= 0 || g->act != KACT_NONE) return GEMM_EPILOGUE_KERNEL;
  if (g->bias < 0) return GEMM_EPILOGUE_NONE;
  return t == TARGET_CUDA ? GEMM_EPILOGUE_LIBRARY : GEMM_EPILOGUE_KERNEL;
}

// ---- access --------------------------------------------------------------------------

static void mark_live(const KLoop *loop, int i, bool *live) {
  if (i < 0 || live[i]) return;
  live[i] = true;
  const KExpr *e = &loop->exprs.items[i];
  mark_live(loop, e->a, live), mark_live(loop, e->b, live), mark_live(loop, e->c, live);
}

// What a phase reads and writes, by buffer (SCHED_READ | SCHED_WRITTEN into `acc`): the
// loads its items' expressions depend on, and its stores.
static void phase_access(const KLoop *loop, const KPhase *ph, unsigned char *acc) {
  bool *live = xcalloc((size_t)loop->exprs.len + 1, sizeof *live);
  for (int i = 0; i < ph->items.len; i++)
    mark_live(loop, ph->items.items[i].expr, live);
  for (int e = 0; e < loop->exprs.len; e++) {
    const KExpr *x = &loop->exprs.items[e];
    if (!live[e] || x->op != KX_LOAD) continue;
    acc[x->index.buf] |= SCHED_READ;
    if (x->index.via.buf >= 0) acc[x->index.via.buf] |= SCHED_READ;
  }
  for (int i = 0; ph->kind == KP_MAP && i < ph->items.len; i++)
    acc[ph->items.items[i].dst.buf] |= SCHED_WRITTEN;
  free(live);
}

// The kernel's access to every buffer of its program (acc: one entry per buffer, zeroed).
static void kernel_access(const Kernel *k, unsigned char *acc) {
  switch (k->kind) {
  case K_LOOP:
    for (int ph = 0; ph < k->loop.phases.len; ph++)
      phase_access(&k->loop, &k->loop.phases.items[ph], acc);
    return;
  case K_SCATTER_ADD:
    acc[k->scatter.dst] |= SCHED_WRITTEN;
    acc[k->scatter.src] |= SCHED_READ, acc[k->scatter.ids] |= SCHED_READ;
    return;
  case K_GEMM:
    acc[k->gemm.c] |= SCHED_READ | SCHED_WRITTEN;
    if (k->gemm.bias >= 0) acc[k->gemm.bias] |= SCHED_READ;
    if (k->gemm.aux >= 0) acc[k->gemm.aux] |= SCHED_WRITTEN;
    return;
  case K_ATTENTION:
    for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
      KAttAccess a = kir_attention_access(k->attention.part, role);
      if (a != KATT_UNUSED)
        acc[k->attention.buf[role]] |= a == KATT_WRITE ? SCHED_WRITTEN : SCHED_READ;
    }
    return;
  }
}

// A barrier precedes a phase that reads what another thread of the row may have written, or
// writes what it may have read, since the last barrier; a reduction is a barrier itself.
static bool *row_syncs(const KProgram *p, const KLoop *loop, int row_threads) {
  size_t n = (size_t)p->bufs.len + 1;
  bool *sync = xcalloc((size_t)loop->phases.len + 1, sizeof *sync);
  unsigned char *since = xcalloc(n, 1), *now = xcalloc(n, 1);
  for (int i = 0; row_threads > 1 && !loop->sum_over_rows && i < loop->phases.len; i++) {
    const KPhase *ph = &loop->phases.items[i];
    memset(now, 0, n);
    phase_access(loop, ph, now);
    for (int b = 0; b < p->bufs.len && !sync[i]; b++)
      sync[i] = ((now[b] & SCHED_READ) && (since[b] & SCHED_WRITTEN)) ||
                ((now[b] & SCHED_WRITTEN) && since[b]);
    if (sync[i]) memset(since, 0, n);
    for (size_t b = 0; b < n; b++)
      since[b] |= now[b];
    if (ph->kind == KP_REDUCE) memset(since, 0, n); // the row's threads met in the reduction
  }
  free(since), free(now);
  return sync;
}

// ---- body identities -----------------------------------------------------------------
//
// A kernel's key is its IR with each buffer and dropout site replaced by its argument number
// (first reference order; the same buffer referenced twice is one argument), then per
// argument its dtype, access and restrict flag, then the index width and the launch: what
// either target's body text depends on. Offsets, arenas and sizes of the buffers are the
// caller's business (the launch table, the cpu wrapper).

typedef struct {
  VEC(int64_t) words;
  VEC(int) bufs;
  VEC(uint32_t) sites;
} Key;

static void key_put(Key *k, int64_t word) {
  vec_push(&k->words, word);
}

static void key_buf(Key *k, int buf) {
  int arg = 0;
  while (arg < k->bufs.len && k->bufs.items[arg] != buf)
    arg++;
  if (arg == k->bufs.len) vec_push(&k->bufs, buf);
  key_put(k, arg);
}

static void key_site(Key *k, uint32_t site) {
  int arg = 0;
  while (arg < k->sites.len && k->sites.items[arg] != site)
    arg++;
  if (arg == k->sites.len) vec_push(&k->sites, site);
  key_put(k, arg);
}

static void key_float(Key *k, float v) {
  uint32_t bits;
  memcpy(&bits, &v, sizeof bits);
  key_put(k, bits);
}

static void key_affine(Key *k, int rank, int64_t offset, const int64_t *row_stride,
                       int64_t col_stride) {
  key_put(k, offset);
  for (int d = 0; d < rank; d++)
    key_put(k, row_stride[d]);
  key_put(k, col_stride);
}

static void key_index(Key *k, int rank, const KIndex *ix) {
  key_buf(k, ix->buf);
  key_affine(k, rank, ix->offset, ix->row_stride, ix->col_stride);
  key_put(k, ix->via.buf >= 0);
  if (ix->via.buf < 0) return;
  key_buf(k, ix->via.buf);
  key_affine(k, rank, ix->via.offset, ix->via.row_stride, ix->via.col_stride);
  key_put(k, ix->via.scale);
}

// An expression: its op and operands, then the one field its op reads.
static void key_expr(Key *k, int rank, const KExpr *e) {
  key_put(k, e->op), key_put(k, e->a), key_put(k, e->b), key_put(k, e->c);
  switch (e->op) {
  case KX_CONST:
    key_float(k, e->value);
    break;
  case KX_LOAD:
    key_index(k, rank, &e->index);
    break;
  case KX_SLOT:
    key_put(k, e->slot);
    break;
  case KX_COORD:
    key_put(k, e->dim);
    break;
  case KX_CTX:
    key_put(k, e->ctx_field);
    break;
  case KX_UNIFORM:
    key_site(k, e->site);
    break;
  default:
    break;
  }
}

static void key_loop(Key *k, const Kernel *kernel) {
  const KLoop *l = &kernel->loop;
  key_put(k, l->rank);
  for (int d = 0; d < l->rank; d++)
    key_put(k, l->dim[d]);
  key_put(k, l->cols), key_put(k, l->n_slots), key_put(k, l->exprs.len);
  for (int i = 0; i < l->exprs.len; i++)
    key_expr(k, l->rank, &l->exprs.items[i]);
  key_put(k, l->phases.len);
  for (int i = 0; i < l->phases.len; i++) {
    const KPhase *ph = &l->phases.items[i];
    key_put(k, ph->kind), key_put(k, ph->items.len);
    for (int j = 0; j < ph->items.len; j++) {
      const KItem *it = &ph->items.items[j];
      key_put(k, it->expr);
      if (ph->kind == KP_MAP)
        key_index(k, l->rank, &it->dst);
      else
        key_put(k, it->slot), key_put(k, it->reduce);
    }
  }
}

static void key_scatter(Key *k, const Kernel *kernel) {
  const KScatter *s = &kernel->scatter;
  key_put(k, s->rows), key_put(k, s->cols), key_put(k, s->dst_rows);
  key_buf(k, s->dst), key_buf(k, s->src), key_buf(k, s->ids);
}

static void key_epilogue(Key *k, const Kernel *kernel) {
  const KGemm *g = &kernel->gemm;
  key_put(k, g->m), key_put(k, g->n), key_put(k, g->ldc);
  key_put(k, g->batch[0]), key_put(k, g->batch[1]);
  key_put(k, g->stride_c[0]), key_put(k, g->stride_c[1]), key_put(k, g->act);
  key_put(k, gemm_epilogue(g, TARGET_CUDA)); // the form: whether cuda has the body
  key_buf(k, g->c);
  key_put(k, g->bias >= 0);
  if (g->bias >= 0) key_buf(k, g->bias);
  key_put(k, g->aux >= 0);
  if (g->aux >= 0) key_buf(k, g->aux);
}

static void key_attention(Key *k, const Kernel *kernel) {
  const KAttention *a = &kernel->attention;
  key_put(k, a->part), key_put(k, a->batch), key_put(k, a->seq), key_put(k, a->heads);
  key_put(k, a->head_dim), key_float(k, a->scale), key_float(k, a->dropout_p);
  for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
    bool used = kir_attention_access(a->part, role) != KATT_UNUSED;
    key_put(k, used);
    if (used) key_buf(k, a->buf[role]);
  }
  if (a->dropout_p > 0.0f) key_site(k, a->dropout_site);
}

static void (*const KEY[])(Key *k, const Kernel *kernel) = {
    [BODY_ROWS] = key_loop,         [BODY_SUM_OVER_ROWS] = key_loop,  [BODY_SCATTER] = key_scatter,
    [BODY_EPILOGUE] = key_epilogue, [BODY_ATTENTION] = key_attention,
};
_Static_assert(sizeof KEY / sizeof *KEY == BODY_KIND_COUNT, "a key for every kind of body");

// The kind of body a kernel has, and on which targets (none: a GEMM without an epilogue).
static BodyKind body_kind(const Kernel *k, bool on[TARGET_COUNT]) {
  on[TARGET_CPU] = on[TARGET_CUDA] = true;
  switch (k->kind) {
  case K_LOOP:
    return k->loop.sum_over_rows ? BODY_SUM_OVER_ROWS : BODY_ROWS;
  case K_SCATTER_ADD:
    return BODY_SCATTER;
  case K_GEMM:
    for (int t = 0; t < TARGET_COUNT; t++)
      on[t] = gemm_epilogue(&k->gemm, (Target)t) == GEMM_EPILOGUE_KERNEL;
    return BODY_EPILOGUE;
  case K_ATTENTION:
    on[TARGET_CPU] = false; // bertrt_attention_cpu
    return BODY_ATTENTION;
  }
  unreachable();
}

// ---- one kernel ----------------------------------------------------------------------

static bool fits_int(const KProgram *p, const KernelSchedule *ks, int64_t extent) {
  for (int i = 0; i < ks->n_args; i++)
    if (p->bufs.items[ks->args[i].buf].elems > INT32_MAX) return false;
  return extent <= INT32_MAX;
}

// The elements a body's index runs over.
static int64_t index_extent(const Kernel *k) {
  switch (k->kind) {
  case K_LOOP:
    return kir_loop_rows(&k->loop) * k->loop.cols;
  case K_SCATTER_ADD:
    return k->scatter.dst_rows * k->scatter.cols;
  case K_GEMM:
    return k->gemm.batch[0] * k->gemm.batch[1] * k->gemm.m * k->gemm.n;
  case K_ATTENTION:
    return k->attention.batch * k->attention.seq * k->attention.heads * k->attention.head_dim;
  }
  unreachable();
}

// Schedules kernel k of p into *ks, its key into *key (words only when it has a body).
static void schedule_kernel_into(const KProgram *p, const Kernel *k, KernelSchedule *ks, Key *key,
                                 bool on[TARGET_COUNT]) {
  for (int t = 0; t < TARGET_COUNT; t++)
    ks->body[t] = -1, ks->epilogue[t] = GEMM_EPILOGUE_NONE;
  if (k->kind == K_GEMM)
    for (int t = 0; t < TARGET_COUNT; t++)
      ks->epilogue[t] = gemm_epilogue(&k->gemm, (Target)t);
  ks->launch = cuda_launch(k);
  ks->kind = body_kind(k, on);
  *key = (Key){0};
  if (!on[TARGET_CPU] && !on[TARGET_CUDA]) return;
  key_put(key, ks->kind);
  KEY[ks->kind](key, k);
  unsigned char *acc = xcalloc((size_t)p->bufs.len + 1, 1);
  kernel_access(k, acc);
  ks->n_args = key->bufs.len;
  ks->args = xcalloc((size_t)ks->n_args + 1, sizeof *ks->args);
  ks->noalias = true;
  for (int i = 0; i < ks->n_args; i++) {
    SchedArg *a = &ks->args[i];
    a->buf = key->bufs.items[i];
    // a buffer only a dead load references (no phase's item uses it) counts as read
    a->access = acc[a->buf] ? (SchedAccess)acc[a->buf] : SCHED_READ;
    a->restrict_ok = true;
    for (int o = 0; o < ks->n_args; o++)
      if (o != i && kir_bufs_overlap(&p->bufs.items[a->buf], &p->bufs.items[key->bufs.items[o]]))
        a->restrict_ok = false;
    ks->noalias &= a->restrict_ok;
    key_put(key, p->bufs.items[a->buf].dtype), key_put(key, a->access);
    key_put(key, a->restrict_ok);
  }
  free(acc);
  ks->n_sites = key->sites.len;
  ks->sites = key->sites.items;
  free(key->bufs.items);
  memset(&key->sites, 0, sizeof key->sites), memset(&key->bufs, 0, sizeof key->bufs);
  ks->index64 = !fits_int(p, ks, index_extent(k));
  if (k->kind == K_LOOP) ks->row_sync = row_syncs(p, &k->loop, ks->launch.row_threads);
  key_put(key, ks->index64);
  key_put(key, ks->launch.grid), key_put(key, ks->launch.block);
  key_put(key, ks->launch.row_threads), key_put(key, ks->launch.rows_per_block);
}

// ---- the model ------------------------------------------------------------------------

typedef struct {
  uint64_t hash;
  Key key;
  SchedBody body;
  int group; // 0: on the cuda target (and maybe the cpu), 1: on the cpu alone
} Identity;
typedef VEC(Identity) Identities;

static int group_of(const bool on[TARGET_COUNT]) {
  return on[TARGET_CUDA] ? 0 : 1;
}

// The identity of a key: an existing one, or a new one (taking the key's words).
static int identity_of(Identities *ids, Key *key, const SchedBody *first) {
  uint64_t hash = fnv1a(key->words.items, (size_t)key->words.len * sizeof *key->words.items);
  for (int i = 0; i < ids->len; i++) {
    const Key *o = &ids->items[i].key;
    if (ids->items[i].hash == hash && o->words.len == key->words.len &&
        !memcmp(o->words.items, key->words.items, (size_t)o->words.len * sizeof *o->words.items))
      return i;
  }
  Identity id = {.hash = hash, .key = *key, .body = *first, .group = group_of(first->on)};
  vec_push(ids, id);
  *key = (Key){0};
  return ids->len - 1;
}

Schedule *schedule_model(const CompiledModel *m) {
  Schedule *s = xcalloc(1, sizeof *s);
  s->n_programs = m->n_programs;
  s->programs = xcalloc((size_t)m->n_programs + 1, sizeof *s->programs);
  Identities ids = {0};
  VEC(int) *users = xcalloc((size_t)m->n_programs + 1, sizeof *users); // identity per kernel
  for (int pi = 0; pi < m->n_programs; pi++) {
    const KProgram *p = m->programs[pi];
    ProgramSchedule *ps = &s->programs[pi];
    ps->program = p;
    ps->kernels = xcalloc((size_t)p->kernels.len + 1, sizeof *ps->kernels);
    for (int k = 0; k < p->kernels.len; k++) {
      Key key;
      SchedBody first = {.program = pi, .kernel = k};
      schedule_kernel_into(p, &p->kernels.items[k], &ps->kernels[k], &key, first.on);
      first.kind = ps->kernels[k].kind;
      int id = key.words.len ? identity_of(&ids, &key, &first) : -1;
      free(key.words.items);
      vec_push(&users[pi], id);
    }
  }
  // body numbers: the cuda target's identities in order of first use, then the cpu's alone
  int *number = xcalloc((size_t)ids.len + 1, sizeof *number);
  s->bodies = xcalloc((size_t)ids.len + 1, sizeof *s->bodies);
  for (int g = 0; g < 2; g++)
    for (int i = 0; i < ids.len; i++)
      if (ids.items[i].group == g) {
        number[i] = s->n_bodies;
        s->bodies[s->n_bodies++] = ids.items[i].body;
        s->n_cuda_bodies += g == 0;
      }
  for (int pi = 0; pi < m->n_programs; pi++)
    for (int k = 0; k < m->programs[pi]->kernels.len; k++) {
      int id = users[pi].items[k];
      if (id < 0) continue;
      for (int t = 0; t < TARGET_COUNT; t++)
        if (ids.items[id].body.on[t]) s->programs[pi].kernels[k].body[t] = number[id];
    }
  for (int i = 0; i < ids.len; i++)
    free(ids.items[i].key.words.items);
  for (int pi = 0; pi < m->n_programs; pi++)
    free(users[pi].items);
  free(ids.items), free(users), free(number);
  return s;
}

const KernelSchedule *schedule_kernel(const Schedule *s, const KProgram *p, int k) {
  for (int i = 0; i < s->n_programs; i++)
    if (s->programs[i].program == p) {
      check(k >= 0 && k < p->kernels.len);
      return &s->programs[i].kernels[k];
    }
  unreachable();
}

void schedule_free(Schedule *s) {
  if (!s) return;
  for (int i = 0; i < s->n_programs; i++) {
    for (int k = 0; k < s->programs[i].program->kernels.len; k++) {
      KernelSchedule *ks = &s->programs[i].kernels[k];
      free(ks->args), free(ks->sites), free(ks->row_sync);
    }
    free(s->programs[i].kernels);
  }
  free(s->programs), free(s->bodies), free(s);
}
