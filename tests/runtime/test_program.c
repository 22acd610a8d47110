// program.c over a hand-written descriptor (fake_model.c): descriptor checks, buckets,
// variants, the HF linear warmup schedule, AdamW bias corrections, arenas, batch padding
// and input validation, weight initialisation.
#include "check.h"
#include "program.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void close_to(double got, double want, const char *what) {
  CHECK(fabs(got - want) <= 1e-7 * fmax(1.0, fabs(want)), "%s: %.9g, expected %.9g", what, got,
        want);
}

static void descriptor(void) {
  const bertrt_model *m = &bertrt_generated_model;
  char *error = NULL;
  CHECK(program_check_model(m, &error), "fake descriptor: %s", error);
  bertrt_model bad = *m;
  bad.abi_version = 99;
  CHECK(!program_check_model(&bad, &error) && strstr(error, "ABI 99"), "abi: %s", error);
  free(error);
  bad = *m;
  bad.arena_bytes[BERTRT_GRADS] = 4; // smaller than the parameters
  CHECK(!program_check_model(&bad, &error) && strstr(error, "bertc bug"), "arena: %s", error);
  free(error);

  const int64_t s[] = {1, 4, 5, 8};
  const int64_t want[] = {4, 4, 8, 8};
  for (int i = 0; i < 4; i++)
    CHECK(program_bucket(m, s[i])->seq_len == want[i], "S %lld", (long long)s[i]);
  CHECK(!program_bucket(m, 9), "S 9 fits no bucket");
  CHECK(program_variant(m, "full") == 0 && program_variant(m, "feature_extraction") == 1 &&
            program_variant(m, "gradual_unfreezing") == -1,
        "variants");
  CHECK(program_io(&m->buckets[1], "labels") && !program_io(&m->buckets[1], "nope"), "io");
  CHECK(program_param(m, "classifier.bias")->offset == 64 && !program_param(m, "x"), "params");
}

static void schedule(void) {
  // get_linear_schedule_with_warmup(total 5, warmup 0): (5 - k) / 5
  for (int k = 0; k < 5; k++)
    close_to(program_lr_at(1.0, k, 0, 5), (5 - k) / 5.0, "no warmup");
  // total 10, warmup 2: 0, 0.5, then (10 - k) / 8
  close_to(program_lr_at(2.0, 0, 2, 10), 0.0, "k 0");
  close_to(program_lr_at(2.0, 1, 2, 10), 1.0, "k 1");
  close_to(program_lr_at(2.0, 2, 2, 10), 2.0, "k 2");
  close_to(program_lr_at(2.0, 6, 2, 10), 1.0, "k 6");
  close_to(program_lr_at(2.0, 12, 2, 10), 0.0, "past the end");
  close_to(program_lr_at(1.0, 0, 1, 1), 0.0, "total == warmup");
}

static void program_state(void) {
  const bertrt_model *m = &bertrt_generated_model;
  char *error = NULL;
  bertrt_program *p = program_open(m, 2, &error);
  CHECK(p, "open: %s", error);
  if (!p) return;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    CHECK(p->ctx.arena[a] && (uintptr_t)p->ctx.arena[a] % 64 == 0, "arena %d aligned", a);
    for (int64_t i = 0; i < m->arena_bytes[a]; i++)
      if (((unsigned char *)p->ctx.arena[a])[i]) {
        CHECK(0, "arena %d byte %lld is not zero", a, (long long)i);
        break;
      }
  }
  CHECK(p->ctx.seed == 42 && p->ctx.dropout_on == 0, "ctx defaults");

  program_begin_step(p, 0.5, 0);
  close_to(p->ctx.lr, 0.5, "lr");
  close_to(p->ctx.bias_correction1, 0.1f, "bc1 t=1");
  close_to(p->ctx.bias_correction2, 0.001f, "bc2 t=1");
  program_begin_step(p, 0.5, 1);
  close_to(p->ctx.bias_correction1, (float)(1 - 0.81), "bc1 t=2");
  close_to(p->ctx.bias_correction2, (float)(1 - 0.999 * 0.999), "bc2 t=2");
  CHECK(p->ctx.step == 1, "step");

  // One sequence of 3 into bucket 4: padded positions and the padded row.
  const bertrt_bucket *b = program_bucket(m, 3);
  int32_t ids[3] = {1, 2, 3}, mask[3] = {1, 1, 0}, types[3] = {0, 1, 0}, labels[1] = {1};
  program_batch batch = {1, 3, ids, mask, types, labels, NULL, NULL, NULL};
  CHECK(program_set_batch(p, b, &batch, "test", &error), "%s", error);
  const int32_t *io_ids = program_io_data(p, program_io(b, "input_ids"));
  const int32_t *io_mask = program_io_data(p, program_io(b, "attention_mask"));
  const int32_t *io_types = program_io_data(p, program_io(b, "token_type_ids"));
  const int32_t *io_labels = program_io_data(p, program_io(b, "labels"));
  const int32_t want_ids[8] = {1, 2, 3, 0, 0, 0, 0, 0}, want_mask[8] = {1, 1, 0, 0, 0, 0, 0, 0};
  const int32_t want_types[8] = {0, 1, 0, 0, 0, 0, 0, 0};
  CHECK(memcmp(io_ids, want_ids, sizeof want_ids) == 0, "ids padded");
  CHECK(memcmp(io_mask, want_mask, sizeof want_mask) == 0, "mask padded");
  CHECK(memcmp(io_types, want_types, sizeof want_types) == 0, "types padded");
  CHECK(io_labels[0] == 1 && io_labels[1] == -100, "labels %d %d", io_labels[0], io_labels[1]);

  ids[1] = 10;
  CHECK(!program_set_batch(p, b, &batch, "in.st", &error) &&
            strstr(error, "in.st: input_ids[0, 1] is 10, expected 0 to 9"),
        "%s", error);
  free(error);
  ids[1] = 2;
  labels[0] = 2;
  CHECK(!program_set_batch(p, b, &batch, "in.st", &error) &&
            strstr(error, "labels[0] is 2, expected -100 or 0 to 1"),
        "%s", error);
  free(error);
  labels[0] = -100;
  CHECK(program_set_batch(p, b, &batch, "in.st", &error), "label -100 is allowed");
  mask[0] = 2;
  CHECK(!program_set_batch(p, b, &batch, "in.st", &error) && strstr(error, "attention_mask[0, 0]"),
        "%s", error);
  free(error);
  mask[0] = 1;
  types[0] = 2;
  CHECK(!program_set_batch(p, b, &batch, "in.st", &error) && strstr(error, "token_type_ids[0, 0]"),
        "%s", error);
  free(error);
  batch.seq_len = 5;
  CHECK(!program_set_batch(p, b, &batch, "in.st", &error) && strstr(error, "does not fit"), "%s",
        error);
  free(error);

  program_init_weights(p, 7);
  const float *bias = program_param_data(p, program_param(m, "classifier.bias"), BERTRT_PARAMS);
  const float *emb = program_param_data(
      p, program_param(m, "bert.embeddings.word_embeddings.weight"), BERTRT_PARAMS);
  double sq = 0;
  for (int i = 0; i < 40; i++)
    sq += emb[i] * emb[i];
  CHECK(bias[0] == 0 && bias[1] == 0, "biases start at 0");
  CHECK(sqrt(sq / 40) > 0.01 && sqrt(sq / 40) < 0.03, "normal(0, 0.02): rms %g", sqrt(sq / 40));
  program_close(p);
}

int main(void) {
  descriptor();
  schedule();
  program_state();
  return check_exit("program");
}
