// task.h — the runtime's task table: what a head's task is — its data formats, how examples
// become model inputs (with the bookkeeping that maps tokens back to text), how the model's
// outputs become metrics and answers, its best-checkpoint rule and its report sections.
// train.c, infer.c and report_html.c call the table and hold no head-specific code; each head the
// runtime serves is one entry (task_classify.c: sequence classification on NSMC; task_ner.c:
// token classification on KLUE-NER and CoNLL; task_qa.c: extractive question answering on SQuAD
// and KorQuAD; task_mlm.c: masked-LM and next-sentence pretraining on plain text).
//
// An evaluation is: the examples' logits (task_forward), the cross-entropy loss and unit
// accuracy over every scored label (task_score, the same for every task), then the task's own
// figures (evaluate), of which one, `metric`, picks the best checkpoint (higher is better).
#ifndef BERTRT_TASK_H
#define BERTRT_TASK_H

#include "program.h"
#include "report.h"
#include "tokenizer.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

// An encoded data set: the model's input rows ("examples"), each [CLS] ... [SEP].
typedef struct {
  int64_t n;              // examples
  const int64_t *offsets; // (n+1) tokens of example i: [offsets[i], offsets[i+1])
  const int32_t *ids;     // (offsets[n]) token ids
  const int32_t *labels;  // one per example (n) or per token (offsets[n]), as the task's
                          // labels_per_token; -100: not scored; NULL when unlabelled (predict)
  const int32_t *types;   // (offsets[n]) token types; NULL: all 0
  const int32_t *pairs;   // (n) next-sentence labels of sentence pairs (pretraining); or NULL
  int64_t *lens;          // (n) tokens of each example
  ReportCounts counts;    // what the file held (report.h)
  char summary[160];      // for the log: "4000 sentences (12 in windows)"
  void *own;              // the task's: the texts and the maps from tokens back to them
} TaskData;

// Masked-LM tasks' default masking probability (HF DataCollatorForLanguageModeling's).
#define TASK_MLM_PROBABILITY 0.15

// How data is read and encoded.
typedef struct {
  const bertrt_model *m;
  const char *what; // "train", "test", NULL: an `eval` file (an empty training set is an error)
  const Tokenizer *tok;
  const char *vocab_path; // the tokenizer's vocabulary (keys the classifier's cache)
  bool lower;             // uncased tokenization
  int max_len;            // tokens per example at most: the largest bucket
  int stride;             // tokens consecutive windows of a long text share (token tasks)
  int64_t sample;         // keep this many examples drawn at random; 0: all
  uint64_t seed;          // of sampling and of the holdout split
  bool skip_bad;          // skip and count malformed lines instead of failing
  int threads;            // for tokenization
  const char *cache;      // a tokenization cache file, or NULL
  double holdout;         // in (0, 1): the file is split by the task's unit (sentence, ...)
  int holdout_part;       // with holdout: 0 the training part, 1 the held-out part
  // masked-LM tasks
  bool pack;              // documents concatenated into full-length examples (run_mlm's grouping)
  double mlm_probability; // of masking a token; 0: TASK_MLM_PROBABILITY
  bool whole_word_mask;   // every piece of a chosen word together
} TaskLoad;

// Cross-entropy (softmax in double, as metrics_softmax) and argmax accuracy over scored labels.
typedef struct {
  double loss_sum; // sum of -log p(label) over the scored labels
  int64_t units;   // scored labels
  int64_t correct; // of which the argmax is right
  // next-sentence prediction (pretraining): the same over the sentence pairs
  double pair_loss_sum;
  int64_t pairs, pairs_correct;
} TaskScore;

typedef struct TaskEval TaskEval; // a task's figures of one evaluation

// predict's input for a task whose example is not one text (question answering): one question
// about one context, or every question of a data file.
typedef struct {
  const char *question, *context; // both, or NULL
  const char *data;               // a data file in the task's format, or NULL
} TaskQuery;

