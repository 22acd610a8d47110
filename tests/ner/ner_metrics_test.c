// ner_metrics_test — runtime/ner_metrics.c: entities, entity scores and the report equal
// seqeval 1.2.2's, and the character macro F1 equals KLUE's (scikit-learn's f1_score), on the
// fixtures of tests/oracle/ner_metrics.py (KLUE and CoNLL label sets, boundary and type errors,
// IOB1 starts, empty predictions, wide and Korean type names, ten types to 15 digits); plus
// hand-checked entities and the report of no entity at all.
//
// Usage: ner_metrics_test FIXTURE_DIR. Report text is compared byte for byte, numbers to 1e-12
// relative (the largest difference is printed per case).
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "ner_metrics.h"

#define REL_TOL   1e-12
#define MAX_UNITS 256 // units of one fixture sentence, at most

// One fixture case being read.
typedef struct {
  const char *name; // the fixture file
  int line;         // of the fixture, being read
  char *labels[64]; // [num_labels] owned copies: the tag set points at them
  int num_labels, digits;
  NerTagSet ts;
  NerCounts counts;
  NerScores scores;
  bool scored;                               // scores computed (at the first row or score)
  int32_t truth[MAX_UNITS], pred[MAX_UNITS]; // [n] the sentence being read
  bool mask[MAX_UNITS], has_mask;            // [n]
  int n;                                     // units of the sentence
  JsonValue *json;                           // ner_report_json's output, parsed
  size_t rows;                               // row lines checked so far
  char *want_report;                         // the expected report lines collected
  size_t want_len;                           // of want_report
  FILE *want;                                // open while collecting, else NULL
  double max_diff;                           // largest relative difference seen
} Case;

// |got - want| relative to the larger magnitude (0 when both are 0).
static double rel_diff(double got, double want) {
  double scale = fmax(fabs(got), fabs(want));
  return scale == 0 ? 0.0 : fabs(got - want) / scale;
}

static void check_number(Case *c, const char *what, double got, double want) {
  double d = rel_diff(got, want);
  if (d > c->max_diff) c->max_diff = d;
  CHECK(d <= REL_TOL, "%s:%d: %s = %.17g, expected %.17g", c->name, c->line, what, got, want);
}

static void read_labels(Case *c, char *rest) {
  int cap = (int)(sizeof c->labels / sizeof *c->labels);
  for (char *save, *w = strtok_r(rest, " ", &save); w && c->num_labels < cap;
       w = strtok_r(NULL, " ", &save))
    c->labels[c->num_labels++] = strdup(w);
  char err[256];
  bool ok = ner_tags_init(&c->ts, (const char *const *)c->labels, c->num_labels, err, sizeof err);
  CHECK(ok, "%s: labels: %s", c->name, err);
  if (!ok) exit(1);
  ner_counts_init(&c->counts, &c->ts);
}

