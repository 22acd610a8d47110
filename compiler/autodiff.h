// autodiff.h — stage 3: reverse-mode differentiation of a forward graph.
#ifndef BERTC_AUTODIFF_H
#define BERTC_AUTODIFF_H

#include "graph.h"

// Appends to `g` the backward pass of g->loss with respect to every parameter p for which
// trainable[p] is true (indexing g->params) and sets g->params[p].grad. Each op kind
// states its backward as more graph ops (one switch); gradients reaching a node from
// several consumers are summed. Frozen parameters get no gradient, and no backward node
// is emitted for any node that no trainable parameter depends on.
void autodiff(Graph *g, const bool *trainable);

#endif
