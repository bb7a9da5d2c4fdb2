/* test_filters.c - the date rules' start filters (src/dates.c, rule_first) and the automata that
 * check a start before PCRE2 runs there (nfa_build) change how much work the date stage does,
 * never what it finds: the whole output (JSON) of a model with the filters is compared with the
 * output of the same model with the automata off and with all filters off, on texts written to probe
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
    /* the automata: what follows the first item */
    ("am 5.\xC2\xA0" "5., 16.11.\xC2\xA0" "2023, 16.\xE2\x80\x89" "11. 2023, 3.\xC2\xA0Mai, 3.\x0BMai, 3.\x0CMai, 5.-6.Mai 2020."),
    ("vor \xD9\xA3 Jahren, seit \xE2\x84\xAA" "napp drei Jahren, vor RUND zwei Wochen, VOR einem Jahr, in zwei Wochen."),
    ("2000\xC2\xA0" "Euro, 2000\xE2\x82\xAC, 30 \xC5\xBF" "tunden, Q3\xC2\xA0" "2023, H1\xE2\x80\x83" "2021, 1990er\xE2\x80\x91Jahre."),
    ("zehn Tage sp\xC3\xA4ter, ZEHN TAGE SP\xC3\x84TER, drei\xC2\xA0Wochen\xC2\xA0zuvor, ein Jahr danach."),
    "2019\xE2\x80\x93" "2021, 2019 \xE2\x80\x93 21, Januar\xE2\x80\x93M\xC3\xA4rz, 13.\xE2\x80\x93" "15.10.2023.",
    "1.1.\xFF" "2020, am 3.\xC3 Mai, am 3. M\xC3" "ai, 16.11\x80.2023, vom 3. bis\xFF 5. Mai.",
    /* the automata with the words of the classes: words that start like class words, cases, white
     * space inside multi-word entries, characters that fold to ASCII or to several */
    ("in Berlin, in Mainz, im MAI, im mai 2020, vor Ma\xC3\x9Fnahmen, seit Nov. 2019, seit Nov . 2019, "
     "am Tag der Deutschen Einheit, am Tag\xC2\xA0" "der Deutschen\tEinheit, am TAG DER DEUTSCHEN EINHEIT 2020, "
     "im \xEF\xAC\x81" "nanzjahr, am \xE2\x84\xAA" "arfreitag, letzten Sonntag, n\xC3\xA4" "chste WOCHE, vor drei JAHREN."),
};

/* Fragments for random texts: numbers, punctuation, date words and cues, in several cases and
 * spacings (white space that is not ASCII, non-ASCII digits and letters, bytes that are not UTF-8). */
static const char *const FRAG[] = {
    "1", "5", "12", "16", "31", "2023", "1990", "190", "09", "0", "123456", "\xD9\xA3", ".", ".", ",", ":", "/", "-",
    "\xE2\x80\x93", " ", " ", " ", "  ", "\xC2\xA0", "\t", "\n", "\xE2\x80\x89", "'", "\xE2\x80\x99", "%", "\xE2\x82\xAC", "$",
    "Mai", "M\xC3\xA4rz", "m\xC3\xA4rz", "Januar", "Nov.", "NOVEMBER", "Montag", "montags", "Freitagabend", "Sommer", "Fr\xC3\xBC" "hjahr",
    "Weihnachten", "Ostermontag", "Tag", "der", "Deutschen", "Einheit", "heute", "gestern", "Abend", "morgen", "Morgen",
    "am", "Am", "vom", "bis", "zum", "und", "oder", "seit", "SEIT", "ab", "im", "Im", "in", "vor", "Vor", "den", "dem",
    "des", "Jahr", "Jahre", "Jahren", "Jahres", "Woche", "Wochen", "Monat", "Tage", "Tagen", "Quartal", "Halbjahr",
    "Jahrhundert", "Jahrhunderts", "er", "er Jahre", "Neunzigerjahre", "achtziger", "dritten", "zweite", "drei", "zehn",
    "vergangenen", "n\xC3\xA4" "chsten", "kommenden", "dieses", "letzte", "Anfang", "Mitte", "Ende", "sp\xC3\xA4" "ter", "zuvor",
    "danach", "v. Chr.", "n. Chr.", "Chr.", "Euro", "Menschen", "Prozent", "km", "Nr.", "Artikel", "Seite", "Tel.", "+49",
    "(0)", "\xC2\xA9", "Copyright", "Q", "H", "T", "Z", "rund", "etwa", "mindestens", "Stand", "x", "abc", "\xE2\x84\xAA",
    "\xC5\xBF", "\xFF", "\xC3", "\x80", "Stra\xC3\x9F" "e",
    "Berlin", "Mainz", "Maier", "Januarloch", "Weihnachtsmarkt", "Ostern", "Oster", "Heiligabend", "Pfingsten",
    "Woche", "WOCHE", "Wochen", "Monats", "Sonntag", "sonntags", "Abend", "Nachmittag", "letzten", "kommende",
    "\xEF\xAC\x81", "\xC3\xA4",
};

static uint64_t rng_state = 88172645463325252ull;
static unsigned rnd(unsigned n) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

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
    char *a = NULL, *b = NULL, *c = NULL;
    dn_dates_use_filters(m, true);
    int ra = run(d, text, len, date, &a);
    dn_dates_use_nfa(m, false);
    int rc = run(d, text, len, date, &c);
    dn_dates_use_filters(m, false);
    int rb = run(d, text, len, date, &b);
    dn_dates_use_filters(m, true);
    if (ra != rb || (a && b && strcmp(a, b) != 0)) {
        failed++;
        fprintf(stderr, "FAIL: %s: with the filters %s\n      without:          %s\n", what, a ? a : "(error)",
                b ? b : "(error)");
    }
    if (rc != rb || (c && b && strcmp(c, b) != 0)) {
        failed++;
        fprintf(stderr, "FAIL: %s: with the start filters only %s\n      without:          %s\n", what, c ? c : "(error)",
                b ? b : "(error)");
    }
    free(a);
    free(b);
    free(c);
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
    /* random texts of fragments */
    size_t nfrag = sizeof FRAG / sizeof FRAG[0];
    for (int k = 0; k < 600; k++, n++) {
        char buf[2048];
        size_t bl = 0;
        unsigned parts = 2 + rnd(40);
        for (unsigned q = 0; q < parts; q++) {
            const char *f = FRAG[rnd((unsigned)nfrag)];
            size_t fl = strlen(f);
            if (bl + fl + 1 >= sizeof buf) break;
            memcpy(buf + bl, f, fl);
            bl += fl;
            if (rnd(3) == 0) buf[bl++] = ' ';
        }
        buf[bl] = 0;
        char what[32];
        snprintf(what, sizeof what, "random text %d", k);
        compare(m, d, buf, bl, k % 2 ? "2023-11-16" : NULL, what);
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
