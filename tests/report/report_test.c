// report_test OUT_DIR — runtime/report.c: a synthetic run survives metrics.jsonl (written
// record by record, read back field for field, resumed steps replacing earlier ones);
// malformed logs fail at path:line:col; report.html for one run and for a comparison of
// three is well formed (balanced tags), carries its charts, escapes text, and loads nothing
// (no scripts, no URLs). Leaves OUT_DIR/{run-*,report.html,compare.html} for render.sh.
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "metrics.h"
#include "report.h"

static int failures;

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      failures++;                                                                                  \
      fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);                                        \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
    }                                                                                              \
  } while (0)

enum { EPOCHS = 3, STEPS_PER_EPOCH = 180, N_SAMPLES = 8 };

static const char *const LABELS[] = {"부정", "긍정"};
enum { N_SETTINGS = 11 };
static const ReportSetting SETTINGS[N_SETTINGS] = {{"spec", "tiny_cls"},
                                                   {"target", "cpu"},
                                                   {"precision", "fp32"},
                                                   {"strategy", "full"},
                                                   {"epochs", "3"},
                                                   {"batch_size", "32"},
                                                   {"lr", "5e-05"},
                                                   {"warmup_ratio", "0.1"},
                                                   {"seed", "42"},
                                                   {"train", "ratings_train.txt"},
                                                   {"test", "ratings_test.txt"}};
// Written for this test (not corpus text): short review-like sentences.
static const char *const TEXTS[N_SAMPLES] = {
    "배우들 연기가 어색해서 끝까지 보기 힘들었어요",
    "음악이 좋아서 두 번이나 봤습니다 강력 추천",
    "가족이랑 같이 보기 좋은 따뜻한 영화였다",
    "기대했는데 결말이 너무 허무하다..",
    "처음엔 지루했지만 후반부 반전이 정말 대단했다 배우들의 호흡도 훌륭했고 영상미도 "
    "오래 기억에 남을 것 같다",
    "시간 낭비였다. 줄거리도 없고 대사도 유치함ㅋㅋ",
    "<script>alert('x')</script> & \"quotes\" 원작의 긴장감을 살리지 못했다.",
    "그냥 그랬음.."};
static const int TRUTH[N_SAMPLES] = {0, 1, 1, 0, 1, 0, 0, 0};
static const int PRED[N_SAMPLES] = {0, 1, 1, 1, 1, 0, 1, 1};

typedef struct {
  ReportStep steps[EPOCHS * STEPS_PER_EPOCH];
  ReportEpoch epochs[EPOCHS];
  ReportSample samples[N_SAMPLES];
  ReportSetting settings[N_SETTINGS];
  int64_t confusion[4];
  ReportRun run;
} Synthetic;

