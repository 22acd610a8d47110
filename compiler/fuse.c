// fuse.c — stage 4: lowering a graph into kernel IR (fuse.h). Self-attention regions are
// matched and lowered to K_ATTENTION kernels by fuse_attention.c; the optimizer step program
// is optimizer.c's. The state the three share is fuse_internal.h.
//
// Three decisions per needed node, made once before any kernel is emitted:
//   how:    LEAF (an input or parameter buffer), ALIAS (a reshape of a buffer), INLINE
//           (recomputed inside its single consumer's kernel), BUFFER (its own kernel
//           writes a buffer) or ABSORBED (written by another node's kernel: a bias add or
//           gelu folded into a GEMM epilogue, layer-norm statistics computed by the layer
//           norm that uses them);
//   buffer: which arena holds it (IO for outputs, GRADS for parameter gradients, ACTS
//           otherwise);
//   kernel: a template per op kind; every operand is emitted through `emit`, which turns
//           an inlined producer into expression nodes and a materialised one into a load.
//
// Positions. A kernel iterates row coordinates (the loop's row space) and a column. The
// element of a node evaluated at one iteration is a Pos: coordinate d of the node is
// sum_j a[d][j] * iter_j + b[d], with iter_j the row coordinates and iter[ITER_COL] the
// column. Broadcasting zeroes rows of the map; loads turn it into a KIndex through the
// buffer's contiguous strides.
#include "fuse_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// ---- shapes and positions --------------------------------------------------------------

static void contiguous_strides(Shape s, int64_t *stride) {
  int64_t st = 1;
  for (int d = s.rank - 1; d >= 0; d--) {
    stride[d] = st;
    st *= s.dim[d];
  }
}

void fuse_loop_over(KLoop *loop, Shape s) {
  if (s.rank <= 1) {
    loop->rank = 1;
    loop->dim[0] = 1;
    loop->cols = s.rank ? s.dim[0] : 1;
    return;
  }
  loop->rank = s.rank - 1;
  for (int d = 0; d < s.rank - 1; d++)
    loop->dim[d] = s.dim[d];
  loop->cols = s.dim[s.rank - 1];
}

// Each coordinate of `s` is the loop's coordinate of the same place (fuse_loop_over(s)).
static Pos pos_identity(Shape s) {
  Pos p = {0};
  for (int d = 0; d + 1 < s.rank; d++)
    p.a[d][d] = 1;
  if (s.rank > 0) p.a[s.rank - 1][ITER_COL] = 1;
  return p;
}

// `p` addresses an element of `out`; the element of `in` that broadcasts to it.
static Pos pos_broadcast(Pos p, Shape in, Shape out) {
  Pos q = {0};
  int shift = out.rank - in.rank;
  check(shift >= 0);
  for (int d = 0; d < in.rank; d++) {
    if (in.dim[d] == 1 && out.dim[d + shift] != 1) continue;
    check(in.dim[d] == out.dim[d + shift]);
    memcpy(q.a[d], p.a[d + shift], sizeof q.a[d]);
    q.b[d] = p.b[d + shift];
  }
  return q;
}

static KIndex index_at(int buf, Shape s, Pos p) {
  int64_t stride[MAX_RANK];
  contiguous_strides(s, stride);
  KIndex ix = kir_index(buf);
  for (int d = 0; d < s.rank; d++) {
    ix.offset += p.b[d] * stride[d];
    for (int j = 0; j < MAX_RANK; j++)
      ix.row_stride[j] += p.a[d][j] * stride[d];
    ix.col_stride += p.a[d][ITER_COL] * stride[d];
  }
  return ix;
}

// ---- expression helpers ----------------------------------------------------------------

// Coordinate d of a position as an expression of the loop's coordinates.
static int coord_expr(Fuser *f, const Pos *p, int d) {
  int e = cst(f, (float)p->b[d]);
  for (int j = 0; j <= MAX_RANK; j++) {
    if (!p->a[d][j]) continue;
    KExpr it = {.op = j == ITER_COL ? KX_COL : KX_COORD, .a = -1, .b = -1, .c = -1, .dim = j};
    e = add(f, e, mul(f, cst(f, (float)p->a[d][j]), kir_expr(f->loop, it)));
  }
  return e;
}

static int erf_gelu(Fuser *f, int x) { // 0.5 x (1 + erf(x / sqrt 2))
  int phi = mul(f, cst(f, 0.5f),
                add(f, cst(f, 1.0f), un(f, KX_ERF, mul(f, x, cst(f, (float)M_SQRT1_2)))));
  return mul(f, x, phi);
}

static int erf_gelu_grad(Fuser *f, int x) { // Phi(x) + x phi(x)
  int cdf = mul(f, cst(f, 0.5f),
                add(f, cst(f, 1.0f), un(f, KX_ERF, mul(f, x, cst(f, (float)M_SQRT1_2)))));
  int pdf = mul(f, cst(f, 0.3989422804014327f), un(f, KX_EXP, mul(f, cst(f, -0.5f), mul(f, x, x))));
  return add(f, cdf, mul(f, x, pdf));
}

// tanh form: 0.5 x (1 + tanh(u)), u = sqrt(2/pi) (x + 0.044715 x^3)
static int tanh_gelu_inner(Fuser *f, int x) {
  int x3 = mul(f, x, mul(f, x, x));
  return mul(f, cst(f, 0.7978845608028654f), add(f, x, mul(f, cst(f, 0.044715f), x3)));
}

