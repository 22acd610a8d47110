// report_html.c — report.html: one run's page or the comparison of several (report.h).
#include "report_html.h"
#include "report.h"
#include "rt_util.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "metrics.h"

static void *zalloc(size_t count, size_t size) {
  return memset(rt_grow(NULL, count * size), 0, count * size);
}

// ---- report.html: text ---------------------------------------------------------------------

// Distinct colours for overlaid runs; train/test use the first two.
static const char *const PALETTE[] = {"#2563eb", "#ea580c", "#16a34a", "#9333ea",
                                      "#dc2626", "#0891b2", "#ca8a04", "#db2777"};
enum { N_PALETTE = sizeof PALETTE / sizeof *PALETTE };

static const char *color_of(int i) {
  return PALETTE[i % N_PALETTE];
}

// Writes s with & < > " ' escaped, at most max_points code points (0: all), "…" after a cut.
void esc_n(FILE *out, const char *s, int max_points) {
  int points = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80 && max_points && points++ == max_points) {
      fputs("…", out);
      return;
    }
    switch (*p) {
    case '&':
      fputs("&amp;", out);
      break;
    case '<':
      fputs("&lt;", out);
      break;
    case '>':
      fputs("&gt;", out);
      break;
    case '"':
      fputs("&quot;", out);
      break;
    case '\'':
      fputs("&#39;", out);
      break;
    default:
      fputc(*p, out);
    }
  }
}

void esc(FILE *out, const char *s) {
  esc_n(out, s, 0);
}

size_t byte_of(const char *s, int64_t cp) {
  size_t i = 0;
  for (int64_t n = 0; s[i]; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80 && n++ == cp) return i;
  return i;
}

void esc_bytes(FILE *out, const char *s, size_t begin, size_t end) {
  char buf[512];
  while (begin < end) {
    size_t n = end - begin < sizeof buf - 1 ? end - begin : sizeof buf - 1;
    while (n > 1 && begin + n < end && ((unsigned char)s[begin + n] & 0xC0) == 0x80)
      n--; // whole code points per piece
    memcpy(buf, s + begin, n);
    buf[n] = '\0';
    esc(out, buf);
    begin += n;
  }
}

void fmt_percent(char *buf, size_t n, double x) {
  if (isnan(x))
    snprintf(buf, n, "–");
  else
    snprintf(buf, n, "%.2f%%", 100 * x);
}

void fmt_fixed(char *buf, size_t n, double x, int digits) {
  if (isnan(x))
    snprintf(buf, n, "–");
  else
    snprintf(buf, n, "%.*f", digits, x);
}

static void fmt_duration(char *buf, size_t n, double s) {
  if (!(s > 0))
    snprintf(buf, n, "–");
  else if (s < 60)
    snprintf(buf, n, "%.1f s", s);
  else if (s < 3600)
    snprintf(buf, n, "%d min %02d s", (int)s / 60, (int)s % 60);
  else
    snprintf(buf, n, "%d h %02d min", (int)(s / 3600), (int)s % 3600 / 60);
}

static void fmt_bytes(char *buf, size_t n, int64_t b) {
  if (b <= 0)
    snprintf(buf, n, "–");
  else if (b < (int64_t)1 << 30)
    snprintf(buf, n, "%.0f MiB", (double)b / (1 << 20));
  else
    snprintf(buf, n, "%.2f GiB", (double)b / (1 << 30));
}

static void fmt_rate(char *buf, size_t n, double r) {
  if (!(r > 0))
    snprintf(buf, n, "–");
  else
    snprintf(buf, n, "%.*f seq/s", r < 100 ? 1 : 0, r);
}

static void fmt_count(char *buf, size_t n, int64_t c) {
  char digits[32];
  int len = snprintf(digits, sizeof digits, "%lld", (long long)c), o = 0;
  for (int i = 0; i < len && (size_t)o + 2 < n; i++) {
    if (i > 0 && digits[i - 1] != '-' && (len - i) % 3 == 0) buf[o++] = ',';
    buf[o++] = digits[i];
  }
  buf[o] = '\0';
}

// ---- report.html: run figures --------------------------------------------------------------

static double epoch_test_acc(const ReportEpoch *e) {
  return e->test_acc;
}
static double epoch_train_acc(const ReportEpoch *e) {
  return e->train_acc;
}
static double epoch_test_f1(const ReportEpoch *e) {
  return e->test_f1;
}
static double epoch_test_char_f1(const ReportEpoch *e) {
  return e->test_char_f1;
}
static double epoch_test_exact_match(const ReportEpoch *e) {
  return e->test_exact_match;
}

// A per-epoch figure drawn in the learning curves.
typedef struct {
  const char *name;
  double (*of)(const ReportEpoch *e);
} Figure;

