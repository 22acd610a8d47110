// fill_mask.c — `fill-mask`: transformers' fill-mask pipeline on a masked-LM program (head
// masked_lm or pretraining) over an HF checkpoint folder (hf_checkpoint.h). For each [MASK] of
// each text: the top-K tokens of the softmax over the vocabulary (in double), ties to the lower
// id, each with the text it fills in (the pipeline's "sequence": the ids decoded with the
// candidate at the mask, [PAD] dropped, the special tokens skipped when the text has one mask
// and kept, as the pipeline keeps them, when it has several).
//
// Texts are encoded as predict encodes them ([CLS] text [SEP], cut to the largest bucket) and
// run with dropout off in order of length, at most batch_size at a time, in the smallest
// bucket that fits the longest, and with at most that bucket's bound of masked rows
// (masked_positions' M) per batch. The program computes the vocabulary logits only at the
// masked tokens (program.h: labels [B,S] other than -100 mark them).
#include "infer_commands.h"
#include "infer_model.h"

#include "hf_checkpoint.h"
#include "json.h"
#include "rt_util.h"
#include "tokenizer.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// One text to fill.
typedef struct {
  const char *text;
  int32_t *ids; // (len) [CLS] text [SEP], cut to the largest bucket
  int len;
  int *masks; // (n_masks) token indices of its [MASK]s, ascending
  int n_masks;
  int bucket;    // the smallest bucket with seq_len >= len and M >= n_masks
  int32_t *top;  // (n_masks, K) candidate ids, best first
  double *score; // (n_masks, K) their probabilities
} fm_text;

typedef struct {
  const bertrt_model *m;
  loaded_model lm;    // the program and the checkpoint's tokenizer
  bertrt_program *p;  // lm's
  Tokenizer *tok;     // lm's
  const char *output; // "logits" (masked_lm) or "prediction_logits" (pretraining)
  int64_t k;          // candidates per mask
  fm_text *texts;
  int n;
} fm_run;

// ---- input -----------------------------------------------------------------------------

// ---- the model -------------------------------------------------------------------------

// The masked rows bucket b gathers per batch.
static int64_t bucket_rows(const bertrt_bucket *b) {
  return program_io(b, "masked_positions")->shape[0];
}

// ---- encoding --------------------------------------------------------------------------

// The [MASK] token indices of enc into *masks (malloc'd); returns how many.
static int find_masks(const TokEncoding *enc, int mask_id, int **masks) {
  int n = 0;
  *masks = rt_grow(NULL, ((size_t)enc->len + 1) * sizeof **masks);
  for (int i = 0; i < enc->len; i++)
    if (enc->ids[i] == mask_id) (*masks)[n++] = i;
  return n;
}

// Text i of r->texts encoded, its masks found and its bucket chosen; false after an error
// naming the text: no [MASK], a [MASK] past the largest bucket, more masks than any bucket
// gathers.
static bool encode_text(fm_run *r, int i, TokEncoding *enc) {
  const bertrt_model *m = r->m;
  fm_text *t = &r->texts[i];
  const bertrt_bucket *last = &m->buckets[m->n_buckets - 1];
  int mask_id = tok_special_id(r->tok, TOK_MASK);
  char err[256], shown[80];
  rt_clip(shown, sizeof shown, t->text, strlen(t->text), 60);
  // Untruncated first: a [MASK] the cut drops is an error, not a silent omission.
  TokEncodeOptions whole = {0}, cut = {.max_length = (int)last->seq_len};
  int *all;
  if (!tok_encode(enc, r->tok, t->text, strlen(t->text), NULL, 0, &whole, err, sizeof err))
    abort(); // a single text without max_length cannot fail
  int n_all = find_masks(enc, mask_id, &all);
  free(all);
  if (!tok_encode(enc, r->tok, t->text, strlen(t->text), NULL, 0, &cut, err, sizeof err))
    abort(); // a single text always truncates to max_length >= 2
  t->n_masks = find_masks(enc, mask_id, &t->masks);
  if (n_all == 0) {
    program_error(m,
                  "fill-mask: text %d ('%s') has no [MASK]: write [MASK] where a token is to be "
                  "predicted",
                  i + 1, shown);
    return false;
  }
  if (t->n_masks < n_all) {
    program_error(m,
                  "fill-mask: text %d ('%s'): [MASK] %d of %d is past the %lld tokens %s reads "
                  "(its largest bucket; longer texts are cut, as predict cuts them): shorten the "
                  "text",
                  i + 1, shown, t->n_masks + 1, n_all, (long long)last->seq_len, m->name);
    return false;
  }
  t->len = enc->len;
  t->ids = rt_grow(NULL, (size_t)enc->len * sizeof *t->ids);
  memcpy(t->ids, enc->ids, (size_t)enc->len * sizeof *t->ids);
  t->bucket = 0;
  while (t->bucket < m->n_buckets && (m->buckets[t->bucket].seq_len < t->len ||
                                      bucket_rows(&m->buckets[t->bucket]) < t->n_masks))
    t->bucket++;
  if (t->bucket == m->n_buckets) {
    program_error(m,
                  "fill-mask: text %d ('%s') has %d [MASK]s, more than the %lld masked tokens "
                  "%s gathers per batch (the spec's head.max_masked): split the text",
                  i + 1, shown, t->n_masks, (long long)bucket_rows(last), m->name);
    return false;
  }
  return true;
}

