// fuse_attention.c — the fused self-attention of the fusion stage (fuse_internal.h): finds
// model.c's multi-head self-attention subgraph (forward and its autodiff backward) and lowers
// it to K_ATTENTION kernels, so that no [B, heads, S, S] tensor is materialised.
#include "fuse_internal.h"

#include <stdlib.h>

// ---- matching the subgraph ----------------------------------------------------------------

// The needed consumers of node n (at most `max`; returns how many there are).
static int consumers_of(const Fuser *f, int n, int *out, int max) {
  int count = 0;
  for (int c = n + 1; c < f->g->nodes.len; c++) {
    const Node *node = &f->g->nodes.items[c];
    if (f->how[c] == HOW_UNUSED) continue;
    for (int i = 0; i < node->n_in; i++) {
      if (node->in[i] != n) continue;
      if (count < max) out[count] = c;
      count++;
      break;
    }
  }
  return count;
}

// The needed consumer of n with op `op` reading `a` as input 0 and `b` as input 1 (either
// may be -1: any), other than `except`; -1 when none.
static int consumer_with(const Fuser *f, int n, OpKind op, int a, int b, int except) {
  int cons[8], count = consumers_of(f, n, cons, 8);
  for (int i = 0; i < count && i < 8; i++) {
    const Node *c = &f->g->nodes.items[cons[i]];
    if (cons[i] != except && c->op == op && (a < 0 || c->in[0] == a) && (b < 0 || c->in[1] == b))
      return cons[i];
  }
  return -1;
}

// Whether every needed consumer of n is one of `allowed`, and n is not an output.
static bool consumed_only_by(const Fuser *f, int n, const int *allowed, int n_allowed) {
  if (f->root[n]) return false;
  int cons[8], count = consumers_of(f, n, cons, 8);
  if (count > 8) return false;
  for (int i = 0; i < count; i++) {
    bool ok = false;
    for (int j = 0; j < n_allowed; j++)
      ok = ok || (allowed[j] >= 0 && cons[i] == allowed[j]);
    if (!ok) return false;
  }
  return true;
}

static bool operand_is(MatOperand o, bool trans, int64_t ld, int64_t stride0, int64_t stride1) {
  return o.trans == trans && o.ld == ld && o.batch_stride[0] == stride0 &&
         o.batch_stride[1] == stride1;
}

// A [B, S, nh * D] tensor read or written one head at a time (model.c's heads view).
static bool is_heads(const Node *n, MatOperand o, bool trans, int64_t B, int64_t S, int64_t nh,
                     int64_t D) {
  return n->dtype == DT_F32 && shape_eq(n->shape, shape_of(3, (int64_t[]){B, S, nh * D})) &&
         operand_is(o, trans, nh * D, S * nh * D, D);
}

// The backward matmul producing the gradient of a heads tensor: inputs (a, b), the
// result in the heads layout; -1 when absent or different.
static int heads_gradient(const Fuser *f, int a, int b, const Node *scores, int except) {
  int n = consumer_with(f, a, OP_MATMUL, a, b, except);
  if (n < 0) return -1;
  const Node *g = &f->g->nodes.items[n];
  int64_t B = scores->shape.dim[0], nh = scores->shape.dim[1], S = scores->shape.dim[2];
  return is_heads(g, g->attr.mm.c, false, B, S, nh, scores->attr.mm.k) ? n : -1;
}

