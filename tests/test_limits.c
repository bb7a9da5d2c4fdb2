/* test_limits.c - pathological input finishes in linear time, through the public API with the
 * bundled model: 100,000 capital letters, a megabyte without spaces, 50,000 nested quotes and
 * brackets, a 10 MB line, 100,000 repetitions of a capitalised name-like word sequence, long runs
 * of digits and dots, and a few more shapes that once were (or could be) quadratic.
 *
 * Each case runs at size 1x and 4x; the CPU time ratio must stay below RATIO (linear: 4, quadratic:
 * 16) unless the 4x run is too fast to measure, and the 4x run must finish within an absolute
 * bound generous enough for a sanitizer build. Also: the size limit (DENER_DEFAULT_MAX_BYTES and
 * max_bytes) refuses without reading the text.
 * Usage: test_limits LEXICON_DIR [CASE...] */
#define _POSIX_C_SOURCE 200809L
#include "testutil.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

#define RATIO 6.0
#define FLOOR_SEC 0.50 /* below this for the 4x run, timing noise dominates: no ratio check (a
                            * quadratic case at 1x >= 0.035 s still shows: 16x is above it) */

static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Fills a new buffer of exactly n bytes by repeating unit (cut at a character boundary). */
static char *repeat(const char *unit, size_t n, size_t *len) {
    size_t ul = strlen(unit);
    char *p = malloc(n + 1);
    if (!p) abort();
    size_t i = 0;
    while (i + ul <= n) {
        memcpy(p + i, unit, ul);
        i += ul;
    }
    *len = i;
    p[i] = 0;
    return p;
}

/* open^k + "Berlin" + close^k */
static char *nested(const char *open, const char *close, size_t k, size_t *len) {
    size_t ol = strlen(open), cl = strlen(close);
    char *p = malloc(k * (ol + cl) + 7);
    if (!p) abort();
    size_t i = 0;
    for (size_t j = 0; j < k; j++, i += ol) memcpy(p + i, open, ol);
    memcpy(p + i, "Berlin", 6);
    i += 6;
    for (size_t j = 0; j < k; j++, i += cl) memcpy(p + i, close, cl);
    *len = i;
    p[i] = 0;
    return p;
}

static const char *ARTICLE =
    "Bundeskanzler Olaf Scholz (SPD) hat am Donnerstag in Berlin den französischen Präsidenten "
    "Emmanuel Macron empfangen. Vom 3. bis 5. März 2024 tagt der Bundestag; die Deutsche Bank AG "
    "in Frankfurt am Main meldete gestern Gewinne. \"Wir sind zufrieden\", sagte Christian Sewing. ";

typedef struct tcase {
    const char *name;
    const char *unit;  /* repeated to size; NULL: nested quotes/brackets */
    size_t size1;      /* bytes at 1x (nested: pairs) */
    double max4;       /* absolute bound for the 4x run, CPU seconds */
} tcase;

static const tcase CASES[] = {
    {"capitals", "A", 25000, 30},                                     /* 4x: 100,000 capital letters */
    {"capitals-words", "ABCDEFGHIJ ", 250000, 30},
    {"no-spaces", "Berlin,Hamburg.Olaf-Scholz(SPD)1.2.2023\xe2\x80\x9eZeit\xe2\x80\x9c", 262144, 30}, /* 4x: 1 MB */
    {"letters", "Donaudampfschiffahrt", 262144, 30},
    {"hyphens", "Ab-", 262144, 30},
    {"initials", "A.", 262144, 30},
    {"nested-brackets", NULL, 12500, 30},                             /* 4x: 50,000 each side */
    {"nested-quotes", NULL, 12500, 30},
    {"quotes", "\"", 262144, 30},
    {"names", "Hans Peter M\xc3\xbcller Meier ", 25 * 25000, 120},   /* 4x: 100,000 repetitions */
    {"names-said", "sagte Hans M\xc3\xbcller, ", 262144, 30},
    {"digits", "1", 262144, 30},
    {"digits-dots", "1.", 262144, 30},
    {"date-like", "12.12.", 262144, 30},
    {"ordinals", "12. ", 262144, 120},
    {"months", "Mai ", 262144, 120},
    {"dates", "am 3. Mai 2020 bis ", 262144, 120},
    {"newlines", "\n", 262144, 30},
    {"invalid-utf8", "\xff\xc0\xaf\xed\xa0\x80", 262144, 30},
    {"line-10MB", NULL, 2621440, 300},                                /* 4x: a 10 MB line */
};

static void case_body(const tcase *c, dener_doc *d);

static double run_once(dener_doc *d, const char *t, size_t n, int *rc, dener_error *err) {
    dener_options o = {0};
    o.date = "2024-03-01";
    double t0 = cpu_now();
    *rc = dener_extract(d, t, n, &o, err);
    return cpu_now() - t0;
}

/* Runs one case in a child process (the model is shared copy-on-write), so that a case that runs
 * away (quadratic or worse) is killed after its bound and the other cases still run. The child
 * prints its line and exits with its number of failed checks. */
