// train_state.c — the resume state of a training run (train_state.h).
#include "train_state.h"
#include "rt_util.h"

#include "json.h"
#include "safetensors.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STATE_VERSION 1

static bool fsync_path(const char *path) {
  int fd = open(path, O_RDONLY);
  if (fd < 0) return false;
  bool ok = fsync(fd) == 0;
  close(fd);
  return ok;
}

static void key_string(JsonWriter *w, const char *key, const char *value) {
  jw_key(w, key);
  if (value)
    jw_string(w, value);
  else
    jw_null(w);
}

static void write_json(JsonWriter *w, const bertrt_model *m, const TrainSettings *s,
                       const TrainProgress *g) {
  jw_begin_object(w);
  jw_key_int(w, "version", STATE_VERSION);
  key_string(w, "program", m->name);
  key_string(w, "spec", m->spec_name);
  jw_key_int(w, "param_elems", m->param_elems);
  key_string(w, "train", s->train);
  key_string(w, "test", s->test);
  key_string(w, "vocab", s->vocab_in_run ? "vocab.txt" : s->vocab);
  jw_key(w, "vocab_in_run");
  jw_bool(w, s->vocab_in_run);
  const RunFile *files[2] = {&s->train_file, &s->test_file};
  for (int i = 0; i < 2; i++) {
    if (files[i]->bytes < 0) continue;
    char hex[17];
    snprintf(hex, sizeof hex, "%016" PRIx64, files[i]->fnv1a);
    jw_key_int(w, i ? "test_bytes" : "train_bytes", files[i]->bytes);
    key_string(w, i ? "test_fnv1a" : "train_fnv1a", hex);
  }
  jw_key(w, "do_lower_case");
  jw_bool(w, s->lower);
  key_string(w, "init", s->init);
  key_string(w, "strategy", s->strategy);
  key_string(w, "pad", s->pad);
  jw_key_int(w, "sample", s->sample);
  jw_key_int(w, "test_sample", s->test_sample);
  jw_key_int(w, "epochs", s->epochs);
  jw_key_int(w, "seed", s->seed);
  jw_key_int(w, "patience", s->patience);
  jw_key_int(w, "threads", s->threads);
  jw_key_double(w, "lr", s->lr);
  jw_key_double(w, "holdout", s->holdout);
  jw_key_int(w, "stride", s->stride);
  jw_key(w, "pack");
  jw_bool(w, s->pack);
  jw_key(w, "whole_word_mask");
  jw_bool(w, s->whole_word_mask);
  jw_key_double(w, "mlm_probability", s->mlm_probability);
  jw_key_int(w, "epoch", g->epoch);
  jw_key_int(w, "batch", g->batch);
  jw_key_int(w, "step", g->step);
  jw_key_double(w, "best_acc", g->best_metric); // the key of runs from before the task table
  jw_key_int(w, "best_epoch", g->best_epoch);
  jw_key_int(w, "stale_epochs", g->stale_epochs);
  jw_key_double(w, "epoch_loss_sum", g->epoch_loss_sum);
  jw_key_int(w, "epoch_correct", g->epoch_correct);
  jw_key_int(w, "epoch_rows", g->epoch_rows);
  jw_key_double(w, "train_seconds", g->train_seconds);
  jw_key_int(w, "skipped_steps", g->skipped_steps);
  jw_end_object(w);
}

bool train_state_save(const bertrt_program *p, const char *run_dir, const TrainSettings *s,
                      const TrainProgress *g, char **error) {
  const bertrt_model *m = p->model;
  char dir[4096], tmp[4200], path[4200];
  snprintf(dir, sizeof dir, "%s/state", run_dir);
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    return rt_error(error, "%s: cannot create: %s", dir, strerror(errno));
  snprintf(path, sizeof path, "%s/trainer.safetensors", dir);
  snprintf(tmp, sizeof tmp, "%s/.trainer.safetensors.tmp.%d", dir, (int)getpid());
  JsonWriter jw = {0};
  write_json(&jw, m, s, g);
  st_writer *w = st_writer_new();
  int64_t n = m->param_elems, json_len = (int64_t)jw.len;
  const bertrt_arena saved[] = {BERTRT_PARAMS, BERTRT_ADAM_M, BERTRT_ADAM_V};
  for (int i = 0; i < 3; i++)
    program_from_device(p, saved[i]);
  st_writer_add(w, "params", ST_F32, 1, &n, p->host[BERTRT_PARAMS]);
  st_writer_add(w, "adam_m", ST_F32, 1, &n, p->host[BERTRT_ADAM_M]);
  st_writer_add(w, "adam_v", ST_F32, 1, &n, p->host[BERTRT_ADAM_V]);
  st_writer_add(w, "state", ST_U8, 1, &json_len, jw.data);
  bool ok = st_writer_write(w, tmp, error);
  st_writer_free(w);
  jw_free(&jw);
  if (ok && (!fsync_path(tmp) || rename(tmp, path) != 0 || !fsync_path(dir)))
    ok = rt_error(error, "%s: cannot write the trainer state: %s", path, strerror(errno));
  if (!ok) unlink(tmp);
  return ok;
}

