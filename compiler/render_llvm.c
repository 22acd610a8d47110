// render_llvm.c — stage 6 for the cpu target: the kernel IR as one LLVM module (render.h).
//
// The module, in order of appearance in host.ll:
//   %bertrt_ctx, %bertrt_gemm, ...   mirrors of bertrt_abi.h, field by field
//   body_N(ctx, begin, end, b0, ...) internal, noinline: a K_LOOP over rows [begin, end)
//                                    (columns for a sum over rows), a scatter-add or a GEMM
//                                    epilogue, on the base pointers of its buffers (noalias)
//                                    and its dropout sites; shared by every kernel with the
//                                    same IR up to those ("shared bodies" below)
//   PROG__KERNEL(ctx, begin, end)    internal: the kernel's buffer bases from ctx->arena[...]
//                                    and the plan's offsets, then its body
//   bertc.expf, bertc.erff, ...      internal, alwaysinline: render_llvm_math.c
//   PROG(ctx)                        external: the entry point, its kernels in order through
//                                    bertrt_parallel_for and bertrt_sgemm
//   @bertrt_generated_model          the descriptor (render_llvm_desc.c)
//
// A kernel body is the kernel IR printed one phase at a time: each phase's expressions are
// emitted once per iteration where first used (memoised per phase), in the phase's column
// loop; loop invariants are left to LICM. Loops are in rotated form (guard when the trip
// count can be zero, body, latch). Column loops carry `llvm.loop.vectorize.enable`: LLVM 14's
// C API cannot set fast-math flags, and this hint is what lets the vectoriser reorder the
// float sums of a reduction. Everything else stays IEEE. exp, erf, tanh and dropout's draw
// are inline arithmetic, so column loops using them vectorise (log stays llvm.log, a libm
// call: a column loop using it would stay scalar).
//
// Shared bodies keep compile time down: mbert_cls's 1,633 kernels need 95 bodies.
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

// f32 -> f32 (or f32 x f32 -> f32) by name: "llvm.sqrt.f32", "llvm.maxnum.f32", ...
static LLVMValueRef call_f32(RL *r, const char *fn, LLVMValueRef *args, unsigned n,
                             const char *name) {
  LLVMTypeRef params[] = {r->f32, r->f32};
  return rl_call(r, rl_declare(r, fn, LLVMFunctionType(r->f32, params, n, false)), args, n, name);
}

// Loads and stores of arena elements (f32 or i32), with their TBAA tags.
static LLVMValueRef load(RL *r, LLVMTypeRef type, LLVMValueRef ptr, const char *name) {
  LLVMValueRef v = LLVMBuildLoad2(r->b, type, ptr, name);
  LLVMSetMetadata(v, r->tbaa_kind, type == r->i32 ? r->tbaa_i32 : r->tbaa_f32);
  return v;
}

static void store(RL *r, LLVMValueRef v, LLVMValueRef ptr) {
  LLVMSetMetadata(LLVMBuildStore(r->b, v, ptr), r->tbaa_kind, r->tbaa_f32);
}

// ---- loops ---------------------------------------------------------------------------

typedef struct {
  LLVMBasicBlockRef pre, body, exit;
  LLVMValueRef iv, end;
} Loop;

// Opens `for (iv = start; iv < end; iv++)` at the builder; the builder is left in the body.
// `guarded` when the trip count may be zero (a non-constant range).
static Loop loop_open(RL *r, LLVMValueRef fn, LLVMValueRef start, LLVMValueRef end, bool guarded,
                      const char *name) {
  Loop l = {.pre = LLVMGetInsertBlock(r->b), .end = end};
  l.body = LLVMAppendBasicBlockInContext(r->cx, fn, name);
  l.exit = LLVMCreateBasicBlockInContext(r->cx, "");
  if (guarded)
    LLVMBuildCondBr(r->b, LLVMBuildICmp(r->b, LLVMIntSLT, start, end, ""), l.body, l.exit);
  else
    LLVMBuildBr(r->b, l.body);
  LLVMPositionBuilderAtEnd(r->b, l.body);
  l.iv = LLVMBuildPhi(r->b, r->i64, name);
  LLVMAddIncoming(l.iv, &start, &l.pre, 1);
  return l;
}

// `!llvm.loop !{self, !{"llvm.loop.vectorize.enable", i1 true}}` on a latch branch.
static void hint_vectorize(RL *r, LLVMValueRef latch_br) {
  LLVMMetadataRef self = LLVMTemporaryMDNode(r->cx, NULL, 0);
  LLVMMetadataRef ops[] = {self, r->vectorize_hint};
  LLVMMetadataRef id = LLVMMDNodeInContext2(r->cx, ops, 2);
  LLVMMetadataReplaceAllUsesWith(self, id);
  LLVMSetMetadata(latch_br, r->loop_kind, LLVMMetadataAsValue(r->cx, id));
}

// Closes the loop at the current block (its latch); returns the latch. The builder is left
// in the exit block.
static LLVMBasicBlockRef loop_close(RL *r, LLVMValueRef fn, Loop *l, bool vectorize) {
  LLVMBasicBlockRef latch = LLVMGetInsertBlock(r->b);
  LLVMValueRef next = LLVMBuildNSWAdd(r->b, l->iv, i64c(r, 1), "");
  LLVMAddIncoming(l->iv, &next, &latch, 1);
  LLVMValueRef more = LLVMBuildICmp(r->b, LLVMIntSLT, next, l->end, "");
  LLVMValueRef br = LLVMBuildCondBr(r->b, more, l->body, l->exit);
  if (vectorize) hint_vectorize(r, br);
  LLVMAppendExistingBasicBlock(fn, l->exit);
  LLVMPositionBuilderAtEnd(r->b, l->exit);
  return latch;
}

