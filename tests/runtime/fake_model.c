// A hand-written stand-in for a bertc-generated descriptor, to test the runtime's program
// code and CLI without the compiler. The "model" is trivial and exactly computable:
//
//   params: bert.embeddings.word_embeddings.weight E [10, 4] (offset 0),
//           classifier.weight W [2, 4] (offset 48), classifier.bias c [2] (offset 64)
//   variants: full (all train), feature_extraction (the classifier trains)
//   buckets: seq_len 4 and 8, batch_size 2
//   forward_backward: sum_b = sum over unmasked s of input_ids[b, s]
//                     logits[b, j] = c[j] + W[j, 0] * sum_b
//                     loss = mean over rows with label != -100 of logits[b, label_b]
//                            (+ 1000 * dropout_on, so a step run with dropout shows)
//                     grad c[j] = #rows labelled j / #rows, grad W[j, 0] = sum of sum_b
//                     over rows labelled j / #rows, grad E = 0.5 (full only)
//   optimizer: p -= lr * g over the trainable suffix.
#include "bertrt_abi.h"

#define B       2
#define MAX_S   8
#define P_EMB   0
#define P_W     48
#define P_C     64
#define N_ELEMS 80

// IO arena, laid out for the largest bucket (bytes).
#define IO_IDS    0
#define IO_MASK   64
#define IO_TYPES  128
#define IO_LABELS 192
#define IO_LOGITS 256
#define IO_LOSS   320
#define IO_BYTES  384

static float *arena_f(bertrt_ctx *ctx, int a, int64_t byte_offset) {
  return (float *)((char *)ctx->arena[a] + byte_offset);
}

static int32_t *io_i(bertrt_ctx *ctx, int64_t byte_offset) {
  return (int32_t *)((char *)ctx->arena[BERTRT_IO] + byte_offset);
}

static int64_t cur_seq; // the bucket of the running step (set before parallel_for)

// sum over unmasked positions of row b's ids
static float row_sum(bertrt_ctx *ctx, int64_t b) {
  float sum = 0;
  for (int64_t s = 0; s < cur_seq; s++)
    if (io_i(ctx, IO_MASK)[b * cur_seq + s]) sum += (float)io_i(ctx, IO_IDS)[b * cur_seq + s];
  return sum;
}

// logits of rows [begin, end)
static void logits_rows(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  const float *p = ctx->arena[BERTRT_PARAMS];
  for (int64_t b = begin; b < end; b++)
    for (int j = 0; j < 2; j++)
      arena_f(ctx, BERTRT_IO, IO_LOGITS)[b * 2 + j] = p[P_C + j] + p[P_W + 4 * j] * row_sum(ctx, b);
}

static void step(bertrt_ctx *ctx, int64_t seq, int64_t trainable_offset) {
  cur_seq = seq;
  bertrt_parallel_for(ctx, logits_rows, B);
  const float *logits = arena_f(ctx, BERTRT_IO, IO_LOGITS);
  float *g = ctx->arena[BERTRT_GRADS];
  const int32_t *labels = io_i(ctx, IO_LABELS);
  for (int64_t i = trainable_offset; i < N_ELEMS; i++)
    g[i] = i < P_W ? 0.5f : 0.0f;
  float loss = 0, rows = 0;
  for (int64_t b = 0; b < B; b++)
    rows += labels[b] != -100;
  for (int64_t b = 0; b < B; b++) {
    int32_t l = labels[b];
    if (l == -100) continue;
    loss += logits[b * 2 + l] / rows;
    if (trainable_offset == N_ELEMS) continue; // forward: no gradients
    g[P_C + l] += 1.0f / rows;
    g[P_W + 4 * l] += row_sum(ctx, b) / rows;
  }
  *arena_f(ctx, BERTRT_IO, IO_LOSS) = loss + 1000.0f * ctx->dropout_on;
}