// A deterministic run: loss falling with noise, a warmup-then-linear-decay schedule.
static void synthesize(Synthetic *s, const char *name, double quality, uint32_t seed) {
  int64_t total = EPOCHS * STEPS_PER_EPOCH;
  for (int64_t i = 0; i < total; i++) {
    seed = seed * 1664525u + 1013904223u;
    double noise = ((double)(seed >> 8) / (1 << 24) - 0.5) * 0.35;
    double t = (double)i / (double)total, warm = 0.1 * (double)total;
    s->steps[i] = (ReportStep){
        .step = i + 1,
        .epoch = i / STEPS_PER_EPOCH + 1,
        .loss = 0.69 * exp(-2.2 * quality * t) + 0.12 + noise * (1 - 0.5 * t),
        .lr = 5e-5 * ((double)i < warm ? (double)(i + 1) / warm : (total - i) / (total - warm)),
    };
  }
  for (int e = 0; e < EPOCHS; e++)
    s->epochs[e] = (ReportEpoch){
        .epoch = e + 1,
        .train_loss = 0.55 * exp(-0.7 * quality * e) + 0.08,
        .train_acc = 0.74 + 0.07 * quality * e,
        .test_loss = 0.42 + 0.03 * e / quality - 0.05 * quality,
        .test_acc = 0.80 + 0.02 * quality * (e == 2 ? 1.5 : e),
        .test_exact_match = NAN,
        .seconds = 52.5 + e,
    };
  for (int i = 0; i < N_SAMPLES; i++)
    s->samples[i] = (ReportSample){
        .text = TEXTS[i], .label = TRUTH[i], .pred = PRED[i], .confidence = 0.52 + 0.06 * i};
  int64_t cm[4] = {4210, 790, 688, (int64_t)(4312 * quality)};
  memcpy(s->confusion, cm, sizeof cm);
  s->epochs[EPOCHS - 1].test_acc =
      (double)(cm[0] + cm[3]) / (double)(cm[0] + cm[1] + cm[2] + cm[3]);
  memcpy(s->settings, SETTINGS, sizeof SETTINGS);
  s->settings[3].value = name; // strategy
  s->run = (ReportRun){
      .name = name,
      .settings = s->settings,
      .n_settings = N_SETTINGS,
      .labels = LABELS,
      .num_labels = 2,
      .train = {150000, 1, 3, 20000},
      .test = {50000, 3, 0, 10000},
      .steps = s->steps,
      .n_steps = total,
      .epochs = s->epochs,
      .n_epochs = EPOCHS,
      .confusion = s->confusion,
      .samples = s->samples,
      .n_samples = N_SAMPLES,
      .train_seconds = 161.25 / quality,
      .eval_seconds = 12.5,
      .sequences_per_second = 372.1 * quality,
      .peak_memory_bytes = (int64_t)(1.37e9 * quality),
  };
}

// Writes the run's metrics.jsonl as the training loop does: start, steps and epochs as they
// happen, eval, finish. Epoch 2 is interrupted (its stale steps and epoch record logged) and
// resumed from its first step; the last line is a write cut short.
static void log_run(const char *dir, const Synthetic *s) {
  mkdir(dir, 0755);
  char path[4200];
  snprintf(path, sizeof path, "%s/metrics.jsonl", dir);
  FILE *f = fopen(path, "w");
  EXPECT(f, "cannot write %s", path);
  if (!f) return;
  bool ok = report_log_start(f, &s->run);
  for (int64_t i = 0; i < STEPS_PER_EPOCH + 20; i++) {
    ReportStep step = s->steps[i];
    if (i >= STEPS_PER_EPOCH) step.loss = 99;
    ok &= report_log_step(f, &step);
    if (i + 1 == STEPS_PER_EPOCH) ok &= report_log_epoch(f, &s->epochs[0]);
  }
  ReportEpoch stale = s->epochs[1];
  stale.test_acc = 0;
  ok &= report_log_epoch(f, &stale);
  for (int64_t i = STEPS_PER_EPOCH; i < s->run.n_steps; i++) {
    ok &= report_log_step(f, &s->steps[i]);
    if ((i + 1) % STEPS_PER_EPOCH == 0) ok &= report_log_epoch(f, &s->epochs[i / STEPS_PER_EPOCH]);
  }
  ok &= report_log_eval(f, &s->run);
  ok &= report_log_finish(f, &s->run);
  fputs("{\"type\":\"step\",\"step\":99999,\"lo", f);
  EXPECT(ok, "report_log_* failed");
  fclose(f);
}

