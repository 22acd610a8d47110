// spec_test.c — the spec parser (compiler/spec.c): shipped specs parse to the values
// written in them, defaults fill what is not written, every bad spec in the table is
// rejected with its exact `file:line:col: error:` line, and spec_key_loc points at values.
//
//   spec_test shipped SOURCE_DIR | spec_test bad | spec_test key_loc | spec_test limits DIR
//
// `limits` writes specs at and past each bound of spec.h's "Limits" to DIR (NAME.yaml, with
// NAME.expected holding the exact first line of a bad one's diagnostic), each checked to
// fail with that line, or pass, within a second; limits.sh then runs `bertc check` on them.
// It also checks that an overflow in the layout's and plan's size arithmetic aborts.
//
// Prints every mismatch; exits 1 when there is any. SPEC_TEST_VERBOSE=1 also prints every
// bad spec's whole diagnostic.
#include "spec.h"
#include "util.h"

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int failures;

#define EXPECT(cond, ...)                                                                          \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      failures++;                                                                                  \
      printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);                                       \
      printf(__VA_ARGS__);                                                                         \
      putchar('\n');                                                                               \
    }                                                                                              \
  } while (0)

// ---- Temporary spec files ----

static char tmp_dir[] = "/tmp/bertc_spec_test_XXXXXX";
static VEC(char *) written_files;

static char *write_spec(const char *name, const char *text) {
  char *path = format("%s/%s.yaml", tmp_dir, name);
  vec_push(&written_files, path);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(text, 1, strlen(text), f) != strlen(text) || fclose(f) != 0)
    fatal("cannot write %s", path);
  return path;
}

// Parses `path`; *diag receives everything written to the error stream.
static bool parse_capturing(const char *path, Spec *spec, char **diag) {
  size_t len;
  FILE *err = open_memstream(diag, &len);
  bool ok = spec_parse(path, spec, err);
  fclose(err);
  return ok;
}

// ---- Shipped specs and defaults ----

static Spec parse_ok(const char *path) {
  Spec s;
  char *diag;
  EXPECT(parse_capturing(path, &s, &diag), "%s rejected:\n%s", path, diag);
  EXPECT(diag[0] == '\0', "%s printed diagnostics:\n%s", path, diag);
  free(diag);
  return s;
}

static void test_mbert_cls(const char *source_dir) {
  Spec s = parse_ok(format("%s/specs/mbert_cls.yaml", source_dir));
  EXPECT(strcmp(s.name, "nsmc_trainer") == 0, "name %s", s.name);
  EXPECT(strcmp(s.stem, "mbert_cls") == 0, "stem %s", s.stem);
  const ModelSpec *m = &s.model;
  EXPECT(m->vocab_size == 119547 && m->hidden_size == 768 && m->num_hidden_layers == 12 &&
             m->num_attention_heads == 12 && m->intermediate_size == 3072,
         "model sizes");
  EXPECT(m->hidden_act == ACT_GELU && m->max_position_embeddings == 512 && m->type_vocab_size == 2,
         "model act/positions/types");
  EXPECT(m->pad_token_id == 0 && m->layer_norm_eps == 1e-12 && m->initializer_range == 0.02,
         "model defaults and eps");
  EXPECT(m->hidden_dropout_prob == 0.1 && m->attention_probs_dropout_prob == 0.1, "dropouts");
  EXPECT(s.head.type == HEAD_SEQUENCE_CLASSIFICATION && s.head.num_labels == 2, "head");
  EXPECT(strcmp(s.head.labels[0], "부정") == 0 && strcmp(s.head.labels[1], "긍정") == 0,
         "labels %s %s", s.head.labels[0], s.head.labels[1]);
  EXPECT(s.shapes.batch_size == 16 && s.shapes.n_buckets == 3 && s.shapes.seq_len[0] == 32 &&
             s.shapes.seq_len[1] == 64 && s.shapes.seq_len[2] == 128,
         "shapes");
  const TrainSpec *t = &s.train;
  EXPECT(t->lr == 2e-5 && t->beta1 == 0.9 && t->beta2 == 0.999 && t->eps == 1e-8, "adam");
  EXPECT(t->weight_decay == 0.01 && t->warmup_ratio == 0.1 && t->epochs == 3 && t->grad_clip == 1.0,
         "schedule");
  EXPECT(t->n_strategies == 1 && t->strategies[0] == STRATEGY_FULL && t->seed == 42, "strategy");
  EXPECT(!s.tokenizer.do_lower_case && s.precision == PRECISION_FP32, "tokenizer/precision");
}

