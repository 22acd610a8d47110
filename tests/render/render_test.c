// render_test.c — the LLVM renderer (cpu) and the linker on a hand-made CompiledModel.
//
// The model has one bucket, one variant and three programs covering every kernel kind:
//   forward_s8    gather through ids (via), broadcasting, every expression op, a layernorm
//                 (LET / REDUCE with two items / MAP), a softmax, batched GEMMs with trans
//                 flags and a bias + aux + gelu epilogue, dropout
//   train_s8_v0   sums over rows (one with a reduce phase before its map), a scatter-add
//   optimizer_v0  grad-norm partial sums, the clip coefficient, AdamW updating three
//                 arenas in place (a multi-store map)
// Subcommands (one ctest each):
//   kernels       render at O3, load the object (cc -shared, dlopen) and run each entry
//                 point through the descriptor on a 3-thread pool; the reference interpreter
//                 runs the same program on a copy of the arenas; every buffer must agree
//                 (max abs diff printed) and nothing outside the buffers may change
//   deterministic two renders of two separately built models give byte-identical host.ll,
//                 naming no host CPU and carrying the vectorisation hints
//   descriptor    every field of bertrt_generated_model reads back what the model holds
//   link          link_program makes a program that runs (`--version`); a missing runtime
//                 directory is a clear error naming BERTC_RUNTIME_DIR
//   math          the renderer's inline exp, erf and tanh against libm in double over dense
//                 grids (and their special values), its inline Philox dropout draw against
//                 bertrt_dropout_uniform bit for bit; max errors printed
// Exits 1 on any mismatch.
#include "kir_fixture.h"
#include "kir_interp.h"
#include "link.h"
#include "pool.h"
#include "render.h"
#include "simd_cpu.h"
#include "softmax_cpu.h"

#include <dlfcn.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// The generated object resolves these against this executable (linked with -rdynamic):
// keep them linked in.
void (*const render_test_runtime_helpers[])(void) = {
    (void (*)(void))bertrt_parallel_for,
    (void (*)(void))bertrt_sgemm,
    (void (*)(void))bertrt_dropout_uniform,
};

enum { ARENA_BYTES = 1 << 20 }; // kir_fixture's arenas
static int failures;

static void fail(const char *fmt, const char *what) {
  printf(fmt, what);
  printf("\n");
  failures++;
}

// ---- the programs --------------------------------------------------------------------

// H is no multiple of a vector width: the vector loops' remainders run too.
enum { B = 2, S = 8, H = 100, V = 10, PARAM1 = (V * H + 15) / 16 * 16, PARAM_ELEMS = PARAM1 + 16 };

static int bin(KLoop *l, KExprOp op, int a, int b) {
  return kir_binary(l, op, a, b);
}
static int un(KLoop *l, KExprOp op, int a) {
  return kir_unary(l, op, a);
}
static int cst(KLoop *l, float v) {
  return kir_const(l, v);
}

// A REDUCE phase with two items: sum and max of `expr`; returns the sum's slot (max's is +1).
static int reduce_sum_and_max(KLoop *l, int expr) {
  KPhase ph = {.kind = KP_REDUCE};
  int sum = l->n_slots++, max = l->n_slots++;
  vec_push(&ph.items, ((KItem){.expr = expr, .slot = sum, .reduce = KR_SUM}));
  vec_push(&ph.items, ((KItem){.expr = expr, .slot = max, .reduce = KR_MAX}));
  vec_push(&l->phases, ph);
  return sum;
}

