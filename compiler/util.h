// util.h — small helpers every compiler stage uses: allocation that never returns NULL,
// formatted strings, a growable string buffer, growable arrays, and the two ways to stop:
// `fatal` for failures (exit 1) and `internal_error` / `check` / `unreachable` for bugs in bertc
// (abort with the compiler's file:line).
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
// A bug in bertc, never the user's fault: prints "bertc: internal error at FILE:LINE: MSG" (the
// compiler's source line) and a request to report it, then aborts. Every internal error of
// every stage goes through here; user errors are `fatal` or a stage's diagnostics.
noreturn void internal_error_at(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define internal_error(...) internal_error_at(__FILE__, __LINE__, __VA_ARGS__)
#define unreachable()       internal_error_at(__FILE__, __LINE__, "unreachable code reached")
// An internal invariant; failing it is a bug in bertc, never the user's fault.
#define check(cond)                                                                                \
  do {                                                                                             \
    if (!(cond)) internal_error_at(__FILE__, __LINE__, "check `%s` failed", #cond);                \
  } while (0)

// Checked size arithmetic for the layout and the plan: a + b, a * b, and x rounded up to a
// multiple of `align` (> 0). An overflow is an internal error: the spec's bounds (spec.h,
// "Limits") keep every size and offset far from INT64_MAX, so one is a bug in bertc.
#define size_add(a, b)       size_add_at(__FILE__, __LINE__, (a), (b))
#define size_mul(a, b)       size_mul_at(__FILE__, __LINE__, (a), (b))
#define size_align(x, align) size_mul(size_add((x), (align)-1) / (align), (align))
int64_t size_add_at(const char *file, int line, int64_t a, int64_t b);
int64_t size_mul_at(const char *file, int line, int64_t a, int64_t b);

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
// Removes `path` and, for a folder, everything in it (symbolic links are not followed).
void remove_tree(const char *path);

#endif