// What a task's runs show: its headline figure and its evaluation sections.
typedef struct {
  const char *task;   // ReportRun.task; NULL: sequence classification
  const char *metric; // "accuracy": names the headline figure
  const char *card;   // its card's title
  double (*epoch_metric)(const ReportEpoch *e);
  double (*final_metric)(const ReportRun *r); // of the last evaluation
  Figure curve[2];                            // the second chart's lines: dashed, solid
  const char *chart, *compare_chart, *y_label;
  void (*evaluation)(FILE *out, const ReportRun *r);
  void (*samples)(FILE *out, const ReportRun *r); // NULL: none
} View;

static double final_accuracy(const ReportRun *r);
static void evaluation(FILE *out, const ReportRun *r);
static void samples(FILE *out, const ReportRun *r);

static const View VIEWS[] = {
    {NULL,
     "accuracy",
     "Test accuracy",
     epoch_test_acc,
     final_accuracy,
     {{"train", epoch_train_acc}, {"test", epoch_test_acc}},
     "Accuracy per epoch",
     "Accuracy per epoch: test (solid), train (dashed)",
     "accuracy",
     evaluation,
     samples},
    {"token_classification",
     "entity F1",
     "Test entity F1",
     epoch_test_f1,
     report_ner_final_f1,
     {{"character F1", epoch_test_char_f1}, {"entity F1", epoch_test_f1}},
     "Test F1 per epoch",
     "Test F1 per epoch: entity (solid), character (dashed)",
     "F1",
     report_ner_evaluation,
     report_ner_samples},
    {"question_answering",
     "F1",
     "Test F1",
     epoch_test_f1,
     report_qa_final_f1,
     {{"exact match", epoch_test_exact_match}, {"F1", epoch_test_f1}},
     "Test EM and F1 per epoch",
     "Test F1 (solid) and exact match (dashed) per epoch",
     "score",
     report_qa_evaluation,
     report_qa_samples},
    {"masked_lm",
     "masked-token accuracy",
     "Test masked-token accuracy",
     epoch_test_acc,
     final_accuracy,
     {{"train", epoch_train_acc}, {"test", epoch_test_acc}},
     "Masked-token accuracy per epoch",
     "Masked-token accuracy per epoch: test (solid), train (dashed)",
     "accuracy",
     report_mlm_evaluation,
     NULL},
};

static const View *view_of(const ReportRun *r) {
  for (size_t i = 1; i < sizeof VIEWS / sizeof VIEWS[0]; i++)
    if (r->task && strcmp(r->task, VIEWS[i].task) == 0) return &VIEWS[i];
  return &VIEWS[0];
}

// The epoch with the best headline figure (the highest test accuracy), or -1.
static int best_epoch(const ReportRun *r) {
  const View *v = view_of(r);
  int best = -1;
  for (int i = 0; i < r->n_epochs; i++)
    if (!isnan(v->epoch_metric(&r->epochs[i])) &&
        (best < 0 || v->epoch_metric(&r->epochs[i]) > v->epoch_metric(&r->epochs[best])))
      best = i;
  return best;
}

// Accuracy of the last evaluation: the confusion matrix, else the last epoch's.
static double final_accuracy(const ReportRun *r) {
  if (r->confusion) {
    int64_t total = 0, correct = 0;
    for (int t = 0; t < r->num_labels; t++)
      for (int p = 0; p < r->num_labels; p++) {
        total += r->confusion[t * r->num_labels + p];
        correct += t == p ? r->confusion[t * r->num_labels + p] : 0;
      }
    return total ? (double)correct / (double)total : NAN;
  }
  return r->n_epochs ? r->epochs[r->n_epochs - 1].test_acc : NAN;
}

static double final_test_loss(const ReportRun *r) {
  return r->n_epochs ? r->epochs[r->n_epochs - 1].test_loss : NAN;
}

typedef struct {
  double *epoch, *train_loss, *test_loss, *figure[2]; // [n_epochs] figure: the view's curve
  double *step, *loss, *smoothed, *lr;                // [n_steps]
  double *marks, *mark_epochs; // first step of each epoch after the first, and its epoch
  int n_marks;
} Curves;

