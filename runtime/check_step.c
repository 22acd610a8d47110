// check_step.c — the `check-step` subcommand (the numerical contract: one forward/backward
// and N optimizer steps on given weights and inputs, everything written out) and
// `time-step` (one training step's wall time on random weights, for bench/).
#include "program.h"

#include "pool.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// ---- check-step ------------------------------------------------------------------------

// The inputs check-step reads: the token tensors, then the head's targets, as the program's IO
// names them (labels, or the start and end positions of question answering).
enum { MAX_INPUTS = 6 };

typedef struct {
  int n;
  const char *names[MAX_INPUTS];
  int rank[MAX_INPUTS]; // 2: [B,S]; 1: [B]
  int32_t *data[MAX_INPUTS];
  program_batch batch;
} loaded_inputs;

static void free_inputs(loaded_inputs *in) {
  for (int i = 0; i < in->n; i++)
    free(in->data[i]);
}

static void input_names(const bertrt_model *m, loaded_inputs *in) {
  const bertrt_bucket *b = &m->buckets[m->n_buckets - 1];
  static const char *const tokens[] = {"input_ids", "attention_mask", "token_type_ids"};
  static const char *const targets[] = {"labels", "start_positions", "end_positions",
                                        "next_sentence_label"};
  for (int i = 0; i < 3; i++)
    in->names[in->n] = tokens[i], in->rank[in->n++] = 2;
  if (program_io(b, "masked_labels")) // HF's labels [B,S], read gathered (program_batch)
    in->names[in->n] = "labels", in->rank[in->n++] = 2;
  for (int i = 0; i < 4; i++) {
    const bertrt_tensor *t = program_io(b, targets[i]);
    if (t) in->names[in->n] = targets[i], in->rank[in->n++] = (int)t->rank;
  }
}

static int32_t *input_data(const loaded_inputs *in, const char *name) {
  for (int i = 0; i < in->n; i++)
    if (!strcmp(in->names[i], name)) return in->data[i];
  return NULL;
}

// The program's inputs (input_ids, attention_mask, token_type_ids [B,S], then labels ([B] or
// [B,S], as the program's labels input) or start_positions and end_positions [B]), int64 or
// int32, and nothing else; B <= batch_size, S <= the largest bucket.
static bool read_inputs(const bertrt_model *m, const st_file *f, loaded_inputs *in) {
  input_names(m, in);
  const char *path = st_path(f);
  char *error = NULL, shape[160], list[160] = "";
  const st_tensor *t[MAX_INPUTS];
  for (int i = 0; i < in->n; i++) {
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", in->names[i]);
    if (!(t[i] = st_find(f, in->names[i]))) {
      program_error(m, "%s: missing tensor '%s'", path, in->names[i]);
      return false;
    }
  }
  for (int i = 0; i < st_count(f); i++) {
    const char *name = st_at(f, i)->name;
    int k = 0;
    while (k < in->n && strcmp(name, in->names[k]) != 0)
      k++;
    if (k == in->n) {
      program_error(m, "%s: unexpected tensor '%s' (inputs are %s)", path, name, list);
      return false;
    }
  }
  if (t[0]->rank != 2 || t[0]->shape[0] < 1 || t[0]->shape[1] < 1) {
    program_error(m, "%s: input_ids has shape %s, expected [B, S] with B, S >= 1", path,
                  st_shape_str(shape, sizeof shape, t[0]->rank, t[0]->shape));
    return false;
  }
  int64_t B = t[0]->shape[0], S = t[0]->shape[1];
  for (int i = 1; i < in->n; i++) {
    int64_t want[2] = {B, S};
    int rank = in->rank[i];
    if (t[i]->rank != rank || t[i]->shape[0] != B || (rank == 2 && t[i]->shape[1] != S)) {
      char expected[64];
      program_error(m, "%s: %s has shape %s, expected %s (from input_ids)", path, in->names[i],
                    st_shape_str(shape, sizeof shape, t[i]->rank, t[i]->shape),
                    st_shape_str(expected, sizeof expected, rank, want));
      return false;
    }
  }
  int64_t max_s = m->buckets[m->n_buckets - 1].seq_len;
  if (B > m->batch_size || S > max_s) {
    program_error(m,
                  "%s: inputs are [%lld, %lld], but %s was compiled for at most "
                  "batch_size %lld and seq_len %lld",
                  path, (long long)B, (long long)S, m->name, (long long)m->batch_size,
                  (long long)max_s);
    return false;
  }
  for (int i = 0; i < in->n; i++) {
    in->data[i] = malloc((size_t)t[i]->numel * sizeof(int32_t));
    if (!in->data[i] || !st_read_i32(f, t[i], in->data[i], &error)) {
      program_error(m, "%s", error ? error : "out of memory");
      free(error);
      return false;
    }
  }
  in->batch = (program_batch){B,
                              S,
                              input_data(in, "input_ids"),
                              input_data(in, "attention_mask"),
                              input_data(in, "token_type_ids"),
                              input_data(in, "labels"),
                              input_data(in, "start_positions"),
                              input_data(in, "end_positions"),
                              input_data(in, "next_sentence_label")};
  return true;
}

