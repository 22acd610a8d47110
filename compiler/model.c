// model.c — the forward graph of a HuggingFace BERT model and its head (graph.h).
//
// Mirrors transformers' modeling_bert in eval form plus dropout: BertEmbeddings,
// BertLayer x L (self-attention, output, intermediate, output), BertPooler, and the head of
// BertForSequenceClassification / BertForTokenClassification / BertForQuestionAnswering /
// BertForMaskedLM / BertForPreTraining (their vocabulary projection at masked tokens only). B is
// the spec's batch size and S the bucket's sequence length; every tensor comment is outermost
// first.
//
// Dropout sites are numbered 1, 2, ... in forward order (embeddings; per layer attention
// probabilities, attention output, FFN output; head), whatever the bucket, so an element
// draws the same mask in every bucket. A dropout of probability 0 is no node but still
// takes its site number.
#include "graph.h"

#include "heads.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  Graph *g;
  const Spec *spec;
  int64_t B, S, H, nh, D; // batch, sequence, hidden, heads, head size
  SrcLoc loc;             // the spec key the nodes being built come from
  uint32_t next_site;     // the next dropout site
  int word_embeddings;    // its parameter node: the masked-LM decoder is tied to it
} Builder;

static void at(Builder *b, const char *key) {
  b->loc = spec_key_loc(b->spec, key);
}

static Shape dims2(int64_t d0, int64_t d1) {
  return shape_of(2, (int64_t[]){d0, d1});
}
static Shape dims3(int64_t d0, int64_t d1, int64_t d2) {
  return shape_of(3, (int64_t[]){d0, d1, d2});
}

// A node of `op` over `n_in` inputs; `name` is taken over.
static int add_node(Builder *b, OpKind op, Shape s, char *name, int n_in, const int *in) {
  Node n = {.op = op,
            .dtype = DT_F32,
            .shape = s,
            .n_in = n_in,
            .name = name,
            .param = -1,
            .loc = b->loc};
  memcpy(n.in, in, (size_t)n_in * sizeof *in);
  return graph_add(b->g, n);
}

static int unary(Builder *b, OpKind op, int x, char *name) {
  return add_node(b, op, b->g->nodes.items[x].shape, name, 1, (int[]){x});
}

// Pointwise a op b with the shape of `a` (b broadcasts into it).
static int binary(Builder *b, OpKind op, int x, int y, char *name) {
  return add_node(b, op, b->g->nodes.items[x].shape, name, 2, (int[]){x, y});
}

static int input(Builder *b, const char *name, Shape s) {
  Node n = {.op = OP_INPUT,
            .dtype = DT_I32,
            .shape = s,
            .name = xstrdup(name),
            .param = -1,
            .loc = b->loc};
  return graph_add(b->g, n);
}

static int param(Builder *b, char *name, int group, Shape s) {
  Node n = {.op = OP_PARAM,
            .dtype = DT_F32,
            .shape = s,
            .name = name,
            .param = b->g->params.len,
            .loc = b->loc};
  int node = graph_add(b->g, n);
  vec_push(&b->g->params, ((Param){.name = name, .node = node, .group = group, .grad = -1}));
  return node;
}

// ---- layers --------------------------------------------------------------------------------

// nn.Linear(in, out) named `prefix` (HF "bert.pooler.dense"): y [..., out] = x [..., in] W^T + b,
// with weight W [out, in] and bias [out]; x's rows are one [rows, in] matrix.
static int linear(Builder *b, int x, int64_t out, const char *prefix, int group, const char *name) {
  Shape xs = b->g->nodes.items[x].shape;
  int64_t in = xs.dim[xs.rank - 1], rows = shape_numel(xs) / in;
  int w = param(b, format("%s.weight", prefix), group, dims2(out, in));
  int bias = param(b, format("%s.bias", prefix), group, shape_of(1, &out));
  Shape ys = xs;
  ys.dim[ys.rank - 1] = out;
  Node mm = {.op = OP_MATMUL,
             .dtype = DT_F32,
             .shape = ys,
             .n_in = 2,
             .in = {x, w},
             .name = format("%s.matmul", name),
             .param = -1,
             .loc = b->loc};
  mm.attr.mm = (MatmulAttr){.m = rows,
                            .n = out,
                            .k = in,
                            .batch = {1, 1},
                            .alpha = 1.0f,
                            .a = {.ld = in},
                            .b = {.trans = true, .ld = in},
                            .c = {.ld = out}};
  int y = graph_add(b->g, mm);
  return binary(b, OP_ADD, y, bias, xstrdup(name));
}

