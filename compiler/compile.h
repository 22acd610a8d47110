// compile.h — the driver of stages 2-5b: from a parsed Spec to the CompiledModel that every
// renderer (render.h) and the plan report (plan_report.h) consume, the one place holding all
// that was decided before rendering. For each bucket (a sequence length of the spec's
// shapes) it builds the forward graph (model.c); lays out the parameter and IO arenas once
// (layout.h: parameters from the first bucket, IO from the largest); and per bucket fuses
// (fuse.h), lowers to the spec's precision (precision.h) and plans (plan.h) the forward
// program and, per training variant, the graph differentiated for that variant's trainable
// parameters (autodiff.h); then one optimizer program per variant; last, it schedules every
// program (schedule.h: launch geometry, body arguments and identities, barriers, epilogue
// placement) for the renderers.
#ifndef BERTC_COMPILE_H
#define BERTC_COMPILE_H

#include "kir.h"
#include "layout.h"

// What the generated program's descriptor (bertrt_model) records about the model besides
// the plan: taken from the Spec once, so that renderers never read the Spec.
typedef struct {
  const char *name;      // the program's name
  const char *stem;      // the spec's file name without directory and extension
  const char *precision; // "fp32", "bf16"
  // HF BertConfig
  int64_t vocab_size, hidden_size, num_hidden_layers, num_attention_heads, intermediate_size;
  int64_t max_position_embeddings, type_vocab_size, pad_token_id;
  const char *hidden_act; // HF name: "gelu", "gelu_new", "relu"
  double layer_norm_eps, hidden_dropout_prob, attention_probs_dropout_prob, initializer_range;
  // head
  const char *head_type;       // "sequence_classification", ...
  const char *hf_architecture; // "BertForSequenceClassification", ...
  int num_labels;
  char **labels; // [num_labels] names; NULL when the head has none (masked LM)
  bool do_lower_case;
  // training defaults
  double lr, beta1, beta2, eps, weight_decay, warmup_ratio, grad_clip;
  int epochs;
  uint64_t seed;
  int batch_size;
} ModelFacts;

// A way to train: which parameters are trainable (those at or after trainable_offset).
typedef struct {
  Strategy strategy;
  int unfrozen_layers;      // encoder layers that train, from the top
  int64_t trainable_offset; // first trainable element of the parameter arena
} Variant;

typedef struct {
  int seq_len;
  KProgram *forward;
  KProgram **train; // [n_variants]
  Shape *io_shape;  // [io.n] this bucket's shapes of the IO tensors
  int64_t flops_forward, flops_train;
} Bucket;

typedef struct {
  ModelFacts facts;
  ParamLayout params;
  IoLayout io;
  // The spec's strategies in order: full and feature extraction one variant each, gradual
  // unfreezing one per epoch (at most num_hidden_layers + 1).
  int n_variants;
  Variant *variants;
  KProgram **optimizer; // [n_variants]
  int n_buckets;
  Bucket *buckets; // in the spec's order of seq_len (increasing)
  // Every entry point's program once, in the order reports and renderers emit them: per
  // bucket its forward, then its training variants; then the optimizers.
  int n_programs;
  KProgram **programs;
  int64_t arena_bytes[BERTRT_ARENA_COUNT]; // ACTS: the largest program's activation peak
  const struct Schedule *schedule;         // schedule.h: of `programs`, for both targets
} CompiledModel;

// Runs spec -> graph -> autodiff -> fuse -> precision -> plan for every bucket and variant,
// then schedule.
CompiledModel *compile_model(const Spec *spec);

#endif
