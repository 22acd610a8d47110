// run_files.c — the run folder's copy of its vocabulary and its data files' fingerprints
// (run_files.h).
#include "run_files.h"

#include "rt_util.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool run_keep_vocab(const char *run, const char *vocab, char **kept, char **error) {
  size_t len;
  char *text = rt_read_file(vocab, &len);
  if (!text) return rt_error(error, "%s: cannot read: %s", vocab, strerror(errno));
  if (asprintf(kept, "%s/vocab.txt", run) < 0) abort();
  bool ok = rt_write_file_atomic(*kept, text, len) ||
            rt_error(error, "%s: cannot write: %s", *kept, strerror(errno));
  free(text);
  if (!ok) free(*kept), *kept = NULL;
  return ok;
}

bool run_file_record(const char *path, RunFile *f, char **error) {
  size_t len;
  char *text = rt_read_file(path, &len);
  if (!text) return rt_error(error, "%s: cannot read: %s", path, strerror(errno));
  char *abs = realpath(path, NULL);
  *f = (RunFile){.path = abs ? abs : strdup(path),
                 .bytes = (int64_t)len,
                 .fnv1a = rt_fnv1a(RT_FNV1A_BASIS, text, len)};
  free(text);
  if (!f->path) abort();
  return true;
}

bool run_file_check(const char *what, const char *path, const RunFile *recorded, char **error) {
  if (recorded->bytes < 0) return true;
  RunFile now;
  if (!run_file_record(path, &now, error)) return false;
  bool same = now.bytes == recorded->bytes && now.fnv1a == recorded->fnv1a;
  if (!same)
    rt_error(error,
             "%s %s is not the data the run started with (%" PRId64 " bytes, checksum %016" PRIx64
             "; now %" PRId64 " bytes, %016" PRIx64 "): resuming needs the same data; give the "
             "original file with %s PATH",
             what, path, recorded->bytes, recorded->fnv1a, now.bytes, now.fnv1a, what);
  free(now.path);
  return same;
}
