// hf_checkpoint.h — HuggingFace checkpoint folders: what `BertForSequenceClassification.
// save_pretrained` writes and `from_pretrained` reads.
//
//   DIR/config.json            BertConfig.to_json_string layout (sorted keys, indent 2,
//                              ASCII escapes): architectures, model_type "bert", every
//                              BertConfig field the descriptor has, id2label / label2id
//   DIR/model.safetensors      every parameter, float32, HF names
//   DIR/vocab.txt              the WordPiece vocabulary, one token per line
//   DIR/tokenizer_config.json  do_lower_case, tokenizer_class "BertTokenizer", special
//                              tokens, model_max_length
//
// Loading accepts what HF writes and the Hub holds: BertModel checkpoints whose names lack
// the "bert." prefix, the legacy LayerNorm.gamma / .beta names, F32, F16, BF16 or F64
// tensors (converted to float32), and the tensors a BERT checkpoint carries beyond this
// program (cls.predictions.*, cls.seq_relationship.*, embeddings.position_ids /
// token_type_ids buffers, and the pooler for a head without one, such as token
// classification's), which are ignored with a note on stderr. Errors are malloc'd
// messages naming the file and what was expected versus found.
#ifndef BERTRT_HF_CHECKPOINT_H
#define BERTRT_HF_CHECKPOINT_H

#include "program.h"

#include <stdbool.h>

// Writes DIR/{config.json, model.safetensors, vocab.txt (a copy of vocab_path),
// tokenizer_config.json (do_lower_case: how vocab_path's texts were tokenized)} from the PARAMS
// arena, atomically: everything goes into a
// temporary sibling folder (each file fsync'd), which then replaces DIR in one rename;
// the previous DIR, and anything else it held, is removed afterwards. On failure DIR is
// left as it was and *error says why.
bool hf_save(const bertrt_program *p, const char *dir, const char *vocab_path, bool do_lower_case,
             char **error);

// Loads DIR into the PARAMS arena. config.json is checked field by field against the
// descriptor (fields it lacks take BertConfig's defaults) and every difference is named
// with both values; vocab.txt must have vocab_size lines; model.safetensors' tensors map
// to parameters by HF name and must have their shapes; when the checkpoint has the head
// (classifier.*), config.json's id2label must name the program's labels in its order (HF's
// default names LABEL_i excepted). Parameters the checkpoint lacks
// (e.g. classifier.* of a pretrained base model) get HF's initialisation drawn from
// p->ctx.seed and their names are returned in *newly_initialized (NULL-terminated; NULL
// when none; free with hf_free_names). Nothing is loaded unless everything checks.
bool hf_load(bertrt_program *p, const char *dir, char ***newly_initialized, char **error);

// The tokenizer settings of DIR: *vocab_path = "DIR/vocab.txt" (malloc'd; it must exist)
// and *do_lower_case from DIR/tokenizer_config.json (the descriptor's do_lower_case when
// the file or the key is absent).
bool hf_tokenizer_settings(const bertrt_model *m, const char *dir, char **vocab_path,
                           bool *do_lower_case, char **error);

void hf_free_names(char **names);

#endif