// ---- forward and top-K -----------------------------------------------------------------

// The top k of logits (V) by value, ties to the lower id, with their softmax probabilities
// (in double) into top / score (k).
static void top_k(int32_t *top, double *score, const float *logits, int64_t V, int64_t k) {
  float max = logits[0];
  for (int64_t v = 1; v < V; v++)
    max = logits[v] > max ? logits[v] : max;
  double sum = 0;
  for (int64_t v = 0; v < V; v++)
    sum += exp((double)logits[v] - (double)max);
  rt_top_k(top, logits, V, k);
  for (int64_t j = 0; j < k; j++)
    score[j] = exp((double)logits[top[j]] - (double)max) / sum;
}

// One batch: texts order[0, count) in bucket b; their candidates into top / score.
static bool run_batch(fm_run *r, const bertrt_bucket *b, const int *order, int count) {
  const bertrt_model *m = r->m;
  int64_t S = 0, rows = 0, V = m->vocab_size;
  for (int i = 0; i < count; i++) {
    S = r->texts[order[i]].len > S ? r->texts[order[i]].len : S;
    rows += r->texts[order[i]].n_masks;
  }
  size_t n = (size_t)(count * S);
  int32_t *ids = rt_grow(NULL, n * sizeof *ids), *mask = rt_grow(NULL, n * sizeof *mask),
          *labels = rt_grow(NULL, n * sizeof *labels);
  for (size_t j = 0; j < n; j++)
    ids[j] = 0, mask[j] = 0, labels[j] = -100;
  for (int i = 0; i < count; i++) {
    const fm_text *t = &r->texts[order[i]];
    for (int j = 0; j < t->len; j++)
      ids[i * S + j] = t->ids[j], mask[i * S + j] = 1;
    for (int j = 0; j < t->n_masks; j++) // any valid id marks a row to predict
      labels[i * S + t->masks[j]] = t->ids[t->masks[j]];
  }
  program_batch batch = {
      .batch = count, .seq_len = S, .input_ids = ids, .attention_mask = mask, .labels = labels};
  char *error = NULL;
  bool ok = program_set_batch(r->p, b, &batch, "fill-mask", &error);
  free(ids);
  free(mask);
  free(labels);
  if (!ok) {
    program_error(m, "%s", error ? error : "cannot set the batch");
    free(error);
    return false;
  }
  const char *outputs[] = {r->output, NULL};
  program_forward(r->p, b, outputs);
  if (program_masked_count(r->p, b) != rows) {
    fprintf(stderr, "%s:%d: internal error: %lld masked rows, expected %lld\n", __FILE__, __LINE__,
            (long long)program_masked_count(r->p, b), (long long)rows);
    abort();
  }
  const float *logits = program_io_data(r->p, program_io(b, r->output)); // [M, V]
  int64_t row = 0;
  for (int i = 0; i < count; i++) {
    fm_text *t = &r->texts[order[i]];
    t->top = rt_grow(NULL, (size_t)(t->n_masks * r->k) * sizeof *t->top);
    t->score = rt_grow(NULL, (size_t)(t->n_masks * r->k) * sizeof *t->score);
    for (int j = 0; j < t->n_masks; j++, row++)
      top_k(t->top + j * r->k, t->score + j * r->k, logits + row * V, V, r->k);
  }
  return true;
}

