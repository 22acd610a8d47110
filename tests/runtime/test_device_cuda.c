// The CUDA device of a cuda program (runtime/device_cuda.c), in two modes:
//   no-device [STUB]: cuda_open fails with BERTRT_NO_CUDA_DEVICE and the reason where there
//     is no driver ($BERTC_LIBCUDA a missing file: the message names it) or only the
//     toolkit's stub libcuda.so (STUB; its cuInit fails); with the machine's own driver it
//     either fails the same way or, on a GPU, opens.
//   gpu: exits 77 without a GPU; else checks BERTC_CUDA_DEVICE validation, image choice
//     (no usable image is an error; a cubin of another architecture falls back to PTX),
//     allocation (zeroed, 256-byte aligned), copies, memset, bertrt_cuda_launch of a
//     hand-written PTX module, and bertrt_cuda_gemm against a naive loop for both
//     transposes, every batching mode, alpha/beta, and a site called again with other
//     scalars and with less aligned pointers; for f32 operands, bf16 A and B with an f32 C,
//     and bf16 A, B, C and bias (each bf16 element of C the reference rounded to nearest).
#include "check.h"
#include "device_cuda.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_STUB "/usr/local/cuda/lib64/stubs/libcuda.so"

static bool starts_with(const char *s, const char *prefix) {
  return s && strncmp(s, prefix, strlen(prefix)) == 0;
}

// cuda_open with $BERTC_LIBCUDA = libcuda (NULL: unset) on a model without device code.
static bertrt_cuda *open_with(const char *libcuda, char **error) {
  if (libcuda)
    setenv("BERTC_LIBCUDA", libcuda, 1);
  else
    unsetenv("BERTC_LIBCUDA");
  bertrt_model m = {.name = "test_device_cuda"};
  *error = NULL;
  bertrt_cuda *c = cuda_open(&m, error);
  unsetenv("BERTC_LIBCUDA");
  return c;
}

// Fails with BERTRT_NO_CUDA_DEVICE and a reason mentioning `mention`.
static void expect_no_device(const char *libcuda, const char *mention) {
  char *error;
  bertrt_cuda *c = open_with(libcuda, &error);
  CHECK(!c, "BERTC_LIBCUDA=%s: cuda_open succeeded", libcuda);
  cuda_close(c);
  CHECK(starts_with(error, BERTRT_NO_CUDA_DEVICE " ("), "BERTC_LIBCUDA=%s: error `%s`", libcuda,
        error ? error : "(none)");
  CHECK(error && strstr(error, mention), "BERTC_LIBCUDA=%s: error `%s` does not mention `%s`",
        libcuda, error ? error : "(none)", mention);
  printf("BERTC_LIBCUDA=%s: %s\n", libcuda, error ? error : "(none)");
  free(error);
}

static int no_device(const char *stub) {
  // The machine's own driver first: the stub, once loaded, answers to libcuda.so.1 too.
  char *error;
  bertrt_cuda *c = open_with(NULL, &error);
  if (c)
    printf("libcuda.so.1: opened %s\n", cuda_device_description(c));
  else {
    CHECK(starts_with(error, BERTRT_NO_CUDA_DEVICE " ("), "error `%s`", error ? error : "(none)");
    printf("libcuda.so.1: %s\n", error ? error : "(none)");
  }
  cuda_close(c);
  free(error);

  const char *missing = "/nonexistent/bertc-test/libcuda.so.1";
  expect_no_device(missing, missing);
  if (access(stub, R_OK) == 0)
    expect_no_device(stub, "cuInit: CUDA_ERROR_STUB_LIBRARY");
  else
    printf("%s: not found, stub driver not checked\n", stub);
  return check_exit("test_device_cuda no-device");
}

// ---- gpu -----------------------------------------------------------------------------------