static void test_tiny_cls(const char *source_dir) {
  Spec s = parse_ok(format("%s/specs/tiny_cls.yaml", source_dir));
  EXPECT(strcmp(s.name, "tiny_trainer") == 0 && strcmp(s.stem, "tiny_cls") == 0, "names");
  EXPECT(s.model.vocab_size == 1000 && s.model.hidden_size == 64 &&
             s.model.num_hidden_layers == 2 && s.model.num_attention_heads == 4 &&
             s.model.intermediate_size == 256 && s.model.max_position_embeddings == 64,
         "model");
  EXPECT(s.shapes.batch_size == 8 && s.shapes.n_buckets == 3 && s.shapes.seq_len[2] == 64,
         "shapes");
  EXPECT(s.train.lr == 1e-3 && s.train.n_strategies == 2 &&
             s.train.strategies[0] == STRATEGY_FULL &&
             s.train.strategies[1] == STRATEGY_FEATURE_EXTRACTION,
         "train");
}

// The smallest valid spec, in four parts whose line numbers the bad specs below rely on.
#define NAME "name: t\n" // line 1
#define MODEL                                                                                      \
  "model:\n"                                                      /* line 2 */                     \
  "  vocab_size: 100\n"                                           /* line 3 */                     \
  "  hidden_size: 64\n"                                           /* line 4 */                     \
  "  num_hidden_layers: 2\n"                                      /* line 5 */                     \
  "  num_attention_heads: 4\n"                                    /* line 6 */                     \
  "  intermediate_size: 256\n"                                    /* line 7 */
#define HEAD    "head:\n  type: sequence_classification\n"        // lines 8-9
#define SHAPES  "shapes:\n  batch_size: 4\n  seq_len: [16, 32]\n" // lines 10-12
#define MINIMAL NAME MODEL HEAD SHAPES

static void test_defaults(void) {
  Spec s = parse_ok(write_spec("minimal", MINIMAL));
  EXPECT(s.model.hidden_act == ACT_GELU && s.model.max_position_embeddings == 512 &&
             s.model.type_vocab_size == 2 && s.model.layer_norm_eps == 1e-12,
         "model defaults");
  EXPECT(s.head.num_labels == 2 && strcmp(s.head.labels[0], "LABEL_0") == 0 &&
             strcmp(s.head.labels[1], "LABEL_1") == 0,
         "default labels");
  EXPECT(s.train.lr == 2e-5 && s.train.epochs == 3 && s.train.n_strategies == 1 &&
             s.train.strategies[0] == STRATEGY_FULL && s.train.seed == 42 && s.train.beta2 == 0.999,
         "train defaults");
  EXPECT(s.precision == PRECISION_FP32 && !s.tokenizer.do_lower_case, "precision/tokenizer");
}

static void test_written_values(void) {
  Spec s =
      parse_ok(write_spec("written", NAME MODEL "  hidden_act: gelu_pytorch_tanh\n"
                                                "head:\n  type: token_classification\n"
                                                "  labels: [O, B-PER, I-PER]\n" SHAPES
                                                "train:\n  strategy: [gradual_unfreezing, full]\n"
                                                "  seed: 18446744073709551615\n  lr: 1e-4\n"
                                                "tokenizer:\n  do_lower_case: true\n"
                                                "precision: bf16\n"));
  EXPECT(s.model.hidden_act == ACT_GELU_TANH, "gelu_pytorch_tanh");
  EXPECT(strcmp(activation_name(s.model.hidden_act), "gelu_new") == 0, "activation_name");
  EXPECT(s.head.type == HEAD_TOKEN_CLASSIFICATION && s.head.num_labels == 3 &&
             strcmp(s.head.labels[2], "I-PER") == 0,
         "labels set num_labels");
  EXPECT(s.train.n_strategies == 2 && s.train.strategies[0] == STRATEGY_GRADUAL_UNFREEZING &&
             s.train.strategies[1] == STRATEGY_FULL,
         "strategy order");
  EXPECT(s.train.seed == UINT64_MAX && s.train.lr == 1e-4, "seed %llu",
         (unsigned long long)s.train.seed);
  EXPECT(s.tokenizer.do_lower_case && s.precision == PRECISION_BF16, "tokenizer/bf16");
}

static void test_question_answering(void) {
  Spec s = parse_ok(write_spec("qa", NAME MODEL "head:\n  type: question_answering\n" SHAPES));
  EXPECT(s.head.type == HEAD_QUESTION_ANSWERING && s.head.num_labels == 2 &&
             strcmp(s.head.labels[1], "LABEL_1") == 0,
         "question answering: 2 logits per token, HF's default label names");
}

