/* fuzz_rules.c - libFuzzer target: the lexicon (.lex) and rule (.rules) file parsers, from memory.
 *
 * Input layout: a lexicon file, a line "%%", a rule file, optionally another line "%%" and a
 * text (else a fixed German sample). The files are loaded with dn_model_load_mem (the parsers of
 * dener_model_load without the file system); when they load, the model is run on the text.
 * Checked: a failed load reports a parser status with a message naming the file, never NOMEM; a
 * loaded model extracts without error and renders JSON. */
#include "dener.h"
#include "lexicon.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        fprintf(stderr, "fuzz_rules: invariant broken: " __VA_ARGS__);                            \
        fputc('\n', stderr);                                                                       \
        abort();                                                                                   \
    } while (0)

static const char SAMPLE[] =
    "Bundeskanzler Olaf Scholz (SPD) traf am 16. November 2023 in Berlin den Chef der Siemens AG. "
    "Dr. Anna Müller-Lüdenscheidt sagte, vom 3. bis 5. März 2021 tage der Bundestag; gestern und "
    "Anfang nächsten Jahres auch. \"Die Zeit\" berichtete aus Frankfurt am Main.";

/* Finds the next separator line "%%" at or after from; returns its start or NULL. */
static const char *find_sep(const char *s, size_t n, size_t from, size_t *after) {
    for (size_t i = from; i + 2 <= n; i++) {
        if ((i == 0 || s[i - 1] == '\n') && s[i] == '%' && s[i + 1] == '%' && (i + 2 == n || s[i + 2] == '\n')) {
            *after = i + 2 < n ? i + 3 : n;
            return s + i;
        }
    }
    return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    size_t a1 = size, a2 = size;
    const char *sep1 = find_sep(s, size, 0, &a1);
    size_t lex_len = sep1 ? (size_t)(sep1 - s) : size;
    const char *sep2 = sep1 ? find_sep(s, size, a1, &a2) : NULL;
    size_t rules_len = sep1 ? (sep2 ? (size_t)(sep2 - s) : size) - a1 : 0;
    /* exact-size copies: the parsers get no terminating NUL to lean on */
    char *lex = malloc(lex_len + 1), *rules = malloc(rules_len + 1);
    if (!lex || !rules) {
        free(lex);
        free(rules);
        return 0;
    }
    memcpy(lex, s, lex_len);
    if (rules_len) memcpy(rules, s + a1, rules_len);
    dn_mem_file files[2] = {{"fuzz.lex", lex, lex_len}, {"fuzz.rules", rules, rules_len}};
    dener_error err = {0};
    dener_model *m = dn_model_load_mem(files, 2, NULL, &err);
    if (!m) {
        if (err.code != DENER_ERR_LEXICON && err.code != DENER_ERR_RULE) FAIL("load status %d: %s", err.code, err.msg);
        if (!strstr(err.msg, "fuzz.lex:") && !strstr(err.msg, "fuzz.rules:")) FAIL("message names no file: %s", err.msg);
        free(lex);
        free(rules);
        return 0;
    }
    free(lex);
    free(rules); /* the model must not keep pointers into the files */
    const char *text = SAMPLE;
    size_t tlen = sizeof SAMPLE - 1;
    char *own = NULL;
    if (sep2) {
        tlen = size - a2;
        own = malloc(tlen ? tlen : 1);
        if (!own) {
            dener_model_free(m);
            return 0;
        }
        memcpy(own, s + a2, tlen);
        text = own;
    }
    dener_doc *d = dener_doc_new(m);
    if (!d) FAIL("doc_new");
    dener_options o = {0};
    o.date = "2023-11-16";
    int rc = dener_extract(d, text, tlen, &o, &err);
    if (rc) FAIL("extract status %d: %s", rc, err.msg);
    for (size_t i = 0; i < dener_doc_count(d); i++) {
        const dener_entity *e = dener_doc_entity(d, i);
        if (e->start_byte >= e->end_byte || e->end_byte > tlen) FAIL("entity bytes [%zu,%zu)", e->start_byte, e->end_byte);
    }
    size_t jl;
    const char *js = dener_doc_json(d, NULL, 0, &jl);
    if (!js) FAIL("no JSON");
    json_error_t je;
    json_t *j = json_loadb(js, jl, JSON_ALLOW_NUL, &je);
    if (!j) FAIL("JSON does not parse: %s: %.200s", je.text, js);
    json_decref(j);
    dener_doc_free(d);
    dener_model_free(m);
    free(own);
    return 0;
}