// body_0(float *out, unsigned n): out[i] = i; body_1: out[i] = n - i. PTX ISA 6.0 for sm_50,
// so any driver since CUDA 9 JIT-compiles it for its device.
static const char kernels_ptx[] = ".version 6.0\n"
                                  ".target sm_50\n"
                                  ".address_size 64\n"
                                  ".visible .entry body_0(.param .u64 out0, .param .u32 n0)\n"
                                  "{\n"
                                  "  .reg .pred %p;\n"
                                  "  .reg .b32 %r<5>;\n"
                                  "  .reg .f32 %f;\n"
                                  "  .reg .b64 %rd<4>;\n"
                                  "  ld.param.u64 %rd1, [out0];\n"
                                  "  ld.param.u32 %r1, [n0];\n"
                                  "  mov.u32 %r2, %ctaid.x;\n"
                                  "  mov.u32 %r3, %ntid.x;\n"
                                  "  mov.u32 %r4, %tid.x;\n"
                                  "  mad.lo.s32 %r2, %r2, %r3, %r4;\n"
                                  "  setp.ge.u32 %p, %r2, %r1;\n"
                                  "  @%p bra DONE;\n"
                                  "  cvta.to.global.u64 %rd1, %rd1;\n"
                                  "  cvt.rn.f32.u32 %f, %r2;\n"
                                  "  mul.wide.u32 %rd2, %r2, 4;\n"
                                  "  add.s64 %rd3, %rd1, %rd2;\n"
                                  "  st.global.f32 [%rd3], %f;\n"
                                  "DONE:\n"
                                  "  ret;\n"
                                  "}\n"
                                  ".visible .entry body_1(.param .u64 out1, .param .u32 n1)\n"
                                  "{\n"
                                  "  .reg .pred %p;\n"
                                  "  .reg .b32 %r<5>;\n"
                                  "  .reg .f32 %f;\n"
                                  "  .reg .b64 %rd<4>;\n"
                                  "  ld.param.u64 %rd1, [out1];\n"
                                  "  ld.param.u32 %r1, [n1];\n"
                                  "  mov.u32 %r2, %ctaid.x;\n"
                                  "  mov.u32 %r3, %ntid.x;\n"
                                  "  mov.u32 %r4, %tid.x;\n"
                                  "  mad.lo.s32 %r2, %r2, %r3, %r4;\n"
                                  "  setp.ge.u32 %p, %r2, %r1;\n"
                                  "  @%p bra DONE;\n"
                                  "  cvta.to.global.u64 %rd1, %rd1;\n"
                                  "  sub.s32 %r4, %r1, %r2;\n"
                                  "  cvt.rn.f32.u32 %f, %r4;\n"
                                  "  mul.wide.u32 %rd2, %r2, 4;\n"
                                  "  add.s64 %rd3, %rd1, %rd2;\n"
                                  "  st.global.f32 [%rd3], %f;\n"
                                  "DONE:\n"
                                  "  ret;\n"
                                  "}\n";

// A cubin for a capability no device has (never chosen), then the PTX.
static const bertrt_device_image image_list[] = {
    {"sm_10", "not a cubin", 12},
    {"compute_50", kernels_ptx, sizeof kernels_ptx},
};
static const bertrt_device_images with_ptx = {2, image_list};
static const bertrt_device_images cubin_only = {1, image_list};

enum { N_SITES = 64 };

static bertrt_model gpu_model(const bertrt_device_images *images, int64_t n_functions) {
  return (bertrt_model){.name = "test_device_cuda",
                        .target = "cuda",
                        .device_images = images,
                        .n_device_functions = n_functions,
                        .n_gemm_sites = N_SITES};
}

// cuda_open(m) fails with an error mentioning both strings.
static void expect_open_error(const bertrt_model *m, const char *what, const char *mention1,
                              const char *mention2) {
  char *error = NULL;
  bertrt_cuda *c = cuda_open(m, &error);
  CHECK(!c, "%s: cuda_open succeeded", what);
  cuda_close(c);
  CHECK(error && strstr(error, mention1) && strstr(error, mention2),
        "%s: error `%s` does not mention `%s` and `%s`", what, error ? error : "(none)", mention1,
        mention2);
  printf("%s: %s\n", what, error ? error : "(none)");
  free(error);
}