static Curves curves_of(const ReportRun *r) {
  Curves c;
  size_t e = (size_t)r->n_epochs, s = (size_t)r->n_steps;
  double *mem = rt_grow(NULL, (5 * e + 6 * s) * sizeof *mem), *m = mem + 5 * e;
  c = (Curves){mem,
               mem + e,
               mem + 2 * e,
               {mem + 3 * e, mem + 4 * e},
               m,
               m + s,
               m + 2 * s,
               m + 3 * s,
               m + 4 * s,
               m + 5 * s,
               0};
  const View *v = view_of(r);
  for (size_t i = 0; i < e; i++) {
    c.epoch[i] = (double)r->epochs[i].epoch;
    c.train_loss[i] = r->epochs[i].train_loss;
    c.test_loss[i] = r->epochs[i].test_loss;
    for (int f = 0; f < 2; f++)
      c.figure[f][i] = v->curve[f].of(&r->epochs[i]);
  }
  for (size_t i = 0; i < s; i++) {
    c.step[i] = (double)r->steps[i].step;
    c.loss[i] = r->steps[i].loss;
    c.lr[i] = r->steps[i].lr;
    if (i > 0 && r->steps[i].epoch > r->steps[i - 1].epoch) {
      c.marks[c.n_marks] = c.step[i];
      c.mark_epochs[c.n_marks++] = (double)r->steps[i].epoch;
    }
  }
  smooth(c.smoothed, c.loss, r->n_steps);
  return c;
}

static void curves_free(Curves *c) {
  free(c->epoch);
}

static Series line(const char *name, const char *color, const double *x, const double *y, int64_t n,
                   bool dashed, bool markers) {
  return (Series){name, color, x, y, n, 2.25, 1.0, dashed, markers};
}

// ---- report.html: sections -------------------------------------------------------------------

static const char CSS[] =
    ":root{--fg:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f4f5f7;--card:#fff}"
    "*{box-sizing:border-box}"
    "body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK KR','Apple SD Gothic Neo','Malgun Gothic',"
    "sans-serif}"
    "main{max-width:1160px;margin:0 auto;padding:32px 24px 40px}"
    "header{margin:0 0 18px}"
    ".kicker{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);"
    "font-weight:600}"
    "h1{font-size:30px;line-height:1.2;margin:4px 0 4px;letter-spacing:-.01em}"
    ".sub{color:var(--muted);margin:0}"
    "h2{font-size:17px;margin:0 0 14px}"
    "h3{font-size:14px;margin:18px 0 8px;color:#374151}"
    "section{background:var(--card);border:1px solid var(--line);border-radius:12px;"
    "padding:20px 22px;margin:14px 0}"
    ".cols{display:grid;grid-template-columns:1fr 1fr;gap:18px 28px}"
    ".cards{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:14px 0}"
    ".card{background:var(--card);border:1px solid var(--line);border-radius:12px;"
    "padding:14px 16px}"
    ".card .k{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;"
    "font-weight:600}"
    ".card .v{font-size:25px;font-weight:650;margin:2px 0;font-variant-numeric:tabular-nums}"
    ".card .d{font-size:12.5px;color:var(--muted)}"
    "figure{margin:0}"
    "figcaption{font-weight:600;font-size:14px}"
    ".legend{display:flex;flex-wrap:wrap;gap:2px 16px;font-size:12.5px;color:#4b5563;"
    "margin:2px 0 4px;min-height:20px}"
    ".legend span{display:inline-flex;align-items:center;gap:6px}"
    ".legend svg{display:inline;width:26px}"
    "svg{display:block;width:100%;height:auto}"
    "svg text{font-family:inherit}"
    ".gl{stroke:#eceef1}.axis{stroke:#9ca3af}"
    ".tick{font-size:11.5px;fill:#6b7280;font-variant-numeric:tabular-nums}"
    ".alabel{font-size:12.5px;fill:#4b5563}"
    ".mark{stroke:#d1d5db;stroke-dasharray:3 3}.marklabel{font-size:10.5px;fill:#9ca3af}"
    ".cm{margin:0 auto}.cm text{fill:#374151}.cm .cell{font-weight:650}.cm .pct{font-size:11px}"
    ".cm .light{fill:#fff}"
    "table{border-collapse:collapse;width:100%;font-size:14px}"
    "th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;"
    "vertical-align:middle}"
    "th{font-size:11.5px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;"
    "font-weight:600}"
    ".n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "tr.sep td{border-top:2px solid var(--line)}"
    ".kv td:first-child{color:var(--muted);width:42%}"
    ".mono{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:13px;"
    "word-break:break-all}"
    "tr.diff td{background:#fffbeb}"
    ".tag{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12.5px;"
    "font-weight:600;background:#f1f5f9;color:#334155;white-space:nowrap}"
    ".tag.ok{background:#dcfce7;color:#166534}.tag.bad{background:#fee2e2;color:#991b1b}"
    ".conf{white-space:nowrap;font-variant-numeric:tabular-nums;font-size:13px;color:#4b5563}"
    ".bar{display:inline-block;vertical-align:middle;width:84px;height:8px;border-radius:4px;"
    "background:#eceef1;margin-right:8px;overflow:hidden}"
    ".bar i{display:block;height:100%;border-radius:4px}"
    ".lab{width:104px}.cw{width:170px}"
    "th.run{text-transform:none;letter-spacing:0;font-size:13.5px;color:var(--fg)}"
    ".swatch{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:8px}"
    ".best{font-weight:700}"
    ".empty{color:var(--muted);font-style:italic;margin:8px 0}"
    ".ent{padding:1px 4px;border-radius:5px;border:1.5px solid;line-height:1.9}"
    ".ent sub{font-size:10px;font-weight:600;margin-left:3px;vertical-align:baseline}"
    ".ent.wrong{outline:2px solid #dc2626;outline-offset:1px}.ent.missed{border-style:dashed}"
    "mark.gold,mark.answer{padding:1px 3px;border-radius:4px;line-height:1.9}"
    "mark.gold{background:#e2e8f0}mark.answer{background:#dbeafe;outline:2px solid #2563eb}"
    "mark.answer.wrong{background:#fee2e2;outline-color:#dc2626}"
    ".sents td{vertical-align:top}.sents tr.pred td{border-bottom:1px solid var(--line)}"
    ".note{color:var(--muted);font-size:12.5px;margin:8px 0 0}"
    "footer{color:var(--muted);font-size:12.5px;text-align:center;margin-top:22px}";

