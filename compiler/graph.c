// graph.c — the graph IR (graph.h): node construction with shape checking, and printing.
//
// graph_add is the IR checker: every node is checked against its op's contract when it
// is appended, so a malformed graph stops at the node that made it, naming the shapes.
#include "graph.h"

#include <stdlib.h>
#include <string.h>

static const char *const op_names[] = {
    [OP_INPUT] = "input",
    [OP_PARAM] = "param",
    [OP_FILL] = "fill",
    [OP_RESHAPE] = "reshape",
    [OP_ADD] = "add",
    [OP_SUB] = "sub",
    [OP_MUL] = "mul",
    [OP_SCALE] = "scale",
    [OP_GELU] = "gelu",
    [OP_GELU_BACKWARD] = "gelu_backward",
    [OP_GELU_TANH] = "gelu_tanh",
    [OP_GELU_TANH_BACKWARD] = "gelu_tanh_backward",
    [OP_RELU] = "relu",
    [OP_RELU_BACKWARD] = "relu_backward",
    [OP_TANH] = "tanh",
    [OP_TANH_BACKWARD] = "tanh_backward",
    [OP_DROPOUT] = "dropout",
    [OP_MASK_BIAS] = "mask_bias",
    [OP_LN_XHAT] = "ln_xhat",
    [OP_LAYERNORM] = "layernorm",
    [OP_SELECT_TOKEN] = "select_token",
    [OP_SELECT_TOKEN_BACKWARD] = "select_token_backward",
    [OP_SLICE_ROWS] = "slice_rows",
    [OP_SLICE_ROWS_BACKWARD] = "slice_rows_backward",
    [OP_LN_STATS] = "ln_stats",
    [OP_LAYERNORM_BACKWARD] = "layernorm_backward",
    [OP_SOFTMAX] = "softmax",
    [OP_SOFTMAX_BACKWARD] = "softmax_backward",
    [OP_SUM_ROWS] = "sum_rows",
    [OP_VALID_COUNT] = "valid_count",
    [OP_CROSS_ENTROPY] = "cross_entropy",
    [OP_CROSS_ENTROPY_BACKWARD] = "cross_entropy_backward",
    [OP_GATHER] = "gather",
    [OP_SCATTER_ADD] = "scatter_add",
    [OP_MATMUL] = "matmul",
    [OP_ZERO_PAD_ROWS] = "zero_pad_rows",
};
_Static_assert(sizeof op_names / sizeof *op_names == OP_COUNT, "one name per op kind");

// Inputs each op takes (graph.h's signatures).
static const int op_arity[] = {
    [OP_INPUT] = 0,         [OP_PARAM] = 0,
    [OP_FILL] = 0,          [OP_RESHAPE] = 1,
    [OP_ADD] = 2,           [OP_SUB] = 2,
    [OP_MUL] = 2,           [OP_SCALE] = 1,
    [OP_GELU] = 1,          [OP_GELU_BACKWARD] = 2,
    [OP_GELU_TANH] = 1,     [OP_GELU_TANH_BACKWARD] = 2,
    [OP_RELU] = 1,          [OP_RELU_BACKWARD] = 2,
    [OP_TANH] = 1,          [OP_TANH_BACKWARD] = 2,
    [OP_DROPOUT] = 1,       [OP_MASK_BIAS] = 1,
    [OP_LN_XHAT] = 2,       [OP_LAYERNORM] = 4,
    [OP_SELECT_TOKEN] = 1,  [OP_SELECT_TOKEN_BACKWARD] = 1,
    [OP_SLICE_ROWS] = 1,    [OP_SLICE_ROWS_BACKWARD] = 1,
    [OP_LN_STATS] = 1,      [OP_LAYERNORM_BACKWARD] = 4,
    [OP_SOFTMAX] = 1,       [OP_SOFTMAX_BACKWARD] = 2,
    [OP_SUM_ROWS] = 1,      [OP_VALID_COUNT] = 1,
    [OP_CROSS_ENTROPY] = 3, [OP_CROSS_ENTROPY_BACKWARD] = 4,
    [OP_GATHER] = 2,        [OP_SCATTER_ADD] = 2,
    [OP_MATMUL] = 2,        [OP_ZERO_PAD_ROWS] = 2,
};
_Static_assert(sizeof op_arity / sizeof *op_arity == OP_COUNT, "one arity per op kind");

