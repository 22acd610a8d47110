// report_qa.c — report.html's sections for question answering (report_html.h): exact match and
// F1, histograms of the answers' lengths and positions (gold against predicted), and sample
// questions with the predicted span marked in its context beside the gold answers.
#include "report_html.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

enum { CONTEXT_AROUND = 160 }; // code points of context shown either side of the answers

static const char *const GOLD_COLOR = "#94a3b8", *const PRED_COLOR = "#2563eb";

double report_qa_final_f1(const ReportRun *r) {
  return r->n_epochs ? r->epochs[r->n_epochs - 1].test_f1 : NAN;
}

// Grouped bars: gold (grey) and predicted (blue) counts per bin.
static void histogram(FILE *out, const ReportHistogram *h) {
  int64_t top = 1;
  for (int b = 0; b < h->n; b++) {
    top = h->gold[b] > top ? h->gold[b] : top;
    top = h->pred[b] > top ? h->pred[b] : top;
  }
  const double W = 460, H = 200, left = 40, bottom = 40, plot_h = H - bottom - 16;
  double slot = (W - left - 8) / (h->n ? h->n : 1);
  fputs("<figure>\n<figcaption>", out);
  esc(out, h->name);
  fprintf(out,
          "</figcaption>\n<svg viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
          "role=\"img\" aria-label=\"histogram\">\n",
          W, H, W, H);
  fprintf(out,
          "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9ca3af\"/>\n"
          "<text x=\"%.1f\" y=\"20\" font-size=\"10\" text-anchor=\"end\">%lld</text>\n",
          left, H - bottom, W - 8, H - bottom, left - 4, (long long)top);
  for (int b = 0; b < h->n; b++) {
    double x = left + b * slot, bar = slot * 0.38;
    const int64_t counts[2] = {h->gold[b], h->pred[b]};
    for (int c = 0; c < 2; c++) {
      double bh = plot_h * (double)counts[c] / (double)top;
      fprintf(out,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
              "fill=\"%s\"><title>%s: %lld</title></rect>\n",
              x + slot * 0.1 + c * bar, H - bottom - bh, bar, bh, c ? PRED_COLOR : GOLD_COLOR,
              c ? "predicted" : "gold", (long long)counts[c]);
    }
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">",
            x + slot / 2, H - bottom + 14);
    esc(out, h->bins[b]);
    fputs("</text>\n", out);
  }
  fprintf(out,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%.1f\" "
          "y=\"%.1f\" font-size=\"11\">gold</text>\n<rect x=\"%.1f\" y=\"%.1f\" width=\"10\" "
          "height=\"10\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">predicted"
          "</text>\n</svg>\n</figure>\n",
          left, H - 14, GOLD_COLOR, left + 14, H - 5, left + 60, H - 14, PRED_COLOR, left + 74,
          H - 5);
}

void report_qa_evaluation(FILE *out, const ReportRun *r) {
  fputs("<section>\n<h2>Exact match and F1</h2>\n", out);
  if (!r->n_epochs) {
    fputs("<p class=\"empty\">No evaluation yet.</p>\n</section>\n", out);
    return;
  }
  const ReportEpoch *e = &r->epochs[r->n_epochs - 1];
  char em[32], f1[32];
  fmt_percent(em, sizeof em, e->test_exact_match);
  fmt_percent(f1, sizeof f1, e->test_f1);
  fprintf(out,
          "<p>Last epoch: exact match <b>%s</b>, F1 <b>%s</b>, every question's answer decoded "
          "from all its windows and scored by the official script's normalisation (SQuAD v1.1, "
          "v2.0 or KorQuAD 1.0, as the data says).</p>\n",
          em, f1);
  if (r->n_histograms) {
    fputs("<h2>Answer lengths and positions</h2>\n<div class=\"cols\">\n", out);
    for (int i = 0; i < r->n_histograms; i++) {
      fputs("<div>\n", out);
      histogram(out, &r->histograms[i]);
      fputs("</div>\n", out);
    }
    fputs("</div>\n<p class=\"note\">Every test question's first gold answer and its predicted "
          "answer: length in characters, and where it starts in its context.</p>\n",
          out);
  }
  fputs("</section>\n", out);
}

// The context around every span of the sample, with `spans` [n] marked (class cls).
static void marked_context(FILE *out, const ReportSample *s, const ReportSpan *spans, int n,
                           const char *cls) {
  int64_t lo = INT64_MAX, hi = 0;
  const ReportSpan *all[2] = {s->gold, s->predicted};
  const int counts[2] = {s->n_gold, s->n_predicted};
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < counts[k]; i++) {
      lo = all[k][i].start < lo ? all[k][i].start : lo;
      hi = all[k][i].end > hi ? all[k][i].end : hi;
    }
  if (lo == INT64_MAX) lo = 0;
  lo = lo > CONTEXT_AROUND ? lo - CONTEXT_AROUND : 0;
  hi += CONTEXT_AROUND;
  size_t at = byte_of(s->text, lo), stop = byte_of(s->text, hi);
  if (lo > 0) fputs("…", out);
  for (int i = 0; i < n; i++) {
    size_t b = byte_of(s->text, spans[i].start), e = byte_of(s->text, spans[i].end);
    if (b < at || e > stop) continue; // overlapping spans: the first one wins
    esc_bytes(out, s->text, at, b);
    fprintf(out, "<mark class=\"%s\"", cls);
    if (!isnan(spans[i].score)) fprintf(out, " title=\"score %.2f\"", spans[i].score);
    fputs(">", out);
    esc_bytes(out, s->text, b, e);
    fputs("</mark>", out);
    at = e;
  }
  esc_bytes(out, s->text, at, stop);
  if (s->text[stop]) fputs("…", out);
}

static void question_table(FILE *out, const ReportRun *r, bool right) {
  int n = 0;
  for (int i = 0; i < r->n_samples; i++)
    n += r->samples[i].question && (r->samples[i].exact > 0) == right;
  fprintf(out, "<h3>%s (%d)</h3>\n", right ? "Exact answers" : "Wrong or partial answers", n);
  if (!n) {
    fputs("<p class=\"empty\">None among the samples.</p>\n", out);
    return;
  }
  fputs("<table class=\"sents\">\n", out);
  for (int i = 0; i < r->n_samples; i++) {
    const ReportSample *s = &r->samples[i];
    if (!s->question || (s->exact > 0) != right) continue;
    fputs("<tr><td class=\"lab\">question</td><td><b>", out);
    esc(out, s->question);
    fprintf(out, "</b> <span class=\"note\">F1 %.2f</span></td></tr>\n", 100 * s->f1);
    fputs("<tr><td class=\"lab\">gold</td><td>", out);
    marked_context(out, s, s->gold, s->n_gold, "gold");
    fputs("</td></tr>\n<tr class=\"pred\"><td class=\"lab\">predicted</td><td>", out);
    if (s->n_predicted)
      marked_context(out, s, s->predicted, s->n_predicted, right ? "answer" : "answer wrong");
    else
      fputs("<i>no answer</i>", out);
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
}

void report_qa_samples(FILE *out, const ReportRun *r) {
  if (!r->n_samples) return;
  fputs("<section>\n<h2>Sample questions</h2>\n", out);
  question_table(out, r, true);
  question_table(out, r, false);
  fputs("<p class=\"note\">Each question's context around its answers: the gold answers marked "
        "grey, the predicted span blue (red when it is not an exact match). Hover a prediction "
        "for its score (start + end logit).</p>\n</section>\n",
        out);
}
