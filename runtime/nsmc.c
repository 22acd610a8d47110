// nsmc.c — the NSMC loader and cached, threaded tokenization (nsmc.h).
#include "nsmc.h"
#include "rt_util.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tok_unicode.h"

// ---- Loading ---------------------------------------------------------------------------

static bool valid_utf8(const char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    int32_t cp;
    size_t k = tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
    if (tok_utf8_replaced((const uint8_t *)s + i, k, cp)) return false;
    i += k;
  }
  return true;
}

// Checks one line's fields; NULL when good, else what was wrong.
static const char *check_line(char **f, int nf, size_t doc_len) {
  if (nf != 3) return "expected 3 tab-separated fields (id, document, label)";
  if (!*f[0] || strspn(f[0], "0123456789") != strlen(f[0])) return "expected a numeric id";
  if (strcmp(f[2], "0") != 0 && strcmp(f[2], "1") != 0) return "expected the label 0 or 1";
  if (!valid_utf8(f[1], doc_len)) return "the document is not valid UTF-8";
  return NULL;
}

// Keeps opt->sample reviews drawn at random, in file order, then shuffles if asked.
static void sample_and_shuffle(NsmcData *d, const NsmcOptions *opt) {
  uint64_t state = opt->seed;
  int n = d->n;
  int *order = rt_grow(NULL, (size_t)(n ? n : 1) * sizeof *order);
  for (int i = 0; i < n; i++)
    order[i] = i;
  int keep = opt->sample > 0 && opt->sample < n ? opt->sample : n;
  for (int i = 0; i < keep; i++) { // partial Fisher-Yates
    int j = i + (int)(rt_splitmix64(&state) % (uint64_t)(n - i));
    int t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  if (!opt->shuffle) { // back to file order: counting sort over the kept indices
    char *kept = calloc((size_t)(n ? n : 1), 1);
    for (int i = 0; i < keep; i++)
      kept[order[i]] = 1;
    for (int i = 0, k = 0; i < n; i++)
      if (kept[i]) order[k++] = i;
    free(kept);
  }
  int64_t *ids = rt_grow(NULL, (size_t)(keep ? keep : 1) * sizeof *ids);
  char **docs = rt_grow(NULL, (size_t)(keep ? keep : 1) * sizeof *docs);
  int8_t *labels = rt_grow(NULL, (size_t)(keep ? keep : 1));
  for (int i = 0; i < keep; i++) {
    ids[i] = d->ids[order[i]];
    docs[i] = d->docs[order[i]];
    labels[i] = d->labels[order[i]];
  }
  free(d->ids);
  free(d->docs);
  free(d->labels);
  free(order);
  d->ids = ids;
  d->docs = docs;
  d->labels = labels;
  d->n = keep;
}

int nsmc_load(NsmcData *out, const char *path, const NsmcOptions *opt, char *err, size_t err_size) {
  *out = (NsmcData){0};
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text) {
    rt_set_err(err, err_size, "%s: cannot read: %s", path, strerror(errno));
    return 2;
  }
  out->text = text;
  int cap = 0;
  long lineno = 0;
  for (char *p = text; p < text + len;) {
    char *nl = memchr(p, '\n', (size_t)(text + len - p));
    char *end = nl ? nl : text + len;
    char *next = nl ? nl + 1 : text + len;
    if (end > p && end[-1] == '\r') end--;
    *end = 0;
    lineno++;
    char *line = p;
    p = next;
    if (lineno == 1) {
      if (strcmp(line, "id\tdocument\tlabel") != 0) {
        rt_set_err(err, err_size, "%s:1: expected the header \"id<TAB>document<TAB>label\"", path);
        nsmc_free(out);
        return 2;
      }
      continue;
    }
    // a NUL byte would end a field early and hide what follows it (a fourth field); looked
    // for before the split writes its own
    bool has_nul = memchr(line, '\0', (size_t)(end - line)) != NULL;
    char *f[4];
    int nf = 0;
    for (char *q = line; nf < 4;) {
      f[nf++] = q;
      char *tab = strchr(q, '\t');
      if (!tab) break;
      *tab = 0;
      q = tab + 1;
    }
    const char *bad =
        has_nul ? "the line holds a NUL byte" : check_line(f, nf, nf > 1 ? strlen(f[1]) : 0);
    if (bad && !opt->skip_bad) {
      rt_set_err(err, err_size, "%s:%ld: %s (use --skip-bad to skip such lines)", path, lineno,
                 bad);
      nsmc_free(out);
      return 2;
    }
    if (bad) {
      out->skipped_bad++;
      continue;
    }
    if (!*f[1]) {
      out->dropped_empty++;
      continue;
    }
    if (out->n == cap) {
      cap = 2 * cap + 1024;
      out->ids = rt_grow(out->ids, (size_t)cap * sizeof *out->ids);
      out->docs = rt_grow(out->docs, (size_t)cap * sizeof *out->docs);
      out->labels = rt_grow(out->labels, (size_t)cap);
    }
    out->ids[out->n] = strtoll(f[0], NULL, 10);
    out->docs[out->n] = f[1];
    out->labels[out->n] = (int8_t)(f[2][0] - '0');
    out->n++;
  }
  if (lineno == 0) {
    rt_set_err(err, err_size,
               "%s:1: expected the header \"id<TAB>document<TAB>label\", found an empty file",
               path);
    nsmc_free(out);
    return 2;
  }
  sample_and_shuffle(out, opt);
  return 0;
}

