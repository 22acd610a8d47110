// json.c — strict JSON reader (recursive descent into a tree) and deterministic writer (json.h).
#include "json.h"
#include "rt_util.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DEPTH = 256 };

// Decodes one UTF-8 sequence of s[0, n): its length, or 0 when it is not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  }
  int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  if (len == 0 || s[0] > 0xF4 || (size_t)len > n) return 0;
  uint32_t c = s[0] & (0x7F >> len);
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

// ---- Reader ----------------------------------------------------------------------------

typedef struct {
  const unsigned char *s;
  size_t len, pos;
  int line, col; // of s[pos]
  int depth;
  JsonError *err;
} Parser;

static bool at_end(const Parser *p) {
  return p->pos >= p->len;
}

static int peek(const Parser *p) {
  return at_end(p) ? -1 : p->s[p->pos];
}

static void advance(Parser *p) {
  unsigned char c = p->s[p->pos++];
  if (c == '\n') {
    p->line++;
    p->col = 1;
  } else if ((c & 0xC0) != 0x80) {
    p->col++;
  }
}

static void vfail_at(Parser *p, size_t offset, int line, int col, const char *fmt, va_list ap) {
  p->err->offset = offset;
  p->err->line = line;
  p->err->col = col;
  vsnprintf(p->err->message, sizeof p->err->message, fmt, ap);
}

// Records the error at the current position; returns NULL for `return fail(...)`.
static void *fail(Parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void *fail(Parser *p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail_at(p, p->pos, p->line, p->col, fmt, ap);
  va_end(ap);
  return NULL;
}

// Records the error at an earlier position (where a value or key started).
static void *fail_at(Parser *p, size_t offset, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void *fail_at(Parser *p, size_t offset, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail_at(p, offset, line, col, fmt, ap);
  va_end(ap);
  return NULL;
}

// What is at the current position, for "got X" in messages.
static const char *here(const Parser *p, char buf[16]) {
  int c = peek(p);
  if (c < 0) return "end of input";
  if (c >= 0x20 && c < 0x7F)
    snprintf(buf, 16, "'%c'", c);
  else
    snprintf(buf, 16, "byte 0x%02X", c);
  return buf;
}

static void skip_ws(Parser *p) {
  for (int c = peek(p); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek(p))
    advance(p);
}

static JsonValue *new_value(const Parser *p, JsonKind kind) {
  JsonValue *v = rt_grow(NULL, sizeof *v);
  *v = (JsonValue){.kind = kind, .line = p->line, .col = p->col};
  return v;
}

static JsonValue *parse_value(Parser *p);

static JsonValue *parse_literal(Parser *p, const char *word, JsonKind kind, bool b) {
  size_t n = strlen(word);
  if (p->len - p->pos < n || memcmp(p->s + p->pos, word, n) != 0)
    return fail(p, "expected '%s'", word);
  JsonValue *v = new_value(p, kind);
  v->boolean = b;
  for (size_t i = 0; i < n; i++)
    advance(p);
  return v;
}

static bool is_digit(int c) {
  return c >= '0' && c <= '9';
}

static bool skip_digits(Parser *p, const char *after) {
  if (!is_digit(peek(p))) {
    char buf[16];
    fail(p, "expected a digit after %s, got %s", after, here(p, buf));
    return false;
  }
  while (is_digit(peek(p)))
    advance(p);
  return true;
}

// number = '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?
static JsonValue *parse_number(Parser *p) {
  JsonValue *v = new_value(p, JSON_NUMBER);
  size_t start = p->pos;
  bool ok = true;
  if (peek(p) == '-') advance(p);
  if (peek(p) == '0') {
    advance(p);
    if (is_digit(peek(p))) {
      fail(p, "leading zeros are not allowed in numbers");
      ok = false;
    }
  } else {
    ok = skip_digits(p, "'-'");
  }
  if (ok && peek(p) == '.') {
    advance(p);
    ok = skip_digits(p, "'.'");
  }
  if (ok && (peek(p) == 'e' || peek(p) == 'E')) {
    advance(p);
    if (peek(p) == '+' || peek(p) == '-') advance(p);
    ok = skip_digits(p, "the exponent mark");
  }
  if (!ok) {
    json_free(v);
    return NULL;
  }
  size_t n = p->pos - start;
  v->text = rt_grow(NULL, n + 1);
  memcpy(v->text, p->s + start, n);
  v->text[n] = '\0';
  v->len = n;
  v->number = strtod(v->text, NULL);
  if (isinf(v->number)) {
    fail_at(p, start, v->line, v->col, "number out of the range of a double");
    json_free(v);
    return NULL;
  }
  return v;
}

static int hex4(const unsigned char *s) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    int c = s[i], lower = c | 0x20;
    if (is_digit(c))
      v = v * 16 + c - '0';
    else if (lower >= 'a' && lower <= 'f')
      v = v * 16 + lower - 'a' + 10;
    else
      return -1;
  }
  return v;
}

