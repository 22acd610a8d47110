// spec_limits.c — stage 1's bounds (spec.h "Limits"): the nesting of the text before libyaml
// reads it, a set of strings for linear duplicate checks, and the sizes of the model the
// spec describes, each product checked in 64 bits, so every later stage's int64_t
// arithmetic and every 32-bit index of the renderers and cuBLAS stays in range.
#include "spec.h"

#include "heads.h"
#include "util.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

// ---- Nesting ----

// Flow collections ([ and {) opened and not yet closed, outside quotes and comments.
size_t spec_too_deep(const char *text, size_t len) {
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < len; i++) {
    char c = text[i];
    if (quote) {
      if (c == '\\' && quote == '"' && i + 1 < len)
        i++;
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) {
      const char *nl = memchr(text + i, '\n', len - i);
      i = nl ? (size_t)(nl - text) : len;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (++depth > SPEC_MAX_DEPTH) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      depth--;
    }
  }
  return SIZE_MAX;
}

// ---- A set of strings ----

struct SpecStrSet {
  int cap;           // a power of two, at least twice the strings added
  const char **keys; // [cap] NULL when empty
  int *index;        // [cap]
};

SpecStrSet *spec_strset_new(int n) {
  SpecStrSet *s = xcalloc(1, sizeof *s);
  s->cap = 16;
  while (s->cap < 2 * n)
    s->cap *= 2;
  s->keys = xcalloc((size_t)s->cap, sizeof *s->keys);
  s->index = xcalloc((size_t)s->cap, sizeof *s->index);
  return s;
}

int spec_strset_add(SpecStrSet *s, const char *key, int index) {
  size_t mask = (size_t)s->cap - 1;
  for (size_t h = (size_t)fnv1a(key, strlen(key)) & mask;; h = (h + 1) & mask) {
    if (!s->keys[h]) {
      s->keys[h] = key;
      s->index[h] = index;
      return -1;
    }
    if (strcmp(s->keys[h], key) == 0) return s->index[h];
  }
}

void spec_strset_free(SpecStrSet *s) {
  free(s->keys);
  free(s->index);
  free(s);
}

// ---- Sizes ----

// The product of f[0..n), false when it exceeds `max` (or int64_t).
static bool product_fits(int n, const int64_t *f, int64_t max, int64_t *out) {
  int64_t p = 1;
  for (int i = 0; i < n; i++)
    if (__builtin_mul_overflow(p, f[i], &p) || p > max) return false;
  *out = p;
  return true;
}

// A tensor the spec implies: its factors, outermost first, and the key each comes from.
typedef struct {
  const char *what; // "parameter `...` [vocab_size, hidden_size]"
  int n;            // factors
  int64_t f[4];
  const char *key[4];
} Tensor;

