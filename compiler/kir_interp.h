// kir_interp.h — the reference interpreter of the kernel IR: kir.h's semantics, executed
// plainly, element by element, as the oracle every renderer is compared against.
//
// Numerics: all expression arithmetic, reductions (in column order, max from -inf) and
// sums over rows (in row order) are f32, exactly as kir.h states. GEMMs are the one
// exception: a naive loop accumulating in double, rounded once to f32 per element of C,
// then the epilogue in f32 (bias, then aux, then exact erf gelu). With beta == 0, C is
// not read (BLAS convention), so uninitialised C is fine. Loads from bf16 buffers widen and
// stores to them round (kir.h), the GEMM's C included.
#ifndef BERTC_KIR_INTERP_H
#define BERTC_KIR_INTERP_H

#include "kir.h"

// Verifies `p` (kir_verify), then runs its kernels in order on ctx's arenas: a buffer
// lives at (char *)ctx->arena[buf.arena] + buf.offset. Ids read through `via` and by
// scatter-adds are checked against their tables (an out-of-range id aborts).
void kir_interp_run(const KProgram *p, bertrt_ctx *ctx);

#endif
