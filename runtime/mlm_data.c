// mlm_data.c — masked-LM / next-sentence pretraining examples from text (mlm_data.h).
#include "mlm_data.h"
#include "rt_util.h"
#include "tok_unicode.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

// ---- Lines and documents ------------------------------------------------------------------

typedef struct {
  const char *s;
  size_t len;
  int64_t doc; // the document the line belongs to
} Line;

typedef struct {
  const char *path;
  const MlmOptions *opt;
  char *err;
  size_t err_size;
  Line *lines; // non-blank, good lines in file order, each document's together
  int64_t n_lines, cap, n_docs;
  long last_line; // the file's lines
  int64_t skipped_bad;
} Reader;

// Every character of the valid UTF-8 s[0, len) is white space (or there is none).
static bool blank(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    int32_t cp;
    i += tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    if (tok_char_class(cp) != TOKC_SPACE) return false;
  }
  return true;
}

// Splits text into r->lines. False with r->err set on a bad line (unless skip_bad).
static bool read_lines(Reader *r, const char *text, size_t len) {
  bool open = false; // MLM_PAIRS: a document has lines
  long no = 0;
  for (const char *p = text; p < text + len;) {
    const char *nl = memchr(p, '\n', (size_t)(text + len - p));
    const char *stop = nl ? nl : text + len;
    Line line = {.s = p, .len = (size_t)(stop - p)};
    if (line.len && stop[-1] == '\r') line.len--;
    p = nl ? nl + 1 : text + len;
    no++;
    long at = tok_utf8_bad_at(line.s, line.len);
    if (at >= 0 && !r->opt->skip_bad) {
      rt_set_err(r->err, r->err_size,
                 "%s:%ld: expected UTF-8 text, found %s at byte %ld of the line (use --skip-bad "
                 "to skip such lines)",
                 r->path, no, line.s[at] ? "invalid UTF-8" : "a NUL byte", at + 1);
      return false;
    }
    if (at >= 0) {
      r->skipped_bad++;
      continue;
    }
    if (blank(line.s, line.len)) {
      open = false;
      continue;
    }
    if (r->opt->layout == MLM_LINES || !open) r->n_docs++;
    open = true;
    line.doc = r->n_docs - 1;
    if (r->n_lines == r->cap)
      r->lines = rt_grow(r->lines, (size_t)(r->cap = 2 * r->cap + 1024) * sizeof *r->lines);
    r->lines[r->n_lines++] = line;
  }
  r->last_line = no;
  return true;
}

// Keeps the lines of the documents of opt->holdout_part, documents renumbered.
static void holdout(Reader *r) {
  if (r->opt->holdout <= 0 || r->n_docs < 2) return;
  int64_t held = llround(r->opt->holdout * (double)r->n_docs);
  held = held < 1 ? 1 : held > r->n_docs - 1 ? r->n_docs - 1 : held;
  bool *mark = rt_draw((int)r->n_docs, (int)held, r->opt->seed ^ 0x686f6c646f7574ull); // holdout
  int64_t *to = rt_grow(NULL, (size_t)r->n_docs * sizeof *to), n_docs = 0, n = 0;
  for (int64_t d = 0; d < r->n_docs; d++)
    to[d] = mark[d] == (r->opt->holdout_part == 1) ? n_docs++ : -1;
  for (int64_t i = 0; i < r->n_lines; i++)
    if (to[r->lines[i].doc] >= 0)
      r->lines[n] = r->lines[i], r->lines[n++].doc = to[r->lines[i].doc];
  r->n_lines = n, r->n_docs = n_docs;
  free(to);
  free(mark);
}

// ---- Tokenization ---------------------------------------------------------------------------

typedef struct {
  const Tokenizer *tok;
  const Line *lines;
  int64_t begin, end;  // lines [begin, end)
  int32_t *ids;        // this chunk's pieces
  uint8_t *word_start; // (n_ids)
  int64_t *lens;       // (end - begin) pieces of each line
  size_t n_ids, cap;
} Chunk;

static void *tokenize_chunk(void *arg) {
  Chunk *c = arg;
  TokEncoding enc = {0};
  TokEncodeOptions opt = {0};
  char err[128];
  c->lens = rt_grow(NULL, (size_t)(c->end - c->begin + 1) * sizeof *c->lens);
  for (int64_t i = c->begin; i < c->end; i++) {
    tok_encode(&enc, c->tok, c->lines[i].s, c->lines[i].len, NULL, 0, &opt, err, sizeof err);
    size_t k = (size_t)enc.len - 2; // without [CLS] and [SEP]
    if (c->n_ids + k > c->cap) {
      c->cap = 2 * (c->n_ids + k) + 4096;
      c->ids = rt_grow(c->ids, c->cap * sizeof *c->ids);
      c->word_start = rt_grow(c->word_start, c->cap);
    }
    for (size_t j = 0; j < k; j++) {
      int32_t id = enc.ids[j + 1];
      const char *t = tok_token(c->tok, id);
      c->ids[c->n_ids + j] = id;
      c->word_start[c->n_ids + j] = !(t[0] == '#' && t[1] == '#');
    }
    c->n_ids += k;
    c->lens[i - c->begin] = (int64_t)k;
  }
  tok_encoding_free(&enc);
  return NULL;
}