static void check_same(const ReportRun *a, const ReportRun *b) {
  EXPECT(strcmp(a->name, b->name) == 0, "name %s != %s", a->name, b->name);
  EXPECT(a->n_settings == b->n_settings, "settings %d != %d", a->n_settings, b->n_settings);
  for (int i = 0; i < a->n_settings && i < b->n_settings; i++)
    EXPECT(!strcmp(a->settings[i].key, b->settings[i].key) &&
               !strcmp(a->settings[i].value, b->settings[i].value),
           "setting %d", i);
  EXPECT(a->num_labels == b->num_labels && !strcmp(a->labels[1], b->labels[1]), "labels");
  EXPECT(!memcmp(&a->train, &b->train, sizeof a->train) &&
             !memcmp(&a->test, &b->test, sizeof a->test),
         "counts");
  EXPECT(a->n_steps == b->n_steps, "steps %lld != %lld", (long long)a->n_steps,
         (long long)b->n_steps);
  for (int64_t i = 0; i < a->n_steps && i < b->n_steps; i++)
    EXPECT(!memcmp(&a->steps[i], &b->steps[i], sizeof a->steps[i]), "step %lld", (long long)i);
  EXPECT(a->n_epochs == b->n_epochs, "epochs %d != %d", a->n_epochs, b->n_epochs);
  for (int i = 0; i < a->n_epochs && i < b->n_epochs; i++)
    EXPECT(!memcmp(&a->epochs[i], &b->epochs[i], sizeof a->epochs[i]), "epoch %d", i);
  EXPECT(b->confusion && !memcmp(a->confusion, b->confusion, 4 * sizeof *a->confusion),
         "confusion");
  EXPECT(a->n_samples == b->n_samples, "samples");
  for (int i = 0; i < a->n_samples && i < b->n_samples; i++)
    EXPECT(!strcmp(a->samples[i].text, b->samples[i].text) &&
               a->samples[i].label == b->samples[i].label &&
               a->samples[i].pred == b->samples[i].pred &&
               a->samples[i].confidence == b->samples[i].confidence,
           "sample %d", i);
  EXPECT(a->train_seconds == b->train_seconds && a->eval_seconds == b->eval_seconds &&
             a->sequences_per_second == b->sequences_per_second &&
             a->peak_memory_bytes == b->peak_memory_bytes,
         "timings");
}

// A log with `line` appended must fail to load with `want` in the message.
static void check_bad_log(const char *dir, const char *line, const char *want) {
  mkdir(dir, 0755);
  char path[4200], err[512] = "";
  snprintf(path, sizeof path, "%s/metrics.jsonl", dir);
  FILE *f = fopen(path, "w");
  fprintf(f, "{\"type\":\"run\",\"labels\":[\"부정\",\"긍정\"]}\n\n%s\n", line);
  fclose(f);
  ReportRun run;
  EXPECT(!report_load(&run, dir, err, sizeof err), "accepted %s", line);
  EXPECT(strstr(err, want), "%s\n  got      %s\n  expected ...%s", line, err, want);
}

static void test_bad_logs(const char *out) {
  char dir[4096], want[4200];
  snprintf(dir, sizeof dir, "%s/bad-log", out);
  check_bad_log(dir, "{\"type\":\"step\",\"step\":\"7\",\"loss\":1}",
                "metrics.jsonl:3:23: \"step\" must be a number, got string");
  check_bad_log(dir, "{\"type\":\"step\",\"loss\":1}", "metrics.jsonl:3:1: expected \"step\"");
  check_bad_log(dir, "{\"type\":\"epoch\",\"epoch\":1.5}", ":3:25: \"epoch\" must be an integer");
  check_bad_log(dir, "{\"type\":\"stepp\"}", ":3:9: unknown record type \"stepp\"");
  check_bad_log(dir, "{\"type\":\"step\",\"step\":1,\"loss\":1,}", ":3:34: trailing comma");
  check_bad_log(dir, "[1]", ":3:1: expected an object, got array");
  check_bad_log(dir, "{\"type\":\"eval\",\"confusion\":[[1,2],[3,4],[5,6]]}",
                ":3:28: the confusion matrix has 3 rows but the run has 2 labels");
  check_bad_log(dir, "{\"type\":\"eval\",\"confusion\":[[1,2],[3,-4]]}",
                ":3:38: confusion matrix counts must be integers >= 0");
  check_bad_log(dir,
                "{\"type\":\"eval\",\"confusion\":[[1,0],[0,1]],\"samples\":[{\"text\":\"a\","
                "\"label\":2,\"pred\":0,\"confidence\":0.5}]}",
                ":3:53: sample labels must be in [0, 2)");
  ReportRun run;
  char err[512];
  snprintf(want, sizeof want, "%s/missing/metrics.jsonl: cannot read it", out);
  snprintf(dir, sizeof dir, "%s/missing", out);
  EXPECT(!report_load(&run, dir, err, sizeof err) && strstr(err, want), "missing log: %s", err);
}

