// bertrt_parallel_for covers every index of [0, n) exactly once, in contiguous chunks that
// depend only on n and the thread count, for many n and thread counts; nested calls run
// inline.
#include "bertrt_abi.h"
#include "check.h"
#include "pool.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 5000

static _Atomic int hits[MAX_N];
static _Atomic int calls;
static _Atomic int64_t chunk_begin[64], chunk_end[64];

static void mark(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  (void)ctx;
  int c = atomic_fetch_add(&calls, 1);
  if (c < 64) {
    chunk_begin[c] = begin;
    chunk_end[c] = end;
  }
  for (int64_t i = begin; i < end; i++)
    atomic_fetch_add(&hits[i], 1);
}

static _Atomic int nested_ok;

static void nested(bertrt_ctx *ctx, int64_t begin, int64_t end) {
  (void)begin;
  (void)end;
  // A parallel_for from inside one runs inline on this thread.
  atomic_store(&calls, 0);
  bertrt_parallel_for(ctx, mark, 0);
  bertrt_parallel_for(ctx, mark, 100);
  atomic_fetch_add(&nested_ok, 1);
}

static void run(bertrt_pool *pool, int threads, int64_t n) {
  bertrt_ctx ctx = {.pool = pool};
  memset(hits, 0, sizeof hits);
  atomic_store(&calls, 0);
  bertrt_parallel_for(&ctx, mark, n);
  for (int64_t i = 0; i < n; i++)
    CHECK(hits[i] == 1, "threads %d n %lld: index %lld ran %d times", threads, (long long)n,
          (long long)i, hits[i]);
  int want_calls = n == 0 ? 0 : (n < threads ? 1 : threads);
  CHECK(calls == want_calls, "threads %d n %lld: %d chunks, expected %d", threads, (long long)n,
        calls, want_calls);
  // Chunks are the documented split, whichever thread ran which.
  int64_t q = threads ? n / threads : 0, r = threads ? n % threads : 0;
  for (int c = 0; c < calls && c < 64 && want_calls > 1; c++) {
    int64_t i = 0;
    while (i < threads && chunk_begin[c] != i * q + (i < r ? i : r))
      i++;
    CHECK(i < threads && chunk_end[c] - chunk_begin[c] == q + (i < r),
          "threads %d n %lld: chunk [%lld, %lld) is not in the documented split", threads,
          (long long)n, (long long)chunk_begin[c], (long long)chunk_end[c]);
  }
}

int main(void) {
  const int thread_counts[] = {1, 2, 3, 4, 7, 16};
  for (size_t t = 0; t < sizeof thread_counts / sizeof thread_counts[0]; t++) {
    int threads = thread_counts[t];
    bertrt_pool *pool = pool_create(threads);
    CHECK(pool && pool_threads(pool) == threads, "pool of %d threads", threads);
    if (!pool) continue;
    for (int64_t n = 0; n <= 300; n++)
      run(pool, threads, n);
    for (int rep = 0; rep < 200; rep++)
      run(pool, threads, 1000 + rep * 17);
    run(pool, threads, MAX_N);
    bertrt_ctx ctx = {.pool = pool};
    atomic_store(&nested_ok, 0);
    bertrt_parallel_for(&ctx, nested, threads);
    CHECK(nested_ok == threads, "threads %d: %d of %d nested loops finished", threads,
          (int)nested_ok, threads);
    pool_destroy(pool);
  }
  bertrt_ctx no_pool = {0};
  memset(hits, 0, sizeof hits);
  bertrt_parallel_for(&no_pool, mark, 10);
  CHECK(hits[9] == 1, "no pool: inline");
  CHECK(pool_create(0) == NULL, "pool_create(0) fails");
  setenv("BERTC_THREADS", "3", 1);
  CHECK(pool_default_threads() == 3, "BERTC_THREADS=3 gives %d", pool_default_threads());
  setenv("BERTC_THREADS", "x3", 1);
  CHECK(pool_default_threads() == 0, "BERTC_THREADS=x3 is rejected");
  unsetenv("BERTC_THREADS");
  CHECK(pool_default_threads() >= 1, "the online CPUs");
  return check_exit("pool");
}
