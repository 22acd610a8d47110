// program.c — a generated program's state over its descriptor (contract in program.h).
#include "program.h"
#include "rt_util.h"

#include "device_cuda.h"
#include "pool.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static const char *const strategy_names[] = {"full", "feature_extraction", "gradual_unfreezing"};
#define N_STRATEGIES (int)(sizeof strategy_names / sizeof strategy_names[0])

void program_error(const bertrt_model *m, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s: error: ", m && m->name ? m->name : "bertrt");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static int64_t shape_numel(int64_t rank, const int64_t *shape) {
  int64_t n = 1;
  for (int64_t d = 0; d < rank; d++)
    n *= shape[d];
  return n;
}

bool program_check_model(const bertrt_model *m, char **error) {
  if (m->abi_version != BERTRT_ABI_VERSION)
    return rt_error(error,
                    "the program was generated for runtime ABI %lld, this runtime has "
                    "ABI %d: recompile it with a matching bertc",
                    (long long)m->abi_version, BERTRT_ABI_VERSION);
#define BAD(...) rt_error(error, "inconsistent descriptor (a bertc bug): " __VA_ARGS__)
  if (!m->name || m->n_params < 1 || m->n_variants < 1 || m->n_buckets < 1 || m->batch_size < 1)
    return BAD("no name, parameters, variants or buckets");
  for (int a = BERTRT_PARAMS; a <= BERTRT_ADAM_V; a++)
    if (m->arena_bytes[a] < 4 * m->param_elems)
      return BAD("arena %d holds %lld bytes, less than %lld parameters", a,
                 (long long)m->arena_bytes[a], (long long)m->param_elems);
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    if (q->rank < 0 || q->rank > BERTRT_MAX_RANK || q->numel != shape_numel(q->rank, q->shape) ||
        q->offset < 0 || q->offset % 16 || q->offset + q->numel > m->param_elems)
      return BAD("parameter %s: rank, numel or offset out of place", q->name);
  }
  for (int64_t v = 0; v < m->n_variants; v++)
    if (m->variants[v].trainable_offset < 0 || m->variants[v].trainable_offset > m->param_elems ||
        m->variants[v].strategy < 0 || m->variants[v].strategy >= N_STRATEGIES)
      return BAD("variant %lld: strategy or trainable_offset out of range", (long long)v);
  for (int64_t i = 0; i < m->n_buckets; i++) {
    const bertrt_bucket *b = &m->buckets[i];
    if (b->seq_len < 1 || (i > 0 && b->seq_len <= m->buckets[i - 1].seq_len))
      return BAD("bucket %lld: seq_len %lld not increasing", (long long)i, (long long)b->seq_len);
    for (int64_t k = 0; k < b->n_tensors; k++) {
      const bertrt_tensor *t = &b->tensors[k];
      if (t->rank < 0 || t->rank > BERTRT_MAX_RANK || t->offset < 0 || t->offset % 4 ||
          t->offset + 4 * shape_numel(t->rank, t->shape) > m->arena_bytes[BERTRT_IO])
        return BAD("bucket %lld: IO tensor %s outside the IO arena", (long long)b->seq_len,
                   t->name);
    }
  }
#undef BAD
  return true;
}

static bool is_cuda(const bertrt_model *m) {
  return m->target && strcmp(m->target, "cuda") == 0;
}

// An arena's allocation: its planned size, at least 64 bytes.
static size_t arena_bytes(const bertrt_model *m, int a) {
  return (size_t)(m->arena_bytes[a] > 0 ? m->arena_bytes[a] : 64);
}

// Its host allocation: a cuda program computes its activations on the device only.
static size_t host_bytes(const bertrt_model *m, int a) {
  return is_cuda(m) && a == BERTRT_ACTS ? 64 : arena_bytes(m, a);
}

static const char *const arena_names[] = {"parameters",          "gradients",
                                          "AdamW first moments", "AdamW second moments",
                                          "activations",         "inputs and outputs"};
_Static_assert(sizeof arena_names / sizeof *arena_names == BERTRT_ARENA_COUNT, "one per arena");

