// spec.c — stage 1: a YAML spec, loaded with libyaml's document API and validated into a
// Spec (spec.h). The file is checked in passes, each stopping at its first error:
//   bytes   at most 1 MiB, valid UTF-8, no tab in indentation, [ and { nested <= 64 deep;
//   YAML    libyaml's syntax errors (its problem mark), exactly one document, a mapping;
//   keys    each section walked against its table of Fields: unknown and duplicate keys,
//           value types and ranges, required keys;
//   spec    cross-field rules (hidden_size % heads, buckets <= max positions, labels),
//           then every tensor's and the parameters' sizes (spec_limits.c).
// Every diagnostic goes through one printer: "FILE:LINE:COL: error: ...", the source line
// and a caret. Lines and columns are 1-based; columns count characters, as libyaml does.
#include "spec.h"

#include "heads.h"

#include "util.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

// ---- Names ----

// A spelling accepted in the spec and the enum value it means; a NULL name ends a table.
// The first spelling of a value is its canonical name (activation_name, ...).
typedef struct {
  const char *name;
  int value;
} EnumName;

static const EnumName HEAD_NAMES[] = {{"sequence_classification", HEAD_SEQUENCE_CLASSIFICATION},
                                      {"token_classification", HEAD_TOKEN_CLASSIFICATION},
                                      {"question_answering", HEAD_QUESTION_ANSWERING},
                                      {"masked_lm", HEAD_MASKED_LM},
                                      {"pretraining", HEAD_PRETRAINING},
                                      {NULL, 0}};
static const EnumName ACTIVATION_NAMES[] = {{"gelu", ACT_GELU},
                                            {"gelu_new", ACT_GELU_TANH},
                                            {"gelu_pytorch_tanh", ACT_GELU_TANH},
                                            {"relu", ACT_RELU},
                                            {NULL, 0}};
static const EnumName STRATEGY_NAMES[] = {{"full", STRATEGY_FULL},
                                          {"feature_extraction", STRATEGY_FEATURE_EXTRACTION},
                                          {"gradual_unfreezing", STRATEGY_GRADUAL_UNFREEZING},
                                          {NULL, 0}};
static const EnumName PRECISION_NAMES[] = {
    {"fp32", PRECISION_FP32}, {"bf16", PRECISION_BF16}, {NULL, 0}};
static const EnumName OPTIMIZER_NAMES[] = {{"adamw", 0}, {NULL, 0}};

// Enum fields are stored through an int.
_Static_assert(sizeof(HeadType) == sizeof(int) && sizeof(Activation) == sizeof(int) &&
                   sizeof(Strategy) == sizeof(int) && sizeof(Precision) == sizeof(int),
               "enums are int-sized");

static const char *enum_name(const EnumName *names, int value) {
  for (; names->name; names++)
    if (names->value == value) return names->name;
  unreachable();
}

const char *head_type_name(HeadType t) {
  return enum_name(HEAD_NAMES, (int)t);
}
const char *activation_name(Activation a) {
  return enum_name(ACTIVATION_NAMES, (int)a);
}
const char *strategy_name(Strategy s) {
  return enum_name(STRATEGY_NAMES, (int)s);
}
const char *precision_name(Precision p) {
  return enum_name(PRECISION_NAMES, (int)p);
}

// ---- Key locations ----

typedef struct {
  char *key; // dotted: "model.hidden_size", "shapes.seq_len.0"
  SrcLoc loc;
} KeyLoc;

struct SpecKeyLocs {
  VEC(KeyLoc) v;
};

static const KeyLoc *find_key_loc(const Spec *spec, const char *key) {
  if (!spec->key_locs) return NULL;
  for (int i = 0; i < spec->key_locs->v.len; i++)
    if (strcmp(spec->key_locs->v.items[i].key, key) == 0) return &spec->key_locs->v.items[i];
  return NULL;
}

SrcLoc spec_key_loc(const Spec *spec, const char *key) {
  const KeyLoc *kl = find_key_loc(spec, key);
  return kl ? kl->loc : spec->loc;
}

typedef VEC(const char *) Names;

// ---- The parser ----

typedef struct {
  const char *text; // the whole file, NUL-terminated
  size_t len;
  yaml_document_t doc;
  Spec *spec;
  FILE *err;
  int n_labels; // names written under head.labels
} Parser;

