// optimizer.h — the optimizer step as a kernel-IR program (optimizer.c), one per training
// variant: it updates the trainable slice of the parameter arena in place from the gradient
// arena and the two AdamW moment arenas, which share the parameters' layout.
#ifndef BERTC_OPTIMIZER_H
#define BERTC_OPTIMIZER_H

#include "kir.h"
#include "layout.h"

// The optimizer step of one variant: when train.grad_clip > 0, the global L2 norm of the
// trainable gradients and the clip coefficient min(1, clip / (norm + 1e-6)); then AdamW
// (torch.optim.AdamW semantics, decoupled weight decay on every trainable element) over
// [trainable_offset, param_elems).
KProgram *fuse_optimizer(const Spec *spec, const ParamLayout *layout, int64_t trainable_offset,
                         const char *entry_name);

#endif