// ---- token classification ---------------------------------------------------------------

static const char *const TAGS[] = {"O", "B-PS", "I-PS", "B-LC", "I-LC"};
static const char *const NER_TEXTS[] = {"김민준 씨는 서울에서 일한다.", "<b>이서연</b> & 부산"};
// Sentence 0 right (a person, a place); sentence 1 wrong (the person missed in part, the
// place given the wrong type). Offsets are code points.
static const ReportSpan GOLD0[] = {{0, 3, "PS", NAN}, {7, 9, "LC", NAN}};
static const ReportSpan PRED0[] = {{0, 3, "PS", 0.97}, {7, 9, "LC", 0.88}};
static const ReportSpan GOLD1[] = {{3, 6, "PS", NAN}, {13, 15, "LC", NAN}};
static const ReportSpan PRED1[] = {{3, 5, "PS", 0.61}, {13, 15, "PS", 0.52}};
static const ReportTypeScore ENTITY_ROWS[] = {{"LC", 0.5, 0.5, 0.5, 2},
                                              {"PS", 0.5, 0.5, 0.5, 2},
                                              {"micro avg", 0.5, 0.5, 0.5, 4},
                                              {"macro avg", 0.5, 0.5, 0.5, 4},
                                              {"weighted avg", 0.5, 0.5, 0.5, 4}};

static ReportRun ner_run(ReportEpoch *epochs, ReportSample *samples, int64_t *cm) {
  for (int e = 0; e < 2; e++)
    epochs[e] = (ReportEpoch){.epoch = e + 1,
                              .train_loss = 0.9 - 0.3 * e,
                              .train_acc = 0.7 + 0.1 * e,
                              .test_loss = 0.8 - 0.2 * e,
                              .test_acc = 0.8 + 0.05 * e,
                              .test_f1 = 0.3 + 0.2 * e,
                              .test_char_f1 = 0.6 + 0.1 * e,
                              .test_exact_match = NAN,
                              .seconds = 5};
  samples[0] = (ReportSample){.text = NER_TEXTS[0],
                              .spans = true,
                              .gold = GOLD0,
                              .predicted = PRED0,
                              .n_gold = 2,
                              .n_predicted = 2};
  samples[1] = (ReportSample){.text = NER_TEXTS[1],
                              .spans = true,
                              .gold = GOLD1,
                              .predicted = PRED1,
                              .n_gold = 2,
                              .n_predicted = 2};
  for (int i = 0; i < 25; i++)
    cm[i] = i % 6 == 0 ? 40 + i : i % 7;
  return (ReportRun){.name = "ner",
                     .task = "token_classification",
                     .labels = TAGS,
                     .num_labels = 5,
                     .epochs = epochs,
                     .n_epochs = 2,
                     .confusion = cm,
                     .samples = samples,
                     .n_samples = 2,
                     .entity_scores = ENTITY_ROWS,
                     .n_entity_scores = 5,
                     .char_f1 = 0.7};
}

static bool same_spans(const ReportSpan *a, const ReportSpan *b, int n) {
  for (int i = 0; i < n; i++)
    if (a[i].start != b[i].start || a[i].end != b[i].end || strcmp(a[i].type, b[i].type) ||
        (isnan(a[i].score) ? !isnan(b[i].score) : a[i].score != b[i].score))
      return false;
  return true;
}

static char *html_of(const ReportRun *runs, int n);
static int count(const char *haystack, const char *needle);
static const char *unbalanced(const char *html, char *why, size_t why_size);
static void save(const char *path, const char *text);

