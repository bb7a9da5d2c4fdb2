# loc-countries.lex - countries, territories, continents and world regions under their German names (300 from ICU/CLDR, the rest hand-written short and alternative forms)
# Source: ICU4C 72.1 (CLDR 42.0) German locale data (uloc_getISOCountries/uloc_getDisplayCountry, CLDR region table incl. short/variant forms) + lexicons/import/places_manual/countries.tsv (hand-written facts)
# Licence: Unicode License Agreement - Data Files and Software (Unicode-DFS-2016), Copyright (c) 1991-2022 Unicode, Inc. (ICU/CLDR data; see ICU's LICENSE file, e.g. /usr/share/icu/*/LICENSE); hand-written part: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 546 entries.
Abchasien	LOC.region
Abessinien	LOC.country	Äthiopien
Achämenidenreich	LOC.country
Afghanistan	LOC.country
Afrika	LOC.continent
Aland	LOC.territory	Ålandinseln
Albanien	LOC.country
Alexanderreich	LOC.country
Algerien	LOC.country
Alte Welt	LOC.region
Amerika	LOC.continent
Amerikanisch-Samoa	LOC.territory
Amerikanische Jungferninseln	LOC.territory
Amerikanische Überseeinseln	LOC.territory
Amerikas	LOC.continent	Amerika
Andorra	LOC.country
Angloamerika	LOC.region
Angola	LOC.country
Anguilla	LOC.territory
Antarktika	LOC.continent	Antarktis
Antarktis	LOC.continent
Antigua	LOC.island
Antigua und Barbuda	LOC.country
Arabische Emirate	LOC.country	Vereinigte Arabische Emirate
Arabischen Emiraten	LOC.country	Vereinigte Arabische Emirate
Argentinien	LOC.country
Argentinische Republik	LOC.country	Argentinien
Arktis	LOC.continent
Armenien	LOC.country
Aruba	LOC.territory
Ascension	LOC.territory
Aserbaidschan	LOC.country
Asien	LOC.continent
Australasien	LOC.region
Australien	LOC.country
Autonomiegebiete	LOC.territory	Palästinensische Autonomiegebiete
Azoren	LOC.island
Aztekenreich	LOC.country
BRD	LOC.country	Deutschland
Bahamas	LOC.country
Bahrain	LOC.country
Balearen	LOC.island
Baltikum	LOC.region
Bangladesch	LOC.country
Bangladesh	LOC.country	Bangladesch
Barbados	LOC.country
Barbuda	LOC.island
Baschkortostan	LOC.region
Belarus	LOC.country
Belgien	LOC.country
Belize	LOC.country
Benelux	LOC.region
Benelux-Länder	LOC.region	Benelux
Beneluxstaaten	LOC.region
Benin	LOC.country
Berg-Karabach	LOC.region	Bergkarabach
Bergkarabach	LOC.region
Bermuda	LOC.territory
Bhutan	LOC.country
Birma	LOC.country	Myanmar
Bolivien	LOC.country
Bosnien	LOC.country	Bosnien und Herzegowina
Bosnien und Herzegowina	LOC.country
Bosnien-Herzegowina	LOC.country	Bosnien und Herzegowina
Botsuana	LOC.country
Bouvetinsel	LOC.territory
Brasilien	LOC.country
Britannien	LOC.country	Vereinigtes Königreich
Britische Jungferninseln	LOC.territory
Britisches Territorium im Indischen Ozean	LOC.territory
Brunei	LOC.country	Brunei Darussalam
Brunei Darussalam	LOC.country
Bulgarien	LOC.country
Bundesrepublik	LOC.country	Deutschland
Bundesrepublik Deutschland	LOC.country	Deutschland
Burkina Faso	LOC.country
Burma	LOC.country	Myanmar
Burundi	LOC.country
Byzantinisches Reich	LOC.country
Byzanz	LOC.country	Byzantinisches Reich
Cabo Verde	LOC.country
Cayman Islands	LOC.territory	Kaimaninseln
Caymaninseln	LOC.territory	Kaimaninseln
Ceuta und Melilla	LOC.territory
Ceylon	LOC.country	Sri Lanka
Chile	LOC.country
China	LOC.country
Clipperton-Insel	LOC.territory
Commonwealth of Australia	LOC.country	Australien
Cook-Inseln	LOC.territory	Cookinseln
Cookinseln	LOC.territory
Costa Rica	LOC.country
Curaçao	LOC.territory
Cypern	LOC.country	Zypern
Côte d’Ivoire	LOC.country
DDR	LOC.country	Deutsche Demokratische Republik
DR Kongo	LOC.country	Kongo-Kinshasa
Dagestan	LOC.region
Dahomey	LOC.country	Benin
Darfur	LOC.region
Demokratische Republik Kongo	LOC.country	Kongo-Kinshasa
Demokratische Volksrepublik Korea	LOC.country	Nordkorea
Deutsch-Neuguinea	LOC.country
Deutsch-Ostafrika	LOC.country
Deutsch-Südwestafrika	LOC.country
Deutsche Demokratische Republik	LOC.country
Deutsches Kaiserreich	LOC.country
Deutsches Reich	LOC.country
Deutschland	LOC.country
Diego Garcia	LOC.territory
Djibouti	LOC.country	Dschibuti
Dominica	LOC.country
Dominikanische Republik	LOC.country
Donaumonarchie	LOC.country	Österreich-Ungarn
Drittes Reich	LOC.country	Deutsches Reich
Dschibuti	LOC.country
Dänemark	LOC.country
Ecuador	LOC.country
Eidgenossenschaft	LOC.country	Schweiz
Eire	LOC.country	Irland
El Salvador	LOC.country
Elfenbeinküste	LOC.country	Côte d’Ivoire
Emirate	LOC.country	Vereinigte Arabische Emirate
England	LOC.country
Eritrea	LOC.country
Estland	LOC.country
Eswatini	LOC.country
Europa	LOC.continent
Falklandinseln	LOC.territory
Falklands	LOC.territory	Falklandinseln
Fidschi	LOC.country
Fidschi-Inseln	LOC.country	Fidschi
Finnland	LOC.country
Formosa	LOC.island	Taiwan
Frankenreich	LOC.country
Frankreich	LOC.country
Französisch-Guayana	LOC.territory
Französisch-Polynesien	LOC.territory
Französische Republik	LOC.country	Frankreich
Französische Süd- und Antarktisgebiete	LOC.territory
Färöer	LOC.territory
Färöer-Inseln	LOC.territory	Färöer
Färöerinseln	LOC.territory	Färöer
Föderative Republik Brasilien	LOC.country	Brasilien
Gabun	LOC.country
Gambia	LOC.country
Gaza	LOC.territory	Gazastreifen
Gaza-Streifen	LOC.territory	Gazastreifen
Gazastreifen	LOC.territory
Georgien	LOC.country
Ghana	LOC.country
Gibraltar	LOC.territory
Golan	LOC.region	Golanhöhen
Golanhöhen	LOC.region
Goldene Horde	LOC.country
Grenada	LOC.country
Grenadinen	LOC.island
Griechenland	LOC.country
Großbritannien	LOC.country	Vereinigtes Königreich
Großfürstentum Litauen	LOC.country
Grönland	LOC.territory
Guadeloupe	LOC.territory
Guam	LOC.territory
Guatemala	LOC.country
Guernsey	LOC.territory
Guinea	LOC.country
Guinea-Bissau	LOC.country
Guyana	LOC.country
Habsburgermonarchie	LOC.country
Habsburgerreich	LOC.country
Haiti	LOC.country
Heard und McDonaldinseln	LOC.territory
Heiliger Stuhl	LOC.country	Vatikanstadt
Heiliges Römisches Reich	LOC.country
Heiliges Römisches Reich Deutscher Nation	LOC.country	Heiliges Römisches Reich
Hellas	LOC.country	Griechenland
Hellenische Republik	LOC.country	Griechenland
Herzegowina	LOC.region
Hispanoamerika	LOC.region
Holland	LOC.country	Niederlande
Honduras	LOC.country
Hong Kong	LOC.territory	Hongkong
Hongkong	LOC.territory
Iberoamerika	LOC.region
Indien	LOC.country
Indochina	LOC.region
Indonesien	LOC.country
Inguschetien	LOC.region
Inkareich	LOC.country
Innere Mongolei	LOC.region
Irak	LOC.country
Iran	LOC.country
Irland	LOC.country
Islamische Republik Iran	LOC.country	Iran
Island	LOC.country
Isle of Man	LOC.territory
Israel	LOC.country
Italien	LOC.country
Italienische Republik	LOC.country	Italien
Jakutien	LOC.region
Jamaika	LOC.country
Japan	LOC.country
Jemen	LOC.country
Jersey	LOC.territory
Jordanien	LOC.country
Judäa	LOC.region
Jugoslawien	LOC.country
Jungferninseln	LOC.territory
Kaimaninseln	LOC.territory
Kalifat von Córdoba	LOC.country
Kaliningrader Gebiet	LOC.region
Kambodscha	LOC.country
Kamerun	LOC.country
Kamputschea	LOC.country	Kambodscha
Kanada	LOC.country
Kanalinseln	LOC.island
Kanaren	LOC.island
Kanarische Inseln	LOC.territory
Kap Verde	LOC.country	Cabo Verde
Kapverden	LOC.country	Cabo Verde
Karibik	LOC.region
Karibische Niederlande	LOC.territory
Kasachstan	LOC.country
Katar	LOC.country
Kenia	LOC.country
Kiautschou	LOC.country
Kiewer Rus	LOC.country
Kirchenstaat	LOC.country
Kirgisien	LOC.country	Kirgisistan
Kirgisistan	LOC.country
Kirgistan	LOC.country	Kirgisistan
Kiribati	LOC.country
Kokosinseln	LOC.territory
Kolumbien	LOC.country
Komoren	LOC.country
Kongo	LOC.country
Kongo-Brazzaville	LOC.country
Kongo-Kinshasa	LOC.country
Korea	LOC.country
Kosova	LOC.country	Kosovo
Kosovo	LOC.country
Krim	LOC.region
Kroatien	LOC.country
Kuba	LOC.country
Kurdistan	LOC.region
Kuwait	LOC.country
Laos	LOC.country
Lateinamerika	LOC.region
Lesotho	LOC.country
Lettland	LOC.country
Levante	LOC.region
Libanon	LOC.country
Liberia	LOC.country
Libyen	LOC.country
Liechtenstein	LOC.country
Litauen	LOC.country
Luxemburg	LOC.country
Macao	LOC.territory	Macau
Macau	LOC.territory
Madagaskar	LOC.country
Maghreb	LOC.region
Malawi	LOC.country
Malaysia	LOC.country
Malediven	LOC.country
Mali	LOC.country
Malta	LOC.country
Malwinen	LOC.territory	Falklandinseln
Marokko	LOC.country
Marshall-Inseln	LOC.country	Marshallinseln
Marshallinseln	LOC.country
Martinique	LOC.territory
Mauretanien	LOC.country
Mauritius	LOC.country
Mayotte	LOC.territory
Mazedonien	LOC.country	Nordmazedonien
Melanesien	LOC.region
Mesopotamien	LOC.region
Mexiko	LOC.country
Mikronesien	LOC.country
Mikronesisches Inselgebiet	LOC.region
Mittelamerika	LOC.region
Mitteldeutschland	LOC.region
Mogulreich	LOC.country
Moldau	LOC.country	Republik Moldau
Moldawien	LOC.country	Republik Moldau
Moldova	LOC.country	Republik Moldau
Monaco	LOC.country
Mongolei	LOC.country
Mongolenreich	LOC.country
Montenegro	LOC.country
Montserrat	LOC.territory
Mosambik	LOC.country
Myanmar	LOC.country
Nagorny-Karabach	LOC.region	Bergkarabach
Namibia	LOC.country
Nauru	LOC.country
Nepal	LOC.country
Neue Welt	LOC.region
Neuguinea	LOC.island
Neukaledonien	LOC.territory
Neuseeland	LOC.country
Nevis	LOC.island
Nicaragua	LOC.country
Niederlande	LOC.country
Niederlanden	LOC.country	Niederlande
Niederländische Antillen	LOC.territory
Niger	LOC.country
Nigeria	LOC.country
Niue	LOC.territory
Nordafrika	LOC.region
Nordamerika	LOC.continent
Norddeutscher Bund	LOC.country
Norddeutschland	LOC.region
Nordeuropa	LOC.region
Nordirland	LOC.country
Nordkorea	LOC.country
Nordmazedonien	LOC.country
Nordpol	LOC.region
Nordvietnam	LOC.country
Nordzypern	LOC.region
Norfolkinsel	LOC.territory
Norwegen	LOC.country
Nördliche Marianen	LOC.territory
Obervolta	LOC.country	Burkina Faso
Oblast Kaliningrad	LOC.region	Kaliningrader Gebiet
Oman	LOC.country
Osmanisches Reich	LOC.country
Ost-Jerusalem	LOC.district	Ostjerusalem
Ost-Timor	LOC.country	Timor-Leste
Ostafrika	LOC.region
Ostasien	LOC.region
Ostdeutschland	LOC.region
Osteuropa	LOC.region
Ostfrankenreich	LOC.country
Ostjerusalem	LOC.district
Oströmisches Reich	LOC.country
Osttimor	LOC.country	Timor-Leste
Ostukraine	LOC.region
Ozeanien	LOC.continent
Pakistan	LOC.country
Palau	LOC.country
Palästina	LOC.country	Palästinensische Autonomiegebiete
Palästinensergebiete	LOC.territory	Palästinensische Autonomiegebiete
Palästinensische Autonomiegebiete	LOC.country
Palästinensische Gebiete	LOC.territory	Palästinensische Autonomiegebiete
Panama	LOC.country
Papua	LOC.region
Papua-Neuguinea	LOC.country
Paraguay	LOC.country
Perserreich	LOC.country
Persien	LOC.country	Iran
Peru	LOC.country
Philippinen	LOC.country
Pitcairninseln	LOC.territory
Polen	LOC.country
Polen-Litauen	LOC.country
Polynesien	LOC.region
Portugal	LOC.country
Portugiesische Republik	LOC.country	Portugal
Preußen	LOC.country
Ptolemäerreich	LOC.country
Puerto Rico	LOC.territory
Puntland	LOC.region
Qatar	LOC.country	Katar
Reichsprotektorat Böhmen und Mähren	LOC.country
Republik China	LOC.country	Taiwan
Republik Kongo	LOC.country	Kongo-Brazzaville
Republik Korea	LOC.country	Südkorea
Republik Moldau	LOC.country
Republik Venedig	LOC.country
Rhodesien	LOC.country	Simbabwe
Rotchina	LOC.country	China
Ruanda	LOC.country
Rumänien	LOC.country
Russische Föderation	LOC.country	Russland
Russisches Kaiserreich	LOC.country	Russisches Reich
Russisches Reich	LOC.country
Russland	LOC.country
Réunion	LOC.territory
Römisches Reich	LOC.country
Saarprotektorat	LOC.country
Salomon-Inseln	LOC.country	Salomonen
Salomonen	LOC.country
Samaria	LOC.region
Sambia	LOC.country
Samoa	LOC.country
San Marino	LOC.country
Sankt Barthélemy	LOC.territory	St. Barthélemy
Sankt Helena	LOC.territory	St. Helena
Sankt Kitts und Nevis	LOC.country	St. Kitts und Nevis
Sankt Lucia	LOC.country	St. Lucia
Sankt Martin	LOC.territory	St. Martin
Sankt Pierre und Miquelon	LOC.territory	St. Pierre und Miquelon
Sankt Vincent und die Grenadinen	LOC.country	St. Vincent und die Grenadinen
Sansibar	LOC.island
Sassanidenreich	LOC.country
Saudi-Arabien	LOC.country
Saudiarabien	LOC.country	Saudi-Arabien
Schottland	LOC.country
Schweden	LOC.country
Schweiz	LOC.country
Schweizerische Eidgenossenschaft	LOC.country	Schweiz
Seleukidenreich	LOC.country
Senegal	LOC.country
Serbien	LOC.country
Seychellen	LOC.country
Siam	LOC.country	Thailand
Sierra Leone	LOC.country
Simbabwe	LOC.country
Sinai	LOC.region
Sinai-Halbinsel	LOC.region	Sinai
Singapur	LOC.country
Sint Maarten	LOC.territory
Skandinavien	LOC.region
Slowakei	LOC.country
Slowakische Republik	LOC.country	Slowakei
Slowenien	LOC.country
Somalia	LOC.country
Somaliland	LOC.region
Sonderverwaltungsregion Hongkong	LOC.territory	Hongkong
Sonderverwaltungsregion Macau	LOC.territory	Macau
Sowjetunion	LOC.country
Spanien	LOC.country
Spitzbergen	LOC.island
Spitzbergen und Jan Mayen	LOC.territory
Sri Lanka	LOC.country
St. Barthélemy	LOC.territory
St. Helena	LOC.territory
St. Kitts	LOC.island
St. Kitts und Nevis	LOC.country
St. Lucia	LOC.country
St. Martin	LOC.territory
St. Pierre und Miquelon	LOC.territory
St. Vincent und die Grenadinen	LOC.country
Staat der Vatikanstadt	LOC.country	Vatikanstadt
Subsahara-Afrika	LOC.region
Sudan	LOC.country
Suriname	LOC.country
Svalbard	LOC.island	Spitzbergen
Swasiland	LOC.country	Eswatini
Syrien	LOC.country
São Tomé und Príncipe	LOC.country
Südafrika	LOC.country
Südamerika	LOC.continent
Südasien	LOC.region
Süddeutschland	LOC.region
Südeuropa	LOC.region
Südgeorgien und die Südlichen Sandwichinseln	LOC.territory
Südkorea	LOC.country
Südliches Afrika	LOC.region
Südossetien	LOC.region
Südostasien	LOC.region
Südpol	LOC.region
Südsee	LOC.region
Südsudan	LOC.country
Südukraine	LOC.region
Südvietnam	LOC.country
Tadschikistan	LOC.country
Taiwan	LOC.country
Tanganjika	LOC.region
Tansania	LOC.country
Tatarstan	LOC.region
Thailand	LOC.country
Tibet	LOC.region
Timor-Leste	LOC.country
Tobago	LOC.island
Togo	LOC.country
Tokelau	LOC.territory
Tonga	LOC.country
Transnistrien	LOC.region
Trinidad	LOC.island
Trinidad und Tobago	LOC.country
Tristan da Cunha	LOC.territory
Tschad	LOC.country
Tschechien	LOC.country
Tschechische Republik	LOC.country	Tschechien
Tschechoslowakei	LOC.country
Tschetschenien	LOC.region
Tunesien	LOC.country
Turkmenien	LOC.country	Turkmenistan
Turkmenistan	LOC.country
Turks- und Caicos-Inseln	LOC.territory	Turks- und Caicosinseln
Turks- und Caicosinseln	LOC.territory
Tuvalu	LOC.country
Türkei	LOC.country
Türkiye	LOC.country	Türkei
U.S.A.	LOC.country	Vereinigte Staaten
USA	LOC.country	Vereinigte Staaten
UdSSR	LOC.country	Sowjetunion
Uganda	LOC.country
Ukraine	LOC.country
Ulster	LOC.region
Ungarn	LOC.country
United Kingdom	LOC.country	Vereinigtes Königreich
United States	LOC.country	Vereinigte Staaten
United States of America	LOC.country	Vereinigte Staaten
Uruguay	LOC.country
Usbekistan	LOC.country
VAE	LOC.country	Vereinigte Arabische Emirate
VR China	LOC.country	China
Vanuatu	LOC.country
Vatikan	LOC.country	Vatikanstadt
Vatikanstadt	LOC.country
Venezuela	LOC.country
Vereinigte Arabische Emirate	LOC.country
Vereinigte Mexikanische Staaten	LOC.country	Mexiko
Vereinigte Staaten	LOC.country
Vereinigte Staaten von Amerika	LOC.country	Vereinigte Staaten
Vereinigten Arabischen Emiraten	LOC.country	Vereinigte Arabische Emirate
Vereinigtes Königreich	LOC.country
Vereinigtes Königreich Großbritannien und Nordirland	LOC.country	Vereinigtes Königreich
Vietnam	LOC.country
Volksrepublik China	LOC.country	China
Wales	LOC.country
Wallis und Futuna	LOC.territory
Weihnachtsinsel	LOC.territory
Weimarer Republik	LOC.country
Weissrussland	LOC.country	Belarus
Weißrussland	LOC.country	Belarus
Westafrika	LOC.region
Westasien	LOC.region
Westbank	LOC.territory	Westjordanland
Westdeutschland	LOC.region
Westeuropa	LOC.region
Westfrankenreich	LOC.country
Westjordanland	LOC.territory
Weströmisches Reich	LOC.country
Westsahara	LOC.territory
Westsamoa	LOC.country	Samoa
Westukraine	LOC.region
Zaire	LOC.country	Kongo-Kinshasa
Zarenreich	LOC.country	Russisches Reich
Zentralafrika	LOC.region
Zentralafrikanische Republik	LOC.country
Zentralamerika	LOC.region	Mittelamerika
Zentralasien	LOC.region
Zypern	LOC.country
Ägypten	LOC.country
Äquatorialguinea	LOC.country
Äthiopien	LOC.country
Äußere Mongolei	LOC.region	Mongolei
Åland	LOC.territory	Ålandinseln
Ålandinseln	LOC.territory
Österreich	LOC.country
Österreich-Ungarn	LOC.country
ČSSR	LOC.country	Tschechoslowakei
