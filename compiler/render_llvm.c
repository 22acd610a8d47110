// render_llvm.c — stage 6 for the cpu target: the kernel IR as one LLVM module (render.h).
//
// The module, in order of appearance in host.ll:
//   %bertrt_ctx, %bertrt_gemm, ...   mirrors of bertrt_abi.h, field by field
//   body_N(ctx, begin, end, b0, ...) internal, noinline: the schedule's bodies that the cpu
//                                    target has (render_llvm_body.c)
//   PROG__KERNEL(ctx, begin, end)    internal: the kernel's buffer bases from ctx->arena[...]
//                                    and the plan's offsets, then its body
//   bertc.expf, bertc.erff, ...      internal, alwaysinline: render_llvm_math.c
//   PROG(ctx)                        external: the entry point, its kernels in order through
//                                    bertrt_parallel_for and bertrt_sgemm
//   @bertrt_generated_model          the descriptor (render_llvm_desc.c)
//
// Shared bodies (the schedule's, schedule.h) keep compile time down: mbert_cls's 1,483
// kernel wrappers call 90 bodies.
#include "render_llvm.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(KCTX_LR == 0 && KCTX_DROPOUT_ON == 3, "ctx float fields are struct fields 1..4");
_Static_assert(sizeof(bertrt_ctx) == 8 * BERTRT_ARENA_COUNT + 16 + 8 + 16, "ctx layout");
_Static_assert(sizeof(bertrt_gemm) == 21 * 8, "gemm layout: 19 int64 then 2 doubles");
_Static_assert(sizeof(bertrt_attention) == 8 * 8, "attention layout: 6 int64 then 2 doubles");
// ---- types and declarations ----------------------------------------------------------

static LLVMTypeRef named_struct(LLVMContextRef cx, const char *name, LLVMTypeRef *fields,
                                unsigned n) {
  LLVMTypeRef t = LLVMStructCreateNamed(cx, name);
  LLVMStructSetBody(t, fields, n, false);
  return t;
}