// ---- a kernel body --------------------------------------------------------------------

// A kernel's key (render_llvm.h RLKey) and the arguments of its body: the bases of its
// buffers, then its dropout sites, each in first-reference order. `disjoint` when no two
// buffers share a byte, so the bases are noalias.
typedef struct {
  RLKey words;
  VEC(int) bufs;       // base argument i is the program's buffer bufs[i]
  VEC(uint32_t) sites; // site argument i is the KX_UNIFORM site sites[i]
  bool disjoint;
} Key;

typedef struct {
  RL *r;
  const KProgram *p;
  const KLoop *loop; // K_LOOP kernels
  LLVMValueRef fn, ctx, begin, end;
  LLVMBuilderRef entry; // at the end of the entry block: loads of ctx fields
  LLVMValueRef *base;   // [bufs] the body's base arguments, NULL for buffers it does not use
  const Key *key;
  LLVMValueRef ctx_f32[KCTX_DROPOUT_ON + 1], seed, step;
  LLVMValueRef row; // flat row index
  LLVMValueRef coord[MAX_RANK];
  LLVMValueRef col;   // the column (0 in a KP_LET phase)
  LLVMValueRef *slot; // [n_slots]
  LLVMValueRef *memo; // [exprs] values in the current phase
} Fn;

// The element type of a buffer the cpu target computes on (f32 or i32: precision bf16 is the
// cuda target's, main.c refuses it for the cpu).
static LLVMTypeRef elem_type(RL *r, const KBuf *buf) {
  if (buf->dtype == DT_BF16)
    fatal("render_llvm: internal error: bf16 buffer `%s` in a cpu kernel", buf->name);
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
  return LLVMBuildBitCast(b, bytes, LLVMPointerType(elem_type(r, buf), 0), buf->name);
}

static LLVMValueRef base_of(Fn *f, int buf) {
  check(f->base[buf]); // every buffer the kernel references is an argument of its body
  return f->base[buf];
}

static LLVMValueRef site_of(Fn *f, uint32_t site) {
  for (int i = 0; i < f->key->sites.len; i++)
    if (f->key->sites.items[i] == site) return LLVMGetParam(f->fn, 3 + f->key->bufs.len + i);
  unreachable();
}

static LLVMValueRef ctx_field(Fn *f, unsigned field, LLVMTypeRef type, const char *name) {
  RL *r = f->r;
  LLVMValueRef at[] = {i32c(r, 0), i32c(r, (int)field)};
  LLVMValueRef ptr = LLVMBuildInBoundsGEP2(f->entry, r->ctx_t, f->ctx, at, 2, "");
  return LLVMBuildLoad2(f->entry, type, ptr, name);
}

static void name_range_params(LLVMValueRef fn) {
  LLVMSetValueName2(LLVMGetParam(fn, 0), "ctx", 3);
  LLVMSetValueName2(LLVMGetParam(fn, 1), "begin", 5);
  LLVMSetValueName2(LLVMGetParam(fn, 2), "end", 3);
}

// `internal void body_N(ctx, begin, end, elem *noalias b0, ..., i32 site0, ...)`, N the next
// body number, opened for a kernel of `p` with that key; the builder is left in its body.
static Fn body_open(RL *r, const KProgram *p, const Key *key) {
  Fn f = {.r = r, .p = p, .key = key};
  int n = key->bufs.len, n_params = 3 + n + key->sites.len;
  LLVMTypeRef *params = xcalloc((size_t)n_params, sizeof *params);
  params[0] = r->ctx_p, params[1] = r->i64, params[2] = r->i64;
  for (int i = 0; i < n; i++)
    params[3 + i] = LLVMPointerType(elem_type(r, &p->bufs.items[key->bufs.items[i]]), 0);
  for (int i = 3 + n; i < n_params; i++)
    params[i] = r->i32;
  char *name = format("body_%d", r->bodies.len);
  f.fn =
      LLVMAddFunction(r->mod, name, LLVMFunctionType(r->void_t, params, (unsigned)n_params, false));
  free(name), free(params);
  LLVMSetLinkage(f.fn, LLVMInternalLinkage);
  add_fn_attr(r, f.fn, "nounwind");
  add_fn_attr(r, f.fn, "noinline"); // one copy, however many kernels share it
  name_range_params(f.fn);
  f.ctx = LLVMGetParam(f.fn, 0), f.begin = LLVMGetParam(f.fn, 1), f.end = LLVMGetParam(f.fn, 2);
  f.base = xcalloc((size_t)p->bufs.len, sizeof *f.base);
  for (int i = 0; i < n; i++) {
    LLVMValueRef arg = f.base[key->bufs.items[i]] = LLVMGetParam(f.fn, (unsigned)i + 3);
    char arg_name[16];
    snprintf(arg_name, sizeof arg_name, "b%d", i);
    LLVMSetValueName2(arg, arg_name, strlen(arg_name));
    if (key->disjoint) add_attr(r, f.fn, (LLVMAttributeIndex)i + 4, "noalias");
  }
  LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(r->cx, f.fn, "entry");
  LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(r->cx, f.fn, "start");
  f.entry = LLVMCreateBuilderInContext(r->cx);
  LLVMPositionBuilderAtEnd(f.entry, entry);
  LLVMPositionBuilderBefore(f.entry, LLVMBuildBr(f.entry, start));
  LLVMPositionBuilderAtEnd(r->b, start);
  return f;
}

static LLVMValueRef body_close(Fn *f) {
  LLVMBuildRetVoid(f->r->b);
  LLVMDisposeBuilder(f->entry);
  free(f->base), free(f->slot), free(f->memo);
  return f->fn;
}

