// kir_interp_test.c — the reference interpreter computes what kir.h says: hand-built
// programs of every kernel kind, each compared with a plain C computation of the same
// thing written independently here (in double where that is the natural way to write it).
// Prints the max abs difference per case; exits 1 on any mismatch.
#include "kir_fixture.h"
#include "kir_interp.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

// Max |got - want| over n elements; a NaN anywhere counts as infinitely far.
static double max_diff(const float *got, const double *want, int64_t n) {
  double worst = 0.0;
  for (int64_t i = 0; i < n; i++) {
    double d = fabs((double)got[i] - want[i]);
    if (isnan(d)) return INFINITY;
    if (d > worst) worst = d;
  }
  return worst;
}

static void report(const char *name, double diff, double tol) {
  bool ok = diff <= tol;
  printf("%-44s max abs diff %.3g (tolerance %.3g) %s\n", name, diff, tol, ok ? "ok" : "FAIL");
  if (!ok) failures++;
}

static double gelu_ref(double x) {
  return 0.5 * x * (1.0 + erf(x / sqrt(2.0)));
}

// out[4,8,16] = gelu(x + bias[16]) as one pointwise kernel.
static void pointwise_bias_gelu(void) {
  Fixture f;
  fixture_init(&f, "pointwise_bias_gelu");
  int64_t shape[3] = {4, 8, 16};
  int x = fixture_buf(&f, "x", BERTRT_ACTS, DT_F32, 3, shape);
  int bias = fixture_buf(&f, "bias", BERTRT_PARAMS, DT_F32, 1, &shape[2]);
  int out = fixture_buf(&f, "out", BERTRT_ACTS, DT_F32, 3, shape);
  fixture_fill(&f, x, -3.0f, 3.0f);
  fixture_fill(&f, bias, -1.0f, 1.0f);
  KLoop *l = fixture_loop(&f, "bias_gelu", 2, shape, 16);
  int64_t rows[2] = {128, 16};
  int v = kir_binary(l, KX_ADD, kir_load(l, fx_index(x, 0, 2, rows, 1)),
                     kir_load(l, fx_index(bias, 0, 0, NULL, 1)));
  int scaled = kir_binary(l, KX_MUL, v, kir_const(l, 0.70710678118654752f));
  int one_plus = kir_binary(l, KX_ADD, kir_const(l, 1.0f), kir_unary(l, KX_ERF, scaled));
  int g = kir_binary(l, KX_MUL, kir_binary(l, KX_MUL, kir_const(l, 0.5f), v), one_plus);
  fx_store(fx_map(l), fx_index(out, 0, 2, rows, 1), g);
  kir_interp_run(&f.p, &f.ctx);

  char *dump = NULL;
  size_t dump_len = 0;
  FILE *mem = open_memstream(&dump, &dump_len);
  kir_print(&f.p, mem);
  fclose(mem);
  fputs(dump, stdout);
  const char *want_line = "p0 map out[r0*128+r1*16+c] = ((0.5 * (ld(x[r0*128+r1*16+c]) + "
                          "ld(bias[c]))) * (1 + erf(((ld(x[r0*128+r1*16+c]) + ld(bias[c])) * "
                          "0.707106769))))";
  if (!strstr(dump, want_line)) {
    printf("kir_print: expected the line\n  %s\n", want_line);
    failures++;
  }
  free(dump);

  double *want = xmalloc(512 * sizeof *want);
  const float *xs = fixture_f32(&f, x), *bs = fixture_f32(&f, bias);
  for (int i = 0; i < 512; i++)
    want[i] = gelu_ref((double)xs[i] + bs[i % 16]);
  report("pointwise bias + gelu [4,8] x 16", max_diff(fixture_f32(&f, out), want, 512), 1e-6);
  free(want);
  fixture_free(&f);
}

