// render.h — stage 6: printers over the kernel IR. Every backend walks the same
// CompiledModel; no scheduling or fusion decision is made here.
#ifndef BERTC_RENDER_H
#define BERTC_RENDER_H

#include "plan.h"

typedef enum { TARGET_CPU, TARGET_CUDA } Target;

// The LLVM module of a program: for the cpu target every K_LOOP / K_SCATTER_ADD kernel as
// a function `void NAME(bertrt_ctx *ctx, int64_t begin, int64_t end)` over rows, GEMMs as
// bertrt_sgemm calls plus an epilogue loop, one host function per KProgram calling its
// kernels in order (bertrt_parallel_for), and the descriptor `bertrt_generated_model`.
// Writes `ll_path` (textual IR before optimisation, deterministic: no host CPU in it) and
// `obj_path` (O3 for the host CPU; NULL renders host.ll only, for --emit-only). Returns
// false and sets *error on failure.
bool render_llvm(const CompiledModel *m, Target target, const char *ll_path,
                 const char *obj_path, char **error);

#endif
