// ner_align_test.c — units and WordPiece tokens (ner_align.h) with the cased vocabulary of
// tests/fixtures/hf_tiny: the tokens of KLUE character sentences and CoNLL word sentences read
// with ner_load (ids, first_unit, end_unit, training labels), the unit tags and scores mapped
// back from token predictions (continuations, spaces inside and outside entities, characters the
// tokenizer drops, a word with no token), windows and their owners, a long sentence predicted
// window by window, and the sentences predict builds from text. Usage: ner_align_test VOCAB.
//
// The vocabulary has single ASCII characters and ## digits but no ## letters, so an English word
// of several letters is one [UNK], and "x86", "1996", "U.S." are several tokens. The expected
// tokens, offsets and word labels were checked once against HF: BertTokenizerFast(vocab.txt,
// do_lower_case=False), offset_mapping for the character sentences and word_ids with
// is_split_into_words for the word labels (the recipe's -100 on a word's later tokens),
// transformers 5.24.0, tokenizers 0.23.3.
#include "ner_align.h"

#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { MAX_TOKENS = 32, MAX_UNITS = 64 };

static const char *const klue_labels[] = {"O", "B-PS", "I-PS", "B-LC", "I-LC", "B-OG", "I-OG"};
static const char *const conll_labels[] = {"O",     "B-PER", "I-PER",  "B-LOC", "I-LOC",
                                           "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
static NerTagSet klue_tags, conll_tags;

// A token as expected: its vocabulary entry, the units it covers, its training label.
typedef struct {
  const char *token;
  int first, end;    // first_unit, end_unit
  const char *label; // "-100" for none
} TokenCase;

// Token predictions and the unit tags they give.
typedef struct {
  const char *predicted; // a tag per token
  const char *units;     // a tag per unit
  const char *own;       // per unit: the token whose score it takes (base 36), '-' for NaN
} BackCase;

// A sentence of a data file, its tokens and back-mappings.
typedef struct {
  const char *text, *tags; // text: KLUE's characters, or CoNLL's words separated by spaces
  TokenCase tokens[MAX_TOKENS];
  BackCase back[4];
} SentenceCase;

// The score of token i's prediction.
static float score_of(int i) {
  return 0.5f + 0.01f * (float)i;
}

// Parses space-separated tag names (or "-100") into out; returns how many.
static int parse_tags(const NerTagSet *ts, const char *names, int32_t *out, int max) {
  char copy[1024];
  snprintf(copy, sizeof copy, "%s", names);
  int n = 0;
  for (char *save, *name = strtok_r(copy, " ", &save); name; name = strtok_r(NULL, " ", &save)) {
    int tag = strcmp(name, "-100") == 0 ? -100 : ner_tag_find(ts, name, strlen(name));
    if (tag == -1 || n == max) {
      fprintf(stderr, "ner_align_test: bad expectation '%s' in '%s'\n", name, names);
      exit(2);
    }
    out[n++] = tag;
  }
  return n;
}

static const char *name_of(const NerTagSet *ts, int tag) {
  return tag == -100 ? "-100" : tag >= 0 && tag < ts->num_labels ? ts->labels[tag] : "(bad)";
}

// Bytes of the UTF-8 character whose first byte is b.
static int utf8_len(unsigned char b) {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Writes content to a fresh temporary file and loads it with ts; the sentences must load.
static void load_text(NerData *d, const char *content, const NerTagSet *ts) {
  char path[] = "/tmp/ner_align_test_XXXXXX";
  int fd = mkstemp(path);
  size_t len = strlen(content);
  if (fd < 0 || write(fd, content, len) != (ssize_t)len || close(fd) != 0) {
    perror("ner_align_test: temporary file");
    exit(2);
  }
  char err[1024] = "";
  int rc = ner_load(d, path, ts, false, err, sizeof err);
  CHECK(rc == 0, "rc %d: %s", rc, err);
  unlink(path);
}

// The KLUE file of the cases: for each, a `##` line, CHAR<TAB>TAG per character, a blank line.
static char *klue_file(const SentenceCase *cases, int n) {
  static char buf[8192];
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    int32_t tags[MAX_UNITS];
    int n_tags = parse_tags(&klue_tags, cases[i].tags, tags, MAX_UNITS), u = 0;
    at += (size_t)snprintf(buf + at, sizeof buf - at, "## case-%d\t%s\n", i, cases[i].text);
    for (const char *c = cases[i].text; *c && u < n_tags; c += utf8_len((unsigned char)*c))
      at += (size_t)snprintf(buf + at, sizeof buf - at, "%.*s\t%s\n", utf8_len((unsigned char)*c),
                             c, name_of(&klue_tags, tags[u++]));
    at += (size_t)snprintf(buf + at, sizeof buf - at, "\n");
  }
  return buf;
}

// The CoNLL file of the cases: WORD TAG per word, a blank line after each sentence.
static char *conll_file(const SentenceCase *cases, int n) {
  static char buf[8192];
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    char words[1024], tags[1024];
    snprintf(words, sizeof words, "%s", cases[i].text);
    snprintf(tags, sizeof tags, "%s", cases[i].tags);
    char *ws, *ts;
    char *w = strtok_r(words, " ", &ws), *t = strtok_r(tags, " ", &ts);
    for (; w && t; w = strtok_r(NULL, " ", &ws), t = strtok_r(NULL, " ", &ts))
      at += (size_t)snprintf(buf + at, sizeof buf - at, "%s %s\n", w, t);
    at += (size_t)snprintf(buf + at, sizeof buf - at, "\n");
  }
  return buf;
}

