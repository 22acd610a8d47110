// qa_decode.h — a question's answer from its windows' start and end logits: HF run_qa's
// postprocess_qa_predictions (utils_qa.py).
//
// In every window, the n_best highest start logits and the n_best highest end logits (over the
// window's len tokens; ties: the lower index first, where numpy's argsort leaves their order open)
// give candidate spans (start, end) — in that order, starts outer — kept when both tokens are in
// the window's context, end >= start and end - start + 1 <= max_answer_length; a span scores
// start_logit + end_logit (float, as numpy adds float32 logits). The answer is the best-scoring
// span over all windows (the first one on ties: windows in order, as Python's stable sort keeps
// them), and its text the ORIGINAL context between the start token's first code point and the end
// token's last: no detokenisation.
//
// SQuAD v2 (with_negative): the null score is the lowest start_logits[0] + end_logits[0] ([CLS])
// over the windows; score_diff = null_score - best.start_logit - best.end_logit, and the answer is
// null ("") when score_diff > null_threshold. A question with no valid span gets the null answer
// (HF writes its placeholder "empty" instead; an empty answer here).
#ifndef BERTRT_QA_DECODE_H
#define BERTRT_QA_DECODE_H

#include "qa_data.h"
#include "qa_features.h"

#include <stdbool.h>

typedef struct {
  int n_best;            // candidates per side and window (run_qa: 20)
  int max_answer_length; // tokens (run_qa: 30)
  bool with_negative;    // SQuAD v2: the null answer competes
  float null_threshold;  // v2: null when score_diff > this (run_qa: 0.0)
} QaDecodeOptions;

typedef struct {
  bool null;                    // no answer: text "", char_start == char_end == 0
  int32_t char_start, char_end; // the answer's code points [start, end) of the context
  int window;                   // the window it came from (-1 when no span was valid)
  int start_token, end_token;   // its tokens in that window
  float start_logit, end_logit; // of the best span (0 when none)
  float null_score;             // min over windows of start_logits[0] + end_logits[0]
  float score_diff;             // null_score - start_logit - end_logit (v2's decision)
  char *text;                   // malloc'd: the context slice, or ""
} QaPrediction;

// Decodes the n_windows windows of one question (consecutive entries of QaFeatures: all of
// that question's, qa_features_add's output). start_logits and end_logits are
// [n_windows, logit_stride] (logit_stride >= every window's len: the padded bucket), row w for
// window w; p is the question's paragraph. Free out->text.
void qa_decode(QaPrediction *out, const QaFeature *windows, int n_windows,
               const float *start_logits, const float *end_logits, int logit_stride,
               const QaParagraph *p, const QaDecodeOptions *opt);

#endif
