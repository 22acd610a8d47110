// ner_align.c — units and WordPiece tokens of a sentence (ner_align.h).
#include "ner_align.h"

#include "rt_util.h"
#include "tok_unicode.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

// The unit holding byte `at` of the sentence: the last unit starting at or before it.
static int unit_at(const NerSentence *s, int32_t at) {
  int lo = 0, hi = s->n_units - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (s->unit_start[mid] <= at)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

void ner_tokens(NerTokens *out, const Tokenizer *tok, const NerSentence *s, NerUnits units,
                bool labelled) {
  TokEncoding enc = {0};
  TokEncodeOptions opt = {0}; // no truncation: windows cut long sentences
  char err[64];
  if (!tok_encode(&enc, tok, s->text, strlen(s->text), NULL, 0, &opt, err, sizeof err)) abort();
  int n = enc.len - 2; // [CLS] and [SEP] are added
  *out = (NerTokens){.n = n};
  size_t size = ((size_t)n + 1) * sizeof(int32_t);
  out->ids = rt_grow(NULL, size);
  out->first_unit = rt_grow(NULL, size);
  out->end_unit = rt_grow(NULL, size);
  out->labels = labelled ? rt_grow(NULL, size) : NULL;
  for (int i = 0; i < n; i++) {
    int32_t start = enc.start[i + 1], end = enc.end[i + 1];
    out->ids[i] = enc.ids[i + 1];
    out->first_unit[i] = unit_at(s, start);
    out->end_unit[i] = end > start ? unit_at(s, end - 1) + 1 : out->first_unit[i] + 1;
    if (!labelled) continue;
    bool first_of_unit = i == 0 || out->first_unit[i] != out->first_unit[i - 1];
    out->labels[i] = units == NER_CHARACTERS || first_of_unit ? s->tags[out->first_unit[i]] : -100;
  }
  tok_encoding_free(&enc);
}

void ner_tokens_free(NerTokens *t) {
  free(t->ids);
  free(t->first_unit);
  free(t->end_unit);
  free(t->labels);
  *t = (NerTokens){0};
}

int ner_windows(int n, int width, int overlap, NerWindow **out) {
  int step = width - overlap, count = n <= width ? 1 : 1 + (n - width + step - 1) / step;
  NerWindow *w = rt_grow(NULL, (size_t)count * sizeof *w);
  for (int i = 0; i < count; i++) {
    int first = i * step;
    w[i] = (NerWindow){first, n - first < width ? n - first : width};
  }
  *out = w;
  return count;
}

void ner_token_owners(int32_t *owner, const NerWindow *windows, int n_windows, int n) {
  for (int t = 0; t < n; t++) {
    int best = -1, best_context = -1;
    for (int w = 0; w < n_windows; w++) {
      int first = windows[w].first, last = first + windows[w].count - 1;
      if (t < first || t > last) continue;
      int context = t - first < last - t ? t - first : last - t;
      if (context > best_context) best = w, best_context = context;
    }
    owner[t] = best;
  }
}

// The entity type of tag, or -1 for O.
static int type_of(const NerTagSet *ts, int tag) {
  return tag < 0 ? -1 : ts->type[tag];
}

// Characters no token covers (spaces): inside an entity when the covered characters around
// them continue it, else O.
static void fill_uncovered(int32_t *tags, const bool *covered, const NerTagSet *ts, int n) {
  for (int u = 0; u < n; u++) {
    if (covered[u]) continue;
    int next = u;
    while (next < n && !covered[next])
      next++;
    int prev_type = u > 0 ? type_of(ts, tags[u - 1]) : -1;
    bool inside = prev_type >= 0 && next < n && ts->prefix[tags[next]] == NER_INSIDE &&
                  ts->type[tags[next]] == prev_type && ts->inside_of[prev_type] >= 0;
    for (; u < next; u++)
      tags[u] = inside ? ts->inside_of[prev_type] : ts->outside;
    u--;
  }
}

void ner_unit_tags(int32_t *unit_tags, float *unit_scores, const NerTagSet *ts, const NerTokens *t,
                   const int32_t *token_tags, const float *token_scores, int n_units,
                   NerUnits units) {
  bool *covered = rt_grow(NULL, (size_t)n_units + 1);
  memset(covered, 0, (size_t)n_units + 1);
  for (int u = 0; u < n_units; u++) {
    unit_tags[u] = ts->outside;
    unit_scores[u] = NAN;
  }
  for (int i = 0; i < t->n; i++) {
    int first = t->first_unit[i];
    if (covered[first]) continue; // a word's later tokens, or a character two tokens share
    unit_tags[first] = token_tags[i];
    unit_scores[first] = token_scores[i];
    covered[first] = true;
    for (int u = first + 1; units == NER_CHARACTERS && u < t->end_unit[i]; u++) {
      unit_tags[u] = ner_tag_continue(ts, token_tags[i]);
      covered[u] = true;
    }
  }
  if (units == NER_CHARACTERS) fill_uncovered(unit_tags, covered, ts, n_units);
  free(covered);
}

// Appends unit [start, end) of text to s.
static void push_unit(NerSentence *s, int *cap, int32_t start, int32_t end) {
  if (s->n_units == *cap) {
    *cap = 2 * *cap + 32;
    s->unit_start = rt_grow(s->unit_start, (size_t)*cap * sizeof *s->unit_start);
    s->unit_end = rt_grow(s->unit_end, (size_t)*cap * sizeof *s->unit_end);
  }
  s->unit_start[s->n_units] = start;
  s->unit_end[s->n_units++] = end;
}

void ner_sentence_of_text(NerSentence *out, const char *text, NerUnits units) {
  *out = (NerSentence){.text = strdup(text)};
  if (!out->text) abort();
  int cap = 0;
  size_t len = strlen(text);
  int32_t word = -1; // start of the word being read
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t k = tok_utf8_next((const uint8_t *)text + i, len - i, &cp);
    bool space = tok_char_class(cp) == TOKC_SPACE;
    if (units == NER_CHARACTERS) push_unit(out, &cap, (int32_t)i, (int32_t)(i + k));
    if (units == NER_WORDS && space && word >= 0) push_unit(out, &cap, word, (int32_t)i);
    if (units == NER_WORDS && !space && word < 0) word = (int32_t)i;
    if (space) word = -1;
    i += k;
  }
  if (units == NER_WORDS && word >= 0) push_unit(out, &cap, word, (int32_t)len);
  out->tags = rt_grow(NULL, ((size_t)out->n_units + 1) * sizeof *out->tags);
  for (int u = 0; u < out->n_units; u++)
    out->tags[u] = -1;
}
