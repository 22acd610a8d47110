// graph_interp.c — reference evaluation of graph nodes (graph_interp.h).
//
// One function per op kind, outputs first, then inputs; x [R,N] means R rows of the
// last dimension N. Dropout draws bertrt_dropout_uniform(seed, step, site, element) and
// keeps an element when u >= p.
#include "graph_interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bertrt_abi.h"

#define MASKED_SCORE (-3.4028234663852886e38) // torch.finfo(torch.float32).min

typedef struct {
  const Graph *g;
  const InterpOptions *opt;
  double **vals;
} Interp;

static const Node *in_node(const Interp *it, const Node *n, int k) {
  return &it->g->nodes.items[n->in[k]];
}

static const double *in_val(const Interp *it, const Node *n, int k) {
  const double *v = it->vals[n->in[k]];
  check(v);
  return v;
}

static int64_t last_dim(Shape s) {
  return s.dim[s.rank - 1];
}

// The element of `in` that broadcasts (numpy, right-aligned) to element i of `out`.
static int64_t broadcast_index(Shape in, Shape out, int64_t i) {
  int64_t src = 0, stride = 1;
  for (int d = out.rank - 1, e = in.rank - 1; e >= 0; d--, e--) {
    int64_t coord = i % out.dim[d];
    i /= out.dim[d];
    if (in.dim[e] != 1) src += coord * stride;
    stride *= in.dim[e];
  }
  return src;
}

// ---- pointwise -------------------------------------------------------------------------------

static double gelu(double x) {
  return 0.5 * x * (1 + erf(x * M_SQRT1_2));
}

static double gelu_grad(double x) { // Phi(x) + x phi(x)
  return 0.5 * (1 + erf(x * M_SQRT1_2)) + x * exp(-0.5 * x * x) / sqrt(2 * M_PI);
}

static const double tanh_gelu_c = 0.7978845608028654; // sqrt(2 / pi)

static double gelu_tanh(double x) {
  return 0.5 * x * (1 + tanh(tanh_gelu_c * (x + 0.044715 * x * x * x)));
}

static double gelu_tanh_grad(double x) {
  double t = tanh(tanh_gelu_c * (x + 0.044715 * x * x * x));
  double du = tanh_gelu_c * (1 + 3 * 0.044715 * x * x);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
}

static double unary(OpKind op, double x, double c) {
  switch (op) {
  case OP_SCALE:
    return x * c;
  case OP_GELU:
    return gelu(x);
  case OP_GELU_TANH:
    return gelu_tanh(x);
  case OP_RELU:
    return x > 0 ? x : 0;
  case OP_TANH:
    return tanh(x);
  default:
    unreachable();
  }
}

static double binary(OpKind op, double a, double b) {
  switch (op) {
  case OP_ADD:
    return a + b;
  case OP_SUB:
    return a - b;
  case OP_MUL:
    return a * b;
  case OP_GELU_BACKWARD:
    return a * gelu_grad(b);
  case OP_GELU_TANH_BACKWARD:
    return a * gelu_tanh_grad(b);
  case OP_RELU_BACKWARD:
    return b > 0 ? a : 0;
  case OP_TANH_BACKWARD:
    return a * (1 - b * b);
  default:
    unreachable();
  }
}

static void eval_binary(const Interp *it, const Node *n, double *y) {
  const double *a = in_val(it, n, 0), *b = in_val(it, n, 1);
  Shape sa = in_node(it, n, 0)->shape, sb = in_node(it, n, 1)->shape;
  for (int64_t i = 0; i < shape_numel(n->shape); i++)
    y[i] = binary(n->op, a[broadcast_index(sa, n->shape, i)], b[broadcast_index(sb, n->shape, i)]);
}