static void build_forward(Fixture *f) {
  fixture_init(f, "forward_s8");
  int64_t bs[] = {B, S}, bsh[] = {B, S, H}, vh[] = {V, H}, sh[] = {S, H}, th[] = {2, H};
  int64_t rows_bsh[] = {S * H, H}, flat[] = {B * S}, h[] = {H};
  int ids = fixture_buf(f, "input_ids", BERTRT_IO, DT_I32, 2, bs);
  int types = fixture_buf(f, "token_type_ids", BERTRT_IO, DT_I32, 2, bs);
  int tok = fixture_buf(f, "word_embeddings", BERTRT_PARAMS, DT_F32, 2, vh);
  int pos = fixture_buf(f, "position_embeddings", BERTRT_PARAMS, DT_F32, 2, sh);
  int typ = fixture_buf(f, "token_type_embeddings", BERTRT_PARAMS, DT_F32, 2, th);
  int emb = fixture_buf(f, "embeddings", BERTRT_ACTS, DT_F32, 3, bsh);
  fixture_fill_ids(f, ids, V);
  fixture_fill_ids(f, types, 2);
  fixture_fill(f, tok, -1.0f, 1.0f);
  fixture_fill(f, pos, -1.0f, 1.0f);
  fixture_fill(f, typ, -1.0f, 1.0f);

  // embeddings = tok[ids] + pos[s] (broadcast over batch) + typ[types]
  KLoop *l = fixture_loop(f, "embed", 2, bs, H);
  KIndex t = fx_index(tok, 0, 0, NULL, 1);
  t.via.buf = ids, t.via.row_stride[0] = S, t.via.row_stride[1] = 1, t.via.scale = H;
  KIndex ty = fx_index(typ, 0, 0, NULL, 1);
  ty.via.buf = types, ty.via.row_stride[0] = S, ty.via.row_stride[1] = 1, ty.via.scale = H;
  int64_t pos_rows[] = {0, H};
  int e = bin(l, KX_ADD, kir_load(l, t), kir_load(l, fx_index(pos, 0, 2, pos_rows, 1)));
  fx_store(fx_map(l), fx_index(emb, 0, 2, rows_bsh, 1), bin(l, KX_ADD, e, kir_load(l, ty)));

  // every expression op, two stores in one map
  int out1 = fixture_buf(f, "ops_a", BERTRT_ACTS, DT_F32, 3, bsh);
  int out2 = fixture_buf(f, "ops_b", BERTRT_ACTS, DT_F32, 3, bsh);
  l = fixture_loop(f, "ops", 2, bs, H);
  int x = kir_load(l, fx_index(emb, 0, 2, rows_bsh, 1));
  int e1 = kir_select(l, bin(l, KX_LT, x, cst(l, 0.0f)), un(l, KX_EXP, x),
                      un(l, KX_SQRT, bin(l, KX_ADD, x, cst(l, 3.5f))));
  int e2 = bin(l, KX_MUL, un(l, KX_TANH, x), un(l, KX_ERF, bin(l, KX_MUL, x, cst(l, 0.7f))));
  int e3 = bin(l, KX_ADD, bin(l, KX_MIN, x, bin(l, KX_MUL, fx_col(l), cst(l, 0.1f))),
               bin(l, KX_MAX, x, bin(l, KX_MUL, fx_coord(l, 1), cst(l, 0.25f))));
  int xx1 = bin(l, KX_ADD, bin(l, KX_MUL, x, x), cst(l, 1.0f));
  int e4 = bin(l, KX_DIV, x, bin(l, KX_ADD, cst(l, 2.0f), un(l, KX_RSQRT, xx1)));
  int e5 = bin(l, KX_SUB, bin(l, KX_EQ, fx_coord(l, 0), cst(l, 1.0f)),
               un(l, KX_NEG, un(l, KX_LOG, xx1)));
  KPhase *map = fx_map(l);
  fx_store(map, fx_index(out1, 0, 2, rows_bsh, 1), bin(l, KX_ADD, bin(l, KX_ADD, e1, e2), e3));
  fx_store(map, fx_index(out2, 0, 2, rows_bsh, 1), bin(l, KX_ADD, e4, e5));

  // layernorm over [B*S] x H, with a max reduced beside the sum
  int gamma = fixture_buf(f, "ln.weight", BERTRT_PARAMS, DT_F32, 1, h);
  int beta = fixture_buf(f, "ln.bias", BERTRT_PARAMS, DT_F32, 1, h);
  int ln = fixture_buf(f, "ln", BERTRT_ACTS, DT_F32, 3, bsh);
  fixture_fill(f, gamma, 0.5f, 1.5f);
  fixture_fill(f, beta, -0.5f, 0.5f);
  l = fixture_loop(f, "layernorm", 1, flat, H);
  int64_t row_h[] = {H};
  x = kir_load(l, fx_index(out1, 0, 1, row_h, 1));
  int sum = reduce_sum_and_max(l, x);
  int mean = fx_let(l, bin(l, KX_DIV, fx_slot(l, sum), cst(l, (float)H)));
  int d = bin(l, KX_SUB, x, fx_slot(l, mean));
  int var = fx_reduce(l, KR_SUM, bin(l, KX_MUL, d, d));
  int rstd = fx_let(
      l, un(l, KX_RSQRT,
            bin(l, KX_ADD, bin(l, KX_DIV, fx_slot(l, var), cst(l, (float)H)), cst(l, 1e-5f))));
  int y = bin(l, KX_MUL, bin(l, KX_MUL, d, fx_slot(l, rstd)),
              kir_load(l, fx_index(gamma, 0, 0, NULL, 1)));
  y = bin(l, KX_ADD, y, kir_load(l, fx_index(beta, 0, 0, NULL, 1)));
  y = bin(l, KX_ADD, y, bin(l, KX_MUL, fx_slot(l, sum + 1), cst(l, 0.01f)));
  fx_store(fx_map(l), fx_index(ln, 0, 1, row_h, 1), y);

  // softmax over the last dimension of ops_b
  int probs = fixture_buf(f, "probs", BERTRT_ACTS, DT_F32, 3, bsh);
  l = fixture_loop(f, "softmax", 2, bs, H);
  x = kir_load(l, fx_index(out2, 0, 2, rows_bsh, 1));
  int max = fx_reduce(l, KR_MAX, x);
  int ex = un(l, KX_EXP, bin(l, KX_SUB, x, fx_slot(l, max)));
  int total = fx_reduce(l, KR_SUM, ex);
  fx_store(fx_map(l), fx_index(probs, 0, 2, rows_bsh, 1), bin(l, KX_DIV, ex, fx_slot(l, total)));

  // C[2,3] = 0.5 * A^T B + bias, aux = C, C = gelu(C): A stored [2,3,K,M], B [K,N] shared
  enum { M = 8, K = 12, N = 10 };
  int64_t a_shape[] = {2, 3, K, M}, b_shape[] = {K, N}, c_shape[] = {2, 3, M, N}, n_shape[] = {N};
  int ga = fixture_buf(f, "gemm.a", BERTRT_ACTS, DT_F32, 4, a_shape);
  int gb = fixture_buf(f, "gemm.b", BERTRT_PARAMS, DT_F32, 2, b_shape);
  int gc = fixture_buf(f, "gemm.c", BERTRT_ACTS, DT_F32, 4, c_shape);
  int gbias = fixture_buf(f, "gemm.bias", BERTRT_PARAMS, DT_F32, 1, n_shape);
  int gaux = fixture_buf(f, "gemm.aux", BERTRT_ACTS, DT_F32, 4, c_shape);
  fixture_fill(f, ga, -1.0f, 1.0f);
  fixture_fill(f, gb, -1.0f, 1.0f);
  fixture_fill(f, gbias, -1.0f, 1.0f);
  Kernel *k = fixture_kernel(f, K_GEMM, "gemm_bias_gelu");
  k->gemm = (KGemm){.trans_a = true,
                    .m = M,
                    .n = N,
                    .k = K,
                    .lda = M,
                    .ldb = N,
                    .ldc = N,
                    .batch = {2, 3},
                    .stride_a = {3 * K * M, K * M},
                    .stride_c = {3 * M * N, M * N},
                    .alpha = 0.5f,
                    .a = ga,
                    .b = gb,
                    .c = gc,
                    .bias = gbias,
                    .aux = gaux,
                    .act = KACT_GELU};
  // C[5,7] = A[5,9] B^T, B stored [7,9]
  int64_t pa[] = {5, 9}, pb[] = {7, 9}, pc[] = {5, 7};
  int qa = fixture_buf(f, "plain.a", BERTRT_ACTS, DT_F32, 2, pa);
  int qb = fixture_buf(f, "plain.b", BERTRT_PARAMS, DT_F32, 2, pb);
  int qc = fixture_buf(f, "plain.c", BERTRT_ACTS, DT_F32, 2, pc);
  fixture_fill(f, qa, -1.0f, 1.0f);
  fixture_fill(f, qb, -1.0f, 1.0f);
  k = fixture_kernel(f, K_GEMM, "gemm_plain");
  k->gemm = (KGemm){.trans_b = true,
                    .m = 5,
                    .n = 7,
                    .k = 9,
                    .lda = 9,
                    .ldb = 9,
                    .ldc = 7,
                    .batch = {1, 1},
                    .alpha = 1.0f,
                    .a = qa,
                    .b = qb,
                    .c = qc,
                    .bias = -1,
                    .aux = -1};

  // dropout(ln, p = 0.1) while ctx->dropout_on
  int drop = fixture_buf(f, "dropout", BERTRT_ACTS, DT_F32, 3, bsh);
  l = fixture_loop(f, "dropout", 2, bs, H);
  x = kir_load(l, fx_index(ln, 0, 2, rows_bsh, 1));
  int u = kir_expr(l, (KExpr){.op = KX_UNIFORM, .a = -1, .b = -1, .c = -1, .site = 3});
  int kept = bin(l, KX_MUL, bin(l, KX_MUL, x, bin(l, KX_LT, u, cst(l, 0.9f))), cst(l, 1.0f / 0.9f));
  fx_store(fx_map(l), fx_index(drop, 0, 2, rows_bsh, 1),
           kir_select(l, fx_ctx(l, KCTX_DROPOUT_ON), kept, x));
}

