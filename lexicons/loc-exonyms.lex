# loc-exonyms.lex - German names (exonyms) of foreign cities, historical German place names (1688 hand-written, places_manual/exonyms.tsv) and the German time-zone exemplar cities of ICU/CLDR
# Source: hand-written facts + ICU4C 72.1 (CLDR 42.0) German locale data (icu::TimeZoneNames::getExemplarLocationName, locale de)
# Licence: hand-written part: same licence as dener; ICU part: Unicode License Agreement - Data Files and Software (Unicode-DFS-2016), Copyright (c) 1991-2022 Unicode, Inc. (ICU/CLDR data; see ICU's LICENSE file, e.g. /usr/share/icu/*/LICENSE)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 1833 entries.
Aarhus	LOC.city
Abidjan	LOC.city
Abtei/Badia	LOC.city
Abu Dhabi	LOC.city
Abu Kamal	LOC.city
Abuja	LOC.city
Accra	LOC.city
Achalkalaki	LOC.city	Akhalkalaki
Achalziche	LOC.city	Akhaltsikhe
Adana	LOC.city
Addis Abeba	LOC.city
Adelaide	LOC.city
Aden	LOC.city
Adigrat	LOC.city
Adrianopel	LOC.city	Edirne
Adré	LOC.city
Adua	LOC.city	Adwa
Afrin	LOC.city
Agdam	LOC.city
Agra	LOC.city
Agram	LOC.city	Zagreb
Ahmedabad	LOC.city
Ahrntal/Valle Aurina	LOC.city
Ahwas	LOC.city	Ahvaz
Ain Issa	LOC.city
Aksum	LOC.city
Aktobe	LOC.city
Al-Muglad	LOC.city
Al-Obeid	LOC.city	El Obeid
Alamata	LOC.city
Albu Kamal	LOC.city	Abu Kamal
Aldein	LOC.city
Aldein/Aldino	LOC.city
Aleppo	LOC.city
Alexandria	LOC.city
Algier	LOC.city
Algund	LOC.city
Algund/Lagundo	LOC.city
Allenstein	LOC.city	Olsztyn
Alma-Ata	LOC.city	Almaty
Almaty	LOC.city
Almetjewsk	LOC.city	Almetyevsk
Altrei	LOC.city
Altschewsk	LOC.city	Alchevsk
Alupka	LOC.city
Amalfi	LOC.city
Amman	LOC.city
Amran	LOC.city
Amritsar	LOC.city
Amsterdam	LOC.city
Anadyr	LOC.city
Anchorage	LOC.city
Andischan	LOC.city	Andijan
Angora	LOC.city	Ankara
Ankara	LOC.city
Ansongo	LOC.city
Antalya	LOC.city
Antananarivo	LOC.city
Antrazyt	LOC.city	Antratsyt
Antwerpen	LOC.city
Apenrade	LOC.city	Aabenraa
Apia	LOC.city
Aqtau	LOC.city
Aquae Granni	LOC.city	Aachen
Aquae Mattiacorum	LOC.city	Wiesbaden
Aquileja	LOC.city
Aquincum	LOC.city	Budapest
Arad	LOC.city
Arae Flaviae	LOC.city	Rottweil
Araguaina	LOC.city
Archangelsk	LOC.city
Armawir	LOC.city	Armavir
Armjansk	LOC.city	Armyansk
Arnheim	LOC.city	Arnhem
Artemiwsk	LOC.city	Bachmut
Asadabad	LOC.city
Asas	LOC.city	Azaz
Aschdod	LOC.city
Aschgabat	LOC.city
Aschkelon	LOC.city
Asipowitschy	LOC.city	Osipovichi
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
Auer/Ora	LOC.city
Augusta Raurica	LOC.city	Augst
Augusta Treverorum	LOC.city	Trier
Augusta Vindelicum	LOC.city	Augsburg
Auschwitz	LOC.city	Oświęcim
Aussig	LOC.city	Ústí nad Labem
Aventicum	LOC.city	Avenches
Avignon	LOC.city
Awdijiwka	LOC.city
Ayutthaya	LOC.city
Aşgabat	LOC.city
Baakuba	LOC.city	Baqubah
Babanusa	LOC.city
Babrujsk	LOC.city	Bobruisk
Bac Ninh	LOC.city
Bachmut	LOC.city
Bachtschissarai	LOC.city	Bakhchysarai
Bagdad	LOC.city
Bahia	LOC.city
Bahia Banderas	LOC.city
Baidschi	LOC.city	Baiji
Baikonur	LOC.city
Baku	LOC.city
Bakuba	LOC.city	Baqubah
Balaklija	LOC.city	Balakliia
Balaschicha	LOC.city	Balashikha
Baltijsk	LOC.city	Baltiysk
Baltimore	LOC.city
Bamako	LOC.city
Bangalore	LOC.city
Bangkok	LOC.city
Bangui	LOC.city
Banjul	LOC.city
Baranawitschy	LOC.city	Baranovichi
Barawe	LOC.city
Barbian	LOC.city
Barbian/Barbiano	LOC.city
Barcelona	LOC.city
Bari	LOC.city
Barnaul	LOC.city
Baryssau	LOC.city	Borisov
Basra	LOC.city
Bat Jam	LOC.city	Bat Yam
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
Beresniki	LOC.city	Berezniki
Bergamo	LOC.city
Bergen	LOC.city
Berlin	LOC.city
Beryslaw	LOC.city	Beryslav
Besançon	LOC.city
Bethlehem	LOC.city
Beuthen	LOC.city	Bytom
Be’eri	LOC.city
Białystok	LOC.city
Bielitz	LOC.city	Bielsko-Biała
Bielsko-Biała	LOC.city
Bien Hoa	LOC.city
Biisk	LOC.city	Biysk
Bila Zerkwa	LOC.city	Bila Tserkva
Bilbao	LOC.city
Bilhorod-Dnistrowskyj	LOC.city	Bilhorod-Dnistrovskyi
Billund	LOC.city
Bilohoriwka	LOC.city	Bilohorivka
Bilopillja	LOC.city	Bilopillia
Binh Duong	LOC.city
Bint Dschbeil	LOC.city	Bint Jbeil
Birmingham	LOC.city
Birobidschan	LOC.city	Birobidzhan
Bisanz	LOC.city	Besançon
Bischkek	LOC.city
Bissau	LOC.city
Blagoweschtschensk	LOC.city	Blagoveshchensk
Blanc-Sablon	LOC.city
Blantyre	LOC.city
Blumenau	LOC.city
Boa Vista	LOC.city
Bobruisk	LOC.city
Bochtar	LOC.city	Bokhtar
Bogota	LOC.city	Bogotá
Bogotá	LOC.city
Bohoduchiw	LOC.city	Bohodukhiv
Boise	LOC.city
Bologna	LOC.city
Bombay	LOC.city	Mumbai
Borama	LOC.city
Borbetomagus	LOC.city	Worms
Bordeaux	LOC.city
Bordschomi	LOC.city	Borjomi
Borissoglebsk	LOC.city	Borisoglebsk
Borodjanka	LOC.city	Borodianka
Boston	LOC.city
Bougainville	LOC.island
Bozen	LOC.city
Bozen/Bolzano	LOC.city
Branzoll	LOC.city
Branzoll/Bronzolo	LOC.city
Brasilia	LOC.city	Brasília
Brasília	LOC.city
Bratislava	LOC.city
Braunsberg	LOC.city	Braniewo
Brazzaville	LOC.city
Brașov	LOC.city
Brenner/Brennero	LOC.city
Brescia	LOC.city
Breslau	LOC.city	Wrocław
Brest	LOC.city
Brest-Litowsk	LOC.city	Brest
Brigantium	LOC.city	Bregenz
Brindisi	LOC.city
Brisbane	LOC.city
Bristol	LOC.city
Brixen	LOC.city
Brixen/Bressanone	LOC.city
Brjansk	LOC.city
Brno	LOC.city
Broken Hill	LOC.city
Bromberg	LOC.city	Bydgoszcz
Browary	LOC.city	Brovary
Bruneck	LOC.city
Bruneck/Brunico	LOC.city
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
Buon Ma Thuot	LOC.city
Burgas	LOC.city
Burgeis	LOC.city
Bursa	LOC.city
Busan	LOC.city
Buschehr	LOC.city	Bushehr
Butscha	LOC.city
Bydgoszcz	LOC.city
Bytom	LOC.city
Byzantion	LOC.city	Istanbul
Büsingen	LOC.city
Bălți	LOC.city
Ca Mau	LOC.city
Caen	LOC.city
Cagliari	LOC.city
Calais	LOC.city
Cambodunum	LOC.city	Kempten
Cambrai	LOC.city
Cambridge	LOC.city
Cambridge Bay	LOC.city
Campo Grande	LOC.city
Can Tho	LOC.city
Canberra	LOC.city
Cancún	LOC.city
Cannes	LOC.city
Canterbury	LOC.city
Capri	LOC.island
Caracas	LOC.city
Cardiff	LOC.city
Casablanca	LOC.city
Castra Batava	LOC.city	Passau
Castra Regina	LOC.city	Regensburg
Catamarca	LOC.city
Catania	LOC.city
Cayenne	LOC.city
Ceuta	LOC.city
Chabarowsk	LOC.city
Chan Junis	LOC.city
Chan Scheichun	LOC.city	Khan Sheikhoun
Chan Younis	LOC.city	Khan Younis
Chandyga	LOC.city
Chankendi	LOC.city	Khankendi
Chanty-Mansijsk	LOC.city	Khanty-Mansiysk
Charkiw	LOC.city
Charkow	LOC.city	Charkiw
Chassawjurt	LOC.city	Khasavyurt
Chatham	LOC.island
Cheb	LOC.city
Chengdu	LOC.city
Chennai	LOC.city
Cherson	LOC.city
Chiam	LOC.city	Khiam
Chiang Mai	LOC.city
Chicago	LOC.city
Chihuahua	LOC.city
Chimki	LOC.city	Khimki
Chisinau	LOC.city
Chiwa	LOC.city	Khiva
Chomutov	LOC.city
Chongqing	LOC.city
Chorog	LOC.city	Khorugh
Chorramschahr	LOC.city	Khorramshahr
Chorzów	LOC.city
Chowd	LOC.city
Christchurch	LOC.city
Christiania	LOC.city	Oslo
Chudschand	LOC.city	Khujand
Chuuk	LOC.island
Cilli	LOC.city	Celje
Cleveland	LOC.city
Cluj-Napoca	LOC.city
Coimbra	LOC.city
Colmar	LOC.city
Colombo	LOC.city
Colonia Agrippina	LOC.city	Köln
Colonia Claudia Ara Agrippinensium	LOC.city	Köln
Colonia Ulpia Traiana	LOC.city	Xanten
Como	LOC.city
Conakry	LOC.city
Confluentes	LOC.city	Koblenz
Cork	LOC.city
Corvara	LOC.city
Corvara in Badia	LOC.city
Cotonou	LOC.city
Cuiaba	LOC.city
Cusco	LOC.city
Cuzco	LOC.city	Cusco
Czernowitz	LOC.city
Częstochowa	LOC.city
Cádiz	LOC.city
Córdoba	LOC.city
Da Lat	LOC.city	Dalat
Dakar	LOC.city
Dakka	LOC.city	Dhaka
Dalat	LOC.city
Dallas	LOC.city
Damaskus	LOC.city
Damazin	LOC.city
Danmarkshavn	LOC.city
Danzig	LOC.city	Gdańsk
Dar es Salaam	LOC.city	Daressalam
Daraa	LOC.city
Daressalam	LOC.city
Darwin	LOC.city
Daschogus	LOC.city	Daşoguz
Dawson	LOC.city
Dawson Creek	LOC.city
Debalzewe	LOC.city	Debaltseve
Debre Berhan	LOC.city
Deir al-Sor	LOC.city	Deir ez-Zor
Deir ez-Zor	LOC.city
Delft	LOC.city
Delhi	LOC.city
Den Haag	LOC.city
Denver	LOC.city
Derna	LOC.city
Detroit	LOC.city
Deutsch Krone	LOC.city	Wałcz
Deutschnofen	LOC.city
Deutschnofen/Nova Ponente	LOC.city
Dhaka	LOC.city
Dhamar	LOC.city
Dhusamareb	LOC.city
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
Dohuk	LOC.city
Donezk	LOC.city
Dong Nai	LOC.city
Doornik	LOC.city	Tournai
Dorf Tirol	LOC.city
Dorf Tirol/Tirolo	LOC.city
Dorpat	LOC.city	Tartu
Douala	LOC.city
Dover	LOC.city
Drohobytsch	LOC.city	Drohobych
Drontheim	LOC.city	Trondheim
Druschkiwka	LOC.city	Druzhkivka
Dschabrail	LOC.city	Jabrayil
Dschalalabad	LOC.city
Dschankoj	LOC.city	Dzhankoy
Dscharablus	LOC.city	Jarabulus
Dschenin	LOC.city
Dschericho	LOC.city	Jericho
Dschibuti-Stadt	LOC.city
Dschidda	LOC.city
Dschidschiga	LOC.city	Jijiga
Dschisak	LOC.city	Jizzakh
Dschisr al-Schughur	LOC.city	Jisr al-Shughur
Dschuba	LOC.city
Dschunije	LOC.city	Jounieh
Dserschinsk	LOC.city	Dzerzhinsk
Duala	LOC.city
Dubai	LOC.city
Dublin	LOC.city
Dumair	LOC.city
Durban	LOC.city
Duschanbe	LOC.city
Dünaburg	LOC.city	Daugavpils
Dünkirchen	LOC.city
Děčín	LOC.city
Eboracum	LOC.city	York
Ed Daein	LOC.city
Edinburg	LOC.city	Edinburgh
Edinburgh	LOC.city
Edirne	LOC.city
Edmonton	LOC.city
Eger	LOC.city	Cheb
Eilat	LOC.city
Eindhoven	LOC.city
Eirunepe	LOC.city
Eisacktal	LOC.region
Ekibastus	LOC.city	Ekibastuz
El Aaiún	LOC.city
El Faschir	LOC.city	El Fasher
El Fasher	LOC.city
El Geneina	LOC.city
Elbing	LOC.city	Elbląg
Elbląg	LOC.city
Enerhodar	LOC.city
Enneberg	LOC.city
Enneberg/Marebbe	LOC.city
Enschede	LOC.city
Ephesos	LOC.city
Eppan	LOC.city
Eppan an der Weinstraße	LOC.city
Eppan/Appiano	LOC.city
Erbil	LOC.city
Erigavo	LOC.city
Eriwan	LOC.city
Esch an der Alzette	LOC.city
Esseg	LOC.city	Osijek
Eucla	LOC.city
Eupen	LOC.city
Faisabad	LOC.city	Fayzabad
Fakaofo	LOC.island
Falludscha	LOC.city
Famagusta	LOC.city
Farchana	LOC.city
Faro	LOC.city
Fastiw	LOC.city	Fastiv
Feldthurns	LOC.city
Feldthurns/Velturno	LOC.city
Feodossija	LOC.city	Feodosiya
Ferrara	LOC.city
Fes	LOC.city	Fès
Fisuli	LOC.city	Fuzuli
Fiume	LOC.city	Rijeka
Florenz	LOC.city
Fort Nelson	LOC.city
Fortaleza	LOC.city
Franzensbad	LOC.city	Františkovy Lázně
Franzensfeste	LOC.city
Franzensfeste/Fortezza	LOC.city
Frauenburg	LOC.city	Frombork
Freetown	LOC.city
Freienfeld	LOC.city
Freienfeld/Campo di Trens	LOC.city
Frýdek-Místek	LOC.city
Fukushima	LOC.city
Funafuti	LOC.city
Funchal	LOC.city
Fès	LOC.city
Fünfkirchen	LOC.city	Pécs
Füsuli	LOC.city	Fuzuli
Gaborone	LOC.city
Galapagos	LOC.island
Galkayo	LOC.city
Gambier	LOC.island
Gandscha	LOC.city	Ganja
Gardes	LOC.city	Gardez
Gargazon	LOC.city
Garowe	LOC.city
Gattschina	LOC.city	Gatchina
Gaza-Stadt	LOC.city
Gaziantep	LOC.city
Gdańsk	LOC.city
Gdingen	LOC.city	Gdynia
Gdynia	LOC.city
Gelendschik	LOC.city	Gelendzhik
Gent	LOC.city
Genua	LOC.city
Georgetown	LOC.city
Ghadames	LOC.city
Ghasni	LOC.city	Ghazni
Ghom	LOC.city
Girlan	LOC.city
Gizeh	LOC.city
Gjandscha	LOC.city	Ganja
Gjumri	LOC.city	Gyumri
Glace Bay	LOC.city
Glasgow	LOC.city
Gleiwitz	LOC.city	Gliwice
Gliwice	LOC.city
Glogau	LOC.city	Głogów
Glurns	LOC.city
Glurns/Glorenza	LOC.city
Gnesen	LOC.city	Gniezno
Goa	LOC.region
Goldrain	LOC.city
Goma	LOC.city
Gomel	LOC.city
Goose Bay	LOC.city
Gorki	LOC.city	Nischni Nowgorod
Gorzów Wielkopolski	LOC.city
Gossensaß	LOC.city
Gotenburg	LOC.city	Göteborg
Gotenhafen	LOC.city	Gdynia
Gqeberha	LOC.city
Granada	LOC.city
Grand Turk	LOC.city
Graudenz	LOC.city	Grudziądz
Graun im Vinschgau	LOC.city
Graun im Vinschgau/Curon Venosta	LOC.city
Grenoble	LOC.city
Grodno	LOC.city
Groningen	LOC.city
Grosny	LOC.city
Großwardein	LOC.city	Oradea
Grudziądz	LOC.city
Gröden	LOC.region
Grünberg in Schlesien	LOC.city	Zielona Góra
Gsies	LOC.city
Gsies/Valle di Casies	LOC.city
Guadalajara	LOC.city
Guadalcanal	LOC.island
Guangzhou	LOC.city
Guantanamo	LOC.city	Guantánamo
Guantánamo	LOC.city
Guatemala-Stadt	LOC.city
Guayaquil	LOC.city
Gukowo	LOC.city	Gukovo
Gumbinnen	LOC.city	Gussew
Görz	LOC.city	Gorizia
Göteborg	LOC.city
Głogów	LOC.city
Ha Long	LOC.city
Ha Tinh	LOC.city
Haag	LOC.city	Den Haag
Haarlem	LOC.city
Hadersleben	LOC.city	Haderslev
Haditha	LOC.city
Hadscha	LOC.city	Hajjah
Hafling	LOC.city
Hagenau	LOC.city	Haguenau
Hai Phong	LOC.city	Haiphong
Haifa	LOC.city
Halabdscha	LOC.city	Halabja
Halifax	LOC.city
Halong	LOC.city	Ha Long
Hama	LOC.city
Hangzhou	LOC.city
Hanoi	LOC.city
Harare	LOC.city
Harbin	LOC.city
Hargeisa	LOC.city
Havanna	LOC.city
Havířov	LOC.city
Hawidscha	LOC.city	Hawija
Hebron	LOC.city
Heglig	LOC.city
Heilsberg	LOC.city	Lidzbark Warmiński
Hela	LOC.city	Hel
Helsingfors	LOC.city	Helsinki
Helsinki	LOC.city
Henitschesk	LOC.city	Henichesk
Heraklion	LOC.city
Herat	LOC.city
Herculaneum	LOC.city
Hermannstadt	LOC.city	Sibiu
Hermel	LOC.city
Hermosillo	LOC.city
Herzlija	LOC.city	Herzliya
Herzogenbusch	LOC.city	’s-Hertogenbosch
Hindenburg in Oberschlesien	LOC.city	Zabrze
Hirnyk	LOC.city
Hiroshima	LOC.city
Hirschberg im Riesengebirge	LOC.city	Jelenia Góra
Ho-Chi-Minh-Stadt	LOC.city
Hobart	LOC.city
Hochpustertal	LOC.region
Hodeida	LOC.city
Hodeidah	LOC.city
Hola Prystan	LOC.city
Homel	LOC.city	Gomel
Homs	LOC.city
Hongkong	LOC.city
Honolulu	LOC.city
Horliwka	LOC.city	Horlivka
Hostomel	LOC.city
Houston	LOC.city
Hpakant	LOC.city
Hradec Králové	LOC.city
Hsinchu	LOC.city
Huljajpole	LOC.city	Huliaipole
Humera	LOC.city
Hurghada	LOC.city
Hyderabad	LOC.city
Idlib	LOC.city
Iglau	LOC.city	Jihlava
Ilowajsk	LOC.city	Ilovaisk
Incheon	LOC.city
Indianapolis	LOC.city
Innichen	LOC.city
Innichen/San Candido	LOC.city
Insterburg	LOC.city	Tschernjachowsk
Inuvik	LOC.city
Iqaluit	LOC.city
Irkutsk	LOC.city
Irpin	LOC.city
Ischewsk	LOC.city	Izhevsk
Isfahan	LOC.city
Isjum	LOC.city	Izium
Islamabad	LOC.city
Ismajil	LOC.city	Izmail
Istanbul	LOC.city
Ittoqqortoormiit	LOC.city
Iuvavum	LOC.city	Salzburg
Iwano-Frankiwsk	LOC.city
Iwanowo	LOC.city	Ivanovo
Izmir	LOC.city
Jablonec nad Nisou	LOC.city
Jaffa	LOC.city
Jaipur	LOC.city
Jakarta	LOC.city
Jakutsk	LOC.city
Jakymiwka	LOC.city	Yakymivka
Jalta	LOC.city
Jaroslawl	LOC.city
Jasd	LOC.city	Yazd
Jassy	LOC.city	Iași
Jaunde	LOC.city
Jaworiw	LOC.city	Yavoriv
Jayapura	LOC.city
Jegorjewsk	LOC.city	Yegoryevsk
Jeisk	LOC.city	Yeysk
Jekaterinburg	LOC.city
Jelabuga	LOC.city	Yelabuga
Jelenia Góra	LOC.city
Jenakijewe	LOC.city	Yenakiieve
Jenesien	LOC.city
Jenesien/San Genesio	LOC.city
Jerewan	LOC.city	Eriwan
Jericho	LOC.city
Jerusalem	LOC.city
Jewpatorija	LOC.city	Yevpatoriya
Jihlava	LOC.city
Jiuquan	LOC.city
Jogjakarta	LOC.city	Yogyakarta
Johannesburg	LOC.city
Jokohama	LOC.city	Yokohama
Joschkar-Ola	LOC.city	Yoshkar-Ola
Jowhar	LOC.city
Juba	LOC.city
Jujuy	LOC.city
Juneau	LOC.city
Juschno-Sachalinsk	LOC.city	Yuzhno-Sakhalinsk
Juschnoukrainsk	LOC.city	Yuzhnoukrainsk
Kabul	LOC.city
Kachowka	LOC.city	Kakhovka
Kadijiwka	LOC.city	Kadiivka
Kaesong	LOC.city
Kairo	LOC.city
Kalehe	LOC.city
Kalinin	LOC.city	Twer
Kaliningrad	LOC.city
Kalisch	LOC.city	Kalisz
Kalisz	LOC.city
Kalkilia	LOC.city	Qalqilya
Kalkutta	LOC.city
Kaltern	LOC.city
Kaltern an der Weinstraße	LOC.city
Kaltern/Caldaro	LOC.city
Kamensk-Schachtinski	LOC.city	Kamensk-Shakhtinsky
Kamischli	LOC.city	Qamishli
Kamjanez-Podilskyj	LOC.city	Kamianets-Podilskyi
Kamjanka-Dniprowska	LOC.city	Kamianka-Dniprovska
Kamjanske	LOC.city	Kamianske
Kampala	LOC.city
Kamtschatka	LOC.city
Kandahar	LOC.city
Kano	LOC.city
Kanton	LOC.city	Guangzhou
Kaohsiung	LOC.city
Kapstadt	LOC.city
Karachi	LOC.city	Karatschi
Karadsch	LOC.city	Karaj
Karaganda	LOC.city
Karatschi	LOC.city
Kardaun	LOC.city
Kariega	LOC.city
Karlovy Vary	LOC.city
Karlsbad	LOC.city	Karlovy Vary
Karneid	LOC.city
Karschi	LOC.city	Qarshi
Karthago	LOC.city
Karviná	LOC.city
Kasan	LOC.city
Kaschau	LOC.city	Košice
Kaspijsk	LOC.city	Kaspiysk
Kastelbell	LOC.city
Kastelbell-Tschars	LOC.city
Kastelbell-Tschars/Castelbello-Ciardes	LOC.city
Kastelruth	LOC.city
Kastelruth/Castelrotto	LOC.city
Kathmandu	LOC.city
Katmandu	LOC.city	Kathmandu
Katowice	LOC.city
Kattowitz	LOC.city	Katowice
Kauen	LOC.city	Kaunas
Kaunas	LOC.city
Kelbadschar	LOC.city	Kalbajar
Kemerowo	LOC.city	Kemerovo
Kerbela	LOC.city
Kerguelen	LOC.island
Kermanschah	LOC.city	Kermanshah
Kertsch	LOC.city
Kfar Asa	LOC.city	Kfar Aza
Khartum	LOC.city
Kielce	LOC.city
Kiens	LOC.city
Kiens/Chienes	LOC.city
Kiew	LOC.city
Kigali	LOC.city
Kilija	LOC.city	Kiliia
Kingston	LOC.city
Kinshasa	LOC.city
Kiritimati	LOC.island
Kirjat Schmona	LOC.city	Kiryat Shmona
Kirkuk	LOC.city
Kirow	LOC.city
Kiruna	LOC.city
Kischinau	LOC.city	Chisinau
Kischinjow	LOC.city	Chisinau
Kislowodsk	LOC.city	Kislovodsk
Kismaju	LOC.city	Kismayo
Kitchanga	LOC.city
Kitengela	LOC.city
Kladno	LOC.city
Klaipėda	LOC.city
Klausen	LOC.city
Klausen/Chiusa	LOC.city
Klausenburg	LOC.city	Cluj-Napoca
Klobenstein	LOC.city
Kobane	LOC.city
Kobani	LOC.city	Kobane
Kobe	LOC.city
Kokand	LOC.city
Kolberg	LOC.city	Kołobrzeg
Kolfuschg	LOC.city
Kolkata	LOC.city	Kalkutta
Kolmar	LOC.city	Colmar
Komsomolsk am Amur	LOC.city	Komsomolsk-on-Amur
Konstantinopel	LOC.city	Istanbul
Konstanza	LOC.city	Constanța
Konya	LOC.city
Kopenhagen	LOC.city
Korinth	LOC.city
Kosrae	LOC.island
Kostanai	LOC.city	Kostanay
Kostjantyniwka	LOC.city	Kostiantynivka
Kostopil	LOC.city
Kostrzyn nad Odrą	LOC.city
Koszalin	LOC.city
Kotelnikowo	LOC.city	Kotelnikovo
Kourou	LOC.city
Kowel	LOC.city	Kovel
Kołobrzeg	LOC.city
Košice	LOC.city
Krakau	LOC.city
Kraków	LOC.city
Kralendijk	LOC.city
Kramatorsk	LOC.city
Krasnodar	LOC.city
Krasnohoriwka	LOC.city	Krasnohorivka
Krasnojarsk	LOC.city
Krementschuk	LOC.city
Kronstadt	LOC.city
Kropywnyzkyj	LOC.city
Krumau	LOC.city	Český Krumlov
Krywyj Rih	LOC.city	Kryvyi Rih
Kuala Lumpur	LOC.city
Kuching	LOC.city
Kuens	LOC.city
Kufra	LOC.city
Kuibyschew	LOC.city	Samara
Kuljab	LOC.city	Kulob
Kulm	LOC.city	Chełmno
Kundus	LOC.city
Kuneitra	LOC.city	Quneitra
Kurachowe	LOC.city	Kurakhove
Kursk	LOC.city
Kurtatsch	LOC.city
Kurtatsch an der Weinstraße	LOC.city
Kurtatsch/Cortaccia	LOC.city
Kurtinig	LOC.city
Kurtinig an der Weinstraße	LOC.city
Kurzras	LOC.city
Kutaissi	LOC.city	Kutaisi
Kutná Hora	LOC.city
Kuwait-Stadt	LOC.city
Kwajalein	LOC.island
Kyiv	LOC.city	Kiew
Kyjiw	LOC.city	Kiew
Kyoto	LOC.city
Kysyl	LOC.city	Kyzyl
Kysylorda	LOC.city	Kyzylorda
Königgrätz	LOC.city	Hradec Králové
Königsberg	LOC.city	Kaliningrad
Köslin	LOC.city	Koszalin
Küstrin	LOC.city	Kostrzyn nad Odrą
Kłodzko	LOC.city
La Paz	LOC.city
La Rioja	LOC.city
Laas	LOC.city
Laas/Lasa	LOC.city
Lagos	LOC.city
Lahore	LOC.city
Laibach	LOC.city	Ljubljana
Lajen	LOC.city
Lajen/Laion	LOC.city
Lalibela	LOC.city
Lampedusa	LOC.island
Lana	LOC.city
Landsberg an der Warthe	LOC.city	Gorzów Wielkopolski
Lao Cai	LOC.city
Larnaka	LOC.city
Las Anod	LOC.city
Las Palmas	LOC.city
Las Palmas de Gran Canaria	LOC.city
Las Vegas	LOC.city
Laschkar Gah	LOC.city	Lashkar Gah
Latakia	LOC.city
Latsch	LOC.city
Latsch/Laces	LOC.city
Latschin	LOC.city	Lachin
Lauban	LOC.city	Lubań
Lauenburg in Pommern	LOC.city	Lębork
Laukkai	LOC.city
Laurein	LOC.city
Lauriacum	LOC.city	Enns
Le Havre	LOC.city
Leeds	LOC.city
Lefkosia	LOC.city	Nikosia
Legazpi	LOC.city
Legnica	LOC.city
Leiden	LOC.city
Leifers	LOC.city
Leifers/Laives	LOC.city
Lemberg	LOC.city
Leningrad	LOC.city	Sankt Petersburg
Leuven	LOC.city
Lhasa	LOC.city
Libau	LOC.city	Liepāja
Liberec	LOC.city
Libreville	LOC.city
Liegnitz	LOC.city	Legnica
Lille	LOC.city
Lilongwe	LOC.city
Lima	LOC.city
Limassol	LOC.city
Lipezk	LOC.city	Lipetsk
Lissa	LOC.city	Leszno
Lissabon	LOC.city
Litoměřice	LOC.city
Litzmannstadt	LOC.city	Łódź
Liverpool	LOC.city
Ljubljana	LOC.city
Lodsch	LOC.city	Łódź
Lodz	LOC.city	Łódź
Lomé	LOC.city
Londinium	LOC.city	London
London	LOC.city
Longyearbyen	LOC.city
Lopodunum	LOC.city	Ladenburg
Los Angeles	LOC.city
Losowa	LOC.city	Lozova
Lothringen	LOC.region
Louisville	LOC.city
Luanda	LOC.city
Lublin	LOC.city
Lubumbashi	LOC.city
Lugansk	LOC.city	Luhansk
Lugdunum	LOC.city	Lyon
Luhansk	LOC.city
Lusaka	LOC.city
Lutetia	LOC.city	Paris
Luttach	LOC.city
Luxemburg	LOC.city
Luxor	LOC.city
Luzk	LOC.city
Lwiw	LOC.city	Lemberg
Lwów	LOC.city	Lemberg
Lyck	LOC.city	Ełk
Lyon	LOC.city
Lyons	LOC.city	Lyon
Lypzi	LOC.city	Lyptsi
Lyssytschansk	LOC.city
Lötzen	LOC.city	Giżycko
Löwen	LOC.city	Leuven
Lüderitz	LOC.city
Lüsen	LOC.city
Lüttich	LOC.city
Maarat al-Numan	LOC.city
Maastricht	LOC.city
Maceio	LOC.city
Machatschkala	LOC.city
Machmur	LOC.city	Makhmur
Madeira	LOC.island
Madras	LOC.city	Chennai
Madrid	LOC.city
Magadan	LOC.city
Maghazi	LOC.city
Mahabad	LOC.city
Mahiljou	LOC.city	Mogilev
Maikop	LOC.city	Maykop
Mailand	LOC.city
Maimana	LOC.city	Maymana
Majuro	LOC.city
Makassar	LOC.city
Makhanda	LOC.city
Makijiwka	LOC.city	Makiivka
Malabo	LOC.city
Maladsetschna	LOC.city	Molodechno
Malaga	LOC.city	Málaga
Malakka	LOC.city	Malacca
Malbork	LOC.city
Malmedy	LOC.city
Malmö	LOC.city
Mals	LOC.city
Mals im Vinschgau	LOC.city
Mals/Malles	LOC.city
Malé	LOC.city
Managua	LOC.city
Manama	LOC.city
Manaus	LOC.city
Manbidsch	LOC.city	Manbij
Manchester	LOC.city
Mandalay	LOC.city
Manila	LOC.city
Mantua	LOC.city
Maputo	LOC.city
Marawi	LOC.city
Marburg an der Drau	LOC.city	Maribor
Mardschajun	LOC.city	Marjayoun
Margreid	LOC.city
Margreid an der Weinstraße	LOC.city
Margreid/Magrè	LOC.city
Marhanez	LOC.city	Marhanets
Mariehamn	LOC.city
Marienbad	LOC.city	Mariánské Lázně
Marienburg	LOC.city	Malbork
Marienwerder	LOC.city	Kwidzyn
Marigot	LOC.city
Mariupol	LOC.city
Mariánské Lázně	LOC.city
Marjinka	LOC.city	Marinka
Marling	LOC.city
Marling/Marlengo	LOC.city
Marquesas	LOC.island
Marrakesch	LOC.city
Marseille	LOC.city
Marseilles	LOC.city	Marseille
Martell/Martello	LOC.city
Masar-e Scharif	LOC.city	Mazar-i-Sharif
Masar-i-Scharif	LOC.city
Maschhad	LOC.city
Maseru	LOC.city
Maskat	LOC.city
Massaua	LOC.city	Massawa
Massilia	LOC.city	Marseille
Masyr	LOC.city	Mozyr
Matamoros	LOC.city
Mawlamyaing	LOC.city
Mazatlan	LOC.city
Mbabane	LOC.city
Mbombela	LOC.city
Mecheln	LOC.city	Mechelen
Medellín	LOC.city
Medina	LOC.city
Mediolanum	LOC.city	Mailand
Mekele	LOC.city	Mekelle
Mekelle	LOC.city
Mekka	LOC.city
Melbourne	LOC.city
Melitopol	LOC.city
Memel	LOC.city	Klaipėda
Memelland	LOC.region
Menaka	LOC.city	Ménaka
Mendoza	LOC.city
Meran	LOC.city
Meran/Merano	LOC.city
Meransen	LOC.city
Merida	LOC.city
Merowe	LOC.city
Messina	LOC.city
Metlakatla	LOC.city
Metula	LOC.city
Metz	LOC.city
Mexico City	LOC.city	Mexiko-Stadt
Mexiko-Stadt	LOC.city
Miami	LOC.city
Millerowo	LOC.city	Millerovo
Mineralnyje Wody	LOC.city	Mineralnye Vody
Minneapolis	LOC.city
Minova	LOC.city
Minsk	LOC.city
Miquelon	LOC.city
Misrata	LOC.city
Misurata	LOC.city	Misrata
Mitau	LOC.city	Jelgava
Mladá Boleslav	LOC.city
Mocímboa da Praia	LOC.city
Modena	LOC.city
Mogadischu	LOC.city
Mogiljow	LOC.city
Mogontiacum	LOC.city	Mainz
Molotschansk	LOC.city	Molochansk
Mombasa	LOC.city
Moncton	LOC.city
Monrovia	LOC.city
Montan/Montagna	LOC.city
Monterrey	LOC.city
Montevideo	LOC.city
Montpellier	LOC.city
Montreal	LOC.city
Montréal	LOC.city	Montreal
Moos in Passeier	LOC.city
Morosowsk	LOC.city	Morozovsk
Mosdok	LOC.city	Mozdok
Moskau	LOC.city
Mossul	LOC.city
Mostar	LOC.city
Mukatschewo	LOC.city	Mukachevo
Mukden	LOC.city	Shenyang
Mumbai	LOC.city
Murmansk	LOC.city
My Tho	LOC.city
Myawaddy	LOC.city
Mykolajiw	LOC.city
Mytischtschi	LOC.city	Mytishchi
Mzcheta	LOC.city	Mtskheta
Málaga	LOC.city
Mährisch Ostrau	LOC.city	Ostrava
Ménaka	LOC.city
Mölten	LOC.city
Mühlbach/Rio di Pusteria	LOC.city
Mühlen in Taufers	LOC.city
Mühlwald	LOC.city
Mülhausen	LOC.city	Mulhouse
Nabatieh	LOC.city
Nabereschnyje Tschelny	LOC.city	Naberezhnye Chelny
Nablus	LOC.city
Nachodka	LOC.city	Nakhodka
Nadschaf	LOC.city
Nagasaki	LOC.city
Nagoya	LOC.city
Naharija	LOC.city	Nahariya
Nairobi	LOC.city
Nakura	LOC.city	Naqoura
Nals	LOC.city
Nals/Nalles	LOC.city
Naltschik	LOC.city	Nalchik
Nam Dinh	LOC.city
Namür	LOC.city	Namur
Nancy	LOC.city
Nanjing	LOC.city	Nanking
Nanking	LOC.city
Nantes	LOC.city
Narwa	LOC.city
Nassau	LOC.city
Nassirija	LOC.city	Nasiriyah
Natans	LOC.city	Natanz
Naturns	LOC.city
Naturns/Naturno	LOC.city
Natz-Schabs	LOC.city
Natz-Schabs/Naz-Sciaves	LOC.city
Naypyidaw	LOC.city
Naypyitaw	LOC.city	Naypyidaw
Nazareth	LOC.city
Ndjamena	LOC.city	N’Djamena
Neapel	LOC.city
Neisse	LOC.city	Nysa
Nekemte	LOC.city
Netanja	LOC.city	Netanya
Neu-Amsterdam	LOC.city	New York
Neu-Delhi	LOC.city
Neu-Orleans	LOC.city	New Orleans
Neu-York	LOC.city	New York
Neumarkt/Egna	LOC.city
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
Ninh Binh	LOC.city
Nischnekamsk	LOC.city	Nizhnekamsk
Nischnewartowsk	LOC.city	Nizhnevartovsk
Nischni Nowgorod	LOC.city
Nischni Tagil	LOC.city	Nizhny Tagil
Nischyn	LOC.city	Nizhyn
Nitra	LOC.city
Nizza	LOC.city
Norfolk	LOC.island
Noronha	LOC.city
Nouakchott	LOC.city
Noumea	LOC.city
Novaesium	LOC.city	Neuss
Nowa Kachowka	LOC.city	Nova Kakhovka
Nowgorod	LOC.city
Nowoasowsk	LOC.city	Novoazovsk
Nowokusnezk	LOC.city	Novokuznetsk
Nowokuznetsk	LOC.city
Noworossijsk	LOC.city	Novorossiysk
Nowoschachtinsk	LOC.city	Novoshakhtinsk
Nowosibirsk	LOC.city
Nowotscherkassk	LOC.city	Novocherkassk
Nowy Sącz	LOC.city
Nowy Urengoi	LOC.city	Novy Urengoy
Nukuʻalofa	LOC.city
Nur-Sultan	LOC.city	Astana
Nuuk	LOC.city
Nîmes	LOC.city
N’Djamena	LOC.city
Oberbozen	LOC.city
Obereggen	LOC.city
Ochtyrka	LOC.city	Okhtyrka
Odense	LOC.city
Odesa	LOC.city	Odessa
Odessa	LOC.city
Ojinaga	LOC.city
Olang	LOC.city
Olang/Valdaora	LOC.city
Olenja	LOC.city	Olenya
Oleschky	LOC.city	Oleshky
Olmütz	LOC.city	Olomouc
Olomouc	LOC.city
Olsztyn	LOC.city
Omdurman	LOC.city
Omsk	LOC.city
Opava	LOC.city
Opole	LOC.city
Oppeln	LOC.city	Opole
Oradea	LOC.city
Oran	LOC.city
Orichiw	LOC.city	Orikhiv
Orjol	LOC.city	Oryol
Orléans	LOC.city
Orscha	LOC.city	Orsha
Ortelsburg	LOC.city	Szczytno
Osaka	LOC.city
Osch	LOC.city	Osh
Oslo	LOC.city
Osterinsel	LOC.island
Osterode in Ostpreußen	LOC.city	Ostróda
Ostrau	LOC.city	Ostrava
Ostrava	LOC.city
Otschakiw	LOC.city	Ochakiv
Ottawa	LOC.city
Ouagadougou	LOC.city
Oujda	LOC.city
Ovilava	LOC.city	Wels
Oxford	LOC.city
Oświęcim	LOC.city
Padua	LOC.city
Pago Pago	LOC.city
Palermo	LOC.city
Palma	LOC.city
Palma de Mallorca	LOC.city
Palmyra	LOC.city
Pamplona	LOC.city
Panama-Stadt	LOC.city
Paramaribo	LOC.city
Pardubice	LOC.city
Paris	LOC.city
Parma	LOC.city
Partschins	LOC.city
Partschins/Parcines	LOC.city
Patras	LOC.city
Pavia	LOC.city
Pawlodar	LOC.city	Pavlodar
Pawlohrad	LOC.city	Pavlohrad
Pedratsches	LOC.city
Peking	LOC.city
Pensa	LOC.city	Penza
Percha	LOC.city
Perm	LOC.city
Perth	LOC.city
Perugia	LOC.city
Perwomajsk	LOC.city	Pervomaisk
Peschawar	LOC.city
Petach Tikwa	LOC.city	Petah Tikva
Petersburg	LOC.city	Sankt Petersburg
Petra	LOC.city
Petrograd	LOC.city	Sankt Petersburg
Petropawl	LOC.city	Petropavl
Petropawlowsk-Kamtschatski	LOC.city	Petropavlovsk-Kamchatsky
Petrosawodsk	LOC.city	Petrozavodsk
Pfalzen	LOC.city
Pfalzen/Falzes	LOC.city
Pfatten	LOC.city
Pfatten/Vadena	LOC.city
Pfitsch	LOC.city
Pfitsch/Val di Vizze	LOC.city
Phan Thiet	LOC.city
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
Piwdennyj	LOC.city	Pivdennyi
Pjatigorsk	LOC.city	Pyatigorsk
Pjöngjang	LOC.city
Plaus	LOC.city
Plowdiw	LOC.city
Plzeň	LOC.city
Pnom Penh	LOC.city	Phnom Penh
Podgorica	LOC.city
Pohnpei	LOC.island
Poipet	LOC.city
Pokrow	LOC.city	Pokrov
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
Poznań	LOC.city
Prad	LOC.city
Prad am Stilfserjoch	LOC.city
Prad am Stilfserjoch/Prato allo Stelvio	LOC.city
Prag	LOC.city
Prags/Braies	LOC.city
Praha	LOC.city
Pressburg	LOC.city	Bratislava
Pretoria	LOC.city
Prettau	LOC.city
Preßburg	LOC.city	Bratislava
Primorsko-Achtarsk	LOC.city	Primorsko-Akhtarsk
Pristina	LOC.city
Priština	LOC.city	Pristina
Proveis	LOC.city
Prymorsk	LOC.city
Prypjat	LOC.city
Przemyśl	LOC.city
Pskow	LOC.city
Pul-i-Chumri	LOC.city	Pul-e Khumri
Punta Arenas	LOC.city
Pusan	LOC.city	Busan
Pustertal	LOC.region
Pyongyang	LOC.city	Pjöngjang
Płock	LOC.city
Qamischli	LOC.city	Qamishli
Qingdao	LOC.city
Qostanai	LOC.city
Quang Ninh	LOC.city
Quang Tri	LOC.city
Quebec	LOC.city	Québec
Quito	LOC.city
Quy Nhon	LOC.city
Québec	LOC.city
Qysylorda	LOC.city
Raab	LOC.city	Győr
Rabat	LOC.city
Rabland	LOC.city
Rach Gia	LOC.city
Racibórz	LOC.city
Rafah	LOC.city
Ragusa	LOC.city
Rakka	LOC.city
Ramallah	LOC.city
Rangun	LOC.city
Rankin Inlet	LOC.city
Rarotonga	LOC.island
Ras al-Ain	LOC.city
Rascht	LOC.city	Rasht
Rasen-Antholz	LOC.city
Rasen-Antholz/Rasun-Anterselva	LOC.city
Rastenburg	LOC.city	Kętrzyn
Ratibor	LOC.city	Racibórz
Ratschings	LOC.city
Ratschings/Racines	LOC.city
Ravenna	LOC.city
Rawalpindi	LOC.city
Recife	LOC.city
Reichenberg	LOC.city	Liberec
Reims	LOC.city
Rennes	LOC.city
Reschen	LOC.city
Reval	LOC.city	Tallinn
Reykjavik	LOC.city	Reykjavík
Reykjavík	LOC.city
Riad	LOC.city
Riffian	LOC.city
Riga	LOC.city
Rio	LOC.city	Rio de Janeiro
Rio Branco	LOC.city
Rio Gallegos	LOC.city
Rio de Janeiro	LOC.city
Rischon LeZion	LOC.city	Rishon LeZion
Ritten/Renon	LOC.city
Riwne	LOC.city
Riyadh	LOC.city	Riad
Rjasan	LOC.city	Ryazan
Robotyne	LOC.city
Rodeneck	LOC.city
Rodeneck/Rodengo	LOC.city
Rom	LOC.city
Rostow	LOC.city
Rostow am Don	LOC.city
Rotterdam	LOC.city
Rouen	LOC.city
Rovereto	LOC.city
Rowenky	LOC.city	Rovenky
Rubavu	LOC.city
Rubischne	LOC.city	Rubizhne
Rubzowsk	LOC.city	Rubtsovsk
Rustawi	LOC.city	Rustavi
Rutshuru	LOC.city
Rybnik	LOC.city
Rzeszów	LOC.city
Sa Pa	LOC.city
Sabha	LOC.city
Sachalin	LOC.city
Sacho	LOC.city	Zakho
Sagan	LOC.city	Żagań
Sahedan	LOC.city	Zahedan
Saigon	LOC.city	Ho-Chi-Minh-Stadt
Saint Louis	LOC.city
Saint-Barthélemy	LOC.city
Saipan	LOC.island
Salamanca	LOC.city
Salawat	LOC.city	Salavat
Salechard	LOC.city	Salekhard
Salerno	LOC.city
Saloniki	LOC.city	Thessaloniki
Salta	LOC.city
Salurn	LOC.city
Salurn/Salorno	LOC.city
Salvador da Bahia	LOC.city
Samara	LOC.city
Samarkand	LOC.city
Samarra	LOC.city
San Diego	LOC.city
San Francisco	LOC.city
San José	LOC.city
San Juan	LOC.city
San Luis	LOC.city
San Salvador	LOC.city
San Sebastián	LOC.city
Sanaa	LOC.city
Sanandadsch	LOC.city	Sanandaj
Sand in Taufers	LOC.city
Sand in Taufers/Campo Tures	LOC.city
Sankt Christina in Gröden	LOC.city
Sankt Leonhard in Passeier	LOC.city
Sankt Martin in Passeier	LOC.city
Sankt Martin in Thurn	LOC.city
Sankt Moritz	LOC.city
Sankt Pankraz	LOC.city
Sankt Petersburg	LOC.city
Sankt Ulrich in Gröden	LOC.city
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
Sarakeb	LOC.city	Saraqib
Saratow	LOC.city
Sarntal/Sarentino	LOC.city
Sarnthein	LOC.city
Schachtarsk	LOC.city	Shakhtarsk
Schachty	LOC.city	Shakhty
Schaikowka	LOC.city	Shaykovka
Schanaosen	LOC.city	Zhanaozen
Schanghai	LOC.city	Shanghai
Scharm el-Scheich	LOC.city
Scheberghan	LOC.city	Sheberghan
Schenna	LOC.city
Schenna/Scena	LOC.city
Schiras	LOC.city
Schlanders	LOC.city
Schlanders/Silandro	LOC.city
Schlettstadt	LOC.city	Sélestat
Schluderns	LOC.city
Schluderns/Sluderno	LOC.city
Schnals	LOC.city
Schnals/Senales	LOC.city
Schneidemühl	LOC.city	Piła
Schostka	LOC.city	Shostka
Schowti Wody	LOC.city	Zhovti Vody
Schukowski	LOC.city	Zhukovsky
Schuscha	LOC.city	Shusha
Schuschi	LOC.city	Shusha
Schweidnitz	LOC.city	Świdnica
Schymkent	LOC.city	Shymkent
Schytomyr	LOC.city
Schäßburg	LOC.city	Sighișoara
Sderot	LOC.city
Seattle	LOC.city
Seis	LOC.city
Seis am Schlern	LOC.city
Seiser Alm	LOC.region
Selenograd	LOC.city	Zelenograd
Selydowe	LOC.city	Selydove
Semei	LOC.city	Semey
Semipalatinsk	LOC.city	Semey
Sennar	LOC.city
Seoul	LOC.city
Sergijew Possad	LOC.city	Sergiyev Posad
Sevilla	LOC.city
Sewastopol	LOC.city
Sewerodonezk	LOC.city	Sievierodonetsk
Sewerodwinsk	LOC.city	Severodvinsk
Seweromorsk	LOC.city	Severomorsk
Sewersk	LOC.city	Siversk
Sexten	LOC.city
Shanghai	LOC.city
Sheffield	LOC.city
Shenyang	LOC.city
Shenzhen	LOC.city
Sibiu	LOC.city
Sidon	LOC.city
Siena	LOC.city
Sillein	LOC.city	Žilina
Simferopol	LOC.city
Singapur	LOC.city
Sitka	LOC.city
Siwersk	LOC.city	Siversk
Sjewjerodonezk	LOC.city
Skadowsk	LOC.city	Skadovsk
Skopje	LOC.city
Slawutytsch	LOC.city	Slavutych
Slowjansk	LOC.city
Smolensk	LOC.city
Smyrna	LOC.city	Izmir
Sofia	LOC.city
Soledar	LOC.city
Solotschiw	LOC.city	Zolochiv
Sonderburg	LOC.city	Sønderborg
Sopot	LOC.city
Sorrent	LOC.city
Sosnowiec	LOC.city
Sotschi	LOC.city
Soweto	LOC.city
Spalato	LOC.city	Split
Sparta	LOC.city
Srebrenica	LOC.city
Srednekolymsk	LOC.city
Sriharikota	LOC.city
Srinagar	LOC.city
St. Christina	LOC.city
St. Christina in Gröden	LOC.city
St. Christina in Gröden/Santa Cristina Valgardena	LOC.city
St. John’s	LOC.city
St. Kassian	LOC.city
St. Leonhard in Passeier	LOC.city
St. Lorenzen	LOC.city
St. Louis	LOC.city
St. Martin in Passeier	LOC.city
St. Martin in Thurn	LOC.city
St. Moritz	LOC.city
St. Pankraz	LOC.city
St. Pauls	LOC.city
St. Peter in Villnöß	LOC.city
St. Petersburg	LOC.city	Sankt Petersburg
St. Thomas	LOC.island
St. Ulrich	LOC.city
St. Ulrich in Gröden	LOC.city
St. Ulrich in Gröden/Ortisei	LOC.city
St. Valentin auf der Haide	LOC.city
St. Vincent	LOC.island
Stalingrad	LOC.city	Wolgograd
Stanley	LOC.city
Stargard	LOC.city
Stargard in Pommern	LOC.city	Stargard
Starobilsk	LOC.city
Starokostjantyniw	LOC.city	Starokostiantyniv
Stawropol	LOC.city	Stavropol
Steinamanger	LOC.city	Szombathely
Stepanakert	LOC.city
Stepnohirsk	LOC.city
Sterzing	LOC.city
Sterzing/Vipiteno	LOC.city
Stettin	LOC.city	Szczecin
Stilfs	LOC.city
Stilfs/Stelvio	LOC.city
Stockholm	LOC.city
Stolp	LOC.city	Słupsk
Strassburg	LOC.city	Straßburg
Straßburg	LOC.city
Stuhlweißenburg	LOC.city	Székesfehérvár
Suchumi	LOC.city	Sukhumi
Sucre	LOC.city
Sudscha	LOC.city	Sudzha
Sues	LOC.city
Sugdidi	LOC.city	Zugdidi
Sulaimanija	LOC.city	Sulaimaniyya
Sulden	LOC.city
Suleimanija	LOC.city	Sulaimaniyya
Sumelocenna	LOC.city	Rottenburg am Neckar
Sumgait	LOC.city	Sumqayit
Sumy	LOC.city
Surabaya	LOC.city
Suva	LOC.city
Suweida	LOC.city
Swakopmund	LOC.city
Swatowe	LOC.city	Svatove
Swerdlowsk	LOC.city	Jekaterinburg
Swinemünde	LOC.city	Świnoujście
Sydney	LOC.city
Syktywkar	LOC.city
Syrakus	LOC.city
Sysran	LOC.city	Syzran
Szczecin	LOC.city
Szegedin	LOC.city	Szeged
São Paulo	LOC.city
São Tomé	LOC.city
Söul	LOC.city	Seoul
Südgeorgien	LOC.island
Słubice	LOC.city
Słupsk	LOC.city
Tabka	LOC.city	Tabqa
Tahiti	LOC.island
Taipeh	LOC.city
Taipei	LOC.city	Taipeh
Taisten	LOC.city
Taiz	LOC.city
Tal Abyad	LOC.city
Tal Afar	LOC.city
Tall Abyad	LOC.city	Tal Abyad
Tallinn	LOC.city
Talokan	LOC.city	Taloqan
Tambow	LOC.city	Tambov
Tanger	LOC.city
Tannenberg	LOC.city	Stębark
Tarawa	LOC.city
Tarent	LOC.city
Tarnów	LOC.city
Tarraco	LOC.city	Tarragona
Tartus	LOC.city
Taschkent	LOC.city
Tauferer Ahrntal	LOC.region
Taufers im Münstertal	LOC.city
Tawila	LOC.city
Tbilissi	LOC.city	Tiflis
Tegucigalpa	LOC.city
Teheran	LOC.city
Tel Aviv	LOC.city
Tel Aviv-Jaffa	LOC.city	Tel Aviv
Telawi	LOC.city	Telavi
Tell Rifaat	LOC.city
Temeschburg	LOC.city	Timișoara
Temeswar	LOC.city	Timișoara
Teplice	LOC.city
Terenten	LOC.city
Terezín	LOC.city
Terlan	LOC.city
Terlan/Terlano	LOC.city
Termes	LOC.city	Termez
Ternopil	LOC.city
Teschen	LOC.city	Cieszyn
Tessalit	LOC.city
Tesseney	LOC.city
Thai Nguyen	LOC.city
Theben	LOC.city
Theresienstadt	LOC.city	Terezín
Thessaloniki	LOC.city
Thimphu	LOC.city
Thorn	LOC.city	Toruń
Thunder Bay	LOC.city
Tianjin	LOC.city
Tiberias	LOC.city
Tichorezk	LOC.city	Tikhoretsk
Tientsin	LOC.city	Tianjin
Tiers am Rosengarten	LOC.city
Tiflis	LOC.city
Tighina	LOC.city	Bender
Tijuana	LOC.city
Tikrit	LOC.city
Tilsit	LOC.city	Sowetsk
Timbuktu	LOC.city
Timișoara	LOC.city
Tirana	LOC.city
Tiraspol	LOC.city
Tirin Kot	LOC.city	Tarinkot
Tisens	LOC.city
Tisens/Tesimo	LOC.city
Tjumen	LOC.city	Tyumen
Toblach	LOC.city
Toblach/Dobbiaco	LOC.city
Tobolsk	LOC.city
Tokio	LOC.city
Tokyo	LOC.city	Tokio
Toledo	LOC.city
Toljatti	LOC.city	Tolyatti
Tombouctou	LOC.city	Timbuktu
Tomsk	LOC.city
Tondern	LOC.city	Tønder
Tongatapu	LOC.island
Torezk	LOC.city	Toretsk
Toronto	LOC.city
Tortola	LOC.island
Toruń	LOC.city
Toulouse	LOC.city
Tours	LOC.city
Trabzon	LOC.city
Trafoi	LOC.city
Tramin	LOC.city
Tramin an der Weinstraße	LOC.city
Tramin/Termeno	LOC.city
Trapezunt	LOC.city	Trabzon
Trient	LOC.city
Triest	LOC.city
Tripoli	LOC.city
Tripolis	LOC.city
Troja	LOC.city
Tromsø	LOC.city
Troppau	LOC.city	Opava
Trostjanez	LOC.city	Trostianets
Truden	LOC.city
Truden im Naturpark	LOC.city
Truskawez	LOC.city	Truskavets
Trutnov	LOC.city
Tschabahar	LOC.city	Chabahar
Tschapajewsk	LOC.city	Chapayevsk
Tschars	LOC.city
Tschassiw Jar	LOC.city	Chasiv Yar
Tschassow Jar	LOC.city	Chasiv Yar
Tscheboksary	LOC.city	Cheboksary
Tscheljabinsk	LOC.city
Tschenstochau	LOC.city	Częstochowa
Tscherkassy	LOC.city	Cherkasy
Tscherkessk	LOC.city	Cherkessk
Tscherms	LOC.city
Tschernihiw	LOC.city
Tscherniwzi	LOC.city	Czernowitz
Tschernobyl	LOC.city
Tschernowitz	LOC.city	Czernowitz
Tschita	LOC.city
Tschoibalsan	LOC.city
Tschornobajiwka	LOC.city	Chornobaivka
Tschornobyl	LOC.city	Chornobyl
Tschornomorsk	LOC.city	Chornomorsk
Tschuhujiw	LOC.city	Chuhuiv
Tschungking	LOC.city	Chongqing
Tsingtau	LOC.city	Qingdao
Tucuman	LOC.city
Tula	LOC.city
Tulkarem	LOC.city	Tulkarm
Tunis	LOC.city
Turicum	LOC.city	Zürich
Turin	LOC.city
Twer	LOC.city
Tychy	LOC.city
Tyros	LOC.city
Tyrus	LOC.city	Tyre
Täbris	LOC.city
Türkistan	LOC.city	Turkistan
Türkmenbaschi	LOC.city	Türkmenbaşy
Uchta	LOC.city	Ukhta
Udine	LOC.city
Ufa	LOC.city
Ukrainsk	LOC.city
Ulaanbaatar	LOC.city	Ulan Bator
Ulan Bator	LOC.city
Uljanowsk	LOC.city
Ulten	LOC.city
Ulten/Ultimo	LOC.city
Unsere Liebe Frau im Walde-St. Felix	LOC.city
Uppsala	LOC.city
Uralsk	LOC.city	Oral
Urgentsch	LOC.city	Urgench
Urumqi	LOC.city	Ürümqi
Uschgorod	LOC.city
Uschhorod	LOC.city
Ushuaia	LOC.city
Ussurijsk	LOC.city	Ussuriysk
Ust-Nera	LOC.city
Utrecht	LOC.city
Vaduz	LOC.city
Vahrn	LOC.city
Vahrn/Varna	LOC.city
Valencia	LOC.city
Valletta	LOC.city
Valparaíso	LOC.city
Vancouver	LOC.city
Vang Vieng	LOC.city
Varanasi	LOC.city
Veldhoven	LOC.city
Venedig	LOC.city
Venlo	LOC.city
Verdun	LOC.city
Verona	LOC.city
Versailles	LOC.city
Vientiane	LOC.city
Villanders	LOC.city
Villanders/Villandro	LOC.city
Villnöß/Funes	LOC.city
Vilnius	LOC.city
Vindobona	LOC.city	Wien
Vindonissa	LOC.city	Windisch
Vinschgau	LOC.region
Vintl	LOC.city
Vintl/Vandoies	LOC.city
Vung Tau	LOC.city
Völs am Schlern	LOC.city
Völs am Schlern/Fiè allo Sciliar	LOC.city
Völser Aicha	LOC.city
Vöran	LOC.city
Wad Madani	LOC.city
Waidbruck	LOC.city
Waldenburg in Schlesien	LOC.city	Wałbrzych
Walikale	LOC.city
Wanadsor	LOC.city	Vanadzor
Warna	LOC.city
Warschau	LOC.city
Warszawa	LOC.city
Washington	LOC.city
Washington D.C.	LOC.city	Washington
Wassyliwka	LOC.city	Vasylivka
Waterloo	LOC.city
Wałbrzych	LOC.city
Weißenburg	LOC.city	Wissembourg
Welikij Nowgorod	LOC.city	Nowgorod
Wellington	LOC.city
Welsberg	LOC.city
Welsberg-Taisten	LOC.city
Welsberg/Monguelfo	LOC.city
Welschnofen	LOC.city
Welschnofen/Nova Levante	LOC.city
Welyka Nowosilka	LOC.city	Velyka Novosilka
Welykyj Burluk	LOC.city	Velykyi Burluk
Wenchang	LOC.city
Whitehorse	LOC.city
Wien	LOC.city
Wilna	LOC.city	Vilnius
Windhoek	LOC.city	Windhuk
Windhuk	LOC.city
Winnipeg	LOC.city
Winnyzja	LOC.city
Witebsk	LOC.city
Wladikawkas	LOC.city	Vladikavkaz
Wladiwostok	LOC.city
Woldiya	LOC.city
Wolfsschanze	LOC.landmark
Wolgodonsk	LOC.city	Volgodonsk
Wolgograd	LOC.city
Wolkenstein in Gröden	LOC.city
Wolkenstein in Gröden/Selva di Val Gardena	LOC.city
Wolnowacha	LOC.city	Volnovakha
Wologda	LOC.city
Workuta	LOC.city	Vorkuta
Woronesch	LOC.city
Wosnessensk	LOC.city	Voznesensk
Wowtschansk	LOC.city	Vovchansk
Wrocław	LOC.city
Wuhan	LOC.city
Wuhledar	LOC.city	Vuhledar
Wyborg	LOC.city	Vyborg
Wyschhorod	LOC.city	Vyshhorod
Włocławek	LOC.city
Xian	LOC.city	Xi’an
Xichang	LOC.city
Xi’an	LOC.city
Yakutat	LOC.city
Yamoussoukro	LOC.city
Yangon	LOC.city	Rangun
Yaoundé	LOC.city	Jaunde
Yellowknife	LOC.city
Yokohama	LOC.city
Ypern	LOC.city	Ieper
Zabern	LOC.city	Saverne
Zabrze	LOC.city
Zagreb	LOC.city
Zakopane	LOC.city
Zamość	LOC.city
Zchinwali	LOC.city	Tskhinvali
Zgorzelec	LOC.city
Zielona Góra	LOC.city
Zlín	LOC.city
Znaim	LOC.city	Znojmo
Znojmo	LOC.city
Zoppot	LOC.city	Sopot
Zürich	LOC.city
al-Bab	LOC.city
al-Faschir	LOC.city	El Fasher
al-Suweida	LOC.city	Suweida
ar-Rakka	LOC.city	Raqqa
Åbo	LOC.city	Turku
Ödenburg	LOC.city	Sopron
Öskemen	LOC.city
Ústí nad Labem	LOC.city
Ürümqi	LOC.city
Üsküb	LOC.city	Skopje
České Budějovice	LOC.city
Český Krumlov	LOC.city
Łódź	LOC.city
Świdnica	LOC.city
Świnoujście	LOC.city
Žilina	LOC.city
