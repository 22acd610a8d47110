// run_files.h — what a training run keeps so that `train --resume RUN` works from any working
// directory and notices changed data: its own copy of the vocabulary (RUN/vocab.txt) and, for
// each data file, its absolute path with its size and FNV-1a checksum.
#ifndef BERTRT_RUN_FILES_H
#define BERTRT_RUN_FILES_H

#include <stdbool.h>
#include <stdint.h>

// A data file as the run first read it.
typedef struct {
  char *path;     // absolute
  int64_t bytes;  // -1: not recorded (a run from before these were kept)
  uint64_t fnv1a; // of its bytes
} RunFile;

// Copies `vocab` to RUN/vocab.txt (atomically); *kept is that path (malloc'd). False with
// *error (malloc'd).
bool run_keep_vocab(const char *run, const char *vocab, char **kept, char **error);
// The absolute path, size and checksum of `path` into *f. False with *error when it cannot
// be read.
bool run_file_record(const char *path, RunFile *f, char **error);
// Whether `path` is still the file *recorded describes (size and checksum; a record without
// them matches anything). False with *error naming both when it is not, or unreadable.
// `what` names it in the message ("--train").
bool run_file_check(const char *what, const char *path, const RunFile *recorded, char **error);

#endif
