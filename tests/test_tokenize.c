/* test_tokenize.c - table-driven tests of stage 1: token boundaries, offsets and features on
 * tricky German text. Each case lists the expected tokens separated by " | "; a token written as
 * "text@flags" also checks feature flags (C cap, U upper, S sentence start, K compound, A abbr,
 * O ordinal; s: no sentence start). */
#define _POSIX_C_SOURCE 200809L
#include "../src/tokenize.h"
#include "../src/lexicon.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *text; const char *tokens; } CASES[] = {
    {"Dr. Müller kam.", "Dr.@A | Müller@C | kam | ."},
    {"z. B. in Berlin", "z.@A | B.@A | in | Berlin"},
    {"am 16. November 2023", "am@S | 16.@O | November | 2023"},
    {"Nr. 5 und Nr. 6", "Nr.@A | 5 | und | Nr.@A | 6"},
    {"die U.S.A. und die EU", "die | U.S.A.@A | und | die | EU@U"},
    {"Kim Jong-un traf Putin.", "Kim | Jong-un@K | traf | Putin | ."},
    {"Der Ukraine-Krieg dauert an", "Der@S | Ukraine-Krieg@K | dauert | an"},
    {"SPD-Chef Lars Klingbeil", "SPD-Chef@K | Lars | Klingbeil"},
    {"Er kam. Sie ging!", "Er@S | kam | . | Sie@S | ging | !"},
    {"George W. Bush", "George | W.@A | Bush"},
    {"„Bei dem Treffen“, hieß es.", "„ | Bei@S | dem | Treffen | “ | , | hieß | es | ."},
    {"Max-Planck-Institut", "Max-Planck-Institut@K"},
    {"Das war 2016. Danach kam", "Das | war | 2016 | . | Danach@S | kam"},
    {"usw. und so fort", "usw.@A | und | so | fort"},
    {"NORDKOREA TESTET", "NORDKOREA@U | TESTET@U"},
    {"Zeile eins\nZeile zwei", "Zeile@S | eins | Zeile@S | zwei"},
    {"16.11.2023 in Bonn", "16.11.2023 | in | Bonn"},
    {"e.V. gegründet", "e.V.@A | gegründet"},
    {"Straße in Köln", "Straße@C | in | Köln"},
    {"(Berlin)", "( | Berlin@S | )"},
    /* a number before a capitalised function word ends its sentence (no ordinal); a ":" between
     * digits (a score, a time) ends none */
    {"Tempo 30. Das gilt", "Tempo | 30 | . | Das@S | gilt"},
    {"am 3. Oktober", "am | 3.@O | Oktober"},
    {"der 104. Deutsche Katholikentag", "der | 104.@O | Deutsche | Katholikentag"},
    /* the full stop of a regnal number after a name opens no sentence; a real one does */
    {"hat Papst Leo XIV. Pilger begrüßt", "hat | Papst | Leo | XIV | . | Pilger@s | begrüßt"},
    {"im Kapitel IV. Danach kam", "im | Kapitel | IV | . | Danach@S | kam"},
    {"mit 31:28 Kiel", "mit | 31 | : | 28@s | Kiel@Cs"},
    {"Ergebnis: Kiel", "Ergebnis | : | Kiel@S"},
    /* a full stop before a web address ends the sentence: no abbreviation */
    {"sagt Meier. https://t.co/x", "sagt | Meier | . | https | : | / | / | t.co | / | x"},
};

