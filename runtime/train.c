// train.c — the `train` subcommand: NSMC in, HF checkpoints, metrics.jsonl and report.html
// out, resumable bit for bit.
//
// A run is RUN/{metrics.jsonl, epoch-N/, best/, state/, report.html}. Everything random is a
// pure function of the seed: initial weights (seed), the data sample (seed), the batch order
// of epoch e (seed, e; batches.h) and dropout (seed, optimizer step), so a run resumed from
// RUN/state (train_state.h) ends with the same bits as one that never stopped, provided it
// runs on the same number of threads (the state records it).
#include "batches.h"
#include "hf_checkpoint.h"
#include "metrics.h"
#include "nsmc.h"
#include "pool.h"
#include "program.h"
#include "report.h"
#include "tokenizer.h"
#include "train_state.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define N_SAMPLES 6 // right and wrong test predictions each, for the report

typedef struct {
  const char *train, *test, *vocab, *init, *sample, *test_sample, *epochs, *seed, *strategy, *lr,
      *pad, *patience, *out, *resume, *threads, *stop_after, *skip_bad;
} train_args;

// One tokenized data set.
typedef struct {
  NsmcData data;
  NsmcTokens tokens;
  int64_t *lens; // (n) tokens per review, [CLS] and [SEP] included
  ReportCounts counts;
} dataset;

// Scratch for one batch, [batch_size, largest bucket].
typedef struct {
  int32_t *ids, *mask, *types, *labels;
  float *probs; // (num_labels)
} batch_buf;

typedef struct {
  const bertrt_model *m;
  bertrt_program *p;
  TrainSettings s;
  TrainProgress g;
  const char *run;
  dataset train, test;
  batch_buf buf;
  FILE *metrics;
  int variant;        // the strategy's first variant
  int last_variant;   // the last variant of the same strategy (gradual unfreezing)
  int64_t stop_after; // epochs to run in this invocation before stopping resumably; 0: all
  bool skip_bad;      // skip and count malformed data lines
  double eval_seconds;
} trainer;

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig) {
  (void)sig;
  interrupted = 1;
}

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// ---- settings ----------------------------------------------------------------------------

static bool parse_number(const bertrt_model *m, const char *flag, const char *text, double *out) {
  char *end;
  double x = strtod(text, &end);
  if (end == text || *end || !isfinite(x) || x <= 0) {
    program_error(m, "%s is '%s', expected a positive number", flag, text);
    return false;
  }
  *out = x;
  return true;
}

static char *default_path(const char *given, const char *file) {
  const char *dir = getenv("NSMC_DIR");
  if (given) return strdup(given);
  if (!dir || !*dir) return NULL;
  char *path;
  return asprintf(&path, "%s/%s", dir, file) < 0 ? NULL : path;
}

// The settings of a new run from the flags and the descriptor's defaults.
static int new_settings(const bertrt_model *m, const train_args *a, TrainSettings *s) {
  *s = (TrainSettings){.epochs = m->epochs, .seed = m->seed, .lr = m->lr};
  s->train = default_path(a->train, "ratings_train.txt");
  s->test = default_path(a->test, "ratings_test.txt");
  if (!s->train || !s->test) {
    program_error(m, "train needs --train and --test (or NSMC_DIR holding ratings_train.txt "
                     "and ratings_test.txt)");
    return 2;
  }
  if (!a->vocab == !a->init) {
    program_error(m, "train needs exactly one of --vocab VOCAB.txt (train from scratch) and "
                     "--init HF_DIR (start from a HuggingFace checkpoint)");
    return 2;
  }
  if (a->pad && strcmp(a->pad, "bucket") && strcmp(a->pad, "max_length")) {
    program_error(m, "--pad is '%s', expected bucket or max_length", a->pad);
    return 2;
  }
  int variant;
  if ((a->sample && !program_parse_int(m, "--sample", a->sample, 0, INT32_MAX, &s->sample)) ||
      (a->test_sample &&
       !program_parse_int(m, "--test-sample", a->test_sample, 0, INT32_MAX, &s->test_sample)) ||
      (a->epochs && !program_parse_int(m, "--epochs", a->epochs, 1, 1000000, &s->epochs)) ||
      (a->seed && !program_parse_int(m, "--seed", a->seed, 0, INT64_MAX, &s->seed)) ||
      (a->patience && !program_parse_int(m, "--patience", a->patience, 1, 1000000, &s->patience)) ||
      (a->threads && !program_parse_int(m, "--threads", a->threads, 1, 1024, &s->threads)) ||
      (a->lr && !parse_number(m, "--lr", a->lr, &s->lr)) ||
      !program_parse_variant(m, a->strategy, &variant))
    return 2;
  s->strategy = strdup(program_strategy_name(m->variants[variant].strategy));
  s->pad = strdup(a->pad ? a->pad : "bucket");
  s->vocab = a->vocab ? strdup(a->vocab) : NULL;
  s->init = a->init ? strdup(a->init) : NULL;
  return 0;
}

