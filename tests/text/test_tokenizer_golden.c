// The C tokenizer reproduces HF BertTokenizerFast exactly: ids, type ids, attention mask,
// byte offsets, decode and decode(skip_special_tokens) of every case in a golden file made by
// tests/oracle/tokenizer_fixtures.py (Korean reviews, hostile strings, pairs, truncation,
// padding). Prints each mismatch (first 20) and the pass rate; exits 1 on any mismatch.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

enum { FIELDS = 11 };

static size_t unhex(char *out, const char *hex) {
  size_t n = strlen(hex) / 2;
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    sscanf(hex + 2 * i, "%2x", &v);
    out[i] = (char)v;
  }
  out[n] = 0;
  return n;
}

// Renders the encoding in the golden file's notation, field by field.
static void render(char *ids, char *types, char *mask, char *offs, const TokEncoding *e) {
  ids[0] = offs[0] = 0;
  for (int i = 0; i < e->len; i++) {
    sprintf(ids + strlen(ids), "%s%d", i ? " " : "", e->ids[i]);
    sprintf(offs + strlen(offs), "%s%d:%d", i ? " " : "", e->start[i], e->end[i]);
    types[i] = (char)('0' + e->type_ids[i]);
    mask[i] = (char)('0' + e->mask[i]);
  }
  types[e->len] = mask[e->len] = 0;
}

static void hexify(char *out, const char *s) {
  for (; *s; s++)
    out += sprintf(out, "%02x", (unsigned char)*s);
  *out = 0;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: test_tokenizer_golden VOCAB cased|uncased GOLDEN.tsv\n");
    return 2;
  }
  char err[512];
  Tokenizer *tok = tok_load(argv[1], strcmp(argv[2], "uncased") == 0, stderr, err, sizeof err);
  if (!tok) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  FILE *f = fopen(argv[3], "r");
  if (!f) {
    perror(argv[3]);
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  int cases = 0, bad = 0;
  TokEncoding enc = {0};
  static char a[1 << 16], b[1 << 16], ids[1 << 18], types[1 << 16], mask[1 << 16], offs[1 << 19],
      dec[1 << 18], dec_skip[1 << 18];
  for (long lineno = 1; getline(&line, &cap, f) > 0; lineno++) {
    line[strcspn(line, "\n")] = 0;
    char *field[FIELDS];
    char *p = line;
    for (int i = 0; i < FIELDS; i++) {
      field[i] = p;
      p = strchr(p, '\t');
      if (!p && i < FIELDS - 1) {
        fprintf(stderr, "%s:%ld: expected %d tab-separated fields\n", argv[3], lineno, FIELDS);
        return 1;
      }
      if (p) *p++ = 0;
    }
    cases++;
    TokEncodeOptions opt = {.max_length = atoi(field[0])};
    opt.truncation = strcmp(field[1], "only_first") == 0    ? TOK_ONLY_FIRST
                     : strcmp(field[1], "only_second") == 0 ? TOK_ONLY_SECOND
                                                            : TOK_LONGEST_FIRST;
    size_t a_len = unhex(a, field[3]);
    bool pair = strcmp(field[4], "-") != 0;
    size_t b_len = pair ? unhex(b, field[4]) : 0;
    bool ok = tok_encode(&enc, tok, a, a_len, pair ? b : NULL, b_len, &opt, err, sizeof err);
    const char *what = NULL;
    if (strcmp(field[5], "!") == 0) {
      if (ok) what = "HF refuses this truncation, C accepted it";
    } else if (!ok) {
      what = err;
    } else {
      tok_pad(&enc, tok, atoi(field[2]));
      render(ids, types, mask, offs, &enc);
      char *d = tok_decode(tok, enc.ids, enc.len, false),
           *ds = tok_decode(tok, enc.ids, enc.len, true);
      hexify(dec, d);
      hexify(dec_skip, ds);
      free(d);
      free(ds);
      if (strcmp(ids, field[5]) != 0)
        what = "ids";
      else if (strcmp(types, field[6]) != 0)
        what = "type_ids";
      else if (strcmp(mask, field[7]) != 0)
        what = "attention_mask";
      else if (strcmp(offs, field[8]) != 0)
        what = "offsets";
      else if (strcmp(dec, field[9]) != 0)
        what = "decode";
      else if (strcmp(dec_skip, field[10]) != 0)
        what = "decode(skip_special_tokens)";
    }
    if (what && bad++ < 20) {
      fprintf(stderr, "%s:%ld: %s differ (text %.60s%s)\n", argv[3], lineno, what, a,
              a_len > 60 ? "..." : "");
      if (ok) fprintf(stderr, "  HF: %s | %s\n  C:  %s | %s\n", field[5], field[8], ids, offs);
    }
  }
  printf("%s: %d/%d cases identical to HF (%.2f%%)\n", argv[3], cases - bad, cases,
         cases ? 100.0 * (cases - bad) / cases : 0.0);
  free(line);
  fclose(f);
  tok_encoding_free(&enc);
  tok_free(tok);
  return bad || cases == 0 ? 1 : 0;
}