// Recognises, at softmax node `probs`, model.c's self-attention
//   scores = alpha q k^T per head -> masked = scores + key_bias [B,1,1,S] -> probs = softmax
//   -> dropped = dropout(probs) (optional) -> context = dropped v per head
// and the backward autodiff made of it (dropped' = dcontext v^T, dv = dropped^T dcontext,
// probs' = dropout(dropped'), scores' = softmax_backward(probs', probs), dq = scores' k,
// dk = scores'^T q), all of it or none. Nothing but the region reads its [B,nh,S,S] nodes.
static bool match_attention(const Fuser *f, int probs, Attention *at) {
  const Graph *g = f->g;
  *at = (Attention){.probs = probs, .dropped = -1, .lse = -1};
  at->dcontext = at->grad_dropped = at->grad_probs = at->grad_scores = -1;
  at->dq = at->dk = at->dv = -1;
  const Node *p = &g->nodes.items[probs];
  if (p->op != OP_SOFTMAX || probs >= g->n_forward || p->shape.rank != 4) return false;
  at->masked = p->in[0];
  const Node *m = &g->nodes.items[at->masked];
  if (m->op != OP_ADD) return false;
  at->scores = m->in[0], at->key_bias = m->in[1];
  const Node *s = &g->nodes.items[at->scores], *kb = &g->nodes.items[at->key_bias];
  int64_t B = p->shape.dim[0], nh = p->shape.dim[1], S = p->shape.dim[2];
  const MatmulAttr *sa = &s->attr.mm;
  int64_t D = sa->k;
  if (s->op != OP_MATMUL || !shape_eq(s->shape, p->shape) || p->shape.dim[3] != S ||
      sa->batch[0] != B || sa->batch[1] != nh || sa->m != S || sa->n != S ||
      !operand_is(sa->c, false, S, nh * S * S, S * S) ||
      !shape_eq(kb->shape, shape_of(4, (int64_t[]){B, 1, 1, S})) || kb->dtype != DT_F32)
    return false;
  at->q = s->in[0], at->k = s->in[1];
  if (at->q == at->k || !is_heads(&g->nodes.items[at->q], sa->a, false, B, S, nh, D) ||
      !is_heads(&g->nodes.items[at->k], sa->b, true, B, S, nh, D))
    return false;
  // forward: probs -> [dropped ->] context
  int next = consumer_with(f, probs, OP_DROPOUT, probs, -1, -1);
  if (next >= 0 && next < g->n_forward) at->dropped = next;
  int pv = at->dropped >= 0 ? at->dropped : probs;
  at->context = consumer_with(f, pv, OP_MATMUL, pv, -1, -1); // forward nodes come first
  if (at->context < 0 || at->context >= g->n_forward) return false;
  const Node *c = &g->nodes.items[at->context];
  const MatmulAttr *ca = &c->attr.mm;
  at->v = c->in[1];
  if (at->v == at->q || at->v == at->k || ca->batch[0] != B || ca->batch[1] != nh || ca->m != S ||
      ca->n != D || ca->k != S || ca->alpha != 1.0f ||
      !operand_is(ca->a, false, S, nh * S * S, S * S) ||
      !is_heads(&g->nodes.items[at->v], ca->b, false, B, S, nh, D) ||
      !is_heads(c, ca->c, false, B, S, nh, D))
    return false;
  // backward, when there is one
  at->dv = consumer_with(f, pv, OP_MATMUL, pv, -1, at->context);
  at->grad_scores = consumer_with(f, probs, OP_SOFTMAX_BACKWARD, -1, probs, -1);
  if (at->grad_scores >= 0) {
    const Node *sb = &g->nodes.items[at->grad_scores];
    at->grad_probs = sb->in[0];
    const Node *gp = &g->nodes.items[at->grad_probs];
    at->grad_dropped = at->grad_probs;
    if (at->dropped >= 0) {
      if (gp->op != OP_DROPOUT ||
          gp->attr.dropout.site != g->nodes.items[at->dropped].attr.dropout.site)
        return false;
      at->grad_dropped = gp->in[0];
    }
    const Node *gd = &g->nodes.items[at->grad_dropped];
    if (gd->op != OP_MATMUL || gd->in[1] != at->v) return false;
    at->dcontext = gd->in[0];
    if (at->dv < 0 || g->nodes.items[at->dv].in[1] != at->dcontext) return false;
    if (!is_heads(&g->nodes.items[at->dv], g->nodes.items[at->dv].attr.mm.c, false, B, S, nh, D))
      return false;
    at->dq = heads_gradient(f, at->grad_scores, at->k, s, -1);
    at->dk = heads_gradient(f, at->grad_scores, at->q, s, at->dq);
    if (at->dq < 0 || at->dk < 0) return false;
  } else if (at->dv >= 0) {
    return false; // a gradient of v alone: not a shape autodiff makes
  }
  // nothing outside the region reads its [B, nh, S, S] nodes
  int region[] = {at->masked, probs,           at->dropped,      at->context,
                  at->dv,     at->grad_scores, at->grad_dropped, at->grad_probs,
                  at->dq,     at->dk};
  int n_region = (int)(sizeof region / sizeof *region);
  int inner[] = {at->scores,       at->masked,     probs,          at->dropped,
                 at->grad_dropped, at->grad_probs, at->grad_scores};
  for (size_t i = 0; i < sizeof inner / sizeof *inner; i++)
    if (inner[i] >= 0 && !consumed_only_by(f, inner[i], region, n_region)) return false;
  return true;
}

