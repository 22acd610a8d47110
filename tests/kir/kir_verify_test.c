// kir_verify_test.c — kir_verify accepts well-formed programs and aborts, naming the
// program and kernel, on broken ones. Each case runs in a forked child: a valid program
// must exit 0, a broken one must die of SIGABRT. Exits 1 on any unexpected outcome.
#include "kir_fixture.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

typedef enum {
  BREAK_NOTHING,
  BREAK_OPERAND_ORDER,      // an operand at or after its user
  BREAK_ARITY,              // a unary op with a second operand
  BREAK_STORE_OUT_OF_RANGE, // the store's row stride walks past the buffer
  BREAK_LOAD_NEGATIVE,      // a negative column stride from offset 0
  BREAK_SLOT_BEFORE_SET,    // the map reads a slot no phase sets
  BREAK_SLOT_SAME_PHASE,    // a reduce reads the slot it sets
  BREAK_COL_IN_LET,         // a let depends on the column
  BREAK_LET_LOAD_COLS,      // a let loads with a column stride
  BREAK_STORE_I32,          // a store to an i32 buffer
  BREAK_VIA_RANGE,          // the ids index walks past the ids buffer
  BREAK_SUM_ROWS_STRIDE,    // a sum over rows storing with a row stride
  BREAK_GEMM_EXTENT,        // a GEMM's C batch stride walks past its buffer
  BREAK_SCATTER_IDS,        // scatter-add ids of the wrong dtype
  BREAK_COUNT
} Break;

// Each case: its name, and what kir_verify's message must say (NULL: accepted).
static const struct {
  const char *name, *message;
} cases[] = {
    {"well-formed program", NULL},
    {"operand out of order", "expression 10 (mul) has operand b = 10"},
    {"unary op with two operands", "expression 5 (exp) has operand b = 0"},
    {"store out of range", "store of phase 3 reaches elements [0, 34] of buffer `y`"},
    {"load below element 0", "reaches elements [-7, 24] of buffer `x`"},
    {"slot read before any phase sets it", "phase 3 reads slot 3"},
    {"slot read in its own phase", "phase 0 reads slot 0"},
    {"column used in a let", "let phase 2 uses the column"},
    {"let loading along columns", "let phase 2 loads with a column stride"},
    {"store to an i32 buffer", "phase 3 stores to i32 buffer `ids`"},
    {"via index out of range",
     "ids of load (expression 1) reaches elements [0, 6] of buffer `ids`"},
    {"sum over rows with row stride", "kernel bias_grad: a sum over rows stores with row stride"},
    {"gemm past its buffer", "kernel gemm: gemm C reaches element 63 of `x`"},
    {"scatter ids not i32", "scatter-add ids `db` is not [4] i32"},
};
_Static_assert(sizeof cases / sizeof *cases == BREAK_COUNT, "one entry per case");

