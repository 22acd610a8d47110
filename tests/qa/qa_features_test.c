// qa_features_test.c — run_qa's windows and labels (qa_features.h) on hand-written Korean and
// English cases (tests/fixtures/qa/features.json): an answer in the middle, at a window's edge,
// in two windows, in no window (longer than a window), and a question longer than
// max_query_length. Each window's token ids, types and code point offsets are compared with HF's
// BertTokenizerFast (features_golden.json, from tests/oracle/qa_features.py); the positions
// below are the oracle's printout, written out. Usage: qa_features_test FIXTURE_DIR TEXT_DIR.
#include "qa_features.h"

#include "check.h"
#include "json.h"

#include <stdlib.h>
#include <string.h>

static const char *fixture_dir, *text_dir;

enum { MAX_WINDOWS = 5 };

// A case's expected windows: context tokens [first, end) and labels.
typedef struct {
  const char *id;
  int n_windows;
  int context_first;
  int context_end[MAX_WINDOWS];
  int chars[MAX_WINDOWS][2]; // the window's context code points [first, end)
  int start[MAX_WINDOWS], end[MAX_WINDOWS];
} Expected;

static const Expected expected[] = {
    // The answer (chars 35..42) is wholly in window 1 only: window 0 ends at char 34, window 2
    // starts at char 41, inside it.
    {"korean_two_windows",
     3,
     10,
     {31, 31, 24},
     {{0, 34}, {23, 51}, {41, 59}},
     {0, 18, 0},
     {0, 23, 0}},
    // The answer (chars 43..47) is in the 8 tokens windows 1 and 2 share: labelled in both.
    {"korean_window_edge",
     3,
     10,
     {31, 31, 24},
     {{0, 34}, {23, 51}, {41, 59}},
     {0, 24, 11},
     {0, 27, 14}},
    // An 83-character answer longer than any window: [CLS] everywhere.
    {"english_no_window",
     5,
     9,
     {23, 23, 23, 23, 22},
     {{0, 116}, {79, 162}, {140, 204}, {190, 239}, {221, 286}},
     {0, 0, 0, 0, 0},
     {0, 0, 0, 0, 0}},
    // "Carolina" is window 0's last context token (22): run_qa says start 23 (the [SEP]), bertc
    // 22; window 1 holds it at 12.
    {"english_window_edge",
     3,
     9,
     {23, 23, 15},
     {{0, 116}, {79, 162}, {140, 169}},
     {22, 12, 0},
     {22, 12, 0}},
    // The question is cut to 8 tokens: context from token 10 in windows of 13, sharing 3.
    {"english_long_question",
     3,
     10,
     {23, 23, 18},
     {{0, 49}, {41, 97}, {84, 121}},
     {0, 11, 0},
     {0, 14, 0}},
};

