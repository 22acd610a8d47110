// spec_diag.c — diagnostics of stage 1 (spec.h): "FILE:LINE:COL: error: ..." with the source
// line and a caret under the column, wide characters counted as two cells.
#include "spec.h"

#include "util.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

// The length of the valid UTF-8 sequence at s[0..n), 0 when it is not one; *cp its code point.
int spec_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
  int len = s[0] < 0x80   ? 1
            : s[0] < 0xC2 ? 0
            : s[0] < 0xE0 ? 2
            : s[0] < 0xF0 ? 3
            : s[0] < 0xF5 ? 4
                          : 0;
  if (len == 0 || (size_t)len > n) return 0;
  static const uint32_t lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  static const uint32_t min_cp[] = {0, 0, 0x80, 0x800, 0x10000};
  uint32_t c = s[0] & lead_mask[len];
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = c << 6 | (s[i] & 0x3F);
  }
  if (c < min_cp[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

// Terminal cells of a code point: 2 for East Asian wide characters (Hangul, CJK), else 1.
static int cell_width(uint32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                 (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                 (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                 (c >= 0x20000 && c <= 0x3FFFD)
             ? 2
             : 1;
}

bool spec_has_bom(const char *text) {
  return strncmp(text, "\xEF\xBB\xBF", 3) == 0;
}

// Start of 1-based line `line` in text (past a byte-order mark), NULL past the end.
static const char *line_start(const char *text, int line) {
  const char *s = spec_has_bom(text) ? text + 3 : text;
  for (int l = 1; l < line; l++) {
    s = strchr(s, '\n');
    if (!s) return NULL;
    s++;
  }
  return *s ? s : NULL;
}

// A line longer than SHOWN_COLS bytes is shown as a window of SHOWN_COLS characters
// starting SHOWN_BEFORE characters before the caret, "..." marking what is cut.
enum { SHOWN_COLS = 120, SHOWN_BEFORE = 60 };

// The bytes of the first `cols` characters of u[0..n) (an invalid byte counts as one).
static size_t skip_cols(const unsigned char *u, size_t n, int cols) {
  size_t i = 0;
  for (int c = 0; c < cols && i < n; c++) {
    uint32_t cp;
    int len = spec_utf8_decode(u + i, n - i, &cp);
    i += len ? (size_t)len : 1;
  }
  return i;
}

// The source line, then a caret under column `col` (tabs kept, wide characters as two).
static void print_source_line(FILE *err, const char *text, SrcLoc loc) {
  const char *s = line_start(text, loc.line);
  if (!s) return;
  size_t n = strcspn(s, "\n");
  if (n > 0 && s[n - 1] == '\r') n--;
  const unsigned char *u = (const unsigned char *)s;
  bool long_line = n > SHOWN_COLS;
  int first = long_line && loc.col > SHOWN_BEFORE ? loc.col - SHOWN_BEFORE : 1; // shown first
  size_t from = skip_cols(u, n, first - 1);
  size_t to = long_line ? from + skip_cols(u + from, n - from, SHOWN_COLS) : n;
  const char *cut = from > 0 ? "..." : "";
  fprintf(err, "%s%.*s%s\n", cut, (int)(to - from), s + from, to < n ? "..." : "");
  fputs(from > 0 ? "   " : "", err);
  u += from;
  n -= from;
  for (int col = first; col < loc.col; col++) {
    uint32_t cp = ' '; // past the line's end: pad with spaces
    int len = n > 0 ? spec_utf8_decode(u, n, &cp) : 0;
    if (n > 0 && len == 0) len = 1; // an invalid byte: one column
    fputs(cp == '\t' ? "\t" : cell_width(cp) == 2 ? "  " : " ", err);
    u += len;
    n -= (size_t)len;
  }
  fputs("^\n", err);
}

void spec_verror(FILE *err, const char *text, SrcLoc loc, const char *fmt, va_list ap) {
  if (loc.file)
    fprintf(err, "%s:%d:%d: error: ", loc.file, loc.line, loc.col);
  else
    fputs("bertc: error: ", err);
  vfprintf(err, fmt, ap);
  fputc('\n', err);
  if (text && loc.line > 0) print_source_line(err, text, loc);
}

void spec_error_at(FILE *err, SrcLoc loc, const char *fmt, ...) {
  char *text = loc.file ? read_file(loc.file, NULL) : NULL;
  va_list ap;
  va_start(ap, fmt);
  spec_verror(err, text, loc, fmt, ap);
  va_end(ap);
  free(text);
}

// Optimal-string-alignment distance: edits, with a swap of neighbours as one edit.
static int edit_distance(const char *a, const char *b) {
  size_t n = strlen(a), m = strlen(b);
  int *d = xcalloc((n + 1) * (m + 1), sizeof *d);
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (size_t i = 0; i <= n; i++)
    D(i, 0) = (int)i;
  for (size_t j = 0; j <= m; j++)
    D(0, j) = (int)j;
  for (size_t i = 1; i <= n; i++)
    for (size_t j = 1; j <= m; j++) {
      int best = D(i - 1, j - 1) + (a[i - 1] != b[j - 1]);
      if (D(i - 1, j) + 1 < best) best = D(i - 1, j) + 1;
      if (D(i, j - 1) + 1 < best) best = D(i, j - 1) + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
          D(i - 2, j - 2) + 1 < best)
        best = D(i - 2, j - 2) + 1;
      D(i, j) = best;
    }
  int result = D(n, m);
#undef D
  free(d);
  return result;
}

const char *spec_nearest(const char *s, const char *const *cands, int n) {
  const char *best = NULL;
  int best_d = INT_MAX;
  size_t len = strlen(s);
  for (int i = 0; i < n; i++) {
    size_t cand_len = strlen(cands[i]); // the distance is at least the difference
    if (len > cand_len + 2 || cand_len > len + 2) continue;
    int d = edit_distance(s, cands[i]);
    if (d < best_d && d <= 2 && 2 * d <= (int)strlen(cands[i])) {
      best = cands[i];
      best_d = d;
    }
  }
  return best;
}