static void fb_s4_full(bertrt_ctx *ctx) {
  step(ctx, 4, 0);
}
static void fb_s4_fe(bertrt_ctx *ctx) {
  step(ctx, 4, P_W);
}
static void fb_s8_full(bertrt_ctx *ctx) {
  step(ctx, 8, 0);
}
static void fb_s8_fe(bertrt_ctx *ctx) {
  step(ctx, 8, P_W);
}
static void forward_s4(bertrt_ctx *ctx) {
  step(ctx, 4, N_ELEMS);
}
static void forward_s8(bertrt_ctx *ctx) {
  step(ctx, 8, N_ELEMS);
}

static void sgd(bertrt_ctx *ctx, int64_t first) {
  float *p = ctx->arena[BERTRT_PARAMS];
  const float *g = ctx->arena[BERTRT_GRADS];
  for (int64_t i = first; i < N_ELEMS; i++)
    p[i] -= ctx->lr * g[i];
}

static void opt_full(bertrt_ctx *ctx) {
  sgd(ctx, 0);
}
static void opt_fe(bertrt_ctx *ctx) {
  sgd(ctx, P_W);
}

#define IO_TENSORS(S)                                                                              \
  {                                                                                                \
    {"input_ids", BERTRT_I32, IO_IDS, 2, {B, S}},                                                  \
        {"attention_mask", BERTRT_I32, IO_MASK, 2, {B, S}},                                        \
        {"token_type_ids", BERTRT_I32, IO_TYPES, 2, {B, S}},                                       \
        {"labels", BERTRT_I32, IO_LABELS, 1, {B}}, {"logits", BERTRT_F32, IO_LOGITS, 2, {B, 2}},   \
        {"loss", BERTRT_F32, IO_LOSS, 1, {1}},                                                     \
  }

static const bertrt_tensor io4[] = IO_TENSORS(4), io8[] = IO_TENSORS(8);
static const bertrt_entry train4[] = {fb_s4_full, fb_s4_fe}, train8[] = {fb_s8_full, fb_s8_fe};
static const bertrt_entry optimizers[] = {opt_full, opt_fe};
static const bertrt_bucket buckets[] = {
    {4, 6, io4, forward_s4, train4, 100, 300},
    {8, 6, io8, forward_s8, train8, 200, 600},
};
static const bertrt_param params[] = {
    {"bert.embeddings.word_embeddings.weight", 2, {10, 4}, 40, P_EMB, 0},
    {"classifier.weight", 2, {2, 4}, 8, P_W, 1},
    {"classifier.bias", 1, {2}, 2, P_C, 1},
};
static const bertrt_variant variants[] = {{0, 0, 0}, {1, 0, P_W}};
static const char *const labels[] = {"neg", "pos"};

const bertrt_model bertrt_generated_model = {
    .abi_version = BERTRT_ABI_VERSION,
    .name = "fake_trainer",
    .spec_name = "fake",
    .target = "cpu",
    .precision = "fp32",
    .vocab_size = 10,
    .hidden_size = 4,
    .num_hidden_layers = 0,
    .num_attention_heads = 1,
    .intermediate_size = 4,
    .max_position_embeddings = 8,
    .type_vocab_size = 2,
    .pad_token_id = 0,
    .hidden_act = "gelu",
    .layer_norm_eps = 1e-12,
    .initializer_range = 0.02,
    .head_type = "sequence_classification",
    .hf_architecture = "BertForSequenceClassification",
    .num_labels = 2,
    .labels = labels,
    .lr = 0.1,
    .beta1 = 0.9,
    .beta2 = 0.999,
    .eps = 1e-8,
    .weight_decay = 0.01,
    .warmup_ratio = 0.1,
    .grad_clip = 1.0,
    .epochs = 1,
    .seed = 42,
    .batch_size = B,
    .n_params = 3,
    .params = params,
    .param_elems = N_ELEMS,
    .arena_bytes = {4 * N_ELEMS, 4 * N_ELEMS, 4 * N_ELEMS, 4 * N_ELEMS, 64, IO_BYTES},
    .n_variants = 2,
    .variants = variants,
    .optimizer = optimizers,
    .n_buckets = 2,
    .buckets = buckets,
};
