/* test_dates.c - the DATE stage through the public API: a table of German date expressions (and of
 * things that are not dates) with the expected entity text and value against a fixed reference
 * date, then one group of checks per normalisation rule (leap years, year boundaries, Easter-based
 * holidays, ISO weeks, two-digit years, the reference date taken from the text), and the error
 * messages of bad date rules.
 *
 * Usage: test_dates LEXICON_DIR   (the bundled lexicons/ folder)
 */
#include "testutil.h"

/* The reference date of the table: Thursday, 16 November 2023 (ISO week 46). */
#define REF "2023-11-16"

typedef struct tcase {
    const char *date; /* document date, NULL for none */
    const char *text;
    /* expected DATE entities in order, separated by " ; ": "text=value", "text=value/MOD",
     * "text=value..value_end"; "" for none */
    const char *expect;
} tcase;

static const tcase CASES[] = {
    /* ---- numeric */
    {REF, "Am 16.11.2023 war es kalt.", "16.11.2023=2023-11-16"},
    {REF, "Der Vertrag vom 16.11.23 gilt.", "16.11.23=2023-11-16"},
    {REF, "Geboren am 3.7.1985 in Ulm.", "3.7.1985=1985-07-03"},
    {REF, "Stichtag ist der 01.01.2024.", "01.01.2024=2024-01-01"},
    {REF, "Die Frist endet am 31.12.2023.", "31.12.2023=2023-12-31"},
    {REF, "Das Treffen am 15.2. fiel aus.", "15.2.=2023-02-15"},
    {REF, "Die Aktion läuft bis 30.11. weiter.", "30.11.=2023-11-30"},
    {REF, "Stand: 1.10.", "1.10.=2023-10-01"},
    {REF, "Veröffentlicht 2023-11-16 in Berlin.", "2023-11-16=2023-11-16"},
    {REF, "Zeitstempel 2016-05-14T23:06:43Z im Protokoll.", "2016-05-14T23:06:43Z=2016-05-14T23:06"},
    {REF, "Ausgabe 11/2023 des Magazins.", "11/2023=2023-11"},
    {REF, "Die Zahlen für 03/2024 liegen vor.", "03/2024=2024-03"},
    {REF, "Gültig ab: 15.05.2016 00:06", "15.05.2016=2016-05-15"},
    {REF, "Termin: 16.11.2023 18:30 Uhr im Rathaus.", "16.11.2023=2023-11-16"},
    /* a time after a day and month is no year; a day and month without a year at the start of a
     * line before a colon or a time (live blogs), not inside a line */
    {REF, "14.11., 10:20 Uhr: Der Verkehr rollt.\n13.11.: Unfall. Es endet 1.5. 12:30 Uhr.", "14.11.=2023-11-14 ; 13.11.=2023-11-13"},
    {REF, "Stand: 2016-01-07T23:00:00+01:00", "2016-01-07T23:00:00+01:00=2016-01-07T23:00"},
    {REF, "Termin: 16. 11. 2023, danach Pause.", "16. 11. 2023=2023-11-16"},
    {REF, "Der Bericht 2023-11 liegt vor.", "2023-11=2023-11"},
    {REF, "Zuletzt geändert am 10.11.15.", "10.11.15=2015-11-10"},
    {REF, "Die Akte von 12.03.99 ist alt.", "12.03.99=1999-03-12"},
    /* ---- day and month name */
    {REF, "Der Gipfel beginnt am 16. November.", "16. November=2023-11-16"},
    {REF, "Der Gipfel begann am 16. Nov. 2023 in Paris.", "16. Nov. 2023=2023-11-16"},
    {REF, "Er starb am 3. Oktober 1990.", "3. Oktober 1990=1990-10-03"},
    {REF, "Am 1. Januar tritt das Gesetz in Kraft.", "1. Januar=2024-01-01"}, /* the nearest January */
    /* "auf den" a day: a date set ahead, also after a perfect or a passive; a simple past turns it back */
    {"2025-03-12", "Das Gericht hat den Prozess auf den 3. Februar angesetzt, der Termin wurde auf den 4. Februar verlegt.",
     "3. Februar=2026-02-03 ; 4. Februar=2026-02-04"},
    {"2025-03-12", "Der Feiertag fiel auf den 3. Februar. In der Nacht vom 2. auf den 3. M\xc3\xa4rz wurde eingebrochen.",
     "3. Februar=2025-02-03 ; 2.=2025-03-02 ; 3. M\xc3\xa4rz=2025-03-03"},
    {REF, "Bis zum 24. Dezember muss alles fertig sein.", "24. Dezember=2023-12-24"},
    {REF, "Am 29. Februar 2024 ist Schalttag.", "29. Februar 2024=2024-02-29"},
    {REF, "Seit dem 7. Jan. 2020 gilt die Regel.", "7. Jan. 2020=2020-01-07"},
    {REF, "Der 22. März war sonnig.", "22. März=2023-03-22"},
    {REF, "Am 5.Mai 2019 wurde gewählt.", "5.Mai 2019=2019-05-05"},
    {REF, "Die Wahl fand am 19. und 20. Januar 2010 statt.", "19.=2010-01-19 ; 20. Januar 2010=2010-01-20"},
    {REF, "Termine: 28.11., 5.12. und 12.12.", "28.11.=2023-11-28 ; 5.12.=2023-12-05 ; 12.12.=2023-12-12"},
    {REF, "Die Schau l\xc3\xa4uft vom 12. Juni bis 19. September 2025.", "12. Juni=2025-06-12 ; 19. September 2025=2025-09-19"},
    {REF, "Geschlossen vom 20. Dezember bis 6. Januar 2025.", "20. Dezember=2024-12-20 ; 6. Januar 2025=2025-01-06"},
    {REF, "Gespielt wurde am 3., 4., 5. und 6. April 2010.", "3.=2010-04-03 ; 4.=2010-04-04 ; 5.=2010-04-05 ; 6. April 2010=2010-04-06"},
    {REF, "Er zahlte die 3., 4. und 5. Rate.", ""},
    {REF, "Es berichtete am Donnerstag, den 16. November.", "Donnerstag, den 16. November=2023-11-16"},
    {REF, "Erschienen am Sonntag, 15. Mai 2016 in Köln.", "Sonntag, 15. Mai 2016=2016-05-15"},
    {REF, "Am Montag, dem 2. Oktober, war Ruhe.", "Montag, dem 2. Oktober=2023-10-02"},
    {REF, "Am 31. Juni passierte nichts.", ""},
    {REF, "Am 30. Februar passierte nichts.", ""},
    {REF, "Der 1. FC Köln gewann.", ""},
    {REF, "Das war der 3. Versuch.", ""},
    {REF, "Die Feier am 12. August 2022 um 18 Uhr.", "12. August 2022=2022-08-12"},
    /* ---- month, season, year */
    {REF, "Im September 2023 traf er Putin.", "September 2023=2023-09"},
    {REF, "Russland, September 2023.", "September 2023=2023-09"},
    {REF, "Das war im Juli.", "Juli=2023-07"},
    {REF, "Seit Oktober steigen die Preise.", "Oktober=2023-10"},
    {REF, "Die Baustelle bleibt bis März bestehen.", "März=2024-03"},
    {REF, "Im Frühjahr 2010 begann der Bau.", "Frühjahr 2010=2010-SP"},
    {REF, "Der Sommer '69 war heiß.", "Sommer '69=1969-SU"},
    {REF, "Im Herbst 2015 wurde gewählt.", "Herbst 2015=2015-FA"},
    {REF, "Der Winter 2020 war mild.", "Winter 2020=2020-WI"},
    {REF, "Seit dem Frühjahr wird gebaut.", "Frühjahr=2023-SP"},
    {REF, "2023 war ein gutes Jahr.", "2023=2023"},
    {REF, "Er wurde 1985 geboren.", "1985=1985"},
    {REF, "Im Jahr 2016 wuchs der Umsatz.", "2016=2016"},
    {REF, "Im Geschäftsjahr 2015 sank der Gewinn.", "2015=2015"},
    {REF, "Seit 2015 Bürgermeister der Stadt.", "2015=2015"},
    {REF, "Der Konzern will bis 2045 Klimaneutralität erreichen.", "2045=2045"},
    {REF, "Es kamen bis 2000 Menschen.", ""},
    {REF, "Bis 1500 Verletzte wurden gezählt.", ""},
    {REF, "Die Regel gilt ab 2025.", "2025=2025"},
    {REF, "Die Zahlen (2019) sind alt.", "2019=2019"},
    {REF, "Im Jahr 1241 brannte die Stadt.", "1241=1241"},
    {REF, "Mai '68 veränderte alles.", "Mai '68=1968-05"},
    {REF, "Die Monate Mai und Juni 2023 waren nass.", "Mai=2023-05 ; Juni 2023=2023-06"},
    {REF, "Im vergangenen Dezember fiel Schnee.", "vergangenen Dezember=2022-12"},
    {REF, "Nächsten Sommer fahren wir weg.", "Nächsten Sommer=2024-SU"},
    /* the last autumn, in November, is the one of the year before; the last summer is this year's */
    {REF, "Im vergangenen Herbst und im vergangenen Sommer regnete es.", "vergangenen Herbst=2022-FA ; vergangenen Sommer=2023-SU"},
    /* ---- parts of periods */
    {REF, "Anfang Mai beginnt die Saison.", "Anfang Mai=2024-05/START"},
    {REF, "Ende November 2023 ist Schluss.", "Ende November 2023=2023-11/END"},
    {REF, "Mitte 2024 soll es fertig sein.", "Mitte 2024=2024/MID"},
    {REF, "Ende dieses Jahres wird gewählt.", "Ende dieses Jahres=2023/END"},
    {REF, "Anfang des Jahrzehnts war alles anders.", "Anfang des Jahrzehnts=202/START"},
    {REF, "Bis Ende des Jahrzehnts soll es klappen.", "Ende des Jahrzehnts=202/END"},
    {REF, "Anfang des Jahres gab es Streit.", "Anfang des Jahres=2023/START"},
    {REF, "Mitte der Woche regnet es.", "Mitte der Woche=2023-W46/MID"},
    {REF, "Ende nächsten Jahres ist Wahl.", "Ende nächsten Jahres=2024/END"},
    {REF, "Anfang Juli 2022 kam er zurück.", "Anfang Juli 2022=2022-07/START"},
    {REF, "Ende des Monats wird abgerechnet.", "Ende des Monats=2023-11/END"},
    {REF, "Zum Jahresende steigt der Absatz.", "Jahresende=2023/END"},
    {REF, "Mitte des 19. Jahrhunderts wuchs die Stadt.", "Mitte des 19. Jahrhunderts=18/MID"},
    {REF, "Ende der 80er Jahre fiel die Mauer.", "Ende der 80er Jahre=198/END"},
    {REF, "Anfang 2020 kam die Pandemie.", "Anfang 2020=2020/START"},
    {REF, "Am Ende des Tages zählt das Ergebnis.", ""},
    /* ---- deictic and relative */
    {REF, "Heute beginnt der Prozess.", "Heute=2023-11-16"},
    {REF, "Das Urteil fiel gestern.", "gestern=2023-11-15"},
    {REF, "Vorgestern wurde gestreikt.", "Vorgestern=2023-11-14"},
    {REF, "Er kommt übermorgen an.", "übermorgen=2023-11-18"},
    {REF, "Wir sehen uns morgen wieder.", "morgen=2023-11-17"},
    {REF, "Am Vortag hatten sie verhandelt.", "Vortag=2023-11-15"},
    {REF, "Am Folgetag reiste er ab.", "Folgetag=2023-11-17"},
    {REF, "Der Umsatz stieg im Vorjahr.", "Vorjahr=2022"},
    {REF, "Im Vormonat lag die Quote höher.", "Vormonat=2023-10"},
    {REF, "Vergangene Woche tagte der Rat.", "Vergangene Woche=2023-W45"},
    {REF, "Nächsten Monat kommt die Bilanz.", "Nächsten Monat=2023-12"},
    {REF, "Im vergangenen Jahr gab es mehr Unfälle.", "vergangenen Jahr=2022"},
    /* a month, day or season in a year counted from the reference (month_dir_year) */
    {REF, "Im Herbst vergangenen Jahres begann der Bau.", "Herbst vergangenen Jahres=2022-FA"},
    {REF, "Im Juni kommenden Jahres wird gewählt.", "Juni kommenden Jahres=2024-06"},
    {REF, "Am 3. März nächsten Jahres tagt der Rat.", "3. März nächsten Jahres=2024-03-03"},
    {REF, "Im Dezember dieses Jahres ist Schluss.", "Dezember dieses Jahres=2023-12"},
    {REF, "Im Januar letzten Jahres schneite es.", "Januar letzten Jahres=2022-01"},
    {REF, "Im vierten Quartal des vergangenen Jahres lag er höher.", "vierten Quartal des vergangenen Jahres=2022-Q4"},
    {REF, "Der Streik begann am Montag vergangener Woche.", "Montag vergangener Woche=2023-11-06"},
    {REF, "Die Frist läuft am Freitag, 24.11., ab.", "Freitag, 24.11.=2023-11-24"},
    {REF, "Im Spätsommer 2022 brach das Feuer aus.", "Spätsommer 2022=2022-SU"},
    {REF, "In KW 47 wird die Brücke gesperrt, in der 50. Kalenderwoche gebaut.", "KW 47=2023-W47 ; 50. Kalenderwoche=2023-W50"},
    {REF, "Die KW 2/2024 ist frei.", "KW 2/2024=2024-W02"},
    /* relative to the last date named before them (anchor=last) */
    {REF, "Er wurde am 2. November festgenommen, zehn Tage später kam er frei.",
     "2. November=2023-11-02 ; zehn Tage später=2023-11-12"},
    {REF, "Am 12. Juni begann die Sitzung, tags darauf endete sie.", "12. Juni=2023-06-12 ; tags darauf=2023-06-13"},
    {REF, "Drei Tage später kam die Antwort.", "Drei Tage später=2023-11-19"},
    /* relative to the date right after them (anchor=next), else to the reference date */
    {REF, "Am Vorabend des 1. März 2020 gab es Proteste.", "Vorabend=2020-02-29 ; 1. März 2020=2020-03-01"},
    {REF, "Am Vortag von Heiligabend 2022 schneite es.", "Vortag=2022-12-23 ; Heiligabend 2022=2022-12-24"},
    {REF, "Am Vorabend des Gipfels trafen sie sich.", "Vorabend=2023-11-15"},
    {REF, "Am Mittwoch kommender Woche wird verhandelt.", "Mittwoch kommender Woche=2023-11-22"},
    {REF, "In der ersten Hälfte des kommenden Jahres wird gebaut.", "ersten Hälfte des kommenden Jahres=2024-H1"},
    {REF, "Dieses Jahr bleibt schwierig.", "Dieses Jahr=2023"},
    {REF, "In dieser Woche wird verhandelt.", "dieser Woche=2023-W46"},
    {REF, "Nächste Woche wird gewählt.", "Nächste Woche=2023-W47"},
    {REF, "Im kommenden Jahr steigen die Preise.", "kommenden Jahr=2024"},
    {REF, "Im laufenden Jahr sinkt die Zahl.", "laufenden Jahr=2023"},
    /* "bis" and a month in a clause of the simple past: a period that has ended; but a contract or
     * limit runs until it */
    {REF, "Bis Ende Oktober stieg der Umsatz um f\xc3\xbc" "nf Prozent.", "Ende Oktober=2023-10/END"},
    {REF, "In den neun Monaten bis Ende September steigerte der Konzern den Umsatz.", "Ende September=2023-09/END"},
    {REF, "Er unterschrieb einen Vertrag bis Dezember.", "Dezember=2023-12"},
    /* a day of the reference month after the reference day that opens a sentence before a past
     * verb is last year's (a day later is allowed for; a present points ahead) */
    {REF, "Am 27. November begann der Prozess.", "27. November=2022-11-27"},
    {REF, "Am 17. November begann der Prozess.", "17. November=2023-11-17"},
    {REF, "Am 27. November beginnt der Prozess.", "27. November=2023-11-27"},
    /* "zum" and a day: ahead, but a simple past of its clause turns it back where the day follows
     * no noun */
    {REF, "Zum 1. Mai demonstrierten Tausende.", "1. Mai=2023-05-01"},
    {REF, "Das Gesetz trat zum 1. Januar in Kraft.", "1. Januar=2023-01-01"},
    {REF, "Die Bahn k\xc3\xbc" "ndigte eine Erh\xc3\xb6" "hung zum 1. Januar an.", "1. Januar=2024-01-01"},
    {REF, "Er wechselt zum 1. Januar nach K\xc3\xb6" "ln.", "1. Januar=2024-01-01"},
    /* a weekday after a week named in its clause is that week's day; not after a comma */
    {REF, "In der kommenden Woche trifft er am Freitag den Kanzler.", "kommenden Woche=2023-W47 ; Freitag=2023-11-24"},
    {REF, "In der vergangenen Woche hatte er am Mittwoch gesprochen.", "vergangenen Woche=2023-W45 ; Mittwoch=2023-11-08"},
    {REF, "Er reist in der kommenden Woche nach Paris, wie das Amt am Montag mitteilte.", "kommenden Woche=2023-W47 ; Montag=2023-11-13"},
    /* "zu" before an adjective and its noun is no infinitive */
    {REF, "Das Gericht hat die M\xc3\xa4" "nner am Montag zu langen Haftstrafen verurteilt.", "Montag=2023-11-13"},
    {REF, "Die Regierung plant, am Montag zu verhandeln.", "Montag=2023-11-20"},
    /* a perfect of a modal or "lassen" with its infinitive at the end of the clause lies back
     * (not the future with "wird") */
    {REF, "Der Bundestag hatte am Montag abstimmen m\xc3\xbc" "ssen.", "Montag=2023-11-13"},
    {REF, "Die Abgeordneten haben das Gesetz am Dienstag passieren lassen.", "Dienstag=2023-11-14"},
    {REF, "Der Bundestag wird am Montag abstimmen m\xc3\xbc" "ssen.", "Montag=2023-11-20"},
    /* ... and a weekday after "bis" that opens the sentence, with a simple past right after it;
     * not a weekday after the verb ("sagte alle Fahrten bis Dienstag ab") */
    {REF, "Bis Dienstagabend z\xc3\xa4" "hlte die Polizei 300 Eins\xc3\xa4" "tze.", "Dienstagabend=2023-11-14TEV"},
    {REF, "Bis Montag meldete das Amt 40 neue F\xc3\xa4" "lle.", "Montag=2023-11-13"},
    {REF, "Die Bahn sagte alle Fahrten bis Dienstag ab.", "Dienstag=2023-11-21"},
    /* company results: fiscal periods counted as calendar ones, the whole year, the same period a
     * year before, the start of the year */
    {REF, "Im laufenden Gesch\xc3\xa4" "ftsjahr will der Konzern sparen.", "laufenden Gesch\xc3\xa4" "ftsjahr=2023"},
    {REF, "Im abgelaufenen Jahr sank der Umsatz.", "abgelaufenen Jahr=2022"},
    {REF, "Im zweiten Gesch\xc3\xa4" "ftsquartal stieg der Umsatz.", "zweiten Gesch\xc3\xa4" "ftsquartal=2023-Q2"},
    {REF, "Im ersten Gesch\xc3\xa4" "ftshalbjahr stieg der Umsatz.", "ersten Gesch\xc3\xa4" "ftshalbjahr=2023-H1"},
    {REF, "Im dritten Quartal 2022 verdiente sie mehr als im Vorjahreszeitraum. Das Gesamtjahr bleibt schwierig.",
     "dritten Quartal 2022=2022-Q3 ; Vorjahreszeitraum=2021-Q3 ; Gesamtjahr=2022"},
    {REF, "Im ersten Halbjahr stieg der Umsatz st\xc3\xa4rker als im Vorjahreszeitraum, im M\xc3\xa4rz mehr als im Vorjahr.",
     "ersten Halbjahr=2023-H1 ; Vorjahreszeitraum=2022-H1 ; M\xc3\xa4rz=2023-03 ; Vorjahr=2022"},
    {REF, "Zum Jahresauftakt sank der Umsatz.", "Jahresauftakt=2023/START"},
    {REF, "Die Frist ist abgelaufen.", ""},
    {REF, "Im vergangenen Quartal sank der Absatz.", "vergangenen Quartal=2023-Q3"},
    {REF, "Am vergangenen Wochenende regnete es.", "vergangenen Wochenende=2023-W45-WE"},
    {REF, "Am Wochenende wird gestreikt.", "Wochenende=2023-W46-WE"},
    {REF, "Er kam übernächsten Freitag.", "übernächsten Freitag=2023-11-24"},
    {REF, "Am kommenden Montag beginnt der Streik.", "kommenden Montag=2023-11-20"},
    {REF, "Am vergangenen Samstag gab es Proteste.", "vergangenen Samstag=2023-11-11"},
    {REF, "Letzten Sonntag war Wahl.", "Letzten Sonntag=2023-11-12"},
    {REF, "Vor drei Jahren begann die Krise.", "Vor drei Jahren=2020"},
    {REF, "Das war vor zwei Wochen.", "vor zwei Wochen=2023-W44"},
    {REF, "Er kam vor zehn Tagen an.", "vor zehn Tagen=2023-11-06"},
    {REF, "Vor einem Jahr war alles anders.", "Vor einem Jahr=2022"},
    {REF, "Das geschah vor rund drei Jahren.", "vor rund drei Jahren=2020"},
    {REF, "In zwei Wochen wird entschieden.", "In zwei Wochen=2023-W48"},
    {REF, "Zehn Tage später kam die Antwort.", "Zehn Tage später=2023-11-26"},
    {REF, "Drei Tage zuvor war er abgereist.", "Drei Tage zuvor=2023-11-13"},
    {REF, "Ein Jahr danach war alles vorbei.", "Ein Jahr danach=2024"},
    {REF, "Die Firma wächst seit sieben Jahren.", "sieben Jahren=2016"},
    {REF, "Vor 20 Jahren fiel die Entscheidung.", "Vor 20 Jahren=2003"},
    {REF, "Heute Abend spielt die Band.", "Heute Abend=2023-11-16TEV"},
    {REF, "Gestern Nachmittag kam es zum Unfall.", "Gestern Nachmittag=2023-11-15TAF"},
    {REF, "Heute Morgen gab es Stau.", "Heute Morgen=2023-11-16TMO"},
    {REF, "Tags darauf wurde er entlassen.", "Tags darauf=2023-11-17"},
    /* (a comparison base is a date as "Vorjahr" and "Vorquartal" are: the month a year back) */
    {REF, "Im Vergleich zum Vorjahresmonat stiegen die Preise.", "Vorjahresmonat=2022-11"},
    {REF, "Das Defizit steigt heuer auf vier Prozent.", "heuer=2023"}, /* Austrian */
    {REF, "Im heurigen Jahr w\xc3\xa4" "chst die Wirtschaft.", "heurigen Jahr=2023"},
    {REF, "Trainer Jonas Heuer sagte, Heuer habe recht.", ""}, /* capitalised inside a sentence: a name */
    {REF, "Am Stefanitag und zu Dreik\xc3\xb6" "nig ist zu.", "Stefanitag=2023-12-26 ; Dreik\xc3\xb6" "nig=2024-01-06"},
    {REF, "Am Bundesfeiertag sprach die Pr\xc3\xa4sidentin.", "Bundesfeiertag=2023-08-01"}, /* Swiss */
    {REF, "Zu Mari\xc3\xa4 Empf\xc3\xa4ngnis sind die Gesch\xc3\xa4" "fte offen.", "Mari\xc3\xa4 Empf\xc3\xa4ngnis=2023-12-08"},
    /* ---- weekdays */
    {REF, "Am Mittwoch berichteten die Medien.", "Mittwoch=2023-11-15"},
    /* strong pasts that are also nouns ("fuhr", "griff") */
    {"2025-03-12", "Er fuhr im Juli nach Rom und floh im Juni aus dem Land.", "Juli=2024-07 ; Juni=2024-06"},
    /* "worden" or "gewesen" after the date in its clause: a perfect, whatever comes before; an
     * attributive participle decides also with an adverb before the preposition */
    {"2025-03-12", "Nach Angaben der Armee seien am Montagabend gezielt Stellungen angegriffen worden. Sie sollen am Sonntag get\xc3\xb6tet worden sein.",
     "Montagabend=2025-03-10TEV ; Sonntag=2025-03-09"},
    {"2025-03-12", "Die erst im Dezember gegr\xc3\xbc" "ndete Partei tritt an.", "Dezember=2024-12"},
    /* a year's start in December lies ahead unless the sentence points back; the year's end
     * follows the sentence's tense, not "zum" */
    {"2025-12-29", "Der Mindestlohn steigt zum Jahresbeginn. Zu Jahresbeginn war der Umsatz gestiegen.", "Jahresbeginn=2026/START ; Jahresbeginn=2025/START"},
    {"2026-01-06", "Er hat zum Jahreswechsel die Leitung \xc3\xbc" "bernommen.", "Jahreswechsel=2025/END"},
    /* "sollte" with "ursprünglich", "eigentlich": a changed plan, no cue */
    {"2026-02-27", "Urspr\xc3\xbc" "nglich sollte am Donnerstag das Urteil fallen. Das Urteil sollte am Donnerstag fallen.",
     "Donnerstag=2026-02-26 ; Donnerstag=2026-03-05"},
    /* a month or quarter of reported figures that ended in the last three months, also in a future sentence */
    {"2025-09-15", "Am Dienstag legt das Amt die Inflationsrate f\xc3\xbcr August und die Zahlen f\xc3\xbcr das zweite Quartal vor. Die Bahn legt den Fahrplan f\xc3\xbcr Dezember vor.",
     "Dienstag=2025-09-16 ; August=2025-08 ; zweite Quartal=2025-Q2 ; Dezember=2025-12"},
    /* a weekday after a period of days ahead, with no past cue, is the period's day */
    {"2025-04-02", "Das Fest l\xc3\xa4uft vom 13. bis 17. Mai. Am Samstagabend spielt die Band, am Samstag wurde bekannt, dass es teurer wird.",
     "13.=2025-05-13 ; 17. Mai=2025-05-17 ; Samstagabend=2025-05-17TEV ; Samstag=2025-03-29"},
    /* a verb of saying in a clause after the date's decides only where nothing else does (report) */
    {REF, "Am Samstag bleiben die H\xc3\xb6" "fe geschlossen, teilte die Stadt mit.", "Samstag=2023-11-18"},
    {REF, "Am Montag fahren keine Busse, sagte ein Sprecher.", "Montag=2023-11-20"},
    {REF, "Am Samstag wurde ein Mann verletzt, teilte die Polizei mit. Am Sonntag kein Markt, teilte die Stadt mit.",
     "Samstag=2023-11-11 ; Sonntag=2023-11-12"},
    {REF, "\xe2\x80\x9e" "Die Lage ist ernst\xe2\x80\x9c, sagte Anna Brix, Chefin der Quarko AG, am Mittwoch in Berlin.", "Mittwoch=2023-11-15"},
    {REF, "Die Tests fanden am Samstag und Dienstag statt.", "Samstag=2023-11-11 ; Dienstag=2023-11-14"},
    {REF, "Am Montag hatte er gesagt, dass alles gut sei.", "Montag=2023-11-13"},
    {REF, "Am Freitag wird abgestimmt.", "Freitag=2023-11-17"},
    {REF, "Das Parlament soll am Montag entscheiden.", "Montag=2023-11-20"},
    {REF, "Am Donnerstag wurde gestreikt.", "Donnerstag=2023-11-16"},
    {REF, "Am Montagabend brannte ein Haus.", "Montagabend=2023-11-13TEV"},
    {REF, "Der Unfall geschah am Donnerstagmorgen.", "Donnerstagmorgen=2023-11-16TMO"},
    {REF, "Am Sonntagnachmittag war es ruhig.", "Sonntagnachmittag=2023-11-12TAF"},
    {REF, "Freitag früh war der Zug voll.", "Freitag früh=2023-11-10TMO"},
    {REF, "Das Museum ist montags geschlossen.", "montags=XXXX-WXX-1"},
    {REF, "Sie hatte am Sonnabend Geburtstag.", "Sonnabend=2023-11-11"},
    {REF, "Der Bundestag tagte lange.", ""},
    {REF, "Die Sonntagsfrage sieht die Union vorn.", ""},
    {REF, "Von Montag bis Freitag wurde gearbeitet.", "Montag=2023-11-06 ; Freitag=2023-11-10"},
    /* ---- decades, centuries, eras */
    {REF, "In den 90er Jahren boomte die Branche.", "90er Jahren=199"},
    {REF, "Die Mode der Neunzigerjahre kehrt zurück.", "Neunzigerjahre=199"},
    {REF, "Die Musik der 1990er-Jahre.", "1990er-Jahre=199"},
    {REF, "In den Achtzigern war das anders.", "Achtzigern=198"},
    {REF, "In den Nullerjahren war das anders.", "Nullerjahren=200"},
    {REF, "In den neunziger Jahren wuchs die Stadt.", "neunziger Jahren=199"},
    {REF, "In den 20er Jahren tanzte man Charleston.", "20er Jahren=192"},
    {REF, "Die 2000er waren schnell.", "2000er=200"},
    {REF, "Im 18. Jahrhundert entstand das Schloss.", "18. Jahrhundert=17"},
    {REF, "Ein Bau des 21. Jahrhunderts.", "21. Jahrhunderts=20"},
    {REF, "Die Kirche stammt aus dem 12. Jh. und wuchs im 13. Jhd.", "12. Jh.=11 ; 13. Jhd.=12"},
    {REF, "Im achtzehnten Jahrhundert blühte der Handel.", "achtzehnten Jahrhundert=17"},
    {REF, "Rom eroberte die Stadt 190 v. Chr. endgültig.", "190 v. Chr.=BC0190"},
    {REF, "Im Jahr 9 n. Chr. kam es zur Schlacht.", "9 n. Chr.=0009"},
    {REF, "Caesar starb 44 v. Chr. in Rom.", "44 v. Chr.=BC0044"},
    {REF, "Im 3. Jahrhundert v. Chr. wuchs Rom.", "3. Jahrhundert v. Chr.=BC02"},
    /* ---- quarters, halves, holidays */
    {REF, "Im dritten Quartal 2023 stieg der Gewinn.", "dritten Quartal 2023=2023-Q3"},
    {REF, "Im zweiten Halbjahr wird gebaut.", "zweiten Halbjahr=2023-H2"},
    {REF, "Im 1. Quartal sank der Umsatz.", "1. Quartal=2023-Q1"},
    {REF, "Die Zahlen für Q3 2022 liegen vor.", "Q3 2022=2022-Q3"},
    {REF, "In der ersten Jahreshälfte 2024 wird gebaut.", "ersten Jahreshälfte 2024=2024-H1"},
    {REF, "Das Ergebnis für H1 2023 war gut.", "H1 2023=2023-H1"},
    {REF, "Am Ostermontag gab es Stau.", "Ostermontag=2023-04-10"},
    {REF, "Weihnachten 2022 war grün.", "Weihnachten 2022=2022-12-25"},
    {REF, "Am Tag der Deutschen Einheit wird gefeiert.", "Tag der Deutschen Einheit=2024-10-03"},
    {REF, "Zu Silvester wird geböllert.", "Silvester=2023-12-31"},
    {REF, "An Pfingsten 2024 ist das Museum offen.", "Pfingsten 2024=2024-05-19"},
    {REF, "Am Karfreitag ruhte die Arbeit.", "Karfreitag=2023-04-07"},
    /* an ordinal before a holiday; Advent Sundays; plural feast days; Buß- und Bettag */
    {REF, "Am zweiten Weihnachtsfeiertag kommt die Familie.", "zweiten Weihnachtsfeiertag=2023-12-26"},
    {REF, "Am 1. Advent 2024 und am dritten Advent 2023 war Markt.", "1. Advent 2024=2024-12-01 ; dritten Advent 2023=2023-12-17"},
    {REF, "Am zweiten Adventswochenende 2024 war Markt.", "zweiten Adventswochenende 2024=2024-12-08"},
    {REF, "\xc3\x9c" "ber die Weihnachtsfeiertage 2022 war zu.", "Weihnachtsfeiertage 2022=2022-12-25"},
    {REF, "Am Bu\xc3\x9f" "- und Bettag 2022 war frei.", "Bu\xc3\x9f" "- und Bettag 2022=2022-11-16"},
    /* the turn of the year; a year's part before a year */
    {REF, "Zum Jahreswechsel steigen die Preise.", "Jahreswechsel=2023/END"},
    {REF, "Zum Jahresbeginn 2025 steigen die Preise.", "Jahresbeginn 2025=2025/START"},
    /* years before 1800 where no count can stand */
    {REF, "Der Ort wurde 1253 erstmals erw\xc3\xa4hnt.", "1253=1253"},
    {REF, "1517 ver\xc3\xb6" "ffentlichte Luther seine Thesen.", "1517=1517"},
    {REF, "Die Stadt erhielt 1356 das Marktrecht.", "1356=1356"},
    /* a list of years */
    {REF, "Sie siegte 2019, 2021 und 2022.", "2019=2019 ; 2021=2021 ; 2022=2022"},
    {REF, "Das Kloster entstand 1059. Der Bundesrat kam zu seiner 1059. Sitzung zusammen.", "1059=1059"},
    /* a year after a singular copula before a noun (year_copula); a count after a plural verb or before a unit is none */
    {REF, "Er bleibt bis 2031 Intendant, sie wurde 2020 Direktorin. Es kamen 2000 Besucher, die Adresse ist 1010 Wien.", "2031=2031 ; 2020=2020"},
    {REF, "Er wurde 1829 Bischof, war bis 1994 Mitglied. Es waren 1500 Menschen da, der Turm war 1200 Meter hoch.", "1829=1829 ; 1994=1994"},
    {REF, "2019 verdiente die Firma mehr als im Vorjahr.", "2019=2019 ; Vorjahr=2018"},
    {REF, "Am 30. Januar 1933 wurde er Kanzler. Am 27. Februar brannte der Reichstag.", "30. Januar 1933=1933-01-30 ; 27. Februar=1933-02-27"},
    /* ... also both days of a pair ("am 3. und 4. April") */
    {REF, "Im April 1945 kamen die Truppen. Die Stadt war am 3. und 4. April zerst\xc3\xb6rt worden.", "April 1945=1945-04 ; 3.=1945-04-03 ; 4. April=1945-04-04"},
    {REF, "Im Dezember 1989 fiel die Mauer, am 3. Januar folgte die Wahl.", "Dezember 1989=1989-12 ; 3. Januar=1990-01-03"},
    {REF, "Die Firma wurde am 3. M\xc3\xa4rz 1998 gegr\xc3\xbc" "ndet. Am 27. Februar wird sie ihre Zahlen vorlegen.", "3. M\xc3\xa4rz 1998=1998-03-03 ; 27. Februar=2024-02-27"},
    {REF, "Im dritten Quartal 2021 stieg der Umsatz. Im Vorquartal war er gesunken.", "dritten Quartal 2021=2021-Q3 ; Vorquartal=2021-Q2"},
    {REF, "Der Umsatz lag \xc3\xbc" "ber dem Vorjahr.", "Vorjahr=2022"},
    {REF, "Um 1150 entstand die Burg, der Stadtbrand von 1689 zerst\xc3\xb6rte sie.", "1150=1150 ; 1689=1689"},
    {REF, "Er wurde 1769 in Ajaccio geboren und zog 1795 nach Paris.", "1769=1769 ; 1795=1795"}, /* year_old_verb */
    /* a date that took a historical year passes it on; a year alone ends the chain */
    {REF, "Am 8. Mai 1945 endete der Krieg. Am 7. Mai war unterschrieben worden. Die Nachricht kam am 9. Mai.",
     "8. Mai 1945=1945-05-08 ; 7. Mai=1945-05-07 ; 9. Mai=1945-05-09"},
    /* a year alone after "Jahr" holds in its own past sentence; a regnal number or an ordinal is no sentence end */
    {REF, "Im Jahr 1848 kam es am 18. M\xc3\xa4rz zu K\xc3\xa4mpfen.", "1848=1848 ; 18. M\xc3\xa4rz=1848-03-18"},
    {REF, "Der 1948 geborene Politiker starb am 5. September.", "1948=1948 ; 5. September=2023-09-05"},
    {REF, "Im Oktober 1918 meuterten die Matrosen. Wilhelm II. floh am 10. November ins Exil.",
     "Oktober 1918=1918-10 ; 10. November=1918-11-10"},
    /* a day of history named by a word of its sentence (class event), not after the reference
     * year; a word of the day's return ("jährt sich") keeps the current year */
    {"2025-05-10", "Seit dem \xc3\x9c" "berfall der Hamas am 7. Oktober sind die Grenzen zu.", "7. Oktober=2023-10-07"},
    {"2025-05-10", "Die Anschl\xc3\xa4ge vom 11. September ver\xc3\xa4nderten die Welt.", "11. September=2001-09-11"},
    {"2025-05-10", "Nach dem Mauerfall am 9. November kamen Tausende. Am 9. November j\xc3\xa4hrt sich der Mauerfall.",
     "9. November=1989-11-09 ; 9. November=2025-11-09"},
    {"2025-05-10", "Die Hamas-K\xc3\xa4mpfer hatten am 7. Oktober angegriffen.", "7. Oktober=2023-10-07"}, /* (a part) */
    {"2015-05-10", "Die Hamas hatte am 7. Oktober angegriffen.", "7. Oktober=2014-10-07"}, /* (2023 lies ahead) */
    {"2025-05-10", "Die Hamas will am 7. Juni verhandeln.", "7. Juni=2025-06-07"}, /* (another day) */
    /* the same or the following year, the day before: of the date named just before ("^") */
    {REF, "Er wurde 1950 geboren. Im selben Jahr zog die Familie um, im darauffolgenden Jahr starb der Vater. Im Herbst desselben Jahres heiratete er.",
     "1950=1950 ; selben Jahr=1950 ; darauffolgenden Jahr=1951 ; Herbst desselben Jahres=1951-FA"},
    {REF, "Das Werk er\xc3\xb6" "ffnete 2005. Im September jenes Jahres kam die Krise.", "2005=2005 ; September jenes Jahres=2005-09"},
    {REF, "Die Firma entstand im M\xc3\xa4" "rz 2019. Im selben Monat zog sie um.", "M\xc3\xa4" "rz 2019=2019-03 ; selben Monat=2019-03"},
    {REF, "Am 3. Mai 1960 kam sie an. Am Tag zuvor war er abgereist.", "3. Mai 1960=1960-05-03 ; Tag zuvor=1960-05-02"},
    {REF, "Am 3. Mai 1960 kam sie an. Am Abend zuvor hatte er gefeiert.", "3. Mai 1960=1960-05-03 ; Abend zuvor=1960-05-02"},
    /* "am Vorabend" alone so too; a day before counts from the first day of a pair */
    {REF, "Am 3. Mai 1960 kam sie an. Am Vorabend hatte er gefeiert.", "3. Mai 1960=1960-05-03 ; Vorabend=1960-05-02"},
    {REF, "Die Messe l\xc3\xa4" "uft vom 12. bis 15. Dezember. Am Vorabend l\xc3\xa4" "dt die Stadt ein.",
     "12.=2023-12-12 ; 15. Dezember=2023-12-15 ; Vorabend=2023-12-11"},
    {REF, "Die Tagung lief vom 3. bis 5. Mai 1960. Am Tag zuvor reisten die G\xc3\xa4" "ste an.",
     "3.=1960-05-03 ; 5. Mai 1960=1960-05-05 ; Tag zuvor=1960-05-02"},
    {REF, "Am Vorabend hatten Demonstranten die Stra\xc3\x9f" "e blockiert.", "Vorabend=2023-11-15"},
    /* years later count from the date named just before */
    {REF, "Die Schlacht war im Oktober 1813. 100 Jahre sp\xc3\xa4ter wurde das Denkmal eingeweiht.",
     "Oktober 1813=1813-10 ; 100 Jahre sp\xc3\xa4ter=1913"},
    {REF, "Im M\xc3\xa4rz 2020 kam die Pandemie. Drei Monate sp\xc3\xa4ter \xc3\xb6" "ffneten die L\xc3\xa4" "den.",
     "M\xc3\xa4rz 2020=2020-03 ; Drei Monate sp\xc3\xa4ter=2020-06"},
    {REF, "Karl wurde am 25. Dezember des Jahres 800 gekr\xc3\xb6nt.", "25. Dezember des Jahres 800=0800-12-25"},
    {REF, "Im Sommer des Jahres 1989 flohen viele.", "Sommer des Jahres 1989=1989-SU"},
    /* the second weekday of a period lies on or after the first (ahead, or the first moves back in the past) */
    {"2026-11-20", "Von Montag bis Freitag tagt der Bundestag.", "Montag=2026-11-23 ; Freitag=2026-11-27"},
    {REF, "Zwischen dem 10. und dem 15. Dezember wird gebaut.", "10.=2023-12-10 ; 15. Dezember=2023-12-15"},
    {"2026-11-20", "Am Freitag und Montag wurde gestreikt.", "Freitag=2026-11-13 ; Montag=2026-11-16"},
    /* tense cues: "bleibt", the Konjunktiv I, past forms that are also adjectives, "ist" with a participle for any date */
    {"2026-11-20", "Die Schulen bleiben am Montag geschlossen.", "Montag=2026-11-23"},
    {"2026-11-20", "Die Entscheidung solle im Dezember fallen, sagte der Landrat.", "Dezember=2026-12"},
    /* ... the Konjunktiv I of any verb (date-tense-verbs.lex), nearer than the verb of saying */
    {"2026-11-20", "Ein Sprecher sagte, man erwarte im Mai einen Abschluss und rechne am Montag mit Post.", "Mai=2027-05 ; Montag=2026-11-23"},
    {"2026-11-20", "Im Januar erreichte die Grippewelle ihren H\xc3\xb6hepunkt.", "Januar=2026-01"},
    {"2026-11-20", "Das Gesetz ist am 1. Januar in Kraft getreten.", "1. Januar=2026-01-01"},
    /* a date after "am"/"im" and a noun with an adjective of the future is that noun's: ahead */
    {"2026-11-20", "Er kritisierte die bevorstehende Wahl am Sonntag und warnte vor der anstehenden Reform im Oktober.", "Sonntag=2026-11-22 ; Oktober=2027-10"},
    /* a subordinate clause ending in a participle and "ist"/"hat" is a perfect, whatever the main clause says */
    {"2026-11-20", "Der Verein trauert um Anna Brix, die am 27. Dezember gestorben ist, und um ihren Mann, der am Montag verstorben ist.", "27. Dezember=2025-12-27 ; Montag=2026-11-16"},
    {"2026-11-20", "Er nennt die Br\xc3\xbc" "cke, die am Montag gesperrt ist.", "Montag=2026-11-23"}, /* (a participle of a state) */
    /* years back to the same day (unit YD), 29 February to 28 February */
    {"2026-11-20", "Heute vor 37 Jahren fiel die Mauer.", "Heute vor 37 Jahren=1989-11-20"},
    {"2024-02-29", "Genau heute vor einem Jahr begann der Streik.", "heute vor einem Jahr=2023-02-28"},
    /* an infinitive with "zu" in the date's clause plans ahead after a past verb; a perfect
     * infinitive reports a past */
    {"2026-11-20", "Die Gewerkschaft k\xc3\xbcndigte an, die Forderung am 8. Dezember vorzustellen.", "8. Dezember=2026-12-08"},
    {"2026-11-20", "Die Gewerkschaft drohte, im Januar erneut zu streiken.", "Januar=2027-01"},
    {"2026-11-20", "Er bestreitet, am Montag dort gewesen zu sein.", "Montag=2026-11-16"},
    /* a plural perfect ("haben" and a participle in the date's clause) reports a past; so does a
     * verb, "haben" and a modal ("bedroht haben soll"), whatever the verb's shape */
    {"2026-11-20", "Unbekannte haben am Wochenende einen Automaten gesprengt.", "Wochenende=2026-W46-WE"},
    /* participles of verbs with an adjective as their prefix ("lahmgelegt") */
    {"2026-11-23", "Hacker haben am Wochenende die Seiten lahmgelegt.", "Wochenende=2026-W47-WE"},
    /* an adjective of the future before its noun is no cue: the passive perfect decides */
    {"2026-11-24", "Am Montag ist ein Hangar f\xc3\xbcr die k\xc3\xbc" "nftigen Kampfjets eingeweiht worden.", "Montag=2026-11-23"},
    {"2026-11-20", "Die T\xc3\xa4ter haben am 2. Dezember einen Automaten gesprengt.", "2. Dezember=2025-12-02"},
    {"2026-11-20", "Gesucht wird ein Mann, der am Sonntag einen Jugendlichen bedroht haben soll.", "Sonntag=2026-11-15"},
    /* a period part before a month of a year named by its direction; "Vorabend" as "Vortag" */
    {"2026-11-20", "Ende Mai vergangenen Jahres und am Vorabend.", "Ende Mai vergangenen Jahres=2025-05/END ; Vorabend=2026-11-19"},
    /* "vor" before a month is no direction ("nicht vor Dezember": ahead); "frühestens im";
     * the subjunctive of reported speech announces */
    {"2026-02-10", "Eine Entscheidung ist nicht vor Dezember zu erwarten.", "Dezember=2026-12"},
    {"2026-02-10", "Ein Start ist nun fr\xc3\xbchestens im Dezember m\xc3\xb6glich.", "Dezember=2026-12"},
    {"2026-04-15", "Er sagte, der Schritt k\xc3\xb6nne im Dezember erfolgen.", "Dezember=2026-12"},
    /* days of other countries and faiths, world days; hyphenated holidays */
    {"2025-06-20", "Am Memorial Day 2025 und am Eidgen\xc3\xb6ssischen Bettag 2025.", "Memorial Day 2025=2025-05-26 ; Eidgen\xc3\xb6ssischen Bettag 2025=2025-09-21"},
    {"2025-06-20", "Zum Welt-Aids-Tag 2024 und am Dreifaltigkeitssonntag 2025.", "Welt-Aids-Tag 2024=2024-12-01 ; Dreifaltigkeitssonntag 2025=2025-06-15"},
    /* Jewish and Muslim holidays by ICU's Hebrew and Islamic calendars (Hebrew leap years:
     * Purim in Adar II; two Muslim festivals in one Gregorian year); genitive forms */
    {"2025-06-20", "An Jom Kippur 2025 und an Rosch Haschana 2023.", "Jom Kippur 2025=2025-10-02 ; Rosch Haschana 2023=2023-09-16"},
    {"2025-06-20", "Zu Pessach 2024, an Chanukka 2025 und an Purim 2024.", "Pessach 2024=2024-04-23 ; Chanukka 2025=2025-12-15 ; Purim 2024=2024-03-24"},
    {"2025-06-20", "Zum Zuckerfest 2024 und am Opferfest 2030.", "Zuckerfest 2024=2024-04-10 ; Opferfest 2030=2030-04-13"},
    {"2025-06-20", "Am Fest des Fastenbrechens 2033 und am Zuckerfest 2034.", "Fest des Fastenbrechens 2033=2033-01-03 ; Zuckerfest 2034=2034-12-12"},
    /* days of ICU's Chinese calendar ("C:1:1"), and days of the Americas on a weekday after a date */
    {"2025-06-20", "Zum Chinesischen Neujahr 2026 und am Mondfest 2025.", "Chinesischen Neujahr 2026=2026-02-17 ; Mondfest 2025=2025-10-06"},
    {"2025-06-20", "Am Columbus Day 2024, am Victoria Day 2025 und am Juneteenth 2025.", "Columbus Day 2024=2024-10-14 ; Victoria Day 2025=2025-05-19 ; Juneteenth 2025=2025-06-19"},
    /* Orthodox Easter (Julian: 2024-05-05, 2023-04-16), Islamic feasts, days of Northern Europe */
    {"2025-03-12", "Das orthodoxe Osterfest 2024 und der orthodoxe Ostersonntag 2023, Eid al-Fitr 2025 und Kurban Bayram\xc4\xb1 2025.",
     "orthodoxe Osterfest 2024=2024-05-05 ; orthodoxe Ostersonntag 2023=2023-04-16 ; Eid al-Fitr 2025=2025-03-30 ; Kurban Bayram\xc4\xb1 2025=2025-06-06"},
    {"2025-03-12", "Zu Mittsommer 2025, am Koningsdag 2025 und am Boxing Day 2024.",
     "Mittsommer 2025=2025-06-20 ; Koningsdag 2025=2025-04-27 ; Boxing Day 2024=2024-12-26"},
    {"2025-06-20", "Am Tag nach dem Jom Kippur kam er.", "Jom Kippur=2024-10-12"},
    {"2025-06-20", "Seit dem Tag der Deutschen Einheit 2024 und am Wei\xc3\x9f" "en Sonntag 2025.", "Tag der Deutschen Einheit 2024=2024-10-03 ; Wei\xc3\x9f" "en Sonntag 2025=2025-04-27"},
    {"2025-06-20", "Die Feiern des Tags der Deutschen Einheit 2024.", "Tags der Deutschen Einheit 2024=2024-10-03"},
    /* Austrian and Swiss names of feast days: "Maria" for "Mariä" (no person), "Auffahrt" */
    {"2025-06-20", "Zu Maria Himmelfahrt 2025 und an Auffahrt 2026 ist frei.", "Maria Himmelfahrt 2025=2025-08-15 ; Auffahrt 2026=2026-05-14"},
    /* a kind of weekend after "ein" or an adjective with "-es" is no date; a direction makes one */
    {"2026-03-16", "Er erlebte ein durchwachsenes Wochenende, n\xc3\xa4" "chstes Wochenende kommt er.", "n\xc3\xa4" "chstes Wochenende=2026-W12-WE"},
    /* "für den", "für das", "für die Nacht zu" plan ahead also in a perfect */
    {"2026-11-20", "Die Bahn hat f\xc3\xbcr den 3. Dezember einen Ersatzverkehr eingerichtet.", "3. Dezember=2026-12-03"},
    {"2026-11-20", "Der DWD hat f\xc3\xbcr die Nacht zu Sonntag vor Gl\xc3\xa4tte gewarnt.", "Sonntag=2026-11-22"},
    {"2026-11-20", "Die Polizei hat f\xc3\xbcr das Wochenende Kontrollen angek\xc3\xbcndigt.", "Wochenende=2026-W47-WE"},
    /* a present in the shape of a participle before a weekday ("eröffnet"); "rückwirkend" */
    {"2026-11-20", "Das Landesmuseum er\xc3\xb6" "ffnet am Sonntag eine Schau.", "Sonntag=2026-11-22"},
    /* ... and right after a date in the first field of the sentence: the finite verb in the second
     * place (ahead); not before an auxiliary, not a listed past ("erhielt") */
    {"2025-03-31", "Am 14. Dezember er\xc3\xb6" "ffnet die Bahn.", "14. Dezember=2025-12-14"},
    {"2025-03-31", "Mit der Er\xc3\xb6" "ffnung am 14. Dezember verk\xc3\xbcrzt sich die Fahrzeit.", "14. Dezember=2025-12-14"},
    {"2025-03-31", "Am 14. Dezember verletzt wurde ein Mann.", "14. Dezember=2024-12-14"},
    {"2026-03-09", "Bei der Wahl am Sonntag erhielt Hackl 44 Prozent.", "Sonntag=2026-03-08"},
    /* a possessive "sein" before its noun is no auxiliary after a present */
    {"2024-04-10", "Der Chef tritt sein Amt am 1. November an.", "1. November=2024-11-01"},
    /* "vom Wochenende" looks back as "vom Montag" does */
    {"2025-05-28", "Die Sch\xc3\xa4" "den vom Wochenende sind gro\xc3\x9f.", "Wochenende=2025-W21-WE"},
    /* a cue of the date's own clause before a nearer one of another clause */
    {"2025-10-15", "Die Bank werde die Prognose im Dezember aktualisieren, sagte Kocher.", "Dezember=2025-12"},
    {"2025-08-04", "Er k\xc3\xbcndigte an, dass die Kapelle im September erstmals beim Fest in Ulm auftreten wird.", "September=2025-09"},
    /* a present plural in the second place after a weekday that opens the sentence points ahead;
     * a past plural (listed strong, or a weak one in "-ten") back */
    {"2025-03-14", "Am Montag fallen alle Fl\xc3\xbcge aus.", "Montag=2025-03-17"},
    {"2025-03-14", "Am Montag fahren keine S-Bahnen.", "Montag=2025-03-17"},
    {"2025-03-14", "Am Dienstag versammelten sich die Spieler.", "Dienstag=2025-03-11"},
    {"2025-03-14", "Am Dienstag kamen die Minister.", "Dienstag=2025-03-11"},
    {"2026-11-20", "Der Tarifvertrag gilt r\xc3\xbc" "ckwirkend zum 1. Oktober.", "1. Oktober=2026-10-01"},
    /* the day after or the same day as the date before; quarters of results reports */
    {"2026-11-20", "Am 12. November wurde er festgenommen. Am Tag darauf kam er frei.", "12. November=2026-11-12 ; Tag darauf=2026-11-13"},
    {"2026-11-20", "Am 3. November begann es, am selben Tag endete es.", "3. November=2026-11-03 ; selben Tag=2026-11-03"},
    {"2026-11-20", "Im dritten Quartal stieg der Umsatz gegen\xc3\xbc" "ber dem Vorjahresquartal.", "dritten Quartal=2026-Q3 ; Vorjahresquartal=2025-Q3"},
    /* ... from the last quarter (month) named, past the days and periods named between */
    {REF, "Im dritten Quartal 2022 stieg der Umsatz erstmals seit zwei Jahren, wie am Dienstag mitgeteilt wurde. Im Vorjahresquartal sank er.",
     "dritten Quartal 2022=2022-Q3 ; zwei Jahren=2021 ; Dienstag=2023-11-14 ; Vorjahresquartal=2021-Q3"},
    {"2026-11-20", "Im Schlussquartal 2025 sank der Gewinn.", "Schlussquartal 2025=2025-Q4"},
    {"2026-11-20", "Der Weihnachtsmarkt, der am 23. November er\xc3\xb6" "ffnet, ist beliebt.", "23. November=2026-11-23"},
    /* a court's file number holds no years; nor does a flight number */
    {REF, "Das Gericht entschied (1 BvR 1578/24).", ""},
    {REF, "Der Flug LH 1999 landete.", ""},
    {REF, "Die Polizei z\xc3\xa4hlte 1500 in der Stadt.", ""},
    {REF, "Postanschrift: Brieffach 1970, Quarkstadt.", ""}, /* NODATE numbered */
    /* the nth or last weekday of a month (rule nth_weekday, class nth) */
    {REF, "Gew\xc3\xa4hlt wird am ersten Sonntag im Mai 2024.", "ersten Sonntag im Mai 2024=2024-05-05"},
    {REF, "Die Messe ist am letzten Samstag im Februar 2024.", "letzten Samstag im Februar 2024=2024-02-24"},
    {REF, "Am zweiten Dienstag im M\xc3\xa4rz 2026 tagt der Rat.", "zweiten Dienstag im M\xc3\xa4rz 2026=2026-03-10"},
    {REF, "Im Vergleich zum J\xc3\xa4nner des Vorjahres stieg die Zahl.", "J\xc3\xa4nner des Vorjahres=2022-01"},
    {REF, "Im Januar 2025 stieg der Absatz gegen\xc3\xbc" "ber dem Januar des Vorjahres.", "Januar 2025=2025-01 ; Januar des Vorjahres=2024-01"},
    /* a quarter, half year or season of the year before (one date, not two) */
    {REF, "Im vierten Quartal des Vorjahres und im ersten Halbjahr des Folgejahres.", "vierten Quartal des Vorjahres=2022-Q4 ; ersten Halbjahr des Folgejahres=2024-H1"},
    {REF, "Der nasse Herbst des Vorjahres schadete.", "Herbst des Vorjahres=2022-FA"},
    {REF, "Der Umsatz lag 2021 bei 600 nach 540 im Jahr davor.", "2021=2021 ; Jahr davor=2020"},
    /* two quarters or halves joined: two dates, the first of the second's year */
    {REF, "Im dritten und vierten Quartal 2022 sank der Umsatz.", "dritten=2022-Q3 ; vierten Quartal 2022=2022-Q4"},
    {"2025-03-14", "Im ersten bis dritten Quartal stieg der Absatz.", "ersten=2024-Q1 ; dritten Quartal=2024-Q3"},
    {REF, "Im ersten und zweiten Halbjahr wuchs er.", "ersten=2023-H1 ; zweiten Halbjahr=2023-H2"},
    /* "ab" points ahead unless the date's own clause has a past cue */
    {"2025-02-06", "Ab Oktober sank der Umsatz. Ab M\xc3\xa4rz gilt die neue Regel.", "Oktober=2024-10 ; M\xc3\xa4rz=2025-03"},
    {"2025-02-06", "Ab dem 1. M\xc3\xa4rz galten neue Regeln, teilte die Stadt mit.", "1. M\xc3\xa4rz=2024-03-01"},
    {"2025-02-06", "Der Konzern teilte mit, ab Oktober gelte die Regel.", "Oktober=2025-10"},
    /* a season after "ab", "bis", "seit" without an article */
    {"2025-03-14", "Ab Herbst gilt die Regel, seit Sommer l\xc3\xa4uft der Test.", "Herbst=2025-FA ; Sommer=2024-SU"},
    /* a year that ends a comparison is a year; a count after "mehr als" is none; a number outside
     * 1900-2099 before a plural noun after a month is a count */
    {REF, "Das waren 2,3 Prozent weniger als 2022. Er kam.", "2022=2022"},
    {REF, "Es kamen mehr als 2000 Menschen.", ""},
    {REF, "Das Amt z\xc3\xa4hlte im Oktober 1530 Insolvenzen.", "Oktober=2023-10"},
    {REF, "Der Konzern will bis Ende M\xc3\xa4rz 2000 Stellen abbauen.", "Ende M\xc3\xa4rz=2024-03/END"},
    {REF, "Das Insolvenzgeld zahlt die Agentur bis einschlie\xc3\x9flich Februar, die Zulage bis inklusive Januar.",
     "Februar=2024-02 ; Januar=2024-01"},
    {REF, "Im Mai 1900 neue Azubis, im Juni 2000 weitere Lehrlinge.", "Mai=2023-05 ; Juni=2023-06"},
    {REF, "Im M\xc3\xa4rz 2000 wurde er Vorsitzender, 2050 neue Ziele.", "M\xc3\xa4rz 2000=2000-03 ; 2050=2050"},
    {REF, "Die Preise stiegen um 1500 Euro, von 1200 auf 1400.", ""},
    {REF, "Der Film \xe2\x80\x9e" "1917\xe2\x80\x9c lief 2019 an.", "2019=2019"},
    {REF, "Die Zahl stieg auf 1200. Es kamen rund 1500 Menschen.", ""},
    /* "am gestrigen Mittwoch": the adjective names the day */
    {REF, "Am gestrigen Mittwoch kam er, am morgigen Freitag geht er.", "gestrigen Mittwoch=2023-11-15 ; morgigen Freitag=2023-11-17"},
    /* police report periods: weekdays after "zwischen", a time between the two ends; "vom 3.
     * auf den 4."; a month as the subject; "Samstag, der 18. November" */
    {REF, "Zwischen Dienstag und Mittwoch brachen Unbekannte ein.", "Dienstag=2023-11-14 ; Mittwoch=2023-11-15"},
    {REF, "Von Montag, 18 Uhr, bis Dienstag, 7 Uhr, stahlen Unbekannte ein Auto.", "Montag=2023-11-13 ; Dienstag=2023-11-14"},
    {REF, "In der Nacht vom 3. auf den 4. Mai brannte es.", "3.=2023-05-03 ; 4. Mai=2023-05-04"},
    {REF, "Der M\xc3\xa4rz war der w\xc3\xa4rmste seit Jahren.", "M\xc3\xa4rz=2023-03"},
    {REF, "Das Spiel ist am Samstag, der 18. November.", "Samstag, der 18. November=2023-11-18"},
    /* a part of a quarter or half year; the quarter before; Pentecost weekend */
    {REF, "Bis Ende des dritten Quartals 2024 soll es fertig sein.", "Ende des dritten Quartals 2024=2024-Q3/END"},
    {REF, "Der Umsatz stieg gegen\xc3\xbc" "ber dem Vorquartal.", "Vorquartal=2023-Q3"},
    {REF, "Am Pfingstwochenende 2024 war Stau.", "Pfingstwochenende 2024=2024-05-19"},
    /* event listings: "Termin:"; a month after "f\xc3\xbcr" */
    {REF, "Termin: 27.11., 19 Uhr.", "27.11.=2023-11-27"},
    {REF, "Die Preise f\xc3\xbcr Februar stehen fest.", "Februar=2024-02"},
    {REF, "Zwischen 1700 und 1800 Teilnehmer kamen, die Punkte stiegen von 1850 auf 1920.", ""},
    {REF, "Der Rosenmontag 2024 fiel aus.", "Rosenmontag 2024=2024-02-12"},
    /* regional days of carnival, also of two words; the Orthodox Christmas; days of weather lore */
    {REF, "Am Schmotzigen Donnerstag 2024 und am Veilchendienstag 2024 war viel los.",
     "Schmotzigen Donnerstag 2024=2024-02-08 ; Veilchendienstag 2024=2024-02-13"},
    {REF, "Der Funkensonntag 2024 fiel aus.", "Funkensonntag 2024=2024-02-18"},
    {REF, "Das orthodoxe Weihnachtsfest 2024 feierten viele.", "orthodoxe Weihnachtsfest 2024=2024-01-07"},
    {REF, "Am Siebenschl\xc3\xa4" "fertag 2023 regnete es.", "Siebenschl\xc3\xa4" "fertag 2023=2023-06-27"},
    {REF, "Am Neujahrsmorgen krachte es.", "Neujahrsmorgen=2023-01-01TMO"},
    {REF, "Heiligabend ist der Laden zu.", "Heiligabend=2023-12-24"},
    {REF, "Am Muttertag 2024 gibt es Blumen.", "Muttertag 2024=2024-05-12"},
    /* ---- ranges: two entities */
    {REF, "Die Messe lief vom 3. bis 5. Mai.", "3.=2023-05-03 ; 5. Mai=2023-05-05"},
    {REF, "Geöffnet 13.-15.10. jeweils ab 10 Uhr.", "13.=2023-10-13 ; 15.10.=2023-10-15"},
    {REF, "Die Studie lief 2019 bis 2021.", "2019=2019 ; 2021=2021"},
    {REF, "In der Saison 2012/13 stieg der Club ab.", "2012=2012 ; 13=2013"},
    {REF, "Im Geschäftsjahr 2015 / 16 wuchs er.", "2015=2015 ; 16=2016"},
    {REF, "Von 1992 bis 1996 war er Generalsekretär.", "1992=1992 ; 1996=1996"},
    {REF, "Die Krise 2008-2009 traf alle.", "2008=2008 ; 2009=2009"},
    {REF, "Die Werte von 1990-92 sind unvollständig.", "1990=1990 ; 92=1992"},
    {REF, "In den Monaten Juli bis September wird gebaut.", "Juli=2024-07 ; September=2024-09"},
    {REF, "Vom 1. Juni bis zum 30. November dauert die Saison.", "1. Juni=2023-06-01 ; 30. November=2023-11-30"},
    {REF, "Von Dienstag, 26. bis Donnerstag, 28. April ist gesperrt.",
     "Dienstag, 26.=2023-04-26 ; Donnerstag, 28. April=2023-04-28"},
    {REF, "Geschlossen vom 13.10.-15.10.2023.", "13.10.=2023-10-13 ; 15.10.2023=2023-10-15"},
    {REF, "Die Jahre zwischen 2019 und 2021 waren hart.", "2019=2019 ; 2021=2021"},
    /* ---- not dates */
    /* a count after "Jahr" with a word of its own ("im vergangenen Jahr 203 Meter"); a month or
     * season as the first part of a compound */
    {REF, "Der Gletscher hat im vergangenen Jahr 203 Meter verloren.", "vergangenen Jahr=2022"},
    {REF, "Im Juni-Hochwasser starben viele. Bis zum Winter-Einbruch bleibt es mild.", ""},
    {REF, "Das B\xc3\xbcro liegt in der Hauptstra\xc3\x9f" "e 1990 in K\xc3\xb6ln.", ""},
    {REF, "Der Markt findet jeden Montag statt, der Feiertag f\xc3\xa4llt auf einen Sonntag.", ""},
    {REF, "Die Adresse lautet 1010 Wien.", ""},
    {REF, "Die Resolution 1441 wurde angenommen.", ""},
    {REF, "Deutschland liefert die Panzerhaubitze 2000.", ""},
    {REF, "Die Resolution 2334 wurde angenommen.", ""},
    {REF, "Mindestens 2000 Menschen demonstrierten.", ""},
    {REF, "Rund 1900 Euro kostet das Gerät.", ""},
    {REF, "Guten Morgen, Deutschland!", ""},
    {REF, "Am Morgen war es neblig.", ""},
    {REF, "Laut Artikel 5 ist das erlaubt.", ""},
    {REF, "Nach Artikel 2015 der Verordnung.", ""},
    {REF, "Rufen Sie uns an: Tel. 030 2023 1116.", ""},
    {REF, "Hotline: +49 30 2019 2020 erreichbar.", ""},
    {REF, "Der Preis liegt bei 2023 Euro.", ""},
    {REF, "Das Gerät kostet 1999 €.", ""},
    /* a list of numbers before a unit is one amount */
    {REF, "Die Prämien liegen bei 1500, 2000 und 2500 Euro.", ""},
    {REF, "Die Gemeinde hat 2000 oder 2500 Einwohner.", ""},
    {REF, "Es kamen 1800 bis 2000 Menschen.", ""},
    {REF, "Im Jahr 2000 und 2001 wuchs die Firma um 5 Prozent.", "2000=2000 ; 2001=2001"},
    {REF, "Wir treffen uns um 18 Uhr.", ""},
    {REF, "Der Zug fährt um 18.30 Uhr ab.", ""},
    {REF, "Die Strecke ist 2000 km lang.", ""},
    {REF, "Über 2000 Besucher kamen.", ""},
    {REF, "2000 Polizisten waren im Einsatz.", ""},
    {REF, "Der Zuschlag beträgt 19 Prozent.", ""},
    {REF, "Er wohnt in der Hauptstraße 12.", ""},
    {REF, "Die Postleitzahl 10115 gehört zu Berlin.", ""},
    {REF, "Ein 1967er Ford Mustang.", ""},
    {REF, "Seite 1999 des Berichts.", ""},
    {REF, "© 1999-2016 Beispiel GmbH", ""},
    {REF, "Das Spiel endete 2:1.", ""},
    {REF, "Der Kurs stieg um 3,5 Prozent.", ""},
    {REF, "Er ist August Müller.", ""},
    {REF, "Die Linie 2010 fährt alle zehn Minuten.", ""},
    {REF, "Version 2.11. ist erschienen.", ""},
    /* ---- mixed sentences */
    {REF, "Nach Angaben vom 15. März 2023 sollen bis 2025 rund 300 Stellen wegfallen.",
     "15. März 2023=2023-03-15 ; 2025=2025"},
    {REF, "Zwischen Januar und März 2024 fielen 30 Züge aus.", "Januar=2024-01 ; März 2024=2024-03"},
    {REF, "Am Dienstag, 14. November, und am Vortag war Streik.", "Dienstag, 14. November=2023-11-14 ; Vortag=2023-11-13"},
    {REF, "Die Aktie fiel um drei Prozent gegenüber dem Vortag.", "Vortag=2023-11-15"},
    {REF, "Am Montag wurde gewählt. Die Lage ist ruhig. Am Vortag war Streik.", "Montag=2023-11-13 ; Vortag=2023-11-15"},
    {REF, "Der Konzern hatte im dritten Quartal 2023 und im Vorjahr Verluste.",
     "dritten Quartal 2023=2023-Q3 ; Vorjahr=2022"},
    {REF, "Seit Anfang 2022 und bis Ende 2024 gilt das.", "Anfang 2022=2022/START ; Ende 2024=2024/END"},
    {REF, "Am 16.11.2023, also heute, wird gefeiert.", "16.11.2023=2023-11-16 ; heute=2023-11-16"},
    {REF, "Bereits 2019 hatte der Rat im Juni beschlossen.", "2019=2019 ; Juni=2023-06"},
    {REF, "Vom 24.12.2023 bis 6.1.2024 ist geschlossen.", "24.12.2023=2023-12-24 ; 6.1.2024=2024-01-06"},
    {REF, "Die Regierung will bis 2030 klimaneutral sein.", "2030=2030"},
    {REF, "Im Mai und Juni wird gebaut.", "Mai=2024-05 ; Juni=2024-06"},
    {REF, "Er war von 2010 bis 2014 Minister.", "2010=2010 ; 2014=2014"},
    {REF, "Im Juni 2021, vor zwei Jahren, begann es.", "Juni 2021=2021-06 ; vor zwei Jahren=2021"},
};

