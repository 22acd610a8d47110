// compile.c — the driver of stages 2-5b (compile.h).
#include "compile.h"

#include "autodiff.h"
#include "fuse.h"
#include "heads.h"
#include "optimizer.h"
#include "plan.h"
#include "precision.h"
#include "schedule.h"

#include <stdlib.h>
#include <string.h>

static char **copy_labels(const HeadSpec *h) {
  if (!h->labels) return NULL;
  char **labels = xcalloc((size_t)h->num_labels, sizeof *labels);
  for (int i = 0; i < h->num_labels; i++)
    labels[i] = xstrdup(h->labels[i]);
  return labels;
}

static ModelFacts model_facts(const Spec *s) {
  const ModelSpec *ms = &s->model;
  const TrainSpec *t = &s->train;
  return (ModelFacts){
      .name = xstrdup(s->name),
      .stem = xstrdup(s->stem),
      .precision = xstrdup(precision_name(s->precision)),
      .vocab_size = ms->vocab_size,
      .hidden_size = ms->hidden_size,
      .num_hidden_layers = ms->num_hidden_layers,
      .num_attention_heads = ms->num_attention_heads,
      .intermediate_size = ms->intermediate_size,
      .max_position_embeddings = ms->max_position_embeddings,
      .type_vocab_size = ms->type_vocab_size,
      .pad_token_id = ms->pad_token_id,
      .hidden_act = xstrdup(activation_name(ms->hidden_act)),
      .layer_norm_eps = ms->layer_norm_eps,
      .hidden_dropout_prob = ms->hidden_dropout_prob,
      .attention_probs_dropout_prob = ms->attention_probs_dropout_prob,
      .initializer_range = ms->initializer_range,
      .head_type = xstrdup(head_type_name(s->head.type)),
      .hf_architecture = xstrdup(head_info(s->head.type)->hf_architecture),
      .num_labels = s->head.num_labels,
      .labels = copy_labels(&s->head),
      .do_lower_case = s->tokenizer.do_lower_case,
      .lr = t->lr,
      .beta1 = t->beta1,
      .beta2 = t->beta2,
      .eps = t->eps,
      .weight_decay = t->weight_decay,
      .warmup_ratio = t->warmup_ratio,
      .grad_clip = t->grad_clip,
      .epochs = t->epochs,
      .seed = t->seed,
      .batch_size = s->shapes.batch_size,
  };
}

static int64_t program_flops(const KProgram *p) {
  int64_t total = 0;
  for (int k = 0; k < p->kernels.len; k++)
    total += p->kernels.items[k].flops;
  return total;
}

static int64_t first_offset_of_group(const ParamLayout *l, int min_group) {
  for (int i = 0; i < l->n; i++)
    if (l->group[i] >= min_group) return l->offset[i];
  return l->elems;
}

static void add_variant(CompiledModel *m, Strategy s, int unfrozen, int min_group) {
  m->variants = xrealloc(m->variants, (size_t)(m->n_variants + 1) * sizeof *m->variants);
  m->variants[m->n_variants++] =
      (Variant){s, unfrozen, first_offset_of_group(&m->params, min_group)};
}

// full: everything; feature extraction: pooler and head; gradual unfreezing: one variant
// per epoch, the head and then one more top encoder layer each epoch.
static void make_variants(CompiledModel *m, const Spec *spec) {
  int layers = (int)spec->model.num_hidden_layers;
  for (int i = 0; i < spec->train.n_strategies; i++) {
    switch (spec->train.strategies[i]) {
    case STRATEGY_FULL:
      add_variant(m, STRATEGY_FULL, layers, 0);
      break;
    case STRATEGY_FEATURE_EXTRACTION:
      add_variant(m, STRATEGY_FEATURE_EXTRACTION, 0, layers + 1);
      break;
    case STRATEGY_GRADUAL_UNFREEZING:
      for (int k = 0; k < spec->train.epochs && k <= layers; k++)
        add_variant(m, STRATEGY_GRADUAL_UNFREEZING, k, layers + 1 - k);
      break;
    default:
      unreachable();
    }
  }
}

