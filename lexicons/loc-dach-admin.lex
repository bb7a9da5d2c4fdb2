# loc-dach-admin.lex - German Länder, Regierungsbezirke, Landkreise and kreisfreie Städte as administrative units, Austrian Bundesländer and Bezirke, Swiss cantons, Liechtenstein; with short forms (NRW, BW) and bare Kreis names where they are not also a town name
# Source: hand-written facts (lexicons/import/places_manual/dach_admin.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 863 entries.
Aargau	LOC.state	Kanton Aargau
Ahrweiler	LOC.district	Landkreis Ahrweiler
Aichach-Friedberg	LOC.district	Landkreis Aichach-Friedberg
Alb-Donau-Kreis	LOC.district
Alsergrund	LOC.district
Altenburger Land	LOC.district	Landkreis Altenburger Land
Altmarkkreis Salzwedel	LOC.district
Alzey-Worms	LOC.district	Landkreis Alzey-Worms
Amberg-Sulzbach	LOC.district	Landkreis Amberg-Sulzbach
Ammerland	LOC.district	Landkreis Ammerland
Anhalt-Bitterfeld	LOC.district	Landkreis Anhalt-Bitterfeld
Appenzell Ausserrhoden	LOC.state	Kanton Appenzell Ausserrhoden
Appenzell Außerrhoden	LOC.state	Kanton Appenzell Ausserrhoden
Appenzell Innerrhoden	LOC.state	Kanton Appenzell Innerrhoden
Ba-Wü	LOC.state	Baden-Württemberg
BaWü	LOC.state	Baden-Württemberg
Bad Tölz-Wolfratshausen	LOC.district	Landkreis Bad Tölz-Wolfratshausen
Baden	LOC.district	Bezirk Baden
Baden Württemberg	LOC.state	Baden-Württemberg
Baden-Württemberg	LOC.state
Barnim	LOC.district	Landkreis Barnim
Basel-Land	LOC.state	Kanton Basel-Landschaft
Basel-Landschaft	LOC.state	Kanton Basel-Landschaft
Basel-Stadt	LOC.state	Kanton Basel-Stadt
Baselbiet	LOC.state	Kanton Basel-Landschaft
Baselland	LOC.state	Kanton Basel-Landschaft
Bayern	LOC.state
Berchtesgadener Land	LOC.district	Landkreis Berchtesgadener Land
Bergstraße	LOC.district	Landkreis Bergstraße
Berne	LOC.state	Kanton Bern
Bernkastel-Wittlich	LOC.district	Landkreis Bernkastel-Wittlich
Bezirk Amstetten	LOC.district
Bezirk Baden	LOC.district
Bezirk Bludenz	LOC.district
Bezirk Braunau am Inn	LOC.district
Bezirk Bregenz	LOC.district
Bezirk Bruck an der Leitha	LOC.district
Bezirk Bruck-Mürzzuschlag	LOC.district
Bezirk Deutschlandsberg	LOC.district
Bezirk Dornbirn	LOC.district
Bezirk Eferding	LOC.district
Bezirk Eisenstadt-Umgebung	LOC.district
Bezirk Feldkirch	LOC.district
Bezirk Feldkirchen	LOC.district
Bezirk Freistadt	LOC.district
Bezirk Gmunden	LOC.district
Bezirk Gmünd	LOC.district
Bezirk Graz-Umgebung	LOC.district
Bezirk Grieskirchen	LOC.district
Bezirk Gänserndorf	LOC.district
Bezirk Güssing	LOC.district
Bezirk Hallein	LOC.district
Bezirk Hartberg-Fürstenfeld	LOC.district
Bezirk Hermagor	LOC.district
Bezirk Hollabrunn	LOC.district
Bezirk Horn	LOC.district
Bezirk Imst	LOC.district
Bezirk Innsbruck-Land	LOC.district
Bezirk Jennersdorf	LOC.district
Bezirk Kirchdorf an der Krems	LOC.district
Bezirk Kitzbühel	LOC.district
Bezirk Klagenfurt-Land	LOC.district
Bezirk Korneuburg	LOC.district
Bezirk Krems-Land	LOC.district
Bezirk Kufstein	LOC.district
Bezirk Landeck	LOC.district
Bezirk Leibnitz	LOC.district
Bezirk Leoben	LOC.district
Bezirk Lienz	LOC.district
Bezirk Liezen	LOC.district
Bezirk Lilienfeld	LOC.district
Bezirk Linz-Land	LOC.district
Bezirk Mattersburg	LOC.district
Bezirk Melk	LOC.district
Bezirk Mistelbach	LOC.district
Bezirk Mittelfranken	LOC.region	Regierungsbezirk Mittelfranken
Bezirk Murau	LOC.district
Bezirk Murtal	LOC.district
Bezirk Mödling	LOC.district
Bezirk Neunkirchen	LOC.district
Bezirk Neusiedl am See	LOC.district
Bezirk Niederbayern	LOC.region	Regierungsbezirk Niederbayern
Bezirk Oberbayern	LOC.region	Regierungsbezirk Oberbayern
Bezirk Oberfranken	LOC.region	Regierungsbezirk Oberfranken
Bezirk Oberpfalz	LOC.region	Regierungsbezirk Oberpfalz
Bezirk Oberpullendorf	LOC.district
Bezirk Oberwart	LOC.district
Bezirk Perg	LOC.district
Bezirk Reutte	LOC.district
Bezirk Ried im Innkreis	LOC.district
Bezirk Rohrbach	LOC.district
Bezirk Salzburg-Umgebung	LOC.district
Bezirk Sankt Johann im Pongau	LOC.district
Bezirk Sankt Pölten-Land	LOC.district
Bezirk Sankt Veit an der Glan	LOC.district
Bezirk Scheibbs	LOC.district
Bezirk Schwaben	LOC.region	Regierungsbezirk Schwaben
Bezirk Schwaz	LOC.district
Bezirk Schärding	LOC.district
Bezirk Spittal an der Drau	LOC.district
Bezirk St. Johann im Pongau	LOC.district
Bezirk St. Pölten-Land	LOC.district
Bezirk St. Veit an der Glan	LOC.district
Bezirk Steyr-Land	LOC.district
Bezirk Südoststeiermark	LOC.district
Bezirk Tamsweg	LOC.district
Bezirk Tulln	LOC.district
Bezirk Unterfranken	LOC.region	Regierungsbezirk Unterfranken
Bezirk Urfahr-Umgebung	LOC.district
Bezirk Villach-Land	LOC.district
Bezirk Voitsberg	LOC.district
Bezirk Vöcklabruck	LOC.district
Bezirk Völkermarkt	LOC.district
Bezirk Waidhofen an der Thaya	LOC.district
Bezirk Weiz	LOC.district
Bezirk Wels-Land	LOC.district
Bezirk Wiener Neustadt-Land	LOC.district
Bezirk Wolfsberg	LOC.district
Bezirk Zell am See	LOC.district
Bezirk Zwettl	LOC.district
Bitburg-Prüm	LOC.district	Eifelkreis Bitburg-Prüm
Bodenseekreis	LOC.district
Brandenburg	LOC.state
Breisgau-Hochschwarzwald	LOC.district	Landkreis Breisgau-Hochschwarzwald
Brigittenau	LOC.district
Bruck-Mürzzuschlag	LOC.district	Bezirk Bruck-Mürzzuschlag
Burgenland	LOC.state
Burgenlandkreis	LOC.district
Börde	LOC.district	Landkreis Börde
Cochem-Zell	LOC.district	Landkreis Cochem-Zell
Dahme-Spreewald	LOC.district	Landkreis Dahme-Spreewald
Darmstadt-Dieburg	LOC.district	Landkreis Darmstadt-Dieburg
Dingolfing-Landau	LOC.district	Landkreis Dingolfing-Landau
Dithmarschen	LOC.district	Kreis Dithmarschen
Donau-Ries	LOC.district	Landkreis Donau-Ries
Donaustadt	LOC.district
Donnersbergkreis	LOC.district
Döbling	LOC.district
Eichsfeld	LOC.district	Landkreis Eichsfeld
Eifelkreis Bitburg-Prüm	LOC.district
Eisenstadt-Umgebung	LOC.district	Bezirk Eisenstadt-Umgebung
Elbe-Elster	LOC.district	Landkreis Elbe-Elster
Emsland	LOC.district	Landkreis Emsland
Ennepe-Ruhr	LOC.district	Ennepe-Ruhr-Kreis
Ennepe-Ruhr-Kreis	LOC.district
Enzkreis	LOC.district
Erlangen-Höchstadt	LOC.district	Landkreis Erlangen-Höchstadt
Erzgebirgskreis	LOC.district
Floridsdorf	LOC.district
Freie Hansestadt Bremen	LOC.state	Bremen
Freie und Hansestadt Hamburg	LOC.state	Hamburg
Freyung-Grafenau	LOC.district	Landkreis Freyung-Grafenau
Friesland	LOC.district	Landkreis Friesland
Fürstentum Liechtenstein	LOC.country	Liechtenstein
Grafschaft Bentheim	LOC.district	Landkreis Grafschaft Bentheim
Graubünden	LOC.state	Kanton Graubünden
Graz-Umgebung	LOC.district	Bezirk Graz-Umgebung
Grigioni	LOC.state	Kanton Graubünden
Grisons	LOC.state	Kanton Graubünden
Halbkanton Basel-Landschaft	LOC.state	Kanton Basel-Landschaft
Halbkanton Basel-Stadt	LOC.state	Kanton Basel-Stadt
Hameln-Pyrmont	LOC.district	Landkreis Hameln-Pyrmont
Hartberg-Fürstenfeld	LOC.district	Bezirk Hartberg-Fürstenfeld
Harz	LOC.district	Landkreis Harz
Havelland	LOC.district	Landkreis Havelland
Haßberge	LOC.district	Landkreis Haßberge
Heidekreis	LOC.district
Hernals	LOC.district
Hersfeld-Rotenburg	LOC.district	Landkreis Hersfeld-Rotenburg
Herzogtum Lauenburg	LOC.district	Kreis Herzogtum Lauenburg
Hessen	LOC.state
Hietzing	LOC.district
Hochsauerland	LOC.district	Hochsauerlandkreis
Hochsauerlandkreis	LOC.district
Hochtaunuskreis	LOC.district
Hohenlohekreis	LOC.district
Ilm-Kreis	LOC.district
Innere Stadt	LOC.district
Innsbruck-Land	LOC.district	Bezirk Innsbruck-Land
Jerichower Land	LOC.district	Landkreis Jerichower Land
Josefstadt	LOC.district
Jura	LOC.state	Kanton Jura
Klagenfurt-Land	LOC.district	Bezirk Klagenfurt-Land
Kreis Aachen	LOC.district	Städteregion Aachen
Kreis Ahrweiler	LOC.district	Landkreis Ahrweiler
Kreis Aichach-Friedberg	LOC.district	Landkreis Aichach-Friedberg
Kreis Altenburger Land	LOC.district	Landkreis Altenburger Land
Kreis Altenkirchen	LOC.district	Landkreis Altenkirchen
Kreis Altötting	LOC.district	Landkreis Altötting
Kreis Alzey-Worms	LOC.district	Landkreis Alzey-Worms
Kreis Amberg-Sulzbach	LOC.district	Landkreis Amberg-Sulzbach
Kreis Ammerland	LOC.district	Landkreis Ammerland
Kreis Anhalt-Bitterfeld	LOC.district	Landkreis Anhalt-Bitterfeld
Kreis Ansbach	LOC.district	Landkreis Ansbach
Kreis Aschaffenburg	LOC.district	Landkreis Aschaffenburg
Kreis Augsburg	LOC.district	Landkreis Augsburg
Kreis Aurich	LOC.district	Landkreis Aurich
Kreis Bad Dürkheim	LOC.district	Landkreis Bad Dürkheim
Kreis Bad Kissingen	LOC.district	Landkreis Bad Kissingen
Kreis Bad Kreuznach	LOC.district	Landkreis Bad Kreuznach
Kreis Bad Tölz-Wolfratshausen	LOC.district	Landkreis Bad Tölz-Wolfratshausen
Kreis Bamberg	LOC.district	Landkreis Bamberg
Kreis Barnim	LOC.district	Landkreis Barnim
Kreis Bautzen	LOC.district	Landkreis Bautzen
Kreis Bayreuth	LOC.district	Landkreis Bayreuth
Kreis Berchtesgadener Land	LOC.district	Landkreis Berchtesgadener Land
Kreis Bergstraße	LOC.district	Landkreis Bergstraße
Kreis Bernkastel-Wittlich	LOC.district	Landkreis Bernkastel-Wittlich
Kreis Biberach	LOC.district	Landkreis Biberach
Kreis Birkenfeld	LOC.district	Landkreis Birkenfeld
Kreis Bitburg-Prüm	LOC.district	Eifelkreis Bitburg-Prüm
Kreis Borken	LOC.district
Kreis Breisgau-Hochschwarzwald	LOC.district	Landkreis Breisgau-Hochschwarzwald
Kreis Böblingen	LOC.district	Landkreis Böblingen
Kreis Börde	LOC.district	Landkreis Börde
Kreis Calw	LOC.district	Landkreis Calw
Kreis Celle	LOC.district	Landkreis Celle
Kreis Cham	LOC.district	Landkreis Cham
Kreis Cloppenburg	LOC.district	Landkreis Cloppenburg
Kreis Coburg	LOC.district	Landkreis Coburg
Kreis Cochem-Zell	LOC.district	Landkreis Cochem-Zell
Kreis Coesfeld	LOC.district
Kreis Cuxhaven	LOC.district	Landkreis Cuxhaven
Kreis Dachau	LOC.district	Landkreis Dachau
Kreis Dahme-Spreewald	LOC.district	Landkreis Dahme-Spreewald
Kreis Darmstadt-Dieburg	LOC.district	Landkreis Darmstadt-Dieburg
Kreis Deggendorf	LOC.district	Landkreis Deggendorf
Kreis Diepholz	LOC.district	Landkreis Diepholz
Kreis Dillingen an der Donau	LOC.district	Landkreis Dillingen an der Donau
Kreis Dingolfing-Landau	LOC.district	Landkreis Dingolfing-Landau
Kreis Dithmarschen	LOC.district
Kreis Donau-Ries	LOC.district	Landkreis Donau-Ries
Kreis Düren	LOC.district
Kreis Ebersberg	LOC.district	Landkreis Ebersberg
Kreis Eichsfeld	LOC.district	Landkreis Eichsfeld
Kreis Eichstätt	LOC.district	Landkreis Eichstätt
Kreis Elbe-Elster	LOC.district	Landkreis Elbe-Elster
Kreis Emmendingen	LOC.district	Landkreis Emmendingen
Kreis Emsland	LOC.district	Landkreis Emsland
Kreis Erding	LOC.district	Landkreis Erding
Kreis Erlangen-Höchstadt	LOC.district	Landkreis Erlangen-Höchstadt
Kreis Esslingen	LOC.district	Landkreis Esslingen
Kreis Euskirchen	LOC.district
Kreis Forchheim	LOC.district	Landkreis Forchheim
Kreis Freising	LOC.district	Landkreis Freising
Kreis Freudenstadt	LOC.district	Landkreis Freudenstadt
Kreis Freyung-Grafenau	LOC.district	Landkreis Freyung-Grafenau
Kreis Friesland	LOC.district	Landkreis Friesland
Kreis Fulda	LOC.district	Landkreis Fulda
Kreis Fürstenfeldbruck	LOC.district	Landkreis Fürstenfeldbruck
Kreis Fürth	LOC.district	Landkreis Fürth
Kreis Garmisch-Partenkirchen	LOC.district	Landkreis Garmisch-Partenkirchen
Kreis Germersheim	LOC.district	Landkreis Germersheim
Kreis Gießen	LOC.district	Landkreis Gießen
Kreis Gifhorn	LOC.district	Landkreis Gifhorn
Kreis Goslar	LOC.district	Landkreis Goslar
Kreis Gotha	LOC.district	Landkreis Gotha
Kreis Grafschaft Bentheim	LOC.district	Landkreis Grafschaft Bentheim
Kreis Greiz	LOC.district	Landkreis Greiz
Kreis Groß-Gerau	LOC.district	Landkreis Groß-Gerau
Kreis Göppingen	LOC.district	Landkreis Göppingen
Kreis Görlitz	LOC.district	Landkreis Görlitz
Kreis Göttingen	LOC.district	Landkreis Göttingen
Kreis Günzburg	LOC.district	Landkreis Günzburg
Kreis Gütersloh	LOC.district
Kreis Hameln-Pyrmont	LOC.district	Landkreis Hameln-Pyrmont
Kreis Harburg	LOC.district	Landkreis Harburg
Kreis Harz	LOC.district	Landkreis Harz
Kreis Havelland	LOC.district	Landkreis Havelland
Kreis Haßberge	LOC.district	Landkreis Haßberge
Kreis Heidenheim	LOC.district	Landkreis Heidenheim
Kreis Heilbronn	LOC.district	Landkreis Heilbronn
Kreis Heinsberg	LOC.district
Kreis Helmstedt	LOC.district	Landkreis Helmstedt
Kreis Herford	LOC.district
Kreis Hersfeld-Rotenburg	LOC.district	Landkreis Hersfeld-Rotenburg
Kreis Herzogtum Lauenburg	LOC.district
Kreis Hildburghausen	LOC.district	Landkreis Hildburghausen
Kreis Hildesheim	LOC.district	Landkreis Hildesheim
Kreis Hof	LOC.district	Landkreis Hof
Kreis Holzminden	LOC.district	Landkreis Holzminden
Kreis Höxter	LOC.district
Kreis Jerichower Land	LOC.district	Landkreis Jerichower Land
Kreis Kaiserslautern	LOC.district	Landkreis Kaiserslautern
Kreis Karlsruhe	LOC.district	Landkreis Karlsruhe
Kreis Kassel	LOC.district	Landkreis Kassel
Kreis Kelheim	LOC.district	Landkreis Kelheim
Kreis Kitzingen	LOC.district	Landkreis Kitzingen
Kreis Kleve	LOC.district
Kreis Konstanz	LOC.district	Landkreis Konstanz
Kreis Kronach	LOC.district	Landkreis Kronach
Kreis Kulmbach	LOC.district	Landkreis Kulmbach
Kreis Kusel	LOC.district	Landkreis Kusel
Kreis Landsberg am Lech	LOC.district	Landkreis Landsberg am Lech
Kreis Landshut	LOC.district	Landkreis Landshut
Kreis Leer	LOC.district	Landkreis Leer
Kreis Leipzig	LOC.district	Landkreis Leipzig
Kreis Lichtenfels	LOC.district	Landkreis Lichtenfels
Kreis Limburg-Weilburg	LOC.district	Landkreis Limburg-Weilburg
Kreis Lindau	LOC.district	Landkreis Lindau
Kreis Lippe	LOC.district
Kreis Ludwigsburg	LOC.district	Landkreis Ludwigsburg
Kreis Ludwigslust-Parchim	LOC.district	Landkreis Ludwigslust-Parchim
Kreis Lörrach	LOC.district	Landkreis Lörrach
Kreis Lüchow-Dannenberg	LOC.district	Landkreis Lüchow-Dannenberg
Kreis Lüneburg	LOC.district	Landkreis Lüneburg
Kreis Main-Spessart	LOC.district	Landkreis Main-Spessart
Kreis Mainz-Bingen	LOC.district	Landkreis Mainz-Bingen
Kreis Mansfeld-Südharz	LOC.district	Landkreis Mansfeld-Südharz
Kreis Marburg-Biedenkopf	LOC.district	Landkreis Marburg-Biedenkopf
Kreis Mayen-Koblenz	LOC.district	Landkreis Mayen-Koblenz
Kreis Mecklenburgische Seenplatte	LOC.district	Landkreis Mecklenburgische Seenplatte
Kreis Meißen	LOC.district	Landkreis Meißen
Kreis Merzig-Wadern	LOC.district	Landkreis Merzig-Wadern
Kreis Mettmann	LOC.district
Kreis Miesbach	LOC.district	Landkreis Miesbach
Kreis Miltenberg	LOC.district	Landkreis Miltenberg
Kreis Minden-Lübbecke	LOC.district
Kreis Mittelsachsen	LOC.district	Landkreis Mittelsachsen
Kreis Märkisch-Oderland	LOC.district	Landkreis Märkisch-Oderland
Kreis Mühldorf am Inn	LOC.district	Landkreis Mühldorf am Inn
Kreis München	LOC.district	Landkreis München
Kreis Neu-Ulm	LOC.district	Landkreis Neu-Ulm
Kreis Neuburg-Schrobenhausen	LOC.district	Landkreis Neuburg-Schrobenhausen
Kreis Neumarkt in der Oberpfalz	LOC.district	Landkreis Neumarkt in der Oberpfalz
Kreis Neunkirchen	LOC.district	Landkreis Neunkirchen
Kreis Neuss	LOC.district	Rhein-Kreis Neuss
Kreis Neustadt an der Aisch-Bad Windsheim	LOC.district	Landkreis Neustadt an der Aisch-Bad Windsheim
Kreis Neustadt an der Waldnaab	LOC.district	Landkreis Neustadt an der Waldnaab
Kreis Neuwied	LOC.district	Landkreis Neuwied
Kreis Nienburg	LOC.district	Landkreis Nienburg/Weser
Kreis Nienburg/Weser	LOC.district	Landkreis Nienburg/Weser
Kreis Nordfriesland	LOC.district
Kreis Nordhausen	LOC.district	Landkreis Nordhausen
Kreis Nordsachsen	LOC.district	Landkreis Nordsachsen
Kreis Nordwestmecklenburg	LOC.district	Landkreis Nordwestmecklenburg
Kreis Northeim	LOC.district	Landkreis Northeim
Kreis Nürnberger Land	LOC.district	Landkreis Nürnberger Land
Kreis Oberallgäu	LOC.district	Landkreis Oberallgäu
Kreis Oberhavel	LOC.district	Landkreis Oberhavel
Kreis Oberspreewald-Lausitz	LOC.district	Landkreis Oberspreewald-Lausitz
Kreis Oder-Spree	LOC.district	Landkreis Oder-Spree
Kreis Offenbach	LOC.district	Landkreis Offenbach
Kreis Oldenburg	LOC.district	Landkreis Oldenburg
Kreis Olpe	LOC.district
Kreis Osnabrück	LOC.district	Landkreis Osnabrück
Kreis Ostallgäu	LOC.district	Landkreis Ostallgäu
Kreis Osterholz	LOC.district	Landkreis Osterholz
Kreis Ostholstein	LOC.district
Kreis Ostprignitz-Ruppin	LOC.district	Landkreis Ostprignitz-Ruppin
Kreis Paderborn	LOC.district
Kreis Passau	LOC.district	Landkreis Passau
Kreis Peine	LOC.district	Landkreis Peine
Kreis Pfaffenhofen an der Ilm	LOC.district	Landkreis Pfaffenhofen an der Ilm
Kreis Pinneberg	LOC.district
Kreis Plön	LOC.district
Kreis Potsdam-Mittelmark	LOC.district	Landkreis Potsdam-Mittelmark
Kreis Prignitz	LOC.district	Landkreis Prignitz
Kreis Rastatt	LOC.district	Landkreis Rastatt
Kreis Ravensburg	LOC.district	Landkreis Ravensburg
Kreis Recklinghausen	LOC.district
Kreis Regen	LOC.district	Landkreis Regen
Kreis Regensburg	LOC.district	Landkreis Regensburg
Kreis Rendsburg-Eckernförde	LOC.district
Kreis Reutlingen	LOC.district	Landkreis Reutlingen
Kreis Rhön-Grabfeld	LOC.district	Landkreis Rhön-Grabfeld
Kreis Rosenheim	LOC.district	Landkreis Rosenheim
Kreis Rostock	LOC.district	Landkreis Rostock
Kreis Rotenburg	LOC.district	Landkreis Rotenburg (Wümme)
Kreis Rotenburg (Wümme)	LOC.district	Landkreis Rotenburg (Wümme)
Kreis Roth	LOC.district	Landkreis Roth
Kreis Rottal-Inn	LOC.district	Landkreis Rottal-Inn
Kreis Rottweil	LOC.district	Landkreis Rottweil
Kreis Saalfeld-Rudolstadt	LOC.district	Landkreis Saalfeld-Rudolstadt
Kreis Saarlouis	LOC.district	Landkreis Saarlouis
Kreis Sankt Wendel	LOC.district	Landkreis Sankt Wendel
Kreis Schaumburg	LOC.district	Landkreis Schaumburg
Kreis Schleswig-Flensburg	LOC.district
Kreis Schmalkalden-Meiningen	LOC.district	Landkreis Schmalkalden-Meiningen
Kreis Schwandorf	LOC.district	Landkreis Schwandorf
Kreis Schweinfurt	LOC.district	Landkreis Schweinfurt
Kreis Schwäbisch Hall	LOC.district	Landkreis Schwäbisch Hall
Kreis Segeberg	LOC.district
Kreis Siegen-Wittgenstein	LOC.district
Kreis Sigmaringen	LOC.district	Landkreis Sigmaringen
Kreis Soest	LOC.district
Kreis Sonneberg	LOC.district	Landkreis Sonneberg
Kreis Spree-Neiße	LOC.district	Landkreis Spree-Neiße
Kreis St. Wendel	LOC.district	Landkreis St. Wendel
Kreis Stade	LOC.district	Landkreis Stade
Kreis Starnberg	LOC.district	Landkreis Starnberg
Kreis Steinburg	LOC.district
Kreis Steinfurt	LOC.district
Kreis Stendal	LOC.district	Landkreis Stendal
Kreis Stormarn	LOC.district
Kreis Straubing-Bogen	LOC.district	Landkreis Straubing-Bogen
Kreis Sächsische Schweiz-Osterzgebirge	LOC.district	Landkreis Sächsische Schweiz-Osterzgebirge
Kreis Sömmerda	LOC.district	Landkreis Sömmerda
Kreis Südliche Weinstraße	LOC.district	Landkreis Südliche Weinstraße
Kreis Südwestpfalz	LOC.district	Landkreis Südwestpfalz
Kreis Teltow-Fläming	LOC.district	Landkreis Teltow-Fläming
Kreis Tirschenreuth	LOC.district	Landkreis Tirschenreuth
Kreis Traunstein	LOC.district	Landkreis Traunstein
Kreis Trier-Saarburg	LOC.district	Landkreis Trier-Saarburg
Kreis Tuttlingen	LOC.district	Landkreis Tuttlingen
Kreis Tübingen	LOC.district	Landkreis Tübingen
Kreis Uckermark	LOC.district	Landkreis Uckermark
Kreis Uelzen	LOC.district	Landkreis Uelzen
Kreis Unna	LOC.district
Kreis Unterallgäu	LOC.district	Landkreis Unterallgäu
Kreis Vechta	LOC.district	Landkreis Vechta
Kreis Verden	LOC.district	Landkreis Verden
Kreis Viersen	LOC.district
Kreis Vorpommern-Greifswald	LOC.district	Landkreis Vorpommern-Greifswald
Kreis Vorpommern-Rügen	LOC.district	Landkreis Vorpommern-Rügen
Kreis Vulkaneifel	LOC.district	Landkreis Vulkaneifel
Kreis Waldeck-Frankenberg	LOC.district	Landkreis Waldeck-Frankenberg
Kreis Waldshut	LOC.district	Landkreis Waldshut
Kreis Warendorf	LOC.district
Kreis Weilheim-Schongau	LOC.district	Landkreis Weilheim-Schongau
Kreis Weimarer Land	LOC.district	Landkreis Weimarer Land
Kreis Weißenburg-Gunzenhausen	LOC.district	Landkreis Weißenburg-Gunzenhausen
Kreis Wesel	LOC.district
Kreis Wesermarsch	LOC.district	Landkreis Wesermarsch
Kreis Wittenberg	LOC.district	Landkreis Wittenberg
Kreis Wittmund	LOC.district	Landkreis Wittmund
Kreis Wolfenbüttel	LOC.district	Landkreis Wolfenbüttel
Kreis Wunsiedel im Fichtelgebirge	LOC.district	Landkreis Wunsiedel im Fichtelgebirge
Kreis Würzburg	LOC.district	Landkreis Würzburg
Kreis Zwickau	LOC.district	Landkreis Zwickau
Krems-Land	LOC.district	Bezirk Krems-Land
Kyffhäuserkreis	LOC.district
Kärnten	LOC.state
Lahn-Dill-Kreis	LOC.district
Landkreis Aachen	LOC.district	Städteregion Aachen
Landkreis Ahrweiler	LOC.district
Landkreis Aichach-Friedberg	LOC.district
Landkreis Altenburger Land	LOC.district
Landkreis Altenkirchen	LOC.district
Landkreis Altenkirchen (Westerwald)	LOC.district	Landkreis Altenkirchen
Landkreis Altötting	LOC.district
Landkreis Alzey-Worms	LOC.district
Landkreis Amberg-Sulzbach	LOC.district
Landkreis Ammerland	LOC.district
Landkreis Anhalt-Bitterfeld	LOC.district
Landkreis Ansbach	LOC.district
Landkreis Aschaffenburg	LOC.district
Landkreis Augsburg	LOC.district
Landkreis Aurich	LOC.district
Landkreis Bad Dürkheim	LOC.district
Landkreis Bad Kissingen	LOC.district
Landkreis Bad Kreuznach	LOC.district
Landkreis Bad Tölz-Wolfratshausen	LOC.district
Landkreis Bamberg	LOC.district
Landkreis Barnim	LOC.district
Landkreis Bautzen	LOC.district
Landkreis Bayreuth	LOC.district
Landkreis Berchtesgadener Land	LOC.district
Landkreis Bergstraße	LOC.district
Landkreis Bernkastel-Wittlich	LOC.district
Landkreis Biberach	LOC.district
Landkreis Birkenfeld	LOC.district
Landkreis Borken	LOC.district	Kreis Borken
Landkreis Breisgau-Hochschwarzwald	LOC.district
Landkreis Böblingen	LOC.district
Landkreis Börde	LOC.district
Landkreis Calw	LOC.district
Landkreis Celle	LOC.district
Landkreis Cham	LOC.district
Landkreis Cloppenburg	LOC.district
Landkreis Coburg	LOC.district
Landkreis Cochem-Zell	LOC.district
Landkreis Coesfeld	LOC.district	Kreis Coesfeld
Landkreis Cuxhaven	LOC.district
Landkreis Dachau	LOC.district
Landkreis Dahme-Spreewald	LOC.district
Landkreis Darmstadt-Dieburg	LOC.district
Landkreis Deggendorf	LOC.district
Landkreis Diepholz	LOC.district
Landkreis Dillingen an der Donau	LOC.district
Landkreis Dingolfing-Landau	LOC.district
Landkreis Dithmarschen	LOC.district	Kreis Dithmarschen
Landkreis Donau-Ries	LOC.district
Landkreis Düren	LOC.district	Kreis Düren
Landkreis Ebersberg	LOC.district
Landkreis Eichsfeld	LOC.district
Landkreis Eichstätt	LOC.district
Landkreis Elbe-Elster	LOC.district
Landkreis Emmendingen	LOC.district
Landkreis Emsland	LOC.district
Landkreis Erding	LOC.district
Landkreis Erlangen-Höchstadt	LOC.district
Landkreis Esslingen	LOC.district
Landkreis Euskirchen	LOC.district	Kreis Euskirchen
Landkreis Forchheim	LOC.district
Landkreis Freising	LOC.district
Landkreis Freudenstadt	LOC.district
Landkreis Freyung-Grafenau	LOC.district
Landkreis Friesland	LOC.district
Landkreis Fulda	LOC.district
Landkreis Fürstenfeldbruck	LOC.district
Landkreis Fürth	LOC.district
Landkreis Garmisch-Partenkirchen	LOC.district
Landkreis Germersheim	LOC.district
Landkreis Gießen	LOC.district
Landkreis Gifhorn	LOC.district
Landkreis Goslar	LOC.district
Landkreis Gotha	LOC.district
Landkreis Grafschaft Bentheim	LOC.district
Landkreis Greiz	LOC.district
Landkreis Groß-Gerau	LOC.district
Landkreis Göppingen	LOC.district
Landkreis Görlitz	LOC.district
Landkreis Göttingen	LOC.district
Landkreis Günzburg	LOC.district
Landkreis Gütersloh	LOC.district	Kreis Gütersloh
Landkreis Hameln-Pyrmont	LOC.district
Landkreis Hannover	LOC.district	Region Hannover
Landkreis Harburg	LOC.district
Landkreis Harz	LOC.district
Landkreis Havelland	LOC.district
Landkreis Haßberge	LOC.district
Landkreis Heidenheim	LOC.district
Landkreis Heilbronn	LOC.district
Landkreis Heinsberg	LOC.district	Kreis Heinsberg
Landkreis Helmstedt	LOC.district
Landkreis Herford	LOC.district	Kreis Herford
Landkreis Hersfeld-Rotenburg	LOC.district
Landkreis Herzogtum Lauenburg	LOC.district	Kreis Herzogtum Lauenburg
Landkreis Hildburghausen	LOC.district
Landkreis Hildesheim	LOC.district
Landkreis Hof	LOC.district
Landkreis Holzminden	LOC.district
Landkreis Höxter	LOC.district	Kreis Höxter
Landkreis Jerichower Land	LOC.district
Landkreis Kaiserslautern	LOC.district
Landkreis Karlsruhe	LOC.district
Landkreis Kassel	LOC.district
Landkreis Kelheim	LOC.district
Landkreis Kitzingen	LOC.district
Landkreis Kleve	LOC.district	Kreis Kleve
Landkreis Konstanz	LOC.district
Landkreis Kronach	LOC.district
Landkreis Kulmbach	LOC.district
Landkreis Kusel	LOC.district
Landkreis Landsberg am Lech	LOC.district
Landkreis Landshut	LOC.district
Landkreis Leer	LOC.district
Landkreis Leipzig	LOC.district
Landkreis Lichtenfels	LOC.district
Landkreis Limburg-Weilburg	LOC.district
Landkreis Lindau	LOC.district
Landkreis Lindau (Bodensee)	LOC.district	Landkreis Lindau
Landkreis Lippe	LOC.district	Kreis Lippe
Landkreis Ludwigsburg	LOC.district
Landkreis Ludwigslust-Parchim	LOC.district
Landkreis Lörrach	LOC.district
Landkreis Lüchow-Dannenberg	LOC.district
Landkreis Lüneburg	LOC.district
Landkreis Main-Spessart	LOC.district
Landkreis Mainz-Bingen	LOC.district
Landkreis Mansfeld-Südharz	LOC.district
Landkreis Marburg-Biedenkopf	LOC.district
Landkreis Mayen-Koblenz	LOC.district
Landkreis Mecklenburgische Seenplatte	LOC.district
Landkreis Meißen	LOC.district
Landkreis Merzig-Wadern	LOC.district
Landkreis Mettmann	LOC.district	Kreis Mettmann
Landkreis Miesbach	LOC.district
Landkreis Miltenberg	LOC.district
Landkreis Minden-Lübbecke	LOC.district	Kreis Minden-Lübbecke
Landkreis Mittelsachsen	LOC.district
Landkreis Märkisch-Oderland	LOC.district
Landkreis Mühldorf am Inn	LOC.district
Landkreis München	LOC.district
Landkreis Neu-Ulm	LOC.district
Landkreis Neuburg-Schrobenhausen	LOC.district
Landkreis Neumarkt in der Oberpfalz	LOC.district
Landkreis Neunkirchen	LOC.district
Landkreis Neustadt an der Aisch-Bad Windsheim	LOC.district
Landkreis Neustadt an der Waldnaab	LOC.district
Landkreis Neuwied	LOC.district
Landkreis Nienburg	LOC.district	Landkreis Nienburg/Weser
Landkreis Nienburg (Weser)	LOC.district	Landkreis Nienburg/Weser
Landkreis Nienburg/Weser	LOC.district
Landkreis Nordfriesland	LOC.district	Kreis Nordfriesland
Landkreis Nordhausen	LOC.district
Landkreis Nordsachsen	LOC.district
Landkreis Nordwestmecklenburg	LOC.district
Landkreis Northeim	LOC.district
Landkreis Nürnberger Land	LOC.district
Landkreis Oberallgäu	LOC.district
Landkreis Oberhavel	LOC.district
Landkreis Oberspreewald-Lausitz	LOC.district
Landkreis Oder-Spree	LOC.district
Landkreis Offenbach	LOC.district
Landkreis Oldenburg	LOC.district
Landkreis Olpe	LOC.district	Kreis Olpe
Landkreis Osnabrück	LOC.district
Landkreis Ostallgäu	LOC.district
Landkreis Osterholz	LOC.district
Landkreis Ostholstein	LOC.district	Kreis Ostholstein
Landkreis Ostprignitz-Ruppin	LOC.district
Landkreis Paderborn	LOC.district	Kreis Paderborn
Landkreis Passau	LOC.district
Landkreis Peine	LOC.district
Landkreis Pfaffenhofen an der Ilm	LOC.district
Landkreis Pinneberg	LOC.district	Kreis Pinneberg
Landkreis Plön	LOC.district	Kreis Plön
Landkreis Potsdam-Mittelmark	LOC.district
Landkreis Prignitz	LOC.district
Landkreis Rastatt	LOC.district
Landkreis Ravensburg	LOC.district
Landkreis Recklinghausen	LOC.district	Kreis Recklinghausen
Landkreis Regen	LOC.district
Landkreis Regensburg	LOC.district
Landkreis Rendsburg-Eckernförde	LOC.district	Kreis Rendsburg-Eckernförde
Landkreis Reutlingen	LOC.district
Landkreis Rhön-Grabfeld	LOC.district
Landkreis Rosenheim	LOC.district
Landkreis Rostock	LOC.district
Landkreis Rotenburg	LOC.district	Landkreis Rotenburg (Wümme)
Landkreis Rotenburg (Wümme)	LOC.district
Landkreis Roth	LOC.district
Landkreis Rottal-Inn	LOC.district
Landkreis Rottweil	LOC.district
Landkreis Saalfeld-Rudolstadt	LOC.district
Landkreis Saarlouis	LOC.district
Landkreis Sankt Wendel	LOC.district
Landkreis Schaumburg	LOC.district
Landkreis Schleswig-Flensburg	LOC.district	Kreis Schleswig-Flensburg
Landkreis Schmalkalden-Meiningen	LOC.district
Landkreis Schwandorf	LOC.district
Landkreis Schweinfurt	LOC.district
Landkreis Schwäbisch Hall	LOC.district
Landkreis Segeberg	LOC.district	Kreis Segeberg
Landkreis Siegen-Wittgenstein	LOC.district	Kreis Siegen-Wittgenstein
Landkreis Sigmaringen	LOC.district
Landkreis Soest	LOC.district	Kreis Soest
Landkreis Sonneberg	LOC.district
Landkreis Spree-Neiße	LOC.district
Landkreis St. Wendel	LOC.district
Landkreis Stade	LOC.district
Landkreis Starnberg	LOC.district
Landkreis Steinburg	LOC.district	Kreis Steinburg
Landkreis Steinfurt	LOC.district	Kreis Steinfurt
Landkreis Stendal	LOC.district
Landkreis Stormarn	LOC.district	Kreis Stormarn
Landkreis Straubing-Bogen	LOC.district
Landkreis Sächsische Schweiz-Osterzgebirge	LOC.district
Landkreis Sömmerda	LOC.district
Landkreis Südliche Weinstraße	LOC.district
Landkreis Südwestpfalz	LOC.district
Landkreis Teltow-Fläming	LOC.district
Landkreis Tirschenreuth	LOC.district
Landkreis Traunstein	LOC.district
Landkreis Trier-Saarburg	LOC.district
Landkreis Tuttlingen	LOC.district
Landkreis Tübingen	LOC.district
Landkreis Uckermark	LOC.district
Landkreis Uelzen	LOC.district
Landkreis Unna	LOC.district	Kreis Unna
Landkreis Unterallgäu	LOC.district
Landkreis Vechta	LOC.district
Landkreis Verden	LOC.district
Landkreis Viersen	LOC.district	Kreis Viersen
Landkreis Vorpommern-Greifswald	LOC.district
Landkreis Vorpommern-Rügen	LOC.district
Landkreis Vulkaneifel	LOC.district
Landkreis Waldeck-Frankenberg	LOC.district
Landkreis Waldshut	LOC.district
Landkreis Warendorf	LOC.district	Kreis Warendorf
Landkreis Weilheim-Schongau	LOC.district
Landkreis Weimarer Land	LOC.district
Landkreis Weißenburg-Gunzenhausen	LOC.district
Landkreis Wesel	LOC.district	Kreis Wesel
Landkreis Wesermarsch	LOC.district
Landkreis Wittenberg	LOC.district
Landkreis Wittmund	LOC.district
Landkreis Wolfenbüttel	LOC.district
Landkreis Wunsiedel im Fichtelgebirge	LOC.district
Landkreis Würzburg	LOC.district
Landkreis Zwickau	LOC.district
Leopoldstadt	LOC.district
Liesing	LOC.district
Limburg-Weilburg	LOC.district	Landkreis Limburg-Weilburg
Linz-Land	LOC.district	Bezirk Linz-Land
Lippe	LOC.district	Kreis Lippe
Ludwigslust-Parchim	LOC.district	Landkreis Ludwigslust-Parchim
Lüchow-Dannenberg	LOC.district	Landkreis Lüchow-Dannenberg
Main-Kinzig-Kreis	LOC.district
Main-Spessart	LOC.district	Landkreis Main-Spessart
Main-Tauber-Kreis	LOC.district
Main-Taunus-Kreis	LOC.district
Mainz-Bingen	LOC.district	Landkreis Mainz-Bingen
Mansfeld-Südharz	LOC.district	Landkreis Mansfeld-Südharz
Marburg-Biedenkopf	LOC.district	Landkreis Marburg-Biedenkopf
Margareten	LOC.district
Mariahilf	LOC.district
Mayen-Koblenz	LOC.district	Landkreis Mayen-Koblenz
Meck-Pomm	LOC.state	Mecklenburg-Vorpommern
Mecklenburg Vorpommern	LOC.state	Mecklenburg-Vorpommern
Mecklenburg-Vorpommern	LOC.state
Mecklenburgische Seenplatte	LOC.district	Landkreis Mecklenburgische Seenplatte
Meidling	LOC.district
Merzig-Wadern	LOC.district	Landkreis Merzig-Wadern
Minden-Lübbecke	LOC.district	Kreis Minden-Lübbecke
Mittelfranken	LOC.region	Regierungsbezirk Mittelfranken
Mittelsachsen	LOC.district	Landkreis Mittelsachsen
Murtal	LOC.district	Bezirk Murtal
Märkisch-Oderland	LOC.district	Landkreis Märkisch-Oderland
Märkischer Kreis	LOC.district
Mühldorf am Inn	LOC.district	Landkreis Mühldorf am Inn
NRW	LOC.state	Nordrhein-Westfalen
Neckar-Odenwald-Kreis	LOC.district
Neuburg-Schrobenhausen	LOC.district	Landkreis Neuburg-Schrobenhausen
Neustadt an der Aisch-Bad Windsheim	LOC.district	Landkreis Neustadt an der Aisch-Bad Windsheim
Nidwalden	LOC.state	Kanton Nidwalden
Niederbayern	LOC.region	Regierungsbezirk Niederbayern
Niedersachsen	LOC.state
Niederösterreich	LOC.state
Nienburg/Weser	LOC.district	Landkreis Nienburg/Weser
Nordfriesland	LOC.district	Kreis Nordfriesland
Nordrhein Westfalen	LOC.state	Nordrhein-Westfalen
Nordrhein-Westfalen	LOC.state
Nordsachsen	LOC.district	Landkreis Nordsachsen
Nordwestmecklenburg	LOC.district	Landkreis Nordwestmecklenburg
Nürnberger Land	LOC.district	Landkreis Nürnberger Land
Oberallgäu	LOC.district	Landkreis Oberallgäu
Oberbayern	LOC.region	Regierungsbezirk Oberbayern
Oberbergischer Kreis	LOC.district
Oberfranken	LOC.region	Regierungsbezirk Oberfranken
Oberhavel	LOC.district	Landkreis Oberhavel
Oberpfalz	LOC.region	Regierungsbezirk Oberpfalz
Oberspreewald-Lausitz	LOC.district	Landkreis Oberspreewald-Lausitz
Oberösterreich	LOC.state
Obwalden	LOC.state	Kanton Obwalden
Odenwaldkreis	LOC.district
Oder-Spree	LOC.district	Landkreis Oder-Spree
Ortenaukreis	LOC.district
Ostalbkreis	LOC.district
Ostallgäu	LOC.district	Landkreis Ostallgäu
Osterholz	LOC.district	Landkreis Osterholz
Ostholstein	LOC.district	Kreis Ostholstein
Ostprignitz-Ruppin	LOC.district	Landkreis Ostprignitz-Ruppin
Ottakring	LOC.district
Penzing	LOC.district
Potsdam-Mittelmark	LOC.district	Landkreis Potsdam-Mittelmark
Prignitz	LOC.district	Landkreis Prignitz
RLP	LOC.state	Rheinland-Pfalz
Regierungsbezirk Arnsberg	LOC.region
Regierungsbezirk Darmstadt	LOC.region
Regierungsbezirk Detmold	LOC.region
Regierungsbezirk Düsseldorf	LOC.region
Regierungsbezirk Freiburg	LOC.region
Regierungsbezirk Gießen	LOC.region
Regierungsbezirk Karlsruhe	LOC.region
Regierungsbezirk Kassel	LOC.region
Regierungsbezirk Köln	LOC.region
Regierungsbezirk Mittelfranken	LOC.region
Regierungsbezirk Münster	LOC.region
Regierungsbezirk Niederbayern	LOC.region
Regierungsbezirk Oberbayern	LOC.region
Regierungsbezirk Oberfranken	LOC.region
Regierungsbezirk Oberpfalz	LOC.region
Regierungsbezirk Schwaben	LOC.region
Regierungsbezirk Stuttgart	LOC.region
Regierungsbezirk Tübingen	LOC.region
Regierungsbezirk Unterfranken	LOC.region
Region Hannover	LOC.district
Regionalverband Saarbrücken	LOC.district
Rems-Murr-Kreis	LOC.district
Rendsburg-Eckernförde	LOC.district	Kreis Rendsburg-Eckernförde
Rhein-Erft-Kreis	LOC.district
Rhein-Hunsrück-Kreis	LOC.district
Rhein-Kreis Neuss	LOC.district
Rhein-Lahn-Kreis	LOC.district
Rhein-Neckar-Kreis	LOC.district
Rhein-Pfalz-Kreis	LOC.district
Rhein-Sieg-Kreis	LOC.district
Rheingau-Taunus-Kreis	LOC.district
Rheinisch-Bergischer Kreis	LOC.district
Rheinland Pfalz	LOC.state	Rheinland-Pfalz
Rheinland-Pfalz	LOC.state
Rhön-Grabfeld	LOC.district	Landkreis Rhön-Grabfeld
Rottal-Inn	LOC.district	Landkreis Rottal-Inn
Rudolfsheim-Fünfhaus	LOC.district
Saale-Holzland-Kreis	LOC.district
Saale-Orla-Kreis	LOC.district
Saalekreis	LOC.district
Saalfeld-Rudolstadt	LOC.district	Landkreis Saalfeld-Rudolstadt
Saarland	LOC.state
Saarpfalz-Kreis	LOC.district
Sachsen	LOC.state
Sachsen-Anhalt	LOC.state
Salzburg-Umgebung	LOC.district	Bezirk Salzburg-Umgebung
Salzlandkreis	LOC.district
Sankt Pölten-Land	LOC.district	Bezirk Sankt Pölten-Land
Schaumburg	LOC.district	Landkreis Schaumburg
Schleswig-Flensburg	LOC.district	Kreis Schleswig-Flensburg
Schleswig-Holstein	LOC.state
Schmalkalden-Meiningen	LOC.district	Landkreis Schmalkalden-Meiningen
Schwaben	LOC.region	Regierungsbezirk Schwaben
Schwalm-Eder-Kreis	LOC.district
Schwarzwald-Baar-Kreis	LOC.district
Segeberg	LOC.district	Kreis Segeberg
Siegen-Wittgenstein	LOC.district	Kreis Siegen-Wittgenstein
Simmering	LOC.district
Spree-Neiße	LOC.district	Landkreis Spree-Neiße
St. Pölten-Land	LOC.district	Bezirk St. Pölten-Land
Stadtstaat Berlin	LOC.state	Berlin
Stadtstaat Bremen	LOC.state	Bremen
Stadtstaat Hamburg	LOC.state	Hamburg
Steiermark	LOC.state
Steinburg	LOC.district	Kreis Steinburg
Steyr-Land	LOC.district	Bezirk Steyr-Land
Stormarn	LOC.district	Kreis Stormarn
Straubing-Bogen	LOC.district	Landkreis Straubing-Bogen
StädteRegion Aachen	LOC.district	Städteregion Aachen
Städteregion Aachen	LOC.district
Sächsische Schweiz-Osterzgebirge	LOC.district	Landkreis Sächsische Schweiz-Osterzgebirge
Südliche Weinstraße	LOC.district	Landkreis Südliche Weinstraße
Südoststeiermark	LOC.district	Bezirk Südoststeiermark
Südwestpfalz	LOC.district	Landkreis Südwestpfalz
Teltow-Fläming	LOC.district	Landkreis Teltow-Fläming
Tessin	LOC.state	Kanton Tessin
Thurgau	LOC.state	Kanton Thurgau
Thüringen	LOC.state
Ticino	LOC.state	Kanton Tessin
Tirol	LOC.state
Trier-Saarburg	LOC.district	Landkreis Trier-Saarburg
Uckermark	LOC.district	Landkreis Uckermark
Unstrut-Hainich-Kreis	LOC.district
Unterallgäu	LOC.district	Landkreis Unterallgäu
Unterfranken	LOC.region	Regierungsbezirk Unterfranken
Urfahr-Umgebung	LOC.district	Bezirk Urfahr-Umgebung
Uri	LOC.state	Kanton Uri
Valais	LOC.state	Kanton Wallis
Vaud	LOC.state	Kanton Waadt
Villach-Land	LOC.district	Bezirk Villach-Land
Vogelsbergkreis	LOC.district
Vogtlandkreis	LOC.district
Vorarlberg	LOC.state
Vorpommern-Greifswald	LOC.district	Landkreis Vorpommern-Greifswald
Vorpommern-Rügen	LOC.district	Landkreis Vorpommern-Rügen
Vulkaneifel	LOC.district	Landkreis Vulkaneifel
Waadt	LOC.state	Kanton Waadt
Waldeck-Frankenberg	LOC.district	Landkreis Waldeck-Frankenberg
Waldshut	LOC.district	Landkreis Waldshut
Wallis	LOC.state	Kanton Wallis
Wartburgkreis	LOC.district
Weilheim-Schongau	LOC.district	Landkreis Weilheim-Schongau
Weimarer Land	LOC.district	Landkreis Weimarer Land
Weißenburg-Gunzenhausen	LOC.district	Landkreis Weißenburg-Gunzenhausen
Wels-Land	LOC.district	Bezirk Wels-Land
Werra-Meißner-Kreis	LOC.district
Wesermarsch	LOC.district	Landkreis Wesermarsch
Westerwaldkreis	LOC.district
Wetteraukreis	LOC.district
Wiener Neustadt-Land	LOC.district	Bezirk Wiener Neustadt-Land
Wunsiedel im Fichtelgebirge	LOC.district	Landkreis Wunsiedel im Fichtelgebirge
Währing	LOC.district
Zollernalbkreis	LOC.district
