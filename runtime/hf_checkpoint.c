// hf_checkpoint.c — HuggingFace checkpoint folders (contract in hf_checkpoint.h).
#include "hf_checkpoint.h"
#include "rt_util.h"

#include "json.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_LISTED 10 // problems listed in one error before "... and N more"

// "dir/name", malloc'd.
static char *join(const char *dir, const char *name) {
  char *path;
  size_t n = strlen(dir);
  while (n > 1 && dir[n - 1] == '/')
    n--;
  if (asprintf(&path, "%.*s/%s", (int)n, dir, name) < 0) abort();
  return path;
}

static bool is_file(const char *dir, const char *name) {
  char *path = join(dir, name);
  struct stat st;
  bool ok = stat(path, &st) == 0 && S_ISREG(st.st_mode);
  free(path);
  return ok;
}

// The shortest %g text that reads back to v (Python's repr of a float, near enough).
static const char *fmt_double(char buf[32], double v) {
  for (int digits = 1; digits <= 17; digits++) {
    snprintf(buf, 32, "%.*g", digits, v);
    if (strtod(buf, NULL) == v) break;
  }
  return buf;
}

static const char *label_name(const bertrt_model *m, int64_t i, char buf[32]) {
  if (m->labels && m->labels[i]) return m->labels[i];
  snprintf(buf, 32, "LABEL_%lld", (long long)i);
  return buf;
}

// ---- config.json -----------------------------------------------------------------------

typedef enum {
  FIELD_INT,  // int64_t in bertrt_model
  FIELD_REAL, // double
  FIELD_STR,  // const char *
} field_kind;

// The BertConfig fields the descriptor has, with BertConfig's defaults (used when a
// config.json lacks the key). Sorted by key, as to_json_string writes them.
static const struct {
  const char *key;
  field_kind kind;
  size_t offset; // into bertrt_model
  double def;
  const char *def_str;
} fields[] = {
    {"attention_probs_dropout_prob", FIELD_REAL,
     offsetof(bertrt_model, attention_probs_dropout_prob), 0.1, NULL},
    {"hidden_act", FIELD_STR, offsetof(bertrt_model, hidden_act), 0, "gelu"},
    {"hidden_dropout_prob", FIELD_REAL, offsetof(bertrt_model, hidden_dropout_prob), 0.1, NULL},
    {"hidden_size", FIELD_INT, offsetof(bertrt_model, hidden_size), 768, NULL},
    {"initializer_range", FIELD_REAL, offsetof(bertrt_model, initializer_range), 0.02, NULL},
    {"intermediate_size", FIELD_INT, offsetof(bertrt_model, intermediate_size), 3072, NULL},
    {"layer_norm_eps", FIELD_REAL, offsetof(bertrt_model, layer_norm_eps), 1e-12, NULL},
    {"max_position_embeddings", FIELD_INT, offsetof(bertrt_model, max_position_embeddings), 512,
     NULL},
    {"num_attention_heads", FIELD_INT, offsetof(bertrt_model, num_attention_heads), 12, NULL},
    {"num_hidden_layers", FIELD_INT, offsetof(bertrt_model, num_hidden_layers), 12, NULL},
    {"pad_token_id", FIELD_INT, offsetof(bertrt_model, pad_token_id), 0, NULL},
    {"type_vocab_size", FIELD_INT, offsetof(bertrt_model, type_vocab_size), 2, NULL},
    {"vocab_size", FIELD_INT, offsetof(bertrt_model, vocab_size), 30522, NULL},
};
#define N_FIELDS (int)(sizeof fields / sizeof fields[0])

// Field i of the descriptor (memcpy: the table holds offsets, not typed pointers).
static int64_t field_int(const bertrt_model *m, int i) {
  int64_t v;
  memcpy(&v, (const char *)m + fields[i].offset, sizeof v);
  return v;
}
static double field_real(const bertrt_model *m, int i) {
  double v;
  memcpy(&v, (const char *)m + fields[i].offset, sizeof v);
  return v;
}
static const char *field_str(const bertrt_model *m, int i) {
  const char *v;
  memcpy(&v, (const char *)m + fields[i].offset, sizeof v);
  return v;
}

