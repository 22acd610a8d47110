// task_mlm.c — the pretraining tasks (task.h): masked LM (masked_lm heads) and masked LM plus
// next-sentence prediction (pretraining heads) on plain UTF-8 text (mlm_data.h: one document
// per line, or for sentence pairs one sentence per line with blank lines between documents).
//
// The masks are HF DataCollatorForLanguageModeling's (mlm_mask.h): drawn afresh for every
// training epoch from (seed, epoch) by begin_epoch, so a resumed run masks exactly as an
// uninterrupted one; an evaluation set is masked once at load, with its seed and epoch 0, so
// every epoch's test figures are over the same masked tokens. The program gathers the
// vocabulary logits of the masked tokens only (program.h), and score_batch reads them from the
// bucket's outputs: the cross-entropy and accuracy over masked tokens (their perplexity is
// exp(loss)), and for pretraining the same over the sentence pairs' next-sentence labels.
// Predictions of masked tokens are fill-mask's (runtime/fill_mask.c), not predict's.
#include "task.h"

#include "json.h"
#include "mlm_data.h"
#include "mlm_mask.h"
#include "rt_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  MlmData data;       // the examples, unmasked
  MlmMaskOptions how; // the masking
  int32_t *ids;       // (offsets[n]) the examples with this epoch's masks applied
  int32_t *labels;    // (offsets[n]) the original id at masked tokens, -100 elsewhere
  bool drawn;         // ids and labels hold the masks of (seed, epoch)
  uint64_t seed;
  int64_t epoch;
} mlm_set;

// The masks of (seed, epoch) into set's ids and labels, unless they hold them already (a
// training set masked at load is masked the same for its first epoch).
static void draw_masks(mlm_set *set, uint64_t seed, int64_t epoch) {
  if (set->drawn && set->seed == seed && set->epoch == epoch) return;
  const MlmData *d = &set->data;
  mlm_mask_all(&set->how, seed, epoch, d->offsets, d->n, d->ids, d->word_start, set->ids,
               set->labels);
  set->drawn = true, set->seed = seed, set->epoch = epoch;
}

static void begin_epoch(TaskData *d, uint64_t seed, int64_t epoch) {
  draw_masks(d->own, seed, epoch);
}

static bool is_pretraining(const bertrt_model *m) {
  return strcmp(m->head_type, "pretraining") == 0;
}

// Keeps the examples of d marked in `keep`, in order (compacted in place).
static void keep_examples(MlmData *d, const bool *keep) {
  int64_t n = 0, at = 0;
  for (int64_t i = 0; i < d->n; i++) {
    if (!keep[i]) continue;
    int64_t from = d->offsets[i], len = d->lens[i];
    memmove(d->ids + at, d->ids + from, (size_t)len * sizeof *d->ids);
    memmove(d->types + at, d->types + from, (size_t)len * sizeof *d->types);
    memmove(d->word_start + at, d->word_start + from, (size_t)len * sizeof *d->word_start);
    if (d->nsp) d->nsp[n] = d->nsp[i];
    d->lens[n] = len, d->offsets[n] = at;
    at += len, n++;
  }
  d->offsets[n] = at, d->n = n;
}

