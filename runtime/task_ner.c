// task_ner.c — the token-classification task (task.h): KLUE-NER or CoNLL data (ner_data.h),
// one example per window of a sentence (ner_align.h: one window unless the sentence is longer
// than the largest bucket), a label per token; entity precision, recall and F1 as seqeval
// computes them and KLUE's character F1 (ner_metrics.h), computed on the data's characters or
// words; the entities of each text with their code-point offsets.
#include "task.h"

#include "json.h"
#include "metrics.h"
#include "ner_align.h"
#include "ner_metrics.h"
#include "rt_util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define N_SAMPLES 6 // sentences with all entities right and with some wrong, for the report

// The sentences of a data set (or of predict's texts) and their examples.
typedef struct {
  NerTagSet tags;
  NerData data;
  NerUnits units;
  int read;               // sentences in the file, before a holdout split or a sample
  NerTokens *tokens;      // [data.n]
  int64_t *first_example; // [data.n + 1] sentence i is examples [first_example[i], ...[i + 1])
  NerWindow *windows;     // [examples] the tokens of each example in its sentence
  int windowed;           // sentences in more than one window
  int64_t *offsets;       // TaskData's arrays
  int32_t *ids, *labels;
} ner_set;

// ---- encoding ------------------------------------------------------------------------------

// Keeps the sentences whose keep[i] is set, in file order.
static void keep_sentences(NerData *d, const bool *keep) {
  int n = 0;
  for (int i = 0; i < d->n; i++)
    if (keep[i])
      d->sents[n++] = d->sents[i];
    else
      ner_sentence_free(&d->sents[i]);
  d->n = n;
}

// --holdout: part 1 is the held-out fraction of the sentences (at least one, at most all but
// one), part 0 the rest; then --sample.
static void select_sentences(NerData *d, const TaskLoad *how) {
  if (how->holdout > 0 && d->n > 1) {
    int held = (int)llround(how->holdout * d->n);
    held = held < 1 ? 1 : held > d->n - 1 ? d->n - 1 : held;
    bool *mark = rt_draw(d->n, held, how->seed ^ 0x686f6c646f7574ull); // "holdout"
    for (int i = 0; i < d->n; i++)
      mark[i] = mark[i] == (how->holdout_part == 1);
    keep_sentences(d, mark);
    free(mark);
  }
  if (how->sample > 0 && how->sample < d->n) {
    bool *mark = rt_draw(d->n, (int)how->sample, how->seed);
    keep_sentences(d, mark);
    free(mark);
  }
}

// Tokenizes every sentence and lays its windows out as examples [CLS] tokens [SEP].
static void encode(ner_set *set, TaskData *out, const TaskLoad *how, bool labelled) {
  int n = set->data.n, width = how->max_len - 2;
  int overlap = how->stride > 0 ? how->stride : width / 4;
  set->tokens = rt_grow(NULL, ((size_t)n + 1) * sizeof *set->tokens);
  set->first_example = rt_grow(NULL, ((size_t)n + 1) * sizeof *set->first_example);
  NerWindow **per = rt_grow(NULL, ((size_t)n + 1) * sizeof *per);
  int64_t examples = 0, tokens = 0;
  for (int i = 0; i < n; i++) {
    ner_tokens(&set->tokens[i], how->tok, &set->data.sents[i], set->units, labelled);
    set->first_example[i] = examples;
    int count = ner_windows(set->tokens[i].n, width, overlap, &per[i]);
    set->windowed += count > 1;
    examples += count;
    for (int w = 0; w < count; w++)
      tokens += per[i][w].count + 2; // [CLS] window [SEP]: overlaps are repeated
  }
  set->first_example[n] = examples;
  set->windows = rt_grow(NULL, ((size_t)examples + 1) * sizeof *set->windows);
  set->offsets = rt_grow(NULL, ((size_t)examples + 1) * sizeof *set->offsets);
  set->ids = rt_grow(NULL, ((size_t)tokens + 1) * sizeof *set->ids);
  set->labels = labelled ? rt_grow(NULL, ((size_t)tokens + 1) * sizeof *set->labels) : NULL;
  out->lens = rt_grow(NULL, ((size_t)examples + 1) * sizeof *out->lens);
  int32_t cls = tok_special_id(how->tok, TOK_CLS), sep = tok_special_id(how->tok, TOK_SEP);
  int64_t at = 0;
  set->offsets[0] = 0;
  for (int i = 0; i < n; i++) {
    const NerTokens *t = &set->tokens[i];
    for (int64_t e = set->first_example[i]; e < set->first_example[i + 1]; e++) {
      NerWindow w = per[i][e - set->first_example[i]];
      set->windows[e] = w;
      set->ids[at] = cls;
      memcpy(set->ids + at + 1, t->ids + w.first, (size_t)w.count * sizeof *set->ids);
      set->ids[at + 1 + w.count] = sep;
      if (labelled) {
        set->labels[at] = set->labels[at + 1 + w.count] = -100;
        memcpy(set->labels + at + 1, t->labels + w.first, (size_t)w.count * sizeof *set->labels);
      }
      at += w.count + 2;
      set->offsets[e + 1] = at;
      out->lens[e] = w.count + 2;
    }
    free(per[i]);
  }
  free(per);
  out->n = examples;
  out->offsets = set->offsets;
  out->ids = set->ids;
  out->labels = set->labels;
  out->own = set;
}