static void init_types(RL *r) {
  LLVMContextRef cx = r->cx;
  r->void_t = LLVMVoidTypeInContext(cx);
  r->i1 = LLVMInt1TypeInContext(cx);
  r->i32 = LLVMInt32TypeInContext(cx);
  r->i64 = LLVMInt64TypeInContext(cx);
  r->f32 = LLVMFloatTypeInContext(cx);
  r->f64 = LLVMDoubleTypeInContext(cx);
  r->i8p = LLVMPointerType(LLVMInt8TypeInContext(cx), 0);
  LLVMTypeRef arenas = LLVMArrayType(r->i8p, BERTRT_ARENA_COUNT);
  // arena[6], lr, bias_correction1, bias_correction2, dropout_on, seed, step, pool, device
  LLVMTypeRef ctx_fields[] = {arenas, r->f32, r->f32, r->f32, r->f32,
                              r->i32, r->i32, r->i8p, r->i8p};
  r->ctx_t = named_struct(cx, "bertrt_ctx", ctx_fields, 9);
  r->ctx_p = LLVMPointerType(r->ctx_t, 0);
  LLVMTypeRef pair = LLVMArrayType(r->i64, 2);
  // trans_a, trans_b, m, n, k, lda, ldb, ldc, batch, stride_a, stride_b, stride_c,
  // type_a, type_b, type_c, alpha, beta
  LLVMTypeRef gemm_fields[] = {r->i64, r->i64, r->i64, r->i64, r->i64, r->i64, r->i64, r->i64, pair,
                               pair,   pair,   pair,   r->i64, r->i64, r->i64, r->f64, r->f64};
  r->gemm_t = named_struct(cx, "bertrt_gemm", gemm_fields, 17);
  // part, batch, seq, heads, head_dim, dropout_site, scale, dropout_p
  LLVMTypeRef attention_fields[] = {r->i64, r->i64, r->i64, r->i64, r->i64, r->i64, r->f64, r->f64};
  r->attention_t = named_struct(cx, "bertrt_attention", attention_fields, 8);
  LLVMTypeRef range_params[] = {r->ctx_p, r->i64, r->i64};
  r->range_fn_t = LLVMFunctionType(r->void_t, range_params, 3, false);
  r->entry_t = LLVMFunctionType(r->void_t, &r->ctx_p, 1, false);
  r->loop_kind = LLVMGetMDKindIDInContext(cx, "llvm.loop", 9);
  LLVMMetadataRef hint[] = {
      LLVMMDStringInContext2(cx, "llvm.loop.vectorize.enable", 26),
      LLVMValueAsMetadata(LLVMConstInt(r->i1, 1, false)),
  };
  r->vectorize_hint = LLVMMDNodeInContext2(cx, hint, 2);
  // Type-based alias info: i32 buffers are only ever read by generated code, so an i32 load
  // (an id) never aliases an f32 store and can leave the column loop.
  r->tbaa_kind = LLVMGetMDKindIDInContext(cx, "tbaa", 4);
  LLVMMetadataRef root_name = LLVMMDStringInContext2(cx, "bertc arena elements", 20);
  LLVMMetadataRef root = LLVMMDNodeInContext2(cx, &root_name, 1);
  LLVMMetadataRef zero = LLVMValueAsMetadata(LLVMConstInt(r->i64, 0, false));
  const char *names[] = {"float", "int"};
  LLVMValueRef *tags[] = {&r->tbaa_f32, &r->tbaa_i32};
  for (int i = 0; i < 2; i++) {
    LLVMMetadataRef type_ops[] = {LLVMMDStringInContext2(cx, names[i], strlen(names[i])), root,
                                  zero};
    LLVMMetadataRef type = LLVMMDNodeInContext2(cx, type_ops, 3);
    LLVMMetadataRef tag_ops[] = {type, type, zero};
    *tags[i] = LLVMMetadataAsValue(cx, LLVMMDNodeInContext2(cx, tag_ops, 3));
  }
}

// A declared function: an llvm.* intrinsic over f32, or a runtime function.
LLVMValueRef rl_declare(RL *r, const char *name, LLVMTypeRef type) {
  LLVMValueRef fn = LLVMGetNamedFunction(r->mod, name);
  if (fn) return fn;
  if (!strncmp(name, "llvm.", 5)) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name) - 4); // overloaded on the ".f32"
    check(id != 0);
    return LLVMGetIntrinsicDeclaration(r->mod, id, &r->f32, 1);
  }
  fn = LLVMAddFunction(r->mod, name, type);
  add_fn_attr(r, fn, "nounwind");
  return fn;
}

LLVMValueRef rl_call(RL *r, LLVMValueRef fn, LLVMValueRef *args, unsigned n, const char *name) {
  LLVMTypeRef type = LLVMGetElementType(LLVMTypeOf(fn));
  return LLVMBuildCall2(r->b, type, fn, args, n, name);
}

// The element type of a buffer the cpu target computes on (f32 or i32: precision bf16 is the
// cuda target's, main.c refuses it for the cpu).
LLVMTypeRef rl_elem_type(RL *r, const KBuf *buf) {
  if (buf->dtype == DT_BF16)
    internal_error("render_llvm: bf16 buffer `%s` in a cpu kernel", buf->name);
  return buf->dtype == DT_I32 ? r->i32 : r->f32;
}

int64_t rl_abi_dtype(DType t) {
  return t == DT_I32 ? BERTRT_I32 : t == DT_BF16 ? BERTRT_BF16 : BERTRT_F32;
}

