// mlm_mask.h — masked-LM masking as HF's DataCollatorForLanguageModeling (token mode) and
// DataCollatorForWholeWordMask (whole-word mode) draw it, over Philox counters so that the mask
// of example i in epoch e depends only on (seed, epoch, i): a resumed run redraws the exact
// masks of an uninterrupted one, and every epoch draws a fresh mask.
//
// Token mode: each token that is not special (the five TokSpecial ids: [PAD] [UNK] [CLS] [SEP]
// [MASK], HF's get_special_tokens_mask over all_special_ids, which also covers padding) is
// selected with probability `probability`. Whole-word mode (HF's _whole_word_mask): the words —
// a token whose word_start is 0 (a "##" piece) joins the word before it; [CLS] and [SEP] are
// skipped and belong to no word — are put in a random order; num = min(512, max(1,
// round_half_even(len * probability))) with len counting every token of the example, specials
// included; words are taken in that order while fewer than num tokens are covered, a word that
// would take the count past num is skipped (never covered in part); then special tokens are
// cleared from the selection (so a word that is [UNK] counts towards num but is not masked).
//
// Of the selected tokens, each independently: with mask_replace_prob [MASK]; else with
// random_replace_prob / (1 - mask_replace_prob) a token drawn uniformly from [0, vocab_size)
// (HF: torch.randint(len(tokenizer)), specials and the original id included); else unchanged.
// labels are the original id at selected positions and -100 elsewhere.
//
// Draws: key (seed low 32 bits, seed high 32 bits), counter (position, example low 32, example
// high 32, epoch low 32) gives one Philox4x32-10 block per token: word 0 selects (token mode),
// 1 decides [MASK], 2 decides random, 3 is the random id (multiply-high by vocab_size); a 32-bit
// word w is the uniform w * 2^-32. Whole-word mode shuffles the words by Fisher-Yates (as
// Python's random.shuffle: i from the last down to 1, j uniform in [0, i]) with word 0 of the
// block of counter (i, example, epoch) under the key whose high word is xor'ed with 0x77776d00.
#ifndef BERTRT_MLM_MASK_H
#define BERTRT_MLM_MASK_H

#include <stdbool.h>
#include <stdint.h>

#include "tokenizer.h"

enum { MLM_IGNORE = -100 };         // the label of a position that is not predicted
enum { MLM_WWM_MAX_PREDICT = 512 }; // HF _whole_word_mask's max_predictions

typedef struct {
  double probability;         // of selecting a token (HF mlm_probability, 0.15), in [0, 1]
  double mask_replace_prob;   // of [MASK] for a selected token (0.8)
  double random_replace_prob; // of a random id for a selected token (0.1); the rest unchanged
  bool whole_word;            // DataCollatorForWholeWordMask's selection
  int32_t vocab_size;         // random ids are uniform over [0, vocab_size)
  int32_t special[TOK_SPECIAL_COUNT]; // ids never selected, indexed by TokSpecial
} MlmMaskOptions;

// HF's defaults (0.8, 0.1) with the tokenizer's specials and vocabulary size.
MlmMaskOptions mlm_mask_options(const Tokenizer *tok, double probability, bool whole_word);

// Masks one example: ids (len) its tokens, word_start (len) 1 where a token starts a word (read
// in whole-word mode only; may be NULL otherwise). Writes out_ids (len) — the input with the
// replacements — and out_labels (len). ids and out_ids may be the same array.
void mlm_mask_example(const MlmMaskOptions *o, uint64_t seed, int64_t epoch, int64_t example,
                      const int32_t *ids, const uint8_t *word_start, int64_t len, int32_t *out_ids,
                      int32_t *out_labels);

// mlm_mask_example of every example of a data set: example i is tokens [offsets[i],
// offsets[i+1]) of ids, word_start, out_ids and out_labels (offsets[n] each).
void mlm_mask_all(const MlmMaskOptions *o, uint64_t seed, int64_t epoch, const int64_t *offsets,
                  int64_t n, const int32_t *ids, const uint8_t *word_start, int32_t *out_ids,
                  int32_t *out_labels);

// Labels that are not MLM_IGNORE in labels (rows, seq); the most of one row in *max_row unless
// max_row is NULL. The program checks these against its bound on predictions.
int64_t mlm_count_masked(const int32_t *labels, int64_t rows, int64_t seq, int64_t *max_row);

#endif
