/* corpus.c - German news-like text from templates (see corpus.h).
 *
 * Templates contain slots in braces that are filled from the word lists below, e.g.
 * "{FIRST} {LAST}" a person, "{CITY}" a city, "{ORG}" an organisation, "{DATE}" one of several
 * German date forms. The lists mix names dener's lexicons know with invented ones, so that the
 * gazetteer, the rules and the fallbacks all get work. */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

static uint64_t next(corpus_rng *r) { /* splitmix64 */
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static unsigned pick(corpus_rng *r, size_t n) { return (unsigned)(next(r) % n); }

static const char *const FIRST[] = {
    "Anna", "Thomas", "Julia", "Michael", "Katharina", "Stefan", "Sabine", "Andreas", "Claudia", "Markus",
    "Petra", "Jürgen", "Monika", "Wolfgang", "Ursula", "Frank", "Birgit", "Klaus", "Susanne", "Matthias",
    "Lena", "Jonas", "Sophie", "Lukas", "Marie", "Felix", "Hannah", "Tobias", "Lea", "Florian",
    "Gerhard", "Helga", "Dieter", "Renate", "Bernd", "Ingrid", "Uwe", "Karin", "Ralf", "Elke",
    "Olaf", "Annalena", "Friedrich", "Christian", "Robert", "Nancy", "Hubertus", "Svenja", "Boris", "Karl",
    "Emmanuel", "Giorgia", "Pedro", "Joe", "Wladimir", "Wolodymyr", "Ursula", "Recep", "Xi", "Narendra",
};
static const char *const LAST[] = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
    "Scholz", "Baerbock", "Merz", "Lindner", "Habeck", "Faeser", "Heil", "Pistorius", "Söder", "Wüst",
    "Macron", "Meloni", "Sánchez", "Biden", "Putin", "Selenskyj", "von der Leyen", "Erdoğan", "Jinping", "Modi",
    "Öztürk", "Kowalski", "Nowak", "Rossi", "Dubois", "Jansen", "Nielsen", "Popescu", "Horváth", "Yılmaz",
};
static const char *const ROLE[] = {
    "Bundeskanzler", "Außenministerin", "Finanzminister", "Ministerpräsident", "Bürgermeisterin",
    "Oberbürgermeister", "Parteichef", "Fraktionsvorsitzende", "Vorstandschef", "Sprecherin",
    "Trainer", "Kapitän", "Präsidentin", "Staatssekretär", "Landrat", "Abgeordnete", "Gewerkschaftschef",
    "Professorin", "Polizeisprecher", "Richterin", "Botschafter", "Generalsekretär",
};
static const char *const CITY[] = {
    "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig",
    "Dortmund", "Essen", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum", "Wuppertal",
    "Bielefeld", "Bonn", "Münster", "Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Freiburg", "Mainz",
    "Kiel", "Rostock", "Erfurt", "Potsdam", "Magdeburg", "Saarbrücken", "Wien", "Graz", "Linz", "Zürich",
    "Basel", "Bern", "Genf", "Paris", "London", "Brüssel", "Warschau", "Prag", "Rom", "Madrid", "Kiew",
    "Moskau", "Washington", "Peking", "Tokio", "Istanbul", "Jerusalem", "Straßburg", "Luxemburg",
    "Bad Homburg", "Neustadt an der Weinstraße", "Oberammergau", "Lüdenscheid", "Görlitz",
};
static const char *const COUNTRY[] = {
    "Deutschland", "Österreich", "der Schweiz", "Frankreich", "Italien", "Spanien", "Polen", "der Ukraine",
    "Russland", "den USA", "China", "Japan", "Großbritannien", "den Niederlanden", "Belgien", "Dänemark",
    "Schweden", "Norwegen", "der Türkei", "Griechenland", "Ungarn", "Tschechien", "Israel", "Indien",
    "Brasilien", "Kanada", "Ägypten", "Südafrika",
};
static const char *const REGION[] = {
    "Bayern", "Nordrhein-Westfalen", "Baden-Württemberg", "Niedersachsen", "Hessen", "Sachsen", "Thüringen",
    "Brandenburg", "Schleswig-Holstein", "Rheinland-Pfalz", "Mecklenburg-Vorpommern", "Sachsen-Anhalt",
    "dem Saarland", "Tirol", "der Steiermark", "dem Ruhrgebiet", "dem Allgäu", "der Lausitz",
};
static const char *const WATER[] = {"Rhein", "Elbe", "Donau", "Main", "Bodensee", "Ostsee", "Nordsee", "Mosel", "Spree", "Oder"};
static const char *const ORG[] = {
    "Siemens", "Volkswagen", "der Deutschen Bahn", "der Lufthansa", "BASF", "Bayer", "der Deutschen Bank",
    "der Commerzbank", "Daimler Truck", "BMW", "Adidas", "SAP", "der Telekom", "Bosch", "Thyssenkrupp",
    "der Europäischen Zentralbank", "der Bundesagentur für Arbeit", "dem Bundesverfassungsgericht",
    "der Vereinten Nationen", "der NATO", "der EU-Kommission", "dem Internationalen Währungsfonds",
    "der Stiftung Warentest", "dem Deutschen Gewerkschaftsbund", "Verdi", "der IG Metall", "dem ADAC",
    "dem Robert Koch-Institut", "der Universität Heidelberg", "der Technischen Universität München",
    "Borussia Dortmund", "dem FC Bayern München", "Werder Bremen", "dem Hamburger SV", "dem DFB",
    "der Müller Logistik GmbH", "der Schneider & Partner AG", "der Stadtwerke Lüdenscheid",
    "dem Verein Tafel Deutschland", "Greenpeace", "Amnesty International", "dem Roten Kreuz",
};
static const char *const PARTY[] = {"SPD", "CDU", "CSU", "Grünen", "FDP", "Linken", "AfD", "Freien Wähler", "BSW"};
static const char *const MEDIA[] = {"der „Süddeutschen Zeitung“", "dem „Spiegel“", "der dpa", "der ARD", "dem ZDF",
                                    "der „Frankfurter Allgemeinen Zeitung“", "dem „Handelsblatt“", "Reuters"};
