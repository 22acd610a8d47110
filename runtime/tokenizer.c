// tokenizer.c — HF-exact BERT WordPiece tokenization (tokenizer.h).
//
// encode: split the raw text at literal special tokens; walk each piece between them one
// character at a time (tok_unicode.h: clean, CJK, uncase, whitespace/punctuation), gathering
// the normalized characters of the current word with the byte span each came from; at a word
// boundary run greedy longest-match WordPiece over the word. Vocabulary lookup is an
// open-addressing hash table of FNV-1a hashes; a continuation piece hashes "##" then the
// piece, so no key is ever copied.
#include "tokenizer.h"
#include "rt_util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "tok_unicode.h"

enum {
  MAX_WORD_CHARS = 100, // HF's max_input_chars_per_word: longer words are one [UNK]
};

static const char *const special_names[TOK_SPECIAL_COUNT] = {[TOK_PAD] = "[PAD]",
                                                             [TOK_UNK] = "[UNK]",
                                                             [TOK_CLS] = "[CLS]",
                                                             [TOK_SEP] = "[SEP]",
                                                             [TOK_MASK] = "[MASK]"};

struct Tokenizer {
  char *text;       // the vocab file, lines NUL-terminated in place
  char **tokens;    // (n) id -> token
  int n;            //
  int32_t *slots;   // (mask+1) hash table: id+1, 0 when empty
  uint64_t *hashes; // (n) hash of each token
  uint32_t mask;
  int max_chars[2]; // longest first piece / continuation piece, in characters
  int special[TOK_SPECIAL_COUNT];
  bool lower;
};

// ---- Vocabulary ------------------------------------------------------------------------

enum { FNV_BASIS = 0, FNV_PRIME = 1 };
static const uint64_t fnv[2] = {14695981039346656037ull, 1099511628211ull};

static uint64_t hash_bytes(uint64_t h, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    h = (h ^ (uint8_t)s[i]) * fnv[FNV_PRIME];
  return h;
}

static uint64_t hash_cont_basis(void) {
  return hash_bytes(fnv[FNV_BASIS], "##", 2);
}

// The id of (continuation ? "##" : "") + s[0, len), or -1.
static int lookup(const Tokenizer *t, bool continuation, const char *s, size_t len) {
  uint64_t h = hash_bytes(continuation ? hash_cont_basis() : fnv[FNV_BASIS], s, len);
  size_t skip = continuation ? 2 : 0;
  for (uint32_t i = (uint32_t)h & t->mask;; i = (i + 1) & t->mask) {
    int32_t slot = t->slots[i];
    if (slot == 0) return -1;
    const char *tok = t->tokens[slot - 1];
    if (t->hashes[slot - 1] == h && strlen(tok) == len + skip && memcmp(tok + skip, s, len) == 0)
      return slot - 1;
  }
}

int tok_id(const Tokenizer *tok, const char *s, size_t len) {
  bool cont = len >= 2 && s[0] == '#' && s[1] == '#';
  return cont ? lookup(tok, true, s + 2, len - 2) : lookup(tok, false, s, len);
}

// Number of characters of a valid UTF-8 string, or -1 when it is not valid UTF-8.
static int utf8_chars(const char *s, size_t len) {
  int n = 0;
  for (size_t i = 0; i < len; n++) {
    int32_t cp;
    size_t k = tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    if (tok_utf8_replaced((const uint8_t *)s + i, k, cp)) return -1;
    i += k;
  }
  return n;
}

// Inserts token id into the table; a previous holder of the same text loses its slot.
static void insert(Tokenizer *t, int id, const char *path, FILE *warn) {
  const char *s = t->tokens[id];
  size_t len = strlen(s);
  uint64_t h = hash_bytes(fnv[FNV_BASIS], s, len);
  t->hashes[id] = h;
  uint32_t i = (uint32_t)h & t->mask;
  for (; t->slots[i]; i = (i + 1) & t->mask) {
    int old = t->slots[i] - 1;
    if (t->hashes[old] == h && strcmp(t->tokens[old], s) == 0) {
      if (warn)
        fprintf(warn, "%s:%d: warning: duplicate token \"%s\" (also line %d); line %d's id wins\n",
                path, id + 1, s, old + 1, id + 1);
      break;
    }
  }
  t->slots[i] = id + 1;
}

