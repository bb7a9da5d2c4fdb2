/* fuzz_common.h - what the libFuzzer targets share: loading the bundled model once (from
 * $DENER_LEXICONS or the source tree) and aborting on a broken invariant. */
#ifndef DENER_FUZZ_COMMON_H
#define DENER_FUZZ_COMMON_H
#include "dener.h"

#include <stdio.h>
#include <stdlib.h>

#ifndef FUZZ_LEXDIR
#define FUZZ_LEXDIR "lexicons"
#endif

/* Loads the bundled model into *model and a doc into *doc; aborts (naming the target) if it can't. */
static inline void fuzz_load_model(const char *target, dener_model **model, dener_doc **doc) {
    const char *dir = getenv("DENER_LEXICONS");
    const char *dirs[1] = {dir && *dir ? dir : FUZZ_LEXDIR};
    dener_error err = {0};
    *model = dener_model_load(dirs, 1, NULL, 0, &err);
    if (!*model) {
        fprintf(stderr, "%s: cannot load %s: %s\n", target, dirs[0], err.msg);
        abort();
    }
    *doc = dener_doc_new(*model);
    if (!*doc) abort();
}

#define FUZZ_FAIL(target, ...)                                                                     \
    do {                                                                                           \
        fprintf(stderr, "%s: invariant broken: ", target);                                         \
        fprintf(stderr, __VA_ARGS__);                                                              \
        fputc('\n', stderr);                                                                       \
        abort();                                                                                   \
    } while (0)

#endif