// ---- loading ---------------------------------------------------------------------------

static char *get_string(const JsonValue *o, const char *key, bool *ok) {
  const JsonValue *v = json_get(o, key);
  if (v && v->kind == JSON_NULL) return NULL;
  if (!v || v->kind != JSON_STRING) {
    *ok = false;
    return NULL;
  }
  return strdup(v->text);
}

static int64_t get_int(const JsonValue *o, const char *key, bool *ok) {
  int64_t x = 0;
  if (!json_as_int(json_get(o, key), &x)) *ok = false;
  return x;
}

static double get_double(const JsonValue *o, const char *key, bool *ok) {
  const JsonValue *v = json_get(o, key);
  if (!v || v->kind != JSON_NUMBER) {
    *ok = false;
    return 0;
  }
  return v->number;
}

// A data file's recorded fingerprint ("train" or "test"); bytes -1 when the state has none.
static RunFile get_file(const JsonValue *o, const char *which, const char *path, bool *ok) {
  char bytes_key[16], hash_key[16];
  snprintf(bytes_key, sizeof bytes_key, "%s_bytes", which);
  snprintf(hash_key, sizeof hash_key, "%s_fnv1a", which);
  RunFile f = {.path = path ? strdup(path) : NULL, .bytes = -1};
  const JsonValue *hash = json_get(o, hash_key);
  if (!json_get(o, bytes_key)) return f;
  f.bytes = get_int(o, bytes_key, ok);
  char *end = NULL;
  if (hash && hash->kind == JSON_STRING) f.fnv1a = strtoull(hash->text, &end, 16);
  if (!end || *end) *ok = false;
  return f;
}

static bool read_json(const JsonValue *o, const char *run_dir, TrainSettings *s, TrainProgress *g) {
  bool ok = true;
  *s = (TrainSettings){
      .train = get_string(o, "train", &ok),
      .test = get_string(o, "test", &ok),
      .vocab = get_string(o, "vocab", &ok),
      .lower = json_get(o, "do_lower_case") && json_get(o, "do_lower_case")->boolean,
      .init = get_string(o, "init", &ok),
      .strategy = get_string(o, "strategy", &ok),
      .pad = get_string(o, "pad", &ok),
      .sample = get_int(o, "sample", &ok),
      .test_sample = get_int(o, "test_sample", &ok),
      .epochs = get_int(o, "epochs", &ok),
      .seed = get_int(o, "seed", &ok),
      .patience = get_int(o, "patience", &ok),
      .threads = get_int(o, "threads", &ok),
      .lr = get_double(o, "lr", &ok),
      .holdout = json_get(o, "holdout") ? get_double(o, "holdout", &ok) : 0, // newer keys
      .stride = json_get(o, "stride") ? get_int(o, "stride", &ok) : 0,
      .vocab_in_run = json_get(o, "vocab_in_run") && json_get(o, "vocab_in_run")->boolean,
      .pack = json_get(o, "pack") && json_get(o, "pack")->boolean,
      .whole_word_mask = json_get(o, "whole_word_mask") && json_get(o, "whole_word_mask")->boolean,
      .mlm_probability = json_get(o, "mlm_probability") ? get_double(o, "mlm_probability", &ok) : 0,
  };
  s->train_file = get_file(o, "train", s->train, &ok);
  s->test_file = get_file(o, "test", s->test, &ok);
  if (s->vocab_in_run) {
    free(s->vocab);
    free(s->train_file.path);
    free(s->test_file.path);
    if (asprintf(&s->vocab, "%s/vocab.txt", run_dir) < 0) abort();
  }
  *g = (TrainProgress){
      .epoch = get_int(o, "epoch", &ok),
      .batch = get_int(o, "batch", &ok),
      .step = get_int(o, "step", &ok),
      .best_metric = get_double(o, "best_acc", &ok),
      .best_epoch = get_int(o, "best_epoch", &ok),
      .stale_epochs = get_int(o, "stale_epochs", &ok),
      .epoch_loss_sum = get_double(o, "epoch_loss_sum", &ok),
      .epoch_correct = get_int(o, "epoch_correct", &ok),
      .epoch_rows = get_int(o, "epoch_rows", &ok),
      .train_seconds = get_double(o, "train_seconds", &ok),
      .skipped_steps = json_get(o, "skipped_steps") ? get_int(o, "skipped_steps", &ok) : 0,
  };
  return ok && s->train && s->test && s->vocab && s->strategy && s->pad;
}

