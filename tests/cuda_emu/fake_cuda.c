// fake_cuda.c — libemucuda.so: every CUDA driver function of runtime/cuda_api.h on the host
// CPU, so the cuda target's programs run without a GPU (BERTC_LIBCUDA=libemucuda.so).
//
//   device     one, "bertc CUDA emulator", compute capability 9.0 (the runtime picks the
//              sm_90 cubin), 16 GiB
//   memory     device addresses are host addresses: each allocation is its own mapping,
//              256-byte aligned, ending right before a PROT_NONE page, so a kernel that runs
//              past the end of an arena faults (the SIGSEGV handler names the kernel, block
//              and thread); new memory is 0xFF bytes (NaN), not zeros; copies and memsets
//              must lie inside allocations
//   module     cuModuleLoadData checks the image is a cubin or PTX and ignores it: it loads
//              the emulated kernels module at $BERTC_EMU_KERNELS instead (emu_abi.h), the
//              same kernels.cu compiled for the host; cuModuleGetFunction("body_N") is its
//              emu_kernel_body_N
//   launches   1-D grids and blocks, no dynamic shared memory, at most the body's
//              __launch_bounds__ threads; pointer parameters in device memory, a written
//              one not another parameter too (__restrict__); the blocks run one at a time
//              (ascending, or descending every other launch), each block's threads as
//              cooperative fibers on the calling thread (emu_prelude.h): each fiber is made
//              once with makecontext and then switched with _setjmp/_longjmp (swapcontext
//              would make a system call for the signal mask at every switch, and a training
//              step waits at barriers tens of millions of times)
//   streams    dummies: everything is synchronous
// A call the runtime should not make (a bad handle, a range outside an allocation, no
// current context) returns an error code after a line "emulated CUDA driver: ..." on stderr.
// BERTC_EMU_STATS=1 prints launch counts and the time spent in kernels at exit.
#undef _FORTIFY_SOURCE // its longjmp refuses to jump to another stack

#include "cuda_api.h"
#include "emu_abi.h"

#include <dlfcn.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