static void check_device_choice(const bertrt_model *m) {
  const char *bad[] = {"x", "-1", "4096"};
  for (int i = 0; i < 3; i++) {
    setenv("BERTC_CUDA_DEVICE", bad[i], 1);
    expect_open_error(m, bad[i], "BERTC_CUDA_DEVICE", bad[i]);
  }
  unsetenv("BERTC_CUDA_DEVICE");
}

static void check_memory(bertrt_cuda *c) {
  enum { N = 1000 };
  float *host = malloc(N * sizeof *host), *back = malloc(N * sizeof *back);
  float *dev = cuda_alloc(c, N * sizeof *dev, "memory check");
  CHECK((uintptr_t)dev % 256 == 0, "cuda_alloc returned %p", (void *)dev);
  cuda_download(c, back, dev, N * sizeof *back);
  int nonzero = 0;
  for (int i = 0; i < N; i++)
    nonzero += back[i] != 0;
  CHECK(nonzero == 0, "%d of %d elements of a new allocation are not zero", nonzero, N);
  for (int i = 0; i < N; i++)
    host[i] = (float)i * 0.5f - 7;
  cuda_upload(c, dev, host, N * sizeof *host);
  cuda_download(c, back, dev, N * sizeof *back);
  CHECK(memcmp(host, back, N * sizeof *host) == 0, "upload then download changed the data");
  cuda_memset_zero(c, dev + 100, 200 * sizeof *dev);
  cuda_download(c, back, dev, N * sizeof *back);
  int wrong = 0;
  for (int i = 0; i < N; i++)
    wrong += back[i] != (i >= 100 && i < 300 ? 0.0f : host[i]);
  CHECK(wrong == 0, "cuda_memset_zero of [100, 300): %d elements wrong", wrong);
  cuda_free(c, dev);
  free(host);
  free(back);
}

static void check_launch(bertrt_cuda *c) {
  enum { N = 1000 };
  bertrt_ctx ctx = {.device = c};
  float *dev = cuda_alloc(c, N * sizeof *dev, "launch check"), *back = malloc(N * sizeof *back);
  uint32_t n = N;
  for (int fn = 0; fn < 2; fn++) {
    void *args[] = {&dev, &n};
    bertrt_cuda_launch(&ctx, fn, (N + 127) / 128, 128, args);
    cuda_download(c, back, dev, N * sizeof *back);
    int wrong = 0;
    for (int i = 0; i < N; i++)
      wrong += back[i] != (float)(fn == 0 ? i : N - i);
    CHECK(wrong == 0, "body_%d: %d of %d elements wrong", fn, wrong, N);
  }
  cuda_free(c, dev);
  free(back);
}

// ---- gemm against a naive loop (as tests/runtime/test_sgemm.c) ----

typedef enum { PLAIN, LEVEL0, LEVEL1, NESTED, LOOP, N_BATCHINGS } batching;
static const char *const batching_names[] = {"plain", "level 0", "level 1", "nested", "loop"};

typedef struct {
  int ta, tb;
  int64_t m, n, k;
  batching mode;
  double alpha, beta;
  bertrt_dtype type_ab, type_c; // of A and B, of C and the bias
} gemm_case;

static float rnd(unsigned *s) {
  *s = *s * 1103515245u + 12345u;
  return (float)((*s >> 8) & 0xFFFF) / 32768.0f - 1.0f;
}

// x as bfloat16 (a float's high 16 bits), rounded to nearest even; NaN stays NaN.
static uint16_t to_bf16(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)(u >> 16 | 0x0040u);
  u += 0x7fffu + (u >> 16 & 1u);
  return (uint16_t)(u >> 16);
}

static float from_bf16(uint16_t h) {
  uint32_t u = (uint32_t)h << 16;
  float x;
  memcpy(&x, &u, sizeof x);
  return x;
}

static size_t elem_bytes(bertrt_dtype type) {
  return type == BERTRT_BF16 ? 2 : 4;
}

// n random elements of `type`: x[i] the value (rounded to bf16 for BERTRT_BF16), and the
// bytes to upload (malloc'ed).
static void *random_elements(unsigned *seed, bertrt_dtype type, float *x, size_t n) {
  void *bytes = malloc(n * elem_bytes(type));
  for (size_t i = 0; i < n; i++) {
    x[i] = rnd(seed);
    if (type == BERTRT_BF16) x[i] = from_bf16(((uint16_t *)bytes)[i] = to_bf16(x[i]));
  }
  if (type == BERTRT_F32) memcpy(bytes, x, n * sizeof *x);
  return bytes;
}

