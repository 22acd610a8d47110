// task_qa.c — the extractive question-answering task (task.h): SQuAD v1.1 / v2.0 or KorQuAD 1.0
// JSON (qa_data.h), one example per window of a question and its context (qa_features.h: doc
// stride --stride, default 128, questions cut to 64 tokens), labelled with its answer's start
// and end tokens; each question's answer decoded from all its windows (qa_decode.h) and scored
// by the official exact match and F1 (qa_metrics.h), the metric chosen from the data.
#include "task.h"

#include "json.h"
#include "qa_decode.h"
#include "qa_features.h"
#include "qa_metrics.h"
#include "rt_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_QUERY_LENGTH 64  // run_squad's
#define DOC_STRIDE       128 // run_qa's, at its 384 tokens

static const QaDecodeOptions DECODE = {.n_best = 20, .max_answer_length = 30};

// The questions of a data set (or of predict's query) and their windows.
typedef struct {
  QaData data;
  QaFeatures feats;
  QaMetric metric;
  int read;             // questions in the file, before a holdout split
  int *first;           // [n_questions + 1] question q's windows [first[q], first[q + 1])
  int64_t *offsets;     // TaskData's arrays
  int32_t *ids, *types; // (tokens)
  int32_t *labels;      // (2 per window) start, end
} qa_set;

static const char *metric_name(QaMetric m) {
  return m == QA_METRIC_KORQUAD ? "korquad" : m == QA_METRIC_SQUAD_V2 ? "squad_v2" : "squad";
}

// KorQuAD by its version ("KorQuAD_v1.0_dev"), SQuAD v2 when some question is impossible or
// the version says so, else SQuAD v1.1.
static QaMetric metric_of(const QaData *d) {
  char lower[64] = "";
  for (size_t i = 0; d->version[i] && i + 1 < sizeof lower; i++)
    lower[i] =
        (char)(d->version[i] >= 'A' && d->version[i] <= 'Z' ? d->version[i] + 32 : d->version[i]);
  if (strstr(lower, "korquad")) return QA_METRIC_KORQUAD;
  if (d->has_impossible || !strncmp(lower, "v2", 2)) return QA_METRIC_SQUAD_V2;
  return QA_METRIC_SQUAD;
}

// ---- encoding ------------------------------------------------------------------------------

static int stride_of(const TaskLoad *how) {
  if (how->stride > 0) return how->stride;
  return how->max_len >= 384 ? DOC_STRIDE : how->max_len / 3; // a small model's windows
}

// Every question's windows as examples. 2 with err naming the file and question when a window
// leaves no room for the context.
static int encode(qa_set *set, TaskData *out, const TaskLoad *how, const char *path, char *err,
                  size_t err_size) {
  QaFeatureOptions opt = {how->max_len, stride_of(how), MAX_QUERY_LENGTH};
  const QaData *d = &set->data;
  set->first = rt_grow(NULL, ((size_t)d->n_questions + 1) * sizeof *set->first);
  char why[512];
  for (int q = 0; q < d->n_questions; q++) {
    set->first[q] = set->feats.n;
    if (qa_features_add(&set->feats, how->tok, d, q, &opt, why, sizeof why) < 0) {
      rt_set_err(err, err_size, "%s: %s", path, why);
      return 2;
    }
  }
  set->first[d->n_questions] = set->feats.n;
  int64_t n = set->feats.n, tokens = 0;
  for (int64_t e = 0; e < n; e++)
    tokens += set->feats.f[e].len;
  set->offsets = rt_grow(NULL, ((size_t)n + 1) * sizeof *set->offsets);
  set->ids = rt_grow(NULL, ((size_t)tokens + 1) * sizeof *set->ids);
  set->types = rt_grow(NULL, ((size_t)tokens + 1) * sizeof *set->types);
  set->labels = rt_grow(NULL, ((size_t)n + 1) * 2 * sizeof *set->labels);
  out->lens = rt_grow(NULL, ((size_t)n + 1) * sizeof *out->lens);
  set->offsets[0] = 0;
  for (int64_t e = 0; e < n; e++) {
    const QaFeature *f = &set->feats.f[e];
    memcpy(set->ids + set->offsets[e], f->ids, (size_t)f->len * sizeof *set->ids);
    memcpy(set->types + set->offsets[e], f->type_ids, (size_t)f->len * sizeof *set->types);
    set->labels[2 * e] = f->start_position, set->labels[2 * e + 1] = f->end_position;
    set->offsets[e + 1] = set->offsets[e] + f->len;
    out->lens[e] = f->len;
  }
  out->n = n;
  out->offsets = set->offsets;
  out->ids = set->ids;
  out->types = set->types;
  return 0;
}

