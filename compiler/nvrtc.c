// nvrtc.c — NVRTC through dlopen (nvrtc.h).
//
// The API is declared here, not taken from nvrtc.h of a toolkit, so bertc needs no CUDA to
// build. Each arch, and the PTX, is one NVRTC program compiled on its own thread. ptxas's
// `-v` log is parsed per entry function:
//   ptxas info    : Compiling entry function 'NAME' for 'sm_80'
//   ptxas info    : Function properties for NAME
//   ptxas         .     0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads
//   ptxas info    : Used 16 registers, used 1 barriers, 256 bytes smem, 380 bytes cmem[0]
#include "nvrtc.h"

#include <dlfcn.h>
#include <glob.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef int nvrtcResult; // NVRTC_SUCCESS is 0
typedef struct nvrtc_program *nvrtcProgram;

static struct {
  void *lib;
  nvrtcResult (*version)(int *major, int *minor);
  const char *(*error_string)(nvrtcResult result);
  nvrtcResult (*create)(nvrtcProgram *prog, const char *src, const char *name, int n_headers,
                        const char *const *headers, const char *const *include_names);
  nvrtcResult (*destroy)(nvrtcProgram *prog);
  nvrtcResult (*compile)(nvrtcProgram prog, int n_options, const char *const *options);
  nvrtcResult (*log_size)(nvrtcProgram prog, size_t *size);
  nvrtcResult (*log)(nvrtcProgram prog, char *log);
  nvrtcResult (*ptx_size)(nvrtcProgram prog, size_t *size);
  nvrtcResult (*ptx)(nvrtcProgram prog, char *ptx);
  nvrtcResult (*cubin_size)(nvrtcProgram prog, size_t *size);
  nvrtcResult (*cubin)(nvrtcProgram prog, char *cubin);
} api;

// The entry points, by name, and where each goes.
static bool bind_api(void *lib) {
  struct {
    const char *name;
    void *slot;
  } syms[] = {
      {"nvrtcVersion", &api.version},
      {"nvrtcGetErrorString", &api.error_string},
      {"nvrtcCreateProgram", &api.create},
      {"nvrtcDestroyProgram", &api.destroy},
      {"nvrtcCompileProgram", &api.compile},
      {"nvrtcGetProgramLogSize", &api.log_size},
      {"nvrtcGetProgramLog", &api.log},
      {"nvrtcGetPTXSize", &api.ptx_size},
      {"nvrtcGetPTX", &api.ptx},
      {"nvrtcGetCUBINSize", &api.cubin_size},
      {"nvrtcGetCUBIN", &api.cubin},
  };
  for (size_t i = 0; i < sizeof syms / sizeof *syms; i++) {
    void *fn = dlsym(lib, syms[i].name);
    if (!fn) return false;
    memcpy(syms[i].slot, &fn, sizeof fn); // POSIX: object and function pointers convert
  }
  api.lib = lib;
  return true;
}

// Tries every libnvrtc.so* in `dir` (glob order: the unversioned name first).
static bool load_from_dir(const char *dir) {
  char *pattern = format("%s/libnvrtc.so*", dir);
  glob_t g;
  bool ok = false;
  if (glob(pattern, 0, NULL, &g) == 0) {
    for (size_t i = 0; i < g.gl_pathc && !ok; i++) {
      void *lib = dlopen(g.gl_pathv[i], RTLD_NOW | RTLD_LOCAL);
      ok = lib && bind_api(lib);
    }
    globfree(&g);
  }
  free(pattern);
  return ok;
}

bool nvrtc_load(char **why) {
  if (api.lib) return true;
  const char *cuda_home = getenv("CUDA_HOME");
  char *dirs[] = {cuda_home ? format("%s/lib64", cuda_home) : NULL,
                  xstrdup("/usr/local/cuda/lib64")};
  if (dirs[0] && !strcmp(dirs[0], dirs[1])) free(dirs[0]), dirs[0] = NULL;
  bool ok = (dirs[0] && load_from_dir(dirs[0])) || load_from_dir(dirs[1]);
  static const char *const sonames[] = {"libnvrtc.so", "libnvrtc.so.13", "libnvrtc.so.12"};
  for (size_t i = 0; !ok && i < sizeof sonames / sizeof *sonames; i++) {
    void *lib = dlopen(sonames[i], RTLD_NOW | RTLD_LOCAL);
    ok = lib && bind_api(lib);
  }
  if (!ok)
    *why = format("libnvrtc not found (looked in %s%s%s and the loader's path; set CUDA_HOME "
                  "to a CUDA toolkit)",
                  dirs[0] ? dirs[0] : "", dirs[0] ? ", " : "", dirs[1]);
  free(dirs[0]), free(dirs[1]);
  return ok;
}

