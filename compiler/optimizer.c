// optimizer.c — the optimizer step program (optimizer.h): the global L2 norm of the
// trainable gradients and the clip coefficient (when train.grad_clip > 0), then one AdamW
// pass over the flat arenas.
#include "optimizer.h"

#include "fuse_internal.h"

// The slice [from, from + elems) of one parameter-shaped arena as a [elems / cols, cols]
// buffer.
static int arena_slice(KProgram *p, const char *name, int arena, int64_t from, int64_t elems,
                       int64_t cols) {
  int64_t dims[2] = {elems / cols, cols};
  KBuf b = {.name = xstrdup(name),
            .arena = arena,
            .dtype = DT_F32,
            .shape = shape_of(2, dims),
            .elems = elems,
            .offset = 4 * from,
            .node = -1};
  return kir_buf(p, b);
}

// Element (row, col) of a [rows, cols] slice, cols at an element offset `offset` of buffer
// `buf`.
static KIndex slice_index_at(int buf, int64_t cols, int64_t offset) {
  KIndex ix = kir_index(buf);
  ix.offset = offset;
  ix.row_stride[0] = cols;
  ix.col_stride = 1;
  return ix;
}

static KIndex slice_index(int buf) {
  return slice_index_at(buf, 16, 0);
}

// Columns of the squared gradient norm's partial sums: a power of two from 16 to 65536, as
// many as leave each column at least 64 rows. Each column sum is one GPU thread (consecutive
// threads read consecutive addresses) or a vector lane on the CPU, so a large model's norm
// is not summed by 16 threads.
static int64_t norm_columns(int64_t elems) {
  int64_t cols = 16;
  while (cols < 65536 && 2 * cols * 64 <= elems)
    cols *= 2;
  return cols;
}

static KLoop *optimizer_loop(Fuser *f, const char *name, const char *what, Shape over) {
  Kernel k = {.kind = K_LOOP, .name = fuse_kernel_name(f, name), .what = xstrdup(what)};
  fuse_loop_over(&k.loop, over);
  vec_push(&f->p->kernels, k);
  f->loop = &f->p->kernels.items[f->p->kernels.len - 1].loop;
  return f->loop;
}