static int tanh_gelu(Fuser *f, int x) {
  int t = un(f, KX_TANH, tanh_gelu_inner(f, x));
  return mul(f, mul(f, cst(f, 0.5f), x), add(f, cst(f, 1.0f), t));
}

static int tanh_gelu_grad(Fuser *f, int x) {
  int t = un(f, KX_TANH, tanh_gelu_inner(f, x));
  int du = mul(f, cst(f, 0.7978845608028654f),
               add(f, cst(f, 1.0f), mul(f, cst(f, 3 * 0.044715f), mul(f, x, x))));
  int left = mul(f, cst(f, 0.5f), add(f, cst(f, 1.0f), t));
  int right = mul(f, mul(f, cst(f, 0.5f), x), mul(f, sub(f, cst(f, 1.0f), mul(f, t, t)), du));
  return add(f, left, right);
}

// ---- emission of a node's value at a position --------------------------------------------

static int emit(Fuser *f, int n, Pos p);

static int emit_in(Fuser *f, int n, int k, Pos p) {
  const Node *node = &f->g->nodes.items[n];
  int in = node->in[k];
  return emit(f, in, pos_broadcast(p, f->g->nodes.items[in].shape, node->shape));
}

static int emit_load(Fuser *f, int n, Pos p) {
  check(f->buf[n] >= 0);
  return kir_load(f->loop, index_at(f->buf[n], f->g->nodes.items[n].shape, p));
}

static int emit_gather(Fuser *f, const Node *n, Pos p) {
  const Node *table = &f->g->nodes.items[n->in[0]];
  const Node *ids = &f->g->nodes.items[n->in[1]];
  int h = n->shape.rank - 1;
  Pos row = {0}; // the id's position: the leading coordinates
  for (int d = 0; d < ids->shape.rank; d++) {
    memcpy(row.a[d], p.a[d], sizeof row.a[d]);
    row.b[d] = p.b[d];
  }
  KIndex id = index_at(f->buf[n->in[1]], ids->shape, row);
  KIndex ix = kir_index(f->buf[n->in[0]]);
  ix.offset = p.b[h];
  memcpy(ix.row_stride, p.a[h], sizeof ix.row_stride);
  ix.col_stride = p.a[h][ITER_COL];
  ix.via.buf = id.buf;
  ix.via.offset = id.offset;
  memcpy(ix.via.row_stride, id.row_stride, sizeof ix.via.row_stride);
  ix.via.col_stride = id.col_stride;
  ix.via.scale = table->shape.dim[1];
  return kir_load(f->loop, ix);
}

// stats [..., 2] of layer norm at the row of `p` (an element of x [..., N]).
static int emit_stat(Fuser *f, int stats, Pos p, int which) {
  const Node *s = &f->g->nodes.items[stats];
  Pos q = p;
  int last = s->shape.rank - 1;
  memset(q.a[last], 0, sizeof q.a[last]);
  q.b[last] = which;
  return emit(f, stats, q);
}

static int emit_dropout(Fuser *f, const Node *n, int x, Pos p) {
  // The mask is keyed by the element's linear index, which is the loop's only when the
  // node is evaluated at the identity position of its own shape.
  Pos own = pos_identity(n->shape);
  check(!memcmp(&p, &own, sizeof p) && f->loop->cols == n->shape.dim[n->shape.rank - 1]);
  float keep_scale = 1.0f / (1.0f - n->attr.dropout.p);
  KExpr u = {.op = KX_UNIFORM, .a = -1, .b = -1, .c = -1, .site = n->attr.dropout.site};
  int keep = sub(f, cst(f, 1.0f), bin(f, KX_LT, kir_expr(f->loop, u), cst(f, n->attr.dropout.p)));
  int scale = kir_select(f->loop, ctx_field(f, KCTX_DROPOUT_ON), mul(f, keep, cst(f, keep_scale)),
                         cst(f, 1.0f));
  return mul(f, x, scale);
}