bertrt_program *program_open(const bertrt_model *m, int threads, char **error) {
  bertrt_program *p = calloc(1, sizeof *p);
  if (!p) return rt_error(error, "out of memory"), NULL;
  p->model = m;
  p->ctx.seed = (uint32_t)m->seed;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    // Anonymous mappings are page-aligned, zeroed and committed lazily.
    size_t bytes = host_bytes(m, a);
    void *base = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
      rt_error(error, "cannot allocate arena %d (%zu bytes): %s", a, bytes, strerror(errno));
      program_close(p);
      return NULL;
    }
    p->host[a] = p->ctx.arena[a] = base;
  }
  if (is_cuda(m)) {
    if (!(p->cuda = cuda_open(m, error))) {
      program_close(p);
      return NULL;
    }
    p->ctx.device = p->cuda;
    for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
      p->ctx.arena[a] = cuda_alloc(p->cuda, arena_bytes(m, a), arena_names[a]);
  }
  if (threads <= 0) threads = pool_default_threads();
  if (threads <= 0) {
    rt_error(error, "BERTC_THREADS is '%s', expected an integer from 1 to 1024",
             getenv("BERTC_THREADS"));
    program_close(p);
    return NULL;
  }
  p->ctx.pool = pool_create(threads);
  if (!p->ctx.pool) {
    rt_error(error, "cannot start %d threads: %s", threads, strerror(errno));
    program_close(p);
    return NULL;
  }
  return p;
}

void program_close(bertrt_program *p) {
  if (!p) return;
  pool_destroy(p->ctx.pool);
  if (p->cuda) {
    for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
      if (p->ctx.arena[a]) cuda_free(p->cuda, p->ctx.arena[a]);
    cuda_close(p->cuda);
  }
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    if (p->host[a]) munmap(p->host[a], host_bytes(p->model, a));
  free(p);
}

void program_to_device(const bertrt_program *p, bertrt_arena a) {
  if (p->cuda) cuda_upload(p->cuda, p->ctx.arena[a], p->host[a], host_bytes(p->model, a));
}

void program_from_device(const bertrt_program *p, bertrt_arena a) {
  if (p->cuda) cuda_download(p->cuda, p->host[a], p->ctx.arena[a], host_bytes(p->model, a));
}

static bool is_input(const char *name) {
  return !strcmp(name, "input_ids") || !strcmp(name, "attention_mask") ||
         !strcmp(name, "token_type_ids") || !strcmp(name, "labels") ||
         !strcmp(name, "start_positions") || !strcmp(name, "end_positions") ||
         !strcmp(name, "masked_positions") || !strcmp(name, "masked_labels") ||
         !strcmp(name, "next_sentence_label");
}

static bool listed(const char *name, const char *const *names) {
  if (!names) return true;
  for (; *names; names++)
    if (!strcmp(*names, name)) return true;
  return false;
}

// The bucket's outputs named in `names` (NULL: all), device to host.
static void fetch_outputs(bertrt_program *p, const bertrt_bucket *b, const char *const *names) {
  if (!p->cuda) return;
  for (int64_t i = 0; i < b->n_tensors; i++) {
    const bertrt_tensor *t = &b->tensors[i];
    if (is_input(t->name) || !listed(t->name, names)) continue;
    size_t bytes = 4 * (size_t)shape_numel(t->rank, t->shape);
    cuda_download(p->cuda, (char *)p->host[BERTRT_IO] + t->offset,
                  (char *)p->ctx.arena[BERTRT_IO] + t->offset, bytes);
  }
}

// Runs an entry point on the program's target.
static void run_entry(bertrt_program *p, bertrt_entry entry) {
  if (p->cuda)
    cuda_run_entry(p->cuda, entry, &p->ctx);
  else
    entry(&p->ctx);
}

void program_forward(bertrt_program *p, const bertrt_bucket *b, const char *const *outputs) {
  run_entry(p, b->forward);
  fetch_outputs(p, b, outputs);
}

