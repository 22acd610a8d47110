// bertrt_attention_cpu's three parts equal a naive double-precision evaluation of the
// contract's formulas (bertrt_abi.h) for several shapes, with masked keys, with dropout
// off and on; the contract's dq, dk, dv are the gradients of L = sum(out * dout) (dropout
// masks fixed) by central finite differences; a pool of 2 threads gives the same bits as
// no pool; the cpu's one-pass gradient part equals grad_kv then grad_q bit for bit.
#include "bertrt_abi.h"
#include "check.h"
#include "pool.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MASKED (-FLT_MAX) // the model's padding bias, -3.4028234663852886e38f
#define TOL    1e-5       // max abs error / max abs value
#define FD_TOL 1e-6       // the same, finite differences against the formulas

// The tensors of one attention, by bertrt_attention_role: q k v out dout dq dk dv
// [B, S, heads * head_dim], key_bias [B, S], lse delta [B, heads, S].
typedef struct {
  float *f[BERTRT_ATT_ROLES];
} Tensors;

typedef struct {
  double *d[BERTRT_ATT_ROLES];
} RefTensors;

static int64_t role_size(const bertrt_attention *a, int role) {
  if (role == BERTRT_ATT_KEY_BIAS) return a->batch * a->seq;
  if (role == BERTRT_ATT_LSE || role == BERTRT_ATT_DELTA) return a->batch * a->heads * a->seq;
  return a->batch * a->seq * a->heads * a->head_dim;
}

static float rnd(unsigned *s) {
  *s = *s * 1103515245u + 12345u;
  return (float)((*s >> 8) & 0xFFFF) / 32768.0f - 1.0f;
}

// ---- the contract, naively, in double ---------------------------------------------------

// Element d of row i of head h in batch b of a [B, S, heads * head_dim] tensor.
static int64_t at(const bertrt_attention *a, int64_t b, int64_t i, int64_t h, int64_t d) {
  return ((b * a->seq + i) * a->heads + h) * a->head_dim + d;
}

static double z_of(const bertrt_attention *a, const bertrt_ctx *ctx, int64_t b, int64_t h,
                   int64_t i, int64_t j) {
  if (ctx->dropout_on == 0.0f || a->dropout_p == 0.0) return 1.0;
  uint64_t index = (uint64_t)(((b * a->heads + h) * a->seq + i) * a->seq + j);
  float u = bertrt_dropout_uniform(ctx->seed, ctx->step, (uint32_t)a->dropout_site, index);
  return u < (float)a->dropout_p ? 0.0 : (double)(1.0f / (1.0f - (float)a->dropout_p));
}

static double dot(const bertrt_attention *a, const double *x, int64_t i, const double *y, int64_t j,
                  int64_t b, int64_t h) {
  double s = 0;
  for (int64_t d = 0; d < a->head_dim; d++)
    s += x[at(a, b, i, h, d)] * y[at(a, b, j, h, d)];
  return s;
}

static double score(const bertrt_attention *a, const RefTensors *t, int64_t b, int64_t h, int64_t i,
                    int64_t j) {
  return a->scale * dot(a, t->d[BERTRT_ATT_Q], i, t->d[BERTRT_ATT_K], j, b, h) +
         t->d[BERTRT_ATT_KEY_BIAS][b * a->seq + j];
}

// out, lse from q k v key_bias.
static void naive_forward(const bertrt_attention *a, const bertrt_ctx *ctx, RefTensors *t) {
  int64_t S = a->seq;
  for (int64_t b = 0; b < a->batch; b++)
    for (int64_t h = 0; h < a->heads; h++)
      for (int64_t i = 0; i < S; i++) {
        double max = -INFINITY;
        for (int64_t j = 0; j < S; j++)
          max = fmax(max, score(a, t, b, h, i, j));
        double sum = exp(score(a, t, b, h, i, 0) - max);
        for (int64_t j = 1; j < S; j++)
          sum += exp(score(a, t, b, h, i, j) - max);
        double lse = max + log(sum);
        t->d[BERTRT_ATT_LSE][(b * a->heads + h) * S + i] = lse;
        for (int64_t d = 0; d < a->head_dim; d++)
          t->d[BERTRT_ATT_OUT][at(a, b, i, h, d)] = 0;
        for (int64_t j = 0; j < S; j++) {
          double pz = exp(score(a, t, b, h, i, j) - lse) * z_of(a, ctx, b, h, i, j);
          for (int64_t d = 0; d < a->head_dim; d++)
            t->d[BERTRT_ATT_OUT][at(a, b, i, h, d)] += pz * t->d[BERTRT_ATT_V][at(a, b, j, h, d)];
        }
      }
}