// (char *)ctx->arena[buf.arena] + buf.offset, named `name`.
static LLVMValueRef buf_bytes(RL *r, LLVMBuilderRef b, LLVMValueRef ctx, const KBuf *buf,
                              const char *name) {
  LLVMValueRef at[] = {i32c(r, 0), i32c(r, 0), i32c(r, buf->arena)};
  LLVMValueRef slot = LLVMBuildInBoundsGEP2(b, r->ctx_t, ctx, at, 3, "");
  LLVMValueRef arena = LLVMBuildLoad2(b, r->i8p, slot, "");
  LLVMValueRef off = i64c(r, buf->offset);
  return LLVMBuildInBoundsGEP2(b, LLVMInt8TypeInContext(r->cx), arena, &off, 1, name);
}

LLVMValueRef rl_buf_addr(RL *r, LLVMBuilderRef b, LLVMValueRef ctx, const KBuf *buf) {
  return buf_bytes(r, b, ctx, buf, buf->name);
}

// (elem *)((char *)ctx->arena[buf.arena] + buf.offset), built by `b`.
LLVMValueRef rl_buf_ptr(RL *r, LLVMBuilderRef b, LLVMValueRef ctx, const KBuf *buf) {
  LLVMValueRef bytes = buf_bytes(r, b, ctx, buf, "");
  return LLVMBuildBitCast(b, bytes, LLVMPointerType(rl_elem_type(r, buf), 0), buf->name);
}

// ---- host functions ------------------------------------------------------------------

// `@PROG__KERNEL.gemm`: the bertrt_gemm constant of a K_GEMM.
LLVMValueRef rl_gemm_constant(RL *r, const KProgram *p, const Kernel *k) {
  const KGemm *g = &k->gemm;
  LLVMValueRef batch[] = {i64c(r, g->batch[0]), i64c(r, g->batch[1])};
  LLVMValueRef sa[] = {i64c(r, g->stride_a[0]), i64c(r, g->stride_a[1])};
  LLVMValueRef sb[] = {i64c(r, g->stride_b[0]), i64c(r, g->stride_b[1])};
  LLVMValueRef sc[] = {i64c(r, g->stride_c[0]), i64c(r, g->stride_c[1])};
  LLVMValueRef fields[] = {
      i64c(r, g->trans_a),
      i64c(r, g->trans_b),
      i64c(r, g->m),
      i64c(r, g->n),
      i64c(r, g->k),
      i64c(r, g->lda),
      i64c(r, g->ldb),
      i64c(r, g->ldc),
      LLVMConstArray(r->i64, batch, 2),
      LLVMConstArray(r->i64, sa, 2),
      LLVMConstArray(r->i64, sb, 2),
      LLVMConstArray(r->i64, sc, 2),
      i64c(r, rl_abi_dtype(p->bufs.items[g->a].dtype)),
      i64c(r, rl_abi_dtype(p->bufs.items[g->b].dtype)),
      i64c(r, rl_abi_dtype(p->bufs.items[g->c].dtype)),
      LLVMConstReal(r->f64, g->alpha),
      LLVMConstReal(r->f64, g->beta),
  };
  char *name = format("%s__%s.gemm", p->name, k->name);
  LLVMValueRef global = rl_private_constant(r, LLVMConstNamedStruct(r->gemm_t, fields, 17), name);
  free(name);
  return global;
}

// `@PROG__NAME.attention`: the bertrt_attention constant of a K_ATTENTION (NAME its kernel's).
static LLVMValueRef attention_constant(RL *r, const KProgram *p, const char *kernel,
                                       const KAttention *a) {
  LLVMValueRef fields[] = {
      i64c(r, a->part),
      i64c(r, a->batch),
      i64c(r, a->seq),
      i64c(r, a->heads),
      i64c(r, a->head_dim),
      i64c(r, a->dropout_site),
      LLVMConstReal(r->f64, a->scale),
      LLVMConstReal(r->f64, a->dropout_p),
  };
  char *name = format("%s__%s.attention", p->name, kernel);
  LLVMValueRef global =
      rl_private_constant(r, LLVMConstNamedStruct(r->attention_t, fields, 8), name);
  free(name);
  return global;
}