static void naive(const bertrt_gemm *g, const float *a, const float *b, float *c,
                  const float *bias) {
  for (int64_t i0 = 0; i0 < g->batch[0]; i0++)
    for (int64_t i1 = 0; i1 < g->batch[1]; i1++) {
      const float *A = a + i0 * g->stride_a[0] + i1 * g->stride_a[1];
      const float *B = b + i0 * g->stride_b[0] + i1 * g->stride_b[1];
      float *C = c + i0 * g->stride_c[0] + i1 * g->stride_c[1];
      for (int64_t i = 0; i < g->m; i++)
        for (int64_t j = 0; j < g->n; j++) {
          double s = 0;
          for (int64_t k = 0; k < g->k; k++)
            s += (double)(g->trans_a ? A[k * g->lda + i] : A[i * g->lda + k]) *
                 (g->trans_b ? B[j * g->ldb + k] : B[k * g->ldb + j]);
          C[i * g->ldc + j] = (float)(g->alpha * s + g->beta * C[i * g->ldc + j]);
          if (bias) C[i * g->ldc + j] += bias[j];
        }
    }
}

// Strides (level 0, level 1) of one operand of `size` elements per matrix; B (`shared`) is
// broadcast along level 1, as weights are.
static void strides(batching mode, int64_t size, bool shared, int64_t gap, int64_t s[2]) {
  switch (mode) {
  case PLAIN:
    s[0] = s[1] = 0;
    break;
  case LEVEL0:
    s[0] = size + gap, s[1] = 0;
    break;
  case LEVEL1:
    s[0] = 0, s[1] = shared ? 0 : size + gap;
    break;
  case NESTED:
    s[1] = shared ? 0 : size + gap, s[0] = 3 * s[1];
    break;
  case LOOP:
    s[1] = shared ? 0 : size, s[0] = 3 * size + gap;
    break;
  default:
    abort();
  }
}

// Elements spanned by an operand.
static size_t span(const bertrt_gemm *g, const int64_t s[2], int64_t size) {
  return (size_t)((g->batch[0] - 1) * s[0] + (g->batch[1] - 1) * s[1] + size);
}

