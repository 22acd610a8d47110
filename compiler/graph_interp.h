// graph_interp.h — a plain reference evaluator of the graph IR (graph.h).
//
// The living definition of every op: one straightforward loop nest per op kind, in
// double precision, optionally rounding every stored element to float as an f32 program
// stores it. Tests compare autodiff (finite differences) and the fused kernels with it.
#ifndef BERTC_GRAPH_INTERP_H
#define BERTC_GRAPH_INTERP_H

#include "graph.h"

typedef struct {
  bool dropout_on;     // OP_DROPOUT applies its mask (bertrt_ctx.dropout_on); else identity
  uint32_t seed, step; // dropout key (bertrt_ctx.seed, bertrt_ctx.step)
  bool f32;            // round every computed element to float (f32 storage)
} InterpOptions;

// vals[n] holds node n's elements, row-major (outermost first); i32 tensors hold their
// integers as exact doubles. The caller fills every OP_INPUT and OP_PARAM node of
// [0, end); graph_eval allocates (or reuses) and computes every other node of [0, end) in
// order, e.g. end = g->n_forward for the forward pass only.
void graph_eval(const Graph *g, const InterpOptions *opt, double **vals, int end);

// Frees what graph_eval allocated (every node but inputs and parameters), NULLing it.
void graph_eval_free(const Graph *g, double **vals);

#endif