// Checks the state's program against m; false with *error naming both.
static bool same_program(const JsonValue *o, const bertrt_model *m, const char *path,
                         char **error) {
  bool ok = true;
  const JsonValue *name = json_get(o, "program"), *spec = json_get(o, "spec");
  int64_t elems = get_int(o, "param_elems", &ok);
  if (!ok || !name || name->kind != JSON_STRING || !spec || spec->kind != JSON_STRING)
    return rt_error(error, "%s: not a trainer state (no program, spec or param_elems)", path);
  if (strcmp(name->text, m->name) || strcmp(spec->text, m->spec_name) || elems != m->param_elems)
    return rt_error(error,
                    "%s: the run belongs to program '%s' (spec '%s', %lld parameters), not to "
                    "'%s' (spec '%s', %lld parameters); resume it with that program",
                    path, name->text, spec->text, (long long)elems, m->name, m->spec_name,
                    (long long)m->param_elems);
  return true;
}

static bool read_arena(bertrt_program *p, const st_file *f, const char *name, bertrt_arena arena,
                       char **error) {
  const st_tensor *t = st_find(f, name);
  if (!t || t->dtype != ST_F32 || t->numel != p->model->param_elems)
    return rt_error(error, "%s: tensor '%s' is missing or not F32 [%lld]", st_path(f), name,
                    (long long)p->model->param_elems);
  if (!st_read_f32(f, t, p->host[arena], error)) return false;
  program_to_device(p, arena);
  return true;
}

int train_state_load(bertrt_program *p, const char *run_dir, TrainSettings *s, TrainProgress *g,
                     char **error) {
  char path[4200];
  snprintf(path, sizeof path, "%s/state/trainer.safetensors", run_dir);
  *s = (TrainSettings){0};
  if (access(path, F_OK) != 0) {
    rt_error(error, "%s: no trainer state (%s is not a run started by `train --out`)", path,
             run_dir);
    return 2;
  }
  st_file *f = st_open(path, error);
  if (!f) return 1;
  const st_tensor *t = st_find(f, "state");
  JsonError jerr;
  JsonValue *o = t && t->dtype == ST_U8 ? json_parse(t->data, t->nbytes, &jerr) : NULL;
  int status = 2;
  if (!o || o->kind != JSON_OBJECT)
    rt_error(error, "%s: not a trainer state (no readable 'state' tensor)", path);
  else if (same_program(o, p->model, path, error)) {
    if (!read_json(o, run_dir, s, g))
      rt_error(error, "%s: the state is incomplete (written by another version?)", path);
    else if (!json_get(o, "do_lower_case")) // a state from before the key: the spec's
      s->lower = p->model->do_lower_case != 0;
    else if (read_arena(p, f, "params", BERTRT_PARAMS, error) &&
             read_arena(p, f, "adam_m", BERTRT_ADAM_M, error) &&
             read_arena(p, f, "adam_v", BERTRT_ADAM_V, error))
      status = 0;
    else
      status = 1;
  }
  json_free(o);
  st_close(f);
  return status;
}

void train_settings_free(TrainSettings *s) {
  free(s->train);
  free(s->test);
  free(s->vocab);
  free(s->init);
  free(s->strategy);
  free(s->pad);
  *s = (TrainSettings){0};
}
