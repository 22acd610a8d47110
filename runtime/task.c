// task.c — what every task shares (task.h): the table, batches of examples into the
// program's inputs, the forward over a data set, and the loss and accuracy of scored labels.
#include "task.h"

#include "batches.h"
#include "metrics.h"
#include "rt_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const Task *const TASKS[] = {&task_classify, &task_ner, &task_qa, &task_mlm,
                                    &task_pretraining};

const Task *task_of(const bertrt_model *m, char *err, size_t err_size) {
  for (size_t i = 0; i < sizeof TASKS / sizeof TASKS[0]; i++)
    if (strcmp(TASKS[i]->head_type, m->head_type) == 0) return TASKS[i];
  rt_set_err(err, err_size, "%s has a %s head (%s), which this runtime has no task for", m->name,
             m->head_type, m->hf_architecture);
  return NULL;
}

int64_t task_classes(const Task *t, const bertrt_model *m) {
  return t->spans ? 2 : m->num_labels;
}

// Labels or spans: the logits of every token are kept.
static bool per_token(const Task *t) {
  return t->labels_per_token || t->spans;
}

int64_t task_logits_at(const Task *t, const TaskData *d, int64_t example, int64_t num_labels) {
  return (per_token(t) ? d->offsets[example] : example) * num_labels;
}

// ---- batches ---------------------------------------------------------------------------

bool task_set_batch(bertrt_program *p, const bertrt_bucket *b, const Task *t, const TaskData *d,
                    const int64_t *rows, int64_t count, char **error) {
  const bertrt_model *m = p->model;
  int64_t S = 0;
  for (int64_t i = 0; i < count; i++)
    S = d->lens[rows[i]] > S ? d->lens[rows[i]] : S;
  if (t->spans) S = b->seq_len; // the softmax over the tokens spans the bucket
  size_t n = (size_t)(count * S) + 1;
  int32_t *ids = rt_grow(NULL, n * sizeof *ids), *mask = rt_grow(NULL, n * sizeof *mask);
  int32_t *types = rt_grow(NULL, n * sizeof *types);
  int32_t *labels = d->labels ? rt_grow(NULL, n * sizeof *labels) : NULL;
  int32_t *starts = NULL, *ends = NULL;
  if (labels && t->spans)
    starts = rt_grow(NULL, n * sizeof *starts), ends = rt_grow(NULL, n * sizeof *ends);
  for (int64_t i = 0; i < count; i++) {
    int64_t r = rows[i], len = d->lens[r];
    const int32_t *src = d->ids + d->offsets[r];
    for (int64_t c = 0; c < S; c++) {
      ids[i * S + c] = c < len ? src[c] : (int32_t)m->pad_token_id;
      mask[i * S + c] = c < len;
      types[i * S + c] = c < len && d->types ? d->types[d->offsets[r] + c] : 0;
      if (labels && t->labels_per_token)
        labels[i * S + c] = c < len ? d->labels[d->offsets[r] + c] : -100;
    }
    if (starts) starts[i] = d->labels[2 * r], ends[i] = d->labels[2 * r + 1];
    if (labels && !t->labels_per_token) labels[i] = t->spans ? -100 : d->labels[r];
  }
  int32_t *pairs = d->pairs ? rt_grow(NULL, (size_t)count * sizeof *pairs) : NULL;
  for (int64_t i = 0; pairs && i < count; i++)
    pairs[i] = d->pairs[rows[i]];
  program_batch batch = {count, S, ids, mask, types, t->spans ? NULL : labels, starts, ends, pairs};
  bool ok = program_set_batch(p, b, &batch, "input", error);
  free(ids), free(mask), free(types), free(labels), free(starts), free(ends), free(pairs);
  return ok;
}