static void page_start(FILE *out, const char *title) {
  fputs("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        out);
  esc(out, title);
  fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", CSS);
}

static void page_end(FILE *out) {
  fputs("<footer>Written by bertc. This page is self-contained: no scripts, no external "
        "resources.</footer>\n</main>\n</body>\n</html>\n",
        out);
}

static void card(FILE *out, const char *key, const char *value, const char *detail) {
  fprintf(out,
          "<div class=\"card\"><div class=\"k\">%s</div><div class=\"v\">%s</div>"
          "<div class=\"d\">%s</div></div>\n",
          key, value, detail);
}

static void cards(FILE *out, const ReportRun *r) {
  char v[64], d[96], a[32];
  const View *view = view_of(r);
  int best = best_epoch(r);
  fputs("<div class=\"cards\">\n", out);
  fmt_percent(v, sizeof v, view->final_metric(r));
  if (best >= 0) {
    fmt_percent(a, sizeof a, view->epoch_metric(&r->epochs[best]));
    snprintf(d, sizeof d, "best %s at epoch %lld", a, (long long)r->epochs[best].epoch);
  } else {
    snprintf(d, sizeof d, "on the test set");
  }
  card(out, view->card, v, d);
  fmt_fixed(v, sizeof v, final_test_loss(r), 4);
  fmt_fixed(a, sizeof a, r->n_epochs ? r->epochs[r->n_epochs - 1].train_loss : NAN, 4);
  snprintf(d, sizeof d, "train loss %s", a);
  card(out, "Test loss", v, d);
  fmt_duration(v, sizeof v, r->train_seconds);
  fmt_count(a, sizeof a, r->n_steps ? r->steps[r->n_steps - 1].step : 0);
  snprintf(d, sizeof d, "%d epoch%s, %s steps", r->n_epochs, r->n_epochs == 1 ? "" : "s", a);
  card(out, "Training time", v, d);
  fmt_rate(v, sizeof v, r->sequences_per_second);
  card(out, "Throughput", v, "while training");
  fmt_bytes(v, sizeof v, r->peak_memory_bytes);
  card(out, "Peak memory", v, "resident set size");
  fputs("</div>\n", out);
}

static void run_curves(FILE *out, const ReportRun *r) {
  Curves c = curves_of(r);
  fputs("<section>\n<h2>Learning curves</h2>\n<div class=\"cols\">\n", out);
  Series loss[] = {line("train", color_of(0), c.epoch, c.train_loss, r->n_epochs, false, true),
                   line("test", color_of(1), c.epoch, c.test_loss, r->n_epochs, false, true)};
  line_chart(out,
             &(Chart){.title = "Loss per epoch",
                      .x_label = "epoch",
                      .y_label = "cross-entropy loss",
                      .integer_x = true},
             loss, 2);
  const View *v = view_of(r);
  Series acc[] = {
      line(v->curve[0].name, color_of(0), c.epoch, c.figure[0], r->n_epochs, false, true),
      line(v->curve[1].name, color_of(1), c.epoch, c.figure[1], r->n_epochs, false, true)};
  line_chart(out,
             &(Chart){.title = v->chart,
                      .x_label = "epoch",
                      .y_label = v->y_label,
                      .percent = true,
                      .integer_x = true},
             acc, 2);
  Series steps[] = {{"loss", color_of(0), c.step, c.loss, r->n_steps, 1.0, 0.28, false, false},
                    line("smoothed", color_of(0), c.step, c.smoothed, r->n_steps, false, false)};
  line_chart(out,
             &(Chart){.title = "Training loss per step",
                      .x_label = "step",
                      .y_label = "loss",
                      .marks = c.marks,
                      .mark_epochs = c.mark_epochs,
                      .n_marks = c.n_marks},
             steps, 2);
  Series lr[] = {line("learning rate", color_of(2), c.step, c.lr, r->n_steps, false, false)};
  line_chart(out,
             &(Chart){.title = "Learning rate schedule",
                      .x_label = "step",
                      .y_label = "learning rate",
                      .marks = c.marks,
                      .mark_epochs = c.mark_epochs,
                      .n_marks = c.n_marks},
             lr, 1);
  fputs("</div>\n</section>\n", out);
  curves_free(&c);
}

// Curves of several runs overlaid, one colour per run.
static void compare_curves(FILE *out, const ReportRun *runs, int n) {
  Curves *c = zalloc((size_t)n, sizeof *c);
  Series *s = zalloc((size_t)(2 * n), sizeof *s);
  for (int i = 0; i < n; i++)
    c[i] = curves_of(&runs[i]);
  fputs("<section>\n<h2>Learning curves</h2>\n<div class=\"cols\">\n", out);
  for (int i = 0; i < n; i++) {
    s[2 * i] =
        line(runs[i].name, color_of(i), c[i].epoch, c[i].figure[1], runs[i].n_epochs, false, true);
    s[2 * i + 1] =
        line(NULL, color_of(i), c[i].epoch, c[i].figure[0], runs[i].n_epochs, true, false);
  }
  const View *v = view_of(&runs[0]);
  line_chart(out,
             &(Chart){.title = v->compare_chart,
                      .x_label = "epoch",
                      .y_label = v->y_label,
                      .percent = true,
                      .integer_x = true},
             s, 2 * n);
  for (int i = 0; i < n; i++) {
    s[2 * i].y = c[i].test_loss;
    s[2 * i + 1].y = c[i].train_loss;
  }
  line_chart(out,
             &(Chart){.title = "Loss per epoch: test (solid), train (dashed)",
                      .x_label = "epoch",
                      .y_label = "cross-entropy loss",
                      .integer_x = true},
             s, 2 * n);
  for (int i = 0; i < n; i++)
    s[i] = line(runs[i].name, color_of(i), c[i].step, c[i].smoothed, runs[i].n_steps, false, false);
  line_chart(
      out,
      &(Chart){.title = "Training loss per step (smoothed)", .x_label = "step", .y_label = "loss"},
      s, n);
  for (int i = 0; i < n; i++)
    s[i].y = c[i].lr;
  line_chart(
      out,
      &(Chart){.title = "Learning rate schedule", .x_label = "step", .y_label = "learning rate"}, s,
      n);
  fputs("</div>\n</section>\n", out);
  for (int i = 0; i < n; i++)
    curves_free(&c[i]);
  free(c);
  free(s);
}

// Row-normalised heatmap of the confusion matrix, counts and row shares in the cells.
void heatmap(FILE *out, const ReportRun *r) {
  int k = r->num_labels, cell = k <= 3 ? 96 : k <= 6 ? 72 : k <= 12 ? 44 : 26, name_w = 0;
  for (int i = 0; i < k; i++)
    name_w =
        metrics_code_points(r->labels[i]) > name_w ? metrics_code_points(r->labels[i]) : name_w;
  name_w = name_w * 8 + 14 < 150 ? name_w * 8 + 14 : 150;
  bool rotate = k > 6;
  int left = 34 + name_w, top = 6, g = k * cell, below = rotate ? name_w : 26;
  int width = left + g + 8, height = top + g + below + 30;
  fprintf(out,
          "<svg class=\"cm\" viewBox=\"0 0 %d %d\" style=\"max-width:%dpx\" role=\"img\" "
          "aria-label=\"confusion matrix\">\n",
          width, height, width);
  for (int t = 0; t < k; t++) {
    int64_t row = 0;
    for (int p = 0; p < k; p++)
      row += r->confusion[t * k + p];
    for (int p = 0; p < k; p++) {
      int64_t v = r->confusion[t * k + p];
      double share = row ? (double)v / (double)row : 0;
      int x = left + p * cell, y = top + t * cell;
      fprintf(out,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(%d,%d,%d)\" "
              "stroke=\"#fff\" stroke-width=\"2\"/>",
              x, y, cell, cell, (int)(241 - 211 * share), (int)(245 - 181 * share),
              (int)(249 - 74 * share));
      const char *light = share > 0.5 ? " light" : "";
      if (cell >= 44) {
        fprintf(out,
                "<text class=\"cell%s\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                "font-size=\"%d\">%lld</text><text class=\"pct%s\" x=\"%d\" y=\"%d\" "
                "text-anchor=\"middle\">%.1f%%</text>",
                light, x + cell / 2, y + cell / 2 + 1, cell >= 72 ? 17 : 13, (long long)v, light,
                x + cell / 2, y + cell / 2 + 17, 100 * share);
      }
      fputc('\n', out);
    }
    fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">", left - 8,
            top + t * cell + cell / 2 + 4);
    esc_n(out, r->labels[t], 16);
    fputs("</text>\n", out);
  }
  for (int p = 0; p < k; p++) {
    int x = left + p * cell + cell / 2, y = top + g + 18;
    if (rotate)
      fprintf(out,
              "<text transform=\"translate(%d %d) rotate(-45)\" text-anchor=\"end\" "
              "font-size=\"12\">",
              x + 4, y - 8);
    else
      fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">", x, y);
    esc_n(out, r->labels[p], 16);
    fputs("</text>\n", out);
  }
  fprintf(out,
          "<text class=\"alabel\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">predicted label"
          "</text><text class=\"alabel\" transform=\"translate(14 %d) rotate(-90)\" "
          "text-anchor=\"middle\">true label</text>\n</svg>\n",
          left + g / 2, height - 6, top + g / 2);
}