static void run_case(const tcase *c, dener_doc *d) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        CHECK(0, "fork: %s", strerror(errno));
        return;
    }
    if (pid == 0) {
        int before = check_failed; /* the child inherits the parent's count: report only its own */
        case_body(c, d);
        fflush(stdout);
        _exit(check_failed > before ? 1 : 0);
    }
    /* wall-clock bound: the 1x runs and the 4x run, with room for a loaded machine */
    double bound = 2 * (c->max4 * 1.5) + 10, waited = 0;
    int st = 0;
    for (;;) {
        pid_t r = waitpid(pid, &st, WNOHANG);
        if (r == pid) break;
        if (waited > bound) {
            kill(pid, SIGKILL);
            waitpid(pid, &st, 0);
            CHECK(0, "%s: no result within %.0f s (wall clock): killed", c->name, bound);
            return;
        }
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
        waited += 0.05;
    }
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: failed (%s %d)", c->name, WIFEXITED(st) ? "exit" : "signal",
          WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
}

static char *make(const tcase *c, size_t scale, size_t *len) {
    if (strcmp(c->name, "nested-brackets") == 0) return nested("([{", "}])", c->size1 * scale / 3, len);
    if (strcmp(c->name, "nested-quotes") == 0)
        return nested("\xe2\x80\x9e\"\xc2\xbb'", "'\xc2\xab\"\xe2\x80\x9c", c->size1 * scale / 4, len);
    if (strcmp(c->name, "line-10MB") == 0) return repeat(ARTICLE, c->size1 * scale, len);
    return repeat(c->unit, c->size1 * scale, len);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: test_limits LEXICON_DIR [CASE...]\n");
        return 2;
    }
    const char *dirs[] = {argv[1]};
    dener_error err = {0};
    dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
    CHECK(m != NULL, "load %s: %s", argv[1], err.msg);
    if (!m) return check_done("limits");
    dener_doc *d = dener_doc_new(m);

    /* size limits: refused before the text is read */
    CHECK(DENER_DEFAULT_MAX_BYTES == (size_t)64 << 20, "the default maximum is 64 MiB");
    char *huge = calloc(DENER_DEFAULT_MAX_BYTES + 1, 1);
    if (huge) {
        double t0 = cpu_now();
        int rc = dener_extract(d, huge, DENER_DEFAULT_MAX_BYTES + 1, NULL, &err);
        CHECK(rc == DENER_ERR_TOO_LARGE && err.pos == DENER_DEFAULT_MAX_BYTES && strstr(err.msg, "67108865"),
              "64 MiB + 1 is too large: %d %s", rc, err.msg);
        CHECK(cpu_now() - t0 < 0.5, "the size check does not read the text");
        free(huge);
    }
    dener_options small = {0};
    small.max_bytes = 100;
    int rc = dener_extract(d, ARTICLE, strlen(ARTICLE), &small, &err);
    CHECK(rc == DENER_ERR_TOO_LARGE && dener_doc_count(d) == 0, "max_bytes 100: %d", rc);
    small.max_bytes = strlen(ARTICLE);
    CHECK(dener_extract(d, ARTICLE, strlen(ARTICLE), &small, &err) == DENER_OK, "exactly max_bytes is fine");

    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const tcase *c = &CASES[i];
        if (argc > 2) {
            bool want = false;
            for (int k = 2; k < argc; k++) want |= strcmp(argv[k], c->name) == 0;
            if (!want) continue;
        }
        run_case(c, d);
    }
    dener_doc_free(d);
    dener_model_free(m);
    return check_done("limits");
}

static void case_body(const tcase *c, dener_doc *d) {
    {
        dener_error err = {0};
        size_t n1, n4;
        char *t1 = make(c, 1, &n1), *t4 = make(c, 4, &n4);
        int rc1, rc4;
        double s1 = run_once(d, t1, n1, &rc1, &err);
        double again = run_once(d, t1, n1, &rc1, &err); /* the faster of two: less noise */
        if (again < s1) s1 = again;
        size_t ents1 = dener_doc_count(d);
        double s4 = run_once(d, t4, n4, &rc4, &err);
        size_t ents4 = dener_doc_count(d);
        if (s4 > FLOOR_SEC && s4 < c->max4 / 4) { /* near the floor: the faster of two, as for 1x */
            double again4 = run_once(d, t4, n4, &rc4, &err);
            if (again4 < s4) s4 = again4;
        }
        double ratio = s4 / (s1 > 1e-4 ? s1 : 1e-4);
        /* tests run in parallel and disturb CPU times: before calling a case non-linear, measure it
         * twice more (the fastest of each size counts); a real quadratic case stays at 16x */
        for (int retry = 0; retry < 2 && s4 > FLOOR_SEC && ratio >= RATIO && s4 < c->max4 / 4; retry++) {
            double a1 = run_once(d, t1, n1, &rc1, &err), a4 = run_once(d, t4, n4, &rc4, &err);
            if (a1 < s1) s1 = a1;
            if (a4 < s4) s4 = a4;
            ratio = s4 / (s1 > 1e-4 ? s1 : 1e-4);
        }
        printf("%-16s %9zu B %7.3f s  %9zu B %7.3f s  ratio %5.2f  entities %zu / %zu\n", c->name, n1, s1, n4, s4,
               s4 > FLOOR_SEC ? ratio : 0.0, ents1, ents4);
        fflush(stdout);
        CHECK(rc1 == DENER_OK && rc4 == DENER_OK, "%s: status %d / %d (%s)", c->name, rc1, rc4, err.msg);
        CHECK(s4 <= FLOOR_SEC || ratio < RATIO, "%s: 4x the input took %.1fx the time (%.3f s vs %.3f s): not linear",
              c->name, ratio, s4, s1);
        CHECK(s4 < c->max4, "%s: %.1f s for %zu bytes, bound %.0f s", c->name, s4, n4, c->max4);
        free(t1);
        free(t4);
    }
}