static const bertrt_model *sort_model; // qsort has no context argument
static int cmp_label(const void *a, const void *b) {
  char x[32], y[32];
  return strcmp(label_name(sort_model, *(const int64_t *)a, x),
                label_name(sort_model, *(const int64_t *)b, y));
}

static void write_labels(JsonWriter *w, const bertrt_model *m) {
  char buf[32], key[32];
  jw_key(w, "id2label");
  jw_begin_object(w);
  for (int64_t i = 0; i < m->num_labels; i++) {
    snprintf(key, sizeof key, "%lld", (long long)i);
    jw_key(w, key);
    jw_string(w, label_name(m, i, buf));
  }
  jw_end_object(w);
}

static void write_label2id(JsonWriter *w, const bertrt_model *m) {
  char buf[32];
  int64_t *order = malloc((size_t)m->num_labels * sizeof *order);
  if (!order) abort();
  for (int64_t i = 0; i < m->num_labels; i++)
    order[i] = i;
  sort_model = m;
  qsort(order, (size_t)m->num_labels, sizeof *order, cmp_label);
  jw_key(w, "label2id");
  jw_begin_object(w);
  for (int64_t i = 0; i < m->num_labels; i++) {
    jw_key(w, label_name(m, order[i], buf));
    jw_int(w, order[i]);
  }
  jw_end_object(w);
  free(order);
}

// One descriptor field as its JSON value.
static void write_field(JsonWriter *w, const bertrt_model *m, int i) {
  jw_key(w, fields[i].key);
  if (fields[i].kind == FIELD_INT) jw_int(w, field_int(m, i));
  if (fields[i].kind == FIELD_REAL) jw_double(w, field_real(m, i));
  if (fields[i].kind == FIELD_STR) jw_string(w, field_str(m, i));
}

// BertConfig.to_json_string: json.dumps(indent=2, sort_keys=True) + "\n". The descriptor's
// fields merge, in key order, with the fixed ones.
static void config_json(JsonWriter *w, const bertrt_model *m) {
  bool has_labels = m->labels != NULL;
  static const char *const fixed[] = {
      "architectures", "classifier_dropout",      "dtype",    "id2label", "label2id",
      "model_type",    "position_embedding_type", "use_cache"}; // sorted
  int nf = (int)(sizeof fixed / sizeof fixed[0]), i = 0, k = 0;
  jw_begin_object(w);
  while (i < N_FIELDS || k < nf) {
    if (k == nf || (i < N_FIELDS && strcmp(fields[i].key, fixed[k]) < 0)) {
      write_field(w, m, i++);
      continue;
    }
    const char *key = fixed[k++];
    if (!strcmp(key, "architectures")) {
      jw_key(w, key);
      jw_begin_array(w);
      jw_string(w, m->hf_architecture);
      jw_end_array(w);
    } else if (!strcmp(key, "classifier_dropout")) {
      jw_key(w, key);
      jw_null(w);
    } else if (!strcmp(key, "dtype")) {
      jw_key(w, key);
      jw_string(w, "float32");
    } else if (!strcmp(key, "id2label") && has_labels) {
      write_labels(w, m);
    } else if (!strcmp(key, "label2id") && has_labels) {
      write_label2id(w, m);
    } else if (!strcmp(key, "model_type")) {
      jw_key(w, key);
      jw_string(w, "bert");
    } else if (!strcmp(key, "position_embedding_type")) {
      jw_key(w, key);
      jw_string(w, "absolute");
    } else if (!strcmp(key, "use_cache")) {
      jw_key(w, key);
      jw_bool(w, true);
    }
  }
  jw_end_object(w);
}

