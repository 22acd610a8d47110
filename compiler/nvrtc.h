// nvrtc.h — NVRTC, the CUDA runtime compiler, loaded at run time: compiles kernels.cu
// (render_cuda.c) to a CUBIN for each requested GPU architecture and once to PTX (the
// lowest architecture's compute_XX) as the fallback, and reads ptxas's per-kernel resource
// usage from its log. bertc builds and runs without CUDA: libnvrtc is found with dlopen in
// $CUDA_HOME/lib64, then /usr/local/cuda/lib64, then the loader's search path.
#ifndef BERTC_NVRTC_H
#define BERTC_NVRTC_H

#include "util.h"

#include <stdio.h>

enum { NVRTC_MAX_ARCHS = 8 };

// What ptxas reports for one __global__ function.
typedef struct {
  char *name;
  int registers;    // per thread
  int spill_stores; // bytes
  int spill_loads;  // bytes
  int smem;         // static shared memory, bytes
} NvrtcKernel;

typedef struct {
  char arch[16]; // "sm_80"
  char *cubin;
  size_t cubin_bytes;
  int n_kernels;
  NvrtcKernel *kernels; // [n_kernels] sorted by name
} NvrtcImage;

typedef struct {
  int version_major, version_minor; // of libnvrtc
  int n_images;
  NvrtcImage images[NVRTC_MAX_ARCHS];
  char ptx_arch[16]; // "compute_80"
  char *ptx;
  size_t ptx_bytes;
} NvrtcOutput;

// Parses a comma-separated list of architectures, "sm_80,sm_90", into `archs`, or "none"
// (no compilation: *n_archs = 0); false when an entry is not sm_NN (two or three digits)
// or there are more than NVRTC_MAX_ARCHS.
bool nvrtc_parse_archs(const char *list, char archs[][16], int *n_archs);

// Loads libnvrtc once. False, with *why naming the places searched, when none loads.
bool nvrtc_load(char **why);

// Compiles the CUDA source at `cu_path` for n_archs >= 1 architectures (options -default-device
// --std=c++17 -Xptxas=-v, IEEE math) for every arch and to PTX. On a compile error returns false
// and sets *error to NVRTC's log, each diagnostic followed by the kernels.cu line it names.
bool nvrtc_compile(const char *cu_path, const char archs[][16], int n_archs, NvrtcOutput *out,
                   char **error);

// The `cuda kernels` section of plan.cuda.txt: per arch the totals, then one line per
// kernel with registers, spill bytes (stores + loads) and static shared memory per arch.
void nvrtc_write_report(FILE *out, const NvrtcOutput *r);

#endif
