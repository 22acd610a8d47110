// pool.h — the runtime's persistent thread pool, behind bertrt_parallel_for (bertrt_abi.h).
//
// A pool of T threads is the caller plus T-1 workers that live until pool_destroy. Each
// bertrt_parallel_for(ctx, fn, n) splits [0, n) into T contiguous chunks, the first n % T
// of them one longer: chunk i starts at i*(n/T) + min(i, n%T). Thread i runs chunk i (the
// caller runs chunk 0), so the split depends only on n and T. fn(ctx, 0, n) runs inline
// instead when ctx->pool is NULL, T == 1, n < T, or the pool is already running a loop
// (a nested or concurrent call runs serially rather than deadlocking). Workers spin
// briefly after each loop, then sleep on a futex.
#ifndef BERTRT_POOL_H
#define BERTRT_POOL_H

typedef struct bertrt_pool bertrt_pool;

// Threads to use when none are asked for: $BERTC_THREADS if set, else the online CPUs.
// Returns 0 when $BERTC_THREADS is set but not an integer in [1, 1024].
int pool_default_threads(void);
// Starts threads-1 workers, 1 <= threads <= 1024. Returns NULL (errno set) on failure.
bertrt_pool *pool_create(int threads);
int pool_threads(const bertrt_pool *pool);
void pool_destroy(bertrt_pool *pool);

#endif