// Row coordinates of the flat row index, outermost first.
static void set_coords(Fn *f, LLVMValueRef row) {
  RL *r = f->r;
  f->row = row;
  LLVMValueRef rest = row;
  for (int d = f->loop->rank - 1; d >= 0; d--) {
    char name[16];
    snprintf(name, sizeof name, "r%d", d);
    int64_t dim = f->loop->dim[d];
    if (d == 0) {
      f->coord[d] = rest;
    } else if (dim == 1) {
      f->coord[d] = i64c(r, 0);
    } else {
      f->coord[d] = LLVMBuildURem(r->b, rest, i64c(r, dim), name);
      rest = LLVMBuildUDiv(r->b, rest, i64c(r, dim), "");
    }
  }
}

// at + stride * x, leaving out what is zero or one (`at` NULL: nothing yet).
static LLVMValueRef add_term(RL *r, LLVMValueRef at, LLVMValueRef x, int64_t stride) {
  if (!stride) return at;
  LLVMValueRef term = stride == 1 ? x : LLVMBuildNSWMul(r->b, x, i64c(r, stride), "");
  return at ? LLVMBuildNSWAdd(r->b, at, term, "") : term;
}

// offset + sum_d row_stride[d] * coord[d] + col_stride * col
static LLVMValueRef affine(Fn *f, int64_t offset, const int64_t *row_stride, int64_t col_stride) {
  RL *r = f->r;
  LLVMValueRef at = NULL;
  for (int d = 0; d < f->loop->rank; d++)
    at = add_term(r, at, f->coord[d], row_stride[d]);
  at = add_term(r, at, f->col, col_stride);
  if (!at) return i64c(r, offset);
  return offset ? LLVMBuildNSWAdd(r->b, at, i64c(r, offset), "") : at;
}

// The address of an element (kir.h KIndex), through `via` when it has one.
static LLVMValueRef element_ptr(Fn *f, const KIndex *ix) {
  RL *r = f->r;
  LLVMValueRef at = affine(f, ix->offset, ix->row_stride, ix->col_stride);
  if (ix->via.buf >= 0) {
    LLVMValueRef id_at = affine(f, ix->via.offset, ix->via.row_stride, ix->via.col_stride);
    LLVMValueRef id_ptr =
        LLVMBuildInBoundsGEP2(r->b, r->i32, base_of(f, ix->via.buf), &id_at, 1, "");
    LLVMValueRef id = LLVMBuildSExt(r->b, load(r, r->i32, id_ptr, "id"), r->i64, "");
    at = LLVMBuildNSWAdd(r->b, at, LLVMBuildNSWMul(r->b, id, i64c(r, ix->via.scale), ""), "");
  }
  bool i32 = f->p->bufs.items[ix->buf].dtype == DT_I32;
  return LLVMBuildInBoundsGEP2(r->b, i32 ? r->i32 : r->f32, base_of(f, ix->buf), &at, 1, "");
}

// ---- expressions: leaves, then a table from KExprOp to its emission --------------------

static LLVMValueRef emit_leaf(Fn *f, const KExpr *e) {
  RL *r = f->r;
  switch (e->op) {
  case KX_CONST:
    return f32c(r, e->value);
  case KX_LOAD: {
    LLVMValueRef ptr = element_ptr(f, &e->index);
    if (f->p->bufs.items[e->index.buf].dtype == DT_I32)
      return LLVMBuildSIToFP(r->b, load(r, r->i32, ptr, "id"), r->f32, "");
    return load(r, r->f32, ptr, "x");
  }
  case KX_SLOT:
    check(e->slot >= 0 && e->slot < f->loop->n_slots && f->slot[e->slot]);
    return f->slot[e->slot];
  case KX_COL:
    return LLVMBuildSIToFP(r->b, f->col, r->f32, "col.f");
  case KX_COORD:
    check(e->dim >= 0 && e->dim < f->loop->rank);
    return LLVMBuildSIToFP(r->b, f->coord[e->dim], r->f32, "coord.f");
  case KX_CTX:
    if (!f->ctx_f32[e->ctx_field])
      f->ctx_f32[e->ctx_field] = ctx_field(f, 1 + e->ctx_field, r->f32, "ctx.f");
    return f->ctx_f32[e->ctx_field];
  case KX_UNIFORM: {
    if (!f->seed)
      f->seed = ctx_field(f, 5, r->i32, "seed"), f->step = ctx_field(f, 6, r->i32, "step");
    LLVMValueRef at = LLVMBuildNSWMul(r->b, f->row, i64c(r, f->loop->cols), "");
    LLVMValueRef args[] = {f->seed, f->step, site_of(f, e->site),
                           LLVMBuildNSWAdd(r->b, at, f->col, "")};
    return rl_call(r, rl_math_fn(r, KX_UNIFORM), args, 4, "uniform");
  }
  default:
    unreachable();
  }
}

typedef enum {
  EM_NONE,   // not an operation: an unknown op is an internal error
  EM_LEAF,   // emit_leaf
  EM_NEG,    // fneg a
  EM_CALL,   // fn(a) or fn(a, b): an intrinsic
  EM_MATH,   // rl_math_fn(op)(a): inline exp, tanh, erf
  EM_BINOP,  // a OP b
  EM_CMP,    // (a PRED b) ? 1.0 : 0.0
  EM_RSQRT,  // 1 / sqrt(a)
  EM_SELECT, // a != 0 ? b : c
} Emission;

