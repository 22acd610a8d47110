// fake_cublaslt.c — libemucublaslt.so: the cuBLASLt functions of runtime/cuda_api.h on the
// host CPU, for the CUDA emulator (BERTC_LIBCUBLASLT=libemucublaslt.so; device pointers are
// host addresses, fake_cuda.c).
//
// cublasLtMatmul computes what cuBLASLt documents, column-major:
//   D[b] = alpha * op(A[b]) op(B[b]) + beta * C[b]   for b < BATCH_COUNT,
// X[b] starting STRIDED_BATCH_OFFSET * b elements after X, op() per TRANSA and TRANSB, op(A)
// m x k, op(B) k x n, C and D m x n with the layouts' leading dimensions; C is not read when
// beta is 0. Each element is a float sum in k order (p = 0, 1, ..., k - 1) of float
// products, as an fp32 GPU kernel accumulates (CUBLAS_COMPUTE_32F, scale type R_32F, the
// only compute type emulated). Every operand is R_32F or R_16BF (bfloat16: a float's high
// 16 bits), A and B of one type, C and D of one layout: bf16 elements of A, B and C widen to
// float exactly; the bias epilogue (BIAS_POINTER, a vector of D's rows of D's type, as
// cuBLASLt's default BIAS_DATA_TYPE) adds the bias to alpha * sum + beta * C in float, and
// a bf16 D is that float rounded to nearest even (NaN stays NaN, quiet).
//
// The stream is the emulated driver's (fake_cuda.c): a matmul on a capturing stream is
// recorded, not run: a copy of everything it needs (the descriptor's and layouts' contents
// as they are now, alpha and beta's values, the operand and workspace pointers) becomes an
// operation of the capture's graph, which each cuGraphLaunch of it runs. The driver says
// whether the stream captures and records the operation through its hook
// emu_stream_record (emu_abi.h), found in the driver library the runtime loaded from
// $BERTC_LIBCUDA; without it (the driver not loaded yet) a matmul fails.
//
// Only what the runtime uses is accepted; anything else (another data or compute type, A and
// B of different types, an attribute of the wrong size, a D layout unlike C's, mismatched
// shapes or batch counts, D overlapping A or B, an alignment preference below an operand's
// element size, an operand less aligned than the preference the algorithm was chosen for)
// returns an error status after a line "emulated cuBLASLt: ..." on stderr.
#include "cuda_api.h"
#include "emu_abi.h"

