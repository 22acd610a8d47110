// render_cuda_loop.c — the cuda renderer's K_LOOP bodies (render_cuda.h): expressions (a
// table from KExprOp to CUDA text), phases, and the two row mappings: rows over threads, or a
// sum over rows in row lanes. Within a phase every expression is printed once where first
// needed: inline when used once, as `const float eN` when used more.
#include "render_cuda.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- expressions: leaves, then a table from KExprOp to CUDA text -------------------------

static void print_leaf(StrBuf *sb, const Cx *cx, const KExpr *e) {
  switch (e->op) {
  case KX_CONST:
    rc_float(sb, e->value);
    return;
  case KX_LOAD:
    if (cx->p->bufs.items[e->index.buf].dtype == DT_I32) sb_puts(sb, "(float)");
    sb_puts(sb, rc_widen_open(cx, e->index.buf));
    rc_index(sb, cx, &e->index);
    sb_puts(sb, rc_conv_close(cx, e->index.buf));
    return;
  case KX_SLOT:
    sb_printf(sb, "s%d", e->slot);
    return;
  case KX_COL:
    sb_printf(sb, "(float)%s", cx->col);
    return;
  case KX_COORD:
    if (cx->loop->dim[e->dim] == 1)
      sb_puts(sb, "0.0f");
    else
      sb_printf(sb, "(float)r%d", e->dim);
    return;
  case KX_CTX:
    sb_printf(sb, "ctx->%s", kir_ctx_field_name(e->ctx_field));
    return;
  case KX_UNIFORM: {
    int site = 0;
    while (site < cx->ks->n_sites && cx->ks->sites[site] != e->site)
      site++;
    check(site < cx->ks->n_sites);
    sb_printf(
        sb, "bertrt_philox_uniform(ctx->seed, ctx->step, site%d, (uint64_t)%s * %" PRId64 "u + %s)",
        site, cx->row, cx->loop->cols, cx->col);
    return;
  }
  default:
    unreachable();
  }
}

static const struct {
  const char *text; // %a %b %c are the operands; NULL: a leaf (print_leaf)
  bool wrap;        // an operator: parenthesised when it is another's operand
} CUDA_OP[] = {
    [KX_CONST] = {NULL},
    [KX_LOAD] = {NULL},
    [KX_SLOT] = {NULL},
    [KX_COL] = {NULL},
    [KX_COORD] = {NULL},
    [KX_CTX] = {NULL},
    [KX_UNIFORM] = {NULL},
    [KX_NEG] = {"-%a", true},
    [KX_EXP] = {"expf(%a)"},
    [KX_LOG] = {"logf(%a)"},
    [KX_SQRT] = {"sqrtf(%a)"},
    [KX_RSQRT] = {"1.0f / sqrtf(%a)", true},
    [KX_TANH] = {"tanhf(%a)"},
    [KX_ERF] = {"erff(%a)"},
    [KX_ADD] = {"%a + %b", true},
    [KX_SUB] = {"%a - %b", true},
    [KX_MUL] = {"%a * %b", true},
    [KX_DIV] = {"%a / %b", true},
    [KX_MAX] = {"fmaxf(%a, %b)"},
    [KX_MIN] = {"fminf(%a, %b)"},
    [KX_LT] = {"%a < %b ? 1.0f : 0.0f", true},
    [KX_EQ] = {"%a == %b ? 1.0f : 0.0f", true},
    [KX_SELECT] = {"%a != 0.0f ? %b : %c", true},
};
_Static_assert(sizeof CUDA_OP / sizeof *CUDA_OP == KX_COUNT, "CUDA text for every KExprOp");

// A named value (`eN`) when used more than once in the phase, unless it is a trivial leaf.
static bool is_temp(const Cx *cx, int i) {
  KExprOp op = cx->loop->exprs.items[i].op;
  return cx->uses[i] > 1 && op != KX_CONST && op != KX_SLOT && op != KX_CTX && op != KX_COL &&
         op != KX_COORD;
}

static void print_value(StrBuf *sb, const Cx *cx, int i);

