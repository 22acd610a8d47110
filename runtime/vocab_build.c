// vocab_build.c — WordPiece vocabulary training (vocab_build.h).
//
// 1. count the words of the corpus (tok_pretokenize: the tokenizer's own normalization);
// 2. alphabet = the alphabet_limit most frequent characters; every word becomes its first
//    character plus "##" continuations of the rest (characters outside the alphabet dropped);
// 3. repeatedly merge the most frequent adjacent pair of symbols (a, b) into a new symbol
//    a + b-without-"##", updating pair counts only in the words that hold the pair
//    (a max-heap with lazy invalidation, as HF's BpeTrainer).
#include "vocab_build.h"

#include "ner_data.h"
#include "qa_data.h"
#include "rt_util.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tok_unicode.h"
#include "tokenizer.h"

enum { BERT_RESERVED = 104 }; // [PAD], [unused1..99], [UNK], [CLS], [SEP], [MASK]

#define PUSH(arr, len, cap, x)                                                                     \
  do {                                                                                             \
    if ((len) == (cap)) (arr) = rt_grow((arr), (size_t)((cap) = 2 * (cap) + 16) * sizeof *(arr));  \
    (arr)[(len)++] = (x);                                                                          \
  } while (0)

static uint64_t hash_str(const char *s, size_t len) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
  return h;
}

static uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return x;
}

// ---- A string -> int map (words, symbols) ----------------------------------------------

typedef struct {
  char **keys;     // (n) owned strings
  int64_t *values; // (n)
  int n, cap;
  int32_t *slots; // (mask+1) index+1
  uint32_t mask;
} StrMap;

static void strmap_rehash(StrMap *m) {
  uint32_t size = m->slots ? 2 * (m->mask + 1) : 1024;
  free(m->slots);
  m->slots = calloc(size, sizeof *m->slots);
  m->mask = size - 1;
  for (int i = 0; i < m->n; i++) {
    uint32_t j = (uint32_t)hash_str(m->keys[i], strlen(m->keys[i])) & m->mask;
    while (m->slots[j])
      j = (j + 1) & m->mask;
    m->slots[j] = i + 1;
  }
}

// The index of key s[0, len); when absent -1, or with `add` a new entry of value 0.
static int strmap_find(StrMap *m, const char *s, size_t len, bool add) {
  if (!m->slots || 2u * (uint32_t)m->n >= m->mask) strmap_rehash(m);
  uint32_t j = (uint32_t)hash_str(s, len) & m->mask;
  for (; m->slots[j]; j = (j + 1) & m->mask) {
    const char *k = m->keys[m->slots[j] - 1];
    if (strncmp(k, s, len) == 0 && k[len] == 0) return m->slots[j] - 1;
  }
  if (!add) return -1;
  char *key = rt_grow(NULL, len + 1);
  memcpy(key, s, len);
  key[len] = 0;
  if (m->n == m->cap) {
    m->cap = 2 * m->cap + 1024;
    m->keys = rt_grow(m->keys, (size_t)m->cap * sizeof *m->keys);
    m->values = rt_grow(m->values, (size_t)m->cap * sizeof *m->values);
  }
  m->keys[m->n] = key;
  m->values[m->n] = 0;
  m->slots[j] = ++m->n;
  return m->n - 1;
}

static void strmap_free(StrMap *m) {
  for (int i = 0; i < m->n; i++)
    free(m->keys[i]);
  free(m->keys);
  free(m->values);
  free(m->slots);
}

// ---- Counting words --------------------------------------------------------------------

static void count_word(void *ctx, const char *word, size_t len, int chars) {
  (void)chars;
  StrMap *words = ctx;
  int i = strmap_find(words, word, len, true);
  words->values[i]++;
}

static bool is_nsmc_header(const char *line, size_t len) {
  return len >= 18 && memcmp(line, "id\tdocument\tlabel", 17) == 0 &&
         (len == 17 || line[17] == '\r' || line[17] == '\n');
}

// Token-classification data (KLUE-NER, CoNLL): the sentences' text, not the tag columns.
static int count_ner_file(StrMap *words, const char *path, bool lower, char *err, size_t err_size) {
  NerData data;
  int status = ner_load(&data, path, NULL, false, err, err_size);
  for (int i = 0; !status && i < data.n; i++)
    tok_pretokenize(data.sents[i].text, strlen(data.sents[i].text), lower, count_word, words);
  if (!status) ner_free(&data);
  return status;
}

