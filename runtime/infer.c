// infer.c — the inference subcommands over an HF checkpoint folder (hf_checkpoint.h):
// `eval` (accuracy, loss, confusion matrix, classification report on an NSMC file),
// `predict` (label and confidence per text), `embed` (sentence embeddings, cosine
// similarity), `convert` (re-save a checkpoint in this program's layout), and `report`
// (report.html of one run or a comparison of several).
//
// Every forward runs with dropout off, in batches of at most batch_size texts taken in
// order of length, each in the smallest bucket that fits its longest text; texts are
// truncated to the largest bucket.
#include "program.h"

#include "hf_checkpoint.h"
#include "json.h"
#include "metrics.h"
#include "nsmc.h"
#include "report.h"
#include "tokenizer.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

// ---- arguments -------------------------------------------------------------------------

// An option: `--name value` (value != NULL) or a `--name` flag (flag != NULL).
typedef struct {
  const char *name;
  const char **value;
  bool *flag;
} infer_option;

// Parses argv[1..] into opts and the positional arguments (*pos, *n_pos; argv is reused
// for them). Returns -1 to go on, else the exit status (0 after --help, 2 after an error).
static int parse_args(const program_command *cmd, const bertrt_model *m, int argc, char **argv,
                      const infer_option *opts, int n_opts, char ***pos, int *n_pos) {
  *pos = argv + 1;
  *n_pos = 0;
  bool only_positional = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_positional || a[0] != '-' || a[1] == '\0') {
      (*pos)[(*n_pos)++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_positional = true;
      continue;
    }
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      printf("usage: %s %s %s\n  %s\n", m->name, cmd->name, cmd->args, cmd->summary);
      return 0;
    }
    const char *eq = strchr(a, '=');
    size_t len = eq ? (size_t)(eq - a) : strlen(a);
    const infer_option *o = NULL;
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

static const char *label_of(const bertrt_model *m, int i, char buf[32]) {
  if (m->labels && m->labels[i]) return m->labels[i];
  snprintf(buf, 32, "LABEL_%d", i);
  return buf;
}

// ---- the model -------------------------------------------------------------------------

typedef struct {
  bertrt_program *p;
  Tokenizer *tok;
  int max_len; // tokens per text after truncation: the largest bucket
} loaded_model;

static void model_close(loaded_model *lm) {
  program_close(lm->p);
  tok_free(lm->tok);
}

// Opens the program on `threads` and loads checkpoint folder `dir` and its tokenizer. A
// parameter the checkpoint lacks is a warning (`warn_new`) or, for embed, a note when only
// the head is new. Returns 0 or the exit status.
static int model_open(loaded_model *lm, const bertrt_model *m, const char *dir,
                      const char *threads_s, bool warn_new) {
  *lm = (loaded_model){0};
  int64_t threads = 0;
  if (!dir) {
    program_error(m, "--model DIR is required (an HF checkpoint folder, e.g. RUN/best)");
    return 2;
  }
  if (threads_s && !program_parse_int(m, "--threads", threads_s, 1, 1024, &threads)) return 2;
  char *error = NULL, **fresh = NULL, *vocab = NULL;
  bool lower;
  if (!(lm->p = program_open(m, (int)threads, &error))) {
    program_error(m, "%s", error ? error : "out of memory");
    free(error);
    return 1;
  }
  if (!hf_load(lm->p, dir, &fresh, &error) ||
      !hf_tokenizer_settings(m, dir, &vocab, &lower, &error)) {
    program_error(m, "%s", error ? error : "cannot load the checkpoint");
    free(error);
    hf_free_names(fresh);
    model_close(lm);
    return 2;
  }
  if (fresh && warn_new) {
    fprintf(stderr,
            "%s: warning: some parameters are not in %s and were newly initialized:", m->name, dir);
    for (char **n = fresh; *n; n++)
      fprintf(stderr, "%s %s", n == fresh ? "" : ",", *n);
    fprintf(stderr, "\n  its outputs are random until the model is trained (%s train --init %s)\n",
            m->name, dir);
  }
  hf_free_names(fresh);
  char err[512];
  lm->tok = tok_load(vocab, lower, stderr, err, sizeof err);
  free(vocab);
  if (!lm->tok) {
    program_error(m, "%s", err);
    model_close(lm);
    return 2;
  }
  const bertrt_bucket *last = &m->buckets[m->n_buckets - 1];
  lm->max_len = (int)last->seq_len;
  return 0;
}

