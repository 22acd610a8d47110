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
//              an emulated kernels module instead (emu_abi.h), the same kernels.cu compiled
//              for the host: kernels.emu.so beside the running program when there is one
//              (a test compiling several programs builds one for each), else
//              $BERTC_EMU_KERNELS; cuModuleGetFunction("body_N") is its emu_kernel_body_N
//   launches   1-D grids and blocks, no dynamic shared memory, at most the body's
//              __launch_bounds__ threads; pointer parameters in device memory, a written
//              one not another parameter too (__restrict__); the blocks run one at a time
//              (ascending, or descending every other launch), each block's threads as
//              cooperative fibers on the calling thread (emu_prelude.h): each fiber is made
//              once with makecontext and then switched with _setjmp/_longjmp (swapcontext
//              would make a system call for the signal mask at every switch, and a training
//              step waits at barriers tens of millions of times)
//   streams    everything is synchronous, except on a stream that captures (below)
//   graphs     cuStreamBeginCapture_v2 .. cuStreamEndCapture record, instead of running,
//              the kernel launches, memsets and emulated cuBLASLt matmuls issued to the
//              stream, each with a copy of its arguments (every kernel parameter's bytes,
//              emu_kernel.param_sizes); cuGraphInstantiateWithFlags makes an executable graph
//              (independent of the graph: it shares the recorded operations, reference
//              counted) and cuGraphLaunch runs its operations in order, synchronously (a
//              captured launch's pointer parameters are checked then, when it runs).
//              While a capture lasts, what CUDA refuses is refused: on the capturing stream
//              cuStreamSynchronize and the copies (host memory is pageable: the emulator has
//              no pinned memory), and, from the capturing thread (THREAD_LOCAL) or any thread
//              (GLOBAL mode), cuMemAlloc, cuMemFree, cuMemGetInfo and module loads or unloads:
//              each returns CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED (900) after a line on stderr
//              and invalidates the capture, as does any other error on the capturing stream;
//              cuStreamEndCapture then returns CUDA_ERROR_STREAM_CAPTURE_INVALIDATED (901) and
//              no graph. Beginning a capture on a capturing stream is
//              CUDA_ERROR_ILLEGAL_STATE (401), and invalidates it; launching a graph into a
//              capturing stream (a child graph in CUDA) is not emulated: 900. The emulated
//              cuBLASLt records its matmuls through emu_stream_record (emu_abi.h).
// A call the runtime should not make (a bad handle, a range outside an allocation, no
// current context) returns an error code after a line "emulated CUDA driver: ..." on stderr.
// BERTC_EMU_STATS=1 prints launch counts and the time spent in kernels at exit, and the
// captures, recorded operations and graph launches.
#undef _FORTIFY_SOURCE // its longjmp refuses to jump to another stack

#include "cuda_api.h"
#include "emu_abi.h"

#include <dlfcn.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
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

// The hook of the emulated cuBLASLt (emu_abi.h), exported.
__attribute__((visibility("default"))) emu_stream_record_fn emu_stream_record;
_Static_assert(_Alignof(max_align_t) >= EMU_PARAM_ALIGN, "malloc aligns kernel parameters");

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
  ERROR_ILLEGAL_STATE = 401,
  ERROR_NOT_FOUND = 500,
  ERROR_ILLEGAL_ADDRESS = 700,
  ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
  ERROR_LAUNCH_FAILED = 719,
  ERROR_STREAM_CAPTURE_UNSUPPORTED = 900,
  ERROR_STREAM_CAPTURE_INVALIDATED = 901,
  ERROR_STREAM_CAPTURE_IMPLICIT = 906,
  ERROR_STREAM_CAPTURE_WRONG_THREAD = 908,
};