const char *op_name(OpKind op) {
  check((unsigned)op < OP_COUNT);
  return op_names[op];
}

int64_t shape_numel(Shape s) {
  int64_t n = 1;
  for (int d = 0; d < s.rank; d++)
    n = size_mul(n, s.dim[d]);
  return n;
}

Shape shape_of(int rank, const int64_t *dims) {
  check(rank >= 0 && rank <= MAX_RANK);
  Shape s = {.rank = rank};
  for (int d = 0; d < rank; d++)
    s.dim[d] = dims[d];
  return s;
}

bool shape_eq(Shape a, Shape b) {
  if (a.rank != b.rank) return false;
  for (int d = 0; d < a.rank; d++)
    if (a.dim[d] != b.dim[d]) return false;
  return true;
}

// "f32[4,32,64]"
static void sb_shape(StrBuf *sb, DType dt, Shape s) {
  sb_printf(sb, "%s[", dtype_name(dt));
  for (int d = 0; d < s.rank; d++)
    sb_printf(sb, "%s%lld", d ? "," : "", (long long)s.dim[d]);
  sb_puts(sb, "]");
}

// ---- checking ----------------------------------------------------------------------------

typedef struct {
  const Graph *g;
  const Node *n;
} Checked;

static const Node *in_node(Checked c, int k) {
  return &c.g->nodes.items[c.n->in[k]];
}

// An internal error: the node, its shape, and the operand that disagrees with it.
static noreturn void shape_error(Checked c, int k, const char *what) {
  StrBuf sb = {0};
  sb_shape(&sb, c.n->dtype, c.n->shape);
  if (k >= 0) {
    sb_printf(&sb, " and input %d (%%%d) ", k, c.n->in[k]);
    sb_shape(&sb, in_node(c, k)->dtype, in_node(c, k)->shape);
  }
  char origin[512];
  internal_error("node `%s` (%s)%s: %s: %s", c.n->name ? c.n->name : "?", op_name(c.n->op),
                 spec_origin(c.n->loc, origin, sizeof origin), what, sb.data);
}

static void expect(Checked c, bool ok, int k, const char *what) {
  if (!ok) shape_error(c, k, what);
}

static void expect_dtype(Checked c, int k, DType dt) {
  DType have = k < 0 ? c.n->dtype : in_node(c, k)->dtype;
  expect(c, have == dt, k, dt == DT_I32 ? "expected i32" : "expected f32");
}

static void expect_same_shape(Checked c, int k) {
  expect(c, shape_eq(in_node(c, k)->shape, c.n->shape), k, "shapes differ");
}

// Input k broadcasts (numpy, right-aligned) to the node's shape.
static bool broadcasts_to(Shape in, Shape out) {
  if (in.rank > out.rank) return false;
  int shift = out.rank - in.rank;
  for (int d = 0; d < in.rank; d++)
    if (in.dim[d] != 1 && in.dim[d] != out.dim[d + shift]) return false;
  return true;
}

// Output dimension d of a broadcast of a and b.
static int64_t broadcast_dim(Shape s, Shape out, int d) {
  int at = d - (out.rank - s.rank);
  return at < 0 ? 1 : s.dim[at];
}

static void check_broadcast(Checked c) {
  Shape a = in_node(c, 0)->shape, b = in_node(c, 1)->shape, out = c.n->shape;
  expect(c, broadcasts_to(a, out), 0, "does not broadcast");
  expect(c, broadcasts_to(b, out), 1, "does not broadcast");
  expect(c, out.rank == (a.rank > b.rank ? a.rank : b.rank), 0, "rank is not the broadcast's");
  for (int d = 0; d < out.rank; d++) {
    int64_t da = broadcast_dim(a, out, d), db = broadcast_dim(b, out, d);
    expect(c, out.dim[d] == (da > db ? da : db), 1, "shape is not the broadcast's");
  }
}

