// infer_check — compares a generated program's predict / embed output with the HF values of
// tests/fixtures/hf_tiny/expected_logits.json (tests/oracle/hf_checkpoint.py).
//
//   infer_check logits EXPECTED.json PREDICT.jsonl   "logits" of each line vs "logits"
//   infer_check embed EXPECTED.json KEY FILE.tsv     TSV rows vs KEY ("embeddings.pooler",
//                                                    "hf_tiny_base_pooler", ...)
//
// Prints the max absolute difference; exit 0 when every value is within 1e-4 * max(1, |e|),
// 1 on a mismatch or a count/shape difference, 2 on a usage error or an unreadable file.
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOL 1e-4

static double worst = 0;
static int bad = 0;

static void compare(double got, double want, int row, int col) {
  double d = fabs(got - want);
  if (d > worst) worst = d;
  if (d > TOL * fmax(1.0, fabs(want)) && bad++ < 5)
    fprintf(stderr, "  [%d][%d]: got %.9g, expected %.9g\n", row, col, got, want);
}

// The value at dotted path `key` ("embeddings.pooler") of obj.
static const JsonValue *lookup(const JsonValue *obj, const char *key) {
  char buf[256];
  snprintf(buf, sizeof buf, "%s", key);
  const JsonValue *v = obj;
  for (char *part = strtok(buf, "."); v && part; part = strtok(NULL, "."))
    v = json_get(v, part);
  return v;
}

// Rows of numbers [n][k] against `want` (an array of arrays); line i of text holds row i.
static int check_rows(const JsonValue *want, FILE *in, bool jsonl) {
  char *line = NULL;
  size_t cap = 0;
  int row = 0;
  while (getline(&line, &cap, in) >= 0) {
    if (row >= (int)want->count) {
      fprintf(stderr, "more rows than the %zu expected\n", want->count);
      return 1;
    }
    const JsonValue *w = want->items[row];
    int col = 0;
    if (jsonl) {
      JsonError err;
      JsonValue *v = json_parse(line, strlen(line), &err);
      const JsonValue *got = json_get(v, "logits");
      if (!got || got->kind != JSON_ARRAY || got->count != w->count) {
        fprintf(stderr, "line %d: no logits of %zu values\n", row + 1, w->count);
        return 1;
      }
      for (; col < (int)got->count; col++)
        compare(got->items[col]->number, w->items[col]->number, row, col);
      json_free(v);
    } else {
      for (char *s = strtok(line, "\t\n"); s; s = strtok(NULL, "\t\n"), col++)
        if (col < (int)w->count) compare(strtod(s, NULL), w->items[col]->number, row, col);
      if (col != (int)w->count) {
        fprintf(stderr, "row %d has %d values, expected %zu\n", row + 1, col, w->count);
        return 1;
      }
    }
    row++;
  }
  free(line);
  if (row != (int)want->count) {
    fprintf(stderr, "%d rows, expected %zu\n", row, want->count);
    return 1;
  }
  printf("%d rows, max |got - expected| = %.3g (tolerance %.0e relative)\n", row, worst, TOL);
  return bad ? 1 : 0;
}

int main(int argc, char **argv) {
  bool logits = argc == 4 && strcmp(argv[1], "logits") == 0;
  if (!logits && !(argc == 5 && strcmp(argv[1], "embed") == 0)) {
    fprintf(stderr, "usage: infer_check logits EXPECTED.json PREDICT.jsonl\n"
                    "       infer_check embed EXPECTED.json KEY FILE.tsv\n");
    return 2;
  }
  JsonError err;
  JsonValue *root = json_parse_file(argv[2], &err);
  const JsonValue *want = root ? lookup(root, logits ? "logits" : argv[3]) : NULL;
  FILE *in = fopen(argv[logits ? 3 : 4], "r");
  if (!want || want->kind != JSON_ARRAY || !in) {
    fprintf(stderr, "infer_check: cannot read %s (or its key) or %s\n", argv[2],
            argv[logits ? 3 : 4]);
    return 2;
  }
  int status = check_rows(want, in, logits);
  fclose(in);
  json_free(root);
  return status;
}
