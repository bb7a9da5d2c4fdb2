# loc-exonyms.lex - German names (exonyms) of foreign cities, historical German place names (916 hand-written, places_manual/exonyms.tsv) and the German time-zone exemplar cities of ICU/CLDR
# Source: hand-written facts + ICU4C 72.1 (CLDR 42.0) German locale data (icu::TimeZoneNames::getExemplarLocationName, locale de)
# Licence: hand-written part: same licence as dener; ICU part: Unicode License Agreement - Data Files and Software (Unicode-DFS-2016), Copyright (c) 1991-2022 Unicode, Inc. (ICU/CLDR data; see ICU's LICENSE file, e.g. /usr/share/icu/*/LICENSE)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 1061 entries.
Aarhus	LOC.city
Abidjan	LOC.city
Abu Dhabi	LOC.city
Abuja	LOC.city
Accra	LOC.city
Adana	LOC.city
Addis Abeba	LOC.city
Adelaide	LOC.city
Aden	LOC.city
Adrianopel	LOC.city	Edirne
Afrin	LOC.city
Agra	LOC.city
Agram	LOC.city	Zagreb
Ahmedabad	LOC.city
Aktobe	LOC.city
Aleppo	LOC.city
Alexandria	LOC.city
Algier	LOC.city
Allenstein	LOC.city	Olsztyn
Alma-Ata	LOC.city	Almaty
Almaty	LOC.city
Amalfi	LOC.city
Amman	LOC.city
Amritsar	LOC.city
Amsterdam	LOC.city
Anadyr	LOC.city
Anchorage	LOC.city
Angora	LOC.city	Ankara
Ankara	LOC.city
Antalya	LOC.city
Antananarivo	LOC.city
Antwerpen	LOC.city
Apenrade	LOC.city	Aabenraa
Apia	LOC.city
Aqtau	LOC.city
Aquileja	LOC.city
Arad	LOC.city
Araguaina	LOC.city
Archangelsk	LOC.city
Arnheim	LOC.city	Arnhem
Artemiwsk	LOC.city	Bachmut
Aschdod	LOC.city
Aschgabat	LOC.city
Aschkelon	LOC.city
Asmara	LOC.city
Assisi	LOC.city
Assuan	LOC.city
Astana	LOC.city
Astrachan	LOC.city
Asunción	LOC.city
Athen	LOC.city
Atlanta	LOC.city
Atyrau	LOC.city
Auckland	LOC.city
Auschwitz	LOC.city	Oświęcim
Aussig	LOC.city	Ústí nad Labem
Avignon	LOC.city
Awdijiwka	LOC.city
Aşgabat	LOC.city
Bachmut	LOC.city
Bagdad	LOC.city
Bahia	LOC.city
Bahia Banderas	LOC.city
Baku	LOC.city
Baltimore	LOC.city
Bamako	LOC.city
Bangalore	LOC.city
Bangkok	LOC.city
Bangui	LOC.city
Banjul	LOC.city
Barcelona	LOC.city
Bari	LOC.city
Barnaul	LOC.city
Basra	LOC.city
Batavia	LOC.city	Jakarta
Batumi	LOC.city
Be'eri	LOC.city	Be’eri
Beerscheba	LOC.city
Beijing	LOC.city	Peking
Beirut	LOC.city
Belem	LOC.city
Belfast	LOC.city
Belgorod	LOC.city
Belgrad	LOC.city
Belo Horizonte	LOC.city
Benares	LOC.city	Varanasi
Bengaluru	LOC.city	Bangalore
Bengasi	LOC.city
Berdjansk	LOC.city
Bergamo	LOC.city
Bergen	LOC.city
Berlin	LOC.city
Besançon	LOC.city
Bethlehem	LOC.city
Beuthen	LOC.city	Bytom
Be’eri	LOC.city
Bielitz	LOC.city	Bielsko-Biała
Bilbao	LOC.city
Birmingham	LOC.city
Bisanz	LOC.city	Besançon
Bischkek	LOC.city
Bissau	LOC.city
Blanc-Sablon	LOC.city
Blantyre	LOC.city
Blumenau	LOC.city
Boa Vista	LOC.city
Bogota	LOC.city	Bogotá
Bogotá	LOC.city
Boise	LOC.city
Bologna	LOC.city
Bombay	LOC.city	Mumbai
Bordeaux	LOC.city
Boston	LOC.city
Bougainville	LOC.island
Bozen	LOC.city
Brasilia	LOC.city	Brasília
Brasília	LOC.city
Bratislava	LOC.city
Braunsberg	LOC.city	Braniewo
Brazzaville	LOC.city
Brescia	LOC.city
Breslau	LOC.city	Wrocław
Brest	LOC.city
Brest-Litowsk	LOC.city	Brest
Brindisi	LOC.city
Brisbane	LOC.city
Bristol	LOC.city
Brixen	LOC.city
Brjansk	LOC.city
Broken Hill	LOC.city
Bromberg	LOC.city	Bydgoszcz
Bruneck	LOC.city
Brügge	LOC.city
Brünn	LOC.city	Brno
Brüssel	LOC.city
Buchara	LOC.city
Budapest	LOC.city
Budweis	LOC.city	České Budějovice
Buenos Aires	LOC.city
Bujumbura	LOC.city
Bukarest	LOC.city
Bunzlau	LOC.city	Bolesławiec
Burgas	LOC.city
Bursa	LOC.city
Busan	LOC.city
Butscha	LOC.city
Büsingen	LOC.city
Caen	LOC.city
Cagliari	LOC.city
Calais	LOC.city
Cambrai	LOC.city
Cambridge	LOC.city
Cambridge Bay	LOC.city
Campo Grande	LOC.city
Canberra	LOC.city
Cancún	LOC.city
Cannes	LOC.city
Canterbury	LOC.city
Capri	LOC.island
Caracas	LOC.city
Cardiff	LOC.city
Casablanca	LOC.city
Catamarca	LOC.city
Catania	LOC.city
Cayenne	LOC.city
Ceuta	LOC.city
Chabarowsk	LOC.city
Chan Junis	LOC.city
Chandyga	LOC.city
Charkiw	LOC.city
Charkow	LOC.city	Charkiw
Chatham	LOC.island
Chengdu	LOC.city
Chennai	LOC.city
Cherson	LOC.city
Chiang Mai	LOC.city
Chicago	LOC.city
Chihuahua	LOC.city
Chisinau	LOC.city
Chongqing	LOC.city
Chowd	LOC.city
Christchurch	LOC.city
Christiania	LOC.city	Oslo
Chuuk	LOC.island
Cilli	LOC.city	Celje
Cleveland	LOC.city
Coimbra	LOC.city
Colmar	LOC.city
Colombo	LOC.city
Como	LOC.city
Conakry	LOC.city
Cork	LOC.city
Cotonou	LOC.city
Cuiaba	LOC.city
Cusco	LOC.city
Cuzco	LOC.city	Cusco
Czernowitz	LOC.city
Cádiz	LOC.city
Córdoba	LOC.city
Dakar	LOC.city
Dakka	LOC.city	Dhaka
Dallas	LOC.city
Damaskus	LOC.city
Danmarkshavn	LOC.city
Danzig	LOC.city	Gdańsk
Dar es Salaam	LOC.city	Daressalam
Daraa	LOC.city
Daressalam	LOC.city
Darwin	LOC.city
Dawson	LOC.city
Dawson Creek	LOC.city
Deir al-Sor	LOC.city	Deir ez-Zor
Deir ez-Zor	LOC.city
Delft	LOC.city
Delhi	LOC.city
Den Haag	LOC.city
Denver	LOC.city
Detroit	LOC.city
Deutsch Krone	LOC.city	Wałcz
Dhaka	LOC.city
Diedenhofen	LOC.city	Thionville
Dijon	LOC.city
Dili	LOC.city
Dirschau	LOC.city	Tczew
Diyarbakir	LOC.city	Diyarbakır
Diyarbakır	LOC.city
Djakarta	LOC.city	Jakarta
Dnipro	LOC.city
Dnjepropetrowsk	LOC.city	Dnipro
Dobropillja	LOC.city	Dobropillia
Dodoma	LOC.city
Doha	LOC.city
Donezk	LOC.city
Doornik	LOC.city	Tournai
Dorpat	LOC.city	Tartu
Douala	LOC.city
Dover	LOC.city
Drontheim	LOC.city	Trondheim
Druschkiwka	LOC.city	Druzhkivka
Dschenin	LOC.city
Dschibuti-Stadt	LOC.city
Dschidda	LOC.city
Dschuba	LOC.city
Duala	LOC.city
Dubai	LOC.city
Dublin	LOC.city
Durban	LOC.city
Duschanbe	LOC.city
Dünaburg	LOC.city	Daugavpils
Dünkirchen	LOC.city
Edinburg	LOC.city	Edinburgh
Edinburgh	LOC.city
Edirne	LOC.city
Edmonton	LOC.city
Eger	LOC.city	Cheb
Eilat	LOC.city
Eindhoven	LOC.city
Eirunepe	LOC.city
Eisacktal	LOC.region
El Aaiún	LOC.city
El Faschir	LOC.city	El Fasher
El Fasher	LOC.city
El Geneina	LOC.city
Elbing	LOC.city	Elbląg
Enerhodar	LOC.city
Enschede	LOC.city
Ephesos	LOC.city
Eppan	LOC.city
Erbil	LOC.city
Eriwan	LOC.city
Esch an der Alzette	LOC.city
Esseg	LOC.city	Osijek
Eucla	LOC.city
Eupen	LOC.city
Fakaofo	LOC.island
Falludscha	LOC.city
Famagusta	LOC.city
Faro	LOC.city
Ferrara	LOC.city
Fes	LOC.city	Fès
Fiume	LOC.city	Rijeka
Florenz	LOC.city
Fort Nelson	LOC.city
Fortaleza	LOC.city
Franzensbad	LOC.city	Františkovy Lázně
Frauenburg	LOC.city	Frombork
Freetown	LOC.city
Fukushima	LOC.city
Funafuti	LOC.city
Funchal	LOC.city
Fès	LOC.city
Fünfkirchen	LOC.city	Pécs
Gaborone	LOC.city
Galapagos	LOC.island
Gambier	LOC.island
Gaza-Stadt	LOC.city
Gaziantep	LOC.city
Gdingen	LOC.city	Gdynia
Gent	LOC.city
Genua	LOC.city
Georgetown	LOC.city
Ghom	LOC.city
Gizeh	LOC.city
Glace Bay	LOC.city
Glasgow	LOC.city
Gleiwitz	LOC.city	Gliwice
Glogau	LOC.city	Głogów
Glurns	LOC.city
Gnesen	LOC.city	Gniezno
Goa	LOC.region
Goma	LOC.city
Gomel	LOC.city
Goose Bay	LOC.city
Gorki	LOC.city	Nischni Nowgorod
Gotenburg	LOC.city	Göteborg
Granada	LOC.city
Grand Turk	LOC.city
Graudenz	LOC.city	Grudziądz
Grenoble	LOC.city
Grodno	LOC.city
Groningen	LOC.city
Grosny	LOC.city
Großwardein	LOC.city	Oradea
Gröden	LOC.region
Grünberg in Schlesien	LOC.city	Zielona Góra
Guadalajara	LOC.city
Guadalcanal	LOC.island
Guangzhou	LOC.city
Guantanamo	LOC.city	Guantánamo
Guantánamo	LOC.city
Guatemala-Stadt	LOC.city
Guayaquil	LOC.city
Gumbinnen	LOC.city	Gussew
Görz	LOC.city	Gorizia
Göteborg	LOC.city
Haag	LOC.city	Den Haag
Haarlem	LOC.city
Hadersleben	LOC.city	Haderslev
Hagenau	LOC.city	Haguenau
Haifa	LOC.city
Halifax	LOC.city
Hama	LOC.city
Hangzhou	LOC.city
Hanoi	LOC.city
Harare	LOC.city
Harbin	LOC.city
Havanna	LOC.city
Hebron	LOC.city
Heilsberg	LOC.city	Lidzbark Warmiński
Hela	LOC.city	Hel
Helsingfors	LOC.city	Helsinki
Helsinki	LOC.city
Heraklion	LOC.city
Herat	LOC.city
Herculaneum	LOC.city
Hermannstadt	LOC.city	Sibiu
Hermosillo	LOC.city
Herzogenbusch	LOC.city	’s-Hertogenbosch
Hindenburg in Oberschlesien	LOC.city	Zabrze
Hiroshima	LOC.city
Hirschberg im Riesengebirge	LOC.city	Jelenia Góra
Ho-Chi-Minh-Stadt	LOC.city
Hobart	LOC.city
Hodeida	LOC.city
Hodeidah	LOC.city
Homel	LOC.city	Gomel
Homs	LOC.city
Hongkong	LOC.city
Honolulu	LOC.city
Houston	LOC.city
Huljajpole	LOC.city	Huliaipole
Hurghada	LOC.city
Hyderabad	LOC.city
Idlib	LOC.city
Iglau	LOC.city	Jihlava
Incheon	LOC.city
Indianapolis	LOC.city
Innichen	LOC.city
Insterburg	LOC.city	Tschernjachowsk
Inuvik	LOC.city
Iqaluit	LOC.city
Irkutsk	LOC.city
Irpin	LOC.city
Isfahan	LOC.city
Isjum	LOC.city	Izium
Islamabad	LOC.city
Istanbul	LOC.city
Ittoqqortoormiit	LOC.city
Iwano-Frankiwsk	LOC.city
Izmir	LOC.city
Jaffa	LOC.city
Jaipur	LOC.city
Jakarta	LOC.city
Jakutsk	LOC.city
Jalta	LOC.city
Jaroslawl	LOC.city
Jassy	LOC.city	Iași
Jaunde	LOC.city
Jayapura	LOC.city
Jekaterinburg	LOC.city
Jerewan	LOC.city	Eriwan
Jericho	LOC.city
Jerusalem	LOC.city
Johannesburg	LOC.city
Jokohama	LOC.city	Yokohama
Juba	LOC.city
Jujuy	LOC.city
Juneau	LOC.city
Kabul	LOC.city
Kachowka	LOC.city	Kakhovka
Kaesong	LOC.city
Kairo	LOC.city
Kalinin	LOC.city	Twer
Kaliningrad	LOC.city
Kalisch	LOC.city	Kalisz
Kalkutta	LOC.city
Kaltern	LOC.city
Kampala	LOC.city
Kamtschatka	LOC.city
Kandahar	LOC.city
Kano	LOC.city
Kanton	LOC.city	Guangzhou
Kaohsiung	LOC.city
Kapstadt	LOC.city
Karachi	LOC.city	Karatschi
Karatschi	LOC.city
Karlsbad	LOC.city	Karlovy Vary
Karthago	LOC.city
Kasan	LOC.city
Kaschau	LOC.city	Košice
Kathmandu	LOC.city
Katmandu	LOC.city	Kathmandu
Kattowitz	LOC.city	Katowice
Kauen	LOC.city	Kaunas
Kaunas	LOC.city
Kerbela	LOC.city
Kerguelen	LOC.island
Kertsch	LOC.city
Khartum	LOC.city
Kiew	LOC.city
Kigali	LOC.city
Kingston	LOC.city
Kinshasa	LOC.city
Kiritimati	LOC.island
Kirjat Schmona	LOC.city	Kiryat Shmona
Kirkuk	LOC.city
Kirow	LOC.city
Kischinau	LOC.city	Chisinau
Kischinjow	LOC.city	Chisinau
Klausen	LOC.city
Klausenburg	LOC.city	Cluj-Napoca
Kobane	LOC.city
Kobe	LOC.city
Kolberg	LOC.city	Kołobrzeg
Kolkata	LOC.city	Kalkutta
Kolmar	LOC.city	Colmar
Konstantinopel	LOC.city	Istanbul
Konstanza	LOC.city	Constanța
Konya	LOC.city
Kopenhagen	LOC.city
Korinth	LOC.city
Kosrae	LOC.island
Kostjantyniwka	LOC.city	Kostiantynivka
Krakau	LOC.city
Kralendijk	LOC.city
Kramatorsk	LOC.city
Krasnodar	LOC.city
Krasnojarsk	LOC.city
Krementschuk	LOC.city
Kronstadt	LOC.city
Kropywnyzkyj	LOC.city
Krumau	LOC.city	Český Krumlov
Kuala Lumpur	LOC.city
Kuching	LOC.city
Kuibyschew	LOC.city	Samara
Kulm	LOC.city	Chełmno
Kundus	LOC.city
Kurachowe	LOC.city	Kurakhove
Kursk	LOC.city
Kuwait-Stadt	LOC.city
Kwajalein	LOC.island
Kyiv	LOC.city	Kiew
Kyjiw	LOC.city	Kiew
Kyoto	LOC.city
Königgrätz	LOC.city	Hradec Králové
Königsberg	LOC.city	Kaliningrad
Köslin	LOC.city	Koszalin
Küstrin	LOC.city	Kostrzyn nad Odrą
La Paz	LOC.city
La Rioja	LOC.city
Lagos	LOC.city
Lahore	LOC.city
Laibach	LOC.city	Ljubljana
Lampedusa	LOC.island
Lana	LOC.city
Landsberg an der Warthe	LOC.city	Gorzów Wielkopolski
Larnaka	LOC.city
Las Palmas	LOC.city
Las Palmas de Gran Canaria	LOC.city
Las Vegas	LOC.city
Latakia	LOC.city
Lauban	LOC.city	Lubań
Lauenburg in Pommern	LOC.city	Lębork
Le Havre	LOC.city
Leeds	LOC.city
Lefkosia	LOC.city	Nikosia
Leiden	LOC.city
Leifers	LOC.city
Lemberg	LOC.city
Leningrad	LOC.city	Sankt Petersburg
Lhasa	LOC.city
Libau	LOC.city	Liepāja
Libreville	LOC.city
Liegnitz	LOC.city	Legnica
Lille	LOC.city
Lilongwe	LOC.city
Lima	LOC.city
Limassol	LOC.city
Lissa	LOC.city	Leszno
Lissabon	LOC.city
Litzmannstadt	LOC.city	Łódź
Liverpool	LOC.city
Ljubljana	LOC.city
Lodsch	LOC.city	Łódź
Lodz	LOC.city	Łódź
Lomé	LOC.city
London	LOC.city
Longyearbyen	LOC.city
Los Angeles	LOC.city
Lothringen	LOC.region
Louisville	LOC.city
Luanda	LOC.city
Lublin	LOC.city
Lubumbashi	LOC.city
Lugansk	LOC.city	Luhansk
Luhansk	LOC.city
Lusaka	LOC.city
Luxemburg	LOC.city
Luxor	LOC.city
Luzk	LOC.city
Lwiw	LOC.city	Lemberg
Lwów	LOC.city	Lemberg
Lyck	LOC.city	Ełk
Lyon	LOC.city
Lyons	LOC.city	Lyon
Lyssytschansk	LOC.city
Lötzen	LOC.city	Giżycko
Löwen	LOC.city	Leuven
Lüderitz	LOC.city
Lüttich	LOC.city
Maastricht	LOC.city
Maceio	LOC.city
Machatschkala	LOC.city
Madeira	LOC.island
Madras	LOC.city	Chennai
Madrid	LOC.city
Magadan	LOC.city
Mailand	LOC.city
Majuro	LOC.city
Makassar	LOC.city
Malabo	LOC.city
Malaga	LOC.city	Málaga
Malmedy	LOC.city
Malmö	LOC.city
Malé	LOC.city
Managua	LOC.city
Manama	LOC.city
Manaus	LOC.city
Manchester	LOC.city
Mandalay	LOC.city
Manila	LOC.city
Mantua	LOC.city
Maputo	LOC.city
Marburg an der Drau	LOC.city	Maribor
Mariehamn	LOC.city
Marienbad	LOC.city	Mariánské Lázně
Marienburg	LOC.city	Malbork
Marienwerder	LOC.city	Kwidzyn
Marigot	LOC.city
Mariupol	LOC.city
Marquesas	LOC.island
Marrakesch	LOC.city
Marseille	LOC.city
Marseilles	LOC.city	Marseille
Masar-i-Scharif	LOC.city
Maschhad	LOC.city
Maseru	LOC.city
Maskat	LOC.city
Matamoros	LOC.city
Mazatlan	LOC.city
Mbabane	LOC.city
Mecheln	LOC.city	Mechelen
Medellín	LOC.city
Medina	LOC.city
Mekka	LOC.city
Melbourne	LOC.city
Melitopol	LOC.city
Memel	LOC.city	Klaipėda
Memelland	LOC.region
Mendoza	LOC.city
Meran	LOC.city
Merida	LOC.city
Messina	LOC.city
Metlakatla	LOC.city
Metz	LOC.city
Mexico City	LOC.city	Mexiko-Stadt
Mexiko-Stadt	LOC.city
Miami	LOC.city
Minneapolis	LOC.city
Minsk	LOC.city
Miquelon	LOC.city
Mitau	LOC.city	Jelgava
Modena	LOC.city
Mogadischu	LOC.city
Mogiljow	LOC.city
Mombasa	LOC.city
Moncton	LOC.city
Monrovia	LOC.city
Monterrey	LOC.city
Montevideo	LOC.city
Montpellier	LOC.city
Montreal	LOC.city
Montréal	LOC.city	Montreal
Moskau	LOC.city
Mossul	LOC.city
Mostar	LOC.city
Mukden	LOC.city	Shenyang
Mumbai	LOC.city
Murmansk	LOC.city
Mykolajiw	LOC.city
Málaga	LOC.city
Mährisch Ostrau	LOC.city	Ostrava
Mülhausen	LOC.city	Mulhouse
Nabatieh	LOC.city
Nablus	LOC.city
Nadschaf	LOC.city
Nagasaki	LOC.city
Nagoya	LOC.city
Nairobi	LOC.city
Nakura	LOC.city	Naqoura
Namür	LOC.city	Namur
Nancy	LOC.city
Nanjing	LOC.city	Nanking
Nanking	LOC.city
Nantes	LOC.city
Narwa	LOC.city
Nassau	LOC.city
Naypyidaw	LOC.city
Nazareth	LOC.city
Ndjamena	LOC.city	N’Djamena
Neapel	LOC.city
Neisse	LOC.city	Nysa
Neu-Delhi	LOC.city
Neu-Orleans	LOC.city	New Orleans
Neu-York	LOC.city	New York
Neusatz	LOC.city	Novi Sad
Neutra	LOC.city	Nitra
New Orleans	LOC.city
New York	LOC.city
New York City	LOC.city	New York
Newcastle	LOC.city
Niamey	LOC.city
Nikolajew	LOC.city	Mykolajiw
Nikosia	LOC.city
Nimwegen	LOC.city	Nijmegen
Nischni Nowgorod	LOC.city
Nizza	LOC.city
Norfolk	LOC.island
Noronha	LOC.city
Nouakchott	LOC.city
Noumea	LOC.city
Nowa Kachowka	LOC.city	Nova Kakhovka
Nowgorod	LOC.city
Nowokuznetsk	LOC.city
Nowosibirsk	LOC.city
Nukuʻalofa	LOC.city
Nur-Sultan	LOC.city	Astana
Nuuk	LOC.city
Nîmes	LOC.city
N’Djamena	LOC.city
Odense	LOC.city
Odesa	LOC.city	Odessa
Odessa	LOC.city
Ojinaga	LOC.city
Olmütz	LOC.city	Olomouc
Omdurman	LOC.city
Omsk	LOC.city
Oppeln	LOC.city	Opole
Oran	LOC.city
Orichiw	LOC.city	Orikhiv
Orléans	LOC.city
Ortelsburg	LOC.city	Szczytno
Osaka	LOC.city
Oslo	LOC.city
Osterinsel	LOC.island
Osterode in Ostpreußen	LOC.city	Ostróda
Ostrau	LOC.city	Ostrava
Ottawa	LOC.city
Ouagadougou	LOC.city
Oxford	LOC.city
Padua	LOC.city
Pago Pago	LOC.city
Palermo	LOC.city
Palma	LOC.city
Palma de Mallorca	LOC.city
Palmyra	LOC.city
Pamplona	LOC.city
Panama-Stadt	LOC.city
Paramaribo	LOC.city
Paris	LOC.city
Parma	LOC.city
Patras	LOC.city
Pavia	LOC.city
Peking	LOC.city
Perm	LOC.city
Perth	LOC.city
Perugia	LOC.city
Peschawar	LOC.city
Petersburg	LOC.city	Sankt Petersburg
Petra	LOC.city
Petrograd	LOC.city	Sankt Petersburg
Philadelphia	LOC.city
Philippopel	LOC.city	Plowdiw
Phnom Penh	LOC.city
Phuket	LOC.city
Pillau	LOC.city	Baltijsk
Pilsen	LOC.city	Plzeň
Piräus	LOC.city
Pisa	LOC.city
Pitcairn	LOC.city
Pittsburgh	LOC.city
Pjöngjang	LOC.city
Plowdiw	LOC.city
Pnom Penh	LOC.city	Phnom Penh
Podgorica	LOC.city
Pohnpei	LOC.island
Pokrowsk	LOC.city	Pokrovsk
Poltawa	LOC.city
Pompeji	LOC.city
Pontianak	LOC.city
Port Moresby	LOC.city
Port Said	LOC.city
Port of Spain	LOC.city
Port-au-Prince	LOC.city
Porto	LOC.city
Porto Alegre	LOC.city
Porto Novo	LOC.city
Porto Velho	LOC.city
Porto-Novo	LOC.city
Posen	LOC.city	Poznań
Prag	LOC.city
Pressburg	LOC.city	Bratislava
Pretoria	LOC.city
Preßburg	LOC.city	Bratislava
Pristina	LOC.city
Priština	LOC.city	Pristina
Prypjat	LOC.city
Pskow	LOC.city
Punta Arenas	LOC.city
Pusan	LOC.city	Busan
Pustertal	LOC.region
Pyongyang	LOC.city	Pjöngjang
Qingdao	LOC.city
Qostanai	LOC.city
Quebec	LOC.city	Québec
Quito	LOC.city
Québec	LOC.city
Qysylorda	LOC.city
Raab	LOC.city	Győr
Rabat	LOC.city
Rafah	LOC.city
Ragusa	LOC.city
Rakka	LOC.city
Ramallah	LOC.city
Rangun	LOC.city
Rankin Inlet	LOC.city
Rarotonga	LOC.island
Rastenburg	LOC.city	Kętrzyn
Ratibor	LOC.city	Racibórz
Ravenna	LOC.city
Rawalpindi	LOC.city
Recife	LOC.city
Reichenberg	LOC.city	Liberec
Reims	LOC.city
Rennes	LOC.city
Reval	LOC.city	Tallinn
Reykjavik	LOC.city	Reykjavík
Reykjavík	LOC.city
Riad	LOC.city
Riga	LOC.city
Rio	LOC.city	Rio de Janeiro
Rio Branco	LOC.city
Rio Gallegos	LOC.city
Rio de Janeiro	LOC.city
Riwne	LOC.city
Riyadh	LOC.city	Riad
Robotyne	LOC.city
Rom	LOC.city
Rostow	LOC.city
Rostow am Don	LOC.city
Rotterdam	LOC.city
Rouen	LOC.city
Rovereto	LOC.city
Sachalin	LOC.city
Sagan	LOC.city	Żagań
Saigon	LOC.city	Ho-Chi-Minh-Stadt
Saint Louis	LOC.city
Saint-Barthélemy	LOC.city
Saipan	LOC.island
Salamanca	LOC.city
Salerno	LOC.city
Saloniki	LOC.city	Thessaloniki
Salta	LOC.city
Salvador da Bahia	LOC.city
Samara	LOC.city
Samarkand	LOC.city
San Diego	LOC.city
San Francisco	LOC.city
San José	LOC.city
San Juan	LOC.city
San Luis	LOC.city
San Salvador	LOC.city
San Sebastián	LOC.city
Sanaa	LOC.city
Sankt Moritz	LOC.city
Sankt Petersburg	LOC.city
Sankt Vith	LOC.city
Santa Cruz de Tenerife	LOC.city
Santarem	LOC.city
Santiago	LOC.city
Santiago de Chile	LOC.city
Santiago de Compostela	LOC.city
Santiago de Cuba	LOC.city
Santo Domingo	LOC.city
Sao Paulo	LOC.city	São Paulo
Saporischschja	LOC.city
Saporoschje	LOC.city	Saporischschja
Sapporo	LOC.city
Saragossa	LOC.city
Sarajevo	LOC.city
Sarajewo	LOC.city	Sarajevo
Saratow	LOC.city
Schanghai	LOC.city	Shanghai
Scharm el-Scheich	LOC.city
Schiras	LOC.city
Schlanders	LOC.city
Schlettstadt	LOC.city	Sélestat
Schneidemühl	LOC.city	Piła
Schweidnitz	LOC.city	Świdnica
Schytomyr	LOC.city
Schäßburg	LOC.city	Sighișoara
Sderot	LOC.city
Seattle	LOC.city
Selydowe	LOC.city	Selydove
Seoul	LOC.city
Sevilla	LOC.city
Sewastopol	LOC.city
Shanghai	LOC.city
Sheffield	LOC.city
Shenyang	LOC.city
Shenzhen	LOC.city
Sidon	LOC.city
Siena	LOC.city
Sillein	LOC.city	Žilina
Simferopol	LOC.city
Singapur	LOC.city
Sitka	LOC.city
Siwersk	LOC.city	Siversk
Sjewjerodonezk	LOC.city
Skopje	LOC.city
Slowjansk	LOC.city
Smolensk	LOC.city
Smyrna	LOC.city	Izmir
Sofia	LOC.city
Sonderburg	LOC.city	Sønderborg
Sorrent	LOC.city
Sotschi	LOC.city
Soweto	LOC.city
Spalato	LOC.city	Split
Sparta	LOC.city
Srebrenica	LOC.city
Srednekolymsk	LOC.city
Srinagar	LOC.city
St. John’s	LOC.city
St. Louis	LOC.city
St. Moritz	LOC.city
St. Petersburg	LOC.city	Sankt Petersburg
St. Thomas	LOC.island
St. Vincent	LOC.island
Stalingrad	LOC.city	Wolgograd
Stanley	LOC.city
Stargard in Pommern	LOC.city	Stargard
Steinamanger	LOC.city	Szombathely
Stepanakert	LOC.city
Sterzing	LOC.city
Stettin	LOC.city	Szczecin
Stockholm	LOC.city
Stolp	LOC.city	Słupsk
Strassburg	LOC.city	Straßburg
Straßburg	LOC.city
Stuhlweißenburg	LOC.city	Székesfehérvár
Sucre	LOC.city
Sudscha	LOC.city	Sudzha
Sues	LOC.city
Sumy	LOC.city
Surabaya	LOC.city
Suva	LOC.city
Swakopmund	LOC.city
Swerdlowsk	LOC.city	Jekaterinburg
Swinemünde	LOC.city	Świnoujście
Sydney	LOC.city
Syrakus	LOC.city
Szegedin	LOC.city	Szeged
São Paulo	LOC.city
São Tomé	LOC.city
Söul	LOC.city	Seoul
Südgeorgien	LOC.island
Tahiti	LOC.island
Taipeh	LOC.city
Taipei	LOC.city	Taipeh
Tallinn	LOC.city
Tanger	LOC.city
Tannenberg	LOC.city	Stębark
Tarawa	LOC.city
Tarent	LOC.city
Taschkent	LOC.city
Tbilissi	LOC.city	Tiflis
Tegucigalpa	LOC.city
Teheran	LOC.city
Tel Aviv	LOC.city
Tel Aviv-Jaffa	LOC.city	Tel Aviv
Temeschburg	LOC.city	Timișoara
Temeswar	LOC.city	Timișoara
Ternopil	LOC.city
Teschen	LOC.city	Cieszyn
Theben	LOC.city
Theresienstadt	LOC.city	Terezín
Thessaloniki	LOC.city
Thimphu	LOC.city
Thorn	LOC.city	Toruń
Thunder Bay	LOC.city
Tianjin	LOC.city
Tiberias	LOC.city
Tientsin	LOC.city	Tianjin
Tiflis	LOC.city
Tijuana	LOC.city
Tikrit	LOC.city
Tilsit	LOC.city	Sowetsk
Timbuktu	LOC.city
Tirana	LOC.city
Tiraspol	LOC.city
Toblach	LOC.city
Tokio	LOC.city
Tokyo	LOC.city	Tokio
Toledo	LOC.city
Tomsk	LOC.city
Tondern	LOC.city	Tønder
Tongatapu	LOC.island
Torezk	LOC.city	Toretsk
Toronto	LOC.city
Tortola	LOC.island
Toulouse	LOC.city
Tours	LOC.city
Trabzon	LOC.city
Trapezunt	LOC.city	Trabzon
Trient	LOC.city
Triest	LOC.city
Tripoli	LOC.city
Tripolis	LOC.city
Troja	LOC.city
Troppau	LOC.city	Opava
Tschassiw Jar	LOC.city	Chasiv Yar
Tscheljabinsk	LOC.city
Tschenstochau	LOC.city	Częstochowa
Tschernihiw	LOC.city
Tscherniwzi	LOC.city	Czernowitz
Tschernobyl	LOC.city
Tschernowitz	LOC.city	Czernowitz
Tschita	LOC.city
Tschoibalsan	LOC.city
Tschungking	LOC.city	Chongqing
Tsingtau	LOC.city	Qingdao
Tucuman	LOC.city
Tula	LOC.city
Tulkarem	LOC.city	Tulkarm
Tunis	LOC.city
Turin	LOC.city
Twer	LOC.city
Tyros	LOC.city
Täbris	LOC.city
Udine	LOC.city
Ufa	LOC.city
Ulaanbaatar	LOC.city	Ulan Bator
Ulan Bator	LOC.city
Uljanowsk	LOC.city
Uppsala	LOC.city
Urumqi	LOC.city	Ürümqi
Uschgorod	LOC.city
Uschhorod	LOC.city
Ushuaia	LOC.city
Ust-Nera	LOC.city
Utrecht	LOC.city
Vaduz	LOC.city
Valencia	LOC.city
Valletta	LOC.city
Valparaíso	LOC.city
Vancouver	LOC.city
Varanasi	LOC.city
Venedig	LOC.city
Venlo	LOC.city
Verdun	LOC.city
Verona	LOC.city
Versailles	LOC.city
Vientiane	LOC.city
Vilnius	LOC.city
Vinschgau	LOC.region
Wad Madani	LOC.city
Waldenburg in Schlesien	LOC.city	Wałbrzych
Warna	LOC.city
Warschau	LOC.city
Washington	LOC.city
Washington D.C.	LOC.city	Washington
Waterloo	LOC.city
Weißenburg	LOC.city	Wissembourg
Welikij Nowgorod	LOC.city	Nowgorod
Wellington	LOC.city
Whitehorse	LOC.city
Wien	LOC.city
Wilna	LOC.city	Vilnius
Windhoek	LOC.city	Windhuk
Windhuk	LOC.city
Winnipeg	LOC.city
Winnyzja	LOC.city
Witebsk	LOC.city
Wladiwostok	LOC.city
Wolfsschanze	LOC.landmark
Wolgograd	LOC.city
Wologda	LOC.city
Woronesch	LOC.city
Wowtschansk	LOC.city	Vovchansk
Wuhan	LOC.city
Wuhledar	LOC.city	Vuhledar
Xian	LOC.city	Xi’an
Xi’an	LOC.city
Yakutat	LOC.city
Yamoussoukro	LOC.city
Yangon	LOC.city	Rangun
Yaoundé	LOC.city	Jaunde
Yellowknife	LOC.city
Yokohama	LOC.city
Ypern	LOC.city	Ieper
Zabern	LOC.city	Saverne
Zagreb	LOC.city
Znaim	LOC.city	Znojmo
Zoppot	LOC.city	Sopot
Zürich	LOC.city
al-Faschir	LOC.city	El Fasher
Åbo	LOC.city	Turku
Ödenburg	LOC.city	Sopron
Ürümqi	LOC.city
Üsküb	LOC.city	Skopje