void program_train_step(bertrt_program *p, const bertrt_bucket *b, int variant) {
  run_entry(p, b->forward_backward[variant]);
  // the outputs the compiler marks in_step (compiler/graph.h): the loss and the head's logits
  static const char *const read_after_a_step[] = {
      "loss",       "logits", "prediction_logits", "seq_relationship_logits", "start_logits",
      "end_logits", NULL};
  fetch_outputs(p, b, read_after_a_step);
}

void program_optimizer_step(bertrt_program *p, int variant) {
  run_entry(p, p->model->optimizer[variant]);
}

void program_wait(bertrt_program *p) {
  if (p->cuda) cuda_synchronize(p->cuda);
}

const char *program_device(const bertrt_program *p) {
  return p->cuda ? cuda_device_description(p->cuda) : "cpu";
}

int64_t program_peak_device_memory(const bertrt_program *p) {
  return p->cuda ? (int64_t)cuda_peak_memory(p->cuda) : 0;
}

const bertrt_bucket *program_bucket(const bertrt_model *m, int64_t seq_len) {
  for (int64_t i = 0; i < m->n_buckets; i++)
    if (m->buckets[i].seq_len >= seq_len) return &m->buckets[i];
  return NULL;
}

const bertrt_tensor *program_io(const bertrt_bucket *b, const char *name) {
  for (int64_t i = 0; i < b->n_tensors; i++)
    if (strcmp(b->tensors[i].name, name) == 0) return &b->tensors[i];
  return NULL;
}

void *program_io_data(const bertrt_program *p, const bertrt_tensor *t) {
  return (char *)p->host[BERTRT_IO] + t->offset;
}

const bertrt_param *program_param(const bertrt_model *m, const char *hf_name) {
  for (int64_t i = 0; i < m->n_params; i++)
    if (strcmp(m->params[i].name, hf_name) == 0) return &m->params[i];
  return NULL;
}

int64_t program_nonfinite_param(const bertrt_program *p, int64_t *element, float *value) {
  const bertrt_model *m = p->model;
  for (int64_t i = 0; i < m->n_params; i++) {
    const float *x = program_param_data(p, &m->params[i], BERTRT_PARAMS);
    for (int64_t e = 0; e < m->params[i].numel; e++)
      if (!isfinite(x[e])) {
        *element = e, *value = x[e];
        return i;
      }
  }
  return -1;
}

float *program_param_data(const bertrt_program *p, const bertrt_param *param, bertrt_arena arena) {
  return (float *)p->host[arena] + param->offset;
}

int program_variant(const bertrt_model *m, const char *strategy) {
  for (int64_t v = 0; v < m->n_variants; v++)
    if (strcmp(program_strategy_name(m->variants[v].strategy), strategy) == 0) return (int)v;
  return -1;
}

const char *program_strategy_name(int64_t strategy) {
  return strategy >= 0 && strategy < N_STRATEGIES ? strategy_names[strategy] : "?";
}

// ---- weights ---------------------------------------------------------------------------

#define MAX_LISTED 10 // problems listed in one error before "and N more"

// Appends one problem line to *list (malloc'd), counting all of them in *count.
static void add_problem(char **list, int *count, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void add_problem(char **list, int *count, const char *fmt, ...) {
  if ((*count)++ >= MAX_LISTED) return;
  va_list ap;
  va_start(ap, fmt);
  char *line, *joined;
  if (vasprintf(&line, fmt, ap) < 0) line = NULL;
  va_end(ap);
  if (asprintf(&joined, "%s\n  %s", *list ? *list : "", line ? line : "?") < 0) joined = NULL;
  free(line);
  free(*list);
  *list = joined;
}

bool program_load_weights(bertrt_program *p, const st_file *w, char **error) {
  const bertrt_model *m = p->model;
  char *list = NULL, want[160], found[160];
  int problems = 0;
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    const st_tensor *t = st_find(w, q->name);
    st_shape_str(want, sizeof want, (int)q->rank, q->shape);
    if (!t) {
      add_problem(&list, &problems, "missing tensor '%s' (expected F32 %s)", q->name, want);
      continue;
    }
    bool same = t->rank == q->rank;
    for (int d = 0; same && d < t->rank; d++)
      same = t->shape[d] == q->shape[d];
    if (!same || t->dtype != ST_F32)
      add_problem(&list, &problems, "tensor '%s' is %s %s, expected F32 %s", q->name,
                  st_dtype_name(t->dtype), st_shape_str(found, sizeof found, t->rank, t->shape),
                  want);
  }
  for (int i = 0; i < st_count(w); i++) {
    const st_tensor *t = st_at(w, i);
    if (!program_param(m, t->name))
      add_problem(&list, &problems, "unexpected tensor '%s' %s: not a parameter of %s", t->name,
                  st_shape_str(found, sizeof found, t->rank, t->shape), m->name);
  }
  if (problems) {
    rt_error(error, "%s: %d problem%s with the weights:%s%s", st_path(w), problems,
             problems == 1 ? "" : "s", list ? list : "", problems > MAX_LISTED ? "\n  ..." : "");
    free(list);
    return false;
  }
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    if (!st_read_f32(w, st_find(w, q->name), program_param_data(p, q, BERTRT_PARAMS), error))
      return false;
  }
  program_to_device(p, BERTRT_PARAMS);
  return true;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