// Texts encoded as [CLS] text [SEP], truncated to max_len: text i is ids[off[i], off[i+1]).
typedef struct {
  int n;
  int64_t *off; // (n+1)
  int32_t *ids;
} encoded;

static void encoded_free(encoded *e) {
  free(e->off);
  free(e->ids);
}

static void encode_texts(encoded *e, const loaded_model *lm, char *const *texts, int n) {
  TokEncoding enc = {0};
  TokEncodeOptions opt = {.max_length = lm->max_len, .truncation = TOK_LONGEST_FIRST};
  char err[256];
  e->n = n;
  e->off = malloc(((size_t)n + 1) * sizeof *e->off);
  e->ids = malloc(((size_t)n * (size_t)lm->max_len + 1) * sizeof *e->ids);
  if (!e->off || !e->ids) abort();
  e->off[0] = 0;
  for (int i = 0; i < n; i++) {
    // A single text always truncates to max_length >= 2: tok_encode cannot fail here.
    if (!tok_encode(&enc, lm->tok, texts[i], strlen(texts[i]), NULL, 0, &opt, err, sizeof err))
      abort();
    memcpy(e->ids + e->off[i], enc.ids, (size_t)enc.len * sizeof *e->ids);
    e->off[i + 1] = e->off[i] + enc.len;
  }
  tok_encoding_free(&enc);
}

static const encoded *sort_enc; // qsort has no context argument
static int by_length(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  int64_t la = sort_enc->off[a + 1] - sort_enc->off[a],
          lb = sort_enc->off[b + 1] - sort_enc->off[b];
  return la != lb ? (la > lb) - (la < lb) : (a > b) - (a < b);
}

// fn(ctx, p, bucket, rows, count): the outputs of one batch; row r of the IO tensors is
// text rows[r].
typedef void (*batch_fn)(void *ctx, const bertrt_program *p, const bertrt_bucket *b,
                         const int *rows, int count);

// Runs `forward` over every encoded text (see the file comment).
static bool forward_all(loaded_model *lm, const encoded *e, batch_fn fn, void *ctx, char **error) {
  const bertrt_model *m = lm->p->model;
  int B = (int)m->batch_size;
  int *order = malloc(((size_t)e->n + 1) * sizeof *order);
  int32_t *ids = malloc((size_t)B * (size_t)lm->max_len * sizeof *ids);
  int32_t *mask = malloc((size_t)B * (size_t)lm->max_len * sizeof *mask);
  if (!order || !ids || !mask) abort();
  for (int i = 0; i < e->n; i++)
    order[i] = i;
  sort_enc = e;
  qsort(order, (size_t)e->n, sizeof *order, by_length);
  bool ok = true;
  lm->p->ctx.dropout_on = 0;
  for (int first = 0; ok && first < e->n; first += B) {
    int count = e->n - first < B ? e->n - first : B;
    int64_t S = 0;
    for (int r = 0; r < count; r++) {
      int64_t len = e->off[order[first + r] + 1] - e->off[order[first + r]];
      S = len > S ? len : S;
    }
    for (int r = 0; r < count; r++) {
      int t = order[first + r];
      int64_t len = e->off[t + 1] - e->off[t];
      for (int64_t c = 0; c < S; c++) {
        ids[r * S + c] = c < len ? e->ids[e->off[t] + c] : (int32_t)m->pad_token_id;
        mask[r * S + c] = c < len;
      }
    }
    const bertrt_bucket *b = program_bucket(m, S);
    program_batch batch = {count, S, ids, mask, NULL, NULL};
    ok = program_set_batch(lm->p, b, &batch, "input", error);
    if (ok) {
      program_forward(lm->p, b, NULL);
      fn(ctx, lm->p, b, order + first, count);
    }
  }
  free(order);
  free(ids);
  free(mask);
  return ok;
}

// An output tensor of every bucket, or NULL after an error naming what the program lacks.
static bool has_output(const bertrt_model *m, const char *name, const char *cmd) {
  for (int64_t i = 0; i < m->n_buckets; i++)
    if (!program_io(&m->buckets[i], name)) {
      program_error(m, "%s: %s (a %s head) has no '%s' output", cmd, m->name, m->head_type, name);
      return false;
    }
  return true;
}

