// st_compare — compares every tensor of EXPECTED with the same tensor of ACTUAL (two
// .safetensors files) by relative L2 error ||a - e|| / ||e|| (absolute when ||e|| == 0).
//
//   st_compare ACTUAL EXPECTED [--tol 1e-4] [--tiny SUBSTRING=ABS]... [--skip SUBSTRING]...
//              [--only-prefix PREFIX] [--min-cosine C]
//
// --min-cosine: each tensor passes when the cosine similarity of ACTUAL and EXPECTED is at
// least C, instead of by relative error (a bf16 run against fp32).
// --tiny: tensors whose name contains SUBSTRING must have max |a| <= ABS instead (gradients
// that are zero in exact arithmetic). --skip: tensors whose name contains SUBSTRING are left
// out. --only-prefix: only tensors whose name starts with PREFIX are compared. Prints one
// line per tensor, worst first, then the max relative error. Exit 0 when all pass, 1 on a
// mismatch or a missing tensor, 2 on a usage error or an unreadable file.
#include "safetensors.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RULES 64

typedef struct {
  const char *name;
  double err;          // relative L2 error, or max |a| for a --tiny tensor
  double limit;        // what err must not exceed
  const char *what;    // "rel_err", "max_abs" or "cosine"
  const char *failure; // a failure without a number ("missing in actual"), else NULL
} result;

// How far past its limit a result is (> 1: failed).
static double badness(const result *r) {
  if (isnan(r->err)) return INFINITY;
  if (!strcmp(r->what, "cosine")) return (1 - r->err) / (1 - r->limit);
  return r->err / r->limit;
}

static bool passes(const result *r) {
  return badness(r) <= 1;
}

static int by_badness(const void *x, const void *y) {
  const result *a = x, *b = y;
  double ra = badness(a), rb = badness(b);
  if (ra != rb) return ra < rb ? 1 : -1;
  return strcmp(a->name, b->name);
}

static bool contains_any(const char *name, const char *const *subs, int n) {
  for (int i = 0; i < n; i++)
    if (strstr(name, subs[i])) return true;
  return false;
}

// The tensor as doubles (float or integer dtypes); NULL with a message otherwise.
static double *as_double(const st_file *f, const st_tensor *t) {
  size_t n = (size_t)t->numel;
  float *fl = malloc((n ? n : 1) * sizeof *fl);
  int32_t *in = malloc((n ? n : 1) * sizeof *in);
  double *out = malloc((n ? n : 1) * sizeof *out);
  char *error = NULL;
  bool is_int = t->dtype == ST_I32 || t->dtype == ST_I64;
  bool ok =
      fl && in && out && (is_int ? st_read_i32(f, t, in, &error) : st_read_f32(f, t, fl, &error));
  for (size_t i = 0; ok && i < n; i++)
    out[i] = is_int ? in[i] : fl[i];
  if (!ok) {
    fprintf(stderr, "st_compare: %s\n", error ? error : "out of memory");
    free(out);
    out = NULL;
  }
  free(error);
  free(fl);
  free(in);
  return out;
}

static int usage(void) {
  fprintf(stderr, "usage: st_compare ACTUAL.safetensors EXPECTED.safetensors [--tol 1e-4] "
                  "[--tiny SUBSTRING=ABS]... [--skip SUBSTRING]... [--only-prefix PREFIX] "
                  "[--min-cosine C]\n");
  return 2;
}