/* ---------------------------------------------------------------- helpers */

static dener_model *g_model;
static dener_doc *g_doc;

/* Extracts DATEs from text with docdate and writes them as "text=value[/MOD][..end] ; ..." */
static int dates_of(const char *docdate, const char *text, char *out, size_t cap) {
    dener_options o = {0};
    o.date = docdate;
    o.types = DENER_TYPE_BIT(DENER_DATE);
    dener_error err;
    out[0] = 0;
    int rc = dener_extract(g_doc, text, strlen(text), &o, &err);
    if (rc) {
        snprintf(out, cap, "ERROR %d: %s", rc, err.msg);
        return rc;
    }
    size_t len = 0;
    for (size_t i = 0; i < dener_doc_count(g_doc); i++) {
        const dener_entity *e = dener_doc_entity(g_doc, i);
        if (e->type != DENER_DATE) continue;
        int k = snprintf(out + len, cap - len, "%s%.*s=%s%s%s%s%s", len ? " ; " : "", (int)(e->end_byte - e->start_byte),
                         text + e->start_byte, e->value ? e->value : "(null)", e->mod ? "/" : "", e->mod ? e->mod : "",
                         e->value_end ? ".." : "", e->value_end ? e->value_end : "");
        if (k < 0 || (size_t)k >= cap - len) break;
        len += (size_t)k;
    }
    return 0;
}

