/* testutil.h - helpers for dener's tests: temporary lexicon folders and entity listings. */
#ifndef DENER_TESTUTIL_H
#define DENER_TESTUTIL_H
#define _POSIX_C_SOURCE 200809L
#include "../src/dener.h"
#include "check.h"

#include <stdbool.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Creates a fresh temporary folder; returns its path (static buffer per call site). */
static inline char *tu_tmpdir(char *buf, size_t n) {
    const char *base = getenv("TMPDIR");
    snprintf(buf, n, "%s/dener-test-XXXXXX", base && *base ? base : "/tmp");
    return mkdtemp(buf);
}

static inline void tu_write(const char *dir, const char *name, const char *content) {
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    if (!f) { perror(p); exit(2); }
    fputs(content, f);
    fclose(f);
}

static inline void tu_rmdir(const char *dir) {
    char cmd[1100];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* Renders the entities of the last extraction as "TYPE:text|TYPE:text" into buf. */
static inline const char *tu_list(const dener_doc *d, char *buf, size_t n) {
    size_t at = 0;
    buf[0] = 0;
    for (size_t i = 0; i < dener_doc_count(d); i++) {
        const dener_entity *e = dener_doc_entity(d, i);
        int k = snprintf(buf + at, n - at, "%s%s:%.*s", i ? "|" : "", dener_type_name(e->type),
                         (int)(e->end_byte - e->start_byte), e->text);
        if (k < 0 || (size_t)k >= n - at) break;
        at += (size_t)k;
    }
    return buf;
}
/* A counting allocator that fails exactly the k-th call (malloc or realloc) and tracks the blocks
 * alive, so that a leak on any error path shows even without a leak checker (test_api, test_lexbin). */
typedef struct nth_alloc { size_t k, calls, live; bool failed; } nth_alloc;
static inline void *na_malloc(void *ctx, size_t n) {
    nth_alloc *f = ctx;
    if (f->calls++ == f->k) { f->failed = true; return NULL; }
    void *p = malloc(n);
    if (p) f->live++;
    return p;
}
static inline void *na_realloc(void *ctx, void *p, size_t n) {
    nth_alloc *f = ctx;
    if (f->calls++ == f->k) { f->failed = true; return NULL; }
    void *q = realloc(p, n);
    if (q && !p) f->live++;
    return q;
}
static inline void na_free(void *ctx, void *p) {
    nth_alloc *f = ctx;
    if (p) f->live--;
    free(p);
}

#endif