static const char *const MONTH[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                    "September", "Oktober", "November", "Dezember"};
static const char *const WEEKDAY[] = {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
static const char *const TOPIC[] = {
    "die Energiewende", "den Haushalt", "die Rentenreform", "den Klimaschutz", "die Migrationspolitik",
    "den Ausbau der Windkraft", "die Digitalisierung der Schulen", "das Heizungsgesetz", "die Inflation",
    "die Lage im Nahen Osten", "den Krieg in der Ukraine", "die Bahnstreiks", "die Wohnungsnot",
    "den Fachkräftemangel", "die Krankenhausreform", "das Bürgergeld", "die Schuldenbremse",
    "den Ausbau der Autobahn A 7", "die Zukunft des Verbrennungsmotors", "die Sicherheit im Netz",
};
static const char *const NOUN[] = {
    "Pläne", "Vorschläge", "Forderungen", "Ergebnisse", "Zahlen", "Kosten", "Verhandlungen", "Gespräche",
    "Proteste", "Investitionen", "Maßnahmen", "Entscheidungen", "Berichte", "Prognosen", "Einnahmen",
};
static const char *const ADJ[] = {
    "deutlich", "überraschend", "kaum", "erneut", "weiterhin", "zunächst", "offenbar", "bereits", "nun",
    "noch", "schließlich", "ausdrücklich", "vorerst", "kurzfristig",
};
static const char *const VERB_SAY[] = {"sagte", "erklärte", "betonte", "kritisierte", "meinte", "warnte",
                                       "ergänzte", "sagte", "bestätigte", "forderte"};

static const char *const TEMPLATES[] = {
    "{ROLE} {PER} hat am {WEEKDAY} in {CITY} {TOPIC} verteidigt.",
    "„Wir werden {ADJ} handeln müssen“, {SAY} {PER} ({PARTY}) {DATE} in {CITY}.",
    "Nach Angaben {ORG} stiegen die {NOUN} im {MONTH} um {PCT} Prozent.",
    "Die Gespräche zwischen {PER} und {PER} sollen {DATE} in {CITY} fortgesetzt werden.",
    "{PER}, {ROLE} {ORG}, {SAY}, die Lage in {COUNTRY} sei {ADJ} angespannt.",
    "In {REGION} gingen am {WEEKDAY} rund {NUM} Menschen gegen {TOPIC} auf die Straße.",
    "Der Pegel der {WATER} bei {CITY} lag am Morgen bei {SMALL},{SMALL} Metern.",
    "Wie {MEDIA} berichtet, plant {ORGN} {ADJ} die Schließung von {SMALL} Standorten in {REGION}.",
    "Die {PARTY}-Fraktion im Bundestag lehnt die {NOUN} von {PER} ab.",
    "Seit dem {DAY}. {MONTH} {YEAR} leitet {PER} die Geschäfte {ORG}.",
    "{DATEC} trifft sich {PER} mit Vertretern {ORG} in {CITY}.",
    "Das Urteil des Landgerichts {CITY} vom {DATEN} ist noch nicht rechtskräftig.",
    "Zwischen {YEAR} und {YEAR2} hat sich die Zahl der Beschäftigten in {COUNTRY} fast verdoppelt.",
    "{PER} war zuvor {SMALL} Jahre lang bei {ORG} in {CITY} tätig.",
    "Die Polizei in {CITY} ermittelt nach einem Unfall auf der A {SMALL} gegen einen {SMALL}-jährigen Fahrer.",
    "Der Gipfel in {CITY} endete am {WEEKDAY}abend ohne Einigung über {TOPIC}.",
    "{SAY} {PER} nach der Sitzung in {CITY}: „Das ist ein guter Tag für {COUNTRY}.“",
    "Bereits im {SEASON} {YEAR} hatte {ORG} vor steigenden {NOUN} gewarnt.",
    "Die Ausstellung im Museum in {CITY} ist noch bis zum {DAY}. {MONTH} zu sehen.",
    "Mit {SMALL}:{SMALL} gewann {CLUB} am {WEEKDAY} gegen {CLUB2}.",
    "Ein Sprecher {ORG} wollte sich zu den {NOUN} zunächst nicht äußern.",
    "Laut einer Umfrage im Auftrag {MEDIA2} liegt die {PARTY} bundesweit bei {SMALL} Prozent.",
    "Dr. {LASTNAME} von {ORG} hält die {NOUN} für {ADJ} übertrieben.",
    "Auch {PER} und {PER} nahmen an dem Treffen in {CITY} teil, u. a. ging es um {TOPIC}.",
    "Die Bauarbeiten an der Brücke über die {WATER} sollen Ende {MONTH} {YEAR} abgeschlossen sein.",
    "Im vergangenen Jahr verzeichnete {ORG} einen Umsatz von {NUM} Millionen Euro.",
    "{PER} reist {DATE} nach {COUNTRY}, wo {PRON} Gespräche mit der Regierung führen will.",
    "Die Feuerwehr in {CITY} war mit {NUM2} Einsatzkräften vor Ort.",
    "Ab {DATEN} gelten in {REGION} neue Regeln für {TOPIC}.",
    "Nach dem Rücktritt von {PER} übernimmt {PER} kommissarisch das Amt.",
    "Der Streik bei {ORG} soll am {WEEKDAY}, dem {DAY}. {MONTH}, um 6 Uhr beginnen.",
    "Es regnete den ganzen Tag, und am Abend war die Straße nach {CITY} gesperrt.",
    "Viele Bürgerinnen und Bürger zeigen sich {ADJ} unzufrieden mit der Arbeit der Regierung.",
    "Ob die {NOUN} ausreichen, ist nach Ansicht von Fachleuten {ADJ} offen.",
    "Die Preise für Strom und Gas sind im Vergleich zum Vorjahr um {PCT} Prozent gesunken.",
    "Der Vertrag von {PER} bei {CLUB} läuft noch bis {YEAR2}.",
    "{ORGNOM} hat in {CITY} ein neues Werk mit {NUM2} Arbeitsplätzen eröffnet.",
    "Die {PARTY} in {REGION} hat {PER} zur Spitzenkandidatin gewählt.",
    "Vom {DAY}. bis {DAY2}. {MONTH} findet in {CITY} die Messe statt.",
    "Das Bundesamt für Statistik in Wiesbaden meldete für das {QUARTER} Quartal {YEAR} ein Wachstum von {SMALL},{SMALL} Prozent.",
};

static const char *const CLUB[] = {"Borussia Dortmund", "Bayern München", "Werder Bremen", "VfB Stuttgart",
                                   "Eintracht Frankfurt", "Union Berlin", "SC Freiburg", "RB Leipzig",
                                   "Bayer Leverkusen", "1. FC Köln", "Hertha BSC", "FC St. Pauli"};
static const char *const ORGN[] = {"Siemens", "BMW", "die Lufthansa", "die Deutsche Bank", "die Telekom", "Bosch",
                                   "der Autobauer Audi", "die Commerzbank", "der Versandhändler Otto", "Thyssenkrupp"};
static const char *const ORGNOM[] = {"Siemens", "Volkswagen", "BASF", "Bosch", "Tesla", "Intel", "Infineon",
                                     "Die Deutsche Bahn", "Der Chemiekonzern Evonik", "Die Firma Weber Solar",
                                     "Das Start-up Quantix", "Zalando", "Die Otto Group"};
static const char *const SEASON[] = {"Frühjahr", "Sommer", "Herbst", "Winter"};
static const char *const QUARTER[] = {"erste", "zweite", "dritte", "vierte"};
static const char *const MEDIA2[] = {"der ARD", "des ZDF", "des „Spiegel“", "der „Bild“", "von RTL"};
static const char *const RELDATE[] = {"am kommenden Montag", "in der nächsten Woche", "Anfang {MONTH}",
                                      "Mitte {MONTH} {YEAR}", "im {MONTH}", "am {DAY}. {MONTH}",
                                      "am {DAY}. {MONTH} {YEAR}", "am {DAYN}.{MON}.{YEAR}", "Ende {YEAR}",
                                      "heute", "morgen", "übermorgen", "am Wochenende", "{WEEKDAY}"};

typedef struct out {
    char **buf;
    size_t *len, *cap;
    int oom;
} out;

static void put(out *o, const char *s, size_t n) {
    if (o->oom) return;
    if (*o->len + n + 1 > *o->cap) {
        size_t nc = *o->cap ? *o->cap : 4096;
        while (nc < *o->len + n + 1) nc *= 2;
        char *p = realloc(*o->buf, nc);
        if (!p) { o->oom = 1; return; }
        *o->buf = p;
        *o->cap = nc;
    }
    memcpy(*o->buf + *o->len, s, n);
    *o->len += n;
    (*o->buf)[*o->len] = 0;
}
static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }
static void putn(out *o, unsigned v) {
    char t[24];
    int k = snprintf(t, sizeof t, "%u", v);
    put(o, t, (size_t)k);
}