static int g_cases, g_case_fail;

static void expect(const char *docdate, const char *text, const char *want, const char *what) {
    char got[2048];
    dates_of(docdate, text, got, sizeof got);
    bool ok = strcmp(got, want) == 0;
    CHECK(ok, "%s: [%s] \"%s\"\n      want: %s\n      got:  %s", what, docdate ? docdate : "no date", text, want, got);
}

/* ---------------------------------------------------------------- normalisation rules */

static void test_leap_years(void) {
    expect(REF, "Am 29.02.2024 ist Schalttag.", "29.02.2024=2024-02-29", "leap year 2024");
    expect(REF, "Am 29.02.2023 ist nichts.", "", "no 29 February in 2023");
    expect(REF, "Am 29.02.2000 war Schalttag.", "29.02.2000=2000-02-29", "2000 is a leap year (divisible by 400)");
    expect(REF, "Am 29.02.1900 war nichts.", "", "1900 is no leap year (divisible by 100)");
    expect(REF, "Am 29.02.2100 ist nichts.", "", "2100 is no leap year");
    expect("2024-03-01", "Das war gestern.", "gestern=2024-02-29", "yesterday across a leap day");
    expect("2023-03-01", "Das war gestern.", "gestern=2023-02-28", "yesterday in a common year");
    expect("2024-02-28", "Wir kommen übermorgen.", "übermorgen=2024-03-01", "two days ahead over 29 February");
}

