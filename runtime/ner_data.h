// ner_data.h — token-classification data files: KLUE-NER's character layout and CoNLL's column
// layout, read into sentences of units (characters or words), each unit with its tag.
//
// KLUE-NER (character per line):
//     ## klue-ner-v1_dev_00000-wikitree<TAB><경찰:OG>은 ...     comment; `##` lines open a sentence
//     경<TAB>B-OG                                               CHAR<TAB>TAG, CHAR one code point
//      <TAB>O                                                   (a space is its own line)
//     <blank line>                                              ends the sentence
//   The sentence's text is its characters concatenated; unit u is character u. The tags must be
//   IOB2: an I-X that does not follow B-X or I-X is an error.
// CoNLL (word per line, word-level):
//     EU NNP B-NP B-ORG                                         TOKEN [COLUMNS ...] TAG
//   fields separated by spaces or tabs, the tag last; a blank line ends a sentence; -DOCSTART-
//   lines are ignored. The text is the words joined by single spaces; unit u is word u. IOB1
//   (an I-X may open an entity) and IOB2 are both accepted.
// Both: CRLF line ends and a missing final newline are fine; several blank lines are one
// sentence break; a sentence with no units is no sentence. The format is detected from the
// content: KLUE when the first non-blank line starts with "##" or every line of the first
// sentence is one code point, a TAB and a tag; CoNLL otherwise.
//
// Errors name "path:line:" and what was expected: a tag not among the head's labels (the labels
// are listed), an I-X with no entity open in KLUE data, a KLUE line that is not CHAR<TAB>TAG
// (several code points, no TAB, an empty tag), a CoNLL line with fewer than two fields, invalid
// UTF-8. With skip_bad the sentence holding a bad line is skipped whole and counted instead.
#ifndef BERTRT_NER_DATA_H
#define BERTRT_NER_DATA_H

#include "ner_tags.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  NER_KLUE,  // characters, CHAR<TAB>TAG
  NER_CONLL, // words, TOKEN ... TAG
} NerFormat;

typedef struct {
  char *text;          // the sentence, NUL-terminated (UTF-8)
  int n_units;         // characters (KLUE) or words (CoNLL), >= 1
  int32_t *unit_start; // [n_units] byte offset of unit u in text
  int32_t *unit_end;   // [n_units] end (exclusive) of unit u
  int32_t *tags;       // [n_units] label indices of the tag set
  int line;            // file line of the sentence's first unit
  char *id;            // KLUE: the `## ID<TAB>...` comment's ID; NULL when there is none
} NerSentence;

typedef struct {
  NerFormat format;
  int n;              // sentences
  NerSentence *sents; // [n] in file order
  int64_t lines_read; // lines of the file
  int skipped_bad;    // sentences skipped for a bad line (skip_bad)
} NerData;

// Reads path with the head's tag set (NULL: any tag, each -1, unchecked: for reading the text
// alone). Returns 0, or 2 with err = "path:line: what was wrong (expected ...)" or "path: cannot
// read: ...". A file with no sentence is not an error here (the caller decides).
int ner_load(NerData *out, const char *path, const NerTagSet *tags, bool skip_bad, char *err,
             size_t err_size);
void ner_free(NerData *data);
void ner_sentence_free(NerSentence *s);
// Whether text[0, len) (a file's start will do) looks like token-classification data: KLUE's
// layout, or CoNLL lines whose last field is a tag (O, B-X, I-X) or -DOCSTART-. For readers of
// text files of any kind (`bertc vocab build`).
bool ner_sniff(const char *text, size_t len);
// Whether unit u of s is scored at character level: every CoNLL word; a KLUE character that is
// not whitespace (KLUE's character metrics leave spaces out).
bool ner_unit_scored(const NerData *data, const NerSentence *s, int u);

#endif
