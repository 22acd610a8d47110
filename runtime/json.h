// json.h — a strict JSON (RFC 8259) reader that builds a tree, and a writer with
// deterministic output. Used for HF config.json / tokenizer_config.json, metrics.jsonl and
// the --json outputs.
//
// Reader: no comments, trailing commas, NaN or duplicate keys; strings must be valid UTF-8
// (\u escapes, surrogate pairs included, decode to UTF-8); a leading UTF-8 BOM is skipped.
// Objects keep their keys in source order. Numbers keep their literal text beside the
// double (parsed with strtod: LC_NUMERIC must be "C", the default).
//
// Writer: appends to a growable NUL-terminated buffer. Integers print without exponent,
// doubles as the shortest text that reads back to the same double (integral values
// without exponent), non-finite numbers as null. indent 0 writes one line with ',' and ':';
// indent n writes Python's json.dumps(indent=n) layout. Invalid UTF-8 in strings is
// written as U+FFFD, so the output always parses.
#ifndef BERTRT_JSON_H
#define BERTRT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// ---- Reader ----------------------------------------------------------------------------

typedef enum {
  JSON_NULL,
  JSON_BOOL,   // .boolean
  JSON_NUMBER, // .number, .text (the literal as written)
  JSON_STRING, // .text (UTF-8, NUL-terminated), .len (bytes; differs from strlen after \u0000)
  JSON_ARRAY,  // .items[.count]
  JSON_OBJECT, // .keys[.count], .items[.count], source order
} JsonKind;

typedef struct JsonValue {
  JsonKind kind;
  int line, col; // where the value starts: 1-based; col counts code points
  bool boolean;
  double number;
  char *text;
  size_t len;
  size_t count;
  char **keys;
  struct JsonValue **items;
} JsonValue;

// Where and why parsing failed. line/col are 1-based (col counts code points); line 0 means
// the file could not be read (message says why).
typedef struct {
  size_t offset; // bytes from the start of the text
  int line, col;
  char message[160]; // "expected ',' or '}' after an object member"
} JsonError;

// The tree of text[0, len), or NULL with *err filled. Free with json_free.
JsonValue *json_parse(const char *text, size_t len, JsonError *err);
// json_parse on a whole file.
JsonValue *json_parse_file(const char *path, JsonError *err);
void json_free(JsonValue *v);

// The member `key` of an object; NULL when absent or when obj is not an object.
const JsonValue *json_get(const JsonValue *obj, const char *key);
// True with *out set when v is a number written as an integer (no fraction or exponent)
// that fits in int64_t.
bool json_as_int(const JsonValue *v, int64_t *out);
// "null", "boolean", "number", "string", "array", "object": for "expected X, got Y" errors.
const char *json_kind_name(JsonKind kind);

// ---- Writer ----------------------------------------------------------------------------

typedef struct {
  char *data; // the text so far, NUL-terminated (NULL before the first write)
  size_t len, cap;
  int indent; // 0: one line; n: n spaces per level
  bool ascii; // escape every non-ASCII code point as \uXXXX (Python's ensure_ascii)
  int depth;
  bool comma;     // a value was written at this level: the next one needs a separator
  bool after_key; // a key was written: the next value follows it directly
} JsonWriter;

void jw_begin_object(JsonWriter *w);
void jw_end_object(JsonWriter *w);
void jw_begin_array(JsonWriter *w);
void jw_end_array(JsonWriter *w);
void jw_key(JsonWriter *w, const char *key);
void jw_string(JsonWriter *w, const char *s);
void jw_int(JsonWriter *w, int64_t v);
void jw_double(JsonWriter *w, double v);
// A key and its value in one call, for object members.
void jw_key_int(JsonWriter *w, const char *key, int64_t v);
void jw_key_double(JsonWriter *w, const char *key, double v);
void jw_float(JsonWriter *w, float v); // shortest text that reads back to the same float
void jw_bool(JsonWriter *w, bool v);
void jw_null(JsonWriter *w);
// Drops the text; the writer can be reused with the same settings.
void jw_reset(JsonWriter *w);
void jw_free(JsonWriter *w);

#endif
