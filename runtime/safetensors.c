// safetensors.c — .safetensors reader (mmap, header through json.h) and writer (contract in
// safetensors.h).
#include "safetensors.h"
#include "rt_util.h"

#include "json.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define ST_MAX_HEADER 100000000 // bytes; the limit `safetensors` itself applies

static const struct {
  const char *name;
  size_t size;
} dtypes[] = {
    [ST_BOOL] = {"BOOL", 1},       [ST_U8] = {"U8", 1},           [ST_I8] = {"I8", 1},
    [ST_F8_E5M2] = {"F8_E5M2", 1}, [ST_F8_E4M3] = {"F8_E4M3", 1}, [ST_I16] = {"I16", 2},
    [ST_U16] = {"U16", 2},         [ST_F16] = {"F16", 2},         [ST_BF16] = {"BF16", 2},
    [ST_I32] = {"I32", 4},         [ST_U32] = {"U32", 4},         [ST_F32] = {"F32", 4},
    [ST_F64] = {"F64", 8},         [ST_I64] = {"I64", 8},         [ST_U64] = {"U64", 8},
};
_Static_assert(sizeof dtypes / sizeof dtypes[0] == ST_DTYPE_COUNT, "a name for every dtype");

const char *st_dtype_name(st_dtype dtype) {
  return dtypes[dtype].name;
}

size_t st_dtype_size(st_dtype dtype) {
  return dtypes[dtype].size;
}

char *st_shape_str(char *buf, size_t size, int rank, const int64_t *shape) {
  size_t len = (size_t)snprintf(buf, size, "[");
  for (int d = 0; d < rank && len < size; d++)
    len += (size_t)snprintf(buf + len, size - len, "%s%lld", d ? ", " : "", (long long)shape[d]);
  if (len < size) snprintf(buf + len, size - len, "]");
  return buf;
}

// ---- reader ----------------------------------------------------------------------------

struct st_file {
  char *path;
  unsigned char *map;
  size_t map_size;
  int count;
  st_tensor *tensors; // [count] header order
  int *by_name;       // [count] indices sorted by name
};

static const st_file *sort_file; // qsort has no context argument

static int cmp_name(const void *a, const void *b) {
  return strcmp(sort_file->tensors[*(const int *)a].name, sort_file->tensors[*(const int *)b].name);
}

static const unsigned char *data_base(const st_file *f) {
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--)
    n = n << 8 | f->map[i];
  return f->map + 8 + n;
}

static int cmp_offset(const void *a, const void *b) {
  const st_tensor *x = &sort_file->tensors[*(const int *)a],
                  *y = &sort_file->tensors[*(const int *)b];
  const unsigned char *px = x->data, *py = y->data;
  if (px != py) return px < py ? -1 : 1;
  return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
}

// Sizes, offsets and tiling of every tensor; sets data pointers.
static bool check_tensors(st_file *f, const int64_t (*offsets)[2], size_t data_size, char **error) {
  const unsigned char *data = data_base(f);
  for (int i = 0; i < f->count; i++) {
    st_tensor *t = &f->tensors[i];
    char shape[160];
    st_shape_str(shape, sizeof shape, t->rank, t->shape);
    int64_t numel = 1;
    for (int d = 0; d < t->rank; d++) {
      if (t->shape[d] != 0 && numel > INT64_MAX / 16 / t->shape[d])
        return rt_error(error, "%s: tensor '%s': shape %s is too large", f->path, t->name, shape);
      numel *= t->shape[d];
    }
    t->numel = numel;
    t->nbytes = (size_t)numel * dtypes[t->dtype].size;
    int64_t begin = offsets[i][0], end = offsets[i][1];
    if (begin > end)
      return rt_error(error, "%s: tensor '%s': data_offsets [%lld, %lld] end before they begin",
                      f->path, t->name, (long long)begin, (long long)end);
    if ((uint64_t)end > data_size)
      return rt_error(error,
                      "%s: tensor '%s': data_offsets [%lld, %lld] run past the data (%zu bytes)",
                      f->path, t->name, (long long)begin, (long long)end, data_size);
    if ((size_t)(end - begin) != t->nbytes)
      return rt_error(error,
                      "%s: tensor '%s': data_offsets [%lld, %lld] hold %lld bytes, but %s %s "
                      "needs %zu",
                      f->path, t->name, (long long)begin, (long long)end, (long long)(end - begin),
                      dtypes[t->dtype].name, shape, t->nbytes);
    t->data = data + begin;
  }
  int *order = rt_grow(NULL, (size_t)f->count * sizeof *order);
  for (int i = 0; i < f->count; i++)
    order[i] = i;
  sort_file = f;
  qsort(order, (size_t)f->count, sizeof *order, cmp_offset);
  size_t at = 0;
  for (int i = 0; i < f->count; i++) {
    const st_tensor *t = &f->tensors[order[i]];
    size_t begin = (size_t)((const unsigned char *)t->data - data);
    if (begin != at) {
      free(order);
      return rt_error(error,
                      "%s: tensor '%s' starts at data byte %zu, expected %zu "
                      "(tensors must tile the data without gaps or overlaps)",
                      f->path, t->name, begin, at);
    }
    at = begin + t->nbytes;
  }
  free(order);
  if (at != data_size)
    return rt_error(error, "%s: tensors end at data byte %zu, but the data holds %zu bytes",
                    f->path, at, data_size);
  return true;
}

