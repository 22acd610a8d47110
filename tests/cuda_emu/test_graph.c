// test_graph.c — CUDA graphs on the CUDA emulator (graph.sh): stream capture, instantiation
// and replay in the emulated driver (fake_cuda.c) and cuBLASLt (fake_cublaslt.c), both
// opened with dlopen from $BERTC_LIBCUDA and $BERTC_LIBCUBLASLT as the runtime opens them,
// with graph_check.cu as the kernels module ($BERTC_EMU_KERNELS).
//
//   test_graph          a capture of a memset, a kernel launch whose first parameter points
//                       at a context in device memory, a cuBLASLt matmul and a launch with a
//                       struct by value: nothing runs during the capture; the graph's
//                       arguments are copies (the caller's kernelParams, scalars, descriptor
//                       and layouts are overwritten or destroyed before replay, and the graph
//                       itself after instantiation); each replay runs the operations in
//                       order on the memory's contents at that time, any number of times.
//                       Then the misuses CUDA refuses during a capture (900, 901, 401, ...),
//                       and the stream working normally afterwards.
//   test_graph bad-ctx  a captured launch whose context pointer is host memory: the replay
//                       must die with the emulator's report (graph.sh checks it).
#include "cuda_api.h"

#include <dlfcn.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  UNSUPPORTED = 900, // CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED
  INVALIDATED = 901, // CUDA_ERROR_STREAM_CAPTURE_INVALIDATED
  ILLEGAL_STATE = 401,
  MODE_GLOBAL = 0,
  MODE_RELAXED = 2,
};

#define SLOT(name, params) bertrt_pfn_##name name;
static struct {
  BERTRT_CU_DRIVER_API(SLOT)
  BERTRT_LT_API(SLOT)
} api;
#undef SLOT

static int failures;

#define CHECK(cond, ...)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "test_graph.c:%d: FAIL: ", __LINE__);                                        \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fprintf(stderr, "\n");                                                                       \
      failures++;                                                                                  \
    }                                                                                              \
  } while (0)
// A driver call (CUresult) returning `want`.
#define EXPECT(want, call)                                                                         \
  do {                                                                                             \
    int got_ = (call);                                                                             \
    CHECK(got_ == (want), "%s returned %d, expected %d", #call, got_, (want));                     \
  } while (0)
#define CU(call) EXPECT(BERTRT_CU_SUCCESS, call)
#define LT(call) EXPECT(BERTRT_LT_STATUS_SUCCESS, call)

static void *open_lib(const char *env) {
  const char *path = getenv(env);
  if (!path || !*path) {
    fprintf(stderr, "test_graph: set %s\n", env);
    exit(2);
  }
  void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "test_graph: %s\n", dlerror());
    exit(2);
  }
  return lib;
}