static void eval_dropout(const Interp *it, const Node *n, double *y) {
  const double *x = in_val(it, n, 0);
  double p = n->attr.dropout.p, scale = 1.0 / (1.0 - p);
  for (int64_t i = 0; i < shape_numel(n->shape); i++) {
    bool keep =
        !it->opt->dropout_on || bertrt_dropout_uniform(it->opt->seed, it->opt->step,
                                                       n->attr.dropout.site, (uint64_t)i) >= p;
    y[i] = !it->opt->dropout_on ? x[i] : keep ? x[i] * scale : 0;
  }
}

// y [B,1,1,S] from mask [B,S]
static void eval_mask_bias(const Interp *it, const Node *n, double *y) {
  const double *mask = in_val(it, n, 0);
  for (int64_t i = 0; i < shape_numel(n->shape); i++)
    y[i] = mask[i] == 0 ? MASKED_SCORE : 0;
}

// ---- layer norm ----------------------------------------------------------------------------

// stats [R,2] of x [R,N]: mean, 1/sqrt(biased variance + eps)
static void ln_stats_forward(double *stats, const double *x, int64_t rows, int64_t cols,
                             double eps) {
  for (int64_t r = 0; r < rows; r++) {
    const double *xr = x + r * cols;
    double sum = 0, sq = 0;
    for (int64_t c = 0; c < cols; c++)
      sum += xr[c];
    double mean = sum / (double)cols;
    for (int64_t c = 0; c < cols; c++)
      sq += (xr[c] - mean) * (xr[c] - mean);
    stats[2 * r] = mean;
    stats[2 * r + 1] = 1.0 / sqrt(sq / (double)cols + eps);
  }
}

// y [R,N] = xhat * gamma + beta; gamma NULL for xhat alone
static void layernorm_forward(double *y, const double *x, const double *stats, const double *gamma,
                              const double *beta, int64_t rows, int64_t cols) {
  for (int64_t r = 0; r < rows; r++)
    for (int64_t c = 0; c < cols; c++) {
      double xhat = (x[r * cols + c] - stats[2 * r]) * stats[2 * r + 1];
      y[r * cols + c] = gamma ? xhat * gamma[c] + beta[c] : xhat;
    }
}

// dx [R,N] = rstd * (dy*g - mean(dy*g) - xhat * mean(dy*g*xhat))
static void layernorm_backward(double *dx, const double *dy, const double *x, const double *stats,
                               const double *gamma, int64_t rows, int64_t cols) {
  for (int64_t r = 0; r < rows; r++) {
    double mean = stats[2 * r], rstd = stats[2 * r + 1], a = 0, b = 0;
    for (int64_t c = 0; c < cols; c++) {
      double dyg = dy[r * cols + c] * gamma[c], xhat = (x[r * cols + c] - mean) * rstd;
      a += dyg;
      b += dyg * xhat;
    }
    a /= (double)cols, b /= (double)cols;
    for (int64_t c = 0; c < cols; c++) {
      double dyg = dy[r * cols + c] * gamma[c], xhat = (x[r * cols + c] - mean) * rstd;
      dx[r * cols + c] = rstd * (dyg - a - xhat * b);
    }
  }
}

// ---- softmax and cross-entropy ---------------------------------------------------------------

static void softmax_forward(double *y, const double *x, int64_t rows, int64_t cols) {
  for (int64_t r = 0; r < rows; r++) {
    const double *xr = x + r * cols;
    double max = xr[0], sum = 0;
    for (int64_t c = 1; c < cols; c++)
      max = xr[c] > max ? xr[c] : max;
    for (int64_t c = 0; c < cols; c++)
      sum += y[r * cols + c] = exp(xr[c] - max);
    for (int64_t c = 0; c < cols; c++)
      y[r * cols + c] /= sum;
  }
}

static void softmax_backward(double *dx, const double *dy, const double *y, int64_t rows,
                             int64_t cols) {
  for (int64_t r = 0; r < rows; r++) {
    double dot = 0;
    for (int64_t c = 0; c < cols; c++)
      dot += dy[r * cols + c] * y[r * cols + c];
    for (int64_t c = 0; c < cols; c++)
      dx[r * cols + c] = y[r * cols + c] * (dy[r * cols + c] - dot);
  }
}