static void score_row(FILE *out, const char *name, const ClassScore *s, const char *cls) {
  fprintf(out, "<tr%s><td>", cls);
  esc(out, name);
  fprintf(out,
          "</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td>"
          "<td class=\"n\">%lld</td></tr>\n",
          s->precision, s->recall, s->f1, (long long)s->support);
}

static void evaluation(FILE *out, const ReportRun *r) {
  fputs("<section>\n<div class=\"cols\">\n<div>\n<h2>Confusion matrix</h2>\n", out);
  if (!r->confusion) {
    fputs("<p class=\"empty\">No evaluation yet.</p>\n</div>\n</div>\n</section>\n", out);
    return;
  }
  heatmap(out, r);
  fputs("<p class=\"note\">Rows are true labels; shading is the share of each true label's "
        "examples.</p>\n</div>\n<div>\n<h2>Classification report</h2>\n<table>\n"
        "<tr><th></th><th class=\"n\">precision</th><th class=\"n\">recall</th>"
        "<th class=\"n\">f1-score</th><th class=\"n\">support</th></tr>\n",
        out);
  ClassScore *scores = rt_grow(NULL, (size_t)r->num_labels * sizeof *scores);
  ScoreSummary sum;
  metrics_scores(scores, &sum, r->confusion, r->num_labels);
  for (int i = 0; i < r->num_labels; i++)
    score_row(out, r->labels[i], &scores[i], "");
  fprintf(out,
          "<tr class=\"sep\"><td>accuracy</td><td></td><td></td><td class=\"n\">%.4f</td>"
          "<td class=\"n\">%lld</td></tr>\n",
          sum.accuracy, (long long)sum.macro.support);
  score_row(out, "macro avg", &sum.macro, "");
  score_row(out, "weighted avg", &sum.weighted, "");
  fputs("</table>\n<p class=\"note\">As scikit-learn's classification_report prints it.</p>\n"
        "</div>\n</div>\n</section>\n",
        out);
  free(scores);
}