// A small program of every kernel kind (softmax-like loop with a gather, a bias-grad sum
// over rows, a GEMM, a scatter-add), with one defect injected.
static void build(Fixture *f, Break defect) {
  fixture_init(f, "verify_case");
  int64_t shape[2] = {4, 8}, ids_shape[1] = {4}, table_shape[2] = {10, 8}, sq[2] = {8, 8};
  int x = fixture_buf(f, "x", BERTRT_ACTS, DT_F32, 2, shape);
  int ids = fixture_buf(f, "ids", BERTRT_IO, DT_I32, 1, ids_shape);
  int table = fixture_buf(f, "table", BERTRT_PARAMS, DT_F32, 2, table_shape);
  int y = fixture_buf(f, "y", BERTRT_ACTS, DT_F32, 2, shape);
  int db = fixture_buf(f, "db", BERTRT_GRADS, DT_F32, 1, &shape[1]);
  int w = fixture_buf(f, "w", BERTRT_PARAMS, DT_F32, 2, sq);

  KLoop *l = fixture_loop(f, "rows", 1, shape, 8);
  int64_t row = 8, ids_row = 1;
  KIndex gather = kir_index(table);
  gather.col_stride = 1;
  gather.via.buf = ids;
  gather.via.row_stride[0] = defect == BREAK_VIA_RANGE ? 2 : ids_row;
  gather.via.scale = 8;
  int x_row = kir_load(l, fx_index(x, 0, 1, &row, 1));
  int xv = kir_binary(l, KX_ADD, x_row, kir_load(l, gather));
  if (defect == BREAK_LOAD_NEGATIVE) xv = kir_load(l, fx_index(x, 0, 1, &row, -1));
  int mx = fx_reduce(l, KR_MAX, defect == BREAK_SLOT_SAME_PHASE ? fx_slot(l, 0) : xv);
  int e = kir_unary(l, KX_EXP, kir_binary(l, KX_SUB, xv, fx_slot(l, mx)));
  int sum = fx_reduce(l, KR_SUM, e);
  int let_expr = kir_binary(l, KX_DIV, kir_const(l, 1.0f), fx_slot(l, sum));
  if (defect == BREAK_COL_IN_LET) let_expr = kir_binary(l, KX_ADD, let_expr, fx_col(l));
  if (defect == BREAK_LET_LOAD_COLS) let_expr = kir_load(l, fx_index(x, 0, 1, &row, 1));
  int inv = fx_let(l, let_expr);
  int out = kir_binary(l, KX_MUL, e, fx_slot(l, inv));
  if (defect == BREAK_SLOT_BEFORE_SET) {
    l->n_slots++;
    out = kir_binary(l, KX_MUL, out, fx_slot(l, l->n_slots - 1));
  }
  if (defect == BREAK_OPERAND_ORDER) l->exprs.items[out].b = out;
  if (defect == BREAK_ARITY) l->exprs.items[e].b = 0;
  int64_t store_row = defect == BREAK_STORE_OUT_OF_RANGE ? 9 : row;
  fx_store(fx_map(l), fx_index(defect == BREAK_STORE_I32 ? ids : y, 0, 1, &store_row, 1), out);

  KLoop *s = fixture_loop(f, "bias_grad", 1, shape, 8);
  s->sum_over_rows = true;
  int64_t db_row = defect == BREAK_SUM_ROWS_STRIDE ? 1 : 0;
  fx_store(fx_map(s), fx_index(db, 0, 1, &db_row, 1), kir_load(s, fx_index(y, 0, 1, &row, 1)));

  Kernel *g = fixture_kernel(f, K_GEMM, "gemm");
  g->gemm = (KGemm){.trans_b = true,
                    .m = 4,
                    .n = 8,
                    .k = 8,
                    .lda = 8,
                    .ldb = 8,
                    .ldc = 8,
                    .batch = {1, defect == BREAK_GEMM_EXTENT ? 2 : 1},
                    .stride_c = {0, 32},
                    .alpha = 1.0f,
                    .a = y,
                    .b = w,
                    .c = x,
                    .bias = db,
                    .aux = -1};
  Kernel *sc = fixture_kernel(f, K_SCATTER_ADD, "scatter");
  sc->scatter = (KScatter){.dst = table,
                           .src = x,
                           .ids = defect == BREAK_SCATTER_IDS ? db : ids,
                           .rows = 4,
                           .cols = 8,
                           .dst_rows = 10};
}

// Runs kir_verify on the program with `defect` in a child, its stderr captured; true when
// a well-formed program passes, or a broken one aborts with the expected message.
static bool verify_outcome(Break defect) {
  int fds[2];
  check(pipe(fds) == 0);
  fflush(stdout);
  pid_t pid = fork();
  check(pid >= 0);
  if (pid == 0) {
    dup2(fds[1], STDERR_FILENO);
    close(fds[0]);
    Fixture f;
    build(&f, defect);
    kir_verify(&f.p);
    fixture_free(&f);
    _exit(0);
  }
  close(fds[1]);
  char message[4096];
  size_t len = 0;
  ssize_t n;
  while ((n = read(fds[0], message + len, sizeof message - 1 - len)) > 0)
    len += (size_t)n;
  message[len] = '\0';
  close(fds[0]);
  int status = 0;
  check(waitpid(pid, &status, 0) == pid);
  const char *want = cases[defect].message;
  bool ok = want ? WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && strstr(message, want)
                 : WIFEXITED(status) && WEXITSTATUS(status) == 0 && len == 0;
  printf("%-36s %s: %s\n", cases[defect].name, want ? "rejected" : "accepted",
         ok ? "ok" : "UNEXPECTED");
  if (len) printf("    %s", message);
  if (!ok && want) printf("    expected a message containing: %s\n", want);
  return ok;
}

int main(void) {
  int failures = 0;
  for (int b = 0; b < BREAK_COUNT; b++)
    failures += !verify_outcome((Break)b);
  if (failures) printf("%d unexpected outcomes\n", failures);
  return failures ? EXIT_FAILURE_RUNTIME : EXIT_OK;
}