// --resume takes the run's settings; only the data paths and threads may be given again.
static int check_resume_flags(const bertrt_model *m, const train_args *a) {
  const char *fixed[][2] = {{"--vocab", a->vocab},
                            {"--init", a->init},
                            {"--sample", a->sample},
                            {"--test-sample", a->test_sample},
                            {"--epochs", a->epochs},
                            {"--seed", a->seed},
                            {"--strategy", a->strategy},
                            {"--lr", a->lr},
                            {"--pad", a->pad},
                            {"--patience", a->patience},
                            {"--out", a->out}};
  for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    if (fixed[i][1]) {
      program_error(m,
                    "%s cannot be given with --resume: a resumed run keeps the settings it "
                    "was started with (see RUN/state)",
                    fixed[i][0]);
      return 2;
    }
  return 0;
}

// ---- data --------------------------------------------------------------------------------

static int64_t count_rows(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  int64_t lines = 0, c, last = '\n';
  while ((c = getc(f)) != EOF) {
    if (c == '\n') lines++;
    last = c;
  }
  fclose(f);
  return lines + (last != '\n') - 1; // the header is no row
}

// Loads and tokenizes `path` (cached in RUN/cache-WHAT.tok). 0, or 2 (bad data), 1.
static int load_dataset(trainer *t, dataset *d, const char *what, const char *path, int64_t sample,
                        const Tokenizer *tok, bool lower) {
  const bertrt_model *m = t->m;
  NsmcOptions opt = {.sample = (int)sample, .seed = (uint64_t)t->s.seed, .skip_bad = t->skip_bad};
  char err[1024], cache[4200];
  if (nsmc_load(&d->data, path, &opt, err, sizeof err) != 0) {
    program_error(m, "%s", err);
    return 2;
  }
  if (d->data.n == 0) {
    program_error(m, "%s: no reviews (%d empty documents dropped); the %s set needs at least one",
                  path, d->data.dropped_empty, what);
    return 2;
  }
  int64_t max_len = m->buckets[m->n_buckets - 1].seq_len;
  snprintf(cache, sizeof cache, "%s/cache-%s.tok", t->run, what);
  if (nsmc_tokenize(&d->tokens, &d->data, &opt, tok, t->s.vocab, lower, path, (int)max_len,
                    pool_threads(t->p->ctx.pool), cache, err, sizeof err) != 0) {
    program_error(m, "%s", err);
    return 1;
  }
  d->lens = malloc((size_t)d->data.n * sizeof *d->lens);
  if (!d->lens) return 1;
  for (int i = 0; i < d->data.n; i++)
    d->lens[i] = d->tokens.offsets[i + 1] - d->tokens.offsets[i];
  d->counts =
      (ReportCounts){count_rows(path), d->data.dropped_empty, d->data.skipped_bad, d->data.n};
  return 0;
}

static void free_dataset(dataset *d) {
  nsmc_tokens_free(&d->tokens);
  nsmc_free(&d->data);
  free(d->lens);
}

