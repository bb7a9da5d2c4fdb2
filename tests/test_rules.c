/* test_rules.c - stage 3: every kind of rule element on a small lexicon, negative rules, and the
 * error messages (code, file, line and column) for malformed rule and lexicon lines. */
#include "testutil.h"

static const char *LEX =
    "Olaf\tfirstname\n"
    "Marius\tfirstname\n"
    "Präsident\trole\n"
    "Chef\trole\n"
    "GmbH\torgsuffix\n"
    "AG\torgsuffix\n"
    "Universität\torghead\n"
    "Haus\tcommonnoun\n"
    "Programm\tcommonnoun\n"
    "Essen\tcommonnoun\n"
    "Wein\tcommonnoun\n"
    "Berg\tcommonnoun\n"
    "der\tstopword\n"
    "die\tstopword\n"
    "Hamburg\tLOC.city\n"
    "Essen\tLOC.city\n";

static const char *RULES =
    "# test rules\n"
    "PER 45 given    : @firstname&Cap Cap&!@commonnoun&!@stopword\n"
    "PER 40 role     : @role < Cap&!@stopword&!@commonnoun&!Known Cap&!@stopword{0,2} >\n"
    "ORG 60 suffix   : < Cap+ @orgsuffix >\n"
    "ORG 50 head     : < @orghead $LOC >\n"
    "LOC 45 prep     : \"in|aus\" < $LOC >\n"
    "ORG 30 regex    : < /[A-Z]{2,4}-Gruppe/ >\n"
    "NOT 100 ship    : \"fregatte|schiff\" < $LOC >\n"
    "PER 20 byline   : \"von\" Punct < Cap Upper? >\n"
    "LOC 10 alt      : \"bei\" < /Ober\\p{L}+/|/Unter\\p{L}+/&Cap >\n"
    "ORG 25 acr      : !Upper&!Num < /[A-Z]{3,4}/&!Known > !Upper\n"
    "LOC 38 district : < ^LOC&Compound >\n"
    "PER 21 mister   : \"herr\" < Cap&!@commonnoun~&!@commonnoun >\n"
    "LOC 22 mount    : \"den\" < /\\p{Lu}\\p{Ll}+berg/&!ModNoun >\n"
    "PER 20 saw      : \"sah\" < Cap&!Known&!@commonnoun >\n";

/* a weak list: its names count only in a rule's context, and are not "Known" to rules */
static const char *WEAK = "#@context always\nDickton\tLOC.city\n";

static const struct { const char *text; const char *expect; } CASES[] = {
    {"Gestern kam Olaf Scholz nach Hamburg.", "PER:Olaf Scholz|LOC:Hamburg"},
    {"Olaf Haus", ""},
    {"Präsident Yun Jong Ho sagte", "PER:Yun Jong Ho"},
    {"der Präsident der Republik", ""},
    {"die Gogolla Consulting GmbH", "ORG:Gogolla Consulting GmbH"},
    {"an der Universität Hamburg", "ORG:Universität Hamburg"},
    {"in Essen", "LOC:Essen"},
    {"das Essen", ""},
    {"die Fregatte Hamburg", ""},
    {"die ABC-Gruppe", "ORG:ABC-Gruppe"},
    {"Von: Meier", "PER:Meier"},
    {"Von: Meier ABC", "PER:Meier ABC"},
    {"bei Oberhausen und bei Unterföhring", "LOC:Oberhausen|LOC:Unterföhring"},
    {"SPD-Chef Klingbeil", "PER:Klingbeil"},
    {"QRS kam", "ORG:QRS"},
    {"dann kam QRS", "ORG:QRS"},
    {"AB QRS TUV", ""},
    {"12 QRS", ""},
    {"in Hamburg-Altona", "LOC:Hamburg-Altona"},
    {"der Hamburg-Besuch und der Haus-Hamburg", "LOC:Hamburg-Besuch"},
    {"Herr Gogolla", "PER:Gogolla"},
    {"Herr Förderprogramm", ""},
    {"auf den Horbelberg und den Weinberg", "LOC:Horbelberg"}, /* ModNoun: Wein|berg splits into known words */
    {"sah Dickton", "PER:Dickton"},  /* a weak list's name is not Known */
    {"sah Hamburg", "LOC:Hamburg"},  /* a lexicon name is */
};

static const struct { const char *rules; int line; const char *msg; } BAD_RULES[] = {
    {"XYZ 10 r : Cap\n", 1, "bad.rules:1: column 1: expected a type"},
    {"# c\nPER x r : Cap\n", 2, "bad.rules:2: column 5: expected a priority"},
    {"PER 10 r Cap\n", 1, "expected \":\" after the rule name"},
    {"PER 10 ok : Cap\n\nPER 10 r : @nosuchclass\n", 3, "bad.rules:3: column 13: unknown word class"},
    {"PER 10 r : /([a-z/\n", 1, "regular expression does not compile"},
    {"PER 10 r : < Cap\n", 1, "\"<\" without \">\""},
    {"PER 10 r : Cap{3,1}\n", 1, "repetition out of range"},
    {"PER 10 r : \"open\n", 1, "unterminated literal"},
    {"PER 10 r : Frob\n", 1, "bad.rules:1: column 12: unknown test \"Frob\""},
    {"PER 10 r :\n", 1, "empty pattern"},
};

