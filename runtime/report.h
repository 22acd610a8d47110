// report.h — what a training run records and how it is shown.
//
// RUN/metrics.jsonl is written while training runs, one JSON object per line, flushed
// after each line (json.h writer; numbers as json.h prints them):
//
//   {"type":"run","name":N,"settings":{K:V,...},"labels":[L,...],
//    "counts":{"train":COUNTS,"test":COUNTS}}                         at the start
//   {"type":"step","step":S,"epoch":E,"loss":X,"lr":X}                every optimizer step
//   {"type":"epoch","epoch":E,"train_loss":X,"train_acc":X,"test_loss":X,"test_acc":X,
//    "seconds":X}                                                      every epoch
//   {"type":"eval","confusion":[[int,...],...],
//    "samples":[{"text":T,"label":I,"pred":I,"confidence":X},...]}    after each evaluation
//   {"type":"run","train_seconds":X,"eval_seconds":X,"sequences_per_second":X,
//    "peak_memory_bytes":I}                                            at the end
//
// COUNTS is {"rows_read":I,"empty_dropped":I,"bad_lines":I,"used":I}. Every key of a "run"
// record is optional and later records override earlier ones (settings merge by key); the
// last "eval" wins; a "step" or "epoch" record whose number was already seen replaces it and
// everything after it (a resumed run repeats steps). Unknown keys are ignored.
//
// RUN/report.html is one self-contained page (inline CSS and SVG; no scripts, fonts or
// other resources fetched): key figures, learning curves, confusion-matrix heatmap,
// classification report, sample predictions, settings, data counts, time and memory.
// Several runs make one comparison page (curves overlaid, a table of the final figures).
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
  double seconds;                                    // wall time of the epoch
} ReportEpoch;

typedef struct {
  const char *text;
  int label, pred;   // indices into ReportRun.labels
  double confidence; // softmax probability of pred
} ReportSample;

typedef struct {
  int64_t rows_read;     // data lines read (header excluded)
  int64_t empty_dropped; // documents dropped as empty (the course's dropna)
  int64_t bad_lines;     // malformed lines skipped
  int64_t used;          // examples used after sampling
} ReportCounts;

typedef struct {
  const char *name;
  const ReportSetting *settings;
  int n_settings;
  const char *const *labels; // [num_labels]
  int num_labels;
  ReportCounts train, test;
  const ReportStep *steps; // [n_steps], ascending step
  int64_t n_steps;
  const ReportEpoch *epochs; // [n_epochs], ascending epoch
  int n_epochs;
  const int64_t *confusion; // [num_labels, num_labels] (metrics.h layout); NULL before eval
  const ReportSample *samples;
  int n_samples;
  double train_seconds, eval_seconds; // wall time; 0 when unknown
  double sequences_per_second;        // training throughput; 0 when unknown
  int64_t peak_memory_bytes;          // peak resident memory; 0 when unknown
} ReportRun;

// metrics.jsonl records (schema above): one line each, flushed. False when the write failed.
bool report_log_start(FILE *f, const ReportRun *run); // name, settings, labels, counts
bool report_log_step(FILE *f, const ReportStep *step);
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
