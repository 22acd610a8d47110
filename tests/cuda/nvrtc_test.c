// nvrtc.c on small sources: --arch parsing, ptxas's resource figures read back per kernel
// (registers, shared memory, spills, sorted by name), and a compile error shown with the
// kernels.cu line it names. Exits 77 (skipped) when libnvrtc is not found.
#include "nvrtc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond, ...)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s: ", __FILE__, __LINE__, #cond);                             \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
      failures++;                                                                                  \
    }                                                                                              \
  } while (0)

static void test_parse_archs(void) {
  char archs[NVRTC_MAX_ARCHS][16];
  int n = -1;
  CHECK(nvrtc_parse_archs("sm_80,sm_90", archs, &n) && n == 2 && !strcmp(archs[1], "sm_90"),
        "sm_80,sm_90 -> %d", n);
  CHECK(nvrtc_parse_archs("sm_100", archs, &n) && n == 1, "sm_100 -> %d", n);
  CHECK(nvrtc_parse_archs("none", archs, &n) && n == 0, "none -> %d", n);
  const char *bad[] = {"", "sm_8", "sm80", "compute_80", "sm_80,,sm_90", "sm_80x", "sm_1000"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    CHECK(!nvrtc_parse_archs(bad[i], archs, &n), "`%s` accepted", bad[i]);
}

static char *write_source(const char *dir, const char *text) {
  char *path = format("%s/kernels.cu", dir);
  FILE *f = fopen(path, "w");
  CHECK(f && fputs(text, f) >= 0 && fclose(f) == 0, "writing %s", path);
  return path;
}

static const char good[] =
    "extern \"C\" __global__ void __launch_bounds__(128) zeta(float *x) {\n"
    "  __shared__ float tile[128];\n"
    "  tile[threadIdx.x] = x[threadIdx.x];\n"
    "  __syncthreads();\n"
    "  x[threadIdx.x] = erff(tile[127 - threadIdx.x]);\n"
    "}\n"
    "extern \"C\" __global__ void alpha(float *x) { x[threadIdx.x] += 1.0f; }\n";

static void test_resources(const char *dir) {
  char *path = write_source(dir, good);
  char archs[NVRTC_MAX_ARCHS][16];
  int n = 0;
  nvrtc_parse_archs("sm_90,sm_80", archs, &n);
  NvrtcOutput out;
  char *error = NULL;
  bool ok = nvrtc_compile(path, (const char(*)[16])archs, n, &out, &error);
  CHECK(ok, "compiling a valid source: %s", error ? error : "");
  if (!ok) return;
  CHECK(!strcmp(out.ptx_arch, "compute_80"), "PTX for the lowest arch, got %s", out.ptx_arch);
  CHECK(out.ptx_bytes > 0 && strstr(out.ptx, ".entry zeta"), "PTX holds the kernels");
  for (int a = 0; a < out.n_images; a++) {
    const NvrtcImage *img = &out.images[a];
    CHECK(img->cubin_bytes > 0, "%s: empty cubin", img->arch);
    CHECK(img->n_kernels == 2, "%s: %d kernels", img->arch, img->n_kernels);
    if (img->n_kernels != 2) continue;
    const NvrtcKernel *alpha = &img->kernels[0], *zeta = &img->kernels[1];
    CHECK(!strcmp(alpha->name, "alpha") && !strcmp(zeta->name, "zeta"), "sorted by name");
    CHECK(zeta->smem == 512, "%s: zeta smem %d, expected 512", img->arch, zeta->smem);
    CHECK(alpha->smem == 0, "%s: alpha smem %d", img->arch, alpha->smem);
    CHECK(zeta->registers > 0 && alpha->registers > 0, "%s: registers %d %d", img->arch,
          zeta->registers, alpha->registers);
    CHECK(zeta->spill_stores + zeta->spill_loads == 0, "%s: spills", img->arch);
  }
  char *report = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&report, &len);
  nvrtc_write_report(f, &out);
  fclose(f);
  CHECK(strstr(report, "\n  zeta ") && strstr(report, "sm_90 ") && strstr(report, "compute_80"),
        "report:\n%s", report);
  printf("%s", report);
}

static void test_error_names_line(const char *dir) {
  char *path = write_source(dir, "extern \"C\" __global__ void k(float *x) {\n"
                                 "  x[0] = undefined_name;\n"
                                 "}\n");
  char archs[1][16] = {"sm_80"};
  NvrtcOutput out;
  char *error = NULL;
  CHECK(!nvrtc_compile(path, (const char(*)[16])archs, 1, &out, &error), "a bad source compiled");
  CHECK(error && strstr(error, "kernels.cu(2)") && strstr(error, "undefined_name") &&
            strstr(error, "2 |   x[0] = undefined_name;"),
        "the error shows the line:\n%s", error ? error : "(none)");
}

int main(void) {
  test_parse_archs();
  char *why = NULL;
  if (!nvrtc_load(&why)) {
    printf("SKIP: %s\n", why);
    return failures ? 1 : 77;
  }
  char dir[] = "/tmp/nvrtc_test.XXXXXX";
  CHECK(mkdtemp(dir) != NULL, "mkdtemp");
  test_resources(dir);
  test_error_names_line(dir);
  char *path = format("%s/kernels.cu", dir);
  unlink(path);
  rmdir(dir);
  if (failures)
    fprintf(stderr, "nvrtc_test: %d check(s) failed\n", failures);
  else
    printf("nvrtc_test: all checks passed\n");
  return failures ? 1 : 0;
}
