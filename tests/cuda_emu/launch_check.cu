// launch_check.cu — CUDA C++ equivalents of the two kernels of the hand-written PTX of
// tests/runtime/test_device_cuda.c, so that its gpu mode runs under the CUDA emulator
// (runtime.sh): body_0 writes out[i] = i, body_1 out[i] = n - i, for i < n over a 1-D grid.
// Compiled with -DBREAK_BARRIER or -DBREAK_BOUNDS, body_0 has a bug the emulator must report
// (runtime.sh checks that it does): a __syncwarp naming lanes that returned (a deadlock on a
// GPU), or stores past the end of its buffer.
extern "C" __global__ void body_0(float *out, unsigned n) {
  const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
#if defined(BREAK_BARRIER)
  if (threadIdx.x % 32 >= 16) return;
  __syncwarp(); // all 32 lanes
#elif defined(BREAK_BOUNDS)
  if (i < n) out[i + n] = (float)i;
#endif
  if (i < n) out[i] = (float)i;
}

extern "C" __global__ void body_1(float *out, unsigned n) {
  const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) out[i] = (float)(n - i);
}