static void test_names(void) {
  EXPECT(strcmp(head_type_name(HEAD_QUESTION_ANSWERING), "question_answering") == 0, "head name");
  EXPECT(strcmp(activation_name(ACT_RELU), "relu") == 0, "relu");
  EXPECT(strcmp(strategy_name(STRATEGY_FEATURE_EXTRACTION), "feature_extraction") == 0, "strategy");
  EXPECT(strcmp(precision_name(PRECISION_BF16), "bf16") == 0, "precision");
}

// ---- Bad specs ----

typedef struct {
  const char *name; // also the file's name
  const char *text;
  int line, col;      // where the error must point
  const char *phrase; // part of the message after "error: "
} BadSpec;

static const BadSpec BAD_SPECS[] = {
    {"unknown_model_key_typo",
     NAME "model:\n  vocab_size: 100\n  hidden_size: 64\n  num_hiden_layers: 2\n", 5, 3,
     "unknown key `num_hiden_layers` in `model` (did you mean `num_hidden_layers`?)"},
    {"unknown_top_level_key_typo", NAME "modle:\n  vocab_size: 100\n", 2, 1,
     "unknown key `modle` at the top level (did you mean `model`?)"},
    {"unknown_key_far_from_all", MINIMAL "  extras: 1\n", 13, 3,
     "unknown key `extras` in `shapes` (expected one of: batch_size, seq_len)"},
    {"hidden_size_not_divisible_by_heads",
     NAME "model:\n  vocab_size: 100\n  hidden_size: 70\n  num_hidden_layers: 2\n"
          "  num_attention_heads: 4\n  intermediate_size: 256\n" HEAD SHAPES,
     4, 16, "`model.hidden_size` 70 is not divisible by `model.num_attention_heads` 4"},
    {"zero_layers", NAME "model:\n  vocab_size: 100\n  hidden_size: 64\n  num_hidden_layers: 0\n",
     5, 22, "bad value for `model.num_hidden_layers`: integer `0` (expected a positive integer)"},
    {"negative_vocab", NAME "model:\n  vocab_size: -5\n", 3, 15,
     "integer `-5` (expected a positive integer)"},
    {"empty_bucket_list", NAME MODEL HEAD "shapes:\n  batch_size: 4\n  seq_len: []\n", 12, 12,
     "empty bucket list `shapes.seq_len`"},
    {"unsorted_buckets", NAME MODEL HEAD "shapes:\n  batch_size: 4\n  seq_len: [32, 16]\n", 12, 17,
     "bucket 16 in `shapes.seq_len` comes after 32 (expected strictly increasing lengths)"},
    {"duplicate_buckets", NAME MODEL HEAD "shapes:\n  batch_size: 4\n  seq_len: [16, 16]\n", 12, 17,
     "duplicate bucket 16 in `shapes.seq_len`"},
    {"bucket_longer_than_positions",
     NAME MODEL HEAD "shapes:\n  batch_size: 4\n  seq_len: [16, 32, 1024]\n", 12, 21,
     "bucket 1024 in `shapes.seq_len` is longer than `model.max_position_embeddings` 512"},
    {"buckets_not_a_list", NAME MODEL HEAD "shapes:\n  batch_size: 4\n  seq_len: 128\n", 12, 12,
     "integer `128` (expected a list of sequence lengths"},
    {"unknown_activation", NAME MODEL "  hidden_act: gelu_fast\n" HEAD SHAPES, 8, 15,
     "unknown `model.hidden_act` value `gelu_fast` (expected one of: gelu, gelu_new, "
     "gelu_pytorch_tanh, relu)"},
    {"unknown_strategy_typo", MINIMAL "train:\n  strategy: ful\n", 14, 13,
     "unknown `train.strategy` value `ful` (expected one of: full, feature_extraction, "
     "gradual_unfreezing; did you mean `full`?)"},
    {"duplicate_strategy", MINIMAL "train:\n  strategy: [full, feature_extraction, full]\n", 14, 40,
     "duplicate strategy `full` in `train.strategy`"},
    {"unknown_precision", MINIMAL "precision: fp16\n", 13, 12,
     "unknown `precision` value `fp16` (expected one of: fp32, bf16"},
    {"unknown_head_type", NAME MODEL "head:\n  type: sequence_clasification\n" SHAPES, 9, 9,
     "did you mean `sequence_classification`?"},
    {"unknown_optimizer", MINIMAL "train:\n  optimizer: sgd\n", 14, 14,
     "unknown `train.optimizer` value `sgd` (expected one of: adamw)"},
    {"string_where_int_expected", NAME MODEL HEAD "shapes:\n  batch_size: abc\n", 11, 15,
     "bad value for `shapes.batch_size`: string `abc` (expected a positive integer)"},
    {"float_where_int_expected", NAME "model:\n  vocab_size: 100\n  hidden_size: 64.0\n", 4, 16,
     "number `64.0` (expected a positive integer)"},
    {"quoted_number_is_a_string", NAME "model:\n  vocab_size: \"100\"\n", 3, 15,
     "string `100` (expected a positive integer)"},
    {"int_out_of_range", NAME MODEL HEAD "shapes:\n  batch_size: 3000000000\n", 11, 15,
     "(expected a positive integer at most 2147483647)"},
    {"null_value", NAME "model:\n  vocab_size:\n  hidden_size: 64\n", 3, 14,
     "bad value for `model.vocab_size`: null (expected a positive integer)"},
    {"negative_dropout", NAME MODEL "  hidden_dropout_prob: -0.1\n" HEAD SHAPES, 8, 24,
     "number `-0.1` (expected a number in [0, 1))"},
    {"dropout_of_one", NAME MODEL "  attention_probs_dropout_prob: 1.0\n" HEAD SHAPES, 8, 33,
     "bad value for `model.attention_probs_dropout_prob`: number `1.0` (expected a number in [0, "
     "1))"},
    {"warmup_ratio_above_one", MINIMAL "train:\n  warmup_ratio: 1.5\n", 14, 17,
     "(expected a number in [0, 1])"},
    {"betas_need_two", MINIMAL "train:\n  betas: [0.9]\n", 14, 10,
     "bad value for `train.betas`: a list of 1 item (expected a list of two numbers [beta1, "
     "beta2])"},
    {"beta_of_one", MINIMAL "train:\n  betas: [0.9, 1]\n", 14, 16,
     "bad value for `train.betas[1]`: integer `1` (expected a number in [0, 1))"},
    {"negative_seed", MINIMAL "train:\n  seed: -1\n", 14, 9,
     "(expected a non-negative integer below 2^64)"},
    {"bool_must_be_true_or_false", MINIMAL "tokenizer:\n  do_lower_case: yes\n", 14, 18,
     "string `yes` (expected true or false)"},
    {"duplicate_key", NAME "model:\n  vocab_size: 100\n  hidden_size: 64\n  hidden_size: 64\n", 5,
     3, "duplicate key `hidden_size` in `model` (first written at line 4)"},
    {"duplicate_section", MINIMAL "model:\n  vocab_size: 100\n", 13, 1,
     "duplicate key `model` at the top level (first written at line 2)"},
    {"missing_model_key", NAME "model:\n  vocab_size: 100\n  hidden_size: 64\n" HEAD SHAPES, 2, 1,
     "missing required key `num_hidden_layers` in `model`"},
    {"missing_section", NAME MODEL HEAD, 1, 1, "missing required key `shapes` at the top level"},
    {"missing_name_after_comment", "# a comment\n" MODEL HEAD SHAPES, 2, 1,
     "missing required key `name` at the top level"},
    {"section_not_a_mapping", NAME "model: 5\n", 2, 8,
     "bad value for `model`: integer `5` (expected a mapping of `model` keys)"},
    {"bad_program_name", "name: my trainer\n", 1, 7,
     "string `my trainer` (expected a program name of letters, digits, `_` and `-`)"},
    {"labels_disagree_with_num_labels",
     NAME MODEL
     "head:\n  type: sequence_classification\n  num_labels: 3\n  labels: [a, b]\n" SHAPES,
     11, 11, "`head.labels` has 2 names but `head.num_labels` is 3 (expected 3 names)"},
    {"duplicate_label",
     NAME MODEL "head:\n  type: sequence_classification\n  labels: [부정, 긍정, 부정]\n" SHAPES, 10,
     20, "duplicate label `부정` in `head.labels` (first at line 10, column 12"},
    {"question_answering_has_no_num_labels",
     NAME MODEL "head:\n  type: question_answering\n  num_labels: 2\n" SHAPES, 10, 15,
     "`head.num_labels` given for a question_answering head (expected none: its outputs are the "
     "start and end logits of the answer span, over the tokens)"},
    {"question_answering_has_no_labels",
     NAME MODEL "head:\n  type: question_answering\n  labels: [start, end]\n" SHAPES, 10, 11,
     "`head.labels` given for a question_answering head (expected none"},
    {"mlm_probability_only_for_masked_lm_heads",
     NAME MODEL "head:\n  type: sequence_classification\n  mlm_probability: 0.2\n" SHAPES, 10, 20,
     "`head.mlm_probability` given for a sequence_classification head (expected it only for "
     "masked_lm and pretraining heads)"},
    {"max_masked_only_for_masked_lm_heads",
     NAME MODEL "head:\n  type: question_answering\n  max_masked: 20\n" SHAPES, 10, 15,
     "`head.max_masked` given for a question_answering head"},
    {"mlm_probability_positive",
     NAME MODEL "head:\n  type: masked_lm\n  mlm_probability: 0\n" SHAPES, 10, 20,
     "`head.mlm_probability` is 0 (expected a number in (0, 1))"},
    {"mlm_probability_below_one",
     NAME MODEL "head:\n  type: pretraining\n  mlm_probability: 1.0\n" SHAPES, 10, 20,
     "a number in [0, 1)"},
    {"max_masked_positive", NAME MODEL "head:\n  type: masked_lm\n  max_masked: 0\n" SHAPES, 10, 15,
     "positive integer"},
    {"masked_lm_has_no_labels", NAME MODEL "head:\n  type: masked_lm\n  labels: [a, b]\n" SHAPES,
     10, 11,
     "`head.labels` given for a masked_lm head (expected no labels: it predicts the "
     "vocabulary)"},
    {"token_classification_needs_labels", NAME MODEL "head:\n  type: token_classification\n" SHAPES,
     9, 3, "a token_classification head needs `head.labels` (expected its tags"},
    {"token_classification_labels_include_O",
     NAME MODEL "head:\n  type: token_classification\n  labels: [B-PS, I-PS]\n" SHAPES, 10, 11,
     "`head.labels` has no `O` (expected the tag of tokens outside every entity)"},
    {"token_classification_labels_are_iob_tags",
     NAME MODEL "head:\n  type: token_classification\n  labels: [O, B-PS, PS]\n" SHAPES, 10, 21,
     "label `PS` is not an entity tag (expected O, B-TYPE or I-TYPE)"},
    {"pad_token_outside_vocabulary", NAME MODEL "  pad_token_id: 100\n" HEAD SHAPES, 8, 17,
     "`model.pad_token_id` 100 is outside the vocabulary"},
    {"not_utf8", "name: t\xff\n", 1, 8, "invalid UTF-8: byte 0xFF (expected UTF-8 text)"},
    {"not_utf8_after_hangul", "name: t\nhead:\n  labels: [부정\xc0\x80]\n", 3, 14,
     "invalid UTF-8: byte 0xC0"},
    {"tab_indentation", NAME "model:\n\tvocab_size: 100\n", 3, 1, "tab character in indentation"},
    {"tab_after_spaces", NAME "model:\n  vocab_size: 100\n \thidden_size: 64\n", 4, 2,
     "tab character in indentation (expected spaces"},
    {"yaml_syntax_bad_indentation", NAME "model:\n  vocab_size: 100\n hidden_size: 64\n", 4, 2,
     "invalid YAML: did not find expected key (while parsing a block mapping at line 1, column 1)"},
    {"yaml_syntax_unclosed_flow_list",
     NAME MODEL HEAD "shapes:\n  seq_len: [16, 32\n  batch_size: 4\n", 12, 13, "invalid YAML: "},
    {"empty_file", "", 1, 1, "empty spec (expected a mapping"},
    {"only_comments", "# nothing here\n\n", 1, 1, "empty spec"},
    {"top_level_is_a_list", "- name: t\n- model: {}\n", 1, 1,
     "the top level is a list of 2 items (expected a mapping"},
    {"top_level_is_a_scalar", "\n\nhello\n", 3, 1, "the top level is string `hello`"},
    {"two_documents", MINIMAL "---\nname: u\n", 13, 1, "a second YAML document"},
    {"non_scalar_key", NAME "? [a, b]\n: 1\n", 2, 3, "bad key at the top level: a list of 2 items"},
};