// Writes the rows of batch k of `plan` into its bucket's inputs.
static const bertrt_bucket *set_batch(trainer *t, const dataset *d, const BatchPlan *plan,
                                      int64_t k) {
  const Batch *b = &plan->batches[k];
  const bertrt_bucket *bucket = &t->m->buckets[b->bucket];
  int64_t S = b->seq_len;
  for (int64_t i = 0; i < b->count; i++) {
    int64_t r = plan->rows[b->begin + i], len = d->lens[r];
    const int32_t *ids = d->tokens.ids + d->tokens.offsets[r];
    for (int64_t c = 0; c < S; c++) {
      t->buf.ids[i * S + c] = c < len ? ids[c] : (int32_t)t->m->pad_token_id;
      t->buf.mask[i * S + c] = c < len;
      t->buf.types[i * S + c] = 0;
    }
    t->buf.labels[i] = d->data.labels[r];
  }
  program_batch batch = {b->count, S, t->buf.ids, t->buf.mask, t->buf.types, t->buf.labels};
  char *error = NULL;
  if (!program_set_batch(t->p, bucket, &batch, "train", &error)) { // ids come from our vocab
    program_error(t->m, "internal error: %s", error);
    abort();
  }
  return bucket;
}

// Adds the cross-entropy and correctness of the batch's rows, read from the logits output.
static void score_batch(trainer *t, const bertrt_bucket *bucket, int64_t rows, double *loss_sum,
                        int64_t *correct, int32_t *preds, float *confidence) {
  const float *logits = program_io_data(t->p, program_io(bucket, "logits"));
  int k = (int)t->m->num_labels;
  for (int64_t i = 0; i < rows; i++) {
    int pred = metrics_softmax(t->buf.probs, logits + i * k, k);
    *loss_sum -= log(fmax(t->buf.probs[t->buf.labels[i]], 1e-45));
    *correct += pred == t->buf.labels[i];
    if (preds) preds[i] = pred, confidence[i] = t->buf.probs[pred];
  }
}

// ---- evaluation --------------------------------------------------------------------------

// Test loss and accuracy with the `forward` entry (dropout off); logs the confusion matrix
// and sample predictions.
static bool evaluate(trainer *t, double *loss, double *acc) {
  const bertrt_model *m = t->m;
  const dataset *d = &t->test;
  double t0 = now_s();
  int64_t n = d->data.n, k = m->num_labels, correct = 0, bucket_len[64];
  for (int64_t b = 0; b < m->n_buckets; b++)
    bucket_len[b] = m->buckets[b].seq_len;
  BatchOptions opt = {
      bucket_len, (int)m->n_buckets, m->batch_size, !strcmp(t->s.pad, "max_length"), false, 0, 0};
  BatchPlan plan;
  int32_t *preds = malloc((size_t)n * sizeof *preds),
          *batch_preds = malloc((size_t)m->batch_size * 4);
  float *conf = malloc((size_t)n * sizeof *conf), *batch_conf = malloc((size_t)m->batch_size * 4);
  int64_t *cm = calloc((size_t)(k * k), sizeof *cm);
  bool ok =
      preds && batch_preds && conf && batch_conf && cm && batches_plan(&plan, d->lens, n, &opt);
  if (!ok) {
    free(preds), free(batch_preds), free(conf), free(batch_conf), free(cm);
    return false;
  }
  double loss_sum = 0;
  t->p->ctx.dropout_on = 0;
  for (int64_t j = 0; j < plan.n_batches; j++) {
    const bertrt_bucket *bucket = set_batch(t, d, &plan, j);
    static const char *const scored[] = {"logits", NULL};
    program_forward(t->p, bucket, scored);
    const Batch *b = &plan.batches[j];
    score_batch(t, bucket, b->count, &loss_sum, &correct, batch_preds, batch_conf);
    for (int64_t i = 0; i < b->count; i++) {
      int64_t r = plan.rows[b->begin + i];
      preds[r] = batch_preds[i];
      conf[r] = batch_conf[i];
    }
  }
  *loss = loss_sum / (double)n;
  *acc = (double)correct / (double)n;
  int32_t *truth = malloc((size_t)n * sizeof *truth);
  ReportSample samples[2 * N_SAMPLES];
  int n_right = 0, n_wrong = 0;
  for (int64_t r = 0; truth && r < n; r++) {
    truth[r] = d->data.labels[r];
    bool right = preds[r] == truth[r];
    if (right ? n_right >= N_SAMPLES : n_wrong >= N_SAMPLES) continue;
    samples[n_right + n_wrong] = (ReportSample){d->data.docs[r], truth[r], preds[r], conf[r]};
    *(right ? &n_right : &n_wrong) += 1;
  }
  if (truth) {
    confusion_add(cm, (int)k, truth, preds, n);
    ReportRun run = {
        .num_labels = (int)k, .confusion = cm, .samples = samples, .n_samples = n_right + n_wrong};
    report_log_eval(t->metrics, &run);
  }
  free(truth), free(preds), free(batch_preds), free(conf), free(batch_conf), free(cm);
  batches_free(&plan);
  t->eval_seconds += now_s() - t0;
  return true;
}

