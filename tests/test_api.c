/* test_api.c - the public API contract: version macros agree with the runtime, free(NULL) is a
 * no-op, errors come back as codes with messages and positions, options (types, max size, strict
 * UTF-8, bad dates) act as documented, the streaming call visits every entity, and allocation
 * failure is reported instead of crashing. */
#include "testutil.h"

static const char *LEX = "Berlin\tLOC.city\nOlaf Scholz\tPER\nSiemens\tORG\n";

typedef struct fail_alloc { size_t left; size_t calls; } fail_alloc;
static void *fa_malloc(void *ctx, size_t n) {
    fail_alloc *f = ctx;
    f->calls++;
    if (f->left == 0) return NULL;
    f->left--;
    return malloc(n);
}
static void *fa_realloc(void *ctx, void *p, size_t n) {
    fail_alloc *f = ctx;
    f->calls++;
    if (f->left == 0) return NULL;
    f->left--;
    return realloc(p, n);
}
static void fa_free(void *ctx, void *p) { (void)ctx; free(p); }

/* nth_alloc (testutil.h): fails exactly the k-th allocation and counts the blocks alive. */

/* Fails every allocation of a whole run, one at a time, until a run needs no more than were
 * failed: load (lexicon classes, abbreviations, token rules with regular expressions, date rules,
 * NODATE), doc, extraction (tokens, gazetteer, rules, dates, resolution, canonical names), JSON and
 * quoting. PCRE2's own allocations go through the hooks too. Each failure must come back as
 * DENER_ERR_NOMEM (or NULL), never a crash, and nothing may stay allocated afterwards. */
