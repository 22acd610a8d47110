// kir.h — the kernel IR: what fusion (fuse.h, optimizer.h) produces, the memory plan
// (plan.c) places, the schedule (schedule.h) decides launches and bodies for and every
// renderer (render_llvm*.c, render_cuda*.c) prints. A reference interpreter (kir_interp.c)
// is its executable definition.
//
// A KProgram is one entry point (one bucket's forward, forward_backward of a variant, or
// an optimizer step): an ordered list of kernels over a table of buffers. Three kinds:
//
//  K_LOOP   a row-parallel loop nest. Rows form a row space `dim[0..rank)` (outermost
//           first, row-major); each row runs its phases in order over `cols` columns:
//             KP_LET     scalars per row:     slot = expr            (no column loop)
//             KP_REDUCE  one column loop:      slot = reduce_c expr   (sum from 0, max from -inf)
//             KP_MAP     one column loop:      dst[index] = expr      (all values of a phase
//                        are computed before any is stored, so in-place updates are safe)
//           Slots are f32 scalars private to a row. With `sum_over_rows` the kernel has
//           exactly one KP_MAP phase whose destinations have zero row strides, and
//           dst[c] = sum over every row of expr(row, c), in a fixed order (row order on
//           the cpu; interleaved row lanes, then the lanes in order, on cuda).
//  K_GEMM   C = alpha * op(A) op(B) + beta * C over a 2-level batch (bertrt_gemm), then an
//           optional epilogue per element of C: c += bias[col]; aux = c; c = act(c).
//           A and B have one type (f32, or bf16 with an f32 or bf16 C); bias has C's.
//  K_SCATTER_ADD  dst[V,H] = 0; then for r in rows, in order: dst[ids[r], :] += src[r, :].
//  K_ATTENTION    one part of multi-head self-attention (forward, the gradient of k and v,
//           or that of q), fused per (batch, head): bertrt_attention's contract
//           (runtime/bertrt_abi.h), with no [B, heads, S, S] tensor in memory.
//
// Expressions are a DAG in a flat array per kernel; operands always have smaller indices.
// All arithmetic is f32; a load from an i32 buffer converts to f32 (exact below 2^24), one
// from a bf16 buffer widens exactly; a store to a bf16 buffer rounds to nearest even. A
// GEMM's products and sums are f32; with a bias alone the bias is added before C is stored
// (rounded), while an epilogue with aux or an activation reads C back after it is stored.
#ifndef BERTC_KIR_H
#define BERTC_KIR_H

#include "../runtime/bertrt_abi.h"
#include "graph.h"

// ---- buffers -------------------------------------------------------------------------
typedef struct {
  char *name; // parameter/IO name, or the graph node's readable name
  int arena;  // bertrt_arena
  DType dtype;
  Shape shape; // for comments; elems == shape_numel(shape)
  int64_t elems;
  int64_t offset; // bytes into the arena; params/grads/moments/IO fixed, acts set by plan
  int node;       // graph node it holds, -1 if none (temporaries, arena slices)
} KBuf;

// An arena's name in plan.txt and the dumps: "params", "grads", "adam_m", "adam_v", "acts",
// "io" (bertrt_arena order; kernels.cu prints it upper-cased).
const char *kir_arena_name(int arena);

// An element of a buffer, as an affine function of the row coordinates and the column:
//   offset + sum_d row_stride[d] * coord[d] + col_stride * col
//          + (via.buf >= 0 ? via.scale * (i32) via.buf[via's own affine index] : 0)
// `via` is the indirection of embedding gathers (row of the table = an id).
typedef struct {
  int buf;
  int64_t offset;
  int64_t row_stride[MAX_RANK];
  int64_t col_stride;
  struct {
    int buf; // -1 when there is no indirection
    int64_t offset;
    int64_t row_stride[MAX_RANK];
    int64_t col_stride;
    int64_t scale;
  } via;
} KIndex;

// ---- expressions ---------------------------------------------------------------------
typedef enum {
  KX_CONST,   // value
  KX_LOAD,    // index
  KX_SLOT,    // slot: a row scalar set by an earlier phase
  KX_COL,     // the column, as f32
  KX_COORD,   // row coordinate `dim`, as f32
  KX_CTX,     // a float field of bertrt_ctx: ctx_field
  KX_UNIFORM, // bertrt_dropout_uniform(ctx->seed, ctx->step, site, row_linear * cols + col)
  // unary (a)
  KX_NEG,
  KX_EXP,
  KX_LOG,
  KX_SQRT,
  KX_RSQRT,
  KX_TANH,
  KX_ERF,
  // binary (a, b)
  KX_ADD,
  KX_SUB,
  KX_MUL,
  KX_DIV,
  KX_MAX,
  KX_MIN,
  KX_LT, // 1.0 if a < b else 0.0
  KX_EQ, // 1.0 if a == b else 0.0
  // ternary (a, b, c)
  KX_SELECT, // a != 0 ? b : c
  KX_COUNT
} KExprOp;

typedef enum { KCTX_LR, KCTX_BIAS_CORRECTION1, KCTX_BIAS_CORRECTION2, KCTX_DROPOUT_ON } KCtxField;
// The field's name in bertrt_ctx (and the cuda target's bertrt_kernel_ctx): "lr", ...
const char *kir_ctx_field_name(KCtxField field);

typedef struct {
  KExprOp op;
  int a, b, c;         // operands (indices into KLoop.exprs), -1 when unused
  float value;         // KX_CONST
  int slot;            // KX_SLOT
  int dim;             // KX_COORD
  KCtxField ctx_field; // KX_CTX
  uint32_t site;       // KX_UNIFORM
  KIndex index;        // KX_LOAD
} KExpr;