static int load(TaskData *out, const char *path, const TaskLoad *how, char *err, size_t err_size) {
  mlm_set *set = rt_grow(NULL, sizeof *set);
  *set = (mlm_set){0};
  *out = (TaskData){.own = set};
  bool pairs = is_pretraining(how->m);
  if (pairs && how->pack) {
    rt_set_err(err, err_size,
               "--pack is for masked_lm programs: a pretraining program reads sentence pairs "
               "(one sentence per line, a blank line between documents)");
    return 2;
  }
  MlmOptions opt = {.layout = pairs ? MLM_PAIRS : MLM_LINES,
                    .max_len = how->max_len,
                    .pack = how->pack,
                    .short_seq_prob = 0.1, // BERT's create_pretraining_data default
                    .seed = how->seed,
                    .holdout = how->holdout,
                    .holdout_part = how->holdout_part,
                    .skip_bad = how->skip_bad,
                    .threads = how->threads};
  int status = mlm_load(&set->data, path, how->tok, &opt, err, err_size);
  if (status) return status;
  MlmData *d = &set->data;
  int64_t encoded = d->n;
  if (how->sample > 0 && how->sample < d->n) {
    bool *keep = rt_draw((int)d->n, (int)how->sample, how->seed);
    keep_examples(d, keep);
    free(keep);
  }
  double p = how->mlm_probability > 0 ? how->mlm_probability : TASK_MLM_PROBABILITY;
  set->how = mlm_mask_options(how->tok, p, how->whole_word_mask);
  size_t tokens = (size_t)d->offsets[d->n] + 1;
  set->ids = rt_grow(NULL, tokens * sizeof *set->ids);
  set->labels = rt_grow(NULL, tokens * sizeof *set->labels);
  draw_masks(set, how->seed, 0);
  out->n = d->n;
  out->offsets = d->offsets;
  out->lens = d->lens;
  out->ids = set->ids;
  out->labels = set->labels;
  out->types = d->types;
  out->pairs = d->nsp;
  out->counts = (ReportCounts){.rows_read = d->lines, .bad_lines = d->skipped_bad, .used = d->n};
  const char *what = pairs ? "sentence pairs" : how->pack ? "packed sequences" : "sequences";
  if (encoded > d->n)
    snprintf(out->summary, sizeof out->summary, "%lld %s drawn of %lld from %lld documents",
             (long long)d->n, what, (long long)encoded, (long long)d->documents);
  else
    snprintf(out->summary, sizeof out->summary, "%lld %s from %lld documents (%lld truncated)",
             (long long)d->n, what, (long long)d->documents, (long long)d->truncated);
  return 0;
}

static void free_data(TaskData *d) {
  mlm_set *set = d->own;
  if (!set) {
    task_free_plain(d);
    return;
  }
  mlm_free(&set->data);
  free(set->ids);
  free(set->labels);
  free(set);
  *d = (TaskData){0};
}

// ---- scoring ---------------------------------------------------------------------------

static void score_batch(TaskScore *s, const bertrt_program *p, const bertrt_bucket *b,
                        const TaskData *d, const int64_t *rows, int64_t count) {
  const bertrt_tensor *logits = program_io(b, "logits");
  if (!logits) logits = program_io(b, "prediction_logits");
  const int32_t *labels = program_io_data(p, program_io(b, "masked_labels"));
  const float *out = program_io_data(p, logits);
  int64_t V = logits->shape[1], n = program_masked_count(p, b);
  for (int64_t j = 0; j < n; j++) {
    bool right;
    s->loss_sum += task_row_loss(out + j * V, V, 1, labels[j], &right);
    s->correct += right;
  }
  s->units += n;
  const bertrt_tensor *pairs = program_io(b, "seq_relationship_logits");
  if (!pairs || !d->pairs) return;
  const float *two = program_io_data(p, pairs);
  for (int64_t i = 0; i < count; i++) {
    bool right;
    s->pair_loss_sum += task_row_loss(two + 2 * i, 2, 1, d->pairs[rows[i]], &right);
    s->pairs_correct += right;
  }
  s->pairs += count;
}

// ---- evaluation ------------------------------------------------------------------------

struct TaskEval {
  int64_t examples, masked;
  double loss, accuracy, perplexity; // over the masked tokens
  int64_t pairs;                     // pretraining: sentence pairs scored, else 0
  double pair_loss, pair_accuracy;
};