// Layernorm over [6] x 32 with LET / REDUCE / MAP, also storing the row statistics.
static void layernorm_rows(void) {
  Fixture f;
  fixture_init(&f, "layernorm_rows");
  int64_t shape[2] = {6, 32}, stats_shape[2] = {6, 2};
  int x = fixture_buf(&f, "x", BERTRT_ACTS, DT_F32, 2, shape);
  int gamma = fixture_buf(&f, "gamma", BERTRT_PARAMS, DT_F32, 1, &shape[1]);
  int beta = fixture_buf(&f, "beta", BERTRT_PARAMS, DT_F32, 1, &shape[1]);
  int y = fixture_buf(&f, "y", BERTRT_ACTS, DT_F32, 2, shape);
  int stats = fixture_buf(&f, "stats", BERTRT_ACTS, DT_F32, 2, stats_shape);
  fixture_fill(&f, x, -2.0f, 5.0f);
  fixture_fill(&f, gamma, 0.5f, 1.5f);
  fixture_fill(&f, beta, -0.5f, 0.5f);
  KLoop *l = fixture_loop(&f, "layernorm", 1, shape, 32);
  int64_t row = 32, stat_row = 2;
  int xv = kir_load(l, fx_index(x, 0, 1, &row, 1));
  int sum = fx_reduce(l, KR_SUM, xv);
  int mean = fx_let(l, kir_binary(l, KX_DIV, fx_slot(l, sum), kir_const(l, 32.0f)));
  int centered = kir_binary(l, KX_SUB, xv, fx_slot(l, mean));
  int sq = fx_reduce(l, KR_SUM, kir_binary(l, KX_MUL, centered, centered));
  int var = kir_binary(l, KX_DIV, fx_slot(l, sq), kir_const(l, 32.0f));
  int rstd = fx_let(l, kir_unary(l, KX_RSQRT, kir_binary(l, KX_ADD, var, kir_const(l, 1e-5f))));
  int xhat = kir_binary(l, KX_MUL, centered, fx_slot(l, rstd));
  int out = kir_binary(l, KX_ADD,
                       kir_binary(l, KX_MUL, xhat, kir_load(l, fx_index(gamma, 0, 0, NULL, 1))),
                       kir_load(l, fx_index(beta, 0, 0, NULL, 1)));
  KPhase *map = fx_map(l);
  fx_store(map, fx_index(y, 0, 1, &row, 1), out);
  fx_store(map, fx_index(stats, 0, 1, &stat_row, 0), fx_slot(l, mean));
  fx_store(map, fx_index(stats, 1, 1, &stat_row, 0), fx_slot(l, rstd));
  kir_interp_run(&f.p, &f.ctx);

  double want[6 * 32], want_stats[12];
  const float *xs = fixture_f32(&f, x), *gs = fixture_f32(&f, gamma), *bs = fixture_f32(&f, beta);
  for (int r = 0; r < 6; r++) {
    double m = 0.0, s2 = 0.0;
    for (int c = 0; c < 32; c++)
      m += xs[r * 32 + c] / 32.0;
    for (int c = 0; c < 32; c++)
      s2 += (xs[r * 32 + c] - m) * (xs[r * 32 + c] - m) / 32.0;
    double inv = 1.0 / sqrt(s2 + 1e-5);
    for (int c = 0; c < 32; c++)
      want[r * 32 + c] = (xs[r * 32 + c] - m) * inv * gs[c] + bs[c];
    want_stats[2 * r] = m;
    want_stats[2 * r + 1] = inv;
  }
  report("layernorm [6] x 32: y", max_diff(fixture_f32(&f, y), want, 6 * 32), 1e-5);
  report("layernorm [6] x 32: mean, rstd", max_diff(fixture_f32(&f, stats), want_stats, 12), 1e-5);
  fixture_free(&f);
}