void program_init_weights(bertrt_program *p, uint64_t seed) {
  const bertrt_model *m = p->model;
  uint64_t state = seed;
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    float *x = program_param_data(p, q, BERTRT_PARAMS);
    bool norm = ends_with(q->name, "LayerNorm.weight"), bias = ends_with(q->name, "bias");
    for (int64_t e = 0; e < q->numel; e++) {
      if (norm || bias) {
        x[e] = norm ? 1.0f : 0.0f;
        continue;
      }
      // Box-Muller on two 53-bit uniforms in (0, 1].
      double u1 = ((rt_splitmix64(&state) >> 11) + 1) * 0x1p-53;
      double u2 = (rt_splitmix64(&state) >> 11) * 0x1p-53;
      x[e] = (float)(m->initializer_range * sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2));
    }
  }
  program_to_device(p, BERTRT_PARAMS);
}

// ---- batches ---------------------------------------------------------------------------

// One input into its IO tensor, padded with `pad`: [B,S] (per token), or [B] (one value per
// sequence: sequence-classification labels).
static bool fill_input(bertrt_program *p, const bertrt_bucket *b, const char *name,
                       const int32_t *src, const program_batch *batch, int32_t lo, int32_t hi,
                       int32_t pad, const char *what, char **error) {
  const bertrt_tensor *t = program_io(b, name);
  if (!t) return true; // the program does not read it
  if (t->dtype != BERTRT_I32 || t->rank < 1 || t->rank > 2)
    return rt_error(error, "%s: IO tensor '%s' of rank %lld is not supported by this runtime", what,
                    name, (long long)t->rank);
  bool per_token = t->rank == 2;
  int64_t rows = t->shape[0], cols = per_token ? t->shape[1] : 1,
          S = per_token ? batch->seq_len : 1;
  int32_t *dst = program_io_data(p, t);
  for (int64_t r = 0; r < rows; r++)
    for (int64_t c = 0; c < cols; c++) {
      int32_t v = pad;
      if (src && r < batch->batch && c < S) {
        v = src[r * S + c];
        if ((v < lo || v >= hi) && !(v == pad && pad < 0)) {
          char at[48];
          snprintf(at, sizeof at, per_token ? "[%lld, %lld]" : "[%lld]", (long long)r,
                   (long long)c);
          return rt_error(error, "%s: %s%s is %d, expected %s%d to %d", what, name, at, v,
                          pad < 0 ? "-100 or " : "", lo, hi - 1);
        }
      }
      dst[r * cols + c] = v;
    }
  if (p->cuda)
    cuda_upload(p->cuda, (char *)p->ctx.arena[BERTRT_IO] + t->offset, dst,
                4 * (size_t)(rows * cols));
  return true;
}