static const struct {
  Emission how;
  const char *fn;         // EM_CALL
  LLVMOpcode binop;       // EM_BINOP
  LLVMRealPredicate pred; // EM_CMP
} EMIT[] = {
    [KX_CONST] = {EM_LEAF},
    [KX_LOAD] = {EM_LEAF},
    [KX_SLOT] = {EM_LEAF},
    [KX_COL] = {EM_LEAF},
    [KX_COORD] = {EM_LEAF},
    [KX_CTX] = {EM_LEAF},
    [KX_UNIFORM] = {EM_LEAF},
    [KX_NEG] = {EM_NEG},
    [KX_EXP] = {EM_MATH},
    [KX_LOG] = {EM_CALL, "llvm.log.f32"},
    [KX_SQRT] = {EM_CALL, "llvm.sqrt.f32"},
    [KX_RSQRT] = {EM_RSQRT, "llvm.sqrt.f32"},
    [KX_TANH] = {EM_MATH},
    [KX_ERF] = {EM_MATH},
    [KX_ADD] = {EM_BINOP, .binop = LLVMFAdd},
    [KX_SUB] = {EM_BINOP, .binop = LLVMFSub},
    [KX_MUL] = {EM_BINOP, .binop = LLVMFMul},
    [KX_DIV] = {EM_BINOP, .binop = LLVMFDiv},
    [KX_MAX] = {EM_CALL, "llvm.maxnum.f32"},
    [KX_MIN] = {EM_CALL, "llvm.minnum.f32"},
    [KX_LT] = {EM_CMP, .pred = LLVMRealOLT},
    [KX_EQ] = {EM_CMP, .pred = LLVMRealOEQ},
    [KX_SELECT] = {EM_SELECT},
};
_Static_assert(sizeof EMIT / sizeof *EMIT == KX_COUNT, "an emission for every KExprOp");

static LLVMValueRef emit_expr(Fn *f, int i) {
  if (f->memo[i]) return f->memo[i];
  RL *r = f->r;
  const KExpr *e = &f->loop->exprs.items[i];
  check(e->op >= 0 && e->op < KX_COUNT);
  const char *name = kexpr_name(e->op);
  LLVMValueRef a = e->a >= 0 ? emit_expr(f, e->a) : NULL;
  LLVMValueRef b = e->b >= 0 ? emit_expr(f, e->b) : NULL;
  LLVMValueRef c = e->c >= 0 ? emit_expr(f, e->c) : NULL;
  LLVMValueRef args[] = {a, b}, v;
  switch (EMIT[e->op].how) {
  case EM_LEAF:
    v = emit_leaf(f, e);
    break;
  case EM_NEG:
    v = LLVMBuildFNeg(r->b, a, name);
    break;
  case EM_CALL:
    v = call_f32(r, EMIT[e->op].fn, args, b ? 2 : 1, name);
    break;
  case EM_MATH:
    v = rl_call(r, rl_math_fn(r, e->op), args, 1, name);
    break;
  case EM_BINOP:
    v = LLVMBuildBinOp(r->b, EMIT[e->op].binop, a, b, name);
    break;
  case EM_CMP:
    v = LLVMBuildSelect(r->b, LLVMBuildFCmp(r->b, EMIT[e->op].pred, a, b, ""), f32c(r, 1.0f),
                        f32c(r, 0.0f), name);
    break;
  case EM_RSQRT:
    v = LLVMBuildFDiv(r->b, f32c(r, 1.0f), call_f32(r, EMIT[e->op].fn, args, 1, ""), name);
    break;
  case EM_SELECT:
    v = LLVMBuildSelect(r->b, LLVMBuildFCmp(r->b, LLVMRealUNE, a, f32c(r, 0.0f), ""), b, c, name);
    break;
  default:
    unreachable();
  }
  return f->memo[i] = v;
}

// ---- phases --------------------------------------------------------------------------

static void phase_begin(Fn *f) {
  memset(f->memo, 0, (size_t)f->loop->exprs.len * sizeof *f->memo);
}

static void emit_let(Fn *f, const KPhase *ph) {
  phase_begin(f);
  f->col = i64c(f->r, 0);
  for (int i = 0; i < ph->items.len; i++)
    f->slot[ph->items.items[i].slot] = emit_expr(f, ph->items.items[i].expr);
}

static void emit_reduce(Fn *f, const KPhase *ph) {
  RL *r = f->r;
  int n = ph->items.len;
  LLVMValueRef *acc = xcalloc((size_t)n, sizeof *acc), *next = xcalloc((size_t)n, sizeof *next);
  phase_begin(f);
  Loop l = loop_open(r, f->fn, i64c(r, 0), i64c(r, f->loop->cols), false, "reduce");
  f->col = l.iv;
  for (int i = 0; i < n; i++) {
    bool sum = ph->items.items[i].reduce == KR_SUM;
    LLVMValueRef init = f32c(r, sum ? 0.0f : -INFINITY);
    acc[i] = LLVMBuildPhi(r->b, r->f32, sum ? "sum" : "max");
    LLVMAddIncoming(acc[i], &init, &l.pre, 1);
  }
  for (int i = 0; i < n; i++) {
    const KItem *it = &ph->items.items[i];
    LLVMValueRef args[] = {acc[i], emit_expr(f, it->expr)};
    next[i] = it->reduce == KR_SUM ? LLVMBuildFAdd(r->b, args[0], args[1], "sum.next")
                                   : call_f32(r, "llvm.maxnum.f32", args, 2, "max.next");
  }
  LLVMBasicBlockRef latch = loop_close(r, f->fn, &l, true);
  for (int i = 0; i < n; i++) {
    LLVMAddIncoming(acc[i], &next[i], &latch, 1);
    f->slot[ph->items.items[i].slot] = next[i];
  }
  free(acc), free(next);
}