// Logits [n, num_labels] of every text, in text order.
typedef struct {
  float *logits;
  int k;
} logits_ctx;

static void keep_logits(void *ctx, const bertrt_program *p, const bertrt_bucket *b, const int *rows,
                        int count) {
  logits_ctx *c = ctx;
  const float *out = program_io_data(p, program_io(b, "logits"));
  for (int r = 0; r < count; r++)
    memcpy(c->logits + (size_t)rows[r] * (size_t)c->k, out + (size_t)r * (size_t)c->k,
           (size_t)c->k * sizeof *out);
}

static float *run_logits(loaded_model *lm, char *const *texts, int n) {
  const bertrt_model *m = lm->p->model;
  encoded e;
  encode_texts(&e, lm, texts, n);
  logits_ctx c = {malloc(((size_t)n + 1) * (size_t)m->num_labels * sizeof(float)),
                  (int)m->num_labels};
  char *error = NULL;
  if (!c.logits) abort();
  if (!forward_all(lm, &e, keep_logits, &c, &error)) {
    program_error(m, "%s", error ? error : "forward failed");
    free(error);
    free(c.logits);
    c.logits = NULL;
  }
  encoded_free(&e);
  return c.logits;
}

// ---- eval ------------------------------------------------------------------------------

// Columns a terminal gives s: 2 for Hangul and CJK (wide) code points, else 1.
static int display_width(const char *s) {
  int w = 0;
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    if ((*c & 0xC0) == 0x80) continue; // continuation byte
    uint32_t cp = *c < 0xE0 || !c[1] || !c[2]
                      ? 0
                      : ((*c & 0x0Fu) << 12) | ((c[1] & 0x3Fu) << 6) | (c[2] & 0x3Fu);
    w += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                 (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                 (cp >= 0xFF00 && cp <= 0xFF60)
             ? 2
             : 1;
  }
  return w;
}

// s right-aligned in `width` terminal columns.
static void print_right(const char *s, int width) {
  printf("%*s%s", width > display_width(s) ? width - display_width(s) : 0, "", s);
}

static void print_confusion(const bertrt_model *m, const int64_t *cm, int k) {
  char buf[32];
  int width = 10;
  for (int j = 0; j < k; j++)
    width = display_width(label_of(m, j, buf)) > width ? display_width(label_of(m, j, buf)) : width;
  printf("confusion matrix (rows: true label, columns: predicted):\n%*s", width, "");
  for (int j = 0; j < k; j++) {
    printf(" ");
    print_right(label_of(m, j, buf), width);
  }
  printf("\n");
  for (int i = 0; i < k; i++) {
    print_right(label_of(m, i, buf), width);
    for (int j = 0; j < k; j++)
      printf(" %*lld", width, (long long)cm[i * k + j]);
    printf("\n");
  }
}

