// graph.h — stage 2: the graph IR, and model.c which builds it from a Spec.
//
// A graph is a list of nodes in topological order; each node computes one tensor of a
// static shape (outermost first) and dtype. Ops are at the level of the model: an
// embedding gather, a matmul, a layernorm, a softmax. Building a node computes nothing.
// Forward nodes come first; autodiff (autodiff.h) appends the backward nodes.
#ifndef BERTC_GRAPH_H
#define BERTC_GRAPH_H

#include "spec.h"
#include "util.h"
#include <stdio.h>

#define MAX_RANK 4

// DT_BF16 is storage only, and only in the kernel IR: precision.c stores the activations of
// a `precision: bf16` program as bfloat16 (loads widen to f32, stores round to nearest
// even); graph nodes are f32 or i32.
typedef enum { DT_F32, DT_I32, DT_BF16 } DType;

static inline int dtype_bytes(DType t) {
  return t == DT_BF16 ? 2 : 4;
}

static inline const char *dtype_name(DType t) {
  return t == DT_F32 ? "f32" : t == DT_I32 ? "i32" : "bf16";
}

typedef struct {
  int rank;
  int64_t dim[MAX_RANK]; // outermost first
} Shape;

// One operand of a matmul: a batch of row-major matrices inside a whole tensor.
// Element (batch i0,i1; row r; col c) of the stored matrix is at
//   i0*batch_stride[0] + i1*batch_stride[1] + r*ld + c.
// The stored matrix is transposed before use when `trans`.
typedef struct {
  bool trans;
  int64_t ld;
  int64_t batch_stride[2];
} MatOperand;

typedef struct {
  int64_t m, n, k;  // op(A) is m x k, op(B) is k x n, C is m x n
  int64_t batch[2]; // batch extents (1 when unused)
  MatOperand a, b, c;
  float alpha;
} MatmulAttr;

typedef enum {
  // leaves
  OP_INPUT, // fed by the runtime; name is the IO tensor name ("input_ids", ...)
  OP_PARAM, // a parameter; name is its HF name
  OP_FILL,  // every element = attr.value (the seed gradient of the loss)
  // views
  OP_RESHAPE, // same elements, new shape (no copy)
  // pointwise, numpy broadcasting (right-aligned) of every input to the output shape
  OP_ADD,                // a + b
  OP_SUB,                // a - b
  OP_MUL,                // a * b
  OP_SCALE,              // a * attr.value
  OP_GELU,               // exact erf gelu
  OP_GELU_BACKWARD,      // (dy, x) -> dy * gelu'(x)
  OP_GELU_TANH,          // tanh-approximated gelu
  OP_GELU_TANH_BACKWARD, // (dy, x)
  OP_RELU,
  OP_RELU_BACKWARD, // (dy, x)
  OP_TANH,
  OP_TANH_BACKWARD, // (dy, y) -> dy * (1 - y^2), y = tanh(x)
  OP_DROPOUT,       // (x): x * keep / (1 - p) while ctx->dropout_on; attr.p, attr.site.
                    // Its backward is the same op with the same site on dy (same mask).
  OP_MASK_BIAS,     // (mask [B,S] i32) -> [B,1,1,S] f32: 0 where mask != 0, else FLT_MIN_NEG
  OP_LN_XHAT,       // (x [R,N], stats [R,2]) -> (x - mean) * rstd
  OP_LAYERNORM,     // (x [R,N], stats [R,2], gamma [N], beta [N]) -> xhat * gamma + beta
  OP_SELECT_TOKEN,  // (x [B,S,H]) -> x[:, attr.token, :]
  OP_SELECT_TOKEN_BACKWARD, // (dy [B,H]) -> [B,S,H], zero except token attr.token
  OP_SLICE_ROWS, // (x [R,...]) -> [attr.rows,...]: the first attr.rows rows (positions 0..S-1)
  OP_SLICE_ROWS_BACKWARD, // (dy [r,...]) -> [attr.rows,...]: dy in the first r rows, zero below
  // row reductions (over the last dimension)
  OP_LN_STATS,               // (x [R,N]) -> [R,2]: mean, 1/sqrt(var + attr.value); biased variance
  OP_LAYERNORM_BACKWARD,     // (dy, x, stats, gamma) -> dx
  OP_SOFTMAX,                // (x) -> softmax over the last dimension
  OP_SOFTMAX_BACKWARD,       // (dy, y) -> y * (dy - sum(dy * y))
  OP_SUM_ROWS,               // (x [..., N]) -> [N]: sum over every leading dimension (bias grads)
  OP_VALID_COUNT,            // (labels i32 [B]) -> [1]: number of labels that count (attr.clamp),
                             // at least 1: a batch with none (a masked-LM batch that masked no
                             // token) has loss 0 and zero gradients, where HF's mean is NaN
  OP_CROSS_ENTROPY,          // (logits [B,C], labels [B], count [1]) -> [1]: mean over valid rows
  OP_CROSS_ENTROPY_BACKWARD, // (dloss [1], logits, labels, count) -> dlogits [B,C]
  // gathers and contractions
  OP_GATHER,        // (table [V,H], ids i32 [...]) -> [..., H]: rows of the table
  OP_SCATTER_ADD,   // (dy [..., H], ids i32 [...]) -> [attr.rows, H]: sum of dy rows per id
  OP_MATMUL,        // (a, b) -> c, attr.mm; shapes of a, b, c are the whole tensors
  OP_ZERO_PAD_ROWS, // (dy [..., H], ids i32 [...]) -> dy, zero in the rows whose id is
                    // attr.gather.padding_idx: before the scatter-add of a gather with a padding
                    // row (nn.Embedding's padding_idx row gets no gradient)
  OP_COUNT
} OpKind;

