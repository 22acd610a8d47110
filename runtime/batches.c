// batches.c — length-bucketed batch plans (batches.h).
#include "batches.h"
#include "rt_util.h"

#include <stdlib.h>

// Fisher-Yates over a[0, n) from `state`.
static void shuffle(int64_t *a, int64_t n, uint64_t *state) {
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)(rt_splitmix64(state) % (uint64_t)(i + 1));
    int64_t t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

static int bucket_of(const BatchOptions *opt, int64_t len) {
  if (opt->pad_max) return opt->n_buckets - 1;
  int b = 0;
  while (b < opt->n_buckets - 1 && opt->bucket_len[b] < len)
    b++;
  return b;
}

int64_t batches_count(int64_t n_rows, int64_t batch_size) {
  return (n_rows + batch_size - 1) / batch_size;
}

bool batches_plan(BatchPlan *out, const int64_t *lens, int64_t n_rows, const BatchOptions *opt) {
  *out = (BatchPlan){0};
  int64_t n_batches = batches_count(n_rows, opt->batch_size);
  out->rows = malloc((size_t)(n_rows ? n_rows : 1) * sizeof *out->rows);
  int64_t *sorted = malloc((size_t)(n_rows ? n_rows : 1) * sizeof *sorted);
  // counting sort keys: the bucket when training (rows of a bucket stay shuffled), the exact
  // length when evaluating
  int64_t max_len = 0;
  for (int64_t i = 0; i < n_rows; i++)
    if (lens[i] > max_len) max_len = lens[i];
  int64_t n_keys = (opt->shuffle ? opt->n_buckets : max_len) + 1;
  int64_t *start = calloc((size_t)n_keys + 1, sizeof *start);
  out->batches = malloc((size_t)(n_batches ? n_batches : 1) * sizeof *out->batches);
  if (!out->rows || !sorted || !start || !out->batches) {
    free(sorted);
    free(start);
    batches_free(out);
    return false;
  }
  uint64_t state = opt->seed ^ (0x632be59bd9b4e019ull * (uint64_t)(opt->epoch + 1));
  for (int64_t i = 0; i < n_rows; i++)
    out->rows[i] = i;
  if (opt->shuffle) shuffle(out->rows, n_rows, &state);
  for (int64_t i = 0; i < n_rows; i++) {
    int64_t r = out->rows[i];
    start[(opt->shuffle ? bucket_of(opt, lens[r]) : lens[r]) + 1]++;
  }
  for (int64_t k = 1; k <= n_keys; k++)
    start[k] += start[k - 1];
  for (int64_t i = 0; i < n_rows; i++) { // stable
    int64_t r = out->rows[i];
    sorted[start[opt->shuffle ? bucket_of(opt, lens[r]) : lens[r]]++] = r;
  }
  free(start);
  // batches in sorted order, then their order shuffled; rows keep their batch's slice
  int64_t *order = malloc((size_t)(n_batches ? n_batches : 1) * sizeof *order);
  if (!order) {
    free(sorted);
    batches_free(out);
    return false;
  }
  for (int64_t k = 0; k < n_batches; k++)
    order[k] = k;
  if (opt->shuffle) shuffle(order, n_batches, &state);
  int64_t next = 0;
  for (int64_t k = 0; k < n_batches; k++) {
    int64_t first = order[k] * opt->batch_size;
    int64_t count = n_rows - first < opt->batch_size ? n_rows - first : opt->batch_size;
    int64_t longest = 1;
    for (int64_t i = 0; i < count; i++) {
      int64_t r = sorted[first + i];
      out->rows[next + i] = r;
      if (lens[r] > longest) longest = lens[r];
    }
    out->batches[k] = (Batch){next, count, longest, bucket_of(opt, longest)};
    next += count;
  }
  free(order);
  free(sorted);
  out->n_rows = n_rows;
  out->n_batches = n_batches;
  return true;
}

void batches_free(BatchPlan *plan) {
  free(plan->rows);
  free(plan->batches);
  *plan = (BatchPlan){0};
}