typedef struct {
  const char *weights, *inputs, *out, *steps, *lr, *strategy, *dropout;
} check_args;

// Adds `prefix`/<name> for every trainable parameter, its data at base + offset - first.
static void add_params(st_writer *out, const bertrt_model *m, const char *prefix, const float *base,
                       int64_t first) {
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    if (q->offset < first) continue;
    char name[512];
    snprintf(name, sizeof name, "%s%s", prefix, q->name);
    st_writer_add(out, name, ST_F32, (int)q->rank, q->shape, base + (q->offset - first));
  }
}

// The outputs check-step records: the head's logits, each [B, ...] of the bucket's batch (and,
// per token, of its S_b) cut to the inputs' [B, ...] (and S); a masked-LM head's [M, V] cut to
// the batch's masked tokens [count, V] (HF's logits at the labels that are not -100, in order).
enum { MAX_LOGITS = 2 };

typedef struct {
  const bertrt_tensor *io;
  bool per_token; // [B, S_b, ...]
  bool masked;    // [M, V]: rows are the masked tokens
  int64_t stride; // elements of one row in the bucket's output: S_b * C per token, else C
  int64_t row;    // elements of one row written out: S * C per token, else C
} logits_out;

static int find_logits(const bertrt_bucket *b, int64_t seq_len, logits_out out[MAX_LOGITS]) {
  static const char *const names[] = {"logits", "prediction_logits", "seq_relationship_logits",
                                      "start_logits", "end_logits"};
  bool masked_lm = program_io(b, "masked_labels") != NULL;
  int n = 0;
  for (int i = 0; i < 5 && n < MAX_LOGITS; i++) {
    const bertrt_tensor *t = program_io(b, names[i]);
    if (!t) continue;
    bool masked = masked_lm && i < 2;
    bool per_token = t->rank == 3 || i > 2; // [B,S,C] or the span logits [B,S]
    int64_t inner = t->rank == 3 ? t->shape[2] : per_token ? 1 : t->shape[1];
    out[n++] = (logits_out){t, per_token, masked, (per_token ? t->shape[1] : 1) * inner,
                            (per_token ? seq_len : 1) * inner};
  }
  return n;
}

