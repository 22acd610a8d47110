// Unit tests of the text pipeline: vocabulary loading errors, vocabulary training (layout,
// size, determinism, too-small corpora), the NSMC loader (error lines, --skip-bad, dropna
// counts, CRLF, sampling determinism) and the tokenization cache (reuse, stale, corrupt).
// Every failed check prints what differed; the exit status is the number of failures.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nsmc.h"
#include "tokenizer.h"
#include "vocab_build.h"

static int failures;
static char dir[256];

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      failures++;                                                                                  \
      fprintf(stderr, "%s:%d: FAILED %s: ", __FILE__, __LINE__, #cond);                            \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
    }                                                                                              \
  } while (0)

static const char *path_of(const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

static const char *write_tmp(const char *name, const char *data, size_t len) {
  const char *p = path_of(name);
  FILE *f = fopen(p, "wb");
  fwrite(data, 1, len, f);
  fclose(f);
  return p;
}

static const char *specials = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";

static void test_vocab_errors(void) {
  char err[512];
  EXPECT(!tok_load(path_of("missing.txt"), false, NULL, err, sizeof err) &&
             strstr(err, "cannot read"),
         "%s", err);
  char bad[128];
  int n = snprintf(bad, sizeof bad, "%sok\nbad\xff\n", specials);
  EXPECT(!tok_load(write_tmp("bad.txt", bad, (size_t)n), false, NULL, err, sizeof err) &&
             strstr(err, "bad.txt:7: expected a UTF-8 token"),
         "%s", err);
  const char *no_mask = "[PAD]\n[UNK]\n[CLS]\n[SEP]\nx\n";
  EXPECT(
      !tok_load(write_tmp("nomask.txt", no_mask, strlen(no_mask)), false, NULL, err, sizeof err) &&
          strstr(err, "no [MASK] token"),
      "%s", err);
  char dup[128];
  n = snprintf(dup, sizeof dup, "%sa\r\nb\r\na\r\n", specials); // CRLF, duplicate "a"
  FILE *warn = tmpfile();
  Tokenizer *t = tok_load(write_tmp("dup.txt", dup, (size_t)n), false, warn, err, sizeof err);
  char msg[256] = {0};
  rewind(warn);
  fread(msg, 1, sizeof msg - 1, warn);
  fclose(warn);
  EXPECT(t && strstr(msg, "dup.txt:8: warning: duplicate token \"a\" (also line 6)"), "%s", msg);
  EXPECT(t && tok_id(t, "a", 1) == 7 && tok_vocab_size(t) == 8, "id of a %d",
         t ? tok_id(t, "a", 1) : -1);
  tok_free(t);
}

static void test_vocab_build(void) {
  // A small corpus: enough for a 140-token vocabulary, not for 5,000.
  const char *corpus =
      "id\tdocument\tlabel\n1\t영화 정말 재밌어요 최고\t1\n2\t영화 너무 지루해요\t0\n"
      "3\t배우 연기 최고 재밌어요\t1\n4\t정말 지루한 영화\t0\n";
  const char *paths[1] = {write_tmp("corpus.tsv", corpus, strlen(corpus))};
  char err[512];
  VocabBuildOptions opt = {.size = 140, .alphabet_limit = 1000, .min_frequency = 1};
  int rc = vocab_build(paths, 1, path_of("v1.txt"), &opt, err, sizeof err);
  EXPECT(rc == 0, "%s", err);
  rc = vocab_build(paths, 1, path_of("v2.txt"), &opt, err, sizeof err);
  size_t l1, l2;
  FILE *f1 = fopen(path_of("v1.txt"), "rb"), *f2 = fopen(path_of("v2.txt"), "rb");
  static char b1[1 << 16], b2[1 << 16];
  l1 = f1 ? fread(b1, 1, sizeof b1, f1) : 0;
  l2 = f2 ? fread(b2, 1, sizeof b2, f2) : 0;
  if (f1) fclose(f1);
  if (f2) fclose(f2);
  EXPECT(rc == 0 && l1 == l2 && memcmp(b1, b2, l1) == 0, "two builds differ");
  int lines = 0;
  for (size_t i = 0; i < l1; i++)
    lines += b1[i] == '\n';
  EXPECT(lines == 140, "%d lines, expected 140", lines);
  Tokenizer *t = tok_load(path_of("v1.txt"), false, stderr, err, sizeof err);
  EXPECT(t && tok_special_id(t, TOK_PAD) == 0 && tok_special_id(t, TOK_UNK) == 100 &&
             tok_special_id(t, TOK_CLS) == 101 && tok_special_id(t, TOK_SEP) == 102 &&
             tok_special_id(t, TOK_MASK) == 103 && strcmp(tok_token(t, 99), "[unused99]") == 0,
         "BERT layout");
  EXPECT(t && strstr(b1, "\n##") && strchr(b1, 'i') == NULL, "continuations, no stray tokens");
  tok_free(t);
  opt.size = 5000;
  rc = vocab_build(paths, 1, path_of("v3.txt"), &opt, err, sizeof err);
  EXPECT(rc == 2 && strstr(err, "too small for --size 5000"), "%s", err);
}

static void test_nsmc_loader(void) {
  char err[512];
  NsmcData d;
  NsmcOptions opt = {0};
  const char *good =
      "id\tdocument\tlabel\r\n1\t좋아요\t1\r\n2\t\t0\r\n3\t별로\t0"; // CRLF, no final \n
  int rc = nsmc_load(&d, write_tmp("good.txt", good, strlen(good)), &opt, err, sizeof err);
  EXPECT(rc == 0 && d.n == 2 && d.dropped_empty == 1 && strcmp(d.docs[1], "별로") == 0 &&
             d.labels[0] == 1 && d.ids[1] == 3,
         "rc %d n %d dropped %d", rc, d.n, d.dropped_empty);
  nsmc_free(&d);
  struct {
    const char *text, *expect;
  } bad[] = {
      {"id\tdocument\tlabel\n1\tok\t1\n2\ttoo\tmany\t1\n", "bad.txt:3: expected 3 tab-separated"},
      {"id\tdocument\tlabel\nx1\tok\t1\n", "bad.txt:2: expected a numeric id"},
      {"id\tdocument\tlabel\n1\tok\t2\n", "bad.txt:2: expected the label 0 or 1"},
      {"id\tdocument\tlabel\n1\tok\t1\n2\tbad\xc3\t1\n",
       "bad.txt:3: the document is not valid UTF-8"},
      {"id\tdoc\tlabel\n", "bad.txt:1: expected the header"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    rc = nsmc_load(&d, write_tmp("bad.txt", bad[i].text, strlen(bad[i].text)), &opt, err,
                   sizeof err);
    EXPECT(rc == 2 && strstr(err, bad[i].expect), "case %zu: rc %d, %s", i, rc, err);
  }
  opt.skip_bad = true;
  const char *mixed = "id\tdocument\tlabel\n1\tok\t1\nx\tbad\t1\n3\tfine\t0\n4\tbad\t7\n";
  rc = nsmc_load(&d, write_tmp("mixed.txt", mixed, strlen(mixed)), &opt, err, sizeof err);
  EXPECT(rc == 0 && d.n == 2 && d.skipped_bad == 2, "n %d skipped %d", d.n, d.skipped_bad);
  nsmc_free(&d);
}

static void test_sampling(void) {
  char text[1 << 16] = "id\tdocument\tlabel\n";
  for (int i = 0; i < 1000; i++)
    sprintf(text + strlen(text), "%d\treview %d\t%d\n", i, i, i % 2);
  const char *p = write_tmp("many.txt", text, strlen(text));
  char err[256];
  NsmcOptions opt = {.sample = 100, .seed = 7};
  NsmcData a, b, c;
  nsmc_load(&a, p, &opt, err, sizeof err);
  nsmc_load(&b, p, &opt, err, sizeof err);
  opt.seed = 8;
  nsmc_load(&c, p, &opt, err, sizeof err);
  EXPECT(a.n == 100 && b.n == 100 && memcmp(a.ids, b.ids, 100 * sizeof *a.ids) == 0,
         "same seed, different samples");
  EXPECT(memcmp(a.ids, c.ids, 100 * sizeof *a.ids) != 0, "different seeds, same sample");
  bool sorted = true;
  for (int i = 1; i < a.n; i++)
    sorted &= a.ids[i] > a.ids[i - 1];
  EXPECT(sorted, "a sample keeps file order");
  nsmc_free(&a);
  nsmc_free(&b);
  nsmc_free(&c);
  opt = (NsmcOptions){.shuffle = true, .seed = 3};
  nsmc_load(&a, p, &opt, err, sizeof err);
  nsmc_load(&b, p, &opt, err, sizeof err);
  EXPECT(a.n == 1000 && memcmp(a.ids, b.ids, 1000 * sizeof *a.ids) == 0 && a.ids[0] != 0,
         "shuffle is deterministic and moves things");
  nsmc_free(&a);
  nsmc_free(&b);
}

static int tokenize_cached(NsmcTokens *out, const char *vocab, const char *data, char *err) {
  NsmcData d;
  NsmcOptions opt = {0};
  Tokenizer *t = tok_load(vocab, false, NULL, err, 256);
  if (!t) return -1;
  if (nsmc_load(&d, data, &opt, err, 256)) {
    tok_free(t);
    return -1;
  }
  int rc =
      nsmc_tokenize(out, &d, &opt, t, vocab, false, data, 16, 2, path_of("cache.bin"), err, 256);
  nsmc_free(&d);
  tok_free(t);
  return rc;
}

static void test_cache(const char *vocab) {
  char err[256];
  const char *data =
      "id\tdocument\tlabel\n1\t영화 정말 재밌어요\t1\n2\t지루해요\t0\n3\t최고 최고\t1\n";
  char p[512];
  snprintf(p, sizeof p, "%s", write_tmp("cache_data.txt", data, strlen(data)));
  unlink(path_of("cache.bin"));
  NsmcTokens a, b;
  EXPECT(tokenize_cached(&a, vocab, p, err) == 0 && !a.from_cache && a.n == 3, "%s", err);
  EXPECT(tokenize_cached(&b, vocab, p, err) == 0 && b.from_cache, "second run reads the cache");
  EXPECT(a.offsets[3] == b.offsets[3] && memcmp(a.ids, b.ids, (size_t)a.offsets[3] * 4) == 0 &&
             a.ids[0] == 101,
         "cached ids differ");
  nsmc_tokens_free(&b);
  // Stale: the data changed.
  const char *data2 = "id\tdocument\tlabel\n1\t영화 정말 재밌어요\t1\n2\t지루해요\t0\n";
  write_tmp("cache_data.txt", data2, strlen(data2));
  EXPECT(tokenize_cached(&b, vocab, p, err) == 0 && !b.from_cache && b.n == 2,
         "stale cache trusted");
  nsmc_tokens_free(&b);
  // Corrupt: flip a byte of the payload.
  FILE *f = fopen(path_of("cache.bin"), "r+b");
  fseek(f, -3, SEEK_END);
  fputc(0x55, f);
  fclose(f);
  EXPECT(tokenize_cached(&b, vocab, p, err) == 0 && !b.from_cache && b.n == 2,
         "corrupt cache trusted");
  nsmc_tokens_free(&b);
  // Truncated file.
  EXPECT(truncate(path_of("cache.bin"), 20) == 0, "truncate");
  EXPECT(tokenize_cached(&b, vocab, p, err) == 0 && !b.from_cache, "truncated cache trusted");
  nsmc_tokens_free(&b);
  nsmc_tokens_free(&a);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_text_units VOCAB\n");
    return 2;
  }
  snprintf(dir, sizeof dir, "/tmp/bertc_text_units.XXXXXX");
  if (!mkdtemp(dir)) return 1;
  test_vocab_errors();
  test_vocab_build();
  test_nsmc_loader();
  test_sampling();
  test_cache(argv[1]);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) failures++;
  printf("text units: %d failure(s)\n", failures);
  return failures ? 1 : 0;
}
