// spec.h — stage 1: a YAML model spec, parsed (libyaml) and validated into a Spec.
//
// Keys under `model:` are HuggingFace BertConfig names, so a config.json maps 1:1.
// Every user error is reported as
//     FILE:LINE:COL: error: WHAT (expected ...)
// (an unknown key: "... (did you mean `KEY`?)" when one valid key is a likely typo)
// followed by the offending source line and a caret, and spec_parse returns false
// (the caller exits with EXIT_BAD_INPUT and writes nothing). Only the first error is
// reported. LINE and COL are 1-based; COL counts characters, not bytes.
#ifndef BERTC_SPEC_H
#define BERTC_SPEC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

// A place in a spec file (1-based line and column); file NULL when synthesised.
typedef struct {
  const char *file;
  int line, col;
} SrcLoc;

typedef enum {
  HEAD_SEQUENCE_CLASSIFICATION, // pooler + dropout + Linear(hidden, num_labels) on [CLS]
  HEAD_TOKEN_CLASSIFICATION,    // dropout + Linear(hidden, num_labels) on every token (NER)
  HEAD_QUESTION_ANSWERING,      // Linear(hidden, 2) on every token: start/end logits
  HEAD_MASKED_LM,               // transform + tied decoder over the vocabulary, at masked tokens
  HEAD_PRETRAINING,             // masked_lm + pooler + Linear(hidden, 2): next sentence (NSP)
  HEAD_COUNT
} HeadType;

typedef enum {
  ACT_GELU,      // HF "gelu": exact erf form
  ACT_GELU_TANH, // HF "gelu_new" / "gelu_pytorch_tanh": tanh approximation
  ACT_RELU,      // HF "relu"
  ACT_COUNT
} Activation;

typedef enum {
  STRATEGY_FULL,               // every parameter trains
  STRATEGY_FEATURE_EXTRACTION, // embeddings and encoder frozen; pooler + head train
  STRATEGY_GRADUAL_UNFREEZING, // head first, then one more top encoder layer per epoch
  STRATEGY_COUNT
} Strategy;

typedef enum { PRECISION_FP32, PRECISION_BF16, PRECISION_COUNT } Precision;

// model: — HF BertConfig fields.
typedef struct {
  int64_t vocab_size;                  // required
  int64_t hidden_size;                 // required; divisible by num_attention_heads
  int64_t num_hidden_layers;           // required
  int64_t num_attention_heads;         // required
  int64_t intermediate_size;           // required
  Activation hidden_act;               // default gelu
  int64_t max_position_embeddings;     // default 512
  int64_t type_vocab_size;             // default 2
  int64_t pad_token_id;                // default 0
  double layer_norm_eps;               // default 1e-12
  double hidden_dropout_prob;          // default 0.1, in [0, 1)
  double attention_probs_dropout_prob; // default 0.1, in [0, 1)
  double initializer_range;            // default 0.02
} ModelSpec;

// head:
typedef struct {
  HeadType type;  // required
  int num_labels; // default 2; QA and MLM fix it (2, vocab_size)
  char **labels;  // num_labels names; default "LABEL_0".. as HF's id2label; NULL for MLM.
                  // Written labels set num_labels when num_labels itself is not written.
  // masked_lm / pretraining: the tokens a batch masks are gathered into at most
  // max_masked rows (per batch, every bucket; at most B * S) before the vocabulary projection.
  // Default per bucket: B * S * mlm_probability + 6 binomial standard deviations (heads.h).
  double mlm_probability; // default 0.15, in (0, 1)
  int64_t max_masked;     // 0: the default
} HeadSpec;

// shapes:
typedef struct {
  int batch_size; // required, > 0
  int n_buckets;  // >= 1
  int *seq_len;   // [n_buckets] strictly increasing, each <= max_position_embeddings
} ShapeSpec;

// train:
typedef struct {
  double lr;                           // default 2e-5
  double beta1, beta2;                 // default 0.9, 0.999 (key `betas: [b1, b2]`)
  double eps;                          // default 1e-8
  double weight_decay;                 // default 0.01, applied to every parameter
  double warmup_ratio;                 // default 0.1 of the total steps, HF linear schedule
  int epochs;                          // default 3
  double grad_clip;                    // default 1.0: global L2 norm; 0 disables clipping
  int n_strategies;                    // `strategy:` a name or a list of names; default [full]
  Strategy strategies[STRATEGY_COUNT]; // distinct, in the order written
  uint64_t seed;                       // default 42
} TrainSpec;

// tokenizer: (optional section)
typedef struct {
  bool do_lower_case; // default false (cased vocabularies such as mBERT's)
} TokenizerSpec;