static bool fail(const Spec *s, const char *text, FILE *err, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static bool fail(const Spec *s, const char *text, FILE *err, const char *key, const char *fmt,
                 ...) {
  va_list ap;
  va_start(ap, fmt);
  spec_verror(err, text, spec_key_loc(s, key), fmt, ap);
  va_end(ap);
  return false;
}

// A tensor over the bound is blamed on its largest factor's key (the last of equals).
static bool check_tensor(const Spec *s, const char *text, FILE *err, const Tensor *t) {
  int64_t n = 0;
  if (product_fits(t->n, t->f, SPEC_MAX_TENSOR_ELEMS, &n)) return true;
  int big = 0;
  StrBuf dims = {0};
  for (int i = 0; i < t->n; i++) {
    if (t->f[i] >= t->f[big]) big = i;
    sb_printf(&dims, "%s%" PRId64, i ? ", " : "", t->f[i]);
  }
  return fail(s, text, err, t->key[big],
              "`%s` %" PRId64 " makes %s = [%s] too large (expected at most %" PRId64
              " elements in one tensor)",
              t->key[big], t->f[big], t->what, dims.data, (int64_t)SPEC_MAX_TENSOR_ELEMS);
}

// Where the head's label count was written: num_labels, else the labels list.
static const char *labels_key(const Spec *s) {
  if (head_info(s->head.type)->labels == LABELS_VOCAB) return "model.vocab_size";
  SrcLoc at = spec_key_loc(s, "head.num_labels");
  bool defaulted = at.line == s->loc.line && at.col == s->loc.col;
  return defaulted ? "head.labels" : "head.num_labels";
}

// An upper bound of the parameter elements, counted in rows of hidden_size: the
// embeddings with their LayerNorm, the pooler, the head (masked_lm: its transform, its
// LayerNorm and the decoder bias; its decoder is the tied word embeddings), then `layers`
// encoder layers; false on overflow. The bounds of check_tensor keep the rows in range.
static bool count_params(const Spec *s, int64_t layers, int64_t *out) {
  const ModelSpec *m = &s->model;
  int64_t h = m->hidden_size, i = m->intermediate_size;
  int64_t rows = m->vocab_size + m->max_position_embeddings + m->type_vocab_size + 2 + h + 1;
  if (s->head.type == HEAD_MASKED_LM)
    rows += h + 3 + (m->vocab_size + h - 1) / h;
  else
    rows += s->head.num_labels + 1;
  // Q, K, V, O and their biases; both feed-forward weights and biases; two LayerNorms.
  int64_t per_layer = 4 * h + 4 + 2 * i + 1 + (i + h - 1) / h + 4;
  int64_t layer_rows, all;
  return !__builtin_mul_overflow(layers, per_layer, &layer_rows) &&
         !__builtin_add_overflow(rows, layer_rows, &all) && !__builtin_mul_overflow(all, h, out);
}

// Keys that several tensors' factors come from.
static const char hk[] = "model.hidden_size", ik[] = "model.intermediate_size",
                  bk[] = "shapes.batch_size";

// Each parameter and each activation at the largest bucket, against SPEC_MAX_TENSOR_ELEMS.
static bool check_tensors(const Spec *s, const char *text, FILE *err) {
  const ModelSpec *m = &s->model;
  int64_t H = m->hidden_size, I = m->intermediate_size, V = m->vocab_size;
  int64_t C = s->head.num_labels, B = s->shapes.batch_size;
  int64_t S = s->shapes.seq_len[s->shapes.n_buckets - 1];
  bool per_token = s->head.type != HEAD_SEQUENCE_CLASSIFICATION;
  char *seq_key = format("shapes.seq_len.%d", s->shapes.n_buckets - 1);
  const char *ck = labels_key(s);
  const Tensor tensors[] = {
      {"parameter `bert.embeddings.word_embeddings.weight` [vocab_size, hidden_size]",
       2,
       {V, H},
       {"model.vocab_size", hk}},
      {"parameter `bert.embeddings.position_embeddings.weight` [max_position_embeddings, "
       "hidden_size]",
       2,
       {m->max_position_embeddings, H},
       {"model.max_position_embeddings", hk}},
      {"parameter `bert.embeddings.token_type_embeddings.weight` [type_vocab_size, hidden_size]",
       2,
       {m->type_vocab_size, H},
       {"model.type_vocab_size", hk}},
      {"each attention weight [hidden_size, hidden_size]", 2, {H, H}, {hk, hk}},
      {"each feed-forward weight [intermediate_size, hidden_size]", 2, {I, H}, {ik, hk}},
      {"the classifier weight [num_labels, hidden_size]", 2, {C, H}, {ck, hk}},
      {"the hidden states [batch_size, seq_len, hidden_size]", 3, {B, S, H}, {bk, seq_key, hk}},
      {"the feed-forward activations [batch_size, seq_len, intermediate_size]",
       3,
       {B, S, I},
       {bk, seq_key, ik}},
      {"the attention scores [batch_size, num_attention_heads, seq_len, seq_len]",
       4,
       {B, m->num_attention_heads, S, S},
       {bk, "model.num_attention_heads", seq_key, seq_key}},
      per_token ? (Tensor){"the logits [batch_size, seq_len, num_labels]",
                           3,
                           {B, S, C},
                           {bk, seq_key, ck}}
                : (Tensor){"the logits [batch_size, num_labels]", 2, {B, C}, {bk, ck}},
  };
  bool fits = true;
  for (size_t t = 0; fits && t < sizeof tensors / sizeof *tensors; t++)
    fits = check_tensor(s, text, err, &tensors[t]);
  free(seq_key);
  return fits;
}

// The parameters' upper bound (count_params), against SPEC_MAX_PARAM_ELEMS.
static bool check_params(const Spec *s, const char *text, FILE *err) {
  const ModelSpec *m = &s->model;
  int64_t n = 0;
  if (!count_params(s, 0, &n) || n > SPEC_MAX_PARAM_ELEMS)
    return fail(s, text, err, "model.hidden_size",
                "`model.hidden_size` %" PRId64
                " makes the embeddings, pooler and head more than %" PRId64
                " parameters (expected at most %" PRId64 " parameter elements in all)",
                m->hidden_size, (int64_t)SPEC_MAX_PARAM_ELEMS, (int64_t)SPEC_MAX_PARAM_ELEMS);
  if (!count_params(s, m->num_hidden_layers, &n) || n > SPEC_MAX_PARAM_ELEMS)
    return fail(s, text, err, "model.num_hidden_layers",
                "`model.num_hidden_layers` %" PRId64 " makes the model more than %" PRId64
                " parameters (expected at most %" PRId64 " parameter elements in all)",
                m->num_hidden_layers, (int64_t)SPEC_MAX_PARAM_ELEMS, (int64_t)SPEC_MAX_PARAM_ELEMS);
  return true;
}

bool spec_check_sizes(const Spec *s, const char *text, FILE *err) {
  return check_tensors(s, text, err) && check_params(s, text, err);
}
