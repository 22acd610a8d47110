// render_llvm_cuda.c — stage 6 for the cuda target's host side (render.h): per KProgram an
// entry point `void PROG(bertrt_ctx *ctx)` that queues its kernels on the GPU in order, and
// the object holding NVRTC's images.
//
// A kernel becomes
//   K_LOOP, K_SCATTER_ADD,  bertrt_cuda_run(ctx, @PROG__KERNEL.launch): the schedule's body_N
//   K_ATTENTION             of kernels.cu on its geometry, its buffer bases as (arena, byte
//                           offset) pairs and its dropout sites, a constant bertrt_cuda_kernel
//   K_GEMM                  bertrt_cuda_gemm(ctx, SITE, @PROG__KERNEL.gemm, a, b, c, bias),
//                           SITE numbering the module's GEMM calls from 0, bias non-NULL
//                           when the library adds it (GEMM_EPILOGUE_LIBRARY); then its
//                           epilogue kernel's launch, if it has one
#include "render_llvm.h"

#include <stdlib.h>

typedef struct {
  RL *r;
  const Schedule *schedule;
  LLVMTypeRef kernel_t; // %bertrt_cuda_kernel
  int64_t n_gemm_sites;
} Host;

// `const int64_t *` to a private array NAME.WHAT of n elements, NULL when n == 0.
static LLVMValueRef private_array(RL *r, LLVMValueRef *items, int n, const char *name,
                                  const char *what) {
  char *full = format("%s.%s", name, what);
  LLVMValueRef array = rl_array_ptr(r, r->i64, items, n, full);
  free(full);
  return array;
}

// `@PROG__KERNEL.launch`: the bertrt_cuda_kernel constant of a kernel's launch.
static LLVMValueRef launch_constant(Host *h, const KProgram *p, const Kernel *k,
                                    const KernelSchedule *c) {
  RL *r = h->r;
  LLVMValueRef *bases = xcalloc(2 * (size_t)c->n_args + 1, sizeof *bases);
  for (int i = 0; i < c->n_args; i++) {
    const KBuf *buf = &p->bufs.items[c->args[i].buf];
    bases[2 * i] = i64c(r, buf->arena), bases[2 * i + 1] = i64c(r, buf->offset);
  }
  LLVMValueRef *sites = xcalloc((size_t)c->n_sites + 1, sizeof *sites);
  for (int i = 0; i < c->n_sites; i++)
    sites[i] = i64c(r, c->sites[i]);
  CudaLaunch l = c->launch;
  char *name = format("%s__%s.launch", p->name, k->name);
  LLVMValueRef fields[] = {
      i64c(r, c->body[TARGET_CUDA]),
      i64c(r, l.grid),
      i64c(r, l.block),
      i64c(r, c->n_args),
      private_array(r, bases, 2 * c->n_args, name, "bases"),
      i64c(r, c->n_sites),
      private_array(r, sites, c->n_sites, name, "sites"),
  };
  LLVMValueRef g = rl_private_constant(r, LLVMConstNamedStruct(h->kernel_t, fields, 7), name);
  free(name), free(bases), free(sites);
  return g;
}

static void emit_launch(Host *h, LLVMValueRef ctx, const KProgram *p, const Kernel *k,
                        const KernelSchedule *c) {
  RL *r = h->r;
  LLVMTypeRef types[] = {r->ctx_p, LLVMPointerType(h->kernel_t, 0)};
  LLVMValueRef fn = rl_declare(r, "bertrt_cuda_run", LLVMFunctionType(r->void_t, types, 2, false));
  LLVMValueRef args[] = {ctx, launch_constant(h, p, k, c)};
  rl_call(r, fn, args, 2, "");
}

static void emit_gemm(Host *h, LLVMValueRef ctx, const KProgram *p, const Kernel *k,
                      const KernelSchedule *c) {
  RL *r = h->r;
  const KGemm *g = &k->gemm;
  LLVMTypeRef types[] = {r->ctx_p, r->i64, LLVMPointerType(r->gemm_t, 0), r->i8p, r->i8p,
                         r->i8p,   r->i8p};
  LLVMValueRef fn = rl_declare(r, "bertrt_cuda_gemm", LLVMFunctionType(r->void_t, types, 7, false));
  LLVMValueRef args[] = {ctx,
                         i64c(r, h->n_gemm_sites++),
                         rl_gemm_constant(r, p, k),
                         rl_buf_addr(r, r->b, ctx, &p->bufs.items[g->a]),
                         rl_buf_addr(r, r->b, ctx, &p->bufs.items[g->b]),
                         rl_buf_addr(r, r->b, ctx, &p->bufs.items[g->c]),
                         c->epilogue[TARGET_CUDA] == GEMM_EPILOGUE_LIBRARY
                             ? rl_buf_addr(r, r->b, ctx, &p->bufs.items[g->bias])
                             : LLVMConstNull(r->i8p)};
  rl_call(r, fn, args, 7, "");
}