static ner_set *new_set(const bertrt_model *m) {
  ner_set *set = rt_grow(NULL, sizeof *set);
  *set = (ner_set){0};
  char err[256];
  // spec.c checks the labels are entity tags
  if (!ner_tags_init(&set->tags, m->labels, (int)m->num_labels, err, sizeof err)) abort();
  return set;
}

static const char *format_name(const ner_set *set) {
  return set->units == NER_CHARACTERS ? "KLUE-NER characters" : "CoNLL words";
}

static int load(TaskData *out, const char *path, const TaskLoad *how, char *err, size_t err_size) {
  ner_set *set = new_set(how->m);
  *out = (TaskData){.own = set};
  if (ner_load(&set->data, path, &set->tags, how->skip_bad, err, err_size) != 0) return 2;
  set->units = set->data.format == NER_KLUE ? NER_CHARACTERS : NER_WORDS;
  set->read = set->data.n;
  select_sentences(&set->data, how);
  if (set->data.n == 0 && how->what) {
    rt_set_err(err, err_size, "%s: no sentences (%d skipped as bad); the %s set needs at least one",
               path, set->data.skipped_bad, how->what);
    return 2;
  }
  encode(set, out, how, true);
  out->counts = (ReportCounts){set->read, 0, set->data.skipped_bad, set->data.n};
  snprintf(out->summary, sizeof out->summary, "%d sentences (%s; %d in windows)", set->data.n,
           format_name(set), set->windowed);
  return 0;
}

static bool encode_texts(TaskData *out, char *const *texts, int n, const char *units,
                         const TaskLoad *how, char *err, size_t err_size) {
  if (units && strcmp(units, "characters") && strcmp(units, "words")) {
    rt_set_err(err, err_size, "--units is '%s', expected characters (KLUE-NER) or words (CoNLL)",
               units);
    return false;
  }
  ner_set *set = new_set(how->m);
  *out = (TaskData){.own = set};
  set->units = units && !strcmp(units, "words") ? NER_WORDS : NER_CHARACTERS;
  set->data = (NerData){.format = set->units == NER_CHARACTERS ? NER_KLUE : NER_CONLL, .n = n};
  set->data.sents = rt_grow(NULL, ((size_t)n + 1) * sizeof *set->data.sents);
  for (int i = 0; i < n; i++)
    ner_sentence_of_text(&set->data.sents[i], texts[i], set->units);
  encode(set, out, how, false);
  return true;
}