static void expand(corpus_rng *r, out *o, const char *t, int depth);

static void person(corpus_rng *r, out *o) {
    unsigned k = pick(r, 10);
    if (k < 7) {
        puts_(o, FIRST[pick(r, N(FIRST))]);
        put(o, " ", 1);
        puts_(o, LAST[pick(r, N(LAST))]);
    } else if (k < 9) {
        puts_(o, LAST[pick(r, N(LAST))]);
    } else {
        puts_(o, FIRST[pick(r, N(FIRST))]);
        put(o, " ", 1);
        puts_(o, FIRST[pick(r, N(FIRST))]);
        put(o, "-", 1);
        puts_(o, LAST[pick(r, N(LAST))]);
    }
}

static void slot(corpus_rng *r, out *o, const char *name, size_t n, int depth) {
#define IS(s) (n == sizeof(s) - 1 && memcmp(name, s, n) == 0)
    if (IS("PER")) person(r, o);
    else if (IS("LASTNAME")) puts_(o, LAST[pick(r, N(LAST))]);
    else if (IS("ROLE")) puts_(o, ROLE[pick(r, N(ROLE))]);
    else if (IS("CITY")) puts_(o, CITY[pick(r, N(CITY))]);
    else if (IS("COUNTRY")) puts_(o, COUNTRY[pick(r, N(COUNTRY))]);
    else if (IS("REGION")) puts_(o, REGION[pick(r, N(REGION))]);
    else if (IS("WATER")) puts_(o, WATER[pick(r, N(WATER))]);
    else if (IS("ORG")) puts_(o, ORG[pick(r, N(ORG))]);
    else if (IS("ORGNOM")) puts_(o, ORGNOM[pick(r, N(ORGNOM))]);
    else if (IS("ORGN")) puts_(o, ORGN[pick(r, N(ORGN))]);
    else if (IS("PARTY")) puts_(o, PARTY[pick(r, N(PARTY))]);
    else if (IS("MEDIA")) puts_(o, MEDIA[pick(r, N(MEDIA))]);
    else if (IS("MEDIA2")) puts_(o, MEDIA2[pick(r, N(MEDIA2))]);
    else if (IS("CLUB") || IS("CLUB2")) puts_(o, CLUB[pick(r, N(CLUB))]);
    else if (IS("MONTH")) puts_(o, MONTH[pick(r, N(MONTH))]);
    else if (IS("WEEKDAY")) puts_(o, WEEKDAY[pick(r, N(WEEKDAY))]);
    else if (IS("SEASON")) puts_(o, SEASON[pick(r, N(SEASON))]);
    else if (IS("QUARTER")) puts_(o, QUARTER[pick(r, N(QUARTER))]);
    else if (IS("TOPIC")) puts_(o, TOPIC[pick(r, N(TOPIC))]);
    else if (IS("NOUN")) puts_(o, NOUN[pick(r, N(NOUN))]);
    else if (IS("ADJ")) puts_(o, ADJ[pick(r, N(ADJ))]);
    else if (IS("SAY")) puts_(o, VERB_SAY[pick(r, N(VERB_SAY))]);
    else if (IS("PRON")) puts_(o, pick(r, 2) ? "sie" : "er");
    else if (IS("DAY") || IS("DAYN")) putn(o, 1 + pick(r, 28));
    else if (IS("DAY2")) putn(o, 29 + pick(r, 2));
    else if (IS("MON")) putn(o, 1 + pick(r, 12));
    else if (IS("YEAR")) putn(o, 2015 + pick(r, 10));
    else if (IS("YEAR2")) putn(o, 2026 + pick(r, 5));
    else if (IS("NUM")) putn(o, 100 + pick(r, 9900));
    else if (IS("NUM2")) putn(o, 10 + pick(r, 490));
    else if (IS("SMALL")) putn(o, 1 + pick(r, 40));
    else if (IS("PCT")) {
        putn(o, pick(r, 20));
        put(o, ",", 1);
        putn(o, pick(r, 10));
    } else if (IS("DATE")) expand(r, o, RELDATE[pick(r, N(RELDATE))], depth + 1);
    else if (IS("DATEC")) { /* sentence-initial */
        size_t at = *o->len;
        expand(r, o, RELDATE[pick(r, N(RELDATE))], depth + 1);
        if (!o->oom && *o->len > at && (*o->buf)[at] >= 'a' && (*o->buf)[at] <= 'z') (*o->buf)[at] = (char)((*o->buf)[at] - 32);
    }
    else if (IS("DATEN")) {
        putn(o, 1 + pick(r, 28));
        put(o, ". ", 2);
        puts_(o, MONTH[pick(r, N(MONTH))]);
        put(o, " ", 1);
        putn(o, 2015 + pick(r, 10));
    } else put(o, name, n);
#undef IS
}