// The first line of a diagnostic: "PATH:LINE:COL: error: ..." with the phrase in it.
static void check_bad_spec(const BadSpec *b) {
  char *path = write_spec(b->name, b->text);
  Spec s;
  char *diag;
  bool ok = parse_capturing(path, &s, &diag);
  char *prefix = format("%s:%d:%d: error: ", path, b->line, b->col);
  size_t first_len = strcspn(diag, "\n");
  char *first = format("%.*s", (int)first_len, diag);
  if (getenv("SPEC_TEST_VERBOSE")) printf("-- %s\n%s", b->name, diag);
  EXPECT(!ok, "%s: spec_parse accepted it", b->name);
  EXPECT(strncmp(first, prefix, strlen(prefix)) == 0 && strstr(first, b->phrase),
         "%s:\n  expected: %s...%s...\n  got:      %s", b->name, prefix, b->phrase, first);
  free(first);
  free(prefix);
  free(diag);
}

// The source line and a caret under the column, wide Hangul counted as two cells.
static void test_caret(void) {
  char *path = write_spec("caret", NAME MODEL "head:\n  type: sequence_classification\n"
                                              "  labels: [부정, 긍정, 부정]\n" SHAPES);
  Spec s;
  char *diag;
  parse_capturing(path, &s, &diag);
  const char *body = strchr(diag, '\n');
  const char *want = "\n  labels: [부정, 긍정, 부정]\n                       ^\n";
  EXPECT(body && strcmp(body, want) == 0, "caret:\n%s", diag);
  free(diag);
}

