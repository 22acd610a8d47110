// train.c — the `train` subcommand: a task's data in (task.h: NSMC reviews, NER sentences),
// HF checkpoints, metrics.jsonl and report.html out, resumable bit for bit. Task-agnostic: the
// data, the metrics and the best-checkpoint figure come from the program's task.
//
// A run is RUN/{metrics.jsonl, epoch-N/, best/, state/, report.html}. Everything random is a
// pure function of the seed: initial weights (seed), the data sample (seed), the batch order
// of epoch e (seed, e; batches.h) and dropout (seed, optimizer step), so a run resumed from
// RUN/state (train_state.h) ends with the same bits as one that never stopped, provided it
// runs on the same number of threads (the state records it).
#include "batches.h"
#include "hf_checkpoint.h"
#include "json.h"
#include "pool.h"
#include "program.h"
#include "report.h"
#include "rt_util.h"
#include "run_files.h"
#include "task.h"
#include "tokenizer.h"
#include "train_state.h"

#include <dirent.h>
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

typedef struct {
  const char *train, *test, *vocab, *init, *sample, *test_sample, *epochs, *seed, *strategy, *lr,
      *pad, *patience, *out, *resume, *threads, *stop_after, *skip_bad, *holdout, *stride,
      *skip_nonfinite, *mlm_probability;
  bool pack, whole_word_mask;
} train_args;

typedef struct {
  const bertrt_model *m;
  const Task *task;
  bertrt_program *p;
  TrainSettings s;
  TrainProgress g;
  const char *run;
  TaskData train, test;
  FILE *metrics;
  int variant;            // the strategy's first variant
  int last_variant;       // the last variant of the same strategy (gradual unfreezing)
  int64_t stop_after;     // epochs to run in this invocation before stopping resumably; 0: all
  bool skip_bad;          // skip and count malformed data lines
  int64_t skip_nonfinite; // steps with a non-finite loss the run may skip (g.skipped_steps)
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
  if (!file || !dir || !*dir) return NULL;
  char *path;
  return asprintf(&path, "%s/%s", dir, file) < 0 ? NULL : path;
}

// --train and --test, or --holdout FRACTION of --train as the test set.
static int data_settings(const bertrt_model *m, const Task *task, const train_args *a,
                         TrainSettings *s) {
  if (a->holdout) {
    char *end;
    s->holdout = strtod(a->holdout, &end);
    if (end == a->holdout || *end || !(s->holdout > 0 && s->holdout < 1)) {
      program_error(m, "--holdout is '%s', expected a fraction between 0 and 1", a->holdout);
      return 2;
    }
    if (!task->holdout || a->test || !a->train) {
      program_error(m, "%s",
                    !task->holdout ? "--holdout is not an option of this program's task"
                    : a->test      ? "--holdout and --test are exclusive: the held-out part of "
                                     "--train is the test set"
                                   : "--holdout needs --train FILE to split");
      return 2;
    }
    s->train = strdup(a->train);
    s->test = strdup(a->train);
    return 0;
  }
  s->train = default_path(a->train, task->default_train);
  s->test = default_path(a->test, task->default_test);
  if (s->train && s->test) return 0;
  if (task->default_train)
    program_error(m, "train needs --train and --test (or NSMC_DIR holding %s and %s)",
                  task->default_train, task->default_test);
  else
    program_error(m, "train needs --train FILE and either --test FILE or --holdout FRACTION (%s)",
                  task->data_format);
  return 2;
}

// Whether batches masked with probability p fit the masked-LM program's bound on masked tokens
// in every bucket (program.h), with the margin the compiler gives its own probability (6
// binomial standard deviations of a full batch); reports otherwise.
static bool mlm_probability_fits(const bertrt_model *m, double p) {
  if (p >= 1) {
    program_error(m, "--mlm-probability is %g, expected a probability below 1", p);
    return false;
  }
  for (int64_t i = 0; i < m->n_buckets; i++) {
    const bertrt_bucket *b = &m->buckets[i];
    double tokens = (double)(m->batch_size * b->seq_len);
    int64_t bound = program_io(b, "masked_labels")->shape[0];
    if (tokens * p + 6 * sqrt(tokens * p * (1 - p)) <= (double)bound) continue;
    program_error(m,
                  "--mlm-probability %g masks up to ~%.0f tokens of a batch of [%lld, %lld], "
                  "but %s gathers at most %lld (compile it with a larger head.mlm_probability "
                  "or head.max_masked)",
                  p, ceil(tokens * p + 6 * sqrt(tokens * p * (1 - p))), (long long)m->batch_size,
                  (long long)b->seq_len, m->name, (long long)bound);
    return false;
  }
  return true;
}

