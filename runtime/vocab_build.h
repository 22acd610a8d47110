// vocab_build.h — trains a WordPiece vocabulary from text, as HF tokenizers'
// BertWordPieceTokenizer does (BPE-style merges of "##" continuation pieces, counted over the
// words the tokenizer's own normalizer and pre-tokenizer produce), in BERT's layout:
// [PAD]=0, [unused1]..[unused99], [UNK]=100, [CLS]=101, [SEP]=102, [MASK]=103, then the
// alphabet, its "##" forms and the merges in the order they were made.
//
// Deterministic: ties between equally frequent merges go to the pair of older symbols.
#ifndef BERTRT_VOCAB_BUILD_H
#define BERTRT_VOCAB_BUILD_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  int size;           // lines of the vocabulary written, specials included
  bool lower;         // uncased: lowercase and strip accents before counting
  int alphabet_limit; // keep the most frequent characters only (HF's limit_alphabet)
  int min_frequency;  // a merge must occur at least this often
} VocabBuildOptions;

// Reads the corpus files (one text per line; a file whose first line is NSMC's header
// "id<TAB>document<TAB>label" contributes its document column only; KLUE-NER and CoNLL files
// (ner_data.h) their sentences' text, not the tag columns; SQuAD / KorQuAD JSON (qa_data.h: a
// JSON object whose first key is "version" or "data") its contexts and questions, with their
// escapes decoded) and writes `size` tokens
// to out_path. Returns 0, or 2 with err filled when the input is bad or too small to fill
// `size` (err says how many tokens it could make), or 1 when writing fails.
int vocab_build(const char *const *paths, int n_paths, const char *out_path,
                const VocabBuildOptions *opt, char *err, size_t err_size);

#endif