// `void NAME(bertrt_ctx *ctx)`.
static void emit_program(Host *h, const KProgram *p) {
  RL *r = h->r;
  LLVMValueRef ctx = rl_begin_entry(r, p->name);
  for (int i = 0; i < p->kernels.len; i++) {
    const Kernel *k = &p->kernels.items[i];
    const KernelSchedule *c = schedule_kernel(h->schedule, p, i);
    if (k->kind == K_GEMM) emit_gemm(h, ctx, p, k, c);
    if (c->body[TARGET_CUDA] >= 0) emit_launch(h, ctx, p, k, c);
  }
  LLVMBuildRetVoid(r->b);
}

bool render_llvm_cuda(const CompiledModel *m, const char *ll_path, const char *obj_path,
                      char **error) {
  RL r;
  if (!rl_open(&r, error)) return false;
  Host h = {.r = &r, .schedule = m->schedule};
  LLVMTypeRef i64p = LLVMPointerType(r.i64, 0);
  // fn, grid, block, n_bases, bases, n_sites, sites
  LLVMTypeRef kernel_fields[] = {r.i64, r.i64, r.i64, r.i64, i64p, r.i64, i64p};
  h.kernel_t = LLVMStructCreateNamed(r.cx, "bertrt_cuda_kernel");
  LLVMStructSetBody(h.kernel_t, kernel_fields, 7, false);
  for (int i = 0; i < m->n_programs; i++)
    emit_program(&h, m->programs[i]);
  RLCudaFacts facts = {.n_device_functions = m->schedule->n_cuda_bodies,
                       .n_gemm_sites = h.n_gemm_sites};
  rl_emit_descriptor(&r, m, &facts);
  return rl_close(&r, ll_path, obj_path, error);
}

// ---- the device images ------------------------------------------------------------------

// `bytes` bytes of data as a private constant, 64-byte aligned, as an `i8 *`.
static LLVMValueRef data_constant(RL *r, const void *data, size_t bytes, const char *name) {
  LLVMValueRef init = LLVMConstStringInContext(r->cx, data, (unsigned)bytes, true);
  LLVMValueRef g = rl_private_constant(r, init, name);
  LLVMSetAlignment(g, 64);
  return LLVMConstBitCast(g, r->i8p);
}

bool render_device_images(const DeviceImage *images, int n, const char *obj_path, char **error) {
  RL r;
  if (!rl_open(&r, error)) return false;
  LLVMTypeRef image_t = LLVMStructCreateNamed(r.cx, "bertrt_device_image");
  LLVMTypeRef image_fields[] = {r.i8p, r.i8p, r.i64};
  LLVMStructSetBody(image_t, image_fields, 3, false);
  LLVMValueRef *items = xcalloc((size_t)n + 1, sizeof *items);
  for (int i = 0; i < n; i++) {
    size_t len = strlen(images[i].arch);
    LLVMValueRef fields[] = {
        data_constant(&r, images[i].arch, len + 1, "arch"),
        data_constant(&r, images[i].data, images[i].bytes, "image"),
        i64c(&r, (int64_t)images[i].bytes),
    };
    items[i] = LLVMConstNamedStruct(image_t, fields, 3);
  }
  LLVMValueRef table = rl_array_ptr(&r, image_t, items, n, "images");
  free(items);
  LLVMTypeRef images_t = LLVMStructCreateNamed(r.cx, "bertrt_device_images");
  LLVMTypeRef images_fields[] = {r.i64, LLVMPointerType(image_t, 0)};
  LLVMStructSetBody(images_t, images_fields, 2, false);
  LLVMValueRef fields[] = {i64c(&r, n), table};
  LLVMValueRef g = LLVMAddGlobal(r.mod, images_t, "bertrt_generated_device_images");
  LLVMSetInitializer(g, LLVMConstNamedStruct(images_t, fields, 2));
  LLVMSetGlobalConstant(g, true);
  return rl_close(&r, NULL, obj_path, error);
}