static void test_year_boundaries(void) {
    expect("2024-01-01", "Das war gestern.", "gestern=2023-12-31", "yesterday on New Year's Day");
    expect("2023-12-31", "Wir sehen uns morgen.", "morgen=2024-01-01", "tomorrow on New Year's Eve");
    expect("2023-12-05", "Nächsten Monat kommt sie.", "Nächsten Monat=2024-01", "next month in December");
    expect("2024-01-10", "Vergangenen Monat war Streik.", "Vergangenen Monat=2023-12", "last month in January");
    expect("2024-01-03", "Vergangene Woche war Streik.", "Vergangene Woche=2023-W52", "last week across the year");
    expect("2024-02-10", "Im vergangenen Quartal sank der Absatz.", "vergangenen Quartal=2023-Q4", "last quarter across the year");
    expect("2024-01-10", "Im vergangenen Dezember fiel Schnee.", "vergangenen Dezember=2023-12", "last December seen from January");
    expect("2023-11-16", "Im kommenden Januar wird gewählt.", "kommenden Januar=2024-01", "next January seen from November");
    expect("2024-01-02", "Am Freitag wurde gestreikt.", "Freitag=2023-12-29", "weekday before the reference across the year");
}

static void test_easter(void) {
    expect(REF, "Ostersonntag 2024 war kalt.", "Ostersonntag 2024=2024-03-31", "Easter 2024");
    expect(REF, "Ostermontag 2024 war kalt.", "Ostermontag 2024=2024-04-01", "Easter Monday 2024");
    expect(REF, "Karfreitag 2025 ist spät.", "Karfreitag 2025=2025-04-18", "Good Friday 2025");
    expect(REF, "Ostern 2019 fiel spät.", "Ostern 2019=2019-04-21", "Easter 2019");
    expect(REF, "Ostern 2008 fiel früh.", "Ostern 2008=2008-03-23", "Easter 2008");
    expect(REF, "Ostern 2038 fällt spät.", "Ostern 2038=2038-04-25", "Easter 2038 (latest possible)");
    expect(REF, "Pfingstmontag 2023 war sonnig.", "Pfingstmontag 2023=2023-05-29", "Whit Monday 2023");
    expect(REF, "Christi Himmelfahrt 2024 ist frei.", "Christi Himmelfahrt 2024=2024-05-09", "Ascension 2024");
    expect(REF, "Fronleichnam 2023 ist frei.", "Fronleichnam 2023=2023-06-08", "Corpus Christi 2023");
    expect(REF, "Aschermittwoch 2024 endet der Karneval.", "Aschermittwoch 2024=2024-02-14", "Ash Wednesday 2024");
    expect("2024-06-01", "Am Ostermontag war Stau.", "Ostermontag=2024-04-01", "Easter Monday in the reference year");
    expect(REF, "Der Totensonntag 2023 ist still.", "Totensonntag 2023=2023-11-26", "Sunday before Advent 2023");
    expect(REF, "Am Bußtag 2023 ist frei.", "Bußtag 2023=2023-11-22", "Repentance Day 2023 (Wednesday before 23 November)");
    expect(NULL, "Am Ostermontag war Stau.", "Ostermontag=XXXX-XX-XX", "movable feast with no year");
    expect(NULL, "Weihnachten war grün.", "Weihnachten=XXXX-12-25", "fixed feast with no year");
}