typedef struct {
  int32_t *ids;        // (offsets[n]) every line's pieces, in line order
  uint8_t *word_start; // (offsets[n])
  int64_t *offsets;    // (n+1) line i's pieces: [offsets[i], offsets[i+1])
} Pieces;

static Pieces tokenize(const Tokenizer *tok, const Line *lines, int64_t n, int threads) {
  if (threads < 1) threads = 1;
  Chunk *chunks = rt_grow(NULL, (size_t)threads * sizeof *chunks);
  pthread_t *tids = rt_grow(NULL, (size_t)threads * sizeof *tids);
  bool *started = rt_grow(NULL, (size_t)threads);
  for (int t = 0; t < threads; t++) {
    chunks[t] =
        (Chunk){.tok = tok, .lines = lines, .begin = n * t / threads, .end = n * (t + 1) / threads};
    started[t] = t > 0 && pthread_create(&tids[t], NULL, tokenize_chunk, &chunks[t]) == 0;
    if (t > 0 && !started[t]) tokenize_chunk(&chunks[t]);
  }
  tokenize_chunk(&chunks[0]);
  size_t total = 0;
  for (int t = 0; t < threads; t++) {
    if (started[t]) pthread_join(tids[t], NULL);
    total += chunks[t].n_ids;
  }
  Pieces p = {.ids = rt_grow(NULL, (total + 1) * sizeof *p.ids),
              .word_start = rt_grow(NULL, total + 1),
              .offsets = rt_grow(NULL, (size_t)(n + 1) * sizeof *p.offsets)};
  size_t at = 0;
  p.offsets[0] = 0;
  for (int t = 0; t < threads; t++) {
    Chunk *c = &chunks[t];
    if (c->n_ids) {
      memcpy(p.ids + at, c->ids, c->n_ids * sizeof *c->ids);
      memcpy(p.word_start + at, c->word_start, c->n_ids);
    }
    for (int64_t i = c->begin; i < c->end; i++)
      p.offsets[i + 1] = p.offsets[i] + c->lens[i - c->begin];
    at += c->n_ids;
    free(c->ids);
    free(c->word_start);
    free(c->lens);
  }
  free(started);
  free(tids);
  free(chunks);
  return p;
}

static void pieces_free(Pieces *p) {
  free(p->ids);
  free(p->word_start);
  free(p->offsets);
}

// ---- Examples ---------------------------------------------------------------------------------

typedef struct {
  MlmData *d;
  int64_t n_tokens, cap_tokens, cap_examples; // tokens so far, the open example's included
  int32_t cls, sep;
} Out;

static void push(Out *o, int32_t id, int32_t type, uint8_t word_start) {
  MlmData *d = o->d;
  if (o->n_tokens == o->cap_tokens) {
    o->cap_tokens = 2 * o->cap_tokens + 65536;
    d->ids = rt_grow(d->ids, (size_t)o->cap_tokens * sizeof *d->ids);
    d->types = rt_grow(d->types, (size_t)o->cap_tokens * sizeof *d->types);
    d->word_start = rt_grow(d->word_start, (size_t)o->cap_tokens);
  }
  d->ids[o->n_tokens] = id, d->types[o->n_tokens] = type, d->word_start[o->n_tokens] = word_start;
  o->n_tokens++;
}

// Appends pieces [begin, end) of p with `type`.
static void push_pieces(Out *o, const Pieces *p, int64_t begin, int64_t end, int32_t type) {
  for (int64_t i = begin; i < end; i++)
    push(o, p->ids[i], type, p->word_start[i]);
}

// Closes the example of the tokens pushed since the last one.
static void end_example(Out *o, int32_t nsp) {
  MlmData *d = o->d;
  if (d->n == o->cap_examples) {
    o->cap_examples = 2 * o->cap_examples + 4096;
    d->offsets = rt_grow(d->offsets, (size_t)(o->cap_examples + 1) * sizeof *d->offsets);
    d->nsp = rt_grow(d->nsp, (size_t)o->cap_examples * sizeof *d->nsp);
  }
  d->nsp[d->n++] = nsp;
  d->offsets[d->n] = o->n_tokens;
}