void nsmc_free(NsmcData *data) {
  free(data->ids);
  free(data->docs);
  free(data->labels);
  free(data->text);
  *data = (NsmcData){0};
}

// ---- Tokenization and its cache -------------------------------------------------------

enum { CACHE_VERSION = 1 };
static const char cache_magic[8] = {'B', 'E', 'R', 'T', 'T', 'O', 'K', 'C'};

typedef struct {
  char magic[8];
  uint32_t version, reserved;
  uint64_t key;      // hash of vocab file, data file and settings
  uint64_t n;        // reviews
  uint64_t total;    // ids
  uint64_t checksum; // FNV-1a of offsets and ids
} CacheHeader;

typedef struct {
  const NsmcData *data;
  const Tokenizer *tok;
  int max_length;
  int begin, end; // reviews [begin, end)
  int32_t *ids;   // this chunk's ids
  int64_t *lens;  // (end-begin)
  size_t n_ids, cap;
} Chunk;

static void *tokenize_chunk(void *arg) {
  Chunk *c = arg;
  TokEncoding enc = {0};
  TokEncodeOptions opt = {.max_length = c->max_length, .truncation = TOK_LONGEST_FIRST};
  char err[128];
  c->lens = rt_grow(NULL, (size_t)(c->end - c->begin + 1) * sizeof *c->lens);
  for (int i = c->begin; i < c->end; i++) {
    const char *doc = c->data->docs[i];
    tok_encode(&enc, c->tok, doc, strlen(doc), NULL, 0, &opt, err, sizeof err);
    if (c->n_ids + (size_t)enc.len > c->cap)
      c->ids = rt_grow(c->ids, (c->cap = 2 * (c->n_ids + (size_t)enc.len) + 4096) * sizeof *c->ids);
    memcpy(c->ids + c->n_ids, enc.ids, (size_t)enc.len * sizeof *enc.ids);
    c->n_ids += (size_t)enc.len;
    c->lens[i - c->begin] = enc.len;
  }
  tok_encoding_free(&enc);
  return NULL;
}

static uint64_t cache_key(const char *vocab_path, const char *data_path, const NsmcOptions *opt,
                          bool lower, int max_length, char *err, size_t err_size, bool *ok) {
  uint64_t h = RT_FNV1A_BASIS;
  const char *paths[2] = {vocab_path, data_path};
  for (int i = 0; i < 2; i++) {
    size_t len;
    char *text = rt_read_file(paths[i], &len);
    if (!text) {
      rt_set_err(err, err_size, "%s: cannot read: %s", paths[i], strerror(errno));
      *ok = false;
      return 0;
    }
    h = rt_fnv1a(h, &len, sizeof len);
    h = rt_fnv1a(h, text, len);
    free(text);
  }
  int64_t settings[6] = {CACHE_VERSION, lower,       max_length,
                         opt->skip_bad, opt->sample, opt->shuffle};
  h = rt_fnv1a(h, settings, sizeof settings);
  h = rt_fnv1a(h, &opt->seed, sizeof opt->seed);
  *ok = true;
  return h;
}

static uint64_t payload_checksum(const int64_t *offsets, uint64_t n, const int32_t *ids,
                                 uint64_t total) {
  uint64_t h = rt_fnv1a(RT_FNV1A_BASIS, offsets, (size_t)(n + 1) * sizeof *offsets);
  return rt_fnv1a(h, ids, (size_t)total * sizeof *ids);
}