// Expression i where it is used: its name, or its text (in parentheses as an operand).
static void print_ref(StrBuf *sb, const Cx *cx, int i, bool operand) {
  if (is_temp(cx, i)) {
    sb_printf(sb, "e%d", i);
    return;
  }
  bool wrap = operand && CUDA_OP[cx->loop->exprs.items[i].op].wrap;
  sb_puts(sb, wrap ? "(" : "");
  print_value(sb, cx, i);
  sb_puts(sb, wrap ? ")" : "");
}

static void print_value(StrBuf *sb, const Cx *cx, int i) {
  const KExpr *e = &cx->loop->exprs.items[i];
  check((unsigned)e->op < KX_COUNT);
  const char *text = CUDA_OP[e->op].text;
  if (!text) {
    print_leaf(sb, cx, e);
    return;
  }
  for (const char *s = text; *s; s++) {
    if (s[0] == '%' && s[1] >= 'a' && s[1] <= 'c') {
      int operand = s[1] == 'a' ? e->a : s[1] == 'b' ? e->b : e->c;
      check(operand >= 0);
      // an argument of a call, "f(%a)" or "f(%a, %b)", needs no parentheses of its own
      bool argument = s > text && (s[-1] == '(' || (s[-1] == ' ' && s[-2] == ',')) &&
                      (s[2] == ')' || s[2] == ',');
      print_ref(sb, cx, operand, !argument);
      s++;
    } else {
      sb_printf(sb, "%c", *s);
    }
  }
}

static void mark_live(const KLoop *loop, int i, bool *live, int *uses) {
  if (i < 0) return;
  uses[i]++;
  if (live[i]) return;
  live[i] = true;
  const KExpr *e = &loop->exprs.items[i];
  mark_live(loop, e->a, live, uses);
  mark_live(loop, e->b, live, uses);
  mark_live(loop, e->c, live, uses);
}

// Sets cx->live and cx->uses for a phase.
static void phase_live(Cx *cx, const KPhase *ph) {
  size_t n = (size_t)cx->loop->exprs.len;
  memset(cx->live, 0, n * sizeof *cx->live);
  memset(cx->uses, 0, n * sizeof *cx->uses);
  for (int i = 0; i < ph->items.len; i++)
    mark_live(cx->loop, ph->items.items[i].expr, cx->live, cx->uses);
}

// `const float eN = ...;` for the phase's named values, in operand order.
static void print_temps(Cx *cx, const char *indent) {
  for (int i = 0; i < cx->loop->exprs.len; i++) {
    if (!cx->live[i] || !is_temp(cx, i)) continue;
    sb_printf(cx->out, "%sconst float e%d = ", indent, i);
    print_value(cx->out, cx, i);
    sb_puts(cx->out, ";\n");
  }
}

// ---- phases ----------------------------------------------------------------------------

static bool has_temps(const Cx *cx) {
  for (int i = 0; i < cx->loop->exprs.len; i++)
    if (cx->live[i] && is_temp(cx, i)) return true;
  return false;
}

// Every thread of the row computes the slots itself (no column: col is 0).
static void print_let(Cx *cx, const KPhase *ph, const char *indent) {
  const char *col = cx->col;
  cx->col = "0";
  phase_live(cx, ph);
  bool block = has_temps(cx);
  for (int i = 0; block && i < ph->items.len; i++)
    sb_printf(cx->out, "%sfloat s%d;\n", indent, ph->items.items[i].slot);
  char *inner = format("%s  ", indent);
  if (block) sb_printf(cx->out, "%s{\n", indent), print_temps(cx, inner);
  for (int i = 0; i < ph->items.len; i++) {
    sb_printf(cx->out, "%s%ss%d = ", block ? inner : indent, block ? "" : "const float ",
              ph->items.items[i].slot);
    print_ref(cx->out, cx, ph->items.items[i].expr, false);
    sb_puts(cx->out, ";\n");
  }
  if (block) sb_printf(cx->out, "%s}\n", indent);
  free(inner);
  cx->col = col;
}