// Answer-span positions [B] into their IO tensor: as given (HF clamps them in the loss), the
// ignored position S as the bucket's, and the bucket's length in padded rows.
static bool fill_positions(bertrt_program *p, const bertrt_bucket *b, const char *name,
                           const int32_t *src, const program_batch *batch, const char *what,
                           char **error) {
  const bertrt_tensor *t = program_io(b, name);
  if (!t) return true;
  if (t->dtype != BERTRT_I32 || t->rank != 1)
    return rt_error(error, "%s: IO tensor '%s' of rank %lld is not supported by this runtime", what,
                    name, (long long)t->rank);
  int32_t *dst = program_io_data(p, t), ignored = (int32_t)b->seq_len;
  for (int64_t r = 0; r < t->shape[0]; r++) {
    int32_t v = src && r < batch->batch ? src[r] : ignored;
    dst[r] = v >= batch->seq_len ? ignored : v;
  }
  if (p->cuda)
    cuda_upload(p->cuda, (char *)p->ctx.arena[BERTRT_IO] + t->offset, dst, 4 * (size_t)t->shape[0]);
  return true;
}

// Masked-LM labels [B,S] (HF's: -100 not masked) as the program reads them: masked_positions
// [M] the rows b * S_b + s of the masked tokens in batch order, masked_labels [M] their labels,
// then padding rows (position 0, label -100) up to M. More than M masked tokens is an error
// naming the bound.
static bool fill_masked(bertrt_program *p, const bertrt_bucket *b, const program_batch *batch,
                        const char *what, char **error) {
  const bertrt_tensor *pos = program_io(b, "masked_positions"),
                      *lab = program_io(b, "masked_labels");
  if (!pos || !lab) return true;
  const bertrt_model *m = p->model;
  int32_t *positions = program_io_data(p, pos), *labels = program_io_data(p, lab);
  int64_t M = pos->shape[0], n = 0, S = batch->seq_len;
  for (int64_t r = 0; batch->labels && r < batch->batch; r++)
    for (int64_t c = 0; c < S; c++) {
      int32_t v = batch->labels[r * S + c];
      if (v == -100) continue;
      if (v < 0 || v >= m->vocab_size)
        return rt_error(error, "%s: labels[%lld, %lld] is %d, expected -100 or 0 to %lld", what,
                        (long long)r, (long long)c, v, (long long)m->vocab_size - 1);
      if (n == M)
        return rt_error(error,
                        "%s: more than %lld masked tokens in a batch of [%lld, %lld] (labels other "
                        "than -100), but %s gathers at most %lld in its bucket of length %lld "
                        "(the spec's head.max_masked / head.mlm_probability set that bound)",
                        what, (long long)M, (long long)batch->batch, (long long)S, m->name,
                        (long long)M, (long long)b->seq_len);
      positions[n] = (int32_t)(r * b->seq_len + c), labels[n++] = v;
    }
  for (; n < M; n++)
    positions[n] = 0, labels[n] = -100;
  if (p->cuda) {
    cuda_upload(p->cuda, (char *)p->ctx.arena[BERTRT_IO] + pos->offset, positions, 4 * (size_t)M);
    cuda_upload(p->cuda, (char *)p->ctx.arena[BERTRT_IO] + lab->offset, labels, 4 * (size_t)M);
  }
  return true;
}

int64_t program_masked_count(const bertrt_program *p, const bertrt_bucket *b) {
  const bertrt_tensor *lab = program_io(b, "masked_labels");
  if (!lab) return 0;
  const int32_t *labels = program_io_data(p, lab);
  int64_t n = 0;
  while (n < lab->shape[0] && labels[n] != -100)
    n++;
  return n;
}

bool program_set_batch(bertrt_program *p, const bertrt_bucket *b, const program_batch *batch,
                       const char *what, char **error) {
  const bertrt_model *m = p->model;
  if (batch->batch > m->batch_size || batch->seq_len > b->seq_len)
    return rt_error(error, "%s: a batch of [%lld, %lld] does not fit [%lld, %lld]", what,
                    (long long)batch->batch, (long long)batch->seq_len, (long long)m->batch_size,
                    (long long)b->seq_len);
  return fill_input(p, b, "input_ids", batch->input_ids, batch, 0, (int32_t)m->vocab_size,
                    (int32_t)m->pad_token_id, what, error) &&
         fill_input(p, b, "attention_mask", batch->attention_mask, batch, 0, 2, 0, what, error) &&
         fill_input(p, b, "token_type_ids", batch->token_type_ids, batch, 0,
                    (int32_t)m->type_vocab_size, 0, what, error) &&
         fill_input(p, b, "labels", batch->labels, batch, 0, (int32_t)m->num_labels, -100, what,
                    error) &&
         fill_input(p, b, "next_sentence_label", batch->next_sentence_label, batch, 0, 2, -100,
                    what, error) &&
         fill_masked(p, b, batch, what, error) &&
         fill_positions(p, b, "start_positions", batch->start_positions, batch, what, error) &&
         fill_positions(p, b, "end_positions", batch->end_positions, batch, what, error);
}

