/* test_names.c - the shipped name rules (lexicons/names.rules) with the full lexicons: one table
 * row per behaviour, sentence in, the PER/LOC/ORG entities out ("TYPE:text|..."), dates left out.
 * The sentences and names are made up for this test; an empty expectation means "no name here". */
#include "testutil.h"
#include "../src/rules.h"

static const struct { const char *text; const char *expect; } CASES[] = {
    /* a function word or common noun that opens a sentence is no organisation (NOT start_word) */
    {"Mit dem Ergebnis war niemand zufrieden.", ""},
    {"Bild zeigt einen Hund.", ""},
    {"Er sprach mit Blick auf die Wahl. Seine Partei verlor.", ""}, /* a set phrase; a possessive that is also a river */
    {"Dem \xe2\x80\x9eSpiegel\xe2\x80\x9c zufolge kam die Ostsee ins Spiel.", "ORG:Spiegel|LOC:Ostsee"}, /* quoted; not a common noun */
    {"Das Treffen fand statt. \xc2\xa9 IMAGO/Sputnik", "ORG:IMAGO|ORG:Sputnik"}, /* ALL CAPS are exempt */
    /* legal forms with a final dot (abbrev.lex) and of several tokens (name_suffix_as,
     * name_suffix_spzoo, name_suffix_ev) */
    {"Die Brixa Kft. liefert, die Firma Quarko Wind A/S baut und die Quarvo Sp. z o.o. wirbt.",
     "ORG:Brixa Kft.|ORG:Quarko Wind A/S|ORG:Quarvo Sp. z o.o."},
    {"Der Brixel e. V. tagt im Haus der Quarko Brix e. K.", "ORG:Brixel e. V.|ORG:Quarko Brix e. K."},
    /* a legal form joined with "+", a bracketed addition (name_suffix_paren) and the auditors'
     * and lawyers' company forms (class-orgsuffix.lex) */
    {"Die Brixa SE + Co. KG, die Quarko UG (haftungsbeschr\xc3\xa4nkt) und die Kestler AG Wirtschaftspr\xc3\xbc" "fungsgesellschaft pr\xc3\xbc" "fen.",
     "ORG:Brixa SE + Co. KG|ORG:Quarko UG (haftungsbeschr\xc3\xa4nkt)|ORG:Kestler AG Wirtschaftspr\xc3\xbc" "fungsgesellschaft"},
    /* foundations written apart (person_foundation, word_foundation), firms of partners (amp_partner) */
    {"Die Olaf Scholz Stiftung, die Quarkwin Stiftung und Brixner & Partner sowie Kestler, Olvedar & Partner halfen. Private Stiftung gegr\xc3\xbc" "ndet.",
     "ORG:Olaf Scholz Stiftung|ORG:Quarkwin Stiftung|ORG:Brixner & Partner|ORG:Kestler, Olvedar & Partner"},
    /* a noun with "\xc3\x9f" is a common noun, no place after "nach" */
    {"Nach Schlie\xc3\x9f" "ung der Wahllokale und nach Abschlie\xc3\x9f" "en der Arbeiten kam es zu Unruhen.", ""},
    /* ... nor a verb used as a noun (@tense: a verb form of date-tense-verbs.lex) or a dative plural */
    {"Nach Bekanntwerden der Pl\xc3\xa4ne kam nach Worten des Sprechers Unruhe auf.", ""},
    /* a word of a day of history (class event, date-words.lex) is still split as a compound */
    {"Festnahmen nach Putschversuch in der T\xc3\xbcrkei.", "LOC:T\xc3\xbcrkei"},
    /* quoted names of operations, exercises, trains and freighters are no bodies (vehicle_quoted) */
    {"Die Operation \xe2\x80\x9eQuarko Lion\xe2\x80\x9c und die \xc3\x9c" "bung \xe2\x80\x9e" "Brixa Thunder\xe2\x80\x9c begannen, der Zug \xe2\x80\x9e" "Kestler Express\xe2\x80\x9c" " hielt.", ""},
    /* a name after a noun of a craft, mission, weapon or device is a product (class-craftnoun.lex,
     * craft_name: also by the head of a closed compound and the last part of a hyphenated one); a
     * UN mission is a body */
    {"Der Boeing-Raumgleiter Starliner und die Mondmission Artemis II starten, der Sch\xc3\xbctzenpanzer Marder rollt. Die UN-Mission Unifil bleibt.",
     "ORG:Unifil"},
    /* a place after a noun of a kind of place (class-placenoun.lex: place_noun), which stays a
     * common noun by its head where the lexicon knows no name ("in der Landeshauptstadt") */
    {"Der Grenzort Vaalimaa ist gesperrt, im Skigebiet Kartalkaya brannte es. Die Kommune T\xc3\xb8nder klagt. In der Landeshauptstadt feiert man.",
     "LOC:Vaalimaa|LOC:Kartalkaya|LOC:T\xc3\xb8nder"},
    /* a title in quotes after a noun of works (class-worknoun.lex, also a compound's head) names no one;
     * the span ends at its closing quote ("„Der Leopard“ von Luchino Visconti") */
    {"Die ZDF-Krimiserie \xe2\x80\x9e" "Derrick\xe2\x80\x9c l\xc3\xa4uft, die Kochshow \xe2\x80\x9eQuarko Berlin\xe2\x80\x9c startet. Er drehte Filme wie \xe2\x80\x9e" "Der Leopard\xe2\x80\x9c von Luchino Visconti.",
     "PER:Luchino Visconti"},
    /* a one-word name of the people list before an unknown name after a role is a given name (known_given_role) */
    {"Pr\xc3\xa4sident Faure Gnassing\xc3\xa9 regiert, der L\xc3\xa4ufer Nixon Korir gewann.", "PER:Faure Gnassing\xc3\xa9|PER:Nixon Korir"},
    /* a festival named before "Festival" is one name, as the festivals of the lists (english_org) */
    {"Beim Reeperbahn Festival spielen Bands, die Besucher des Quarkstedt Festivals feiern.",
     "ORG:Reeperbahn Festival|ORG:Quarkstedt Festivals"},
    /* the smaller towns of Europe (loc-towns-europe.lex: 5,000 inhabitants and more) need context
     * like the world list; a given name or common word among them is none ("Ski-WM", "Albert"); a
     * common noun is no surname alias ("Das Königshaus") */
    {"Die F\xc3\xa4hre nach Hirtshals f\xc3\xa4hrt, in Hammerfest schneit es. Albert gewann die Ski-WM. Das K\xc3\xb6nigshaus teilte mit.",
     "LOC:Hirtshals|LOC:Hammerfest|PER:Albert"},
    /* legal forms of Turkey, Greece, the Balkans and Bulgaria (class-orgsuffix.lex) */
    {"Die Quarko A.\xc5\x9e. w\xc3\xa4" "chst, die Kestler d.d. meldet, die Lestra EAD baut.", "ORG:Quarko A.\xc5\x9e.|ORG:Kestler d.d.|ORG:Lestra EAD"},
    /* Irish roles ("Taoiseach") end no name after "von" */
    {"Die Fine Gael von Taoiseach Simon Harris gewann.", "ORG:Fine Gael|PER:Simon Harris"},
    /* municipal offices and utilities before their town (class-orghead.lex: head_place) */
    {"Das teilte die Stadtreinigung Leipzig mit, das Kulturamt Wuppertal l\xc3\xa4" "dt ein.", "ORG:Stadtreinigung Leipzig|ORG:Kulturamt Wuppertal"},
    /* schedule nouns and participles opening a line of an event listing are no names */
    {"Anwurf ist um 18 Uhr. Einlass ist ab 17 Uhr. Betroffen ist der Kreis Recklinghausen.", "LOC:Kreis Recklinghausen"},
    /* a listed place and an unknown part is a district (place_district), but not an event, a
     * project or a party of the place */
    {"Er wohnt in Kiel-Wellingdorf, sie in Kiel-Quarkdorf. Der Kiel-Untersuchungsausschuss tagte, die NRW-CDU auch.",
     "LOC:Kiel-Wellingdorf|LOC:Kiel-Quarkdorf"},
    /* weather nouns opening a sentence, a musical key, a dam: common nouns */
    {"Glatteis hat in Kiel zu Unf\xc3\xa4" "llen gef\xc3\xbc" "hrt. Sturmb\xc3\xb6" "en rissen B\xc3\xa4" "ume um.", "LOC:Kiel"},
    {"Die Sonate in Es-Dur erklang, als der Staudamm brach.", ""},
    /* currencies and awards named like people (currency_name, award_name, award_article) */
    {"Die Lira verlor, der rum\xc3\xa4nische Leu fiel. Sie erhielt zwei Golden Globes und den Oscar. Oscar Isaac spielt.", "PER:Oscar Isaac"},
    /* adverbs opening a sentence are no names (class-lowerword.lex: lowerwords_build.py ADVERBS) */
    {"Dreimal wurde er Meister. Zeitlebens blieb er treu. Hochbetagt starb sie. Kurzerhand sagte sie ab.", ""},
    /* a party's German name before the acronym of its own language (party_before_acronym) */
    {"Die Kroatische Demokratische Gemeinschaft (HDZ) gewann, die Quarkische Volksbewegung (QVB) verlor.",
     "ORG:Kroatische Demokratische Gemeinschaft|ORG:HDZ|ORG:Quarkische Volksbewegung|ORG:QVB"},
    /* Greek and South Slavic place names with a first word of their kind (balkan_place) */
    {"Sie besuchten Nea Quarkos und Agios Brixos, in Donja Kestla regnet es. Die Nea Dimokratia gewann.",
     "LOC:Nea Quarkos|LOC:Agios Brixos|LOC:Donja Kestla|ORG:Nea Dimokratia"},
    /* Dutch place names with a preposition (dutch_place) */
    {"Sie fuhren nach Quarkwijk aan Zee und zum Palast Huis ten Brixen.", "LOC:Quarkwijk aan Zee|LOC:Huis ten Brixen"},
    /* a band named after "Band", also a word or a place (band_name) */
    {"Die Band Bilderbuch tourt, die Band Granada kommt.", "ORG:Bilderbuch|ORG:Granada"},
    /* English heads of bodies after a name (english_org): observatories, courts, labs, clouds, parties */
    {"Das teilten die Quarko Cloud, der Lagos High Court und die Brixa Freedom Party mit.", "ORG:Quarko Cloud|ORG:Lagos High Court|ORG:Brixa Freedom Party"},
    /* a periodical named in quotes after its kind, also in one word (periodical_quoted) */
    {"Die Studie erschien im Fachjournal \xe2\x80\x9eQuarkology\xe2\x80\x9c, der Sender \xe2\x80\x9eRadio Brixa\xe2\x80\x9c berichtete.", "ORG:Quarkology|ORG:Radio Brixa"},
    /* a town before the state or province it lies in, also against a given name (town_in_state) */
    {"Das Labor in Golden im US-Bundesstaat Colorado forscht, die K\xc3\xa4mpfe in Bara in der Provinz Nord-Kordofan dauern an.",
     "LOC:Golden|LOC:Colorado|LOC:Bara|LOC:Nord-Kordofan"},
    /* the second person of a pair after a role (role_pair_second); no institution after "ein neues" */
    {"Die Astronauten Quarko Brix und Lestra Kolv landeten. Die Stadt plant ein neues KI-Zentrum.", "PER:Quarko Brix|PER:Lestra Kolv"},
    /* law firms named after "Kanzlei" (law_firm, law_firm_amp), not a place after it */
    {"Die Kanzlei Brixner Olvedar vertritt ihn, die Kanzlei Quarkwin Lestra & Kollegen auch. Die Kanzlei in Berlin schweigt.",
     "ORG:Brixner Olvedar|ORG:Quarkwin Lestra & Kollegen|LOC:Berlin"},
    /* central banks with their country (bank_of_country), English names of a place and an
     * institution (loc_en_end), a listed company and an English word of its trade (org_trade_en) */
    {"Die Bank von Japan und die Zentralbank von Brasilien senkten die Zinsen, die Utah Valley University forscht.",
     "ORG:Bank von Japan|ORG:Zentralbank von Brasilien|ORG:Utah Valley University"},
    {"Die Aktien von Renesas Electronics und Hyundai Rotem fielen.", "ORG:Renesas Electronics|ORG:Hyundai Rotem"},
    /* squares and streets of Romance languages (romance_place; "Plaza" not before a word of a business) */
    {"Am Place Brixou, an der Plaza de Quarvo, an der Plaza Olvedar und in der Plaza Lounge feierten sie.", "LOC:Place Brixou|LOC:Plaza de Quarvo|LOC:Plaza Olvedar"},
    /* Arabic names with several particles (arabic_particle), after an unknown given name
     * (arabic_particle_u); places with an Arabic or Hebrew prefix word (semitic_place) */
    {"Emir Quaruf al-Brixi al-Kestra starb, Chef Raschwad al-Olvedi reiste ab.", "PER:Quaruf al-Brixi al-Kestra|PER:Raschwad al-Olvedi"},
    {"In Umm al-Quarb und in Kafr Brixa wurde demonstriert.", "LOC:Umm al-Quarb|LOC:Kafr Brixa"},
    /* a listed name matches with either apostrophe (the lists write U+2019) */
    {"Urlaub an der C\xc3\xb4te d'Azur, dann an der C\xc3\xb4te d\xe2\x80\x99" "Azur.", "LOC:C\xc3\xb4te d'Azur|LOC:C\xc3\xb4te d\xe2\x80\x99" "Azur"},
    /* Romanian letters with a comma below match the lexicon's cedilla spelling ("Pite\xc5\x9f" "ti") */
    {"Ein Unfall bei Pite\xc8\x99ti forderte Tote, in Gala\xc8\x9bi regnet es.", "LOC:Pite\xc8\x99ti|LOC:Gala\xc8\x9bi"},
    /* North German and Frisian given names (classes-firstnames.txt) */
    {"Gesch\xc3\xa4" "ftsf\xc3\xbchrer Hasso Brixner und J\xc3\xb6rdis Quarbeck sowie L\xc3\xbc" "der Kestler traten an.", "PER:Hasso Brixner|PER:J\xc3\xb6rdis Quarbeck|PER:L\xc3\xbc" "der Kestler"},
    /* holiday resorts abroad (places_manual/landmarks.tsv) */
    {"Die Urlauber in Khao Lak und in Cala Ratjada sind zufrieden.", "LOC:Khao Lak|LOC:Cala Ratjada"},
    /* an organisation head with a truncated first part joined by "und" (head_name_trunc) */
    {"Die Industrie- und Handelskammer Quarkstadt warnt vor Kinder- und Jugendarmut.", "ORG:Industrie- und Handelskammer Quarkstadt"},
    {"Das Wasserstra\xc3\x9f" "en- und Schifffahrtsamt Brixa sperrt, der Wasser- und Abwasserzweckverband Oberes Brixtal auch.",
     "ORG:Wasserstra\xc3\x9f" "en- und Schifffahrtsamt Brixa|ORG:Wasser- und Abwasserzweckverband Oberes Brixtal"},
    /* descriptor before an organisation name, also as the head of a compound (desc_name) */
    {"Der Autozulieferer Kestler meldete Gewinne.", "ORG:Kestler"},
    {"Der Internetriese Quarko kauft zu.", "ORG:Quarko"},
    {"Die Digitalagentur Quarko Meltis wächst.", "ORG:Quarko Meltis"},
    {"Auch der Tech-Blog Quarvix berichtete.", "ORG:Quarvix"}, /* a blog is a descriptor */
    /* motorway junctions and exits (junction, junction_part), roads (road_number) */
    {"Auf der A3 staute es sich am Kreuz Offenbach und am Dreieck Erlangen.",
     "LOC:A3|LOC:Kreuz Offenbach|LOC:Dreieck Erlangen"},
    {"Die Ausfahrt Bamberg-Süd ist gesperrt.", "LOC:Ausfahrt Bamberg-Süd"},
    /* one-word regions with a compass prefix (loc-directional.lex) */
    {"In Süditalien und Nordspanien regnete es.", "LOC:Süditalien|LOC:Nordspanien"},
    /* bare surnames of listed people, also in the genitive; ambiguous ones without canonical */
    {"Humboldt schrieb an Schopenhauer, die Kritik Kants kam sp\xc3\xa4ter.", "PER:Humboldt|PER:Schopenhauer|PER:Kants"},
    /* "der" before an organisation head is an article, not a name particle (given_particle,
     * given_mid_particle, given_surname) */
    {"Der Abgeordnete Jonas Quarbeck warf Paula Brixner der Landesregierung Untätigkeit vor.",
     "PER:Jonas Quarbeck|PER:Paula Brixner"},
    {"Ebenso warf Karla Helene der Staatskanzlei Fehler vor.", "PER:Karla Helene"},
    /* a listed stage name that is a common noun is left out of the people list */
    {"Das Amtsgericht erlie\xc3\x9f gegen den Mann einen Haftbefehl.", ""},
    /* ... nor a surname that names a month of fasting, a disease or a world view */
    {"Im Ramadan fasten viele. Alzheimer ist nicht heilbar, das Weltbild wankt.", ""},
    /* a place that is also a common word after a place preposition and before a finite verb
     * (prep_place); not in set phrases */
    {"Die Flugsicherung in Langen best\xc3\xa4tigte den Vorfall, als das Gesetz in Kraft trat.", "LOC:Langen"},
    /* ... and after "von" before "nach"/"bis" and a name (from_to_place), not before "nach Hause" */
    {"Die Strecke von Hof bis Plauen ist gesperrt.", "LOC:Hof|LOC:Plauen"},
    {"Der Pokal wanderte von Hand zu Hand, der Bote kam von Hof nach Hause.", ""},
    /* a given name before a relative clause, also after a colon or at a sentence start
     * (given_relative); not a common noun that is also a given name */
    {"Sie haben zwei S\xc3\xb6hne: Lennart, der in Kiel studiert, und Jonte.", "PER:Lennart|LOC:Kiel|PER:Jonte"},
    {"Rose, die im Garten bl\xc3\xbcht, duftet.", ""},
    /* given name and initial before the offence charged (given_initial, initial_name) */
    {"Die Staatsanwaltschaft wirft Jochen K. Betrug vor, dem Mitangeklagten Marlon H. Vorteilsannahme.",
     "PER:Jochen K.|PER:Marlon H."},
    /* a region's people with an article are no place (region_people) */
    {"F\xc3\xbcr die Sachsen trafen Baumgartner und Meier, die Schwaben gewannen in Hessen.",
     "PER:Baumgartner|PER:Meier|LOC:Hessen"},
    /* a ship's name is no place (NOT ship_name) */
    {"Die Marine hat die Fregatte \xe2\x80\x9eHessen\xe2\x80\x9c entsandt, das Schiff Berlin folgt.", ""},
    /* an authority "for X and Y" does not end on "und" (head_for, head_for_und) */
    {"Das Landesamt f\xc3\xbcr Brixpflege und die Stadt Bamberg einigten sich mit dem Ministerium f\xc3\xbcr Inneres und Sport.",
     "ORG:Landesamt f\xc3\xbcr Brixpflege|LOC:Bamberg|ORG:Ministerium f\xc3\xbcr Inneres und Sport"},
    /* a title that is also a given name starts no name (given_particle, given_surname); a common
     * noun alias is gone from the organisations ("Seenotretter") */
    {"Der Emir von Katar traf die Seenotretter.", "LOC:Katar"},
    /* a state's adjective before a head (land_adj_head); more heads (orgs-src/classes.txt); a
     * place adjective and an organisation compound before a name are a descriptor (adj_end_compound) */
    {"Der S\xc3\xa4" "chsische Rechnungshof und das Landeskommando Hamburg r\xc3\xbcgten den Jenaer Optikkonzern Quarkzeiss.",
     "ORG:S\xc3\xa4" "chsische Rechnungshof|ORG:Landeskommando Hamburg|ORG:Quarkzeiss"},
    /* a name before a descriptor in apposition (name_appos_desc); a compound of "Gesellschaft" is a
     * descriptor (class-orgdeschead.lex); not a dative object after a verb of saying */
    {"Das Geld kam von Brixelon, der Investmentfirma von Max Quarbeck, und von der Beteiligungsgesellschaft Quarvion.",
     "ORG:Brixelon|PER:Max Quarbeck|ORG:Quarvion"},
    {"Das sagte Jonas Brix, der Nachrichtenagentur dpa.", "PER:Jonas Brix|ORG:dpa"},
    /* an abstract noun in quotes starts no organisation name (quoted_name) */
    {"Er warnte vor einer \xe2\x80\x9e" "Deindustrialisierung Deutschlands\xe2\x80\x9c.", "LOC:Deutschlands"},
    /* a player or coach whose given name is a place (sport_place_given) */
    {"Mannheims Trainer Dallas Brixton lobte St\xc3\xbcrmer Paris Quarbeck.", "LOC:Mannheims|PER:Dallas Brixton|PER:Paris Quarbeck"},
    /* a state adjective before a listed organisation (land_adj_org); no place after "in" where
     * money goes or before an English function word (invest_in, invest_in_after, in_english) */
    {"Die Bayerische Zugspitzbahn meldet, dass Spieler in Bitcoin investieren und Profis in League of Legends antreten.",
     "ORG:Bayerische Zugspitzbahn"},
    /* rockets and probes are no people (NOT craft_name); a place adjective and a descriptive
     * compound are no organisation (adj_end_compound) */
    {"Die Rakete Ariane 6 startete, die Sonde Juno kreist, das Berliner Luxushotel schlie\xc3\x9ft.", ""},
    /* hyphenated institutions with a name particle and more heads (hyphen_institution) */
    {"Das Carl-von-Brixen-Gymnasium und das K\xc3\xa4the-Quark-Berufskolleg feiern.",
     "ORG:Carl-von-Brixen-Gymnasium|ORG:K\xc3\xa4the-Quark-Berufskolleg"},
    {"Sch\xc3\xbcler des Carl-von-Brixen-Gymnasiums und des Anna-Quark-Instituts.",
     "ORG:Carl-von-Brixen-Gymnasiums|ORG:Anna-Quark-Instituts"},
    /* an adjective or participle opening a sentence before a verb is no person (start_unknown_aux,
     * start_unknown_verb) */
    {"Mitangeklagt ist ein Mann aus K\xc3\xb6ln. Tatverd\xc3\xa4" "chtig ist ein Nachbar.", "LOC:K\xc3\xb6ln"},
    /* German given names spelled without umlauts (class-firstname.lex) */
    {"Messedirektor Juergen Brixbaum und Guenter Quarkel er\xc3\xb6" "ffneten.", "PER:Juergen Brixbaum|PER:Guenter Quarkel"},
    /* the present name of a renamed place (renamed_place; "heute" there is no date) */
    {"Er wurde in Breslau (heute Wroc\xc5\x82" "aw) geboren, sie in Swinem\xc3\xbc" "nde, heute \xc5\x9a" "winouj\xc5\x9b" "cie, an der Ostsee.",
     "LOC:Breslau|LOC:Wroc\xc5\x82" "aw|LOC:Swinem\xc3\xbc" "nde|LOC:\xc5\x9a" "winouj\xc5\x9b" "cie|LOC:Ostsee"},
    /* a nickname in quotes inside a person's name (given_nick_surname) */
    {"Franz \"Bulle\" Quarbeck traf.", "PER:Franz \"Bulle\" Quarbeck"},
    /* a listed person's bare surname that is a form of a German noun is no alias (people_build.py) */
    {"Zoff in der Koalition: Die Hocker und Jumper blieben im Laden.", ""},
    /* a role's name stops before a listed name (role_names); no person before "teilte mit" after an
     * article (name_said) or before "gibt es" (NOT gibt_es); no surname that is a role after a
     * role (role_surname); no person for a company after a business role (role_known) */
    {"Dazu hat Regierungschef Jonas Quarbeck Russland verantwortlich gemacht.", "PER:Jonas Quarbeck|LOC:Russland"},
    {"Die Stadtverwaltung teilte mit, Tickets gibt es ab Freitag.", ""},
    {"Der Vorsitzende Richter Georg Quarbeck sprach, der Rivale Samsung schwieg.", "PER:Georg Quarbeck|ORG:Samsung"},
    /* more heads (Flüchtlingsrat, Bergwacht, ...), a head with a direction (head_direction), a
     * festival that is no common noun; the currency is no place (NOT currency_franken) */
    {"Die Berlinale beginnt, der Fl\xc3\xbc" "chtlingsrat Brandenburg und die Polizeidirektion Ost warnen.",
     "ORG:Berlinale|ORG:Fl\xc3\xbc" "chtlingsrat Brandenburg|ORG:Polizeidirektion Ost"},
    {"Der Franken stieg, der Schweizer Franken gilt als sicher.", ""},
    /* a quoted title after the kind of work holds no names (NOT work_title) */
    {"Der Film \"Father Mother Sister Brother\" lief gut, die Serie \xe2\x80\x9e" "Babylon Berlin\xe2\x80\x9c endet.", ""},
    /* ... nor after a listed person's genitive (NOT work_title_gen) */
    {"Mozarts \xe2\x80\x9e" "Don Giovanni\xe2\x80\x9c und Puccinis \xe2\x80\x9e" "Tosca\xe2\x80\x9c stehen auf dem Programm.", "PER:Mozarts|PER:Puccinis"},
    /* a compound of an acronym after "nach" is no place (prep_unknown) */
    {"Die Nachfrage nach KI-Chips steigt, er zog nach Quark-Brixen.", "LOC:Quark-Brixen"},
    /* an unknown compound with a place-name ending after a place preposition (prep_unknown) */
    {"Er wurde in Brixenhofen geboren und zog nach Quarkfeld.", "LOC:Brixenhofen|LOC:Quarkfeld"},
    /* more nouns of administrative units before a place name (place_noun) */
    {"Der Weiler Brixhain gehörte zur Samtgemeinde Quarkeln.", "LOC:Brixhain|LOC:Quarkeln"},
    /* "August" before a surname is a given name (august_name); historical given names
     * (classes-firstnames.txt) */
    {"August Wilhelm Brixner und Sigismund Quarbeck stritten am 3. August.", "PER:August Wilhelm Brixner|PER:Sigismund Quarbeck"},
    /* a league with its region (league_region) */
    {"Der Verein stieg aus der Verbandsliga Sachsen-Anhalt in die Oberliga Niederrhein auf.",
     "ORG:Verbandsliga Sachsen-Anhalt|ORG:Oberliga Niederrhein"},
    /* "X ist ein Stadtteil/eine Wüstung ..." (start_is_place) */
    {"Brixhausen ist ein Stadtteil von Kassel. Quarkstein ist eine W\xc3\xbcstung bei Fulda.",
     "LOC:Brixhausen|LOC:Kassel|LOC:Quarkstein|LOC:Fulda"},
    /* more club prefixes and the sponsor words of East German clubs (club_name) */
    {"Die BSG Traktor Quarkstedt schlug den FV Neuendorf und den MTV Gie\xc3\x9f" "en.",
     "ORG:BSG Traktor Quarkstedt|ORG:FV Neuendorf|ORG:MTV Gie\xc3\x9f" "en"},
    {"Der FSV Gr\xc3\xbcn-Wei\xc3\x9f Ilmenau gewann.", "ORG:FSV Gr\xc3\xbcn-Wei\xc3\x9f Ilmenau"},
    /* a country whose people share its name is no place after "die" (region_people); a church of
     * two saints (saint_pair) */
    {"Die Ungarn gewannen gegen die Polen, er reiste nach Ungarn.", "LOC:Ungarn"},
    {"Die Kirche St. Peter und Paul und die Basilika St. Ulrich und Afra.", "LOC:St. Peter und Paul|LOC:St. Ulrich und Afra"},
    /* a ruler with an epithet (epithet_name) */
    {"Otto der Fr\xc3\xb6hliche stritt mit Konrad dem J\xc3\xbcngeren von Brixeck, Maria rief die Passagiere.",
     "PER:Otto der Fr\xc3\xb6hliche|PER:Konrad dem J\xc3\xbcngeren von Brixeck|PER:Maria"},
    /* trades and shops before the owner's name, also a surname that is a common noun (head_name) */
    {"Die B\xc3\xa4" "ckerei Kuhnle und das Autohaus Schneider schlie\xc3\x9f" "en, die Reederei Kolb w\xc3\xa4" "chst.",
     "ORG:B\xc3\xa4" "ckerei Kuhnle|ORG:Autohaus Schneider|ORG:Reederei Kolb"},
    /* a street whose modifier is a common noun, after an article (street_det_mod); not a
     * generic street word */
    {"Er wohnt in der Kapellenstra\xc3\x9f" "e 4, die Zufahrtsstra\xc3\x9f" "e ist gesperrt.", "LOC:Kapellenstra\xc3\x9f" "e 4"},
    /* a nominalised superlative opening a sentence is no person (start_unknown_aux); "Messe" is a head */
    {"Jahrgangsbeste wurde Lena Quarbeck, die Messe Erfurt meldet Rekorde.", "PER:Lena Quarbeck|ORG:Messe Erfurt"},
    /* a council with its place is an organisation, a councillor with a name a person */
    {"Der Gemeinderat Kleinmachnow tagt, Gemeinderat Jonas Quarbeck stimmte dagegen.",
     "ORG:Gemeinderat Kleinmachnow|PER:Jonas Quarbeck"},
    /* an adjective that is also a surname opening a sentence is the adjective (NOT adj_start,
     * adj_start_copula); a frequent surname before another verb stays a person */
    {"Klar ist nur eines. Gro\xc3\x9f war die Freude. Schwarz war die Nacht. Braun \xc3\xbc" "bernahm die Leitung.", "PER:Braun"},
    /* "Social Media" and "ETF" are no organisations, "Bauhaus" is the company; a score is no part of
     * a name (NOT social_media, class-plainacronym.lex, NOT score_number) */
    {"Wer Social Media nutzt, kauft einen ETF bei Obi oder Bauhaus.", "ORG:Obi|ORG:Bauhaus"},
    {"Gegen Bayern 2:1 verloren, auf Bayern 3 lief Musik.", "LOC:Bayern|ORG:Bayern 3"},
    /* "die Bayern" with an article is the club, the Land has none (bayern_club) */
    {"Die Bayern gewannen 3:1 in Bayern.", "ORG:Bayern|LOC:Bayern"},
    /* voice assistants named like people are products (NOT assistant_name) */
    {"Ob Alexa oder Siri, wie ChatGPT oder Gemini: alle h\xc3\xb6ren zu.", ""},
    /* a trade that is also a surname after "als" is the trade (NOT trade_after_als) */
    {"Er arbeitet als Schneider in K\xc3\xb6ln.", "LOC:K\xc3\xb6ln"},
    {"Als Jonas Schneider kam, war alles gut.", "PER:Jonas Schneider"},
    /* a plural noun after a name is no part of it (role_names, title_name, kin_name) */
    {"Dann k\xc3\xbcndigte Ministerin Jolanda Quarbeck Steuererh\xc3\xb6hungen an.", "PER:Jolanda Quarbeck"},
    /* a compound descriptor before a name with a legal form is no part of it (name_suffix) */
    {"Die Solarfirma Quarkwerk Solutions SE w\xc3\xa4" "chst.", "ORG:Quarkwerk Solutions SE"},
    /* a place adjective before a descriptor is no name (adj_end), before a name end it is */
    {"Der Stuttgarter Konzern meldet Gewinne, die Quarzheimer Sparkasse nicht.", "ORG:Quarzheimer Sparkasse"},
    /* "Tochter" before a given name is the daughter (kin_given), before a firm a subsidiary */
    {"Er \xc3\xbc" "bergab an seine Tochter Julia, die Tochter Quarkair fliegt weiter.", "PER:Julia|ORG:Quarkair"},
    /* an all-caps word that is also a given name is no person alone (given_alone) */
    {"Der Index DAX stieg.", ""},
    /* senses of listed words: a currency (currency_franken), inhabitants (people_not_country), a
     * disease (eponym_disease) */
    {"Der Bau kostet 80 Millionen Franken und wird in Franken gebaut.", "LOC:Franken"},
    {"Die Polizei nahm einen 41-j\xc3\xa4" "hrigen Polen fest, der nach Polen wollte.", "LOC:Polen"},
    {"Er leidet an Parkinson, wie Alois Alzheimer schrieb.", "PER:Alois Alzheimer"},
    /* streets named after people with hyphens (street_hyphen) */
    {"Unfall in der Quarz-Brixner-Stra\xc3\x9f" "e 3 und auf dem Jolanda-Quarbeck-Platz.",
     "LOC:Quarz-Brixner-Stra\xc3\x9f" "e 3|LOC:Jolanda-Quarbeck-Platz"},
    /* a hyphenated lexicon name whose last part is a common noun is no common noun itself */
    {"Sie ging zur Karl-Marx-Allee.", "LOC:Karl-Marx-Allee"},
    /* a club or institution name does not run on over a noun after it (club_name, head_name) */
    {"Nach der Niederlage gegen den SC Quarzheim Ern\xc3\xbc" "chterung.", "ORG:SC Quarzheim"},
    /* a storm's name in quotes is no person (storm_name) */
    {"Das Sturmtief \xe2\x80\x9eZoltan\xe2\x80\x9c zieht auf.", ""},
    /* a title of the form "Die" + common noun opens a sentence as the common noun (die_noun_start,
     * die_partei); quoted, it is the title */
    {"Die Zeit dr\xc3\xa4ngt. Die Partei hat verloren. Er las \xe2\x80\x9e" "Die Zeit\xe2\x80\x9c.", "ORG:Die Zeit"},
    /* a role, a given name and a surname that is also a common noun (role_given_noun) */
    {"B\xc3\xbc" "rgermeister Jonas Br\xc3\xbc" "cke sagte, es gehe voran.", "PER:Jonas Br\xc3\xbc" "cke"},
    /* dative plural country names */
    {"Sie kam aus den Niederlanden und lebt in den Vereinigten Arabischen Emiraten.",
     "LOC:Niederlanden|LOC:Vereinigten Arabischen Emiraten"},
    /* the genitive of the first word of a longer lexicon name, whose head it is; its base form
     * is no short form of the name ("das Erzbistum") */
    {"Nach Angaben des Bundesministeriums der Finanzen sagte ein Sprecher des Erzbistums K\xc3\xb6ln, das Erzbistum pr\xc3\xbc" "fe.",
     "ORG:Bundesministeriums der Finanzen|ORG:Erzbistums K\xc3\xb6ln"},
    /* "von der" or an article before an organisation ends a person's name, also where the
     * surname is a given name too (von_der_org, given_von_org); a given name after
     * "von" starts the next name (von_given) */
    {"Das sagte Jonas Ludwig von der SPD.", "PER:Jonas Ludwig|ORG:SPD"},
    {"Im Haus Jonas Ludwig der Charit\xc3\xa9 wird gebaut.", "PER:Jonas Ludwig|ORG:Charit\xc3\xa9"},
    {"Der Mercedes von Jonas Quarbeck fuhr vorn.", "ORG:Mercedes|PER:Jonas Quarbeck"},
    /* Austrian and Swiss school and court heads (class-orghead.lex); an adjective before a head
     * and a place (adj_head_place) */
    {"Nach der Matura am Bundesgymnasium Quarzach lehrte sie an der Kantonsschule Quarzach.",
     "ORG:Bundesgymnasium Quarzach|ORG:Kantonsschule Quarzach"},
    {"Er studierte an der Staatlichen Schauspielschule Berlin.", "ORG:Staatlichen Schauspielschule Berlin"},
    /* stock indices are no names (class-plainacronym.lex); a given name after a noun of sorts,
     * indices and models is no person (product_given) */
    {"Der Leitindex Dax stieg, der ATX in Wien fiel, die Nordseesorte Brent kostete mehr.", "LOC:Wien"},
    /* "Tochter" before a listed company is a subsidiary (role_known); an unknown acronym with an
     * English organisation word (acronym_english_tail) */
    {"Volvo will die Tochter Scania abgeben.", "ORG:Volvo|ORG:Scania"},
    {"Analyst Jonas Quarbeck von QXR Markets sprach von Gewinnmitnahmen.", "PER:Jonas Quarbeck|ORG:QXR Markets"},
    /* Swiss and Austrian parties and their declined forms (orgs-src/politics.txt) */
    {"Die Gr\xc3\xbcnliberalen und die SP stimmten zu, die Liste Fritz und die Freien W\xc3\xa4hlern nicht.",
     "ORG:Gr\xc3\xbcnliberalen|ORG:SP|ORG:Liste Fritz|ORG:Freien W\xc3\xa4hlern"},
    /* a listed organisation that is also a common word, after its shares or board (shares_org) */
    {"Die Aktien der Allianz legten zu.", "ORG:Allianz"},
    /* winter sport venues too small for the GeoNames extracts (places_manual/landmarks.tsv) */
    {"Die Rennen in Cortina d\xe2\x80\x99" "Ampezzo und Val d\xe2\x80\x99Is\xc3\xa8re fielen aus.",
     "LOC:Cortina d\xe2\x80\x99" "Ampezzo|LOC:Val d\xe2\x80\x99Is\xc3\xa8re"},
    /* a place adjective and a role before a person are a title, not the body of that name
     * (adj_role_person); the body alone stays an organisation */
    {"Der Z\xc3\xbcrcher Regierungsrat Jonas Quarbeck sprach, der Z\xc3\xbcrcher Regierungsrat beschloss.",
     "PER:Jonas Quarbeck|ORG:Z\xc3\xbcrcher Regierungsrat"},
    /* local police units and clubs (class-orghead.lex), an adjective before a head and a name
     * (adj_head_name), a party with its district (party_place_c), no organisation from a head
     * that is also a role ("Stadtrat Jonas", head_name), "-sche" street adjectives (adj_place) */
    {"Die Kriminalpolizei Quarzach ermittelt, die Polizei Quarzheim sucht Zeugen.",
     "ORG:Kriminalpolizei Quarzach|ORG:Polizei Quarzheim"},
    {"Die Freiwillige Feuerwehr Quarzach r\xc3\xbc" "ckte aus.", "ORG:Freiwillige Feuerwehr Quarzach"},
    {"Die CDU Rhein-Sieg stimmte zu.", "ORG:CDU Rhein-Sieg"},
    {"Stadtrat Jonas Quarbeck sprach.", "PER:Jonas Quarbeck"},
    {"Der Unfall geschah auf der Hannoverschen Stra\xc3\x9f" "e.", "LOC:Hannoverschen Stra\xc3\x9f" "e"},
    /* a model code after a brand (brand_model); Land and district roads (road_land) */
    {"Ein Audi A6 fuhr auf der L 3020 in die K 12.", "ORG:Audi|LOC:L 3020|LOC:K 12"},
    /* more club prefixes (club_name) */
    {"Er startet f\xc3\xbcr den WSC Quarzach Oberquarz.", "ORG:WSC Quarzach Oberquarz"},
    /* towns that stay the reading of their name alone (people_build.py TOWNS_FIRST): no bare
     * surname alias of a listed person */
    {"Er wohnt in Br\xc3\xbchl und f\xc3\xa4hrt nach Emmerich.", "LOC:Br\xc3\xbchl|LOC:Emmerich"},
    /* a surname that is also a common noun, at a sentence start before a finite verb, is linked to
     * the person (resolve.c step 3), not before another word */
    {"Bischof Jonas Koch kam. Koch betonte die Einheit. Koch ist ein Beruf.", "PER:Jonas Koch|PER:Koch"},
    /* ... also before a verb that is a stopword ("sagte"); not after an article ("Der Richter") */
    {"Sabine Richter leitet die Kammer. Der Richter wies die Klage ab.", "PER:Sabine Richter"},
    /* a one-word listed company gives way to a person's surname before a person's verb */
    {"Die Skirennl\xc3\xa4uferin Lena D\xc3\xbcrr fuhr auf Platz drei. D\xc3\xbcrr sagte, sie sei zufrieden. D\xc3\xbcrr meldete Gewinne.",
     "PER:Lena D\xc3\xbcrr|PER:D\xc3\xbcrr|ORG:D\xc3\xbcrr"},
    {"Sabine Richter leitet die Kammer. Richter sagte, sie sei zufrieden.", "PER:Sabine Richter|PER:Richter"},
    /* ... and as a speaker's label at a line start in an interview */
    {"Sabine Richter leitet die Kammer.\nRichter: Das sehe ich anders.", "PER:Sabine Richter|PER:Richter"},
    /* ... nor after an article and an adjective ("Der Limburger Bischof", "der zust\xc3\xa4ndige Richter") */
    {"Weihbischof Wolfgang Bischof predigte. Der Limburger Bischof war auch da.", "PER:Wolfgang Bischof"},
    {"Sabine Richter leitet die Kammer. Der zust\xc3\xa4ndige Richter wies die Klage ab.", "PER:Sabine Richter"},
    /* a surname's initial stands for the person later in the text, as court reports write it */
    {"Der Angeklagte Thomas K. schwieg. K. bestreitet die Vorw\xc3\xbcrfe.", "PER:Thomas K.|PER:K."},
    /* a surname that is also a listed place is the person later in the document, unless a place
     * preposition or an article comes before it (resolve.c step 3) */
    {"Jonas Tauber sprach. Laut Tauber ist alles gut. Das Tal der Tauber ist weit.",
     "PER:Jonas Tauber|PER:Tauber|LOC:Tauber"},
    /* the descriptor before a German or Austrian state is no part of its name, as for cantons */
    {"Der Freistaat Bayern und das Land Niedersachsen zahlen.", "LOC:Bayern|LOC:Niedersachsen"},
    /* a gang or group named after its noun (group_name) */
    {"Hinter dem Angriff steckt die Ransomware-Bande Akira.", "ORG:Akira"},
    /* a head with "am" and a place or street (head_am), not with a day ("am Montagabend") */
    {"Sie besucht das Gymnasium am Quarzbach, das Institut am Montagabend geschlossen.", "ORG:Gymnasium am Quarzbach"},
    /* a closed compound whose head is an organisation head, before a place (head_place_c) */
    {"Der Landfrauenverein Hilders sang.", "ORG:Landfrauenverein Hilders"},
    /* a venue named after its sponsor (venue_sponsor) */
    {"Das Spiel in der Volkswagen Arena war ausverkauft.", "LOC:Volkswagen Arena"},
    /* a local voter list (voter_group) */
    {"Die Liste Pro Lahr stimmte dagegen.", "ORG:Liste Pro Lahr"},
    /* a street with a capitalised adjective (street_adj), not prose ("ein neuer Weg") */
    {"Der Unfall geschah an der Langen Stra\xc3\x9f" "e und am Alten Markt, ein neuer Weg.",
     "LOC:Langen Stra\xc3\x9f" "e|LOC:Alten Markt"},
    /* a rank of nobility between given names and name (given_rank_name, given_rank_particle) */
    {"Damals kamen Jonas Graf Quarbeck und Paula Freifrau von Brixenau-Quarzheim.",
     "PER:Jonas Graf Quarbeck|PER:Paula Freifrau von Brixenau-Quarzheim"},
    /* an unknown word opening a sentence that defines it as a place (start_is_place) */
    {"Quarzach war eine kleine Gemeinde im Tal.", "LOC:Quarzach"},
    /* rulers with an epithet in the genitive (people_build.py) */
    {"Am Hof Friedrichs des Gro\xc3\x9f" "en lebte er.", "PER:Friedrichs des Gro\xc3\x9f" "en"},
    /* a hospital with its chain's name before it (operator_head_place) */
    {"Im Helios Klinikum Quarnstedt wurde er operiert.", "ORG:Helios Klinikum Quarnstedt"},
    /* a fire brigade with its place (class-orghead "Feuerwehr", head_place / head_name) */
    {"Die Feuerwehr Quarzheim kam, die Feuerwehr l\xc3\xb6schte.", "ORG:Feuerwehr Quarzheim"},
    /* a role ending in -er is no place adjective (adj_end); a place adjective before "Bank" is a name */
    {"Der Rapper Capital Quarzo tritt auf, die Quarzheimer Bank zahlt.", "PER:Capital Quarzo|ORG:Quarzheimer Bank"},
    /* a one-word name of the people list before a surname (known_given) */
    {"Dort traf Sigismund Lehmann den Minister.", "PER:Sigismund Lehmann"},
    /* a listed person named like a village (class-personplace.lex): the person alone, the place
     * after a place preposition (prep_personplace) */
    {"Am Abend widersprach Waldheim. Der Zug fuhr nach Waldheim und weiter.", "PER:Waldheim|LOC:Waldheim"},
    /* an acronym with small letters in brackets after a legal form (acronym_paren) */
    {"Der Vorstand der Gesellschaft f\xc3\xbcr Quarkforschung e.V. (GfQF) tagte.", "ORG:Gesellschaft f\xc3\xbcr Quarkforschung e.V.|ORG:GfQF"},
    /* English organisation names (english_org); not after a German noun */
    {"Die Strecke betreibt die Quarkow Valley Railway, das Werk die Brixner Chip Company.", "ORG:Quarkow Valley Railway|ORG:Brixner Chip Company"},
    /* an unknown word opening a sentence before an auxiliary verb (start_unknown_aux); not an
     * adjective, participle or adverb (class-lowerword.lex, class-stopword.lex) */
    /* ... but a town of the world list there is that town (start_world_verb); a surname before a
     * verb of saying stays a person */
    {"Alanya meldet einen Rekord. Es regnet. Rimini erwartet G\xc3\xa4ste. Jackson sagte nichts.", "LOC:Alanya|LOC:Rimini|PER:Jackson"},
    {"Olvedar wurde 1901 geboren. Varnhorst erhielt den Preis. Bekannt war er kaum. Verletzt wurde niemand. Dadurch war es still.", "PER:Olvedar|PER:Varnhorst"},
    /* a descriptor before a state's name is not part of it ("Kanton", "Königreich", "Republik") */
    {"Der Kanton Thurgau liegt nicht im K\xc3\xb6nigreich Norwegen.", "LOC:Thurgau|LOC:Norwegen"},
    /* a byline that repeats the author's name: two names, not a three-word East Asian name
     * (asian_name does not start right after a given name; "Jun" is a given name too) */
    {"Von Jana Kuhl Jana Kuhl und Lee Jun Ho.", "PER:Jana Kuhl|PER:Jana Kuhl|PER:Lee Jun Ho"},
    /* name + legal form, also when the last word is a descriptor (name_desc_suffix); the span
     * never starts at a dash; a descriptor alone before the legal form is no name */
    {"Bild: dpa - Brixner Presse-Agentur GmbH. Die Quarko Bau GmbH baut. Die Agentur GmbH zahlt.",
     "ORG:dpa|ORG:Brixner Presse-Agentur GmbH|ORG:Quarko Bau GmbH"},
    {"Abmahnung - Sternenkrieg - Quarko Pictures GmbH wegen", "ORG:Quarko Pictures GmbH"}, /* a spaced dash separates */
    {"Bild: brix-quarkdienst GmbH. Die quarko.de AG w\xc3\xa4" "chst.", "ORG:brix-quarkdienst GmbH|ORG:quarko.de AG"}, /* name_suffix_lower */
    /* head noun + "für" + field, with an adjective before and a legal form after (head_for);
     * a possessive is not part of the name */
    {"Die Deutsche Gesellschaft f\xc3\xbcr Quarkforschung e.V. und unser Institut f\xc3\xbcr Brixologie tagten.",
     "ORG:Deutsche Gesellschaft f\xc3\xbcr Quarkforschung e.V.|ORG:Institut f\xc3\xbcr Brixologie"},
    /* ... with capitalised adjectives of the field, or a word part before "und" (head_for_adj, _und, head_for_trunc) */
    {"Die Klinik f\xc3\xbcr Innere Medizin und das Institut f\xc3\xbcr Klinische Chemie kooperieren.",
     "ORG:Klinik f\xc3\xbcr Innere Medizin|ORG:Institut f\xc3\xbcr Klinische Chemie"},
    {"Die Klinik f\xc3\xbcr P\xc3\xa4" "diatrische H\xc3\xa4matologie und Onkologie w\xc3\xa4" "chst.",
     "ORG:Klinik f\xc3\xbcr P\xc3\xa4" "diatrische H\xc3\xa4matologie und Onkologie"},
    {"Die Klinik f\xc3\xbcr Herz- und Gef\xc3\xa4\xc3\x9f" "chirurgie ist voll.", "ORG:Klinik f\xc3\xbcr Herz- und Gef\xc3\xa4\xc3\x9f" "chirurgie"},
    /* an unknown word opening a sentence before a finite verb (start_unknown_verb); not an adverb;
     * a company name of the same document wins over that guess (propagation, resolve.c) */
    {"Olvarek studierte in Jena. Andererseits studierte er kaum.", "PER:Olvarek|LOC:Jena"},
    {"Quarko AG: Quarko besetzt Posten.", "ORG:Quarko AG|ORG:Quarko"},
    /* a compound of a common noun in a place name's shape after a word of a settlement
     * (place_noun_compound) */
    {"Im Ortsteil Quarkenbach brannte es.", "LOC:Quarkenbach"},
    /* a listed place that is also a common word after an adjective of a region (region_adj_known);
     * not after another adjective */
    {"Im oberfr\xc3\xa4nkischen Hof und im hessischen Wetter regnet es, nicht im politischen Leiden.", "LOC:Hof|LOC:Wetter"},
    /* after a role, a given name, a particle and a surname that is a common noun (role_given_particle) */
    {"Schulleiter Josef von Helden sagte es.", "PER:Josef von Helden"},
    /* a hospital operator's brand, the head and a place (operator_brand_place) */
    {"Die Sana Kliniken Brixa und das KMG Klinikum Quarkow wachsen.", "ORG:Sana Kliniken Brixa|ORG:KMG Klinikum Quarkow"},
    /* a local voter group after its descriptor (voter_desc, voter_desc_pro) */
    {"Die W\xc3\xa4hlervereinigung B\xc3\xbcrger f\xc3\xbcr Quarkstadt und die W\xc3\xa4hlergruppe Pro Brixa gewannen.",
     "ORG:B\xc3\xbcrger f\xc3\xbcr Quarkstadt|ORG:Pro Brixa"},
    /* nouns of computing that read like names at a sentence start or after an adjective
     * (classes-nouns-extra.txt); descriptors of firms of the digital economy (class-orgdesc) */
    {"Provider meldet Ausfall. Treiber bleibt die Tochterfirma. Sie nutzten gehackte Server.", ""},
    {"Das Fintech Brixa w\xc3\xa4" "chst, der Berliner Lieferdienst Olvarek auch.", "ORG:Brixa|ORG:Olvarek"},
    /* ... but not before the verbs that firms do as often ("teilte mit"), nor a word after "von"
     * before a verb of saying (name_said) */
    {"Olvarek teilte mit, der Schaden sei gering. Ein Sprecher von Brixa sagte, alles laufe.", ""},
    /* Swiss and Austrian place adjectives and titles before a person are no names */
    {"Der Glarner St\xc3\xa4nderat Thomas Hefti und der Urner Landammann sprachen.", "PER:Thomas Hefti"},
    /* ... also with branch words and a longer legal form between; not another longer name */
    {"Die Olvarek Logistik GmbH & Co. KG ist pleite. Olvarek besch\xc3\xa4" "ftigt 200 Menschen. Die Brixa Pellets GmbH w\xc3\xa4" "chst, Brixa auch.",
     "ORG:Olvarek Logistik GmbH & Co. KG|ORG:Olvarek|ORG:Brixa Pellets GmbH"},
    /* a street after an article (street_det); not a compound of a common noun ("Tabellenplatz") */
    {"Das Lokal an der Olvarekstra\xc3\x9f" "e liegt am Brixendamm, nicht am Tabellenplatz.", "LOC:Olvarekstra\xc3\x9f" "e|LOC:Brixendamm"},
    /* a place adjective that is also an inhabitant noun before a street word (adj_place_noun);
     * "Platz" after a plural noun is no street */
    {"Das Haus an der Bamberger Allee 4 steht leer, seit die Zuschauer Platz nahmen.", "LOC:Bamberger Allee 4"},
    /* a one-word place name after a role or kinship word is a person (role_known); not a genitive */
    {"Oberst Wittenberg traf Tante Gotha und den Pr\xc3\xa4sidenten Frankreichs.", "PER:Wittenberg|PER:Gotha|LOC:Frankreichs"},
    /* a surname that is also a common noun after a verb of saying, before punctuation
     * (said_surname_noun); the noun with its article stays a noun */
    {"\xe2\x80\x9eWir wachsen\xe2\x80\x9c, sagte Koch. Der Koch kochte. Das sagte Bauer Lenz.", "PER:Koch|PER:Lenz"},
    /* an unknown word as the subject right after "dass", "weil", "ob" ... (conj_unknown); not
     * after "als"/"wie", not before a capitalised word */
    {"Man sagt, dass Quarnowski in Jena lebte. Es hie\xc3\x9f, dass Olvedrin die Stadt verlie\xc3\x9f. Sie kam als Brixelotin zur\xc3\xbc" "ck, weil Quarnak Bauten fehlten.",
     "PER:Quarnowski|LOC:Jena|PER:Olvedrin"},
    /* a given name alone before a finite verb, also one that is a surname too (given_verb); not
     * after an unknown capitalised word */
    {"Der Vater starb, und Gregor wurde Abt. Bei Quarkon Walter arbeitete er.", "PER:Gregor"},
    /* a known surname opening a sentence before a finite verb (name_start_lower), not before an
     * adverb or preposition ("Kurz unterhalb ..."); joined prefix verbs count ("übernahm") */
    {"Kurz unterhalb liegt ein Teich. Kurz \xc3\xbc" "bernahm den Vorsitz.", "PER:Kurz"},
    /* a compound whose word also starts a longer lexicon name ("Tierheim Berlin", "Mieterverein
     * München") is still split into its parts: no place here, an organisation head there */
    {"Sie brachten den Hund ins Tierheim zur\xc3\xbc" "ck. Sie fragte beim Quarkower Mieterverein nach.", "ORG:Quarkower Mieterverein"},
    /* a company name found with its legal form marks its words without it later (resolve.c) */
    {"Die Quarko Pellets GmbH ist pleite. Quarko Pellets wehrt sich.", "ORG:Quarko Pellets GmbH|ORG:Quarko Pellets"},
    /* a photographer after "Foto:" (photo_person), also before a place name; not an agency */
    {"Foto: Jarek Quolvany Potsdam (dpa) - Es regnet. Foto: dpa", "PER:Jarek Quolvany|LOC:Potsdam|ORG:dpa|ORG:dpa"},
    {"Es regnet. Foto: Hartmann\nDie Lage", "PER:Hartmann"}, /* a surname alone (photo_surname) */
    /* a word a negative rule took out (a storm's name) is no weak guess elsewhere in the document
     * either (resolve.c); a compass direction after a preposition is no place (NOT compass_dir) */
    {"Der Hurrikan Ida zog auf. Dann drehte Ida nach Norden, sagte Anna.", "PER:Anna"},
    {"Dann drehte Ida nach S\xc3\xbc" "den, sagte Anna.", "PER:Ida|PER:Anna"},
    /* a firm named after two partners, also when the second surname is a listed name's alias or the
     * first looks like a compound (firm_and); two known firms stay two */
    {"Die Kanzlei Weber & Barth klagt. Die Quarkding+Meltis w\xc3\xa4" "chst. Siemens & Bosch streiten.",
     "ORG:Weber & Barth|ORG:Quarkding+Meltis|ORG:Siemens|ORG:Bosch"},
    /* ... also when the second is a one-word name of the people list ("Foerster") */
    {"Die Kanzlei Brixner & Foerster klagt.", "ORG:Brixner & Foerster"},
    /* an institution named with hyphens after a person or brand (hyphen_institution), also as the
     * second word of a sentence (NOT start_word applies to the first word only) */
    {"Die Karl-Quark-Klinik meldet Zuwachs. Quarko-Kliniken bauen.", "ORG:Karl-Quark-Klinik|ORG:Quarko-Kliniken"},
    /* a given name that is also a surname, before a relative clause or in apposition (given_relative) */
    {"Ihr Bruder, Jonas, war Arzt. Auch Bernhard, der sp\xc3\xa4ter kam, blieb.", "PER:Jonas|PER:Bernhard"},
    /* a title is no part of a listed name (people_build.py strips it): "König Charles III." */
    {"K\xc3\xb6nig Charles III. und Kaiser Wilhelm II. trafen Emir Kusturica.", "PER:Charles III.|PER:Wilhelm II.|PER:Emir Kusturica"},
    /* an interview speaker: a surname opening a sentence before a colon (speaker_colon) */
    {"Frage: Wie geht es? Hartmann: Gut, danke.", "PER:Hartmann"},
    /* "Flughafen X" of a listed place: the place alone is the name */
    {"Der Flughafen Dresden wird bestreikt, der Flughafen Ben Gurion nicht.", "LOC:Dresden|LOC:Flughafen Ben Gurion"},
    /* a surname written as a hashtag after a given name, in a tweet (given_hashtag) */
    {"Fahndung nach Jonas #Quarabi https://t.co/x", "PER:Jonas #Quarabi"},
    /* an unknown place beside a known one in a dateline (dateline_slash_a/_b) */
    {"Quarnow / Skopje (dpa) - Es regnet. Ulm / Brixheim - Es schneit.", "LOC:Quarnow|LOC:Skopje|ORG:dpa|LOC:Ulm|LOC:Brixheim"},
    /* a source named after "Quelle:" (source_credit); not a common noun */
    {"Quelle: QVX / Brixmedia. Quelle: Archiv", "ORG:QVX"},
    /* "Verlag" + a person's name is a publisher (publisher_name, publisher_surname), also after a
     * capitalised function word ("Im Verlag ...": NOT function_loc_end covers "Im" only) */
    {"Im Verlag Hartmann erschien es. Der Verlag Paul Quarnow druckt.", "ORG:Verlag Hartmann|ORG:Verlag Paul Quarnow"},
    /* a name before "Verlag" at a sentence start or after a colon, as in a citation (publisher_name);
     * not an inflected adjective or a genitive there */
    {"Karl Brixner: Chemie. Quarnholt Verlag, Leipzig 1990.", "PER:Karl Brixner|ORG:Quarnholt Verlag|LOC:Leipzig"},
    {"Kleiner Verlag gibt auf.", ""},
    {"Quarnholts Verlag Brix druckt es.", "ORG:Verlag Brix"},
    /* a listed organisation with an English business noun after it (org_english_tail) */
    {"Henkel Ventures und Zalando Logistics wachsen.", "ORG:Henkel Ventures|ORG:Zalando Logistics"},
    /* a given name right after a company name is a model, not a person (NOT org_product) */
    {"Das neue Siemens Cora kommt, sagte Laura.", "ORG:Siemens|PER:Laura"},
    /* places joined by a slash: one name without spaces or with the place's river, else two */
    {"Hannover/Kassel (dpa) - Der Zug fuhr von Offenbach / Main nach K\xc3\xb6ln / Bonn.",
     "LOC:Hannover/Kassel|ORG:dpa|LOC:Offenbach / Main|LOC:K\xc3\xb6ln|LOC:Bonn"},
    /* a place name broken after its hyphen; hyphenated parts of phrases are no places */
    {"Er lebt in Baden- W\xc3\xbcrttemberg, nicht in Nord- und Ostfriesland.", "LOC:Baden- W\xc3\xbcrttemberg|LOC:Ostfriesland"},
    /* leagues and the Olympic Games are organisations, also inflected */
    {"Er spielte in der Europa League und bei den Olympischen Winterspielen.", "ORG:Europa League|ORG:Olympischen Winterspielen"},
    /* a capitalised position adjective before a place (adj_prefix_place, adj_prefix_geo), not at the start */
    {"Im Osten liegt der Kleine Arber, dahinter der Kleine Horbelberg.", "LOC:Kleine Arber|LOC:Kleine Horbelberg"},
    {"Alt Berlin ist sch\xc3\xb6n.", "LOC:Berlin"}, /* only after the start of a sentence */
    /* street words of Romance languages and English place words before a name */
    {"Das Caf\xc3\xa9 liegt an der Via Quarenta, der Hafen hei\xc3\x9ft Port Elmsley.", "LOC:Via Quarenta|LOC:Port Elmsley"},
    /* people: possessive genitive, kinship word, verb of saying, surname before a verb */
    {"Die Erben von Quentins Vermögen klagen.", "PER:Quentins"},
    {"Sie wohnt bei ihrer Tante Orsolya.", "PER:Orsolya"},
    {"Das sei falsch, sagte Brixner der Zeitung.", "PER:Brixner"},
    {"Hartmann war lange Trainer.", "PER:Hartmann"},
    {"Im Finale traf aber Pichler zweimal, so hatte Wolters entschieden.", "PER:Pichler|PER:Wolters"}, /* surname between lower-case words */
    {"Vom Pichler-Hof sah man die Wolters-Mühle.", ""}, /* compound parts: no */
    /* an unknown word as subject of a verb that persons do (class-personverb.lex), before or after it */
    {"Danach arbeitete Olvedar als Arzt, weil Varnhorst emigrierte.", "PER:Olvedar|PER:Varnhorst"},
    {"Die Regierung studierte den Plan, der Mann starb eines natürlichen Todes.", ""},
    {"Vorher pl\xc3\xa4" "dierte Olvedar daf\xc3\xbc" "r.", "PER:Olvedar"}, /* a sentence adverb is no name (class-stopword.lex) */
    /* given name + unknown word + particle + surname; Arabic particles joined by a hyphen */
    {"Präsident Rodrigo Quarez de Alvim traf Ölminister Omar al-Brixi.", "PER:Rodrigo Quarez de Alvim|PER:Omar al-Brixi"},
    {"An der Nordseite von St. Oswin und in São Teodoro, die Statue des Heiligen Oswin.", "LOC:São Teodoro|PER:Oswin"}, /* NOT saint_given */
    /* the house of analysts by its short name (analysts_of); a chapter of the bankruptcy code and a
     * rating in quotes are no names */
    {"Die Analysten von Quarnholt stuften Brixcorp mit \xe2\x80\x9eSell\xe2\x80\x9c ein.", "ORG:Quarnholt"},
    {"Die Analysten von Goldman erwarten, dass die Firma nach Chapter 11 weitermacht.", "ORG:Goldman"},
    /* a noun after an ordinal is no speaker (name_said); a plural before a genitive is no place
     * (plural_genitive) */
    {"Zum 80. Jahrestag sprach Anna Quarnholt.", "PER:Anna Quarnholt"},
    {"Es gibt eine L\xc3\xbc" "cke in Firewalls des Herstellers.", ""},
    /* a product after "vom Typ" is no name (type_name) */
    {"Kampfpanzer vom Typ Abrams und Raketen vom Typ ATACMS, sagte Anna Quarnholt.", "PER:Anna Quarnholt"},
    {"Hurrikan Henrike zog weiter, das Sturmtief Gerlinde auch.", ""}, /* storms are no people */
    /* ... but a storm word opening a listed name before a common noun is no storm ("Hurricane
     * Festival" in org-society.lex) */
    {"Das Hurricane Festival in Schee\xc3\x9f" "el ist ausverkauft.", "ORG:Hurricane Festival|LOC:Schee\xc3\x9f" "el"},
    {"Unter Ludwig XIV. wuchs die Stadt, unter Otto II. von Brenningen nicht.", "PER:Ludwig XIV.|PER:Otto II. von Brenningen"},
    /* organisations: name + country, company abbreviations, acronym introduced in brackets */
    {"Die Zahl der Beschäftigten bei Kestler Deutschland stieg.", "ORG:Kestler Deutschland"},
    /* a hashtag keeps its "#" (as tweets are annotated); "a#b" is no hashtag */
    {"Stau in #Bremen und Stau in Berlin#Mitte.", "LOC:#Bremen|LOC:Berlin"},
    /* social-media handles: a known name without spaces, with a handle suffix, or police + place;
       a lower-case hashtag only as a whole organisation that is no common word; no e-mail address */
    {"Laut @Lufthansa_DE und @OlafScholz schrieb @Siemens_Presse an @PolizeiHamburg.",
     "ORG:@Lufthansa_DE|PER:@OlafScholz|ORG:@Siemens_Presse|ORG:@PolizeiHamburg"},
    {"Dazu #lufthansa, #bahn, info@siemens.de und @quarkomeltis.", "ORG:#lufthansa"},
    /* city names that are also nouns, after an article or adjective of the noun (NOT city_noun) */
    {"Das Essen war gut, in der Halle von Halle (Saale) und in Essen.", "LOC:Halle (Saale)|LOC:Essen"},
    /* a later word of a multi-word name written with a capital must be capitalised in the text too
     * (the article opening the sentence is no part of the Greens' name: article_party) */
    {"Die linke Hand schmerzt, das erste Spiel war gut. Die Grünen und DIE LINKE stimmten zu.", "ORG:Grünen|ORG:DIE LINKE"},
    /* press services of datelines and police press-office codes */
    {"POL-XY: Gotha (ots) - Panne. Erfurt (dpa/lth) - Streit.", "ORG:POL-XY|LOC:Gotha|ORG:ots|LOC:Erfurt|ORG:dpa|ORG:lth"},
    /* the code of a dpa desk (dpa_desk); the word after a dateline opens a sentence ("Knapp" is no
     * person there) */
    {"Dresden (dpa/sn) - Knapp die H\xc3\xa4lfte ist daf\xc3\xbcr.", "LOC:Dresden|ORG:dpa|ORG:sn"},
    {"Berlin (dpa) \xe2\x80\x93 Kurz vor der Wahl stieg die Zahl.", "LOC:Berlin|ORG:dpa"},
    {"Kolbrenna (dpa) - Ein Unfall.", "LOC:Kolbrenna|ORG:dpa"}, /* an unknown place of a dateline */
    /* sports clubs: abbreviation, founding year, name words and place */
    {"Er spielte beim SG 04 Kolbrenna, beim 1. FC Quarkow 09 und beim TSV Gotha 1860.",
     "ORG:SG 04 Kolbrenna|ORG:1. FC Quarkow 09|ORG:TSV Gotha 1860"},
    /* document level: a company name with its legal form or country marks its first word */
    {"Die Quarko GmbH wächst. Quarko stellt ein.", "ORG:Quarko GmbH|ORG:Quarko"},
    /* a multi-word name found by a rule marks the same words elsewhere */
    {"Die Anwaltskanzlei Quarko Meltis mahnt ab. Dann verschickt Quarko Meltis Briefe.", "ORG:Quarko Meltis|ORG:Quarko Meltis"},
    /* one type per rule-found name in a document: the descriptor (ORG) outranks the given name (PER) */
    {"Die Digitalagentur Conrad Brixl wächst. Conrad Brixl stellt ein.", "ORG:Conrad Brixl|ORG:Conrad Brixl"},
    {"Bei Meltis Deutschland stieg der Umsatz. Meltis baut.", "ORG:Meltis Deutschland|ORG:Meltis"},
    {"Die Firma heißt Quarko Bros. Entertainment GmbH.", "ORG:Quarko Bros. Entertainment GmbH"},
    {"Das Bundesamt für Wasserwege (BAWW) warnt.", "ORG:Bundesamt für Wasserwege|ORG:BAWW"},
    /* the words an acronym in brackets abbreviates become one name (Schwartz & Hearst) */
    {"Ein Bericht des Nordic Water Council (NWC) erschien.", "ORG:Nordic Water Council|ORG:NWC"},
    {"Das Bruttoinlandsprodukt (BIP) stieg.", ""},
    /* places: after a preposition before any lower-case word, unless also a common noun */
    {"Der Bus kam aus Gotha unter Polizeischutz.", "LOC:Gotha"},
    /* ... a place that is also a common word after "bei" before punctuation, after "Richtung"; "bei"
     * before any word needs more than that */
    {"Der Unfall bei Kamen, der Stau Richtung Hof. Bei Wetter wie diesem bleiben wir daheim.", "LOC:Kamen|LOC:Hof"},
    /* ... a listed place that is also a name or word in a list of three or more; two are not enough */
    {"In Bielefeld, Dortmund und Hagen wurde gew\xc3\xa4hlt, in Kassel, Hof und Bonn auch.",
     "LOC:Bielefeld|LOC:Dortmund|LOC:Hagen|LOC:Kassel|LOC:Hof|LOC:Bonn"},
    {"Er war in Berlin und Stein war in K\xc3\xb6ln.", "LOC:Berlin|LOC:K\xc3\xb6ln"},
    /* ... and as the dateline that opens a text */
    {"Hof - Bei einer Kontrolle fanden Beamte Drogen.", "LOC:Hof"},
    /* roads with four-digit numbers, also without a space */
    {"Auf der Staatsstra\xc3\x9f" "e 2084, der Kreisstra\xc3\x9f" "e 7739, der St 2580 und der K7739 staute es sich.",
     "LOC:Staatsstra\xc3\x9f" "e 2084|LOC:Kreisstra\xc3\x9f" "e 7739|LOC:St 2580|LOC:K7739"},
    /* police bodies by abbreviation before their place */
    {"PI Erding \xe2\x80\x93 Die VPI Weiden und das PP Oberfranken ermitteln.", "ORG:PI Erding|ORG:VPI Weiden|ORG:PP Oberfranken"},
    /* a people's name with its article is no place, but the first word of a longer name is kept */
    {"Er wanderte durch den Th\xc3\xbcringer Wald. Das \xc3\xa4rgert die Schwaben sehr.", "LOC:Th\xc3\xbcringer Wald"},
    /* the quoted name of a helicopter or ship names no one */
    {"Der Rettungshubschrauber \xe2\x80\x9e" "Christoph Gotha\xe2\x80\x9c landete, der Seenotrettungskreuzer \xe2\x80\x9eHermann Quarbeck\xe2\x80\x9c lief aus.", ""},
    /* stock indices are no organisations when they move or have their article */
    {"Der Dow Jones verlor 2 Prozent, der Nikkei stieg, die Nasdaq gab nach.", ""},
    /* a firm after an analyst's name is no noble particle; a domain name ends before the full stop;
     * "ING." ends a sentence ("Ing." would not) */
    {"Auch Analyst Jens Quarbeck von Meltisfx rechnet mit Verlusten.", "PER:Jens Quarbeck"},
    {"Das sagte Analyst Jens Quarbeck von Capital.com. Ein \xc3\x96konom der ING. Sie sieht Risiken.", "PER:Jens Quarbeck|ORG:Capital.com|ORG:ING"},
    {"Z\xc3\xbcrich (awp/sda) - Die Quarko AG legt zu.", "LOC:Z\xc3\xbcrich|ORG:awp|ORG:sda|ORG:Quarko AG"},
    /* a role and a surname with its particle; "von" only after a hyphenated role and not before a place */
    {"Linken-Chef van Quarken will mehr, der SPD-Politiker de Meltis schwieg.", "PER:van Quarken|PER:de Meltis"},
    {"Der SPD-Chef von Berlin trat zur\xc3\xbc" "ck.", "LOC:Berlin"},
    /* a role word written as an adjective before the head of an organisation's name makes no person */
    {"Die Liberale Hochschulgruppe kritisierte das. Die Evangelische Landeskirche warnte.", ""},
    /* a place adjective before a generic head is a periphrasis, before a distinctive one a name */
    {"Das Wiesbadener Institut befragt Firmen. Die Gothaer Nachrichten berichten.", "ORG:Gothaer Nachrichten"},
    /* the names after a plural descriptor; a verb's object after a count is no name */
    {"Die Finanzinvestoren Quarko und Meltis kaufen. Im Januar meldeten rund 2400 Unternehmen Insolvenz an.", "ORG:Quarko|ORG:Meltis"},
    {"Das Haus ist aus Stein gebaut.", ""},
    /* between a known place and a place with a compass or centre suffix */
    {"Stau zwischen Gotha und Kolbrenna-Nord.", "LOC:Gotha|LOC:Kolbrenna-Nord"},
    /* unknown places coordinated with a known one, or after a place adjective */
    {"Zwischen Gotha und Kolbrenna liegt ein Wald.", "LOC:Gotha|LOC:Kolbrenna"},
    {"Im thurgauischen Kolbrenna brannte es.", "LOC:Kolbrenna"},
    {"Die Gemeinde Kolbrenna wurde eingemeindet.", "LOC:Kolbrenna"}, /* place noun in apposition */
    {"Im Fl\xc3\xbc" "chtlingslager Quarvoni warten Tausende.", "LOC:Quarvoni"}, /* a camp is a place */
    {"Wir badeten am Lido di Jesolo und fuhren zum Cerro Torre.", "LOC:Lido di Jesolo|LOC:Cerro Torre"}, /* Romance */
    /* a name before a business word of firms (name_business); not a division of a firm. A prize
     * named after a person names no one (NOT person_prize) */
    {"Der Hersteller Voit Automotive schlie\xc3\x9ft, der Gesch\xc3\xa4" "ftsbereich Automotive auch. Sie erhielt den Ingeborg Bachmann Preis.",
     "ORG:Voit Automotive"},
    /* a firm named after its founder, with a person's life dates, is the person (founder_born, founder_lifedates) */
    {"Carl Zeiss (1816\xe2\x80\x93" "1888) und Robert Bosch (* 1861) gr\xc3\xbc" "ndeten Firmen.",
     "PER:Carl Zeiss|PER:Robert Bosch"},
    {"Die Carl Zeiss AG (2019) meldete Gewinne.", "ORG:Carl Zeiss AG"},
    /* a later mention of a surname with its particle is the person, with the particle; not in a route */
    {"Lars von Trier dreht. Von Trier sagte, er sei m\xc3\xbc" "de. Die Reise von Trier nach Mainz dauerte.",
     "PER:Lars von Trier|PER:Von Trier|LOC:Trier|LOC:Mainz"},
    {"Hans von der Brixenau sprach. Sp\xc3\xa4ter sagte von der Brixenau, er sei m\xc3\xbc" "de.", "PER:Hans von der Brixenau|PER:von der Brixenau"},
    /* names inside the quoted title of a work after a noun of works (NOT work_title); a group's name
     * in quotes stays */
    {"Der Film \xe2\x80\x9eParis, Texas\xe2\x80\x9c lief in Cannes, die Gruppe \xe2\x80\x9eLetzte Generation\xe2\x80\x9c protestierte.",
     "LOC:Cannes|ORG:Letzte Generation"},
    /* the dative plural of a listed plural name of two words or more; not of a name with an article */
    {"Sie trat mit den Berliner Philharmonikern bei den Salzburger Festspielen auf. Die Linken fordern mehr.",
     "ORG:Berliner Philharmonikern|ORG:Salzburger Festspielen|ORG:Linken"},
    /* a castle or monastery with a name no list holds is one place with its type word; with a
     * listed town the town alone (building_name) */
    {"Die Burg Olvarek und das Kloster Brixenau liegen nahe der Festung Ingolstadt.", "LOC:Burg Olvarek|LOC:Kloster Brixenau|LOC:Ingolstadt"},
    /* an airport named after a person (airport_person, airport_known); a person after an airport
     * word and a verb stays a person */
    {"Sie landete am Flughafen Eduardo de Brixa, er am Flughafen Atat\xc3\xbcrk. Am Flughafen empfing Olaf Scholz sie.",
     "LOC:Flughafen Eduardo de Brixa|LOC:Flughafen Atat\xc3\xbcrk|PER:Olaf Scholz"},
    {"Sie wanderten auf den Horbelberg und über den Weinberg zum Zeppelsee.", "LOC:Horbelberg|LOC:Zeppelsee"},
    {"Die St. Ottilienkapelle brannte.", "LOC:St. Ottilienkapelle"},
    /* an acronym's long form holds no bracket and ends in no person (resolve.c) */
    {"Jonas Wellbrock (CDU) sowie Karla Ostheim (CDU) stimmten zu.",
     "PER:Jonas Wellbrock|ORG:CDU|PER:Karla Ostheim|ORG:CDU"},
    {"Stadtpr\xc3\xa4sidentin Karla Ostheim (SP) sagte, es gehe voran.", "PER:Karla Ostheim|ORG:SP"},
    /* ... but may end in one word a rule took for a person inside capitalised words ("Fleuve Congo (AFC)") */
    {"Die Alliance Fleuve Congo (AFC) r\xc3\xbc" "ckt vor.", "ORG:Alliance Fleuve Congo|ORG:AFC"},
    /* a long form does not start at an article that opens the sentence (the acronym abbreviates a
     * name in another language) */
    {"Das Staatliche Ermittlungsb\xc3\xbc" "ro (DBR) ermittelt.", "ORG:DBR"},
    /* a country code that abbreviates a long form of words stands for an organisation; a country
     * under its English name stays a place */
    {"Die Christian Association of Nigeria (CAN) protestiert.", "ORG:Christian Association of Nigeria|ORG:CAN"},
    {"Die United States of America (USA) und das United Kingdom stimmten zu.", "LOC:United States of America|LOC:USA|LOC:United Kingdom"},
    /* "Oberste(n)" before a supreme body is no rank (supreme_body, NOT supreme_leader) */
    {"Das Urteil des Obersten Gerichtshofs ist endg\xc3\xbcltig.", "ORG:Obersten Gerichtshofs"},
    {"Er folgt dem Obersten F\xc3\xbchrer.", ""},
    /* an institution before an acronym in brackets is no person with a party (name_party) */
    {"Der Verwaltungsgerichtshof (VwGH) hat entschieden.", "ORG:VwGH"},
    /* publishers (publisher, publisher_after) */
    {"Der Roman ist bei Quarkhaus erschienen.", "ORG:Quarkhaus"},
    {"Der Roman erschien bei Brixnau.", "ORG:Brixnau"},
    /* a given name and surname after a trader's noun are a person (desc_person) */
    {"Buchh\xc3\xa4ndler Carl Quarnholt starb.", "PER:Carl Quarnholt"},
    /* ... and after "Investor" (desc_person, a descriptor in -or); a firm after it stays one */
    {"Der Investor Hasan Quarkaik und der Investor Brixcap Partners stiegen ein.", "PER:Hasan Quarkaik|ORG:Brixcap Partners"},
    /* ... also when the surname is a place too ("Falkenberg") */
    {"Der Biobauer Jonas Falkenberg (41) ist Juror.", "PER:Jonas Falkenberg"},
    /* a person's surname that is a common word links at a sentence start before an auxiliary or an
     * apposition (resolve.c) */
    {"Der Pfarrer Josef Bach starb. Bach war 40 Jahre in Ulm.", "PER:Josef Bach|PER:Bach|LOC:Ulm"},
    {"Die Autorin Anne Rabe liest. Rabe, die in Wismar lebt, schreibt.", "PER:Anne Rabe|PER:Rabe|LOC:Wismar"},
    /* a country code in brackets is a place (country_code, class-countrycode.lex) */
    {"Jonas Quarnholt (GER) wurde Dritter vor Karla Brixnau (SUI).",
     "PER:Jonas Quarnholt|LOC:GER|PER:Karla Brixnau|LOC:SUI"},
    /* a given name before "und" and a full name (given_and_given) */
    {"Klaus und Renate Quarnholt kamen.", "PER:Klaus|PER:Renate Quarnholt"},
    {"Die Geschwister Hans und Sophie Quarnholt kamen.", "PER:Hans|PER:Sophie Quarnholt"},
    /* a genitive in -es of a name whose plural is a common noun ("Bundestage") is the name */
    {"Der Ausschuss des Bundestages tagte.", "ORG:Bundestages"},
    /* sports: venues after a preposition (venue_name), club prefixes, leagues; no place in sports
     * terms after "nach", in a region's epithet (NOT epithet_city), no person in a demonym with
     * points (name_age) */
    {"Vor 6600 Zuschauern in der Quarko Arena siegte die Mannschaft.", "LOC:Quarko Arena"},
    {"Der LC Kolbrenna gewann.", "ORG:LC Kolbrenna"},
    {"In der Basketball-Bundesliga f\xc3\xbchrt der Tabellenf\xc3\xbchrer.", "ORG:Basketball-Bundesliga"},
    {"Der Ausgleich fiel nach Wiederanpfiff.", ""},
    {"In der Ostseestadt wird gebaut.", ""},
    {"Die Mannschaft lag vor den K\xc3\xb6lnern (25).", ""},
    /* an unknown name after a nationality noun (demonym_name) */
    {"Es siegte der Kenianer Sabastian Quarnholt vor dem Usbeken Nodirbek Brixowa.",
     "PER:Sabastian Quarnholt|PER:Nodirbek Brixowa"},
    {"Die Wuppertaler Lokal-Matadoren Quarkband traten auf.", ""},
    /* ... not a compound descriptor of companies after a place adjective */
    {"Der K\xc3\xb6" "lner Spezialchemiekonzern Quarkess und der Wuppertaler Mittelst\xc3\xa4" "ndler Brixtal wachsen.", "ORG:Quarkess|ORG:Brixtal"},
    /* a role, a given name and a surname that is a common word (role_given_noun) */
    {"Institutsleiter Andreas Bett sagte, es gehe voran.", "PER:Andreas Bett"},
    /* an article alone is no name particle (given_surname), after one it is (given_surname_art) */
    {"Er besiegte in Riad den Briten Derek Quarnholt.", "LOC:Riad|PER:Derek Quarnholt"},
    {"Jan van den Berg kam.", "PER:Jan van den Berg"},
    /* no genitive name after a place adjective (saxon_genitive) */
    {"Der Gewinn des Leipziger Unternehmens Quarkshirt stieg.", ""},
    /* a youth organisation or trade union with its Land (party_place, party_place_2); buildings and
     * streets named after people (building_hyphen, street_hyphen); a Roman numeral is no person */
    {"Die Junge Union Bayern tagt.", "ORG:Junge Union Bayern"},
    {"Die GEW Bayern und die Caritas Frankfurt kritisieren den Plan.", "ORG:GEW Bayern|ORG:Caritas Frankfurt"},
    /* local associations, chambers and councils as heads before a place (class-orghead.lex) */
    {"Der B\xc3\xbcrgerverein Furth und die Psychotherapeutenkammer Berlin laden ein.",
     "ORG:B\xc3\xbcrgerverein Furth|ORG:Psychotherapeutenkammer Berlin"},
    {"Im Quarko-Brixner-Haus tagte der Vorstand.", "LOC:Quarko-Brixner-Haus"},
    {"Die Jan-van-der-Quark-Stra\xc3\x9f" "e ist gesperrt.", "LOC:Jan-van-der-Quark-Stra\xc3\x9f" "e"},
    {"Der Abgeordnete f\xc3\xbcr G\xc3\xb6rlitz III sagte, er sei zufrieden.", "LOC:G\xc3\xb6rlitz"},
    /* transport and vehicle jargon is no organisation (class-plainacronym.lex); a descriptor before
     * an acronym is no part of the name, and alone no name ("der Bahnkonzern") */
    {"Der SEV f\xc3\xa4hrt ab ZOB, die WLTP-Werte und der OEM. Die Lokf\xc3\xbchrergewerkschaft GDL streikt, teilte der Bahnkonzern mit.", "ORG:GDL"},
    /* older and regional given names (classes-firstnames.txt) */
    {"Vorstandschef Arnd Franz und Flughafenchefin Aletta von Massenbach sprachen.", "PER:Arnd Franz|PER:Aletta von Massenbach"},
    /* business terms are no organisations (class-plainacronym.lex), "Dax" no town (stop_world.txt) */
    {"Der DAX-Konzern meldete ein h\xc3\xb6heres EBITDA.", ""},
    /* a genitive of an institution's noun before a place (tokenize.c: genitive_base) */
    {"Das Urteil des Sozialgerichts Kolbrenna ist rechtskr\xc3\xa4" "ftig.", "ORG:Sozialgerichts Kolbrenna"},
    {"Die \xc3\x84rzte des Kreiskrankenhauses Kolbrenna warnen.", "ORG:Kreiskrankenhauses Kolbrenna"},
    /* newspapers quoted under a one-word name that is a common word (media7.txt), only in quotes */
    {"Das sagte er der \xe2\x80\x9eZeit\xe2\x80\x9c.", "ORG:Zeit"},
    {"Die Zeit ist knapp.", ""},
    /* quoted titles after a genre word or compound, and a quoted first part of a compound, are no
     * names (NOT work_title, quoted_compound) */
    {"Die Tanzshow \xe2\x80\x9eLet's Quark\xe2\x80\x9c startet.", ""},
    {"Die Netflix-Serie \xe2\x80\x9eQuarko Brixen\xe2\x80\x9c endet.", ""},
    {"Ein \xe2\x80\x9e" "Bild\xe2\x80\x9c-Reporter fragte.", ""},
    /* Airbus types are no motorways (road_number); a place before a common compound head is none */
    {"Die Airline setzt die neuen A350 ein.", ""},
    {"Seine Nordamerika-Sparte w\xc3\xa4" "chst.", ""},
    /* a surname that is a common word before a party (surname_party), a child after a possessive
     * (kin_name); no names in rubrics, colours, file numbers, care homes, "auf" + island */
    {"Koch (SPD) fordert mehr Geld.", "PER:Koch|ORG:SPD"},
    {"Ihre Tochter Quarla wurde geboren.", "PER:Quarla"},
    {"Kurz notiert: Die Preise steigen.", ""},
    {"Die Dame in Schwarz l\xc3\xa4" "chelte.", ""},
    {"Das Urteil (Az. B 3 P 4/25 R) ist rechtskr\xc3\xa4" "ftig.", ""},
    {"Das Gericht wies die Beschwerde ab (1 BvR 1578/24).", ""},
    {"Im Pflegeheim starben drei Bewohner.", ""},
    {"Tante Maria auf R\xc3\xbcgen freut sich.", "PER:Maria|LOC:R\xc3\xbcgen"},
    /* a company with its legal form: no place adjective before a name, none of a role; the place
     * adjective of a name of common nouns stays (name_suffix, name_suffix_adj) */
    {"Die Schweizer Quarkon AG w\xc3\xa4" "chst.", "ORG:Quarkon AG"},
    {"Der Mehrheitsaktion\xc3\xa4r Quarko Brix N.V. stimmte zu.", "ORG:Quarko Brix N.V."},
    {"Die Kolbrenner Verkehrsbetriebe GmbH fahren.", "ORG:Kolbrenner Verkehrsbetriebe GmbH"},
    /* a hall and a stand at a fair are no city and no motorway (NOT fair_hall, fair_stand) */
    {"Besuchen Sie uns in Halle 5, Stand A12.", ""},
    /* "Al-X" organisations also as written in running text (orgs_build.py) */
    {"Er spielt f\xc3\xbcr al-Hilal.", "ORG:al-Hilal"},
    /* two given names and two surnames (given_two_surnames) */
    {"Der Schiedsrichter Jos\xc3\xa9 Mar\xc3\xad" "a S\xc3\xa1nchez Mart\xc3\xadnez pfiff.", "PER:Jos\xc3\xa9 Mar\xc3\xad" "a S\xc3\xa1nchez Mart\xc3\xadnez"},
    /* English company names with an industry word (english_org) */
    {"Der Konzern kauft Quarkworks Therapeutics.", "ORG:Quarkworks Therapeutics"},
    {"Die Analysten von Quarko Securities raten ab.", "ORG:Quarko Securities"},
    /* photo agencies in a credit, also those that are common words (credit_org, media7.txt) */
    {"Foto: Imago/Jan Quarnholt", "ORG:Imago|PER:Jan Quarnholt"},
    /* institutions named after a saint (head_saint, saint_hyphen; head_name ends at no "St.") */
    {"Die Kirchengemeinde St. Quarnhold l\xc3\xa4" "dt ein.", "ORG:Kirchengemeinde St. Quarnhold"},
    {"Im St. Quarnhold-Hospital wurde sie operiert.", "ORG:St. Quarnhold-Hospital"},
    /* a genitive descriptor before a company's name (genitive_base: orgdeschead) */
    {"Der Chef des Berliner Gebrauchtwagenh\xc3\xa4ndlers Quarkodoc sagte.", "ORG:Quarkodoc"},
    /* a listed company named after its founder is the person before a person's verb (resolve.c) */
    {"Robert Bosch gr\xc3\xbc" "ndete die Werkstatt.", "PER:Robert Bosch"},
    {"Bei Robert Bosch arbeiten viele.", "ORG:Robert Bosch"},
    /* an authority "für" a list of fields (head_for_list2..5); no names in "Dichter Rauch", a
     * helicopter's call sign, a press office in a footer, environmental acronyms */
    {"Die Senatsverwaltung f\xc3\xbcr Mobilit\xc3\xa4t, Verkehr, Klimaschutz und Umwelt plant.",
     "ORG:Senatsverwaltung f\xc3\xbcr Mobilit\xc3\xa4t, Verkehr, Klimaschutz und Umwelt"},
    {"Dichter Rauch drang aus dem Dach.", ""},
    {"Der Notarzthubschrauber Christophorus 7 flog.", ""},
    {"Die Afrikanische Schweinepest (ASP) breitet sich aus.", ""},
    /* stock indices named after their publisher are no organisations (NOT stock_index*) */
    {"Der S&P 500 stieg, der Nasdaq 100 fiel, der Dow Jones Industrial auch.", ""},
    {"Die Ratingagentur S&P senkte die Note.", "ORG:S&P"},
    /* more heads of authorities and bodies before a place (orghead); a common-noun street with its
     * house number (street_common_num) */
    {"Die Kripo Kolbrenna ermittelt.", "ORG:Kripo Kolbrenna"},
    {"Der Unfall geschah in der Hauptstra\xc3\x9f" "e 27.", "LOC:Hauptstra\xc3\x9f" "e 27"},
    {"Auf dem Parkplatz standen 20 Autos.", ""},
    /* a river that is also a common word after a gauge or a flood (river_level) */
    {"Das Hochwasser an der Oder steigt.", "LOC:Oder"},
    {"Hunde sind an der Leine zu f\xc3\xbchren.", ""},
    /* an authority for places joined by a slash (head_place_slash) */
    {"Die Polizeiinspektion Cloppenburg/Vechta sucht Zeugen.", "ORG:Polizeiinspektion Cloppenburg/Vechta"},
    /* a listed company after a head noun is the company alone (head_name) */
    {"Die Reederei Hapag-Lloyd meldet Gewinne.", "ORG:Hapag-Lloyd"},
    /* a ruler's genitive with the regnal number (regnal_genitive); a noun's genitive has an article */
    {"Die Politik Ludwigs XIV. wirkte lange, der Text des Kapitels II. nicht.", "PER:Ludwigs XIV."},
    /* stations (station), "Hbf." before a capital ends the sentence (abbrev.lex) */
    {"Der ICE hielt in Hamburg Hauptbahnhof und in M\xc3\xbc" "nchen Hbf lange.", "LOC:Hamburg Hauptbahnhof|LOC:M\xc3\xbc" "nchen Hbf"},
    {"Ankunft in Berlin Hbf. Danach f\xc3\xa4hrt ein Bus.", "LOC:Berlin Hbf"},
    /* courts by their abbreviations before a place (orghead; court_ag) */
    {"Das LG K\xc3\xb6ln hob das Urteil des AG Bonn auf, das LAG N\xc3\xbcrnberg nicht.", "ORG:LG K\xc3\xb6ln|ORG:AG Bonn|ORG:LAG N\xc3\xbcrnberg"},
    /* the river in brackets or abbreviated is part of the town's name (dach_cities.tsv) */
    {"Von Frankfurt (Main) und Frankfurt a.M. aus fuhr er.", "LOC:Frankfurt (Main)|LOC:Frankfurt a.M."},
    {"Helios \xc3\xbc" "bernimmt das Krankenhaus.", "ORG:Helios"},
    /* a descriptor compound before a name with its legal form is no part of it (@orgdeschead~), a
     * head that also ends names is (@orgend~) */
    {"Der Maschinenbauer Kestler Antriebe AG und der Reiseveranstalter Olvedar Touristik GmbH.", "ORG:Kestler Antriebe AG|ORG:Olvedar Touristik GmbH"},
    {"Die Siedlungsgenossenschaft Kolbrenna eG baut.", "ORG:Siedlungsgenossenschaft Kolbrenna eG"},
    /* athletics and ice hockey clubs with their town (club_name) */
    {"Der TEV Miesbach und die LG Quarkstadt siegten.", "ORG:TEV Miesbach|ORG:LG Quarkstadt"},
    /* aid organisations and clubs with their town or Land (party_place) */
    {"Das BRK Rosenheim und der ADAC Hessen-Th\xc3\xbc" "ringen helfen.", "ORG:BRK Rosenheim|ORG:ADAC Hessen-Th\xc3\xbc" "ringen"},
    /* unions with their town or district (party_place_2, union_district) */
    {"Die IG Metall Erlangen und die IG Metall K\xc3\xbcste streiken, ebenso Verdi Nord.", "ORG:IG Metall Erlangen|ORG:IG Metall K\xc3\xbcste|ORG:Verdi Nord"},
    /* trade fairs (org-society.lex); states after "in" are no places, a sentence adverb no person */
    {"Zur Agritechnica in Hannover kamen viele.", "ORG:Agritechnica|LOC:Hannover"},
    {"Parallel geriet das Boot in Seenot, der Fahrer kam in Gewahrsam.", ""},
    /* a place adjective and a descriptor before a name (adj_desc_name); the acronym of a law or
     * programme is no organisation (law_acronym, class-lawnoun.lex) */
    {"Die K\xc3\xb6lner Band Olvedar spielt.", "ORG:Olvedar"},
    {"Die Hamburger Band spielte am Abend, die Berner Gruppe am Morgen.", ""},
    {"Der Unfall geschah zwischen Plauen, Oelsnitz und Adorf. Betroffen sind Lauterbach und Fulda.",
     "LOC:Plauen|LOC:Oelsnitz|LOC:Adorf|LOC:Lauterbach|LOC:Fulda"},
    {"Minister Lauterbach und Köln streiten.", "PER:Lauterbach|LOC:Köln"},
    {"Anna Graf von der Polizeiinspektion Brixstadt sagte, es sei ruhig.", "PER:Anna Graf|ORG:Polizeiinspektion Brixstadt"},
    {"Die Quarkwerk Gruppe w\xc3\xa4" "chst.", "ORG:Quarkwerk Gruppe"},
    {"Der Digital Brixner Act (DBA) und das Kolbrennagesetz (KoG) gelten.", ""},
    {"Das Bundesamt f\xc3\xbcr Kolbrenna und Brixner (BKB) pr\xc3\xbc" "ft.", "ORG:Bundesamt f\xc3\xbcr Kolbrenna und Brixner|ORG:BKB"},
    {"Der K\xc3\xb6ln-Tatort lief gut.", ""},
    /* a given name a rule found and a listed surname next to it are one person; a name written
     * twice stays two */
    {"Trainer Quorvin Thompson lobte Greenberg Joseph Greenberg.", "PER:Quorvin Thompson|PER:Greenberg|PER:Joseph Greenberg"},
    /* a ruler with an epithet in the dative and accusative (aliases of people_build.py) */
    {"Sie verglich ihn mit Karl dem Gro\xc3\x9f" "en und Heinrich den L\xc3\xb6" "wen.", "PER:Karl dem Gro\xc3\x9f" "en|PER:Heinrich den L\xc3\xb6" "wen"},
    /* ... nor two listed persons */
    {"In Minsk hat Putin Lukaschenko empfangen.", "LOC:Minsk|PER:Putin|PER:Lukaschenko"},
    /* a place adjective and a descriptor before a company with its legal form are no part of it */
    {"Das Mainzer Unternehmen Kestrava SE und der Basler Konzern Olvedar Holding AG.", "ORG:Kestrava SE|ORG:Olvedar Holding AG"},
    /* an acronym in brackets right after an organisation with its first letter is that
     * organisation (acronym_after_org) */
    {"Die Wirtschaftsuniversit\xc3\xa4t Wien (WU) und die Demokratische Allianz (DA).", "ORG:Wirtschaftsuniversit\xc3\xa4t Wien|ORG:WU|ORG:Demokratische Allianz|ORG:DA"},
    /* a person's name after a word of an administrative unit is a place (admin_person) */
    {"In der Provinz Lena Kestrava starben zehn Menschen.", "LOC:Lena Kestrava"},
    /* named railway lines and road stretches (places_manual/landmarks.tsv) */
    {"Die Riedbahn ist gesperrt, auf dem Mittleren Ring staut es sich.", "LOC:Riedbahn|LOC:Mittleren Ring"},
    /* a group word before a Spanish or Portuguese name with its connectors (romance_group) */
    {"Die Bande Kestra de Olvedo und die Partei Brisa y Norvana.", "ORG:Kestra de Olvedo|ORG:Brisa y Norvana"},
    /* local and Alpine authorities and services before a place (class-orghead); a descriptor
     * compound before a place where no name goes on (head_place_c) */
    {"Die Bergrettung Tirol und das Tierheim Dinkelsb\xc3\xbchl halfen dem Fischertagsverein Memmingen.", "ORG:Bergrettung Tirol|ORG:Tierheim Dinkelsb\xc3\xbchl|ORG:Fischertagsverein Memmingen"},
    {"Im Tierheim war es laut.", ""},
    /* rivers that are common words, on their bank near a place or rising (river_near, river_rising) */
    {"An der Aller bei Celle stieg das Wasser, die Lippe stieg auch.", "LOC:Aller|LOC:Celle|LOC:Lippe"},
    /* Arabic given names in the German transliteration (classes-firstnames.txt) */
    {"Dort trafen sich Jahja Kestrava und Dschamal Olvedar.", "PER:Jahja Kestrava|PER:Dschamal Olvedar"},
    /* one-word venues after a preposition or article (venue_compound); generic ones are nouns */
    {"Im Kestravastadion und in der Olvedar-Arena, nicht im Fu\xc3\x9f" "ballstadion.", "LOC:Kestravastadion|LOC:Olvedar-Arena"},
    /* ... and glaciers */
    {"Der Kelsangletscher brach ab, der Brixferner schmilzt, die Alpengletscher schwinden.", "LOC:Kelsangletscher|LOC:Brixferner"},
    /* a Swiss council word before a given name is a title (council_title) */
    {"Bundesrat Beat Kestrava sprach, der Bundesrat entschied.", "PER:Beat Kestrava|ORG:Bundesrat"},
    /* an ordinal as the noun of a rank is no name (class-stopword) */
    {"Damit wurde der Klub Siebter, Olvedar Kestrava Elfter.", ""},
    /* occupations and weather words that are also surnames, generic road places (class-commonnoun) */
    {"Unbekannte Hacker und zwei Tischler sahen Hagel zwischen Ausfahrt und Rastplatz.", ""},
    /* a town's adjective before a listed company with its legal form (placeadj_org); a listed
     * city adjective stays part of the name */
    {"Die Leverkusener Bayer AG und die Hamburger Hochbahn AG.", "ORG:Bayer AG|ORG:Hamburger Hochbahn AG"},
    /* an institution noun before a listed two-word organisation (head_lexorg) */
    {"Die Reederei Aida Cruises w\xc3\xa4" "chst.", "ORG:Aida Cruises"},
    /* a hyphenated compound whose unknown last part has a role as its head is no district */
    {"Die NRW-Fluchtministerin und der Sachsen-Brandschutzbeauftragte Jana Kestler.", "PER:Jana Kestler"},
    /* ... and the last two parts as one word of the lists: "Start-up" is a descriptor */
    {"Das Raumfahrt-Start-up Isar Aerospace startet.", "ORG:Isar Aerospace"},
    /* an adjective before a compound head and a place (adj_head_place_c) */
    {"Die St\xc3\xa4" "dtische Wohnungsgesellschaft Bremerhaven baut.", "ORG:St\xc3\xa4" "dtische Wohnungsgesellschaft Bremerhaven"},
    /* an unknown word after "aus" names a place only after a person or a group (prep_unknown_aus);
     * the second of two unknown places after a place preposition (prep_unknown_and) */
    {"Ein 19-J\xc3\xa4hriger aus Quellnitzrode wurde verletzt, er handelte aus Protest.", "LOC:Quellnitzrode"},
    {"In Quellnitzrode und Brixenhain brannte es.", "LOC:Quellnitzrode|LOC:Brixenhain"},
    /* a closed compound with a role as its head before a surname (role_compound_names) */
    {"Der B\xc3\xa4" "ckermeister Quellnitz \xc3\xbc" "bernimmt, Feuerwehrkommandant Brixner ist vor Ort.", "PER:Quellnitz|PER:Brixner"},
    /* heads of clubs, bands and inns of local news (class-orghead) */
    {"Die Kolpingsfamilie Quellnitz und der Wanderverein Brixenhain feierten im Gasthof Quellner.", "ORG:Kolpingsfamilie Quellnitz|ORG:Wanderverein Brixenhain|ORG:Gasthof Quellner"},
    /* Austrian and other club prefixes before a place (class-orghead) */
    {"Der USV Himmelberg schlug die SuS Oberaden.", "ORG:USV Himmelberg|ORG:SuS Oberaden"},
    /* Austrian academic titles are no part of the name; a parish hall is no place */
    {"Pfarrer Mag. Gottfried Laireiter sprach im Pfarrheim Quellnitzdorf.", "PER:Gottfried Laireiter|LOC:Quellnitzdorf"},
    /* "vom" after a given name and a surname names where the person works, no noble house */
    {"Peter Quellner vom Bauhof half.", "PER:Peter Quellner"},
    /* "so" after a quote, and more verbs of saying, before an unknown surname (said_so, said_unknown) */
    {"\xe2\x80\x9e" "Das ist gut\xe2\x80\x9c, so Quellner. \xe2\x80\x9e" "Ja\xe2\x80\x9c, meint Brixner.", "PER:Quellner|PER:Brixner"},
    /* ... not a plural noun after the verb */
    {"Die Opposition forderte Nachbesserungen und kritisierte Einschr\xc3\xa4" "nkungen.", ""},
    /* a noun in "-alen" is no adjective before a head; a lower-case "international" ends no name */
    {"Den Rivalen SK Hynix \xc3\xbc" "berholte Samsung wegen des Urteils international.", "ORG:SK Hynix|ORG:Samsung"},
    /* a name listed as a place and as an organisation is the place after "in"/"im" (class-placeprep),
     * else the organisation */
    {"Er wurde in Deutz \xc3\xbc" "berfallen, der Motorenbauer Deutz schweigt.", "LOC:Deutz|ORG:Deutz"},
    {"Der Mann ist in den Dolomiten verungl\xc3\xbc" "ckt.", "LOC:Dolomiten"},
    /* a given name and a surname that is a common word before a finite verb, a slash or an age
     * (given_noun_verb); at the start of the text the rule's "not preceded by" context holds
     * before the first token as well as with the first token as the context (both candidates) */
    {"Fritz Rudolf Schutt sagte, das Foto sei von Martin Schutt/dpa.", "PER:Fritz Rudolf Schutt|PER:Martin Schutt|ORG:dpa"},
    {"Lena Stein (34) gewann, Schützen aus St. Hubertus Darme ist egal.", "PER:Lena Stein"},
    /* a role, two given names and a common-noun surname; no abstract noun as a surname */
    {"Stadtrat Hans Peter Schutt kam, Premier Shehbaz Sharif Vergeltung an.", "PER:Hans Peter Schutt|PER:Shehbaz Sharif"},
    /* a club's year after its place looks like one (no points of a table); only "1." or "2."
     * before the club's abbreviation */
    {"Tabelle: 3. 1. FC Quarkow 43, 4. SV Kolbrenna 42, 5. TSV Kolbrenna 1860 40.", "ORG:1. FC Quarkow|ORG:SV Kolbrenna|ORG:TSV Kolbrenna 1860"},
    /* an association's regional unit with its place (org_subunit); a Vienna department by its
     * number (vienna_ma); "Nationalrat" is the parliament, not a common noun */
    {"Der AWO Kreisverband G\xc3\xbc" "tersloh-Land und die MA 48 helfen.", "ORG:AWO Kreisverband G\xc3\xbctersloh-Land|ORG:MA 48"},
    {"Der Nationalrat tagt, Nationalrat Peter Pilz fehlt.", "ORG:Nationalrat|PER:Peter Pilz"},
    /* a place's compound with a common noun in the genitive is no district ("Ukraine-Kriegs" as
     * "Krieg"); an unknown last part still makes one */
    {"Wegen des Ukraine-Kriegs und des Afghanistan-Einsatzes zog er nach Kolbrenna-Quarkstedt.", "LOC:Kolbrenna-Quarkstedt"},
    /* an unknown word after a place preposition before a verb of saying is a place, not a speaker
     * (name_said); a plural noun of action after "nach" is no place (prep_unknown) */
    {"In Kolbrin sprach er nach Durchsuchungen und Vernehmungen mit Kolbrenner.", "LOC:Kolbrin"},
    /* occupations of labour and prize news are roles: no name at a sentence start, and the
     * evidence for an unknown name after them */
    {"Sachwalterin wurde Anna Quarkner. Die Mathematikerin Kolbrin Tavora erhält den Preis.", "PER:Anna Quarkner|PER:Kolbrin Tavora"},
    /* a listed organisation's regional company before a lower-case word (org_region); not before
     * the end of a sentence */
    {"Die DB Regio Bayern teilte mit, Siemens Schweiz baut, der Streit zwischen DB Regio und Hessen.", "ORG:DB Regio Bayern|ORG:Siemens Schweiz|ORG:DB Regio|LOC:Hessen"},
    /* a church, mosque or synagogue by its one-word name (church_word); not a generic compound */
    {"Die Nikolaikirche und die Fatih-Moschee stehen, die Dorfkirche und die Doppelkirche nicht.", "LOC:Nikolaikirche|LOC:Fatih-Moschee"},
    /* "AB" in a run of capitals is the German word, no legal form (NOT caps_ab) */
    {"BAYERN SCHL\xc3\x84GT DORTMUND AB SONNTAG NEUE REGELN", "LOC:BAYERN|LOC:DORTMUND"},
    /* ... also at the end of a line; a finite verb in capitals ends a name (caps_ab_end, caps_verb) */
    {"VFB KOLBRENNA ZIEHT INS FINALE EIN\nSIEMENS BAUT IN ERLANGEN STELLEN AB\nText.", "ORG:VFB KOLBRENNA|ORG:SIEMENS"},
    /* the article opening a sentence is no part of the Greens' name, but of "Die Linke" (article_party) */
    {"Die Gr\xc3\xbcnen und Die Linke wollen es. Die Linke auch.", "ORG:Gr\xc3\xbcnen|ORG:Die Linke|ORG:Die Linke"},
    /* "im" is a place preposition and a determiner: the preposition counts */
    {"Franziskus starb im Vatikan, der Vatikan trauert.", "PER:Franziskus|LOC:Vatikan|ORG:Vatikan"},
    /* a surname that is also a common noun after a role only before punctuation or a finite verb */
    {"Dabei erbeuteten die T\xc3\xa4ter Schmuck und Bargeld, sagte Kommissar Wolf.", "PER:Wolf"},
    /* lists of survey17: Swiss bodies, zoos, lotteries, photo agencies */
    {"Der Zuger Kantonsrat tagte, der K\xc3\xb6lner Zoo meldete Nachwuchs.", "ORG:Zuger Kantonsrat|ORG:K\xc3\xb6lner Zoo"},
    {"Lotto Hessen zahlte aus. Foto: Anna Weber/dpa-Zentralbild", "ORG:Lotto Hessen|PER:Anna Weber|ORG:dpa-Zentralbild"},
    /* numbered military units (class-unitnoun.lex, military_unit); a generic group is none */
    {"Soldaten des J\xc3\xa4gerbataillons 413 und des Taktischen Luftwaffengeschwaders 51 \xc3\xbc" "bten.", "ORG:J\xc3\xa4gerbataillons 413|ORG:Taktischen Luftwaffengeschwaders 51"},
    {"Die Panzerbrigade 21 zog ab. In der Gruppe 3 spielen zw\xc3\xb6lf Teams.", "ORG:Panzerbrigade 21"},
    /* local agencies and directorates with their place, a unit's number or a district compound
     * (agency_place, head_place_num, head_place_part); a count after a place is no unit number */
    {"Die Agentur f\xc3\xbcr Arbeit Gie\xc3\x9f" "en und die Regionaldirektion Hessen melden mehr Stellen.", "ORG:Agentur f\xc3\xbcr Arbeit Gie\xc3\x9f" "en|ORG:Regionaldirektion Hessen"},
    {"Die Polizeiinspektion Landau 2 und die Evangelische Kirchengemeinde Kassel-Wilhelmsh\xc3\xb6he helfen.", "ORG:Polizeiinspektion Landau 2|ORG:Evangelische Kirchengemeinde Kassel-Wilhelmsh\xc3\xb6he"},
    {"Er gab der Universit\xc3\xa4t Ulm 25 Millionen Euro.", "ORG:Universit\xc3\xa4t Ulm"},
    /* an institution bearing a person's full name, a club with its patron and place (head_person,
     * head_given_place); an authority before a person is no part of the name */
    {"Das Autohaus Jonas Kestrel sponsert den Sch\xc3\xbctzenverein Hubertus Ulm.", "ORG:Autohaus Jonas Kestrel|ORG:Sch\xc3\xbctzenverein Hubertus Ulm"},
    {"Laut Polizei Mareike Kestrel war er allein.", "PER:Mareike Kestrel"},
    /* an unknown given name before a surname of a Caucasian or East Slavic shape (unknown_given) */
    {"Dort sprach Schalwa Quarkschwili. Es kam Wagiz Brixadse.", "PER:Schalwa Quarkschwili|PER:Wagiz Brixadse"},
    /* a saint before a compound head of an institution belongs to its name (head_place_saint) */
    {"Er liegt im St. Marien-Hospital Hamm, sie im Sankt Josef-Krankenhaus Essen.", "ORG:St. Marien-Hospital Hamm|ORG:Sankt Josef-Krankenhaus Essen"},
    /* a listed name that is a common noun after an article and an adjective (NOT adj_common_name);
     * a move from one firm to another (NOT from_org_to_org) */
    {"Vor einer ausverkauften Halle siegte Kiel. Sie wechselt von Mercedes zu Ferrari.", "LOC:Kiel|ORG:Mercedes|ORG:Ferrari"},
    /* a listed world town after "bei" or "um" (prep_place_bei); not a common noun there */
    {"Soldaten wurden bei Kidal get\xc3\xb6" "tet. Die Stra\xc3\x9f" "e ist bei Regen gesperrt.", "LOC:Kidal"},
    /* a mine or spoil tip by its name with the noun; one named after a listed place is the place */
    {"Die Zeche Quarkhugo schloss, die Talsperre Kelbra ist voll.", "LOC:Zeche Quarkhugo|LOC:Kelbra"},
    /* a parliament that the noun dictionary lists as a noun (classes-nouns-not.txt) */
    {"Die Duma stimmte zu.", "ORG:Duma"},
    /* a park or a race circuit after a preposition of place (venue_name) */
    {"Im Albert Park und auf dem Yas Marina Circuit siegte er.", "LOC:Albert Park|LOC:Yas Marina Circuit"},
    /* after a role, a surname that is a compound with a role's head (role_names); not a common noun */
    {"Trainer Robert Quarkleiter lobte, Trainer Jonas Abteilungsleiter nicht.", "PER:Robert Quarkleiter|PER:Jonas"},
    /* "a.D." after a role is no legal form ("a.d." of Serbian firms is not listed) */
    {"Der B\xc3\xbc" "rgermeister a.D. Jonas Quarkmann kam.", "PER:Jonas Quarkmann"},
    /* a village in "-hausen" after a region's adjective ("Hausen", the fish, is no common noun head) */
    {"Im th\xc3\xbc" "ringischen Windehausen brannte es.", "LOC:Windehausen"},
    /* the first part of a truncated compound is no name */
    {"In Kriegs- und Krisenzeiten und bei Bund- und L\xc3\xa4" "nderverhandlungen in Nord- und S\xc3\xbc" "damerika.", "LOC:S\xc3\xbc" "damerika"},
    /* courts abroad with their town */
    {"Das Stadtgericht Kiel und das Milit\xc3\xa4" "rgericht Ulm urteilten.", "ORG:Stadtgericht Kiel|ORG:Milit\xc3\xa4" "rgericht Ulm"},
    /* an auction house: a head of organisations, and listed ones */
    {"Das Bild kam beim Auktionshaus Quarkelmann und bei Sotheby's unter den Hammer.", "ORG:Auktionshaus Quarkelmann|ORG:Sotheby's"},
    /* ... also a listed person's (head_lexperson); not a government named after its head */
    {"Sie lernte am Gymnasium Ernst Barlach und an der Schauspielschule Ernst Busch.", "ORG:Gymnasium Ernst Barlach|ORG:Schauspielschule Ernst Busch"},
    {"Die Regierung Olaf Scholz zerbrach.", "PER:Olaf Scholz"},
    /* a given name with two further names (given_two_names); a common noun after a name is none */
    {"Es siegte Astrid Kvalnes Brekkevold vor Jonas Orvik Kestrelsen.", "PER:Astrid Kvalnes Brekkevold|PER:Jonas Orvik Kestrelsen"},
    {"Das sagte Jonas Brix Reportern in Kiel.", "PER:Jonas Brix|LOC:Kiel"},
    /* a ruler with two given names and a regnal number (regnal_two_names) */
    {"Unter Jonas Lukas III. wuchs das Reich.", "PER:Jonas Lukas III."},
    /* an unknown two-word name in a list of people (list_name_before, list_name_after); not a
     * pair of nouns before a list */
    {"Es spielen Thorleif Quarrelsen, Anna Brixner und Jonas Kestrel.", "PER:Thorleif Quarrelsen|PER:Anna Brixner|PER:Jonas Kestrel"},
    {"Es kamen Anna Brixner, Jonas Kestrel und Kelsang Quarrelsen.", "PER:Anna Brixner|PER:Jonas Kestrel|PER:Kelsang Quarrelsen"},
    {"Das sagten Mitarbeiter und Kunden, Anna Brixner und Jonas Kestrel.", "PER:Anna Brixner|PER:Jonas Kestrel"},
    /* a head, "der" and a capitalised adjective with a noun (head_der_adj); a head and an
     * adjective in the genitive plural (head_adj_gen); not a truncated compound, not a name that
     * goes on */
    {"Das sagte der Verband der Brixischen Quarkindustrie.", "ORG:Verband der Brixischen Quarkindustrie"},
    {"Laut Verband Deutscher Quarkbauern sinkt die Ernte.", "ORG:Verband Deutscher Quarkbauern"},
    {"Der Verband der Brixischen Metall- und Quarkindustrie tagte.", ""},
    /* German given names of the hand list (classes-firstnames.txt) before a surname that looks
     * like a place */
    {"Das sagte Karsten Quarkhausen am Abend.", "PER:Karsten Quarkhausen"},
    {"Das sagte Reimund Brixhausen am Abend.", "PER:Reimund Brixhausen"},
    /* the further names of a list after a plural place noun (place_noun_list2 ... 7); not a
     * common noun in the list */
    {"Dazu geh\xc3\xb6ren die D\xc3\xb6rfer Ossala, Kumpala-Huhtala, Hokkila und Vehkala.", "LOC:Ossala|LOC:Kumpala-Huhtala|LOC:Hokkila|LOC:Vehkala"},
    {"Die Orte Ossala und Kirche liegen am Hang.", "LOC:Ossala"},
    /* a Korean or Taiwanese name with a hyphenated given name (east_asian_name) */
    {"Der Film von Quan Sang-moo lief, die Partei von Hao Li-wen siegte.", "PER:Quan Sang-moo|PER:Hao Li-wen"},
    /* ... a family name of class-asianfamily.lex before a hyphenated given name that the word
     * test misses ("Ahn" is also a noun), before a pinyin given name (asian_family_given), or
     * before two short names (asian_family_three); a later family name alone is the person */
    {"Der Abgeordnete Ahn Sung-quan trat zur\xc3\xbc" "ck.", "PER:Ahn Sung-quan"},
    {"Minister Wang Quanbo traf He Xiaoming. Wang sagte, Nguyen Van Thoai komme.", "PER:Wang Quanbo|PER:He Xiaoming|PER:Wang|PER:Nguyen Van Thoai"},
    {"Die Zone Ding Ko blieb leer. Der Besuch in Hong Kong war kurz.", "LOC:Hong Kong"}, /* no pinyin syllable "ko" */
    /* bare names of leaders that are also rare nouns (the Greek letter, a plural of "Modus") */
    {"Xi trifft Modi.", "PER:Xi|PER:Modi"},
    {"Sie lag in der Klinik des Brixener Allgemeinen Quarkhauses.", ""},
    /* a place of several words after a place and a hyphen is one place (match.c, compound_tail),
     * also with an abbreviation as its first word; not a word that starts no place */
    {"Der Unfall war in Stuttgart-Bad Cannstatt am Abend.", "LOC:Stuttgart-Bad Cannstatt"},
    {"Mieten in Hamburg-St. Pauli und Berlin-Prenzlauer Berg steigen.", "LOC:Hamburg-St. Pauli|LOC:Berlin-Prenzlauer Berg"},
    {"Die Berlin-Bad Reisegruppe kam an.", ""},
    {"Ein Mann wurde in Wien-Favoriten festgenommen.", "LOC:Wien-Favoriten"}, /* a listed place that is a common word too */
    /* ... and a place of two words with a part of it after a hyphen (compound_head); not with a
     * common noun or an adjective in -er after the hyphen */
    {"Die Polizei in Bergisch Gladbach-Quarnrath meldet einen Einbruch.", "LOC:Bergisch Gladbach-Quarnrath"},
    {"Der Bad Homburg-Marathon, das Bad Homburg-Finanzamt und die St. Ingbert-Quarnbacher Feuerwehr.", ""},
    /* a regional adjective before a head, or after an article before a compound with a head
     * (land_adj_head, land_adj_head_c); not a plural at the start of a sentence */
    {"Die Fr\xc3\xa4nkische Landeskirche tagt.", "ORG:Fr\xc3\xa4nkische Landeskirche"},
    {"Er arbeitet f\xc3\xbcr die Mitteldeutsche Quarzkohlengesellschaft in Halle.", "ORG:Mitteldeutsche Quarzkohlengesellschaft|LOC:Halle"},
    {"Ostdeutsche Quarzkohlengesellschaften klagen.", ""},
    /* a compound with a surname as its last part after a place preposition is a place
     * (prep_compound); a name after a military base noun (place_noun); the double surname elsewhere */
    {"In Quarnitz-Rosenthal und Crostwitz sind Reiter unterwegs.", "LOC:Quarnitz-Rosenthal|LOC:Crostwitz"},
    {"Sie landeten auf der Milit\xc3\xa4rbasis Quarnitz-Richardson.", "LOC:Quarnitz-Richardson"},
    {"Das Team von Quarnitz-Richardson gewann.", "PER:Quarnitz-Richardson"},
    /* official town names with a title (places_manual/dach_cities.tsv) */
    {"Die Lutherstadt Wittenberg und die Hansestadt Wismar feiern.", "LOC:Lutherstadt Wittenberg|LOC:Hansestadt Wismar"},
};