// Every value of the phase at one column, then every store (in-place updates are safe).
// Summing over rows, each store adds to what its destination holds.
static void emit_map_body(Fn *f, const KPhase *ph, bool accumulate) {
  RL *r = f->r;
  int n = ph->items.len;
  LLVMValueRef *value = xcalloc((size_t)n, sizeof *value);
  for (int i = 0; i < n; i++)
    value[i] = emit_expr(f, ph->items.items[i].expr);
  for (int i = 0; i < n; i++) {
    LLVMValueRef ptr = element_ptr(f, &ph->items.items[i].dst);
    if (accumulate) value[i] = LLVMBuildFAdd(r->b, load(r, r->f32, ptr, "dst"), value[i], "acc");
    store(r, value[i], ptr);
  }
  free(value);
}

static void emit_map(Fn *f, const KPhase *ph) {
  RL *r = f->r;
  phase_begin(f);
  Loop l = loop_open(r, f->fn, i64c(r, 0), i64c(r, f->loop->cols), false, "map");
  f->col = l.iv;
  emit_map_body(f, ph, false);
  loop_close(r, f->fn, &l, true);
}

static void emit_phases(Fn *f, int n_phases) {
  for (int i = 0; i < n_phases; i++) {
    const KPhase *ph = &f->loop->phases.items[i];
    switch (ph->kind) {
    case KP_LET:
      emit_let(f, ph);
      break;
    case KP_REDUCE:
      emit_reduce(f, ph);
      break;
    case KP_MAP:
      emit_map(f, ph);
      break;
    }
  }
}

static void loop_begin(Fn *f, const KLoop *loop) {
  f->loop = loop;
  f->slot = xcalloc((size_t)loop->n_slots + 1, sizeof *f->slot);
  f->memo = xcalloc((size_t)loop->exprs.len + 1, sizeof *f->memo);
}

// K_LOOP: rows [begin, end), each running its phases.
static void emit_row_loop(Fn *f, const Kernel *k) {
  RL *r = f->r;
  loop_begin(f, &k->loop);
  Loop rows = loop_open(r, f->fn, f->begin, f->end, true, "row");
  set_coords(f, rows.iv);
  emit_phases(f, k->loop.phases.len);
  loop_close(r, f->fn, &rows, false);
}

// K_LOOP summing over rows: columns [begin, end). dst[c] = 0; then for every row in order its
// phases, the last (the map) adding into dst[c] in a column loop over the chunk.
static void emit_sum_over_rows(Fn *f, const Kernel *k) {
  RL *r = f->r;
  const KLoop *loop = &k->loop;
  loop_begin(f, loop);
  const KPhase *map = &loop->phases.items[loop->phases.len - 1];
  check(map->kind == KP_MAP);
  for (int d = 0; d < MAX_RANK; d++)
    f->coord[d] = i64c(r, 0);
  Loop zero = loop_open(r, f->fn, f->begin, f->end, true, "zero");
  f->col = zero.iv;
  for (int i = 0; i < map->items.len; i++)
    store(r, f32c(r, 0.0f), element_ptr(f, &map->items.items[i].dst));
  loop_close(r, f->fn, &zero, true);
  Loop rows = loop_open(r, f->fn, i64c(r, 0), i64c(r, kir_loop_rows(loop)), false, "row");
  set_coords(f, rows.iv);
  emit_phases(f, loop->phases.len - 1);
  phase_begin(f);
  Loop cols = loop_open(r, f->fn, f->begin, f->end, true, "sum");
  f->col = cols.iv;
  emit_map_body(f, map, true);
  loop_close(r, f->fn, &cols, true);
  loop_close(r, f->fn, &rows, false);
}

// if (cond) { ... }: returns the join block; the builder is left in the then block.
static LLVMBasicBlockRef if_open(RL *r, LLVMValueRef fn, LLVMValueRef cond, const char *name) {
  LLVMBasicBlockRef then = LLVMAppendBasicBlockInContext(r->cx, fn, name);
  LLVMBasicBlockRef join = LLVMCreateBasicBlockInContext(r->cx, "");
  LLVMBuildCondBr(r->b, cond, then, join);
  LLVMPositionBuilderAtEnd(r->b, then);
  return join;
}

static void if_close(RL *r, LLVMValueRef fn, LLVMBasicBlockRef join) {
  LLVMBuildBr(r->b, join);
  LLVMAppendExistingBasicBlock(fn, join);
  LLVMPositionBuilderAtEnd(r->b, join);
}