// ---- the loop ----------------------------------------------------------------------------

// busy_s: training wall time of this invocation's done_here steps (evaluation excluded).
static void progress(const trainer *t, int64_t total, int64_t done_here, double busy_s, double loss,
                     bool tty, double *last_print) {
  double now = now_s(), rate = (double)done_here / fmax(busy_s, 1e-9);
  if (!tty && now - *last_print < 10 && t->g.step < total) return;
  *last_print = now;
  double eta = (double)(total - t->g.step) / fmax(rate, 1e-9);
  printf("%sepoch %lld/%lld step %lld/%lld loss %.4f %.1f seq/s ETA %d:%02d%s", tty ? "\r" : "",
         (long long)t->g.epoch + 1, (long long)t->s.epochs, (long long)t->g.step, (long long)total,
         loss, rate * (double)t->m->batch_size, (int)(eta / 60), (int)fmod(eta, 60),
         tty ? "\033[K" : "\n");
  fflush(stdout);
}

static bool save_state(trainer *t, char **error) {
  return train_state_save(t->p, t->run, &t->s, &t->g, error);
}

static bool save_model(trainer *t, const char *name, char **error) {
  char dir[4200];
  snprintf(dir, sizeof dir, "%s/%s", t->run, name);
  return hf_save(t->p, dir, t->s.vocab, error);
}

// End of epoch g.epoch: test evaluation, metrics, checkpoints, state. False on failure.
static bool finish_epoch(trainer *t, double epoch_seconds, char **error) {
  double test_loss, test_acc;
  if (!evaluate(t, &test_loss, &test_acc)) return !(*error = strdup("out of memory"));
  TrainProgress *g = &t->g;
  ReportEpoch e = {g->epoch + 1,
                   g->epoch_loss_sum / (double)g->epoch_rows,
                   (double)g->epoch_correct / (double)g->epoch_rows,
                   test_loss,
                   test_acc,
                   epoch_seconds};
  report_log_epoch(t->metrics, &e);
  printf("epoch %lld/%lld: train loss %.4f acc %.4f | test loss %.4f acc %.4f | %.1f s\n",
         (long long)e.epoch, (long long)t->s.epochs, e.train_loss, e.train_acc, test_loss, test_acc,
         epoch_seconds);
  fflush(stdout);
  char name[64];
  snprintf(name, sizeof name, "epoch-%lld", (long long)e.epoch);
  if (!save_model(t, name, error)) return false;
  bool better = test_acc > g->best_acc;
  if (better) {
    g->best_acc = test_acc;
    g->best_epoch = e.epoch;
    g->stale_epochs = 0;
    if (!save_model(t, "best", error)) return false;
  } else {
    g->stale_epochs++;
  }
  g->epoch++;
  g->batch = 0;
  g->epoch_loss_sum = 0;
  g->epoch_correct = g->epoch_rows = 0;
  return save_state(t, error);
}