static void test_weeks(void) {
    expect("2021-01-03", "Diese Woche wird gebaut.", "Diese Woche=2020-W53", "3 January 2021 is in week 53 of 2020");
    expect("2024-12-30", "Diese Woche wird gebaut.", "Diese Woche=2025-W01", "30 December 2024 is in week 1 of 2025");
    expect("2023-01-01", "Diese Woche wird gebaut.", "Diese Woche=2022-W52", "1 January 2023 (Sunday) is in week 52 of 2022");
    expect("2026-01-01", "Nächste Woche wird gebaut.", "Nächste Woche=2026-W02", "week 1 of 2026 starts 29 December 2025");
    expect("2015-12-31", "Vergangene Woche wurde gebaut.", "Vergangene Woche=2015-W52", "week 53 years: the week before");
    expect("2016-01-04", "Vergangene Woche wurde gebaut.", "Vergangene Woche=2015-W53", "2015 has 53 weeks");
    expect(REF, "Am Wochenende wird gebaut.", "Wochenende=2023-W46-WE", "weekend of the reference week");
}

static void test_reference(void) {
    /* a month-precise document date: the first agreeing absolute date becomes the reference */
    expect("2023-11",
           "Das berichtete die Agentur am Donnerstag, den 16. November. Am Vortag hatten sich beide getroffen. "
           "Am Mittwoch berichteten Medien.",
           "Donnerstag, den 16. November=2023-11-16 ; Vortag=2023-11-15 ; Mittwoch=2023-11-15",
           "reference from the first agreeing date");
    expect("2023-11", "Am Vortag hatten sich beide getroffen.", "Vortag=2023-11-XX", "month-precise reference only");
    expect("2023", "Gestern war Streik.", "Gestern=2023-XX-XX", "year-precise reference only");
    /* no document date: the first full date with a year */
    expect(NULL, "Am 16. November 2023 kam er. Am Vortag hatte er gepackt.",
           "16. November 2023=2023-11-16 ; Vortag=2023-11-15", "reference from the text without a document date");
    expect(NULL, "Am 16. November kam er.", "16. November=XXXX-11-16", "unknown year stays X");
    expect(NULL, "Gestern war Streik.", "Gestern=PAST_REF", "no reference at all: past");
    expect(NULL, "Nächste Woche wird gestreikt.", "Nächste Woche=FUTURE_REF", "no reference at all: future");
    expect(NULL, "Am Mittwoch war Streik.", "Mittwoch=XXXX-WXX-3", "weekday without reference");
    /* a date of another month does not serve as reference for a month-precise document date */
    expect("2023-11", "Am 3. Oktober war Feiertag. Gestern war Streik.", "3. Oktober=2023-10-03 ; Gestern=2023-11-XX",
           "disagreeing date is no reference");
    expect("2023-11", "Am 3. Oktober war Feiertag. Am Vortag war Streik.", "3. Oktober=2023-10-03 ; Vortag=2023-10-02",
           "\"Vortag\" counts from a day named just before");
    /* the docdate year completes year-less dates */
    expect("2016-03-10", "Am 16. Februar wurde entschieden.", "16. Februar=2016-02-16", "docdate year");
    /* ... unless a tense cue of the sentence or a preposition before the date points elsewhere, or
     * (without one) the month lies more than half a year ahead */
    expect("2016-03-10", "Am 16. Dezember wurde entschieden.", "16. Dezember=2015-12-16", "past cue: the December before");
    expect("2016-03-10", "Am 16. Dezember soll entschieden werden.", "16. Dezember=2016-12-16", "future cue: the December after");
    expect("2023-11-16", "Zum 1. Januar steigen die Preise.", "1. Januar=2024-01-01", "\"zum\": the next January");
    expect("2023-11-16", "Ab dem 1. Februar gilt die Regel.", "1. Februar=2024-02-01", "\"ab dem\": ahead");
    expect("2023-11-16", "Seit dem 1. Dezember gilt die Regel.", "1. Dezember=2022-12-01", "\"seit dem\": back");
    expect("2016-03-10", "Das Buch erschien im Mai.", "Mai=2015-05", "a past tense form of any verb (date-tense-verbs.lex)");
    expect("2023-11-16", "Am Heiligen Abend brannte es.", "Heiligen Abend=2022-12-24", "a holiday after a past cue");
    expect("2023-11-16", "Die Band wird an Ostern spielen.", "Ostern=2024-03-31", "a movable feast after a future cue");
    expect("2023-11-16", "Die Gewerkschaft hat für Montag zum Streik aufgerufen.", "Montag=2023-11-20",
           "\"für\" before a weekday: ahead");
    expect("2023-11-16", "In der Nacht zum Sonntag brannte eine Halle.", "Sonntag=2023-11-12",
           "\"in der Nacht zum\" is no preposition pointing ahead");
    expect("2023-11-16", "An Weihnachten bleiben die Geschäfte geschlossen.", "Weihnachten=2023-12-25",
           "\"geschlossen\" is no past cue");
    expect("2023-11-16", "Von Montag bis Freitag wurde gearbeitet.", "Montag=2023-11-06 ; Freitag=2023-11-10",
           "the second date of a period has the first one's tense");
    expect("2023-11-16", "Im Januar hatte die Firma Verluste.", "Januar=2023-01", "past cue: this year's January");
    expect("2023-11-16", "Der Verlag ver\xc3\xb6" "ffentlicht am 3. Dezember den Roman.", "3. Dezember=2023-12-03",
           "a present form that looks like a participle is no past cue");
    expect("2023-11-16", "Der Verlag druckt am 3. M\xc3\xa4rz den Roman.", "3. M\xc3\xa4rz=2024-03-03",
           "a present form announces (date-tense-verbs.lex)");
    expect("2023-11-16", "Der Verlag hat am 3. M\xc3\xa4rz den Roman ver\xc3\xb6" "ffentlicht.", "3. M\xc3\xa4rz=2023-03-03",
           "in the perfect the auxiliary is the cue");
    expect("2023-12-28", "Am 6. Januar ist Feiertag.", "6. Januar=2024-01-06",
           "no cue: a month more than eight months back is next year's");
    expect("2023-11-16", "Das Treffen am 15.2. fiel aus.", "15.2.=2023-02-15", "past cue after a date's full stop");
    expect("2023-01-10", "Am 20. Dezember gab es Streit.", "20. Dezember=2022-12-20", "past cue: the December before");
    expect("2023-01-10", "Vom 20. Dezember bis 6. Januar ist zu.", "20. Dezember=2022-12-20 ; 6. Januar=2023-01-06",
           "a range across the year boundary");
    expect("2016-03-10", "Vom 1. Juni bis zum 30. November dauert die Saison.", "1. Juni=2016-06-01 ; 30. November=2016-11-30",
           "the second date of a period takes the year the first one's month chooses");
    expect("2016-05-14T23:06:43Z", "Heute wurde gebaut.", "Heute=2016-05-14", "timestamp as document date");
}