// K_SCATTER_ADD over columns [begin, end): zero dst[:, chunk], then rows in order; ids
// outside [0, dst_rows) are skipped.
static void emit_scatter(Fn *f, const Kernel *k) {
  RL *r = f->r;
  const KScatter *s = &k->scatter;
  LLVMValueRef dst = base_of(f, s->dst), src = base_of(f, s->src), ids = base_of(f, s->ids);
  Loop zr = loop_open(r, f->fn, i64c(r, 0), i64c(r, s->dst_rows), false, "zero.row");
  LLVMValueRef zbase = LLVMBuildNSWMul(r->b, zr.iv, i64c(r, s->cols), "");
  Loop zc = loop_open(r, f->fn, f->begin, f->end, true, "zero");
  LLVMValueRef at = LLVMBuildNSWAdd(r->b, zbase, zc.iv, "");
  store(r, f32c(r, 0.0f), LLVMBuildInBoundsGEP2(r->b, r->f32, dst, &at, 1, ""));
  loop_close(r, f->fn, &zc, true);
  loop_close(r, f->fn, &zr, false);

  Loop rows = loop_open(r, f->fn, i64c(r, 0), i64c(r, s->rows), false, "row");
  LLVMValueRef id_ptr = LLVMBuildInBoundsGEP2(r->b, r->i32, ids, &rows.iv, 1, "");
  LLVMValueRef id = LLVMBuildSExt(r->b, load(r, r->i32, id_ptr, "id"), r->i64, "");
  LLVMValueRef in_range = LLVMBuildICmp(r->b, LLVMIntULT, id, i64c(r, s->dst_rows), "");
  LLVMBasicBlockRef join = if_open(r, f->fn, in_range, "add");
  LLVMValueRef dbase = LLVMBuildNSWMul(r->b, id, i64c(r, s->cols), "");
  LLVMValueRef sbase = LLVMBuildNSWMul(r->b, rows.iv, i64c(r, s->cols), "");
  Loop c = loop_open(r, f->fn, f->begin, f->end, true, "col");
  LLVMValueRef d_at = LLVMBuildNSWAdd(r->b, dbase, c.iv, ""),
               s_at = LLVMBuildNSWAdd(r->b, sbase, c.iv, "");
  LLVMValueRef dptr = LLVMBuildInBoundsGEP2(r->b, r->f32, dst, &d_at, 1, "");
  LLVMValueRef x = load(r, r->f32, LLVMBuildInBoundsGEP2(r->b, r->f32, src, &s_at, 1, ""), "src");
  store(r, LLVMBuildFAdd(r->b, load(r, r->f32, dptr, "dst"), x, "acc"), dptr);
  loop_close(r, f->fn, &c, true);
  if_close(r, f->fn, join);
  loop_close(r, f->fn, &rows, false);
}

// The GEMM epilogue over every row of C (batch[0] * batch[1] * m, flat):
// c += bias[col]; aux = c; c = gelu(c), exact erf form as kir_interp.
static void emit_epilogue(Fn *f, const Kernel *k) {
  RL *r = f->r;
  const KGemm *g = &k->gemm;
  LLVMValueRef c = base_of(f, g->c);
  Loop rows = loop_open(r, f->fn, f->begin, f->end, true, "row");
  LLVMValueRef i = LLVMBuildURem(r->b, rows.iv, i64c(r, g->m), "i");
  LLVMValueRef rest = LLVMBuildUDiv(r->b, rows.iv, i64c(r, g->m), "");
  LLVMValueRef b1 = LLVMBuildURem(r->b, rest, i64c(r, g->batch[1]), "b1");
  LLVMValueRef b0 = LLVMBuildUDiv(r->b, rest, i64c(r, g->batch[1]), "b0");
  LLVMValueRef row_at = LLVMBuildNSWMul(r->b, b0, i64c(r, g->stride_c[0]), "");
  row_at =
      LLVMBuildNSWAdd(r->b, row_at, LLVMBuildNSWMul(r->b, b1, i64c(r, g->stride_c[1]), ""), "");
  row_at = LLVMBuildNSWAdd(r->b, row_at, LLVMBuildNSWMul(r->b, i, i64c(r, g->ldc), ""), "c.row");
  Loop col = loop_open(r, f->fn, i64c(r, 0), i64c(r, g->n), false, "col");
  LLVMValueRef at = LLVMBuildNSWAdd(r->b, row_at, col.iv, "");
  LLVMValueRef cptr = LLVMBuildInBoundsGEP2(r->b, r->f32, c, &at, 1, "");
  LLVMValueRef v = load(r, r->f32, cptr, "c");
  if (g->bias >= 0) {
    LLVMValueRef bptr = LLVMBuildInBoundsGEP2(r->b, r->f32, base_of(f, g->bias), &col.iv, 1, "");
    v = LLVMBuildFAdd(r->b, v, load(r, r->f32, bptr, "bias"), "biased");
  }
  if (g->aux >= 0) store(r, v, LLVMBuildInBoundsGEP2(r->b, r->f32, base_of(f, g->aux), &at, 1, ""));
  if (g->act == KACT_GELU) {
    LLVMValueRef scaled = LLVMBuildFDiv(r->b, v, f32c(r, sqrtf(2.0f)), "");
    LLVMValueRef erf = rl_call(r, rl_math_fn(r, KX_ERF), &scaled, 1, "erf");
    LLVMValueRef half = LLVMBuildFMul(r->b, f32c(r, 0.5f), v, "");
    v = LLVMBuildFMul(r->b, half, LLVMBuildFAdd(r->b, f32c(r, 1.0f), erf, ""), "gelu");
  }
  store(r, v, cptr);
  loop_close(r, f->fn, &col, true);
  loop_close(r, f->fn, &rows, false);
}

// ---- shared bodies -------------------------------------------------------------------
//
// Kernels whose IR differs only in which buffers and dropout sites they reference (the
// layers of an encoder, the buckets of a model) share one body: the key is the IR with each
// buffer and site replaced by its argument number and the buffers' dtypes kept (they decide
// the loads); offsets, arenas and sizes are the wrapper's business. The same buffer (site)
// referenced twice is one argument.

static void key_put(Key *k, int64_t word) {
  vec_push(&k->words, word);
}

static void key_buf(Key *k, int buf) {
  int arg = 0;
  while (arg < k->bufs.len && k->bufs.items[arg] != buf)
    arg++;
  if (arg == k->bufs.len) vec_push(&k->bufs, buf);
  key_put(k, arg);
}

static void key_site(Key *k, uint32_t site) {
  int arg = 0;
  while (arg < k->sites.len && k->sites.items[arg] != site)
    arg++;
  if (arg == k->sites.len) vec_push(&k->sites, site);
  key_put(k, arg);
}