typedef struct Task {
  const char *head_type;     // the descriptor's head_type: "token_classification"
  const char *data_format;   // for messages: "KLUE-NER (CHAR<TAB>TAG) or CoNLL (TOKEN ... TAG)"
  const char *default_train; // file names under $NSMC_DIR, NULL when the task has no default
  const char *default_test;  // data
  const char *metric_name;   // the best-checkpoint figure: "accuracy", "entity F1"
  const char *report_task;   // metrics.jsonl's run "task" (report.h); NULL for classification
  bool labels_per_token;     // labels [B,S] (else [B])
  bool holdout;              // supports --holdout FRACTION
  // Labels are answer spans: labels[2i], labels[2i + 1] the start and end token of example i
  // (the inputs start_positions and end_positions [B]); the outputs start_logits and end_logits
  // [B,S] at the bucket's full length (their softmax spans its padding, as HF's does at its S),
  // kept as 2 floats per token (start, end). Scored: the mean of both cross-entropies per example,
  // right when both argmaxes are.
  bool spans;

  // A data file: loaded, validated, encoded. 0, or 2 with err = "path:line: what was
  // expected", or 1 with err when a cache cannot be written.
  int (*load)(TaskData *out, const char *path, const TaskLoad *how, char *err, size_t err_size);
  // Texts to predict on (no labels); `units` a task's option ("words", ...) or NULL. False with
  // err when the option is not one of the task's.
  bool (*encode_texts)(TaskData *out, char *const *texts, int n, const char *units,
                       const TaskLoad *how, char *err, size_t err_size);
  void (*free)(TaskData *d);

  // The task's figures from every example's logits (task_forward's layout; NULL for a task
  // with score_batch) and their score (task_score's or score_batch's).
  TaskEval *(*evaluate)(const TaskData *d, const float *logits, const bertrt_model *m,
                        const TaskScore *score);
  double (*metric)(const TaskEval *e);
  // Its test figures of a training epoch (test_loss, test_acc, ... of report.h's ReportEpoch).
  void (*epoch_figures)(const TaskEval *e, ReportEpoch *epoch);
  // " entity F1 0.8123 char F1 0.9012" after the epoch line's test loss and accuracy; "" if none.
  void (*epoch_summary)(const TaskEval *e, char *buf, size_t size);
  // metrics.jsonl's eval record (report.h): confusion, samples and the task's tables.
  void (*log_eval)(FILE *metrics, const TaskEval *e, const bertrt_model *m);
  // `eval`'s output: text, or with json one object.
  void (*print_eval)(FILE *out, const TaskEval *e, const bertrt_model *m, const char *model_dir,
                     const char *data_path, bool json);
  void (*free_eval)(TaskEval *e);
  // `predict`'s output for every text (d: encode_texts of them): plain lines or one JSON
  // object per line.
  void (*print_predictions)(FILE *out, const TaskData *d, const float *logits, char *const *texts,
                            const bertrt_model *m, bool json);
  // predict on queries instead of texts (NULL: texts): q encoded without labels, 0 or 2 with err.
  int (*encode_query)(TaskData *out, const TaskQuery *q, const TaskLoad *how, char *err,
                      size_t err_size);
  // The answers of encode_query's data: with answers_path the official {id: answer} JSON object
  // written there, else one line per question to out (json: one object). False with err when
  // answers_path cannot be written.
  bool (*print_answers)(FILE *out, const TaskData *d, const float *logits, bool json,
                        const char *answers_path, char *err, size_t err_size);

  // Optional: inputs drawn afresh for each training epoch (NULL: fixed). Masked LM: the
  // epoch's masks into d's ids and labels, a function of (seed, epoch) only.
  void (*begin_epoch)(TaskData *d, uint64_t seed, int64_t epoch);
  // Optional: scores a batch from bucket b's outputs after a forward, instead of the logits of
  // every example's units (NULL: task_score over task_logits_at's layout). Masked LM: the rows
  // of the masked tokens. With it, task_logits keeps no logits.
  void (*score_batch)(TaskScore *s, const bertrt_program *p, const bertrt_bucket *b,
                      const TaskData *d, const int64_t *rows, int64_t count);
} Task;

