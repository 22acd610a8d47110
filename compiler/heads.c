// heads.c — the head table (heads.h).
#include "heads.h"

#include "util.h"

#include <math.h>

static const HeadInfo HEADS[HEAD_COUNT] = {
    [HEAD_SEQUENCE_CLASSIFICATION] = {.hf_architecture = "BertForSequenceClassification",
                                      .supported = true,
                                      .pooler = true,
                                      .labels = LABELS_FREE,
                                      .outputs = "logits [B,C], loss, pooled_output [B,H], "
                                                 "last_hidden_state [B,S,H]"},
    [HEAD_TOKEN_CLASSIFICATION] = {.hf_architecture = "BertForTokenClassification",
                                   .supported = true,
                                   .labels = LABELS_IOB,
                                   .outputs = "logits [B,S,C], loss, last_hidden_state [B,S,H]"},
    [HEAD_QUESTION_ANSWERING] = {.hf_architecture = "BertForQuestionAnswering",
                                 .supported = true,
                                 .scores_padding = true,
                                 .labels = LABELS_SPANS,
                                 .outputs = "start_logits [B,S], end_logits [B,S], loss, "
                                            "last_hidden_state [B,S,H]"},
    [HEAD_MASKED_LM] = {.hf_architecture = "BertForMaskedLM",
                        .supported = true,
                        .labels = LABELS_VOCAB,
                        .outputs = "logits [M,V] (the masked tokens in batch order), loss, "
                                   "last_hidden_state [B,S,H]"},
    [HEAD_PRETRAINING] = {.hf_architecture = "BertForPreTraining",
                          .supported = true,
                          .pooler = true,
                          .labels = LABELS_VOCAB,
                          .outputs = "prediction_logits [M,V] (the masked tokens in batch order), "
                                     "seq_relationship_logits [B,2], loss, pooled_output [B,H], "
                                     "last_hidden_state [B,S,H]"},
};

int64_t head_masked_rows(const Spec *spec, int64_t seq_len) {
  int64_t tokens = spec->shapes.batch_size * seq_len;
  double p = spec->head.mlm_probability;
  int64_t rows = spec->head.max_masked
                     ? spec->head.max_masked
                     : (int64_t)ceil((double)tokens * p + 6.0 * sqrt((double)tokens * p * (1 - p)));
  return rows < 1 ? 1 : rows > tokens ? tokens : rows;
}

const HeadInfo *head_info(HeadType type) {
  check(type >= 0 && type < HEAD_COUNT && HEADS[type].hf_architecture);
  return &HEADS[type];
}

const char *heads_supported_list(void) {
  static char list[256];
  if (list[0]) return list;
  size_t n = 0;
  for (int t = 0; t < HEAD_COUNT; t++)
    if (HEADS[t].supported)
      n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "",
                            head_type_name((HeadType)t));
  return list;
}
