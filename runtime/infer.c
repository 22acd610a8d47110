// infer.c — the inference subcommands over an HF checkpoint folder (hf_checkpoint.h):
// `eval` (the task's metrics on a data file), `predict` (the task's answer per text) and
// `embed` (sentence embeddings, cosine similarity). Task-agnostic: the data format, metrics
// and answers come from the program's task (task.h). `convert` and `report`, which run no
// forward, are in tool_commands.c.
//
// Every forward runs with dropout off, in batches of at most batch_size examples taken in
// order of length, each in the smallest bucket that fits its longest example (task_forward).
#include "infer_model.h"

#include "hf_checkpoint.h"
#include "json.h"
#include "pool.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

// An output tensor of every bucket, or NULL after an error naming what the program lacks.
static bool has_output(const bertrt_model *m, const char *name, const char *cmd) {
  for (int64_t i = 0; i < m->n_buckets; i++)
    if (!program_io(&m->buckets[i], name)) {
      program_error(m, "%s: %s (a %s head) has no '%s' output", cmd, m->name, m->head_type, name);
      return false;
    }
  return true;
}

// Every example's logits (task.h task_logits) and their score; NULL after an error.
static float *run_logits(loaded_model *lm, const TaskData *d, TaskScore *score) {
  char *error = NULL;
  float *logits = task_logits(lm->p, lm->task, d, false, score, &error);
  if (!logits) program_error(lm->p->model, "%s", error ? error : "forward failed");
  free(error);
  return logits;
}

// ---- eval ------------------------------------------------------------------------------

// --holdout FRACTION [--seed S] of eval and predict: only the part train's --holdout held out
// with that fraction and seed (the spec's by default). Checks the values (lm NULL), or sets lm's
// loading to that part. 0, or 2 after an error naming the option.
static int holdout_part(const bertrt_model *m, const char *holdout, const char *seed,
                        loaded_model *lm) {
  double fraction = 0;
  int64_t split_seed = (int64_t)m->seed;
  if (!holdout) {
    if (seed) program_error(m, "--seed goes with --holdout FRACTION");
    return seed ? 2 : 0;
  }
  char *end;
  fraction = strtod(holdout, &end);
  if (end == holdout || *end || !(fraction > 0 && fraction < 1)) {
    program_error(m, "--holdout is '%s', expected a fraction between 0 and 1", holdout);
    return 2;
  }
  if (seed && !program_parse_int(m, "--seed", seed, 0, INT64_MAX, &split_seed)) return 2;
  if (!lm) return 0;
  if (!lm->task->holdout) {
    program_error(m, "--holdout is not an option of this program's task");
    return 2;
  }
  lm->how.holdout = fraction, lm->how.holdout_part = 1, lm->how.seed = (uint64_t)split_seed;
  return 0;
}

static int eval_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *data_path = NULL, *threads = NULL, *holdout = NULL, *seed = NULL;
  bool json = false;
  program_option opts[] = {{"--model", &dir, NULL},       {"--data", &data_path, NULL},
                           {"--threads", &threads, NULL}, {"--json", NULL, &json},
                           {"--holdout", &holdout, NULL}, {"--seed", &seed, NULL}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 6, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos || !data_path) {
    program_error(m, "eval: %s\nusage: %s %s %s",
                  n_pos ? "unexpected positional argument" : "--data FILE is required", m->name,
                  cmd->name, cmd->args);
    return 2;
  }
  loaded_model lm;
  if ((status = holdout_part(m, holdout, seed, NULL))) return status;
  if ((status = model_open(&lm, m, dir, threads, true))) return status;
  if ((status = holdout_part(m, holdout, seed, &lm))) {
    model_close(&lm);
    return status;
  }
  TaskData data;
  char err[1024];
  if (!(status = lm.task->load(&data, data_path, &lm.how, err, sizeof err)) && data.n == 0) {
    snprintf(err, sizeof err, "%s: no examples to evaluate (every line empty or a header)",
             data_path);
    status = 2;
  }
  if (status) {
    program_error(m, "%s", err);
    lm.task->free(&data);
    model_close(&lm);
    return status;
  }
  TaskScore score;
  float *logits = run_logits(&lm, &data, &score);
  if (logits) {
    TaskEval *e = lm.task->evaluate(&data, logits, m, &score);
    lm.task->print_eval(stdout, e, m, dir, data_path, json);
    lm.task->free_eval(e);
  }
  status = logits ? (fflush(stdout) == 0 ? 0 : 1) : 1;
  free(logits);
  lm.task->free(&data);
  model_close(&lm);
  return status;
}

const program_command cmd_eval = {
    "eval",
    "--model DIR --data FILE [--holdout FRACTION [--seed S]] [--json] [--threads T]",
    "the task's metrics of checkpoint DIR on a data file: accuracy, loss, confusion matrix and "
    "classification report on NSMC (classification); entity P/R/F1 per type, character F1 on "
    "KLUE-NER or CoNLL (token classification); exact match and F1 on SQuAD/KorQuAD JSON "
    "(question answering). --holdout FRACTION [--seed S]: only the part train --holdout held out "
    "with that seed (default the spec's)",
    eval_main,
};

