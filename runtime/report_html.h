// report_html.h — inside report.html's renderer: the helpers report_html.c shares with the
// sections of the token-classification task (report_ner.c), question answering (report_qa.c)
// and masked-LM pretraining (report_mlm.c). Not a public interface.
#ifndef BERTRT_REPORT_HTML_H
#define BERTRT_REPORT_HTML_H

#include "report.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// s with & < > " ' escaped, at most max_points code points (0: all), "…" after a cut.
void esc_n(FILE *out, const char *s, int max_points);
void esc(FILE *out, const char *s);
// The byte offset of code point `cp` in s (its length when cp is past the end).
size_t byte_of(const char *s, int64_t cp);
// s[begin, end) escaped as esc does, in pieces of whole code points.
void esc_bytes(FILE *out, const char *s, size_t begin, size_t end);
void fmt_percent(char *buf, size_t n, double x);           // "84.12%", "–" for NaN
void fmt_fixed(char *buf, size_t n, double x, int digits); // "0.4123", "–" for NaN
// ---- line charts (report_chart.c)

typedef struct {
  const char *name; // NULL: not in the legend
  const char *color;
  const double *x, *y; // [n]; NaN y breaks the line
  int64_t n;
  double width, opacity;
  bool dashed, markers;
} Series;

typedef struct {
  const char *title, *x_label, *y_label;
  bool percent;              // y is a fraction shown as a percentage
  bool integer_x;            // x ticks at whole numbers (epochs)
  const double *marks;       // x positions of vertical epoch marks [n_marks]
  const double *mark_epochs; // the epoch each mark starts [n_marks]
  int n_marks;
} Chart;

// A chart of n series (an empty-state note when none has a point).
void line_chart(FILE *out, const Chart *c, const Series *series, int n);
// Debiased exponential moving average (TensorBoard's smoothing) of y [n] into out [n].
void smooth(double *out, const double *y, int64_t n);

// Row-normalised heatmap of r's confusion matrix over r's labels.
void heatmap(FILE *out, const ReportRun *r);

// Token classification's figures and sections (report_ner.c).
double report_ner_final_f1(const ReportRun *r); // entity F1 (micro) of the last evaluation
void report_ner_evaluation(FILE *out, const ReportRun *r); // entity scores, tag confusion
void report_ner_samples(FILE *out, const ReportRun *r);    // sentences with their entities

// Masked-LM pretraining's section (report_mlm.c): the held-out perplexity per epoch (and
// next-sentence accuracy for pretraining heads).
void report_mlm_evaluation(FILE *out, const ReportRun *r);
// Question answering's figures and sections (report_qa.c).
double report_qa_final_f1(const ReportRun *r);            // the official F1 of the last epoch
void report_qa_evaluation(FILE *out, const ReportRun *r); // EM, F1, answer length and position
void report_qa_samples(FILE *out, const ReportRun *r);    // questions, answers in their contexts

#endif