// Runs the epochs from t->g. Returns 0, 1 (a write failed) or 130 (interrupted, saved).
static int train_loop(trainer *t) {
  const bertrt_model *m = t->m;
  int64_t bucket_len[64], nb = batches_count(t->train.data.n, m->batch_size);
  for (int64_t b = 0; b < m->n_buckets; b++)
    bucket_len[b] = m->buckets[b].seq_len;
  int64_t total = t->s.epochs * nb, warmup = (int64_t)((double)total * m->warmup_ratio);
  int64_t first_epoch = t->g.epoch, done_here = 0;
  bool tty = isatty(STDOUT_FILENO);
  double last_print = now_s(), busy_s = 0; // training time of the finished epochs
  char *error = NULL;
  while (t->g.epoch < t->s.epochs) {
    if (t->s.patience && t->g.stale_epochs >= t->s.patience) {
      printf("early stop: no test accuracy improvement for %lld epochs (best %.4f at epoch "
             "%lld)\n",
             (long long)t->g.stale_epochs, t->g.best_acc, (long long)t->g.best_epoch);
      break;
    }
    if (t->stop_after && t->g.epoch - first_epoch >= t->stop_after) {
      printf("stopped after epoch %lld as asked; continue with: %s train --resume %s\n",
             (long long)t->g.epoch, m->name, t->run);
      break;
    }
    int variant = t->variant;
    if (m->variants[variant].strategy == 2) // gradual unfreezing: variant k for epoch k
      variant = (int)(t->variant + t->g.epoch < t->last_variant ? t->variant + t->g.epoch
                                                                : t->last_variant);
    BatchOptions opt = {
        bucket_len, (int)m->n_buckets,   m->batch_size, !strcmp(t->s.pad, "max_length"),
        true,       (uint64_t)t->s.seed, t->g.epoch};
    BatchPlan plan;
    if (!batches_plan(&plan, t->train.lens, t->train.data.n, &opt)) {
      program_error(m, "out of memory");
      return 1;
    }
    double epoch_t0 = now_s();
    while (t->g.batch < nb && !interrupted) {
      const bertrt_bucket *bucket = set_batch(t, &t->train, &plan, t->g.batch);
      program_begin_step(t->p, program_lr_at(t->s.lr, t->g.step, warmup, total), t->g.step);
      t->p->ctx.dropout_on = 1;
      program_train_step(t->p, bucket, variant);
      int64_t rows = plan.batches[t->g.batch].count;
      score_batch(t, bucket, rows, &t->g.epoch_loss_sum, &t->g.epoch_correct, NULL, NULL);
      t->g.epoch_rows += rows;
      program_optimizer_step(t->p, variant);
      float loss = *(const float *)program_io_data(t->p, program_io(bucket, "loss"));
      t->g.step++;
      t->g.batch++;
      done_here++;
      ReportStep rs = {t->g.step, t->g.epoch + 1, loss, t->p->ctx.lr};
      report_log_step(t->metrics, &rs);
      progress(t, total, done_here, busy_s + now_s() - epoch_t0, loss, tty, &last_print);
    }
    batches_free(&plan);
    double epoch_seconds = now_s() - epoch_t0;
    t->g.train_seconds += epoch_seconds;
    busy_s += epoch_seconds;
    if (tty) printf("\n");
    // a SIGINT during the epoch's evaluation and checkpoints lands here too: the state of
    // the epoch boundary is saved by then
    bool ok = interrupted ? save_state(t, &error) : finish_epoch(t, epoch_seconds, &error);
    if (ok && interrupted && (ok = save_model(t, "last", &error)))
      printf("interrupted at epoch %lld step %lld: state saved; continue with: %s train "
             "--resume %s\n",
             (long long)t->g.epoch + 1, (long long)t->g.step, m->name, t->run);
    if (!ok) {
      program_error(m, "%s", error ? error : "out of memory");
      free(error);
      return 1;
    }
    if (interrupted) return 130;
  }
  return 0;
}

// ---- setup -------------------------------------------------------------------------------

static bool make_dirs(const char *path) {
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", path);
  for (char *s = buf + 1; *s; s++)
    if (*s == '/') {
      *s = 0;
      if (mkdir(buf, 0777) != 0 && errno != EEXIST) return false;
      *s = '/';
    }
  return mkdir(buf, 0777) == 0 || errno == EEXIST;
}