static bool is_ner_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  char head[1 << 16];
  size_t n = fread(head, 1, sizeof head, f);
  fclose(f);
  while (n > 0 && n == sizeof head && ((unsigned char)head[n - 1] & 0xC0) == 0x80)
    n--; // sniff whole code points
  return ner_sniff(head, n);
}

// Question-answering data (SQuAD / KorQuAD JSON): each paragraph's context and each question.
static int count_qa_file(StrMap *words, const char *path, bool lower, char *err, size_t err_size) {
  QaData data;
  int status = qa_load(&data, path, false, err, err_size);
  if (status) return status;
  for (int i = 0; i < data.n_paragraphs; i++)
    tok_pretokenize(data.paragraphs[i].context, strlen(data.paragraphs[i].context), lower,
                    count_word, words);
  for (int i = 0; i < data.n_questions; i++)
    tok_pretokenize(data.questions[i].question, strlen(data.questions[i].question), lower,
                    count_word, words);
  qa_free(&data);
  return 0;
}

// A JSON object whose first key is "version" or "data" (SQuAD's layout; JSON text is never a
// corpus of sentences).
static bool is_qa_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return false;
  char head[256];
  size_t n = fread(head, 1, sizeof head - 1, f);
  fclose(f);
  head[n] = 0;
  const char *c = head;
  while (*c == ' ' || *c == '\t' || *c == '\r' || *c == '\n')
    c++;
  if (*c++ != '{') return false;
  while (*c == ' ' || *c == '\t' || *c == '\r' || *c == '\n')
    c++;
  return !strncmp(c, "\"version\"", 9) || !strncmp(c, "\"data\"", 6);
}

static int count_file(StrMap *words, const char *path, bool lower, char *err, size_t err_size) {
  if (is_ner_file(path)) return count_ner_file(words, path, lower, err, err_size);
  if (is_qa_file(path)) return count_qa_file(words, path, lower, err, err_size);
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, err_size, "%s: cannot read corpus: %s", path, strerror(errno));
    return 2;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  bool nsmc = false;
  for (long lineno = 1; (n = getline(&line, &cap, f)) >= 0; lineno++) {
    const char *text = line;
    size_t len = (size_t)n;
    if (lineno == 1 && is_nsmc_header(line, len + 1)) {
      nsmc = true;
      continue;
    }
    if (nsmc) { // id<TAB>document<TAB>label: the document only
      const char *t1 = memchr(line, '\t', len);
      const char *t2 = t1 ? memchr(t1 + 1, '\t', len - (size_t)(t1 + 1 - line)) : NULL;
      if (!t2) continue;
      text = t1 + 1;
      len = (size_t)(t2 - text);
    }
    tok_pretokenize(text, len, lower, count_word, words);
  }
  free(line);
  fclose(f);
  return 0;
}

// ---- Merging ---------------------------------------------------------------------------

typedef struct {
  int32_t *syms; // (len) current symbols of the word
  int len;
  int64_t count;
} Word;

typedef struct {
  int64_t count;
  int32_t a, b;
} Merge;

typedef struct {
  StrMap syms; // symbol text -> id
  Word *words; // (n_words)
  int n_words;
  // pair (a, b) -> index p: counts[p], where[p] = words that may hold it
  uint64_t *pair_keys;
  int32_t *pair_slots;
  uint32_t pair_mask;
  int64_t *pair_counts;
  int32_t **where;
  int *where_len, *where_cap;
  int n_pairs, pairs_cap;
  Merge *heap;
  int heap_len, heap_cap;
  int *stamp; // (n_words) last merge that touched the word
} Trainer;