static void build_train(Fixture *f) {
  fixture_init(f, "train_s8_v0");
  int64_t bs[] = {B, S}, bsh[] = {B, S, H}, h[] = {H}, vh[] = {V, H}, flat[] = {B * S};
  int64_t rows_bsh[] = {S * H, H}, row_h[] = {H};
  int dy = fixture_buf(f, "dy", BERTRT_ACTS, DT_F32, 3, bsh);
  int ids = fixture_buf(f, "input_ids", BERTRT_IO, DT_I32, 2, bs);
  int dbias = fixture_buf(f, "grad.bias", BERTRT_GRADS, DT_F32, 1, h);
  int dw = fixture_buf(f, "grad.weighted", BERTRT_GRADS, DT_F32, 1, h);
  int demb = fixture_buf(f, "grad.word_embeddings", BERTRT_GRADS, DT_F32, 2, vh);
  fixture_fill(f, dy, -1.0f, 1.0f);
  fixture_fill_ids(f, ids, V);

  KLoop *l = fixture_loop(f, "bias_grad", 2, bs, H);
  l->sum_over_rows = true;
  fx_store(fx_map(l), fx_index(dbias, 0, 0, NULL, 1), kir_load(l, fx_index(dy, 0, 2, rows_bsh, 1)));
  // the same kernel on other buffers: it shares bias_grad's body
  int dy2 = fixture_buf(f, "dy2", BERTRT_ACTS, DT_F32, 3, bsh);
  int dbias2 = fixture_buf(f, "grad.bias2", BERTRT_GRADS, DT_F32, 1, h);
  fixture_fill(f, dy2, -1.0f, 1.0f);
  l = fixture_loop(f, "bias2_grad", 2, bs, H);
  l->sum_over_rows = true;
  fx_store(fx_map(l), fx_index(dbias2, 0, 0, NULL, 1),
           kir_load(l, fx_index(dy2, 0, 2, rows_bsh, 1)));

  // dst[c] = sum_r dy[r,c] * (0.5 * sum_c' dy[r,c']) + 0.01 * r + uniform
  l = fixture_loop(f, "weighted_colsum", 1, flat, H);
  l->sum_over_rows = true;
  int x = kir_load(l, fx_index(dy, 0, 1, row_h, 1));
  int s = fx_reduce(l, KR_SUM, x);
  int half = fx_let(l, bin(l, KX_MUL, fx_slot(l, s), cst(l, 0.5f)));
  int u = kir_expr(l, (KExpr){.op = KX_UNIFORM, .a = -1, .b = -1, .c = -1, .site = 9});
  int v = bin(l, KX_ADD, bin(l, KX_MUL, x, fx_slot(l, half)),
              bin(l, KX_MUL, fx_coord(l, 0), cst(l, 0.01f)));
  fx_store(fx_map(l), fx_index(dw, 0, 0, NULL, 1), bin(l, KX_ADD, v, u));

  Kernel *k = fixture_kernel(f, K_SCATTER_ADD, "word_embeddings_grad");
  k->scatter =
      (KScatter){.dst = demb, .src = dy, .ids = ids, .rows = B * S, .cols = H, .dst_rows = V};
}

static void build_optimizer(Fixture *f) {
  fixture_init(f, "optimizer_v0");
  enum { ROWS = 64 };
  int64_t elems[] = {ROWS * 16}, rows[] = {ROWS}, sixteen[] = {16}, one[] = {1}, row16[] = {16};
  int p = fixture_buf(f, "params", BERTRT_PARAMS, DT_F32, 1, elems);
  int g = fixture_buf(f, "grads", BERTRT_GRADS, DT_F32, 1, elems);
  int m = fixture_buf(f, "adam_m", BERTRT_ADAM_M, DT_F32, 1, elems);
  int v = fixture_buf(f, "adam_v", BERTRT_ADAM_V, DT_F32, 1, elems);
  int partial = fixture_buf(f, "partial", BERTRT_ACTS, DT_F32, 1, sixteen);
  int coef = fixture_buf(f, "coef", BERTRT_ACTS, DT_F32, 1, one);
  fixture_fill(f, p, -1.0f, 1.0f);
  fixture_fill(f, g, -0.2f, 0.2f);
  fixture_fill(f, m, -0.1f, 0.1f);
  fixture_fill(f, v, 0.0f, 0.01f);

  KLoop *l = fixture_loop(f, "grad_norm_partial", 1, rows, 16);
  l->sum_over_rows = true;
  int x = kir_load(l, fx_index(g, 0, 1, row16, 1));
  fx_store(fx_map(l), fx_index(partial, 0, 0, NULL, 1), bin(l, KX_MUL, x, x));

  l = fixture_loop(f, "clip_coefficient", 1, one, 16);
  int total = fx_reduce(l, KR_SUM, kir_load(l, fx_index(partial, 0, 0, NULL, 1)));
  int c = fx_let(l, bin(l, KX_MIN, cst(l, 1.0f),
                        bin(l, KX_DIV, cst(l, 1.0f),
                            bin(l, KX_ADD, un(l, KX_SQRT, fx_slot(l, total)), cst(l, 1e-6f)))));
  fx_store(fx_map(l), fx_index(coef, 0, 0, NULL, 0), fx_slot(l, c));

  l = fixture_loop(f, "adamw", 1, rows, 16);
  KIndex at[4] = {fx_index(p, 0, 1, row16, 1), fx_index(g, 0, 1, row16, 1),
                  fx_index(m, 0, 1, row16, 1), fx_index(v, 0, 1, row16, 1)};
  int gr = bin(l, KX_MUL, kir_load(l, at[1]), kir_load(l, fx_index(coef, 0, 0, NULL, 0)));
  int m1 = bin(l, KX_ADD, bin(l, KX_MUL, cst(l, 0.9f), kir_load(l, at[2])),
               bin(l, KX_MUL, cst(l, 0.1f), gr));
  int v1 = bin(l, KX_ADD, bin(l, KX_MUL, cst(l, 0.999f), kir_load(l, at[3])),
               bin(l, KX_MUL, cst(l, 0.001f), bin(l, KX_MUL, gr, gr)));
  int lr = fx_ctx(l, KCTX_LR);
  int decayed = bin(l, KX_MUL, kir_load(l, at[0]),
                    bin(l, KX_SUB, cst(l, 1.0f), bin(l, KX_MUL, lr, cst(l, 0.01f))));
  int denom =
      bin(l, KX_ADD,
          bin(l, KX_DIV, un(l, KX_SQRT, v1), un(l, KX_SQRT, fx_ctx(l, KCTX_BIAS_CORRECTION2))),
          cst(l, 1e-8f));
  int step = bin(l, KX_DIV, lr, fx_ctx(l, KCTX_BIAS_CORRECTION1));
  int p1 = bin(l, KX_SUB, decayed, bin(l, KX_MUL, step, bin(l, KX_DIV, m1, denom)));
  KPhase *map = fx_map(l);
  fx_store(map, at[0], p1);
  fx_store(map, at[2], m1);
  fx_store(map, at[3], v1);
}

