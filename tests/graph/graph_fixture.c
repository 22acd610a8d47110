// graph_fixture.c — shared helpers of the graph tests (graph_fixture.h).
#include "graph_fixture.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Spec tiny_cls_spec(void) {
  static int buckets[] = {16, 32, 64};
  static char *labels[] = {"부정", "긍정"};
  Spec s = {.path = "specs/tiny_cls.yaml", .name = "tiny_trainer", .stem = "tiny_cls"};
  s.model = (ModelSpec){.vocab_size = 1000,
                        .hidden_size = 64,
                        .num_hidden_layers = 2,
                        .num_attention_heads = 4,
                        .intermediate_size = 256,
                        .hidden_act = ACT_GELU,
                        .max_position_embeddings = 64,
                        .type_vocab_size = 2,
                        .pad_token_id = 0,
                        .layer_norm_eps = 1e-12,
                        .hidden_dropout_prob = 0.1,
                        .attention_probs_dropout_prob = 0.1,
                        .initializer_range = 0.02};
  s.head = (HeadSpec){.type = HEAD_SEQUENCE_CLASSIFICATION, .num_labels = 2, .labels = labels};
  s.shapes = (ShapeSpec){.batch_size = 8, .n_buckets = 3, .seq_len = buckets};
  s.train = (TrainSpec){.lr = 1e-3,
                        .beta1 = 0.9,
                        .beta2 = 0.999,
                        .eps = 1e-8,
                        .weight_decay = 0.01,
                        .warmup_ratio = 0.1,
                        .epochs = 3,
                        .grad_clip = 1.0,
                        .n_strategies = 2,
                        .strategies = {STRATEGY_FULL, STRATEGY_FEATURE_EXTRACTION},
                        .seed = 42};
  return s;
}

double rand_uniform(uint64_t *rng, double lo, double hi) {
  uint64_t x = *rng;
  x ^= x << 13, x ^= x >> 7, x ^= x << 17;
  *rng = x;
  return lo + (hi - lo) * (double)(x >> 11) * 0x1p-53;
}

Graph *graph_new(void) {
  Graph *g = xcalloc(1, sizeof *g);
  g->loss = -1;
  return g;
}

static int add(Graph *g, Node n) {
  n.param = n.op == OP_PARAM ? n.param : -1;
  if (!n.name) n.name = format("%s.%d", op_name(n.op), g->nodes.len);
  return graph_add(g, n);
}

int add_param(Graph *g, const char *name, int rank, const int64_t *dims) {
  int n = add(g, (Node){.op = OP_PARAM,
                        .shape = shape_of(rank, dims),
                        .name = xstrdup(name),
                        .param = g->params.len});
  vec_push(&g->params, ((Param){.name = g->nodes.items[n].name, .node = n, .grad = -1}));
  return n;
}

int add_input(Graph *g, const char *name, DType dt, int rank, const int64_t *dims) {
  return add(
      g, (Node){.op = OP_INPUT, .dtype = dt, .shape = shape_of(rank, dims), .name = xstrdup(name)});
}

int add_op(Graph *g, OpKind op, int rank, const int64_t *dims, int n_in, const int *in) {
  Node n = {.op = op, .shape = shape_of(rank, dims), .n_in = n_in};
  memcpy(n.in, in, (size_t)n_in * sizeof *in);
  return add(g, n);
}

int add_matmul(Graph *g, int a, int b, int rank, const int64_t *dims, MatmulAttr mm) {
  return add(
      g,
      (Node){
          .op = OP_MATMUL, .shape = shape_of(rank, dims), .n_in = 2, .in = {a, b}, .attr.mm = mm});
}

void scalar_loss(Graph *g, int y) {
  int64_t numel = shape_numel(g->nodes.items[y].shape), one = 1;
  int w = add_input(g, "loss_weights", DT_F32, 1, &numel);
  MatmulAttr mm = {.m = 1,
                   .n = 1,
                   .k = numel,
                   .batch = {1, 1},
                   .alpha = 1,
                   .a = {.ld = numel},
                   .b = {.ld = 1},
                   .c = {.ld = 1}};
  g->loss = add_matmul(g, y, w, 1, &one, mm);
  g->n_forward = g->nodes.len;
}

double **leaf_values(const Graph *g, uint64_t *rng, double scale) {
  double **vals = xcalloc((size_t)g->nodes.len, sizeof *vals);
  for (int i = 0; i < g->nodes.len; i++) {
    const Node *n = &g->nodes.items[i];
    if (n->op != OP_INPUT && n->op != OP_PARAM) continue;
    int64_t numel = shape_numel(n->shape);
    vals[i] = xcalloc((size_t)numel, sizeof **vals);
    if (n->dtype == DT_F32)
      for (int64_t e = 0; e < numel; e++)
        vals[i][e] = rand_uniform(rng, -scale, scale);
  }
  return vals;
}

void free_values(const Graph *g, double **vals) {
  graph_eval_free(g, vals);
  for (int i = 0; i < g->nodes.len; i++)
    free(vals[i]);
  free(vals);
}

static double loss_at(const Graph *g, double **vals, const InterpOptions *opt) {
  graph_eval(g, opt, vals, g->n_forward);
  return vals[g->loss][0];
}

void train_all(Graph *g) {
  bool *all = xmalloc((size_t)g->params.len * sizeof *all);
  for (int p = 0; p < g->params.len; p++)
    all[p] = true;
  autodiff(g, all);
  free(all);
}

int fd_check(const Graph *g, double **vals, const InterpOptions *opt, int max_elems, double tol,
             uint64_t *rng) {
  graph_eval(g, opt, vals, g->nodes.len);
  int failures = 0;
  const double eps = 1e-5, floor = 1e-4;
  for (int p = 0; p < g->params.len; p++) {
    const Param *param = &g->params.items[p];
    int64_t numel = shape_numel(g->nodes.items[param->node].shape);
    if (param->grad < 0) {
      printf("FAIL %-60s no gradient\n", param->name);
      failures++;
      continue;
    }
    const double *ad = vals[param->grad];
    double *x = vals[param->node], ad_max = 0, diff_max = 0;
    for (int64_t e = 0; e < numel; e++)
      ad_max = fmax(ad_max, fabs(ad[e]));
    int64_t n_checked = max_elems > 0 && max_elems < numel ? max_elems : numel;
    for (int64_t i = 0; i < n_checked; i++) {
      int64_t e = n_checked == numel ? i : (int64_t)rand_uniform(rng, 0, (double)numel);
      double saved = x[e];
      x[e] = saved + eps;
      double up = loss_at(g, vals, opt);
      x[e] = saved - eps;
      double down = loss_at(g, vals, opt);
      x[e] = saved;
      diff_max = fmax(diff_max, fabs((up - down) / (2 * eps) - ad[e]));
    }
    double rel = diff_max / fmax(ad_max, floor);
    bool ok = rel <= tol;
    failures += !ok;
    printf("%s %-60s max|ad|=%.3e max|ad-fd|=%.3e rel=%.2e (%lld of %lld elements)\n",
           ok ? "ok  " : "FAIL", param->name, ad_max, diff_max, rel, (long long)n_checked,
           (long long)numel);
  }
  return failures;
}