static int pair_index(Trainer *t, int32_t a, int32_t b) {
  uint64_t key = (uint64_t)(uint32_t)a << 32 | (uint32_t)b;
  if (!t->pair_slots || 2u * (uint32_t)t->n_pairs >= t->pair_mask) {
    uint32_t size = t->pair_slots ? 2 * (t->pair_mask + 1) : 1u << 16;
    free(t->pair_slots);
    t->pair_slots = calloc(size, sizeof *t->pair_slots);
    t->pair_mask = size - 1;
    for (int p = 0; p < t->n_pairs; p++) {
      uint32_t j = (uint32_t)mix(t->pair_keys[p]) & t->pair_mask;
      while (t->pair_slots[j])
        j = (j + 1) & t->pair_mask;
      t->pair_slots[j] = p + 1;
    }
  }
  uint32_t j = (uint32_t)mix(key) & t->pair_mask;
  for (; t->pair_slots[j]; j = (j + 1) & t->pair_mask)
    if (t->pair_keys[t->pair_slots[j] - 1] == key) return t->pair_slots[j] - 1;
  if (t->n_pairs == t->pairs_cap) {
    t->pairs_cap = 2 * t->pairs_cap + 4096;
    size_t c = (size_t)t->pairs_cap;
    t->pair_keys = rt_grow(t->pair_keys, c * sizeof *t->pair_keys);
    t->pair_counts = rt_grow(t->pair_counts, c * sizeof *t->pair_counts);
    t->where = rt_grow(t->where, c * sizeof *t->where);
    t->where_len = rt_grow(t->where_len, c * sizeof *t->where_len);
    t->where_cap = rt_grow(t->where_cap, c * sizeof *t->where_cap);
  }
  int p = t->n_pairs++;
  t->pair_keys[p] = key;
  t->pair_counts[p] = 0;
  t->where[p] = NULL;
  t->where_len[p] = t->where_cap[p] = 0;
  t->pair_slots[j] = p + 1;
  return p;
}

static void add_pair(Trainer *t, int32_t a, int32_t b, int64_t delta, int word) {
  int p = pair_index(t, a, b);
  t->pair_counts[p] += delta;
  if (delta > 0 && (t->where_len[p] == 0 || t->where[p][t->where_len[p] - 1] != word))
    PUSH(t->where[p], t->where_len[p], t->where_cap[p], word);
}

// Heap order: higher count first, then the pair of older symbols.
static bool before(const Merge *x, const Merge *y) {
  if (x->count != y->count) return x->count > y->count;
  if (x->a != y->a) return x->a < y->a;
  return x->b < y->b;
}

static void heap_push(Trainer *t, Merge m) {
  PUSH(t->heap, t->heap_len, t->heap_cap, m);
  for (int i = t->heap_len - 1; i > 0;) {
    int parent = (i - 1) / 2;
    if (!before(&t->heap[i], &t->heap[parent])) break;
    Merge tmp = t->heap[i];
    t->heap[i] = t->heap[parent];
    t->heap[parent] = tmp;
    i = parent;
  }
}

static Merge heap_pop(Trainer *t) {
  Merge top = t->heap[0];
  t->heap[0] = t->heap[--t->heap_len];
  for (int i = 0;;) {
    int l = 2 * i + 1, r = l + 1, best = i;
    if (l < t->heap_len && before(&t->heap[l], &t->heap[best])) best = l;
    if (r < t->heap_len && before(&t->heap[r], &t->heap[best])) best = r;
    if (best == i) break;
    Merge tmp = t->heap[i];
    t->heap[i] = t->heap[best];
    t->heap[best] = tmp;
    i = best;
  }
  return top;
}

// The symbol a + b (b's "##" dropped).
static int32_t merged_symbol(Trainer *t, int32_t a, int32_t b) {
  const char *sa = t->syms.keys[a], *sb = t->syms.keys[b];
  if (sb[0] == '#' && sb[1] == '#') sb += 2;
  size_t la = strlen(sa), lb = strlen(sb);
  char *s = rt_grow(NULL, la + lb + 1);
  memcpy(s, sa, la);
  memcpy(s + la, sb, lb + 1);
  int32_t id = strmap_find(&t->syms, s, la + lb, true);
  free(s);
  return id;
}

