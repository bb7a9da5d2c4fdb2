# loc-regions.lex - continents, world regions, historical and cultural regions and landscapes (Ruhrgebiet, Allgäu, Balkan, Nahost, ...), US states and other foreign first-order divisions under their German names
# Source: hand-written facts (lexicons/import/places_manual/regions.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 2866 entries.
Aachener Land	LOC.region
Aberdeenshire	LOC.region
Abia	LOC.region
Abruzzen	LOC.region
Abyei	LOC.region
Aceh	LOC.region
Achaia	LOC.region
Acholi	LOC.region
Achterhoek	LOC.region
Adamaoua	LOC.region
Adamawa	LOC.region
Adscharien	LOC.region
Adygeja	LOC.region
Afar	LOC.region
Afar-Region	LOC.region
Afrika	LOC.continent
Agder	LOC.region
Agnesviertel	LOC.district
Ahreifel	LOC.region
Aichfeld	LOC.region
Aichi	LOC.region	Präfektur Aichi
Ajoie	LOC.region
Akarnanien	LOC.region
Akershus	LOC.region
Aksai Chin	LOC.region
Akwa Ibom	LOC.region
Alabama	LOC.region
Alagoas	LOC.region
Alameda County	LOC.region
Alaska	LOC.region
Alberta	LOC.region
Alentejo	LOC.region
Algarve	LOC.region
Allach	LOC.district
Allach-Untermenzing	LOC.district
Allegheny County	LOC.region
Allertal	LOC.region
Allgäu	LOC.region
Almenland	LOC.region
Alpenraum	LOC.region
Alpes-Maritimes	LOC.region
Alpes-de-Haute-Provence	LOC.region
Alpujarras	LOC.region
Alsace	LOC.region
Altai	LOC.region
Altbayern	LOC.region
Alte Bundesländer	LOC.region
Altengamme	LOC.district
Altenwerder	LOC.district
Altes Land	LOC.region
Altmannsdorf	LOC.district
Altmark	LOC.region
Altmühlfranken	LOC.region
Altmühltal	LOC.region
Altstadt-Lehel	LOC.district
Altstadt-Nord	LOC.district
Altstadt-Süd	LOC.district
Amapá	LOC.region
Amazonas	LOC.region
Amazonas-Region	LOC.region
Amazonasgebiet	LOC.region
Amazonien	LOC.region
Ambazonien	LOC.region
Ambergau	LOC.region
Amdo	LOC.region
Amerika	LOC.continent
Amerikanische Besatzungszone	LOC.region
Amhara	LOC.region
Ammergau	LOC.region
Ammergauer Alpen	LOC.region
Ammerland	LOC.region
Ampurdán	LOC.region	Empordà
Amur-Gebiet	LOC.region	Oblast Amur
Amurgebiet	LOC.region	Oblast Amur
Amöneburger Becken	LOC.region
Anambra	LOC.region
Anatolien	LOC.region
Anbar	LOC.region
Ancash	LOC.region	Áncash
Andalusien	LOC.region
Andenraum	LOC.region
Andenregion	LOC.region
Andhra Pradesh	LOC.region
Angeln	LOC.region
Angoumois	LOC.region
Anhalt	LOC.region
Anhui	LOC.region
Anjou	LOC.region
Annam	LOC.region
Anne Arundel County	LOC.region
Antarktika	LOC.continent	Antarktis
Antarktis	LOC.continent
Antioquia	LOC.region
Anzoátegui	LOC.region
Aostatal	LOC.region
Appalachia	LOC.region
Appenzellerland	LOC.region
Apulien	LOC.region
Apure	LOC.region
Apurímac	LOC.region
Aquitaine	LOC.region
Aquitanien	LOC.region
Arabien	LOC.region
Arabische Halbinsel	LOC.region
Aragonien	LOC.region
Aragua	LOC.region
Arakan	LOC.region	Rakhaing
Arantal	LOC.region	Val d’Aran
Araucanía	LOC.region	Araukanien
Araukanien	LOC.region
Arc lémanique	LOC.region
Argolis	LOC.region
Argonne	LOC.region
Argyll	LOC.region
Argyll and Bute	LOC.region
Arizona	LOC.region
Arkadien	LOC.region
Arkansas	LOC.region
Arktis	LOC.continent
Arlington County	LOC.region
Artland	LOC.region
Artois	LOC.region
Arunachal Pradesh	LOC.region
Arzach	LOC.region
Asad Kaschmir	LOC.region
Aschanti	LOC.region
Ashanti	LOC.region	Aschanti
Asien	LOC.continent
Asir	LOC.region
Assam	LOC.region
Asturien	LOC.region
Atacama	LOC.region
Atlantik-Kanada	LOC.region
Attergau	LOC.region
Attika	LOC.region
Atzgersdorf	LOC.district
Au-Haidhausen	LOC.district
Aubing	LOC.district
Aubing-Lochhausen-Langwied	LOC.district
Augsburger Land	LOC.region
Aukštaitija	LOC.region
Aunis	LOC.region
Aurès	LOC.region
Ausseerland	LOC.region
Australasien	LOC.region
Australian Capital Territory	LOC.region
Australien	LOC.continent
Australisches Hauptstadtterritorium	LOC.region	Australian Capital Territory
Autonome Region Kurdistan	LOC.region
Autonome Republik Krim	LOC.region
Autonomer Kreis der Chanten und Mansen	LOC.region	Chanten-Mansen
Autonomer Kreis der Jamal-Nenzen	LOC.region	Jamal-Nenzen
Autonomes Gebiet Tibet	LOC.region
Auvergne	LOC.region
Auvergne-Rhône-Alpes	LOC.region
Auweiler	LOC.district
Außerfern	LOC.region
Awadh	LOC.region
Ayrshire	LOC.region
Aysén	LOC.region
Azad Kashmir	LOC.region	Asad Kaschmir
Azawad	LOC.region
Baar	LOC.region
Badachschan	LOC.region
Baden	LOC.region
Baghlan	LOC.region
Bahia	LOC.region
Bahnhofsviertel	LOC.district
Bahrenfeld	LOC.district
Baja California	LOC.region
Baja California Sur	LOC.region
Bajío	LOC.region
Baktrien	LOC.region
Balaton-Oberland	LOC.region
Balch	LOC.region
Balkan	LOC.region
Baltikum	LOC.region
Baltimore County	LOC.region
Baltistan	LOC.region
Bamiyan	LOC.region
Banat	LOC.region
Bangsamoro	LOC.region
Baranja	LOC.region
Barbagia	LOC.region
Barmbek	LOC.district
Barnim	LOC.region
Barrois	LOC.region
Bas-Rhin	LOC.region
Baschkirien	LOC.region	Baschkortostan
Basel-Region	LOC.region
Basilikata	LOC.region
Baskenland	LOC.region
Basse-Normandie	LOC.region
Batschka	LOC.region
Bay Area	LOC.region
Bay of Plenty	LOC.region
Bayelsa	LOC.region
Bayerisch-Schwaben	LOC.region
Bayerische Pfalz	LOC.region
Bayerischer Untermain	LOC.region
Bayerischer Wald	LOC.region
Bayerisches Oberland	LOC.region
Bayerisches Viertel	LOC.district
Bayern	LOC.region
Belgisches Viertel	LOC.district
Bellinzonese	LOC.region
Belutschistan	LOC.region
Bengalen	LOC.region
Benishangul-Gumuz	LOC.region
Berchtesgadener Land	LOC.region
Berg am Laim	LOC.district
Berg-Badachschan	LOC.region
Bergell	LOC.region
Bergen County	LOC.region
Bergen-Enkheim	LOC.district
Bergisches Land	LOC.region
Bergisches Städtedreieck	LOC.region
Bergmannkiez	LOC.district
Bergstraße	LOC.region
Berkersheim	LOC.district
Berkshire	LOC.region
Berner Jura	LOC.region
Berner Mittelland	LOC.region
Berner Oberland	LOC.region
Berner Seeland	LOC.region
Bessarabien	LOC.region
Bexar County	LOC.region
Biafra	LOC.region
Bible Belt	LOC.region
Bickendorf	LOC.district
Bierzo	LOC.region	El Bierzo
Big Sur	LOC.region
Bihar	LOC.region
Birseck	LOC.region
Bitburger Land	LOC.region
Bithynien	LOC.region
Bitscher Land	LOC.region
Bizkaia	LOC.region
Bizone	LOC.region
Black Country	LOC.region
Blaues Ländchen	LOC.region
Blaufränkischland	LOC.region
Blekinge	LOC.region
Bliesgau	LOC.region
Bocage	LOC.region
Bocklemünd	LOC.district
Bodensee-Region	LOC.region
Bodenseeraum	LOC.region
Bodenseeregion	LOC.region
Bohuslän	LOC.region
Boka Kotorska	LOC.region
Bonames	LOC.district
Bophuthatswana	LOC.region
Bordelais	LOC.region
Borno	LOC.region
Bosanska Krajina	LOC.region
Bouches-du-Rhône	LOC.region
Boulder County	LOC.region
Bourgogne-Franche-Comté	LOC.region
Boyacá	LOC.region
Bozner Unterland	LOC.region
Brabant	LOC.region
Bramfeld	LOC.district
Braunschweiger Land	LOC.region
Braunsfeld	LOC.district
Bregenzerwald	LOC.region
Breisgau	LOC.region
Breitenlee	LOC.district
Breitensee	LOC.district
Bretagne	LOC.region
Brianza	LOC.region
Britisch-Kolumbien	LOC.region
Britische Besatzungszone	LOC.region
British Columbia	LOC.region
Bronx County	LOC.region
Broward County	LOC.region
Bruhrain	LOC.region
Brüssel-Hauptstadt	LOC.region
Bucheggberg	LOC.region
Buckinghamshire	LOC.region
Bucklige Welt	LOC.region
Budschak	LOC.region
Buganda	LOC.region
Bukowina	LOC.region
Bundelkhand	LOC.region
Burggrafenamt	LOC.region
Burgund	LOC.region
Burjatien	LOC.region
Burren	LOC.region
Burzenland	LOC.region
Buskerud	LOC.region
Béarn	LOC.region
Böhmen	LOC.region
Böotien	LOC.region
Börde	LOC.region
Bündner Herrschaft	LOC.region
Cabo Delgado	LOC.region
Cadore	LOC.region
Caithness	LOC.region
Calvados	LOC.region
Cambridgeshire	LOC.region
Campidano	LOC.region
Campine	LOC.region
Canavese	LOC.region
Cantal	LOC.region
Capitanata	LOC.region
Caprivi	LOC.region
Caprivi-Zipfel	LOC.region
Caprivizipfel	LOC.region
Caquetá	LOC.region
Carabobo	LOC.region
Cariboo	LOC.region
Carmarthenshire	LOC.region
Carnia	LOC.region	Karnien
Casamance	LOC.region
Casanare	LOC.region
Casentino	LOC.region
Cavan	LOC.region
Ceará	LOC.region
Centre-Val de Loire	LOC.region
Cerdanya	LOC.region
Ceredigion	LOC.region
Chaco	LOC.region
Chakassien	LOC.region
Champagne	LOC.region
Champagne-Ardenne	LOC.region
Chanten-Mansen	LOC.region
Charente-Maritime	LOC.region
Charlottenburg-Wilmersdorf	LOC.district
Chemnitzer Land	LOC.region
Chhattisgarh	LOC.region
Chianti	LOC.region
Chiapas	LOC.region
Chiemgau	LOC.region
Chiemgauer Alpen	LOC.region
Chin-Staat	LOC.region
Chitral	LOC.region
Chittagong Hill Tracts	LOC.region
Chocó	LOC.region
Chorasan	LOC.region
Choresm	LOC.region
Chorezm	LOC.region	Choresm
Chorweiler	LOC.district
Chost	LOC.region
Chubut	LOC.region
Chungcheong	LOC.region
Chuquisaca	LOC.region
Churer Rheintal	LOC.region
Churfranken	LOC.region
Chusistan	LOC.region
Chuzestan	LOC.region
Chūbu	LOC.region
Chūgoku	LOC.region
Cilento	LOC.region
Ciociaria	LOC.region
Ciskei	LOC.region
Cisleithanien	LOC.region
Clark County	LOC.region
Clos du Doubs	LOC.region
Coahuila	LOC.region
Cobb County	LOC.region
Coburger Land	LOC.region
Cochinchina	LOC.region
Colorado	LOC.region
Comelico	LOC.region
Comunidad Valenciana	LOC.region	Valencianische Gemeinschaft
Comunidad de Madrid	LOC.region
Connacht	LOC.region
Connecticut	LOC.region
Connemara	LOC.region
Cono Sur	LOC.region
Cook County	LOC.region
Copperbelt	LOC.region
Corn Belt	LOC.region
Cornwall	LOC.region
Corrèze	LOC.region
Corse-du-Sud	LOC.region
Costa Blanca	LOC.region
Costa Brava	LOC.region
Costa Cálida	LOC.region
Costa Daurada	LOC.region	Costa Dorada
Costa Dorada	LOC.region
Costa Smeralda	LOC.region
Costa Tropical	LOC.region
Costa de Almería	LOC.region
Costa de Prata	LOC.region
Costa de la Luz	LOC.region
Costa del Azahar	LOC.region
Costa del Sol	LOC.region
Cotswolds	LOC.region
County Antrim	LOC.region
County Durham	LOC.region
County Kerry	LOC.region
Covasna	LOC.region
Cranz	LOC.district
Crete Senesi	LOC.region
Crișana	LOC.region	Kreischgebiet
Cross River	LOC.region
Cuando Cubango	LOC.region
Cumbria	LOC.region
Cundinamarca	LOC.region
Curslack	LOC.district
Cuxland	LOC.region
Cuyahoga County	LOC.region
Cyrenaika	LOC.region
Côte Vermeille	LOC.region
Côte de Granit Rose	LOC.region
Côte d’Argent	LOC.region
Côte d’Azur	LOC.region
Côte d’Opale	LOC.region
Côte d’Émeraude	LOC.region
Côte-d’Or	LOC.region
Côtes-d’Armor	LOC.region
Dachauer Land	LOC.region
Dachauer Moos	LOC.region
Daglfing	LOC.district
Dahlener Heide	LOC.region
Dahme-Seengebiet	LOC.region	Dahme-Seenland
Dahme-Seenland	LOC.region
Dakien	LOC.region
Dalarna	LOC.region
Dalekarlien	LOC.region	Dalarna
Dallas County	LOC.region
Dalmatien	LOC.region
Dalsland	LOC.region
Damaraland	LOC.region
Dane County	LOC.region
Danziger Werder	LOC.region
Darfur	LOC.region
Darién	LOC.region
Dartmoor	LOC.region
Darß	LOC.region
Dauphiné	LOC.region
DeKalb County	LOC.region
Deep South	LOC.region
Defereggen	LOC.region
Deister	LOC.region
Dekkan	LOC.region
Delaware	LOC.region
Dellbrück	LOC.district
Delsberger Becken	LOC.region
Delta Amacuro	LOC.region
Derbyshire	LOC.region
Dersim	LOC.region
Dessau-Wörlitzer Gartenreich	LOC.region
Deutsche Weinstraße	LOC.region
Deutschordensland	LOC.region
Deutschschweiz	LOC.region
Deutschsprachige Gemeinschaft	LOC.region
Deux-Sèvres	LOC.region
Dhi Qar	LOC.region
Dhofar	LOC.region
Diplomatenviertel	LOC.district
District of Columbia	LOC.region
Distrito Federal	LOC.region
Dithmarschen	LOC.region
Diyala	LOC.region
Djursland	LOC.region
Dobrudscha	LOC.region
Dolenjska	LOC.region	Unterkrain
Domleschg	LOC.region
Donaumoos	LOC.region
Donauraum	LOC.region
Donbas	LOC.region
Donbass	LOC.region
Donegal	LOC.region
Donezbecken	LOC.region
Dornbach	LOC.district
Dorotheenstadt	LOC.district
Dorset	LOC.region
Douro-Tal	LOC.region
Drachenfelser Ländchen	LOC.region
Drautal	LOC.region
Drenthe	LOC.region
Dschasira	LOC.region
Dschausdschan	LOC.region
Dschawachetien	LOC.region
DuPage County	LOC.region
Dumfries and Galloway	LOC.region
Dunkelsteinerwald	LOC.region
Dzūkija	LOC.region
Département Moselle	LOC.region
Département Var	LOC.region
Dübener Heide	LOC.region
Dünnwald	LOC.district
Dürener Land	LOC.region
East Anglia	LOC.region
East Midlands	LOC.region
East Sussex	LOC.region
East Yorkshire	LOC.region
Eastern Cape	LOC.region	Ostkap
Ebonyi	LOC.region
Eckenheim	LOC.district
Eferdinger Becken	LOC.region
Egerland	LOC.region
Eggegebirge	LOC.region
Ehime	LOC.region	Präfektur Ehime
Ehrenfeld	LOC.district
Eichsfeld	LOC.region
Eifel	LOC.region
Eigentliches Finnland	LOC.region
Einrich	LOC.region
Ekiti	LOC.region
El Bierzo	LOC.region
Elbe-Weser-Dreieck	LOC.region
Elbland	LOC.region
Elbmarsch	LOC.region
Elbsandsteingebirge	LOC.region
Elsass	LOC.region
Elsass-Lothringen	LOC.region
Emilia-Romagna	LOC.region
Emmental	LOC.region
Empordà	LOC.region
Emscher-Lippe	LOC.region
Emsland	LOC.region
Engadin	LOC.region
England	LOC.region
Englschalking	LOC.district
Ennstal	LOC.region
Ensen	LOC.district
Entlebuch	LOC.region
Entre Ríos	LOC.region
Epirus	LOC.region
Erdberg	LOC.district
Erdinger Land	LOC.region
Erdinger Moos	LOC.region
Erguel	LOC.region
Erie County	LOC.region
Erlaa	LOC.district
Ermland	LOC.region
Ermland-Masuren	LOC.region
Erongo	LOC.region
Erzgebirge	LOC.region
Erzgebirgsvorland	LOC.region
Erzherzogtum Österreich	LOC.region
Escher Wyss	LOC.district
Eschersheim	LOC.district
Espírito Santo	LOC.region
Essex	LOC.region
Essex County	LOC.region
Estado de México	LOC.region
Estland	LOC.region
Eupen-Malmedy	LOC.region
Eurasien	LOC.continent
Eure-et-Loir	LOC.region
Europa	LOC.continent
Europacity	LOC.district
Europaviertel	LOC.district
Exmoor	LOC.region
Extremadura	LOC.region
Fairfax County	LOC.region
Falcón	LOC.region
Faryab	LOC.region
Fasangarten	LOC.district
Fechenheim	LOC.district
Feldberger Seenlandschaft	LOC.region
Feldmoching	LOC.district
Feldmoching-Hasenbergl	LOC.district
Fermanagh	LOC.region
Ferner Osten	LOC.region
Fernost	LOC.region
Fessan	LOC.region
Feuerland	LOC.region
Fichtelgebirge	LOC.region
Fife	LOC.region
Filstal	LOC.region
Finistère	LOC.region
Finnisch-Lappland	LOC.region
Finnmark	LOC.region
Finnmarksvidda	LOC.region
Fiordland	LOC.region
Fischland	LOC.region
Fischland-Darß-Zingst	LOC.region
Flachgau	LOC.region
Flandern	LOC.region
Flevoland	LOC.region
Flittard	LOC.district
Florida	LOC.region
Florida Panhandle	LOC.region
Fläming	LOC.region
Flämisch-Brabant	LOC.region
Forez	LOC.region
Forstenried	LOC.district
Franche-Comté	LOC.region
Franches-Montagnes	LOC.region	Freiberge
Franciacorta	LOC.region
Francop	LOC.district
Franken	LOC.region
Frankenhöhe	LOC.region
Frankenwald	LOC.region
Frankfurt-Bornheim	LOC.district
Frankfurt-Höchst	LOC.district
Frankfurt-Sachsenhausen	LOC.district
Frankfurter Berg	LOC.district
Franklin County	LOC.region
Französisch-Flandern	LOC.region
Französische Besatzungszone	LOC.region
Französische Riviera	LOC.region
Französisches Baskenland	LOC.region	Pays Basque
Freiamt	LOC.region
Freiberge	LOC.region
Freie Stadt Danzig	LOC.region
Freiham	LOC.district
Freimann	LOC.district
Freisinger Land	LOC.region
Friaul	LOC.region
Friaul-Julisch Venetien	LOC.region
Fricktal	LOC.region
Friedrich-Wilhelm-Stadt	LOC.district
Friedrichshain-Kreuzberg	LOC.district
Friesische Wehde	LOC.region
Friesland	LOC.region
Frutigland	LOC.region
Fränkische Schweiz	LOC.region
Fränkisches Seenland	LOC.region
Fujian	LOC.region
Fuldaer Land	LOC.region
Fulton County	LOC.region
Furttal	LOC.region
Föderation Bosnien und Herzegowina	LOC.region
Fühlingen	LOC.district
Fünf Dörfer	LOC.region
Fünf-Seen-Land	LOC.region
Fünfseenland	LOC.region
Fürstenland	LOC.region
Fürstenried	LOC.district
Fürstentum Reuß	LOC.region
Gagausien	LOC.region
Gailtal	LOC.region
Galatien	LOC.region
Galicien	LOC.region
Galiläa	LOC.region
Galizien	LOC.region
Gallien	LOC.region
Gallura	LOC.region
Galmudug	LOC.region
Gambarogno	LOC.region
Gambela	LOC.region
Gangwon	LOC.region
Gansu	LOC.region
Garden Route	LOC.region
Garfagnana	LOC.region
Garrotxa	LOC.region
Gascogne	LOC.region
Gaster	LOC.region
Gauteng	LOC.region
Gazastreifen	LOC.region
Gebiet Archangelsk	LOC.region	Oblast Archangelsk
Gebiet Astrachan	LOC.region	Oblast Astrachan
Gebiet Belgorod	LOC.region	Oblast Belgorod
Gebiet Brest	LOC.region	Oblast Brest
Gebiet Brjansk	LOC.region	Oblast Brjansk
Gebiet Charkiw	LOC.region	Oblast Charkiw
Gebiet Cherson	LOC.region	Oblast Cherson
Gebiet Chmelnyzkyj	LOC.region	Oblast Chmelnyzkyj
Gebiet Dnipropetrowsk	LOC.region	Oblast Dnipropetrowsk
Gebiet Donezk	LOC.region	Oblast Donezk
Gebiet Gomel	LOC.region	Oblast Gomel
Gebiet Grodno	LOC.region	Oblast Grodno
Gebiet Irkutsk	LOC.region	Oblast Irkutsk
Gebiet Iwano-Frankiwsk	LOC.region	Oblast Iwano-Frankiwsk
Gebiet Iwanowo	LOC.region	Oblast Iwanowo
Gebiet Jaroslawl	LOC.region	Oblast Jaroslawl
Gebiet Kaliningrad	LOC.region	Oblast Kaliningrad
Gebiet Kaluga	LOC.region	Oblast Kaluga
Gebiet Kemerowo	LOC.region	Oblast Kemerowo
Gebiet Kiew	LOC.region	Oblast Kiew
Gebiet Kirow	LOC.region	Oblast Kirow
Gebiet Kirowohrad	LOC.region	Oblast Kirowohrad
Gebiet Kostroma	LOC.region	Oblast Kostroma
Gebiet Kurgan	LOC.region	Oblast Kurgan
Gebiet Kursk	LOC.region	Oblast Kursk
Gebiet Leningrad	LOC.region	Oblast Leningrad
Gebiet Lipezk	LOC.region	Oblast Lipezk
Gebiet Luhansk	LOC.region	Oblast Luhansk
Gebiet Lwiw	LOC.region	Oblast Lwiw
Gebiet Magadan	LOC.region	Oblast Magadan
Gebiet Minsk	LOC.region	Oblast Minsk
Gebiet Mogiljow	LOC.region	Oblast Mogiljow
Gebiet Moskau	LOC.region	Oblast Moskau
Gebiet Murmansk	LOC.region	Oblast Murmansk
Gebiet Mykolajiw	LOC.region	Oblast Mykolajiw
Gebiet Nischni Nowgorod	LOC.region	Oblast Nischni Nowgorod
Gebiet Nowgorod	LOC.region	Oblast Nowgorod
Gebiet Nowosibirsk	LOC.region	Oblast Nowosibirsk
Gebiet Odessa	LOC.region	Oblast Odessa
Gebiet Omsk	LOC.region	Oblast Omsk
Gebiet Orenburg	LOC.region	Oblast Orenburg
Gebiet Orjol	LOC.region	Oblast Orjol
Gebiet Pensa	LOC.region	Oblast Pensa
Gebiet Poltawa	LOC.region	Oblast Poltawa
Gebiet Pskow	LOC.region	Oblast Pskow
Gebiet Riwne	LOC.region	Oblast Riwne
Gebiet Rjasan	LOC.region	Oblast Rjasan
Gebiet Rostow	LOC.region	Oblast Rostow
Gebiet Sachalin	LOC.region	Oblast Sachalin
Gebiet Samara	LOC.region	Oblast Samara
Gebiet Saporischschja	LOC.region	Oblast Saporischschja
Gebiet Saratow	LOC.region	Oblast Saratow
Gebiet Schytomyr	LOC.region	Oblast Schytomyr
Gebiet Smolensk	LOC.region	Oblast Smolensk
Gebiet Sumy	LOC.region	Oblast Sumy
Gebiet Swerdlowsk	LOC.region	Oblast Swerdlowsk
Gebiet Tambow	LOC.region	Oblast Tambow
Gebiet Ternopil	LOC.region	Oblast Ternopil
Gebiet Tjumen	LOC.region	Oblast Tjumen
Gebiet Tomsk	LOC.region	Oblast Tomsk
Gebiet Tscheljabinsk	LOC.region	Oblast Tscheljabinsk
Gebiet Tscherkassy	LOC.region	Oblast Tscherkassy
Gebiet Tschernihiw	LOC.region	Oblast Tschernihiw
Gebiet Tscherniwzi	LOC.region	Oblast Tscherniwzi
Gebiet Tula	LOC.region	Oblast Tula
Gebiet Twer	LOC.region	Oblast Twer
Gebiet Uljanowsk	LOC.region	Oblast Uljanowsk
Gebiet Winnyzja	LOC.region	Oblast Winnyzja
Gebiet Witebsk	LOC.region	Oblast Witebsk
Gebiet Wladimir	LOC.region	Oblast Wladimir
Gebiet Wolgograd	LOC.region	Oblast Wolgograd
Gebiet Wologda	LOC.region	Oblast Wologda
Gebiet Wolyn	LOC.region	Oblast Wolyn
Gebiet Woronesch	LOC.region	Oblast Woronesch
Gefürstete Grafschaft Tirol	LOC.region
Gelderland	LOC.region
Gemer	LOC.region
Generalgouvernement	LOC.region
Genferseeregion	LOC.region	Arc lémanique
Georgia	LOC.region
Germania magna	LOC.region
Germanien	LOC.region
Gers	LOC.region
Gersthof	LOC.district
Gesäuse	LOC.region
Gezira	LOC.region
Giesing	LOC.district
Gießener Becken	LOC.region
Gilan	LOC.region
Gilgit-Baltistan	LOC.region
Ginnheim	LOC.district
Gippsland	LOC.region
Gipuzkoa	LOC.region
Gironde	LOC.region
Glamorgan	LOC.region
Glarner Hinterland	LOC.region
Glarnerland	LOC.region
Glattal	LOC.region
Glatzer Land	LOC.region
Glockenbachviertel	LOC.district
Gloucestershire	LOC.region
Glâne	LOC.region
Godorf	LOC.district
Golanhöhen	LOC.region
Goldenes Dreieck	LOC.region
Goldküste	LOC.region
Golfregion	LOC.region
Goms	LOC.region
Gorenjska	LOC.region	Oberkrain
Gorno-Badachschan	LOC.region	Berg-Badachschan
Gorski kotar	LOC.region
Grabfeld	LOC.region
Graefekiez	LOC.district
Grafschaft Diepholz	LOC.region
Grafschaft Glatz	LOC.region	Glatzer Land
Grafschaft Hoya	LOC.region
Grafschaft Mark	LOC.region
Grampian	LOC.region
Gran Chaco	LOC.region
Grand Est	LOC.region
Greater London	LOC.region
Greater Manchester	LOC.region
Grengel	LOC.district
Grenzmark Posen-Westpreußen	LOC.region
Greyerzerland	LOC.region
Griese Gegend	LOC.region
Grinzing	LOC.district
Gros-de-Vaud	LOC.region
Große Schüttinsel	LOC.region
Große Walachei	LOC.region
Großes Walsertal	LOC.region
Großherzogtum Baden	LOC.region
Großherzogtum Hessen	LOC.region
Großjedlersdorf	LOC.district
Großpolen	LOC.region
Großraum Berlin	LOC.region
Großraum Hannover	LOC.region
Großraum München	LOC.region
Großraum Stuttgart	LOC.region
Großwalsertal	LOC.region
Gruyère	LOC.region
Guangdong	LOC.region
Guangxi	LOC.region
Guaviare	LOC.region
Guayas	LOC.region
Gudbrandsdal	LOC.region
Gudbrandsdalen	LOC.region	Gudbrandsdal
Guipúzcoa	LOC.region	Gipuzkoa
Guizhou	LOC.region
Gujarat	LOC.region
Guna Yala	LOC.region
Gunma	LOC.region	Präfektur Gunma
Gusch Etzion	LOC.region
Gut Moor	LOC.district
Gutland	LOC.region
Gutleutviertel	LOC.district
Guyenne	LOC.region
Gwinnett County	LOC.region
Gwynedd	LOC.region
Gyeonggi	LOC.region
Gyeongsang	LOC.region
Gâtinais	LOC.region
Gärtnerplatzviertel	LOC.district
Gästrikland	LOC.region
Gäuboden	LOC.region
Görz und Gradisca	LOC.region
Götaland	LOC.region
Göttinger Land	LOC.region
Hadhramaut	LOC.region	Hadramaut
Hadramaut	LOC.region
Hadramaut-Tal	LOC.region
Hafencity	LOC.district	HafenCity
Hahnwald	LOC.district
Haidhausen	LOC.district
Hainan	LOC.region
Hakkari	LOC.region
Halland	LOC.region
Hallertau	LOC.region
Hallingdal	LOC.region
Hamilton County	LOC.region
Hampshire	LOC.region
Hamptons	LOC.region
Hanauerland	LOC.region
Hannoversches Wendland	LOC.region
Hardanger	LOC.region
Hardap	LOC.region
Harghita	LOC.region
Harheim	LOC.district
Harjumaa	LOC.region
Harlaching	LOC.district
Harlingerland	LOC.region
Harrien	LOC.region
Harris County	LOC.region
Haryana	LOC.region
Harz	LOC.region
Harzvorland	LOC.region
Hasaka	LOC.region
Hasenbergl	LOC.district
Hatay	LOC.region
Hausruckviertel	LOC.region
Haut-Rhin	LOC.region
Haute-Corse	LOC.region
Haute-Garonne	LOC.region
Haute-Loire	LOC.region
Haute-Marne	LOC.region
Haute-Normandie	LOC.region
Haute-Savoie	LOC.region
Haute-Saône	LOC.region
Haute-Vienne	LOC.region
Hautes-Alpes	LOC.region
Hautes-Pyrénées	LOC.region
Hauts-de-France	LOC.region
Hauts-de-Seine	LOC.region
Havelland	LOC.region
Hawaii	LOC.region
Hawke’s Bay	LOC.region
Hazarajat	LOC.region
Haßberge	LOC.region
Hebei	LOC.region
Heddernheim	LOC.district
Hedmark	LOC.region
Hedschas	LOC.region
Hegau	LOC.region
Heideboden	LOC.region
Heilbronner Land	LOC.region
Heiligkreuz	LOC.region	Woiwodschaft Heiligkreuz
Heilongjiang	LOC.region
Heimersdorf	LOC.district
Heimfeld	LOC.district
Heinsberger Land	LOC.region
Heinzenberg	LOC.region
Hejaz	LOC.region	Hedschas
Helgeland	LOC.region
Hellweg	LOC.region
Hellwegbörde	LOC.region
Henan	LOC.region
Henneberger Land	LOC.region
Hennebergisches Land	LOC.region
Hennegau	LOC.region
Hennepin County	LOC.region
Herefordshire	LOC.region
Hereroland	LOC.region
Hersbrucker Schweiz	LOC.region
Hertfordshire	LOC.region
Herzogtum Berg	LOC.region
Herzogtum Braunschweig	LOC.region
Herzogtum Holstein	LOC.region
Herzogtum Krain	LOC.region
Herzogtum Kärnten	LOC.region
Herzogtum Nassau	LOC.region
Herzogtum Oldenburg	LOC.region
Herzogtum Schleswig	LOC.region
Herzogtum Steiermark	LOC.region
Herzogtum Württemberg	LOC.region
Hessen	LOC.region
Hessen-Darmstadt	LOC.region
Hessen-Kassel	LOC.region
Hessen-Nassau	LOC.region
Hessisches Hinterland	LOC.region
Heuberg	LOC.region
Hexi-Korridor	LOC.region
Highlands	LOC.region
Himachal Pradesh	LOC.region
Himalaya	LOC.region
Himmerland	LOC.region
Hindukusch	LOC.region
Hinterpommern	LOC.region
Hintertaunus	LOC.region
Hinterthurgau	LOC.region
Hirschberger Tal	LOC.region
Hirschstetten	LOC.district
Hirshabelle	LOC.region
Hocheifel	LOC.region
Hochsavoyen	LOC.region
Hochschwarzwald	LOC.region
Hochsteiermark	LOC.region
Hohenlohe	LOC.region
Hohenloher Land	LOC.region
Hohenzollerische Lande	LOC.region
Hohenzollern	LOC.region
Hoher Fläming	LOC.region
Hoher Westerwald	LOC.region
Hokuriku	LOC.region
Holland	LOC.region
Holledau	LOC.region
Holstein	LOC.region
Holsteinische Elbmarschen	LOC.region
Holsteinische Schweiz	LOC.region
Holweide	LOC.district
Holzland	LOC.region
Home Counties	LOC.region
Hont	LOC.region
Hordaland	LOC.region
Horn von Afrika	LOC.region
Hovedstaden	LOC.region
Hrvatsko Zagorje	LOC.region	Zagorje
Huasteca	LOC.region
Hubei	LOC.region
Hudson County	LOC.region
Huila	LOC.region
Hultschiner Ländchen	LOC.region
Humboldt-Gremberg	LOC.district
Hunan	LOC.region
Hunsrück	LOC.region
Hunza	LOC.region
Hurepoix	LOC.region
Hyogo	LOC.region	Präfektur Hyōgo
Hyōgo	LOC.region	Präfektur Hyōgo
Hälsingland	LOC.region
Häme	LOC.region	Tavastland
Härjedalen	LOC.region
Höhenhaus	LOC.district
Hütteldorf	LOC.district
Ida-Viru	LOC.region
Ida-Virumaa	LOC.region	Ida-Viru
Idaho	LOC.region
Idlib	LOC.region
Ille-et-Vilaine	LOC.region
Illinois	LOC.region
Illyrien	LOC.region
Imeretien	LOC.region
Indiana	LOC.region
Indo-Pazifik	LOC.region
Indochina	LOC.region
Indopazifik	LOC.region
Indre-et-Loire	LOC.region
Industriequartier	LOC.district
Industrieviertel	LOC.region
Ingermanland	LOC.region
Inland Empire	LOC.region
Innere Mongolei	LOC.region
Innerkrain	LOC.region
Innerschweiz	LOC.region
Innerösterreich	LOC.region
Innlandet	LOC.region
Inntal	LOC.region
Innviertel	LOC.region
Ionien	LOC.region
Iowa	LOC.region
Irakisch-Kurdistan	LOC.region
Irpinia	LOC.region	Irpinien
Irpinien	LOC.region
Isan	LOC.region
Isarvorstadt	LOC.district
Isarwinkel	LOC.region
Iserbrook	LOC.district
Islek	LOC.region
Issan	LOC.region	Isan
Istrien	LOC.region
Italienische Riviera	LOC.region
Ituri	LOC.region
Itzgrund	LOC.region
Iwate	LOC.region	Präfektur Iwate
Jakutien	LOC.region
Jalisco	LOC.region
Jamal-Nenzen	LOC.region
Jammu und Kaschmir	LOC.region
Jedlesee	LOC.district
Jefferson County	LOC.region
Jefferson Parish	LOC.region
Jenfeld	LOC.district
Jeolla	LOC.region
Jeverland	LOC.region
Jharkhand	LOC.region
Jiangnan	LOC.region
Jiangsu	LOC.region
Jiangxi	LOC.region
Jilin	LOC.region
Joglland	LOC.region
Johanneskirchen	LOC.district
Jubaland	LOC.region
Judikarien	LOC.region
Judäa	LOC.region
Judäa und Samaria	LOC.region
Julisch Venetien	LOC.region
Jungfrauregion	LOC.region
Junkersdorf	LOC.district
Jämtland	LOC.region
Jæren	LOC.region
Jüdische Autonome Oblast	LOC.region
Jülich-Kleve-Berg	LOC.region
Jülicher Land	LOC.region
Kabardino-Balkarien	LOC.region
Kabylei	LOC.region
Kachetien	LOC.region
Kachin	LOC.region
Kachin-Staat	LOC.region
Kagran	LOC.district
Kahlgrund	LOC.region
Kainuu	LOC.region
Kaiserebersdorf	LOC.district
Kaisermühlen	LOC.district
Kaiserstuhl	LOC.region
Kalabrien	LOC.region
Kalamun	LOC.region
Kalbach-Riedberg	LOC.district
Kalifornien	LOC.region
Kalimantan	LOC.region
Kalkeifel	LOC.region
Kalksburg	LOC.district
Kalmückien	LOC.region
Kampanien	LOC.region
Kamptal	LOC.region
Kamtschatka	LOC.region
Kanagawa	LOC.region	Präfektur Kanagawa
Kannenbäckerland	LOC.region
Kansai	LOC.region
Kansai-Region	LOC.region	Kansai
Kansas	LOC.region
Kantabrien	LOC.region
Kanto	LOC.region	Kantō
Kantō	LOC.region
Kantō-Region	LOC.region	Kantō
Kaokoveld	LOC.region
Kapisa	LOC.region
Kapland	LOC.region
Kappadokien	LOC.region
Kapprovinz	LOC.region
Karakalpakstan	LOC.region
Karamoja	LOC.region
Karatschai-Tscherkessien	LOC.region
Karelien	LOC.region
Karen-Staat	LOC.region
Karibik	LOC.region
Karien	LOC.region
Karnataka	LOC.region
Karnien	LOC.region
Karolinenviertel	LOC.district
Karoviertel	LOC.district	Karolinenviertel
Karpatenukraine	LOC.region	Transkarpatien
Karpatenvorland	LOC.region
Karpato-Ukraine	LOC.region	Transkarpatien
Karwendel	LOC.region
Kasai	LOC.region
Kasaï	LOC.region
Kaschgarien	LOC.region
Kaschmir	LOC.region
Kaschubei	LOC.region
Kastilien	LOC.region
Kastilien und León	LOC.region	Kastilien-León
Kastilien-La Mancha	LOC.region
Kastilien-León	LOC.region
Katalonien	LOC.region
Katanga	LOC.region
Kathiawar	LOC.region	Saurashtra
Kaukasus	LOC.region
Kaunertal	LOC.region
Kayin-Staat	LOC.region	Karen-Staat
Kebbi	LOC.region
Kehdingen	LOC.region
Kent	LOC.region
Kentucky	LOC.region
Kerala	LOC.region
Kern County	LOC.region
Kham	LOC.region
Khomas	LOC.region
Khumbu	LOC.region
Khuzestan	LOC.region	Chuzestan
Khyber Pakhtunkhwa	LOC.region
Kiesental	LOC.region
Kiewer Oblast	LOC.region	Oblast Kiew
Kildare	LOC.region
Kilikien	LOC.region
King County	LOC.region
Kings County	LOC.region
Kivu	LOC.region
Kleinasien	LOC.region
Kleine Walachei	LOC.region
Kleinlitauen	LOC.region
Kleinpolen	LOC.region
Kleinwalsertal	LOC.region
Klettenberg	LOC.district
Klettgau	LOC.region
Klever Land	LOC.region
Kleverland	LOC.region
Klopeiner Seengebiet	LOC.region
Klützer Winkel	LOC.region
Knoblauchsland	LOC.region
Knonauer Amt	LOC.region
Kochersberg	LOC.region
Kociewie	LOC.region
Kogi	LOC.region
Kohistan	LOC.region
Kollwitzkiez	LOC.district
Komi	LOC.region
Kommagene	LOC.region
Konavle	LOC.region
Kongo Central	LOC.region
Konkan	LOC.region
Kootenay	LOC.region
Kordofan	LOC.region
Korinthia	LOC.region
Koromandelküste	LOC.region
Korsika	LOC.region
Kotschinchina	LOC.region	Cochinchina
Kraichgau	LOC.region
Krain	LOC.region
Krajina	LOC.region
Krasnodarer Region	LOC.region	Region Krasnodar
Kreischgebiet	LOC.region
Kremper Marsch	LOC.region
Kremstal	LOC.region
Kreta	LOC.region
Krim	LOC.region
Kronland Böhmen	LOC.region
Krummes Elsass	LOC.region
Kujawien	LOC.region
Kujawien-Pommern	LOC.region
Kulmer Land	LOC.region
Kunar	LOC.region
Kupfergürtel	LOC.region	Copperbelt
Kurdengebiete	LOC.region
Kurdistan	LOC.region
Kurhessen	LOC.region
Kurköln	LOC.region
Kurkölnisches Sauerland	LOC.region
Kurland	LOC.region
Kurmainz	LOC.region
Kurmark	LOC.region
Kurpfalz	LOC.region
Kurtrier	LOC.region
Kurzeme	LOC.region
Kuseler Land	LOC.region
Kutch	LOC.region
KwaZulu-Natal	LOC.region
Kwara	LOC.region
Kwartier Latäng	LOC.district
Kwazulu-Natal	LOC.region
Kyffhäuser	LOC.region
Kyffhäuserland	LOC.region
Kymenlaakso	LOC.region
Kyrenaika	LOC.region
Kysuce	LOC.region
Köllertal	LOC.region
Köln-Chorweiler	LOC.district
Köln-Ehrenfeld	LOC.district
Köln-Kalk	LOC.district
Köln-Lindenthal	LOC.district
Köln-Mülheim	LOC.district
Köln-Nippes	LOC.district
Köln-Porz	LOC.district
Köln-Rodenkirchen	LOC.district
Küstenprovinz	LOC.region
La Côte	LOC.region
La Mancha	LOC.region
La Pampa	LOC.region
Labrador	LOC.region
Ladakh	LOC.region
Ladinien	LOC.region
Laghman	LOC.region
Lahn-Dill	LOC.region
Laim	LOC.district
Lainz	LOC.district
Lake District	LOC.region
Lakonien	LOC.region
Lakshadweep	LOC.region
Lamer Winkel	LOC.region
Lanarkshire	LOC.region
Lancashire	LOC.region
Land Hadeln	LOC.region
Land Lebus	LOC.region	Lebuser Land
Land Stargard	LOC.region	Stargarder Land
Land Wursten	LOC.region
Landschaft Davos	LOC.region
Langel	LOC.district
Langenbek	LOC.district
Langhe	LOC.region
Langstrasse	LOC.district
Languedoc	LOC.region
Languedoc-Roussillon	LOC.region
Langwied	LOC.district
Lappland	LOC.region
Las Vegas Valley	LOC.region
Lateinamerika	LOC.region
Latgale	LOC.region	Lettgallen
Latium	LOC.region
Lauenburgische Seen	LOC.region
Laufental	LOC.region
Lausitz	LOC.region
Lausitzer Revier	LOC.region
Lausitzer Seenland	LOC.region
Lavanttal	LOC.region
Lavaux	LOC.region
Lebuser Land	LOC.region
Lechfeld	LOC.region
Lechrain	LOC.region
Lechtal	LOC.region
Leiblachtal	LOC.region
Leicestershire	LOC.region
Leimental	LOC.region
Leinster	LOC.region
Leipziger Land	LOC.region
Leipziger Neuseenland	LOC.region
Leiser Berge	LOC.region
Leitrim	LOC.region
Leningrader Gebiet	LOC.region	Oblast Leningrad
Leopoldau	LOC.district
Lettgallen	LOC.region
Levante	LOC.region
Leventina	LOC.region
Lewitz	LOC.region
Liaoning	LOC.region
Libur	LOC.district
Lienzer Becken	LOC.region
Ligurien	LOC.region
Lika	LOC.region
Limburg	LOC.region
Limmattal	LOC.region
Limousin	LOC.region
Limpurger Land	LOC.region
Lincolnshire	LOC.region
Lindenthal	LOC.district
Lindweiler	LOC.district
Lingener Land	LOC.region
Linker Niederrhein	LOC.region
Linthgebiet	LOC.region
Linzgau	LOC.region
Lippe	LOC.region
Lippe-Detmold	LOC.region
Lipperland	LOC.region
Liptako-Gourma	LOC.region
Liptau	LOC.region
Livland	LOC.region
Locarnese	LOC.region
Lochhausen	LOC.district
Logar	LOC.region
Lohbrügge	LOC.district
Loir-et-Cher	LOC.region
Loire-Atlantique	LOC.region
Loiret	LOC.region
Lokstedt	LOC.district
Lombardei	LOC.region
Lomellina	LOC.region
Longerich	LOC.district
Los Angeles County	LOC.region
Los Lagos	LOC.region
Lot-et-Garonne	LOC.region
Lothian	LOC.region
Lothringen	LOC.region
Loudoun County	LOC.region
Louisiana	LOC.region
Lowlands	LOC.region
Lozère	LOC.region
Luberon	LOC.region
Ludwigsvorstadt	LOC.district
Ludwigsvorstadt-Isarvorstadt	LOC.district
Luganese	LOC.region
Luisenstadt	LOC.district
Lungau	LOC.region
Lunigiana	LOC.region
Luzerner Hinterland	LOC.region
Lydien	LOC.region
Lykien	LOC.region
Lyonnais	LOC.region
Lötschental	LOC.region
Lövenich	LOC.district
Lüneburger Heide	LOC.region
Machland	LOC.region
Madhya Pradesh	LOC.region
Madonnenländchen	LOC.region
Madre de Dios	LOC.region
Maestrazgo	LOC.region
Magallanes	LOC.region
Magdeburger Börde	LOC.region
Maggiatal	LOC.region
Maghreb	LOC.region
Maharashtra	LOC.region
Maindreieck	LOC.region
Maine	LOC.region
Maine-et-Loire	LOC.region
Mainfranken	LOC.region
Mainviereck	LOC.region
Makarska Riviera	LOC.region
Malabar	LOC.region
Malabarküste	LOC.region	Malabar
Malcantone	LOC.region
Manabí	LOC.region
Manawatu	LOC.region
Mandschurei	LOC.region
Manhartsberg	LOC.region
Manipur	LOC.region
Manitoba	LOC.region
Mansfelder Land	LOC.region
Maramureș	LOC.region
Maranhão	LOC.region
Marburger Land	LOC.region
Marchfeld	LOC.region
Maresme	LOC.region
Mari El	LOC.region
Mariazeller Land	LOC.region
Marib	LOC.region
Maricopa County	LOC.region
Marin County	LOC.region
Mark Brandenburg	LOC.region
Markgrafschaft Baden	LOC.region
Markgräflerland	LOC.region
Marmarosch	LOC.region	Maramureș
Marmstorf	LOC.district
Marschlande	LOC.region
Maryland	LOC.region
Marzahn-Hellersdorf	LOC.district
Masandaran	LOC.region
Mashonaland	LOC.region
Masowien	LOC.region
Massachusetts	LOC.region
Massai Mara	LOC.region	Masai Mara
Masuren	LOC.region
Matabeleland	LOC.region
Mato Grosso	LOC.region
Mato Grosso do Sul	LOC.region
Mattertal	LOC.region
Mauenheim	LOC.district
Maxvorstadt	LOC.district
Mačva	LOC.region
Meath	LOC.region
Mecklenburg	LOC.region
Mecklenburg County	LOC.region
Mecklenburg-Schwerin	LOC.region
Mecklenburg-Strelitz	LOC.region
Mecklenburgische Schweiz	LOC.region
Mecklenburgische Seenplatte	LOC.region
Mecklenburgisches Elbetal	LOC.region
Medelpad	LOC.region
Medjimurje	LOC.region	Međimurje
Meghalaya	LOC.region
Melanesien	LOC.region
Memelgebiet	LOC.region
Mendrisiotto	LOC.region
Mercia	LOC.region
Merheim	LOC.district
Merkenich	LOC.district
Merseyside	LOC.region
Meschenich	LOC.district
Mesopotamien	LOC.region
Messenien	LOC.region
Messestadt Riem	LOC.district
Metropolregion Hamburg	LOC.region
Metropolregion München	LOC.region
Metropolregion Nürnberg	LOC.region
Metropolregion Rhein-Neckar	LOC.region
Meurthe-et-Moselle	LOC.region
Međimurje	LOC.region
Miami-Dade	LOC.region	Miami-Dade County
Miami-Dade County	LOC.region
Michelsamt	LOC.region
Michigan	LOC.region
Michoacán	LOC.region
Middlesex County	LOC.region
Midi-Pyrénées	LOC.region
Midlands	LOC.region
Miesbacher Land	LOC.region
Mikronesien	LOC.region
Milbertshofen	LOC.district
Milbertshofen-Am Hart	LOC.district
Militärgrenze	LOC.region
Milwaukee County	LOC.region
Minas Gerais	LOC.region
Mindener Land	LOC.region
Mingrelien	LOC.region
Minnesota	LOC.region
Mirdita	LOC.region
Misiones	LOC.region
Misox	LOC.region
Mississippi	LOC.region
Missouri	LOC.region
Mittelamerika	LOC.region
Mittelasien	LOC.region
Mittelatlantikstaaten	LOC.region
Mittelburgenland	LOC.region
Mittelböhmen	LOC.region
Mittelbünden	LOC.region
Mitteldalmatien	LOC.region
Mitteldeutsches Revier	LOC.region
Mitteldeutschland	LOC.region
Mitteleuropa	LOC.region
Mittelfranken	LOC.region
Mittelhessen	LOC.region
Mitteljütland	LOC.region
Mittelland	LOC.region
Mittelmark	LOC.region
Mittelmeerraum	LOC.region
Mittelost	LOC.region
Mittelrhein	LOC.region
Mittelschwaben	LOC.region
Mitteltransdanubien	LOC.region
Mittelwallis	LOC.region
Mittlerer Osten	LOC.region
Mittlerer Schwarzwald	LOC.region
Mittlerer Westen	LOC.region
Miyagi	LOC.region	Präfektur Miyagi
Mizoram	LOC.region
Moesien	LOC.region
Molise	LOC.region
Monagas	LOC.region
Mondseeland	LOC.region
Monegros	LOC.region
Monferrat	LOC.region
Monferrato	LOC.region	Monferrat
Monroe County	LOC.region
Montafon	LOC.region
Montana	LOC.region
Montgomery County	LOC.region
Moorburg	LOC.district
Moray	LOC.region
Morbihan	LOC.region
Mordwinien	LOC.region
Morelos	LOC.region
Moselland	LOC.region
Moskauer Gebiet	LOC.region	Oblast Moskau
Moskitoküste	LOC.region	Mosquitia
Moskowien	LOC.region
Mosquitia	LOC.region
Mostviertel	LOC.region
Mugello	LOC.region
Muldental	LOC.region
Muntenien	LOC.region
Murcia	LOC.region
Murgia	LOC.region
Murtal	LOC.region
Muskoka	LOC.region
Mutschellen	LOC.region
Myzeqe	LOC.region
Mähren	LOC.region
Mährisch-Schlesien	LOC.region
Mährische Walachei	LOC.region
Märkische Schweiz	LOC.region
Märkisches Sauerland	LOC.region
Médoc	LOC.region
Mölltal	LOC.region
Møre og Romsdal	LOC.region
Mühlviertel	LOC.region
Mümmelmannsberg	LOC.district
Müngersdorf	LOC.district
Münsterland	LOC.region
Mürztal	LOC.region
Nachitschewan	LOC.region
Nadschd	LOC.region
Nagaland	LOC.region
Naheland	LOC.region
Naher Osten	LOC.region
Nahost	LOC.region
Najd	LOC.region	Nadschd
Namaland	LOC.region
Nangarhar	LOC.region
Nariño	LOC.region
Nassau County	LOC.region
Natal	LOC.region
Natangen	LOC.region
Navarra	LOC.region
Nayarit	LOC.region
Nebraska	LOC.region
Neckartal	LOC.region
Negev	LOC.region
Neuallermöhe	LOC.district
Neuaubing	LOC.district
Neubraunschweig	LOC.region	New Brunswick
Neue Bundesländer	LOC.region
Neuenburger Jura	LOC.region
Neuengamme	LOC.district
Neuengland	LOC.region
Neufundland	LOC.region
Neufundland und Labrador	LOC.region
Neuhausen-Nymphenburg	LOC.district
Neumexiko	LOC.region
Neuperlach	LOC.district
Neuschottland	LOC.region
Neuseenland	LOC.region
Neusiedler Seewinkel	LOC.region
Neustadt-Nord	LOC.district
Neustadt-Süd	LOC.district
Neustift am Walde	LOC.district
Neusüdwales	LOC.region
Neuwaldegg	LOC.district
Nevada	LOC.region
New Forest	LOC.region
New Hampshire	LOC.region
New Jersey	LOC.region
New Mexico	LOC.region
New South Wales	LOC.region
Niassa	LOC.region
Nibelungengau	LOC.region
Nieder-Erlenbach	LOC.district
Nieder-Eschbach	LOC.district
Niederbayern	LOC.region
Niederbergisches Land	LOC.region
Niederer Fläming	LOC.region
Niedergrafschaft	LOC.region
Niederhessen	LOC.region
Niederkalifornien	LOC.region
Niederlausitz	LOC.region
Niedernormandie	LOC.region	Basse-Normandie
Niederrhein	LOC.region
Niederschlesien	LOC.region
Niedersimmental	LOC.region
Niederursel	LOC.district
Niehl	LOC.district
Nikolaiviertel	LOC.district
Nimrus	LOC.region
Ninawa	LOC.region	Ninive
Ningxia	LOC.region
Ninive	LOC.region
Nivernais	LOC.region
Nièvre	LOC.region
Nockberge	LOC.region
Nonsberg	LOC.region
Noord-Brabant	LOC.region
Noordoostpolder	LOC.region
Nord vaudois	LOC.region
Nord-Carolina	LOC.region
Nord-Darfur	LOC.region
Nord-Kivu	LOC.region
Nord-Kordofan	LOC.region
Nord-Norwegen	LOC.region	Nordnorwegen
Nord-Pas-de-Calais	LOC.region
Nord-Sinai	LOC.region
Nordafrika	LOC.region
Nordamerika	LOC.continent
Nordbrabant	LOC.region	Noord-Brabant
Nordburgenland	LOC.region
Nordböhmen	LOC.region
Nordcarolina	LOC.region
Norddakota	LOC.region
Norddalmatien	LOC.region
Norddeutschland	LOC.region
Nordeifel	LOC.region
Nordend-Ost	LOC.district
Nordend-West	LOC.district
Nordengland	LOC.region
Nordepirus	LOC.region
Nordeuropa	LOC.region
Nordfriesland	LOC.region
Nordharz	LOC.region
Nordhessen	LOC.region
Nordholland	LOC.region
Nordirak	LOC.region
Nordjütland	LOC.region
Nordkap	LOC.region
Nordkap-Provinz	LOC.region
Nordkarelien	LOC.region
Nordkatalonien	LOC.region
Nordkaukasus	LOC.region
Nordkivu	LOC.region	Nord-Kivu
Nordkordofan	LOC.region
Nordland	LOC.region
Nordmähren	LOC.region
Nordmøre	LOC.region
Nordontario	LOC.region
Nordossetien	LOC.region
Nordossetien-Alanien	LOC.region	Nordossetien
Nordostdeutschland	LOC.region
Nordosteuropa	LOC.region
Nordpfalz	LOC.region
Nordpfälzer Bergland	LOC.region
Nordschleswig	LOC.region
Nordschwarzwald	LOC.region
Nordseeland	LOC.region
Nordseeraum	LOC.region
Nordsinai	LOC.region
Nordsyrien	LOC.region
Nordterritorium	LOC.region
Nordtirol	LOC.region
Nordwaziristan	LOC.region
Nordwest-Territorien	LOC.region
Nordwestdeutschland	LOC.region
Nordwestschweiz	LOC.region
Nordwestterritorien	LOC.region	Nordwest-Territorien
Nordägäis	LOC.region
Noricum	LOC.region
Normandie	LOC.region
Norrbotten	LOC.region
Norrland	LOC.region
Norte de Santander	LOC.region
North Carolina	LOC.region
North Dakota	LOC.region
North York Moors	LOC.region
North Yorkshire	LOC.region
Northamptonshire	LOC.region
Northern Cape	LOC.region	Nordkap-Provinz
Northern Territory	LOC.region
Northland	LOC.region
Northumberland	LOC.region
Northumbria	LOC.region
Northwest Territories	LOC.region	Nordwest-Territorien
Notranjska	LOC.region	Innerkrain
Nottinghamshire	LOC.region
Nouvelle-Aquitaine	LOC.region
Nova Scotia	LOC.region
Nuba-Berge	LOC.region
Nuevo León	LOC.region
Numedal	LOC.region
Nunavut	LOC.region
Nuristan	LOC.region
Nussdorf	LOC.district
Nyland	LOC.region	Uusimaa
Närke	LOC.region
Nördliche Große Tiefebene	LOC.region
Nördlinger Ries	LOC.region
Nösnerland	LOC.region
Ober St. Veit	LOC.district
Oberaargau	LOC.region
Oberallgäu	LOC.region
Oberbayern	LOC.region
Oberberg	LOC.region
Oberbergisches Land	LOC.region
Obereichsfeld	LOC.region
Oberengadin	LOC.region
Oberes Gäu	LOC.region
Oberes Mittelrheintal	LOC.region
Oberfranken	LOC.region
Oberföhring	LOC.district
Obergiesing	LOC.district
Obergiesing-Fasangarten	LOC.district
Obergrafschaft	LOC.region
Oberharz	LOC.region
Oberhessen	LOC.region
Oberkrain	LOC.region
Oberkärnten	LOC.region
Oberlaa	LOC.district
Oberlausitz	LOC.region
Obermain	LOC.region
Obermenzing	LOC.district
Obernormandie	LOC.region	Haute-Normandie
Oberpfalz	LOC.region
Oberpfälzer Wald	LOC.region
Oberpinzgau	LOC.region
Oberrad	LOC.district
Oberrhein	LOC.region
Oberschlesien	LOC.region
Oberschwaben	LOC.region
Obersee	LOC.region
Obersendling	LOC.district
Obersimmental	LOC.region
Oberspreewald	LOC.region
Obersteiermark	LOC.region
Oberthurgau	LOC.region
Obertoggenburg	LOC.region
Oberwallis	LOC.region
Oberwesterwald	LOC.region
Oberägypten	LOC.region
Oblast Amur	LOC.region
Oblast Archangelsk	LOC.region
Oblast Astrachan	LOC.region
Oblast Belgorod	LOC.region
Oblast Brest	LOC.region
Oblast Brjansk	LOC.region
Oblast Charkiw	LOC.region
Oblast Cherson	LOC.region
Oblast Chmelnyzkyj	LOC.region
Oblast Dnipropetrowsk	LOC.region
Oblast Donezk	LOC.region
Oblast Gomel	LOC.region
Oblast Grodno	LOC.region
Oblast Homel	LOC.region	Oblast Gomel
Oblast Hrodna	LOC.region	Oblast Grodno
Oblast Irkutsk	LOC.region
Oblast Iwano-Frankiwsk	LOC.region
Oblast Iwanowo	LOC.region
Oblast Jaroslawl	LOC.region
Oblast Kaluga	LOC.region
Oblast Kemerowo	LOC.region
Oblast Kiew	LOC.region
Oblast Kirow	LOC.region
Oblast Kirowohrad	LOC.region
Oblast Kostroma	LOC.region
Oblast Kurgan	LOC.region
Oblast Kursk	LOC.region
Oblast Leningrad	LOC.region
Oblast Lipezk	LOC.region
Oblast Lugansk	LOC.region	Oblast Luhansk
Oblast Luhansk	LOC.region
Oblast Lwiw	LOC.region
Oblast Magadan	LOC.region
Oblast Mahiljou	LOC.region	Oblast Mogiljow
Oblast Minsk	LOC.region
Oblast Mogiljow	LOC.region
Oblast Moskau	LOC.region
Oblast Murmansk	LOC.region
Oblast Mykolajiw	LOC.region
Oblast Nischni Nowgorod	LOC.region
Oblast Nowgorod	LOC.region
Oblast Nowosibirsk	LOC.region
Oblast Odessa	LOC.region
Oblast Omsk	LOC.region
Oblast Orenburg	LOC.region
Oblast Orjol	LOC.region
Oblast Pensa	LOC.region
Oblast Poltawa	LOC.region
Oblast Pskow	LOC.region
Oblast Riwne	LOC.region
Oblast Rjasan	LOC.region
Oblast Rostow	LOC.region
Oblast Sachalin	LOC.region
Oblast Samara	LOC.region
Oblast Saporischschja	LOC.region
Oblast Saratow	LOC.region
Oblast Schytomyr	LOC.region
Oblast Smolensk	LOC.region
Oblast Sumy	LOC.region
Oblast Swerdlowsk	LOC.region
Oblast Tambow	LOC.region
Oblast Ternopil	LOC.region
Oblast Tjumen	LOC.region
Oblast Tomsk	LOC.region
Oblast Transkarpatien	LOC.region
Oblast Tscheljabinsk	LOC.region
Oblast Tscherkassy	LOC.region
Oblast Tschernihiw	LOC.region
Oblast Tscherniwzi	LOC.region
Oblast Tula	LOC.region
Oblast Twer	LOC.region
Oblast Uljanowsk	LOC.region
Oblast Winnyzja	LOC.region
Oblast Witebsk	LOC.region
Oblast Wladimir	LOC.region
Oblast Wolgograd	LOC.region
Oblast Wologda	LOC.region
Oblast Wolyn	LOC.region
Oblast Woronesch	LOC.region
Occitanie	LOC.region
Odenwald	LOC.region
Oderbruch	LOC.region
Oderland	LOC.region
Odisha	LOC.region
Offaly	LOC.region
Ogaden	LOC.region
Ogliastra	LOC.region
Ogoniland	LOC.region
Ogun	LOC.region
Ohio	LOC.region
Okavango-Delta	LOC.region
Oklahoma	LOC.region
Okzitanien	LOC.region
Oldenburger Land	LOC.region
Oldenburger Münsterland	LOC.region
Olper Land	LOC.region
Oltenien	LOC.region	Kleine Walachei
Oltrepò Pavese	LOC.region
Ontario	LOC.region
Oppland	LOC.region
Orange County	LOC.region
Oranienburger Vorstadt	LOC.district
Oranjefreistaat	LOC.region
Orava	LOC.region
Ordensland	LOC.region	Deutschordensland
Oregon	LOC.region
Orissa	LOC.region
Orlagau	LOC.region
Orleans Parish	LOC.region
Orléanais	LOC.region
Oromia	LOC.region
Ortenau	LOC.region
Osdorfer Born	LOC.district
Osnabrücker Land	LOC.region
Ossola	LOC.region
Ost-Berlin	LOC.region	Ostberlin
Ost-Darfur	LOC.region
Ost-Flandern	LOC.region	Ostflandern
Ostafrika	LOC.region
Ostalb	LOC.region
Ostallgäu	LOC.region
Ostanatolien	LOC.region
Ostasien	LOC.region
Ostberlin	LOC.region
Ostbosnien	LOC.region
Ostbottnien	LOC.region
Ostböhmen	LOC.region
Ostdeutschland	LOC.region
Osteifel	LOC.region
Osterland	LOC.region
Osterstade	LOC.region
Osterzgebirge	LOC.region
Osteuropa	LOC.region
Ostflandern	LOC.region
Ostfriesland	LOC.region
Ostgebiete	LOC.region
Ostghuta	LOC.region	Ost-Ghuta
Ostharz	LOC.region
Osthessen	LOC.region
Ostjütland	LOC.region
Ostkap	LOC.region
Ostmakedonien	LOC.region
Ostmakedonien und Thrakien	LOC.region
Ostmitteleuropa	LOC.region
Ostpreußen	LOC.region
Ostprignitz	LOC.region
Ostrobottnien	LOC.region
Ostrumelien	LOC.region
Ostschweiz	LOC.region
Ostseeraum	LOC.region
Ostsibirien	LOC.region
Oststeiermark	LOC.region
Ostthrakien	LOC.region
Osttirol	LOC.region
Ostturkestan	LOC.region
Ostwestfalen	LOC.region
Ostwestfalen-Lippe	LOC.region
Ostzone	LOC.region
Osun	LOC.region
Otago	LOC.region
Otjozondjupa	LOC.region
Outback	LOC.region
Outre-Forêt	LOC.region
Ovamboland	LOC.region
Overijssel	LOC.region
Overledingerland	LOC.region
Oxfordshire	LOC.region
Ozeanien	LOC.continent
PACA	LOC.region	Provence-Alpes-Côte d’Azur
Pacific Northwest	LOC.region
Paderborner Land	LOC.region
Paktia	LOC.region
Paktika	LOC.region
Palm Beach County	LOC.region
Pampa	LOC.region
Pamphylien	LOC.region
Pandschab	LOC.region
Pandschir	LOC.region	Pandschschir
Pandschschir	LOC.region
Panjshir	LOC.region	Pandschir
Pankissi-Tal	LOC.region
Pannonien	LOC.region
Papenteich	LOC.region
Paraíba	LOC.region
Parwan	LOC.region
Pará	LOC.region
Pas-de-Calais	LOC.region
Pasing-Obermenzing	LOC.district
Passauer Land	LOC.region
Patagonien	LOC.region
Pays Basque	LOC.region
Pays de la Loire	LOC.region
Pays d’Auge	LOC.region
Pays d’Enhaut	LOC.region
Pazifikraum	LOC.region
Pazifischer Nordwesten	LOC.region	Pacific Northwest
Paznaun	LOC.region
Peak District	LOC.region
Peiner Land	LOC.region
Pelagonien	LOC.region
Peloponnes	LOC.region
Pembrokeshire	LOC.region
Penedès	LOC.region
Pennsylvania	LOC.region
Pennsylvanien	LOC.region
Perche	LOC.region
Perlach	LOC.district
Permian Basin	LOC.region
Pernambuco	LOC.region
Persischer Golf	LOC.region
Perthshire	LOC.region
Petén	LOC.region
Pfaffenwinkel	LOC.region
Pfalz	LOC.region
Pfannenstiel	LOC.region
Pfnüselküste	LOC.region
Pfynwald	LOC.region
Pfälzerwald	LOC.region
Phokis	LOC.region
Phrygien	LOC.region
Piauí	LOC.region
Picardie	LOC.region
Piemont	LOC.region
Pilbara	LOC.region
Pima County	LOC.region
Pinzgau	LOC.region
Pirin-Makedonien	LOC.region
Pirkanmaa	LOC.region
Pitztal	LOC.region
Pleißenland	LOC.region
Podhale	LOC.region
Podlachien	LOC.region
Podolien	LOC.region
Podravina	LOC.region
Podrinje	LOC.region
Pohjanmaa	LOC.region	Ostrobottnien
Poitou	LOC.region
Poitou-Charentes	LOC.region
Polesine	LOC.region
Polog	LOC.region
Polynesien	LOC.region
Pomerellen	LOC.region
Pommerellen	LOC.region
Pommern	LOC.region
Pondicherry	LOC.region	Puducherry
Pongau	LOC.region
Pontos	LOC.region
Posavina	LOC.region
Posener Land	LOC.region
Powys	LOC.region
Praunheim	LOC.district
Prekmurje	LOC.region
Presevo-Tal	LOC.region	Preševo-Tal
Preungesheim	LOC.district
Preußische Rheinprovinz	LOC.region
Preševo-Tal	LOC.region
Prignitz	LOC.region
Primorje	LOC.region	Region Primorje
Primorska	LOC.region	Slowenisches Küstenland
Primör	LOC.region
Prince Edward Island	LOC.region
Prince George’s County	LOC.region
Prince William County	LOC.region
Prinz-Edward-Insel	LOC.region	Prince Edward Island
Priorat	LOC.region
Probstei	LOC.region
Protektorat Böhmen und Mähren	LOC.region
Provence	LOC.region
Provence-Alpes-Côte d’Azur	LOC.region
Provinz Anbar	LOC.region	Anbar
Provinz Antwerpen	LOC.region
Provinz Brandenburg	LOC.region
Provinz Buenos Aires	LOC.region
Provinz Gangwon	LOC.region	Gangwon
Provinz Gyeonggi	LOC.region	Gyeonggi
Provinz Hannover	LOC.region
Provinz Hessen-Nassau	LOC.region
Provinz Luxemburg	LOC.region
Provinz Lüttich	LOC.region
Provinz Namur	LOC.region
Provinz Ninive	LOC.region	Ninive
Provinz Ostpreußen	LOC.region
Provinz Pommern	LOC.region
Provinz Posen	LOC.region
Provinz Québec	LOC.region
Provinz Sachsen	LOC.region
Provinz Schlesien	LOC.region
Provinz Schleswig-Holstein	LOC.region
Provinz Westfalen	LOC.region
Provinz Westpreußen	LOC.region
Präfektur Aichi	LOC.region
Präfektur Akita	LOC.region
Präfektur Aomori	LOC.region
Präfektur Chiba	LOC.region
Präfektur Ehime	LOC.region
Präfektur Fukui	LOC.region
Präfektur Fukuoka	LOC.region
Präfektur Fukushima	LOC.region
Präfektur Gifu	LOC.region
Präfektur Gunma	LOC.region
Präfektur Hiroshima	LOC.region
Präfektur Hokkaido	LOC.region	Präfektur Hokkaidō
Präfektur Hokkaidō	LOC.region
Präfektur Hyogo	LOC.region	Präfektur Hyōgo
Präfektur Hyōgo	LOC.region
Präfektur Ibaraki	LOC.region
Präfektur Ishikawa	LOC.region
Präfektur Iwate	LOC.region
Präfektur Kagawa	LOC.region
Präfektur Kagoshima	LOC.region
Präfektur Kanagawa	LOC.region
Präfektur Kumamoto	LOC.region
Präfektur Kyoto	LOC.region	Präfektur Kyōto
Präfektur Kyōto	LOC.region
Präfektur Kōchi	LOC.region
Präfektur Mie	LOC.region
Präfektur Miyagi	LOC.region
Präfektur Miyazaki	LOC.region
Präfektur Nagano	LOC.region
Präfektur Nagasaki	LOC.region
Präfektur Nara	LOC.region
Präfektur Niigata	LOC.region
Präfektur Okayama	LOC.region
Präfektur Okinawa	LOC.region
Präfektur Osaka	LOC.region
Präfektur Saga	LOC.region
Präfektur Saitama	LOC.region
Präfektur Shiga	LOC.region
Präfektur Shimane	LOC.region
Präfektur Shizuoka	LOC.region
Präfektur Tochigi	LOC.region
Präfektur Tokio	LOC.region
Präfektur Tokushima	LOC.region
Präfektur Tottori	LOC.region
Präfektur Toyama	LOC.region
Präfektur Wakayama	LOC.region
Präfektur Yamagata	LOC.region
Präfektur Yamaguchi	LOC.region
Präfektur Yamanashi	LOC.region
Präfektur Ōita	LOC.region
Prärieprovinzen	LOC.region
Prättigau	LOC.region
Punjab	LOC.region
Puschlav	LOC.region
Putumayo	LOC.region
Puy-de-Dôme	LOC.region
Pyhrn-Priel	LOC.region
Pyrénées-Atlantiques	LOC.region
Pyrénées-Orientales	LOC.region
Pärnumaa	LOC.region
Périgord	LOC.region
Pölstal	LOC.region
Pötzleinsdorf	LOC.district
Qalamun	LOC.region
Qinghai	LOC.region
Quebec	LOC.region
Queens County	LOC.region
Queensland	LOC.region
Quercy	LOC.region
Querétaro	LOC.region
Quindío	LOC.region
Quintana Roo	LOC.region
Raderberg	LOC.district
Raderthal	LOC.district
Rafzerfeld	LOC.region
Rajasthan	LOC.region
Rakhaing	LOC.region
Rakhine	LOC.region	Rakhaing
Rakhine-Staat	LOC.region	Rakhaing
Ramersdorf	LOC.district
Ramersdorf-Perlach	LOC.district
Rangau	LOC.region
Rann of Kutch	LOC.region	Kutch
Ravensberger Land	LOC.region
Raška	LOC.region
Red Centre	LOC.region
Regierungsviertel	LOC.district
Region Altai	LOC.region
Region Belgorod	LOC.region	Oblast Belgorod
Region Brjansk	LOC.region	Oblast Brjansk
Region Brüssel-Hauptstadt	LOC.region
Region Chabarowsk	LOC.region
Region Charkiw	LOC.region	Oblast Charkiw
Region Cherson	LOC.region	Oblast Cherson
Region Dnipropetrowsk	LOC.region	Oblast Dnipropetrowsk
Region Donezk	LOC.region	Oblast Donezk
Region Hovedstaden	LOC.region
Region Kaliningrad	LOC.region	Oblast Kaliningrad
Region Kamtschatka	LOC.region
Region Kiew	LOC.region	Oblast Kiew
Region Krasnodar	LOC.region
Region Krasnojarsk	LOC.region
Region Kursk	LOC.region	Oblast Kursk
Region Luhansk	LOC.region	Oblast Luhansk
Region Lwiw	LOC.region	Oblast Lwiw
Region Midtjylland	LOC.region
Region Moskau	LOC.region	Oblast Moskau
Region Murcia	LOC.region
Region Mykolajiw	LOC.region	Oblast Mykolajiw
Region Nordjylland	LOC.region
Region Odessa	LOC.region	Oblast Odessa
Region Perm	LOC.region
Region Primorje	LOC.region
Region Rostow	LOC.region	Oblast Rostow
Region Saporischschja	LOC.region	Oblast Saporischschja
Region Sjælland	LOC.region
Region Stawropol	LOC.region
Region Stuttgart	LOC.region
Region Sumy	LOC.region	Oblast Sumy
Region Syddanmark	LOC.region
Region Transbaikalien	LOC.region	Transbaikalien
Region Tschernihiw	LOC.region	Oblast Tschernihiw
Region Woronesch	LOC.region	Oblast Woronesch
Reichsgau Sudetenland	LOC.region
Reichsgau Wartheland	LOC.region	Warthegau
Reichsland Elsass-Lothringen	LOC.region	Reichsland Elsaß-Lothringen
Reichsland Elsaß-Lothringen	LOC.region
Reitbrook	LOC.district
Remstal	LOC.region
Republik Altai	LOC.region
Republik Sacha	LOC.region
Republika Srpska	LOC.region
Retzer Land	LOC.region
Reuterkiez	LOC.district
Reykjanes	LOC.region
Reykjanes-Halbinsel	LOC.region	Reykjanes
Rheiderland	LOC.region
Rhein-Main	LOC.region
Rhein-Main-Gebiet	LOC.region
Rhein-Main-Region	LOC.region
Rhein-Neckar	LOC.region
Rhein-Ruhr	LOC.region
Rheinbayern	LOC.region
Rheingau	LOC.region
Rheinhessen	LOC.region
Rheinhessische Schweiz	LOC.region
Rheinisches Braunkohlerevier	LOC.region
Rheinisches Revier	LOC.region
Rheinland	LOC.region
Rheinprovinz	LOC.region
Rheintal	LOC.region
Rhode Island	LOC.region
Rhône-Alpes	LOC.region
Rhön	LOC.region
Ribatejo	LOC.region
Ribera del Duero	LOC.region
Riedberg	LOC.district
Riederwald	LOC.district
Riem	LOC.district
Riesbach	LOC.district
Riesengebirge	LOC.region
Rio Grande do Norte	LOC.region
Rio Grande do Sul	LOC.region
Risaralda	LOC.region
Riverside County	LOC.region
Rodaun	LOC.district
Roero	LOC.region
Rogaland	LOC.region
Rohrdorferberg	LOC.region
Rojava	LOC.region
Rollbergviertel	LOC.district
Romagna	LOC.region
Romandie	LOC.region
Romsdal	LOC.region
Rondorf	LOC.district
Rondônia	LOC.region
Roscommon	LOC.region
Rosenheimer Land	LOC.region
Rosental	LOC.region
Rosenthaler Vorstadt	LOC.district
Rottal	LOC.region
Rottaler Bäderdreieck	LOC.region
Rouergue	LOC.region
Roussillon	LOC.region
Ruhrgebiet	LOC.region
Ruhrpott	LOC.region
Ruhrrevier	LOC.region
Rumelien	LOC.region
Rupertiwinkel	LOC.region
Ruppiner Land	LOC.region
Ruppiner Schweiz	LOC.region
Ruppiner Seenland	LOC.region
Rureifel	LOC.region
Rust Belt	LOC.region
Rätien	LOC.region
Rías Altas	LOC.region
Rías Baixas	LOC.region
Rödelheim	LOC.district
Rönneburg	LOC.district
Saada	LOC.region
Saale-Holzland	LOC.region
Saale-Unstrut	LOC.region
Saar-Lor-Lux	LOC.region
Saargau	LOC.region
Saargebiet	LOC.region
Saarpfalz	LOC.region
Saarrevier	LOC.region
Saastal	LOC.region
Sabul	LOC.region
Sachalin	LOC.region
Sachsen	LOC.region
Sachsen-Altenburg	LOC.region
Sachsen-Coburg und Gotha	LOC.region
Sachsen-Coburg-Gotha	LOC.region	Sachsen-Coburg und Gotha
Sachsen-Meiningen	LOC.region
Sachsen-Weimar	LOC.region	Sachsen-Weimar-Eisenach
Sachsen-Weimar-Eisenach	LOC.region
Sachsenhausen-Nord	LOC.district
Sachsenhausen-Süd	LOC.district
Sahara	LOC.region
Sahel	LOC.region
Sahelzone	LOC.region
Saintonge	LOC.region
Salah ad-Din	LOC.region
Salt Lake County	LOC.region
Salzburger Land	LOC.region
Salzburger Seenland	LOC.region
Salzkammergut	LOC.region
Samaria	LOC.region
Samariterkiez	LOC.district
Sambesi-Region	LOC.region
Samegrelo	LOC.region	Mingrelien
Samland	LOC.region
Samogitien	LOC.region
San Bernardino County	LOC.region
San Blas	LOC.region	Guna Yala
San Diego County	LOC.region
San Francisco Bay Area	LOC.region	Bay Area
Sandschak	LOC.region
Sannio	LOC.region
Sansibar	LOC.region
Santa Catarina	LOC.region
Santa Clara County	LOC.region
Sarawak	LOC.region
Sardinien	LOC.region
Sarganserland	LOC.region
Saskatchewan	LOC.region
Satakunta	LOC.region
Sathmar	LOC.region
Sauerland	LOC.region
Saulnois	LOC.region
Saurashtra	LOC.region
Sausal	LOC.region
Savo	LOC.region
Savoie	LOC.region
Savonien	LOC.region	Savo
Savoyen	LOC.region
Saône-et-Loire	LOC.region
Schams	LOC.region
Schanzenviertel	LOC.district
Schaumburg-Lippe	LOC.region
Schaumburger Land	LOC.region
Schemaiten	LOC.region	Samogitien
Scheunenviertel	LOC.district
Schilcherland	LOC.region
Schillerkiez	LOC.district
Schlaubetal	LOC.region
Schlesien	LOC.region
Schleswig	LOC.region
Schneebergland	LOC.region
Schottische Highlands	LOC.region
Schottland	LOC.region
Schumadija	LOC.region	Šumadija
Schwaben	LOC.region
Schwabing	LOC.district
Schwabing-Freimann	LOC.district
Schwabing-West	LOC.district
Schwamendingen	LOC.district
Schwanheim	LOC.district
Schwanthalerhöhe	LOC.district
Schwarzafrika	LOC.region
Schwarzbubenland	LOC.region
Schwarzburg-Rudolstadt	LOC.region
Schwarzburg-Sondershausen	LOC.region
Schwarzenburgerland	LOC.region
Schwarzmeerregion	LOC.region
Schwarzwald	LOC.region
Schwedisch-Lappland	LOC.region
Schwäbische Alb	LOC.region
Schwäbischer Wald	LOC.region
Schöneweide	LOC.district
Schüttinsel	LOC.region	Große Schüttinsel
Scottish Borders	LOC.region
Sechsämterland	LOC.region
Seckbach	LOC.district
Seeländisch-Flandern	LOC.region	Zeeuws-Vlaanderen
Seeprovinzen	LOC.region
Seestadt Aspern	LOC.district
Seetal	LOC.region
Seewinkel	LOC.region
Seine-Maritime	LOC.region
Seine-Saint-Denis	LOC.region
Seine-et-Marne	LOC.region
Selfkant	LOC.region
Semberija	LOC.region
Semgallen	LOC.region
Semiretschje	LOC.region	Siebenstromland
Semmering	LOC.region
Sendling	LOC.district
Sendling-Westpark	LOC.district
Senne	LOC.region
Sensebezirk	LOC.region
Sergipe	LOC.region
Setesdal	LOC.region
Shaanxi	LOC.region
Shan-Staat	LOC.region
Shandong	LOC.region
Shanxi	LOC.region
Shelby County	LOC.region
Shiga	LOC.region	Präfektur Shiga
Shimane	LOC.region	Präfektur Shimane
Shropshire	LOC.region
Sibirien	LOC.region
Sichuan	LOC.region
Sickinger Höhe	LOC.region
Sidama	LOC.region
Siebenbürgen	LOC.region
Siebenstromland	LOC.region
Siegerland	LOC.region
Sievering	LOC.district
Sikkim	LOC.region
Silicon Valley	LOC.region
Sinai	LOC.region
Sinaloa	LOC.region
Sindh	LOC.region
Sindlingen	LOC.district
Sindschar	LOC.region
Sinjar	LOC.region	Sindschar
Sinstorf	LOC.district
Sistan und Belutschistan	LOC.region
Sizilien	LOC.region
Skandinavien	LOC.region
Skåne	LOC.region	Schonen
Slawonien	LOC.region
Slobodaukraine	LOC.region
Slowenisches Küstenland	LOC.region
Småland	LOC.region
Snæfellsnes	LOC.region
Sofala	LOC.region
Sogdien	LOC.region
Sogn og Fjordane	LOC.region
Soissonnais	LOC.region
Soldiner Kiez	LOC.district
Solling	LOC.region
Solln	LOC.district
Somali-Region	LOC.region
Sonneberger Land	LOC.region
Sonoma County	LOC.region
Sonora	LOC.region
Sopraceneri	LOC.region
Sossenheim	LOC.district
Sottoceneri	LOC.region
Souss	LOC.region
South Australia	LOC.region
South Carolina	LOC.region
South Dakota	LOC.region
South Yorkshire	LOC.region
Southland	LOC.region
Sowjetische Besatzungszone	LOC.region
Spadenland	LOC.district
Spandauer Vorstadt	LOC.district
Speising	LOC.district
Spessart	LOC.region
Spittelberg	LOC.district
Spreewald	LOC.region
Srem	LOC.region	Syrmien
St. Galler Rheintal	LOC.region
Stadland	LOC.region
Stadlau	LOC.district
Staffordshire	LOC.region
Stammersdorf	LOC.district
Stammesgebiete unter Bundesverwaltung	LOC.region
Stammheim	LOC.district
Stapelholm	LOC.region
Stargarder Land	LOC.region
Starkenburg	LOC.region
Stedingen	LOC.region
Steglitz-Zehlendorf	LOC.district
Steigerwald	LOC.region
Steinwerder	LOC.district
Steirisches Salzkammergut	LOC.region
Steirisches Thermenland	LOC.region	Thermenland
Steirisches Vulkanland	LOC.region
Sternberger Seenland	LOC.region
Stiftland	LOC.region
Stralau	LOC.district
Stralauer Vorstadt	LOC.district
Strathclyde	LOC.region
Strebersdorf	LOC.district
Strudengau	LOC.region
Stubaital	LOC.region
Studenland	LOC.region
Subsahara-Afrika	LOC.region
Sucumbíos	LOC.region
Sudauen	LOC.region
Sudetenland	LOC.region
Suffolk County	LOC.region
Suhrental	LOC.region
Sulcis	LOC.region
Sulu	LOC.region
Sun Belt	LOC.region
Sundgau	LOC.region
Sunnmøre	LOC.region
Surental	LOC.region
Surselva	LOC.region
Sussex	LOC.region
Suvalkija	LOC.region
Suwaida	LOC.region
Svealand	LOC.region
Swanetien	LOC.region
Syrmien	LOC.region
Szeklerland	LOC.region
Sächsische Schweiz	LOC.region
Sächsisches Burgenland	LOC.region
Sächsisches Elbland	LOC.region
Säuliamt	LOC.region
Södermanland	LOC.region
Sønderjylland	LOC.region
Sørlandet	LOC.region
Süd-Carolina	LOC.region
Süd-Darfur	LOC.region
Süd-Kivu	LOC.region
Süd-Kordofan	LOC.region
Süd-Sinai	LOC.region
Südafrika	LOC.region
Südamerika	LOC.continent
Südasien	LOC.region
Südaustralien	LOC.region
Südburgenland	LOC.region
Südböhmen	LOC.region
Südcarolina	LOC.region
Süddakota	LOC.region
Süddalmatien	LOC.region
Süddeutschland	LOC.region
Südeifel	LOC.region
Südengland	LOC.region
Südeuropa	LOC.region
Südharz	LOC.region
Südhessen	LOC.region
Südholland	LOC.region
Südjütland	LOC.region
Südkarelien	LOC.region
Südkaukasus	LOC.region
Südkivu	LOC.region	Süd-Kivu
Südkordofan	LOC.region	Süd-Kordofan
Südlibanon	LOC.region
Südliche Große Tiefebene	LOC.region
Südmähren	LOC.region
Südniedersachsen	LOC.region
Südontario	LOC.region
Südostanatolien	LOC.region
Südostasien	LOC.region
Südosteuropa	LOC.region
Südpfalz	LOC.region
Südschleswig	LOC.region
Südschwarzwald	LOC.region
Südschweiz	LOC.region
Südsee	LOC.region
Südsinai	LOC.region
Südstaaten	LOC.region
Südsteiermark	LOC.region
Südtirol	LOC.region
Südtransdanubien	LOC.region
Südwaziristan	LOC.region
Südwestdeutschland	LOC.region
Südägäis	LOC.region
Sürth	LOC.district
Süßenbrunn	LOC.district
Tabasco	LOC.region
Tafilalet	LOC.region
Takhar	LOC.region
Talysch	LOC.region
Tamaulipas	LOC.region
Tamil Nadu	LOC.region
Tannheimer Tal	LOC.region
Taraba	LOC.region
Taranaki	LOC.region
Tarapacá	LOC.region
Tarn-et-Garonne	LOC.region
Tarrant County	LOC.region
Tartumaa	LOC.region
Tasmanien	LOC.region
Tatenberg	LOC.district
Tauberfranken	LOC.region
Taubertal	LOC.region
Taunus	LOC.region
Tavastland	LOC.region
Tecklenburger Land	LOC.region
Telangana	LOC.region
Tempelhof-Schöneberg	LOC.district
Tennengau	LOC.region
Tennessee	LOC.region
Terai	LOC.region
Territoire de Belfort	LOC.region
Teufelsmoor	LOC.region
Teutoburger Wald	LOC.region
Texas	LOC.region
Texas Panhandle	LOC.region
Thalkirchen	LOC.district
Thalkirchen-Obersendling-Forstenried-Fürstenried-Solln	LOC.district
Thayaland	LOC.region
Thenhoven	LOC.district
Theresienhöhe	LOC.district
Thermenland	LOC.region
Thermenregion	LOC.region
Thessalien	LOC.region
Thiérache	LOC.region
Thrakien	LOC.region
Thüringen	LOC.region
Thüringer Becken	LOC.region
Thüringer Rhön	LOC.region
Thüringer Vogtland	LOC.region
Thüringer Wald	LOC.region
Tibet	LOC.region
Tiefer Süden	LOC.region	Deep South
Tierra de Campos	LOC.region
Tigrai	LOC.region	Tigray
Tigray	LOC.region
Tihama	LOC.region
Tipperary	LOC.region
Tiroler Oberland	LOC.region
Tiroler Unterland	LOC.region
Toggenburg	LOC.region
Tohoku	LOC.region	Tōhoku
Tolima	LOC.region
Tonkin	LOC.region
Tonndorf	LOC.district
Top End	LOC.region
Toskana	LOC.region
Touraine	LOC.region
Transbaikalien	LOC.region
Transdanubien	LOC.region
Transkarpatien	LOC.region
Transkaukasien	LOC.region
Transkei	LOC.region
Transleithanien	LOC.region
Transnistrien	LOC.region
Transoxanien	LOC.region
Transvaal	LOC.region
Traunviertel	LOC.region
Travis County	LOC.region
Trentino	LOC.region
Trentino-Südtirol	LOC.region
Treptow-Köpenick	LOC.district
Trierer Land	LOC.region
Tripolitanien	LOC.region
Tripura	LOC.region
Trizone	LOC.region
Troms	LOC.region
Troms og Finnmark	LOC.region
Trudering	LOC.district
Trudering-Riem	LOC.district
Trás-os-Montes	LOC.region
Trøndelag	LOC.region
Tschadsee-Region	LOC.region
Tschechisch-Schlesien	LOC.region
Tschukotka	LOC.region
Tschuwaschien	LOC.region
Tucumán	LOC.region
Tullnerfeld	LOC.region
Tuniberg	LOC.region
Turkana	LOC.region
Turz	LOC.region
Tuscia	LOC.region
Tuwa	LOC.region
Twente	LOC.region
Tyne and Wear	LOC.region
Táchira	LOC.region
Tölzer Land	LOC.region
Tōhoku	LOC.region
Tōkai	LOC.region
Uckermark	LOC.region
Udmurtien	LOC.region
Uhlenhorst	LOC.district
Uigurien	LOC.region
Umbrien	LOC.region
Unterallgäu	LOC.region
Untereichsfeld	LOC.region
Unterengadin	LOC.region
Unterer Niederrhein	LOC.region
Unterfranken	LOC.region
Untergiesing	LOC.district
Untergiesing-Harlaching	LOC.district
Unterharz	LOC.region
Unterkrain	LOC.region
Unterkärnten	LOC.region
Unterliederbach	LOC.district
Untermain	LOC.region
Untermenzing	LOC.district
Unterpinzgau	LOC.region
Untersee	LOC.region
Unterspreewald	LOC.region
Untersteiermark	LOC.region
Untertaunus	LOC.region
Untertoggenburg	LOC.region
Unterwallis	LOC.region
Unterwesterwald	LOC.region
Unterägypten	LOC.region
Uppland	LOC.region
Upstate New York	LOC.region
Ural	LOC.region
Urnerland	LOC.region
Urusgan	LOC.region
Uruzgan	LOC.region
Usinger Land	LOC.region
Utah	LOC.region
Uttar Pradesh	LOC.region
Uttarakhand	LOC.region
Uusimaa	LOC.region
Val Müstair	LOC.region
Val Rendena	LOC.region
Val d’Anniviers	LOC.region
Val d’Aran	LOC.region
Val d’Orcia	LOC.region
Val-de-Marne	LOC.region
Val-d’Oise	LOC.region
Valdarno	LOC.region
Valdres	LOC.region
Valencia	LOC.region
Valencianische Gemeinschaft	LOC.region
Valle del Cauca	LOC.region
Vallemaggia	LOC.region
Valsesia	LOC.region
Valsugana	LOC.region
Varsinais-Suomi	LOC.region	Eigentliches Finnland
Vaucluse	LOC.region
Vendsyssel	LOC.region
Vendée	LOC.region
Venetien	LOC.region
Ventura County	LOC.region
Vermont	LOC.region
Versilia	LOC.region
Verzascatal	LOC.region
Vest Recklinghausen	LOC.region
Vestfold	LOC.region
Vestland	LOC.region
Vestlandet	LOC.region
Veveyse	LOC.region
Vexin	LOC.region
Vichada	LOC.region
Vidzeme	LOC.region
Vierlande	LOC.region
Viken	LOC.region
Vingst	LOC.district
Virginia	LOC.region
Vizcaya	LOC.region	Bizkaia
Vogelsberg	LOC.region
Vogtland	LOC.region
Vojvodina	LOC.region
Volkhoven	LOC.district
Vorarlberg	LOC.region
Vorarlberger Rheintal	LOC.region
Vorderasien	LOC.region
Vorderpfalz	LOC.region
Vordertaunus	LOC.region
Vorderösterreich	LOC.region
Voreifel	LOC.region
Vorharz	LOC.region
Vorpommern	LOC.region
Vosges	LOC.region
Vulkaneifel	LOC.region
Vulkanland	LOC.region
Värmland	LOC.region
Västerbotten	LOC.region
Västergötland	LOC.region
Västmanland	LOC.region
Västra Götaland	LOC.region
Waadtländer Riviera	LOC.region
Wachan-Korridor	LOC.region
Wachau	LOC.region
Wagrien	LOC.region
Wahnheide	LOC.district
Waikato	LOC.region
Wake County	LOC.region
Walachei	LOC.region
Walddörfer	LOC.region
Waldeck-Pyrmont	LOC.region
Waldecker Land	LOC.region
Waldperlach	LOC.district
Waldtrudering	LOC.district
Waldviertel	LOC.region
Wales	LOC.region
Walgau	LOC.region
Wallonie	LOC.region
Wallonisch-Brabant	LOC.region
Waltershof	LOC.district
Wardak	LOC.region
Warndt	LOC.region
Wartburgregion	LOC.region
Warthegau	LOC.region
Warwickshire	LOC.region
Wasiristan	LOC.region
Wasseramt	LOC.region
Wayne County	LOC.region
Waziristan	LOC.region
Wechselland	LOC.region
Wehntal	LOC.region
Weichselwerder	LOC.region
Weidenpesch	LOC.district
Weidlingau	LOC.district
Weinviertel	LOC.region
Weißgerberviertel	LOC.district
Welschland	LOC.region
Welschtirol	LOC.region
Welser Heide	LOC.region
Wendland	LOC.region
Werdenberg	LOC.region
Werdenfelser Land	LOC.region
Werra-Meißner-Land	LOC.region
Weserbergland	LOC.region
Weserland	LOC.region
Wesermarsch	LOC.region
Wessex	LOC.region
West Country	LOC.region
West Midlands	LOC.region
West Sussex	LOC.region
West Virginia	LOC.region
West Yorkshire	LOC.region
West-Berlin	LOC.region	Westberlin
West-Darfur	LOC.region
West-Flandern	LOC.region	Westflandern
Westafrika	LOC.region
Westallgäu	LOC.region
Westasien	LOC.region
Westaustralien	LOC.region
Westbalkan	LOC.region
Westbengalen	LOC.region
Westberlin	LOC.region
Westböhmen	LOC.region
Westchester County	LOC.region
Westdeutschland	LOC.region
Westeifel	LOC.region
Westend-Nord	LOC.district
Westend-Süd	LOC.district
Western Australia	LOC.region
Western Cape	LOC.region	Westkap
Westerwald	LOC.region
Westerzgebirge	LOC.region
Westeuropa	LOC.region
Westfalen	LOC.region
Westfjorde	LOC.region
Westflandern	LOC.region
Westfriesland	LOC.region
Westharz	LOC.region
Westhoven	LOC.district
Westjordanland	LOC.region
Westjütland	LOC.region
Westkap	LOC.region
Westlausitz	LOC.region
Westliche Wälder	LOC.region
Westlicher Balkan	LOC.region
Westmakedonien	LOC.region
Westmeath	LOC.region
Westmecklenburg	LOC.region
Westmünsterland	LOC.region
Westpapua	LOC.region
Westpfalz	LOC.region
Westpommern	LOC.region
Westpreußen	LOC.region
Westschweiz	LOC.region
Westsibirien	LOC.region
Weststeiermark	LOC.region
Westthrakien	LOC.region
Westtransdanubien	LOC.region
Westzonen	LOC.region
Wetterau	LOC.region
Wetterstein	LOC.region
Wexford	LOC.region
Whitsundays	LOC.region
Wicklow	LOC.region
Widdersdorf	LOC.district
Wiedikon	LOC.district
Wiehengebirge	LOC.region
Wienerwald	LOC.region
Wierland	LOC.region
Wild Coast	LOC.region
Wilder Westen	LOC.region
Wilstermarsch	LOC.region
Wilstorf	LOC.district
Wiltshire	LOC.region
Wipptal	LOC.region
Wisconsin	LOC.region
Wittenberger Land	LOC.region
Wittgensteiner Land	LOC.region
Woiwodina	LOC.region	Vojvodina
Woiwodschaft Ermland-Masuren	LOC.region
Woiwodschaft Großpolen	LOC.region
Woiwodschaft Heiligkreuz	LOC.region
Woiwodschaft Karpatenvorland	LOC.region
Woiwodschaft Kleinpolen	LOC.region
Woiwodschaft Kujawien-Pommern	LOC.region
Woiwodschaft Lebus	LOC.region
Woiwodschaft Lodz	LOC.region	Woiwodschaft Łódź
Woiwodschaft Lublin	LOC.region
Woiwodschaft Masowien	LOC.region
Woiwodschaft Niederschlesien	LOC.region
Woiwodschaft Oppeln	LOC.region
Woiwodschaft Podlachien	LOC.region
Woiwodschaft Pommern	LOC.region
Woiwodschaft Schlesien	LOC.region
Woiwodschaft Westpommern	LOC.region
Woiwodschaft Łódź	LOC.region
Wolgagebiet	LOC.region
Wolgaregion	LOC.region
Wolhynien	LOC.region
Wonnegau	LOC.region
Worcestershire	LOC.region
Woëvre	LOC.region
Wrangelkiez	LOC.district
Wulkabecken	LOC.region
Wynental	LOC.region
Wyoming	LOC.region
Wörlitzer Gartenreich	LOC.region
Württemberg	LOC.region
Württembergisches Unterland	LOC.region
Xinjiang	LOC.region
Yamanashi	LOC.region	Präfektur Yamanashi
Ybrig	LOC.region
Yobe	LOC.region
Yorkshire	LOC.region
Yorkshire Dales	LOC.region
Yspertal	LOC.region
Yucatán	LOC.region
Yukon	LOC.region
Yunnan	LOC.region
Yvelines	LOC.region
Zabergäu	LOC.region
Zagorje	LOC.region
Zamdorf	LOC.district
Zamfara	LOC.region
Zauche	LOC.region
Zeeland	LOC.region
Zeeuws-Vlaanderen	LOC.region
Zeilsheim	LOC.district
Zemgale	LOC.region	Semgallen
Zentral-Darfur	LOC.region
Zentralafrika	LOC.region
Zentralasien	LOC.region
Zentralbosnien	LOC.region
Zentraleuropa	LOC.region
Zentralmakedonien	LOC.region
Zentralschweiz	LOC.region
Zhejiang	LOC.region
Zillertal	LOC.region
Zimmerberg	LOC.region
Zingst	LOC.region
Zips	LOC.region
Zittauer Gebirge	LOC.region
Zollernalb	LOC.region
Zulia	LOC.region
Zululand	LOC.region
Zurzibiet	LOC.region
Zwickauer Land	LOC.region
Zürcher Oberland	LOC.region
Zürcher Unterland	LOC.region
Zürcher Weinland	LOC.region
Zürich-Altstetten	LOC.district
Zürich-Oerlikon	LOC.district
Zürich-West	LOC.district
al-Hasaka	LOC.region	Hasaka
Álava	LOC.region
Áncash	LOC.region
Äquatorregion	LOC.region
Ätolien	LOC.region
Ätolien-Akarnanien	LOC.region
Ångermanland	LOC.region
Éislek	LOC.region	Ösling
Île-de-France	LOC.region
Ösling	LOC.region
Österbotten	LOC.region	Ostrobottnien
Östergötland	LOC.region
Ötztal	LOC.region
Østerdalen	LOC.region
Østfold	LOC.region
Østlandet	LOC.region
Ü-Tsang	LOC.region
Überetsch	LOC.region
Übermurgebiet	LOC.region	Prekmurje
Štajerska	LOC.region
Šumadija	LOC.region