// ---- text input ------------------------------------------------------------------------

// ---- predict ---------------------------------------------------------------------------

// predict on a task's queries (task.h encode_query): question answering.
static int predict_query(loaded_model *lm, const TaskQuery *q, const char *answers, bool json) {
  const bertrt_model *m = lm->p->model;
  TaskData d = {0};
  char err[1024];
  int status = lm->task->encode_query(&d, q, &lm->how, err, sizeof err);
  if (status) {
    program_error(m, "%s", err);
  } else {
    float *logits = run_logits(lm, &d, NULL);
    status = 1;
    if (logits && !lm->task->print_answers(stdout, &d, logits, json, answers, err, sizeof err))
      program_error(m, "%s", err);
    else if (logits)
      status = fflush(stdout) == 0 ? 0 : 1;
    free(logits);
  }
  lm->task->free(&d);
  return status;
}

// predict on questions given as JSON lines {"question": Q, "context": C} (stdin, or --file F):
// each line's answer as predict_query prints it, in order; blank lines skipped. A line that is
// not such an object is exit 2 naming the line.
static int predict_query_lines(loaded_model *lm, const char *file, bool json) {
  const bertrt_model *m = lm->p->model;
  const char *where = file && strcmp(file, "-") ? file : "stdin";
  text_list lines = {0};
  int status = gather_texts(m, &lines, NULL, 0, file) ? 0 : 2;
  for (int i = 0; !status && i < lines.n; i++) {
    const char *line = lines.items[i];
    if (!line[strspn(line, " \t")]) continue;
    JsonError jerr;
    JsonValue *v = json_parse(line, strlen(line), &jerr);
    const JsonValue *q = json_get(v, "question"), *c = json_get(v, "context");
    if (!v || !q || !c || q->kind != JSON_STRING || c->kind != JSON_STRING) {
      program_error(m,
                    "%s:%d: expected a JSON object {\"question\": \"..\", \"context\": \"..\"}%s%s",
                    where, i + 1, v ? "" : ": ", v ? "" : jerr.message);
      status = 2;
    } else {
      TaskQuery query = {.question = q->text, .context = c->text};
      status = predict_query(lm, &query, NULL, json);
    }
    json_free(v);
  }
  text_list_free(&lines);
  return status;
}

static int predict_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *file = NULL, *threads = NULL, *units = NULL;
  TaskQuery query = {0};
  const char *answers = NULL, *holdout = NULL, *seed = NULL;
  bool json = false;
  program_option opts[] = {{"--model", &dir, NULL},
                           {"--file", &file, NULL},
                           {"--threads", &threads, NULL},
                           {"--units", &units, NULL},
                           {"--json", NULL, &json},
                           {"--question", &query.question, NULL},
                           {"--context", &query.context, NULL},
                           {"--data", &query.data, NULL},
                           {"--out", &answers, NULL},
                           {"--holdout", &holdout, NULL},
                           {"--seed", &seed, NULL}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 11, &pos, &n_pos);
  if (status >= 0) return status;
  char err[512];
  const Task *task = task_of(m, err, sizeof err);
  if (!task) {
    program_error(m, "%s", err);
    return 2;
  }
  bool queried = query.question || query.context || query.data || answers;
  bool lines = task->encode_query && !queried && !n_pos; // JSON lines on stdin or --file
  if ((!lines && queried != (task->encode_query != NULL)) ||
      (task->encode_query && (n_pos || (file && !lines)))) {
    program_error(m, "predict: %s\nusage: %s %s %s",
                  task->encode_query
                      ? "a question-answering model takes --question Q --context C, --data "
                        "FILE.json --out PREDICTIONS.json, or JSON lines {\"question\": Q, "
                        "\"context\": C} on stdin (or --file F)"
                      : "--question, --context, --data and --out are question answering's",
                  m->name, cmd->name, cmd->args);
    return 2;
  }
  if (task->encode_query && !query.data != !answers) {
    program_error(m, "predict: --data FILE.json and --out PREDICTIONS.json go together");
    return 2;
  }
  if (!task->print_predictions && !task->encode_query) {
    program_error(m,
                  "predict: a %s model predicts masked tokens: use %s fill-mask --model DIR "
                  "TEXT... (each [MASK] in TEXT)",
                  m->head_type, m->name);
    return 2;
  }
  if (holdout && !query.data) {
    program_error(m, "predict: --holdout FRACTION goes with --data FILE.json");
    return 2;
  }
  if (!has_output(m, task->spans ? "start_logits" : "logits", "predict")) return 2;
  if ((status = holdout_part(m, holdout, seed, NULL))) return status;
  loaded_model lm;
  if ((status = model_open(&lm, m, dir, threads, true))) return status;
  if ((status = holdout_part(m, holdout, seed, &lm))) {
    model_close(&lm);
    return status;
  }
  if (lines) {
    status = predict_query_lines(&lm, file, json);
    model_close(&lm);
    return status;
  }
  if (task->encode_query) {
    status = predict_query(&lm, &query, answers, json);
    model_close(&lm);
    return status;
  }
  text_list texts = {0};
  TaskData d = {0};
  if (!gather_texts(m, &texts, pos, n_pos, file)) {
    status = 2;
  } else if (!lm.task->encode_texts(&d, texts.items, texts.n, units, &lm.how, err, sizeof err)) {
    program_error(m, "%s", err);
    status = 2;
  } else {
    float *logits = run_logits(&lm, &d, NULL);
    if (logits) lm.task->print_predictions(stdout, &d, logits, texts.items, m, json);
    status = logits ? (fflush(stdout) == 0 ? 0 : 1) : 1;
    free(logits);
  }
  lm.task->free(&d);
  text_list_free(&texts);
  model_close(&lm);
  return status;
}

