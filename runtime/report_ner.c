// report_ner.c — report.html's sections for token classification (report_html.h): the entity
// scores per type (seqeval's classification report), the confusion of the units' tags, and
// sample sentences with their gold and predicted entities marked.
#include "report_html.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

// Entity colours by type, as light backgrounds with a darker border.
static const char *const TYPE_COLORS[][2] = {
    {"#dbeafe", "#2563eb"}, {"#fce7f3", "#db2777"}, {"#dcfce7", "#16a34a"}, {"#fef3c7", "#ca8a04"},
    {"#ede9fe", "#7c3aed"}, {"#cffafe", "#0891b2"}, {"#ffedd5", "#ea580c"}, {"#f3f4f6", "#4b5563"}};
enum { N_TYPE_COLORS = sizeof TYPE_COLORS / sizeof *TYPE_COLORS };

static const ReportTypeScore *score_named(const ReportRun *r, const char *name) {
  for (int i = 0; i < r->n_entity_scores; i++)
    if (strcmp(r->entity_scores[i].name, name) == 0) return &r->entity_scores[i];
  return NULL;
}

double report_ner_final_f1(const ReportRun *r) {
  const ReportTypeScore *micro = score_named(r, "micro avg");
  if (micro) return micro->f1;
  return r->n_epochs ? r->epochs[r->n_epochs - 1].test_f1 : NAN;
}

// The colour index of an entity type: its place among the run's per-type rows.
static int type_color(const ReportRun *r, const char *type) {
  for (int i = 0; i < r->n_entity_scores; i++)
    if (strcmp(r->entity_scores[i].name, type) == 0) return i % N_TYPE_COLORS;
  return N_TYPE_COLORS - 1;
}

static bool is_average(const char *name) {
  return strcmp(name, "micro avg") == 0 || strcmp(name, "macro avg") == 0 ||
         strcmp(name, "weighted avg") == 0;
}

static void entity_table(FILE *out, const ReportRun *r) {
  fputs("<h2>Entity scores</h2>\n<table>\n<tr><th>type</th><th class=\"n\">precision</th>"
        "<th class=\"n\">recall</th><th class=\"n\">f1-score</th><th class=\"n\">support</th>"
        "</tr>\n",
        out);
  bool first_average = true;
  for (int i = 0; i < r->n_entity_scores; i++) {
    const ReportTypeScore *t = &r->entity_scores[i];
    bool average = is_average(t->name);
    fprintf(out, "<tr%s><td>", average && first_average ? " class=\"sep\"" : "");
    first_average &= !average;
    if (!average)
      fprintf(out, "<span class=\"ent\" style=\"background:%s;border-color:%s\">",
              TYPE_COLORS[type_color(r, t->name)][0], TYPE_COLORS[type_color(r, t->name)][1]);
    esc(out, t->name);
    fprintf(out,
            "%s</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td><td class=\"n\">%.4f</td>"
            "<td class=\"n\">%lld</td></tr>\n",
            average ? "" : "</span>", t->precision, t->recall, t->f1, (long long)t->support);
  }
  fputs("</table>\n", out);
  char f1[32];
  fmt_percent(f1, sizeof f1, r->char_f1);
  if (!isnan(r->char_f1)) fprintf(out, "<p>Character-level macro F1 (KLUE): <b>%s</b></p>\n", f1);
  fputs("<p class=\"note\">Entity level, exact span and type, as seqeval's classification_report "
        "prints it; support is the number of gold entities.</p>\n",
        out);
}

void report_ner_evaluation(FILE *out, const ReportRun *r) {
  fputs("<section>\n<div class=\"cols\">\n<div>\n", out);
  if (!r->confusion) {
    fputs("<h2>Entity scores</h2>\n<p class=\"empty\">No evaluation yet.</p>\n</div>\n</div>\n"
          "</section>\n",
          out);
    return;
  }
  entity_table(out, r);
  fputs("</div>\n<div>\n<h2>Tag confusion</h2>\n", out);
  heatmap(out, r);
  fputs("<p class=\"note\">Tags of the data's units (characters or words; KLUE's spaces left "
        "out); rows are true tags, shading the share of each true tag.</p>\n</div>\n</div>\n"
        "</section>\n",
        out);
}

// Whether the same span (start, end, type) is in spans [n].
static bool has_span(const ReportSpan *spans, int n, const ReportSpan *e) {
  for (int i = 0; i < n; i++)
    if (spans[i].start == e->start && spans[i].end == e->end && !strcmp(spans[i].type, e->type))
      return true;
  return false;
}

// The text with `spans` marked; a span absent from `other` is flagged (a wrong prediction, or a
// missed gold entity).
static void marked_text(FILE *out, const ReportRun *r, const char *text, const ReportSpan *spans,
                        int n, const ReportSpan *other, int n_other, const char *flag) {
  size_t at = 0;
  for (int i = 0; i < n; i++) {
    size_t b = byte_of(text, spans[i].start), e = byte_of(text, spans[i].end);
    if (b < at) continue; // overlapping spans: the first one wins
    esc_bytes(out, text, at, b);
    const char *const *c = TYPE_COLORS[type_color(r, spans[i].type)];
    bool flagged = !has_span(other, n_other, &spans[i]);
    fprintf(out, "<mark class=\"ent%s\" style=\"background:%s;border-color:%s\"",
            flagged ? flag : "", c[0], c[1]);
    if (!isnan(spans[i].score)) fprintf(out, " title=\"%.1f%%\"", 100 * spans[i].score);
    fputs(">", out);
    esc_bytes(out, text, b, e);
    fputs("<sub>", out);
    esc(out, spans[i].type);
    fputs("</sub></mark>", out);
    at = e;
  }
  esc_bytes(out, text, at, strlen(text));
}

static bool sample_right(const ReportSample *s) {
  if (s->n_gold != s->n_predicted) return false;
  for (int i = 0; i < s->n_predicted; i++)
    if (!has_span(s->gold, s->n_gold, &s->predicted[i])) return false;
  return true;
}

static void sentence_table(FILE *out, const ReportRun *r, bool right) {
  int n = 0;
  for (int i = 0; i < r->n_samples; i++)
    n += r->samples[i].spans && sample_right(&r->samples[i]) == right;
  fprintf(out, "<h3>%s (%d)</h3>\n", right ? "All entities right" : "Some entities wrong", n);
  if (!n) {
    fputs("<p class=\"empty\">None among the samples.</p>\n", out);
    return;
  }
  fputs("<table class=\"sents\">\n", out);
  for (int i = 0; i < r->n_samples; i++) {
    const ReportSample *s = &r->samples[i];
    if (!s->spans || sample_right(s) != right) continue;
    fputs("<tr><td class=\"lab\">gold</td><td>", out);
    marked_text(out, r, s->text, s->gold, s->n_gold, s->predicted, s->n_predicted, " missed");
    fputs("</td></tr>\n<tr class=\"pred\"><td class=\"lab\">predicted</td><td>", out);
    marked_text(out, r, s->text, s->predicted, s->n_predicted, s->gold, s->n_gold, " wrong");
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
}

void report_ner_samples(FILE *out, const ReportRun *r) {
  if (!r->n_samples) return;
  fputs("<section>\n<h2>Sample predictions</h2>\n", out);
  sentence_table(out, r, true);
  sentence_table(out, r, false);
  fputs("<p class=\"note\">A predicted entity that is not a gold one is outlined in red; a gold "
        "entity the model missed is dashed. Hover a prediction for its confidence.</p>\n"
        "</section>\n",
        out);
}
