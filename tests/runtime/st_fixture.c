// st_fixture — writes a small .safetensors file from the command line, for shell tests.
//
//   st_fixture OUT.safetensors NAME:DTYPE:SHAPE=VALUES...
//
// DTYPE is f32, f64, i32 or i64; SHAPE is dims joined by 'x' ("2x3"), empty for a scalar;
// VALUES are comma-separated, or one value repeated over the whole tensor, or
// `rand:SEED:LO:HI`: values drawn uniformly from [LO, HI) by a generator seeded with SEED
// (integers in [LO, HI) for the integer dtypes), the same on every machine.
#include "safetensors.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what, const char *arg) {
  fprintf(stderr, "st_fixture: %s in '%s'\n", what, arg);
  return 2;
}

static void set_value(unsigned char *data, st_dtype dtype, int64_t k, double x) {
  switch (dtype) {
  case ST_F32:
    ((float *)data)[k] = (float)x;
    break;
  case ST_F64:
    ((double *)data)[k] = x;
    break;
  case ST_I32:
    ((int32_t *)data)[k] = (int32_t)x;
    break;
  default:
    ((int64_t *)data)[k] = (int64_t)x;
    break;
  }
}

// `SEED:LO:HI` of a rand: value list into data[0 .. numel).
static bool fill_random(void *data, st_dtype dtype, int64_t numel, const char *args) {
  char *end;
  uint64_t state = strtoull(args, &end, 10);
  double lo = *end == ':' ? strtod(end + 1, &end) : NAN;
  double hi = *end == ':' ? strtod(end + 1, &end) : NAN;
  if (*end || !(lo < hi)) return false;
  bool integer = dtype == ST_I32 || dtype == ST_I64;
  for (int64_t k = 0; k < numel; k++) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;        // LCG
    double x = lo + (double)(state >> 11) / 9007199254740992.0 * (hi - lo); // 53 bits in [0, 1)
    set_value(data, dtype, k, integer ? floor(x) : x);
  }
  return true;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: st_fixture OUT.safetensors NAME:DTYPE:SHAPE=VALUES...\n");
    return 2;
  }
  st_writer *w = st_writer_new();
  void **buffers = calloc((size_t)argc, sizeof *buffers);
  for (int i = 2; i < argc; i++) {
    char *spec = strdup(argv[i]), *eq = strchr(spec, '=');
    char *c1 = strchr(spec, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!eq || !c1 || !c2 || c2 > eq) return fail("expected NAME:DTYPE:SHAPE=VALUES", argv[i]);
    *c1 = *c2 = *eq = 0;
    static const struct {
      const char *name;
      st_dtype dtype;
    } types[] = {{"f32", ST_F32}, {"f64", ST_F64}, {"i32", ST_I32}, {"i64", ST_I64}};
    int t = 0;
    while (t < 4 && strcmp(types[t].name, c1 + 1) != 0)
      t++;
    if (t == 4) return fail("unknown dtype", argv[i]);
    st_dtype dtype = types[t].dtype;
    int64_t shape[ST_MAX_RANK], numel = 1;
    int rank = 0;
    for (char *d = c2 + 1; *d; rank++) {
      if (rank == ST_MAX_RANK) return fail("too many dims", argv[i]);
      shape[rank] = strtoll(d, &d, 10);
      numel *= shape[rank];
      if (*d == 'x')
        d++;
      else if (*d)
        return fail("bad shape", argv[i]);
    }
    size_t size = st_dtype_size(dtype);
    unsigned char *data = calloc((size_t)(numel ? numel : 1), size);
    int64_t nv = 1;
    for (const char *c = eq + 1; *c; c++)
      nv += *c == ',';
    if (nv != 1 && nv != numel && strncmp(eq + 1, "rand:", 5))
      return fail("value count differs from the shape", argv[i]);
    char *v = eq + 1;
    bool random = !strncmp(v, "rand:", 5);
    if (random && !fill_random(data, dtype, numel, v + 5))
      return fail("expected rand:SEED:LO:HI with LO < HI", argv[i]);
    for (int64_t k = 0; k < numel && !random; k++) {
      if (k < nv) {
        char *end;
        double x = strtod(v, &end);
        if (end == v || (*end && *end != ',')) return fail("bad value", argv[i]);
        v = *end ? end + 1 : end;
        set_value(data, dtype, k, x);
      } else {
        memcpy(data + k * size, data, size); // one value fills the tensor
      }
    }
    st_writer_add(w, spec, dtype, rank, shape, data);
    buffers[i] = data;
    free(spec);
  }
  char *error = NULL;
  bool ok = st_writer_write(w, argv[1], &error);
  if (!ok) fprintf(stderr, "st_fixture: %s\n", error);
  for (int i = 0; i < argc; i++)
    free(buffers[i]);
  free(buffers);
  free(error);
  st_writer_free(w);
  return ok ? 0 : 1;
}
