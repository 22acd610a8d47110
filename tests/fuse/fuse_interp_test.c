// The fused programs of specs/tiny_cls.yaml, executed by the kernel-IR interpreter, match
// the graph interpreter (the executable definition of every graph op) on random weights
// and a batch with padding and an ignored label: forward outputs, loss, logits and every
// gradient, with dropout off and on (both key the mask by site and element index).
// With `bf16` the spec is compiled with precision bf16 (precision.c: activations stored in
// bf16, GEMMs on bf16 copies of the weights): the program must really store its
// activations in bf16, and its results agree with the graph interpreter to bf16's
// precision (relative L2 error 3e-2, the loss 1e-2) instead of f32's (1e-5).
//
//   fuse_interp_test SPEC forward|train|train_dropout|feature_extraction fused|unfused
//                    [fp32|bf16]
#include "autodiff.h"
#include "compile.h"
#include "graph_interp.h"
#include "kir_interp.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static double uniform(void) {
  rng_state ^= rng_state << 13, rng_state ^= rng_state >> 7, rng_state ^= rng_state << 17;
  return (double)(rng_state >> 11) / 9007199254740992.0;
}

static double normal(void) {
  return sqrt(-2.0 * log(uniform() + 1e-300)) * cos(6.283185307179586 * uniform());
}

static void *arena_at(bertrt_ctx *ctx, int arena, int64_t offset) {
  return (char *)ctx->arena[arena] + offset;
}

// Random HF-like weights: normal(0, 0.02) matrices, LayerNorm weight 1 + noise, small biases.
static void fill_params(const Graph *g, const ParamLayout *l, double **vals, bertrt_ctx *ctx) {
  for (int i = 0; i < g->params.len; i++) {
    const Param *p = &g->params.items[i];
    int64_t n = shape_numel(l->shape[i]);
    bool is_ln = strstr(p->name, "LayerNorm.weight") != NULL;
    vals[p->node] = calloc((size_t)n, sizeof(double));
    float *dst = arena_at(ctx, BERTRT_PARAMS, 4 * l->offset[i]);
    for (int64_t e = 0; e < n; e++) {
      float v = (float)((is_ln ? 1.0 : 0.0) + (l->shape[i].rank == 1 ? 0.1 : 0.02) * normal());
      dst[e] = v;
      vals[p->node][e] = v;
    }
  }
}

// input_ids random, attention_mask with a padded tail per row, token types 0/1, labels with
// one ignored row.
static void fill_inputs(const Graph *g, const IoLayout *io, double **vals, bertrt_ctx *ctx,
                        int64_t vocab) {
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    if (node->op != OP_INPUT) continue;
    int64_t count = shape_numel(node->shape);
    int64_t cols = node->shape.dim[node->shape.rank - 1];
    int slot = layout_io_find(io, node->name);
    int32_t *dst = arena_at(ctx, BERTRT_IO, io->offset[slot]);
    vals[n] = calloc((size_t)count, sizeof(double));
    for (int64_t e = 0; e < count; e++) {
      int64_t row = e / cols, col = e % cols;
      int32_t v;
      if (!strcmp(node->name, "input_ids"))
        v = (int32_t)(uniform() * (double)vocab);
      else if (!strcmp(node->name, "attention_mask"))
        v = col < cols - (row % 4) * 3;
      else if (!strcmp(node->name, "token_type_ids"))
        v = col >= cols / 2;
      else
        v = e == 1 ? -100 : (int32_t)(uniform() * 2);
      dst[e] = v;
      vals[n][e] = v;
    }
  }
}

static int failures;