// x [..., N] and stats [..., 2] describe the same rows.
static void check_stats(Checked c, int x, int stats) {
  Shape xs = in_node(c, x)->shape, ss = in_node(c, stats)->shape;
  bool ok = xs.rank >= 1 && ss.rank == xs.rank && ss.dim[ss.rank - 1] == 2;
  for (int d = 0; ok && d + 1 < xs.rank; d++)
    ok = xs.dim[d] == ss.dim[d];
  expect(c, ok, stats, "statistics do not match x's rows");
}

// A vector [N] matching the last dimension of the node.
static void check_row_vector(Checked c, int k) {
  Shape v = in_node(c, k)->shape;
  expect(c, v.rank == 1 && c.n->shape.rank >= 1 && v.dim[0] == c.n->shape.dim[c.n->shape.rank - 1],
         k, "expected a vector of the last dimension");
}

// One matmul operand of `rows` x `cols` stored matrices lies inside a tensor of `numel`.
static bool operand_fits(const MatOperand *o, int64_t rows, int64_t cols, const int64_t *batch,
                         int64_t numel) {
  if (o->ld < cols || o->batch_stride[0] < 0 || o->batch_stride[1] < 0) return false;
  int64_t last = (batch[0] - 1) * o->batch_stride[0] + (batch[1] - 1) * o->batch_stride[1] +
                 (rows - 1) * o->ld + cols - 1;
  return last < numel;
}

static void check_matmul(Checked c) {
  const MatmulAttr *mm = &c.n->attr.mm;
  expect(c, mm->m > 0 && mm->n > 0 && mm->k > 0 && mm->batch[0] > 0 && mm->batch[1] > 0, -1,
         "matmul extents must be positive");
  int64_t numel_a = shape_numel(in_node(c, 0)->shape), numel_b = shape_numel(in_node(c, 1)->shape);
  expect(c,
         operand_fits(&mm->a, mm->a.trans ? mm->k : mm->m, mm->a.trans ? mm->m : mm->k, mm->batch,
                      numel_a),
         0, "operand a does not fit its tensor");
  expect(c,
         operand_fits(&mm->b, mm->b.trans ? mm->n : mm->k, mm->b.trans ? mm->k : mm->n, mm->batch,
                      numel_b),
         1, "operand b does not fit its tensor");
  expect(c, !mm->c.trans && operand_fits(&mm->c, mm->m, mm->n, mm->batch, shape_numel(c.n->shape)),
         -1, "result does not fit its tensor");
  expect(c, mm->batch[0] * mm->batch[1] * mm->m * mm->n == shape_numel(c.n->shape), -1,
         "result does not cover its tensor");
}

