// mlm_mask.c — HF's masked-LM masking over Philox counters (mlm_mask.h).
#include "mlm_mask.h"
#include "philox_impl.h"
#include "rt_util.h"

#include <math.h>
#include <stdlib.h>

#define WWM_SHUFFLE_DOMAIN 0x77776d00u // "wwm\0": the key of whole-word mode's shuffle

MlmMaskOptions mlm_mask_options(const Tokenizer *tok, double probability, bool whole_word) {
  MlmMaskOptions o = {.probability = probability,
                      .mask_replace_prob = 0.8,
                      .random_replace_prob = 0.1,
                      .whole_word = whole_word,
                      .vocab_size = tok_vocab_size(tok)};
  for (int s = 0; s < TOK_SPECIAL_COUNT; s++)
    o.special[s] = tok_special_id(tok, (TokSpecial)s);
  return o;
}

static bool is_special(const MlmMaskOptions *o, int32_t id) {
  for (int s = 0; s < TOK_SPECIAL_COUNT; s++)
    if (id == o->special[s]) return true;
  return false;
}

static double unit(uint32_t w) {
  return (double)w * 0x1p-32;
}

// The block of position `pos` of (example, epoch) under the seed's key, xor'ed with domain.
static void draw(uint32_t out[4], uint64_t seed, uint32_t domain, int64_t epoch, int64_t example,
                 int64_t pos) {
  uint32_t counter[4] = {(uint32_t)pos, (uint32_t)(uint64_t)example,
                         (uint32_t)((uint64_t)example >> 32), (uint32_t)(uint64_t)epoch};
  uint32_t key[2] = {(uint32_t)seed, (uint32_t)(seed >> 32) ^ domain};
  bertrt_philox_block(out, counter, key);
}

// HF _whole_word_mask: sel[i] = 1 for the tokens of the words chosen.
static void select_words(const MlmMaskOptions *o, uint64_t seed, int64_t epoch, int64_t example,
                         const int32_t *ids, const uint8_t *word_start, int64_t len, uint8_t *sel) {
  int64_t *first = rt_grow(NULL, (size_t)(len + 1) * sizeof *first); // word w starts at first[w]
  int64_t *size = rt_grow(NULL, (size_t)(len + 1) * sizeof *size);
  int64_t n_words = 0;
  int32_t cls = o->special[TOK_CLS], sep = o->special[TOK_SEP];
  for (int64_t i = 0; i < len; i++) {
    sel[i] = 0;
    if (ids[i] == cls || ids[i] == sep) continue;
    if (n_words && !word_start[i]) {
      size[n_words - 1]++; // joins the last word even across a skipped [SEP], as HF does
      continue;
    }
    first[n_words] = i, size[n_words] = 1, n_words++;
  }
  int64_t *order = rt_grow(NULL, (size_t)(n_words + 1) * sizeof *order);
  for (int64_t w = 0; w < n_words; w++)
    order[w] = w;
  for (int64_t i = n_words - 1; i > 0; i--) {
    uint32_t r[4];
    draw(r, seed, WWM_SHUFFLE_DOMAIN, epoch, example, i);
    int64_t j = (int64_t)(((uint64_t)r[0] * (uint64_t)(i + 1)) >> 32), t = order[i];
    order[i] = order[j], order[j] = t;
  }
  int64_t num = (int64_t)rint((double)len * o->probability);
  num = num < 1 ? 1 : num > MLM_WWM_MAX_PREDICT ? MLM_WWM_MAX_PREDICT : num;
  int64_t covered = 0;
  for (int64_t k = 0; k < n_words && covered < num; k++) {
    int64_t w = order[k];
    if (covered + size[w] > num) continue;
    int64_t left = size[w]; // the pieces from first[w] on, stepping over a [CLS] / [SEP]
    for (int64_t i = first[w]; left > 0; i++) {
      if (ids[i] == cls || ids[i] == sep) continue;
      sel[i] = 1, left--;
    }
    covered += size[w];
  }
  free(order);
  free(size);
  free(first);
}

void mlm_mask_example(const MlmMaskOptions *o, uint64_t seed, int64_t epoch, int64_t example,
                      const int32_t *ids, const uint8_t *word_start, int64_t len, int32_t *out_ids,
                      int32_t *out_labels) {
  uint8_t *sel = NULL;
  if (o->whole_word) {
    sel = rt_grow(NULL, (size_t)len + 1);
    select_words(o, seed, epoch, example, ids, word_start, len, sel);
  }
  double rest = 1.0 - o->mask_replace_prob;
  double random_given_kept = rest > 0 ? o->random_replace_prob / rest : 0.0;
  for (int64_t i = 0; i < len; i++) {
    int32_t id = ids[i];
    uint32_t r[4];
    draw(r, seed, 0, epoch, example, i);
    bool chosen = sel ? sel[i] != 0 : unit(r[0]) < o->probability;
    if (!chosen || is_special(o, id)) {
      out_ids[i] = id, out_labels[i] = MLM_IGNORE;
      continue;
    }
    out_labels[i] = id;
    if (unit(r[1]) < o->mask_replace_prob)
      out_ids[i] = o->special[TOK_MASK];
    else if (unit(r[2]) < random_given_kept)
      out_ids[i] = (int32_t)(((uint64_t)r[3] * (uint64_t)o->vocab_size) >> 32);
    else
      out_ids[i] = id;
  }
  free(sel);
}

void mlm_mask_all(const MlmMaskOptions *o, uint64_t seed, int64_t epoch, const int64_t *offsets,
                  int64_t n, const int32_t *ids, const uint8_t *word_start, int32_t *out_ids,
                  int32_t *out_labels) {
  for (int64_t e = 0; e < n; e++) {
    int64_t at = offsets[e];
    mlm_mask_example(o, seed, epoch, e, ids + at, word_start ? word_start + at : NULL,
                     offsets[e + 1] - at, out_ids + at, out_labels + at);
  }
}

int64_t mlm_count_masked(const int32_t *labels, int64_t rows, int64_t seq, int64_t *max_row) {
  int64_t total = 0, most = 0;
  for (int64_t r = 0; r < rows; r++) {
    int64_t k = 0;
    for (int64_t s = 0; s < seq; s++)
      k += labels[r * seq + s] != MLM_IGNORE;
    total += k;
    most = k > most ? k : most;
  }
  if (max_row) *max_row = most;
  return total;
}
