// ner_align.h — between a sentence's units (characters or words, ner_data.h) and its WordPiece
// tokens: the tokens' training labels as HF's token-classification recipe gives them, windows
// over a sentence longer than the model, and the units' tags from the tokens' predictions, so
// that metrics and answers are about characters and words, never about tokens.
//
// Labels. Words (CoNLL): a word's first token carries the word's tag, its other tokens -100
// (HF's recipe, label_all_tokens=False). Characters (KLUE): every token takes the tag of its
// first character (KLUE's baseline).
// Back-mapping. Words: a word takes its first token's predicted tag; a word no token covers
// (cleaned away by the tokenizer) is O. Characters: a token's first character takes its tag, the
// token's other characters continue its entity (I-X after B-X or I-X; O after O), as KLUE's
// baseline does; a character no token covers (a space) continues an entity of type X when the
// covered character before it is tagged X and the one after it I-X, and is O otherwise, so a
// predicted entity spans the spaces inside it as KLUE's gold entities do.
// Windows. A sentence of more than `width` tokens becomes windows of `width` tokens, consecutive
// windows sharing `overlap`; each token's prediction comes from the window in which it has the
// most context on both sides (the earlier one on ties).
#ifndef BERTRT_NER_ALIGN_H
#define BERTRT_NER_ALIGN_H

#include "ner_data.h"
#include "tokenizer.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum {
  NER_CHARACTERS, // KLUE-NER: a unit is a code point
  NER_WORDS,      // CoNLL: a unit is a whitespace-separated word
} NerUnits;

// A sentence's tokens without [CLS] and [SEP].
typedef struct {
  int n;               // tokens
  int32_t *ids;        // [n]
  int32_t *first_unit; // [n] the unit the token starts in
  int32_t *end_unit;   // [n] one past the last unit it covers
  int32_t *labels;     // [n] training labels (-100: none); NULL when the units have no tags
} NerTokens;

// Tokenizes s (no truncation) and aligns its tokens to its units; labels from s->tags when
// `labelled`.
void ner_tokens(NerTokens *out, const Tokenizer *tok, const NerSentence *s, NerUnits units,
                bool labelled);
void ner_tokens_free(NerTokens *t);

typedef struct {
  int first, count; // tokens [first, first + count) of the sentence
} NerWindow;

// The windows over n tokens (one, possibly empty, when n <= width); 0 <= overlap < width.
// Returns how many; *out malloc'd.
int ner_windows(int n, int width, int overlap, NerWindow **out);
// owner [n]: for each token, the window its prediction is taken from.
void ner_token_owners(int32_t *owner, const NerWindow *windows, int n_windows, int n);

// unit_tags [n_units] (and unit_scores [n_units]: the predicting token's probability, NaN for a
// unit that takes no token's own prediction) from token_tags [t->n] and token_scores [t->n].
void ner_unit_tags(int32_t *unit_tags, float *unit_scores, const NerTagSet *ts, const NerTokens *t,
                   const int32_t *token_tags, const float *token_scores, int n_units,
                   NerUnits units);

// A sentence over `text` without tags (what `predict` reads): its characters or words (free
// with ner_sentence_free).
void ner_sentence_of_text(NerSentence *out, const char *text, NerUnits units);

#endif
