// render_cuda_kernels.c — the cuda renderer's bodies other than a K_LOOP's (scatter-add,
// attention, a GEMM's epilogue) and what every body prints: element access, bf16
// conversions, the signature (render_cuda.h).
#include "render_cuda.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- elements --------------------------------------------------------------------------

static bool is_bf16(const Cx *cx, int buf) {
  return cx->p->bufs.items[buf].dtype == DT_BF16;
}

// Around a loaded element: its widening to float when the buffer is bf16.
const char *rc_widen_open(const Cx *cx, int buf) {
  return is_bf16(cx, buf) ? "bertc_f32(" : "";
}

// Around a stored value: its rounding when the buffer is bf16.
const char *rc_narrow_open(const Cx *cx, int buf) {
  return is_bf16(cx, buf) ? "bertc_bf16_rn(" : "";
}

// The end of either conversion.
const char *rc_conv_close(const Cx *cx, int buf) {
  return is_bf16(cx, buf) ? ")" : "";
}

static const char *c_type(DType t) {
  return t == DT_I32 ? "int" : t == DT_BF16 ? "bertc_bf16" : "float";
}

// A float as a C++ literal that reads back to the same bits; negative values parenthesised
// so that they can follow a unary minus.
void rc_float(StrBuf *sb, float v) {
  check(!isnan(v)); // NaN never appears in the kernel IR
  if (isinf(v)) {
    sb_puts(sb, v < 0 ? "(-BERTC_INF)" : "BERTC_INF");
    return;
  }
  char text[32];
  snprintf(text, sizeof text, "%.9g", (double)v);
  bool plain = !strpbrk(text, ".e");
  sb_printf(sb, "%s%s%sf%s", text[0] == '-' ? "(" : "", text, plain ? ".0" : "",
            text[0] == '-' ? ")" : "");
}

// `sum_d stride_d * r_d + col_stride * col + offset`, leaving out zero terms.
static void print_affine(StrBuf *sb, const Cx *cx, int64_t offset, const int64_t *row_stride,
                         int64_t col_stride, bool *first) {
  for (int d = 0; cx->loop && d <= cx->loop->rank; d++) {
    bool is_col = d == cx->loop->rank;
    int64_t stride = is_col ? col_stride : row_stride[d];
    if (!stride || (!is_col && cx->loop->dim[d] == 1) || (is_col && !strcmp(cx->col, "0")))
      continue;
    sb_puts(sb, *first ? "" : " + ");
    if (stride != 1) sb_printf(sb, "%" PRId64 " * ", stride);
    if (is_col)
      sb_puts(sb, cx->col);
    else
      sb_printf(sb, "r%d", d);
    *first = false;
  }
  if (offset) sb_printf(sb, "%s%" PRId64, *first ? "" : " + ", offset), *first = false;
}

// bN[index], through the id buffer of `via` when it has one.
void rc_index(StrBuf *sb, const Cx *cx, const KIndex *ix) {
  bool first = true;
  sb_printf(sb, "b%d[", cx->arg[ix->buf]);
  print_affine(sb, cx, ix->offset, ix->row_stride, ix->col_stride, &first);
  if (ix->via.buf >= 0) {
    sb_printf(sb, "%s%" PRId64 " * %sb%d[", first ? "" : " + ", ix->via.scale,
              strcmp(cx->idx, "int") ? "(long long)" : "", cx->arg[ix->via.buf]);
    bool via_first = true;
    print_affine(sb, cx, ix->via.offset, ix->via.row_stride, ix->via.col_stride, &via_first);
    sb_puts(sb, via_first ? "0]" : "]");
    first = false;
  }
  sb_puts(sb, first ? "0]" : "]");
}

// `bN[index] = ` before a stored value, with `bertc_bf16_rn(` when the buffer is bf16;
// close_store ends the statement.
void rc_open_store(StrBuf *sb, const Cx *cx, const KIndex *dst) {
  rc_index(sb, cx, dst);
  sb_printf(sb, " = %s", rc_narrow_open(cx, dst->buf));
}

void rc_close_store(StrBuf *sb, const Cx *cx, const KIndex *dst) {
  sb_printf(sb, "%s;\n", rc_conv_close(cx, dst->buf));
}

// ---- signatures ------------------------------------------------------------------------

const char *rc_access_name(SchedAccess a) {
  return a == SCHED_UPDATED ? "updated" : a == SCHED_WRITTEN ? "written" : "read";
}

