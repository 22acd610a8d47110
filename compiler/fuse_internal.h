// fuse_internal.h — private to the fusion stage (fuse.c, fuse_attention.c, optimizer.c):
// the Fuser state that lowers one program into kernel IR, and the kernel and expression
// builders the three files share. No other file includes it; fuse.h and optimizer.h are
// the stage's contract.
#ifndef BERTC_FUSE_INTERNAL_H
#define BERTC_FUSE_INTERNAL_H

#include "fuse.h"

// A node's element at one loop iteration (fuse.c, "Positions"): coordinate d is
// sum_j a[d][j] * iter_j + b[d], iter[ITER_COL] the column.
#define ITER_COL MAX_RANK

typedef struct {
  int64_t a[MAX_RANK][MAX_RANK + 1];
  int64_t b[MAX_RANK];
} Pos;

// How a needed node is computed (fuse.c's first decision).
typedef enum { HOW_UNUSED, HOW_LEAF, HOW_ALIAS, HOW_INLINE, HOW_BUFFER, HOW_ABSORBED } How;

typedef struct {
  int node;
  Pos pos;
  int expr;
} Memo;

// One multi-head self-attention of the graph lowered as K_ATTENTION kernels (match_attention).
typedef struct {
  int scores, masked, probs, dropped, context; // forward nodes; dropped -1 without dropout
  int q, k, v, key_bias;
  // backward, all -1 when the attention has none
  int dcontext, grad_dropped, grad_probs, grad_scores, dq, dk, dv;
  int lse; // buffer, once the forward kernel is lowered
} Attention;

typedef struct {
  const Graph *g;
  const ParamLayout *layout;
  const IoLayout *io;
  KProgram *p;
  bool *root;       // [nodes] an entry-point output or a parameter gradient
  int *n_consumers; // [nodes] among needed nodes
  int *consumer;    // [nodes] the last needed consumer
  How *how;         // [nodes]
  int *buf;         // [nodes] buffer id or -1
  int *gemm_bias;   // [nodes] matmul -> bias-add node folded into its epilogue, or -1
  int *gemm_act;    // [nodes] matmul -> gelu node folded into its epilogue, or -1
  int *attention;   // [nodes] the Attention whose kernels this node lowers, or -1
  VEC(Attention) attentions;
  // emission state of the kernel being built
  KLoop *loop;
  VEC(Memo) memo;
} Fuser;

// ---- expression builders on the kernel being built (f->loop) ----------------------------

static inline int cst(Fuser *f, float v) {
  return kir_const(f->loop, v);
}
static inline int un(Fuser *f, KExprOp op, int a) {
  return kir_unary(f->loop, op, a);
}
static inline int bin(Fuser *f, KExprOp op, int a, int b) {
  return kir_binary(f->loop, op, a, b);
}
static inline int add(Fuser *f, int a, int b) {
  return bin(f, KX_ADD, a, b);
}
static inline int sub(Fuser *f, int a, int b) {
  return bin(f, KX_SUB, a, b);
}
static inline int mul(Fuser *f, int a, int b) {
  return bin(f, KX_MUL, a, b);
}

static inline int slot(Fuser *f, int s) {
  return kir_expr(f->loop, (KExpr){.op = KX_SLOT, .a = -1, .b = -1, .c = -1, .slot = s});
}

static inline int ctx_field(Fuser *f, KCtxField field) {
  return kir_expr(f->loop, (KExpr){.op = KX_CTX, .a = -1, .b = -1, .c = -1, .ctx_field = field});
}

// ---- phases of the kernel being built -----------------------------------------------------

static inline KPhase *phase(Fuser *f, KPhaseKind kind) {
  vec_push(&f->loop->phases, ((KPhase){.kind = kind}));
  return &f->loop->phases.items[f->loop->phases.len - 1];
}

static inline int new_slot(Fuser *f) {
  return f->loop->n_slots++;
}

static inline int reduce(Fuser *f, KReduce op, int expr) {
  int s = new_slot(f);
  vec_push(&phase(f, KP_REDUCE)->items, ((KItem){.expr = expr, .slot = s, .reduce = op}));
  return s;
}

static inline void store(KPhase *ph, KIndex dst, int expr) {
  vec_push(&ph->items, ((KItem){.expr = expr, .dst = dst}));
}

// ---- shared by the three files (fuse.c) ---------------------------------------------------

// The loop over a shape: rows are every dimension but the last, columns the last.
void fuse_loop_over(KLoop *loop, Shape s);
// A kernel name unique in f->p: "k<index>_<what as an identifier>".
char *fuse_kernel_name(const Fuser *f, const char *what);
// Appends a K_LOOP kernel for node n over `over` and makes it the one being built.
KLoop *fuse_begin_loop(Fuser *f, int n, const char *kind, Shape over);
// A K_LOOP's FLOPs (its arithmetic expressions per iteration) and bytes.
void fuse_estimate_loop_cost(const KProgram *p, Kernel *k);

// ---- attention (fuse_attention.c) ---------------------------------------------------------

// Marks every self-attention that match_attention recognises (f->attention, f->how): its
// [B, nh, S, S] nodes are never materialised; context lowers the forward kernel, the first
// of dq, dk, dv the backward. Runs after the inlining decisions, before buffers.
void fuse_attention(Fuser *f);
// The K_ATTENTION kernels (and the delta loop) of node n, which has f->attention[n] >= 0.
void fuse_lower_attention(Fuser *f, int n);

#endif
