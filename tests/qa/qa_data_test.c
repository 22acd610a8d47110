// qa_data_test.c — the SQuAD / KorQuAD loader (qa_data.h): the fixtures of tests/fixtures/qa
// (v1.1 with accented text, so code points and bytes differ; v2.0 with an impossible question;
// KorQuAD), every error message (file:line:col, question id, what), skip_bad's counts, and the
// holdout split by article. Usage: qa_data_test FIXTURE_DIR.
#include "qa_data.h"

#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *fixture_dir;
static char tmp_dir[] = "/tmp/qa_data_test.XXXXXX";

static const char *path_of(const char *dir, const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

static void load_ok(QaData *d, const char *path, bool skip_bad) {
  char err[1024] = "";
  int rc = qa_load(d, path, skip_bad, err, sizeof err);
  CHECK(rc == 0, "%s: rc %d: %s", path, rc, err);
}

// Writes text to a file of the temporary folder; returns its path.
static const char *write_tmp(const char *name, const char *text) {
  const char *path = path_of(tmp_dir, name);
  FILE *f = fopen(path, "w");
  CHECK(f != NULL, "cannot write %s", path);
  if (!f) return path;
  fputs(text, f);
  fclose(f);
  return path;
}

// Loading text (as file `name`) fails with exactly "PATH:" + expected.
static void expect_error(const char *name, const char *text, const char *expected) {
  const char *path = write_tmp(name, text);
  QaData d;
  char err[1024] = "", want[1024];
  int rc = qa_load(&d, path, false, err, sizeof err);
  snprintf(want, sizeof want, "%s:%s", path, expected);
  CHECK(rc == 2, "%s: rc %d, expected 2", name, rc);
  CHECK(strcmp(err, want) == 0, "%s:\n  got      '%s'\n  expected '%s'", name, err, want);
  if (rc == 0) qa_free(&d);
}

static void expect_slice(const QaData *d, int q, int a, const char *text) {
  const QaQuestion *qq = &d->questions[q];
  const QaAnswer *an = &qq->answers[a];
  char *s = qa_context_slice(&d->paragraphs[qq->paragraph], an->start, an->start + an->length);
  CHECK(strcmp(s, text) == 0 && strcmp(an->text, text) == 0, "%s answer %d: slice '%s' text '%s'",
        qq->id, a, s, an->text);
  free(s);
}

static void test_squad_v1(void) {
  QaData d;
  load_ok(&d, path_of(fixture_dir, "squad_v1.json"), false);
  CHECK(d.n_articles == 3 && d.n_paragraphs == 4 && d.n_questions == 5, "%d %d %d", d.n_articles,
        d.n_paragraphs, d.n_questions);
  if (d.n_questions != 5) return;
  CHECK(strcmp(d.version, "1.1") == 0 && !d.has_impossible, "version '%s'", d.version);
  CHECK(strcmp(d.articles[0].title, "Caf\xc3\xa9_culture") == 0, "title '%s'", d.articles[0].title);
  const QaQuestion *c2 = &d.questions[1];
  CHECK(strcmp(c2->id, "c2") == 0 && strcmp(c2->question, "Who owned it?") == 0, "%s %s", c2->id,
        c2->question);
  // "The café opened in 1907. Its owner, José Martí, ..." — 'é' is 2 bytes, 1 code point.
  CHECK(c2->answers[0].start == 36 && c2->answers[0].length == 10, "start %d length %d",
        c2->answers[0].start, c2->answers[0].length);
  const QaParagraph *p0 = &d.paragraphs[0];
  CHECK(p0->n_chars == 64 && p0->cp_byte[36] == 37 && p0->cp_byte[p0->n_chars] == 67,
        "chars %d cp_byte[36] %d bytes %d", p0->n_chars, p0->cp_byte[36], p0->cp_byte[p0->n_chars]);
  CHECK(d.questions[0].n_answers == 2 && d.questions[0].paragraph == 0, "c1: %d answers",
        d.questions[0].n_answers);
  expect_slice(&d, 0, 0, "1907");
  expect_slice(&d, 0, 1, "in 1907");
  expect_slice(&d, 1, 0, "Jos\xc3\xa9 Mart\xc3\xad");
  CHECK(d.questions[2].paragraph == 1 && d.paragraphs[1].article == 0 &&
            d.questions[4].paragraph == 3 && d.paragraphs[3].article == 2,
        "paragraph / article indices");
  qa_free(&d);
}

static void test_v2_and_korquad(void) {
  QaData d;
  load_ok(&d, path_of(fixture_dir, "squad_v2.json"), false);
  CHECK(d.n_questions == 2 && d.has_impossible, "%d questions", d.n_questions);
  if (d.n_questions == 2)
    CHECK(!d.questions[0].impossible && d.questions[1].impossible &&
              d.questions[1].n_answers == 0 && d.questions[0].n_answers == 1,
          "is_impossible");
  qa_free(&d);
  load_ok(&d, path_of(fixture_dir, "korquad.json"), false);
  CHECK(d.n_questions == 2 && strcmp(d.version, "KorQuAD_v1.0_dev") == 0, "%s", d.version);
  if (d.n_questions == 2) {
    CHECK(strcmp(d.articles[0].title, "임종석") == 0, "title %s", d.articles[0].title);
    CHECK(d.questions[1].answers[0].start == 17 && d.questions[1].answers[0].length == 7,
          "korquad start %d", d.questions[1].answers[0].start);
    expect_slice(&d, 0, 0, "1989년 2월 15일");
    expect_slice(&d, 1, 0, "서울지방경찰청");
  }
  qa_free(&d);
}

#define ARTICLE(body)                                                                              \
  "{\"version\": \"1.1\", \"data\": [{\"title\": \"T\", \"paragraphs\": [" body "]}]}"

static void test_errors(void) {
  expect_error("trailing.json", "{\"data\": [\n  1,\n]}",
               "3:1 (byte 17): trailing comma before ']'");
  expect_error(
      "bytes.json",
      ARTICLE(
          "{\"context\": \"caf\\u00e9 cr\\u00e8me br\\u00fbl\\u00e9e\", \"qas\": [{\"id\": \"q1\", "
          "\"question\": \"?\", \"answers\": [{\"text\": \"cr\\u00e8me\", "
          "\"answer_start\": 6}]}]}"),
      "1:201: question 'q1': answer 1: the context at answer_start 6 is 'r\xc3\xa8me ', not "
      "the answer's text 'cr\xc3\xa8me' (answer_start counts code points)");
  expect_error("outside.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q1\", \"question\": \"?\", "
                       "\"answers\": [{\"text\": \"bc\", \"answer_start\": 2}]}]}"),
               "1:159: question 'q1': answer 1: answer_start 2 with the text's 2 characters "
               "('bc') runs outside the context's 3 characters");
  expect_error("noid.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q1\", \"question\": \"?\", "
                       "\"answers\": [{\"text\": \"b\", \"answer_start\": 1}]}, {\"question\": "
                       "\"?\", \"answers\": []}]}"),
               "1:164: question 2 of paragraph 1 of article 'T': missing \"id\" (expected a "
               "string)");
  expect_error("noquestion.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q7\", \"answers\": []}]}"),
               "1:86: question 'q7': missing \"question\" (expected a string)");
  expect_error("noanswers.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q7\", \"question\": \"?\", "
                       "\"answers\": []}]}"),
               "1:127: question 'q7': no answers (expected at least one unless is_impossible)");
  expect_error("starttype.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q8\", \"question\": \"?\", "
                       "\"answers\": [{\"text\": \"b\", \"answer_start\": \"1\"}]}]}"),
               "1:158: question 'q8': answer 1: \"answer_start\" is a string (expected an integer "
               "offset in code points of the context)");
  expect_error("emptytext.json",
               ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q9\", \"question\": \"?\", "
                       "\"answers\": [{\"text\": \"\", \"answer_start\": 1}]}]}"),
               "1:137: question 'q9': answer 1: empty answer text");
  expect_error("emptycontext.json",
               ARTICLE("{\"context\": \"\", \"qas\": [{\"id\": \"e1\", \"question\": \"?\", "
                       "\"answers\": []}]}"),
               "1:71: paragraph 1 of article 'T' (first question 'e1'): empty context");
  expect_error("nodata.json", "{\"version\": \"1.1\", \"articles\": []}",
               "1:1: expected SQuAD / KorQuAD JSON: an object with a \"data\" array of articles");
}