static void test_bad_specs(void) {
  int n = (int)(sizeof BAD_SPECS / sizeof *BAD_SPECS);
  for (int i = 0; i < n; i++)
    check_bad_spec(&BAD_SPECS[i]);
  test_caret();
  Spec s;
  char *diag;
  EXPECT(!parse_capturing(format("%s/missing.yaml", tmp_dir), &s, &diag), "missing file accepted");
  EXPECT(strstr(diag, "missing.yaml: error: cannot read the spec"), "missing file: %s", diag);
  printf("%d bad specs checked\n", n);
}

// ---- Limits ----

// A generated spec at or past a bound: `message` is the whole text after "error: " of a bad
// one, NULL for one that must pass.
typedef struct {
  const char *name;
  char *text;
  int line, col;
  char *message;
} LimitSpec;

// Specs too slow to compile for `bertc check` in a test (NAME.parse_only): bertc's
// compile time grows faster than linearly in the layers (96 layers: ~5 s).
static const char *const PARSE_ONLY[] = {"layers_at_256", NULL};

// MINIMAL with `head` for HEAD and `shapes` for SHAPES (lines 8-9 and 10-12 when NULL).
static char *minimal_with(const char *model, const char *head, const char *shapes) {
  return format(NAME "%s%s%s", model ? model : MODEL, head ? head : HEAD, shapes ? shapes : SHAPES);
}