// Masked, scaled softmax over rows [2,3] x 20: scores[b,h,:] * 0.125 + (mask[b,:] ? 0 : -1e9).
static void softmax_rows(void) {
  Fixture f;
  fixture_init(&f, "softmax_rows");
  int64_t shape[3] = {2, 3, 20}, mask_shape[2] = {2, 20};
  int x = fixture_buf(&f, "scores", BERTRT_ACTS, DT_F32, 3, shape);
  int mask = fixture_buf(&f, "attention_mask", BERTRT_IO, DT_I32, 2, mask_shape);
  int y = fixture_buf(&f, "probs", BERTRT_ACTS, DT_F32, 3, shape);
  fixture_fill(&f, x, -8.0f, 8.0f);
  int32_t *ms = fixture_i32(&f, mask);
  for (int i = 0; i < 40; i++)
    ms[i] = (i % 20) < (i < 20 ? 15 : 9);
  KLoop *l = fixture_loop(&f, "softmax", 2, shape, 20);
  int64_t rows[2] = {60, 20}, mask_rows[2] = {20, 0};
  int masked =
      kir_binary(l, KX_EQ, kir_load(l, fx_index(mask, 0, 2, mask_rows, 1)), kir_const(l, 0.0f));
  int bias = kir_select(l, masked, kir_const(l, -1e9f), kir_const(l, 0.0f));
  int s = kir_binary(
      l, KX_ADD,
      kir_binary(l, KX_MUL, kir_load(l, fx_index(x, 0, 2, rows, 1)), kir_const(l, 0.125f)), bias);
  int mx = fx_reduce(l, KR_MAX, s);
  int e = kir_unary(l, KX_EXP, kir_binary(l, KX_SUB, s, fx_slot(l, mx)));
  int sum = fx_reduce(l, KR_SUM, e);
  int inv = fx_let(l, kir_binary(l, KX_DIV, kir_const(l, 1.0f), fx_slot(l, sum)));
  fx_store(fx_map(l), fx_index(y, 0, 2, rows, 1), kir_binary(l, KX_MUL, e, fx_slot(l, inv)));
  kir_interp_run(&f.p, &f.ctx);

  double want[120];
  const float *xs = fixture_f32(&f, x);
  for (int r = 0; r < 6; r++) {
    int b = r / 3;
    double m = -INFINITY, z = 0.0;
    for (int c = 0; c < 20; c++)
      if (ms[b * 20 + c]) m = fmax(m, xs[r * 20 + c] * 0.125);
    for (int c = 0; c < 20; c++)
      if (ms[b * 20 + c]) z += exp(xs[r * 20 + c] * 0.125 - m);
    for (int c = 0; c < 20; c++)
      want[r * 20 + c] = ms[b * 20 + c] ? exp(xs[r * 20 + c] * 0.125 - m) / z : 0.0;
  }
  report("masked softmax [2,3] x 20", max_diff(fixture_f32(&f, y), want, 120), 1e-6);
  fixture_free(&f);
}

// Bias gradient: db[c] = sum over rows of dy[b,s,c], and a second item sum of dy^2.
static void sum_over_rows_bias_grad(void) {
  Fixture f;
  fixture_init(&f, "sum_over_rows_bias_grad");
  int64_t shape[3] = {5, 7, 12};
  int dy = fixture_buf(&f, "dy", BERTRT_ACTS, DT_F32, 3, shape);
  int db = fixture_buf(&f, "bias.grad", BERTRT_GRADS, DT_F32, 1, &shape[2]);
  int sq = fixture_buf(&f, "dy_squared_sums", BERTRT_ACTS, DT_F32, 1, &shape[2]);
  fixture_fill(&f, dy, -1.0f, 1.0f);
  KLoop *l = fixture_loop(&f, "bias_grad", 2, shape, 12);
  l->sum_over_rows = true;
  int64_t rows[2] = {84, 12};
  int v = kir_load(l, fx_index(dy, 0, 2, rows, 1));
  KPhase *map = fx_map(l);
  fx_store(map, fx_index(db, 0, 0, NULL, 1), v);
  fx_store(map, fx_index(sq, 0, 0, NULL, 1), kir_binary(l, KX_MUL, v, v));
  kir_interp_run(&f.p, &f.ctx);

  double want[12] = {0}, want_sq[12] = {0};
  const float *d = fixture_f32(&f, dy);
  for (int r = 0; r < 35; r++)
    for (int c = 0; c < 12; c++) {
      want[c] += d[r * 12 + c];
      want_sq[c] += (double)d[r * 12 + c] * d[r * 12 + c];
    }
  report("sum over rows [5,7] x 12: bias grad", max_diff(fixture_f32(&f, db), want, 12), 1e-5);
  report("sum over rows [5,7] x 12: sum of squares", max_diff(fixture_f32(&f, sq), want_sq, 12),
         1e-5);
  fixture_free(&f);
}

