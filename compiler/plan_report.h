// plan_report.h — plan.txt, the readable record of a CompiledModel (compile.h) that
// `bertc compile` writes beside the generated code: the program and buckets; the arenas'
// sizes and their sum (the peak); the parameter table (offset, group, shape, HF name); the
// IO tensors; the training variants; then per program (CompiledModel.programs order) its
// totals and its kernels (kind, name, FLOPs, bytes, what it computes). Deterministic.
#ifndef BERTC_PLAN_REPORT_H
#define BERTC_PLAN_REPORT_H

#include "compile.h"

#include <stdio.h>

void plan_report_write(const CompiledModel *m, FILE *out);

#endif