// "T|P T|P ...": the sentence's truth and prediction label indices.
static void read_sentence(Case *c, char *rest) {
  c->n = 0;
  c->has_mask = false;
  for (char *save, *w = strtok_r(rest, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    char *bar = strchr(w, '|');
    int t = bar ? ner_tag_find(&c->ts, w, (size_t)(bar - w)) : -1;
    int p = bar ? ner_tag_find(&c->ts, bar + 1, strlen(bar + 1)) : -1;
    CHECK(t >= 0 && p >= 0 && c->n < MAX_UNITS, "%s:%d: bad unit '%s'", c->name, c->line, w);
    if (t < 0 || p < 0 || c->n >= MAX_UNITS) exit(1);
    c->truth[c->n] = t;
    c->pred[c->n++] = p;
  }
}

static void read_mask(Case *c, char *rest) {
  int i = 0;
  for (char *save, *w = strtok_r(rest, " ", &save); w && i < c->n; w = strtok_r(NULL, " ", &save))
    c->mask[i++] = strcmp(w, "1") == 0;
  CHECK(i == c->n, "%s:%d: mask of %d units for %d", c->name, c->line, i, c->n);
  c->has_mask = true;
}

// "TYPE START END ...": seqeval's entities of tags [n], compared with ner_entities.
static void check_entities(Case *c, const int32_t *tags, char *rest) {
  NerEntity got[MAX_UNITS];
  int n_got = ner_entities(&c->ts, tags, c->n, got), i = 0;
  char *save, *type = strtok_r(rest, " ", &save);
  for (; type; type = strtok_r(NULL, " ", &save), i++) {
    int start = atoi(strtok_r(NULL, " ", &save)), end = atoi(strtok_r(NULL, " ", &save));
    bool same = i < n_got && strcmp(c->ts.types[got[i].type], type) == 0 && got[i].start == start &&
                got[i].end == end;
    CHECK(same, "%s:%d: entity %d is not (%s, %d, %d)", c->name, c->line, i, type, start, end);
  }
  CHECK(i == n_got, "%s:%d: %d entities, expected %d", c->name, c->line, n_got, i);
}

// Scores, once every sentence is in, and their JSON report parsed.
static void score(Case *c) {
  if (c->scored) return;
  c->scored = true;
  ner_scores(&c->scores, &c->ts, &c->counts);
  JsonWriter w = {0};
  ner_report_json(&w, &c->ts, &c->scores);
  JsonError err;
  c->json = json_parse(w.data, w.len, &err);
  CHECK(c->json && c->json->kind == JSON_OBJECT, "%s: report JSON: %s", c->name, err.message);
  jw_free(&w);
  if (!c->json) exit(1);
}

// "P R F SUPPORT NAME": the next member of output_dict, in order.
static void check_row(Case *c, char *rest) {
  score(c);
  char *save, *field[4];
  for (int i = 0; i < 4; i++)
    field[i] = strtok_r(i ? NULL : rest, " ", &save);
  const char *name = strtok_r(NULL, "", &save);
  size_t r = c->rows++;
  bool here = r < c->json->count && strcmp(c->json->keys[r], name) == 0;
  CHECK(here, "%s:%d: report JSON member %zu is not '%s'", c->name, c->line, r, name);
  if (!here) return;
  const JsonValue *row = c->json->items[r];
  const char *keys[3] = {"precision", "recall", "f1-score"};
  char what[128];
  for (int i = 0; i < 3; i++) {
    snprintf(what, sizeof what, "%s %s", name, keys[i]);
    check_number(c, what, json_get(row, keys[i])->number, strtod(field[i], NULL));
  }
  int64_t support = -1;
  CHECK(json_as_int(json_get(row, "support"), &support) && support == atoll(field[3]),
        "%s:%d: %s support %lld, expected %s", c->name, c->line, name, (long long)support,
        field[3]);
}

// "NAME VALUE": seqeval's averages, KLUE's char F1, the unit accuracy.
static void check_score(Case *c, char *rest) {
  score(c);
  char *save, *key = strtok_r(rest, " ", &save);
  double want = strtod(strtok_r(NULL, " ", &save), NULL);
  const NerScores *s = &c->scores;
  const ClassScore *avg[3] = {&s->micro, &s->macro, &s->weighted};
  const char *avg_names[3] = {"micro", "macro", "weighted"};
  for (int a = 0; a < 3; a++) {
    size_t len = strlen(avg_names[a]);
    if (strncmp(key, avg_names[a], len) != 0 || key[len] != '_') continue;
    const char *field = key + len + 1;
    double got = strcmp(field, "precision") == 0 ? avg[a]->precision
                 : strcmp(field, "recall") == 0  ? avg[a]->recall
                                                 : avg[a]->f1;
    check_number(c, key, got, want);
    return;
  }
  bool known = strcmp(key, "char_macro_f1") == 0 || strcmp(key, "unit_accuracy") == 0;
  CHECK(known, "%s:%d: unknown score '%s'", c->name, c->line, key);
  if (known) check_number(c, key, key[0] == 'c' ? s->char_macro_f1 : s->unit_accuracy, want);
}

// The first line where got and want differ, printed both ways.
static void show_difference(const char *got, const char *want) {
  for (int line = 1;; line++) {
    size_t a = strcspn(got, "\n"), b = strcspn(want, "\n");
    if (a != b || memcmp(got, want, a) != 0) {
      fprintf(stderr, "  line %d\n  got      |%.*s|\n  expected |%.*s|\n", line, (int)a, got,
              (int)b, want);
      return;
    }
    if (!got[a] || !want[b]) return;
    got += a + 1;
    want += b + 1;
  }
}

static void check_report_text(Case *c) {
  score(c);
  fclose(c->want);
  c->want = NULL;
  char *got = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&got, &len);
  ner_report_text(out, &c->ts, &c->scores, c->digits);
  fclose(out);
  bool same = strcmp(got, c->want_report) == 0;
  CHECK(same, "%s: report text differs from seqeval's", c->name);
  if (!same) show_difference(got, c->want_report);
  free(got);
}

