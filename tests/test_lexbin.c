/* test_lexbin.c - the compiled lexicon image (src/lexbin.h): a model loaded from the image equals
 * one loaded from the text files (the same arrays, the same output), a damaged image (truncated,
 * extended, any byte changed) and a stale one (a .lex file changed, added, removed or renamed
 * after compiling) are not used and the text loader gives the right result, and an image serves
 * one folder only when later folders add no .lex files; allocation failures while loading from
 * an image are reported and leak nothing.
 * Usage: test_lexbin LEXICON_DIR ARTICLE */
#include "testutil.h"
#include "../src/handles.h"
#include "../src/lexbin.h"
#include "../src/lexicon.h"
#include "../src/model.h"

#include <sys/stat.h>

static const char *TEXTS[] = {
    "Bundeskanzler Olaf Scholz traf am 16. November 2023 Anna M\xc3\xbcller in Berlin und K\xc3\xb6ln.",
    "Dr. Meier von der Musterbank AG sprach mit der Deutschen Bahn (DB) in der Stadt St. Pauli.",
    "@musterbank und #musterbank meldeten gestern, dass die Musterbank in Jordan investiert.",
    "Die Vereinten Nationen tagten am 3.5.2021 in New York; Scholz blieb in Frankfurt am Main.",
    "Berlix und Musterstadt und Neustadt liegen bei Hinterdorf.",
};
#define NTEXTS (sizeof TEXTS / sizeof TEXTS[0])

/* The JSON of every text of TEXTS (and of extra, if not NULL), one line each; malloc'd. */
static char *outputs(dener_model *m, const char *extra) {
    dener_doc *d = dener_doc_new(m);
    dener_options o = {0};
    o.date = "2023-11-16";
    size_t cap = 1 << 16, len = 0;
    char *all = malloc(cap);
    all[0] = 0;
    for (size_t i = 0; d && i <= NTEXTS; i++) {
        const char *t = i < NTEXTS ? TEXTS[i] : extra;
        if (!t) continue;
        dener_error err = {0};
        if (dener_extract(d, t, strlen(t), &o, &err) != DENER_OK) continue;
        const char *js = dener_doc_json(d, NULL, 0, NULL);
        size_t n = js ? strlen(js) : 0;
        while (len + n + 2 > cap) all = realloc(all, cap *= 2);
        memcpy(all + len, js, n);
        len += n;
        all[len++] = '\n';
        all[len] = 0;
    }
    dener_doc_free(d);
    return all;
}

static dener_model *load(const char *const *dirs, size_t n, unsigned flags) {
    dener_error err = {0};
    dener_model *m = dener_model_load(dirs, n, NULL, flags, &err);
    CHECK(m != NULL, "load %s: %s", dirs[0], err.msg);
    return m;
}

/* Loads dirs with and without image; checks that the image is used (or not: want_image) and
 * that the outputs agree. Returns the output (malloc'd). */
static char *both_ways(const char *name, const char *const *dirs, size_t n, bool want_image, const char *extra) {
    dener_model *mi = load(dirs, n, DENER_MODEL_DEFAULT), *mt = load(dirs, n, DENER_MODEL_NO_IMAGE);
    if (!mi || !mt) {
        dener_model_free(mi);
        dener_model_free(mt);
        return strdup("");
    }
    CHECK((mi->image != NULL) == want_image, "%s: image %s, expected %s", name, mi->image ? "used" : "not used",
          want_image ? "used" : "not used");
    CHECK(mt->image == NULL, "%s: DENER_MODEL_NO_IMAGE still uses the image", name);
    char *oi = outputs(mi, extra), *ot = outputs(mt, extra);
    CHECK(strcmp(oi, ot) == 0, "%s: output differs with and without image:\n%s\n---\n%s", name, oi, ot);
    dener_model_stats si, st;
    dener_model_get_stats(mi, &si);
    dener_model_get_stats(mt, &st);
    CHECK(si.entries == st.entries && si.trie_nodes == st.trie_nodes && si.rules == st.rules &&
              si.date_rules == st.date_rules && si.files == st.files,
          "%s: stats differ", name);
    free(ot);
    dener_model_free(mi);
    dener_model_free(mt);
    return oi;
}