static void key_affine(Key *k, int rank, int64_t offset, const int64_t *row_stride,
                       int64_t col_stride) {
  key_put(k, offset);
  for (int d = 0; d < rank; d++)
    key_put(k, row_stride[d]);
  key_put(k, col_stride);
}

static void key_index(Key *k, int rank, const KIndex *ix) {
  key_buf(k, ix->buf);
  key_affine(k, rank, ix->offset, ix->row_stride, ix->col_stride);
  key_put(k, ix->via.buf >= 0);
  if (ix->via.buf < 0) return;
  key_buf(k, ix->via.buf);
  key_affine(k, rank, ix->via.offset, ix->via.row_stride, ix->via.col_stride);
  key_put(k, ix->via.scale);
}

// An expression: its op and operands, then the one field its op reads.
static void key_expr(Key *k, int rank, const KExpr *e) {
  key_put(k, e->op), key_put(k, e->a), key_put(k, e->b), key_put(k, e->c);
  uint32_t bits;
  switch (e->op) {
  case KX_CONST:
    memcpy(&bits, &e->value, sizeof bits);
    key_put(k, bits);
    break;
  case KX_LOAD:
    key_index(k, rank, &e->index);
    break;
  case KX_SLOT:
    key_put(k, e->slot);
    break;
  case KX_COORD:
    key_put(k, e->dim);
    break;
  case KX_CTX:
    key_put(k, e->ctx_field);
    break;
  case KX_UNIFORM:
    key_site(k, e->site);
    break;
  default:
    break;
  }
}

static void key_loop(Key *k, const Kernel *kernel) {
  const KLoop *l = &kernel->loop;
  key_put(k, l->rank);
  for (int d = 0; d < l->rank; d++)
    key_put(k, l->dim[d]);
  key_put(k, l->cols), key_put(k, l->n_slots), key_put(k, l->exprs.len);
  for (int i = 0; i < l->exprs.len; i++)
    key_expr(k, l->rank, &l->exprs.items[i]);
  key_put(k, l->phases.len);
  for (int i = 0; i < l->phases.len; i++) {
    const KPhase *ph = &l->phases.items[i];
    key_put(k, ph->kind), key_put(k, ph->items.len);
    for (int j = 0; j < ph->items.len; j++) {
      const KItem *it = &ph->items.items[j];
      key_put(k, it->expr);
      if (ph->kind == KP_MAP)
        key_index(k, l->rank, &it->dst);
      else
        key_put(k, it->slot), key_put(k, it->reduce);
    }
  }
}

static void key_scatter(Key *k, const Kernel *kernel) {
  const KScatter *s = &kernel->scatter;
  key_put(k, s->rows), key_put(k, s->cols), key_put(k, s->dst_rows);
  key_buf(k, s->dst), key_buf(k, s->src), key_buf(k, s->ids);
}

static void key_epilogue(Key *k, const Kernel *kernel) {
  const KGemm *g = &kernel->gemm;
  key_put(k, g->m), key_put(k, g->n), key_put(k, g->ldc), key_put(k, g->batch[1]);
  key_put(k, g->stride_c[0]), key_put(k, g->stride_c[1]), key_put(k, g->act);
  key_buf(k, g->c);
  key_put(k, g->bias >= 0);
  if (g->bias >= 0) key_buf(k, g->bias);
  key_put(k, g->aux >= 0);
  if (g->aux >= 0) key_buf(k, g->aux);
}

typedef enum { BODY_ROWS, BODY_SUM_OVER_ROWS, BODY_SCATTER, BODY_EPILOGUE, BODY_COUNT } BodyKind;

static const struct {
  void (*key)(Key *k, const Kernel *kernel);
  void (*emit)(Fn *f, const Kernel *kernel);
  const char *suffix; // of the wrapper's name
} BODY[] = {
    [BODY_ROWS] = {key_loop, emit_row_loop, ""},
    [BODY_SUM_OVER_ROWS] = {key_loop, emit_sum_over_rows, ""},
    [BODY_SCATTER] = {key_scatter, emit_scatter, ""},
    [BODY_EPILOGUE] = {key_epilogue, emit_epilogue, "__epilogue"},
};
_Static_assert(sizeof BODY / sizeof *BODY == BODY_COUNT, "a body for every kind");

// No two arguments share a byte (activations live together are placed apart; arenas are
// separate allocations): then they are noalias.
static bool args_disjoint(const KProgram *p, const Key *k) {
  for (int i = 0; i < k->bufs.len; i++)
    for (int j = i + 1; j < k->bufs.len; j++) {
      const KBuf *a = &p->bufs.items[k->bufs.items[i]], *b = &p->bufs.items[k->bufs.items[j]];
      if (kir_bufs_overlap(a, b)) return false;
    }
  return true;
}

static Key kernel_key(const KProgram *p, const Kernel *kernel, BodyKind kind) {
  Key k = {0};
  key_put(&k, kind);
  BODY[kind].key(&k, kernel);
  for (int i = 0; i < k.bufs.len; i++)
    key_put(&k, p->bufs.items[k.bufs.items[i]].dtype);
  k.disjoint = args_disjoint(p, &k);
  key_put(&k, k.disjoint);
  return k;
}

