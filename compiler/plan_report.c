// plan_report.c — plan.txt (plan_report.h).
#include "plan_report.h"

#include <inttypes.h>

static void print_shape(FILE *out, Shape s) {
  fputc('[', out);
  for (int d = 0; d < s.rank; d++)
    fprintf(out, "%s%" PRId64, d ? "," : "", s.dim[d]);
  fputc(']', out);
}

static void print_program(FILE *out, const KProgram *p) {
  static const char *kinds[] = {"loop", "gemm", "scatter", "attn"};
  _Static_assert(sizeof kinds / sizeof *kinds == K_ATTENTION + 1, "one name per kernel kind");
  int64_t flops = 0, bytes = 0;
  for (int k = 0; k < p->kernels.len; k++) {
    flops += p->kernels.items[k].flops;
    bytes += p->kernels.items[k].bytes;
  }
  fprintf(out,
          "\nprogram %s: %d kernels, %" PRId64 " FLOPs, %" PRId64 " bytes moved, "
          "activation peak %" PRId64 " bytes\n",
          p->name, p->kernels.len, flops, bytes, p->act_bytes);
  for (int k = 0; k < p->kernels.len; k++) {
    const Kernel *kr = &p->kernels.items[k];
    fprintf(out, "  %-7s %-48s %14" PRId64 " flop %12" PRId64 " B  %s\n", kinds[kr->kind], kr->name,
            kr->flops, kr->bytes, kr->what);
  }
}

void plan_report_write(const CompiledModel *m, FILE *out) {
  const ModelFacts *f = &m->facts;
  fprintf(out, "bertc plan for %s (program %s)\n", f->stem, f->name);
  fprintf(out, "batch %d, buckets", f->batch_size);
  for (int i = 0; i < m->n_buckets; i++)
    fprintf(out, " %d", m->buckets[i].seq_len);
  fprintf(out, "\n\narenas:\n");
  int64_t total = 0;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++) {
    fprintf(out, "  %-7s %14" PRId64 " bytes\n", kir_arena_name(a), m->arena_bytes[a]);
    total += m->arena_bytes[a];
  }
  fprintf(out, "  peak    %14" PRId64 " bytes\n", total);
  fprintf(out, "\nparameters (%d, %" PRId64 " elements with padding):\n", m->params.n,
          m->params.elems);
  for (int i = 0; i < m->params.n; i++) {
    fprintf(out, "  %10" PRId64 "  group %2d  ", m->params.offset[i], m->params.group[i]);
    print_shape(out, m->params.shape[i]);
    fprintf(out, "  %s\n", m->params.name[i]);
  }
  fprintf(out, "\nio:\n");
  for (int i = 0; i < m->io.n; i++)
    fprintf(out, "  %8" PRId64 "  %s %-18s max %" PRId64 " elements\n", m->io.offset[i],
            m->io.dtype[i] == DT_F32 ? "f32" : "i32", m->io.name[i], m->io.max_elems[i]);
  fprintf(out, "\nvariants:\n");
  for (int v = 0; v < m->n_variants; v++)
    fprintf(out, "  v%d %-20s unfrozen layers %d, trainable from element %" PRId64 "\n", v,
            strategy_name(m->variants[v].strategy), m->variants[v].unfrozen_layers,
            m->variants[v].trainable_offset);
  for (int i = 0; i < m->n_programs; i++)
    print_program(out, m->programs[i]);
}