const program_command cmd_predict = {
    "predict",
    "--model DIR [TEXT...] [--file F] [--json] [--units characters|words] [--threads T]; "
    "question answering: --model DIR --question Q --context C [--json], or --data F.json --out "
    "PREDICTIONS.json [--holdout FRACTION [--seed S]], or JSON lines {\"question\": Q, "
    "\"context\": C} on stdin (or --file F) [--json]",
    "the task's answer for each text (the arguments, else the lines of --file, else of stdin): "
    "label and confidence, or the entities (--units: how a token-classification model's "
    "training data was tagged); --json: one JSON object per line. Question answering: the "
    "answer's text, code-point start and end in the context and score, or the official "
    "{id: answer} JSON of every question of a data file (--holdout: of the part train "
    "--holdout held out)",
    predict_main,
};

// ---- embed -----------------------------------------------------------------------------

typedef enum { POOL_POOLER, POOL_CLS, POOL_MEAN } pooling;

typedef struct {
  float *out; // [n, H]
  int64_t H;
  pooling pool;
  const TaskData *d; // the texts as [CLS] text [SEP]
} embed_ctx;

static void keep_embeddings(void *ctx, const bertrt_program *p, const bertrt_bucket *b,
                            const int64_t *rows, int64_t count) {
  embed_ctx *c = ctx;
  int64_t H = c->H, S = b->seq_len;
  const bertrt_tensor *pooled_io = program_io(b, "pooled_output");        // a head with a pooler
  const float *pooled = pooled_io ? program_io_data(p, pooled_io) : NULL; // [B,H]
  const float *hidden = program_io_data(p, program_io(b, "last_hidden_state")); // [B,S,H]
  for (int64_t r = 0; r < count; r++) {
    float *dst = c->out + (size_t)rows[r] * (size_t)H;
    if (c->pool == POOL_POOLER) memcpy(dst, pooled + r * H, (size_t)H * sizeof *dst);
    if (c->pool == POOL_CLS) memcpy(dst, hidden + r * S * H, (size_t)H * sizeof *dst);
    if (c->pool != POOL_MEAN) continue;
    int64_t len = c->d->lens[rows[r]]; // mask 1 on [0, len)
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
  // default: the pooler where the head has one (sequence classification), else mean pooling
  const char *dir = NULL, *pool_s = program_io(&m->buckets[0], "pooled_output") ? "pooler" : "mean",
             *out = NULL, *threads = NULL, *file = NULL;
  bool similarity = false;
  program_option opts[] = {{"--model", &dir, NULL},       {"--pooling", &pool_s, NULL},
                           {"--out", &out, NULL},         {"--file", &file, NULL},
                           {"--threads", &threads, NULL}, {"--similarity", NULL, &similarity}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 6, &pos, &n_pos);
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
    TaskData d;
    task_encode_plain(&d, texts.items, texts.n, &lm.how);
    embed_ctx c = {malloc(((size_t)texts.n + 1) * (size_t)m->hidden_size * sizeof(float)),
                   m->hidden_size, (pooling)pool, &d};
    if (!c.out) abort();
    status = task_forward(lm.p, lm.task, &d, false, NULL, keep_embeddings, &c, &error) ? 0 : 1;
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
    task_free_plain(&d);
  }
  if (error) program_error(m, "%s", error);
  free(error);
  text_list_free(&texts);
  model_close(&lm);
  return status;
}

const program_command cmd_embed = {
    "embed",
    "--model DIR [--pooling pooler|cls|mean (default pooler, or mean without a pooler)] "
    "[--out FILE.safetensors|FILE.tsv] [--similarity] "
    "[TEXT...] [--file F] [--threads T]",
    "sentence embeddings of each text (arguments, else --file, else stdin lines): TSV on stdout "
    "or --out; --similarity prints their cosine similarity matrix",
    embed_main,
};