static char *model_with(int64_t hidden, int64_t layers) {
  return format("model:\n  vocab_size: 100\n  hidden_size: %" PRId64
                "\n  num_hidden_layers: %" PRId64 "\n  num_attention_heads: 4\n"
                "  intermediate_size: 256\n",
                hidden, layers);
}

// A head on line 8 whose line 10 is `labels: [...]`: n labels, "L<i>" or all `same`, then
// `last` when not NULL.
static char *labels_head(int n, const char *same, const char *last) {
  StrBuf sb = {0};
  sb_puts(&sb, "head:\n  type: sequence_classification\n  labels: [");
  for (int i = 0; i < n; i++)
    same ? sb_printf(&sb, "%s%s", i ? ", " : "", same) : sb_printf(&sb, "%sL%d", i ? ", " : "", i);
  if (last) sb_printf(&sb, ", %s", last);
  sb_puts(&sb, "]\n");
  return sb.data;
}

// `c` n times.
static char *repeat(char c, size_t n) {
  char *s = xcalloc(n + 1, 1);
  memset(s, c, n);
  return s;
}

// MINIMAL padded by a comment line to `bytes` bytes.
static char *padded_to(size_t bytes) {
  size_t base = strlen(MINIMAL) + 3; // "# " and "\n"
  return format(MINIMAL "# %s\n", repeat('x', bytes - base));
}

