// infer_model.c — what the inference commands share (infer_model.h): a checkpoint folder
// loaded into the program with its tokenizer, and the texts of a command line.
#include "infer_model.h"

#include "hf_checkpoint.h"
#include "pool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void model_close(loaded_model *lm) {
  program_close(lm->p);
  tok_free(lm->tok);
  *lm = (loaded_model){0};
}

int model_open(loaded_model *lm, const bertrt_model *m, const char *dir, const char *threads_s,
               bool warn_new) {
  *lm = (loaded_model){0};
  char err[512];
  if (!(lm->task = task_of(m, err, sizeof err))) {
    program_error(m, "%s", err);
    return 2;
  }
  int64_t threads = 0;
  if (!dir) {
    program_error(m, "--model DIR is required (an HF checkpoint folder, e.g. RUN/best)");
    return 2;
  }
  if (threads_s && !program_parse_int(m, "--threads", threads_s, 1, 1024, &threads)) return 2;
  char *error = NULL, **fresh = NULL, *vocab = NULL;
  bool lower;
  if (!(lm->p = program_open(m, (int)threads, &error))) {
    program_error(m, "%s", error ? error : "out of memory");
    free(error);
    return 1;
  }
  if (!hf_load(lm->p, dir, &fresh, &error) ||
      !hf_tokenizer_settings(m, dir, &vocab, &lower, &error)) {
    program_error(m, "%s", error ? error : "cannot load the checkpoint");
    free(error);
    hf_free_names(fresh);
    model_close(lm);
    return 2;
  }
  if (fresh && warn_new) {
    fprintf(stderr,
            "%s: warning: some parameters are not in %s and were newly initialized:", m->name, dir);
    for (char **n = fresh; *n; n++)
      fprintf(stderr, "%s %s", n == fresh ? "" : ",", *n);
    fprintf(stderr, "\n  its outputs are random until the model is trained (%s train --init %s)\n",
            m->name, dir);
  }
  hf_free_names(fresh);
  lm->tok = tok_load(vocab, lower, stderr, err, sizeof err);
  free(vocab);
  if (!lm->tok) {
    program_error(m, "%s", err);
    model_close(lm);
    return 2;
  }
  lm->how = (TaskLoad){.m = m,
                       .tok = lm->tok,
                       .lower = lower,
                       .max_len = (int)m->buckets[m->n_buckets - 1].seq_len,
                       .threads = pool_threads(lm->p->ctx.pool)};
  return 0;
}

void text_add(text_list *l, const char *s, size_t len) {
  if (l->n == l->cap) {
    l->cap = 2 * l->cap + 16;
    l->items = realloc(l->items, (size_t)l->cap * sizeof *l->items);
    if (!l->items) abort();
  }
  char *copy = strndup(s, len);
  if (!copy) abort();
  l->items[l->n++] = copy;
}

void text_list_free(text_list *l) {
  for (int i = 0; i < l->n; i++)
    free(l->items[i]);
  free(l->items);
}

// The lines of `path` ("-" or NULL: stdin), without their \n or \r\n.
static bool read_lines(const bertrt_model *m, text_list *l, const char *path) {
  FILE *f = path && strcmp(path, "-") ? fopen(path, "r") : stdin;
  if (!f) {
    program_error(m, "%s: cannot read: %s", path, strerror(errno));
    return false;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      len--;
    text_add(l, line, (size_t)len);
  }
  free(line);
  bool ok = !ferror(f);
  if (!ok) program_error(m, "%s: cannot read: %s", path ? path : "stdin", strerror(errno));
  if (f != stdin) fclose(f);
  return ok;
}

// Texts from the positional arguments, else --file, else stdin.
bool gather_texts(const bertrt_model *m, text_list *l, char **pos, int n_pos, const char *file) {
  for (int i = 0; i < n_pos; i++)
    text_add(l, pos[i], strlen(pos[i]));
  if (file) return read_lines(m, l, file);
  return n_pos > 0 || read_lines(m, l, NULL);
}