// dq, dk, dv from q k v key_bias lse dout delta.
static void naive_grads(const bertrt_attention *a, const bertrt_ctx *ctx, RefTensors *t) {
  int64_t S = a->seq;
  double *dq = t->d[BERTRT_ATT_DQ], *dk = t->d[BERTRT_ATT_DK], *dv = t->d[BERTRT_ATT_DV];
  const double *q = t->d[BERTRT_ATT_Q], *k = t->d[BERTRT_ATT_K], *dout = t->d[BERTRT_ATT_DOUT];
  memset(dq, 0, (size_t)role_size(a, BERTRT_ATT_DQ) * sizeof *dq);
  memset(dk, 0, (size_t)role_size(a, BERTRT_ATT_DK) * sizeof *dk);
  memset(dv, 0, (size_t)role_size(a, BERTRT_ATT_DV) * sizeof *dv);
  for (int64_t b = 0; b < a->batch; b++)
    for (int64_t h = 0; h < a->heads; h++)
      for (int64_t i = 0; i < S; i++) {
        int64_t row = (b * a->heads + h) * S + i;
        for (int64_t j = 0; j < S; j++) {
          double p = exp(score(a, t, b, h, i, j) - t->d[BERTRT_ATT_LSE][row]);
          double z = z_of(a, ctx, b, h, i, j);
          double ds =
              p * (z * dot(a, dout, i, t->d[BERTRT_ATT_V], j, b, h) - t->d[BERTRT_ATT_DELTA][row]);
          for (int64_t d = 0; d < a->head_dim; d++) {
            dv[at(a, b, j, h, d)] += p * z * dout[at(a, b, i, h, d)];
            dk[at(a, b, j, h, d)] += a->scale * ds * q[at(a, b, i, h, d)];
            dq[at(a, b, i, h, d)] += a->scale * ds * k[at(a, b, j, h, d)];
          }
        }
      }
}

// delta_i = dout_i . out_i
static void naive_delta(const bertrt_attention *a, RefTensors *t) {
  for (int64_t b = 0; b < a->batch; b++)
    for (int64_t h = 0; h < a->heads; h++)
      for (int64_t i = 0; i < a->seq; i++)
        t->d[BERTRT_ATT_DELTA][(b * a->heads + h) * a->seq + i] =
            dot(a, t->d[BERTRT_ATT_DOUT], i, t->d[BERTRT_ATT_OUT], i, b, h);
}

// ---- tensors ------------------------------------------------------------------------------

// q k v dout uniform in [-2, 2); batch b masks key j > 0 when (j + b) % 3 == 2.
static Tensors make_inputs(const bertrt_attention *a, unsigned seed) {
  Tensors t;
  for (int r = 0; r < BERTRT_ATT_ROLES; r++) {
    int64_t n = role_size(a, r);
    t.f[r] = malloc((size_t)n * sizeof(float));
    for (int64_t e = 0; e < n; e++)
      t.f[r][e] = NAN; // outputs: anything left unwritten fails the comparison
  }
  int inputs[] = {BERTRT_ATT_Q, BERTRT_ATT_K, BERTRT_ATT_V, BERTRT_ATT_DOUT};
  for (int r = 0; r < 4; r++)
    for (int64_t e = 0; e < role_size(a, inputs[r]); e++)
      t.f[inputs[r]][e] = 2.0f * rnd(&seed);
  for (int64_t b = 0; b < a->batch; b++)
    for (int64_t j = 0; j < a->seq; j++)
      t.f[BERTRT_ATT_KEY_BIAS][b * a->seq + j] = j > 0 && (j + b) % 3 == 2 ? MASKED : 0.0f;
  return t;
}

static Tensors copy_tensors(const bertrt_attention *a, const Tensors *src) {
  Tensors t;
  for (int r = 0; r < BERTRT_ATT_ROLES; r++) {
    size_t bytes = (size_t)role_size(a, r) * sizeof(float);
    t.f[r] = malloc(bytes);
    memcpy(t.f[r], src->f[r], bytes);
  }
  return t;
}

static RefTensors to_double(const bertrt_attention *a, const Tensors *src) {
  RefTensors t;
  for (int r = 0; r < BERTRT_ATT_ROLES; r++) {
    int64_t n = role_size(a, r);
    t.d[r] = malloc((size_t)n * sizeof(double));
    for (int64_t e = 0; e < n; e++)
      t.d[r][e] = src->f[r][e];
  }
  return t;
}

static void free_tensors(Tensors *t, RefTensors *r) {
  for (int role = 0; role < BERTRT_ATT_ROLES; role++) {
    if (t) free(t->f[role]);
    if (r) free(r->d[role]);
  }
}

// ---- the implementation -------------------------------------------------------------------