// ---- the model -----------------------------------------------------------------------

typedef struct {
  Fixture forward, train, optimizer;
  char *labels[2];
  CompiledModel m;
  char *param_names[2];
  Shape param_shapes[2];
  int param_groups[2];
  int64_t param_offsets[2];
  char *io_names[2];
  DType io_dtypes[2];
  int64_t io_offsets[2], io_max[2];
  Shape io_shapes[2];
  Variant variant;
  KProgram *train_programs[1], *optimizers[1], *programs[3];
  Bucket bucket;
} TestModel;

static void model_init(TestModel *t) {
  memset(t, 0, sizeof *t);
  build_forward(&t->forward);
  build_train(&t->train);
  build_optimizer(&t->optimizer);
  CompiledModel *m = &t->m;
  t->labels[0] = "부정", t->labels[1] = "긍정";
  m->facts = (ModelFacts){.name = "render_test_model",
                          .stem = "render_test",
                          .precision = "fp32",
                          .vocab_size = V,
                          .hidden_size = H,
                          .num_hidden_layers = 1,
                          .num_attention_heads = 2,
                          .intermediate_size = 64,
                          .max_position_embeddings = 32,
                          .type_vocab_size = 2,
                          .pad_token_id = 0,
                          .hidden_act = "gelu",
                          .layer_norm_eps = 1e-12,
                          .hidden_dropout_prob = 0.1,
                          .attention_probs_dropout_prob = 0.125,
                          .initializer_range = 0.02,
                          .head_type = "sequence_classification",
                          .hf_architecture = "BertForSequenceClassification",
                          .num_labels = 2,
                          .labels = t->labels,
                          .do_lower_case = true,
                          .lr = 2e-5,
                          .beta1 = 0.9,
                          .beta2 = 0.999,
                          .eps = 1e-8,
                          .weight_decay = 0.01,
                          .warmup_ratio = 0.1,
                          .grad_clip = 1.0,
                          .epochs = 3,
                          .seed = 42,
                          .batch_size = B};
  t->param_names[0] = "bert.embeddings.word_embeddings.weight";
  t->param_names[1] = "classifier.bias";
  t->param_shapes[0] = (Shape){2, {V, H}};
  t->param_shapes[1] = (Shape){1, {2}};
  t->param_groups[0] = 0, t->param_groups[1] = 2;
  t->param_offsets[0] = 0, t->param_offsets[1] = PARAM1;
  m->params = (ParamLayout){.n = 2,
                            .name = t->param_names,
                            .shape = t->param_shapes,
                            .group = t->param_groups,
                            .offset = t->param_offsets,
                            .elems = PARAM_ELEMS};
  t->io_names[0] = "input_ids", t->io_names[1] = "logits";
  t->io_dtypes[0] = DT_I32, t->io_dtypes[1] = DT_F32;
  t->io_offsets[0] = 0, t->io_offsets[1] = 64;
  t->io_max[0] = B * S, t->io_max[1] = B * 2;
  m->io = (IoLayout){.n = 2,
                     .name = t->io_names,
                     .dtype = t->io_dtypes,
                     .offset = t->io_offsets,
                     .max_elems = t->io_max,
                     .bytes = 128};
  t->variant = (Variant){
      .strategy = STRATEGY_FEATURE_EXTRACTION, .unfrozen_layers = 0, .trainable_offset = PARAM1};
  m->n_variants = 1;
  m->variants = &t->variant;
  t->train_programs[0] = &t->train.p;
  t->optimizers[0] = &t->optimizer.p;
  m->optimizer = t->optimizers;
  t->io_shapes[0] = (Shape){2, {B, S}};
  t->io_shapes[1] = (Shape){2, {B, 2}};
  t->bucket = (Bucket){.seq_len = S,
                       .forward = &t->forward.p,
                       .train = t->train_programs,
                       .io_shape = t->io_shapes,
                       .flops_forward = 123456789,
                       .flops_train = 370370367};
  m->n_buckets = 1;
  m->buckets = &t->bucket;
  t->programs[0] = &t->forward.p, t->programs[1] = &t->train.p, t->programs[2] = &t->optimizer.p;
  m->n_programs = 3;
  m->programs = t->programs;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    m->arena_bytes[a] = ARENA_BYTES;
  m->schedule = schedule_model(m); // what compile_model does last
}

static void model_free(TestModel *t) {
  schedule_free((Schedule *)t->m.schedule);
  fixture_free(&t->forward);
  fixture_free(&t->train);
  fixture_free(&t->optimizer);
}

// ---- rendering and loading -----------------------------------------------------------

static char *temp_dir(void) {
  const char *base = getenv("TMPDIR");
  char *dir = format("%s/bertc_render_XXXXXX", base && *base ? base : "/tmp");
  if (!mkdtemp(dir)) fatal("mkdtemp %s failed", dir);
  return dir;
}

// Removes the test's outputs, unless $RENDER_TEST_KEEP is set (to look at them).
static void remove_dir(const char *dir, const char *const *files, int n) {
  if (getenv("RENDER_TEST_KEEP")) {
    printf("outputs kept in %s\n", dir);
    return;
  }
  for (int i = 0; i < n; i++) {
    char *path = format("%s/%s", dir, files[i]);
    unlink(path);
    free(path);
  }
  rmdir(dir);
}

static void render_or_die(const TestModel *t, const char *ll, const char *obj) {
  char *error = NULL;
  if (!render_llvm(&t->m, TARGET_CPU, ll, obj, &error)) fatal("render_llvm: %s", error);
}

// The rendered object as a shared library loaded into this process.
static void *load_object(const char *dir) {
  char *cmd = format("cc -shared -o %s/host.so %s/host.o -lm", dir, dir);
  if (system(cmd) != 0) fatal("%s failed", cmd);
  free(cmd);
  char *so = format("%s/host.so", dir);
  void *lib = dlopen(so, RTLD_NOW | RTLD_LOCAL);
  if (!lib) fatal("dlopen %s: %s", so, dlerror());
  free(so);
  return lib;
}

// ---- kernels: generated code against the interpreter -------------------------------