/* The lexicon part of the two models is the same, array by array. */
static void same_arrays(const dener_model *a, const dener_model *b) {
    CHECK(a->nnodes == b->nnodes && memcmp(a->nodes, b->nodes, a->nnodes * sizeof(dn_node)) == 0, "nodes differ");
    CHECK(a->nebuckets == b->nebuckets && a->nedges == b->nedges && a->max_keylen == b->max_keylen &&
              a->edges == a->nodes && b->edges == b->nodes && a->edges_cap == a->nnodes && b->edges_cap == b->nnodes &&
              memcmp(a->ebuckets, b->ebuckets, a->nebuckets * sizeof(dn_ebucket)) == 0,
          "edges differ");
    CHECK(a->nentries == b->nentries && memcmp(a->entries, b->entries, a->nentries * sizeof(dn_entry)) == 0, "entries differ");
    size_t slot = (dn_handles_bytes(a) - a->handle_keys_cap) / (a->handles_cap ? a->handles_cap : 1);
    CHECK(a->handles_cap == b->handles_cap && a->nhandles == b->nhandles && a->handle_keys_len == b->handle_keys_len &&
              (!a->handles_cap || memcmp(a->handles, b->handles, a->handles_cap * slot) == 0) &&
              (!a->handle_keys_len || memcmp(a->handle_keys, b->handle_keys, a->handle_keys_len) == 0),
          "handle index differs");
    CHECK(a->match_nbits && b->match_nbits && a->match_bloom && b->match_bloom &&
              a->match_bloom_mask == b->match_bloom_mask &&
              memcmp(a->match_nbits, b->match_nbits, a->nnodes / 4 + 1) == 0 &&
              memcmp(a->match_bloom, b->match_bloom, (a->match_bloom_mask + 1) * sizeof(uint64_t)) == 0,
          "matcher filters differ");
    CHECK(a->root_bloom && b->root_bloom && a->root_bloom_mask == b->root_bloom_mask &&
              memcmp(a->root_bloom, b->root_bloom, (a->root_bloom_mask + 1) * sizeof(uint64_t)) == 0,
          "root filters differ");
    for (size_t i = 1; i < a->nnodes; i++) /* (no edge of the root is missing from it) */
        if (!a->nodes[i].parent && !dn_trie_root_maybe(a, dn_trie_hash(0, a->pool + a->nodes[i].key, a->nodes[i].keylen))) {
            CHECK(0, "root filter lacks node %zu", i);
            break;
        }
    CHECK(a->nclasses == b->nclasses, "class counts differ");
    for (int i = 0; i < a->nclasses && i < b->nclasses; i++)
        CHECK(strcmp(a->class_names[i], b->class_names[i]) == 0, "class %d: %s vs %s", i, a->class_names[i], b->class_names[i]);
    CHECK(a->cls_abbrev == b->cls_abbrev && a->cls_commonnoun == b->cls_commonnoun && a->cls_stopword == b->cls_stopword &&
              a->cls_firstname == b->cls_firstname && a->cls_surname == b->cls_surname && a->cls_orgsuffix == b->cls_orgsuffix &&
              a->cls_demonym == b->cls_demonym && a->cls_handlesuffix == b->cls_handlesuffix &&
              a->cls_handlehead == b->cls_handlehead && a->date_triggers == b->date_triggers &&
              a->date_numword == b->date_numword,
          "class ids differ");
    CHECK(a->src_link == b->src_link && a->src_abbrev == b->src_abbrev && a->src_handle == b->src_handle, "sources differ");
}

