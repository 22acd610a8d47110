// autodiff_fd_test.c — every op's backward rule (autodiff.c) against central finite
// differences of the reference interpreter in double precision, on small random shapes.
// Each case builds one small graph whose parameters feed the op under test, reduces the
// result to a scalar, and checks every parameter element. Exits 1 on any mismatch.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_fixture.h"

#define D(...)  ((int64_t[]){__VA_ARGS__})
#define IN(...) ((int[]){__VA_ARGS__})

typedef struct {
  uint64_t rng;
  int failures;
  bool covered[OP_COUNT]; // op kinds whose backward some case exercised
} Suite;

static const double tol = 1e-6;

// Checks g (its loss already set) with every f32 leaf random; `setup` may overwrite leaves.
static void run(Suite *s, const char *name, Graph *g, bool dropout_on,
                void (*setup)(const Graph *g, double **vals)) {
  printf("-- %s\n", name);
  for (int n = 0; n < g->n_forward; n++)
    s->covered[g->nodes.items[n].op] = true;
  train_all(g);
  double **vals = leaf_values(g, &s->rng, 1.0);
  if (setup) setup(g, vals);
  InterpOptions opt = {.dropout_on = dropout_on, .seed = 7, .step = 3};
  int bad = fd_check(g, vals, &opt, 0, tol, &s->rng);
  if (bad) printf("FAIL %s: %d parameter(s)\n", name, bad);
  s->failures += bad;
  free_values(g, vals);
}

static int named(const Graph *g, const char *name) {
  for (int n = 0; n < g->nodes.len; n++)
    if (!strcmp(g->nodes.items[n].name, name)) return n;
  fprintf(stderr, "no node %s\n", name);
  exit(1);
}

// ---- pointwise ---------------------------------------------------------------------------

static void unary_case(Suite *s, OpKind op, const char *name) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(3, 5));
  scalar_loss(g, add_op(g, op, 2, D(3, 5), 1, IN(x)));
  run(s, name, g, false, NULL);
}

// relu's kink at 0 is kept out of finite differences' reach.
static void away_from_zero(const Graph *g, double **vals) {
  double *x = vals[named(g, "x")];
  for (int i = 0; i < 15; i++)
    x[i] = x[i] < 0 ? x[i] - 0.1 : x[i] + 0.1;
}

static void relu_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(3, 5));
  scalar_loss(g, add_op(g, OP_RELU, 2, D(3, 5), 1, IN(x)));
  run(s, "relu", g, false, away_from_zero);
}

static void scale_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(3, 5));
  Node n = {.op = OP_SCALE,
            .shape = shape_of(2, D(3, 5)),
            .n_in = 1,
            .in = {x},
            .name = xstrdup("scaled"),
            .param = -1,
            .attr.value = 0.7f};
  scalar_loss(g, graph_add(g, n));
  run(s, "scale", g, false, NULL);
}

// a [2,3,4] op b for b of shape `bs` (broadcast over a's leading dimensions, or equal).
static void binary_case(Suite *s, OpKind op, int b_rank, const int64_t *bs, const char *name) {
  Graph *g = graph_new();
  int a = add_param(g, "a", 3, D(2, 3, 4));
  int b = add_param(g, "b", b_rank, bs);
  int y = add_op(g, op, 3, D(2, 3, 4), 2, IN(a, b));
  // a second consumer of b: gradients from two uses are summed
  int z = add_op(g, OP_MUL, 3, D(2, 3, 4), 2, IN(y, b));
  scalar_loss(g, z);
  run(s, name, g, false, NULL);
}