// nn.Dropout(p): the next site in forward order; identity when p is 0.
static int dropout(Builder *b, int x, double p, const char *key, char *name) {
  uint32_t site = b->next_site++;
  if (p == 0) {
    free(name);
    return x;
  }
  SrcLoc saved = b->loc;
  at(b, key);
  Node n = {.op = OP_DROPOUT,
            .dtype = DT_F32,
            .shape = b->g->nodes.items[x].shape,
            .n_in = 1,
            .in = {x},
            .name = name,
            .param = -1,
            .loc = b->loc};
  n.attr.dropout.p = (float)p;
  n.attr.dropout.site = site;
  b->loc = saved;
  return graph_add(b->g, n);
}

// nn.LayerNorm(H, eps) named `prefix`: statistics of x's rows, then xhat * gamma + beta.
static int layer_norm(Builder *b, int x, const char *prefix, int group, const char *name) {
  int gamma = param(b, format("%s.weight", prefix), group, shape_of(1, &b->H));
  int beta = param(b, format("%s.bias", prefix), group, shape_of(1, &b->H));
  Shape xs = b->g->nodes.items[x].shape;
  Shape ss = xs;
  ss.dim[ss.rank - 1] = 2;
  Node st = {.op = OP_LN_STATS,
             .dtype = DT_F32,
             .shape = ss,
             .n_in = 1,
             .in = {x},
             .name = format("%s.stats", name),
             .param = -1,
             .loc = b->loc};
  st.attr.value = (float)b->spec->model.layer_norm_eps;
  int stats = graph_add(b->g, st);
  return add_node(b, OP_LAYERNORM, xs, xstrdup(name), 4, (int[]){x, stats, gamma, beta});
}

// BertEmbeddings: LN(word[input_ids] + type[token_type_ids] + position[0..S-1]), dropout.
static int embeddings(Builder *b, int ids, int types) {
  const ModelSpec *m = &b->spec->model;
  at(b, "model.vocab_size");
  int word =
      param(b, xstrdup("bert.embeddings.word_embeddings.weight"), 0, dims2(m->vocab_size, b->H));
  b->word_embeddings = word;
  at(b, "model.max_position_embeddings");
  int pos = param(b, xstrdup("bert.embeddings.position_embeddings.weight"), 0,
                  dims2(m->max_position_embeddings, b->H));
  at(b, "model.type_vocab_size");
  int type = param(b, xstrdup("bert.embeddings.token_type_embeddings.weight"), 0,
                   dims2(m->type_vocab_size, b->H));
  at(b, "model.hidden_size");
  Shape bsh = dims3(b->B, b->S, b->H);
  Node wg = {.op = OP_GATHER,
             .dtype = DT_F32,
             .shape = bsh,
             .n_in = 2,
             .in = {word, ids},
             .name = xstrdup("embeddings.word"),
             .param = -1,
             .loc = b->loc};
  if (head_info(b->spec->head.type)->scores_padding) // nn.Embedding(padding_idx=pad_token_id)
    wg.attr.gather.has_padding = true, wg.attr.gather.padding_idx = (int32_t)m->pad_token_id;
  int we = graph_add(b->g, wg); // [B,S,H]
  int te = add_node(b, OP_GATHER, bsh, xstrdup("embeddings.token_type"), 2, (int[]){type, types});
  Node slice = {.op = OP_SLICE_ROWS,
                .dtype = DT_F32,
                .shape = dims2(b->S, b->H),
                .n_in = 1,
                .in = {pos},
                .name = xstrdup("embeddings.position"),
                .param = -1,
                .loc = b->loc};
  slice.attr.rows = b->S;
  int pe = graph_add(b->g, slice); // [S,H]
  int sum = binary(b, OP_ADD, we, te, xstrdup("embeddings.word_plus_type"));
  sum = binary(b, OP_ADD, sum, pe, xstrdup("embeddings.sum"));
  int ln = layer_norm(b, sum, "bert.embeddings.LayerNorm", 0, "embeddings.layernorm");
  return dropout(b, ln, m->hidden_dropout_prob, "model.hidden_dropout_prob",
                 xstrdup("embeddings.dropout"));
}

