// infer_commands.h — the inference subcommands of a generated program (infer.c), for
// program_main.c's command table.
#ifndef BERTRT_INFER_COMMANDS_H
#define BERTRT_INFER_COMMANDS_H

#include "program.h"

extern const program_command cmd_eval;    // accuracy, loss, confusion, report on an NSMC file
extern const program_command cmd_predict; // label and confidence per text
extern const program_command cmd_embed;   // sentence embeddings, cosine similarity
extern const program_command cmd_convert; // an HF checkpoint re-saved in this program's layout
extern const program_command cmd_report;  // report.html of runs

#endif