static void free_data(TaskData *d) {
  ner_set *set = d->own;
  if (set) {
    for (int i = 0; set->tokens && i < set->data.n; i++)
      ner_tokens_free(&set->tokens[i]);
    free(set->tokens);
    free(set->first_example);
    free(set->windows);
    free(set->offsets);
    free(set->ids);
    free(set->labels);
    ner_free(&set->data);
    ner_tags_free(&set->tags);
    free(set);
  }
  free(d->lens);
  *d = (TaskData){0};
}

// ---- predictions ---------------------------------------------------------------------------

// The predicted tags [n_units] and scores of sentence i's units from its windows' logits.
static void predict_units(const ner_set *set, int i, const float *logits, int k, int32_t *unit_tags,
                          float *unit_scores) {
  const NerTokens *t = &set->tokens[i];
  int64_t first = set->first_example[i];
  int n_windows = (int)(set->first_example[i + 1] - first);
  int32_t *owner = rt_grow(NULL, ((size_t)t->n + 1) * sizeof *owner);
  int32_t *tags = rt_grow(NULL, ((size_t)t->n + 1) * sizeof *tags);
  float *scores = rt_grow(NULL, ((size_t)t->n + 1) * sizeof *scores);
  float *probs = rt_grow(NULL, (size_t)k * sizeof *probs);
  ner_token_owners(owner, set->windows + first, n_windows, t->n);
  for (int j = 0; j < t->n; j++) {
    int64_t e = first + owner[j];
    int64_t position = set->offsets[e] + 1 + (j - set->windows[e].first);
    tags[j] = metrics_softmax(probs, logits + position * k, k);
    scores[j] = probs[tags[j]];
  }
  ner_unit_tags(unit_tags, unit_scores, &set->tags, t, tags, scores, set->data.sents[i].n_units,
                set->units);
  free(owner), free(tags), free(scores), free(probs);
}

// Code points before byte `at` of s.
static int64_t code_point_at(const char *s, int32_t at) {
  int64_t n = 0;
  for (int32_t i = 0; i < at; i++)
    n += ((unsigned char)s[i] & 0xC0) != 0x80;
  return n;
}

// The entities of a sentence's unit tags as report spans (code points), with the mean score
// of their units' own predictions (NaN without scores). Returns how many; *out malloc'd.
static int spans_of(const ner_set *set, const NerSentence *s, const int32_t *tags,
                    const float *scores, ReportSpan **out) {
  NerEntity *ents = rt_grow(NULL, ((size_t)s->n_units + 1) * sizeof *ents);
  int n = ner_entities(&set->tags, tags, s->n_units, ents);
  ReportSpan *spans = rt_grow(NULL, ((size_t)n + 1) * sizeof *spans);
  for (int i = 0; i < n; i++) {
    double sum = 0;
    int counted = 0;
    for (int u = ents[i].start; scores && u < ents[i].end; u++)
      if (!isnan(scores[u])) sum += scores[u], counted++;
    spans[i] = (ReportSpan){.start = code_point_at(s->text, s->unit_start[ents[i].start]),
                            .end = code_point_at(s->text, s->unit_end[ents[i].end - 1]),
                            .type = set->tags.types[ents[i].type],
                            .score = counted ? sum / counted : NAN};
  }
  free(ents);
  *out = spans;
  return n;
}

// The bytes of code points [start, end) of s.
static void slice(const char *s, int64_t start, int64_t end, const char **begin, size_t *len) {
  int64_t cp = 0;
  const char *p = s, *b = NULL;
  for (; *p; p++) {
    if (((unsigned char)*p & 0xC0) == 0x80) continue;
    if (cp == start) b = p;
    if (cp++ == end) break;
  }
  *begin = b ? b : p;
  *len = (size_t)(p - *begin);
}

static void print_marked(FILE *out, const char *text, const ReportSpan *spans, int n) {
  int64_t at = 0;
  const char *b;
  size_t len;
  for (int i = 0; i < n; i++) {
    slice(text, at, spans[i].start, &b, &len);
    fprintf(out, "%.*s<", (int)len, b);
    slice(text, spans[i].start, spans[i].end, &b, &len);
    fprintf(out, "%.*s:%s>", (int)len, b, spans[i].type);
    at = spans[i].end;
  }
  slice(text, at, INT64_MAX, &b, &len);
  fprintf(out, "%.*s\n", (int)len, b);
}

