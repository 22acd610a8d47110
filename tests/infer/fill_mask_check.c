// fill_mask_check — compares `PROGRAM fill-mask --json` output with transformers' fill-mask
// pipeline on the same checkpoint (tests/fixtures/fill_mask/expected.json, written by
// tests/oracle/fill_mask.py).
//
//   fill_mask_check EXPECTED.json OUTPUT.jsonl
//
// One output line per expected sentence, in order: the same text, one "masks" entry per
// expected mask with its "position", the same candidate ids in the same order, scores within
// 1e-4 absolute, the same "sequence" strings and "token" strings; with exactly one mask, a
// top-level "candidates" equal to the mask's. Prints the max score difference; exit 0 when
// everything matches, 1 on a mismatch, 2 on a usage error or an unreadable file.
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOL 1e-4

static double worst = 0;
static int bad = 0;

static void mismatch(int line, const char *fmt, const char *a, const char *b) {
  if (bad++ < 10) {
    fprintf(stderr, "  line %d: ", line);
    fprintf(stderr, fmt, a, b);
    fprintf(stderr, "\n");
  }
}

static const char *str_of(const JsonValue *v) {
  return v && v->kind == JSON_STRING ? v->text : "(missing)";
}

static int64_t int_of(const JsonValue *v) {
  int64_t x;
  return json_as_int(v, &x) ? x : -1;
}

static size_t count_of(const JsonValue *v, JsonKind kind) {
  return v && v->kind == kind ? v->count : 0;
}

// got's candidates [K] against want's.
static void compare_candidates(int line, const JsonValue *got, const JsonValue *want) {
  size_t n = count_of(want, JSON_ARRAY);
  if (count_of(got, JSON_ARRAY) != n) {
    mismatch(line, "%s%s", "candidate count differs", "");
    return;
  }
  for (size_t c = 0; c < n; c++) {
    const JsonValue *g = got->items[c], *w = want->items[c];
    char gid[32], wid[32];
    snprintf(gid, sizeof gid, "%lld", (long long)int_of(json_get(g, "id")));
    snprintf(wid, sizeof wid, "%lld", (long long)int_of(json_get(w, "id")));
    if (strcmp(gid, wid)) mismatch(line, "id %s, expected %s", gid, wid);
    if (strcmp(str_of(json_get(g, "token")), str_of(json_get(w, "token"))))
      mismatch(line, "token '%s', expected '%s'", str_of(json_get(g, "token")),
               str_of(json_get(w, "token")));
    if (strcmp(str_of(json_get(g, "sequence")), str_of(json_get(w, "sequence"))))
      mismatch(line, "sequence '%s', expected '%s'", str_of(json_get(g, "sequence")),
               str_of(json_get(w, "sequence")));
    const JsonValue *gs = json_get(g, "score"), *ws = json_get(w, "score");
    if (!gs || gs->kind != JSON_NUMBER || !ws || ws->kind != JSON_NUMBER) {
      mismatch(line, "%s%s", "score missing", "");
      continue;
    }
    double d = fabs(gs->number - ws->number);
    worst = d > worst ? d : worst;
    if (d > TOL) {
      char a[32], b[32];
      snprintf(a, sizeof a, "%.9g", gs->number);
      snprintf(b, sizeof b, "%.9g", ws->number);
      mismatch(line, "score %s, expected %s", a, b);
    }
  }
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: fill_mask_check EXPECTED.json OUTPUT.jsonl\n");
    return 2;
  }
  JsonError err;
  JsonValue *want = json_parse_file(argv[1], &err);
  if (!want) {
    fprintf(stderr, "%s:%d:%d: %s\n", argv[1], err.line, err.col, err.message);
    return 2;
  }
  const JsonValue *sentences = json_get(want, "sentences"), *results = json_get(want, "results");
  size_t n = count_of(sentences, JSON_ARRAY);
  FILE *f = fopen(argv[2], "r");
  if (!f || n == 0 || count_of(results, JSON_ARRAY) != n) {
    fprintf(stderr, "fill_mask_check: cannot read %s or %s\n", argv[1], argv[2]);
    json_free(want);
    if (f) fclose(f);
    return 2;
  }
  char *text = NULL;
  size_t cap = 0;
  ssize_t len;
  size_t lines = 0;
  while ((len = getline(&text, &cap, f)) >= 0) {
    int line = (int)++lines;
    if (lines > n) continue;
    JsonValue *got = json_parse(text, (size_t)len, &err);
    if (!got) {
      mismatch(line, "not JSON: %s%s", err.message, "");
      continue;
    }
    const JsonValue *masks = json_get(got, "masks"), *wmasks = results->items[lines - 1];
    if (strcmp(str_of(json_get(got, "text")), str_of(sentences->items[lines - 1])))
      mismatch(line, "text '%s', expected '%s'", str_of(json_get(got, "text")),
               str_of(sentences->items[lines - 1]));
    size_t k = count_of(wmasks, JSON_ARRAY);
    if (count_of(masks, JSON_ARRAY) != k) {
      mismatch(line, "%s%s", "mask count differs", "");
    } else {
      for (size_t j = 0; j < k; j++) {
        const JsonValue *g = masks->items[j], *w = wmasks->items[j];
        if (int_of(json_get(g, "position")) != int_of(json_get(w, "position")))
          mismatch(line, "%s%s", "mask position differs", "");
        compare_candidates(line, json_get(g, "candidates"), json_get(w, "candidates"));
      }
    }
    if (k == 1)
      compare_candidates(line, json_get(got, "candidates"),
                         json_get(wmasks->items[0], "candidates"));
    else if (json_get(got, "candidates"))
      mismatch(line, "%s%s", "top-level candidates with several masks", "");
    json_free(got);
  }
  free(text);
  fclose(f);
  if (lines != n) {
    char a[32], b[32];
    snprintf(a, sizeof a, "%zu", lines);
    snprintf(b, sizeof b, "%zu", n);
    mismatch(0, "%s lines, expected %s", a, b);
  }
  json_free(want);
  printf("fill_mask_check: %zu texts, max |score difference| %.3g, %d mismatches\n", n, worst, bad);
  return bad ? 1 : 0;
}
