// pool.c — persistent thread pool and bertrt_parallel_for (contract in pool.h).
#include "pool.h"

#include "bertrt_abi.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define POOL_MAX_THREADS 1024
#define POOL_SPIN        2000 // pause instructions before sleeping: some tens of microseconds

typedef struct {
  struct bertrt_pool *pool;
  int index; // 1..threads-1: the chunk this worker runs
} worker;

struct bertrt_pool {
  int threads;
  int spin;                    // POOL_SPIN, or 0 when threads exceed the online CPUs
  pthread_t *tids;             // [threads-1]
  worker *workers;             // [threads-1]
  _Atomic uint32_t generation; // bumped to publish a loop (or the stop request)
  _Atomic uint32_t pending;    // workers yet to finish the current loop
  _Atomic int sleepers;        // workers asleep (or about to be) on `generation`
  _Atomic int caller_waiting;  // the caller is asleep (or about to be) on `pending`
  atomic_flag busy;            // a loop is running
  // The published loop: written before `generation` is bumped, read after.
  bertrt_ctx *ctx;
  bertrt_range_fn fn;
  int64_t n;
  int stop;
};

static void futex_wait(_Atomic uint32_t *addr, uint32_t expected) {
  syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
}

static void futex_wake(_Atomic uint32_t *addr, int count) {
  syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAKE_PRIVATE, count, NULL, NULL, 0);
}

static inline void cpu_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

// Waits until *addr != value; returns the new value.
static uint32_t wait_change(struct bertrt_pool *pool, _Atomic uint32_t *addr, uint32_t value,
                            _Atomic int *sleeping) {
  for (int i = 0; i < pool->spin; i++) {
    uint32_t now = atomic_load(addr);
    if (now != value) return now;
    cpu_relax();
  }
  for (;;) {
    atomic_fetch_add(sleeping, 1);
    uint32_t now = atomic_load(addr);
    if (now == value) futex_wait(addr, value);
    atomic_fetch_sub(sleeping, 1);
    now = atomic_load(addr);
    if (now != value) return now;
  }
}

static void chunk_bounds(int64_t n, int threads, int i, int64_t *begin, int64_t *end) {
  int64_t q = n / threads, r = n % threads;
  *begin = i * q + (i < r ? i : r);
  *end = *begin + q + (i < r ? 1 : 0);
}

static void *worker_main(void *arg) {
  worker *w = arg;
  struct bertrt_pool *pool = w->pool;
  uint32_t seen = 0; // the generation at pool_create: a loop may be published before we run
  for (;;) {
    seen = wait_change(pool, &pool->generation, seen, &pool->sleepers);
    if (pool->stop) return NULL;
    int64_t begin, end;
    chunk_bounds(pool->n, pool->threads, w->index, &begin, &end);
    if (begin < end) pool->fn(pool->ctx, begin, end);
    if (atomic_fetch_sub(&pool->pending, 1) == 1 && atomic_load(&pool->caller_waiting))
      futex_wake(&pool->pending, 1);
  }
}

// Publishes the loop (or the stop request) to every worker.
static void publish(struct bertrt_pool *pool) {
  atomic_store(&pool->pending, (uint32_t)(pool->threads - 1));
  atomic_fetch_add(&pool->generation, 1);
  if (atomic_load(&pool->sleepers) > 0) futex_wake(&pool->generation, INT_MAX);
}

void bertrt_parallel_for(bertrt_ctx *ctx, bertrt_range_fn fn, int64_t n) {
  struct bertrt_pool *pool = ctx->pool;
  if (n <= 0) return;
  if (!pool || pool->threads == 1 || n < pool->threads || atomic_flag_test_and_set(&pool->busy)) {
    fn(ctx, 0, n);
    return;
  }
  pool->ctx = ctx;
  pool->fn = fn;
  pool->n = n;
  publish(pool);
  int64_t begin, end;
  chunk_bounds(n, pool->threads, 0, &begin, &end);
  fn(ctx, begin, end);
  uint32_t left = atomic_load(&pool->pending);
  while (left != 0)
    left = wait_change(pool, &pool->pending, left, &pool->caller_waiting);
  atomic_flag_clear(&pool->busy);
}

int pool_default_threads(void) {
  const char *env = getenv("BERTC_THREADS");
  if (env && *env) {
    char *end;
    errno = 0;
    long t = strtol(env, &end, 10);
    if (errno || *end || t < 1 || t > POOL_MAX_THREADS) return 0;
    return (int)t;
  }
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  return cpus < 1 ? 1 : cpus > POOL_MAX_THREADS ? POOL_MAX_THREADS : (int)cpus;
}

bertrt_pool *pool_create(int threads) {
  if (threads < 1 || threads > POOL_MAX_THREADS) {
    errno = EINVAL;
    return NULL;
  }
  struct bertrt_pool *pool = calloc(1, sizeof *pool);
  if (!pool) return NULL;
  pool->threads = threads;
  pool->spin = threads > sysconf(_SC_NPROCESSORS_ONLN) ? 0 : POOL_SPIN;
  atomic_flag_clear(&pool->busy);
  pool->tids = calloc((size_t)threads, sizeof *pool->tids);
  pool->workers = calloc((size_t)threads, sizeof *pool->workers);
  if (!pool->tids || !pool->workers) {
    pool_destroy(pool);
    errno = ENOMEM;
    return NULL;
  }
  for (int i = 1; i < threads; i++) {
    pool->workers[i - 1] = (worker){pool, i};
    int rc = pthread_create(&pool->tids[i - 1], NULL, worker_main, &pool->workers[i - 1]);
    if (rc != 0) {
      pool->threads = i; // workers 1..i-1 exist: stop those
      pool_destroy(pool);
      errno = rc;
      return NULL;
    }
  }
  return pool;
}

int pool_threads(const bertrt_pool *pool) {
  return pool->threads;
}

void pool_destroy(bertrt_pool *pool) {
  if (!pool) return;
  if (pool->tids && pool->workers && pool->threads > 1) {
    pool->stop = 1;
    publish(pool);
    for (int i = 1; i < pool->threads; i++)
      pthread_join(pool->tids[i - 1], NULL);
  }
  free(pool->tids);
  free(pool->workers);
  free(pool);
}