// The NER run survives metrics.jsonl (task, F1 epochs, entity scores, span samples) and its page
// has the entity sections with the sample texts escaped. Writes OUT_DIR/ner.html.
static void test_ner(const char *out) {
  ReportEpoch epochs[2];
  ReportSample samples[2];
  int64_t cm[25];
  ReportRun run = ner_run(epochs, samples, cm), back;
  char dir[4096], path[4200], err[512] = "";
  snprintf(dir, sizeof dir, "%s/run-ner", out);
  mkdir(dir, 0755);
  snprintf(path, sizeof path, "%s/metrics.jsonl", dir);
  FILE *f = fopen(path, "w");
  bool ok = f && report_log_start(f, &run) && report_log_epoch(f, &epochs[0]) &&
            report_log_epoch(f, &epochs[1]) && report_log_eval(f, &run);
  EXPECT(ok && fclose(f) == 0, "cannot write %s", path);
  EXPECT(report_load(&back, dir, err, sizeof err), "load %s: %s", dir, err);
  EXPECT(back.task && !strcmp(back.task, "token_classification"), "task");
  EXPECT(back.n_epochs == 2 && !memcmp(back.epochs, epochs, sizeof epochs), "F1 epochs");
  EXPECT(back.n_entity_scores == 5 && back.char_f1 == 0.7, "entity scores, character F1");
  for (int i = 0; i < back.n_entity_scores && i < 5; i++)
    EXPECT(!strcmp(back.entity_scores[i].name, ENTITY_ROWS[i].name) &&
               back.entity_scores[i].f1 == ENTITY_ROWS[i].f1 &&
               back.entity_scores[i].support == ENTITY_ROWS[i].support,
           "entity row %d", i);
  EXPECT(back.n_samples == 2, "samples");
  for (int i = 0; i < back.n_samples && i < 2; i++)
    EXPECT(back.samples[i].spans && !strcmp(back.samples[i].text, NER_TEXTS[i]) &&
               back.samples[i].n_gold == 2 && back.samples[i].n_predicted == 2 &&
               same_spans(back.samples[i].gold, samples[i].gold, 2) &&
               same_spans(back.samples[i].predicted, samples[i].predicted, 2),
           "span sample %d", i);
  char *html = html_of(&back, 1);
  EXPECT(strstr(html, "Test entity F1") && strstr(html, "Entity scores") &&
             strstr(html, "Tag confusion") && strstr(html, "Character-level macro F1") &&
             strstr(html, "All entities right (1)") && strstr(html, "Some entities wrong (1)") &&
             strstr(html, "Test F1 per epoch"),
         "NER report sections");
  EXPECT(strstr(html, "&lt;b&gt;<mark") || strstr(html, "&lt;b&gt;"), "sample text escaped");
  EXPECT(!strstr(html, "<b>이서연"), "raw HTML of a sample text");
  EXPECT(count(html, "class=\"ent wrong\"") == 2 && count(html, "class=\"ent missed\"") == 2,
         "wrong predictions and missed entities flagged (%d, %d)",
         count(html, "class=\"ent wrong\""), count(html, "class=\"ent missed\""));
  char why[128];
  const char *problem = unbalanced(html, why, sizeof why);
  EXPECT(!problem, "ner.html: tags not balanced: %s", problem);
  snprintf(path, sizeof path, "%s/ner.html", out);
  save(path, html);
  free(html);
  report_run_free(&back);
}

// ---- question answering ------------------------------------------------------------------

static const char *const QA_CONTEXT =
    "세종은 1397년 한양에서 태어났다. <i>1443년</i>에 훈민정음을 창제하였다.";
