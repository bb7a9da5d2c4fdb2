/* check.h - a minimal assertion helper for dener's tests: CHECK(cond, fmt, ...) records a failure
 * with its location and message; check_done() prints "N checks, M failed" and gives the exit
 * status (0 only if no check failed and at least one ran). */
#ifndef DENER_CHECK_H
#define DENER_CHECK_H
#include <stdio.h>

static int check_total, check_failed;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        check_total++;                                                                             \
        if (!(cond)) {                                                                             \
            check_failed++;                                                                        \
            fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);                                  \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

static inline int check_done(const char *name) {
    printf("%s: %d checks, %d failed\n", name, check_total, check_failed);
    return check_failed || !check_total ? 1 : 0;
}
#endif