// Texts by (bucket, length, input order).
static const fm_text *sort_texts;
static int by_bucket_length(const void *a, const void *b) {
  const fm_text *x = &sort_texts[*(const int *)a], *y = &sort_texts[*(const int *)b];
  if (x->bucket != y->bucket) return x->bucket < y->bucket ? -1 : 1;
  if (x->len != y->len) return x->len < y->len ? -1 : 1;
  return *(const int *)a < *(const int *)b ? -1 : 1;
}

// Every text in order of length: batches of at most batch_size texts and at most their
// bucket's M masked rows.
static bool run_all(fm_run *r) {
  const bertrt_model *m = r->m;
  int *order = rt_grow(NULL, ((size_t)r->n + 1) * sizeof *order);
  for (int i = 0; i < r->n; i++)
    order[i] = i;
  sort_texts = r->texts;
  qsort(order, (size_t)r->n, sizeof *order, by_bucket_length);
  bool ok = true;
  for (int start = 0, end; ok && start < r->n; start = end) {
    int bucket = r->texts[order[start]].bucket;
    int64_t rows = r->texts[order[start]].n_masks;
    for (end = start + 1; end < r->n && end - start < m->batch_size; end++) {
      const fm_text *t = &r->texts[order[end]];
      if (rows + t->n_masks > bucket_rows(&m->buckets[t->bucket])) break;
      bucket = t->bucket; // sorted: never smaller
      rows += t->n_masks;
    }
    ok = run_batch(r, &m->buckets[bucket], order + start, end - start);
  }
  free(order);
  return ok;
}

// ---- output ----------------------------------------------------------------------------

// The pipeline's "sequence": t's ids with candidate `id` at mask j, [PAD] dropped, decoded
// (special tokens skipped when t has one mask). Malloc'd.
static char *filled(const fm_run *r, const fm_text *t, int j, int32_t id) {
  int32_t *ids = rt_grow(NULL, (size_t)t->len * sizeof *ids);
  int pad = tok_special_id(r->tok, TOK_PAD), n = 0;
  for (int i = 0; i < t->len; i++) {
    int32_t v = i == t->masks[j] ? id : t->ids[i];
    if (v != pad) ids[n++] = v;
  }
  char *s = tok_decode(r->tok, ids, n, t->n_masks == 1);
  free(ids);
  if (!s) abort(); // every id is in the vocabulary
  return s;
}

static void json_candidates(JsonWriter *w, const fm_run *r, const fm_text *t, int j) {
  jw_begin_array(w);
  for (int64_t c = 0; c < r->k; c++) {
    int32_t id = t->top[j * r->k + c];
    char *seq = filled(r, t, j, id);
    jw_begin_object(w);
    jw_key(w, "token");
    jw_string(w, tok_token(r->tok, id));
    jw_key_int(w, "id", id);
    jw_key_double(w, "score", t->score[j * r->k + c]);
    jw_key(w, "sequence");
    jw_string(w, seq);
    jw_end_object(w);
    free(seq);
  }
  jw_end_array(w);
}

static void print_json(FILE *out, const fm_run *r, const fm_text *t, JsonWriter *w) {
  jw_reset(w);
  jw_begin_object(w);
  jw_key(w, "text");
  jw_string(w, t->text);
  jw_key(w, "masks");
  jw_begin_array(w);
  for (int j = 0; j < t->n_masks; j++) {
    jw_begin_object(w);
    jw_key_int(w, "position", t->masks[j]);
    jw_key(w, "candidates");
    json_candidates(w, r, t, j);
    jw_end_object(w);
  }
  jw_end_array(w);
  if (t->n_masks == 1) {
    jw_key(w, "candidates");
    json_candidates(w, r, t, 0);
  }
  jw_end_object(w);
  fprintf(out, "%s\n", w->data);
}

//   나는 [MASK]에 가서 돈을 찾았다
//     [MASK] 1 of 1 (token 2):
//       0.8123  은행  나는 은행 에 가서 돈을 찾았다
static void print_plain(FILE *out, const fm_run *r, const fm_text *t) {
  fprintf(out, "%s\n", t->text);
  for (int j = 0; j < t->n_masks; j++) {
    fprintf(out, "  [MASK] %d of %d (token %d):\n", j + 1, t->n_masks, t->masks[j]);
    for (int64_t c = 0; c < r->k; c++) {
      int32_t id = t->top[j * r->k + c];
      char *seq = filled(r, t, j, id);
      fprintf(out, "    %.4f  %s  %s\n", t->score[j * r->k + c], tok_token(r->tok, id), seq);
      free(seq);
    }
  }
}

