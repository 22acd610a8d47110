// device_cuda.c — the CUDA device of a cuda program (device_cuda.h) and the two calls its
// generated host code makes (bertrt_abi.h): the driver API and cuBLASLt through dlopen
// (cuda_api.h), the device's primary context and one non-blocking stream, the module of
// kernels.cu, device memory, and GEMMs by cuBLASLt with per-site cached descriptors.
//
// Both libraries are opened RTLD_NODELETE: cuBLASLt's static CUDA runtime releases the
// primary context from an exit handler, which must still find itself and the driver mapped.
#include "device_cuda.h"

#include "cuda_api.h"
#include "rt_util.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORKSPACE_BYTES ((size_t)32 << 20) // cuBLASLt's workspace, shared by every GEMM
#define MAX_GRAPHS      64                 // entry points with a captured graph

_Static_assert(sizeof(void *) == sizeof(void (*)(void)), "dlsym results fit function pointers");
_Static_assert(sizeof(void *) == sizeof(bertrt_cu_deviceptr), "device addresses fit pointers");

typedef struct {
#define SLOT(name, params) bertrt_pfn_##name name;
  BERTRT_CU_DRIVER_API(SLOT)
} driver_api;

typedef struct {
  BERTRT_LT_API(SLOT)
#undef SLOT
} lt_api;

// One bertrt_cuda_gemm call site. Operands are indexed 0 a, 1 b, 2 c (bertrt_gemm's).
typedef struct {
  bool ready;
  bertrt_gemm shape;  // the call the descriptors were made for, alpha and beta zeroed
  const void *bias;   // the bias its epilogue adds (NULL: none)
  uint32_t align[3];  // the pointer alignment (bytes) the algorithm was chosen for
  int64_t count;      // GEMMs per cublasLtMatmul (strided batch)
  int64_t stride[3];  // elements between them
  int64_t loops;      // cublasLtMatmul calls
  int64_t advance[3]; // elements between the calls' first matrices
  bertrt_lt_matmul_desc desc;
  bertrt_lt_layout layout[3]; // a is cuBLASLt's B, b its A, c its C and D
  bertrt_lt_algo algo;
} gemm_site;

// An entry point's CUDA graph: exec NULL until its second run (entry_graph).
typedef struct {
  bertrt_entry entry;
  bertrt_cu_graph_exec exec;
} graph_slot;

struct bertrt_cuda {
  const char *program; // the model's name, first word of every error
  void *driver_lib, *lt_lib;
  driver_api cu;
  lt_api lt;
  bertrt_cu_device device;
  bertrt_cu_context context; // the device's primary context, retained
  bertrt_cu_stream stream;
  bertrt_cu_module module; // NULL when the program has no device functions
  bertrt_cu_function *functions;
  int64_t n_functions;
  bertrt_lt_handle handle;
  bertrt_cu_deviceptr workspace;
  gemm_site *sites;
  int64_t n_sites;
  bertrt_cu_deviceptr step_scalars; // kernels.cu's bertrt_kernel_ctx
  bool use_graphs;                  // BERTC_CUDA_GRAPHS is not 0
  graph_slot graphs[MAX_GRAPHS];    // one per entry point run so far
  int n_graphs;
  size_t peak; // bytes in use on the device, the most sampled
  char description[320];
};

// ---- errors ------------------------------------------------------------------------------

