// report_log.c — metrics.jsonl: writing its records and reading a run back (report.h).
#include "report.h"
#include "rt_util.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "metrics.h"

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(rt_grow(NULL, n), s, n);
}

// Makes room for one more element after `count` (capacity doubles at powers of two).
static void *grow_for(void *items, int64_t count, size_t size) {
  if (count & (count - 1)) return items;
  return rt_grow(items, (size_t)(count ? 2 * count : 1) * size);
}

// ---- metrics.jsonl: writing --------------------------------------------------------------

static bool emit(FILE *f, JsonWriter *w) {
  jw_end_object(w);
  bool ok = fputs(w->data, f) >= 0 && fputc('\n', f) != EOF && fflush(f) == 0;
  jw_free(w);
  return ok;
}

static void begin_record(JsonWriter *w, const char *type) {
  jw_begin_object(w);
  jw_key(w, "type");
  jw_string(w, type);
}

static void put_counts(JsonWriter *w, const char *key, const ReportCounts *c) {
  jw_key(w, key);
  jw_begin_object(w);
  jw_key_int(w, "rows_read", c->rows_read);
  jw_key_int(w, "empty_dropped", c->empty_dropped);
  jw_key_int(w, "bad_lines", c->bad_lines);
  jw_key_int(w, "used", c->used);
  jw_end_object(w);
}

bool report_log_start(FILE *f, const ReportRun *run) {
  JsonWriter w = {0};
  begin_record(&w, "run");
  jw_key(&w, "name");
  jw_string(&w, run->name);
  if (run->task) {
    jw_key(&w, "task");
    jw_string(&w, run->task);
  }
  jw_key(&w, "settings");
  jw_begin_object(&w);
  for (int i = 0; i < run->n_settings; i++) {
    jw_key(&w, run->settings[i].key);
    jw_string(&w, run->settings[i].value);
  }
  jw_end_object(&w);
  jw_key(&w, "labels");
  jw_begin_array(&w);
  for (int i = 0; i < run->num_labels; i++)
    jw_string(&w, run->labels[i]);
  jw_end_array(&w);
  jw_key(&w, "counts");
  jw_begin_object(&w);
  put_counts(&w, "train", &run->train);
  put_counts(&w, "test", &run->test);
  jw_end_object(&w);
  return emit(f, &w);
}

bool report_log_step(FILE *f, const ReportStep *step) {
  JsonWriter w = {0};
  begin_record(&w, "step");
  jw_key_int(&w, "step", step->step);
  jw_key_int(&w, "epoch", step->epoch);
  jw_key_double(&w, "loss", step->loss);
  jw_key_double(&w, "lr", step->lr);
  return emit(f, &w);
}

bool report_log_skip(FILE *f, int64_t step, int64_t epoch, float loss) {
  JsonWriter w = {0};
  begin_record(&w, "skip");
  jw_key_int(&w, "step", step);
  jw_key_int(&w, "epoch", epoch);
  jw_key(&w, "loss");
  jw_string(&w, isnan(loss) ? "nan" : loss > 0 ? "inf" : "-inf");
  return emit(f, &w);
}

bool report_log_epoch(FILE *f, const ReportEpoch *e) {
  JsonWriter w = {0};
  begin_record(&w, "epoch");
  jw_key_int(&w, "epoch", e->epoch);
  jw_key_double(&w, "train_loss", e->train_loss);
  jw_key_double(&w, "train_acc", e->train_acc);
  jw_key_double(&w, "test_loss", e->test_loss);
  jw_key_double(&w, "test_acc", e->test_acc);
  if (!isnan(e->test_f1)) jw_key_double(&w, "test_f1", e->test_f1);
  if (!isnan(e->test_char_f1)) jw_key_double(&w, "test_char_f1", e->test_char_f1);
  if (!isnan(e->test_exact_match)) jw_key_double(&w, "test_exact_match", e->test_exact_match);
  if (!isnan(e->test_nsp_acc)) jw_key_double(&w, "test_nsp_acc", e->test_nsp_acc);
  jw_key_double(&w, "seconds", e->seconds);
  return emit(f, &w);
}