typedef struct {
  OpKind op;
  DType dtype;
  Shape shape;
  int n_in;
  int in[4];
  char *name; // HF name (params), IO name (inputs), else a readable path ("layer.3.ffn.gelu")
  int param;  // OP_PARAM: index into Graph.params; else -1
  SrcLoc loc; // the spec key that caused this node
  union {
    float value;   // OP_FILL, OP_SCALE; OP_LN_STATS: eps
    MatmulAttr mm; // OP_MATMUL
    struct {
      float p;
      uint32_t site;
    } dropout;     // OP_DROPOUT
    int64_t token; // OP_SELECT_TOKEN(_BACKWARD)
    int64_t rows;  // OP_SCATTER_ADD, OP_SLICE_ROWS(_BACKWARD): rows of the result
    // OP_VALID_COUNT, OP_CROSS_ENTROPY(_BACKWARD): which labels count. 0: all but -100 (HF's
    // CrossEntropyLoss); C > 0: a label is clamped to [0, C] and then counts unless it is C
    // (BertForQuestionAnswering's positions: clamp(0, S), ignore_index S).
    int32_t clamp;
    struct {
      bool has_padding;    // the table's row padding_idx gets no gradient
      int32_t padding_idx; // meaningful when has_padding
    } gather;              // OP_GATHER, OP_ZERO_PAD_ROWS
  } attr;
} Node;

typedef struct {
  char *name; // HF name
  int node;   // its OP_PARAM node
  int group;  // 0 embeddings, 1+i encoder layer i, L+1 pooler and head (bertrt_param.group)
  int grad;   // node holding d(loss)/d(param) after autodiff, -1 if frozen
} Param;

typedef struct {
  char *name; // "logits", "loss", "pooled_output", "last_hidden_state"
  int node;
  bool in_step; // a training step writes it too (the loss and the head's logits); else
                // only `forward` does
} Output;

typedef struct {
  const Spec *spec;
  int seq_len; // the bucket this graph is specialised to
  VEC(Node) nodes;
  VEC(Param) params; // in arena order: embeddings, layers 0..L-1, pooler, head
  VEC(Output) outputs;
  int loss;      // the loss node, -1 when the head has none
  int n_forward; // nodes [0, n_forward) are the forward pass
} Graph;

// Builds the forward graph of `spec`'s model and head for one sequence-length bucket.
// Batch size is the spec's. Dropout sites are numbered in a fixed order, stable across
// buckets, so a given element draws the same mask whatever bucket it runs in.
Graph *model_build(const Spec *spec, int seq_len);

// Node construction (used by model.c and autodiff.c); shapes are checked, a mismatch is
// an internal error naming both shapes.
int graph_add(Graph *g, Node node);
int64_t shape_numel(Shape s);
Shape shape_of(int rank, const int64_t *dims);
bool shape_eq(Shape a, Shape b);
const char *op_name(OpKind op);
// " (from FILE:LINE:COL)": where the spec wrote the key that a node or kernel was built from,
// into buf, for internal errors about it; "" when it is unknown.
static inline const char *spec_origin(SrcLoc loc, char *buf, size_t n) {
  if (!loc.file || n == 0) return "";
  snprintf(buf, n, " (from %s:%d:%d)", loc.file, loc.line, loc.col);
  return buf;
}
// Prints one line per node: "%12 = matmul(%3, %7) f32[4,32,64]  name".
void graph_print(const Graph *g, FILE *out);

#endif