static void print_entities_json(FILE *out, const char *text, const ReportSpan *spans, int n) {
  JsonWriter w = {0};
  jw_begin_object(&w);
  jw_key(&w, "text");
  jw_string(&w, text);
  jw_key(&w, "entities");
  jw_begin_array(&w);
  for (int i = 0; i < n; i++) {
    const char *b;
    size_t len;
    slice(text, spans[i].start, spans[i].end, &b, &len);
    char *piece = strndup(b, len);
    jw_begin_object(&w);
    jw_key(&w, "type");
    jw_string(&w, spans[i].type);
    jw_key_int(&w, "start", spans[i].start);
    jw_key_int(&w, "end", spans[i].end);
    jw_key(&w, "text");
    jw_string(&w, piece ? piece : "");
    jw_key(&w, "score");
    jw_float(&w, (float)spans[i].score);
    jw_end_object(&w);
    free(piece);
  }
  jw_end_array(&w);
  jw_end_object(&w);
  fprintf(out, "%s\n", w.data);
  jw_free(&w);
}

static void print_predictions(FILE *out, const TaskData *d, const float *logits, char *const *texts,
                              const bertrt_model *m, bool json) {
  const ner_set *set = d->own;
  (void)texts; // each sentence holds its text
  for (int i = 0; i < set->data.n; i++) {
    const NerSentence *s = &set->data.sents[i];
    int32_t *tags = rt_grow(NULL, ((size_t)s->n_units + 1) * sizeof *tags);
    float *scores = rt_grow(NULL, ((size_t)s->n_units + 1) * sizeof *scores);
    predict_units(set, i, logits, (int)m->num_labels, tags, scores);
    ReportSpan *spans;
    int n = spans_of(set, s, tags, scores, &spans);
    if (json)
      print_entities_json(out, s->text, spans, n);
    else
      print_marked(out, s->text, spans, n);
    free(spans), free(tags), free(scores);
  }
}

// ---- evaluation ----------------------------------------------------------------------------

struct TaskEval {
  const ner_set *set;
  NerCounts counts;
  NerScores scores;
  double loss;
  ReportSample samples[2 * N_SAMPLES];
  int n_samples, n_right, n_wrong;
};

static bool same_spans(const ReportSpan *a, int na, const ReportSpan *b, int nb) {
  if (na != nb) return false;
  for (int i = 0; i < na; i++)
    if (a[i].start != b[i].start || a[i].end != b[i].end || strcmp(a[i].type, b[i].type))
      return false;
  return true;
}

// Keeps sentence i as a report sample while there is room for its kind (right, wrong).
static void sample(TaskEval *e, const NerSentence *s, const int32_t *pred, const float *scores) {
  ReportSpan *gold, *predicted;
  int n_gold = spans_of(e->set, s, s->tags, NULL, &gold);
  int n_pred = spans_of(e->set, s, pred, scores, &predicted);
  bool right = same_spans(gold, n_gold, predicted, n_pred);
  int *count = right ? &e->n_right : &e->n_wrong;
  if ((n_gold || n_pred) && *count < N_SAMPLES) {
    e->samples[e->n_samples++] = (ReportSample){.text = s->text,
                                                .spans = true,
                                                .gold = gold,
                                                .predicted = predicted,
                                                .n_gold = n_gold,
                                                .n_predicted = n_pred};
    (*count)++;
    return;
  }
  free(gold);
  free(predicted);
}

// The sentence's scored units (KLUE's spaces left out) into truth and pred; returns how many.
static int scored_units(const ner_set *set, const NerSentence *s, const int32_t *unit_tags,
                        int32_t *truth, int32_t *pred) {
  int n = 0;
  for (int u = 0; u < s->n_units; u++)
    if (ner_unit_scored(&set->data, s, u)) truth[n] = s->tags[u], pred[n++] = unit_tags[u];
  return n;
}