// Per (batch, head) products over a [B,S,H] tensor viewed as [B,nh,S,D] without copies:
// head h of batch i is the S x D block at i*S*H + h*D with leading dimension H.
static MatOperand heads_view(const Builder *b, bool trans) {
  return (MatOperand){.trans = trans, .ld = b->H, .batch_stride = {b->S * b->H, b->D}};
}

// scores [B,nh,S,S] as one square matrix per (batch, head).
static MatOperand scores_view(const Builder *b) {
  return (MatOperand){.ld = b->S, .batch_stride = {b->nh * b->S * b->S, b->S * b->S}};
}

static int batched_matmul(Builder *b, int x, int y, Shape s, MatmulAttr attr, char *name) {
  Node n = {.op = OP_MATMUL,
            .dtype = DT_F32,
            .shape = s,
            .n_in = 2,
            .in = {x, y},
            .name = name,
            .param = -1,
            .loc = b->loc};
  attr.batch[0] = b->B, attr.batch[1] = b->nh;
  n.attr.mm = attr;
  return graph_add(b->g, n);
}

// BertSelfAttention + BertSelfOutput: LN(dropout(dense(context)) + x).
static int attention(Builder *b, int x, int mask_bias, int layer) {
  const ModelSpec *m = &b->spec->model;
  int group = 1 + layer;
  char *pre = format("bert.encoder.layer.%d.attention", layer);
  char *name = format("layer.%d.attention", layer);
  at(b, "model.num_attention_heads");
  int q =
      linear(b, x, b->H, format("%s.self.query", pre), group, format("%s.query", name)); // [B,S,H]
  int k = linear(b, x, b->H, format("%s.self.key", pre), group, format("%s.key", name));
  int v = linear(b, x, b->H, format("%s.self.value", pre), group, format("%s.value", name));
  Shape ss = shape_of(4, (int64_t[]){b->B, b->nh, b->S, b->S});
  // scores = Q K^T / sqrt(D) + mask bias, per head
  int scores = batched_matmul(b, q, k, ss,
                              (MatmulAttr){.m = b->S,
                                           .n = b->S,
                                           .k = b->D,
                                           .a = heads_view(b, false),
                                           .b = heads_view(b, true),
                                           .c = scores_view(b),
                                           .alpha = (float)(1.0 / sqrt((double)b->D))},
                              format("%s.scores", name)); // [B,nh,S,S]
  scores = binary(b, OP_ADD, scores, mask_bias, format("%s.masked_scores", name));
  int probs = unary(b, OP_SOFTMAX, scores, format("%s.probs", name));
  probs = dropout(b, probs, m->attention_probs_dropout_prob, "model.attention_probs_dropout_prob",
                  format("%s.probs_dropout", name));
  // context [B,S,H]: P V per head, written into the head's columns
  int context = batched_matmul(b, probs, v, dims3(b->B, b->S, b->H),
                               (MatmulAttr){.m = b->S,
                                            .n = b->D,
                                            .k = b->S,
                                            .a = scores_view(b),
                                            .b = heads_view(b, false),
                                            .c = heads_view(b, false),
                                            .alpha = 1.0f},
                               format("%s.context", name));
  at(b, "model.num_hidden_layers");
  char *dense = format("%s.output.dense", pre), *out_name = format("%s.output", name);
  int y = linear(b, context, b->H, dense, group, out_name);
  y = dropout(b, y, m->hidden_dropout_prob, "model.hidden_dropout_prob",
              format("%s.output_dropout", name));
  y = binary(b, OP_ADD, y, x, format("%s.residual", name));
  char *ln = format("%s.output.LayerNorm", pre), *ln_name = format("%s.layernorm", name);
  y = layer_norm(b, y, ln, group, ln_name);
  free(pre), free(name), free(dense), free(out_name), free(ln), free(ln_name);
  return y;
}