static void expect_tokens(const char *what, const Tokenizer *tok, const NerTagSet *ts,
                          const NerTokens *t, const TokenCase *want) {
  int n = 0;
  while (n < MAX_TOKENS && want[n].token)
    n++;
  CHECK(t->n == n, "'%s': %d tokens, expected %d", what, t->n, n);
  for (int i = 0; i < n && i < t->n; i++) {
    const TokenCase *w = &want[i];
    const char *got = tok_token(tok, t->ids[i]);
    got = got ? got : "(no token)";
    CHECK(strcmp(got, w->token) == 0, "'%s' token %d: '%s', expected '%s'", what, i, got, w->token);
    CHECK(t->first_unit[i] == w->first && t->end_unit[i] == w->end,
          "'%s' token %d '%s': units [%d, %d), expected [%d, %d)", what, i, w->token,
          t->first_unit[i], t->end_unit[i], w->first, w->end);
    if (t->labels) {
      int32_t label;
      parse_tags(ts, w->label, &label, 1);
      CHECK(t->labels[i] == label, "'%s' token %d '%s': label %s, expected %s", what, i, w->token,
            name_of(ts, t->labels[i]), w->label);
    }
  }
}

static void expect_units(const char *what, const NerTagSet *ts, const int32_t *tags,
                         const float *scores, int n_units, const char *want_tags,
                         const char *want_own) {
  int32_t want[MAX_UNITS];
  int n = parse_tags(ts, want_tags, want, MAX_UNITS);
  CHECK(n == n_units && (int)strlen(want_own) == n_units,
        "'%s': %d units, expected %d tags and %zu scores", what, n_units, n, strlen(want_own));
  for (int u = 0; u < n && u < n_units; u++) {
    CHECK(tags[u] == want[u], "'%s' unit %d: %s, expected %s", what, u, name_of(ts, tags[u]),
          name_of(ts, want[u]));
    char own = want_own[u];
    if (own == '-') {
      CHECK(isnan(scores[u]), "'%s' unit %d: score %g, expected NaN", what, u, scores[u]);
    } else {
      int i = own <= '9' ? own - '0' : own - 'a' + 10;
      CHECK(scores[u] == score_of(i), "'%s' unit %d: score %g, expected token %d's %g", what, u,
            scores[u], i, score_of(i));
    }
  }
}

