// plan.h — stage 5: the static memory plan, and the CompiledModel that every renderer
// consumes (one place holding all that was decided before rendering).
#ifndef BERTC_PLAN_H
#define BERTC_PLAN_H

#include "kir.h"

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

// IO tensors (bertrt_tensor), laid out once for the largest bucket; smaller buckets use
// the same offsets with their own shapes.
typedef struct {
  int n;
  char **name;
  DType *dtype;
  int64_t *offset;    // bytes into the IO arena
  int64_t *max_elems; // elements at the largest bucket
  int64_t bytes;
} IoLayout;

ParamLayout plan_params(const Graph *g);
IoLayout plan_io(const Graph *largest_bucket_graph);
int io_find(const IoLayout *io, const char *name); // -1 when absent

// Places every activation buffer of `p` in the ACTS arena by liveness (a buffer is live
// from the kernel that first writes it to the kernel that last reads it; outputs of the
// entry point stay live to the end) and sets p->act_bytes to the peak.
void plan_program(KProgram *p);

typedef struct {
  Strategy strategy;
  int unfrozen_layers;      // encoder layers that train, from the top
  int64_t trainable_offset; // first trainable element of the parameter arena
} Variant;

typedef struct {
  int seq_len;
  KProgram *forward;
  KProgram **train; // [n_variants]
  Shape *io_shape;  // [io.n] this bucket's shapes of the IO tensors
  int64_t flops_forward, flops_train;
} Bucket;

typedef struct {
  const Spec *spec;
  ParamLayout params;
  IoLayout io;
  int n_variants;
  Variant *variants;
  KProgram **optimizer; // [n_variants]
  int n_buckets;
  Bucket *buckets;
  // Every entry point's program once, in the order reports and renderers emit them: per
  // bucket its forward, then its training variants; then the optimizers.
  int n_programs;
  KProgram **programs;
  int64_t arena_bytes[BERTRT_ARENA_COUNT];
} CompiledModel;

// Runs spec -> graph -> autodiff -> fuse -> plan for every bucket and variant.
CompiledModel *compile_model(const Spec *spec);
// plan.txt: arenas, parameter table, per program its kernels (kind, name, FLOPs, bytes,
// buffers) and the activation peak. Deterministic.
void plan_write_report(const CompiledModel *m, FILE *out);

#endif