static int eval_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *data_path = NULL, *threads = NULL;
  bool json = false;
  infer_option opts[] = {{"--model", &dir, NULL},
                         {"--data", &data_path, NULL},
                         {"--threads", &threads, NULL},
                         {"--json", NULL, &json}};
  char **pos;
  int n_pos, status = parse_args(cmd, m, argc, argv, opts, 4, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos || !data_path) {
    program_error(m, "eval: %s\nusage: %s %s %s",
                  n_pos ? "unexpected positional argument" : "--data FILE is required", m->name,
                  cmd->name, cmd->args);
    return 2;
  }
  if (strcmp(m->head_type, "sequence_classification") != 0 || m->num_labels != 2) {
    program_error(m, "eval reads NSMC (labels 0/1): %s has a %s head with %lld labels", m->name,
                  m->head_type, (long long)m->num_labels);
    return 2;
  }
  loaded_model lm;
  if ((status = model_open(&lm, m, dir, threads, true))) return status;
  NsmcData data;
  NsmcOptions nopt = {0};
  char err[512];
  if ((status = nsmc_load(&data, data_path, &nopt, err, sizeof err))) {
    program_error(m, "%s", err);
    model_close(&lm);
    return status;
  }
  int k = (int)m->num_labels;
  float *logits = run_logits(&lm, data.docs, data.n);
  int64_t *cm = calloc((size_t)k * (size_t)k, sizeof *cm);
  float *probs = malloc((size_t)k * sizeof *probs);
  const char **labels = malloc((size_t)k * sizeof *labels);
  char(*names)[32] = malloc((size_t)k * sizeof *names);
  if (!cm || !probs || !labels || !names) abort();
  for (int j = 0; j < k; j++)
    labels[j] = label_of(m, j, names[j]);
  double loss = 0;
  for (int i = 0; logits && i < data.n; i++) {
    int32_t truth = data.labels[i], pred = metrics_softmax(probs, logits + (size_t)i * k, k);
    confusion_add(cm, k, &truth, &pred, 1);
    loss -= log(fmax((double)probs[truth], 1e-45)) / data.n;
  }
  int64_t correct = 0;
  for (int j = 0; j < k; j++)
    correct += cm[j * k + j];
  double acc = data.n ? (double)correct / data.n : 0;
  if (logits && json) {
    JsonWriter w = {0};
    jw_begin_object(&w);
    jw_key(&w, "model");
    jw_string(&w, dir);
    jw_key(&w, "data");
    jw_string(&w, data_path);
    jw_key(&w, "examples");
    jw_int(&w, data.n);
    jw_key(&w, "empty_dropped");
    jw_int(&w, data.dropped_empty);
    jw_key(&w, "accuracy");
    jw_double(&w, acc);
    jw_key(&w, "loss");
    jw_double(&w, loss);
    jw_key(&w, "labels");
    jw_begin_array(&w);
    for (int j = 0; j < k; j++)
      jw_string(&w, labels[j]);
    jw_end_array(&w);
    jw_key(&w, "confusion");
    jw_begin_array(&w);
    for (int i = 0; i < k; i++) {
      jw_begin_array(&w);
      for (int j = 0; j < k; j++)
        jw_int(&w, cm[i * k + j]);
      jw_end_array(&w);
    }
    jw_end_array(&w);
    jw_key(&w, "report");
    metrics_report_json(&w, cm, labels, k);
    jw_end_object(&w);
    printf("%s\n", w.data);
    jw_free(&w);
  } else if (logits) {
    printf("eval %s on %s: %d examples (%d empty documents dropped)\n", dir, data_path, data.n,
           data.dropped_empty);
    printf("accuracy %.4f  loss %.4f\n\n", acc, loss);
    print_confusion(m, cm, k);
    printf("\nclassification report:\n");
    metrics_report_text(stdout, cm, labels, k, 4);
  }
  status = logits ? (fflush(stdout) == 0 ? 0 : 1) : 1;
  free(logits);
  free(cm);
  free(probs);
  free(labels);
  free(names);
  nsmc_free(&data);
  model_close(&lm);
  return status;
}

const program_command cmd_eval = {
    "eval",
    "--model DIR --data FILE [--json] [--threads T]",
    "accuracy, loss, confusion matrix and classification report of checkpoint DIR on an NSMC "
    "file (id<TAB>document<TAB>label)",
    eval_main,
};

// ---- text input ------------------------------------------------------------------------

typedef struct {
  char **items;
  int n, cap;
} text_list;

