// qa_metrics_test.c — SQuAD v1.1's, v2.0's and KorQuAD 1.0's EM / F1 (qa_metrics.h) against
// tests/fixtures/qa/metrics_golden.json, the figures of the official scripts' logic
// (tests/oracle/qa_metrics.py) on English and Korean predictions: every question's normalised
// prediction, exact match and F1, and the totals (v2's HasAns / NoAns too), v1.1 and KorQuAD on
// each set and v2 on its own, to 1e-9 (printing the largest difference).
// Usage: qa_metrics_test FIXTURE_DIR.
#include "qa_metrics.h"

#include "check.h"
#include "json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *fixture_dir;
static double max_diff;

static const char *path_of(const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", fixture_dir, name);
  return p;
}

static void expect_close(double got, double want, const char *what, const char *where) {
  double d = fabs(got - want);
  if (d > max_diff) max_diff = d;
  CHECK(d <= 1e-9, "%s %s: %.17g, expected %.17g", where, what, got, want);
}

static void check_case(const JsonValue *c) {
  const char *data_name = json_get(c, "data")->text, *metric_name = json_get(c, "metric")->text;
  QaMetric metric = strcmp(metric_name, "squad") == 0      ? QA_METRIC_SQUAD
                    : strcmp(metric_name, "squad_v2") == 0 ? QA_METRIC_SQUAD_V2
                                                           : QA_METRIC_KORQUAD;
  char where[256], err[1024] = "";
  snprintf(where, sizeof where, "%s %s", data_name, metric_name);
  QaData d;
  int rc = qa_load(&d, path_of(data_name), false, err, sizeof err);
  CHECK(rc == 0, "%s: %s", where, err);
  if (rc) return;
  JsonError jerr;
  JsonValue *preds = json_parse_file(path_of(json_get(c, "predictions")->text), &jerr);
  CHECK(preds != NULL, "%s: predictions: %s", where, jerr.message);
  const JsonValue *questions = json_get(c, "questions");
  CHECK(questions->count == (size_t)d.n_questions, "%s: %d questions", where, d.n_questions);
  const char **texts = calloc((size_t)d.n_questions + 1, sizeof *texts);
  for (int q = 0; preds && q < d.n_questions; q++) {
    const JsonValue *p = json_get(preds, d.questions[q].id);
    texts[q] = p ? p->text : NULL;
  }
  for (int q = 0; q < d.n_questions && (size_t)q < questions->count; q++) {
    const JsonValue *g = questions->items[q], *norm = json_get(g, "normalized");
    char qwhere[300];
    snprintf(qwhere, sizeof qwhere, "%s %s", where, d.questions[q].id);
    CHECK(strcmp(json_get(g, "id")->text, d.questions[q].id) == 0, "%s: golden order", qwhere);
    if (!texts[q]) {
      CHECK(norm->kind == JSON_NULL, "%s: golden has a prediction", qwhere);
      continue;
    }
    char *n = qa_normalize(texts[q], metric);
    CHECK(norm->kind == JSON_STRING && strcmp(n, norm->text) == 0,
          "%s: normalized '%s', expected '%s'", qwhere, n, norm->text ? norm->text : "(null)");
    free(n);
    bool em;
    double f1;
    CHECK(qa_question_score(&em, &f1, &d.questions[q], texts[q], metric), "%s: not scored", qwhere);
    CHECK(em == (json_get(g, "exact_match")->number == 1), "%s: exact match %d", qwhere, em);
    expect_close(f1, json_get(g, "f1")->number, "f1", qwhere);
  }
  QaScores s;
  qa_score(&s, &d, texts, metric);
  expect_close(s.exact_match, json_get(c, "exact_match")->number, "exact_match", where);
  expect_close(s.f1, json_get(c, "f1")->number, "f1", where);
  CHECK(s.total == (int64_t)json_get(c, "total")->number &&
            s.unanswered == (metric == QA_METRIC_SQUAD_V2 ? 0 : 1) && s.no_gold == 0,
        "%s: total %lld unanswered %lld", where, (long long)s.total, (long long)s.unanswered);
  if (metric == QA_METRIC_SQUAD_V2) {
    const JsonValue *has = json_get(c, "has_ans"), *no = json_get(c, "no_ans");
    expect_close(s.has_ans_exact, has->items[0]->number, "HasAns_exact", where);
    expect_close(s.has_ans_f1, has->items[1]->number, "HasAns_f1", where);
    expect_close(s.no_ans_exact, no->items[0]->number, "NoAns_exact", where);
    expect_close(s.no_ans_f1, no->items[1]->number, "NoAns_f1", where);
    CHECK(s.has_ans_total == (int64_t)has->items[2]->number &&
              s.no_ans_total == (int64_t)no->items[2]->number,
          "%s: HasAns %lld NoAns %lld", where, (long long)s.has_ans_total,
          (long long)s.no_ans_total);
  }
  printf("%s: EM %.4f F1 %.4f over %lld questions\n", where, s.exact_match, s.f1,
         (long long)s.total);
  free(texts);
  json_free(preds);
  qa_free(&d);
}

// A question without gold answers (v2's impossible) is left out of the totals.
static void test_no_gold(void) {
  QaData d;
  char err[1024] = "";
  int rc = qa_load(&d, path_of("squad_v2.json"), false, err, sizeof err);
  CHECK(rc == 0, "squad_v2.json: %s", err);
  if (rc) return;
  const char *preds[] = {"Normans", ""};
  QaScores s;
  qa_score(&s, &d, preds, QA_METRIC_SQUAD);
  CHECK(s.total == 1 && s.no_gold == 1 && s.exact_match == 100.0 && s.f1 == 100.0,
        "total %lld no_gold %lld EM %g F1 %g", (long long)s.total, (long long)s.no_gold,
        s.exact_match, s.f1);
  qa_free(&d);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: qa_metrics_test FIXTURE_DIR\n");
    return 2;
  }
  fixture_dir = argv[1];
  JsonError jerr;
  JsonValue *golden = json_parse_file(path_of("metrics_golden.json"), &jerr);
  CHECK(golden != NULL, "metrics_golden.json: %s", jerr.message);
  const JsonValue *cases = golden ? json_get(golden, "cases") : NULL;
  CHECK(cases && cases->count == 5, "expected 5 cases");
  for (size_t i = 0; cases && i < cases->count; i++)
    check_case(cases->items[i]);
  json_free(golden);
  test_no_gold();
  printf("largest difference from the golden figures: %.3g\n", max_diff);
  return check_exit("qa_metrics_test");
}
