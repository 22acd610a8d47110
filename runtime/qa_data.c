// qa_data.c — SQuAD / KorQuAD JSON into articles, paragraphs and questions (qa_data.h).
//
// The file is parsed whole (json.h) and its tree walked article by article; every value that
// is wrong is reported at its own line:col, which the JSON reader keeps on each value.
#include "qa_data.h"

#include "json.h"
#include "rt_util.h"
#include "tok_unicode.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The most bytes of a text quoted in an error message.
enum { QUOTED = 60 };

// The loader's state: where errors go and the arrays being filled.
typedef struct {
  const char *path;
  bool skip_bad;
  char *err;
  size_t err_size;
  QaData *out;
  int articles_cap, paragraphs_cap, questions_cap;
  bool failed; // an error was set: stop
} Reader;

// Where the walk is, for naming a question without an id.
typedef struct {
  const char *title;
  int paragraph; // from 1 within its article
  int question;  // from 1 within its paragraph
} Place;

// ---- Errors -----------------------------------------------------------------------------

// Sets "path:line:col: what" for v and r->failed. Returns false.
static bool fail_at(Reader *r, const JsonValue *v, const char *fmt, va_list ap) {
  char msg[1024];
  vsnprintf(msg, sizeof msg, fmt, ap);
  rt_set_err(r->err, r->err_size, "%s:%d:%d: %s", r->path, v->line, v->col, msg);
  r->failed = true;
  return false;
}

// A bad value at v: fail_at unless skip_bad (then the caller skips what holds it). Returns
// false.
__attribute__((format(printf, 3, 4))) static bool bad(Reader *r, const JsonValue *v,
                                                      const char *fmt, ...) {
  if (r->skip_bad) return false;
  va_list ap;
  va_start(ap, fmt);
  fail_at(r, v, fmt, ap);
  va_end(ap);
  return false;
}

// A bad article: fail_at even with skip_bad. Returns false.
__attribute__((format(printf, 3, 4))) static bool fatal(Reader *r, const JsonValue *v,
                                                        const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fail_at(r, v, fmt, ap);
  va_end(ap);
  return false;
}

// "question 'ID'" or, without an id, "question 3 of paragraph 2 of article 'Title'".
static void question_name(char *buf, size_t size, const char *id, const Place *at) {
  if (id)
    snprintf(buf, size, "question '%s'", id);
  else
    snprintf(buf, size, "question %d of paragraph %d of article '%s'", at->question, at->paragraph,
             at->title);
}

// ---- Fields -----------------------------------------------------------------------------

// Member key of obj as a string, or NULL (then *got is the value found, NULL when absent).
static const JsonValue *string_member(const JsonValue *obj, const char *key,
                                      const JsonValue **got) {
  const JsonValue *v = json_get(obj, key);
  *got = v;
  return v && v->kind == JSON_STRING ? v : NULL;
}

// "missing \"key\"" or "\"key\" is a number" for a member that is not of the kind wanted.
static void field_problem(char *buf, size_t size, const char *key, const JsonValue *got,
                          const char *expected) {
  if (!got)
    snprintf(buf, size, "missing \"%s\" (expected %s)", key, expected);
  else
    snprintf(buf, size, "\"%s\" is %s %s (expected %s)", key,
             got->kind == JSON_ARRAY || got->kind == JSON_OBJECT ? "an" : "a",
             json_kind_name(got->kind), expected);
}

// Code points of the UTF-8 s[0, len) (json.h guarantees valid UTF-8).
static int32_t count_chars(const char *s, size_t len) {
  int32_t n = 0;
  for (size_t i = 0; i < len; n++) {
    int32_t cp;
    i += tok_utf8_next((const uint8_t *)s + i, len - i, &cp);
  }
  return n;
}

// ---- Questions --------------------------------------------------------------------------

static void free_question(QaQuestion *q) {
  for (int i = 0; i < q->n_answers; i++)
    free(q->answers[i].text);
  free(q->answers);
  free(q->id);
  free(q->question);
  *q = (QaQuestion){0};
}