static int emit_op(Fuser *f, int n, Pos p) {
  const Node *node = &f->g->nodes.items[n];
  switch (node->op) {
  case OP_FILL:
    return cst(f, node->attr.value);
  case OP_ADD:
    return add(f, emit_in(f, n, 0, p), emit_in(f, n, 1, p));
  case OP_SUB:
    return sub(f, emit_in(f, n, 0, p), emit_in(f, n, 1, p));
  case OP_MUL:
    return mul(f, emit_in(f, n, 0, p), emit_in(f, n, 1, p));
  case OP_SCALE:
    return mul(f, emit_in(f, n, 0, p), cst(f, node->attr.value));
  case OP_GELU:
    return erf_gelu(f, emit_in(f, n, 0, p));
  case OP_GELU_BACKWARD:
    return mul(f, emit_in(f, n, 0, p), erf_gelu_grad(f, emit_in(f, n, 1, p)));
  case OP_GELU_TANH:
    return tanh_gelu(f, emit_in(f, n, 0, p));
  case OP_GELU_TANH_BACKWARD:
    return mul(f, emit_in(f, n, 0, p), tanh_gelu_grad(f, emit_in(f, n, 1, p)));
  case OP_RELU:
    return bin(f, KX_MAX, emit_in(f, n, 0, p), cst(f, 0.0f));
  case OP_RELU_BACKWARD:
    return kir_select(f->loop, bin(f, KX_LT, cst(f, 0.0f), emit_in(f, n, 1, p)),
                      emit_in(f, n, 0, p), cst(f, 0.0f));
  case OP_TANH:
    return un(f, KX_TANH, emit_in(f, n, 0, p));
  case OP_TANH_BACKWARD: {
    int y = emit_in(f, n, 1, p);
    return mul(f, emit_in(f, n, 0, p), sub(f, cst(f, 1.0f), mul(f, y, y)));
  }
  case OP_DROPOUT:
    return emit_dropout(f, node, emit_in(f, n, 0, p), p);
  case OP_MASK_BIAS: { // [B,1,1,S] from mask [B,S]
    Pos q = {0};
    memcpy(q.a[0], p.a[0], sizeof q.a[0]);
    q.b[0] = p.b[0];
    memcpy(q.a[1], p.a[3], sizeof q.a[1]);
    q.b[1] = p.b[3];
    int masked = bin(f, KX_EQ, emit(f, node->in[0], q), cst(f, 0.0f));
    return kir_select(f->loop, masked, cst(f, -3.4028234663852886e38f), cst(f, 0.0f));
  }
  case OP_LN_XHAT: {
    int x = emit_in(f, n, 0, p);
    int mean = emit_stat(f, node->in[1], p, 0), rstd = emit_stat(f, node->in[1], p, 1);
    return mul(f, sub(f, x, mean), rstd);
  }
  case OP_LAYERNORM: {
    int x = emit_in(f, n, 0, p);
    int mean = emit_stat(f, node->in[1], p, 0), rstd = emit_stat(f, node->in[1], p, 1);
    int xhat = mul(f, sub(f, x, mean), rstd);
    return add(f, mul(f, xhat, emit_in(f, n, 2, p)), emit_in(f, n, 3, p));
  }
  case OP_SELECT_TOKEN: { // [B,H] from x [B,S,H]
    Pos q = {0};
    memcpy(q.a[0], p.a[0], sizeof q.a[0]);
    q.b[0] = p.b[0];
    q.b[1] = node->attr.token;
    memcpy(q.a[2], p.a[1], sizeof q.a[2]);
    q.b[2] = p.b[1];
    return emit(f, node->in[0], q);
  }
  case OP_SELECT_TOKEN_BACKWARD: { // [B,S,H] from dy [B,H]
    Pos q = {0};
    memcpy(q.a[0], p.a[0], sizeof q.a[0]);
    q.b[0] = p.b[0];
    memcpy(q.a[1], p.a[2], sizeof q.a[1]);
    q.b[1] = p.b[2];
    int at_token = bin(f, KX_EQ, coord_expr(f, &p, 1), cst(f, (float)node->attr.token));
    return kir_select(f->loop, at_token, emit(f, node->in[0], q), cst(f, 0.0f));
  }
  case OP_GATHER:
    return emit_gather(f, node, p);
  case OP_ZERO_PAD_ROWS: { // dy [..., H], zero where ids [...] at the leading coordinates is the
                           // pad
    const Node *ids = &f->g->nodes.items[node->in[1]];
    Pos row = {0};
    for (int d = 0; d < ids->shape.rank; d++) {
      memcpy(row.a[d], p.a[d], sizeof row.a[d]);
      row.b[d] = p.b[d];
    }
    int pad =
        bin(f, KX_EQ, emit(f, node->in[1], row), cst(f, (float)node->attr.gather.padding_idx));
    return kir_select(f->loop, pad, cst(f, 0.0f), emit_in(f, n, 0, p));
  }
  case OP_SLICE_ROWS:
    return emit(f, node->in[0], p); // the same coordinates, fewer rows
  case OP_RESHAPE: // same linear layout: the input's buffer read through this shape
    return kir_load(f->loop, index_at(f->buf[node->in[0]], node->shape, p));
  default:
    char origin[512];
    internal_error("fuse: node %%%d (%s%s) of kind %s cannot be inlined", n, node->name,
                   spec_origin(node->loc, origin, sizeof origin), op_name(node->op));
  }
}

static int emit(Fuser *f, int n, Pos p) {
  for (int i = 0; i < f->memo.len; i++)
    if (f->memo.items[i].node == n && !memcmp(&f->memo.items[i].pos, &p, sizeof p))
      return f->memo.items[i].expr;
  int e;
  if (f->how[n] == HOW_INLINE)
    e = emit_op(f, n, p);
  else
    e = emit_load(f, n, p);
  vec_push(&f->memo, ((Memo){n, p, e}));
  return e;
}

// ---- kernels -----------------------------------------------------------------------------

char *fuse_kernel_name(const Fuser *f, const char *what) {
  char *id = c_identifier(what);
  char *name = format("k%03d_%s", f->p->kernels.len, id);
  free(id);
  return name;
}

KLoop *fuse_begin_loop(Fuser *f, int n, const char *kind, Shape over) {
  const Node *node = &f->g->nodes.items[n];
  Kernel k = {.kind = K_LOOP, .loc = node->loc};
  k.name = fuse_kernel_name(f, node->name ? node->name : op_name(node->op));
  k.what = format("%s %s", kind, node->name ? node->name : "");
  fuse_loop_over(&k.loop, over);
  vec_push(&f->p->kernels, k);
  f->loop = &f->p->kernels.items[f->p->kernels.len - 1].loop;
  f->memo.len = 0;
  return f->loop;
}

