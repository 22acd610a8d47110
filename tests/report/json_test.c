// json_test — runtime/json.c: documents survive parse -> write -> parse, the writer's
// number and string formatting, and every malformed input is an error at the right
// line:col with a message saying what was expected (and never a crash).
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

static int failures;

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      failures++;                                                                                  \
      fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);                                        \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
    }                                                                                              \
  } while (0)

// Writes a parsed tree back through the writer.
static void write_value(JsonWriter *w, const JsonValue *v) {
  switch (v->kind) {
  case JSON_NULL:
    jw_null(w);
    break;
  case JSON_BOOL:
    jw_bool(w, v->boolean);
    break;
  case JSON_NUMBER:
    jw_double(w, v->number);
    break;
  case JSON_STRING:
    jw_string(w, v->text);
    break;
  case JSON_ARRAY:
    jw_begin_array(w);
    for (size_t i = 0; i < v->count; i++)
      write_value(w, v->items[i]);
    jw_end_array(w);
    break;
  case JSON_OBJECT:
    jw_begin_object(w);
    for (size_t i = 0; i < v->count; i++) {
      jw_key(w, v->keys[i]);
      write_value(w, v->items[i]);
    }
    jw_end_object(w);
    break;
  }
}

static bool same_tree(const JsonValue *a, const JsonValue *b) {
  if (a->kind != b->kind || a->count != b->count) return false;
  switch (a->kind) {
  case JSON_BOOL:
    return a->boolean == b->boolean;
  case JSON_NUMBER:
    return a->number == b->number;
  case JSON_STRING:
    return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
  case JSON_ARRAY:
  case JSON_OBJECT:
    for (size_t i = 0; i < a->count; i++)
      if ((a->keys && strcmp(a->keys[i], b->keys[i]) != 0) || !same_tree(a->items[i], b->items[i]))
        return false;
    return true;
  default:
    return true;
  }
}

// parse(text) -> write (compact) == expected, and parse(expected) is the same tree.
static void round_trip(const char *text, const char *expected) {
  JsonError err;
  JsonValue *v = json_parse(text, strlen(text), &err);
  EXPECT(v, "parse %s: %d:%d: %s", text, err.line, err.col, err.message);
  if (!v) return;
  JsonWriter w = {0};
  write_value(&w, v);
  EXPECT(strcmp(w.data, expected) == 0, "round trip of %s\n  got      %s\n  expected %s", text,
         w.data, expected);
  JsonValue *again = json_parse(w.data, w.len, &err);
  EXPECT(again && same_tree(v, again), "rewritten %s parses to a different tree", w.data);
  json_free(again);
  json_free(v);
  jw_free(&w);
}

static void test_round_trips(void) {
  round_trip(" { \"b\" : [1, -0.5, 2.5e3, true, false, null, {}, []], \"a\": \"x\" } ",
             "{\"b\":[1,-0.5,2500,true,false,null,{},[]],\"a\":\"x\"}");
  round_trip("\"\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\\\/\\b\\f\\r\"",
             "\"\xC3\xA9\xF0\x9F\x98\x80\\n\\t\\\"\\\\/\\b\\f\\r\"");
  round_trip("[\"부정\", \"긍정\", \"\\uBD80\\uC815\"]", "[\"부정\",\"긍정\",\"부정\"]");
  round_trip("[1e-12, 0.1, 2e-05, 1E+22, 123456.5, -0, 100000, 0.30000000000000004]",
             "[1e-12,0.1,2e-05,1e+22,123456.5,-0,100000,0.30000000000000004]");
  round_trip("\xEF\xBB\xBF{\"bom\": 1}", "{\"bom\":1}");

  // strings keep embedded NULs (\u0000) and their byte length
  JsonError err;
  JsonValue *v = json_parse("\"a\\u0000b\"", 10, &err);
  EXPECT(v && v->len == 3 && v->text[1] == '\0' && v->text[2] == 'b', "\\u0000 inside a string");
  json_free(v);

  // numbers keep their literal text; json_as_int takes only integer literals
  const char *numbers = "{\"big\": 123456789012345678, \"f\": 1.0, \"e\": 1e3, \"neg\": -7}";
  v = json_parse(numbers, strlen(numbers), &err);
  int64_t i = 0;
  EXPECT(v && strcmp(json_get(v, "big")->text, "123456789012345678") == 0, "number literal text");
  EXPECT(v && json_as_int(json_get(v, "big"), &i) && i == 123456789012345678LL, "json_as_int big");
  EXPECT(v && json_as_int(json_get(v, "neg"), &i) && i == -7, "json_as_int negative");
  EXPECT(v && !json_as_int(json_get(v, "f"), &i) && !json_as_int(json_get(v, "e"), &i),
         "json_as_int refuses 1.0 and 1e3");
  EXPECT(v && !json_get(v, "missing") && !json_get(json_get(v, "f"), "x"), "json_get misses");
  EXPECT(v && json_get(v, "neg")->line == 1 && json_get(v, "neg")->col == 56, "value position");
  json_free(v);
}

