// train_state.h — what `train --resume RUN` needs to continue a run exactly: RUN/state/
// trainer.safetensors holds the PARAMS, ADAM_M and ADAM_V arenas (F32 [param_elems] each,
// bit for bit) and "state", the JSON below as U8 bytes, in one file written atomically
// (temporary file, fsync, rename, fsync of the folder): a crash or a full disk leaves the
// previous state whole.
//
// The data order and dropout masks are pure functions of (seed, epoch, step), so these
// counters and the run's settings are the whole of the trainer's state.
#ifndef BERTRT_TRAIN_STATE_H
#define BERTRT_TRAIN_STATE_H

#include "program.h"
#include "run_files.h"

#include <stdbool.h>
#include <stdint.h>

// The settings a run was started with; a resumed run takes them from here.
typedef struct {
  char *train, *test;            // data paths (absolute since run_files.h)
  RunFile train_file, test_file; // their fingerprints (bytes -1: not recorded)
  char *vocab;                   // vocab.txt the data was tokenized with
  bool vocab_in_run;             // vocab is the run folder's copy, RUN/vocab.txt
  bool lower;     // uncased tokenization (the spec's, or --init's tokenizer_config.json)
  char *init;     // --init HF_DIR, or NULL (from scratch)
  char *strategy; // "full", "feature_extraction", "gradual_unfreezing"
  char *pad;      // "bucket" | "max_length"
  int64_t sample, test_sample, epochs, seed, patience, threads; // patience 0: none
  double lr;
  double holdout; // in (0, 1): test is the seeded held-out part of train (same path); else 0
  int64_t stride; // tokens consecutive windows of a long text share (token tasks); 0: default
  // masked-LM tasks (TaskLoad's)
  bool pack, whole_word_mask;
  double mlm_probability; // 0: the task's default
} TrainSettings;

// Where the run stands: the next step to run is batch `batch` of epoch `epoch` (0-based),
// global optimizer step `step`. The epoch_* sums cover the batches of `epoch` already run.
typedef struct {
  int64_t epoch, batch, step;
  double best_metric;    // best test figure (the task's metric) so far; -1 before the first
  int64_t best_epoch;    // 1-based; 0 before the first evaluation
  int64_t stale_epochs;  // epochs since the best one (for --patience)
  double epoch_loss_sum; // sum of loss * rows over the epoch's batches so far
  int64_t epoch_correct, epoch_rows;
  double train_seconds;  // training wall time so far
  int64_t skipped_steps; // steps skipped for a non-finite loss (train --skip-nonfinite)
} TrainProgress;

// Writes RUN_DIR/state/trainer.safetensors for program p. False with *error (malloc'd).
bool train_state_save(const bertrt_program *p, const char *run_dir, const TrainSettings *s,
                      const TrainProgress *g, char **error);
// Reads it back into p's arenas, *s (strings malloc'd) and *g. Returns 0, 2 with *error
// when RUN_DIR has no state or the state belongs to another program (its name, spec and
// parameter layout are checked), 1 when it cannot be read.
int train_state_load(bertrt_program *p, const char *run_dir, TrainSettings *s, TrainProgress *g,
                     char **error);
void train_settings_free(TrainSettings *s);

#endif