static void test_two_digit_years(void) {
    expect("2023-11-16", "Am 1.1.30 ist Stichtag.", "1.1.30=2030-01-01", "two-digit year up to 20 years ahead");
    expect("2023-11-16", "Am 1.1.50 war Stichtag.", "1.1.50=1950-01-01", "two-digit year in the past");
    expect("2023-11-16", "Am 1.1.44 ist Stichtag.", "1.1.44=1944-01-01", "21 years ahead goes back a century");
    expect("1995-06-01", "Am 1.1.05 ist Stichtag.", "1.1.05=2005-01-01", "pivot around an older reference year");
    expect("1995-06-01", "Am 1.1.20 war Stichtag.", "1.1.20=1920-01-01", "pivot around an older reference year (past)");
    expect(NULL, "Am 1.1.30 war Stichtag.", "1.1.30=2030-01-01", "no reference: 00-49 are 20xx");
    expect(NULL, "Am 1.1.69 war Stichtag.", "1.1.69=1969-01-01", "no reference: 50-99 are 19xx");
    expect("2023-11-16", "Die 10er Jahre waren ruhig.", "10er Jahre=201", "decade 10: completed, so 2010s");
    expect("2023-11-16", "Die 30er Jahre waren finster.", "30er Jahre=193", "decade 30: in the future, so 1930s");
}