// One header entry: {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}.
static bool tensor_info(const st_file *f, st_tensor *t, const JsonValue *v, int64_t offsets[2],
                        char **error) {
  if (v->kind != JSON_OBJECT)
    return rt_error(error, "%s: tensor '%s': expected an object, found %s", f->path, t->name,
                    json_kind_name(v->kind));
  const JsonValue *dtype = json_get(v, "dtype"), *shape = json_get(v, "shape");
  const JsonValue *offs = json_get(v, "data_offsets");
  const char *missing = !dtype ? "dtype" : !shape ? "shape" : !offs ? "data_offsets" : NULL;
  if (missing) return rt_error(error, "%s: tensor '%s': no \"%s\"", f->path, t->name, missing);
  int d = 0;
  while (dtype->kind == JSON_STRING && d < ST_DTYPE_COUNT && strcmp(dtypes[d].name, dtype->text))
    d++;
  if (dtype->kind != JSON_STRING || d == ST_DTYPE_COUNT)
    return rt_error(error, "%s: tensor '%s': unknown dtype %s%s%s (line %d)", f->path, t->name,
                    dtype->kind == JSON_STRING ? "\"" : "",
                    dtype->kind == JSON_STRING ? dtype->text : json_kind_name(dtype->kind),
                    dtype->kind == JSON_STRING ? "\"" : "", dtype->line);
  t->dtype = (st_dtype)d;
  if (shape->kind != JSON_ARRAY || shape->count > ST_MAX_RANK)
    return rt_error(error, "%s: tensor '%s': \"shape\" must be an array of at most %d integers",
                    f->path, t->name, ST_MAX_RANK);
  t->rank = (int)shape->count;
  for (int i = 0; i < t->rank; i++)
    if (!json_as_int(shape->items[i], &t->shape[i]) || t->shape[i] < 0)
      return rt_error(error, "%s: tensor '%s': shape[%d] is not a non-negative integer", f->path,
                      t->name, i);
  if (offs->kind != JSON_ARRAY || offs->count != 2 || !json_as_int(offs->items[0], &offsets[0]) ||
      !json_as_int(offs->items[1], &offsets[1]) || offsets[0] < 0 || offsets[1] < 0)
    return rt_error(error,
                    "%s: tensor '%s': \"data_offsets\" must be [begin, end], two "
                    "non-negative integers",
                    f->path, t->name);
  return true;
}

static bool parse_header(st_file *f, const char *header, size_t size, size_t data_size,
                         char **error) {
  JsonError jerr;
  JsonValue *root = json_parse(header, size, &jerr);
  if (!root)
    return rt_error(error, "%s: header is not valid JSON: %s at header byte %zu", f->path,
                    jerr.message, jerr.offset);
  bool ok = true;
  if (root->kind != JSON_OBJECT)
    ok = rt_error(error, "%s: header: expected a JSON object, found %s", f->path,
                  json_kind_name(root->kind));
  int64_t(*offsets)[2] = NULL;
  if (ok) {
    f->tensors = rt_grow(NULL, root->count * sizeof *f->tensors);
    offsets = rt_grow(NULL, root->count * sizeof *offsets);
  }
  for (size_t i = 0; ok && i < root->count; i++) {
    if (strcmp(root->keys[i], "__metadata__") == 0) continue;
    st_tensor *t = &f->tensors[f->count++];
    memset(t, 0, sizeof *t);
    t->name = strdup(root->keys[i]);
    ok = tensor_info(f, t, root->items[i], offsets[f->count - 1], error);
  }
  json_free(root);
  if (ok) ok = check_tensors(f, (const int64_t(*)[2])offsets, data_size, error);
  free(offsets);
  if (!ok) return false;
  f->by_name = rt_grow(NULL, (size_t)f->count * sizeof *f->by_name);
  for (int i = 0; i < f->count; i++)
    f->by_name[i] = i;
  sort_file = f;
  qsort(f->by_name, (size_t)f->count, sizeof *f->by_name, cmp_name);
  return true;
}

