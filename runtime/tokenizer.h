// tokenizer.h — WordPiece tokenization exactly as HF's BertTokenizerFast (tokenizers'
// BertNormalizer + BertPreTokenizer + WordPiece + the BERT post-processor), on raw bytes.
//
// Load a vocab.txt (one token per line, id = line number - 1), then encode one text or a
// pair: special tokens written in the text ([CLS] [SEP] [MASK] [UNK] [PAD], case-sensitive)
// are kept whole; the rest is cleaned, CJK ideographs spaced, for uncased vocabularies NFD +
// accent-stripped + lowercased, split on whitespace and punctuation, and WordPiece'd (greedy
// longest match, "##" continuations, a word over 100 characters or with an unmatched piece
// is one [UNK]). Invalid UTF-8 decodes to U+FFFD, which cleaning drops. Offsets are byte
// offsets into the text each token came from ([0,0) for added [CLS]/[SEP]/[PAD]).
// A Tokenizer is read-only after loading: threads may share one.
#ifndef BERTRT_TOKENIZER_H
#define BERTRT_TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Tokenizer Tokenizer;

typedef enum { TOK_PAD, TOK_UNK, TOK_CLS, TOK_SEP, TOK_MASK, TOK_SPECIAL_COUNT } TokSpecial;

// Loads `path`; `lower` selects uncased (do_lower_case). On failure returns NULL with
// err = "path:line: what was wrong" (unreadable file, invalid UTF-8, a missing special
// token). A duplicate token is a warning on `warn` (both line numbers; the later id wins).
Tokenizer *tok_load(const char *path, bool lower, FILE *warn, char *err, size_t err_size);
void tok_free(Tokenizer *tok);
int tok_vocab_size(const Tokenizer *tok);
// The token of `id` (NUL-terminated), or NULL when out of range.
const char *tok_token(const Tokenizer *tok, int id);
// The id of the token s[0, len), or -1.
int tok_id(const Tokenizer *tok, const char *s, size_t len);
int tok_special_id(const Tokenizer *tok, TokSpecial which);

typedef enum { TOK_LONGEST_FIRST, TOK_ONLY_FIRST, TOK_ONLY_SECOND } TokTruncation;

typedef struct {
  int max_length;           // 0: no truncation; else the length including [CLS]/[SEP]
  TokTruncation truncation; // how a pair is cut to max_length
} TokEncodeOptions;

// One encoded input; arrays (len) are owned by the encoding and reused across calls.
typedef struct {
  int32_t *ids, *type_ids, *mask; // (len)
  int32_t *start, *end;           // (len) byte offsets into the text the token came from
  int len, cap;
  bool invalid_utf8; // the input had bytes that are not UTF-8
} TokEncoding;

// Encodes text a (and b unless b is NULL) as [CLS] a [SEP] (b [SEP]). Returns false only
// when truncation cannot reach max_length (err filled, as HF refuses too).
bool tok_encode(TokEncoding *out, const Tokenizer *tok, const char *a, size_t a_len, const char *b,
                size_t b_len, const TokEncodeOptions *opt, char *err, size_t err_size);
// The normalized, pre-tokenized words of text (no special-token matching, no WordPiece):
// fn(ctx, word, bytes, chars) for each; a word over 100 characters is cut to its first 101.
// Returns whether the text had invalid UTF-8. Used to train vocabularies.
typedef void (*TokWordFn)(void *ctx, const char *word, size_t len, int chars);
bool tok_pretokenize(const char *text, size_t len, bool lower, TokWordFn fn, void *ctx);

// Pads with [PAD] (type 0, mask 0, offsets 0,0) up to `length`; longer encodings stay.
// Padding "longest" is tok_pad of every encoding of a batch to the longest len.
void tok_pad(TokEncoding *enc, const Tokenizer *tok, int length);
void tok_encoding_free(TokEncoding *enc);

// The text of ids (n) as HF's decode gives it: tokens joined by spaces, "##" pieces merged,
// WordPiece clean-up (" ." -> "." ...), the five specials dropped if skip_special. A fresh
// malloc'd string, or NULL when an id is out of range.
char *tok_decode(const Tokenizer *tok, const int32_t *ids, int n, bool skip_special);

#endif
