// rt_util.c — allocation and error helpers of libbertrt (rt_util.h).
#include "rt_util.h"

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
