// cli_text.h — the text commands of bertc, thin faces over libbertrt's tokenizer
// (runtime/tokenizer.h) and vocabulary trainer (runtime/vocab_build.h).
//
//   bertc tokenize --vocab V [--lower] [--ids] [--pair] [--max-length N]
//                  [--truncation longest_first|only_first|only_second]
//                  [--decode [--skip-special]] [FILE...]
//   bertc vocab build --size N [--lower] [--alphabet N (2000)] [--min-frequency N (2)] CORPUS... -o
//   OUT
//
// argv[0] is the subcommand name. Returns the exit code: 0 ok, 1 failure, 2 bad input/usage.
#ifndef BERTC_CLI_TEXT_H
#define BERTC_CLI_TEXT_H

int cli_tokenize(int argc, char **argv);
int cli_vocab(int argc, char **argv);

#endif