bool task_forward(bertrt_program *p, const Task *t, const TaskData *d, bool pad_max,
                  const char *const *outputs, task_batch_fn fn, void *ctx, char **error) {
  const bertrt_model *m = p->model;
  int64_t bucket_len[64];
  for (int64_t b = 0; b < m->n_buckets; b++)
    bucket_len[b] = m->buckets[b].seq_len;
  BatchOptions opt = {bucket_len, (int)m->n_buckets, m->batch_size, pad_max, false, 0, 0};
  BatchPlan plan;
  if (!batches_plan(&plan, d->lens, d->n, &opt)) return rt_error(error, "out of memory");
  bool ok = true;
  p->ctx.dropout_on = 0;
  for (int64_t j = 0; ok && j < plan.n_batches; j++) {
    const Batch *batch = &plan.batches[j];
    const bertrt_bucket *bucket = &m->buckets[batch->bucket];
    const int64_t *rows = plan.rows + batch->begin;
    ok = task_set_batch(p, bucket, t, d, rows, batch->count, error);
    if (!ok) break;
    program_forward(p, bucket, outputs);
    fn(ctx, p, bucket, rows, batch->count);
  }
  batches_free(&plan);
  return ok;
}

// ---- scores ----------------------------------------------------------------------------

double task_row_loss(const float *x, int64_t k, int64_t stride, int32_t label, bool *right) {
  int64_t best = 0;
  for (int64_t j = 1; j < k; j++)
    best = x[j * stride] > x[best * stride] ? j : best;
  double top = x[best * stride], sum = 0;
  for (int64_t j = 0; j < k; j++)
    sum += exp((double)x[j * stride] - top);
  *right = best == label;
  return log(sum) - ((double)x[label * stride] - top);
}

void task_score(TaskScore *s, const Task *t, const TaskData *d, const int64_t *rows, int64_t count,
                const float *logits, int64_t stride, int64_t num_labels) {
  int k = (int)num_labels;
  float *probs = rt_grow(NULL, (size_t)k * sizeof *probs);
  for (int64_t i = 0; t->spans && i < count; i++) {
    // both softmaxes over the row's stride / 2 tokens (the bucket's); k == 2
    int64_t r = rows[i], S = stride / 2;
    const float *row = logits + i * stride;
    double ce = 0;
    bool right = true;
    for (int side = 0; side < 2; side++) {
      bool side_right;
      ce += task_row_loss(row + side, S, 2, d->labels[2 * r + side], &side_right);
      right = right && side_right;
    }
    s->loss_sum += ce / 2;
    s->correct += right;
    s->units++;
  }
  for (int64_t i = 0; !t->spans && i < count; i++) {
    int64_t r = rows[i];
    int64_t positions = t->labels_per_token ? d->lens[r] : 1;
    const int32_t *labels = d->labels + (t->labels_per_token ? d->offsets[r] : r);
    for (int64_t c = 0; c < positions; c++) {
      if (labels[c] < 0) continue;
      int pred = metrics_softmax(probs, logits + i * stride + c * k, k);
      s->loss_sum -= log(fmax(probs[labels[c]], 1e-45));
      s->correct += pred == labels[c];
      s->units++;
    }
  }
  free(probs);
}

typedef struct {
  const Task *t;
  const TaskData *d;
  float *logits;
  TaskScore *score;
} collect_ctx;

// Bucket b's logits of rows [count] (malloc'd when spans interleave start and end logits) and
// their floats per row.
static const float *batch_logits(const bertrt_program *p, const bertrt_bucket *b, const Task *t,
                                 int64_t count, int64_t *stride, float **own) {
  *own = NULL;
  if (!t->spans) {
    const bertrt_tensor *io = program_io(b, "logits");
    int64_t k = p->model->num_labels;
    *stride = t->labels_per_token ? io->shape[1] * k : k;
    return program_io_data(p, io);
  }
  const bertrt_tensor *start = program_io(b, "start_logits"), *end = program_io(b, "end_logits");
  const float *s = program_io_data(p, start), *e = program_io_data(p, end);
  int64_t S = start->shape[1];
  float *both = rt_grow(NULL, ((size_t)(count * S) * 2 + 1) * sizeof *both);
  for (int64_t i = 0; i < count * S; i++)
    both[2 * i] = s[i], both[2 * i + 1] = e[i];
  *stride = 2 * S;
  return *own = both;
}

double task_score_loss(const TaskScore *s) {
  return s->units ? s->loss_sum / (double)s->units : 0;
}

double task_score_accuracy(const TaskScore *s) {
  return s->units ? (double)s->correct / (double)s->units : 0;
}