// What the host function does for one kernel: a parallel_for of `range` over [0, n), a GEMM
// call (with `range` its epilogue, or NULL), or an attention call.
typedef struct {
  LLVMValueRef range, gemm, attention;
  int64_t n;
} Step;

static Step emit_kernel(RL *r, const KProgram *p, const Kernel *k, const KernelSchedule *ks) {
  switch (k->kind) {
  case K_LOOP:
    if (k->loop.sum_over_rows)
      return (Step){.range = rl_kernel_range(r, p, k, ks), .n = k->loop.cols};
    return (Step){.range = rl_kernel_range(r, p, k, ks), .n = kir_loop_rows(&k->loop)};
  case K_SCATTER_ADD:
    return (Step){.range = rl_kernel_range(r, p, k, ks), .n = k->scatter.cols};
  case K_GEMM: {
    const KGemm *g = &k->gemm;
    Step s = {.gemm = rl_gemm_constant(r, p, k), .n = g->batch[0] * g->batch[1] * g->m};
    if (ks->epilogue[TARGET_CPU] == GEMM_EPILOGUE_KERNEL) s.range = rl_kernel_range(r, p, k, ks);
    return s;
  }
  case K_ATTENTION:
    return (Step){.attention = attention_constant(r, p, k->name, &k->attention)};
  }
  unreachable();
}

// A loop kernel that moves fewer bytes than this runs on the calling thread: waking the pool
// and waiting for it (some microseconds) would cost more than the work.
#define RL_SERIAL_BYTES (64 << 10)

// range(ctx, 0, n) over the pool, or on this thread when the kernel is small (bytes 0: not
// estimated, the pool).
static void call_parallel_for(RL *r, LLVMValueRef ctx, LLVMValueRef range, int64_t n,
                              int64_t bytes) {
  if (bytes > 0 && bytes < RL_SERIAL_BYTES) {
    LLVMValueRef args[] = {ctx, i64c(r, 0), i64c(r, n)};
    rl_call(r, range, args, 3, "");
    return;
  }
  LLVMTypeRef params[] = {r->ctx_p, LLVMPointerType(r->range_fn_t, 0), r->i64};
  LLVMValueRef fn =
      rl_declare(r, "bertrt_parallel_for", LLVMFunctionType(r->void_t, params, 3, false));
  LLVMValueRef args[] = {ctx, range, i64c(r, n)};
  rl_call(r, fn, args, 3, "");
}

static void call_sgemm(RL *r, LLVMValueRef ctx, const KProgram *p, const KGemm *g,
                       LLVMValueRef gemm) {
  LLVMTypeRef f32p = LLVMPointerType(r->f32, 0);
  LLVMTypeRef params[] = {r->ctx_p, LLVMPointerType(r->gemm_t, 0), f32p, f32p, f32p};
  LLVMValueRef fn = rl_declare(r, "bertrt_sgemm", LLVMFunctionType(r->void_t, params, 5, false));
  LLVMValueRef a = rl_buf_ptr(r, r->b, ctx, &p->bufs.items[g->a]);
  LLVMValueRef b = rl_buf_ptr(r, r->b, ctx, &p->bufs.items[g->b]);
  LLVMValueRef c = rl_buf_ptr(r, r->b, ctx, &p->bufs.items[g->c]);
  LLVMValueRef args[] = {ctx, gemm, a, b, c};
  rl_call(r, fn, args, 5, "");
}