static Shape io_shape_in(const Graph *g, const char *name) {
  for (int n = 0; n < g->nodes.len; n++)
    if (g->nodes.items[n].op == OP_INPUT && !strcmp(g->nodes.items[n].name, name))
      return g->nodes.items[n].shape;
  for (int i = 0; i < g->outputs.len; i++)
    if (!strcmp(g->outputs.items[i].name, name))
      return g->nodes.items[g->outputs.items[i].node].shape;
  unreachable();
}

static void compile_bucket(CompiledModel *m, const Spec *spec, Bucket *b, const Graph *fwd) {
  b->forward = fuse_graph(fwd, &m->params, &m->io, format("forward_s%d", b->seq_len), false);
  precision_lower(b->forward, fwd, spec->precision);
  plan_program(b->forward);
  b->flops_forward = program_flops(b->forward);
  b->io_shape = xcalloc((size_t)m->io.n, sizeof *b->io_shape);
  for (int i = 0; i < m->io.n; i++)
    b->io_shape[i] = io_shape_in(fwd, m->io.name[i]);
  b->train = xcalloc((size_t)m->n_variants, sizeof *b->train);
  for (int v = 0; v < m->n_variants; v++) {
    Graph *g = model_build(spec, b->seq_len);
    bool *trainable = xcalloc((size_t)m->params.n, sizeof *trainable);
    for (int i = 0; i < m->params.n; i++)
      trainable[i] = m->params.offset[i] >= m->variants[v].trainable_offset;
    autodiff(g, trainable);
    b->train[v] = fuse_graph(g, &m->params, &m->io, format("train_s%d_v%d", b->seq_len, v), true);
    precision_lower(b->train[v], g, spec->precision);
    plan_program(b->train[v]);
    if (v == 0) b->flops_train = program_flops(b->train[v]);
    free(trainable);
  }
}

CompiledModel *compile_model(const Spec *spec) {
  CompiledModel *m = xcalloc(1, sizeof *m);
  m->facts = model_facts(spec);
  m->n_buckets = spec->shapes.n_buckets;
  m->buckets = xcalloc((size_t)m->n_buckets, sizeof *m->buckets);
  Graph **fwd = xcalloc((size_t)m->n_buckets, sizeof *fwd);
  for (int i = 0; i < m->n_buckets; i++) {
    m->buckets[i].seq_len = spec->shapes.seq_len[i];
    fwd[i] = model_build(spec, m->buckets[i].seq_len);
  }
  m->params = layout_params(fwd[0]);
  m->io = layout_io(fwd[m->n_buckets - 1]);
  make_variants(m, spec);
  for (int i = 0; i < m->n_buckets; i++)
    compile_bucket(m, spec, &m->buckets[i], fwd[i]);
  m->optimizer = xcalloc((size_t)m->n_variants, sizeof *m->optimizer);
  for (int v = 0; v < m->n_variants; v++) {
    m->optimizer[v] = fuse_optimizer(spec, &m->params, m->variants[v].trainable_offset,
                                     format("optimizer_v%d", v));
    plan_program(m->optimizer[v]);
  }
  m->programs =
      xcalloc((size_t)(m->n_buckets * (1 + m->n_variants) + m->n_variants), sizeof *m->programs);
  for (int i = 0; i < m->n_buckets; i++) {
    m->programs[m->n_programs++] = m->buckets[i].forward;
    for (int v = 0; v < m->n_variants; v++)
      m->programs[m->n_programs++] = m->buckets[i].train[v];
  }
  for (int v = 0; v < m->n_variants; v++)
    m->programs[m->n_programs++] = m->optimizer[v];
  int64_t acts = 0;
  for (int i = 0; i < m->n_programs; i++)
    if (m->programs[i]->act_bytes > acts) acts = m->programs[i]->act_bytes;
  for (int a = BERTRT_PARAMS; a <= BERTRT_ADAM_V; a++)
    m->arena_bytes[a] = 4 * m->params.elems;
  m->arena_bytes[BERTRT_ACTS] = acts;
  m->arena_bytes[BERTRT_IO] = m->io.bytes;
  m->schedule = schedule_model(m);
  free(fwd);
  return m;
}