static const char *path_of(const char *dir, const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

static int find_question(const QaData *d, const char *id) {
  for (int q = 0; q < d->n_questions; q++)
    if (strcmp(d->questions[q].id, id) == 0) return q;
  return -1;
}

// Window w of case e against the oracle's tokens (g) and the positions above.
static void check_window(const QaFeature *f, const JsonValue *g, const Expected *e, int w) {
  const JsonValue *ids = json_get(g, "input_ids"), *types = json_get(g, "token_type_ids");
  const JsonValue *offsets = json_get(g, "offsets");
  CHECK(f->len == (int)ids->count, "%s window %d: %d tokens, HF %zu", e->id, w, f->len, ids->count);
  for (int t = 0; t < f->len && t < (int)ids->count; t++) {
    const JsonValue *o = offsets->items[t];
    int32_t s = o->kind == JSON_NULL ? -1 : (int32_t)o->items[0]->number;
    int32_t en = o->kind == JSON_NULL ? -1 : (int32_t)o->items[1]->number;
    CHECK(f->ids[t] == (int32_t)ids->items[t]->number &&
              f->type_ids[t] == (int32_t)types->items[t]->number,
          "%s window %d token %d: id %d type %d, HF %g %g", e->id, w, t, f->ids[t], f->type_ids[t],
          ids->items[t]->number, types->items[t]->number);
    CHECK(f->char_start[t] == s && f->char_end[t] == en,
          "%s window %d token %d: [%d, %d), HF [%d, %d)", e->id, w, t, f->char_start[t],
          f->char_end[t], s, en);
  }
  CHECK(f->context_first == e->context_first && f->context_end == e->context_end[w],
        "%s window %d: context [%d, %d)", e->id, w, f->context_first, f->context_end);
  int last = f->context_end - 1;
  CHECK(f->char_start[f->context_first] == e->chars[w][0] && f->char_end[last] == e->chars[w][1],
        "%s window %d: chars [%d, %d)", e->id, w, f->char_start[f->context_first],
        f->char_end[last]);
  CHECK(f->start_position == e->start[w] && f->end_position == e->end[w],
        "%s window %d: start %d end %d, expected %d %d", e->id, w, f->start_position,
        f->end_position, e->start[w], e->end[w]);
  int hf_start = (int)json_get(g, "start_position")->number;
  int hf_end = (int)json_get(g, "end_position")->number;
  bool quirk = strcmp(e->id, "english_window_edge") == 0 && w == 0;
  CHECK(hf_end == e->end[w] && (hf_start == e->start[w]) != quirk,
        "%s window %d: HF start %d end %d (only window 0 of english_window_edge differs)", e->id, w,
        hf_start, hf_end);
}

static void check_case(const JsonValue *g, const QaData *d) {
  const char *id = json_get(g, "id")->text;
  const Expected *e = NULL;
  for (size_t i = 0; i < sizeof expected / sizeof *expected; i++)
    if (strcmp(expected[i].id, id) == 0) e = &expected[i];
  CHECK(e != NULL, "golden case %s has no expectations", id);
  if (!e) return;
  char err[512] = "";
  bool lower = json_get(g, "lower")->boolean;
  Tokenizer *tok =
      tok_load(path_of(text_dir, json_get(g, "vocab")->text), lower, stderr, err, sizeof err);
  CHECK(tok != NULL, "%s: %s", id, err);
  if (!tok) return;
  QaFeatureOptions opt = {.max_seq_length = (int)json_get(g, "max_seq_length")->number,
                          .doc_stride = (int)json_get(g, "doc_stride")->number,
                          .max_query_length = (int)json_get(g, "max_query_length")->number};
  QaFeatures fs = {0};
  int q = find_question(d, id);
  CHECK(q >= 0, "no question %s in features.json", id);
  int n = q >= 0 ? qa_features_add(&fs, tok, d, q, &opt, err, sizeof err) : 0;
  const JsonValue *windows = json_get(g, "windows");
  CHECK(n == e->n_windows && n == (int)windows->count, "%s: %d windows (%s)", id, n, err);
  for (int w = 0; w < n && w < e->n_windows && w < (int)windows->count; w++) {
    CHECK(fs.f[w].question == q && fs.f[w].window == w, "%s window %d: numbering", id, w);
    check_window(&fs.f[w], windows->items[w], e, w);
  }
  // Twice the question's windows: appended after the first ones, numbered from 0 again.
  if (q >= 0 && n > 0) {
    int again = qa_features_add(&fs, tok, d, q, &opt, err, sizeof err);
    CHECK(again == n && fs.n == 2 * n && fs.f[n].window == 0 && fs.f[n].ids[1] == fs.f[0].ids[1],
          "%s: appending again", id);
  }
  qa_features_free(&fs);
  tok_free(tok);
}

// A window with no room for the context beyond doc_stride is refused with the question's id.
static void test_no_room(const QaData *d) {
  char err[512] = "";
  Tokenizer *tok =
      tok_load(path_of(text_dir, "vocab_bert_base_uncased.txt"), true, stderr, err, sizeof err);
  CHECK(tok != NULL, "%s", err);
  if (!tok) return;
  QaFeatures fs = {0};
  QaFeatureOptions opt = {.max_seq_length = 24, .doc_stride = 13, .max_query_length = 8};
  int n = qa_features_add(&fs, tok, d, find_question(d, "english_long_question"), &opt, err,
                          sizeof err);
  CHECK(n == -1 && fs.n == 0 &&
            strcmp(err, "question 'english_long_question': max_seq_length 24 leaves 13 context "
                        "tokens per window after the question's 8 tokens (expected more than "
                        "doc_stride 13; lower max_query_length or doc_stride)") == 0,
        "%d windows: '%s'", n, err);
  opt.doc_stride = 12; // 13 context tokens, 12 shared: windows one token apart
  n = qa_features_add(&fs, tok, d, find_question(d, "english_long_question"), &opt, err,
                      sizeof err);
  CHECK(n > 1 && fs.f[1].char_start[10] == fs.f[0].char_start[11], "stride 12: %d windows", n);
  qa_features_free(&fs);
  tok_free(tok);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: qa_features_test FIXTURE_DIR TEXT_DIR\n");
    return 2;
  }
  fixture_dir = argv[1];
  text_dir = argv[2];
  QaData d;
  char err[1024] = "";
  int rc = qa_load(&d, path_of(fixture_dir, "features.json"), false, err, sizeof err);
  CHECK(rc == 0, "features.json: %s", err);
  JsonError jerr;
  JsonValue *golden = json_parse_file(path_of(fixture_dir, "features_golden.json"), &jerr);
  CHECK(golden != NULL, "features_golden.json: %s", jerr.message);
  const JsonValue *cases = golden ? json_get(golden, "cases") : NULL;
  CHECK(cases && cases->count == sizeof expected / sizeof *expected, "golden cases");
  for (size_t i = 0; rc == 0 && cases && i < cases->count; i++)
    check_case(cases->items[i], &d);
  if (rc == 0) test_no_room(&d);
  json_free(golden);
  if (rc == 0) qa_free(&d);
  return check_exit("qa_features_test");
}