void task_score_batch(TaskScore *s, const bertrt_program *p, const bertrt_bucket *b, const Task *t,
                      const TaskData *d, const int64_t *rows, int64_t count) {
  if (t->score_batch) {
    t->score_batch(s, p, b, d, rows, count);
    return;
  }
  int64_t stride;
  float *own;
  const float *out = batch_logits(p, b, t, count, &stride, &own);
  task_score(s, t, d, rows, count, out, stride, task_classes(t, p->model));
  free(own);
}

static void collect(void *ctx, const bertrt_program *p, const bertrt_bucket *b, const int64_t *rows,
                    int64_t count) {
  collect_ctx *c = ctx;
  if (c->t->score_batch) { // no logits kept
    if (c->d->labels && c->score) c->t->score_batch(c->score, p, b, c->d, rows, count);
    return;
  }
  int64_t stride, k = task_classes(c->t, p->model);
  float *own;
  const float *out = batch_logits(p, b, c->t, count, &stride, &own);
  for (int64_t i = 0; i < count; i++) {
    int64_t r = rows[i], n = per_token(c->t) ? c->d->lens[r] * k : k;
    memcpy(c->logits + task_logits_at(c->t, c->d, r, k), out + i * stride, (size_t)n * sizeof *out);
  }
  if (c->d->labels && c->score) task_score(c->score, c->t, c->d, rows, count, out, stride, k);
  free(own);
}

float *task_logits(bertrt_program *p, const Task *t, const TaskData *d, bool pad_max,
                   TaskScore *score, char **error) {
  int64_t k = task_classes(t, p->model);
  size_t n = t->score_batch ? 1 : (size_t)(per_token(t) ? d->offsets[d->n] : d->n) * (size_t)k + 1;
  collect_ctx c = {t, d, rt_grow(NULL, n * sizeof(float)), score};
  static const char *const outputs[] = {"logits", NULL};
  static const char *const span_outputs[] = {"start_logits", "end_logits", NULL};
  static const char *const masked_outputs[] = {"logits", "prediction_logits",
                                               "seq_relationship_logits", NULL};
  const char *const *read = t->spans ? span_outputs : t->score_batch ? masked_outputs : outputs;
  if (score) *score = (TaskScore){0};
  if (!task_forward(p, t, d, pad_max, read, collect, &c, error)) {
    free(c.logits);
    return NULL;
  }
  return c.logits;
}

// ---- plain texts -----------------------------------------------------------------------

void task_encode_plain(TaskData *out, char *const *texts, int n, const TaskLoad *how) {
  *out = (TaskData){.n = n};
  int64_t *off = rt_grow(NULL, ((size_t)n + 1) * sizeof *off);
  int32_t *ids = rt_grow(NULL, ((size_t)n * (size_t)how->max_len + 1) * sizeof *ids);
  out->lens = rt_grow(NULL, ((size_t)n + 1) * sizeof *out->lens);
  TokEncoding enc = {0};
  TokEncodeOptions opt = {.max_length = how->max_len, .truncation = TOK_LONGEST_FIRST};
  char err[256];
  off[0] = 0;
  for (int i = 0; i < n; i++) {
    // A single text always truncates to max_length >= 2: tok_encode cannot fail here.
    if (!tok_encode(&enc, how->tok, texts[i], strlen(texts[i]), NULL, 0, &opt, err, sizeof err))
      abort();
    memcpy(ids + off[i], enc.ids, (size_t)enc.len * sizeof *ids);
    off[i + 1] = off[i] + enc.len;
    out->lens[i] = enc.len;
  }
  tok_encoding_free(&enc);
  out->offsets = off;
  out->ids = ids;
  snprintf(out->summary, sizeof out->summary, "%d texts", n);
}

bool task_encode_texts_plain(TaskData *out, char *const *texts, int n, const char *units,
                             const TaskLoad *how, char *err, size_t err_size) {
  if (units) {
    rt_set_err(err, err_size, "--units is an option of token-classification programs");
    return false;
  }
  task_encode_plain(out, texts, n, how);
  return true;
}

void task_free_plain(TaskData *d) {
  free((void *)d->offsets);
  free((void *)d->ids);
  free(d->lens);
  *d = (TaskData){0};
}