static const char *const QA_QUESTIONS[] = {"세종이 태어난 해는?", "훈민정음을 창제한 해는?"};
// Question 0 answered exactly, question 1 given the wrong year. Offsets are code points.
static const ReportSpan QA_GOLD0[] = {{4, 9, "answer", NAN}};
static const ReportSpan QA_PRED0[] = {{4, 9, "answer", 9.25}};
static const ReportSpan QA_GOLD1[] = {{24, 29, "answer", NAN}, {24, 28, "answer", NAN}};
static const ReportSpan QA_PRED1[] = {{4, 9, "answer", 3.5}};
static const char *const QA_LENGTH_BINS[] = {"0", "1-5", "6+"};
static const int64_t QA_GOLD_LENGTHS[] = {0, 2, 0}, QA_PRED_LENGTHS[] = {1, 1, 0};

// The QA run survives metrics.jsonl (EM/F1 epochs, question samples, histograms) and its page
// has the QA sections: the histograms and the questions with their answers marked, escaped.
static void test_qa(const char *out) {
  ReportEpoch epochs[2];
  for (int e = 0; e < 2; e++)
    epochs[e] = (ReportEpoch){.epoch = e + 1,
                              .train_loss = 4 - e,
                              .train_acc = 0.1,
                              .test_loss = 3.5 - e,
                              .test_acc = 0.2,
                              .test_f1 = 0.3 + 0.2 * e,
                              .test_char_f1 = NAN,
                              .test_exact_match = 0.1 + 0.2 * e,
                              .seconds = 5};
  ReportSample samples[2] = {{.text = QA_CONTEXT,
                              .spans = true,
                              .gold = QA_GOLD0,
                              .n_gold = 1,
                              .predicted = QA_PRED0,
                              .n_predicted = 1,
                              .question = QA_QUESTIONS[0],
                              .exact = 1,
                              .f1 = 1},
                             {.text = QA_CONTEXT,
                              .spans = true,
                              .gold = QA_GOLD1,
                              .n_gold = 2,
                              .predicted = QA_PRED1,
                              .n_predicted = 1,
                              .question = QA_QUESTIONS[1],
                              .exact = 0,
                              .f1 = 0.25}};
  ReportHistogram hist = {"Answer length (characters)", 3, QA_LENGTH_BINS, QA_GOLD_LENGTHS,
                          QA_PRED_LENGTHS};
  ReportRun run = {.name = "qa",
                   .task = "question_answering",
                   .epochs = epochs,
                   .n_epochs = 2,
                   .samples = samples,
                   .n_samples = 2,
                   .char_f1 = NAN,
                   .histograms = &hist,
                   .n_histograms = 1},
            back;
  char dir[4096], path[4200], err[512] = "";
  snprintf(dir, sizeof dir, "%s/run-qa", out);
  mkdir(dir, 0755);
  snprintf(path, sizeof path, "%s/metrics.jsonl", dir);
  FILE *f = fopen(path, "w");
  bool ok = f && report_log_start(f, &run) && report_log_epoch(f, &epochs[0]) &&
            report_log_epoch(f, &epochs[1]) && report_log_eval(f, &run);
  EXPECT(ok && fclose(f) == 0, "cannot write %s", path);
  EXPECT(report_load(&back, dir, err, sizeof err), "load %s: %s", dir, err);
  EXPECT(back.n_epochs == 2 && !memcmp(back.epochs, epochs, sizeof epochs), "EM/F1 epochs");
  EXPECT(back.n_histograms == 1 && back.histograms[0].n == 3 &&
             !strcmp(back.histograms[0].name, hist.name) &&
             !strcmp(back.histograms[0].bins[1], "1-5") &&
             !memcmp(back.histograms[0].gold, QA_GOLD_LENGTHS, sizeof QA_GOLD_LENGTHS) &&
             !memcmp(back.histograms[0].pred, QA_PRED_LENGTHS, sizeof QA_PRED_LENGTHS),
         "histogram");
  EXPECT(back.n_samples == 2, "samples");
  for (int i = 0; i < back.n_samples && i < 2; i++)
    EXPECT(back.samples[i].question && !strcmp(back.samples[i].question, QA_QUESTIONS[i]) &&
               !strcmp(back.samples[i].text, QA_CONTEXT) &&
               back.samples[i].n_gold == samples[i].n_gold &&
               same_spans(back.samples[i].gold, samples[i].gold, samples[i].n_gold) &&
               same_spans(back.samples[i].predicted, samples[i].predicted, 1) &&
               back.samples[i].exact == samples[i].exact && back.samples[i].f1 == samples[i].f1,
           "question sample %d", i);
  char *html = html_of(&back, 1);
  EXPECT(strstr(html, "Test EM and F1 per epoch") && strstr(html, "Exact match and F1") &&
             strstr(html, "Answer lengths and positions") &&
             strstr(html, "Answer length (characters)") && strstr(html, "Exact answers (1)") &&
             strstr(html, "Wrong or partial answers (1)") && strstr(html, "F1 25.00"),
         "QA report sections");
  EXPECT(strstr(html, "<mark class=\"answer\" title=\"score 9.25\">1397년</mark>") &&
             strstr(html, "<mark class=\"answer wrong\" title=\"score 3.50\">1397년</mark>") &&
             strstr(html, "<mark class=\"gold\">1443년</mark>"),
         "answers marked in their contexts");
  EXPECT(strstr(html, "&lt;i&gt;") && !strstr(html, "<i>1443"), "context escaped");
  EXPECT(count(html, "<title>gold: 2</title>") == 1 &&
             count(html, "<title>predicted: 1</title>") == 2,
         "histogram bars");
  char why[128];
  const char *problem = unbalanced(html, why, sizeof why);
  EXPECT(!problem, "qa.html: tags not balanced: %s", problem);
  snprintf(path, sizeof path, "%s/qa.html", out);
  save(path, html);
  free(html);
  report_run_free(&back);
}

