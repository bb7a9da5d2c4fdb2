/* test_match.c - stage 2 (gazetteer matcher) and stage 4 (propagation), table-driven over a small
 * lexicon written by the test: inflection (genitive -s/-es, declined adjectives), case rules
 * (sentence start, ALL CAPS, lower-case entries), ambiguity with common nouns, longest match,
 * compounds left untagged, and surname propagation with canonical names. */
#include "testutil.h"

static const char *LEX =
    "# test lexicon\n"
    "Wladimir Putin\tPER.politician\n"
    "Kim Jong-un\tPER\n"
    "Russland\tLOC.country\n"
    "Nordkorea\tLOC.country\n"
    "Frankfurt am Main\tLOC.city\n"
    "Frankfurt\tLOC.city\n"
    "Essen\tLOC.city\n"
    "Essen\tcommonnoun\n"
    "Vereinte Nationen\tORG.intl\n"
    "UN\tORG.intl\tVereinte Nationen\n"
    "Deutsche Bank\tORG.company\n"
    "Europäischer Rat\tORG.intl\n"
    "Rotes Meer\tLOC.sea\n"
    "Kloster\tLOC.city\n"
    "Kloster\tcommonnoun\n"
    "Klosters Serneus\tLOC.city\n"
    "Bundestag\tORG.parliament\n"
    "dpa\tORG.media\n"
    "Q-tv\tORG.media\n"
    "q-tv\tORG.media\n";

static const struct { const char *text; const char *expect; } CASES[] = {
    {"Das sagte Wladimir Putin gestern.", "PER:Wladimir Putin"},
    {"Wladimir Putins Plan", "PER:Wladimir Putins"},
    {"Russlands Präsident", "LOC:Russlands"},
    {"Nordkoreas Raketen", "LOC:Nordkoreas"},
    {"Kim Jong-uns Schwester", "PER:Kim Jong-uns"},
    {"ein Sprecher der Vereinten Nationen", "ORG:Vereinten Nationen"},
    {"Chef der Deutschen Bank", "ORG:Deutschen Bank"},
    {"Sitzung des Bundestages", "ORG:Bundestages"},
    {"Sitzung des Bundestags", "ORG:Bundestags"},
    {"Gipfel des Europäischen Rates", "ORG:Europäischen Rates"},
    /* a declined adjective of four letters too */
    {"ins Rote Meer und im Roten Meer", "LOC:Rote Meer|LOC:Roten Meer"},
    /* a genitive of a place that is also a common noun is ambiguous, also where a longer name
     * starts with the genitive form */
    {"der Abt des Klosters und Klosters Serneus", "LOC:Klosters Serneus"},
    {"RUSSLAND UND NORDKOREA", "LOC:RUSSLAND|LOC:NORDKOREA"},
    {"Russland testet.", "LOC:Russland"},
    {"die russland-politik und russland", ""},
    {"Das Essen ist fertig.", ""},
    {"laut DPA und dpa", "ORG:DPA|ORG:dpa"},
    {"in Frankfurt am Main", "LOC:Frankfurt am Main"},
    {"in Frankfurt an der Oder", "LOC:Frankfurt"},
    {"der Ukraine-Krieg und der Russland-Besuch", ""},
    {"die UN", "ORG:UN"},
    /* a lower-case spelling after a capitalised one of the same name: both count */
    {"bei q-tv und Q-tv", "ORG:q-tv|ORG:Q-tv"},
};

int main(void) {
    char dbuf[256];
    char *dir = tu_tmpdir(dbuf, sizeof dbuf);
    CHECK(dir != NULL, "temp dir");
    if (!dir) return check_done("match");
    tu_write(dir, "test.lex", LEX);
    dener_error err = {0};
    const char *dirs[] = {dir};
    dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
    CHECK(m != NULL, "model loads: %s", err.msg);
    if (!m) { tu_rmdir(dir); return check_done("match"); }
    dener_doc *d = dener_doc_new(m);
    char got[1024];
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        int rc = dener_extract(d, CASES[c].text, strlen(CASES[c].text), NULL, &err);
        CHECK(rc == 0, "extract: %s", err.msg);
        tu_list(d, got, sizeof got);
        CHECK(strcmp(got, CASES[c].expect) == 0, "\"%s\": got \"%s\", expected \"%s\"", CASES[c].text, got, CASES[c].expect);
    }
    /* canonical of an alias */
    const char *t = "Die UN tagen.";
    dener_extract(d, t, strlen(t), NULL, &err);
    CHECK(dener_doc_count(d) == 1 && dener_doc_entity(d, 0)->canonical &&
              strcmp(dener_doc_entity(d, 0)->canonical, "Vereinte Nationen") == 0,
          "UN has canonical Vereinte Nationen");
    /* propagation: a surname alone (also in the genitive) takes type and canonical of the full name */
    t = "Putin empfing Gäste. Wladimir Putin sagte, Putins Pläne seien gut. Putin lachte.";
    dener_extract(d, t, strlen(t), NULL, &err);
    tu_list(d, got, sizeof got);
    CHECK(strcmp(got, "PER:Putin|PER:Wladimir Putin|PER:Putins|PER:Putin") == 0, "propagation: %s", got);
    for (size_t i = 0; i < dener_doc_count(d); i++) {
        const dener_entity *e = dener_doc_entity(d, i);
        if (e->end - e->start <= 6)
            CHECK(e->canonical && strcmp(e->canonical, "Wladimir Putin") == 0, "entity %zu canonical: %s", i,
                  e->canonical ? e->canonical : "(none)");
    }
    /* code point offsets */
    t = "Über Russland";
    dener_extract(d, t, strlen(t), NULL, &err);
    CHECK(dener_doc_count(d) == 1 && dener_doc_entity(d, 0)->start == 5 && dener_doc_entity(d, 0)->end == 13 &&
              dener_doc_entity(d, 0)->start_byte == 6,
          "code point and byte offsets");
    dener_doc_free(d);
    dener_model_free(m);
    tu_rmdir(dir);
    return check_done("match");
}