Tokenizer *tok_load(const char *path, bool lower, FILE *warn, char *err, size_t err_size) {
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text) {
    rt_set_err(err, err_size, "%s: cannot read vocabulary: %s", path, strerror(errno));
    return NULL;
  }
  Tokenizer *t = calloc(1, sizeof *t);
  t->text = text;
  t->lower = lower;
  int cap = 0;
  for (size_t i = 0; i < len;) {
    char *line = text + i;
    char *nl = memchr(line, '\n', len - i);
    size_t n = nl ? (size_t)(nl - line) : len - i;
    i += n + (nl ? 1 : 0);
    if (n && line[n - 1] == '\r') n--;
    line[n] = 0;
    if (t->n == cap)
      t->tokens = rt_grow(t->tokens, (size_t)(cap = 2 * cap + 1024) * sizeof(char *));
    t->tokens[t->n++] = line;
    int chars = utf8_chars(line, n);
    if (chars < 0) {
      rt_set_err(err, err_size, "%s:%d: expected a UTF-8 token, found invalid UTF-8 bytes", path,
                 t->n);
      tok_free(t);
      return NULL;
    }
    bool cont = n >= 2 && line[0] == '#' && line[1] == '#';
    int c = cont ? chars - 2 : chars;
    if (c > t->max_chars[cont]) t->max_chars[cont] = c;
  }
  uint32_t size = 16;
  while (size < 2u * (uint32_t)t->n)
    size *= 2;
  t->mask = size - 1;
  t->slots = calloc(size, sizeof *t->slots);
  t->hashes = rt_grow(NULL, (size_t)t->n * sizeof *t->hashes);
  for (int id = 0; id < t->n; id++)
    insert(t, id, path, warn);
  for (int k = 0; k < TOK_SPECIAL_COUNT; k++) {
    t->special[k] = lookup(t, false, special_names[k], strlen(special_names[k]));
    if (t->special[k] < 0) {
      rt_set_err(err, err_size,
                 "%s: the vocabulary has no %s token (BERT needs [PAD] [UNK] [CLS] [SEP] [MASK])",
                 path, special_names[k]);
      tok_free(t);
      return NULL;
    }
  }
  return t;
}

void tok_free(Tokenizer *tok) {
  if (!tok) return;
  free(tok->text);
  free(tok->tokens);
  free(tok->slots);
  free(tok->hashes);
  free(tok);
}

int tok_vocab_size(const Tokenizer *tok) {
  return tok->n;
}

const char *tok_token(const Tokenizer *tok, int id) {
  return id >= 0 && id < tok->n ? tok->tokens[id] : NULL;
}

int tok_special_id(const Tokenizer *tok, TokSpecial which) {
  return tok->special[which];
}

// ---- Encoding --------------------------------------------------------------------------

static void push(TokEncoding *e, int32_t id, int32_t start, int32_t end) {
  if (e->len == e->cap) {
    e->cap = e->cap ? 2 * e->cap : 64;
    size_t sz = (size_t)e->cap * sizeof(int32_t);
    e->ids = rt_grow(e->ids, sz);
    e->type_ids = rt_grow(e->type_ids, sz);
    e->mask = rt_grow(e->mask, sz);
    e->start = rt_grow(e->start, sz);
    e->end = rt_grow(e->end, sz);
  }
  e->ids[e->len] = id;
  e->type_ids[e->len] = 0;
  e->mask[e->len] = 1;
  e->start[e->len] = start;
  e->end[e->len] = end;
  e->len++;
}