static void sample_table(FILE *out, const ReportRun *r, bool right) {
  int n = 0;
  for (int i = 0; i < r->n_samples; i++)
    n += (r->samples[i].label == r->samples[i].pred) == right;
  fprintf(out, "<h3>%s (%d)</h3>\n", right ? "Correct" : "Wrong", n);
  if (!n) {
    fputs("<p class=\"empty\">None among the samples.</p>\n", out);
    return;
  }
  fputs("<table>\n<tr><th>text</th><th class=\"lab\">true</th><th class=\"lab\">predicted</th>"
        "<th class=\"cw\">confidence</th></tr>\n",
        out);
  for (int i = 0; i < r->n_samples; i++) {
    const ReportSample *s = &r->samples[i];
    if ((s->label == s->pred) != right) continue;
    fputs("<tr><td>", out);
    esc_n(out, s->text, 160);
    fputs("</td><td class=\"lab\"><span class=\"tag\">", out);
    esc(out, r->labels[s->label]);
    fprintf(out, "</span></td><td class=\"lab\"><span class=\"tag %s\">", right ? "ok" : "bad");
    esc(out, r->labels[s->pred]);
    double c = fmin(fmax(s->confidence, 0), 1);
    fprintf(out,
            "</span></td><td class=\"conf\"><span class=\"bar\"><i style=\"width:%.1f%%;"
            "background:%s\"></i></span>%.1f%%</td></tr>\n",
            100 * c, right ? "#16a34a" : "#dc2626", 100 * c);
  }
  fputs("</table>\n", out);
}

