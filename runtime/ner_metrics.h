// ner_metrics.h — entity-level precision, recall and F1 of tag sequences as seqeval computes
// them (its default, conlleval-compatible mode), and KLUE's character-level macro F1.
//
// Entities are seqeval 1.2.2's get_entities of a sentence's tag names (default mode, not
// strict): a chunk begins at B-X, or at an I-X after O or after a tag of another type; it ends
// before O, before B-*, before a tag of another type, and at the sentence's end. An entity is
// (type, first unit, last unit); a predicted entity is correct when the gold sentence has the
// same triple (exact span and type). Sentences are scored one by one, so no entity crosses
// two sentences.
//
// Character-level macro F1 is KLUE's klue_ner_char_macro_f1: scikit-learn's
// f1_score(truth, pred, labels=every label index, average="macro", zero_division=1) over the
// units counted (ner_counts_add's `scored`): per label 2tp / (2tp + fp + fn), 1.0 when that is
// 0 / 0, then their plain mean over every label, O included.
#ifndef BERTRT_NER_METRICS_H
#define BERTRT_NER_METRICS_H

#include "json.h"
#include "metrics.h"
#include "ner_tags.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
  int type;       // NerTagSet type index
  int start, end; // units [start, end)
} NerEntity;

// The entities of tags [n] (label indices) into out (capacity n: there are at most n), in
// order of their start. Returns how many.
int ner_entities(const NerTagSet *ts, const int32_t *tags, int n, NerEntity *out);

// Counts accumulated over sentences.
typedef struct {
  int n_types, num_labels;
  int64_t *correct;   // [n_types] predicted entities that are gold entities
  int64_t *predicted; // [n_types]
  int64_t *gold;      // [n_types] (seqeval's support)
  int64_t *units;     // [num_labels * num_labels] confusion of the units counted by
                      // ner_counts_add's `scored` (metrics.h layout: truth * k + pred)
} NerCounts;

void ner_counts_init(NerCounts *c, const NerTagSet *ts);
void ner_counts_free(NerCounts *c);
// Adds one sentence: truth and pred [n] label indices; scored [n] (NULL: every unit) says which
// units enter the unit confusion. Entities are found over all n units.
void ner_counts_add(NerCounts *c, const NerTagSet *ts, const int32_t *truth, const int32_t *pred,
                    const bool *scored, int n);

typedef struct {
  ClassScore *per_type; // [n_types] precision, recall, f1, support (gold entities)
  bool *reported;       // [n_types] has a gold or predicted entity (seqeval's rows and averages)
  ClassScore micro, macro, weighted; // seqeval's averages (support: all gold entities)
  double char_macro_f1;              // in [0, 1]
  double unit_accuracy;              // units counted whose tag is right
} NerScores;

// Scores from counts, computed as seqeval / scikit-learn compute them (zero_division 0 for the
// entity scores: an undefined ratio is 0.0; numpy's summation order for the averages) so that
// the rounded digits agree. The macro average of no reported type is 0.0 (seqeval's is NaN).
// Free with ner_scores_free.
void ner_scores(NerScores *out, const NerTagSet *ts, const NerCounts *c);
void ner_scores_free(NerScores *s);

// seqeval's classification_report(y_true, y_pred, digits=digits) text: a header, one row per
// reported type (sorted), then micro avg, macro avg and weighted avg rows. Ends with a newline.
void ner_report_text(FILE *out, const NerTagSet *ts, const NerScores *s, int digits);
// The same as one JSON object: {"TYPE": {"precision", "recall", "f1-score", "support"}, ...,
// "micro avg": {...}, "macro avg": {...}, "weighted avg": {...}} (output_dict=True).
void ner_report_json(JsonWriter *w, const NerTagSet *ts, const NerScores *s);

#endif