// Relative to the value's magnitude, floor 1: reductions reorder when vectorised and BLAS
// rounds differently from the interpreter's double accumulation.
static bool close_enough(float got, float want) {
  if (isnan(got) || isnan(want)) return isnan(got) && isnan(want);
  return fabsf(got - want) <= 2e-5f * fmaxf(1.0f, fabsf(want));
}

static bool inside_a_buffer(const KProgram *p, int arena, int64_t byte) {
  for (int i = 0; i < p->bufs.len; i++) {
    const KBuf *b = &p->bufs.items[i];
    if (b->arena == arena && byte >= b->offset && byte < b->offset + 4 * b->elems) return true;
  }
  return false;
}

// Every buffer of `p` in `got` against `want`, then every byte outside the buffers.
static void compare_arenas(const KProgram *p, const bertrt_ctx *got, const bertrt_ctx *want) {
  for (int i = 0; i < p->bufs.len; i++) {
    const KBuf *b = &p->bufs.items[i];
    const char *g = (const char *)got->arena[b->arena] + b->offset;
    const char *w = (const char *)want->arena[b->arena] + b->offset;
    double worst = 0.0;
    int64_t bad = 0;
    for (int64_t e = 0; e < b->elems; e++) {
      if (b->dtype == DT_I32) {
        bad += ((const int32_t *)g)[e] != ((const int32_t *)w)[e];
        continue;
      }
      float x = ((const float *)g)[e], y = ((const float *)w)[e];
      if (!close_enough(x, y)) bad++;
      if (!isnan(x) && !isnan(y) && fabs((double)x - y) > worst) worst = fabs((double)x - y);
    }
    printf("  %-14s %-24s max abs diff %.3g%s\n", p->name, b->name, worst, bad ? "  MISMATCH" : "");
    if (bad) fail("    %s: elements differ from the interpreter", b->name);
  }
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    for (int64_t byte = 0; byte < ARENA_BYTES; byte++)
      if (((const char *)got->arena[a])[byte] != ((const char *)want->arena[a])[byte] &&
          !inside_a_buffer(p, a, byte)) {
        fail("  %s: wrote outside its buffers", p->name);
        break;
      }
}

// Runs `entry` on a copy of the fixture's arenas, the interpreter on the fixture itself.
static void check_program(Fixture *f, bertrt_entry entry, bertrt_pool *pool) {
  bertrt_ctx ctx = f->ctx;
  ctx.pool = pool;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    ctx.arena[a] = aligned_alloc(64, ARENA_BYTES);
    memcpy(ctx.arena[a], f->ctx.arena[a], ARENA_BYTES);
  }
  entry(&ctx);
  kir_interp_run(&f->p, &f->ctx);
  compare_arenas(&f->p, &ctx, &f->ctx);
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    free(ctx.arena[a]);
}

static void test_kernels(void) {
  TestModel t;
  model_init(&t);
  char *dir = temp_dir();
  char *ll = format("%s/host.ll", dir), *obj = format("%s/host.o", dir);
  render_or_die(&t, ll, obj);
  void *lib = load_object(dir);
  const bertrt_model *model = dlsym(lib, "bertrt_generated_model");
  if (!model) fatal("no bertrt_generated_model in %s/host.so", dir);
  bertrt_pool *pool = pool_create(3);
  if (!pool) fatal("pool_create failed");
  check_program(&t.forward, model->buckets[0].forward, pool);
  check_program(&t.train, model->buckets[0].forward_backward[0], pool);
  check_program(&t.optimizer, model->optimizer[0], pool);
  // dropout off: the same forward passes the input through
  t.forward.ctx.dropout_on = 0.0f;
  check_program(&t.forward, model->buckets[0].forward, pool);
  pool_destroy(pool);
  dlclose(lib);
  const char *files[] = {"host.ll", "host.o", "host.so"};
  if (!failures)
    remove_dir(dir, files, 3);
  else
    printf("outputs kept in %s\n", dir);
  free(ll), free(obj), free(dir);
  model_free(&t);
}

// ---- deterministic host.ll -----------------------------------------------------------

// The body `wrapper` calls: "@body_N(" or NULL.
static char *called_body(const char *ll, const char *wrapper) {
  const char *at = strstr(ll, wrapper), *body = at ? strstr(at, "call void @body_") : NULL;
  if (!body) return NULL;
  body += strlen("call void ");
  return format("%.*s", (int)(strchr(body, '(') - body + 1), body);
}

static void test_deterministic(void) {
  char *dir = temp_dir();
  char *ll[2] = {format("%s/a.ll", dir), format("%s/b.ll", dir)};
  for (int i = 0; i < 2; i++) {
    TestModel t;
    model_init(&t);
    render_or_die(&t, ll[i], NULL);
    model_free(&t);
  }
  size_t n[2];
  char *text[2] = {read_file(ll[0], &n[0]), read_file(ll[1], &n[1])};
  if (!text[0] || !text[1]) fatal("cannot read %s", ll[0]);
  if (n[0] != n[1] || memcmp(text[0], text[1], n[0]) != 0)
    fail("host.ll differs between renders: %s", dir);
  const char *must[] = {
      "define void @forward_s8(%bertrt_ctx* %ctx)",
      "define internal void @forward_s8__embed(%bertrt_ctx* %ctx, i64 %begin, i64 %end)",
      "define internal void @body_0(%bertrt_ctx* %ctx, i64 %begin, i64 %end, float* noalias %b0",
      "call void @body_0(%bertrt_ctx* %ctx, i64 %begin, i64 %end",
      "@bertrt_generated_model = constant %bertrt_model",
      "\"llvm.loop.vectorize.enable\", i1 true",
      "call void @bertrt_sgemm(",
      "call void @bertrt_parallel_for(%bertrt_ctx* %ctx, void (%bertrt_ctx*, i64, i64)* "
      "@train_s8_v0__word_embeddings_grad, i64 100)"};
  for (size_t i = 0; i < sizeof must / sizeof *must; i++)
    if (!strstr(text[0], must[i])) fail("host.ll lacks: %s", must[i]);
  char *body[2] = {called_body(text[0], "define internal void @train_s8_v0__bias_grad("),
                   called_body(text[0], "define internal void @train_s8_v0__bias2_grad(")};
  if (!body[0] || !body[1] || strcmp(body[0], body[1]) != 0)
    fail("bias_grad and bias2_grad do not share a body: %s", dir);
  else
    printf("bias_grad and bias2_grad share %s)\n", body[0]);
  free(body[0]), free(body[1]);
  const char *never[] = {"target-cpu", "target-features", "0x7f"};
  for (size_t i = 0; i < sizeof never / sizeof *never; i++)
    if (strstr(text[0], never[i])) fail("host.ll names the host: %s", never[i]);
  printf("host.ll: %zu bytes, identical across renders: %s\n", n[0],
         n[0] == n[1] && !memcmp(text[0], text[1], n[0]) ? "yes" : "no");
  const char *files[] = {"a.ll", "b.ll"};
  if (!failures) remove_dir(dir, files, 2);
  free(text[0]), free(text[1]), free(ll[0]), free(ll[1]), free(dir);
}

