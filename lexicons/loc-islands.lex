# loc-islands.lex - islands and archipelagos (German names)
# Source: hand-written facts (lexicons/import/places_manual/islands.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 1025 entries.
Abu Musa	LOC.island
Achill	LOC.island
Achill Island	LOC.island	Achill
Admiralitätsinseln	LOC.island
Agaléga	LOC.island
Agathonisi	LOC.island
Agios Efstratios	LOC.island
Ahvenanmaa	LOC.island
Aitutaki	LOC.island
Alborán	LOC.island
Alcatraz	LOC.island
Aldabra	LOC.island
Alderney	LOC.island
Aleuten	LOC.island
Alexanderinsel	LOC.island
Alicudi	LOC.island
Alonissos	LOC.island
Alor	LOC.island
Alsen	LOC.island	Als
Amager	LOC.island
Amami-Inseln	LOC.island	Amami-Ōshima
Amami-Ōshima	LOC.island
Ambergris Caye	LOC.island
Ameland	LOC.island
Amorgos	LOC.island
Amrum	LOC.island
Amsterdam-Insel	LOC.island
Anafi	LOC.island
Andamanen	LOC.island
Andros	LOC.island
Andøya	LOC.island
Anglesey	LOC.island
Anholt	LOC.island
Anjouan	LOC.island
Annobón	LOC.island
Anticosti	LOC.island
Antikythira	LOC.island
Antillen	LOC.island
Antiparos	LOC.island
Antipaxos	LOC.island
Aran Islands	LOC.island	Aran-Inseln
Aran-Inseln	LOC.island
Arran	LOC.island
Aru-Inseln	LOC.island
Aruba	LOC.island
Ascension	LOC.island
Asinara	LOC.island
Astypalea	LOC.island
Aucklandinseln	LOC.island
Austral-Inseln	LOC.island
Awaji	LOC.island
Axel-Heiberg-Insel	LOC.island
Ayungin	LOC.island	Second Thomas Shoal
Azoren	LOC.island
Baengnyeong	LOC.island
Baffininsel	LOC.island
Bahamas	LOC.island
Balearen	LOC.island
Bali	LOC.island
Baltrum	LOC.island
Banaba	LOC.island
Banda-Inseln	LOC.island
Bangka	LOC.island
Banks-Insel	LOC.island
Barbados	LOC.island
Basilan	LOC.island
Bass Rock	LOC.island
Bazaruto-Archipel	LOC.island
Belitung	LOC.island
Belle-Île	LOC.island
Benbecula	LOC.island
Beringinsel	LOC.island
Berkner-Insel	LOC.island
Berlengas	LOC.island
Bermuda	LOC.island
Bermudas	LOC.island
Biak	LOC.island
Big Island	LOC.island
Bijagós-Inseln	LOC.island
Bikini-Atoll	LOC.island
Bimini	LOC.island
Bintan	LOC.island
Bioko	LOC.island
Bismarck-Archipel	LOC.island
Bissagos-Inseln	LOC.island
Bohol	LOC.island
Bonaire	LOC.island
Bonininseln	LOC.island	Ogasawara-Inseln
Bora Bora	LOC.island
Boracay	LOC.island
Borkum	LOC.island
Borneo	LOC.island
Bornholm	LOC.island
Borromäische Inseln	LOC.island
Bougainville	LOC.island
Bozcaada	LOC.island	Tenedos
Brač	LOC.island
Brijuni	LOC.island
Brioni	LOC.island	Brijuni
Brionische Inseln	LOC.island	Brijuni
Brissago-Inseln	LOC.island
Bruny Island	LOC.island
Bréhat	LOC.island	Île de Bréhat
Bubiyan	LOC.island
Burano	LOC.island
Buru	LOC.island
Bäreninsel	LOC.island
Büyükada	LOC.island
Cabrera	LOC.island
Camiguin	LOC.island
Campbell-Insel	LOC.island
Cape Breton	LOC.island
Cape Breton Island	LOC.island	Kap-Breton-Insel
Capraia	LOC.island
Caprera	LOC.island
Capri	LOC.island
Cat Ba	LOC.island	Cát Bà
Catalina Island	LOC.island	Santa Catalina Island
Cayo Coco	LOC.island
Cayo Largo	LOC.island
Cebu	LOC.island
Celebes	LOC.island
Ceylon	LOC.island
Chafarinas	LOC.island
Chagos-Inseln	LOC.island
Chalki	LOC.island
Channel Islands	LOC.island
Chathaminseln	LOC.island
Chausey	LOC.island
Cheung Chau	LOC.island
Chiloé	LOC.island
Chios	LOC.island
Chongming	LOC.island
Chortyzja	LOC.island
Christiansø	LOC.island	Ertholmene
Chrysi	LOC.island
Clipperton	LOC.island
Columbretes	LOC.island
Comino	LOC.island
Con Dao	LOC.island	Côn Đảo
Cookinseln	LOC.island
Corn Islands	LOC.island
Corvo	LOC.island
Cres	LOC.island
Crozetinseln	LOC.island
Curaçao	LOC.island
Cíes-Inseln	LOC.island
Côn Đảo	LOC.island
Dagö	LOC.island
Dahlak-Archipel	LOC.island
Deception Island	LOC.island
Delos	LOC.island
Devon Island	LOC.island
Diaoyu-Inseln	LOC.island
Diego Garcia	LOC.island
Diskoinsel	LOC.island	Disko
Djerba	LOC.island
Djurgården	LOC.island
Dodekanes	LOC.island
Dokdo	LOC.island
Donousa	LOC.island
Dragonera	LOC.island
Dugi Otok	LOC.island
Edgeøya	LOC.island
Eigg	LOC.island
Eiswerder	LOC.island
El Hierro	LOC.island
Elafonisi	LOC.island
Elba	LOC.island
Elephanta	LOC.island
Eleuthera	LOC.island
Ellesmere Island	LOC.island
Ellesmere-Insel	LOC.island
Ellis Island	LOC.island
Endelave	LOC.island
Eniwetok	LOC.island	Enewetak
Ertholmene	LOC.island
Espiritu Santo	LOC.island
Euböa	LOC.island
Exuma	LOC.island
Eysturoy	LOC.island
Faial	LOC.island
Failaka	LOC.island
Fair Isle	LOC.island
Falklandinseln	LOC.island
Falklands	LOC.island
Falster	LOC.island
Fanø	LOC.island
Farasan-Inseln	LOC.island
Farmakonisi	LOC.island
Farne Islands	LOC.island
Farne-Inseln	LOC.island	Farne Islands
Favignana	LOC.island
Fehmarn	LOC.island
Fernando Póo	LOC.island
Fernando de Noronha	LOC.island
Feuerland	LOC.island
Fidschi	LOC.island
Fiery Cross Reef	LOC.island
Filicudi	LOC.island
Fire Island	LOC.island
Fischerinsel	LOC.island
Flinders Island	LOC.island
Flores	LOC.island
Florida Keys	LOC.island
Fogo	LOC.island
Folegandros	LOC.island
Formentera	LOC.island
Formosa	LOC.island
Foula	LOC.island
Fourni	LOC.island
Franz-Josef-Land	LOC.island
Fraser Island	LOC.island
Frauenchiemsee	LOC.island
Fraueninsel	LOC.island
Friesische Inseln	LOC.island
Frioul-Inseln	LOC.island
Frøya	LOC.island
Fuerteventura	LOC.island
Fährinsel	LOC.island
Färöer	LOC.island
Fårö	LOC.island
Föhr	LOC.island
Fünen	LOC.island
Galapagos-Inseln	LOC.island
Galapagosinseln	LOC.island
Galápagos	LOC.island
Galápagos-Inseln	LOC.island
Gambierinseln	LOC.island
Ganghwa	LOC.island
Gavdos	LOC.island
Geoje	LOC.island
Gesellschaftsinseln	LOC.island
Giannutri	LOC.island
Giglio	LOC.island
Gili Trawangan	LOC.island
Gili-Inseln	LOC.island
Giudecca	LOC.island
Goeree-Overflakkee	LOC.island
Goli Otok	LOC.island
Gorgona	LOC.island
Gorée	LOC.island
Gotland	LOC.island
Gotska Sandön	LOC.island
Gough-Insel	LOC.island
Governors Island	LOC.island
Gozo	LOC.island
Graciosa	LOC.island
Grafenwerth	LOC.island
Gran Canaria	LOC.island
Grand Bahama	LOC.island
Grand Cayman	LOC.island
Grande Comore	LOC.island
Grande Terre	LOC.island
Great Barrier Island	LOC.island
Great Blasket	LOC.island
Greifswalder Oie	LOC.island
Groote Eylandt	LOC.island
Großbritannien	LOC.island
Große Antillen	LOC.island
Große Sundainseln	LOC.island
Große Tunb	LOC.island
Grímsey	LOC.island
Gröde	LOC.island	Hallig Gröde
Grönland	LOC.island
Guadalcanal	LOC.island
Guadeloupe	LOC.island
Guam	LOC.island
Guernsey	LOC.island
Gulangyu	LOC.island
Gökçeada	LOC.island	Imbros
Habomai-Inseln	LOC.island
Haida Gwaii	LOC.island
Hailuoto	LOC.island
Hainan	LOC.island
Hallig Gröde	LOC.island
Hallig Habel	LOC.island
Hallig Hooge	LOC.island
Hallig Langeneß	LOC.island
Hallig Oland	LOC.island
Halligen	LOC.island
Halmahera	LOC.island
Hamburger Hallig	LOC.island
Hamilton Island	LOC.island
Hanisch-Inseln	LOC.island
Havelock Island	LOC.island
Hawaii	LOC.island
Hawaii-Inseln	LOC.island
Heardinsel	LOC.island	Heard und McDonaldinseln
Hebriden	LOC.island
Heimaey	LOC.island
Helgoland	LOC.island
Herrenchiemsee	LOC.island
Herreninsel	LOC.island
Herrenwörth	LOC.island
Heybeliada	LOC.island
Hiddensee	LOC.island
Hiiumaa	LOC.island
Hinnøya	LOC.island
Hispaniola	LOC.island
Hitra	LOC.island
Hokkaido	LOC.island
Holbox	LOC.island
Holy Island	LOC.island	Lindisfarne
Hong Kong Island	LOC.island	Hongkong-Insel
Hongkong-Insel	LOC.island
Honshu	LOC.island
Hooge	LOC.island
Hopen	LOC.island
Hormus	LOC.island
Howland-Insel	LOC.island
Hvar	LOC.island
Hven	LOC.island	Ven
Hydra	LOC.island
Hyèrische Inseln	LOC.island	Îles d’Hyères
Ibiza	LOC.island
Ikaria	LOC.island
Ile de Ré	LOC.island
Ilha Grande	LOC.island
Ilhas Desertas	LOC.island
Ilhas Selvagens	LOC.island
Imbros	LOC.island
Imrali	LOC.island
Ingelheimer Aue	LOC.island
Inishmore	LOC.island
Innere Hebriden	LOC.island
Insel Kharg	LOC.island
Insel Lindau	LOC.island
Insel Mainau	LOC.island
Insel Poel	LOC.island
Insel Reichenau	LOC.island
Insel Werd	LOC.island
Ionische Inseln	LOC.island
Ios	LOC.island
Iriomote	LOC.island
Irland	LOC.island
Ischia	LOC.island
Isla Grande de Feuerland	LOC.island
Isla Margarita	LOC.island
Isla Mujeres	LOC.island
Isla Navarino	LOC.island
Isla de Arousa	LOC.island
Isla de Lobos	LOC.island
Isla de la Juventud	LOC.island
Isla del Coco	LOC.island	Kokosinsel
Island	LOC.island
Islas Cíes	LOC.island	Cíes-Inseln
Islas de la Bahía	LOC.island
Islay	LOC.island
Isle of Arran	LOC.island	Arran
Isle of Dogs	LOC.island
Isle of Man	LOC.island
Isle of Mull	LOC.island	Mull
Isle of Sheppey	LOC.island
Isle of Skye	LOC.island
Isle of Wight	LOC.island
Isola Bella	LOC.island
Isola Comacina	LOC.island
Isola Madre	LOC.island
Isola dei Pescatori	LOC.island
Isola del Garda	LOC.island
Isola del Giglio	LOC.island
Isole Tremiti	LOC.island	Tremiti-Inseln
Isole di Brissago	LOC.island	Brissago-Inseln
Ithaka	LOC.island
Iturup	LOC.island
Iwo Jima	LOC.island	Iwojima
Iwojima	LOC.island
Izu-Inseln	LOC.island
Jamaika	LOC.island
Jan Mayen	LOC.island
Jarvis-Insel	LOC.island
Java	LOC.island
Jeju	LOC.island
Jersey	LOC.island
Johnston-Atoll	LOC.island
Juan-Fernández-Inseln	LOC.island
Juist	LOC.island
Jungferninseln	LOC.island
Jurong Island	LOC.island
Kachelotplate	LOC.island
Kahoolawe	LOC.island
Kai-Inseln	LOC.island
Kaltehofe	LOC.island
Kalymnos	LOC.island
Kamaran	LOC.island
Kanalinseln	LOC.island
Kanaren	LOC.island
Kanarische Inseln	LOC.island
Kangaroo Island	LOC.island
Kap-Breton-Insel	LOC.island
Kapverden	LOC.island
Kapverdische Inseln	LOC.island
Karmøy	LOC.island
Karolinen	LOC.island
Karpathos	LOC.island
Kasos	LOC.island
Kastelorizo	LOC.island
Kauai	LOC.island
Kefalonia	LOC.island
Kerguelen	LOC.island
Kerkenna	LOC.island
Kermadecinseln	LOC.island
Key Largo	LOC.island
Key West	LOC.island
Kharg	LOC.island
Kiji	LOC.island
Kimitoön	LOC.island
Kimolos	LOC.island
Kinburn	LOC.island
King George Island	LOC.island
King Island	LOC.island
Kinmen	LOC.island
Kiribati	LOC.island
Kirr	LOC.island
Kisch	LOC.island
Kish	LOC.island	Kisch
Kleine Antillen	LOC.island
Kleine Sundainseln	LOC.island
Kleine Tunb	LOC.island
Ko Chang	LOC.island
Ko Lanta	LOC.island
Ko Lipe	LOC.island
Ko Phangan	LOC.island
Ko Phi Phi	LOC.island
Ko Samet	LOC.island
Ko Samui	LOC.island
Ko Tao	LOC.island
Kodiak	LOC.island
Koh Chang	LOC.island	Ko Chang
Koh Lanta	LOC.island	Ko Lanta
Koh Phangan	LOC.island	Ko Phangan
Koh Rong	LOC.island
Koh Samui	LOC.island
Koh Tao	LOC.island	Ko Tao
Kokosinsel	LOC.island
Kolgujew	LOC.island
Kommandeurinseln	LOC.island
Komodo	LOC.island
Komoren	LOC.island
Kong-Karls-Land	LOC.island
Koos	LOC.island
Korfu	LOC.island
Kornaten	LOC.island
Kornati	LOC.island	Kornaten
Korsika	LOC.island
Korčula	LOC.island
Kos	LOC.island
Kotelny	LOC.island
Kotlin	LOC.island
Koufonisia	LOC.island
Krautinsel	LOC.island
Kreta	LOC.island
Krk	LOC.island
Kuba	LOC.island
Kunaschir	LOC.island
Kurilen	LOC.island
Kvaløya	LOC.island
Kykladen	LOC.island
Kythera	LOC.island	Kythira
Kythira	LOC.island
Kythnos	LOC.island
Kyushu	LOC.island
Känguru-Insel	LOC.island	Kangaroo Island
Königin-Charlotte-Inseln	LOC.island	Haida Gwaii
Kühkopf	LOC.island
K’gari	LOC.island	Fraser Island
La Digue	LOC.island
La Désirade	LOC.island
La Gomera	LOC.island
La Graciosa	LOC.island
La Maddalena	LOC.island
La Palma	LOC.island
La Réunion	LOC.island
Lakkadiven	LOC.island
Lamma	LOC.island
Lampedusa	LOC.island
Lampione	LOC.island
Lamu	LOC.island
Lanai	LOC.island
Langeland	LOC.island
Langeneß	LOC.island
Langenwerder	LOC.island
Langeoog	LOC.island
Langkawi	LOC.island
Lantau	LOC.island
Lanyu	LOC.island
Lanzarote	LOC.island
Lastovo	LOC.island
Lefkada	LOC.island
Lemnos	LOC.island
Leros	LOC.island
Les Saintes	LOC.island
Lesbos	LOC.island
Levanzo	LOC.island
Lewis and Harris	LOC.island
Leyte	LOC.island
Liancourt-Felsen	LOC.island	Dokdo
Liberty Island	LOC.island
Lido di Venezia	LOC.island
Liebitz	LOC.island
Lifou	LOC.island
Limnos	LOC.island
Lindisfarne	LOC.island
Line Islands	LOC.island
Linieninseln	LOC.island	Line Islands
Linosa	LOC.island
Lipari	LOC.island
Liparische Inseln	LOC.island
Lipsi	LOC.island
Lizard Island	LOC.island
Lofoten	LOC.island
Lokrum	LOC.island
Lolland	LOC.island
Lombok	LOC.island
Long Island	LOC.island
Lord Howe Island	LOC.island	Lord-Howe-Insel
Lord-Howe-Insel	LOC.island
Losinj	LOC.island	Lošinj
Loyalitätsinseln	LOC.island
Lošinj	LOC.island
Luzon	LOC.island
Læsø	LOC.island
Lérins	LOC.island
Lérins-Inseln	LOC.island
Lütje Hörn	LOC.island
Lützelau	LOC.island
Maaraue	LOC.island
Macquarieinsel	LOC.island
Madagaskar	LOC.island
Maddalena-Archipel	LOC.island	La Maddalena
Madeira	LOC.island
Madura	LOC.island
Mafia-Insel	LOC.island
Magdalenen-Inseln	LOC.island
Magerøya	LOC.island
Mainau	LOC.island
Majuli	LOC.island
Malaita	LOC.island
Malediven	LOC.island
Mallorca	LOC.island
Malta	LOC.island
Mandø	LOC.island
Manhattan	LOC.island
Manus	LOC.island
Manus-Insel	LOC.island
Marajó	LOC.island
Marettimo	LOC.island
Margareteninsel	LOC.island
Marianen	LOC.island
Mariannenaue	LOC.island
Marie-Galante	LOC.island
Marion Island	LOC.island
Marquesas	LOC.island
Marshallinseln	LOC.island
Martha’s Vineyard	LOC.island
Martinique	LOC.island
Masira	LOC.island
Masirah	LOC.island
Matsu	LOC.island
Matsu-Inseln	LOC.island
Maui	LOC.island
Mauritius	LOC.island
Mayotte	LOC.island
Meganisi	LOC.island
Megisti	LOC.island	Kastelorizo
Mellum	LOC.island
Melville Island	LOC.island
Memmert	LOC.island
Menorca	LOC.island
Mentawai-Inseln	LOC.island
Mergui-Archipel	LOC.island
Midway	LOC.island
Midway-Atoll	LOC.island	Midwayinseln
Midwayinseln	LOC.island
Milos	LOC.island
Mindanao	LOC.island
Mindoro	LOC.island
Minsener Oog	LOC.island
Mischief Reef	LOC.island
Miyakejima	LOC.island
Mljet	LOC.island
Mohéli	LOC.island
Molat	LOC.island
Molokai	LOC.island
Molukken	LOC.island
Mont-Saint-Michel	LOC.island
Monte Isola	LOC.island
Montecristo	LOC.island
Moorea	LOC.island
Mors	LOC.island
Moruroa	LOC.island
Muharraq	LOC.island
Muhu	LOC.island
Murano	LOC.island
Murter	LOC.island
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
Neuirland	LOC.island
Neukaledonien	LOC.island
Neusibirische Inseln	LOC.island
Neuwerk	LOC.island
New Georgia	LOC.island
New Ireland	LOC.island	Neuirland
New Providence	LOC.island
Nias	LOC.island
Niederwerth	LOC.island
Nigehörn	LOC.island
Niihau	LOC.island
Nikobaren	LOC.island
Nisyros	LOC.island
Noirmoutier	LOC.island
Nonnenwerth	LOC.island
Noord-Beveland	LOC.island
Nord-Sentinel	LOC.island	North Sentinel Island
Nordaustlandet	LOC.island
Norderney	LOC.island
Norderoog	LOC.island
Nordfriesische Inseln	LOC.island
Nordinsel	LOC.island
Nordostland	LOC.island	Nordaustlandet
Nordstrand	LOC.island
Nordstrandischmoor	LOC.island
Norfolkinsel	LOC.island
North Sentinel Island	LOC.island
North Uist	LOC.island
Nosy Be	LOC.island
Nowaja Semlja	LOC.island
Nunivak	LOC.island
Nusa Lembongan	LOC.island
Nusa Penida	LOC.island
Nördliche Sporaden	LOC.island
Oahu	LOC.island
Oberer Wöhrd	LOC.island
Ogasawara-Inseln	LOC.island
Oinousses	LOC.island
Okinawa	LOC.island
Okinotori	LOC.island
Olib	LOC.island
Oléron	LOC.island
Orkney	LOC.island
Orkney-Inseln	LOC.island
Orkneyinseln	LOC.island
Orust	LOC.island
Osterinsel	LOC.island
Ostfalkland	LOC.island
Ostfriesische Inseln	LOC.island
Ouessant	LOC.island
O’ahu	LOC.island
Pag	LOC.island
Palau	LOC.island
Palawan	LOC.island
Palm Jumeirah	LOC.island
Palmyra-Atoll	LOC.island
Pampus	LOC.island
Panarea	LOC.island
Panay	LOC.island
Pantelleria	LOC.island
Paracel-Inseln	LOC.island
Paros	LOC.island
Patmos	LOC.island
Paxos	LOC.island
Pašman	LOC.island
Pelagische Inseln	LOC.island
Pellestrina	LOC.island
Pellworm	LOC.island
Pemba	LOC.island
Penang	LOC.island
Penghu	LOC.island
Perejil	LOC.island
Perhentian-Inseln	LOC.island
Perim	LOC.island
Pescadores	LOC.island	Penghu
Peter-I.-Insel	LOC.island
Petersilieninsel	LOC.island	Perejil
Petersinsel	LOC.island	St. Petersinsel
Pfaueninsel	LOC.island
Phi Phi	LOC.island	Ko Phi Phi
Phillip Island	LOC.island
Phoenixinseln	LOC.island
Phu Quoc	LOC.island	Phú Quốc
Phuket	LOC.island
Phú Quốc	LOC.island
Pianosa	LOC.island
Pico-Insel	LOC.island
Pitcairn	LOC.island
Pityusen	LOC.island
Poel	LOC.island
Pontinische Inseln	LOC.island
Ponza	LOC.island
Poros	LOC.island
Porquerolles	LOC.island
Port-Cros	LOC.island
Porto Santo	LOC.island
Praslin	LOC.island
Pratas	LOC.island
Pratas-Inseln	LOC.island
Premuda	LOC.island
Pribilof-Inseln	LOC.island
Prince of Wales Island	LOC.island
Prins Karls Forland	LOC.island
Prinz-Edward-Inseln	LOC.island
Prinzeninseln	LOC.island
Procida	LOC.island
Providencia	LOC.island
Providenciales	LOC.island
Príncipe	LOC.island
Psara	LOC.island
Puerto Rico	LOC.island
Pulau Tioman	LOC.island	Tioman
Putuo Shan	LOC.island
Qeqertarsuaq	LOC.island	Disko
Qeschm	LOC.island
Quemoy	LOC.island	Kinmen
Rab	LOC.island
Raja Ampat	LOC.island
Rathlin Island	LOC.island
Rebun	LOC.island
Redang	LOC.island
Reichenau	LOC.island
Reiherwerder	LOC.island
Rettbergsaue	LOC.island
Revillagigedo-Inseln	LOC.island
Rhodos	LOC.island
Riau-Inseln	LOC.island
Riems	LOC.island
Rikers Island	LOC.island
Rishiri	LOC.island
Roatán	LOC.island
Robben Island	LOC.island
Robbeninsel	LOC.island	Robben Island
Robinson-Crusoe-Insel	LOC.island
Roosevelt Island	LOC.island
Roseninsel	LOC.island
Rossinsel	LOC.island
Rottnest Island	LOC.island
Ruden	LOC.island
Ryūkyū-Inseln	LOC.island
Réunion	LOC.island
Rømø	LOC.island
Rügen	LOC.island
Saadiyat	LOC.island
Saaremaa	LOC.island
Sable Island	LOC.island
Sachalin	LOC.island
Saint-Martin	LOC.island
Saipan	LOC.island
Salamis	LOC.island
Salomonen	LOC.island
Salsette	LOC.island
Samoa	LOC.island
Samos	LOC.island
Samothrake	LOC.island
Samothraki	LOC.island
Samsø	LOC.island
San Cristóbal-Insel	LOC.island
San Giorgio Maggiore	LOC.island
San Juan Islands	LOC.island
San Michele	LOC.island
Sanafir	LOC.island
Sandoy	LOC.island
Sankt Helena	LOC.island
Sankt-Lorenz-Insel	LOC.island
Sansibar	LOC.island
Santa Catalina Island	LOC.island
Santo Antão	LOC.island
Santorin	LOC.island
Santorini	LOC.island
Sant’Antioco	LOC.island
Sant’Erasmo	LOC.island
Sardinien	LOC.island
Sark	LOC.island
Saronische Inseln	LOC.island
Savai’i	LOC.island
Scarborough Shoal	LOC.island	Scarborough-Riff
Scarborough-Riff	LOC.island
Scharhörn	LOC.island
Schiermonnikoog	LOC.island
Schikotan	LOC.island
Schinoussa	LOC.island
Schlangeninsel	LOC.island
Schouwen-Duiveland	LOC.island
Schwanenwerder	LOC.island
Scilly-Inseln	LOC.island
Second Thomas Shoal	LOC.island
Seeland	LOC.island
Sejerø	LOC.island
Senkaku	LOC.island
Senkaku-Inseln	LOC.island
Sentosa	LOC.island
Serifos	LOC.island
Sewernaja Semlja	LOC.island
Seychellen	LOC.island
Sheppey	LOC.island	Isle of Sheppey
Shetland	LOC.island
Shetland-Inseln	LOC.island
Shetlandinseln	LOC.island
Shikoku	LOC.island
Shikotan	LOC.island
Siargao	LOC.island
Siberut	LOC.island
Sifnos	LOC.island
Sikinos	LOC.island
Silba	LOC.island
Simeulue	LOC.island
Similan-Inseln	LOC.island
Sint Eustatius	LOC.island
Sint Maarten	LOC.island
Sipadan	LOC.island
Siquijor	LOC.island
Sizilien	LOC.island
Skellig Michael	LOC.island
Skelligs	LOC.island	Skellig Michael
Skiathos	LOC.island
Skopelos	LOC.island
Skye	LOC.island
Skyros	LOC.island
Smijinyj	LOC.island
Smøla	LOC.island
Socotra	LOC.island
Sokotra	LOC.island
Solowezki-Inseln	LOC.island
Solowki	LOC.island	Solowezki-Inseln
Somerset Island	LOC.island
South Uist	LOC.island
Southampton Island	LOC.island
Spetses	LOC.island
Spiekeroog	LOC.island
Spinalonga	LOC.island
Spitzbergen	LOC.island
Sporaden	LOC.island
Spratly-Inseln	LOC.island
Spratlys	LOC.island
Spreeinsel	LOC.island
Sri Lanka	LOC.island
St. Barth	LOC.island
St. Helena	LOC.island
St. Kilda	LOC.island
St. Martin	LOC.island
St. Petersinsel	LOC.island
Staffa	LOC.island
Staten Island	LOC.island
Stewart Island	LOC.island
Stockholmer Schären	LOC.island
Stockholmer Schärengarten	LOC.island	Stockholmer Schären
Stord	LOC.island
Streymoy	LOC.island
Stromboli	LOC.island
Sulawesi	LOC.island
Sulu-Archipel	LOC.island
Sumatra	LOC.island
Sumba	LOC.island
Sumbawa	LOC.island
Sundainseln	LOC.island
Suomenlinna	LOC.island
Surtsey	LOC.island
Susak	LOC.island
Suðuroy	LOC.island
Sveaborg	LOC.island	Suomenlinna
Sveti Stefan	LOC.island
Sylt	LOC.island
Sylt-Ost	LOC.island
Symi	LOC.island
Syros	LOC.island
São Jorge	LOC.island
São Miguel	LOC.island
São Nicolau	LOC.island
Sørøya	LOC.island
Süderoog	LOC.island
Südfall	LOC.island
Südgeorgien	LOC.island
Südinsel	LOC.island
Südliche Orkneyinseln	LOC.island
Südliche Sandwichinseln	LOC.island
Südliche Shetlandinseln	LOC.island
Tabarca	LOC.island
Tahiti	LOC.island
Taiwan	LOC.island
Takeshima	LOC.island	Dokdo
Tanegashima	LOC.island
Tanimbar-Inseln	LOC.island
Tasmanien	LOC.island
Taveuni	LOC.island
Tawi-Tawi	LOC.island
Tendra	LOC.island
Tenedos	LOC.island
Teneriffa	LOC.island
Terceira	LOC.island
Terschelling	LOC.island
Texel	LOC.island
Thassos	LOC.island
Thera	LOC.island
Thira	LOC.island
Thitu	LOC.island
Tholen	LOC.island
Thursday Island	LOC.island
Tidore	LOC.island
Tilos	LOC.island
Timor	LOC.island
Tinian	LOC.island
Tinos	LOC.island
Tioman	LOC.island
Tiran	LOC.island
Tiree	LOC.island
Tjörn	LOC.island
Tjøme	LOC.island
Tobago	LOC.island
Tonga	LOC.island
Torcello	LOC.island
Torres-Strait-Inseln	LOC.island
Tortuga	LOC.island
Tory Island	LOC.island
Toskanischer Archipel	LOC.island
Tremiti-Inseln	LOC.island
Trinidad	LOC.island
Trischen	LOC.island
Tristan da Cunha	LOC.island
Trobriand-Inseln	LOC.island
Truk	LOC.island	Chuuk
Tuamotu	LOC.island
Tuamotu-Archipel	LOC.island	Tuamotu
Tunb-Inseln	LOC.island
Tutuila	LOC.island
Tuvalu	LOC.island
Tåsinge	LOC.island
Ufenau	LOC.island
Ugljan	LOC.island
Ulleungdo	LOC.island
Ummanz	LOC.island
Unguja	LOC.island
Unije	LOC.island
Unst	LOC.island
Unterer Wöhrd	LOC.island
Upolu	LOC.island
Usedom	LOC.island
Ustica	LOC.island
Utøya	LOC.island
Valentia Island	LOC.island
Valentinswerder	LOC.island
Vancouver Island	LOC.island
Vanua Levu	LOC.island
Vanuatu	LOC.island
Vava’u	LOC.island
Ven	LOC.island
Ventotene	LOC.island
Vesterålen	LOC.island
Vestmannaeyjar	LOC.island	Westmännerinseln
Victoria Island	LOC.island	Victoria-Insel
Victoria-Insel	LOC.island
Vieques	LOC.island
Vilm	LOC.island
Vis	LOC.island
Visayas	LOC.island
Visingsö	LOC.island
Viti Levu	LOC.island
Vlieland	LOC.island
Voorne-Putten	LOC.island
Vulcano	LOC.island
Vágar	LOC.island
Värmdö	LOC.island
Waigatsch	LOC.island
Waigeo	LOC.island
Waiheke	LOC.island
Wake Island	LOC.island
Wake-Insel	LOC.island	Wake Island
Walaam	LOC.island
Walcheren	LOC.island
Wangerooge	LOC.island
Wassiljewski-Insel	LOC.island
Westfalkland	LOC.island
Westfriesische Inseln	LOC.island
Westindische Inseln	LOC.island
Westmännerinseln	LOC.island
Wetar	LOC.island
Whitsunday Island	LOC.island
Whitsunday Islands	LOC.island
Woody Island	LOC.island
Wrangelinsel	LOC.island
Yakushima	LOC.island
Yap	LOC.island
Yas Island	LOC.island
Yeonpyeong	LOC.island
Yonaguni	LOC.island
Zakynthos	LOC.island
Zhoushan-Inseln	LOC.island
Zuid-Beveland	LOC.island
Ägadische Inseln	LOC.island
Ägina	LOC.island
Äolische Inseln	LOC.island
Äußere Hebriden	LOC.island
Åland	LOC.island
Ålandinseln	LOC.island
Ærø	LOC.island
Île Saint-Louis	LOC.island
Île de Batz	LOC.island
Île de Bréhat	LOC.island
Île de Gorée	LOC.island	Gorée
Île de Noirmoutier	LOC.island	Noirmoutier
Île de Ré	LOC.island
Île de Sein	LOC.island
Île de la Cité	LOC.island
Île des Pins	LOC.island
Île du Levant	LOC.island
Île d’Aix	LOC.island
Île d’Oléron	LOC.island	Oléron
Île d’Ouessant	LOC.island	Ouessant
Île d’Yeu	LOC.island
Îles Chausey	LOC.island	Chausey
Îles de Lérins	LOC.island	Lérins-Inseln
Îles d’Hyères	LOC.island
Öhe	LOC.island
Öland	LOC.island
Ösel	LOC.island
Čiovo	LOC.island
İmralı	LOC.island
Šipan	LOC.island
Šolta	LOC.island