// Every self-attention that match_attention recognises: its [B, nh, S, S] nodes are never
// materialised; context lowers the forward kernel, the first of dq, dk, dv the backward.
void fuse_attention(Fuser *f) {
  const Graph *g = f->g;
  for (int n = 0; n < g->nodes.len; n++)
    f->attention[n] = -1;
  for (int n = 0; n < g->n_forward; n++) {
    Attention at;
    if (f->how[n] == HOW_UNUSED || !match_attention(f, n, &at)) continue;
    if (g->nodes.items[at.scores].attr.mm.k > KIR_ATTENTION_MAX_HEAD_DIM) continue;
    int inner[] = {at.scores,       at.masked,     at.probs,      at.dropped,
                   at.grad_dropped, at.grad_probs, at.grad_scores};
    for (size_t i = 0; i < sizeof inner / sizeof *inner; i++)
      if (inner[i] >= 0) f->how[inner[i]] = HOW_UNUSED;
    int read[] = {at.q, at.k, at.v, at.key_bias, at.context, at.dcontext};
    for (size_t i = 0; i < sizeof read / sizeof *read; i++)
      if (read[i] >= 0 && f->how[read[i]] == HOW_INLINE) f->how[read[i]] = HOW_BUFFER;
    f->attention[at.context] = f->attentions.len;
    if (at.dv >= 0) {
      int first = at.dv < at.dq ? at.dv : at.dq;
      first = first < at.dk ? first : at.dk;
      int grads[] = {at.dq, at.dk, at.dv};
      for (int i = 0; i < 3; i++)
        if (grads[i] != first) f->how[grads[i]] = HOW_ABSORBED;
      f->attention[first] = f->attentions.len;
    }
    vec_push(&f->attentions, at);
  }
}

// ---- lowering to K_ATTENTION kernels -------------------------------------------------------

static Kernel attention_kernel(Fuser *f, const Attention *at, bertrt_attention_part part) {
  const Node *ctx = &f->g->nodes.items[at->context], *s = &f->g->nodes.items[at->scores];
  const Node *dropped = at->dropped >= 0 ? &f->g->nodes.items[at->dropped] : NULL;
  Kernel k = {.kind = K_ATTENTION, .loc = ctx->loc};
  char *what = format("%s.%s", ctx->name, kir_attention_part_names[part]);
  k.name = fuse_kernel_name(f, what);
  free(what);
  k.what = format("attention %s of %s: softmax(q k^T * %.9g + key bias)%s v",
                  kir_attention_part_names[part], ctx->name, (double)s->attr.mm.alpha,
                  dropped ? " dropout" : "");
  KAttention *a = &k.attention;
  a->part = part;
  a->batch = s->shape.dim[0], a->heads = s->shape.dim[1], a->seq = s->shape.dim[2];
  a->head_dim = s->attr.mm.k;
  a->scale = s->attr.mm.alpha;
  a->dropout_p = dropped ? dropped->attr.dropout.p : 0.0f;
  a->dropout_site = dropped ? dropped->attr.dropout.site : 0;
  for (int role = 0; role < BERTRT_ATT_ROLES; role++)
    a->buf[role] = -1;
  int reads[] = {at->q, at->k, at->v, at->key_bias};
  for (int role = 0; role < 4; role++)
    a->buf[role] = f->buf[reads[role]];
  a->buf[BERTRT_ATT_LSE] = at->lse;
  // model FLOPs, as for the unfused GEMMs: S x S x D products per (batch, head), forward
  // q k^T and p v; backward dp, dv, dk (grad_kv) and dq (grad_q). The scores and dp that
  // the backward parts recompute are not counted.
  int64_t products = part == BERTRT_ATTENTION_FORWARD   ? 2
                     : part == BERTRT_ATTENTION_GRAD_KV ? 3
                                                        : 1;
  int64_t heads = a->batch * a->heads;
  k.flops = products * 2 * heads * a->seq * a->seq * a->head_dim;
  k.bytes = kir_bytes(f->p, &k);
  return k;
}

