// ner_tags.h — the tag set of a token-classification head: which label is O, which begins
// (B-TYPE) or continues (I-TYPE) an entity of which type.
//
// Label names are "O", "B-TYPE" or "I-TYPE" (the IOB schemes of KLUE-NER and CoNLL; spec.c
// checks this for token_classification heads). Entity types are numbered in the order of their
// names' byte order (strcmp), as seqeval sorts them in its reports.
#ifndef BERTRT_NER_TAGS_H
#define BERTRT_NER_TAGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { NER_OUTSIDE = 'O', NER_BEGIN = 'B', NER_INSIDE = 'I' } NerPrefix;

typedef struct {
  int num_labels;
  const char *const *labels; // [num_labels] the names (not copied)
  NerPrefix *prefix;         // [num_labels]
  int *type;                 // [num_labels] entity type of the label, -1 for O
  int n_types;
  char **types;   // [n_types] type names, sorted ("DT", "LC", ...)
  int *begin_of;  // [n_types] the label B-TYPE, or -1 when the labels lack it
  int *inside_of; // [n_types] the label I-TYPE, or -1
  int outside;    // the label O, or -1
} NerTagSet;

// Reads `labels`; false with err = "label N 'NAME' is not O, B-TYPE or I-TYPE" (or a
// duplicate) when one does not fit.
bool ner_tags_init(NerTagSet *ts, const char *const *labels, int num_labels, char *err,
                   size_t err_size);
void ner_tags_free(NerTagSet *ts);
// The label index of name[0, len), or -1.
int ner_tag_find(const NerTagSet *ts, const char *name, size_t len);
// The label a unit takes when it continues an entity whose first token has label `tag`:
// I-TYPE for B-TYPE or I-TYPE (the tag itself when the labels lack I-TYPE), O for O.
int ner_tag_continue(const NerTagSet *ts, int tag);

#endif