static void samples(FILE *out, const ReportRun *r) {
  if (!r->n_samples) return;
  fputs("<section>\n<h2>Sample predictions</h2>\n", out);
  sample_table(out, r, true);
  sample_table(out, r, false);
  fputs("</section>\n", out);
}

static void kv_row(FILE *out, const char *key, const char *value) {
  fputs("<tr><td>", out);
  esc(out, key);
  fputs("</td><td class=\"mono\">", out);
  esc(out, value);
  fputs("</td></tr>\n", out);
}

static void counts_row(FILE *out, const char *split, const ReportCounts *c) {
  char a[32], b[32], d[32], e[32];
  fmt_count(a, sizeof a, c->rows_read);
  fmt_count(b, sizeof b, c->empty_dropped);
  fmt_count(d, sizeof d, c->bad_lines);
  fmt_count(e, sizeof e, c->used);
  fprintf(out,
          "<tr><td>%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s"
          "</td><td class=\"n\">%s</td></tr>\n",
          split, a, b, d, e);
}

static void details(FILE *out, const ReportRun *r) {
  char v[64];
  fputs("<section>\n<div class=\"cols\">\n<div>\n<h2>Settings</h2>\n", out);
  if (!r->n_settings)
    fputs("<p class=\"empty\">None recorded.</p>\n", out);
  else
    fputs("<table class=\"kv\">\n", out);
  for (int i = 0; i < r->n_settings; i++)
    kv_row(out, r->settings[i].key, r->settings[i].value);
  if (r->n_settings) fputs("</table>\n", out);
  fputs("</div>\n<div>\n<h2>Data</h2>\n<table>\n<tr><th></th><th class=\"n\">rows read</th>"
        "<th class=\"n\">empty dropped</th><th class=\"n\">bad lines</th><th class=\"n\">used</th>"
        "</tr>\n",
        out);
  counts_row(out, "train", &r->train);
  counts_row(out, "test", &r->test);
  fputs("</table>\n<h3>Time and memory</h3>\n<table class=\"kv\">\n", out);
  fmt_duration(v, sizeof v, r->train_seconds);
  kv_row(out, "training time", v);
  fmt_duration(v, sizeof v, r->eval_seconds);
  kv_row(out, "evaluation time", v);
  fmt_rate(v, sizeof v, r->sequences_per_second);
  kv_row(out, "throughput", v);
  fmt_bytes(v, sizeof v, r->peak_memory_bytes);
  kv_row(out, "peak memory", v);
  fputs("</table>\n</div>\n</div>\n</section>\n", out);
}

static void run_page(FILE *out, const ReportRun *r) {
  fputs("<header><div class=\"kicker\">bertc training report</div><h1>", out);
  esc(out, r->name);
  fprintf(out, "</h1><p class=\"sub\">%d epoch%s · %lld steps · labels: ", r->n_epochs,
          r->n_epochs == 1 ? "" : "s", (long long)r->n_steps);
  for (int i = 0; i < r->num_labels; i++) {
    if (i) fputs(", ", out);
    esc(out, r->labels[i]);
  }
  fputs("</p></header>\n", out);
  cards(out, r);
  run_curves(out, r);
  view_of(r)->evaluation(out, r);
  if (view_of(r)->samples) view_of(r)->samples(out, r);
  details(out, r);
}

static void comparison_table(FILE *out, const ReportRun *runs, int n) {
  const View *v = view_of(&runs[0]);
  int top = 0;
  for (int i = 1; i < n; i++)
    if (view_of(&runs[i])->final_metric(&runs[i]) > view_of(&runs[top])->final_metric(&runs[top]))
      top = i;
  fprintf(out,
          "<section>\n<h2>Comparison</h2>\n<table>\n<tr><th>run</th><th class=\"n\">epochs</th>"
          "<th class=\"n\">test %s</th><th class=\"n\">best epoch</th><th class=\"n\">test loss"
          "</th><th class=\"n\">training time</th><th class=\"n\">throughput</th>"
          "<th class=\"n\">peak memory</th></tr>\n",
          v->metric);
  for (int i = 0; i < n; i++) {
    const ReportRun *r = &runs[i];
    char acc[32], best[48], loss[32], time[32], rate[32], mem[32], pct[32];
    int b = best_epoch(r);
    fmt_percent(acc, sizeof acc, view_of(r)->final_metric(r));
    fmt_percent(pct, sizeof pct, b >= 0 ? view_of(r)->epoch_metric(&r->epochs[b]) : NAN);
    snprintf(best, sizeof best, b >= 0 ? "%lld (%s)" : "–",
             b >= 0 ? (long long)r->epochs[b].epoch : 0LL, pct);
    fmt_fixed(loss, sizeof loss, final_test_loss(r), 4);
    fmt_duration(time, sizeof time, r->train_seconds);
    fmt_rate(rate, sizeof rate, r->sequences_per_second);
    fmt_bytes(mem, sizeof mem, r->peak_memory_bytes);
    fprintf(out, "<tr><td><span class=\"swatch\" style=\"background:%s\"></span>", color_of(i));
    esc(out, r->name);
    fprintf(out,
            "</td><td class=\"n\">%d</td><td class=\"n%s\">%s</td><td class=\"n\">%s</td>"
            "<td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
            "<td class=\"n\">%s</td></tr>\n",
            r->n_epochs, i == top ? " best" : "", acc, best, loss, time, rate, mem);
  }
  fputs("</table>\n</section>\n", out);
}