static int has_flag(const dn_token *t, char f) {
    switch (f) {
    case 'C': return (t->flags & DN_T_CAP) != 0;
    case 'U': return (t->flags & DN_T_UPPER) != 0;
    case 'S': return (t->flags & DN_T_SENT) != 0;
    case 's': return (t->flags & DN_T_SENT) == 0;
    case 'K': return (t->flags & DN_T_COMPOUND) != 0;
    case 'A': return (t->flags & DN_T_ABBR) != 0;
    case 'O': return (t->flags & DN_T_ORD) != 0;
    default: return 0;
    }
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "lexicons";
    dener_error err = {0};
    dener_model *m = dener_model_load(&dir, 1, NULL, 0, &err);
    CHECK(m != NULL, "model loads: %s", err.msg);
    if (!m) return check_done("tokenize");
    dn_tokens tk = {0};
    for (size_t c = 0; c < sizeof CASES / sizeof CASES[0]; c++) {
        const char *text = CASES[c].text;
        int rc = dn_tokenize(m, &tk, text, strlen(text), &err);
        CHECK(rc == 0, "tokenize \"%s\": %s", text, err.msg);
        char exp[512];
        snprintf(exp, sizeof exp, "%s", CASES[c].tokens);
        size_t i = 0;
        for (char *save, *tok = strtok_r(exp, "|", &save); tok; tok = strtok_r(NULL, "|", &save), i++) {
            while (*tok == ' ') tok++;
            size_t l = strlen(tok);
            while (l && tok[l - 1] == ' ') tok[--l] = 0;
            char *at = strrchr(tok, '@');
            const char *flags = "";
            if (at && at != tok) { *at = 0; flags = at + 1; }
            if (i >= tk.n) {
                CHECK(0, "\"%s\": missing token %zu \"%s\"", text, i, tok);
                break;
            }
            const dn_token *t = &tk.t[i];
            CHECK(strlen(tok) == t->b1 - t->b0 && memcmp(tok, text + t->b0, t->b1 - t->b0) == 0,
                  "\"%s\": token %zu is \"%.*s\", expected \"%s\"", text, i, (int)(t->b1 - t->b0), text + t->b0, tok);
            for (const char *f = flags; *f; f++)
                CHECK(has_flag(t, *f), "\"%s\": token \"%s\" lacks flag %c", text, tok, *f);
        }
        CHECK(i == tk.n, "\"%s\": %zu tokens, expected %zu", text, tk.n, i);
    }
    /* code point offsets around multi-byte characters and invalid bytes */
    {
        const char *t = "Über Köln \xff nach Zürich";
        dn_tokenize(m, &tk, t, strlen(t), &err);
        CHECK(tk.n == 5, "5 tokens with an invalid byte, got %zu", tk.n);
        if (tk.n == 5) {
            CHECK(tk.t[0].c0 == 0 && tk.t[0].c1 == 4, "Über at 0-4: %u-%u", tk.t[0].c0, tk.t[0].c1);
            CHECK(tk.t[1].c0 == 5 && tk.t[1].c1 == 9, "Köln at 5-9: %u-%u", tk.t[1].c0, tk.t[1].c1);
            CHECK(tk.t[1].b0 == 6 && tk.t[1].b1 == 11, "Köln bytes 6-11: %u-%u", tk.t[1].b0, tk.t[1].b1);
            CHECK(tk.t[3].c0 == 12 && tk.t[4].c0 == 17, "nach at 12, Zürich at 17: %u %u", tk.t[3].c0, tk.t[4].c0);
        }
        CHECK(tk.invalid == 1 && tk.first_invalid == 12, "one invalid byte at 12: %zu at %zu", tk.invalid, tk.first_invalid);
    }
    /* case folding: ß and capitals */
    {
        const char *t = "STRASSE Straße";
        dn_tokenize(m, &tk, t, strlen(t), &err);
        CHECK(tk.n == 2 && strcmp(dn_tok_key(&tk, &tk.t[0]), dn_tok_key(&tk, &tk.t[1])) == 0,
              "STRASSE and Straße fold alike: %s / %s", tk.n ? dn_tok_key(&tk, &tk.t[0]) : "", tk.n > 1 ? dn_tok_key(&tk, &tk.t[1]) : "");
    }
    /* compound parts keep their own offsets */
    {
        const char *t = "Der Ukraine-Krieg";
        dn_tokenize(m, &tk, t, strlen(t), &err);
        CHECK(tk.n == 2 && tk.t[1].nparts == 2, "compound has 2 parts");
        if (tk.n == 2 && tk.t[1].nparts == 2) {
            const dn_part *p = &tk.parts[tk.t[1].part0 + 1];
            CHECK(p->c0 == 12 && p->c1 == 17, "part Krieg at 12-17: %u-%u", p->c0, p->c1);
        }
    }
    dn_tokens_free(&m->alloc, &tk);
    dener_model_free(m);
    return check_done("tokenize");
}
