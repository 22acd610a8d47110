// nsmc.h — the NSMC loader and its cached tokenization.
//
// An NSMC file is "id<TAB>document<TAB>label" lines under that header. Empty documents are
// dropped and counted (pandas' dropna). A malformed line — wrong field count, non-numeric id,
// label not 0/1, invalid UTF-8 — is an error naming file:line and what was wrong, or with
// skip_bad is skipped and counted. CRLF and a missing final newline are fine. Sampling and
// shuffling draw from a SplitMix64 stream seeded by `seed`, so they are deterministic.
//
// nsmc_tokenize encodes every document ([CLS] doc [SEP], truncated to max_length) on
// `threads` threads and keeps the result in a cache file: a header (magic, version, a key
// hashing the vocab file, the data file and every setting, counts, a checksum of the payload),
// then offsets and ids. A cache whose key, size or checksum does not match is rebuilt, never
// trusted; a valid one is memory-mapped.
#ifndef BERTRT_NSMC_H
#define BERTRT_NSMC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tokenizer.h"

typedef struct {
  bool skip_bad; // skip and count malformed lines instead of failing
  int sample;    // keep this many reviews, drawn at random (0: all)
  bool shuffle;  // put the reviews in a random order (else file order)
  uint64_t seed; // of sampling and shuffling
} NsmcOptions;

typedef struct {
  int n;             // reviews kept
  int64_t *ids;      // (n) review ids
  char **docs;       // (n) documents, NUL-terminated
  int8_t *labels;    // (n) 0 or 1
  int dropped_empty; // empty documents dropped
  int skipped_bad;   // malformed lines skipped (skip_bad)
  char *text;        // the file; docs point into it
} NsmcData;

// Returns 0, or 2 with err = "path:line: what was wrong" (or "path: cannot read ...").
int nsmc_load(NsmcData *out, const char *path, const NsmcOptions *opt, char *err, size_t err_size);
void nsmc_free(NsmcData *data);

typedef struct {
  int n;                  // reviews
  const int64_t *offsets; // (n+1) review i is ids[offsets[i], offsets[i+1])
  const int32_t *ids;     // (offsets[n]) token ids, [CLS] ... [SEP]
  bool from_cache;        // the cache was valid and is mapped
  void *map;              // the mapping (or NULL)
  size_t map_len;
} NsmcTokens;

// Tokenizes data (loaded from data_path with opt) with tok (loaded from vocab_path) through the
// cache file cache_path (NULL: no cache; vocab_path and data_path are then unused). Returns 0,
// or 1 with err filled when the cache cannot be written.
int nsmc_tokenize(NsmcTokens *out, const NsmcData *data, const NsmcOptions *opt,
                  const Tokenizer *tok, const char *vocab_path, bool lower, const char *data_path,
                  int max_length, int threads, const char *cache_path, char *err, size_t err_size);
void nsmc_tokens_free(NsmcTokens *t);

#endif