// Embedding gather through `via`: out[b,s,:] = word[ids[b,s], :] + pos[s, :] + s/4 + c/8.
static void gather_via(void) {
  Fixture f;
  fixture_init(&f, "gather_via");
  int64_t table_shape[2] = {50, 16}, pos_shape[2] = {4, 16}, ids_shape[2] = {3, 4};
  int64_t out_shape[3] = {3, 4, 16};
  int word = fixture_buf(&f, "word_embeddings", BERTRT_PARAMS, DT_F32, 2, table_shape);
  int pos = fixture_buf(&f, "position_embeddings", BERTRT_PARAMS, DT_F32, 2, pos_shape);
  int ids = fixture_buf(&f, "input_ids", BERTRT_IO, DT_I32, 2, ids_shape);
  int out = fixture_buf(&f, "embeddings", BERTRT_ACTS, DT_F32, 3, out_shape);
  fixture_fill(&f, word, -1.0f, 1.0f);
  fixture_fill(&f, pos, -1.0f, 1.0f);
  fixture_fill_ids(&f, ids, 50);
  KLoop *l = fixture_loop(&f, "embed", 2, ids_shape, 16);
  KIndex wi = kir_index(word);
  wi.col_stride = 1;
  wi.via.buf = ids;
  wi.via.row_stride[0] = 4;
  wi.via.row_stride[1] = 1;
  wi.via.scale = 16;
  int64_t pos_rows[2] = {0, 16}, out_rows[2] = {64, 16};
  int sum = kir_binary(l, KX_ADD, kir_load(l, wi), kir_load(l, fx_index(pos, 0, 2, pos_rows, 1)));
  int extra = kir_binary(l, KX_ADD, kir_binary(l, KX_MUL, fx_coord(l, 1), kir_const(l, 0.25f)),
                         kir_binary(l, KX_MUL, fx_col(l), kir_const(l, 0.125f)));
  fx_store(fx_map(l), fx_index(out, 0, 2, out_rows, 1), kir_binary(l, KX_ADD, sum, extra));
  kir_interp_run(&f.p, &f.ctx);

  double want[192];
  const float *w = fixture_f32(&f, word), *p = fixture_f32(&f, pos);
  const int32_t *id = fixture_i32(&f, ids);
  for (int b = 0; b < 3; b++)
    for (int s = 0; s < 4; s++)
      for (int c = 0; c < 16; c++)
        want[(b * 4 + s) * 16 + c] =
            (double)(w[id[b * 4 + s] * 16 + c] + p[s * 16 + c]) + (s * 0.25 + c * 0.125);
  report("gather via ids [3,4] x 16", max_diff(fixture_f32(&f, out), want, 192), 1e-6);
  fixture_free(&f);
}

// Scatter-add of 10 rows into 7 (ids repeat), in row order.
static void scatter_add(void) {
  Fixture f;
  fixture_init(&f, "scatter_add");
  int64_t src_shape[2] = {10, 6}, dst_shape[2] = {7, 6}, ids_shape[1] = {10};
  int src = fixture_buf(&f, "dy", BERTRT_ACTS, DT_F32, 2, src_shape);
  int ids = fixture_buf(&f, "input_ids", BERTRT_IO, DT_I32, 1, ids_shape);
  int dst = fixture_buf(&f, "word_embeddings.grad", BERTRT_GRADS, DT_F32, 2, dst_shape);
  fixture_fill(&f, src, -1.0f, 1.0f);
  fixture_fill_ids(&f, ids, 7);
  Kernel *k = fixture_kernel(&f, K_SCATTER_ADD, "scatter");
  k->scatter = (KScatter){.dst = dst, .src = src, .ids = ids, .rows = 10, .cols = 6, .dst_rows = 7};
  kir_interp_run(&f.p, &f.ctx);

  double want[42] = {0};
  const float *s = fixture_f32(&f, src);
  const int32_t *id = fixture_i32(&f, ids);
  for (int r = 0; r < 10; r++)
    for (int c = 0; c < 6; c++)
      want[id[r] * 6 + c] += s[r * 6 + c];
  report("scatter-add 10 rows into [7,6]", max_diff(fixture_f32(&f, dst), want, 42), 1e-6);
  fixture_free(&f);
}