static void exhaustive_alloc_failures(void) {
    char dbuf[256];
    char *dir = tu_tmpdir(dbuf, sizeof dbuf);
    tu_write(dir, "a.lex",
             "Berlin\tLOC.city\nOlaf Scholz\tPER\tOlaf Scholz\nSiemens AG\tORG.company\tSiemens\n"
             "Anna\tfirstname\nOlaf\tfirstname\nM\xc3\xbcller\tsurname\nBundeskanzler\trole\nDr.\tabbrev\n"
             "der\tstopword\nNovember\tmonth\t11\nMai\tmonth\t5\ndritten\tnumword\t3\ngestern\tdeictic\t-1D\n"
             "#@context always\nJordan\tLOC.country\n");
    tu_write(dir, "b.rules",
             "PER 40 role_name : @role < @firstname&Cap /\\p{Lu}\\p{Ll}+/ >\n"
             "PER 30 given_sur : < @firstname @surname&Cap >\n"
             "NOT 90 no_der : \"der\" Cap\n"
             "ORG 20 ag : < Cap{1,3} > \"ag|gmbh\"\n"
             "DATE 80 dmy : /(?<![\\p{N}.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})/ => date\n"
             "DATE 70 d_month : /(?<![\\p{N}.,])(?<d>\\d{1,2})\\.\\s*(?<month>\\p{L}+)(?:\\s+(?<y>\\d{4}))?/ => date\n"
             "DATE 40 deictic : /(?<![\\p{L}])(?<deictic>\\p{L}{4,})(?![\\p{L}])/ => date\n"
             "NODATE 90 money : /\\d+\\.\\d+ Euro/\n");
    const char *text = "Bundeskanzler Olaf Scholz traf am 16. November 2023 und gestern Anna M\xc3\xbcller in Berlin, "
                       "nicht f\xc3\xbcr 1.000 Euro. Dr. Meier von Siemens AG kam am 3.5.2021 \xff aus Jordan. Scholz.";
    const char *dirs[] = {dir};
    dener_error err = {0};
    /* the reference run, with no failure */
    dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
    CHECK(m != NULL, "exhaustive: load: %s", err.msg);
    if (!m) { tu_rmdir(dir); return; }
    dener_doc *d = dener_doc_new(m);
    dener_options o = {0};
    o.date = "2023-11-20";
    int rc = dener_extract(d, text, strlen(text), &o, &err);
    size_t want = dener_doc_count(d);
    const char *js = dener_doc_json(d, NULL, 0, NULL);
    char *ref = js ? strdup(js) : NULL;
    bool types[DENER_TYPE_COUNT] = {false};
    for (size_t i = 0; i < want; i++) types[dener_doc_entity(d, i)->type] = true;
    CHECK(rc == 0 && types[DENER_PER] && types[DENER_LOC] && types[DENER_ORG] && types[DENER_DATE],
          "exhaustive: the workload finds every type (%d, %zu entities)", rc, want);
    dener_doc_free(d);
    dener_model_free(m);
    if (!ref) { tu_rmdir(dir); return; }

    size_t k, nomem = 0, bad = 0, optional = 0;
    for (k = 0; k < 100000; k++) {
        nth_alloc na = {k, 0, 0, false};
        dener_alloc al = {na_malloc, na_realloc, na_free, &na};
        memset(&err, 0, sizeof err);
        int step = 0, code = 0;
        m = dener_model_load(dirs, 1, &al, 0, &err);
        if (!m) { step = 1; code = err.code; }
        d = m ? dener_doc_new(m) : NULL;
        if (m && !d) { step = 2; code = DENER_ERR_NOMEM; }
        if (d) {
            rc = dener_extract(d, text, strlen(text), &o, &err);
            if (rc) { step = 3; code = rc; }
            else if (!dener_doc_json(d, "\"x\"", DENER_JSON_PRETTY, NULL)) { step = 4; code = DENER_ERR_NOMEM; }
            else if (!dener_json_quote(d, text, strlen(text), NULL)) { step = 5; code = DENER_ERR_NOMEM; }
            else if (dener_doc_count(d) != want || strcmp(dener_doc_json(d, NULL, 0, NULL), ref) != 0) {
                step = 6; /* a failure swallowed: the result differs, yet no error */
                code = 1;
            }
        }
        dener_doc_free(d);
        dener_model_free(m);
        if (step && code != DENER_ERR_NOMEM && bad++ < 10)
            CHECK(0, "exhaustive: failing allocation %zu: step %d gave %d (%s)", k, step, code, step <= 3 ? err.msg : "");
        if (step) nomem++;
        if (na.live != 0 && bad++ < 10) CHECK(0, "exhaustive: failing allocation %zu leaves %zu blocks allocated", k, na.live);
        if (!na.failed) break; /* the run needed fewer than k + 1 allocations: every one has failed once */
        if (!step) optional++; /* an optional allocation (PCRE2's JIT compiler): same result without it */
    }
    CHECK(k > 100 && nomem + optional == k && nomem > k / 2, "exhaustive: %zu allocation points, %zu reported NOMEM, %zu optional",
          k, nomem, optional);
    printf("exhaustive allocation failure: %zu allocation points, each failed once: %zu NOMEM, %zu optional (same result)\n",
           k, nomem, optional);
    free(ref);
    tu_rmdir(dir);
}

static int count_cb(const dener_entity *e, void *user) {
    (void)e;
    return ++*(int *)user == 2 ? 7 : 0;
}