// The schedule's arguments in its order, const when only read, restrict where it says so;
// then the dropout sites.
void rc_signature(Cx *cx) {
  const KernelSchedule *ks = cx->ks;
  if (cx->k->kind == K_ATTENTION) // with ptxas's own register target, its tiles spill
    sb_printf(cx->out, "extern \"C\" __global__ void __launch_bounds__(%d, %d)\n", ks->launch.block,
              SCHED_ATT_MIN_BLOCKS);
  else
    sb_printf(cx->out, "extern \"C\" __global__ void __launch_bounds__(%d)\n", ks->launch.block);
  cx->name_at = cx->out->len;
  sb_puts(cx->out, "(const bertrt_kernel_ctx *__restrict__ ctx");
  for (int i = 0; i < ks->n_args; i++) {
    const SchedArg *a = &ks->args[i];
    sb_printf(cx->out, ", %s%s *%sb%d", a->access & SCHED_WRITTEN ? "" : "const ",
              c_type(cx->p->bufs.items[a->buf].dtype), a->restrict_ok ? "__restrict__ " : "", i);
  }
  for (int i = 0; i < ks->n_sites; i++)
    sb_printf(cx->out, ", const uint32_t site%d", i);
  sb_puts(cx->out, ") {\n");
}

// ", T threads per row[, R rows per block]" of a row kernel.
void rc_row_mapping(StrBuf *sb, CudaLaunch l) {
  sb_printf(sb, "; %d thread%s per row", l.row_threads, l.row_threads == 1 ? "" : "s");
  if (l.rows_per_block > 1) sb_printf(sb, ", %d rows per block", l.rows_per_block);
}

// `t`, the thread's place in its row (when the row has several), and `row`, the flat row
// index (when `need_row`).
void rc_thread_ids(Cx *cx, bool need_row) {
  CudaLaunch l = cx->ks->launch;
  const char *I = cx->idx;
  if (l.row_threads > 1 && l.rows_per_block > 1)
    sb_printf(cx->out, "  const %s t = threadIdx.x %% %d;\n", I, l.row_threads);
  else if (l.row_threads > 1)
    sb_printf(cx->out, "  const %s t = threadIdx.x;\n", I);
  if (!need_row) return;
  if (l.rows_per_block > 1)
    sb_printf(cx->out, "  const %s row = blockIdx.x * %d + threadIdx.x / %d;\n", I,
              l.rows_per_block, l.row_threads);
  else
    sb_printf(cx->out, "  const %s row = blockIdx.x;\n", I);
}

// ---- bodies ----------------------------------------------------------------------------

// K_SCATTER_ADD: block b owns dst rows [b * TILE, (b + 1) * TILE): it zeroes them, then reads
// every id in row order and adds the source rows that land in its range. Each element has
// one thread adding in row order: deterministic without atomics, and the cpu target's sums.
void rc_scatter_kernel(Cx *cx) {
  const KScatter *s = &cx->k->scatter;
  CudaLaunch l = cx->ks->launch;
  cx->geometry = format("dst [%" PRId64 ",%" PRId64 "] = 0; dst[ids[r], :] += src[r, :] for "
                        "r < %" PRId64 " in order; %d dst rows per block, %d threads over "
                        "their columns",
                        s->dst_rows, s->cols, s->rows, SCHED_SCATTER_TILE, l.block);
  rc_signature(cx);
  const char *I = cx->idx;
  sb_printf(cx->out, "  const %s first = blockIdx.x * %d, t = threadIdx.x;\n", I,
            SCHED_SCATTER_TILE);
  sb_printf(cx->out,
            "  for (%s i = first; i < first + %d && i < %" PRId64 "; i++)\n"
            "    for (%s c = t; c < %" PRId64 "; c += %d) b%d[i * %" PRId64 " + c] = 0.0f;\n",
            I, SCHED_SCATTER_TILE, s->dst_rows, I, s->cols, l.block, cx->arg[s->dst], s->cols);
  sb_printf(cx->out,
            "  for (%s r = 0; r < %" PRId64 "; r++) {\n"
            "    const %s id = b%d[r];\n"
            "    if (id < first || id >= first + %d || id >= %" PRId64 ") continue;\n"
            "    for (%s c = t; c < %" PRId64 "; c += %d) b%d[id * %" PRId64
            " + c] += %sb%d[r * %" PRId64 " + c]%s;\n"
            "  }\n}\n\n",
            I, s->rows, I, cx->arg[s->ids], SCHED_SCATTER_TILE, s->dst_rows, I, s->cols, l.block,
            cx->arg[s->dst], s->cols, rc_widen_open(cx, s->src), cx->arg[s->src], s->cols,
            rc_conv_close(cx, s->src));
}

