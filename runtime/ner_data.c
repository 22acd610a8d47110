// ner_data.c — KLUE-NER and CoNLL token-classification data files (ner_data.h).
//
// The file is read whole and walked line by line; each line either adds a unit to the sentence
// being read or ends it. Byte positions in error messages count from 1, like line numbers.
#include "ner_data.h"

#include "rt_util.h"
#include "tok_unicode.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The most labels an unknown-tag message lists before "and N more".
enum { LABELS_LISTED = 16 };

// One line of the file, its line end (LF or CRLF) cut off.
typedef struct {
  const char *s;
  size_t len;
  long no; // line number, from 1
} Line;

// The loader's state: where errors go, the sentences read, and the one being read.
typedef struct {
  const char *path;
  const NerTagSet *tags;
  bool skip_bad;
  char *err;
  size_t err_size;
  NerData *out;
  int sents_cap;
  NerSentence cur; // the sentence being read; cur.id is that of the next sentence with units
  size_t text_len; // bytes of cur.text used
  size_t text_cap; // bytes of cur.text allocated
  int units_cap;   // units of cur's arrays allocated
  bool bad;        // cur holds a bad line (skip_bad): it is skipped when it ends
} Reader;

// A KLUE unit line CHAR<TAB>TAG, split at its last TAB (so CHAR may itself be a TAB).
typedef struct {
  const char *chr, *tag;
  size_t chr_len, tag_len;
} KlueUnit;

// The first and last fields of a CoNLL line (runs of bytes other than space and TAB).
typedef struct {
  const char *first, *last;
  size_t first_len, last_len;
  int n; // fields
} Fields;

// ---- Lines and characters ----------------------------------------------------------------

// Moves *p past the next line of [*p, end) into *line; false at the end.
static bool next_line(const char **p, const char *end, Line *line) {
  if (*p >= end) return false;
  const char *nl = memchr(*p, '\n', (size_t)(end - *p));
  const char *stop = nl ? nl : end;
  line->s = *p;
  line->len = (size_t)(stop - *p);
  if (line->len && stop[-1] == '\r') line->len--;
  line->no++;
  *p = nl ? nl + 1 : end;
  return true;
}

// Code points of the valid UTF-8 s[0, len).
static int count_chars(const char *s, size_t len) {
  int n = 0;
  for (size_t i = 0; i < len; n++) {
    int32_t cp;
    i += tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
  }
  return n;
}

static bool starts_with(const Line *line, const char *prefix) {
  size_t n = strlen(prefix);
  return line->len >= n && memcmp(line->s, prefix, n) == 0;
}

// Splits the valid UTF-8 line into u; NULL when it is CHAR<TAB>TAG with one character, else
// what was wrong (in why when it needs formatting).
static const char *klue_split(const Line *line, KlueUnit *u, char *why, size_t why_size) {
  const char *tab = memrchr(line->s, '\t', line->len);
  if (!tab) return "expected CHAR<TAB>TAG, got no TAB";
  size_t chr_len = (size_t)(tab - line->s);
  *u = (KlueUnit){
      .chr = line->s, .chr_len = chr_len, .tag = tab + 1, .tag_len = line->len - chr_len - 1};
  if (!u->tag_len) return "expected CHAR<TAB>TAG, got an empty tag after the TAB";
  int n = count_chars(u->chr, u->chr_len);
  if (n == 1) return NULL;
  rt_set_err(why, why_size,
             "expected CHAR<TAB>TAG with one character, got %d characters before the TAB", n);
  return why;
}

static bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

static Fields split_fields(const Line *line) {
  Fields f = {0};
  for (size_t i = 0; i < line->len;) {
    if (is_blank(line->s[i])) {
      i++;
      continue;
    }
    size_t start = i;
    while (i < line->len && !is_blank(line->s[i]))
      i++;
    if (!f.n++) f.first = line->s + start, f.first_len = i - start;
    f.last = line->s + start, f.last_len = i - start;
  }
  return f;
}

// KLUE when the first non-blank line is a `##` comment or every line of the first sentence is
// one code point, a TAB and a tag; CoNLL otherwise.
static NerFormat detect_format(const char *text, size_t len) {
  Line line = {0};
  bool started = false;
  for (const char *p = text; next_line(&p, text + len, &line);) {
    if (!line.len) {
      if (started) break;
      continue;
    }
    if (!started && starts_with(&line, "##")) return NER_KLUE;
    started = true;
    KlueUnit u;
    char why[128];
    if (tok_utf8_bad_at(line.s, line.len) >= 0 || klue_split(&line, &u, why, sizeof why))
      return NER_CONLL;
  }
  return NER_KLUE;
}

// ---- Sentences --------------------------------------------------------------------------