st_file *st_open(const char *path, char **error) {
  st_file *f = rt_grow(NULL, sizeof *f);
  memset(f, 0, sizeof *f);
  f->path = strdup(path);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  struct stat st;
  bool ok = true;
  if (fd < 0 || fstat(fd, &st) != 0)
    ok = rt_error(error, "%s: cannot open: %s", path, strerror(errno));
  else if (!S_ISREG(st.st_mode))
    ok = rt_error(error, "%s: not a regular file", path);
  else if (st.st_size < 8)
    ok = rt_error(error,
                  "%s: truncated: %lld bytes, but a safetensors file starts with an "
                  "8-byte header length",
                  path, (long long)st.st_size);
  if (ok) {
    f->map_size = (size_t)st.st_size;
    void *map = mmap(NULL, f->map_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED)
      ok = rt_error(error, "%s: cannot map: %s", path, strerror(errno));
    else
      f->map = map;
  }
  if (fd >= 0) close(fd);
  if (ok) {
    uint64_t n = 0;
    for (int i = 7; i >= 0; i--)
      n = n << 8 | f->map[i];
    size_t rest = f->map_size - 8;
    if (n > ST_MAX_HEADER)
      ok = rt_error(error,
                    "%s: header length %llu exceeds the %d-byte limit (not a "
                    "safetensors file?)",
                    path, (unsigned long long)n, ST_MAX_HEADER);
    else if (n > rest)
      ok = rt_error(error, "%s: truncated: header length %llu, but only %zu bytes follow it", path,
                    (unsigned long long)n, rest);
    else
      ok = parse_header(f, (const char *)f->map + 8, (size_t)n, rest - (size_t)n, error);
  }
  if (!ok) {
    st_close(f);
    return NULL;
  }
  return f;
}

void st_close(st_file *f) {
  if (!f) return;
  if (f->map) munmap(f->map, f->map_size);
  for (int i = 0; i < f->count; i++)
    free((char *)f->tensors[i].name);
  free(f->tensors);
  free(f->by_name);
  free(f->path);
  free(f);
}

const char *st_path(const st_file *f) {
  return f->path;
}

int st_count(const st_file *f) {
  return f->count;
}

const st_tensor *st_at(const st_file *f, int i) {
  return &f->tensors[i];
}

