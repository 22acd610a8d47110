// qa_data.h — extractive question-answering data: SQuAD v1.1 / v2.0 JSON, which KorQuAD 1.0
// shares, read into articles, paragraphs and questions; and the seeded holdout split by article.
//
//     {"version": "v1.1" | "v2.0" | "KorQuAD_v1.0_dev" ...,
//      "data": [{"title": "...",
//                "paragraphs": [{"context": "...",
//                                "qas": [{"id": "...", "question": "...",
//                                         "answers": [{"text": "...", "answer_start": 17}],
//                                         "is_impossible": false}]}]}]}   // is_impossible: v2
//
// Offsets are code points of the context (Python's str indices, as answer_start is written):
// answer a of a question is context[a.start, a.start + a.length) in code points, and that slice
// must equal a.text. Every question needs at least one answer unless it is_impossible (v2's
// impossible questions have none; their plausible_answers are not read). A missing `title` is
// "" (KorQuAD's dev set has titles; some v2 files do not); `version` may be absent.
//
// Errors: malformed JSON gives "path:line:col (byte N): what"; a bad field gives
// "path:line:col: question 'ID': what was wrong (expected ...)" — line:col of the JSON value at
// fault, the question named by its id or, when the id itself is missing, by its place
// ("question 3 of paragraph 2 of article 'Title'"). Bad fields: a missing or mistyped id,
// question, answers, text or answer_start; an answer_start outside the context or whose slice is
// not the answer's text (both texts are quoted); an empty answer text; an empty or missing context
// (named by the paragraph and its first question). With skip_bad a bad question is skipped and
// counted, and a bad paragraph is skipped with all its questions; a file that is not this
// layout at all (no `data` array, an article that is not an object or has no `paragraphs`
// array) is an error either way.
#ifndef BERTRT_QA_DATA_H
#define BERTRT_QA_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct {
  char *text;     // UTF-8, NUL-terminated, non-empty
  int32_t start;  // code point offset in the context (answer_start)
  int32_t length; // code points of text
} QaAnswer;

typedef struct {
  char *id, *question; // UTF-8
  int n_answers;       // >= 1 unless impossible
  QaAnswer *answers;   // [n_answers] in file order (training labels use answers[0])
  bool impossible;     // v2's is_impossible
  int paragraph;       // index in QaData.paragraphs
} QaQuestion;

typedef struct {
  char *context;    // UTF-8, NUL-terminated, non-empty
  int32_t n_chars;  // code points of context
  int32_t *cp_byte; // [n_chars + 1] byte offset of code point c (cp_byte[n_chars]: its bytes)
  int article;      // index in QaData.articles
} QaParagraph;

typedef struct {
  char *title; // "" when the file has none
} QaArticle;

typedef struct {
  char *version; // the file's `version`, "" when absent
  int n_articles, n_paragraphs, n_questions;
  QaArticle *articles;     // [n_articles] in file order
  QaParagraph *paragraphs; // [n_paragraphs] in file order, each article's together
  QaQuestion *questions;   // [n_questions] in file order, each paragraph's together
  bool has_impossible;     // some question carries is_impossible (a v2 file)
  int skipped_questions;   // skip_bad: bad questions skipped, and those of bad paragraphs
  int skipped_paragraphs;  // skip_bad: bad paragraphs skipped
} QaData;

// Reads path. Returns 0, or 2 with err as above or "path: cannot read: ...". A file with no
// question is not an error here (the caller decides).
int qa_load(QaData *out, const char *path, bool skip_bad, char *err, size_t err_size);
void qa_free(QaData *data);

// The holdout split by article, never by question: round(fraction * n_articles) articles (at
// least one, at most all but one; none moves when there is one article) drawn with `seed`
// form part 1, the others part 0. Keeps only the articles of `part`, in file order, with their
// paragraphs and questions (indices renumbered). fraction in (0, 1).
void qa_holdout(QaData *data, double fraction, uint64_t seed, int part);

// A seeded sample of n questions (all when n <= 0 or n >= n_questions), kept in file order; the
// paragraphs and articles stay (a paragraph may keep no question).
void qa_sample(QaData *data, int n, uint64_t seed);

// The bytes of the context of paragraph p between code points [start, end) as a fresh malloc'd
// string (the original text, unnormalised). 0 <= start <= end <= n_chars.
char *qa_context_slice(const QaParagraph *p, int32_t start, int32_t end);

#endif
