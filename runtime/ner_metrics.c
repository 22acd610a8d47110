// ner_metrics.c — seqeval's entity scores and KLUE's character-level macro F1 (ner_metrics.h).
#include "ner_metrics.h"

#include "rt_util.h"

#include <stdlib.h>
#include <string.h>

// A zeroed array of count elements of size bytes.
static void *zeros(size_t count, size_t size) {
  void *p = rt_grow(NULL, count * size);
  memset(p, 0, count * size);
  return p;
}

// Label indices outside [0, num_labels) are a bug of the caller.
static void check_label(const NerTagSet *ts, int32_t tag) {
  if (tag >= 0 && tag < ts->num_labels) return;
  fprintf(stderr, "bertrt: internal error: tag %d outside [0, %d) at %s:%d\n", tag, ts->num_labels,
          __FILE__, __LINE__);
  abort();
}

int ner_entities(const NerTagSet *ts, const int32_t *tags, int n, NerEntity *out) {
  int count = 0, open = -1, start = 0; // open: the type of the chunk being read, -1 for none
  for (int i = 0; i <= n; i++) {
    if (i < n) check_label(ts, tags[i]);
    NerPrefix prefix = i < n ? ts->prefix[tags[i]] : NER_OUTSIDE; // the end reads as O
    int type = i < n ? ts->type[tags[i]] : -1;
    if (open >= 0 && (prefix != NER_INSIDE || type != open)) {
      out[count++] = (NerEntity){.type = open, .start = start, .end = i};
      open = -1;
    }
    if (prefix == NER_BEGIN || (prefix == NER_INSIDE && open < 0)) {
      open = type;
      start = i;
    }
  }
  return count;
}

void ner_counts_init(NerCounts *c, const NerTagSet *ts) {
  size_t k = (size_t)ts->num_labels;
  *c = (NerCounts){.n_types = ts->n_types, .num_labels = ts->num_labels};
  c->correct = zeros((size_t)ts->n_types, sizeof *c->correct);
  c->predicted = zeros((size_t)ts->n_types, sizeof *c->predicted);
  c->gold = zeros((size_t)ts->n_types, sizeof *c->gold);
  c->units = zeros(k * k, sizeof *c->units);
}

void ner_counts_free(NerCounts *c) {
  free(c->correct);
  free(c->predicted);
  free(c->gold);
  free(c->units);
  *c = (NerCounts){0};
}

// Counts gold [n_gold] and guess [n_guess] (both sorted by start, neither overlapping itself):
// a guess is correct when a gold entity has its start, end and type.
static void count_entities(NerCounts *c, const NerEntity *gold, int n_gold, const NerEntity *guess,
                           int n_guess) {
  for (int g = 0; g < n_gold; g++)
    c->gold[gold[g].type]++;
  int g = 0;
  for (int p = 0; p < n_guess; p++) {
    const NerEntity *e = &guess[p];
    c->predicted[e->type]++;
    while (g < n_gold && gold[g].start < e->start)
      g++;
    if (g < n_gold && gold[g].start == e->start && gold[g].end == e->end && gold[g].type == e->type)
      c->correct[e->type]++;
  }
}

void ner_counts_add(NerCounts *c, const NerTagSet *ts, const int32_t *truth, const int32_t *pred,
                    const bool *scored, int n) {
  NerEntity *gold = rt_grow(NULL, 2 * (size_t)n * sizeof *gold), *guess = gold + n;
  int n_gold = ner_entities(ts, truth, n, gold), n_guess = ner_entities(ts, pred, n, guess);
  count_entities(c, gold, n_gold, guess, n_guess);
  free(gold);
  for (int i = 0; i < n; i++)
    if (!scored || scored[i]) confusion_add(c->units, c->num_labels, truth + i, pred + i, 1);
}

// seqeval's _prf_divide with zero_division "warn" (acting as 0).
static double ratio(double num, double den) {
  return den == 0 ? 0.0 : num / den;
}

// Precision, recall and seqeval's F1 (2 p r / (p + r), 0 when p + r is 0) of counts.
static ClassScore entity_score(int64_t correct, int64_t predicted, int64_t gold) {
  double p = ratio((double)correct, (double)predicted), r = ratio((double)correct, (double)gold);
  return (ClassScore){
      .precision = p, .recall = r, .f1 = p + r == 0 ? 0.0 : 2.0 * p * r / (p + r), .support = gold};
}

// np.average of values [m]: plain (weights NULL; 0.0 when m is 0) or weighted by
// weights [m] summing to weight_sum (0.0 when that is 0, as seqeval returns).
static double mean(double *values, const double *weights, double weight_sum, int m) {
  if (!weights) return m ? metrics_np_sum(values, m) / m : 0.0;
  if (weight_sum == 0) return 0.0;
  for (int i = 0; i < m; i++)
    values[i] *= weights[i];
  return metrics_np_sum(values, m) / weight_sum;
}