// ---- the descriptor ------------------------------------------------------------------

static void expect_i64(const char *what, int64_t got, int64_t want) {
  if (got != want) {
    printf("descriptor %s: %lld, expected %lld\n", what, (long long)got, (long long)want);
    failures++;
  }
}

static void expect_f64(const char *what, double got, double want) {
  if (got != want) {
    printf("descriptor %s: %.17g, expected %.17g\n", what, got, want);
    failures++;
  }
}

static void expect_str(const char *what, const char *got, const char *want) {
  if (!got || strcmp(got, want) != 0) {
    printf("descriptor %s: '%s', expected '%s'\n", what, got ? got : "(null)", want);
    failures++;
  }
}

static void expect_shape(const char *what, int64_t rank, const int64_t *dims, Shape want) {
  expect_i64(what, rank, want.rank);
  for (int d = 0; d < BERTRT_MAX_RANK; d++)
    expect_i64(what, dims[d], d < want.rank ? want.dim[d] : 0);
}

static void check_descriptor(const bertrt_model *d, const TestModel *t, void *lib) {
  const CompiledModel *m = &t->m;
  expect_i64("abi_version", d->abi_version, BERTRT_ABI_VERSION);
  expect_str("name", d->name, "render_test_model");
  expect_str("spec_name", d->spec_name, "render_test");
  expect_str("target", d->target, "cpu");
  expect_str("precision", d->precision, "fp32");
  int64_t ints[][2] = {{d->vocab_size, V},
                       {d->hidden_size, H},
                       {d->num_hidden_layers, 1},
                       {d->num_attention_heads, 2},
                       {d->intermediate_size, 64},
                       {d->max_position_embeddings, 32},
                       {d->type_vocab_size, 2},
                       {d->pad_token_id, 0},
                       {d->num_labels, 2},
                       {d->do_lower_case, 1},
                       {d->epochs, 3},
                       {d->seed, 42},
                       {d->batch_size, B},
                       {d->n_params, 2},
                       {d->param_elems, PARAM_ELEMS},
                       {d->n_variants, 1},
                       {d->n_buckets, 1},
                       {d->n_device_functions, 0},
                       {d->n_gemm_sites, 0}};
  for (size_t i = 0; i < sizeof ints / sizeof *ints; i++)
    expect_i64("integer field", ints[i][0], ints[i][1]);
  expect_str("hidden_act", d->hidden_act, "gelu");
  expect_str("head_type", d->head_type, "sequence_classification");
  expect_str("hf_architecture", d->hf_architecture, "BertForSequenceClassification");
  double reals[][2] = {{d->layer_norm_eps, 1e-12},
                       {d->hidden_dropout_prob, 0.1},
                       {d->attention_probs_dropout_prob, 0.125},
                       {d->initializer_range, 0.02},
                       {d->lr, 2e-5},
                       {d->beta1, 0.9},
                       {d->beta2, 0.999},
                       {d->eps, 1e-8},
                       {d->weight_decay, 0.01},
                       {d->warmup_ratio, 0.1},
                       {d->grad_clip, 1.0}};
  for (size_t i = 0; i < sizeof reals / sizeof *reals; i++)
    expect_f64("real field", reals[i][0], reals[i][1]);
  expect_str("labels[0]", d->labels[0], "부정");
  expect_str("labels[1]", d->labels[1], "긍정");
  for (int i = 0; i < 2; i++) {
    const bertrt_param *q = &d->params[i];
    expect_str("param name", q->name, m->params.name[i]);
    expect_shape("param shape", q->rank, q->shape, m->params.shape[i]);
    expect_i64("param numel", q->numel, i == 0 ? V * H : 2);
    expect_i64("param offset", q->offset, m->params.offset[i]);
    expect_i64("param group", q->group, m->params.group[i]);
  }
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    expect_i64("arena_bytes", d->arena_bytes[a], ARENA_BYTES);
  expect_i64("variant strategy", d->variants[0].strategy, STRATEGY_FEATURE_EXTRACTION);
  expect_i64("variant unfrozen_layers", d->variants[0].unfrozen_layers, 0);
  expect_i64("variant trainable_offset", d->variants[0].trainable_offset, PARAM1);
  const bertrt_bucket *b = &d->buckets[0];
  expect_i64("bucket seq_len", b->seq_len, S);
  expect_i64("bucket n_tensors", b->n_tensors, 2);
  expect_i64("bucket flops_forward", b->flops_forward, 123456789);
  expect_i64("bucket flops_train", b->flops_train, 370370367);
  for (int i = 0; i < 2; i++) {
    const bertrt_tensor *x = &b->tensors[i];
    expect_str("tensor name", x->name, m->io.name[i]);
    expect_i64("tensor dtype", x->dtype, i == 0 ? BERTRT_I32 : BERTRT_F32);
    expect_i64("tensor offset", x->offset, m->io.offset[i]);
    expect_shape("tensor shape", x->rank, x->shape, t->io_shapes[i]);
  }
  if ((void *)b->forward != dlsym(lib, "forward_s8") ||
      (void *)b->forward_backward[0] != dlsym(lib, "train_s8_v0") ||
      (void *)d->optimizer[0] != dlsym(lib, "optimizer_v0"))
    fail("descriptor entry points are not %s", "forward_s8, train_s8_v0, optimizer_v0");
  if (d->device_images) fail("device_images is not NULL on %s", "cpu");
}

static void test_descriptor(void) {
  TestModel t;
  model_init(&t);
  char *dir = temp_dir();
  char *ll = format("%s/host.ll", dir), *obj = format("%s/host.o", dir);
  render_or_die(&t, ll, obj);
  void *lib = load_object(dir);
  const bertrt_model *d = dlsym(lib, "bertrt_generated_model");
  if (!d) fatal("no bertrt_generated_model in %s/host.so", dir);
  check_descriptor(d, &t, lib);
  printf("descriptor: %s\n", failures ? "mismatches above" : "every field as the model holds");
  dlclose(lib);
  const char *files[] = {"host.ll", "host.o", "host.so"};
  if (!failures) remove_dir(dir, files, 3);
  free(ll), free(obj), free(dir);
  model_free(&t);
}

// ---- math ----------------------------------------------------------------------------

// One kernel: y_exp = exp(x_exp), y_erf = erf(x_erf), y_tanh = tanh(x_tanh) and
// u = uniform(site) over MATH_N elements, run once per grid pass (MATH_PASSES interleaved
// grids, so MATH_N * MATH_PASSES points per function) and once on special values.
enum { MATH_N = 65536, MATH_COLS = 256, MATH_PASSES = 8, MATH_SITE = 0x9E3779B9u };

