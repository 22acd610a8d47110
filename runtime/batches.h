// batches.h — length-bucketed batches over a tokenized data set, for train and eval.
//
// A plan orders the rows, cuts them into batches of at most batch_size consecutive rows and
// gives each batch the smallest bucket that holds its longest row. Training plans group rows
// by bucket (so buckets fill) after a seeded shuffle, then shuffle the batches; both draws
// come from a SplitMix64 stream keyed by (seed, epoch) only, so the order of epoch e is the
// same in an uninterrupted and a resumed run. Evaluation plans sort rows by length and do
// not shuffle. With pad_max every batch runs in the largest bucket (the course's
// padding="max_length"). Only the last batch may be partial.
#ifndef BERTRT_BATCHES_H
#define BERTRT_BATCHES_H

#include <stdbool.h>
#include <stdint.h>

typedef struct {
  int64_t begin;   // first row, into BatchPlan.rows
  int64_t count;   // rows: 1 to batch_size
  int64_t seq_len; // the longest row's length
  int bucket;      // index of the smallest bucket with seq_len <= its length
} Batch;

typedef struct {
  int64_t *rows; // (n_rows) data-set row indices in batch order
  int64_t n_rows;
  Batch *batches; // (n_batches) in the order they run
  int64_t n_batches;
} BatchPlan;

// How rows are laid out; lens (n_rows) are token counts, each at most the largest bucket.
typedef struct {
  const int64_t *bucket_len; // (n_buckets) ascending sequence lengths
  int n_buckets;
  int64_t batch_size;
  bool pad_max; // every batch in the largest bucket
  bool shuffle; // training order for (seed, epoch); else sorted by length
  uint64_t seed;
  int64_t epoch; // 0-based
} BatchOptions;

// The plan of lens (n_rows >= 0). False only when out of memory. Free with batches_free.
bool batches_plan(BatchPlan *out, const int64_t *lens, int64_t n_rows, const BatchOptions *opt);
void batches_free(BatchPlan *plan);
// ceil(n_rows / batch_size): the same for every epoch.
int64_t batches_count(int64_t n_rows, int64_t batch_size);

#endif
