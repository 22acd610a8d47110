// mlm_mask_test.c — masking statistics and determinism of mlm_mask.h over a seeded synthetic
// sample (~200k tokens, vocabulary 1000): the selected fraction, the 80/10/10 split and the
// spread of random ids within 5 binomial sd, specials and padding never selected, labels the
// original ids, whole words masked whole and never past HF's count (with Python's round half to
// even), and (seed, epoch, example) -> the same mask, another epoch or example -> another.
#include "mlm_mask.h"
#include "rt_util.h"

#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { VOCAB = 1000, N_EX = 2000, LEN = 100, PAD_FROM = 90 }; // examples 0 mod 4 are padded

static MlmMaskOptions options(bool whole_word) {
  MlmMaskOptions o = {.probability = 0.15,
                      .mask_replace_prob = 0.8,
                      .random_replace_prob = 0.1,
                      .whole_word = whole_word,
                      .vocab_size = VOCAB};
  for (int s = 0; s < TOK_SPECIAL_COUNT; s++)
    o.special[s] = s; // PAD 0, UNK 1, CLS 2, SEP 3, MASK 4
  return o;
}

typedef struct {
  int64_t offsets[N_EX + 1];
  int32_t ids[N_EX * LEN], out[N_EX * LEN], labels[N_EX * LEN];
  uint8_t word_start[N_EX * LEN];
} Sample;

static void make_sample(Sample *s) {
  uint64_t st = 12345;
  for (int e = 0; e < N_EX; e++) {
    s->offsets[e] = (int64_t)e * LEN;
    for (int i = 0; i < LEN; i++) {
      int32_t *id = &s->ids[e * LEN + i];
      uint64_t r = rt_splitmix64(&st);
      *id = 5 + (int32_t)(r % (VOCAB - 5));
      if (r % 97 == 0) *id = TOK_UNK;
      if (i == 0) *id = TOK_CLS;
      if (i == LEN - 1 || (e % 4 == 0 && i == PAD_FROM - 1)) *id = TOK_SEP;
      if (e % 4 == 0 && i >= PAD_FROM) *id = TOK_PAD;
      s->word_start[e * LEN + i] = *id < 5 || (r >> 32) % 10 < 6;
    }
  }
  s->offsets[N_EX] = (int64_t)N_EX * LEN;
}

static void within(const char *what, double count, double n, double p) {
  double sd = sqrt(n * p * (1 - p));
  CHECK(fabs(count - n * p) <= 5 * sd, "%s: %.0f of %.0f, expected %.1f +- %.1f (5 sd)", what,
        count, n, n * p, 5 * sd);
}

static void token_mode_statistics(Sample *s) {
  MlmMaskOptions o = options(false);
  mlm_mask_all(&o, 7, 0, s->offsets, N_EX, s->ids, NULL, s->out, s->labels);
  double eligible = 0, selected = 0, masked = 0, random = 0, kept = 0, bins[10] = {0};
  for (int64_t k = 0; k < (int64_t)N_EX * LEN; k++) {
    bool special = s->ids[k] < 5;
    eligible += !special;
    if (s->labels[k] == MLM_IGNORE) {
      CHECK(s->out[k] == s->ids[k], "token %lld changed without a label", (long long)k);
      continue;
    }
    CHECK(!special, "special id %d at %lld selected", s->ids[k], (long long)k);
    CHECK(s->labels[k] == s->ids[k], "label %d at %lld, expected the original %d", s->labels[k],
          (long long)k, s->ids[k]);
    selected++;
    if (s->out[k] == TOK_MASK)
      masked++;
    else if (s->out[k] != s->ids[k])
      random++, bins[s->out[k] * 10 / VOCAB]++;
    else
      kept++;
  }
  within("selected", selected, eligible, 0.15);
  within("[MASK]", masked, selected, 0.8);
  within("random", random, selected, 0.1);
  within("unchanged", kept, selected, 0.1);
  for (int b = 0; b < 10; b++)
    within("random ids in a tenth of the vocabulary", bins[b], random, 0.1);
  int64_t max_row, total = mlm_count_masked(s->labels, N_EX, LEN, &max_row);
  CHECK(total == (int64_t)selected, "mlm_count_masked %lld, expected %.0f", (long long)total,
        selected);
  CHECK(max_row > 0 && max_row <= LEN, "max_row %lld", (long long)max_row);
}