/* 1. The bundled lexicons: the build's image is used, equals the text model, same output. */
static void bundled(const char *lexdir, const char *article) {
    char *text = NULL;
    FILE *f = fopen(article, "rb");
    if (f) {
        text = calloc(1, 1 << 16);
        size_t n = fread(text, 1, (1 << 16) - 1, f);
        text[n] = 0;
        fclose(f);
    }
    CHECK(text != NULL, "open %s", article);
    char *o = both_ways("bundled", &lexdir, 1, true, text);
    CHECK(strstr(o, "\"text\":\"Olaf Scholz\"") && strstr(o, "\"text\":\"Frankfurt am Main\""), "bundled: expected names: %s", o);
    free(o);
    dener_model *mi = load(&lexdir, 1, 0), *mt = load(&lexdir, 1, DENER_MODEL_NO_IMAGE);
    if (mi && mt && mi->image) {
        same_arrays(mi, mt);
        /* the image's pool is the text model's pool up to the rules' strings */
        size_t lexpool = mi->pool_len < mt->pool_len ? mi->pool_len : mt->pool_len;
        CHECK(memcmp(mi->pool, mt->pool, mi->src_handle + 7) == 0 && lexpool > 0, "pool start differs");
    }
    dener_model_free(mi);
    dener_model_free(mt);
    /* $DENER_NO_IMAGE */
    setenv("DENER_NO_IMAGE", "1", 1);
    dener_model *me = load(&lexdir, 1, 0);
    CHECK(me && !me->image, "DENER_NO_IMAGE=1: image still used");
    dener_model_free(me);
    setenv("DENER_NO_IMAGE", "0", 1);
    me = load(&lexdir, 1, 0);
    CHECK(me && me->image, "DENER_NO_IMAGE=0: image not used");
    dener_model_free(me);
    unsetenv("DENER_NO_IMAGE");
    free(text);
}

/* ------------------------------------------------------------------ a small folder */

static const char *LEX_A = "# a\n"
                           "Berlin\tLOC.city\n"
                           "K\xc3\xb6ln\tLOC.city\tK\xc3\xb6ln\n"
                           "New York\tLOC.city\n"
                           "Frankfurt am Main\tLOC.city\n"
                           "St. Pauli\tLOC.district\n"
                           "#@context always\n"
                           "Jordan\tLOC.country\n"
                           "#@context common\n"
                           "Olaf Scholz\tPER.politician\n"
                           "Scholz\tsurname\n"
                           "M\xc3\xbcller\tsurname\n"
                           "Anna\tfirstname\n"
                           "Olaf\tfirstname\n"
                           "Bundeskanzler\trole\n"
                           "November\tmonth\t11\n"
                           "gestern\tdeictic\t-1D\n";
static const char *LEX_B = "Musterbank AG\tORG.company\n"
                           "Musterbank\tORG.company\tMusterbank AG\n"
                           "Deutsche Bahn\tORG.company\n"
                           "DB\tORG.company\tDeutsche Bahn\n"
                           "Vereinte Nationen\tORG.international\n"
                           "AG\torgsuffix\n"
                           "Dr.\tabbrev\n"
                           "St.\tabbrev\n"
                           "der\tstopword\n";
static const char *RULES = "PER 40 role_name : @role < @firstname&Cap @surname&Cap >\n"
                           "PER 30 given_sur : < @firstname @surname&Cap >\n"
                           "DATE 80 dmy : /(?<![\\p{N}.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})/ => date\n"
                           "DATE 70 d_month : /(?<![\\p{N}.,])(?<d>\\d{1,2})\\.\\s*(?<month>\\p{L}+)(?:\\s+(?<y>\\d{4}))?/ => date\n"
                           "DATE 40 deictic : /(?<![\\p{L}])(?<deictic>\\p{L}{4,})(?![\\p{L}])/ => date\n";

static void path_of(char *buf, size_t n, const char *dir, const char *name) { snprintf(buf, n, "%s/%s", dir, name); }

static void make_folder(const char *dir) {
    tu_write(dir, "a.lex", LEX_A);
    tu_write(dir, "b.lex", LEX_B);
    tu_write(dir, "r.rules", RULES);
}

static bool compile(const char *dir) {
    char img[1024];
    path_of(img, sizeof img, dir, DN_LEXBIN_NAME);
    dener_error err = {0};
    int rc = dn_lexicons_compile(dir, img, &err);
    CHECK(rc == DENER_OK, "compile %s: %s", dir, err.msg);
    return rc == DENER_OK;
}

static unsigned char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *p = malloc((size_t)sz + 1);
    *n = fread(p, 1, (size_t)sz, f);
    fclose(f);
    return p;
}

static void spit(const char *path, const unsigned char *p, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fwrite(p, 1, n, f);
    fclose(f);
}

