// render_cuda.h — what the files of the cuda renderer (render.h: render_cuda) share; not a
// stage contract.
//   render_cuda.c          kernels.cu: the preamble, the bodies in the schedule's order, the
//                          launch table
//   render_cuda_loop.c     a K_LOOP's body: expressions, phases, rows or sums over rows
//   render_cuda_kernels.c  the other bodies (scatter-add, attention, a GEMM's epilogue) and
//                          what every body prints: element access, conversions, signature
// Every decision (geometry, arguments, restrict, index width, barriers) is the kernel's
// KernelSchedule (schedule.h); these files print it.
#ifndef BERTC_RENDER_CUDA_H
#define BERTC_RENDER_CUDA_H

#include "render.h"
#include "util.h"

// The kernel being printed.
typedef struct {
  StrBuf *out;
  const KProgram *p;
  const Kernel *k;
  const KernelSchedule *ks;
  const KLoop *loop; // K_LOOP kernels
  const char *idx;   // the index type: "int", or "long long" (ks->index64)
  const char *col;   // the column in the current phase: "c", "col" or "0" (KP_LET)
  const char *row;   // the flat row index
  bool *live;        // [exprs] needed by the current phase
  int *uses;         // [exprs] uses within the current phase
  int *arg;          // [bufs] the body's argument bN holding the buffer, -1 when none
  char *geometry;    // for the body's comment
  size_t name_at;    // where the body's name goes in *out (rc_signature)
} Cx;

// The body of each kind, printed into cx->out with its name left out (cx->name_at).
void rc_loop_kernel(Cx *cx);
void rc_scatter_kernel(Cx *cx);
void rc_attention_kernel(Cx *cx);
void rc_epilogue_kernel(Cx *cx);

// Around a loaded element: its widening to float when the buffer is bf16; around a stored
// value: its rounding; rc_conv_close ends either.
const char *rc_widen_open(const Cx *cx, int buf);
const char *rc_narrow_open(const Cx *cx, int buf);
const char *rc_conv_close(const Cx *cx, int buf);
// A float as a C++ literal that reads back to the same bits.
void rc_float(StrBuf *sb, float v);
// bN[index] of a K_LOOP, through the id buffer of `via` when it has one.
void rc_index(StrBuf *sb, const Cx *cx, const KIndex *ix);
// `bN[index] = ` before a stored value (rounding to bf16 opened); rc_close_store ends it.
void rc_open_store(StrBuf *sb, const Cx *cx, const KIndex *dst);
void rc_close_store(StrBuf *sb, const Cx *cx, const KIndex *dst);
// `extern "C" __global__ void __launch_bounds__(B)\n(ctx, T *bN..., uint32_t siteN...) {`,
// the name left out at cx->name_at: the schedule's arguments, const when only read.
void rc_signature(Cx *cx);
// ", T threads per row[, R rows per block]" of a row kernel.
void rc_row_mapping(StrBuf *sb, CudaLaunch l);
// `t`, the thread's place in its row (when the row has several), and `row`, the flat row
// index (when `need_row`).
void rc_thread_ids(Cx *cx, bool need_row);
// Names the access of an argument: "read", "written", "updated".
const char *rc_access_name(SchedAccess a);

#endif