static void test_skip_bad(void) {
  const char *path = write_tmp(
      "many.json",
      ARTICLE("{\"context\": \"abc\", \"qas\": [{\"id\": \"q1\", \"question\": \"?\", \"answers\": "
              "[{\"text\": \"b\", \"answer_start\": 1}]}, {\"id\": \"q2\", \"question\": \"?\", "
              "\"answers\": [{\"text\": \"b\", \"answer_start\": 0}]}, {\"id\": \"q3\", "
              "\"question\": \"?\", \"answers\": [{\"text\": \"c\", \"answer_start\": 2}]}]}, "
              "{\"context\": \"\", \"qas\": [{\"id\": \"q4\"}, {\"id\": \"q5\"}]}, "
              "{\"context\": \"xyz\", \"qas\": [{\"id\": \"q6\", \"question\": \"?\", "
              "\"answers\": [{\"text\": \"x\", \"answer_start\": 0}]}]}"));
  QaData d;
  char err[1024] = "";
  int rc = qa_load(&d, path, false, err, sizeof err);
  CHECK(rc == 2 && strstr(err, "question 'q2'"), "without skip_bad: rc %d '%s'", rc, err);
  load_ok(&d, path, true);
  CHECK(d.n_questions == 3 && d.n_paragraphs == 2 && d.skipped_questions == 3 &&
            d.skipped_paragraphs == 1,
        "%d questions %d paragraphs, skipped %d questions %d paragraphs", d.n_questions,
        d.n_paragraphs, d.skipped_questions, d.skipped_paragraphs);
  if (d.n_questions == 3)
    CHECK(strcmp(d.questions[1].id, "q3") == 0 && strcmp(d.questions[2].id, "q6") == 0 &&
              d.questions[2].paragraph == 1,
          "kept %s %s", d.questions[1].id, d.questions[2].id);
  qa_free(&d);
}

