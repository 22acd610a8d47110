// report_chart.c — report.html's SVG line charts (report_html.h): axes with round 1-2-5 ticks,
// series as paths (dashed, with markers, broken at NaN), epoch marks and a legend.
#include "report_html.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum { CHART_W = 560, CHART_H = 300, PLOT_L = 70, PLOT_R = 18, PLOT_T = 14, PLOT_B = 46 };
enum { MAX_POINTS = 1500 }; // longer series are drawn at a stride

typedef struct {
  double lo, hi, step;
} Axis;

// Round bounds and a 1-2-5 step giving about `ticks` intervals over [lo, hi].
static Axis nice_axis(double lo, double hi, int ticks, bool integer) {
  // A span of a few ulps (one point, or a smoothed copy of it) is no span: pad it, or the
  // step would be ~1e-17 and the tick loops endless.
  if (!(hi - lo > 1e-9 * fmax(1.0, fmax(fabs(lo), fabs(hi))))) {
    double pad = integer ? 1 : lo != 0 ? fabs(lo) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  double raw = (hi - lo) / ticks, mag = pow(10, floor(log10(raw))), f = raw / mag;
  double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
  if (integer && step < 1) step = 1;
  return (Axis){floor(lo / step + 1e-9) * step, ceil(hi / step - 1e-9) * step, step};
}

static void tick_label(char *buf, size_t n, double v, double step, bool percent, bool thousands) {
  if (percent) {
    v *= 100;
    step *= 100;
  }
  if (thousands && fabs(v) >= 10000 && fmod(v, 1000) == 0) {
    snprintf(buf, n, "%gk", v / 1000);
    return;
  }
  if (fabs(v) < step * 1e-6) {
    snprintf(buf, n, "0%s", percent ? "%" : "");
    return;
  }
  if (step < 1e-3) { // 5e-5, not 0.00005
    snprintf(buf, n, "%g", round(v / step) * step);
    char *zero = strstr(buf, "e-0");
    if (zero) memmove(zero + 2, zero + 3, strlen(zero + 3) + 1);
    return;
  }
  int digits = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
  snprintf(buf, n, "%.*f%s", digits, v, percent ? "%" : "");
}

static void legend(FILE *out, const Series *series, int n) {
  fputs("<div class=\"legend\">", out);
  for (int i = 0; i < n; i++) {
    if (!series[i].name) continue;
    fprintf(out,
            "<span><svg width=\"26\" height=\"10\" aria-hidden=\"true\"><line x1=\"1\" y1=\"5\" "
            "x2=\"25\" y2=\"5\" stroke=\"%s\" stroke-width=\"2.5\" stroke-opacity=\"%g\"%s/>"
            "</svg>",
            series[i].color, fmax(series[i].opacity, 0.4),
            series[i].dashed ? " stroke-dasharray=\"5 3\"" : "");
    esc(out, series[i].name);
    fputs("</span>", out);
  }
  fputs("</div>", out);
}

static void series_path(FILE *out, const Series *s, Axis ax, Axis ay) {
  double w = CHART_W - PLOT_L - PLOT_R, h = CHART_H - PLOT_T - PLOT_B;
  int64_t stride = s->n > MAX_POINTS ? (s->n + MAX_POINTS - 1) / MAX_POINTS : 1;
  fprintf(out, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"%g\" stroke-opacity=\"%g\"%s d=\"",
          s->color, s->width, s->opacity, s->dashed ? " stroke-dasharray=\"6 4\"" : "");
  bool pen_down = false;
  for (int64_t i = 0; i < s->n; i += stride) {
    if (isnan(s->y[i])) {
      pen_down = false;
      continue;
    }
    fprintf(out, "%c%.1f %.1f", pen_down ? 'L' : 'M',
            PLOT_L + (s->x[i] - ax.lo) / (ax.hi - ax.lo) * w,
            PLOT_T + (ay.hi - s->y[i]) / (ay.hi - ay.lo) * h);
    pen_down = true;
  }
  fputs("\"/>\n", out);
  for (int64_t i = 0; s->markers && i < s->n; i++)
    if (!isnan(s->y[i]))
      fprintf(out,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#fff\" stroke=\"%s\" "
              "stroke-width=\"2\"/>\n",
              PLOT_L + (s->x[i] - ax.lo) / (ax.hi - ax.lo) * w,
              PLOT_T + (ay.hi - s->y[i]) / (ay.hi - ay.lo) * h, s->color);
}

static void axes(FILE *out, const Chart *c, Axis ax, Axis ay) {
  double w = CHART_W - PLOT_L - PLOT_R, h = CHART_H - PLOT_T - PLOT_B, y1 = PLOT_T + h;
  char label[32];
  for (double v = ay.lo; v <= ay.hi + ay.step * 1e-6; v += ay.step) {
    double y = PLOT_T + (ay.hi - v) / (ay.hi - ay.lo) * h;
    tick_label(label, sizeof label, v, ay.step, c->percent, false);
    fprintf(out,
            "<line class=\"gl\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
            "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
            PLOT_L, y, PLOT_L + w, y, PLOT_L - 8, y + 4, label);
  }
  for (double v = ax.lo; v <= ax.hi + ax.step * 1e-6; v += ax.step) {
    double x = PLOT_L + (v - ax.lo) / (ax.hi - ax.lo) * w;
    tick_label(label, sizeof label, v, ax.step, false, true);
    fprintf(out,
            "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
            "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
            x, y1, x, y1 + 5, x, y1 + 19, label);
  }
  for (int i = 0; i < c->n_marks; i++) {
    double x = PLOT_L + (c->marks[i] - ax.lo) / (ax.hi - ax.lo) * w;
    fprintf(out,
            "<line class=\"mark\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>"
            "<text class=\"marklabel\" x=\"%.1f\" y=\"%d\">epoch %d</text>\n",
            x, PLOT_T, x, y1, x + 4, PLOT_T + 10, (int)c->mark_epochs[i]);
  }
  fprintf(out, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", PLOT_L, y1,
          PLOT_L + w, y1);
  fprintf(out, "<text class=\"alabel\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", PLOT_L + w / 2,
          CHART_H - 6);
  esc(out, c->x_label);
  fprintf(out,
          "</text><text class=\"alabel\" transform=\"translate(13 %.1f) rotate(-90)\" "
          "text-anchor=\"middle\">",
          PLOT_T + h / 2);
  esc(out, c->y_label);
  fputs("</text>\n", out);
}

void line_chart(FILE *out, const Chart *c, const Series *series, int n) {
  double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
  for (int i = 0; i < n; i++)
    for (int64_t j = 0; j < series[i].n; j++) {
      if (isnan(series[i].y[j])) continue;
      xlo = fmin(xlo, series[i].x[j]);
      xhi = fmax(xhi, series[i].x[j]);
      ylo = fmin(ylo, series[i].y[j]);
      yhi = fmax(yhi, series[i].y[j]);
    }
  fputs("<figure class=\"chart\"><figcaption>", out);
  esc(out, c->title);
  fputs("</figcaption>", out);
  legend(out, series, n);
  if (xlo > xhi) {
    fputs("<p class=\"empty\">No data yet.</p></figure>\n", out);
    return;
  }
  if (c->percent) yhi = fmin(yhi, 1.0);
  Axis ax = nice_axis(xlo, xhi, 6, c->integer_x), ay = nice_axis(ylo, yhi, 5, false);
  if (c->integer_x && xhi > xlo) ax = (Axis){xlo, xhi, ax.step};
  if (c->percent) ay.hi = fmin(ay.hi, 1.0);
  fprintf(out, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", CHART_W, CHART_H);
  esc(out, c->title);
  fputs("\">\n", out);
  axes(out, c, ax, ay);
  for (int i = 0; i < n; i++)
    series_path(out, &series[i], ax, ay);
  fputs("</svg></figure>\n", out);
}

// Debiased exponential moving average (TensorBoard's smoothing) of y [n] into out [n], with a
// weight that keeps the curve readable from tens to tens of thousands of steps.
void smooth(double *out, const double *y, int64_t n) {
  double w = fmin(0.995, fmax(0.6, 1.0 - 30.0 / (double)(n > 0 ? n : 1))), avg = 0, norm = 0;
  for (int64_t i = 0; i < n; i++) {
    if (!isnan(y[i])) {
      avg = w * avg + (1 - w) * y[i];
      norm = w * norm + (1 - w);
    }
    out[i] = norm > 0 ? avg / norm : NAN;
  }
}