static TaskEval *evaluate(const TaskData *d, const float *logits, const bertrt_model *m,
                          const TaskScore *score) {
  double loss = task_score_loss(score); // the entities' figures, not the tokens' accuracy
  const ner_set *set = d->own;
  TaskEval *e = rt_grow(NULL, sizeof *e);
  *e = (TaskEval){.set = set, .loss = loss};
  ner_counts_init(&e->counts, &set->tags);
  for (int i = 0; i < set->data.n; i++) {
    const NerSentence *s = &set->data.sents[i];
    size_t n = (size_t)s->n_units + 1;
    int32_t *tags = rt_grow(NULL, n * sizeof *tags), *truth = rt_grow(NULL, n * sizeof *truth),
            *pred = rt_grow(NULL, n * sizeof *pred);
    float *scores = rt_grow(NULL, n * sizeof *scores);
    predict_units(set, i, logits, (int)m->num_labels, tags, scores);
    int scored = scored_units(set, s, tags, truth, pred);
    ner_counts_add(&e->counts, &set->tags, truth, pred, NULL, scored);
    sample(e, s, tags, scores);
    free(tags), free(truth), free(pred), free(scores);
  }
  ner_scores(&e->scores, &set->tags, &e->counts);
  return e;
}

static double metric(const TaskEval *e) {
  return e->scores.micro.f1;
}

static bool characters(const TaskEval *e) {
  return e->set->units == NER_CHARACTERS;
}

static void epoch_figures(const TaskEval *e, ReportEpoch *epoch) {
  epoch->test_loss = e->loss;
  epoch->test_acc = e->scores.unit_accuracy;
  epoch->test_f1 = e->scores.micro.f1;
  epoch->test_char_f1 = characters(e) ? e->scores.char_macro_f1 : NAN;
}

static void epoch_summary(const TaskEval *e, char *buf, size_t size) {
  int n = snprintf(buf, size, " entity F1 %.4f", e->scores.micro.f1);
  if (characters(e) && n >= 0 && (size_t)n < size)
    snprintf(buf + n, size - (size_t)n, " char F1 %.4f", e->scores.char_macro_f1);
}

// The reported types' rows then seqeval's three averages.
static ReportTypeScore *entity_rows(const TaskEval *e, int *n) {
  const NerTagSet *ts = &e->set->tags;
  ReportTypeScore *rows = rt_grow(NULL, ((size_t)ts->n_types + 3) * sizeof *rows);
  *n = 0;
  for (int t = 0; t < ts->n_types; t++)
    if (e->scores.reported[t]) {
      const ClassScore *c = &e->scores.per_type[t];
      rows[(*n)++] = (ReportTypeScore){ts->types[t], c->precision, c->recall, c->f1, c->support};
    }
  const ClassScore *avg[3] = {&e->scores.micro, &e->scores.macro, &e->scores.weighted};
  static const char *const names[3] = {"micro avg", "macro avg", "weighted avg"};
  for (int i = 0; i < 3; i++)
    rows[(*n)++] =
        (ReportTypeScore){names[i], avg[i]->precision, avg[i]->recall, avg[i]->f1, avg[i]->support};
  return rows;
}

static void log_eval(FILE *metrics, const TaskEval *e, const bertrt_model *m) {
  int n_rows;
  ReportTypeScore *rows = entity_rows(e, &n_rows);
  ReportRun run = {.num_labels = (int)m->num_labels,
                   .confusion = e->counts.units,
                   .samples = e->samples,
                   .n_samples = e->n_samples,
                   .entity_scores = rows,
                   .n_entity_scores = n_rows,
                   .char_f1 = characters(e) ? e->scores.char_macro_f1 : NAN};
  report_log_eval(metrics, &run);
  free(rows);
}

