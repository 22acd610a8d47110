// qa_decode.c — n-best spans of every window back to the context (qa_decode.h).
#include "qa_decode.h"

#include "rt_util.h"

#include <stdlib.h>
#include <string.h>

static bool in_context(const QaFeature *f, int t) {
  return t >= f->context_first && t < f->context_end && f->char_start[t] >= 0;
}

void qa_decode(QaPrediction *out, const QaFeature *windows, int n_windows,
               const float *start_logits, const float *end_logits, int logit_stride,
               const QaParagraph *p, const QaDecodeOptions *opt) {
  *out = (QaPrediction){.window = -1};
  int32_t *starts = rt_grow(NULL, (size_t)opt->n_best * sizeof *starts);
  int32_t *ends = rt_grow(NULL, (size_t)opt->n_best * sizeof *ends);
  bool found = false;
  float best = 0;
  for (int w = 0; w < n_windows; w++) {
    const QaFeature *f = &windows[w];
    const float *sl = start_logits + (size_t)w * (size_t)logit_stride;
    const float *el = end_logits + (size_t)w * (size_t)logit_stride;
    float null = sl[0] + el[0];
    if (w == 0 || out->null_score > null) out->null_score = null;
    int ns = (int)rt_top_k(starts, sl, f->len, opt->n_best);
    int ne = (int)rt_top_k(ends, el, f->len, opt->n_best);
    for (int i = 0; i < ns; i++)
      for (int j = 0; j < ne; j++) {
        int s = starts[i], e = ends[j];
        if (!in_context(f, s) || !in_context(f, e)) continue;
        if (e < s || e - s + 1 > opt->max_answer_length) continue;
        float score = sl[s] + el[e];
        if (found && !(score > best)) continue;
        found = true;
        best = score;
        *out = (QaPrediction){.window = w,
                              .start_token = s,
                              .end_token = e,
                              .char_start = f->char_start[s],
                              .char_end = f->char_end[e],
                              .start_logit = sl[s],
                              .end_logit = el[e],
                              .null_score = out->null_score};
      }
  }
  free(starts);
  free(ends);
  out->score_diff = out->null_score - out->start_logit - out->end_logit;
  out->null = !found || (opt->with_negative && out->score_diff > opt->null_threshold);
  if (out->null) {
    out->char_start = out->char_end = 0;
    out->text = strdup("");
    if (!out->text) abort();
    return;
  }
  out->text = qa_context_slice(p, out->char_start, out->char_end);
}
