# loc-districts.lex - districts, Stadtteile, Ortsteile and Quartiere of the larger cities of Germany, Austria and Switzerland, Ortsteile of towns of 50,000 to 100,000 inhabitants, and districts and neighbourhoods of the big cities of the world (those not already in the other place lists)
# Source: hand-written facts (lexicons/import/places_manual/districts.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 4540 entries.
#@context classes
Aachen-Mitte	LOC.district
Aaseestadt	LOC.district
Abasan	LOC.district
Abbasiya	LOC.district
Abbassia	LOC.district	Abbasiya
Abenheim	LOC.district
Abtnaundorf	LOC.district
Abu Salim	LOC.district
Abu Tor	LOC.district
Acacias	LOC.district
Achdorf	LOC.district
Achrafieh	LOC.district
Achtum	LOC.district
Achtum-Uppen	LOC.district
Ackermannbogen	LOC.district
Adelby	LOC.district
Adelheide	LOC.district
Adelsberg	LOC.district
Adhamija	LOC.district
Adhamiya	LOC.district	Adhamija
Admiralty	LOC.district
Adolfshöhe	LOC.district
Afferde	LOC.district
Afrikanisches Viertel	LOC.district
Ahlem-Badenstedt-Davenstedt	LOC.district
Aichig	LOC.district
Ailingen	LOC.district
Ain Sebaa	LOC.district
Aising	LOC.district
Ajegunle	LOC.district
Akazienkiez	LOC.district
Aker Brygge	LOC.district
Akihabara	LOC.district
Al Barsha	LOC.district
Al-Maghasi	LOC.district	Maghasi
Al-Mawasi	LOC.district
Al-Rimal	LOC.district	Rimal
Al-Schati	LOC.district	Schati
Al-Waer	LOC.district
Al-Zeitun	LOC.district	Zeitun
Alach	LOC.district
Albachten	LOC.district
Aldenburg	LOC.district
Aldenrade	LOC.district
Aldgate	LOC.district
Alexandersfeld	LOC.district
Alfama	LOC.district
Algersdorf	LOC.district
Alkenrath	LOC.district
Allrath	LOC.district
Almenhof	LOC.district
Almke	LOC.district
Almoshof	LOC.district
Alpensiedlung	LOC.district
Alphabet City	LOC.district
Alsancak	LOC.district
Alservorstadt	LOC.district
Alstaden	LOC.district
Alstaden-Ost	LOC.district
Alstaden-West	LOC.district
Alstedde	LOC.district
Alstädten-Burbach	LOC.district
Alt Olvenstedt	LOC.district
Alt Refrath	LOC.district
Alt-Bogenhausen	LOC.district
Alt-Delhi	LOC.district
Alt-Godesberg	LOC.district
Alt-Hamborn	LOC.district
Alt-Havanna	LOC.district
Alt-Homberg	LOC.district
Alt-Höchst	LOC.district
Alt-Kairo	LOC.district
Alt-Kölln	LOC.district
Alt-Marl	LOC.district
Alt-Marzahn	LOC.district
Alt-Moosach	LOC.district
Alt-Oberhausen	LOC.district
Alt-Ottakring	LOC.district
Alt-Refrath	LOC.district	Alt Refrath
Alt-Remscheid	LOC.district
Alt-Saarbrücken	LOC.district
Alt-Sachsenhausen	LOC.district
Alt-Scharnhorst	LOC.district
Alt-Stühlinger	LOC.district
Alt-Urfahr	LOC.district
Alt-Walsum	LOC.district
Alt-Wolfsburg	LOC.district
Altaubing	LOC.district
Altchemnitz	LOC.district
Alte Heide	LOC.district
Alte Neustadt	LOC.district
Altenbochum	LOC.district
Altencelle	LOC.district
Altendorf-Ulfkotte	LOC.district
Altenessen	LOC.district
Altenessen-Nord	LOC.district
Altenessen-Süd	LOC.district
Altenfurt	LOC.district
Altengroden	LOC.district
Altenhain	LOC.district
Altenkessel	LOC.district
Altenlingen	LOC.district
Altenrath	LOC.district
Alterlaa	LOC.district
Alterlangen	LOC.district
Altfranken	LOC.district
Altgarbsen	LOC.district
Altgefäll	LOC.district
Althangrund	LOC.district
Althen	LOC.district
Althen-Kleinpösna	LOC.district
Altlerchenfeld	LOC.district
Altlindenau	LOC.district
Altlobeda	LOC.district
Altperlach	LOC.district
Altsimmering	LOC.district
Altstadt Grossbasel	LOC.district
Altstadt Kleinbasel	LOC.district
Altstadt Spandau	LOC.district
Am Hart	LOC.district
Am Luitpoldpark	LOC.district
Am Riesenfeld	LOC.district
Am Schöpfwerk	LOC.district
Am Stern	LOC.district
Am Wasserturm/Thaerviertel	LOC.district
Ambrock	LOC.district
Amelsbüren	LOC.district
Aminghausen	LOC.district
Amiriya	LOC.district
Ammendorf	LOC.district
Ammendorf/Beesen	LOC.district
Ammerbach	LOC.district
Amsterdam-Noord	LOC.district
Amsterdam-Oost	LOC.district
Amsterdam-West	LOC.district
Amsterdam-Zuid	LOC.district
Anacostia	LOC.district
Anafiotika	LOC.district
Ancoats	LOC.district
Anderlecht	LOC.district
Andershof	LOC.district
Andheri	LOC.district
Andreasvorstadt	LOC.district
Andräviertel	LOC.district
Anfa	LOC.district
Angelmodde	LOC.district
Anger-Crottendorf	LOC.district
Angerhausen	LOC.district
Angermund	LOC.district
Angerviertel	LOC.district
Angyalföld	LOC.district
Annen	LOC.district
Annenviertel	LOC.district
Anpruggen	LOC.district
Anrath	LOC.district
Antakalnis	LOC.district
Antonstadt	LOC.district
Antonsviertel	LOC.district
Aoyama	LOC.district
Apapa	LOC.district
Apgujeong	LOC.district
Arabellapark	LOC.district
Arabkir	LOC.district
Arbat	LOC.district
Arbergen	LOC.district
Ardoyne	LOC.district
Argonner Park	LOC.district
Argüelles	LOC.district
Arkadija	LOC.district
Arlinger	LOC.district
Armenisches Viertel	LOC.district
Arnoldsweiler	LOC.district
Arrenberg	LOC.district
Arsten	LOC.district
Arzheim	LOC.district
Asakusa	LOC.district
Asberg	LOC.district
Aschenberg	LOC.district
Aschrafieh	LOC.district	Achrafieh
Aspern Seestadt	LOC.district	Seestadt Aspern
Asselborn	LOC.district
Asterlagen	LOC.district
Asterstein	LOC.district
Atter	LOC.district
Atzenhof	LOC.district
Atzlenbach	LOC.district
Auberg	LOC.district
Auefeld	LOC.district
Aufderhöhe	LOC.district
Augustinviertel	LOC.district
Auhof	LOC.district
Aukammtal	LOC.district
Aumund	LOC.district
Aumund-Hammersbeck	LOC.district
Auringen	LOC.district
Auteuil	LOC.district
Auwiesen	LOC.district
Avcılar	LOC.district
Avenwedde	LOC.district
Averbruch	LOC.district
Azmannsdorf	LOC.district
Ba Đình	LOC.district
Baakenhafen	LOC.district
Baakeshof	LOC.district
Baalsdorf	LOC.district
Bab Amr	LOC.district	Baba Amr
Bab El Oued	LOC.district
Bab Sbaa	LOC.district
Bab Tuma	LOC.district
Bab el-Oued	LOC.district	Bab El Oued
Baba Amr	LOC.district
Babelsberg	LOC.district
Babelsberg Nord	LOC.district
Babelsberg Süd	LOC.district
Baccum	LOC.district
Bachem	LOC.district
Bachletten	LOC.district
Bachum	LOC.district
Bachviertel	LOC.district
Back Bay	LOC.district
Bad Cannstatt	LOC.district
Bad Godesberg	LOC.district
Bad Waldliesborn	LOC.district
Bad Wilhelmshöhe	LOC.district
Badorf	LOC.district
Baerl	LOC.district
Bahnhofsvorstadt	LOC.district
Bahnstadt	LOC.district
Bairro Alto	LOC.district
Baixa	LOC.district
Bakırköy	LOC.district
Balat	LOC.district
Balkhausen	LOC.district
Ballarò	LOC.district
Ballsbridge	LOC.district
Ballymun	LOC.district
Ballymurphy	LOC.district
Bandra	LOC.district
Bang Kapi	LOC.district
Bani Suheila	LOC.district
Bant	LOC.district
Barbaraviertel	LOC.district
Barbès	LOC.district
Bargau	LOC.district
Barkhof	LOC.district
Barlo	LOC.district
Barmen	LOC.district
Barmingholten	LOC.district
Barra da Tijuca	LOC.district
Barrenstein	LOC.district
Barriera di Milano	LOC.district
Barseh	LOC.district
Barwicha	LOC.district
Batenbrock	LOC.district
Batenbrock-Nord	LOC.district
Batenbrock-Süd	LOC.district
Batha	LOC.district
Bathey	LOC.district
Batignolles	LOC.district
Battersea Park	LOC.district
Battery Park City	LOC.district
Bauerbach	LOC.district
Baumheide	LOC.district
Bauschheim	LOC.district
Bavenstedt	LOC.district
Bay Ridge	LOC.district
Bayraklı	LOC.district
Bayview	LOC.district
Beacon Hill	LOC.district
Beauregard	LOC.district
Bebek	LOC.district
Bebenhausen	LOC.district
Bechlinghoven	LOC.district
Beckhausen	LOC.district
Beckinghausen	LOC.district
Beckrath	LOC.district
Bed-Stuy	LOC.district	Bedford-Stuyvesant
Beddingen	LOC.district
Bedford-Stuyvesant	LOC.district
Bedingrade	LOC.district
Beeckerwerth	LOC.district
Beesen	LOC.district
Beidendorf	LOC.district
Beiertheim	LOC.district
Beiertheim-Bulach	LOC.district
Beinum	LOC.district
Beit Hanina	LOC.district
Beit Hanun	LOC.district
Beit Lahia	LOC.district
Beitou	LOC.district
Bel Air	LOC.district
Belgravia	LOC.district
Bellefontaine	LOC.district
Bellevaux	LOC.district
Belsunce	LOC.district
Belváros	LOC.district
Benhausen	LOC.district
Benninghausen	LOC.district
Benrad	LOC.district
Benrad-Nord	LOC.district
Benrad-Süd	LOC.district
Benrath	LOC.district
Bensberg	LOC.district
Benzelrath	LOC.district
Berchem	LOC.district
Berchum	LOC.district
Bercy	LOC.district
Berenbostel	LOC.district
Berg Fidel	LOC.district
Bergeborbeck	LOC.district
Bergedorf-West	LOC.district
Bergerhausen	LOC.district
Bergisch Born	LOC.district
Bergisch Neukirchen	LOC.district
Bergières	LOC.district
Bergkirchenviertel	LOC.district
Bergl	LOC.district
Berlebeck	LOC.district
Berliner Platz	LOC.district
Berliner Vorstadt	LOC.district
Bermensfeld	LOC.district
Bermondsey	LOC.district
Berrenrath	LOC.district
Berzbuir	LOC.district
Besiktas	LOC.district	Beşiktaş
Bessungen	LOC.district
Bettenhausen	LOC.district
Bettrath-Hoven	LOC.district
Bettringen	LOC.district
Betzenberg	LOC.district
Betzenhausen	LOC.district
Betzenhausen-Bischofslinde	LOC.district
Betzingen	LOC.district
Beuel	LOC.district
Beuel-Mitte	LOC.district
Beuel-Ost	LOC.district
Beundenfeld	LOC.district
Beusselkiez	LOC.district
Beutenberg	LOC.district
Beverau	LOC.district
Beyenburg	LOC.district
Beyendorf-Sohlen	LOC.district
Beyendorfer Grund	LOC.district
Beykoz	LOC.district
Beyoglu	LOC.district	Beyoğlu
Beyoğlu	LOC.district
Beşiktaş	LOC.district
Białołęka	LOC.district
Bibirewo	LOC.district
Bickern	LOC.district
Bieber-Waldhof	LOC.district
Bieblach	LOC.district
Bieblach-Ost	LOC.district
Biefang	LOC.district
Biemenhorst	LOC.district
Biemsen-Ahmsen	LOC.district
Bienrode-Waggum-Bevenrode	LOC.district
Biesdorf-Süd	LOC.district
Biesnitz	LOC.district
Biestow	LOC.district
Biewer	LOC.district
Bijlmer	LOC.district
Bijlmermeer	LOC.district
Bilk	LOC.district
Billmerich	LOC.district
Billwerder-Ausschlag	LOC.district
Bilveringsen	LOC.district
Bindermichl	LOC.district
Bindermichl-Keferfeld	LOC.district
Bindersleben	LOC.district
Binondo	LOC.district
Birjuljowo	LOC.district
Birkach	LOC.district
Birkesdorf	LOC.district
Birlinghoven	LOC.district
Birnthon	LOC.district
Bischleben	LOC.district
Bischleben-Stedten	LOC.district
Bischmisheim	LOC.district
Bisholder	LOC.district
Bislich	LOC.district
Bislohe	LOC.district
Bismarckviertel	LOC.district
Bissingheim	LOC.district
Bjørvika	LOC.district
Bladenhorst	LOC.district
Blankenfeld	LOC.district
Blatzheim	LOC.district
Bleckenstedt	LOC.district
Bleichenviertel	LOC.district
Bliedinghausen	LOC.district
Blockdiek	LOC.district
Blockland	LOC.district
Bloherfelde	LOC.district
Bloomsbury	LOC.district
Blumenkamp	LOC.district
Blumlage	LOC.district
Bo-Kaap	LOC.district
Boberg	LOC.district
Boccadasse	LOC.district
Bochold	LOC.district
Bochum-Mitte	LOC.district
Bochum-Nord	LOC.district
Bochum-Ost	LOC.district
Bochum-Süd	LOC.district
Bochum-Südwest	LOC.district
Bockelsberg	LOC.district
Bockert	LOC.district
Bockholt	LOC.district
Bocklemünd/Mengenich	LOC.district
Bockum-Hövel	LOC.district
Bockwa	LOC.district
Bodelschwingh	LOC.district
Boele	LOC.district
Bogside	LOC.district
Bohlsbach	LOC.district
Bohnenviertel	LOC.district
Boisheim	LOC.district
Bole	LOC.district
Boltenberg	LOC.district
Bommerholz	LOC.district
Bommern	LOC.district
Bonn-Castell	LOC.district
Bonnenbroich-Geneicken	LOC.district
Booßen	LOC.district
Bopser	LOC.district
Borbeck	LOC.district
Borbeck-Mitte	LOC.district
Borgerhout	LOC.district
Borgfeld	LOC.district
Borivali	LOC.district
Borna-Heinersdorf	LOC.district
Bornim	LOC.district
Bornova	LOC.district
Bornstedter Feld	LOC.district
Bornum	LOC.district
Borsberg	LOC.district
Borschtschahiwka	LOC.district
Borsigplatz	LOC.district
Borstei	LOC.district
Bortshausen	LOC.district
Bosa	LOC.district
Bosenheim	LOC.district
Bothfeld-Vahrenheide	LOC.district
Botnang	LOC.district
Botschaftsviertel	LOC.district
Bottigen	LOC.district
Bourdonnette	LOC.district
Bourj el-Barajneh	LOC.district
Boveresses	LOC.district
Bovisa	LOC.district
Boxdorf	LOC.district
Boxhagener Kiez	LOC.district
Braam-Ostwennemar	LOC.district
Braamfontein	LOC.district
Brabschütz	LOC.district
Brachenfeld	LOC.district
Brackstedt	LOC.district
Brackwede	LOC.district
Brambauer	LOC.district
Bramois	LOC.district
Brancaccio	LOC.district
Brandenbaum	LOC.district
Brandenburger Vorstadt	LOC.district
Brandlberg	LOC.district
Brandlberg-Keilberg	LOC.district
Branitz	LOC.district
Braschoß	LOC.district
Brasselsberg	LOC.district
Brassert	LOC.district
Brauck	LOC.district
Braunhirschengrund	LOC.district
Brebach	LOC.district
Brebach-Fechingen	LOC.district
Brechtefeld	LOC.district
Breckenheim	LOC.district
Bredeney	LOC.district
Breganzona	LOC.district
Breitenbruch	LOC.district
Breitenrain	LOC.district
Breitenrain-Lorraine	LOC.district
Brenschede	LOC.district
Brera	LOC.district
Brickell	LOC.district
Briesnitz	LOC.district
Briller Viertel	LOC.district
Brinckmansdorf	LOC.district
Brink-Hafen	LOC.district
Brodten	LOC.district
Broich	LOC.district
Bronnweiler	LOC.district
Bronnzell	LOC.district
Bronx	LOC.district
Bronzeville	LOC.district
Bruchmachtersen	LOC.district
Bruck	LOC.district
Bruckdorf	LOC.district
Bruckhausen	LOC.district
Bruderholz	LOC.district
Bruggen	LOC.district
Brunau	LOC.district
Brunnadern	LOC.district
Brunnenreuth	LOC.district
Brunnenviertel	LOC.district
Brunschwig	LOC.district
Brunswik	LOC.district
Brögbern	LOC.district
Brönninghausen	LOC.district
Brötzingen	LOC.district
Brückberg	LOC.district
Brückfeld	LOC.district
Brücktor	LOC.district
Brühl-Beurbarung	LOC.district
Brühlervorstadt	LOC.district
Brühlviertel	LOC.district
Brüninghausen	LOC.district
Brünnen	LOC.district
Brüser Berg	LOC.district
Brüsseler Kiez	LOC.district
Bubeneč	LOC.district
Buca	LOC.district
Buchenbühl	LOC.district
Buchenhofen	LOC.district
Buchholz-Kleefeld	LOC.district
Buchhügel	LOC.district
Buchthalen	LOC.district
Buckenberg	LOC.district
Buckhead	LOC.district
Budavár	LOC.district
Buir	LOC.district
Buisdorf	LOC.district
Bulach	LOC.district
Bulaq	LOC.district
Bulmke	LOC.district
Bulmke-Hüllen	LOC.district
Bundesviertel	LOC.district
Bungerhof	LOC.district
Bunkyō	LOC.district
Buntekuh	LOC.district
Buntentor	LOC.district
Bur Dubai	LOC.district
Bureidsch	LOC.district
Bureij	LOC.district	Bureidsch
Burg an der Wupper	LOC.district
Burg-Grambke	LOC.district
Burg/Höhscheid	LOC.district
Burgaltendorf	LOC.district
Burgdamm	LOC.district
Burgernziel	LOC.district
Burgfarrnbach	LOC.district
Burghausen-Rückmarsdorf	LOC.district
Burgholzhof	LOC.district
Burgweinting	LOC.district
Burgweinting-Harting	LOC.district
Burj al-Baradschneh	LOC.district	Bourj el-Barajneh
Buschbell	LOC.district
Buschdorf	LOC.district
Buschhausen	LOC.district
Business Bay	LOC.district
Bustan al-Kasr	LOC.district
Butendorf	LOC.district
Butowo	LOC.district
Butte aux Cailles	LOC.district
Butte-aux-Cailles	LOC.district	Butte aux Cailles
Buttes-Chaumont	LOC.district
Byculla	LOC.district
Byfang	LOC.district
Bännjerrück	LOC.district
Bärbroich	LOC.district
Bärenkeller	LOC.district
Bärenkämpen	LOC.district
Bärenschanze	LOC.district
Béthusy	LOC.district
Böckingen	LOC.district
Böcklersiedlung	LOC.district
Böfingen	LOC.district
Böhlitz-Ehrenberg	LOC.district
Böhmisches Dorf	LOC.district
Bökenförde	LOC.district
Böllberg	LOC.district
Böllberg/Wörmlitz	LOC.district
Börnig	LOC.district
Bötzowviertel	LOC.district
Bözingen	LOC.district
Bübingen	LOC.district
Büchenbronn	LOC.district
Büderich	LOC.district
Bühlau	LOC.district
Bümmerstede	LOC.district
Bümpliz	LOC.district
Bümpliz-Oberbottigen	LOC.district
Bürbach	LOC.district
Bürgerfelde	LOC.district
Bürgerweide	LOC.district
Bürrig	LOC.district
Büschdorf	LOC.district
Büßleben	LOC.district
Břevnov	LOC.district
Bến Thành	LOC.district
Caballito	LOC.district
Cainsdorf	LOC.district
Cais do Sodré	LOC.district
Calbecht	LOC.district
Calenberge	LOC.district
Camps Bay	LOC.district
Camsdorf	LOC.district
Canal Saint-Martin	LOC.district
Cannaregio	LOC.district
Cannstatt	LOC.district
Cape Flats	LOC.district
Cappel	LOC.district
Carlshöhe	LOC.district
Carlstadt	LOC.district
Carroll Gardens	LOC.district
Cassarate	LOC.district
Castagnola	LOC.district
Casterfeld	LOC.district
Castro District	LOC.district
Catford	LOC.district
Causeway Bay	LOC.district
Cañada Real	LOC.district
Cedar-Riverside	LOC.district
Centocelle	LOC.district
Centro Histórico	LOC.district
Chaillot	LOC.district
Chailly	LOC.district
Chalet-à-Gobet	LOC.district
Chamissokiez	LOC.district
Chamowniki	LOC.district
Champel	LOC.district
Chan Yunis	LOC.district	Chan Junis
Chanakyapuri	LOC.district
Chandni Chowk	LOC.district
Changning	LOC.district
Chapinero	LOC.district
Charlois	LOC.district
Charmilles	LOC.district
Chauderon	LOC.district
Chembur	LOC.district
Chiado	LOC.district
Chiswick	LOC.district
Chiyoda	LOC.district
Chodov	LOC.district
Cholodna Hora	LOC.district
Cholon	LOC.district	Chợ Lớn
Chreis Cheib	LOC.district	Aussersihl
Chrieschwitz	LOC.district
Christianshavn	LOC.district
Christliches Viertel	LOC.district
Chueca	LOC.district
Churchgate	LOC.district
Chuzaa	LOC.district
Château Rouge	LOC.district
Châtelaine	LOC.district
Chūō	LOC.district
Chợ Lớn	LOC.district
Cidade de Deus	LOC.district
Cimiez	LOC.district
Città Studi	LOC.district
City of London	LOC.district
Cité Soleil	LOC.district
Clapham	LOC.district
Clerkenwell	LOC.district
Clontarf	LOC.district
Closewitz	LOC.district
Clusorth-Bramhar	LOC.district
Co-op City	LOC.district
Cobble Hill	LOC.district
Cocody	LOC.district
Coerde	LOC.district
Colaba	LOC.district
Coldewei	LOC.district
Collis	LOC.district
Colmdorf	LOC.district
Coloane	LOC.district
Colonia Roma	LOC.district
Complexo da Maré	LOC.district
Complexo do Alemão	LOC.district
Connaught Place	LOC.district
Connewitz	LOC.district
Copitz	LOC.district
Corktown	LOC.district
Cornigliano	LOC.district
Corvetto	LOC.district
Coschütz	LOC.district
Cossebaude	LOC.district
Cotai	LOC.district
Cotta	LOC.district
Cottageviertel	LOC.district
Covent Garden	LOC.district
Cracau	LOC.district
Cracolândia	LOC.district
Crange	LOC.district
Creggan	LOC.district
Crengeldanz	LOC.district
Crocetta	LOC.district
Croix-Rousse	LOC.district
Cronenbourg	LOC.district
Crown Heights	LOC.district
Crumlin	LOC.district
Csepel	LOC.district
Cyriaxweimar	LOC.district
Daberg	LOC.district
Daberstedt	LOC.district
Dadar	LOC.district
Dagersheim	LOC.district
Dagobertshausen	LOC.district
Dahija	LOC.district	Dahiyeh
Dahiye	LOC.district	Dahiyeh
Dahiyeh	LOC.district
Dahlerbrück	LOC.district
Dalbke	LOC.district
Dalston	LOC.district
Damenviertel	LOC.district
Dammerstock	LOC.district
Dammheim	LOC.district
Dammvorstadt	LOC.district
Damperhof	LOC.district
Dandora	LOC.district
Dankersen	LOC.district
Dansenberg	LOC.district
Dansweiler	LOC.district
Darling Harbour	LOC.district
Darlinghurst	LOC.district
Darmsheim	LOC.district
Darmstadt-Mitte	LOC.district
Darmstadt-Nord	LOC.district
Darmstadt-Ost	LOC.district
Darmstadt-West	LOC.district
Darnyzja	LOC.district
Darum-Gretesch-Lüstringen	LOC.district
Dascht-e Bartschi	LOC.district
Dasht-e Barchi	LOC.district	Dascht-e Bartschi
Datzeberg	LOC.district
Dautzsch	LOC.district
Daxlanden	LOC.district
Da’an	LOC.district
De Pijp	LOC.district
De Wallen	LOC.district
Dechbetten	LOC.district
Dechsendorf	LOC.district
Degerloch	LOC.district
Degerschlacht	LOC.district
Deichhaus	LOC.district
Deichhorst	LOC.district
Deininghausen	LOC.district
Deir al-Balah	LOC.district
Deira	LOC.district
Dejvice	LOC.district
Delfshaven	LOC.district
Delhoven	LOC.district
Delkenheim	LOC.district
Dellviertel	LOC.district
Dellwig	LOC.district
Delrath	LOC.district
Delstern	LOC.district
Denfert-Rochereau	LOC.district
Deppoldshausen	LOC.district
Deptford	LOC.district
Derendorf	LOC.district
Derichsweiler	LOC.district
Derikum	LOC.district
Dettingen-Wallhausen	LOC.district
Deutsch Ossig	LOC.district
Deutschhof	LOC.district
Devín	LOC.district
Dewangen	LOC.district
Dhanmondi	LOC.district
Dharavi	LOC.district
Dichterviertel	LOC.district
Didsbury	LOC.district
Didube	LOC.district
Diebrock	LOC.district
Diedesfeld	LOC.district
Diedrichshagen	LOC.district
Diemitz	LOC.district
Dierkow	LOC.district
Dierkow-Ost	LOC.district
Dietenbach	LOC.district
Dietershan	LOC.district
Dietrichsdorf	LOC.district
Dietrichsfeld	LOC.district
Diezenhalde	LOC.district
Dießem	LOC.district
Dießem/Lehmheide	LOC.district
Dilldorf	LOC.district
Dillnhütten	LOC.district
Dillweißenstein	LOC.district
Dilschhausen	LOC.district
Dirkes	LOC.district
Dissenchen	LOC.district
Distelrath	LOC.district
Dittelstedt	LOC.district
Dobben	LOC.district
Dobbenviertel	LOC.district
Dobritz	LOC.district
Dockenhuden	LOC.district
Docklands	LOC.district
Dodesheide	LOC.district
Dokki	LOC.district
Domagkpark	LOC.district
Domviertel	LOC.district
Donau City	LOC.district
Donaucity	LOC.district	Donau City
Donaufeld	LOC.district
Donaukiez	LOC.district
Donaustetten	LOC.district
Donauviertel	LOC.district
Dongcheng	LOC.district
Donnerschwee	LOC.district
Doos	LOC.district
Dorenkamp	LOC.district
Dornach-Auhof	LOC.district
Dornap	LOC.district
Dornberg	LOC.district
Dornbreite	LOC.district
Dorsoduro	LOC.district
Dorthausen	LOC.district
Dotonbori	LOC.district	Dōtonbori
Dottendorf	LOC.district
Downtown Dubai	LOC.district
Downtown Eastside	LOC.district
Downtown Los Angeles	LOC.district
Drackendorf	LOC.district
Drais	LOC.district
Draisdorf	LOC.district
Dransdorf	LOC.district
Dreesch	LOC.district
Dreiheiligen	LOC.district
Dreiheiligen-Schlachthof	LOC.district
Dreilinden	LOC.district
Dreimühlenviertel	LOC.district
Dreispitz	LOC.district
Drewer	LOC.district
Drewitz	LOC.district
Drielake	LOC.district
Driescher Hof	LOC.district
Drispenstedt	LOC.district
Druseltal	LOC.district
Dröschede	LOC.district
Drüpplingsen	LOC.district
Drütte	LOC.district
Dschabal Mukabir	LOC.district	Jabel Mukaber
Dschabalia	LOC.district	Dschabalija
Dschabalija	LOC.district
Dschobar	LOC.district
Dubai Marina	LOC.district
Duburg	LOC.district
Duckterath	LOC.district
Dudweiler	LOC.district
Duisdorf	LOC.district
Duissern	LOC.district
Dungelbeck	LOC.district
Dupont Circle	LOC.district
Durchholz	LOC.district
Durlach	LOC.district
Dusit	LOC.district
Dutenhofen	LOC.district
Duttenstedt	LOC.district
Duttweiler	LOC.district
Dutum	LOC.district
Dutzendteich	LOC.district
Dwarka	LOC.district
Dwoberg	LOC.district
Dyckburg	LOC.district
Dänischburg	LOC.district
Dättnau	LOC.district
Döbbrick	LOC.district
Döhren-Wülfel	LOC.district
Dölau	LOC.district
Dölitz	LOC.district
Dölitz-Dösen	LOC.district
Dölzschen	LOC.district
Dönberg	LOC.district
Dönche	LOC.district
Dörnbergviertel	LOC.district
Dösen	LOC.district
Düesberg	LOC.district
Dülken	LOC.district
Dümpten	LOC.district
Dünzlau	LOC.district
Düppel	LOC.district
Dürrbachau	LOC.district
Dürrbachtal	LOC.district
Dürrenast	LOC.district
Dürrenebersdorf	LOC.district
Düsseltal	LOC.district
Düsternbrook	LOC.district
Düsternort	LOC.district
Dützen	LOC.district
Dōtonbori	LOC.district
Eagle Rock	LOC.district
Ealing	LOC.district
Earls Court	LOC.district
Earl’s Court	LOC.district	Earls Court
East Ham	LOC.district
Easterhouse	LOC.district
Eaux-Vives	LOC.district
Ebbesloh	LOC.district
Ebelsberg	LOC.district
Ebensberg	LOC.district
Eberhardshof	LOC.district
Ebersheim	LOC.district
Ebersteinburg	LOC.district
Ebisu	LOC.district
Ebnat	LOC.district
Ebnet	LOC.district
Echarding	LOC.district
Echtz	LOC.district
Eckardtsheim	LOC.district
Eckbusch	LOC.district
Eckernfeld	LOC.district
Eckersbach	LOC.district
Eckesey	LOC.district
Edelrath	LOC.district
Edelzell	LOC.district
Edgbaston	LOC.district
Edigheim	LOC.district
Efferen	LOC.district
Eggerscheidt	LOC.district
Eglosheim	LOC.district
Egstedt	LOC.district
Ehmen	LOC.district
Ehrang/Quint	LOC.district
Ehrenbreitstein	LOC.district
Ehringhausen	LOC.district
Ehringsdorf	LOC.district
Ehrsen-Breden	LOC.district
Eibach	LOC.district
Eichelkamp	LOC.district
Eichkamp	LOC.district
Eick	LOC.district
Eick-Ost	LOC.district
Eick-West	LOC.district
Eickel	LOC.district
Eickelborn	LOC.district
Eicken	LOC.district
Eickum	LOC.district
Eidberg	LOC.district
Eigelstein	LOC.district
Eigelsteinviertel	LOC.district
Eilendorf	LOC.district
Eilpe	LOC.district
Eilpe/Dahl	LOC.district
Ein Kerem	LOC.district
Einsiedel	LOC.district
Einsiedlerhof	LOC.district
Einsingen	LOC.district
Einum	LOC.district
Eiserfeld	LOC.district
Eitelsbach	LOC.district
El Born	LOC.district
El Cabanyal	LOC.district
El Raval	LOC.district
Elberfeld	LOC.district
Elberfeld-Mitte	LOC.district
Elberfeld-West	LOC.district
Electronic City	LOC.district
Elephant and Castle	LOC.district
Elfenau	LOC.district
Elfrath	LOC.district
Elgersweier	LOC.district
Elisabeth-Vorstadt	LOC.district
Ellener Feld	LOC.district
Ellenerbrok-Schevemoor	LOC.district
Elliehausen	LOC.district
Ellinghausen	LOC.district
Ellinghorst	LOC.district
Elmberg	LOC.district
Elmschenhagen-Nord	LOC.district
Elmschenhagen-Süd	LOC.district
Elnhausen	LOC.district
Elsau	LOC.district
Elsen	LOC.district
Elsene	LOC.district
Elte	LOC.district
Eltersdorf	LOC.district
Elvekum	LOC.district
Elverdissen	LOC.district
Emmenbrücke	LOC.district
Emmertsgrund	LOC.district
Emst	LOC.district
Engelnstedt	LOC.district
Engelsby	LOC.district
Engelsdorf	LOC.district
Engeried	LOC.district
Engerode	LOC.district
Engers	LOC.district
Englisches Viertel	LOC.district
Enkheim	LOC.district
Ennsleite	LOC.district
Entre-Bois	LOC.district
Eppenhausen	LOC.district
Eppinghofen	LOC.district
Eppinghoven	LOC.district
Erbenheim	LOC.district
Erdberger Mais	LOC.district
Erfenbach	LOC.district
Erfenschlag	LOC.district
Erfttal	LOC.district
Erlenmatt	LOC.district
Erlenstegen	LOC.district
Ermingen	LOC.district
Ermita	LOC.district
Ermstedt	LOC.district
Ernsee	LOC.district
Erphoviertel	LOC.district
Erzhütten	LOC.district
Esbeck	LOC.district
Esch/Auweiler	LOC.district
Eschberg	LOC.district
Eschdorf	LOC.district
Eschendorf	LOC.district
Eschmar	LOC.district
Eschringen	LOC.district
Esebeck	LOC.district
Eselshöhe	LOC.district
Esquilin	LOC.district
Esquilino	LOC.district
Essinghausen	LOC.district
Etimesgut	LOC.district
Ettadhamen	LOC.district
Ettenkirch	LOC.district
Etterbeek	LOC.district
Etting	LOC.district
Etzhorn	LOC.district
Euba	LOC.district
Euston	LOC.district
Eutritzsch	LOC.district
Evere	LOC.district
Eversburg	LOC.district
Evershagen	LOC.district
Eversten	LOC.district
Exarcheia	LOC.district	Exarchia
Exarchia	LOC.district
Eyüpsultan	LOC.district
Eßling	LOC.district	Essling
Fachsenfeld	LOC.district
Fahrland	LOC.district
Fahrn	LOC.district
Falkendiek	LOC.district
Falkenfeld	LOC.district
Fallersleben	LOC.district
Falls Road	LOC.district
Farge	LOC.district
Farmsen	LOC.district
Farsta	LOC.district
Fasanenhof	LOC.district
Faubourg Saint-Antoine	LOC.district
Fechingen	LOC.district
Fedderwardergroden	LOC.district
Feijenoord	LOC.district
Feldhausen	LOC.district
Feldherrnviertel	LOC.district
Felsenau	LOC.district
Fener	LOC.district
Fengtai	LOC.district
Ferencváros	LOC.district
Fermersleben	LOC.district
Fesenfeld	LOC.district
Fessenbach	LOC.district
Feudenheim	LOC.district
Feuerbach	LOC.district
Feuersbach	LOC.district
Feyen	LOC.district
Feyen/Weismark	LOC.district
Filsch	LOC.district
Findorff	LOC.district
Finsbury Park	LOC.district
Finthen	LOC.district
Firnhaberau	LOC.district
Fischbacherberg	LOC.district
Fischbek	LOC.district
Fischbeker Heidbrook	LOC.district
Fischenich	LOC.district
Fischereihafen	LOC.district
Fischerfeldviertel	LOC.district
Fischermätteli	LOC.district
Fischerviertel	LOC.district
Fischlaken	LOC.district
Fitzrovia	LOC.district
Fixheide	LOC.district
Flachstöckheim	LOC.district
Flamersheim	LOC.district
Flaminio	LOC.district
Flatiron District	LOC.district
Fledder	LOC.district
Flehe	LOC.district
Fleischervorstadt	LOC.district
Flexdorf	LOC.district
Fley	LOC.district
Fliegerviertel	LOC.district
Fliesteden	LOC.district
Flingern	LOC.district
Flingern-Nord	LOC.district
Flingern-Süd	LOC.district
Flomersheim	LOC.district
Flon	LOC.district
Florakiez	LOC.district
Flughafenkiez	LOC.district
Fluhmühle	LOC.district
Flushing	LOC.district
Flüren	LOC.district
Foche	LOC.district
Foggy Bottom	LOC.district
Folsterhöhe	LOC.district
Forcella	LOC.district
Forest Gate	LOC.district
Forstfeld	LOC.district
Forstwald	LOC.district
Fort Greene	LOC.district
Fourvière	LOC.district
Foz do Douro	LOC.district
Frais-Vallon	LOC.district
Franckviertel	LOC.district
Frankenbach	LOC.district
Frankenberger Viertel	LOC.district
Frankenforst	LOC.district
Frankenvorstadt	LOC.district
Franzosenviertel	LOC.district
Französische Konzession	LOC.district
Französisches Viertel	LOC.district
Frauenaurach	LOC.district
Frauenkopf	LOC.district
Frauenland	LOC.district
Fredenberg	LOC.district
Freihausviertel	LOC.district
Freiimfelde	LOC.district
Freisenbruch	LOC.district
Freiske	LOC.district
Freistadt Christiania	LOC.district
French Hill	LOC.district
French Quarter	LOC.district
Frentrop	LOC.district
Friedenheim	LOC.district
Friedrich-Wilhelms-Hütte	LOC.district
Friedrichsfeld	LOC.district
Friedrichsgabe	LOC.district
Friedrichshofen	LOC.district
Friedrichshofen-Hollerstauden	LOC.district
Friedrichswerder	LOC.district
Frielingen	LOC.district
Frielinghausen	LOC.district
Friemersheim	LOC.district
Frienstedt	LOC.district
Friesenrath	LOC.district
Friesenviertel	LOC.district
Friesischer Berg	LOC.district
Frillendorf	LOC.district
Frimmersdorf	LOC.district
Frintrop	LOC.district
Fritscheshof	LOC.district
Fritz-Heckert-Gebiet	LOC.district
Frogner	LOC.district
Frohe Zukunft	LOC.district
Frohlinde	LOC.district
Frohnhausen	LOC.district
Froschberg	LOC.district
Fruerlund	LOC.district
Fröttmaning	LOC.district
Fuhlenbrock	LOC.district
Fuhlenbrock-Heide	LOC.district
Fuhlenbrock-Wald	LOC.district
Fulerum	LOC.district
Furth	LOC.district
Furth-Mitte	LOC.district
Furth-Nord	LOC.district
Furth-Süd	LOC.district
Fusternberg	LOC.district
Fähr-Lobbendorf	LOC.district
Fölling	LOC.district
Fürk	LOC.district
Fürstenried-Ost	LOC.district
Fürstenried-West	LOC.district
Fürstätt	LOC.district
Gaarden	LOC.district
Gaarden-Ost	LOC.district
Gaarden-Süd	LOC.district
Gaarden-Süd und Kronsburg	LOC.district
Gaberndorf	LOC.district
Gablenberg	LOC.district
Gadderbaum	LOC.district
Gahmen	LOC.district
Gailbach	LOC.district
Gaisburg	LOC.district
Gaismannshof	LOC.district
Galata	LOC.district
Galgenberg	LOC.district
Galgenhof	LOC.district
Gallinchen	LOC.district
Gallingkofen	LOC.district
Gamla stan	LOC.district
Gamle Oslo	LOC.district
Gangbuk	LOC.district
Gangnam	LOC.district
Garath	LOC.district
Garbatella	LOC.district
Garbenheim	LOC.district
Garden District	LOC.district
Garenfeld	LOC.district
Gartenfeld	LOC.district
Gartenstadt Staaken	LOC.district
Gartenstadt Süd	LOC.district
Gartenstadt Trudering	LOC.district
Gartenstadt Vahr	LOC.district
Gartenstadt/Stadtweide	LOC.district
Gartlage	LOC.district
Garßen	LOC.district
Gastown	LOC.district
Gateway Gardens	LOC.district
Gatherhof	LOC.district
Gaudenzdorf	LOC.district
Gaustadt	LOC.district
Gaza City	LOC.district	Gaza-Stadt
Gaziosmanpaşa	LOC.district
Gebersdorf	LOC.district
Gebhardshagen	LOC.district
Geestemünde	LOC.district
Geestendorf	LOC.district
Gehlsdorf	LOC.district
Geislar	LOC.district
Geistenbeck	LOC.district
Geisweid	LOC.district
Geithe	LOC.district
Gellendorf	LOC.district
Gellep	LOC.district
Gellep-Stratum	LOC.district
Gellershagen	LOC.district
Gelmer	LOC.district
Gelmeroda	LOC.district
Gelsenkirchen-Buer	LOC.district
Gelsenkirchen-Horst	LOC.district
Gelsenkirchen-Mitte	LOC.district
Gelsenkirchen-Nord	LOC.district
Gelsenkirchen-Ost	LOC.district
Gelsenkirchen-Süd	LOC.district
Gelsenkirchen-West	LOC.district
Gemmayzeh	LOC.district
Genend	LOC.district
Genin	LOC.district
Georgswerder	LOC.district
Gerasmühle	LOC.district
Gereonsviertel	LOC.district
Gerlingsen	LOC.district
Gerolfing	LOC.district
Gerresheim	LOC.district
Gerschede	LOC.district
Gersweiler	LOC.district
Gerthe	LOC.district
Gete	LOC.district
Geweke	LOC.district
Geylang	LOC.district
Gibitzenhof	LOC.district
Giebichenstein	LOC.district
Gierath	LOC.district
Giersberg	LOC.district
Giesenkirchen	LOC.district
Giesenkirchen-Mitte	LOC.district
Giesenkirchen-Nord	LOC.district
Gievenbeck	LOC.district
Gigiri	LOC.district
Gilo	LOC.district
Gimmeldingen	LOC.district
Ginseldorf	LOC.district
Ginza	LOC.district
Gisingen	LOC.district
Gispersleben	LOC.district
Gisselberg	LOC.district
Gittersee	LOC.district
Glaucha	LOC.district
Gldani	LOC.district
Gleimviertel	LOC.district
Gleißhammer	LOC.district
Gleuel	LOC.district
Glockenhof	LOC.district
Glodok	LOC.district
Glyfada	LOC.district
Gläserzell	LOC.district
Glösa	LOC.district
Glösa-Draisdorf	LOC.district
Glüder	LOC.district
Gmindersdorf	LOC.district
Gnadental	LOC.district
Gneversdorf	LOC.district
Gnigl	LOC.district
Godesberg	LOC.district	Bad Godesberg
Godesberg-Nord	LOC.district
Godesberg-Villenviertel	LOC.district
Godramstein	LOC.district
Gohlis-Mitte	LOC.district
Gohlis-Nord	LOC.district
Gohlis-Süd	LOC.district
Gohr	LOC.district
Golders Green	LOC.district
Goldgrund	LOC.district
Goldhamme	LOC.district
Goldiwil	LOC.district
Golm	LOC.district
Golzheim	LOC.district
Gompitz	LOC.district
Gonzenheim	LOC.district
Gorbals	LOC.district
Gorbitz-Nord	LOC.district
Gorbitz-Ost	LOC.district
Gorbitz-Süd	LOC.district
Goregaon	LOC.district
Goseburg	LOC.district
Gosenbach	LOC.district
Gostenhof	LOC.district
Gotisches Viertel	LOC.district
Gottfried-Keller-Siedlung	LOC.district
Gottstedt	LOC.district
Gotzenwil	LOC.district
Goutte d’Or	LOC.district
Goutte-d’Or	LOC.district	Goutte d’Or
Govan	LOC.district
Grachtengürtel	LOC.district
Grafental	LOC.district
Gragetopshof	LOC.district
Graggenau	LOC.district
Grambke	LOC.district
Gramercy	LOC.district
Grangette	LOC.district
Graphisches Viertel	LOC.district
Grasbrook	LOC.district
Grastrup-Hölsen	LOC.district
Graupa	LOC.district
Graurheindorf	LOC.district
Greenwich Village	LOC.district
Gremberg	LOC.district
Gremmendorf	LOC.district
Gremmendorf-Ost	LOC.district
Gremmendorf-West	LOC.district
Grenelle	LOC.district
Gretesch	LOC.district
Grevel	LOC.district
Griesenbruch	LOC.district
Grifflenberg	LOC.district
Grimlinghausen	LOC.district
Grimmelfingen	LOC.district
Grindel	LOC.district
Grindelviertel	LOC.district
Grohn	LOC.district
Grolland	LOC.district
Grombühl	LOC.district
Grone	LOC.district
Grone-Nord	LOC.district
Grone-Süd	LOC.district
Gronenfelde	LOC.district
Groppenbruch	LOC.district
Grorud	LOC.district
Grossbasel	LOC.district
Grottes	LOC.district
Groß Ellershausen	LOC.district
Groß Gaglow	LOC.district
Groß Glienicke	LOC.district
Groß Hehlen	LOC.district
Groß Klein	LOC.district
Groß Mahner	LOC.district
Groß Steinrade	LOC.district
Groß-Buchholz	LOC.district
Großbüllesheim	LOC.district
Großdechsendorf	LOC.district
Großdeinbach	LOC.district
Großdornberg	LOC.district
Großenbaum	LOC.district
Großer Dreesch	LOC.district
Großer Silberberg	LOC.district
Großfeldsiedlung	LOC.district
Großfriesen	LOC.district
Großgründlach	LOC.district
Großhadern	LOC.district
Großholthausen	LOC.district
Großkühnau	LOC.district
Großluga	LOC.district
Großprüfening	LOC.district
Großprüfening-Dechbetten-Königswiesen	LOC.district
Großzschachwitz	LOC.district
Grubweg	LOC.district
Grullbad	LOC.district
Grumme	LOC.district
Gruna	LOC.district
Gräfrath	LOC.district
Gräselberg	LOC.district
Gröpelingen	LOC.district
Grötzingen	LOC.district
Grübentälchen	LOC.district
Grüna	LOC.district
Grünau-Mitte	LOC.district
Grünau-Nord	LOC.district
Grünau-Ost	LOC.district
Grünau-Siedlung	LOC.district
Grünbühl	LOC.district
Grünbühl-Sonnenberg	LOC.district
Gründberg	LOC.district
Grünerløkka	LOC.district
Grünhufe	LOC.district
Grünhöfe	LOC.district
Grünwettersbach	LOC.district
Grünwinkel	LOC.district
Grürmannsheide	LOC.district
Grüze	LOC.district
Gugulethu	LOC.district
Gulshan	LOC.district
Gulshan-e-Iqbal	LOC.district
Gumpendorf	LOC.district
Gundeldingen	LOC.district
Gundeli	LOC.district	Gundeldingen
Guomao	LOC.district
Gustorf	LOC.district
Gutleut	LOC.district
Gwatt	LOC.district
Gäbelbach	LOC.district
Gänsheide	LOC.district
Gärten bei Wöhrd	LOC.district
Gärten hinter der Veste	LOC.district
Gärtnerstadt	LOC.district
Göbschelwitz	LOC.district
Gögglingen	LOC.district
Gögglingen-Donaustetten	LOC.district
Göhrener Tannen	LOC.district
Gönningen	LOC.district
Gönnsdorf	LOC.district
Görries	LOC.district
Göschwitz	LOC.district
Güdderath	LOC.district
Güdingen	LOC.district
Güldendorf	LOC.district
Güldenwerth	LOC.district
Güls	LOC.district
Güngören	LOC.district
Günnigfeld	LOC.district
Günterstal	LOC.district
Gürzenich	LOC.district
Gütsch	LOC.district
Ha-Neu	LOC.district	Halle-Neustadt
Haarentor	LOC.district
Haarzopf	LOC.district
Habana Vieja	LOC.district	Alt-Havanna
Habbelrath	LOC.district
Habenhausen	LOC.district
Habinghorst	LOC.district
Hackenbroich	LOC.district
Hackenviertel	LOC.district
Hacklberg	LOC.district
Hackney	LOC.district
Hackney Wick	LOC.district
Haddamshausen	LOC.district
Haddenhausen	LOC.district
Hadern	LOC.district
Hadersdorf-Weidlingau	LOC.district
Haeundae	LOC.district
Hagau	LOC.district
Hageberg	LOC.district
Hagelloch	LOC.district
Hagenwerder	LOC.district
Haggen	LOC.district
Hagsfeld	LOC.district
Hahlen	LOC.district
Hahndorf	LOC.district
Hahnenklee	LOC.district
Hahnerberg	LOC.district
Haidach	LOC.district
Haideburg	LOC.district
Haidenhof	LOC.district
Haidian	LOC.district
Haight-Ashbury	LOC.district
Haimbach	LOC.district
Hainerberg	LOC.district
Hakedahl	LOC.district
Hallendorf	LOC.district
Halvestorf	LOC.district
Hamborn	LOC.district
Hamm-Nord	LOC.district
Hamm-Süd	LOC.district
Hammarby Sjöstad	LOC.district
Hammerhütte	LOC.district
Hammerschmiede	LOC.district
Hammersmith	LOC.district
Hammfeld	LOC.district
Hampstead	LOC.district
Hamra	LOC.district
Hanano	LOC.district
Hanbruch	LOC.district
Hancock Park	LOC.district
Handschuhsheim	LOC.district
Handsworth	LOC.district
Hangelar	LOC.district
Happing	LOC.district
Har Homa	LOC.district
Har Nof	LOC.district
Harajuku	LOC.district
Harasta	LOC.district
Hardhöhe	LOC.district
Hardt-Mitte	LOC.district
Hardtberg	LOC.district
Hardterbroich	LOC.district
Hardterbroich-Pesch	LOC.district
Hardthöhe	LOC.district
Hardtwaldsiedlung	LOC.district
Harehills	LOC.district
Haret Hreik	LOC.district
Haringey	LOC.district
Harksheide	LOC.district
Harlesden	LOC.district
Harleshausen	LOC.district
Hartenberg	LOC.district
Hartenberg-Münchfeld	LOC.district
Hartenecker Höhe	LOC.district
Harthau	LOC.district
Harthof	LOC.district
Harting	LOC.district
Hartmannsdorf-Knautnaundorf	LOC.district
Hartmannshofen	LOC.district
Harxbüttel	LOC.district
Haselbrunn	LOC.district
Haselstauden	LOC.district
Hasenberg	LOC.district
Hasenbuck	LOC.district
Hasenhecke	LOC.district
Hasenleiser	LOC.district
Haslach-Egerten	LOC.district
Haslach-Gartenstadt	LOC.district
Haslach-Haid	LOC.district
Haslach-Schildacker	LOC.district
Haspe	LOC.district
Hasport	LOC.district
Hassee	LOC.district
Hasseldelle	LOC.district
Hassels	LOC.district
Hastedt	LOC.district
Hastenbeck	LOC.district
Hatlerdorf	LOC.district
Haueneberstein	LOC.district
Hauenhorst	LOC.district
Haunstetten	LOC.district
Haunstetten-Siebenbrunn	LOC.district
Haunwöhr	LOC.district
Hautepierre	LOC.district
Hauz Khas	LOC.district
Havelse	LOC.district
Hay Mohammadi	LOC.district
Hebborn	LOC.district
Hechtsheim	LOC.district
Hechtviertel	LOC.district
Heckert-Gebiet	LOC.district	Fritz-Heckert-Gebiet
Heckinghausen	LOC.district
Heddesdorf	LOC.district
Hedelfingen	LOC.district
Heepen	LOC.district
Heeper Fichten	LOC.district
Heerdt	LOC.district
Heerte	LOC.district
Heessen	LOC.district
Hegensberg	LOC.district
Hegmatten	LOC.district
Hehlentor	LOC.district
Hehlingen	LOC.district
Hehn	LOC.district
Heidberg-Melverode	LOC.district
Heide-Nord	LOC.district
Heide-Süd	LOC.district
Heidenoldendorf	LOC.district
Heiderhof	LOC.district
Heidhausen	LOC.district
Heidingsfeld	LOC.district
Heidkamp	LOC.district
Heilham	LOC.district
Heiligendorf	LOC.district
Heiligenkirchen	LOC.district
Heimbach-Weis	LOC.district
Heining	LOC.district
Heisingen	LOC.district
Heiterblick	LOC.district
Heitlingen	LOC.district
Helbersdorf	LOC.district
Helenabrunn	LOC.district
Heliopolis	LOC.district
Heliópolis	LOC.district
Helleböhn	LOC.district
Hellerberge	LOC.district
Hellerhof	LOC.district
Hellersdorf-Nord	LOC.district
Hellersdorf-Ost	LOC.district
Hellersdorf-Süd	LOC.district
Hellinghausen	LOC.district
Hellwinkel	LOC.district
Hell’s Kitchen	LOC.district
Helmholtzkiez	LOC.district
Helpenstein	LOC.district
Hemelingen	LOC.district
Hemmerde	LOC.district
Hemmerden	LOC.district
Hemshof	LOC.district
Hendesse	LOC.district	Handschuhsheim
Hendon	LOC.district
Hengstey	LOC.district
Henkhausen	LOC.district
Henrichenburg	LOC.district
Heppens	LOC.district
Herbede	LOC.district
Herberhausen	LOC.district
Herblingen	LOC.district
Herboldshof	LOC.district
Herdern	LOC.district
Herdringen	LOC.district
Herkenrath	LOC.district
Herlikofen	LOC.district
Hermannstein	LOC.district
Hermannswerder	LOC.district
Hermershausen	LOC.district
Hermges	LOC.district
Hermülheim	LOC.district
Herne-Mitte	LOC.district
Herpersdorf	LOC.district
Herrenbach	LOC.district
Herrenhausen-Stöcken	LOC.district
Herrenkrug	LOC.district
Herrensohr	LOC.district
Herrenstrunden	LOC.district
Herrenwyk	LOC.district
Herringen	LOC.district
Herringhausen	LOC.district
Herrnau	LOC.district
Herrnhütte	LOC.district
Herrnsheim	LOC.district
Hervest	LOC.district
Herzogenried	LOC.district
Herzogenweiler	LOC.district
Herzogpark	LOC.district
Heslach	LOC.district
Hesselnberg	LOC.district
Hessenwinkel	LOC.district
Hestert	LOC.district
Hetjershausen	LOC.district
Heuchelhof	LOC.district
Heuduck	LOC.district
Heumar	LOC.district
Heusteigviertel	LOC.district
Heven	LOC.district
Hexenbruch	LOC.district
Heßlingen	LOC.district
Heßloch	LOC.district
Hiddesen	LOC.district
Hiesfeld	LOC.district
Higashiyama	LOC.district
High-Deck-Siedlung	LOC.district
Highgate	LOC.district
Hillbrow	LOC.district
Hillegossen	LOC.district
Hillen	LOC.district
Hillerheide	LOC.district
Hilligsfeld	LOC.district
Hiltrop	LOC.district
Hiltrup	LOC.district
Hiltrup-Ost	LOC.district
Hiltrup-West	LOC.district
Himmelgeist	LOC.district
Himmelpfortgrund	LOC.district
Himmelsthür	LOC.district
Hinrichsdorf	LOC.district
Hinsel	LOC.district
Hinterweil	LOC.district
Hirschmatt	LOC.district
Hirzbrunnen	LOC.district
Hitdorf	LOC.district
Hitfeld	LOC.district
Hoberge	LOC.district
Hoberge-Uerentrup	LOC.district
Hochelaga	LOC.district
Hochemmerich	LOC.district
Hochheide	LOC.district
Hochkirchen	LOC.district
Hochkreuz	LOC.district
Hochlar	LOC.district
Hochlarmark	LOC.district
Hochschulquartier	LOC.district
Hochschulstadtteil	LOC.district
Hochstedt	LOC.district
Hochstraß	LOC.district
Hochstätt	LOC.district
Hochzoll	LOC.district
Hochzoll-Nord	LOC.district
Hochzoll-Süd	LOC.district
Hockstein	LOC.district
Hodan	LOC.district
Hofen	LOC.district
Hohbuch	LOC.district
Hohe Düne	LOC.district
Hoheluft	LOC.district
Hohenbudberg	LOC.district
Hohenbuschei	LOC.district
Hoheneck	LOC.district
Hohenecken	LOC.district
Hohenhagen	LOC.district
Hohenheim	LOC.district
Hohenkreuz	LOC.district
Hohenlimburg	LOC.district
Hohenrode	LOC.district
Hohentor	LOC.district
Hohenwettersbach	LOC.district
Hoholz	LOC.district
Hoisten	LOC.district
Holborn	LOC.district
Holderberg	LOC.district
Holenacker	LOC.district
Holešovice	LOC.district
Hollen	LOC.district
Hollerborn	LOC.district
Hollerstauden	LOC.district
Holligen	LOC.district
Hollywood	LOC.district
Hollywood Hills	LOC.district
Holländisches Viertel	LOC.district
Holossijiw	LOC.district
Holsterhausen	LOC.district
Holtenau	LOC.district
Holtensen	LOC.district
Holtenser Berg	LOC.district
Holtorf	LOC.district
Holtwick	LOC.district
Holyrood	LOC.district
Holzapfelkreuth	LOC.district
Holzhausenviertel	LOC.district
Holzlar	LOC.district
Homberg/Ruhrort/Baerl	LOC.district
Hongdae	LOC.district
Hongkou	LOC.district
Honsberg	LOC.district
Hopfengarten	LOC.district
Horas	LOC.district
Horchheim	LOC.district
Horchheimer Höhe	LOC.district
Horkheim	LOC.district
Horn-Lehe	LOC.district
Hornoldendorf	LOC.district
Horrem	LOC.district
Horsthausen	LOC.district
Hosterwitz	LOC.district
Houhai	LOC.district
Hoxton	LOC.district
Hoàn Kiếm	LOC.district
Hradschin	LOC.district
Hradčany	LOC.district	Hradschin
Huangpu	LOC.district
Hubbelrath	LOC.district
Hubland	LOC.district
Huchenfeld	LOC.district
Huchting	LOC.district
Huckelriede	LOC.district
Huckingen	LOC.district
Hudson Yards	LOC.district
Hufeisensiedlung	LOC.district
Hulsberg	LOC.district
Humboldt Park	LOC.district
Humboldt/Gremberg	LOC.district
Hummelhof	LOC.district
Hummelstein	LOC.district
Hundsturm	LOC.district
Hundszell	LOC.district
Hungelbrunn	LOC.district
Hungerburg	LOC.district
Hunters Point	LOC.district
Husen	LOC.district
Hussenhofen	LOC.district
Hustadt	LOC.district
Hutholz	LOC.district
Huttenkiez	LOC.district
Huttrop	LOC.district
Häcklingen	LOC.district
Hästen	LOC.district
Häusling	LOC.district
Häverstädt	LOC.district
Höfles	LOC.district
Höhscheid	LOC.district
Höningen	LOC.district
Höntrop	LOC.district
Hörn	LOC.district
Hösel	LOC.district
Hötting West	LOC.district
Höttinger Au	LOC.district
Hövel	LOC.district
Hücheln	LOC.district
Hülsdonk	LOC.district
Hüsten	LOC.district
Hüttendorf	LOC.district
Hüttenheim	LOC.district
Hüttental	LOC.district
Iberg	LOC.district
Ibersheim	LOC.district
Ickern	LOC.district
Ickten	LOC.district
Ihlenfelder Vorstadt	LOC.district
Ikebukuro	LOC.district
Ikoyi	LOC.district
Ilford	LOC.district
Ilmnitz	LOC.district
Ilversgehofen	LOC.district
Ilzstadt	LOC.district
Imbaba	LOC.district
Immendorf	LOC.district
Innenstadt-Nord	LOC.district
Innenstadt-Ost	LOC.district
Innenstadt-West	LOC.district
Innenstadt/Jungbusch	LOC.district
Innere Altstadt	LOC.district
Innere Neustadt	LOC.district
Inningen	LOC.district
Innstadt	LOC.district
Inrath	LOC.district
Inrath/Kliedbruch	LOC.district
Inselstadt	LOC.district
Intramuros	LOC.district
Inwood	LOC.district
Ipanema	LOC.district
Ippendorf	LOC.district
Iprump	LOC.district
Irgertsheim	LOC.district
Irlich	LOC.district
Iserlohnerheide	LOC.district
Ismailowo	LOC.district
Israelsdorf	LOC.district
Issawija	LOC.district
Isselhorst	LOC.district
Isserstedt	LOC.district
Istergiesel	LOC.district
Itaewon	LOC.district
Itaquera	LOC.district
Itzling	LOC.district
Itzum	LOC.district
Ivendorf	LOC.district
Ixelles	LOC.district
Içərişəhər	LOC.district
Jabalia	LOC.district	Dschabalija
Jabel Mukaber	LOC.district
Jacarepaguá	LOC.district
Jadrija	LOC.district
Jafo	LOC.district
Jahangirpuri	LOC.district
Jakobervorstadt	LOC.district
Jamsil	LOC.district
Japanisches Viertel	LOC.district
Jarrestadt	LOC.district
Jassenewo	LOC.district
Jebel Ali	LOC.district
Jedlersdorf	LOC.district
Jena-Nord	LOC.district
Jena-Ost	LOC.district
Jena-Süd	LOC.district
Jena-West	LOC.district
Jena-Zentrum	LOC.district
Jerstedt	LOC.district
Jerxen-Orbke	LOC.district
Jettenhausen	LOC.district
Jiading	LOC.district
Jingan	LOC.district	Jing’an
Jing’an	LOC.district
Jnah	LOC.district
Jobar	LOC.district	Dschobar
Johannesplatz	LOC.district
Johannesviertel	LOC.district
Johannesvorstadt	LOC.district
Johannstadt	LOC.district
Johannstadt-Nord	LOC.district
Johannstadt-Süd	LOC.district
Jonction	LOC.district
Jongno	LOC.district
Jordaan	LOC.district
Josefiau	LOC.district
Josefov	LOC.district
Josefsdorf	LOC.district
Juhu	LOC.district
Jumeirah	LOC.district
Jungbusch	LOC.district
Jungfernheide	LOC.district
Jungfernkopf	LOC.district
Jungferntal	LOC.district
Jurong	LOC.district
Jusefabad	LOC.district
Jägersfreude	LOC.district
Jägervorstadt	LOC.district
Jöllenbeck	LOC.district
Jößnitz	LOC.district
Jüdisches Viertel	LOC.district
Jürgenohl	LOC.district
Jürgensby	LOC.district
Jürgeshof	LOC.district
Kaan-Marienborn	LOC.district
Kabelwerk	LOC.district
Kabukicho	LOC.district	Kabukichō
Kabukichō	LOC.district
Kabun	LOC.district
Kadhimija	LOC.district
Kadiköy	LOC.district	Kadıköy
Kaditz	LOC.district
Kadriorg	LOC.district
Kadıköy	LOC.district
Kafr Sousa	LOC.district
Kahlenbergerdorf	LOC.district
Kahren	LOC.district
Kaiser-Ebersdorf	LOC.district	Kaiserebersdorf
Kaiserlei	LOC.district
Kaiserswerth	LOC.district
Kaitz	LOC.district
Kalamaja	LOC.district
Kaldauen	LOC.district
Kaldenhausen	LOC.district
Kalkhügel	LOC.district
Kalkum	LOC.district
Kalsa	LOC.district
Kalscheuren	LOC.district
Kaltenmoor	LOC.district
Kalthof	LOC.district
Kamppi	LOC.district
Kanena	LOC.district
Kanena/Bruckdorf	LOC.district
Kangemi	LOC.district
Kannenhof	LOC.district
Kannenstieg	LOC.district
Kapellenberg	LOC.district
Kaplanhof	LOC.district
Kapotnja	LOC.district
Karaköy	LOC.district
Karantina	LOC.district
Karch	LOC.district
Karkh	LOC.district	Karch
Karlova Ves	LOC.district
Karlshof	LOC.district
Karlín	LOC.district
Karmeliterviertel	LOC.district
Karnap	LOC.district
Karol Bagh	LOC.district
Karolinenhof	LOC.district
Karrada	LOC.district
Kart-e Parwan	LOC.district
Kartal	LOC.district
Karte Se	LOC.district
Karthause	LOC.district
Karthause-Flugfeld	LOC.district
Karthause-Nord	LOC.district
Karşıyaka	LOC.district
Kasbah von Nablus	LOC.district
Kasern	LOC.district
Kaskelkiez	LOC.district
Kassebohm	LOC.district
Kastenau	LOC.district
Kasumigaseki	LOC.district
Katajanokka	LOC.district
Katamon	LOC.district
Katernberg	LOC.district
Katharinenviertel	LOC.district
Kattenesch	LOC.district
Kattenstroth	LOC.district
Kattenturm	LOC.district
Katterbach	LOC.district
Katzwang	LOC.district
Kaukenberg	LOC.district
Kaulsdorf-Nord	LOC.district
Kaulsdorf-Süd	LOC.district
Kauschwitz	LOC.district
Kawangware	LOC.district
Kazimiya	LOC.district	Kadhimija
Kaßberg	LOC.district
Kaßlerfeld	LOC.district
Kağıthane	LOC.district
Kebayoran Baru	LOC.district
Keesburg	LOC.district
Keferfeld	LOC.district
Kelenföld	LOC.district
Kemang	LOC.district
Kemminghausen	LOC.district
Kempener Feld	LOC.district
Kempener Feld/Baakeshof	LOC.district
Kendenich	LOC.district
Kennedy Town	LOC.district
Kennenburg	LOC.district
Kensal Rise	LOC.district
Kenten	LOC.district
Kentish Town	LOC.district
Kentron	LOC.district
Keratsini	LOC.district
Kerem HaTeimanim	LOC.district
Kernberge	LOC.district
Kernscheid	LOC.district
Kerspleben	LOC.district
Kesbern	LOC.district
Kesselheim	LOC.district
Kesselstadt	LOC.district
Kettwig	LOC.district
Ketzberg	LOC.district
Keçiören	LOC.district
Khair Khana	LOC.district
Khalidija	LOC.district
Khan Younis	LOC.district	Chan Junis
Khan Yunis	LOC.district	Chan Junis
Khayelitsha	LOC.district
Kibera	LOC.district
Kieferngarten	LOC.district
Kiekebusch	LOC.district
Kierberg	LOC.district
Kiesberg	LOC.district
Kietzer Feld	LOC.district
Kiewitt	LOC.district
Kifissia	LOC.district
Kilburn	LOC.district
Kilimani	LOC.district
Killesberg	LOC.district
Killisfeld	LOC.district
Kimmichsweiler	LOC.district
Kings Cross	LOC.district	King’s Cross
King’s Cross	LOC.district
Kintambo	LOC.district
Kippekausen	LOC.district
Kirchditmold	LOC.district
Kirchdorf-Süd	LOC.district
Kirchdornberg	LOC.district
Kirchenfeld	LOC.district
Kirchenfeld-Schosshalde	LOC.district
Kirchfeld	LOC.district
Kirchhausen	LOC.district
Kirchhellen	LOC.district
Kirchhuchting	LOC.district
Kirchhörde	LOC.district
Kirchrode-Bemerode-Wülferode	LOC.district
Kirchsteigfeld	LOC.district
Kirchsteinbek	LOC.district
Kirchtrudering	LOC.district
Kirchuster	LOC.district
Kirdorf	LOC.district
Kirschgartshausen	LOC.district
Kista	LOC.district
Kitai-Gorod	LOC.district
Kitaj-Gorod	LOC.district	Kitai-Gorod
Kitsilano	LOC.district
Klaffenbach	LOC.district
Klausenerplatz-Kiez	LOC.district
Klein Berkel	LOC.district
Klein Flottbek	LOC.district
Klein Glienicke	LOC.district
Klein Hehlen	LOC.district
Klein Steinrade	LOC.district
Klein-Auheim	LOC.district
Kleinbasel	LOC.district
Kleingründlach	LOC.district
Kleinhadern	LOC.district
Kleinhüningen	LOC.district
Kleinkühnau	LOC.district
Kleinlinden	LOC.district
Kleinluga	LOC.district
Kleinmünchen	LOC.district
Kleinmünchen-Auwiesen	LOC.district
Kleinolbersdorf	LOC.district
Kleinolbersdorf-Altenhain	LOC.district
Kleinpestitz	LOC.district
Kleinpösna	LOC.district
Kleinreuth	LOC.district
Kleinreuth hinter der Veste	LOC.district
Kleinseite	LOC.district
Kleinwaltersdorf	LOC.district
Kleinwelka	LOC.district
Kleinzschachwitz	LOC.district
Kleparz	LOC.district
Kliedbruch	LOC.district
Kliestow	LOC.district
Klieversberg	LOC.district
Klingetal	LOC.district
Klingewalde	LOC.district
Kliptown	LOC.district
Klosterfelde	LOC.district
Klosterhardt	LOC.district
Klues	LOC.district
Kluftern	LOC.district
Klushof	LOC.district
Klybeck	LOC.district
Klütviertel	LOC.district
Knappenviertel	LOC.district
Knapsack	LOC.district
Knauthain	LOC.district
Knautkleeberg	LOC.district
Knautkleeberg-Knauthain	LOC.district
Knautnaundorf	LOC.district
Knetterheide	LOC.district
Knielingen	LOC.district
Knieper	LOC.district
Knieper West	LOC.district
Knightsbridge	LOC.district
Knittkuhl	LOC.district
Knoglersfreude	LOC.district
Knutbühren	LOC.district
Kochstedt	LOC.district
Koekelberg	LOC.district
Kohlbruck	LOC.district
Kohlfurth	LOC.district
Kohlheck	LOC.district
Kolonaki	LOC.district
Komponistenviertel	LOC.district
Konak	LOC.district
Konradsiedlung	LOC.district
Konradsiedlung-Wutzlhofen	LOC.district
Konradviertel	LOC.district
Konzendorf	LOC.district
Kop van Zuid	LOC.district
Koppenhof	LOC.district
Koramangala	LOC.district
Korangi	LOC.district
Kornburg	LOC.district
Kornelimünster	LOC.district
Kornelimünster/Walheim	LOC.district
Kosbach	LOC.district
Kosmosviertel	LOC.district
Kostheim	LOC.district
Kota Tua	LOC.district
Kothau	LOC.district
Kothen	LOC.district
Koukaki	LOC.district
Kraftshof	LOC.district
Krahenhöhe	LOC.district
Kralingen	LOC.district
Kramersfeld	LOC.district
Krampnitz	LOC.district
Kranebitten	LOC.district
Krasnaja Presnja	LOC.district
Kray	LOC.district
Krebsförden	LOC.district
Kreideberg	LOC.district
Kreis Cheib	LOC.district	Aussersihl
Kremenholl	LOC.district
Krempelsdorf	LOC.district
Kreuzbleiche	LOC.district
Kreuzheide	LOC.district
Kreuzkölln	LOC.district
Kreuzviertel	LOC.district
Kreyenbrück	LOC.district
Kriegenbrunn	LOC.district
Kriegsdorf	LOC.district
Kriegshaber	LOC.district
Krippendorf	LOC.district
Kroisbach	LOC.district
Kronenberg	LOC.district
Kronsberg	LOC.district
Kronsberg-Süd	LOC.district
Kronsburg	LOC.district
Kronsforde	LOC.district
Krontal	LOC.district
Kruckel	LOC.district
Krughütte	LOC.district
Krummenacker	LOC.district
Krummendorf	LOC.district
Krusenbusch	LOC.district
Kruununhaka	LOC.district
Krylatskoje	LOC.district
Kräherwald	LOC.district
Krämpfervorstadt	LOC.district
Kröllwitz	LOC.district
Kuchenheim	LOC.district
Kuhberg	LOC.district
Kuhlerkamp	LOC.district
Kuhviertel	LOC.district
Kullen	LOC.district
Kumpfmühl	LOC.district
Kumpfmühl-Ziegetsdorf-Neuprüll	LOC.district
Kunibertsviertel	LOC.district
Kunitz	LOC.district
Kunnerwitz	LOC.district
Kunzewo	LOC.district
Kupferdreh	LOC.district
Kuptschino	LOC.district
Kurl	LOC.district
Kurla	LOC.district
Kutenhausen	LOC.district
Kwai Chung	LOC.district
Kwun Tong	LOC.district
Kypseli	LOC.district
Käfertal	LOC.district
Kämmerzell	LOC.district
Kästorf	LOC.district
Kästrich	LOC.district
Köhlerberg	LOC.district
Köllnische Vorstadt	LOC.district
Königliche Weinberge	LOC.district
Königsbach	LOC.district
Königsborn	LOC.district
Königshardt	LOC.district
Königshufen	LOC.district
Königsstadt	LOC.district
Körne	LOC.district
Kücknitz	LOC.district
Küdinghoven	LOC.district
Kühnhausen	LOC.district
Küllenhahn	LOC.district
Küppersteg	LOC.district
Kürenz	LOC.district
Küçükçekmece	LOC.district
Kızılay	LOC.district
Kōtō	LOC.district
La Blécherette	LOC.district	Blécherette
La Boca	LOC.district
La Candelaria	LOC.district
La Castellane	LOC.district
La Chapelle	LOC.district
La Condesa	LOC.district
La Coudre	LOC.district
La Duchère	LOC.district
La Grande-Borne	LOC.district
La Joliette	LOC.district
La Jonction	LOC.district	Jonction
La Latina	LOC.district
La Mina	LOC.district
La Paillade	LOC.district
La Pontaise	LOC.district	Pontaise
La Praille	LOC.district	Praille
La Sallaz	LOC.district	Sallaz
La Villette	LOC.district
Laagberg	LOC.district
Laasan	LOC.district
Lachen-Vonwil	LOC.district
Lachta	LOC.district
Lachtehausen	LOC.district
Lackhausen	LOC.district
Ladbroke Grove	LOC.district
Ladebow	LOC.district
Laeken	LOC.district
Laimgrube	LOC.district
Laineck	LOC.district
Lajpat Nagar	LOC.district
Lakeview	LOC.district
Lambeth	LOC.district
Lamboy	LOC.district
Lamboy-Tümpelgarten	LOC.district
Lambrate	LOC.district
Landrain	LOC.district
Langebrück	LOC.district
Langendreer-Alter Bahnhof	LOC.district
Langenfelde	LOC.district
Langenholdinghausen	LOC.district
Langensand	LOC.district
Langerfeld	LOC.district
Langerfeld-Beyenburg	LOC.district
Langgass	LOC.district
Langstrassenquartier	LOC.district
Langwasser	LOC.district
Lannesdorf	LOC.district
Las Condes	LOC.district
Las Mercedes	LOC.district
Las Tres Mil Viviendas	LOC.district
Lasnamäe	LOC.district
Lastarria	LOC.district
Laubegast	LOC.district
Lauchhau	LOC.district
Laufamholz	LOC.district
Laurel Canyon	LOC.district
Laurensberg	LOC.district
Laurenzergrund	LOC.district
Lausa	LOC.district
Lausen-Grünau	LOC.district
Lauterborn	LOC.district
Lavapiés	LOC.district
Laxten	LOC.district
Le Flon	LOC.district	Flon
Le Grand Parc	LOC.district
Le Marais	LOC.district	Marais
Le Mirail	LOC.district
Le Panier	LOC.district
Le Val-Fourré	LOC.district
Lebenstedt	LOC.district
Leblon	LOC.district
Lechhausen	LOC.district
Lechhausen-Ost	LOC.district
Lechhausen-Süd	LOC.district
Lechhausen-West	LOC.district
Lechviertel	LOC.district
Ledeburg	LOC.district
Lederberg	LOC.district
Lefortowo	LOC.district
Legefeld	LOC.district
Lehenmatt	LOC.district
Lehenviertel	LOC.district
Leherheide	LOC.district
Lehesterdeich	LOC.district
Lehmheide	LOC.district
Lehmkuhle	LOC.district
Lehndorf-Watenbüttel	LOC.district
Lehnerz	LOC.district
Lehnleite	LOC.district
Leineberg	LOC.district
Leipziger Vorstadt	LOC.district
Leiselheim	LOC.district
Leith	LOC.district
Leithe	LOC.district
Lembeck	LOC.district
Lemsahl	LOC.district
Lemsdorf	LOC.district
Lendersdorf	LOC.district
Lendviertel	LOC.district
Lengde	LOC.district
Lengsdorf	LOC.district
Lenkerbeck	LOC.district
Lennep	LOC.district
Lenzfried	LOC.district
Leopoldskron	LOC.district
Leopoldskron-Moos	LOC.district
Leoprechting	LOC.district
Lerchenau	LOC.district
Lerchenberg	LOC.district
Lerchesberg	LOC.district
Les Acacias	LOC.district	Acacias
Les Bosquets	LOC.district
Les Eaux-Vives	LOC.district	Eaux-Vives
Les Grottes	LOC.district	Grottes
Les Halles	LOC.district
Les Izards	LOC.district
Les Minguettes	LOC.district
Les Olympiades	LOC.district
Les Pâquis	LOC.district	Pâquis
Les Tarterêts	LOC.district
Lesse	LOC.district
Lessenich	LOC.district
Lessenich/Meßdorf	LOC.district
Lesum	LOC.district
Leteln	LOC.district
Letmathe	LOC.district
Letná	LOC.district
Leubas	LOC.district
Leubnitz-Neuostra	LOC.district
Leutewitz	LOC.district
Leutra	LOC.district
Leutschenbach	LOC.district
Leutzsch	LOC.district
Lewisham	LOC.district
Lewobereschnyj	LOC.district
Leyh	LOC.district
Leyton	LOC.district
Leytonstone	LOC.district
Liberdade	LOC.district
Liberty City	LOC.district
Lichtenbroich	LOC.district
Lichtenbusch	LOC.district
Lichtendorf	LOC.district
Lichtenhof	LOC.district
Lichtenplatz	LOC.district
Lichtental	LOC.district
Lichterfelde Ost	LOC.district
Lichterfelde West	LOC.district
Lichtscheid	LOC.district
Liebefeld	LOC.district
Liebersbronn	LOC.district
Liebertwolkwitz	LOC.district
Liebethal	LOC.district
Liefering	LOC.district
Lierenfeld	LOC.district
Limehouse	LOC.district
Limete	LOC.district
Limperich	LOC.district
Lincoln-Siedlung	LOC.district
Lindach	LOC.district
Linden-Limmer	LOC.district
Lindental	LOC.district
Linderbach	LOC.district
Lindleinsmühle	LOC.district
Lingotto	LOC.district
Links der Wertach	LOC.district
Linsebühl	LOC.district
Lintert	LOC.district
Lintorf	LOC.district
Lipperode	LOC.district
Lipótváros	LOC.district
Lirich	LOC.district
Lirich-Nord	LOC.district
Lirich-Süd	LOC.district
Littenweiler	LOC.district
Little Haiti	LOC.district
Little Havana	LOC.district
Little India	LOC.district
Little Italy	LOC.district
Little Village	LOC.district
Ljublino	LOC.district
Lobeda-Ost	LOC.district
Lobeda-West	LOC.district
Lobmachtersen	LOC.district
Lochtum	LOC.district
Lockhausen	LOC.district
Lockwitz	LOC.district
Loddenheide	LOC.district
Lohausen	LOC.district
Lohauserholz	LOC.district
Lokstadt	LOC.district
Londoner City	LOC.district
Loretto-Areal	LOC.district
Los Feliz	LOC.district
Lossow	LOC.district
Lower East Side	LOC.district
Lower Manhattan	LOC.district
Lower Ninth Ward	LOC.district
Lowick	LOC.district
Loxbaum	LOC.district
Loßbruch	LOC.district
Ludwigsdorf	LOC.district
Ludwigsfeld	LOC.district
Ludwigshöhviertel	LOC.district
Luginsland	LOC.district
Luisenviertel	LOC.district
Lujiazui	LOC.district
Lukjaniwka	LOC.district
Lusan-Brüte	LOC.district
Lusan-Laune	LOC.district
Lusan-Zentrum	LOC.district
Lustheide	LOC.district
Lustnau	LOC.district
Lutherviertel	LOC.district
Luzenberg	LOC.district
Lyari	LOC.district
Lypky	LOC.district
Lämershagen	LOC.district
Lämershagen-Gräfinghagen	LOC.district
Lämmchesberg	LOC.district
Länggasse	LOC.district
Länggasse-Felsenau	LOC.district
Löbervorstadt	LOC.district
Löbstedt	LOC.district
Lörick	LOC.district
Lössel	LOC.district
Löttringhausen	LOC.district
Lößnig	LOC.district
Lückerath	LOC.district
Lücklemberg	LOC.district
Lüdermünd	LOC.district
Lünern	LOC.district
Lüntenbeck	LOC.district
Lürlibad	LOC.district
Lürrip	LOC.district
Lüssum-Bockhorn	LOC.district
Lüstringen	LOC.district
Lütten Klein	LOC.district
Lüttringhausen	LOC.district
Lützel	LOC.district
Lützellinden	LOC.district
Lützelmatt	LOC.district
Lützenkirchen	LOC.district
Lützeroda	LOC.district
Lützschena	LOC.district
Lützschena-Stahmeln	LOC.district
L’Ariane	LOC.district
L’Estaque	LOC.district
Maadi	LOC.district
Maberzell	LOC.district
Madlow	LOC.district
Madretsch	LOC.district
Madureira	LOC.district
Magdalenengrund	LOC.district
Maghasi	LOC.district
Magniviertel	LOC.district
Mahlsdorf-Süd	LOC.district
Mahndorf	LOC.district
Maiach	LOC.district
Maichingen	LOC.district
Maida Vale	LOC.district
Maihof	LOC.district
Maihälden	LOC.district
Mainviertel	LOC.district
Mainz-Amöneburg	LOC.district
Mainz-Kastel	LOC.district
Mainz-Kostheim	LOC.district
Majorstuen	LOC.district
Makartviertel	LOC.district
Makati	LOC.district
Malabar Hill	LOC.district
Malad	LOC.district
Malagnou	LOC.district
Malasaña	LOC.district
Malate	LOC.district
Malkes	LOC.district
Malley	LOC.district
Malschendorf	LOC.district
Malstatt	LOC.district
Malá Strana	LOC.district	Kleinseite
Mamak	LOC.district
Mamelodi	LOC.district
Mamilla	LOC.district
Manegg	LOC.district
Manfort	LOC.district
Mangenberg	LOC.district
Manheim	LOC.district
Mannhof	LOC.district
Manschiyat Nasser	LOC.district
Manzell	LOC.district
Mapo	LOC.district
Mar Mikhael	LOC.district
Marais	LOC.district
Marbachshöhe	LOC.district
Marcory	LOC.district
Margaretenau	LOC.district
Margarethenhöhe	LOC.district
Marghera	LOC.district
Maria Einsiedel	LOC.district
Maria Gail	LOC.district
Marianao	LOC.district
Mariaweiler	LOC.district
Marienborn	LOC.district
Marienbrunn	LOC.district
Marienburger Höhe	LOC.district
Marienloh	LOC.district
Marienrode	LOC.district
Marina Bay	LOC.district
Marina-Quartier	LOC.district
Marjino	LOC.district
Markendorf	LOC.district
Markgrafenheide	LOC.district
Marolles	LOC.district
Marsdorf	LOC.district
Marsfeld	LOC.district
Martiniviertel	LOC.district
Martinsviertel	LOC.district
Martissant	LOC.district
Marunouchi	LOC.district
Marxloh	LOC.district
Marylebone	LOC.district
Marzahn-Mitte	LOC.district
Marzahn-Nord	LOC.district
Marzahn-Süd	LOC.district
Marzili	LOC.district
Maré	LOC.district
Masans	LOC.district
Maslak	LOC.district
Mastbruch	LOC.district
Mataderos	LOC.district
Matariya	LOC.district
Mathare	LOC.district
Mathildenhof	LOC.district
Mathildenhöhe	LOC.district
Mathildenviertel	LOC.district
Matonge	LOC.district
Mattenbach	LOC.district
Mattenberg	LOC.district
Mattenhof	LOC.district
Mattenhof-Weissenbühl	LOC.district
Mattheck	LOC.district
Matthof	LOC.district
Matzenried	LOC.district
Matzleinsdorf	LOC.district
Maua	LOC.district
Maudach	LOC.district
Maupas	LOC.district
Mauritz	LOC.district
Mauritz-Mitte	LOC.district
Mauritz-Ost	LOC.district
Mauritz-West	LOC.district
Mawasi	LOC.district	Al-Mawasi
Maxfeld	LOC.district
Maxglan	LOC.district
Maxglan-West	LOC.district
Mayfair	LOC.district
Mea Schearim	LOC.district
Mea She’arim	LOC.district	Mea Schearim
Meatpacking District	LOC.district
Mecklenbeck	LOC.district
Medenbach	LOC.district
Medewege	LOC.district
MedienHafen	LOC.district	Medienhafen
Medienhafen	LOC.district
Medinghoven	LOC.district
Meguro	LOC.district
Mehlem	LOC.district
Meiderich/Beeck	LOC.district
Meiendorf	LOC.district
Meigen	LOC.district
Meimersdorf	LOC.district
Meinau	LOC.district
Meindorf	LOC.district
Meinsdorf	LOC.district
Meiswinkel	LOC.district
Melaten	LOC.district
Melchendorf	LOC.district
Mellinghofen	LOC.district
Mellingstedt	LOC.district
Melm	LOC.district
Menden-Holthausen	LOC.district
Menidi	LOC.district
Mennrath	LOC.district
Menteng	LOC.district
Menterschwaige	LOC.district
Mentlberg	LOC.district
Merbitz	LOC.district
Merkato	LOC.district
Merklinde	LOC.district
Merksem	LOC.district
Merscheid	LOC.district
Mertonviertel	LOC.district
Messendorf	LOC.district
Mesum	LOC.district
Mettenhof	LOC.district
Meusdorf	LOC.district
Meußlitz	LOC.district
Meyenfeld	LOC.district
Meyernberg	LOC.district
Mezzeh	LOC.district
Meßbach	LOC.district
Meßdorf	LOC.district
Michelbeuern	LOC.district
Michelsberg	LOC.district
Mid-Levels	LOC.district
Midtown	LOC.district
Midtown Manhattan	LOC.district
Mierendorff-Insel	LOC.district
Milbitz	LOC.district
Milchweg	LOC.district
Mildensee	LOC.district
Mile End	LOC.district
Miltitz	LOC.district
Minderheide	LOC.district
Minhang	LOC.district
Mintard	LOC.district
Mirafiori	LOC.district
Miraflores	LOC.district
Mirke	LOC.district
Mirpur	LOC.district
Misburg-Anderten	LOC.district
Mitchells Plain	LOC.district
Mitino	LOC.district
Mittelbach	LOC.district
Mittelbuchen	LOC.district
Mittelhausen	LOC.district
Mittelmeiderich	LOC.district
Mittelshuchting	LOC.district
Mittelwiehre	LOC.district
Mittersendling	LOC.district
Mjølnerparken	LOC.district
Mobschatz	LOC.district
Mockau	LOC.district
Mockau-Nord	LOC.district
Mockau-Süd	LOC.district
Mockritz	LOC.district
Mohandessin	LOC.district
Moischt	LOC.district
Moisling	LOC.district
Moitzfeld	LOC.district
Mokattam	LOC.district
Moldawanka	LOC.district
Molenbeek	LOC.district
Molenbeek-Saint-Jean	LOC.district
Molino Nuovo	LOC.district
Molschd	LOC.district	Malstatt
Molsdorf	LOC.district
Mombach	LOC.district
Monastiraki	LOC.district
Monbijou	LOC.district
Monckeshof	LOC.district
Mondello	LOC.district
Mong Kok	LOC.district
Mongkok	LOC.district	Mong Kok
Montblesson	LOC.district
Montchoisi	LOC.district
Monte Carlo	LOC.district	Monte-Carlo
Montelly	LOC.district
Monteverde	LOC.district
Montoie	LOC.district
Montparnasse	LOC.district
Montriond	LOC.district
Montsouris	LOC.district
Moorenbrunn	LOC.district
Moorgarten	LOC.district
Moorsee	LOC.district
Moorwerder	LOC.district
Mooswald	LOC.district
Mooswald-Ost	LOC.district
Mooswald-West	LOC.district
Morgenleite	LOC.district
Morgensternsheide	LOC.district
Morillenhang	LOC.district
Morlautern	LOC.district
Morningside	LOC.district
Morumbi	LOC.district
Morzg	LOC.district
Moselweiß	LOC.district
Mosigkau	LOC.district
Moskauer Platz	LOC.district
Moss Side	LOC.district
Motijheel	LOC.district
Mouraria	LOC.district
Mousquines	LOC.district
Mtazminda	LOC.district
Muadamija	LOC.district
Mueß	LOC.district
Mueßer Holz	LOC.district
Muffendorf	LOC.district
Muffet	LOC.district
Muggenhof	LOC.district
Mulang	LOC.district
Mundenheim	LOC.district
Mundenhof	LOC.district
Munscheid	LOC.district
Munzingen	LOC.district
Murfeld	LOC.district
Murifeld	LOC.district
Murray Hill	LOC.district
Mushin	LOC.district
Musikerviertel	LOC.district
Musikviertel	LOC.district
Muslimisches Viertel	LOC.district
Mussum	LOC.district
Muswell Hill	LOC.district
Mußbach	LOC.district
Myeongdong	LOC.district
Mähringen	LOC.district
Méier	LOC.district
Ménilmontant	LOC.district
Mériadeck	LOC.district
Möbisburg	LOC.district
Möbisburg-Rhoda	LOC.district
Mödrath	LOC.district
Mögeldorf	LOC.district
Möhringen	LOC.district
Mölkau	LOC.district
Mölschbach	LOC.district
Mönchfeld	LOC.district
Mörlheim	LOC.district
Mörse	LOC.district
Mörsenbroich	LOC.district
Mörzheim	LOC.district
Mötzlich	LOC.district
Mühlburg	LOC.district
Mülfort	LOC.district
Mülldorf	LOC.district
Müllekoven	LOC.district
Mülln	LOC.district
Münchenroda	LOC.district
Münchfeld	LOC.district
Münchheide	LOC.district
Münchholzhausen	LOC.district
Münchnerau	LOC.district
Mündelheim	LOC.district
Münichholz	LOC.district
Mürwik	LOC.district
Müschede	LOC.district
Nabi Junis	LOC.district
Nadorst	LOC.district
Nagatacho	LOC.district	Nagatachō
Nagatachō	LOC.district
Nahmer	LOC.district
Nahne	LOC.district
Namba	LOC.district
Nariman Point	LOC.district
Narmak	LOC.district
Nasr City	LOC.district
Nauborn	LOC.district
Nauener Vorstadt	LOC.district
Naurod	LOC.district
Naußlitz	LOC.district
Navigli	LOC.district
Navy Yard	LOC.district
Neasden	LOC.district
Neckarau	LOC.district
Neckarbogen	LOC.district
Neckargartach	LOC.district
Neckarstadt	LOC.district
Neckarstadt-Ost	LOC.district
Neckarstadt-West	LOC.district
Neckarvorstadt	LOC.district
Neckarweihingen	LOC.district
Nedlitz	LOC.district
Neindorf	LOC.district
Nerima	LOC.district
Nerotal	LOC.district
Nettelnburg	LOC.district
Netzstall	LOC.district
Neu Fahrland	LOC.district
Neu Olvenstedt	LOC.district
Neu Zippendorf	LOC.district
Neu-Arzl	LOC.district
Neu-Kagran	LOC.district
Neu-Oerlikon	LOC.district
Neu-Schmellwitz	LOC.district
Neu-Tannenbusch	LOC.district
Neu-Tempelhof	LOC.district
Neu-Weißensee	LOC.district
Neu-Westend	LOC.district
Neuasseln	LOC.district
Neubad	LOC.district
Neuberesinchen	LOC.district
Neudorf-Nord	LOC.district
Neudorf-Süd	LOC.district
Neue Mitte	LOC.district
Neue Mitte Altona	LOC.district
Neue Territorien	LOC.district	New Territories
Neue Vahr	LOC.district
Neue Vahr Nord	LOC.district
Neue Vahr Süd	LOC.district
Neue Vahr Südost	LOC.district
Neuenbeken	LOC.district
Neuenberg	LOC.district
Neuende	LOC.district
Neuengroden	LOC.district
Neuenheim	LOC.district
Neuenheimer Feld	LOC.district
Neuenhäusen	LOC.district
Neuenkamp	LOC.district
Neuenwege	LOC.district
Neuessling	LOC.district
Neueßling	LOC.district	Neuessling
Neuforstenried	LOC.district
Neugereut	LOC.district
Neugraben	LOC.district
Neugruna	LOC.district
Neuharlaching	LOC.district
Neuhegi	LOC.district
Neuhermsheim	LOC.district
Neulerchenfeld	LOC.district
Neulindenau	LOC.district
Neulobeda	LOC.district
Neumühl	LOC.district
Neumühlen-Dietrichsdorf	LOC.district
Neunhof	LOC.district
Neuostheim	LOC.district
Neuostheim/Neuhermsheim	LOC.district
Neuostra	LOC.district
Neuplanitz	LOC.district
Neuprüll	LOC.district
Neurath	LOC.district
Neureut	LOC.district
Neuschwabing	LOC.district
Neuschönefeld	LOC.district
Neuselsbrunn	LOC.district
Neuses	LOC.district
Neusimmering	LOC.district
Neustadt-Neuschönefeld	LOC.district
Neustadtviertel	LOC.district
Neustädter Feld	LOC.district
Neustädter See	LOC.district
Neuweier	LOC.district
Neuwerk-Mitte	LOC.district
Neuwirtshaus	LOC.district
Neve Jaakov	LOC.district
Neve Schaanan	LOC.district
Neve Sha’anan	LOC.district	Neve Schaanan
Neve Tzedek	LOC.district
Neviges	LOC.district
New Cross	LOC.district
New Territories	LOC.district
Newham	LOC.district
Ngaliema	LOC.district
Niavaran	LOC.district
Nibelungenviertel	LOC.district
Nickern	LOC.district
Niederaden	LOC.district
Niederaußem	LOC.district
Niederberg	LOC.district
Niederbieber	LOC.district
Niederbottigen	LOC.district
Niederbüssau	LOC.district
Niederdornberg-Deppendorf	LOC.district
Niedereimer	LOC.district
Niederforstbach	LOC.district
Niedergirmes	LOC.district
Niedergrunstedt	LOC.district
Niederkaina	LOC.district
Niedernissa	LOC.district
Niederplanitz	LOC.district
Niederpleis	LOC.district
Niederpoyritz	LOC.district
Niederschelden	LOC.district
Niederscherli	LOC.district
Niedersedlitz	LOC.district
Niedersetzen	LOC.district
Niederuster	LOC.district
Niederwartha	LOC.district
Niederzwehren	LOC.district
Niehorst	LOC.district
Niesig	LOC.district
Nietleben	LOC.district
Nieuw-West	LOC.district
Nievenheim	LOC.district
Nikaia	LOC.district
Nikolausberg	LOC.district
Nilkheim	LOC.district
Nirm	LOC.district
Nizamuddin	LOC.district
Nişantaşı	LOC.district
NoHo	LOC.district
Noailles	LOC.district
Nob Hill	LOC.district
Nofels	LOC.district
Noithausen	LOC.district
Nolita	LOC.district
Nonntal	LOC.district
Nord-Holland	LOC.district
Nord-Neukölln	LOC.district
Nord-Saltiwka	LOC.district
Nord/Hemshof	LOC.district
Nordbahnviertel	LOC.district
Norddinker	LOC.district
Nordhaide	LOC.district
Nordlünen	LOC.district
Nordshausen	LOC.district
Nordstadt-Schunteraue	LOC.district
Nordsteimke	LOC.district
Nordviertel	LOC.district
Nordwest	LOC.district
Nordweststadt	LOC.district
Norf	LOC.district
Norrmalm	LOC.district
North Beach	LOC.district
North Point	LOC.district
Notkersegg	LOC.district
Notting Hill	LOC.district
Nowa Huta	LOC.district
Nowawes	LOC.district
Nuhnen	LOC.district
Nuseirat	LOC.district
Nusle	LOC.district
Nußberg	LOC.district
Nyanga	LOC.district
Nymphenburg	LOC.district
Nächstebreck	LOC.district
Nördliche Neustadt	LOC.district
Nørrebro	LOC.district
Nümmen	LOC.district
Nützenberg	LOC.district
O-Dorf	LOC.district	Olympisches Dorf
Ober-Erlenbach	LOC.district
Ober-Eschbach	LOC.district
Ober-Laa	LOC.district	Oberlaa
Oberalfingen	LOC.district
Oberaußem	LOC.district
Oberbarmen	LOC.district
Oberbieber	LOC.district
Oberbilk	LOC.district
Oberbottigen	LOC.district
Oberbüssau	LOC.district
Obercastrop	LOC.district
Oberdöbling	LOC.district
Oberdümpten	LOC.district
Oberdürrbach	LOC.district
Obereschach	LOC.district
Oberesslingen	LOC.district
Obereving	LOC.district
Oberforstbach	LOC.district
Oberfürberg	LOC.district
Obergrund	LOC.district
Obergrüne	LOC.district
Oberhaunstadt	LOC.district
Oberhausen-Nord	LOC.district
Oberhausen-Süd	LOC.district
Oberhohndorf	LOC.district
Oberisling	LOC.district
Oberisling-Graß	LOC.district
Oberkampf	LOC.district
Oberkonnersreuth	LOC.district
Oberlar	LOC.district
Oberlohberg	LOC.district
Oberlosa	LOC.district
Obermarxloh	LOC.district
Obermeiderich	LOC.district
Obermeidling	LOC.district
Oberneuland	LOC.district
Oberplanitz	LOC.district
Oberpoyritz	LOC.district
Oberrahmede	LOC.district
Oberreut	LOC.district
Oberrode	LOC.district
Oberrothenbach	LOC.district
Oberschelden	LOC.district
Obersetzen	LOC.district
Obertürkheim	LOC.district
Oberuster	LOC.district
Obervieland	LOC.district
Oberwachwitz	LOC.district
Oberwangen	LOC.district
Oberwartha	LOC.district
Oberweimar	LOC.district
Oberwerth	LOC.district
Oberwiehre	LOC.district
Oberwinterthur	LOC.district
Oberwöhr	LOC.district
Oberzwehren	LOC.district
Obolon	LOC.district
Obrighoven	LOC.district
Obstberg	LOC.district
Ochta	LOC.district
Ochtmissen	LOC.district
Ockershausen	LOC.district
Ockerwitz	LOC.district
Odaiba	LOC.district
Odenkirchen	LOC.district
Odenkirchen-Mitte	LOC.district
Odenkirchen-West	LOC.district
Oedeme	LOC.district
Oege	LOC.district
Oeventrop	LOC.district
Ofenerdiek	LOC.district
Ofenerfeld	LOC.district
Oferdingen	LOC.district
Oggersheim	LOC.district
Oggersheim-West	LOC.district
Ohlendorf	LOC.district
Ohlenhof	LOC.district
Ohler	LOC.district
Ohlhof	LOC.district
Ohligs/Aufderhöhe/Merscheid	LOC.district
Ohlstedt	LOC.district
Ohmenhausen	LOC.district
Ohmstede	LOC.district
Okhla	LOC.district
Okmeydanı	LOC.district
Olaya	LOC.district
Old Delhi	LOC.district	Alt-Delhi
Oldenfelde	LOC.district
Oldentrup	LOC.district
Oleksijiwka	LOC.district
Olewig	LOC.district
Oliwa	LOC.district
Oltrarno	LOC.district
Olvenstedt	LOC.district
Olympiadorf	LOC.district
Olympisches Dorf	LOC.district
Omonia	LOC.district
Omotesandō	LOC.district
Omsewitz	LOC.district
Onkel-Tom-Siedlung	LOC.district
Opfingen	LOC.district
Oppau	LOC.district
Oppum-Linn	LOC.district
Orange Farm	LOC.district
Orangi	LOC.district
Orchard Road	LOC.district
Orken	LOC.district
Orsbach	LOC.district
Orschel-Hagen	LOC.district
Osendorf	LOC.district
Oshodi	LOC.district
Oslebshausen	LOC.district
Osokorky	LOC.district
Ost-Aleppo	LOC.district
Ost-Belfast	LOC.district	Ostbelfast
Ost-Mossul	LOC.district	Ostmossul
Ostaleppo	LOC.district	Ost-Aleppo
Ostankino	LOC.district
Ostbelfast	LOC.district
Ostenviertel	LOC.district
Osterfeld	LOC.district
Osterfeuerberg	LOC.district
Osterlinde	LOC.district
Osternburg	LOC.district
Ostersbaum	LOC.district
Ostertor	LOC.district
Ostiense	LOC.district
Ostmossul	LOC.district
Ostorf	LOC.district
Ostseeviertel	LOC.district
Osttünnen	LOC.district
Ostviertel	LOC.district
Ottelau	LOC.district
Ottenhausen	LOC.district
Ottersleben	LOC.district
Ouchy	LOC.district
Oud-West	LOC.district
Oud-Zuid	LOC.district
Ouzai	LOC.district
Overbruch	LOC.district
Overhagen	LOC.district
Overtown	LOC.district
Oßweil	LOC.district
Pacific Palisades	LOC.district
Paddington	LOC.district
Paffendorf	LOC.district
Paffrath	LOC.district
Paharganj	LOC.district
Pallien	LOC.district
Palmbach	LOC.district
Palmersheim	LOC.district
Pangrati	LOC.district
Papenhausen	LOC.district
Pappritz	LOC.district
Paraisópolis	LOC.district
Parioli	LOC.district
Parkfeld	LOC.district
Parkhead	LOC.district
Parkinsel	LOC.district
Parkstadt Bogenhausen	LOC.district
Parkstadt Schwabing	LOC.district
Parque das Nações	LOC.district
Parsch	LOC.district
Part-Dieu	LOC.district
Partick	LOC.district
Pasdaran	LOC.district
Pasila	LOC.district
Passendorf	LOC.district
Passy	LOC.district
Pathum Wan	LOC.district
Patissia	LOC.district
Patpong	LOC.district
Patriching	LOC.district
Patrick-Henry-Village	LOC.district
Pattscheid	LOC.district
Paulusviertel	LOC.district
Paunsdorf	LOC.district
Pavenstädt	LOC.district
Pechau	LOC.district
Pedralbes	LOC.district
Peez	LOC.district
Pelham Bay	LOC.district
Pelkum	LOC.district
Pempelfort	LOC.district
Pendik	LOC.district
Penn Quarter	LOC.district
Pennenfeld	LOC.district
Pennrich	LOC.district
Per-Albin-Hansson-Siedlung	LOC.district
Perama	LOC.district
Perau	LOC.district
Peressyp	LOC.district
Pernau	LOC.district
Perowo	LOC.district
Persebeck	LOC.district
Peterswerder	LOC.district
Petit-Saconnex	LOC.district
Petite France	LOC.district
Petrisberg	LOC.district
Petriviertel	LOC.district
Petrogradskaja Storona	LOC.district
Petržalka	LOC.district
Petschersk	LOC.district
Pettenhofen	LOC.district
Pfaffendorf	LOC.district
Pfaffendorfer Höhe	LOC.district
Pfaffengrund	LOC.district
Pfalzel	LOC.district
Pfeddersheim	LOC.district
Pfersee	LOC.district
Pfersee-Nord	LOC.district
Pfersee-Süd	LOC.district
Pfiffligheim	LOC.district
Pfingstberg	LOC.district
Pfingstweide	LOC.district
Pflugfelden	LOC.district
Pfrondorf	LOC.district
Philippinenhof	LOC.district
Philippinenhof-Warteberg	LOC.district
Phoenix-Viertel	LOC.district
Piassa	LOC.district
Pichelsberg	LOC.district
Pichelsdorf	LOC.district
Pichelswerder	LOC.district
Pieschen	LOC.district
Pieschen-Nord	LOC.district
Pieschen-Süd	LOC.district
Pigalle	LOC.district
Pigneto	LOC.district
Pillenreuth	LOC.district
Pimlico	LOC.district
Pingsdorf	LOC.district
Pinheiros	LOC.district
Pioneer Park	LOC.district
Pirnaische Vorstadt	LOC.district
Pisgat Seew	LOC.district
Pisgat Ze’ev	LOC.district	Pisgat Seew
Piusviertel	LOC.district
Pivitsheide	LOC.district
Piwnitschna Saltiwka	LOC.district
Pjatychatky	LOC.district
Place d’Italie	LOC.district
Plagwitz	LOC.district
Plaine Saint-Denis	LOC.district
Plainpalais	LOC.district
Plaka	LOC.district
Planena	LOC.district
Planig	LOC.district
Planitz	LOC.district
Plateau Mont-Royal	LOC.district
Plaußig	LOC.district
Plaußig-Portitz	LOC.district
Pleich	LOC.district
Plieningen	LOC.district
Pliensauvorstadt	LOC.district
Plittersdorf	LOC.district
Pluggendorf	LOC.district
Poblenou	LOC.district
Podemus	LOC.district
Podgórze	LOC.district
Podil	LOC.district
Polsum	LOC.district
Pongs	LOC.district
Pontaise	LOC.district
Pontviertel	LOC.district
Poppelsdorf	LOC.district
Poppenreuth	LOC.district
Poppenweiler	LOC.district
Porta Garibaldi	LOC.district
Porta Nuova	LOC.district
Porta Romana	LOC.district
Porta Venezia	LOC.district
Porte Maillot	LOC.district
Porte de Clignancourt	LOC.district
Porte de la Chapelle	LOC.district
Portitz	LOC.district
Portobello	LOC.district
Portugiesenviertel	LOC.district
Posnjaky	LOC.district
Potsdam West	LOC.district
Potsdam-West	LOC.district	Potsdam West
Praga-Nord	LOC.district
Praga-Süd	LOC.district
Prager Altstadt	LOC.district
Prager Neustadt	LOC.district
Praille	LOC.district
Prati	LOC.district
Preißelpöhl	LOC.district
Prenzlberg	LOC.district	Prenzlauer Berg
Presnja	LOC.district
Prester	LOC.district
Preuswald	LOC.district
Preußisches Viertel	LOC.district
Pries-Friedrichsort	LOC.district
Primavalle	LOC.district
Primrose Hill	LOC.district
Prinz-Eugen-Park	LOC.district
Priorei	LOC.district
Probstheida	LOC.district
Prohlis	LOC.district
Prohlis-Nord	LOC.district
Prohlis-Süd	LOC.district
Projensdorf	LOC.district
Prélaz	LOC.district
Príncipe Real	LOC.district
Prüfening	LOC.district
Psiri	LOC.district
Pudong	LOC.district
Puerta del Ángel	LOC.district
Puerto Madero	LOC.district
Punavuori	LOC.district
Purvciems	LOC.district
Putney	LOC.district
Puxi	LOC.district
Pye	LOC.district
Pâquis	LOC.district
Pérolles	LOC.district
Pétion-Ville	LOC.district
Pölbitz	LOC.district
Pöppendorf	LOC.district
Pöppinghausen	LOC.district
Pöseldorf	LOC.district
Pöstlingberg	LOC.district
Pützchen	LOC.district
Pützchen/Bechlinghoven	LOC.district
Quadraro	LOC.district
Quadrath-Ichendorf	LOC.district
Quambusch	LOC.district
Quarry Bay	LOC.district
Quartieri Spagnoli	LOC.district
Quartiers Nord	LOC.district
Quarto Oggiaro	LOC.district
Queens	LOC.district
Queichheim	LOC.district
Quellberg	LOC.district
Querum	LOC.district
Quettingen	LOC.district
Raadt	LOC.district
Rabenberg	LOC.district
Rablinghausen	LOC.district
Radeberger Vorstadt	LOC.district
Raderach	LOC.district
Radewell	LOC.district
Radewell/Osendorf	LOC.district
Radewig	LOC.district
Rahser	LOC.district
Ramat Aviv	LOC.district
Ramat Schlomo	LOC.district	Ramat Shlomo
Ramat Shlomo	LOC.district
Rambach	LOC.district
Rammersweier	LOC.district
Ramot	LOC.district
Randau	LOC.district
Randau-Calenberge	LOC.district
Ranelagh	LOC.district
Rappenwört	LOC.district
Rappertshofen	LOC.district
Ras Beirut	LOC.district
Ras al-Amud	LOC.district
Rastpfuhl	LOC.district
Ratchaprasong	LOC.district
Rath/Heumar	LOC.district
Rathmines	LOC.district
Rauchfangswerder	LOC.district
Rauental	LOC.district
Rauher Kapf	LOC.district
Rauschwalde	LOC.district
Raval	LOC.district
Ravensberg	LOC.district
Realengo	LOC.district
Rebstockviertel	LOC.district
Rechavia	LOC.district
Rechts der Wertach	LOC.district
Recoleta	LOC.district
Red Hook	LOC.district
Reese-Park	LOC.district
Refrath	LOC.district
Rehavia	LOC.district	Rechavia
Rehhof	LOC.district
Rehnenhof	LOC.district
Reichelsdorf	LOC.district
Reichenbrand	LOC.district
Reicheneck	LOC.district
Reichenhain	LOC.district
Reick	LOC.district
Reideburg	LOC.district
Reiherstieg	LOC.district
Reiherstiegviertel	LOC.district
Reindorf	LOC.district
Reininghaus	LOC.district
Reinprechtsdorf	LOC.district
Reinshagen	LOC.district
Reisholz	LOC.district
Reislingen	LOC.district
Reitbahnviertel	LOC.district
Reißig	LOC.district
Rekum	LOC.district
Rellinghausen	LOC.district
Remderoda	LOC.district
Remmighausen	LOC.district
Renninghausen	LOC.district
Rentfort	LOC.district
Repelen	LOC.district
Reppner	LOC.district
Resse	LOC.district
Resser Mark	LOC.district
Rettmer	LOC.district
Retzen	LOC.district
Reudnitz	LOC.district
Reudnitz-Thonberg	LOC.district
Reusa	LOC.district
Reuschberge	LOC.district
Reuschenberg	LOC.district
Reussbühl	LOC.district
Reutershagen	LOC.district
Reutles	LOC.district
Rheidt-Hüchelhoven	LOC.district
Rheinau-Süd	LOC.district
Rheinauhafen	LOC.district
Rheindahlen	LOC.district
Rheindahlen-Land	LOC.district
Rheindahlen-Mitte	LOC.district
Rheindorf	LOC.district
Rheindürkheim	LOC.district
Rheinen	LOC.district
Rheinfeld	LOC.district
Rheingauviertel	LOC.district
Rheingauviertel/Hollerborn	LOC.district
Rheingönheim	LOC.district
Rheinhausen-Mitte	LOC.district
Rheinkamp	LOC.district
Rheinstrandsiedlung	LOC.district
Rheydt	LOC.district
Rhynern	LOC.district
Richardkiez	LOC.district
Richterich	LOC.district
Richtsberg	LOC.district
Ricketwil	LOC.district
Riddagshausen	LOC.district
Riemeke	LOC.district
Riemke	LOC.district
Riensberg	LOC.district
Rieselfeld	LOC.district
Rieth	LOC.district
Rietheim	LOC.district
Riethüsli	LOC.district
Rimal	LOC.district
Ringelbach	LOC.district
Ringelheim	LOC.district
Ringsee	LOC.district
Rinkeby	LOC.district
Rintheim	LOC.district
Rione Sanità	LOC.district
Rittershausen	LOC.district
Rittsteig	LOC.district
Ritzmannshof	LOC.district
Rixdorf	LOC.district
Rochwitz	LOC.district
Rocinha	LOC.district
Rockau	LOC.district
Rockaway	LOC.district
Rockershausen	LOC.district
Rodenbeck	LOC.district
Rodenhof	LOC.district
Rodgebiet	LOC.district
Roggendorf/Thenhoven	LOC.district
Rohracker	LOC.district
Roitzheim	LOC.district
Romaney	LOC.district
Rommelsbach	LOC.district
Ronhof	LOC.district
Ronsdorf	LOC.district
Roppongi	LOC.district
Roringen	LOC.district
Roschütz	LOC.district
Rosebank	LOC.district
Rosellen	LOC.district
Rosellerheide	LOC.district
Rosengård	LOC.district
Rosenhügel	LOC.district
Rossfeld	LOC.district
Rosterberg	LOC.district
Rote Insel	LOC.district
Rotenberg	LOC.district
Roter Berg	LOC.district
Roter Hahn	LOC.district
Rothe Erde	LOC.district
Rothebusch	LOC.district
Rothenditmold	LOC.district
Rothenfelde	LOC.district
Rothensee	LOC.district
Rothenturm	LOC.district
Rothneusiedl	LOC.district
Rotmonten	LOC.district
Rottenbauer	LOC.district
Rotterdam-Zuid	LOC.district
Rotthausen	LOC.district
Rottluff	LOC.district
Rottmannsdorf	LOC.district
Rottwerndorf	LOC.district
Rovéréaz	LOC.district
Roxbury	LOC.district
Roßthal	LOC.district
Rubitz	LOC.district
Rubljowka	LOC.district
Ruchheim	LOC.district
Ruckerlberg	LOC.district
Rudolfkiez	LOC.district
Rudolfsheim	LOC.district
Ruhleben	LOC.district
Ruhrort	LOC.district
Rumbachtal	LOC.district
Rumbeck	LOC.district
Rumeln	LOC.district
Rumeln-Kaldenhausen	LOC.district
Rummenohl	LOC.district
Rumpenheim	LOC.district
Rumphorst	LOC.district
Ruopigen	LOC.district
Rupelrath	LOC.district
Rusafa	LOC.district
Russafa	LOC.district	Ruzafa
Russee	LOC.district
Russian Hill	LOC.district
Rustendorf	LOC.district
Ruthenberg	LOC.district
Ruwer/Eitelsbach	LOC.district
Ruzafa	LOC.district
Rußhütte	LOC.district
Ružinov	LOC.district
Rákospalota	LOC.district
Räcknitz	LOC.district
Rähnitz	LOC.district
Rödgen	LOC.district
Röhlinghausen	LOC.district
Röhrsdorf	LOC.district
Röhrse	LOC.district
Röllinghausen	LOC.district
Rölsdorf	LOC.district
Römerschanze	LOC.district
Römerstadt	LOC.district
Rönnau	LOC.district
Rönne	LOC.district
Rönnebeck	LOC.district
Rönneter	LOC.district
Röpsen	LOC.district
Röthelheimpark	LOC.district
Röttgersbach	LOC.district
Rübenach	LOC.district
Rückmarsdorf	LOC.district
Rüdern	LOC.district
Rüdinghausen	LOC.district
Rühme	LOC.district
Rüngsdorf	LOC.district
Rüppurr	LOC.district
Rüstersiel	LOC.district
Rüstringen	LOC.district
Rüttenscheid	LOC.district
Saadat Abad	LOC.district
Saaleaue	LOC.district
Saarlandstraßenviertel	LOC.district
Saarn	LOC.district
Saas	LOC.district
Saatwinkel	LOC.district
Sablon	LOC.district
Saburtalo	LOC.district
Sachsendorf	LOC.district
Sacktannen	LOC.district
Sacrow	LOC.district
Saddar	LOC.district
Sadr City	LOC.district
Sadr-City	LOC.district	Sadr City
Safranberg	LOC.district
Saggen	LOC.district
Saint-Germain	LOC.district
Saint-Germain-des-Prés	LOC.district
Saint-Gervais	LOC.district
Saint-Gilles	LOC.district
Saint-Jean	LOC.district
Sajjida Zainab	LOC.district
Salbke	LOC.district
Salder	LOC.district
Sallaz	LOC.district
Sallern	LOC.district
Sallern-Gallingkofen	LOC.district
Salmannsdorf	LOC.district
Salomonsborn	LOC.district
Saltiwka	LOC.district
Salzburg-Süd	LOC.district
Salzenforst	LOC.district
Salzgitter-Bad	LOC.district
Salzmannshausen	LOC.district
Samoskworetschje	LOC.district
Sampierdarena	LOC.district
San Juan de Lurigancho	LOC.district
San Polo	LOC.district
San Salvario	LOC.district
San Telmo	LOC.district
San Ángel	LOC.district
Sandbochum	LOC.district
Sanderau	LOC.district
Sandhofen	LOC.district
Sandkamp	LOC.district
Sandow	LOC.district
Sandrain	LOC.district
Sandreuth	LOC.district
Sandton	LOC.district
Sandweiler	LOC.district
Sankt Arnual	LOC.district	St. Arnual
Sankt Fiden	LOC.district	St. Fiden
Sankt Mang	LOC.district
Sankt Marx	LOC.district	St. Marx
Sanlitun	LOC.district
Sant Gervasi	LOC.district
Santo Spirito	LOC.district
Sarjadje	LOC.district
Sarona	LOC.district
Sarıyer	LOC.district
Saspow	LOC.district
Sasserath	LOC.district
Satzkorn	LOC.district
Sauingen	LOC.district
Sayeda Zeinab	LOC.district
Sayyida Zaynab	LOC.district	Sajjida Zainab
Schaarbeek	LOC.district
Schaberg	LOC.district
Schaerbeek	LOC.district
Schafbrücke	LOC.district
Schafhof	LOC.district
Schafkoven	LOC.district
Schahr-e Nau	LOC.district
Schalke	LOC.district
Schalke-Nord	LOC.district
Schallershof	LOC.district
Schallmoos	LOC.district
Scharhof	LOC.district
Scharlinz	LOC.district
Schati	LOC.district
Schaumburgergrund	LOC.district
Schedewitz	LOC.district
Schedschaija	LOC.district
Scheich Dscharrah	LOC.district
Scheich Jarrah	LOC.district	Scheich Dscharrah
Scheich Maksud	LOC.district
Schelfwerder	LOC.district
Schelmengraben	LOC.district
Schelsen	LOC.district
Schemiran	LOC.district
Schepersfeld	LOC.district
Schepsdorf	LOC.district
Scherpenberg	LOC.district
Scherpur	LOC.district
Scheuren	LOC.district
Schevemoor	LOC.district
Schicksbaum	LOC.district
Schiefbahn	LOC.district
Schiffbek	LOC.district
Schiffdorferdamm	LOC.district
Schilderswijk	LOC.district
Schildesche	LOC.district
Schildgen	LOC.district
Schillerteich	LOC.district
Schinkel-Ost	LOC.district
Schlaatz	LOC.district
Schlachthofviertel	LOC.district
Schlauroth	LOC.district
Schlebusch	LOC.district
Schleckheim	LOC.district
Schleifweg	LOC.district
Schleußig	LOC.district
Schlichow	LOC.district
Schliern	LOC.district
Schloss Neuhaus	LOC.district	Schloß Neuhaus
Schloß Neuhaus	LOC.district
Schloß Ricklingen	LOC.district
Schloßchemnitz	LOC.district
Schlunzig	LOC.district
Schlutup	LOC.district
Schlößlesfeld	LOC.district
Schmachtendorf	LOC.district
Schmalegg	LOC.district
Schmarl	LOC.district
Schmedenstedt	LOC.district
Schmehausen	LOC.district
Schmellwitz	LOC.district
Schmira	LOC.district
Schmithof	LOC.district
Schmölderpark	LOC.district
Schnetzenhausen	LOC.district
Schniegling	LOC.district
Schnoorviertel	LOC.district
Scholven	LOC.district
Schonnebeck	LOC.district
Schoppershof	LOC.district
Schosshalde	LOC.district
Schottenfeld	LOC.district
Schotthock	LOC.district
Schreventeich	LOC.district
Schrievers	LOC.district
Schröck	LOC.district
Schröttinghausen	LOC.district
Schuafat	LOC.district
Schuala	LOC.district
Schubra	LOC.district
Schudschaija	LOC.district	Schedschaija
Schuir	LOC.district
Schukowka	LOC.district
Schullwitz	LOC.district
Schultendorf	LOC.district
Schuntersiedlung	LOC.district
Schwabelweis	LOC.district
Schwabing-Ost	LOC.district
Schwachhausen	LOC.district
Schwafheim	LOC.district
Schwarze Heide	LOC.district
Schwarzenmoor	LOC.district
Schwarzlackenau	LOC.district
Schwarzrheindorf	LOC.district
Schwarzrheindorf/Vilich-Rheindorf	LOC.district
Schweinau	LOC.district
Schweinheim	LOC.district
Schwerborn	LOC.district
Schwetzingerstadt	LOC.district
Schwetzingerstadt/Oststadt	LOC.district
Schwieringhausen	LOC.district
Schölerberg	LOC.district
Schöller-Dornap	LOC.district
Schönau-Nord	LOC.district
Schönböcken	LOC.district
Schönbühl	LOC.district
Schöneberger Insel	LOC.district
Schönefeld-Abtnaundorf	LOC.district
Schönefeld-Ost	LOC.district
Schönfeld-Weißig	LOC.district
Schönholz	LOC.district
Schötmar	LOC.district
Sea Point	LOC.district
Sebaldsbrück	LOC.district
Sechshaus	LOC.district
Seckenheim	LOC.district
Sedansberg	LOC.district
Seeben	LOC.district
Seelampur	LOC.district
Seelhorst	LOC.district
Seevorstadt	LOC.district
Seffent	LOC.district
Segendorf	LOC.district
Seidau	LOC.district
Seidnitz	LOC.district
Selbeck	LOC.district
Selbecke	LOC.district
Seligenthal	LOC.district
Selikum	LOC.district
Sellerhausen	LOC.district
Sellerhausen-Stünz	LOC.district
Selmigerheide	LOC.district
Senayan	LOC.district
Sendlinger Feld	LOC.district
Senefelderquartier	LOC.district
Sengwarden	LOC.district
Sennelager	LOC.district
Sennestadt	LOC.district
Sennhof	LOC.district
Sentier	LOC.district
Sentimatt	LOC.district
Sentrup	LOC.district
Seocho	LOC.district
Serach	LOC.district
Serrières	LOC.district
Servette	LOC.district
Servitenviertel	LOC.district
Setagaya	LOC.district
Seulbitz	LOC.district
Severinsviertel	LOC.district
Sevinghausen	LOC.district
Shaheen Bagh	LOC.district
Shankill	LOC.district
Shankill Road	LOC.district
Shar-e Naw	LOC.district	Schahr-e Nau
Shatin	LOC.district	Sha Tin
Sheikh Jarrah	LOC.district	Scheich Dscharrah
Sheikh Maqsoud	LOC.district	Scheich Maksud
Shejaiya	LOC.district	Schedschaija
Shemiran	LOC.district	Schemiran
Shepherds Bush	LOC.district	Shepherd’s Bush
Shepherd’s Bush	LOC.district
Sheridan-Park	LOC.district
Sheung Wan	LOC.district
Shibuya	LOC.district
Shijingshan	LOC.district
Shimokitazawa	LOC.district
Shinagawa	LOC.district
Shinjuku	LOC.district
Shinsekai	LOC.district
Shoreditch	LOC.district
Short Strand	LOC.district
Shuafat	LOC.district	Schuafat
Shubra	LOC.district	Schubra
Sickels	LOC.district
Sickingmühle	LOC.district
Sidi Moumen	LOC.district
Siebenbrunn	LOC.district
Siebeneick	LOC.district
Siebenhirten	LOC.district
Siebethsburg	LOC.district
Sieboldshöhe	LOC.district
Sief	LOC.district
Siegelbach	LOC.district
Sieglanger	LOC.district
Sieglar	LOC.district
Sieglitzhof	LOC.district
Siegmar	LOC.district
Sieker	LOC.district
Sielow	LOC.district
Sielsdorf	LOC.district
Siems	LOC.district
Silberhöhe	LOC.district
Sillenbuch	LOC.district
Silom	LOC.district
Silwan	LOC.district
Sincan	LOC.district
Sindorf	LOC.district
Sinsen	LOC.district
Sint-Gillis	LOC.district
Sint-Jans-Molenbeek	LOC.district
Sinthern	LOC.district
Sirnau	LOC.district
Sisli	LOC.district	Şişli
Skadow	LOC.district
Skid Row	LOC.district
Skolkowo	LOC.district
Skärholmen	LOC.district
Smíchov	LOC.district
SoHo	LOC.district
SoMa	LOC.district
Sodenmatt	LOC.district
Sodingen	LOC.district
Soers	LOC.district
Sohlbach	LOC.district
Soho	LOC.district
Sokolniki	LOC.district
Solarcity	LOC.district
Solingen-Mitte	LOC.district
Sollnitz	LOC.district
Solnzewo	LOC.district
Sololaki	LOC.district
Solomjanka	LOC.district
Somborn	LOC.district
Sommerrain	LOC.district
Sondelfingen	LOC.district
Songpa	LOC.district
Sonnborn	LOC.district
Sonnenhof	LOC.district
Sonnenhügel	LOC.district
Sonnwendviertel	LOC.district
Sorsum	LOC.district
Souk al-Dschuma	LOC.district
Souq al-Jumaa	LOC.district	Souk al-Dschuma
Sous-Gare	LOC.district
South Beach	LOC.district
South Bronx	LOC.district
South Central	LOC.district
South Kensington	LOC.district
South Los Angeles	LOC.district
Southmead	LOC.district
Southwark	LOC.district
Spaccanapoli	LOC.district
Spalen	LOC.district
Spallerhof	LOC.district
Spanisches Viertel	LOC.district
Spanish Harlem	LOC.district
Speckenbüttel	LOC.district
Speckhorn	LOC.district
Speldorf	LOC.district
Spexard	LOC.district
Spich	LOC.district
Spickel	LOC.district
Spickel-Herrenbach	LOC.district
Spielbrink	LOC.district
Spindlersfeld	LOC.district
Spitalacker	LOC.district
Spitalfields	LOC.district
Spitalhof	LOC.district
Sporbitz	LOC.district
Spork	LOC.district
Spork-Eichholz	LOC.district
Sprakel	LOC.district
Spremberger Vorstadt	LOC.district
Sprengelkiez	LOC.district
Springbach-Höfe	LOC.district
Späthsfelde	LOC.district
St John’s Wood	LOC.district
St Kilda	LOC.district
St. Arnual	LOC.district
St. Bernhardt	LOC.district
St. Fiden	LOC.district
St. Georgen-Nord	LOC.district
St. Georgen-Süd	LOC.district
St. Gertrud	LOC.district
St. Jobst	LOC.district
St. Johannis	LOC.district
St. John’s Wood	LOC.district	St John’s Wood
St. Jürgen	LOC.district
St. Lorenz Nord	LOC.district
St. Lorenz Süd	LOC.district
St. Magdalena	LOC.district
St. Magnus	LOC.district
St. Mang	LOC.district	Sankt Mang
St. Marx	LOC.district
St. Nikolaus	LOC.district
St. Sebald	LOC.district
St. Veit	LOC.district
Stachelhausen	LOC.district
Stadeln	LOC.district
Stadtamhof	LOC.district
Stadtfeld	LOC.district
Stadtfeld Ost	LOC.district
Stadtfeld West	LOC.district
Stadtmitte	LOC.district
Stadtweide	LOC.district
Stahldorf	LOC.district
Stahlhausen	LOC.district
Stahmeln	LOC.district
Stallberg	LOC.district
Stanmore	LOC.district
Steckfeld	LOC.district
Stedefreund	LOC.district
Stederdorf	LOC.district
Steele	LOC.district
Steenbek	LOC.district
Steenbek-Projensdorf	LOC.district
Steffensweg	LOC.district
Steimker Berg	LOC.district
Steimker Gärten	LOC.district
Steinbachtal	LOC.district
Steinbeckervorstadt	LOC.district
Steinbüchel	LOC.district
Steinbühl	LOC.district
Steinebrück	LOC.district
Steinhaldenfeld	LOC.district
Steinkuhl	LOC.district
Steintor	LOC.district
Steinweg-Pfaffenstein	LOC.district
Stelingen	LOC.district
Stelzendorf	LOC.district
Stenern	LOC.district
Stephaniviertel	LOC.district
Stephankiez	LOC.district
Sterkrade	LOC.district
Steterburg	LOC.district
Stetzsch	LOC.district
Steudach	LOC.district
Steuerwald	LOC.district
Stickgras	LOC.district
Stiddien	LOC.district
Stiebitz	LOC.district
Stieghorst	LOC.district
Stiepel	LOC.district
Stiftberg	LOC.district
Stifting	LOC.district
Stiftingtal	LOC.district
Stillhorn	LOC.district
Stodůlky	LOC.district
Stoke Newington	LOC.district
Stolzenfels	LOC.district
Stommeln	LOC.district
Stoppenberg	LOC.district
Storlach	LOC.district
Stotternheim	LOC.district
Stotzheim	LOC.district
Straberg	LOC.district
Stratum	LOC.district
Straubenzell	LOC.district
Straßdorf	LOC.district
Straßtrudering	LOC.district
Strecknitz	LOC.district
Streeterville	LOC.district
Strehlen	LOC.district
Striesen	LOC.district
Striesen-Ost	LOC.district
Striesen-Süd	LOC.district
Striesen-West	LOC.district
Strietwald	LOC.district
Strozzigrund	LOC.district
Strättligen	LOC.district
Ströbitz	LOC.district
Stuckenbusch	LOC.district
Studernheim	LOC.district
Stupferich	LOC.district
Stuthof	LOC.district
Stuttgart-Mitte	LOC.district
Stuttgart-Nord	LOC.district
Stuttgart-Süd	LOC.district
Stuttgart-West	LOC.district
Stuwerviertel	LOC.district
Styrum	LOC.district
Stöckach	LOC.district
Stöckacker	LOC.district
Stöckheim-Leiferde	LOC.district
Stötteritz	LOC.district
Stübbeken	LOC.district
Stühlinger	LOC.district
Stühlinger-Eschholz	LOC.district
Stünz	LOC.district
Stürzelberg	LOC.district
Stüttgen	LOC.district
Suchsdorf	LOC.district
Sudberg	LOC.district
Sudbrack	LOC.district
Sudenburg	LOC.district
Suderwich	LOC.district
Suderwick	LOC.district
Sudmerberg	LOC.district
Sudmühle	LOC.district
Suginami	LOC.district
Sukhumvit	LOC.district
Sukkari	LOC.district
Sultanahmet	LOC.district
Sulzer Siedlung	LOC.district
Sulzgries	LOC.district
Sumida	LOC.district
Surheide	LOC.district
Surulere	LOC.district
Sutthausen	LOC.district
Sutum	LOC.district
Swjatoschyn	LOC.district
Sébeillon	LOC.district
Sécheron	LOC.district
Söbrigen	LOC.district
Söflingen	LOC.district
Söllmnitz	LOC.district
Süchteln	LOC.district
Süderelbe	LOC.district
Südervorstadt	LOC.district
Südliche Neustadt	LOC.district
Südostviertel	LOC.district
Südstadt-Bult	LOC.district
Südviertel	LOC.district
Südvorstadt	LOC.district
Südweststadt	LOC.district
Sülzegrund	LOC.district
Sümmern	LOC.district
Sündersbühl	LOC.district
Sünderup	LOC.district
Süsterfeld	LOC.district
Süsterfeld-Helleböhn	LOC.district
Tablat	LOC.district
Tackenberg	LOC.district
Tadschrisch	LOC.district
Tadschura	LOC.district	Tajura
Tafelhof	LOC.district
Taganka	LOC.district
Taipa	LOC.district
Taitō	LOC.district
Tajura	LOC.district
Tal as-Sultan	LOC.district
Talbiya	LOC.district
Taldorf	LOC.district
Talpiot	LOC.district
Tanjung Priok	LOC.district
Tannenbusch	LOC.district
Tarlabaşı	LOC.district
Tarup	LOC.district
Taubach	LOC.district
Tauchritz	LOC.district
Taxham	LOC.district
Tegelort	LOC.district
Tehranpars	LOC.district
Teichbreite	LOC.district
Tel Rumeida	LOC.district
Tel al-Hawa	LOC.district
Teltower Vorstadt	LOC.district
Tempelsee	LOC.district
Temple Bar	LOC.district
Templiner Vorstadt	LOC.district
Tenderloin	LOC.district
Tenever	LOC.district
Tennenlohe	LOC.district
Tennōji	LOC.district
Tepito	LOC.district
Terézváros	LOC.district
Tesche	LOC.district
Testaccio	LOC.district
Tetuán	LOC.district
Teutendorf	LOC.district
Textilviertel	LOC.district
Thaerviertel	LOC.district
Thamel	LOC.district
Thamesmead	LOC.district
The Loop	LOC.district
The Rocks	LOC.district
Theesen	LOC.district
Thelottviertel	LOC.district
Thermometersiedlung	LOC.district
Thiergarten	LOC.district
Thieschitz	LOC.district
Thingers	LOC.district
Thissio	LOC.district
Thonberg	LOC.district
Thonburi	LOC.district
Thondorf	LOC.district
Thorr	LOC.district
Thủ Đức	LOC.district
Tiefenbroich	LOC.district
Tiefthal	LOC.district
Tiefurt	LOC.district
Tiefwerder	LOC.district
Tiengen	LOC.district
Tiergartenbreite	LOC.district
Tijuca	LOC.district
Tin Shui Wai	LOC.district
Tingbjerg	LOC.district
Tintenviertel	LOC.district
Tisis	LOC.district
Tlatelolco	LOC.district
Todtenhausen	LOC.district
Toitenwinkel	LOC.district
Tolkewitz	LOC.district
Tondo	LOC.district
Tonndeich	LOC.district
Topanga	LOC.district
Tor Bella Monaca	LOC.district
Torfbrücke	LOC.district
Torkenweiler	LOC.district
Torna	LOC.district
Tornau	LOC.district
Torney	LOC.district
Torpignattara	LOC.district
Tosters	LOC.district
Tottenville	LOC.district
Tower Hamlets	LOC.district
Toxteth	LOC.district
Toyosu	LOC.district
Traar	LOC.district
Trachau	LOC.district
Trachenberge	LOC.district
Trastevere	LOC.district
Trebnitz	LOC.district
Treichville	LOC.district
Tremé	LOC.district
Triana	LOC.district
Tribeca	LOC.district
Tribschen	LOC.district
Tribschen-Langensand	LOC.district
Tribseer Vorstadt	LOC.district
Trier-Mitte	LOC.district
Trier-Nord	LOC.district
Trier-Süd	LOC.district
Trier-West	LOC.district
Trier-West/Pallien	LOC.district
Triester Siedlung	LOC.district
Troieschtschyna	LOC.district
Trotha	LOC.district
Trupbach	LOC.district
Tscharnergut	LOC.district
Tscherjomuschky	LOC.district
Tschertanowo	LOC.district
Tseung Kwan O	LOC.district
Tsim Sha Tsui	LOC.district
Tsukiji	LOC.district
Tullnau	LOC.district
Tuschino	LOC.district
Tweelbäke	LOC.district
Twickenham	LOC.district
Twischkamp	LOC.district
Two Bridges	LOC.district
Tönisheide	LOC.district
Törten	LOC.district
Töttleben	LOC.district
Töölö	LOC.district
Tøyen	LOC.district
Tübinger Vorstadt	LOC.district
Tücking	LOC.district
Tümpelgarten	LOC.district
Tündern	LOC.district
Ubbedissen	LOC.district
Uccle	LOC.district
Udelboden	LOC.district
Uedding	LOC.district
Uedesheim	LOC.district
Uellendahl	LOC.district
Uellendahl-Katernberg	LOC.district
Uellendahl-Ost	LOC.district
Uellendahl-West	LOC.district
Ueno	LOC.district
Uentrop	LOC.district
Uerentrup	LOC.district
Uetz-Paaren	LOC.district
Uffhofen	LOC.district
Uhlandshöhe	LOC.district
Uhlbach	LOC.district
Ukkel	LOC.district
Ulrichsviertel	LOC.district
Umeda	LOC.district
Ummeln	LOC.district
Ungelsheim	LOC.district
Unionviertel	LOC.district
Unsernherrn	LOC.district
Unter St. Veit	LOC.district
Unterbach	LOC.district
Unterbarmen	LOC.district
Unterbilk	LOC.district
Unterburg	LOC.district
Unterdöbling	LOC.district
Unterdürrbach	LOC.district
Unterfarrnbach	LOC.district
Unterfürberg	LOC.district
Untergrüne	LOC.district
Unterhaunstadt	LOC.district
Unterjesingen	LOC.district
Unterkochen	LOC.district
Unterlaa	LOC.district
Untermeiderich	LOC.district
Untermeidling	LOC.district
Unterneustadt	LOC.district
Unterrath	LOC.district
Unterrombach	LOC.district
Untersendling	LOC.district
Untertürkheim	LOC.district
Unterweiler	LOC.district
Unterwiehre	LOC.district
Uppen	LOC.district
Uppenberg	LOC.district
Upper East Side	LOC.district
Upper West Side	LOC.district
Urbich	LOC.district
Urdenbach	LOC.district
Urfahr	LOC.district
Usaquén	LOC.district
Usme	LOC.district
Utbremen	LOC.district
Utfort	LOC.district
Uttara	LOC.district
Uvrier	LOC.district
Užupis	LOC.district
Vaalserquartier	LOC.district
Vach	LOC.district
Vahlhausen	LOC.district
Vahr	LOC.district
Vahrenwald	LOC.district
Vahrenwald-List	LOC.district
Vake	LOC.district
Valency	LOC.district
Vallecas	LOC.district
Vanchiglia	LOC.district
Varnhalt	LOC.district
Varresbeck	LOC.district
Vasant Kunj	LOC.district
Vassach	LOC.district
Vauban	LOC.district
Vauxhall	LOC.district
Vedado	LOC.district
Veilhof	LOC.district
Velstove	LOC.district
Veltenhof-Rühme	LOC.district
Venice Beach	LOC.district
Vennes	LOC.district
Vennhausen	LOC.district
Verberg	LOC.district
Verlautenheide	LOC.district
Verlegerviertel	LOC.district
Vers-chez-les-Blanc	LOC.district
Versbach	LOC.district
Vesterbro	LOC.district
Victoriastadt	LOC.district
Vidigal	LOC.district
Vidy	LOC.district
Viehweide	LOC.district
Vieille-Ville	LOC.district
Vier- und Marschlande	LOC.district
Viererfeld	LOC.district
Vieringhausen	LOC.district
Vierzehnheiligen	LOC.district
Vieselbach	LOC.district
Vieux Lyon	LOC.district
Vieux Nice	LOC.district
Vieux-Montréal	LOC.district
Vieux-Port	LOC.district
Viewegs Garten-Bebelhof	LOC.district
Vila Madalena	LOC.district
Vilich	LOC.district
Vilich-Müldorf	LOC.district
Vilich-Rheindorf	LOC.district
Vill	LOC.district
Villa Crespo	LOC.district
Villa El Salvador	LOC.district
Villingen	LOC.district
Vilsendorf	LOC.district
Vingelz	LOC.district
Vinn	LOC.district
Vinnhorst	LOC.district
Vinohrady	LOC.district
Vitacura	LOC.district
Vochem	LOC.district
Vogelheim	LOC.district
Vogelstang	LOC.district
Vogelviertel	LOC.district
Vogelweh	LOC.district
Vohwinkel	LOC.district
Vohwinkel-Mitte	LOC.district
Volkhoven/Weiler	LOC.district
Volkmarsdorf	LOC.district
Voller Brunnen	LOC.district
Volmerswerth	LOC.district
Volnsberg	LOC.district
Vondern	LOC.district
Vonderort	LOC.district
Vorderer Westen	LOC.district
Vorkloster	LOC.district
Vormholz	LOC.district
Vorsfelde	LOC.district
Voslapp	LOC.district
Voxtrup	LOC.district
Voßwinkel	LOC.district
Vršovice	LOC.district
Vucciria	LOC.district
Vyšehrad	LOC.district
Vällingby	LOC.district
Vöckinghausen	LOC.district
Vöhrum	LOC.district
Wabe-Schunter-Beberbach	LOC.district
Wachwitz	LOC.district
Wackenberg	LOC.district
Wadajir	LOC.district
Waer	LOC.district	Al-Waer
Waidmannsdorf	LOC.district
Waldau	LOC.district
Waldhof	LOC.district
Waldhof-Ost	LOC.district
Waldhäuser Ost	LOC.district
Waldhäuser-Ost	LOC.district
Waldstadt	LOC.district
Waldstadt I	LOC.district
Waldstadt II	LOC.district
Waldstraßenviertel	LOC.district
Walle	LOC.district
Wallichen	LOC.district
Wallstadt	LOC.district
Walsum	LOC.district
Walsumermark	LOC.district
Waltershofen	LOC.district
Waltersleben	LOC.district
Waltersweier	LOC.district
Walthamstow	LOC.district
Wambeln	LOC.district
Wangelist	LOC.district
Wangfujing	LOC.district
Wanheim	LOC.district
Wanheim-Angerhausen	LOC.district
Wanheimerort	LOC.district
Wankdorf	LOC.district
Wanlo	LOC.district
Wanne-Eickel	LOC.district
Wapping	LOC.district
Warmenau	LOC.district
Warnberg	LOC.district
Warnitz	LOC.district
Warteberg	LOC.district
Wasseralfingen	LOC.district
Wasserstadt Limmer	LOC.district
Wasserstadt Oberhavel	LOC.district
Watenstedt	LOC.district
Watermael-Boitsfort	LOC.district
Wattenscheid-Mitte	LOC.district
Watzenegg	LOC.district
Wazemmes	LOC.district
Wazir Akbar Khan	LOC.district
Webling	LOC.district
Wechloy	LOC.district
Weckhoven	LOC.district
Wedau	LOC.district
Weddewarden	LOC.district
Weddingen	LOC.district
Weende	LOC.district
Weende-Nord	LOC.district
Wehl	LOC.district
Wehlheiden	LOC.district
Wehofen	LOC.district
Wehrbergen	LOC.district
Wehringhausen	LOC.district
Wehrshausen	LOC.district
Weidedamm	LOC.district
Weidenau	LOC.district
Weidenhausen	LOC.district
Weigheim	LOC.district
Weiherfeld	LOC.district
Weiherfeld-Dammerstock	LOC.district
Weiherhaus	LOC.district
Weiler in den Bergen	LOC.district
Weilimdorf	LOC.district
Weimar-Nord	LOC.district
Weimar-West	LOC.district
Weinhübel	LOC.district
Weisenau	LOC.district
Weismark	LOC.district
Weissenbühl	LOC.district
Weitin	LOC.district
Weitlingkiez	LOC.district
Weitmar	LOC.district
Weitmar-Mark	LOC.district
Weixdorf	LOC.district
Weiße Siedlung	LOC.district
Weißenau	LOC.district
Weißenhof	LOC.district
Weißer Hirsch	LOC.district
Welheim	LOC.district
Welheimer Mark	LOC.district
Wellersberg	LOC.district
Wellingdorf	LOC.district
Wellsee	LOC.district
Welzenegg	LOC.district
Wenden-Thune-Harxbüttel	LOC.district
Wendenschloss	LOC.district
Wendschott	LOC.district
Wenisbuch	LOC.district
Wennigloh	LOC.district
Wenscht	LOC.district
Werderau	LOC.district
Werderland	LOC.district
Werl-Aspe	LOC.district
Werries	LOC.district
Werrikon	LOC.district
Wesemlin	LOC.district
Wesertor	LOC.district
Wesloe	LOC.district
West Village	LOC.district
West-Aleppo	LOC.district
West-Belfast	LOC.district	Westbelfast
West-Jerusalem	LOC.district	Westjerusalem
West-Mossul	LOC.district	Westmossul
Westbelfast	LOC.district
Westend/Bleichstraße	LOC.district
Westenfeld	LOC.district
Westenviertel	LOC.district
Westerbauer	LOC.district
Westerberg	LOC.district
Westercelle	LOC.district
Westerhüsen	LOC.district
Westerndorf St. Peter	LOC.district
Westfälisches Viertel	LOC.district
Westjerusalem	LOC.district
Westlands	LOC.district
Westliche Höhe	LOC.district
Westliche Neustadt	LOC.district
Westliches Ringgebiet	LOC.district
Westmossul	LOC.district
Westtünnen	LOC.district
Westviertel	LOC.district
Westvorstadt	LOC.district
Wethmar	LOC.district
Wevelinghoven	LOC.district
Wewer	LOC.district
White City	LOC.district
Whitechapel	LOC.district
Wiblingen	LOC.district
Wichlinghausen	LOC.district
Wickendorf	LOC.district
Wicker Park	LOC.district
Wickrath	LOC.district
Wickrath-Mitte	LOC.district
Wickrath-West	LOC.district
Wickrathberg	LOC.district
Wickrathhahn	LOC.district
Widdert	LOC.district
Widukindland	LOC.district
Wieblingen	LOC.district
Wiedelah	LOC.district
Wiederitzsch	LOC.district
Wiehre	LOC.district
Wiemelhausen	LOC.district
Wienerberg	LOC.district
Wiescherhöfen	LOC.district
Wiesdorf	LOC.district
Wiesenhügel	LOC.district
Wiesenthalerhof	LOC.district
Wiesoppenheim	LOC.district
Wietesch	LOC.district
Wiethagen	LOC.district
Wietzenbruch	LOC.district
Wiflingshausen	LOC.district
Wik	LOC.district
Wilanów	LOC.district
Wildensorg	LOC.district
Wilhelmshagen	LOC.district
Wilhelmshöhe	LOC.district
Willesden	LOC.district
Willmersdorf	LOC.district
Wilschdorf	LOC.district
Wilsdruffer Vorstadt	LOC.district
Wilten-West	LOC.district
Wimbledon	LOC.district
Windelsbleiche	LOC.district
Windflöte	LOC.district
Windischenbernsdorf	LOC.district
Windischholzhausen	LOC.district
Windschläg	LOC.district
Winkhausen	LOC.district
Winzenheim	LOC.district
Wischlingen	LOC.district
Wittigkofen	LOC.district
Wittlaer	LOC.district
Wißkirchen	LOC.district
Wogau	LOC.district
Wohldorf	LOC.district
Wohltberg	LOC.district
Wohnpark Alterlaa	LOC.district
Wohnstadt Carl Legien	LOC.district
Wolbeck	LOC.district
Wolfartsweier	LOC.district
Wolfbusch	LOC.district
Wolfsanger	LOC.district
Wolfsanger-Hasenhecke	LOC.district
Wollmesheim	LOC.district
Woltmershausen	LOC.district
Woltorf	LOC.district
Woluwe	LOC.district
Woluwe-Saint-Lambert	LOC.district
Wood Green	LOC.district
Woogsviertel	LOC.district
Woolwich	LOC.district
Worli	LOC.district
Worzeldorf	LOC.district
Wrigleyville	LOC.district
Wrzeszcz	LOC.district
Wulfsdorf	LOC.district
Wulsdorf	LOC.district
Wutzlhofen	LOC.district
Wyborger Seite	LOC.district
Wynwood	LOC.district
Wäldenbronn	LOC.district
Wöhrd	LOC.district
Wöllnitz	LOC.district
Wörmlitz	LOC.district
Wülfer-Bexten	LOC.district
Wülferode	LOC.district
Wülflingen	LOC.district
Würzenbach	LOC.district
Wüstmark	LOC.district
Xicheng	LOC.district
Ximending	LOC.district
Xuhui	LOC.district
Yaba	LOC.district
Yaletown	LOC.district
Yangpu	LOC.district
Yaowarat	LOC.district
Yau Ma Tei	LOC.district
Yenimahalle	LOC.district
Yeouido	LOC.district
Yongsan	LOC.district
Yopougon	LOC.district
Yorckgebiet	LOC.district
Yuen Long	LOC.district
Zabbalin-Viertel	LOC.district
Zafaraniya	LOC.district
Zahlbach	LOC.district
Zamalek	LOC.district
Zazenhausen	LOC.district
Zehista	LOC.district
Zehlendorf-Süd	LOC.district
Zeilbaum	LOC.district
Zeitun	LOC.district
Zell-Weierbach	LOC.district
Zellerau	LOC.district
Zeltberg	LOC.district
Zentrum Ost	LOC.district
Zentrum-Nord	LOC.district
Zentrum-Nordwest	LOC.district
Zentrum-Ost	LOC.district
Zentrum-Süd	LOC.district
Zentrum-Südost	LOC.district
Zentrum-West	LOC.district
Zerzabelshof	LOC.district
Zewen	LOC.district
Zhongguancun	LOC.district
Zhongzheng	LOC.district
Ziebigk	LOC.district
Ziegelhausen	LOC.district
Ziegelhof	LOC.district
Ziegetsdorf	LOC.district
Ziehers-Nord	LOC.district
Ziehers-Süd	LOC.district
Zietenterrassen	LOC.district
Zieverich	LOC.district
Zipkeleben	LOC.district
Zippendorf	LOC.district
Zollberg	LOC.district
Zollhafen	LOC.district
Zooviertel	LOC.district
Zschachwitz	LOC.district
Zschertnitz	LOC.district
Zschieren	LOC.district
Zuchering	LOC.district
Zuffenhausen	LOC.district
Zuidas	LOC.district
Zunsweier	LOC.district
Zweckel	LOC.district
Zwischenbrücken	LOC.district
Zähringen	LOC.district
Zöllmen	LOC.district
Zürichberg	LOC.district
Ñuñoa	LOC.district
Óbuda	LOC.district
Öjendorf	LOC.district
Österreicher Kolonie	LOC.district
Östliche Vorstadt	LOC.district
Östliches Ringgebiet	LOC.district
Östrich	LOC.district
Övelgönne	LOC.district
Østerbro	LOC.district
Újpest	LOC.district
Überruhr	LOC.district
Überruhr-Hinsel	LOC.district
Überseequartier	LOC.district
Überseestadt	LOC.district
Übigau	LOC.district
Ückendorf	LOC.district
Ückesdorf	LOC.district
Üfingen	LOC.district
Ümraniye	LOC.district
Ķengarags	LOC.district
Ōtemachi	LOC.district
Žižkov	LOC.district
Žvėrynas	LOC.district
