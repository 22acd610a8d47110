// mlm_data.h — masked-LM and next-sentence pretraining examples from UTF-8 text.
//
// Two file layouts:
//   MLM_LINES  one document per line (NSMC's unlabeled.txt); blank lines are skipped.
//   MLM_PAIRS  BERT's create_pretraining_data input: one sentence per line, documents
//              separated by blank lines.
// A line is blank when every character is white space (Python's str.strip() leaves nothing).
// CRLF and a missing final newline are fine. Every sentence / document is WordPiece'd by
// tok_encode (its pieces, without the added [CLS] / [SEP]) on `threads` threads.
//
// Examples (ids, types, word_start per token; every example starts with [CLS] and ends [SEP]):
//   MLM_LINES         [CLS] document [SEP], the document's pieces cut to max_len - 2 (HF run_mlm
//                     --line_by_line: truncation=True, max_length=max_len). Types all 0.
//   MLM_LINES + pack  run_mlm's group_texts, with one difference: the stream is every
//                     document's pieces followed by one [SEP], concatenated in file order, and
//                     cut into consecutive chunks of max_len - 2 tokens, each example [CLS]
//                     chunk [SEP] (HF cuts [CLS] d1 [SEP] [CLS] d2 [SEP] ... into blocks of
//                     max_len, so its blocks do not start with [CLS]). The last partial chunk
//                     is dropped (HF drops the remainder), so every example is exactly max_len
//                     tokens; a chunk may end in a document's [SEP] ("... [SEP] [SEP]").
//   MLM_PAIRS         BERT's create_instances_from_document, per document in file order, with
//                     max_num_tokens = max_len - 3: target = max_num_tokens (with probability
//                     short_seq_prob a uniform length in [2, max_num_tokens]); sentences are
//                     gathered until their pieces reach the target or the document ends; A is
//                     the first a_end of them (a_end uniform in [1, k - 1], 1 when k = 1); with
//                     probability 0.5, or always when k = 1, B is the sentences of a random other
//                     document (up to 10 draws to find one that is not this one) from a random
//                     sentence on until target - |A| pieces are reached, next_sentence_label 1,
//                     and the unused sentences of the chunk are gathered again; else B is the
//                     chunk's other sentences, label 0. The pair is cut to max_num_tokens by
//                     removing, from the longer side (B when equal), its first or last piece
//                     (probability 0.5 each), as BERT's truncate_seq_pair. The example is [CLS]
//                     A [SEP] B [SEP], types 0 for [CLS], A and the first [SEP], 1 for B and
//                     the last. Documents are not shuffled (the batch plan shuffles examples),
//                     and masking is not done here (mlm_mask.h draws it per epoch).
// word_start is 1 where a token starts a word: every token whose piece does not start with "##"
// (specials included), the WordPiece rule HF's DataCollatorForWholeWordMask reads.
//
// Draws (NSP's, and the holdout's) come from SplitMix64 streams of `seed`, so a load is
// reproducible. The holdout splits by document, never inside one: round(holdout * n_documents)
// documents (at least one, at most all but one; none moves when there is one) drawn with the
// seed form part 1, the rest part 0; only the documents of holdout_part are encoded, so NSP's
// random B comes from the same part.
//
// Errors (status 2, err "path:line: what was expected"): the file cannot be read (a directory:
// "path: cannot read: Is a directory"); a line holds a NUL byte or invalid UTF-8 (its byte is
// named; skip_bad skips such a line and counts it; in MLM_PAIRS the line is dropped from its
// document); the file is empty or holds only blank lines; with pack, fewer pieces than one full
// example; a part of the holdout without an example.
#ifndef BERTRT_MLM_DATA_H
#define BERTRT_MLM_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokenizer.h"

typedef enum {
  MLM_LINES, // one document per line
  MLM_PAIRS, // one sentence per line, blank lines between documents: NSP pairs
} MlmLayout;

typedef struct {
  MlmLayout layout;
  int max_len;           // tokens per example, specials included: >= 3 (MLM_PAIRS: >= 5)
  bool pack;             // MLM_LINES: group_texts into full-length examples
  double short_seq_prob; // MLM_PAIRS: BERT's short_seq_prob (its default is 0.1)
  uint64_t seed;         // of NSP's draws and of the holdout
  double holdout;        // 0: no split; in (0, 1): the fraction of documents held out
  int holdout_part;      // with holdout: 0 the training part, 1 the held-out part
  bool skip_bad;         // skip and count lines with a NUL or invalid UTF-8
  int threads;           // for tokenization (< 1: 1)
} MlmOptions;

typedef struct {
  int64_t n;           // examples
  int64_t *offsets;    // (n+1) tokens of example i: [offsets[i], offsets[i+1])
  int64_t *lens;       // (n) tokens of each example
  int32_t *ids;        // (offsets[n]) token ids
  int32_t *types;      // (offsets[n]) token types: 0, and 1 for B of a pair
  uint8_t *word_start; // (offsets[n]) 1 where the token starts a word
  int32_t *nsp;        // (n) MLM_PAIRS: next_sentence_label, 0 B follows A, 1 B is random; else
                       // NULL
  int64_t documents;   // documents encoded (of holdout_part)
  int64_t lines;       // non-blank lines read (of every part)
  int64_t truncated;   // examples whose text was cut (MLM_LINES: documents; MLM_PAIRS: pairs)
  int64_t dropped;     // pack: tokens of the last partial chunk dropped
  int64_t skipped_bad; // skip_bad: bad lines skipped
} MlmData;

// Reads and encodes path with tok. Returns 0, or 2 with err as above.
int mlm_load(MlmData *out, const char *path, const Tokenizer *tok, const MlmOptions *opt, char *err,
             size_t err_size);
void mlm_free(MlmData *data);

#endif