typedef struct {
  KExprOp op;
  const char *name;
  double lo, hi, (*libm)(double);
  bool relative; // the bound is on the relative error (exp: denormals against FLT_MIN)
  double bound;
  bertrt_arena x, y; // where the grid and the results live
} MathCase;

static const MathCase MATH_CASES[] = {
    {KX_EXP, "exp", -90.0, 90.0, exp, true, 1.5e-7, BERTRT_PARAMS, BERTRT_ACTS},
    {KX_ERF, "erf", -6.0, 6.0, erf, false, 2e-7, BERTRT_GRADS, BERTRT_ACTS},
    {KX_ERF, "erf", -0.9277, 0.9277, erf, true, 2e-7, BERTRT_ADAM_V, BERTRT_IO}, // erf ~ x
    {KX_TANH, "tanh", -10.0, 10.0, tanh, true, 2.5e-7, BERTRT_ADAM_M, BERTRT_ACTS},
};
enum { MATH_FNS = sizeof MATH_CASES / sizeof *MATH_CASES };

typedef struct {
  Fixture f;
  int x[MATH_FNS], y[MATH_FNS], u;
} MathProgram;

static void build_math(MathProgram *m) {
  fixture_init(&m->f, "math_s1");
  int64_t n[] = {MATH_N}, rows[] = {MATH_N / MATH_COLS}, row_stride[] = {MATH_COLS};
  KLoop *l = fixture_loop(&m->f, "math", 1, rows, MATH_COLS);
  KPhase *map = fx_map(l);
  for (int i = 0; i < MATH_FNS; i++) {
    char *x = format("x_%s", MATH_CASES[i].name), *y = format("y_%s", MATH_CASES[i].name);
    m->x[i] = fixture_buf(&m->f, x, MATH_CASES[i].x, DT_F32, 1, n);
    m->y[i] = fixture_buf(&m->f, y, MATH_CASES[i].y, DT_F32, 1, n);
    free(x), free(y);
    int v = un(l, MATH_CASES[i].op, kir_load(l, fx_index(m->x[i], 0, 1, row_stride, 1)));
    fx_store(map, fx_index(m->y[i], 0, 1, row_stride, 1), v);
  }
  m->u = fixture_buf(&m->f, "u", BERTRT_IO, DT_F32, 1, n);
  int u = kir_expr(l, (KExpr){.op = KX_UNIFORM, .a = -1, .b = -1, .c = -1, .site = MATH_SITE});
  fx_store(map, fx_index(m->u, 0, 1, row_stride, 1), u);
  Kernel *k = &m->f.p.kernels.items[m->f.p.kernels.len - 1];
  k->bytes = kir_bytes(&m->f.p, k); // as the fuser estimates it: megabytes, the pool's
}

static double math_error(const MathCase *c, float got, double want) {
  if (isnan(want) || isinf(want) || fabs(want) > FLT_MAX) // inf expected, or NaN
    return (isnan(want) ? isnan(got) : got == (float)want) ? 0.0 : INFINITY;
  double err = fabs((double)got - want);
  return c->relative ? err / fmax(fabs(want), FLT_MIN) : err;
}

// How many of n kernel results y = exp(x) differ in a bit from the runtime's exp
// (attention_cpu.c's softmax), scalar and on each vector level the CPU has.
static int64_t runtime_exp_differences(const float *x, const float *y, int64_t n) {
  float *rows = xmalloc((size_t)n * sizeof *rows);
  int64_t differ = 0;
  for (int64_t e = 0; e < n; e++) {
    float got = softmax_expf(x[e]);
    differ += memcmp(&got, &y[e], sizeof got) != 0;
  }
  for (int level = RT_SIMD_AVX512; level >= RT_SIMD_SCALAR; level--) {
    if (rt_simd_force((rt_simd_level)level) != (rt_simd_level)level) continue;
    memcpy(rows, x, (size_t)n * sizeof *rows);
    softmax_row_exp(rows, n, 0.0f);
    differ += memcmp(rows, y, (size_t)n * sizeof *rows) != 0;
  }
  rt_simd_force(RT_SIMD_AVX512);
  free(rows);
  return differ;
}

// The worst error of each function over the grids, and every draw checked bit for bit.
static void check_math_grids(MathProgram *m, bertrt_entry entry) {
  const uint32_t seeds[MATH_PASSES] = {0,          1,           42,         1234,
                                       0x7FFFFFFF, 0x80000000u, 0xDEADBEEF, 0xFFFFFFFFu};
  double worst[MATH_FNS] = {0};
  float worst_x[MATH_FNS] = {0};
  int64_t draws_differ = 0, runtime_exp_differs = 0;
  for (int pass = 0; pass < MATH_PASSES; pass++) {
    for (int i = 0; i < MATH_FNS; i++) {
      float *x = fixture_f32(&m->f, m->x[i]);
      for (int64_t e = 0; e < MATH_N; e++) {
        double at = (double)(e * MATH_PASSES + pass) / (MATH_N * MATH_PASSES - 1);
        x[e] = (float)(MATH_CASES[i].lo + (MATH_CASES[i].hi - MATH_CASES[i].lo) * at);
      }
    }
    m->f.ctx.seed = seeds[pass], m->f.ctx.step = seeds[MATH_PASSES - 1 - pass];
    entry(&m->f.ctx);
    for (int i = 0; i < MATH_FNS; i++) {
      const float *x = fixture_f32(&m->f, m->x[i]), *y = fixture_f32(&m->f, m->y[i]);
      for (int64_t e = 0; e < MATH_N; e++) {
        double err = math_error(&MATH_CASES[i], y[e], MATH_CASES[i].libm(x[e]));
        if (err > worst[i]) worst[i] = err, worst_x[i] = x[e];
      }
      if (MATH_CASES[i].op == KX_EXP) runtime_exp_differs += runtime_exp_differences(x, y, MATH_N);
    }
    const float *u = fixture_f32(&m->f, m->u);
    for (int64_t e = 0; e < MATH_N; e++) {
      float want = bertrt_dropout_uniform(m->f.ctx.seed, m->f.ctx.step, MATH_SITE, (uint64_t)e);
      draws_differ += memcmp(&u[e], &want, sizeof want) != 0;
    }
  }
  for (int i = 0; i < MATH_FNS; i++) {
    const MathCase *c = &MATH_CASES[i];
    printf("  %-4s over [%g, %g], %d points: max %s error %.3g at x = %.9g (bound %.3g)\n", c->name,
           c->lo, c->hi, MATH_N * MATH_PASSES, c->relative ? "relative" : "absolute", worst[i],
           worst_x[i], c->bound);
    if (!(worst[i] <= c->bound)) fail("  %s: error above its bound", c->name);
  }
  printf(
      "  exp: %lld of %d results differ from the runtime's (softmax_cpu.h, every vector level)\n",
      (long long)runtime_exp_differs, MATH_N * MATH_PASSES);
  if (runtime_exp_differs) fail("  %s: the kernels' and the runtime's differ", "exp");
  printf("  dropout uniform: %lld of %d draws differ from bertrt_dropout_uniform\n",
         (long long)draws_differ, MATH_N * MATH_PASSES);
  if (draws_differ) fail("  %s: not bit-exact", "dropout uniform");
}