static OpKind activation_op(Activation a) {
  switch (a) {
  case ACT_GELU:
    return OP_GELU;
  case ACT_GELU_TANH:
    return OP_GELU_TANH;
  case ACT_RELU:
    return OP_RELU;
  case ACT_COUNT:
    break;
  }
  unreachable();
}

// BertIntermediate + BertOutput: LN(dropout(dense(act(dense(x)))) + x).
static int feed_forward(Builder *b, int x, int layer) {
  const ModelSpec *m = &b->spec->model;
  int group = 1 + layer;
  char *pre = format("bert.encoder.layer.%d", layer);
  char *name = format("layer.%d.ffn", layer);
  char *up = format("%s.intermediate.dense", pre), *up_name = format("%s.intermediate", name);
  char *down = format("%s.output.dense", pre), *down_name = format("%s.output", name);
  char *ln = format("%s.output.LayerNorm", pre), *ln_name = format("%s.layernorm", name);
  at(b, "model.intermediate_size");
  int h = linear(b, x, m->intermediate_size, up, group, up_name); // [B,S,I]
  at(b, "model.hidden_act");
  h = unary(b, activation_op(m->hidden_act), h,
            format("%s.%s", name, activation_name(m->hidden_act)));
  at(b, "model.num_hidden_layers");
  int y = linear(b, h, b->H, down, group, down_name); // [B,S,H]
  y = dropout(b, y, m->hidden_dropout_prob, "model.hidden_dropout_prob",
              format("%s.dropout", name));
  y = binary(b, OP_ADD, y, x, format("%s.residual", name));
  y = layer_norm(b, y, ln, group, ln_name);
  free(pre), free(name), free(up), free(up_name), free(down), free(down_name), free(ln),
      free(ln_name);
  return y;
}

// An output of `forward` only.
static void output(Graph *g, const char *name, int node) {
  vec_push(&g->outputs, ((Output){.name = xstrdup(name), .node = node}));
}

// An output a training step writes too: the loss and the head's logits.
static void step_output(Graph *g, const char *name, int node) {
  vec_push(&g->outputs, ((Output){.name = xstrdup(name), .node = node, .in_step = true}));
}

// loss = CrossEntropyLoss(logits [R,C], labels [R]), mean over labels != -100.
static int loss(Builder *b, int logits, int labels) {
  int count = add_node(b, OP_VALID_COUNT, shape_of(1, (int64_t[]){1}), xstrdup("loss.valid_count"),
                       1, (int[]){labels});
  return add_node(b, OP_CROSS_ENTROPY, shape_of(1, (int64_t[]){1}), xstrdup("loss"), 3,
                  (int[]){logits, labels, count});
}

// BertPooler: dense + tanh on token 0 -> [B,H].
static int pooler(Builder *b, int hidden, int group) {
  Node sel = {.op = OP_SELECT_TOKEN,
              .dtype = DT_F32,
              .shape = dims2(b->B, b->H),
              .n_in = 1,
              .in = {hidden},
              .name = xstrdup("pooler.first_token"),
              .param = -1,
              .loc = b->loc};
  sel.attr.token = 0;
  int first = graph_add(b->g, sel); // [B,H]
  int pooled = linear(b, first, b->H, "bert.pooler.dense", group, "pooler.dense");
  return unary(b, OP_TANH, pooled, xstrdup("pooler.tanh"));
}