// A label as the loss reads it (graph.h attr.clamp): clamped to [0, clamp] when clamp > 0.
static double clamped_label(double label, int32_t clamp) {
  return clamp ? fmin(fmax(label, 0), clamp) : label;
}

static bool valid_label(double label, int32_t clamp) {
  return clamp ? clamped_label(label, clamp) != clamp : label != -100;
}

static double log_sum_exp(const double *x, int64_t cols) {
  double max = x[0], sum = 0;
  for (int64_t c = 1; c < cols; c++)
    max = x[c] > max ? x[c] : max;
  for (int64_t c = 0; c < cols; c++)
    sum += exp(x[c] - max);
  return max + log(sum);
}

// An id or label as an index into [0, n).
static int64_t index_in(double id, int64_t n) {
  check(id >= 0 && id < (double)n);
  return (int64_t)id;
}

// loss [1] = sum over valid rows of (lse - logit[label]) / count
static void cross_entropy_forward(double *loss, const double *logits, const double *labels,
                                  const double *count, int64_t rows, int64_t cols, int32_t clamp) {
  double total = 0;
  for (int64_t r = 0; r < rows; r++)
    if (valid_label(labels[r], clamp))
      total += log_sum_exp(logits + r * cols, cols) -
               logits[r * cols + index_in(clamped_label(labels[r], clamp), cols)];
  loss[0] = total / count[0];
}

// dlogits [B,C] = (softmax - onehot(label)) * valid * dloss / count
static void cross_entropy_backward(double *dx, const double *dloss, const double *logits,
                                   const double *labels, const double *count, int64_t rows,
                                   int64_t cols, int32_t clamp) {
  for (int64_t r = 0; r < rows; r++) {
    double *d = dx + r * cols;
    if (!valid_label(labels[r], clamp)) {
      memset(d, 0, (size_t)cols * sizeof *d);
      continue;
    }
    softmax_forward(d, logits + r * cols, 1, cols);
    d[index_in(clamped_label(labels[r], clamp), cols)] -= 1;
    for (int64_t c = 0; c < cols; c++)
      d[c] *= dloss[0] / count[0];
  }
}

// ---- gathers and contractions ------------------------------------------------------------

// y [..., H] = table [V,H] rows at ids [...]
static void gather_forward(double *y, const double *table, const double *ids, int64_t n_ids,
                           int64_t v, int64_t h) {
  for (int64_t i = 0; i < n_ids; i++) {
    int64_t row = index_in(ids[i], v);
    memcpy(y + i * h, table + row * h, (size_t)h * sizeof *y);
  }
}

// dtable [V,H] = sum of dy rows per id, in id order
static void gather_backward(double *dtable, const double *dy, const double *ids, int64_t n_ids,
                            int64_t v, int64_t h) {
  memset(dtable, 0, (size_t)(v * h) * sizeof *dtable);
  for (int64_t i = 0; i < n_ids; i++) {
    int64_t row = index_in(ids[i], v);
    for (int64_t c = 0; c < h; c++)
      dtable[row * h + c] += dy[i * h + c];
  }
}

static double operand_at(const MatOperand *o, const double *x, int64_t i0, int64_t i1, int64_t r,
                         int64_t c) {
  int64_t base = i0 * o->batch_stride[0] + i1 * o->batch_stride[1];
  return o->trans ? x[base + c * o->ld + r] : x[base + r * o->ld + c];
}

