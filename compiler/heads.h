// heads.h — the head types: one row per `head.type` of a spec, saying what the head is in
// HuggingFace terms and what a spec must give for it. spec.c validates a head against its row
// (and rejects a head the compiler cannot build yet, at its `type:`); model.c builds the graph
// of a supported head (its builder table is indexed by HeadType); the descriptor carries the
// HF architecture to the runtime, whose task table (runtime/task.h) serves the head.
#ifndef BERTC_HEADS_H
#define BERTC_HEADS_H

#include "spec.h"

typedef enum {
  LABELS_FREE,  // num_labels / labels as written (default 2, LABEL_0, LABEL_1)
  LABELS_IOB,   // labels required, each O, B-TYPE or I-TYPE (entity tags)
  LABELS_SPANS, // fixed at 2: the start and end logits of an answer span
  LABELS_VOCAB, // fixed at vocab_size: the vocabulary; no label names
} LabelRule;

typedef struct {
  const char *hf_architecture; // transformers class: "BertForTokenClassification"
  bool supported;              // model.c builds it; otherwise spec.c rejects the spec
  bool pooler;                 // has bert.pooler.* (BertPooler on [CLS])
  // Its loss reads the outputs of padding tokens too (QA: HF's softmax over the tokens is not
  // masked), so the word embedding's row pad_token_id is kept from its gradient, as
  // nn.Embedding(padding_idx) does; for the other heads that row's gradient from padding is
  // exactly zero already, and no work is emitted for it.
  bool scores_padding;
  LabelRule labels;
  const char *outputs; // the IO outputs its programs write, for messages and docs
} HeadInfo;

// The row of `type` (type < HEAD_COUNT).
const HeadInfo *head_info(HeadType type);
// The rows a masked_lm / pretraining program gathers per batch in the bucket of `seq_len`:
// spec->head.max_masked, else B * S * p + 6 binomial standard deviations (p the spec's
// mlm_probability: a batch masked with it exceeds that with probability ~1e-9), in [1, B * S].
// The runtime refuses a batch with more masked tokens, naming the bound.
int64_t head_masked_rows(const Spec *spec, int64_t seq_len);
// "sequence_classification, token_classification": the supported heads, for messages.
const char *heads_supported_list(void);

#endif
