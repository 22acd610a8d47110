// qa_metrics.h — exact match and F1 of extractive answers as the official scripts compute them:
// SQuAD v1.1's evaluate-v1.1.py, SQuAD v2.0's evaluate-v2.0.py and KorQuAD 1.0's
// evaluate-v1.0.py (tests/oracle/qa_metrics.py restates them; tests/qa/qa_metrics_test.c
// compares with its golden figures).
//
// SQuAD normalisation: Python's str.lower(), drop every character of string.punctuation (the 32
// ASCII symbols), replace each English article a / an / the standing as a word (re's \b: its
// neighbours are not letters, digits or '_') by a space, then ' '.join(text.split()). F1 is over
// the words of the normalised texts: common = the multiset intersection, 0 when nothing is in
// common, else 2PR / (P + R).
// KorQuAD normalisation: first replace ' " 《 》 < > 〈 〉 ( ) ‘ ’ by spaces, then lower, drop
// string.punctuation and fix whitespace as SQuAD does, keeping articles. Its F1 is over the
// characters of the normalised words (whitespace left out). Exact match for both: the
// normalised texts are equal.
//
// Python's lower() is full lowercasing: utf8proc's mapping, U+0130 to "i̇" and Σ to final ς
// when a cased letter precedes it and none follows (case-ignorable characters between skipped);
// Python's split() splits on its whitespace set (str.isspace).
// Over a data set: each question scores the best of its gold answers, a question with no
// prediction scores 0 and counts; totals are 100 * sum / questions, summed in file order as the
// scripts do, so the figures agree to the last bit.
//
// SQuAD v2.0 (evaluate-v2.0.py, no na_prob file): SQuAD's normalisation; the gold answers are
// those whose normalised text is not empty, or [""] when none is (impossible questions); F1 is 1
// when both token lists are empty and 0 when one is, else as v1.1. Questions without a
// prediction are left out of every total (the script only warns); the totals and the HasAns /
// NoAns ones (questions with / without answers in the file) are 100 * sum / their questions.
#ifndef BERTRT_QA_METRICS_H
#define BERTRT_QA_METRICS_H

#include "qa_data.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum {
  QA_METRIC_SQUAD,    // SQuAD v1.1: word F1, articles dropped
  QA_METRIC_KORQUAD,  // KorQuAD 1.0: character F1
  QA_METRIC_SQUAD_V2, // SQuAD v2.0: v1.1's words, empty answers scored
} QaMetric;

// The normalised text of s (UTF-8), a fresh malloc'd string.
char *qa_normalize(const char *s, QaMetric metric);
bool qa_exact_match(const char *prediction, const char *gold, QaMetric metric);
double qa_f1(const char *prediction, const char *gold, QaMetric metric);
// One question's scores: the best exact match and F1 of prediction over its gold answers (v2:
// those v2 keeps, or ""). False, both 0, when there is no gold answer to score against (v1.1 and
// KorQuAD on a question without answers).
bool qa_question_score(bool *exact, double *f1, const QaQuestion *q, const char *prediction,
                       QaMetric metric);

typedef struct {
  double exact_match, f1; // percent, over the questions scored
  int64_t total;          // questions scored
  int64_t unanswered;     // v1.1, KorQuAD: of them, with no prediction (scored 0); v2: left out
  int64_t no_gold;        // v1.1, KorQuAD: questions without answers, not scored
  // v2 only: the totals over the questions with answers (HasAns) and without (NoAns).
  double has_ans_exact, has_ans_f1, no_ans_exact, no_ans_f1; // percent; 0 when none
  int64_t has_ans_total, no_ans_total;
} QaScores;

// Scores predictions [data->n_questions] (NULL: unanswered) against data's answers.
void qa_score(QaScores *out, const QaData *data, const char *const *predictions, QaMetric metric);

#endif
