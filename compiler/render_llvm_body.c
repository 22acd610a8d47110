// render_llvm_body.c — the cpu target's kernel bodies (render_llvm.h): body_N(ctx, begin,
// end, b0, ..., site0, ...) of the schedule's bodies, each a K_LOOP over rows (columns for a
// sum over rows), a scatter-add or a GEMM epilogue, and the wrapper PROG__KERNEL(ctx, begin,
// end) that passes a kernel's bases and sites to its body.
//
// A kernel body is the kernel IR printed one phase at a time: each phase's expressions are
// emitted once per iteration where first used (memoised per phase), in the phase's column
// loop; loop invariants are left to LICM. Loops are in rotated form (guard when the trip
// count can be zero, body, latch). Column loops carry `llvm.loop.vectorize.enable`: LLVM 14's
// C API cannot set fast-math flags, and this hint is what lets the vectoriser reorder the
// float sums of a reduction. Everything else stays IEEE. exp, erf, tanh and dropout's draw
// are inline arithmetic, so column loops using them vectorise (log stays llvm.log, a libm
// call: a column loop using it would stay scalar).
#include "render_llvm.h"

#include <llvm-c/DebugInfo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

typedef struct {
  RL *r;
  const KProgram *p;
  const KLoop *loop; // K_LOOP kernels
  LLVMValueRef fn, ctx, begin, end;
  LLVMBuilderRef entry; // at the end of the entry block: loads of ctx fields
  LLVMValueRef *base;   // [bufs] the body's base arguments, NULL for buffers it does not use
  const KernelSchedule *ks;
  LLVMValueRef ctx_f32[KCTX_DROPOUT_ON + 1], seed, step;
  LLVMValueRef row; // flat row index
  LLVMValueRef coord[MAX_RANK];
  LLVMValueRef col;   // the column (0 in a KP_LET phase)
  LLVMValueRef *slot; // [n_slots]
  LLVMValueRef *memo; // [exprs] values in the current phase
} Fn;

static LLVMValueRef base_of(Fn *f, int buf) {
  check(f->base[buf]); // every buffer the kernel references is an argument of its body
  return f->base[buf];
}

static LLVMValueRef site_of(Fn *f, uint32_t site) {
  for (int i = 0; i < f->ks->n_sites; i++)
    if (f->ks->sites[i] == site) return LLVMGetParam(f->fn, (unsigned)(3 + f->ks->n_args + i));
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

// `internal void body_N(ctx, begin, end, elem *noalias b0, ..., i32 site0, ...)`, N the
// schedule's body of the kernel (noalias when its schedule says so), opened for a kernel of
// `p`; the builder is left in its body.
static Fn body_open(RL *r, const KProgram *p, const KernelSchedule *ks) {
  Fn f = {.r = r, .p = p, .ks = ks};
  int n = ks->n_args, n_params = 3 + n + ks->n_sites;
  LLVMTypeRef *params = xcalloc((size_t)n_params, sizeof *params);
  params[0] = r->ctx_p, params[1] = r->i64, params[2] = r->i64;
  for (int i = 0; i < n; i++)
    params[3 + i] = LLVMPointerType(rl_elem_type(r, &p->bufs.items[ks->args[i].buf]), 0);
  for (int i = 3 + n; i < n_params; i++)
    params[i] = r->i32;
  char *name = format("body_%d", ks->body[TARGET_CPU]);
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
    LLVMValueRef arg = f.base[ks->args[i].buf] = LLVMGetParam(f.fn, (unsigned)i + 3);
    char arg_name[16];
    snprintf(arg_name, sizeof arg_name, "b%d", i);
    LLVMSetValueName2(arg, arg_name, strlen(arg_name));
    if (ks->noalias) add_attr(r, f.fn, (LLVMAttributeIndex)i + 4, "noalias");
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

// What each kind of body (schedule.h) is on the cpu target; attention has none (the runtime's
// bertrt_attention_cpu).
static const struct {
  void (*emit)(Fn *f, const Kernel *kernel);
  const char *suffix; // of the wrapper's name
} BODY[] = {
    [BODY_ROWS] = {emit_row_loop, ""},   [BODY_SUM_OVER_ROWS] = {emit_sum_over_rows, ""},
    [BODY_SCATTER] = {emit_scatter, ""}, [BODY_EPILOGUE] = {emit_epilogue, "__epilogue"},
    [BODY_ATTENTION] = {NULL, ""},
};
_Static_assert(sizeof BODY / sizeof *BODY == BODY_KIND_COUNT, "a body for every kind");

// The body of `kernel`: emitted by its first user, after that shared.
static LLVMValueRef kernel_body(RL *r, const KProgram *p, const Kernel *kernel,
                                const KernelSchedule *ks) {
  int n = ks->body[TARGET_CPU];
  check(n >= 0 && n < r->n_bodies && BODY[ks->kind].emit);
  if (r->bodies[n]) return r->bodies[n];
  Fn f = body_open(r, p, ks);
  BODY[ks->kind].emit(&f, kernel);
  return r->bodies[n] = body_close(&f);
}

// `internal void PROG__KERNEL[suffix](ctx, begin, end)`: the bases of its buffers, then a call
// of its body; what bertrt_parallel_for runs. Not a tail call: x86 FastISel (which `optnone`
// gets) leaves tail calls to SelectionDAG, for a third more code generation time.
LLVMValueRef rl_kernel_range(RL *r, const KProgram *p, const Kernel *kernel,
                             const KernelSchedule *ks) {
  LLVMValueRef body = kernel_body(r, p, kernel, ks);
  char *name = format("%s__%s%s", p->name, kernel->name, BODY[ks->kind].suffix);
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
  int n = ks->n_args, n_args = 3 + n + ks->n_sites;
  LLVMValueRef *args = xcalloc((size_t)n_args, sizeof *args);
  for (int i = 0; i < 3; i++)
    args[i] = LLVMGetParam(fn, (unsigned)i);
  for (int i = 0; i < n; i++)
    args[3 + i] = rl_buf_ptr(r, r->b, args[0], &p->bufs.items[ks->args[i].buf]);
  for (int i = 0; i < ks->n_sites; i++)
    args[3 + n + i] = LLVMConstInt(r->i32, ks->sites[i], false);
  rl_call(r, body, args, (unsigned)n_args, "");
  LLVMBuildRetVoid(r->b);
  free(args);
  return fn;
}