// BertForSequenceClassification: pooler, dropout, classifier.
static void sequence_classification(Builder *b, int hidden, int group) {
  Graph *g = b->g;
  int C = b->spec->head.num_labels;
  at(b, "head");
  int labels = input(b, "labels", shape_of(1, &b->B)); // [B]
  int pooled = pooler(b, hidden, group);
  int x = dropout(b, pooled, b->spec->model.hidden_dropout_prob, "model.hidden_dropout_prob",
                  xstrdup("head.dropout"));
  at(b, "head");
  int logits = linear(b, x, C, "classifier", group, "head.classifier"); // [B,C]
  g->loss = loss(b, logits, labels);
  step_output(g, "logits", logits);
  step_output(g, "loss", g->loss);
  output(g, "pooled_output", pooled);
}

// BertForTokenClassification (no pooler): dropout, classifier on every token.
static void token_classification(Builder *b, int hidden, int group) {
  Graph *g = b->g;
  int C = b->spec->head.num_labels;
  at(b, "head");
  int labels = input(b, "labels", dims2(b->B, b->S)); // [B,S]
  int x = dropout(b, hidden, b->spec->model.hidden_dropout_prob, "model.hidden_dropout_prob",
                  xstrdup("head.dropout"));
  at(b, "head");
  int logits = linear(b, x, C, "classifier", group, "head.classifier"); // [B,S,C]
  int flat = add_node(b, OP_RESHAPE, dims2(b->B * b->S, C), xstrdup("head.logits_rows"), 1,
                      (int[]){logits}); // [B*S,C]
  Node rl = {.op = OP_RESHAPE,
             .dtype = DT_I32,
             .shape = shape_of(1, (int64_t[]){b->B * b->S}),
             .n_in = 1,
             .in = {labels},
             .name = xstrdup("head.label_rows"),
             .param = -1,
             .loc = b->loc};
  int flat_labels = graph_add(g, rl); // [B*S]
  g->loss = loss(b, flat, flat_labels);
  step_output(g, "logits", logits);
  step_output(g, "loss", g->loss);
}

// One of the two logits of every token: x [B,S,2] viewed as [B*S,2,1], its column `which`
// selected, viewed as [B,S].
static int span_logits(Builder *b, int x, int which, const char *name) {
  int64_t rows = b->B * b->S;
  int pairs = add_node(b, OP_RESHAPE, dims3(rows, 2, 1), format("%s.pairs", name), 1, (int[]){x});
  Node sel = {.op = OP_SELECT_TOKEN,
              .dtype = DT_F32,
              .shape = dims2(rows, 1),
              .n_in = 1,
              .in = {pairs},
              .name = format("%s.column", name),
              .param = -1,
              .loc = b->loc};
  sel.attr.token = which;
  int column = graph_add(b->g, sel);                                                    // [B*S,1]
  return add_node(b, OP_RESHAPE, dims2(b->B, b->S), xstrdup(name), 1, (int[]){column}); // [B,S]
}

// CrossEntropyLoss(ignore_index=S) of logits [B,S] (a distribution over the tokens, padding
// included, as HF computes it) against positions [B] clamped to [0, S].
static int span_loss(Builder *b, int logits, int positions, const char *name) {
  Node count = {.op = OP_VALID_COUNT,
                .dtype = DT_F32,
                .shape = shape_of(1, (int64_t[]){1}),
                .n_in = 1,
                .in = {positions},
                .name = format("%s.valid_count", name),
                .param = -1,
                .loc = b->loc};
  count.attr.clamp = (int32_t)b->S;
  Node ce = count;
  ce.op = OP_CROSS_ENTROPY;
  ce.n_in = 3;
  ce.in[0] = logits, ce.in[1] = positions, ce.in[2] = graph_add(b->g, count);
  ce.name = xstrdup(name);
  return graph_add(b->g, ce);
}