static void expand(corpus_rng *r, out *o, const char *t, int depth) {
    while (*t && !o->oom) {
        const char *b = strchr(t, '{');
        if (!b || depth > 4) {
            puts_(o, t);
            return;
        }
        put(o, t, (size_t)(b - t));
        const char *e = strchr(b, '}');
        if (!e) {
            puts_(o, b);
            return;
        }
        slot(r, o, b + 1, (size_t)(e - b - 1), depth);
        t = e + 1;
    }
}

int corpus_paragraph(corpus_rng *r, int sentences, char **buf, size_t *len, size_t *cap) {
    out o = {buf, len, cap, 0};
    for (int s = 0; s < sentences; s++) {
        if (s) put(&o, " ", 1);
        expand(r, &o, TEMPLATES[pick(r, N(TEMPLATES))], 0);
    }
    return o.oom ? -1 : 0;
}

int corpus_article(corpus_rng *r, char **buf, size_t *len, size_t *cap) {
    out o = {buf, len, cap, 0};
    /* headline and dateline */
    static const char *const HEAD[] = {"{PER} besucht {CITY}", "Streit um {TOPIC}", "{ORGNOM} baut Stellen ab",
                                       "Neue Regeln in {REGION}", "{CLUB} siegt in {CITY}", "Hochwasser an der {WATER}"};
    expand(r, &o, HEAD[pick(r, N(HEAD))], 0);
    put(&o, "\n\n", 2);
    expand(r, &o, "{CITY} (dpa) - ", 0);
    int paras = 3 + (int)pick(r, 6);
    for (int p = 0; p < paras && !o.oom; p++) {
        if (p) put(&o, "\n\n", 2);
        if (corpus_paragraph(r, 2 + (int)pick(r, 5), buf, len, cap)) o.oom = 1;
    }
    put(&o, "\n", 1);
    return o.oom ? -1 : 0;
}

char *corpus_text(uint64_t seed, size_t min_bytes, size_t *len) {
    corpus_rng r = {seed};
    char *buf = NULL;
    size_t n = 0, cap = 0;
    while (n < min_bytes) {
        if (n) {
            out o = {&buf, &n, &cap, 0};
            put(&o, "\n", 1);
            if (o.oom) { free(buf); return NULL; }
        }
        if (corpus_article(&r, &buf, &n, &cap)) {
            free(buf);
            return NULL;
        }
    }
    *len = n;
    return buf;
}

void corpus_doc_date(corpus_rng *r, char out[11]) {
    snprintf(out, 11, "%04u-%02u-%02u", 2015 + pick(r, 10), 1 + pick(r, 12), 1 + pick(r, 28));
}
