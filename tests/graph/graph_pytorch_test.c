// graph_pytorch_test.c — the forward and backward graphs of specs/tiny_cls.yaml, run by
// the reference interpreter (graph_interp.c, double precision), against the committed
// PyTorch / HF BertForSequenceClassification fixtures (tests/oracle/check_step.py):
// logits, loss and the gradient of every trainable parameter from the first backward,
// for each case's own batch and sequence length, dropout off. Prints the relative L2
// error of every tensor; exits 1 when one exceeds 1e-4.
//
// usage: graph_pytorch_test FIXTURE_DIR CASE...   (CASE: e.g. full_b8_s16_n0)
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graph_fixture.h"
#include "safetensors.h"

static const double tol = 1e-4;

static st_file *open_or_die(const char *dir, const char *name) {
  char *path = format("%s/%s.safetensors", dir, name), *error = NULL;
  st_file *f = st_open(path, &error);
  if (!f) {
    fprintf(stderr, "%s\n", error);
    exit(1);
  }
  free(path);
  return f;
}

static const st_tensor *find_or_die(const st_file *f, const char *name) {
  const st_tensor *t = st_find(f, name);
  if (!t) {
    fprintf(stderr, "%s: no tensor %s\n", st_path(f), name);
    exit(1);
  }
  return t;
}

// The tensor as doubles (f32 or i32 stored).
static double *read_doubles(const st_file *f, const st_tensor *t, bool ints) {
  double *out = xmalloc((size_t)t->numel * sizeof *out);
  char *error = NULL;
  bool ok;
  if (ints) {
    int32_t *v = xmalloc((size_t)t->numel * sizeof *v);
    ok = st_read_i32(f, t, v, &error);
    for (int64_t i = 0; ok && i < t->numel; i++)
      out[i] = v[i];
    free(v);
  } else {
    float *v = xmalloc((size_t)t->numel * sizeof *v);
    ok = st_read_f32(f, t, v, &error);
    for (int64_t i = 0; ok && i < t->numel; i++)
      out[i] = v[i];
    free(v);
  }
  if (!ok) {
    fprintf(stderr, "%s\n", error);
    exit(1);
  }
  return out;
}

// ||got - want|| / ||want||; a gradient zero in exact arithmetic (the attention key bias's:
// softmax ignores a per-query constant) is compared absolutely instead.
static bool compare(const char *name, const double *got, const st_file *f, const st_tensor *want) {
  double *ref = read_doubles(f, want, false), diff = 0, norm = 0;
  for (int64_t i = 0; i < want->numel; i++) {
    diff += (got[i] - ref[i]) * (got[i] - ref[i]);
    norm += ref[i] * ref[i];
  }
  free(ref);
  diff = sqrt(diff), norm = sqrt(norm);
  bool zero_in_exact = strstr(name, "attention.self.key.bias") != NULL;
  double err = zero_in_exact ? diff : diff / norm;
  bool ok = zero_in_exact ? diff < 1e-6 : err <= tol;
  printf("%s %-66s %s %.3e (|ref| %.3e)\n", ok ? "ok  " : "FAIL", name,
         zero_in_exact ? "abs" : "rel", err, norm);
  return ok;
}

static int run_case(const char *dir, const char *name) {
  char *inputs_name = format("%s.inputs", name), *expected_name = format("%s.expected", name);
  st_file *weights = open_or_die(dir, "weights"), *inputs = open_or_die(dir, inputs_name);
  st_file *expected = open_or_die(dir, expected_name);
  const st_tensor *ids = find_or_die(inputs, "input_ids");
  Spec spec = tiny_cls_spec();
  spec.shapes.batch_size = (int)ids->shape[0];
  spec.model.hidden_dropout_prob = spec.model.attention_probs_dropout_prob = 0;
  Graph *g = model_build(&spec, (int)ids->shape[1]);
  int L = (int)spec.model.num_hidden_layers;
  bool feature_extraction = !strncmp(name, "feature_extraction", 18);
  bool *trainable = xmalloc((size_t)g->params.len * sizeof *trainable);
  for (int p = 0; p < g->params.len; p++)
    trainable[p] = !feature_extraction || g->params.items[p].group == L + 1;
  autodiff(g, trainable);
  double **vals = xcalloc((size_t)g->nodes.len, sizeof *vals);
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    if (node->op == OP_PARAM)
      vals[n] = read_doubles(weights, find_or_die(weights, node->name), false);
    if (node->op == OP_INPUT) vals[n] = read_doubles(inputs, find_or_die(inputs, node->name), true);
  }
  InterpOptions opt = {0};
  graph_eval(g, &opt, vals, g->nodes.len);
  printf("-- %s (B %d, S %d, %s)\n", name, spec.shapes.batch_size, g->seq_len,
         feature_extraction ? "feature extraction" : "full");
  int failures = 0;
  for (int i = 0; i < g->outputs.len; i++) {
    const char *out = g->outputs.items[i].name;
    const st_tensor *want = st_find(expected, out);
    if (want) failures += !compare(out, vals[g->outputs.items[i].node], expected, want);
  }
  for (int p = 0; p < g->params.len; p++) {
    const Param *param = &g->params.items[p];
    char *key = format("grad/%s", param->name);
    const st_tensor *want = st_find(expected, key);
    if (!want != !trainable[p] || (param->grad < 0) != !trainable[p]) {
      printf("FAIL %s: gradient presence differs from the reference\n", param->name);
      failures++;
    } else if (want) {
      failures += !compare(key, vals[param->grad], expected, want);
    }
    free(key);
  }
  free_values(g, vals);
  st_close(weights), st_close(inputs), st_close(expected);
  free(inputs_name), free(expected_name), free(trainable);
  return failures;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: graph_pytorch_test FIXTURE_DIR CASE...\n");
    return 2;
  }
  int failures = 0;
  for (int i = 2; i < argc; i++)
    failures += run_case(argv[1], argv[i]);
  printf("%s: %d failure(s)\n", failures ? "FAILED" : "passed", failures);
  return failures ? 1 : 0;
}