static void text_add(text_list *l, const char *s, size_t len) {
  if (l->n == l->cap) {
    l->cap = 2 * l->cap + 16;
    l->items = realloc(l->items, (size_t)l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  char *copy = strndup(s, len);
  if (!copy) abort();
  l->items[l->n++] = copy;
}

static void text_list_free(text_list *l) {
  for (int i = 0; i < l->n; i++)
    free(l->items[i]);
  free(l->items);
}

// The lines of `path` ("-" or NULL: stdin), without their \n or \r\n.
static bool read_lines(const bertrt_model *m, text_list *l, const char *path) {
  FILE *f = path && strcmp(path, "-") ? fopen(path, "r") : stdin;
  if (!f) {
    program_error(m, "%s: cannot read: %s", path, strerror(errno));
    return false;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    text_add(l, line, (size_t)len);
  }
  free(line);
  bool ok = !ferror(f);
  if (!ok) program_error(m, "%s: cannot read: %s", path ? path : "stdin", strerror(errno));
  if (f != stdin) fclose(f);
  return ok;
}

// Texts from the positional arguments, else --file, else stdin.
static bool gather_texts(const bertrt_model *m, text_list *l, char **pos, int n_pos,
                         const char *file) {
  for (int i = 0; i < n_pos; i++)
    text_add(l, pos[i], strlen(pos[i]));
  if (file) return read_lines(m, l, file);
  return n_pos > 0 || read_lines(m, l, NULL);
}

// ---- predict ---------------------------------------------------------------------------

static int predict_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *file = NULL, *threads = NULL;
  bool json = false;
  infer_option opts[] = {{"--model", &dir, NULL},
                         {"--file", &file, NULL},
                         {"--threads", &threads, NULL},
                         {"--json", NULL, &json}};
  char **pos;
  int n_pos, status = parse_args(cmd, m, argc, argv, opts, 4, &pos, &n_pos);
  if (status >= 0) return status;
  if (!has_output(m, "logits", "predict")) return 2;
  loaded_model lm;
  if ((status = model_open(&lm, m, dir, threads, true))) return status;
  text_list texts = {0};
  if (!gather_texts(m, &texts, pos, n_pos, file)) {
    model_close(&lm);
    text_list_free(&texts);
    return 2;
  }
  int k = (int)m->num_labels;
  float *logits = run_logits(&lm, texts.items, texts.n), *probs = malloc((size_t)k * sizeof *probs);
  if (!probs) abort();
  JsonWriter w = {0};
  char buf[32];
  for (int i = 0; logits && i < texts.n; i++) {
    const float *row = logits + (size_t)i * (size_t)k;
    int pred = metrics_softmax(probs, row, k);
    if (!json) {
      printf("%s (%.4f)  %s\n", label_of(m, pred, buf), probs[pred], texts.items[i]);
      continue;
    }
    jw_reset(&w);
    jw_begin_object(&w);
    jw_key(&w, "text");
    jw_string(&w, texts.items[i]);
    jw_key(&w, "label");
    jw_string(&w, label_of(m, pred, buf));
    jw_key(&w, "label_id");
    jw_int(&w, pred);
    jw_key(&w, "confidence");
    jw_float(&w, probs[pred]);
    jw_key(&w, "probs");
    jw_begin_array(&w);
    for (int j = 0; j < k; j++)
      jw_float(&w, probs[j]);
    jw_end_array(&w);
    jw_key(&w, "logits");
    jw_begin_array(&w);
    for (int j = 0; j < k; j++)
      jw_float(&w, row[j]);
    jw_end_array(&w);
    jw_end_object(&w);
    printf("%s\n", w.data);
  }
  status = logits ? (fflush(stdout) == 0 ? 0 : 1) : 1;
  jw_free(&w);
  free(logits);
  free(probs);
  text_list_free(&texts);
  model_close(&lm);
  return status;
}

const program_command cmd_predict = {
    "predict",
    "--model DIR [TEXT...] [--file F] [--json] [--threads T]",
    "label and confidence of each text (the arguments, else the lines of --file, else of stdin); "
    "--json: one JSON object per line",
    predict_main,
};

// ---- embed -----------------------------------------------------------------------------

typedef enum { POOL_POOLER, POOL_CLS, POOL_MEAN } pooling;

typedef struct {
  float *out; // [n, H]
  int64_t H;
  pooling pool;
  const encoded *e;
} embed_ctx;

static void keep_embeddings(void *ctx, const bertrt_program *p, const bertrt_bucket *b,
                            const int *rows, int count) {
  embed_ctx *c = ctx;
  int64_t H = c->H, S = b->seq_len;
  const float *pooled = program_io_data(p, program_io(b, "pooled_output"));     // [B,H]
  const float *hidden = program_io_data(p, program_io(b, "last_hidden_state")); // [B,S,H]
  for (int r = 0; r < count; r++) {
    float *dst = c->out + (size_t)rows[r] * (size_t)H;
    if (c->pool == POOL_POOLER) memcpy(dst, pooled + r * H, (size_t)H * sizeof *dst);
    if (c->pool == POOL_CLS) memcpy(dst, hidden + r * S * H, (size_t)H * sizeof *dst);
    if (c->pool != POOL_MEAN) continue;
    int64_t len = c->e->off[rows[r] + 1] - c->e->off[rows[r]]; // mask 1 on [0, len)
    for (int64_t h = 0; h < H; h++) {
      double sum = 0;
      for (int64_t t = 0; t < len; t++)
        sum += hidden[(r * S + t) * H + h];
      dst[h] = (float)(sum / (double)len);
    }
  }
}

static bool write_tsv(const char *path, const float *x, int n, int64_t H, char **error) {
  FILE *f = path ? fopen(path, "w") : stdout;
  if (!f) {
    if (asprintf(error, "%s: cannot write: %s", path, strerror(errno)) < 0) *error = NULL;
    return false;
  }
  for (int i = 0; i < n; i++)
    for (int64_t h = 0; h < H; h++)
      fprintf(f, "%.9g%c", x[(size_t)i * (size_t)H + (size_t)h], h + 1 < H ? '\t' : '\n');
  bool ok = fflush(f) == 0 && !ferror(f);
  if (f != stdout) ok = (fclose(f) == 0) && ok;
  if (!ok && asprintf(error, "%s: cannot write: %s", path ? path : "stdout", strerror(errno)) < 0)
    *error = NULL;
  return ok;
}

static void print_similarity(const float *x, const text_list *texts, int64_t H, const char *pool) {
  int n = texts->n;
  double *norm = malloc(((size_t)n + 1) * sizeof *norm);
  if (!norm) abort();
  for (int i = 0; i < n; i++) {
    double s = 0;
    for (int64_t h = 0; h < H; h++)
      s += (double)x[(size_t)i * (size_t)H + (size_t)h] * x[(size_t)i * (size_t)H + (size_t)h];
    norm[i] = sqrt(s);
  }
  char tag[16];
  printf("cosine similarity (%s embeddings):\n%6s", pool, "");
  for (int j = 0; j < n; j++) {
    snprintf(tag, sizeof tag, "[%d]", j);
    printf(" %9s", tag);
  }
  printf("\n");
  for (int i = 0; i < n; i++) {
    snprintf(tag, sizeof tag, "[%d]", i);
    printf("%-6s", tag);
    for (int j = 0; j < n; j++) {
      double dot = 0;
      for (int64_t h = 0; h < H; h++)
        dot += (double)x[(size_t)i * (size_t)H + (size_t)h] * x[(size_t)j * (size_t)H + (size_t)h];
      double cos = norm[i] > 0 && norm[j] > 0 ? dot / (norm[i] * norm[j]) : 0;
      printf(" %9.4f", cos);
    }
    printf("\n");
  }
  for (int i = 0; i < n; i++)
    printf("[%d] %s\n", i, texts->items[i]);
  free(norm);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int embed_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *pool_s = "pooler", *out = NULL, *threads = NULL, *file = NULL;
  bool similarity = false;
  infer_option opts[] = {{"--model", &dir, NULL},       {"--pooling", &pool_s, NULL},
                         {"--out", &out, NULL},         {"--file", &file, NULL},
                         {"--threads", &threads, NULL}, {"--similarity", NULL, &similarity}};
  char **pos;
  int n_pos, status = parse_args(cmd, m, argc, argv, opts, 6, &pos, &n_pos);
  if (status >= 0) return status;
  static const char *const pool_names[] = {"pooler", "cls", "mean"};
  int pool = 0;
  while (pool < 3 && strcmp(pool_s, pool_names[pool]) != 0)
    pool++;
  if (pool == 3) {
    program_error(m, "--pooling is '%s', expected pooler, cls or mean", pool_s);
    return 2;
  }
  if (out && !ends_with(out, ".safetensors") && !ends_with(out, ".tsv")) {
    program_error(m, "--out is '%s', expected a FILE.safetensors or FILE.tsv", out);
    return 2;
  }
  if (!has_output(m, pool == POOL_POOLER ? "pooled_output" : "last_hidden_state", "embed"))
    return 2;
  loaded_model lm;
  if ((status = model_open(&lm, m, dir, threads, false))) return status;
  text_list texts = {0};
  char *error = NULL;
  if (!gather_texts(m, &texts, pos, n_pos, file)) {
    status = 2;
  } else {
    encoded e;
    encode_texts(&e, &lm, texts.items, texts.n);
    embed_ctx c = {malloc(((size_t)texts.n + 1) * (size_t)m->hidden_size * sizeof(float)),
                   m->hidden_size, (pooling)pool, &e};
    if (!c.out) abort();
    status = forward_all(&lm, &e, keep_embeddings, &c, &error) ? 0 : 1;
    if (!status && out && ends_with(out, ".safetensors")) {
      st_writer *w = st_writer_new();
      int64_t shape[2] = {texts.n, c.H};
      st_writer_add(w, "embeddings", ST_F32, 2, shape, c.out);
      status = st_writer_write(w, out, &error) ? 0 : 1;
      st_writer_free(w);
    } else if (!status && (out || !similarity)) {
      status = write_tsv(out, c.out, texts.n, c.H, &error) ? 0 : 1;
    }
    if (!status && similarity) print_similarity(c.out, &texts, c.H, pool_names[pool]);
    if (!status && out)
      fprintf(stderr, "%s: wrote %d x %lld %s embeddings to %s\n", m->name, texts.n, (long long)c.H,
              pool_names[pool], out);
    free(c.out);
    encoded_free(&e);
  }
  if (error) program_error(m, "%s", error);
  free(error);
  text_list_free(&texts);
  model_close(&lm);
  return status;
}

const program_command cmd_embed = {
    "embed",
    "--model DIR [--pooling pooler|cls|mean] [--out FILE.safetensors|FILE.tsv] [--similarity] "
    "[TEXT...] [--file F] [--threads T]",
    "sentence embeddings of each text (arguments, else --file, else stdin lines): TSV on stdout "
    "or --out; --similarity prints their cosine similarity matrix",
    embed_main,
};

// ---- convert ---------------------------------------------------------------------------

static int convert_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *out = NULL;
  infer_option opts[] = {{"--model", &dir, NULL}, {"--out", &out, NULL}};
  char **pos;
  int n_pos, status = parse_args(cmd, m, argc, argv, opts, 2, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos || !dir || !out) {
    program_error(m, "convert needs --model DIR and --out DIR\nusage: %s %s %s", m->name, cmd->name,
                  cmd->args);
    return 2;
  }
  char *error = NULL, **fresh = NULL, *vocab = NULL;
  bool lower;
  bertrt_program *p = program_open(m, 1, &error);
  status =
      !p ? 1
      : hf_load(p, dir, &fresh, &error) && hf_tokenizer_settings(m, dir, &vocab, &lower, &error)
          ? 0
          : 2;
  if (!status) {
    for (char **n = fresh; n && *n; n++)
      fprintf(stderr, "%s: note: newly initialized: %s\n", m->name, *n);
    status = hf_save(p, out, vocab, &error) ? 0 : 1;
  }
  if (!status) fprintf(stderr, "%s: wrote %s\n", m->name, out);
  if (error) program_error(m, "%s", error);
  free(error);
  free(vocab);
  hf_free_names(fresh);
  program_close(p);
  return status;
}