// The body of `kernel`: an existing one with the same key, or a new @body_N.
static LLVMValueRef kernel_body(RL *r, const KProgram *p, const Kernel *kernel, BodyKind kind,
                                Key *key) {
  uint64_t hash = fnv1a(key->words.items, (size_t)key->words.len * sizeof *key->words.items);
  for (int i = 0; i < r->bodies.len; i++) {
    const RLBody *b = &r->bodies.items[i];
    if (b->hash == hash && b->key.len == key->words.len &&
        !memcmp(b->key.items, key->words.items, (size_t)b->key.len * sizeof *b->key.items))
      return b->fn;
  }
  Fn f = body_open(r, p, key);
  BODY[kind].emit(&f, kernel);
  RLBody body = {.hash = hash, .key = key->words, .fn = body_close(&f)};
  vec_push(&r->bodies, body);
  key->words = (RLKey){0}; // the body owns them
  return body.fn;
}

// `internal void PROG__KERNEL[suffix](ctx, begin, end)`: the bases of its buffers, then a call
// of its body; what bertrt_parallel_for runs. Not a tail call: x86 FastISel (which `optnone`
// gets) leaves tail calls to SelectionDAG, for a third more code generation time.
static LLVMValueRef kernel_range(RL *r, const KProgram *p, const Kernel *kernel, BodyKind kind) {
  Key key = kernel_key(p, kernel, kind);
  LLVMValueRef body = kernel_body(r, p, kernel, kind, &key);
  char *name = format("%s__%s%s", p->name, kernel->name, BODY[kind].suffix);
  LLVMValueRef fn = LLVMAddFunction(r->mod, name, r->range_fn_t);
  free(name);
  LLVMSetLinkage(fn, LLVMInternalLinkage);
  add_fn_attr(r, fn, "nounwind");
  // Nothing to optimise: `optnone` spares 1,600 of them (mbert_cls) the optimiser and
  // SelectionDAG.
  add_fn_attr(r, fn, "optnone");
  add_fn_attr(r, fn, "noinline");
  name_range_params(fn);
  LLVMPositionBuilderAtEnd(r->b, LLVMAppendBasicBlockInContext(r->cx, fn, "entry"));
  int n = key.bufs.len, n_args = 3 + n + key.sites.len;
  LLVMValueRef *args = xcalloc((size_t)n_args, sizeof *args);
  for (int i = 0; i < 3; i++)
    args[i] = LLVMGetParam(fn, (unsigned)i);
  for (int i = 0; i < n; i++)
    args[3 + i] = rl_buf_ptr(r, r->b, args[0], &p->bufs.items[key.bufs.items[i]]);
  for (int i = 0; i < key.sites.len; i++)
    args[3 + n + i] = LLVMConstInt(r->i32, key.sites.items[i], false);
  rl_call(r, body, args, (unsigned)n_args, "");
  LLVMBuildRetVoid(r->b);
  free(args), free(key.words.items), free(key.bufs.items), free(key.sites.items);
  return fn;
}

// ---- host functions ------------------------------------------------------------------

static bool gemm_has_epilogue(const KGemm *g) {
  return g->bias >= 0 || g->aux >= 0 || g->act != KACT_NONE;
}

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

// `@PROG__KERNEL.attention`: the bertrt_attention constant of a K_ATTENTION.
static LLVMValueRef attention_constant(RL *r, const KProgram *p, const Kernel *k) {
  const KAttention *a = &k->attention;
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
  char *name = format("%s__%s.attention", p->name, k->name);
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

static Step emit_kernel(RL *r, const KProgram *p, const Kernel *k) {
  switch (k->kind) {
  case K_LOOP:
    if (k->loop.sum_over_rows)
      return (Step){.range = kernel_range(r, p, k, BODY_SUM_OVER_ROWS), .n = k->loop.cols};
    return (Step){.range = kernel_range(r, p, k, BODY_ROWS), .n = kir_loop_rows(&k->loop)};
  case K_SCATTER_ADD:
    return (Step){.range = kernel_range(r, p, k, BODY_SCATTER), .n = k->scatter.cols};
  case K_GEMM: {
    const KGemm *g = &k->gemm;
    Step s = {.gemm = rl_gemm_constant(r, p, k), .n = g->batch[0] * g->batch[1] * g->m};
    if (gemm_has_epilogue(g)) s.range = kernel_range(r, p, k, BODY_EPILOGUE);
    return s;
  }
  case K_ATTENTION:
    return (Step){.attention = attention_constant(r, p, k)};
  }
  unreachable();
}

static void call_parallel_for(RL *r, LLVMValueRef ctx, LLVMValueRef range, int64_t n) {
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

// The kernels' functions, then `void NAME(bertrt_ctx *ctx)` calling them in order.
static void emit_program(RL *r, const KProgram *p) {
  Step *steps = xcalloc((size_t)p->kernels.len + 1, sizeof *steps);
  for (int i = 0; i < p->kernels.len; i++)
    steps[i] = emit_kernel(r, p, &p->kernels.items[i]);
  LLVMValueRef ctx = rl_begin_entry(r, p->name);
  for (int i = 0; i < p->kernels.len; i++) {
    const Kernel *k = &p->kernels.items[i];
    if (k->kind == K_GEMM) call_sgemm(r, ctx, p, &k->gemm, steps[i].gemm);
    if (k->kind == K_ATTENTION) call_attention(r, ctx, p, &k->attention, steps[i].attention);
    if (steps[i].range) call_parallel_for(r, ctx, steps[i].range, steps[i].n);
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
    char *m = take_message(msg);
    *error = format("internal error: the generated LLVM module is invalid (%s): %s", ll_path, m);
    free(m);
    return false;
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
  for (int i = 0; i < r->bodies.len; i++)
    free(r->bodies.items[i].key.items);
  free(r->bodies.items);
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
  for (int i = 0; i < m->n_programs; i++)
    emit_program(&r, m->programs[i]);
  rl_emit_descriptor(&r, m, NULL);
  return rl_close(&r, ll_path, obj_path, error);
}