static void build_lines(Out *o, const Pieces *p, int64_t n_lines, int max_len) {
  for (int64_t i = 0; i < n_lines; i++) {
    int64_t b = p->offsets[i], e = p->offsets[i + 1];
    if (e - b > max_len - 2) e = b + max_len - 2, o->d->truncated++;
    push(o, o->cls, 0, 1);
    push_pieces(o, p, b, e, 0);
    push(o, o->sep, 0, 1);
    end_example(o, 0);
  }
}

static void build_packed(Out *o, const Pieces *p, int64_t n_lines, int max_len) {
  int64_t fill = 0, chunk = max_len - 2;
  for (int64_t i = 0; i < n_lines; i++)
    for (int64_t k = p->offsets[i]; k <= p->offsets[i + 1]; k++) {
      if (fill == 0) push(o, o->cls, 0, 1);
      if (k < p->offsets[i + 1])
        push(o, p->ids[k], 0, p->word_start[k]);
      else
        push(o, o->sep, 0, 1); // the document's end
      if (++fill == chunk) push(o, o->sep, 0, 1), end_example(o, 0), fill = 0;
    }
  o->d->dropped = fill;
  o->n_tokens = o->d->offsets[o->d->n];
}

// ---- Next-sentence pairs (BERT's create_instances_from_document) -----------------------------

typedef struct {
  uint64_t state; // SplitMix64
} Rng;

static double rng_unit(Rng *r) { // Python's random.random()
  return (double)(rt_splitmix64(&r->state) >> 11) * 0x1p-53;
}

static int64_t rng_int(Rng *r, int64_t lo, int64_t hi) { // random.randint(lo, hi)
  return lo + (int64_t)(rt_splitmix64(&r->state) % (uint64_t)(hi - lo + 1));
}

// Documents of sentences with pieces: document d is sentences [first[d], first[d+1]), sentence s
// the pieces [p->offsets[line[s]], p->offsets[line[s] + 1]); consecutive sentences of one
// document are consecutive lines, so their pieces are contiguous.
typedef struct {
  const Pieces *p;
  int64_t *line, *first;
  int64_t n_docs;
} Docs;

static int64_t sent_begin(const Docs *D, int64_t s) {
  return D->p->offsets[D->line[s]];
}

static int64_t sent_end(const Docs *D, int64_t s) {
  return D->p->offsets[D->line[s] + 1];
}

// BERT's truncate_seq_pair over the piece ranges [*a0, *a1) and [*b0, *b1).
static bool truncate_pair(Rng *r, int64_t *a0, int64_t *a1, int64_t *b0, int64_t *b1, int64_t max) {
  bool cut = false;
  while ((*a1 - *a0) + (*b1 - *b0) > max) {
    bool a = *a1 - *a0 > *b1 - *b0;
    int64_t *lo = a ? a0 : b0, *hi = a ? a1 : b1;
    if (rng_unit(r) < 0.5)
      ++*lo;
    else
      --*hi;
    cut = true;
  }
  return cut;
}

static void emit_pair(Out *o, const Pieces *p, int64_t a0, int64_t a1, int64_t b0, int64_t b1,
                      int32_t label) {
  push(o, o->cls, 0, 1);
  push_pieces(o, p, a0, a1, 0);
  push(o, o->sep, 0, 1);
  push_pieces(o, p, b0, b1, 1);
  push(o, o->sep, 1, 1);
  end_example(o, label);
}

static void build_document(Out *o, const Docs *D, int64_t d, const MlmOptions *opt, Rng *r) {
  int64_t max_num = opt->max_len - 3, target = max_num;
  if (rng_unit(r) < opt->short_seq_prob) target = rng_int(r, 2, max_num);
  int64_t s0 = D->first[d], k = D->first[d + 1] - s0;
  int64_t start = 0, n = 0, length = 0; // the chunk: sentences [start, start + n) of d
  for (int64_t i = 0; i < k; i++) {
    if (!n) start = i;
    n++, length += sent_end(D, s0 + i) - sent_begin(D, s0 + i);
    if (i < k - 1 && length < target) continue;
    int64_t a_end = n >= 2 ? rng_int(r, 1, n - 1) : 1;
    int64_t a0 = sent_begin(D, s0 + start), a1 = sent_end(D, s0 + start + a_end - 1), b0, b1;
    int32_t label = 0;
    if (n == 1 || rng_unit(r) < 0.5) {
      label = 1;
      int64_t target_b = target - (a1 - a0), rd = 0;
      for (int t = 0; t < 10; t++)
        if ((rd = rng_int(r, 0, D->n_docs - 1)) != d) break;
      int64_t r0 = D->first[rd], rk = D->first[rd + 1] - r0, j = r0 + rng_int(r, 0, rk - 1);
      b0 = sent_begin(D, j);
      for (b1 = b0; j < r0 + rk; j++)
        if ((b1 = sent_end(D, j)) - b0 >= target_b) break;
      i -= n - a_end; // the chunk's unused sentences are gathered again
    } else {
      b0 = a1, b1 = sent_end(D, s0 + start + n - 1);
    }
    o->d->truncated += truncate_pair(r, &a0, &a1, &b0, &b1, max_num);
    emit_pair(o, D->p, a0, a1, b0, b1, label);
    n = 0, length = 0;
  }
}

