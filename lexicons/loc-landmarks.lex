# loc-landmarks.lex - landmarks, squares, streets, buildings and other named sites commonly written in German news text
# Source: hand-written facts (lexicons/import/places_manual/landmarks.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 2614 entries.
Aachener Dom	LOC.landmark
Aachener Rathaus	LOC.landmark
Abbey Gate	LOC.landmark
Abbey Road	LOC.landmark
Abu Simbel	LOC.landmark
Abu-Ghraib-Gefängnis	LOC.landmark
Abu-Salim-Gefängnis	LOC.landmark
Admiralspalast	LOC.landmark
Aguntum	LOC.landmark
Ahrtalbahn	LOC.landmark
Aida-Lager	LOC.landmark
Ain al-Assad	LOC.landmark
Air Base Ramstein	LOC.landmark
Ak Saray	LOC.landmark
Akropolis	LOC.landmark
Akropolis-Museum	LOC.landmark
Al Udeid	LOC.landmark	Al-Udeid
Al-Ahli-Arab-Krankenhaus	LOC.landmark
Al-Ahli-Krankenhaus	LOC.landmark
Al-Aqsa-Moschee	LOC.landmark
Al-Askari-Moschee	LOC.landmark
Al-Awda-Krankenhaus	LOC.landmark
Al-Bayt-Stadion	LOC.landmark
Al-Haul	LOC.landmark	Al-Hol
Al-Hol	LOC.landmark
Al-Noor-Moschee	LOC.landmark
Al-Nuri-Moschee	LOC.landmark
Al-Schifa	LOC.landmark	Al-Schifa-Krankenhaus
Al-Schifa-Krankenhaus	LOC.landmark
Al-Tanf	LOC.landmark
Al-Udeid	LOC.landmark
Albaufstieg	LOC.landmark
Albertinaplatz	LOC.landmark
Albertplatz	LOC.landmark
Albvorlandtunnel	LOC.landmark
Aletschgletscher	LOC.landmark
Alexander-Newski-Kathedrale	LOC.landmark
Alexanderplatz	LOC.landmark
Alhambra	LOC.landmark
Allenby-Brücke	LOC.landmark
Allgäubahn	LOC.landmark
Allianz Arena	LOC.landmark
Allianz Stadion	LOC.landmark
Alta Badia	LOC.city
Altare della Patria	LOC.landmark
Alte Brücke	LOC.landmark
Alte Brücke Mostar	LOC.landmark
Alte Försterei	LOC.landmark
Alte Nationalgalerie	LOC.landmark
Alte Oper	LOC.landmark
Alte Pinakothek	LOC.landmark
Alte Synagoge	LOC.landmark
Alter Elbtunnel	LOC.landmark
Altmarkt	LOC.landmark
Altonaer Fischmarkt	LOC.landmark
Altstädter Rathaus	LOC.landmark
Altstädter Ring	LOC.landmark
Amselfeld-Denkmal	LOC.landmark
Amsterdam Arena	LOC.landmark
Amsterdam Centraal	LOC.landmark
Andreaskirche	LOC.landmark
Andreassteig	LOC.landmark
Andrews Air Force Base	LOC.landmark
Andrássy út	LOC.landmark
Andrássy-Straße	LOC.landmark
Andøya Spaceport	LOC.landmark
Anfield	LOC.landmark
Angkor	LOC.landmark
Angkor Wat	LOC.landmark
Anna-Amalia-Bibliothek	LOC.landmark
Anne-Frank-Haus	LOC.landmark
Annenkirche	LOC.landmark
Anterselva	LOC.city	Antholz
Antholz	LOC.city
Antoniwka-Brücke	LOC.landmark
Antonow-Flughafen	LOC.landmark
Antonowskyj-Brücke	LOC.landmark
Anıtkabir	LOC.landmark
Ao Nang	LOC.city
Aquileia	LOC.landmark
Arc de Triomphe	LOC.landmark
Area 51	LOC.landmark
Arena Nürnberger Versicherung	LOC.landmark
Arena auf Schalke	LOC.landmark
Arena di Verona	LOC.landmark
Arena von Verona	LOC.landmark
Arlbergbahn	LOC.landmark
Arlbergtunnel	LOC.landmark
Arlington National Cemetery	LOC.landmark
Ars Electronica Center	LOC.landmark
Asamkirche	LOC.landmark
Asowstal	LOC.landmark
Asrak	LOC.landmark
Asse II	LOC.landmark
Assuan-Hochdamm	LOC.landmark
Assuan-Staudamm	LOC.landmark
Astra Kulturhaus	LOC.landmark
Atapuerca	LOC.landmark
Atatürk-Flughafen	LOC.landmark
Atatürk-Mausoleum	LOC.landmark
Atomanlage Dimona	LOC.landmark
Atomanlage Fordo	LOC.landmark
Atomanlage Natanz	LOC.landmark
Atomanlage Yongbyon	LOC.landmark
Atombombenkuppel	LOC.landmark
Atomium	LOC.landmark
Atomtestgelände Punggye-ri	LOC.landmark
Atta-Höhle	LOC.landmark
Attahöhle	LOC.landmark
Attari	LOC.landmark
Audi Sportpark	LOC.landmark
Auerbachs Keller	LOC.landmark
Augarten	LOC.landmark
Augustinerkirche	LOC.landmark
Augustusbrücke	LOC.landmark
Augustusplatz	LOC.landmark
Auschwitz I	LOC.landmark
Auschwitz-Birkenau	LOC.landmark
Außenalster	LOC.landmark
Avenue Habib Bourguiba	LOC.landmark
Aviva Stadium	LOC.landmark
Azadi-Platz	LOC.landmark
Azadi-Turm	LOC.landmark
Azot-Chemiewerk	LOC.landmark
Aztekenstadion	LOC.landmark
BBBank Wildpark	LOC.landmark
Baabda-Palast	LOC.landmark
Bab al-Azizia	LOC.landmark
Bab al-Aziziya	LOC.landmark	Bab al-Azizia
Bab al-Hawa	LOC.landmark
Bab al-Salam	LOC.landmark
Babi Jar	LOC.landmark	Babyn Jar
Babri-Moschee	LOC.landmark
Babylon	LOC.landmark
Babyn Jar	LOC.landmark
Bagram	LOC.landmark
Bagram Air Base	LOC.landmark
Bahnhof Dammtor	LOC.landmark
Bahnhof St Pancras	LOC.landmark
Bahnhof Termini	LOC.landmark
Bahnhof Zoo	LOC.landmark
Bahnhofstrasse	LOC.landmark
Bakara-Markt	LOC.landmark
Baker Street	LOC.landmark
Balata	LOC.landmark
Ballermann	LOC.landmark
Ballhausplatz	LOC.landmark
Ballindamm	LOC.landmark
Balmoral	LOC.landmark
Bamberger Dom	LOC.landmark
Bamiyan-Buddhas	LOC.landmark
Band des Bundes	LOC.landmark
Bankenviertel	LOC.landmark
Bankowa	LOC.landmark
Bankowa-Straße	LOC.landmark
Barbarossaplatz	LOC.landmark
Barclays Arena	LOC.landmark
Bardo-Museum	LOC.landmark
Bardolino	LOC.city
Barkhor	LOC.landmark
Barockschloss Mannheim	LOC.landmark
Basilius-Kathedrale	LOC.landmark
Basler Münster	LOC.landmark
Bastille	LOC.landmark
Bataclan	LOC.landmark
Batschkapp	LOC.landmark
Battersea Power Station	LOC.landmark
Batu-Höhlen	LOC.landmark
Bauhaus Dessau	LOC.landmark
Bauhaus-Museum	LOC.landmark
Bautzen II	LOC.landmark
BayArena	LOC.landmark
Bayahibe	LOC.city
Bayreuther Festspielhaus	LOC.landmark
Baška Voda	LOC.city
Baščaršija	LOC.landmark
Beaver Creek	LOC.city
Bebelplatz	LOC.landmark
Beethoven-Haus	LOC.landmark	Beethovenhaus
Beethovenhaus	LOC.landmark
Befreiungshalle	LOC.landmark
Beitar Illit	LOC.city
Belbek	LOC.landmark
Belgisches Haus	LOC.landmark
Belgrader Festung	LOC.landmark
Belle Mare	LOC.city
Belo-Monte-Staudamm	LOC.landmark
Belvedere	LOC.landmark
Belzec	LOC.landmark
Ben-Gurion-Flughafen	LOC.landmark
Bendlerblock	LOC.landmark
Bensersiel	LOC.city
Benteler-Arena	LOC.landmark
Berghain	LOC.landmark
Bergisel	LOC.landmark
Bergiselschanze	LOC.landmark
Bergpark Wilhelmshöhe	LOC.landmark
Berlaymont	LOC.landmark
Berliner Dom	LOC.landmark
Berliner Fernsehturm	LOC.landmark
Berliner Hauptbahnhof	LOC.landmark
Berliner Mauer	LOC.landmark
Berliner Olympiastadion	LOC.landmark
Berliner Schloss	LOC.landmark
Bernabéu	LOC.landmark
Bernauer Straße	LOC.landmark
Berner Münster	LOC.landmark
Berner Reitschule	LOC.landmark
Bertoldsbrunnen	LOC.landmark
Betze	LOC.landmark	Betzenberg
Beverly Hills	LOC.landmark
Beznau	LOC.landmark
Bełżec	LOC.landmark	Belzec
Be’eri	LOC.city
Bibione	LOC.city
Bibliotheca Alexandrina	LOC.landmark
Bieberer Berg	LOC.landmark
Big Ben	LOC.landmark
Binnenalster	LOC.landmark
Binnenhof	LOC.landmark
Bismarckplatz	LOC.landmark
Blair House	LOC.landmark
Blaue Moschee	LOC.landmark
Blaue Moschee Masar-i-Scharif	LOC.landmark
Blaues Haus	LOC.landmark
Blaues Wunder	LOC.landmark
Blombos	LOC.landmark
Blombos-Höhle	LOC.landmark
Boboli-Garten	LOC.landmark
Bode-Museum	LOC.landmark
Bois de Boulogne	LOC.landmark
Bois de Vincennes	LOC.landmark
Bolotnaja	LOC.landmark
Bolotnaja-Platz	LOC.landmark
Bolschoi-Theater	LOC.landmark
Bombonera	LOC.landmark
Bondi Beach	LOC.landmark
Bonner Münster	LOC.landmark
Bormio	LOC.city
Bornholmer Straße	LOC.landmark
Borobudur	LOC.landmark
Borough Market	LOC.landmark
Borowizki-Hügel	LOC.landmark
Borussia-Park	LOC.landmark
Bosporusbrücke	LOC.landmark
Bosrucktunnel	LOC.landmark
Boulevard Haussmann	LOC.landmark
Boulevard Saint-Germain	LOC.landmark
Boßlertunnel	LOC.landmark
Brandenburger Tor	LOC.landmark
Breitscheidplatz	LOC.landmark
Bremer Dom	LOC.landmark
Bremer Marktplatz	LOC.landmark
Bremer Rathaus	LOC.landmark
Bremer Roland	LOC.landmark
Bremer Weserstadion	LOC.landmark
Brenner-Basistunnel	LOC.landmark
Brennerautobahn	LOC.landmark
Brennerbahn	LOC.landmark
Brennerbasistunnel	LOC.landmark
Brenzbahn	LOC.landmark
British Museum	LOC.landmark
Britzer Garten	LOC.landmark
Broadway	LOC.landmark
Brooklyn Bridge	LOC.landmark
Brunnenmarkt	LOC.landmark
Brücke von Mitrovica	LOC.landmark
Brügglifeld	LOC.landmark
Brühlsche Terrasse	LOC.landmark
Brüssel-Süd	LOC.landmark
Buchenwald	LOC.landmark
Buckingham Palace	LOC.landmark
Buckingham-Palast	LOC.landmark
Budaer Burg	LOC.landmark
Buddenbrookhaus	LOC.landmark
Buddhas von Bamiyan	LOC.landmark
Budokan	LOC.landmark
Bullenhuser Damm	LOC.landmark
Bundeshaus	LOC.landmark
Bundesplatz	LOC.landmark
Burg Himeji	LOC.landmark
Burg Hohenzollern	LOC.landmark
Burg Karlštejn	LOC.landmark
Burg Osaka	LOC.landmark
Burgplatz	LOC.landmark
Burgring	LOC.landmark
Burgtheater	LOC.landmark
Burj Khalifa	LOC.landmark
Burj al-Arab	LOC.landmark
Butyrka	LOC.landmark
Butyrka-Gefängnis	LOC.landmark
Bávaro	LOC.city
Bärengraben	LOC.landmark
Böllenfalltor	LOC.landmark
Bösebrücke	LOC.landmark
Böttcherstraße	LOC.landmark
Bürgenstock	LOC.landmark
CN Tower	LOC.landmark
Cabarete	LOC.city
Cala Bona	LOC.city
Cala Millor	LOC.city
Cala Ratjada	LOC.city
Cala d’Or	LOC.city
Camden Market	LOC.landmark
Camp Arifjan	LOC.landmark
Camp Bastion	LOC.landmark
Camp Bondsteel	LOC.landmark
Camp Castor	LOC.landmark
Camp David	LOC.landmark
Camp Film City	LOC.landmark
Camp Leatherneck	LOC.landmark
Camp Lejeune	LOC.landmark
Camp Lemonnier	LOC.landmark
Camp Marmal	LOC.landmark
Camp Nou	LOC.landmark
Camp Roj	LOC.landmark
Camp Speicher	LOC.landmark
Campo de’ Fiori	LOC.landmark
Can Picafort	LOC.city
Canal Grande	LOC.landmark
Canary Wharf Tower	LOC.landmark
Canggu	LOC.city
Cannstatter Wasen	LOC.landmark
Canterbury Cathedral	LOC.landmark
Caorle	LOC.city
Cape Canaveral	LOC.landmark
Capitol	LOC.landmark
Capitol Hill	LOC.landmark
Capitolio	LOC.landmark
Caracalla-Thermen	LOC.landmark
Carl-Benz-Stadion	LOC.landmark
Carnaby Street	LOC.landmark
Carnegie Hall	LOC.landmark
Carnuntum	LOC.landmark
Carolabrücke	LOC.landmark
Casa Batlló	LOC.landmark
Casa Milà	LOC.landmark
Casa Rosada	LOC.landmark
Castel dell’Ovo	LOC.landmark
Castello Sforzesco	LOC.landmark
Catshuis	LOC.landmark
Cattenom	LOC.landmark
Cecilienhof	LOC.landmark
Cefalù	LOC.city
Ceneri-Basistunnel	LOC.landmark
Central Park	LOC.landmark
Centre Pompidou	LOC.landmark
Centro Oberhausen	LOC.landmark
Cerro Rico	LOC.landmark
Cesme	LOC.city
Chamonix	LOC.city
Chamonix-Mont-Blanc	LOC.city	Chamonix
Champ de Mars	LOC.landmark
Champs-Élysées	LOC.landmark
Chan al-Ahmar	LOC.city	Khan al-Ahmar
Changi	LOC.landmark
Channel Tunnel	LOC.landmark	Kanaltunnel
Chapultepec	LOC.landmark
Charlottenhöhle	LOC.landmark
Chatyn	LOC.landmark
Chauvet-Höhle	LOC.landmark
Checkpoint Charlie	LOC.landmark
Checkpoint Kalandia	LOC.landmark
Chek Lap Kok	LOC.landmark
Chemiepark Leuna	LOC.landmark
Chemiepark Marl	LOC.landmark
Cheong Wa Dae	LOC.landmark
Chequers	LOC.landmark
Chersonissos	LOC.city
Chhatrapati Shivaji Terminus	LOC.landmark
Chiang-Kai-shek-Gedächtnishalle	LOC.landmark
Chichén Itzá	LOC.landmark
Chilehaus	LOC.landmark
Chinesische Mauer	LOC.landmark
Chinesischer Turm	LOC.landmark
Chlodwigplatz	LOC.landmark
Choeung Ek	LOC.landmark
Chreschtschatyk	LOC.landmark
Christ-Erlöser-Kathedrale	LOC.landmark
Christuskirche	LOC.landmark
Christusstatue	LOC.landmark
Chrysler Building	LOC.landmark
Chuenisbärgli	LOC.landmark
Château de Chambord	LOC.landmark
Cilvegözü	LOC.landmark
Circo Massimo	LOC.landmark
Circus Maximus	LOC.landmark
City-Hochhaus	LOC.landmark
Cité de Carcassonne	LOC.landmark
Clarence House	LOC.landmark
Clay-Kaserne	LOC.landmark
Colonius	LOC.landmark
Columbia Theater	LOC.landmark
Columbiahalle	LOC.landmark
Columbusplatz	LOC.landmark
Colònia de Sant Jordi	LOC.city
Commerzbank Tower	LOC.landmark
Commerzbank-Arena	LOC.landmark
Concertgebouw	LOC.landmark
Conciergerie	LOC.landmark
Conne Island	LOC.landmark
Connewitzer Kreuz	LOC.landmark
Constitution Hill	LOC.landmark
Container-Terminal Altenwerder	LOC.landmark
Copacabana	LOC.landmark
Corralejo	LOC.city
Cortina	LOC.city	Cortina d’Ampezzo
Cortina d'Ampezzo	LOC.city	Cortina d’Ampezzo
Cortina d’Ampezzo	LOC.city
Costa Adeje	LOC.city
Costa Calma	LOC.city
Costa Teguise	LOC.city
Courchevel	LOC.city
Cristo Redentor	LOC.landmark
Cristo Rei	LOC.landmark
Crocus City Hall	LOC.landmark
Croisette	LOC.landmark
Croke Park	LOC.landmark
Crypto.com Arena	LOC.landmark
Cu-Chi-Tunnel	LOC.landmark
Cuelgamuros	LOC.landmark
Czernin-Palais	LOC.landmark
DC Tower	LOC.landmark
Dadaab	LOC.landmark
Dahab	LOC.city
Damaskustor	LOC.landmark
Dammtor	LOC.landmark
Damplatz	LOC.landmark
Dannenröder Wald	LOC.landmark
Danziger Werft	LOC.landmark
Darién Gap	LOC.landmark	Darién-Lücke
Darién-Lücke	LOC.landmark
Darul-Aman-Palast	LOC.landmark
Datteln 4	LOC.landmark
Davidsturm	LOC.landmark
Davidwache	LOC.landmark
Dechenhöhle	LOC.landmark
Denisova-Höhle	LOC.landmark
Denkmal für die ermordeten Juden Europas	LOC.landmark
Deribassowskaja	LOC.landmark
Deutsch-Deutsches Museum Mödlareuth	LOC.landmark
Deutsche Bank Park	LOC.landmark
Deutsche Oper Berlin	LOC.landmark
Deutsches Bergbau-Museum	LOC.landmark
Deutsches Eck	LOC.landmark
Deutsches Hygiene-Museum	LOC.landmark
Deutsches Museum	LOC.landmark
Deutzer Brücke	LOC.landmark
Dheischeh	LOC.landmark
Dillstrecke	LOC.landmark
Disney World	LOC.landmark
Disneyland Paris	LOC.landmark
Distomo	LOC.landmark
Djemaa el Fna	LOC.landmark
Dnipro-Staudamm	LOC.landmark
DniproHES	LOC.landmark
Dodger Stadium	LOC.landmark
Doel	LOC.landmark
Dogenpalast	LOC.landmark
Dokumentationszentrum Reichsparteitagsgelände	LOC.landmark
Dolby Theatre	LOC.landmark
Dolmabahçe	LOC.landmark
Dolmabahçe-Palast	LOC.landmark
Domplatte	LOC.landmark
Domus Aurea	LOC.landmark
Don Mueang	LOC.landmark
Donauinsel	LOC.landmark
Donautalbahn	LOC.landmark
Donauturm	LOC.landmark
Donauuferautobahn	LOC.landmark
Dora-Mittelbau	LOC.landmark
Dortmunder U	LOC.landmark
Dover Castle	LOC.landmark
Downing Street	LOC.landmark
Drackensteiner Hang	LOC.landmark
Dramtheater Mariupol	LOC.landmark
Drancy	LOC.landmark
Drei-Schluchten-Damm	LOC.landmark
Drei-Schluchten-Talsperre	LOC.landmark
Dreifaltigkeitskirche	LOC.landmark
Dreikönigskirche	LOC.landmark
Dresdner Bahn	LOC.landmark
Dresdner Frauenkirche	LOC.landmark
Dresdner Residenzschloss	LOC.landmark
Dresdner Zwinger	LOC.landmark
Dschamarat-Brücke	LOC.landmark
Dschemaa el-Fna	LOC.landmark	Djemaa el Fna
Dschenin-Lager	LOC.landmark
Dschungel von Calais	LOC.landmark
Dubai Mall	LOC.landmark
Dublin Castle	LOC.landmark
Dubrowka-Theater	LOC.landmark
Duisburger Hafen	LOC.landmark
Dukovany	LOC.landmark
EZB-Tower	LOC.landmark
East Side Gallery	LOC.landmark
Ebertplatz	LOC.landmark
Edinburgh Castle	LOC.landmark
Edmund Pettus Bridge	LOC.landmark
Education City	LOC.landmark
Edwards Air Force Base	LOC.landmark
Ehrenstraße	LOC.landmark
Eifelstrecke	LOC.landmark
Eiffelturm	LOC.landmark
Einsteinturm	LOC.landmark
Eintracht-Stadion	LOC.landmark
Eisbachwelle	LOC.landmark
Eisenhower Executive Office Building	LOC.landmark
Eiserner Steg	LOC.landmark
Eisstadion am Pulverturm	LOC.landmark
El Alamein	LOC.landmark
El Arenal	LOC.city
El Escorial	LOC.landmark
El Prat	LOC.landmark
Elbbrücken	LOC.landmark
Elbphilharmonie	LOC.landmark
Elbtunnel	LOC.landmark
Elisabethbrücke	LOC.landmark
Elisabethkirche	LOC.landmark
Elisenbrunnen	LOC.landmark
Ellis Park	LOC.landmark
Elounda	LOC.city
Emirates Stadium	LOC.landmark
Empire State Building	LOC.landmark
Emslandstrecke	LOC.landmark
Endlager Morsleben	LOC.landmark
Engelbergtunnel	LOC.landmark
Engelsburg	LOC.landmark
Englischer Garten	LOC.landmark
Enztalbahn	LOC.landmark
Epcot	LOC.landmark
Erasmusbrug	LOC.landmark	Erasmusbrücke
Erasmusbrücke	LOC.landmark
Eremitage	LOC.landmark
Erfurter Dom	LOC.landmark
Erlöserkathedrale	LOC.landmark
Erlöserkirche	LOC.landmark
Ernst-Abbe-Sportfeld	LOC.landmark
Ernst-August-Platz	LOC.landmark
Ernst-Happel-Stadion	LOC.landmark
Ernst-Reuter-Platz	LOC.landmark
Erzberg	LOC.landmark
Erzgebirgsstadion	LOC.landmark
Eschenheimer Turm	LOC.landmark
Escorial	LOC.landmark
Esplanada dos Ministérios	LOC.landmark
Esprit Arena	LOC.landmark
Esrange	LOC.landmark
Esrange Space Center	LOC.landmark
Essener Münster	LOC.landmark
Estadio Azteca	LOC.landmark
Estadio Monumental	LOC.landmark
Estadio Santiago Bernabéu	LOC.landmark
Estádio da Luz	LOC.landmark
Etihad Stadium	LOC.landmark
EuroAirport	LOC.landmark
Europa-Gebäude	LOC.landmark
Europa-Park	LOC.landmark
Europa-Park Stadion	LOC.landmark
Europabrücke	LOC.landmark
Europoort	LOC.landmark
Eurotunnel	LOC.landmark
Evin-Gefängnis	LOC.landmark
Ewin	LOC.landmark	Evin
Ewin-Gefängnis	LOC.landmark	Evin-Gefängnis
Expo-Gelände	LOC.landmark
Externsteine	LOC.landmark
FNB-Stadion	LOC.landmark
Faisal-Moschee	LOC.landmark
Faliraki	LOC.city
Faneuil Hall	LOC.landmark
Faslane	LOC.landmark
Fatih-Sultan-Mehmet-Brücke	LOC.landmark
Faubourg Saint-Honoré	LOC.landmark
Favoritenstraße	LOC.landmark
Fehmarnbelt-Tunnel	LOC.landmark
Fehmarnbeltquerung	LOC.landmark
Fehmarnbelttunnel	LOC.landmark
Fehmarnsundbrücke	LOC.landmark
Felbertauerntunnel	LOC.landmark
Feldherrnhalle	LOC.landmark
Feldhofer Grotte	LOC.landmark
Felsendom	LOC.landmark
Felsenreitschule	LOC.landmark
Fenway Park	LOC.landmark
Fernsehturm	LOC.landmark
Fernsehturm Ostankino	LOC.landmark
Fernsehturm Stuttgart	LOC.landmark
Feste Fehmarnbeltquerung	LOC.landmark
Festhalle Frankfurt	LOC.landmark
Festspielhaus Bayreuth	LOC.landmark
Festung Hohensalzburg	LOC.landmark
Festung Kalemegdan	LOC.landmark
Festung Marienberg	LOC.landmark
Fifth Avenue	LOC.landmark
Fildertunnel	LOC.landmark
Filmpark Babelsberg	LOC.landmark
Filstalbahn	LOC.landmark
Filstalbrücke	LOC.landmark
Findel	LOC.landmark
Fira	LOC.city
Firdos-Platz	LOC.landmark
Fischerbastei	LOC.landmark
Fischt-Stadion	LOC.landmark
Fisherman’s Wharf	LOC.landmark
Flamanville	LOC.landmark
Flatiron Building	LOC.landmark
Flavia Solva	LOC.landmark
Fleet Street	LOC.landmark
Flens-Arena	LOC.landmark
Flic en Flac	LOC.city
Fliegerhorst Büchel	LOC.landmark
Fliegerhorst Fürstenfeldbruck	LOC.landmark
Fliegerhorst Hohn	LOC.landmark
Fliegerhorst Holzdorf	LOC.landmark
Fliegerhorst Jagel	LOC.landmark
Fliegerhorst Köln-Wahn	LOC.landmark
Fliegerhorst Laage	LOC.landmark
Fliegerhorst Lechfeld	LOC.landmark
Fliegerhorst Manching	LOC.landmark
Fliegerhorst Neuburg	LOC.landmark
Fliegerhorst Nörvenich	LOC.landmark
Fliegerhorst Schleswig	LOC.landmark
Fliegerhorst Spangdahlem	LOC.landmark
Fliegerhorst Wunstorf	LOC.landmark
Florentiner Dom	LOC.landmark
Floridsdorfer Brücke	LOC.landmark
Flughafen BER	LOC.landmark
Flughafen Barajas	LOC.landmark
Flughafen Ben Gurion	LOC.landmark
Flughafen Ben-Gurion	LOC.landmark	Ben-Gurion-Flughafen
Flughafen Berlin Brandenburg	LOC.landmark
Flughafen Boryspil	LOC.landmark
Flughafen Charles de Gaulle	LOC.landmark
Flughafen Domodedowo	LOC.landmark
Flughafen Dulles	LOC.landmark
Flughafen Fiumicino	LOC.landmark
Flughafen Franz Josef Strauß	LOC.landmark
Flughafen Hostomel	LOC.landmark
Flughafen Imam Khomeini	LOC.landmark
Flughafen JFK	LOC.landmark
Flughafen Madrid-Barajas	LOC.landmark
Flughafen O’Hare	LOC.landmark
Flughafen Paris-Charles de Gaulle	LOC.landmark
Flughafen Sabiha Gökçen	LOC.landmark
Flüchtlingslager Aida	LOC.landmark
Flüchtlingslager Asrak	LOC.landmark
Flüchtlingslager Balata	LOC.landmark
Flüchtlingslager Bureidsch	LOC.landmark
Flüchtlingslager Dadaab	LOC.landmark
Flüchtlingslager Dheischeh	LOC.landmark
Flüchtlingslager Dschabalija	LOC.landmark
Flüchtlingslager Dschenin	LOC.landmark
Flüchtlingslager Jarmuk	LOC.landmark
Flüchtlingslager Kakuma	LOC.landmark
Flüchtlingslager Kutupalong	LOC.landmark
Flüchtlingslager Maghasi	LOC.landmark
Flüchtlingslager Moria	LOC.landmark
Flüchtlingslager Nur Schams	LOC.landmark
Flüchtlingslager Nuseirat	LOC.landmark
Flüchtlingslager Schati	LOC.landmark
Flüchtlingslager Zaatari	LOC.landmark
Fordo	LOC.landmark
Fordow	LOC.landmark	Fordo
Fort Benning	LOC.landmark
Fort Cavazos	LOC.landmark
Fort Knox	LOC.landmark
Fort Liberty	LOC.landmark
Fort McNair	LOC.landmark
Fort Meade	LOC.landmark
Forum Romanum	LOC.landmark
Frankenschnellweg	LOC.landmark
Frankenstadion	LOC.landmark
Frankenwaldbahn	LOC.landmark
Frankfurter Allee	LOC.landmark
Frankfurter Dom	LOC.landmark
Frankfurter Flughafen	LOC.landmark
Frankfurter Hauptbahnhof	LOC.landmark
Frankfurter Waldstadion	LOC.landmark
Franz-Josef-Strauß-Flughafen	LOC.landmark
Franz-Josefs-Bahnhof	LOC.landmark
Frauenkirche	LOC.landmark
Frauenkirche München	LOC.landmark
Fraumünster	LOC.landmark
Freedom Tower	LOC.landmark
Freiburger Münster	LOC.landmark
Freiheitsglocke	LOC.landmark
Freiheitsstatue	LOC.landmark
Fridericianum	LOC.landmark
Friedensdenkmal Hiroshima	LOC.landmark
Friedensengel	LOC.landmark
Friedenspalast	LOC.landmark
Friedenspark Hiroshima	LOC.landmark
Friedhof Père Lachaise	LOC.landmark
Friedrichstadt-Palast	LOC.landmark
Friedrichstraße	LOC.landmark
Friesenplatz	LOC.landmark
Fritz-Walter-Stadion	LOC.landmark
Frogmore Cottage	LOC.landmark
Fukushima Daiichi	LOC.landmark
Fukushima Daini	LOC.landmark
Fushimi Inari	LOC.landmark
Führerbunker	LOC.landmark
Führerhauptquartier Wolfsschanze	LOC.landmark
Fürst-Wrede-Kaserne	LOC.landmark
Fürstenzug	LOC.landmark
Galatabrücke	LOC.landmark
Galataturm	LOC.landmark
Galleria Vittorio Emanuele	LOC.landmark
Ganslernhang	LOC.landmark
Gare Montparnasse	LOC.landmark
Gare Saint-Lazare	LOC.landmark
Gare de Lyon	LOC.landmark
Gare de l’Est	LOC.landmark
Gare du Midi	LOC.landmark
Gare du Nord	LOC.landmark
Garnisonkirche	LOC.landmark
Garnisonkirche Potsdam	LOC.landmark
Garzweiler II	LOC.landmark
Gasometer	LOC.landmark
Gasometer Oberhausen	LOC.landmark
Gateway Arch	LOC.landmark
Gateway of India	LOC.landmark
Gatwick	LOC.landmark
Gatún-Schleusen	LOC.landmark
Gazimestan	LOC.landmark
Gazprom Arena	LOC.landmark
Geburtskirche	LOC.landmark
Gedenkstätte Bautzen	LOC.landmark
Gedenkstätte Bergen-Belsen	LOC.landmark
Gedenkstätte Berliner Mauer	LOC.landmark
Gedenkstätte Buchenwald	LOC.landmark
Gedenkstätte Deutsche Teilung Marienborn	LOC.landmark
Gedenkstätte Deutscher Widerstand	LOC.landmark
Gedenkstätte Grafeneck	LOC.landmark
Gedenkstätte Hadamar	LOC.landmark
Gedenkstätte Hohenschönhausen	LOC.landmark
Gedenkstätte Lindenstraße	LOC.landmark
Gedenkstätte Mauthausen	LOC.landmark
Gedenkstätte Pirna-Sonnenstein	LOC.landmark
Gedenkstätte Plötzensee	LOC.landmark
Gedenkstätte Potočari	LOC.landmark
Gedenkstätte Ravensbrück	LOC.landmark
Gedenkstätte Roter Ochse	LOC.landmark
Gedenkstätte Sachsenhausen	LOC.landmark
Gedenkstätte Seelower Höhen	LOC.landmark
Gedächtniskirche	LOC.landmark
Gefangenenlager Guantánamo	LOC.landmark
Gefechtsübungszentrum Altmark	LOC.landmark
Geißenklösterle	LOC.landmark
Gellértbad	LOC.landmark
Gemelli-Klinik	LOC.landmark
Genbaku-Dom	LOC.landmark
Gendarmenmarkt	LOC.landmark
Generali Arena	LOC.landmark
George Washington Bridge	LOC.landmark
Georgskirche	LOC.landmark
Gethsemanekirche	LOC.landmark
Getreidegasse	LOC.landmark
Getty Center	LOC.landmark
Gewandhaus	LOC.landmark
Gezi-Park	LOC.landmark
Gezipark	LOC.landmark	Gezi-Park
Ghetto Theresienstadt	LOC.landmark
Ghetto Warschau	LOC.landmark
Ghetto Łódź	LOC.landmark
Giant’s Causeway	LOC.landmark
Giuseppe-Meazza-Stadion	LOC.landmark
Gleinalmtunnel	LOC.landmark
Gleis 17	LOC.landmark
Gleisdreieck	LOC.landmark
Glienicker Brücke	LOC.landmark
Gläserne Manufaktur	LOC.landmark
Goethehaus	LOC.landmark
Goethes Gartenhaus	LOC.landmark
Goetheturm	LOC.landmark
Golden Gate	LOC.landmark
Golden Gate Bridge	LOC.landmark
Goldene Moschee	LOC.landmark
Goldener Pavillon	LOC.landmark
Goldener Tempel	LOC.landmark
Goldenes Dachl	LOC.landmark
Goldenes Tor	LOC.landmark
Gorki-Park	LOC.landmark
Gorkipark	LOC.landmark
Gotthard-Basistunnel	LOC.landmark
Gotthard-Straßentunnel	LOC.landmark
Gotthardbahn	LOC.landmark
Gotthardstraßentunnel	LOC.landmark
Gotthardtunnel	LOC.landmark
Grabeskirche	LOC.landmark
Graceland	LOC.landmark
Grafeneck	LOC.landmark
Gran Vía	LOC.landmark
Grand Baie	LOC.city
Grand Central	LOC.landmark
Grand Central Terminal	LOC.landmark
Grand Palais	LOC.landmark
Grand Serail	LOC.landmark
Grand-Ethiopian-Renaissance-Staudamm	LOC.landmark
Grand-Place	LOC.landmark
Grazer Schlossberg	LOC.landmark
Grazer Schloßberg	LOC.landmark
Grazer Uhrturm	LOC.landmark
Great Barrier Reef	LOC.landmark
Green Park	LOC.landmark
Green Point Stadium	LOC.landmark
Grenfell Tower	LOC.landmark
Grenzdurchgangslager Friedland	LOC.landmark
Grenzübergang Bab al-Hawa	LOC.landmark
Grenzübergang Erez	LOC.landmark
Grenzübergang Habur	LOC.landmark
Grenzübergang Helmstedt-Marienborn	LOC.landmark
Grenzübergang Kapıkule	LOC.landmark
Grenzübergang Kerem Schalom	LOC.landmark
Grenzübergang Marienborn	LOC.landmark
Grenzübergang Pazarkule	LOC.landmark
Grenzübergang Rafah	LOC.landmark
Grenzübergang Torkham	LOC.landmark
Grenzübergang Wagah	LOC.landmark
Griesplatz	LOC.landmark
Griffith Observatory	LOC.landmark
Gropius Bau	LOC.landmark
Grossmünster	LOC.landmark
Grote Markt	LOC.landmark
Grotte Chauvet	LOC.landmark
Ground Zero	LOC.landmark
Groß-Rosen	LOC.landmark
Große Freiheit 36	LOC.landmark
Große Halle des Volkes	LOC.landmark
Große Mauer	LOC.landmark
Große Moschee	LOC.landmark
Große Moschee von Djenné	LOC.landmark
Große Moschee von Mekka	LOC.landmark
Große Moschee von al-Nuri	LOC.landmark
Große Olympiaschanze	LOC.landmark
Großer Aletschgletscher	LOC.landmark
Großer Basar	LOC.landmark
Großer Bazar	LOC.landmark	Großer Basar
Großer Garten	LOC.landmark
Großer Stern	LOC.landmark
Großer Tiergarten	LOC.landmark
Großes Barriereriff	LOC.landmark
Großes Festspielhaus	LOC.landmark
Großes Ägyptisches Museum	LOC.landmark
Großglockner-Hochalpenstraße	LOC.landmark
Grube Messel	LOC.landmark
Grugahalle	LOC.landmark
Grüne Zitadelle	LOC.landmark
Grüneburgpark	LOC.landmark
Grüner Hügel	LOC.landmark
Grünes Gewölbe	LOC.landmark
Grünwalder Stadion	LOC.landmark
Guantánamo Bay	LOC.landmark
Guggenheim Museum	LOC.landmark
Guggenheim-Museum Bilbao	LOC.landmark
Gutenberg-Museum	LOC.landmark
Gwanghwamun	LOC.landmark
Gwanghwamun-Platz	LOC.landmark
Gyeongbokgung	LOC.landmark
Gärten der Welt	LOC.landmark
Gärtnerplatz	LOC.landmark
Gäubahn	LOC.landmark
Göbekli Tepe	LOC.landmark
Görli	LOC.landmark	Görlitzer Park
Görlitzer Park	LOC.landmark
Gösgen	LOC.landmark
Gülhane-Park	LOC.landmark
Habib-Bourguiba-Avenue	LOC.landmark
Habur	LOC.landmark
Hackescher Markt	LOC.landmark
Hafen Antwerpen	LOC.landmark
Hafen Beirut	LOC.landmark
Hafen Noworossijsk	LOC.landmark
Hafen Odessa	LOC.landmark
Hafen Piräus	LOC.landmark
Hafen Rotterdam	LOC.landmark
Hafen Sewastopol	LOC.landmark
Hafen Ust-Luga	LOC.landmark
Hafen von Beirut	LOC.landmark
Hagia Sophia	LOC.landmark
Hainburger Au	LOC.landmark
Haithabu	LOC.landmark
Halde Haniel	LOC.landmark
Hallenstadion	LOC.landmark
Hambacher Schloss	LOC.landmark
Hamburger Fischmarkt	LOC.landmark
Hamburger Hafen	LOC.landmark
Hamburger Hauptbahnhof	LOC.landmark
Hamburger Michel	LOC.landmark
Hamburger Rathaus	LOC.landmark
Hamid-Karzai-Flughafen	LOC.landmark
Hampton Court	LOC.landmark
Hampton Court Palace	LOC.landmark
Haneda	LOC.landmark
Hanns-Martin-Schleyer-Halle	LOC.landmark
Hans-Albers-Platz	LOC.landmark
Hansaplatz	LOC.landmark
Haram al-Scharif	LOC.landmark
Harbour Bridge	LOC.landmark
Hartsfield-Jackson	LOC.landmark
Harvard Yard	LOC.landmark
Hassan-II.-Moschee	LOC.landmark
Hauptbahnhof Zürich	LOC.landmark
Hauptkirche St. Michaelis	LOC.landmark
Hauptwache	LOC.landmark
Haus der Kulturen der Welt	LOC.landmark
Haus der Kunst	LOC.landmark
Haus der Wannsee-Konferenz	LOC.landmark
Hauslabjoch	LOC.landmark
Hawara	LOC.city	Huwara
Heathrow	LOC.landmark
Hedwigskathedrale	LOC.landmark
Heeresversuchsanstalt Peenemünde	LOC.landmark
Heidekrautbahn	LOC.landmark
Heidelberger Schloss	LOC.landmark
Heilig-Geist-Kirche	LOC.landmark
Heiligengeistfeld	LOC.landmark
Heiliggeistkirche	LOC.landmark
Heinz-von-Heiden-Arena	LOC.landmark
Heldenplatz	LOC.landmark
Helios Arena	LOC.landmark
Hermannplatz	LOC.landmark
Hermannsdenkmal	LOC.landmark
Hermannstraße	LOC.landmark
Hernalser Gürtel	LOC.landmark
Herodes-Atticus-Theater	LOC.landmark
Herrenhäuser Gärten	LOC.landmark
Hersonissos	LOC.city
Herz-Jesu-Kirche	LOC.landmark
Herzogin Anna Amalia Bibliothek	LOC.landmark
Heumarkt	LOC.landmark
Heysel	LOC.landmark
Heysel-Stadion	LOC.landmark
Hieronymus-Kloster	LOC.landmark
High Line	LOC.landmark
Highgate Cemetery	LOC.landmark
Highgrove	LOC.landmark
Hillsborough-Stadion	LOC.landmark
Himmelstempel	LOC.landmark
Hindenburgdamm	LOC.landmark
Hinkley Point	LOC.landmark
Hinzert	LOC.landmark
Hmeimim	LOC.landmark
Ho-Chi-Minh-Mausoleum	LOC.landmark
Hochmoselbrücke	LOC.landmark
Hochrheinbahn	LOC.landmark
Hockenheimring	LOC.landmark
Hofbräuhaus	LOC.landmark
Hofburg	LOC.landmark
Hofkirche	LOC.landmark
Hohe Straße	LOC.landmark
Hohe Warte	LOC.landmark
Hohensalzburg	LOC.landmark
Hohenschönhausen	LOC.landmark
Hohenzollernbrücke	LOC.landmark
Hohle Fels	LOC.landmark
Hohle Gasse	LOC.landmark
Hohlenstein-Stadel	LOC.landmark
Hoi An	LOC.city
Hollywood Sign	LOC.landmark
Hollywood Walk of Fame	LOC.landmark
Hollywood-Schriftzug	LOC.landmark
Holmenkollen	LOC.city
Holocaust-Mahnmal	LOC.landmark
Holstein-Stadion	LOC.landmark
Holstentor	LOC.landmark
Holyrood Palace	LOC.landmark
Holyroodhouse	LOC.landmark
Home Deluxe Arena	LOC.landmark
Hoover Dam	LOC.landmark	Hoover-Damm
Hoover-Damm	LOC.landmark
Horse Guards Parade	LOC.landmark
Houses of Parliament	LOC.landmark
Huanan-Fischmarkt	LOC.landmark
Huanan-Markt	LOC.landmark
Humboldt Forum	LOC.landmark
Hundertwasserhaus	LOC.landmark
Hunsrückbahn	LOC.landmark
Huwara	LOC.city
Huxleys	LOC.landmark
Hyde Park	LOC.landmark
Hygiene-Museum	LOC.landmark
Händelhaus	LOC.landmark
Hôtel Matignon	LOC.landmark
Höhenpark Killesberg	LOC.landmark
Höhle der Patriarchen	LOC.landmark
Höhle von Altamira	LOC.landmark
Höhlenkloster	LOC.landmark
Höllentalbahn	LOC.landmark
IG-Farben-Haus	LOC.landmark
ISS Dome	LOC.landmark
Ibar-Brücke	LOC.landmark
Ibarbrücke	LOC.landmark
Ibrahimi-Moschee	LOC.landmark
Iguazú-Wasserfälle	LOC.landmark
Imam-Ali-Moschee	LOC.landmark
Imam-Hussein-Schrein	LOC.landmark
Imam-Reza-Schrein	LOC.landmark
Incirlik	LOC.landmark
Independence Hall	LOC.landmark
India Gate	LOC.landmark
Industriepark Kaesong	LOC.landmark
Innkreisautobahn	LOC.landmark
Innsbrucker Hofkirche	LOC.landmark
Inntalautobahn	LOC.landmark
Inntaldreieck	LOC.landmark
Internationales Congress Centrum	LOC.landmark
Invalidendom	LOC.landmark
Isaakskathedrale	LOC.landmark
Isar 2	LOC.landmark
Isartor	LOC.landmark
Ise-Schrein	LOC.landmark
Istiklal-Straße	LOC.landmark
Itaipú	LOC.landmark
Itaipú-Staudamm	LOC.landmark
Itsukushima-Schrein	LOC.landmark
JVA Moabit	LOC.landmark
JVA Stadelheim	LOC.landmark
JVA Stammheim	LOC.landmark
JVA Tegel	LOC.landmark
Jade-Weser-Port	LOC.landmark
JadeWeserPort	LOC.landmark	Jade-Weser-Port
Jaffator	LOC.landmark
Jahrhunderthalle	LOC.landmark
Jakob-Kaiser-Haus	LOC.landmark
Jakobikirche	LOC.landmark
Jakominiplatz	LOC.landmark
Jamarat-Brücke	LOC.landmark
Jantar Mantar	LOC.landmark
Jardin des Tuileries	LOC.landmark
Jardin du Luxembourg	LOC.landmark
Jarmuk	LOC.landmark
Jasenovac	LOC.landmark
Jefferson Memorial	LOC.landmark
Jemaa el-Fna	LOC.landmark	Djemaa el Fna
Jerónimos-Kloster	LOC.landmark
Jesolo	LOC.city
Jet d’eau	LOC.landmark
Jimbaran	LOC.city
Jin Mao Tower	LOC.landmark
Joggeli	LOC.landmark	St. Jakob-Park
Johan-Cruyff-Arena	LOC.landmark
Johanneskirche	LOC.landmark
Johanniskirche	LOC.landmark
John F. Kennedy International Airport	LOC.landmark
Joint Base Andrews	LOC.landmark
Joint Security Area	LOC.landmark
Jokhang-Tempel	LOC.landmark
Jomo Kenyatta International Airport	LOC.landmark
Josefsgrab	LOC.landmark
Josefsplatz	LOC.landmark
Judenplatz	LOC.landmark
Julius-Leber-Kaserne	LOC.landmark
Jungfernstieg	LOC.landmark
Jungfraujoch	LOC.landmark
Justizanstalt Josefstadt	LOC.landmark
Justizpalast	LOC.landmark
Justizvollzugsanstalt Stadelheim	LOC.landmark
Justizvollzugsanstalt Stammheim	LOC.landmark
Justus-Lipsius-Gebäude	LOC.landmark
Jüdisches Museum Berlin	LOC.landmark
KZ Auschwitz	LOC.landmark
KZ Bergen-Belsen	LOC.landmark
KZ Buchenwald	LOC.landmark
KZ Dachau	LOC.landmark
KZ Esterwegen	LOC.landmark
KZ Flossenbürg	LOC.landmark
KZ Groß-Rosen	LOC.landmark
KZ Gusen	LOC.landmark
KZ Hinzert	LOC.landmark
KZ Jasenovac	LOC.landmark
KZ Majdanek	LOC.landmark
KZ Mauthausen	LOC.landmark
KZ Moringen	LOC.landmark
KZ Natzweiler	LOC.landmark
KZ Neuengamme	LOC.landmark
KZ Plaszow	LOC.landmark
KZ Ravensbrück	LOC.landmark
KZ Sachsenhausen	LOC.landmark
KZ Stutthof	LOC.landmark
KZ Theresienstadt	LOC.landmark
KZ Treblinka	LOC.landmark
KZ Westerbork	LOC.landmark
KZ-Gedenkstätte Buchenwald	LOC.landmark
KZ-Gedenkstätte Dachau	LOC.landmark
KZ-Gedenkstätte Flossenbürg	LOC.landmark
KZ-Gedenkstätte Mauthausen	LOC.landmark
KZ-Gedenkstätte Mittelbau-Dora	LOC.landmark
KZ-Gedenkstätte Neuengamme	LOC.landmark
Kaaba	LOC.landmark
Kachowka-Damm	LOC.landmark
Kachowka-Staudamm	LOC.landmark
Kai Tak	LOC.landmark
Kaiser-Josef-Platz	LOC.landmark
Kaiser-Wilhelm-Gedächtniskirche	LOC.landmark
Kaiserburg	LOC.landmark
Kaiserdom	LOC.landmark
Kaiserdom Speyer	LOC.landmark
Kaiserpalast	LOC.landmark
Kaiserstraße	LOC.landmark
Kaiserthermen	LOC.landmark
Kakuma	LOC.landmark
Kalavryta	LOC.landmark
Kalemegdan	LOC.landmark
Kamal-Adwan-Krankenhaus	LOC.landmark
Kamari	LOC.city
Kanaltunnel	LOC.landmark
Kanzlerpark	LOC.landmark
Kapalıçarşı	LOC.landmark
Kapellbrücke	LOC.landmark
Kapelle der Versöhnung	LOC.landmark
Kapitelplatz	LOC.landmark
Kapitol	LOC.landmark
Kapuzinerberg	LOC.landmark
Kapuzinergruft	LOC.landmark
Kapıkule	LOC.landmark
Kara Tepe	LOC.landmark
Karawankenautobahn	LOC.landmark
Karawankentunnel	LOC.landmark
Kardamena	LOC.city
Karl-Marx-Allee	LOC.landmark
Karl-Marx-Hof	LOC.landmark
Karl-Marx-Straße	LOC.landmark
Karlsbrücke	LOC.landmark
Karlskirche	LOC.landmark
Karlsplatz	LOC.landmark
Karlsruher Schloss	LOC.landmark
Karlstor	LOC.landmark
Karlštejn	LOC.landmark
Karmelitermarkt	LOC.landmark
Karnak	LOC.landmark
Kasbah von Algier	LOC.landmark
Kashiwazaki-Kariwa	LOC.landmark
Kasseler Berge	LOC.landmark
Katharinenkirche	LOC.landmark
Katharinenkloster	LOC.landmark
Katharinenpalast	LOC.landmark
Kathedrale von Canterbury	LOC.landmark
Kathedrale von Sevilla	LOC.landmark
Katschbergtunnel	LOC.landmark
Katyn	LOC.landmark
Katzenbergtunnel	LOC.landmark
Kaufingerstraße	LOC.landmark
KdF-Seebad Prora	LOC.landmark
Kehlsteinhaus	LOC.landmark
Keleti	LOC.landmark
Keleti-Bahnhof	LOC.landmark
Kelley Barracks	LOC.landmark
Kennedy Center	LOC.landmark
Kennedy Space Center	LOC.landmark
Kennedy-Raumfahrtzentrum	LOC.landmark
Kensington Gardens	LOC.landmark
Kensington Palace	LOC.landmark
Kenyatta International Convention Centre	LOC.landmark
Keplerplatz	LOC.landmark
Keraterm	LOC.landmark
Kerem Schalom	LOC.landmark
Kerem Shalom	LOC.landmark	Kerem Schalom
Kernkraftwerk Saporischschja	LOC.landmark
Kertsch-Brücke	LOC.landmark
Kfar Aza	LOC.city
Khadija-Moschee	LOC.landmark
Khalifa International Stadium	LOC.landmark
Khan al-Ahmar	LOC.city
Khao Lak	LOC.city
Khao San Road	LOC.landmark
Kibbuz Be’eri	LOC.city
Kibbuz Kfar Aza	LOC.city
Kibbuz Nir Oz	LOC.city
Kibbuz Reim	LOC.city
Kiellinie	LOC.landmark
Kiewer Höhlenkloster	LOC.landmark
Kiewer Lawra	LOC.landmark
Killing Fields	LOC.landmark
Kim-Il-sung-Platz	LOC.landmark
Kinkaku-ji	LOC.landmark
Kinzigtalbahn	LOC.landmark
Kirchberg-Plateau	LOC.landmark
Kirjat Arba	LOC.city
Kiryat Arba	LOC.city	Kirjat Arba
Kissufim	LOC.city
Klagemauer	LOC.landmark
Kloster Andechs	LOC.landmark
Kloster Chorin	LOC.landmark
Kloster Ettal	LOC.landmark
Kloster Maulbronn	LOC.landmark
Knesset	LOC.landmark
Knez Mihailova	LOC.landmark
Knossos	LOC.landmark
Kochertalbrücke	LOC.landmark
Kohlmarkt	LOC.landmark
Kolosseum	LOC.landmark
Komische Oper	LOC.landmark
Kongresshalle Nürnberg	LOC.landmark
Kongresszentrum Davos	LOC.landmark
Konstablerwache	LOC.landmark
Konstantinpalast	LOC.landmark
Konstanzer Münster	LOC.landmark
Kontiolahti	LOC.city
Kontorhausviertel	LOC.landmark
Konzerthaus Berlin	LOC.landmark
Koobi Fora	LOC.landmark
Koralmbahn	LOC.landmark
Koralmtunnel	LOC.landmark
Kosmodrom Baikonur	LOC.landmark
Kosmodrom Plessezk	LOC.landmark
Kosmodrom Wostotschny	LOC.landmark
Kossuth-Platz	LOC.landmark
Kottbusser Damm	LOC.landmark
Kottbusser Tor	LOC.landmark
Kotti	LOC.landmark	Kottbusser Tor
Krak des Chevaliers	LOC.landmark
Kranhäuser	LOC.landmark
Kreidefelsen	LOC.landmark
Kreisgrabenanlage Goseck	LOC.landmark
Kreml	LOC.landmark
Kresty	LOC.landmark
Kreuzkirche	LOC.landmark
Krim-Brücke	LOC.landmark
Krimbrücke	LOC.landmark
Krokus City Hall	LOC.landmark	Crocus City Hall
Krämerbrücke	LOC.landmark
Kröpcke	LOC.landmark
Kulmhof	LOC.landmark
Kulturforum	LOC.landmark
Kumsusan-Palast	LOC.landmark
Kunsthaus Graz	LOC.landmark
Kunsthistorisches Museum	LOC.landmark
Kurapaty	LOC.landmark
Kurfürstendamm	LOC.landmark
Kurhaus Wiesbaden	LOC.landmark
Kusadasi	LOC.city
Kutupalong	LOC.landmark
Ku’damm	LOC.landmark
Kybunpark	LOC.landmark
Kyffhäuserdenkmal	LOC.landmark
Kärntner Ring	LOC.landmark
Kärntner Straße	LOC.landmark
Köhlbrandbrücke	LOC.landmark
Kölnarena	LOC.landmark
Kölner Dom	LOC.landmark
Kölner Hauptbahnhof	LOC.landmark
Kölner Philharmonie	LOC.landmark
Kölner Ringe	LOC.landmark
König-Baudouin-Stadion	LOC.landmark
König-Pilsener-Arena	LOC.landmark
Königsallee	LOC.landmark
Königsplatz	LOC.landmark
Königsschloss Warschau	LOC.landmark
Königsstuhl	LOC.landmark
Königsstuhl Rügen	LOC.landmark
Königstraße	LOC.landmark
Kürecik	LOC.landmark
Kızılay-Platz	LOC.landmark
LKA Longhorn	LOC.landmark
La Bombonera	LOC.landmark
La Défense	LOC.landmark
La Hague	LOC.landmark
La Moneda	LOC.landmark
La Rambla	LOC.landmark
LaGuardia	LOC.landmark
Lachta-Zentrum	LOC.landmark
Laetoli	LOC.landmark
Lafayette Square	LOC.landmark
Lager Al-Hol	LOC.landmark
Lager Friedland	LOC.landmark
Lager Moria	LOC.landmark
Lager Roj	LOC.landmark
Lager Rukban	LOC.landmark
Lager Westerbork	LOC.landmark
Lahntalbahn	LOC.landmark
Lahntalbrücke	LOC.landmark
Lakhta Center	LOC.landmark	Lachta-Zentrum
Lal Masjid	LOC.landmark
Lambertikirche	LOC.landmark
Lambeth Palace	LOC.landmark
Landschaftspark Duisburg-Nord	LOC.landmark
Landstraßer Hauptstraße	LOC.landmark
Landstuhl Regional Medical Center	LOC.landmark
Landungsbrücken	LOC.landmark
Langer Eugen	LOC.landmark
Lanxess Arena	LOC.landmark
Lanxess-Arena	LOC.landmark
Las Terrenas	LOC.city
Las Vegas Strip	LOC.landmark
Lascaux	LOC.landmark
Lateinerbrücke	LOC.landmark
Lateran	LOC.landmark
Lateranbasilika	LOC.landmark
Latinerbrücke	LOC.landmark
Laurentiuskirche	LOC.landmark
Lausitzring	LOC.landmark
Lavanttal-Arena	LOC.landmark
Lazise	LOC.city
Le Grand-Bornand	LOC.city
Lefortowo-Gefängnis	LOC.landmark
Leicester Square	LOC.landmark
Leidseplein	LOC.landmark
Leineschloss	LOC.landmark
Leinster House	LOC.landmark
Leipziger Hauptbahnhof	LOC.landmark
Leipziger Nikolaikirche	LOC.landmark
Leipziger Platz	LOC.landmark
Lendplatz	LOC.landmark
Lenin-Mausoleum	LOC.landmark
Lenin-Werft	LOC.landmark
Leninmausoleum	LOC.landmark
Lennetalbrücke	LOC.landmark
Lennon-Mauer	LOC.landmark
Lentos	LOC.landmark
Leopoldstraße	LOC.landmark
Leptis Magna	LOC.landmark
Lerchenfelder Gürtel	LOC.landmark
Les Deux Alpes	LOC.city
Letzigrund	LOC.landmark
Ležáky	LOC.landmark
Liang Bua	LOC.landmark
Liberty Bell	LOC.landmark
Lidice	LOC.landmark
Liebfrauenkirche	LOC.landmark
Lignano	LOC.city
Lignano Sabbiadoro	LOC.city
Limone sul Garda	LOC.city
Linate	LOC.landmark
Lincoln Center	LOC.landmark
Lincoln Memorial	LOC.landmark
Linderhof	LOC.landmark
Lindos	LOC.city
Linzer Hauptplatz	LOC.landmark
Little Saint James	LOC.landmark
Litzmannstadt-Ghetto	LOC.landmark
Live Music Hall	LOC.landmark
Liverpool Street Station	LOC.landmark
Livigno	LOC.city
Lombard Street	LOC.landmark
London Bridge	LOC.landmark
London Eye	LOC.landmark
Loos-Haus	LOC.landmark
Lord’s	LOC.landmark
Lorelei	LOC.landmark
Loreley	LOC.landmark
Lorenzkirche	LOC.landmark
Los Cristianos	LOC.city
Lotustempel	LOC.landmark
Louise-Weiss-Gebäude	LOC.landmark
Louvre	LOC.landmark
Louvre Abu Dhabi	LOC.landmark
Loveparade-Tunnel	LOC.landmark
Lovina	LOC.city
Lubjanka	LOC.landmark
Lubjankaplatz	LOC.landmark
Ludgerikirche	LOC.landmark
Ludwigsparkstadion	LOC.landmark
Ludwigstraße	LOC.landmark
Luftwaffenstützpunkt Ain al-Assad	LOC.landmark
Luftwaffenstützpunkt Al-Udeid	LOC.landmark
Luftwaffenstützpunkt Bagram	LOC.landmark
Luftwaffenstützpunkt Belbek	LOC.landmark
Luftwaffenstützpunkt Engels	LOC.landmark
Luftwaffenstützpunkt Hmeimim	LOC.landmark
Luftwaffenstützpunkt Incirlik	LOC.landmark
Luftwaffenstützpunkt Machatschkala	LOC.landmark
Luftwaffenstützpunkt Millerowo	LOC.landmark
Luftwaffenstützpunkt Morosowsk	LOC.landmark
Luftwaffenstützpunkt Olenja	LOC.landmark
Luftwaffenstützpunkt Ramstein	LOC.landmark
Luftwaffenstützpunkt Saki	LOC.landmark
Luftwaffenstützpunkt Schaikowka	LOC.landmark
Lukaskirche	LOC.landmark
Lusail-Stadion	LOC.landmark
Luschniki	LOC.landmark
Luschniki-Stadion	LOC.landmark
Lustgarten	LOC.landmark
Lutherhaus	LOC.landmark
Lutherkirche	LOC.landmark
Luxemburgplatz	LOC.landmark
Luxor-Tempel	LOC.landmark
Lykabettus	LOC.landmark
Lytschakiwer Friedhof	LOC.landmark
Lötschberg	LOC.landmark
Lötschberg-Basistunnel	LOC.landmark
Lötschbergbahn	LOC.landmark
Lötschbergtunnel	LOC.landmark
Löwentor	LOC.landmark
MHPArena	LOC.landmark
MSV-Arena	LOC.landmark
Maale Adumim	LOC.city
Maasvlakte	LOC.landmark
Machu Picchu	LOC.landmark
Madison Square Garden	LOC.landmark
Madonna di Campiglio	LOC.city
Magaluf	LOC.city
Magdeburger Dom	LOC.landmark
Magnificent Mile	LOC.landmark
Maidan	LOC.landmark
Mailänder Dom	LOC.landmark
Mailänder Scala	LOC.landmark
Main Tower	LOC.landmark
Main-Weser-Bahn	LOC.landmark
Mainhattan	LOC.landmark
Mainkai	LOC.landmark
Mainzer Dom	LOC.landmark
Majdan	LOC.landmark
Majdanek	LOC.landmark
Makadi Bay	LOC.city
Makarska	LOC.city
Makartplatz	LOC.landmark
Malacañang	LOC.landmark
Malacañang-Palast	LOC.landmark
Malcesine	LOC.city
Malecón	LOC.landmark
Malpensa	LOC.landmark
Maly Trostenez	LOC.landmark
Mamajew Kurgan	LOC.landmark
Mamajew-Hügel	LOC.landmark
Manegeplatz	LOC.landmark
Manhattan Bridge	LOC.landmark
Manneken Pis	LOC.landmark
Mannheimer Schloss	LOC.landmark
Mannheimer Wasserturm	LOC.landmark
Mao-Mausoleum	LOC.landmark
Mar-a-Lago	LOC.landmark
Maracana	LOC.landmark	Maracanã
Maracanã	LOC.landmark
Maracanã-Stadion	LOC.landmark
Marble Arch	LOC.landmark
Margaretenbrücke	LOC.landmark
Margaretengürtel	LOC.landmark
Maria-Theresien-Platz	LOC.landmark
Maria-Theresien-Straße	LOC.landmark
Mariahilfer Straße	LOC.landmark
Marianengraben	LOC.landmark
Marie-Elisabeth-Lüders-Haus	LOC.landmark
Mariendom	LOC.landmark
Marienkirche	LOC.landmark
Marienplatz	LOC.landmark
Marina Bay Sands	LOC.landmark
Marine Drive	LOC.landmark
Marine-Ehrenmal	LOC.landmark
Marine-Ehrenmal Laboe	LOC.landmark
Marinestützpunkt Eckernförde	LOC.landmark
Marinestützpunkt Kiel	LOC.landmark
Marinestützpunkt Rostock-Hohe Düne	LOC.landmark
Marinestützpunkt Tartus	LOC.landmark
Marinestützpunkt Wilhelmshaven	LOC.landmark
Markale	LOC.landmark
Markale-Markt	LOC.landmark
Markgräfliches Opernhaus	LOC.landmark
Marktkirche	LOC.landmark
Markusdom	LOC.landmark
Markuskirche	LOC.landmark
Markusplatz	LOC.landmark
Marmaray	LOC.landmark
Marsa Alam	LOC.city
Marschbahn	LOC.landmark
Martin-Gropius-Bau	LOC.landmark
Martinsdom	LOC.landmark
Martinskirche	LOC.landmark
Martinstor	LOC.landmark
Marx-Engels-Forum	LOC.landmark
Marzabotto	LOC.landmark
Masada	LOC.landmark
Masafer Yatta	LOC.city
Maschio Angioino	LOC.landmark
Masjid al-Haram	LOC.landmark
Matignon	LOC.landmark
Matrosskaja Tischina	LOC.landmark
Matterhorn Glacier Paradise	LOC.landmark
Matthiaskirche	LOC.landmark
Matthäuskirche	LOC.landmark
Mauerpark	LOC.landmark
Mauritshuis	LOC.landmark
Mavrovouni	LOC.landmark
Max-Joseph-Platz	LOC.landmark
Max-Morlock-Stadion	LOC.landmark
Max-Schmeling-Halle	LOC.landmark
Maximilianeum	LOC.landmark
Maximilianstraße	LOC.landmark
Maximos-Mansion	LOC.landmark
Ma’ale Adumim	LOC.city	Maale Adumim
Megaro Maximou	LOC.landmark
Mehringplatz	LOC.landmark
Meiji-Schrein	LOC.landmark
Meiselmarkt	LOC.landmark
Meisterhäuser	LOC.landmark
Melbourne Cricket Ground	LOC.landmark
Menenpoort	LOC.landmark
Menin Gate	LOC.landmark
Mercedes-Benz Arena	LOC.landmark
Merck-Stadion am Böllenfalltor	LOC.landmark
Merkez-Moschee	LOC.landmark
Merkur Arena	LOC.landmark
Merkur Spiel-Arena	LOC.landmark
Merlion	LOC.landmark
Messegelände Hannover	LOC.landmark
Messeturm	LOC.landmark
MetLife Stadium	LOC.landmark
Meteora	LOC.landmark
Meteora-Klöster	LOC.landmark
Metropolitan Museum	LOC.landmark
Metropolitan Museum of Art	LOC.landmark
Mewa Arena	LOC.landmark
Mezquita von Córdoba	LOC.landmark
Michaelerplatz	LOC.landmark
Michaeliskirche	LOC.landmark
Milet	LOC.landmark
Militärhistorisches Museum	LOC.landmark
Militärkomplex Parchin	LOC.landmark
Millennium Bridge	LOC.landmark
Millennium Tower	LOC.landmark
Millerntor	LOC.landmark
Millerntor-Stadion	LOC.landmark
Minar-e-Pakistan	LOC.landmark
Ming-Gräber	LOC.landmark
Miniatur Wunderland	LOC.landmark
Minoritenkirche	LOC.landmark
Minoritenplatz	LOC.landmark
Mirabellgarten	LOC.landmark
Miraflores-Palast	LOC.landmark
Miraflores-Schleusen	LOC.landmark
Mitsubishi Electric Halle	LOC.landmark
Mitte-Deutschland-Verbindung	LOC.landmark
Mittelbau-Dora	LOC.landmark
Mittenwaldbahn	LOC.landmark
Mittlere Brücke	LOC.landmark
Mittleren Ring	LOC.landmark	Mittlerer Ring
Mittlerer Ring	LOC.landmark
Mittlerer Schlossgarten	LOC.landmark
Mochovce	LOC.landmark
Modi’in Illit	LOC.city
Moncada-Kaserne	LOC.landmark
Moncloa	LOC.landmark
Mont Saint-Michel	LOC.landmark	Mont-Saint-Michel
Montecitorio	LOC.landmark
Montmartre	LOC.landmark
Morandi-Brücke	LOC.landmark
Moritzbastei	LOC.landmark
Moritzplatz	LOC.landmark
Morro Jable	LOC.city
Moselstrecke	LOC.landmark
Moseltalbrücke	LOC.landmark
Moskau City	LOC.landmark
Moskwa-City	LOC.landmark
Mossul-Staudamm	LOC.landmark
Mossul-Talsperre	LOC.landmark
Moulin Rouge	LOC.landmark
Mozartplatz	LOC.landmark
Muffathalle	LOC.landmark
Mui Ne	LOC.city
Mukata	LOC.landmark	Mukataa
Mukataa	LOC.landmark
Mukran	LOC.city
Mulholland Drive	LOC.landmark
Murgtalbahn	LOC.landmark
Murinsel	LOC.landmark
Murrbahn	LOC.landmark
Museo Reina Sofía	LOC.landmark
Museo del Prado	LOC.landmark
Museum Ludwig	LOC.landmark
Museumplein	LOC.landmark
MuseumsQuartier	LOC.landmark	Museumsquartier
Museumsinsel	LOC.landmark
Museumsquartier	LOC.landmark
Museumsufer	LOC.landmark
Musée d’Orsay	LOC.landmark
Mutter-Heimat-Statue	LOC.landmark
Mutter-Teresa-Platz	LOC.landmark
Mykene	LOC.landmark
Mädlerpassage	LOC.landmark
Märtyrerbrücke	LOC.landmark
Märtyrerplatz	LOC.landmark
Méribel	LOC.city
Mödlareuth	LOC.landmark
Mönchsberg	LOC.landmark
Mönckebergstraße	LOC.landmark
Mühlendammbrücke	LOC.landmark
Mühlkreisautobahn	LOC.landmark
Mülheimer Brücke	LOC.landmark
Münchner Freiheit	LOC.landmark
Münchner Hauptbahnhof	LOC.landmark
Münchner Olympiastadion	LOC.landmark
Münchner Residenz	LOC.landmark
Müngersdorfer Stadion	LOC.landmark
Münsterplattform	LOC.landmark
Nagoldtalbahn	LOC.landmark
Nahal Oz	LOC.city
Nanjing Road	LOC.landmark
Nanjingstraße	LOC.landmark
Naro Space Center	LOC.landmark
Naschmarkt	LOC.landmark
Nasser-Krankenhaus	LOC.landmark
Natanz-Anlage	LOC.landmark
National Gallery	LOC.landmark
National Mall	LOC.landmark
Nationalfriedhof Arlington	LOC.landmark
Natural History Museum	LOC.landmark
Naturhistorisches Museum	LOC.landmark
Natzweiler-Struthof	LOC.landmark
Naumburger Dom	LOC.landmark
Naval Station Norfolk	LOC.landmark
Nebelhöhle	LOC.landmark
Neckarstadion	LOC.landmark
Negev-Kernforschungszentrum	LOC.landmark
Nelson’s Column	LOC.landmark
Netiv HaAsara	LOC.city
Neubaustrecke Wendlingen-Ulm	LOC.landmark
Neubaustrecke Wendlingen–Ulm	LOC.landmark
Neue Nationalgalerie	LOC.landmark
Neue Pinakothek	LOC.landmark
Neue Reichskanzlei	LOC.landmark
Neue Synagoge	LOC.landmark
Neue Wache	LOC.landmark
Neuer Wall	LOC.landmark
Neues Palais	LOC.landmark
Neuhauser Straße	LOC.landmark
Neuschwanstein	LOC.landmark
New Scotland Yard	LOC.landmark
Newark Liberty	LOC.landmark
Newski Prospekt	LOC.landmark	Newski-Prospekt
Newski-Prospekt	LOC.landmark
Niagara-Fälle	LOC.landmark
Niagarafälle	LOC.landmark
Nibelungenbrücke	LOC.landmark
Niedersachsenstadion	LOC.landmark
Niederwalddenkmal	LOC.landmark
Nikolaikirche	LOC.landmark
Nippon Budokan	LOC.landmark
Nir Oz	LOC.city
Nirim	LOC.city
Nollendorfplatz	LOC.landmark
Nordschleife	LOC.landmark
Normannenstraße	LOC.landmark
Notre Dame	LOC.landmark
Notre-Dame	LOC.landmark
Nou Camp	LOC.landmark
Nove Mesto	LOC.city	Nové Město na Moravě
Novigrad	LOC.city
Nové Město na Moravě	LOC.city
Nowo-Ogarjowo	LOC.landmark
Nuklearanlage Yongbyon	LOC.landmark
Nur Schams	LOC.landmark
Nusa Dua	LOC.city
Nuweiba	LOC.city
Nürburgring	LOC.landmark
Nürnberger Burg	LOC.landmark
Nürnberger Justizpalast	LOC.landmark
O2 World	LOC.landmark
Oberbaumbrücke	LOC.landmark
Oberes Belvedere	LOC.landmark
Oberkasseler Brücke	LOC.landmark
Obersalzberg	LOC.landmark
Odenwaldbahn	LOC.landmark
Odeonsplatz	LOC.landmark
Ofakim	LOC.city
Ohel-Jakob-Synagoge	LOC.landmark
Ohlsdorfer Friedhof	LOC.landmark
Oia	LOC.city
Okrestina	LOC.landmark
Okrestina-Gefängnis	LOC.landmark
Oktoberplatz	LOC.landmark
Old Bailey	LOC.landmark
Old Trafford	LOC.landmark
Olduvai	LOC.landmark
Olduvai-Schlucht	LOC.landmark
Olympia-Einkaufszentrum	LOC.landmark
Olympiahalle	LOC.landmark
Olympiapark	LOC.landmark
Olympiaschanze	LOC.landmark
Olympiastadion	LOC.landmark
Olympiaturm	LOC.landmark
Olympieion	LOC.landmark
Omajjaden-Moschee	LOC.landmark
Omarska	LOC.landmark
Omonia-Platz	LOC.landmark
Omonoia-Platz	LOC.landmark
One World Trade Center	LOC.landmark
Opatija	LOC.city
Oper Leipzig	LOC.landmark
Oper Odessa	LOC.landmark
Oper von Sydney	LOC.landmark
Opernplatz	LOC.landmark
Opernring	LOC.landmark
Opernturm	LOC.landmark
Opéra Bastille	LOC.landmark
Opéra Garnier	LOC.landmark
Oracle Park	LOC.landmark
Oradour-sur-Glane	LOC.landmark
Oranienplatz	LOC.landmark
Oranienstraße	LOC.landmark
Ordensburg Marienburg	LOC.landmark
Ordensburg Vogelsang	LOC.landmark
Oriental Pearl Tower	LOC.landmark
Orly	LOC.landmark
Ostankino-Turm	LOC.landmark
Ostautobahn	LOC.landmark
Ostseestadion	LOC.landmark
Oval Office	LOC.landmark
Ovčara	LOC.landmark
Oxford Street	LOC.landmark
O’Connell Street	LOC.landmark
PSD Bank Arena	LOC.landmark
Paestum	LOC.landmark
Paguera	LOC.city
Palace of Holyroodhouse	LOC.landmark
Palace of Westminster	LOC.landmark
Palacio Nacional	LOC.landmark
Palacio Real	LOC.landmark
Palacio de La Moneda	LOC.landmark
Palacio de Miraflores	LOC.landmark
Palais Bourbon	LOC.landmark
Palais Epstein	LOC.landmark
Palais Garnier	LOC.landmark
Palais Lobkowicz	LOC.landmark
Palais Schaumburg	LOC.landmark
Palais des Festivals	LOC.landmark
Palais des Nations	LOC.landmark
Palais des Papes	LOC.landmark
Palais du Luxembourg	LOC.landmark
Palast der Republik	LOC.landmark
Palast des Parlaments	LOC.landmark
Palau de la Generalitat	LOC.landmark
Palazzo Chigi	LOC.landmark
Palazzo Madama	LOC.landmark
Palazzo Montecitorio	LOC.landmark
Palazzo Pitti	LOC.landmark
Palazzo Vecchio	LOC.landmark
Palazzo Venezia	LOC.landmark
Pall Mall	LOC.landmark
Palmachim	LOC.landmark
Palmengarten	LOC.landmark
Palácio da Alvorada	LOC.landmark
Palácio do Planalto	LOC.landmark
Panathinaiko-Stadion	LOC.landmark
Panmunjeom	LOC.landmark	Panmunjom
Panmunjom	LOC.landmark
Pantheon	LOC.landmark
Panthéon	LOC.landmark
Papstpalast	LOC.landmark
Paradeplatz	LOC.landmark
Parc des Princes	LOC.landmark
Parchin	LOC.landmark
Pariser Platz	LOC.landmark
Park Güell	LOC.landmark
Park Sanssouci	LOC.landmark
Park am Gleisdreieck	LOC.landmark
Parkring	LOC.landmark
Parkstadion	LOC.landmark
Parlamentspalast	LOC.landmark
Parliament Hill	LOC.landmark
Parliament Square	LOC.landmark
Parthenon	LOC.landmark
Paseo del Prado	LOC.landmark
Passeig de Gràcia	LOC.landmark
Patch Barracks	LOC.landmark
Patong	LOC.city
Patriarchengrab	LOC.landmark
Paul-Henri-Spaak-Gebäude	LOC.landmark
Paul-Löbe-Haus	LOC.landmark
Paulskirche	LOC.landmark
Pauluskirche	LOC.landmark
Pazarkule	LOC.landmark
Pearl Harbor	LOC.landmark
Peguera	LOC.city
Penn Station	LOC.landmark
Pennsylvania Avenue	LOC.landmark
Pentagon	LOC.landmark
Pergamon	LOC.landmark
Pergamonmuseum	LOC.landmark
Perissa	LOC.city
Persepolis	LOC.landmark
Peschiera del Garda	LOC.city
Peter-und-Paul-Festung	LOC.landmark
Petersdom	LOC.landmark
Petersplatz	LOC.landmark
Petit Palais	LOC.landmark
Petrikirche	LOC.landmark
Petronas Towers	LOC.landmark
Petruskirche	LOC.landmark
Petřín	LOC.landmark
Pfändertunnel	LOC.landmark
Philosophenweg	LOC.landmark
Phoenix-See	LOC.landmark
Phoenixsee	LOC.landmark	Phoenix-See
Piazza Navona	LOC.landmark
Piazza Venezia	LOC.landmark
Piazza dei Miracoli	LOC.landmark
Piazza del Duomo	LOC.landmark
Piazza del Plebiscito	LOC.landmark
Piazza del Popolo	LOC.landmark
Piazza della Signoria	LOC.landmark
Piazzale Michelangelo	LOC.landmark
Piccadilly Circus	LOC.landmark
Pinakothek der Moderne	LOC.landmark
Piskarjowskoje-Friedhof	LOC.landmark
Plabutschtunnel	LOC.landmark
Plac Defilad	LOC.landmark
Place Charles-de-Gaulle	LOC.landmark
Place Neuve	LOC.landmark
Place Vendôme	LOC.landmark
Place de la Bastille	LOC.landmark
Place de la Concorde	LOC.landmark
Place de la République	LOC.landmark
Place de l’Étoile	LOC.landmark
Place des Nations	LOC.landmark
Place des Vosges	LOC.landmark
Place du Luxembourg	LOC.landmark
Place du Trocadéro	LOC.landmark
Planalto	LOC.landmark
Planica	LOC.city
Planten un Blomen	LOC.landmark
Platja de Palma	LOC.city
Platz des Himmlischen Friedens	LOC.landmark
Platzspitz	LOC.landmark
Playa Blanca	LOC.city
Playa de Palma	LOC.landmark
Playa de las Américas	LOC.city
Playa del Inglés	LOC.city
Plaza Bolívar	LOC.landmark
Plaza Italia	LOC.landmark
Plaza Mayor	LOC.landmark
Plaza de Armas	LOC.landmark
Plaza de Mayo	LOC.landmark
Plaza de la Dignidad	LOC.landmark
Plaza de la Revolución	LOC.landmark
Plaça Catalunya	LOC.landmark
Plaça Sant Jaume	LOC.landmark
Plaça de Catalunya	LOC.landmark
Plessezk	LOC.landmark
Plärrer	LOC.landmark
Poelzig-Bau	LOC.landmark
Point Alpha	LOC.landmark
Pokljuka	LOC.city
Polcevera-Viadukt	LOC.landmark
Poliklinik Gemelli	LOC.landmark
Pomellen	LOC.city
Pont Alexandre III	LOC.landmark
Pont Neuf	LOC.landmark
Pont des Arts	LOC.landmark
Pont du Gard	LOC.landmark
Ponte Morandi	LOC.landmark
Ponte San Giorgio	LOC.landmark
Ponte Vecchio	LOC.landmark
Poppelsdorfer Schloss	LOC.landmark
Poreč	LOC.city
Porsche-Arena	LOC.landmark
Port El Kantaoui	LOC.city
Port de Sóller	LOC.city
Port d’Alcúdia	LOC.city
Porta Nigra	LOC.landmark
Porto Cristo	LOC.city
Portofino	LOC.city
Positano	LOC.city
Posttower	LOC.landmark
Potala-Palast	LOC.landmark
Potemkinsche Treppe	LOC.landmark
Potjomkinsche Treppe	LOC.landmark	Potemkinsche Treppe
Potočari	LOC.landmark
Potsdamer Platz	LOC.landmark
Prager Burg	LOC.landmark
Prager Orloj	LOC.landmark
Prager Rathausuhr	LOC.landmark
Prager Straße	LOC.landmark
Praia da Rocha	LOC.city
Prambanan	LOC.landmark
Prater	LOC.landmark
Praterstadion	LOC.landmark
Praterstern	LOC.landmark
Praterstraße	LOC.landmark
Praça do Comércio	LOC.landmark
Praça dos Três Poderes	LOC.landmark
PreZero Arena	LOC.landmark
Predazzo	LOC.city
Preußenstadion	LOC.landmark
Prime Tower	LOC.landmark
Prince Sultan Air Base	LOC.landmark
Prinzregentenstraße	LOC.landmark
Prinzregententheater	LOC.landmark
Promenade des Anglais	LOC.landmark
Promenadeplatz	LOC.landmark
Prophetenmoschee	LOC.landmark
Prora	LOC.landmark
Puerta del Sol	LOC.landmark
Punggye-ri	LOC.landmark
Puschkinplatz	LOC.landmark
Puskás Aréna	LOC.landmark
Puttgarden	LOC.city
Pyhrnautobahn	LOC.landmark
Pyhrnbahn	LOC.landmark
Pyramiden von Gizeh	LOC.landmark
Pyramiden von Meroe	LOC.landmark
Père Lachaise	LOC.landmark
Père-Lachaise	LOC.landmark	Père Lachaise
Płaszów	LOC.landmark
Qalandia	LOC.landmark	Kalandia
Quai d’Orsay	LOC.landmark
Quantico	LOC.landmark
Quarterback Immobilien Arena	LOC.landmark
Quartier Latin	LOC.landmark
Quirinal	LOC.landmark
Quirinalspalast	LOC.landmark
Qumran	LOC.landmark
Qutub Minar	LOC.landmark
Rabaa	LOC.landmark
Rabaa-al-Adawija-Platz	LOC.landmark
Radarstation Kürecik	LOC.landmark
Rader Hochbrücke	LOC.landmark
Rafah-Grenzübergang	LOC.landmark
Rafik-Hariri-Flughafen	LOC.landmark
Rahelsgrab	LOC.landmark
Rahmedetalbrücke	LOC.landmark
Raiffeisen Arena	LOC.landmark
Raketenstartplatz Sohae	LOC.landmark
Ram-Tempel	LOC.landmark
Ramblas	LOC.landmark
Ramstein Air Base	LOC.landmark
Ras Tanura	LOC.landmark
Rashtrapati Bhavan	LOC.landmark
Rastatter Tunnel	LOC.landmark
Rathaus Schöneberg	LOC.landmark
Rathausmarkt	LOC.landmark
Rathausplatz	LOC.landmark
Raumfahrtzentrum Guayana	LOC.landmark
Ravensbrück	LOC.landmark
Reagan National Airport	LOC.landmark
Real Alcázar	LOC.landmark
Rebibbia	LOC.landmark
Red Bull Arena	LOC.landmark
Red Bull Ring	LOC.landmark
Reeperbahn	LOC.landmark
Regensburger Dom	LOC.landmark
Regent Street	LOC.landmark
Regent’s Park	LOC.landmark
Regina Coeli	LOC.landmark
Reichsbrücke	LOC.landmark
Reichskanzlei	LOC.landmark
Reichsparteitagsgelände	LOC.landmark
Reichstag	LOC.landmark
Reichstagsgebäude	LOC.landmark
Reinoldikirche	LOC.landmark
Rembrandtplein	LOC.landmark
Remsbahn	LOC.landmark
Renaissance-Staudamm	LOC.landmark
Rendsburger Hochbrücke	LOC.landmark
Rennsteigtunnel	LOC.landmark
Residenz Würzburg	LOC.landmark
Residenzplatz	LOC.landmark
Residenzschloss Ludwigsburg	LOC.landmark
Reumannplatz	LOC.landmark
Revolutionsplatz Bukarest	LOC.landmark
Rhein-Main-Flughafen	LOC.landmark
RheinEnergieStadion	LOC.landmark
Rheinbrücke Leverkusen	LOC.landmark
Rheinfall	LOC.landmark
Rheinkniebrücke	LOC.landmark
Rheinpark	LOC.landmark
Rheintalautobahn	LOC.landmark
Rheintalbahn	LOC.landmark
Rheinturm	LOC.landmark
Rheinuferpromenade	LOC.landmark
Rialtobrücke	LOC.landmark
Riedbahn	LOC.landmark
Riesenrad	LOC.landmark
Rigaer Straße	LOC.landmark
Rijksmuseum	LOC.landmark
Rila-Kloster	LOC.landmark
Ringbahnbrücke	LOC.landmark
Ringstraße	LOC.landmark
Riva del Garda	LOC.city
Rizal Park	LOC.landmark
Roche Tower	LOC.landmark
Roche-Turm	LOC.landmark
Rockefeller Center	LOC.landmark
Rodenkirchener Brücke	LOC.landmark
Rodeo Drive	LOC.landmark
Roissy	LOC.landmark
Roma Termini	LOC.landmark
Roncalliplatz	LOC.landmark
Rond-point Schuman	LOC.landmark
Rosa Chutor	LOC.landmark
Rosa-Luxemburg-Platz	LOC.landmark
Rose Bowl	LOC.landmark
Rossio	LOC.landmark
Rote Flora	LOC.landmark
Rote Moschee	LOC.landmark
Rotenturmstraße	LOC.landmark
Roter Ochse	LOC.landmark
Roter Platz	LOC.landmark
Rotes Fort	LOC.landmark
Rotes Rathaus	LOC.landmark
Rotkreuzplatz	LOC.landmark
Rovinj	LOC.city
Royal Albert Hall	LOC.landmark
Rudolf Weber-Arena	LOC.landmark
Rudolf-Harbig-Stadion	LOC.landmark
Rudolf-Weber-Arena	LOC.landmark
Rudolfplatz	LOC.landmark
Rue de Rivoli	LOC.landmark
Rue du Faubourg Saint-Honoré	LOC.landmark
Ruhr-Sieg-Strecke	LOC.landmark
Ruhrschnellweg	LOC.landmark
Ruhrstadion	LOC.landmark
Runde Ecke	LOC.landmark
Ruprechtskirche	LOC.landmark
Rustaweli-Allee	LOC.landmark
Rustaweli-Boulevard	LOC.landmark
Ryugyong-Hotel	LOC.landmark
Römerberg	LOC.landmark
Römisch-Germanisches Museum	LOC.landmark
Rügenbrücke	LOC.landmark
Rügendamm	LOC.landmark
Rütli	LOC.landmark
Rütliwiese	LOC.landmark
SAP Arena	LOC.landmark
SAP Garden	LOC.landmark
Sa Coma	LOC.city
Saal 600	LOC.landmark
Saalbach	LOC.city
Saalbach-Hinterglemm	LOC.city
Saarschleife	LOC.landmark
Saatari	LOC.landmark	Zaatari
Sachsen-Franken-Magistrale	LOC.landmark
Sachsenring	LOC.landmark
Sacré-Cœur	LOC.landmark
Sagrada Familia	LOC.landmark
Sagrada Família	LOC.landmark
Sahl Hasheesh	LOC.city
Saidnaya	LOC.landmark
Saidnaya-Gefängnis	LOC.landmark
Sainte-Chapelle	LOC.landmark
Salzburger Dom	LOC.landmark
Sambodrom	LOC.landmark
Sambódromo	LOC.landmark
San Siro	LOC.landmark
San-Bernardino-Tunnel	LOC.landmark
Sandringham	LOC.landmark
Sankt Jakob-Park	LOC.landmark
Sanssouci	LOC.landmark
Santa Maria Maggiore	LOC.landmark
Santa Maria del Fiore	LOC.landmark
Santa Monica Pier	LOC.landmark
Santa Ponça	LOC.city
Santiago-Bernabéu-Stadion	LOC.landmark
Sanur	LOC.city
Saporischschja-Kernkraftwerk	LOC.landmark
Sarkophag von Tschernobyl	LOC.landmark
Saslong	LOC.landmark
Satish Dhawan Space Centre	LOC.landmark
Sauerlandlinie	LOC.landmark
SaxaVord	LOC.landmark
SaxaVord Spaceport	LOC.landmark
Scapa Flow	LOC.landmark
Schacht Konrad	LOC.landmark
Schachtanlage Asse	LOC.landmark
Schauinsland-Reisen-Arena	LOC.landmark
Scheich-Zayid-Moschee	LOC.landmark
Scheremetjewo	LOC.landmark
Schiefer Turm von Pisa	LOC.landmark
Schifa-Krankenhaus	LOC.landmark
Schiffshebewerk Niederfinow	LOC.landmark
Schildergasse	LOC.landmark
Schinkenstraße	LOC.landmark
Schiphol	LOC.landmark
Schleyerhalle	LOC.landmark
Schloss Ambras	LOC.landmark
Schloss Babelsberg	LOC.landmark
Schloss Balmoral	LOC.landmark
Schloss Bellevue	LOC.landmark
Schloss Belvedere	LOC.landmark
Schloss Benrath	LOC.landmark
Schloss Bran	LOC.landmark
Schloss Cecilienhof	LOC.landmark
Schloss Chambord	LOC.landmark
Schloss Chapultepec	LOC.landmark
Schloss Charlottenburg	LOC.landmark
Schloss Charlottenhof	LOC.landmark
Schloss Chillon	LOC.landmark
Schloss Eggenberg	LOC.landmark
Schloss Fontainebleau	LOC.landmark
Schloss Hartheim	LOC.landmark
Schloss Hellbrunn	LOC.landmark
Schloss Herrenchiemsee	LOC.landmark
Schloss Hohenzollern	LOC.landmark
Schloss Jägerhof	LOC.landmark
Schloss Köpenick	LOC.landmark
Schloss Linderhof	LOC.landmark
Schloss Ludwigsburg	LOC.landmark
Schloss Meseberg	LOC.landmark
Schloss Mirabell	LOC.landmark
Schloss Moritzburg	LOC.landmark
Schloss Neuschwanstein	LOC.landmark
Schloss Nymphenburg	LOC.landmark
Schloss Pillnitz	LOC.landmark
Schloss Rheinsberg	LOC.landmark
Schloss Sanssouci	LOC.landmark
Schloss Schleißheim	LOC.landmark
Schloss Schwerin	LOC.landmark
Schloss Schönbrunn	LOC.landmark
Schloss Versailles	LOC.landmark
Schloss Wilhelmshöhe	LOC.landmark
Schloss Windsor	LOC.landmark
Schlosskirche	LOC.landmark
Schlosskirche Wittenberg	LOC.landmark
Schloßberg	LOC.landmark
Schlüttsiel	LOC.city
Schneller Brüter	LOC.landmark
Schneller Brüter Kalkar	LOC.landmark
Schottenring	LOC.landmark
Schubertring	LOC.landmark
Schulterblatt	LOC.landmark
Schuman-Platz	LOC.landmark
Schwabentor	LOC.landmark
Schwarzenbergplatz	LOC.landmark
Schwarzwaldbahn	LOC.landmark
Schwebebahn	LOC.landmark
Schwedagon-Pagode	LOC.landmark
Schwedenplatz	LOC.landmark
Schweriner Schloss	LOC.landmark
Schwerwasserreaktor Arak	LOC.landmark
Schönbrunn	LOC.landmark
Schöner Brunnen	LOC.landmark
SchücoArena	LOC.landmark
Sears Tower	LOC.landmark
Sebalduskirche	LOC.landmark
Sechseläutenplatz	LOC.landmark
Sednaja	LOC.landmark	Saidnaya
Sednaja-Gefängnis	LOC.landmark
Seebrücke Sellin	LOC.landmark
Seelisbergtunnel	LOC.landmark
Seelower Höhen	LOC.landmark
Sellafield	LOC.landmark
Seminyak	LOC.city
Semmering-Basistunnel	LOC.landmark
Semmeringbahn	LOC.landmark
Semmeringbasistunnel	LOC.landmark
Semperoper	LOC.landmark
Sendlinger Straße	LOC.landmark
Sendlinger Tor	LOC.landmark
Sensō-ji	LOC.landmark
Sestriere	LOC.city
Seufzerbrücke	LOC.landmark
Severikirche	LOC.landmark
Severinsbrücke	LOC.landmark
Shanghai Tower	LOC.landmark
Shanidar-Höhle	LOC.landmark
Shibuya Crossing	LOC.landmark
Shwedagon-Pagode	LOC.landmark
Siegessäule	LOC.landmark
Siegestor	LOC.landmark
Siegstrecke	LOC.landmark
Siegtalbrücke	LOC.landmark
Siemensbahn	LOC.landmark
Signal Iduna Park	LOC.landmark
Sima de los Huesos	LOC.landmark
Sinjil	LOC.city
Sirmione	LOC.city
Sixtinische Kapelle	LOC.landmark
Skanderbeg-Platz	LOC.landmark
Skandinavienkai	LOC.landmark
Smolny	LOC.landmark
Sniper Alley	LOC.landmark
SoFi Stadium	LOC.landmark
Sobibor	LOC.landmark	Sobibór
Sobibór	LOC.landmark
Soccer City	LOC.landmark
Sohae	LOC.landmark
Soldier Field	LOC.landmark
Soldier Hollow	LOC.city
Soma Bay	LOC.city
Sommerpalast	LOC.landmark
Son Sant Joan	LOC.landmark
Sonnenallee	LOC.landmark
Sonnenblumenhaus	LOC.landmark
Sony Center	LOC.landmark
Sophienkathedrale	LOC.landmark
Sophienkirche	LOC.landmark
Sorbonne	LOC.landmark
Sosúa	LOC.city
Sowjetisches Ehrenmal	LOC.landmark
Space Needle	LOC.landmark
Spalentor	LOC.landmark
Spandauer Zitadelle	LOC.landmark
Spangdahlem Air Base	LOC.landmark
Spanische Treppe	LOC.landmark
Speakers’ Corner	LOC.landmark
Speicherstadt	LOC.landmark
Speyerer Dom	LOC.landmark
Sphinx	LOC.landmark
Spielbudenplatz	LOC.landmark
Sportpark Höhenberg	LOC.landmark
Sportpark Ronhof	LOC.landmark
Sportplatz Heiligengeistfeld	LOC.landmark
Spreebogen	LOC.landmark
Srebrenica-Gedenkstätte	LOC.landmark
St Pancras	LOC.landmark
St Paul’s Cathedral	LOC.landmark
St. Jakob-Park	LOC.landmark
St. Jakobshalle	LOC.landmark
St. James’s Park	LOC.landmark
St. Pancras	LOC.landmark	St Pancras
St. Paul’s Cathedral	LOC.landmark	St Paul’s Cathedral
St.-Hedwigs-Kathedrale	LOC.landmark
St.-Jakob-Park	LOC.landmark
St.-Petri-Dom	LOC.landmark
Staatsbrücke	LOC.landmark
Staatsoper	LOC.landmark
Staatsoper Unter den Linden	LOC.landmark
Stachus	LOC.landmark
Stade Roland Garros	LOC.landmark
Stade de France	LOC.landmark
Stade de Genève	LOC.landmark
Stade de Suisse	LOC.landmark
Stade de Tourbillon	LOC.landmark
Stade de la Tuilière	LOC.landmark
Stadio Diego Armando Maradona	LOC.landmark
Stadio Olimpico	LOC.landmark
Stadio San Siro	LOC.landmark
Stadion An der Alten Försterei	LOC.landmark
Stadion Letzigrund	LOC.landmark
Stadion Wankdorf	LOC.landmark
Stadion am Bieberer Berg	LOC.landmark
Stadion an der Hafenstraße	LOC.landmark
Stadion der Freundschaft	LOC.landmark
Stalag 326	LOC.landmark
Stamford Bridge	LOC.landmark
Stammlager Auschwitz	LOC.landmark
Standing Rock	LOC.landmark
Stansted	LOC.landmark
Staples Center	LOC.landmark
Starbase	LOC.landmark
Stari Most	LOC.landmark
Startbahn West	LOC.landmark
Stasi-Gefängnis Hohenschönhausen	LOC.landmark
Stasi-Zentrale	LOC.landmark
Staudamm Dnipro	LOC.landmark
Staudamm Nowa Kachowka	LOC.landmark
Steindamm	LOC.landmark
Steinerne Brücke	LOC.landmark
Stelenfeld	LOC.landmark
Stephansbasilika	LOC.landmark
Stephansdom	LOC.landmark
Stephanskirche	LOC.landmark
Stephansplatz	LOC.landmark
Sterkfontein	LOC.landmark
Stettiner Bahn	LOC.landmark
Stift Admont	LOC.landmark
Stift Heiligenkreuz	LOC.landmark
Stift Klosterneuburg	LOC.landmark
Stift Melk	LOC.landmark
Stiglmaierplatz	LOC.landmark
Stockhorn Arena	LOC.landmark
Stonehenge	LOC.landmark
Stonewall Inn	LOC.landmark
Stormont	LOC.landmark
Strahov	LOC.landmark
Straßburger Münster	LOC.landmark
Streif	LOC.landmark
Stubenring	LOC.landmark
Stuttgarter Hauptbahnhof	LOC.landmark
Stutthof	LOC.landmark
Sumela-Kloster	LOC.landmark
Sunset Boulevard	LOC.landmark
Sunset Strip	LOC.landmark
Suvarnabhumi	LOC.landmark
Swissporarena	LOC.landmark
Sydney Harbour Bridge	LOC.landmark
Sydney Opera House	LOC.landmark
Sylter Kliff	LOC.landmark
Synagoge Rykestraße	LOC.landmark
Synagoge am Fraenkelufer	LOC.landmark
Syntagma	LOC.landmark
Syntagma-Platz	LOC.landmark
Széchenyi-Bad	LOC.landmark
Széchenyibad	LOC.landmark	Széchenyi-Bad
Sándor-Palais	LOC.landmark
Südautobahn	LOC.landmark
S’Arenal	LOC.city
Tabakfabrik Linz	LOC.landmark
Tadmur-Gefängnis	LOC.landmark
Tadsch Mahal	LOC.landmark
Tagebau Garzweiler	LOC.landmark
Tagebau Hambach	LOC.landmark
Tagebau Inden	LOC.landmark
Tagebau Jänschwalde	LOC.landmark
Tagebau Nochten	LOC.landmark
Tagebau Welzow-Süd	LOC.landmark
Tahrir-Platz	LOC.landmark
Tahrir-Platz Khartum	LOC.landmark
Tahrirplatz	LOC.landmark
Taj Mahal	LOC.landmark
Taj Mahal Palace	LOC.landmark
Taksim	LOC.landmark
Taksim-Platz	LOC.landmark
Tal der Gefallenen	LOC.landmark
Tal der Tempel	LOC.landmark
Talbrücke Rahmede	LOC.landmark
Talbrücke Rinsdorf	LOC.landmark
Talbrücke Sechshelden	LOC.landmark
Tanegashima Space Center	LOC.landmark
Tanf	LOC.landmark	Al-Tanf
Tanzbrunnen	LOC.landmark
Tanzendes Haus	LOC.landmark
Taormina	LOC.city
Tate Modern	LOC.landmark
Taubenmarkt	LOC.landmark
Tauernautobahn	LOC.landmark
Tauernbahn	LOC.landmark
Tauerntunnel	LOC.landmark
Taunusanlage	LOC.landmark
Taurisches Palais	LOC.landmark
Tellskapelle	LOC.landmark
Temelín	LOC.landmark
Tempel von Karnak	LOC.landmark
Tempelhofer Feld	LOC.landmark
Tempodrom	LOC.landmark
Terazije	LOC.landmark
Terrakotta-Armee	LOC.landmark
Tesero	LOC.city
Teufelsberg	LOC.landmark
Teufelsbrücke	LOC.landmark
Teurnia	LOC.landmark
Thaliastraße	LOC.landmark
Tham Luang	LOC.landmark
Tham-Luang-Höhle	LOC.landmark
The Bund	LOC.landmark
The Shard	LOC.landmark
Theater von Mariupol	LOC.landmark
Theatinerkirche	LOC.landmark
Theodor-Heuss-Brücke	LOC.landmark
Theodor-Heuss-Platz	LOC.landmark
Theresienstadt-Ghetto	LOC.landmark
Theresienwiese	LOC.landmark
Thomaskirche	LOC.landmark
Tian Tan Buddha	LOC.landmark
Tiananmen-Platz	LOC.landmark
Tian’anmen	LOC.landmark
Tian’anmen-Platz	LOC.landmark
Tiergartentunnel	LOC.landmark
Tignes	LOC.city
Tihange	LOC.landmark
Times Square	LOC.landmark
Tivoli Stadion Tirol	LOC.landmark
Tokyo Skytree	LOC.landmark
Tokyo Tower	LOC.landmark
Topkapı-Palast	LOC.landmark
Topographie des Terrors	LOC.landmark
Tor Chan	LOC.landmark
Tora-Gefängnis	LOC.landmark
Torkham	LOC.landmark
Torre de Belém	LOC.landmark
Torre del Oro	LOC.landmark
Torri del Benaco	LOC.city
Tottenham Hotspur Stadium	LOC.landmark
Tower Bridge	LOC.landmark
Tower Hill	LOC.landmark
Tower of London	LOC.landmark
Trafalgar Square	LOC.landmark
Treblinka	LOC.landmark
Treppenviertel	LOC.landmark
Treptower Park	LOC.landmark
Trevi-Brunnen	LOC.landmark
Trevibrunnen	LOC.landmark
Trierer Dom	LOC.landmark
Trinity Site	LOC.landmark
Triumphbogen	LOC.landmark
Trnopolje	LOC.landmark
Trocadéro	LOC.landmark
Tropical Islands	LOC.landmark
Trostenez	LOC.landmark
Trump Tower	LOC.landmark
Truppenübungsplatz Altmark	LOC.landmark
Truppenübungsplatz Baumholder	LOC.landmark
Truppenübungsplatz Bergen	LOC.landmark
Truppenübungsplatz Grafenwöhr	LOC.landmark
Truppenübungsplatz Hohenfels	LOC.landmark
Truppenübungsplatz Munster	LOC.landmark
Tränenpalast	LOC.landmark
Tschernobyl-Reaktor	LOC.landmark
Tschistyje Prudy	LOC.landmark
Tuchhallen	LOC.landmark
Tui Arena	LOC.landmark
Tuilerien	LOC.landmark
Tuol Sleng	LOC.landmark
Turmus Ayya	LOC.city
Twerskaja	LOC.landmark
Twerskaja-Straße	LOC.landmark
Twickenham-Stadion	LOC.landmark
Törzburg	LOC.landmark
Tötungsanstalt Hadamar	LOC.landmark
Tōdai-ji	LOC.landmark
UN-Campus	LOC.landmark
UN-Hauptquartier	LOC.landmark
UNO-Hauptquartier	LOC.landmark
Uber Arena	LOC.landmark
Uchinoura	LOC.landmark
Uffizien	LOC.landmark
Uhrturm	LOC.landmark
Ulmer Münster	LOC.landmark
Ulrichskirche	LOC.landmark
Umag	LOC.city
Umayyaden-Moschee	LOC.landmark
Umayyaden-Platz	LOC.landmark
Unabhängigkeitsplatz	LOC.landmark
Union Buildings	LOC.landmark
Uniriese	LOC.landmark
United Center	LOC.landmark
Universitätsring	LOC.landmark
Unter den Linden	LOC.landmark
Unteres Belvedere	LOC.landmark
Urananreicherungsanlage Natanz	LOC.landmark
Uruk	LOC.landmark
Ust-Luga	LOC.landmark
Val Thorens	LOC.city
Val d'Isère	LOC.city	Val d’Isère
Val di Fiemme	LOC.city
Val d’Isère	LOC.city
Van-Gogh-Museum	LOC.landmark
Vandenberg Air Force Base	LOC.landmark
Vandenberg Space Force Base	LOC.landmark
Vasco-da-Gama-Brücke	LOC.landmark
Vatikanische Museen	LOC.landmark
Veitsdom	LOC.landmark
Veltins-Arena	LOC.landmark
Verbotene Stadt	LOC.landmark
Vernichtungslager Belzec	LOC.landmark
Vernichtungslager Kulmhof	LOC.landmark
Vernichtungslager Majdanek	LOC.landmark
Vernichtungslager Sobibor	LOC.landmark
Vernichtungslager Sobibór	LOC.landmark
Vernichtungslager Treblinka	LOC.landmark
Verrazzano-Narrows Bridge	LOC.landmark
Versöhnungskirche	LOC.landmark
Veste Coburg	LOC.landmark
Via Appia	LOC.landmark
Via Dolorosa	LOC.landmark
Via Veneto	LOC.landmark
Via del Corso	LOC.landmark
Vicente Calderón	LOC.landmark
Victoria Peak	LOC.landmark
Victoria Station	LOC.landmark
Victoria Terminus	LOC.landmark
Victoria and Albert Museum	LOC.landmark
Victoriafälle	LOC.landmark
Vijećnica	LOC.landmark
Vikersund	LOC.city
Viktor-Adler-Markt	LOC.landmark
Viktualienmarkt	LOC.landmark
Vilamoura	LOC.city
Villa Borghese	LOC.landmark
Villa Borsig	LOC.landmark
Villa Hammerschmidt	LOC.landmark
Villa Reitzenstein	LOC.landmark
Virunum	LOC.landmark
Vogelfluglinie	LOC.landmark
Vogelherdhöhle	LOC.landmark
Vogelsang IP	LOC.landmark
Voith-Arena	LOC.landmark
Volkspark Friedrichshain	LOC.landmark
Volksparkstadion	LOC.landmark
Volkswagen Arena	LOC.landmark
Vondelpark	LOC.landmark
Vonovia Ruhrstadion	LOC.landmark
Votivkirche	LOC.landmark
Vredespaleis	LOC.landmark	Friedenspalast
Vukovar-Wasserturm	LOC.landmark
Völkerbundpalast	LOC.landmark
Völkerschlachtdenkmal	LOC.landmark
Völklinger Hütte	LOC.landmark
WWK Arena	LOC.landmark
Wagah	LOC.landmark
Wagramer Straße	LOC.landmark
Waldbühne	LOC.landmark
Waldfriedhof Halbe	LOC.landmark
Waldschlößchenbrücke	LOC.landmark
Waldstadion	LOC.landmark
Walhalla	LOC.landmark
Walk of Fame	LOC.landmark
Wall Street	LOC.landmark
Wallops Island	LOC.landmark
Walserberg	LOC.landmark
Walt Disney World	LOC.landmark
Walter Reed National Military Medical Center	LOC.landmark
Walter-Reed-Militärkrankenhaus	LOC.landmark
Wanda Metropolitano	LOC.landmark
Wankdorfstadion	LOC.landmark
Warschauer Ghetto	LOC.landmark
Warschauer Königsschloss	LOC.landmark
Warschauer Straße	LOC.landmark
Wartburg	LOC.landmark
Washington Monument	LOC.landmark
Washington Square Park	LOC.landmark
Wat Arun	LOC.landmark
Wat Pho	LOC.landmark
Watergate	LOC.landmark
Waterloo Station	LOC.landmark
Wawel	LOC.landmark
Wawelburg	LOC.landmark
Weidendammer Brücke	LOC.landmark
Weißenhofsiedlung	LOC.landmark
Weißes Haus	LOC.landmark
Welser Autobahn	LOC.landmark
Weltraumbahnhof Kourou	LOC.landmark
Wembley	LOC.landmark
Wembley-Stadion	LOC.landmark
Wengen	LOC.city
Wenzelsplatz	LOC.landmark
Werrabahn	LOC.landmark
Weserstadion	LOC.landmark
Westautobahn	LOC.landmark
Westbahnhof	LOC.landmark
Westend-Synagoge	LOC.landmark
Westerbork	LOC.landmark
Westerplatte	LOC.landmark
Westerwaldbahn	LOC.landmark
Westfalenhalle	LOC.landmark
Westfalenhallen	LOC.landmark
Westfalenstadion	LOC.landmark
Westgate Mall	LOC.landmark
Westgate-Einkaufszentrum	LOC.landmark
Westmauer	LOC.landmark
Westminster Abbey	LOC.landmark
Westminster Bridge	LOC.landmark
Westminster-Palast	LOC.landmark
Wewelsburg	LOC.landmark
Whitehall	LOC.landmark
Wiederaufarbeitungsanlage La Hague	LOC.landmark
Wiederaufarbeitungsanlage Wackersdorf	LOC.landmark
Wien Hauptbahnhof	LOC.landmark
Wiener Außenring Autobahn	LOC.landmark
Wiener Gürtel	LOC.landmark
Wiener Hauptbahnhof	LOC.landmark
Wiener Justizpalast	LOC.landmark
Wiener Rathaus	LOC.landmark
Wiener Riesenrad	LOC.landmark
Wiener Secession	LOC.landmark
Wiener Staatsoper	LOC.landmark
Wiener Stadthalle	LOC.landmark
Wiener Westbahnhof	LOC.landmark
Wiener Zentralfriedhof	LOC.landmark
Wiesbadener Kurhaus	LOC.landmark
Wieskirche	LOC.landmark
Wiesn	LOC.landmark
Wildparkstadion	LOC.landmark
Wilhelmstraße	LOC.landmark
Williamsburg Bridge	LOC.landmark
Willis Tower	LOC.landmark
Windsor Castle	LOC.landmark
Winterpalast	LOC.landmark
Wittelsbacherplatz	LOC.landmark
Wittenberger Schlosskirche	LOC.landmark
Wittenbergplatz	LOC.landmark
Wnukowo	LOC.landmark
Wohninvest Weserstadion	LOC.landmark
World Trade Center	LOC.landmark
Wormser Dom	LOC.landmark
Wostotschny	LOC.landmark
Wounded Knee	LOC.landmark
Wrigley Field	LOC.landmark
Wunderino Arena	LOC.landmark
Wuppertaler Schwebebahn	LOC.landmark
Währinger Gürtel	LOC.landmark
Wörlitzer Park	LOC.landmark
Wörthersee-Stadion	LOC.landmark
Würzburger Residenz	LOC.landmark
Yad Vashem	LOC.landmark
Yankee Stadium	LOC.landmark
Yarmouk	LOC.landmark	Jarmuk
Yasukuni-Schrein	LOC.landmark
Yavuz-Sultan-Selim-Brücke	LOC.landmark
Yavuz-Sultan-Selim-Moschee	LOC.landmark
Yenidze	LOC.landmark
Yongbyon	LOC.landmark
Yppenplatz	LOC.landmark
Yu-Garten	LOC.landmark
Yıldız-Palast	LOC.landmark
ZAG Arena	LOC.landmark
Zaatari	LOC.landmark
Zaunplatz	LOC.landmark
Zeche Zollern	LOC.landmark
Zeche Zollverein	LOC.landmark
Zenith München	LOC.landmark
Zentralfriedhof	LOC.landmark
Zentralmoschee Köln	LOC.landmark
Zeppelinfeld	LOC.landmark
Zeppelintribüne	LOC.landmark
Zhongnanhai	LOC.landmark
Zikim	LOC.city
Zimmerberg-Basistunnel	LOC.landmark
Zionskirche	LOC.landmark
Zitadelle Petersberg	LOC.landmark
Zitadelle Spandau	LOC.landmark
Zoobrücke	LOC.landmark
Zoologischer Garten	LOC.landmark
Zuccotti Park	LOC.landmark
Zuckerhut	LOC.landmark
Zweite Stammstrecke	LOC.landmark
Zwischenlager Gorleben	LOC.landmark
Zytglogge	LOC.landmark
Zócalo	LOC.landmark
Zülpicher Straße	LOC.landmark
Zürich HB	LOC.landmark
Ägyptischer Basar	LOC.landmark
Ägyptisches Museum	LOC.landmark
Çatalhöyük	LOC.landmark
Çırağan-Palast	LOC.landmark
Élysée	LOC.landmark
Élysée-Palast	LOC.landmark
Ölanlage Abqaiq	LOC.landmark
Ölüdeniz	LOC.city
Öncüpınar	LOC.landmark
İstiklal Caddesi	LOC.landmark
Łazienki	LOC.landmark
Łazienki-Park	LOC.landmark
Şehitlik-Moschee	LOC.landmark
