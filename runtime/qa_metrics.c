// qa_metrics.c — SQuAD v1.1's and KorQuAD 1.0's exact match and F1 (qa_metrics.h).
//
// Texts are normalised as arrays of code points, one pass per step of the official scripts'
// normalize_answer, in their order; F1's multiset intersection is a merge of the two sorted
// token lists.
#include "qa_metrics.h"

#include "rt_util.h"
#include "tok_unicode.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

// A text as code points.
typedef struct {
  int32_t *c; // [n]
  int n, cap;
} Cps;

static void push(Cps *t, int32_t cp) {
  if (t->n == t->cap) t->c = rt_grow(t->c, (size_t)(t->cap = 2 * t->cap + 16) * sizeof *t->c);
  t->c[t->n++] = cp;
}

static Cps decode(const char *s) {
  Cps t = {0};
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    int32_t cp;
    i += tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    push(&t, cp);
  }
  return t;
}

// ---- Python's character properties ------------------------------------------------------

// str.isspace(): what str.split() splits on.
static bool py_space(int32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// re's \w for str patterns: letters, digits and numbers (str.isalnum()), and '_'.
static bool py_word(int32_t c) {
  switch (utf8proc_category(c)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LL:
  case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return true;
  default:
    return c == '_';
  }
}

// Unicode's Cased: upper, lower and title case letters and what has a case mapping.
static bool cased(int32_t c) {
  utf8proc_category_t cat = utf8proc_category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
         cat == UTF8PROC_CATEGORY_LT || utf8proc_tolower(c) != c || utf8proc_toupper(c) != c;
}

// Unicode's Case_Ignorable: marks, format characters, modifiers and the word-internal
// punctuation of word breaking (MidLetter, MidNumLet, Single_Quote).
static bool case_ignorable(int32_t c) {
  static const int32_t mid[] = {0x27,   0x2E,   0x3A,   0xB7,   0x387,  0x55F,
                                0x5F4,  0x2018, 0x2019, 0x2024, 0x2027, 0xFE13,
                                0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
  utf8proc_category_t cat = utf8proc_category(c);
  if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_CF ||
      cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_SK)
    return true;
  for (size_t i = 0; i < sizeof mid / sizeof *mid; i++)
    if (mid[i] == c) return true;
  return false;
}

// Whether the Σ at t->c[i] ends a word (CPython's handle_capital_sigma).
static bool final_sigma(const Cps *t, int i) {
  int j = i - 1;
  while (j >= 0 && case_ignorable(t->c[j]))
    j--;
  if (j < 0 || !cased(t->c[j])) return false;
  j = i + 1;
  while (j < t->n && case_ignorable(t->c[j]))
    j++;
  return j == t->n || !cased(t->c[j]);
}

// ---- normalize_answer's steps -----------------------------------------------------------

static Cps py_lower(const Cps *t) {
  Cps out = {0};
  for (int i = 0; i < t->n; i++) {
    int32_t c = t->c[i];
    if (c == 0x130) { // the one unconditional multi-character lowercase mapping
      push(&out, 'i');
      push(&out, 0x307);
    } else if (c == 0x3A3) {
      push(&out, final_sigma(t, i) ? 0x3C2 : 0x3C3);
    } else {
      push(&out, utf8proc_tolower(c));
    }
  }
  return out;
}

static bool ascii_punct(int32_t c) {
  return c < 0x80 && c > 0x20 && c != 0x7F && !(c >= '0' && c <= '9') &&
         !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static void remove_punct(Cps *t) {
  int n = 0;
  for (int i = 0; i < t->n; i++)
    if (!ascii_punct(t->c[i])) t->c[n++] = t->c[i];
  t->n = n;
}

// KorQuAD's remove_: quotes, brackets and parentheses become spaces.
static void korquad_symbols(Cps *t) {
  static const int32_t symbols[] = {'\'',   '"',    0x300A, 0x300B, '<',    '>',
                                    0x3008, 0x3009, '(',    ')',    0x2018, 0x2019};
  for (int i = 0; i < t->n; i++)
    for (size_t k = 0; k < sizeof symbols / sizeof *symbols; k++)
      if (t->c[i] == symbols[k]) t->c[i] = ' ';
}

// re.sub(r"\b(a|an|the)\b", " ", text): a run of word characters that is an article becomes
// one space.
static void remove_articles(Cps *t) {
  int n = 0;
  for (int i = 0; i < t->n;) {
    if (!py_word(t->c[i])) {
      t->c[n++] = t->c[i++];
      continue;
    }
    int j = i;
    while (j < t->n && py_word(t->c[j]))
      j++;
    const int32_t *w = t->c + i;
    int len = j - i;
    bool article = (len == 1 && w[0] == 'a') || (len == 2 && w[0] == 'a' && w[1] == 'n') ||
                   (len == 3 && w[0] == 't' && w[1] == 'h' && w[2] == 'e');
    if (article)
      t->c[n++] = ' ';
    else
      for (int k = i; k < j; k++)
        t->c[n++] = t->c[k];
    i = j;
  }
  t->n = n;
}

// ' '.join(text.split()) as UTF-8.
static char *join_words(const Cps *t) {
  char *out = rt_grow(NULL, (size_t)t->n * 4 + 1);
  size_t at = 0;
  bool word = false;
  for (int i = 0; i < t->n; i++) {
    if (py_space(t->c[i])) {
      word = false;
      continue;
    }
    if (!word && at) out[at++] = ' ';
    word = true;
    at += (size_t)utf8proc_encode_char(t->c[i], (utf8proc_uint8_t *)out + at);
  }
  out[at] = 0;
  return out;
}

char *qa_normalize(const char *s, QaMetric metric) {
  Cps t = decode(s);
  if (metric == QA_METRIC_KORQUAD) korquad_symbols(&t);
  Cps low = py_lower(&t);
  remove_punct(&low);
  if (metric != QA_METRIC_KORQUAD) remove_articles(&low);
  char *out = join_words(&low);
  free(t.c);
  free(low.c);
  return out;
}

bool qa_exact_match(const char *prediction, const char *gold, QaMetric metric) {
  char *p = qa_normalize(prediction, metric), *g = qa_normalize(gold, metric);
  bool same = strcmp(p, g) == 0;
  free(p);
  free(g);
  return same;
}

// ---- F1 ---------------------------------------------------------------------------------

typedef struct {
  const char *s;
  size_t len;
} Tok;

static int tok_cmp(const void *a, const void *b) {
  const Tok *x = a, *y = b;
  int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
  return c ? c : (x->len > y->len) - (x->len < y->len);
}

// The tokens of normalised text s, sorted: its words (SQuAD) or the characters of its words
// (KorQuAD). Returns how many; *out malloc'd.
static int tokens(const char *s, QaMetric metric, Tok **out) {
  size_t len = strlen(s);
  Tok *t = rt_grow(NULL, (len + 1) * sizeof *t);
  int n = 0;
  for (size_t i = 0; i < len;) {
    if (s[i] == ' ') {
      i++;
      continue;
    }
    size_t j = i;
    if (metric != QA_METRIC_KORQUAD)
      while (j < len && s[j] != ' ')
        j++;
    else {
      int32_t cp;
      j += tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    }
    t[n++] = (Tok){s + i, j - i};
    i = j;
  }
  qsort(t, (size_t)n, sizeof *t, tok_cmp);
  *out = t;
  return n;
}

double qa_f1(const char *prediction, const char *gold, QaMetric metric) {
  char *p = qa_normalize(prediction, metric), *g = qa_normalize(gold, metric);
  Tok *pt, *gt;
  int np = tokens(p, metric, &pt), ng = tokens(g, metric, &gt);
  int same = 0;
  for (int i = 0, j = 0; i < np && j < ng;) {
    int c = tok_cmp(&pt[i], &gt[j]);
    if (c == 0) same++;
    i += c <= 0;
    j += c >= 0;
  }
  double f1 = 0;
  if (metric == QA_METRIC_SQUAD_V2 && (!np || !ng))
    f1 = np == ng; // both empty: 1; one empty: 0
  else if (same) {
    double precision = 1.0 * same / np, recall = 1.0 * same / ng;
    f1 = (2 * precision * recall) / (precision + recall);
  }
  free(pt);
  free(gt);
  free(p);
  free(g);
  return f1;
}

// Whether gold answer text s counts in v2: its normalised text is not empty.
static bool v2_gold(const char *s) {
  char *n = qa_normalize(s, QA_METRIC_SQUAD_V2);
  bool kept = n[0] != 0;
  free(n);
  return kept;
}

bool qa_question_score(bool *exact, double *f1, const QaQuestion *q, const char *prediction,
                       QaMetric metric) {
  *exact = false;
  *f1 = 0;
  bool any = false;
  for (int a = 0; a < q->n_answers; a++) {
    const char *gold = q->answers[a].text;
    if (metric == QA_METRIC_SQUAD_V2 && !v2_gold(gold)) continue;
    *exact |= qa_exact_match(prediction, gold, metric);
    double f = qa_f1(prediction, gold, metric);
    if (!any || f > *f1) *f1 = f;
    any = true;
  }
  if (any || metric != QA_METRIC_SQUAD_V2) return any;
  *exact = qa_exact_match(prediction, "", metric); // v2: the gold answers are [""]
  *f1 = qa_f1(prediction, "", metric);
  return true;
}

// evaluate-v2.0.py's raw scores and make_eval_dict: all, HasAns and NoAns.
static void score_v2(QaScores *out, const QaData *data, const char *const *predictions) {
  double sum[3][2] = {{0}}; // all, has, no: exact, f1
  int64_t n[3] = {0};
  for (int q = 0; q < data->n_questions; q++) {
    if (!predictions[q]) {
      out->unanswered++;
      continue;
    }
    bool em;
    double f1;
    qa_question_score(&em, &f1, &data->questions[q], predictions[q], QA_METRIC_SQUAD_V2);
    int part = data->questions[q].n_answers ? 1 : 2;
    sum[0][0] += em, sum[0][1] += f1, n[0]++;
    sum[part][0] += em, sum[part][1] += f1, n[part]++;
  }
  double pct[3][2] = {{0}};
  for (int k = 0; k < 3; k++)
    for (int m = 0; n[k] && m < 2; m++)
      pct[k][m] = 100.0 * sum[k][m] / (double)n[k];
  out->total = n[0], out->has_ans_total = n[1], out->no_ans_total = n[2];
  out->exact_match = pct[0][0], out->f1 = pct[0][1];
  out->has_ans_exact = pct[1][0], out->has_ans_f1 = pct[1][1];
  out->no_ans_exact = pct[2][0], out->no_ans_f1 = pct[2][1];
}

void qa_score(QaScores *out, const QaData *data, const char *const *predictions, QaMetric metric) {
  *out = (QaScores){0};
  if (metric == QA_METRIC_SQUAD_V2) {
    score_v2(out, data, predictions);
    return;
  }
  double em = 0, f1 = 0;
  for (int q = 0; q < data->n_questions; q++) {
    if (!data->questions[q].n_answers) {
      out->no_gold++;
      continue;
    }
    out->total++;
    if (!predictions[q]) {
      out->unanswered++;
      continue;
    }
    bool best_em;
    double best_f1;
    qa_question_score(&best_em, &best_f1, &data->questions[q], predictions[q], metric);
    em += best_em;
    f1 += best_f1;
  }
  if (out->total) {
    out->exact_match = 100.0 * em / (double)out->total;
    out->f1 = 100.0 * f1 / (double)out->total;
  }
}
