// autodiff.c — reverse-mode differentiation of the forward graph (autodiff.h).
//
// 1. needs[n]: node n depends on a trainable parameter through differentiable inputs.
// 2. Walking the forward nodes backwards from the loss, each node holding a gradient
//    emits, by one switch over its op, the gradients of its inputs that need one;
//    several contributions to one node are summed with OP_ADD.
// A node nothing trainable depends on never gets a gradient, so frozen subgraphs (the
// encoder under feature extraction) emit no backward work at all.
#include "autodiff.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
  Graph *g;
  bool *needs; // [forward nodes] depends on a trainable parameter
  int *grad;   // [forward nodes] node holding d(loss)/d(node), -1 while none
} Diff;

// Which inputs of an op gradients flow through. Ids, labels, masks, counts and layer-norm
// statistics get none: OP_LAYERNORM_BACKWARD already carries the statistics' path to x.
static bool differentiable(OpKind op, int input) {
  switch (op) {
  case OP_ADD:
  case OP_SUB:
  case OP_MUL:
  case OP_MATMUL:
    return input < 2;
  case OP_RESHAPE:
  case OP_SCALE:
  case OP_GELU:
  case OP_GELU_TANH:
  case OP_RELU:
  case OP_TANH:
  case OP_DROPOUT:
  case OP_SOFTMAX:
  case OP_SELECT_TOKEN:
  case OP_SLICE_ROWS:
  case OP_GATHER:        // the table, not the ids
  case OP_CROSS_ENTROPY: // the logits, not the labels or the count
    return input == 0;
  case OP_LAYERNORM: // x, gamma, beta; not the statistics
    return input != 1;
  default:
    return false;
  }
}

static const Node *node_at(const Diff *d, int n) {
  return &d->g->nodes.items[n];
}

// A backward node; `name` is taken over.
static int emit(Diff *d, OpKind op, Shape s, char *name, SrcLoc loc, int n_in, const int *in) {
  Node n = {
      .op = op, .dtype = DT_F32, .shape = s, .n_in = n_in, .name = name, .param = -1, .loc = loc};
  for (int i = 0; i < n_in; i++)
    n.in[i] = in[i];
  return graph_add(d->g, n);
}

// A backward node of forward node `of`, named after it.
static int emit_for(Diff *d, int of, OpKind op, Shape s, const char *what, int n_in,
                    const int *in) {
  const Node *f = node_at(d, of);
  return emit(d, op, s, format("grad.%s%s", f->name, what), f->loc, n_in, in);
}

static int emit_with(Diff *d, int of, Node n, const char *what) {
  const Node *f = node_at(d, of);
  n.dtype = DT_F32;
  n.param = -1;
  n.name = format("grad.%s%s", f->name, what);
  n.loc = f->loc;
  return graph_add(d->g, n);
}

// Adds `dx` to the gradient of input k of node `of`.
static void accumulate(Diff *d, int of, int k, int dx) {
  int x = node_at(d, of)->in[k];
  check(shape_eq(node_at(d, dx)->shape, node_at(d, x)->shape));
  if (d->grad[x] < 0) {
    d->grad[x] = dx;
    return;
  }
  d->grad[x] = emit(d, OP_ADD, node_at(d, x)->shape, format("grad.%s.sum", node_at(d, x)->name),
                    node_at(d, x)->loc, 2, (int[]){d->grad[x], dx});
}

static bool wants(const Diff *d, int of, int k) {
  return d->needs[node_at(d, of)->in[k]];
}

