// model_test.c — the forward graph of specs/tiny_cls.yaml (model.c) and the backward pass
// autodiff.c appends to it. One mode per ctest test:
//   params       HF parameter table: names, shapes, groups, arena order; outputs; node count
//   sites        dropout sites are the same in every bucket
//   mask         masked positions do not change the logits (reference interpreter)
//   full         full training: every parameter has a gradient of its shape
//   frozen       feature extraction / top layer only: no backward work for frozen parts
//   gradients    the whole model's gradients match finite differences (small spec, dropout on)
//   bad_shape    a mismatched node aborts with an internal error naming both shapes
// Exits 1 on any failure.
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "graph_fixture.h"

static int failures;

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      printf("FAIL %s:%d: ", __FILE__, __LINE__);                                                  \
      printf(__VA_ARGS__);                                                                         \
      printf("\n");                                                                                \
      failures++;                                                                                  \
    }                                                                                              \
  } while (0)

typedef struct {
  char *name;
  int rank;
  int64_t dim[2];
  int group;
} ExpectedParam;

typedef VEC(ExpectedParam) ExpectedParams;

static void expect_param(ExpectedParams *v, char *name, int group, int64_t d0, int64_t d1) {
  vec_push(v, ((ExpectedParam){name, d1 ? 2 : 1, {d0, d1}, group}));
}

// The parameter table of HF BertForSequenceClassification, in arena order.
static void check_params(const Graph *g, const Spec *spec) {
  const ModelSpec *m = &spec->model;
  int64_t H = m->hidden_size, I = m->intermediate_size;
  int L = (int)m->num_hidden_layers;
  ExpectedParams want = {0};
  expect_param(&want, "bert.embeddings.word_embeddings.weight", 0, m->vocab_size, H);
  expect_param(&want, "bert.embeddings.position_embeddings.weight", 0, m->max_position_embeddings,
               H);
  expect_param(&want, "bert.embeddings.token_type_embeddings.weight", 0, m->type_vocab_size, H);
  expect_param(&want, "bert.embeddings.LayerNorm.weight", 0, H, 0);
  expect_param(&want, "bert.embeddings.LayerNorm.bias", 0, H, 0);
  for (int i = 0; i < L; i++) {
    const char *qkv[] = {"query", "key", "value"};
    for (int j = 0; j < 3; j++) {
      expect_param(&want, format("bert.encoder.layer.%d.attention.self.%s.weight", i, qkv[j]),
                   1 + i, H, H);
      expect_param(&want, format("bert.encoder.layer.%d.attention.self.%s.bias", i, qkv[j]), 1 + i,
                   H, 0);
    }
    expect_param(&want, format("bert.encoder.layer.%d.attention.output.dense.weight", i), 1 + i, H,
                 H);
    expect_param(&want, format("bert.encoder.layer.%d.attention.output.dense.bias", i), 1 + i, H,
                 0);
    expect_param(&want, format("bert.encoder.layer.%d.attention.output.LayerNorm.weight", i), 1 + i,
                 H, 0);
    expect_param(&want, format("bert.encoder.layer.%d.attention.output.LayerNorm.bias", i), 1 + i,
                 H, 0);
    expect_param(&want, format("bert.encoder.layer.%d.intermediate.dense.weight", i), 1 + i, I, H);
    expect_param(&want, format("bert.encoder.layer.%d.intermediate.dense.bias", i), 1 + i, I, 0);
    expect_param(&want, format("bert.encoder.layer.%d.output.dense.weight", i), 1 + i, H, I);
    expect_param(&want, format("bert.encoder.layer.%d.output.dense.bias", i), 1 + i, H, 0);
    expect_param(&want, format("bert.encoder.layer.%d.output.LayerNorm.weight", i), 1 + i, H, 0);
    expect_param(&want, format("bert.encoder.layer.%d.output.LayerNorm.bias", i), 1 + i, H, 0);
  }
  expect_param(&want, "bert.pooler.dense.weight", L + 1, H, H);
  expect_param(&want, "bert.pooler.dense.bias", L + 1, H, 0);
  expect_param(&want, "classifier.weight", L + 1, spec->head.num_labels, H);
  expect_param(&want, "classifier.bias", L + 1, spec->head.num_labels, 0);
  EXPECT(g->params.len == want.len, "%d parameters, expected %d", g->params.len, want.len);
  for (int p = 0; p < want.len && p < g->params.len; p++) {
    const Param *got = &g->params.items[p];
    const Node *n = &g->nodes.items[got->node];
    const ExpectedParam *w = &want.items[p];
    Shape ws = shape_of(w->rank, w->dim);
    EXPECT(!strcmp(got->name, w->name), "parameter %d is %s, expected %s", p, got->name, w->name);
    EXPECT(n->op == OP_PARAM && n->param == p && !strcmp(n->name, got->name), "parameter %d's node",
           p);
    EXPECT(shape_eq(n->shape, ws), "%s has the wrong shape", w->name);
    EXPECT(got->group == w->group, "%s in group %d, expected %d", w->name, got->group, w->group);
    EXPECT(got->grad == -1, "%s has a gradient before autodiff", w->name);
  }
  printf("%d parameters checked\n", want.len);
}