// ---- schedule --------------------------------------------------------------------------

double program_lr_at(double lr, int64_t step, int64_t warmup, int64_t total) {
  if (step < warmup) return lr * (double)step / (double)(warmup > 1 ? warmup : 1);
  double left = (double)(total - step) / (double)(total - warmup > 1 ? total - warmup : 1);
  return lr * (left > 0 ? left : 0);
}

void program_begin_step(bertrt_program *p, double lr, int64_t step) {
  const bertrt_model *m = p->model;
  p->ctx.lr = (float)lr;
  p->ctx.bias_correction1 = (float)(1.0 - pow(m->beta1, (double)(step + 1)));
  p->ctx.bias_correction2 = (float)(1.0 - pow(m->beta2, (double)(step + 1)));
  p->ctx.step = (uint32_t)step;
}

// ---- subcommand options
// ---------------------------------------------------------------------------

int program_parse_args(const program_command *cmd, const bertrt_model *m, int argc, char **argv,
                       const program_option *opts, int n_opts, char ***pos, int *n_pos) {
  if (pos) {
    *pos = argv + 1;
    *n_pos = 0;
  }
  bool only_positional = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (pos && (only_positional || a[0] != '-' || a[1] == '\0')) {
      (*pos)[(*n_pos)++] = argv[i];
      continue;
    }
    if (pos && strcmp(a, "--") == 0) {
      only_positional = true;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      printf("usage: %s %s %s\n  %s\n", m->name, cmd->name, cmd->args, cmd->summary);
      return 0;
    }
    const char *eq = strchr(a, '=');
    size_t len = eq ? (size_t)(eq - a) : strlen(a);
    const program_option *o = NULL;
    for (int k = 0; k < n_opts && !o; k++)
      if (strlen(opts[k].name) == len && strncmp(opts[k].name, a, len) == 0) o = &opts[k];
    if (!o || (o->flag && eq)) {
      program_error(m, "%s: unknown argument '%s'\nusage: %s %s %s", cmd->name, a, m->name,
                    cmd->name, cmd->args);
      return 2;
    }
    if (o->flag) {
      *o->flag = true;
      continue;
    }
    if (!eq && i + 1 == argc) {
      program_error(m, "%s: %s needs a value", cmd->name, o->name);
      return 2;
    }
    *o->value = eq ? eq + 1 : argv[++i];
  }
  return -1;
}

int program_parse_options(const program_command *cmd, const bertrt_model *m, int argc, char **argv,
                          const program_option *opts, int n_opts) {
  return program_parse_args(cmd, m, argc, argv, opts, n_opts, NULL, NULL);
}

bool program_parse_int(const bertrt_model *m, const char *flag, const char *text, int64_t lo,
                       int64_t hi, int64_t *out) {
  char *end;
  errno = 0;
  long long v = strtoll(text, &end, 10);
  if (errno || end == text || *end || v < lo || v > hi) {
    program_error(m, "%s is '%s', expected an integer from %lld to %lld", flag, text, (long long)lo,
                  (long long)hi);
    return false;
  }
  *out = v;
  return true;
}

bool program_parse_variant(const bertrt_model *m, const char *strategy, int *variant) {
  *variant = strategy ? program_variant(m, strategy) : 0;
  if (*variant >= 0) return true;
  char names[256] = "";
  for (int64_t v = 0; v < m->n_variants; v++)
    snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", v ? ", " : "",
             program_strategy_name(m->variants[v].strategy));
  program_error(m, "--strategy is '%s', but %s was compiled for: %s", strategy, m->name, names);
  return false;
}
