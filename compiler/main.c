// main.c — the bertc CLI: subcommands and options. `compile` parses the spec, runs stages 2-5
// (compile_model, compile.h), writes plan.txt, renders for the target and links.
#include "cli_text.h"
#include "compile.h"
#include "heads.h"
#include "link.h"
#include "nvrtc.h"
#include "plan_report.h"
#include "render.h"
#include "spec.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
    "usage: bertc COMMAND [ARGS]\n"
    "\n"
    "commands:\n"
    "  compile SPEC.yaml [-o DIR] [--target cpu|cuda] [--arch sm_80,sm_90] [--emit-only]\n"
    "        compile a model spec into DIR (default generated/<spec>/): host.ll, plan.txt,\n"
    "        and the program named by the spec's `name` (not with --emit-only);\n"
    "        --target cuda: kernels.cu, host.cuda.ll, plan.cuda.txt (plan.txt plus\n"
    "        registers, spills and shared memory per kernel and --arch, from NVRTC) and\n"
    "        the program, which runs on a GPU of one of the --arch architectures (or a\n"
    "        newer one, through PTX); --arch none with --emit-only: kernels.cu not compiled\n"
    "  check SPEC.yaml\n"
    "        validate a spec and print a summary (parameters, FLOPs per step, memory)\n"
    "  tokenize --vocab V [--lower] [--ids] [--pair] [--max-length N] [--decode] [FILE...]\n"
    "        tokenize lines as HuggingFace's BertTokenizerFast does\n"
    "  vocab build --size N [--lower] CORPUS... -o vocab.txt\n"
    "        train a WordPiece vocabulary\n"
    "\n"
    "options: --help, --version\n"
    "exit status: 0 success, 1 failure, 2 bad input or usage\n";

static int usage_error(const char *fmt, const char *arg) {
  fputs("bertc: error: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\n(run `bertc --help` for usage)\n", stderr);
  return EXIT_BAD_INPUT;
}

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

typedef struct {
  const char *spec_path;
  const char *out_dir;
  Target target;
  bool emit_only;
  char archs[NVRTC_MAX_ARCHS][16]; // --arch, cuda target
  int n_archs;
} CompileOptions;

static int parse_compile_args(int argc, char **argv, CompileOptions *o) {
  *o = (CompileOptions){.target = TARGET_CPU};
  nvrtc_parse_archs("sm_80,sm_90", o->archs, &o->n_archs);
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-o") && i + 1 < argc)
      o->out_dir = argv[++i];
    else if (!strcmp(a, "--arch") && i + 1 < argc) {
      if (!nvrtc_parse_archs(argv[++i], o->archs, &o->n_archs))
        return usage_error("bad --arch `%s` (expected a list like sm_80,sm_90, or none)", argv[i]);
    } else if (!strcmp(a, "--emit-only"))
      o->emit_only = true;
    else if (!strcmp(a, "--target") && i + 1 < argc) {
      const char *t = argv[++i];
      if (!strcmp(t, "cpu"))
        o->target = TARGET_CPU;
      else if (!strcmp(t, "cuda"))
        o->target = TARGET_CUDA;
      else
        return usage_error("unknown target `%s` (expected cpu or cuda)", t);
    } else if (a[0] == '-')
      return usage_error("unknown or incomplete option `%s`", a);
    else if (!o->spec_path)
      o->spec_path = a;
    else
      return usage_error("unexpected argument `%s` (one spec at a time)", a);
  }
  if (!o->spec_path) return usage_error("%s", "compile needs a spec file");
  return EXIT_OK;
}

static bool make_dirs(const char *path) {
  char *p = xstrdup(path);
  bool ok = true;
  for (char *s = p + 1; ok && *s; s++) {
    if (*s != '/') continue;
    *s = '\0';
    ok = mkdir(p, 0777) == 0 || errno == EEXIST;
    *s = '/';
  }
  ok = ok && (mkdir(p, 0777) == 0 || errno == EEXIST);
  free(p);
  return ok;
}

static bool write_plan(const CompiledModel *m, const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) return false;
  plan_report_write(m, f);
  return fclose(f) == 0;
}