static int let(Fuser *f, int expr) {
  int s = new_slot(f);
  vec_push(&phase(f, KP_LET)->items, ((KItem){.expr = expr, .slot = s}));
  return s;
}

static void lower_pointwise(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  fuse_begin_loop(f, n, op_name(node->op), node->shape);
  Pos id = pos_identity(node->shape);
  f->how[n] = HOW_INLINE; // emit its expression, not a load of itself
  int e = emit(f, n, id);
  f->how[n] = HOW_BUFFER;
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id), e);
}

// Mean and 1/sqrt(var + eps) of x's rows in two passes, as torch computes them.
static void row_stats(Fuser *f, int x, Pos id, float eps, int64_t cols, int *mean, int *rstd) {
  int sum = reduce(f, KR_SUM, emit(f, x, id));
  *mean = let(f, mul(f, slot(f, sum), cst(f, 1.0f / (float)cols)));
  int centered = sub(f, emit(f, x, id), slot(f, *mean));
  int sq = reduce(f, KR_SUM, mul(f, centered, centered));
  int var = mul(f, slot(f, sq), cst(f, 1.0f / (float)cols));
  *rstd = let(f, un(f, KX_RSQRT, add(f, var, cst(f, eps))));
}

// stats [R..., 2]: mean at [..., 0], rstd at [..., 1]; stores happen once per column
// iteration with a column stride of 0 (the same value, so harmless).
static void store_stats(Fuser *f, KPhase *ph, int stats, int mean, int rstd) {
  const Node *s = &f->g->nodes.items[stats];
  Pos p = pos_identity(s->shape);
  memset(p.a[s->shape.rank - 1], 0, sizeof p.a[0]);
  store(ph, index_at(f->buf[stats], s->shape, p), slot(f, mean));
  p.b[s->shape.rank - 1] = 1;
  store(ph, index_at(f->buf[stats], s->shape, p), slot(f, rstd));
}

// dx [rows, ...] = dy [r, ...] in the first r rows and zero below: two loops, so that no
// load ever addresses a row past dy's end.
static void lower_slice_rows_backward(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  const Node *dy = &f->g->nodes.items[node->in[0]];
  fuse_begin_loop(f, n, "copy rows", dy->shape);
  Pos id = pos_identity(dy->shape);
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id), emit(f, node->in[0], id));
  if (dy->shape.dim[0] == node->shape.dim[0]) return;
  Shape rest = node->shape;
  rest.dim[0] -= dy->shape.dim[0];
  fuse_begin_loop(f, n, "zero rows", rest);
  KIndex dst = index_at(f->buf[n], node->shape, pos_identity(rest));
  dst.offset += shape_numel(dy->shape);
  store(phase(f, KP_MAP), dst, cst(f, 0.0f));
}

static void lower_layernorm(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  int x = node->in[0], stats = node->in[1];
  const Node *st = &f->g->nodes.items[stats];
  fuse_begin_loop(f, n, "layernorm", node->shape);
  Pos id = pos_identity(node->shape);
  int mean, rstd;
  row_stats(f, x, id, st->attr.value, node->shape.dim[node->shape.rank - 1], &mean, &rstd);
  int xhat = mul(f, sub(f, emit(f, x, id), slot(f, mean)), slot(f, rstd));
  int y = add(f, mul(f, xhat, emit_in(f, n, 2, id)), emit_in(f, n, 3, id));
  KPhase *ph = phase(f, KP_MAP);
  store(ph, index_at(f->buf[n], node->shape, id), y);
  if (f->buf[stats] >= 0) store_stats(f, ph, stats, mean, rstd);
}

static void lower_ln_stats(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Shape xs = f->g->nodes.items[node->in[0]].shape;
  fuse_begin_loop(f, n, "layernorm statistics", xs);
  int mean, rstd;
  row_stats(f, node->in[0], pos_identity(xs), node->attr.value, xs.dim[xs.rank - 1], &mean, &rstd);
  store_stats(f, phase(f, KP_MAP), n, mean, rstd);
}

// dx = rstd * (dy*g - mean(dy*g) - xhat * mean(dy*g*xhat))
static void lower_layernorm_backward(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Pos id = pos_identity(node->shape);
  fuse_begin_loop(f, n, "layernorm backward", node->shape);
  float inv_n = 1.0f / (float)node->shape.dim[node->shape.rank - 1];
  int mean = let(f, emit_stat(f, node->in[2], id, 0));
  int rstd = let(f, emit_stat(f, node->in[2], id, 1));
  int xhat = mul(f, sub(f, emit_in(f, n, 1, id), slot(f, mean)), slot(f, rstd));
  int dyg = mul(f, emit_in(f, n, 0, id), emit_in(f, n, 3, id));
  int a = reduce(f, KR_SUM, dyg);
  int b = reduce(f, KR_SUM, mul(f, dyg, xhat));
  int inner = sub(f, sub(f, dyg, mul(f, slot(f, a), cst(f, inv_n))),
                  mul(f, xhat, mul(f, slot(f, b), cst(f, inv_n))));
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id), mul(f, slot(f, rstd), inner));
}

static void lower_softmax(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Pos id = pos_identity(node->shape);
  fuse_begin_loop(f, n, "softmax", node->shape);
  int x = emit_in(f, n, 0, id);
  int max = reduce(f, KR_MAX, x);
  int ex = un(f, KX_EXP, sub(f, x, slot(f, max)));
  int sum = reduce(f, KR_SUM, ex);
  int inv = let(f, bin(f, KX_DIV, cst(f, 1.0f), slot(f, sum)));
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id), mul(f, ex, slot(f, inv)));
}