static double seconds_since(struct timespec t0) {
  struct timespec t1;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  return (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}

#define TENSOR_MAX "(expected at most 2147483647 elements in one tensor)"
#define PARAMS_MAX "(expected at most 2147483647 parameter elements in all)"

static void check_limit_spec(const char *dir, const LimitSpec *c) {
  char *path = format("%s/%s.yaml", dir, c->name);
  FILE *f = fopen(path, "wb");
  if (!f || fputs(c->text, f) < 0 || fclose(f) != 0) fatal("cannot write %s", path);
  Spec s;
  char *diag;
  struct timespec t0;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  bool ok = parse_capturing(path, &s, &diag);
  double took = seconds_since(t0);
  EXPECT(took < 1.0, "%s: spec_parse took %.2f s (expected under a second)", c->name, took);
  bool parse_only = false;
  for (const char *const *p = PARSE_ONLY; *p; p++)
    parse_only |= strcmp(*p, c->name) == 0;
  if (parse_only) {
    char *marker = format("%s/%s.parse_only", dir, c->name);
    FILE *m = fopen(marker, "wb");
    if (!m || fclose(m) != 0) fatal("cannot write %s", marker);
  }
  if (!c->message) {
    EXPECT(ok && !diag[0], "%s: rejected at its bound:\n%.400s", c->name, diag);
    return;
  }
  char *want = format("%s:%d:%d: error: %s", path, c->line, c->col, c->message);
  char *first = format("%.*s", (int)strcspn(diag, "\n"), diag);
  EXPECT(!ok && strcmp(first, want) == 0, "%s:\n  expected: %s\n  got:      %.400s", c->name, want,
         first);
  char *expected_path = format("%s/%s.expected", dir, c->name);
  FILE *e = fopen(expected_path, "wb");
  if (!e || fprintf(e, "%s\n", want) < 0 || fclose(e) != 0) fatal("cannot write %s", expected_path);
  printf("%s: %.3f s: %s\n", c->name, took, first);
}

// The layout's and plan's checked arithmetic: an overflow past the spec's bounds is an
// internal error (abort, "internal error at FILE:LINE: size ... overflows"), never a wrap.
static void test_size_overflow(const char *dir) {
  char *log = format("%s/size_overflow.log", dir);
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen(log, "w", stderr) || setvbuf(stderr, NULL, _IONBF, 0) != 0) _exit(3);
    int64_t v = size_mul(INT64_MAX / 2 + 1, 2);
    printf("size_mul returned %" PRId64 "\n", v);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  char *text = read_file(log, NULL);
  EXPECT(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT && text &&
             strstr(text, "internal error at ") && strstr(text, "overflows"),
         "size_mul overflow: status %d, stderr: %s", status, text ? text : "(none)");
  unlink(log);
}

static void test_limits(const char *dir) {
  size_t bytes_start = strlen(MINIMAL);
  const LimitSpec cases[] = {
      // Defect 3: sizes that passed validation and overflowed in the plan and the layout.
      {"hidden_size_1e9", minimal_with(model_with(1000000000, 2), NULL, NULL), 4, 16,
       xstrdup("`model.hidden_size` 1000000000 makes parameter "
               "`bert.embeddings.word_embeddings.weight` [vocab_size, hidden_size] = [100, "
               "1000000000] too large " TENSOR_MAX)},
      {"hidden_size_2147483644", minimal_with(model_with(2147483644, 2), NULL, NULL), 4, 16,
       xstrdup("`model.hidden_size` 2147483644 makes parameter "
               "`bert.embeddings.word_embeddings.weight` [vocab_size, hidden_size] = [100, "
               "2147483644] too large " TENSOR_MAX)},
      {"parameters_over_2e31", minimal_with(model_with(20000, 2), NULL, NULL), 5, 22,
       xstrdup("`model.num_hidden_layers` 2 makes the model more than 2147483647 "
               "parameters " PARAMS_MAX)},
      {"parameters_one_layer_under_bound", minimal_with(model_with(20000, 1), NULL, NULL), 0, 0,
       NULL},
      {"layers_over_256", minimal_with(model_with(64, 257), NULL, NULL), 5, 22,
       xstrdup("bad value for `model.num_hidden_layers`: integer `257` (expected a positive "
               "integer at most 256)")},
      {"layers_at_256", minimal_with(model_with(64, 256), NULL, NULL), 0, 0, NULL},
      {"attention_scores_over_2e31",
       minimal_with(NULL, NULL, "shapes:\n  batch_size: 2048\n  seq_len: [16, 512]\n"), 11, 15,
       xstrdup(
           "`shapes.batch_size` 2048 makes the attention scores [batch_size, "
           "num_attention_heads, seq_len, seq_len] = [2048, 4, 512, 512] too large " TENSOR_MAX)},
      {"attention_scores_at_bound",
       minimal_with(NULL, NULL, "shapes:\n  batch_size: 2047\n  seq_len: [16, 512]\n"), 0, 0, NULL},
      // Defect 4: label counts, nesting and file sizes that made the check slow or huge.
      {"num_labels_1e9", minimal_with(NULL, HEAD "  num_labels: 1000000000\n", NULL), 10, 15,
       xstrdup("`head.num_labels` is 1000000000 (expected at most 100000 labels)")},
      {"num_labels_at_100000", minimal_with(NULL, HEAD "  num_labels: 100000\n", NULL), 0, 0, NULL},
      {"labels_100001", minimal_with(NULL, labels_head(100001, NULL, NULL), NULL), 10, 11,
       xstrdup("`head.labels` has 100001 names (expected at most 100000 labels)")},
      {"labels_300000_short", minimal_with(NULL, labels_head(300000, "a", NULL), NULL), 10, 11,
       xstrdup("`head.labels` has 300000 names (expected at most 100000 labels)")},
      {"labels_at_100000", minimal_with(NULL, labels_head(100000, NULL, NULL), NULL), 0, 0, NULL},
      {"labels_duplicate_at_the_end", minimal_with(NULL, labels_head(99999, NULL, "L7"), NULL), 10,
       788894,
       xstrdup("duplicate label `L7` in `head.labels` (first at line 10, column 40; expected "
               "distinct labels)")},
      {"nesting_100000", format(NAME "name2: %s\n", repeat('[', 100000)), 2, 72,
       xstrdup("lists and mappings nested more than 64 deep (expected at most 64 levels)")},
      {"nesting_at_64",
       minimal_with(NULL, format(HEAD "  labels: %s%s\n", repeat('[', 64), repeat(']', 64)), NULL),
       10, 12, xstrdup("bad value for `head.labels[0]`: a list of 1 item (expected a label name)")},
      {"enum_value_500000_bytes",
       minimal_with(format(MODEL "  hidden_act: %s\n", repeat('x', 500000)), NULL, NULL), 8, 15,
       format("unknown `model.hidden_act` value `%s...` (expected one of: gelu, gelu_new, "
              "gelu_pytorch_tanh, relu)",
              repeat('x', 40))},
      {"file_over_1mib", padded_to((1 << 20) + 1), 13, (int)((1 << 20) - bytes_start + 1),
       xstrdup("the spec is 1048577 bytes (expected at most 1048576 bytes)")},
      {"file_at_1mib", padded_to(1 << 20), 0, 0, NULL},
  };
  int n = (int)(sizeof cases / sizeof *cases);
  for (int i = 0; i < n; i++)
    check_limit_spec(dir, &cases[i]);
  printf("%d limit specs checked\n", n);
  test_size_overflow(dir);
}