static void free_eval(TaskEval *e) {
  if (!e) return;
  for (int i = 0; i < e->n_samples; i++) {
    free((ReportSpan *)e->samples[i].gold);
    free((ReportSpan *)e->samples[i].predicted);
  }
  ner_counts_free(&e->counts);
  ner_scores_free(&e->scores);
  free(e);
}

// ---- eval's output -------------------------------------------------------------------------

static void print_eval_json(FILE *out, const TaskEval *e, const char *model_dir,
                            const char *data_path) {
  const NerTagSet *ts = &e->set->tags;
  JsonWriter w = {0};
  jw_begin_object(&w);
  jw_key(&w, "model");
  jw_string(&w, model_dir);
  jw_key(&w, "data");
  jw_string(&w, data_path);
  jw_key(&w, "format");
  jw_string(&w, characters(e) ? "klue" : "conll");
  jw_key_int(&w, "sentences", e->set->data.n);
  jw_key_int(&w, "windowed", e->set->windowed);
  jw_key_double(&w, "precision", e->scores.micro.precision);
  jw_key_double(&w, "recall", e->scores.micro.recall);
  jw_key_double(&w, "f1", e->scores.micro.f1);
  jw_key_double(&w, "macro_f1", e->scores.macro.f1);
  jw_key(&w, "per_type");
  jw_begin_object(&w);
  for (int t = 0; t < ts->n_types; t++) {
    if (!e->scores.reported[t]) continue;
    const ClassScore *c = &e->scores.per_type[t];
    jw_key(&w, ts->types[t]);
    jw_begin_object(&w);
    jw_key_double(&w, "precision", c->precision);
    jw_key_double(&w, "recall", c->recall);
    jw_key_double(&w, "f1", c->f1);
    jw_key_int(&w, "support", c->support);
    jw_end_object(&w);
  }
  jw_end_object(&w);
  if (characters(e)) jw_key_double(&w, "char_macro_f1", e->scores.char_macro_f1);
  jw_key_double(&w, "unit_accuracy", e->scores.unit_accuracy);
  jw_key_double(&w, "loss", e->loss);
  jw_key(&w, "report");
  ner_report_json(&w, ts, &e->scores);
  jw_end_object(&w);
  fprintf(out, "%s\n", w.data);
  jw_free(&w);
}

static void print_eval(FILE *out, const TaskEval *e, const bertrt_model *m, const char *model_dir,
                       const char *data_path, bool json) {
  (void)m;
  if (json) {
    print_eval_json(out, e, model_dir, data_path);
    return;
  }
  const char *unit = characters(e) ? "character" : "word";
  fprintf(out, "eval %s on %s: %d sentences (%s; %d in windows)\n", model_dir, data_path,
          e->set->data.n, format_name(e->set), e->set->windowed);
  fprintf(out, "entity F1 %.4f  precision %.4f  recall %.4f  macro F1 %.4f\n", e->scores.micro.f1,
          e->scores.micro.precision, e->scores.micro.recall, e->scores.macro.f1);
  if (characters(e)) fprintf(out, "character macro F1 %.4f (KLUE)  ", e->scores.char_macro_f1);
  fprintf(out, "%s accuracy %.4f  loss %.4f\n\nentity-level report (seqeval):\n", unit,
          e->scores.unit_accuracy, e->loss);
  ner_report_text(out, &e->set->tags, &e->scores, 4);
}

const Task task_ner = {
    .head_type = "token_classification",
    .data_format = "KLUE-NER (CHAR<TAB>TAG lines) or CoNLL (TOKEN ... TAG lines)",
    .metric_name = "entity F1",
    .report_task = "token_classification",
    .labels_per_token = true,
    .holdout = true,
    .load = load,
    .encode_texts = encode_texts,
    .free = free_data,
    .evaluate = evaluate,
    .metric = metric,
    .epoch_figures = epoch_figures,
    .epoch_summary = epoch_summary,
    .log_eval = log_eval,
    .print_eval = print_eval,
    .free_eval = free_eval,
    .print_predictions = print_predictions,
};