int main(void) {
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", DENER_VERSION_MAJOR, DENER_VERSION_MINOR, DENER_VERSION_PATCH);
    CHECK(strcmp(v, DENER_VERSION_STRING) == 0, "version macros agree: %s vs %s", v, DENER_VERSION_STRING);
    CHECK(strcmp(dener_version(), DENER_VERSION_STRING) == 0, "runtime version %s", dener_version());
    CHECK(dener_version_number() == DENER_VERSION_NUMBER, "version number");
#ifdef DENER_MESON_VERSION /* meson's project version, passed by tests/meson.build */
    CHECK(strcmp(DENER_MESON_VERSION, DENER_VERSION_STRING) == 0, "dener.h says %s, meson.build says %s",
          DENER_VERSION_STRING, DENER_MESON_VERSION);
#endif
    dener_model_free(NULL);
    dener_doc_free(NULL);
    CHECK(dener_doc_new(NULL) == NULL, "doc_new(NULL) is NULL");
    CHECK(strcmp(dener_strerror(DENER_ERR_NOMEM), "out of memory") == 0, "strerror");
    CHECK(strcmp(dener_strerror(12345), "unknown error") == 0, "strerror unknown");
    CHECK(dener_type_from_name("loc") == DENER_LOC && dener_type_from_name("XYZ") == -1, "type names");

    char dbuf[256];
    char *dir = tu_tmpdir(dbuf, sizeof dbuf);
    tu_write(dir, "a.lex", LEX);
    const char *dirs[] = {dir};
    dener_error err = {0};
    dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
    CHECK(m != NULL, "load: %s", err.msg);
    if (!m) return check_done("api");
    dener_doc *d = dener_doc_new(m);
    const char *t = "Olaf Scholz besuchte Siemens in Berlin.";
    CHECK(dener_extract(d, t, strlen(t), NULL, &err) == 0 && dener_doc_count(d) == 3, "three entities");
    CHECK(dener_doc_entity(d, 3) == NULL, "entity out of range is NULL");
    int seen = 0;
    CHECK(dener_doc_foreach(d, count_cb, &seen) == 7 && seen == 2, "foreach stops at the callback's non-zero");
    /* type filter */
    dener_options o = {0};
    o.types = DENER_TYPE_BIT(DENER_LOC);
    dener_extract(d, t, strlen(t), &o, &err);
    CHECK(dener_doc_count(d) == 1 && dener_doc_entity(d, 0)->type == DENER_LOC, "type filter");
    /* size limit */
    o.types = 0;
    o.max_bytes = 10;
    int rc = dener_extract(d, t, strlen(t), &o, &err);
    CHECK(rc == DENER_ERR_TOO_LARGE && err.code == DENER_ERR_TOO_LARGE && err.pos == 10 && dener_doc_count(d) == 0,
          "size limit: %d %s", rc, err.msg);
    /* strict UTF-8: the position of the first bad byte */
    o.max_bytes = 0;
    o.flags = DENER_OPT_STRICT_UTF8;
    const char *bad = "Berlin \xc3\x28 Berlin";
    rc = dener_extract(d, bad, strlen(bad), &o, &err);
    CHECK(rc == DENER_ERR_UTF8 && err.pos == 7 && strstr(err.msg, "byte offset 7"), "strict UTF-8: %d %zu %s", rc, err.pos, err.msg);
    /* lenient: bad bytes count as one code point each maximal subpart */
    o.flags = 0;
    rc = dener_extract(d, bad, strlen(bad), &o, &err);
    size_t first = 99;
    CHECK(rc == 0 && dener_doc_invalid_utf8(d, &first) == 1 && first == 7, "lenient UTF-8");
    CHECK(dener_doc_count(d) == 2 && dener_doc_entity(d, 1)->start == 10 && dener_doc_entity(d, 1)->start_byte == 10,
          "offsets after a bad byte: %zu", dener_doc_count(d) == 2 ? dener_doc_entity(d, 1)->start : 0);
    /* NUL bytes are ordinary characters */
    const char nul[] = "Berlin\0Berlin";
    rc = dener_extract(d, nul, sizeof nul - 1, NULL, &err);
    CHECK(rc == 0 && dener_doc_count(d) == 2 && dener_doc_entity(d, 1)->start == 7, "NUL byte");
    /* bad date */
    dener_options od = {0};
    od.date = "2023-13-45";
    rc = dener_extract(d, t, strlen(t), &od, &err);
    CHECK(rc == DENER_ERR_ARG && strstr(err.msg, "2023-13-45"), "bad date: %d %s", rc, err.msg);
    /* NULL text with length 0 is an empty document; NULL doc is an error */
    CHECK(dener_extract(d, NULL, 0, NULL, &err) == 0 && dener_doc_count(d) == 0, "empty text");
    CHECK(dener_extract(NULL, t, 1, NULL, &err) == DENER_ERR_ARG, "NULL doc");
    /* JSON quoting helper */
    size_t ql;
    const char *q = dener_json_quote(d, "a\"b", 3, &ql);
    CHECK(q && strcmp(q, "\"a\\\"b\"") == 0 && ql == 6, "json_quote");
    dener_doc_free(d);
    dener_model_free(m);

    /* user extension: a second folder with its own rule file (and a lexicon entry the rule's
     * context uses) adds to the first; the rule's entities carry "rule:NAME" */
    char ubuf[256];
    char *udir = tu_tmpdir(ubuf, sizeof ubuf);
    tu_write(udir, "mine.rules", "ORG 60 my_rule : < \"acme\" \"widgets\" >\n");
    tu_write(udir, "mine.lex", "Gogolla Consulting\tORG.company\n");
    const char *udirs[] = {dir, udir};
    m = dener_model_load(udirs, 2, NULL, DENER_MODEL_DEFAULT, &err);
    CHECK(m != NULL, "load with a user folder: %s", err.msg);
    if (m) {
        dener_model_stats st;
        dener_model_get_stats(m, &st);
        CHECK(st.rules >= 1 && st.files == 3, "user rule counted: %zu rules, %zu files", st.rules, st.files);
        d = dener_doc_new(m);
        const char *ut = "Olaf Scholz kauft bei Acme Widgets und Gogolla Consulting in Berlin.";
        char lb[512];
        CHECK(dener_extract(d, ut, strlen(ut), NULL, &err) == 0, "extract with user rule: %s", err.msg);
        CHECK(strcmp(tu_list(d, lb, sizeof lb), "PER:Olaf Scholz|ORG:Acme Widgets|ORG:Gogolla Consulting|LOC:Berlin") == 0,
              "user rule and entry: %s", lb);
        const dener_entity *ue = dener_doc_entity(d, 1);
        CHECK(ue && strcmp(ue->source, "rule:my_rule") == 0 && ue->start == 22 && ue->end == 34,
              "user rule entity: %s", ue ? ue->source : "none");
        dener_doc_free(d);
        dener_model_free(m);
    }
    /* the user folder alone, without the first: its rule still works, its names too */
    m = dener_model_load(udirs + 1, 1, NULL, 0, &err);
    CHECK(m != NULL, "load the user folder alone: %s", err.msg);
    if (m) {
        d = dener_doc_new(m);
        const char *ut = "ACME widgets und Berlin";
        char lb[256];
        dener_extract(d, ut, strlen(ut), NULL, &err);
        CHECK(strcmp(tu_list(d, lb, sizeof lb), "ORG:ACME widgets") == 0, "rule matches case-insensitively: %s", lb);
        dener_doc_free(d);
        dener_model_free(m);
    }
    /* a broken user rule names its file and line */
    tu_write(udir, "mine.rules", "ORG 60 ok : \"acme\"\nORG 60 broken : < \"acme\"\n");
    memset(&err, 0, sizeof err);
    CHECK(dener_model_load(udirs, 2, NULL, 0, &err) == NULL && err.code == DENER_ERR_RULE && err.line == 2 &&
          strstr(err.msg, "mine.rules:2"), "broken user rule: %d %zu %s", err.code, err.line, err.msg);
    tu_rmdir(udir);

    /* allocation failure at every point of loading and extracting: an error, never a crash */
    int nomem = 0, ok = 0;
    for (size_t k = 0; k < 400; k++) {
        fail_alloc fa = {k, 0};
        dener_alloc al = {fa_malloc, fa_realloc, fa_free, &fa};
        memset(&err, 0, sizeof err);
        dener_model *fm = dener_model_load(dirs, 1, &al, 0, &err);
        if (!fm) {
            CHECK(err.code == DENER_ERR_NOMEM, "allocation failure %zu gives NOMEM, got %d (%s)", k, err.code, err.msg);
            nomem++;
            continue;
        }
        dener_doc *fd = dener_doc_new(fm);
        if (fd) {
            rc = dener_extract(fd, t, strlen(t), NULL, &err);
            if (rc) {
                CHECK(rc == DENER_ERR_NOMEM, "extract under allocation failure %zu: %d", k, rc);
                nomem++;
            } else {
                ok++;
            }
            dener_doc_free(fd);
        } else {
            nomem++;
        }
        dener_model_free(fm);
    }
    CHECK(nomem > 0 && ok > 0, "allocation failures were injected (%d) and runs succeeded (%d)", nomem, ok);
    tu_rmdir(dir);
    exhaustive_alloc_failures();
    return check_done("api");
}
