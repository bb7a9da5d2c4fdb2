/* bench.c - dener-bench: throughput of dener against ICU's own word segmenter.
 *
 *   dener-bench [--reps N] [--doc-bytes N] [--lexicons DIR] [FILE...]
 *   dener-bench --gen-text BYTES            write the generated corpus to standard output
 *   dener-bench --gen-jsonl N [--para S]    write N generated JSONL documents to standard output
 *
 * On the same input in the same run, it measures
 *   (a) ICU word segmentation alone: a UBRK_WORD break iterator ("de") over a UTF-8 UText of each
 *       document, iterating all boundaries;
 *   (b) the full dener pipeline through the public API: dener_extract + dener_doc_json per document;
 * alternately, --reps times (default 7), and prints the median MB/s of each and the ratio (b)/(a).
 * The input is split into documents of about --doc-bytes bytes (default 4000) at blank lines, as
 * news articles come; --doc-bytes 0 takes each file as one document. Without FILEs the input is a
 * deterministic German news-like corpus of about 2 MB generated in memory (bench/corpus.c). */
#define _POSIX_C_SOURCE 200809L
#include "corpus.h"
#include "dener.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

typedef struct doc {
    const char *p;
    size_t n;
} doc;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}
static double median(double *v, size_t n) {
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *p = malloc(cap + 1);
    while (p) {
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (n < cap) break;
        char *q = realloc(p, (cap *= 2) + 1);
        if (!q) { free(p); p = NULL; }
        else p = q;
    }
    fclose(f);
    if (p) { p[n] = 0; *len = n; }
    return p;
}

/* Splits text into documents of at least target bytes, cut after a blank line. */
static void split_docs(const char *t, size_t n, size_t target, doc **docs, size_t *nd, size_t *cap) {
    size_t start = 0;
    while (start < n) {
        size_t end = n;
        if (target) {
            const char *s = t + start + (target < n - start ? target : n - start);
            const char *bl = s < t + n ? strstr(s, "\n\n") : NULL;
            if (bl && (size_t)(bl - t) < n) {
                end = (size_t)(bl - t) + 2;
                while (end < n && t[end] == '\n') end++;
            }
        }
        if (*nd == *cap) {
            *cap = *cap ? *cap * 2 : 256;
            *docs = realloc(*docs, *cap * sizeof **docs);
            if (!*docs) { fputs("dener-bench: out of memory\n", stderr); exit(2); }
        }
        (*docs)[(*nd)++] = (doc){t + start, end - start};
        start = end;
    }
}

static void json_text(FILE *f, const char *s, size_t n) {
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c == '\n') fputs("\\n", f);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

static int gen_jsonl(long n, int para) {
    corpus_rng r = {20231116};
    char *buf = NULL;
    size_t len = 0, cap = 0;
    for (long i = 0; i < n; i++) {
        len = 0;
        int rc = para > 0 ? corpus_paragraph(&r, para, &buf, &len, &cap) : corpus_article(&r, &buf, &len, &cap);
        if (rc) { fputs("dener-bench: out of memory\n", stderr); return 2; }
        char date[11];
        corpus_doc_date(&r, date);
        printf("{\"id\":\"gen-%ld\",\"date\":\"%s\",\"text\":", i + 1, date);
        json_text(stdout, buf, len);
        fputs("}\n", stdout);
    }
    free(buf);
    return fflush(stdout) == 0 ? 0 : 1;
}

static void usage(void) {
    fputs("Usage: dener-bench [--reps N] [--doc-bytes N] [--lexicons DIR] [FILE...]\n"
          "       dener-bench --gen-text BYTES | --gen-jsonl N [--para SENTENCES]\n",
          stderr);
    exit(2);
}