// CUstreamCaptureMode values besides cuda_api.h's
enum { CAPTURE_MODE_GLOBAL = 0, CAPTURE_MODE_RELAXED = 2 };

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
    {ERROR_ILLEGAL_STATE, "CUDA_ERROR_ILLEGAL_STATE",
     "the operation cannot be performed in "
     "the present state"},
    {ERROR_NOT_FOUND, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {ERROR_ILLEGAL_ADDRESS, "CUDA_ERROR_ILLEGAL_ADDRESS",
     "an illegal memory access was "
     "encountered"},
    {ERROR_LAUNCH_OUT_OF_RESOURCES, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES",
     "too many resources requested for launch"},
    {ERROR_LAUNCH_FAILED, "CUDA_ERROR_LAUNCH_FAILED", "unspecified launch failure"},
    {ERROR_STREAM_CAPTURE_UNSUPPORTED, "CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED",
     "operation not permitted when stream is capturing"},
    {ERROR_STREAM_CAPTURE_INVALIDATED, "CUDA_ERROR_STREAM_CAPTURE_INVALIDATED",
     "operation failed due to a previous error during capture"},
    {ERROR_STREAM_CAPTURE_IMPLICIT, "CUDA_ERROR_STREAM_CAPTURE_IMPLICIT",
     "operation would make the legacy stream depend on a capturing blocking stream"},
    {ERROR_STREAM_CAPTURE_WRONG_THREAD, "CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD",
     "attempt to terminate a thread-local capture sequence from another thread"},
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

static const char context_tag = 'c'; // its address is the context's handle

typedef enum { NODE_KERNEL, NODE_MEMSET, NODE_HOST } node_kind;

// One operation recorded by a capture: immutable, shared by its graph and the executable
// graphs instantiated from it, freed with the last of them.
typedef struct node {
  int refs;
  size_t bytes; // of its allocation
  node_kind kind;
  char what[96]; // its call, for messages
  // NODE_KERNEL: the launch, params[i] pointing into this allocation's copy of parameter i
  bertrt_cu_function fn;
  unsigned grid, block;
  void **params;
  // NODE_MEMSET: count elements of elem_bytes (1 or 4) at dst
  bertrt_cu_deviceptr dst;
  unsigned value, elem_bytes;
  size_t count;
  // NODE_HOST: an operation of the emulated cuBLASLt (emu_stream_record)
  int (*run)(void *data);
  void (*release)(void *data);
  void *data;
} node;

// A graph (CUgraph): the operations a capture recorded, in order.
struct bertrt_cu_graph_st {
  node **nodes;
  size_t n, cap;
  struct bertrt_cu_graph_st *next; // of emu.graphs
};

// An executable graph (CUgraphExec): the graph's operations at instantiation.
struct bertrt_cu_graph_exec_st {
  node **nodes;
  size_t n;
  struct bertrt_cu_graph_exec_st *next; // of emu.execs
};

// A stream (CUstream); the legacy stream is NULL.
struct bertrt_cu_stream_st {
  unsigned flags;
  bool capturing;
  bool invalidated;                 // by a refused or failed call during the capture
  int mode;                         // CUstreamCaptureMode of the capture
  pthread_t thread;                 // that began it
  bertrt_cu_graph graph;            // what it recorded so far
  struct bertrt_cu_stream_st *next; // of emu.streams
};

static struct {
  bool initialized;
  int context_refs;
  bool current; // the primary context is current
  bertrt_cu_stream streams;
  bertrt_cu_graph graphs;
  bertrt_cu_graph_exec execs;
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
  long long captures, recorded, graph_launches, replayed;
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
    if ((s) && !is_stream(s))                                                                      \
      return misuse(ERROR_INVALID_HANDLE, "%s: stream %p is not a stream", __func__, (void *)(s)); \
  } while (0)
#define TRY(call)                                                                                  \
  do {                                                                                             \
    bertrt_cu_result r_ = (call);                                                                  \
    if (r_ != BERTRT_CU_SUCCESS) return r_;                                                        \
  } while (0)

// ---- stream capture ----------------------------------------------------------------------

static bool is_stream(bertrt_cu_stream s) {
  for (bertrt_cu_stream x = emu.streams; x; x = x->next)
    if (x == s) return true;
  return false;
}

// r; an error invalidates the capture of stream s, if it captures (CUDA invalidates a
// capture at any error on its stream).
static bertrt_cu_result spoil(bertrt_cu_stream s, bertrt_cu_result r) {
  if (r != BERTRT_CU_SUCCESS && s && s->capturing && !s->invalidated) {
    s->invalidated = true;
    fprintf(stderr, "emulated CUDA driver: the capture of stream %p is invalidated\n", (void *)s);
  }
  return r;
}

// CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED for `call` during the capture of stream s, which it
// invalidates.
static bertrt_cu_result refuse(bertrt_cu_stream s, const char *call, const char *why) {
  return spoil(s, misuse(ERROR_STREAM_CAPTURE_UNSUPPORTED,
                         "%s during the capture of stream %p: %s "
                         "(CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED)",
                         call, (void *)s, why));
}

// A call that may synchronize the device ("potentially unsafe"): refused while this thread
// captures in THREAD_LOCAL mode or any thread in GLOBAL mode, invalidating those captures.
static bertrt_cu_result unsafe_call(const char *call) {
  bertrt_cu_result r = BERTRT_CU_SUCCESS;
  for (bertrt_cu_stream x = emu.streams; x; x = x->next)
    if (x->capturing &&
        (x->mode == CAPTURE_MODE_GLOBAL || (x->mode == BERTRT_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL &&
                                            pthread_equal(x->thread, pthread_self()))))
      r = refuse(x, call, "not permitted while a capture lasts (it may synchronize the device)");
  return r;
}

// Whether work may be enqueued on stream s as far as captures go: not on a stream whose
// capture was invalidated, not on the legacy stream while a blocking stream captures (the
// legacy stream would wait for that capture).
static bertrt_cu_result capture_gate(bertrt_cu_stream s, const char *call) {
  if (s) {
    if (s->capturing && s->invalidated)
      return misuse(ERROR_STREAM_CAPTURE_INVALIDATED,
                    "%s on stream %p, whose capture was invalidated (by the error reported "
                    "before; end it with cuStreamEndCapture)",
                    call, (void *)s);
    return BERTRT_CU_SUCCESS;
  }
  bertrt_cu_result r = BERTRT_CU_SUCCESS;
  for (bertrt_cu_stream x = emu.streams; x; x = x->next)
    if (x->capturing && !(x->flags & BERTRT_CU_STREAM_NON_BLOCKING))
      r = spoil(x, misuse(ERROR_STREAM_CAPTURE_IMPLICIT,
                          "%s on the legacy stream while blocking stream %p captures", call,
                          (void *)x));
  return r;
}

static void release_node(node *n) {
  if (--n->refs) return;
  if (n->kind == NODE_HOST && n->release) n->release(n->data);
  // a use after free shows (no such node kind); the barrier keeps the dead store
  memset(n, 0xDB, n->bytes);
  __asm__ volatile("" : : "r"(n) : "memory");
  free(n); // a kernel's parameters are part of its allocation
}

static void free_graph(bertrt_cu_graph g) {
  for (size_t i = 0; i < g->n; i++)
    release_node(g->nodes[i]);
  free(g->nodes);
  free(g);
}

// Appends n to the capture of stream s, which holds it from now on; on failure n is still
// the caller's, and the capture is invalidated.
static bertrt_cu_result record(bertrt_cu_stream s, node *n) {
  bertrt_cu_graph g = s->graph;
  if (g->n == g->cap) {
    size_t cap = g->cap ? 2 * g->cap : 16;
    node **grown = realloc(g->nodes, cap * sizeof *grown);
    if (!grown) return spoil(s, ERROR_OUT_OF_MEMORY);
    g->nodes = grown, g->cap = cap;
  }
  n->refs = 1;
  g->nodes[g->n++] = n;
  emu.recorded++;
  return BERTRT_CU_SUCCESS;
}

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
  if (!stream) return misuse(ERROR_INVALID_VALUE, "cuStreamCreate(NULL)");
  if (flags & ~(unsigned)BERTRT_CU_STREAM_NON_BLOCKING)
    return misuse(ERROR_INVALID_VALUE, "cuStreamCreate: flags %#x", flags);
  bertrt_cu_stream s = calloc(1, sizeof *s);
  if (!s) return ERROR_OUT_OF_MEMORY;
  s->flags = flags;
  s->next = emu.streams;
  emu.streams = s;
  *stream = s;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamDestroy_v2(bertrt_cu_stream stream) {
  NEED_CONTEXT();
  if (!stream) return misuse(ERROR_INVALID_HANDLE, "cuStreamDestroy(NULL)");
  NEED_STREAM(stream);
  if (stream->capturing)
    return spoil(stream, misuse(ERROR_ILLEGAL_STATE,
                                "cuStreamDestroy: stream %p is capturing (end the capture first)",
                                (void *)stream));
  for (bertrt_cu_stream *p = &emu.streams; *p; p = &(*p)->next)
    if (*p == stream) {
      *p = stream->next;
      break;
    }
  free(stream);
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamSynchronize(bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (stream && stream->capturing)
    return refuse(stream, __func__, "a capturing stream cannot be synchronized");
  TRY(capture_gate(stream, __func__));
  return BERTRT_CU_SUCCESS; // every call completed before it returned
}

bertrt_cu_result cuStreamBeginCapture_v2(bertrt_cu_stream stream, bertrt_cu_capture_mode mode) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!stream)
    return misuse(ERROR_STREAM_CAPTURE_UNSUPPORTED,
                  "cuStreamBeginCapture: the legacy stream (NULL) cannot capture");
  if (stream->capturing)
    return spoil(stream, misuse(ERROR_ILLEGAL_STATE,
                                "cuStreamBeginCapture: stream %p is already capturing "
                                "(CUDA_ERROR_ILLEGAL_STATE)",
                                (void *)stream));
  if (mode < CAPTURE_MODE_GLOBAL || mode > CAPTURE_MODE_RELAXED)
    return misuse(ERROR_INVALID_VALUE, "cuStreamBeginCapture: mode %d", mode);
  if (!(stream->graph = calloc(1, sizeof *stream->graph))) return ERROR_OUT_OF_MEMORY;
  stream->capturing = true;
  stream->invalidated = false;
  stream->mode = mode;
  stream->thread = pthread_self();
  emu.captures++;
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuStreamEndCapture(bertrt_cu_stream stream, bertrt_cu_graph *graph) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!graph) return misuse(ERROR_INVALID_VALUE, "cuStreamEndCapture: graph NULL");
  if (!stream || !stream->capturing)
    return misuse(ERROR_ILLEGAL_STATE,
                  "cuStreamEndCapture: stream %p is not capturing (CUDA_ERROR_ILLEGAL_STATE)",
                  (void *)stream);
  if (stream->mode != CAPTURE_MODE_RELAXED && !pthread_equal(stream->thread, pthread_self()))
    return misuse(ERROR_STREAM_CAPTURE_WRONG_THREAD,
                  "cuStreamEndCapture: stream %p's capture was begun by another thread",
                  (void *)stream);
  bertrt_cu_graph g = stream->graph;
  stream->capturing = false;
  stream->graph = NULL;
  if (stream->invalidated) {
    stream->invalidated = false;
    free_graph(g);
    *graph = NULL;
    return misuse(ERROR_STREAM_CAPTURE_INVALIDATED,
                  "cuStreamEndCapture: the capture of stream %p was invalidated by an error "
                  "reported before (CUDA_ERROR_STREAM_CAPTURE_INVALIDATED): no graph",
                  (void *)stream);
  }
  g->next = emu.graphs;
  emu.graphs = g;
  *graph = g;
  return BERTRT_CU_SUCCESS;
}