static void log_start(trainer *t) {
  char buf[10][64];
  snprintf(buf[0], sizeof buf[0], "%lld", (long long)t->s.epochs);
  snprintf(buf[1], sizeof buf[1], "%g", t->s.lr);
  snprintf(buf[2], sizeof buf[2], "%lld", (long long)t->s.seed);
  snprintf(buf[3], sizeof buf[3], "%lld", (long long)t->m->batch_size);
  snprintf(buf[4], sizeof buf[4], "%g", t->m->warmup_ratio);
  snprintf(buf[5], sizeof buf[5], "%g", t->m->grad_clip);
  snprintf(buf[6], sizeof buf[6], "%d", pool_threads(t->p->ctx.pool));
  snprintf(buf[7], sizeof buf[7], "%lld", (long long)t->s.patience);
  ReportSetting settings[] = {
      {"program", t->m->name},
      {"target", t->m->target},
      {"strategy", t->s.strategy},
      {"epochs", buf[0]},
      {"lr", buf[1]},
      {"seed", buf[2]},
      {"batch_size", buf[3]},
      {"warmup_ratio", buf[4]},
      {"grad_clip", buf[5]},
      {"pad", t->s.pad},
      {"threads", buf[6]},
      {"patience", buf[7]},
      {"train", t->s.train},
      {"test", t->s.test},
      {"init", t->s.init ? t->s.init : "scratch"},
      {"vocab", t->s.vocab},
  };
  const char *slash = strrchr(t->run, '/');
  ReportRun run = {.name = slash && slash[1] ? slash + 1 : t->run,
                   .settings = settings,
                   .n_settings = (int)(sizeof settings / sizeof settings[0]),
                   .labels = t->m->labels,
                   .num_labels = (int)t->m->num_labels,
                   .train = t->train.counts,
                   .test = t->test.counts};
  report_log_start(t->metrics, &run);
}

// The run's weights: the resume state, an HF checkpoint, or HF's initialisation.
static int init_weights(trainer *t, bool resume) {
  if (resume) return 0; // train_state_load filled the arenas
  if (!t->s.init) {
    program_init_weights(t->p, (uint64_t)t->s.seed);
    return 0;
  }
  char **fresh = NULL, *error = NULL;
  t->p->ctx.seed = (uint32_t)t->s.seed;
  if (!hf_load(t->p, t->s.init, &fresh, &error)) {
    program_error(t->m, "%s", error ? error : "cannot load the checkpoint");
    free(error);
    return 2;
  }
  for (char **n = fresh; n && *n; n++)
    printf("%s %s: newly initialized (not in %s)\n", n == fresh ? "note:" : "     ", *n, t->s.init);
  hf_free_names(fresh);
  return 0;
}

// Tokenizer and both data sets. 0, 2 (bad input) or 1.
static int load_data(trainer *t) {
  bool lower = t->m->do_lower_case;
  char *error = NULL;
  if (t->s.init && !t->s.vocab) {
    if (!hf_tokenizer_settings(t->m, t->s.init, &t->s.vocab, &lower, &error)) {
      program_error(t->m, "%s", error ? error : "cannot read the tokenizer settings");
      free(error);
      return 2;
    }
  }
  char err[1024];
  Tokenizer *tok = tok_load(t->s.vocab, lower, stderr, err, sizeof err);
  if (!tok) {
    program_error(t->m, "%s", err);
    return 2;
  }
  int status = 0;
  if (tok_vocab_size(tok) != t->m->vocab_size) {
    program_error(t->m,
                  "%s has %d tokens, but %s was compiled for vocab_size %lld; build a "
                  "vocabulary of that size (bertc vocab build --size %lld) or change the spec",
                  t->s.vocab, tok_vocab_size(tok), t->m->name, (long long)t->m->vocab_size,
                  (long long)t->m->vocab_size);
    status = 2;
  }
  if (!status) status = load_dataset(t, &t->train, "train", t->s.train, t->s.sample, tok, lower);
  if (!status) status = load_dataset(t, &t->test, "test", t->s.test, t->s.test_sample, tok, lower);
  tok_free(tok);
  return status;
}