/* 2. A compiled folder: used, same output. */
static void small_folder(const char *dir) {
    const char *dirs[] = {dir};
    char *o = both_ways("small", dirs, 1, true, NULL);
    CHECK(strstr(o, "\"text\":\"Olaf Scholz\"") && strstr(o, "\"source\":\"handle\"") && strstr(o, "\"value\":\"2023-11-16\"") &&
              strstr(o, "\"text\":\"St. Pauli\""),
          "small: expected entities missing: %s", o);
    free(o);
    dener_model *mi = load(dirs, 1, 0), *mt = load(dirs, 1, DENER_MODEL_NO_IMAGE);
    if (mi && mt) same_arrays(mi, mt);
    dener_model_free(mi);
    dener_model_free(mt);
}

/* 3. Damaged images: each is refused (dn_lexbin_load says why) and the text loader takes over. */
enum { TRUNC, APPEND, FLIP };
static const struct {
    const char *name;
    int op;
    long at;      /* byte offset; negative: from the end */
    int permille; /* if not 0: the offset as a share of the size instead */
} DAMAGE[] = {
    {"empty", TRUNC, 0, 0},
    {"inside the header", TRUNC, 100, 0},
    {"header only", TRUNC, 360, 0},
    {"half", TRUNC, 0, 500},
    {"last byte missing", TRUNC, -1, 0},
    {"one byte more", APPEND, 0, 0},
    {"magic", FLIP, 0, 0},
    {"version", FLIP, 8, 0},
    {"byte order", FLIP, 12, 0},
    {"layout", FLIP, 20, 0},
    {"ICU version", FLIP, 24, 0},
    {"file size", FLIP, 32, 0},
    {"pool length", FLIP, 48, 0},
    {"node count", FLIP, 56, 0},
    {"class count", FLIP, 120, 0},
    {"a class id", FLIP, 124, 0},
    {"section table", FLIP, 200, 0},
    {"checksum", FLIP, 352, 0},
    {"payload at 10%", FLIP, 0, 100},
    {"payload at 30%", FLIP, 0, 300},
    {"payload at 50%", FLIP, 0, 500},
    {"payload at 70%", FLIP, 0, 700},
    {"payload at 90%", FLIP, 0, 900},
    {"last byte", FLIP, -1, 0},
};

static void damaged(const char *dir) {
    char img[1024];
    path_of(img, sizeof img, dir, DN_LEXBIN_NAME);
    size_t n = 0;
    unsigned char *good = slurp(img, &n);
    CHECK(good && n > 400, "read the image %s", img);
    if (!good) return;
    const char *dirs[] = {dir};
    dener_model *mt = load(dirs, 1, DENER_MODEL_NO_IMAGE);
    char *want = mt ? outputs(mt, NULL) : strdup("");
    dener_model_free(mt);
    char *paths[2];
    char pa[1024], pb[1024];
    path_of(pa, sizeof pa, dir, "a.lex");
    path_of(pb, sizeof pb, dir, "b.lex");
    paths[0] = pa;
    paths[1] = pb;
    unsigned char *bad = malloc(n + 1);
    for (size_t k = 0; k < sizeof DAMAGE / sizeof DAMAGE[0]; k++) {
        size_t at = DAMAGE[k].permille ? n * (size_t)DAMAGE[k].permille / 1000
                    : DAMAGE[k].at < 0 ? n - (size_t)-DAMAGE[k].at : (size_t)DAMAGE[k].at;
        memcpy(bad, good, n);
        size_t bn = n;
        if (DAMAGE[k].op == TRUNC) bn = at;
        else if (DAMAGE[k].op == APPEND) bad[bn++] = 0;
        else bad[at] ^= 0x10;
        spit(img, bad, bn);
        /* the loader itself */
        dener_model *bare = load(dirs, 1, DENER_MODEL_NO_IMAGE); /* any model, for its allocator */
        const char *why = NULL;
        if (bare) {
            dener_model probe;
            memset(&probe, 0, sizeof probe);
            probe.alloc = bare->alloc;
            int rc = dn_lexbin_load(&probe, img, paths, 2, &why, NULL);
            CHECK(rc == 0 && why != NULL && probe.image == NULL && probe.pool == NULL,
                  "damaged image (%s, %zu bytes, offset %zu): rc %d, why %s", DAMAGE[k].name, bn, at, rc, why ? why : "-");
            if (rc == 1) {
                dn_lexbin_unmap(&probe);
                free(probe.pool);
            }
        }
        dener_model_free(bare);
        /* and through dener_model_load */
        dener_model *m = load(dirs, 1, 0);
        if (m) {
            CHECK(m->image == NULL, "damaged image (%s) used", DAMAGE[k].name);
            char *got = outputs(m, NULL);
            CHECK(strcmp(got, want) == 0, "damaged image (%s): output differs from text", DAMAGE[k].name);
            free(got);
        }
        dener_model_free(m);
    }
    spit(img, good, n); /* intact again: used again */
    dener_model *m = load(dirs, 1, 0);
    CHECK(m && m->image, "the restored image is not used");
    dener_model_free(m);
    free(bad);
    free(good);
    free(want);
}

