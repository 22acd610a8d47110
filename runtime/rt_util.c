// rt_util.c — allocation and error helpers of libbertrt (rt_util.h).
#include "rt_util.h"

#include <errno.h>
#include <ftw.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

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
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    errno = EISDIR; // "Is a directory", not the read error a folder gives
    return NULL;
  }
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 65536 > cap) buf = rt_grow(buf, cap = 2 * cap + 65536);
    size_t k = fread(buf + n, 1, cap - n - 1, f);
    n += k;
    if (k == 0) break;
  }
  int bad = ferror(f), saved = errno;
  fclose(f);
  if (bad) {
    free(buf);
    errno = saved ? saved : EIO;
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

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

void rt_remove_tree(const char *path) {
  nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

bool rt_write_file_atomic(const char *path, const void *data, size_t len) {
  char *tmp;
  if (asprintf(&tmp, "%s.tmp-XXXXXX", path) < 0) return false;
  int fd = mkstemp(tmp);
  bool ok = fd >= 0;
  for (size_t done = 0; ok && done < len;) {
    ssize_t n = write(fd, (const char *)data + done, len - done);
    ok = n > 0;
    if (ok) done += (size_t)n;
  }
  ok = ok && fsync(fd) == 0;
  int saved = errno;
  if (fd >= 0 && close(fd) != 0) ok = false;
  ok = ok && rename(tmp, path) == 0;
  if (!ok) {
    saved = errno;
    if (fd >= 0) unlink(tmp);
    errno = saved;
  }
  free(tmp);
  return ok;
}

uint64_t rt_fnv1a(uint64_t h, const void *data, size_t len) {
  const unsigned char *p = data;
  for (size_t i = 0; i < len; i++)
    h = (h ^ p[i]) * 1099511628211ull;
  return h;
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

const char *rt_nonfinite_name(double x) {
  return isnan(x) ? "NaN" : x > 0 ? "+inf" : "-inf";
}

int64_t rt_top_k(int32_t *top, const float *x, int64_t n, int64_t k) {
  int64_t m = 0;
  for (int64_t i = 0; i < n; i++) {
    if (m == k && !(x[i] > x[top[m - 1]])) continue;
    int64_t at = m < k ? m++ : m - 1;
    while (at > 0 && x[i] > x[top[at - 1]]) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = (int32_t)i;
  }
  return m;
}

void rt_clip(char *buf, size_t size, const char *s, size_t len, size_t max) {
  size_t n = len;
  if (n > max) {
    n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
      n--;
  }
  snprintf(buf, size, "%.*s%s", (int)n, s, n < len ? "..." : "");
}