// dy summed over the dimensions input k was broadcast along (numpy rules): the input must
// be dy's shape or a suffix of it ([N] biases, [S,H] position rows); leading size-1
// dimensions of the input are allowed.
static int unbroadcast(Diff *d, int of, int k, int dy) {
  Shape target = node_at(d, node_at(d, of)->in[k])->shape, ys = node_at(d, dy)->shape;
  if (shape_eq(target, ys)) return dy;
  Shape core = target;
  int lead = 0;
  while (lead < target.rank - 1 && target.dim[lead] == 1)
    lead++;
  core.rank = target.rank - lead;
  for (int i = 0; i < core.rank; i++)
    core.dim[i] = target.dim[lead + i];
  bool suffix = core.rank <= ys.rank;
  for (int i = 0; suffix && i < core.rank; i++)
    suffix = core.dim[i] == ys.dim[ys.rank - core.rank + i];
  if (!suffix) {
    char origin[512];
    internal_error("autodiff of `%s`%s: no gradient rule for broadcasting input %d into the "
                   "result (only leading-dimension broadcasts are differentiable)",
                   node_at(d, of)->name, spec_origin(node_at(d, of)->loc, origin, sizeof origin),
                   k);
  }
  int64_t inner = shape_numel(core), outer = shape_numel(ys) / inner;
  char what[32];
  int rows = dy;
  if (core.rank != 1) {
    snprintf(what, sizeof what, ".in%d.rows", k);
    rows = emit_for(d, of, OP_RESHAPE, shape_of(2, (int64_t[]){outer, inner}), what, 1,
                    (int[]){dy}); // [outer, inner]
  }
  snprintf(what, sizeof what, ".in%d.sum", k);
  int sum = emit_for(d, of, OP_SUM_ROWS, shape_of(1, &inner), what, 1, (int[]){rows}); // [inner]
  if (target.rank == 1) return sum;
  snprintf(what, sizeof what, ".in%d", k);
  return emit_for(d, of, OP_RESHAPE, target, what, 1, (int[]){sum});
}

// ---- matmul ------------------------------------------------------------------------------

// An operand's layout as the destination of its own gradient, which must cover it once.
static MatOperand as_result(const Diff *d, int of, int k, const MatOperand *o, int64_t rows,
                            int64_t cols) {
  const MatmulAttr *mm = &node_at(d, of)->attr.mm;
  if (mm->batch[0] * mm->batch[1] * rows * cols !=
      shape_numel(node_at(d, node_at(d, of)->in[k])->shape)) {
    char origin[512];
    internal_error("autodiff of `%s`%s: operand %d is not covered exactly once, its gradient "
                   "would need a reduction",
                   node_at(d, of)->name, spec_origin(node_at(d, of)->loc, origin, sizeof origin),
                   k);
  }
  return (MatOperand){.ld = o->ld, .batch_stride = {o->batch_stride[0], o->batch_stride[1]}};
}

static MatOperand flipped(MatOperand o, bool trans) {
  o.trans = trans;
  return o;
}

// Forward: C = alpha op(A) op(B), op(A) m x k, op(B) k x n.
// Backward: d op(A) = alpha dC op(B)^T, d op(B) = alpha op(A)^T dC; each written in its
// operand's stored layout (transposed back when the operand was used transposed).
static void matmul_backward(Diff *d, int n, int dy) {
  MatmulAttr mm = node_at(d, n)->attr.mm;
  MatOperand dc = mm.c;
  int a = node_at(d, n)->in[0], b = node_at(d, n)->in[1];
  if (wants(d, n, 0)) {
    Node da = {.op = OP_MATMUL, .shape = node_at(d, a)->shape, .n_in = 2};
    MatmulAttr *g = &da.attr.mm;
    if (!mm.a.trans) { // dA [m,k] = dC [m,n] op(B)^T
      *g = (MatmulAttr){.m = mm.m,
                        .n = mm.k,
                        .k = mm.n,
                        .a = dc,
                        .b = flipped(mm.b, !mm.b.trans),
                        .c = as_result(d, n, 0, &mm.a, mm.m, mm.k)};
      da.in[0] = dy, da.in[1] = b;
    } else { // dA [k,m] = op(B) [k,n] dC^T
      *g = (MatmulAttr){.m = mm.k,
                        .n = mm.m,
                        .k = mm.n,
                        .a = mm.b,
                        .b = flipped(dc, true),
                        .c = as_result(d, n, 0, &mm.a, mm.k, mm.m)};
      da.in[0] = b, da.in[1] = dy;
    }
    g->batch[0] = mm.batch[0], g->batch[1] = mm.batch[1], g->alpha = mm.alpha;
    accumulate(d, n, 0, emit_with(d, n, da, ".a"));
  }
  if (wants(d, n, 1)) {
    Node db = {.op = OP_MATMUL, .shape = node_at(d, b)->shape, .n_in = 2};
    MatmulAttr *g = &db.attr.mm;
    if (!mm.b.trans) { // dB [k,n] = op(A)^T [k,m] dC [m,n]
      *g = (MatmulAttr){.m = mm.k,
                        .n = mm.n,
                        .k = mm.m,
                        .a = flipped(mm.a, !mm.a.trans),
                        .b = dc,
                        .c = as_result(d, n, 1, &mm.b, mm.k, mm.n)};
      db.in[0] = a, db.in[1] = dy;
    } else { // dB [n,k] = dC^T [n,m] op(A) [m,k]
      *g = (MatmulAttr){.m = mm.n,
                        .n = mm.k,
                        .k = mm.m,
                        .a = flipped(dc, true),
                        .b = mm.a,
                        .c = as_result(d, n, 1, &mm.b, mm.n, mm.k)};
      db.in[0] = dy, db.in[1] = a;
    }
    g->batch[0] = mm.batch[0], g->batch[1] = mm.batch[1], g->alpha = mm.alpha;
    accumulate(d, n, 1, emit_with(d, n, db, ".b"));
  }
}