// Stored element (i, j) of a row-major matrix with leading dimension ld, transposed first
// when `trans`.
static double mat_at(const float *m, bool trans, int64_t ld, int64_t i, int64_t j) {
  return trans ? m[j * ld + i] : m[i * ld + j];
}

// Two batched GEMMs over batch [2,3]: C1 = 0.5 * A^T B + bias, aux = that, C1 = gelu;
// then C2 = C1 B2^T + C2 (beta 1), with B2 shared across the inner batch level.
static void batched_gemm(void) {
  Fixture f;
  fixture_init(&f, "batched_gemm");
  enum { M = 5, N = 7, K = 4, LDA = 6, N2 = 3 };
  int64_t a_shape[4] = {2, 3, K, LDA}, b_shape[4] = {2, 3, K, N}, c_shape[4] = {2, 3, M, N};
  int64_t b2_shape[3] = {2, N2, N}, c2_shape[4] = {2, 3, M, N2}, bias_shape[1] = {N};
  int a = fixture_buf(&f, "a", BERTRT_ACTS, DT_F32, 4, a_shape);
  int b = fixture_buf(&f, "b", BERTRT_ACTS, DT_F32, 4, b_shape);
  int bias = fixture_buf(&f, "bias", BERTRT_PARAMS, DT_F32, 1, bias_shape);
  int c = fixture_buf(&f, "c", BERTRT_ACTS, DT_F32, 4, c_shape);
  int aux = fixture_buf(&f, "pre_gelu", BERTRT_ACTS, DT_F32, 4, c_shape);
  int b2 = fixture_buf(&f, "b2", BERTRT_PARAMS, DT_F32, 3, b2_shape);
  int c2 = fixture_buf(&f, "c2", BERTRT_ACTS, DT_F32, 4, c2_shape);
  fixture_fill(&f, a, -1.0f, 1.0f);
  fixture_fill(&f, b, -1.0f, 1.0f);
  fixture_fill(&f, bias, -1.0f, 1.0f);
  fixture_fill(&f, b2, -1.0f, 1.0f);
  fixture_fill(&f, c2, -1.0f, 1.0f);
  double c2_before[2 * 3 * M * N2];
  for (int i = 0; i < 2 * 3 * M * N2; i++)
    c2_before[i] = fixture_f32(&f, c2)[i];

  Kernel *k1 = fixture_kernel(&f, K_GEMM, "gemm_bias_gelu");
  k1->gemm = (KGemm){.trans_a = true,
                     .m = M,
                     .n = N,
                     .k = K,
                     .lda = LDA,
                     .ldb = N,
                     .ldc = N,
                     .batch = {2, 3},
                     .stride_a = {3 * K * LDA, K * LDA},
                     .stride_b = {3 * K * N, K * N},
                     .stride_c = {3 * M * N, M * N},
                     .alpha = 0.5f,
                     .beta = 0.0f,
                     .a = a,
                     .b = b,
                     .c = c,
                     .bias = bias,
                     .aux = aux,
                     .act = KACT_GELU};
  Kernel *k2 = fixture_kernel(&f, K_GEMM, "gemm_accumulate");
  k2->gemm = (KGemm){.trans_b = true,
                     .m = M,
                     .n = N2,
                     .k = N,
                     .lda = N,
                     .ldb = N,
                     .ldc = N2,
                     .batch = {2, 3},
                     .stride_a = {3 * M * N, M * N},
                     .stride_b = {N2 * N, 0},
                     .stride_c = {3 * M * N2, M * N2},
                     .alpha = 1.0f,
                     .beta = 1.0f,
                     .a = c,
                     .b = b2,
                     .c = c2,
                     .bias = -1,
                     .aux = -1,
                     .act = KACT_NONE};
  kir_interp_run(&f.p, &f.ctx);

  double want_c[2 * 3 * M * N], want_aux[2 * 3 * M * N], want_c2[2 * 3 * M * N2];
  const float *as = fixture_f32(&f, a), *bs = fixture_f32(&f, b), *bi = fixture_f32(&f, bias);
  const float *cs = fixture_f32(&f, c), *b2s = fixture_f32(&f, b2);
  for (int bt = 0; bt < 6; bt++) {
    for (int i = 0; i < M; i++)
      for (int j = 0; j < N; j++) {
        double s = 0.0;
        for (int l = 0; l < K; l++)
          s += mat_at(as + bt * K * LDA, true, LDA, i, l) * mat_at(bs + bt * K * N, false, N, l, j);
        want_aux[(bt * M + i) * N + j] = 0.5 * s + bi[j];
        want_c[(bt * M + i) * N + j] = gelu_ref(0.5 * s + bi[j]);
      }
    // The second GEMM reads the first's f32 output, as the interpreter does.
    for (int i = 0; i < M; i++)
      for (int j = 0; j < N2; j++) {
        double s = c2_before[(bt * M + i) * N2 + j];
        for (int l = 0; l < N; l++)
          s += mat_at(cs + bt * M * N, false, N, i, l) *
               mat_at(b2s + (bt / 3) * N2 * N, true, N, l, j);
        want_c2[(bt * M + i) * N2 + j] = s;
      }
  }
  report("gemm [2,3] A^T B + bias: aux", max_diff(fixture_f32(&f, aux), want_aux, 6 * M * N), 1e-6);
  report("gemm [2,3] A^T B + bias: gelu", max_diff(cs, want_c, 6 * M * N), 1e-6);
  report("gemm [2,3] A B^T + C, shared B", max_diff(fixture_f32(&f, c2), want_c2, 6 * M * N2),
         1e-5);
  fixture_free(&f);
}

