// device_cuda_run.c — bertrt_cuda_run (bertrt_abi.h): a launch described as data, turned
// into cuLaunchKernel's argument array. Generated host code calls this once per kernel.
#include "bertrt_abi.h"

#include <stdio.h>
#include <stdlib.h>

enum { MAX_PARAMS = 64 };

void bertrt_cuda_run(bertrt_ctx *ctx, const bertrt_cuda_kernel *k) {
  void *params[MAX_PARAMS];
  void *bases[MAX_PARAMS];
  uint32_t sites[MAX_PARAMS];
  if (k->n_bases < 0 || k->n_sites < 0 || 1 + k->n_bases + k->n_sites > MAX_PARAMS) {
    fprintf(stderr, "internal error: body_%lld has %lld bases and %lld sites (at most %d)\n",
            (long long)k->fn, (long long)k->n_bases, (long long)k->n_sites, MAX_PARAMS - 1);
    exit(1);
  }
  int n = 0;
  params[n++] = ctx; // the body's bertrt_kernel_ctx: the first 72 bytes of *ctx
  for (int64_t i = 0; i < k->n_bases; i++) {
    int64_t arena = k->bases[2 * i], offset = k->bases[2 * i + 1];
    bases[i] = (char *)ctx->arena[arena] + offset;
    params[n++] = &bases[i];
  }
  for (int64_t i = 0; i < k->n_sites; i++) {
    sites[i] = (uint32_t)k->sites[i];
    params[n++] = &sites[i];
  }
  bertrt_cuda_launch(ctx, k->fn, k->grid, k->block, params);
}
