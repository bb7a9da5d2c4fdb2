# loc-regions.lex - continents, world regions, historical and cultural regions and landscapes (Ruhrgebiet, Allgäu, Balkan, Nahost, ...), US states and other foreign first-order divisions under their German names
# Source: hand-written facts (lexicons/import/places_manual/regions.tsv)
# Licence: same licence as dener
# Regenerate: python3 lexicons/import/places_import.py   (see lexicons/SOURCES.md)
# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.
# Format: name<TAB>type[<TAB>canonical]; 774 entries.
Abruzzen	LOC.region
Afrika	LOC.continent
Ajoie	LOC.region
Alabama	LOC.region
Alaska	LOC.region
Alberta	LOC.region
Allgäu	LOC.region
Alpenraum	LOC.region
Altai	LOC.region
Altbayern	LOC.region
Alte Bundesländer	LOC.region
Altes Land	LOC.region
Altmark	LOC.region
Altmühltal	LOC.region
Amazonas	LOC.region
Amazonasgebiet	LOC.region
Amazonien	LOC.region
Amerika	LOC.continent
Amhara	LOC.region
Ammergau	LOC.region
Ammergauer Alpen	LOC.region
Ammerland	LOC.region
Anatolien	LOC.region
Andalusien	LOC.region
Andenraum	LOC.region
Andhra Pradesh	LOC.region
Angeln	LOC.region
Anhalt	LOC.region
Anhui	LOC.region
Antarktika	LOC.continent	Antarktis
Antarktis	LOC.continent
Aostatal	LOC.region
Apulien	LOC.region
Aquitanien	LOC.region
Arabien	LOC.region
Arabische Halbinsel	LOC.region
Aragonien	LOC.region
Arizona	LOC.region
Arkansas	LOC.region
Arktis	LOC.continent
Asien	LOC.continent
Assam	LOC.region
Asturien	LOC.region
Atacama	LOC.region
Attika	LOC.region
Ausseerland	LOC.region
Australasien	LOC.region
Australien	LOC.continent
Auvergne	LOC.region
Außerfern	LOC.region
Baar	LOC.region
Baden	LOC.region
Bahia	LOC.region
Baja California	LOC.region
Balkan	LOC.region
Baltikum	LOC.region
Banat	LOC.region
Barnim	LOC.region
Basel-Region	LOC.region
Basilikata	LOC.region
Baskenland	LOC.region
Batschka	LOC.region
Bayerisch-Schwaben	LOC.region
Bayerischer Wald	LOC.region
Bayern	LOC.region
Belutschistan	LOC.region
Bengalen	LOC.region
Berchtesgadener Land	LOC.region
Bergell	LOC.region
Bergisches Land	LOC.region
Bergstraße	LOC.region
Berner Jura	LOC.region
Berner Oberland	LOC.region
Berner Seeland	LOC.region
Bessarabien	LOC.region
Biafra	LOC.region
Bible Belt	LOC.region
Bihar	LOC.region
Bodensee-Region	LOC.region
Bodenseeraum	LOC.region
Bodenseeregion	LOC.region
Brabant	LOC.region
Braunschweiger Land	LOC.region
Bregenzerwald	LOC.region
Breisgau	LOC.region
Bretagne	LOC.region
Britisch-Kolumbien	LOC.region
British Columbia	LOC.region
Bucklige Welt	LOC.region
Bukowina	LOC.region
Burgund	LOC.region
Böhmen	LOC.region
Börde	LOC.region
Caprivizipfel	LOC.region
Chaco	LOC.region
Champagne	LOC.region
Chiapas	LOC.region
Chiemgau	LOC.region
Chiemgauer Alpen	LOC.region
Colorado	LOC.region
Connecticut	LOC.region
Cornwall	LOC.region
Cuxland	LOC.region
Cyrenaika	LOC.region
Côte d’Azur	LOC.region
Dachauer Moos	LOC.region
Dalmatien	LOC.region
Darfur	LOC.region
Darß	LOC.region
Dauphiné	LOC.region
Deister	LOC.region
Dekkan	LOC.region
Delaware	LOC.region
Deutschschweiz	LOC.region
Dithmarschen	LOC.region
Dobrudscha	LOC.region
Domleschg	LOC.region
Donaumoos	LOC.region
Donauraum	LOC.region
Donbas	LOC.region
Donbass	LOC.region
Donezbecken	LOC.region
Drautal	LOC.region
Dübener Heide	LOC.region
Egerland	LOC.region
Eggegebirge	LOC.region
Eichsfeld	LOC.region
Eifel	LOC.region
Elbmarsch	LOC.region
Elbsandsteingebirge	LOC.region
Elsass	LOC.region
Elsass-Lothringen	LOC.region
Emilia-Romagna	LOC.region
Emmental	LOC.region
Emsland	LOC.region
Engadin	LOC.region
England	LOC.region
Ennstal	LOC.region
Entlebuch	LOC.region
Epirus	LOC.region
Erdinger Moos	LOC.region
Ermland	LOC.region
Erzgebirge	LOC.region
Essex	LOC.region
Estland	LOC.region
Eurasien	LOC.continent
Europa	LOC.continent
Extremadura	LOC.region
Ferner Osten	LOC.region
Fernost	LOC.region
Fessan	LOC.region
Feuerland	LOC.region
Fichtelgebirge	LOC.region
Filstal	LOC.region
Fischland	LOC.region
Fischland-Darß-Zingst	LOC.region
Flachgau	LOC.region
Flandern	LOC.region
Florida	LOC.region
Fläming	LOC.region
Franche-Comté	LOC.region
Franken	LOC.region
Frankenhöhe	LOC.region
Frankenwald	LOC.region
Freiamt	LOC.region
Friaul	LOC.region
Friaul-Julisch Venetien	LOC.region
Fricktal	LOC.region
Friesland	LOC.region
Fränkische Schweiz	LOC.region
Fränkisches Seenland	LOC.region
Fujian	LOC.region
Fürstenland	LOC.region
Gailtal	LOC.region
Galicien	LOC.region
Galiläa	LOC.region
Galizien	LOC.region
Gansu	LOC.region
Gascogne	LOC.region
Gazastreifen	LOC.region
Georgia	LOC.region
Gesäuse	LOC.region
Golanhöhen	LOC.region
Golfregion	LOC.region
Goms	LOC.region
Gran Chaco	LOC.region
Greyerzerland	LOC.region
Großpolen	LOC.region
Großraum Berlin	LOC.region
Großraum Hannover	LOC.region
Großraum München	LOC.region
Großraum Stuttgart	LOC.region
Großwalsertal	LOC.region
Gruyère	LOC.region
Guangdong	LOC.region
Guangxi	LOC.region
Guizhou	LOC.region
Gujarat	LOC.region
Gäuboden	LOC.region
Hainan	LOC.region
Hallertau	LOC.region
Hannoversches Wendland	LOC.region
Harz	LOC.region
Hausruckviertel	LOC.region
Havelland	LOC.region
Hawaii	LOC.region
Haßberge	LOC.region
Hebei	LOC.region
Hegau	LOC.region
Heilongjiang	LOC.region
Henan	LOC.region
Hereroland	LOC.region
Hessen	LOC.region
Highlands	LOC.region
Himalaya	LOC.region
Hindukusch	LOC.region
Hinterpommern	LOC.region
Hintertaunus	LOC.region
Hocheifel	LOC.region
Hochschwarzwald	LOC.region
Hohenlohe	LOC.region
Hohenloher Land	LOC.region
Hohenzollern	LOC.region
Holland	LOC.region
Holledau	LOC.region
Holstein	LOC.region
Holsteinische Schweiz	LOC.region
Horn von Afrika	LOC.region
Hubei	LOC.region
Hunan	LOC.region
Hunsrück	LOC.region
Idaho	LOC.region
Idlib	LOC.region
Illinois	LOC.region
Indiana	LOC.region
Indo-Pazifik	LOC.region
Indochina	LOC.region
Indopazifik	LOC.region
Industrieviertel	LOC.region
Ingermanland	LOC.region
Innere Mongolei	LOC.region
Innerschweiz	LOC.region
Inntal	LOC.region
Innviertel	LOC.region
Iowa	LOC.region
Isarwinkel	LOC.region
Istrien	LOC.region
Ituri	LOC.region
Jakutien	LOC.region
Jammu und Kaschmir	LOC.region
Jiangsu	LOC.region
Jiangxi	LOC.region
Jilin	LOC.region
Judäa	LOC.region
Kabylei	LOC.region
Kaiserstuhl	LOC.region
Kalabrien	LOC.region
Kalifornien	LOC.region
Kampanien	LOC.region
Kamptal	LOC.region
Kamtschatka	LOC.region
Kansas	LOC.region
Kantabrien	LOC.region
Kappadokien	LOC.region
Kapprovinz	LOC.region
Karelien	LOC.region
Karibik	LOC.region
Karnataka	LOC.region
Karwendel	LOC.region
Kasai	LOC.region
Kaschmir	LOC.region
Kaschubei	LOC.region
Kastilien	LOC.region
Katalonien	LOC.region
Katanga	LOC.region
Kaukasus	LOC.region
Kaunertal	LOC.region
Kent	LOC.region
Kentucky	LOC.region
Kerala	LOC.region
Khyber Pakhtunkhwa	LOC.region
Kivu	LOC.region
Kleinasien	LOC.region
Kleinpolen	LOC.region
Kleinwalsertal	LOC.region
Klettgau	LOC.region
Knonauer Amt	LOC.region
Kordofan	LOC.region
Korsika	LOC.region
Kraichgau	LOC.region
Krain	LOC.region
Kremstal	LOC.region
Kreta	LOC.region
Krim	LOC.region
Kujawien	LOC.region
Kurdengebiete	LOC.region
Kurdistan	LOC.region
Kurland	LOC.region
Kurpfalz	LOC.region
Kwazulu-Natal	LOC.region
Kyffhäuser	LOC.region
Labrador	LOC.region
Ladakh	LOC.region
Lancashire	LOC.region
Languedoc	LOC.region
Lappland	LOC.region
Lateinamerika	LOC.region
Latium	LOC.region
Lausitz	LOC.region
Lavanttal	LOC.region
Lechfeld	LOC.region
Lechtal	LOC.region
Leipziger Land	LOC.region
Levante	LOC.region
Leventina	LOC.region
Liaoning	LOC.region
Ligurien	LOC.region
Limburg	LOC.region
Limmattal	LOC.region
Lippe	LOC.region
Livland	LOC.region
Lombardei	LOC.region
Lothringen	LOC.region
Louisiana	LOC.region
Lungau	LOC.region
Lötschental	LOC.region
Lüneburger Heide	LOC.region
Magdeburger Börde	LOC.region
Maggiatal	LOC.region
Maghreb	LOC.region
Maharashtra	LOC.region
Maine	LOC.region
Mandschurei	LOC.region
Manitoba	LOC.region
Mansfelder Land	LOC.region
Marchfeld	LOC.region
Mark Brandenburg	LOC.region
Markgräflerland	LOC.region
Maryland	LOC.region
Masowien	LOC.region
Massachusetts	LOC.region
Masuren	LOC.region
Mato Grosso	LOC.region
Mattertal	LOC.region
Mecklenburg	LOC.region
Mecklenburgische Schweiz	LOC.region
Mecklenburgische Seenplatte	LOC.region
Melanesien	LOC.region
Mesopotamien	LOC.region
Metropolregion Hamburg	LOC.region
Metropolregion München	LOC.region
Metropolregion Nürnberg	LOC.region
Metropolregion Rhein-Neckar	LOC.region
Michigan	LOC.region
Midlands	LOC.region
Mikronesien	LOC.region
Minas Gerais	LOC.region
Minnesota	LOC.region
Misox	LOC.region
Mississippi	LOC.region
Missouri	LOC.region
Mittelamerika	LOC.region
Mittelasien	LOC.region
Mittelburgenland	LOC.region
Mitteldeutschland	LOC.region
Mitteleuropa	LOC.region
Mittelfranken	LOC.region
Mittelhessen	LOC.region
Mittelland	LOC.region
Mittelmeerraum	LOC.region
Mittelost	LOC.region
Mittelrhein	LOC.region
Mittlerer Osten	LOC.region
Mittlerer Westen	LOC.region
Molise	LOC.region
Montafon	LOC.region
Montana	LOC.region
Mostviertel	LOC.region
Muldental	LOC.region
Murcia	LOC.region
Murtal	LOC.region
Mähren	LOC.region
Märkische Schweiz	LOC.region
Mölltal	LOC.region
Mühlviertel	LOC.region
Münsterland	LOC.region
Mürztal	LOC.region
Naher Osten	LOC.region
Nahost	LOC.region
Namaland	LOC.region
Natal	LOC.region
Navarra	LOC.region
Nebraska	LOC.region
Neckartal	LOC.region
Negev	LOC.region
Neue Bundesländer	LOC.region
Neuengland	LOC.region
Neufundland	LOC.region
Neumexiko	LOC.region
Neuschottland	LOC.region
Neusiedler Seewinkel	LOC.region
Neusüdwales	LOC.region
Nevada	LOC.region
New Hampshire	LOC.region
New Jersey	LOC.region
New Mexico	LOC.region
New South Wales	LOC.region
Niederbayern	LOC.region
Niederkalifornien	LOC.region
Niederlausitz	LOC.region
Niederrhein	LOC.region
Niederschlesien	LOC.region
Ningxia	LOC.region
Nockberge	LOC.region
Nord-Carolina	LOC.region
Nord-Kivu	LOC.region
Nordafrika	LOC.region
Nordamerika	LOC.continent
Nordburgenland	LOC.region
Nordcarolina	LOC.region
Norddakota	LOC.region
Norddeutschland	LOC.region
Nordeifel	LOC.region
Nordengland	LOC.region
Nordeuropa	LOC.region
Nordfriesland	LOC.region
Nordhessen	LOC.region
Nordholland	LOC.region
Nordirak	LOC.region
Nordkap	LOC.region
Nordkaukasus	LOC.region
Nordostdeutschland	LOC.region
Nordosteuropa	LOC.region
Nordpfalz	LOC.region
Nordschwarzwald	LOC.region
Nordseeraum	LOC.region
Nordsyrien	LOC.region
Nordterritorium	LOC.region
Nordtirol	LOC.region
Nordwestdeutschland	LOC.region
Nordwestschweiz	LOC.region
Normandie	LOC.region
North Carolina	LOC.region
North Dakota	LOC.region
Nunavut	LOC.region
Nördlinger Ries	LOC.region
Oberaargau	LOC.region
Oberallgäu	LOC.region
Oberbayern	LOC.region
Oberbergisches Land	LOC.region
Oberengadin	LOC.region
Oberfranken	LOC.region
Oberharz	LOC.region
Oberlausitz	LOC.region
Oberpfalz	LOC.region
Oberpfälzer Wald	LOC.region
Oberrhein	LOC.region
Oberschlesien	LOC.region
Oberschwaben	LOC.region
Obersee	LOC.region
Obersteiermark	LOC.region
Oberwallis	LOC.region
Odenwald	LOC.region
Oderbruch	LOC.region
Odisha	LOC.region
Ogaden	LOC.region
Ohio	LOC.region
Oklahoma	LOC.region
Okzitanien	LOC.region
Oldenburger Land	LOC.region
Oldenburger Münsterland	LOC.region
Ontario	LOC.region
Oranjefreistaat	LOC.region
Oregon	LOC.region
Oromia	LOC.region
Ortenau	LOC.region
Osnabrücker Land	LOC.region
Ost-Berlin	LOC.region	Ostberlin
Ostafrika	LOC.region
Ostalb	LOC.region
Ostallgäu	LOC.region
Ostanatolien	LOC.region
Ostasien	LOC.region
Ostberlin	LOC.region
Ostdeutschland	LOC.region
Osterzgebirge	LOC.region
Osteuropa	LOC.region
Ostfriesland	LOC.region
Ostgebiete	LOC.region
Osthessen	LOC.region
Ostmitteleuropa	LOC.region
Ostpreußen	LOC.region
Ostschweiz	LOC.region
Ostseeraum	LOC.region
Ostsibirien	LOC.region
Oststeiermark	LOC.region
Osttirol	LOC.region
Ostwestfalen	LOC.region
Ostwestfalen-Lippe	LOC.region
Ostzone	LOC.region
Outback	LOC.region
Ozeanien	LOC.continent
Paderborner Land	LOC.region
Pampa	LOC.region
Patagonien	LOC.region
Pazifikraum	LOC.region
Paznaun	LOC.region
Peloponnes	LOC.region
Pennsylvania	LOC.region
Pennsylvanien	LOC.region
Persischer Golf	LOC.region
Pfaffenwinkel	LOC.region
Pfalz	LOC.region
Pfälzerwald	LOC.region
Picardie	LOC.region
Piemont	LOC.region
Pinzgau	LOC.region
Pitztal	LOC.region
Podlachien	LOC.region
Podolien	LOC.region
Polynesien	LOC.region
Pomerellen	LOC.region
Pommern	LOC.region
Pongau	LOC.region
Prignitz	LOC.region
Provence	LOC.region
Prättigau	LOC.region
Punjab	LOC.region
Puschlav	LOC.region
Qinghai	LOC.region
Quebec	LOC.region
Queensland	LOC.region
Rajasthan	LOC.region
Region Stuttgart	LOC.region
Remstal	LOC.region
Rhein-Main	LOC.region
Rhein-Main-Gebiet	LOC.region
Rhein-Main-Region	LOC.region
Rhein-Neckar	LOC.region
Rhein-Ruhr	LOC.region
Rheingau	LOC.region
Rheinhessen	LOC.region
Rheinland	LOC.region
Rheintal	LOC.region
Rhode Island	LOC.region
Rhön	LOC.region
Riesengebirge	LOC.region
Rio Grande do Sul	LOC.region
Rojava	LOC.region
Romandie	LOC.region
Rosental	LOC.region
Rottal	LOC.region
Ruhrgebiet	LOC.region
Ruhrpott	LOC.region
Rupertiwinkel	LOC.region
Ruppiner Land	LOC.region
Rust Belt	LOC.region
Saale-Unstrut	LOC.region
Saar-Lor-Lux	LOC.region
Saarpfalz	LOC.region
Saastal	LOC.region
Sachalin	LOC.region
Sachsen	LOC.region
Sahara	LOC.region
Sahel	LOC.region
Sahelzone	LOC.region
Salzkammergut	LOC.region
Samaria	LOC.region
Sandschak	LOC.region
Sansibar	LOC.region
Santa Catarina	LOC.region
Sardinien	LOC.region
Sarganserland	LOC.region
Saskatchewan	LOC.region
Sauerland	LOC.region
Savoyen	LOC.region
Schaumburger Land	LOC.region
Schlesien	LOC.region
Schleswig	LOC.region
Schottische Highlands	LOC.region
Schottland	LOC.region
Schwaben	LOC.region
Schwarzafrika	LOC.region
Schwarzmeerregion	LOC.region
Schwarzwald	LOC.region
Schwäbische Alb	LOC.region
Schwäbischer Wald	LOC.region
Seetal	LOC.region
Seewinkel	LOC.region
Semmering	LOC.region
Senne	LOC.region
Shaanxi	LOC.region
Shandong	LOC.region
Shanxi	LOC.region
Sibirien	LOC.region
Sichuan	LOC.region
Siebenbürgen	LOC.region
Siegerland	LOC.region
Silicon Valley	LOC.region
Sinai	LOC.region
Sindh	LOC.region
Sizilien	LOC.region
Skandinavien	LOC.region
Slawonien	LOC.region
Solling	LOC.region
Sonora	LOC.region
South Carolina	LOC.region
South Dakota	LOC.region
Sowjetische Besatzungszone	LOC.region
Spessart	LOC.region
Spreewald	LOC.region
Steigerwald	LOC.region
Stubaital	LOC.region
Subsahara-Afrika	LOC.region
Sudetenland	LOC.region
Suhrental	LOC.region
Surselva	LOC.region
Sussex	LOC.region
Sächsische Schweiz	LOC.region
Süd-Carolina	LOC.region
Süd-Kivu	LOC.region
Südafrika	LOC.region
Südamerika	LOC.continent
Südasien	LOC.region
Südaustralien	LOC.region
Südburgenland	LOC.region
Südcarolina	LOC.region
Süddakota	LOC.region
Süddeutschland	LOC.region
Südengland	LOC.region
Südeuropa	LOC.region
Südharz	LOC.region
Südhessen	LOC.region
Südholland	LOC.region
Südkaukasus	LOC.region
Südlibanon	LOC.region
Südniedersachsen	LOC.region
Südostasien	LOC.region
Südosteuropa	LOC.region
Südpfalz	LOC.region
Südschwarzwald	LOC.region
Südschweiz	LOC.region
Südsee	LOC.region
Südstaaten	LOC.region
Südsteiermark	LOC.region
Südtirol	LOC.region
Südwestdeutschland	LOC.region
Tamil Nadu	LOC.region
Tannheimer Tal	LOC.region
Tasmanien	LOC.region
Taubertal	LOC.region
Taunus	LOC.region
Tecklenburger Land	LOC.region
Telangana	LOC.region
Tennengau	LOC.region
Tennessee	LOC.region
Teufelsmoor	LOC.region
Teutoburger Wald	LOC.region
Texas	LOC.region
Thrakien	LOC.region
Thüringen	LOC.region
Thüringer Becken	LOC.region
Thüringer Wald	LOC.region
Tibet	LOC.region
Tigray	LOC.region
Toggenburg	LOC.region
Toskana	LOC.region
Transkaukasien	LOC.region
Transnistrien	LOC.region
Transvaal	LOC.region
Traunviertel	LOC.region
Trentino	LOC.region
Trentino-Südtirol	LOC.region
Tripolitanien	LOC.region
Tschukotka	LOC.region
Tullnerfeld	LOC.region
Tölzer Land	LOC.region
Uckermark	LOC.region
Uigurien	LOC.region
Umbrien	LOC.region
Unterallgäu	LOC.region
Unterengadin	LOC.region
Unterfranken	LOC.region
Unterharz	LOC.region
Untersee	LOC.region
Untersteiermark	LOC.region
Unterwallis	LOC.region
Ural	LOC.region
Utah	LOC.region
Uttar Pradesh	LOC.region
Val Müstair	LOC.region
Val d’Anniviers	LOC.region
Valencia	LOC.region
Venetien	LOC.region
Vermont	LOC.region
Verzascatal	LOC.region
Virginia	LOC.region
Vogelsberg	LOC.region
Vogtland	LOC.region
Vorarlberg	LOC.region
Vorderasien	LOC.region
Vorderpfalz	LOC.region
Vordertaunus	LOC.region
Vorpommern	LOC.region
Vulkaneifel	LOC.region
Wachau	LOC.region
Walachei	LOC.region
Waldviertel	LOC.region
Wales	LOC.region
Walgau	LOC.region
Wallonie	LOC.region
Wasiristan	LOC.region
Wechselland	LOC.region
Weinviertel	LOC.region
Welschland	LOC.region
Wendland	LOC.region
Werdenberg	LOC.region
Werdenfelser Land	LOC.region
Weserbergland	LOC.region
Weserland	LOC.region
Wesermarsch	LOC.region
West Virginia	LOC.region
West-Berlin	LOC.region	Westberlin
Westafrika	LOC.region
Westallgäu	LOC.region
Westasien	LOC.region
Westaustralien	LOC.region
Westbalkan	LOC.region
Westbengalen	LOC.region
Westberlin	LOC.region
Westdeutschland	LOC.region
Westerwald	LOC.region
Westeuropa	LOC.region
Westfalen	LOC.region
Westfriesland	LOC.region
Westjordanland	LOC.region
Westlicher Balkan	LOC.region
Westpfalz	LOC.region
Westpreußen	LOC.region
Westschweiz	LOC.region
Westsibirien	LOC.region
Weststeiermark	LOC.region
Westzonen	LOC.region
Wetterau	LOC.region
Wetterstein	LOC.region
Wiehengebirge	LOC.region
Wienerwald	LOC.region
Wilder Westen	LOC.region
Wipptal	LOC.region
Wisconsin	LOC.region
Wolgaregion	LOC.region
Wolhynien	LOC.region
Wynental	LOC.region
Wyoming	LOC.region
Württemberg	LOC.region
Xinjiang	LOC.region
Yorkshire	LOC.region
Yucatán	LOC.region
Yukon	LOC.region
Yunnan	LOC.region
Zentralafrika	LOC.region
Zentralasien	LOC.region
Zentraleuropa	LOC.region
Zentralschweiz	LOC.region
Zhejiang	LOC.region
Zillertal	LOC.region
Zingst	LOC.region
Zittauer Gebirge	LOC.region
Zollernalb	LOC.region
Zürcher Oberland	LOC.region
Zürcher Unterland	LOC.region
Zürcher Weinland	LOC.region
Île-de-France	LOC.region
Ötztal	LOC.region
