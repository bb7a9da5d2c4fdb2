# loc-islands.lex - islands and archipelagos (German names)
# Source: hand-written facts (lexicons/import/places_manual/islands.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 358 entries.
Abu Musa	LOC.island
Alcatraz	LOC.island
Alderney	LOC.island
Aleuten	LOC.island
Ameland	LOC.island
Amrum	LOC.island
Andamanen	LOC.island
Anglesey	LOC.island
Antillen	LOC.island
Aruba	LOC.island
Ascension	LOC.island
Azoren	LOC.island
Baffininsel	LOC.island
Bahamas	LOC.island
Balearen	LOC.island
Bali	LOC.island
Baltrum	LOC.island
Barbados	LOC.island
Belle-Île	LOC.island
Bermuda	LOC.island
Bermudas	LOC.island
Bikini-Atoll	LOC.island
Bioko	LOC.island
Bismarck-Archipel	LOC.island
Bissagos-Inseln	LOC.island
Bonaire	LOC.island
Bora Bora	LOC.island
Boracay	LOC.island
Borkum	LOC.island
Borneo	LOC.island
Bornholm	LOC.island
Bougainville	LOC.island
Brač	LOC.island
Burano	LOC.island
Bäreninsel	LOC.island
Cabrera	LOC.island
Capri	LOC.island
Cebu	LOC.island
Celebes	LOC.island
Ceylon	LOC.island
Chagos-Inseln	LOC.island
Chiloé	LOC.island
Chios	LOC.island
Comino	LOC.island
Cookinseln	LOC.island
Cres	LOC.island
Curaçao	LOC.island
Dagö	LOC.island
Diego Garcia	LOC.island
Djerba	LOC.island
Dodekanes	LOC.island
El Hierro	LOC.island
Elba	LOC.island
Ellesmere-Insel	LOC.island
Ellis Island	LOC.island
Euböa	LOC.island
Failaka	LOC.island
Falklandinseln	LOC.island
Falklands	LOC.island
Falster	LOC.island
Fanø	LOC.island
Fehmarn	LOC.island
Fernando Póo	LOC.island
Feuerland	LOC.island
Fidschi	LOC.island
Flores	LOC.island
Florida Keys	LOC.island
Formentera	LOC.island
Formosa	LOC.island
Franz-Josef-Land	LOC.island
Frauenchiemsee	LOC.island
Fraueninsel	LOC.island
Friesische Inseln	LOC.island
Fuerteventura	LOC.island
Färöer	LOC.island
Föhr	LOC.island
Fünen	LOC.island
Galapagos-Inseln	LOC.island
Galápagos	LOC.island
Galápagos-Inseln	LOC.island
Gesellschaftsinseln	LOC.island
Giglio	LOC.island
Gotland	LOC.island
Gozo	LOC.island
Grafenwerth	LOC.island
Gran Canaria	LOC.island
Greifswalder Oie	LOC.island
Großbritannien	LOC.island
Große Antillen	LOC.island
Grönland	LOC.island
Guadalcanal	LOC.island
Guadeloupe	LOC.island
Guam	LOC.island
Guernsey	LOC.island
Hainan	LOC.island
Hallig Hooge	LOC.island
Halligen	LOC.island
Hawaii	LOC.island
Hebriden	LOC.island
Helgoland	LOC.island
Herrenchiemsee	LOC.island
Herreninsel	LOC.island
Hiddensee	LOC.island
Hiiumaa	LOC.island
Hispaniola	LOC.island
Hokkaido	LOC.island
Honshu	LOC.island
Hooge	LOC.island
Hormus	LOC.island
Hvar	LOC.island
Hydra	LOC.island
Ibiza	LOC.island
Ile de Ré	LOC.island
Innere Hebriden	LOC.island
Insel Mainau	LOC.island
Insel Poel	LOC.island
Insel Reichenau	LOC.island
Ionische Inseln	LOC.island
Ios	LOC.island
Irland	LOC.island
Ischia	LOC.island
Island	LOC.island
Isle of Man	LOC.island
Isle of Skye	LOC.island
Isle of Wight	LOC.island
Ithaka	LOC.island
Jamaika	LOC.island
Jan Mayen	LOC.island
Java	LOC.island
Jeju	LOC.island
Jersey	LOC.island
Juist	LOC.island
Jungferninseln	LOC.island
Kanalinseln	LOC.island
Kanaren	LOC.island
Kanarische Inseln	LOC.island
Kapverden	LOC.island
Kapverdische Inseln	LOC.island
Karolinen	LOC.island
Karpathos	LOC.island
Kauai	LOC.island
Kefalonia	LOC.island
Kerguelen	LOC.island
Kerkenna	LOC.island
Key West	LOC.island
Kharg	LOC.island
Kiribati	LOC.island
Kleine Antillen	LOC.island
Ko Samui	LOC.island
Kodiak	LOC.island
Koh Samui	LOC.island
Komodo	LOC.island
Komoren	LOC.island
Korfu	LOC.island
Korsika	LOC.island
Korčula	LOC.island
Kos	LOC.island
Krautinsel	LOC.island
Kreta	LOC.island
Krk	LOC.island
Kuba	LOC.island
Kurilen	LOC.island
Kykladen	LOC.island
Kyushu	LOC.island
La Gomera	LOC.island
La Palma	LOC.island
La Réunion	LOC.island
Lakkadiven	LOC.island
Lampedusa	LOC.island
Lamu	LOC.island
Langeland	LOC.island
Langeneß	LOC.island
Langeoog	LOC.island
Langkawi	LOC.island
Lanzarote	LOC.island
Lefkada	LOC.island
Lesbos	LOC.island
Limnos	LOC.island
Lipari	LOC.island
Liparische Inseln	LOC.island
Lofoten	LOC.island
Lolland	LOC.island
Lombok	LOC.island
Long Island	LOC.island
Luzon	LOC.island
Lützelau	LOC.island
Madagaskar	LOC.island
Madeira	LOC.island
Mainau	LOC.island
Malediven	LOC.island
Mallorca	LOC.island
Malta	LOC.island
Manhattan	LOC.island
Marianen	LOC.island
Marquesas	LOC.island
Marshallinseln	LOC.island
Martha’s Vineyard	LOC.island
Martinique	LOC.island
Maui	LOC.island
Mauritius	LOC.island
Mayotte	LOC.island
Menorca	LOC.island
Milos	LOC.island
Mindanao	LOC.island
Mljet	LOC.island
Molokai	LOC.island
Molukken	LOC.island
Mont-Saint-Michel	LOC.island
Moorea	LOC.island
Murano	LOC.island
Mururoa	LOC.island
Museumsinsel	LOC.island
Mykonos	LOC.island
Møn	LOC.island
Nantucket	LOC.island
Nauru	LOC.island
Naxos	LOC.island
Neubritannien	LOC.island
Neufundland	LOC.island
Neuguinea	LOC.island
Neukaledonien	LOC.island
Neuwerk	LOC.island
Niederwerth	LOC.island
Nikobaren	LOC.island
Nonnenwerth	LOC.island
Norderney	LOC.island
Nordfriesische Inseln	LOC.island
Nordinsel	LOC.island
Nordstrand	LOC.island
Norfolkinsel	LOC.island
Nowaja Semlja	LOC.island
Nördliche Sporaden	LOC.island
Oahu	LOC.island
Okinawa	LOC.island
Orkney	LOC.island
Orkney-Inseln	LOC.island
Orkneyinseln	LOC.island
Osterinsel	LOC.island
Ostfriesische Inseln	LOC.island
O’ahu	LOC.island
Pag	LOC.island
Palau	LOC.island
Palawan	LOC.island
Pantelleria	LOC.island
Paracel-Inseln	LOC.island
Paros	LOC.island
Patmos	LOC.island
Pellworm	LOC.island
Pemba	LOC.island
Penang	LOC.island
Pfaueninsel	LOC.island
Phuket	LOC.island
Pitcairn	LOC.island
Poel	LOC.island
Porto Santo	LOC.island
Prinzeninseln	LOC.island
Procida	LOC.island
Puerto Rico	LOC.island
Rab	LOC.island
Reichenau	LOC.island
Reiherwerder	LOC.island
Rhodos	LOC.island
Riems	LOC.island
Rikers Island	LOC.island
Robinson-Crusoe-Insel	LOC.island
Roseninsel	LOC.island
Ruden	LOC.island
Ryūkyū-Inseln	LOC.island
Réunion	LOC.island
Rømø	LOC.island
Rügen	LOC.island
Saaremaa	LOC.island
Sachalin	LOC.island
Saint-Martin	LOC.island
Saipan	LOC.island
Salomonen	LOC.island
Samoa	LOC.island
Samos	LOC.island
Samothrake	LOC.island
Sankt Helena	LOC.island
Sansibar	LOC.island
Santorin	LOC.island
Santorini	LOC.island
Sardinien	LOC.island
Sark	LOC.island
Scharhörn	LOC.island
Schiermonnikoog	LOC.island
Schwanenwerder	LOC.island
Scilly-Inseln	LOC.island
Seeland	LOC.island
Senkaku-Inseln	LOC.island
Sewernaja Semlja	LOC.island
Seychellen	LOC.island
Shetland	LOC.island
Shetland-Inseln	LOC.island
Shetlandinseln	LOC.island
Shikoku	LOC.island
Sint Maarten	LOC.island
Sizilien	LOC.island
Skiathos	LOC.island
Skye	LOC.island
Sokotra	LOC.island
Spiekeroog	LOC.island
Spitzbergen	LOC.island
Sporaden	LOC.island
Spratly-Inseln	LOC.island
Sri Lanka	LOC.island
St. Barth	LOC.island
St. Helena	LOC.island
St. Martin	LOC.island
Staten Island	LOC.island
Stewart Island	LOC.island
Stromboli	LOC.island
Sulawesi	LOC.island
Sumatra	LOC.island
Sumba	LOC.island
Sylt	LOC.island
Sylt-Ost	LOC.island
Südgeorgien	LOC.island
Südinsel	LOC.island
Tahiti	LOC.island
Taiwan	LOC.island
Tasmanien	LOC.island
Teneriffa	LOC.island
Terschelling	LOC.island
Texel	LOC.island
Thassos	LOC.island
Thira	LOC.island
Timor	LOC.island
Tobago	LOC.island
Tonga	LOC.island
Trinidad	LOC.island
Tristan da Cunha	LOC.island
Tuvalu	LOC.island
Ufenau	LOC.island
Ummanz	LOC.island
Usedom	LOC.island
Valentinswerder	LOC.island
Vancouver Island	LOC.island
Vanuatu	LOC.island
Vesterålen	LOC.island
Vilm	LOC.island
Vis	LOC.island
Vlieland	LOC.island
Vulcano	LOC.island
Wangerooge	LOC.island
Westfriesische Inseln	LOC.island
Westindische Inseln	LOC.island
Wrangelinsel	LOC.island
Zakynthos	LOC.island
Ägina	LOC.island
Äolische Inseln	LOC.island
Äußere Hebriden	LOC.island
Åland	LOC.island
Ålandinseln	LOC.island
Ærø	LOC.island
Öland	LOC.island
Ösel	LOC.island