// Thread t of the row's `threads` starts at column t (the only thread: at 0).
static void open_col_loop(Cx *cx, int threads, const char *indent) {
  sb_printf(cx->out, "%sfor (%s c = %s; c < %" PRId64 "; c", indent, cx->idx,
            threads > 1 ? "t" : "0", cx->loop->cols);
  if (threads > 1)
    sb_printf(cx->out, " += %d) {\n", threads);
  else
    sb_puts(cx->out, "++) {\n");
}

// Each of the row's `threads` threads reduces its columns in order, then the row's threads
// combine their results (bertc_row_reduce).
static void print_reduce(Cx *cx, const KPhase *ph, int threads, const char *indent) {
  phase_live(cx, ph);
  for (int i = 0; i < ph->items.len; i++)
    sb_printf(cx->out, "%sfloat s%d = %s;\n", indent, ph->items.items[i].slot,
              ph->items.items[i].reduce == KR_SUM ? "0.0f" : "-BERTC_INF");
  open_col_loop(cx, threads, indent);
  char *inner = format("%s  ", indent);
  print_temps(cx, inner);
  for (int i = 0; i < ph->items.len; i++) {
    const KItem *it = &ph->items.items[i];
    sb_printf(cx->out, "%ss%d = ", inner, it->slot);
    sb_printf(cx->out, it->reduce == KR_SUM ? "s%d + " : "fmaxf(s%d, ", it->slot);
    print_ref(cx->out, cx, it->expr, it->reduce == KR_SUM);
    sb_puts(cx->out, it->reduce == KR_SUM ? ";\n" : ");\n");
  }
  sb_printf(cx->out, "%s}\n", indent);
  for (int i = 0; threads > 1 && i < ph->items.len; i++)
    sb_printf(cx->out, "%ss%d = bertc_row_reduce<%d, %s>(s%d);\n", indent, ph->items.items[i].slot,
              threads, ph->items.items[i].reduce == KR_SUM ? "false" : "true",
              ph->items.items[i].slot);
  free(inner);
}

// Values of the phase's items at the current column: named vN when there are several, so
// that every value is computed before any store.
static void print_map_values(Cx *cx, const KPhase *ph, const char *indent) {
  print_temps(cx, indent);
  for (int i = 0; ph->items.len > 1 && i < ph->items.len; i++) {
    sb_printf(cx->out, "%sconst float v%d = ", indent, i);
    print_ref(cx->out, cx, ph->items.items[i].expr, false);
    sb_puts(cx->out, ";\n");
  }
}

static void print_map_value(Cx *cx, const KPhase *ph, int i) {
  if (ph->items.len > 1)
    sb_printf(cx->out, "v%d", i);
  else
    print_ref(cx->out, cx, ph->items.items[i].expr, false);
}

static void print_map(Cx *cx, const KPhase *ph, int threads, const char *indent) {
  phase_live(cx, ph);
  open_col_loop(cx, threads, indent);
  char *inner = format("%s  ", indent);
  print_map_values(cx, ph, inner);
  for (int i = 0; i < ph->items.len; i++) {
    sb_puts(cx->out, inner);
    rc_open_store(cx->out, cx, &ph->items.items[i].dst);
    print_map_value(cx, ph, i);
    rc_close_store(cx->out, cx, &ph->items.items[i].dst);
  }
  sb_printf(cx->out, "%s}\n", indent);
  free(inner);
}

// The phases of one row, shared by `threads` threads (1: the thread runs them alone), with
// the schedule's barriers.
static void print_phases(Cx *cx, int n_phases, int threads, const char *indent) {
  for (int i = 0; i < n_phases; i++) {
    const KPhase *ph = &cx->loop->phases.items[i];
    if (cx->ks->row_sync[i]) sb_printf(cx->out, "%sbertc_row_sync<%d>();\n", indent, threads);
    sb_printf(cx->out, "%s// p%d\n", indent, i);
    switch (ph->kind) {
    case KP_LET:
      print_let(cx, ph, indent);
      break;
    case KP_REDUCE:
      print_reduce(cx, ph, threads, indent);
      break;
    case KP_MAP:
      print_map(cx, ph, threads, indent);
      break;
    }
  }
}