// bertrt_attention_cpu(ctx, attention, tensors): the tensors by role in a stack array, NULL
// where the part has no use for the role.
static void call_attention(RL *r, LLVMValueRef ctx, const KProgram *p, const KAttention *a,
                           LLVMValueRef attention) {
  LLVMTypeRef f32p = LLVMPointerType(r->f32, 0);
  LLVMTypeRef roles_t = LLVMArrayType(f32p, BERTRT_ATT_ROLES);
  LLVMValueRef tensors = LLVMBuildAlloca(r->b, roles_t, "tensors");
  for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
    LLVMValueRef ptr = a->buf[role] >= 0 ? rl_buf_ptr(r, r->b, ctx, &p->bufs.items[a->buf[role]])
                                         : LLVMConstPointerNull(f32p);
    LLVMValueRef at[] = {i32c(r, 0), i32c(r, role)};
    LLVMBuildStore(r->b, ptr, LLVMBuildInBoundsGEP2(r->b, roles_t, tensors, at, 2, ""));
  }
  LLVMTypeRef params[] = {r->ctx_p, LLVMPointerType(r->attention_t, 0), LLVMPointerType(f32p, 0)};
  LLVMValueRef fn =
      rl_declare(r, "bertrt_attention_cpu", LLVMFunctionType(r->void_t, params, 3, false));
  LLVMValueRef first[] = {i32c(r, 0), i32c(r, 0)};
  LLVMValueRef args[] = {ctx, attention,
                         LLVMBuildInBoundsGEP2(r->b, roles_t, tensors, first, 2, "")};
  rl_call(r, fn, args, 3, "");
}

LLVMValueRef rl_begin_entry(RL *r, const char *name) {
  LLVMValueRef host = LLVMAddFunction(r->mod, name, r->entry_t);
  add_fn_attr(r, host, "nounwind");
  LLVMValueRef ctx = LLVMGetParam(host, 0);
  LLVMSetValueName2(ctx, "ctx", 3);
  LLVMPositionBuilderAtEnd(r->b, LLVMAppendBasicBlockInContext(r->cx, host, "entry"));
  return ctx;
}

static bool bufs_overlap(const KBuf *a, const KBuf *b) {
  return a->arena == b->arena && a->offset < b->offset + b->elems * dtype_bytes(b->dtype) &&
         b->offset < a->offset + a->elems * dtype_bytes(a->dtype);
}

// *merged = kernels i (a grad_kv part) and i + 1 (the grad_q part of the same attention) as
// one BERTRT_ATTENTION_GRAD call, which computes each (batch, head)'s scores, probabilities
// and dropout factors once instead of twice; false if they are not such a pair, or if dq's
// bytes are those of a tensor kernel i uses (the plan kept dq apart from kernel i + 1's
// tensors only, and the merged call writes it one kernel early).
static bool merge_attention_grads(const KProgram *p, int i, KAttention *merged) {
  if (i + 1 >= p->kernels.len) return false;
  const Kernel *kv = &p->kernels.items[i], *q = &p->kernels.items[i + 1];
  if (kv->kind != K_ATTENTION || q->kind != K_ATTENTION) return false;
  const KAttention *a = &kv->attention, *b = &q->attention;
  if (a->part != BERTRT_ATTENTION_GRAD_KV || b->part != BERTRT_ATTENTION_GRAD_Q) return false;
  if (a->batch != b->batch || a->seq != b->seq || a->heads != b->heads ||
      a->head_dim != b->head_dim || a->dropout_site != b->dropout_site || a->scale != b->scale ||
      a->dropout_p != b->dropout_p)
    return false;
  for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
    bool read = kir_attention_access(BERTRT_ATTENTION_GRAD_Q, role) == KATT_READ;
    if (read && a->buf[role] != b->buf[role]) return false;
  }
  const KBuf *dq = &p->bufs.items[b->buf[BERTRT_ATT_DQ]];
  for (int role = 0; role < BERTRT_ATT_ROLES; role++)
    if (a->buf[role] >= 0 && bufs_overlap(dq, &p->bufs.items[a->buf[role]])) return false;
  *merged = *a;
  merged->part = BERTRT_ATTENTION_GRAD;
  merged->buf[BERTRT_ATT_DQ] = b->buf[BERTRT_ATT_DQ];
  return true;
}