static void lower_softmax_backward(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Pos id = pos_identity(node->shape);
  fuse_begin_loop(f, n, "softmax backward", node->shape);
  int dy = emit_in(f, n, 0, id), y = emit_in(f, n, 1, id);
  int dot = reduce(f, KR_SUM, mul(f, dy, y));
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id),
        mul(f, y, sub(f, dy, slot(f, dot))));
}

static void lower_sum_rows(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Shape xs = f->g->nodes.items[node->in[0]].shape;
  KLoop *loop = fuse_begin_loop(f, n, "sum over rows", xs);
  loop->sum_over_rows = true;
  int e = emit(f, node->in[0], pos_identity(xs));
  KIndex dst = kir_index(f->buf[n]);
  dst.col_stride = 1;
  store(phase(f, KP_MAP), dst, e);
}

// Label input k of `node` at `p` as the loss reads it (graph.h attr.clamp): clamped below at 0
// when the labels are clamped to [0, C] (above C no column matches it and it does not count).
static int loss_label(Fuser *f, const Node *node, int k, Pos p) {
  int label = emit(f, node->in[k], p);
  return node->attr.clamp ? bin(f, KX_MAX, label, cst(f, 0.0f)) : label;
}

// 1 where a label (from loss_label) counts in the loss, else 0.
static int is_valid_label(Fuser *f, const Node *node, int label) {
  if (node->attr.clamp) return bin(f, KX_LT, label, cst(f, (float)node->attr.clamp));
  return sub(f, cst(f, 1.0f), bin(f, KX_EQ, label, cst(f, -100.0f)));
}

static void lower_valid_count(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Shape ls = f->g->nodes.items[node->in[0]].shape;
  fuse_begin_loop(f, n, "valid label count", ls);
  int count = reduce(f, KR_SUM, is_valid_label(f, node, loss_label(f, node, 0, pos_identity(ls))));
  store(phase(f, KP_MAP), kir_index(f->buf[n]), bin(f, KX_MAX, slot(f, count), cst(f, 1.0f)));
}

// Per row of logits [B,C]: log-sum-exp, the label's logit, and whether the label counts.
typedef struct {
  int max, sum, picked, valid;
} RowLoss;

static RowLoss row_loss(Fuser *f, const Node *node, Pos id) {
  int logits = node->op == OP_CROSS_ENTROPY ? 0 : 1;
  int x = emit(f, node->in[logits], id);
  Pos row = {0};
  row.a[0][0] = 1;
  int label = loss_label(f, node, logits + 1, row);
  RowLoss r;
  r.max = reduce(f, KR_MAX, x);
  r.sum = reduce(f, KR_SUM, un(f, KX_EXP, sub(f, x, slot(f, r.max))));
  KExpr col = {.op = KX_COL, .a = -1, .b = -1, .c = -1};
  int is_label = bin(f, KX_EQ, kir_expr(f->loop, col), label);
  r.picked = reduce(f, KR_SUM, kir_select(f->loop, is_label, x, cst(f, 0.0f)));
  r.valid = let(f, is_valid_label(f, node, label));
  return r;
}

static void lower_cross_entropy(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Shape ls = f->g->nodes.items[node->in[0]].shape; // [B,C]
  int64_t rows = ls.dim[0];
  KBuf tmp = {.name = format("%s.per_row", node->name),
              .arena = BERTRT_ACTS,
              .dtype = DT_F32,
              .shape = shape_of(1, &rows),
              .elems = rows,
              .node = -1};
  int per_row = kir_buf(f->p, tmp);
  fuse_begin_loop(f, n, "cross-entropy rows", ls);
  RowLoss r = row_loss(f, node, pos_identity(ls));
  int lse = add(f, un(f, KX_LOG, slot(f, r.sum)), slot(f, r.max));
  int loss = let(f, mul(f, sub(f, lse, slot(f, r.picked)), slot(f, r.valid)));
  KIndex dst = kir_index(per_row);
  dst.row_stride[0] = 1;
  store(phase(f, KP_MAP), dst, slot(f, loss));

  Shape one_row = shape_of(1, &rows);
  fuse_begin_loop(f, n, "cross-entropy mean", one_row);
  KIndex src = kir_index(per_row);
  src.col_stride = 1;
  int total = reduce(f, KR_SUM, kir_load(f->loop, src));
  int count = emit(f, node->in[2], (Pos){0});
  store(phase(f, KP_MAP), kir_index(f->buf[n]), bin(f, KX_DIV, slot(f, total), count));
}

static void lower_cross_entropy_backward(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  Pos id = pos_identity(node->shape);
  fuse_begin_loop(f, n, "cross-entropy backward", node->shape);
  RowLoss r = row_loss(f, node, id);
  int scale = let(f, bin(f, KX_DIV, mul(f, emit(f, node->in[0], (Pos){0}), slot(f, r.valid)),
                         emit(f, node->in[3], (Pos){0})));
  int x = emit(f, node->in[1], id);
  int p = bin(f, KX_DIV, un(f, KX_EXP, sub(f, x, slot(f, r.max))), slot(f, r.sum));
  KExpr col = {.op = KX_COL, .a = -1, .b = -1, .c = -1};
  Pos row = {0};
  row.a[0][0] = 1;
  int onehot = bin(f, KX_EQ, kir_expr(f->loop, col), loss_label(f, node, 2, row));
  store(phase(f, KP_MAP), index_at(f->buf[n], node->shape, id),
        mul(f, sub(f, p, onehot), slot(f, scale)));
}

