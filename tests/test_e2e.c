/* test_e2e.c - end to end: the bundled sample article (tests/data/artikel.txt, written for this
 * project) through the full model; every expected entity must come out with its span, type and
 * (for dates) value, and nothing else may. */
#include "testutil.h"

static const struct { const char *type; size_t start, end; const char *text; const char *value; } EXPECT[] = {
    {"ORG", 0, 15, "Bundesregierung", NULL},
    {"LOC", 57, 63, "Berlin", NULL},
    {"PER", 80, 91, "Olaf Scholz", NULL},
    {"DATE", 99, 107, "Dienstag", "2023-11-14"},
    {"LOC", 111, 117, "Berlin", NULL},
    {"PER", 205, 219, "Volker Wissing", NULL},
    {"PER", 228, 234, "Scholz", NULL},
    {"ORG", 248, 258, "Kanzleramt", NULL},
    {"ORG", 268, 281, "Deutsche Bahn", NULL},
    {"DATE", 291, 295, "2030", "2030"},
    {"PER", 382, 396, "Friedrich Merz", NULL},
    {"PER", 433, 437, "Merz", NULL},
    {"LOC", 482, 489, "Bayerns", NULL},
    {"PER", 508, 520, "Markus Söder", NULL},
    {"ORG", 640, 662, "Europäische Kommission", NULL},
    {"LOC", 666, 673, "Brüssel", NULL},
    {"ORG", 716, 719, "dpa", NULL},
    {"ORG", 751, 769, "Vereinten Nationen", NULL},
    {"LOC", 773, 781, "New York", NULL},
    {"LOC", 833, 840, "Hamburg", NULL},
    {"LOC", 845, 852, "München", NULL},
    {"DATE", 863, 876, "Frühjahr 2025", "2025-SP"},
    {"PER", 898, 905, "Wissing", NULL},
    {"DATE", 922, 935, "15. März 2024", "2024-03-15"},
    {"LOC", 955, 972, "Frankfurt am Main", NULL},
};
#define NEXP (sizeof EXPECT / sizeof EXPECT[0])

int main(int argc, char **argv) {
    const char *lexdir = argc > 1 ? argv[1] : "lexicons";
    const char *path = argc > 2 ? argv[2] : "tests/data/artikel.txt";
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL, "open %s", path);
    if (!f) return check_done("e2e");
    static char text[1 << 16];
    size_t len = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    dener_error err = {0};
    dener_model *m = dener_model_load(&lexdir, 1, NULL, 0, &err);
    CHECK(m != NULL, "model loads: %s", err.msg);
    if (!m) return check_done("e2e");
    dener_doc *d = dener_doc_new(m);
    dener_options o = {0};
    o.date = "2023-11-16";
    int rc = dener_extract(d, text, len, &o, &err);
    CHECK(rc == 0, "extract: %s", err.msg);
    bool seen[NEXP] = {0};
    for (size_t i = 0; i < dener_doc_count(d); i++) {
        const dener_entity *e = dener_doc_entity(d, i);
        bool ok = false;
        for (size_t k = 0; k < NEXP; k++) {
            if (e->start == EXPECT[k].start && e->end == EXPECT[k].end && strcmp(dener_type_name(e->type), EXPECT[k].type) == 0) {
                seen[k] = ok = true;
                CHECK((size_t)(e->end_byte - e->start_byte) == strlen(EXPECT[k].text) &&
                          memcmp(e->text, EXPECT[k].text, strlen(EXPECT[k].text)) == 0,
                      "text of %s at %zu", EXPECT[k].type, e->start);
                if (EXPECT[k].value)
                    CHECK(e->value && strcmp(e->value, EXPECT[k].value) == 0, "value of \"%s\": %s, expected %s",
                          EXPECT[k].text, e->value ? e->value : "(none)", EXPECT[k].value);
            }
        }
        CHECK(ok, "unexpected %s \"%.*s\" at %zu-%zu (%s)", dener_type_name(e->type), (int)(e->end_byte - e->start_byte),
              e->text, e->start, e->end, e->source);
    }
    for (size_t k = 0; k < NEXP; k++)
        CHECK(seen[k], "missing %s \"%s\" at %zu-%zu", EXPECT[k].type, EXPECT[k].text, EXPECT[k].start, EXPECT[k].end);
    /* the JSON rendering of the same result parses back to the same count (spot check) */
    size_t jl = 0;
    const char *js = dener_doc_json(d, "\"artikel\"", 0, &jl);
    CHECK(js && strncmp(js, "{\"id\":\"artikel\",\"entities\":[", 28) == 0, "JSON prefix");
    size_t objs = 0;
    for (const char *p = js; p && (p = strstr(p, "\"type\":")); p++) objs++;
    CHECK(objs == dener_doc_count(d), "JSON has %zu entities, doc %zu", objs, dener_doc_count(d));
    dener_doc_free(d);
    dener_model_free(m);
    return check_done("e2e");
}