int main(int argc, char **argv) {
  const char *paths[2] = {NULL, NULL}, *prefix = "";
  const char *tiny[MAX_RULES], *skip[MAX_RULES];
  double tiny_abs[MAX_RULES], tol = 1e-4, min_cosine = NAN;
  int n_tiny = 0, n_skip = 0, n_paths = 0;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i], *value = i + 1 < argc ? argv[i + 1] : NULL;
    char *end;
    if (arg[0] != '-') {
      if (n_paths == 2) return usage();
      paths[n_paths++] = arg;
      continue;
    }
    if (!value) return usage();
    i++;
    if (strcmp(arg, "--tol") == 0) {
      tol = strtod(value, &end);
      if (*end || !(tol > 0)) return usage();
    } else if (strcmp(arg, "--skip") == 0 && n_skip < MAX_RULES) {
      skip[n_skip++] = value;
    } else if (strcmp(arg, "--min-cosine") == 0) {
      min_cosine = strtod(value, &end);
      if (*end || !(min_cosine > 0 && min_cosine < 1)) return usage();
    } else if (strcmp(arg, "--only-prefix") == 0) {
      prefix = value;
    } else if (strcmp(arg, "--tiny") == 0 && n_tiny < MAX_RULES) {
      const char *eq = strrchr(value, '=');
      if (!eq || eq == value) return usage();
      tiny_abs[n_tiny] = strtod(eq + 1, &end);
      if (*end || !(tiny_abs[n_tiny] >= 0)) return usage();
      tiny[n_tiny++] = strndup(value, (size_t)(eq - value));
    } else {
      return usage();
    }
  }
  if (n_paths != 2) return usage();
  char *error = NULL;
  st_file *actual = st_open(paths[0], &error);
  st_file *expected = actual ? st_open(paths[1], &error) : NULL;
  if (!expected) {
    fprintf(stderr, "st_compare: %s\n", error);
    free(error);
    st_close(actual);
    return 2;
  }

  result *results = calloc((size_t)st_count(expected) + 1, sizeof *results);
  int n = 0, failures = 0;
  double max_rel = 0;
  for (int i = 0; i < st_count(expected); i++) {
    const st_tensor *e = st_at(expected, i);
    if (strncmp(e->name, prefix, strlen(prefix)) != 0 || contains_any(e->name, skip, n_skip))
      continue;
    result *r = &results[n++];
    *r = (result){e->name, NAN, tol, "rel_err", NULL};
    const st_tensor *a = st_find(actual, e->name);
    bool same_shape = a && a->rank == e->rank;
    for (int d = 0; same_shape && d < e->rank; d++)
      same_shape = a->shape[d] == e->shape[d];
    if (!a || !same_shape) {
      char want[160], got[160];
      r->failure = !a ? "missing in actual" : "shape differs";
      if (a)
        fprintf(stderr, "%s: actual %s, expected %s\n", e->name,
                st_shape_str(got, sizeof got, a->rank, a->shape),
                st_shape_str(want, sizeof want, e->rank, e->shape));
      failures++;
      continue;
    }
    double *av = as_double(actual, a), *ev = as_double(expected, e);
    if (!av || !ev) return 2;
    int k = 0;
    while (k < n_tiny && !strstr(e->name, tiny[k]))
      k++;
    double diff = 0, norm = 0, max_abs = 0, dot = 0, norm_a = 0;
    for (int64_t j = 0; j < e->numel; j++) {
      diff += (av[j] - ev[j]) * (av[j] - ev[j]);
      norm += ev[j] * ev[j];
      dot += av[j] * ev[j];
      norm_a += av[j] * av[j];
      double mag = fabs(av[j]);
      if (isnan(mag) || mag > max_abs) max_abs = mag; // NaN sticks
    }
    if (k < n_tiny) {
      *r = (result){e->name, max_abs, tiny_abs[k], "max_abs", NULL};
    } else if (!isnan(min_cosine)) {
      double cosine = norm > 0 && norm_a > 0 ? dot / sqrt(norm * norm_a) : norm == norm_a;
      *r = (result){e->name, cosine, min_cosine, "cosine", NULL};
    } else {
      r->err = norm > 0 ? sqrt(diff) / sqrt(norm) : sqrt(diff);
      if (isnan(r->err) || r->err > max_rel) max_rel = r->err;
    }
    if (!passes(r)) failures++;
    free(av);
    free(ev);
  }
  qsort(results, (size_t)n, sizeof *results, by_badness);
  for (int i = 0; i < n; i++) {
    const result *r = &results[i];
    bool fail = !passes(r);
    if (r->failure)
      printf("%-64s %s  FAIL\n", r->name, r->failure);
    else
      printf(!strcmp(r->what, "cosine") ? "%-64s %s %.6f%s\n" : "%-64s %s %.3e%s\n", r->name,
             r->what, r->err, fail ? "  FAIL" : "");
  }
  printf("max rel err %.3e (tol %.1e), %d tensors, %d failed\n", max_rel, tol, n, failures);
  if (n == 0) {
    printf("FAIL: no tensor of %s was compared\n", paths[1]);
    failures = 1;
  }
  for (int i = 0; i < n_tiny; i++)
    free((char *)tiny[i]);
  free(results);
  st_close(actual);
  st_close(expected);
  return failures ? 1 : 0;
}