// Every function of the driver table, with exactly the runtime's signature.
#define CHECK_SIGNATURE(name, params)                                                              \
  bertrt_cu_result name params;                                                                    \
  _Static_assert(__builtin_types_compatible_p(__typeof__(&name), bertrt_pfn_##name),               \
                 #name " has the signature of cuda_api.h");
BERTRT_CU_DRIVER_API(CHECK_SIGNATURE)
#undef CHECK_SIGNATURE

#define TOTAL_MEMORY ((size_t)16 << 30)
#define ALIGNMENT    256
#define FIBER_STACK  ((size_t)128 << 10)

// CUresult values used here besides cuda_api.h's
enum {
  ERROR_INVALID_VALUE = 1,
  ERROR_OUT_OF_MEMORY = 2,
  ERROR_INVALID_DEVICE = 101,
  ERROR_INVALID_IMAGE = 200,
  ERROR_INVALID_CONTEXT = 201,
  ERROR_FILE_NOT_FOUND = 301,
  ERROR_INVALID_HANDLE = 400,
  ERROR_NOT_FOUND = 500,
  ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
};

static const struct {
  bertrt_cu_result result;
  const char *name, *text;
} results[] = {
    {BERTRT_CU_SUCCESS, "CUDA_SUCCESS", "no error"},
    {ERROR_INVALID_VALUE, "CUDA_ERROR_INVALID_VALUE", "invalid argument"},
    {ERROR_OUT_OF_MEMORY, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {BERTRT_CU_ERROR_NOT_INITIALIZED, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {ERROR_INVALID_DEVICE, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal"},
    {ERROR_INVALID_IMAGE, "CUDA_ERROR_INVALID_IMAGE", "device kernel image is invalid"},
    {ERROR_INVALID_CONTEXT, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context"},
    {ERROR_FILE_NOT_FOUND, "CUDA_ERROR_FILE_NOT_FOUND", "file not found"},
    {ERROR_INVALID_HANDLE, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle"},
    {ERROR_NOT_FOUND, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {ERROR_LAUNCH_OUT_OF_RESOURCES, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES",
     "too many resources requested for launch"},
};

// A misuse by the caller: the reason on stderr, the error code returned.
__attribute__((format(printf, 2, 3))) static bertrt_cu_result misuse(bertrt_cu_result r,
                                                                     const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "emulated CUDA driver: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  return r;
}

// ---- state -------------------------------------------------------------------------------

typedef struct {
  char *base;   // the device address
  size_t bytes; // as asked
  void *map;    // the mapping: the allocation, then one PROT_NONE page
  size_t map_bytes;
} allocation;

typedef struct module {
  void *lib; // the emulated kernels module
  emu_dim3 *thread_idx, *block_idx, *block_dim, *grid_dim;
  struct function *functions; // those handed out, to free at unload
  struct module *next;
} module;

typedef struct function {
  const emu_kernel *kernel;
  module *module;
  char name[64];
  struct function *next;
} function;

typedef enum { FIBER_READY, FIBER_WAITING, FIBER_DONE } fiber_state;

// One emulated thread of the running block: fiber t runs thread t of every block.
typedef struct {
  jmp_buf resume; // where it continues: parked, or waiting at a barrier
  char *stack;    // FIBER_STACK bytes above a PROT_NONE page
  fiber_state state;
  emu_barrier_kind kind; // where it waits
  unsigned mask;
} fiber;

static const char stream_tag = 's', context_tag = 'c'; // the addresses are the handles

static struct {
  bool initialized;
  int context_refs;
  bool current; // the primary context is current
  int streams;
  module *modules;
  allocation *allocs;
  size_t n_allocs, cap_allocs, in_use;
  size_t page;
  // the launch running
  const function *fn;
  void **params;
  unsigned block, thread, n_threads;
  fiber fibers[EMU_MAX_THREADS];
  unsigned n_fibers; // made so far, reused by every block
  jmp_buf scheduler; // where the running fiber returns to run_block
  // BERTC_EMU_STATS
  long long launches, blocks, threads, barriers;
  double kernel_seconds;
} emu;

// ---- errors inside a launch --------------------------------------------------------------

// "emulated device: WHY in body_N, block B, thread T" (when a launch runs), then abort.
__attribute__((noreturn)) static void device_fail(const char *why) {
  if (emu.fn)
    fprintf(stderr, "emulated device: %s in %s, block %u of %u, thread %u of %u\n", why,
            emu.fn->name, emu.block, emu.fn->module->grid_dim->x, emu.thread, emu.n_threads);
  else
    fprintf(stderr, "emulated device: %s (outside a launch)\n", why);
  abort();
}

static const allocation *allocation_of(const void *p) {
  for (size_t i = 0; i < emu.n_allocs; i++)
    if ((const char *)p >= emu.allocs[i].base &&
        (const char *)p <= emu.allocs[i].base + emu.allocs[i].bytes)
      return &emu.allocs[i];
  return NULL;
}

// A fault inside a launch: most likely a kernel past the end of an allocation.
static void on_segv(int sig, siginfo_t *info, void *uctx) {
  (void)uctx;
  char why[256];
  const char *addr = info->si_addr;
  const allocation *a = NULL;
  for (size_t i = 0; i < emu.n_allocs && !a; i++)
    if (addr >= emu.allocs[i].base && addr < (char *)emu.allocs[i].map + emu.allocs[i].map_bytes)
      a = &emu.allocs[i];
  if (a)
    snprintf(why, sizeof why,
             "segmentation fault at %p, %lld bytes past the end of the allocation of %zu bytes "
             "at %p",
             (void *)addr, (long long)(addr - (a->base + a->bytes)), a->bytes, (void *)a->base);
  else
    snprintf(why, sizeof why, "segmentation fault at %p (not device memory, or a stack overflow)",
             (void *)addr);
  if (emu.fn)
    fprintf(stderr, "emulated device: %s in %s, block %u, thread %u\n", why, emu.fn->name,
            emu.block, emu.thread);
  else
    fprintf(stderr, "emulated CUDA driver: %s\n", why);
  signal(sig, SIG_DFL); // the fault repeats and ends the process
}

static void install_segv_handler(void) {
  static bool installed;
  if (installed) return;
  installed = true;
  static char alt_stack[64 << 10]; // the handler must run when a fiber's stack overflowed
  stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
}

// ---- the services of emu_abi.h -----------------------------------------------------------

// Saves the running context in `from` and continues `to`; returns when something continues
// `from`. Each context runs on its own stack, so this frame stays intact meanwhile.
__attribute__((noinline)) static void switch_to(jmp_buf from, jmp_buf to) {
  if (!_setjmp(from)) _longjmp(to, 1);
}

static const char *const kind_names[] = {"__syncthreads", "__syncwarp", "__shfl_*_sync"};

__attribute__((noreturn, format(printf, 2, 3))) static void barrier_fail(unsigned t,
                                                                         const char *fmt, ...) {
  char why[256];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(why, sizeof why, fmt, ap);
  va_end(ap);
  emu.thread = t;
  device_fail(why);
}

// Every live thread of the block waits at a barrier: the same kind as thread `first`, and at
// a warp-level one with a mask that holds its own lane and names exactly the threads of its
// warp waiting with that mask (on a GPU anything else deadlocks or is undefined).
static void check_waiting(unsigned first) {
  const emu_barrier_kind kind = emu.fibers[first].kind;
  for (unsigned warp = 0; warp < emu.n_threads; warp += EMU_WARP_SIZE) {
    unsigned masks[EMU_WARP_SIZE], lanes[EMU_WARP_SIZE], n = 0; // lanes waiting with each mask
    for (unsigned t = warp; t < emu.n_threads && t < warp + EMU_WARP_SIZE; t++) {
      const fiber *f = &emu.fibers[t];
      if (f->state != FIBER_WAITING) continue;
      if (f->kind != kind)
        barrier_fail(t, "divergent barriers: thread %u waits at %s, thread %u at %s", first,
                     kind_names[kind], t, kind_names[f->kind]);
      if (kind == EMU_SYNCTHREADS) continue;
      unsigned lane = t - warp, i = 0;
      if (!(f->mask >> lane & 1u))
        barrier_fail(t, "%s with mask %#x, without the thread's own lane %u", kind_names[kind],
                     f->mask, lane);
      while (i < n && masks[i] != f->mask)
        i++;
      if (i == n) masks[n] = f->mask, lanes[n++] = 0;
      lanes[i] |= 1u << lane;
    }
    for (unsigned i = 0; i < n; i++)
      if (lanes[i] != masks[i]) {
        unsigned missing = masks[i] & ~lanes[i], l = (unsigned)__builtin_ctz(missing);
        unsigned t = warp + l;
        barrier_fail(warp + (unsigned)__builtin_ctz(lanes[i]),
                     "%s with mask %#x, but lane %u %s (a deadlock or undefined behaviour on a "
                     "GPU)",
                     kind_names[kind], masks[i], l,
                     t >= emu.n_threads                  ? "is not a thread of the block"
                     : emu.fibers[t].state == FIBER_DONE ? "has returned"
                                                         : "waits with another mask");
      }
  }
}

static void barrier(emu_barrier_kind kind, unsigned mask) {
  if (!emu.fn) device_fail("a barrier outside a launch");
  fiber *f = &emu.fibers[emu.thread];
  f->state = FIBER_WAITING;
  f->kind = kind;
  f->mask = mask;
  emu.barriers++;
  switch_to(f->resume, emu.scheduler); // continued READY, with threadIdx restored
}

static int alive(unsigned tid) {
  return emu.fn && tid < emu.n_threads && emu.fibers[tid].state != FIBER_DONE;
}

static void check_pointer(const void *p, int index) {
  if (allocation_of(p)) return;
  char why[160];
  snprintf(why, sizeof why, "parameter %d, %p, is not in device memory", index, p);
  device_fail(why);
}

static void kernel_fail(const char *message) {
  device_fail(message);
}

static const emu_driver driver = {EMU_ABI_VERSION, barrier, alive, check_pointer, kernel_fail};

// ---- launches ----------------------------------------------------------------------------

// A fiber's life: parked until run_block continues it for a thread, which it runs to its
// return, then parked again. Made by makecontext, entered once from make_fibers.
static void fiber_main(void) {
  fiber *f = &emu.fibers[emu.n_fibers];
  for (;;) {
    switch_to(f->resume, emu.scheduler); // parked
    emu.fn->kernel->run(emu.params);
    f->state = FIBER_DONE;
  }
}

// Fibers 0 .. n-1 exist and are parked.
static bool make_fibers(unsigned n) {
  for (; emu.n_fibers < n; emu.n_fibers++) {
    fiber *f = &emu.fibers[emu.n_fibers];
    char *map = mmap(NULL, FIBER_STACK + emu.page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (map == MAP_FAILED) return false;
    mprotect(map, emu.page, PROT_NONE); // the stack grows down into it: a fault, not corruption
    f->stack = map + emu.page;
    ucontext_t start, here;
    getcontext(&start);
    start.uc_stack.ss_sp = f->stack;
    start.uc_stack.ss_size = FIBER_STACK;
    start.uc_link = NULL; // fiber_main never returns
    makecontext(&start, fiber_main, 0);
    if (!_setjmp(emu.scheduler)) swapcontext(&here, &start); // back when it first parks
  }
  return true;
}

// Runs block emu.block: every thread to its first barrier or return, then, while any thread
// waits, releases them all and runs them to the next. The threads of a phase run in
// ascending order in one phase, descending in the next (and the first phase of odd blocks
// descends), so a result that depends on their order, a data race on a GPU, differs
// between blocks and phases instead of looking like a sequential program's.
static void run_block(const module *m) {
  m->block_idx->x = emu.block;
  for (unsigned t = 0; t < emu.n_threads; t++)
    emu.fibers[t].state = FIBER_READY;
  unsigned live = emu.n_threads;
  for (unsigned phase = emu.block & 1;; phase++) {
    unsigned first_waiting = emu.n_threads;
    for (unsigned i = 0; i < emu.n_threads; i++) {
      unsigned t = phase & 1 ? emu.n_threads - 1 - i : i;
      fiber *f = &emu.fibers[t];
      if (f->state != FIBER_READY) continue;
      emu.thread = t;
      m->thread_idx->x = t;
      switch_to(emu.scheduler, f->resume);
      if (f->state == FIBER_DONE)
        live--;
      else if (first_waiting == emu.n_threads || t < first_waiting)
        first_waiting = t;
    }
    if (!live) return;
    // every live thread waits at a barrier: one phase of the block is over. (Each phase
    // releases every waiting thread, so no thread can wait forever; threads that would
    // deadlock on a GPU wait at different barriers here, which check_waiting reports.)
    if (first_waiting == emu.n_threads) device_fail("no thread of the block can progress");
    check_waiting(first_waiting);
    for (unsigned t = 0; t < emu.n_threads; t++)
      if (emu.fibers[t].state == FIBER_WAITING) emu.fibers[t].state = FIBER_READY;
  }
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

// ---- the driver API ----------------------------------------------------------------------

bertrt_cu_result cuGetErrorName(bertrt_cu_result error, const char **str) {
  for (size_t i = 0; i < sizeof results / sizeof *results; i++)
    if (results[i].result == error) return *str = results[i].name, BERTRT_CU_SUCCESS;
  *str = NULL;
  return ERROR_INVALID_VALUE;
}

bertrt_cu_result cuGetErrorString(bertrt_cu_result error, const char **str) {
  for (size_t i = 0; i < sizeof results / sizeof *results; i++)
    if (results[i].result == error) return *str = results[i].text, BERTRT_CU_SUCCESS;
  *str = NULL;
  return ERROR_INVALID_VALUE;
}

bertrt_cu_result cuInit(unsigned int flags) {
  if (flags) return misuse(ERROR_INVALID_VALUE, "cuInit(%u): flags must be 0", flags);
  emu.initialized = true;
  emu.page = (size_t)sysconf(_SC_PAGESIZE);
  install_segv_handler();
  return BERTRT_CU_SUCCESS;
}

#define NEED_INIT()                                                                                \
  do {                                                                                             \
    if (!emu.initialized)                                                                          \
      return misuse(BERTRT_CU_ERROR_NOT_INITIALIZED, "%s before cuInit", __func__);                \
  } while (0)
#define NEED_DEVICE(dev)                                                                           \
  do {                                                                                             \
    NEED_INIT();                                                                                   \
    if ((dev) != 0) return misuse(ERROR_INVALID_DEVICE, "%s: device %d", __func__, (int)(dev));    \
  } while (0)
#define NEED_CONTEXT()                                                                             \
  do {                                                                                             \
    NEED_INIT();                                                                                   \
    if (!emu.current || !emu.context_refs)                                                         \
      return misuse(ERROR_INVALID_CONTEXT, "%s without a current context", __func__);              \
  } while (0)
#define NEED_STREAM(s)                                                                             \
  do {                                                                                             \
    if ((s) && ((const char *)(s) != &stream_tag || !emu.streams))                                 \
      return misuse(ERROR_INVALID_HANDLE, "%s: stream %p is not a stream", __func__, (void *)(s)); \
  } while (0)

bertrt_cu_result cuDeviceGetCount(int *count) {
  NEED_INIT();
  *count = 1;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuDeviceGet(bertrt_cu_device *device, int ordinal) {
  NEED_DEVICE(ordinal);
  *device = 0;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuDeviceGetName(char *name, int len, bertrt_cu_device dev) {
  NEED_DEVICE(dev);
  if (len < 1) return misuse(ERROR_INVALID_VALUE, "cuDeviceGetName: len %d", len);
  snprintf(name, (size_t)len, "bertc CUDA emulator");
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuDeviceGetAttribute(int *value, bertrt_cu_device_attribute attrib,
                                      bertrt_cu_device dev) {
  NEED_DEVICE(dev);
  switch (attrib) {
  case BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR:
    *value = 9;
    return BERTRT_CU_SUCCESS;
  case BERTRT_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR:
    *value = 0;
    return BERTRT_CU_SUCCESS;
  default:
    return misuse(ERROR_INVALID_VALUE, "cuDeviceGetAttribute: attribute %d is not emulated",
                  attrib);
  }
}

bertrt_cu_result cuDeviceTotalMem_v2(size_t *bytes, bertrt_cu_device dev) {
  NEED_DEVICE(dev);
  *bytes = TOTAL_MEMORY;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuDevicePrimaryCtxRetain(bertrt_cu_context *ctx, bertrt_cu_device dev) {
  NEED_DEVICE(dev);
  emu.context_refs++;
  *ctx = (bertrt_cu_context)&context_tag;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuDevicePrimaryCtxRelease_v2(bertrt_cu_device dev) {
  NEED_DEVICE(dev);
  if (!emu.context_refs)
    return misuse(ERROR_INVALID_CONTEXT, "cuDevicePrimaryCtxRelease: not retained");
  if (!--emu.context_refs) emu.current = false;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuCtxSetCurrent(bertrt_cu_context ctx) {
  NEED_INIT();
  if (!ctx) return emu.current = false, BERTRT_CU_SUCCESS;
  if ((const char *)ctx != &context_tag || !emu.context_refs)
    return misuse(ERROR_INVALID_CONTEXT, "cuCtxSetCurrent(%p): not a retained context",
                  (void *)ctx);
  emu.current = true;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamCreate(bertrt_cu_stream *stream, unsigned int flags) {
  NEED_CONTEXT();
  if (flags & ~(unsigned)BERTRT_CU_STREAM_NON_BLOCKING)
    return misuse(ERROR_INVALID_VALUE, "cuStreamCreate: flags %#x", flags);
  emu.streams++;
  *stream = (bertrt_cu_stream)&stream_tag;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamDestroy_v2(bertrt_cu_stream stream) {
  NEED_CONTEXT();
  if (!stream) return misuse(ERROR_INVALID_HANDLE, "cuStreamDestroy(NULL)");
  NEED_STREAM(stream);
  emu.streams--;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamSynchronize(bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  return BERTRT_CU_SUCCESS; // every call completed before it returned
}

bertrt_cu_result cuModuleLoadData(bertrt_cu_module *out, const void *image) {
  NEED_CONTEXT();
  if (!image) return misuse(ERROR_INVALID_VALUE, "cuModuleLoadData(NULL)");
  const char *text = image;
  bool cubin = memcmp(text, "\177ELF", 4) == 0;
  bool ptx = strstr(text, ".version") != NULL && strstr(text, ".target") != NULL;
  if (!cubin && !ptx)
    return misuse(ERROR_INVALID_IMAGE, "cuModuleLoadData: the image is neither a cubin nor PTX");
  const char *path = getenv("BERTC_EMU_KERNELS");
  if (!path || !*path)
    return misuse(ERROR_FILE_NOT_FOUND,
                  "cuModuleLoadData: set BERTC_EMU_KERNELS to the emulated kernels module");
  module *m = calloc(1, sizeof *m);
  if (!m) return ERROR_OUT_OF_MEMORY;
  if (!(m->lib = dlopen(path, RTLD_NOW | RTLD_LOCAL))) {
    const char *why = dlerror();
    free(m);
    return misuse(ERROR_FILE_NOT_FOUND, "cuModuleLoadData: %s", why ? why : path);
  }
  int (*attach)(const emu_driver *) = NULL;
  void *sym = dlsym(m->lib, "emu_attach");
  memcpy(&attach, &sym, sizeof sym);
  m->thread_idx = dlsym(m->lib, "threadIdx");
  m->block_idx = dlsym(m->lib, "blockIdx");
  m->block_dim = dlsym(m->lib, "blockDim");
  m->grid_dim = dlsym(m->lib, "gridDim");
  if (!attach || !m->thread_idx || !m->block_idx || !m->block_dim || !m->grid_dim ||
      attach(&driver) != EMU_ABI_VERSION) {
    dlclose(m->lib);
    free(m);
    return misuse(ERROR_INVALID_IMAGE,
                  "cuModuleLoadData: %s is not an emulated kernels module of emu_abi.h "
                  "version %d",
                  path, EMU_ABI_VERSION);
  }
  m->next = emu.modules;
  emu.modules = m;
  *out = (bertrt_cu_module)m;
  return BERTRT_CU_SUCCESS;
}

static bool is_module(const module *m) {
  for (const module *x = emu.modules; x; x = x->next)
    if (x == m) return true;
  return false;
}

bertrt_cu_result cuModuleUnload(bertrt_cu_module handle) {
  NEED_CONTEXT();
  module *m = (module *)handle;
  if (!is_module(m)) return misuse(ERROR_INVALID_HANDLE, "cuModuleUnload(%p)", (void *)m);
  for (module **p = &emu.modules; *p; p = &(*p)->next)
    if (*p == m) {
      *p = m->next;
      break;
    }
  while (m->functions) {
    function *f = m->functions;
    m->functions = f->next;
    free(f);
  }
  dlclose(m->lib);
  free(m);
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuModuleGetFunction(bertrt_cu_function *out, bertrt_cu_module handle,
                                     const char *name) {
  NEED_CONTEXT();
  module *m = (module *)handle;
  if (!is_module(m)) return misuse(ERROR_INVALID_HANDLE, "cuModuleGetFunction(%p)", (void *)m);
  char symbol[96];
  if (snprintf(symbol, sizeof symbol, "emu_kernel_%s", name) >= (int)sizeof symbol)
    return misuse(ERROR_NOT_FOUND, "cuModuleGetFunction: name %s is too long", name);
  const emu_kernel *k = dlsym(m->lib, symbol);
  if (!k) return misuse(ERROR_NOT_FOUND, "cuModuleGetFunction: the module has no %s", name);
  function *f = calloc(1, sizeof *f);
  if (!f) return ERROR_OUT_OF_MEMORY;
  f->kernel = k;
  f->module = m;
  snprintf(f->name, sizeof f->name, "%s", name);
  f->next = m->functions;
  m->functions = f;
  *out = (bertrt_cu_function)f;
  return BERTRT_CU_SUCCESS;
}

static const function *function_of(bertrt_cu_function handle) {
  for (const module *m = emu.modules; m; m = m->next)
    for (const function *f = m->functions; f; f = f->next)
      if ((const void *)f == (const void *)handle) return f;
  return NULL;
}

bertrt_cu_result cuLaunchKernel(bertrt_cu_function handle, unsigned int grid_x, unsigned int grid_y,
                                unsigned int grid_z, unsigned int block_x, unsigned int block_y,
                                unsigned int block_z, unsigned int shared_bytes,
                                bertrt_cu_stream stream, void **params, void **extra) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  const function *f = function_of(handle);
  if (!f)
    return misuse(ERROR_INVALID_HANDLE, "cuLaunchKernel: %p is not a function", (void *)handle);
  if (grid_y != 1 || grid_z != 1 || block_y != 1 || block_z != 1)
    return misuse(ERROR_INVALID_VALUE,
                  "cuLaunchKernel(%s): grid %ux%ux%u, block %ux%ux%u: only 1-D launches are "
                  "emulated",
                  f->name, grid_x, grid_y, grid_z, block_x, block_y, block_z);
  if (grid_x < 1 || grid_x > INT32_MAX || block_x < 1 || block_x > EMU_MAX_THREADS)
    return misuse(ERROR_INVALID_VALUE, "cuLaunchKernel(%s): grid %u, block %u", f->name, grid_x,
                  block_x);
  if (block_x > f->kernel->max_threads)
    return misuse(ERROR_LAUNCH_OUT_OF_RESOURCES,
                  "cuLaunchKernel(%s): block of %u threads, __launch_bounds__(%u)", f->name,
                  block_x, f->kernel->max_threads);
  if (shared_bytes)
    return misuse(ERROR_INVALID_VALUE,
                  "cuLaunchKernel(%s): %u bytes of dynamic shared memory: not emulated", f->name,
                  shared_bytes);
  if (extra)
    return misuse(ERROR_INVALID_VALUE, "cuLaunchKernel(%s): extra is not emulated", f->name);
  if (!params && f->kernel->n_params > 0)
    return misuse(ERROR_INVALID_VALUE, "cuLaunchKernel(%s): no kernelParams for %d parameters",
                  f->name, f->kernel->n_params);
  if (emu.fn)
    return misuse(ERROR_INVALID_VALUE, "cuLaunchKernel(%s) from inside a kernel", f->name);
  if (!make_fibers(block_x)) return ERROR_OUT_OF_MEMORY;
  double start = now();
  const module *m = f->module;
  *m->grid_dim = (emu_dim3){grid_x, 1, 1};
  *m->block_dim = (emu_dim3){block_x, 1, 1};
  *m->block_idx = *m->thread_idx = (emu_dim3){0, 0, 0};
  emu.fn = f;
  emu.params = params;
  emu.n_threads = block_x;
  emu.block = emu.thread = 0;
  f->kernel->check(params);
  // blocks ascending in even launches, descending in odd ones: a result that depends on
  // their order (blocks run concurrently on a GPU) differs between launches
  for (unsigned i = 0; i < grid_x; i++) {
    emu.block = emu.launches & 1 ? grid_x - 1 - i : i;
    run_block(m);
  }
  emu.fn = NULL;
  emu.launches++;
  emu.blocks += grid_x;
  emu.threads += (long long)grid_x * block_x;
  emu.kernel_seconds += now() - start;
  return BERTRT_CU_SUCCESS;
}

// ---- memory ------------------------------------------------------------------------------

bertrt_cu_result cuMemAlloc_v2(bertrt_cu_deviceptr *ptr, size_t bytes) {
  NEED_CONTEXT();
  if (!bytes) return misuse(ERROR_INVALID_VALUE, "cuMemAlloc of 0 bytes");
  if (bytes > TOTAL_MEMORY - emu.in_use) return ERROR_OUT_OF_MEMORY;
  if (emu.n_allocs == emu.cap_allocs) {
    size_t cap = emu.cap_allocs ? 2 * emu.cap_allocs : 64;
    allocation *grown = realloc(emu.allocs, cap * sizeof *grown);
    if (!grown) return ERROR_OUT_OF_MEMORY;
    emu.allocs = grown, emu.cap_allocs = cap;
  }
  // [padding][bytes rounded up to ALIGNMENT][PROT_NONE page]
  size_t rounded = (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  size_t body = (rounded + emu.page - 1) / emu.page * emu.page;
  char *map =
      mmap(NULL, body + emu.page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (map == MAP_FAILED) return ERROR_OUT_OF_MEMORY;
  mprotect(map + body, emu.page, PROT_NONE);
  allocation *a = &emu.allocs[emu.n_allocs++];
  a->map = map;
  a->map_bytes = body + emu.page;
  a->base = map + body - rounded;
  a->bytes = bytes;
  memset(a->base, 0xFF, rounded); // not zeros: the runtime must clear what it reads
  emu.in_use += bytes;
  *ptr = (bertrt_cu_deviceptr)(uintptr_t)a->base;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuMemFree_v2(bertrt_cu_deviceptr ptr) {
  NEED_CONTEXT();
  for (size_t i = 0; i < emu.n_allocs; i++)
    if ((uintptr_t)emu.allocs[i].base == ptr) {
      munmap(emu.allocs[i].map, emu.allocs[i].map_bytes);
      emu.in_use -= emu.allocs[i].bytes;
      emu.allocs[i] = emu.allocs[--emu.n_allocs];
      return BERTRT_CU_SUCCESS;
    }
  return misuse(ERROR_INVALID_VALUE, "cuMemFree(%#llx): not an allocation", ptr);
}

bertrt_cu_result cuMemGetInfo_v2(size_t *free_bytes, size_t *total_bytes) {
  NEED_CONTEXT();
  *total_bytes = TOTAL_MEMORY;
  *free_bytes = TOTAL_MEMORY - emu.in_use;
  return BERTRT_CU_SUCCESS;
}

// [ptr, ptr + bytes) inside one allocation.
static bool in_device_memory(bertrt_cu_deviceptr ptr, size_t bytes) {
  const allocation *a = allocation_of((const void *)(uintptr_t)ptr);
  return a && bytes <= (size_t)(a->base + a->bytes - (char *)(uintptr_t)ptr);
}

bertrt_cu_result cuMemcpyHtoDAsync_v2(bertrt_cu_deviceptr dst, const void *src, size_t bytes,
                                      bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!in_device_memory(dst, bytes))
    return misuse(ERROR_INVALID_VALUE, "cuMemcpyHtoD: [%#llx, +%zu) is not in one allocation", dst,
                  bytes);
  memcpy((void *)(uintptr_t)dst, src, bytes);
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuMemcpyDtoHAsync_v2(void *dst, bertrt_cu_deviceptr src, size_t bytes,
                                      bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!in_device_memory(src, bytes))
    return misuse(ERROR_INVALID_VALUE, "cuMemcpyDtoH: [%#llx, +%zu) is not in one allocation", src,
                  bytes);
  memcpy(dst, (const void *)(uintptr_t)src, bytes);
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuMemsetD8Async(bertrt_cu_deviceptr dst, unsigned char value, size_t bytes,
                                 bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!in_device_memory(dst, bytes))
    return misuse(ERROR_INVALID_VALUE, "cuMemsetD8: [%#llx, +%zu) is not in one allocation", dst,
                  bytes);
  memset((void *)(uintptr_t)dst, value, bytes);
  return BERTRT_CU_SUCCESS;
}

__attribute__((destructor)) static void report(void) {
  const char *stats = getenv("BERTC_EMU_STATS");
  if (!stats || !*stats || !strcmp(stats, "0")) return;
  fprintf(stderr,
          "emulated CUDA driver: %lld launches, %lld blocks, %lld threads, %lld barrier waits, "
          "%.2f s in kernels; at exit %zu allocations (%zu bytes), %d context references, %d "
          "streams\n",
          emu.launches, emu.blocks, emu.threads, emu.barriers, emu.kernel_seconds, emu.n_allocs,
          emu.in_use, emu.context_refs, emu.streams);
}