// Reads answer v (the k-th, from 1) of question `name` into a; false when it is bad (the error
// set unless skip_bad).
static bool read_answer(Reader *r, QaAnswer *a, const JsonValue *v, const QaParagraph *p,
                        const char *name, int k) {
  if (v->kind != JSON_OBJECT)
    return bad(r, v, "%s: answer %d is %s (expected an object)", name, k, json_kind_name(v->kind));
  const JsonValue *got, *text = string_member(v, "text", &got);
  char why[256];
  if (!text) {
    field_problem(why, sizeof why, "text", got, "a string");
    return bad(r, got ? got : v, "%s: answer %d: %s", name, k, why);
  }
  if (!text->len) return bad(r, text, "%s: answer %d: empty answer text", name, k);
  const JsonValue *start = json_get(v, "answer_start");
  int64_t at;
  if (!start || !json_as_int(start, &at)) {
    field_problem(why, sizeof why, "answer_start", start,
                  "an integer offset in code points of the context");
    if (start && start->kind == JSON_NUMBER)
      snprintf(why, sizeof why, "\"answer_start\" %s is not an integer", start->text);
    return bad(r, start ? start : v, "%s: answer %d: %s", name, k, why);
  }
  int32_t length = count_chars(text->text, text->len);
  char want[128], found[128];
  rt_clip(want, sizeof want, text->text, text->len, QUOTED);
  if (at < 0 || at + length > p->n_chars)
    return bad(r, start,
               "%s: answer %d: answer_start %lld with the text's %d characters ('%s') runs outside "
               "the context's %d characters",
               name, k, (long long)at, length, want, p->n_chars);
  size_t from = (size_t)p->cp_byte[at], to = (size_t)p->cp_byte[at + length];
  if (to - from != text->len || memcmp(p->context + from, text->text, text->len) != 0) {
    rt_clip(found, sizeof found, p->context + from, to - from, QUOTED);
    return bad(r, start,
               "%s: answer %d: the context at answer_start %lld is '%s', not the answer's text "
               "'%s' (answer_start counts code points)",
               name, k, (long long)at, found, want);
  }
  *a = (QaAnswer){.text = strdup(text->text), .start = (int32_t)at, .length = length};
  if (!a->text) abort();
  return true;
}

// Reads question v of paragraph p into q; false when it is bad.
static bool read_question(Reader *r, QaQuestion *q, const JsonValue *v, const QaParagraph *p,
                          const Place *at) {
  char name[512], why[256];
  question_name(name, sizeof name, NULL, at);
  if (v->kind != JSON_OBJECT)
    return bad(r, v, "%s is %s (expected an object)", name, json_kind_name(v->kind));
  const JsonValue *got, *id = string_member(v, "id", &got);
  if (!id) {
    field_problem(why, sizeof why, "id", got, "a string");
    return bad(r, got ? got : v, "%s: %s", name, why);
  }
  question_name(name, sizeof name, id->text, at);
  const JsonValue *text = string_member(v, "question", &got);
  if (!text) {
    field_problem(why, sizeof why, "question", got, "a string");
    return bad(r, got ? got : v, "%s: %s", name, why);
  }
  const JsonValue *imp = json_get(v, "is_impossible");
  if (imp && imp->kind != JSON_BOOL)
    return bad(r, imp, "%s: \"is_impossible\" is %s (expected true or false)", name,
               json_kind_name(imp->kind));
  const JsonValue *answers = json_get(v, "answers");
  bool impossible = imp && imp->boolean;
  if (!answers || answers->kind != JSON_ARRAY) {
    field_problem(why, sizeof why, "answers", answers, "an array of {text, answer_start}");
    return bad(r, answers ? answers : v, "%s: %s", name, why);
  }
  if (!answers->count && !impossible)
    return bad(r, answers, "%s: no answers (expected at least one unless is_impossible)", name);
  *q = (QaQuestion){.impossible = impossible, .paragraph = r->out->n_paragraphs};
  q->answers = rt_grow(NULL, (answers->count + 1) * sizeof *q->answers);
  for (size_t k = 0; k < answers->count; k++) {
    if (!read_answer(r, &q->answers[k], answers->items[k], p, name, (int)k + 1)) {
      free_question(q);
      return false;
    }
    q->n_answers++;
  }
  q->id = strdup(id->text);
  q->question = strdup(text->text);
  if (!q->id || !q->question) abort();
  r->out->has_impossible |= imp != NULL;
  return true;
}

// ---- Paragraphs and articles ------------------------------------------------------------

static void free_paragraph(QaParagraph *p) {
  free(p->context);
  free(p->cp_byte);
  *p = (QaParagraph){0};
}

// The paragraph's context, its code points mapped to bytes.
static void set_context(QaParagraph *p, const JsonValue *context) {
  p->context = rt_grow(NULL, context->len + 1);
  memcpy(p->context, context->text, context->len + 1);
  p->n_chars = count_chars(context->text, context->len);
  p->cp_byte = rt_grow(NULL, ((size_t)p->n_chars + 1) * sizeof *p->cp_byte);
  int32_t c = 0;
  for (size_t i = 0; i < context->len; c++) {
    int32_t cp;
    p->cp_byte[c] = (int32_t)i;
    i += tok_utf8_next((const uint8_t *)context->text + i, context->len - i, &cp);
  }
  p->cp_byte[c] = (int32_t)context->len;
}