static int output_node(const Graph *g, const char *name) {
  for (int i = 0; i < g->outputs.len; i++)
    if (!strcmp(g->outputs.items[i].name, name)) return g->outputs.items[i].node;
  return -1;
}

static int input_node(const Graph *g, const char *name) {
  for (int n = 0; n < g->nodes.len; n++)
    if (g->nodes.items[n].op == OP_INPUT && !strcmp(g->nodes.items[n].name, name)) return n;
  return -1;
}

static void expect_shape(const Graph *g, int n, int rank, const int64_t *dims, const char *what) {
  EXPECT(n >= 0 && shape_eq(g->nodes.items[n].shape, shape_of(rank, dims)), "%s's shape", what);
}

static void mode_params(const Spec *spec) {
  int S = 16;
  Graph *g = model_build(spec, S);
  int64_t B = spec->shapes.batch_size, H = spec->model.hidden_size;
  check_params(g, spec);
  const char *inputs[] = {"input_ids", "token_type_ids", "attention_mask"};
  for (int i = 0; i < 3; i++) {
    int n = input_node(g, inputs[i]);
    expect_shape(g, n, 2, (int64_t[]){B, S}, inputs[i]);
    EXPECT(n >= 0 && g->nodes.items[n].dtype == DT_I32, "%s is i32", inputs[i]);
  }
  expect_shape(g, input_node(g, "labels"), 1, (int64_t[]){B}, "labels");
  int n_inputs = 0;
  for (int n = 0; n < g->nodes.len; n++)
    n_inputs += g->nodes.items[n].op == OP_INPUT;
  EXPECT(n_inputs == 4, "%d inputs, expected 4", n_inputs);
  EXPECT(g->outputs.len == 4, "%d outputs", g->outputs.len);
  expect_shape(g, output_node(g, "logits"), 2, (int64_t[]){B, 2}, "logits");
  expect_shape(g, output_node(g, "loss"), 1, (int64_t[]){1}, "loss");
  expect_shape(g, output_node(g, "pooled_output"), 2, (int64_t[]){B, H}, "pooled_output");
  expect_shape(g, output_node(g, "last_hidden_state"), 3, (int64_t[]){B, S, H},
               "last_hidden_state");
  EXPECT(g->loss == output_node(g, "loss") && g->nodes.items[g->loss].op == OP_CROSS_ENTROPY,
         "loss node");
  // 4 inputs + 41 params + 8 embedding nodes + mask bias + 26 per layer + 9 head/loss nodes
  int want = 4 + 41 + 8 + 1 + 26 * 2 + 9;
  EXPECT(g->nodes.len == want && g->n_forward == g->nodes.len,
         "%d nodes (n_forward %d), expected %d", g->nodes.len, g->n_forward, want);
  for (int n = 0; n < g->nodes.len; n++)
    EXPECT(g->nodes.items[n].name, "node %d has no name", n);
  graph_print(g, stdout);
}

// The dropout sites and probabilities in forward order.
static int dropout_sites(const Graph *g, uint32_t *site, float *p) {
  int count = 0;
  for (int n = 0; n < g->nodes.len; n++)
    if (g->nodes.items[n].op == OP_DROPOUT) {
      site[count] = g->nodes.items[n].attr.dropout.site;
      p[count++] = g->nodes.items[n].attr.dropout.p;
    }
  return count;
}

