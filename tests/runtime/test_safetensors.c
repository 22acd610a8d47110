// safetensors: a written file reads back identically (names, dtypes, shapes, data, order),
// with a header safetensors accepts; malformed files (truncated, bad JSON, offsets out of
// range, wrong sizes, gaps, overlaps, ...) are errors naming the file, never crashes.
#include "check.h"
#include "safetensors.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/test_safetensors.XXXXXX";

static const char *path_of(const char *name) {
  static char path[256];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  return path;
}

// Writes u64 header_len, then `header`, then data_bytes bytes of 0x11.
static const char *write_raw(const char *name, uint64_t header_len, const char *header,
                             size_t data_bytes) {
  const char *path = path_of(name);
  FILE *f = fopen(path, "wb");
  for (int i = 0; i < 8; i++)
    fputc((int)(header_len >> (8 * i)) & 0xFF, f);
  fputs(header, f);
  for (size_t i = 0; i < data_bytes; i++)
    fputc(0x11, f);
  fclose(f);
  return path;
}

// st_open(path) must fail with an error naming the file and containing `expect`.
static void expect_error(const char *path, const char *expect) {
  char *error = NULL;
  st_file *f = st_open(path, &error);
  CHECK(!f, "%s opened, expected an error containing \"%s\"", path, expect);
  CHECK(error && strstr(error, path) && strstr(error, expect),
        "error \"%s\" should name %s and "
        "contain \"%s\"",
        error ? error : "(none)", path, expect);
  st_close(f);
  free(error);
}

static void malformed(const char *name, const char *header, size_t data_bytes, const char *expect) {
  expect_error(write_raw(name, strlen(header), header, data_bytes), expect);
}

static void round_trip(void) {
  float a[6] = {1, -2, 3.5f, 0, 1e-30f, -7};
  int64_t ids[4] = {0, -1, INT64_C(1) << 40, 5};
  float scalar = 0.25f;
  uint8_t bytes[3] = {1, 2, 255};
  st_writer *w = st_writer_new();
  st_writer_add(w, "a", ST_F32, 2, (int64_t[]){2, 3}, a);
  st_writer_add(w, "ids", ST_I64, 1, (int64_t[]){4}, ids);
  st_writer_add(w, "loss", ST_F32, 0, NULL, &scalar);
  st_writer_add(w, "empty", ST_F32, 2, (int64_t[]){0, 5}, NULL);
  st_writer_add(w, "가중치/\"q\\\n", ST_U8, 1, (int64_t[]){3}, bytes);
  char *error = NULL;
  const char *path = path_of("round_trip.safetensors");
  CHECK(st_writer_write(w, path, &error), "write: %s", error);
  st_writer_free(w);

  FILE *raw = fopen(path, "rb");
  unsigned char len[8];
  CHECK(fread(len, 1, 8, raw) == 8, "read length");
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--)
    n = n << 8 | len[i];
  char *header = calloc(n + 1, 1);
  CHECK(fread(header, 1, n, raw) == n, "read header");
  fclose(raw);
  CHECK(n % 8 == 0 && header[0] == '{', "header of %llu bytes starting '%c'", (unsigned long long)n,
        header[0]);
  CHECK(strstr(header, "\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}"),
        "header layout: %s", header);
  free(header);

  st_file *f = st_open(path, &error);
  CHECK(f, "reopen: %s", error);
  if (!f) return;
  CHECK(st_count(f) == 5, "%d tensors", st_count(f));
  const char *order[] = {"a", "ids", "loss", "empty", "가중치/\"q\\\n"};
  for (int i = 0; i < 5 && i < st_count(f); i++)
    CHECK(strcmp(st_at(f, i)->name, order[i]) == 0, "tensor %d is '%s'", i, st_at(f, i)->name);
  const st_tensor *t = st_find(f, "a");
  CHECK(t && t->dtype == ST_F32 && t->rank == 2 && t->shape[0] == 2 && t->shape[1] == 3 &&
            t->numel == 6 && memcmp(t->data, a, sizeof a) == 0,
        "a reads back");
  t = st_find(f, "ids");
  int32_t i32[4];
  CHECK(t && t->dtype == ST_I64 && memcmp(t->data, ids, sizeof ids) == 0, "ids reads back");
  CHECK(t && !st_read_i32(f, t, i32, &error) && strstr(error, "'ids'") &&
            strstr(error, "element 2"),
        "2^40 does not fit int32: %s", error);
  free(error);
  error = NULL;
  t = st_find(f, "loss");
  CHECK(t && t->rank == 0 && t->numel == 1 && memcmp(t->data, &scalar, 4) == 0, "scalar");
  t = st_find(f, "empty");
  CHECK(t && t->numel == 0 && t->nbytes == 0, "zero-size tensor");
  t = st_find(f, "가중치/\"q\\\n");
  CHECK(t && t->dtype == ST_U8 && memcmp(t->data, bytes, 3) == 0, "escaped UTF-8 name");
  CHECK(!st_find(f, "missing"), "absent name");
  float fl[4];
  CHECK(!st_read_f32(f, st_find(f, "ids"), fl, &error) && strstr(error, "'ids' is I64"),
        "I64 is not float: %s", error);
  free(error);
  st_close(f);
}