// The first question's id of a paragraph, for naming it ("" when there is none).
static const char *first_id(const JsonValue *qas) {
  if (!qas || qas->kind != JSON_ARRAY || !qas->count) return "";
  const JsonValue *got, *id = string_member(qas->items[0], "id", &got);
  return id ? id->text : "";
}

// Skips a bad paragraph with its questions (skip_bad; returns true), or fails.
static bool bad_paragraph(Reader *r, const JsonValue *at, const JsonValue *qas, const Place *pl,
                          const char *what) {
  bad(r, at, "paragraph %d of article '%s' (first question '%s'): %s", pl->paragraph, pl->title,
      first_id(qas), what);
  if (r->failed) return false;
  r->out->skipped_paragraphs++;
  r->out->skipped_questions += qas && qas->kind == JSON_ARRAY ? (int)qas->count : 0;
  return true;
}

static bool read_paragraph(Reader *r, const JsonValue *v, Place *pl) {
  QaData *d = r->out;
  if (v->kind != JSON_OBJECT) return bad_paragraph(r, v, NULL, pl, "not an object");
  const JsonValue *got, *context = string_member(v, "context", &got);
  const JsonValue *qas = json_get(v, "qas");
  char why[256];
  if (!context) {
    field_problem(why, sizeof why, "context", got, "a string");
    return bad_paragraph(r, got ? got : v, qas, pl, why);
  }
  if (!context->len) return bad_paragraph(r, context, qas, pl, "empty context");
  if (!qas || qas->kind != JSON_ARRAY) {
    field_problem(why, sizeof why, "qas", qas, "an array of questions");
    return bad_paragraph(r, qas ? qas : v, qas, pl, why);
  }
  if (d->n_paragraphs == r->paragraphs_cap)
    d->paragraphs =
        rt_grow(d->paragraphs,
                (size_t)(r->paragraphs_cap = 2 * r->paragraphs_cap + 64) * sizeof *d->paragraphs);
  QaParagraph *p = &d->paragraphs[d->n_paragraphs];
  *p = (QaParagraph){.article = d->n_articles - 1};
  set_context(p, context);
  for (size_t k = 0; k < qas->count; k++) {
    pl->question = (int)k + 1;
    if (d->n_questions == r->questions_cap)
      d->questions = rt_grow(d->questions, (size_t)(r->questions_cap = 2 * r->questions_cap + 256) *
                                               sizeof *d->questions);
    if (read_question(r, &d->questions[d->n_questions], qas->items[k], p, pl))
      d->n_questions++;
    else if (r->failed)
      break;
    else
      d->skipped_questions++;
  }
  d->n_paragraphs++;
  return !r->failed;
}

static bool read_article(Reader *r, const JsonValue *v, int index) {
  QaData *d = r->out;
  char place[64];
  snprintf(place, sizeof place, "data[%d]", index);
  if (v->kind != JSON_OBJECT)
    return fatal(r, v, "%s is %s (expected an article object)", place, json_kind_name(v->kind));
  const JsonValue *got, *title = string_member(v, "title", &got);
  const JsonValue *paragraphs = json_get(v, "paragraphs");
  if (!paragraphs || paragraphs->kind != JSON_ARRAY) {
    char why[256];
    field_problem(why, sizeof why, "paragraphs", paragraphs, "an array");
    return fatal(r, paragraphs ? paragraphs : v, "%s ('%s'): %s", place, title ? title->text : "",
                 why);
  }
  if (d->n_articles == r->articles_cap)
    d->articles = rt_grow(d->articles, (size_t)(r->articles_cap = 2 * r->articles_cap + 16) *
                                           sizeof *d->articles);
  QaArticle *a = &d->articles[d->n_articles++]; // counted now: qa_free frees it on an error
  a->title = strdup(title ? title->text : "");
  if (!a->title) abort();
  Place pl = {.title = a->title};
  for (size_t k = 0; k < paragraphs->count; k++) {
    pl.paragraph = (int)k + 1;
    if (!read_paragraph(r, paragraphs->items[k], &pl)) return false;
  }
  return true;
}

// ---- Entry points -----------------------------------------------------------------------