static int load(TaskData *out, const char *path, const TaskLoad *how, char *err, size_t err_size) {
  qa_set *set = rt_grow(NULL, sizeof *set);
  *set = (qa_set){0};
  *out = (TaskData){.own = set};
  if (qa_load(&set->data, path, how->skip_bad, err, err_size) != 0) return 2;
  set->read = set->data.n_questions;
  set->metric = metric_of(&set->data);
  if (how->holdout > 0) qa_holdout(&set->data, how->holdout, how->seed, how->holdout_part);
  // --sample / --test-sample: questions drawn after the split by article, so none crosses it
  if (how->sample > 0)
    qa_sample(&set->data, how->sample > INT32_MAX ? INT32_MAX : (int)how->sample, how->seed);
  const QaData *d = &set->data;
  if (d->n_questions == 0 && how->what) {
    rt_set_err(err, err_size, "%s: no questions (%d skipped as bad); the %s set needs at least one",
               path, d->skipped_questions, how->what);
    return 2;
  }
  int status = encode(set, out, how, path, err, err_size);
  if (status) return status;
  out->labels = set->labels;
  int64_t windowed = 0;
  for (int q = 0; q < d->n_questions; q++)
    windowed += set->first[q + 1] - set->first[q] > 1;
  out->counts = (ReportCounts){set->read, 0, d->skipped_questions, d->n_questions};
  snprintf(out->summary, sizeof out->summary, "%d questions (%s; %lld windows, %lld in several)",
           d->n_questions, metric_name(set->metric), (long long)out->n, (long long)windowed);
  return 0;
}

static bool encode_texts(TaskData *out, char *const *texts, int n, const char *units,
                         const TaskLoad *how, char *err, size_t err_size) {
  (void)out, (void)texts, (void)n, (void)units, (void)how;
  rt_set_err(err, err_size,
             "a question-answering model answers --question Q --context C, or --data FILE.json "
             "--out PREDICTIONS.json; not plain texts");
  return false;
}

// One question about one context as a data set of one article.
static void query_data(QaData *d, const char *question, const char *context) {
  *d = (QaData){.version = strdup(""), .n_articles = 1, .n_paragraphs = 1, .n_questions = 1};
  d->articles = rt_grow(NULL, sizeof *d->articles);
  d->articles[0].title = strdup("");
  d->paragraphs = rt_grow(NULL, sizeof *d->paragraphs);
  QaParagraph *p = &d->paragraphs[0];
  *p = (QaParagraph){.context = strdup(context)};
  size_t bytes = strlen(context);
  p->cp_byte = rt_grow(NULL, (bytes + 1) * sizeof *p->cp_byte);
  for (size_t i = 0; i < bytes; i++)
    if (((unsigned char)context[i] & 0xC0) != 0x80) p->cp_byte[p->n_chars++] = (int32_t)i;
  p->cp_byte[p->n_chars] = (int32_t)bytes;
  d->questions = rt_grow(NULL, sizeof *d->questions);
  d->questions[0] = (QaQuestion){.id = strdup("0"), .question = strdup(question)};
}

static int encode_query(TaskData *out, const TaskQuery *q, const TaskLoad *how, char *err,
                        size_t err_size) {
  if (q->data) {
    TaskLoad file = *how;
    file.what = NULL;
    int status = load(out, q->data, &file, err, err_size);
    out->labels = NULL;
    return status;
  }
  if (!q->question || !q->context || !*q->context) {
    rt_set_err(err, err_size,
               "predict needs --question Q and a non-empty --context C, or --data "
               "FILE.json with --out PREDICTIONS.json");
    return 2;
  }
  qa_set *set = rt_grow(NULL, sizeof *set);
  *set = (qa_set){0};
  *out = (TaskData){.own = set};
  query_data(&set->data, q->question, q->context);
  return encode(set, out, how, "--context", err, err_size);
}

static void free_data(TaskData *d) {
  qa_set *set = d->own;
  if (set) {
    qa_features_free(&set->feats);
    qa_free(&set->data);
    free(set->first);
    free(set->offsets);
    free(set->ids);
    free(set->types);
    free(set->labels);
    free(set);
  }
  free(d->lens);
  *d = (TaskData){0};
}

// ---- decoding ------------------------------------------------------------------------------