// One fixture line (without its newline).
static void read_line(Case *c, char *line) {
  if (c->want) {
    if (strcmp(line, "end report") == 0)
      check_report_text(c);
    else
      fprintf(c->want, "%s\n", line);
    return;
  }
  if (line[0] == '#' || line[0] == 0) return;
  char *rest = strchr(line, ' ');
  rest = rest ? (*rest = 0, rest + 1) : line + strlen(line);
  bool labels = strcmp(line, "labels") == 0;
  CHECK(labels || c->ts.types, "%s:%d: '%s' before the labels line", c->name, c->line, line);
  if (!labels && !c->ts.types) exit(1);
  if (labels)
    read_labels(c, rest);
  else if (strcmp(line, "digits") == 0)
    c->digits = atoi(rest);
  else if (strcmp(line, "sent") == 0)
    read_sentence(c, rest);
  else if (strcmp(line, "mask") == 0)
    read_mask(c, rest);
  else if (strcmp(line, "true") == 0)
    check_entities(c, c->truth, rest);
  else if (strcmp(line, "pred") == 0) {
    check_entities(c, c->pred, rest);
    ner_counts_add(&c->counts, &c->ts, c->truth, c->pred, c->has_mask ? c->mask : NULL, c->n);
  } else if (strcmp(line, "row") == 0)
    check_row(c, rest);
  else if (strcmp(line, "score") == 0)
    check_score(c, rest);
  else if (strcmp(line, "report") == 0)
    c->want = open_memstream(&c->want_report, &c->want_len);
  else
    CHECK(false, "%s:%d: unknown line '%s'", c->name, c->line, line);
}

static void check_case(const char *dir, const char *file) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, file);
  FILE *f = fopen(path, "r");
  CHECK(f, "cannot read %s", path);
  if (!f) return;
  Case c = {.name = file};
  char *line = NULL;
  size_t cap = 0;
  for (ssize_t len; (len = getline(&line, &cap, f)) >= 0;) {
    c.line++;
    if (len > 0 && line[len - 1] == '\n') line[len - 1] = 0;
    read_line(&c, line);
  }
  fclose(f);
  free(line);
  CHECK(c.json && c.rows == c.json->count && c.want_report && !c.want,
        "%s: %zu rows for %zu report members, report text %s", file, c.rows,
        c.json ? c.json->count : 0, c.want_report ? "read" : "missing");
  printf("%-34s max relative difference %.3g\n", file, c.max_diff);
  if (c.want) fclose(c.want);
  free(c.want_report);
  json_free(c.json);
  ner_scores_free(&c.scores);
  ner_counts_free(&c.counts);
  ner_tags_free(&c.ts);
  for (int i = 0; i < c.num_labels; i++)
    free(c.labels[i]);
}

static const char *const CONLL[] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                    "B-ORG", "I-ORG", "B-MISC", "I-MISC"};