// Gradients that are zero in exact arithmetic (compared by their size): the attention key bias's
// (the softmax over the keys ignores it), and with a question-answering head those of
// qa_outputs.bias and the last layer's output LayerNorm bias (each shifts every start, or end,
// logit of a row alike, which the softmax over the tokens ignores).
static bool zero_in_exact_arithmetic(const Graph *g, const char *name) {
  if (strstr(name, "attention.self.key.bias")) return true;
  if (g->spec->head.type != HEAD_QUESTION_ANSWERING) return false;
  char *last = format("bert.encoder.layer.%d.output.LayerNorm.bias",
                      (int)g->spec->model.num_hidden_layers - 1);
  bool zero = !strcmp(name, "qa_outputs.bias") || !strcmp(name, last);
  free(last);
  return zero;
}
static double tolerance = 1e-5, tiny_tolerance = 1e-6; // relative L2 error, max |g|

static void compare(const char *what, const float *got, const double *want, int64_t n, bool tiny) {
  double diff = 0, norm = 0, max_abs = 0;
  for (int64_t i = 0; i < n; i++) {
    diff += (got[i] - want[i]) * (got[i] - want[i]);
    norm += want[i] * want[i];
    if (fabs(got[i]) > max_abs) max_abs = fabs(got[i]);
  }
  double rel = norm > 0 ? sqrt(diff / norm) : sqrt(diff);
  bool ok = tiny ? max_abs < tiny_tolerance : rel <= tolerance;
  if (!ok) failures++;
  printf("%-4s %-60s %s %.3g\n", ok ? "ok" : "FAIL", what, tiny ? "max |g|" : "rel",
         tiny ? max_abs : rel);
}

// Whether the program runs attention as K_ATTENTION kernels, with no [.., S, S] buffer of
// scores or probabilities, or as GEMM, softmax, GEMM; a mixture fails the test.
static bool attention_is_fused(const KProgram *p, int64_t seq) {
  int fused = 0, square = 0;
  for (int k = 0; k < p->kernels.len; k++)
    fused += p->kernels.items[k].kind == K_ATTENTION;
  for (int i = 0; i < p->bufs.len; i++) {
    Shape s = p->bufs.items[i].shape;
    square += s.rank == 4 && s.dim[2] == seq && s.dim[3] == seq;
  }
  if ((fused > 0) == (square > 0)) {
    fprintf(stderr, "FAIL: %s: %d attention kernels and %d [..,S,S] buffers\n", p->name, fused,
            square);
    failures++;
  }
  return fused > 0;
}

// Under bf16: the activation arena holds bf16 buffers (none elsewhere), layernorm statistics
// and the loss stay f32, and every GEMM reads bf16 A and B; under fp32 no buffer is bf16.
// `g` is the graph the program was fused from (built again the same way).
static void check_storage(const KProgram *p, const Graph *g, bool bf16) {
  int n_bf16 = 0, misplaced = 0, f32_gemms = 0;
  for (int i = 0; i < p->bufs.len; i++) {
    const KBuf *b = &p->bufs.items[i];
    OpKind op = b->node >= 0 ? g->nodes.items[b->node].op : OP_COUNT;
    bool stays_f32 = op == OP_LN_STATS || op == OP_CROSS_ENTROPY;
    n_bf16 += b->dtype == DT_BF16;
    misplaced += b->dtype == DT_BF16 && (b->arena != BERTRT_ACTS || stays_f32);
  }
  for (int k = 0; k < p->kernels.len; k++) {
    const Kernel *kr = &p->kernels.items[k];
    if (kr->kind == K_GEMM)
      f32_gemms +=
          p->bufs.items[kr->gemm.a].dtype != DT_BF16 || p->bufs.items[kr->gemm.b].dtype != DT_BF16;
  }
  bool ok = bf16 ? n_bf16 > 0 && !misplaced && !f32_gemms : n_bf16 == 0;
  if (!ok) failures++;
  printf("%-4s %s: %d bf16 buffers (%d outside the activations or statistics), %d GEMMs not on "
         "bf16\n",
         ok ? "ok" : "FAIL", p->name, n_bf16, misplaced, f32_gemms);
}

