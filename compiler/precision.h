// precision.h — stage 4b: the storage types of an entry point under `precision: bf16` (the
// cuda target only; the cpu target refuses it). It runs after fusion (fuse.h) and before the
// memory plan (plan.h), which then sizes every buffer by its type.
//
// Under bf16 (precision_lower):
//  - Activations are stored as bf16: every f32 buffer of the activation arena that holds a
//    graph value, except the values kept f32: layernorm statistics, the attention mask's
//    bias (its -inf-like minimum does not survive the rounding), the loss and the count of
//    rows it averages. Fusion's own temporaries (a row's log-sum-exp, attention's lse and
//    delta, the gradient norm's partial sums) stay f32, as do parameters, gradients, the
//    AdamW moments and the IO arena: master weights, moments, statistics, softmax
//    normalisers and the loss are fp32, as the issue of the bf16 precision asks.
//  - Every GEMM reads bf16 A and B (tensor cores, f32 accumulation; C keeps its type, f32
//    for a parameter's gradient): an f32 parameter operand is read through a bf16 copy that
//    a cast kernel makes just before the first GEMM of the entry point reading it (parameters
//    do not change during an entry point), and a GEMM's bias gets C's type the same way; so
//    is an f32 IO output (written once, before: the last hidden state under a QA head).
//  - Each kernel's estimated bytes (kir_bytes) are recomputed for the new types.
// Arithmetic is f32 throughout (kir.h): only storage changes.
//
// Under fp32 it does nothing.
#ifndef BERTC_PRECISION_H
#define BERTC_PRECISION_H

#include "kir.h"

// `g` is the graph `p` was fused from (KBuf.node indexes it); NULL for programs with no
// graph (the optimizer), which have no activations to store in bf16.
void precision_lower(KProgram *p, const Graph *g, Precision precision);

#endif
