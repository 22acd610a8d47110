// report.h — what a training run records and how it is shown.
//
// RUN/metrics.jsonl is written while training runs, one JSON object per line, flushed
// after each line (json.h writer; numbers as json.h prints them):
//
//   {"type":"run","name":N,"task":T,"settings":{K:V,...},"labels":[L,...],
//    "counts":{"train":COUNTS,"test":COUNTS}}                         at the start
//   {"type":"step","step":S,"epoch":E,"loss":X,"lr":X}                every optimizer step
//   {"type":"skip","step":S,"epoch":E,"loss":"nan"|"inf"|"-inf"}      a step skipped for its
//                                                                     loss (--skip-nonfinite)
//   {"type":"epoch","epoch":E,"train_loss":X,"train_acc":X,"test_loss":X,"test_acc":X,
//    "test_f1":X,"test_char_f1":X,"seconds":X}                        every epoch
//   {"type":"eval","confusion":[[int,...],...],
//    "samples":[{"text":T,"label":I,"pred":I,"confidence":X},...],
//    "entity_scores":[{"type":T,"precision":X,"recall":X,"f1":X,"support":I},...],
//    "char_macro_f1":X,
//    "histograms":[{"name":N,"bins":[LABEL,...],"gold":[I,...],"pred":[I,...]},...]}
//                                                                     after each evaluation
//   {"type":"run","train_seconds":X,"eval_seconds":X,"sequences_per_second":X,
//    "peak_memory_bytes":I}                                            at the end
//
// COUNTS is {"rows_read":I,"empty_dropped":I,"bad_lines":I,"used":I}. Every key of a "run"
// record is optional and later records override earlier ones (settings merge by key); the
// last "eval" wins; a "step" or "epoch" record whose number was already seen replaces it and
// everything after it (a resumed run repeats steps). Unknown keys are ignored.
// "task" is the head's task when it is not sequence classification ("token_classification").
// Token classification: the epoch's test_acc is the accuracy of the data's units (characters
// or words), test_f1 the entity F1 (micro), test_char_f1 KLUE's character macro F1; an eval's
// confusion is over the tags of the units, its samples are
// {"text":T,"gold":[[START,END,TYPE],...],"pred":[[START,END,TYPE,SCORE],...]} (code-point
// offsets, END exclusive), entity_scores one row per entity type then "micro avg", "macro avg"
// and "weighted avg". test_f1, test_char_f1, entity_scores and char_macro_f1 are written only
// when known.
// Question answering: the epoch's test_f1 and test_exact_match are the official F1 and exact
// match (fractions), test_acc the windows' span accuracy; an eval's confusion is [] and its
// samples are {"text":CONTEXT,"question":Q,"gold":[[START,END,"answer"],...],
// "pred":[[START,END,"answer",SCORE]],"exact_match":0|1,"f1":X} (the gold answers and the
// predicted one as code points of the context; pred [] for no answer; f1 in [0, 1]); its
// histograms count every question's answer, gold (its first answer) and predicted, by length
// and by position in the context.
// Masked LM ("masked_lm", for masked_lm and pretraining heads): the epoch's test_loss and
// test_acc are over the test set's masked tokens (the perplexity is exp(test_loss)), train_*
// over the training batches'; pretraining heads add test_nsp_acc, the next-sentence accuracy.
//
// RUN/report.html is one self-contained page (inline CSS and SVG; no scripts, fonts or
// other resources fetched): key figures, learning curves, the task's evaluation (sequence
// classification: confusion-matrix heatmap and classification report; token classification:
// per-type entity scores and the tag confusion heatmap; question answering: exact match, F1 and
// the answer length and position histograms), sample predictions (entities marked in their
// sentences; answers marked in their contexts), settings, data counts, time and memory. Several
// runs make one comparison page (curves overlaid, a table of the final figures).
#ifndef BERTRT_REPORT_H
#define BERTRT_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
  const char *key, *value;
} ReportSetting;

typedef struct {
  int64_t step, epoch; // step 1-based, counted over the whole run; epoch 1-based
  double loss, lr;     // NaN when unknown
} ReportStep;