static void test_weekday_tense(void) {
    expect(REF, "Am Montag wird gewählt.", "Montag=2023-11-20", "future cue (wird)");
    expect(REF, "Am Montag hatte er gewählt.", "Montag=2023-11-13", "past cue (hatte)");
    expect(REF, "Am Montag Regen in Kiel.", "Montag=2023-11-13", "no cue: before the reference");
    expect(REF, "Am Montag w\xc3\xa4hlen sie.", "Montag=2023-11-20", "a plural present form of an event verb: ahead");
    expect(REF, "Der Ausschuss kommt am Mittwoch zusammen.", "Mittwoch=2023-11-22", "\"kommt\" (also a stopword) is a cue");
    expect(REF, "Der Prozess wurde auf Mittwoch vertagt.", "Mittwoch=2023-11-22", "a postponed date lies ahead (vertagt)");
    expect(REF, "Das Gesetz wird am Montag beschlossen.", "Montag=2023-11-20",
           "a participle counts only without an auxiliary cue: wird ... beschlossen is ahead");
    expect(REF, "Die Zahlen sollen am Montag vorgestellt werden.", "Montag=2023-11-20", "... sollen ... vorgestellt werden too");
    expect(REF, "Am Montag gew\xc3\xa4hlt: der neue Rat.", "Montag=2023-11-13", "... and a participle alone is past");
    expect("2023-11-20", "Am Wochenende sind zwei Menschen ums Leben gekommen.", "Wochenende=2023-W46-WE",
           "a participle of the perfect (gekommen) makes the weekend the one before");
    expect(REF, "Am Montag erwarten die Meteorologen Schnee.", "Montag=2023-11-20", "a plural present form (erwarten): ahead");
    expect(REF, "Das Freibad \xc3\xb6" "ffnet bereits am 2. Dezember.", "2. Dezember=2023-12-02", "\"bereits\" is no past cue");
    expect("2024-01-08", "Um den Jahreswechsel gab es viele Unf\xc3\xa4lle.", "Jahreswechsel=2023/END",
           "the year's end in early January is the one just past");
    expect(REF, "Um den Jahreswechsel wird gefeiert.", "Jahreswechsel=2023/END", "... in November the coming one");
    expect(REF, "Die Gewerkschaft hatte im Oktober Proteste angek\xc3\xbc" "ndigt.", "Oktober=2023-10",
           "a month before a capitalised noun");
    expect(REF, "Die Stra\xc3\x9f" "e des 17. Juni ist gesperrt.", "", "the date in a street's name is none");
    expect(REF, "Der Termin wurde auf den 14. M\xc3\xa4rz verschoben.", "14. M\xc3\xa4rz=2024-03-14", "... and so does a month (verschoben)");
    expect(REF, "Das Treffen am Montag verlief ruhig.", "Montag=2023-11-13",
           "a capitalised noun inside a sentence is no cue (\"Treffen\")");
    expect(REF, "Der Kanzler reist am Montag nach Paris.", "Montag=2023-11-20", "a present form: ahead");
    expect(REF, "Die Stra\xc3\x9f" "e bleibt bis einschlie\xc3\x9f" "lich Montag gesperrt.", "Montag=2023-11-20",
           "\"bis einschlie\xc3\x9f" "lich\" points ahead as \"bis\" does");
    expect(REF, "Die Anmeldungen mussten bis zum 27. Juli eingereicht werden.", "27. Juli=2023-07-27",
           "\"bis\" with the past of a state (mussten) lies back");
    expect(REF, "Die Br\xc3\xbc" "cke war bis zum 3. Februar gesperrt.", "3. Februar=2023-02-03", "... (war)");
    expect(REF, "Die Beh\xc3\xb6rde hat die Frist bis zum 3. Februar verl\xc3\xa4ngert.", "3. Februar=2024-02-03",
           "... but not with \"hat\": the period may still run");
    expect(REF, "Die Reederei hat alle Reisen bis zum 3. Februar gestrichen, der Rat stimmte einer Vertagung bis zum 5. M\xc3\xa4rz zu.",
           "3. Februar=2024-02-03 ; 5. M\xc3\xa4rz=2024-03-05", "... nor with a stop or a ban (\"gestrichen\", \"Vertagung\")");
    expect(REF, "Der Konzern hat bis Ende Oktober einen Gewinn erzielt.", "Ende Oktober=2023-10/END",
           "... unless the perfect's participle follows the date in the clause (\"hat ... erzielt\")");
    expect(REF, "Die Firma hatte bis Ende September 200 Stellen abgebaut.", "Ende September=2023-09/END",
           "... and the pluperfect (\"hatte\") is a past of a state");
    expect(REF, "Die Zahl der F\xc3\xa4lle ist bis Ende Oktober gestiegen.", "Ende Oktober=2023-10/END", "... also with \"ist\"");
    expect(REF, "Das Museum ist bis Ende Oktober geschlossen.", "Ende Oktober=2024-10/END",
           "... but not with a participle of a state (\"geschlossen\")");
    expect(REF, "Die Amtszeit dauert bis Ende Oktober, er hat im Mai angek\xc3\xbc" "ndigt, anzutreten.", "Ende Oktober=2024-10/END ; Mai=2023-05",
           "... nor with a perfect in another clause");
    expect(REF, "Der T\xc3\xa4ter soll am Montag in das Haus eingebrochen sein.", "Montag=2023-11-13",
           "a modal with a perfect infinitive reports a past");
    expect(REF, "Er will ihn am Dienstag gesehen haben.", "Dienstag=2023-11-14", "... also with \"haben\"");
    expect(REF, "Die Finalserie soll sp\xc3\xa4testens am 21. Juni beendet sein.", "21. Juni=2024-06-21",
           "... but a state in the future is none (\"beendet sein\")");
    expect(REF, "Die Entscheidung d\xc3\xbcrfte am Montag fallen.", "Montag=2023-11-20", "a modal that guesses points ahead");
    expect(REF, "Das Museum ist am Samstag ge\xc3\xb6" "ffnet.", "Samstag=2023-11-18",
           "a weekday with \"ist\" and a participle of a state lies ahead");
    expect(REF, "Die Bahn hat am Montag die Strecke gesperrt.", "Montag=2023-11-13",
           "\"hat\" with a participle of a state other than opening hours is a perfect");
    expect(REF, "Am Sonntag hat das Museum ge\xc3\xb6" "ffnet.", "Sonntag=2023-11-19", "... but with \"ge\xc3\xb6" "ffnet\" a present");
    expect(REF, "Der Landrat hat zu einer Sondersitzung am 5. Dezember eingeladen.", "5. Dezember=2023-12-05",
           "a meeting's date that a perfect of calling it follows lies ahead");
    expect(REF, "Der Landrat hat am Montag zu einer Sitzung eingeladen.", "Montag=2023-11-13",
           "... not the date of the calling");
    expect(REF, "Zum Auftakt der Messe am Montag hat der Verband eingeladen.", "Montag=2023-11-13",
           "... nor a date in the first field");
    expect(REF, "Die Z\xc3\xbcge fahren am Montag wieder.", "Montag=2023-11-20",
           "a present plural where nothing else decides lies ahead");
    expect(REF, "Die Polizei konnte den Mann am Montag festnehmen.", "Montag=2023-11-13",
           "... not an infinitive after a past modal");
    expect(REF, "Der Markt im April musste abgesagt werden.", "April=2023-04", "a past modal is a past cue");
    expect(REF, "Der Ausschuss lud f\xc3\xbcr den 3. Februar Sachverst\xc3\xa4ndige ein.", "3. Februar=2024-02-03",
           "\"f\xc3\xbcr den\" plans ahead after a past verb");
    expect(REF, "Der Termin war f\xc3\xbcr den 3. Mai angesetzt.", "3. Mai=2023-05-03", "... unless a past state holds it");
    expect(REF, "Die Zahlen f\xc3\xbcr September wurden ver\xc3\xb6" "ffentlicht.", "September=2023-09",
           "\"f\xc3\xbcr\" before a month names a period, which may be past");
    expect(REF, "Am Sonntag ist die Landtagswahl.", "Sonntag=2023-11-19", "a weekday with \"ist\" and no other cue lies ahead");
    expect(REF, "Am Montag ist er gestorben.", "Montag=2023-11-13", "... not in the perfect");
    expect(REF, "Am Dienstag ist ein Radfahrer gegen einen Baum geprallt.", "Dienstag=2023-11-14",
           "... also with a participle no list holds");
    expect(REF, "Der Brand vom fr\xc3\xbchen Montagmorgen war schnell gel\xc3\xb6scht.", "Montagmorgen=2023-11-13TMO",
           "\"vom\" before a weekday looks back");
    expect(REF, "Die Show pausiert bis zum Fr\xc3\xbchjahr.", "Fr\xc3\xbchjahr=2024-SP", "a season follows the tense as a quarter does");
    expect(REF, "Seit dem Sommer ist die Stra\xc3\x9f" "e gesperrt.", "Sommer=2023-SU", "... back");
    expect(REF, "Die Arbeiten dauern bis in den Winter.", "Winter=2023-WI", "... also after \"bis in den\"");
    expect(REF, "Von Montag an gilt die neue Regel.", "Montag=2023-11-20", "\"von ... an\" is \"ab\": ahead");
    expect(REF, "Von Dezember an sollen die Preise steigen.", "Dezember=2023-12", "... also before a month alone");
    expect("2024-02-10", "Im vierten Quartal steigerte der Konzern den Umsatz.", "vierten Quartal=2023-Q4",
           "a quarter that has not begun lies in the year before in a past sentence");
    expect(REF, "Im ersten Quartal will der Konzern wachsen.", "ersten Quartal=2024-Q1",
           "... one that has ended in the year after in a future sentence");
    expect(REF, "Im ersten Halbjahr stieg der Gewinn.", "ersten Halbjahr=2023-H1", "... and the current year's otherwise");
    expect(REF, "Am kommenden Wochenende wird gefeiert.", "kommenden Wochenende=2023-W46-WE",
           "the coming weekend from a Thursday is the same week's");
    expect(REF, "Am Wochenende wurde eingebrochen.", "Wochenende=2023-W45-WE", "the weekend in a past sentence: the one before");
    expect("2023-11-19", "Am Wochenende wurde eingebrochen.", "Wochenende=2023-W46-WE", "... written on that weekend's Sunday");
    expect("2023-09-25", "Der Prozess wurde auf Mittwoch, 28. Februar, vertagt.", "Mittwoch, 28. Februar=2024-02-28",
           "a weekday with the day picks the year in which they agree");
    expect(REF, "Am Montag hat er das Werk besucht, sagt ein Sprecher.", "Montag=2023-11-13",
           "a verb of saying in the present is no cue");
    expect(REF, "Am Donnerstag soll gewählt werden.", "Donnerstag=2023-11-16", "same weekday as the reference, future");
    expect(REF, "Landrat Uwe Brixner (CDU) besucht am Montag die Schule.", "Montag=2023-11-20",
           "a verb in the shape of a participle after a name and its party in brackets is a present");
    expect(REF, "Die Firma Quarkwerk (Jena) er\xc3\xb6" "ffnet am Montag ein Werk.", "Montag=2023-11-20",
           "... after a place in brackets too");
    expect(REF, "Landrat Uwe Brixner (CDU) hat am Montag die Schule besucht.", "Montag=2023-11-13",
           "... but a perfect stays back");
    expect(REF, "Die Partei nominierte im Dezember ihre Kandidatin.", "Dezember=2022-12",
           "the simple past of a verb in -ieren whose participle is also a noun (\"Nominierte\") is a past cue");
    expect(REF, "Die Partei nominierte am Wochenende ihren Kandidaten.", "Wochenende=2023-W45-WE", "... also for a weekend");
    expect(REF, "Nach dem Gro\xc3\x9f" "brand am Sonntag ist die Ursache unklar.", "Sonntag=2023-11-12",
           "a weekday after a noun of an incident and \"am\" is the incident's: back (class incident)");
    expect(REF, "Die Polizei bittet um Hinweise zu einem Einbruch am Samstag.", "Samstag=2023-11-11",
           "... also where the sentence has a present");
    expect(REF, "Nach der Feier am Sonntag ist die Halle geschlossen.", "Sonntag=2023-11-19",
           "... not after any noun");
    /* REF is a Thursday */
    expect(REF, "Der Trainer muss am Samstag umstellen.", "Samstag=2023-11-18", "a present modal plans ahead (muss)");
    expect(REF, "Die Bewohner können am Montag zurü" "ckkehren.", "Montag=2023-11-20", "... (können)");
    expect(REF, "Die Sängerin hat das Konzert am Samstag unterbrechen müssen.", "Samstag=2023-11-11",
           "the perfect of a modal (hat ... unterbrechen müssen) looks back");
    expect(REF, "Am Montag hat Lanz den Minister zu Gast.", "Montag=2023-11-20",
           "\"hat\" whose sentence ends in a noun is a present: ahead");
    expect(REF, "Am Sonntag haben die Geschä" "fte geö" "ffnet.", "Sonntag=2023-11-19", "... \"haben\" with a participle of a state");
    expect(REF, "Der Kanzler hat am Dienstag den Chef der Partei, Hans Weber, empfangen.", "Dienstag=2023-11-14",
           "\"hat\" with the participle after an apposition is a perfect");
    expect(REF, "Der THW Kiel hat am Sonntag das Derby mit 31:28 gewonnen.", "Sonntag=2023-11-12",
           "a score (\":\" between digits) ends no sentence");
    expect(REF, "Das Amt muss neu entscheiden, wie aus dem am Montag publizierten Urteil hervorgeht.", "Montag=2023-11-13",
           "an attributive participle after the date decides: back");
    expect(REF, "Die am Montag geplante Sitzung fällt aus.", "Montag=2023-11-20", "... a planned one: ahead");
    expect(REF, "Merz ist am Dienstag von Macron empfangen worden.", "Dienstag=2023-11-14",
           "a present form before \"worden\" is a participle");
    expect("2025-03-31", "In der Stadt gilt ab Juli Tempo 30. Das hat der Stadtrat beschlossen.", "Juli=2025-07",
           "a number before a capitalised function word ends its sentence (no ordinal)");
    expect(REF, "Die Saison dauert vom 1. Juni bis zum 30. September, wenn sich die Meere aufgeheizt haben, was Stürme entfachen kann.",
           "1. Juni=2024-06-01 ; 30. September=2024-09-30", "a perfect infinitive of another clause is no past for a modal");
    /* a year ahead named in the sentence (after "Jahr" or a noun) or a month of it just before
     * gives its year to a day or month without one */
    expect("2025-03-14", "Im Jahr 2028 soll am 1. Juli das Gesetz in Kraft treten.", "2028=2028 ; 1. Juli=2028-07-01",
           "a future year after \"Jahr\" passes on in its sentence");
    expect("2025-03-14", "Die Wahl 2026 findet am 13. September statt.", "2026=2026 ; 13. September=2026-09-13",
           "... a future year after a noun");
    expect("2025-03-14", "Im Frühjahr 2027 beginnt der Bau, im April rollen die Bagger an.", "Frühjahr 2027=2027-SP ; April=2027-04",
           "... a future season with its year");
    expect("2025-03-14", "Der 2010 gegründete Verein feierte am 3. März.", "2010=2010 ; 3. März=2025-03-03",
           "a year after a sentence's first word does not pass on");
    expect("2025-03-14", "Im Jahr 2028 wird gewählt. Am 1. Juli beginnt der Wahlkampf.", "2028=2028 ; 1. Juli=2025-07-01",
           "a year alone holds only in its sentence");
    expect("2025-03-29", "Die Erhöhung gilt ab Mai 2026. Am 5. April wird weiterverhandelt.", "Mai 2026=2026-05 ; 5. April=2025-04-05",
           "a future month with its year holds only in its sentence");
    /* a pair of months is one period: ahead, it has not yet ended; back, it has begun */
    expect("2025-05-14", "Von April bis Juni wird die Straße gebaut.", "April=2025-04 ; Juni=2025-06",
           "a future pair whose end is ahead is this year's");
    expect("2025-05-14", "Vom 28. April bis 20. Mai wird gebaut.", "28. April=2025-04-28 ; 20. Mai=2025-05-20",
           "... also of two dates joined by \"bis\"");
    expect("2025-05-14", "Von Januar bis März wird gebaut.", "Januar=2026-01 ; März=2026-03",
           "a future pair that has ended is next year's");
    expect("2025-05-14", "Von Juli bis September wurde gebaut.", "Juli=2024-07 ; September=2024-09",
           "a past pair that has not begun is last year's");
    expect(REF, "Er soll gehen. Am Montag berichtete die Zeitung.", "Montag=2023-11-13",
           "a cue in another sentence does not count");
    expect(REF, "Nachfolger wird Kovac, wie der Verein am Sonntag mitteilte.", "Sonntag=2023-11-12",
           "the nearest cue wins: a separable verb in its clause (mitteilte) over the main clause's wird");
}