// What save_pretrained of a BertTokenizer writes, for this vocabulary's settings.
static void tokenizer_config_json(JsonWriter *w, const bertrt_model *m, bool do_lower_case) {
  static const char *const specials[][2] = {{"cls_token", "[CLS]"},
                                            {"mask_token", "[MASK]"},
                                            {"pad_token", "[PAD]"},
                                            {"sep_token", "[SEP]"},
                                            {"unk_token", "[UNK]"}};
  jw_begin_object(w);
  jw_key(w, "clean_up_tokenization_spaces");
  jw_bool(w, true);
  jw_key(w, specials[0][0]);
  jw_string(w, specials[0][1]);
  jw_key(w, "do_basic_tokenize");
  jw_bool(w, true);
  jw_key(w, "do_lower_case");
  jw_bool(w, do_lower_case);
  jw_key(w, specials[1][0]);
  jw_string(w, specials[1][1]);
  jw_key(w, "model_max_length");
  jw_int(w, m->max_position_embeddings);
  jw_key(w, "never_split");
  jw_null(w);
  for (int i = 2; i < 4; i++) {
    jw_key(w, specials[i][0]);
    jw_string(w, specials[i][1]);
  }
  jw_key(w, "strip_accents");
  jw_null(w);
  jw_key(w, "tokenize_chinese_chars");
  jw_bool(w, true);
  jw_key(w, "tokenizer_class");
  jw_string(w, "BertTokenizer");
  jw_key(w, specials[4][0]);
  jw_string(w, specials[4][1]);
  jw_end_object(w);
}

// ---- files -----------------------------------------------------------------------------

static bool read_all(const char *path, char **data, size_t *len, char **error) {
  FILE *f = fopen(path, "rb");
  if (!f) return rt_error(error, "%s: cannot read: %s", path, strerror(errno));
  char *buf = NULL;
  size_t n = 0, cap = 0, got;
  do {
    if (n + 65536 > cap) {
      cap = 2 * cap + 65536;
      char *grown = realloc(buf, cap);
      if (!grown) abort();
      buf = grown;
    }
    got = fread(buf + n, 1, cap - n, f);
    n += got;
  } while (got > 0);
  bool ok = !ferror(f);
  int saved = errno;
  fclose(f);
  if (!ok) {
    free(buf);
    return rt_error(error, "%s: cannot read: %s", path, strerror(saved));
  }
  *data = buf;
  *len = n;
  return true;
}

// Lines of a text file as Python's readlines counts them.
static int64_t count_lines(const char *data, size_t len) {
  int64_t n = 0;
  for (size_t i = 0; i < len; i++)
    n += data[i] == '\n';
  return n + (len > 0 && data[len - 1] != '\n');
}

static bool write_file(const char *path, const void *data, size_t len, char **error) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  bool ok = fd >= 0;
  for (size_t done = 0; ok && done < len;) {
    ssize_t n = write(fd, (const char *)data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += (size_t)n;
  }
  if (ok) ok = fsync(fd) == 0;
  if (fd >= 0 && close(fd) != 0) ok = false;
  return ok || rt_error(error, "%s: cannot write: %s", path, strerror(errno ? errno : EIO));
}

// JSON text plus the final newline HF writes, into dir/name.
static bool write_json(const char *dir, const char *name, const JsonWriter *w, char **error) {
  char *path = join(dir, name), *text;
  if (asprintf(&text, "%s\n", w->data) < 0) abort();
  bool ok = write_file(path, text, strlen(text), error);
  free(text);
  free(path);
  return ok;
}

static bool fsync_dir(const char *path) {
  int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = fsync(fd) == 0;
  close(fd);
  return ok;
}

// The folder containing `path` (malloc'd): "." for a bare name.
static char *parent_of(const char *path) {
  char *copy = strdup(path);
  if (!copy) abort();
  size_t n = strlen(copy);
  while (n > 1 && copy[n - 1] == '/')
    copy[--n] = '\0';
  char *slash = strrchr(copy, '/');
  if (!slash) return strcpy(copy, "."), copy;
  slash[slash == copy] = '\0';
  return copy;
}