static bool fail_at(Parser *p, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static bool fail_at(Parser *p, SrcLoc loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  spec_verror(p->err, p->text, loc, fmt, ap);
  va_end(ap);
  return false;
}

static SrcLoc mark_loc(const Parser *p, yaml_mark_t m) {
  return (SrcLoc){p->spec->path, (int)m.line + 1, (int)m.column + 1};
}

static SrcLoc node_loc(const Parser *p, const yaml_node_t *n) {
  return mark_loc(p, n->start_mark);
}

// Line and column of byte `offset`, counting characters as libyaml does.
static SrcLoc offset_loc(const Parser *p, size_t offset) {
  SrcLoc loc = {p->spec->path, 1, 1};
  for (size_t i = spec_has_bom(p->text) ? 3 : 0; i < offset && i < p->len; i++) {
    if (p->text[i] == '\n')
      loc = (SrcLoc){loc.file, loc.line + 1, 1};
    else if ((p->text[i] & 0xC0) != 0x80)
      loc.col++;
  }
  return loc;
}

static void remember(Parser *p, const char *key, SrcLoc loc) {
  vec_push(&p->spec->key_locs->v, ((KeyLoc){xstrdup(key), loc}));
}

static bool written(const Parser *p, const char *key) {
  return find_key_loc(p->spec, key) != NULL;
}

// ---- Bytes: UTF-8 and tabs ----

static bool check_utf8(Parser *p) {
  const unsigned char *u = (const unsigned char *)p->text;
  for (size_t i = 0; i < p->len;) {
    uint32_t cp;
    int len = spec_utf8_decode(u + i, p->len - i, &cp);
    if (len == 0)
      return fail_at(p, offset_loc(p, i), "invalid UTF-8: byte 0x%02X (expected UTF-8 text)", u[i]);
    i += (size_t)len;
  }
  return true;
}

// YAML indents with spaces only; a tab there is the classic invisible mistake.
static bool check_tabs(Parser *p) {
  for (size_t i = 0; i < p->len; i++) {
    bool at_line_start = i == 0 || p->text[i - 1] == '\n';
    if (!at_line_start) continue;
    size_t j = i + strspn(p->text + i, " \t");
    const char *tab = memchr(p->text + i, '\t', j - i);
    if (tab)
      return fail_at(p, offset_loc(p, (size_t)(tab - p->text)),
                     "tab character in indentation (expected spaces: YAML forbids tabs for "
                     "indentation)");
  }
  return true;
}

// ---- Scalars ----

typedef enum { SC_NULL, SC_BOOL, SC_INT, SC_FLOAT, SC_STRING } ScalarClass;

static const char *text_of(const yaml_node_t *n) {
  return (const char *)n->data.scalar.value;
}

static bool is_one_of(const char *s, const char *const *words) {
  for (; *words; words++)
    if (strcmp(s, *words) == 0) return true;
  return false;
}

static const char *skip_digits(const char *s) {
  while (*s >= '0' && *s <= '9')
    s++;
  return s;
}

// [-+]?[0-9]+
static bool match_int(const char *s) {
  if (*s == '-' || *s == '+') s++;
  const char *end = skip_digits(s);
  return end > s && *end == '\0';
}

// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)? — JSON's and YAML 1.2's numbers.
static bool match_float(const char *s) {
  if (*s == '-' || *s == '+') s++;
  const char *int_end = skip_digits(s);
  const char *end = int_end;
  if (*end == '.') end = skip_digits(end + 1);
  if (end == s || (int_end == s && end == s + 1)) return false;
  if (*end == 'e' || *end == 'E') {
    const char *exp = end + 1 + (end[1] == '-' || end[1] == '+');
    end = skip_digits(exp);
    if (end == exp) return false;
  }
  return *end == '\0';
}

// What a scalar means under YAML 1.2's core schema; quoted scalars are always strings.
static ScalarClass classify(const yaml_node_t *n) {
  static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
  static const char *const bools[] = {"true", "True", "TRUE", "false", "False", "FALSE", NULL};
  const char *s = text_of(n);
  if (n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return SC_STRING;
  if (is_one_of(s, nulls)) return SC_NULL;
  if (is_one_of(s, bools)) return SC_BOOL;
  if (match_int(s)) return SC_INT;
  return match_float(s) ? SC_FLOAT : SC_STRING;
}

// Text for a message: its first 40 bytes (whole characters), "..." when it is longer.
static char *clipped(const char *s) {
  int shown = (int)strnlen(s, 41);
  if (shown > 40) {
    shown = 40;
    while (shown > 0 && (s[shown] & 0xC0) == 0x80)
      shown--;
  }
  return format("%.*s%s", shown, s, s[shown] ? "..." : "");
}

// A node for a message: "a mapping", "a list of 3 items", "null", "string `abc`", ...
static char *describe(const yaml_node_t *n) {
  if (n->type == YAML_MAPPING_NODE) return xstrdup("a mapping");
  if (n->type == YAML_SEQUENCE_NODE) {
    long items = n->data.sequence.items.top - n->data.sequence.items.start;
    return format("a list of %ld item%s", items, items == 1 ? "" : "s");
  }
  static const char *const kinds[] = {"null", "boolean", "integer", "number", "string"};
  ScalarClass c = classify(n);
  if (c == SC_NULL) return xstrdup("null");
  return format("%s `%s`", kinds[c], clipped(text_of(n)));
}

// ---- Names and suggestions ----

static char *join_names(const Names *names) {
  StrBuf sb = {0};
  sb_puts(&sb, "");
  for (int i = 0; i < names->len; i++)
    sb_printf(&sb, "%s%s", i ? ", " : "", names->items[i]);
  return sb.data;
}

static Names enum_names(const EnumName *names) {
  Names out = {0};
  for (; names->name; names++)
    vec_push(&out, names->name);
  return out;
}

// "(expected one of: a, b; did you mean `b`?)" or "(expected one of: a, b)".
static char *one_of_hint(const char *got, const Names *names) {
  const char *near = spec_nearest(got, names->items, names->len);
  char *list = join_names(names);
  char *hint = near ? format("(expected one of: %s; did you mean `%s`?)", list, near)
                    : format("(expected one of: %s)", list);
  free(list);
  return hint;
}

// ---- Values ----

typedef enum {
  RANGE_POSITIVE,     // > 0
  RANGE_NON_NEGATIVE, // >= 0
  RANGE_PROBABILITY,  // [0, 1): dropout rates, Adam betas
  RANGE_FRACTION,     // [0, 1]: warmup_ratio
} Range;

static bool in_range(double x, Range r) {
  switch (r) {
  case RANGE_POSITIVE:
    return x > 0;
  case RANGE_NON_NEGATIVE:
    return x >= 0;
  case RANGE_PROBABILITY:
    return x >= 0 && x < 1;
  case RANGE_FRACTION:
    return x >= 0 && x <= 1;
  }
  unreachable();
}

static const char *range_text(Range r, bool integer) {
  switch (r) {
  case RANGE_POSITIVE:
    return integer ? "a positive integer" : "a positive number";
  case RANGE_NON_NEGATIVE:
    return integer ? "a non-negative integer" : "a non-negative number";
  case RANGE_PROBABILITY:
    return "a number in [0, 1)";
  case RANGE_FRACTION:
    return "a number in [0, 1]";
  }
  unreachable();
}

static bool bad_value(Parser *p, const char *what, const yaml_node_t *n, const char *expected) {
  return fail_at(p, node_loc(p, n), "bad value for `%s`: %s (expected %s)", what, describe(n),
                 expected);
}

static bool is_scalar(const yaml_node_t *n, ScalarClass c) {
  return n->type == YAML_SCALAR_NODE && classify(n) == c;
}

// An integer in `r` and at most `max`.
static bool parse_int(Parser *p, const char *what, const yaml_node_t *n, Range r, int64_t max,
                      int64_t *out) {
  if (!is_scalar(n, SC_INT)) return bad_value(p, what, n, range_text(r, true));
  errno = 0;
  long long v = strtoll(text_of(n), NULL, 10);
  if (!in_range((double)v, r)) return bad_value(p, what, n, range_text(r, true));
  if (errno == ERANGE || v > max)
    return bad_value(p, what, n, format("%s at most %" PRId64, range_text(r, true), max));
  *out = v;
  return true;
}

static bool parse_float(Parser *p, const char *what, const yaml_node_t *n, Range r, double *out) {
  if (!is_scalar(n, SC_INT) && !is_scalar(n, SC_FLOAT))
    return bad_value(p, what, n, range_text(r, false));
  double v = strtod(text_of(n), NULL);
  if (!isfinite(v) || !in_range(v, r)) return bad_value(p, what, n, range_text(r, false));
  *out = v;
  return true;
}

static bool parse_enum(Parser *p, const char *what, const yaml_node_t *n, const EnumName *names,
                       int *out) {
  Names all = enum_names(names);
  if (n->type != YAML_SCALAR_NODE || classify(n) == SC_NULL)
    return bad_value(p, what, n, format("one of: %s", join_names(&all)));
  for (const EnumName *e = names; e->name; e++)
    if (strcmp(e->name, text_of(n)) == 0) {
      *out = e->value;
      return true;
    }
  return fail_at(p, node_loc(p, n), "unknown `%s` value `%s` %s", what, clipped(text_of(n)),
                 one_of_hint(text_of(n), &all));
}

// ---- Fields ----

// A key and where its value goes; each section of the spec is a table of them.
typedef struct Field Field;
typedef struct {
  const char *path; // dotted key: "model.hidden_size"
  yaml_node_t *key; // the key's scalar
  yaml_node_t *value;
} Entry;
typedef bool ReadFn(Parser *p, const Field *f, const Entry *e);
struct Field {
  const char *key;
  ReadFn *read;              // parses, checks and stores the value
  size_t offset;             // destination inside Spec; NOWHERE for checked-only keys
  Range range;               // numbers
  bool required;             // an error when the key is not written
  const EnumName *names;     // read_enum
  const struct Field *items; // read_section: the section's keys, ended by a NULL key
  int64_t max;               // read_int64: the largest value; 0 for INT64_MAX
};

enum { NOWHERE = SIZE_MAX };
#define AT(member) offsetof(Spec, member)

// Where field f's value goes in the Spec being parsed.
static void *dest(const Parser *p, const Field *f) {
  check(f->offset != NOWHERE);
  return (char *)p->spec + f->offset;
}

static bool read_int64(Parser *p, const Field *f, const Entry *e) {
  return parse_int(p, e->path, e->value, f->range, f->max ? f->max : INT64_MAX,
                   (int64_t *)dest(p, f));
}

static bool read_int(Parser *p, const Field *f, const Entry *e) {
  int64_t v = 0;
  if (!parse_int(p, e->path, e->value, f->range, INT_MAX, &v)) return false;
  *(int *)dest(p, f) = (int)v;
  return true;
}

static bool read_float(Parser *p, const Field *f, const Entry *e) {
  return parse_float(p, e->path, e->value, f->range, (double *)dest(p, f));
}

static bool read_u64(Parser *p, const Field *f, const Entry *e) {
  const char *expected = "a non-negative integer below 2^64";
  if (!is_scalar(e->value, SC_INT) || text_of(e->value)[0] == '-')
    return bad_value(p, e->path, e->value, expected);
  errno = 0;
  unsigned long long v = strtoull(text_of(e->value), NULL, 10);
  if (errno == ERANGE) return bad_value(p, e->path, e->value, expected);
  *(uint64_t *)dest(p, f) = v;
  return true;
}

static bool read_bool(Parser *p, const Field *f, const Entry *e) {
  if (!is_scalar(e->value, SC_BOOL)) return bad_value(p, e->path, e->value, "true or false");
  char c = text_of(e->value)[0];
  *(bool *)dest(p, f) = c == 't' || c == 'T';
  return true;
}

static bool read_enum(Parser *p, const Field *f, const Entry *e) {
  int v = 0;
  if (!parse_enum(p, e->path, e->value, f->names, &v)) return false;
  if (f->offset != NOWHERE) *(int *)dest(p, f) = v;
  return true;
}

// name: [A-Za-z0-9_-]+, the generated program's file name.
static bool read_name(Parser *p, const Field *f, const Entry *e) {
  static const char allowed[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const yaml_node_t *v = e->value;
  if (v->type != YAML_SCALAR_NODE || classify(v) == SC_NULL ||
      text_of(v)[strspn(text_of(v), allowed)])
    return bad_value(p, e->path, v, "a program name of letters, digits, `_` and `-`");
  *(char **)dest(p, f) = xstrdup(text_of(v));
  return true;
}

// ---- Lists ----

static int list_len(const yaml_node_t *n) {
  return (int)(n->data.sequence.items.top - n->data.sequence.items.start);
}

static yaml_node_t *list_item(Parser *p, const yaml_node_t *n, int i) {
  return yaml_document_get_node(&p->doc, n->data.sequence.items.start[i]);
}

// Remembers item i of list `path` as "path.i" and names it "path[i]" for messages.
static char *item_path(Parser *p, const char *path, int i, const yaml_node_t *item) {
  char *dotted = format("%s.%d", path, i);
  remember(p, dotted, node_loc(p, item));
  free(dotted);
  return format("%s[%d]", path, i);
}

// labels: [name, ...] — distinct, non-empty strings; their count is checked in check_head.
static bool read_labels(Parser *p, const Field *f, const Entry *e) {
  const yaml_node_t *v = e->value;
  if (v->type != YAML_SEQUENCE_NODE || list_len(v) == 0)
    return bad_value(p, e->path, v, "a non-empty list of label names");
  if (list_len(v) > SPEC_MAX_LABELS)
    return fail_at(p, node_loc(p, v), "`%s` has %d names (expected at most %d labels)", e->path,
                   list_len(v), SPEC_MAX_LABELS);
  char **labels = xcalloc((size_t)list_len(v), sizeof *labels);
  SpecStrSet *seen = spec_strset_new(list_len(v));
  for (int i = 0; i < list_len(v); i++) {
    yaml_node_t *item = list_item(p, v, i);
    char *what = item_path(p, e->path, i, item);
    if (item->type != YAML_SCALAR_NODE || classify(item) == SC_NULL ||
        strlen(text_of(item)) != item->data.scalar.length)
      return bad_value(p, what, item, "a label name");
    int j = spec_strset_add(seen, text_of(item), i);
    const yaml_node_t *first = j < 0 ? NULL : list_item(p, v, j);
    if (first)
      return fail_at(
          p, node_loc(p, item),
          "duplicate label `%s` in `%s` (first at line %d, column %d; expected distinct labels)",
          clipped(text_of(item)), e->path, node_loc(p, first).line, node_loc(p, first).col);
    labels[i] = xstrdup(text_of(item));
  }
  spec_strset_free(seen);
  *(char ***)dest(p, f) = labels;
  p->n_labels = list_len(v);
  return true;
}

// seq_len: [n, ...] — positive, strictly increasing; the bound by max_position_embeddings
// is checked in check_shapes.
static bool read_buckets(Parser *p, const Field *f, const Entry *e) {
  (void)f;
  const yaml_node_t *v = e->value;
  if (v->type != YAML_SEQUENCE_NODE)
    return bad_value(p, e->path, v, "a list of sequence lengths such as [32, 64, 128]");
  if (list_len(v) == 0)
    return fail_at(p, node_loc(p, v),
                   "empty bucket list `%s` (expected at least one sequence length)", e->path);
  ShapeSpec *s = &p->spec->shapes;
  s->n_buckets = list_len(v);
  s->seq_len = xcalloc((size_t)s->n_buckets, sizeof *s->seq_len);
  for (int i = 0; i < s->n_buckets; i++) {
    yaml_node_t *item = list_item(p, v, i);
    int64_t len = 0;
    if (!parse_int(p, item_path(p, e->path, i, item), item, RANGE_POSITIVE, INT_MAX, &len))
      return false;
    s->seq_len[i] = (int)len;
    if (i > 0 && len == s->seq_len[i - 1])
      return fail_at(p, node_loc(p, item),
                     "duplicate bucket %d in `%s` (expected strictly increasing lengths)", (int)len,
                     e->path);
    if (i > 0 && len < s->seq_len[i - 1])
      return fail_at(p, node_loc(p, item),
                     "bucket %d in `%s` comes after %d (expected strictly increasing lengths)",
                     (int)len, e->path, s->seq_len[i - 1]);
  }
  return true;
}

// betas: [beta1, beta2], each in [0, 1).
static bool read_betas(Parser *p, const Field *f, const Entry *e) {
  const yaml_node_t *v = e->value;
  if (v->type != YAML_SEQUENCE_NODE || list_len(v) != 2)
    return bad_value(p, e->path, v, "a list of two numbers [beta1, beta2]");
  double *betas[2] = {&p->spec->train.beta1, &p->spec->train.beta2};
  for (int i = 0; i < 2; i++) {
    yaml_node_t *item = list_item(p, v, i);
    if (!parse_float(p, item_path(p, e->path, i, item), item, f->range, betas[i])) return false;
  }
  return true;
}

// strategy: NAME | [NAME, ...] — distinct names, kept in the order written.
static bool read_strategy(Parser *p, const Field *f, const Entry *e) {
  (void)f;
  const yaml_node_t *v = e->value;
  TrainSpec *t = &p->spec->train;
  if (v->type == YAML_SCALAR_NODE) {
    t->n_strategies = 1;
    return parse_enum(p, e->path, v, STRATEGY_NAMES, (int *)&t->strategies[0]);
  }
  if (v->type != YAML_SEQUENCE_NODE || list_len(v) == 0)
    return bad_value(p, e->path, v, "a strategy name or a non-empty list of them");
  if (list_len(v) > STRATEGY_COUNT) // more names than exist: some repeat
    return fail_at(p, node_loc(p, v),
                   "`%s` lists %d strategies (expected distinct names, at most %d)", e->path,
                   list_len(v), STRATEGY_COUNT);
  t->n_strategies = list_len(v);
  for (int i = 0; i < t->n_strategies; i++) {
    yaml_node_t *item = list_item(p, v, i);
    if (!parse_enum(p, item_path(p, e->path, i, item), item, STRATEGY_NAMES,
                    (int *)&t->strategies[i]))
      return false;
    for (int j = 0; j < i; j++)
      if (t->strategies[j] == t->strategies[i])
        return fail_at(p, node_loc(p, item),
                       "duplicate strategy `%s` in `%s` (expected distinct names)", text_of(item),
                       e->path);
  }
  return true;
}

// ---- Sections ----

static bool read_section(Parser *p, const Field *f, const Entry *e);

// A table row: the key, its reader and its destination; the reader's extras follow.
#define KEY(k, fn, dest) .key = (k), .read = (fn), .offset = (dest)

static const Field MODEL_FIELDS[] = {
    {KEY("vocab_size", read_int64, AT(model.vocab_size)), .range = RANGE_POSITIVE,
     .required = true},
    {KEY("hidden_size", read_int64, AT(model.hidden_size)), .range = RANGE_POSITIVE,
     .required = true},
    {KEY("num_hidden_layers", read_int64, AT(model.num_hidden_layers)), .range = RANGE_POSITIVE,
     .required = true, .max = SPEC_MAX_LAYERS},
    {KEY("num_attention_heads", read_int64, AT(model.num_attention_heads)), .range = RANGE_POSITIVE,
     .required = true},
    {KEY("intermediate_size", read_int64, AT(model.intermediate_size)), .range = RANGE_POSITIVE,
     .required = true},
    {KEY("hidden_act", read_enum, AT(model.hidden_act)), .names = ACTIVATION_NAMES},
    {KEY("max_position_embeddings", read_int64, AT(model.max_position_embeddings)),
     .range = RANGE_POSITIVE},
    {KEY("type_vocab_size", read_int64, AT(model.type_vocab_size)), .range = RANGE_POSITIVE},
    {KEY("pad_token_id", read_int64, AT(model.pad_token_id)), .range = RANGE_NON_NEGATIVE},
    {KEY("layer_norm_eps", read_float, AT(model.layer_norm_eps)), .range = RANGE_POSITIVE},
    {KEY("hidden_dropout_prob", read_float, AT(model.hidden_dropout_prob)),
     .range = RANGE_PROBABILITY},
    {KEY("attention_probs_dropout_prob", read_float, AT(model.attention_probs_dropout_prob)),
     .range = RANGE_PROBABILITY},
    {KEY("initializer_range", read_float, AT(model.initializer_range)), .range = RANGE_POSITIVE},
    {.key = NULL}};

static const Field HEAD_FIELDS[] = {
    {KEY("type", read_enum, AT(head.type)), .names = HEAD_NAMES, .required = true},
    {KEY("num_labels", read_int, AT(head.num_labels)), .range = RANGE_POSITIVE},
    {KEY("labels", read_labels, AT(head.labels))},
    {KEY("mlm_probability", read_float, AT(head.mlm_probability)), .range = RANGE_PROBABILITY},
    {KEY("max_masked", read_int64, AT(head.max_masked)), .range = RANGE_POSITIVE},
    {.key = NULL}};

static const Field SHAPES_FIELDS[] = {
    {KEY("batch_size", read_int, AT(shapes.batch_size)), .range = RANGE_POSITIVE, .required = true},
    {KEY("seq_len", read_buckets, AT(shapes.seq_len)), .required = true},
    {.key = NULL}};

static const Field TRAIN_FIELDS[] = {
    {KEY("optimizer", read_enum, NOWHERE), .names = OPTIMIZER_NAMES},
    {KEY("lr", read_float, AT(train.lr)), .range = RANGE_POSITIVE},
    {KEY("betas", read_betas, AT(train.beta1)), .range = RANGE_PROBABILITY},
    {KEY("eps", read_float, AT(train.eps)), .range = RANGE_POSITIVE},
    {KEY("weight_decay", read_float, AT(train.weight_decay)), .range = RANGE_NON_NEGATIVE},
    {KEY("warmup_ratio", read_float, AT(train.warmup_ratio)), .range = RANGE_FRACTION},
    {KEY("epochs", read_int, AT(train.epochs)), .range = RANGE_POSITIVE},
    {KEY("grad_clip", read_float, AT(train.grad_clip)), .range = RANGE_NON_NEGATIVE},
    {KEY("strategy", read_strategy, AT(train.strategies))},
    {KEY("seed", read_u64, AT(train.seed))},
    {.key = NULL}};

static const Field TOKENIZER_FIELDS[] = {
    {KEY("do_lower_case", read_bool, AT(tokenizer.do_lower_case))}, {.key = NULL}};

static const Field TOP_FIELDS[] = {
    {KEY("name", read_name, AT(name)), .required = true},
    {KEY("model", read_section, NOWHERE), .items = MODEL_FIELDS, .required = true},
    {KEY("head", read_section, NOWHERE), .items = HEAD_FIELDS, .required = true},
    {KEY("shapes", read_section, NOWHERE), .items = SHAPES_FIELDS, .required = true},
    {KEY("train", read_section, NOWHERE), .items = TRAIN_FIELDS},
    {KEY("tokenizer", read_section, NOWHERE), .items = TOKENIZER_FIELDS},
    {KEY("precision", read_enum, AT(precision)), .names = PRECISION_NAMES},
    {.key = NULL}};

static const Field *find_field(const Field *fields, const char *key) {
  for (; fields->key; fields++)
    if (strcmp(fields->key, key) == 0) return fields;
  return NULL;
}

// "in `model`", or "at the top level" for the document's own keys.
static char *where(const char *section) {
  return *section ? format("in `%s`", section) : xstrdup("at the top level");
}

static void unknown_key(Parser *p, const Field *fields, const char *section, const yaml_node_t *k) {
  Names keys = {0};
  for (; fields->key; fields++)
    vec_push(&keys, fields->key);
  const char *near = spec_nearest(text_of(k), keys.items, keys.len);
  char *hint = near ? format("(did you mean `%s`?)", near)
                    : format("(expected one of: %s)", join_names(&keys));
  fail_at(p, node_loc(p, k), "unknown key `%s` %s %s", clipped(text_of(k)), where(section), hint);
}

// Key i of `map` if it is a plain name, not repeated and known to `fields`: its Field;
// NULL after reporting the error.
static const Field *check_key(Parser *p, const Field *fields, const char *section,
                              const yaml_node_t *map, int i) {
  yaml_node_pair_t *pairs = map->data.mapping.pairs.start;
  yaml_node_t *k = yaml_document_get_node(&p->doc, pairs[i].key);
  if (k->type != YAML_SCALAR_NODE || classify(k) == SC_NULL) {
    fail_at(p, node_loc(p, k), "bad key %s: %s (expected a key name)", where(section), describe(k));
    return NULL;
  }
  for (int j = 0; j < i; j++) {
    yaml_node_t *prev = yaml_document_get_node(&p->doc, pairs[j].key);
    if (prev->type == YAML_SCALAR_NODE && strcmp(text_of(prev), text_of(k)) == 0) {
      fail_at(p, node_loc(p, k), "duplicate key `%s` %s (first written at line %d)",
              clipped(text_of(k)), where(section), node_loc(p, prev).line);
      return NULL;
    }
  }
  const Field *f = find_field(fields, text_of(k));
  if (!f) unknown_key(p, fields, section, k);
  return f;
}

static char *join_path(const char *section, const char *key) {
  return *section ? format("%s.%s", section, key) : xstrdup(key);
}

// Reads every key of `map` into the Spec, then requires the section's required keys;
// a missing key is reported at `at`, where the section starts.
static bool read_mapping(Parser *p, const Field *fields, const char *section,
                         const yaml_node_t *map, SrcLoc at) {
  yaml_node_pair_t *pairs = map->data.mapping.pairs.start;
  int n = (int)(map->data.mapping.pairs.top - pairs);
  for (int i = 0; i < n; i++) {
    const Field *f = check_key(p, fields, section, map, i);
    if (!f) return false;
    Entry e = {join_path(section, f->key), yaml_document_get_node(&p->doc, pairs[i].key),
               yaml_document_get_node(&p->doc, pairs[i].value)};
    remember(p, e.path, node_loc(p, e.value));
    if (!f->read(p, f, &e)) return false;
  }
  for (; fields->key; fields++) {
    char *path = join_path(section, fields->key);
    bool present = written(p, path);
    free(path);
    if (fields->required && !present)
      return fail_at(p, at, "missing required key `%s` %s", fields->key, where(section));
  }
  return true;
}

static bool read_section(Parser *p, const Field *f, const Entry *e) {
  if (e->value->type != YAML_MAPPING_NODE)
    return bad_value(p, e->path, e->value, format("a mapping of `%s` keys", e->path));
  return read_mapping(p, f->items, e->path, e->value, node_loc(p, e->key));
}

// ---- Cross-field rules ----

static bool check_model(Parser *p) {
  const ModelSpec *m = &p->spec->model;
  if (m->hidden_size % m->num_attention_heads != 0)
    return fail_at(p, spec_key_loc(p->spec, "model.hidden_size"),
                   "`model.hidden_size` %" PRId64
                   " is not divisible by `model.num_attention_heads` %" PRId64
                   " (expected a multiple of %" PRId64 ")",
                   m->hidden_size, m->num_attention_heads, m->num_attention_heads);
  if (m->pad_token_id >= m->vocab_size)
    return fail_at(p, spec_key_loc(p->spec, "model.pad_token_id"),
                   "`model.pad_token_id` %" PRId64
                   " is outside the vocabulary (expected an id below "
                   "`model.vocab_size` %" PRId64 ")",
                   m->pad_token_id, m->vocab_size);
  return true;
}

// num_labels is fixed by QA (2) and MLM (vocab_size); elsewhere labels may set it.
static bool check_num_labels(Parser *p) {
  HeadSpec *h = &p->spec->head;
  LabelRule rule = head_info(h->type)->labels;
  int64_t fixed = rule == LABELS_SPANS ? 2 : rule == LABELS_VOCAB ? p->spec->model.vocab_size : 0;
  if (fixed && written(p, "head.num_labels") && h->num_labels != fixed)
    return fail_at(p, spec_key_loc(p->spec, "head.num_labels"),
                   "`head.num_labels` is %d but a %s head has %" PRId64 " (expected %" PRId64
                   " or no num_labels)",
                   h->num_labels, head_type_name(h->type), fixed, fixed);
  if (fixed > INT_MAX)
    return fail_at(p, spec_key_loc(p->spec, "model.vocab_size"),
                   "`model.vocab_size` %" PRId64
                   " is too large for a masked_lm head (expected at most %d)",
                   fixed, INT_MAX);
  if (fixed) h->num_labels = (int)fixed;
  return true;
}

// Entity tags: O, B-TYPE or I-TYPE, as KLUE-NER and CoNLL write them.
static bool is_iob_tag(const char *s) {
  return strcmp(s, "O") == 0 || ((s[0] == 'B' || s[0] == 'I') && s[1] == '-' && s[2]);
}

static bool check_iob_labels(Parser *p) {
  HeadSpec *h = &p->spec->head;
  if (!written(p, "head.labels"))
    return fail_at(p, spec_key_loc(p->spec, "head"),
                   "a %s head needs `head.labels` (expected its tags, e.g. labels: [O, B-PS, "
                   "I-PS, B-LC, I-LC])",
                   head_type_name(h->type));
  bool outside = false;
  for (int i = 0; i < h->num_labels; i++) {
    outside |= strcmp(h->labels[i], "O") == 0;
    if (is_iob_tag(h->labels[i])) continue;
    char *key = format("head.labels.%d", i);
    SrcLoc at = spec_key_loc(p->spec, key);
    free(key);
    return fail_at(p, at, "label `%s` is not an entity tag (expected O, B-TYPE or I-TYPE)",
                   clipped(h->labels[i]));
  }
  if (!outside)
    return fail_at(p, spec_key_loc(p->spec, "head.labels"),
                   "`head.labels` has no `O` (expected the tag of tokens outside every entity)");
  return true;
}

// mlm_probability and max_masked belong to the heads that predict masked tokens.
static bool check_masking(Parser *p) {
  const HeadSpec *h = &p->spec->head;
  bool masks = head_info(h->type)->labels == LABELS_VOCAB;
  static const char *const keys[] = {"head.mlm_probability", "head.max_masked"};
  for (int i = 0; i < 2; i++)
    if (!masks && written(p, keys[i]))
      return fail_at(p, spec_key_loc(p->spec, keys[i]),
                     "`%s` given for a %s head (expected it only for masked_lm and pretraining "
                     "heads)",
                     keys[i], head_type_name(h->type));
  if (h->mlm_probability <= 0)
    return fail_at(p, spec_key_loc(p->spec, "head.mlm_probability"),
                   "`head.mlm_probability` is 0 (expected a number in (0, 1))");
  return true;
}

static bool check_head(Parser *p) {
  HeadSpec *h = &p->spec->head;
  const HeadInfo *info = head_info(h->type);
  if (!info->supported)
    return fail_at(p, spec_key_loc(p->spec, "head.type"),
                   "head type `%s` (%s) is not supported by this bertc yet (expected one of: %s)",
                   head_type_name(h->type), info->hf_architecture, heads_supported_list());
  bool has_labels = written(p, "head.labels");
  if (info->labels == LABELS_SPANS && (has_labels || written(p, "head.num_labels"))) {
    const char *key = has_labels ? "head.labels" : "head.num_labels";
    return fail_at(p, spec_key_loc(p->spec, key),
                   "`%s` given for a %s head (expected none: its outputs are the start and end "
                   "logits of the answer span, over the tokens)",
                   key, head_type_name(h->type));
  }
  if (has_labels && info->labels == LABELS_VOCAB)
    return fail_at(p, spec_key_loc(p->spec, "head.labels"),
                   "`head.labels` given for a %s head (expected no labels: it predicts the "
                   "vocabulary)",
                   head_type_name(h->type));
  if (has_labels && !written(p, "head.num_labels")) h->num_labels = p->n_labels;
  if (info->labels != LABELS_VOCAB && h->num_labels > SPEC_MAX_LABELS)
    return fail_at(p, spec_key_loc(p->spec, "head.num_labels"),
                   "`head.num_labels` is %d (expected at most %d labels)", h->num_labels,
                   SPEC_MAX_LABELS);
  if (!check_num_labels(p)) return false;
  if (has_labels && p->n_labels != h->num_labels)
    return fail_at(p, spec_key_loc(p->spec, "head.labels"),
                   "`head.labels` has %d names but `head.num_labels` is %d (expected %d names)",
                   p->n_labels, h->num_labels, h->num_labels);
  if (!check_masking(p)) return false;
  if (info->labels == LABELS_IOB) return check_iob_labels(p);
  if (!has_labels && info->labels != LABELS_VOCAB) {
    h->labels = xcalloc((size_t)h->num_labels, sizeof *h->labels);
    for (int i = 0; i < h->num_labels; i++)
      h->labels[i] = format("LABEL_%d", i);
  }
  return true;
}

static bool check_shapes(Parser *p) {
  const ShapeSpec *s = &p->spec->shapes;
  int64_t max = p->spec->model.max_position_embeddings;
  for (int i = 0; i < s->n_buckets; i++) {
    if (s->seq_len[i] <= max) continue;
    char *key = format("shapes.seq_len.%d", i);
    return fail_at(
        p, spec_key_loc(p->spec, key),
        "bucket %d in `shapes.seq_len` is longer than `model.max_position_embeddings` %" PRId64
        " (expected at most %" PRId64 ")",
        s->seq_len[i], max, max);
  }
  return true;
}

// ---- Entry point ----

static void set_defaults(Spec *s, const char *path) {
  *s = (Spec){0};
  s->path = xstrdup(path);
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  const char *dot = strrchr(base, '.');
  s->stem = format("%.*s", (int)(dot && dot > base ? (size_t)(dot - base) : strlen(base)), base);
  s->model = (ModelSpec){.hidden_act = ACT_GELU,
                         .max_position_embeddings = 512,
                         .type_vocab_size = 2,
                         .layer_norm_eps = 1e-12,
                         .hidden_dropout_prob = 0.1,
                         .attention_probs_dropout_prob = 0.1,
                         .initializer_range = 0.02};
  s->head.num_labels = 2;
  s->head.mlm_probability = 0.15;
  s->train = (TrainSpec){.lr = 2e-5,
                         .beta1 = 0.9,
                         .beta2 = 0.999,
                         .eps = 1e-8,
                         .weight_decay = 0.01,
                         .warmup_ratio = 0.1,
                         .epochs = 3,
                         .grad_clip = 1.0,
                         .n_strategies = 1,
                         .strategies = {STRATEGY_FULL},
                         .seed = 42};
  s->precision = PRECISION_FP32;
  s->loc = (SrcLoc){s->path, 1, 1};
  s->key_locs = xcalloc(1, sizeof *s->key_locs);
}

static bool fail_yaml(Parser *p, const yaml_parser_t *y) {
  if (y->error == YAML_MEMORY_ERROR) fatal("out of memory parsing %s", p->spec->path);
  if (y->error == YAML_READER_ERROR)
    return fail_at(p, offset_loc(p, y->problem_offset), "invalid YAML: %s (expected UTF-8 text)",
                   y->problem);
  SrcLoc at = mark_loc(p, y->problem_mark);
  if (!y->context) return fail_at(p, at, "invalid YAML: %s", y->problem);
  SrcLoc ctx = mark_loc(p, y->context_mark);
  return fail_at(p, at, "invalid YAML: %s (%s at line %d, column %d)", y->problem, y->context,
                 ctx.line, ctx.col);
}

// Loads the one YAML document of the file into p->doc; its root is a mapping.
static bool load_document(Parser *p, yaml_parser_t *y) {
  yaml_parser_set_input_string(y, (const unsigned char *)p->text, p->len);
  if (!yaml_parser_load(y, &p->doc)) return fail_yaml(p, y);
  yaml_node_t *root = yaml_document_get_root_node(&p->doc);
  if (!root)
    return fail_at(p, p->spec->loc,
                   "empty spec (expected a mapping with the keys name, model, head, shapes)");
  p->spec->loc = node_loc(p, root);
  if (root->type != YAML_MAPPING_NODE)
    return fail_at(
        p, p->spec->loc,
        "the top level is %s (expected a mapping with the keys name, model, head, shapes)",
        describe(root));
  yaml_document_t next;
  if (!yaml_parser_load(y, &next)) return fail_yaml(p, y);
  yaml_node_t *extra = yaml_document_get_root_node(&next);
  SrcLoc extra_at = extra ? mark_loc(p, next.start_mark) : (SrcLoc){0};
  yaml_document_delete(&next);
  if (extra) return fail_at(p, extra_at, "a second YAML document (expected one spec per file)");
  return true;
}

static bool parse_text(Parser *p) {
  if (!check_utf8(p) || !check_tabs(p)) return false;
  size_t deep = spec_too_deep(p->text, p->len);
  if (deep != SIZE_MAX)
    return fail_at(p, offset_loc(p, deep),
                   "lists and mappings nested more than %d deep (expected at most %d levels)",
                   SPEC_MAX_DEPTH, SPEC_MAX_DEPTH);
  yaml_parser_t y;
  if (!yaml_parser_initialize(&y)) fatal("out of memory initialising libyaml");
  bool ok = load_document(p, &y);
  yaml_parser_delete(&y);
  if (!ok) return false;
  yaml_node_t *root = yaml_document_get_root_node(&p->doc);
  return read_mapping(p, TOP_FIELDS, "", root, p->spec->loc) && check_model(p) && check_head(p) &&
         check_shapes(p) && spec_check_sizes(p->spec, p->text, p->err);
}

bool spec_parse(const char *path, Spec *out, FILE *err) {
  set_defaults(out, path);
  Parser p = {.spec = out, .err = err};
  char *text = read_file(path, &p.len);
  if (!text) {
    fprintf(err, "%s: error: cannot read the spec: %s\n", path, strerror(errno));
    return false;
  }
  p.text = text;
  bool ok = p.len <= SPEC_MAX_FILE_BYTES
                ? parse_text(&p)
                : fail_at(&p, offset_loc(&p, SPEC_MAX_FILE_BYTES),
                          "the spec is %zu bytes (expected at most %d bytes)", p.len,
                          SPEC_MAX_FILE_BYTES);
  yaml_document_delete(&p.doc);
  free(text);
  return ok;
}
