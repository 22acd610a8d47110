// link.h — stage 7: the system C compiler links the program's objects with libbertrt and
// the target's libraries into one executable.
#ifndef BERTC_LINK_H
#define BERTC_LINK_H

#include "render.h"

// Directory holding libbertrt.a and libbertrt_main.a: $BERTC_RUNTIME_DIR, else the build
// tree's runtime directory compiled into bertc.
const char *link_runtime_dir(void);
// Links the objects into the executable `exe_path`: for the cpu target with OpenBLAS and
// utf8proc; for the cuda target with utf8proc linked statically and libdl, so the program
// needs only the C library where it runs (CUDA is loaded at run time). On failure returns
// false and sets *error to the linker's message.
bool link_program(const char *const *objs, int n_objs, const char *exe_path, Target target,
                  char **error);

#endif