// Zeros keep their sign, infinities saturate, NaN propagates, extremes stay finite.
static void check_math_specials(MathProgram *m, bertrt_entry entry) {
  const float specials[] = {0.0f,     -0.0f,    INFINITY, -INFINITY, NAN,      FLT_MIN,
                            -FLT_MIN, 1e-40f,   -1e-40f,  FLT_MAX,   -FLT_MAX, 88.72f,
                            88.73f,   -103.97f, -87.34f,  0.9277f,   0.625f,   4.0f};
  enum { N_SPECIALS = sizeof specials / sizeof *specials };
  for (int i = 0; i < MATH_FNS; i++)
    memcpy(fixture_f32(&m->f, m->x[i]), specials, sizeof specials);
  entry(&m->f.ctx);
  int bad = 0;
  for (int i = 0; i < MATH_FNS; i++)
    for (int e = 0; e < N_SPECIALS; e++) {
      float got = fixture_f32(&m->f, m->y[i])[e];
      double want = MATH_CASES[i].libm(specials[e]);
      bool ok = isnan(want)   ? isnan(got)
                : want == 0.0 ? got == 0.0f && !signbit(got) == !signbit(want)
                              : math_error(&MATH_CASES[i], got, want) <= MATH_CASES[i].bound;
      if (MATH_CASES[i].op == KX_EXP) { // and as the runtime's exp (NaN as NaN)
        float runtime = softmax_expf(specials[e]);
        ok = ok && (isnan(got) ? isnan(runtime) : memcmp(&runtime, &got, sizeof got) == 0);
      }
      if (!ok) {
        printf("  %s(%.9g) = %.9g, libm %.9g\n", MATH_CASES[i].name, specials[e], got, want);
        bad++;
      }
    }
  printf("  special values (0, -0, inf, -inf, NaN, denormals, FLT_MAX, range edges): %s\n",
         bad ? "MISMATCH" : "as libm");
  if (bad) fail("  %s: special values differ from libm", "math");
}

static void test_math(void) {
  TestModel t;
  model_init(&t);
  MathProgram m;
  build_math(&m);
  t.bucket.forward = t.programs[0] = &m.f.p;
  schedule_free((Schedule *)t.m.schedule);
  t.m.schedule = schedule_model(&t.m); // of the programs now
  char *dir = temp_dir();
  char *ll = format("%s/host.ll", dir), *obj = format("%s/host.o", dir);
  render_or_die(&t, ll, obj);
  size_t ll_size;
  char *text = read_file(ll, &ll_size);
  if (!text || !strstr(text, "call void @bertrt_parallel_for(")) // megabytes of traffic
    fail("math: the kernel over its megabytes does not run on the pool: %s", ll);
  free(text);
  void *lib = load_object(dir);
  bertrt_entry entry = (bertrt_entry)dlsym(lib, "math_s1");
  if (!entry) fatal("no math_s1 in %s/host.so", dir);
  bertrt_pool *pool = pool_create(2);
  if (!pool) fatal("pool_create failed");
  m.f.ctx.pool = pool;
  check_math_grids(&m, entry);
  check_math_specials(&m, entry);
  pool_destroy(pool);
  dlclose(lib);
  const char *files[] = {"host.ll", "host.o", "host.so"};
  if (!failures) remove_dir(dir, files, 3);
  free(ll), free(obj), free(dir);
  fixture_free(&m.f);
  model_free(&t);
}

// ---- link ----------------------------------------------------------------------------

static void test_link(void) {
  TestModel t;
  model_init(&t);
  char *dir = temp_dir();
  char *ll = format("%s/host.ll", dir), *obj = format("%s/host.o", dir);
  char *exe = format("%s/render_test_model", dir), *out = format("%s/version.txt", dir);
  render_or_die(&t, ll, obj);
  char *error = NULL;
  if (!link_program((const char *[]){obj}, 1, exe, TARGET_CPU, &error)) {
    fail("link_program failed: %s", error);
  } else {
    char *cmd = format("%s --version > %s", exe, out);
    int rc = system(cmd);
    size_t n;
    char *text = read_file(out, &n);
    printf("%s: exit %d: %s", cmd, rc, text ? text : "(no output)\n");
    if (rc != 0 || !text || !strstr(text, "render_test_model")) fail("%s did not run", exe);
    free(text), free(cmd);
  }
  struct stat st;
  char *tmp = format("%s.tmp", exe);
  if (stat(tmp, &st) == 0) fail("%s was left behind", tmp);
  free(tmp);

  setenv("BERTC_RUNTIME_DIR", "/nonexistent/bertc_runtime", 1);
  char *exe2 = format("%s/never", dir);
  error = NULL;
  if (link_program((const char *[]){obj}, 1, exe2, TARGET_CPU, &error))
    fail("linked without a runtime: %s", exe2);
  else if (!strstr(error, "/nonexistent/bertc_runtime") || !strstr(error, "BERTC_RUNTIME_DIR"))
    fail("unclear error for a missing runtime: %s", error);
  else
    printf("missing runtime: %s\n", error);
  if (stat(exe2, &st) == 0) fail("%s exists after a failed link", exe2);
  unsetenv("BERTC_RUNTIME_DIR");
  const char *files[] = {"host.ll", "host.o", "render_test_model", "version.txt"};
  if (!failures) remove_dir(dir, files, 4);
  free(ll), free(obj), free(exe), free(exe2), free(out), free(dir);
  model_free(&t);
}

int main(int argc, char **argv) {
  const char *what = argc > 1 ? argv[1] : "";
  if (!strcmp(what, "kernels"))
    test_kernels();
  else if (!strcmp(what, "deterministic"))
    test_deterministic();
  else if (!strcmp(what, "descriptor"))
    test_descriptor();
  else if (!strcmp(what, "link"))
    test_link();
  else if (!strcmp(what, "math"))
    test_math();
  else {
    fprintf(stderr, "usage: render_test kernels|deterministic|descriptor|link|math\n");
    return EXIT_BAD_INPUT;
  }
  if (failures) printf("%d failures\n", failures);
  return failures ? EXIT_FAILURE_RUNTIME : EXIT_OK;
}