static void dropout_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(4, 6));
  Node n = {.op = OP_DROPOUT,
            .shape = shape_of(2, D(4, 6)),
            .n_in = 1,
            .in = {x},
            .name = xstrdup("dropped"),
            .param = -1};
  n.attr.dropout.p = 0.3f, n.attr.dropout.site = 5;
  int y = graph_add(g, n);
  scalar_loss(g, add_op(g, OP_TANH, 2, D(4, 6), 1, IN(y)));
  // the mask must actually drop something for the case to mean anything
  double **vals = leaf_values(g, &s->rng, 1.0);
  InterpOptions opt = {.dropout_on = true, .seed = 7, .step = 3};
  graph_eval(g, &opt, vals, g->n_forward);
  int zeros = 0;
  for (int i = 0; i < 24; i++)
    zeros += vals[y][i] == 0;
  free_values(g, vals);
  if (zeros == 0 || zeros == 24) {
    printf("FAIL dropout: mask dropped %d of 24 elements\n", zeros);
    s->failures++;
  }
  run(s, "dropout (fixed mask)", g, true, NULL);
}

// ---- rows: softmax, layer norm, cross-entropy ------------------------------------------------

static void softmax_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(3, 5));
  int y = add_op(g, OP_SOFTMAX, 2, D(3, 5), 1, IN(x));
  scalar_loss(g, y);
  run(s, "softmax", g, false, NULL);
}

// scores [2,2,3,3] + mask bias [2,1,1,3], softmax: masked keys get no gradient.
static void masked_softmax_mask(const Graph *g, double **vals) {
  double *mask = vals[named(g, "attention_mask")];
  for (int i = 0; i < 6; i++)
    mask[i] = i != 2 && i != 4; // one masked key per batch row
}

static void masked_softmax_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "scores", 4, D(2, 2, 3, 3));
  int mask = add_input(g, "attention_mask", DT_I32, 2, D(2, 3));
  int bias = add_op(g, OP_MASK_BIAS, 4, D(2, 1, 1, 3), 1, IN(mask));
  int sum = add_op(g, OP_ADD, 4, D(2, 2, 3, 3), 2, IN(x, bias));
  scalar_loss(g, add_op(g, OP_SOFTMAX, 4, D(2, 2, 3, 3), 1, IN(sum)));
  run(s, "softmax with mask bias", g, false, masked_softmax_mask);
}

static void layernorm_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 3, D(2, 3, 6));
  int gamma = add_param(g, "gamma", 1, D(6));
  int beta = add_param(g, "beta", 1, D(6));
  Node st = {.op = OP_LN_STATS,
             .shape = shape_of(3, D(2, 3, 2)),
             .n_in = 1,
             .in = {x},
             .name = xstrdup("stats"),
             .param = -1,
             .attr.value = 1e-5f};
  int stats = graph_add(g, st);
  int y = add_op(g, OP_LAYERNORM, 3, D(2, 3, 6), 4, IN(x, stats, gamma, beta));
  scalar_loss(g, y);
  run(s, "layernorm (x, gamma, beta)", g, false, NULL);
}

static void labels_with_ignored(const Graph *g, double **vals) {
  double *labels = vals[named(g, "labels")];
  double v[] = {1, -100, 3, 0};
  memcpy(labels, v, sizeof v);
}

static void cross_entropy_case(Suite *s) {
  Graph *g = graph_new();
  int logits = add_param(g, "logits", 2, D(4, 5));
  int labels = add_input(g, "labels", DT_I32, 1, D(4));
  int count = add_op(g, OP_VALID_COUNT, 1, D(1), 1, IN(labels));
  g->loss = add_op(g, OP_CROSS_ENTROPY, 1, D(1), 3, IN(logits, labels, count));
  g->n_forward = g->nodes.len;
  run(s, "cross-entropy with an ignored label", g, false, labels_with_ignored);
}

// ---- views, gathers ------------------------------------------------------------------------

static void reshape_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 2, D(2, 6));
  int r = add_op(g, OP_RESHAPE, 2, D(3, 4), 1, IN(x));
  scalar_loss(g, add_op(g, OP_TANH, 2, D(3, 4), 1, IN(r)));
  run(s, "reshape", g, false, NULL);
}

