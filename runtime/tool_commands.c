// tool_commands.c — the subcommands that run no forward: `convert` (an HF checkpoint folder
// re-saved in this program's float32 layout, hf_checkpoint.h) and `report` (report.html of one
// training run or a comparison page of several, report.h).
#include "program.h"

#include "hf_checkpoint.h"
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- convert ---------------------------------------------------------------------------

static int convert_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *dir = NULL, *out = NULL;
  program_option opts[] = {{"--model", &dir, NULL}, {"--out", &out, NULL}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 2, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos || !dir || !out) {
    program_error(m, "convert needs --model DIR and --out DIR\nusage: %s %s %s", m->name, cmd->name,
                  cmd->args);
    return 2;
  }
  char *error = NULL, **fresh = NULL, *vocab = NULL;
  bool lower;
  bertrt_program *p = program_open(m, 1, &error);
  status =
      !p ? 1
      : hf_load(p, dir, &fresh, &error) && hf_tokenizer_settings(m, dir, &vocab, &lower, &error)
          ? 0
          : 2;
  if (!status) {
    for (char **n = fresh; n && *n; n++)
      fprintf(stderr, "%s: note: newly initialized: %s\n", m->name, *n);
    status = hf_save(p, out, vocab, lower, &error) ? 0 : 1;
  }
  if (!status) fprintf(stderr, "%s: wrote %s\n", m->name, out);
  if (error) program_error(m, "%s", error);
  free(error);
  free(vocab);
  hf_free_names(fresh);
  program_close(p);
  return status;
}

const program_command cmd_convert = {
    "convert",
    "--model DIR --out DIR",
    "loads HF checkpoint folder DIR (any float dtype, BertModel names, pretraining extras "
    "ignored, missing head initialised) and writes it in this program's float32 layout",
    convert_main,
};

// ---- report ----------------------------------------------------------------------------

static int report_main(const program_command *cmd, const bertrt_model *m, int argc, char **argv) {
  const char *out = NULL;
  program_option opts[] = {{"--out", &out, NULL}, {"-o", &out, NULL}};
  char **pos;
  int n_pos, status = program_parse_args(cmd, m, argc, argv, opts, 2, &pos, &n_pos);
  if (status >= 0) return status;
  if (n_pos == 0) {
    program_error(m, "report needs at least one RUN folder\nusage: %s %s %s", m->name, cmd->name,
                  cmd->args);
    return 2;
  }
  ReportRun *runs = calloc((size_t)n_pos, sizeof *runs);
  char err[1024], *path = NULL;
  if (!runs) abort();
  int loaded = 0;
  while (loaded < n_pos && report_load(&runs[loaded], pos[loaded], err, sizeof err))
    loaded++;
  if (loaded < n_pos) {
    program_error(m, "%s", err);
    status = 2;
  } else {
    if (out)
      path = strdup(out);
    else if (n_pos == 1 && asprintf(&path, "%s/report.html", pos[0]) < 0)
      path = NULL;
    else if (n_pos > 1)
      path = strdup("report.html");
    if (!path) abort();
    status = report_write(path, runs, n_pos, err, sizeof err) ? 0 : 1;
    if (status)
      program_error(m, "%s", err);
    else
      printf("%s\n", path);
  }
  for (int i = 0; i < loaded; i++)
    report_run_free(&runs[i]);
  free(runs);
  free(path);
  return status;
}

const program_command cmd_report = {
    "report",
    "RUN... [-o FILE]",
    "report.html of one training run (default RUN/report.html) or a comparison page of several "
    "(default ./report.html)",
    report_main,
};