// The step on the loaded program: forward_backward, record logits, loss and gradients, then
// `steps` optimizer steps (each after a fresh forward_backward), and write `out_path`.
// Dropout, when on, draws with the program's seed and each step's number.
static bool step_and_write(bertrt_program *p, const bertrt_bucket *b, int variant, int64_t batch,
                           int64_t seq_len, int64_t steps, double lr, bool dropout,
                           const char *out_path, char **error) {
  const bertrt_model *m = p->model;
  const bertrt_tensor *loss = program_io(b, "loss");
  logits_out lo[MAX_LOGITS];
  int n_lo = find_logits(b, seq_len, lo);
  if (!n_lo || !loss) {
    *error = strdup("the program has no logits or no 'loss' output");
    return false;
  }
  int64_t first = m->variants[variant].trainable_offset, trainable = m->param_elems - first;
  int64_t n_logits = 0, rows[MAX_LOGITS];
  for (int i = 0; i < n_lo; i++)
    rows[i] = lo[i].masked ? program_masked_count(p, b) : batch, n_logits += rows[i] * lo[i].row;
  // saved: every logits output [B, ...], loss, gradients of the trainable suffix
  float *saved = malloc((size_t)(n_logits + 1 + trainable) * sizeof *saved);
  if (!saved) {
    *error = strdup("out of memory");
    return false;
  }
  p->ctx.dropout_on = dropout ? 1.0f : 0.0f;
  program_begin_step(p, lr, 0);
  program_train_step(p, b, variant);
  program_from_device(p, BERTRT_GRADS);
  float *at = saved;
  for (int i = 0; i < n_lo; i++) {
    const float *all = program_io_data(p, lo[i].io);
    for (int64_t r = 0; r < rows[i]; r++, at += lo[i].row)
      memcpy(at, all + r * lo[i].stride, (size_t)lo[i].row * sizeof *saved);
  }
  memcpy(saved + n_logits, program_io_data(p, loss), sizeof *saved);
  memcpy(saved + n_logits + 1, (float *)p->host[BERTRT_GRADS] + first,
         (size_t)trainable * sizeof *saved);
  int64_t warmup = (int64_t)((double)steps * m->warmup_ratio);
  for (int64_t k = 0; k < steps; k++) {
    program_begin_step(p, program_lr_at(lr, k, warmup, steps), k);
    if (k > 0) program_train_step(p, b, variant);
    program_optimizer_step(p, variant);
  }
  if (steps > 0) program_from_device(p, BERTRT_PARAMS);
  st_writer *out = st_writer_new();
  at = saved;
  for (int i = 0; i < n_lo; i++) {
    const bertrt_tensor *t = lo[i].io;
    int64_t shape[3] = {rows[i], lo[i].per_token ? seq_len : t->shape[1],
                        t->rank == 3 ? t->shape[2] : 0};
    st_writer_add(out, t->name, ST_F32, (int)t->rank, shape, at);
    at += rows[i] * lo[i].row;
  }
  st_writer_add(out, "loss", ST_F32, 0, NULL, saved + n_logits);
  add_params(out, m, "grad/", saved + n_logits + 1, first);
  if (steps > 0) add_params(out, m, "param/", (float *)p->host[BERTRT_PARAMS] + first, first);
  bool ok = st_writer_write(out, out_path, error);
  st_writer_free(out);
  free(saved);
  return ok;
}

// Question answering scores every token of the bucket, padding included (HF's softmax over the
// sequence is not masked), so the inputs must be a bucket's length to match HF at theirs.
static bool spans_fit_bucket(const bertrt_model *m, const bertrt_bucket *b, int64_t seq_len,
                             const char *path) {
  if (!program_io(b, "start_positions") || seq_len == b->seq_len) return true;
  char lens[160] = "";
  for (int64_t i = 0; i < m->n_buckets; i++)
    snprintf(lens + strlen(lens), sizeof lens - strlen(lens), "%s%lld", i ? ", " : "",
             (long long)m->buckets[i].seq_len);
  program_error(m,
                "%s: S is %lld, expected a bucket length (%s): the start and end logits' softmax "
                "spans every token of the bucket, padding included, as HF's does at its S",
                path, (long long)seq_len, lens);
  return false;
}

