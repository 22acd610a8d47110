// render.h — stage 6: printers over the kernel IR and its schedule. Every backend walks the
// same CompiledModel (compile.h): its planned programs, layouts, variants and buckets, the
// ModelFacts its descriptor records (renderers never read the spec itself), and the
// Schedule (schedule.h) that decided every launch, body, argument, barrier and epilogue; no
// scheduling or fusion decision is made here.
#ifndef BERTC_RENDER_H
#define BERTC_RENDER_H

#include "compile.h"
#include "schedule.h"

// The LLVM module of a program: for the cpu target every K_LOOP / K_SCATTER_ADD kernel as
// a function `void NAME(bertrt_ctx *ctx, int64_t begin, int64_t end)` over rows calling its
// schedule's body_N, GEMMs as bertrt_sgemm calls plus their epilogue's body, one host function per
// KProgram calling its kernels in order (bertrt_parallel_for), and the descriptor
// `bertrt_generated_model`. Writes `ll_path` (textual IR before optimisation, deterministic: no
// host CPU in it) and `obj_path` (O3 for the host CPU; NULL renders host.ll only, for --emit-only).
// Returns false and sets *error on failure.
bool render_llvm(const CompiledModel *m, Target target, const char *ll_path, const char *obj_path,
                 char **error);

// kernels.cu of the model: every KProgram's K_LOOP, K_SCATTER_ADD and K_ATTENTION kernels,
// and the epilogue bodies of its GEMMs, printed once per body of the schedule:
// `extern "C" __global__ body_N(bertrt_kernel_ctx, T *b0, ..., uint32_t site0, ...)`, N the
// schedule's, every size and stride a literal, the buffers' base pointers (restrict where the
// schedule says so) and the dropout sites as arguments. The schedule's launch table ends the
// file, as a comment block (for the reader): per KProgram, its kernels in order, each as
//   //   KERNEL[__epilogue]: body_N  grid G, block B  b0 ARENA+OFFSET ... site0 SITE ...
// (arena as in bertrt_arena without BERTRT_, byte offsets), GEMMs as their cuBLASLt
// parameters. Deterministic. Returns false and sets *error when `cu_path` cannot be written.
bool render_cuda(const CompiledModel *m, const char *cu_path, char **error);

// The host code of the cuda target, an LLVM module like render_llvm's without kernel
// bodies: per KProgram `void NAME(bertrt_ctx *ctx)` making the schedule's calls in order
// (bertrt_cuda_launch with the bases ctx->arena[a] + offset, bertrt_cuda_gemm with a call
// site number per K_GEMM), and the descriptor, whose device_images point at
// `bertrt_generated_device_images` (defined by render_device_images' object). Writes
// `ll_path` (deterministic) and `obj_path` (NULL: host.ll only).
bool render_llvm_cuda(const CompiledModel *m, const char *ll_path, const char *obj_path,
                      char **error);

// An object file defining `bertrt_generated_device_images`: images[i] (arch name, bytes) as
// constants, in order.
typedef struct {
  const char *arch; // "sm_90" or "compute_80"
  const void *data;
  size_t bytes;
} DeviceImage;
bool render_device_images(const DeviceImage *images, int n, const char *obj_path, char **error);

#endif