// Question q's answer from its windows' logits (task_logits' layout: start, end per token).
static void decode(QaPrediction *out, const qa_set *set, int q, const float *logits) {
  int first = set->first[q], n = set->first[q + 1] - first, stride = 1;
  for (int w = 0; w < n; w++)
    stride = set->feats.f[first + w].len > stride ? set->feats.f[first + w].len : stride;
  float *start = rt_grow(NULL, (size_t)n * (size_t)stride * sizeof *start);
  float *end = rt_grow(NULL, (size_t)n * (size_t)stride * sizeof *end);
  for (int w = 0; w < n; w++) {
    const float *row = logits + set->offsets[first + w] * 2;
    for (int c = 0; c < stride; c++) {
      bool in = c < set->feats.f[first + w].len;
      start[w * stride + c] = in ? row[2 * c] : -INFINITY;
      end[w * stride + c] = in ? row[2 * c + 1] : -INFINITY;
    }
  }
  QaDecodeOptions opt = DECODE;
  opt.with_negative = set->metric == QA_METRIC_SQUAD_V2;
  const QaQuestion *question = &set->data.questions[q];
  qa_decode(out, set->feats.f + first, n, start, end, stride,
            &set->data.paragraphs[question->paragraph], &opt);
  free(start), free(end);
}

static void print_answer_json(FILE *out, const QaQuestion *q, const QaPrediction *p) {
  JsonWriter w = {0};
  jw_begin_object(&w);
  jw_key(&w, "id");
  jw_string(&w, q->id);
  jw_key(&w, "answer");
  jw_string(&w, p->text);
  jw_key_int(&w, "start", p->char_start);
  jw_key_int(&w, "end", p->char_end);
  jw_key(&w, "score");
  jw_float(&w, p->start_logit + p->end_logit);
  jw_end_object(&w);
  fprintf(out, "%s\n", w.data);
  jw_free(&w);
}

static bool print_answers(FILE *out, const TaskData *d, const float *logits, bool json,
                          const char *answers_path, char *err, size_t err_size) {
  const qa_set *set = d->own;
  JsonWriter all = {0};
  jw_begin_object(&all);
  for (int q = 0; q < set->data.n_questions; q++) {
    QaPrediction p;
    decode(&p, set, q, logits);
    const QaQuestion *question = &set->data.questions[q];
    if (answers_path) {
      jw_key(&all, question->id);
      jw_string(&all, p.text);
    } else if (json) {
      print_answer_json(out, question, &p);
    } else {
      fprintf(out, "%s\t%d\t%d\t%.4f\n", p.text, p.char_start, p.char_end,
              (double)(p.start_logit + p.end_logit));
    }
    free(p.text);
  }
  jw_end_object(&all);
  bool ok = true;
  if (answers_path) {
    FILE *f = fopen(answers_path, "w");
    ok = f && fprintf(f, "%s\n", all.data) >= 0;
    ok = (f && fclose(f) == 0) && ok;
    if (!ok)
      rt_set_err(err, err_size, "%s: cannot write the predictions", answers_path);
    else
      fprintf(out, "%d answers written to %s\n", set->data.n_questions, answers_path);
  }
  jw_free(&all);
  return ok;
}

static void print_predictions(FILE *out, const TaskData *d, const float *logits, char *const *texts,
                              const bertrt_model *m, bool json) {
  (void)texts, (void)m;
  char err[64];
  print_answers(out, d, logits, json, NULL, err, sizeof err);
}

// ---- evaluation ----------------------------------------------------------------------------

struct TaskEval {
  const qa_set *set;
  QaScores scores;
  double loss, span_accuracy; // of the windows: both start and end right
  QaPrediction *answers;      // [n_questions] each question's decoded answer
};

static TaskEval *evaluate(const TaskData *d, const float *logits, const bertrt_model *m,
                          const TaskScore *score) {
  (void)m;
  double loss = task_score_loss(score), span_accuracy = task_score_accuracy(score);
  const qa_set *set = d->own;
  int n = set->data.n_questions;
  TaskEval *e = rt_grow(NULL, sizeof *e);
  *e = (TaskEval){.set = set, .loss = loss, .span_accuracy = span_accuracy};
  e->answers = rt_grow(NULL, ((size_t)n + 1) * sizeof *e->answers);
  const char **texts = rt_grow(NULL, ((size_t)n + 1) * sizeof *texts);
  for (int q = 0; q < n; q++) {
    decode(&e->answers[q], set, q, logits);
    texts[q] = e->answers[q].text;
  }
  qa_score(&e->scores, &set->data, texts, set->metric);
  free(texts);
  return e;
}