// AdamW as one in-place map storing param, m and v ([4] x 16), with dropout's uniform draw
// exercised on a separate buffer: out = g * (u >= 0.1) / 0.9.
static void adamw_in_place(void) {
  Fixture f;
  fixture_init(&f, "adamw_in_place");
  int64_t shape[2] = {4, 16};
  int param = fixture_buf(&f, "param", BERTRT_PARAMS, DT_F32, 2, shape);
  int grad = fixture_buf(&f, "grad", BERTRT_GRADS, DT_F32, 2, shape);
  int m = fixture_buf(&f, "m", BERTRT_ADAM_M, DT_F32, 2, shape);
  int v = fixture_buf(&f, "v", BERTRT_ADAM_V, DT_F32, 2, shape);
  int dropped = fixture_buf(&f, "dropped", BERTRT_ACTS, DT_F32, 2, shape);
  fixture_fill(&f, param, -1.0f, 1.0f);
  fixture_fill(&f, grad, -0.1f, 0.1f);
  fixture_fill(&f, m, -0.01f, 0.01f);
  fixture_fill(&f, v, 0.0f, 0.001f);
  double p0[64], g0[64], m0[64], v0[64];
  for (int i = 0; i < 64; i++) {
    p0[i] = fixture_f32(&f, param)[i];
    g0[i] = fixture_f32(&f, grad)[i];
    m0[i] = fixture_f32(&f, m)[i];
    v0[i] = fixture_f32(&f, v)[i];
  }
  const float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f, wd = 0.01f;
  KLoop *l = fixture_loop(&f, "adamw", 1, shape, 16);
  int64_t row = 16;
  int g = kir_load(l, fx_index(grad, 0, 1, &row, 1));
  int m1 = kir_binary(
      l, KX_ADD,
      kir_binary(l, KX_MUL, kir_const(l, beta1), kir_load(l, fx_index(m, 0, 1, &row, 1))),
      kir_binary(l, KX_MUL, kir_const(l, 1.0f - beta1), g));
  int v1 = kir_binary(
      l, KX_ADD,
      kir_binary(l, KX_MUL, kir_const(l, beta2), kir_load(l, fx_index(v, 0, 1, &row, 1))),
      kir_binary(l, KX_MUL, kir_const(l, 1.0f - beta2), kir_binary(l, KX_MUL, g, g)));
  int lr = fx_ctx(l, KCTX_LR);
  int p = kir_load(l, fx_index(param, 0, 1, &row, 1));
  int decayed = kir_binary(
      l, KX_MUL, p,
      kir_binary(l, KX_SUB, kir_const(l, 1.0f), kir_binary(l, KX_MUL, lr, kir_const(l, wd))));
  int denom = kir_binary(l, KX_ADD,
                         kir_binary(l, KX_DIV, kir_unary(l, KX_SQRT, v1),
                                    kir_unary(l, KX_SQRT, fx_ctx(l, KCTX_BIAS_CORRECTION2))),
                         kir_const(l, eps));
  int step = kir_binary(l, KX_DIV, lr, fx_ctx(l, KCTX_BIAS_CORRECTION1));
  int p1 =
      kir_binary(l, KX_SUB, decayed, kir_binary(l, KX_MUL, step, kir_binary(l, KX_DIV, m1, denom)));
  int u = kir_expr(l, (KExpr){.op = KX_UNIFORM, .a = -1, .b = -1, .c = -1, .site = 5});
  int keep = kir_binary(l, KX_SUB, kir_const(l, 1.0f), kir_binary(l, KX_LT, u, kir_const(l, 0.1f)));
  int drop = kir_binary(l, KX_MUL, g, kir_binary(l, KX_DIV, keep, kir_const(l, 0.9f)));
  KPhase *map = fx_map(l);
  fx_store(map, fx_index(param, 0, 1, &row, 1), p1);
  fx_store(map, fx_index(m, 0, 1, &row, 1), m1);
  fx_store(map, fx_index(v, 0, 1, &row, 1), v1);
  fx_store(map, fx_index(dropped, 0, 1, &row, 1), drop);
  kir_interp_run(&f.p, &f.ctx);

  double want_p[64], want_m[64], want_v[64], want_drop[64];
  const bertrt_ctx *ctx = &f.ctx;
  for (int i = 0; i < 64; i++) {
    want_m[i] = beta1 * m0[i] + (1.0 - beta1) * g0[i];
    want_v[i] = beta2 * v0[i] + (1.0 - beta2) * g0[i] * g0[i];
    double mhat = want_m[i] / ctx->bias_correction1;
    double vhat = want_v[i] / ctx->bias_correction2;
    want_p[i] = p0[i] * (1.0 - (double)ctx->lr * wd) - ctx->lr * mhat / (sqrt(vhat) + eps);
    float uniform = bertrt_dropout_uniform(ctx->seed, ctx->step, 5, (uint64_t)i);
    want_drop[i] = uniform < 0.1f ? 0.0 : g0[i] / 0.9;
  }
  report("adamw in place [4] x 16: param", max_diff(fixture_f32(&f, param), want_p, 64), 1e-6);
  report("adamw in place [4] x 16: m", max_diff(fixture_f32(&f, m), want_m, 64), 1e-7);
  report("adamw in place [4] x 16: v", max_diff(fixture_f32(&f, v), want_v, 64), 1e-7);
  report("dropout uniform(site, row * cols + col)",
         max_diff(fixture_f32(&f, dropped), want_drop, 64), 1e-6);
  fixture_free(&f);
}

int main(void) {
  pointwise_bias_gelu();
  layernorm_rows();
  softmax_rows();
  sum_over_rows_bias_grad();
  gather_via();
  scatter_add();
  batched_gemm();
  adamw_in_place();
  if (failures) printf("%d mismatches\n", failures);
  return failures ? EXIT_FAILURE_RUNTIME : EXIT_OK;
}