static void test_writer(void) {
  JsonWriter w = {.indent = 2, .ascii = true};
  jw_begin_object(&w);
  jw_key(&w, "a");
  jw_begin_array(&w);
  jw_int(&w, 1);
  jw_int(&w, 2);
  jw_begin_object(&w);
  jw_end_object(&w);
  jw_end_array(&w);
  jw_key(&w, "b");
  jw_begin_object(&w);
  jw_key(&w, "c");
  jw_string(&w, "부정");
  jw_key(&w, "d");
  jw_begin_array(&w);
  jw_end_array(&w);
  jw_end_object(&w);
  jw_key(&w, "e");
  jw_null(&w);
  jw_key(&w, "f");
  jw_bool(&w, true);
  jw_key(&w, "g");
  jw_double(&w, 1.5e-12);
  jw_end_object(&w);
  // Python: json.dumps({...}, indent=2)
  const char *python = "{\n  \"a\": [\n    1,\n    2,\n    {}\n  ],\n  \"b\": {\n    \"c\": "
                       "\"\\ubd80\\uc815\",\n    \"d\": []\n  },\n  \"e\": null,\n  \"f\": true,\n"
                       "  \"g\": 1.5e-12\n}";
  EXPECT(strcmp(w.data, python) == 0, "indent=2 layout\n%s", w.data);

  jw_reset(&w);
  jw_string(&w, "부정\xF0\x9F\x98\x80\x01\x7F");
  EXPECT(strcmp(w.data, "\"\\ubd80\\uc815\\ud83d\\ude00\\u0001\\u007f\"") == 0,
         "ensure_ascii escapes: %s", w.data);
  jw_free(&w);

  JsonWriter c = {0};
  jw_begin_array(&c);
  jw_string(&c, "bad \xFF utf8 \xC3\x28 ctl \x1F");
  jw_double(&c, 1.0 / 3.0);
  jw_double(&c, NAN);
  jw_double(&c, -INFINITY);
  jw_float(&c, 0.1f);
  jw_float(&c, 0.6931472f);
  jw_float(&c, 3e-5f);
  jw_int(&c, INT64_MIN);
  jw_end_array(&c);
  const char *expected = "[\"bad \xEF\xBF\xBD utf8 \xEF\xBF\xBD( ctl \\u001f\","
                         "0.3333333333333333,null,null,0.1,0.6931472,3e-05,-9223372036854775808]";
  EXPECT(strcmp(c.data, expected) == 0, "compact writer\n  got      %s\n  expected %s", c.data,
         expected);
  JsonError err;
  JsonValue *v = json_parse(c.data, c.len, &err);
  EXPECT(v != NULL, "writer output with invalid UTF-8 input parses: %s", err.message);
  json_free(v);
  jw_free(&c);
}

// text must fail at line:col with a message containing `want`.
static void bad(const char *text, size_t len, int line, int col, const char *want) {
  JsonError err = {0};
  JsonValue *v = json_parse(text, len, &err);
  EXPECT(!v, "accepted malformed %s", text);
  json_free(v);
  if (v) return;
  EXPECT(err.line == line && err.col == col && strstr(err.message, want),
         "%.40s\n  got      %d:%d: %s\n  expected %d:%d: ...%s...", text, err.line, err.col,
         err.message, line, col, want);
}

