// schedule.h — stage 5b, after the memory plan: every decision the renderers (render.h)
// need, made once from the planned kernel IR, for both targets. For every kernel of every
// KProgram it decides
//   - the cuda launch geometry (cuda_launch: blocks, threads, the mapping of rows);
//   - the arguments of its body: the buffers in first-reference order, what the body does
//     with each (read, written, updated) and whether it may be declared restrict (no other
//     argument shares a byte of it), and its dropout sites;
//   - the index width of its body (32 bits unless a buffer or its extent needs 64);
//   - for a K_LOOP on cuda, before which phases the row's threads meet at a barrier;
//   - for a K_GEMM, where its epilogue runs on each target (gemm_epilogue);
//   - which body it runs: one identity per distinct body (a structural key of the kernel
//     IR with buffers and sites numbered as arguments, their dtypes, access and restrict
//     flags, the index width, the launch geometry and the epilogue form), numbered body_N
//     for both targets alike, so that body_N is the same code in host.ll, kernels.cu and
//     host.cuda.ll.
// The cuda target's bodies are numbered first, in order of first use (body_0 ..
// body_{n_cuda_bodies - 1}, as the runtime resolves them), then those of the cpu target alone
// (a GEMM's bias alone, which cuBLASLt adds on cuda); the cpu target calls its bodies
// directly and skips the numbers it has no body for (attention: the runtime's).
// The renderers print this; they decide nothing.
#ifndef BERTC_SCHEDULE_H
#define BERTC_SCHEDULE_H

#include "compile.h"

typedef enum { TARGET_CPU, TARGET_CUDA, TARGET_COUNT } Target;

// Launch geometry constants of the cuda target. The attention ones are printed into
// kernels.cu as BERTC_ATT_TILE / BERTC_ATT_THREADS before compiler/cuda_attention.cuh,
// which refuses (#error) any other values than those its templates are written for.
enum {
  SCHED_MAX_BLOCK = 256,    // threads per block
  SCHED_SCATTER_TILE = 64,  // dst rows per block of a scatter-add
  SCHED_SUM_COLS = 32,      // columns per block of a sum over rows
  SCHED_ATT_TILE = 32,      // rows of an attention tile
  SCHED_ATT_THREADS = 128,  // threads of an attention block
  SCHED_ATT_MIN_BLOCKS = 2, // resident attention blocks per SM asked of ptxas (<= 255 registers)
};

// Launch geometry of a kernel on the cuda target. K_LOOP: `row_threads` threads (a power of
// two, at most 256) stride over each row's columns, `rows_per_block` rows per block when rows
// are short; summing over rows, up to 32 columns per block with `rows_per_block` threads (row
// lanes) per column. K_SCATTER_ADD: `row_threads` threads over the columns of
// `rows_per_block` destination rows. K_GEMM: its epilogue, a row kernel over the rows of C.
// K_ATTENTION: a block of 128 threads per (batch, head, tile of 32 rows).
typedef struct {
  int64_t grid;    // blocks (x only)
  int block;       // threads per block
  int row_threads; // threads sharing one row
  int rows_per_block;
} CudaLaunch;
CudaLaunch cuda_launch(const Kernel *k);

// Where a GEMM's epilogue (bias, aux, activation) runs on a target.
typedef enum {
  GEMM_EPILOGUE_NONE,    // no epilogue
  GEMM_EPILOGUE_LIBRARY, // the bias alone, added by the library (cuBLASLt's bias epilogue)
  GEMM_EPILOGUE_KERNEL,  // an epilogue body over the rows of C, after the library call
} GemmEpilogue;
// cpu: any epilogue is a body. cuda: a bias alone goes into cuBLASLt; GELU stays a body
// (cuBLASLt's is the tanh approximation), and with it the bias and aux.
GemmEpilogue gemm_epilogue(const KGemm *g, Target t);

typedef enum { SCHED_READ = 1, SCHED_WRITTEN = 2, SCHED_UPDATED = 3 } SchedAccess;

// An argument of a body: the base of a buffer.
typedef struct {
  int buf; // KProgram buffer
  SchedAccess access;
  bool restrict_ok; // no other argument of the body shares a byte of it
} SchedArg;

typedef enum {
  BODY_ROWS,          // K_LOOP over rows
  BODY_SUM_OVER_ROWS, // K_LOOP summing over rows
  BODY_SCATTER,       // K_SCATTER_ADD
  BODY_EPILOGUE,      // a K_GEMM's epilogue
  BODY_ATTENTION,     // K_ATTENTION (the cuda target's; the cpu calls the runtime)
  BODY_KIND_COUNT
} BodyKind;

typedef struct {
  BodyKind kind;
  bool on[TARGET_COUNT]; // which targets have it
  int program, kernel;   // its first user: CompiledModel.programs[program]'s kernel
} SchedBody;

// What the schedule decided for one kernel.
typedef struct {
  int body[TARGET_COUNT];              // body_N it runs on each target, -1 when none there
  BodyKind kind;                       // of its body (any target)
  GemmEpilogue epilogue[TARGET_COUNT]; // K_GEMM
  CudaLaunch launch;
  bool index64;    // the body indexes with 64-bit integers
  bool noalias;    // every argument restrict_ok (the cpu target then marks all noalias)
  int n_args;      // base arguments b0 .. b{n_args - 1}
  SchedArg *args;  // [n_args]
  int n_sites;     // dropout site arguments site0 ...
  uint32_t *sites; // [n_sites]
  bool *row_sync;  // [phases] K_LOOP over rows on cuda: a row barrier precedes phase i
} KernelSchedule;

typedef struct {
  const KProgram *program;
  KernelSchedule *kernels; // [program->kernels.len]
} ProgramSchedule;

typedef struct Schedule {
  int n_bodies;      // body_0 .. body_{n_bodies - 1}, over both targets
  int n_cuda_bodies; // the cuda target's: body_0 .. body_{n_cuda_bodies - 1}
  SchedBody *bodies; // [n_bodies]
  int n_programs;    // CompiledModel.programs, in order: the launch table
  ProgramSchedule *programs;
} Schedule;

// Schedules every program of m (its memory plan done).
Schedule *schedule_model(const CompiledModel *m);
// Kernel k of program p; an internal error when p is not scheduled.
const KernelSchedule *schedule_kernel(const Schedule *s, const KProgram *p, int k);
void schedule_free(Schedule *s);

#endif