// Reads the 4 hex digits of a \u escape at s[pos] (just after "\u").
static int parse_hex4(Parser *p) {
  int v = p->len - p->pos >= 4 ? hex4(p->s + p->pos) : -1;
  if (v < 0) {
    fail(p, "expected 4 hex digits after \\u");
    return -1;
  }
  for (int i = 0; i < 4; i++)
    advance(p);
  return v;
}

typedef struct {
  char *data;
  size_t len, cap;
} Bytes;

static void bytes_put(Bytes *b, const void *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = 2 * (b->len + n + 1);
    b->data = rt_grow(b->data, b->cap);
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

static void put_utf8(Bytes *b, uint32_t cp) {
  unsigned char u[4];
  int n;
  if (cp < 0x80) {
    u[0] = (unsigned char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (unsigned char)(0xC0 | cp >> 6);
    u[1] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (unsigned char)(0xE0 | cp >> 12);
    u[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (unsigned char)(0xF0 | cp >> 18);
    u[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    u[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  bytes_put(b, u, (size_t)n);
}

// The code point of a \u escape (p just after the backslash), pairing surrogates; -1 on error.
static int64_t parse_unicode_escape(Parser *p) {
  advance(p); // 'u'
  int hi = parse_hex4(p);
  if (hi < 0) return -1;
  if (hi >= 0xDC00 && hi <= 0xDFFF) {
    fail(p, "unpaired low surrogate \\u%04X in string", (unsigned)hi);
    return -1;
  }
  if (hi < 0xD800 || hi > 0xDBFF) return hi;
  if (p->len - p->pos < 2 || p->s[p->pos] != '\\' || p->s[p->pos + 1] != 'u') {
    fail(p, "expected a \\u low surrogate after the high surrogate \\u%04X", (unsigned)hi);
    return -1;
  }
  advance(p);
  advance(p);
  int lo = parse_hex4(p);
  if (lo < 0) return -1;
  if (lo < 0xDC00 || lo > 0xDFFF) {
    fail(p, "expected a low surrogate after \\u%04X, got \\u%04X", (unsigned)hi, (unsigned)lo);
    return -1;
  }
  return 0x10000 + ((int64_t)(hi - 0xD800) << 10) + (lo - 0xDC00);
}

// Appends the escape at p (just after the backslash) to out.
static bool parse_escape(Parser *p, Bytes *out) {
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  int c = peek(p);
  const char *hit = c > 0 ? strchr(from, c) : NULL;
  if (hit) {
    bytes_put(out, &to[hit - from], 1);
    advance(p);
    return true;
  }
  if (c == 'u') {
    int64_t cp = parse_unicode_escape(p);
    if (cp < 0) return false;
    put_utf8(out, (uint32_t)cp);
    return true;
  }
  char buf[16];
  fail(p,
       "invalid escape: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\', got %s",
       here(p, buf));
  return false;
}

// Reads the string at p (on its opening quote) into out.
static bool parse_string_into(Parser *p, Bytes *out) {
  int line = p->line, col = p->col;
  advance(p);
  for (;;) {
    if (at_end(p)) {
      fail(p, "unterminated string (it starts at %d:%d)", line, col);
      return false;
    }
    unsigned char c = p->s[p->pos];
    if (c == '"') {
      advance(p);
      if (!out->data) bytes_put(out, "", 0);
      return true;
    }
    if (c == '\\') {
      advance(p);
      if (!parse_escape(p, out)) return false;
    } else if (c < 0x20) {
      fail(p, "control character U+%04X in string: write it as \\u%04X", c, c);
      return false;
    } else {
      uint32_t cp;
      int n = utf8_decode(p->s + p->pos, p->len - p->pos, &cp);
      if (n == 0) {
        fail(p, "invalid UTF-8 byte 0x%02X in string", c);
        return false;
      }
      bytes_put(out, p->s + p->pos, (size_t)n);
      for (int i = 0; i < n; i++)
        advance(p);
    }
  }
}

static JsonValue *parse_string(Parser *p) {
  JsonValue *v = new_value(p, JSON_STRING);
  Bytes b = {0};
  if (!parse_string_into(p, &b)) {
    free(b.data);
    json_free(v);
    return NULL;
  }
  v->text = b.data;
  v->len = b.len;
  return v;
}

static void push_item(JsonValue *v, JsonValue *item, char *key) {
  if ((v->count & (v->count - 1)) == 0) { // count is 0 or a power of two: double
    size_t cap = v->count ? 2 * v->count : 1;
    v->items = rt_grow(v->items, cap * sizeof *v->items);
    if (v->kind == JSON_OBJECT) v->keys = rt_grow(v->keys, cap * sizeof *v->keys);
  }
  if (v->kind == JSON_OBJECT) v->keys[v->count] = key;
  v->items[v->count++] = item;
}

// After an element of a container: true at ',' (consumed) with the next element ahead,
// false at `close` (consumed) or on error (*ok cleared).
static bool next_element(Parser *p, char close, const char *what, bool *ok) {
  char buf[16];
  skip_ws(p);
  if (peek(p) == close) {
    advance(p);
    return false;
  }
  if (peek(p) != ',') {
    fail(p, "expected ',' or '%c' after %s, got %s", close, what, here(p, buf));
    *ok = false;
    return false;
  }
  advance(p);
  skip_ws(p);
  if (peek(p) == close) {
    fail(p, "trailing comma before '%c'", close);
    *ok = false;
    return false;
  }
  return true;
}

static bool parse_member(Parser *p, JsonValue *obj) {
  char buf[16];
  if (peek(p) != '"') {
    fail(p, "expected a string key, got %s", here(p, buf));
    return false;
  }
  int line = p->line, col = p->col;
  size_t offset = p->pos;
  Bytes key = {0};
  if (!parse_string_into(p, &key)) {
    free(key.data);
    return false;
  }
  if (json_get(obj, key.data)) {
    fail_at(p, offset, line, col, "duplicate key \"%.100s\"", key.data);
    free(key.data);
    return false;
  }
  skip_ws(p);
  if (peek(p) != ':') {
    free(key.data);
    fail(p, "expected ':' after an object key, got %s", here(p, buf));
    return false;
  }
  advance(p);
  JsonValue *item = parse_value(p);
  if (!item) {
    free(key.data);
    return false;
  }
  push_item(obj, item, key.data);
  return true;
}

// object = '{' ws ( '}' | member (',' member)* '}' ) ; member = ws string ws ':' value
static JsonValue *parse_object(Parser *p) {
  JsonValue *v = new_value(p, JSON_OBJECT);
  advance(p);
  skip_ws(p);
  bool ok = true;
  if (peek(p) == '}')
    advance(p);
  else
    do {
      ok = parse_member(p, v);
    } while (ok && next_element(p, '}', "an object member", &ok));
  if (!ok) {
    json_free(v);
    return NULL;
  }
  return v;
}

// array = '[' ws ( ']' | value (',' value)* ']' )
static JsonValue *parse_array(Parser *p) {
  JsonValue *v = new_value(p, JSON_ARRAY);
  advance(p);
  skip_ws(p);
  bool ok = true;
  if (peek(p) == ']')
    advance(p);
  else
    do {
      JsonValue *item = parse_value(p);
      ok = item != NULL;
      if (ok) push_item(v, item, NULL);
    } while (ok && next_element(p, ']', "an array element", &ok));
  if (!ok) {
    json_free(v);
    return NULL;
  }
  return v;
}

// value = ws (object | array | string | number | true | false | null) ws
static JsonValue *parse_value(Parser *p) {
  skip_ws(p);
  if (p->depth >= MAX_DEPTH) return fail(p, "nesting deeper than %d levels", MAX_DEPTH);
  p->depth++;
  JsonValue *v;
  int c = peek(p);
  char buf[16];
  switch (c) {
  case '{':
    v = parse_object(p);
    break;
  case '[':
    v = parse_array(p);
    break;
  case '"':
    v = parse_string(p);
    break;
  case 't':
    v = parse_literal(p, "true", JSON_BOOL, true);
    break;
  case 'f':
    v = parse_literal(p, "false", JSON_BOOL, false);
    break;
  case 'n':
    v = parse_literal(p, "null", JSON_NULL, false);
    break;
  default:
    if (c == '-' || is_digit(c))
      v = parse_number(p);
    else
      v = fail(p, "expected a value (object, array, string, number, true, false or null), got %s",
               here(p, buf));
  }
  p->depth--;
  if (v) skip_ws(p);
  return v;
}

JsonValue *json_parse(const char *text, size_t len, JsonError *err) {
  Parser p = {.s = (const unsigned char *)text, .len = len, .line = 1, .col = 1, .err = err};
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) p.pos = 3;
  JsonValue *v = parse_value(&p);
  if (v && !at_end(&p)) {
    char buf[16];
    fail(&p, "expected the end of input after the JSON value, got %s", here(&p, buf));
    json_free(v);
    return NULL;
  }
  return v;
}

JsonValue *json_parse_file(const char *path, JsonError *err) {
  *err = (JsonError){0};
  FILE *f = fopen(path, "rb");
  Bytes b = {0};
  bool read_ok = f != NULL;
  if (f) {
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
      bytes_put(&b, chunk, n);
    read_ok = !ferror(f);
    fclose(f);
  }
  if (!read_ok) {
    snprintf(err->message, sizeof err->message, "cannot read it: %s", strerror(errno));
    free(b.data);
    return NULL;
  }
  JsonValue *v = json_parse(b.data ? b.data : "", b.len, err);
  free(b.data);
  return v;
}

void json_free(JsonValue *v) {
  if (!v) return;
  for (size_t i = 0; i < v->count; i++) {
    json_free(v->items[i]);
    if (v->keys) free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->text);
  free(v);
}

const JsonValue *json_get(const JsonValue *obj, const char *key) {
  if (!obj || obj->kind != JSON_OBJECT) return NULL;
  for (size_t i = 0; i < obj->count; i++)
    if (strcmp(obj->keys[i], key) == 0) return obj->items[i];
  return NULL;
}

bool json_as_int(const JsonValue *v, int64_t *out) {
  if (!v || v->kind != JSON_NUMBER || strpbrk(v->text, ".eE")) return false;
  errno = 0;
  long long x = strtoll(v->text, NULL, 10);
  if (errno == ERANGE) return false;
  *out = x;
  return true;
}

const char *json_kind_name(JsonKind kind) {
  static const char *const names[] = {"null", "boolean", "number", "string", "array", "object"};
  _Static_assert(sizeof names / sizeof *names == JSON_OBJECT + 1, "one name per JsonKind");
  return names[kind];
}

// ---- Writer ----------------------------------------------------------------------------

static void put(JsonWriter *w, const char *s, size_t n) {
  if (w->len + n + 1 > w->cap) {
    w->cap = 2 * (w->len + n + 1) + 64;
    w->data = rt_grow(w->data, w->cap);
  }
  memcpy(w->data + w->len, s, n);
  w->len += n;
  w->data[w->len] = '\0';
}

static void puts_(JsonWriter *w, const char *s) {
  put(w, s, strlen(s));
}

static void newline(JsonWriter *w) {
  if (!w->indent) return;
  put(w, "\n", 1);
  for (int i = 0; i < w->depth * w->indent; i++)
    put(w, " ", 1);
}

// Separator and indentation before a value (or a key).
static void before(JsonWriter *w) {
  if (w->after_key) {
    w->after_key = false;
    return;
  }
  if (w->depth == 0) {
    if (w->comma) put(w, "\n", 1); // several top-level values: one per line (JSONL)
    return;
  }
  if (w->comma) put(w, ",", 1);
  newline(w);
}

static void open_container(JsonWriter *w, const char *bracket) {
  before(w);
  puts_(w, bracket);
  w->depth++;
  w->comma = false;
}

static void close_container(JsonWriter *w, const char *bracket) {
  w->depth--;
  if (w->comma) newline(w);
  puts_(w, bracket);
  w->comma = true;
}

void jw_begin_object(JsonWriter *w) {
  open_container(w, "{");
}

void jw_end_object(JsonWriter *w) {
  close_container(w, "}");
}

void jw_begin_array(JsonWriter *w) {
  open_container(w, "[");
}

void jw_end_array(JsonWriter *w) {
  close_container(w, "]");
}

// Python's two-character escapes; NULL for other code points.
static const char *short_escape(uint32_t cp) {
  switch (cp) {
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  case '\b':
    return "\\b";
  case '\f':
    return "\\f";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '\t':
    return "\\t";
  default:
    return NULL;
  }
}

static void put_escaped(JsonWriter *w, const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = strlen(s);
  put(w, "\"", 1);
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int len = utf8_decode(u + i, n - i, &cp);
    char buf[16];
    const char *esc = len ? short_escape(cp) : NULL;
    if (len == 0) { // invalid UTF-8: one byte becomes U+FFFD
      cp = 0xFFFD;
      len = 1;
      esc = w->ascii ? "\\ufffd" : "\xEF\xBF\xBD";
    } else if (!esc && (cp < 0x20 || (w->ascii && cp >= 0x7F))) {
      if (cp < 0x10000) {
        snprintf(buf, sizeof buf, "\\u%04x", (unsigned)cp);
      } else {
        uint32_t v = cp - 0x10000;
        snprintf(buf, sizeof buf, "\\u%04x\\u%04x", (unsigned)(0xD800 + (v >> 10)),
                 (unsigned)(0xDC00 + (v & 0x3FF)));
      }
      esc = buf;
    }
    if (esc)
      puts_(w, esc);
    else
      put(w, s + i, (size_t)len);
    i += (size_t)len;
  }
  put(w, "\"", 1);
}

void jw_key(JsonWriter *w, const char *key) {
  before(w);
  put_escaped(w, key);
  puts_(w, w->indent ? ": " : ":");
  w->after_key = true;
}

static void scalar(JsonWriter *w, const char *text) {
  before(w);
  puts_(w, text);
  w->comma = true;
}

void jw_string(JsonWriter *w, const char *s) {
  before(w);
  put_escaped(w, s);
  w->comma = true;
}

void jw_int(JsonWriter *w, int64_t v) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)v);
  scalar(w, buf);
}

// Shortest "%.*g" text of v (max_digits at most) that reads back to the same value as a
// double (is_float false) or a float; integral values below 1e15 without exponent.
static void number(JsonWriter *w, double v, int max_digits, bool is_float) {
  char buf[40];
  if (!isfinite(v)) {
    scalar(w, "null");
    return;
  }
  if (v == trunc(v) && fabs(v) < 1e15) {
    snprintf(buf, sizeof buf, "%.0f", v);
    scalar(w, buf);
    return;
  }
  for (int digits = 1; digits <= max_digits; digits++) {
    snprintf(buf, sizeof buf, "%.*g", digits, v);
    if (is_float ? strtof(buf, NULL) == (float)v : strtod(buf, NULL) == v) break;
  }
  scalar(w, buf);
}

void jw_double(JsonWriter *w, double v) {
  number(w, v, 17, false);
}

void jw_float(JsonWriter *w, float v) {
  number(w, v, 9, true);
}

void jw_bool(JsonWriter *w, bool v) {
  scalar(w, v ? "true" : "false");
}

void jw_null(JsonWriter *w) {
  scalar(w, "null");
}

void jw_reset(JsonWriter *w) {
  w->len = 0;
  if (w->data) w->data[0] = '\0';
  w->depth = 0;
  w->comma = w->after_key = false;
}

void jw_free(JsonWriter *w) {
  free(w->data);
  *w = (JsonWriter){.indent = w->indent, .ascii = w->ascii};
}

void jw_key_int(JsonWriter *w, const char *key, int64_t v) {
  jw_key(w, key);
  jw_int(w, v);
}

void jw_key_double(JsonWriter *w, const char *key, double v) {
  jw_key(w, key);
  jw_double(w, v);
}
