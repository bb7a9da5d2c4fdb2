/* test_filters.c - the date rules' start filters (src/dates.c, rule_first) change how much work the
 * date stage does, never what it finds: the whole output (JSON) of a model with the filters is
 * compared with the output of the same model with them switched off, on texts written to probe
 * the filters' edges (starts inside words, after letters, digits and punctuation, case variants
 * that fold differently, white space that is not ASCII, digits that are not ASCII) and on a
 * generated corpus (bench/corpus.c).
 *
 * Usage: test_filters LEXICON_DIR [BYTES]   (BYTES of generated text, default 300000)
 */
#include "corpus.h"
#include "dates.h"
#include "dener.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const TEXTS[] = {
    "Am 16.11.2023 war es kalt. xMontag, 5. Mai 2020 und Dienstag,den 3. März.",
    ("Seit 2010, SEIT 2011, seit\xC2\xA0" "2012, \xC5\xBF" "eit 2013 und \xE2\x84\xAA" "NAPP 2000 Menschen."),
    "Knapp 2000 Euro, \xE2\x84\xAAnapp 3000 EUR, 5 \xE2\x82\xAC, 1.000,50 Dollar, 12\xC2\xA0%.",
    "Vom 1. bis 3. Januar, 19.-21.2., 2019/20, 2019-2021, 1990er, Neunzigerjahre, in den Achtzigern.",
    "Am Ende des Tages, guten Morgen, Morgen fr\xC3\xBCh, morgens, Freitagabend, Heiligabend 2023.",
    "Am \xD9\xA3. Mai und am \xDB\xB5.\xDB\xB6.2020, am 5\xE2\x80\x89Mai, am 5.\xE2\x80\x83Juni.",
    ("Im Fr\xC3\x9Chjahr 2019, im FR\xC3\x9CHJAHR 2019, STRA\xE1\xBA\x9E" "E, Ma\xC3\x9F" "nahme, im MAI 2020."),
    "Tel. 030/1234567, Fax: 030 12345, +49 30 1234567, (0)30 1234, Nr. 12/2020, Art. 5 GG.",
    "Q1 2020, H2/2021, 3. Quartal, zweites Halbjahr 2022, im 19. Jahrhundert, vor drei Jahren.",
    ("letzte Woche, n\xC3\xA4" "chsten Montag, kommenden Fr\xC3\xBChling, vergangenen Dezember, \xC3\xBC" "bermorgen."),
    "abc2020def, x16.11.2023, 16.11.2023x, -2020-, 2020-, /2020/, .2020., ,5. Mai, 5.. Mai.",
    ("\xC2\xA9 2020, (c) 2019-2021, Copyright 2018, \xC2\xA9" "2017."),
    "Januar bis M\xC3\xA4rz, Januar\xE2\x80\x93M\xC3\xA4rz 2020, Mitte Januar, Anfang des Jahres 2016.",
    "",
    "5",
    "Mai",
    "\xFF\xFE 2020 \xC3 Mai \xE2\x82 12.3.2020",
};

static int run(dener_doc *d, const char *text, size_t len, const char *date, char **out) {
    dener_options o;
    memset(&o, 0, sizeof o);
    o.date = date;
    dener_error err;
    int rc = dener_extract(d, text, len, &o, &err);
    if (rc) {
        *out = NULL;
        return rc;
    }
    size_t jl = 0;
    const char *js = dener_doc_json(d, NULL, 0, &jl);
    *out = malloc(jl + 1);
    if (!*out) return -1;
    memcpy(*out, js, jl);
    (*out)[jl] = 0;
    return 0;
}

static int failed;

static void compare(dener_model *m, dener_doc *d, const char *text, size_t len, const char *date, const char *what) {
    char *a = NULL, *b = NULL;
    dn_dates_use_filters(m, true);
    int ra = run(d, text, len, date, &a);
    dn_dates_use_filters(m, false);
    int rb = run(d, text, len, date, &b);
    dn_dates_use_filters(m, true);
    if (ra != rb || (a && b && strcmp(a, b) != 0)) {
        failed++;
        fprintf(stderr, "FAIL: %s: with the filters %s\n      without:          %s\n", what, a ? a : "(error)",
                b ? b : "(error)");
    }
    free(a);
    free(b);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "lexicons";
    size_t bytes = argc > 2 ? (size_t)strtoull(argv[2], NULL, 10) : 300000;
    dener_error err;
    dener_model *m = dener_model_load(&dir, 1, NULL, 0, &err);
    if (!m) {
        fprintf(stderr, "test_filters: cannot load %s: %s\n", dir, err.msg);
        return 1;
    }
    dener_doc *d = dener_doc_new(m);
    if (!d) return 1;
    int n = 0;
    for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++, n++) {
        char what[32];
        snprintf(what, sizeof what, "text %zu", i);
        compare(m, d, TEXTS[i], strlen(TEXTS[i]), "2023-11-16", what);
        compare(m, d, TEXTS[i], strlen(TEXTS[i]), NULL, what);
    }
    /* the generated corpus in documents of about 4 KB, and as one document */
    size_t len = 0;
    char *text = corpus_text(7, bytes, &len);
    if (!text) return 1;
    for (size_t at = 0; at < len; n++) {
        size_t end = at + 4096 < len ? at + 4096 : len;
        while (end < len && !(text[end - 1] == '\n' && text[end] == '\n')) end++;
        compare(m, d, text + at, end - at, "2021-03-04", "corpus document");
        at = end;
    }
    compare(m, d, text, len, "2021-03-04", "corpus");
    n++;
    free(text);
    dener_doc_free(d);
    dener_model_free(m);
    printf("filters: %d texts, %d differ\n", n, failed);
    return failed != 0;
}