void ner_sentence_free(NerSentence *s) {
  free(s->text);
  free(s->unit_start);
  free(s->unit_end);
  free(s->tags);
  free(s->id);
  *s = (NerSentence){0};
}

// Appends a unit, bytes s[0, len) with label tag, to the sentence; after a space when sep.
static void add_unit(Reader *r, const char *s, size_t len, int tag, bool sep, long line_no) {
  NerSentence *c = &r->cur;
  if (c->n_units == r->units_cap) {
    r->units_cap = 2 * r->units_cap + 64;
    c->unit_start = rt_grow(c->unit_start, (size_t)r->units_cap * sizeof *c->unit_start);
    c->unit_end = rt_grow(c->unit_end, (size_t)r->units_cap * sizeof *c->unit_end);
    c->tags = rt_grow(c->tags, (size_t)r->units_cap * sizeof *c->tags);
  }
  if (!c->text || r->text_len + len + 2 > r->text_cap)
    c->text = rt_grow(c->text, r->text_cap = 2 * (r->text_len + len + 2));
  if (sep && c->n_units) c->text[r->text_len++] = ' ';
  if (!c->n_units) c->line = (int)line_no;
  c->unit_start[c->n_units] = (int32_t)r->text_len;
  memcpy(c->text + r->text_len, s, len);
  r->text_len += len;
  c->text[r->text_len] = 0;
  c->unit_end[c->n_units] = (int32_t)r->text_len;
  c->tags[c->n_units++] = tag;
}

// Ends the sentence being read: keeps it when it has units, skips and counts it when bad.
static void end_sentence(Reader *r) {
  NerData *d = r->out;
  if (r->bad) {
    d->skipped_bad++;
    r->bad = false;
    r->cur.n_units = 0;
    r->text_len = 0;
    free(r->cur.id);
    r->cur.id = NULL;
    return;
  }
  if (!r->cur.n_units) return;
  if (d->n == r->sents_cap)
    d->sents =
        rt_grow(d->sents, (size_t)(r->sents_cap = 2 * r->sents_cap + 256) * sizeof *d->sents);
  d->sents[d->n++] = r->cur;
  r->cur = (NerSentence){0};
  r->text_len = r->text_cap = 0;
  r->units_cap = 0;
}

// ---- Bad lines --------------------------------------------------------------------------

// A bad line: with skip_bad marks the sentence to be skipped and returns true; otherwise sets
// the error "path:line: ..." and returns false.
__attribute__((format(printf, 3, 4))) static bool bad_line(Reader *r, const Line *line,
                                                           const char *fmt, ...) {
  if (r->skip_bad) return r->bad = true;
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  rt_set_err(r->err, r->err_size, "%s:%ld: %s", r->path, line->no, msg);
  return false;
}

// A line that is not UTF-8 text from byte `at` (from 0).
static bool bad_text(Reader *r, const Line *line, long at) {
  if (!line->s[at]) return bad_line(r, line, "a NUL byte at byte %ld of the line", at + 1);
  return bad_line(r, line, "invalid UTF-8 at byte %ld of the line", at + 1);
}

// The labels as "O, B-PS, I-PS", the first LABELS_LISTED of them and then how many more.
static void list_labels(char *buf, size_t size, const NerTagSet *ts) {
  size_t at = 0;
  buf[0] = 0;
  for (int i = 0; i < ts->num_labels && i < LABELS_LISTED && at < size; i++)
    at += (size_t)snprintf(buf + at, size - at, "%s%s", i ? ", " : "", ts->labels[i]);
  if (ts->num_labels > LABELS_LISTED && at < size)
    snprintf(buf + at, size - at, ", and %d more", ts->num_labels - LABELS_LISTED);
}

static bool unknown_tag(Reader *r, const Line *line, const char *tag, size_t len) {
  char labels[512];
  list_labels(labels, sizeof labels, r->tags);
  return bad_line(r, line, "tag '%.*s' is not one of the head's labels (%s)", (int)len, tag,
                  labels);
}

// Whether label `tag` may follow the sentence's last unit in IOB2: an I-X must continue an
// entity of type X (a space unit counts like any other).
static bool iob2_follows(const Reader *r, int tag) {
  const NerTagSet *ts = r->tags;
  if (ts->prefix[tag] != NER_INSIDE) return true;
  if (!r->cur.n_units) return false;
  int prev = r->cur.tags[r->cur.n_units - 1];
  return ts->prefix[prev] != NER_OUTSIDE && ts->type[prev] == ts->type[tag];
}

// ---- The two layouts --------------------------------------------------------------------

// A `## ID<TAB>...` comment names the next sentence; a comment without a TAB does not.
static void klue_comment(Reader *r, const Line *line) {
  const char *s = line->s + 2;
  const char *tab = memchr(s, '\t', line->len - 2);
  if (!tab) return;
  while (s < tab && *s == ' ')
    s++;
  const char *e = tab;
  while (e > s && e[-1] == ' ')
    e--;
  free(r->cur.id);
  r->cur.id = e > s ? strndup(s, (size_t)(e - s)) : NULL;
}