// BertForQuestionAnswering (no pooler, no dropout): qa_outputs on every token, split into the
// start and end logits [B,S]; loss = (CE(start) + CE(end)) / 2.
static void question_answering(Builder *b, int hidden, int group) {
  Graph *g = b->g;
  at(b, "head");
  Shape rows = shape_of(1, &b->B);
  int start_positions = input(b, "start_positions", rows);                   // [B]
  int end_positions = input(b, "end_positions", rows);                       // [B]
  int logits = linear(b, hidden, 2, "qa_outputs", group, "head.qa_outputs"); // [B,S,2]
  int start = span_logits(b, logits, 0, "head.start_logits");
  int end = span_logits(b, logits, 1, "head.end_logits");
  int sum = binary(b, OP_ADD, span_loss(b, start, start_positions, "loss.start"),
                   span_loss(b, end, end_positions, "loss.end"), xstrdup("loss.sum"));
  Node half = {.op = OP_SCALE,
               .dtype = DT_F32,
               .shape = shape_of(1, (int64_t[]){1}),
               .n_in = 1,
               .in = {sum},
               .name = xstrdup("loss"),
               .param = -1,
               .loc = b->loc};
  half.attr.value = 0.5f;
  g->loss = graph_add(g, half);
  step_output(g, "start_logits", start);
  step_output(g, "end_logits", end);
  step_output(g, "loss", g->loss);
}

// BertLMPredictionHead at the masked tokens only: their rows of the last hidden state
// gathered (masked_positions [M], derived by the runtime from HF's labels [B,S]: the rows
// b * S + s with a label, in batch order, then padding rows whose masked_labels are -100),
// transform (dense, activation, LayerNorm), the decoder tied to the word embeddings plus
// cls.predictions.bias -> logits [M,V]; *loss = CrossEntropyLoss over the M rows, which is
// HF's mean over the labels that are not -100 (padding rows add nothing to it or to any
// gradient).
static int masked_lm_logits(Builder *b, int hidden, int group, int *loss_out) {
  const ModelSpec *m = &b->spec->model;
  at(b, "head");
  int64_t M = head_masked_rows(b->spec, b->S), V = m->vocab_size;
  Shape rows = shape_of(1, &M);
  int positions = input(b, "masked_positions", rows); // [M]
  int labels = input(b, "masked_labels", rows);       // [M]
  int flat = add_node(b, OP_RESHAPE, dims2(b->B * b->S, b->H), xstrdup("head.hidden_rows"), 1,
                      (int[]){hidden}); // [B*S,H]
  int x = add_node(b, OP_GATHER, dims2(M, b->H), xstrdup("head.masked_rows"), 2,
                   (int[]){flat, positions}); // [M,H]
  x = linear(b, x, b->H, "cls.predictions.transform.dense", group, "head.transform.dense");
  at(b, "model.hidden_act");
  x = unary(b, activation_op(m->hidden_act), x,
            format("head.transform.%s", activation_name(m->hidden_act)));
  at(b, "head");
  x = layer_norm(b, x, "cls.predictions.transform.LayerNorm", group, "head.transform.layernorm");
  at(b, "model.vocab_size");
  Node mm = {.op = OP_MATMUL,
             .dtype = DT_F32,
             .shape = dims2(M, V),
             .n_in = 2,
             .in = {x, b->word_embeddings},
             .name = xstrdup("head.decoder.matmul"),
             .param = -1,
             .loc = b->loc};
  mm.attr.mm = (MatmulAttr){.m = M,
                            .n = V,
                            .k = b->H,
                            .batch = {1, 1},
                            .alpha = 1.0f,
                            .a = {.ld = b->H},
                            .b = {.trans = true, .ld = b->H},
                            .c = {.ld = V}};
  int logits = graph_add(b->g, mm); // [M,V]
  int bias = param(b, xstrdup("cls.predictions.bias"), group, shape_of(1, &V));
  logits = binary(b, OP_ADD, logits, bias, xstrdup("head.decoder"));
  *loss_out = loss(b, logits, labels);
  return logits;
}