/* 4. Stale images: the folder changes after compiling. */
enum { EDIT, APPEND_LINE, ADD_FILE, REMOVE_FILE, RENAME_FILE, TOUCH };
static const struct {
    const char *name;
    int op;
    bool used;          /* the image is still used (same content) */
    const char *expect; /* in the output afterwards */
    const char *absent; /* not in the output afterwards */
} STALE[] = {
    {"a name changed, same size", EDIT, false, "\"text\":\"Berlix\"", NULL},
    {"a line appended", APPEND_LINE, false, "\"text\":\"Musterstadt\"", NULL},
    {"a file added", ADD_FILE, false, "\"text\":\"Neustadt\"", NULL},
    {"a file removed", REMOVE_FILE, false, "\"text\":\"Berlin\"", "Musterbank"},
    {"a file renamed", RENAME_FILE, false, "\"source\":\"lex:c\"", "\"source\":\"lex:b\""},
    {"a file touched, content unchanged", TOUCH, true, "\"text\":\"Berlin\"", NULL},
};

static void stale(void) {
    for (size_t k = 0; k < sizeof STALE / sizeof STALE[0]; k++) {
        char dir[256];
        if (!tu_tmpdir(dir, sizeof dir)) continue;
        make_folder(dir);
        if (!compile(dir)) {
            tu_rmdir(dir);
            continue;
        }
        char p[1024], q[1024];
        switch (STALE[k].op) {
        case EDIT: { /* "Berlin" -> "Berlix" in a.lex: same size */
            char *s = strdup(LEX_A);
            char *b = strstr(s, "Berlin");
            b[5] = 'x';
            tu_write(dir, "a.lex", s);
            free(s);
            break;
        }
        case APPEND_LINE: {
            char s[4096];
            snprintf(s, sizeof s, "%sMusterstadt\tLOC.city\n", LEX_A);
            tu_write(dir, "a.lex", s);
            break;
        }
        case ADD_FILE: tu_write(dir, "c.lex", "Neustadt\tLOC.city\n"); break;
        case REMOVE_FILE:
            path_of(p, sizeof p, dir, "b.lex");
            remove(p);
            break;
        case RENAME_FILE:
            path_of(p, sizeof p, dir, "b.lex");
            path_of(q, sizeof q, dir, "c.lex");
            rename(p, q);
            break;
        case TOUCH: tu_write(dir, "a.lex", LEX_A); break;
        }
        const char *dirs[] = {dir};
        char *o = both_ways(STALE[k].name, dirs, 1, STALE[k].used, NULL);
        CHECK(strstr(o, STALE[k].expect) != NULL, "stale (%s): no %s in %s", STALE[k].name, STALE[k].expect, o);
        CHECK(!STALE[k].absent || !strstr(o, STALE[k].absent), "stale (%s): %s still in %s", STALE[k].name, STALE[k].absent, o);
        free(o);
        tu_rmdir(dir);
    }
}

