// The real NSMC train file ($NSMC_DIR/ratings_train.txt): loads with no bad lines, counts the
// empty documents dropped, tokenizes on 2 threads into a cache, then reuses the cache and gets
// the same ids. Exits 77 (ctest SKIP) when NSMC_DIR is unset or has no ratings_train.txt.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nsmc.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
  const char *dir = getenv("NSMC_DIR");
  char path[1024];
  snprintf(path, sizeof path, "%s/ratings_train.txt", dir ? dir : "");
  if (argc != 2 || !dir || access(path, R_OK) != 0) {
    printf("SKIP: NSMC_DIR not set or no ratings_train.txt there\n");
    return 77;
  }
  char err[512], cache[] = "/tmp/bertc_nsmc_cache.XXXXXX";
  int fd = mkstemp(cache);
  if (fd < 0) return 1;
  Tokenizer *tok = tok_load(argv[1], false, stderr, err, sizeof err);
  NsmcData d;
  NsmcOptions opt = {0};
  if (!tok || nsmc_load(&d, path, &opt, err, sizeof err) != 0) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  double t0 = now();
  NsmcTokens a, b;
  int rc = nsmc_tokenize(&a, &d, &opt, tok, argv[1], false, path, 128, 2, cache, err, sizeof err);
  double t1 = now();
  rc |= nsmc_tokenize(&b, &d, &opt, tok, argv[1], false, path, 128, 2, cache, err, sizeof err);
  double t2 = now();
  int failures = rc != 0;
  failures += !(d.n > 149000 && d.n + d.dropped_empty == 150000 && d.skipped_bad == 0);
  failures += a.from_cache || !b.from_cache || a.offsets[a.n] != b.offsets[b.n] ||
              memcmp(a.ids, b.ids, (size_t)a.offsets[a.n] * sizeof *a.ids) != 0;
  printf("NSMC train: %d reviews, %d empty dropped, %lld tokens; tokenize+cache %.2f s (2 "
         "threads), cached reload %.3f s; %s\n",
         d.n, d.dropped_empty, (long long)a.offsets[a.n], t1 - t0, t2 - t1,
         failures ? "FAILED" : "ok");
  nsmc_tokens_free(&a);
  nsmc_tokens_free(&b);
  nsmc_free(&d);
  tok_free(tok);
  close(fd);
  unlink(cache);
  return failures ? 1 : 0;
}