// BertForMaskedLM (no pooler): the prediction head at the masked tokens.
static void masked_lm(Builder *b, int hidden, int group) {
  Graph *g = b->g;
  int logits = masked_lm_logits(b, hidden, group, &g->loss);
  step_output(g, "logits", logits);
  step_output(g, "loss", g->loss);
}

// BertForPreTraining: the prediction head at the masked tokens, and next-sentence prediction
// (cls.seq_relationship on the pooler, no dropout) against next_sentence_label [B] (0: B
// continues A); loss = masked-LM loss + next-sentence loss.
static void pretraining(Builder *b, int hidden, int group) {
  Graph *g = b->g;
  int mlm_loss;
  int logits = masked_lm_logits(b, hidden, group, &mlm_loss);
  at(b, "head");
  int labels = input(b, "next_sentence_label", shape_of(1, &b->B)); // [B]
  int pooled = pooler(b, hidden, group);
  int nsp = linear(b, pooled, 2, "cls.seq_relationship", group, "head.seq_relationship"); // [B,2]
  g->loss = binary(b, OP_ADD, mlm_loss, loss(b, nsp, labels), xstrdup("loss.total"));
  step_output(g, "prediction_logits", logits);
  step_output(g, "seq_relationship_logits", nsp);
  step_output(g, "loss", g->loss);
  output(g, "pooled_output", pooled);
}

// The graph builder of each supported head (heads.h): its inputs, loss and outputs on top of
// the encoder's last hidden state [B,S,H]; its parameters in `group`.
typedef void (*HeadBuilder)(Builder *b, int hidden, int group);
static const HeadBuilder HEAD_BUILDERS[HEAD_COUNT] = {
    [HEAD_SEQUENCE_CLASSIFICATION] = sequence_classification,
    [HEAD_TOKEN_CLASSIFICATION] = token_classification,
    [HEAD_QUESTION_ANSWERING] = question_answering,
    [HEAD_MASKED_LM] = masked_lm,
    [HEAD_PRETRAINING] = pretraining,
};

Graph *model_build(const Spec *spec, int seq_len) {
  const ModelSpec *m = &spec->model;
  HeadBuilder head = HEAD_BUILDERS[spec->head.type];
  check(head_info(spec->head.type)->supported && head); // spec.c rejects the others
  check(m->num_attention_heads > 0 && m->hidden_size % m->num_attention_heads == 0);
  check(seq_len > 0 && seq_len <= m->max_position_embeddings);
  Graph *g = xcalloc(1, sizeof *g);
  g->spec = spec;
  g->seq_len = seq_len;
  g->loss = -1;
  Builder b = {.g = g,
               .spec = spec,
               .B = spec->shapes.batch_size,
               .S = seq_len,
               .H = m->hidden_size,
               .nh = m->num_attention_heads,
               .D = m->hidden_size / m->num_attention_heads,
               .next_site = 1};
  at(&b, "shapes.batch_size");
  Shape bs = dims2(b.B, b.S);
  int ids = input(&b, "input_ids", bs); // [B,S]
  int types = input(&b, "token_type_ids", bs);
  int mask = input(&b, "attention_mask", bs);
  int hidden = embeddings(&b, ids, types); // [B,S,H]
  at(&b, "model.num_attention_heads");
  int mask_bias = add_node(&b, OP_MASK_BIAS, shape_of(4, (int64_t[]){b.B, 1, 1, b.S}),
                           xstrdup("attention_mask_bias"), 1, (int[]){mask}); // [B,1,1,S]
  for (int layer = 0; layer < m->num_hidden_layers; layer++) {
    hidden = attention(&b, hidden, mask_bias, layer);
    hidden = feed_forward(&b, hidden, layer);
  }
  int head_group = (int)m->num_hidden_layers + 1;
  head(&b, hidden, head_group);
  output(g, "last_hidden_state", hidden);
  g->n_forward = g->nodes.len;
  return g;
}