// The settings of a new run from the flags and the descriptor's defaults.
static int new_settings(const bertrt_model *m, const Task *task, const train_args *a,
                        TrainSettings *s) {
  *s = (TrainSettings){.epochs = m->epochs, .seed = m->seed, .lr = m->lr};
  if (data_settings(m, task, a, s)) return 2;
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
  int64_t max_len = m->buckets[m->n_buckets - 1].seq_len;
  if ((a->sample && !program_parse_int(m, "--sample", a->sample, 0, INT32_MAX, &s->sample)) ||
      (a->test_sample &&
       !program_parse_int(m, "--test-sample", a->test_sample, 0, INT32_MAX, &s->test_sample)) ||
      (a->epochs && !program_parse_int(m, "--epochs", a->epochs, 1, 1000000, &s->epochs)) ||
      (a->seed && !program_parse_int(m, "--seed", a->seed, 0, INT64_MAX, &s->seed)) ||
      (a->patience && !program_parse_int(m, "--patience", a->patience, 1, 1000000, &s->patience)) ||
      (a->threads && !program_parse_int(m, "--threads", a->threads, 1, 1024, &s->threads)) ||
      (a->stride && !program_parse_int(m, "--stride", a->stride, 0, max_len - 3, &s->stride)) ||
      (a->lr && !parse_number(m, "--lr", a->lr, &s->lr)) ||
      !program_parse_variant(m, a->strategy, &variant))
    return 2;
  if (!task->begin_epoch && (a->pack || a->whole_word_mask || a->mlm_probability)) {
    program_error(m, "%s is an option of masked-LM programs",
                  a->pack              ? "--pack"
                  : a->whole_word_mask ? "--whole-word-mask"
                                       : "--mlm-probability");
    return 2;
  }
  if (a->mlm_probability &&
      (!parse_number(m, "--mlm-probability", a->mlm_probability, &s->mlm_probability) ||
       !mlm_probability_fits(m, s->mlm_probability)))
    return 2;
  s->pack = a->pack, s->whole_word_mask = a->whole_word_mask;
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
                            {"--holdout", a->holdout},
                            {"--stride", a->stride},
                            {"--mlm-probability", a->mlm_probability},
                            {"--pack", a->pack ? "" : NULL},
                            {"--whole-word-mask", a->whole_word_mask ? "" : NULL},
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

// Loads and encodes `path` (the classifier caches its tokens in RUN/cache-WHAT.tok). 0, or 2
// (bad data), 1.
static int load_dataset(trainer *t, TaskData *d, const char *what, const char *path, int64_t sample,
                        const Tokenizer *tok, bool lower) {
  char err[1024], cache[4200];
  snprintf(cache, sizeof cache, "%s/cache-%s.tok", t->run, what);
  TaskLoad how = {.m = t->m,
                  .what = what,
                  .tok = tok,
                  .vocab_path = t->s.vocab,
                  .lower = lower,
                  .max_len = (int)t->m->buckets[t->m->n_buckets - 1].seq_len,
                  .stride = (int)t->s.stride,
                  .sample = sample,
                  .seed = (uint64_t)t->s.seed,
                  .skip_bad = t->skip_bad,
                  .threads = pool_threads(t->p->ctx.pool),
                  .cache = cache,
                  .holdout = t->s.holdout,
                  .holdout_part = strcmp(what, "test") == 0,
                  .pack = t->s.pack,
                  .mlm_probability = t->s.mlm_probability,
                  .whole_word_mask = t->s.whole_word_mask};
  int status = t->task->load(d, path, &how, err, sizeof err);
  if (status) program_error(t->m, "%s", err);
  return status;
}

static const char *last_good(const trainer *t, char *buf, size_t n);

// Writes the rows of batch k of `plan` into its bucket's inputs; NULL after reporting a batch
// the program refuses (a masked-LM batch with more masked tokens than the program's bound;
// ids and labels come from the program's own vocabulary and labels).
static const bertrt_bucket *set_batch(trainer *t, const TaskData *d, const BatchPlan *plan,
                                      int64_t k) {
  const Batch *b = &plan->batches[k];
  const bertrt_bucket *bucket = &t->m->buckets[b->bucket];
  char *error = NULL;
  if (!task_set_batch(t->p, bucket, t->task, d, plan->rows + b->begin, b->count, &error)) {
    char good[4400];
    program_error(t->m, "epoch %lld batch %lld: %s; training stopped. Last good checkpoint: %s",
                  (long long)t->g.epoch + 1, (long long)k + 1, error,
                  last_good(t, good, sizeof good));
    free(error);
    return NULL;
  }
  return bucket;
}

// ---- evaluation --------------------------------------------------------------------------

// The test set's figures with the `forward` entry (dropout off), logged to metrics.jsonl; NULL
// when out of memory.
static TaskEval *evaluate(trainer *t) {
  double t0 = now_s();
  TaskScore score;
  char *error = NULL;
  float *logits =
      task_logits(t->p, t->task, &t->test, !strcmp(t->s.pad, "max_length"), &score, &error);
  if (!logits) {
    program_error(t->m, "%s", error ? error : "out of memory");
    free(error);
    return NULL;
  }
  TaskEval *e = t->task->evaluate(&t->test, logits, t->m, &score);
  t->task->log_eval(t->metrics, e, t->m);
  free(logits);
  t->eval_seconds += now_s() - t0;
  return e;
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
  return hf_save(t->p, dir, t->s.vocab, t->s.lower, error);
}

// "RUN/best (epoch N)", or "none yet" before the first epoch ends: what a failed run leaves.
static const char *last_good(const trainer *t, char *buf, size_t n) {
  if (t->g.best_epoch > 0)
    snprintf(buf, n, "%s/best (epoch %lld); the run resumes from its last state (epoch %lld)",
             t->run, (long long)t->g.best_epoch, (long long)t->g.epoch);
  else
    snprintf(buf, n, "none yet (the run stopped in its first epoch; start it again)");
  return buf;
}

// End of epoch g.epoch: test evaluation, metrics, checkpoints, state. False on failure
// (nothing saved when a parameter is no longer finite).
static bool finish_epoch(trainer *t, double epoch_seconds, char **error) {
  program_from_device(t->p, BERTRT_PARAMS);
  int64_t element;
  float value;
  int64_t bad = program_nonfinite_param(t->p, &element, &value);
  if (bad >= 0) {
    char good[4400];
    return rt_error(error,
                    "epoch %lld: parameter '%s' holds %s at element %lld after the epoch's steps "
                    "(the model diverged: try a smaller --lr); nothing of this epoch was saved. "
                    "Last good checkpoint: %s",
                    (long long)t->g.epoch + 1, t->m->params[bad].name, rt_nonfinite_name(value),
                    (long long)element, last_good(t, good, sizeof good));
  }
  TaskEval *eval = evaluate(t);
  if (!eval) return !(*error = strdup("out of memory"));
  TrainProgress *g = &t->g;
  ReportEpoch e = {.epoch = g->epoch + 1,
                   .train_loss = g->epoch_loss_sum / (double)g->epoch_rows,
                   .train_acc = (double)g->epoch_correct / (double)g->epoch_rows,
                   .test_f1 = NAN,
                   .test_char_f1 = NAN,
                   .test_exact_match = NAN,
                   .test_nsp_acc = NAN,
                   .seconds = epoch_seconds};
  t->task->epoch_figures(eval, &e);
  char more[160];
  t->task->epoch_summary(eval, more, sizeof more);
  double metric = t->task->metric(eval);
  t->task->free_eval(eval);
  report_log_epoch(t->metrics, &e);
  char train[64] = "train: every step skipped";
  if (g->epoch_rows)
    snprintf(train, sizeof train, "train loss %.4f acc %.4f", e.train_loss, e.train_acc);
  printf("epoch %lld/%lld: %s | test loss %.4f acc %.4f%s | %.1f s\n", (long long)e.epoch,
         (long long)t->s.epochs, train, e.test_loss, e.test_acc, more, epoch_seconds);
  fflush(stdout);
  char name[64];
  snprintf(name, sizeof name, "epoch-%lld", (long long)e.epoch);
  if (!save_model(t, name, error)) return false;
  bool better = metric > g->best_metric;
  if (better) {
    g->best_metric = metric;
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

// Adds the batch's scored labels (read from its logits) to the epoch's loss and accuracy.
static void score_batch(trainer *t, const bertrt_bucket *bucket, const Batch *b,
                        const int64_t *rows) {
  TaskScore score = {0};
  task_score_batch(&score, t->p, bucket, t->task, &t->train, rows + b->begin, b->count);
  t->g.epoch_loss_sum += score.loss_sum;
  t->g.epoch_correct += score.correct;
  t->g.epoch_rows += score.units;
}

// A step whose loss is not finite (`loss`): skipped (no optimizer step, not scored, logged as
// a "skip" record) while the run may skip more (--skip-nonfinite), else reported. False: stop.
static bool skip_step(trainer *t, float loss) {
  const char *what = isnan(loss) ? "NaN" : "infinite";
  char good[4400];
  if (t->g.skipped_steps >= t->skip_nonfinite) {
    program_error(t->m,
                  "epoch %lld step %lld: the loss is %s (the model diverged: try a smaller --lr); "
                  "training stopped with the parameters before this step unsaved. Last good "
                  "checkpoint: %s",
                  (long long)t->g.epoch + 1, (long long)t->g.step + 1, what,
                  last_good(t, good, sizeof good));
    return false;
  }
  t->g.skipped_steps++;
  fprintf(stderr, "%s: epoch %lld step %lld: the loss is %s: step skipped (%lld of at most %lld)\n",
          t->m->name, (long long)t->g.epoch + 1, (long long)t->g.step + 1, what,
          (long long)t->g.skipped_steps, (long long)t->skip_nonfinite);
  report_log_skip(t->metrics, t->g.step + 1, t->g.epoch + 1, loss);
  return true;
}

// Runs the epochs from t->g. Returns 0, 1 (a write failed, or the model diverged) or 130
// (interrupted, saved).
static int train_loop(trainer *t) {
  const bertrt_model *m = t->m;
  int64_t bucket_len[64], nb = batches_count(t->train.n, m->batch_size);
  for (int64_t b = 0; b < m->n_buckets; b++)
    bucket_len[b] = m->buckets[b].seq_len;
  int64_t total = t->s.epochs * nb, warmup = (int64_t)((double)total * m->warmup_ratio);
  int64_t first_epoch = t->g.epoch, done_here = 0;
  bool tty = isatty(STDOUT_FILENO);
  double last_print = now_s(), busy_s = 0; // training time of the finished epochs
  char *error = NULL;
  while (t->g.epoch < t->s.epochs) {
    if (t->s.patience && t->g.stale_epochs >= t->s.patience) {
      printf("early stop: no test %s improvement for %lld epochs (best %.4f at epoch %lld)\n",
             t->task->metric_name, (long long)t->g.stale_epochs, t->g.best_metric,
             (long long)t->g.best_epoch);
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
    if (!batches_plan(&plan, t->train.lens, t->train.n, &opt)) {
      program_error(m, "out of memory");
      return 1;
    }
    if (t->task->begin_epoch) t->task->begin_epoch(&t->train, (uint64_t)t->s.seed, t->g.epoch);
    double epoch_t0 = now_s();
    while (t->g.batch < nb && !interrupted) {
      const bertrt_bucket *bucket = set_batch(t, &t->train, &plan, t->g.batch);
      if (!bucket) {
        batches_free(&plan);
        return 1;
      }
      program_begin_step(t->p, program_lr_at(t->s.lr, t->g.step, warmup, total), t->g.step);
      t->p->ctx.dropout_on = 1;
      program_train_step(t->p, bucket, variant);
      float loss = *(const float *)program_io_data(t->p, program_io(bucket, "loss"));
      bool skip = !isfinite(loss);
      if (skip && !skip_step(t, loss)) {
        batches_free(&plan);
        return 1;
      }
      if (!skip) {
        score_batch(t, bucket, &plan.batches[t->g.batch], plan.rows);
        program_optimizer_step(t->p, variant);
      }
      t->g.step++;
      t->g.batch++;
      done_here++;
      ReportStep rs = {t->g.step, t->g.epoch + 1, loss, t->p->ctx.lr};
      if (!skip) report_log_step(t->metrics, &rs);
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

// Removes what killed or failed writes left in `run`: checkpoint folders being written
// (NAME.tmp-XXXXXX, hf_save) and temporary state files (state/.trainer.safetensors.tmp.*,
// train_state_save). Returns how many.
static int remove_leftovers(const char *run) {
  const char *dirs[] = {"", "/state"};
  int removed = 0;
  for (int d = 0; d < 2; d++) {
    char path[4200];
    snprintf(path, sizeof path, "%s%s", run, dirs[d]);
    DIR *dir = opendir(path);
    for (struct dirent *e; dir && (e = readdir(dir));) {
      bool leftover = d == 0 ? strstr(e->d_name, ".tmp-") != NULL
                             : strncmp(e->d_name, ".trainer.safetensors.tmp.", 25) == 0;
      if (!leftover) continue;
      char entry[4500];
      snprintf(entry, sizeof entry, "%s/%s", path, e->d_name);
      rt_remove_tree(entry);
      removed++;
    }
    if (dir) closedir(dir);
  }
  return removed;
}

// Whether a metrics.jsonl record belongs before the point a resumed run restarts from (the
// state's g): its steps and epochs up to there, and the records that are not counted.
static bool record_before(const JsonValue *rec, const TrainProgress *g) {
  const JsonValue *type = rec ? json_get(rec, "type") : NULL;
  if (!type || type->kind != JSON_STRING) return false; // a line cut short by a kill
  bool step = !strcmp(type->text, "step") || !strcmp(type->text, "skip");
  const JsonValue *n = json_get(rec, step ? "step" : "epoch");
  if (!step && strcmp(type->text, "epoch")) return true; // run, eval
  return n && n->kind == JSON_NUMBER && n->number <= (double)(step ? g->step : g->epoch);
}

// RUN/metrics.jsonl without what a resumed run is about to redo (the steps, skips and epochs
// logged after the state it resumes from, by a run that was killed), rewritten atomically.
static bool truncate_metrics(const char *path, const TrainProgress *g, char **error) {
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text)
    return errno == ENOENT || rt_error(error, "%s: cannot read: %s", path, strerror(errno));
  size_t kept = 0;
  for (size_t at = 0; at < len;) {
    char *nl = memchr(text + at, '\n', len - at);
    size_t end = nl ? (size_t)(nl - text) + 1 : len;
    JsonError jerr;
    JsonValue *rec = nl ? json_parse(text + at, end - at, &jerr) : NULL;
    bool keep = record_before(rec, g);
    json_free(rec);
    if (keep) memmove(text + kept, text + at, end - at), kept += end - at;
    at = end;
  }
  bool ok = kept == len || rt_write_file_atomic(path, text, kept) ||
            rt_error(error, "%s: cannot rewrite: %s", path, strerror(errno));
  free(text);
  return ok;
}

static void log_start(trainer *t) {
  char buf[11][64];
  snprintf(buf[0], sizeof buf[0], "%lld", (long long)t->s.epochs);
  snprintf(buf[1], sizeof buf[1], "%g", t->s.lr);
  snprintf(buf[2], sizeof buf[2], "%lld", (long long)t->s.seed);
  snprintf(buf[3], sizeof buf[3], "%lld", (long long)t->m->batch_size);
  snprintf(buf[4], sizeof buf[4], "%g", t->m->warmup_ratio);
  snprintf(buf[5], sizeof buf[5], "%g", t->m->grad_clip);
  snprintf(buf[6], sizeof buf[6], "%d", pool_threads(t->p->ctx.pool));
  snprintf(buf[7], sizeof buf[7], "%lld", (long long)t->s.patience);
  ReportSetting settings[20] = {
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
  int n_settings = 16; // then what the run has of holdout, stride and masking
  if (t->s.holdout > 0) {
    snprintf(buf[8], sizeof buf[8], "%g", t->s.holdout);
    settings[n_settings++] = (ReportSetting){"holdout", buf[8]};
  }
  if (t->s.stride > 0) {
    snprintf(buf[9], sizeof buf[9], "%lld", (long long)t->s.stride);
    settings[n_settings++] = (ReportSetting){"stride", buf[9]};
  }
  if (t->task->begin_epoch) {
    snprintf(buf[10], sizeof buf[10], "%g",
             t->s.mlm_probability > 0 ? t->s.mlm_probability : TASK_MLM_PROBABILITY);
    settings[n_settings++] = (ReportSetting){"mlm_probability", buf[10]};
    settings[n_settings++] = (ReportSetting){"pack", t->s.pack ? "yes" : "no"};
    settings[n_settings++] =
        (ReportSetting){"whole_word_mask", t->s.whole_word_mask ? "yes" : "no"};
  }
  const char *slash = strrchr(t->run, '/');
  ReportRun run = {.name = slash && slash[1] ? slash + 1 : t->run,
                   .task = t->task->report_task,
                   .settings = settings,
                   .n_settings = n_settings,
                   // spans and the vocabulary (masked LM): no classes
                   .labels = t->task->spans ? NULL : t->m->labels,
                   .num_labels = t->task->spans || !t->m->labels ? 0 : (int)t->m->num_labels,
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

// A new run keeps its vocabulary in the run folder and records its data files (absolute
// paths, sizes, checksums); a resumed run checks that its data files are those. False after
// reporting.
static bool keep_run_files(trainer *t, bool resume) {
  char *error = NULL, *kept = NULL;
  TrainSettings *s = &t->s;
  bool ok = true;
  if (resume) {
    ok = run_file_check("--train", s->train, &s->train_file, &error) &&
         run_file_check("--test", s->test, &s->test_file, &error);
  } else {
    ok = run_keep_vocab(t->run, s->vocab, &kept, &error) &&
         run_file_record(s->train, &s->train_file, &error) &&
         run_file_record(s->test, &s->test_file, &error);
    if (ok) {
      free(s->vocab), s->vocab = kept, s->vocab_in_run = true;
      free(s->train), s->train = strdup(s->train_file.path);
      free(s->test), s->test = strdup(s->test_file.path);
    }
  }
  if (!ok) program_error(t->m, "%s", error ? error : "out of memory");
  free(error);
  return ok;
}

// Tokenizer and both data sets. 0, 2 (bad input) or 1.
static int load_data(trainer *t, bool resume) {
  bool lower = resume ? t->s.lower : t->m->do_lower_case;
  char *error = NULL;
  if (t->s.init && !t->s.vocab) {
    if (!hf_tokenizer_settings(t->m, t->s.init, &t->s.vocab, &lower, &error)) {
      program_error(t->m, "%s", error ? error : "cannot read the tokenizer settings");
      free(error);
      return 2;
    }
  }
  t->s.lower = lower;
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
  if (!status && !keep_run_files(t, resume)) status = 2;
  if (!status) status = load_dataset(t, &t->train, "train", t->s.train, t->s.sample, tok, lower);
  if (!status) status = load_dataset(t, &t->test, "test", t->s.test, t->s.test_sample, tok, lower);
  tok_free(tok);
  return status;
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
  printf("done: best test %s %.4f (epoch %lld), checkpoint %s/best, report %s\n",
         t->task->metric_name, t->g.best_metric, (long long)t->g.best_epoch, t->run, path);
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
  char err[512];
  trainer t = {.m = m, .task = task_of(m, err, sizeof err), .g = {.best_metric = -1}};
  if (!t.task) {
    program_error(m, "%s", err);
    return 2;
  }
  int64_t threads = 0;
  if (a->threads && !program_parse_int(m, "--threads", a->threads, 1, 1024, &threads)) return 2;
  if (a->skip_bad && strcmp(a->skip_bad, "yes") && strcmp(a->skip_bad, "no")) {
    program_error(m, "--skip-bad is '%s', expected yes or no", a->skip_bad);
    return 2;
  }
  t.skip_bad = a->skip_bad && !strcmp(a->skip_bad, "yes");
  int status = a->resume ? check_resume_flags(m, a) : new_settings(m, t.task, a, &t.s);
  if (!status && a->skip_nonfinite &&
      !program_parse_int(m, "--skip-nonfinite", a->skip_nonfinite, 0, INT32_MAX, &t.skip_nonfinite))
    status = 2;
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
    // a run is there once its first state is complete; a state/ folder without it is what a
    // first state write that failed or was killed leaves: restartable
    snprintf(state_path, sizeof state_path, "%s/state/trainer.safetensors", t.run);
    if (access(state_path, F_OK) == 0) {
      program_error(m,
                    "%s already holds a run; continue it with --resume %s or choose another "
                    "--out",
                    t.run, t.run);
      status = 2;
    }
  }
  if (!status) {
    int removed = remove_leftovers(t.run);
    if (removed)
      fprintf(stderr, "%s: removed %d unfinished write%s an earlier run left in %s\n", m->name,
              removed, removed == 1 ? "" : "s", t.run);
  }
  if (!status) status = find_variants(&t);
  if (!status && !make_dirs(t.run)) {
    program_error(m, "--out %s: cannot create the run folder: %s", t.run, strerror(errno));
    status = 1;
  }
  if (!status) status = load_data(&t, a->resume);
  if (!status) status = init_weights(&t, a->resume);
  snprintf(state_path, sizeof state_path, "%s/metrics.jsonl", t.run);
  if (!status && a->resume && !truncate_metrics(state_path, &t.g, &error)) {
    program_error(m, "%s", error);
    free(error);
    status = 1;
  }
  if (!status && !(t.metrics = fopen(state_path, a->resume ? "a" : "w"))) {
    program_error(m, "%s: cannot write: %s", state_path, strerror(errno));
    status = 1;
  }
  if (!status) {
    t.s.threads = pool_threads(t.p->ctx.pool);
    t.p->ctx.seed = (uint32_t)t.s.seed;
    if (!a->resume) log_start(&t);
    printf("%s: %s %s, test %lld; %lld batches of %lld per epoch, "
           "%lld epochs, strategy %s, %d threads -> %s\n",
           m->name, a->resume ? "resuming; train" : "train", t.train.summary,
           (long long)t.test.counts.used, (long long)batches_count(t.train.n, m->batch_size),
           (long long)m->batch_size, (long long)t.s.epochs, t.s.strategy, (int)t.s.threads, t.run);
    fflush(stdout);
    struct sigaction sa = {.sa_handler = on_sigint, .sa_flags = SA_RESETHAND};
    sigaction(SIGINT, &sa, NULL);
    status = train_loop(&t);
    signal(SIGINT, SIG_DFL);
    if (!status) status = finish_run(&t);
  }
  if (t.metrics) fclose(t.metrics);
  if (t.train.lens) t.task->free(&t.train);
  if (t.test.lens) t.task->free(&t.test);
  train_settings_free(&t.s);
  program_close(t.p);
  return status;
}

static int train_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  train_args a = {0};
  program_option opts[] = {
      {"--train", &a.train, NULL},
      {"--test", &a.test, NULL},
      {"--vocab", &a.vocab, NULL},
      {"--init", &a.init, NULL},
      {"--sample", &a.sample, NULL},
      {"--test-sample", &a.test_sample, NULL},
      {"--epochs", &a.epochs, NULL},
      {"--seed", &a.seed, NULL},
      {"--strategy", &a.strategy, NULL},
      {"--lr", &a.lr, NULL},
      {"--pad", &a.pad, NULL},
      {"--patience", &a.patience, NULL},
      {"--out", &a.out, NULL},
      {"--resume", &a.resume, NULL},
      {"--threads", &a.threads, NULL},
      {"--stop-after", &a.stop_after, NULL},
      {"--skip-bad", &a.skip_bad, NULL},
      {"--holdout", &a.holdout, NULL},
      {"--stride", &a.stride, NULL},
      {"--skip-nonfinite", &a.skip_nonfinite, NULL},
      {"--mlm-probability", &a.mlm_probability, NULL},
      {"--pack", NULL, &a.pack},
      {"--whole-word-mask", NULL, &a.whole_word_mask},
  };
  int status = program_parse_options(cmd, m, argc, argv, opts, (int)(sizeof opts / sizeof opts[0]));
  return status >= 0 ? status : train_run(m, &a);
}

const program_command cmd_train = {
    "train",
    "[--train F] [--test F] (--vocab VOCAB.txt | --init HF_DIR) [--sample N] [--test-sample N] "
    "[--epochs N] [--seed S] [--strategy NAME] [--lr X] [--pad bucket|max_length] [--patience N] "
    "[--out RUN] [--resume RUN] [--threads T] [--stop-after N] [--skip-bad yes|no] "
    "[--holdout FRACTION] [--stride N] [--skip-nonfinite N]; masked LM: [--mlm-probability P] "
    "[--pack] [--whole-word-mask]",
    "trains on the task's data (NSMC reviews; KLUE-NER or CoNLL for token classification; "
    "SQuAD/KorQuAD JSON for question answering; plain text for masked-LM pretraining; "
    "defaults: $NSMC_DIR, the spec's train settings); writes "
    "RUN/epoch-N/, RUN/best/ (HF layout), RUN/state/ (for --resume), RUN/metrics.jsonl and "
    "RUN/report.html",
    train_main,
};