// One part with only its roles passed (the others NULL).
static void run_part(bertrt_ctx *ctx, bertrt_attention a, bertrt_attention_part part, Tensors *t) {
  static const int uses[4][BERTRT_ATT_ROLES] = {
      [BERTRT_ATTENTION_FORWARD] = {1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0},
      [BERTRT_ATTENTION_GRAD_KV] = {1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1},
      [BERTRT_ATTENTION_GRAD_Q] = {1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0},
      [BERTRT_ATTENTION_GRAD] = {1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1},
  };
  float *roles[BERTRT_ATT_ROLES];
  for (int r = 0; r < BERTRT_ATT_ROLES; r++)
    roles[r] = uses[part][r] ? t->f[r] : NULL;
  a.part = part;
  bertrt_attention_cpu(ctx, &a, roles);
}

// forward; delta from its out (in double, rounded to float, as a pipeline would); both
// gradient parts.
static void run_all(bertrt_ctx *ctx, const bertrt_attention *a, Tensors *t) {
  run_part(ctx, *a, BERTRT_ATTENTION_FORWARD, t);
  RefTensors r = to_double(a, t);
  naive_delta(a, &r);
  for (int64_t e = 0; e < role_size(a, BERTRT_ATT_DELTA); e++)
    t->f[BERTRT_ATT_DELTA][e] = (float)r.d[BERTRT_ATT_DELTA][e];
  free_tensors(NULL, &r);
  run_part(ctx, *a, BERTRT_ATTENTION_GRAD_KV, t);
  run_part(ctx, *a, BERTRT_ATTENTION_GRAD_Q, t);
}

// max |got - want| / max |want|; infinite when got has a NaN (an element left unwritten).
static double rel_err(const float *got, const double *want, int64_t n) {
  double err = 0, norm = 0;
  for (int64_t e = 0; e < n; e++) {
    if (isnan(got[e])) return INFINITY;
    err = fmax(err, fabs(got[e] - want[e]));
    norm = fmax(norm, fabs(want[e]));
  }
  return err / norm;
}

// ---- cases --------------------------------------------------------------------------------

typedef struct {
  float on; // ctx.dropout_on
  double p; // dropout_p
  const char *name;
} Mode;

static const Mode modes[] = {
    {0.0f, 0.1, "dropout off (eval)"},
    {1.0f, 0.1, "dropout on, p 0.1"},
    {1.0f, 0.0, "dropout on, p 0"},
};

static int64_t dropped(const bertrt_attention *a, const bertrt_ctx *ctx) {
  int64_t n = 0;
  for (int64_t b = 0; b < a->batch; b++)
    for (int64_t h = 0; h < a->heads; h++)
      for (int64_t i = 0; i < a->seq; i++)
        for (int64_t j = 0; j < a->seq; j++)
          n += z_of(a, ctx, b, h, i, j) == 0.0;
  return n;
}

// The implementation against the naive contract, with a pool of 2 threads and without.
static void against_naive(bertrt_pool *pool, int64_t B, int64_t S, int64_t heads, int64_t dim,
                          const Mode *m, unsigned seed) {
  bertrt_attention a = {.batch = B,
                        .seq = S,
                        .heads = heads,
                        .head_dim = dim,
                        .dropout_site = 7,
                        .scale = 1.0 / sqrt((double)dim),
                        .dropout_p = m->p};
  bertrt_ctx ctx = {.dropout_on = m->on, .seed = 1234, .step = 5, .pool = pool};
  Tensors t = make_inputs(&a, seed), serial = copy_tensors(&a, &t);
  run_all(&ctx, &a, &t);
  bertrt_ctx no_pool = ctx;
  no_pool.pool = NULL;
  run_all(&no_pool, &a, &serial);

  RefTensors r = to_double(&a, &t); // inputs, and the lse and delta the gradients were given
  naive_grads(&a, &ctx, &r);
  double err_dq = rel_err(t.f[BERTRT_ATT_DQ], r.d[BERTRT_ATT_DQ], role_size(&a, BERTRT_ATT_DQ));
  double err_dk = rel_err(t.f[BERTRT_ATT_DK], r.d[BERTRT_ATT_DK], role_size(&a, BERTRT_ATT_DK));
  double err_dv = rel_err(t.f[BERTRT_ATT_DV], r.d[BERTRT_ATT_DV], role_size(&a, BERTRT_ATT_DV));
  naive_forward(&a, &ctx, &r);
  double err_out = rel_err(t.f[BERTRT_ATT_OUT], r.d[BERTRT_ATT_OUT], role_size(&a, BERTRT_ATT_OUT));
  double err_lse = rel_err(t.f[BERTRT_ATT_LSE], r.d[BERTRT_ATT_LSE], role_size(&a, BERTRT_ATT_LSE));
  int64_t drops = dropped(&a, &ctx);
  printf("B %lld S %lld heads %lld dim %lld, %s (%lld dropped): rel err out %.2e lse %.2e "
         "dq %.2e dk %.2e dv %.2e\n",
         (long long)B, (long long)S, (long long)heads, (long long)dim, m->name, (long long)drops,
         err_out, err_lse, err_dq, err_dk, err_dv);
  CHECK(err_out < TOL && err_lse < TOL, "%s: forward differs from the naive contract", m->name);
  CHECK(err_dq < TOL && err_dk < TOL && err_dv < TOL,
        "%s: gradients differ from the naive contract", m->name);
  CHECK((drops > 0) == (m->on != 0.0f && m->p > 0), "%s: %lld elements dropped", m->name,
        (long long)drops);
  for (int role = 0; role < BERTRT_ATT_ROLES; role++)
    CHECK(!memcmp(t.f[role], serial.f[role], (size_t)role_size(&a, role) * sizeof(float)),
          "%s: role %d differs between a pool of %d threads and none", m->name, role,
          pool ? pool_threads(pool) : 1);
  // the cpu's one-pass part (grad) equals grad_kv then grad_q bit for bit
  Tensors merged = copy_tensors(&a, &t);
  for (int role = BERTRT_ATT_DQ; role <= BERTRT_ATT_DV; role++)
    for (int64_t e = 0; e < role_size(&a, role); e++)
      merged.f[role][e] = NAN;
  run_part(&ctx, a, BERTRT_ATTENTION_GRAD, &merged);
  for (int role = BERTRT_ATT_DQ; role <= BERTRT_ATT_DV; role++)
    CHECK(!memcmp(t.f[role], merged.f[role], (size_t)role_size(&a, role) * sizeof(float)),
          "%s: role %d of the one-pass gradient differs from grad_kv then grad_q", m->name, role);
  free_tensors(&t, &r);
  free_tensors(&serial, NULL);
  free_tensors(&merged, NULL);
}

