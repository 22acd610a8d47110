// infer_model.h — what the inference commands (infer.c, fill_mask.c) share: a checkpoint
// folder loaded into the program with its tokenizer, and the texts of a command line.
#ifndef BERTRT_INFER_MODEL_H
#define BERTRT_INFER_MODEL_H

#include "program.h"
#include "task.h"
#include "tokenizer.h"

#include <stdbool.h>

typedef struct {
  bertrt_program *p;
  const Task *task;
  Tokenizer *tok;
  TaskLoad how; // encoding for this model: its tokenizer, the largest bucket, threads
} loaded_model;

// Opens the program on --threads `threads_s` (NULL: the default) and loads checkpoint folder
// `dir` (NULL: an error asking for --model) and its tokenizer. A parameter the checkpoint
// lacks is a warning (`warn_new`) or, for embed, a note when only the head is new. Returns 0
// or the exit status (after reporting).
int model_open(loaded_model *lm, const bertrt_model *m, const char *dir, const char *threads_s,
               bool warn_new);
// Closes what model_open opened and zeroes *lm (closing twice, or a zeroed lm, is harmless).
void model_close(loaded_model *lm);

// A growing list of malloc'd texts.
typedef struct {
  char **items;
  int n, cap;
} text_list;

void text_add(text_list *l, const char *s, size_t len); // a copy of s[0, len)
void text_list_free(text_list *l);
// Texts from the positional arguments pos [n_pos], else the lines of `file` ("-": stdin),
// else of stdin, each without its \n or \r\n; with both, the arguments then the file's lines.
// False after reporting a file that cannot be read.
bool gather_texts(const bertrt_model *m, text_list *l, char **pos, int n_pos, const char *file);

#endif