// Label indices of space-separated tag names into tags; returns how many.
static int parse_tags(int32_t *tags, const NerTagSet *ts, const char *text) {
  int n = 0;
  for (const char *p = text; *p;) {
    size_t len = strcspn(p, " ");
    tags[n++] = ner_tag_find(ts, p, len);
    p += len + (p[len] == ' ');
  }
  return n;
}

// ner_entities of `text` is `want` ("TYPE START END; ...", END exclusive).
static void check_hand_entities(const NerTagSet *ts, const char *text, const char *want) {
  int32_t tags[32];
  NerEntity got[32];
  int n = ner_entities(ts, tags, parse_tags(tags, ts, text), got);
  char buf[512] = "";
  for (int i = 0; i < n; i++)
    snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s %d %d", i ? "; " : "",
             ts->types[got[i].type], got[i].start, got[i].end);
  CHECK(strcmp(buf, want) == 0, "entities of '%s': got '%s', expected '%s'", text, buf, want);
}

static void test_hand_entities(const NerTagSet *ts) {
  check_hand_entities(ts, "B-PER I-PER O B-LOC", "PER 0 2; LOC 3 4");
  check_hand_entities(ts, "I-LOC I-LOC O I-ORG", "LOC 0 2; ORG 3 4");
  check_hand_entities(ts, "B-PER I-LOC I-LOC O", "PER 0 1; LOC 1 3");
  check_hand_entities(ts, "B-ORG B-ORG I-ORG", "ORG 0 1; ORG 1 3");
  check_hand_entities(ts, "O I-MISC B-MISC I-MISC", "MISC 1 2; MISC 2 4");
  check_hand_entities(ts, "O O", "");
  check_hand_entities(ts, "", "");
}

// No entity anywhere: every score 0, no type row (seqeval's own report raises on this).
static void test_no_entities(const NerTagSet *ts) {
  NerCounts counts;
  ner_counts_init(&counts, ts);
  int32_t tags[3] = {0, 0, 0};
  bool scored[3] = {true, false, true};
  ner_counts_add(&counts, ts, tags, tags, scored, 3);
  NerScores s;
  ner_scores(&s, ts, &counts);
  char *got = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&got, &len);
  ner_report_text(out, ts, &s, 4);
  fclose(out);
  const char *want = "              precision    recall  f1-score   support\n\n\n"
                     "   micro avg     0.0000    0.0000    0.0000         0\n"
                     "   macro avg     0.0000    0.0000    0.0000         0\n"
                     "weighted avg     0.0000    0.0000    0.0000         0\n";
  CHECK(strcmp(got, want) == 0, "report of no entity:\n%s", got);
  // labels 1..8 never seen: f1 1.0 each; O: 2 right of 2
  CHECK(s.char_macro_f1 == 1.0 && s.unit_accuracy == 1.0 && counts.units[0] == 2,
        "char F1 %g, accuracy %g, O units %lld", s.char_macro_f1, s.unit_accuracy,
        (long long)counts.units[0]);
  free(got);
  ner_scores_free(&s);
  ner_counts_free(&counts);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: ner_metrics_test FIXTURE_DIR\n");
    return 2;
  }
  struct dirent **files = NULL;
  int n_files = scandir(argv[1], &files, NULL, alphasort), cases = 0;
  CHECK(n_files >= 0, "cannot open %s", argv[1]);
  for (int i = 0; i < n_files; i++) {
    size_t n = strlen(files[i]->d_name);
    if (n > 4 && strcmp(files[i]->d_name + n - 4, ".txt") == 0) {
      check_case(argv[1], files[i]->d_name);
      cases++;
    }
    free(files[i]);
  }
  free(files);
  CHECK(cases >= 8, "found %d fixture cases in %s, expected 8", cases, argv[1]);
  NerTagSet ts;
  char err[256];
  CHECK(ner_tags_init(&ts, CONLL, 9, err, sizeof err), "%s", err);
  test_hand_entities(&ts);
  test_no_entities(&ts);
  ner_tags_free(&ts);
  return check_exit("ner_metrics_test");
}
