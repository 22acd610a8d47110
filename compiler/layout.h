// layout.h — the fixed layouts fusion (fuse.h) lowers against, made once per model from
// its forward graphs before any program is fused: every parameter's place in the parameter
// arena (the same place in the gradient and both AdamW-moment arenas, so the optimizer is
// one pass over [trainable_offset, elems)), and every IO tensor's place in the IO arena.
// Activations are not here: the memory plan (plan.h) places them per program.
#ifndef BERTC_LAYOUT_H
#define BERTC_LAYOUT_H

#include "graph.h"

// Parameters in Graph.params order, each 16-element (64-byte) aligned, in one arena.
// The same layout indexes grads and both AdamW moments.
typedef struct {
  int n;
  char **name;     // [n] HF names
  Shape *shape;    // [n]
  int *group;      // [n] bertrt_param.group
  int64_t *offset; // [n] elements
  int64_t elems;   // total, a multiple of 16
} ParamLayout;

// IO tensors (bertrt_tensor): the graph's inputs in node order, then its outputs, each
// 64-byte aligned; laid out once for the largest bucket, smaller buckets use the same
// offsets with their own shapes.
typedef struct {
  int n;
  char **name;
  DType *dtype;
  int64_t *offset;    // bytes into the IO arena
  int64_t *max_elems; // elements at the largest bucket
  int64_t bytes;
} IoLayout;

// The parameter arena of `g` (any bucket's graph: parameters do not depend on seq_len).
ParamLayout layout_params(const Graph *g);
// The IO arena, sized by the graph of the largest bucket.
IoLayout layout_io(const Graph *largest_bucket_graph);
// The index of IO tensor `name`; -1 when absent.
int layout_io_find(const IoLayout *io, const char *name);

#endif
