// infer_commands.h — the subcommands of a generated program over a checkpoint folder, for
// program_main.c's command table: inference (infer.c, fill_mask.c) and the tools that run no
// forward (tool_commands.c).
#ifndef BERTRT_INFER_COMMANDS_H
#define BERTRT_INFER_COMMANDS_H

#include "program.h"

extern const program_command cmd_eval;      // the task's metrics on a data file
extern const program_command cmd_predict;   // the task's answer per text
extern const program_command cmd_embed;     // sentence embeddings, cosine similarity
extern const program_command cmd_fill_mask; // masked-LM programs: top-K tokens per [MASK]
extern const program_command cmd_convert;   // an HF checkpoint re-saved in this program's layout
extern const program_command cmd_report;    // report.html of runs

#endif