// The normalized characters of the word being gathered.
typedef struct {
  char bytes[4 * (MAX_WORD_CHARS + 1)];
  int pos[MAX_WORD_CHARS + 2];       // byte offset of each char in bytes
  int32_t start[MAX_WORD_CHARS + 1]; // original byte span of each char
  int32_t end[MAX_WORD_CHARS + 1];   //
  int n;                             // chars so far (counts past MAX_WORD_CHARS)
  int32_t first_start, last_end;     // span of the whole word
} Word;

static void word_add(Word *w, int32_t cp, int32_t start, int32_t end) {
  if (w->n == 0) w->first_start = start;
  w->last_end = end;
  if (w->n < MAX_WORD_CHARS + 1) {
    int p = w->pos[w->n];
    char *o = w->bytes + p;
    if (cp < 0x80)
      o[0] = (char)cp, p += 1;
    else if (cp < 0x800)
      o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F)), p += 2;
    else if (cp < 0x10000)
      o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | (cp >> 6 & 0x3F)),
      o[2] = (char)(0x80 | (cp & 0x3F)), p += 3;
    else
      o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | (cp >> 12 & 0x3F)),
      o[2] = (char)(0x80 | (cp >> 6 & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F)), p += 4;
    w->start[w->n] = start;
    w->end[w->n] = end;
    w->pos[w->n + 1] = p;
  }
  w->n++;
}

// Where finished words go: WordPiece into an encoding, or a caller's callback.
typedef struct {
  TokEncoding *e;
  const Tokenizer *t;
  TokWordFn fn;
  void *ctx;
} Sink;

// Greedy longest-match WordPiece of the gathered word into k->e.
static void wordpiece(const Sink *k, const Word *w, int n) {
  TokEncoding *e = k->e;
  const Tokenizer *t = k->t;
  int mark = e->len;
  if (n <= MAX_WORD_CHARS) {
    for (int s = 0; s < n;) {
      bool cont = s > 0;
      int stop = s + t->max_chars[cont] < n ? s + t->max_chars[cont] : n;
      int id = -1;
      for (; stop > s && id < 0; stop--)
        id = lookup(t, cont, w->bytes + w->pos[s], (size_t)(w->pos[stop] - w->pos[s]));
      if (id < 0) break;
      stop++; // the loop decremented once past the match
      push(e, id, w->start[s], w->end[stop - 1]);
      s = stop;
      if (s == n) return;
    }
  }
  e->len = mark;
  push(e, t->special[TOK_UNK], w->first_start, w->last_end);
}

// Hands the gathered word to the sink, then clears it.
static void word_flush(const Sink *k, Word *w) {
  int n = w->n;
  if (n == 0) return;
  w->n = 0;
  if (k->fn)
    k->fn(k->ctx, w->bytes, (size_t)w->pos[n < MAX_WORD_CHARS + 1 ? n : MAX_WORD_CHARS + 1], n);
  else
    wordpiece(k, w, n);
}

// Adds one normalized character by the pre-tokenizer's rule: whitespace ends the word,
// punctuation is a word by itself, anything else extends the word.
static void pretok_char(const Sink *k, Word *w, int32_t cp, TokCharClass cls, int32_t start,
                        int32_t end) {
  if (cls == TOKC_SPACE) {
    word_flush(k, w);
  } else if (cls == TOKC_PUNCT) {
    word_flush(k, w);
    word_add(w, cp, start, end);
    word_flush(k, w);
  } else {
    word_add(w, cp, start, end);
  }
}

// Tokenizes s[0, len), a stretch without special tokens, at byte offset `base` of the text.
static bool encode_stretch(const Sink *k, bool lower, const uint8_t *s, size_t len, int32_t base,
                           Word *w) {
  bool invalid = false;
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t n = tok_utf8_next(s + i, len - i, &cp);
    if (tok_utf8_replaced(s + i, n, cp)) invalid = true;
    int32_t start = base + (int32_t)i, end = start + (int32_t)n;
    i += n;
    TokCharClass cls = tok_char_class(cp);
    if (cls == TOKC_REMOVE) continue;
    if (cls == TOKC_SPACE) {
      word_flush(k, w);
      continue;
    }
    if (cls == TOKC_CJK) word_flush(k, w);
    if (!lower) {
      pretok_char(k, w, cp, cls, start, end);
    } else {
      int32_t m[TOK_UNCASED_MAX];
      int nm = tok_char_uncased(cp, m);
      for (int j = 0; j < nm; j++) {
        TokCharClass c = tok_char_class(m[j]);
        pretok_char(k, w, m[j], c == TOKC_SPACE || c == TOKC_PUNCT ? c : TOKC_OTHER, start, end);
      }
    }
    if (cls == TOKC_CJK) word_flush(k, w);
  }
  word_flush(k, w);
  return invalid;
}