// Puts the finished folder `tmp` at `dir`: a plain rename when dir does not exist, else an
// atomic exchange (or, where the file system cannot exchange, dir moved aside first), and
// the old folder removed. The parent is fsync'd so the rename survives a crash.
static bool replace_dir(const char *tmp, const char *dir, char **error) {
  bool ok = renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_NOREPLACE) == 0;
  if (!ok && errno == EEXIST) {
    ok = renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE) == 0;
    if (ok) rt_remove_tree(tmp); // tmp now holds the previous checkpoint
  }
  if (!ok && (errno == EINVAL || errno == ENOSYS)) {
    char *old;
    if (asprintf(&old, "%s.old", tmp) < 0) abort();
    ok = rename(dir, old) == 0 || errno == ENOENT;
    if (ok) ok = rename(tmp, dir) == 0;
    if (ok)
      rt_remove_tree(old);
    else
      rename(old, dir); // put the previous checkpoint back
    free(old);
  }
  if (!ok) return rt_error(error, "%s: cannot replace it: %s", dir, strerror(errno));
  char *parent = parent_of(dir);
  fsync_dir(parent);
  free(parent);
  return true;
}

// The four files into the (new, empty) folder tmp.
static bool save_into(const bertrt_program *p, const char *tmp, const char *vocab_path,
                      bool do_lower_case, char **error) {
  const bertrt_model *m = p->model;
  char *vocab = NULL;
  size_t vocab_len = 0;
  if (!read_all(vocab_path, &vocab, &vocab_len, error)) return false;
  int64_t lines = count_lines(vocab, vocab_len);
  if (lines != m->vocab_size) {
    free(vocab);
    return rt_error(error, "%s has %lld lines, but %s was compiled for vocab_size %lld", vocab_path,
                    (long long)lines, m->name, (long long)m->vocab_size);
  }
  char *path = join(tmp, "vocab.txt");
  bool ok = write_file(path, vocab, vocab_len, error);
  free(path);
  free(vocab);

  JsonWriter w = {.indent = 2, .ascii = true};
  config_json(&w, m);
  ok = ok && write_json(tmp, "config.json", &w, error);
  jw_free(&w);
  tokenizer_config_json(&w, m, do_lower_case);
  ok = ok && write_json(tmp, "tokenizer_config.json", &w, error);
  jw_free(&w);

  st_writer *st = st_writer_new();
  program_from_device(p, BERTRT_PARAMS);
  for (int64_t i = 0; i < m->n_params; i++) {
    const bertrt_param *q = &m->params[i];
    st_writer_add(st, q->name, ST_F32, (int)q->rank, q->shape,
                  program_param_data(p, q, BERTRT_PARAMS));
  }
  path = join(tmp, "model.safetensors");
  ok = ok && st_writer_write(st, path, error);
  free(path);
  st_writer_free(st);
  return ok && (fsync_dir(tmp) || rt_error(error, "%s: cannot sync: %s", tmp, strerror(errno)));
}

bool hf_save(const bertrt_program *p, const char *dir, const char *vocab_path, bool do_lower_case,
             char **error) {
  struct stat st;
  if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
    return rt_error(error, "%s: exists and is not a folder", dir);
  char *base = join(dir, ""), *tmp;
  base[strlen(base) - 1] = '\0'; // dir without trailing slashes
  if (asprintf(&tmp, "%s.tmp-XXXXXX", base) < 0) abort();
  bool ok = mkdtemp(tmp) != NULL;
  if (!ok)
    rt_error(error, "%s: cannot create a temporary folder beside it: %s", dir, strerror(errno));
  ok = ok && save_into(p, tmp, vocab_path, do_lower_case, error) && replace_dir(tmp, base, error);
  if (!ok) rt_remove_tree(tmp);
  free(tmp);
  free(base);
  return ok;
}

// ---- loading ---------------------------------------------------------------------------

// A list of problems: the first MAX_LISTED lines kept, all counted.
typedef struct {
  char *text;
  size_t len;
  FILE *f;
  int count;
} problems;

static void problems_open(problems *pr) {
  *pr = (problems){0};
  pr->f = open_memstream(&pr->text, &pr->len);
  if (!pr->f) abort();
}

