// util.c — allocation, strings, files and the ways to stop (util.h).
#include "util.h"

#include <errno.h>
#include <ftw.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static noreturn void out_of_memory(size_t size) {
  fprintf(stderr, "bertc: error: out of memory allocating %zu bytes\n", size);
  exit(EXIT_FAILURE_RUNTIME);
}

void *xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

void *xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p) out_of_memory(count * size);
  return p;
}

void *xrealloc(void *ptr, size_t size) {
  void *p = realloc(ptr, size ? size : 1);
  if (!p) out_of_memory(size);
  return p;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(xmalloc(n), s, n);
}

char *c_identifier(const char *s) {
  char *id = xstrdup(s);
  for (char *c = id; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')))
      *c = '_';
  return id;
}

uint64_t fnv1a(const void *data, size_t len) {
  const unsigned char *bytes = data;
  uint64_t h = 14695981039346656037u;
  for (size_t i = 0; i < len; i++)
    h = (h ^ bytes[i]) * 1099511628211u;
  return h;
}

char *format(const char *fmt, ...) {
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(&sb, fmt, ap);
  va_end(ap);
  return sb.data;
}

noreturn void fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("bertc: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(EXIT_FAILURE_RUNTIME);
}

noreturn void internal_error_at(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "bertc: internal error at %s:%d: ", file, line);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs("\nbertc: this is a bug in bertc, not in the spec: please report it with the spec\n",
        stderr);
  abort();
}

int64_t size_add_at(const char *file, int line, int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r))
    internal_error_at(file, line, "size %" PRId64 " + %" PRId64 " overflows", a, b);
  return r;
}

int64_t size_mul_at(const char *file, int line, int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r))
    internal_error_at(file, line, "size %" PRId64 " * %" PRId64 " overflows", a, b);
  return r;
}

void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int need = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  check(need >= 0);
  if (sb->len + (size_t)need + 1 > sb->cap) {
    sb->cap = (sb->len + (size_t)need + 1) * 2;
    sb->data = xrealloc(sb->data, sb->cap);
  }
  vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
  sb->len += (size_t)need;
}

void sb_printf(StrBuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  sb_vprintf(sb, fmt, ap);
  va_end(ap);
}

void sb_puts(StrBuf *sb, const char *s) {
  sb_printf(sb, "%s", s);
}

void sb_free(StrBuf *sb) {
  free(sb->data);
  *sb = (StrBuf){0};
}

char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  StrBuf sb = {0};
  sb_puts(&sb, "");
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (sb.len + n + 1 > sb.cap) {
      sb.cap = (sb.len + n + 1) * 2;
      sb.data = xrealloc(sb.data, sb.cap);
    }
    memcpy(sb.data + sb.len, chunk, n);
    sb.len += n;
    sb.data[sb.len] = '\0';
  }
  int failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (failed) {
    sb_free(&sb);
    errno = saved;
    return NULL;
  }
  if (len) *len = sb.len;
  return sb.data;
}

bool write_file_atomic(const char *path, const void *data, size_t len) {
  char *tmp = format("%s.tmp.%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  bool ok = f && fwrite(data, 1, len, f) == len;
  if (f) ok = (fflush(f) == 0) && (fsync(fileno(f)) == 0) && ok;
  if (f && fclose(f) != 0) ok = false;
  int saved = errno;
  if (ok && rename(tmp, path) != 0) ok = false;
  if (!ok) {
    saved = errno;
    unlink(tmp);
  }
  free(tmp);
  errno = saved;
  return ok;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st, (void)flag, (void)ftw;
  return remove(path);
}

void remove_tree(const char *path) {
  nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}
