// render.h — stage 6: printers over the kernel IR. Every backend walks the same
// CompiledModel (compile.h): its planned programs, layouts, variants and buckets, and the
// ModelFacts its descriptor records (renderers never read the spec itself); no scheduling
// or fusion decision is made here.
#ifndef BERTC_RENDER_H
#define BERTC_RENDER_H

#include "compile.h"

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
// short; summing over rows, up to 32 columns per block with `rows_per_block` threads (row
// lanes) per column. K_SCATTER_ADD: `row_threads` threads over
// the columns of `rows_per_block` destination rows. K_GEMM: its epilogue, a row kernel over
// the rows of C.
typedef struct {
  int64_t grid;    // blocks (x only)
  int block;       // threads per block
  int row_threads; // threads sharing one row
  int rows_per_block;
} CudaLaunch;
CudaLaunch cuda_launch(const Kernel *k);

// Whether a GEMM's epilogue is its bias alone, which cuBLASLt adds (its bias epilogue): no
// epilogue kernel then. GELU stays a kernel (cuBLASLt's is the tanh approximation), and with
// it the bias and aux.
bool cuda_gemm_bias_only(const KGemm *g);

// How the cuda target's host code runs one kernel of a KProgram: the body_N of kernels.cu it
// launches (a GEMM's epilogue for a K_GEMM; -1 for a GEMM without one), with the base
// pointers of buffers `args` (KProgram buffer indices, in the body's parameter order) and
// dropout sites `sites`, on cuda_launch(kernel)'s geometry.
typedef struct {
  int body;
  int n_args;
  int *args;
  int n_sites;
  uint32_t *sites;
} CudaCall;

// Every KProgram's calls, and the number of distinct bodies.
typedef struct {
  int n_bodies;
  int n_programs;
  const KProgram **programs; // [n_programs]: CompiledModel.programs
  CudaCall **calls;          // [n_programs][program->kernels.len]
} CudaLaunchTable;

// The call of kernel `k` of program `p`; an internal error when `p` is not in the table.
const CudaCall *cuda_call(const CudaLaunchTable *t, const KProgram *p, int k);
void cuda_launch_table_free(CudaLaunchTable *t);

// kernels.cu of the model: every KProgram's K_LOOP and K_SCATTER_ADD kernels, and the
// epilogues of its GEMMs, compiled once per distinct body (as the cpu target shares them):
// `extern "C" __global__ body_N(bertrt_kernel_ctx, T *b0, ..., uint32_t site0, ...)`, N in
// order of first use, every size and stride a literal, the buffers' base pointers (restrict
// where no other argument shares their bytes) and the dropout sites as arguments. The host
// side's launch table ends the file, as a comment block (the same facts as *table, for the
// reader): per KProgram, its kernels in order, each as
//   //   KERNEL[__epilogue]: body_N  grid G, block B  b0 ARENA+OFFSET ... site0 SITE ...
// (arena as in bertrt_arena without BERTRT_, byte offsets), GEMMs as their cuBLASLt
// parameters. Deterministic. Fills *table when not NULL (free with cuda_launch_table_free).
// Returns false and sets *error when `cu_path` cannot be written.
bool render_cuda(const CompiledModel *m, const char *cu_path, CudaLaunchTable *table, char **error);

// The host code of the cuda target, an LLVM module like render_llvm's without kernel
// bodies: per KProgram `void NAME(bertrt_ctx *ctx)` making its calls in order
// (bertrt_cuda_launch with the bases ctx->arena[a] + offset, bertrt_cuda_gemm with a call
// site number per K_GEMM), and the descriptor, whose device_images point at
// `bertrt_generated_device_images` (defined by render_device_images' object). Writes
// `ll_path` (deterministic) and `obj_path` (NULL: host.ll only).
bool render_llvm_cuda(const CompiledModel *m, const CudaLaunchTable *table, const char *ll_path,
                      const char *obj_path, char **error);

// An object file defining `bertrt_generated_device_images`: images[i] (arch name, bytes) as
// constants, in order.
typedef struct {
  const char *arch; // "sm_90" or "compute_80"
  const void *data;
  size_t bytes;
} DeviceImage;
bool render_device_images(const DeviceImage *images, int n, const char *obj_path, char **error);

#endif