int main(int argc, char **argv) {
  if ((argc != 4 && argc != 5) || (strcmp(argv[3], "fused") && strcmp(argv[3], "unfused")) ||
      (argc == 5 && strcmp(argv[4], "fp32") && strcmp(argv[4], "bf16"))) {
    fprintf(stderr, "usage: fuse_interp_test SPEC forward|train|train_dropout|feature_extraction "
                    "fused|unfused [fp32|bf16]\n");
    return 2;
  }
  const char *mode = argv[2];
  bool bf16 = argc == 5 && !strcmp(argv[4], "bf16");
  Spec spec;
  if (!spec_parse(argv[1], &spec, stderr)) return 2;
  spec.precision = bf16 ? PRECISION_BF16 : PRECISION_FP32;
  if (bf16) tolerance = 3e-2, tiny_tolerance = 1e-3;
  CompiledModel *m = compile_model(&spec);
  const Bucket *b = &m->buckets[0];
  bool forward = !strcmp(mode, "forward");
  int variant = 0;
  if (!strcmp(mode, "feature_extraction"))
    while (variant < m->n_variants && m->variants[variant].strategy != STRATEGY_FEATURE_EXTRACTION)
      variant++;
  if (variant == m->n_variants) {
    fprintf(stderr, "%s has no feature_extraction variant\n", argv[1]);
    return 2;
  }
  bool dropout = !strcmp(mode, "train_dropout");

  Graph *g = model_build(&spec, b->seq_len);
  if (!forward) {
    bool *trainable = calloc((size_t)m->params.n, sizeof *trainable);
    for (int i = 0; i < m->params.n; i++)
      trainable[i] = m->params.offset[i] >= m->variants[variant].trainable_offset;
    autodiff(g, trainable);
  }
  bertrt_ctx ctx = {.dropout_on = dropout ? 1.0f : 0.0f, .seed = 1234, .step = 7};
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    ctx.arena[a] = calloc(1, (size_t)m->arena_bytes[a] + 64);
  double **vals = calloc((size_t)g->nodes.len, sizeof *vals);
  fill_params(g, &m->params, vals, &ctx);
  fill_inputs(g, &m->io, vals, &ctx, spec.model.vocab_size);

  InterpOptions opt = {.dropout_on = dropout, .seed = ctx.seed, .step = ctx.step, .f32 = true};
  graph_eval(g, &opt, vals, g->nodes.len);
  const KProgram *program = forward ? b->forward : b->train[variant];
  if (attention_is_fused(program, b->seq_len) != !strcmp(argv[3], "fused")) {
    fprintf(stderr, "FAIL: %s: attention is not %s\n", program->name, argv[3]);
    failures++;
  }
  check_storage(program, g, bf16);
  kir_interp_run(program, &ctx);

  for (int i = 0; i < g->outputs.len; i++) {
    const Output *o = &g->outputs.items[i];
    if (!forward && strcmp(o->name, "loss") && strcmp(o->name, "logits")) continue;
    int slot = layout_io_find(&m->io, o->name);
    if (bf16 && !strcmp(o->name, "loss")) tolerance = 1e-2;
    compare(o->name, arena_at(&ctx, BERTRT_IO, m->io.offset[slot]), vals[o->node],
            shape_numel(g->nodes.items[o->node].shape), false);
    if (bf16) tolerance = 3e-2;
  }
  int grads = 0;
  for (int i = 0; i < g->params.len && !forward; i++) {
    const Param *p = &g->params.items[i];
    if (p->grad < 0) continue;
    grads++;
    char *what = format("grad/%s", p->name);
    compare(what, arena_at(&ctx, BERTRT_GRADS, 4 * m->params.offset[i]), vals[p->grad],
            shape_numel(m->params.shape[i]), zero_in_exact_arithmetic(g, p->name));
    free(what);
  }
  printf("%s (attention %s, %s): %d gradients compared, %d failures\n", mode, argv[3],
         bf16 ? "bf16" : "fp32", grads, failures);
  return failures ? 1 : 0;
}