// ---- the command -----------------------------------------------------------------------

static void run_free(fm_run *r) {
  for (int i = 0; r->texts && i < r->n; i++) {
    free(r->texts[i].ids);
    free(r->texts[i].masks);
    free(r->texts[i].top);
    free(r->texts[i].score);
  }
  free(r->texts);
  model_close(&r->lm);
}

// The output of m's masked-LM head, or NULL after an error naming the head.
static const char *mlm_output(const bertrt_model *m) {
  const char *name = strcmp(m->head_type, "masked_lm") == 0     ? "logits"
                     : strcmp(m->head_type, "pretraining") == 0 ? "prediction_logits"
                                                                : NULL;
  for (int64_t i = 0; name && i < m->n_buckets; i++)
    if (!program_io(&m->buckets[i], name) || !program_io(&m->buckets[i], "masked_positions"))
      name = NULL;
  if (!name)
    program_error(m,
                  "fill-mask: %s has a %s head (%s); fill-mask needs a masked-LM program (spec "
                  "head type masked_lm or pretraining)",
                  m->name, m->head_type, m->hf_architecture);
  return name;
}

static int fill_mask_main(const program_command *cmd, const bertrt_model *m, int argc,
                          char **argv) {
  const char *dir = NULL, *k_s = "5", *file = NULL, *threads_s = NULL;
  bool json = false;
  program_option opts[] = {{"--model", &dir, NULL},
                           {"--top-k", &k_s, NULL},
                           {"--file", &file, NULL},
                           {"--threads", &threads_s, NULL},
                           {"--json", NULL, &json}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 5, &pos, &n_pos);
  if (status >= 0) return status;
  fm_run r = {.m = m};
  if (!(r.output = mlm_output(m))) return 2;
  if (!dir) {
    program_error(m,
                  "fill-mask: --model DIR is required (an HF BertForMaskedLM folder)\n"
                  "usage: %s %s %s",
                  m->name, cmd->name, cmd->args);
    return 2;
  }
  if (!program_parse_int(m, "--top-k", k_s, 1, m->vocab_size, &r.k)) return 2;
  text_list texts = {0};
  if (!gather_texts(m, &texts, pos, n_pos, file)) status = 2;
  r.n = texts.n;
  if (status < 0 && r.n == 0) {
    program_error(m, "fill-mask: no texts (give TEXT arguments, --file F or lines on stdin)");
    status = 2;
  }
  if (status < 0 && !(status = model_open(&r.lm, m, dir, threads_s, true)))
    r.p = r.lm.p, r.tok = r.lm.tok;
  if (!status) {
    r.texts = rt_grow(NULL, (size_t)r.n * sizeof *r.texts);
    memset(r.texts, 0, (size_t)r.n * sizeof *r.texts);
    TokEncoding enc = {0};
    for (int i = 0; i < r.n; i++)
      r.texts[i].text = texts.items[i];
    for (int i = 0; !status && i < r.n; i++)
      status = encode_text(&r, i, &enc) ? 0 : 2;
    tok_encoding_free(&enc);
  }
  if (!status) status = run_all(&r) ? 0 : 1;
  if (!status) {
    JsonWriter w = {0};
    for (int i = 0; i < r.n; i++) {
      if (json)
        print_json(stdout, &r, &r.texts[i], &w);
      else
        print_plain(stdout, &r, &r.texts[i]);
    }
    jw_free(&w);
    status = fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
  }
  run_free(&r);
  text_list_free(&texts);
  return status;
}

const program_command cmd_fill_mask = {
    "fill-mask",
    "--model DIR [--top-k K (default 5)] [--json] [TEXT...] [--file F] [--threads T]",
    "masked-LM programs: for each [MASK] of each text (the arguments, else the lines of --file, "
    "else of stdin) the K likeliest tokens with their probabilities and the text each fills in, "
    "as transformers' fill-mask pipeline; --json: one object per text, {\"text\", \"masks\": "
    "[{\"position\", \"candidates\": [{\"token\", \"id\", \"score\", \"sequence\"}]}]} and, with "
    "one mask, \"candidates\" at the top level too",
    fill_mask_main,
};