static void mode_sites(const Spec *spec) {
  uint32_t first[64], site[64];
  float first_p[64], p[64];
  int n_first = -1;
  for (int b = 0; b < spec->shapes.n_buckets; b++) {
    Graph *g = model_build(spec, spec->shapes.seq_len[b]);
    int n = dropout_sites(g, site, p);
    if (n_first < 0) {
      n_first = n;
      memcpy(first, site, sizeof site), memcpy(first_p, p, sizeof p);
    }
    EXPECT(n == 2 + 3 * (int)spec->model.num_hidden_layers, "%d dropouts", n);
    EXPECT(n == n_first && !memcmp(site, first, (size_t)n * sizeof *site),
           "bucket %d numbers its dropout sites differently", spec->shapes.seq_len[b]);
    for (int i = 0; i < n; i++)
      EXPECT(site[i] == (uint32_t)(i + 1), "site %d is %u", i, site[i]);
  }
  // the attention probabilities' dropout uses its own probability
  Spec s = *spec;
  s.model.attention_probs_dropout_prob = 0.25;
  Graph *g = model_build(&s, 16);
  dropout_sites(g, site, p);
  EXPECT(p[0] == 0.1f && p[1] == 0.25f && p[2] == 0.1f, "dropout probabilities");
  // p = 0: no node, the other sites keep their numbers
  s.model.attention_probs_dropout_prob = 0;
  g = model_build(&s, 16);
  int n = dropout_sites(g, site, p);
  EXPECT(n == 2 + 2 * (int)s.model.num_hidden_layers && site[1] == 3 && site[2] == 4 &&
             site[3] == 6,
         "sites without the attention dropout");
}

// Changing ids and types at masked positions leaves the logits and loss unchanged.
static void mode_mask(const Spec *spec) {
  int S = 16;
  Graph *g = model_build(spec, S);
  int64_t B = spec->shapes.batch_size;
  uint64_t rng = 11;
  double **vals = leaf_values(g, &rng, 0.05);
  double *ids = vals[input_node(g, "input_ids")], *types = vals[input_node(g, "token_type_ids")];
  double *mask = vals[input_node(g, "attention_mask")], *labels = vals[input_node(g, "labels")];
  for (int64_t b = 0; b < B; b++) {
    labels[b] = b == 3 ? -100 : (double)(b % 2);
    for (int s = 0; s < S; s++) {
      mask[b * S + s] = s < 4 + b;
      ids[b * S + s] = (double)((b * 37 + s * 11) % spec->model.vocab_size);
      types[b * S + s] = s >= 8;
    }
  }
  InterpOptions opt = {0};
  int logits = output_node(g, "logits");
  graph_eval(g, &opt, vals, g->n_forward);
  double before[64], loss = vals[g->loss][0];
  memcpy(before, vals[logits], (size_t)(B * 2) * sizeof *before);
  for (int64_t i = 0; i < B * S; i++)
    if (!mask[i]) ids[i] = 999, types[i] = 1 - types[i];
  graph_eval(g, &opt, vals, g->n_forward);
  double diff = fabs(vals[g->loss][0] - loss);
  for (int64_t i = 0; i < B * 2; i++)
    diff = fmax(diff, fabs(vals[logits][i] - before[i]));
  printf("loss %.6f (log 2 = %.6f), max change from masked tokens %.3e\n", loss, log(2.0), diff);
  EXPECT(isfinite(loss) && fabs(loss - log(2.0)) < 0.2, "loss %g of a near-zero model", loss);
  EXPECT(diff < 1e-12, "masked tokens changed the logits by %g", diff);
  free_values(g, vals);
}

static bool *trainable_from(const Graph *g, int first_group) {
  bool *t = xcalloc((size_t)g->params.len, sizeof *t);
  for (int p = 0; p < g->params.len; p++)
    t[p] = g->params.items[p].group >= first_group;
  return t;
}

static void mode_full(const Spec *spec) {
  Graph *g = model_build(spec, 32);
  int nf = g->n_forward;
  autodiff(g, trainable_from(g, 0));
  for (int p = 0; p < g->params.len; p++) {
    const Param *param = &g->params.items[p];
    EXPECT(param->grad >= nf, "%s has no gradient", param->name);
    if (param->grad >= nf)
      EXPECT(shape_eq(g->nodes.items[param->grad].shape, g->nodes.items[param->node].shape),
             "%s's gradient has the wrong shape", param->name);
  }
  printf("full training: %d forward + %d backward nodes\n", nf, g->nodes.len - nf);
}

static bool starts_with(const char *s, const char *prefix) {
  return !strncmp(s, prefix, strlen(prefix));
}

