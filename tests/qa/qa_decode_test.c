// qa_decode_test.c — answers from windows' logits (qa_decode.h): hand-set logits that pick a
// span (the original context slice: case, accents and the en dash kept), that break a rule
// (outside the context, end before start, too long, beyond n_best), across windows, and v2's
// null answer against its threshold; then seeded logits over every case of features_golden.json
// against run_qa's postprocess_qa_predictions (decode_golden.json, tests/oracle/qa_decode.py):
// the same text and the same float score_diff. Usage: qa_decode_test FIXTURE_DIR TEXT_DIR.
#include "qa_decode.h"

#include "check.h"
#include "json.h"

#include <stdlib.h>
#include <string.h>

static const char *fixture_dir, *text_dir;
static QaData data;

enum { STRIDE = 40 }; // logits per window row: more than any window's len

static const char *path_of(const char *dir, const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

// A question's windows and zeroed logits [n, STRIDE].
typedef struct {
  QaFeatures fs;
  int q;
  float *start, *end;
} Case;

static bool case_of(Case *c, const char *id, const char *vocab, bool lower, int length, int stride,
                    int mql) {
  *c = (Case){.q = -1};
  for (int q = 0; q < data.n_questions; q++)
    if (strcmp(data.questions[q].id, id) == 0) c->q = q;
  char err[512] = "";
  Tokenizer *tok = tok_load(path_of(text_dir, vocab), lower, stderr, err, sizeof err);
  CHECK(tok && c->q >= 0, "%s: %s", id, err);
  if (!tok || c->q < 0) return false;
  QaFeatureOptions opt = {.max_seq_length = length, .doc_stride = stride, .max_query_length = mql};
  int n = qa_features_add(&c->fs, tok, &data, c->q, &opt, err, sizeof err);
  tok_free(tok);
  CHECK(n > 0, "%s: %s", id, err);
  c->start = calloc((size_t)(n > 0 ? n : 1) * STRIDE, sizeof(float));
  c->end = calloc((size_t)(n > 0 ? n : 1) * STRIDE, sizeof(float));
  return n > 0;
}

static void case_free(Case *c) {
  qa_features_free(&c->fs);
  free(c->start);
  free(c->end);
}

static void decode(QaPrediction *out, const Case *c, const QaDecodeOptions *opt) {
  qa_decode(out, c->fs.f, c->fs.n, c->start, c->end, STRIDE,
            &data.paragraphs[data.questions[c->q].paragraph], opt);
}

// Decodes c and expects `text` (NULL: null) from window w.
static void expect(const Case *c, const QaDecodeOptions *opt, const char *text, int w,
                   const char *what) {
  QaPrediction p;
  decode(&p, c, opt);
  if (text)
    CHECK(!p.null && strcmp(p.text, text) == 0 && p.window == w, "%s: '%s' from window %d%s", what,
          p.text, p.window, p.null ? " (null)" : "");
  else
    CHECK(p.null && strcmp(p.text, "") == 0 && p.char_start == 0 && p.char_end == 0,
          "%s: '%s', expected the null answer", what, p.text);
  free(p.text);
}

static void set(const Case *c, int w, int s, float sv, int e, float ev) {
  c->start[w * STRIDE + s] = sv;
  c->end[w * STRIDE + e] = ev;
}

static const QaDecodeOptions v1 = {.n_best = 20, .max_answer_length = 30};

static void test_korean(void) {
  Case c;
  if (!case_of(&c, "korean_two_windows", "vocab_cased_ko.txt", false, 32, 8, 64)) return;
  set(&c, 1, 18, 5, 23, 5); // the gold answer's tokens in window 1
  expect(&c, &v1, "서울지방경찰청", 1, "gold span");
  set(&c, 1, 2, 9, 3, 9); // question tokens: not in the context
  expect(&c, &v1, "서울지방경찰청", 1, "question tokens");
  set(&c, 0, 20, 6, 12, 6); // end before start
  expect(&c, &v1, "서울지방경찰청", 1, "end before start");
  QaDecodeOptions short_answers = v1;
  short_answers.max_answer_length = 5; // 18..23 is 6 tokens
  set(&c, 2, 11, 4.5f, 11, 4.5f);
  expect(&c, &short_answers, "공", 2, "max_answer_length");
  expect(&c, &v1, "서울지방경찰청", 1, "6 tokens within 30");
  set(&c, 2, 12, 5.5f, 13, 5.5f); // beats window 1's span
  expect(&c, &v1, "안분", 2, "best over windows");
  set(&c, 2, 11, 0, 11, 0);
  // n_best 2: window 2's two best starts are 12 and (tie at 0, lowest index) 0, its two best
  // ends 13 and 0: only (12, 13) is a span.
  QaDecodeOptions two = v1;
  two.n_best = 2;
  set(&c, 1, 18, 6, 23, 6); // 12: window 1's gold span beats window 2's 11 again
  expect(&c, &v1, "서울지방경찰청", 1, "gold span at 12");
  set(&c, 1, 1, 7, 2, 7); // but window 1's two best starts and ends are question tokens
  set(&c, 1, 3, 6.5f, 4, 6.5f);
  expect(&c, &two, "안분", 2, "n_best cut");
  case_free(&c);
}

// Ties: the lower token index among equal logits (n_best), the earlier window among equal spans.
static void test_ties(void) {
  Case c;
  if (!case_of(&c, "korean_window_edge", "vocab_cased_ko.txt", false, 32, 8, 64)) return;
  QaDecodeOptions one = v1;
  one.n_best = 1;
  set(&c, 0, 12, 3, 14, 3);
  set(&c, 0, 14, 3, 14, 3);
  expect(&c, &one, "9년 2월", 0, "equal start logits"); // tokens 12..14: chars [3, 8)
  QaDecodeOptions two = v1;
  two.n_best = 2;
  set(&c, 0, 13, 3, 14, 3); // starts 12 and 13 (not 14), in that order: (12, 14) first
  expect(&c, &two, "9년 2월", 0, "equal start logits, n_best 2");
  set(&c, 0, 13, 0, 14, 3);
  set(&c, 0, 12, 0, 14, 0);
  set(&c, 0, 14, 0, 14, 0);
  set(&c, 1, 24, 4, 27, 4); // "공안분실" in window 1 (tokens 24..27) and window 2 (11..14)
  set(&c, 2, 11, 4, 14, 4);
  expect(&c, &v1, "공안분실", 1, "equal spans in two windows");
  case_free(&c);
}

static void test_english_slices(void) {
  Case c;
  if (!case_of(&c, "english_long_question", "vocab_bert_base_uncased.txt", true, 24, 3, 8)) return;
  set(&c, 1, 11, 3, 14, 3);
  expect(&c, &v1, "Levi's Stadium", 1, "uncased tokens, original text");
  set(&c, 2, 15, 4, 16, 4);
  expect(&c, &v1, "Caf\xc3\xa9 California", 2, "accent stripped by the tokenizer, kept here");
  QaDecodeOptions v2 = v1;
  v2.with_negative = true;
  for (int w = 0; w < c.fs.n; w++)
    set(&c, w, 0, 4 + (float)w, 0, 4);
  // null score: window 0's 8; best span 8 (window 2): score_diff 0, not > 0.
  expect(&c, &v2, "Caf\xc3\xa9 California", 2, "v2 tie at the threshold");
  v2.null_threshold = -0.5f;
  expect(&c, &v2, NULL, -1, "v2 null over the threshold");
  QaPrediction p;
  decode(&p, &c, &v2);
  CHECK(p.null_score == 8 && p.score_diff == 0 && p.window == 2 && p.start_token == 15 &&
            p.end_token == 16,
        "null score %g diff %g window %d tokens %d %d", p.null_score, p.score_diff, p.window,
        p.start_token, p.end_token);
  free(p.text);
  case_free(&c);
}

// Rows of a golden case's logits into c's arrays.
static void fill(float *dst, const JsonValue *rows) {
  for (size_t w = 0; w < rows->count; w++)
    for (size_t t = 0; t < rows->items[w]->count; t++)
      dst[w * STRIDE + t] = (float)rows->items[w]->items[t]->number;
}

static void test_golden(void) {
  JsonError jerr;
  JsonValue *fg = json_parse_file(path_of(fixture_dir, "features_golden.json"), &jerr);
  JsonValue *dg = json_parse_file(path_of(fixture_dir, "decode_golden.json"), &jerr);
  CHECK(fg && dg, "golden files: %s", jerr.message);
  const JsonValue *features = fg ? json_get(fg, "cases") : NULL;
  const JsonValue *cases = dg ? json_get(dg, "cases") : NULL;
  for (size_t i = 0; features && cases && i < cases->count; i++) {
    const JsonValue *g = cases->items[i], *f = NULL;
    const char *id = json_get(g, "id")->text;
    for (size_t k = 0; k < features->count; k++)
      if (strcmp(json_get(features->items[k], "id")->text, id) == 0) f = features->items[k];
    Case c;
    if (!f ||
        !case_of(&c, id, json_get(f, "vocab")->text, json_get(f, "lower")->boolean,
                 (int)json_get(f, "max_seq_length")->number, (int)json_get(f, "doc_stride")->number,
                 (int)json_get(f, "max_query_length")->number))
      continue;
    fill(c.start, json_get(g, "start_logits"));
    fill(c.end, json_get(g, "end_logits"));
    QaDecodeOptions opt = {.n_best = (int)json_get(g, "n_best")->number,
                           .max_answer_length = (int)json_get(g, "max_answer_length")->number,
                           .null_threshold = (float)json_get(g, "null_threshold")->number};
    int seed = (int)json_get(g, "seed")->number;
    QaPrediction p;
    decode(&p, &c, &opt);
    const char *want = json_get(g, "text")->text;
    CHECK(strcmp(p.text, want) == 0, "%s seed %d: '%s', HF '%s'", id, seed, p.text, want);
    free(p.text);
    opt.with_negative = true;
    decode(&p, &c, &opt);
    want = json_get(g, "v2_text")->text;
    float diff = (float)json_get(g, "score_diff")->number;
    CHECK(strcmp(p.text, want) == 0 && p.score_diff == diff,
          "%s seed %d v2: '%s' diff %.9g, HF '%s' %.9g", id, seed, p.text, p.score_diff, want,
          diff);
    free(p.text);
    case_free(&c);
  }
  CHECK(cases && cases->count == 10, "expected 10 golden cases");
  json_free(fg);
  json_free(dg);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: qa_decode_test FIXTURE_DIR TEXT_DIR\n");
    return 2;
  }
  fixture_dir = argv[1];
  text_dir = argv[2];
  char err[1024] = "";
  if (qa_load(&data, path_of(fixture_dir, "features.json"), false, err, sizeof err)) {
    fprintf(stderr, "features.json: %s\n", err);
    return 1;
  }
  test_korean();
  test_ties();
  test_english_slices();
  test_golden();
  qa_free(&data);
  return check_exit("qa_decode_test");
}