// Maps cache_path when it is a valid cache for key; false (nothing mapped) otherwise.
static bool map_cache(NsmcTokens *out, const char *cache_path, uint64_t key) {
  int fd = open(cache_path, O_RDONLY);
  if (fd < 0) return false;
  struct stat st;
  void *map = MAP_FAILED;
  if (fstat(fd, &st) == 0 && (size_t)st.st_size >= sizeof(CacheHeader))
    map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) return false;
  const CacheHeader *h = map;
  size_t size = (size_t)st.st_size;
  bool ok = memcmp(h->magic, cache_magic, 8) == 0 && h->version == CACHE_VERSION && h->key == key &&
            h->n < (1u << 30) && h->total < (1ull << 40) &&
            size == sizeof *h + (h->n + 1) * sizeof(int64_t) + h->total * sizeof(int32_t);
  const int64_t *offsets = (const int64_t *)(h + 1);
  const int32_t *ids = (const int32_t *)(offsets + (ok ? h->n + 1 : 0));
  ok = ok && payload_checksum(offsets, h->n, ids, h->total) == h->checksum &&
       offsets[h->n] == (int64_t)h->total;
  if (!ok) {
    munmap(map, size);
    return false;
  }
  *out = (NsmcTokens){.n = (int)h->n,
                      .offsets = offsets,
                      .ids = ids,
                      .from_cache = true,
                      .map = map,
                      .map_len = size};
  return true;
}

int nsmc_tokenize(NsmcTokens *out, const NsmcData *data, const NsmcOptions *opt,
                  const Tokenizer *tok, const char *vocab_path, bool lower, const char *data_path,
                  int max_length, int threads, const char *cache_path, char *err, size_t err_size) {
  bool ok = true;
  uint64_t key =
      cache_path ? cache_key(vocab_path, data_path, opt, lower, max_length, err, err_size, &ok) : 0;
  if (!ok) return 1;
  if (cache_path && map_cache(out, cache_path, key)) return 0;
  if (threads < 1) threads = 1;
  Chunk *chunks = calloc((size_t)threads, sizeof *chunks);
  pthread_t *tids = rt_grow(NULL, (size_t)threads * sizeof *tids);
  for (int t = 0; t < threads; t++) {
    chunks[t] = (Chunk){.data = data,
                        .tok = tok,
                        .max_length = max_length,
                        .begin = (int)((int64_t)data->n * t / threads),
                        .end = (int)((int64_t)data->n * (t + 1) / threads)};
    if (t > 0 && pthread_create(&tids[t], NULL, tokenize_chunk, &chunks[t]) != 0)
      tokenize_chunk(&chunks[t]), tids[t] = 0;
  }
  tokenize_chunk(&chunks[0]);
  size_t total = 0;
  for (int t = 0; t < threads; t++) {
    if (t > 0 && tids[t]) pthread_join(tids[t], NULL);
    total += chunks[t].n_ids;
  }
  size_t size =
      sizeof(CacheHeader) + ((size_t)data->n + 1) * sizeof(int64_t) + total * sizeof(int32_t);
  char *buf = rt_grow(NULL, size);
  CacheHeader *h = (CacheHeader *)buf;
  int64_t *offsets = (int64_t *)(h + 1);
  int32_t *ids = (int32_t *)(offsets + data->n + 1);
  offsets[0] = 0;
  size_t at = 0;
  for (int t = 0; t < threads; t++) {
    memcpy(ids + at, chunks[t].ids, chunks[t].n_ids * sizeof *ids);
    at += chunks[t].n_ids;
    for (int i = chunks[t].begin; i < chunks[t].end; i++)
      offsets[i + 1] = offsets[i] + chunks[t].lens[i - chunks[t].begin];
    free(chunks[t].ids);
    free(chunks[t].lens);
  }
  free(chunks);
  free(tids);
  *h = (CacheHeader){.version = CACHE_VERSION, .key = key, .n = (uint64_t)data->n, .total = total};
  memcpy(h->magic, cache_magic, 8);
  h->checksum = payload_checksum(offsets, h->n, ids, h->total);
  if (!cache_path) {
    *out = (NsmcTokens){.n = data->n, .offsets = offsets, .ids = ids, .map = buf, .map_len = 0};
    return 0;
  }
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp.%d", cache_path, (int)getpid());
  FILE *f = fopen(tmp, "wb");
  bool written = f && fwrite(buf, 1, size, f) == size;
  if (f && fclose(f) != 0) written = false;
  if (!written || rename(tmp, cache_path) != 0) {
    rt_set_err(err, err_size, "%s: cannot write the tokenization cache: %s", cache_path,
               strerror(errno));
    unlink(tmp);
    free(buf);
    return 1;
  }
  *out = (NsmcTokens){.n = data->n, .offsets = offsets, .ids = ids, .map = buf, .map_len = 0};
  return 0;
}

void nsmc_tokens_free(NsmcTokens *t) {
  if (t->map_len)
    munmap(t->map, t->map_len);
  else
    free(t->map);
  *t = (NsmcTokens){0};
}