static char *html_of(const ReportRun *runs, int n) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  report_html(f, runs, n);
  fclose(f);
  return text;
}

static int count(const char *haystack, const char *needle) {
  int n = 0;
  for (const char *p = haystack; (p = strstr(p, needle)); p++)
    n++;
  return n;
}

// Every element opened is closed in order (void elements and "/>" excepted); the contents of
// <style> are skipped. Returns NULL when balanced, else what went wrong.
static const char *unbalanced(const char *html, char *why, size_t why_size) {
  static const char *const VOID[] = {"meta", "br", "hr", "img", "input", "link", "col", "wbr"};
  char stack[256][16];
  int depth = 0;
  for (const char *p = html; (p = strchr(p, '<'));) {
    if (!strncmp(p, "<!", 2)) {
      p++;
      continue;
    }
    const char *end = strchr(p, '>');
    if (!end) return "a tag is never closed with '>'";
    bool closing = p[1] == '/', self = end[-1] == '/';
    char name[16];
    size_t n = strspn(p + 1 + closing, "abcdefghijklmnopqrstuvwxyz0123456789");
    snprintf(name, sizeof name, "%.*s", (int)n, p + 1 + closing);
    bool is_void = false;
    for (size_t i = 0; i < sizeof VOID / sizeof *VOID; i++)
      is_void |= !strcmp(name, VOID[i]);
    if (closing) {
      if (depth == 0 || strcmp(stack[depth - 1], name) != 0) {
        snprintf(why, why_size, "</%s> closes <%s>", name, depth ? stack[depth - 1] : "nothing");
        return why;
      }
      depth--;
    } else if (!self && !is_void) {
      if (depth == 256) return "nesting too deep";
      memcpy(stack[depth++], name, sizeof name);
      if (!strcmp(name, "style")) end = strstr(end, "</style>") - 1;
    }
    p = end + 1;
  }
  if (depth) {
    snprintf(why, why_size, "<%s> is never closed", stack[depth - 1]);
    return why;
  }
  return NULL;
}

