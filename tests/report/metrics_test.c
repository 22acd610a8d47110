// metrics_test — runtime/metrics.c: the classification report equals scikit-learn's byte
// for byte on the fixtures of tests/oracle/metrics_report.py (Korean label names, zero
// division, 10 and 140 labels to 15 digits), its JSON form, and the softmax confidence.
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "metrics.h"

static int failures;

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      failures++;                                                                                  \
      fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);                                        \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
    }                                                                                              \
  } while (0)

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *text = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&text, &len);
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    fwrite(buf, 1, n, mem);
  fclose(f);
  fclose(mem);
  return text;
}

// The first line where a and b differ, printed both ways.
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

static int32_t *int_array(const JsonValue *arr) {
  int32_t *out = calloc(arr->count + 1, sizeof *out);
  for (size_t i = 0; i < arr->count; i++)
    out[i] = (int32_t)arr->items[i]->number;
  return out;
}

// Fixture <case>.json holds labels, digits, y_true, y_pred; <case>.txt sklearn's report.
static void check_case(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.json", dir, name);
  JsonError err;
  JsonValue *in = json_parse_file(path, &err);
  EXPECT(in, "%s:%d:%d: %s", path, err.line, err.col, err.message);
  snprintf(path, sizeof path, "%s/%s.txt", dir, name);
  char *want = slurp(path);
  EXPECT(want, "cannot read %s", path);
  if (!in || !want) {
    json_free(in);
    free(want);
    return;
  }
  const JsonValue *labels = json_get(in, "labels"), *y_true = json_get(in, "y_true");
  int k = (int)labels->count;
  const char **names = calloc((size_t)k, sizeof *names);
  for (int i = 0; i < k; i++)
    names[i] = labels->items[i]->text;
  int32_t *truth = int_array(y_true), *pred = int_array(json_get(in, "y_pred"));
  int64_t *cm = calloc((size_t)(k * k), sizeof *cm);
  confusion_add(cm, k, truth, pred, (int64_t)y_true->count);

  char *got = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&got, &len);
  metrics_report_text(out, cm, names, k, (int)json_get(in, "digits")->number);
  fclose(out);
  EXPECT(strcmp(got, want) == 0, "%s: report differs from scikit-learn's", name);
  if (strcmp(got, want) != 0) show_difference(got, want);

  // JSON form: per-label supports add up, accuracy as in the text
  JsonWriter w = {0};
  metrics_report_json(&w, cm, names, k);
  JsonValue *report = json_parse(w.data, w.len, &err);
  EXPECT(report, "%s: report JSON does not parse: %s", name, err.message);
  int64_t support = 0, one = 0;
  for (int i = 0; report && i < k; i++)
    if (json_as_int(json_get(json_get(report, names[i]), "support"), &one)) support += one;
  EXPECT(report && support == (int64_t)y_true->count && json_get(report, "accuracy") &&
             json_get(json_get(report, "weighted avg"), "f1-score"),
         "%s: report JSON", name);
  printf("%-28s %s\n", name, strcmp(got, want) == 0 ? "matches scikit-learn" : "DIFFERS");
  json_free(report);
  jw_free(&w);
  free(got);
  free(cm);
  free(truth);
  free(pred);
  free(names);
  free(want);
  json_free(in);
}

static void test_confusion_and_softmax(void) {
  int64_t cm[4] = {0};
  int32_t truth[] = {0, 1, 1, -100, 0}, pred[] = {0, 1, 0, 1, 1};
  confusion_add(cm, 2, truth, pred, 5);
  EXPECT(cm[0] == 1 && cm[1] == 1 && cm[2] == 1 && cm[3] == 1, "confusion skips label -100");

  float probs[3], logits[3] = {1, 2, 3};
  int best = metrics_softmax(probs, logits, 3);
  EXPECT(best == 2 && fabsf(probs[2] - 0.66524096f) < 1e-6f &&
             fabsf(probs[0] + probs[1] + probs[2] - 1) < 1e-6f,
         "softmax of 1,2,3: %d %g", best, probs[2]);
  float big[2] = {1000, -1000};
  best = metrics_softmax(probs, big, 2);
  EXPECT(best == 0 && probs[0] == 1 && probs[1] == 0, "softmax of large logits stays finite");
  float tie[2] = {0.5f, 0.5f};
  EXPECT(metrics_softmax(probs, tie, 2) == 0 && probs[0] == 0.5f, "softmax ties pick the first");
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: metrics_test FIXTURE_DIR\n");
    return 2;
  }
  DIR *d = opendir(argv[1]);
  EXPECT(d, "cannot open %s", argv[1]);
  int cases = 0;
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t n = strlen(e->d_name);
    if (n < 6 || strcmp(e->d_name + n - 5, ".json") != 0) continue;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(n - 5), e->d_name);
    check_case(argv[1], name);
    cases++;
  }
  if (d) closedir(d);
  EXPECT(cases >= 7, "found %d fixture cases in %s, expected 7", cases, argv[1]);
  test_confusion_and_softmax();
  if (failures) {
    fprintf(stderr, "metrics_test: %d failure(s)\n", failures);
    return 1;
  }
  printf("metrics_test: ok (%d cases)\n", cases);
  return 0;
}
