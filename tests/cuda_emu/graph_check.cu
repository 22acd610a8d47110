// graph_check.cu — the kernels of tests/cuda_emu/test_graph.c (graph.sh): one whose first
// parameter is a pointer to a context in device memory, as bertc's kernels take
// `const bertrt_kernel_ctx *__restrict__ ctx`, and one that takes a 24-byte struct by value,
// so that a captured launch must copy more than pointer-sized parameters.
struct graph_ctx {
  float scale, offset;
};

struct graph_affine {
  float mul;
  unsigned pad;
  unsigned long long add_bits; // the float to add, in the low 32 bits
  double unused;
};

// out[i] = in[i] * ctx->scale + ctx->offset
extern "C" __global__ void __launch_bounds__(64)
    body_0(const graph_ctx *__restrict__ ctx, const float *__restrict__ in,
           float *__restrict__ out, unsigned n) {
  const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = in[i] * ctx->scale + ctx->offset;
}

// out[i] = in[i] * f.mul + add + i
extern "C" __global__ void __launch_bounds__(64)
    body_1(graph_affine f, const float *__restrict__ in, float *__restrict__ out, unsigned n) {
  const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  float add;
  unsigned bits = (unsigned)f.add_bits;
  add = __uint_as_float(bits);
  if (i < n) out[i] = in[i] * f.mul + add + (float)i;
}