#include <dlfcn.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Every function of the cuBLASLt table, with exactly the runtime's signature.
#define CHECK_SIGNATURE(name, params)                                                              \
  bertrt_lt_status name params;                                                                    \
  _Static_assert(__builtin_types_compatible_p(__typeof__(&name), bertrt_pfn_##name),               \
                 #name " has the signature of cuda_api.h");
BERTRT_LT_API(CHECK_SIGNATURE)
#undef CHECK_SIGNATURE

#define ALGO_TAG 0x656d752d616c676fULL // "emu-algo": data[0] of the one algorithm

struct bertrt_lt_context_st {
  int live;
};

struct bertrt_lt_matmul_desc_st {
  bertrt_lt_compute_type compute;
  int32_t op_a, op_b; // BERTRT_LT_OP_N or _T
  uint32_t epilogue;  // BERTRT_LT_EPILOGUE_DEFAULT or _BIAS
  const void *bias;   // BIAS_POINTER: [rows of D] of D's type, added to every column and batch
};

struct bertrt_lt_layout_st { // no padding: shape() compares two with memcmp
  uint64_t rows, cols;
  int64_t ld;
  int32_t batch;  // BATCH_COUNT, 1 by default
  int32_t type;   // BERTRT_LT_R_32F or _R_16BF
  int64_t stride; // STRIDED_BATCH_OFFSET, elements, 0 by default
};

struct bertrt_lt_preference_st {
  uint64_t workspace;
  uint32_t align[4]; // A, B, C, D in bytes, 256 by default
};

static struct {
  int handles, descs, layouts, prefs;
  long long heuristics, matmuls, recorded;
  double flops;
  int live_ops; // recorded matmuls that a graph still holds
} lt;

__attribute__((format(printf, 2, 3))) static bertrt_lt_status misuse(bertrt_lt_status s,
                                                                     const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "emulated cuBLASLt: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  return s;
}

#define INVALID(...)       misuse(BERTRT_LT_STATUS_INVALID_VALUE, __VA_ARGS__)
#define NOT_SUPPORTED(...) misuse(BERTRT_LT_STATUS_NOT_SUPPORTED, __VA_ARGS__)

// ---- handles, descriptors, layouts, preferences ------------------------------------------

bertrt_lt_status cublasLtCreate(bertrt_lt_handle *handle) {
  if (!handle) return INVALID("cublasLtCreate(NULL)");
  if (!(*handle = calloc(1, sizeof **handle))) return BERTRT_LT_STATUS_ALLOC_FAILED;
  (*handle)->live = 1;
  lt.handles++;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtDestroy(bertrt_lt_handle handle) {
  if (!handle || !handle->live) return misuse(BERTRT_LT_STATUS_NOT_INITIALIZED, "cublasLtDestroy");
  handle->live = 0;
  free(handle);
  lt.handles--;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulDescCreate(bertrt_lt_matmul_desc *desc,
                                          bertrt_lt_compute_type compute,
                                          bertrt_lt_data_type scale) {
  if (compute != BERTRT_LT_COMPUTE_32F)
    return NOT_SUPPORTED("cublasLtMatmulDescCreate: compute type %d (emulated: 32F %d)", compute,
                         BERTRT_LT_COMPUTE_32F);
  if (scale != BERTRT_LT_R_32F)
    return NOT_SUPPORTED("cublasLtMatmulDescCreate: scale type %d (emulated: R_32F)", scale);
  if (!(*desc = calloc(1, sizeof **desc))) return BERTRT_LT_STATUS_ALLOC_FAILED;
  (*desc)->compute = compute;
  (*desc)->op_a = (*desc)->op_b = BERTRT_LT_OP_N;
  (*desc)->epilogue = BERTRT_LT_EPILOGUE_DEFAULT;
  lt.descs++;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulDescDestroy(bertrt_lt_matmul_desc desc) {
  if (!desc) return INVALID("cublasLtMatmulDescDestroy(NULL)");
  free(desc);
  lt.descs--;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulDescSetAttribute(bertrt_lt_matmul_desc desc,
                                                bertrt_lt_desc_attribute attr, const void *buf,
                                                size_t bytes) {
  if (!desc || !buf) return INVALID("cublasLtMatmulDescSetAttribute: NULL argument");
  if (attr == BERTRT_LT_MATMUL_DESC_EPILOGUE) {
    if (bytes != sizeof(uint32_t))
      return INVALID("cublasLtMatmulDescSetAttribute(EPILOGUE): %zu bytes, not 4", bytes);
    uint32_t e;
    memcpy(&e, buf, sizeof e);
    if (e != BERTRT_LT_EPILOGUE_DEFAULT && e != BERTRT_LT_EPILOGUE_BIAS)
      return NOT_SUPPORTED("cublasLtMatmulDescSetAttribute: epilogue %u (emulated: DEFAULT, "
                           "BIAS)",
                           e);
    desc->epilogue = e;
    return BERTRT_LT_STATUS_SUCCESS;
  }
  if (attr == BERTRT_LT_MATMUL_DESC_BIAS_POINTER) {
    if (bytes != sizeof(void *))
      return INVALID("cublasLtMatmulDescSetAttribute(BIAS_POINTER): %zu bytes, not %zu", bytes,
                     sizeof(void *));
    memcpy(&desc->bias, buf, sizeof desc->bias);
    return BERTRT_LT_STATUS_SUCCESS;
  }
  if (attr != BERTRT_LT_MATMUL_DESC_TRANSA && attr != BERTRT_LT_MATMUL_DESC_TRANSB)
    return NOT_SUPPORTED("cublasLtMatmulDescSetAttribute: attribute %d is not emulated", attr);
  if (bytes != sizeof(int32_t))
    return INVALID("cublasLtMatmulDescSetAttribute(%s): %zu bytes, not 4",
                   attr == BERTRT_LT_MATMUL_DESC_TRANSA ? "TRANSA" : "TRANSB", bytes);
  int32_t op;
  memcpy(&op, buf, sizeof op);
  if (op != BERTRT_LT_OP_N && op != BERTRT_LT_OP_T)
    return NOT_SUPPORTED("cublasLtMatmulDescSetAttribute: operation %d (emulated: N, T)", op);
  *(attr == BERTRT_LT_MATMUL_DESC_TRANSA ? &desc->op_a : &desc->op_b) = op;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatrixLayoutCreate(bertrt_lt_layout *layout, bertrt_lt_data_type type,
                                            uint64_t rows, uint64_t cols, int64_t ld) {
  if (type != BERTRT_LT_R_32F && type != BERTRT_LT_R_16BF)
    return NOT_SUPPORTED("cublasLtMatrixLayoutCreate: data type %d (emulated: R_32F %d, R_16BF "
                         "%d)",
                         type, BERTRT_LT_R_32F, BERTRT_LT_R_16BF);
  if (rows < 1 || cols < 1 || ld < (int64_t)rows)
    return INVALID("cublasLtMatrixLayoutCreate: %llu x %llu, ld %lld (column-major: ld >= rows)",
                   (unsigned long long)rows, (unsigned long long)cols, (long long)ld);
  if (!(*layout = calloc(1, sizeof **layout))) return BERTRT_LT_STATUS_ALLOC_FAILED;
  **layout = (struct bertrt_lt_layout_st){rows, cols, ld, 1, type, 0};
  lt.layouts++;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatrixLayoutDestroy(bertrt_lt_layout layout) {
  if (!layout) return INVALID("cublasLtMatrixLayoutDestroy(NULL)");
  free(layout);
  lt.layouts--;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatrixLayoutSetAttribute(bertrt_lt_layout layout,
                                                  bertrt_lt_layout_attribute attr, const void *buf,
                                                  size_t bytes) {
  if (!layout || !buf) return INVALID("cublasLtMatrixLayoutSetAttribute: NULL argument");
  switch (attr) {
  case BERTRT_LT_MATRIX_LAYOUT_BATCH_COUNT:
    if (bytes != sizeof(int32_t))
      return INVALID("cublasLtMatrixLayoutSetAttribute(BATCH_COUNT): %zu bytes, not 4", bytes);
    memcpy(&layout->batch, buf, sizeof layout->batch);
    if (layout->batch < 1)
      return INVALID("cublasLtMatrixLayoutSetAttribute: BATCH_COUNT %d", layout->batch);
    return BERTRT_LT_STATUS_SUCCESS;
  case BERTRT_LT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET:
    if (bytes != sizeof(int64_t))
      return INVALID("cublasLtMatrixLayoutSetAttribute(STRIDED_BATCH_OFFSET): %zu bytes, not 8",
                     bytes);
    memcpy(&layout->stride, buf, sizeof layout->stride);
    return BERTRT_LT_STATUS_SUCCESS;
  default:
    return NOT_SUPPORTED("cublasLtMatrixLayoutSetAttribute: attribute %d is not emulated", attr);
  }
}

bertrt_lt_status cublasLtMatmulPreferenceCreate(bertrt_lt_preference *pref) {
  if (!(*pref = calloc(1, sizeof **pref))) return BERTRT_LT_STATUS_ALLOC_FAILED;
  for (int i = 0; i < 4; i++)
    (*pref)->align[i] = 256;
  lt.prefs++;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulPreferenceDestroy(bertrt_lt_preference pref) {
  if (!pref) return INVALID("cublasLtMatmulPreferenceDestroy(NULL)");
  free(pref);
  lt.prefs--;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulPreferenceSetAttribute(bertrt_lt_preference pref,
                                                      bertrt_lt_pref_attribute attr,
                                                      const void *buf, size_t bytes) {
  if (!pref || !buf) return INVALID("cublasLtMatmulPreferenceSetAttribute: NULL argument");
  if (attr == BERTRT_LT_MATMUL_PREF_MAX_WORKSPACE_BYTES) {
    if (bytes != sizeof(uint64_t))
      return INVALID("cublasLtMatmulPreferenceSetAttribute(MAX_WORKSPACE_BYTES): %zu bytes, "
                     "not 8",
                     bytes);
    memcpy(&pref->workspace, buf, sizeof pref->workspace);
    return BERTRT_LT_STATUS_SUCCESS;
  }
  if (attr >= BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES &&
      attr <= BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES) {
    if (bytes != sizeof(uint32_t))
      return INVALID("cublasLtMatmulPreferenceSetAttribute(MIN_ALIGNMENT_%c_BYTES): %zu bytes, "
                     "not 4",
                     "ABCD"[attr - BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES], bytes);
    uint32_t a;
    memcpy(&a, buf, sizeof a);
    if (a < 2 || (a & (a - 1)))
      return INVALID("cublasLtMatmulPreferenceSetAttribute: alignment %u bytes (a power of two, "
                     "at least a bfloat16)",
                     a);
    pref->align[attr - BERTRT_LT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES] = a;
    return BERTRT_LT_STATUS_SUCCESS;
  }
  return NOT_SUPPORTED("cublasLtMatmulPreferenceSetAttribute: attribute %d is not emulated", attr);
}

// ---- matmul ------------------------------------------------------------------------------

typedef struct {
  int64_t m, n, k, batch;
} problem;

// Bytes of an element of the layout's type.
static uint64_t elem_bytes(const struct bertrt_lt_layout_st *l) {
  return l->type == BERTRT_LT_R_16BF ? 2 : 4;
}

static const char *type_name(int32_t type) {
  return type == BERTRT_LT_R_16BF ? "R_16BF" : "R_32F";
}

// The problem of the four layouts, or an error status (after the message).
static bertrt_lt_status shape(const char *call, bertrt_lt_matmul_desc desc, bertrt_lt_layout a,
                              bertrt_lt_layout b, bertrt_lt_layout c, bertrt_lt_layout d,
                              problem *p) {
  if (!desc || !a || !b || !c || !d) return INVALID("%s: NULL descriptor or layout", call);
  if (memcmp(c, d, sizeof *c))
    return NOT_SUPPORTED("%s: D's layout differs from C's (not emulated)", call);
  if (a->type != b->type)
    return NOT_SUPPORTED("%s: A of type %s, B of type %s (emulated: A and B of one type)", call,
                         type_name(a->type), type_name(b->type));
  bool ta = desc->op_a == BERTRT_LT_OP_T, tb = desc->op_b == BERTRT_LT_OP_T;
  p->m = (int64_t)(ta ? a->cols : a->rows);
  p->k = (int64_t)(ta ? a->rows : a->cols);
  int64_t kb = (int64_t)(tb ? b->cols : b->rows);
  p->n = (int64_t)(tb ? b->rows : b->cols);
  if (kb != p->k || (int64_t)c->rows != p->m || (int64_t)c->cols != p->n)
    return INVALID("%s: op(A) %lld x %lld, op(B) %lld x %lld, C %llu x %llu do not chain", call,
                   (long long)p->m, (long long)p->k, (long long)kb, (long long)p->n,
                   (unsigned long long)c->rows, (unsigned long long)c->cols);
  if (a->batch != c->batch || b->batch != c->batch)
    return INVALID("%s: batch counts A %d, B %d, C %d differ", call, a->batch, b->batch, c->batch);
  // C's batches are disjoint: one after another, or side by side in the gap of ld - rows
  int64_t span = (int64_t)(c->cols - 1) * c->ld + (int64_t)c->rows; // elements of one matrix
  int64_t stride = llabs(c->stride);
  if (c->batch > 1 && stride < span &&
      (stride < (int64_t)c->rows || (c->batch - 1) * stride + (int64_t)c->rows > c->ld))
    return NOT_SUPPORTED("%s: C's batches may overlap: %d of %llu x %llu, ld %lld, stride %lld",
                         call, c->batch, (unsigned long long)c->rows, (unsigned long long)c->cols,
                         (long long)c->ld, (long long)c->stride);
  p->batch = c->batch;
  return BERTRT_LT_STATUS_SUCCESS;
}

bertrt_lt_status cublasLtMatmulAlgoGetHeuristic(bertrt_lt_handle handle, bertrt_lt_matmul_desc desc,
                                                bertrt_lt_layout a_desc, bertrt_lt_layout b_desc,
                                                bertrt_lt_layout c_desc, bertrt_lt_layout d_desc,
                                                bertrt_lt_preference pref, int requested,
                                                bertrt_lt_heuristic_result results[],
                                                int *returned) {
  if (!handle || !handle->live)
    return misuse(BERTRT_LT_STATUS_NOT_INITIALIZED, "cublasLtMatmulAlgoGetHeuristic: handle");
  if (!pref || !results || !returned || requested < 1)
    return INVALID("cublasLtMatmulAlgoGetHeuristic: preference, results or count");
  problem p;
  bertrt_lt_status s =
      shape("cublasLtMatmulAlgoGetHeuristic", desc, a_desc, b_desc, c_desc, d_desc, &p);
  if (s != BERTRT_LT_STATUS_SUCCESS) return s;
  const bertrt_lt_layout layouts[4] = {a_desc, b_desc, c_desc, d_desc};
  for (int x = 0; x < 4; x++)
    if (pref->align[x] < elem_bytes(layouts[x]))
      return NOT_SUPPORTED("cublasLtMatmulAlgoGetHeuristic: alignment %u bytes of %c, less than "
                           "an element of %s",
                           pref->align[x], "ABCD"[x], type_name(layouts[x]->type));
  // one algorithm: no workspace, any alignment; it remembers the alignments it was promised
  memset(results, 0, sizeof *results);
  results->algo.data[0] = ALGO_TAG;
  for (int i = 0; i < 4; i++)
    results->algo.data[1 + i] = pref->align[i];
  results->workspace_size = 0;
  results->state = BERTRT_LT_STATUS_SUCCESS;
  results->waves_count = 1.0f;
  *returned = 1;
  lt.heuristics++;
  return BERTRT_LT_STATUS_SUCCESS;
}

// bfloat16 h as a float (exact).
static inline float from_bf16(uint16_t h) {
  uint32_t u = (uint32_t)h << 16;
  float x;
  memcpy(&x, &u, sizeof x);
  return x;
}

// x rounded to bfloat16, round to nearest even (NaN stays NaN, its quiet bit set).
static inline uint16_t to_bf16(float x) {
  uint32_t u;
  memcpy(&u, &x, sizeof u);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)(u >> 16 | 0x0040u);
  u += 0x7fffu + (u >> 16 & 1u);
  return (uint16_t)(u >> 16);
}

// Bytes [lo, hi) an operand's batches touch.
static void extent(const void *base, bertrt_lt_layout l, uintptr_t *lo, uintptr_t *hi) {
  int64_t first = l->stride < 0 ? (l->batch - 1) * l->stride : 0;
  int64_t last = (l->stride > 0 ? (l->batch - 1) * l->stride : 0) + (int64_t)(l->cols - 1) * l->ld +
                 (int64_t)l->rows;
  *lo = (uintptr_t)base + elem_bytes(l) * (uintptr_t)first;
  *hi = (uintptr_t)base + elem_bytes(l) * (uintptr_t)last;
}

// Every batch of an operand at the alignment the algorithm was chosen for.
static bool aligned(const void *base, bertrt_lt_layout l, uint64_t align) {
  for (int32_t x = 0; x < l->batch; x++)
    if (((uintptr_t)base + elem_bytes(l) * (uintptr_t)(x * l->stride)) % align) return false;
  return true;
}

// Element i of an array of floats or (bf16) bfloat16s, as a float.
static inline float element(const void *base, bool bf16, int64_t i) {
  return bf16 ? from_bf16(((const uint16_t *)base)[i]) : ((const float *)base)[i];
}

// One batch: D = alpha op(A) op(B) + beta C (+ bias), column by column of D; A and B bf16
// when ab_bf16, C, D and the bias when cd_bf16.
static void gemm(const problem *p, bool ta, bool tb, bool ab_bf16, bool cd_bf16, float alpha,
                 float beta, const void *A, int64_t lda, const void *B, int64_t ldb, const void *C,
                 int64_t ldc, void *D, const void *bias, float *acc) {
  // op(A)[i, q] = A[i * ai + q * aq], op(B)[q, j] = B[q * bq + j * bj]
  int64_t ai = ta ? lda : 1, aq = ta ? 1 : lda, bq = tb ? ldb : 1, bj = tb ? 1 : ldb;
  for (int64_t j = 0; j < p->n; j++) {
    for (int64_t i = 0; i < p->m; i++)
      acc[i] = 0.0f;
    for (int64_t q = 0; q < p->k; q++) {
      float b = element(B, ab_bf16, q * bq + j * bj);
      if (ab_bf16) {
        const uint16_t *a = (const uint16_t *)A + q * aq;
        for (int64_t i = 0; i < p->m; i++)
          acc[i] += from_bf16(a[i * ai]) * b;
      } else {
        const float *a = (const float *)A + q * aq;
        for (int64_t i = 0; i < p->m; i++)
          acc[i] += a[i * ai] * b;
      }
    }
    for (int64_t i = 0; i < p->m; i++) {
      int64_t e = i + j * ldc;
      float d = alpha * acc[i] + (beta != 0.0f ? beta * element(C, cd_bf16, e) : 0.0f);
      if (bias) d += element(bias, cd_bf16, i);
      if (cd_bf16)
        ((uint16_t *)D)[e] = to_bf16(d);
      else
        ((float *)D)[e] = d;
    }
  }
}

// The emulated driver's emu_stream_record (emu_abi.h), or NULL after a message.
static emu_stream_record_fn *driver_hook(void) {
  static emu_stream_record_fn *hook;
  if (hook) return hook;
  void *sym = NULL;
  const char *path = getenv("BERTC_LIBCUDA");
  // the library the runtime opened from that path: already loaded, so the same handle
  void *lib = path && *path ? dlopen(path, RTLD_NOW | RTLD_NOLOAD) : NULL;
  if (lib) sym = dlsym(lib, EMU_STREAM_RECORD_SYMBOL); // the reference is dropped at exit
  if (!sym) sym = dlsym(RTLD_DEFAULT, EMU_STREAM_RECORD_SYMBOL);
  if (!sym) {
    misuse(BERTRT_LT_STATUS_NOT_INITIALIZED,
           "no emulated CUDA driver loaded to run the matmul on its stream: BERTC_LIBCUDA (%s) "
           "is not a loaded library exporting %s (load libemucuda.so first)",
           path ? path : "unset", EMU_STREAM_RECORD_SYMBOL);
    return NULL;
  }
  memcpy(&hook, &sym, sizeof sym);
  return hook;
}

// A matmul with copies of everything it reads: what a capture records.
typedef struct {
  struct bertrt_lt_matmul_desc_st desc;
  struct bertrt_lt_layout_st layouts[4]; // A, B, C, D
  float alpha, beta;
  const void *a, *b, *c;
  void *d;
  void *workspace;
  size_t workspace_bytes;
  problem p;
} matmul_op;

static int run_matmul(void *data) {
  const matmul_op *op = data;
  const problem *p = &op->p;
  const struct bertrt_lt_layout_st *l = op->layouts;
  float *acc = malloc((size_t)p->m * sizeof *acc);
  if (!acc) return BERTRT_LT_STATUS_ALLOC_FAILED;
  bool ta = op->desc.op_a == BERTRT_LT_OP_T, tb = op->desc.op_b == BERTRT_LT_OP_T;
  // D = alpha op(A) op(B) + beta C (+ bias), in float, then rounded when D is bf16
  const void *bias = op->desc.epilogue == BERTRT_LT_EPILOGUE_BIAS ? op->desc.bias : NULL;
  int64_t batch_bytes[4]; // from one batch of an operand to the next
  for (int x = 0; x < 4; x++)
    batch_bytes[x] = (int64_t)elem_bytes(&l[x]) * l[x].stride;
  for (int64_t x = 0; x < p->batch; x++)
    gemm(p, ta, tb, l[0].type == BERTRT_LT_R_16BF, l[3].type == BERTRT_LT_R_16BF, op->alpha,
         op->beta, (const char *)op->a + x * batch_bytes[0], l[0].ld,
         (const char *)op->b + x * batch_bytes[1], l[1].ld,
         (const char *)op->c + x * batch_bytes[2], l[2].ld, (char *)op->d + x * batch_bytes[3],
         bias, acc);
  free(acc);
  lt.matmuls++;
  lt.flops += 2.0 * (double)p->m * (double)p->n * (double)p->k * (double)p->batch;
  return BERTRT_LT_STATUS_SUCCESS;
}

static void release_matmul(void *data) {
  memset(data, 0xDB, sizeof(matmul_op)); // a use after free shows; the barrier keeps it
  __asm__ volatile("" : : "r"(data) : "memory");
  free(data);
  lt.live_ops--;
}

bertrt_lt_status cublasLtMatmul(bertrt_lt_handle handle, bertrt_lt_matmul_desc desc,
                                const void *alpha, const void *a, bertrt_lt_layout a_desc,
                                const void *b, bertrt_lt_layout b_desc, const void *beta,
                                const void *c, bertrt_lt_layout c_desc, void *d,
                                bertrt_lt_layout d_desc, const bertrt_lt_algo *algo,
                                void *workspace, size_t workspace_bytes, bertrt_cu_stream stream) {
  if (!handle || !handle->live)
    return misuse(BERTRT_LT_STATUS_NOT_INITIALIZED, "cublasLtMatmul: handle");
  if (!alpha || !beta || !a || !b || !c || !d)
    return INVALID("cublasLtMatmul: NULL scalar or operand");
  if (!algo || algo->data[0] != ALGO_TAG)
    return INVALID("cublasLtMatmul: the algorithm is not one cublasLtMatmulAlgoGetHeuristic "
                   "returned");
  if (workspace_bytes && !workspace)
    return INVALID("cublasLtMatmul: %zu bytes of workspace at NULL", workspace_bytes);
  problem p;
  bertrt_lt_status s = shape("cublasLtMatmul", desc, a_desc, b_desc, c_desc, d_desc, &p);
  if (s != BERTRT_LT_STATUS_SUCCESS) return s;
  const void *operands[4] = {a, b, c, d};
  const bertrt_lt_layout layouts[4] = {a_desc, b_desc, c_desc, d_desc};
  for (int x = 0; x < 4; x++)
    if (!aligned(operands[x], layouts[x], algo->data[1 + x]))
      return misuse(BERTRT_LT_STATUS_MAPPING_ERROR,
                    "cublasLtMatmul: a batch of %c at %p is not aligned to the %llu bytes the "
                    "algorithm was chosen for",
                    "ABCD"[x], operands[x], (unsigned long long)algo -> data[1 + x]);
  uintptr_t dlo, dhi;
  extent(d, d_desc, &dlo, &dhi);
  for (int x = 0; x < 2; x++) {
    uintptr_t lo, hi;
    extent(operands[x], layouts[x], &lo, &hi);
    if (lo < dhi && dlo < hi) return INVALID("cublasLtMatmul: D overlaps %c", "AB"[x]);
  }
  if (c != d) {
    uintptr_t lo, hi;
    extent(c, c_desc, &lo, &hi);
    if (lo < dhi && dlo < hi) return INVALID("cublasLtMatmul: D overlaps C without being C");
  }
  emu_stream_record_fn *hook = driver_hook();
  if (!hook) return BERTRT_LT_STATUS_NOT_INITIALIZED;
  matmul_op *op = malloc(sizeof *op);
  if (!op) return BERTRT_LT_STATUS_ALLOC_FAILED;
  op->desc = *desc;
  for (int x = 0; x < 4; x++)
    op->layouts[x] = *layouts[x];
  memcpy(&op->alpha, alpha, sizeof op->alpha); // host scalars: read when the call is made
  memcpy(&op->beta, beta, sizeof op->beta);
  op->a = a, op->b = b, op->c = c, op->d = d;
  op->workspace = workspace;
  op->workspace_bytes = workspace_bytes;
  op->p = p;
  int recorded = 0;
  int r = hook(stream, "cublasLtMatmul", run_matmul, release_matmul, op, &recorded);
  if (r != 0) {
    free(op);
    return misuse(BERTRT_LT_STATUS_EXECUTION_FAILED,
                  "cublasLtMatmul: the emulated driver refused the stream (CUresult %d, above)", r);
  }
  if (recorded) {
    lt.recorded++;
    lt.live_ops++;
    return BERTRT_LT_STATUS_SUCCESS;
  }
  s = (bertrt_lt_status)run_matmul(op);
  free(op);
  return s;
}

__attribute__((destructor)) static void report(void) {
  const char *stats = getenv("BERTC_EMU_STATS");
  if (!stats || !*stats || !strcmp(stats, "0")) return;
  fprintf(stderr,
          "emulated cuBLASLt: %lld heuristics, %lld matmuls run (%.3g GFLOP), %lld recorded by "
          "captures; at exit %d handles, %d descriptors, %d layouts, %d preferences, %d "
          "recorded matmuls held by graphs\n",
          lt.heuristics, lt.matmuls, lt.flops * 1e-9, lt.recorded, lt.handles, lt.descs, lt.layouts,
          lt.prefs, lt.live_ops);
}
