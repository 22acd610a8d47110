// cli_text.c — `bertc tokenize` and `bertc vocab build` (cli_text.h).
#include "cli_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"
#include "util.h"
#include "vocab_build.h"

static int usage_error(const char *cmd, const char *msg, const char *arg) {
  fprintf(stderr, "bertc %s: error: %s%s%s\n", cmd, msg, arg ? ": " : "", arg ? arg : "");
  if (strcmp(cmd, "tokenize") == 0)
    fprintf(stderr, "usage: bertc tokenize --vocab V [--lower] [--ids] [--pair] [--max-length N]\n"
                    "         [--truncation longest_first|only_first|only_second]\n"
                    "         [--decode [--skip-special]] [FILE...]\n");
  else
    fprintf(stderr, "usage: bertc vocab build --size N [--lower] [--alphabet N] "
                    "[--min-frequency N] CORPUS... -o OUT\n");
  return EXIT_BAD_INPUT;
}

// A positive int from argv, or -1.
static int parse_count(const char *s) {
  char *end;
  long v = strtol(s, &end, 10);
  return *s && !*end && v > 0 && v <= 1 << 30 ? (int)v : -1;
}

typedef struct {
  const Tokenizer *tok;
  bool ids, pair, decode, skip_special;
  TokEncodeOptions enc;
  TokEncoding out;
  long invalid_lines;
} TokenizeRun;

// One input line (no newline): prints one output line; false on a line it cannot handle.
static bool tokenize_line(TokenizeRun *r, char *line, size_t len, const char *where, long lineno) {
  if (r->decode) {
    VEC(int32_t) ids = {0};
    for (char *p = line, *end; *p; p = end) {
      while (*p == ' ')
        p++;
      if (!*p) break;
      long v = strtol(p, &end, 10);
      if (end == p || (*end && *end != ' ')) {
        fprintf(stderr, "%s:%ld: expected token ids separated by spaces\n", where, lineno);
        free(ids.items);
        return false;
      }
      vec_push(&ids, (int32_t)v);
    }
    char *text = tok_decode(r->tok, ids.items, ids.len, r->skip_special);
    free(ids.items);
    if (!text) {
      fprintf(stderr, "%s:%ld: token id out of range [0, %d)\n", where, lineno,
              tok_vocab_size(r->tok));
      return false;
    }
    printf("%s\n", text);
    free(text);
    return true;
  }
  const char *b = NULL;
  size_t a_len = len, b_len = 0;
  if (r->pair) {
    char *tab = memchr(line, '\t', len);
    if (!tab) {
      fprintf(stderr, "%s:%ld: expected two texts separated by a tab (--pair)\n", where, lineno);
      return false;
    }
    a_len = (size_t)(tab - line);
    b = tab + 1;
    b_len = len - a_len - 1;
  }
  char err[256];
  if (!tok_encode(&r->out, r->tok, line, a_len, b, b_len, &r->enc, err, sizeof err)) {
    fprintf(stderr, "%s:%ld: %s\n", where, lineno, err);
    return false;
  }
  r->invalid_lines += r->out.invalid_utf8;
  for (int i = 0; i < r->out.len; i++) {
    if (i) putchar(' ');
    if (r->ids)
      printf("%d", r->out.ids[i]);
    else
      fputs(tok_token(r->tok, r->out.ids[i]), stdout);
  }
  putchar('\n');
  return true;
}

static int tokenize_stream(TokenizeRun *r, FILE *f, const char *where) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  int rc = EXIT_OK;
  for (long lineno = 1; (n = getline(&line, &cap, f)) >= 0; lineno++) {
    size_t len = (size_t)n;
    if (len && line[len - 1] == '\n') len--;
    if (len && line[len - 1] == '\r') len--;
    line[len] = 0;
    if (!tokenize_line(r, line, len, where, lineno)) rc = EXIT_BAD_INPUT;
  }
  free(line);
  return rc;
}