static TaskEval *evaluate(const TaskData *d, const float *logits, const bertrt_model *m,
                          const TaskScore *score) {
  (void)logits, (void)m;
  TaskEval *e = rt_grow(NULL, sizeof *e);
  double loss = task_score_loss(score);
  *e = (TaskEval){.examples = d->n,
                  .masked = score->units,
                  .loss = loss,
                  .accuracy = task_score_accuracy(score),
                  .perplexity = exp(loss),
                  .pairs = score->pairs};
  if (score->pairs) {
    e->pair_loss = score->pair_loss_sum / (double)score->pairs;
    e->pair_accuracy = (double)score->pairs_correct / (double)score->pairs;
  }
  return e;
}

static double metric(const TaskEval *e) {
  return e->accuracy;
}

static void epoch_figures(const TaskEval *e, ReportEpoch *epoch) {
  epoch->test_loss = e->loss;
  epoch->test_acc = e->accuracy;
  if (e->pairs) epoch->test_nsp_acc = e->pair_accuracy;
}

static void epoch_summary(const TaskEval *e, char *buf, size_t size) {
  int n = snprintf(buf, size, " perplexity %.2f", e->perplexity);
  if (e->pairs && n >= 0 && (size_t)n < size)
    snprintf(buf + n, size - (size_t)n, " next-sentence acc %.4f", e->pair_accuracy);
}

static void log_eval(FILE *metrics, const TaskEval *e, const bertrt_model *m) {
  (void)e, (void)m;
  report_log_eval(metrics, &(ReportRun){0});
}

static void print_eval(FILE *out, const TaskEval *e, const bertrt_model *m, const char *model_dir,
                       const char *data_path, bool json) {
  (void)m;
  if (!json) {
    fprintf(out, "eval %s on %s: %lld examples, %lld masked tokens\n", model_dir, data_path,
            (long long)e->examples, (long long)e->masked);
    fprintf(out, "masked-token accuracy %.4f  loss %.4f  perplexity %.2f\n", e->accuracy, e->loss,
            e->perplexity);
    if (e->pairs)
      fprintf(out, "next-sentence accuracy %.4f  loss %.4f (%lld pairs)\n", e->pair_accuracy,
              e->pair_loss, (long long)e->pairs);
    return;
  }
  JsonWriter w = {0};
  jw_begin_object(&w);
  jw_key(&w, "model");
  jw_string(&w, model_dir);
  jw_key(&w, "data");
  jw_string(&w, data_path);
  jw_key_int(&w, "examples", e->examples);
  jw_key_int(&w, "masked_tokens", e->masked);
  jw_key_double(&w, "accuracy", e->accuracy);
  jw_key_double(&w, "loss", e->loss);
  jw_key_double(&w, "perplexity", e->perplexity);
  if (e->pairs) {
    jw_key_int(&w, "pairs", e->pairs);
    jw_key_double(&w, "next_sentence_accuracy", e->pair_accuracy);
    jw_key_double(&w, "next_sentence_loss", e->pair_loss);
  }
  jw_end_object(&w);
  fprintf(out, "%s\n", w.data);
  jw_free(&w);
}

static void free_eval(TaskEval *e) {
  free(e);
}

#define PRETRAINING_TASK(head, format)                                                             \
  {                                                                                                \
    .head_type = head, .data_format = format, .metric_name = "masked-token accuracy",              \
    .report_task = "masked_lm", .labels_per_token = true, .holdout = true, .load = load,           \
    .encode_texts = task_encode_texts_plain, .free = free_data, .evaluate = evaluate,              \
    .metric = metric, .epoch_figures = epoch_figures, .epoch_summary = epoch_summary,              \
    .log_eval = log_eval, .print_eval = print_eval, .free_eval = free_eval,                        \
    .begin_epoch = begin_epoch, .score_batch = score_batch                                         \
  }

const Task task_mlm =
    PRETRAINING_TASK("masked_lm", "UTF-8 text, one document per line (--pack: concatenated)");
const Task task_pretraining = PRETRAINING_TASK(
    "pretraining", "UTF-8 text, one sentence per line, a blank line between documents");
