// ner_data_test.c — the KLUE-NER and CoNLL loaders (ner_data.h) on the fixtures of
// tests/fixtures/ner: sentence texts, unit offsets, tags, lines, ids, format detection, CRLF
// and a missing final newline, every error message (path:line and text), skip_bad's counts and
// which units are scored. Usage: ner_data_test FIXTURE_DIR.
#include "ner_data.h"

#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *fixture_dir;

static const char *const klue_labels[] = {"O",    "B-PS", "I-PS", "B-LC", "I-LC", "B-OG", "I-OG",
                                          "B-DT", "I-DT", "B-QT", "I-QT", "B-TI", "I-TI"};
static const char *const conll_labels[] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                           "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
static NerTagSet klue_tags, conll_tags;

static const char *path_of(const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", fixture_dir, name);
  return p;
}

// Loads fixture `name`, which must load.
static void load_ok(NerData *d, const char *name, const NerTagSet *ts, bool skip_bad) {
  char err[1024] = "";
  int rc = ner_load(d, path_of(name), ts, skip_bad, err, sizeof err);
  CHECK(rc == 0, "%s: rc %d: %s", name, rc, err);
}

// Bytes of the UTF-8 character whose first byte is b.
static int utf8_len(unsigned char b) {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// s is a KLUE sentence with this text: unit u is code point u, at its byte offsets.
static void expect_chars(const NerSentence *s, const char *text) {
  CHECK(strcmp(s->text, text) == 0, "text '%s', expected '%s'", s->text, text);
  int32_t at = 0, len = (int32_t)strlen(text);
  int u = 0;
  for (; at < len && u < s->n_units; u++) {
    int32_t end = at + utf8_len((unsigned char)text[at]);
    CHECK(s->unit_start[u] == at && s->unit_end[u] == end,
          "'%s' unit %d: [%d, %d), expected [%d, %d)", text, u, s->unit_start[u], s->unit_end[u],
          at, end);
    at = end;
  }
  CHECK(u == s->n_units && at == len, "'%s': %d units for %d of %d bytes", text, s->n_units, at,
        len);
}

// s is a CoNLL sentence of these space-separated words: unit u is word u of its text.
static void expect_words(const NerSentence *s, const char *words) {
  CHECK(strcmp(s->text, words) == 0, "text '%s', expected '%s'", s->text, words);
  int32_t at = 0, len = (int32_t)strlen(words);
  int u = 0;
  for (; at < len && u < s->n_units; u++) {
    int32_t end = at + (int32_t)strcspn(words + at, " ");
    CHECK(s->unit_start[u] == at && s->unit_end[u] == end,
          "'%s' word %d: [%d, %d), expected [%d, %d)", words, u, s->unit_start[u], s->unit_end[u],
          at, end);
    at = end + 1;
  }
  CHECK(u == s->n_units && at == len + 1, "'%s': %d units", words, s->n_units);
}

// The tags of s are these space-separated labels.
static void expect_tags(const NerTagSet *ts, const NerSentence *s, const char *labels) {
  char copy[512];
  snprintf(copy, sizeof copy, "%s", labels);
  int u = 0;
  for (char *save, *name = strtok_r(copy, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
    const char *got = u < s->n_units ? ts->labels[s->tags[u]] : "(none)";
    CHECK(strcmp(got, name) == 0, "'%s' unit %d: tag %s, expected %s", s->text, u, got, name);
    u++;
  }
  CHECK(u == s->n_units, "'%s': %d tags, expected %d", s->text, s->n_units, u);
}

static void expect_id(const NerSentence *s, const char *id) {
  bool same = id ? s->id && strcmp(s->id, id) == 0 : !s->id;
  CHECK(same, "'%s': id '%s', expected '%s'", s->text, s->id ? s->id : "(null)",
        id ? id : "(null)");
}

static void expect_sentence(const NerSentence *s, int line, const char *id) {
  CHECK(s->line == line, "'%s': line %d, expected %d", s->text, s->line, line);
  expect_id(s, id);
}

static void test_klue(void) {
  NerData d;
  load_ok(&d, "klue.tsv", &klue_tags, false);
  CHECK(d.format == NER_KLUE && d.n == 4 && d.lines_read == 56 && d.skipped_bad == 0,
        "format %d, %d sentences, %ld lines, %d skipped", d.format, d.n, (long)d.lines_read,
        d.skipped_bad);
  if (d.n != 4) {
    ner_free(&d);
    return;
  }
  expect_chars(&d.sents[0], "김민수 씨는 3월 2일 부산에 갔다.");
  expect_tags(&klue_tags, &d.sents[0],
              "B-PS I-PS I-PS O O O O B-DT I-DT I-DT I-DT I-DT O B-LC I-LC O O O O O");
  expect_sentence(&d.sents[0], 4, "test-0001");
  expect_chars(&d.sents[1], "오후 7시에 한빛은행 앞");
  expect_tags(&klue_tags, &d.sents[1], "B-TI I-TI I-TI I-TI I-TI O O B-OG I-OG I-OG I-OG O O");
  expect_sentence(&d.sents[1], 27, "test-0002");
  expect_chars(&d.sents[2], "사과 5개를"); // a space tagged B-QT opens the entity
  expect_tags(&klue_tags, &d.sents[2], "O O B-QT I-QT I-QT O");
  expect_sentence(&d.sents[2], 43, "test-0003"); // the comment without a TAB names nothing
  expect_chars(&d.sents[3], "좋아요 é😀!");
  expect_tags(&klue_tags, &d.sents[3], "O O O O O O O");
  expect_sentence(&d.sents[3], 50, NULL);
  static const int32_t starts[] = {0, 3, 6, 9, 10, 12, 16}, ends[] = {3, 6, 9, 10, 12, 16, 17};
  for (int u = 0; u < 7 && d.sents[3].n_units == 7; u++)
    CHECK(d.sents[3].unit_start[u] == starts[u] && d.sents[3].unit_end[u] == ends[u],
          "unit %d: [%d, %d)", u, d.sents[3].unit_start[u], d.sents[3].unit_end[u]);
  for (int u = 0; u < d.sents[0].n_units;
       u++) { // spaces, the one inside 3월 2일 too, are not scored
    bool space = d.sents[0].text[d.sents[0].unit_start[u]] == ' ';
    CHECK(ner_unit_scored(&d, &d.sents[0], u) == !space, "unit %d scored", u);
  }
  ner_free(&d);
}

static bool same_sentence(const NerSentence *a, const NerSentence *b) {
  size_t n = (size_t)a->n_units * sizeof(int32_t);
  return strcmp(a->text, b->text) == 0 && a->n_units == b->n_units && a->line == b->line &&
         memcmp(a->unit_start, b->unit_start, n) == 0 && memcmp(a->unit_end, b->unit_end, n) == 0 &&
         memcmp(a->tags, b->tags, n) == 0 &&
         (a->id && b->id ? strcmp(a->id, b->id) == 0 : a->id == b->id);
}

// CRLF line ends and no final newline read the same as klue.tsv.
static void test_klue_crlf(void) {
  NerData lf, crlf;
  load_ok(&lf, "klue.tsv", &klue_tags, false);
  load_ok(&crlf, "klue_crlf.tsv", &klue_tags, false);
  CHECK(crlf.n == lf.n && crlf.lines_read == lf.lines_read && crlf.format == NER_KLUE,
        "%d sentences, %ld lines", crlf.n, (long)crlf.lines_read);
  for (int i = 0; i < lf.n && i < crlf.n; i++)
    CHECK(same_sentence(&lf.sents[i], &crlf.sents[i]), "sentence %d differs: '%s'", i,
          crlf.sents[i].text);
  ner_free(&lf);
  ner_free(&crlf);
}

// No `##` comment: KLUE by the shape of the first sentence; "#" is a character.
static void test_klue_headless(void) {
  NerData d;
  load_ok(&d, "klue_headless.tsv", &klue_tags, false);
  CHECK(d.format == NER_KLUE && d.n == 2 && d.lines_read == 5, "format %d, %d sentences, %ld lines",
        d.format, d.n, (long)d.lines_read);
  if (d.n == 2) {
    expect_chars(&d.sents[0], "#가");
    expect_tags(&klue_tags, &d.sents[0], "O O");
    expect_sentence(&d.sents[0], 1, NULL);
    expect_chars(&d.sents[1], "밤");
    expect_tags(&klue_tags, &d.sents[1], "B-TI");
    expect_sentence(&d.sents[1], 5, NULL);
  }
  ner_free(&d);
}

static void test_conll(void) {
  NerData d;
  load_ok(&d, "conll.txt", &conll_tags, false);
  CHECK(d.format == NER_CONLL && d.n == 3 && d.lines_read == 18 && d.skipped_bad == 0,
        "format %d, %d sentences, %ld lines", d.format, d.n, (long)d.lines_read);
  if (d.n != 3) {
    ner_free(&d);
    return;
  }
  expect_words(&d.sents[0], "Alice met Bob in Paris .");
  expect_tags(&conll_tags, &d.sents[0], "B-PER O I-PER O B-LOC O"); // IOB1: I-PER opens
  expect_sentence(&d.sents[0], 3, NULL);
  expect_words(&d.sents[1], "The United Nations voted"); // after -DOCSTART-, a CRLF line
  expect_tags(&conll_tags, &d.sents[1], "O I-ORG I-ORG O");
  expect_sentence(&d.sents[1], 12, NULL);
  expect_words(&d.sents[2], "서울 again"); // after a line of blanks; leading and trailing blanks
  expect_tags(&conll_tags, &d.sents[2], "B-LOC O");
  expect_sentence(&d.sents[2], 17, NULL);
  CHECK(d.sents[2].unit_start[1] == 7 && d.sents[2].unit_end[1] == 12, "again at [%d, %d)",
        d.sents[2].unit_start[1], d.sents[2].unit_end[1]);
  for (int i = 0; i < d.n; i++)
    for (int u = 0; u < d.sents[i].n_units; u++)
      CHECK(ner_unit_scored(&d, &d.sents[i], u), "CoNLL sentence %d word %d not scored", i, u);
  ner_free(&d);
}

// A fixture with one bad line in its middle sentence, of three.
typedef struct {
  const char *name;
  const NerTagSet *tags;
  int line;
  const char *message;
  const char *first, *last; // the texts left with skip_bad
} BadFile;

static void expect_error(const char *path, const NerTagSet *ts, bool skip_bad, const char *want) {
  NerData d;
  char err[1024] = "";
  int rc = ner_load(&d, path, ts, skip_bad, err, sizeof err);
  CHECK(rc == 2 && strcmp(err, want) == 0, "%s: rc %d, error\n  got  '%s'\n  want '%s'", path, rc,
        err, want);
  CHECK(d.n == 0 && !d.sents, "%s: %d sentences after an error", path, d.n);
}

static void test_bad_file(const BadFile *b) {
  char want[1024];
  snprintf(want, sizeof want, "%s:%d: %s", path_of(b->name), b->line, b->message);
  expect_error(path_of(b->name), b->tags, false, want);
  NerData d;
  load_ok(&d, b->name, b->tags, true);
  CHECK(d.n == 2 && d.skipped_bad == 1, "%s: %d sentences, %d skipped", b->name, d.n,
        d.skipped_bad);
  if (d.n == 2)
    CHECK(strcmp(d.sents[0].text, b->first) == 0 && strcmp(d.sents[1].text, b->last) == 0,
          "%s: kept '%s' and '%s'", b->name, d.sents[0].text, d.sents[1].text);
  ner_free(&d);
}

static void test_bad_files(void) {
  static const char klue_list[] =
      "(O, B-PS, I-PS, B-LC, I-LC, B-OG, I-OG, B-DT, I-DT, B-QT, I-QT, B-TI, I-TI)";
  static const char conll_list[] = "(O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC)";
  char klue_tag[256], conll_tag[256];
  snprintf(klue_tag, sizeof klue_tag, "tag 'B-XX' is not one of the head's labels %s", klue_list);
  snprintf(conll_tag, sizeof conll_tag, "tag 'B-CITY' is not one of the head's labels %s",
           conll_list);
  const BadFile files[] = {
      {"bad_tag.tsv", &klue_tags, 6, klue_tag, "나", "끝"},
      {"bad_iob2.tsv", &klue_tags, 7,
       "I-PS with no PS entity open (KLUE data is IOB2: expected B-PS first)", "나", "끝"},
      {"bad_chars.tsv", &klue_tags, 6,
       "expected CHAR<TAB>TAG with one character, got 3 characters before the TAB", "나", "끝"},
      {"bad_notab.tsv", &klue_tags, 6, "expected CHAR<TAB>TAG, got no TAB", "나", "끝"},
      {"bad_emptytag.tsv", &klue_tags, 6, "expected CHAR<TAB>TAG, got an empty tag after the TAB",
       "나", "끝"},
      {"bad_utf8.tsv", &klue_tags, 6, "invalid UTF-8 at byte 4 of the line", "나", "끝"},
      {"bad_fields.conll", &conll_tags, 5,
       "expected TOKEN ... TAG (at least two fields), got one field", "Alice slept", "Done"},
      {"bad_tag.conll", &conll_tags, 5, conll_tag, "Alice slept", "Done"},
      {"bad_utf8.conll", &conll_tags, 5, "invalid UTF-8 at byte 4 of the line", "Alice slept",
       "Done"},
  };
  for (size_t i = 0; i < sizeof files / sizeof *files; i++)
    test_bad_file(&files[i]);
}

// Several bad sentences: two bad lines in one, a bad `##` comment, IOB2 broken by another
// type's entity at the end of the file (no final newline).
static void test_bad_many(void) {
  char want[1024];
  snprintf(want, sizeof want,
           "%s:5: expected CHAR<TAB>TAG with one character, got 0 characters before the TAB",
           path_of("bad_many.tsv"));
  expect_error(path_of("bad_many.tsv"), &klue_tags, false, want);
  NerData d;
  load_ok(&d, "bad_many.tsv", &klue_tags, true);
  CHECK(d.n == 2 && d.skipped_bad == 3 && d.lines_read == 15, "%d sentences, %d skipped, %ld lines",
        d.n, d.skipped_bad, (long)d.lines_read);
  if (d.n == 2) {
    expect_chars(&d.sents[0], "해");
    expect_sentence(&d.sents[0], 2, "ok-a");
    expect_chars(&d.sents[1], "달");
    expect_tags(&klue_tags, &d.sents[1], "B-LC");
    expect_sentence(&d.sents[1], 11, "ok-d");
  }
  ner_free(&d);
}

// With many labels the message lists the first 16 and counts the rest.
static void test_label_list_truncated(void) {
  static const char *const labels[] = {"O",   "B-A", "I-A", "B-B", "I-B", "B-C", "I-C",
                                       "B-D", "I-D", "B-E", "I-E", "B-F", "I-F", "B-G",
                                       "I-G", "B-H", "I-H", "B-I", "I-I", "B-J", "I-J"};
  NerTagSet ts;
  char err[256];
  CHECK(ner_tags_init(&ts, labels, 21, err, sizeof err), "%s", err);
  char want[1024];
  snprintf(want, sizeof want,
           "%s:1: tag 'B-PER' is not one of the head's labels (O, B-A, I-A, B-B, I-B, B-C, I-C, "
           "B-D, I-D, B-E, I-E, B-F, I-F, B-G, I-G, B-H, and 5 more)",
           path_of("bad_tag.conll"));
  expect_error(path_of("bad_tag.conll"), &ts, false, want);
  ner_tags_free(&ts);
}

static void test_unreadable_and_nul(void) {
  char want[1024];
  snprintf(want, sizeof want, "%s: cannot read: No such file or directory", path_of("missing.tsv"));
  expect_error(path_of("missing.tsv"), &klue_tags, false, want);
  char path[] = "/tmp/ner_data_test_XXXXXX";
  int fd = mkstemp(path);
  static const char nul[] = "## x\t가\n가\tO\n\n나\0\tO\n";
  CHECK(fd >= 0 && write(fd, nul, sizeof nul - 1) == (ssize_t)(sizeof nul - 1), "writing %s", path);
  close(fd);
  snprintf(want, sizeof want, "%s:4: a NUL byte at byte 4 of the line", path);
  expect_error(path, &klue_tags, false, want);
  unlink(path);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FIXTURE_DIR\n", argv[0]);
    return 2;
  }
  fixture_dir = argv[1];
  char err[256];
  if (!ner_tags_init(&klue_tags, klue_labels, 13, err, sizeof err) ||
      !ner_tags_init(&conll_tags, conll_labels, 9, err, sizeof err)) {
    fprintf(stderr, "ner_data_test: %s\n", err);
    return 1;
  }
  test_klue();
  test_klue_crlf();
  test_klue_headless();
  test_conll();
  test_bad_files();
  test_bad_many();
  test_label_list_truncated();
  test_unreadable_and_nul();
  ner_tags_free(&klue_tags);
  ner_tags_free(&conll_tags);
  return check_exit("ner_data_test");
}