static double metric(const TaskEval *e) {
  return e->scores.f1 / 100;
}

static void epoch_figures(const TaskEval *e, ReportEpoch *epoch) {
  epoch->test_loss = e->loss;
  epoch->test_acc = e->span_accuracy;
  epoch->test_f1 = e->scores.f1 / 100;
  epoch->test_exact_match = e->scores.exact_match / 100;
}

static void epoch_summary(const TaskEval *e, char *buf, size_t size) {
  snprintf(buf, size, " EM %.2f F1 %.2f", e->scores.exact_match, e->scores.f1);
}

// ---- the report's data: samples and histograms -----------------------------------------------

enum { SAMPLES_EACH = 6 }; // exact and inexact answers shown in report.html

static const char *const LENGTH_BINS[] = {"0",   "1",    "2",     "3",     "4",  "5",
                                          "6-8", "9-12", "13-20", "21-30", "31+"};
static const int LENGTH_UPPER[] = {0, 1, 2, 3, 4, 5, 8, 12, 20, 30, INT32_MAX}; // per bin
enum { N_LENGTH_BINS = sizeof LENGTH_BINS / sizeof *LENGTH_BINS, N_POSITION_BINS = 10 };
_Static_assert(sizeof LENGTH_UPPER / sizeof *LENGTH_UPPER == N_LENGTH_BINS, "a bound per bin");
static const char *const POSITION_BINS[N_POSITION_BINS] = {"0-10%",  "10-20%", "20-30%", "30-40%",
                                                           "40-50%", "50-60%", "60-70%", "70-80%",
                                                           "80-90%", "90-100%"};

static int length_bin(int32_t chars) {
  int b = 0;
  while (chars > LENGTH_UPPER[b])
    b++;
  return b;
}

// Counts a span [start, start + length) of a context of n chars (a null answer: length only).
static void count_span(int64_t *lengths, int64_t *positions, int32_t start, int32_t length,
                       int32_t n, bool null) {
  lengths[length_bin(length)]++;
  if (!null && n > 0) positions[(int)((int64_t)start * N_POSITION_BINS / n)]++;
}

// Answer lengths and start positions of every question, gold (its first answer) and predicted.
static void histograms(ReportHistogram out[2], int64_t counts[4][N_LENGTH_BINS],
                       const TaskEval *e) {
  memset(counts, 0, 4 * sizeof counts[0]);
  const QaData *d = &e->set->data;
  for (int q = 0; q < d->n_questions; q++) {
    const QaQuestion *question = &d->questions[q];
    int32_t n = d->paragraphs[question->paragraph].n_chars;
    const QaPrediction *p = &e->answers[q];
    if (question->n_answers)
      count_span(counts[0], counts[2], question->answers[0].start, question->answers[0].length, n,
                 false);
    else
      count_span(counts[0], counts[2], 0, 0, n, true);
    count_span(counts[1], counts[3], p->char_start, p->char_end - p->char_start, n,
               p->null || p->char_end == p->char_start);
  }
  out[0] = (ReportHistogram){"Answer length (characters)", N_LENGTH_BINS, LENGTH_BINS, counts[0],
                             counts[1]};
  out[1] = (ReportHistogram){"Answer start (share of its context)", N_POSITION_BINS, POSITION_BINS,
                             counts[2], counts[3]};
}

// Up to SAMPLES_EACH exact and inexact answers, questions taken evenly over the data set.
static int samples(ReportSample *out, ReportSpan *spans, const TaskEval *e) {
  const QaData *d = &e->set->data;
  int n = 0, right = 0, wrong = 0, step = d->n_questions / (8 * SAMPLES_EACH) + 1;
  for (int q = 0; q < d->n_questions && (right < SAMPLES_EACH || wrong < SAMPLES_EACH); q += step) {
    const QaQuestion *question = &d->questions[q];
    const QaPrediction *p = &e->answers[q];
    bool exact;
    double f1;
    if (!qa_question_score(&exact, &f1, question, p->text, e->set->metric)) continue;
    if (exact ? right >= SAMPLES_EACH : wrong >= SAMPLES_EACH) continue;
    exact ? right++ : wrong++;
    ReportSpan *gold = spans;
    for (int a = 0; a < question->n_answers; a++)
      *spans++ =
          (ReportSpan){question->answers[a].start,
                       question->answers[a].start + question->answers[a].length, "answer", NAN};
    ReportSpan *pred = spans;
    bool answered = !p->null && p->char_end > p->char_start;
    if (answered)
      *spans++ = (ReportSpan){p->char_start, p->char_end, "answer",
                              (double)(p->start_logit + p->end_logit)};
    out[n++] = (ReportSample){.text = d->paragraphs[question->paragraph].context,
                              .spans = true,
                              .gold = gold,
                              .n_gold = question->n_answers,
                              .predicted = pred,
                              .n_predicted = answered,
                              .question = question->question,
                              .exact = exact,
                              .f1 = f1};
  }
  return n;
}

