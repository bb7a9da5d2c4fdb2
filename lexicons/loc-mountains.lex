# loc-mountains.lex - mountain ranges, mountains, passes, valleys, deserts, forests
# Source: hand-written facts (lexicons/import/places_manual/mountains.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 451 entries.
Aareschlucht	LOC.region
Abruzzen	LOC.mountain
Aconcagua	LOC.mountain
Adamello	LOC.mountain
Adlergebirge	LOC.mountain
Ahaggar	LOC.mountain
Ahrtal	LOC.region
Aletschhorn	LOC.mountain
Allgäuer Alpen	LOC.mountain
Alpen	LOC.mountain
Alpspitze	LOC.mountain
Altai	LOC.mountain
Altmühltal	LOC.region
Altvatergebirge	LOC.mountain
Amazonas-Regenwald	LOC.region
Amazonasbecken	LOC.region
Ammergauer Alpen	LOC.mountain
Anden	LOC.mountain
Annapurna	LOC.mountain
Aoraki	LOC.mountain
Apenninen	LOC.mountain
Appalachen	LOC.mountain
Arabische Wüste	LOC.region
Ararat	LOC.mountain
Arber	LOC.mountain
Ardennen	LOC.mountain
Arlberg	LOC.region
Arlbergpass	LOC.region
Atacama	LOC.region
Atacama-Wüste	LOC.region
Athos	LOC.mountain
Atlas	LOC.mountain
Atlasgebirge	LOC.mountain
Australische Alpen	LOC.mountain
Ayers Rock	LOC.mountain
Balkangebirge	LOC.mountain
Bayerische Alpen	LOC.mountain
Bayerischer Wald	LOC.mountain
Bekaa	LOC.region
Bekaa-Ebene	LOC.region
Belchen	LOC.mountain
Berchtesgadener Alpen	LOC.mountain
Berg Karmel	LOC.mountain
Berg Sinai	LOC.mountain
Berner Alpen	LOC.mountain
Beskiden	LOC.mountain
Brauneck	LOC.mountain
Breitachklamm	LOC.region
Brenner	LOC.region
Brennerpass	LOC.region
Brenta	LOC.mountain
Brocken	LOC.mountain
Böhmerwald	LOC.mountain
Bündner Alpen	LOC.mountain
Chaiber-Pass	LOC.region
Chiemgauer Alpen	LOC.mountain
Chimborazo	LOC.mountain
Cho Oyu	LOC.mountain
Colbitz-Letzlinger Heide	LOC.region
Cotopaxi	LOC.mountain
Dachstein	LOC.mountain
Dachsteingebirge	LOC.mountain
Damavand	LOC.mountain
Dannenröder Forst	LOC.region
Death Valley	LOC.region
Deister	LOC.mountain
Denali	LOC.mountain
Dinariden	LOC.mountain
Dinarisches Gebirge	LOC.mountain
Dolomiten	LOC.mountain
Donautal	LOC.region
Drachenfels	LOC.mountain
Drakensberge	LOC.mountain
Drautal	LOC.region
Dufourspitze	LOC.mountain
Dübener Heide	LOC.region
Ebbegebirge	LOC.mountain
Ebersberger Forst	LOC.region
Eifel	LOC.mountain
Eiger	LOC.mountain
Eilenriede	LOC.region
Elbrus	LOC.mountain
Elbsandsteingebirge	LOC.mountain
Elbtal	LOC.region
Elburs	LOC.mountain
Ennstal	LOC.region
Erbeskopf	LOC.mountain
Erzgebirge	LOC.mountain
Estergebirge	LOC.mountain
Etna	LOC.mountain
Etschtal	LOC.region
Everest	LOC.mountain
Eyjafjallajökull	LOC.mountain
Felbertauern	LOC.region
Feldberg	LOC.mountain
Fergana-Tal	LOC.region
Ferganatal	LOC.region
Fernpass	LOC.region
Fichtelberg	LOC.mountain
Fichtelgebirge	LOC.mountain
Finsteraarhorn	LOC.mountain
Flüelapass	LOC.region
Forstenrieder Park	LOC.region
Frankenwald	LOC.mountain
Französischer Jura	LOC.mountain
Fränkische Alb	LOC.mountain
Fränkischer Jura	LOC.mountain
Fudschijama	LOC.mountain
Fuji	LOC.mountain
Furkapass	LOC.region
Gailtaler Alpen	LOC.mountain
Gesäuse	LOC.mountain
Glarner Alpen	LOC.mountain
Glatzer Bergland	LOC.mountain
Glockner	LOC.mountain
Glärnisch	LOC.mountain
Gobi	LOC.region
Golgatha	LOC.mountain
Gotthard	LOC.region
Gotthardpass	LOC.region
Grand Canyon	LOC.region
Grandes Jorasses	LOC.mountain
Grazer Becken	LOC.region
Great Dividing Range	LOC.mountain
Great Plains	LOC.region
Grimming	LOC.mountain
Grimselpass	LOC.region
Großer Arber	LOC.mountain
Großer Feldberg	LOC.mountain
Großer Inselsberg	LOC.mountain
Großer Kaukasus	LOC.mountain
Großer Priel	LOC.mountain
Großer Sankt Bernhard	LOC.region
Großglockner	LOC.mountain
Großglockner-Hochalpenstraße	LOC.region
Großvenediger	LOC.mountain
Grunewald	LOC.region
Haardt	LOC.mountain
Habichtswald	LOC.mountain
Hainich	LOC.region
Hambacher Forst	LOC.region
Hambacher Wald	LOC.region
Harz	LOC.mountain
Hekla	LOC.mountain
Hermon	LOC.mountain
Herzogstand	LOC.mountain
Hesselberg	LOC.mountain
Himalaja	LOC.mountain
Himalaya	LOC.mountain
Hindukusch	LOC.mountain
Hochfelln	LOC.mountain
Hochkalter	LOC.mountain
Hochkönig	LOC.mountain
Hochsauerland	LOC.mountain
Hochschwab	LOC.mountain
Hochvogel	LOC.mountain
Hohe Acht	LOC.mountain
Hohe Tatra	LOC.mountain
Hohe Tauern	LOC.mountain
Hohenstaufen	LOC.mountain
Hoher Atlas	LOC.mountain
Hoher Dachstein	LOC.mountain
Hoher Peißenberg	LOC.mountain
Hornisgrinde	LOC.mountain
Hunsrück	LOC.mountain
Höllental	LOC.region
Illimani	LOC.mountain
Inntal	LOC.region
Isergebirge	LOC.mountain
Jasmund	LOC.region
Jenner	LOC.mountain
Jordantal	LOC.region
Julierpass	LOC.region
Julische Alpen	LOC.mountain
Jungfrau	LOC.mountain
Jura	LOC.mountain
Kahler Asten	LOC.mountain
Kalahari	LOC.region
Kampenwand	LOC.mountain
Kandel	LOC.mountain
Kangchendzönga	LOC.mountain
Kantabrisches Gebirge	LOC.mountain
Karakorum	LOC.mountain
Karakum	LOC.region
Karawanken	LOC.mountain
Karmel	LOC.mountain
Karnische Alpen	LOC.mountain
Karpaten	LOC.mountain
Karwendel	LOC.mountain
Karwendelgebirge	LOC.mountain
Kasbek	LOC.mountain
Katschberg	LOC.region
Katzenbuckel	LOC.mountain
Kaufunger Wald	LOC.mountain
Kaukasus	LOC.mountain
Keilberg	LOC.mountain
Kellerwald	LOC.mountain
Khyberpass	LOC.region
Kickelhahn	LOC.mountain
Kilimandscharo	LOC.mountain
Kitzbüheler Alpen	LOC.mountain
Kitzsteinhorn	LOC.mountain
Klagenfurter Becken	LOC.region
Kleiner Kaukasus	LOC.mountain
Kleiner Sankt Bernhard	LOC.region
Knüll	LOC.mountain
Kodori-Tal	LOC.region
Kongobecken	LOC.region
Kordilleren	LOC.mountain
Kosciuszko	LOC.mountain
Kreuzberg	LOC.mountain
Kyffhäuser	LOC.mountain
Kysylkum	LOC.region
Königsspitze	LOC.mountain
Lahntal	LOC.region
Lausche	LOC.mountain
Lausitzer Gebirge	LOC.mountain
Lechtaler Alpen	LOC.mountain
Lepontinische Alpen	LOC.mountain
Lhotse	LOC.mountain
Libanon-Gebirge	LOC.mountain
Lukmanier	LOC.region
Lusen	LOC.mountain
Lüneburger Heide	LOC.region
Makalu	LOC.mountain
Malojapass	LOC.region
Mangfallgebirge	LOC.mountain
Masai Mara	LOC.region
Matterhorn	LOC.mountain
Melibokus	LOC.mountain
Mittelrheintal	LOC.region
Mojave-Wüste	LOC.region
Mont Blanc	LOC.mountain
Mont Ventoux	LOC.mountain
Montblanc	LOC.mountain
Monte Rosa	LOC.mountain
Montserrat	LOC.mountain
Moseltal	LOC.region
Mount Cook	LOC.mountain
Mount Everest	LOC.mountain
Mount Kenya	LOC.mountain
Mount McKinley	LOC.mountain
Mount Rushmore	LOC.mountain
Mount St. Helens	LOC.mountain
Mount Whitney	LOC.mountain
Murgtal	LOC.region
Musala	LOC.mountain
Mönch	LOC.mountain
Nahetal	LOC.region
Namib	LOC.region
Nanga Parbat	LOC.mountain
Nationalpark Bayerischer Wald	LOC.region
Nationalpark Berchtesgaden	LOC.region
Nationalpark Donau-Auen	LOC.region
Nationalpark Eifel	LOC.region
Nationalpark Gesäuse	LOC.region
Nationalpark Hainich	LOC.region
Nationalpark Harz	LOC.region
Nationalpark Hohe Tauern	LOC.region
Nationalpark Jasmund	LOC.region
Nationalpark Kalkalpen	LOC.region
Nationalpark Kellerwald-Edersee	LOC.region
Nationalpark Müritz	LOC.region
Nationalpark Schwarzwald	LOC.region
Nationalpark Sächsische Schweiz	LOC.region
Nationalpark Thayatal	LOC.region
Nationalpark Unteres Odertal	LOC.region
Nationalpark Wattenmeer	LOC.region
Nationalpark Yellowstone	LOC.region
Nebelhorn	LOC.mountain
Neckartal	LOC.region
Negev	LOC.region
Neuseeländische Alpen	LOC.mountain
Niedere Tauern	LOC.mountain
Nordalpen	LOC.mountain
Norddeutsche Tiefebene	LOC.region
Norddeutsches Tiefland	LOC.region
Nördliche Kalkalpen	LOC.mountain
Nürnberger Reichswald	LOC.region
Oberalppass	LOC.region
Oberpfälzer Wald	LOC.mountain
Oberrheingraben	LOC.region
Oberrheinische Tiefebene	LOC.region
Ochsenkopf	LOC.mountain
Odenwald	LOC.mountain
Okavangodelta	LOC.region
Olymp	LOC.mountain
Ortler	LOC.mountain
Ortler-Alpen	LOC.mountain
Ostalpen	LOC.mountain
Osteuropäische Ebene	LOC.region
Ostkarpaten	LOC.mountain
Pamir	LOC.mountain
Pampa	LOC.region
Pandschir-Tal	LOC.region
Pankisi-Tal	LOC.region
Pannonische Tiefebene	LOC.region
Parnass	LOC.mountain
Partnachklamm	LOC.region
Petersberg	LOC.mountain
Pfälzerwald	LOC.mountain
Pico del Teide	LOC.mountain
Pilatus	LOC.mountain
Pindos	LOC.mountain
Pirin	LOC.mountain
Piz Bernina	LOC.mountain
Piz Buin	LOC.mountain
Piz Palü	LOC.mountain
Po-Ebene	LOC.region
Poebene	LOC.region
Pontisches Gebirge	LOC.mountain
Popocatépetl	LOC.mountain
Provenzalische Alpen	LOC.mountain
Puszta	LOC.region
Pyrenäen	LOC.mountain
Rachel	LOC.mountain
Rax	LOC.mountain
Reichswald	LOC.region
Reinhardswald	LOC.mountain
Reschenpass	LOC.region
Rheinschlucht	LOC.region
Rheintal	LOC.region
Rhodopen	LOC.mountain
Rhön	LOC.mountain
Riesengebirge	LOC.mountain
Rigi	LOC.mountain
Rila	LOC.mountain
Rockies	LOC.mountain
Rocky Mountains	LOC.mountain
Rothaargebirge	LOC.mountain
Rub al-Chali	LOC.region
Ruinaulta	LOC.region
Ruwenzori	LOC.mountain
Rätikon	LOC.mountain
Saaletal	LOC.region
Sachsenwald	LOC.region
Sahara	LOC.region
Sahel	LOC.region
Salzachtal	LOC.region
Samnaungruppe	LOC.mountain
San Bernardino	LOC.region
Sankt Gotthard	LOC.region
Schafberg	LOC.mountain
Schneeberg	LOC.mountain
Schneekopf	LOC.mountain
Schneekoppe	LOC.mountain
Schorfheide	LOC.region
Schwarzwald	LOC.mountain
Schweizer Jura	LOC.mountain
Schweizerischer Nationalpark	LOC.region
Schwäbische Alb	LOC.mountain
Schwäbischer Jura	LOC.mountain
Seealpen	LOC.mountain
Semmering	LOC.region
Senne	LOC.region
Serengeti	LOC.region
Sextener Dolomiten	LOC.mountain
Siebengebirge	LOC.mountain
Sierra Madre	LOC.mountain
Sierra Nevada	LOC.mountain
Silicon Valley	LOC.region
Silvretta	LOC.mountain
Similaun	LOC.mountain
Simplon	LOC.region
Simplonpass	LOC.region
Sinai-Wüste	LOC.region
Skanden	LOC.mountain
Skandinavisches Gebirge	LOC.mountain
Solling	LOC.mountain
Sonora-Wüste	LOC.region
Spessart	LOC.mountain
Splügen	LOC.region
St. Gotthard	LOC.region
Steigerwald	LOC.mountain
Steiner Alpen	LOC.mountain
Stilfser Joch	LOC.region
Stromboli	LOC.mountain
Stubaier Alpen	LOC.mountain
Sudeten	LOC.mountain
Sustenpass	LOC.region
Säntis	LOC.mountain
Südalpen	LOC.mountain
Südkarpaten	LOC.mountain
Südliche Kalkalpen	LOC.mountain
Tafelberg	LOC.mountain
Taklamakan	LOC.region
Tarimbecken	LOC.region
Tatra	LOC.mountain
Tauern	LOC.mountain
Tauernpass	LOC.region
Taunus	LOC.mountain
Taurus	LOC.mountain
Tegeler Forst	LOC.region
Teide	LOC.mountain
Tempelberg	LOC.mountain
Tennengebirge	LOC.mountain
Tessiner Alpen	LOC.mountain
Thüringer Becken	LOC.region
Thüringer Schiefergebirge	LOC.mountain
Thüringer Wald	LOC.mountain
Tian Shan	LOC.mountain
Tibesti	LOC.mountain
Timmelsjoch	LOC.region
Titlis	LOC.mountain
Totes Gebirge	LOC.mountain
Transsilvanische Alpen	LOC.mountain
Triglav	LOC.mountain
Tuxer Alpen	LOC.mountain
Tödi	LOC.mountain
Uluru	LOC.mountain
Ungarische Tiefebene	LOC.region
Untersberg	LOC.mountain
Ural	LOC.mountain
Urner Alpen	LOC.mountain
Verwall	LOC.mountain
Vesuv	LOC.mountain
Via Mala	LOC.region
Viamala	LOC.region
Vogelsberg	LOC.mountain
Vogesen	LOC.mountain
Walachische Tiefebene	LOC.region
Walliser Alpen	LOC.mountain
Wasserkuppe	LOC.mountain
Watzmann	LOC.mountain
Weisshorn	LOC.mountain
Wendelstein	LOC.mountain
Weserbergland	LOC.mountain
Westalpen	LOC.mountain
Westerwald	LOC.mountain
Westsibirisches Tiefland	LOC.region
Wetterstein	LOC.mountain
Wettersteingebirge	LOC.mountain
Wiehengebirge	LOC.mountain
Wiener Becken	LOC.region
Wildspitze	LOC.mountain
Wurmberg	LOC.mountain
Wutachschlucht	LOC.region
Wüste Gobi	LOC.region
Wüste Negev	LOC.region
Yellowstone	LOC.region
Yosemite	LOC.region
Zagros	LOC.mountain
Zentralalpen	LOC.mountain
Zentralmassiv	LOC.mountain
Zillertaler Alpen	LOC.mountain
Zittauer Gebirge	LOC.mountain
Zugspitze	LOC.mountain
Ätna	LOC.mountain
Ölberg	LOC.mountain
Ötscher	LOC.mountain
Ötztaler Alpen	LOC.mountain