typedef struct {
  const char *path; // the file it was read from
  char *name;       // required: the generated program's name, [A-Za-z0-9_-]+
  char *stem;       // file name without directory and extension: generated/<stem>/
  ModelSpec model;
  HeadSpec head;
  ShapeSpec shapes;
  TrainSpec train;
  TokenizerSpec tokenizer;
  Precision precision;          // default fp32
  SrcLoc loc;                   // the document's start: its first key (1:1 when empty)
  struct SpecKeyLocs *key_locs; // private to spec.c: dotted key -> where its value was
                                // written (spec_key_loc)
} Spec;

// Parses and validates `path`. On any error prints the diagnostic(s) described above to
// `err` and returns false; *out is then unspecified.
bool spec_parse(const char *path, Spec *out, FILE *err);

// Where `key` ("model.hidden_size", "shapes.seq_len", "head", ...) was written in the
// spec, for later stages' errors; the document start when the key was defaulted.
// List items are "KEY.I" ("shapes.seq_len.2", "head.labels.0", "train.strategy.1").
SrcLoc spec_key_loc(const Spec *spec, const char *key);

// ---- Limits (spec_limits.c) ----
//
// What a spec may describe; each is reported at the key (or byte) that crosses it.
// Sizes: the descriptor ABI (runtime/bertrt_abi.h), the layout and the plan hold int64_t,
// but the CPU GEMM hands m, n, k and leading dimensions to cblas_sgemm as blasint (32-bit in
// the usual OpenBLAS build) and the CUDA attention kernel computes b * heads + h in int, so
// every tensor (each parameter, each activation at the largest bucket) is kept to
// SPEC_MAX_TENSOR_ELEMS elements, which keeps every dimension and row stride in 32 bits.
// All parameters together are kept to SPEC_MAX_PARAM_ELEMS (an upper bound is counted: 8 GiB
// of fp32 in each of the four parameter-shaped arenas), more than any BERT (large: 335M);
// generated kernels switch to 64-bit indices past INT32_MAX (schedule.c). With these bounds
// every int64_t offset and byte count of the layout and the plan stays far below 2^63; the
// two stages still check their arithmetic (util.h size_add, size_mul).
// Text: the file size, the nesting of flow collections and the number of labels bound the
// work of libyaml (quadratic in the nesting) and of the checks (linear in the labels).
#define SPEC_MAX_FILE_BYTES   (1 << 20) // 1 MiB; the largest shipped spec is 1.4 KB
#define SPEC_MAX_DEPTH        64        // nested [ and {: a spec needs 1
#define SPEC_MAX_LABELS       100000    // classifier labels (NER tag sets have ~10-100)
#define SPEC_MAX_LAYERS       256       // num_hidden_layers (BERT-large: 24; 96 compile in ~5 s)
#define SPEC_MAX_TENSOR_ELEMS INT32_MAX // elements of one tensor
#define SPEC_MAX_PARAM_ELEMS  INT32_MAX // parameter elements in all

// The offset of the first `[` or `{` nested deeper than SPEC_MAX_DEPTH (outside quotes
// and comments), SIZE_MAX when there is none.
size_t spec_too_deep(const char *text, size_t len);
// Checks every tensor and the parameter total against the bounds above; on the first
// one over, prints the diagnostic at the key responsible (its largest factor) and
// returns false. `text` is the spec's source for the caret line.
bool spec_check_sizes(const Spec *spec, const char *text, FILE *err);

// A set of strings (not copied) with an index each, for linear duplicate checks.
typedef struct SpecStrSet SpecStrSet;
SpecStrSet *spec_strset_new(int n); // room for n strings
// Adds `key` with `index`; returns -1, or the index it was first added with.
int spec_strset_add(SpecStrSet *s, const char *key, int index);
void spec_strset_free(SpecStrSet *s);

// ---- Diagnostics (spec_diag.c) ----

// Prints "FILE:LINE:COL: error: MSG" plus the source line and a caret to `err`.
void spec_error_at(FILE *err, SrcLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
// The same with the file's text already read (NULL: no source line).
void spec_verror(FILE *err, const char *text, SrcLoc loc, const char *fmt, va_list ap);
// The length of the valid UTF-8 sequence at s[0..n), 0 when it is not one; *cp its code point.
int spec_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
// Whether text starts with a UTF-8 byte-order mark.
bool spec_has_bom(const char *text);
// The one of cands[0..n) nearest to `s` in edits (a swap of neighbours is one), or NULL when
// none is close enough to be a likely typo: for "did you mean" hints.
const char *spec_nearest(const char *s, const char *const *cands, int n);

const char *head_type_name(HeadType t);    // "sequence_classification", ...
const char *activation_name(Activation a); // HF names: "gelu", "gelu_new", "relu"
const char *strategy_name(Strategy s);     // "full", "feature_extraction", "gradual_unfreezing"
const char *precision_name(Precision p);   // "fp32", "bf16"

#endif
