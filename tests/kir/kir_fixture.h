// kir_fixture.h — what the kernel IR tests share: a program under construction with real
// arenas behind it, buffers placed one after another, and deterministic test data.
#ifndef BERTC_TEST_KIR_FIXTURE_H
#define BERTC_TEST_KIR_FIXTURE_H

#include "kir.h"

typedef struct {
  KProgram p;
  bertrt_ctx ctx;
  int64_t used[BERTRT_ARENA_COUNT]; // bytes placed so far in each arena
  uint64_t rng;
} Fixture;

void fixture_init(Fixture *f, const char *program);
void fixture_free(Fixture *f);
// A buffer of shape dims[0..rank) placed (64-byte aligned) after the arena's last one.
int fixture_buf(Fixture *f, const char *name, bertrt_arena arena, DType dtype, int rank,
                const int64_t *dims);
float *fixture_f32(Fixture *f, int buf);
int32_t *fixture_i32(Fixture *f, int buf);
// Fills a buffer with uniform values in [lo, hi) (f32), or integers in [0, n) (i32).
void fixture_fill(Fixture *f, int buf, float lo, float hi);
void fixture_fill_ids(Fixture *f, int buf, int32_t n);
// A K_LOOP kernel over rows dims[0..rank) x cols, appended; the pointer is valid until
// the next kernel is added.
KLoop *fixture_loop(Fixture *f, const char *name, int rank, const int64_t *dims, int64_t cols);
Kernel *fixture_kernel(Fixture *f, KKind kind, const char *name);
// Loop-building shorthands.
int fx_slot(KLoop *loop, int slot);
int fx_col(KLoop *loop);
int fx_coord(KLoop *loop, int dim);
int fx_ctx(KLoop *loop, KCtxField field);
// Appends a phase of one item; returns the slot it sets (-1 for a map).
int fx_let(KLoop *loop, int expr);
int fx_reduce(KLoop *loop, KReduce op, int expr);
KPhase *fx_map(KLoop *loop);
void fx_store(KPhase *phase, KIndex dst, int expr);
// An index of `buf` with the given row strides (rank entries) and column stride.
KIndex fx_index(int buf, int64_t offset, int rank, const int64_t *row_stride, int64_t col_stride);

#endif