bool nvrtc_parse_archs(const char *list, char archs[][16], int *n_archs) {
  *n_archs = 0;
  if (!strcmp(list, "none")) return true;
  for (const char *s = list; *s;) {
    size_t len = strcspn(s, ",");
    size_t digits = len > 3 ? strspn(s + 3, "0123456789") : 0;
    if (*n_archs == NVRTC_MAX_ARCHS || strncmp(s, "sm_", 3) || digits < 2 || digits > 3 ||
        digits != len - 3)
      return false;
    snprintf(archs[(*n_archs)++], 16, "%.*s", (int)len, s);
    s += len + (s[len] == ',');
  }
  return *n_archs > 0;
}

// ---- the ptxas log -------------------------------------------------------------------------

static int by_name(const void *a, const void *b) {
  return strcmp(((const NvrtcKernel *)a)->name, ((const NvrtcKernel *)b)->name);
}

// The number before `what` on `line` ("16 registers", "256 bytes smem"), 0 when absent.
static int number_before(const char *line, const char *what) {
  const char *at = strstr(line, what);
  if (!at) return 0;
  while (at > line && at[-1] == ' ')
    at--;
  while (at > line && at[-1] >= '0' && at[-1] <= '9')
    at--;
  return atoi(at);
}

// Per entry function: registers, spills and shared memory, sorted by name.
static void parse_ptxas_log(const char *log, NvrtcImage *img) {
  VEC(NvrtcKernel) ks = {0};
  bool in_entry = false; // the last "Function properties" line named the current entry
  for (const char *line = log; *line;) {
    size_t len = strcspn(line, "\n");
    char *text = format("%.*s", (int)len, line);
    const char *entry = strstr(text, "Compiling entry function '");
    if (entry) {
      entry += strlen("Compiling entry function '");
      vec_push(&ks, ((NvrtcKernel){.name = format("%.*s", (int)strcspn(entry, "'"), entry)}));
    }
    const char *props = strstr(text, "Function properties for ");
    if (props)
      in_entry = ks.len > 0 &&
                 !strcmp(props + strlen("Function properties for "), ks.items[ks.len - 1].name);
    if (ks.len > 0 && in_entry && strstr(text, "bytes spill stores")) {
      ks.items[ks.len - 1].spill_stores = number_before(text, "bytes spill stores");
      ks.items[ks.len - 1].spill_loads = number_before(text, "bytes spill loads");
    }
    if (ks.len > 0 && strstr(text, "Used ") && strstr(text, " registers")) {
      ks.items[ks.len - 1].registers = number_before(text, "registers");
      ks.items[ks.len - 1].smem = number_before(text, "bytes smem");
    }
    free(text);
    line += len + (line[len] == '\n');
  }
  if (ks.len) qsort(ks.items, (size_t)ks.len, sizeof *ks.items, by_name);
  img->kernels = ks.items;
  img->n_kernels = ks.len;
}

// NVRTC's log with the source line after each diagnostic "kernels.cu(LINE): ...".
static char *annotate_log(const char *log, const char *src) {
  StrBuf sb = {0};
  for (const char *line = log; *line;) {
    size_t len = strcspn(line, "\n");
    sb_printf(&sb, "%.*s\n", (int)len, line);
    int at = 0;
    if (sscanf(line, "kernels.cu(%d)", &at) == 1 && at > 0) {
      const char *s = src;
      for (int i = 1; i < at && s; i++)
        s = strchr(s, '\n'), s = s ? s + 1 : NULL;
      if (s) sb_printf(&sb, "  %5d | %.*s\n", at, (int)strcspn(s, "\n"), s);
    }
    line += len + (line[len] == '\n');
  }
  return sb.data ? sb.data : xstrdup("");
}

// ---- compiling -------------------------------------------------------------------------------

typedef struct {
  const char *src;
  char arch[16]; // -arch=...: sm_XX for a cubin, compute_XX for PTX
  bool ok;
  char *log;  // NVRTC's log, always
  char *code; // the cubin, or the PTX
  size_t code_bytes;
} Job;

static void *run_job(void *arg) {
  Job *job = arg;
  char *arch = format("-arch=%s", job->arch);
  bool cubin = !strncmp(job->arch, "sm_", 3);
  const char *options[] = {arch, "-default-device", "--std=c++17", "-Xptxas=-v"};
  nvrtcProgram prog = NULL;
  job->ok = api.create(&prog, job->src, "kernels.cu", 0, NULL, NULL) == 0;
  if (job->ok) job->ok = api.compile(prog, cubin ? 4 : 3, options) == 0;
  size_t size = 0;
  if (prog && api.log_size(prog, &size) == 0 && size > 0) {
    job->log = xcalloc(size + 1, 1);
    api.log(prog, job->log);
  } else {
    job->log = xstrdup("");
  }
  if (job->ok && (cubin ? api.cubin_size : api.ptx_size)(prog, &job->code_bytes) == 0) {
    job->code = xmalloc(job->code_bytes + 1);
    job->ok = (cubin ? api.cubin : api.ptx)(prog, job->code) == 0;
  }
  if (prog) api.destroy(&prog);
  free(arch);
  return NULL;
}