static int check_step_run(const bertrt_model *m, const check_args *a) {
  int64_t steps = 0;
  double lr = m->lr;
  int variant;
  if (!a->weights || !a->inputs || !a->out) {
    program_error(m, "check-step needs --weights, --inputs and --out\nusage: %s %s %s", m->name,
                  cmd_check_step.name, cmd_check_step.args);
    return 2;
  }
  if (a->steps && !program_parse_int(m, "--steps", a->steps, 0, 1000000, &steps)) return 2;
  if (a->lr) {
    char *end;
    lr = strtod(a->lr, &end);
    if (end == a->lr || *end || !isfinite(lr) || lr < 0) {
      program_error(m, "--lr is '%s', expected a non-negative number", a->lr);
      return 2;
    }
  }
  if (!program_parse_variant(m, a->strategy, &variant)) return 2;
  bool dropout = a->dropout && !strcmp(a->dropout, "on");
  if (a->dropout && !dropout && strcmp(a->dropout, "off")) {
    program_error(m, "--dropout is '%s', expected on or off", a->dropout);
    return 2;
  }

  // --weights random:SEED draws HF-initialised weights instead of reading a file.
  bool random_weights = !strncmp(a->weights, "random:", 7);
  int64_t seed = 0;
  if (random_weights &&
      !program_parse_int(m, "--weights random:SEED", a->weights + 7, 0, INT64_MAX, &seed))
    return 2;

  char *error = NULL;
  int status = 2; // bad input until the program runs
  loaded_inputs in = {0};
  bertrt_program *p = NULL;
  st_file *w = random_weights ? NULL : st_open(a->weights, &error);
  st_file *f = w || random_weights ? st_open(a->inputs, &error) : NULL;
  if (f && read_inputs(m, f, &in) &&
      spans_fit_bucket(m, program_bucket(m, in.batch.seq_len), in.batch.seq_len, a->inputs)) {
    const bertrt_bucket *b = program_bucket(m, in.batch.seq_len);
    if (!(p = program_open(m, 0, &error)))
      status = 1;
    else if ((random_weights ? (program_init_weights(p, (uint64_t)seed), true)
                             : program_load_weights(p, w, &error)) &&
             program_set_batch(p, b, &in.batch, a->inputs, &error))
      status = step_and_write(p, b, variant, in.batch.batch, in.batch.seq_len, steps, lr, dropout,
                              a->out, &error)
                   ? 0
                   : 1;
  }
  if (error) program_error(m, "%s", error);
  free(error);
  free_inputs(&in);
  program_close(p);
  st_close(f);
  st_close(w);
  return status;
}

static int check_step_main(const program_command *cmd, const bertrt_model *m, int argc,
                           char **argv) {
  check_args a = {0};
  program_option opts[] = {{"--weights", &a.weights, NULL}, {"--inputs", &a.inputs, NULL},
                           {"--out", &a.out, NULL},         {"--steps", &a.steps, NULL},
                           {"--lr", &a.lr, NULL},           {"--strategy", &a.strategy, NULL},
                           {"--dropout", &a.dropout, NULL}};
  int status = program_parse_options(cmd, m, argc, argv, opts, (int)(sizeof opts / sizeof opts[0]));
  return status >= 0 ? status : check_step_run(m, &a);
}

const program_command cmd_check_step = {
    "check-step",
    "--weights W.safetensors|random:SEED --inputs I.safetensors --out O.safetensors [--steps N] "
    "[--lr LR] [--strategy NAME] [--dropout on|off]",
    "one forward/backward on given weights and inputs (dropout off unless asked), then N AdamW "
    "steps; writes logits, loss, grad/* and param/*",
    check_step_main,
};

// ---- time-step -------------------------------------------------------------------------

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

