# loc-waters.lex - oceans, seas, bays, straits, rivers, lakes and canals (German names)
# Source: hand-written facts (lexicons/import/places_manual/waters.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 2176 entries.
Aabachtalsperre	LOC.lake
Aare	LOC.river
Aartalsee	LOC.lake
Aasee	LOC.lake
Abayasee	LOC.lake
Abens	LOC.river
Ablach	LOC.river
Acheloos	LOC.river
Achensee	LOC.lake
Acher	LOC.river
Achterwasser	LOC.sea
Adige	LOC.river
Adour	LOC.river
Adria	LOC.sea
Adriaküste	LOC.sea
Adriatisches Meer	LOC.sea
Affolderner See	LOC.lake
Afritzer See	LOC.lake
Afte	LOC.river
Ager	LOC.river
Agger	LOC.river
Aggertalsperre	LOC.lake
Ahr	LOC.river
Ahse	LOC.river
Aisch	LOC.river
Aisne	LOC.river
Aist	LOC.river
Alatsee	LOC.lake
Albaner See	LOC.lake
Albertkanal	LOC.sea
Albertsee	LOC.lake
Alborán-Meer	LOC.sea
Alboránmeer	LOC.sea
Albula	LOC.river
Alfenz	LOC.river
Alfios	LOC.river
Alfsee	LOC.lake
Aliakmonas	LOC.river
Aller	LOC.river
Allerheiligenbucht	LOC.sea
Allier	LOC.river
Almsee	LOC.lake
Alpenrhein	LOC.river
Alster	LOC.river
Altaelva	LOC.river
Altausseer See	LOC.lake
Altmühl	LOC.river
Altmühlsee	LOC.lake
Alz	LOC.river
Alzette	LOC.river
Amazonas	LOC.river
Ammersee	LOC.lake
Amper	LOC.river
Amsterdam-Rhein-Kanal	LOC.sea
Amu Darja	LOC.river
Amu-Darja	LOC.river
Amudarja	LOC.river
Amundsengolf	LOC.sea
Amur	LOC.river
Andamanensee	LOC.sea
Angara	LOC.river
Aniene	LOC.river
Annecysee	LOC.lake
Antholzer See	LOC.lake
Antiesen	LOC.river
Arabischer Golf	LOC.sea
Arabisches Meer	LOC.sea
Arafurasee	LOC.sea
Araguaia	LOC.river
Aralsee	LOC.lake
Aras	LOC.river
Ardèche	LOC.river
Arendsee	LOC.lake
Areuse	LOC.river
Argen	LOC.river
Argesch	LOC.river
Argeș	LOC.river	Argesch
Argolischer Golf	LOC.sea
Ariège	LOC.river
Arkansas River	LOC.river
Arktischer Ozean	LOC.sea
Armançon	LOC.river
Arnensee	LOC.lake
Arno	LOC.river
Arresø	LOC.lake
Arve	LOC.river
Aschaff	LOC.river
Asowsches Meer	LOC.sea
Assad-Stausee	LOC.lake
Assadsee	LOC.lake
Assalsee	LOC.lake
Assuan-Stausee	LOC.lake
Atatürk-Stausee	LOC.lake
Athabascasee	LOC.lake
Athabaskasee	LOC.lake
Atitlán-See	LOC.lake
Atlantik	LOC.sea
Atlantischer Ozean	LOC.sea
Attersee	LOC.lake
Aulne	LOC.river
Authie	LOC.river
Außenelbe	LOC.sea
Außenweser	LOC.sea
Aveyron	LOC.river
Awash	LOC.river
Bab al-Mandab	LOC.sea
Bab el-Mandeb	LOC.sea
Bachmutka	LOC.river
Baffin Bay	LOC.sea
Baffinbucht	LOC.sea
Baikal	LOC.lake
Baikalsee	LOC.lake
Bajkal	LOC.lake
Balabac-Straße	LOC.sea
Balaton	LOC.lake
Balchaschsee	LOC.lake
Baldeggersee	LOC.lake
Baldeneysee	LOC.lake
Balearenmeer	LOC.sea
Balearisches Meer	LOC.sea
Bandama	LOC.river
Bandasee	LOC.sea
Bangweulusee	LOC.lake
Bannwaldsee	LOC.lake
Bantry Bay	LOC.sea
Barentssee	LOC.sea
Barleber See	LOC.lake
Barmsee	LOC.lake
Barthe	LOC.river
Bass-Straße	LOC.sea
Bassstraße	LOC.sea
Bay of Fundy	LOC.sea
Baïse	LOC.river
Beas	LOC.river
Beaufortsee	LOC.sea
Beetzsee	LOC.lake
Bega	LOC.river
Bega-Kanal	LOC.sea
Behler See	LOC.lake
Belaja	LOC.river
Belle-Isle-Straße	LOC.sea
Beltsee	LOC.sea
Benue	LOC.river
Beraun	LOC.river
Berchtesgadener Ache	LOC.river
Beresina	LOC.river
Beringmeer	LOC.sea
Beringstraße	LOC.sea
Berkel	LOC.river
Berlin-Spandauer Schifffahrtskanal	LOC.sea
Berzdorfer See	LOC.lake
Betschwa	LOC.river
Bever	LOC.river
Bevertalsperre	LOC.lake
Beyşehir-See	LOC.lake
Bibert	LOC.river
Bichelsee	LOC.lake
Bieler See	LOC.lake
Bielersee	LOC.lake
Biese	LOC.river
Bigge	LOC.river
Biggesee	LOC.lake
Bija	LOC.river
Bille	LOC.river
Biobío	LOC.river
Birs	LOC.river
Birsig	LOC.river
Biscayne Bay	LOC.sea
Biskaya	LOC.sea
Bismarcksee	LOC.sea
Bistritz	LOC.river
Biwa-See	LOC.lake
Biwasee	LOC.lake
Blauer Nil	LOC.river
Blausee	LOC.lake
Blausteinsee	LOC.lake
Bleder See	LOC.lake
Bleilochtalsperre	LOC.lake
Blies	LOC.river
Bocholter Aa	LOC.river
Bode	LOC.river
Bodensee	LOC.lake
Bodrog	LOC.river
Bodstedter Bodden	LOC.sea
Bohai	LOC.sea
Bohai-Meer	LOC.sea
Bohaimeer	LOC.sea
Boknafjord	LOC.sea
Bolsenasee	LOC.lake
Bormida	LOC.river
Bornholmsee	LOC.sea
Bosna	LOC.river
Bosporus	LOC.sea
Bostalsee	LOC.lake
Botany Bay	LOC.sea
Bottensee	LOC.sea
Bottenwiek	LOC.sea
Bottnischer Meerbusen	LOC.sea
Boyne	LOC.river
Braccianosee	LOC.lake
Brahe	LOC.river
Brahmaputra	LOC.river
Bramau	LOC.river
Breg	LOC.river
Bregenzer Ach	LOC.river
Breitach	LOC.river
Breitenauer See	LOC.lake
Breiter Luzin	LOC.lake
Breitlingsee	LOC.lake
Brend	LOC.river
Brenno	LOC.river
Brennsee	LOC.lake
Brenz	LOC.river
Brienzer See	LOC.lake
Brienzersee	LOC.lake
Brigach	LOC.river
Brisbane River	LOC.river
Bristol Channel	LOC.sea
Bristolkanal	LOC.sea
Britzer Verbindungskanal	LOC.sea
Brohlbach	LOC.river
Brombachsee	LOC.lake
Broye	LOC.river
Bröl	LOC.river
Bucht von Arcachon	LOC.sea
Bucht von Benin	LOC.sea
Bucht von Biafra	LOC.sea
Bucht von Campeche	LOC.sea
Bucht von Cádiz	LOC.sea
Bucht von Douarnenez	LOC.sea
Bucht von Guanabara	LOC.sea
Bucht von Haifa	LOC.sea
Bucht von Havanna	LOC.sea
Bucht von Kiel	LOC.sea
Bucht von Kotor	LOC.sea
Bucht von Manila	LOC.sea
Bucht von Monterey	LOC.sea
Bucht von Neapel	LOC.sea
Bucht von Odessa	LOC.sea
Bucht von Osaka	LOC.sea
Bucht von Palma	LOC.sea
Bucht von Quiberon	LOC.sea
Bucht von Saint-Malo	LOC.sea
Bucht von San Francisco	LOC.sea
Bucht von Sewastopol	LOC.sea
Bucht von Tokio	LOC.sea
Buckau	LOC.river
Butrint-See	LOC.lake
Bzura	LOC.river
Bärwalder See	LOC.lake
Bünz	LOC.river
Büyük Menderes	LOC.river
Cabot-Straße	LOC.sea
Cahora-Bassa-Stausee	LOC.lake
Calancasca	LOC.river
Caldonazzo-See	LOC.lake
Caldonazzosee	LOC.lake
Caledonian Canal	LOC.sea
Canal de Bourgogne	LOC.sea
Canal du Centre	LOC.sea
Canal du Midi	LOC.sea
Canche	LOC.river
Cape Cod Bay	LOC.sea
Cape Cod Canal	LOC.sea
Cardigan Bay	LOC.sea
Carwitzer See	LOC.lake
Cauca	LOC.river
Caumasee	LOC.lake
Celebessee	LOC.sea
Cetina	LOC.river
Chabur	LOC.river
Chamb	LOC.river
Champlainsee	LOC.lake
Chanka-See	LOC.lake
Chankasee	LOC.lake
Chao Phraya	LOC.river
Charente	LOC.river
Chari	LOC.river	Schari
Charlottenburger Verbindungskanal	LOC.sea
Chatanga	LOC.river
Chenab	LOC.river
Chesapeake Bay	LOC.sea
Chesapeake-Bucht	LOC.sea
Chicago Sanitary and Ship Canal	LOC.sea
Chiemsee	LOC.lake
Chöwsgöl Nuur	LOC.lake
Cinca	LOC.river
Clutha	LOC.river
Colorado	LOC.river
Colorado River	LOC.river
Columbia	LOC.river
Columbia River	LOC.river
Comer See	LOC.lake
Comersee	LOC.lake
Concordiasee	LOC.lake
Cook Inlet	LOC.sea
Cookstraße	LOC.sea
Cospudener See	LOC.lake
Cottbuser Ostsee	LOC.lake
Crater Lake	LOC.lake
Creuse	LOC.river
Cuanza	LOC.river
Dahme	LOC.river
Dal-See	LOC.lake
Dalälven	LOC.river
Danziger Bucht	LOC.sea
Dardanellen	LOC.sea
Darling River	LOC.river
Datteln-Hamm-Kanal	LOC.sea
Daugava	LOC.river
Dauner Maare	LOC.lake
Davisstraße	LOC.sea
Davosersee	LOC.lake
Delaware	LOC.river
Delaware Bay	LOC.sea
Delaware River	LOC.river
Delme	LOC.river
Delvenau	LOC.river
Demer	LOC.river
Dender	LOC.river
Desna	LOC.river
Deutsche Bucht	LOC.sea
Dhron	LOC.river
Dhünn	LOC.river
Dhünntalsperre	LOC.lake
Dian-See	LOC.lake
Dieksee	LOC.lake
Diemel	LOC.river
Diemelsee	LOC.lake
Dietzhölze	LOC.river
Dievenow	LOC.sea
Dijle	LOC.river
Dill	LOC.river
Dnepr	LOC.river
Dnipro	LOC.river
Dnister	LOC.river
Dnjepr	LOC.river
Dnjepr-Bug-Liman	LOC.sea
Dnjepr-Stausee	LOC.lake
Dnjestr	LOC.river
Dnjestr-Liman	LOC.sea
Dobersdorfer See	LOC.lake
Doggerbank	LOC.sea
Dojransee	LOC.lake
Dollart	LOC.sea
Don	LOC.river
Donau	LOC.river
Donau-Oder-Kanal	LOC.sea
Donau-Schwarzmeer-Kanal	LOC.sea
Donau-Theiß-Donau-Kanal	LOC.sea
Donaukanal	LOC.sea
Donez	LOC.river
Dongting-See	LOC.lake
Dongtingsee	LOC.lake
Dora Baltea	LOC.river
Dora Riparia	LOC.river
Dordogne	LOC.river
Dornbirner Ach	LOC.river
Dortmund-Ems-Kanal	LOC.sea
Dosse	LOC.river
Doubs	LOC.river
Douro	LOC.river
Drake-Passage	LOC.sea
Drakestraße	LOC.sea
Drammenselva	LOC.river
Drance	LOC.river
Drau	LOC.river
Drausensee	LOC.lake
Dreiburgensee	LOC.lake
Dreisam	LOC.river
Drewitzer See	LOC.lake
Drina	LOC.river
Drwęca	LOC.river
Drâa	LOC.river
Drôme	LOC.river
Dublin Bay	LOC.sea
Duero	LOC.river
Dunajec	LOC.river
Durance	LOC.river
Durme	LOC.river
Dämeritzsee	LOC.lake
Dänemarkstraße	LOC.sea
Dörsbach	LOC.river
Dümmer	LOC.lake
Düna	LOC.river
Dürrensee	LOC.lake
Düte	LOC.river
East River	LOC.river
Ebnisee	LOC.lake
Ebro	LOC.river
Echaz	LOC.river
Eckbach	LOC.river
Eckernförder Bucht	LOC.sea
Eckertalsperre	LOC.lake
Eder	LOC.river
Edersee	LOC.lake
Eduard-See	LOC.lake
Eduardsee	LOC.lake
Edwardsee	LOC.lake
Efze	LOC.river
Egau	LOC.river
Eger	LOC.river
Eibsee	LOC.lake
Eider	LOC.river
Eiderkanal	LOC.sea
Eipel	LOC.river
Eisack	LOC.river
Eixendorfer See	LOC.lake
Elbbach	LOC.river
Elbe	LOC.river
Elbe-Havel-Kanal	LOC.sea
Elbe-Lübeck-Kanal	LOC.sea
Elbe-Seitenkanal	LOC.sea
Elbe-Weser-Schifffahrtsweg	LOC.sea
Elbmündung	LOC.sea
Elde	LOC.river
Elfrather See	LOC.lake
Ellertshäuser See	LOC.lake
Elsava	LOC.river
Elsenz	LOC.river
Elster-Saale-Kanal	LOC.sea
Elz	LOC.river
Elzbach	LOC.river
Emajõgi	LOC.river
Emme	LOC.river
Ems	LOC.river
Ems-Jade	LOC.river
Ems-Jade-Kanal	LOC.sea
Ems-Vechte-Kanal	LOC.sea
Emsbach	LOC.river
Emscher	LOC.river
Endert	LOC.river
Engelberger Aa	LOC.river
Engstlensee	LOC.lake
Ennepe	LOC.river
Enns	LOC.river
Enz	LOC.river
Epte	LOC.river
Erf	LOC.river
Erft	LOC.river
Ergolz	LOC.river
Erhai	LOC.lake
Erie-Kanal	LOC.sea
Eriekanal	LOC.sea
Eriesee	LOC.lake
Erlaufsee	LOC.lake
Erms	LOC.river
Escaut	LOC.river
Esla	LOC.river
Esrum Sø	LOC.lake
Essequibo	LOC.river
Essonne	LOC.river
Este	LOC.river
Etsch	LOC.river
Euphrat	LOC.river
Europäisches Nordmeer	LOC.sea
Evros	LOC.river
Ewiges Meer	LOC.lake
Exter	LOC.river
Eyach	LOC.river
Eyresee	LOC.lake
Eğirdir-See	LOC.lake
Faaker See	LOC.lake
False Bay	LOC.sea
Faules Meer	LOC.sea
Faxaflói	LOC.sea
Federsee	LOC.lake
Fehmarnbelt	LOC.sea
Fehmarnsund	LOC.sea
Felda	LOC.river
Feldaist	LOC.river
Feldsee	LOC.lake
Femunden	LOC.lake
Fertő	LOC.lake
Fichtelnaab	LOC.river
Fils	LOC.river
Finnischer Meerbusen	LOC.sea
Finow	LOC.river
Finowkanal	LOC.sea
Firth of Clyde	LOC.sea
Firth of Forth	LOC.sea
Fischa	LOC.river
Fleesensee	LOC.lake
Flensburger Förde	LOC.sea
Floressee	LOC.sea
Floridastraße	LOC.sea
Flughafensee	LOC.lake
Forggensee	LOC.lake
Formarinsee	LOC.lake
Formosastraße	LOC.sea
Foveauxstraße	LOC.sea
Foxe-Becken	LOC.sea
Foyle	LOC.river
Framstraße	LOC.sea
Fraser River	LOC.river
Freiberger Mulde	LOC.river
Frenke	LOC.river
Frisches Haff	LOC.sea
Fritzbach	LOC.river
Frutz	LOC.river
Fränkische Rezat	LOC.river
Fränkische Saale	LOC.river
Fuhne	LOC.river
Fuhse	LOC.river
Fulda	LOC.river
Fundybucht	LOC.sea
Furesø	LOC.lake
Fuscher Ache	LOC.river
Fuschlsee	LOC.lake
Fählensee	LOC.lake
Fürwiggetalsperre	LOC.lake
Gail	LOC.river
Gaißa	LOC.river
Galenbecker See	LOC.lake
Galveston Bay	LOC.sea
Galway Bay	LOC.sea
Gambia	LOC.river
Gande	LOC.river
Ganges	LOC.river
Gard	LOC.river
Gardasee	LOC.lake
Garigliano	LOC.river
Garonne	LOC.river
Gasteiner Ache	LOC.river
Gatun-See	LOC.sea
Gatúnsee	LOC.sea
Gauchach	LOC.river
Gauja	LOC.river
Gave de Pau	LOC.river
Geierswalder See	LOC.lake
Geirangerfjord	LOC.sea
Geiseltalsee	LOC.lake
Gelbach	LOC.river
Gelber Fluss	LOC.river
Gelbes Meer	LOC.sea
Gelmersee	LOC.lake
Gemündener Maar	LOC.lake
Genezareth	LOC.lake
Genfer See	LOC.lake
Genfersee	LOC.lake
Genil	LOC.river
Gennach	LOC.river
Gent-Terneuzen-Kanal	LOC.sea
Georgia-Straße	LOC.sea
Gera	LOC.river
Gersprenz	LOC.river
Gilsa	LOC.river
Glan	LOC.river
Glaswaldsee	LOC.lake
Glatzer Neiße	LOC.river
Glems	LOC.river
Glenne	LOC.river
Glomma	LOC.river
Glotter	LOC.river
Godavari	LOC.river
Goitzschesee	LOC.lake
Golf von Aden	LOC.sea
Golf von Ajaccio	LOC.sea
Golf von Akaba	LOC.sea
Golf von Alaska	LOC.sea
Golf von Almería	LOC.sea
Golf von Amerika	LOC.sea	Golf von Mexiko
Golf von Antalya	LOC.sea
Golf von Aqaba	LOC.sea
Golf von Bengalen	LOC.sea
Golf von Biskaya	LOC.sea
Golf von Bohai	LOC.sea
Golf von Bothnia	LOC.sea
Golf von Campeche	LOC.sea
Golf von Carpentaria	LOC.sea
Golf von Cádiz	LOC.sea
Golf von Darién	LOC.sea
Golf von Fonseca	LOC.sea
Golf von Gabès	LOC.sea
Golf von Gaeta	LOC.sea
Golf von Genua	LOC.sea
Golf von Guayaquil	LOC.sea
Golf von Guinea	LOC.sea
Golf von Hammamet	LOC.sea
Golf von Honduras	LOC.sea
Golf von Iskenderun	LOC.sea
Golf von Izmit	LOC.sea
Golf von Kachchh	LOC.sea
Golf von Kalifornien	LOC.sea
Golf von Kavala	LOC.sea
Golf von Khambhat	LOC.sea
Golf von Korinth	LOC.sea
Golf von Lion	LOC.sea
Golf von Maine	LOC.sea
Golf von Manfredonia	LOC.sea
Golf von Mannar	LOC.sea
Golf von Martaban	LOC.sea
Golf von Masira	LOC.sea
Golf von Mexiko	LOC.sea
Golf von Neapel	LOC.sea
Golf von Oman	LOC.sea
Golf von Panama	LOC.sea
Golf von Papua	LOC.sea
Golf von Paria	LOC.sea
Golf von Patras	LOC.sea
Golf von Riga	LOC.sea
Golf von Rosas	LOC.sea
Golf von Saint-Malo	LOC.sea
Golf von Saint-Tropez	LOC.sea
Golf von Salerno	LOC.sea
Golf von San Jorge	LOC.sea
Golf von San Matías	LOC.sea
Golf von Saros	LOC.sea
Golf von Siam	LOC.sea
Golf von Sirte	LOC.sea
Golf von Squillace	LOC.sea
Golf von St. Lawrence	LOC.sea
Golf von Sues	LOC.sea
Golf von Suez	LOC.sea
Golf von Tadjoura	LOC.sea
Golf von Tarent	LOC.sea
Golf von Tehuantepec	LOC.sea
Golf von Thailand	LOC.sea
Golf von Thessaloniki	LOC.sea
Golf von Tonkin	LOC.sea
Golf von Triest	LOC.sea
Golf von Tunis	LOC.sea
Golf von Urabá	LOC.sea
Golf von Valencia	LOC.sea
Golf von Venedig	LOC.sea
Golf von Venezuela	LOC.sea
Golf von İskenderun	LOC.sea
Golf von İzmit	LOC.sea
Gollach	LOC.river
Goplosee	LOC.lake
Gosausee	LOC.lake
Gotlandsee	LOC.sea
Gottleuba	LOC.river
Grabensee	LOC.lake
Grand Union Canal	LOC.sea
Granetalsperre	LOC.lake
Greifensee	LOC.lake
Greifswalder Bodden	LOC.sea
Greyerzersee	LOC.lake
Griebnitzsee	LOC.lake
Grienericksee	LOC.lake
Grimnitzsee	LOC.lake
Grimselsee	LOC.lake
Groß Glienicker See	LOC.lake
Großarler Ache	LOC.river
Große Aue	LOC.river
Große Australische Bucht	LOC.sea
Große Dhünntalsperre	LOC.lake
Große Laber	LOC.river
Große Morava	LOC.river
Große Mühl	LOC.river
Große Ohe	LOC.river
Große Röder	LOC.river
Große Seen	LOC.lake
Große Seen Nordamerikas	LOC.lake
Große Syrte	LOC.sea
Große Tulln	LOC.river
Große Vils	LOC.river
Großer Alpsee	LOC.lake
Großer Arbersee	LOC.lake
Großer Belt	LOC.sea
Großer Brombachsee	LOC.lake
Großer Bärensee	LOC.lake
Großer Eutiner See	LOC.lake
Großer Müggelsee	LOC.lake
Großer Plöner See	LOC.lake
Großer Salzsee	LOC.lake
Großer Segeberger See	LOC.lake
Großer Sklavensee	LOC.lake
Großer Stechlinsee	LOC.lake
Großer Wannsee	LOC.lake
Großer Wentowsee	LOC.lake
Großer Zernsee	LOC.lake
Großes Meer	LOC.lake
Grundlsee	LOC.lake
Gräbendorfer See	LOC.lake
Gröberner See	LOC.lake
Grönlandsee	LOC.sea
Gründlach	LOC.river
Guadalquivir	LOC.river
Guadiana	LOC.river
Guanabara-Bucht	LOC.sea
Guantánamo-Bucht	LOC.sea
Gudenå	LOC.river
Guldenbach	LOC.river
Gusen	LOC.river
Gölsen	LOC.river
Göltzsch	LOC.river
Göta älv	LOC.river
Göta-Kanal	LOC.sea
Götakanal	LOC.sea
Gülper See	LOC.lake
Gürbe	LOC.river
Ha-Long-Bucht	LOC.sea
Habbaniyya-See	LOC.lake
Hahnenbach	LOC.river
Haidenaab	LOC.river
Haidersee	LOC.lake
Hainer See	LOC.lake
Haldensee	LOC.lake
Hallstätter See	LOC.lake
Hallwilersee	LOC.lake
Halmaherasee	LOC.sea
Halong-Bucht	LOC.sea
Halys	LOC.river
Hamel	LOC.river
Hamun-See	LOC.lake
Han-Fluss	LOC.river
Happurger Stausee	LOC.lake
Hardangerfjord	LOC.sea
Harkortsee	LOC.lake
Hase	LOC.river
Haurakigolf	LOC.sea
Havel	LOC.river
Havel-Oder-Wasserstraße	LOC.sea
Havelkanal	LOC.sea
Haßlach	LOC.river
Heidenaab	LOC.river
Heiliger See	LOC.lake
Heiterwanger See	LOC.lake
Helenesee	LOC.lake
Helgoländer Bucht	LOC.sea
Helmand	LOC.river
Hengsteysee	LOC.lake
Hennesee	LOC.lake
Hernad	LOC.river
Hinterrhein	LOC.river
Hintersteiner See	LOC.lake
Hjälmaren	LOC.lake
Hochrhein	LOC.river
Hohenwartetalsperre	LOC.lake
Hohenzollernkanal	LOC.sea
Hohwachter Bucht	LOC.sea
Holtemme	LOC.river
Hooghly	LOC.river
Hopfensee	LOC.lake
Hoppecke	LOC.river
Horloff	LOC.river
Hornavan	LOC.lake
Horyn	LOC.river
Hron	LOC.river
Huai He	LOC.river
Huang He	LOC.river
Hudson	LOC.river
Hudson Bay	LOC.sea
Hudson River	LOC.river
Hudsonbucht	LOC.sea
Hudsonstraße	LOC.sea
Humber	LOC.river
Hunte	LOC.river
Hunte-Ems-Kanal	LOC.sea
Huronsee	LOC.lake
Hydaspes	LOC.river
Hérault	LOC.river
Hönne	LOC.river
Hörsel	LOC.river
Hüttnersee	LOC.lake
IJssel	LOC.river
Ialomița	LOC.river
Ibar	LOC.river
Idrosee	LOC.lake
Igelsbachsee	LOC.lake
Iglawa	LOC.river
Iguazú	LOC.river	Iguaçu
Iguaçu	LOC.river
Ihlekanal	LOC.sea
Ihna	LOC.river
Ijssel	LOC.river
Iller	LOC.river
Ilm	LOC.river
Ilme	LOC.river
Ilmenau	LOC.river
Ilmensee	LOC.lake
Ilz	LOC.river
Inarijärvi	LOC.lake
Inarisee	LOC.lake
Indalsälven	LOC.river
Inde	LOC.river
Indigirka	LOC.river
Indik	LOC.sea
Indischer Ozean	LOC.sea
Indre	LOC.river
Indus	LOC.river
Ingul	LOC.river
Inguri	LOC.river
Inhul	LOC.river
Inhulez	LOC.river
Inle-See	LOC.lake
Inlesee	LOC.lake
Inn	LOC.river
Innerste	LOC.river
Innerstetalsperre	LOC.lake
Inselsee	LOC.lake
Intracoastal Waterway	LOC.sea
Ionisches Meer	LOC.sea
Irbenstraße	LOC.sea
Irische See	LOC.sea
Irrawaddy	LOC.river
Irrsee	LOC.lake
Irtysch	LOC.river
Isar	LOC.river
Ischim	LOC.river
Isel	LOC.river
Isenach	LOC.river
Iseosee	LOC.lake
Iser	LOC.river
Iskanderkul	LOC.lake
Iskar	LOC.river
Isonzo	LOC.river
Issel	LOC.river
Issyk-Kul	LOC.lake
Isère	LOC.river
Itaipú-Stausee	LOC.lake
Itz	LOC.river
Iznik-See	LOC.lake
Jachen	LOC.river
Jade	LOC.river
Jadebusen	LOC.sea
Jagst	LOC.river
James Bay	LOC.sea
Jamesbucht	LOC.sea
Jamuna	LOC.river
Jangtse	LOC.river
Jangtsekiang	LOC.river
Jantra	LOC.river
Japanisches Meer	LOC.sea
Jarama	LOC.river
Jasmunder Bodden	LOC.sea
Javasee	LOC.sea
Jaxartes	LOC.river
Jeetzel	LOC.river
Jenissei	LOC.river
Jenissei-Golf	LOC.sea
Jezioro Łebsko	LOC.lake
Jiu	LOC.river
Jonglei-Kanal	LOC.sea
Jordan	LOC.river
Juan-de-Fuca-Straße	LOC.sea
Julianakanal	LOC.sea
Jungfernsee	LOC.lake
Juruá	LOC.river
Jäglitz	LOC.river
Júcar	LOC.river
Jümme	LOC.river
Kachowka-Stausee	LOC.lake
Kachowkaer Stausee	LOC.lake
Kagera	LOC.river
Kainji-Stausee	LOC.lake
Kaiserkanal	LOC.sea
Kaledonischer Kanal	LOC.sea
Kalixälven	LOC.river
Kallavesi	LOC.lake
Kalmarsund	LOC.sea
Kalmius	LOC.river
Kalterer See	LOC.lake
Kama	LOC.river
Kammersee	LOC.lake
Kamp	LOC.river
Kamtschija	LOC.river
Kanal Gent-Terneuzen	LOC.sea
Kanal Istanbul	LOC.sea
Kanal von Korinth	LOC.sea
Kanal von Mosambik	LOC.sea
Kandalakscha-Bucht	LOC.sea
Kander	LOC.river
Kanzach	LOC.river
Karakum-Kanal	LOC.sea
Karaoun-See	LOC.lake
Karasee	LOC.sea
Karersee	LOC.lake
Kariba-Stausee	LOC.lake
Karibasee	LOC.lake
Karibische See	LOC.sea
Karibisches Meer	LOC.sea
Karimata-Straße	LOC.sea
Karkinitbucht	LOC.sea
Karl-Heine-Kanal	LOC.sea
Karthane	LOC.river
Karun	LOC.river
Kasenyj Torez	LOC.river
Kaspisches Meer	LOC.sea
Kaspisee	LOC.sea
Kattegat	LOC.sea
Katzbach	LOC.river
Kaveri	LOC.river
Kawaguchi-See	LOC.lake
Keitele	LOC.lake
Kellersee	LOC.lake
Keltische See	LOC.sea
Kemijoki	LOC.river
Kemnader See	LOC.lake
Kertsch-Straße	LOC.sea
Keutschacher See	LOC.lake
Khövsgöl-See	LOC.lake
Kiel-Kanal	LOC.sea
Kieler Bucht	LOC.sea
Kieler Förde	LOC.sea
Kiewer Meer	LOC.lake
Kiewer Stausee	LOC.lake
Kinzig	LOC.river
Kirnitzsch	LOC.river
Kivusee	LOC.lake
Klarälven	LOC.river
Kleine Elster	LOC.river
Kleine Emme	LOC.river
Kleine Laber	LOC.river
Kleine Mühl	LOC.river
Kleine Syrte	LOC.sea
Kleine Vils	LOC.river
Kleiner Belt	LOC.sea
Kleiner Brombachsee	LOC.lake
Kleiner Wannsee	LOC.lake
Kleines Haff	LOC.sea
Kljasma	LOC.river
Klopeiner See	LOC.lake
Klöntalersee	LOC.lake
Knappensee	LOC.lake
Kochelsee	LOC.lake
Kocher	LOC.river
Kokonor	LOC.lake
Kolyma	LOC.river
Kongo	LOC.river
Kops-Stausee	LOC.lake
Korallenmeer	LOC.sea
Koreabucht	LOC.sea
Koreastraße	LOC.sea
Korinth-Kanal	LOC.sea
Kossau	LOC.river
Kraich	LOC.river
Krakower See	LOC.lake
Kreisch	LOC.river
Krementschuker Stausee	LOC.lake
Kretisches Meer	LOC.sea
Krimmler Ache	LOC.river
Krka	LOC.river
Krumme Lanke	LOC.lake
Krückau	LOC.river
Kuban	LOC.river
Kubitzer Bodden	LOC.sea
Kuibyschewer Stausee	LOC.lake
Kulkwitzer See	LOC.lake
Kummerower See	LOC.lake
Kunene	LOC.river
Kupa	LOC.river
Kura	LOC.river
Kurisches Haff	LOC.sea
Kvarner	LOC.sea
Kvarner-Bucht	LOC.sea
Kwanza	LOC.river
Kyll	LOC.river
Kymijoki	LOC.river
Kyogasee	LOC.lake
Kölpinsee	LOC.lake
Königssee	LOC.lake
Königsseeache	LOC.river
Körsch	LOC.river
Körös	LOC.river
Kössein	LOC.river
Küddow	LOC.river
Küstenkanal	LOC.sea
Kızılırmak	LOC.river
La-Pérouse-Straße	LOC.sea
Laacher See	LOC.lake
Laborec	LOC.river
Labradorsee	LOC.sea
Lac Léman	LOC.lake
Lac de Grand-Lieu	LOC.lake
Lac de Gérardmer	LOC.lake
Lac de Joux	LOC.lake
Lac de Madine	LOC.lake
Lac de Moiry	LOC.lake
Lac de Neuchâtel	LOC.lake
Lac de Paladru	LOC.lake
Lac de Sainte-Croix	LOC.lake
Lac de Serre-Ponçon	LOC.lake
Lac de Vassivière	LOC.lake
Lac de la Gruyère	LOC.lake
Lac des Dix	LOC.lake
Lac du Bourget	LOC.lake
Lac du Der	LOC.lake
Lac d’Annecy	LOC.lake
Lac d’Émosson	LOC.lake
Laccadivensee	LOC.sea
Ladogasee	LOC.lake
Lago Argentino	LOC.lake
Lago Bianco	LOC.lake
Lago General Carrera	LOC.lake
Lago Maggiore	LOC.lake
Lago Nahuel Huapi	LOC.lake
Lago Trasimeno	LOC.lake
Lago de Atitlán	LOC.lake
Lago de Maracaibo	LOC.lake
Lago di Bolsena	LOC.lake
Lago di Bracciano	LOC.lake
Lago di Braies	LOC.lake
Lago di Como	LOC.lake
Lago di Garda	LOC.lake
Lago di Lei	LOC.lake
Lago di Lugano	LOC.lake
Lago di Misurina	LOC.lake
Lago di Molveno	LOC.lake
Lago di Poschiavo	LOC.lake
Lago di Scanno	LOC.lake
Lago di Varese	LOC.lake
Lago di Vico	LOC.lake
Lago di Vogorno	LOC.lake
Lago d’Iseo	LOC.lake
Lago d’Orta	LOC.lake
Lagoa dos Patos	LOC.lake
Lahn	LOC.river
Lainsitz	LOC.river
Lake Burley Griffin	LOC.lake
Lake Champlain	LOC.lake
Lake Erie	LOC.lake
Lake Eyre	LOC.lake
Lake Huron	LOC.lake
Lake Louise	LOC.lake
Lake Malawi	LOC.lake
Lake Mead	LOC.lake
Lake Michigan	LOC.lake
Lake Okeechobee	LOC.lake
Lake Ontario	LOC.lake
Lake Placid	LOC.lake
Lake Powell	LOC.lake
Lake Superior	LOC.lake
Lake Tahoe	LOC.lake
Lake Tanganyika	LOC.lake
Lake Taupo	LOC.lake
Lake Victoria	LOC.lake
Lake Wakatipu	LOC.lake
Lake Winnipeg	LOC.lake
Lake of the Woods	LOC.lake
Lakkadivensee	LOC.sea
Lambro	LOC.river
Lammer	LOC.river
Lancastersund	LOC.sea
Landwasser	LOC.river
Landwehrkanal	LOC.sea
Langbathsee	LOC.lake
Langener Waldsee	LOC.lake
Langensee	LOC.lake
Langer See	LOC.lake
Lanker See	LOC.lake
Laptewsee	LOC.sea
Lauchert	LOC.river
Laudachsee	LOC.lake
Lauerzersee	LOC.lake
Lausitzer Neiße	LOC.river
Lauter	LOC.river
Laßnitz	LOC.river
Lebasee	LOC.lake
Lech	LOC.river
Ledrosee	LOC.lake
Leie	LOC.river	Lys
Leine	LOC.river
Leitha	LOC.river
Leitzach	LOC.river
Lej da Segl	LOC.lake
Lej da Silvaplauna	LOC.lake
Lek	LOC.river
Lenne	LOC.river
Leopoldsteiner See	LOC.lake
Levantinisches Meer	LOC.sea
Levantisches Meer	LOC.sea
Levico-See	LOC.lake
Libysches Meer	LOC.sea
Lielupe	LOC.river
Lieps	LOC.lake
Lietzensee	LOC.lake
Liffey	LOC.river
Ligurisches Meer	LOC.sea
Limmat	LOC.river
Limpopo	LOC.river
Lincolnsee	LOC.sea
Linth	LOC.river
Lipno	LOC.lake
Lipno-Stausee	LOC.lake
Lippe	LOC.river
Liptauer Stausee	LOC.lake
Lister Tief	LOC.sea
Listertalsperre	LOC.lake
Litani	LOC.river
Livenza	LOC.river
Ljusnan	LOC.river
Llobregat	LOC.river
Loch Lomond	LOC.lake
Loch Ness	LOC.lake
Logone	LOC.river
Loing	LOC.river
Loir	LOC.river
Loire	LOC.river
Loisach	LOC.river
Lombokstraße	LOC.sea
Long Island Sound	LOC.sea
Loquitz	LOC.river
Lorze	LOC.river
Losheimer Stausee	LOC.lake
Lough Neagh	LOC.lake
Lowat	LOC.river
Lualaba	LOC.river
Ludwig-Donau-Main-Kanal	LOC.sea
Ludwigskanal	LOC.sea
Luganer See	LOC.lake
Luganersee	LOC.lake
Luhe	LOC.river
Luleälven	LOC.river
Lungerersee	LOC.lake
Lunzer See	LOC.lake
Luppe	LOC.river
Luschnitz	LOC.river
Luzonstraße	LOC.sea
Lys	LOC.river
Lysefjord	LOC.sea
Längsee	LOC.lake
Lågen	LOC.river
Löbauer Wasser	LOC.river
Löwengolf	LOC.sea
Löwentinsee	LOC.lake
Lübecker Bucht	LOC.sea
Lühe	LOC.river
Lünersee	LOC.lake
Lütschine	LOC.river
Lützelsee	LOC.lake
Maas	LOC.river
Maas-Waal-Kanal	LOC.sea
Mackenzie River	LOC.river
Magdalena	LOC.river
Magellanstraße	LOC.sea
Maggia	LOC.river
Mahanadi	LOC.river
Main	LOC.river
Main-Donau-Kanal	LOC.sea
Makassarstraße	LOC.sea
Malakkastraße	LOC.sea
Malawisee	LOC.lake
Malchiner See	LOC.lake
Malchower See	LOC.lake
Malxe	LOC.river
Mamry	LOC.lake
Managua-See	LOC.lake
Managuasee	LOC.lake
Manchester Ship Canal	LOC.sea
Mandau	LOC.river
Mangfall	LOC.river
Mar Chiquita	LOC.lake
Maracaibo-See	LOC.lake
Maracaibosee	LOC.lake
Marañón	LOC.river
March	LOC.river
Marchfeldkanal	LOC.sea
Mariza	LOC.river
Markkleeberger See	LOC.lake
Marmarameer	LOC.sea
Marne	LOC.river
Maros	LOC.river
Maschsee	LOC.lake
Massachusetts Bay	LOC.sea
Mattig	LOC.river
Mauersee	LOC.lake
Max-Eyth-See	LOC.lake
Mecklenburger Bucht	LOC.sea
Medem	LOC.river
Medjerda	LOC.river
Medway	LOC.river
Meerenge Bab al-Mandab	LOC.sea
Meerenge von Gibraltar	LOC.sea
Meerenge von Hormus	LOC.sea
Meerenge von Kertsch	LOC.sea
Meerenge von Messina	LOC.sea
Meerfelder Maar	LOC.lake
Mekong	LOC.river
Melchsee	LOC.lake
Meldorfer Bucht	LOC.sea
Melezza	LOC.river
Memel	LOC.river
Mesen	LOC.river
Mesenbucht	LOC.sea
Mesta	LOC.river
Metauro	LOC.river
Metter	LOC.river
Meurthe	LOC.river
Meuse	LOC.river
Michigansee	LOC.lake
Mieresch	LOC.river
Mildenitz	LOC.river
Millstätter See	LOC.lake
Mincio	LOC.river
Mindanaosee	LOC.sea
Mindelsee	LOC.lake
Mississippi	LOC.river
Mississippi River	LOC.river
Missouri	LOC.river
Missouri River	LOC.river
Misurinasee	LOC.lake
Mittellandkanal	LOC.sea
Mittelmeer	LOC.sea
Mittelrhein	LOC.river
Mius	LOC.river
Miño	LOC.river
Mjøsa	LOC.lake
Mobile Bay	LOC.sea
Modau	LOC.river
Moesa	LOC.river
Moldau	LOC.river
Moldaustausee	LOC.lake
Molotschna	LOC.river
Molukkensee	LOC.sea
Molvenosee	LOC.lake
Mona-Passage	LOC.sea
Mondego	LOC.river
Mondsee	LOC.lake
Monterey Bay	LOC.sea
Montiggler See	LOC.lake
Moonsund	LOC.sea
Morava	LOC.river
Moray Firth	LOC.sea
Morača	LOC.river
Morecambe Bay	LOC.sea
Mosambikstraße	LOC.sea
Mosel	LOC.river
Moskau-Kanal	LOC.sea
Mossul-Stausee	LOC.lake
Moulouya	LOC.river
Msta	LOC.river
Mulde	LOC.river
Muldestausee	LOC.lake
Mummelsee	LOC.lake
Muota	LOC.river
Mur	LOC.river
Mureș	LOC.river	Mieresch
Murg	LOC.river
Murgsee	LOC.lake
Murner See	LOC.lake
Murr	LOC.river
Murray River	LOC.river
Murrumbidgee	LOC.river
Murtensee	LOC.lake
Mwerusee	LOC.lake
Mälaren	LOC.lake
Möhne	LOC.river
Möhnesee	LOC.lake
Möll	LOC.river
Mözener See	LOC.lake
Müggelsee	LOC.lake
Müglitz	LOC.river
Mümling	LOC.river
Müritz	LOC.lake
Müritz-Elde-Wasserstraße	LOC.sea
Müritz-Havel-Wasserstraße	LOC.sea
Mürz	LOC.river
Mývatn	LOC.lake
Naab	LOC.river
Naafbach	LOC.river
Nagold	LOC.river
Nagoldtalsperre	LOC.lake
Nahe	LOC.river
Nahuel-Huapi-See	LOC.lake
Naivashasee	LOC.lake
Nakurusee	LOC.lake
Naratsch	LOC.lake
Nares-Straße	LOC.sea
Narew	LOC.river
Narmada	LOC.river
Narotsch-See	LOC.lake
Narva	LOC.river
Nassersee	LOC.lake
Natronsee	LOC.lake
Neckar	LOC.river
Neckarkanal	LOC.sea
Necker	LOC.river
Neiße	LOC.river
Neman	LOC.river
Nemisee	LOC.lake
Nemunas	LOC.river
Neretva	LOC.river
Neris	LOC.river
Nervión	LOC.river
Nesse	LOC.river
Nete	LOC.river
Nethe	LOC.river
Netze	LOC.river
Neuenburger See	LOC.lake
Neuenburgersee	LOC.lake
Neuköllner Schifffahrtskanal	LOC.sea
Neumagen	LOC.river
Neusiedler See	LOC.lake
Neustädter Bucht	LOC.sea
Newa	LOC.river
Niagara River	LOC.river
Nicaragua-Kanal	LOC.sea
Nicaraguasee	LOC.lake
Nidda	LOC.river
Nidder	LOC.river
Nied	LOC.river
Niederrhein	LOC.river
Niedersee	LOC.lake
Niedersonthofener See	LOC.lake
Nieplitz	LOC.river
Niers	LOC.river
Niger	LOC.river
Nil	LOC.river
Nims	LOC.river
Njassasee	LOC.lake
Njemen	LOC.river
Nord-Krim-Kanal	LOC.sea
Nord-Ostsee-Kanal	LOC.sea
Nordatlantik	LOC.sea
Norderhever	LOC.sea
Nordfjord	LOC.sea
Nordhorn-Almelo-Kanal	LOC.sea
Nordkanal	LOC.sea
Nordkrimkanal	LOC.sea
Nordmeer	LOC.sea
Nordostpassage	LOC.sea
Nordpazifik	LOC.sea
Nordpolarmeer	LOC.sea
Nordsee	LOC.sea
Nordseekanal	LOC.sea
Nordseeküste	LOC.sea
Nordwestpassage	LOC.sea
Norwegische See	LOC.sea
Notte	LOC.river
Nuhne	LOC.river
Numedalslågen	LOC.river
Nussbaumersee	LOC.lake
Nuthe	LOC.river
Näsijärvi	LOC.lake
Nærøyfjord	LOC.sea
Nördliche Dwina	LOC.river
Ob-Busen	LOC.sea
Obbusen	LOC.sea
Oberaarsee	LOC.lake
Oberer See	LOC.lake
Oberrhein	LOC.river
Obersee	LOC.lake
Obertrumer See	LOC.lake
Ochotskisches Meer	LOC.sea
Ochtum	LOC.river
Oder	LOC.river
Oder-Havel-Kanal	LOC.sea
Oder-Spree-Kanal	LOC.sea
Oderhaff	LOC.sea
Odertalsperre	LOC.lake
Oeschinensee	LOC.lake
Ofanto	LOC.river
Offensee	LOC.lake
Oglio	LOC.river
Ognon	LOC.river
Ogooué	LOC.river
Ogosta	LOC.river
Ohio	LOC.river
Ohio River	LOC.river
Ohra	LOC.river
Ohratalsperre	LOC.lake
Ohre	LOC.river
Ohridsee	LOC.lake
Oise	LOC.river
Oka	LOC.river
Okavango	LOC.river
Oker	LOC.river
Okertalsperre	LOC.lake
Olef	LOC.river
Olenjok	LOC.river
Olsa	LOC.river
Olt	LOC.river
Ombrone	LOC.river
Ondava	LOC.river
Onegabucht	LOC.sea
Onegasee	LOC.lake
Ontariosee	LOC.lake
Oppa	LOC.river
Oranje	LOC.river
Orankesee	LOC.lake
Orava-Stausee	LOC.lake
Orb	LOC.river
Orinoco	LOC.river
Orinoko	LOC.river
Orke	LOC.river
Orlík-Stausee	LOC.lake
Orne	LOC.river
Orontes	LOC.river
Orpe	LOC.river
Ortasee	LOC.lake
Osam	LOC.river
Oskil	LOC.river
Oslofjord	LOC.sea
Ossiacher See	LOC.lake
Ostchinesisches Meer	LOC.sea
Oste	LOC.river
Osterseen	LOC.lake
Ostkoreabucht	LOC.sea
Ostrawitza	LOC.river
Ostsee	LOC.sea
Ostseeküste	LOC.sea
Ostsibirische See	LOC.sea
Otava	LOC.river
Ottensteiner Stausee	LOC.lake
Oulujoki	LOC.river
Oulujärvi	LOC.lake
Ourthe	LOC.river
Ouse	LOC.river
Oxus	LOC.river
Pader	LOC.river
Palkstraße	LOC.sea
Palten	LOC.river
Panamakanal	LOC.sea
Panaro	LOC.river
Pangong Tso	LOC.lake
Pangong-See	LOC.lake
Paraguay	LOC.river
Paraná	LOC.river
Parsteiner See	LOC.lake
Parthe	LOC.river
Partnach	LOC.river
Partwitzer See	LOC.lake
Pas de Calais	LOC.sea
Pazifik	LOC.sea
Pazifischer Ozean	LOC.sea
Peene	LOC.river
Peenestrom	LOC.sea
Pegnitz	LOC.river
Peipussee	LOC.lake
Pentland Firth	LOC.sea
Perlfluss	LOC.river
Persante	LOC.river
Perschling	LOC.river
Persischer Golf	LOC.sea
Petschora	LOC.river
Petschorasee	LOC.sea
Pfinz	LOC.river
Pfrimm	LOC.river
Pfäffikersee	LOC.lake
Philippinensee	LOC.sea
Piave	LOC.river
Piburger See	LOC.lake
Pielach	LOC.river
Pielinen	LOC.lake
Piesting	LOC.river
Pilcomayo	LOC.river
Pilica	LOC.river
Pilsensee	LOC.lake
Pinka	LOC.river
Pinnau	LOC.river
Pisuerga	LOC.river
Pitze	LOC.river
Piva	LOC.river
Plansee	LOC.lake
Platte River	LOC.river
Plattensee	LOC.lake
Plauer See	LOC.lake
Pleiße	LOC.river
Plessur	LOC.river
Plötzensee	LOC.lake
Pommersche Bucht	LOC.sea
Poopó-See	LOC.lake
Porsangerfjord	LOC.sea
Port Phillip Bay	LOC.sea
Poschiavino	LOC.river
Postsee	LOC.lake
Potomac	LOC.river
Potomac River	LOC.river
Poyang-See	LOC.lake
Poyangsee	LOC.lake
Pragser Wildsee	LOC.lake
Pregel	LOC.river
Prespasee	LOC.lake
Pressegger See	LOC.lake
Prims	LOC.river
Primstalsperre	LOC.lake
Prince William Sound	LOC.sea
Prinz-William-Sund	LOC.sea
Pripjat	LOC.river
Prorer Wiek	LOC.sea
Prosna	LOC.river
Pruth	LOC.river
Prüm	LOC.river
Psel	LOC.river
Puget Sound	LOC.sea
Pulvermaar	LOC.lake
Purus	LOC.river
Putzarer See	LOC.lake
Putziger Wiek	LOC.sea
Päijänne	LOC.lake
Püttlach	LOC.river
Qinghai-See	LOC.lake
Queich	LOC.river
Rabnitz	LOC.river
Rachelsee	LOC.lake
Radolfzeller Aach	LOC.river
Rance	LOC.river
Randow	LOC.river
Randsfjorden	LOC.lake
Rangsdorfer See	LOC.lake
Rappbodetalsperre	LOC.lake
Ratzeburger See	LOC.lake
Rauriser Ache	LOC.river
Razzaza-See	LOC.lake
Recknitz	LOC.river
Red River	LOC.river
Rednitz	LOC.river
Rega	LOC.river
Regnitz	LOC.river
Reintaler See	LOC.lake
Rems	LOC.river
Rench	LOC.river
Reschensee	LOC.lake
Reuss	LOC.river
Rezat	LOC.river
Rhein	LOC.river
Rhein-Herne-Kanal	LOC.sea
Rhein-Maas-Kanal	LOC.sea
Rhein-Main-Donau-Kanal	LOC.sea
Rhein-Marne-Kanal	LOC.sea
Rhein-Rhône-Kanal	LOC.sea
Rhein-Schelde-Kanal	LOC.sea
Rheinsberger See	LOC.lake
Rhin	LOC.river
Rhone	LOC.river
Rhume	LOC.river
Rhône	LOC.river
Rienz	LOC.river
Rigaer Bucht	LOC.sea
Rigaer Meerbusen	LOC.sea
Rio Bravo	LOC.river	Río Bravo
Rio Grande	LOC.river
Rio de la Plata	LOC.river
Rioni	LOC.river
Risle	LOC.river
Rodach	LOC.river
Rodl	LOC.river
Rossel	LOC.river
Rossmeer	LOC.sea
Rotach	LOC.river
Rote Weißeritz	LOC.river
Roter Fluss	LOC.river
Roter Main	LOC.river
Rotes Meer	LOC.sea
Rothsee	LOC.lake
Rotsee	LOC.lake
Rott	LOC.river
Rottachsee	LOC.lake
Ruetz	LOC.river
Rufiji	LOC.river
Ruhr	LOC.river
Ruhrschifffahrtskanal	LOC.sea
Rukwasee	LOC.lake
Rummelsburger See	LOC.lake
Rupel	LOC.river
Ruppiner See	LOC.lake
Rur	LOC.river
Rursee	LOC.lake
Ruvuma	LOC.river
Ruwer	LOC.river
Rußbach	LOC.river
Rybinsker Stausee	LOC.lake
Río Bravo	LOC.river
Río Negro	LOC.river	Rio Negro
Río de la Plata	LOC.river
Rögnitz	LOC.river
Saalach	LOC.river
Saale	LOC.river
Saale-Elster-Kanal	LOC.sea
Saaler Bodden	LOC.sea
Saane	LOC.river
Saar	LOC.river
Saarkanal	LOC.sea
Sacramento River	LOC.river
Sacrow-Paretzer Kanal	LOC.sea
Sacrower See	LOC.lake
Sado	LOC.river
Sagter Ems	LOC.river
Saimaa	LOC.lake
Saint-Lawrence-Seeweg	LOC.sea
Sajó	LOC.river
Sakarya	LOC.river
Salomonensee	LOC.sea
Salton Sea	LOC.lake
Saluen	LOC.river
Salween	LOC.river
Salza	LOC.river
Salzach	LOC.river
Salzböde	LOC.river
Salzhaff	LOC.sea
Salziger See	LOC.lake
Sambesi	LOC.river
Sambre	LOC.river
Samosch	LOC.river
San Francisco Bay	LOC.sea
San Joaquin River	LOC.river
Sanaga	LOC.river
Sangha	LOC.river
Sangro	LOC.river
Sankt-Georgs-Kanal	LOC.sea
Sankt-Lorenz-Golf	LOC.sea
Sankt-Lorenz-Seeweg	LOC.sea
Sankt-Lorenz-Strom	LOC.river
Sarezsee	LOC.lake
Sargassosee	LOC.sea
Sarner Aa	LOC.river
Sarnersee	LOC.lake
Saronischer Golf	LOC.sea
Sarre	LOC.river
Sarthe	LOC.river
Sasau	LOC.river
Saskatchewan River	LOC.river
Save	LOC.river
Saynbach	LOC.river
Saône	LOC.river
Schaale	LOC.river
Schaalsee	LOC.lake
Schalkenmehrener Maar	LOC.lake
Schaproder Bodden	LOC.sea
Schari	LOC.river
Scharmützelsee	LOC.lake
Schatt al-Arab	LOC.river
Schefflenz	LOC.river
Schelde	LOC.river
Schelde-Rhein-Kanal	LOC.sea
Schiffenensee	LOC.lake
Schilka	LOC.river
Schlachtensee	LOC.lake
Schladitzer See	LOC.lake
Schlaube	LOC.river
Schlei	LOC.sea
Schleswig-Holsteinischer Kanal	LOC.sea
Schliersee	LOC.lake
Schluchsee	LOC.lake
Schlücht	LOC.river
Schmaler Luzin	LOC.lake
Schmalkalde	LOC.river
Schmalwassertalsperre	LOC.lake
Schmida	LOC.river
Schmiech	LOC.river
Schmutter	LOC.river
Schunter	LOC.river
Schussen	LOC.river
Schutter	LOC.river
Schwalm	LOC.river
Schwarzawa	LOC.river
Schwarze Elster	LOC.river
Schwarze Laber	LOC.river
Schwarzenbachtalsperre	LOC.lake
Schwarzer Drin	LOC.river
Schwarzer Regen	LOC.river
Schwarzes Meer	LOC.sea
Schwarzmeerküste	LOC.sea
Schwarzsee	LOC.lake
Schweinebucht	LOC.sea
Schwentine	LOC.river
Schweriner See	LOC.lake
Schwielochsee	LOC.lake
Schwielowsee	LOC.lake
Schwinge	LOC.river
Schwäbische Rezat	LOC.river
Schwülme	LOC.river
Sebou	LOC.river
Secchia	LOC.river
Seddiner See	LOC.lake
Seddinsee	LOC.lake
Sedlitzer See	LOC.lake
See Genezareth	LOC.lake
See von Annecy	LOC.lake
Seealpsee	LOC.lake
Seeburger See	LOC.lake
Seefelder Aach	LOC.river
Seeve	LOC.river
Seez	LOC.river
Segre	LOC.river
Seim	LOC.river
Seine	LOC.river
Selenga	LOC.river
Selenter See	LOC.lake
Seliger-See	LOC.lake
Seligersee	LOC.lake
Selke	LOC.river
Selz	LOC.river
Seman	LOC.river
Semois	LOC.river
Sempachersee	LOC.lake
Sempt	LOC.river
Senegal	LOC.river
Senftenberger See	LOC.lake
Sense	LOC.river
Sepik	LOC.river
Seramsee	LOC.sea
Serchio	LOC.river
Sereth	LOC.river
Seseke	LOC.river
Sesia	LOC.river
Seto-Inlandsee	LOC.sea
Severn	LOC.river
Sewansee	LOC.lake
Sewastopol-Bucht	LOC.sea
Sewerski Donez	LOC.river
Sewerskyj Donez	LOC.river
Shabelle	LOC.river
Shannon	LOC.river
Shkodrasee	LOC.lake
Shkumbin	LOC.river
Sieg	LOC.river
Sihl	LOC.river
Sihlsee	LOC.lake
Siljan	LOC.lake
Sill	LOC.river
Silsersee	LOC.lake
Silvaplanersee	LOC.lake
Silvrettasee	LOC.lake
Simeto	LOC.river
Simme	LOC.river
Simmerbach	LOC.river
Simssee	LOC.lake
Singapurstraße	LOC.sea
Singold	LOC.river
Sissle	LOC.river
Sistan-See	LOC.lake
Sitter	LOC.river
Siwasch	LOC.sea
Siwerskyj Donez	LOC.river
Sió	LOC.river
Skagerak	LOC.sea	Skagerrak
Skagerrak	LOC.sea
Skutarisee	LOC.lake
Slapy-Stausee	LOC.lake
Snake River	LOC.river
Sobat	LOC.river
Soeste	LOC.river
Sognefjord	LOC.sea
Solent	LOC.sea
Solimões	LOC.river
Solmsbach	LOC.river
Solway Firth	LOC.sea
Somesch	LOC.river
Someș	LOC.river	Somesch
Somme	LOC.river
Songhua	LOC.river
Sonne-Mond-See	LOC.lake
Sorpesee	LOC.lake
Sosch	LOC.river
Soča	LOC.river
Spencer-Golf	LOC.sea
Spey	LOC.river
Speyerbach	LOC.river
Spirdingsee	LOC.lake
Spitzingsee	LOC.lake
Spree	LOC.river
Spree-Oder-Wasserstraße	LOC.sea
Spreekanal	LOC.sea
Spullersee	LOC.lake
St. Moritzersee	LOC.lake
St.-Lorenz-Strom	LOC.river
Staffelsee	LOC.lake
Starnberger See	LOC.lake
Starzel	LOC.river
Stausee Eisernes Tor	LOC.lake
Stausee Hohenwarte	LOC.lake
Stausee Ottenstein	LOC.lake
Stausee von Assuan	LOC.lake
Stechlinsee	LOC.lake
Stecknitz	LOC.river
Stecknitzkanal	LOC.sea
Steinberger See	LOC.lake
Steinhuder Meer	LOC.lake
Steinige Tunguska	LOC.river
Steinlach	LOC.river
Stepenitz	LOC.river
Stettiner Haff	LOC.sea
Stever	LOC.river
Stichkanal Hildesheim	LOC.sea
Stichkanal Osnabrück	LOC.sea
Stichkanal Salzgitter	LOC.sea
Stillach	LOC.river
Stiller Ozean	LOC.sea
Stockacher Aach	LOC.river
Storfjord	LOC.sea
Storsjön	LOC.lake
Straße von Bab al-Mandab	LOC.sea
Straße von Bonifacio	LOC.sea
Straße von Calais	LOC.sea
Straße von Dover	LOC.sea
Straße von Euböa	LOC.sea
Straße von Florida	LOC.sea
Straße von Gibraltar	LOC.sea
Straße von Hormus	LOC.sea
Straße von Kertsch	LOC.sea
Straße von Korfu	LOC.sea
Straße von Makassar	LOC.sea
Straße von Malakka	LOC.sea
Straße von Messina	LOC.sea
Straße von Mosambik	LOC.sea
Straße von Otranto	LOC.sea
Straße von Singapur	LOC.sea
Straße von Sizilien	LOC.sea
Straße von Taiwan	LOC.sea
Straße von Tiran	LOC.sea
Straße von Tsushima	LOC.sea
Straße von Yucatán	LOC.sea
Strelasund	LOC.sea
Striegis	LOC.river
Struma	LOC.river
Styr	LOC.river
Stör	LOC.river
Störkanal	LOC.sea
Störmthaler See	LOC.lake
Stößensee	LOC.lake
Suchona	LOC.river
Sude	LOC.river
Sueskanal	LOC.sea
Suezkanal	LOC.sea
Suhre	LOC.river
Suir	LOC.river
Sulak	LOC.river
Sulm	LOC.river
Sulusee	LOC.sea
Sundastraße	LOC.sea
Surb	LOC.river
Susquehanna	LOC.river
Sutlej	LOC.river
Swan River	LOC.river
Swir	LOC.river
Swist	LOC.river
Sylvensteinsee	LOC.lake
Sylvensteinspeicher	LOC.lake
Syr Darja	LOC.river
Syr-Darja	LOC.river
Syrdarja	LOC.river
Sywasch	LOC.sea
Sázava	LOC.river
São Francisco	LOC.river
Sämtisersee	LOC.lake
Söse	LOC.river
Sösetalsperre	LOC.lake
Südatlantik	LOC.sea
Südchinesisches Meer	LOC.sea
Süderhever	LOC.sea
Südliche Morava	LOC.river
Südlicher Bug	LOC.river
Südlicher Ozean	LOC.sea
Südpazifik	LOC.sea
Südpolarmeer	LOC.sea
Sülz	LOC.river
Süßer See	LOC.lake
Taal-See	LOC.lake
Taedong	LOC.river
Tafelbucht	LOC.sea
Taganroger Bucht	LOC.sea
Tagliamento	LOC.river
Tai-See	LOC.lake
Taihu	LOC.lake
Taiwanstraße	LOC.sea
Tajo	LOC.river
Talsperre Bautzen	LOC.lake
Talsperre Eibenstock	LOC.lake
Talsperre Gottleuba	LOC.lake
Talsperre Klingenberg	LOC.lake
Talsperre Kriebstein	LOC.lake
Talsperre Lehnmühle	LOC.lake
Talsperre Leibis-Lichte	LOC.lake
Talsperre Malter	LOC.lake
Talsperre Pirk	LOC.lake
Talsperre Pöhl	LOC.lake
Talsperre Quitzdorf	LOC.lake
Tampa Bay	LOC.sea
Tana-See	LOC.lake
Tanaro	LOC.river
Tanasee	LOC.lake
Tanganjikasee	LOC.lake
Tapajós	LOC.river
Tapti	LOC.river
Tarn	LOC.river
Tasmansee	LOC.sea
Tatarensund	LOC.sea
Tauber	LOC.river
Taupo-See	LOC.lake
Taupōsee	LOC.lake
Tay	LOC.river
Tegeler See	LOC.lake
Tegernsee	LOC.lake
Tejo	LOC.river
Teletskoje-See	LOC.lake
Teltowkanal	LOC.sea
Templiner See	LOC.lake
Tennessee River	LOC.river
Tessin	LOC.river
Teterower See	LOC.lake
Teufelssee	LOC.lake
Tharthar-See	LOC.lake
Thaya	LOC.river
Theel	LOC.river
Theiß	LOC.river
Themse	LOC.river
Thermaischer Golf	LOC.sea
Thingvallavatn	LOC.lake
Thulba	LOC.river
Thumsee	LOC.lake
Thuner See	LOC.lake
Thunersee	LOC.lake
Thur	LOC.river
Thülsfelder Talsperre	LOC.lake
Tiber	LOC.river
Tiberias-See	LOC.lake
Tiberiassee	LOC.lake
Ticino	LOC.river
Tideelbe	LOC.sea
Tiefwarensee	LOC.lake
Tigris	LOC.river
Timok	LOC.river
Timorsee	LOC.sea
Timorstraße	LOC.sea
Tiroler Achen	LOC.river
Tirso	LOC.river
Tisza	LOC.river
Titicacasee	LOC.lake
Titisee	LOC.lake
Toba-See	LOC.lake
Tobasee	LOC.lake
Toblacher See	LOC.lake
Tobol	LOC.river
Tocantins	LOC.river
Tollense	LOC.river
Tollensesee	LOC.lake
Tonle Sap	LOC.lake
Toplitzsee	LOC.lake
Torne	LOC.river
Torne älv	LOC.river
Torneträsk	LOC.lake
Torneälv	LOC.river	Torne älv
Tornionjoki	LOC.river
Tornowsee	LOC.lake
Torres-Straße	LOC.sea
Torresstraße	LOC.sea
Totenmaar	LOC.lake
Totes Meer	LOC.sea
Trasimenischer See	LOC.lake
Traun	LOC.river
Traunsee	LOC.lake
Trave	LOC.river
Trebbia	LOC.river
Trebel	LOC.river
Treene	LOC.river
Trettach	LOC.river
Triesting	LOC.river
Trisanna	LOC.river
Tromper Wiek	LOC.sea
Trondheimsfjord	LOC.sea
Trubach	LOC.river
Trübsee	LOC.lake
Tschadsee	LOC.lake
Tschuktschensee	LOC.sea
Tschussowaja	LOC.river
Tsugaru-Straße	LOC.sea
Tsushimastraße	LOC.sea
Turia	LOC.river
Turkana-See	LOC.lake
Turkanasee	LOC.lake
Turnersee	LOC.lake
Tuz Gölü	LOC.lake
Twentekanal	LOC.sea
Twiste	LOC.river
Twistesee	LOC.lake
Tyrifjorden	LOC.lake
Tyrrhenisches Meer	LOC.sea
Têt	LOC.river
Töss	LOC.river
Türlersee	LOC.lake
Ubangi	LOC.river
Ucayali	LOC.river
Ucker	LOC.river
Uecker	LOC.river
Ulmener Maar	LOC.lake
Umeälven	LOC.river
Umpfer	LOC.river
Ungava Bay	LOC.sea
Unstrut	LOC.river
Unterbacher See	LOC.lake
Untere Havel-Wasserstraße	LOC.sea
Untere Tunguska	LOC.river
Unterelbe	LOC.sea
Untersee	LOC.lake
Unterweser	LOC.sea
Ural	LOC.river
Urft	LOC.river
Urftsee	LOC.lake
Urfttalsperre	LOC.lake
Urmia-See	LOC.lake
Urmiasee	LOC.lake
Uruguay	LOC.river
Usk	LOC.river
Ussuri	LOC.river
Usumacinta	LOC.river
Uws Nuur	LOC.lake
Vaal	LOC.river
Valme	LOC.river
Van-See	LOC.lake
Vansee	LOC.lake
Varangerfjord	LOC.sea
Vardar	LOC.river
Vechte	LOC.river
Velence-See	LOC.lake
Vellach	LOC.river
Venoge	LOC.river
Venta	LOC.river
Verdon	LOC.river
Versetalsperre	LOC.lake
Verzasca	LOC.river
Vestfjord	LOC.sea
Victoriasee	LOC.lake
Vierwaldstätter See	LOC.lake
Vierwaldstättersee	LOC.lake
Viktoriasee	LOC.lake
Vilaine	LOC.river
Vils	LOC.river
Vilsalpsee	LOC.lake
Vire	LOC.river
Visayas-See	LOC.sea
Vispa	LOC.river
Vlasinasee	LOC.lake
Vltava	LOC.river
Volme	LOC.river
Volta	LOC.river
Volta-Stausee	LOC.lake
Voltasee	LOC.lake
Volturno	LOC.river
Voralpsee	LOC.lake
Vorderer Gosausee	LOC.lake
Vorderrhein	LOC.river
Vranov-Stausee	LOC.lake
Vuoksi	LOC.river
Vänern	LOC.lake
Vättern	LOC.lake
Võrtsjärv	LOC.lake
Vöckla	LOC.river
Waag	LOC.river
Waal	LOC.river
Waginger See	LOC.lake
Wahnbach	LOC.river
Waikato River	LOC.river
Wakenitz	LOC.river
Walchensee	LOC.lake
Waldaist	LOC.river
Waldnaab	LOC.river
Walensee	LOC.lake
Walfischbucht	LOC.sea
Wallersee	LOC.lake
Wannsee	LOC.lake
Warnow	LOC.river
Warthe	LOC.river
Wattenmeer	LOC.sea
Weddellmeer	LOC.sea
Wehra	LOC.river
Weichsel	LOC.river
Weinfelder Maar	LOC.lake
Weistritz	LOC.river
Weiße Elster	LOC.river
Weiße Laber	LOC.river
Weißensee	LOC.lake
Weißer Drin	LOC.river
Weißer Main	LOC.river
Weißer Nil	LOC.river
Weißer Regen	LOC.river
Weißer See	LOC.lake
Weißeritz	LOC.river
Weißes Meer	LOC.sea
Weißmeer-Ostsee-Kanal	LOC.sea
Welland-Kanal	LOC.sea
Wellandkanal	LOC.sea
Welse	LOC.river
Weltmeer	LOC.sea
Werbeliner See	LOC.lake
Werbelliner Kanal	LOC.sea
Werbellinsee	LOC.lake
Werra	LOC.river
Werratalsee	LOC.lake
Werre	LOC.river
Werse	LOC.river
Wertach	LOC.river
Weschnitz	LOC.river
Wesel-Datteln-Kanal	LOC.sea
Wesenitz	LOC.river
Weser	LOC.river
Westhafenkanal	LOC.sea
Westkoreabucht	LOC.sea
Westliche Morava	LOC.river
Westlicher Bug	LOC.river
Westpazifik	LOC.sea
Wethau	LOC.river
Wied	LOC.river
Wiehltalsperre	LOC.lake
Wiener Neustädter Kanal	LOC.sea
Wieprz	LOC.river
Wieslauf	LOC.river
Wieslauter	LOC.river
Wigger	LOC.river
Wilde Gera	LOC.river
Wilde Weißeritz	LOC.river
Wildsee	LOC.lake
Wilija	LOC.river	Neris
Wiljui	LOC.river
Windward-Passage	LOC.sea
Winnipegsee	LOC.lake
Wipper	LOC.river
Wirzsee	LOC.lake
Wismarbucht	LOC.sea
Wismarer Bucht	LOC.sea
Wittensee	LOC.lake
Wjatka	LOC.river
Wohlensee	LOC.lake
Wohra	LOC.river
Wolchow	LOC.river
Wolfgangsee	LOC.lake
Wolfsteiner Ohe	LOC.river
Wolga	LOC.river
Wolga-Don-Kanal	LOC.sea
Wolga-Kaspi-Kanal	LOC.sea
Wolga-Ostsee-Kanal	LOC.sea
Worskla	LOC.river
Wottawa	LOC.river
Wulka	LOC.river
Wupper	LOC.river
Wuppertalsperre	LOC.lake
Wutach	LOC.river
Wye	LOC.river
Wyhra	LOC.river
Wyna	LOC.river
Wägitalersee	LOC.lake
Wölpe	LOC.river
Wörnitz	LOC.river
Wörthersee	LOC.lake
Wümme	LOC.river
Würm	LOC.river
Xantener Südsee	LOC.lake
Xi Jiang	LOC.river
Xingu	LOC.river
Yalu	LOC.river
Yamuna	LOC.river
Yarra	LOC.river
Ybbs	LOC.river
Yonne	LOC.river
Yucatánstraße	LOC.sea
Yukon	LOC.river
Yukon River	LOC.river
Zaber	LOC.river
Zahme Gera	LOC.river
Zala	LOC.river
Zarow	LOC.river
Zaya	LOC.river
Zeller See	LOC.lake
Zenn	LOC.river
Zermützelsee	LOC.lake
Zeuthener See	LOC.lake
Zicksee	LOC.lake
Zihl	LOC.river
Ziller	LOC.river
Zimljansker Stausee	LOC.lake
Zrmanja	LOC.river
Zuger See	LOC.lake
Zugersee	LOC.lake
Zulg	LOC.river
Zwenkauer See	LOC.lake
Zwickauer Mulde	LOC.river
Zwischenahner Meer	LOC.lake
Zürichsee	LOC.lake
Ägerisee	LOC.lake
Ägäis	LOC.sea
Ägäisches Meer	LOC.sea
Ärmelkanal	LOC.sea
Ålandsee	LOC.sea
Ångermanälven	LOC.river
Étang de Berre	LOC.lake
Étang de Thau	LOC.lake
Ödensee	LOC.lake
Öresund	LOC.sea
Örtze	LOC.river
Ötztaler Ache	LOC.river
Überlinger See	LOC.lake
Þingvallavatn	LOC.lake
Śniardwy	LOC.lake