// ---- spec_key_loc ----

static void expect_loc(const Spec *s, const char *key, int line, int col) {
  SrcLoc loc = spec_key_loc(s, key);
  EXPECT(loc.file && strcmp(loc.file, s->path) == 0 && loc.line == line && loc.col == col,
         "spec_key_loc(%s) = %d:%d, expected %d:%d", key, loc.line, loc.col, line, col);
}

static void test_key_loc(void) {
  Spec s = parse_ok(write_spec("locs", "# leading comment\n" MINIMAL "precision: bf16\n"));
  expect_loc(&s, "model.hidden_size", 5, 16);
  expect_loc(&s, "name", 2, 7);
  expect_loc(&s, "shapes.seq_len", 13, 12);
  expect_loc(&s, "shapes.seq_len.1", 13, 17);
  expect_loc(&s, "precision", 14, 12);
  expect_loc(&s, "model", 4, 3);
  // Defaulted or unknown keys: the document's start, the first key after the comment.
  expect_loc(&s, "model.hidden_act", 2, 1);
  expect_loc(&s, "train.lr", 2, 1);
  expect_loc(&s, "no.such.key", 2, 1);
}

int main(int argc, char **argv) {
  if (argc < 2) fatal("usage: spec_test shipped SOURCE_DIR | bad | key_loc | limits DIR");
  if (!mkdtemp(tmp_dir)) fatal("cannot create %s", tmp_dir);
  if (strcmp(argv[1], "shipped") == 0 && argc == 3) {
    test_mbert_cls(argv[2]);
    test_tiny_cls(argv[2]);
    test_defaults();
    test_written_values();
    test_question_answering();
    test_names();
  } else if (strcmp(argv[1], "bad") == 0) {
    test_bad_specs();
  } else if (strcmp(argv[1], "limits") == 0 && argc == 3) {
    test_limits(argv[2]);
  } else if (strcmp(argv[1], "key_loc") == 0) {
    test_key_loc();
  } else {
    fatal("unknown mode %s", argv[1]);
  }
  for (int i = 0; i < written_files.len; i++)
    unlink(written_files.items[i]);
  rmdir(tmp_dir);
  printf("%s: %d failure%s\n", argv[1], failures, failures == 1 ? "" : "s");
  return failures ? 1 : 0;
}
