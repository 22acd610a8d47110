// fuse.h — stage 4: lowering a (differentiated) graph into kernel IR, fusing as it goes:
// pointwise chains become one K_LOOP expression tree (a producer with one consumer is
// inlined into its consumer's loads), bias adds and gelu fold into GEMM epilogues, layer
// norm / softmax / cross-entropy / bias-grad become row or column reductions, embeddings
// become gathers (via-indexed loads) and a deterministic scatter-add, and each multi-head
// self-attention (heads of at most KIR_ATTENTION_MAX_HEAD_DIM columns) becomes K_ATTENTION
// kernels. The optimizer step's program is optimizer.h's.
#ifndef BERTC_FUSE_H
#define BERTC_FUSE_H

#include "kir.h"
#include "layout.h"

// The program computing the graph's outputs (and, after autodiff, the gradients of the
// trainable parameters into the GRADS arena). Parameter, gradient and IO buffers get their
// fixed offsets from `layout`; activation offsets are left to plan_program.
KProgram *fuse_graph(const Graph *g, const ParamLayout *layout, const IoLayout *io,
                     const char *entry_name, bool with_backward);

#endif
