// render_llvm_desc.c — the descriptor `bertrt_generated_model` of a host module
// (render_llvm.h): bertrt_model and the tables it points at, as private constants.
#include "render_llvm.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(bertrt_param) == 9 * 8, "param layout");
_Static_assert(sizeof(bertrt_tensor) == 8 * 8, "tensor layout");
_Static_assert(sizeof(bertrt_variant) == 3 * 8, "variant layout");
_Static_assert(sizeof(bertrt_bucket) == 7 * 8, "bucket layout");

LLVMValueRef rl_private_constant(RL *r, LLVMValueRef init, const char *name) {
  LLVMValueRef g = LLVMAddGlobal(r->mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  return g;
}

static LLVMValueRef first_element(RL *r, LLVMValueRef array_global) {
  LLVMValueRef zero[] = {i32c(r, 0), i32c(r, 0)};
  return LLVMConstInBoundsGEP2(LLVMGetElementType(LLVMTypeOf(array_global)), array_global, zero, 2);
}

// `const char *`, NULL for NULL.
static LLVMValueRef cstring(RL *r, const char *s) {
  if (!s) return LLVMConstNull(r->i8p);
  LLVMValueRef init = LLVMConstStringInContext(r->cx, s, (unsigned)strlen(s), false);
  return first_element(r, rl_private_constant(r, init, ".str"));
}

LLVMValueRef rl_array_ptr(RL *r, LLVMTypeRef elem, LLVMValueRef *items, int n, const char *name) {
  if (n == 0) return LLVMConstNull(LLVMPointerType(elem, 0));
  return first_element(r, rl_private_constant(r, LLVMConstArray(elem, items, (unsigned)n), name));
}

static LLVMValueRef f64c(RL *r, double v) {
  return LLVMConstReal(r->f64, v);
}

// [4 x i64] shape, zero beyond the rank.
static LLVMValueRef shape_value(RL *r, Shape s) {
  LLVMValueRef dims[BERTRT_MAX_RANK];
  check(s.rank >= 0 && s.rank <= BERTRT_MAX_RANK);
  for (int d = 0; d < BERTRT_MAX_RANK; d++)
    dims[d] = i64c(r, d < s.rank ? s.dim[d] : 0);
  return LLVMConstArray(r->i64, dims, BERTRT_MAX_RANK);
}

static int64_t shape_elems(Shape s) {
  int64_t n = 1;
  for (int d = 0; d < s.rank; d++)
    n *= s.dim[d];
  return n;
}

static LLVMValueRef entry_ptr(RL *r, const KProgram *p) {
  LLVMTypeRef type = LLVMPointerType(r->entry_t, 0);
  if (!p) return LLVMConstNull(type);
  LLVMValueRef fn = LLVMGetNamedFunction(r->mod, p->name);
  check(fn);
  return fn;
}

// A constant of a named struct whose fields are the types of `values`.
static LLVMValueRef struct_value(LLVMTypeRef t, LLVMValueRef *values, int n) {
  LLVMTypeRef *types = xcalloc((size_t)n, sizeof *types);
  for (int i = 0; i < n; i++)
    types[i] = LLVMTypeOf(values[i]);
  if (LLVMIsOpaqueStruct(t)) LLVMStructSetBody(t, types, (unsigned)n, false);
  free(types);
  return LLVMConstNamedStruct(t, values, (unsigned)n);
}

static LLVMValueRef params_table(RL *r, const ParamLayout *pl) {
  LLVMTypeRef param_t = LLVMStructCreateNamed(r->cx, "bertrt_param");
  LLVMValueRef *items = xcalloc((size_t)pl->n + 1, sizeof *items);
  for (int i = 0; i < pl->n; i++) {
    // name, rank, shape, numel, offset, group
    LLVMValueRef f[] = {cstring(r, pl->name[i]),      i64c(r, pl->shape[i].rank),
                        shape_value(r, pl->shape[i]), i64c(r, shape_elems(pl->shape[i])),
                        i64c(r, pl->offset[i]),       i64c(r, pl->group[i])};
    items[i] = struct_value(param_t, f, 6);
  }
  LLVMValueRef table = rl_array_ptr(r, param_t, items, pl->n, "params");
  free(items);
  return table;
}

static LLVMValueRef variants_table(RL *r, const CompiledModel *m) {
  LLVMTypeRef variant_t = LLVMStructCreateNamed(r->cx, "bertrt_variant");
  LLVMValueRef *items = xcalloc((size_t)m->n_variants + 1, sizeof *items);
  for (int v = 0; v < m->n_variants; v++) {
    const Variant *va = &m->variants[v];
    // strategy, unfrozen_layers, trainable_offset
    LLVMValueRef f[] = {i64c(r, va->strategy), i64c(r, va->unfrozen_layers),
                        i64c(r, va->trainable_offset)};
    items[v] = struct_value(variant_t, f, 3);
  }
  LLVMValueRef table = rl_array_ptr(r, variant_t, items, m->n_variants, "variants");
  free(items);
  return table;
}

static LLVMValueRef entries_table(RL *r, KProgram *const *programs, int n, const char *name) {
  LLVMValueRef *items = xcalloc((size_t)n + 1, sizeof *items);
  for (int i = 0; i < n; i++)
    items[i] = entry_ptr(r, programs[i]);
  LLVMValueRef table = rl_array_ptr(r, LLVMPointerType(r->entry_t, 0), items, n, name);
  free(items);
  return table;
}

// One bucket's IO tensors: the shared IO layout with this bucket's shapes.
static LLVMValueRef tensors_table(RL *r, const CompiledModel *m, const Bucket *b,
                                  LLVMTypeRef tensor_t) {
  LLVMValueRef *items = xcalloc((size_t)m->io.n + 1, sizeof *items);
  for (int i = 0; i < m->io.n; i++) {
    // name, dtype, offset, rank, shape
    LLVMValueRef f[] = {cstring(r, m->io.name[i]), i64c(r, rl_abi_dtype(m->io.dtype[i])),
                        i64c(r, m->io.offset[i]), i64c(r, b->io_shape[i].rank),
                        shape_value(r, b->io_shape[i])};
    items[i] = struct_value(tensor_t, f, 5);
  }
  char *name = format("bucket_s%d_tensors", b->seq_len);
  LLVMValueRef table = rl_array_ptr(r, tensor_t, items, m->io.n, name);
  free(name), free(items);
  return table;
}

static LLVMValueRef buckets_table(RL *r, const CompiledModel *m) {
  LLVMTypeRef tensor_t = LLVMStructCreateNamed(r->cx, "bertrt_tensor");
  LLVMTypeRef bucket_t = LLVMStructCreateNamed(r->cx, "bertrt_bucket");
  LLVMValueRef *items = xcalloc((size_t)m->n_buckets + 1, sizeof *items);
  for (int i = 0; i < m->n_buckets; i++) {
    const Bucket *b = &m->buckets[i];
    char *name = format("bucket_s%d_forward_backward", b->seq_len);
    LLVMValueRef tensors =
        m->io.n ? tensors_table(r, m, b, tensor_t) : LLVMConstNull(LLVMPointerType(tensor_t, 0));
    LLVMValueRef train = entries_table(r, b->train, m->n_variants, name);
    free(name);
    // seq_len, n_tensors, tensors, forward, forward_backward, flops_forward, flops_train
    LLVMValueRef f[] = {
        i64c(r, b->seq_len),       i64c(r, m->io.n),       tensors, entry_ptr(r, b->forward), train,
        i64c(r, b->flops_forward), i64c(r, b->flops_train)};
    items[i] = struct_value(bucket_t, f, 7);
  }
  LLVMValueRef table = rl_array_ptr(r, bucket_t, items, m->n_buckets, "buckets");
  free(items);
  return table;
}

static LLVMValueRef labels_table(RL *r, const ModelFacts *facts) {
  if (!facts->labels) return LLVMConstNull(LLVMPointerType(r->i8p, 0));
  LLVMValueRef *items = xcalloc((size_t)facts->num_labels + 1, sizeof *items);
  for (int i = 0; i < facts->num_labels; i++)
    items[i] = cstring(r, facts->labels[i]);
  LLVMValueRef table = rl_array_ptr(r, r->i8p, items, facts->num_labels, "labels");
  free(items);
  return table;
}

// Fields of a constant struct, appended in order (so globals are created in a fixed order).
typedef VEC(LLVMValueRef) Fields;

static void put(Fields *f, LLVMValueRef v) {
  vec_push(f, v);
}

// @bertrt_generated_model: bertrt_model field by field, every field 8 bytes.
void rl_emit_descriptor(RL *r, const CompiledModel *m, const RLCudaFacts *cuda) {
  const ModelFacts *mf = &m->facts;
  Fields f = {0};
  put(&f, i64c(r, BERTRT_ABI_VERSION));
  put(&f, cstring(r, mf->name));
  put(&f, cstring(r, mf->stem));
  put(&f, cstring(r, cuda ? "cuda" : "cpu"));
  put(&f, cstring(r, mf->precision));
  // HF BertConfig
  put(&f, i64c(r, mf->vocab_size));
  put(&f, i64c(r, mf->hidden_size));
  put(&f, i64c(r, mf->num_hidden_layers));
  put(&f, i64c(r, mf->num_attention_heads));
  put(&f, i64c(r, mf->intermediate_size));
  put(&f, i64c(r, mf->max_position_embeddings));
  put(&f, i64c(r, mf->type_vocab_size));
  put(&f, i64c(r, mf->pad_token_id));
  put(&f, cstring(r, mf->hidden_act));
  put(&f, f64c(r, mf->layer_norm_eps));
  put(&f, f64c(r, mf->hidden_dropout_prob));
  put(&f, f64c(r, mf->attention_probs_dropout_prob));
  put(&f, f64c(r, mf->initializer_range));
  // head
  put(&f, cstring(r, mf->head_type));
  put(&f, cstring(r, mf->hf_architecture));
  put(&f, i64c(r, mf->num_labels));
  put(&f, labels_table(r, mf));
  put(&f, i64c(r, mf->do_lower_case));
  // training defaults
  double train_doubles[] = {mf->lr,           mf->beta1,        mf->beta2,    mf->eps,
                            mf->weight_decay, mf->warmup_ratio, mf->grad_clip};
  for (int i = 0; i < 7; i++)
    put(&f, f64c(r, train_doubles[i]));
  put(&f, i64c(r, mf->epochs));
  put(&f, i64c(r, (int64_t)mf->seed));
  put(&f, i64c(r, mf->batch_size));
  // parameters and memory
  put(&f, i64c(r, m->params.n));
  put(&f, params_table(r, &m->params));
  put(&f, i64c(r, m->params.elems));
  LLVMValueRef arenas[BERTRT_ARENA_COUNT];
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    arenas[a] = i64c(r, m->arena_bytes[a]);
  put(&f, LLVMConstArray(r->i64, arenas, BERTRT_ARENA_COUNT));
  // variants and buckets
  put(&f, i64c(r, m->n_variants));
  put(&f, variants_table(r, m));
  put(&f, entries_table(r, m->optimizer, m->n_variants, "optimizer"));
  put(&f, i64c(r, m->n_buckets));
  put(&f, buckets_table(r, m));
  // cuda: the device images, functions and GEMM call sites
  if (cuda) {
    LLVMTypeRef images_t = LLVMStructCreateNamed(r->cx, "bertrt_device_images");
    LLVMTypeRef images_fields[] = {r->i64, r->i8p};
    LLVMStructSetBody(images_t, images_fields, 2, false);
    LLVMValueRef images = LLVMAddGlobal(r->mod, images_t, "bertrt_generated_device_images");
    LLVMSetGlobalConstant(images, true);
    put(&f, LLVMConstBitCast(images, r->i8p));
  } else {
    put(&f, LLVMConstNull(r->i8p));
  }
  put(&f, i64c(r, cuda ? cuda->n_device_functions : 0));
  put(&f, i64c(r, cuda ? cuda->n_gemm_sites : 0));
  check(f.len * 8 == (int)sizeof(bertrt_model) - 5 * 8); // arena_bytes is one value of 6
  LLVMTypeRef model_t = LLVMStructCreateNamed(r->cx, "bertrt_model");
  LLVMValueRef g = LLVMAddGlobal(r->mod, model_t, "bertrt_generated_model");
  LLVMSetInitializer(g, struct_value(model_t, f.items, f.len));
  LLVMSetGlobalConstant(g, true);
  LLVMSetAlignment(g, 8);
  free(f.items);
}