static const char *setting_of(const ReportRun *r, const char *key) {
  for (int i = 0; i < r->n_settings; i++)
    if (strcmp(r->settings[i].key, key) == 0) return r->settings[i].value;
  return "–";
}

// One row per setting key (in order of first appearance), one column per run; rows whose
// values differ are highlighted.
static void settings_comparison(FILE *out, const ReportRun *runs, int n) {
  fputs("<section>\n<h2>Settings</h2>\n<table>\n<tr><th></th>", out);
  for (int i = 0; i < n; i++) {
    fprintf(out, "<th class=\"run\"><span class=\"swatch\" style=\"background:%s\"></span>",
            color_of(i));
    esc(out, runs[i].name);
    fputs("</th>", out);
  }
  fputs("</tr>\n", out);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < runs[i].n_settings; j++) {
      const char *key = runs[i].settings[j].key;
      bool seen = false, differ = false;
      for (int e = 0; e < i && !seen; e++)
        seen = strcmp(setting_of(&runs[e], key), "–") != 0;
      if (seen) continue;
      for (int e = 1; e < n; e++)
        differ |= strcmp(setting_of(&runs[e], key), setting_of(&runs[0], key)) != 0;
      fprintf(out, "<tr%s><td>", differ ? " class=\"diff\"" : "");
      esc(out, key);
      fputs("</td>", out);
      for (int e = 0; e < n; e++) {
        fputs("<td class=\"mono\">", out);
        esc(out, setting_of(&runs[e], key));
        fputs("</td>", out);
      }
      fputs("</tr>\n", out);
    }
  fputs("</table>\n<p class=\"note\">Highlighted rows differ between runs.</p>\n</section>\n", out);
}

static void compare_page(FILE *out, const ReportRun *runs, int n) {
  fprintf(out,
          "<header><div class=\"kicker\">bertc comparison report</div><h1>%d runs</h1>"
          "<p class=\"sub\">",
          n);
  for (int i = 0; i < n; i++) {
    if (i) fputs(" · ", out);
    esc(out, runs[i].name);
  }
  fputs("</p></header>\n", out);
  comparison_table(out, runs, n);
  compare_curves(out, runs, n);
  settings_comparison(out, runs, n);
  for (int i = 0; i < n; i++) {
    fprintf(out,
            "<h2 style=\"margin:26px 0 0\"><span class=\"swatch\" style=\"background:%s\">"
            "</span>",
            color_of(i));
    esc(out, runs[i].name);
    fputs("</h2>\n", out);
    view_of(&runs[i])->evaluation(out, &runs[i]);
  }
}

void report_html(FILE *out, const ReportRun *runs, int n_runs) {
  page_start(out, n_runs == 1 ? runs[0].name : "bertc comparison report");
  if (n_runs == 1)
    run_page(out, runs);
  else
    compare_page(out, runs, n_runs);
  page_end(out);
}

bool report_write(const char *path, const ReportRun *runs, int n_runs, char *err, size_t err_size) {
  size_t n = strlen(path) + 16;
  char *tmp = rt_grow(NULL, n);
  snprintf(tmp, n, "%s.tmp", path);
  FILE *f = fopen(tmp, "w");
  bool ok = f != NULL;
  if (f) {
    report_html(f, runs, n_runs);
    ok = fflush(f) == 0 && !ferror(f) && fsync(fileno(f)) == 0;
    ok = fclose(f) == 0 && ok;
    ok = ok && rename(tmp, path) == 0;
  }
  if (!ok) {
    snprintf(err, err_size, "cannot write %s: %s", path, strerror(errno));
    unlink(tmp);
  }
  free(tmp);
  return ok;
}