typedef struct {
  int64_t epoch;
  double train_loss, train_acc, test_loss, test_acc; // accuracies in [0, 1]; NaN when unknown
  double test_f1, test_char_f1;                      // token classification; NaN when unknown
  double test_exact_match;                           // question answering, in [0, 1]; else NaN
  double test_nsp_acc; // pretraining: next-sentence accuracy, in [0, 1]; else NaN
  double seconds;      // wall time of the epoch
} ReportEpoch;

// An entity in a sample's text: code points [start, end).
typedef struct {
  int64_t start, end;
  const char *type;
  double score; // the prediction's confidence; NaN for gold entities
} ReportSpan;

typedef struct {
  const char *text;
  int label, pred;   // indices into ReportRun.labels
  double confidence; // softmax probability of pred
  bool spans;        // token classification: gold and predicted entities instead of labels
  const ReportSpan *gold, *predicted;
  int n_gold, n_predicted;
  const char *question; // question answering: text is its context; else NULL
  double exact, f1;     // question answering: the answer's exact match (0, 1) and F1 in [0, 1]
} ReportSample;

// Counts of gold and predicted values in labelled bins (question answering's answer lengths).
typedef struct {
  const char *name;           // "Answer length (characters)"
  int n;                      // bins
  const char *const *bins;    // [n] labels: "1", "6-8", "90-100%"
  const int64_t *gold, *pred; // [n] counts
} ReportHistogram;

typedef struct {
  const char *name; // entity type, or "micro avg", "macro avg", "weighted avg"
  double precision, recall, f1;
  int64_t support;
} ReportTypeScore;

typedef struct {
  int64_t rows_read;     // data lines read (header excluded)
  int64_t empty_dropped; // documents dropped as empty (the course's dropna)
  int64_t bad_lines;     // malformed lines skipped
  int64_t used;          // examples used after sampling
} ReportCounts;

typedef struct {
  const char *name;
  const char *task; // "token_classification"; NULL: sequence classification
  const ReportSetting *settings;
  int n_settings;
  const char *const *labels; // [num_labels]
  int num_labels;
  ReportCounts train, test;
  const ReportStep *steps; // [n_steps], ascending step
  int64_t n_steps;
  int64_t skipped_steps;     // "skip" records
  const ReportEpoch *epochs; // [n_epochs], ascending epoch
  int n_epochs;
  const int64_t *confusion; // [num_labels, num_labels] (metrics.h layout); NULL before eval
  const ReportSample *samples;
  int n_samples;
  const ReportTypeScore *entity_scores; // [n_entity_scores] token classification; else NULL
  int n_entity_scores;
  double char_f1; // KLUE's character macro F1 of the last evaluation; NaN when unknown
  const ReportHistogram *histograms; // [n_histograms] of the last evaluation; NULL: none
  int n_histograms;
  double train_seconds, eval_seconds; // wall time; 0 when unknown
  double sequences_per_second;        // training throughput; 0 when unknown
  int64_t peak_memory_bytes;          // peak resident memory; 0 when unknown
} ReportRun;

// metrics.jsonl records (schema above): one line each, flushed. False when the write failed.
bool report_log_start(FILE *f, const ReportRun *run); // name, settings, labels, counts
bool report_log_step(FILE *f, const ReportStep *step);
bool report_log_skip(FILE *f, int64_t step, int64_t epoch, float loss); // loss not finite
bool report_log_epoch(FILE *f, const ReportEpoch *epoch);
bool report_log_eval(FILE *f, const ReportRun *run);   // confusion, samples
bool report_log_finish(FILE *f, const ReportRun *run); // timings and memory

// Rebuilds *run from RUN_DIR/metrics.jsonl; the name defaults to RUN_DIR's last component.
// False with "PATH:LINE:COL: what was expected" in err. A last line without its newline that
// does not parse is ignored (a write cut short). Free with report_run_free.
bool report_load(ReportRun *run, const char *run_dir, char *err, size_t err_size);
void report_run_free(ReportRun *run);

// The HTML page of one run (n_runs 1) or the comparison of several.
void report_html(FILE *out, const ReportRun *runs, int n_runs);
// report_html into `path` atomically (temporary file, fsync, rename): the old file stays
// intact on failure. False with the reason in err.
bool report_write(const char *path, const ReportRun *runs, int n_runs, char *err, size_t err_size);

#endif
