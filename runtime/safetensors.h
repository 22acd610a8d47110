// safetensors.h — reading and writing .safetensors files (the format of HF `safetensors`):
//   u64 little-endian N | N bytes of JSON header | data
// The header maps each tensor name to {"dtype", "shape", "data_offsets": [begin, end]}
// (byte offsets into data), plus an optional "__metadata__" object of strings.
//
// The reader maps the file and validates everything before returning: header length,
// JSON syntax, known dtypes, shapes, offsets inside the data, byte size = numel * dtype
// size, tensors contiguous and covering the data exactly (what `safetensors` itself
// requires), no duplicate names. Errors are malloc'd messages naming the file, the tensor
// and what was expected versus found. The writer emits what `safetensors` reads: tensors
// in insertion order, header padded with spaces to a multiple of 8, written to a temp file,
// fsync'd and renamed into place.
#ifndef BERTRT_SAFETENSORS_H
#define BERTRT_SAFETENSORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define ST_MAX_RANK 8

typedef enum {
  ST_BOOL,
  ST_U8,
  ST_I8,
  ST_F8_E5M2,
  ST_F8_E4M3,
  ST_I16,
  ST_U16,
  ST_F16,
  ST_BF16,
  ST_I32,
  ST_U32,
  ST_F32,
  ST_F64,
  ST_I64,
  ST_U64,
  ST_DTYPE_COUNT
} st_dtype;

const char *st_dtype_name(st_dtype dtype); // "F32"
size_t st_dtype_size(st_dtype dtype);      // bytes per element

typedef struct {
  const char *name;
  st_dtype dtype;
  int rank;                   // 0 for a scalar
  int64_t shape[ST_MAX_RANK]; // outermost first
  int64_t numel;
  const void *data; // into the mapping; no alignment promised
  size_t nbytes;
} st_tensor;

typedef struct st_file st_file;

// Opens and validates `path`. NULL and *error (malloc'd) on any problem.
st_file *st_open(const char *path, char **error);
void st_close(st_file *f);
const char *st_path(const st_file *f);
int st_count(const st_file *f); // tensors, in header order
const st_tensor *st_at(const st_file *f, int i);
const st_tensor *st_find(const st_file *f, const char *name); // NULL when absent

// "[2, 3]" (or "[]") into buf; returns buf.
char *st_shape_str(char *buf, size_t size, int rank, const int64_t *shape);

// Converts t's elements to float32 (from F32, F16, BF16, F64) or int32 (from I32, I64,
// every value in range). False and *error, naming st_path(f) and the tensor, otherwise.
bool st_read_f32(const st_file *f, const st_tensor *t, float *out, char **error);
bool st_read_i32(const st_file *f, const st_tensor *t, int32_t *out, char **error);

// Writer. Tensors keep insertion order; `data` is borrowed until st_writer_write returns.
typedef struct st_writer st_writer;
st_writer *st_writer_new(void);
void st_writer_add(st_writer *w, const char *name, st_dtype dtype, int rank, const int64_t *shape,
                   const void *data);
// Writes `path` atomically. False and *error on a duplicate name or an I/O failure.
bool st_writer_write(const st_writer *w, const char *path, char **error);
void st_writer_free(st_writer *w);

#endif
