// metrics.c — confusion matrix, scikit-learn's classification report, softmax (metrics.h).
#include "metrics.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void *alloc_array(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size);
  if (!p) {
    fprintf(stderr, "bertrt: error: out of memory allocating %zu bytes\n", count * size);
    exit(1);
  }
  return p;
}

void confusion_add(int64_t *cm, int k, const int32_t *truth, const int32_t *pred, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (truth[i] < 0) continue;
    if (truth[i] >= k || pred[i] < 0 || pred[i] >= k) {
      fprintf(stderr, "bertrt: internal error: label pair (%d, %d) outside [0, %d) at %s:%d\n",
              truth[i], pred[i], k, __FILE__, __LINE__);
      abort();
    }
    cm[(int64_t)truth[i] * k + pred[i]]++;
  }
}

double metrics_np_sum(const double *a, int n) {
  if (n < 8) {
    double sum = 0.0;
    for (int i = 0; i < n; i++)
      sum += a[i];
    return sum;
  }
  if (n <= 128) {
    double r[8];
    memcpy(r, a, sizeof r);
    int i;
    for (i = 8; i < n - n % 8; i += 8)
      for (int j = 0; j < 8; j++)
        r[j] += a[i + j];
    double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++)
      sum += a[i];
    return sum;
  }
  int half = n / 2;
  half -= half % 8;
  return metrics_np_sum(a, half) + metrics_np_sum(a + half, n - half);
}

// sklearn's _prf_divide with zero_division=0.
static double ratio(double num, double den) {
  return den == 0 ? 0.0 : num / den;
}

// macro (weights NULL: np.mean) or weighted (np.average) mean of field values [k].
static double average(double *values, const double *weights, double weight_sum, int k) {
  if (!weights) return metrics_np_sum(values, k) / k;
  if (weight_sum == 0) return 0.0;
  for (int i = 0; i < k; i++)
    values[i] *= weights[i];
  return metrics_np_sum(values, k) / weight_sum;
}

void metrics_scores(ClassScore *per_label, ScoreSummary *summary, const int64_t *cm, int k) {
  int64_t total = 0, correct = 0;
  for (int t = 0; t < k; t++) {
    int64_t tp = cm[t * k + t], true_sum = 0, pred_sum = 0;
    for (int j = 0; j < k; j++) {
      true_sum += cm[t * k + j];
      pred_sum += cm[j * k + t];
    }
    per_label[t] = (ClassScore){
        .precision = ratio((double)tp, (double)pred_sum),
        .recall = ratio((double)tp, (double)true_sum),
        .f1 = ratio(2.0 * (double)tp, (double)true_sum + (double)pred_sum),
        .support = true_sum,
    };
    total += true_sum;
    correct += tp;
  }
  double *values = alloc_array((size_t)k, sizeof *values);
  double *weights = alloc_array((size_t)k, sizeof *weights);
  for (int i = 0; i < k; i++)
    weights[i] = (double)per_label[i].support;
  ClassScore *avg[2] = {&summary->macro, &summary->weighted};
  for (int a = 0; a < 2; a++) {
    const double *w = a ? weights : NULL;
    for (int i = 0; i < k; i++)
      values[i] = per_label[i].precision;
    avg[a]->precision = average(values, w, (double)total, k);
    for (int i = 0; i < k; i++)
      values[i] = per_label[i].recall;
    avg[a]->recall = average(values, w, (double)total, k);
    for (int i = 0; i < k; i++)
      values[i] = per_label[i].f1;
    avg[a]->f1 = average(values, w, (double)total, k);
    avg[a]->support = total;
  }
  summary->accuracy = ratio((double)correct, (double)total);
  free(values);
  free(weights);
}

int metrics_code_points(const char *s) {
  int n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xC0) != 0x80;
  return n;
}

void metrics_put_name(FILE *out, const char *name, int width) {
  for (int pad = width - metrics_code_points(name); pad > 0; pad--)
    fputc(' ', out);
  fprintf(out, "%s ", name);
}

void metrics_put_row(FILE *out, const char *name, const ClassScore *s, int width, int digits) {
  metrics_put_name(out, name, width);
  fprintf(out, " %9.*f %9.*f %9.*f %9lld\n", digits, s->precision, digits, s->recall, digits, s->f1,
          (long long)s->support);
}

void metrics_report_text(FILE *out, const int64_t *cm, const char *const *labels, int k,
                         int digits) {
  ClassScore *scores = alloc_array((size_t)k, sizeof *scores);
  ScoreSummary sum;
  metrics_scores(scores, &sum, cm, k);
  int width = (int)strlen("weighted avg");
  for (int i = 0; i < k; i++)
    if (metrics_code_points(labels[i]) > width) width = metrics_code_points(labels[i]);
  if (digits > width) width = digits;

  metrics_put_name(out, "", width);
  fprintf(out, " %9s %9s %9s %9s\n\n", "precision", "recall", "f1-score", "support");
  for (int i = 0; i < k; i++)
    metrics_put_row(out, labels[i], &scores[i], width, digits);
  fputc('\n', out);
  metrics_put_name(out, "accuracy", width);
  fprintf(out, " %9s %9s %9.*f %9lld\n", "", "", digits, sum.accuracy,
          (long long)sum.macro.support);
  metrics_put_row(out, "macro avg", &sum.macro, width, digits);
  metrics_put_row(out, "weighted avg", &sum.weighted, width, digits);
  free(scores);
}

static void score_json(JsonWriter *w, const char *name, const ClassScore *s) {
  jw_key(w, name);
  jw_begin_object(w);
  jw_key(w, "precision");
  jw_double(w, s->precision);
  jw_key(w, "recall");
  jw_double(w, s->recall);
  jw_key(w, "f1-score");
  jw_double(w, s->f1);
  jw_key(w, "support");
  jw_int(w, s->support);
  jw_end_object(w);
}

void metrics_report_json(JsonWriter *w, const int64_t *cm, const char *const *labels, int k) {
  ClassScore *scores = alloc_array((size_t)k, sizeof *scores);
  ScoreSummary sum;
  metrics_scores(scores, &sum, cm, k);
  jw_begin_object(w);
  for (int i = 0; i < k; i++)
    score_json(w, labels[i], &scores[i]);
  jw_key(w, "accuracy");
  jw_double(w, sum.accuracy);
  score_json(w, "macro avg", &sum.macro);
  score_json(w, "weighted avg", &sum.weighted);
  jw_end_object(w);
  free(scores);
}

int metrics_softmax(float *probs, const float *logits, int k) {
  int best = 0;
  for (int i = 1; i < k; i++)
    if (logits[i] > logits[best]) best = i;
  double sum = 0.0;
  for (int i = 0; i < k; i++)
    sum += exp((double)logits[i] - (double)logits[best]);
  for (int i = 0; i < k; i++)
    probs[i] = (float)(exp((double)logits[i] - logits[best]) / sum);
  return best;
}
