// program.h — a generated program's state over its descriptor (bertrt_abi.h): arenas and
// ctx, buckets, IO tensors, parameters, weights, batches, the LR schedule and AdamW's bias
// corrections; and the subcommands that program_main.c dispatches to.
#ifndef BERTRT_PROGRAM_H
#define BERTRT_PROGRAM_H

#include "bertrt_abi.h"
#include "safetensors.h"

#include <stdbool.h>

// On the cpu target the arenas live in host memory and host[a] == ctx.arena[a]. On the cuda
// target ctx.arena[a] are device allocations and host[a] their host copies (ACTS has none),
// kept in step by program_to_device / program_from_device where the runtime reads or writes
// whole arenas, and by the entry-point calls below for a bucket's inputs and outputs.
typedef struct {
  const bertrt_model *model;
  bertrt_ctx ctx; // arenas, pool, and the per-step fields set by program_begin_step
  void *host[BERTRT_ARENA_COUNT];
  struct bertrt_cuda *cuda; // NULL on cpu
} bertrt_program;

// The descriptor's abi_version and internal consistency (parameters inside the arenas,
// buckets sorted, IO tensors inside the IO arena). False and *error (malloc'd) when not.
bool program_check_model(const bertrt_model *m, char **error);
// Allocates every arena (64-byte aligned, zeroed, arena_bytes[i]) and a thread pool of
// `threads` (<= 0: pool_default_threads()); ctx->seed = m->seed, dropout off. A cuda program
// opens its GPU (device_cuda.h) and allocates the arenas there too; without one *error
// starts with BERTRT_NO_CUDA_DEVICE.
bertrt_program *program_open(const bertrt_model *m, int threads, char **error);
void program_close(bertrt_program *p);

// Whole-arena copies between host[a] and the device; no-ops on the cpu target. After the
// runtime writes host[a] (weights loaded, state resumed) it calls program_to_device; before
// it reads host[a] (checkpoints, check-step) program_from_device.
void program_to_device(const bertrt_program *p, bertrt_arena a);
void program_from_device(const bertrt_program *p, bertrt_arena a);

// The entry points, with the copies their callers need (the inputs were copied by
// program_set_batch). program_forward: afterwards the named outputs (a NULL-terminated list;
// NULL: every output of the bucket) are readable through program_io_data.
// program_train_step: forward_backward of `variant`; then "loss" and "logits" (question
// answering: "start_logits", "end_logits") are readable.
// program_optimizer_step: the optimizer of `variant` (clipping, AdamW) on the device state.
void program_forward(bertrt_program *p, const bertrt_bucket *b, const char *const *outputs);
void program_train_step(bertrt_program *p, const bertrt_bucket *b, int variant);
void program_optimizer_step(bertrt_program *p, int variant);
// Returns when every queued entry point has finished (cuda); at once on cpu.
void program_wait(bertrt_program *p);
// "cpu" or the GPU's description (cuda_device_description).
const char *program_device(const bertrt_program *p);
// Peak device memory in bytes (cuda_peak_memory); 0 on cpu.
int64_t program_peak_device_memory(const bertrt_program *p);

// The smallest bucket with seq_len >= seq_len; NULL when seq_len exceeds the largest.
const bertrt_bucket *program_bucket(const bertrt_model *m, int64_t seq_len);
const bertrt_tensor *program_io(const bertrt_bucket *b, const char *name); // NULL if absent
void *program_io_data(const bertrt_program *p, const bertrt_tensor *t);
const bertrt_param *program_param(const bertrt_model *m, const char *hf_name); // NULL if absent
float *program_param_data(const bertrt_program *p, const bertrt_param *param, bertrt_arena arena);
// The first parameter of p's host PARAMS arena (the caller synchronises it from the device)
// holding a NaN or infinity: its index into m->params, with the element and its value in
// *element / *value; -1 when every parameter is finite.
int64_t program_nonfinite_param(const bertrt_program *p, int64_t *element, float *value);
// Variant index training `strategy` ("full", "feature_extraction", "gradual_unfreezing"),
// -1 when the program was not compiled for it.
int program_variant(const bertrt_model *m, const char *strategy);
const char *program_strategy_name(int64_t strategy);