const program_command cmd_convert = {
    "convert",
    "--model DIR --out DIR",
    "loads HF checkpoint folder DIR (any float dtype, BertModel names, pretraining extras "
    "ignored, missing head initialised) and writes it in this program's float32 layout",
    convert_main,
};

// ---- report ----------------------------------------------------------------------------

static int report_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *out = NULL;
  infer_option opts[] = {{"--out", &out, NULL}, {"-o", &out, NULL}};
  char **pos;
  int n_pos, status = parse_args(cmd, m, argc, argv, opts, 2, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos == 0) {
    program_error(m, "report needs at least one RUN folder\nusage: %s %s %s", m->name, cmd->name,
                  cmd->args);
    return 2;
  }
  ReportRun *runs = calloc((size_t)n_pos, sizeof *runs);
  char err[1024], *path = NULL;
  if (!runs) abort();
  int loaded = 0;
  while (loaded < n_pos && report_load(&runs[loaded], pos[loaded], err, sizeof err))
    loaded++;
  if (loaded < n_pos) {
    program_error(m, "%s", err);
    status = 2;
  } else {
    if (out)
      path = strdup(out);
    else if (n_pos == 1 && asprintf(&path, "%s/report.html", pos[0]) < 0)
      path = NULL;
    else if (n_pos > 1)
      path = strdup("report.html");
    if (!path) abort();
    status = report_write(path, runs, n_pos, err, sizeof err) ? 0 : 1;
    if (status)
      program_error(m, "%s", err);
    else
      printf("%s\n", path);
  }
  for (int i = 0; i < loaded; i++)
    report_run_free(&runs[i]);
  free(runs);
  free(path);
  return status;
}

const program_command cmd_report = {
    "report",
    "RUN... [-o FILE]",
    "report.html of one training run (default RUN/report.html) or a comparison page of several "
    "(default ./report.html)",
    report_main,
};
