// metrics.h — classification metrics: the confusion matrix, scikit-learn's
// classification_report (text byte for byte, and JSON like output_dict=True), and the
// softmax confidence of a prediction.
//
// A confusion matrix `cm` is int64_t [k, k]: cm[t * k + p] counts examples whose true label
// is t and predicted label is p (scikit-learn's confusion_matrix layout).
#ifndef BERTRT_METRICS_H
#define BERTRT_METRICS_H

#include <stdint.h>
#include <stdio.h>

#include "json.h"

// Adds n (truth, pred) pairs to cm [k, k]; pairs with truth < 0 (padded rows, label -100)
// are skipped. Labels outside [0, k) abort: they are a bug of the caller.
void confusion_add(int64_t *cm, int k, const int32_t *truth, const int32_t *pred, int64_t n);

typedef struct {
  double precision, recall, f1;
  int64_t support; // examples whose true label is this one (all examples for averages)
} ClassScore;

typedef struct {
  double accuracy;
  ClassScore macro, weighted;
} ScoreSummary;

// numpy's pairwise summation of a [n] float64 (np.sum, np.mean, np.average): plain below 8
// elements, 8 accumulators up to 128, halves above.
double metrics_np_sum(const double *a, int n);

// Per-label scores [k] and their averages, computed as scikit-learn computes them
// (precision_recall_fscore_support with zero_division=0: an undefined ratio is 0.0;
// averages summed in numpy's order), so the rounded digits agree.
void metrics_scores(ClassScore *per_label, ScoreSummary *summary, const int64_t *cm, int k);

// classification_report(..., target_names=labels, digits=digits) text: a header, one row
// per label, the accuracy, macro avg and weighted avg rows; names right-aligned by code
// points as Python pads them. Ends with a newline.
void metrics_report_text(FILE *out, const int64_t *cm, const char *const *labels, int k,
                         int digits);

// The same as one JSON object: {"<label>": {"precision", "recall", "f1-score", "support"},
// ..., "accuracy": x, "macro avg": {...}, "weighted avg": {...}}.
void metrics_report_json(JsonWriter *w, const int64_t *cm, const char *const *labels, int k);

// The pieces of both reports' text (this one and seqeval's, ner_metrics.h): Python's len() of a
// UTF-8 string (its code points); "{:>{width}s} " (the name right-aligned to width code points,
// then a space); a row: the name, then ' {:>9.{digits}f}' for precision, recall and f1 and
// ' {:>9}' for the support, then a newline.
int metrics_code_points(const char *s);
void metrics_put_name(FILE *out, const char *name, int width);
void metrics_put_row(FILE *out, const char *name, const ClassScore *s, int width, int digits);

// Writes softmax(logits) [k] to probs [k] (computed stably in double) and returns the
// index of the largest probability, the first on ties: probs[result] is the confidence.
int metrics_softmax(float *probs, const float *logits, int k);

#endif