#define BAD(text, line, col, want) bad(text, sizeof text - 1, line, col, want)

static void test_errors(void) {
  BAD("", 1, 1, "expected a value");
  BAD("   \n  ", 2, 3, "got end of input");
  BAD("{", 1, 2, "expected a string key, got end of input");
  BAD("{\"a\":1,}", 1, 8, "trailing comma before '}'");
  BAD("[1,2,]", 1, 6, "trailing comma before ']'");
  BAD("[1,2", 1, 5, "expected ',' or ']' after an array element, got end of input");
  BAD("[1 2]", 1, 4, "expected ',' or ']'");
  BAD("{\"a\" 1}", 1, 6, "expected ':' after an object key");
  BAD("{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}' after an object member");
  BAD("{1:2}", 1, 2, "expected a string key, got '1'");
  BAD("{\"a\":1,\"a\":2}", 1, 8, "duplicate key \"a\"");
  BAD("01", 1, 2, "leading zeros");
  BAD("-", 1, 2, "expected a digit after '-'");
  BAD("-x", 1, 2, "expected a digit after '-', got 'x'");
  BAD("1.", 1, 3, "expected a digit after '.'");
  BAD("1e+", 1, 4, "expected a digit after the exponent mark");
  BAD("[0, 1e999]", 1, 5, "out of the range");
  BAD(".5", 1, 1, "expected a value");
  BAD("tru", 1, 1, "expected 'true'");
  BAD("nul", 1, 1, "expected 'null'");
  BAD("NaN", 1, 1, "expected a value");
  BAD("'a'", 1, 1, "got '''");
  BAD("[] x", 1, 4, "expected the end of input after the JSON value, got 'x'");
  BAD("{}\0", 1, 3, "got byte 0x00");
  BAD("\"abc", 1, 5, "unterminated string (it starts at 1:1)");
  BAD("\"a\\x\"", 1, 4, "invalid escape");
  BAD("\"\\u12G4\"", 1, 4, "expected 4 hex digits after \\u");
  BAD("\"\\ud800\"", 1, 8, "expected a \\u low surrogate");
  BAD("\"\\ud800\\u0041\"", 1, 14, "expected a low surrogate after \\uD800, got \\u0041");
  BAD("\"\\udc00\"", 1, 8, "unpaired low surrogate");
  BAD("\"a\tb\"", 1, 3, "control character U+0009");
  BAD("\"a\nb\"", 1, 3, "control character U+000A");
  BAD("\"\xFF\"", 1, 2, "invalid UTF-8 byte 0xFF");
  BAD("\"\xC3\x28\"", 1, 2, "invalid UTF-8 byte 0xC3");
  BAD("\"\xC0\xAF\"", 1, 2, "invalid UTF-8");     // overlong '/'
  BAD("\"\xED\xA0\x80\"", 1, 2, "invalid UTF-8"); // encoded surrogate
  BAD("{\n  \"a\": [1,\n    2,,\n  ]\n}", 3, 7, "expected a value");
  BAD("{\"부정\": tru}", 1, 8, "expected 'true'"); // columns count code points
  BAD("[\r\n\"긍정\",\n  @]", 3, 3, "got '@'");

  char deep[2000];
  memset(deep, '[', sizeof deep);
  bad(deep, sizeof deep, 1, 257, "nesting deeper than 256 levels");

  JsonError err;
  EXPECT(!json_parse_file("/nonexistent/config.json", &err) && err.line == 0 &&
             strstr(err.message, "cannot read it"),
         "missing file: %s", err.message);
}

int main(void) {
  test_round_trips();
  test_writer();
  test_errors();
  if (failures) {
    fprintf(stderr, "json_test: %d failure(s)\n", failures);
    return 1;
  }
  printf("json_test: ok\n");
  return 0;
}