const st_tensor *st_find(const st_file *f, const char *name) {
  int lo = 0, hi = f->count;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(f->tensors[f->by_name[mid]].name, name);
    if (c == 0) return &f->tensors[f->by_name[mid]];
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static float half_to_float(uint16_t h) {
  uint32_t sign = (uint32_t)(h >> 15) << 31, exp = (h >> 10) & 0x1F, man = h & 0x3FF, bits;
  if (exp == 0x1F)
    bits = sign | 0x7F800000u | man << 13; // inf, nan
  else if (exp != 0)
    bits = sign | (exp + 112) << 23 | man << 13;
  else if (man == 0)
    bits = sign;
  else { // subnormal: renormalise
    int e = -1;
    do {
      e++;
      man <<= 1;
    } while (!(man & 0x400));
    bits = sign | (uint32_t)(112 - e) << 23 | (man & 0x3FF) << 13;
  }
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

bool st_read_f32(const st_file *f, const st_tensor *t, float *out, char **error) {
  const unsigned char *p = t->data;
  for (int64_t i = 0; i < t->numel; i++) {
    switch (t->dtype) {
    case ST_F32:
      memcpy(&out[i], p + 4 * i, 4);
      break;
    case ST_F64: {
      double d;
      memcpy(&d, p + 8 * i, 8);
      out[i] = (float)d;
      break;
    }
    case ST_F16: {
      uint16_t h;
      memcpy(&h, p + 2 * i, 2);
      out[i] = half_to_float(h);
      break;
    }
    case ST_BF16: {
      uint16_t h;
      memcpy(&h, p + 2 * i, 2);
      uint32_t bits = (uint32_t)h << 16;
      memcpy(&out[i], &bits, 4);
      break;
    }
    default:
      return rt_error(error, "%s: tensor '%s' is %s, expected a float dtype (F32, F16, BF16, F64)",
                      f->path, t->name, dtypes[t->dtype].name);
    }
  }
  return true;
}

bool st_read_i32(const st_file *f, const st_tensor *t, int32_t *out, char **error) {
  if (t->dtype != ST_I32 && t->dtype != ST_I64)
    return rt_error(error, "%s: tensor '%s' is %s, expected an integer dtype (I64, I32)", f->path,
                    t->name, dtypes[t->dtype].name);
  const unsigned char *p = t->data;
  for (int64_t i = 0; i < t->numel; i++) {
    if (t->dtype == ST_I32) {
      memcpy(&out[i], p + 4 * i, 4);
      continue;
    }
    int64_t v;
    memcpy(&v, p + 8 * i, 8);
    if (v < INT32_MIN || v > INT32_MAX)
      return rt_error(error, "%s: tensor '%s': element %lld is %lld, outside the int32 range",
                      f->path, t->name, (long long)i, (long long)v);
    out[i] = (int32_t)v;
  }
  return true;
}

// ---- writer ----------------------------------------------------------------------------

typedef struct {
  char *name;
  st_dtype dtype;
  int rank;
  int64_t shape[ST_MAX_RANK];
  const void *data;
  size_t nbytes;
} st_entry;

struct st_writer {
  int count, cap;
  st_entry *entries;
};

st_writer *st_writer_new(void) {
  st_writer *w = rt_grow(NULL, sizeof *w);
  memset(w, 0, sizeof *w);
  return w;
}

void st_writer_add(st_writer *w, const char *name, st_dtype dtype, int rank, const int64_t *shape,
                   const void *data) {
  if (rank < 0 || rank > ST_MAX_RANK) {
    fprintf(stderr, "%s:%d: st_writer_add('%s'): rank %d\n", __FILE__, __LINE__, name, rank);
    abort();
  }
  if (w->count == w->cap) {
    w->cap = w->cap ? 2 * w->cap : 64;
    w->entries = rt_grow(w->entries, (size_t)w->cap * sizeof *w->entries);
  }
  st_entry *e = &w->entries[w->count++];
  memset(e, 0, sizeof *e);
  e->name = strdup(name);
  e->dtype = dtype;
  e->rank = rank;
  int64_t numel = 1;
  for (int d = 0; d < rank; d++)
    numel *= (e->shape[d] = shape[d]);
  e->data = data;
  e->nbytes = (size_t)numel * dtypes[dtype].size;
}

static int cmp_entry_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool write_all(int fd, const void *data, size_t size) {
  const char *p = data;
  while (size > 0) {
    ssize_t n = write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= (size_t)n;
  }
  return true;
}

bool st_writer_write(const st_writer *w, const char *path, char **error) {
  char **names = rt_grow(NULL, (size_t)w->count * sizeof *names);
  for (int i = 0; i < w->count; i++)
    names[i] = w->entries[i].name;
  qsort(names, (size_t)w->count, sizeof *names, cmp_entry_name);
  for (int i = 1; i < w->count; i++)
    if (strcmp(names[i], names[i - 1]) == 0) {
      rt_error(error, "%s: tensor '%s' added twice", path, names[i]);
      free(names);
      return false;
    }
  free(names);

  JsonWriter jw = {0};
  jw_begin_object(&jw);
  size_t offset = 0;
  for (int i = 0; i < w->count; i++) {
    const st_entry *e = &w->entries[i];
    jw_key(&jw, e->name);
    jw_begin_object(&jw);
    jw_key(&jw, "dtype");
    jw_string(&jw, dtypes[e->dtype].name);
    jw_key(&jw, "shape");
    jw_begin_array(&jw);
    for (int d = 0; d < e->rank; d++)
      jw_int(&jw, e->shape[d]);
    jw_end_array(&jw);
    jw_key(&jw, "data_offsets");
    jw_begin_array(&jw);
    jw_int(&jw, (int64_t)offset);
    jw_int(&jw, (int64_t)(offset + e->nbytes));
    jw_end_array(&jw);
    jw_end_object(&jw);
    offset += e->nbytes;
  }
  jw_end_object(&jw);
  size_t header_len = (jw.len + 7) / 8 * 8; // padded with spaces
  jw.data = rt_grow(jw.data, header_len);
  memset(jw.data + jw.len, ' ', header_len - jw.len);
  unsigned char len[8];
  for (int i = 0; i < 8; i++)
    len[i] = (unsigned char)((uint64_t)header_len >> (8 * i));

  char *tmp;
  if (asprintf(&tmp, "%s.tmp.XXXXXX", path) < 0) tmp = NULL;
  int fd = tmp ? mkstemp(tmp) : -1;
  bool ok = fd >= 0;
  if (!ok) rt_error(error, "%s: cannot create a temporary file: %s", path, strerror(errno));
  if (ok) ok = fchmod(fd, 0644) == 0 && write_all(fd, len, 8) && write_all(fd, jw.data, header_len);
  for (int i = 0; ok && i < w->count; i++)
    ok = write_all(fd, w->entries[i].data, w->entries[i].nbytes);
  if (ok) ok = fsync(fd) == 0;
  if (fd >= 0 && close(fd) != 0) ok = false;
  if (ok) ok = rename(tmp, path) == 0;
  if (!ok && fd >= 0) {
    rt_error(error, "%s: cannot write: %s", path, strerror(errno));
    unlink(tmp);
  }
  free(tmp);
  jw_free(&jw);
  return ok;
}

void st_writer_free(st_writer *w) {
  if (!w) return;
  for (int i = 0; i < w->count; i++)
    free(w->entries[i].name);
  free(w->entries);
  free(w);
}