// Whether kernels.emu.so exists beside the running program; its path into buf.
static bool kernels_beside_program(char *buf, size_t size) {
  ssize_t n = readlink("/proc/self/exe", buf, size - 1);
  if (n <= 0) return false;
  buf[n] = 0;
  char *slash = strrchr(buf, '/');
  if (!slash || (size_t)(slash - buf) + sizeof "/kernels.emu.so" > size) return false;
  strcpy(slash, "/kernels.emu.so");
  return access(buf, R_OK) == 0;
}

bertrt_cu_result cuModuleLoadData(bertrt_cu_module *out, const void *image) {
  NEED_CONTEXT();
  TRY(unsafe_call(__func__));
  if (!image) return misuse(ERROR_INVALID_VALUE, "cuModuleLoadData(NULL)");
  const char *text = image;
  bool cubin = memcmp(text, "\177ELF", 4) == 0;
  bool ptx = strstr(text, ".version") != NULL && strstr(text, ".target") != NULL;
  if (!cubin && !ptx)
    return misuse(ERROR_INVALID_IMAGE, "cuModuleLoadData: the image is neither a cubin nor PTX");
  char beside[4096];
  const char *path = getenv("BERTC_EMU_KERNELS");
  if (kernels_beside_program(beside, sizeof beside)) path = beside;
  if (!path || !*path)
    return misuse(ERROR_FILE_NOT_FOUND,
                  "cuModuleLoadData: no kernels.emu.so beside the program: set BERTC_EMU_KERNELS "
                  "to the emulated kernels module");
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
  TRY(unsafe_call(__func__));
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

// A launch of f as CUDA accepts it and the emulator runs it, or an error.
static bertrt_cu_result check_launch(const function *f, unsigned grid_x, unsigned grid_y,
                                     unsigned grid_z, unsigned block_x, unsigned block_y,
                                     unsigned block_z, unsigned shared_bytes, void **params,
                                     void **extra) {
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
  for (int i = 0; i < f->kernel->n_params; i++)
    if (!params[i])
      return misuse(ERROR_INVALID_VALUE, "cuLaunchKernel(%s): kernelParams[%d] is NULL", f->name,
                    i);
  return BERTRT_CU_SUCCESS;
}

// Runs a launch that check_launch accepted.
static bertrt_cu_result execute(const function *f, unsigned grid_x, unsigned block_x,
                                void **params) {
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

static size_t round_up(size_t n, size_t to) {
  return (n + to - 1) / to * to;
}

// Records a launch into the capture of stream s, with a copy of every parameter's value
// (kernelParams point at the caller's memory, which it may reuse as soon as this returns).
static bertrt_cu_result record_launch(bertrt_cu_stream s, const function *f, unsigned grid_x,
                                      unsigned block_x, void **params) {
  const emu_kernel *k = f->kernel;
  size_t head = round_up(sizeof(node), EMU_PARAM_ALIGN);
  size_t table = round_up((size_t)k->n_params * sizeof(void *), EMU_PARAM_ALIGN);
  size_t bytes = head + table;
  for (int i = 0; i < k->n_params; i++)
    bytes += round_up(k->param_sizes[i], EMU_PARAM_ALIGN);
  node *n = calloc(1, bytes);
  if (!n) return spoil(s, ERROR_OUT_OF_MEMORY);
  n->bytes = bytes;
  n->kind = NODE_KERNEL;
  snprintf(n->what, sizeof n->what, "cuLaunchKernel(%s)", f->name);
  n->fn = (bertrt_cu_function)f;
  n->grid = grid_x;
  n->block = block_x;
  n->params = (void **)((char *)n + head);
  char *value = (char *)n + head + table;
  for (int i = 0; i < k->n_params; i++) {
    memcpy(value, params[i], k->param_sizes[i]);
    n->params[i] = value;
    value += round_up(k->param_sizes[i], EMU_PARAM_ALIGN);
  }
  bertrt_cu_result r = record(s, n);
  if (r != BERTRT_CU_SUCCESS) free(n);
  return r;
}

bertrt_cu_result cuLaunchKernel(bertrt_cu_function handle, unsigned int grid_x, unsigned int grid_y,
                                unsigned int grid_z, unsigned int block_x, unsigned int block_y,
                                unsigned int block_z, unsigned int shared_bytes,
                                bertrt_cu_stream stream, void **params, void **extra) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  TRY(capture_gate(stream, __func__));
  const function *f = function_of(handle);
  if (!f)
    return spoil(stream, misuse(ERROR_INVALID_HANDLE, "cuLaunchKernel: %p is not a function",
                                (void *)handle));
  TRY(spoil(stream, check_launch(f, grid_x, grid_y, grid_z, block_x, block_y, block_z, shared_bytes,
                                 params, extra)));
  if (stream && stream->capturing) return record_launch(stream, f, grid_x, block_x, params);
  return execute(f, grid_x, block_x, params);
}

// ---- memory ------------------------------------------------------------------------------

bertrt_cu_result cuMemAlloc_v2(bertrt_cu_deviceptr *ptr, size_t bytes) {
  NEED_CONTEXT();
  TRY(unsafe_call(__func__));
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
  TRY(unsafe_call(__func__));
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
  TRY(unsafe_call(__func__));
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
  if (stream && stream->capturing)
    return refuse(stream, "cuMemcpyHtoDAsync",
                  "a copy from pageable host memory cannot be captured (the emulator has no "
                  "pinned memory)");
  TRY(capture_gate(stream, "cuMemcpyHtoDAsync"));
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
  if (stream && stream->capturing)
    return refuse(stream, "cuMemcpyDtoHAsync",
                  "a copy to pageable host memory cannot be captured (the emulator has no "
                  "pinned memory)");
  TRY(capture_gate(stream, "cuMemcpyDtoHAsync"));
  if (!in_device_memory(src, bytes))
    return misuse(ERROR_INVALID_VALUE, "cuMemcpyDtoH: [%#llx, +%zu) is not in one allocation", src,
                  bytes);
  memcpy(dst, (const void *)(uintptr_t)src, bytes);
  return BERTRT_CU_SUCCESS;
}

// count elements of elem_bytes (1 or 4) at dst set to value.
static void fill(bertrt_cu_deviceptr dst, unsigned value, size_t count, unsigned elem_bytes) {
  if (elem_bytes == 1) {
    memset((void *)(uintptr_t)dst, (int)value, count);
    return;
  }
  uint32_t *p = (uint32_t *)(uintptr_t)dst;
  for (size_t i = 0; i < count; i++)
    p[i] = value;
}

// cuMemsetD8Async and cuMemsetD32Async: run now, or recorded by a capture.
static bertrt_cu_result memset_async(const char *call, bertrt_cu_deviceptr dst, unsigned value,
                                     size_t count, unsigned elem_bytes, bertrt_cu_stream stream) {
  TRY(capture_gate(stream, call));
  if (dst % elem_bytes)
    return spoil(stream, misuse(ERROR_INVALID_VALUE, "%s: %#llx is not aligned to %u bytes", call,
                                dst, elem_bytes));
  if (count > SIZE_MAX / elem_bytes || !in_device_memory(dst, count * elem_bytes))
    return spoil(stream, misuse(ERROR_INVALID_VALUE,
                                "%s: [%#llx, +%zu elements of %u bytes) is not in one allocation",
                                call, dst, count, elem_bytes));
  if (!stream || !stream->capturing) {
    fill(dst, value, count, elem_bytes);
    return BERTRT_CU_SUCCESS;
  }
  node *n = calloc(1, sizeof *n);
  if (!n) return spoil(stream, ERROR_OUT_OF_MEMORY);
  n->bytes = sizeof *n;
  n->kind = NODE_MEMSET;
  snprintf(n->what, sizeof n->what, "%s", call);
  n->dst = dst;
  n->value = value;
  n->count = count;
  n->elem_bytes = elem_bytes;
  bertrt_cu_result r = record(stream, n);
  if (r != BERTRT_CU_SUCCESS) free(n);
  return r;
}

bertrt_cu_result cuMemsetD8Async(bertrt_cu_deviceptr dst, unsigned char value, size_t bytes,
                                 bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  return memset_async("cuMemsetD8Async", dst, value, bytes, 1, stream);
}

bertrt_cu_result cuMemsetD32Async(bertrt_cu_deviceptr dst, unsigned int value, size_t count,
                                  bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  return memset_async("cuMemsetD32Async", dst, value, count, 4, stream);
}

// ---- graphs ------------------------------------------------------------------------------

static bool is_graph(bertrt_cu_graph g) {
  for (bertrt_cu_graph x = emu.graphs; x; x = x->next)
    if (x == g) return true;
  return false;
}

static bool is_exec(bertrt_cu_graph_exec e) {
  for (bertrt_cu_graph_exec x = emu.execs; x; x = x->next)
    if (x == e) return true;
  return false;
}

bertrt_cu_result cuGraphInstantiateWithFlags(bertrt_cu_graph_exec *exec, bertrt_cu_graph graph,
                                             unsigned long long flags) {
  NEED_CONTEXT();
  if (!exec) return misuse(ERROR_INVALID_VALUE, "cuGraphInstantiate: exec NULL");
  if (!is_graph(graph))
    return misuse(ERROR_INVALID_VALUE, "cuGraphInstantiate: %p is not a graph", (void *)graph);
  if (flags)
    return misuse(ERROR_INVALID_VALUE, "cuGraphInstantiate: flags %#llx are not emulated", flags);
  bertrt_cu_graph_exec e = calloc(1, sizeof *e);
  if (!e) return ERROR_OUT_OF_MEMORY;
  if (graph->n && !(e->nodes = malloc(graph->n * sizeof *e->nodes))) {
    free(e);
    return ERROR_OUT_OF_MEMORY;
  }
  for (size_t i = 0; i < graph->n; i++) {
    e->nodes[i] = graph->nodes[i];
    e->nodes[i]->refs++;
  }
  e->n = graph->n;
  e->next = emu.execs;
  emu.execs = e;
  *exec = e;
  return BERTRT_CU_SUCCESS;
}

// Runs operation `index` of an executable graph.
static bertrt_cu_result run_node(const node *n, size_t index) {
  switch (n->kind) {
  case NODE_KERNEL: {
    const function *f = function_of(n->fn);
    if (!f)
      return misuse(ERROR_INVALID_HANDLE,
                    "cuGraphLaunch: operation %zu, %s: its module was unloaded", index, n->what);
    return execute(f, n->grid, n->block, n->params);
  }
  case NODE_MEMSET:
    if (!in_device_memory(n->dst, n->count * n->elem_bytes))
      return misuse(ERROR_ILLEGAL_ADDRESS,
                    "cuGraphLaunch: operation %zu, %s of [%#llx, +%zu elements of %u bytes): "
                    "not in one allocation (freed since the capture?)",
                    index, n->what, n->dst, n->count, n->elem_bytes);
    fill(n->dst, n->value, n->count, n->elem_bytes);
    return BERTRT_CU_SUCCESS;
  case NODE_HOST:
    if (n->run(n->data))
      return misuse(ERROR_LAUNCH_FAILED, "cuGraphLaunch: operation %zu, %s, failed (above)", index,
                    n->what);
    return BERTRT_CU_SUCCESS;
  }
  return misuse(ERROR_INVALID_VALUE, "cuGraphLaunch: operation %zu of kind %d", index, n->kind);
}

bertrt_cu_result cuGraphLaunch(bertrt_cu_graph_exec exec, bertrt_cu_stream stream) {
  NEED_CONTEXT();
  NEED_STREAM(stream);
  if (!is_exec(exec))
    return spoil(stream, misuse(ERROR_INVALID_VALUE, "cuGraphLaunch: %p is not an executable graph",
                                (void *)exec));
  if (stream && stream->capturing)
    return refuse(stream, __func__,
                  "launching a graph into a capturing stream (a child graph) is not emulated");
  TRY(capture_gate(stream, __func__));
  if (emu.fn) return misuse(ERROR_INVALID_VALUE, "cuGraphLaunch from inside a kernel");
  emu.graph_launches++;
  for (size_t i = 0; i < exec->n; i++) {
    TRY(run_node(exec->nodes[i], i));
    emu.replayed++;
  }
  return BERTRT_CU_SUCCESS;
}

bertrt_cu_result cuGraphExecDestroy(bertrt_cu_graph_exec exec) {
  NEED_CONTEXT();
  for (bertrt_cu_graph_exec *p = &emu.execs; *p; p = &(*p)->next)
    if (*p == exec) {
      *p = exec->next;
      for (size_t i = 0; i < exec->n; i++)
        release_node(exec->nodes[i]);
      free(exec->nodes);
      free(exec);
      return BERTRT_CU_SUCCESS;
    }
  return misuse(ERROR_INVALID_VALUE, "cuGraphExecDestroy(%p): not an executable graph",
                (void *)exec);
}

bertrt_cu_result cuGraphDestroy(bertrt_cu_graph graph) {
  NEED_INIT();
  for (bertrt_cu_graph *p = &emu.graphs; *p; p = &(*p)->next)
    if (*p == graph) {
      *p = graph->next;
      free_graph(graph);
      return BERTRT_CU_SUCCESS;
    }
  return misuse(ERROR_INVALID_VALUE, "cuGraphDestroy(%p): not a graph", (void *)graph);
}

// ---- the hook of the emulated cuBLASLt (emu_abi.h) ---------------------------------------

int emu_stream_record(void *handle, const char *what, int (*run)(void *data),
                      void (*release)(void *data), void *data, int *recorded) {
  if (!recorded || !what || !run)
    return misuse(ERROR_INVALID_VALUE, "emu_stream_record: NULL argument");
  *recorded = 0;
  NEED_CONTEXT();
  bertrt_cu_stream stream = handle;
  if (stream && !is_stream(stream))
    return misuse(ERROR_INVALID_HANDLE, "%s: stream %p is not a stream", what, handle);
  TRY(capture_gate(stream, what));
  if (!stream || !stream->capturing) return BERTRT_CU_SUCCESS;
  node *n = calloc(1, sizeof *n);
  if (!n) return spoil(stream, ERROR_OUT_OF_MEMORY);
  n->bytes = sizeof *n;
  n->kind = NODE_HOST;
  snprintf(n->what, sizeof n->what, "%s", what);
  n->run = run;
  n->release = release;
  n->data = data;
  bertrt_cu_result r = record(stream, n);
  if (r != BERTRT_CU_SUCCESS) {
    free(n);
    return r;
  }
  *recorded = 1;
  return BERTRT_CU_SUCCESS;
}

__attribute__((destructor)) static void report(void) {
  const char *stats = getenv("BERTC_EMU_STATS");
  if (!stats || !*stats || !strcmp(stats, "0")) return;
  int streams = 0, graphs = 0, execs = 0;
  for (bertrt_cu_stream s = emu.streams; s; s = s->next)
    streams++;
  for (bertrt_cu_graph g = emu.graphs; g; g = g->next)
    graphs++;
  for (bertrt_cu_graph_exec e = emu.execs; e; e = e->next)
    execs++;
  fprintf(stderr,
          "emulated CUDA driver: %lld launches, %lld blocks, %lld threads, %lld barrier waits, "
          "%.2f s in kernels; at exit %zu allocations (%zu bytes), %d context references, %d "
          "streams\n",
          emu.launches, emu.blocks, emu.threads, emu.barriers, emu.kernel_seconds, emu.n_allocs,
          emu.in_use, emu.context_refs, streams);
  fprintf(stderr,
          "emulated CUDA driver: graphs: %lld captures recorded %lld operations, %lld graph "
          "launches ran %lld of them; at exit %d graphs, %d executable graphs\n",
          emu.captures, emu.recorded, emu.graph_launches, emu.replayed, graphs, execs);
}
