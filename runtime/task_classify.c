// task_classify.c — the sequence-classification task (task.h): NSMC-format data
// (id<TAB>document<TAB>label, nsmc.h), one example per review, one label per example; accuracy,
// the confusion matrix and scikit-learn's classification report (metrics.h); the label and
// confidence of each text, like the seed course's predict_sentiment.
#include "task.h"

#include "json.h"
#include "metrics.h"
#include "nsmc.h"
#include "rt_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define N_SAMPLES 6 // right and wrong test predictions each, for the report

typedef struct {
  NsmcData data;
  NsmcTokens tokens;
  int32_t *labels; // (n)
} classify_data;

static const char *label_of(const bertrt_model *m, int i, char buf[32]) {
  if (m->labels && m->labels[i]) return m->labels[i];
  snprintf(buf, 32, "LABEL_%d", i);
  return buf;
}

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

static int load(TaskData *out, const char *path, const TaskLoad *how, char *err, size_t err_size) {
  classify_data *c = rt_grow(NULL, sizeof *c);
  *c = (classify_data){0};
  *out = (TaskData){.own = c};
  NsmcOptions opt = {.sample = (int)how->sample, .seed = how->seed, .skip_bad = how->skip_bad};
  if (nsmc_load(&c->data, path, &opt, err, err_size) != 0) return 2;
  if (c->data.n == 0 && how->what) {
    rt_set_err(err, err_size,
               "%s: no reviews (%d empty documents dropped); the %s set needs at "
               "least one",
               path, c->data.dropped_empty, how->what);
    return 2;
  }
  if (nsmc_tokenize(&c->tokens, &c->data, &opt, how->tok, how->vocab_path, how->lower, path,
                    how->max_len, how->threads, how->cache, err, err_size) != 0)
    return 1;
  int n = c->data.n;
  c->labels = rt_grow(NULL, ((size_t)n + 1) * sizeof *c->labels);
  out->lens = rt_grow(NULL, ((size_t)n + 1) * sizeof *out->lens);
  for (int i = 0; i < n; i++) {
    c->labels[i] = c->data.labels[i];
    out->lens[i] = c->tokens.offsets[i + 1] - c->tokens.offsets[i];
  }
  out->n = n;
  out->offsets = c->tokens.offsets;
  out->ids = c->tokens.ids;
  out->labels = c->labels;
  out->counts = (ReportCounts){count_rows(path), c->data.dropped_empty, c->data.skipped_bad, n};
  snprintf(out->summary, sizeof out->summary, "%d reviews (%d empty dropped)", n,
           c->data.dropped_empty);
  return 0;
}

static void free_data(TaskData *d) {
  classify_data *c = d->own;
  if (!c) {
    task_free_plain(d);
    return;
  }
  nsmc_tokens_free(&c->tokens);
  nsmc_free(&c->data);
  free(c->labels);
  free(c);
  free(d->lens);
  *d = (TaskData){0};
}

// ---- evaluation ------------------------------------------------------------------------

struct TaskEval {
  int k;
  int64_t n, dropped_empty;
  int64_t *cm; // [k, k] metrics.h layout
  double loss, accuracy;
  ReportSample samples[2 * N_SAMPLES];
  int n_samples;
};

static TaskEval *evaluate(const TaskData *d, const float *logits, const bertrt_model *m,
                          const TaskScore *score) {
  double loss = task_score_loss(score), accuracy = task_score_accuracy(score);
  const classify_data *c = d->own;
  TaskEval *e = rt_grow(NULL, sizeof *e);
  int k = (int)m->num_labels;
  *e = (TaskEval){.k = k, .n = d->n, .dropped_empty = c->data.dropped_empty, .loss = loss};
  e->cm = rt_grow(NULL, (size_t)k * (size_t)k * sizeof *e->cm);
  memset(e->cm, 0, (size_t)k * (size_t)k * sizeof *e->cm);
  float *probs = rt_grow(NULL, (size_t)k * sizeof *probs);
  int n_right = 0, n_wrong = 0;
  for (int64_t i = 0; i < d->n; i++) {
    int32_t truth = d->labels[i], pred = metrics_softmax(probs, logits + i * k, k);
    confusion_add(e->cm, k, &truth, &pred, 1);
    bool right = pred == truth;
    if (right ? n_right >= N_SAMPLES : n_wrong >= N_SAMPLES) continue;
    e->samples[n_right + n_wrong] = (ReportSample){
        .text = c->data.docs[i], .label = truth, .pred = pred, .confidence = probs[pred]};
    *(right ? &n_right : &n_wrong) += 1;
  }
  e->n_samples = n_right + n_wrong;
  e->accuracy = d->n ? accuracy : 0;
  free(probs);
  return e;
}

static double metric(const TaskEval *e) {
  return e->accuracy;
}

static void epoch_figures(const TaskEval *e, ReportEpoch *epoch) {
  epoch->test_loss = e->loss;
  epoch->test_acc = e->accuracy;
}

static void epoch_summary(const TaskEval *e, char *buf, size_t size) {
  (void)e;
  snprintf(buf, size, "%s", "");
}

