// ner_tags.c — the tag set of a token-classification head (ner_tags.h).
#include "ner_tags.h"

#include "rt_util.h"

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int type_index(const NerTagSet *ts, const char *name) {
  char *const *hit = bsearch(&name, ts->types, (size_t)ts->n_types, sizeof *ts->types, cmp_str);
  return hit ? (int)(hit - ts->types) : -1;
}

bool ner_tags_init(NerTagSet *ts, const char *const *labels, int num_labels, char *err,
                   size_t err_size) {
  *ts = (NerTagSet){.num_labels = num_labels, .labels = labels, .outside = -1};
  ts->prefix = rt_grow(NULL, (size_t)num_labels * sizeof *ts->prefix);
  ts->type = rt_grow(NULL, (size_t)num_labels * sizeof *ts->type);
  ts->types = rt_grow(NULL, (size_t)num_labels * sizeof *ts->types);
  for (int i = 0; i < num_labels; i++) {
    const char *name = labels[i];
    for (int j = 0; j < i; j++)
      if (strcmp(labels[j], name) == 0) {
        rt_set_err(err, err_size, "labels %d and %d are both '%s'", j, i, name);
        ner_tags_free(ts);
        return false;
      }
    if (strcmp(name, "O") == 0) {
      ts->prefix[i] = NER_OUTSIDE;
      ts->outside = i;
      continue;
    }
    if ((name[0] != 'B' && name[0] != 'I') || name[1] != '-' || !name[2]) {
      rt_set_err(err, err_size, "label %d '%s' is not O, B-TYPE or I-TYPE", i, name);
      ner_tags_free(ts);
      return false;
    }
    ts->prefix[i] = (NerPrefix)name[0];
    bool seen = false;
    for (int t = 0; t < ts->n_types && !seen; t++)
      seen = strcmp(ts->types[t], name + 2) == 0;
    if (!seen) ts->types[ts->n_types++] = strdup(name + 2);
  }
  qsort(ts->types, (size_t)ts->n_types, sizeof *ts->types, cmp_str);
  ts->begin_of = rt_grow(NULL, ((size_t)ts->n_types + 1) * sizeof *ts->begin_of);
  ts->inside_of = rt_grow(NULL, ((size_t)ts->n_types + 1) * sizeof *ts->inside_of);
  for (int t = 0; t < ts->n_types; t++)
    ts->begin_of[t] = ts->inside_of[t] = -1;
  for (int i = 0; i < num_labels; i++) {
    ts->type[i] = ts->prefix[i] == NER_OUTSIDE ? -1 : type_index(ts, labels[i] + 2);
    if (ts->prefix[i] == NER_BEGIN) ts->begin_of[ts->type[i]] = i;
    if (ts->prefix[i] == NER_INSIDE) ts->inside_of[ts->type[i]] = i;
  }
  return true;
}

void ner_tags_free(NerTagSet *ts) {
  for (int t = 0; ts->types && t < ts->n_types; t++)
    free(ts->types[t]);
  free(ts->types);
  free(ts->prefix);
  free(ts->type);
  free(ts->begin_of);
  free(ts->inside_of);
  *ts = (NerTagSet){0};
}

int ner_tag_find(const NerTagSet *ts, const char *name, size_t len) {
  for (int i = 0; i < ts->num_labels; i++)
    if (strlen(ts->labels[i]) == len && memcmp(ts->labels[i], name, len) == 0) return i;
  return -1;
}

int ner_tag_continue(const NerTagSet *ts, int tag) {
  if (ts->prefix[tag] == NER_OUTSIDE) return tag;
  int inside = ts->inside_of[ts->type[tag]];
  return inside >= 0 ? inside : tag;
}