static void build_pairs(Out *o, const Pieces *p, const Line *lines, int64_t n_lines,
                        const MlmOptions *opt) {
  // BERT keeps a sentence with pieces only, and a document with a sentence
  Docs D = {.p = p,
            .line = rt_grow(NULL, (size_t)(n_lines + 1) * sizeof *D.line),
            .first = rt_grow(NULL, (size_t)(n_lines + 2) * sizeof *D.first)};
  int64_t n_sents = 0;
  for (int64_t i = 0; i < n_lines; i++) {
    if (p->offsets[i + 1] == p->offsets[i]) continue;
    if (!n_sents || lines[i].doc != lines[D.line[n_sents - 1]].doc) D.first[D.n_docs++] = n_sents;
    D.line[n_sents++] = i;
  }
  D.first[D.n_docs] = n_sents;
  o->d->documents = D.n_docs;
  Rng r = {opt->seed ^ 0x6e73705f70616972ull}; // "nsp_pair"
  for (int64_t d = 0; d < D.n_docs; d++)
    build_document(o, &D, d, opt, &r);
  free(D.line);
  free(D.first);
}

// ---- Loading ----------------------------------------------------------------------------------

static const char *layout_name(MlmLayout layout) {
  return layout == MLM_PAIRS ? "one sentence per line, blank lines between documents"
                             : "one document per line";
}

int mlm_load(MlmData *out, const char *path, const Tokenizer *tok, const MlmOptions *opt, char *err,
             size_t err_size) {
  *out = (MlmData){0};
  int least = opt->layout == MLM_PAIRS ? 5 : 3;
  if (opt->max_len < least) {
    rt_set_err(err, err_size, "%s: max_len %d: expected at least %d tokens per example", path,
               opt->max_len, least);
    return 2;
  }
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text) {
    rt_set_err(err, err_size, "%s: cannot read: %s", path, strerror(errno));
    return 2;
  }
  Reader r = {.path = path, .opt = opt, .err = err, .err_size = err_size};
  bool ok = read_lines(&r, text, len);
  if (ok && !r.n_lines) {
    rt_set_err(err, err_size, "%s:%ld: expected text (%s), found %s", path,
               r.last_line ? r.last_line : 1, layout_name(opt->layout),
               !r.last_line    ? "an empty file"
               : r.skipped_bad ? "no good line (every non-blank line was skipped)"
                               : "only blank lines");
    ok = false;
  }
  if (!ok) {
    free(r.lines);
    free(text);
    return 2;
  }
  out->lines = r.n_lines;
  out->skipped_bad = r.skipped_bad;
  holdout(&r);
  out->documents = r.n_docs;
  Pieces p = tokenize(tok, r.lines, r.n_lines, opt->threads);
  Out o = {.d = out, .cls = tok_special_id(tok, TOK_CLS), .sep = tok_special_id(tok, TOK_SEP)};
  out->offsets = rt_grow(NULL, sizeof *out->offsets);
  out->offsets[0] = 0;
  if (opt->layout == MLM_PAIRS)
    build_pairs(&o, &p, r.lines, r.n_lines, opt);
  else if (opt->pack)
    build_packed(&o, &p, r.n_lines, opt->max_len);
  else
    build_lines(&o, &p, r.n_lines, opt->max_len);
  int64_t n_pieces = p.offsets[r.n_lines];
  pieces_free(&p);
  free(r.lines);
  free(text);
  if (!out->n) {
    if (opt->layout == MLM_PAIRS)
      rt_set_err(err, err_size, "%s:%ld: expected a sentence with WordPiece tokens, found none",
                 path, r.last_line);
    else
      rt_set_err(err, err_size,
                 "%s:%ld: expected at least %d tokens to pack one example of %d (each document's "
                 "pieces and a [SEP]), found %lld",
                 path, r.last_line, opt->max_len - 2, opt->max_len,
                 (long long)(n_pieces + r.n_lines));
    mlm_free(out);
    return 2;
  }
  out->lens = rt_grow(NULL, (size_t)out->n * sizeof *out->lens);
  for (int64_t i = 0; i < out->n; i++)
    out->lens[i] = out->offsets[i + 1] - out->offsets[i];
  if (opt->layout != MLM_PAIRS) {
    free(out->nsp);
    out->nsp = NULL;
  }
  return 0;
}

void mlm_free(MlmData *data) {
  free(data->offsets);
  free(data->lens);
  free(data->ids);
  free(data->types);
  free(data->word_start);
  free(data->nsp);
  *data = (MlmData){0};
}