bool nvrtc_compile(const char *cu_path, const char archs[][16], int n_archs, NvrtcOutput *out,
                   char **error) {
  check(n_archs >= 1 && n_archs <= NVRTC_MAX_ARCHS);
  char *why = NULL;
  if (!nvrtc_load(&why)) {
    *error = why;
    return false;
  }
  char *src = read_file(cu_path, NULL);
  if (!src) {
    *error = format("cannot read %s", cu_path);
    return false;
  }
  *out = (NvrtcOutput){.n_images = n_archs};
  api.version(&out->version_major, &out->version_minor);
  // the PTX fallback: the lowest requested architecture, as a virtual one
  int lowest = 0;
  for (int i = 1; i < n_archs; i++)
    if (atoi(archs[i] + 3) < atoi(archs[lowest] + 3)) lowest = i;
  snprintf(out->ptx_arch, sizeof out->ptx_arch, "compute_%s", archs[lowest] + 3);
  Job jobs[NVRTC_MAX_ARCHS + 1];
  pthread_t threads[NVRTC_MAX_ARCHS + 1];
  for (int i = 0; i <= n_archs; i++) {
    jobs[i] = (Job){.src = src};
    snprintf(jobs[i].arch, sizeof jobs[i].arch, "%s", i < n_archs ? archs[i] : out->ptx_arch);
    if (pthread_create(&threads[i], NULL, run_job, &jobs[i]) != 0) fatal("cannot start a thread");
  }
  bool ok = true;
  for (int i = 0; i <= n_archs; i++) {
    pthread_join(threads[i], NULL);
    if (!jobs[i].ok && ok) {
      char *log = annotate_log(jobs[i].log, src);
      *error = format("NVRTC could not compile %s for %s:\n%s", cu_path, jobs[i].arch, log);
      free(log);
      ok = false;
    }
  }
  for (int i = 0; ok && i < n_archs; i++) {
    NvrtcImage *img = &out->images[i];
    snprintf(img->arch, sizeof img->arch, "%s", archs[i]);
    img->cubin = jobs[i].code, img->cubin_bytes = jobs[i].code_bytes;
    parse_ptxas_log(jobs[i].log, img);
  }
  if (ok) out->ptx = jobs[n_archs].code, out->ptx_bytes = jobs[n_archs].code_bytes;
  for (int i = 0; i <= n_archs; i++) {
    free(jobs[i].log);
    if (!ok) free(jobs[i].code);
  }
  free(src);
  return ok;
}

// ---- the report ------------------------------------------------------------------------------

void nvrtc_write_report(FILE *out, const NvrtcOutput *r) {
  fprintf(out, "\ncuda kernels (kernels.cu, NVRTC %d.%d):\n", r->version_major, r->version_minor);
  for (int a = 0; a < r->n_images; a++) {
    const NvrtcImage *img = &r->images[a];
    int max_regs = 0, max_smem = 0, spill = 0;
    for (int k = 0; k < img->n_kernels; k++) {
      const NvrtcKernel *kn = &img->kernels[k];
      max_regs = kn->registers > max_regs ? kn->registers : max_regs;
      max_smem = kn->smem > max_smem ? kn->smem : max_smem;
      spill += kn->spill_stores + kn->spill_loads;
    }
    fprintf(out,
            "  %-10s cubin %9zu bytes, %d kernels, registers max %d, smem max %d bytes, "
            "spill bytes %d\n",
            img->arch, img->cubin_bytes, img->n_kernels, max_regs, max_smem, spill);
  }
  fprintf(out, "  %-10s ptx   %9zu bytes (fallback for newer GPUs)\n", r->ptx_arch, r->ptx_bytes);
  fprintf(out, "\n  %-64s", "kernel");
  for (int a = 0; a < r->n_images; a++)
    fprintf(out, "  %-6s regs spill  smem", r->images[a].arch);
  fputc('\n', out);
  const NvrtcImage *first = &r->images[0];
  for (int k = 0; r->n_images > 0 && k < first->n_kernels; k++) {
    fprintf(out, "  %-64s", first->kernels[k].name);
    for (int a = 0; a < r->n_images; a++) {
      const NvrtcImage *img = &r->images[a];
      check(k < img->n_kernels && !strcmp(img->kernels[k].name, first->kernels[k].name));
      const NvrtcKernel *kn = &img->kernels[k];
      fprintf(out, "  %-6s %4d %5d %5d", "", kn->registers, kn->spill_stores + kn->spill_loads,
              kn->smem);
    }
    fputc('\n', out);
  }
}