// K_ATTENTION: a call of cuda_attention.cuh's template for the part, with the sizes as
// template arguments and the buffers in bertrt_attention_role order.
void rc_attention_kernel(Cx *cx) {
  const KAttention *a = &cx->k->attention;
  check(a->head_dim <= KIR_ATTENTION_MAX_HEAD_DIM);
  bool dropout = a->dropout_p > 0.0f;
  cx->geometry = format("attention %s, [%" PRId64 ",%" PRId64 "] x %" PRId64 " heads of %" PRId64
                        "; a block per (batch, head, %d %s rows), %d threads",
                        kir_attention_part_names[a->part], a->batch, a->seq, a->heads, a->head_dim,
                        SCHED_ATT_TILE, a->part == BERTRT_ATTENTION_GRAD_KV ? "key" : "query",
                        SCHED_ATT_THREADS);
  rc_signature(cx);
  sb_printf(cx->out, "  bertc_attention_%s<%" PRId64 ", %" PRId64 ", %" PRId64 ", %s>(ctx",
            kir_attention_part_names[a->part], a->seq, a->heads, a->head_dim,
            dropout ? "true" : "false");
  for (int i = 0; i < cx->ks->n_args; i++)
    sb_printf(cx->out, ", b%d", i);
  sb_puts(cx->out, ", ");
  rc_float(cx->out, a->scale);
  sb_puts(cx->out, ", ");
  rc_float(cx->out, a->dropout_p);
  sb_puts(cx->out, ", ");
  rc_float(cx->out, dropout ? 1.0f / (1.0f - a->dropout_p) : 1.0f);
  sb_puts(cx->out, dropout ? ", site0);\n}\n\n" : ", 0u);\n}\n\n");
}

// A GEMM's epilogue (GEMM_EPILOGUE_KERNEL), a row kernel over the rows of C: c += bias[col];
// aux = c; c = gelu(c) (erf form, as the cpu target).
void rc_epilogue_kernel(Cx *cx) {
  const KGemm *g = &cx->k->gemm;
  CudaLaunch l = cx->ks->launch;
  int64_t rows = g->batch[0] * g->batch[1] * g->m;
  StrBuf geometry = {0};
  sb_printf(&geometry, "epilogue: rows of C (%" PRId64 ") x cols %" PRId64, rows, g->n);
  rc_row_mapping(&geometry, l);
  cx->geometry = geometry.data;
  rc_signature(cx);
  const char *I = cx->idx;
  rc_thread_ids(cx, true);
  if (l.grid * l.rows_per_block != rows)
    sb_printf(cx->out, "  if (row >= %" PRId64 ") return;\n", rows);
  sb_printf(cx->out, "  const %s at = row", I);
  if (rows > g->m) sb_printf(cx->out, " %% %" PRId64, g->m);
  if (g->ldc != 1) sb_printf(cx->out, " * %" PRId64, g->ldc);
  if (g->batch[1] > 1)
    sb_printf(cx->out, " + row / %" PRId64 " %% %" PRId64 " * %" PRId64, g->m, g->batch[1],
              g->stride_c[1]);
  if (g->batch[0] > 1)
    sb_printf(cx->out, " + row / %" PRId64 " * %" PRId64, g->m * g->batch[1], g->stride_c[0]);
  sb_puts(cx->out, ";\n");
  if (l.row_threads > 1)
    sb_printf(cx->out, "  for (%s c = t; c < %" PRId64 "; c += %d) {\n", I, g->n, l.row_threads);
  else
    sb_printf(cx->out, "  for (%s c = 0; c < %" PRId64 "; c++) {\n", I, g->n);
  sb_printf(cx->out, "    float v = %sb%d[at + c]%s;\n", rc_widen_open(cx, g->c), cx->arg[g->c],
            rc_conv_close(cx, g->c));
  if (g->bias >= 0)
    sb_printf(cx->out, "    v = v + %sb%d[c]%s;\n", rc_widen_open(cx, g->bias), cx->arg[g->bias],
              rc_conv_close(cx, g->bias));
  if (g->aux >= 0)
    sb_printf(cx->out, "    b%d[at + c] = %sv%s;\n", cx->arg[g->aux], rc_narrow_open(cx, g->aux),
              rc_conv_close(cx, g->aux));
  if (g->act == KACT_GELU) {
    sb_puts(cx->out, "    v = 0.5f * v * (1.0f + erff(v / ");
    rc_float(cx->out, 1.41421356f);
    sb_puts(cx->out, "));\n");
  }
  sb_printf(cx->out, "    b%d[at + c] = %sv%s;\n  }\n}\n\n", cx->arg[g->c],
            rc_narrow_open(cx, g->c), rc_conv_close(cx, g->c));
}