// Trains groups >= first_group; expects `want_backward` backward nodes, none for frozen
// parameters or the activations below the lowest trainable layer.
static void check_frozen(const Spec *spec, int first_group, int want_backward) {
  Graph *g = model_build(spec, 16);
  int nf = g->n_forward, L = (int)spec->model.num_hidden_layers;
  autodiff(g, trainable_from(g, first_group));
  int n_backward = g->nodes.len - nf;
  printf("groups >= %d trainable: %d backward nodes\n", first_group, n_backward);
  EXPECT(n_backward == want_backward, "%d backward nodes, expected %d", n_backward, want_backward);
  for (int p = 0; p < g->params.len; p++) {
    const Param *param = &g->params.items[p];
    if (param->group < first_group)
      EXPECT(param->grad == -1, "frozen %s has a gradient", param->name);
    else
      EXPECT(param->grad >= nf, "%s has no gradient", param->name);
  }
  for (int n = nf; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    EXPECT(!starts_with(node->name, "grad.embeddings."), "backward node %s", node->name);
    for (int layer = 0; layer + 1 < first_group && layer < L; layer++) {
      char *prefix = format("grad.layer.%d.", layer);
      EXPECT(!starts_with(node->name, prefix), "backward node %s below the trainable layers",
             node->name);
      free(prefix);
    }
    EXPECT(node->op != OP_SCATTER_ADD && node->op != OP_SLICE_ROWS_BACKWARD,
           "embedding gradient work %s", node->name);
    if (first_group == L + 1)
      EXPECT(node->op != OP_LAYERNORM_BACKWARD && node->op != OP_SOFTMAX_BACKWARD &&
                 node->op != OP_GELU_BACKWARD && node->op != OP_SELECT_TOKEN_BACKWARD,
             "encoder gradient work %s under feature extraction", node->name);
  }
}

static void mode_frozen(const Spec *spec) {
  int L = (int)spec->model.num_hidden_layers;
  // seed, cross-entropy backward, classifier dW db dx, dropout, tanh backward, pooler dW db
  check_frozen(spec, L + 1, 9);
  // gradual unfreezing with the top layer trainable: the whole top layer's backward,
  // nothing for layer L-2 and below (no gradient wrt the top layer's input)
  Graph *g = model_build(spec, 16);
  autodiff(g, trainable_from(g, L));
  int top = g->nodes.len - g->n_forward;
  check_frozen(spec, L, top);
  EXPECT(top > 9 && top < 100, "%d backward nodes with the top layer trainable", top);
}

// A tiny spec whose whole model is cheap to differentiate numerically.
static Spec small_spec(HeadType head, Activation act) {
  static int buckets[] = {5};
  Spec s = tiny_cls_spec();
  s.model.vocab_size = 11, s.model.hidden_size = 8, s.model.num_attention_heads = 2;
  s.model.intermediate_size = 12, s.model.max_position_embeddings = 7, s.model.hidden_act = act;
  s.model.layer_norm_eps = 1e-5, s.model.hidden_dropout_prob = 0.2;
  s.model.attention_probs_dropout_prob = 0.3;
  s.head.type = head, s.head.num_labels = 3;
  s.shapes = (ShapeSpec){.batch_size = 3, .n_buckets = 1, .seq_len = buckets};
  return s;
}

static void gradients_case(const Spec *spec, const char *what) {
  int S = spec->shapes.seq_len[0];
  Graph *g = model_build(spec, S);
  train_all(g);
  int64_t B = spec->shapes.batch_size;
  uint64_t rng = 5;
  double **vals = leaf_values(g, &rng, 0.5);
  double *ids = vals[input_node(g, "input_ids")], *types = vals[input_node(g, "token_type_ids")];
  double *mask = vals[input_node(g, "attention_mask")], *labels = vals[input_node(g, "labels")];
  int64_t n_labels = shape_numel(g->nodes.items[input_node(g, "labels")].shape);
  for (int64_t i = 0; i < B * S; i++) {
    ids[i] = (double)((i * 7 + 3) % spec->model.vocab_size);
    types[i] = (double)(i % 3 == 0);
    mask[i] = i % S < S - i / S; // row b masks its last b positions
  }
  for (int64_t i = 0; i < n_labels; i++)
    labels[i] = i == 1 ? -100 : (double)(i % spec->head.num_labels);
  InterpOptions opt = {.dropout_on = true, .seed = 42, .step = 1};
  printf("-- %s\n", what);
  int bad = fd_check(g, vals, &opt, 6, 1e-5, &rng);
  EXPECT(bad == 0, "%s: %d parameters' gradients differ from finite differences", what, bad);
  free_values(g, vals);
}

static void mode_gradients(void) {
  Spec cls = small_spec(HEAD_SEQUENCE_CLASSIFICATION, ACT_GELU);
  gradients_case(&cls, "sequence classification, gelu, dropout on");
  Spec tok = small_spec(HEAD_TOKEN_CLASSIFICATION, ACT_GELU_TANH);
  gradients_case(&tok, "token classification, gelu_tanh, dropout on");
  Spec relu = small_spec(HEAD_SEQUENCE_CLASSIFICATION, ACT_RELU);
  relu.model.hidden_dropout_prob = relu.model.attention_probs_dropout_prob = 0;
  gradients_case(&relu, "sequence classification, relu, no dropout");
}