// Copies every parameter from `w`, which must hold exactly the descriptor's parameters as
// F32 tensors of their shapes (and on to the device); otherwise false and *error listing
// every problem.
bool program_load_weights(bertrt_program *p, const st_file *w, char **error);
// HF BERT initialisation: LayerNorm weights 1, biases 0, the rest normal(0,
// initializer_range), drawn from `seed` (and on to the device).
void program_init_weights(bertrt_program *p, uint64_t seed);

// A batch of B sequences of length S: ids/mask/types [B,S], labels [B] (one per sequence) or
// [B,S] (one per token), as the program's "labels" input is shaped, or for masked-LM heads
// HF's labels [B,S] (-100: not masked; the program reads them gathered: masked_positions and
// masked_labels, see fill_masked) and for pretraining next_sentence_label [B]; for question
// answering start/end positions [B] instead of labels. A NULL array means "not given" and is
// filled as padding.
typedef struct {
  int64_t batch, seq_len;
  const int32_t *input_ids, *attention_mask, *token_type_ids, *labels;
  const int32_t *start_positions, *end_positions;
  const int32_t *next_sentence_label;
} program_batch;
// Writes `batch` into bucket b's IO inputs (and on to the device), padded to [batch_size,
// b->seq_len]: ids, types and mask 0 past S and in padded rows, labels -100 in padded rows. Checks
// every value (ids < vocab_size, types < type_vocab_size, mask 0 or 1, labels in [0, num_labels) or
// -100); false and *error naming `what`, the tensor and the element otherwise. Positions may be
// any value, as in HF (the loss clamps them to [0, S] and ignores S): b->seq_len in padded rows,
// and S becomes b->seq_len (both ignored), so a question-answering batch whose S is shorter than
// the bucket scores the same tokens; the softmax over the tokens spans the bucket's padding too.
bool program_set_batch(bertrt_program *p, const bertrt_bucket *b, const program_batch *batch,
                       const char *what, char **error);

// The masked tokens of the batch in bucket b's inputs (a masked-LM program's rows of logits
// that count, in batch order; masked_positions says where each is); 0 for other heads.
int64_t program_masked_count(const bertrt_program *p, const bertrt_bucket *b);

// transformers.get_linear_schedule_with_warmup: the LR of optimizer step `step` (0-based).
double program_lr_at(double lr, int64_t step, int64_t warmup, int64_t total);
// Sets ctx lr, bias corrections 1 - beta^t for t = step + 1, and the dropout step.
void program_begin_step(bertrt_program *p, double lr, int64_t step);

// ---- subcommands -----------------------------------------------------------------------

typedef struct program_command {
  const char *name;    // "check-step"
  const char *args;    // its usage after the name
  const char *summary; // one line for --help
  // argv[0] is the command's name. Returns the exit status: 0, 1 failure, 2 bad input.
  int (*run)(const struct program_command *cmd, const bertrt_model *m, int argc, char **argv);
} program_command;

extern const program_command cmd_check_step; // check_step.c
extern const program_command cmd_time_step;  // check_step.c
extern const program_command cmd_train;      // train.c

// A command's option: `--name value` / `--name=value` into *value (value != NULL; stays NULL
// when not given), or a `--name` flag setting *flag (flag != NULL).
typedef struct {
  const char *name; // "--weights"
  const char **value;
  bool *flag;
} program_option;

// Parses argv[1..] into `opts`. With `pos`, the other arguments (those not starting with
// '-', and all after "--") are positional: collected in order into *pos (argv reused for them),
// *n_pos of them; without, each is a usage error. Returns -1 to go on, else the exit status: 0
// after printing the command's --help, 2 after a usage error (reported).
int program_parse_args(const program_command *cmd, const bertrt_model *m, int argc, char **argv,
                       const program_option *opts, int n_opts, char ***pos, int *n_pos);
// program_parse_args without positional arguments.
int program_parse_options(const program_command *cmd, const bertrt_model *m, int argc, char **argv,
                          const program_option *opts, int n_opts);
// `text` as an integer in [lo, hi] into *out; false after reporting "FLAG is 'text', ...".
bool program_parse_int(const bertrt_model *m, const char *flag, const char *text, int64_t lo,
                       int64_t hi, int64_t *out);
// The variant of --strategy `strategy` (NULL: the first); false after reporting the
// strategies the program was compiled for.
bool program_parse_variant(const bertrt_model *m, const char *strategy, int *variant);

// "NAME: error: ..." on stderr.
void program_error(const bertrt_model *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
