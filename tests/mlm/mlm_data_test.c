// mlm_data_test.c — the pretraining loader (mlm_data.h) on tests/fixtures/mlm: one document per
// line ([CLS] doc [SEP] as tok_encode gives it, truncation), pack (exact example count and
// contents), NSP pairs (token types, A and B from the right documents, label balance over seeds,
// reproducibility), the holdout split and every bad-input message with status 2.
// Usage: mlm_data_test FIXTURE_DIR TEXT_FIXTURE_DIR.
#include "mlm_data.h"

#include "check.h"

#include <stdlib.h>
#include <string.h>

static const char *fixture_dir;
static Tokenizer *tok;

static const char *path_of(const char *name) {
  static char buf[4][512];
  static int k;
  char *p = buf[k++ % 4];
  snprintf(p, 512, "%s/%s", fixture_dir, name);
  return p;
}

static int load(MlmData *d, const char *name, MlmOptions o, char *err, size_t size) {
  o.threads = o.threads ? o.threads : 2;
  return mlm_load(d, path_of(name), tok, &o, err, size);
}

// The pieces of text (no [CLS] / [SEP]) into out; returns how many.
static int pieces(const char *text, int32_t *out) {
  TokEncoding enc = {0};
  TokEncodeOptions opt = {0};
  char err[128];
  tok_encode(&enc, tok, text, strlen(text), NULL, 0, &opt, err, sizeof err);
  int n = enc.len - 2;
  memcpy(out, enc.ids + 1, (size_t)n * sizeof *out);
  tok_encoding_free(&enc);
  return n;
}

static const char *const docs[] = {"오늘 날씨가 정말 좋다", "the cat sat on the mat",
                                   "영화가 너무 재미있었어요", "우리는 내일 학교에 간다"};

static void one_document_per_line(void) {
  char err[512] = "";
  MlmData d;
  int rc = load(&d, "lines.txt", (MlmOptions){.max_len = 64}, err, sizeof err);
  CHECK(rc == 0, "rc %d: %s", rc, err);
  CHECK(d.n == 4 && d.documents == 4 && d.lines == 4 && !d.nsp, "n %lld docs %lld lines %lld",
        (long long)d.n, (long long)d.documents, (long long)d.lines);
  int cls = tok_special_id(tok, TOK_CLS), sep = tok_special_id(tok, TOK_SEP);
  for (int64_t e = 0; e < d.n && e < 4; e++) {
    int32_t want[128];
    int n = pieces(docs[e], want + 1) + 2;
    want[0] = cls, want[n - 1] = sep;
    const int32_t *ids = d.ids + d.offsets[e];
    CHECK(d.lens[e] == n && !memcmp(ids, want, (size_t)n * sizeof *ids),
          "example %lld differs from [CLS] '%s' [SEP]", (long long)e, docs[e]);
    for (int i = 0; i < d.lens[e]; i++) {
      const char *t = tok_token(tok, ids[i]);
      CHECK(d.word_start[d.offsets[e] + i] == (strncmp(t, "##", 2) != 0), "word_start of '%s'", t);
      CHECK(d.types[d.offsets[e] + i] == 0, "type %d", d.types[d.offsets[e] + i]);
    }
  }
  mlm_free(&d);
  int long_docs = 0; // over max_len - 2 = 3 pieces
  for (int i = 0; i < 4; i++) {
    int32_t buf[128];
    long_docs += pieces(docs[i], buf) > 3;
  }
  rc = load(&d, "lines.txt", (MlmOptions){.max_len = 5}, err, sizeof err);
  CHECK(rc == 0 && d.n == 4 && d.truncated == long_docs,
        "max_len 5: rc %d n %lld truncated %lld, expected %d", rc, (long long)d.n,
        (long long)d.truncated, long_docs);
  for (int64_t e = 0; e < d.n; e++)
    CHECK(d.lens[e] <= 5 && d.ids[d.offsets[e] + d.lens[e] - 1] == sep &&
              d.ids[d.offsets[e]] == cls,
          "truncated example %lld", (long long)e);
  mlm_free(&d);
}