// [[START, END, TYPE(, SCORE)], ...]: the spans of a sample, scores for predictions.
static void put_spans(JsonWriter *w, const char *key, const ReportSpan *spans, int n, bool scores) {
  jw_key(w, key);
  jw_begin_array(w);
  for (int i = 0; i < n; i++) {
    jw_begin_array(w);
    jw_int(w, spans[i].start);
    jw_int(w, spans[i].end);
    jw_string(w, spans[i].type);
    if (scores) jw_double(w, spans[i].score);
    jw_end_array(w);
  }
  jw_end_array(w);
}

static void put_sample(JsonWriter *w, const ReportSample *s) {
  jw_begin_object(w);
  jw_key(w, "text");
  jw_string(w, s->text);
  if (s->question) {
    jw_key(w, "question");
    jw_string(w, s->question);
  }
  if (s->spans) {
    put_spans(w, "gold", s->gold, s->n_gold, false);
    put_spans(w, "pred", s->predicted, s->n_predicted, true);
    if (s->question) {
      jw_key_double(w, "exact_match", s->exact);
      jw_key_double(w, "f1", s->f1);
    }
  } else {
    jw_key_int(w, "label", s->label);
    jw_key_int(w, "pred", s->pred);
    jw_key_double(w, "confidence", s->confidence);
  }
  jw_end_object(w);
}

static void put_histograms(JsonWriter *w, const ReportRun *run) {
  jw_key(w, "histograms");
  jw_begin_array(w);
  for (int i = 0; i < run->n_histograms; i++) {
    const ReportHistogram *h = &run->histograms[i];
    jw_begin_object(w);
    jw_key(w, "name");
    jw_string(w, h->name);
    jw_key(w, "bins");
    jw_begin_array(w);
    for (int b = 0; b < h->n; b++)
      jw_string(w, h->bins[b]);
    jw_end_array(w);
    const int64_t *counts[2] = {h->gold, h->pred};
    for (int c = 0; c < 2; c++) {
      jw_key(w, c ? "pred" : "gold");
      jw_begin_array(w);
      for (int b = 0; b < h->n; b++)
        jw_int(w, counts[c][b]);
      jw_end_array(w);
    }
    jw_end_object(w);
  }
  jw_end_array(w);
}

bool report_log_eval(FILE *f, const ReportRun *run) {
  JsonWriter w = {0};
  int k = run->num_labels;
  begin_record(&w, "eval");
  jw_key(&w, "confusion");
  jw_begin_array(&w);
  for (int t = 0; t < k; t++) {
    jw_begin_array(&w);
    for (int p = 0; p < k; p++)
      jw_int(&w, run->confusion[t * k + p]);
    jw_end_array(&w);
  }
  jw_end_array(&w);
  jw_key(&w, "samples");
  jw_begin_array(&w);
  for (int i = 0; i < run->n_samples; i++)
    put_sample(&w, &run->samples[i]);
  jw_end_array(&w);
  if (run->entity_scores) {
    jw_key(&w, "entity_scores");
    jw_begin_array(&w);
    for (int i = 0; i < run->n_entity_scores; i++) {
      const ReportTypeScore *t = &run->entity_scores[i];
      jw_begin_object(&w);
      jw_key(&w, "type");
      jw_string(&w, t->name);
      jw_key_double(&w, "precision", t->precision);
      jw_key_double(&w, "recall", t->recall);
      jw_key_double(&w, "f1", t->f1);
      jw_key_int(&w, "support", t->support);
      jw_end_object(&w);
    }
    jw_end_array(&w);
    if (!isnan(run->char_f1)) jw_key_double(&w, "char_macro_f1", run->char_f1);
  }
  if (run->histograms) put_histograms(&w, run);
  return emit(f, &w);
}

bool report_log_finish(FILE *f, const ReportRun *run) {
  JsonWriter w = {0};
  begin_record(&w, "run");
  jw_key_double(&w, "train_seconds", run->train_seconds);
  jw_key_double(&w, "eval_seconds", run->eval_seconds);
  jw_key_double(&w, "sequences_per_second", run->sequences_per_second);
  jw_key_int(&w, "peak_memory_bytes", run->peak_memory_bytes);
  return emit(f, &w);
}

// ---- metrics.jsonl: reading --------------------------------------------------------------

typedef struct {
  const char *path;
  int64_t line;
  char *err;
  size_t err_size;
} Source;

