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
bool render_llvm(const CompiledModel *m, Target target, const char *ll_path, const char *obj_path,
                 char **error);

// Launch geometry of a kernel on the cuda target: the one rule that render_cuda prints into
// kernels.cu and the host code launches with. K_LOOP: `row_threads` threads (a power of two,
// at most 256) stride over each row's columns, `rows_per_block` rows per block when rows are
// short; summing over rows, one thread per column. K_SCATTER_ADD: `row_threads` threads over
// the columns of `rows_per_block` destination rows. K_GEMM: its epilogue, a row kernel over
// the rows of C.
typedef struct {
  int64_t grid;    // blocks (x only)
  int block;       // threads per block
  int row_threads; // threads sharing one row
  int rows_per_block;
} CudaLaunch;
CudaLaunch cuda_launch(const Kernel *k);

// kernels.cu of the model: every KProgram's K_LOOP and K_SCATTER_ADD kernels, and the
// epilogues of its GEMMs, compiled once per distinct body (as the cpu target shares them):
// `extern "C" __global__ body_N(bertrt_kernel_ctx, T *b0, ..., uint32_t site0, ...)`, N in
// order of first use, every size and stride a literal, the buffers' base pointers (restrict
// where no other argument shares their bytes) and the dropout sites as arguments. The host
// side's launch table ends the file, as a comment block (one file, nothing else to keep in
// step): per KProgram, its kernels in order, each as
//   //   KERNEL[__epilogue]: body_N  grid G, block B  b0 ARENA+OFFSET ... site0 SITE ...
// (arena as in bertrt_arena without BERTRT_, byte offsets), GEMMs as their cuBLASLt
// parameters. Deterministic. Returns false and sets *error when `cu_path` cannot be written.
bool render_cuda(const CompiledModel *m, const char *cu_path, char **error);

#endif
