# class-orghead.lex: word class "orghead": capitalised head nouns (and club prefixes) that
# START an organisation name followed by a place, a person's name or another proper name
# ("Universität Hamburg", "Amtsgericht Tiergarten", "Sparkasse KölnBonn", "VfL Bochum",
# "Max-Planck-Institut für Physik", "Staatsanwaltschaft München I").
# Not entities by themselves; used by the rules as @orghead.
# Format: name<TAB>orghead.
# Source: written by the dener authors from general knowledge of German naming patterns.
# Licence: Apache-2.0.

1. FC	orghead
AC	orghead
ACF	orghead
AOK	orghead
ASV	orghead
Abwasserverband	orghead
Agentur für Arbeit	orghead
Akademie	orghead
Alemannia	orghead
Altenheim	orghead
Amtsgericht	orghead
Arbeitsagentur	orghead
Arbeitsgericht	orghead
Arminia	orghead
Atlético	orghead
Autobahnmeisterei	orghead
BORG	orghead
BRG	orghead
BSC	orghead
BV	orghead
Bankhaus	orghead
Berufsfeuerwehr	orghead
Berufsschule	orghead
Bezirksamt	orghead
Bezirksausschuss	orghead
Bezirksgericht	orghead
Bezirkshauptmannschaft	orghead
Bezirkskrankenhaus	orghead
Bezirksregierung	orghead
Bezirksverband	orghead
Bistum	orghead
Blau-Weiß	orghead
Borussia	orghead
Bund	orghead
Bundesamt	orghead
Bundesanstalt	orghead
Bundesgericht	orghead
Bundesgymnasium	orghead
Bundesinstitut	orghead
Bundesministerium	orghead
Bundespolizeidirektion	orghead
Bundespolizeiinspektion	orghead
Bundesrealgymnasium	orghead
Bundesverband	orghead
Bundeszentrale	orghead
Bürgeramt	orghead
Bürgerschaft	orghead
Bürgerstiftung	orghead
Concordia	orghead
DSC	orghead
Dekanat	orghead
Diözese	orghead
Dynamo	orghead
EHC	orghead
ERC	orghead
ESV	orghead
Eintracht	orghead
Erzbistum	orghead
Erzdiözese	orghead
Evangelische Hochschule	orghead
Evangelischen Hochschule	orghead
FC	orghead
FH	orghead
FK	orghead
FSV	orghead
FU	orghead
Fachhochschule	orghead
Fachklinik	orghead
Fernuniversität	orghead
Feuerwehr	orghead
Finanzamt	orghead
Finanzgericht	orghead
Forschungszentrum	orghead
Fortuna	orghead
Fraunhofer-Institut	orghead
Freie Universität	orghead
Freien Universität	orghead
Förderschule	orghead
Förderverein	orghead
Gemeindeverwaltung	orghead
Gemeinschaftsschule	orghead
Generalstaatsanwaltschaft	orghead
Genossenschaft	orghead
Germania	orghead
Gesamtschule	orghead
Gesangverein	orghead
Gesellschaft	orghead
Gesundheitsamt	orghead
Gewerkschaft	orghead
Golfclub	orghead
Grundschule	orghead
Gymnasium	orghead
HAK	orghead
HAW	orghead
HBLA	orghead
HSG	orghead
HSV	orghead
HTL	orghead
HTW	orghead
HU	orghead
Handelsgericht	orghead
Handelskammer	orghead
Handwerkskammer	orghead
Hauptschule	orghead
Hauptzollamt	orghead
Heimatverein	orghead
Helmholtz-Zentrum	orghead
Hertha	orghead
HfM	orghead
HfT	orghead
Hochschule	orghead
Hochschule für Musik	orghead
Hospital	orghead
Hospiz	orghead
IHK	orghead
Industrie- und Handelskammer	orghead
Institut	orghead
Inter	orghead
JVA	orghead
Jobcenter	orghead
Jugendamt	orghead
Justizvollzugsanstalt	orghead
Juventus	orghead
KSV	orghead
Kantonsgericht	orghead
Kantonspolizei	orghead
Kantonsschule	orghead
Kantonsspital	orghead
Karnevalsverein	orghead
Kassenärztliche Vereinigung	orghead
Katholische Hochschule	orghead
Katholische Universität	orghead
Katholischen Hochschule	orghead
Katholischen Universität	orghead
Kickers	orghead
Kindergarten	orghead
Kirchenchor	orghead
Kirchengemeinde	orghead
Kirchenkreis	orghead
Kirchgemeinde	orghead
Klinik	orghead
Kliniken	orghead
Klinikum	orghead
Krankenhaus	orghead
Kreishandwerkerschaft	orghead
Kreisjugendring	orghead
Kreisklinik	orghead
Kreisklinikum	orghead
Kreiskrankenhaus	orghead
Kreissparkasse	orghead
Kreistag	orghead
Kreisverband	orghead
Kreisverwaltung	orghead
Kriminalinspektion	orghead
Kriminalpolizei	orghead
Kunstakademie	orghead
Kunsthalle	orghead
Kunsthochschule	orghead
Kunstmuseum	orghead
Kunstuniversität	orghead
Kunstverein	orghead
LKA	orghead
LKH	orghead
Landesamt	orghead
Landesanstalt	orghead
Landesarbeitsgericht	orghead
Landesbank	orghead
Landesbetrieb	orghead
Landesgericht	orghead
Landeskirche	orghead
Landesklinikum	orghead
Landeskrankenhaus	orghead
Landeskriminalamt	orghead
Landesministerium	orghead
Landesmuseum	orghead
Landespolizei	orghead
Landespolizeidirektion	orghead
Landesregierung	orghead
Landessozialgericht	orghead
Landestheater	orghead
Landesverband	orghead
Landesverfassungsgericht	orghead
Landesverwaltungsgericht	orghead
Landesvorstand	orghead
Landesärztekammer	orghead
Landfrauenverein	orghead
Landgericht	orghead
Landratsamt	orghead
Landtag	orghead
Leibniz-Institut	orghead
Lokomotive	orghead
MSV	orghead
Max-Planck-Institut	orghead
Medizinische Universität	orghead
Medizinischen Universität	orghead
Ministerium	orghead
Mittelschule	orghead
Museum	orghead
Musikhochschule	orghead
Musikschule	orghead
Musikverein	orghead
Männergesangverein	orghead
OGC	orghead
OLG	orghead
OVG	orghead
Obergericht	orghead
Oberlandesgericht	orghead
Oberschule	orghead
Oberverwaltungsgericht	orghead
Olympique	orghead
Oper	orghead
Orchester	orghead
Ordnungsamt	orghead
Ortsverband	orghead
Ospedale	orghead
PH	orghead
PSD Bank	orghead
PSV	orghead
Partei	orghead
Pfarrgemeinde	orghead
Pflegeheim	orghead
Philharmonie	orghead
Politecnico	orghead
Polizei	orghead
Polizeidirektion	orghead
Polizeiinspektion	orghead
Polizeiposten	orghead
Polizeipräsidium	orghead
Polizeirevier	orghead
Polizeistation	orghead
Posaunenchor	orghead
Preußen	orghead
Private Universität	orghead
Privaten Universität	orghead
Pädagogische Hochschule	orghead
Pädagogischen Hochschule	orghead
RC	orghead
Racing	orghead
Raiffeisen-Landesbank	orghead
Raiffeisenbank	orghead
Raiffeisenkasse	orghead
Real	orghead
Realschule	orghead
Rechtsanwaltskammer	orghead
Regierungspräsidium	orghead
Reitverein	orghead
Rot-Weiss	orghead
Rot-Weiß	orghead
SC	orghead
SG	orghead
SK	orghead
SSC	orghead
SSV	orghead
SV	orghead
Schauspiel	orghead
Schauspielhaus	orghead
Schauspielschule	orghead
Schwarz-Weiß	orghead
Schützengesellschaft	orghead
Schützenverein	orghead
Sekundarschule	orghead
Senatsverwaltung	orghead
Seniorenzentrum	orghead
Sozialgericht	orghead
SpVgg	orghead
Sparda-Bank	orghead
Sparkasse	orghead
Spartak	orghead
Spital	orghead
Sportfreunde	orghead
Sporting	orghead
Staatliche Hochschule	orghead
Staatliche Schauspielschule	orghead
Staatlichen Hochschule	orghead
Staatlichen Schauspielschule	orghead
Staatsanwaltschaft	orghead
Staatsbibliothek	orghead
Staatsgalerie	orghead
Staatsgerichtshof	orghead
Staatskanzlei	orghead
Staatsministerium	orghead
Staatsoper	orghead
Staatsorchester	orghead
Staatstheater	orghead
Stadtbibliothek	orghead
Stadtbücherei	orghead
Stadtjugendring	orghead
Stadtmuseum	orghead
Stadtpolizei	orghead
Stadtrat	orghead
Stadtsparkasse	orghead
Stadttheater	orghead
Stadtverwaltung	orghead
Stadtwerke	orghead
Standesamt	orghead
Stiftung	orghead
Straßenmeisterei	orghead
Städtischen Klinikum	orghead
Städtisches Klinikum	orghead
TH	orghead
TSG	orghead
TSV	orghead
TU	orghead
Tafel	orghead
Technische Hochschule	orghead
Technische Universität	orghead
Technischen Hochschule	orghead
Technischen Universität	orghead
Tennisclub	orghead
Teutonia	orghead
Theater	orghead
Tierpark	orghead
TuS	orghead
Turnverein	orghead
Uni	orghead
Uniklinik	orghead
Uniklinikum	orghead
Universidad	orghead
Universidade	orghead
Universitat	orghead
Università	orghead
Universität	orghead
Universitätsklinik	orghead
Universitätsklinikum	orghead
Universitätsmedizin	orghead
Universitätsspital	orghead
Université	orghead
VGH	orghead
VR Bank	orghead
VR-Bank	orghead
Verband	orghead
Verein	orghead
Vereinigung	orghead
Verfassungsgerichtshof	orghead
Verkehrsbetriebe	orghead
Verkehrspolizeiinspektion	orghead
Verkehrsverbund	orghead
Verwaltungsgericht	orghead
Verwaltungsgerichtshof	orghead
VfB	orghead
VfL	orghead
VfR	orghead
Viktoria	orghead
Volksbank	orghead
Volkshochschule	orghead
Wasserschutzpolizei	orghead
Wasserverband	orghead
Werder	orghead
Wählergemeinschaft	orghead
Wählergruppe	orghead
Zentralverband	orghead
Zollamt	orghead
Zollfahndungsamt	orghead
Zoo	orghead
Zweckverband	orghead
Ärztekammer	orghead
