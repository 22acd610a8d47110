// rt_util.h — the few helpers every part of libbertrt uses: growing an allocation (which
// never fails: out of memory prints an error and exits 1) and the two error conventions
// (a heap-allocated message, or a caller's fixed buffer).
#ifndef BERTRT_RT_UTIL_H
#define BERTRT_RT_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The whole file, NUL-terminated, its length in *len; NULL with errno set when it cannot be
// read.
char *rt_read_file(const char *path, size_t *len);
// Writes data[0, len) to `path` through PATH.tmp-XXXXXX (fsync'd, then renamed over it), so a
// crash leaves the old file or the new one. False with errno set on failure.
bool rt_write_file_atomic(const char *path, const void *data, size_t len);
// realloc that never returns NULL (size 0 allocates 1 byte).
void *rt_grow(void *ptr, size_t size);
// *error = the formatted message (malloc'd; the caller frees it); returns false, so
// `return rt_error(error, ...);` ends a failing bool function.
bool rt_error(char **error, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// SplitMix64: the next number of the stream `state` (every seeded draw of the runtime: sampling,
// shuffling, splits, initial weights).
uint64_t rt_splitmix64(uint64_t *state);
// "NaN", "+inf" or "-inf": how messages name a non-finite x.
const char *rt_nonfinite_name(double x);
// FNV-1a (64-bit) of data[0, len) continuing from h (RT_FNV1A_BASIS to start).
#define RT_FNV1A_BASIS 14695981039346656037ull
uint64_t rt_fnv1a(uint64_t h, const void *data, size_t len);
// Removes `path` and, for a folder, everything in it (symbolic links are not followed).
void rt_remove_tree(const char *path);
// A seeded draw of `count` of n items (a partial Fisher-Yates over rt_splitmix64 from seed): a
// malloc'd mark [n] set for the items drawn. 0 <= count <= n.
bool *rt_draw(int n, int count, uint64_t seed);
// The indices of the k highest of x[0, n) into top (room for k), highest first, ties the lower
// index first (a partial insertion sort: k is small). Returns how many: min(k, n).
int64_t rt_top_k(int32_t *top, const float *x, int64_t n, int64_t k);
// The first `max` bytes of s[0, len) (cut back to a UTF-8 character boundary) into buf, "..."
// after when cut: a value quoted in a message.
void rt_clip(char *buf, size_t size, const char *s, size_t len, size_t max);
// Formats the message into err[0, size).
void rt_set_err(char *err, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