// Each sentence of d against its case: tokens and labels (and the same tokens unlabelled), then
// each back-mapping.
static void check_cases(const NerData *d, const Tokenizer *tok, const NerTagSet *ts,
                        const SentenceCase *cases, int n, NerUnits units) {
  CHECK(d->n == n, "%d sentences, expected %d", d->n, n);
  for (int i = 0; i < n && i < d->n; i++) {
    const SentenceCase *c = &cases[i];
    const NerSentence *s = &d->sents[i];
    NerTokens t;
    ner_tokens(&t, tok, s, units, true);
    expect_tokens(c->text, tok, ts, &t, c->tokens);
    NerTokens bare;
    ner_tokens(&bare, tok, s, units, false);
    CHECK(!bare.labels, "'%s': labels without tags", c->text);
    expect_tokens(c->text, tok, ts, &bare, c->tokens);
    ner_tokens_free(&bare);
    for (int b = 0; b < 4 && c->back[b].predicted; b++) {
      int32_t predicted[MAX_TOKENS], unit_tags[MAX_UNITS];
      float scores[MAX_TOKENS], unit_scores[MAX_UNITS];
      int np = parse_tags(ts, c->back[b].predicted, predicted, MAX_TOKENS);
      CHECK(np == t.n, "'%s': %d predictions for %d tokens", c->text, np, t.n);
      if (np != t.n || s->n_units > MAX_UNITS) continue;
      for (int k = 0; k < np; k++)
        scores[k] = score_of(k);
      ner_unit_tags(unit_tags, unit_scores, ts, &t, predicted, scores, s->n_units, units);
      char what[256];
      snprintf(what, sizeof what, "%s' from '%s", c->text, c->back[b].predicted);
      expect_units(what, ts, unit_tags, unit_scores, s->n_units, c->back[b].units, c->back[b].own);
    }
    ner_tokens_free(&t);
  }
}

// KLUE characters: every token takes its first character's tag; back, a token's other
// characters continue it and the characters no token covers (spaces, U+200B, U+0007) are I-X
// only between a character tagged X and an I-X token.
static void test_characters(const Tokenizer *tok) {
  static const SentenceCase cases[] = {
      // [UNK] over B-PS I-PS I-PS O and 스토리 over B-OG I-OG O take their first character's tag;
      // every piece of 경 ##기 ##도 is labelled; back, the spaces before B-LC and B-OG are O, and
      // an I-LC after an O is not repaired.
      {"정우성은 경기도 스토리",
       "B-PS I-PS I-PS O O B-LC I-LC I-LC O B-OG I-OG O",
       {{"[UNK]", 0, 4, "B-PS"},
        {"경", 5, 6, "B-LC"},
        {"##기", 6, 7, "I-LC"},
        {"##도", 7, 8, "I-LC"},
        {"스토리", 9, 12, "B-OG"}},
       {{"B-PS B-LC I-LC I-LC B-OG", "B-PS I-PS I-PS I-PS O B-LC I-LC I-LC O B-OG I-OG I-OG",
         "0----123-4--"},
        {"I-PS B-LC O I-LC O", "I-PS I-PS I-PS I-PS O B-LC O I-LC O O O O", "0----123-4--"}}},
      // Spaces: I-OG between OG and I-OG; O before B-OG, before another type's I-PS, before O,
      // and after O even when I-OG follows.
      {"영화 음악 배우 최고",
       "B-OG I-OG I-OG I-OG I-OG O B-PS I-PS O O O",
       {{"영화", 0, 2, "B-OG"},
        {"음악", 3, 5, "I-OG"},
        {"배우", 6, 8, "B-PS"},
        {"최고", 9, 11, "O"}},
       {{"B-OG I-OG B-PS O", "B-OG I-OG I-OG I-OG I-OG O B-PS I-PS O O O", "0--1--2--3-"},
        {"B-OG B-OG I-PS I-PS", "B-OG I-OG O B-OG I-OG O I-PS I-PS I-PS I-PS I-PS", "0--1--2--3-"},
        {"I-OG I-OG O I-OG", "I-OG I-OG I-OG I-OG I-OG O O O O I-OG I-OG", "0--1--2--3-"}}},
      // Dropped characters: U+200B between 영화 and ##가 and U+0007 between spaces are covered
      // by no token, so they follow the spaces' rule.
      {"영화\u200B가 \x07 배우",
       "B-OG I-OG I-OG O O O O B-PS I-PS",
       {{"영화", 0, 2, "B-OG"}, {"##가", 3, 4, "O"}, {"배우", 7, 9, "B-PS"}},
       {{"B-OG I-OG I-OG", "B-OG I-OG I-OG I-OG I-OG I-OG I-OG I-OG I-OG", "0--1---2-"},
        {"B-OG O B-PS", "B-OG I-OG O O O O O B-PS I-PS", "0--1---2-"}}},
      // A leading space has no entity before it, a trailing one none after it.
      {" 배우 ", "O B-PS I-PS O", {{"배우", 1, 3, "B-PS"}}, {{"I-PS", "O I-PS I-PS O", "-0--"}}},
      // U+200B inside a token's span is covered by it and continues its entity.
      {"영\u200B화",
       "B-OG I-OG I-OG",
       {{"영화", 0, 3, "B-OG"}},
       {{"B-OG", "B-OG I-OG I-OG", "0--"}, {"O", "O O O", "0--"}}},
  };
  int n = (int)(sizeof cases / sizeof *cases);
  NerData d;
  load_text(&d, klue_file(cases, n), &klue_tags);
  CHECK(d.format == NER_KLUE, "the KLUE file read as format %d", (int)d.format);
  check_cases(&d, tok, &klue_tags, cases, n, NER_CHARACTERS);
  ner_free(&d);
}

