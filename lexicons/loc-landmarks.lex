# loc-landmarks.lex - landmarks, squares, streets, buildings and other named sites commonly written in German news text
# Source: hand-written facts (lexicons/import/places_manual/landmarks.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 391 entries.
Aachener Dom	LOC.landmark
Akropolis	LOC.landmark
Al-Aqsa-Moschee	LOC.landmark
Aletschgletscher	LOC.landmark
Alexanderplatz	LOC.landmark
Alhambra	LOC.landmark
Allianz Arena	LOC.landmark
Alte Brücke	LOC.landmark
Angkor	LOC.landmark
Angkor Wat	LOC.landmark
Arc de Triomphe	LOC.landmark
Area 51	LOC.landmark
Arena auf Schalke	LOC.landmark
Asowstal	LOC.landmark
Atomium	LOC.landmark
Auschwitz-Birkenau	LOC.landmark
Außenalster	LOC.landmark
Bahnhofstrasse	LOC.landmark
Ballhausplatz	LOC.landmark
Balmoral	LOC.landmark
Bankenviertel	LOC.landmark
Basilius-Kathedrale	LOC.landmark
Belvedere	LOC.landmark
Bendlerblock	LOC.landmark
Bergisel	LOC.landmark
Berlaymont	LOC.landmark
Berliner Dom	LOC.landmark
Berliner Fernsehturm	LOC.landmark
Berliner Mauer	LOC.landmark
Berliner Schloss	LOC.landmark
Bernauer Straße	LOC.landmark
Beverly Hills	LOC.landmark
Big Ben	LOC.landmark
Binnenalster	LOC.landmark
Binnenhof	LOC.landmark
Blaue Moschee	LOC.landmark
Borussia-Park	LOC.landmark
Brandenburger Tor	LOC.landmark
Broadway	LOC.landmark
Brooklyn Bridge	LOC.landmark
Buckingham Palace	LOC.landmark
Buckingham-Palast	LOC.landmark
Bundeshaus	LOC.landmark
Bundeskanzleramt	LOC.landmark
Bundesplatz	LOC.landmark
Burgtheater	LOC.landmark
Burj Khalifa	LOC.landmark
Camp David	LOC.landmark
Canal Grande	LOC.landmark
Cape Canaveral	LOC.landmark
Capitol	LOC.landmark
Capitol Hill	LOC.landmark
Cecilienhof	LOC.landmark
Central Park	LOC.landmark
Centre Pompidou	LOC.landmark
Champs-Élysées	LOC.landmark
Checkpoint Charlie	LOC.landmark
Chinesische Mauer	LOC.landmark
Chreschtschatyk	LOC.landmark
Christusstatue	LOC.landmark
Commerzbank-Arena	LOC.landmark
Copacabana	LOC.landmark
Cristo Redentor	LOC.landmark
Deutsches Eck	LOC.landmark
Dogenpalast	LOC.landmark
Domplatte	LOC.landmark
Donauinsel	LOC.landmark
Dora-Mittelbau	LOC.landmark
Downing Street	LOC.landmark
Drei-Schluchten-Damm	LOC.landmark
Drei-Schluchten-Talsperre	LOC.landmark
Dresdner Frauenkirche	LOC.landmark
East Side Gallery	LOC.landmark
Eiffelturm	LOC.landmark
Elbphilharmonie	LOC.landmark
Empire State Building	LOC.landmark
Engelsburg	LOC.landmark
Englischer Garten	LOC.landmark
Erzberg	LOC.landmark
Externsteine	LOC.landmark
Feldherrnhalle	LOC.landmark
Felsendom	LOC.landmark
Fernsehturm	LOC.landmark
Festung Hohensalzburg	LOC.landmark
Fifth Avenue	LOC.landmark
Flughafen BER	LOC.landmark
Flughafen Berlin Brandenburg	LOC.landmark
Flughafen Charles de Gaulle	LOC.landmark
Flughafen Düsseldorf	LOC.landmark
Flughafen Frankfurt	LOC.landmark
Flughafen Genf	LOC.landmark
Flughafen Hamburg	LOC.landmark
Flughafen Heathrow	LOC.landmark
Flughafen Kloten	LOC.landmark
Flughafen Köln/Bonn	LOC.landmark
Flughafen Leipzig/Halle	LOC.landmark
Flughafen München	LOC.landmark
Flughafen Schiphol	LOC.landmark
Flughafen Stuttgart	LOC.landmark
Flughafen Tegel	LOC.landmark
Flughafen Tempelhof	LOC.landmark
Flughafen Wien	LOC.landmark
Flughafen Wien-Schwechat	LOC.landmark
Flughafen Zürich	LOC.landmark
Forum Romanum	LOC.landmark
Frankfurter Flughafen	LOC.landmark
Franz-Josef-Strauß-Flughafen	LOC.landmark
Frauenkirche	LOC.landmark
Frauenkirche München	LOC.landmark
Fraumünster	LOC.landmark
Freiheitsstatue	LOC.landmark
Friedrichstraße	LOC.landmark
Fukushima Daiichi	LOC.landmark
Galatabrücke	LOC.landmark
Gatwick	LOC.landmark
Geburtskirche	LOC.landmark
Gedenkstätte Hohenschönhausen	LOC.landmark
Gendarmenmarkt	LOC.landmark
Getreidegasse	LOC.landmark
Glienicker Brücke	LOC.landmark
Golden Gate	LOC.landmark
Golden Gate Bridge	LOC.landmark
Goldenes Dachl	LOC.landmark
Gotthard-Basistunnel	LOC.landmark
Gotthardtunnel	LOC.landmark
Grabeskirche	LOC.landmark
Grand-Place	LOC.landmark
Grazer Schlossberg	LOC.landmark
Great Barrier Reef	LOC.landmark
Grossmünster	LOC.landmark
Grote Markt	LOC.landmark
Ground Zero	LOC.landmark
Große Mauer	LOC.landmark
Große Moschee	LOC.landmark
Großer Aletschgletscher	LOC.landmark
Großer Tiergarten	LOC.landmark
Großes Barriereriff	LOC.landmark
Großglockner-Hochalpenstraße	LOC.landmark
Guantánamo Bay	LOC.landmark
Hackescher Markt	LOC.landmark
Hagia Sophia	LOC.landmark
Heathrow	LOC.landmark
Heidelberger Schloss	LOC.landmark
Heldenplatz	LOC.landmark
Hermannsdenkmal	LOC.landmark
Hockenheimring	LOC.landmark
Hofbräuhaus	LOC.landmark
Hofburg	LOC.landmark
Hohensalzburg	LOC.landmark
Hohenschönhausen	LOC.landmark
Hohenzollernbrücke	LOC.landmark
Hohle Gasse	LOC.landmark
Holocaust-Mahnmal	LOC.landmark
Humboldt Forum	LOC.landmark
Hundertwasserhaus	LOC.landmark
Hyde Park	LOC.landmark
Iguazú-Wasserfälle	LOC.landmark
Invalidendom	LOC.landmark
Jet d’eau	LOC.landmark
Jungfernstieg	LOC.landmark
Jungfraujoch	LOC.landmark
Justus-Lipsius-Gebäude	LOC.landmark
KZ Buchenwald	LOC.landmark
KZ Dachau	LOC.landmark
KZ Mauthausen	LOC.landmark
KZ Sachsenhausen	LOC.landmark
Kaaba	LOC.landmark
Kaiserburg	LOC.landmark
Kaiserpalast	LOC.landmark
Kanzleramt	LOC.landmark
Kapellbrücke	LOC.landmark
Kapitol	LOC.landmark
Karlskirche	LOC.landmark
Karlsplatz	LOC.landmark
Kehlsteinhaus	LOC.landmark
Kennedy Space Center	LOC.landmark
Kernkraftwerk Saporischschja	LOC.landmark
Kertsch-Brücke	LOC.landmark
Klagemauer	LOC.landmark
Knesset	LOC.landmark
Kolosseum	LOC.landmark
Kreidefelsen	LOC.landmark
Kreml	LOC.landmark
Krim-Brücke	LOC.landmark
Krimbrücke	LOC.landmark
Kurfürstendamm	LOC.landmark
Ku’damm	LOC.landmark
Kyffhäuserdenkmal	LOC.landmark
Kärntner Straße	LOC.landmark
Kölner Dom	LOC.landmark
Königsallee	LOC.landmark
Königsplatz	LOC.landmark
Königsstuhl	LOC.landmark
La Défense	LOC.landmark
La Rambla	LOC.landmark
Landungsbrücken	LOC.landmark
Las Vegas Strip	LOC.landmark
Leopoldstraße	LOC.landmark
Lincoln Memorial	LOC.landmark
London Bridge	LOC.landmark
Lorelei	LOC.landmark
Loreley	LOC.landmark
Louvre	LOC.landmark
Lubjanka	LOC.landmark
Lötschberg	LOC.landmark
Lötschbergtunnel	LOC.landmark
Machu Picchu	LOC.landmark
Maidan	LOC.landmark
Mailänder Dom	LOC.landmark
Mailänder Scala	LOC.landmark
Mainhattan	LOC.landmark
Majdan	LOC.landmark
Manneken Pis	LOC.landmark
Mar-a-Lago	LOC.landmark
Marienplatz	LOC.landmark
Markusdom	LOC.landmark
Markusplatz	LOC.landmark
Matignon	LOC.landmark
Maximilianstraße	LOC.landmark
Mercedes-Benz Arena	LOC.landmark
Messeturm	LOC.landmark
Mirabellgarten	LOC.landmark
Moncloa	LOC.landmark
Montecitorio	LOC.landmark
Montmartre	LOC.landmark
Museumsinsel	LOC.landmark
Naschmarkt	LOC.landmark
National Mall	LOC.landmark
Neckarstadion	LOC.landmark
Neuschwanstein	LOC.landmark
Niagara-Fälle	LOC.landmark
Niagarafälle	LOC.landmark
Niederwalddenkmal	LOC.landmark
Notre Dame	LOC.landmark
Notre-Dame	LOC.landmark
Nürburgring	LOC.landmark
Nürnberger Burg	LOC.landmark
Oberbaumbrücke	LOC.landmark
Obersalzberg	LOC.landmark
Odeonsplatz	LOC.landmark
Olympiapark	LOC.landmark
Olympiastadion	LOC.landmark
Oper von Sydney	LOC.landmark
Orly	LOC.landmark
Oval Office	LOC.landmark
Palais des Nations	LOC.landmark
Palazzo Chigi	LOC.landmark
Paradeplatz	LOC.landmark
Pariser Platz	LOC.landmark
Parkstadion	LOC.landmark
Parthenon	LOC.landmark
Paulskirche	LOC.landmark
Pentagon	LOC.landmark
Pergamonmuseum	LOC.landmark
Petersdom	LOC.landmark
Petersplatz	LOC.landmark
Petronas Towers	LOC.landmark
Piccadilly Circus	LOC.landmark
Place de la Concorde	LOC.landmark
Place de la République	LOC.landmark
Platz des Himmlischen Friedens	LOC.landmark
Point Alpha	LOC.landmark
Ponte Vecchio	LOC.landmark
Porta Nigra	LOC.landmark
Potala-Palast	LOC.landmark
Potsdamer Platz	LOC.landmark
Prater	LOC.landmark
Puerta del Sol	LOC.landmark
Pyramiden von Gizeh	LOC.landmark
Quai d’Orsay	LOC.landmark
Quartier Latin	LOC.landmark
Quirinal	LOC.landmark
Quirinalspalast	LOC.landmark
Ramblas	LOC.landmark
Rathausplatz	LOC.landmark
Red Bull Arena	LOC.landmark
Reeperbahn	LOC.landmark
Reichsparteitagsgelände	LOC.landmark
Reichstag	LOC.landmark
Reichstagsgebäude	LOC.landmark
Rhein-Main-Flughafen	LOC.landmark
Rheinfall	LOC.landmark
Rheinturm	LOC.landmark
Rialtobrücke	LOC.landmark
Riesenrad	LOC.landmark
Rijksmuseum	LOC.landmark
Ringstraße	LOC.landmark
Rockefeller Center	LOC.landmark
Roissy	LOC.landmark
Roter Platz	LOC.landmark
Rotes Fort	LOC.landmark
Rotes Rathaus	LOC.landmark
Römerberg	LOC.landmark
Rütli	LOC.landmark
Rütliwiese	LOC.landmark
Sachsenring	LOC.landmark
Sacré-Cœur	LOC.landmark
Sagrada Familia	LOC.landmark
Sagrada Família	LOC.landmark
Sanssouci	LOC.landmark
Saporischschja-Kernkraftwerk	LOC.landmark
Schiefer Turm von Pisa	LOC.landmark
Schiphol	LOC.landmark
Schloss Bellevue	LOC.landmark
Schloss Charlottenburg	LOC.landmark
Schloss Chillon	LOC.landmark
Schloss Linderhof	LOC.landmark
Schloss Moritzburg	LOC.landmark
Schloss Neuschwanstein	LOC.landmark
Schloss Nymphenburg	LOC.landmark
Schloss Sanssouci	LOC.landmark
Schloss Schönbrunn	LOC.landmark
Schloss Versailles	LOC.landmark
Schloss Windsor	LOC.landmark
Schwebebahn	LOC.landmark
Schönbrunn	LOC.landmark
Sechseläutenplatz	LOC.landmark
Semperoper	LOC.landmark
Siegessäule	LOC.landmark
Signal Iduna Park	LOC.landmark
Sixtinische Kapelle	LOC.landmark
Sorbonne	LOC.landmark
Spanische Treppe	LOC.landmark
Speicherstadt	LOC.landmark
Sphinx	LOC.landmark
Staatsoper	LOC.landmark
Stachus	LOC.landmark
Stasi-Zentrale	LOC.landmark
Stephansdom	LOC.landmark
Stephansplatz	LOC.landmark
Stift Admont	LOC.landmark
Stift Melk	LOC.landmark
Stonehenge	LOC.landmark
Sydney Opera House	LOC.landmark
Sylter Kliff	LOC.landmark
Syntagma-Platz	LOC.landmark
Tadsch Mahal	LOC.landmark
Tahrir-Platz	LOC.landmark
Tahrirplatz	LOC.landmark
Taj Mahal	LOC.landmark
Taksim	LOC.landmark
Taksim-Platz	LOC.landmark
Tellskapelle	LOC.landmark
Tempelhofer Feld	LOC.landmark
Theresienwiese	LOC.landmark
Tiananmen-Platz	LOC.landmark
Tian’anmen	LOC.landmark
Tian’anmen-Platz	LOC.landmark
Times Square	LOC.landmark
Topkapı-Palast	LOC.landmark
Tower Bridge	LOC.landmark
Tower of London	LOC.landmark
Trafalgar Square	LOC.landmark
Trevi-Brunnen	LOC.landmark
Trevibrunnen	LOC.landmark
Triumphbogen	LOC.landmark
Trump Tower	LOC.landmark
Uffizien	LOC.landmark
Uhrturm	LOC.landmark
Unabhängigkeitsplatz	LOC.landmark
Unter den Linden	LOC.landmark
Vatikanische Museen	LOC.landmark
Veltins-Arena	LOC.landmark
Verbotene Stadt	LOC.landmark
Victoriafälle	LOC.landmark
Viktualienmarkt	LOC.landmark
Volksparkstadion	LOC.landmark
Völkerschlachtdenkmal	LOC.landmark
Waldstadion	LOC.landmark
Wall Street	LOC.landmark
Wartburg	LOC.landmark
Watergate	LOC.landmark
Weißes Haus	LOC.landmark
Wembley	LOC.landmark
Wembley-Stadion	LOC.landmark
Weserstadion	LOC.landmark
Westfalenstadion	LOC.landmark
Westminster Abbey	LOC.landmark
Whitehall	LOC.landmark
Wiener Staatsoper	LOC.landmark
Wiesn	LOC.landmark
Wilhelmstraße	LOC.landmark
Windsor Castle	LOC.landmark
World Trade Center	LOC.landmark
Wuppertaler Schwebebahn	LOC.landmark
Zeche Zollverein	LOC.landmark
Zeppelinfeld	LOC.landmark
Zhongnanhai	LOC.landmark
Zuckerhut	LOC.landmark
Zytglogge	LOC.landmark
Élysée-Palast	LOC.landmark