int main(int argc, char **argv) {
    const char *lexdir = argc > 1 ? argv[1] : "lexicons";
    dener_error err = {0};
    dener_model *m = dener_model_load(&lexdir, 1, NULL, 0, &err);
    CHECK(m != NULL, "model loads: %s", err.msg);
    if (!m) return check_done("names");
    /* every positive regular expression of the shipped rules has a pattern id (the first 64
     * distinct patterns get one, rules.c; the others are tested token by token: adding a 65th
     * pattern once cost 6.6 M instructions on the benchmark), so has every list of words (the
     * first 512 distinct lists; the 257th to 263rd cost 16 M when the limit was 256), and every
     * rule name is used once (an entity's "source" names one rule) */
    size_t no_id = 0, no_lit = 0, twice = 0;
    for (size_t i = 0; i < m->nrules; i++) {
        const dn_rule *r = &m->rules[i];
        for (size_t k = 0; k < r->ntests; k++) {
            if (r->tests[k].op == DN_OP_REGEX && !r->tests[k].neg && r->tests[k].rxid == DN_RXID_NONE) {
                if (!no_id++) fprintf(stderr, "first regular expression without a pattern id: rule %s, line %u\n", m->pool + r->name, (unsigned)r->line);
            }
            if (r->tests[k].op == DN_OP_LIT && r->tests[k].litid == DN_LIT_NONE) {
                if (!no_lit++) fprintf(stderr, "first list of words without an id: rule %s, line %u\n", m->pool + r->name, (unsigned)r->line);
            }
        }
        for (size_t j = 0; j < i; j++)
            if (strcmp(m->pool + r->name, m->pool + m->rules[j].name) == 0 && !twice++)
                fprintf(stderr, "first rule name used twice: %s (lines %u and %u)\n", m->pool + r->name, (unsigned)m->rules[j].line, (unsigned)r->line);
    }
    CHECK(no_id == 0, "%zu regular expression tests without a pattern id (more than 64 distinct patterns)", no_id);
    CHECK(no_lit == 0, "%zu lists of words without an id (more than 512 distinct lists)", no_lit);
    CHECK(twice == 0, "%zu rule names used twice", twice);
    dener_doc *d = dener_doc_new(m);
    CHECK(d != NULL, "doc");
    for (size_t c = 0; d && c < sizeof CASES / sizeof CASES[0]; c++) {
        int rc = dener_extract(d, CASES[c].text, strlen(CASES[c].text), NULL, &err);
        CHECK(rc == 0, "extract: %s", err.msg);
        char got[1024];
        size_t at = 0;
        got[0] = 0;
        for (size_t i = 0; i < dener_doc_count(d); i++) {
            const dener_entity *e = dener_doc_entity(d, i);
            if (e->type == DENER_DATE) continue;
            int k = snprintf(got + at, sizeof got - at, "%s%s:%.*s", at ? "|" : "", dener_type_name(e->type),
                             (int)(e->end_byte - e->start_byte), e->text);
            if (k < 0 || (size_t)k >= sizeof got - at) break;
            at += (size_t)k;
        }
        CHECK(strcmp(got, CASES[c].expect) == 0, "\"%s\": got \"%s\", expected \"%s\"", CASES[c].text, got,
              CASES[c].expect);
    }
    /* the acronym's canonical is its long form, which the brackets make a name ("abbrev") or which
     * a rule found already (english_org) */
    static const struct { const char *text, *canon, *source; } AB[] = {
        {"Ein Bericht der Nordic Water Initiative (NWI) erschien.", "Nordic Water Initiative", "abbrev"},
        {"Ein Bericht des Nordic Water Council (NWC) erschien.", "Nordic Water Council", "rule:english_org"},
    };
    for (size_t k = 0; k < sizeof AB / sizeof AB[0]; k++) {
        const char *t = AB[k].text;
        if (!d || dener_extract(d, t, strlen(t), NULL, &err) != 0) continue;
        const dener_entity *e = dener_doc_count(d) == 2 ? dener_doc_entity(d, 1) : NULL;
        CHECK(e && e->canonical && strcmp(e->canonical, AB[k].canon) == 0, "canonical of the acronym in \"%s\": %s", t,
              e && e->canonical ? e->canonical : "(none)");
        e = dener_doc_count(d) >= 1 ? dener_doc_entity(d, 0) : NULL;
        CHECK(e && e->source && strcmp(e->source, AB[k].source) == 0, "source of the long form in \"%s\": %s", t,
              e && e->source ? e->source : "(none)");
    }
    /* a listed surname alone stands for the document's own person named in full before it */
    static const struct { const char *text, *canon; } SN[] = {
        {"Die Anw\xc3\xa4ltin Sabine Scholz widersprach. Scholz sagte, das Urteil sei falsch.", "Sabine Scholz"},
        {"Olaf Scholz kam nach Bonn. Scholz sagte nichts.", "Olaf Scholz"},
    };
    for (size_t k = 0; k < sizeof SN / sizeof SN[0]; k++) {
        const char *t = SN[k].text;
        if (!d || dener_extract(d, t, strlen(t), NULL, &err) != 0) continue;
        const size_t n = dener_doc_count(d);
        const dener_entity *e = n ? dener_doc_entity(d, n - 1) : NULL;
        CHECK(e && e->end_byte - e->start_byte == 6 && memcmp(e->text, "Scholz", 6) == 0 && e->canonical && strcmp(e->canonical, SN[k].canon) == 0,
              "canonical of the surname in \"%s\": %s", t, e && e->canonical ? e->canonical : "(none)");
    }
    dener_doc_free(d);
    dener_model_free(m);
    return check_done("names");
}