// The kernels' functions, then `void NAME(bertrt_ctx *ctx)` calling them in order (a grad_kv
// and grad_q pair as one call where merge_attention_grads allows).
static void emit_program(RL *r, const Schedule *s, const KProgram *p) {
  Step *steps = xcalloc((size_t)p->kernels.len + 1, sizeof *steps);
  for (int i = 0; i < p->kernels.len; i++)
    steps[i] = emit_kernel(r, p, &p->kernels.items[i], schedule_kernel(s, p, i));
  LLVMValueRef ctx = rl_begin_entry(r, p->name);
  for (int i = 0; i < p->kernels.len; i++) {
    const Kernel *k = &p->kernels.items[i];
    KAttention grads;
    if (merge_attention_grads(p, i, &grads)) {
      char *name = format("%s.grad", k->name);
      call_attention(r, ctx, p, &grads, attention_constant(r, p, name, &grads));
      free(name);
      i++; // the grad_q kernel
      continue;
    }
    if (k->kind == K_GEMM) call_sgemm(r, ctx, p, &k->gemm, steps[i].gemm);
    if (k->kind == K_ATTENTION) call_attention(r, ctx, p, &k->attention, steps[i].attention);
    if (steps[i].range) call_parallel_for(r, ctx, steps[i].range, steps[i].n, k->bytes);
  }
  LLVMBuildRetVoid(r->b);
  free(steps);
}

// ---- the module, host.ll and the object ----------------------------------------------

static char *take_message(char *msg) {
  char *s = xstrdup(msg ? msg : "(no message)");
  LLVMDisposeMessage(msg);
  return s;
}

static LLVMTargetMachineRef target_machine(const char *triple, const char *cpu,
                                           const char *features, char **error) {
  LLVMTargetRef target;
  char *msg = NULL;
  if (LLVMGetTargetFromTriple(triple, &target, &msg)) {
    char *m = take_message(msg);
    *error = format("no LLVM target for %s: %s", triple, m);
    free(m);
    return NULL;
  }
  return LLVMCreateTargetMachine(target, triple, cpu, features, LLVMCodeGenLevelAggressive,
                                 LLVMRelocPIC, LLVMCodeModelDefault);
}

static void set_data_layout(LLVMModuleRef mod, LLVMTargetMachineRef tm) {
  LLVMTargetDataRef layout = LLVMCreateTargetDataLayout(tm);
  char *s = LLVMCopyStringRepOfTargetData(layout);
  LLVMSetDataLayout(mod, s);
  LLVMDisposeMessage(s);
  LLVMDisposeTargetData(layout);
}

// O3 for the host CPU, then the object file.
static bool emit_object(LLVMModuleRef mod, const char *triple, const char *obj_path, char **error) {
  char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
  LLVMTargetMachineRef tm = target_machine(triple, cpu, features, error);
  LLVMDisposeMessage(cpu), LLVMDisposeMessage(features);
  if (!tm) return false;
  set_data_layout(mod, tm);
  LLVMPassBuilderOptionsRef opts = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetLoopVectorization(opts, true);
  LLVMPassBuilderOptionsSetSLPVectorization(opts, true);
  LLVMPassBuilderOptionsSetLoopInterleaving(opts, true);
  // No runtime/partial unrolling: the vectoriser's interleaving already gives the column
  // loops their parallel accumulators; unrolling the rest tripled compile time and object
  // size (tiny_cls: 9.7 s -> 3.0 s, 1.3 MB -> 0.4 MB) for no measurable speed.
  LLVMPassBuilderOptionsSetLoopUnrolling(opts, false);
  LLVMErrorRef err = LLVMRunPasses(mod, "default<O3>", tm, opts);
  LLVMDisposePassBuilderOptions(opts);
  bool ok = true;
  char *msg = NULL;
  if (err) {
    char *m = LLVMGetErrorMessage(err);
    *error = format("LLVM optimisation failed: %s", m);
    LLVMDisposeErrorMessage(m);
    ok = false;
  } else if (LLVMTargetMachineEmitToFile(tm, mod, (char *)obj_path, LLVMObjectFile, &msg)) {
    char *m = take_message(msg);
    *error = format("cannot write %s: %s", obj_path, m);
    free(m);
    ok = false;
  }
  LLVMDisposeTargetMachine(tm);
  return ok;
}