// The task of m's head, or NULL when this runtime serves none (the message names it).
const Task *task_of(const bertrt_model *m, char *err, size_t err_size);

// Logits per unit: num_labels, 2 (start, end) for spans.
int64_t task_classes(const Task *t, const bertrt_model *m);
// Where example's logits start: num_labels per example, or per token when labels are per token
// or spans.
int64_t task_logits_at(const Task *t, const TaskData *d, int64_t example, int64_t num_labels);

// fn(ctx, p, bucket, rows, count) after each batch's forward: row r of the bucket's IO tensors
// is example rows[r].
typedef void (*task_batch_fn)(void *ctx, const bertrt_program *p, const bertrt_bucket *b,
                              const int64_t *rows, int64_t count);

// Writes batch `rows` [count] of d into bucket b's inputs (ids, mask 1 on each example's tokens,
// types 0, labels). False with *error on a value the program refuses.
bool task_set_batch(bertrt_program *p, const bertrt_bucket *b, const Task *t, const TaskData *d,
                    const int64_t *rows, int64_t count, char **error);
// Runs `forward` (dropout off) over every example of d in batches of at most batch_size taken
// in order of length, each in the smallest bucket that fits (pad_max: the largest), calling fn
// after each. False with *error.
bool task_forward(bertrt_program *p, const Task *t, const TaskData *d, bool pad_max,
                  const char *const *outputs, task_batch_fn fn, void *ctx, char **error);

// The mean loss and the accuracy of s's scored labels (0 when there are none).
double task_score_loss(const TaskScore *s);
double task_score_accuracy(const TaskScore *s);

// -log softmax(x)[label] in double over x[0], x[stride], ..., x[(k - 1) * stride], and in
// *right whether the argmax (the lowest index among equals) is label.
double task_row_loss(const float *x, int64_t k, int64_t stride, int32_t label, bool *right);

// Adds the scored labels of examples rows [count], whose logits start at logits + i * stride
// for row i (stride: floats per row: num_labels, or S x num_labels per token).
void task_score(TaskScore *s, const Task *t, const TaskData *d, const int64_t *rows, int64_t count,
                const float *logits, int64_t stride, int64_t num_labels);

// Adds the scored labels of batch rows [count] from bucket b's outputs (after a forward).
void task_score_batch(TaskScore *s, const bertrt_program *p, const bertrt_bucket *b, const Task *t,
                      const TaskData *d, const int64_t *rows, int64_t count);

// Every example's logits in d's order (task_logits_at's layout, malloc'd) and their score (when
// d has labels). NULL with *error when the forward failed.
float *task_logits(bertrt_program *p, const Task *t, const TaskData *d, bool pad_max,
                   TaskScore *score, char **error);

// Texts as [CLS] text [SEP] truncated to how->max_len, without labels: the examples of
// `predict` and `embed` for a task whose example is one text.
void task_encode_plain(TaskData *out, char *const *texts, int n, const TaskLoad *how);
void task_free_plain(TaskData *d);
// encode_texts of a task whose example is one text and that has no `units` (false with err when
// units is given): task_encode_plain.
bool task_encode_texts_plain(TaskData *out, char *const *texts, int n, const char *units,
                             const TaskLoad *how, char *err, size_t err_size);

extern const Task task_classify;    // task_classify.c
extern const Task task_ner;         // task_ner.c
extern const Task task_qa;          // task_qa.c
extern const Task task_mlm;         // task_mlm.c: masked_lm heads
extern const Task task_pretraining; // task_mlm.c: pretraining heads (masked LM + next sentence)

#endif