static bool alloc_buffers(trainer *t) {
  size_t n = (size_t)(t->m->batch_size * t->m->buckets[t->m->n_buckets - 1].seq_len);
  t->buf.ids = malloc(n * sizeof(int32_t));
  t->buf.mask = malloc(n * sizeof(int32_t));
  t->buf.types = malloc(n * sizeof(int32_t));
  t->buf.labels = malloc((size_t)t->m->batch_size * sizeof(int32_t));
  t->buf.probs = malloc((size_t)t->m->num_labels * sizeof(float));
  return t->buf.ids && t->buf.mask && t->buf.types && t->buf.labels && t->buf.probs;
}

static void free_buffers(batch_buf *b) {
  free(b->ids);
  free(b->mask);
  free(b->types);
  free(b->labels);
  free(b->probs);
}

// Timings, report.html and the summary line.
static int finish_run(trainer *t) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  ReportRun end = {.train_seconds = t->g.train_seconds,
                   .eval_seconds = t->eval_seconds,
                   .sequences_per_second = (double)t->g.step * (double)t->m->batch_size /
                                           fmax(t->g.train_seconds, 1e-9),
                   .peak_memory_bytes = (int64_t)ru.ru_maxrss * 1024};
  report_log_finish(t->metrics, &end);
  fflush(t->metrics);
  char err[1024], path[4200];
  ReportRun run;
  snprintf(path, sizeof path, "%s/report.html", t->run);
  if (!report_load(&run, t->run, err, sizeof err)) {
    program_error(t->m, "%s", err);
    return 1;
  }
  bool ok = report_write(path, &run, 1, err, sizeof err);
  report_run_free(&run);
  if (!ok) {
    program_error(t->m, "%s", err);
    return 1;
  }
  printf("done: best test accuracy %.4f (epoch %lld), checkpoint %s/best, report %s\n",
         t->g.best_acc, (long long)t->g.best_epoch, t->run, path);
  return 0;
}

static int find_variants(trainer *t) {
  t->variant = program_variant(t->m, t->s.strategy);
  if (t->variant < 0) {
    program_error(t->m, "the run's strategy '%s' is not compiled into %s", t->s.strategy,
                  t->m->name);
    return 2;
  }
  t->last_variant = t->variant;
  while (t->last_variant + 1 < t->m->n_variants &&
         t->m->variants[t->last_variant + 1].strategy == t->m->variants[t->variant].strategy)
    t->last_variant++;
  return 0;
}