static void pack_cuts_the_stream_into_full_examples(void) {
  int32_t stream[512];
  int n = 0, sep = tok_special_id(tok, TOK_SEP), cls = tok_special_id(tok, TOK_CLS);
  for (int i = 0; i < 4; i++)
    n += pieces(docs[i], stream + n), stream[n++] = sep;
  for (int max_len = 6; max_len <= 12; max_len += 3) {
    char err[512] = "";
    MlmData d;
    int rc = load(&d, "lines.txt", (MlmOptions){.max_len = max_len, .pack = true}, err, sizeof err);
    int chunk = max_len - 2;
    CHECK(rc == 0 && d.n == n / chunk && d.dropped == n % chunk,
          "max_len %d: rc %d (%s): %lld examples, %lld dropped; expected %d, %d", max_len, rc, err,
          (long long)d.n, (long long)d.dropped, n / chunk, n % chunk);
    for (int64_t e = 0; rc == 0 && e < d.n; e++) {
      const int32_t *ids = d.ids + d.offsets[e];
      CHECK(d.lens[e] == max_len && ids[0] == cls && ids[max_len - 1] == sep &&
                !memcmp(ids + 1, stream + e * chunk, (size_t)chunk * sizeof *ids),
            "max_len %d: example %lld is not [CLS] stream[%lld, +%d) [SEP]", max_len, (long long)e,
            (long long)(e * chunk), chunk);
    }
    mlm_free(&d);
  }
}

// Where run[0, n) occurs in stream[0, len), or -1.
static int find(const int32_t *stream, int len, const int32_t *run, int n) {
  for (int i = 0; i + n <= len; i++)
    if (!memcmp(stream + i, run, (size_t)n * sizeof *run)) return i;
  return -1;
}

static void nsp_pairs(void) {
  // each document's pieces, from the file (documents separated by blank lines)
  static int32_t doc[16][1024];
  int doc_len[16] = {0}, n_docs = 0;
  FILE *f = fopen(path_of("pairs.txt"), "r");
  char line[512];
  bool open = false;
  while (f && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0;
    if (!*line) {
      open = false;
      continue;
    }
    if (!open) n_docs++, open = true;
    doc_len[n_docs - 1] += pieces(line, doc[n_docs - 1] + doc_len[n_docs - 1]);
  }
  if (f) fclose(f);
  int ones = 0, total = 0;
  for (uint64_t seed = 1; seed <= 200; seed++) {
    char err[512] = "";
    MlmData d;
    MlmOptions o = {.layout = MLM_PAIRS, .max_len = 64, .seed = seed, .short_seq_prob = 0.1};
    int rc = load(&d, "pairs.txt", o, err, sizeof err);
    CHECK(rc == 0 && d.nsp && d.documents == n_docs, "seed %llu: rc %d: %s",
          (unsigned long long)seed, rc, err);
    if (rc) continue;
    for (int64_t e = 0; e < d.n; e++) {
      const int32_t *ids = d.ids + d.offsets[e], *ty = d.types + d.offsets[e];
      int len = (int)d.lens[e], sep = tok_special_id(tok, TOK_SEP), mid = 1;
      while (mid < len && ids[mid] != sep)
        mid++;
      CHECK(len <= 64 && ids[0] == tok_special_id(tok, TOK_CLS) && ids[len - 1] == sep && mid > 1 &&
                mid < len - 2,
            "seed %llu example %lld: not [CLS] A [SEP] B [SEP]", (unsigned long long)seed,
            (long long)e);
      for (int i = 0; i < len; i++)
        CHECK(ty[i] == (i > mid), "seed %llu example %lld: type %d at %d", (unsigned long long)seed,
              (long long)e, ty[i], i);
      int a_doc = -1, b_doc = -1;
      for (int k = 0; k < n_docs; k++) {
        if (find(doc[k], doc_len[k], ids + 1, mid - 1) >= 0) a_doc = k;
        if (find(doc[k], doc_len[k], ids + mid + 1, len - mid - 2) >= 0) b_doc = k;
      }
      CHECK(a_doc >= 0 && b_doc >= 0 && (d.nsp[e] == 1) == (a_doc != b_doc),
            "seed %llu example %lld: label %d, A from document %d, B from %d",
            (unsigned long long)seed, (long long)e, d.nsp[e], a_doc, b_doc);
      ones += d.nsp[e], total++;
    }
    if (seed == 1) {
      MlmData again;
      load(&again, "pairs.txt", o, err, sizeof err);
      CHECK(again.n == d.n && !memcmp(again.ids, d.ids, (size_t)d.offsets[d.n] * sizeof *d.ids) &&
                !memcmp(again.nsp, d.nsp, (size_t)d.n * sizeof *d.nsp),
            "the same seed builds other pairs");
      mlm_free(&again);
    }
    mlm_free(&d);
  }
  double frac = (double)ones / total;
  printf("nsp: %d of %d pairs random (%.3f)\n", ones, total, frac);
  // BERT's rule: 0.5, plus the chunks of one sentence, always random
  CHECK(frac > 0.45 && frac < 0.62, "random B in %.3f of %d pairs", frac, total);
}