// ---- the rules -----------------------------------------------------------------------------

// Each forward op's formula beside its backward: the gradients of its inputs from dy.
static void backward(Diff *d, int n) {
  Node f = *node_at(d, n); // a copy: emitting nodes may move the list
  int dy = d->grad[n];
  int x = f.n_in ? f.in[0] : -1;
  Shape xs = x >= 0 ? node_at(d, x)->shape : f.shape;
  switch (f.op) {
  case OP_RESHAPE: // y = x viewed as another shape
    accumulate(d, n, 0, emit_for(d, n, OP_RESHAPE, xs, "", 1, (int[]){dy}));
    break;
  case OP_ADD: // y = a + b
    for (int k = 0; k < 2; k++)
      if (wants(d, n, k)) accumulate(d, n, k, unbroadcast(d, n, k, dy));
    break;
  case OP_SUB: // y = a - b
    if (wants(d, n, 0)) accumulate(d, n, 0, unbroadcast(d, n, 0, dy));
    if (wants(d, n, 1)) {
      Node neg = {.op = OP_SCALE, .shape = f.shape, .n_in = 1, .in = {dy}, .attr.value = -1.0f};
      accumulate(d, n, 1, unbroadcast(d, n, 1, emit_with(d, n, neg, ".neg")));
    }
    break;
  case OP_MUL: // y = a * b: da = dy * b, db = dy * a
    for (int k = 0; k < 2; k++) {
      if (!wants(d, n, k)) continue;
      int prod = emit_for(d, n, OP_MUL, f.shape, k ? ".in1.prod" : ".in0.prod", 2,
                          (int[]){dy, f.in[1 - k]});
      accumulate(d, n, k, unbroadcast(d, n, k, prod));
    }
    break;
  case OP_SCALE: { // y = x * c: dx = dy * c
    Node s = {.op = OP_SCALE, .shape = xs, .n_in = 1, .in = {dy}, .attr.value = f.attr.value};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_GELU: // y = gelu(x)
    accumulate(d, n, 0, emit_for(d, n, OP_GELU_BACKWARD, xs, "", 2, (int[]){dy, x}));
    break;
  case OP_GELU_TANH:
    accumulate(d, n, 0, emit_for(d, n, OP_GELU_TANH_BACKWARD, xs, "", 2, (int[]){dy, x}));
    break;
  case OP_RELU:
    accumulate(d, n, 0, emit_for(d, n, OP_RELU_BACKWARD, xs, "", 2, (int[]){dy, x}));
    break;
  case OP_TANH: // y = tanh(x): dx = dy (1 - y^2)
    accumulate(d, n, 0, emit_for(d, n, OP_TANH_BACKWARD, xs, "", 2, (int[]){dy, n}));
    break;
  case OP_DROPOUT: { // y = x * mask: dx = dy * mask, the same site draws the same mask
    Node s = {.op = OP_DROPOUT, .shape = xs, .n_in = 1, .in = {dy}, .attr.dropout = f.attr.dropout};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_SOFTMAX: // y = softmax(x): dx = y (dy - sum(dy y))
    accumulate(d, n, 0, emit_for(d, n, OP_SOFTMAX_BACKWARD, xs, "", 2, (int[]){dy, n}));
    break;
  case OP_LAYERNORM: { // y = xhat(x, stats(x)) * gamma + beta
    int stats = f.in[1], gamma = f.in[2];
    check(node_at(d, stats)->op == OP_LN_STATS && node_at(d, stats)->in[0] == x);
    if (wants(d, n, 0))
      accumulate(d, n, 0,
                 emit_for(d, n, OP_LAYERNORM_BACKWARD, xs, ".x", 4, (int[]){dy, x, stats, gamma}));
    Shape gs = node_at(d, gamma)->shape;
    if (wants(d, n, 2)) { // dgamma = sum over rows of dy * xhat
      int xhat = emit_for(d, n, OP_LN_XHAT, xs, ".xhat", 2, (int[]){x, stats});
      int prod = emit_for(d, n, OP_MUL, xs, ".dy_xhat", 2, (int[]){dy, xhat});
      accumulate(d, n, 2, emit_for(d, n, OP_SUM_ROWS, gs, ".gamma", 1, (int[]){prod}));
    }
    if (wants(d, n, 3)) // dbeta = sum over rows of dy
      accumulate(d, n, 3, emit_for(d, n, OP_SUM_ROWS, gs, ".beta", 1, (int[]){dy}));
    break;
  }
  case OP_SELECT_TOKEN: { // y = x[:, t, :]: dx zero except token t
    Node s = {.op = OP_SELECT_TOKEN_BACKWARD,
              .shape = xs,
              .n_in = 1,
              .in = {dy},
              .attr.token = f.attr.token};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_SLICE_ROWS: { // y = x[0:r]: dx = dy in the first r rows, zero below
    Node s = {
        .op = OP_SLICE_ROWS_BACKWARD, .shape = xs, .n_in = 1, .in = {dy}, .attr.rows = xs.dim[0]};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_GATHER: { // y = table[ids]: dtable = rows of dy summed per id (but the padding row's)
    if (f.attr.gather.has_padding) {
      Node z = {.op = OP_ZERO_PAD_ROWS,
                .shape = f.shape,
                .n_in = 2,
                .in = {dy, f.in[1]},
                .attr.gather = f.attr.gather};
      dy = emit_with(d, n, z, ".without_padding");
    }
    Node s = {
        .op = OP_SCATTER_ADD, .shape = xs, .n_in = 2, .in = {dy, f.in[1]}, .attr.rows = xs.dim[0]};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_CROSS_ENTROPY: { // loss = mean over valid rows of -log softmax(logits)[label]
    Node s = {.op = OP_CROSS_ENTROPY_BACKWARD,
              .shape = xs,
              .n_in = 4,
              .in = {dy, x, f.in[1], f.in[2]},
              .attr.clamp = f.attr.clamp};
    accumulate(d, n, 0, emit_with(d, n, s, ""));
    break;
  }
  case OP_MATMUL:
    matmul_backward(d, n, dy);
    break;
  case OP_INPUT:
  case OP_PARAM:
  case OP_FILL: // leaves: the gradient is the result
    break;
  default: {
    char origin[512];
    internal_error("autodiff: op %s (node `%s`%s) has no backward rule", op_name(f.op), f.name,
                   spec_origin(f.loc, origin, sizeof origin));
  }
  }
}

void autodiff(Graph *g, const bool *trainable) {
  check(g->loss >= 0 && g->loss < g->n_forward && g->nodes.len == g->n_forward);
  int nf = g->n_forward;
  Diff d = {.g = g,
            .needs = xcalloc((size_t)nf, sizeof *d.needs),
            .grad = xmalloc((size_t)nf * sizeof *d.grad)};
  for (int n = 0; n < nf; n++) {
    const Node *node = &g->nodes.items[n];
    d.grad[n] = -1;
    d.needs[n] = node->op == OP_PARAM && trainable[node->param];
    for (int k = 0; k < node->n_in; k++)
      if (differentiable(node->op, k) && d.needs[node->in[k]]) d.needs[n] = true;
  }
  if (d.needs[g->loss]) {
    const Node *loss = &g->nodes.items[g->loss];
    Node seed = {.op = OP_FILL,
                 .dtype = DT_F32,
                 .shape = loss->shape,
                 .name = xstrdup("grad.loss.seed"),
                 .param = -1,
                 .loc = loss->loc,
                 .attr.value = 1.0f};
    d.grad[g->loss] = graph_add(g, seed);
  }
  for (int n = g->loss; n >= 0; n--)
    if (d.grad[n] >= 0 && d.needs[n]) backward(&d, n);
  for (int p = 0; p < g->params.len; p++) {
    Param *param = &g->params.items[p];
    param->grad = trainable[p] ? d.grad[param->node] : -1;
  }
  free(d.needs);
  free(d.grad);
}