// ---- statements ----------------------------------------------------------------------
typedef enum { KP_LET, KP_REDUCE, KP_MAP } KPhaseKind;
typedef enum { KR_SUM, KR_MAX } KReduce;

typedef struct {
  int expr;
  int slot;       // KP_LET, KP_REDUCE
  KReduce reduce; // KP_REDUCE
  KIndex dst;     // KP_MAP (f32 or bf16 buffers)
} KItem;

typedef struct {
  KPhaseKind kind;
  VEC(KItem) items;
} KPhase;

typedef struct {
  int rank;
  int64_t dim[MAX_RANK]; // row space, outermost first
  int64_t cols;
  bool sum_over_rows;
  int n_slots;
  VEC(KPhase) phases;
  VEC(KExpr) exprs;
} KLoop;

typedef enum { KACT_NONE, KACT_GELU } KAct;

typedef struct {
  bool trans_a, trans_b;
  int64_t m, n, k, lda, ldb, ldc;
  int64_t batch[2], stride_a[2], stride_b[2], stride_c[2];
  float alpha, beta;
  int a, b, c; // buffers (whole-buffer bases)
  int bias;    // -1, or a buffer of n elements added to every row of C
  int aux;     // -1, or a buffer receiving C after the bias, before the activation
  KAct act;
} KGemm;

typedef struct {
  int dst, src, ids; // dst [dst_rows, cols] f32, src [rows, cols] f32, ids [rows] i32
  int64_t rows, cols, dst_rows;
} KScatter;

// Attention is fused for heads of at most this many columns (the cuda kernels keep tiles of
// 32 rows of a head in static shared memory); wider heads keep the GEMM, softmax, GEMM path.
#define KIR_ATTENTION_MAX_HEAD_DIM 64

// bertrt_attention as the kernel IR holds it: buffers by bertrt_attention_role (-1 when the
// part does not use the role); q, k, v, out, dout, dq, dk, dv [B, S, heads * head_dim],
// key_bias [B, S] (any shape of B * S elements), lse, delta [B, heads, S].
typedef struct {
  bertrt_attention_part part;
  int64_t batch, seq, heads, head_dim;
  float scale, dropout_p; // dropout_p 0: no dropout
  uint32_t dropout_site;
  int buf[BERTRT_ATT_ROLES];
} KAttention;

typedef enum { K_LOOP, K_GEMM, K_SCATTER_ADD, K_ATTENTION } KKind;

// What a part does with the buffer of a role (bertrt_attention's contract).
typedef enum { KATT_UNUSED, KATT_READ, KATT_WRITE } KAttAccess;
KAttAccess kir_attention_access(bertrt_attention_part part, bertrt_attention_role role);
extern const char *const kir_attention_role_names[BERTRT_ATT_ROLES]; // "q", "k", ... "dv"
extern const char *const kir_attention_part_names[3]; // "forward", "grad_kv", "grad_q"

typedef struct {
  KKind kind;
  char *name; // unique in the program, a C identifier: "layer3_attn_softmax"
  char *what; // one-line description for comments: "softmax(scores * 0.125 + mask_bias)"
  SrcLoc loc;
  int64_t flops; // arithmetic per call (model FLOPs for GEMMs)
  int64_t bytes; // bytes read + written per call, estimated
  union {
    KLoop loop;
    KGemm gemm;
    KScatter scatter;
    KAttention attention;
  };
} Kernel;

typedef struct {
  char *name; // entry point: "forward_s32", "train_s32_v0", "optimizer_v0"
  VEC(KBuf) bufs;
  VEC(Kernel) kernels;
  int64_t act_bytes; // set by plan: peak of the activation arena
} KProgram;

// The type a role's buffer has: key_bias, lse and delta f32; the others all q's (f32, or
// bf16 in precision bf16).
DType kir_attention_role_dtype(const KProgram *p, const KAttention *a, bertrt_attention_role role);

// Builders used by the fusion stage (fuse.c, fuse_attention.c, optimizer.c) and tests.
int kir_buf(KProgram *p, KBuf buf);
int kir_expr(KLoop *loop, KExpr e); // appends, returns its index
int kir_const(KLoop *loop, float value);
int kir_unary(KLoop *loop, KExprOp op, int a);
int kir_binary(KLoop *loop, KExprOp op, int a, int b);
int kir_select(KLoop *loop, int cond, int if_true, int if_false);
int kir_load(KLoop *loop, KIndex index);
KIndex kir_index(int buf); // all strides 0, no indirection
const char *kexpr_name(KExprOp op);
// Rows of a loop: the product of its row space.
int64_t kir_loop_rows(const KLoop *loop);
// Whether two buffers share a byte: the same arena and overlapping byte ranges, each
// [offset, offset + elems * its dtype's size).
bool kir_bufs_overlap(const KBuf *a, const KBuf *b);
// Sets live[i] for `root` and every expression it depends on (live has exprs.len entries).
void kir_live(const KLoop *loop, int root, bool *live);
// Checks a program's invariants (operand order, slot use, strides inside buffers);
// violations are internal errors with the kernel's name.
void kir_verify(const KProgram *p);
// Bytes a kernel reads and writes per call, estimated from its buffers' types: a loop's every
// load and store per iteration, a GEMM's three matrices once, attention's [B, S, heads *
// head_dim] tensors once per part (4 forward, 6 grad_kv, 5 grad_q).
int64_t kir_bytes(const KProgram *p, const Kernel *k);
// Human-readable dump, used in plan.txt and tests.
void kir_print(const KProgram *p, FILE *out);

#endif