// c = alpha op(a) op(b) per batch index pair
static void matmul_forward(double *c, const double *a, const double *b, const MatmulAttr *mm) {
  for (int64_t i0 = 0; i0 < mm->batch[0]; i0++)
    for (int64_t i1 = 0; i1 < mm->batch[1]; i1++)
      for (int64_t r = 0; r < mm->m; r++)
        for (int64_t col = 0; col < mm->n; col++) {
          double acc = 0;
          for (int64_t k = 0; k < mm->k; k++)
            acc += operand_at(&mm->a, a, i0, i1, r, k) * operand_at(&mm->b, b, i0, i1, k, col);
          c[i0 * mm->c.batch_stride[0] + i1 * mm->c.batch_stride[1] + r * mm->c.ld + col] =
              mm->alpha * acc;
        }
}

// ---- one node --------------------------------------------------------------------------------

static void eval_node(const Interp *it, const Node *n, double *y) {
  int64_t numel = shape_numel(n->shape);
  const Node *x0 = n->n_in ? in_node(it, n, 0) : NULL;
  int64_t cols = x0 ? last_dim(x0->shape) : 0, rows = x0 ? shape_numel(x0->shape) / cols : 0;
  switch (n->op) {
  case OP_INPUT:
  case OP_PARAM:
    unreachable();
  case OP_FILL:
    for (int64_t i = 0; i < numel; i++)
      y[i] = n->attr.value;
    break;
  case OP_RESHAPE:
    memcpy(y, in_val(it, n, 0), (size_t)numel * sizeof *y);
    break;
  case OP_ADD:
  case OP_SUB:
  case OP_MUL:
  case OP_GELU_BACKWARD:
  case OP_GELU_TANH_BACKWARD:
  case OP_RELU_BACKWARD:
  case OP_TANH_BACKWARD:
    eval_binary(it, n, y);
    break;
  case OP_SCALE:
  case OP_GELU:
  case OP_GELU_TANH:
  case OP_RELU:
  case OP_TANH:
    for (int64_t i = 0; i < numel; i++)
      y[i] = unary(n->op, in_val(it, n, 0)[i], n->attr.value);
    break;
  case OP_DROPOUT:
    eval_dropout(it, n, y);
    break;
  case OP_MASK_BIAS:
    eval_mask_bias(it, n, y);
    break;
  case OP_LN_XHAT:
    layernorm_forward(y, in_val(it, n, 0), in_val(it, n, 1), NULL, NULL, rows, cols);
    break;
  case OP_LAYERNORM:
    layernorm_forward(y, in_val(it, n, 0), in_val(it, n, 1), in_val(it, n, 2), in_val(it, n, 3),
                      rows, cols);
    break;
  case OP_SELECT_TOKEN:
  case OP_SELECT_TOKEN_BACKWARD: { // [B,S,H] <-> [B,H]
    Shape full = n->op == OP_SELECT_TOKEN ? x0->shape : n->shape;
    int64_t s = full.dim[1], h = full.dim[2], t = n->attr.token;
    const double *x = in_val(it, n, 0);
    if (n->op == OP_SELECT_TOKEN_BACKWARD) memset(y, 0, (size_t)numel * sizeof *y);
    for (int64_t b = 0; b < full.dim[0]; b++) {
      if (n->op == OP_SELECT_TOKEN)
        memcpy(y + b * h, x + (b * s + t) * h, (size_t)h * sizeof *y);
      else
        memcpy(y + (b * s + t) * h, x + b * h, (size_t)h * sizeof *y);
    }
    break;
  }
  case OP_SLICE_ROWS:
    memcpy(y, in_val(it, n, 0), (size_t)numel * sizeof *y);
    break;
  case OP_SLICE_ROWS_BACKWARD: {
    int64_t kept = shape_numel(x0->shape);
    memcpy(y, in_val(it, n, 0), (size_t)kept * sizeof *y);
    memset(y + kept, 0, (size_t)(numel - kept) * sizeof *y);
    break;
  }
  case OP_LN_STATS:
    ln_stats_forward(y, in_val(it, n, 0), rows, cols, n->attr.value);
    break;
  case OP_LAYERNORM_BACKWARD: {
    int64_t c = last_dim(n->shape);
    layernorm_backward(y, in_val(it, n, 0), in_val(it, n, 1), in_val(it, n, 2), in_val(it, n, 3),
                       numel / c, c);
    break;
  }
  case OP_SOFTMAX:
    softmax_forward(y, in_val(it, n, 0), rows, cols);
    break;
  case OP_SOFTMAX_BACKWARD:
    softmax_backward(y, in_val(it, n, 0), in_val(it, n, 1), rows, cols);
    break;
  case OP_SUM_ROWS: {
    const double *x = in_val(it, n, 0);
    for (int64_t c = 0; c < cols; c++) {
      double acc = 0;
      for (int64_t r = 0; r < rows; r++)
        acc += x[r * cols + c];
      y[c] = acc;
    }
    break;
  }
  case OP_VALID_COUNT: {
    double count = 0;
    for (int64_t i = 0; i < shape_numel(x0->shape); i++)
      count += valid_label(in_val(it, n, 0)[i], n->attr.clamp);
    y[0] = count > 1 ? count : 1; // graph.h: at least 1
    break;
  }
  case OP_CROSS_ENTROPY:
    cross_entropy_forward(y, in_val(it, n, 0), in_val(it, n, 1), in_val(it, n, 2), rows, cols,
                          n->attr.clamp);
    break;
  case OP_CROSS_ENTROPY_BACKWARD: {
    Shape ls = in_node(it, n, 1)->shape;
    cross_entropy_backward(y, in_val(it, n, 0), in_val(it, n, 1), in_val(it, n, 2),
                           in_val(it, n, 3), ls.dim[0], ls.dim[1], n->attr.clamp);
    break;
  }
  case OP_GATHER:
    gather_forward(y, in_val(it, n, 0), in_val(it, n, 1), shape_numel(in_node(it, n, 1)->shape),
                   x0->shape.dim[0], x0->shape.dim[1]);
    break;
  case OP_SCATTER_ADD:
    gather_backward(y, in_val(it, n, 0), in_val(it, n, 1), shape_numel(in_node(it, n, 1)->shape),
                    n->shape.dim[0], n->shape.dim[1]);
    break;
  case OP_MATMUL:
    matmul_forward(y, in_val(it, n, 0), in_val(it, n, 1), &n->attr.mm);
    break;
  case OP_ZERO_PAD_ROWS: { // dy, zero in the rows of id padding_idx
    const double *ids = in_val(it, n, 1);
    int64_t h = n->shape.dim[n->shape.rank - 1], rows = shape_numel(n->shape) / h;
    for (int64_t r = 0; r < rows; r++)
      for (int64_t c = 0; c < h; c++)
        y[r * h + c] = ids[r] == n->attr.gather.padding_idx ? 0 : in_val(it, n, 0)[r * h + c];
    break;
  }
  case OP_COUNT:
    unreachable();
  }
}

void graph_eval(const Graph *g, const InterpOptions *opt, double **vals, int end) {
  check(end >= 0 && end <= g->nodes.len);
  Interp it = {.g = g, .opt = opt, .vals = vals};
  for (int i = 0; i < end; i++) {
    const Node *n = &g->nodes.items[i];
    int64_t numel = shape_numel(n->shape);
    if (n->op == OP_INPUT || n->op == OP_PARAM) {
      check(vals[i]);
      continue;
    }
    if (!vals[i]) vals[i] = xmalloc((size_t)numel * sizeof **vals);
    eval_node(&it, n, vals[i]);
    if (opt->f32)
      for (int64_t e = 0; e < numel; e++)
        vals[i][e] = (float)vals[i][e];
  }
}

void graph_eval_free(const Graph *g, double **vals) {
  for (int i = 0; i < g->nodes.len; i++) {
    OpKind op = g->nodes.items[i].op;
    if (op == OP_INPUT || op == OP_PARAM) continue;
    free(vals[i]);
    vals[i] = NULL;
  }
}