static void select_token_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "x", 3, D(2, 4, 3));
  Node n = {.op = OP_SELECT_TOKEN,
            .shape = shape_of(2, D(2, 3)),
            .n_in = 1,
            .in = {x},
            .name = xstrdup("token2"),
            .param = -1,
            .attr.token = 2};
  scalar_loss(g, graph_add(g, n));
  run(s, "select_token", g, false, NULL);
}

// rows [0, 4) of x [6,3] added to y [2,4,3]: the position-embedding pattern.
static void slice_rows_case(Suite *s) {
  Graph *g = graph_new();
  int x = add_param(g, "table", 2, D(6, 3));
  int y = add_param(g, "y", 3, D(2, 4, 3));
  Node n = {.op = OP_SLICE_ROWS,
            .shape = shape_of(2, D(4, 3)),
            .n_in = 1,
            .in = {x},
            .name = xstrdup("first_rows"),
            .param = -1,
            .attr.rows = 4};
  int rows = graph_add(g, n);
  scalar_loss(g, add_op(g, OP_ADD, 3, D(2, 4, 3), 2, IN(y, rows)));
  run(s, "slice_rows + broadcast add", g, false, NULL);
}

static void ids_with_repeats(const Graph *g, double **vals) {
  double *ids = vals[named(g, "ids")];
  double v[] = {1, 4, 1, 0, 4, 4};
  memcpy(ids, v, sizeof v);
}

static void gather_case(Suite *s) {
  Graph *g = graph_new();
  int table = add_param(g, "table", 2, D(5, 3));
  int ids = add_input(g, "ids", DT_I32, 2, D(2, 3));
  int y = add_op(g, OP_GATHER, 3, D(2, 3, 3), 2, IN(table, ids));
  scalar_loss(g, add_op(g, OP_TANH, 3, D(2, 3, 3), 1, IN(y)));
  run(s, "gather (repeated ids)", g, false, ids_with_repeats);
}

// ---- matmul --------------------------------------------------------------------------------

// C [2,3,m,n] = alpha op(A) op(B) over a 2-level batch; A and B stored transposed or not;
// `swap` stores the batch levels of A the other way round in memory.
static void matmul_case(Suite *s, bool ta, bool tb, bool swap) {
  const int64_t b0 = 2, b1 = 3, m = 4, n = 3, k = 5;
  int64_t ar = ta ? k : m, ac = ta ? m : k, br = tb ? n : k, bc = tb ? k : n;
  Graph *g = graph_new();
  int a = swap ? add_param(g, "a", 4, D(b1, b0, ar, ac)) : add_param(g, "a", 4, D(b0, b1, ar, ac));
  int b = add_param(g, "b", 4, D(b0, b1, br, bc));
  MatmulAttr mm = {.m = m, .n = n, .k = k, .batch = {b0, b1}, .alpha = 0.5f};
  mm.a =
      (MatOperand){.trans = ta,
                   .ld = ac,
                   .batch_stride = {swap ? ar * ac : b1 * ar * ac, swap ? b0 * ar * ac : ar * ac}};
  mm.b = (MatOperand){.trans = tb, .ld = bc, .batch_stride = {b1 * br * bc, br * bc}};
  mm.c = (MatOperand){.ld = n, .batch_stride = {b1 * m * n, m * n}};
  int c = add_matmul(g, a, b, 4, D(b0, b1, m, n), mm);
  scalar_loss(g, add_op(g, OP_TANH, 4, D(b0, b1, m, n), 1, IN(c)));
  char name[64];
  snprintf(name, sizeof name, "matmul %c%c%s", ta ? 'T' : 'N', tb ? 'T' : 'N',
           swap ? " (a's batch levels swapped)" : "");
  run(s, name, g, false, NULL);
}