/* 5. Several folders: the image of the first serves when the others add only rules. */
static void folders(const char *dir) {
    char rdir[256], ldir[256];
    if (!tu_tmpdir(rdir, sizeof rdir) || !tu_tmpdir(ldir, sizeof ldir)) return;
    tu_write(rdir, "x.rules", "LOC 60 bei_cap : \"bei\" < Cap >\n");
    tu_write(ldir, "x.lex", "Neustadt\tLOC.city\n");
    const char *d1[] = {dir, rdir};
    char *o = both_ways("image + rules folder", d1, 2, true, NULL);
    CHECK(strstr(o, "rule:bei_cap") != NULL, "image + rules folder: the added rule is not used: %s", o);
    free(o);
    const char *d2[] = {dir, ldir};
    o = both_ways("image + lexicon folder", d2, 2, false, NULL);
    CHECK(strstr(o, "\"text\":\"Neustadt\"") != NULL, "image + lexicon folder: the added name is not found: %s", o);
    free(o);
    const char *d3[] = {ldir, dir}; /* the image belongs to dir, which is not first */
    o = both_ways("lexicon folder + image", d3, 2, false, NULL);
    free(o);
    tu_rmdir(rdir);
    tu_rmdir(ldir);
}

/* 6. Allocation failures while loading from an image: each one is DENER_ERR_NOMEM (or, for an
 * optional allocation, the same model), and nothing leaks (nth_alloc: testutil.h). */
static void alloc_failures(const char *dir) {
    const char *dirs[] = {dir};
    dener_model *ref = load(dirs, 1, 0);
    char *want = ref ? outputs(ref, NULL) : NULL;
    dener_model_free(ref);
    if (!want) return;
    size_t k, nomem = 0;
    for (k = 0; k < 20000; k++) {
        nth_alloc na = {k, 0, 0, false};
        dener_alloc al = {na_malloc, na_realloc, na_free, &na};
        dener_error err = {0};
        dener_model *m = dener_model_load(dirs, 1, &al, 0, &err);
        bool failed = na.failed; /* in the load; later ones (the doc's) are not of interest */
        if (!m) {
            nomem++;
            CHECK(err.code == DENER_ERR_NOMEM, "failing allocation %zu: %d %s", k, err.code, err.msg);
        } else {
            CHECK(m->image != NULL, "failing allocation %zu: the image is no longer used", k);
            if (failed) { /* an optional allocation (PCRE2's JIT compiler): the same result */
                na.k = SIZE_MAX;
                char *got = outputs(m, NULL);
                CHECK(strcmp(got, want) == 0, "failing allocation %zu: the model differs", k);
                free(got);
            }
        }
        dener_model_free(m);
        CHECK(na.live == 0, "failing allocation %zu leaves %zu blocks", k, na.live);
        if (!failed) break; /* the load needed fewer than k + 1 allocations: each has failed once */
    }
    CHECK(k > 10 && nomem > k / 2, "image load: %zu allocation points, %zu NOMEM", k, nomem);
    free(want);
}

/* 7. Compiling a malformed folder fails and writes nothing. */
static void compile_errors(void) {
    char dir[256];
    if (!tu_tmpdir(dir, sizeof dir)) return;
    tu_write(dir, "bad.lex", "Berlin\tLOC\nno tab here\n");
    char img[1024];
    path_of(img, sizeof img, dir, DN_LEXBIN_NAME);
    dener_error err = {0};
    int rc = dn_lexicons_compile(dir, img, &err);
    CHECK(rc == DENER_ERR_LEXICON && strstr(err.msg, "bad.lex:2"), "compile a bad lexicon: %d %s", rc, err.msg);
    struct stat sb;
    CHECK(stat(img, &sb) != 0, "compile a bad lexicon: an image was written");
    memset(&err, 0, sizeof err);
    rc = dn_lexicons_compile("/nonexistent/dener", img, &err);
    CHECK(rc == DENER_ERR_IO, "compile a missing folder: %d %s", rc, err.msg);
    tu_rmdir(dir);
}

int main(int argc, char **argv) {
    const char *lexdir = argc > 1 ? argv[1] : "lexicons";
    const char *article = argc > 2 ? argv[2] : "tests/data/artikel.txt";
    unsetenv("DENER_NO_IMAGE");
    bundled(lexdir, article);
    char dir[256];
    if (tu_tmpdir(dir, sizeof dir)) {
        make_folder(dir);
        if (compile(dir)) {
            small_folder(dir);
            damaged(dir);
            folders(dir);
            alloc_failures(dir);
        }
        tu_rmdir(dir);
    }
    stale();
    compile_errors();
    return check_done("lexbin");
}
