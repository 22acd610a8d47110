// render_llvm.h — what the files of the LLVM renderers (render.h) share; not a stage
// contract.
//   render_llvm.c       the module: types, buffer addresses, the cpu target's host entry
//                       points, the object file; the module's opening and closing
//   render_llvm_body.c  the cpu target's kernel bodies and their wrappers
//   render_llvm_cuda.c  the cuda target's host entry points and its device-image object
//   render_llvm_math.c  exp, erf, tanh and dropout's Philox draw as inline IR helpers
//   render_llvm_desc.c  the descriptor `bertrt_generated_model`
#ifndef BERTC_RENDER_LLVM_H
#define BERTC_RENDER_LLVM_H

#include "render.h"

#include <llvm-c/Core.h>
#include <string.h>

// The module being built.
typedef struct {
  char *triple;       // the host's
  StrBuf diagnostics; // LLVM's error diagnostics, for the message of a failure
  LLVMContextRef cx;
  LLVMModuleRef mod;
  LLVMBuilderRef b;
  LLVMTypeRef void_t, i1, i32, i64, f32, f64, i8p;
  LLVMTypeRef ctx_t, ctx_p;        // %bertrt_ctx, its pointer
  LLVMTypeRef gemm_t;              // %bertrt_gemm
  LLVMTypeRef attention_t;         // %bertrt_attention
  LLVMTypeRef range_fn_t, entry_t; // bertrt_range_fn, bertrt_entry (function types)
  unsigned loop_kind;              // "llvm.loop"
  LLVMMetadataRef vectorize_hint;  // !{"llvm.loop.vectorize.enable", i1 true}
  unsigned tbaa_kind;              // "tbaa"
  LLVMValueRef tbaa_f32, tbaa_i32; // access tags of arena elements
  int n_bodies;                    // the schedule's (schedule.h)
  LLVMValueRef *bodies;            // [n_bodies] @body_N once emitted, else NULL
} RL;

static inline LLVMValueRef i64c(RL *r, int64_t v) {
  return LLVMConstInt(r->i64, (unsigned long long)v, true);
}

static inline LLVMValueRef i32c(RL *r, int v) {
  return LLVMConstInt(r->i32, (unsigned long long)v, true);
}

static inline LLVMValueRef f32c(RL *r, float v) {
  return LLVMConstReal(r->f32, v);
}

// An attribute without a value ("nounwind", "noalias", ...) of a function (at
// LLVMAttributeFunctionIndex) or of its parameter at - 1.
static inline void add_attr(RL *r, LLVMValueRef fn, LLVMAttributeIndex at, const char *attr) {
  unsigned kind = LLVMGetEnumAttributeKindForName(attr, strlen(attr));
  LLVMAddAttributeAtIndex(fn, at, LLVMCreateEnumAttribute(r->cx, kind, 0));
}

static inline void add_fn_attr(RL *r, LLVMValueRef fn, const char *attr) {
  add_attr(r, fn, LLVMAttributeFunctionIndex, attr);
}

// render_llvm_math.c: the internal always-inline helper computing `op` (KX_EXP, KX_ERF,
// KX_TANH: f32 -> f32; KX_UNIFORM: (i32 seed, i32 step, i32 site, i64 index) -> f32, bit for
// bit bertrt_dropout_uniform), added to the module on first use. Branch-free, so column
// loops using them vectorise.
LLVMValueRef rl_math_fn(RL *r, KExprOp op);

// render_llvm.c: a module for the host triple with the types above (false and *error when
// LLVM has no target for it); then host.ll, the module verified, and (obj_path not NULL)
// the O3 object for the host CPU; everything disposed either way.
bool rl_open(RL *r, char **error);
bool rl_close(RL *r, const char *ll_path, const char *obj_path, char **error);
// A function of the module, declared on first use: an llvm.* intrinsic over f32 (`type`
// ignored), or an external runtime function.
LLVMValueRef rl_declare(RL *r, const char *name, LLVMTypeRef type);
// Adds the entry point `void NAME(bertrt_ctx *ctx)` (nounwind), puts the builder at the
// start of its body and returns ctx.
LLVMValueRef rl_begin_entry(RL *r, const char *name);
LLVMValueRef rl_call(RL *r, LLVMValueRef fn, LLVMValueRef *args, unsigned n, const char *name);
// A buffer's base: ctx->arena[buf->arena] + buf->offset, as a pointer to its element type.
LLVMValueRef rl_buf_ptr(RL *r, LLVMBuilderRef b, LLVMValueRef ctx, const KBuf *buf);
// The same address as an `i8 *` (any buffer type: the cuda target's host code passes bf16
// buffers to bertrt_cuda_gemm).
LLVMValueRef rl_buf_addr(RL *r, LLVMBuilderRef b, LLVMValueRef ctx, const KBuf *buf);
// The element type of a buffer the cpu target computes on (f32 or i32: precision bf16 is the
// cuda target's, main.c refuses it for the cpu).
LLVMTypeRef rl_elem_type(RL *r, const KBuf *buf);
// A DType as bertrt_dtype.
int64_t rl_abi_dtype(DType t);
// `@PROG__KERNEL.gemm`: the bertrt_gemm constant of a K_GEMM.
LLVMValueRef rl_gemm_constant(RL *r, const KProgram *p, const Kernel *k);

// render_llvm_body.c: `internal void PROG__KERNEL[__epilogue](ctx, begin, end)` of a kernel
// with a body on the cpu target (ks->body[TARGET_CPU]): its bases and sites passed to
// body_N, which the first such kernel emits.
LLVMValueRef rl_kernel_range(RL *r, const KProgram *p, const Kernel *kernel,
                             const KernelSchedule *ks);

// render_llvm_desc.c: a private constant global NAME (a string, an array or a struct), and
// `const T *` to a private array NAME of n elements (NULL when n == 0).
LLVMValueRef rl_private_constant(RL *r, LLVMValueRef init, const char *name);
LLVMValueRef rl_array_ptr(RL *r, LLVMTypeRef elem, LLVMValueRef *items, int n, const char *name);

// What the descriptor says of the cuda target's code (render_llvm_cuda.c).
typedef struct {
  int64_t n_device_functions;
  int64_t n_gemm_sites;
} RLCudaFacts;

// render_llvm_desc.c: @bertrt_generated_model, after every program's entry point; `cuda`
// NULL for the cpu target, else the descriptor points at bertrt_generated_device_images.
void rl_emit_descriptor(RL *r, const CompiledModel *m, const RLCudaFacts *cuda);

#endif
