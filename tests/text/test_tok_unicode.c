// Every code point U+0000..U+10FFFF: runtime/tok_unicode.c classifies and uncases it as HF
// tokenizers does (tests/fixtures/text/hf_unicode.txt, made by tests/oracle/tokenizer_unicode.py).
// This covers where HF's Unicode tables are older than utf8proc's: e.g. U+2E50 (a punctuation
// mark added in Unicode 14) is punctuation for utf8proc but a word character for HF.
#include "tok_unicode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char class_letter[] = {[TOKC_OTHER] = 'O',
                                    [TOKC_REMOVE] = 'R',
                                    [TOKC_SPACE] = 'W',
                                    [TOKC_CJK] = 'K',
                                    [TOKC_PUNCT] = 'P'};

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: test_tok_unicode hf_unicode.txt\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  static char expect_class[0x110000];
  static unsigned char mapped[0x110000];
  char line[256];
  int class_bad = 0, map_bad = 0, lineno = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    unsigned a, b;
    char k;
    if (sscanf(line, "C %X %X %c", &a, &b, &k) == 3) {
      for (unsigned cp = a; cp <= b; cp++)
        expect_class[cp] = k;
      continue;
    }
    char *p = line + 2;
    unsigned cp = (unsigned)strtoul(p, &p, 16);
    int32_t want[8];
    int nwant = 0;
    for (char *q; nwant < 8; p = q) {
      unsigned v = (unsigned)strtoul(p, &q, 16);
      if (q == p) break;
      want[nwant++] = (int32_t)v;
    }
    if (line[0] != 'M') {
      fprintf(stderr, "%s:%d: expected 'C first last k' or 'M cp cp...'\n", argv[1], lineno);
      return 1;
    }
    mapped[cp] = 1;
    int32_t got[TOK_UNCASED_MAX];
    int ngot = tok_char_uncased((int32_t)cp, got);
    if (ngot != nwant || memcmp(got, want, (size_t)ngot * sizeof *got) != 0) {
      if (map_bad++ < 1000)
        fprintf(stderr, "uncased U+%04X: HF gives %d code points (first U+%04X), got %d\n", cp,
                nwant, (unsigned)want[0], ngot);
    }
  }
  fclose(f);
  for (int32_t cp = 0; cp < 0x110000; cp++) {
    char want = expect_class[cp];
    if (want == 'S') continue;
    char got = class_letter[tok_char_class(cp)];
    if (got != want) {
      if (class_bad++ < 1000)
        fprintf(stderr, "class U+%04X: HF %c, got %c\n", (unsigned)cp, want, got);
    }
    if ((want == 'O' || want == 'P' || want == 'K') && !mapped[cp]) {
      int32_t out[TOK_UNCASED_MAX];
      int n = tok_char_uncased(cp, out);
      if (n != 1 || out[0] != cp) {
        if (map_bad++ < 1000)
          fprintf(stderr, "uncased U+%04X: HF keeps it, got %d code points\n", (unsigned)cp, n);
      }
    }
  }
  printf("tok_unicode: %d class mismatches, %d uncased mismatches over U+0000..U+10FFFF\n",
         class_bad, map_bad);
  return class_bad || map_bad ? 1 : 0;
}
