// layout.c — the parameter and IO arenas' layouts (layout.h).
#include "layout.h"

#include <string.h>

#define IO_ALIGN 64

ParamLayout layout_params(const Graph *g) {
  ParamLayout l = {.n = g->params.len};
  l.name = xcalloc((size_t)l.n, sizeof *l.name);
  l.shape = xcalloc((size_t)l.n, sizeof *l.shape);
  l.group = xcalloc((size_t)l.n, sizeof *l.group);
  l.offset = xcalloc((size_t)l.n, sizeof *l.offset);
  for (int i = 0; i < l.n; i++) {
    const Param *p = &g->params.items[i];
    l.name[i] = xstrdup(p->name);
    l.shape[i] = g->nodes.items[p->node].shape;
    l.group[i] = p->group;
    l.offset[i] = l.elems;
    l.elems = size_align(size_add(l.elems, shape_numel(l.shape[i])), 16);
  }
  return l;
}

static void io_add(IoLayout *io, const char *name, DType dtype, int64_t elems) {
  int i = io->n++;
  io->name = xrealloc(io->name, (size_t)io->n * sizeof *io->name);
  io->dtype = xrealloc(io->dtype, (size_t)io->n * sizeof *io->dtype);
  io->offset = xrealloc(io->offset, (size_t)io->n * sizeof *io->offset);
  io->max_elems = xrealloc(io->max_elems, (size_t)io->n * sizeof *io->max_elems);
  io->name[i] = xstrdup(name);
  io->dtype[i] = dtype;
  io->offset[i] = io->bytes;
  io->max_elems[i] = elems;
  io->bytes = size_align(size_add(io->bytes, size_mul(elems, 4) /* f32 and i32 */), IO_ALIGN);
}

IoLayout layout_io(const Graph *g) {
  IoLayout io = {0};
  for (int n = 0; n < g->nodes.len; n++) {
    const Node *node = &g->nodes.items[n];
    if (node->op == OP_INPUT) io_add(&io, node->name, node->dtype, shape_numel(node->shape));
  }
  for (int i = 0; i < g->outputs.len; i++) {
    const Node *node = &g->nodes.items[g->outputs.items[i].node];
    io_add(&io, g->outputs.items[i].name, node->dtype, shape_numel(node->shape));
  }
  return io;
}

int layout_io_find(const IoLayout *io, const char *name) {
  for (int i = 0; i < io->n; i++)
    if (!strcmp(io->name[i], name)) return i;
  return -1;
}