int main(int argc, char **argv) {
    int reps = 7;
    size_t doc_bytes = 4000;
    const char *lexdir = NULL;
    long gen_text = -1, gen_jsonl_n = -1;
    int para = 0;
    const char *files[256];
    size_t nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--reps") == 0 && i + 1 < argc) reps = atoi(argv[++i]);
        else if (strcmp(a, "--doc-bytes") == 0 && i + 1 < argc) doc_bytes = (size_t)atol(argv[++i]);
        else if (strcmp(a, "--lexicons") == 0 && i + 1 < argc) lexdir = argv[++i];
        else if (strcmp(a, "--gen-text") == 0 && i + 1 < argc) gen_text = atol(argv[++i]);
        else if (strcmp(a, "--gen-jsonl") == 0 && i + 1 < argc) gen_jsonl_n = atol(argv[++i]);
        else if (strcmp(a, "--para") == 0 && i + 1 < argc) para = atoi(argv[++i]);
        else if (a[0] == '-' && a[1]) usage();
        else if (nfiles < sizeof files / sizeof files[0]) files[nfiles++] = a;
        else usage();
    }
    if (reps < 1) reps = 1;
    if (gen_jsonl_n >= 0) return gen_jsonl(gen_jsonl_n, para);
    if (gen_text >= 0) {
        size_t n;
        char *t = corpus_text(1, (size_t)gen_text, &n);
        if (!t) return 2;
        fwrite(t, 1, n, stdout);
        free(t);
        return fflush(stdout) == 0 ? 0 : 1;
    }

    /* input */
    char **texts = calloc(nfiles ? nfiles : 1, sizeof *texts);
    doc *docs = NULL;
    size_t nd = 0, dcap = 0, total = 0;
    if (!texts) return 2;
    if (nfiles == 0) {
        size_t n;
        texts[0] = corpus_text(1, 2u << 20, &n);
        if (!texts[0]) return 2;
        split_docs(texts[0], n, doc_bytes, &docs, &nd, &dcap);
        total = n;
        printf("input: generated German news-like corpus (bench/corpus.c, seed 1), %zu bytes\n", n);
    }
    for (size_t i = 0; i < nfiles; i++) {
        size_t n;
        texts[i] = read_file(files[i], &n);
        if (!texts[i]) {
            fprintf(stderr, "dener-bench: cannot read %s\n", files[i]);
            return 2;
        }
        split_docs(texts[i], n, doc_bytes, &docs, &nd, &dcap);
        total += n;
        printf("input: %s, %zu bytes\n", files[i], n);
    }
    printf("documents: %zu (about %zu bytes each), repetitions: %d\n", nd, nd ? total / nd : 0, reps);

    /* model */
    dener_error err = {0};
    double t0 = now();
    dener_model *m = dener_model_load(lexdir ? &lexdir : NULL, lexdir ? 1 : 0, NULL, 0, &err);
    double tload = now() - t0;
    if (!m) {
        fprintf(stderr, "dener-bench: cannot load the model: %s\n", err.msg);
        return 2;
    }
    dener_model_stats ms;
    dener_model_get_stats(m, &ms);
    printf("model: %zu entries, %zu token rules, %zu date rules, loaded in %.1f ms\n", ms.entries, ms.rules,
           ms.date_rules, tload * 1e3);
    dener_doc *d = dener_doc_new(m);
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "de", NULL, 0, &st);
    UText *ut = NULL;
    if (!d || U_FAILURE(st)) {
        fputs("dener-bench: setup failed\n", stderr);
        return 2;
    }

    double *icu = calloc((size_t)reps, sizeof *icu), *den = calloc((size_t)reps, sizeof *den),
           *ratio = calloc((size_t)reps, sizeof *ratio);
    size_t bounds = 0, ents = 0, jbytes = 0;
    for (int rep = 0; rep < reps; rep++) {
        /* (a) ICU word segmentation alone */
        bounds = 0;
        double a0 = now();
        for (size_t i = 0; i < nd; i++) {
            st = U_ZERO_ERROR;
            ut = utext_openUTF8(ut, docs[i].p, (int64_t)docs[i].n, &st);
            ubrk_setUText(bi, ut, &st);
            if (U_FAILURE(st)) { fprintf(stderr, "dener-bench: ICU: %s\n", u_errorName(st)); return 2; }
            for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) bounds++;
        }
        double a1 = now();
        /* (b) dener: extraction and JSON */
        ents = jbytes = 0;
        for (size_t i = 0; i < nd; i++) {
            dener_options o = {0};
            o.date = "2023-11-16";
            if (dener_extract(d, docs[i].p, docs[i].n, &o, &err)) {
                fprintf(stderr, "dener-bench: document %zu: %s\n", i, err.msg);
                return 2;
            }
            size_t jl = 0;
            const char *js = dener_doc_json(d, NULL, 0, &jl);
            if (!js) return 2;
            ents += dener_doc_count(d);
            jbytes += jl;
        }
        double b1 = now();
        icu[rep] = (double)total / 1e6 / (a1 - a0);
        den[rep] = (double)total / 1e6 / (b1 - a1);
        ratio[rep] = den[rep] / icu[rep];
    }
    double mi = median(icu, (size_t)reps), md = median(den, (size_t)reps), mr = median(ratio, (size_t)reps);
    printf("(a) ICU word segmentation:  %8.2f MB/s  (%zu boundaries)\n", mi, bounds);
    printf("(b) dener extract + JSON:   %8.2f MB/s  (%zu entities, %zu bytes of JSON)\n", md, ents, jbytes);
    printf("ratio (b)/(a): %.3f  (median of per-repetition ratios; ratio of medians %.3f)\n", mr, md / mi);
    free(icu);
    free(den);
    free(ratio);
    utext_close(ut);
    ubrk_close(bi);
    dener_doc_free(d);
    dener_model_free(m);
    for (size_t i = 0; i < (nfiles ? nfiles : 1); i++) free(texts[i]);
    free(texts);
    free(docs);
    return 0;
}
