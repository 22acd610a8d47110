// util.h — small helpers every compiler stage uses: allocation that never returns NULL,
// formatted strings, a growable string buffer, growable arrays, and the two ways to stop:
// `fatal` for failures (exit 1) and `unreachable` for internal bugs (abort with file:line).
#ifndef BERTC_UTIL_H
#define BERTC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>

// Exit codes of every bertc command.
enum { EXIT_OK = 0, EXIT_FAILURE_RUNTIME = 1, EXIT_BAD_INPUT = 2 };

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
// printf into a fresh heap string.
char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
// A fresh copy of `s` with every character that is not an ASCII letter or digit as '_'.
char *c_identifier(const char *s);
// The 64-bit FNV-1a hash of `len` bytes.
uint64_t fnv1a(const void *data, size_t len);

// Prints "bertc: error: <msg>" to stderr and exits with EXIT_FAILURE_RUNTIME.
noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
noreturn void unreachable_at(const char *file, int line);
#define unreachable() unreachable_at(__FILE__, __LINE__)
// An internal invariant; failing it is a bug in bertc, never the user's fault.
#define check(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) check_failed_at(#cond, __FILE__, __LINE__);                                       \
  } while (0)
noreturn void check_failed_at(const char *cond, const char *file, int line);

// A growable, always NUL-terminated string.
typedef struct {
  char *data;
  size_t len, cap;
} StrBuf;
void sb_printf(StrBuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void sb_puts(StrBuf *sb, const char *s);
void sb_free(StrBuf *sb);

// Growable array of T: `VEC(int) v = {0}; vec_push(&v, 3);`
#define VEC(T)                                                                                     \
  struct {                                                                                         \
    T *items;                                                                                      \
    int len, cap;                                                                                  \
  }
// The target is evaluated once, so `vec_push(&phase()->items, x)` is safe.
#define vec_push(v, x)                                                                             \
  do {                                                                                             \
    __typeof__(v) vec_ = (v);                                                                      \
    if (vec_->len == vec_->cap) {                                                                  \
      vec_->cap = vec_->cap ? 2 * vec_->cap : 8;                                                   \
      vec_->items = xrealloc(vec_->items, (size_t)vec_->cap * sizeof *vec_->items);                \
    }                                                                                              \
    vec_->items[vec_->len++] = (x);                                                                \
  } while (0)

// Whole file into memory (NUL-terminated); NULL with errno set when unreadable.
char *read_file(const char *path, size_t *len);
// Writes `len` bytes to `path` through a temporary file and rename; false on failure (errno).
bool write_file_atomic(const char *path, const void *data, size_t len);

#endif