static void lower_matmul(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  const MatmulAttr *mm = &node->attr.mm;
  int out = f->gemm_act[n] >= 0 ? f->gemm_act[n] : f->gemm_bias[n] >= 0 ? f->gemm_bias[n] : n;
  Kernel k = {.kind = K_GEMM, .loc = node->loc};
  k.name = fuse_kernel_name(f, node->name);
  k.what = format("matmul %s%s%s", node->name, f->gemm_bias[n] >= 0 ? " + bias" : "",
                  f->gemm_act[n] >= 0 ? " + gelu" : "");
  KGemm *g = &k.gemm;
  g->trans_a = mm->a.trans;
  g->trans_b = mm->b.trans;
  g->m = mm->m, g->n = mm->n, g->k = mm->k;
  g->lda = mm->a.ld, g->ldb = mm->b.ld, g->ldc = mm->c.ld;
  for (int i = 0; i < 2; i++) {
    g->batch[i] = mm->batch[i];
    g->stride_a[i] = mm->a.batch_stride[i];
    g->stride_b[i] = mm->b.batch_stride[i];
    g->stride_c[i] = mm->c.batch_stride[i];
  }
  g->alpha = mm->alpha;
  g->beta = 0.0f;
  g->a = f->buf[node->in[0]];
  g->b = f->buf[node->in[1]];
  g->c = f->buf[out];
  g->bias = g->aux = -1;
  g->act = KACT_NONE;
  if (f->gemm_bias[n] >= 0) {
    const Node *add_node = &f->g->nodes.items[f->gemm_bias[n]];
    g->bias = f->buf[add_node->in[add_node->in[0] == n ? 1 : 0]];
  }
  if (f->gemm_act[n] >= 0) {
    g->act = KACT_GELU;
    g->aux = f->buf[f->gemm_bias[n]];
  }
  k.flops = 2 * mm->m * mm->n * mm->k * mm->batch[0] * mm->batch[1];
  k.bytes = kir_bytes(f->p, &k);
  vec_push(&f->p->kernels, k);
}

static void lower_scatter_add(Fuser *f, int n) {
  const Node *node = &f->g->nodes.items[n];
  const Node *dy = &f->g->nodes.items[node->in[0]];
  Kernel k = {.kind = K_SCATTER_ADD, .loc = node->loc};
  k.name = fuse_kernel_name(f, node->name);
  k.what = format("scatter-add %s", node->name);
  k.scatter = (KScatter){.dst = f->buf[n],
                         .src = f->buf[node->in[0]],
                         .ids = f->buf[node->in[1]],
                         .rows = shape_numel(dy->shape) / node->shape.dim[1],
                         .cols = node->shape.dim[1],
                         .dst_rows = node->shape.dim[0]};
  k.flops = shape_numel(dy->shape);
  k.bytes = kir_bytes(f->p, &k);
  vec_push(&f->p->kernels, k);
}

void fuse_estimate_loop_cost(const KProgram *p, Kernel *k) {
  int64_t iters = kir_loop_rows(&k->loop) * k->loop.cols;
  int64_t arith = 0;
  for (int i = 0; i < k->loop.exprs.len; i++)
    arith += k->loop.exprs.items[i].op >= KX_NEG;
  k->flops = arith * iters;
  k->bytes = kir_bytes(p, k);
}

static void lower_node(Fuser *f, int n);

static void lower(Fuser *f, int n) {
  int first = f->p->kernels.len;
  if (f->attention[n] >= 0)
    fuse_lower_attention(f, n);
  else
    lower_node(f, n);
  for (int i = first; i < f->p->kernels.len; i++)
    if (f->p->kernels.items[i].kind == K_LOOP)
      fuse_estimate_loop_cost(f->p, &f->p->kernels.items[i]);
}

static void lower_node(Fuser *f, int n) {
  switch (f->g->nodes.items[n].op) {
  case OP_MATMUL:
    lower_matmul(f, n);
    break;
  case OP_SCATTER_ADD:
    lower_scatter_add(f, n);
    break;
  case OP_LAYERNORM:
    lower_layernorm(f, n);
    break;
  case OP_SLICE_ROWS_BACKWARD:
    lower_slice_rows_backward(f, n);
    break;
  case OP_LN_STATS:
    lower_ln_stats(f, n);
    break;
  case OP_LAYERNORM_BACKWARD:
    lower_layernorm_backward(f, n);
    break;
  case OP_SOFTMAX:
    lower_softmax(f, n);
    break;
  case OP_SOFTMAX_BACKWARD:
    lower_softmax_backward(f, n);
    break;
  case OP_SUM_ROWS:
    lower_sum_rows(f, n);
    break;
  case OP_VALID_COUNT:
    lower_valid_count(f, n);
    break;
  case OP_CROSS_ENTROPY:
    lower_cross_entropy(f, n);
    break;
  case OP_CROSS_ENTROPY_BACKWARD:
    lower_cross_entropy_backward(f, n);
    break;
  default:
    lower_pointwise(f, n);
    break;
  }
}

// ---- decisions ---------------------------------------------------------------------------

