// blas.h — how libbertrt runs OpenBLAS: single-threaded, its work split over the runtime's
// pool instead (OpenBLAS's own idle threads would spin against the pool's).
#ifndef BERTRT_BLAS_H
#define BERTRT_BLAS_H

// Sets OpenBLAS to one thread, once per process; call before any cblas_* call. Thread-safe:
// every caller returns after the setting is made.
void rt_blas_single_thread(void);

#endif