KProgram *fuse_optimizer(const Spec *spec, const ParamLayout *layout, int64_t trainable_offset,
                         const char *entry_name) {
  const TrainSpec *t = &spec->train;
  int64_t elems = layout->elems - trainable_offset;
  check(elems % 16 == 0 && trainable_offset % 16 == 0);
  Fuser f = {.layout = layout};
  f.p = xcalloc(1, sizeof *f.p);
  f.p->name = xstrdup(entry_name);
  int param = arena_slice(f.p, "trainable parameters", BERTRT_PARAMS, trainable_offset, elems, 16);
  int grad = arena_slice(f.p, "trainable gradients", BERTRT_GRADS, trainable_offset, elems, 16);
  int m = arena_slice(f.p, "adam first moments", BERTRT_ADAM_M, trainable_offset, elems, 16);
  int v = arena_slice(f.p, "adam second moments", BERTRT_ADAM_V, trainable_offset, elems, 16);
  Shape slices = f.p->bufs.items[param].shape;
  int64_t one = 1;
  int coef_buf = -1;
  if (t->grad_clip > 0) {
    // ||g||^2 as column sums of g^2 over the slice viewed as [rows, C] (norm_columns), the
    // rows that do not fill C columns as a [tail / 16, 16] view after them; then the clip
    // coefficient min(1, clip / (||g|| + 1e-6)) from the C + 16 partial sums.
    int64_t cols = norm_columns(elems), main = elems / cols * cols, tail = elems - main;
    int64_t n_partial = cols + (tail ? 16 : 0);
    int partial = kir_buf(f.p, (KBuf){.name = xstrdup("squared norm partial sums"),
                                      .arena = BERTRT_ACTS,
                                      .dtype = DT_F32,
                                      .shape = shape_of(1, &n_partial),
                                      .elems = n_partial,
                                      .node = -1});
    coef_buf = kir_buf(f.p, (KBuf){.name = xstrdup("clip coefficient"),
                                   .arena = BERTRT_ACTS,
                                   .dtype = DT_F32,
                                   .shape = shape_of(1, &one),
                                   .elems = 1,
                                   .node = -1});
    int grad_main = arena_slice(f.p, "trainable gradients (norm columns)", BERTRT_GRADS,
                                trainable_offset, main, cols);
    int64_t main_dims[2] = {main / cols, cols}, tail_dims[2] = {tail / 16, 16};
    KLoop *sq =
        optimizer_loop(&f, "grad_norm_partial", "sum over rows of g^2", shape_of(2, main_dims));
    sq->sum_over_rows = true;
    int g = kir_load(sq, slice_index_at(grad_main, cols, 0));
    store(phase(&f, KP_MAP), slice_index_at(partial, 0, 0), mul(&f, g, g));
    if (tail) {
      int grad_tail = arena_slice(f.p, "trainable gradients (norm tail)", BERTRT_GRADS,
                                  trainable_offset + main, tail, 16);
      sq = optimizer_loop(&f, "grad_norm_tail", "sum over rows of g^2 (the last rows)",
                          shape_of(2, tail_dims));
      sq->sum_over_rows = true;
      g = kir_load(sq, slice_index(grad_tail));
      store(phase(&f, KP_MAP), slice_index_at(partial, 0, cols), mul(&f, g, g));
    }
    optimizer_loop(&f, "clip_coefficient", "min(1, clip / (sqrt(sum) + 1e-6))",
                   shape_of(1, &n_partial));
    int total = reduce(&f, KR_SUM, kir_load(f.loop, slice_index_at(partial, 0, 0)));
    int norm = un(&f, KX_SQRT, slot(&f, total));
    int coef = bin(&f, KX_MIN, cst(&f, 1.0f),
                   bin(&f, KX_DIV, cst(&f, (float)t->grad_clip), add(&f, norm, cst(&f, 1e-6f))));
    store(phase(&f, KP_MAP), kir_index(coef_buf), coef);
  }
  optimizer_loop(&f, "adamw", "AdamW step (torch.optim.AdamW), decoupled weight decay", slices);
  int g = kir_load(f.loop, slice_index(grad));
  if (coef_buf >= 0) g = mul(&f, g, kir_load(f.loop, kir_index(coef_buf)));
  int m1 = add(&f, mul(&f, cst(&f, (float)t->beta1), kir_load(f.loop, slice_index(m))),
               mul(&f, cst(&f, (float)(1.0 - t->beta1)), g));
  int v1 = add(&f, mul(&f, cst(&f, (float)t->beta2), kir_load(f.loop, slice_index(v))),
               mul(&f, cst(&f, (float)(1.0 - t->beta2)), mul(&f, g, g)));
  int lr = ctx_field(&f, KCTX_LR);
  int p0 = kir_load(f.loop, slice_index(param));
  int decayed = mul(&f, p0, sub(&f, cst(&f, 1.0f), mul(&f, lr, cst(&f, (float)t->weight_decay))));
  int denom = add(
      &f,
      bin(&f, KX_DIV, un(&f, KX_SQRT, v1), un(&f, KX_SQRT, ctx_field(&f, KCTX_BIAS_CORRECTION2))),
      cst(&f, (float)t->eps));
  int step = bin(&f, KX_DIV, lr, ctx_field(&f, KCTX_BIAS_CORRECTION1));
  int p1 = sub(&f, decayed, mul(&f, step, bin(&f, KX_DIV, m1, denom)));
  KPhase *ph = phase(&f, KP_MAP);
  store(ph, slice_index(param), p1);
  store(ph, slice_index(m), m1);
  store(ph, slice_index(v), v1);
  for (int i = 0; i < f.p->kernels.len; i++)
    fuse_estimate_loop_cost(f.p, &f.p->kernels.items[i]);
  kir_verify(f.p);
  return f.p;
}
