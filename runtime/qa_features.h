// qa_features.h — a question and its paragraph as the model's inputs: HF run_qa's
// prepare_train_features / prepare_validation_features over WordPiece (tokenizer.h).
//
// Each window is [CLS] question [SEP] context-window [SEP], token types 0 up to the first [SEP]
// and 1 after it (the last [SEP] included). The question is cut to its first max_query_length
// tokens (run_squad.py's max_query_length; run_qa.py keeps it whole: 0 here). The context goes
// into overlapping windows of cap = max_seq_length - 3 - question tokens tokens, as the
// tokenizers library's truncation with stride does (return_overflowing_tokens): windows start at
// context tokens 0, cap - doc_stride, 2 (cap - doc_stride), ... until one reaches the end, so
// consecutive windows share doc_stride tokens (HF's `stride`); a context of at most cap tokens is
// one window.
//
// Labels (of the question's first answer): start and end are the window's tokens holding the
// answer's first and last characters, found as run_qa does (the last context token starting at
// or before the answer's start; the first context token ending at or after its end), or 0 and 0
// (the [CLS]) when the answer is not wholly inside the window's context, or the question has no
// answer (v2's impossible ones). One deliberate difference: run_qa's start search runs past the
// context into the final [SEP] (offset (0, 0)), so an answer starting in a window's last context
// token gets start = the [SEP] there; here it is that last context token
// (tests/oracle/qa_features.py prints both).
//
// Offsets: every context token's code points [char_start, char_end) in the context (HF's
// offset_mapping, with validation's None for the other tokens as -1), so that decoding slices the
// original text (qa_decode.h).
#ifndef BERTRT_QA_FEATURES_H
#define BERTRT_QA_FEATURES_H

#include "qa_data.h"
#include "tokenizer.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  int max_seq_length;   // tokens per window, [CLS] and both [SEP] included (run_qa: 384)
  int doc_stride;       // context tokens consecutive windows share (run_qa: 128)
  int max_query_length; // question tokens kept (run_squad: 64); 0: all
} QaFeatureOptions;

// One window of one question.
typedef struct {
  int question;                     // index in QaData.questions
  int window;                       // from 0 within its question
  int len;                          // tokens, <= max_seq_length
  int32_t *ids, *type_ids;          // [len]
  int32_t *char_start, *char_end;   // [len] code points of the context; -1 outside the context
  int context_first, context_end;   // the window's context tokens [first, end)
  int start_position, end_position; // labels: answers[0]'s tokens, 0 and 0 when not inside
} QaFeature;

// The windows of many questions, each question's together and in order.
typedef struct {
  int n, cap;
  QaFeature *f; // [n]
} QaFeatures;

// Appends the windows of question q of d. Returns how many (>= 1), or -1 with err = "question
// 'ID': ..." when the window leaves no room for the context (cap < 1) or, for a context that
// needs several windows, cap <= doc_stride (tokenizers refuses too).
int qa_features_add(QaFeatures *out, const Tokenizer *tok, const QaData *d, int q,
                    const QaFeatureOptions *opt, char *err, size_t err_size);
void qa_features_free(QaFeatures *fs);

#endif