// The cuda target: kernels.cu; plan.cuda.txt (plan.txt, then NVRTC's registers, spills
// and shared memory per kernel and arch); host.cuda.ll; and unless --emit-only the program:
// the host object, the object of NVRTC's images, linked. Written under their own names, so
// the cpu target's host.ll and plan.txt in the same directory stay as they are. Without
// --emit-only NVRTC is required; with it, a missing NVRTC is a warning (kernels.cu is still
// written, plan.cuda.txt says why it was not compiled).
static void compile_cuda(const CompiledModel *m, const char *spec_path, const CompileOptions *o,
                         const char *tmp, const char *exe) {
  char *cu = format("%s/kernels.cu", tmp), *plan = format("%s/plan.cuda.txt", tmp);
  char *ll = format("%s/host.cuda.ll", tmp), *obj = format("%s/host.o", tmp);
  char *images_obj = format("%s/images.o", tmp);
  char *error = NULL;
  if (!render_cuda(m, cu, &error)) fatal("rendering %s failed: %s", spec_path, error);
  FILE *f = fopen(plan, "w");
  if (!f) fatal("cannot write %s: %s", plan, strerror(errno));
  plan_report_write(m, f);
  NvrtcOutput nv = {0};
  if (o->n_archs == 0) {
    fprintf(f, "\ncuda kernels: not compiled (--arch none)\n");
  } else if (!nvrtc_load(&error)) {
    if (!o->emit_only)
      fatal("--target cuda needs NVRTC (the CUDA toolkit's libnvrtc) to compile kernels.cu: %s",
            error);
    fprintf(stderr, "bertc: warning: kernels.cu was not compiled: %s\n", error);
    fprintf(f, "\ncuda kernels: not compiled: %s\n", error);
  } else if (nvrtc_compile(cu, o->archs, o->n_archs, &nv, &error)) {
    nvrtc_write_report(f, &nv);
  } else {
    fatal("%s", error);
  }
  if (fclose(f) != 0) fatal("cannot write %s: %s", plan, strerror(errno));
  if (!render_llvm_cuda(m, ll, o->emit_only ? NULL : obj, &error))
    fatal("rendering %s failed: %s", spec_path, error);
  if (!o->emit_only) {
    DeviceImage images[NVRTC_MAX_ARCHS + 1];
    int n = 0;
    for (int i = 0; i < nv.n_images; i++)
      images[n++] = (DeviceImage){nv.images[i].arch, nv.images[i].cubin, nv.images[i].cubin_bytes};
    images[n++] = (DeviceImage){nv.ptx_arch, nv.ptx, nv.ptx_bytes};
    if (!render_device_images(images, n, images_obj, &error))
      fatal("writing the device images failed: %s", error);
    const char *objs[] = {obj, images_obj};
    if (!link_program(objs, 2, exe, TARGET_CUDA, &error))
      fatal("linking %s failed:\n%s", exe, error);
    unlink(obj), unlink(images_obj);
  }
  free(cu), free(plan), free(ll), free(obj), free(images_obj);
}

// Removes the DIR/.tmp.PID folders of compiles that were killed or failed (their process is
// gone), so that they do not pile up beside the outputs.
static void remove_stale_tmp(const char *dir) {
  DIR *d = opendir(dir);
  for (struct dirent *e; d && (e = readdir(d));) {
    char *end;
    if (strncmp(e->d_name, ".tmp.", 5) != 0) continue;
    long pid = strtol(e->d_name + 5, &end, 10);
    if (*end || pid <= 0 || pid == (long)getpid() || kill((pid_t)pid, 0) == 0 || errno != ESRCH)
      continue;
    char *path = format("%s/%s", dir, e->d_name);
    remove_tree(path);
    free(path);
  }
  if (d) closedir(d);
}

// Outputs are written into a fresh directory beside DIR, then moved in one file at a time
// by rename: a failure leaves DIR as it was (and its folder of outputs in progress, which the
// next compile into DIR removes).
static int compile_into(const Spec *spec, const CompileOptions *o, const char *dir) {
  double t0 = now_seconds();
  CompiledModel *m = compile_model(spec);
  if (!make_dirs(dir)) fatal("cannot create %s: %s", dir, strerror(errno));
  remove_stale_tmp(dir);
  char *tmp = format("%s/.tmp.%ld", dir, (long)getpid());
  if (mkdir(tmp, 0777) != 0) fatal("cannot create %s: %s", tmp, strerror(errno));
  char *ll = format("%s/host.ll", tmp), *obj = format("%s/host.o", tmp);
  char *plan = format("%s/plan.txt", tmp), *exe = format("%s/%s", tmp, spec->name);
  char *error = NULL;
  bool cuda = o->target == TARGET_CUDA;
  if (cuda) {
    compile_cuda(m, spec->path, o, tmp, exe);
  } else {
    if (!write_plan(m, plan)) fatal("cannot write %s: %s", plan, strerror(errno));
    if (!render_llvm(m, o->target, ll, o->emit_only ? NULL : obj, &error))
      fatal("rendering %s failed: %s", spec->path, error);
    if (!o->emit_only && !link_program((const char *[]){obj}, 1, exe, o->target, &error))
      fatal("linking %s failed:\n%s", exe, error);
  }
  const char *cpu_files[] = {"host.ll", "plan.txt", "host.o", spec->name};
  const char *cuda_files[] = {"kernels.cu", "plan.cuda.txt", "host.cuda.ll", spec->name};
  const char **files = cuda ? cuda_files : cpu_files;
  int n_files = cuda ? (o->emit_only ? 3 : 4) : o->emit_only ? 2 : 4;
  for (int i = 0; i < n_files; i++) {
    char *from = format("%s/%s", tmp, files[i]), *to = format("%s/%s", dir, files[i]);
    if (rename(from, to) != 0) fatal("cannot move %s to %s: %s", from, to, strerror(errno));
    free(from), free(to);
  }
  rmdir(tmp);
  fprintf(stderr, "bertc: compiled %s -> %s%s%s in %.2f s\n", spec->path, dir,
          o->emit_only ? "" : "/", o->emit_only ? "" : spec->name, now_seconds() - t0);
  return EXIT_OK;
}