// The macro and weighted averages of the reported types' scores.
static void averages(NerScores *s, int n_types) {
  double *p = zeros((size_t)n_types * 4, sizeof *p), *r = p + n_types, *f = r + n_types,
         *w = f + n_types; // [m] each: the reported types' precision, recall, f1, support
  int m = 0;
  for (int t = 0; t < n_types; t++)
    if (s->reported[t]) {
      p[m] = s->per_type[t].precision;
      r[m] = s->per_type[t].recall;
      f[m] = s->per_type[t].f1;
      w[m++] = (double)s->per_type[t].support;
    }
  double gold = (double)s->micro.support;
  s->macro = (ClassScore){.precision = mean(p, NULL, 0, m),
                          .recall = mean(r, NULL, 0, m),
                          .f1 = mean(f, NULL, 0, m),
                          .support = s->micro.support};
  s->weighted = (ClassScore){.precision = mean(p, w, gold, m),
                             .recall = mean(r, w, gold, m),
                             .f1 = mean(f, w, gold, m),
                             .support = s->micro.support};
  free(p);
}

// scikit-learn's f1_score(labels=range(k), average="macro", zero_division=1) of the unit
// confusion cm [k, k]: per label 2tp / (true + pred), 1.0 when that is 0 / 0; their mean.
static double char_macro_f1(const int64_t *cm, int k) {
  double *f1 = zeros((size_t)k, sizeof *f1);
  for (int l = 0; l < k; l++) {
    int64_t true_sum = 0, pred_sum = 0;
    for (int j = 0; j < k; j++) {
      true_sum += cm[l * k + j];
      pred_sum += cm[j * k + l];
    }
    double denom = (double)true_sum + (double)pred_sum;
    f1[l] = denom == 0 ? 1.0 : 2.0 * (double)cm[l * k + l] / denom;
  }
  double macro = k ? metrics_np_sum(f1, k) / k : 0.0;
  free(f1);
  return macro;
}

// Units of cm [k, k] whose predicted tag is the true one, over all units (0.0 for none).
static double unit_accuracy(const int64_t *cm, int k) {
  int64_t total = 0, right = 0;
  for (int i = 0; i < k * k; i++)
    total += cm[i];
  for (int l = 0; l < k; l++)
    right += cm[l * k + l];
  return ratio((double)right, (double)total);
}

void ner_scores(NerScores *out, const NerTagSet *ts, const NerCounts *c) {
  int n_types = ts->n_types;
  *out = (NerScores){.per_type = zeros((size_t)n_types, sizeof *out->per_type),
                     .reported = zeros((size_t)n_types, sizeof *out->reported)};
  int64_t correct = 0, predicted = 0, gold = 0;
  for (int t = 0; t < n_types; t++) {
    out->per_type[t] = entity_score(c->correct[t], c->predicted[t], c->gold[t]);
    out->reported[t] = c->gold[t] > 0 || c->predicted[t] > 0;
    correct += c->correct[t];
    predicted += c->predicted[t];
    gold += c->gold[t];
  }
  out->micro = entity_score(correct, predicted, gold);
  averages(out, n_types);
  out->char_macro_f1 = char_macro_f1(c->units, ts->num_labels);
  out->unit_accuracy = unit_accuracy(c->units, ts->num_labels);
}

void ner_scores_free(NerScores *s) {
  free(s->per_type);
  free(s->reported);
  *s = (NerScores){0};
}

void ner_report_text(FILE *out, const NerTagSet *ts, const NerScores *s, int digits) {
  int width = (int)strlen("weighted avg");
  for (int t = 0; t < ts->n_types; t++)
    if (s->reported[t] && metrics_code_points(ts->types[t]) > width)
      width = metrics_code_points(ts->types[t]);
  if (digits > width) width = digits;
  metrics_put_name(out, "", width);
  fprintf(out, " %9s %9s %9s %9s\n\n", "precision", "recall", "f1-score", "support");
  for (int t = 0; t < ts->n_types; t++)
    if (s->reported[t]) metrics_put_row(out, ts->types[t], &s->per_type[t], width, digits);
  fputc('\n', out);
  metrics_put_row(out, "micro avg", &s->micro, width, digits);
  metrics_put_row(out, "macro avg", &s->macro, width, digits);
  metrics_put_row(out, "weighted avg", &s->weighted, width, digits);
}

static void score_json(JsonWriter *w, const char *name, const ClassScore *s) {
  jw_key(w, name);
  jw_begin_object(w);
  jw_key_double(w, "precision", s->precision);
  jw_key_double(w, "recall", s->recall);
  jw_key_double(w, "f1-score", s->f1);
  jw_key_int(w, "support", s->support);
  jw_end_object(w);
}

void ner_report_json(JsonWriter *w, const NerTagSet *ts, const NerScores *s) {
  jw_begin_object(w);
  for (int t = 0; t < ts->n_types; t++)
    if (s->reported[t]) score_json(w, ts->types[t], &s->per_type[t]);
  score_json(w, "micro avg", &s->micro);
  score_json(w, "macro avg", &s->macro);
  score_json(w, "weighted avg", &s->weighted);
  jw_end_object(w);
}