static void problem(problems *pr, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void problem(problems *pr, const char *fmt, ...) {
  if (pr->count++ >= MAX_LISTED) return;
  va_list ap;
  va_start(ap, fmt);
  fputs("\n  ", pr->f);
  vfprintf(pr->f, fmt, ap);
  va_end(ap);
}

// Closes the list; false with *error = "<head>: N problem(s):<lines>" when there were any.
static bool problems_close(problems *pr, const char *head, char **error) {
  if (pr->count > MAX_LISTED) fprintf(pr->f, "\n  ... and %d more", pr->count - MAX_LISTED);
  fclose(pr->f);
  bool ok = pr->count == 0;
  if (!ok)
    rt_error(error, "%s: %d problem%s:%s", head, pr->count, pr->count == 1 ? "" : "s", pr->text);
  free(pr->text);
  return ok;
}

// v as config.json has it, into buf: 512, 'relu', true, null, an array.
static const char *json_text(const JsonValue *v, char buf[64]) {
  if (v->kind == JSON_NUMBER)
    snprintf(buf, 64, "%.60s", v->text);
  else if (v->kind == JSON_STRING)
    snprintf(buf, 64, "'%.58s'", v->text);
  else if (v->kind == JSON_BOOL)
    snprintf(buf, 64, "%s", v->boolean ? "true" : "false");
  else
    snprintf(buf, 64, "%s", v->kind == JSON_NULL ? "null" : json_kind_name(v->kind));
  return buf;
}

// One field of config.json against the descriptor.
static void check_field(problems *pr, const bertrt_model *m, const JsonValue *cfg, int i) {
  const JsonValue *v = json_get(cfg, fields[i].key);
  char want[64], got[64];
  int64_t n = 0;
  bool same;
  if (fields[i].kind == FIELD_INT) {
    int64_t mine = field_int(m, i);
    snprintf(want, sizeof want, "%lld", (long long)mine);
    same = v ? json_as_int(v, &n) && n == mine : (int64_t)fields[i].def == mine;
  } else if (fields[i].kind == FIELD_REAL) {
    double mine = field_real(m, i), x = v && v->kind == JSON_NUMBER ? v->number : fields[i].def;
    fmt_double(want, mine);
    same = (!v || v->kind == JSON_NUMBER) && fabs(x - mine) <= 1e-9 * fmax(fabs(x), fabs(mine));
  } else {
    const char *mine = field_str(m, i);
    snprintf(want, sizeof want, "'%.58s'", mine);
    same = v ? v->kind == JSON_STRING && strcmp(v->text, mine) == 0
             : strcmp(fields[i].def_str, mine) == 0;
  }
  if (same) return;
  if (v)
    json_text(v, got);
  else if (fields[i].kind == FIELD_STR)
    snprintf(got, sizeof got, "'%s' (BertConfig's default)", fields[i].def_str);
  else
    snprintf(got, sizeof got, "%s (BertConfig's default)", fmt_double(want + 32, fields[i].def));
  problem(pr, "%s: the checkpoint has %s, the program %s", fields[i].key, got, want);
}

// config.json: every descriptor field, and model_type / position_embedding_type if given.
static bool check_config(const bertrt_model *m, const char *dir, char **error) {
  char *path = join(dir, "config.json");
  JsonError jerr;
  JsonValue *cfg = json_parse_file(path, &jerr);
  bool ok = cfg && cfg->kind == JSON_OBJECT;
  if (!cfg && jerr.line == 0)
    rt_error(error, "%s: %s", path, jerr.message);
  else if (!cfg)
    rt_error(error, "%s:%d:%d: %s", path, jerr.line, jerr.col, jerr.message);
  else if (!ok)
    rt_error(error, "%s: expected a JSON object, got %s", path, json_kind_name(cfg->kind));
  if (ok) {
    problems pr;
    problems_open(&pr);
    static const char *const fixed[][2] = {{"model_type", "bert"},
                                           {"position_embedding_type", "absolute"}};
    for (int k = 0; k < 2; k++) {
      const JsonValue *v = json_get(cfg, fixed[k][0]);
      if (v && (v->kind != JSON_STRING || strcmp(v->text, fixed[k][1]) != 0)) {
        char got[64];
        problem(&pr, "%s: the checkpoint has %s, this runtime reads only '%s'", fixed[k][0],
                json_text(v, got), fixed[k][1]);
      }
    }
    for (int i = 0; i < N_FIELDS; i++)
      check_field(&pr, m, cfg, i);
    char *head;
    if (asprintf(&head, "%s does not match %s (spec %s)", path, m->name, m->spec_name) < 0) abort();
    ok = problems_close(&pr, head, error);
    free(head);
  }
  json_free(cfg);
  free(path);
  return ok;
}

// The checkpoint's head predicts the program's labels in the program's order: config.json's
// id2label, where it names them (HF's default names LABEL_i say nothing), must be the spec's.
static bool check_labels(const bertrt_model *m, const char *dir, char **error) {
  char *path = join(dir, "config.json");
  JsonError jerr;
  JsonValue *cfg = json_parse_file(path, &jerr); // check_config read it already
  const JsonValue *id2label = json_get(cfg, "id2label");
  problems pr;
  problems_open(&pr);
  for (size_t i = 0; id2label && id2label->kind == JSON_OBJECT && i < id2label->count; i++) {
    const JsonValue *v = id2label->items[i];
    char *end, mine[32], dflt[32];
    long id = strtol(id2label->keys[i], &end, 10);
    if (*end || id < 0 || v->kind != JSON_STRING) {
      problem(&pr, "id2label: entry '%s' is not \"ID\": \"NAME\"", id2label->keys[i]);
      continue;
    }
    snprintf(dflt, sizeof dflt, "LABEL_%ld", id);
    if (strcmp(v->text, dflt) == 0) continue;
    if (id >= m->num_labels)
      problem(&pr, "id2label: label %ld '%s' is beyond the program's %lld labels", id, v->text,
              (long long)m->num_labels);
    else if (strcmp(v->text, label_name(m, id, mine)) != 0)
      problem(&pr, "id2label: label %ld is '%s' in the checkpoint, '%s' in the program", id,
              v->text, label_name(m, id, mine));
  }
  char *head;
  if (asprintf(&head,
               "%s: its head predicts other labels than %s's (spec %s); compile a spec "
               "with the checkpoint's labels in its order",
               path, m->name, m->spec_name) < 0)
    abort();
  bool ok = problems_close(&pr, head, error);
  free(head);
  json_free(cfg);
  free(path);
  return ok;
}

static bool check_vocab(const bertrt_model *m, const char *dir, char **error) {
  char *path = join(dir, "vocab.txt"), *data;
  size_t len;
  bool ok = read_all(path, &data, &len, error);
  if (ok) {
    int64_t lines = count_lines(data, len);
    free(data);
    if (lines != m->vocab_size)
      ok = rt_error(error, "%s has %lld tokens, but %s was compiled for vocab_size %lld (spec %s)",
                    path, (long long)lines, m->name, (long long)m->vocab_size, m->spec_name);
  }
  free(path);
  return ok;
}

// Files an HF folder has instead of model.safetensors, with what to do about each.
static bool explain_missing_model(const char *dir, char **error) {
  static const char *const convert =
      "python -c \"import sys; from transformers import AutoModel; "
      "m = AutoModel.from_pretrained(sys.argv[1]); m.save_pretrained(sys.argv[1], "
      "safe_serialization=True)\" %s";
  char cmd[PATH_MAX + 256];
  snprintf(cmd, sizeof cmd, convert, dir);
  if (is_file(dir, "model.safetensors.index.json"))
    return rt_error(error,
                    "%s: the checkpoint is sharded (model.safetensors.index.json); this runtime "
                    "reads one model.safetensors. Merge the shards with:\n  %s\n(add "
                    "max_shard_size=\"100GB\" to save_pretrained)",
                    dir, cmd);
  if (is_file(dir, "pytorch_model.bin"))
    return rt_error(error,
                    "%s has only pytorch_model.bin (a pickled PyTorch checkpoint, which this "
                    "runtime does not read); convert it to model.safetensors with:\n  %s",
                    dir, cmd);
  return rt_error(error,
                  "%s: no model.safetensors (an HF checkpoint folder holds config.json, "
                  "model.safetensors, vocab.txt and tokenizer_config.json)",
                  dir);
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

// The parameter a checkpoint tensor is: its name, or with "bert." prepended (BertModel
// saves without it), with the legacy LayerNorm.gamma/.beta read as .weight/.bias.
static const bertrt_param *param_of(const bertrt_model *m, const char *name) {
  char canon[512];
  bool base = starts_with(name, "embeddings.") || starts_with(name, "encoder.") ||
              starts_with(name, "pooler.");
  int n = snprintf(canon, sizeof canon, "%s%s", base ? "bert." : "", name);
  if (n < 0 || (size_t)n >= sizeof canon) return NULL;
  if (ends_with(canon, "LayerNorm.gamma")) strcpy(canon + n - 5, "weight");
  if (ends_with(canon, "LayerNorm.beta")) strcpy(canon + n - 4, "bias");
  return program_param(m, canon);
}

// Tensors of a BERT checkpoint that are not parameters of this program but are expected:
// the pretraining heads, the position/token-type id buffers, a pooler the head does not use.
static bool known_extra(const bertrt_model *m, const char *name) {
  bool pooler = starts_with(name, "bert.pooler.") || starts_with(name, "pooler.");
  return starts_with(name, "cls.predictions.") || starts_with(name, "cls.seq_relationship.") ||
         ends_with(name, "embeddings.position_ids") ||
         ends_with(name, "embeddings.token_type_ids") ||
         (pooler && !program_param(m, "bert.pooler.dense.weight")); // a head without a pooler
}

// Maps every tensor of w to its parameter (src[param index]) and checks shapes and dtypes.
static bool map_tensors(const bertrt_model *m, const st_file *w, const st_tensor **src,
                        char **error) {
  problems pr;
  problems_open(&pr);
  char got[160], want[160], extras[200] = "";
  int n_extras = 0, n_found = 0;
  for (int i = 0; i < st_count(w); i++) {
    const st_tensor *t = st_at(w, i);
    const bertrt_param *q = param_of(m, t->name);
    st_shape_str(got, sizeof got, t->rank, t->shape);
    if (!q) {
      if (known_extra(m, t->name)) {
        if (n_extras++ < 3)
          snprintf(extras + strlen(extras), sizeof extras - strlen(extras), "%s%s",
                   n_extras > 1 ? ", " : "", t->name);
      } else {
        problem(&pr, "unexpected tensor '%s' %s: not a parameter of %s (a %s head)", t->name, got,
                m->name, m->head_type);
      }
      continue;
    }
    int64_t k = q - m->params;
    st_shape_str(want, sizeof want, (int)q->rank, q->shape);
    bool same = t->rank == q->rank;
    for (int d = 0; same && d < t->rank; d++)
      same = t->shape[d] == q->shape[d];
    if (src[k])
      problem(&pr, "tensors '%s' and '%s' are both %s", src[k]->name, t->name, q->name);
    else if (!same)
      problem(&pr, "tensor '%s' is %s, the program's %s is %s", t->name, got, q->name, want);
    else if (t->dtype != ST_F32 && t->dtype != ST_F16 && t->dtype != ST_BF16 && t->dtype != ST_F64)
      problem(&pr, "tensor '%s' is %s, expected F32, F16, BF16 or F64", t->name,
              st_dtype_name(t->dtype));
    src[k] = t;
    n_found++;
  }
  if (n_found == 0 && pr.count == 0)
    problem(&pr, "none of the %lld parameters of %s is in it", (long long)m->n_params, m->name);
  if (!problems_close(&pr, st_path(w), error)) return false;
  if (n_extras)
    fprintf(stderr, "%s: note: %s: ignored %d tensor%s of pretraining heads and buffers (%s%s)\n",
            m->name, st_path(w), n_extras, n_extras == 1 ? "" : "s", extras,
            n_extras > 3 ? ", ..." : "");
  return true;
}

bool hf_load(bertrt_program *p, const char *dir, char ***newly_initialized, char **error) {
  const bertrt_model *m = p->model;
  *newly_initialized = NULL;
  struct stat st;
  if (stat(dir, &st) != 0) return rt_error(error, "%s: %s", dir, strerror(errno));
  if (!S_ISDIR(st.st_mode))
    return rt_error(error, "%s: not a folder (expected an HF checkpoint folder)", dir);
  if (!is_file(dir, "model.safetensors")) return explain_missing_model(dir, error);
  if (!check_config(m, dir, error) || !check_vocab(m, dir, error)) return false;

  char *path = join(dir, "model.safetensors");
  st_file *w = st_open(path, error);
  free(path);
  if (!w) return false;
  const st_tensor **src = calloc((size_t)m->n_params, sizeof *src);
  if (!src) abort();
  bool ok = map_tensors(m, w, src, error);
  const bertrt_param *head = program_param(m, "classifier.weight");
  if (ok && head && src[head - m->params]) ok = check_labels(m, dir, error);
  int64_t missing = 0;
  for (int64_t i = 0; ok && i < m->n_params; i++)
    missing += !src[i];
  if (ok && missing) {
    program_init_weights(p, p->ctx.seed);
    char **names = calloc((size_t)missing + 1, sizeof *names);
    if (!names) abort();
    for (int64_t i = 0, k = 0; i < m->n_params; i++)
      if (!src[i] && !(names[k++] = strdup(m->params[i].name))) abort();
    *newly_initialized = names;
  }
  for (int64_t i = 0; ok && i < m->n_params; i++)
    if (src[i])
      ok = st_read_f32(w, src[i], program_param_data(p, &m->params[i], BERTRT_PARAMS), error);
  int64_t element;
  float value;
  int64_t bad = ok ? program_nonfinite_param(p, &element, &value) : -1;
  if (bad >= 0 && src[bad])
    ok = rt_error(error,
                  "%s: tensor '%s' holds %s at element %lld: the checkpoint comes from a run that "
                  "diverged, or is damaged",
                  st_path(w), src[bad]->name, rt_nonfinite_name(value), (long long)element);
  if (ok) program_to_device(p, BERTRT_PARAMS);
  if (!ok) {
    hf_free_names(*newly_initialized);
    *newly_initialized = NULL;
  }
  free(src);
  st_close(w);
  return ok;
}

bool hf_tokenizer_settings(const bertrt_model *m, const char *dir, char **vocab_path,
                           bool *do_lower_case, char **error) {
  *vocab_path = NULL;
  *do_lower_case = m->do_lower_case != 0;
  if (!is_file(dir, "vocab.txt"))
    return rt_error(error,
                    "%s: no vocab.txt (an HF checkpoint folder holds config.json, "
                    "model.safetensors, vocab.txt and tokenizer_config.json)",
                    dir);
  if (is_file(dir, "tokenizer_config.json")) {
    char *path = join(dir, "tokenizer_config.json");
    JsonError jerr;
    JsonValue *cfg = json_parse_file(path, &jerr);
    const JsonValue *v = json_get(cfg, "do_lower_case");
    bool ok = cfg && (!v || v->kind == JSON_BOOL);
    if (!cfg)
      rt_error(error, "%s:%d:%d: %s", path, jerr.line, jerr.col, jerr.message);
    else if (!ok)
      rt_error(error, "%s: do_lower_case is %s, expected true or false", path,
               json_kind_name(v->kind));
    else if (v)
      *do_lower_case = v->boolean;
    json_free(cfg);
    free(path);
    if (!ok) return false;
  }
  *vocab_path = join(dir, "vocab.txt");
  return true;
}

void hf_free_names(char **names) {
  for (char **n = names; n && *n; n++)
    free(*n);
  free(names);
}