static int train_run(const bertrt_model *m, const train_args *a) {
  trainer t = {.m = m, .g = {.best_acc = -1}};
  int64_t threads = 0;
  if (a->threads && !program_parse_int(m, "--threads", a->threads, 1, 1024, &threads)) return 2;
  if (a->skip_bad && strcmp(a->skip_bad, "yes") && strcmp(a->skip_bad, "no")) {
    program_error(m, "--skip-bad is '%s', expected yes or no", a->skip_bad);
    return 2;
  }
  t.skip_bad = a->skip_bad && !strcmp(a->skip_bad, "yes");
  int status = a->resume ? check_resume_flags(m, a) : new_settings(m, a, &t.s);
  if (!status && a->stop_after &&
      !program_parse_int(m, "--stop-after", a->stop_after, 1, 1000000, &t.stop_after))
    status = 2;
  if (status) {
    train_settings_free(&t.s);
    return status;
  }
  t.run = a->resume ? a->resume : a->out ? a->out : "runs/train";
  char *error = NULL, state_path[4200];
  // threads: a resumed run uses the recorded count unless told otherwise (bit-identity)
  if (!(t.p = program_open(m, (int)threads, &error))) {
    program_error(m, "%s", error ? error : "out of memory");
    free(error);
    return 1;
  }
  if (a->resume) {
    status = train_state_load(t.p, t.run, &t.s, &t.g, &error);
    if (!status && !threads && t.s.threads != pool_threads(t.p->ctx.pool)) {
      program_close(t.p);
      train_settings_free(&t.s);
      t.p = program_open(m, (int)t.s.threads, &error);
      if (!t.p || train_state_load(t.p, t.run, &t.s, &t.g, &error) != 0) status = 1;
    }
    if (status) program_error(m, "%s", error ? error : "out of memory");
    free(error);
    if (a->train) free(t.s.train), t.s.train = strdup(a->train);
    if (a->test) free(t.s.test), t.s.test = strdup(a->test);
  } else {
    snprintf(state_path, sizeof state_path, "%s/state", t.run);
    if (access(state_path, F_OK) == 0) {
      program_error(m,
                    "%s already holds a run; continue it with --resume %s or choose another "
                    "--out",
                    t.run, t.run);
      status = 2;
    }
  }
  if (!status) status = find_variants(&t);
  if (!status && !make_dirs(t.run)) {
    program_error(m, "--out %s: cannot create the run folder: %s", t.run, strerror(errno));
    status = 1;
  }
  if (!status) status = load_data(&t);
  if (!status) status = init_weights(&t, a->resume);
  if (!status && !alloc_buffers(&t)) {
    program_error(m, "out of memory");
    status = 1;
  }
  snprintf(state_path, sizeof state_path, "%s/metrics.jsonl", t.run);
  if (!status && !(t.metrics = fopen(state_path, a->resume ? "a" : "w"))) {
    program_error(m, "%s: cannot write: %s", state_path, strerror(errno));
    status = 1;
  }
  if (!status) {
    t.s.threads = pool_threads(t.p->ctx.pool);
    t.p->ctx.seed = (uint32_t)t.s.seed;
    if (!a->resume) log_start(&t);
    printf("%s: %s %d reviews (%d empty dropped), test %d; %lld batches of %lld per epoch, "
           "%lld epochs, strategy %s, %d threads -> %s\n",
           m->name, a->resume ? "resuming; train" : "train", t.train.data.n,
           t.train.data.dropped_empty, t.test.data.n,
           (long long)batches_count(t.train.data.n, m->batch_size), (long long)m->batch_size,
           (long long)t.s.epochs, t.s.strategy, (int)t.s.threads, t.run);
    fflush(stdout);
    struct sigaction sa = {.sa_handler = on_sigint, .sa_flags = SA_RESETHAND};
    sigaction(SIGINT, &sa, NULL);
    status = train_loop(&t);
    signal(SIGINT, SIG_DFL);
    if (!status) status = finish_run(&t);
  }
  if (t.metrics) fclose(t.metrics);
  free_buffers(&t.buf);
  free_dataset(&t.train);
  free_dataset(&t.test);
  train_settings_free(&t.s);
  program_close(t.p);
  return status;
}

static int train_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  train_args a = {0};
  program_option opts[] = {
      {"--train", &a.train},       {"--test", &a.test},
      {"--vocab", &a.vocab},       {"--init", &a.init},
      {"--sample", &a.sample},     {"--test-sample", &a.test_sample},
      {"--epochs", &a.epochs},     {"--seed", &a.seed},
      {"--strategy", &a.strategy}, {"--lr", &a.lr},
      {"--pad", &a.pad},           {"--patience", &a.patience},
      {"--out", &a.out},           {"--resume", &a.resume},
      {"--threads", &a.threads},   {"--stop-after", &a.stop_after},
      {"--skip-bad", &a.skip_bad},
  };
  int status = program_parse_options(cmd, m, argc, argv, opts, (int)(sizeof opts / sizeof opts[0]));
  return status >= 0 ? status : train_run(m, &a);
}

const program_command cmd_train = {
    "train",
    "[--train F] [--test F] (--vocab VOCAB.txt | --init HF_DIR) [--sample N] [--test-sample N] "
    "[--epochs N] [--seed S] [--strategy NAME] [--lr X] [--pad bucket|max_length] [--patience N] "
    "[--out RUN] [--resume RUN] [--threads T] [--stop-after N] [--skip-bad yes|no]",
    "fine-tunes on NSMC-format data (defaults: $NSMC_DIR, the spec's train settings); writes "
    "RUN/epoch-N/, RUN/best/ (HF layout), RUN/state/ (for --resume), RUN/metrics.jsonl and "
    "RUN/report.html",
    train_main,
};