static void holdout_splits_documents(void) {
  char err[512] = "";
  MlmData part[2];
  int64_t docs_total = 0, ex_total = 0;
  for (int k = 0; k < 2; k++) {
    MlmOptions o = {.max_len = 64, .holdout = 0.25, .holdout_part = k, .seed = 9};
    int rc = load(&part[k], "lines.txt", o, err, sizeof err);
    CHECK(rc == 0, "part %d: %s", k, err);
    docs_total += part[k].documents, ex_total += part[k].n;
  }
  CHECK(part[1].documents == 1 && docs_total == 4 && ex_total == 4,
        "held out %lld of %lld documents", (long long)part[1].documents, (long long)docs_total);
  for (int64_t e = 0; e < part[1].n; e++)
    for (int64_t f = 0; f < part[0].n; f++)
      CHECK(part[1].lens[e] != part[0].lens[f] ||
                memcmp(part[1].ids + part[1].offsets[e], part[0].ids + part[0].offsets[f],
                       (size_t)part[1].lens[e] * sizeof(int32_t)),
            "held-out example %lld is also in the training part", (long long)e);
  mlm_free(&part[0]);
  mlm_free(&part[1]);
}

static void bad(const char *name, MlmOptions o, const char *expected) {
  char err[512] = "", want[512];
  MlmData d;
  snprintf(want, sizeof want, "%s%s", path_of(name), expected);
  int rc = load(&d, name, o, err, sizeof err);
  CHECK(rc == 2 && !strcmp(err, want), "%s: rc %d, message\n  '%s', expected\n  '%s'", name, rc,
        err, want);
  if (rc == 0) mlm_free(&d);
}

static void bad_input(void) {
  MlmOptions lines = {.max_len = 64};
  bad("bad_utf8.txt", lines,
      ":2: expected UTF-8 text, found invalid UTF-8 at byte 5 of the line (use --skip-bad to "
      "skip such lines)");
  bad("nul.txt", lines,
      ":2: expected UTF-8 text, found a NUL byte at byte 4 of the line (use --skip-bad to skip "
      "such lines)");
  bad("empty.txt", lines, ":1: expected text (one document per line), found an empty file");
  bad("blank.txt", lines, ":3: expected text (one document per line), found only blank lines");
  bad("blank.txt", (MlmOptions){.layout = MLM_PAIRS, .max_len = 64},
      ":3: expected text (one sentence per line, blank lines between documents), found only "
      "blank lines");
  bad("", lines, ": cannot read: Is a directory");
  bad("missing.txt", lines, ": cannot read: No such file or directory");
  bad("lines.txt", (MlmOptions){.max_len = 512, .pack = true},
      ":6: expected at least 510 tokens to pack one example of 512 (each document's pieces and a "
      "[SEP]), found 28");
  char err[512] = "";
  MlmData d;
  int rc = load(&d, "bad_utf8.txt", (MlmOptions){.max_len = 64, .skip_bad = true}, err, sizeof err);
  CHECK(rc == 0 && d.n == 1 && d.skipped_bad == 1, "skip_bad: rc %d n %lld skipped %lld: %s", rc,
        (long long)d.n, (long long)d.skipped_bad, err);
  if (rc == 0) mlm_free(&d);
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: mlm_data_test FIXTURE_DIR TEXT_FIXTURE_DIR\n");
    return 2;
  }
  fixture_dir = argv[1];
  char vocab[512], err[512];
  snprintf(vocab, sizeof vocab, "%s/vocab_cased_ko.txt", argv[2]);
  tok = tok_load(vocab, false, stderr, err, sizeof err);
  if (!tok) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  one_document_per_line();
  pack_cuts_the_stream_into_full_examples();
  nsp_pairs();
  holdout_splits_documents();
  bad_input();
  tok_free(tok);
  return check_exit("mlm_data_test");
}