static bool klue_line(Reader *r, const Line *line) {
  bool comment = starts_with(line, "##");
  if (!line->len || comment) end_sentence(r);
  if (!line->len || r->bad) return true;
  long at = tok_utf8_bad_at(line->s, line->len);
  if (at >= 0) return bad_text(r, line, at);
  if (comment) {
    klue_comment(r, line);
    return true;
  }
  KlueUnit u;
  char why[128];
  const char *wrong = klue_split(line, &u, why, sizeof why);
  if (wrong) return bad_line(r, line, "%s", wrong);
  int tag = r->tags ? ner_tag_find(r->tags, u.tag, u.tag_len) : -1;
  if (r->tags && tag < 0) return unknown_tag(r, line, u.tag, u.tag_len);
  if (r->tags && !iob2_follows(r, tag)) {
    const char *type = r->tags->types[r->tags->type[tag]];
    return bad_line(r, line, "%s with no %s entity open (KLUE data is IOB2: expected B-%s first)",
                    r->tags->labels[tag], type, type);
  }
  add_unit(r, u.chr, u.chr_len, tag, false, line->no);
  return true;
}

static bool conll_line(Reader *r, const Line *line) {
  Fields f = split_fields(line);
  bool docstart = f.n && f.first_len == 10 && memcmp(f.first, "-DOCSTART-", 10) == 0;
  if (!f.n || docstart) end_sentence(r); // a -DOCSTART- line ends a document
  if (!f.n || docstart || r->bad) return true;
  long at = tok_utf8_bad_at(line->s, line->len);
  if (at >= 0) return bad_text(r, line, at);
  if (f.n < 2)
    return bad_line(r, line, "expected TOKEN ... TAG (at least two fields), got one field");
  int tag = r->tags ? ner_tag_find(r->tags, f.last, f.last_len) : -1;
  if (r->tags && tag < 0) return unknown_tag(r, line, f.last, f.last_len);
  add_unit(r, f.first, f.first_len, tag, true, line->no);
  return true;
}

// ---- Entry points -----------------------------------------------------------------------

static bool read_lines(Reader *r, const char *text, size_t len) {
  Line line = {0};
  for (const char *p = text; next_line(&p, text + len, &line);) {
    bool ok = r->out->format == NER_KLUE ? klue_line(r, &line) : conll_line(r, &line);
    if (!ok) return false;
  }
  end_sentence(r);
  r->out->lines_read = line.no;
  return true;
}

// An entity tag as the data writes it: O, or B-/I- and a type.
static bool tag_like(const char *s, size_t len) {
  return (len == 1 && s[0] == 'O') || (len > 2 && (s[0] == 'B' || s[0] == 'I') && s[1] == '-');
}

bool ner_sniff(const char *text, size_t len) {
  if (detect_format(text, len) == NER_KLUE) {
    Line line = {0};
    for (const char *p = text; next_line(&p, text + len, &line);)
      if (line.len) return true; // detect_format saw `##` or CHAR<TAB>TAG lines
    return false;
  }
  Line line = {0};
  for (const char *p = text; next_line(&p, text + len, &line);) {
    Fields f = split_fields(&line);
    if (!f.n) continue;
    if (f.first_len == 10 && memcmp(f.first, "-DOCSTART-", 10) == 0) return true;
    return f.n >= 2 && tag_like(f.last, f.last_len);
  }
  return false;
}

int ner_load(NerData *out, const char *path, const NerTagSet *tags, bool skip_bad, char *err,
             size_t err_size) {
  *out = (NerData){0};
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text) {
    rt_set_err(err, err_size, "%s: cannot read: %s", path, strerror(errno));
    return 2;
  }
  Reader r = {.path = path,
              .tags = tags,
              .skip_bad = skip_bad,
              .err = err,
              .err_size = err_size,
              .out = out};
  out->format = detect_format(text, len);
  bool ok = read_lines(&r, text, len);
  free(text);
  ner_sentence_free(&r.cur);
  if (ok) return 0;
  ner_free(out);
  return 2;
}

void ner_free(NerData *data) {
  for (int i = 0; i < data->n; i++)
    ner_sentence_free(&data->sents[i]);
  free(data->sents);
  *data = (NerData){0};
}

bool ner_unit_scored(const NerData *data, const NerSentence *s, int u) {
  if (data->format == NER_CONLL) return true;
  int32_t cp;
  tok_utf8_next((const uint8_t *)s->text + s->unit_start[u],
                (size_t)(s->unit_end[u] - s->unit_start[u]), &cp);
  return tok_char_class(cp) != TOKC_SPACE;
}
