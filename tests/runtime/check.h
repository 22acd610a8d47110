// check.h — the runtime unit tests' assertion: CHECK(cond, fmt, ...) prints file:line and
// the message when cond is false and counts the failure; main returns check_exit().
#ifndef BERTRT_TEST_CHECK_H
#define BERTRT_TEST_CHECK_H

#include <stdio.h>

static int check_failures;

#define CHECK(cond, ...)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s: ", __FILE__, __LINE__, #cond);                             \
      fprintf(stderr, __VA_ARGS__);                                                                \
      fputc('\n', stderr);                                                                         \
      check_failures++;                                                                            \
    }                                                                                              \
  } while (0)

static inline int check_exit(const char *test) {
  if (check_failures)
    fprintf(stderr, "%s: %d check(s) failed\n", test, check_failures);
  else
    printf("%s: all checks passed\n", test);
  return check_failures ? 1 : 0;
}

#endif