/* Bad date rules are reported with file, line and column. */
static void test_rule_errors(void) {
    char dir[512];
    if (!tu_tmpdir(dir, sizeof dir)) {
        CHECK(0, "cannot create a temporary folder");
        return;
    }
    tu_write(dir, "w.lex", "# test\nMai\tmonth\t5\n");
    static const struct {
        const char *rules, *want;
    } bad[] = {
        {"DATE 10 a : /(?<d>\\d+\\./ => date\n", "x.rules:1: column 24: regular expression does not compile"},
        {"# c\nDATE 10 b : /(?<foo>\\d+)/ => date\n", "x.rules:2: column 17: unknown group name"},
        {"DATE 10 c : /(?<d>\\d+)/ => datum\n", "x.rules:1: column 28: unknown action"},
        {"DATE 10 d : /(?<d>\\d+)\n", "x.rules:1: column 13: unterminated regular expression"},
        {"DATE 10 e : /(?<weekday>\\p{L}+)/ => date\n", "needs the word class \"weekday\""},
        {"DATE 10 f : /\\d+/ => date\n", "x.rules:1: column 14: a DATE rule needs a group"},
        {"DATE 10 g : /(?<d>\\d+)/\n", "x.rules:1: column 24: expected \"=> date\""},
        {"DATE 10 h : /(?<d>\\d+)-(?<d2>\\d+)/ => date\n", "needs groups span and span2"},
        {"NODATE 10 i : /x/ => date\n", "a NODATE rule takes no action"},
        {"DATE 10 j : /(?<d>\\d+)/z => date\n", "unknown regex flag"},
        {"DATE 10 k : /(?<d>\\d+)/ => date anchor=first\n", "x.rules:1: column 40: anchor= takes \"last\", \"prev\" or \"next\""},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        tu_write(dir, "x.rules", bad[i].rules);
        const char *dirs[] = {dir};
        dener_error err;
        memset(&err, 0, sizeof err);
        dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
        CHECK(!m && err.code == DENER_ERR_RULE && strstr(err.msg, bad[i].want), "bad rule %zu: want \"%s\", got \"%s\"",
              i, bad[i].want, m ? "(loaded)" : err.msg);
        dener_model_free(m);
    }
    /* a good rule in a small folder works */
    tu_write(dir, "x.rules", "DATE 10 ok : /(?<d>\\d{1,2})\\. (?<month>\\p{L}+)/ => date\n");
    const char *dirs[] = {dir};
    dener_error err;
    dener_model *m = dener_model_load(dirs, 1, NULL, 0, &err);
    CHECK(m != NULL, "small model: %s", err.msg);
    if (m) {
        dener_doc *d = dener_doc_new(m);
        dener_options o = {0};
        o.date = REF;
        const char *t = "Am 3. Mai und am 4. Juni.";
        int rc = dener_extract(d, t, strlen(t), &o, &err);
        CHECK(rc == 0 && dener_doc_count(d) == 1 && strcmp(dener_doc_entity(d, 0)->value, "2023-05-03") == 0,
              "small model extracts one date");
        dener_doc_free(d);
        dener_model_free(m);
    }
    char p[1024];
    snprintf(p, sizeof p, "%s/w.lex", dir);
    remove(p);
    snprintf(p, sizeof p, "%s/x.rules", dir);
    remove(p);
    rmdir(dir);
}

/* Offsets are code points, and a large text is handled in reasonable time. */
static void test_offsets_and_size(void) {
    const char *t = "Über Nacht, am 16. März 2023, kam es.";
    dener_options o = {0};
    o.date = REF;
    o.types = DENER_TYPE_BIT(DENER_DATE);
    dener_error err;
    int rc = dener_extract(g_doc, t, strlen(t), &o, &err);
    const dener_entity *e = rc == 0 && dener_doc_count(g_doc) == 1 ? dener_doc_entity(g_doc, 0) : NULL;
    CHECK(e && e->start == 15 && e->end == 28 && e->start_byte == 16 && e->end_byte == 30, "code point offsets");
    /* 1 MB of text: each paragraph holds dates and non-dates */
    const char *para = "Am Mittwoch, den 15. März 2023, berichtete die Zeitung über 2000 Menschen, die vor drei Jahren "
                       "in 1010 Wien demonstriert hatten. Heute Abend folgt mehr; Ende des Jahres wird gewählt. ";
    size_t pl = strlen(para), n = (1u << 20) / pl;
    char *big = malloc(pl * n + 1);
    if (!big) return;
    for (size_t i = 0; i < n; i++) memcpy(big + i * pl, para, pl);
    big[pl * n] = 0;
    rc = dener_extract(g_doc, big, pl * n, &o, &err);
    size_t cnt = dener_doc_count(g_doc);
    CHECK(rc == 0 && cnt == 4 * n, "1 MB text: %zu dates for %zu paragraphs (rc %d)", cnt, n, rc);
    free(big);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "lexicons";
    dener_error err;
    g_model = dener_model_load(&dir, 1, NULL, 0, &err);
    if (!g_model) {
        fprintf(stderr, "test_dates: cannot load %s: %s\n", dir, err.msg);
        return 1;
    }
    g_doc = dener_doc_new(g_model);
    if (!g_doc) return 1;

    int before = check_failed;
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        expect(CASES[i].date, CASES[i].text, CASES[i].expect, "case");
        g_cases++;
    }
    g_case_fail = check_failed - before;
    printf("table: %d cases, %d failed\n", g_cases, g_case_fail);

    test_leap_years();
    test_year_boundaries();
    test_easter();
    test_weeks();
    test_reference();
    test_two_digit_years();
    test_weekday_tense();
    test_rule_errors();
    test_offsets_and_size();

    dener_doc_free(g_doc);
    dener_model_free(g_model);
    return check_done("dates");
}
