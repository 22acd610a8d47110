// qa_features.c — a question's windows over its paragraph, with labels and offsets
// (qa_features.h).
//
// The question and the context are tokenized apart (as the tokenizer does each text of a pair),
// then each window is laid out from the two token lists.
#include "qa_features.h"

#include "rt_util.h"

#include <stdlib.h>
#include <string.h>

// The code point of p's context at byte `at` (a character boundary, or the end).
static int32_t cp_of_byte(const QaParagraph *p, int32_t at) {
  int32_t lo = 0, hi = p->n_chars;
  while (lo < hi) {
    int32_t mid = (lo + hi) / 2;
    if (p->cp_byte[mid] < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

// Tokens of text without [CLS] and [SEP], at most `keep` of them (0: all).
static void encode_alone(TokEncoding *enc, const Tokenizer *tok, const char *text, int keep) {
  TokEncodeOptions none = {0};
  char err[64];
  if (!tok_encode(enc, tok, text, strlen(text), NULL, 0, &none, err, sizeof err)) abort();
  enc->len -= 2;
  memmove(enc->ids, enc->ids + 1, (size_t)enc->len * sizeof *enc->ids);
  memmove(enc->start, enc->start + 1, (size_t)enc->len * sizeof *enc->start);
  memmove(enc->end, enc->end + 1, (size_t)enc->len * sizeof *enc->end);
  if (keep > 0 && enc->len > keep) enc->len = keep;
}

static QaFeature *new_feature(QaFeatures *out, int len) {
  if (out->n == out->cap)
    out->f = rt_grow(out->f, (size_t)(out->cap = 2 * out->cap + 64) * sizeof *out->f);
  QaFeature *f = &out->f[out->n++];
  size_t size = (size_t)len * sizeof(int32_t);
  *f = (QaFeature){.len = len,
                   .ids = rt_grow(NULL, size),
                   .type_ids = rt_grow(NULL, size),
                   .char_start = rt_grow(NULL, size),
                   .char_end = rt_grow(NULL, size)};
  return f;
}

// Appends token (id, type, char span) at position i of f.
static void put(QaFeature *f, int i, int32_t id, int32_t type, int32_t start, int32_t end) {
  f->ids[i] = id;
  f->type_ids[i] = type;
  f->char_start[i] = start;
  f->char_end[i] = end;
}

// run_qa's labels of the answer [start_char, end_char) in window f (qa_features.h).
static void label(QaFeature *f, int32_t start_char, int32_t end_char) {
  int first = f->context_first, last = f->context_end - 1;
  f->start_position = f->end_position = 0;
  if (!(f->char_start[first] <= start_char && f->char_end[last] >= end_char)) return;
  int s = first;
  while (s + 1 <= last && f->char_start[s + 1] <= start_char)
    s++;
  int e = last;
  while (e - 1 >= first && f->char_end[e - 1] >= end_char)
    e--;
  f->start_position = s;
  f->end_position = e;
}

int qa_features_add(QaFeatures *out, const Tokenizer *tok, const QaData *d, int q,
                    const QaFeatureOptions *opt, char *err, size_t err_size) {
  const QaQuestion *qq = &d->questions[q];
  const QaParagraph *p = &d->paragraphs[qq->paragraph];
  TokEncoding qe = {0}, ce = {0};
  encode_alone(&qe, tok, qq->question, opt->max_query_length);
  encode_alone(&ce, tok, p->context, 0);
  int nq = qe.len, nc = ce.len, cap = opt->max_seq_length - 3 - nq;
  if (cap < 1 || (nc > cap && cap <= opt->doc_stride)) {
    rt_set_err(err, err_size,
               "question '%s': max_seq_length %d leaves %d context tokens per window after the "
               "question's %d tokens (expected more than doc_stride %d; lower max_query_length "
               "or doc_stride)",
               qq->id, opt->max_seq_length, cap, nq, opt->doc_stride);
    tok_encoding_free(&qe);
    tok_encoding_free(&ce);
    return -1;
  }
  bool answered = qq->n_answers > 0 && !qq->impossible;
  int32_t start_char = answered ? qq->answers[0].start : 0;
  int32_t end_char = answered ? start_char + qq->answers[0].length : 0;
  int windows = 0;
  for (int from = 0;; from += cap - opt->doc_stride) {
    int count = nc - from < cap ? nc - from : cap;
    QaFeature *f = new_feature(out, nq + count + 3);
    f->question = q;
    f->window = windows++;
    put(f, 0, tok_special_id(tok, TOK_CLS), 0, -1, -1);
    for (int i = 0; i < nq; i++)
      put(f, 1 + i, qe.ids[i], 0, -1, -1);
    put(f, nq + 1, tok_special_id(tok, TOK_SEP), 0, -1, -1);
    f->context_first = nq + 2;
    f->context_end = nq + 2 + count;
    for (int i = 0; i < count; i++)
      put(f, nq + 2 + i, ce.ids[from + i], 1, cp_of_byte(p, ce.start[from + i]),
          cp_of_byte(p, ce.end[from + i]));
    put(f, f->len - 1, tok_special_id(tok, TOK_SEP), 1, -1, -1);
    if (answered && count > 0) label(f, start_char, end_char);
    if (from + count >= nc) break;
  }
  tok_encoding_free(&qe);
  tok_encoding_free(&ce);
  return windows;
}

void qa_features_free(QaFeatures *fs) {
  for (int i = 0; i < fs->n; i++) {
    free(fs->f[i].ids);
    free(fs->f[i].type_ids);
    free(fs->f[i].char_start);
    free(fs->f[i].char_end);
  }
  free(fs->f);
  *fs = (QaFeatures){0};
}