static int cmp_double(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

static int time_step_main(const program_command *cmd, const bertrt_model *m, int argc,
                          char **argv) {
  const char *seq_s = NULL, *steps_s = NULL, *warmup_s = NULL, *threads_s = NULL, *strategy = NULL;
  program_option opts[] = {{"--seq-len", &seq_s, NULL},
                           {"--steps", &steps_s, NULL},
                           {"--warmup", &warmup_s, NULL},
                           {"--threads", &threads_s, NULL},
                           {"--strategy", &strategy, NULL}};
  int status = program_parse_options(cmd, m, argc, argv, opts, (int)(sizeof opts / sizeof opts[0]));
  if (status >= 0) return status;
  int64_t max_s = m->buckets[m->n_buckets - 1].seq_len, seq = max_s, steps = 10, warmup = 3,
          threads = 0;
  int variant;
  if ((seq_s && !program_parse_int(m, "--seq-len", seq_s, 1, max_s, &seq)) ||
      (steps_s && !program_parse_int(m, "--steps", steps_s, 1, 1000000, &steps)) ||
      (warmup_s && !program_parse_int(m, "--warmup", warmup_s, 0, 1000000, &warmup)) ||
      (threads_s && !program_parse_int(m, "--threads", threads_s, 1, 1024, &threads)) ||
      !program_parse_variant(m, strategy, &variant))
    return 2;
  const bertrt_bucket *b = program_bucket(m, seq);
  char *error = NULL;
  bertrt_program *p = program_open(m, (int)threads, &error);
  if (!p) {
    program_error(m, "%s", error ? error : "out of memory");
    free(error);
    return 1;
  }
  program_init_weights(p, (uint64_t)m->seed);
  int64_t B = m->batch_size, S = b->seq_len, n = B * S;
  int32_t *ids = malloc((size_t)n * sizeof *ids), *mask = malloc((size_t)n * sizeof *mask);
  int32_t *types = calloc((size_t)n, sizeof *types), *labels = malloc((size_t)n * sizeof *labels);
  double *ms = malloc((size_t)steps * sizeof *ms);
  status = 1;
  if (ids && mask && types && labels && ms) {
    uint64_t h = (uint64_t)m->seed;
    for (int64_t i = 0; i < n; i++) {
      h = h * 6364136223846793005ull + 1442695040888963407ull; // LCG: any tokens will do
      ids[i] = (int32_t)((h >> 33) % (uint64_t)m->vocab_size);
      mask[i] = 1;
    }
    // masked LM: every 7th token (~15%) masked, or fewer to stay within the bound
    const bertrt_tensor *masked = program_io(b, "masked_labels");
    int64_t every = masked ? (n + masked->shape[0] - 1) / masked->shape[0] : 0;
    every = every > 7 ? every : 7;
    for (int64_t i = 0; i < n; i++) // a label per sequence reads the first B, per token all n
      labels[i] = masked ? (i % every ? -100 : ids[i]) : (int32_t)(i % m->num_labels);
    // question answering: the first B as start and end positions (0, 1, 0, ...: inside S);
    // next-sentence labels: mask's first B (all 1: B is random)
    program_batch batch = {B, S, ids, mask, types, labels, labels, labels, mask};
    if (program_set_batch(p, b, &batch, "time-step", &error)) status = 0;
  }
  if (status == 0) {
    const bertrt_tensor *loss = program_io(b, "loss");
    float first_loss = NAN, last_loss = NAN;
    p->ctx.dropout_on = 1;
    for (int64_t k = 0; k < warmup + steps; k++) {
      program_begin_step(p, m->lr, k);
      double t0 = now_ms();
      program_train_step(p, b, variant); // waits for the loss: the step is done on any target
      program_optimizer_step(p, variant);
      program_wait(p);
      if (k >= warmup) ms[k - warmup] = now_ms() - t0;
      last_loss = loss ? *(const float *)program_io_data(p, loss) : NAN;
      if (k == 0) first_loss = last_loss;
    }
    double mean = 0;
    for (int64_t k = 0; k < steps; k++)
      mean += ms[k] / (double)steps;
    qsort(ms, (size_t)steps, sizeof *ms, cmp_double);
    double median = steps % 2 ? ms[steps / 2] : 0.5 * (ms[steps / 2 - 1] + ms[steps / 2]);
    printf("time-step program=%s target=%s strategy=%s batch=%lld seq_len=%lld threads=%d "
           "steps=%lld warmup=%lld ms_per_step_median=%.3f ms_per_step_mean=%.3f "
           "sequences_per_s=%.1f loss_first=%.6g loss_last=%.6g peak_device_mib=%.1f "
           "device=\"%s\"\n",
           m->name, m->target, program_strategy_name(m->variants[variant].strategy), (long long)B,
           (long long)S, pool_threads(p->ctx.pool), (long long)steps, (long long)warmup, median,
           mean, 1e3 * (double)B / median, first_loss, last_loss,
           (double)program_peak_device_memory(p) / (1 << 20), program_device(p));
  } else {
    program_error(m, "%s", error ? error : "out of memory");
  }
  free(error);
  free(ids);
  free(mask);
  free(types);
  free(labels);
  free(ms);
  program_close(p);
  return status;
}

const program_command cmd_time_step = {
    "time-step",
    "[--seq-len S] [--steps N] [--warmup W] [--threads T] [--strategy NAME]",
    "times training steps (forward, backward, AdamW; dropout on) of a full batch on random "
    "weights and tokens; prints one line of key=value",
    time_step_main,
};