static void conversions(void) {
  uint16_t half[5] = {0x3C00, 0xC000, 0x0001, 0x7C00, 0x3555}; // 1, -2, 2^-24, inf, ~1/3
  uint16_t bf16[2] = {0x3F80, 0xC0A0};                         // 1, -5
  int32_t small[2] = {-100, 7};
  st_writer *w = st_writer_new();
  st_writer_add(w, "h", ST_F16, 1, (int64_t[]){5}, half);
  st_writer_add(w, "b", ST_BF16, 1, (int64_t[]){2}, bf16);
  st_writer_add(w, "i", ST_I32, 1, (int64_t[]){2}, small);
  char *error = NULL;
  CHECK(st_writer_write(w, path_of("conv.safetensors"), &error), "%s", error);
  st_writer_free(w);
  st_file *f = st_open(path_of("conv.safetensors"), &error);
  CHECK(f, "%s", error);
  if (!f) return;
  float h[5], b[2];
  int32_t i[2];
  CHECK(st_read_f32(f, st_find(f, "h"), h, &error), "%s", error);
  CHECK(h[0] == 1 && h[1] == -2 && h[2] == 0x1p-24f && h[3] > 1e38f && h[4] > 0.3332f &&
            h[4] < 0.3334f,
        "F16: %g %g %g %g %g", h[0], h[1], h[2], h[3], h[4]);
  CHECK(st_read_f32(f, st_find(f, "b"), b, &error) && b[0] == 1 && b[1] == -5, "BF16");
  CHECK(st_read_i32(f, st_find(f, "i"), i, &error) && i[0] == -100 && i[1] == 7, "I32");
  st_close(f);
}