// Runs add_bad(g) in a child process; it must abort with `message` on stderr, after the
// compiler's source line ("internal error at .../compiler/graph.c:LINE: ").
static void expect_internal_error(void (*add_bad)(Graph *g), const char *message) {
  int fds[2];
  check(pipe(fds) == 0);
  fflush(stdout);
  pid_t pid = fork();
  check(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    add_bad(graph_new());
    _exit(0);
  }
  close(fds[1]);
  char err[1024] = {0};
  size_t len = 0;
  ssize_t got;
  while (len + 1 < sizeof err && (got = read(fds[0], err + len, sizeof err - 1 - len)) > 0)
    len += (size_t)got;
  close(fds[0]);
  int status;
  waitpid(pid, &status, 0);
  printf("%s", err);
  EXPECT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, "graph_add did not abort");
  EXPECT(strstr(err, message), "expected the message: %s", message);
  EXPECT(strstr(err, "bertc: internal error at ") && strstr(err, "compiler/graph.c:"),
         "expected the internal error to name compiler/graph.c's line");
}

static void bad_matmul(Graph *g) { // k = 8 rows of b [6,3]
  int a = add_param(g, "a", 2, (int64_t[]){4, 8});
  int b = add_param(g, "b", 2, (int64_t[]){6, 3});
  Node n = {.op = OP_MATMUL,
            .shape = shape_of(2, (int64_t[]){4, 3}),
            .n_in = 2,
            .in = {a, b},
            .name = xstrdup("bad_product"),
            .param = -1};
  n.attr.mm = (MatmulAttr){.m = 4,
                           .n = 3,
                           .k = 8,
                           .batch = {1, 1},
                           .alpha = 1,
                           .a = {.ld = 8},
                           .b = {.ld = 3},
                           .c = {.ld = 3}};
  graph_add(g, n);
}

static void bad_broadcast(Graph *g) { // [2,3,4] + [3]
  int a = add_param(g, "a", 3, (int64_t[]){2, 3, 4});
  int b = add_param(g, "b", 1, (int64_t[]){3});
  graph_add(g, (Node){.op = OP_ADD,
                      .shape = shape_of(3, (int64_t[]){2, 3, 4}),
                      .n_in = 2,
                      .in = {a, b},
                      .name = xstrdup("bad_sum"),
                      .param = -1});
}

static void bad_reshape(Graph *g) { // 12 elements as 10
  int a = add_param(g, "a", 2, (int64_t[]){3, 4});
  graph_add(g, (Node){.op = OP_RESHAPE,
                      .shape = shape_of(2, (int64_t[]){2, 5}),
                      .n_in = 1,
                      .in = {a},
                      .name = xstrdup("bad_view"),
                      .param = -1});
}

static void mode_bad_shape(void) {
  expect_internal_error(bad_matmul, "node `bad_product` (matmul): operand b does "
                                    "not fit its tensor: f32[4,3] and input 1 (%1) f32[6,3]");
  expect_internal_error(bad_broadcast, "node `bad_sum` (add): does not broadcast: "
                                       "f32[2,3,4] and input 1 (%1) f32[3]");
  expect_internal_error(bad_reshape, "node `bad_view` (reshape): element counts "
                                     "differ: f32[2,5] and input 0 (%0) f32[3,4]");
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: model_test params|sites|mask|full|frozen|gradients|bad_shape\n");
    return 2;
  }
  Spec spec = tiny_cls_spec();
  const char *mode = argv[1];
  if (!strcmp(mode, "params"))
    mode_params(&spec);
  else if (!strcmp(mode, "sites"))
    mode_sites(&spec);
  else if (!strcmp(mode, "mask"))
    mode_mask(&spec);
  else if (!strcmp(mode, "full"))
    mode_full(&spec);
  else if (!strcmp(mode, "frozen"))
    mode_frozen(&spec);
  else if (!strcmp(mode, "gradients"))
    mode_gradients();
  else if (!strcmp(mode, "bad_shape"))
    mode_bad_shape();
  else {
    fprintf(stderr, "unknown mode %s\n", mode);
    return 2;
  }
  printf("%s: %d failure(s)\n", failures ? "FAILED" : "passed", failures);
  return failures ? 1 : 0;
}
