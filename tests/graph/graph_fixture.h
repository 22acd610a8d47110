// graph_fixture.h — what the graph and autodiff tests share: specs built in C (no YAML),
// deterministic random data, hand-built graphs, and a finite-difference gradient check
// run through the reference interpreter in double precision.
#ifndef BERTC_TEST_GRAPH_FIXTURE_H
#define BERTC_TEST_GRAPH_FIXTURE_H

#include "autodiff.h"
#include "graph_interp.h"

// specs/tiny_cls.yaml's values.
Spec tiny_cls_spec(void);

// Deterministic xorshift; uniform in [lo, hi).
double rand_uniform(uint64_t *rng, double lo, double hi);

// Hand-built graphs (no spec).
Graph *graph_new(void);
int add_param(Graph *g, const char *name, int rank, const int64_t *dims);
int add_input(Graph *g, const char *name, DType dt, int rank, const int64_t *dims);
int add_op(Graph *g, OpKind op, int rank, const int64_t *dims, int n_in, const int *in);
int add_matmul(Graph *g, int a, int b, int rank, const int64_t *dims, MatmulAttr mm);
// loss [1] = sum(y * weights), the weights a fixed random f32 input "loss_weights" of y's
// size: makes any node a scalar through a matmul; sets g->loss and g->n_forward.
void scalar_loss(Graph *g, int y);

// autodiff with every parameter trainable.
void train_all(Graph *g);

// Leaf values: every parameter uniform in [-scale, scale) (and every f32 input, which the
// caller may overwrite), every i32 input zero; vals has g->nodes.len slots, so take them
// after autodiff.
double **leaf_values(const Graph *g, uint64_t *rng, double scale);
void free_values(const Graph *g, double **vals);

// Compares each parameter's gradient (autodiff already run: train_all) with central
// differences of the loss, at every element or at `max_elems` random ones. Prints one
// line per parameter; returns the number without a gradient or failing
// max|ad - fd| <= tol * max(max|ad|, floor).
int fd_check(const Graph *g, double **vals, const InterpOptions *opt, int max_elems, double tol,
             uint64_t *rng);

#endif
