// plan.h — stage 5: the static memory plan of one program. Input: a KProgram from fusion
// (fuse.h) with its buffer types final (precision.h), whose parameter, gradient, moment
// and IO buffers already have their offsets (layout.h). Output: every activation buffer's
// byte offset in the ACTS arena, and the program's activation peak.
#ifndef BERTC_PLAN_H
#define BERTC_PLAN_H

#include "kir.h"

// Places every activation buffer of `p` in the ACTS arena by liveness (a buffer is live
// from the kernel that first writes it to the kernel that last reads it; outputs of the
// entry point stay live to the end), each 64-byte aligned at the lowest offset no buffer
// live at the same time occupies, in order of first use; sets p->act_bytes to the peak.
// Deterministic.
void plan_program(KProgram *p);

#endif