// Names for the results a stub or broken driver cannot name itself.
static const struct {
  bertrt_cu_result result;
  const char *name, *text;
} known_results[] = {
    {BERTRT_CU_ERROR_NOT_INITIALIZED, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {BERTRT_CU_ERROR_STUB_LIBRARY, "CUDA_ERROR_STUB_LIBRARY", "CUDA driver is a stub library"},
    {BERTRT_CU_ERROR_NO_DEVICE, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected"},
};

// "NAME: STRING" of a CUresult, into buf.
static const char *result_text(const bertrt_cuda *c, bertrt_cu_result r, char *buf, size_t size) {
  const char *name = NULL, *text = NULL;
  if (c->cu.cuGetErrorName && c->cu.cuGetErrorName(r, &name) != BERTRT_CU_SUCCESS) name = NULL;
  if (c->cu.cuGetErrorString && c->cu.cuGetErrorString(r, &text) != BERTRT_CU_SUCCESS) text = NULL;
  for (size_t i = 0; i < sizeof known_results / sizeof *known_results; i++)
    if (known_results[i].result == r) {
      if (!name) name = known_results[i].name;
      if (!text) text = known_results[i].text;
    }
  if (name)
    snprintf(buf, size, "%s: %s", name, text ? text : "(no description)");
  else
    snprintf(buf, size, "CUDA error %d: %s", r, text ? text : "(no description)");
  return buf;
}

static const struct {
  bertrt_lt_status status;
  const char *name;
} lt_statuses[] = {
    {BERTRT_LT_STATUS_SUCCESS, "CUBLAS_STATUS_SUCCESS"},
    {BERTRT_LT_STATUS_NOT_INITIALIZED, "CUBLAS_STATUS_NOT_INITIALIZED"},
    {BERTRT_LT_STATUS_ALLOC_FAILED, "CUBLAS_STATUS_ALLOC_FAILED"},
    {BERTRT_LT_STATUS_INVALID_VALUE, "CUBLAS_STATUS_INVALID_VALUE"},
    {BERTRT_LT_STATUS_ARCH_MISMATCH, "CUBLAS_STATUS_ARCH_MISMATCH"},
    {BERTRT_LT_STATUS_MAPPING_ERROR, "CUBLAS_STATUS_MAPPING_ERROR"},
    {BERTRT_LT_STATUS_EXECUTION_FAILED, "CUBLAS_STATUS_EXECUTION_FAILED"},
    {BERTRT_LT_STATUS_INTERNAL_ERROR, "CUBLAS_STATUS_INTERNAL_ERROR"},
    {BERTRT_LT_STATUS_NOT_SUPPORTED, "CUBLAS_STATUS_NOT_SUPPORTED"},
    {BERTRT_LT_STATUS_LICENSE_ERROR, "CUBLAS_STATUS_LICENSE_ERROR"},
};

static const char *lt_status_name(bertrt_lt_status s) {
  for (size_t i = 0; i < sizeof lt_statuses / sizeof *lt_statuses; i++)
    if (lt_statuses[i].status == s) return lt_statuses[i].name;
  return "unknown cublasStatus_t";
}

// The fatal error after cuda_open: "PROGRAM: error: LIBRARY: CALL failed: WHY", exit 1.
__attribute__((noreturn)) static void fatal(const bertrt_cuda *c, const char *library,
                                            const char *why, const char *call_fmt, va_list ap) {
  fprintf(stderr, "%s: error: %s: ", c->program, library);
  vfprintf(stderr, call_fmt, ap);
  fprintf(stderr, " failed: %s\n", why);
  exit(1);
}

// A CUresult that must be CUDA_SUCCESS; the call is formatted only when it is not.
__attribute__((format(printf, 3, 4))) static void
cuda_check(const bertrt_cuda *c, bertrt_cu_result r, const char *call_fmt, ...) {
  if (r == BERTRT_CU_SUCCESS) return;
  char why[256];
  va_list ap;
  va_start(ap, call_fmt);
  fatal(c, "CUDA", result_text(c, r, why, sizeof why), call_fmt, ap);
  va_end(ap);
}

// A cublasStatus_t that must be CUBLAS_STATUS_SUCCESS.
__attribute__((format(printf, 3, 4))) static void lt_check(const bertrt_cuda *c, bertrt_lt_status s,
                                                           const char *call_fmt, ...) {
  if (s == BERTRT_LT_STATUS_SUCCESS) return;
  char why[96];
  snprintf(why, sizeof why, "%s (%d)", lt_status_name(s), s);
  va_list ap;
  va_start(ap, call_fmt);
  fatal(c, "cuBLASLt", why, call_fmt, ap);
  va_end(ap);
}

// A bug in the generated code or the runtime, not in the user's input.
#define INTERNAL_ERROR(c, fmt, ...)                                                                \
  do {                                                                                             \
    fprintf(stderr, "%s: internal error: " fmt " at %s:%d\n", (c)->program, __VA_ARGS__, __FILE__, \
            __LINE__);                                                                             \
    abort();                                                                                       \
  } while (0)

// ---- opening -----------------------------------------------------------------------------

typedef struct {
  const char *name;
  void *slot;
} api_slot;

// dlsym of every slot's name into it; the first name not found, or NULL when all are.
static const char *bind(void *lib, const api_slot *slots, size_t n) {
  for (size_t i = 0; i < n; i++) {
    void *fn = dlsym(lib, slots[i].name);
    if (!fn) return slots[i].name;
    memcpy(slots[i].slot, &fn, sizeof fn); // POSIX: object and function pointers convert
  }
  return NULL;
}

static bool no_device(char **error, const char *reason) {
  return rt_error(error, BERTRT_NO_CUDA_DEVICE " (%s)", reason);
}

// libcuda.so.1 (or $BERTC_LIBCUDA), cuInit, and at least one device.
static bool open_driver(bertrt_cuda *c, int *n_devices, char **error) {
  const char *path = getenv("BERTC_LIBCUDA");
  if (!path || !*path) path = "libcuda.so.1";
  if (!(c->driver_lib = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE))) {
    const char *why = dlerror();
    return no_device(error, why ? why : path);
  }
#define SLOT_OF(name, params) {#name, &c->cu.name},
  const api_slot slots[] = {BERTRT_CU_DRIVER_API(SLOT_OF)};
  const char *missing = bind(c->driver_lib, slots, sizeof slots / sizeof *slots);
  if (missing) {
    memset(&c->cu, 0, sizeof c->cu);
    return rt_error(error, "%s has no %s: the NVIDIA driver is too old; update it", path, missing);
  }
  char why[256];
  bertrt_cu_result r = c->cu.cuInit(0);
  if (r != BERTRT_CU_SUCCESS) {
    char reason[320];
    snprintf(reason, sizeof reason, "cuInit: %s", result_text(c, r, why, sizeof why));
    return no_device(error, reason);
  }
  if ((r = c->cu.cuDeviceGetCount(n_devices)) != BERTRT_CU_SUCCESS) {
    char reason[320];
    snprintf(reason, sizeof reason, "cuDeviceGetCount: %s", result_text(c, r, why, sizeof why));
    return no_device(error, reason);
  }
  if (*n_devices <= 0) return no_device(error, "the driver reports 0 devices");
  return true;
}

// A failed driver call while opening: "CALL: NAME: STRING".
static bool call_failed(const bertrt_cuda *c, bertrt_cu_result r, const char *call, char **error) {
  char why[256];
  return rt_error(error, "%s: %s", call, result_text(c, r, why, sizeof why));
}

#define TRY(c, call, what)                                                                         \
  do {                                                                                             \
    bertrt_cu_result r_ = (call);                                                                  \
    if (r_ != BERTRT_CU_SUCCESS) return call_failed(c, r_, what, error);                           \
  } while (0)

// Device $BERTC_CUDA_DEVICE: its description and capability, its primary context made
// current, and the stream.
static bool open_device(bertrt_cuda *c, int n_devices, int *capability, char **error) {
  const char *env = getenv("BERTC_CUDA_DEVICE");
  long ordinal = 0;
  if (env && *env) {
    char *end;
    ordinal = strtol(env, &end, 10);
    if (*end || ordinal < 0 || ordinal >= n_devices)
      return rt_error(error,
                      "BERTC_CUDA_DEVICE=%s is not a device of this machine: it has %d CUDA "
                      "device(s), numbered from 0",
                      env, n_devices);
  }
  TRY(c, c->cu.cuDeviceGet(&c->device, (int)ordinal), "cuDeviceGet");
  char name[256];
  int major = 0, minor = 0;
  size_t total = 0;
  TRY(c, c->cu.cuDeviceGetName(name, sizeof name, c->device), "cuDeviceGetName");
  TRY(c,
      c->cu.cuDeviceGetAttribute(&major, BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,
                                 c->device),
      "cuDeviceGetAttribute(COMPUTE_CAPABILITY_MAJOR)");
  TRY(c,
      c->cu.cuDeviceGetAttribute(&minor, BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,
                                 c->device),
      "cuDeviceGetAttribute(COMPUTE_CAPABILITY_MINOR)");
  TRY(c, c->cu.cuDeviceTotalMem_v2(&total, c->device), "cuDeviceTotalMem");
  *capability = 10 * major + minor;
  snprintf(c->description, sizeof c->description, "%s (sm_%d, %.1f GiB)", name, *capability,
           (double)total / (1 << 30));
  TRY(c, c->cu.cuDevicePrimaryCtxRetain(&c->context, c->device), "cuDevicePrimaryCtxRetain");
  TRY(c, c->cu.cuCtxSetCurrent(c->context), "cuCtxSetCurrent");
  TRY(c, c->cu.cuStreamCreate(&c->stream, BERTRT_CU_STREAM_NON_BLOCKING), "cuStreamCreate");
  return true;
}

// The capability an arch string names when it starts with `prefix` ("sm_90" -> 90,
// "compute_80" -> 80), else -1; *suffixed when letters follow the digits ("sm_90a"): such
// code runs on that exact capability only.
static int arch_capability(const char *arch, const char *prefix, bool *suffixed) {
  size_t len = strlen(prefix);
  if (strncmp(arch, prefix, len) || arch[len] < '0' || arch[len] > '9') return -1;
  char *end;
  long n = strtol(arch + len, &end, 10);
  *suffixed = *end != 0;
  return n > 0 && n < 10000 ? (int)n : -1;
}

// The cubin of exactly `capability`, else the newest PTX at most `capability`; NULL if none.
static const bertrt_device_image *choose_image(const bertrt_device_images *images, int capability) {
  const bertrt_device_image *ptx = NULL;
  int ptx_capability = -1;
  for (int64_t i = 0; i < images->n; i++) {
    const bertrt_device_image *img = &images->images[i];
    bool suffixed;
    if (arch_capability(img->arch, "sm_", &suffixed) == capability) return img;
    int n = arch_capability(img->arch, "compute_", &suffixed);
    if (n >= 0 && (suffixed ? n == capability : n <= capability) && n > ptx_capability)
      ptx = img, ptx_capability = n;
  }
  return ptx;
}

// The module of kernels.cu and body_0 .. body_{n-1}; nothing when n is 0.
static bool load_module(bertrt_cuda *c, const bertrt_model *m, int capability, char **error) {
  if (m->n_device_functions <= 0) return true;
  static const bertrt_device_images none = {0, NULL};
  const bertrt_device_images *images = m->device_images ? m->device_images : &none;
  const bertrt_device_image *img = choose_image(images, capability);
  if (!img) {
    char archs[256] = "";
    size_t at = 0;
    for (int64_t i = 0; i < images->n && at < sizeof archs; i++)
      at += (size_t)snprintf(archs + at, sizeof archs - at, "%s%s", i ? ", " : "",
                             images->images[i].arch);
    return rt_error(error,
                    "this program has no GPU code for %s: the device is sm_%d, the program "
                    "has %s; recompile it with --arch sm_%d",
                    c->description, capability, images->n ? archs : "none", capability);
  }
  char what[64];
  snprintf(what, sizeof what, "cuModuleLoadData(%s)", img->arch);
  TRY(c, c->cu.cuModuleLoadData(&c->module, img->data), what);
  if (!(c->functions = calloc((size_t)m->n_device_functions, sizeof *c->functions)))
    return rt_error(error, "out of memory");
  c->n_functions = m->n_device_functions;
  for (int64_t i = 0; i < c->n_functions; i++) {
    char fn[32];
    snprintf(fn, sizeof fn, "body_%lld", (long long)i);
    snprintf(what, sizeof what, "cuModuleGetFunction(%s, %s)", img->arch, fn);
    TRY(c, c->cu.cuModuleGetFunction(&c->functions[i], c->module, fn), what);
  }
  return true;
}

// One candidate cuBLASLt made ready (opened, bound, a handle made): NULL; else why not
// (malloc'd), with *found false when the library could not be opened at all.
static char *try_cublaslt(bertrt_cuda *c, const char *path, bool *found) {
  char *why = NULL;
  void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  *found = lib != NULL;
  if (!lib) {
    const char *dl = dlerror();
    rt_error(&why, "%s", dl ? dl : path);
    return why;
  }
#define LT_SLOT_OF(name, params) {#name, &c->lt.name},
  const api_slot slots[] = {BERTRT_LT_API(LT_SLOT_OF)};
  const char *missing = bind(lib, slots, sizeof slots / sizeof *slots);
  bertrt_lt_status s = BERTRT_LT_STATUS_SUCCESS;
  if (!missing && (s = c->lt.cublasLtCreate(&c->handle)) == BERTRT_LT_STATUS_SUCCESS) {
    c->lt_lib = lib;
    return NULL;
  }
  if (missing)
    rt_error(&why, "%s has no %s", path, missing);
  else
    rt_error(&why, "%s: cublasLtCreate failed: %s (%d)", path, lt_status_name(s), s);
  memset(&c->lt, 0, sizeof c->lt);
  c->handle = NULL;
  dlclose(lib);
  return why;
}

// cuBLASLt: $BERTC_LIBCUBLASLT, else the first of libcublasLt.so.13, .12, .11 that works, in
// $CUDA_HOME/lib64, /usr/local/cuda/lib64, then the loader's path.
static bool open_cublaslt(bertrt_cuda *c, char **error) {
  const char *override = getenv("BERTC_LIBCUBLASLT");
  bool found;
  if (override && *override) {
    char *why = try_cublaslt(c, override, &found);
    if (why) rt_error(error, "cannot use cuBLASLt from BERTC_LIBCUBLASLT: %s", why);
    free(why);
    return !why;
  }
  const char *home = getenv("CUDA_HOME");
  char home_dir[512] = "";
  if (home && *home) snprintf(home_dir, sizeof home_dir, "%s/lib64", home);
  const char *dirs[3];
  int n_dirs = 0;
  if (*home_dir && strcmp(home_dir, "/usr/local/cuda/lib64")) dirs[n_dirs++] = home_dir;
  dirs[n_dirs++] = "/usr/local/cuda/lib64";
  dirs[n_dirs++] = NULL; // the loader's path
  static const char *const versions[] = {"13", "12", "11"};
  char unusable[1024] = ""; // the libraries found but not usable, and why
  for (int d = 0; d < n_dirs; d++)
    for (int v = 0; v < 3; v++) {
      char path[600];
      snprintf(path, sizeof path, "%s%slibcublasLt.so.%s", dirs[d] ? dirs[d] : "",
               dirs[d] ? "/" : "", versions[v]);
      char *why = try_cublaslt(c, path, &found);
      if (!why) return true;
      size_t len = strlen(unusable);
      if (found) snprintf(unusable + len, sizeof unusable - len, "; %s", why);
      free(why);
    }
  return rt_error(error,
                  "no usable cuBLASLt: looked for libcublasLt.so.13, .12 and .11 in %s%s"
                  "/usr/local/cuda/lib64 and the loader's path%s (set CUDA_HOME to a CUDA "
                  "toolkit, or BERTC_LIBCUBLASLT to the library)",
                  n_dirs == 3 ? home_dir : "", n_dirs == 3 ? ", " : "", unusable);
}

static void sample_memory(bertrt_cuda *c) {
  size_t free_bytes = 0, total = 0;
  cuda_check(c, c->cu.cuMemGetInfo_v2(&free_bytes, &total), "cuMemGetInfo");
  if (total - free_bytes > c->peak) c->peak = total - free_bytes;
}

bertrt_cuda *cuda_open(const bertrt_model *m, char **error) {
  bertrt_cuda *c = calloc(1, sizeof *c);
  if (!c) return rt_error(error, "out of memory"), NULL;
  c->program = m->name ? m->name : "bertrt";
  int n_devices = 0, capability = 0;
  bool ok = open_driver(c, &n_devices, error) && open_device(c, n_devices, &capability, error) &&
            load_module(c, m, capability, error) && open_cublaslt(c, error);
  if (ok) {
    bertrt_cu_result r = c->cu.cuMemAlloc_v2(&c->workspace, WORKSPACE_BYTES);
    if (r != BERTRT_CU_SUCCESS) {
      c->workspace = 0;
      ok = call_failed(c, r, "cuMemAlloc(cuBLASLt workspace, 32 MiB)", error);
    }
  }
  if (ok) {
    bertrt_cu_result r = c->cu.cuMemAlloc_v2(&c->step_scalars, 256);
    if (r != BERTRT_CU_SUCCESS) {
      c->step_scalars = 0;
      ok = call_failed(c, r, "cuMemAlloc(the step's scalars)", error);
    }
  }
  const char *graphs = getenv("BERTC_CUDA_GRAPHS");
  c->use_graphs = !(graphs && !strcmp(graphs, "0"));
  if (ok && m->n_gemm_sites > 0) {
    if ((c->sites = calloc((size_t)m->n_gemm_sites, sizeof *c->sites)))
      c->n_sites = m->n_gemm_sites;
    else
      ok = rt_error(error, "out of memory");
  }
  if (!ok) {
    cuda_close(c);
    return NULL;
  }
  sample_memory(c);
  return c;
}

// ---- GEMM --------------------------------------------------------------------------------

static void destroy_site(bertrt_cuda *c, gemm_site *s) {
  for (int x = 0; x < 3; x++)
    if (s->layout[x]) c->lt.cublasLtMatrixLayoutDestroy(s->layout[x]);
  if (s->desc) c->lt.cublasLtMatmulDescDestroy(s->desc);
  memset(s, 0, sizeof *s);
}

// How the two batch levels map onto cuBLASLt's one strided batch: one level, or both when
// level 0 steps over exactly the batch of level 1 in every operand, is one call; otherwise
// one call per level-0 index, each a strided batch over level 1.
static void plan_batches(const bertrt_gemm *g, gemm_site *s) {
  const int64_t *strides[3] = {g->stride_a, g->stride_b, g->stride_c};
  bool nested = true;
  for (int x = 0; x < 3; x++)
    nested &= strides[x][0] == g->batch[1] * strides[x][1];
  s->loops = 1;
  s->count = g->batch[0] * g->batch[1];
  for (int x = 0; x < 3; x++) {
    s->stride[x] = g->batch[1] > 1 ? strides[x][1] : strides[x][0];
    s->advance[x] = 0;
  }
  if (g->batch[0] > 1 && g->batch[1] > 1 && !nested) {
    s->loops = g->batch[0];
    s->count = g->batch[1];
    for (int x = 0; x < 3; x++)
      s->advance[x] = strides[x][0];
  }
}

// Bytes of an element of bertrt_dtype `type` (f32 or bf16).
static uint64_t elem_bytes(int64_t type) {
  return type == BERTRT_BF16 ? 2 : 4;
}

// The largest power of two, at most 256, dividing the address of every matrix of the call.
static uint32_t alignment(const void *p, const int64_t stride[2], int64_t type,
                          const bertrt_gemm *g) {
  uint64_t bits = (uint64_t)(uintptr_t)p | 256;
  if (g->batch[0] > 1) bits |= elem_bytes(type) * (uint64_t)stride[0];
  if (g->batch[1] > 1) bits |= elem_bytes(type) * (uint64_t)stride[1];
  return (uint32_t)(bits & -bits);
}

static void layout(bertrt_cuda *c, int64_t site, const gemm_site *s, int x, bertrt_lt_layout *l,
                   int64_t type, int64_t rows, int64_t cols, int64_t ld) {
  int32_t lt_type = type == BERTRT_BF16 ? BERTRT_LT_R_16BF : BERTRT_LT_R_32F;
  lt_check(c, c->lt.cublasLtMatrixLayoutCreate(l, lt_type, (uint64_t)rows, (uint64_t)cols, ld),
           "cublasLtMatrixLayoutCreate(gemm site %lld)", (long long)site);
  if (s->count == 1) return;
  int32_t count = (int32_t)s->count;
  int64_t stride = s->stride[x];
  lt_check(c,
           c->lt.cublasLtMatrixLayoutSetAttribute(*l, BERTRT_LT_MATRIX_LAYOUT_BATCH_COUNT, &count,
                                                  sizeof count),
           "cublasLtMatrixLayoutSetAttribute(gemm site %lld, BATCH_COUNT)", (long long)site);
  lt_check(c,
           c->lt.cublasLtMatrixLayoutSetAttribute(*l, BERTRT_LT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET,
                                                  &stride, sizeof stride),
           "cublasLtMatrixLayoutSetAttribute(gemm site %lld, STRIDED_BATCH_OFFSET)",
           (long long)site);
}

// The algorithm cuBLASLt's heuristic picks for the site's descriptors within the workspace
// and the operands' alignment.
static void choose_algo(bertrt_cuda *c, int64_t site, gemm_site *s) {
  bertrt_lt_preference pref = NULL;
  lt_check(c, c->lt.cublasLtMatmulPreferenceCreate(&pref), "cublasLtMatmulPreferenceCreate");
  uint64_t workspace = WORKSPACE_BYTES;
  const struct {
    bertrt_lt_pref_attribute attr;
    const void *value;
    size_t bytes;
  } prefs[] = {
      {BERTRT_LT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &workspace, sizeof workspace},
      {BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, &s->align[1], sizeof s->align[1]},
      {BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES, &s->align[0], sizeof s->align[0]},
      {BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES, &s->align[2], sizeof s->align[2]},
      {BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES, &s->align[2], sizeof s->align[2]},
  };
  for (size_t i = 0; i < sizeof prefs / sizeof *prefs; i++)
    lt_check(c,
             c->lt.cublasLtMatmulPreferenceSetAttribute(pref, prefs[i].attr, prefs[i].value,
                                                        prefs[i].bytes),
             "cublasLtMatmulPreferenceSetAttribute(%d)", prefs[i].attr);
  bertrt_lt_heuristic_result result;
  memset(&result, 0, sizeof result);
  int returned = 0;
  bertrt_lt_status st =
      c->lt.cublasLtMatmulAlgoGetHeuristic(c->handle, s->desc, s->layout[1], s->layout[0],
                                           s->layout[2], s->layout[2], pref, 1, &result, &returned);
  c->lt.cublasLtMatmulPreferenceDestroy(pref);
  if (st != BERTRT_LT_STATUS_SUCCESS || returned < 1) {
    const bertrt_gemm *g = &s->shape;
    fprintf(stderr,
            "%s: error: cuBLASLt has no algorithm for gemm site %lld: m %lld, n %lld, k %lld, "
            "trans_a %lld, trans_b %lld, lda %lld, ldb %lld, ldc %lld, batch %lld x %lld "
            "(cublasLtMatmulAlgoGetHeuristic: %s (%d), %d results)\n",
            c->program, (long long)site, (long long)g->m, (long long)g->n, (long long)g->k,
            (long long)g->trans_a, (long long)g->trans_b, (long long)g->lda, (long long)g->ldb,
            (long long)g->ldc, (long long)g->batch[0], (long long)g->batch[1], lt_status_name(st),
            st, returned);
    exit(1);
  }
  s->algo = result.algo;
}

// The site's descriptors and algorithm for call `g` with operand alignments `align`.
// Row-major C = op(A) op(B) is column-major C^T = op(B)^T op(A)^T: cuBLASLt's A is our b
// and its B our a, each op unchanged, its m our n and its n our m.
static void build_site(bertrt_cuda *c, int64_t site, gemm_site *s, const bertrt_gemm *g,
                       const void *bias, const uint32_t align[3]) {
  destroy_site(c, s);
  s->shape = *g;
  s->bias = bias;
  s->shape.alpha = s->shape.beta = 0;
  memcpy(s->align, align, sizeof s->align);
  plan_batches(g, s);
  if (s->count > INT32_MAX)
    INTERNAL_ERROR(c, "gemm site %lld has a batch of %lld", (long long)site, (long long)s->count);
  const int64_t types[3] = {g->type_a, g->type_b, g->type_c};
  for (int x = 0; x < 3; x++)
    if (types[x] != BERTRT_F32 && types[x] != BERTRT_BF16)
      INTERNAL_ERROR(c, "gemm site %lld: operand %c of type %lld", (long long)site, "abc"[x],
                     (long long)types[x]);
  if (g->type_a != g->type_b)
    INTERNAL_ERROR(c, "gemm site %lld: a and b of different types", (long long)site);
  lt_check(c, c->lt.cublasLtMatmulDescCreate(&s->desc, BERTRT_LT_COMPUTE_32F, BERTRT_LT_R_32F),
           "cublasLtMatmulDescCreate(gemm site %lld)", (long long)site);
  int32_t op_b = g->trans_b ? BERTRT_LT_OP_T : BERTRT_LT_OP_N;
  int32_t op_a = g->trans_a ? BERTRT_LT_OP_T : BERTRT_LT_OP_N;
  lt_check(c,
           c->lt.cublasLtMatmulDescSetAttribute(s->desc, BERTRT_LT_MATMUL_DESC_TRANSA, &op_b,
                                                sizeof op_b),
           "cublasLtMatmulDescSetAttribute(gemm site %lld, TRANSA)", (long long)site);
  lt_check(c,
           c->lt.cublasLtMatmulDescSetAttribute(s->desc, BERTRT_LT_MATMUL_DESC_TRANSB, &op_a,
                                                sizeof op_a),
           "cublasLtMatmulDescSetAttribute(gemm site %lld, TRANSB)", (long long)site);
  if (bias) {
    // cuBLASLt's D is our C transposed: its rows are our columns, as the bias's index
    uint32_t epilogue = BERTRT_LT_EPILOGUE_BIAS;
    lt_check(c,
             c->lt.cublasLtMatmulDescSetAttribute(s->desc, BERTRT_LT_MATMUL_DESC_EPILOGUE,
                                                  &epilogue, sizeof epilogue),
             "cublasLtMatmulDescSetAttribute(gemm site %lld, EPILOGUE)", (long long)site);
    lt_check(c,
             c->lt.cublasLtMatmulDescSetAttribute(s->desc, BERTRT_LT_MATMUL_DESC_BIAS_POINTER,
                                                  &bias, sizeof bias),
             "cublasLtMatmulDescSetAttribute(gemm site %lld, BIAS_POINTER)", (long long)site);
  }
  // each buffer seen column-major: the transpose of its row-major matrix
  layout(c, site, s, 0, &s->layout[0], g->type_a, g->trans_a ? g->m : g->k,
         g->trans_a ? g->k : g->m, g->lda);
  layout(c, site, s, 1, &s->layout[1], g->type_b, g->trans_b ? g->k : g->n,
         g->trans_b ? g->n : g->k, g->ldb);
  layout(c, site, s, 2, &s->layout[2], g->type_c, g->n, g->m, g->ldc);
  choose_algo(c, site, s);
  s->ready = true;
}

// Whether the site's descriptors serve call `g` on operands of alignment `align`.
static bool site_fits(const gemm_site *s, const bertrt_gemm *g, const void *bias,
                      const uint32_t align[3]) {
  bertrt_gemm shape = *g;
  shape.alpha = shape.beta = 0;
  if (!s->ready || s->bias != bias || memcmp(&shape, &s->shape, sizeof shape)) return false;
  for (int x = 0; x < 3; x++)
    if (align[x] < s->align[x]) return false;
  return true;
}

void bertrt_cuda_gemm(bertrt_ctx *ctx, int64_t site, const bertrt_gemm *g, const void *a,
                      const void *b, void *c, const void *bias) {
  bertrt_cuda *cu = ctx->device;
  if (site < 0 || site >= cu->n_sites)
    INTERNAL_ERROR(cu, "gemm site %lld outside [0, %lld)", (long long)site, (long long)cu->n_sites);
  gemm_site *s = &cu->sites[site];
  const uint32_t align[3] = {alignment(a, g->stride_a, g->type_a, g),
                             alignment(b, g->stride_b, g->type_b, g),
                             alignment(c, g->stride_c, g->type_c, g)};
  if (!site_fits(s, g, bias, align)) build_site(cu, site, s, g, bias, align);
  float alpha = (float)g->alpha, beta = (float)g->beta;
  for (int64_t i = 0; i < s->loops; i++) {
    const char *ai = (const char *)a + i * s->advance[0] * (int64_t)elem_bytes(g->type_a);
    const char *bi = (const char *)b + i * s->advance[1] * (int64_t)elem_bytes(g->type_b);
    char *ci = (char *)c + i * s->advance[2] * (int64_t)elem_bytes(g->type_c);
    lt_check(cu,
             cu->lt.cublasLtMatmul(cu->handle, s->desc, &alpha, bi, s->layout[1], ai, s->layout[0],
                                   &beta, ci, s->layout[2], ci, s->layout[2], &s->algo,
                                   (void *)(uintptr_t)cu->workspace, WORKSPACE_BYTES, cu->stream),
             "cublasLtMatmul(gemm site %lld)", (long long)site);
  }
}

// ---- kernels, memory, copies -------------------------------------------------------------

enum { MAX_PARAMS = 64 };

void bertrt_cuda_run(bertrt_ctx *ctx, const bertrt_cuda_kernel *k) {
  bertrt_cuda *c = ctx->device;
  void *params[MAX_PARAMS];
  void *bases[MAX_PARAMS];
  uint32_t sites[MAX_PARAMS];
  if (k->n_bases < 0 || k->n_sites < 0 || 1 + k->n_bases + k->n_sites > MAX_PARAMS)
    INTERNAL_ERROR(c, "body_%lld has %lld bases and %lld sites (at most %d)", (long long)k->fn,
                   (long long)k->n_bases, (long long)k->n_sites, MAX_PARAMS - 1);
  int n = 0;
  params[n++] = &c->step_scalars;
  for (int64_t i = 0; i < k->n_bases; i++) {
    int64_t arena = k->bases[2 * i], offset = k->bases[2 * i + 1];
    if (arena < 0 || arena >= BERTRT_ARENA_COUNT)
      INTERNAL_ERROR(c, "body_%lld: base %lld in arena %lld", (long long)k->fn, (long long)i,
                     (long long)arena);
    bases[i] = (char *)ctx->arena[arena] + offset;
    params[n++] = &bases[i];
  }
  for (int64_t i = 0; i < k->n_sites; i++) {
    sites[i] = (uint32_t)k->sites[i];
    params[n++] = &sites[i];
  }
  bertrt_cuda_launch(ctx, k->fn, k->grid, k->block, params);
}

// ctx's fields lr .. step (kernels.cu's bertrt_kernel_ctx, 6 words) into the device copy
// kernels read: six 32-bit memsets, whose values are taken when they are queued.
static void write_step_scalars(bertrt_cuda *c, const bertrt_ctx *ctx) {
  uint32_t words[6];
  _Static_assert(offsetof(bertrt_ctx, step) + 4 - offsetof(bertrt_ctx, lr) == sizeof words,
                 "lr .. step are six 32-bit words");
  memcpy(words, &ctx->lr, sizeof words);
  for (int i = 0; i < 6; i++)
    cuda_check(c, c->cu.cuMemsetD32Async(c->step_scalars + 4 * (unsigned)i, words[i], 1, c->stream),
               "cuMemsetD32Async(step scalar %d)", i);
}

// The graph of `entry`, or NULL when it is to run directly: its first run is direct (a
// warm-up: cuBLASLt chooses its algorithms and the driver loads what it loads lazily, which
// a capture would refuse), its second is captured (the launches and GEMMs are recorded, not
// run) and instantiated; every later run replays that graph. NULL also when there is no
// room for another graph.
static bertrt_cu_graph_exec entry_graph(bertrt_cuda *c, bertrt_entry entry, bertrt_ctx *ctx) {
  int i = 0;
  while (i < c->n_graphs && c->graphs[i].entry != entry)
    i++;
  if (i == c->n_graphs) {
    if (c->n_graphs == MAX_GRAPHS) return NULL;
    c->graphs[c->n_graphs++] = (graph_slot){entry, NULL};
    return NULL;
  }
  if (c->graphs[i].exec) return c->graphs[i].exec;
  bertrt_cu_graph graph = NULL;
  cuda_check(c,
             c->cu.cuStreamBeginCapture_v2(c->stream, BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL),
             "cuStreamBeginCapture");
  entry(ctx);
  cuda_check(c, c->cu.cuStreamEndCapture(c->stream, &graph), "cuStreamEndCapture");
  cuda_check(c, c->cu.cuGraphInstantiateWithFlags(&c->graphs[i].exec, graph, 0),
             "cuGraphInstantiate");
  cuda_check(c, c->cu.cuGraphDestroy(graph), "cuGraphDestroy");
  return c->graphs[i].exec;
}

void cuda_run_entry(bertrt_cuda *c, bertrt_entry entry, bertrt_ctx *ctx) {
  write_step_scalars(c, ctx);
  bertrt_cu_graph_exec exec = c->use_graphs ? entry_graph(c, entry, ctx) : NULL;
  if (exec)
    cuda_check(c, c->cu.cuGraphLaunch(exec, c->stream), "cuGraphLaunch");
  else
    entry(ctx);
}

void bertrt_cuda_launch(bertrt_ctx *ctx, int64_t fn, int64_t grid, int64_t block, void **args) {
  bertrt_cuda *c = ctx->device;
  if (fn < 0 || fn >= c->n_functions || grid < 1 || grid > INT32_MAX || block < 1 ||
      block > INT32_MAX)
    INTERNAL_ERROR(c, "launch of body_%lld (of %lld) on %lld blocks of %lld threads", (long long)fn,
                   (long long)c->n_functions, (long long)grid, (long long)block);
  cuda_check(c,
             c->cu.cuLaunchKernel(c->functions[fn], (unsigned)grid, 1, 1, (unsigned)block, 1, 1, 0,
                                  c->stream, args, NULL),
             "cuLaunchKernel(body_%lld, %lld blocks of %lld threads)", (long long)fn,
             (long long)grid, (long long)block);
}

const char *cuda_device_description(const bertrt_cuda *c) {
  return c->description;
}

static bertrt_cu_deviceptr devptr(const void *p) {
  return (bertrt_cu_deviceptr)(uintptr_t)p;
}

void *cuda_alloc(bertrt_cuda *c, size_t bytes, const char *what) {
  bertrt_cu_deviceptr p = 0;
  cuda_check(c, c->cu.cuMemAlloc_v2(&p, bytes ? bytes : 1), "cuMemAlloc(%s, %zu bytes)", what,
             bytes);
  if (bytes)
    cuda_check(c, c->cu.cuMemsetD8Async(p, 0, bytes, c->stream), "cuMemsetD8Async(%s)", what);
  sample_memory(c);
  return (void *)(uintptr_t)p;
}

void cuda_free(bertrt_cuda *c, void *dev) {
  if (dev) cuda_check(c, c->cu.cuMemFree_v2(devptr(dev)), "cuMemFree");
}

// The runtime's host buffers are pageable, and the driver returns from an asynchronous copy
// out of pageable memory once it has staged the bytes (CUDA's documented API synchronization
// behaviour): `host` may be reused at once, with no wait on the stream. A batch's inputs
// then go out right before its entry point's graph, and the step's only wait is for the
// outputs it downloads.
void cuda_upload(bertrt_cuda *c, void *dev, const void *host, size_t bytes) {
  if (!bytes) return;
  cuda_check(c, c->cu.cuMemcpyHtoDAsync_v2(devptr(dev), host, bytes, c->stream),
             "cuMemcpyHtoDAsync(%zu bytes)", bytes);
}

void cuda_download(bertrt_cuda *c, void *host, const void *dev, size_t bytes) {
  if (!bytes) return;
  cuda_check(c, c->cu.cuMemcpyDtoHAsync_v2(host, devptr(dev), bytes, c->stream),
             "cuMemcpyDtoHAsync(%zu bytes)", bytes);
  cuda_check(c, c->cu.cuStreamSynchronize(c->stream), "cuStreamSynchronize (for a download)");
}

void cuda_memset_zero(bertrt_cuda *c, void *dev, size_t bytes) {
  if (bytes)
    cuda_check(c, c->cu.cuMemsetD8Async(devptr(dev), 0, bytes, c->stream),
               "cuMemsetD8Async(%zu bytes)", bytes);
}

void cuda_synchronize(bertrt_cuda *c) {
  cuda_check(c, c->cu.cuStreamSynchronize(c->stream), "cuStreamSynchronize");
  sample_memory(c);
}

size_t cuda_peak_memory(const bertrt_cuda *c) {
  return c->peak;
}

// Everything cuda_open made, newest first; also undoes a cuda_open that failed part way.
// Results are ignored: nothing can be done about them here.
void cuda_close(bertrt_cuda *c) {
  if (!c) return;
  if (c->context) c->cu.cuCtxSetCurrent(c->context);
  if (c->stream) c->cu.cuStreamSynchronize(c->stream);
  for (int i = 0; i < c->n_graphs; i++)
    if (c->graphs[i].exec) c->cu.cuGraphExecDestroy(c->graphs[i].exec);
  for (int64_t i = 0; i < c->n_sites; i++)
    destroy_site(c, &c->sites[i]);
  free(c->sites);
  if (c->step_scalars) c->cu.cuMemFree_v2(c->step_scalars);
  if (c->workspace) c->cu.cuMemFree_v2(c->workspace);
  if (c->handle) c->lt.cublasLtDestroy(c->handle);
  if (c->lt_lib) dlclose(c->lt_lib);
  free(c->functions);
  if (c->module) c->cu.cuModuleUnload(c->module);
  if (c->stream) c->cu.cuStreamDestroy_v2(c->stream);
  if (c->context) c->cu.cuDevicePrimaryCtxRelease_v2(c->device);
  if (c->driver_lib) dlclose(c->driver_lib);
  free(c);
}