// The article of every question, by title; the title of question q's article.
static const char *title_of(const QaData *d, int q) {
  return d->articles[d->paragraphs[d->questions[q].paragraph].article].title;
}

static void test_holdout(void) {
  char text[4096];
  int at = snprintf(text, sizeof text, "{\"data\": [");
  for (int a = 0; a < 10; a++)
    at += snprintf(text + at, sizeof text - (size_t)at,
                   "%s{\"title\": \"A%d\", \"paragraphs\": [{\"context\": \"xy\", \"qas\": ["
                   "{\"id\": \"%d-1\", \"question\": \"?\", \"answers\": [{\"text\": \"x\", "
                   "\"answer_start\": 0}]}, {\"id\": \"%d-2\", \"question\": \"?\", "
                   "\"answers\": [{\"text\": \"y\", \"answer_start\": 1}]}]}, {\"context\": \"z\", "
                   "\"qas\": [{\"id\": \"%d-3\", \"question\": \"?\", \"answers\": [{\"text\": "
                   "\"z\", \"answer_start\": 0}]}]}]}",
                   a ? ", " : "", a, a, a, a);
  snprintf(text + at, sizeof text - (size_t)at, "]}");
  const char *path = write_tmp("ten.json", text);
  QaData train, test, again;
  load_ok(&train, path, false);
  load_ok(&test, path, false);
  load_ok(&again, path, false);
  qa_holdout(&train, 0.3, 42, 0);
  qa_holdout(&test, 0.3, 42, 1);
  qa_holdout(&again, 0.3, 42, 1);
  CHECK(test.n_articles == 3 && train.n_articles == 7, "held %d, kept %d", test.n_articles,
        train.n_articles);
  CHECK(test.n_questions == 9 && train.n_questions == 21 && test.n_paragraphs == 6,
        "questions %d + %d", test.n_questions, train.n_questions);
  bool seen[10] = {0};
  for (int q = 0; q < test.n_questions; q++) {
    const char *title = title_of(&test, q);
    int a = atoi(title + 1);
    CHECK(atoi(test.questions[q].id) == a, "question %s in article %s", test.questions[q].id,
          title);
    seen[a] = true;
    CHECK(strcmp(title, title_of(&again, q)) == 0, "the split is not deterministic");
  }
  for (int q = 0; q < train.n_questions; q++) {
    int a = atoi(title_of(&train, q) + 1);
    CHECK(!seen[a] && atoi(train.questions[q].id) == a, "article A%d in both parts", a);
  }
  for (int q = 1; q < train.n_questions; q++)
    CHECK(strcmp(train.questions[q - 1].id, train.questions[q].id) < 0, "file order lost");
  QaData other;
  load_ok(&other, path, false);
  qa_holdout(&other, 0.3, 7, 1);
  bool differs = false;
  for (int q = 0; q < other.n_questions && q < test.n_questions; q++)
    differs |= strcmp(title_of(&other, q), title_of(&test, q)) != 0;
  CHECK(differs, "seeds 42 and 7 draw the same articles");
  qa_free(&train);
  qa_free(&test);
  qa_free(&again);
  qa_free(&other);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: qa_data_test FIXTURE_DIR\n");
    return 2;
  }
  fixture_dir = argv[1];
  if (!mkdtemp(tmp_dir)) {
    perror("mkdtemp");
    return 1;
  }
  test_squad_v1();
  test_v2_and_korquad();
  test_errors();
  test_skip_bad();
  test_holdout();
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp_dir);
  return check_exit("qa_data_test");
}