int cli_tokenize(int argc, char **argv) {
  const char *vocab = NULL;
  bool lower = false;
  TokenizeRun r = {0};
  VEC(const char *) files = {0};
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool has_value = i + 1 < argc;
    if (strcmp(a, "--vocab") == 0 && has_value)
      vocab = argv[++i];
    else if (strcmp(a, "--lower") == 0)
      lower = true;
    else if (strcmp(a, "--ids") == 0)
      r.ids = true;
    else if (strcmp(a, "--pair") == 0)
      r.pair = true;
    else if (strcmp(a, "--decode") == 0)
      r.decode = true;
    else if (strcmp(a, "--skip-special") == 0)
      r.skip_special = true;
    else if (strcmp(a, "--max-length") == 0 && has_value) {
      if ((r.enc.max_length = parse_count(argv[++i])) < 0)
        return usage_error("tokenize", "--max-length expects a positive integer", argv[i]);
    } else if (strcmp(a, "--truncation") == 0 && has_value) {
      const char *s = argv[++i];
      if (strcmp(s, "longest_first") == 0)
        r.enc.truncation = TOK_LONGEST_FIRST;
      else if (strcmp(s, "only_first") == 0)
        r.enc.truncation = TOK_ONLY_FIRST;
      else if (strcmp(s, "only_second") == 0)
        r.enc.truncation = TOK_ONLY_SECOND;
      else
        return usage_error("tokenize",
                           "--truncation expects longest_first, only_first or only_second", s);
    } else if (a[0] == '-' && a[1]) {
      free(files.items);
      return usage_error("tokenize", "unknown option or missing value", a);
    } else
      vec_push(&files, a);
  }
  if (!vocab) {
    free(files.items);
    return usage_error("tokenize", "--vocab is required", NULL);
  }
  char err[512];
  Tokenizer *tok = tok_load(vocab, lower, stderr, err, sizeof err);
  if (!tok) {
    fprintf(stderr, "bertc tokenize: error: %s\n", err);
    free(files.items);
    return EXIT_BAD_INPUT;
  }
  r.tok = tok;
  int rc = EXIT_OK;
  if (files.len == 0) rc = tokenize_stream(&r, stdin, "<stdin>");
  for (int i = 0; i < files.len; i++) {
    FILE *f = strcmp(files.items[i], "-") == 0 ? stdin : fopen(files.items[i], "rb");
    if (!f) {
      fprintf(stderr, "bertc tokenize: error: cannot read %s\n", files.items[i]);
      rc = EXIT_BAD_INPUT;
      continue;
    }
    int frc = tokenize_stream(&r, f, files.items[i]);
    if (frc) rc = frc;
    if (f != stdin) fclose(f);
  }
  if (r.invalid_lines)
    fprintf(stderr,
            "bertc tokenize: %ld line(s) had invalid UTF-8 bytes (read as U+FFFD, dropped)\n",
            r.invalid_lines);
  if (fflush(stdout) != 0) rc = EXIT_FAILURE_RUNTIME;
  tok_encoding_free(&r.out);
  tok_free(tok);
  free(files.items);
  return rc;
}

int cli_vocab(int argc, char **argv) {
  if (argc < 2 || strcmp(argv[1], "build") != 0)
    return usage_error("vocab", "expected the subcommand 'build'", argc >= 2 ? argv[1] : NULL);
  VocabBuildOptions opt = {.size = 0, .lower = false, .alphabet_limit = 2000, .min_frequency = 2};
  const char *out = NULL;
  VEC(const char *) corpus = {0};
  int rc = EXIT_OK;
  for (int i = 2; i < argc && rc == EXIT_OK; i++) {
    const char *a = argv[i];
    bool has_value = i + 1 < argc;
    if (strcmp(a, "--lower") == 0)
      opt.lower = true;
    else if (strcmp(a, "-o") == 0 && has_value)
      out = argv[++i];
    else if ((strcmp(a, "--size") == 0 || strcmp(a, "--alphabet") == 0 ||
              strcmp(a, "--min-frequency") == 0) &&
             has_value) {
      int v = parse_count(argv[++i]);
      if (v < 0) rc = usage_error("vocab", "expected a positive integer", argv[i]);
      *(a[2] == 's' ? &opt.size : a[2] == 'a' ? &opt.alphabet_limit : &opt.min_frequency) = v;
    } else if (a[0] == '-' && a[1])
      rc = usage_error("vocab", "unknown option or missing value", a);
    else
      vec_push(&corpus, a);
  }
  if (rc == EXIT_OK && (!out || opt.size == 0 || corpus.len == 0))
    rc = usage_error("vocab", "--size, -o and at least one corpus file are required", NULL);
  if (rc == EXIT_OK) {
    char err[512];
    rc = vocab_build(corpus.items, corpus.len, out, &opt, err, sizeof err);
    if (rc) fprintf(stderr, "bertc vocab: error: %s\n", err);
  }
  free(corpus.items);
  return rc;
}
