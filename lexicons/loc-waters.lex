# loc-waters.lex - oceans, seas, bays, straits, rivers, lakes and canals (German names)
# Source: hand-written facts (lexicons/import/places_manual/waters.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 610 entries.
Aare	LOC.river
Abens	LOC.river
Achensee	LOC.lake
Adria	LOC.sea
Adriatisches Meer	LOC.sea
Agger	LOC.river
Ahr	LOC.river
Albertsee	LOC.lake
Alboránmeer	LOC.sea
Aller	LOC.river
Alpenrhein	LOC.river
Alster	LOC.river
Altausseer See	LOC.lake
Altmühl	LOC.river
Altmühlsee	LOC.lake
Alz	LOC.river
Amazonas	LOC.river
Ammersee	LOC.lake
Amper	LOC.river
Amudarja	LOC.river
Amur	LOC.river
Andamanensee	LOC.sea
Arabischer Golf	LOC.sea
Arabisches Meer	LOC.sea
Arafurasee	LOC.sea
Aralsee	LOC.lake
Aras	LOC.river
Arendsee	LOC.lake
Argen	LOC.river
Arktischer Ozean	LOC.sea
Arno	LOC.river
Asowsches Meer	LOC.sea
Atlantik	LOC.sea
Atlantischer Ozean	LOC.sea
Attersee	LOC.lake
Bab al-Mandab	LOC.sea
Bab el-Mandeb	LOC.sea
Baffin Bay	LOC.sea
Baikalsee	LOC.lake
Balaton	LOC.lake
Balchaschsee	LOC.lake
Baldeneysee	LOC.lake
Balearenmeer	LOC.sea
Barentssee	LOC.sea
Beringmeer	LOC.sea
Beringstraße	LOC.sea
Bieler See	LOC.lake
Bielersee	LOC.lake
Bigge	LOC.river
Biggesee	LOC.lake
Bille	LOC.river
Birs	LOC.river
Biskaya	LOC.sea
Blauer Nil	LOC.river
Bleder See	LOC.lake
Bleilochtalsperre	LOC.lake
Blies	LOC.river
Bode	LOC.river
Bodensee	LOC.lake
Bosporus	LOC.sea
Bottnischer Meerbusen	LOC.sea
Brahmaputra	LOC.river
Bregenzer Ach	LOC.river
Brenz	LOC.river
Brienzer See	LOC.lake
Brienzersee	LOC.lake
Brombachsee	LOC.lake
Bucht von Kotor	LOC.sea
Chiemsee	LOC.lake
Colorado	LOC.river
Columbia	LOC.river
Comer See	LOC.lake
Cospudener See	LOC.lake
Dahme	LOC.river
Danziger Bucht	LOC.sea
Dardanellen	LOC.sea
Datteln-Hamm-Kanal	LOC.sea
Delaware	LOC.river
Deutsche Bucht	LOC.sea
Diemel	LOC.river
Dill	LOC.river
Dnipro	LOC.river
Dnjepr	LOC.river
Dnjestr	LOC.river
Dollart	LOC.sea
Don	LOC.river
Donau	LOC.river
Donez	LOC.river
Dordogne	LOC.river
Dortmund-Ems-Kanal	LOC.sea
Dosse	LOC.river
Doubs	LOC.river
Douro	LOC.river
Drakestraße	LOC.sea
Drau	LOC.river
Dreisam	LOC.river
Drina	LOC.river
Duero	LOC.river
Dümmer	LOC.lake
Düna	LOC.river
Ebro	LOC.river
Eder	LOC.river
Edersee	LOC.lake
Eger	LOC.river
Eider	LOC.river
Elbe	LOC.river
Elbe-Havel-Kanal	LOC.sea
Elbe-Lübeck-Kanal	LOC.sea
Elbe-Seitenkanal	LOC.sea
Elde	LOC.river
Elz	LOC.river
Emme	LOC.river
Ems	LOC.river
Ems-Jade	LOC.river
Emscher	LOC.river
Enns	LOC.river
Enz	LOC.river
Erft	LOC.river
Eriesee	LOC.lake
Erlaufsee	LOC.lake
Este	LOC.river
Etsch	LOC.river
Euphrat	LOC.river
Europäisches Nordmeer	LOC.sea
Evros	LOC.river
Faaker See	LOC.lake
Fehmarnbelt	LOC.sea
Fehmarnsund	LOC.sea
Fils	LOC.river
Finnischer Meerbusen	LOC.sea
Forggensee	LOC.lake
Formosastraße	LOC.sea
Freiberger Mulde	LOC.river
Frisches Haff	LOC.sea
Fränkische Saale	LOC.river
Fuhse	LOC.river
Fulda	LOC.river
Gail	LOC.river
Gambia	LOC.river
Ganges	LOC.river
Gardasee	LOC.lake
Garonne	LOC.river
Geiseltalsee	LOC.lake
Gelber Fluss	LOC.river
Gelbes Meer	LOC.sea
Genezareth	LOC.lake
Genfer See	LOC.lake
Genfersee	LOC.lake
Gera	LOC.river
Glan	LOC.river
Goitzschesee	LOC.lake
Golf von Aden	LOC.sea
Golf von Akaba	LOC.sea
Golf von Amerika	LOC.sea	Golf von Mexiko
Golf von Bengalen	LOC.sea
Golf von Biskaya	LOC.sea
Golf von Bothnia	LOC.sea
Golf von Genua	LOC.sea
Golf von Guinea	LOC.sea
Golf von Kalifornien	LOC.sea
Golf von Lion	LOC.sea
Golf von Mexiko	LOC.sea
Golf von Neapel	LOC.sea
Golf von Oman	LOC.sea
Golf von Riga	LOC.sea
Golf von Sues	LOC.sea
Golf von Tarent	LOC.sea
Golf von Thailand	LOC.sea
Golf von Tonkin	LOC.sea
Golf von Triest	LOC.sea
Greifensee	LOC.lake
Greifswalder Bodden	LOC.sea
Große Laber	LOC.river
Große Seen	LOC.lake
Großer Alpsee	LOC.lake
Großer Belt	LOC.sea
Großer Müggelsee	LOC.lake
Großer Plöner See	LOC.lake
Großer Salzsee	LOC.lake
Grundlsee	LOC.lake
Grönlandsee	LOC.sea
Guadalquivir	LOC.river
Guadiana	LOC.river
Hainer See	LOC.lake
Hallstätter See	LOC.lake
Hallwilersee	LOC.lake
Hase	LOC.river
Havel	LOC.river
Heiterwanger See	LOC.lake
Helgoländer Bucht	LOC.sea
Hinterrhein	LOC.river
Hochrhein	LOC.river
Huang He	LOC.river
Hudson	LOC.river
Hudson Bay	LOC.sea
Hudsonbucht	LOC.sea
Hunte	LOC.river
Huronsee	LOC.lake
Ijssel	LOC.river
Iller	LOC.river
Ilm	LOC.river
Ilmenau	LOC.river
Ilz	LOC.river
Indik	LOC.sea
Indischer Ozean	LOC.sea
Indus	LOC.river
Inn	LOC.river
Innerste	LOC.river
Ionisches Meer	LOC.sea
Irische See	LOC.sea
Irrawaddy	LOC.river
Irtysch	LOC.river
Isar	LOC.river
Iseosee	LOC.lake
Iser	LOC.river
Isonzo	LOC.river
Issyk-Kul	LOC.lake
Itz	LOC.river
Jade	LOC.river
Jadebusen	LOC.sea
Jagst	LOC.river
Jangtse	LOC.river
Jangtsekiang	LOC.river
Japanisches Meer	LOC.sea
Javasee	LOC.sea
Jeetzel	LOC.river
Jenissei	LOC.river
Jordan	LOC.river
Kama	LOC.river
Kamp	LOC.river
Karasee	LOC.sea
Karibische See	LOC.sea
Karibisches Meer	LOC.sea
Kaspisches Meer	LOC.sea
Kattegat	LOC.sea
Keltische See	LOC.sea
Kiel-Kanal	LOC.sea
Kieler Bucht	LOC.sea
Kinzig	LOC.river
Kivusee	LOC.lake
Kleiner Belt	LOC.sea
Kochelsee	LOC.lake
Kocher	LOC.river
Kongo	LOC.river
Korallenmeer	LOC.sea
Koreastraße	LOC.sea
Kretisches Meer	LOC.sea
Kummerower See	LOC.lake
Kunene	LOC.river
Kura	LOC.river
Kurisches Haff	LOC.sea
Kyll	LOC.river
Königssee	LOC.lake
Küstenkanal	LOC.sea
Laacher See	LOC.lake
Labradorsee	LOC.sea
Lac Léman	LOC.lake
Laccadivensee	LOC.sea
Ladogasee	LOC.lake
Lago Maggiore	LOC.lake
Lago di Como	LOC.lake
Lago d’Iseo	LOC.lake
Lahn	LOC.river
Lake Placid	LOC.lake
Lake Tahoe	LOC.lake
Landwehrkanal	LOC.sea
Langensee	LOC.lake
Laptewsee	LOC.sea
Lauerzersee	LOC.lake
Lausitzer Neiße	LOC.river
Lauter	LOC.river
Lech	LOC.river
Leine	LOC.river
Leitha	LOC.river
Lenne	LOC.river
Levantisches Meer	LOC.sea
Libysches Meer	LOC.sea
Ligurisches Meer	LOC.sea
Limmat	LOC.river
Limpopo	LOC.river
Lippe	LOC.river
Loch Ness	LOC.lake
Loire	LOC.river
Loisach	LOC.river
Lough Neagh	LOC.lake
Luganer See	LOC.lake
Luganersee	LOC.lake
Löwengolf	LOC.sea
Lübecker Bucht	LOC.sea
Lühe	LOC.river
Maas	LOC.river
Magdalena	LOC.river
Magellanstraße	LOC.sea
Maggia	LOC.river
Main	LOC.river
Main-Donau-Kanal	LOC.sea
Malawisee	LOC.lake
March	LOC.river
Mariza	LOC.river
Markkleeberger See	LOC.lake
Marmarameer	LOC.sea
Marne	LOC.river
Maros	LOC.river
Mecklenburger Bucht	LOC.sea
Meerenge von Kertsch	LOC.sea
Mekong	LOC.river
Memel	LOC.river
Michigansee	LOC.lake
Millstätter See	LOC.lake
Mississippi	LOC.river
Missouri	LOC.river
Mittellandkanal	LOC.sea
Mittelmeer	LOC.sea
Mittelrhein	LOC.river
Moldau	LOC.river
Mondsee	LOC.lake
Morava	LOC.river
Mosel	LOC.river
Mulde	LOC.river
Mummelsee	LOC.lake
Mur	LOC.river
Murg	LOC.river
Murr	LOC.river
Murtensee	LOC.lake
Mälaren	LOC.lake
Möhne	LOC.river
Möhnesee	LOC.lake
Möll	LOC.river
Müggelsee	LOC.lake
Müritz	LOC.lake
Naab	LOC.river
Nagold	LOC.river
Nahe	LOC.river
Narva	LOC.river
Nassersee	LOC.lake
Neckar	LOC.river
Neiße	LOC.river
Netze	LOC.river
Neuenburger See	LOC.lake
Neuenburgersee	LOC.lake
Neusiedler See	LOC.lake
Newa	LOC.river
Nidda	LOC.river
Niederrhein	LOC.river
Niers	LOC.river
Niger	LOC.river
Nil	LOC.river
Nord-Ostsee-Kanal	LOC.sea
Nordatlantik	LOC.sea
Nordmeer	LOC.sea
Nordostpassage	LOC.sea
Nordpazifik	LOC.sea
Nordpolarmeer	LOC.sea
Nordsee	LOC.sea
Nordwestpassage	LOC.sea
Norwegische See	LOC.sea
Nuthe	LOC.river
Oberer See	LOC.lake
Oberrhein	LOC.river
Obersee	LOC.lake
Ochotskisches Meer	LOC.sea
Oder	LOC.river
Oder-Havel-Kanal	LOC.sea
Oder-Spree-Kanal	LOC.sea
Ohio	LOC.river
Ohre	LOC.river
Ohridsee	LOC.lake
Oise	LOC.river
Okavango	LOC.river
Oker	LOC.river
Onegasee	LOC.lake
Ontariosee	LOC.lake
Oranje	LOC.river
Orinoco	LOC.river
Orontes	LOC.river
Ossiacher See	LOC.lake
Ostchinesisches Meer	LOC.sea
Oste	LOC.river
Ostsee	LOC.sea
Ostsibirische See	LOC.sea
Panamakanal	LOC.sea
Paraguay	LOC.river
Paraná	LOC.river
Pazifik	LOC.sea
Pazifischer Ozean	LOC.sea
Peene	LOC.river
Pegnitz	LOC.river
Peipussee	LOC.lake
Perlfluss	LOC.river
Persischer Golf	LOC.sea
Petschora	LOC.river
Pfäffikersee	LOC.lake
Philippinensee	LOC.sea
Piave	LOC.river
Plansee	LOC.lake
Plattensee	LOC.lake
Plauer See	LOC.lake
Pleiße	LOC.river
Pommersche Bucht	LOC.sea
Potomac	LOC.river
Pregel	LOC.river
Prespasee	LOC.lake
Pruth	LOC.river
Prüm	LOC.river
Queich	LOC.river
Rabnitz	LOC.river
Randow	LOC.river
Rappbodetalsperre	LOC.lake
Ratzeburger See	LOC.lake
Recknitz	LOC.river
Rednitz	LOC.river
Regnitz	LOC.river
Rems	LOC.river
Reuss	LOC.river
Rhein	LOC.river
Rhein-Herne-Kanal	LOC.sea
Rhein-Main-Donau-Kanal	LOC.sea
Rhin	LOC.river
Rhone	LOC.river
Rhône	LOC.river
Rigaer Meerbusen	LOC.sea
Rio Grande	LOC.river
Rio de la Plata	LOC.river
Rodach	LOC.river
Rossmeer	LOC.sea
Rotes Meer	LOC.sea
Rothsee	LOC.lake
Rott	LOC.river
Ruhr	LOC.river
Rur	LOC.river
Rursee	LOC.lake
Río de la Plata	LOC.river
Saalach	LOC.river
Saale	LOC.river
Saane	LOC.river
Saar	LOC.river
Saimaa	LOC.lake
Salween	LOC.river
Salzach	LOC.river
Sambesi	LOC.river
Sambre	LOC.river
Sankt-Lorenz-Strom	LOC.river
Sargassosee	LOC.sea
Sarnersee	LOC.lake
Save	LOC.river
Scharmützelsee	LOC.lake
Schelde	LOC.river
Schliersee	LOC.lake
Schluchsee	LOC.lake
Schussen	LOC.river
Schwalm	LOC.river
Schwarze Elster	LOC.river
Schwarzes Meer	LOC.sea
Schwentine	LOC.river
Schweriner See	LOC.lake
Schwinge	LOC.river
See Genezareth	LOC.lake
Seine	LOC.river
Sempachersee	LOC.lake
Senegal	LOC.river
Senftenberger See	LOC.lake
Sense	LOC.river
Sereth	LOC.river
Severn	LOC.river
Sewansee	LOC.lake
Shannon	LOC.river
Sieg	LOC.river
Sihlsee	LOC.lake
Silsersee	LOC.lake
Silvaplanersee	LOC.lake
Simssee	LOC.lake
Skagerrak	LOC.sea
Skutarisee	LOC.lake
Somme	LOC.river
Songhua	LOC.river
Sorpesee	LOC.lake
Spree	LOC.river
St. Moritzersee	LOC.lake
St.-Lorenz-Strom	LOC.river
Staffelsee	LOC.lake
Starnberger See	LOC.lake
Stausee von Assuan	LOC.lake
Steinhuder Meer	LOC.lake
Stepenitz	LOC.river
Stettiner Haff	LOC.sea
Stiller Ozean	LOC.sea
Straße von Dover	LOC.sea
Straße von Gibraltar	LOC.sea
Straße von Hormus	LOC.sea
Straße von Kertsch	LOC.sea
Straße von Malakka	LOC.sea
Straße von Messina	LOC.sea
Straße von Otranto	LOC.sea
Straße von Taiwan	LOC.sea
Struma	LOC.river
Stör	LOC.river
Sude	LOC.river
Sueskanal	LOC.sea
Suezkanal	LOC.sea
Syrdarja	LOC.river
São Francisco	LOC.river
Südatlantik	LOC.sea
Südchinesisches Meer	LOC.sea
Südlicher Bug	LOC.river
Südlicher Ozean	LOC.sea
Südpazifik	LOC.sea
Südpolarmeer	LOC.sea
Süßer See	LOC.lake
Tagliamento	LOC.river
Taiwanstraße	LOC.sea
Tajo	LOC.river
Talsperre Pöhl	LOC.lake
Tanganjikasee	LOC.lake
Tasmansee	LOC.sea
Tauber	LOC.river
Tegernsee	LOC.lake
Teltowkanal	LOC.sea
Tessin	LOC.river
Thaya	LOC.river
Theiß	LOC.river
Themse	LOC.river
Thuner See	LOC.lake
Thunersee	LOC.lake
Thur	LOC.river
Tiber	LOC.river
Tiberiassee	LOC.lake
Ticino	LOC.river
Tigris	LOC.river
Timorsee	LOC.sea
Titicacasee	LOC.lake
Titisee	LOC.lake
Tollense	LOC.river
Totes Meer	LOC.sea
Trasimenischer See	LOC.lake
Traun	LOC.river
Traunsee	LOC.lake
Trave	LOC.river
Trebel	LOC.river
Treene	LOC.river
Tschadsee	LOC.lake
Tschuktschensee	LOC.sea
Turkana-See	LOC.lake
Turkanasee	LOC.lake
Tyrrhenisches Meer	LOC.sea
Töss	LOC.river
Ubangi	LOC.river
Uecker	LOC.river
Unstrut	LOC.river
Untersee	LOC.lake
Ural	LOC.river
Urmiasee	LOC.lake
Uruguay	LOC.river
Van-See	LOC.lake
Vansee	LOC.lake
Vardar	LOC.river
Vechte	LOC.river
Victoriasee	LOC.lake
Vierwaldstätter See	LOC.lake
Vierwaldstättersee	LOC.lake
Viktoriasee	LOC.lake
Vils	LOC.river
Vltava	LOC.river
Volme	LOC.river
Volta	LOC.river
Vorderrhein	LOC.river
Vänern	LOC.lake
Vättern	LOC.lake
Waal	LOC.river
Waginger See	LOC.lake
Walchensee	LOC.lake
Walensee	LOC.lake
Wannsee	LOC.lake
Warnow	LOC.river
Warthe	LOC.river
Wattenmeer	LOC.sea
Weddellmeer	LOC.sea
Weichsel	LOC.river
Weiße Elster	LOC.river
Weißensee	LOC.lake
Weißer Nil	LOC.river
Weltmeer	LOC.sea
Werbellinsee	LOC.lake
Werra	LOC.river
Wertach	LOC.river
Wesel-Datteln-Kanal	LOC.sea
Weser	LOC.river
Westlicher Bug	LOC.river
Westpazifik	LOC.sea
Wolfgangsee	LOC.lake
Wolga	LOC.river
Wupper	LOC.river
Wutach	LOC.river
Wörnitz	LOC.river
Wörthersee	LOC.lake
Wümme	LOC.river
Würm	LOC.river
Ybbs	LOC.river
Yukon	LOC.river
Zeller See	LOC.lake
Zuger See	LOC.lake
Zugersee	LOC.lake
Zwickauer Mulde	LOC.river
Zwischenahner Meer	LOC.lake
Zürichsee	LOC.lake
Ägerisee	LOC.lake
Ägäis	LOC.sea
Ägäisches Meer	LOC.sea
Ärmelkanal	LOC.sea
Öresund	LOC.sea
Überlinger See	LOC.lake