static void check_html(const char *what, const char *html, int min_svgs) {
  char why[128];
  const char *problem = unbalanced(html, why, sizeof why);
  EXPECT(!strncmp(html, "<!DOCTYPE html>", 15), "%s: doctype", what);
  EXPECT(!problem, "%s: tags not balanced: %s", what, problem);
  EXPECT(count(html, "<svg viewBox") + count(html, "<svg class=\"cm\"") >= min_svgs,
         "%s: %d charts, expected at least %d", what, count(html, "<svg viewBox"), min_svgs);
  EXPECT(!strstr(html, "<script") && !strstr(html, "http:") && !strstr(html, "https:") &&
             !strstr(html, "url(") && !strstr(html, "@import") && !strstr(html, "<link") &&
             !strstr(html, "<img") && !strstr(html, "src="),
         "%s: loads something (a script, a URL or an external resource)", what);
  EXPECT(strstr(html, "부정") && strstr(html, "긍정"), "%s: label names", what);
  EXPECT(!strstr(html, "nan") && !strstr(html, "inf<"), "%s: prints a NaN or an infinity", what);
}

static void save(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  EXPECT(f && fputs(text, f) >= 0 && fclose(f) == 0, "cannot write %s", path);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: report_test OUT_DIR\n");
    return 2;
  }
  const char *out = argv[1];
  mkdir(out, 0755);
  static Synthetic runs[3];
  const char *names[3] = {"full", "feature_extraction", "gradual_unfreezing"};
  const double quality[3] = {1.0, 0.55, 0.85};
  ReportRun loaded[3];
  for (int i = 0; i < 3; i++) {
    char dir[4096], err[512] = "";
    snprintf(dir, sizeof dir, "%s/run-%s", out, names[i]);
    synthesize(&runs[i], names[i], quality[i], 7 + (uint32_t)i);
    log_run(dir, &runs[i]);
    EXPECT(report_load(&loaded[i], dir, err, sizeof err), "load %s: %s", dir, err);
    check_same(&runs[i].run, &loaded[i]);
  }

  char *single = html_of(&loaded[0], 1);
  check_html("report.html", single, 5);
  EXPECT(strstr(single, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes"),
         "sample text is HTML-escaped");
  EXPECT(strstr(single, "Learning curves") && strstr(single, "Confusion matrix") &&
             strstr(single, "Classification report") && strstr(single, "Sample predictions") &&
             strstr(single, "Settings") && strstr(single, "empty dropped") &&
             strstr(single, "peak memory") && strstr(single, "Wrong (3)"),
         "report.html sections");
  char path[4096], err[512];
  snprintf(path, sizeof path, "%s/report.html", out);
  EXPECT(report_write(path, loaded, 1, err, sizeof err), "report_write: %s", err);
  char *compare = html_of(loaded, 3);
  check_html("compare.html", compare, 7);
  EXPECT(strstr(compare, "Comparison") && count(compare, "feature_extraction") >= 4,
         "compare.html names every run");
  snprintf(path, sizeof path, "%s/compare.html", out);
  save(path, compare);
  EXPECT(!report_write("/nonexistent-dir/report.html", loaded, 1, err, sizeof err) &&
             strstr(err, "cannot write /nonexistent-dir/report.html"),
         "unwritable report: %s", err);

  ReportRun empty = {.name = "just started", .labels = LABELS, .num_labels = 2};
  char *fresh = html_of(&empty, 1);
  check_html("report.html before any epoch", fresh, 0);
  EXPECT(strstr(fresh, "No data yet") && strstr(fresh, "No evaluation yet"), "empty states");

  test_bad_logs(out);
  test_ner(out);
  test_qa(out);
  for (int i = 0; i < 3; i++)
    report_run_free(&loaded[i]);
  free(single);
  free(compare);
  free(fresh);
  if (failures) {
    fprintf(stderr, "report_test: %d failure(s)\n", failures);
    return 1;
  }
  printf("report_test: ok (%s/report.html, %s/compare.html)\n", out, out);
  return 0;
}