// ---- row mappings ------------------------------------------------------------------------

// Which row coordinates the kernel's indexes and expressions use (dimensions of size 1
// never: their coordinate is 0).
static void coords_used(const KLoop *loop, bool used[MAX_RANK]) {
  for (int d = 0; d < MAX_RANK; d++)
    used[d] = false;
  for (int e = 0; e < loop->exprs.len; e++) {
    const KExpr *x = &loop->exprs.items[e];
    for (int d = 0; d < loop->rank; d++)
      used[d] |= (x->op == KX_LOAD && (x->index.row_stride[d] || x->index.via.row_stride[d])) ||
                 (x->op == KX_COORD && x->dim == d);
  }
  for (int ph = 0; ph < loop->phases.len; ph++) {
    const KPhase *phase = &loop->phases.items[ph];
    for (int i = 0; phase->kind == KP_MAP && i < phase->items.len; i++)
      for (int d = 0; d < loop->rank; d++)
        used[d] |= phase->items.items[i].dst.row_stride[d] != 0;
  }
  for (int d = 0; d < loop->rank; d++)
    used[d] &= loop->dim[d] > 1;
}

// `const int r0 = row / 64;` ... for the coordinates in `used`, outermost first.
static void print_coords(Cx *cx, const bool used[MAX_RANK], const char *indent) {
  const KLoop *loop = cx->loop;
  int64_t inner = 1;
  for (int d = loop->rank - 1; d >= 0; d--)
    inner *= loop->dim[d];
  for (int d = 0; d < loop->rank; d++) {
    inner /= loop->dim[d];
    if (!used[d]) continue;
    sb_printf(cx->out, "%sconst %s r%d = %s", indent, cx->idx, d, cx->row);
    if (inner > 1) sb_printf(cx->out, " / %" PRId64, inner);
    if (d > 0) sb_printf(cx->out, " %% %" PRId64, loop->dim[d]);
    sb_puts(cx->out, ";\n");
  }
}

static bool uses_op(const KLoop *loop, KExprOp op) {
  for (int e = 0; e < loop->exprs.len; e++)
    if (loop->exprs.items[e].op == op) return true;
  return false;
}

static void print_dims(StrBuf *sb, const KLoop *loop) {
  sb_puts(sb, "[");
  for (int d = 0; d < loop->rank; d++)
    sb_printf(sb, "%s%" PRId64, d ? "," : "", loop->dim[d]);
  sb_puts(sb, "]");
}

// K_LOOP: `row_threads` threads per row stride over its columns and run its phases.
static void print_row_kernel(Cx *cx) {
  const KLoop *loop = cx->loop;
  CudaLaunch l = cx->ks->launch;
  int64_t rows = kir_loop_rows(loop);
  StrBuf geometry = {0};
  sb_puts(&geometry, "rows ");
  print_dims(&geometry, loop);
  sb_printf(&geometry, " (%" PRId64 ") x cols %" PRId64, rows, loop->cols);
  rc_row_mapping(&geometry, l);
  cx->geometry = geometry.data;
  rc_signature(cx);
  bool used[MAX_RANK], any_coord = false;
  coords_used(loop, used);
  for (int d = 0; d < loop->rank; d++)
    any_coord |= used[d];
  bool guard = l.grid * l.rows_per_block != rows;
  rc_thread_ids(cx, any_coord || guard || uses_op(loop, KX_UNIFORM));
  if (guard) sb_printf(cx->out, "  if (row >= %" PRId64 ") return;\n", rows);
  print_coords(cx, used, "  ");
  print_phases(cx, loop->phases.len, l.row_threads, "  ");
  sb_puts(cx->out, "}\n\n");
}