static bool finish_module(LLVMModuleRef mod, const char *triple, const char *ll_path,
                          const char *obj_path, char **error) {
  char *msg = NULL;
  if (ll_path && LLVMPrintModuleToFile(mod, ll_path, &msg)) {
    char *m = take_message(msg);
    *error = format("cannot write %s: %s", ll_path, m);
    free(m);
    return false;
  }
  if (LLVMVerifyModule(mod, LLVMReturnStatusAction, &msg)) {
    internal_error("the generated LLVM module is invalid (%s): %s", ll_path, take_message(msg));
  }
  LLVMDisposeMessage(msg);
  return !obj_path || emit_object(mod, triple, obj_path, error);
}

// LLVM's remarks and warnings (a hinted loop it left scalar, ...) are not the user's
// business; errors are kept for the message of the failure they cause.
static void on_diagnostic(LLVMDiagnosticInfoRef info, void *errors) {
  if (LLVMGetDiagInfoSeverity(info) != LLVMDSError) return;
  char *msg = LLVMGetDiagInfoDescription(info);
  sb_printf(errors, "%s\n", msg);
  LLVMDisposeMessage(msg);
}

bool rl_open(RL *r, char **error) {
  LLVMInitializeNativeTarget();
  LLVMInitializeNativeAsmPrinter();
  *r = (RL){0};
  r->triple = LLVMGetDefaultTargetTriple();
  // host.ll names no CPU: its data layout is the generic one of the triple.
  LLVMTargetMachineRef generic = target_machine(r->triple, "generic", "", error);
  if (!generic) {
    LLVMDisposeMessage(r->triple);
    return false;
  }
  r->cx = LLVMContextCreate();
  LLVMContextSetDiagnosticHandler(r->cx, on_diagnostic, &r->diagnostics);
  r->mod = LLVMModuleCreateWithNameInContext("host", r->cx);
  r->b = LLVMCreateBuilderInContext(r->cx);
  LLVMSetTarget(r->mod, r->triple);
  set_data_layout(r->mod, generic);
  LLVMDisposeTargetMachine(generic);
  init_types(r);
  return true;
}

bool rl_close(RL *r, const char *ll_path, const char *obj_path, char **error) {
  bool ok = finish_module(r->mod, r->triple, ll_path, obj_path, error);
  if (!ok && r->diagnostics.len) {
    char *with = format("%s\n%s", *error, r->diagnostics.data);
    free(*error);
    *error = with;
  }
  sb_free(&r->diagnostics);
  free(r->bodies);
  LLVMDisposeBuilder(r->b);
  LLVMDisposeModule(r->mod);
  LLVMContextDispose(r->cx);
  LLVMDisposeMessage(r->triple);
  return ok;
}

bool render_llvm(const CompiledModel *m, Target target, const char *ll_path, const char *obj_path,
                 char **error) {
  if (target != TARGET_CPU) {
    *error = xstrdup("render_llvm renders the cpu target; the cuda target's host code is "
                     "render_llvm_cuda");
    return false;
  }
  RL r;
  if (!rl_open(&r, error)) return false;
  r.n_bodies = m->schedule->n_bodies;
  r.bodies = xcalloc((size_t)r.n_bodies + 1, sizeof *r.bodies);
  for (int i = 0; i < m->n_programs; i++)
    emit_program(&r, m->schedule, m->programs[i]);
  rl_emit_descriptor(&r, m, NULL);
  return rl_close(&r, ll_path, obj_path, error);
}