static bool read_root(Reader *r, const JsonValue *root) {
  const JsonValue *version = json_get(root, "version"), *data = json_get(root, "data");
  if (root->kind != JSON_OBJECT || !data || data->kind != JSON_ARRAY) {
    rt_set_err(r->err, r->err_size,
               "%s:%d:%d: expected SQuAD / KorQuAD JSON: an object with a \"data\" array of "
               "articles",
               r->path, root->line, root->col);
    return false;
  }
  r->out->version = strdup(version && version->kind == JSON_STRING ? version->text : "");
  if (!r->out->version) abort();
  for (size_t k = 0; k < data->count; k++)
    if (!read_article(r, data->items[k], (int)k)) return false;
  return true;
}

int qa_load(QaData *out, const char *path, bool skip_bad, char *err, size_t err_size) {
  *out = (QaData){0};
  JsonError jerr;
  JsonValue *root = json_parse_file(path, &jerr);
  if (!root) {
    if (jerr.line == 0)
      rt_set_err(err, err_size, "%s: cannot read: %s", path, jerr.message);
    else
      rt_set_err(err, err_size, "%s:%d:%d (byte %zu): %s", path, jerr.line, jerr.col,
                 jerr.offset + 1, jerr.message);
    return 2;
  }
  Reader r = {.path = path, .skip_bad = skip_bad, .err = err, .err_size = err_size, .out = out};
  bool ok = read_root(&r, root);
  json_free(root);
  if (ok) return 0;
  qa_free(out);
  return 2;
}

void qa_free(QaData *data) {
  for (int i = 0; i < data->n_questions; i++)
    free_question(&data->questions[i]);
  for (int i = 0; i < data->n_paragraphs; i++)
    free_paragraph(&data->paragraphs[i]);
  for (int i = 0; i < data->n_articles; i++)
    free(data->articles[i].title);
  free(data->questions);
  free(data->paragraphs);
  free(data->articles);
  free(data->version);
  *data = (QaData){0};
}

void qa_holdout(QaData *d, double fraction, uint64_t seed, int part) {
  if (d->n_articles < 2) return;
  int held = (int)llround(fraction * d->n_articles);
  held = held < 1 ? 1 : held > d->n_articles - 1 ? d->n_articles - 1 : held;
  bool *keep = rt_draw(d->n_articles, held, seed ^ 0x686f6c646f7574ull); // "holdout"
  int *article_to = rt_grow(NULL, (size_t)d->n_articles * sizeof *article_to);
  int *paragraph_to = rt_grow(NULL, ((size_t)d->n_paragraphs + 1) * sizeof *paragraph_to);
  int n = 0;
  for (int a = 0; a < d->n_articles; a++) {
    keep[a] = keep[a] == (part == 1);
    article_to[a] = keep[a] ? n : -1;
    if (keep[a])
      d->articles[n++] = d->articles[a];
    else
      free(d->articles[a].title);
  }
  d->n_articles = n;
  n = 0;
  for (int p = 0; p < d->n_paragraphs; p++) {
    int a = d->paragraphs[p].article;
    paragraph_to[p] = keep[a] ? n : -1;
    if (!keep[a]) {
      free_paragraph(&d->paragraphs[p]);
      continue;
    }
    d->paragraphs[n] = d->paragraphs[p];
    d->paragraphs[n++].article = article_to[a];
  }
  d->n_paragraphs = n;
  n = 0;
  for (int q = 0; q < d->n_questions; q++) {
    int p = paragraph_to[d->questions[q].paragraph];
    if (p < 0) {
      free_question(&d->questions[q]);
      continue;
    }
    d->questions[n] = d->questions[q];
    d->questions[n++].paragraph = p;
  }
  d->n_questions = n;
  free(keep);
  free(article_to);
  free(paragraph_to);
}

void qa_sample(QaData *d, int n, uint64_t seed) {
  if (n <= 0 || n >= d->n_questions) return;
  bool *keep = rt_draw(d->n_questions, n, seed ^ 0x73616d706c65ull); // "sample"
  int kept = 0;
  for (int q = 0; q < d->n_questions; q++)
    if (keep[q])
      d->questions[kept++] = d->questions[q];
    else
      free_question(&d->questions[q]);
  d->n_questions = kept;
  free(keep);
}

char *qa_context_slice(const QaParagraph *p, int32_t start, int32_t end) {
  size_t from = (size_t)p->cp_byte[start], to = (size_t)p->cp_byte[end];
  char *s = rt_grow(NULL, to - from + 1);
  memcpy(s, p->context + from, to - from);
  s[to - from] = 0;
  return s;
}