// One bertrt_cuda_gemm at `site` with the case's operand types on device buffers starting
// `offset` elements into their allocations (with a bias epilogue at odd sites); the relative
// error against the naive loop on the same (rounded) inputs. A bf16 C must moreover be the
// reference rounded: each element within half a bf16 ulp of it, give or take 1e-5 of C's
// root mean square for fp32 sums in another order; `*far` counts the elements that are not.
static double run_case(bertrt_cuda *cu, int64_t site, const gemm_case *t, int64_t offset,
                       unsigned *seed, int64_t *far) {
  static const int64_t batches[N_BATCHINGS][2] = {{1, 1}, {3, 1}, {1, 4}, {2, 3}, {2, 3}};
  bertrt_gemm g = {.trans_a = t->ta,
                   .trans_b = t->tb,
                   .m = t->m,
                   .n = t->n,
                   .k = t->k,
                   .type_a = t->type_ab,
                   .type_b = t->type_ab,
                   .type_c = t->type_c,
                   .alpha = t->alpha,
                   .beta = t->beta};
  g.lda = (t->ta ? t->m : t->k) + 3;
  g.ldb = (t->tb ? t->k : t->n) + 1;
  g.ldc = t->n + 2;
  g.batch[0] = batches[t->mode][0], g.batch[1] = batches[t->mode][1];
  int64_t size_a = (t->ta ? t->k : t->m) * g.lda, size_b = (t->tb ? t->n : t->k) * g.ldb,
          size_c = t->m * g.ldc;
  strides(t->mode, size_a, false, 5, g.stride_a);
  strides(t->mode, size_b, true, 7, g.stride_b);
  strides(t->mode, size_c, false, 11, g.stride_c);
  size_t na = span(&g, g.stride_a, size_a), nb = span(&g, g.stride_b, size_b),
         nc = span(&g, g.stride_c, size_c);
  size_t ab = elem_bytes(t->type_ab), cb = elem_bytes(t->type_c);
  float *a = malloc(na * 4), *b = malloc(nb * 4), *c = malloc(nc * 4), *want = malloc(nc * 4);
  void *a_bytes = random_elements(seed, t->type_ab, a, na),
       *b_bytes = random_elements(seed, t->type_ab, b, nb),
       *c_bytes = random_elements(seed, t->type_c, c, nc);
  memcpy(want, c, nc * 4);
  float *bias = NULL;
  void *dbias = NULL;
  if (site % 2) {
    bias = malloc((size_t)t->n * 4);
    void *bias_bytes = random_elements(seed, t->type_c, bias, (size_t)t->n);
    dbias = cuda_alloc(cu, (size_t)t->n * cb, "bias");
    cuda_upload(cu, dbias, bias_bytes, (size_t)t->n * cb);
    free(bias_bytes);
  }
  naive(&g, a, b, want, bias);

  char *da = cuda_alloc(cu, (na + offset) * ab, "a"), *db = cuda_alloc(cu, (nb + offset) * ab, "b"),
       *dc = cuda_alloc(cu, (nc + offset) * cb, "c");
  cuda_upload(cu, da + offset * ab, a_bytes, na * ab);
  cuda_upload(cu, db + offset * ab, b_bytes, nb * ab);
  cuda_upload(cu, dc + offset * cb, c_bytes, nc * cb);
  bertrt_ctx ctx = {.device = cu};
  bertrt_cuda_gemm(&ctx, site, &g, da + offset * ab, db + offset * ab, dc + offset * cb, dbias);
  cuda_download(cu, c_bytes, dc + offset * cb, nc * cb);
  for (size_t i = 0; i < nc; i++)
    c[i] = t->type_c == BERTRT_BF16 ? from_bf16(((uint16_t *)c_bytes)[i]) : ((float *)c_bytes)[i];
  if (dbias) cuda_free(cu, dbias);
  free(bias);
  cuda_free(cu, da);
  cuda_free(cu, db);
  cuda_free(cu, dc);

  double diff = 0, norm = 0;
  for (size_t i = 0; i < nc; i++) {
    diff += (double)(c[i] - want[i]) * (c[i] - want[i]);
    norm += (double)want[i] * want[i];
  }
  double err = sqrt(diff / norm);
  int64_t n_far = 0;
  if (t->type_c == BERTRT_BF16) {
    double slack = 1e-5 * sqrt(norm / (double)nc);
    for (size_t i = 0; i < nc; i++) {
      int e;
      frexp(want[i], &e); // 2^(e-1) <= |want| < 2^e: a bf16 ulp is 2^(e-8)
      n_far += fabs((double)c[i] - want[i]) > ldexp(0.5, e - 8) + slack;
    }
  }
  *far += n_far;
  CHECK(err < (t->type_c == BERTRT_BF16 ? 8e-3 : 1e-5) && n_far == 0,
        "site %lld: %s x %s -> %s: ta %d tb %d m %lld n %lld k %lld %s batch %lldx%lld alpha %g "
        "beta %g, offset %lld: rel err %g, %lld elements more than half a bf16 ulp off",
        (long long)site, t->type_ab == BERTRT_BF16 ? "bf16" : "f32",
        t->type_ab == BERTRT_BF16 ? "bf16" : "f32", t->type_c == BERTRT_BF16 ? "bf16" : "f32",
        t->ta, t->tb, (long long)t->m, (long long)t->n, (long long)t->k, batching_names[t->mode],
        (long long)g.batch[0], (long long)g.batch[1], t->alpha, t->beta, (long long)offset, err,
        (long long)n_far);
  free(a_bytes);
  free(b_bytes);
  free(c_bytes);
  free(a);
  free(b);
  free(c);
  free(want);
  return err;
}

