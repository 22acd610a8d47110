// report_mlm.c — report.html's section for masked-LM pretraining (report_html.h): the
// held-out perplexity per epoch (exp of the masked tokens' test loss), the next-sentence
// accuracy per epoch for pretraining heads, and the last epoch's figures.
#include "report_html.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

void report_mlm_evaluation(FILE *out, const ReportRun *r) {
  fputs("<section>\n<h2>Masked tokens</h2>\n", out);
  if (!r->n_epochs) {
    fputs("<p class=\"empty\">No evaluation yet.</p>\n</section>\n", out);
    return;
  }
  int n = r->n_epochs;
  double *x = malloc(3 * (size_t)n * sizeof *x), *ppl = x + n, *nsp = x + 2 * n;
  if (!x) abort();
  bool pairs = false;
  for (int i = 0; i < n; i++) {
    x[i] = (double)r->epochs[i].epoch;
    ppl[i] = exp(r->epochs[i].test_loss);
    nsp[i] = r->epochs[i].test_nsp_acc;
    pairs |= !isnan(nsp[i]);
  }
  const ReportEpoch *e = &r->epochs[n - 1];
  char acc[32], pair_acc[32];
  fmt_percent(acc, sizeof acc, e->test_acc);
  fmt_percent(pair_acc, sizeof pair_acc, e->test_nsp_acc);
  fprintf(out,
          "<p>Last epoch, over the test set's masked tokens (masked once, with the run's "
          "mlm_probability; of them 80%% [MASK], 10%% a random token, 10%% kept): accuracy "
          "<b>%s</b>, loss %.4f, perplexity <b>%.2f</b>",
          acc, e->test_loss, ppl[n - 1]);
  if (pairs) fprintf(out, "; next-sentence accuracy <b>%s</b>", pair_acc);
  fputs(".</p>\n<div class=\"cols\">\n", out);
  Series s = {"test", "#ea580c", x, ppl, n, 2.25, 1.0, false, true};
  line_chart(out,
             &(Chart){.title = "Perplexity of the masked tokens per epoch",
                      .x_label = "epoch",
                      .y_label = "perplexity",
                      .integer_x = true},
             &s, 1);
  if (pairs) {
    Series p = {"test", "#16a34a", x, nsp, n, 2.25, 1.0, false, true};
    line_chart(out,
               &(Chart){.title = "Next-sentence accuracy per epoch",
                        .x_label = "epoch",
                        .y_label = "accuracy",
                        .percent = true,
                        .integer_x = true},
               &p, 1);
  }
  fputs("</div>\n</section>\n", out);
  free(x);
}