// CoNLL words: a word's first token carries its tag, its other tokens -100 (HF's word_ids
// recipe); back, a word takes its first token's prediction and a word with no token is O.
static void test_words(const Tokenizer *tok) {
  static const SentenceCase cases[] = {
      {"EU bans x86 from U.S. \u200B a 1996 영화가 .",
       "B-ORG O B-MISC O B-LOC O O O B-MISC O",
       {{"[UNK]", 0, 1, "B-ORG"},
        {"[UNK]", 1, 2, "O"},
        {"x", 2, 3, "B-MISC"},
        {"##8", 2, 3, "-100"},
        {"##6", 2, 3, "-100"},
        {"[UNK]", 3, 4, "O"},
        {"U", 4, 5, "B-LOC"},
        {".", 4, 5, "-100"},
        {"S", 4, 5, "-100"},
        {".", 4, 5, "-100"},
        {"a", 6, 7, "O"},
        {"1", 7, 8, "O"},
        {"##9", 7, 8, "-100"},
        {"##9", 7, 8, "-100"},
        {"##6", 7, 8, "-100"},
        {"영화", 8, 9, "B-MISC"},
        {"##가", 8, 9, "-100"},
        {".", 9, 10, "O"}},
       {{"B-ORG O B-MISC I-MISC O O B-LOC O I-LOC B-PER B-PER O B-MISC O O B-MISC I-MISC O",
         "B-ORG O B-MISC O B-LOC O B-PER O B-MISC O", "01256-abfh"},
        {"I-ORG I-ORG O B-MISC B-MISC I-LOC O B-LOC B-LOC B-LOC I-PER I-MISC O O O O B-MISC B-PER",
         "I-ORG I-ORG O I-LOC O O I-PER I-MISC O B-PER", "01256-abfh"}}},
  };
  int n = (int)(sizeof cases / sizeof *cases);
  NerData d;
  load_text(&d, conll_file(cases, n), &conll_tags);
  CHECK(d.format == NER_CONLL, "the CoNLL file read as format %d", (int)d.format);
  check_cases(&d, tok, &conll_tags, cases, n, NER_WORDS);
  ner_free(&d);
}