// Replaces every (a, b) by c in the words that hold it, keeping pair counts exact.
static void apply_merge(Trainer *t, int p, int32_t a, int32_t b, int32_t c, int merge_no) {
  int n_where = t->where_len[p];
  int32_t *where = t->where[p];
  t->where[p] = NULL;
  t->where_len[p] = t->where_cap[p] = 0;
  int first_new = t->n_pairs;
  for (int k = 0; k < n_where; k++) {
    int wi = where[k];
    if (t->stamp[wi] == merge_no) continue;
    t->stamp[wi] = merge_no;
    Word *w = &t->words[wi];
    int o = 0;
    for (int i = 0; i < w->len; i++) {
      if (i + 1 < w->len && w->syms[i] == a && w->syms[i + 1] == b) {
        if (o > 0) {
          add_pair(t, w->syms[o - 1], a, -w->count, wi);
          add_pair(t, w->syms[o - 1], c, w->count, wi);
        }
        if (i + 2 < w->len) {
          add_pair(t, b, w->syms[i + 2], -w->count, wi);
          add_pair(t, c, w->syms[i + 2], w->count, wi);
        }
        w->syms[o++] = c;
        i++;
      } else {
        w->syms[o++] = w->syms[i];
      }
    }
    w->len = o;
  }
  free(where);
  t->pair_counts[p] = 0;
  for (int q = first_new; q < t->n_pairs; q++) {
    uint64_t key = t->pair_keys[q];
    if (t->pair_counts[q] > 0)
      heap_push(t, (Merge){t->pair_counts[q], (int32_t)(key >> 32), (int32_t)(uint32_t)key});
  }
}

// ---- Alphabet --------------------------------------------------------------------------

typedef struct {
  int32_t cp;
  int64_t count;
} CharCount;

static int by_count_desc(const void *x, const void *y) {
  const CharCount *a = x, *b = y;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  return a->cp < b->cp ? -1 : a->cp > b->cp;
}

static int by_cp(const void *x, const void *y) {
  const CharCount *a = x, *b = y;
  return a->cp < b->cp ? -1 : a->cp > b->cp;
}

static size_t encode_utf8(char *o, int32_t cp) {
  if (cp < 0x80) return o[0] = (char)cp, 1;
  if (cp < 0x800) return o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F)), 2;
  if (cp < 0x10000)
    return o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | (cp >> 6 & 0x3F)),
           o[2] = (char)(0x80 | (cp & 0x3F)), 3;
  return o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | (cp >> 12 & 0x3F)),
         o[2] = (char)(0x80 | (cp >> 6 & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F)), 4;
}

// Symbol ids of the alphabet (sorted by code point) and of its "##" forms; fills t->words.
static void split_words(Trainer *t, const StrMap *words, int alphabet_limit) {
  CharCount *chars = NULL;
  int n_chars = 0, cap = 0;
  StrMap char_index = {0};
  for (int i = 0; i < words->n; i++) {
    const uint8_t *s = (const uint8_t *)words->keys[i];
    size_t len = strlen((const char *)s);
    for (size_t j = 0; j < len;) {
      int32_t cp;
      size_t k = tok_utf8_next(s + j, len - j, &cp);
      int ci = strmap_find(&char_index, (const char *)s + j, k, true);
      if (ci == n_chars) PUSH(chars, n_chars, cap, ((CharCount){cp, 0}));
      chars[ci].count += words->values[i];
      j += k;
    }
  }
  strmap_free(&char_index);
  if (n_chars > 0) { // chars is NULL for an empty corpus, which qsort may not be given
    qsort(chars, (size_t)n_chars, sizeof *chars, by_count_desc);
    if (n_chars > alphabet_limit) n_chars = alphabet_limit;
    qsort(chars, (size_t)n_chars, sizeof *chars, by_cp);
  }
  char buf[8] = "##";
  for (int i = 0; i < n_chars; i++)
    strmap_find(&t->syms, buf + 2, encode_utf8(buf + 2, chars[i].cp), true);
  // Characters outside the alphabet are dropped from words, as HF's trainer does.
  t->words = rt_grow(NULL, (size_t)words->n * sizeof *t->words);
  for (int i = 0; i < words->n; i++) {
    const uint8_t *s = (const uint8_t *)words->keys[i];
    size_t len = strlen((const char *)s);
    Word *w = &t->words[t->n_words];
    w->syms = rt_grow(NULL, (len + 1) * sizeof *w->syms);
    w->len = 0;
    w->count = words->values[i];
    for (size_t j = 0; j < len;) {
      int32_t cp;
      size_t k = tok_utf8_next(s + j, len - j, &cp);
      memcpy(buf + 2, s + j, k);
      bool cont = j > 0;
      j += k;
      if (strmap_find(&t->syms, buf + 2, k, false) < 0) continue;
      w->syms[w->len++] = strmap_find(&t->syms, cont ? buf : buf + 2, cont ? k + 2 : k, true);
    }
    if (w->len > 0)
      t->n_words++;
    else
      free(w->syms);
  }
  free(chars);
}