static bool is_pointwise(OpKind op) {
  switch (op) {
  case OP_FILL:
  case OP_ADD:
  case OP_SUB:
  case OP_MUL:
  case OP_SCALE:
  case OP_GELU:
  case OP_GELU_BACKWARD:
  case OP_GELU_TANH:
  case OP_GELU_TANH_BACKWARD:
  case OP_RELU:
  case OP_RELU_BACKWARD:
  case OP_TANH:
  case OP_TANH_BACKWARD:
  case OP_DROPOUT:
  case OP_MASK_BIAS:
  case OP_LN_XHAT:
  case OP_LAYERNORM:
  case OP_SELECT_TOKEN:
  case OP_SELECT_TOKEN_BACKWARD:
  case OP_GATHER:
  case OP_SLICE_ROWS:
  case OP_ZERO_PAD_ROWS:
    return true;
  default:
    return false;
  }
}

// The shape a consumer's kernel iterates when it reads its operands.
static Shape iteration_shape(const Graph *g, const Node *c) {
  switch (c->op) {
  case OP_LN_STATS:
  case OP_SUM_ROWS:
  case OP_VALID_COUNT:
  case OP_CROSS_ENTROPY:
    return g->nodes.items[c->in[0]].shape;
  default:
    return c->shape;
  }
}

static bool accepts_inline(const Fuser *f, int n, int c) {
  const Node *node = &f->g->nodes.items[n], *cons = &f->g->nodes.items[c];
  if (cons->op == OP_MATMUL || cons->op == OP_SCATTER_ADD || cons->op == OP_RESHAPE) return false;
  if (cons->op == OP_LAYERNORM && node->op != OP_FILL) return false; // read three times
  if (node->op == OP_DROPOUT) {
    // keyed by its own element index: only where the consumer's kernel iterates its shape
    if (f->how[c] != HOW_BUFFER) return false;
    if (!shape_eq(node->shape, iteration_shape(f->g, cons))) return false;
  }
  return true;
}

static void decide(Fuser *f) {
  const Graph *g = f->g;
  for (int n = g->nodes.len - 1; n >= 0; n--) {
    const Node *node = &g->nodes.items[n];
    if (!f->n_consumers[n] && !f->root[n]) continue;
    if (node->op == OP_INPUT || node->op == OP_PARAM)
      f->how[n] = HOW_LEAF;
    else if (node->op == OP_RESHAPE && !f->root[n])
      f->how[n] = HOW_ALIAS;
    else if (node->op == OP_FILL && !f->root[n])
      f->how[n] = HOW_INLINE;
    else if (is_pointwise(node->op) && node->op != OP_LAYERNORM && !f->root[n] &&
             f->n_consumers[n] == 1 && accepts_inline(f, n, f->consumer[n]))
      f->how[n] = HOW_INLINE;
    else
      f->how[n] = HOW_BUFFER;
  }
  // Every input of a reshape is materialised (an alias shares its buffer, a copy reads it).
  for (int n = 0; n < g->nodes.len; n++)
    if (g->nodes.items[n].op == OP_RESHAPE && f->how[n] != HOW_UNUSED &&
        f->how[g->nodes.items[n].in[0]] == HOW_INLINE)
      f->how[g->nodes.items[n].in[0]] = HOW_BUFFER;
}

// Folds `matmul + bias` (and a following exact gelu) into the GEMM's epilogue.
static void fold_epilogues(Fuser *f) {
  const Graph *g = f->g;
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *mm = &g->nodes.items[n];
    f->gemm_bias[n] = f->gemm_act[n] = -1;
    if (mm->op != OP_MATMUL || f->how[n] != HOW_BUFFER || f->root[n] || f->n_consumers[n] != 1)
      continue;
    const MatmulAttr *at = &mm->attr.mm;
    if (at->batch[0] * at->batch[1] != 1 || at->c.ld != at->n ||
        shape_numel(mm->shape) != at->m * at->n || mm->shape.dim[mm->shape.rank - 1] != at->n)
      continue; // one dense [m, n] product whose rows are the tensor's rows
    int a = f->consumer[n];
    const Node *add_node = &g->nodes.items[a];
    if (add_node->op != OP_ADD || !shape_eq(add_node->shape, mm->shape)) continue;
    int bias = add_node->in[add_node->in[0] == n ? 1 : 0];
    const Node *b = &g->nodes.items[bias];
    if (b->op != OP_PARAM || b->shape.rank != 1 || b->shape.dim[0] != at->n) continue;
    f->gemm_bias[n] = a;
    f->how[a] = HOW_ABSORBED;
    // gelu: the add's only forward consumer; the add stays as the aux output when the
    // backward pass reads it too.
    for (int u = a + 1; u < g->nodes.len; u++) {
      const Node *un_node = &g->nodes.items[u];
      if (un_node->op != OP_GELU || un_node->in[0] != a || f->how[u] != HOW_BUFFER) continue;
      f->gemm_act[n] = u;
      f->how[u] = HOW_ABSORBED;
      break;
    }
    if (f->gemm_act[n] >= 0 && f->n_consumers[a] == 1 && !f->root[a]) {
      f->how[a] = HOW_UNUSED; // nobody else reads the pre-activation
    }
  }
}