// ner_windows and ner_token_owners: windows as "first,count ...", owners a digit per token.
static void test_windows(void) {
  static const struct {
    int n, width, overlap;
    const char *windows, *owners;
  } cases[] = {
      {0, 4, 0, "0,0", ""},
      {0, 4, 2, "0,0", ""},
      {3, 4, 2, "0,3", "000"},
      {4, 4, 0, "0,4", "0000"},
      {5, 4, 0, "0,4 4,1", "00001"},
      {8, 4, 0, "0,4 4,4", "00001111"},
      {9, 4, 0, "0,4 4,4 8,1", "000011112"},
      {5, 4, 2, "0,4 2,3", "00011"},
      {6, 4, 2, "0,4 2,4", "000111"},
      {7, 4, 2, "0,4 2,4 4,3", "0001122"},
      {8, 4, 2, "0,4 2,4 4,4", "00011222"},
      {6, 4, 3, "0,4 1,4 2,4", "000122"}, // token 2 ties windows 0 and 1, token 3 windows 1 and 2
      {5, 3, 1, "0,3 2,3", "00011"},      // token 2 has no context in either window
      {3, 1, 0, "0,1 1,1 2,1", "012"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    int n = cases[i].n, width = cases[i].width, overlap = cases[i].overlap;
    NerWindow *w = NULL;
    int count = ner_windows(n, width, overlap, &w);
    char got[256] = "";
    for (int k = 0, at = 0; k < count && at < (int)sizeof got; k++)
      at += snprintf(got + at, sizeof got - (size_t)at, "%s%d,%d", k ? " " : "", w[k].first,
                     w[k].count);
    CHECK(strcmp(got, cases[i].windows) == 0, "n %d width %d overlap %d: windows %s, expected %s",
          n, width, overlap, got, cases[i].windows);
    int32_t owner[16];
    char owners[17] = "";
    ner_token_owners(owner, w, count, n);
    for (int t = 0; t < n; t++)
      owners[t] = (char)('0' + owner[t]);
    owners[n] = 0;
    CHECK(strcmp(owners, cases[i].owners) == 0, "n %d width %d overlap %d: owners %s, expected %s",
          n, width, overlap, owners, cases[i].owners);
    free(w);
  }
}

// A long sentence predicted window by window: each window predicts `full` on the tokens whose
// owner it is (`owners`, worked out by hand) and another tag on the others, so the merged
// predictions, and the unit tags, are those of one full-length prediction only when every
// token's prediction comes from its owner.
static void merge_windows(const char *text, const NerTagSet *ts, const NerTokens *t, int n_units,
                          NerUnits units, int width, int overlap, const char *owners,
                          const int32_t *full_tags, const int32_t *want_units) {
  int n = t->n;
  NerWindow *w;
  int count = ner_windows(n, width, overlap, &w);
  int32_t *window_tags = malloc((size_t)count * (size_t)width * sizeof *window_tags);
  float *window_scores = malloc((size_t)count * (size_t)width * sizeof *window_scores);
  for (int k = 0; k < count; k++)
    for (int j = 0; j < w[k].count; j++) {
      int i = w[k].first + j;
      bool own = owners[i] - '0' == k;
      window_tags[k * width + j] = own ? full_tags[i] : (full_tags[i] + 1) % ts->num_labels;
      window_scores[k * width + j] = own ? score_of(i) : 0.25f;
    }
  int32_t merged[MAX_TOKENS], owner[MAX_TOKENS];
  float merged_scores[MAX_TOKENS], full_scores[MAX_TOKENS];
  ner_token_owners(owner, w, count, n);
  for (int i = 0; i < n; i++) {
    int k = owner[i], at = k * width + i - w[k].first;
    merged[i] = window_tags[at];
    merged_scores[i] = window_scores[at];
    full_scores[i] = score_of(i);
    CHECK(merged[i] == full_tags[i], "'%s' token %d: window %d's %s, expected window %c's %s", text,
          i, k, name_of(ts, merged[i]), owners[i], name_of(ts, full_tags[i]));
  }
  int32_t unit_tags[MAX_UNITS], full_unit_tags[MAX_UNITS];
  float unit_scores[MAX_UNITS], full_unit_scores[MAX_UNITS];
  ner_unit_tags(unit_tags, unit_scores, ts, t, merged, merged_scores, n_units, units);
  ner_unit_tags(full_unit_tags, full_unit_scores, ts, t, full_tags, full_scores, n_units, units);
  for (int u = 0; u < n_units; u++) {
    bool same_score = unit_scores[u] == full_unit_scores[u] ||
                      (isnan(unit_scores[u]) && isnan(full_unit_scores[u]));
    CHECK(unit_tags[u] == full_unit_tags[u] && same_score,
          "'%s' unit %d: %s %g by windows, %s %g in one piece", text, u, name_of(ts, unit_tags[u]),
          unit_scores[u], name_of(ts, full_unit_tags[u]), full_unit_scores[u]);
    CHECK(unit_tags[u] == want_units[u], "'%s' unit %d: %s, expected %s", text, u,
          name_of(ts, unit_tags[u]), name_of(ts, want_units[u]));
  }
  free(window_tags);
  free(window_scores);
  free(w);
}

static void check_window_merge(const Tokenizer *tok, const NerTagSet *ts, const char *text,
                               NerUnits units, int width, int overlap, const char *owners,
                               const char *full, const char *want_units) {
  NerSentence s;
  ner_sentence_of_text(&s, text, units);
  NerTokens t;
  ner_tokens(&t, tok, &s, units, false);
  int32_t full_tags[MAX_TOKENS], want[MAX_UNITS];
  int n = parse_tags(ts, full, full_tags, MAX_TOKENS);
  int nu = parse_tags(ts, want_units, want, MAX_UNITS);
  CHECK(n == t.n && (int)strlen(owners) == n && nu == s.n_units,
        "'%s': %d tokens and %d units, expected %d predictions, %zu owners and %d unit tags", text,
        t.n, s.n_units, n, strlen(owners), nu);
  if (n == t.n && (int)strlen(owners) == n && nu == s.n_units)
    merge_windows(text, ts, &t, s.n_units, units, width, overlap, owners, full_tags, want);
  ner_tokens_free(&t);
  ner_sentence_free(&s);
}

static void test_window_merge(const Tokenizer *tok) {
  // 영화 음악 배우 경 ##기 ##도 스토리 정말 ##재밌: 9 tokens over 21 characters.
  static const char ko[] = "영화 음악 배우 경기도 스토리 정말재밌";
  static const char ko_full[] = "B-OG I-OG B-PS B-LC I-LC I-LC O B-PS I-PS";
  static const char ko_units[] = "B-OG I-OG I-OG I-OG I-OG O B-PS I-PS O B-LC I-LC I-LC O O O O "
                                 "O B-PS I-PS I-PS I-PS";
  check_window_merge(tok, &klue_tags, ko, NER_CHARACTERS, 4, 2, "000112233", ko_full, ko_units);
  check_window_merge(tok, &klue_tags, ko, NER_CHARACTERS, 4, 0, "000011112", ko_full, ko_units);
  check_window_merge(tok, &klue_tags, ko, NER_CHARACTERS, 4, 3, "000123455", ko_full, ko_units);
  // 18 tokens over 10 words (test_words), windows of 5 sharing 2.
  check_window_merge(
      tok, &conll_tags, "EU bans x86 from U.S. \u200B a 1996 영화가 .", NER_WORDS, 5, 2,
      "000011122233344455",
      "B-ORG O B-MISC I-MISC O O B-LOC O I-LOC B-PER B-PER O B-MISC O O B-MISC I-MISC O",
      "B-ORG O B-MISC O B-LOC O B-PER O B-MISC O");
}

// ner_sentence_of_text: units as "start,end ..." byte offsets, tags all -1; then its tokens.
static void test_sentence_of_text(const Tokenizer *tok) {
  static const struct {
    const char *text;
    NerUnits units;
    const char *spans;
    TokenCase tokens[MAX_TOKENS];
  } cases[] = {
      {"", NER_CHARACTERS, "", {{0}}},
      {"", NER_WORDS, "", {{0}}},
      {" \t ", NER_CHARACTERS, "0,1 1,2 2,3", {{0}}},
      {" \t ", NER_WORDS, "", {{0}}},
      {" 영화  배우 ",
       NER_CHARACTERS,
       "0,1 1,4 4,7 7,8 8,9 9,12 12,15 15,16",
       {{"영화", 1, 3, NULL}, {"배우", 5, 7, NULL}}},
      {"a b\u3000c",
       NER_CHARACTERS,
       "0,1 1,2 2,3 3,6 6,7",
       {{"a", 0, 1, NULL}, {"b", 2, 3, NULL}, {"c", 4, 5, NULL}}},
      {"  EU  영화가\t1996\u3000U.S. ",
       NER_WORDS,
       "2,4 6,15 16,20 23,27",
       {{"[UNK]", 0, 1, NULL},
        {"영화", 1, 2, NULL},
        {"##가", 1, 2, NULL},
        {"1", 2, 3, NULL},
        {"##9", 2, 3, NULL},
        {"##9", 2, 3, NULL},
        {"##6", 2, 3, NULL},
        {"U", 3, 4, NULL},
        {".", 3, 4, NULL},
        {"S", 3, 4, NULL},
        {".", 3, 4, NULL}}},
      // U+200B is no space: a word, of no token.
      {"a \u200B b", NER_WORDS, "0,1 2,5 6,7", {{"a", 0, 1, NULL}, {"b", 2, 3, NULL}}},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *text = cases[i].text;
    NerSentence s;
    ner_sentence_of_text(&s, text, cases[i].units);
    const char *kind = cases[i].units == NER_WORDS ? "words" : "characters";
    CHECK(s.text != text && strcmp(s.text, text) == 0, "'%s': text '%s'", text, s.text);
    char got[512] = "";
    for (int u = 0, at = 0; u < s.n_units && at < (int)sizeof got; u++) {
      at += snprintf(got + at, sizeof got - (size_t)at, "%s%d,%d", u ? " " : "", s.unit_start[u],
                     s.unit_end[u]);
      CHECK(s.tags[u] == -1, "'%s' %s: unit %d tagged %d", text, kind, u, s.tags[u]);
    }
    CHECK(strcmp(got, cases[i].spans) == 0, "'%s' %s: units %s, expected %s", text, kind, got,
          cases[i].spans);
    NerTokens t;
    ner_tokens(&t, tok, &s, cases[i].units, false);
    expect_tokens(text, tok, NULL, &t, cases[i].tokens);
    ner_tokens_free(&t);
    ner_sentence_free(&s);
  }
}

static void init_tags(NerTagSet *ts, const char *const *labels, int n) {
  char err[256];
  if (!ner_tags_init(ts, labels, n, err, sizeof err)) {
    fprintf(stderr, "ner_align_test: %s\n", err);
    exit(2);
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: ner_align_test VOCAB\n");
    return 2;
  }
  char err[512];
  Tokenizer *tok = tok_load(argv[1], false, stderr, err, sizeof err);
  if (!tok) {
    fprintf(stderr, "ner_align_test: %s\n", err);
    return 2;
  }
  init_tags(&klue_tags, klue_labels, (int)(sizeof klue_labels / sizeof *klue_labels));
  init_tags(&conll_tags, conll_labels, (int)(sizeof conll_labels / sizeof *conll_labels));
  test_characters(tok);
  test_words(tok);
  test_windows();
  test_window_merge(tok);
  test_sentence_of_text(tok);
  ner_tags_free(&klue_tags);
  ner_tags_free(&conll_tags);
  tok_free(tok);
  return check_exit("ner_align_test");
}