static void check_node(const Graph *g, const Node *n) {
  Checked c = {g, n};
  check((unsigned)n->op < OP_COUNT);
  expect(c, n->n_in == op_arity[n->op], -1, "wrong number of inputs");
  expect(c, n->shape.rank >= 1 && n->shape.rank <= MAX_RANK, -1, "rank out of range");
  for (int d = 0; d < n->shape.rank; d++)
    expect(c, n->shape.dim[d] > 0, -1, "empty dimension");
  for (int k = 0; k < n->n_in; k++)
    check(n->in[k] >= 0 && n->in[k] < g->nodes.len); // topological order
  if (n->op != OP_INPUT && n->op != OP_RESHAPE)
    expect_dtype(c, -1, DT_F32); // ids are inputs or views
  Shape s = n->shape;
  switch (n->op) {
  case OP_INPUT:
  case OP_FILL:
    break;
  case OP_PARAM:
    check(n->param >= 0);
    break;
  case OP_RESHAPE:
    expect(c, shape_numel(in_node(c, 0)->shape) == shape_numel(s), 0, "element counts differ");
    expect_dtype(c, 0, n->dtype);
    break;
  case OP_ADD:
  case OP_SUB:
  case OP_MUL:
    expect_dtype(c, 0, DT_F32), expect_dtype(c, 1, DT_F32);
    check_broadcast(c);
    break;
  case OP_SCALE:
  case OP_GELU:
  case OP_GELU_TANH:
  case OP_RELU:
  case OP_TANH:
  case OP_SOFTMAX:
    expect_dtype(c, 0, DT_F32), expect_same_shape(c, 0);
    break;
  case OP_DROPOUT:
    expect_dtype(c, 0, DT_F32), expect_same_shape(c, 0);
    expect(c, n->attr.dropout.p >= 0 && n->attr.dropout.p < 1, -1, "dropout p outside [0, 1)");
    break;
  case OP_GELU_BACKWARD:
  case OP_GELU_TANH_BACKWARD:
  case OP_RELU_BACKWARD:
  case OP_TANH_BACKWARD:
  case OP_SOFTMAX_BACKWARD:
    expect_dtype(c, 0, DT_F32), expect_dtype(c, 1, DT_F32);
    expect_same_shape(c, 0), expect_same_shape(c, 1);
    break;
  case OP_MASK_BIAS: { // [B,S] -> [B,1,1,S]
    Shape m = in_node(c, 0)->shape;
    expect_dtype(c, 0, DT_I32);
    expect(c,
           m.rank == 2 && s.rank == 4 && s.dim[0] == m.dim[0] && s.dim[1] == 1 && s.dim[2] == 1 &&
               s.dim[3] == m.dim[1],
           0, "expected mask [B,S] -> [B,1,1,S]");
    break;
  }
  case OP_LN_XHAT:
    expect_same_shape(c, 0), check_stats(c, 0, 1);
    break;
  case OP_LAYERNORM:
    expect_same_shape(c, 0), check_stats(c, 0, 1), check_row_vector(c, 2), check_row_vector(c, 3);
    break;
  case OP_LAYERNORM_BACKWARD:
    expect_same_shape(c, 0), expect_same_shape(c, 1), check_stats(c, 1, 2);
    check_row_vector(c, 3);
    break;
  case OP_LN_STATS: { // [..., N] -> [..., 2]
    Shape x = in_node(c, 0)->shape;
    bool ok = x.rank == s.rank && s.dim[s.rank - 1] == 2;
    for (int d = 0; ok && d + 1 < s.rank; d++)
      ok = x.dim[d] == s.dim[d];
    expect(c, ok, 0, "expected x [..., N] -> [..., 2]");
    break;
  }
  case OP_SELECT_TOKEN:
  case OP_SELECT_TOKEN_BACKWARD: { // [B,S,H] <-> [B,H]
    Shape full = n->op == OP_SELECT_TOKEN ? in_node(c, 0)->shape : s;
    Shape row = n->op == OP_SELECT_TOKEN ? s : in_node(c, 0)->shape;
    expect(c,
           full.rank == 3 && row.rank == 2 && full.dim[0] == row.dim[0] &&
               full.dim[2] == row.dim[1],
           0, "expected [B,S,H] and [B,H]");
    expect(c, n->attr.token >= 0 && n->attr.token < full.dim[1], 0, "token out of range");
    break;
  }
  case OP_SLICE_ROWS:
  case OP_SLICE_ROWS_BACKWARD: { // [R,...] <-> [r,...], r <= R
    Shape full = n->op == OP_SLICE_ROWS ? in_node(c, 0)->shape : s;
    Shape part = n->op == OP_SLICE_ROWS ? s : in_node(c, 0)->shape;
    bool ok = full.rank == part.rank && part.dim[0] <= full.dim[0] && s.dim[0] == n->attr.rows;
    for (int d = 1; ok && d < full.rank; d++)
      ok = full.dim[d] == part.dim[d];
    expect(c, ok, 0, "expected [R,...] and its first rows");
    break;
  }
  case OP_SUM_ROWS: {
    Shape x = in_node(c, 0)->shape;
    expect(c, s.rank == 1 && s.dim[0] == x.dim[x.rank - 1], 0, "expected [..., N] -> [N]");
    break;
  }
  case OP_VALID_COUNT:
    expect_dtype(c, 0, DT_I32);
    expect(c, in_node(c, 0)->shape.rank == 1 && s.rank == 1 && s.dim[0] == 1, 0,
           "expected labels [B] -> [1]");
    expect(c, n->attr.clamp >= 0, 0, "expected labels clamped to [0, C] or none");
    break;
  case OP_CROSS_ENTROPY:
  case OP_CROSS_ENTROPY_BACKWARD: {
    int at = n->op == OP_CROSS_ENTROPY ? 0 : 1; // index of logits
    Shape logits = in_node(c, at)->shape, labels = in_node(c, at + 1)->shape;
    expect(c, logits.rank == 2, at, "expected logits [B,C]");
    expect_dtype(c, at + 1, DT_I32);
    expect(c, labels.rank == 1 && labels.dim[0] == logits.dim[0], at + 1, "expected labels [B]");
    expect(c, shape_numel(in_node(c, at + 2)->shape) == 1, at + 2, "expected count [1]");
    expect(c, n->attr.clamp == 0 || n->attr.clamp == logits.dim[1], at + 1,
           "expected labels clamped to [0, C] or none");
    if (at) expect(c, shape_numel(in_node(c, 0)->shape) == 1, 0, "expected dloss [1]");
    expect(c, at ? shape_eq(s, logits) : shape_numel(s) == 1, at, "wrong result shape");
    break;
  }
  case OP_ZERO_PAD_ROWS: { // dy [..., H], ids [...] -> [..., H]
    Shape ids = in_node(c, 1)->shape;
    expect_dtype(c, 1, DT_I32);
    bool ok = shape_eq(s, in_node(c, 0)->shape) && s.rank == ids.rank + 1;
    for (int d = 0; ok && d < ids.rank; d++)
      ok = ids.dim[d] == s.dim[d];
    expect(c, ok, 1, "expected dy [..., H] and ids [...]");
    expect(c, n->attr.gather.has_padding, -1, "expected a padding_idx");
    break;
  }
  case OP_GATHER:
  case OP_SCATTER_ADD: { // table [V,H], ids [...] <-> rows [..., H]
    Shape table = n->op == OP_GATHER ? in_node(c, 0)->shape : s;
    Shape rows = n->op == OP_GATHER ? s : in_node(c, 0)->shape;
    Shape ids = in_node(c, 1)->shape;
    expect_dtype(c, 1, DT_I32);
    bool ok = table.rank == 2 && rows.rank == ids.rank + 1 && rows.dim[ids.rank] == table.dim[1];
    for (int d = 0; ok && d < ids.rank; d++)
      ok = rows.dim[d] == ids.dim[d];
    if (n->op == OP_SCATTER_ADD) ok = ok && table.dim[0] == n->attr.rows;
    expect(c, ok, 1, "expected table [V,H], ids [...] and rows [..., H]");
    break;
  }
  case OP_MATMUL:
    check_matmul(c);
    break;
  case OP_COUNT:
    unreachable();
  }
}

int graph_add(Graph *g, Node node) {
  check_node(g, &node);
  vec_push(&g->nodes, node);
  return g->nodes.len - 1;
}

void graph_print(const Graph *g, FILE *out) {
  StrBuf sb = {0};
  for (int i = 0; i < g->nodes.len; i++) {
    const Node *n = &g->nodes.items[i];
    sb.len = 0;
    if (sb.data) sb.data[0] = '\0';
    sb_printf(&sb, "%%%d = %s(", i, op_name(n->op));
    for (int k = 0; k < n->n_in; k++)
      sb_printf(&sb, "%s%%%d", k ? ", " : "", n->in[k]);
    sb_puts(&sb, ") ");
    sb_shape(&sb, n->dtype, n->shape);
    fprintf(out, "%s  %s\n", sb.data, n->name ? n->name : "");
  }
  sb_free(&sb);
}