static void word_init(Word *w) {
  w->n = 0;
  w->pos[0] = 0;
}

bool tok_pretokenize(const char *text, size_t len, bool lower, TokWordFn fn, void *ctx) {
  Sink k = {.fn = fn, .ctx = ctx};
  Word w;
  word_init(&w);
  return encode_stretch(&k, lower, (const uint8_t *)text, len, 0, &w);
}

// The id of the special token that s[0, len) starts with (its length in *match_len), or -1.
static int special_at(const Tokenizer *t, const char *s, size_t len, size_t *match_len) {
  for (int k = 0; k < TOK_SPECIAL_COUNT; k++) {
    size_t n = strlen(special_names[k]);
    if (n <= len && memcmp(s, special_names[k], n) == 0) {
      *match_len = n;
      return t->special[k];
    }
  }
  return -1;
}

// Appends the tokens of text (no [CLS]/[SEP]) to e.
static void encode_text(TokEncoding *e, const Tokenizer *t, const char *text, size_t len) {
  Sink k = {.e = e, .t = t};
  Word w;
  word_init(&w);
  size_t from = 0;
  for (size_t i = 0; i < len; i++) {
    if (text[i] != '[') continue;
    size_t n;
    int id = special_at(t, text + i, len - i, &n);
    if (id < 0) continue;
    e->invalid_utf8 |=
        encode_stretch(&k, t->lower, (const uint8_t *)text + from, i - from, (int32_t)from, &w);
    push(e, id, (int32_t)i, (int32_t)(i + n));
    i += n - 1;
    from = i + 1;
  }
  e->invalid_utf8 |=
      encode_stretch(&k, t->lower, (const uint8_t *)text + from, len - from, (int32_t)from, &w);
}

// How many tokens of the first and second sequence survive truncation to `target`
// (max_length less the specials), as tokenizers' truncate_encodings decides: a target of 0
// (or less) empties both, whatever the strategy.
static bool truncate_lengths(int *n1, int *n2, int target, TokTruncation how, bool pair) {
  if (target <= 0) {
    *n1 = *n2 = 0;
    return true;
  }
  int excess = *n1 + *n2 - target;
  if (excess <= 0) return true;
  if (!pair || how == TOK_ONLY_FIRST) {
    if (*n1 <= excess) return false;
    *n1 -= excess;
  } else if (how == TOK_ONLY_SECOND) {
    if (*n2 <= excess) return false;
    *n2 -= excess;
  } else {
    int *shorter = *n1 <= *n2 ? n1 : n2, *longer = *n1 <= *n2 ? n2 : n1;
    if (*shorter > target / 2) {
      *shorter = target / 2;
      *longer = target / 2 + target % 2;
    } else {
      *longer = target - *shorter;
    }
  }
  return true;
}

static void append(TokEncoding *out, const TokEncoding *src, int n, int32_t type) {
  for (int i = 0; i < n; i++) {
    push(out, src->ids[i], src->start[i], src->end[i]);
    out->type_ids[out->len - 1] = type;
  }
}