// Every transpose and batching mode for each combination of operand types, each at its own
// site, called three times.
static void check_gemm(bertrt_cuda *cu) {
  static const int64_t shapes[][3] = {{5, 7, 3}, {64, 48, 96}, {130, 77, 257}};
  static const double scalars[][2] = {{1, 0}, {0.5, -1.25}, {-2, 1}};
  static const struct {
    bertrt_dtype ab, c;
    const char *name;
  } types[] = {{BERTRT_F32, BERTRT_F32, "f32"},
               {BERTRT_BF16, BERTRT_F32, "bf16 x bf16 -> f32"},
               {BERTRT_BF16, BERTRT_BF16, "bf16 x bf16 -> bf16"}};
  unsigned seed = 1;
  int64_t site = 0;
  for (size_t ty = 0; ty < sizeof types / sizeof *types; ty++) {
    int64_t first = site, far = 0;
    double worst = 0;
    for (int ta = 0; ta < 2; ta++)
      for (int tb = 0; tb < 2; tb++)
        for (int mode = 0; mode < N_BATCHINGS; mode++) {
          int s = (2 * ta + tb + mode + (int)ty) % 3;
          gemm_case t = {.ta = ta,
                         .tb = tb,
                         .m = shapes[s][0],
                         .n = shapes[s][1],
                         .k = shapes[s][2],
                         .mode = (batching)mode,
                         .alpha = scalars[s][0],
                         .beta = scalars[s][1],
                         .type_ab = types[ty].ab,
                         .type_c = types[ty].c};
          double err = run_case(cu, site, &t, 0, &seed, &far);
          worst = fmax(worst, err);
          // the same site again: other scalars, then pointers one element off alignment
          t.alpha = 0.75, t.beta = 0.5;
          worst = fmax(worst, run_case(cu, site, &t, 0, &seed, &far));
          worst = fmax(worst, run_case(cu, site, &t, 1, &seed, &far));
          site++;
        }
    printf("bertrt_cuda_gemm %s: %lld sites, 3 calls each, worst relative error %.3g",
           types[ty].name, (long long)(site - first), worst);
    if (types[ty].c == BERTRT_BF16)
      printf(", %lld elements more than half a bf16 ulp off", (long long)far);
    printf("\n");
  }
}

static int gpu(void) {
  bertrt_model m = gpu_model(&with_ptx, 2);
  char *error = NULL;
  bertrt_cuda *c = cuda_open(&m, &error);
  if (!c && starts_with(error, BERTRT_NO_CUDA_DEVICE)) {
    printf("skipped: %s\n", error);
    free(error);
    return 77;
  }
  CHECK(c, "cuda_open: %s", error ? error : "(no error)");
  free(error);
  if (!c) return check_exit("test_device_cuda gpu");
  printf("device: %s\n", cuda_device_description(c));
  CHECK(strstr(cuda_device_description(c), "(sm_"), "description `%s`", cuda_device_description(c));
  check_memory(c);
  check_launch(c);
  check_gemm(c);
  cuda_synchronize(c);
  CHECK(cuda_peak_memory(c) > 0, "peak memory %zu", cuda_peak_memory(c));
  printf("peak device memory in use: %.1f MiB\n", (double)cuda_peak_memory(c) / (1 << 20));
  cuda_close(c);

  check_device_choice(&m);
  bertrt_model cubin = gpu_model(&cubin_only, 2);
  expect_open_error(&cubin, "only an sm_10 cubin", "no GPU code", "sm_10");
  bertrt_model no_code = gpu_model(NULL, 0);
  error = NULL;
  CHECK((c = cuda_open(&no_code, &error)) != NULL, "no device code: %s", error ? error : "");
  cuda_close(c);
  free(error);
  return check_exit("test_device_cuda gpu");
}

int main(int argc, char **argv) {
  if (argc >= 2 && !strcmp(argv[1], "no-device"))
    return no_device(argc > 2 ? argv[2] : DEFAULT_STUB);
  if (argc == 2 && !strcmp(argv[1], "gpu")) return gpu();
  fprintf(stderr, "usage: %s no-device [STUB_LIBCUDA] | gpu\n", argv[0]);
  return 2;
}