// K_LOOP summing over rows: a block owns up to SUM_COLS consecutive columns and has
// `lanes` threads per column (CudaLaunch.rows_per_block); lane j runs rows j, j + lanes, ...
// in order (their earlier phases alone) and adds up the map's values; then lane 0 adds the
// lanes' sums in lane order and stores them. A fixed order: the same bits in every run.
static void print_sum_kernel(Cx *cx) {
  const KLoop *loop = cx->loop;
  CudaLaunch l = cx->ks->launch;
  int lanes = l.rows_per_block, cols = l.block / lanes;
  const KPhase *map = &loop->phases.items[loop->phases.len - 1];
  check(map->kind == KP_MAP);
  StrBuf geometry = {0};
  sb_printf(&geometry, "cols %" PRId64 ", each the sum over rows ", loop->cols);
  print_dims(&geometry, loop);
  sb_printf(&geometry,
            "; %d columns per block, %d lanes per column summing every %d-th row, then the "
            "lanes in order",
            cols, lanes, lanes);
  cx->geometry = geometry.data;
  rc_signature(cx);
  const char *I = cx->idx;
  sb_printf(cx->out,
            "  const int lane = threadIdx.x / %d;\n"
            "  const %s col = blockIdx.x * %d + threadIdx.x %% %d;\n",
            cols, I, cols, cols);
  bool guard = l.grid * cols != loop->cols;
  for (int i = 0; i < map->items.len; i++)
    sb_printf(cx->out, "  float sum%d = 0.0f;\n", i);
  if (guard) sb_printf(cx->out, "  if (col < %" PRId64 ")\n", loop->cols);
  sb_printf(cx->out, "  for (%s row = lane; row < %" PRId64 "; row += %d) {\n", I,
            kir_loop_rows(loop), lanes);
  bool used[MAX_RANK];
  coords_used(loop, used);
  print_coords(cx, used, "    ");
  print_phases(cx, loop->phases.len - 1, 1, "    ");
  phase_live(cx, map);
  cx->col = "col";
  print_map_values(cx, map, "    ");
  for (int i = 0; i < map->items.len; i++) {
    sb_printf(cx->out, "    sum%d += ", i);
    print_map_value(cx, map, i);
    sb_puts(cx->out, ";\n");
  }
  sb_puts(cx->out, "  }\n");
  if (lanes > 1) {
    sb_printf(cx->out, "  __shared__ float lane_sum[%d][%d][%d];\n", map->items.len, lanes, cols);
    for (int i = 0; i < map->items.len; i++)
      sb_printf(cx->out, "  lane_sum[%d][lane][threadIdx.x %% %d] = sum%d;\n", i, cols, i);
    sb_puts(cx->out, "  __syncthreads();\n");
    if (guard)
      sb_printf(cx->out, "  if (lane != 0 || col >= %" PRId64 ") return;\n", loop->cols);
    else
      sb_puts(cx->out, "  if (lane != 0) return;\n");
    for (int i = 0; i < map->items.len; i++)
      sb_printf(cx->out,
                "  for (int j = 1; j < %d; j++) sum%d += lane_sum[%d][j][threadIdx.x %% %d];\n",
                lanes, i, i, cols);
  } else if (guard) {
    sb_printf(cx->out, "  if (col >= %" PRId64 ") return;\n", loop->cols);
  }
  for (int i = 0; i < map->items.len; i++) {
    sb_puts(cx->out, "  ");
    rc_open_store(cx->out, cx, &map->items.items[i].dst);
    sb_printf(cx->out, "sum%d", i);
    rc_close_store(cx->out, cx, &map->items.items[i].dst);
  }
  sb_puts(cx->out, "}\n\n");
}

void rc_loop_kernel(Cx *cx) {
  const KLoop *loop = &cx->k->loop;
  size_t n = (size_t)loop->exprs.len + 1;
  cx->loop = loop;
  cx->live = xcalloc(n, sizeof *cx->live);
  cx->uses = xcalloc(n, sizeof *cx->uses);
  cx->col = "c";
  cx->row = "row";
  if (loop->sum_over_rows)
    print_sum_kernel(cx);
  else
    print_row_kernel(cx);
  free(cx->live), free(cx->uses);
}