static void log_eval(FILE *metrics, const TaskEval *e, const bertrt_model *m) {
  (void)m;
  ReportRun run = {
      .num_labels = e->k, .confusion = e->cm, .samples = e->samples, .n_samples = e->n_samples};
  report_log_eval(metrics, &run);
}

static void free_eval(TaskEval *e) {
  if (!e) return;
  free(e->cm);
  free(e);
}

// ---- eval's output -----------------------------------------------------------------------

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
static void print_right(FILE *out, const char *s, int width) {
  fprintf(out, "%*s%s", width > display_width(s) ? width - display_width(s) : 0, "", s);
}

static void print_confusion(FILE *out, const char *const *labels, const int64_t *cm, int k) {
  int width = 10;
  for (int j = 0; j < k; j++)
    width = display_width(labels[j]) > width ? display_width(labels[j]) : width;
  fprintf(out, "confusion matrix (rows: true label, columns: predicted):\n%*s", width, "");
  for (int j = 0; j < k; j++) {
    fprintf(out, " ");
    print_right(out, labels[j], width);
  }
  fprintf(out, "\n");
  for (int i = 0; i < k; i++) {
    print_right(out, labels[i], width);
    for (int j = 0; j < k; j++)
      fprintf(out, " %*lld", width, (long long)cm[i * k + j]);
    fprintf(out, "\n");
  }
}

static void print_eval_json(FILE *out, const TaskEval *e, const char *const *labels,
                            const char *model_dir, const char *data_path) {
  JsonWriter w = {0};
  jw_begin_object(&w);
  jw_key(&w, "model");
  jw_string(&w, model_dir);
  jw_key(&w, "data");
  jw_string(&w, data_path);
  jw_key(&w, "examples");
  jw_int(&w, e->n);
  jw_key(&w, "empty_dropped");
  jw_int(&w, e->dropped_empty);
  jw_key(&w, "accuracy");
  jw_double(&w, e->accuracy);
  jw_key(&w, "loss");
  jw_double(&w, e->loss);
  jw_key(&w, "labels");
  jw_begin_array(&w);
  for (int j = 0; j < e->k; j++)
    jw_string(&w, labels[j]);
  jw_end_array(&w);
  jw_key(&w, "confusion");
  jw_begin_array(&w);
  for (int i = 0; i < e->k; i++) {
    jw_begin_array(&w);
    for (int j = 0; j < e->k; j++)
      jw_int(&w, e->cm[i * e->k + j]);
    jw_end_array(&w);
  }
  jw_end_array(&w);
  jw_key(&w, "report");
  metrics_report_json(&w, e->cm, labels, e->k);
  jw_end_object(&w);
  fprintf(out, "%s\n", w.data);
  jw_free(&w);
}

static void print_eval(FILE *out, const TaskEval *e, const bertrt_model *m, const char *model_dir,
                       const char *data_path, bool json) {
  const char **labels = rt_grow(NULL, (size_t)e->k * sizeof *labels);
  char(*names)[32] = rt_grow(NULL, (size_t)e->k * sizeof *names);
  for (int j = 0; j < e->k; j++)
    labels[j] = label_of(m, j, names[j]);
  if (json) {
    print_eval_json(out, e, labels, model_dir, data_path);
  } else {
    fprintf(out, "eval %s on %s: %lld examples (%lld empty documents dropped)\n", model_dir,
            data_path, (long long)e->n, (long long)e->dropped_empty);
    fprintf(out, "accuracy %.4f  loss %.4f\n\n", e->accuracy, e->loss);
    print_confusion(out, labels, e->cm, e->k);
    fprintf(out, "\nclassification report:\n");
    metrics_report_text(out, e->cm, labels, e->k, 4);
  }
  free(labels);
  free(names);
}

// ---- predict's output --------------------------------------------------------------------

static void print_predictions(FILE *out, const TaskData *d, const float *logits, char *const *texts,
                              const bertrt_model *m, bool json) {
  int k = (int)m->num_labels;
  float *probs = rt_grow(NULL, (size_t)k * sizeof *probs);
  JsonWriter w = {0};
  char buf[32];
  for (int64_t i = 0; i < d->n; i++) {
    const float *row = logits + i * k;
    int pred = metrics_softmax(probs, row, k);
    if (!json) {
      fprintf(out, "%s (%.4f)  %s\n", label_of(m, pred, buf), probs[pred], texts[i]);
      continue;
    }
    jw_reset(&w);
    jw_begin_object(&w);
    jw_key(&w, "text");
    jw_string(&w, texts[i]);
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
    fprintf(out, "%s\n", w.data);
  }
  jw_free(&w);
  free(probs);
}

const Task task_classify = {
    .head_type = "sequence_classification",
    .data_format = "NSMC (id<TAB>document<TAB>label under a header line)",
    .default_train = "ratings_train.txt",
    .default_test = "ratings_test.txt",
    .metric_name = "accuracy",
    .load = load,
    .encode_texts = task_encode_texts_plain,
    .free = free_data,
    .evaluate = evaluate,
    .metric = metric,
    .epoch_figures = epoch_figures,
    .epoch_summary = epoch_summary,
    .log_eval = log_eval,
    .print_eval = print_eval,
    .free_eval = free_eval,
    .print_predictions = print_predictions,
};