static const struct { const char *lex; int line; const char *msg; } BAD_LEX[] = {
    {"Berlin\tLOC\nHamburg\n", 2, "bad.lex:2: expected \"name<TAB>type[<TAB>canonical]\", found no TAB"},
    {"Berlin\t\n", 1, "bad.lex:1: missing type"},
    {"Berlin\tFOO\n", 1, "bad.lex:1: unknown type \"FOO\""},
    {"# x\n\nBer\xfflin\tLOC\n", 3, "bad.lex:3: invalid UTF-8 at byte 4"},
};

static dener_model *load(const char *dir, dener_error *err) {
    const char *dirs[] = {dir};
    return dener_model_load(dirs, 1, NULL, 0, err);
}

int main(void) {
    char dbuf[256];
    char *dir = tu_tmpdir(dbuf, sizeof dbuf);
    if (!dir) { CHECK(0, "temp dir"); return check_done("rules"); }
    tu_write(dir, "test.lex", LEX);
    tu_write(dir, "test.rules", RULES);
    tu_write(dir, "weak.lex", WEAK);
    dener_error err = {0};
    dener_model *m = load(dir, &err);
    CHECK(m != NULL, "model loads: %s", err.msg);
    if (m) {
        dener_model_stats st;
        dener_model_get_stats(m, &st);
        CHECK(st.rules == 14, "14 rules, got %zu", st.rules);
        dener_doc *d = dener_doc_new(m);
        char got[1024];
        for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
            int rc = dener_extract(d, CASES[c].text, strlen(CASES[c].text), NULL, &err);
            CHECK(rc == 0, "extract: %s", err.msg);
            tu_list(d, got, sizeof got);
            CHECK(strcmp(got, CASES[c].expect) == 0, "\"%s\": got \"%s\", expected \"%s\"", CASES[c].text, got,
                  CASES[c].expect);
        }
        /* source names the rule */
        const char *t = "Olaf Scholz";
        dener_extract(d, t, strlen(t), NULL, &err);
        CHECK(dener_doc_count(d) == 1 && strcmp(dener_doc_entity(d, 0)->source, "rule:given") == 0, "source rule:given");
        dener_doc_free(d);
        dener_model_free(m);
    }
    for (size_t c = 0; c < sizeof BAD_RULES / sizeof BAD_RULES[0]; c++) {
        char b2[256];
        char *bad = tu_tmpdir(b2, sizeof b2);
        tu_write(bad, "test.lex", LEX);
        tu_write(bad, "bad.rules", BAD_RULES[c].rules);
        memset(&err, 0, sizeof err);
        dener_model *bm = load(bad, &err);
        CHECK(bm == NULL, "bad rule %zu is rejected", c);
        dener_model_free(bm);
        CHECK(err.code == DENER_ERR_RULE, "bad rule %zu: code %d", c, err.code);
        CHECK((int)err.line == BAD_RULES[c].line, "bad rule %zu: line %zu, expected %d", c, err.line, BAD_RULES[c].line);
        CHECK(strstr(err.msg, BAD_RULES[c].msg) != NULL, "bad rule %zu: message \"%s\" lacks \"%s\"", c, err.msg,
              BAD_RULES[c].msg);
        tu_rmdir(bad);
    }
    for (size_t c = 0; c < sizeof BAD_LEX / sizeof BAD_LEX[0]; c++) {
        char b2[256];
        char *bad = tu_tmpdir(b2, sizeof b2);
        tu_write(bad, "bad.lex", BAD_LEX[c].lex);
        memset(&err, 0, sizeof err);
        dener_model *bm = load(bad, &err);
        CHECK(bm == NULL, "bad lexicon %zu is rejected", c);
        dener_model_free(bm);
        CHECK(err.code == DENER_ERR_LEXICON, "bad lexicon %zu: code %d", c, err.code);
        CHECK((int)err.line == BAD_LEX[c].line, "bad lexicon %zu: line %zu", c, err.line);
        CHECK(strstr(err.msg, BAD_LEX[c].msg) != NULL, "bad lexicon %zu: message \"%s\" lacks \"%s\"", c, err.msg,
              BAD_LEX[c].msg);
        tu_rmdir(bad);
    }
    /* a missing folder */
    const char *none = "/nonexistent/dener-lexicons";
    memset(&err, 0, sizeof err);
    dener_model *nm = dener_model_load(&none, 1, NULL, 0, &err);
    CHECK(nm == NULL && err.code == DENER_ERR_IO && strstr(err.msg, none), "missing folder: %d %s", err.code, err.msg);
    tu_rmdir(dir);
    return check_done("rules");
}