// Attention without copies: Q, K, V [B,S,H] viewed as [B,nh,S,D]; scores = Q K^T per head,
// context [B,S,H] = P V written into each head's columns.
static void attention_matmul_case(Suite *s) {
  const int64_t B = 2, S = 3, nh = 2, Dh = 2, H = nh * Dh;
  Graph *g = graph_new();
  int q = add_param(g, "q", 3, D(B, S, H));
  int k = add_param(g, "k", 3, D(B, S, H));
  int v = add_param(g, "v", 3, D(B, S, H));
  MatOperand heads = {.ld = H, .batch_stride = {S * H, Dh}};
  MatOperand square = {.ld = S, .batch_stride = {nh * S * S, S * S}};
  MatOperand heads_t = heads;
  heads_t.trans = true;
  int scores = add_matmul(g, q, k, 4, D(B, nh, S, S),
                          (MatmulAttr){.m = S,
                                       .n = S,
                                       .k = Dh,
                                       .batch = {B, nh},
                                       .alpha = 0.7f,
                                       .a = heads,
                                       .b = heads_t,
                                       .c = square});
  int p = add_op(g, OP_SOFTMAX, 4, D(B, nh, S, S), 1, IN(scores));
  int ctx = add_matmul(g, p, v, 3, D(B, S, H),
                       (MatmulAttr){.m = S,
                                    .n = Dh,
                                    .k = S,
                                    .batch = {B, nh},
                                    .alpha = 1,
                                    .a = square,
                                    .b = heads,
                                    .c = heads});
  scalar_loss(g, ctx);
  run(s, "attention matmuls (head views, ldc H)", g, false, NULL);
}

int main(void) {
  Suite s = {.rng = 0x9E3779B97F4A7C15ull};
  unary_case(&s, OP_GELU, "gelu");
  unary_case(&s, OP_GELU_TANH, "gelu_tanh");
  unary_case(&s, OP_TANH, "tanh");
  relu_case(&s);
  scale_case(&s);
  binary_case(&s, OP_ADD, 3, D(2, 3, 4), "add (same shape)");
  binary_case(&s, OP_ADD, 1, D(4), "add (bias [4] over [2,3,4])");
  binary_case(&s, OP_ADD, 2, D(3, 4), "add ([3,4] over [2,3,4])");
  binary_case(&s, OP_ADD, 2, D(1, 4), "add ([1,4] over [2,3,4])");
  binary_case(&s, OP_SUB, 1, D(4), "sub (bias)");
  binary_case(&s, OP_SUB, 3, D(2, 3, 4), "sub (same shape)");
  binary_case(&s, OP_MUL, 1, D(4), "mul (bias)");
  binary_case(&s, OP_MUL, 3, D(2, 3, 4), "mul (same shape)");
  dropout_case(&s);
  softmax_case(&s);
  masked_softmax_case(&s);
  layernorm_case(&s);
  cross_entropy_case(&s);
  reshape_case(&s);
  select_token_case(&s);
  slice_rows_case(&s);
  gather_case(&s);
  for (int t = 0; t < 4; t++)
    matmul_case(&s, t & 1, t & 2, false);
  matmul_case(&s, true, false, true);
  attention_matmul_case(&s);
  // every op kind with a backward rule has a case
  const OpKind with_rules[] = {
      OP_RESHAPE,      OP_ADD,        OP_SUB,    OP_MUL,           OP_SCALE,   OP_GELU,
      OP_GELU_TANH,    OP_RELU,       OP_TANH,   OP_DROPOUT,       OP_SOFTMAX, OP_LAYERNORM,
      OP_SELECT_TOKEN, OP_SLICE_ROWS, OP_GATHER, OP_CROSS_ENTROPY, OP_MATMUL};
  for (size_t i = 0; i < sizeof with_rules / sizeof *with_rules; i++)
    if (!s.covered[with_rules[i]]) {
      printf("FAIL no finite-difference case for %s\n", op_name(with_rules[i]));
      s.failures++;
    }
  printf("%s: %d failure(s)\n", s.failures ? "FAILED" : "passed", s.failures);
  return s.failures ? 1 : 0;
}