static void whole_word_statistics(Sample *s) {
  MlmMaskOptions o = options(true);
  mlm_mask_all(&o, 7, 0, s->offsets, N_EX, s->ids, s->word_start, s->out, s->labels);
  double selected = 0, eligible = 0;
  for (int e = 0; e < N_EX; e++) {
    const int32_t *id = s->ids + e * LEN, *lab = s->labels + e * LEN;
    const uint8_t *ws = s->word_start + e * LEN;
    int64_t covered = 0, num = (int64_t)rint(LEN * 0.15); // len counts every token, as HF's
    for (int i = 0; i < LEN; i++) {
      covered += lab[i] != MLM_IGNORE;
      CHECK(lab[i] == MLM_IGNORE || id[i] >= 5, "example %d: special at %d selected", e, i);
      eligible += id[i] >= 5;
    }
    CHECK(covered <= num, "example %d: %lld tokens masked, HF stops at %lld", e, (long long)covered,
          (long long)num);
    selected += (double)covered;
    // a word: a start and the "##" pieces after it; with no special inside, all or none
    for (int i = 0; i < LEN;) {
      int j = i + 1;
      while (j < LEN && !ws[j] && id[j] != TOK_CLS && id[j] != TOK_SEP)
        j++;
      bool any = false, all = true, specials = false;
      for (int k = i; k < j; k++)
        any |= lab[k] != MLM_IGNORE, all &= lab[k] != MLM_IGNORE, specials |= id[k] < 5;
      CHECK(specials || !any || all, "example %d: word [%d, %d) masked in part", e, i, j);
      i = j;
    }
  }
  // HF's count is 15 a row; what falls short: words skipped at the end, [UNK] and [PAD] words
  CHECK(selected >= 13.0 * N_EX, "whole words cover %.0f of %.0f eligible tokens", selected,
        eligible);
}

// Python's round(len * p) is round half to even: 10 * 0.25 -> 2, 14 * 0.25 -> 4.
static void whole_word_count_rounds_half_to_even(void) {
  MlmMaskOptions o = options(true);
  o.probability = 0.25;
  int32_t ids[14], out[14], labels[14];
  uint8_t ws[14];
  for (int i = 0; i < 14; i++)
    ids[i] = 10 + i, ws[i] = 1;
  for (int len = 10; len <= 14; len += 4) {
    mlm_mask_example(&o, 3, 0, 0, ids, ws, len, out, labels);
    int64_t n = mlm_count_masked(labels, 1, len, NULL);
    CHECK(n == (len == 10 ? 2 : 4), "len %d: %lld masked", len, (long long)n);
  }
}

static void draws_depend_on_seed_epoch_and_example_only(Sample *s) {
  for (int ww = 0; ww < 2; ww++) {
    MlmMaskOptions o = options(ww);
    int32_t a[LEN], la[LEN], b[LEN], lb[LEN];
    const int32_t *ids = s->ids + 5 * LEN;
    const uint8_t *ws = s->word_start + 5 * LEN;
    mlm_mask_example(&o, 11, 3, 5, ids, ws, LEN, a, la);
    mlm_mask_example(&o, 11, 3, 5, ids, ws, LEN, b, lb);
    CHECK(!memcmp(a, b, sizeof a) && !memcmp(la, lb, sizeof la), "whole_word %d: redraw differs",
          ww);
    mlm_mask_example(&o, 11, 4, 5, ids, ws, LEN, b, lb);
    CHECK(memcmp(la, lb, sizeof la), "whole_word %d: epoch 4 draws epoch 3's mask", ww);
    mlm_mask_example(&o, 11, 3, 6, ids, ws, LEN, b, lb);
    CHECK(memcmp(la, lb, sizeof la), "whole_word %d: example 6 draws example 5's mask", ww);
    mlm_mask_example(&o, 12, 3, 5, ids, ws, LEN, b, lb);
    CHECK(memcmp(la, lb, sizeof la), "whole_word %d: seed 12 draws seed 11's mask", ww);
    memcpy(b, ids, sizeof b); // in place
    mlm_mask_example(&o, 11, 3, 5, b, ws, LEN, b, lb);
    CHECK(!memcmp(a, b, sizeof a), "whole_word %d: in place differs", ww);
  }
}

int main(void) {
  static Sample s;
  make_sample(&s);
  token_mode_statistics(&s);
  whole_word_statistics(&s);
  whole_word_count_rounds_half_to_even();
  draws_depend_on_seed_epoch_and_example_only(&s);
  return check_exit("mlm_mask_test");
}