// ---- Driver ----------------------------------------------------------------------------

static void trainer_free(Trainer *t) {
  strmap_free(&t->syms);
  for (int i = 0; i < t->n_words; i++)
    free(t->words[i].syms);
  free(t->words);
  for (int p = 0; p < t->n_pairs; p++)
    free(t->where[p]);
  free(t->where);
  free(t->where_len);
  free(t->where_cap);
  free(t->pair_keys);
  free(t->pair_slots);
  free(t->pair_counts);
  free(t->heap);
  free(t->stamp);
}

// Merges until the symbols number `target` or no pair occurs min_frequency times.
static void train(Trainer *t, int target, int min_frequency) {
  for (int i = 0; i < t->n_words; i++)
    for (int j = 0; j + 1 < t->words[i].len; j++)
      add_pair(t, t->words[i].syms[j], t->words[i].syms[j + 1], t->words[i].count, i);
  for (int p = 0; p < t->n_pairs; p++) {
    uint64_t key = t->pair_keys[p];
    heap_push(t, (Merge){t->pair_counts[p], (int32_t)(key >> 32), (int32_t)(uint32_t)key});
  }
  t->stamp = calloc((size_t)t->n_words + 1, sizeof *t->stamp);
  for (int merge_no = 1; t->syms.n < target && t->heap_len > 0;) {
    Merge m = heap_pop(t);
    int p = pair_index(t, m.a, m.b);
    if (m.count != t->pair_counts[p]) { // stale: requeue with the current count
      if (t->pair_counts[p] > 0) heap_push(t, (Merge){t->pair_counts[p], m.a, m.b});
      continue;
    }
    if (m.count < min_frequency) break;
    apply_merge(t, p, m.a, m.b, merged_symbol(t, m.a, m.b), merge_no++);
  }
}

static bool write_vocab(const char *path, const StrMap *syms) {
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "wb");
  if (!f) return false;
  fputs("[PAD]\n", f);
  for (int i = 1; i < 100; i++)
    fprintf(f, "[unused%d]\n", i);
  fputs("[UNK]\n[CLS]\n[SEP]\n[MASK]\n", f);
  for (int i = 0; i < syms->n; i++)
    fprintf(f, "%s\n", syms->keys[i]);
  bool ok = fclose(f) == 0;
  return ok && rename(tmp, path) == 0;
}

int vocab_build(const char *const *paths, int n_paths, const char *out_path,
                const VocabBuildOptions *opt, char *err, size_t err_size) {
  if (opt->size <= BERT_RESERVED) {
    snprintf(err, err_size, "--size %d: a BERT vocabulary needs more than %d tokens", opt->size,
             BERT_RESERVED);
    return 2;
  }
  StrMap words = {0};
  for (int i = 0; i < n_paths; i++) {
    int rc = count_file(&words, paths[i], opt->lower, err, err_size);
    if (rc) {
      strmap_free(&words);
      return rc;
    }
  }
  Trainer t = {0};
  split_words(&t, &words, opt->alphabet_limit);
  strmap_free(&words);
  int target = opt->size - BERT_RESERVED;
  train(&t, target, opt->min_frequency);
  int rc = 0;
  if (t.syms.n > target) {
    snprintf(err, err_size,
             "--size %d is too small: the alphabet alone (characters and their ## forms) needs %d "
             "tokens; give a larger --size or a smaller --alphabet",
             opt->size, t.syms.n + BERT_RESERVED);
    rc = 2;
  } else if (t.syms.n < target) {
    snprintf(err, err_size,
             "the corpus is too small for --size %d: it yields only %d tokens (a vocabulary of "
             "%d); give more text or a smaller --size",
             opt->size, t.syms.n, t.syms.n + BERT_RESERVED);
    rc = 2;
  } else if (!write_vocab(out_path, &t.syms)) {
    snprintf(err, err_size, "%s: cannot write vocabulary: %s", out_path, strerror(errno));
    rc = 1;
  }
  trainer_free(&t);
  return rc;
}
