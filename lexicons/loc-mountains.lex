# loc-mountains.lex - mountain ranges, mountains, passes, valleys, deserts, forests
# Source: hand-written facts (lexicons/import/places_manual/mountains.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 2634 entries.
Aareschlucht	LOC.region
Aaretal	LOC.region
Aarmassiv	LOC.mountain
Abisko	LOC.region
Abruzzen	LOC.mountain
Absheron	LOC.region	Apscheron
Acadia-Nationalpark	LOC.region
Achalm	LOC.mountain
Achenpass	LOC.region
Achental	LOC.region
Achertal	LOC.region
Achtermann	LOC.mountain
Aconcagua	LOC.mountain
Adamello	LOC.mountain
Adirondacks	LOC.mountain
Adlergebirge	LOC.mountain
Adlersberg	LOC.mountain
Adula-Alpen	LOC.mountain
Afar-Dreieck	LOC.region
Afar-Senke	LOC.region
Aggenstein	LOC.mountain
Agro Pontino	LOC.region	Pontinische Sümpfe
Agung	LOC.mountain
Ahaggar	LOC.mountain
Ahaggar-Gebirge	LOC.region
Ahlenmoor	LOC.region
Ahornspitze	LOC.mountain
Ahrgebirge	LOC.mountain
Ahrntal	LOC.region
Ahrtal	LOC.region
Aiguille Verte	LOC.mountain
Aiguille du Midi	LOC.mountain
Aischgrund	LOC.region
Ala-Tau	LOC.mountain
Alai-Gebirge	LOC.mountain
Alaska Range	LOC.mountain
Alaska-Halbinsel	LOC.region
Albanische Alpen	LOC.mountain
Albtal	LOC.region
Albtrauf	LOC.mountain
Albuch	LOC.mountain
Albula-Alpen	LOC.mountain
Albulapass	LOC.region
Albulatal	LOC.region
Albvorland	LOC.region
Aletschhorn	LOC.mountain
Alföld	LOC.region	Große Ungarische Tiefebene
Allalingletscher	LOC.region
Allalinhorn	LOC.mountain
Allgäuer Alpen	LOC.mountain
Allgäuer Voralpen	LOC.mountain
Almtal	LOC.region
Alpbachtal	LOC.region
Alpe d’Huez	LOC.region
Alpen	LOC.mountain
Alpenvorland	LOC.region
Alphubel	LOC.mountain
Alpspitze	LOC.mountain
Alpstein	LOC.mountain
Alsenztal	LOC.region
Altai	LOC.mountain
Altiplano	LOC.region
Altkönig	LOC.mountain
Altmühltal	LOC.region
Altun Shan	LOC.mountain
Altvater	LOC.mountain
Altvatergebirge	LOC.mountain
Alvier	LOC.mountain
Ama Dablam	LOC.mountain
Amalfiküste	LOC.region
Amazonas-Regenwald	LOC.region
Amazonasbecken	LOC.region
Amazonastiefland	LOC.region
Amboseli	LOC.region
Amboseli-Nationalpark	LOC.region	Amboseli
Ammergauer Alpen	LOC.mountain
Ammergauer Berge	LOC.region
Ammertal	LOC.region
Ampezzo	LOC.region
Anatolisches Hochland	LOC.region
Anden	LOC.mountain
Andenhochland	LOC.region
Aneto	LOC.mountain
Ankogel	LOC.mountain
Ankogelgruppe	LOC.mountain
Annamitische Kordillere	LOC.mountain
Annapurna	LOC.mountain
Antarktischer Eisschild	LOC.region
Antelao	LOC.mountain
Antholzer Tal	LOC.region
Antiatlas	LOC.mountain
Antilibanon	LOC.mountain
Aoraki	LOC.mountain
Apennin	LOC.mountain
Apenninen	LOC.mountain
Apenninhalbinsel	LOC.region
Appalachen	LOC.mountain
Appenzeller Alpen	LOC.mountain
Apscheron	LOC.region
Apuanische Alpen	LOC.mountain
Apuseni-Gebirge	LOC.mountain
Arabah	LOC.region	Arava
Arabische Wüste	LOC.region
Aragaz	LOC.mountain
Arakan-Gebirge	LOC.mountain
Ararat	LOC.mountain
Arava	LOC.region
Aravalli	LOC.mountain
Aravis	LOC.mountain
Arber	LOC.mountain
Arches-Nationalpark	LOC.region
Ardennen	LOC.mountain
Ardey	LOC.mountain
Arenal	LOC.mountain
Argentière-Gletscher	LOC.region
Arlberg	LOC.region
Arlbergpass	LOC.region
Armenisches Hochland	LOC.region
Arnhemland	LOC.region
Arnsberger Wald	LOC.mountain
Asama	LOC.mountain
Aschberg	LOC.mountain
Asir-Gebirge	LOC.mountain
Askja	LOC.mountain
Aspromonte	LOC.mountain
Atacama	LOC.region
Atacama-Wüste	LOC.region
Athos	LOC.mountain
Atlas	LOC.mountain
Atlasgebirge	LOC.mountain
Auerberg	LOC.mountain
Auersberg	LOC.mountain
Australische Alpen	LOC.mountain
Avalon-Halbinsel	LOC.region
Awatschinski	LOC.mountain
Ayers Rock	LOC.mountain
Aïr	LOC.mountain	Aïr-Gebirge
Aïr-Gebirge	LOC.mountain
Babia Góra	LOC.mountain
Bachtel	LOC.mountain
Badain Jaran	LOC.region
Badener Höhe	LOC.mountain
Badlands	LOC.region
Badlands-Nationalpark	LOC.region	Badlands
Bakony	LOC.mountain
Bakonywald	LOC.mountain	Bakony
Balkangebirge	LOC.mountain
Balkanhalbinsel	LOC.region
Ballon d’Alsace	LOC.mountain
Balmhorn	LOC.mountain
Baltoro-Gletscher	LOC.region
Banff-Nationalpark	LOC.region
Banks Peninsula	LOC.region
Bantiger	LOC.mountain
Barabasteppe	LOC.region
Barossa Valley	LOC.region
Barre des Écrins	LOC.mountain
Bayerische Alpen	LOC.mountain
Bayerische Voralpen	LOC.mountain
Bayerischer Wald	LOC.mountain
Beauce	LOC.region
Bedrettotal	LOC.region
Bekaa	LOC.region
Bekaa-Ebene	LOC.region
Belchen	LOC.mountain
Belpberg	LOC.mountain
Ben Lomond	LOC.mountain
Ben Macdui	LOC.mountain
Ben Nevis	LOC.mountain
Benediktenwand	LOC.mountain
Berchtesgadener Alpen	LOC.mountain
Berg Arafat	LOC.mountain
Berg Ararat	LOC.mountain
Berg Athos	LOC.mountain
Berg Garizim	LOC.mountain
Berg Hermon	LOC.mountain
Berg Kailash	LOC.mountain
Berg Karmel	LOC.mountain
Berg Nebo	LOC.mountain	Nebo
Berg Sinai	LOC.mountain
Berg Tabor	LOC.mountain	Tabor
Berg Zion	LOC.mountain
Bergamasker Alpen	LOC.mountain
Bergeller Berge	LOC.mountain
Berner Alpen	LOC.mountain
Bernina-Massiv	LOC.mountain	Berninamassiv
Berninagruppe	LOC.mountain
Berninamassiv	LOC.mountain
Berninapass	LOC.region
Beskiden	LOC.mountain
Betische Kordillere	LOC.mountain
Betuwe	LOC.region
Bezymianny	LOC.mountain
Bialowieza	LOC.region	Nationalpark Białowieża
Białowieża-Urwald	LOC.region	Nationalpark Białowieża
Biberkopf	LOC.mountain
Biebrza-Sümpfe	LOC.region
Bieleboh	LOC.mountain
Bielerhöhe	LOC.region
Bieszczady	LOC.mountain
Bieszczady-Gebirge	LOC.mountain	Bieszczady
Bietschhorn	LOC.mountain
Bighorn Mountains	LOC.mountain
Bihor-Gebirge	LOC.mountain
Binger Wald	LOC.mountain
Binntal	LOC.region
Biokovo	LOC.mountain
Biosphäre Entlebuch	LOC.region	UNESCO-Biosphäre Entlebuch
Biosphärengebiet Schwarzwald	LOC.region
Biosphärengebiet Schwäbische Alb	LOC.region
Biosphärenpark Großes Walsertal	LOC.region
Biosphärenpark Nockberge	LOC.region
Biosphärenpark Wienerwald	LOC.region
Biosphärenreservat Berchtesgadener Land	LOC.region
Biosphärenreservat Bliesgau	LOC.region
Biosphärenreservat Flusslandschaft Elbe	LOC.region
Biosphärenreservat Mittelelbe	LOC.region
Biosphärenreservat Pfälzerwald	LOC.region
Biosphärenreservat Rhön	LOC.region
Biosphärenreservat Schaalsee	LOC.region
Biosphärenreservat Schorfheide-Chorin	LOC.region
Biosphärenreservat Schwäbische Alb	LOC.region	Biosphärengebiet Schwäbische Alb
Biosphärenreservat Spreewald	LOC.region
Biosphärenreservat Südost-Rügen	LOC.region
Biosphärenreservat Vessertal	LOC.region
Birkkarspitze	LOC.mountain
Birnhorn	LOC.mountain
Bischofsmütze	LOC.mountain
Bjelašnica	LOC.mountain
Black Hills	LOC.mountain
Black Rock Desert	LOC.region
Blaueis	LOC.region
Blautal	LOC.region
Bleniotal	LOC.region
Bliestal	LOC.region
Blue Mountains	LOC.mountain
Blue Ridge Mountains	LOC.mountain
Blüemlisalp	LOC.mountain
Bober-Katzbach-Gebirge	LOC.mountain
Bobotov Kuk	LOC.mountain
Bodanrück	LOC.region
Bodenschneid	LOC.mountain
Bolanpass	LOC.region
Bollerberg	LOC.mountain
Boso-Halbinsel	LOC.region
Botew	LOC.mountain
Bourtanger Moor	LOC.region
Brandberg	LOC.mountain
Brandnertal	LOC.region
Brasilianisches Bergland	LOC.region
Brauneck	LOC.mountain
Brdy	LOC.mountain
Brecherspitz	LOC.mountain
Brecon Beacons	LOC.mountain
Breitachklamm	LOC.region
Breitenstein	LOC.mountain
Breithorn	LOC.mountain
Brenner	LOC.region
Brennerpass	LOC.region
Brenta	LOC.mountain
Brentagruppe	LOC.mountain
Brenztal	LOC.region
Bresse	LOC.region
Brienzer Rothorn	LOC.mountain
Bristen	LOC.mountain
Brixental	LOC.region
Broad Peak	LOC.mountain
Brocken	LOC.mountain
Brohltal	LOC.region
Bromo	LOC.mountain
Brooks Range	LOC.mountain
Brotjacklriegel	LOC.mountain
Bruchberg	LOC.mountain
Bryce Canyon	LOC.region	Bryce-Canyon-Nationalpark
Bryce-Canyon-Nationalpark	LOC.region
Brünig	LOC.region
Brünigpass	LOC.region
Bucegi	LOC.mountain
Buochserhorn	LOC.mountain
Burgundische Pforte	LOC.region
Burgwald	LOC.mountain
Bushveld	LOC.region
Bwindi	LOC.region
Bwindi-Nationalpark	LOC.region	Bwindi
Bárðarbunga	LOC.mountain
Böhmerwald	LOC.mountain
Böhmisch-Mährische Höhe	LOC.mountain
Böhmische Schweiz	LOC.region	Nationalpark Böhmische Schweiz
Böhmisches Mittelgebirge	LOC.mountain
Börzsöny	LOC.mountain
Bözberg	LOC.mountain
Bückeberg	LOC.mountain
Büdinger Wald	LOC.mountain
Bükk	LOC.mountain
Bündner Alpen	LOC.mountain
Caatinga	LOC.region
Cabo da Roca	LOC.region
Cabo de São Vicente	LOC.region	Kap St. Vincent
Cairn Gorm	LOC.mountain
Cairngorms	LOC.mountain
Calancatal	LOC.region
Calanda	LOC.mountain
Calanques	LOC.region	Nationalpark Calanques
Calbuco	LOC.mountain
Calenberger Land	LOC.region
Calfeisental	LOC.region
Camargue	LOC.region
Cambrian Mountains	LOC.mountain
Campi Flegrei	LOC.mountain
Campolongo-Pass	LOC.region
Canaima	LOC.region
Canigou	LOC.mountain
Canyonlands	LOC.region
Cap Blanc-Nez	LOC.region
Cap Bon	LOC.region	Kap Bon
Cap Corse	LOC.region
Cap Ferrat	LOC.region
Cap Ferret	LOC.region
Cap Gris-Nez	LOC.region
Cap d’Antibes	LOC.region
Cape Cod	LOC.region
Cape Hatteras	LOC.region
Capitol Reef	LOC.region
Cardamom-Gebirge	LOC.mountain
Carlsbad Caverns	LOC.region
Carrauntoohil	LOC.mountain
Carstensz-Pyramide	LOC.mountain	Puncak Jaya
Cascade Range	LOC.mountain	Kaskadenkette
Catskill Mountains	LOC.mountain	Catskills
Catskills	LOC.mountain
Causses	LOC.region
Ceahlău	LOC.mountain
Centovalli	LOC.region
Central Valley	LOC.region
Cerrado	LOC.region
Cerro Torre	LOC.mountain
Cevedale	LOC.mountain
Cevennen	LOC.mountain
Chablais	LOC.mountain
Chaiber-Pass	LOC.region
Chalbi	LOC.region
Chalkidike	LOC.region
Chalkidiki	LOC.region	Chalkidike
Chan Tengri	LOC.mountain	Khan Tengri
Changbai Shan	LOC.mountain	Changbai-Gebirge
Changbai-Gebirge	LOC.mountain
Chasseral	LOC.mountain
Chasseron	LOC.mountain
Cheviot Hills	LOC.mountain
Chiemgauer Alpen	LOC.mountain
Chiemseemoor	LOC.region
Chihuahua-Wüste	LOC.region
Chimborazo	LOC.mountain
Chitwan	LOC.region
Chitwan-Nationalpark	LOC.region	Chitwan
Cho Oyu	LOC.mountain
Chobe	LOC.region
Chobe-Nationalpark	LOC.region	Chobe
Churfirsten	LOC.mountain
Chäserrugg	LOC.mountain
Cimon della Pala	LOC.mountain
Cinque Terre	LOC.region
Citlaltépetl	LOC.mountain	Pico de Orizaba
Civetta	LOC.mountain
Clariden	LOC.mountain
Coachella Valley	LOC.region
Coast Mountains	LOC.mountain	Küstengebirge
Col de Montgenèvre	LOC.region
Col de Somport	LOC.region
Col de Tende	LOC.region
Col de la Bonette	LOC.region
Col de la Croix de Fer	LOC.region
Col de la Forclaz	LOC.region
Col de la Madeleine	LOC.region
Col de la Schlucht	LOC.region
Col de l’Iseran	LOC.region
Col des Mosses	LOC.region
Col du Bonhomme	LOC.region
Col du Galibier	LOC.region
Col du Grand-Saint-Bernard	LOC.region
Col du Lautaret	LOC.region
Col du Pillon	LOC.region
Col du Tourmalet	LOC.region
Col d’Aubisque	LOC.region
Col d’Izoard	LOC.region
Colbitz-Letzlinger Heide	LOC.region
Colbitzer Heide	LOC.region
Colorado-Plateau	LOC.region
Coloradoplateau	LOC.region	Colorado-Plateau
Columbia-Gletscher	LOC.region
Corcovado-Nationalpark	LOC.region
Cordillera Blanca	LOC.mountain
Cordillera Central	LOC.mountain
Cordillera Real	LOC.mountain
Corno Grande	LOC.mountain
Coromandel-Halbinsel	LOC.region
Cotentin	LOC.region
Cotopaxi	LOC.mountain
Crater-Lake-Nationalpark	LOC.region
Crau	LOC.region
Croagh Patrick	LOC.mountain
Crozon	LOC.region
Crêt de la Neige	LOC.mountain
Cumbre Vieja	LOC.mountain
Czorneboh	LOC.mountain
Cévennes	LOC.mountain	Cevennen
Dachstein	LOC.mountain
Dachsteingebirge	LOC.mountain
Dachsteingletscher	LOC.region
Dahna	LOC.region
Daintree	LOC.region
Damavand	LOC.mountain
Dammastock	LOC.mountain
Dammer Berge	LOC.mountain
Dammersfeldkuppe	LOC.mountain
Danakil	LOC.region
Danakil-Wüste	LOC.region	Danakil
Dannenröder Forst	LOC.region
Darial-Schlucht	LOC.region
Dasht-e Kavir	LOC.region
Dasht-e Lut	LOC.region
Dauphiné-Alpen	LOC.mountain
De Hoge Veluwe	LOC.region
Death Valley	LOC.region
Death-Valley-Nationalpark	LOC.region
Defereggental	LOC.region
Deister	LOC.mountain
Delmarva	LOC.region
Demawend	LOC.mountain
Denali	LOC.mountain
Denali-Nationalpark	LOC.region
Dent Blanche	LOC.mountain
Dent du Géant	LOC.mountain
Dent d’Hérens	LOC.mountain
Dents du Midi	LOC.mountain
Dhaulagiri	LOC.mountain
Diablerets	LOC.mountain
Diemeltal	LOC.region
Diemtigtal	LOC.region
Diepholzer Moorniederung	LOC.region
Dilltal	LOC.region
Dinara	LOC.mountain
Dinariden	LOC.mountain
Dinarisches Gebirge	LOC.mountain
Dingle-Halbinsel	LOC.region
Dinkelberg	LOC.mountain
Djebel Toubkal	LOC.mountain	Toubkal
Dobratsch	LOC.mountain
Doldenhorn	LOC.mountain
Dolmar	LOC.mountain
Dolomiten	LOC.mountain
Dombes	LOC.region
Donaudelta	LOC.region
Donauried	LOC.region
Donautal	LOC.region
Donnersberg	LOC.mountain
Donon	LOC.mountain
Dourotal	LOC.region
Dovrefjell	LOC.mountain
Doñana	LOC.region	Nationalpark Doñana
Drachenfels	LOC.mountain
Drakensberge	LOC.mountain
Drautal	LOC.region
Drawehn	LOC.region
Drei Türme	LOC.mountain
Drei Zinnen	LOC.mountain
Dreifaltigkeitsberg	LOC.mountain
Dreiherrnspitze	LOC.mountain
Dreiländerspitze	LOC.mountain
Dreischusterspitze	LOC.mountain
Dreisessel	LOC.mountain
Dreisesselberg	LOC.mountain	Dreisessel
Dreitannenriegel	LOC.mountain
Dreitorspitze	LOC.mountain
Dresdner Elbtal	LOC.region
Drömling	LOC.region
Dschabal Akhdar	LOC.mountain
Dschabal Musa	LOC.mountain
Dschebel Musa	LOC.mountain
Dsungarei	LOC.region
Dsungarischer Alatau	LOC.mountain
Dsungarisches Becken	LOC.region	Dsungarei
Dufourspitze	LOC.mountain
Dukla-Pass	LOC.region
Duklapass	LOC.region	Dukla-Pass
Dungau	LOC.region
Duppauer Gebirge	LOC.mountain
Durmitor	LOC.mountain
Dychtau	LOC.mountain
Dänischer Wohld	LOC.region
Dörenberg	LOC.mountain
Dübener Heide	LOC.region
Dürrenstein	LOC.mountain
Dürrnbachhorn	LOC.mountain
Ebbegebirge	LOC.mountain
Ebersberger Forst	LOC.region
Ebro-Delta	LOC.region	Ebrodelta
Ebrodelta	LOC.region
Echaztal	LOC.region
Ehrenbürg	LOC.mountain	Walberla
Eiderstedt	LOC.region
Eifel	LOC.mountain
Eiger	LOC.mountain
Eiger-Nordwand	LOC.mountain
Eigergletscher	LOC.region
Eigernordwand	LOC.mountain
Eilenriede	LOC.region
Einödriegel	LOC.mountain
El Capitan	LOC.mountain
Elbrus	LOC.mountain
Elbsandsteingebirge	LOC.mountain
Elbtal	LOC.region
Elbtalaue	LOC.region
Elbtalkessel	LOC.region
Elburs	LOC.mountain
Elburs-Gebirge	LOC.mountain
Ellmauer Halt	LOC.mountain
Ellsworthgebirge	LOC.mountain
Ellwanger Berge	LOC.mountain
Elstergebirge	LOC.mountain
Elstertal	LOC.region
Elsässer Belchen	LOC.mountain	Ballon d’Alsace
Elztal	LOC.region
Emei Shan	LOC.mountain
Emi Koussi	LOC.mountain
Emmentaler Alpen	LOC.mountain
Emsländisches Moor	LOC.region
Engelbergertal	LOC.region
Ennstal	LOC.region
Ennstaler Alpen	LOC.mountain
Entenbühl	LOC.mountain
Enztal	LOC.region
Epprechtstein	LOC.mountain
Erbeskopf	LOC.mountain
Erciyes	LOC.mountain
Erg Chebbi	LOC.region
Erlauftal	LOC.region
Ermstal	LOC.region
Ernstberg	LOC.mountain
Erzgebirge	LOC.mountain
Erzgebirgsbecken	LOC.region
Estergebirge	LOC.mountain
Etna	LOC.mountain
Etosha	LOC.region
Etosha-Nationalpark	LOC.region	Etosha
Etosha-Pfanne	LOC.region
Etschtal	LOC.region
Ettaler Manndl	LOC.mountain
Ettelsberg	LOC.mountain
Eulengebirge	LOC.mountain
Everest	LOC.mountain
Everglades	LOC.region
Everglades-Nationalpark	LOC.region
Eyjafjallajökull	LOC.mountain
Eyre-Halbinsel	LOC.region
Fagradalsfjall	LOC.mountain
Fahrenberg	LOC.mountain
Fallstein	LOC.mountain
Falzaregopass	LOC.region
Fassatal	LOC.region
Faulhorn	LOC.mountain
Federseemoor	LOC.region
Fedtschenko-Gletscher	LOC.region
Feegletscher	LOC.region
Feistritztal	LOC.region
Felbertal	LOC.region
Felbertauern	LOC.region
Feldberg	LOC.mountain
Fellhorn	LOC.mountain
Fergana-Tal	LOC.region
Ferganatal	LOC.region
Fernpass	LOC.region
Feuerkogel	LOC.mountain
Fichtelberg	LOC.mountain
Fichtelgebirge	LOC.mountain
Fieschergletscher	LOC.region
Filchner-Ronne-Schelfeis	LOC.region
Filchner-Schelfeis	LOC.region
Filder	LOC.region
Fildern	LOC.region	Filder
Findelgletscher	LOC.region
Finsteraarhorn	LOC.mountain
Fiordland-Nationalpark	LOC.region
Fischbacher Alpen	LOC.mountain
Fitz Roy	LOC.mountain
Flandrische Ebene	LOC.region
Fleimstal	LOC.region
Fletschhorn	LOC.mountain
Flexenpass	LOC.region
Flinders Ranges	LOC.mountain
Fluchthorn	LOC.mountain
Flöhatal	LOC.region
Flüelapass	LOC.region
Fockenstein	LOC.mountain
Fogarascher Gebirge	LOC.mountain
Folgefonna	LOC.region
Forstenrieder Park	LOC.region
Fox-Gletscher	LOC.region
Frankenjura	LOC.mountain
Frankenwald	LOC.mountain
Franz-Josef-Gletscher	LOC.region
Französischer Jura	LOC.mountain
Freiburger Alpen	LOC.mountain
Freisinger Moos	LOC.region
Frische Nehrung	LOC.region
Fronalpstock	LOC.mountain
Fruška Gora	LOC.mountain
Fränkische Alb	LOC.mountain
Fränkischer Jura	LOC.mountain
Fuchskaute	LOC.mountain
Fudschijama	LOC.mountain
Fuji	LOC.mountain
Fujisan	LOC.mountain
Fulda Gap	LOC.region	Fuldaer Lücke
Fulda-Werra-Bergland	LOC.mountain
Fuldaer Lücke	LOC.region
Furkapass	LOC.region
Fuscher Tal	LOC.region
Făgăraș-Gebirge	LOC.mountain	Fogarascher Gebirge
Gaberl	LOC.region
Gadertal	LOC.region
Gadmental	LOC.region
Gaichtpass	LOC.region
Gailtaler Alpen	LOC.mountain
Gaisberg	LOC.mountain
Galdhøpiggen	LOC.mountain
Galenstock	LOC.mountain
Galeras	LOC.mountain
Galibier	LOC.region
Galápagos-Nationalpark	LOC.region
Gangesdelta	LOC.region
Gangesebene	LOC.region
Gantrisch	LOC.mountain
Garamba	LOC.region
Gargano	LOC.region
Gargellental	LOC.region
Garizim	LOC.mountain
Gasherbrum	LOC.mountain
Gaspé-Halbinsel	LOC.region	Gaspésie
Gaspésie	LOC.region
Gasteiner Tal	LOC.region	Gasteinertal
Gasteinertal	LOC.region
Gasterntal	LOC.region
Gaviapass	LOC.region
Gebaberg	LOC.mountain
Gehrenberg	LOC.mountain
Geiersberg	LOC.mountain
Geigelstein	LOC.mountain
Geisingberg	LOC.mountain
Geislerspitzen	LOC.mountain	Geisler
Gemeindealpe	LOC.mountain
Gemmipass	LOC.mountain
Gempen	LOC.mountain
Gental	LOC.region
Gepatschferner	LOC.region
Gerlachovský štít	LOC.mountain	Gerlsdorfer Spitze
Gerlachspitze	LOC.mountain
Gerlitzen	LOC.mountain
Gerlospass	LOC.region
Gerlostal	LOC.region
Gerlsdorfer Spitze	LOC.mountain
Gesäuse	LOC.mountain
Ghuta	LOC.region
Gibsonwüste	LOC.region
Giens	LOC.region
Giewont	LOC.mountain
Glacier des Bossons	LOC.region
Glacier-Nationalpark	LOC.region
Glantal	LOC.region
Glarner Alpen	LOC.mountain
Glatzer Bergland	LOC.mountain
Glatzer Pforte	LOC.region
Glatzer Schneeberg	LOC.mountain
Glatzer Schneegebirge	LOC.mountain
Glaubenbergpass	LOC.region
Gleinalpe	LOC.mountain
Glemmtal	LOC.region
Glemswald	LOC.mountain
Glittertind	LOC.mountain
Glockner	LOC.mountain
Glocknergruppe	LOC.mountain
Glocknerwand	LOC.mountain
Glottertal	LOC.region
Glungezer	LOC.mountain
Glärnisch	LOC.mountain
Gobi	LOC.region
Goldberggruppe	LOC.mountain
Goldene Aue	LOC.region
Goldener Grund	LOC.region
Golgatha	LOC.mountain
Gorgany	LOC.mountain
Gornergletscher	LOC.region
Gornergrat	LOC.mountain
Gorongosa	LOC.region
Gosautal	LOC.region
Gotthard	LOC.region
Gotthardmassiv	LOC.mountain
Gotthardpass	LOC.region
Grajische Alpen	LOC.mountain
Grampian Mountains	LOC.mountain	Grampians
Grampians	LOC.mountain
Gran Paradiso	LOC.mountain
Gran Sabana	LOC.region
Gran Sasso	LOC.mountain
Granatspitzgruppe	LOC.mountain
Grand Ballon	LOC.mountain	Großer Belchen
Grand Canyon	LOC.region
Grand Combin	LOC.mountain
Grand Muveran	LOC.mountain
Grand Teton	LOC.mountain
Grand-Teton-Nationalpark	LOC.region
Grande Casse	LOC.mountain
Grandes Jorasses	LOC.mountain
Grands Causses	LOC.region
Grazer Becken	LOC.region
Grazer Feld	LOC.region
Great Basin	LOC.region	Großes Becken
Great Dividing Range	LOC.mountain
Great Plains	LOC.region
Great Smoky Mountains	LOC.mountain
Great Victoria Desert	LOC.region	Große Victoria-Wüste
Great-Smoky-Mountains-Nationalpark	LOC.region
Grenen	LOC.region
Grenzgletscher	LOC.region
Grey-Gletscher	LOC.region
Grimming	LOC.mountain
Grimselpass	LOC.region
Grivola	LOC.mountain
Gross Spannort	LOC.mountain
Grosse Scheidegg	LOC.mountain
Grosser Mythen	LOC.mountain
Großarltal	LOC.region
Große Fatra	LOC.mountain
Große Karoo	LOC.region
Große Nefud	LOC.region
Große Sandwüste	LOC.region
Große Ungarische Tiefebene	LOC.region
Große Victoria-Wüste	LOC.region
Großenhainer Pflege	LOC.region
Großer Afrikanischer Grabenbruch	LOC.region
Großer Ararat	LOC.mountain
Großer Arber	LOC.mountain
Großer Auerberg	LOC.mountain
Großer Beerberg	LOC.mountain
Großer Belchen	LOC.mountain
Großer Bösenstein	LOC.mountain
Großer Chingan	LOC.mountain
Großer Daumen	LOC.mountain
Großer Falkenstein	LOC.mountain
Großer Feldberg	LOC.mountain
Großer Finsterberg	LOC.mountain
Großer Hafner	LOC.mountain
Großer Heuberg	LOC.mountain
Großer Inselsberg	LOC.mountain
Großer Kaukasus	LOC.mountain
Großer Knollen	LOC.mountain
Großer Kornberg	LOC.mountain
Großer Löffler	LOC.mountain
Großer Möseler	LOC.mountain
Großer Osser	LOC.mountain
Großer Priel	LOC.mountain
Großer Pyhrgas	LOC.mountain
Großer Rachel	LOC.mountain
Großer Sankt Bernhard	LOC.region
Großer Solstein	LOC.mountain
Großer St. Bernhard	LOC.region
Großer Traithen	LOC.mountain
Großer Westlicher Erg	LOC.region
Großer Widderstein	LOC.mountain
Großer Winterberg	LOC.mountain
Großer Zacken	LOC.mountain
Großer Zschirnstein	LOC.mountain
Großer Östlicher Erg	LOC.region
Großes Becken	LOC.region
Großes Wiesbachhorn	LOC.mountain
Großglockner	LOC.mountain
Großglockner-Hochalpenstraße	LOC.region
Großvenediger	LOC.mountain
Grunewald	LOC.region
Grímsvötn	LOC.mountain
Grödental	LOC.region	Grödner Tal
Grödner Joch	LOC.region
Grödner Tal	LOC.region
Grönlandeis	LOC.region
Grönländischer Eisschild	LOC.region
Gschnitztal	LOC.region
Gsieser Tal	LOC.region
Guajira	LOC.region	La Guajira
Guayana-Bergland	LOC.region
Guffert	LOC.mountain
Gunung Leuser	LOC.region
Gurgler Ferner	LOC.region
Gurgltal	LOC.region
Gurktal	LOC.region
Gurktaler Alpen	LOC.mountain
Gutensteiner Alpen	LOC.mountain
Gydan-Halbinsel	LOC.region
Görtschitztal	LOC.region
Göschenertal	LOC.region
Gürbetal	LOC.region
Haardt	LOC.mountain
Haarstrang	LOC.mountain
Habachtal	LOC.region
Habelschwerdter Gebirge	LOC.mountain
Habichtswald	LOC.mountain
Hadschar-Gebirge	LOC.mountain
Hafelekar	LOC.mountain
Hagengebirge	LOC.mountain
Hahnenkamm	LOC.mountain
Hahntennjoch	LOC.region
Hainich	LOC.region
Hainleite	LOC.mountain
Hakel	LOC.mountain
Halbinsel Apscheron	LOC.region	Apscheron
Halbinsel Cotentin	LOC.region	Cotentin
Halbinsel Crozon	LOC.region	Crozon
Halbinsel Darß	LOC.region
Halbinsel Eiderstedt	LOC.region	Eiderstedt
Halbinsel Fischland-Darß-Zingst	LOC.region
Halbinsel Gallipoli	LOC.region
Halbinsel Giens	LOC.region	Giens
Halbinsel Hela	LOC.region	Hela
Halbinsel Holnis	LOC.region
Halbinsel Höri	LOC.region	Höri
Halbinsel Jasmund	LOC.region
Halbinsel Kertsch	LOC.region	Kertsch-Halbinsel
Halbinsel Kola	LOC.region	Kola
Halbinsel Krim	LOC.region
Halbinsel Mettnau	LOC.region	Mettnau
Halbinsel Mönchgut	LOC.region
Halbinsel Pelješac	LOC.region	Pelješac
Halbinsel Quiberon	LOC.region	Quiberon
Halbinsel Stralau	LOC.region
Halbinsel Valdés	LOC.region	Valdés
Halbinsel Wittow	LOC.region
Halbinsel Wustrow	LOC.region
Halbinsel Yucatán	LOC.region
Halbinsel Zingst	LOC.region
Halbinsel von Sorrent	LOC.region	Sorrentinische Halbinsel
Haleakalā	LOC.mountain
Half Dome	LOC.mountain
Hallasan	LOC.mountain
Haller Mauern	LOC.mountain
Hallgarter Zange	LOC.mountain
Hallstätter Gletscher	LOC.region
Halti	LOC.mountain
Hambacher Forst	LOC.region
Hambacher Wald	LOC.region
Hanság	LOC.region
Hardangervidda	LOC.mountain
Hardangervidda-Nationalpark	LOC.region
Harz	LOC.mountain
Hasenmatt	LOC.mountain
Haslital	LOC.region
Haspelmoor	LOC.region
Haunold	LOC.mountain
Hauran	LOC.region
Havelländisches Luch	LOC.region
Hawaii-Volcanoes-Nationalpark	LOC.region
Heckengäu	LOC.region
Hegekopf	LOC.mountain
Heidelstein	LOC.mountain
Heimgarten	LOC.mountain
Hekla	LOC.mountain
Helenental	LOC.region
Hengduan-Gebirge	LOC.mountain
Hermon	LOC.mountain
Herzogenhorn	LOC.mountain
Herzogstand	LOC.mountain
Hesselberg	LOC.mountain
Hessisches Bergland	LOC.mountain
Hessisches Kegelspiel	LOC.mountain
Hessisches Ried	LOC.region
Heuchelberg	LOC.mountain
Heuscheuergebirge	LOC.mountain
Hexentanzplatz	LOC.mountain
Highveld	LOC.region
Hildesheimer Börde	LOC.region
Hils	LOC.mountain
Himalaja	LOC.mountain
Himalaya	LOC.mountain
Hindukusch	LOC.mountain
Hinnomtal	LOC.region
Hintere Schwärze	LOC.mountain
Hintereisferner	LOC.region
Hinteres Sonnwendjoch	LOC.mountain
Hinterrugg	LOC.mountain
Hintertuxer Gletscher	LOC.region
Hirschenstein	LOC.mountain
Hirtstein	LOC.mountain
Hluhluwe-iMfolozi	LOC.region
Hochalmspitze	LOC.mountain
Hocharn	LOC.mountain
Hochblauen	LOC.mountain
Hochfeiler	LOC.mountain
Hochfelln	LOC.mountain
Hochgall	LOC.mountain
Hochgern	LOC.mountain
Hochgolling	LOC.mountain
Hochgrat	LOC.mountain
Hochharz	LOC.mountain
Hochkalter	LOC.mountain
Hochkar	LOC.mountain
Hochkelberg	LOC.mountain
Hochkönig	LOC.mountain
Hochland von Tibet	LOC.region
Hochland von Äthiopien	LOC.region	Äthiopisches Hochland
Hochlantsch	LOC.mountain
Hochobir	LOC.mountain
Hochplatte	LOC.mountain
Hochreichart	LOC.mountain
Hochries	LOC.mountain
Hochsauerland	LOC.mountain
Hochschwab	LOC.mountain
Hochsolling	LOC.mountain
Hochspessart	LOC.mountain
Hochstaufen	LOC.mountain
Hochstuhl	LOC.mountain
Hochtannbergpass	LOC.region
Hochtaunus	LOC.mountain
Hochvogel	LOC.mountain
Hochvogesen	LOC.mountain
Hochwanner	LOC.mountain
Hochwechsel	LOC.mountain
Hochwilde	LOC.mountain
Hofsjökull	LOC.mountain
Hoggar	LOC.mountain
Hohe Acht	LOC.mountain
Hohe Loog	LOC.mountain
Hohe Munde	LOC.mountain
Hohe Rhön	LOC.mountain
Hohe Schrecke	LOC.mountain
Hohe Tatra	LOC.mountain
Hohe Tauern	LOC.mountain
Hohe Veitsch	LOC.mountain
Hohe Wand	LOC.mountain
Hohe Weiße	LOC.mountain
Hohenhewen	LOC.mountain
Hohenkrähen	LOC.mountain
Hohenneuffen	LOC.mountain
Hohenstaufen	LOC.mountain
Hohenstoffeln	LOC.mountain
Hohentwiel	LOC.mountain
Hoher Atlas	LOC.mountain
Hoher Bogen	LOC.mountain
Hoher Dachstein	LOC.mountain
Hoher Göll	LOC.mountain
Hoher Ifen	LOC.mountain
Hoher Kasten	LOC.mountain
Hoher Meißner	LOC.mountain
Hoher Nock	LOC.mountain
Hoher Peißenberg	LOC.mountain
Hoher Randen	LOC.mountain
Hoher Riffler	LOC.mountain
Hoher Schneeberg	LOC.mountain
Hoher Sonnblick	LOC.mountain
Hoher Tenn	LOC.mountain
Hoherodskopf	LOC.mountain
Hohes Brett	LOC.mountain
Hohes Venn	LOC.mountain
Hohgant	LOC.mountain
Hohloh	LOC.mountain
Hohneck	LOC.mountain
Holnis	LOC.region
Homert	LOC.mountain
Hornisgrinde	LOC.mountain
Hortobágy	LOC.region
Hotzenwald	LOC.mountain
Hoverla	LOC.mountain
Howerla	LOC.mountain	Hoverla
Hua Shan	LOC.mountain
Huascarán	LOC.mountain
Hubbard-Gletscher	LOC.region
Hudson Valley	LOC.region
Hundstod	LOC.mountain
Hunga Tonga-Hunga Haʻapai	LOC.mountain
Hungersteppe	LOC.region
Hunsrück	LOC.mountain
Hunter Valley	LOC.region
Hvannadalshnúkur	LOC.mountain
Hwange-Nationalpark	LOC.region	Hwange
Härtsfeld	LOC.mountain
Höhlensteintal	LOC.region
Höllental	LOC.region
Höllentalferner	LOC.region
Hümmling	LOC.region
Hüttener Berge	LOC.mountain
Ibergeregg	LOC.region
Iberische Halbinsel	LOC.region
Iberisches Randgebirge	LOC.mountain
Ida-Gebirge	LOC.mountain
Idarkopf	LOC.mountain
Idarwald	LOC.mountain
Ifen	LOC.mountain	Hoher Ifen
Ifinger	LOC.mountain
Igman	LOC.mountain
Iguazú-Nationalpark	LOC.region
Illertal	LOC.region
Illimani	LOC.mountain
Ilmtal	LOC.region
Ilulissat-Eisfjord	LOC.region
Ilztal	LOC.region
Indus-Ebene	LOC.region
Inntal	LOC.region
Ipf	LOC.mountain
Iranisches Hochland	LOC.region
Irazú	LOC.mountain
Irrawaddy-Delta	LOC.region
Isartal	LOC.region
Iseltal	LOC.region
Isergebirge	LOC.mountain
Ismaninger Moos	LOC.region
Istrische Halbinsel	LOC.region
Italienische Halbinsel	LOC.region	Apenninhalbinsel
Ith	LOC.mountain
Iztaccíhuatl	LOC.mountain
Izu-Halbinsel	LOC.region
Jabal Musa	LOC.mountain	Dschebel Musa
Jablonowygebirge	LOC.mountain
Jablunkapass	LOC.region
Jachenau	LOC.region
Jagsttal	LOC.region
Jahorina	LOC.mountain
Jakobshavn Isbræ	LOC.region	Jakobshavn-Gletscher
Jakobshavn-Gletscher	LOC.region
Jamal-Halbinsel	LOC.region	Jamal
Jangtse-Delta	LOC.region
Jangtsedelta	LOC.region	Jangtse-Delta
Jasmund	LOC.region
Jasper-Nationalpark	LOC.region
Jaufenpass	LOC.region
Jaunpass	LOC.region
Jauntal	LOC.region
Jenner	LOC.mountain
Jeschken	LOC.mountain
Jeseníky	LOC.mountain
Jesreel-Ebene	LOC.region	Jesreelebene
Jesreelebene	LOC.region
Ještěd	LOC.mountain	Jeschken
Jim-Corbett-Nationalpark	LOC.region
Jiuzhaigou	LOC.region
Johannisberg	LOC.mountain
John o’ Groats	LOC.region
Jordantal	LOC.region
Joshua Tree	LOC.region
Joshua-Tree-Nationalpark	LOC.region	Joshua Tree
Jostedalsbreen	LOC.region
Jotunheimen	LOC.mountain
Julierpass	LOC.region
Julische Alpen	LOC.mountain
Jungfrau	LOC.mountain
Jungfrau-Aletsch	LOC.region
Jungfrau-Region	LOC.mountain
Jura	LOC.mountain
Jülicher Börde	LOC.region
Jütland	LOC.region
Kahleberg	LOC.mountain
Kahler Asten	LOC.mountain
Kahuzi-Biega	LOC.region
Kaisergebirge	LOC.mountain
Kaiserwald	LOC.mountain
Kaiserwinkl	LOC.region
Kaitersberg	LOC.mountain
Kakadu-Nationalpark	LOC.region	Kakadu
Kalahari	LOC.region
Kalmit	LOC.mountain
Kalmückensteppe	LOC.region
Kalser Tal	LOC.region
Kamerunberg	LOC.mountain
Kampenwand	LOC.mountain
Kanadischer Schild	LOC.region
Kandel	LOC.mountain
Kandertal	LOC.region
Kandil-Gebirge	LOC.mountain
Kangchendzönga	LOC.mountain
Kangchenjunga	LOC.mountain
Kanin-Halbinsel	LOC.region
Kantabrisches Gebirge	LOC.mountain
Kanzelwand	LOC.mountain
Kap Agulhas	LOC.region
Kap Arkona	LOC.region
Kap Blanc	LOC.region
Kap Bon	LOC.region
Kap Deschnjow	LOC.region
Kap Farvel	LOC.region
Kap Finisterre	LOC.region
Kap Guardafui	LOC.region
Kap Hoorn	LOC.region
Kap Komorin	LOC.region
Kap Matapan	LOC.region
Kap Skagen	LOC.region
Kap St. Vincent	LOC.region
Kap Sunion	LOC.region
Kap Trafalgar	LOC.region
Kap Tscheljuskin	LOC.region
Kap York	LOC.region
Kap der Guten Hoffnung	LOC.region
Kap-York-Halbinsel	LOC.region
Kapruner Tal	LOC.region
Karakorum	LOC.mountain
Karakorum-Pass	LOC.region
Karakum	LOC.region
Karakum-Wüste	LOC.region
Karawanken	LOC.mountain
Karerpass	LOC.region
Karmel	LOC.mountain
Karnische Alpen	LOC.mountain
Karnischer Kamm	LOC.mountain
Karoo	LOC.region
Karpaten	LOC.mountain
Karwendel	LOC.mountain
Karwendelgebirge	LOC.mountain
Kasachensteppe	LOC.region
Kasachische Steppe	LOC.region	Kasachensteppe
Kasbek	LOC.mountain
Kasberg	LOC.mountain
Kaschmirtal	LOC.region
Kaskadenkette	LOC.mountain
Kaspische Senke	LOC.region
Kasprowy Wierch	LOC.mountain
Kata Tjuta	LOC.region
Kathmandu-Tal	LOC.region
Kathmandutal	LOC.region	Kathmandu-Tal
Katla	LOC.mountain
Katmai	LOC.mountain
Katschberg	LOC.region
Katzenbuckel	LOC.mountain
Kaufunger Wald	LOC.mountain
Kaukasus	LOC.mountain
Kaunertaler Gletscher	LOC.region
Kaziranga	LOC.region
Kaçkar	LOC.mountain
Kebnekaise	LOC.mountain
Kehlstein	LOC.mountain
Keilberg	LOC.mountain
Kellerwald	LOC.mountain
Kelud	LOC.mountain
Kendlmühlfilzen	LOC.region
Kenianisches Hochland	LOC.region
Kerenzerberg	LOC.region
Kertsch-Halbinsel	LOC.region
Kesselberg	LOC.region
Kgalagadi	LOC.region
Khan Tengri	LOC.mountain
Khao Sok	LOC.region
Khao Yai	LOC.region
Khumbu-Gletscher	LOC.region
Khunjerab-Pass	LOC.region
Khyberpass	LOC.region
Kibo	LOC.mountain
Kickelhahn	LOC.mountain
Kidrontal	LOC.region
Kii-Halbinsel	LOC.region
Kilauea	LOC.mountain	Kīlauea
Kilikische Pforte	LOC.region
Kilimandscharo	LOC.mountain
Kinabalu	LOC.mountain
Kings Canyon	LOC.region
Kintyre	LOC.region
Kinzigtal	LOC.region
Kirnitzschtal	LOC.region
Kisalföld	LOC.region	Kleine Ungarische Tiefebene
Kitzbüheler Alpen	LOC.mountain
Kitzbüheler Horn	LOC.mountain
Kitzsteinhorn	LOC.mountain
Kjerag	LOC.mountain
Klagenfurter Becken	LOC.region
Klausenpass	LOC.region
Klein Matterhorn	LOC.mountain
Kleine Fatra	LOC.mountain
Kleine Karoo	LOC.region
Kleine Karpaten	LOC.mountain
Kleine Scheidegg	LOC.mountain
Kleine Ungarische Tiefebene	LOC.region
Kleiner Arber	LOC.mountain
Kleiner Chingan	LOC.mountain
Kleiner Feldberg	LOC.mountain
Kleiner Kaukasus	LOC.mountain
Kleiner Mythen	LOC.mountain
Kleiner Sankt Bernhard	LOC.region
Kleiner St. Bernhard	LOC.region
Kleines Matterhorn	LOC.mountain	Klein Matterhorn
Kljutschewskaja Sopka	LOC.mountain
Klostertal	LOC.region
Klínovec	LOC.mountain
Klöntal	LOC.region
Knüll	LOC.mountain
Kochertal	LOC.region
Kodori-Tal	LOC.region
Kola	LOC.region
Kolahalbinsel	LOC.region	Kola
Kolchis	LOC.region
Kolchische Tiefebene	LOC.region
Komodo-Nationalpark	LOC.region
Kongobecken	LOC.region
Kopaonik	LOC.mountain
Kopet-Dag	LOC.mountain
Korab	LOC.mountain
Koralpe	LOC.mountain
Kordilleren	LOC.mountain
Koreanische Halbinsel	LOC.region
Korngäu	LOC.region
Kosciuszko	LOC.mountain
Kottenforst	LOC.mountain
Kottische Alpen	LOC.mountain
Kottmar	LOC.mountain
Krafla	LOC.mountain
Krakatau	LOC.mountain
Krappfeld	LOC.region
Kreuzberg	LOC.mountain
Kreuzpass	LOC.region
Krimmler Achental	LOC.region
Krkonoše	LOC.mountain
Kronplatz	LOC.mountain
Krottenkopf	LOC.mountain
Kruger-Nationalpark	LOC.region	Krüger-Nationalpark
Krüger-Nationalpark	LOC.region
Krügerpark	LOC.region	Krüger-Nationalpark
Kulundasteppe	LOC.region
Kunlun	LOC.mountain
Kunlun Shan	LOC.mountain	Kunlun
Kuppenrhön	LOC.mountain
Kura-Aras-Tiefland	LOC.region
Kurische Nehrung	LOC.region
Kyffhäuser	LOC.mountain
Kylltal	LOC.region
Kysylkum	LOC.region
Kyzylkum	LOC.region
Kärntner Alpen	LOC.mountain
Kölner Bucht	LOC.region
Königsspitze	LOC.mountain
Königstuhl	LOC.mountain
Kösseine	LOC.mountain
Kühtai	LOC.region
Kühtaisattel	LOC.region
Künisches Gebirge	LOC.mountain
Küstengebirge	LOC.mountain
Kīlauea	LOC.mountain
La Dôle	LOC.mountain
La Guajira	LOC.region
La Meije	LOC.mountain
La Soufrière	LOC.mountain
Lafnitztal	LOC.region
Lagginhorn	LOC.mountain
Lahntal	LOC.region
Lammertal	LOC.region
Lamsenspitze	LOC.mountain
Landes de Gascogne	LOC.region
Landschaftspark Binntal	LOC.region
Landwassertal	LOC.region
Land’s End	LOC.region
Lange Rhön	LOC.mountain
Langjökull	LOC.mountain
Langkofel	LOC.mountain
Lanín	LOC.mountain
Lappwald	LOC.mountain
Larsen C	LOC.region
Larsen-Schelfeis	LOC.region
Lataschi-Pass	LOC.region
Latemar	LOC.mountain
Laternsertal	LOC.region
Latschin-Korridor	LOC.region
Lattengebirge	LOC.mountain
Laurentischer Schild	LOC.region
Lausche	LOC.mountain
Lausitzer Bergland	LOC.mountain
Lausitzer Gebirge	LOC.mountain
Lauteraarhorn	LOC.mountain
Lauterbrunnental	LOC.region
Lavanttaler Alpen	LOC.mountain
Lechquellengebirge	LOC.mountain
Lechtaler Alpen	LOC.mountain
Leibnitzer Feld	LOC.region
Leinebergland	LOC.mountain
Leipziger Bucht	LOC.region
Leipziger Tieflandsbucht	LOC.region
Leithagebirge	LOC.region
Leitzachtal	LOC.region
Leizhou-Halbinsel	LOC.region
Lennegebirge	LOC.mountain
Lenninger Tal	LOC.region
Leoganger Steinberge	LOC.mountain
Lepontinische Alpen	LOC.mountain
Les Diablerets	LOC.mountain
Lesachtal	LOC.region
Leukental	LOC.region
Leutaschtal	LOC.region
Lhotse	LOC.mountain
Liaodong	LOC.region
Liaodong-Halbinsel	LOC.region	Liaodong
Libanon-Gebirge	LOC.mountain
Libysche Wüste	LOC.region
Lieberoser Heide	LOC.region
Lienzer Dolomiten	LOC.mountain
Liesertal	LOC.region
Ligurische Alpen	LOC.mountain
Lilienstein	LOC.mountain
Limagne	LOC.region
Limburger Becken	LOC.region
Limpurger Berge	LOC.mountain
Linthtal	LOC.region
Lipper Bergland	LOC.mountain
Liskamm	LOC.mountain	Lyskamm
Llaima	LOC.mountain
Llanos	LOC.region
Loch Lomond and The Trossachs	LOC.region
Loferer Steinberge	LOC.mountain
Loiblpass	LOC.region
Loiretal	LOC.region	Tal der Loire
Loisachtal	LOC.region
Lommatzscher Pflege	LOC.region
Lomnitzer Spitze	LOC.mountain
Longs Peak	LOC.mountain
Los Glaciares	LOC.region
Lovćen	LOC.mountain
Lowveld	LOC.region
Lugnez	LOC.region
Lukmanier	LOC.region
Lukmanierpass	LOC.region
Lusen	LOC.mountain
Lyskamm	LOC.mountain
Lysá hora	LOC.mountain
Lägern	LOC.mountain
Lössplateau	LOC.region
Lötschenpass	LOC.mountain
Löwensteiner Berge	LOC.mountain
Lüneburger Heide	LOC.region
Lützelsoon	LOC.mountain
MacDonnell Ranges	LOC.mountain
Maderanertal	LOC.region
Madrisa	LOC.mountain
Maglić	LOC.mountain
Maiella	LOC.mountain	Majella
Maifeld	LOC.region
Mainhardter Wald	LOC.mountain
Majella	LOC.mountain
Makalu	LOC.mountain
Malaiische Halbinsel	LOC.region
Malin Head	LOC.region
Malojapass	LOC.region
Maltatal	LOC.region
Mana Pools	LOC.region
Manaslu	LOC.mountain
Mangfallgebirge	LOC.mountain
Mangfalltal	LOC.region
Mangyschlak	LOC.region
Manú-Nationalpark	LOC.region
Maremma	LOC.region
Marmolada	LOC.mountain	Marmolata
Marmolata	LOC.mountain
Marmolata-Gletscher	LOC.region
Martelltal	LOC.region
Masai Mara	LOC.region
Masai-Mara-Nationalreservat	LOC.region
Massif Central	LOC.mountain
Mata Atlântica	LOC.region
Matterhorn	LOC.mountain
Mauna Kea	LOC.mountain
Mauna Loa	LOC.mountain
Mayon	LOC.mountain
Mecsek	LOC.mountain
Medvednica	LOC.mountain
Meeraugspitze	LOC.mountain	Rysy
Mehliskopf	LOC.mountain
Meiental	LOC.region
Meije	LOC.mountain	La Meije
Mekong-Delta	LOC.region	Mekongdelta
Mekongdelta	LOC.region
Melchtal	LOC.region
Melibokus	LOC.mountain
Mendelpass	LOC.region
Mendenhall-Gletscher	LOC.region
Mer de Glace	LOC.region
Merapi	LOC.mountain
Mesa Verde	LOC.region
Meseta	LOC.region
Meseta Central	LOC.region	Meseta
Mesolcina	LOC.region
Mesopotamische Ebene	LOC.region
Metnitztal	LOC.region
Mettnau	LOC.region
Mieminger Kette	LOC.mountain
Mieminger Plateau	LOC.region
Milešovka	LOC.mountain	Milleschauer
Milleschauer	LOC.mountain
Milseburg	LOC.mountain
Mischabel	LOC.mountain
Mischabelgruppe	LOC.mountain	Mischabel
Mississippi-Delta	LOC.region
Mittagskogel	LOC.mountain
Mittelelbe	LOC.region
Mittelrheintal	LOC.region
Mittlerer Atlas	LOC.mountain
Mizen Head	LOC.region
Mojave	LOC.region
Mojave-Wüste	LOC.region
Moldoveanu	LOC.mountain
Momotombo	LOC.mountain
Moncayo	LOC.mountain
Mongolische Steppe	LOC.region
Mont Aigoual	LOC.mountain
Mont Aiguille	LOC.mountain
Mont Blanc	LOC.mountain
Mont Blanc du Tacul	LOC.mountain
Mont Canigou	LOC.mountain	Canigou
Mont Cenis	LOC.mountain
Mont Collon	LOC.mountain
Mont Lozère	LOC.mountain
Mont Maudit	LOC.mountain
Mont Mézenc	LOC.mountain
Mont Pelvoux	LOC.mountain
Mont Pourri	LOC.mountain
Mont Tendre	LOC.mountain
Mont Ventoux	LOC.mountain
Mont Vélan	LOC.mountain
Mont-Blanc-Massiv	LOC.mountain
Mont-Cenis-Pass	LOC.region
Montagne Noire	LOC.mountain
Montagne Pelée	LOC.mountain	Mount Pelée
Montblanc	LOC.mountain
Montblanc-Massiv	LOC.mountain	Mont-Blanc-Massiv
Monte Amiata	LOC.mountain
Monte Argentario	LOC.region
Monte Baldo	LOC.mountain
Monte Bianco	LOC.mountain
Monte Cassino	LOC.mountain
Monte Cervino	LOC.mountain
Monte Cimone	LOC.mountain
Monte Cristallo	LOC.mountain
Monte Epomeo	LOC.mountain
Monte Grappa	LOC.mountain
Monte Leone	LOC.mountain
Monte Pasubio	LOC.mountain
Monte Perdido	LOC.mountain
Monte Rosa	LOC.mountain
Monte Somma	LOC.mountain
Monte Terminillo	LOC.mountain
Monte Vettore	LOC.mountain
Monte Viso	LOC.mountain
Monte-Rosa-Massiv	LOC.mountain
Montecassino	LOC.mountain
Montes de Toledo	LOC.mountain
Montgenèvre	LOC.region
Monti Sibillini	LOC.mountain
Monts du Lyonnais	LOC.mountain
Monts d’Arrée	LOC.mountain
Montseny	LOC.mountain
Montserrat	LOC.mountain
Monument Valley	LOC.region
Monviso	LOC.mountain	Monte Viso
Moremi	LOC.region
Moritzberg	LOC.mountain
Morteratschgletscher	LOC.region
Mortirolo	LOC.region	Passo del Mortirolo
Morvan	LOC.mountain
Moseltal	LOC.region
Mosenberg	LOC.mountain
Mosesberg	LOC.mountain
Mount Apo	LOC.mountain
Mount Baker	LOC.mountain
Mount Cameroon	LOC.mountain	Kamerunberg
Mount Cook	LOC.mountain
Mount Egmont	LOC.mountain	Mount Taranaki
Mount Elbert	LOC.mountain
Mount Elgon	LOC.mountain
Mount Erebus	LOC.mountain
Mount Everest	LOC.mountain
Mount Hood	LOC.mountain
Mount Kailash	LOC.mountain	Kailash
Mount Katmai	LOC.mountain	Katmai
Mount Kenya	LOC.mountain
Mount Kinabalu	LOC.mountain	Kinabalu
Mount Kosciuszko	LOC.mountain
Mount Logan	LOC.mountain
Mount McKinley	LOC.mountain
Mount Meru	LOC.mountain
Mount Mitchell	LOC.mountain
Mount Mulanje	LOC.mountain
Mount Pelée	LOC.mountain
Mount Rainier	LOC.mountain
Mount Redoubt	LOC.mountain
Mount Rushmore	LOC.mountain
Mount Saint Elias	LOC.mountain
Mount Shasta	LOC.mountain
Mount Spurr	LOC.mountain
Mount St. Helens	LOC.mountain
Mount Stanley	LOC.mountain
Mount Taranaki	LOC.mountain
Mount Vinson	LOC.mountain	Vinson-Massiv
Mount Washington	LOC.mountain
Mount Whitney	LOC.mountain
Mount Wilhelm	LOC.mountain
Mount-Rainier-Nationalpark	LOC.region
Mourne Mountains	LOC.mountain
Mugansteppe	LOC.region
Mulhacén	LOC.mountain
Muotatal	LOC.region
Murchison-Falls-Nationalpark	LOC.region
Murgtal	LOC.region
Murnauer Moos	LOC.region
Musala	LOC.mountain
Musandam	LOC.region
Muskauer Heide	LOC.region
Mátra	LOC.mountain
Mädelegabel	LOC.mountain
Mährisch-Schlesische Beskiden	LOC.mountain
Mährische Pforte	LOC.region
Mönch	LOC.mountain
Mönchgut	LOC.region
Müglitztal	LOC.region
Münchner Schotterebene	LOC.region
Mürtschenstock	LOC.mountain
Mýrdalsjökull	LOC.mountain
Naabtal	LOC.region
Nadelkap	LOC.region	Kap Agulhas
Nafud	LOC.region	Nefud
Nagoldtal	LOC.region
Nahetal	LOC.region
Namib	LOC.region
Nanga Parbat	LOC.mountain
Napa Valley	LOC.region
Nassfeld	LOC.region
Nassfeldpass	LOC.region
Nathu La	LOC.region
Nationalpark Abisko	LOC.region	Abisko
Nationalpark Abruzzen	LOC.region
Nationalpark Bayerischer Wald	LOC.region
Nationalpark Berchtesgaden	LOC.region
Nationalpark Białowieża	LOC.region
Nationalpark Biebrza	LOC.region
Nationalpark Böhmerwald	LOC.region
Nationalpark Böhmische Schweiz	LOC.region
Nationalpark Cairngorms	LOC.region
Nationalpark Calanques	LOC.region
Nationalpark Cevennen	LOC.region
Nationalpark Cilento	LOC.region
Nationalpark Cinque Terre	LOC.region
Nationalpark Dartmoor	LOC.region
Nationalpark De Hoge Veluwe	LOC.region	De Hoge Veluwe
Nationalpark Donau-Auen	LOC.region
Nationalpark Doñana	LOC.region
Nationalpark Durmitor	LOC.region
Nationalpark Eifel	LOC.region
Nationalpark Eifel-Ardennen	LOC.region
Nationalpark Garajonay	LOC.region
Nationalpark Gesäuse	LOC.region
Nationalpark Gran Paradiso	LOC.region
Nationalpark Hainich	LOC.region
Nationalpark Hamburgisches Wattenmeer	LOC.region
Nationalpark Harz	LOC.region
Nationalpark Hoge Kempen	LOC.region
Nationalpark Hohe Tatra	LOC.region
Nationalpark Hohe Tauern	LOC.region
Nationalpark Hunsrück-Hochwald	LOC.region
Nationalpark Jasmund	LOC.region
Nationalpark Kalkalpen	LOC.region
Nationalpark Kellerwald-Edersee	LOC.region
Nationalpark Kornati	LOC.region
Nationalpark Krka	LOC.region
Nationalpark Los Glaciares	LOC.region	Los Glaciares
Nationalpark Mercantour	LOC.region
Nationalpark Mljet	LOC.region
Nationalpark Müritz	LOC.region
Nationalpark Neusiedler See – Seewinkel	LOC.region
Nationalpark Neusiedler See-Seewinkel	LOC.region	Nationalpark Neusiedler See – Seewinkel
Nationalpark Niedersächsisches Wattenmeer	LOC.region
Nationalpark Ordesa	LOC.region
Nationalpark Paklenica	LOC.region
Nationalpark Peneda-Gerês	LOC.region
Nationalpark Picos de Europa	LOC.region
Nationalpark Plitvicer Seen	LOC.region
Nationalpark Pyrenäen	LOC.region
Nationalpark Riesengebirge	LOC.region
Nationalpark Schleswig-Holsteinisches Wattenmeer	LOC.region
Nationalpark Schwarzwald	LOC.region
Nationalpark Snowdonia	LOC.region
Nationalpark Stilfser Joch	LOC.region
Nationalpark Sutjeska	LOC.region
Nationalpark Sächsische Schweiz	LOC.region
Nationalpark Teide	LOC.region
Nationalpark Thayatal	LOC.region
Nationalpark Timanfaya	LOC.region
Nationalpark Torres del Paine	LOC.region	Torres del Paine
Nationalpark Triglav	LOC.region
Nationalpark Unteres Odertal	LOC.region
Nationalpark Vanoise	LOC.region
Nationalpark Vesuv	LOC.region
Nationalpark Vorpommersche Boddenlandschaft	LOC.region
Nationalpark Wattenmeer	LOC.region
Nationalpark Wollin	LOC.region
Nationalpark Yellowstone	LOC.region
Nationalpark Écrins	LOC.region
Nationalpark Þingvellir	LOC.region
Nationalpark Šumava	LOC.region	Nationalpark Böhmerwald
Naturpark Altmühltal	LOC.region
Naturpark Ammergauer Alpen	LOC.region
Naturpark Arnsberger Wald	LOC.region
Naturpark Barnim	LOC.region
Naturpark Bayerischer Wald	LOC.region
Naturpark Bergisches Land	LOC.region
Naturpark Beverin	LOC.region
Naturpark Dahme-Heideseen	LOC.region
Naturpark Diemtigtal	LOC.region
Naturpark Dobratsch	LOC.region
Naturpark Eichsfeld-Hainich-Werratal	LOC.region
Naturpark Erzgebirge/Vogtland	LOC.region
Naturpark Fichtelgebirge	LOC.region
Naturpark Frankenwald	LOC.region
Naturpark Gantrisch	LOC.region
Naturpark Harz	LOC.region
Naturpark Hochtaunus	LOC.region
Naturpark Hohe Wand	LOC.region
Naturpark Hoher Fläming	LOC.region
Naturpark Hohes Venn-Eifel	LOC.region	Naturpark Nordeifel
Naturpark Holsteinische Schweiz	LOC.region
Naturpark Karwendel	LOC.region
Naturpark Kaunergrat	LOC.region
Naturpark Kyffhäuser	LOC.region
Naturpark Lechtal	LOC.region
Naturpark Lüneburger Heide	LOC.region
Naturpark Märkische Schweiz	LOC.region
Naturpark Nagelfluhkette	LOC.region
Naturpark Nassau	LOC.region
Naturpark Nordeifel	LOC.region
Naturpark Nossentiner/Schwinzer Heide	LOC.region
Naturpark Obere Donau	LOC.region
Naturpark Oberer Bayerischer Wald	LOC.region
Naturpark Odenwald	LOC.region
Naturpark Pfyn-Finges	LOC.region
Naturpark Pfälzerwald	LOC.region
Naturpark Pöllauer Tal	LOC.region
Naturpark Rhein-Westerwald	LOC.region
Naturpark Saar-Hunsrück	LOC.region
Naturpark Sauerland-Rothaargebirge	LOC.region
Naturpark Schwarzwald Mitte/Nord	LOC.region
Naturpark Schwäbisch-Fränkischer Wald	LOC.region
Naturpark Schönbuch	LOC.region
Naturpark Siebengebirge	LOC.region
Naturpark Solling-Vogler	LOC.region
Naturpark Spessart	LOC.region
Naturpark Steigerwald	LOC.region
Naturpark Stromberg-Heuchelberg	LOC.region
Naturpark Südeifel	LOC.region
Naturpark Südschwarzwald	LOC.region
Naturpark Taunus	LOC.region
Naturpark Teutoburger Wald	LOC.region
Naturpark Thal	LOC.region
Naturpark Thüringer Wald	LOC.region
Naturpark Tiroler Lech	LOC.region
Naturpark Vogelsberg	LOC.region
Naturpark Weißensee	LOC.region
Naturpark Zillertaler Alpen	LOC.region
Naturpark Zirbitzkogel-Grebenzen	LOC.region
Naturpark Zittauer Gebirge	LOC.region
Naturpark Ötscher-Tormäuer	LOC.region
Naturpark Ötztal	LOC.region
Navistal	LOC.region
Neandertal	LOC.region
Nebelhorn	LOC.mountain
Nebo	LOC.mountain
Neckartal	LOC.region
Neckertal	LOC.region
Nefud	LOC.region
Negev	LOC.region
Negoiu	LOC.mountain
Nemrut	LOC.mountain
Nemrut Dağı	LOC.mountain	Nemrut
Neretva-Korridor	LOC.region
Netzarim-Korridor	LOC.region
Netzebruch	LOC.region
Neunkircher Höhe	LOC.mountain
Neuseeländische Alpen	LOC.mountain
Neuwieder Becken	LOC.region
Nevado del Ruiz	LOC.mountain
Ngauruhoe	LOC.mountain
Ngorongoro	LOC.region
Ngorongoro-Krater	LOC.region	Ngorongoro
Ngorongoro-Schutzgebiet	LOC.region	Ngorongoro
Niederbauen	LOC.mountain
Niedere Tatra	LOC.mountain
Niedere Tauern	LOC.mountain
Niederrheinische Bucht	LOC.region
Nienburger Geest	LOC.region
Nigerdelta	LOC.region
Nildelta	LOC.region
Ninive-Ebene	LOC.region
Niokolo-Koba	LOC.region
Nogaier Steppe	LOC.region
Nonstal	LOC.region
Nordalpen	LOC.mountain
Nordchinesische Ebene	LOC.region
Norddeutsche Tiefebene	LOC.region
Norddeutsches Tiefland	LOC.region
Nordend	LOC.mountain
Nordheide	LOC.region
Nordkette	LOC.mountain
Noto-Halbinsel	LOC.region
Nubaberge	LOC.mountain
Nubien	LOC.region
Nubische Wüste	LOC.region
Nufenen	LOC.region
Nufenenpass	LOC.region
Nullarbor	LOC.region	Nullarbor-Ebene
Nullarbor-Ebene	LOC.region
Nyamuragira	LOC.mountain
Nyiragongo	LOC.mountain
Nördliche Kalkalpen	LOC.mountain
Nördlicher Schneeferner	LOC.region
Nürnberger Reichswald	LOC.region
Ober Gabelhorn	LOC.mountain
Oberaargletscher	LOC.region
Oberalppass	LOC.region
Oberalpstock	LOC.mountain
Oberer Grindelwaldgletscher	LOC.region
Oberes Donautal	LOC.region
Oberes Rhinluch	LOC.region
Oberhalbstein	LOC.region
Oberhasli	LOC.region
Oberinntal	LOC.region
Oberjochpass	LOC.region
Oberlausitzer Bergland	LOC.mountain
Oberlausitzer Heide- und Teichlandschaft	LOC.region
Obernbergtal	LOC.region
Oberpfälzer Jura	LOC.mountain
Oberpfälzer Wald	LOC.mountain
Oberrheingraben	LOC.region
Oberrheinische Tiefebene	LOC.region
Obersulzbachkees	LOC.region
Obertauern	LOC.region
Ochsenkopf	LOC.mountain
Odenwald	LOC.mountain
Odertal	LOC.region
Ofenpass	LOC.region
Ohmgebirge	LOC.mountain
Ojos del Salado	LOC.mountain
Okanagan Valley	LOC.region
Okavangodelta	LOC.region
Ol Doinyo Lengai	LOC.mountain
Olperer	LOC.mountain
Olymp	LOC.mountain
Olympic-Halbinsel	LOC.region
Olympic-Nationalpark	LOC.region
Olympos	LOC.mountain
Onsernonetal	LOC.region
Ontake	LOC.mountain
Ordesa y Monte Perdido	LOC.region	Nationalpark Ordesa
Ordos-Wüste	LOC.region	Ordos
Orinoco-Delta	LOC.region
Orlasenke	LOC.region
Ortler	LOC.mountain
Ortler-Alpen	LOC.mountain
Ortlergruppe	LOC.mountain
Osning	LOC.mountain
Ossa	LOC.mountain
Osser	LOC.mountain	Großer Osser
Ost-Ghuta	LOC.region
Ostafrikanischer Graben	LOC.region
Ostalpen	LOC.mountain
Ostantarktischer Eisschild	LOC.region
Osterhorngruppe	LOC.mountain
Osteuropäische Ebene	LOC.region
Ostghats	LOC.mountain
Ostheide	LOC.region
Ostkarpaten	LOC.mountain
Ostsajan	LOC.mountain
Otago-Halbinsel	LOC.region
Ozark-Plateau	LOC.mountain	Ozarks
Ozarks	LOC.mountain
Pacaya	LOC.mountain
Packsattel	LOC.region
Paektu	LOC.mountain	Paektusan
Paektusan	LOC.mountain
Painted Desert	LOC.region
Pala-Gruppe	LOC.mountain	Palagruppe
Palagruppe	LOC.mountain
Paltental	LOC.region
Pamir	LOC.mountain
Pamir-Gebirge	LOC.mountain
Pampa	LOC.region
Pandschir-Tal	LOC.region
Pankisi-Tal	LOC.region
Pannonische Tiefebene	LOC.region
Pantanal	LOC.region
Papststein	LOC.mountain
Parc Ela	LOC.region
Paria-Halbinsel	LOC.region
Paricutín	LOC.mountain
Parnass	LOC.mountain
Parnassos	LOC.mountain
Parndorfer Platte	LOC.region
Parnitha	LOC.mountain
Parseierspitze	LOC.mountain
Partnachklamm	LOC.region
Pass Thurn	LOC.region
Passeier	LOC.region	Passeiertal
Passeiertal	LOC.region
Passo Fedaia	LOC.region
Passo Giau	LOC.region
Passo Pordoi	LOC.region
Passo Rolle	LOC.region
Passo San Pellegrino	LOC.region
Passo del Mortirolo	LOC.region
Passo dello Stelvio	LOC.region
Passo di Gavia	LOC.region
Passwang	LOC.mountain
Pasterze	LOC.region
Pasubio	LOC.mountain	Monte Pasubio
Patagonische Wüste	LOC.region
Paternkofel	LOC.mountain
Patscherkofel	LOC.mountain
Patteriol	LOC.mountain
Pays de Caux	LOC.region
Pegnitztal	LOC.region
Peitlerkofel	LOC.mountain
Pelion	LOC.mountain
Pelješac	LOC.region
Pellenz	LOC.region
Pelmo	LOC.mountain
Pendjari	LOC.region
Penninen	LOC.mountain	Pennines
Pennines	LOC.mountain
Penser Joch	LOC.region
Perito Moreno	LOC.region	Perito-Moreno-Gletscher
Perito-Moreno-Gletscher	LOC.region
Perlflussdelta	LOC.region
Persgletscher	LOC.region
Petermann-Gletscher	LOC.region
Petersberg	LOC.mountain
Petrified Forest	LOC.region
Pfaffenstein	LOC.mountain
Pferdskopf	LOC.mountain
Pfrunger-Burgweiler Ried	LOC.region
Pfälzerwald	LOC.mountain
Pfälzisch-Elsässisches Grenzgebirge	LOC.mountain
Philadelphi-Korridor	LOC.region
Phlegräische Felder	LOC.mountain	Campi Flegrei
Pic du Midi	LOC.mountain
Pichincha	LOC.mountain
Pico Bolívar	LOC.mountain
Pico Veleta	LOC.mountain	Veleta
Pico da Neblina	LOC.mountain
Pico de Aneto	LOC.mountain	Aneto
Pico de Orizaba	LOC.mountain
Pico del Teide	LOC.mountain
Pico do Fogo	LOC.mountain
Picos de Europa	LOC.mountain
Pielachtal	LOC.region
Pieninen	LOC.mountain
Piestingtal	LOC.region
Pigne d’Arolla	LOC.mountain
Pik Ismoil Somoni	LOC.mountain
Pik Kommunismus	LOC.mountain
Pik Lenin	LOC.mountain
Pik Pobeda	LOC.mountain
Pikes Peak	LOC.mountain
Pilanesberg	LOC.region
Pilatus	LOC.mountain
Pilion	LOC.mountain
Pilis	LOC.mountain
Pillerseetal	LOC.region
Pinatubo	LOC.mountain
Pindos	LOC.mountain
Pine-Island-Gletscher	LOC.region
Pinkatal	LOC.region
Pip Iwan	LOC.mountain
Pirin	LOC.mountain
Piton de la Fournaise	LOC.mountain
Pitztaler Gletscher	LOC.region
Piz Badile	LOC.mountain
Piz Bernina	LOC.mountain
Piz Beverin	LOC.mountain
Piz Boè	LOC.mountain
Piz Buin	LOC.mountain
Piz Cengalo	LOC.mountain
Piz Corvatsch	LOC.mountain
Piz Ela	LOC.mountain
Piz Julier	LOC.mountain
Piz Kesch	LOC.mountain
Piz Lagrev	LOC.mountain
Piz Languard	LOC.mountain
Piz Linard	LOC.mountain
Piz Lischana	LOC.mountain
Piz Medel	LOC.mountain
Piz Morteratsch	LOC.mountain
Piz Nair	LOC.mountain
Piz Palü	LOC.mountain
Piz Platta	LOC.mountain
Piz Roseg	LOC.mountain
Piz Sardona	LOC.mountain
Piz Segnas	LOC.mountain
Plaine-Morte-Gletscher	LOC.region
Plankenstein	LOC.mountain
Plattkofel	LOC.mountain
Plessur-Alpen	LOC.mountain
Plitvicer Seen	LOC.region	Nationalpark Plitvicer Seen
Plomb du Cantal	LOC.mountain
Plose	LOC.mountain
Plöckenpass	LOC.region
Plöckenstein	LOC.mountain
Po-Delta	LOC.region	Podelta
Po-Ebene	LOC.region
Podelta	LOC.region
Poebene	LOC.region
Pointe du Raz	LOC.region
Polenztal	LOC.region
Polesien	LOC.region	Pripjetsümpfe
Pontinische Ebene	LOC.region	Pontinische Sümpfe
Pontinische Sümpfe	LOC.region
Pontische Steppe	LOC.region
Pontisches Gebirge	LOC.mountain
Popocatépetl	LOC.mountain
Pordoijoch	LOC.region	Passo Pordoi
Praděd	LOC.mountain	Altvater
Pragelpass	LOC.region
Predeal-Pass	LOC.region
Predigtstuhl	LOC.mountain
Preikestolen	LOC.mountain
Presanella	LOC.mountain
Pripjetsümpfe	LOC.region
Priwall	LOC.region
Prokletije	LOC.mountain	Albanische Alpen
Provenzalische Alpen	LOC.mountain
Präbichl	LOC.region
Pröller	LOC.mountain
Psiloritis	LOC.mountain
Pulkautal	LOC.region
Puncak Jaya	LOC.mountain
Puszta	LOC.region
Puy de Dôme	LOC.mountain
Puy de Sancy	LOC.mountain
Pyhrn	LOC.region
Pyhrnpass	LOC.region
Pyrenäen	LOC.mountain
Pöhlberg	LOC.mountain
Qandil-Gebirge	LOC.mountain	Kandil-Gebirge
Qinling	LOC.mountain
Queen-Elizabeth-Nationalpark	LOC.region
Queichtal	LOC.region
Quiberon	LOC.region
Raabtal	LOC.region
Rachel	LOC.mountain
Radlpass	LOC.region
Radstädter Tauern	LOC.mountain
Radstädter Tauernpass	LOC.region
Raichberg	LOC.mountain
Rainerhorn	LOC.mountain
Rammert	LOC.mountain
Ramolkogel	LOC.mountain
Randowbruch	LOC.region
Ranthambore	LOC.region
Ras Daschen	LOC.mountain
Rauriser Tal	LOC.region
Raurisertal	LOC.region	Rauriser Tal
Rauschberg	LOC.mountain
Rax	LOC.mountain
Rechberg	LOC.mountain
Redwood-Nationalpark	LOC.region
Regental	LOC.region
Registan	LOC.region
Rehburger Berge	LOC.mountain
Reichenspitze	LOC.mountain
Reichensteiner Gebirge	LOC.mountain
Reichraminger Hintergebirge	LOC.mountain
Reichswald	LOC.region
Reinhardswald	LOC.mountain
Reiter Alpe	LOC.mountain
Reiteralpe	LOC.mountain	Reiter Alpe
Reißeckgruppe	LOC.mountain
Renchtal	LOC.region
Reppischtal	LOC.region
Reschenpass	LOC.region
Reschenscheideck	LOC.region
Retezat	LOC.mountain
Rettenbachferner	LOC.region
Reusstal	LOC.region
Rheindelta	LOC.region
Rheinebene	LOC.region
Rheingaugebirge	LOC.mountain
Rheinschlucht	LOC.region
Rheintal	LOC.region
Rheinwald	LOC.region
Rheinwaldhorn	LOC.mountain
Rhinluch	LOC.region
Rhodopen	LOC.mountain
Rhonedelta	LOC.region
Rhonegletscher	LOC.region
Rhonetal	LOC.region
Rhön	LOC.mountain
Richelsdorfer Gebirge	LOC.mountain
Riedbergpass	LOC.region
Riesengebirge	LOC.mountain
Rieserfernergruppe	LOC.mountain
Rif	LOC.mountain	Rif-Gebirge
Rif-Gebirge	LOC.mountain
Rift Valley	LOC.region
Rigi	LOC.mountain
Rila	LOC.mountain
Rimpfischhorn	LOC.mountain
Ringelspitz	LOC.mountain
Ringgau	LOC.mountain
Rinjani	LOC.mountain
Rio Grande Valley	LOC.region
Risserkogel	LOC.mountain
Rittner Horn	LOC.mountain
Rockies	LOC.mountain
Rocky Mountains	LOC.mountain
Rocky-Mountain-Nationalpark	LOC.region
Rodnaer Gebirge	LOC.mountain
Rollepass	LOC.region
Roncesvalles	LOC.region
Ronceval	LOC.region	Roncesvalles
Rondane	LOC.mountain
Ronne-Schelfeis	LOC.region
Roque Nublo	LOC.mountain
Roraima	LOC.mountain
Roseggletscher	LOC.region
Rosenheimer Becken	LOC.region
Ross-Eisschelf	LOC.region	Ross-Schelfeis
Ross-Schelfeis	LOC.region
Rosstrappe	LOC.mountain
Roter-Turm-Pass	LOC.region
Rotes Becken	LOC.region	Sichuan-Becken
Rothaargebirge	LOC.mountain
Rotstein	LOC.mountain
Rottenmanner Tauern	LOC.mountain
Rotwand	LOC.mountain
Roßberg	LOC.mountain
Ruapehu	LOC.mountain
Rub al-Chali	LOC.region
Rub al-Khali	LOC.region
Rubihorn	LOC.mountain
Rudolfstein	LOC.mountain
Ruhrtal	LOC.region
Ruinaulta	LOC.region
Ruwenzori	LOC.mountain
Rysy	LOC.mountain
Rätikon	LOC.mountain
Saalachtal	LOC.region
Saaletal	LOC.region
Saanenland	LOC.region
Saartal	LOC.region
Sachsenwald	LOC.region
Safiental	LOC.region
Sagarmatha-Nationalpark	LOC.region
Sahara	LOC.region
Sahel	LOC.region
Saint-Jean-Cap-Ferrat	LOC.region	Cap Ferrat
Sajama	LOC.mountain
Sajan	LOC.mountain
Sakar	LOC.mountain
Sakurajima	LOC.mountain
Salang-Pass	LOC.region
Salangpass	LOC.region	Salang-Pass
Salar de Atacama	LOC.region
Salar de Uyuni	LOC.region
Salento	LOC.region
Salonga	LOC.region
Salzachtal	LOC.region
Salzburger Kopf	LOC.mountain
Samnaun	LOC.region
Samnaungruppe	LOC.mountain
San Bernardino	LOC.region
San Fernando Valley	LOC.region
San-Bernardino-Pass	LOC.region
Sandsteinspessart	LOC.mountain
Sanetschpass	LOC.mountain
Sankt Gotthard	LOC.region
Sankt-Gotthard-Pass	LOC.region
Sarek	LOC.region
Sarek-Nationalpark	LOC.region	Sarek
Sarntal	LOC.region
Sarntaler Alpen	LOC.mountain
Sass Rigais	LOC.mountain
Sattelegg	LOC.region
Saualpe	LOC.mountain
Saybuscher Beskiden	LOC.mountain
Scafell Pike	LOC.mountain
Schafberg	LOC.mountain
Schalfkogel	LOC.mountain
Schanfigg	LOC.region
Schar Planina	LOC.mountain
Schareck	LOC.mountain
Scharonebene	LOC.region
Schauinsland	LOC.mountain
Schchara	LOC.mountain
Schesaplana	LOC.mountain
Schilthorn	LOC.mountain
Schipka-Pass	LOC.region
Schipkapass	LOC.region	Schipka-Pass
Schiwelutsch	LOC.mountain
Schladminger Tauern	LOC.mountain
Schlatenkees	LOC.region
Schlern	LOC.mountain
Schmittenhöhe	LOC.mountain
Schnalstal	LOC.region
Schneckenstein	LOC.mountain
Schnee-Eifel	LOC.mountain
Schneealpe	LOC.mountain
Schneeberg	LOC.mountain
Schneeferner	LOC.region
Schneefernerkopf	LOC.mountain
Schneekopf	LOC.mountain
Schneekoppe	LOC.mountain
Schneibstein	LOC.mountain
Schneifel	LOC.mountain	Schnee-Eifel
Schobergruppe	LOC.mountain
Schoberpass	LOC.region
Schorfheide	LOC.region
Schrammsteine	LOC.mountain
Schrankogel	LOC.mountain
Schrattenfluh	LOC.mountain
Schreckhorn	LOC.mountain
Schurwald	LOC.mountain
Schwansen	LOC.region
Schwartenberg	LOC.mountain
Schwarzatal	LOC.region
Schwarzenstein	LOC.mountain
Schwarzer Mann	LOC.mountain
Schwarzwald	LOC.mountain
Schweizer Jura	LOC.mountain
Schweizer Mittelland	LOC.region
Schweizer Voralpen	LOC.mountain
Schweizerischer Nationalpark	LOC.region
Schwyzer Alpen	LOC.mountain
Schwäbische Alb	LOC.mountain
Schwäbischer Jura	LOC.mountain
Schynige Platte	LOC.mountain
Schächental	LOC.region
Schöckl	LOC.mountain
Schönbuch	LOC.mountain
Schönfeldspitze	LOC.mountain
Seceda	LOC.mountain
Sechura-Wüste	LOC.region
Seckauer Tauern	LOC.mountain
Seealpen	LOC.mountain
Seebergpass	LOC.region
Seebergsattel	LOC.region
Seebuck	LOC.mountain
Seefelder Plateau	LOC.region
Seefelder Sattel	LOC.region
Seerücken	LOC.region
Selbhorn	LOC.mountain
Sellagruppe	LOC.mountain
Sellajoch	LOC.region
Sellraintal	LOC.region
Selous	LOC.region
Selous-Wildreservat	LOC.region	Selous
Semeru	LOC.mountain
Semmering	LOC.region
Sengsengebirge	LOC.mountain
Senne	LOC.region
Septimer	LOC.region
Septimerpass	LOC.region
Sequoia-Nationalpark	LOC.region
Serengeti	LOC.region
Serengeti-Nationalpark	LOC.region
Serles	LOC.mountain
Sernftal	LOC.region
Serra da Estrela	LOC.mountain
Serra do Mar	LOC.mountain
Sertão	LOC.region
Sesvennagruppe	LOC.mountain
Setzberg	LOC.mountain
Seulingswald	LOC.mountain
Seward-Halbinsel	LOC.region
Sextener Dolomiten	LOC.mountain
Shandong-Halbinsel	LOC.region
Shenandoah Valley	LOC.region
Shenandoah-Nationalpark	LOC.region
Shiretoko	LOC.region
Shishapangma	LOC.mountain
Siachen-Gletscher	LOC.region
Sichote-Alin	LOC.mountain
Sichuan-Becken	LOC.region
Siebengebirge	LOC.mountain
Siegtal	LOC.region
Sierra Madre	LOC.mountain
Sierra Madre Occidental	LOC.mountain
Sierra Madre Oriental	LOC.mountain
Sierra Madre del Sur	LOC.mountain
Sierra Maestra	LOC.mountain
Sierra Morena	LOC.mountain
Sierra Nevada	LOC.mountain
Sierra de Córdoba	LOC.mountain
Sierra de Gredos	LOC.mountain
Sierra de Guadarrama	LOC.mountain
Signalkuppe	LOC.mountain
Silicon Valley	LOC.region
Siliguri-Korridor	LOC.region
Silvretta	LOC.mountain
Silvretta-Hochalpenstraße	LOC.region
Simien-Gebirge	LOC.mountain
Similaun	LOC.mountain
Simmelsberg	LOC.mountain
Simmental	LOC.region
Simonswälder Tal	LOC.region
Simplon	LOC.region
Simplonpass	LOC.region
Simpsonwüste	LOC.region
Sinabung	LOC.mountain
Sinai-Gebirge	LOC.mountain
Sinai-Wüste	LOC.region
Sindschar-Gebirge	LOC.mountain
Skanden	LOC.mountain
Skandinavische Halbinsel	LOC.region
Skandinavisches Gebirge	LOC.mountain
Skopusberg	LOC.mountain
Sljeme	LOC.mountain
Slowakisches Erzgebirge	LOC.mountain
Slowakisches Paradies	LOC.region
Smoky Mountains	LOC.mountain	Great Smoky Mountains
Smolikas	LOC.mountain
Snowdon	LOC.mountain
Snowdonia	LOC.mountain
Snowy Mountains	LOC.mountain
Snæfellsjökull	LOC.mountain
Snøhetta	LOC.mountain
Soester Börde	LOC.region
Solling	LOC.mountain
Sologne	LOC.region
Somali-Halbinsel	LOC.region
Somport	LOC.region
Sonnblick	LOC.mountain	Hoher Sonnblick
Sonntagshorn	LOC.mountain
Sonoma Valley	LOC.region
Sonora-Wüste	LOC.region
Soonwald	LOC.mountain
Sorapiss	LOC.mountain
Sorrentinische Halbinsel	LOC.region
Soufrière Hills	LOC.mountain
South Luangwa	LOC.region
Southern Alps	LOC.mountain
Sperrzone Tschernobyl	LOC.region	Sperrzone von Tschernobyl
Sperrzone von Tschernobyl	LOC.region
Spessart	LOC.mountain
Spitzkoppe	LOC.mountain
Spitzmauer	LOC.mountain
Splügen	LOC.region
Splügenpass	LOC.region
Spreetal	LOC.region
St. Gotthard	LOC.region
Stader Geest	LOC.region
Staffelberg	LOC.mountain
Staller Sattel	LOC.region
Stanowoigebirge	LOC.mountain
Stanserhorn	LOC.mountain
Stanzertal	LOC.region
Stara Planina	LOC.mountain
Steigerwald	LOC.mountain
Steiner Alpen	LOC.mountain
Steinernes Meer	LOC.mountain
Steinwald	LOC.mountain
Steirisches Randgebirge	LOC.mountain
Steyrtal	LOC.region
Stilfser Joch	LOC.region
Stockhorn	LOC.mountain
Strahlhorn	LOC.mountain
Strandscha	LOC.mountain
Strohgäu	LOC.region
Stromboli	LOC.mountain
Stubachtal	LOC.region
Stubaier Alpen	LOC.mountain
Stubaier Gletscher	LOC.region
Stubalpe	LOC.mountain
Stuhleck	LOC.mountain
Stuifen	LOC.mountain
Stölzinger Gebirge	LOC.mountain
Sudelfeld	LOC.region
Sudeten	LOC.mountain
Sulaiman-Gebirge	LOC.mountain
Sulzfluh	LOC.mountain
Sundarban	LOC.region	Sundarbans
Sundarbans	LOC.region
Sundewitt	LOC.region
Surses	LOC.region	Oberhalbstein
Sustenhorn	LOC.mountain
Sustenpass	LOC.region
Suwalki-Lücke	LOC.region	Suwałki-Lücke
Suwałki-Lücke	LOC.region
Svartisen	LOC.region
Swat-Tal	LOC.region
Swattal	LOC.region	Swat-Tal
Syrische Wüste	LOC.region
Säntis	LOC.mountain
Säuling	LOC.mountain
Söhre	LOC.mountain
Sölkpass	LOC.region
Südalpen	LOC.mountain
Südheide	LOC.region
Südkarpaten	LOC.mountain
Südliche Kalkalpen	LOC.mountain
Südlicher Schneeferner	LOC.region
Süntel	LOC.mountain
Süphan	LOC.mountain
Słowiński-Nationalpark	LOC.region
Tafelberg	LOC.mountain
Tahat	LOC.mountain
Tai Shan	LOC.mountain	Taishan
Taimyr	LOC.region
Taimyr-Halbinsel	LOC.region	Taimyr
Tajogaite	LOC.mountain
Tajumulco	LOC.mountain
Taklamakan	LOC.region
Tal der Könige	LOC.region
Tal der Loire	LOC.region
Taman-Halbinsel	LOC.region
Tambora	LOC.mountain
Taminatal	LOC.region
Tanami	LOC.region
Tanami-Wüste	LOC.region	Tanami
Tanezrouft	LOC.region
Tanggula	LOC.mountain
Tannheimer Berge	LOC.mountain
Tarimbecken	LOC.region
Tasman-Gletscher	LOC.region
Tassili	LOC.mountain	Tassili n’Ajjer
Tassili n’Ajjer	LOC.mountain
Tatra	LOC.mountain
Tatra-Gebirge	LOC.mountain
Tatra-Nationalpark	LOC.region	Nationalpark Hohe Tatra
Tatzelwurm	LOC.region
Tauern	LOC.mountain
Tauernpass	LOC.region
Tauferer Tal	LOC.region
Taunus	LOC.mountain
Taurusgebirge	LOC.mountain
Tavoliere	LOC.region
Taygetos	LOC.mountain
Tayrona	LOC.region
Teck	LOC.mountain
Tegelberg	LOC.mountain
Tegeler Forst	LOC.region
Tegernseer Tal	LOC.region
Teide	LOC.mountain
Tempelberg	LOC.mountain
Tengger-Wüste	LOC.region
Tennengebirge	LOC.mountain
Tertiärhügelland	LOC.region
Tessiner Alpen	LOC.mountain
Teton Range	LOC.mountain	Tetons
Tetons	LOC.mountain
Teufelsmauer	LOC.mountain
Teufelsmühle	LOC.mountain
Texelgruppe	LOC.mountain
Thabana Ntlenyana	LOC.mountain
Thaneller	LOC.mountain
Thar	LOC.region
Tharandter Wald	LOC.mountain
Thayatal	LOC.region
Theodulgletscher	LOC.region
Thermopylen	LOC.region
Thingvellir	LOC.region	Nationalpark Þingvellir
Thurtal	LOC.region
Thwaites-Gletscher	LOC.region
Thüringer Becken	LOC.region
Thüringer Schiefergebirge	LOC.mountain
Thüringer Wald	LOC.mountain
Tian Shan	LOC.mountain
Tibesti	LOC.mountain
Tibetisches Hochland	LOC.region	Hochland von Tibet
Tibetisches Hochplateau	LOC.region	Hochland von Tibet
Tiefenbachferner	LOC.region
Tienschan	LOC.mountain
Timanfaya	LOC.region	Nationalpark Timanfaya
Timmelsjoch	LOC.region
Tiroler Gailtal	LOC.region
Titlis	LOC.mountain
Tofana	LOC.mountain
Tolbatschik	LOC.mountain
Tonalepass	LOC.region
Tongariro	LOC.mountain
Tongariro-Nationalpark	LOC.region
Torre de Cerredo	LOC.mountain
Torres del Paine	LOC.region
Totes Gebirge	LOC.mountain
Toubkal	LOC.mountain
Tourmalet	LOC.region
Traisental	LOC.region
Transalai	LOC.mountain
Transantarktisches Gebirge	LOC.mountain
Transhimalaya	LOC.mountain
Transsilvanische Alpen	LOC.mountain
Tre Cime	LOC.mountain	Drei Zinnen
Trettachspitze	LOC.mountain
Triestingtal	LOC.region
Triftgletscher	LOC.region
Triglav	LOC.mountain
Trollheimen	LOC.mountain
Trolltunga	LOC.mountain
Trossachs	LOC.region	Loch Lomond and The Trossachs
Tsanfleuron-Gletscher	LOC.region
Tsavo	LOC.region
Tsavo-Nationalpark	LOC.region	Tsavo
Tschadbecken	LOC.region
Tscherskigebirge	LOC.mountain
Tschirgant	LOC.mountain
Tschomolungma	LOC.mountain
Tschornohora	LOC.mountain
Tschuktschen-Halbinsel	LOC.region
Tsitsikamma	LOC.region
Tullner Feld	LOC.region
Tungurahua	LOC.mountain
Turanisches Tiefland	LOC.region	Turan
Turracher Höhe	LOC.region
Turtmanntal	LOC.region
Tuxer Alpen	LOC.mountain
Tuxer Tal	LOC.region	Tuxertal
Tuxertal	LOC.region
Täschhorn	LOC.mountain
Ténéré	LOC.region
Tödi	LOC.mountain
Tösstal	LOC.region
Türnitzer Alpen	LOC.mountain
UNESCO-Biosphäre Entlebuch	LOC.region
Uetliberg	LOC.mountain
Ujung Kulon	LOC.region
Ultental	LOC.region
Uludağ	LOC.mountain
Uluru	LOC.mountain
Uluru-Kata Tjuta	LOC.region
Umbrailpass	LOC.region
Ungarische Tiefebene	LOC.region
Unstruttal	LOC.region
Unteraargletscher	LOC.region
Unterer Grindelwaldgletscher	LOC.region
Unterinntal	LOC.region
Untersberg	LOC.mountain
Upsala-Gletscher	LOC.region
Ural	LOC.mountain
Uri Rotstock	LOC.mountain
Urner Alpen	LOC.mountain
Urserental	LOC.region
Ursprungpass	LOC.region
Urwald von Białowieża	LOC.region	Nationalpark Białowieża
Uschba	LOC.mountain
Učka	LOC.mountain
Val Bedretto	LOC.region	Bedrettotal
Val Camonica	LOC.region
Val Ferret	LOC.region
Val Gardena	LOC.region
Val Lumnezia	LOC.region	Lugnez
Val S-charl	LOC.region
Val de Bagnes	LOC.region
Val di Non	LOC.region	Nonstal
Val di Sole	LOC.region
Val d’Entremont	LOC.region
Val d’Hérens	LOC.region
Val d’Illiez	LOC.region
Val-de-Ruz	LOC.region
Val-de-Travers	LOC.region
Valcamonica	LOC.region	Val Camonica
Valdés	LOC.region
Valle Sagrado	LOC.region
Valle Verzasca	LOC.region
Valle de Uco	LOC.region
Valle de los Caídos	LOC.region
Valle di Blenio	LOC.region	Bleniotal
Vallon de Saint-Imier	LOC.region
Valluga	LOC.mountain
Vallée de Joux	LOC.region
Valtellina	LOC.region	Veltlin
Valtenberg	LOC.mountain
Vatnajökull	LOC.mountain
Vatnajökull-Nationalpark	LOC.region
Veldensteiner Forst	LOC.mountain
Velebit	LOC.mountain
Veleta	LOC.mountain
Velmerstot	LOC.mountain
Veltlin	LOC.region
Veluwe	LOC.region
Venedigergruppe	LOC.mountain
Vercors	LOC.mountain
Verecke-Pass	LOC.region
Vernagtferner	LOC.region
Verwall	LOC.mountain
Vesuv	LOC.mountain
Via Mala	LOC.region
Viamala	LOC.region
Vignemale	LOC.mountain
Vihren	LOC.mountain
Villacher Alpe	LOC.mountain	Dobratsch
Villgratental	LOC.region
Villgratner Berge	LOC.mountain
Villnöß	LOC.region	Villnößtal
Villnößtal	LOC.region
Vilstal	LOC.region
Vindhya-Gebirge	LOC.mountain
Vinson-Massiv	LOC.mountain
Virgental	LOC.region
Virngrund	LOC.mountain
Virunga-Berge	LOC.mountain	Virunga-Vulkane
Virunga-Nationalpark	LOC.region
Virunga-Vulkane	LOC.mountain
Vitoscha	LOC.mountain	Witoscha
Vogelsberg	LOC.mountain
Vogesen	LOC.mountain
Volcán de Fuego	LOC.mountain
Voralpen	LOC.mountain
Voralpenland	LOC.region
Vorderer Bayerischer Wald	LOC.mountain
Vrenelisgärtli	LOC.mountain
Vértes	LOC.mountain
Waasen	LOC.region	Hanság
Wadi Hadramaut	LOC.region
Wadi Rum	LOC.region
Wakhan-Korridor	LOC.region
Walachische Tiefebene	LOC.region
Walberla	LOC.mountain
Waldenburger Berge	LOC.mountain
Waldenburger Bergland	LOC.mountain
Waldkarpaten	LOC.mountain
Waldstein	LOC.mountain
Wallberg	LOC.mountain
Walliser Alpen	LOC.mountain
Walmendinger Horn	LOC.mountain
Warburger Börde	LOC.region
Warscheneck	LOC.mountain
Warthebruch	LOC.region
Wasatch	LOC.mountain
Wasserkuppe	LOC.mountain
Wattental	LOC.region
Watzmann	LOC.mountain
Watzmanngletscher	LOC.region
Weinbiet	LOC.mountain
Weissenstein	LOC.mountain
Weisshorn	LOC.mountain
Weissmies	LOC.mountain
Weisstannental	LOC.region
Weiße Karpaten	LOC.mountain
Weißeritztal	LOC.region
Weißkugel	LOC.mountain
Welzheimer Wald	LOC.mountain
Wendelstein	LOC.mountain
Werchojansker Gebirge	LOC.mountain
Werratal	LOC.region
Wertachtal	LOC.region
Weserbergland	LOC.mountain
Wesertal	LOC.region
Westalpen	LOC.mountain
Westantarktischer Eisschild	LOC.region
Westerwald	LOC.mountain
Westfälische Bucht	LOC.region
Westfälische Pforte	LOC.region
Westghats	LOC.mountain
Westliche Wüste	LOC.region
Westsajan	LOC.mountain
Westsibirisches Tiefland	LOC.region
Wetterhorn	LOC.mountain
Wetterstein	LOC.mountain
Wettersteingebirge	LOC.mountain
Whakaari	LOC.mountain
White Island	LOC.mountain	Whakaari
White Sands	LOC.region
Wicklow Mountains	LOC.mountain
Widderstein	LOC.mountain	Großer Widderstein
Wiedtal	LOC.region
Wiehengebirge	LOC.mountain
Wiener Becken	LOC.region
Wiesental	LOC.region
Wiesenttal	LOC.region
Wiggertal	LOC.region
Wilder Freiger	LOC.mountain
Wilder Kaiser	LOC.mountain
Wildeshauser Geest	LOC.region
Wildhorn	LOC.mountain
Wildspitze	LOC.mountain
Wildstrubel	LOC.mountain
Windleite	LOC.mountain
Wirral	LOC.region
Witoscha	LOC.mountain
Wittow	LOC.region
Wolgadelta	LOC.region
Wolong	LOC.region
Wurmberg	LOC.mountain
Wurzacher Ried	LOC.region
Wurzenpass	LOC.region
Wutachschlucht	LOC.region
Wutachtal	LOC.region
Wutai Shan	LOC.mountain
Wölzer Tauern	LOC.mountain
Wüste Atacama	LOC.region
Wüste Gobi	LOC.region
Wüste Kalahari	LOC.region
Wüste Lut	LOC.region
Wüste Namib	LOC.region
Wüste Negev	LOC.region
Wüste Sinai	LOC.region
Wüste Thar	LOC.region	Thar
Ybbstal	LOC.region
Ybbstaler Alpen	LOC.mountain
Ybbstaler Voralpen	LOC.mountain
Yellowstone	LOC.region
Yoho-Nationalpark	LOC.region
Yosemite	LOC.region
Yosemite Valley	LOC.region
Yucatán-Halbinsel	LOC.region	Halbinsel Yucatán
Zabelstein	LOC.mountain
Zagros	LOC.mountain
Zagros-Gebirge	LOC.mountain
Zahmer Kaiser	LOC.mountain
Zakouma	LOC.region
Zemmgrund	LOC.region
Zemplén	LOC.mountain
Zentralalpen	LOC.mountain
Zentralmassiv	LOC.mountain
Ziegelrodaer Forst	LOC.mountain
Zillertaler Alpen	LOC.mountain
Zimba	LOC.mountain
Zinalrothorn	LOC.mountain
Zion-Nationalpark	LOC.region
Zirbitzkogel	LOC.mountain
Zirler Berg	LOC.region
Zittauer Gebirge	LOC.mountain
Zlatibor	LOC.mountain
Zmuttgletscher	LOC.region
Zollfeld	LOC.region
Zschopautal	LOC.region
Zuckerhütl	LOC.mountain
Zudar	LOC.region
Zugerberg	LOC.mountain
Zugspitze	LOC.mountain
Zwölferkofel	LOC.mountain
Zwölferkogel	LOC.mountain
Zülpicher Börde	LOC.region
Äthiopisches Hochland	LOC.region
Ätna	LOC.mountain
Ölberg	LOC.mountain
Östliche Wüste	LOC.region
Ötscher	LOC.mountain
Ötztaler Alpen	LOC.mountain
Þingvellir	LOC.region	Nationalpark Þingvellir
Śnieżka	LOC.mountain
Šar Planina	LOC.mountain	Schar Planina
Šumava	LOC.region	Nationalpark Böhmerwald
