// link.h — stage 7: the system C compiler links the host object with libbertrt and the
// target's libraries into one executable.
#ifndef BERTC_LINK_H
#define BERTC_LINK_H

#include "render.h"

// Directory holding libbertrt.a and libbertrt_main.a: $BERTC_RUNTIME_DIR, else the build
// tree's runtime directory compiled into bertc.
const char *link_runtime_dir(void);
// Links `obj_path` into the executable `exe_path`. On failure returns false and sets
// *error to the linker's message.
bool link_program(const char *obj_path, const char *exe_path, Target target, char **error);

#endif