// LN_STATS read by a layer norm of the same x are computed by that layer norm's kernel.
static void host_ln_stats(Fuser *f) {
  const Graph *g = f->g;
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *ln = &g->nodes.items[n];
    if (ln->op != OP_LAYERNORM || f->how[n] != HOW_BUFFER) continue;
    int s = ln->in[1];
    if (g->nodes.items[s].in[0] != ln->in[0] || f->how[s] != HOW_BUFFER) continue;
    f->how[s] = f->n_consumers[s] > 1 || f->root[s] ? HOW_ABSORBED : HOW_UNUSED;
  }
}

// ---- buffers -----------------------------------------------------------------------------

static int param_buffer(Fuser *f, int param, int arena) {
  const ParamLayout *l = f->layout;
  KBuf b = {.name = xstrdup(l->name[param]),
            .arena = arena,
            .dtype = DT_F32,
            .shape = l->shape[param],
            .elems = shape_numel(l->shape[param]),
            .offset = 4 * l->offset[param],
            .node = -1};
  return kir_buf(f->p, b);
}

static int grad_param_of(const Graph *g, int n) {
  for (int i = 0; i < g->params.len; i++)
    if (g->params.items[i].grad == n) return i;
  return -1;
}

static int output_io(Fuser *f, int n) {
  for (int i = 0; i < f->g->outputs.len; i++)
    if (f->g->outputs.items[i].node == n && f->root[n])
      return layout_io_find(f->io, f->g->outputs.items[i].name);
  return -1;
}

static void assign_buffers(Fuser *f) {
  const Graph *g = f->g;
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    f->buf[n] = -1;
    if (f->how[n] == HOW_UNUSED || f->how[n] == HOW_INLINE) continue;
    if (node->op == OP_MATMUL && f->gemm_bias[n] >= 0) continue; // writes its epilogue's buffer
    if (f->how[n] == HOW_ALIAS) {
      f->buf[n] = f->buf[node->in[0]];
      check(f->buf[n] >= 0);
      continue;
    }
    int io = node->op == OP_INPUT ? layout_io_find(f->io, node->name) : output_io(f, n);
    int grad_of = grad_param_of(g, n);
    KBuf b = {.name = xstrdup(node->name),
              .dtype = node->dtype,
              .shape = node->shape,
              .elems = shape_numel(node->shape),
              .node = n};
    if (node->op == OP_PARAM) {
      f->buf[n] = param_buffer(f, node->param, BERTRT_PARAMS);
      continue;
    }
    if (grad_of >= 0) {
      f->buf[n] = param_buffer(f, grad_of, BERTRT_GRADS);
      continue;
    }
    if (io >= 0) {
      if (node->op == OP_INPUT) check(node->dtype == f->io->dtype[io]);
      b.arena = BERTRT_IO;
      b.offset = f->io->offset[io];
    } else {
      check(node->op != OP_INPUT);
      b.arena = BERTRT_ACTS;
    }
    f->buf[n] = kir_buf(f->p, b);
  }
}

static void count_consumers(Fuser *f) {
  const Graph *g = f->g;
  bool *needed = xcalloc((size_t)g->nodes.len, sizeof *needed);
  for (int n = g->nodes.len - 1; n >= 0; n--) {
    if (!f->root[n] && !needed[n]) continue;
    needed[n] = true;
    const Node *node = &g->nodes.items[n];
    for (int i = 0; i < node->n_in; i++) {
      needed[node->in[i]] = true;
      f->n_consumers[node->in[i]]++;
      f->consumer[node->in[i]] = n;
    }
  }
  free(needed);
}

static void mark_roots(Fuser *f, bool with_backward) {
  const Graph *g = f->g;
  for (int i = 0; i < g->outputs.len; i++) // a training step writes the in_step outputs
    if (!with_backward || g->outputs.items[i].in_step) f->root[g->outputs.items[i].node] = true;
  if (!with_backward) return;
  for (int i = 0; i < g->params.len; i++)
    if (g->params.items[i].grad >= 0) f->root[g->params.items[i].grad] = true;
}

KProgram *fuse_graph(const Graph *g, const ParamLayout *layout, const IoLayout *io,
                     const char *entry_name, bool with_backward) {
  int nn = g->nodes.len;
  Fuser f = {.g = g, .layout = layout, .io = io};
  f.p = xcalloc(1, sizeof *f.p);
  f.p->name = xstrdup(entry_name);
  f.root = xcalloc((size_t)nn, sizeof *f.root);
  f.n_consumers = xcalloc((size_t)nn, sizeof *f.n_consumers);
  f.consumer = xcalloc((size_t)nn, sizeof *f.consumer);
  f.how = xcalloc((size_t)nn, sizeof *f.how);
  f.buf = xcalloc((size_t)nn, sizeof *f.buf);
  f.gemm_bias = xcalloc((size_t)nn, sizeof *f.gemm_bias);
  f.gemm_act = xcalloc((size_t)nn, sizeof *f.gemm_act);
  f.attention = xcalloc((size_t)nn, sizeof *f.attention);
  mark_roots(&f, with_backward);
  count_consumers(&f);
  decide(&f);
  fuse_attention(&f);
  fold_epilogues(&f);
  host_ln_stats(&f);
  assign_buffers(&f);
  for (int n = 0; n < nn; n++)
    if (f.how[n] == HOW_BUFFER) lower(&f, n);
  kir_verify(f.p);
  free(f.root), free(f.n_consumers), free(f.consumer), free(f.how), free(f.buf);
  free(f.gemm_bias), free(f.gemm_act), free(f.attention), free(f.attentions.items);
  free(f.memo.items);
  return f.p;
}
