/* test_rules.c - stage 3: every kind of rule element on a small lexicon, negative rules, and the
 * error messages (code, file, line and column) for malformed rule and lexicon lines. */
#include "testutil.h"
#include "../src/rules.h"

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

/* Patterns for the quick rejects of regular expression tests (rules.c, rx_analyse): of many kinds
 * of syntax, and some the analysis does not take (then it must not reject anything). */
static const char *RX_PATTERNS[] = {
    "\\p{Lu}\\p{Ll}+(berg|berge|dorf|see)s?",
    "\\p{Lu}[\\p{Lu}&]{2,5}|\\p{Lu}\\p{Ll}?\\p{Lu}{2,4}",
    "[AB]\\d{1,3}",
    "\\p{Lu}\\.",
    "POL-[A-Z]{1,5}",
    "(?:al|el|abu)-\\p{Lu}\\p{L}+",
    ".+-(Nord|Süd|Ost)",
    "\\p{Ll}+(ischen|ische|ländischen)",
    "\\p{Lu}\\p{Ll}+(ović|ević|ić|ski|ytė)s?",
    "[IVX]{1,5}\\.",
    "\\d+[a-z]?",
    "H?bf|Bhf",
    "\\p{Lu}\\p{Ll}*[^\\Wes]s",
    "(?=(?:\\p{Ll}*\\p{Lu}){3})\\p{Lu}[\\p{Lu}\\p{Ll}&]{2,7}\\p{Lu}",
    "@\\w+:?",
    "[-\\/]",
    "\\p{Lu}[\\p{L}-]*(straße|weg|allee)",
    "(a|bc)*d",
    "x{0}y|z{2}",
    "(?<![a-z])[a-z]{2,3}(?!x)",
    "é+|ü{2,}",
    "[à-ÿ]+n",
    "ab??c|d{1,2}?e|f*+g",
    "(?<name>ab)(?:cd)?",
    "a\\-b\\/c",
    "\\s?x",
    "(?i)abc",
    "[a\\]b]+",
    "[]a]",
    "(ab|cd)\\b",
    "\\x{41}b",
    "a{2,}b{,3}",
    "^ab$",
    "[[:alpha:]]+",
    "(?|(a)|(b))c",
    "ñ|ß",
    "(?>ab|a)c?",
    "[\\p{N}.]+€?",
    "\\p{Lu}{2}[\\d-]*",
    "(ein|eine|einer)?-?(\\d|ä)",
    "xa+",
    "ob(ab)+",
    "z(é|ö){1,3}",
    "\\d\\d?",
    "\\w{2}",
    "\\p{N}\\p{Lu}",
};

static const char *RX_ALPHA[] = {"ab", "cd", "aa", "en", "a", "A", "b", "B", "c", "d", "e", "E", "f", "g", "n", "r",
                                 "s", "x", "y", "z", "Z", "0", "1", "9", "-", ".", "/", "&", "_", ":", "@", "ä", "ö", "ü", "ß", "é", "ć", "ė",
                                 "ñ", "Ü", "É", "€", "I", "V", "P", "O", "L",
                                 "\u0663", "\uFF11", "\u00B2", "\u0130", "\u01C5"};

/* Code points of valid UTF-8. */
static size_t rx_cps(const char *s, size_t n) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Every string that a pattern matches passes its quick rejects: random strings of the alphabet
 * and of the pattern's own literal pieces. */
static void test_regex_rejects(const char *dir) {
    char rules[8192];
    size_t len = 0;
    size_t np = sizeof RX_PATTERNS / sizeof RX_PATTERNS[0];
    for (size_t k = 0; k < np; k++)
        len += (size_t)snprintf(rules + len, sizeof rules - len, "PER 1 rx%zu : /%s/\n", k, RX_PATTERNS[k]);
    len += (size_t)snprintf(rules + len, sizeof rules - len, "PER 1 rxi : /abc/i\n");
    CHECK(len < sizeof rules, "rules fit");
    tu_write(dir, "test.lex", LEX);
    tu_write(dir, "test.rules", rules);
    dener_error err = {0};
    dener_model *m = load(dir, &err);
    CHECK(m != NULL, "regex model loads: %s", err.msg);
    if (!m) return;
    pcre2_match_data *md = pcre2_match_data_create(4, NULL);
    unsigned seed = 12345;
    size_t matched = 0, rejected = 0, bad = 0;
    for (size_t ri = 0; ri < m->nrules; ri++) {
        const dn_rule *r = &m->rules[ri];
        for (size_t ti = 0; ti < r->ntests; ti++) {
            const dn_test *t = &r->tests[ti];
            if (t->op != DN_OP_REGEX) continue;
            /* the pattern's literal pieces */
            const char *src = m->pool + t->rxsrc;
            char pieces[32][32];
            size_t npc = 0;
            for (size_t i = 0; i < t->rxlen && npc < 32;) {
                size_t j = i;
                while (j < t->rxlen && !strchr("\\()[]{}|?*+^$.", src[j])) j++;
                if (j > i && j - i < 32) {
                    memcpy(pieces[npc], src + i, j - i);
                    pieces[npc++][j - i] = 0;
                }
                i = j + 1;
            }
            size_t pm = 0;
            for (int it = 0; it < 20000; it++) {
                char s[256];
                size_t n = 0;
                int parts = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 5;
                for (int q = 0; q < parts; q++) {
                    unsigned x = (seed = seed * 1103515245u + 12345u) >> 16;
                    const char *p = npc && x % 3 == 0 ? pieces[(x / 3) % npc]
                                                      : RX_ALPHA[(x / 3) % (sizeof RX_ALPHA / sizeof RX_ALPHA[0])];
                    size_t l = strlen(p);
                    if (n + l < sizeof s) memcpy(s + n, p, l), n += l;
                }
                bool ok = pcre2_match(t->re, (PCRE2_SPTR)s, n, 0, 0, md, NULL) >= 0;
                bool may = dn_rule_regex_may_match(m, t, s, n, rx_cps(s, n));
                if (ok) pm++;
                if (!may) rejected++;
                if (ok && !may && bad++ < 5) CHECK(0, "/%.*s/ matches \"%.*s\" but is rejected", (int)t->rxlen, src, (int)n, s);
            }
            matched += pm;
        }
    }
    CHECK(bad == 0, "no match rejected (%zu)", bad);
    CHECK(matched > 1000 && rejected > 100000, "the strings match (%zu) and are rejected (%zu)", matched, rejected);
    pcre2_match_data_free(md);
    dener_model_free(m);
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
    char rbuf[256];
    char *rdir = tu_tmpdir(rbuf, sizeof rbuf);
    if (rdir) {
        test_regex_rejects(rdir);
        tu_rmdir(rdir);
    }
    tu_rmdir(dir);
    return check_done("rules");
}