static bool bad(const Source *s, const JsonValue *at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool bad(const Source *s, const JsonValue *at, const char *fmt, ...) {
  int n = snprintf(s->err, s->err_size, "%s:%lld:%d: ", s->path, (long long)s->line, at->col);
  va_list ap;
  va_start(ap, fmt);
  if (n >= 0 && (size_t)n < s->err_size) vsnprintf(s->err + n, s->err_size - (size_t)n, fmt, ap);
  va_end(ap);
  return false;
}

// obj[key] of kind `kind` into *out; absent is fine unless `required`.
static bool field(const Source *s, const JsonValue *obj, const char *key, JsonKind kind,
                  bool required, const JsonValue **out) {
  const JsonValue *v = json_get(obj, key);
  *out = NULL;
  if (!v) return required ? bad(s, obj, "expected \"%s\" in this record", key) : true;
  if (v->kind != kind) {
    if (kind == JSON_NUMBER && v->kind == JSON_NULL) return true; // a non-finite number
    return bad(s, v, "\"%s\" must be a%s %s, got %s", key, kind == JSON_ARRAY ? "n" : "",
               json_kind_name(kind), json_kind_name(v->kind));
  }
  *out = v;
  return true;
}

static bool get_double(const Source *s, const JsonValue *obj, const char *key, bool required,
                       double *out) {
  const JsonValue *v;
  if (!field(s, obj, key, JSON_NUMBER, required, &v)) return false;
  if (v)
    *out = v->number;
  else if (json_get(obj, key))
    *out = NAN;
  return true;
}

static bool get_int(const Source *s, const JsonValue *obj, const char *key, bool required,
                    int64_t *out) {
  const JsonValue *v;
  if (!field(s, obj, key, JSON_NUMBER, required, &v)) return false;
  if (v && !json_as_int(v, out)) return bad(s, v, "\"%s\" must be an integer", key);
  return true;
}

static void set_setting(ReportRun *run, const char *key, char *value) {
  ReportSetting *settings = (ReportSetting *)run->settings;
  for (int i = 0; i < run->n_settings; i++)
    if (strcmp(settings[i].key, key) == 0) {
      free((char *)settings[i].value);
      settings[i].value = value;
      return;
    }
  settings = grow_for(settings, run->n_settings, sizeof *settings);
  settings[run->n_settings++] = (ReportSetting){dup_str(key), value};
  run->settings = settings;
}

static bool read_settings(const Source *s, ReportRun *run, const JsonValue *obj) {
  for (size_t i = 0; i < obj->count; i++) {
    const JsonValue *v = obj->items[i];
    if (v->kind != JSON_STRING && v->kind != JSON_NUMBER && v->kind != JSON_BOOL)
      return bad(s, v, "setting \"%s\" must be a string, number or boolean, got %s", obj->keys[i],
                 json_kind_name(v->kind));
    set_setting(run, obj->keys[i],
                dup_str(v->kind == JSON_BOOL ? (v->boolean ? "true" : "false") : v->text));
  }
  return true;
}

static void free_labels(ReportRun *run) {
  for (int i = 0; i < run->num_labels; i++)
    free((char *)run->labels[i]);
  free((char **)run->labels);
  run->labels = NULL;
  run->num_labels = 0;
}

static bool read_labels(const Source *s, ReportRun *run, const JsonValue *arr) {
  for (size_t i = 0; i < arr->count; i++)
    if (arr->items[i]->kind != JSON_STRING)
      return bad(s, arr->items[i], "labels must be strings, got %s",
                 json_kind_name(arr->items[i]->kind));
  free_labels(run);
  char **labels = rt_grow(NULL, arr->count * sizeof *labels);
  for (size_t i = 0; i < arr->count; i++)
    labels[i] = dup_str(arr->items[i]->text);
  run->labels = (const char *const *)labels;
  run->num_labels = (int)arr->count;
  return true;
}

static bool read_counts(const Source *s, const JsonValue *obj, ReportCounts *c) {
  return get_int(s, obj, "rows_read", false, &c->rows_read) &&
         get_int(s, obj, "empty_dropped", false, &c->empty_dropped) &&
         get_int(s, obj, "bad_lines", false, &c->bad_lines) &&
         get_int(s, obj, "used", false, &c->used);
}

static bool read_run(const Source *s, ReportRun *run, const JsonValue *rec) {
  const JsonValue *name, *task, *settings, *labels, *counts, *split;
  if (!field(s, rec, "name", JSON_STRING, false, &name) ||
      !field(s, rec, "task", JSON_STRING, false, &task) ||
      !field(s, rec, "settings", JSON_OBJECT, false, &settings) ||
      !field(s, rec, "labels", JSON_ARRAY, false, &labels) ||
      !field(s, rec, "counts", JSON_OBJECT, false, &counts))
    return false;
  if (name) {
    free((char *)run->name);
    run->name = dup_str(name->text);
  }
  if (task) {
    free((char *)run->task);
    run->task = dup_str(task->text);
  }
  if (settings && !read_settings(s, run, settings)) return false;
  if (labels && !read_labels(s, run, labels)) return false;
  if (counts) {
    if (!field(s, counts, "train", JSON_OBJECT, false, &split)) return false;
    if (split && !read_counts(s, split, &run->train)) return false;
    if (!field(s, counts, "test", JSON_OBJECT, false, &split)) return false;
    if (split && !read_counts(s, split, &run->test)) return false;
  }
  return get_double(s, rec, "train_seconds", false, &run->train_seconds) &&
         get_double(s, rec, "eval_seconds", false, &run->eval_seconds) &&
         get_double(s, rec, "sequences_per_second", false, &run->sequences_per_second) &&
         get_int(s, rec, "peak_memory_bytes", false, &run->peak_memory_bytes);
}

static bool read_step(const Source *s, ReportRun *run, const JsonValue *rec) {
  ReportStep st = {.loss = NAN, .lr = NAN};
  if (!get_int(s, rec, "step", true, &st.step) || !get_int(s, rec, "epoch", false, &st.epoch) ||
      !get_double(s, rec, "loss", true, &st.loss) || !get_double(s, rec, "lr", false, &st.lr))
    return false;
  while (run->n_steps > 0 && run->steps[run->n_steps - 1].step >= st.step)
    run->n_steps--;
  ReportStep *steps = grow_for((ReportStep *)run->steps, run->n_steps, sizeof *steps);
  steps[run->n_steps++] = st;
  run->steps = steps;
  return true;
}

static bool read_epoch(const Source *s, ReportRun *run, const JsonValue *rec) {
  ReportEpoch e = {.train_loss = NAN,
                   .train_acc = NAN,
                   .test_loss = NAN,
                   .test_acc = NAN,
                   .test_f1 = NAN,
                   .test_char_f1 = NAN,
                   .test_exact_match = NAN,
                   .test_nsp_acc = NAN};
  if (!get_int(s, rec, "epoch", true, &e.epoch) ||
      !get_double(s, rec, "train_loss", false, &e.train_loss) ||
      !get_double(s, rec, "train_acc", false, &e.train_acc) ||
      !get_double(s, rec, "test_loss", false, &e.test_loss) ||
      !get_double(s, rec, "test_acc", false, &e.test_acc) ||
      !get_double(s, rec, "test_f1", false, &e.test_f1) ||
      !get_double(s, rec, "test_char_f1", false, &e.test_char_f1) ||
      !get_double(s, rec, "test_exact_match", false, &e.test_exact_match) ||
      !get_double(s, rec, "test_nsp_acc", false, &e.test_nsp_acc) ||
      !get_double(s, rec, "seconds", false, &e.seconds))
    return false;
  while (run->n_epochs > 0 && run->epochs[run->n_epochs - 1].epoch >= e.epoch)
    run->n_epochs--;
  ReportEpoch *epochs = grow_for((ReportEpoch *)run->epochs, run->n_epochs, sizeof *epochs);
  epochs[run->n_epochs++] = e;
  run->epochs = epochs;
  return true;
}

static void free_spans(const ReportSpan *spans, int n) {
  for (int i = 0; i < n; i++)
    free((char *)spans[i].type);
  free((ReportSpan *)spans);
}

static void free_eval(ReportRun *run) {
  for (int i = 0; i < run->n_samples; i++) {
    const ReportSample *sample = &run->samples[i];
    free((char *)sample->text);
    free((char *)sample->question);
    free_spans(sample->gold, sample->n_gold);
    free_spans(sample->predicted, sample->n_predicted);
  }
  free((ReportSample *)run->samples);
  free((int64_t *)run->confusion);
  for (int i = 0; i < run->n_entity_scores; i++)
    free((char *)run->entity_scores[i].name);
  free((ReportTypeScore *)run->entity_scores);
  run->samples = NULL;
  run->n_samples = 0;
  run->confusion = NULL;
  run->entity_scores = NULL;
  run->n_entity_scores = 0;
  run->char_f1 = NAN;
  for (int i = 0; i < run->n_histograms; i++) {
    const ReportHistogram *h = &run->histograms[i];
    free((char *)h->name);
    for (int b = 0; b < h->n; b++)
      free((char *)h->bins[b]);
    free((char **)h->bins);
    free((int64_t *)h->gold);
    free((int64_t *)h->pred);
  }
  free((ReportHistogram *)run->histograms);
  run->histograms = NULL;
  run->n_histograms = 0;
}

static bool read_confusion(const Source *s, ReportRun *run, const JsonValue *rows) {
  int k = (int)rows->count;
  if (run->num_labels == 0) { // no labels recorded: name them by index
    char **labels = rt_grow(NULL, (size_t)k * sizeof *labels);
    for (int i = 0; i < k; i++) {
      char name[24];
      snprintf(name, sizeof name, "%d", i);
      labels[i] = dup_str(name);
    }
    run->labels = (const char *const *)labels;
    run->num_labels = k;
  }
  if (k != run->num_labels)
    return bad(s, rows, "the confusion matrix has %d rows but the run has %d labels", k,
               run->num_labels);
  int64_t *cm = rt_grow(NULL, (size_t)(k * k) * sizeof *cm);
  run->confusion = cm;
  for (int t = 0; t < k; t++) {
    const JsonValue *row = rows->items[t];
    if (row->kind != JSON_ARRAY || row->count != (size_t)k)
      return bad(s, row, "each confusion matrix row must be an array of %d integers", k);
    for (int p = 0; p < k; p++)
      if (!json_as_int(row->items[p], &cm[t * k + p]) || cm[t * k + p] < 0)
        return bad(s, row->items[p], "confusion matrix counts must be integers >= 0");
  }
  return true;
}

// [[START, END, TYPE(, SCORE)], ...] into *out [*n].
static bool read_spans(const Source *s, const JsonValue *arr, bool scores, const ReportSpan **out,
                       int *n) {
  ReportSpan *spans = rt_grow(NULL, (arr->count + 1) * sizeof *spans);
  *out = spans;
  for (size_t i = 0; i < arr->count; i++) {
    const JsonValue *v = arr->items[i];
    if (v->kind != JSON_ARRAY || v->count != 3u + scores || v->items[2]->kind != JSON_STRING ||
        !json_as_int(v->items[0], &spans[i].start) || !json_as_int(v->items[1], &spans[i].end) ||
        (scores && v->items[3]->kind != JSON_NUMBER) || spans[i].start < 0 ||
        spans[i].end < spans[i].start)
      return bad(s, v, "an entity must be [start, end, type%s] with 0 <= start <= end",
                 scores ? ", score" : "");
    spans[i].type = dup_str(v->items[2]->text);
    spans[i].score = scores ? v->items[3]->number : NAN;
    (*n)++;
  }
  return true;
}

static bool read_span_sample(const Source *s, const JsonValue *obj, ReportSample *out) {
  const JsonValue *text, *gold, *pred, *question;
  out->exact = out->f1 = NAN;
  if (!field(s, obj, "text", JSON_STRING, true, &text) ||
      !field(s, obj, "gold", JSON_ARRAY, true, &gold) ||
      !field(s, obj, "pred", JSON_ARRAY, true, &pred) ||
      !field(s, obj, "question", JSON_STRING, false, &question) ||
      !get_double(s, obj, "exact_match", question != NULL, &out->exact) ||
      !get_double(s, obj, "f1", question != NULL, &out->f1))
    return false;
  out->spans = true;
  out->text = dup_str(text->text);
  if (question) out->question = dup_str(question->text);
  return read_spans(s, gold, false, &out->gold, &out->n_gold) &&
         read_spans(s, pred, true, &out->predicted, &out->n_predicted);
}

static bool read_sample(const Source *s, const ReportRun *run, const JsonValue *obj,
                        ReportSample *out) {
  const JsonValue *text;
  int64_t label = 0, pred = 0;
  *out = (ReportSample){0};
  if (obj->kind != JSON_OBJECT) return bad(s, obj, "samples must be objects");
  if (json_get(obj, "gold")) return read_span_sample(s, obj, out);
  if (!field(s, obj, "text", JSON_STRING, true, &text) || !get_int(s, obj, "label", true, &label) ||
      !get_int(s, obj, "pred", true, &pred) ||
      !get_double(s, obj, "confidence", true, &out->confidence))
    return false;
  if (label < 0 || label >= run->num_labels || pred < 0 || pred >= run->num_labels)
    return bad(s, obj, "sample labels must be in [0, %d)", run->num_labels);
  out->label = (int)label;
  out->pred = (int)pred;
  out->text = dup_str(text->text);
  return true;
}

static bool read_entity_scores(const Source *s, ReportRun *run, const JsonValue *arr) {
  ReportTypeScore *out = rt_grow(NULL, (arr->count + 1) * sizeof *out);
  run->entity_scores = out;
  for (size_t i = 0; i < arr->count; i++) {
    const JsonValue *v = arr->items[i], *type;
    if (v->kind != JSON_OBJECT) return bad(s, v, "entity_scores must be objects");
    out[i] = (ReportTypeScore){0};
    if (!field(s, v, "type", JSON_STRING, true, &type) ||
        !get_double(s, v, "precision", true, &out[i].precision) ||
        !get_double(s, v, "recall", true, &out[i].recall) ||
        !get_double(s, v, "f1", true, &out[i].f1) ||
        !get_int(s, v, "support", true, &out[i].support))
      return false;
    out[i].name = dup_str(type->text);
    run->n_entity_scores++;
  }
  return true;
}

// [N, ...] of n integers >= 0 into a fresh *out.
static bool read_bin_counts(const Source *s, const JsonValue *arr, int n, const int64_t **out) {
  int64_t *counts = rt_grow(NULL, ((size_t)n + 1) * sizeof *counts);
  *out = counts;
  if (arr->count != (size_t)n) return bad(s, arr, "a histogram needs one count per bin (%d)", n);
  for (int b = 0; b < n; b++)
    if (!json_as_int(arr->items[b], &counts[b]) || counts[b] < 0)
      return bad(s, arr->items[b], "histogram counts must be integers >= 0");
  return true;
}

static bool read_histograms(const Source *s, ReportRun *run, const JsonValue *arr) {
  ReportHistogram *out = rt_grow(NULL, (arr->count + 1) * sizeof *out);
  run->histograms = out;
  for (size_t i = 0; i < arr->count; i++) {
    const JsonValue *v = arr->items[i], *name, *bins, *gold, *pred;
    if (v->kind != JSON_OBJECT) return bad(s, v, "histograms must be objects");
    if (!field(s, v, "name", JSON_STRING, true, &name) ||
        !field(s, v, "bins", JSON_ARRAY, true, &bins) ||
        !field(s, v, "gold", JSON_ARRAY, true, &gold) ||
        !field(s, v, "pred", JSON_ARRAY, true, &pred))
      return false;
    ReportHistogram *h = &out[run->n_histograms++];
    *h = (ReportHistogram){.name = dup_str(name->text)};
    char **labels = rt_grow(NULL, (bins->count + 1) * sizeof *labels);
    h->bins = (const char *const *)labels;
    for (size_t b = 0; b < bins->count; b++) {
      if (bins->items[b]->kind != JSON_STRING)
        return bad(s, bins->items[b], "histogram bins must be strings");
      labels[h->n++] = dup_str(bins->items[b]->text);
    }
    if (!read_bin_counts(s, gold, h->n, &h->gold) || !read_bin_counts(s, pred, h->n, &h->pred))
      return false;
  }
  return true;
}

static bool read_eval(const Source *s, ReportRun *run, const JsonValue *rec) {
  const JsonValue *rows, *samples, *entities, *histograms;
  if (!field(s, rec, "confusion", JSON_ARRAY, true, &rows) ||
      !field(s, rec, "samples", JSON_ARRAY, false, &samples) ||
      !field(s, rec, "entity_scores", JSON_ARRAY, false, &entities) ||
      !field(s, rec, "histograms", JSON_ARRAY, false, &histograms))
    return false;
  free_eval(run);
  if (!read_confusion(s, run, rows)) return false;
  if (entities && !read_entity_scores(s, run, entities)) return false;
  if (histograms && !read_histograms(s, run, histograms)) return false;
  if (!get_double(s, rec, "char_macro_f1", false, &run->char_f1)) return false;
  if (!samples) return true;
  ReportSample *out = rt_grow(NULL, samples->count * sizeof *out);
  run->samples = out;
  for (size_t i = 0; i < samples->count; i++) {
    if (!read_sample(s, run, samples->items[i], &out[i])) return false;
    run->n_samples++;
  }
  return true;
}

static bool read_record(const Source *s, ReportRun *run, const JsonValue *rec) {
  const JsonValue *type;
  if (rec->kind != JSON_OBJECT)
    return bad(s, rec, "expected an object, got %s", json_kind_name(rec->kind));
  if (!field(s, rec, "type", JSON_STRING, true, &type)) return false;
  if (strcmp(type->text, "run") == 0) return read_run(s, run, rec);
  if (strcmp(type->text, "step") == 0) return read_step(s, run, rec);
  if (strcmp(type->text, "epoch") == 0) return read_epoch(s, run, rec);
  if (strcmp(type->text, "eval") == 0) return read_eval(s, run, rec);
  if (strcmp(type->text, "skip") == 0) {
    run->skipped_steps++;
    return true;
  }
  return bad(s, type, "unknown record type \"%s\": expected run, step, skip, epoch or eval",
             type->text);
}

static bool read_lines(Source *s, ReportRun *run, FILE *f) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  bool ok = true;
  while (ok && (n = getline(&line, &cap, f)) > 0) {
    s->line++;
    bool complete = line[n - 1] == '\n';
    size_t len = (size_t)n - complete;
    if (strspn(line, " \t\r\n") == (size_t)n) continue;
    JsonError e;
    JsonValue *rec = json_parse(line, len, &e);
    if (!rec) {
      if (complete)
        snprintf(s->err, s->err_size, "%s:%lld:%d: %s", s->path, (long long)s->line, e.col,
                 e.message);
      ok = !complete;
      continue;
    }
    ok = read_record(s, run, rec);
    json_free(rec);
  }
  free(line);
  return ok;
}

