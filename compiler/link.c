// link.c — stage 7: the system C compiler links the program's objects with libbertrt and
// the target's libraries (link.h). The compiler runs through posix_spawnp, no shell; its
// output is captured for the error message. The executable appears only when the link
// succeeded (written as EXE.tmp, then renamed).
#include "link.h"

#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

const char *link_runtime_dir(void) {
  const char *dir = getenv("BERTC_RUNTIME_DIR");
  return dir && *dir ? dir : BERTC_RUNTIME_DIR;
}

typedef VEC(char *) Argv;

static void arg(Argv *argv, char *s) {
  vec_push(argv, s);
}

// $CC split at spaces ("ccache cc"), else "cc".
static void add_compiler(Argv *argv) {
  const char *cc = getenv("CC");
  char *words = xstrdup(cc && *cc ? cc : "cc");
  for (char *save = NULL, *w = strtok_r(words, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
    arg(argv, xstrdup(w));
  free(words);
}

static char *command_line(const Argv *argv) {
  StrBuf sb = {0};
  for (int i = 0; i < argv->len && argv->items[i]; i++)
    sb_printf(&sb, "%s%s", i ? " " : "", argv->items[i]);
  return sb.data;
}

// Runs argv with stdout and stderr into one pipe; returns the exit status (-1 when it
// could not start or died of a signal) and the output in *output.
static int run_captured(char **argv, char **output) {
  StrBuf out = {0};
  sb_puts(&out, "");
  int fd[2];
  if (pipe(fd) != 0) {
    sb_printf(&out, "pipe: %s", strerror(errno));
    *output = out.data;
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, fd[0]);
  posix_spawn_file_actions_adddup2(&actions, fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fd[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, fd[1]);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fd[1]);
  if (rc != 0) {
    close(fd[0]);
    sb_printf(&out, "cannot run %s: %s", argv[0], strerror(rc));
    *output = out.data;
    return -1;
  }
  char chunk[4096];
  ssize_t n;
  while ((n = read(fd[0], chunk, sizeof chunk)) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    sb_printf(&out, "%.*s", (int)n, chunk);
  }
  close(fd[0]);
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  *output = out.data;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static bool readable(const char *path) {
  return access(path, R_OK) == 0;
}

bool link_program(const char *const *objs, int n_objs, const char *exe_path, Target target,
                  char **error) {
  const char *dir = link_runtime_dir();
  char *main_lib = format("%s/libbertrt_main.a", dir), *lib = format("%s/libbertrt.a", dir);
  if (!readable(main_lib) || !readable(lib)) {
    *error = format("the runtime libraries libbertrt_main.a and libbertrt.a are not in %s; build "
                    "the runtime (cmake --build BUILD) or point BERTC_RUNTIME_DIR at the "
                    "directory holding them",
                    dir);
    free(main_lib), free(lib);
    return false;
  }
  char *tmp = format("%s.tmp", exe_path);
  Argv argv = {0};
  add_compiler(&argv);
  for (int i = 0; i < n_objs; i++)
    arg(&argv, xstrdup(objs[i]));
  arg(&argv, main_lib);
  arg(&argv, lib);
  if (target == TARGET_CPU) {
    if (*BERTC_OPENBLAS_LIBDIR) arg(&argv, xstrdup("-L" BERTC_OPENBLAS_LIBDIR));
    arg(&argv, xstrdup("-lopenblas"));
    arg(&argv, xstrdup("-lutf8proc"));
  } else {
    // A cuda program is copied to GPU machines that lack this one's -dev packages: utf8proc
    // is linked in; CUDA itself is loaded with dlopen (runtime/device_cuda.h).
    arg(&argv, xstrdup("-Wl,-Bstatic"));
    arg(&argv, xstrdup("-lutf8proc"));
    arg(&argv, xstrdup("-Wl,-Bdynamic"));
    arg(&argv, xstrdup("-ldl"));
  }
  const char *libs[] = {"-lpthread", "-lm", "-o"};
  for (size_t i = 0; i < sizeof libs / sizeof *libs; i++)
    arg(&argv, xstrdup(libs[i]));
  arg(&argv, xstrdup(tmp));
  arg(&argv, NULL);
  char *output = NULL;
  int rc = run_captured(argv.items, &output);
  bool ok = rc == 0;
  if (ok && rename(tmp, exe_path) != 0) {
    *error = format("cannot rename %s to %s: %s", tmp, exe_path, strerror(errno));
    ok = false;
  } else if (!ok) {
    char *cmd = command_line(&argv);
    *error =
        rc > 0 ? format("%s\n%s(exit status %d)", cmd, output, rc) : format("%s\n%s", cmd, output);
    free(cmd);
    unlink(tmp);
  }
  free(output), free(tmp);
  for (int i = 0; i < argv.len; i++)
    free(argv.items[i]);
  free(argv.items);
  return ok;
}