static int cmd_compile(int argc, char **argv) {
  CompileOptions o;
  int rc = parse_compile_args(argc, argv, &o);
  if (rc != EXIT_OK) return rc;
  Spec spec;
  if (!spec_parse(o.spec_path, &spec, stderr)) return EXIT_BAD_INPUT;
  if (o.target == TARGET_CUDA && !o.emit_only && o.n_archs == 0)
    return usage_error("%s", "--arch none compiles no kernels: a cuda program needs at least one "
                             "architecture (or use --emit-only)");
  if (o.target == TARGET_CPU && spec.precision == PRECISION_BF16) {
    spec_error_at(stderr, spec_key_loc(&spec, "precision"),
                  "precision bf16 needs --target cuda (the cpu target computes in fp32)");
    return EXIT_BAD_INPUT;
  }
  char *dir = o.out_dir ? xstrdup(o.out_dir) : format("generated/%s", spec.stem);
  return compile_into(&spec, &o, dir);
}

static int64_t count_params(const CompiledModel *m) {
  int64_t n = 0;
  for (int i = 0; i < m->params.n; i++)
    n += shape_numel(m->params.shape[i]);
  return n;
}

static int cmd_check(int argc, char **argv) {
  if (argc != 2) return usage_error("%s", "check needs exactly one spec file");
  Spec spec;
  if (!spec_parse(argv[1], &spec, stderr)) return EXIT_BAD_INPUT;
  CompiledModel *m = compile_model(&spec);
  int64_t trainable = 0;
  for (int i = 0; i < m->params.n; i++)
    if (m->params.offset[i] >= m->variants[0].trainable_offset)
      trainable += shape_numel(m->params.shape[i]);
  if (head_info(spec.head.type)->labels == LABELS_SPANS)
    printf("%s: program %s, %s head (start and end logits of every token)\n", spec.path, spec.name,
           head_type_name(spec.head.type));
  else if (head_info(spec.head.type)->labels == LABELS_VOCAB)
    printf("%s: program %s, %s head (the vocabulary at the masked tokens, at most %" PRId64
           " per batch in its largest bucket)\n",
           spec.path, spec.name, head_type_name(spec.head.type),
           head_masked_rows(&spec, spec.shapes.seq_len[spec.shapes.n_buckets - 1]));
  else
    printf("%s: program %s, %s head with %d labels\n", spec.path, spec.name,
           head_type_name(spec.head.type), spec.head.num_labels);
  printf("model: %" PRId64 " layers, hidden %" PRId64 ", %" PRId64 " heads, intermediate %" PRId64
         ", vocab %" PRId64 ", %s\n",
         spec.model.num_hidden_layers, spec.model.hidden_size, spec.model.num_attention_heads,
         spec.model.intermediate_size, spec.model.vocab_size,
         activation_name(spec.model.hidden_act));
  printf("parameters: %" PRId64 " (%" PRId64 " trainable with %s)\n", count_params(m), trainable,
         strategy_name(m->variants[0].strategy));
  printf("batch %d, per step (forward + backward, variant 0):\n", spec.shapes.batch_size);
  for (int i = 0; i < m->n_buckets; i++)
    printf("  seq_len %4d: %8.2f GFLOP train, %8.2f GFLOP forward\n", m->buckets[i].seq_len,
           1e-9 * (double)m->buckets[i].flops_train, 1e-9 * (double)m->buckets[i].flops_forward);
  int64_t total = 0;
  for (int a = 0; a < BERTRT_ARENA_COUNT; a++)
    total += m->arena_bytes[a];
  printf("memory: %.1f MiB peak (parameters, gradients, moments %.1f MiB each; activations "
         "%.1f MiB)\n",
         (double)total / (1 << 20), (double)m->arena_bytes[BERTRT_PARAMS] / (1 << 20),
         (double)m->arena_bytes[BERTRT_ACTS] / (1 << 20));
  return EXIT_OK;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_BAD_INPUT;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    fputs(usage, stdout);
    return EXIT_OK;
  }
  for (int i = 2; i < argc && strcmp(argv[i - 1], "--") != 0; i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) { // `bertc vocab build --help`
      fputs(usage, stdout);
      return EXIT_OK;
    }
  if (!strcmp(cmd, "--version")) {
    printf("bertc %s\n", BERTC_VERSION);
    return EXIT_OK;
  }
  if (!strcmp(cmd, "compile")) return cmd_compile(argc - 1, argv + 1);
  if (!strcmp(cmd, "check")) return cmd_check(argc - 1, argv + 1);
  if (!strcmp(cmd, "tokenize")) return cli_tokenize(argc - 1, argv + 1);
  if (!strcmp(cmd, "vocab")) return cli_vocab(argc - 1, argv + 1);
  return usage_error("unknown command `%s`", cmd);
}