bool report_load(ReportRun *run, const char *run_dir, char *err, size_t err_size) {
  *run = (ReportRun){.char_f1 = NAN};
  size_t n = strlen(run_dir);
  while (n > 1 && run_dir[n - 1] == '/')
    n--;
  char *path = rt_grow(NULL, n + sizeof "/metrics.jsonl");
  snprintf(path, n + sizeof "/metrics.jsonl", "%.*s/metrics.jsonl", (int)n, run_dir);
  Source s = {.path = path, .err = err, .err_size = err_size};
  FILE *f = fopen(path, "r");
  bool ok = f != NULL;
  if (!f)
    snprintf(err, err_size, "%s: cannot read it: %s", path, strerror(errno));
  else {
    ok = read_lines(&s, run, f);
    fclose(f);
  }
  if (ok && !run->name) {
    const char *base = path + n;
    while (base > path && base[-1] != '/')
      base--;
    run->name = rt_grow(NULL, (size_t)(path + n - base) + 1);
    snprintf((char *)run->name, (size_t)(path + n - base) + 1, "%.*s", (int)(path + n - base),
             base);
  }
  free(path);
  if (!ok) report_run_free(run);
  return ok;
}

void report_run_free(ReportRun *run) {
  for (int i = 0; i < run->n_settings; i++) {
    free((char *)run->settings[i].key);
    free((char *)run->settings[i].value);
  }
  free((ReportSetting *)run->settings);
  free_labels(run);
  free_eval(run);
  free((ReportStep *)run->steps);
  free((ReportEpoch *)run->epochs);
  free((char *)run->name);
  free((char *)run->task);
  *run = (ReportRun){0};
}