static int attention_rows_buffer(Fuser *f, const Attention *at, const char *what) {
  const Node *s = &f->g->nodes.items[at->scores];
  Shape rows = shape_of(3, s->shape.dim);
  KBuf b = {.name = format("%s.%s", f->g->nodes.items[at->context].name, what),
            .arena = BERTRT_ACTS,
            .dtype = DT_F32,
            .shape = rows,
            .elems = shape_numel(rows),
            .node = -1};
  return kir_buf(f->p, b);
}

// context and the log-sum-exp of every score row.
static void lower_attention_forward(Fuser *f, Attention *at) {
  at->lse = attention_rows_buffer(f, at, "lse");
  Kernel k = attention_kernel(f, at, BERTRT_ATTENTION_FORWARD);
  k.attention.buf[BERTRT_ATT_OUT] = f->buf[at->context];
  vec_push(&f->p->kernels, k);
}

// delta = dout . out per (batch, head, query), then the gradients of k and v, then of q.
static void lower_attention_backward(Fuser *f, Attention *at) {
  const Node *s = &f->g->nodes.items[at->scores];
  int64_t B = s->shape.dim[0], nh = s->shape.dim[1], S = s->shape.dim[2], D = s->attr.mm.k;
  int delta = attention_rows_buffer(f, at, "delta");
  fuse_begin_loop(f, at->context, "attention delta = dout . out of",
                  shape_of(4, (int64_t[]){B, nh, S, D}));
  KIndex head = kir_index(-1); // [B, S, nh * D] as rows (b, h, i) and columns d
  head.row_stride[0] = S * nh * D, head.row_stride[1] = D, head.row_stride[2] = nh * D;
  head.col_stride = 1;
  KIndex dout = head, out = head, dst = kir_index(delta);
  dout.buf = f->buf[at->dcontext], out.buf = f->buf[at->context];
  dst.row_stride[0] = nh * S, dst.row_stride[1] = S, dst.row_stride[2] = 1;
  int dot = reduce(f, KR_SUM, mul(f, kir_load(f->loop, dout), kir_load(f->loop, out)));
  store(phase(f, KP_MAP), dst, slot(f, dot));
  for (int part = BERTRT_ATTENTION_GRAD_KV; part <= BERTRT_ATTENTION_GRAD_Q; part++) {
    Kernel k = attention_kernel(f, at, part);
    k.attention.buf[BERTRT_ATT_DOUT] = f->buf[at->dcontext];
    k.attention.buf[BERTRT_ATT_DELTA] = delta;
    if (part == BERTRT_ATTENTION_GRAD_KV) {
      k.attention.buf[BERTRT_ATT_DK] = f->buf[at->dk];
      k.attention.buf[BERTRT_ATT_DV] = f->buf[at->dv];
    } else {
      k.attention.buf[BERTRT_ATT_DQ] = f->buf[at->dq];
    }
    vec_push(&f->p->kernels, k);
  }
}

void fuse_lower_attention(Fuser *f, int n) {
  Attention *at = &f->attentions.items[f->attention[n]];
  if (n == at->context)
    lower_attention_forward(f, at);
  else
    lower_attention_backward(f, at);
}