// L = sum(out * dout) of the naive forward.
static double loss(const bertrt_attention *a, const bertrt_ctx *ctx, RefTensors *t) {
  naive_forward(a, ctx, t);
  double l = 0;
  for (int64_t e = 0; e < role_size(a, BERTRT_ATT_OUT); e++)
    l += t->d[BERTRT_ATT_OUT][e] * t->d[BERTRT_ATT_DOUT][e];
  return l;
}

// The contract's dq, dk, dv (from the exact lse and delta) against central differences of L.
static void against_finite_differences(const Mode *m, unsigned seed) {
  bertrt_attention a = {.batch = 2,
                        .seq = 5,
                        .heads = 3,
                        .head_dim = 4,
                        .dropout_site = 3,
                        .scale = 0.5,
                        .dropout_p = m->p};
  bertrt_ctx ctx = {.dropout_on = m->on, .seed = 99, .step = 2};
  Tensors f = make_inputs(&a, seed);
  RefTensors t = to_double(&a, &f);
  naive_forward(&a, &ctx, &t);
  naive_delta(&a, &t);
  naive_grads(&a, &ctx, &t);
  static const int wrt[3][2] = {
      {BERTRT_ATT_Q, BERTRT_ATT_DQ}, {BERTRT_ATT_K, BERTRT_ATT_DK}, {BERTRT_ATT_V, BERTRT_ATT_DV}};
  const double step = 1e-6;
  for (int w = 0; w < 3; w++) {
    double *x = t.d[wrt[w][0]], *grad = t.d[wrt[w][1]], err = 0, norm = 0;
    for (int64_t e = 0; e < role_size(&a, wrt[w][0]); e++) {
      double x0 = x[e];
      x[e] = x0 + step;
      double up = loss(&a, &ctx, &t);
      x[e] = x0 - step;
      double down = loss(&a, &ctx, &t);
      x[e] = x0;
      err = fmax(err, fabs((up - down) / (2 * step) - grad[e]));
      norm = fmax(norm, fabs(grad[e]));
    }
    printf("finite differences, %s: d%c rel err %.2e\n", m->name, "qkv"[w], err / norm);
    CHECK(err / norm < FD_TOL, "%s: d%c is not the gradient of sum(out * dout)", m->name, "qkv"[w]);
  }
  free_tensors(&f, &t);
}

int main(void) {
  static const int64_t shapes[][4] = {{2, 5, 3, 4}, {3, 16, 2, 16}, {1, 33, 1, 64}};
  bertrt_pool *pool = pool_create(2);
  CHECK(pool, "pool_create(2) failed");
  unsigned seed = 1;
  for (size_t s = 0; s < sizeof shapes / sizeof shapes[0]; s++)
    for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++)
      against_naive(pool, shapes[s][0], shapes[s][1], shapes[s][2], shapes[s][3], &modes[m],
                    seed++);
  for (size_t m = 0; m < 2; m++)
    against_finite_differences(&modes[m], seed++);
  pool_destroy(pool);
  return check_exit("attention");
}