bool tok_encode(TokEncoding *out, const Tokenizer *tok, const char *a, size_t a_len, const char *b,
                size_t b_len, const TokEncodeOptions *opt, char *err, size_t err_size) {
  TokEncoding first = {0}, second = {0};
  encode_text(&first, tok, a, a_len);
  if (b) encode_text(&second, tok, b, b_len);
  int n1 = first.len, n2 = second.len;
  bool ok = true;
  if (opt && opt->max_length > 0) {
    int target = opt->max_length - (b ? 3 : 2);
    ok = truncate_lengths(&n1, &n2, target, opt->truncation, b != NULL);
    if (!ok)
      rt_set_err(err, err_size,
                 "cannot truncate to max_length %d: the sequence to truncate is too short",
                 opt->max_length);
  }
  out->len = 0;
  out->invalid_utf8 = first.invalid_utf8 || second.invalid_utf8;
  if (ok) {
    push(out, tok->special[TOK_CLS], 0, 0);
    append(out, &first, n1, 0);
    push(out, tok->special[TOK_SEP], 0, 0);
    if (b) {
      append(out, &second, n2, 1);
      push(out, tok->special[TOK_SEP], 0, 0);
      out->type_ids[out->len - 1] = 1;
    }
  }
  tok_encoding_free(&first);
  tok_encoding_free(&second);
  return ok;
}

void tok_pad(TokEncoding *enc, const Tokenizer *tok, int length) {
  while (enc->len < length) {
    push(enc, tok->special[TOK_PAD], 0, 0);
    enc->mask[enc->len - 1] = 0;
  }
}

void tok_encoding_free(TokEncoding *enc) {
  free(enc->ids);
  free(enc->type_ids);
  free(enc->mask);
  free(enc->start);
  free(enc->end);
  *enc = (TokEncoding){0};
}

// ---- Decoding --------------------------------------------------------------------------

// tokenizers' WordPiece decoder clean-up, applied to each token with its leading space.
static const char *const cleanup[][2] = {{" .", "."},     {" ?", "?"},           {" !", "!"},
                                         {" ,", ","},     {" ' ", "'"},          {" n't", "n't"},
                                         {" 'm", "'m"},   {" do not", " don't"}, {" 's", "'s"},
                                         {" 've", "'ve"}, {" 're", "'re"}};

// Replaces every `from` in s (NUL-terminated, in place; `to` is never longer).
static void replace_all(char *s, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to);
  char *r = s, *w = s;
  while (*r) {
    if (strncmp(r, from, fl) == 0) {
      memmove(w, to, tl);
      w += tl;
      r += fl;
    } else {
      *w++ = *r++;
    }
  }
  *w = 0;
}

static bool is_special(const Tokenizer *t, int id) {
  for (int k = 0; k < TOK_SPECIAL_COUNT; k++)
    if (t->special[k] == id) return true;
  return false;
}

char *tok_decode(const Tokenizer *tok, const int32_t *ids, int n, bool skip_special) {
  size_t cap = 64, len = 0;
  char *out = rt_grow(NULL, cap);
  out[0] = 0;
  char *piece = NULL;
  size_t piece_cap = 0;
  int kept = 0;
  for (int i = 0; i < n; i++) {
    const char *t = tok_token(tok, ids[i]);
    if (!t) {
      free(out);
      free(piece);
      return NULL;
    }
    if (skip_special && is_special(tok, ids[i])) continue;
    size_t tl = strlen(t);
    if (tl + 2 > piece_cap) piece = rt_grow(piece, piece_cap = 2 * tl + 16);
    if (kept > 0 && tl >= 2 && t[0] == '#' && t[1] == '#') {
      memcpy(piece, t + 2, tl - 1);
    } else if (kept > 0) {
      piece[0] = ' ';
      memcpy(piece + 1, t, tl + 1);
    } else {
      memcpy(piece, t, tl + 1);
    }
    kept++;
    for (size_t k = 0; k < sizeof cleanup / sizeof *cleanup; k++)
      if (strstr(piece, cleanup[k][0])) replace_all(piece, cleanup[k][0], cleanup[k][1]);
    size_t pl = strlen(piece);
    if (len + pl + 1 > cap) out = rt_grow(out, cap = 2 * (len + pl + 1));
    memcpy(out + len, piece, pl + 1);
    len += pl;
  }
  free(piece);
  return out;
}
