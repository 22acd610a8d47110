// rt_util.c — allocation and error helpers of libbertrt (rt_util.h).
#include "rt_util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void *rt_grow(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p) {
    fprintf(stderr, "bertrt: error: out of memory allocating %zu bytes\n", size);
    exit(1);
  }
  return p;
}

bool rt_error(char **error, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(error, fmt, ap) < 0) *error = NULL;
  va_end(ap);
  return false;
}

void rt_set_err(char *err, size_t size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, size, fmt, ap);
  va_end(ap);
}

char *rt_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 65536 > cap) buf = rt_grow(buf, cap = 2 * cap + 65536);
    size_t k = fread(buf + n, 1, cap - n - 1, f);
    n += k;
    if (k == 0) break;
  }
  int bad = ferror(f);
  fclose(f);
  if (bad) {
    free(buf);
    errno = EIO;
    return NULL;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

uint64_t rt_splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

bool *rt_draw(int n, int count, uint64_t seed) {
  int *order = rt_grow(NULL, ((size_t)n + 1) * sizeof *order);
  bool *mark = rt_grow(NULL, (size_t)n + 1);
  for (int i = 0; i < n; i++)
    order[i] = i, mark[i] = false;
  for (int i = 0; i < count; i++) {
    int j = i + (int)(rt_splitmix64(&seed) % (uint64_t)(n - i)), t = order[i];
    order[i] = order[j], order[j] = t;
    mark[order[i]] = true;
  }
  free(order);
  return mark;
}