static void bad_files(void) {
  const char *T = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}";
  FILE *f = fopen(path_of("tiny.safetensors"), "wb");
  fputs("abcde", f);
  fclose(f);
  expect_error(path_of("tiny.safetensors"), "truncated: 5 bytes");
  char follow[64];
  snprintf(follow, sizeof follow, "header length 1000, but only %zu bytes follow", strlen(T) + 8);
  expect_error(write_raw("len_past_end.safetensors", 1000, T, 8), follow);
  expect_error(write_raw("len_huge.safetensors", UINT64_C(1) << 40, T, 8), "limit");
  expect_error(write_raw("len_zero.safetensors", 0, "", 0), "not valid JSON");
  malformed("bad_json.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 8, "not valid JSON");
  malformed("garbage.safetensors", "\x01\x02xyz", 0, "not valid JSON");
  malformed("not_object.safetensors", "[1, 2]", 0, "expected a JSON object");
  malformed("past_end.safetensors", T, 4, "'a': data_offsets [0, 8] run past the data (4 bytes)");
  malformed("wrong_size.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8,
            "'a': data_offsets [0, 8] hold 8 bytes, but F32 [3] needs 12");
  malformed("gap.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
            "\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}",
            12, "'b' starts at data byte 8, expected 4");
  malformed("overlap.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
            "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
            12, "'b' starts at data byte 4, expected 8");
  malformed("trailing.safetensors", T, 12, "tensors end at data byte 8, but the data holds 12");
  malformed("dtype.safetensors", "{\"a\":{\"dtype\":\"F33\",\"shape\":[2],\"data_offsets\":[0,8]}}",
            8, "'a': unknown dtype \"F33\"");
  malformed("no_offsets.safetensors", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8,
            "'a': no \"data_offsets\"");
  malformed("neg.safetensors", "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[-4,4]}}",
            8, "'a': \"data_offsets\" must be");
  malformed("float_shape.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[2.0],\"data_offsets\":[0,8]}}", 8,
            "'a': shape[0] is not a non-negative integer");
  malformed("reversed.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}}", 8,
            "end before they begin");
  malformed("rank.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}", 4,
            "at most 8");
  malformed("overflow.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296,4294967296],"
            "\"data_offsets\":[0,4]}}",
            4, "too large");
  malformed("dup.safetensors",
            "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
            "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}",
            8, "duplicate");
  malformed("entry_type.safetensors", "{\"a\":7}", 0, "'a': expected an object, found number");
  expect_error(path_of("does_not_exist.safetensors"), "cannot open");

  // Valid: __metadata__, an empty file, padding spaces after the JSON.
  char *error = NULL;
  const char *meta = "{\"__metadata__\":{\"format\":\"pt\"},\"a\":{\"dtype\":\"I32\",\"shape\":[],"
                     "\"data_offsets\":[0,4]}}    ";
  st_file *ok = st_open(write_raw("meta.safetensors", strlen(meta), meta, 4), &error);
  CHECK(ok && st_count(ok) == 1 && st_find(ok, "a") && st_find(ok, "a")->rank == 0,
        "__metadata__ is allowed: %s", error);
  st_close(ok);
  ok = st_open(write_raw("empty.safetensors", 2, "{}", 0), &error);
  CHECK(ok && st_count(ok) == 0, "{} is a valid empty file: %s", error);
  st_close(ok);
}

// Every prefix of a valid file, and every single-byte change of its header, is either
// rejected or opened; never a crash.
static void fuzz(void) {
  const char *T = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                  "\"b\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[8,16]}}";
  size_t n = strlen(T), total = 8 + n + 16;
  unsigned char *file = malloc(total);
  for (int i = 0; i < 8; i++)
    file[i] = (unsigned char)((uint64_t)n >> (8 * i));
  memcpy(file + 8, T, n);
  memset(file + 8 + n, 0x22, 16);
  const char *path = path_of("fuzz.safetensors");
  const unsigned char changes[] = {0, '"', '{', '}', '[', ']', ',', ':', '9', '-', 0xFF, '\\'};
  int opened = 0;
  for (size_t len = 0; len <= total; len++) {
    for (size_t pos = 0; pos < (len == total ? 8 + n : 1); pos++)
      for (size_t c = 0; c < (len == total ? sizeof changes : 1); c++) {
        unsigned char saved = file[pos];
        if (len == total) file[pos] = changes[c];
        FILE *f = fopen(path, "wb");
        fwrite(file, 1, len, f);
        fclose(f);
        file[pos] = saved;
        char *error = NULL;
        st_file *st = st_open(path, &error);
        CHECK(st || error, "length %zu, byte %zu: NULL without an error", len, pos);
        if (st && st_count(st) == 2) opened++;
        CHECK(!st || len == total, "a file truncated to %zu bytes opened", len);
        st_close(st);
        free(error);
      }
  }
  CHECK(opened > 0, "the unchanged file opens");
  free(file);
}

int main(void) {
  if (!mkdtemp(dir)) return perror("mkdtemp"), 1;
  round_trip();
  conversions();
  bad_files();
  fuzz();
  char *error = NULL;
  st_writer *w = st_writer_new();
  float x = 1;
  st_writer_add(w, "x", ST_F32, 0, NULL, &x);
  CHECK(!st_writer_write(w, "/nonexistent-dir/out.safetensors", &error) &&
            strstr(error, "/nonexistent-dir/out.safetensors"),
        "unwritable path: %s", error);
  free(error);
  error = NULL;
  st_writer_add(w, "x", ST_F32, 0, NULL, &x);
  CHECK(!st_writer_write(w, path_of("dup_out.safetensors"), &error) &&
            strstr(error, "'x' added twice"),
        "duplicate name: %s", error);
  free(error);
  st_writer_free(w);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
  return check_exit("safetensors");
}