static void load_api(void) {
  void *cu = open_lib("BERTC_LIBCUDA"), *lt = open_lib("BERTC_LIBCUBLASLT");
  void *sym;
#define LOAD(lib, name)                                                                            \
  if (!(sym = dlsym(lib, #name))) {                                                                \
    fprintf(stderr, "test_graph: no %s\n", #name);                                                 \
    exit(2);                                                                                       \
  }                                                                                                \
  memcpy(&api.name, &sym, sizeof sym);
#define LOAD_CU(name, params) LOAD(cu, name)
#define LOAD_LT(name, params) LOAD(lt, name)
  BERTRT_CU_DRIVER_API(LOAD_CU)
  BERTRT_LT_API(LOAD_LT)
#undef LOAD_LT
#undef LOAD_CU
#undef LOAD
}

static unsigned bits_of(float f) {
  unsigned u;
  memcpy(&u, &f, sizeof u);
  return u;
}

// graph_check.cu's parameter types
typedef struct {
  float scale, offset;
} graph_ctx;

typedef struct {
  float mul;
  unsigned pad;
  unsigned long long add_bits;
  double unused;
} graph_affine;

// The problem: tmp (M x K) = in * scale + offset; D (M x N) = ALPHA tmp B (B K x N);
// out = D * MUL + ADD + i; marker = 42 (a captured cuMemsetD32Async).
#define M     5
#define K     3
#define N     4
#define ALPHA 1.5f
#define MUL   0.25f
#define ADD   -2.0f

static bertrt_cu_stream stream;
static bertrt_cu_function body[2];
static bertrt_cu_deviceptr dctx, din, db, dtmp, dd, dout, dmarker;
static bertrt_lt_handle lt_handle;
static bertrt_lt_algo algo;

typedef struct {
  bertrt_lt_matmul_desc desc;
  bertrt_lt_layout a, b, d;
} gemm_descs;

static gemm_descs make_descs(void) {
  gemm_descs g;
  LT(api.cublasLtMatmulDescCreate(&g.desc, BERTRT_LT_COMPUTE_32F, BERTRT_LT_R_32F));
  LT(api.cublasLtMatrixLayoutCreate(&g.a, BERTRT_LT_R_32F, M, K, M));
  LT(api.cublasLtMatrixLayoutCreate(&g.b, BERTRT_LT_R_32F, K, N, K));
  LT(api.cublasLtMatrixLayoutCreate(&g.d, BERTRT_LT_R_32F, M, N, M));
  return g;
}

static void destroy_descs(gemm_descs g) {
  LT(api.cublasLtMatmulDescDestroy(g.desc));
  LT(api.cublasLtMatrixLayoutDestroy(g.a));
  LT(api.cublasLtMatrixLayoutDestroy(g.b));
  LT(api.cublasLtMatrixLayoutDestroy(g.d));
}

static void upload(bertrt_cu_deviceptr dst, const void *src, size_t bytes) {
  CU(api.cuMemcpyHtoDAsync_v2(dst, src, bytes, stream));
  CU(api.cuStreamSynchronize(stream));
}

static void download(void *dst, bertrt_cu_deviceptr src, size_t bytes) {
  CU(api.cuMemcpyDtoHAsync_v2(dst, src, bytes, stream));
  CU(api.cuStreamSynchronize(stream));
}

static void fill(bertrt_cu_deviceptr dst, size_t n, float value) {
  float host[M * N];
  for (size_t i = 0; i < n; i++)
    host[i] = value;
  upload(dst, host, n * sizeof(float));
}

// Whether the n floats at dev all equal value.
static bool all_equal(bertrt_cu_deviceptr dev, size_t n, float value) {
  float host[M * N];
  download(host, dev, n * sizeof(float));
  for (size_t i = 0; i < n; i++)
    if (host[i] != value) return false;
  return true;
}

// Issues the four operations on the stream, their arguments in this frame (scribble
// overwrites them after).
__attribute__((noinline)) static void issue(const gemm_descs *g) {
  CU(api.cuMemsetD32Async(dmarker, bits_of(42.0f), 4, stream));
  unsigned n0 = M * K;
  bertrt_cu_deviceptr ctx = dctx, in = din, out = dtmp;
  void *args0[] = {&ctx, &in, &out, &n0};
  CU(api.cuLaunchKernel(body[0], 1, 1, 1, 64, 1, 1, 0, stream, args0, NULL));
  float alpha = ALPHA, beta = 0.0f;
  LT(api.cublasLtMatmul(lt_handle, g->desc, &alpha, (const void *)(uintptr_t)dtmp, g->a,
                        (const void *)(uintptr_t)db, g->b, &beta, (const void *)(uintptr_t)dd, g->d,
                        (void *)(uintptr_t)dd, g->d, &algo, NULL, 0, stream));
  graph_affine f = {MUL, 0, bits_of(ADD), 0.0};
  unsigned n1 = M * N;
  bertrt_cu_deviceptr in1 = dd, out1 = dout;
  void *args1[] = {&f, &in1, &out1, &n1};
  CU(api.cuLaunchKernel(body[1], 1, 1, 1, 64, 1, 1, 0, stream, args1, NULL));
}

// Overwrites the stack below the caller's frame: where issue's arguments were.
__attribute__((noinline)) static void scribble(void) {
  volatile unsigned char junk[16384];
  for (size_t i = 0; i < sizeof junk; i++)
    junk[i] = 0xAB;
}

// out expected for these inputs.
static void reference(const float in[M * K], float scale, float offset, const float b[K * N],
                      float out[M * N]) {
  float tmp[M * K];
  for (int i = 0; i < M * K; i++)
    tmp[i] = in[i] * scale + offset;
  for (int j = 0; j < N; j++)
    for (int i = 0; i < M; i++) {
      float acc = 0.0f;
      for (int q = 0; q < K; q++)
        acc += tmp[i + q * M] * b[q + j * K];
      float d = ALPHA * acc + 0.0f;
      out[i + j * M] = d * MUL + ADD + (float)(i + j * M);
    }
}

static void check_out(const char *when, const float in[M * K], float scale, float offset,
                      const float b[K * N]) {
  float want[M * N], got[M * N];
  reference(in, scale, offset, b, want);
  download(got, dout, sizeof got);
  int bad = 0;
  for (int i = 0; i < M * N; i++)
    if (fabsf(got[i] - want[i]) > 1e-5f * fmaxf(1.0f, fabsf(want[i]))) {
      if (!bad)
        fprintf(stderr, "test_graph: %s: out[%d] = %.9g, expected %.9g\n", when, i, got[i],
                want[i]);
      bad++;
    }
  CHECK(!bad, "%s: %d of %d outputs wrong", when, bad, M * N);
  CHECK(all_equal(dmarker, 4, 42.0f), "%s: the captured cuMemsetD32Async did not run", when);
}

static void set_ctx(float scale, float offset) {
  CU(api.cuMemsetD32Async(dctx, bits_of(scale), 1, stream));
  CU(api.cuMemsetD32Async(dctx + 4, bits_of(offset), 1, stream));
}

// Resets every buffer the graph writes to -1.
static void sentinels(void) {
  fill(dtmp, M * K, -1.0f);
  fill(dd, M * N, -1.0f);
  fill(dout, M * N, -1.0f);
  fill(dmarker, 4, -1.0f);
}

static void capture_and_replay(void) {
  float in[M * K], b[K * N];
  for (int i = 0; i < M * K; i++)
    in[i] = (float)(i % 7) - 2.0f;
  for (int i = 0; i < K * N; i++)
    b[i] = 0.5f * (float)(i % 5) - 1.0f;
  upload(din, in, sizeof in);
  upload(db, b, sizeof b);
  set_ctx(2.0f, 0.5f);
  graph_ctx host_ctx;
  download(&host_ctx, dctx, sizeof host_ctx);
  CHECK(host_ctx.scale == 2.0f && host_ctx.offset == 0.5f,
        "cuMemsetD32Async outside a capture: ctx %g %g", host_ctx.scale, host_ctx.offset);
  sentinels();

  gemm_descs g = make_descs();
  bertrt_cu_graph graph = NULL;
  CU(api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
  issue(&g);
  scribble();
  CU(api.cuStreamEndCapture(stream, &graph));
  CHECK(graph != NULL, "cuStreamEndCapture gave no graph");
  // nothing ran
  CHECK(all_equal(dtmp, M * K, -1.0f) && all_equal(dd, M * N, -1.0f) &&
            all_equal(dout, M * N, -1.0f) && all_equal(dmarker, 4, -1.0f),
        "the captured operations ran during the capture");
  bertrt_cu_graph_exec exec = NULL;
  CU(api.cuGraphInstantiateWithFlags(&exec, graph, 0));
  // the executable graph is independent of the graph, and of the matmul's descriptors
  CU(api.cuGraphDestroy(graph));
  int32_t op_t = BERTRT_LT_OP_T;
  LT(api.cublasLtMatmulDescSetAttribute(g.desc, BERTRT_LT_MATMUL_DESC_TRANSA, &op_t, sizeof op_t));
  destroy_descs(g);

  CU(api.cuGraphLaunch(exec, stream));
  CU(api.cuStreamSynchronize(stream));
  check_out("first replay", in, 2.0f, 0.5f, b);

  // new inputs and a new scale, outside any capture: the replay reads them
  for (int i = 0; i < M * K; i++)
    in[i] = 0.25f * (float)(i % 4) + 1.0f;
  upload(din, in, sizeof in);
  set_ctx(-3.0f, 0.5f);
  sentinels();
  CU(api.cuGraphLaunch(exec, stream));
  CU(api.cuStreamSynchronize(stream));
  check_out("second replay, new input and scale", in, -3.0f, 0.5f, b);
  for (int r = 0; r < 3; r++) {
    sentinels();
    CU(api.cuGraphLaunch(exec, stream));
  }
  CU(api.cuStreamSynchronize(stream));
  check_out("fifth replay", in, -3.0f, 0.5f, b);
  CU(api.cuGraphExecDestroy(exec));
  CHECK(api.cuGraphExecDestroy(exec) != BERTRT_CU_SUCCESS, "an executable graph destroyed twice");
  CHECK(api.cuGraphDestroy(graph) != BERTRT_CU_SUCCESS, "a graph destroyed twice");

  // without capture the same calls run at once
  g = make_descs();
  sentinels();
  issue(&g);
  check_out("eager", in, -3.0f, 0.5f, b);
  destroy_descs(g);
}

// Begins a capture, makes `call` (which must fail with `code`), checks that the capture is
// invalidated: cuStreamEndCapture returns 901 and no graph.
#define REFUSED(code, call)                                                                        \
  do {                                                                                             \
    CU(api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));           \
    EXPECT(code, call);                                                                            \
    bertrt_cu_graph graph_ = (bertrt_cu_graph)&graph_;                                             \
    EXPECT(INVALIDATED, api.cuStreamEndCapture(stream, &graph_));                                  \
    CHECK(graph_ == NULL, "an invalidated capture gave a graph");                                  \
  } while (0)

static void misuses(void) {
  float host[4] = {0};
  bertrt_cu_deviceptr p = 0;
  size_t free_bytes, total;
  // an empty graph to launch
  bertrt_cu_graph graph = NULL;
  bertrt_cu_graph_exec exec = NULL;
  CU(api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
  CU(api.cuStreamEndCapture(stream, &graph));
  CU(api.cuGraphInstantiateWithFlags(&exec, graph, 0));
  CU(api.cuGraphLaunch(exec, stream));

  REFUSED(ILLEGAL_STATE,
          api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
  REFUSED(UNSUPPORTED, api.cuStreamSynchronize(stream));
  REFUSED(UNSUPPORTED, api.cuMemcpyHtoDAsync_v2(dmarker, host, sizeof host, stream));
  REFUSED(UNSUPPORTED, api.cuMemcpyDtoHAsync_v2(host, dmarker, sizeof host, stream));
  REFUSED(UNSUPPORTED, api.cuMemAlloc_v2(&p, 64));
  REFUSED(UNSUPPORTED, api.cuMemFree_v2(dmarker));
  REFUSED(UNSUPPORTED, api.cuMemGetInfo_v2(&free_bytes, &total));
  REFUSED(UNSUPPORTED, api.cuGraphLaunch(exec, stream));
  CHECK(p == 0, "cuMemAlloc during a capture allocated");
  bertrt_cu_graph none = NULL;
  EXPECT(ILLEGAL_STATE, api.cuStreamEndCapture(stream, &none)); // not capturing
  EXPECT(UNSUPPORTED,
         api.cuStreamBeginCapture_v2(NULL, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));

  // after an invalidating call, the stream refuses work until the capture ends, and nothing
  // recorded before runs
  fill(dmarker, 4, -1.0f);
  gemm_descs g = make_descs();
  float alpha = 1.0f, beta = 0.0f;
  CU(api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
  CU(api.cuMemsetD32Async(dmarker, bits_of(42.0f), 4, stream));
  EXPECT(UNSUPPORTED, api.cuStreamSynchronize(stream));
  EXPECT(INVALIDATED, api.cuMemsetD32Async(dmarker, bits_of(42.0f), 4, stream));
  CHECK(api.cublasLtMatmul(lt_handle, g.desc, &alpha, (const void *)(uintptr_t)dtmp, g.a,
                           (const void *)(uintptr_t)db, g.b, &beta, (const void *)(uintptr_t)dd,
                           g.d, (void *)(uintptr_t)dd, g.d, &algo, NULL, 0,
                           stream) != BERTRT_LT_STATUS_SUCCESS,
        "cublasLtMatmul on a stream whose capture is invalidated succeeded");
  none = (bertrt_cu_graph)&none;
  EXPECT(INVALIDATED, api.cuStreamEndCapture(stream, &none));
  CHECK(none == NULL, "an invalidated capture gave a graph");
  CHECK(all_equal(dmarker, 4, -1.0f), "an operation of an invalidated capture ran");
  destroy_descs(g);

  // a RELAXED capture permits the calls that may synchronize; the memory is usable
  CU(api.cuStreamBeginCapture_v2(stream, MODE_RELAXED));
  CU(api.cuMemAlloc_v2(&p, 64));
  CU(api.cuMemGetInfo_v2(&free_bytes, &total));
  CU(api.cuMemFree_v2(p));
  bertrt_cu_graph relaxed = NULL;
  CU(api.cuStreamEndCapture(stream, &relaxed));
  CU(api.cuGraphDestroy(relaxed));
  // a GLOBAL one refuses them too
  CU(api.cuStreamBeginCapture_v2(stream, MODE_GLOBAL));
  EXPECT(UNSUPPORTED, api.cuMemGetInfo_v2(&free_bytes, &total));
  EXPECT(INVALIDATED, api.cuStreamEndCapture(stream, &relaxed));

  // and the stream works as before
  CU(api.cuGraphLaunch(exec, stream));
  CU(api.cuMemsetD32Async(dmarker, bits_of(7.0f), 4, stream));
  CU(api.cuStreamSynchronize(stream));
  CHECK(all_equal(dmarker, 4, 7.0f), "the stream does not work after the refused captures");
  CU(api.cuGraphExecDestroy(exec));
  CU(api.cuGraphDestroy(graph));
}

// A captured launch whose context pointer is not device memory: the replay must die with
// the emulator's report (graph.sh).
static void bad_ctx(void) {
  static graph_ctx host_ctx = {1.0f, 0.0f};
  bertrt_cu_deviceptr ctx = (bertrt_cu_deviceptr)(uintptr_t)&host_ctx, in = din, out = dtmp;
  unsigned n = M * K;
  void *args[] = {&ctx, &in, &out, &n};
  bertrt_cu_graph graph = NULL;
  bertrt_cu_graph_exec exec = NULL;
  CU(api.cuStreamBeginCapture_v2(stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
  CU(api.cuLaunchKernel(body[0], 1, 1, 1, 64, 1, 1, 0, stream, args, NULL));
  CU(api.cuStreamEndCapture(stream, &graph));
  CU(api.cuGraphInstantiateWithFlags(&exec, graph, 0));
  fprintf(stderr, "test_graph bad-ctx: replaying (the emulator must stop it)\n");
  api.cuGraphLaunch(exec, stream);
  fprintf(stderr, "test_graph bad-ctx: FAIL: the replay returned\n");
  exit(1);
}

int main(int argc, char **argv) {
  bool bad = argc > 1 && !strcmp(argv[1], "bad-ctx");
  load_api();
  bertrt_cu_device dev;
  bertrt_cu_context context;
  bertrt_cu_module module;
  CU(api.cuInit(0));
  CU(api.cuDeviceGet(&dev, 0));
  CU(api.cuDevicePrimaryCtxRetain(&context, dev));
  CU(api.cuCtxSetCurrent(context));
  CU(api.cuStreamCreate(&stream, BERTRT_CU_STREAM_NON_BLOCKING));
  CU(api.cuModuleLoadData(&module, ".version 8.0\n.target sm_90\n"));
  CU(api.cuModuleGetFunction(&body[0], module, "body_0"));
  CU(api.cuModuleGetFunction(&body[1], module, "body_1"));
  CU(api.cuMemAlloc_v2(&dctx, sizeof(graph_ctx)));
  CU(api.cuMemAlloc_v2(&din, M * K * sizeof(float)));
  CU(api.cuMemAlloc_v2(&db, K * N * sizeof(float)));
  CU(api.cuMemAlloc_v2(&dtmp, M * K * sizeof(float)));
  CU(api.cuMemAlloc_v2(&dd, M * N * sizeof(float)));
  CU(api.cuMemAlloc_v2(&dout, M * N * sizeof(float)));
  CU(api.cuMemAlloc_v2(&dmarker, 4 * sizeof(float)));
  LT(api.cublasLtCreate(&lt_handle));
  gemm_descs g = make_descs();
  bertrt_lt_preference pref;
  LT(api.cublasLtMatmulPreferenceCreate(&pref));
  bertrt_lt_heuristic_result result;
  int returned = 0;
  LT(api.cublasLtMatmulAlgoGetHeuristic(lt_handle, g.desc, g.a, g.b, g.d, g.d, pref, 1, &result,
                                        &returned));
  CHECK(returned == 1, "no algorithm");
  algo = result.algo;
  LT(api.cublasLtMatmulPreferenceDestroy(pref));
  destroy_descs(g);
  if (failures) return 1;
  if (bad) bad_ctx();

  capture_and_replay();
  misuses();

  LT(api.cublasLtDestroy(lt_handle));
  bertrt_cu_deviceptr all[] = {dctx, din, db, dtmp, dd, dout, dmarker};
  for (size_t i = 0; i < sizeof all / sizeof *all; i++)
    CU(api.cuMemFree_v2(all[i]));
  CU(api.cuModuleUnload(module));
  CU(api.cuStreamDestroy_v2(stream));
  CU(api.cuDevicePrimaryCtxRelease_v2(dev));
  if (failures) {
    fprintf(stderr, "test_graph: %d check(s) failed\n", failures);
    return 1;
  }
  fprintf(stderr, "test_graph: capture, replay and the refused calls behave as in CUDA\n");
  return 0;
}