static void log_eval(FILE *metrics, const TaskEval *e, const bertrt_model *m) {
  (void)m;
  const QaData *d = &e->set->data;
  int max_spans = 2 * SAMPLES_EACH;
  for (int q = 0; q < d->n_questions; q++)
    max_spans += d->questions[q].n_answers;
  ReportSample sample[2 * SAMPLES_EACH];
  ReportSpan *spans = rt_grow(NULL, (size_t)max_spans * sizeof *spans);
  ReportHistogram h[2];
  int64_t counts[4][N_LENGTH_BINS];
  histograms(h, counts, e);
  ReportRun run = {.num_labels = 0,
                   .char_f1 = NAN,
                   .samples = sample,
                   .n_samples = samples(sample, spans, e),
                   .histograms = h,
                   .n_histograms = 2};
  report_log_eval(metrics, &run);
  free(spans);
}

static void free_eval(TaskEval *e) {
  for (int q = 0; e->answers && q < e->set->data.n_questions; q++)
    free(e->answers[q].text);
  free(e->answers);
  free(e);
}

static void print_eval(FILE *out, const TaskEval *e, const bertrt_model *m, const char *model_dir,
                       const char *data_path, bool json) {
  (void)m;
  const QaScores *s = &e->scores;
  bool v2 = e->set->metric == QA_METRIC_SQUAD_V2;
  if (json) {
    JsonWriter w = {0};
    jw_begin_object(&w);
    jw_key(&w, "model");
    jw_string(&w, model_dir);
    jw_key(&w, "data");
    jw_string(&w, data_path);
    jw_key_double(&w, "exact_match", s->exact_match);
    jw_key_double(&w, "f1", s->f1);
    jw_key(&w, "metric");
    jw_string(&w, metric_name(e->set->metric));
    jw_key_int(&w, "questions", s->total);
    jw_key_int(&w, "windows", e->set->feats.n);
    if (v2) {
      jw_key_double(&w, "HasAns_exact", s->has_ans_exact);
      jw_key_double(&w, "HasAns_f1", s->has_ans_f1);
      jw_key_int(&w, "HasAns_total", s->has_ans_total);
      jw_key_double(&w, "NoAns_exact", s->no_ans_exact);
      jw_key_double(&w, "NoAns_f1", s->no_ans_f1);
      jw_key_int(&w, "NoAns_total", s->no_ans_total);
    }
    jw_key_double(&w, "loss", e->loss);
    jw_end_object(&w);
    fprintf(out, "%s\n", w.data);
    jw_free(&w);
    return;
  }
  fprintf(out, "eval %s on %s: %lld questions (%s; %d windows)\n", model_dir, data_path,
          (long long)s->total, metric_name(e->set->metric), e->set->feats.n);
  fprintf(out, "exact match %.2f  F1 %.2f  loss %.4f  span accuracy %.4f\n", s->exact_match, s->f1,
          e->loss, e->span_accuracy);
  if (v2)
    fprintf(out, "HasAns: exact %.2f F1 %.2f (%lld)  NoAns: exact %.2f F1 %.2f (%lld)\n",
            s->has_ans_exact, s->has_ans_f1, (long long)s->has_ans_total, s->no_ans_exact,
            s->no_ans_f1, (long long)s->no_ans_total);
}

const Task task_qa = {
    .head_type = "question_answering",
    .data_format = "SQuAD v1.1 / v2.0 or KorQuAD 1.0 JSON",
    .metric_name = "F1",
    .report_task = "question_answering",
    .holdout = true,
    .spans = true,
    .load = load,
    .encode_texts = encode_texts,
    .free = free_data,
    .evaluate = evaluate,
    .metric = metric,
    .epoch_figures = epoch_figures,
    .epoch_summary = epoch_summary,
    .log_eval = log_eval,
    .print_eval = print_eval,
    .free_eval = free_eval,
    .print_predictions = print_predictions,
    .encode_query = encode_query,
    .print_answers = print_answers,
};
