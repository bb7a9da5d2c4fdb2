# date-words.lex - the vocabulary of the date rules (lexicons/dates.rules): month and weekday
# names, seasons, holidays, deictic words, number words, units, directions, period parts, parts of
# the day and tense cues. Every entry is a word class; the third field is its value, read by the
# date mechanism in src/dates.c. A rule's named group is looked up in the class of the same name
# (group "month" in class "month", "d"/"m"/"y"/"n"/"q"/"half"/"cent"/"dec" in "numword" when the
# captured text is not digits). Classes and value forms:
#   month    1..12
#   weekday  1 (Monday) .. 7 (Sunday); "N*" is a recurring day ("montags", "Freitage": XXXX-WXX-5)
#   season   SP, SU, FA, WI (spring, summer, autumn, winter)
#   holiday  "MM-DD" fixed day; "E+N"/"E-N" days after/before Easter Sunday (Gregorian); "O+N"
#            the same for Orthodox Easter (Julian, rule orthodox_easter);
#            "MM-DD>W" the first weekday W (1..7) on or after MM-DD; "MM-DD<W" the last on or before
#   deictic  "U+N"/"U-N": N units from the reference date, U one of D (day), W (ISO week),
#            WE (weekend), M, Q, H (half year), Y, DEC (decade), CEN (century); an optional "/MOD"
#            adds a mod (START, MID, END): "Jahresende" Y+0/END; a final "^" counts from a date
#            named before it in the same sentence or the one before, if there is one, instead of
#            the reference date ("2024 ..., im Vorjahr": Y-1^ is 2023); "^*": also keeps the length
#            of a quarter, half year or month named before ("im ersten Halbjahr ... im
#            Vorjahreszeitraum": Y-1^* is the first half of the year before); "~" after the number: the
#            nearest such period (a year's end in January or February is the one just past,
#            unless the sentence points ahead: "Jahreswechsel" Y+0~/END; a year's start in
#            December the one ahead, unless the sentence points back: "Jahresbeginn" Y+0~/START); or a literal value
#            (PRESENT_REF, PAST_REF, FUTURE_REF)
#   unit     D, W, WE, M, Q, H, Y, DEC, CEN (the unit of a relative expression)
#   dir      a signed factor: -1 past ("vergangene", "vor", "seit"), +1 future ("nächste", "in",
#            "später"), 0 the current period ("diese"), +-2 ("übernächste", "vorletzte")
#   mod      START, MID, END ("Anfang", "Mitte", "Ende")
#   daypart  MO, MI, AF, EV, NI (morning, midday, afternoon, evening, night; TIMEX3 TMO etc.)
#   numword  the number (cardinals and ordinals, all inflections; decade words: "neunzig" 90)
#   nth      the nth weekday of a month, -1 the last ("ersten Sonntag im Mai", "letzten Sonntag im April")
#   figures  past: a noun of reported figures; a month or quarter after it and "für" that ended in
#            the last three months is that one, also in a future sentence ("legt die Inflationsrate
#            für August vor" in September). The entries are word endings, as for incident.
#   incident past: a noun of an incident that has happened (a fire, an accident, a break-in); a
#            date right after it and "am" or "vom" is the incident's and lies back ("Nach dem
#            Großbrand am Sonntag ist die Ursache unklar", "bittet um Hinweise zu dem Einbruch vom
#            Wochenende"). The entries are word endings: "brand" also holds "Großbrand", and a genitive
#            "-s" or "-es" is stripped ("des Unfalls").
#   tense    past / future: cue words that decide whether a lone weekday lies before or after the
#            reference date (the nearest cue in the sentence counts; default past); report: a
#            past of a verb of saying ("sagte", "teilte"), which counts in a clause after the date's
#            only where the sentence has no other cue ("Am Samstag bleiben die Höfe
#            geschlossen, teilte die Stadt mit" lies ahead); paststate: a
#            past that also turns a date after "bis" back ("war bis März gesperrt"); present: ahead
#            where the sentence has no other cue and no past participle ("Am Sonntag ist die
#            Wahl"; auxpresent: the same for "ist", "sind", which also make a perfect); pastpart: a
#            past participle, past only where no other cue is in the sentence (its auxiliary
#            decides: "wird am Freitag beschlossen", "hat am Montag gewählt"); modal: a future cue
#            that turns past before a perfect infinitive ("soll am Montag eingebrochen sein"),
#            whose second word has the value perfhaben ("haben": any participle) or perfsein
#            ("sein": only a listed participle, pastpart; "soll ... beendet sein" is a state);
#            perfhaben is also an auxiliary of the perfect after "bis"; perfaux: "hat", "habe",
#            past with a participle in the date's clause or after it in the sentence, else a present
#            ("Am Donnerstag hat das Museum geöffnet": ahead, as "ist", with "hours": a participle
#            of opening hours, "geöffnet", "geschlossen"); announce: a past participle of calling
#            a meeting, which sets ahead the date of a noun before it ("zu einer Sitzung am 5. Juni
#            eingeladen"); stative: a participle of
#            a state, no past ("ist am Samstag geöffnet"); term: a word that sets a term, after
#            which a date after "bis" lies ahead also in the perfect ("hat die Frist bis Mai
#            verlängert", but "hat bis Ende Oktober 200 Stellen abgebaut" lies back)
#   event    a word that names a day of history, and the days it names as "MM-DD=YYYY" (several
#            separated by ","): a day and month without a year in its sentence is of that year
#            ("die Anschläge vom 11. September": 2001-09-11; "der Überfall der Hamas am 7. Oktober":
#            2023-10-07), if the year is not after the reference date's; looked up whole and by the
#            parts of a hyphenated word ("Hamas-Überfall"). The value "return" marks a word of the
#            day's return ("jährt sich", "Jahrestag", "Gedenkfeier"): in its sentence the day is the
#            current one, no day of history applies.
# Lower-case entries match in any case, capitalised ones only capitalised text (as everywhere).
# Source: written by the dener authors. Licence: that of the dener project.
# month
Januar	month	1
Februar	month	2
März	month	3
April	month	4
Mai	month	5
Juni	month	6
Juli	month	7
August	month	8
September	month	9
Oktober	month	10
November	month	11
Dezember	month	12
Jänner	month	1
Feber	month	2
Jan	month	1
Jan.	month	1
Feb	month	2
Feb.	month	2
Mär	month	3
Mär.	month	3
Mrz	month	3
Mrz.	month	3
Apr	month	4
Apr.	month	4
Jun	month	6
Jun.	month	6
Jul	month	7
Jul.	month	7
Aug	month	8
Aug.	month	8
Sep	month	9
Sep.	month	9
Sept	month	9
Sept.	month	9
Okt	month	10
Okt.	month	10
Nov	month	11
Nov.	month	11
Dez	month	12
Dez.	month	12
Januars	month	1
Februars	month	2
Augusts	month	8
Septembers	month	9
Oktobers	month	10
Novembers	month	11
Dezembers	month	12

# weekday; N* = every such day
Montag	weekday	1
Montage	weekday	1*
montags	weekday	1*
Dienstag	weekday	2
Dienstage	weekday	2*
dienstags	weekday	2*
Mittwoch	weekday	3
Mittwoche	weekday	3*
mittwochs	weekday	3*
Donnerstag	weekday	4
Donnerstage	weekday	4*
donnerstags	weekday	4*
Freitag	weekday	5
Freitage	weekday	5*
freitags	weekday	5*
Samstag	weekday	6
Samstage	weekday	6*
samstags	weekday	6*
Sonntag	weekday	7
Sonntage	weekday	7*
sonntags	weekday	7*
Sonnabend	weekday	6
Sonnabende	weekday	6*
sonnabends	weekday	6*

# season
Frühjahr	season	SP
Frühjahrs	season	SP
Frühling	season	SP
Frühlings	season	SP
Sommer	season	SU
Sommers	season	SU
Herbst	season	FA
Herbstes	season	FA
Herbsts	season	FA
Winter	season	WI
Winters	season	WI
Frühsommer	season	SU
Frühsommers	season	SU
Hochsommer	season	SU
Hochsommers	season	SU
Spätsommer	season	SU
Spätsommers	season	SU
Frühherbst	season	FA
Frühherbstes	season	FA
Spätherbst	season	FA
Spätherbstes	season	FA
Frühwinter	season	WI
Frühwinters	season	WI
Spätwinter	season	WI
Spätwinters	season	WI

# holiday
Neujahr	holiday	01-01
Neujahrstag	holiday	01-01
Neujahrs	holiday	01-01
Heilige Drei Könige	holiday	01-06
Dreikönigstag	holiday	01-06
Valentinstag	holiday	02-14
Weltfrauentag	holiday	03-08
Frauentag	holiday	03-08
Tag der Arbeit	holiday	05-01
Maifeiertag	holiday	05-01
Mariä Himmelfahrt	holiday	08-15
Tag der Deutschen Einheit	holiday	10-03
Reformationstag	holiday	10-31
Halloween	holiday	10-31
Allerheiligen	holiday	11-01
Allerseelen	holiday	11-02
Martinstag	holiday	11-11
Nikolaustag	holiday	12-06
Heiligabend	holiday	12-24
Heiliger Abend	holiday	12-24
Heiligen Abend	holiday	12-24
Weihnachten	holiday	12-25
Weihnachtstag	holiday	12-25
Weihnachtsfeiertag	holiday	12-25
Silvester	holiday	12-31
# (Austria and Switzerland)
Berchtoldstag	holiday	01-02
Dreikönig	holiday	01-06
Josefitag	holiday	03-19
Florianitag	holiday	05-04
Staatsfeiertag	holiday	05-01
Bundesfeiertag	holiday	08-01
Leopolditag	holiday	11-15
Martinitag	holiday	11-11
Mariä Empfängnis	holiday	12-08
Maria Empfängnis	holiday	12-08
Maria Himmelfahrt	holiday	08-15
Auffahrt	holiday	E+39
Auffahrtstag	holiday	E+39
Christtag	holiday	12-25
Stefanitag	holiday	12-26
Stephanitag	holiday	12-26
Stephanstag	holiday	12-26
# (more days of the year)
Mariä Lichtmess	holiday	02-02
Walpurgisnacht	holiday	04-30
Johannistag	holiday	06-24
Buß- und Bettag	holiday	11-22<3
Silvesters	holiday	12-31
Weiberfastnacht	holiday	E-52
Rosenmontag	holiday	E-48
Fastnacht	holiday	E-47
Faschingsdienstag	holiday	E-47
Aschermittwoch	holiday	E-46
# (the days of carnival by their regional names: Rhineland, Swabian-Alemannic Fasnet, Bavaria)
Altweiber	holiday	E-52
Altweiberfastnacht	holiday	E-52
Schmotziger Donnerstag	holiday	E-52
Schmotzigen Donnerstag	holiday	E-52
Unsinniger Donnerstag	holiday	E-52
Unsinnigen Donnerstag	holiday	E-52
Gumpiger Donnerstag	holiday	E-52
Gumpigen Donnerstag	holiday	E-52
Rußiger Freitag	holiday	E-51
Rußigen Freitag	holiday	E-51
Nelkensamstag	holiday	E-50
Tulpensonntag	holiday	E-49
Faschingssonntag	holiday	E-49
Fastnachtssonntag	holiday	E-49
Karnevalssonntag	holiday	E-49
Fasnetssonntag	holiday	E-49
Fasnetsmontag	holiday	E-48
Faschingsmontag	holiday	E-48
Karnevalsmontag	holiday	E-48
Rosenmontags	holiday	E-48
Veilchendienstag	holiday	E-47
Fasnetsdienstag	holiday	E-47
Karnevalsdienstag	holiday	E-47
Fastnachtsdienstag	holiday	E-47
Funkensonntag	holiday	E-42
# (days of weather lore and of saints that name a fixed day)
Siebenschläfertag	holiday	06-27
Siebenschläfer	holiday	06-27
Leonhardstag	holiday	11-06
Elften im Elften	holiday	11-11
Palmsonntag	holiday	E-7
Gründonnerstag	holiday	E-3
Karfreitag	holiday	E-2
Karsamstag	holiday	E-1
Ostern	holiday	E+0
Ostersonntag	holiday	E+0
Ostermontag	holiday	E+1
Osterwochenende	holiday	E+0
Osterwochenendes	holiday	E+0
Christi Himmelfahrt	holiday	E+39
Himmelfahrt	holiday	E+39
Vatertag	holiday	E+39
Pfingsten	holiday	E+49
Pfingstsonntag	holiday	E+49
Pfingstmontag	holiday	E+50
Pfingstwochenende	holiday	E+49
Pfingstwochenendes	holiday	E+49
Fronleichnam	holiday	E+60
Muttertag	holiday	05-08>7
Erntedankfest	holiday	10-01>7
Erntedank	holiday	10-01>7
Volkstrauertag	holiday	11-13>7
Bußtag	holiday	11-22<3
Totensonntag	holiday	11-26<7
Ewigkeitssonntag	holiday	11-26<7
# (an ordinal before a holiday: "am zweiten Weihnachtsfeiertag" is 26 December, "am 1. Advent" the
# fourth Sunday before Christmas, "am zweiten Adventswochenende" its Sunday; rule holiday_ordinal)
ersten Advent	holiday	11-27>7
ersten Advents	holiday	11-27>7
ersten Adventssonntag	holiday	11-27>7
ersten Adventssonntags	holiday	11-27>7
erster Advent	holiday	11-27>7
erster Advents	holiday	11-27>7
erster Adventssonntag	holiday	11-27>7
erster Adventssonntags	holiday	11-27>7
erste Advent	holiday	11-27>7
erste Advents	holiday	11-27>7
erste Adventssonntag	holiday	11-27>7
erste Adventssonntags	holiday	11-27>7
1. Advent	holiday	11-27>7
1. Advents	holiday	11-27>7
1. Adventssonntag	holiday	11-27>7
1. Adventssonntags	holiday	11-27>7
zweiten Advent	holiday	12-04>7
zweiten Advents	holiday	12-04>7
zweiten Adventssonntag	holiday	12-04>7
zweiten Adventssonntags	holiday	12-04>7
zweiter Advent	holiday	12-04>7
zweiter Advents	holiday	12-04>7
zweiter Adventssonntag	holiday	12-04>7
zweiter Adventssonntags	holiday	12-04>7
zweite Advent	holiday	12-04>7
zweite Advents	holiday	12-04>7
zweite Adventssonntag	holiday	12-04>7
zweite Adventssonntags	holiday	12-04>7
2. Advent	holiday	12-04>7
2. Advents	holiday	12-04>7
2. Adventssonntag	holiday	12-04>7
2. Adventssonntags	holiday	12-04>7
dritten Advent	holiday	12-11>7
dritten Advents	holiday	12-11>7
dritten Adventssonntag	holiday	12-11>7
dritten Adventssonntags	holiday	12-11>7
dritter Advent	holiday	12-11>7
dritter Advents	holiday	12-11>7
dritter Adventssonntag	holiday	12-11>7
dritter Adventssonntags	holiday	12-11>7
dritte Advent	holiday	12-11>7
dritte Advents	holiday	12-11>7
dritte Adventssonntag	holiday	12-11>7
dritte Adventssonntags	holiday	12-11>7
3. Advent	holiday	12-11>7
3. Advents	holiday	12-11>7
3. Adventssonntag	holiday	12-11>7
3. Adventssonntags	holiday	12-11>7
vierten Advent	holiday	12-18>7
vierten Advents	holiday	12-18>7
vierten Adventssonntag	holiday	12-18>7
vierten Adventssonntags	holiday	12-18>7
vierter Advent	holiday	12-18>7
vierter Advents	holiday	12-18>7
vierter Adventssonntag	holiday	12-18>7
vierter Adventssonntags	holiday	12-18>7
vierte Advent	holiday	12-18>7
vierte Advents	holiday	12-18>7
vierte Adventssonntag	holiday	12-18>7
vierte Adventssonntags	holiday	12-18>7
4. Advent	holiday	12-18>7
4. Advents	holiday	12-18>7
4. Adventssonntag	holiday	12-18>7
4. Adventssonntags	holiday	12-18>7
ersten Adventswochenende	holiday	11-27>7
ersten Adventswochenendes	holiday	11-27>7
erste Adventswochenende	holiday	11-27>7
erste Adventswochenendes	holiday	11-27>7
1. Adventswochenende	holiday	11-27>7
1. Adventswochenendes	holiday	11-27>7
zweiten Adventswochenende	holiday	12-04>7
zweiten Adventswochenendes	holiday	12-04>7
zweite Adventswochenende	holiday	12-04>7
zweite Adventswochenendes	holiday	12-04>7
2. Adventswochenende	holiday	12-04>7
2. Adventswochenendes	holiday	12-04>7
dritten Adventswochenende	holiday	12-11>7
dritten Adventswochenendes	holiday	12-11>7
dritte Adventswochenende	holiday	12-11>7
dritte Adventswochenendes	holiday	12-11>7
3. Adventswochenende	holiday	12-11>7
3. Adventswochenendes	holiday	12-11>7
vierten Adventswochenende	holiday	12-18>7
vierten Adventswochenendes	holiday	12-18>7
vierte Adventswochenende	holiday	12-18>7
vierte Adventswochenendes	holiday	12-18>7
4. Adventswochenende	holiday	12-18>7
4. Adventswochenendes	holiday	12-18>7
ersten Weihnachtsfeiertag	holiday	12-25
ersten Weihnachtsfeiertags	holiday	12-25
ersten Weihnachtsfeiertages	holiday	12-25
ersten Weihnachtstag	holiday	12-25
ersten Weihnachtstags	holiday	12-25
ersten Weihnachtstages	holiday	12-25
erster Weihnachtsfeiertag	holiday	12-25
erster Weihnachtsfeiertags	holiday	12-25
erster Weihnachtsfeiertages	holiday	12-25
erster Weihnachtstag	holiday	12-25
erster Weihnachtstags	holiday	12-25
erster Weihnachtstages	holiday	12-25
erste Weihnachtsfeiertag	holiday	12-25
erste Weihnachtsfeiertags	holiday	12-25
erste Weihnachtsfeiertages	holiday	12-25
erste Weihnachtstag	holiday	12-25
erste Weihnachtstags	holiday	12-25
erste Weihnachtstages	holiday	12-25
1. Weihnachtsfeiertag	holiday	12-25
1. Weihnachtsfeiertags	holiday	12-25
1. Weihnachtsfeiertages	holiday	12-25
1. Weihnachtstag	holiday	12-25
1. Weihnachtstags	holiday	12-25
1. Weihnachtstages	holiday	12-25
zweiten Weihnachtsfeiertag	holiday	12-26
zweiten Weihnachtsfeiertags	holiday	12-26
zweiten Weihnachtsfeiertages	holiday	12-26
zweiten Weihnachtstag	holiday	12-26
zweiten Weihnachtstags	holiday	12-26
zweiten Weihnachtstages	holiday	12-26
zweiter Weihnachtsfeiertag	holiday	12-26
zweiter Weihnachtsfeiertags	holiday	12-26
zweiter Weihnachtsfeiertages	holiday	12-26
zweiter Weihnachtstag	holiday	12-26
zweiter Weihnachtstags	holiday	12-26
zweiter Weihnachtstages	holiday	12-26
zweite Weihnachtsfeiertag	holiday	12-26
zweite Weihnachtsfeiertags	holiday	12-26
zweite Weihnachtsfeiertages	holiday	12-26
zweite Weihnachtstag	holiday	12-26
zweite Weihnachtstags	holiday	12-26
zweite Weihnachtstages	holiday	12-26
2. Weihnachtsfeiertag	holiday	12-26
2. Weihnachtsfeiertags	holiday	12-26
2. Weihnachtsfeiertages	holiday	12-26
2. Weihnachtstag	holiday	12-26
2. Weihnachtstags	holiday	12-26
2. Weihnachtstages	holiday	12-26
ersten Osterfeiertag	holiday	E+0
ersten Osterfeiertags	holiday	E+0
ersten Ostertag	holiday	E+0
ersten Ostertags	holiday	E+0
erster Osterfeiertag	holiday	E+0
erster Osterfeiertags	holiday	E+0
erster Ostertag	holiday	E+0
erster Ostertags	holiday	E+0
erste Osterfeiertag	holiday	E+0
erste Osterfeiertags	holiday	E+0
erste Ostertag	holiday	E+0
erste Ostertags	holiday	E+0
1. Osterfeiertag	holiday	E+0
1. Osterfeiertags	holiday	E+0
1. Ostertag	holiday	E+0
1. Ostertags	holiday	E+0
zweiten Osterfeiertag	holiday	E+1
zweiten Osterfeiertags	holiday	E+1
zweiten Ostertag	holiday	E+1
zweiten Ostertags	holiday	E+1
zweiter Osterfeiertag	holiday	E+1
zweiter Osterfeiertags	holiday	E+1
zweiter Ostertag	holiday	E+1
zweiter Ostertags	holiday	E+1
zweite Osterfeiertag	holiday	E+1
zweite Osterfeiertags	holiday	E+1
zweite Ostertag	holiday	E+1
zweite Ostertags	holiday	E+1
2. Osterfeiertag	holiday	E+1
2. Osterfeiertags	holiday	E+1
2. Ostertag	holiday	E+1
2. Ostertags	holiday	E+1
ersten Pfingstfeiertag	holiday	E+49
ersten Pfingstfeiertags	holiday	E+49
ersten Pfingsttag	holiday	E+49
ersten Pfingsttags	holiday	E+49
erster Pfingstfeiertag	holiday	E+49
erster Pfingstfeiertags	holiday	E+49
erster Pfingsttag	holiday	E+49
erster Pfingsttags	holiday	E+49
erste Pfingstfeiertag	holiday	E+49
erste Pfingstfeiertags	holiday	E+49
erste Pfingsttag	holiday	E+49
erste Pfingsttags	holiday	E+49
1. Pfingstfeiertag	holiday	E+49
1. Pfingstfeiertags	holiday	E+49
1. Pfingsttag	holiday	E+49
1. Pfingsttags	holiday	E+49
zweiten Pfingstfeiertag	holiday	E+50
zweiten Pfingstfeiertags	holiday	E+50
zweiten Pfingsttag	holiday	E+50
zweiten Pfingsttags	holiday	E+50
zweiter Pfingstfeiertag	holiday	E+50
zweiter Pfingstfeiertags	holiday	E+50
zweiter Pfingsttag	holiday	E+50
zweiter Pfingsttags	holiday	E+50
zweite Pfingstfeiertag	holiday	E+50
zweite Pfingstfeiertags	holiday	E+50
zweite Pfingsttag	holiday	E+50
zweite Pfingsttags	holiday	E+50
2. Pfingstfeiertag	holiday	E+50
2. Pfingstfeiertags	holiday	E+50
2. Pfingsttag	holiday	E+50
2. Pfingsttags	holiday	E+50
Weihnachtsfeiertage	holiday	12-25
Weihnachtsfeiertagen	holiday	12-25
Weihnachtstage	holiday	12-25
Weihnachtstagen	holiday	12-25
Osterfeiertage	holiday	E+0
Osterfeiertagen	holiday	E+0
Ostertage	holiday	E+0
Ostertagen	holiday	E+0
Pfingstfeiertage	holiday	E+49
Pfingstfeiertagen	holiday	E+49
Thanksgiving	holiday	11-22>4
# (days of other countries and faiths and world days on fixed dates, from surveys of world, church
# and health news)
Tag des Sieges	holiday	05-09
Nowruz	holiday	03-21
Holocaust-Gedenktag	holiday	01-27
Holocaust-Gedenktags	holiday	01-27
Holocaust-Gedenktages	holiday	01-27
Welt-Aids-Tag	holiday	12-01
Welt-Aids-Tags	holiday	12-01
Welt-Aids-Tages	holiday	12-01
Weltgesundheitstag	holiday	04-07
Weltgesundheitstags	holiday	04-07
Epiphanias	holiday	01-06
Dreifaltigkeitssonntag	holiday	E+56
Dreifaltigkeitssonntags	holiday	E+56
Trinitatis	holiday	E+56
Eidgenössischen Bettag	holiday	09-15>7
Eidgenössischer Bettag	holiday	09-15>7
Eidgenössischen Bettags	holiday	09-15>7
Labor Day	holiday	09-01>1
Memorial Day	holiday	05-31<1
# (twenty-fifth session, from the surveys of the Americas and Asia: days of the Americas, and the
# Chinese New Year and Mid-Autumn Festival by ICU's Chinese calendar, "C:month:day")
Juneteenth	holiday	06-19
Independence Day	holiday	07-04
Fourth of July	holiday	07-04
Canada Day	holiday	07-01
Columbus Day	holiday	10-08>1
Victoria Day	holiday	05-24<1
Martin Luther King Day	holiday	01-15>1
Presidents' Day	holiday	02-15>1
Presidents Day	holiday	02-15>1
Chinesisches Neujahr	holiday	C:1:1
Chinesischen Neujahr	holiday	C:1:1
Chinesischen Neujahrs	holiday	C:1:1
Chinesisches Neujahrsfest	holiday	C:1:1
Chinesische Neujahrsfest	holiday	C:1:1
Chinesischen Neujahrsfest	holiday	C:1:1
Chinesischen Neujahrsfests	holiday	C:1:1
Chinesischen Neujahrsfestes	holiday	C:1:1
Mondneujahr	holiday	C:1:1
Mondneujahrsfest	holiday	C:1:1
Lunar New Year	holiday	C:1:1
Mondfest	holiday	C:8:15
Mondfests	holiday	C:8:15
Mondfestes	holiday	C:8:15
Mittherbstfest	holiday	C:8:15
Drachenbootfest	holiday	C:5:5
# (eighteenth session: Austrian and church days, Sundays after Easter, action days on fixed dates;
# written by the dener authors; lunar feasts left out: their dates cannot be computed here)
Rupertitag	holiday	09-24
Rupertitags	holiday	09-24
Nikolotag	holiday	12-06
Nikolotags	holiday	12-06
Krampustag	holiday	12-05
Krampustags	holiday	12-05
Krampusnacht	holiday	12-05
Maria Lichtmess	holiday	02-02
Mariä Lichtmeß	holiday	02-02
Lichtmess	holiday	02-02
Mariä Verkündigung	holiday	03-25
Mariä Geburt	holiday	09-08
Michaelistag	holiday	09-29
Allerseelentag	holiday	11-02
Epiphaniastag	holiday	01-06
Weißer Sonntag	holiday	E+7
Weißen Sonntag	holiday	E+7
Weißen Sonntags	holiday	E+7
Quasimodogeniti	holiday	E+7
Misericordias Domini	holiday	E+14
Rogate	holiday	E+35
Exaudi	holiday	E+42
Invokavit	holiday	E-42
Reminiszere	holiday	E-35
Okuli	holiday	E-28
Laetare	holiday	E-21
Judika	holiday	E-14
Christkönigssonntag	holiday	11-20>7
Weltkindertag	holiday	09-20
Weltkindertags	holiday	09-20
Tag des offenen Denkmals	holiday	09-08>7
Weltumwelttag	holiday	06-05
Weltumwelttags	holiday	06-05
Weltwassertag	holiday	03-22
Weltwassertags	holiday	03-22
Internationaler Frauentag	holiday	03-08
Internationalen Frauentag	holiday	03-08
Internationalen Frauentags	holiday	03-08
Weltfrauentags	holiday	03-08
Frauentags	holiday	03-08
Internationaler Tag gegen Rassismus	holiday	03-21
Internationalen Tag gegen Rassismus	holiday	03-21
Welttag des Buches	holiday	04-23
Tag der Befreiung	holiday	05-08
Europatag	holiday	05-09
Internationaler Tag der Pflege	holiday	05-12
Internationalen Tag der Pflege	holiday	05-12
Weltbienentag	holiday	05-20
Weltnichtrauchertag	holiday	05-31
Internationaler Kindertag	holiday	06-01
Internationalen Kindertag	holiday	06-01
Weltflüchtlingstag	holiday	06-20
Weltflüchtlingstags	holiday	06-20
Antikriegstag	holiday	09-01
Welt-Alzheimertag	holiday	09-21
Weltalzheimertag	holiday	09-21
Weltlehrertag	holiday	10-05
Weltmädchentag	holiday	10-11
Welternährungstag	holiday	10-16
Weltspartag	holiday	10-30
Weltaidstag	holiday	12-01
Weltaidstags	holiday	12-01
Tag des Ehrenamts	holiday	12-05
Tag der Menschenrechte	holiday	12-10
Internationaler Tag der Menschenrechte	holiday	12-10
Internationalen Tag der Menschenrechte	holiday	12-10
Internationaler Tag der Menschen mit Behinderung	holiday	12-03
Internationalen Tag der Menschen mit Behinderung	holiday	12-03
Internationaler Tag gegen Gewalt an Frauen	holiday	11-25
Internationalen Tag gegen Gewalt an Frauen	holiday	11-25
Gedenktag für die Opfer des Nationalsozialismus	holiday	01-27
Weltkrebstag	holiday	02-04
Welttag der Pressefreiheit	holiday	05-03
Weltnichtrauchertags	holiday	05-31
Weltblutspendetag	holiday	06-14
Weltbevölkerungstag	holiday	07-11
Weltkatzentag	holiday	08-08
Welthundetag	holiday	10-10
Welttierschutztag	holiday	10-04
Weltherztag	holiday	09-29
Weltdiabetestag	holiday	11-14
Weltmännertag	holiday	11-03
Weltpoliotag	holiday	10-24
Weltsuizidpräventionstag	holiday	09-10
Weltseniorentag	holiday	10-01
Weltmeerestag	holiday	06-08
Weltgesundheitstages	holiday	04-07
# (Austrian spelling of the Advent Sundays, without the linking "s")
ersten Adventsonntag	holiday	11-27>7
erster Adventsonntag	holiday	11-27>7
erste Adventsonntag	holiday	11-27>7
1. Adventsonntag	holiday	11-27>7
zweiten Adventsonntag	holiday	12-04>7
zweiter Adventsonntag	holiday	12-04>7
zweite Adventsonntag	holiday	12-04>7
2. Adventsonntag	holiday	12-04>7
dritten Adventsonntag	holiday	12-11>7
dritter Adventsonntag	holiday	12-11>7
dritte Adventsonntag	holiday	12-11>7
3. Adventsonntag	holiday	12-11>7
vierten Adventsonntag	holiday	12-18>7
vierter Adventsonntag	holiday	12-18>7
vierte Adventsonntag	holiday	12-18>7
4. Adventsonntag	holiday	12-18>7
ersten Adventwochenende	holiday	11-27>7
1. Adventwochenende	holiday	11-27>7
zweiten Adventwochenende	holiday	12-04>7
2. Adventwochenende	holiday	12-04>7
dritten Adventwochenende	holiday	12-11>7
3. Adventwochenende	holiday	12-11>7
vierten Adventwochenende	holiday	12-18>7
4. Adventwochenende	holiday	12-18>7

# deictic
# ("am gestrigen Dienstag": the adjective names the day; the weekday agrees with it)
vorgestrigen Montag	deictic	D-2
vorgestrigen Dienstag	deictic	D-2
vorgestrigen Mittwoch	deictic	D-2
vorgestrigen Donnerstag	deictic	D-2
vorgestrigen Freitag	deictic	D-2
vorgestrigen Samstag	deictic	D-2
vorgestrigen Sonntag	deictic	D-2
gestrigen Montag	deictic	D-1
gestrigen Dienstag	deictic	D-1
gestrigen Mittwoch	deictic	D-1
gestrigen Donnerstag	deictic	D-1
gestrigen Freitag	deictic	D-1
gestrigen Samstag	deictic	D-1
gestrigen Sonntag	deictic	D-1
heutigen Montag	deictic	D+0
heutigen Dienstag	deictic	D+0
heutigen Mittwoch	deictic	D+0
heutigen Donnerstag	deictic	D+0
heutigen Freitag	deictic	D+0
heutigen Samstag	deictic	D+0
heutigen Sonntag	deictic	D+0
morgigen Montag	deictic	D+1
morgigen Dienstag	deictic	D+1
morgigen Mittwoch	deictic	D+1
morgigen Donnerstag	deictic	D+1
morgigen Freitag	deictic	D+1
morgigen Samstag	deictic	D+1
morgigen Sonntag	deictic	D+1
heute	deictic	D+0
gestern	deictic	D-1
vorgestern	deictic	D-2
morgen	deictic	D+1
übermorgen	deictic	D+2
Vortag	deictic	D-1^
Vortages	deictic	D-1^
Vortags	deictic	D-1^
Vorabend	deictic	D-1
Vorabends	deictic	D-1
Folgetag	deictic	D+1
Folgetages	deictic	D+1
Folgetags	deictic	D+1
tags darauf	deictic	D+1
tags zuvor	deictic	D-1
Vorwoche	deictic	W-1
Folgewoche	deictic	W+1
Vormonat	deictic	M-1^
Vormonats	deictic	M-1^
Folgemonat	deictic	M+1^
Folgemonats	deictic	M+1^
Vorjahr	deictic	Y-1^
Vorjahres	deictic	Y-1^
Vorjahrs	deictic	Y-1^
Jahreswechsel	deictic	Y+0~/END
Jahreswechsels	deictic	Y+0~/END
Vorquartal	deictic	Q-1^
Vorquartals	deictic	Q-1^
Vorjahresquartal	deictic	Q-4^
Vorjahresquartals	deictic	Q-4^
Vorjahresmonat	deictic	M-12^
Vorjahresmonats	deictic	M-12^
Folgejahr	deictic	Y+1^
Jahr davor	deictic	Y-1^
Jahr zuvor	deictic	Y-1^
Jahr darauf	deictic	Y+1^
Monat davor	deictic	M-1^
Monat zuvor	deictic	M-1^
Monat darauf	deictic	M+1^
Folgejahres	deictic	Y+1^
Jahresende	deictic	Y+0/END
# (Austrian "heuer": this year)
heuer	deictic	Y+0
heurigen Jahr	deictic	Y+0
heurige Jahr	deictic	Y+0
heurigen Jahres	deictic	Y+0
Jahresendes	deictic	Y+0/END
Jahresanfang	deictic	Y+0~/START
Jahresanfangs	deictic	Y+0~/START
Jahresbeginn	deictic	Y+0~/START
Jahresbeginns	deictic	Y+0~/START
Jahresauftakt	deictic	Y+0/START
Jahresauftakts	deictic	Y+0/START
Jahresstart	deictic	Y+0/START
Jahresstarts	deictic	Y+0/START
# (company results: the whole year of the date named before, else the current one; the same
# period a year before: "im dritten Quartal ... nach 318 Millionen im Vorjahreszeitraum")
Gesamtjahr	deictic	Y+0^
Gesamtjahres	deictic	Y+0^
Gesamtjahrs	deictic	Y+0^
Vorjahreszeitraum	deictic	Y-1^*
Vorjahreszeitraums	deictic	Y-1^*
Jahresmitte	deictic	Y+0/MID
Monatsende	deictic	M+0/END
Monatsendes	deictic	M+0/END
Monatsanfang	deictic	M+0/START
Monatsbeginn	deictic	M+0/START
Monatsmitte	deictic	M+0/MID
Wochenende	deictic	WE+0
Wochenendes	deictic	WE+0
Wochenbeginn	deictic	W+0/START
Wochenmitte	deictic	W+0/MID
Wochenanfang	deictic	W+0/START

# unit
Tag	unit	D
Tage	unit	D
Tagen	unit	D
Tages	unit	D
Tags	unit	D
Woche	unit	W
Wochen	unit	W
Wochenende	unit	WE
Wochenendes	unit	WE
Monat	unit	M
Monate	unit	M
Monaten	unit	M
Monats	unit	M
Monates	unit	M
Quartal	unit	Q
Quartale	unit	Q
Quartalen	unit	Q
Quartals	unit	Q
Halbjahr	unit	H
Halbjahre	unit	H
Halbjahren	unit	H
Halbjahres	unit	H
Halbjahrs	unit	H
Jahreshälfte	unit	H
Jahr	unit	Y
Jahre	unit	Y
Jahren	unit	Y
Jahres	unit	Y
Jahrs	unit	Y
# (a company's fiscal year and its parts, counted as calendar ones: "im laufenden Geschäftsjahr")
Geschäftsjahr	unit	Y
Geschäftsjahres	unit	Y
Geschäftsjahrs	unit	Y
Geschäftsquartal	unit	Q
Geschäftsquartals	unit	Q
Geschäftshalbjahr	unit	H
Geschäftshalbjahres	unit	H
Geschäftshalbjahrs	unit	H
Jahrzehnt	unit	DEC
Jahrzehnte	unit	DEC
Jahrzehnten	unit	DEC
Jahrzehnts	unit	DEC
Jahrzehntes	unit	DEC
Jahrhundert	unit	CEN
Jahrhunderte	unit	CEN
Jahrhunderten	unit	CEN
Jahrhunderts	unit	CEN

# dir
vergangene	dir	-1
vergangenen	dir	-1
abgelaufene	dir	-1
abgelaufenen	dir	-1
abgelaufenes	dir	-1
vergangener	dir	-1
vergangenes	dir	-1
vergangenem	dir	-1
letzte	dir	-1
letzten	dir	-1
letzter	dir	-1
letztes	dir	-1
letztem	dir	-1
vorige	dir	-1
vorigen	dir	-1
voriger	dir	-1
voriges	dir	-1
vorigem	dir	-1
vorletzte	dir	-2
vorletzten	dir	-2
vorletzter	dir	-2
vorletztes	dir	-2
vorletztem	dir	-2
nächste	dir	1
nächsten	dir	1
nächster	dir	1
nächstes	dir	1
nächstem	dir	1
kommende	dir	1
kommenden	dir	1
kommender	dir	1
kommendes	dir	1
kommendem	dir	1
übernächste	dir	2
übernächsten	dir	2
übernächster	dir	2
übernächstes	dir	2
übernächstem	dir	2
diese	dir	0
diesen	dir	0
dieser	dir	0
dieses	dir	0
diesem	dir	0
laufende	dir	0
laufenden	dir	0
laufender	dir	0
laufendes	dir	0
laufendem	dir	0
aktuelle	dir	0
aktuellen	dir	0
aktueller	dir	0
aktuelles	dir	0
aktuellem	dir	0
bevorstehende	dir	1
bevorstehenden	dir	1
bevorstehender	dir	1
bevorstehendes	dir	1
bevorstehendem	dir	1
# (the year before or after, as the direction of a month: "Mai des Vorjahres", "im März des Folgejahres")
Vorjahres	dir	-1
Vorjahrs	dir	-1
Folgejahres	dir	1
Folgejahrs	dir	1
folgenden Jahres	dir	1
darauffolgenden Jahres	dir	1
vor	dir	-1
seit	dir	-1
zuvor	dir	-1
davor	dir	-1
früher	dir	-1
in	dir	1
später	dir	1
danach	dir	1
darauf	dir	1

# nth (the nth weekday of a month, -1 the last: "am ersten Sonntag im Mai", "letzten Sonntag im April")
ersten	nth	1
erste	nth	1
zweiten	nth	2
zweite	nth	2
dritten	nth	3
dritte	nth	3
vierten	nth	4
vierte	nth	4
fünften	nth	5
fünfte	nth	5
letzten	nth	-1
letzte	nth	-1

# mod
# (a year's part before a year: "Jahresbeginn 2027" is 2027 with mod START, as "Anfang 2027")
Jahresbeginn	mod	START
Jahresbeginns	mod	START
Jahresanfang	mod	START
Jahresanfangs	mod	START
Jahresmitte	mod	MID
Jahresende	mod	END
Jahresendes	mod	END
Anfang	mod	START
Anfangs	mod	START
anfangs	mod	START
Beginn	mod	START
Mitte	mod	MID
Ende	mod	END
Endes	mod	END

# daypart
morgen	daypart	MO
morgens	daypart	MO
früh	daypart	MO
vormittag	daypart	MO
vormittags	daypart	MO
mittag	daypart	MI
mittags	daypart	MI
nachmittag	daypart	AF
nachmittags	daypart	AF
abend	daypart	EV
abends	daypart	EV
nacht	daypart	NI
nachts	daypart	NI

# numword: cardinals, ordinals (all endings), decade words
eins	numword	1
zwei	numword	2
drei	numword	3
vier	numword	4
fünf	numword	5
sechs	numword	6
sieben	numword	7
acht	numword	8
neun	numword	9
zehn	numword	10
elf	numword	11
zwölf	numword	12
dreizehn	numword	13
vierzehn	numword	14
fünfzehn	numword	15
sechzehn	numword	16
siebzehn	numword	17
achtzehn	numword	18
neunzehn	numword	19
zwanzig	numword	20
einundzwanzig	numword	21
dreißig	numword	30
vierzig	numword	40
fünfzig	numword	50
sechzig	numword	60
siebzig	numword	70
achtzig	numword	80
neunzig	numword	90
hundert	numword	100
ein	numword	1
eine	numword	1
einem	numword	1
einen	numword	1
einer	numword	1
eines	numword	1
zwanzigsten	numword	20
erste	numword	1
ersten	numword	1
erster	numword	1
erstes	numword	1
erstem	numword	1
zweite	numword	2
zweiten	numword	2
zweiter	numword	2
zweites	numword	2
zweitem	numword	2
dritte	numword	3
dritten	numword	3
dritter	numword	3
drittes	numword	3
drittem	numword	3
vierte	numword	4
vierten	numword	4
vierter	numword	4
viertes	numword	4
viertem	numword	4
fünfte	numword	5
fünften	numword	5
fünfter	numword	5
fünftes	numword	5
fünftem	numword	5
sechste	numword	6
sechsten	numword	6
sechster	numword	6
sechstes	numword	6
sechstem	numword	6
siebte	numword	7
siebten	numword	7
siebter	numword	7
siebtes	numword	7
siebtem	numword	7
achte	numword	8
achten	numword	8
achter	numword	8
achtes	numword	8
achtem	numword	8
neunte	numword	9
neunten	numword	9
neunter	numword	9
neuntes	numword	9
neuntem	numword	9
zehnte	numword	10
zehnten	numword	10
zehnter	numword	10
zehntes	numword	10
zehntem	numword	10
elfte	numword	11
elften	numword	11
elfter	numword	11
elftes	numword	11
elftem	numword	11
zwölfte	numword	12
zwölften	numword	12
zwölfter	numword	12
zwölftes	numword	12
zwölftem	numword	12
dreizehnte	numword	13
dreizehnten	numword	13
dreizehnter	numword	13
dreizehntes	numword	13
dreizehntem	numword	13
vierzehnte	numword	14
vierzehnten	numword	14
vierzehnter	numword	14
vierzehntes	numword	14
vierzehntem	numword	14
fünfzehnte	numword	15
fünfzehnten	numword	15
fünfzehnter	numword	15
fünfzehntes	numword	15
fünfzehntem	numword	15
sechzehnte	numword	16
sechzehnten	numword	16
sechzehnter	numword	16
sechzehntes	numword	16
sechzehntem	numword	16
siebzehnte	numword	17
siebzehnten	numword	17
siebzehnter	numword	17
siebzehntes	numword	17
siebzehntem	numword	17
achtzehnte	numword	18
achtzehnten	numword	18
achtzehnter	numword	18
achtzehntes	numword	18
achtzehntem	numword	18
neunzehnte	numword	19
neunzehnten	numword	19
neunzehnter	numword	19
neunzehntes	numword	19
neunzehntem	numword	19
zwanzigste	numword	20
zwanzigster	numword	20
zwanzigstes	numword	20
zwanzigstem	numword	20
einundzwanzigste	numword	21
einundzwanzigsten	numword	21
einundzwanzigster	numword	21
einundzwanzigstes	numword	21
einundzwanzigstem	numword	21

# tense cues
hatte	tense	paststate
hatten	tense	paststate
hattest	tense	paststate
# (paststate: the past of a state, which ends at a date after "bis" that lies back: "war bis zum
# 3. Juli gesperrt", "lief bis Ende August", "mussten bis zum 27. Juli eingereicht werden"; not
# "hat"/"wurde", whose "bis" names a period that may still run: "hat die Frist bis März verlängert")
war	tense	paststate
waren	tense	paststate
lief	tense	paststate
liefen	tense	paststate
dauerte	tense	paststate
dauerten	tense	paststate
galt	tense	paststate
galten	tense	paststate
blieb	tense	paststate
blieben	tense	paststate
musste	tense	paststate
mussten	tense	paststate
konnte	tense	paststate
konnten	tense	paststate
durfte	tense	paststate
durften	tense	paststate
wurde	tense	past
wurden	tense	past
gewesen	tense	past
worden	tense	past
hat	tense	perfaux
habe	tense	perfaux
sagte	tense	report
sagten	tense	report
berichtete	tense	report
berichteten	tense	report
meldete	tense	report
meldeten	tense	report
teilte	tense	report
teilten	tense	report
erklärte	tense	report
erklärten	tense	report
gab	tense	past
gaben	tense	past
kam	tense	past
kamen	tense	past
fand	tense	past
fanden	tense	past
starb	tense	past
starben	tense	past
begann	tense	past
begannen	tense	past
traf	tense	past
trafen	tense	past
unterzeichnete	tense	past
unterzeichneten	tense	past
verkündete	tense	past
verkündeten	tense	past
bestätigte	tense	report
bestätigten	tense	report
kündigte	tense	past
kündigten	tense	past
gewann	tense	past
gewannen	tense	past
verlor	tense	past
verloren	tense	past
stieg	tense	past
stiegen	tense	past
fiel	tense	past
fielen	tense	past
ereignete	tense	past
# (strong pasts that the generated list leaves out as they are also nouns or names: "Die Polizei griff
# am Donnerstag ein", "fuhr im Januar nach Rom"; a capitalised word inside a sentence is no cue; not
# "schloss" and "bot", whose "schloss ... nicht aus", "bot ... an" speak of what lies ahead)
fuhr	tense	past
riss	tense	past
rissen	tense	past
griff	tense	past
griffen	tense	past
ließ	tense	past
verbot	tense	past
floh	tense	past
brachen	tense	past
schoss	tense	past
bat	tense	past
lagen	tense	paststate
saß	tense	paststate
saßen	tense	paststate
ereigneten	tense	past
passierte	tense	past
geschah	tense	past
wählte	tense	past
wählten	tense	past
beschloss	tense	past
beschlossen	tense	pastpart
stellte	tense	past
stellten	tense	past
legte	tense	past
legten	tense	past
nahm	tense	past
nahmen	tense	past
ging	tense	past
gingen	tense	past
stand	tense	past
standen	tense	past
sah	tense	past
sahen	tense	past
zeigte	tense	past
zeigten	tense	past
veröffentlichte	tense	past
veröffentlichten	tense	past
warnte	tense	past
warnten	tense	past
forderte	tense	past
forderten	tense	past
betonte	tense	past
betonten	tense	past
sprach	tense	past
sprachen	tense	past
kritisierte	tense	past
kritisierten	tense	past
besuchte	tense	past
besuchten	tense	past
wollte	tense	past
gestern	tense	past
vorgestern	tense	past
zuvor	tense	past
damals	tense	past
seit	tense	past
wird	tense	future
werden	tense	future
wirst	tense	future
soll	tense	modal
sollen	tense	modal
will	tense	modal
wollen	tense	modal
muss	tense	modal
müssen	tense	modal
kann	tense	modal
können	tense	modal
darf	tense	modal
dürfen	tense	modal
# (the subjunctive of reported speech and the conditional announce: "sagte, der Schritt könne im
# zweiten Halbjahr erfolgen", "die Zahlen würden im Dezember veröffentlicht")
könne	tense	future
dürfe	tense	future
müsse	tense	future
möge	tense	future
würde	tense	future
würden	tense	future
plant	tense	future
planen	tense	future
geplant	tense	future
kommende	tense	future
kommenden	tense	future
kommender	tense	future
bevorstehenden	tense	future
voraussichtlich	tense	future
morgen	tense	future
übermorgen	tense	future
demnächst	tense	future
künftig	tense	future
# (past participles that are also a present form are no cues: "besucht", "eröffnet",
# "veröffentlicht" announce in "Der Minister besucht am Montag ..."; in the perfect "hat", "wurde"
# give the tense; date-tense-verbs.lex holds the other present forms as future cues)
mitteilte	tense	past
mitteilten	tense	past
mitgeteilt	tense	pastpart
ankündigte	tense	past
ankündigten	tense	past
angekündigt	tense	pastpart
bekanntgab	tense	past
bekanntgaben	tense	past
bekanntgegeben	tense	pastpart
gesagt	tense	pastpart
gemeldet	tense	pastpart
gefordert	tense	pastpart
gewarnt	tense	pastpart
gewählt	tense	pastpart
getroffen	tense	pastpart
gestorben	tense	pastpart
verstorben	tense	pastpart
festgenommen	tense	pastpart
getötet	tense	pastpart
zurückgetreten	tense	pastpart
vorgestellt	tense	pastpart
abgesagt	tense	pastpart
einigten	tense	past
einigte	tense	past
stattgefunden	tense	pastpart
# (the participles of the perfect with "sein": "ist am Sonntag gestiegen", "sind am Sonntagabend zu
# Ende gegangen" lie back, though "ist" alone points ahead for a weekday)
gegangen	tense	pastpart
gefahren	tense	pastpart
geflogen	tense	pastpart
gestiegen	tense	pastpart
gesunken	tense	pastpart
gefallen	tense	pastpart
gewachsen	tense	pastpart
geblieben	tense	pastpart
geworden	tense	pastpart
eingetroffen	tense	pastpart
angekommen	tense	pastpart
zurückgekehrt	tense	pastpart
abgereist	tense	pastpart
aufgebrochen	tense	pastpart
gelandet	tense	pastpart
gestürzt	tense	pastpart
ertrunken	tense	pastpart
abgestürzt	tense	pastpart
umgezogen	tense	pastpart
geschehen	tense	pastpart
passiert	tense	pastpart
zusammengekommen	tense	pastpart
räumte	tense	past
räumten	tense	past
wies	tense	past
wiesen	tense	past
schrieb	tense	past
schrieben	tense	past
äußerte	tense	past
äußerten	tense	past
erläuterte	tense	past
erläuterten	tense	past
hieß	tense	past
# (simple past forms that are also adjectives, which date-tense-verbs.lex leaves out)
erreichte	tense	past
erreichten	tense	past
verzeichnete	tense	past
verzeichneten	tense	past
eröffnete	tense	past
eröffneten	tense	past
zerstörte	tense	past
zerstörten	tense	past
verabschiedete	tense	past
verabschiedeten	tense	past
präsentierte	tense	past
präsentierten	tense	past
# (the Konjunktiv I of reported speech looks ahead: "Die Entscheidung solle im Dezember fallen, sagte
# er", "Das Werk schließe im Dezember")
solle	tense	modal
gehe	tense	future
komme	tense	future
beginne	tense	future
schließe	tense	future
starte	tense	future
öffne	tense	future
reagierte	tense	past
reagierten	tense	past
# (present: ahead for a weekday alone where the sentence has no other cue and no past participle: "Am Sonntag ist
# die Wahl", "Der Prozess geht am Montag weiter", but "Am Montag ist er gestorben")
# (modals that guess: ahead, or back before a perfect infinitive: "dürfte am Montag eingetroffen sein")
dürfte	tense	modal
dürften	tense	modal
könnte	tense	modal
könnten	tense	modal
müsste	tense	modal
müssten	tense	modal
# (the second word of a perfect infinitive)
sein	tense	perfsein
haben	tense	perfhaben
# (participles of calling a meeting: past participles that set ahead a date of the noun before them:
# "hat zu einer Sondersitzung am 5. Juni eingeladen", "hat eine Versammlung am Montag einberufen")
eingeladen	tense	announce
einberufen	tense	announce
anberaumt	tense	announce
aufgerufen	tense	announce
# (participles of a state: "Das Museum ist am Samstag geöffnet", "bleibt am Montag geschlossen";
# "hours": those of opening hours, which are a present also with "haben": "Am Sonntag hat das
# Museum geöffnet", but "Die Bahn hat am Montag die Strecke gesperrt" is a perfect)
geöffnet	tense	hours
geschlossen	tense	hours
gesperrt	tense	stative
vorgesehen	tense	stative
angesetzt	tense	stative
terminiert	tense	stative
befristet	tense	stative
# (terms: "hat die Frist bis zum 3. Februar verlängert" lies ahead)
Frist	tense	term
Fristen	tense	term
Zeit	tense	term
Ultimatum	tense	term
verlängert	tense	term
ausgesetzt	tense	term
gestundet	tense	term
eingeräumt	tense	term
gewährt	tense	term
ausgedehnt	tense	term
# (a stop or a ban until a date: "hat alle Flüge bis zum 5. Juli gestrichen", "stimmte einer Vertagung
# bis zum 24. März zu", "verhängte eine Ausgangssperre bis Montag")
gestrichen	tense	term
eingestellt	tense	term
storniert	tense	term
aufgeschoben	tense	term
untersagt	tense	term
verboten	tense	term
strich	tense	term
strichen	tense	term
Vertagung	tense	term
Aufschub	tense	term
Ausgangssperre	tense	term
Ausnahmezustand	tense	term
Moratorium	tense	term
Waffenruhe	tense	term
Feuerpause	tense	term
# (a contract or a limit that runs until a date: "unterschrieb einen Vertrag bis Dezember", "verlängerte
# die Frist bis Ende März" look ahead also in the simple past)
Vertrag	tense	term
Vertrags	tense	term
Vertrages	tense	term
Verträge	tense	term
Vertragsverlängerung	tense	term
verlängerte	tense	term
verlängerten	tense	term
ist	tense	auxpresent
sind	tense	auxpresent
bleibt	tense	present
bleiben	tense	present
gibt	tense	present
geht	tense	present
gehen	tense	present
steht	tense	present
stehen	tense	present
werde	tense	future
wolle	tense	future
sollte	tense	modal
sollten	tense	modal
beginnt	tense	future
beginnen	tense	future
startet	tense	future
starten	tense	future
tagt	tense	future
tagen	tense	future
findet	tense	future
tritt	tense	future
treten	tense	future
erwarten	tense	future
enden	tense	future
bestreiten	tense	future
öffnen	tense	future
schließen	tense	future
ziehen	tense	future
drohen	tense	future
steigen	tense	future
sinken	tense	future
gekommen	tense	pastpart
verunglückt	tense	pastpart
ausgebrochen	tense	pastpart
eingebrochen	tense	pastpart
gestohlen	tense	pastpart
entstanden	tense	pastpart
beschädigt	tense	pastpart
gefunden	tense	pastpart
entdeckt	tense	pastpart
geflohen	tense	pastpart
geflüchtet	tense	pastpart
entkommen	tense	pastpart
verschwunden	tense	pastpart
eingedrungen	tense	pastpart
geprallt	tense	pastpart
gerast	tense	pastpart
eingestiegen	tense	pastpart
ausgestiegen	tense	pastpart
verursacht	tense	pastpart
geborgen	tense	pastpart
gerettet	tense	pastpart
gelöscht	tense	pastpart
verschoben	tense	future
verschiebt	tense	future
vertagt	tense	future
verlegt	tense	future
treffen	tense	future
spielen	tense	future
verhandeln	tense	future
beraten	tense	future
streiken	tense	future
demonstrieren	tense	future
entscheiden	tense	future
abstimmen	tense	future
wählen	tense	future
kommen	tense	future
reisen	tense	future
empfangen	tense	future
eröffnen	tense	future
präsentieren	tense	future
feiern	tense	future
jährt	tense	future
künftigen	tense	future
anstehenden	tense	future
# Jewish and Muslim holidays: days of the Hebrew and Islamic calendars ("H:month:day",
# "I:month:day", src/dates.c), converted by ICU's calendars (the Islamic one is Umm al-Qura; where
# the festival follows the sighting of the moon it may fall a day later). The value is the day
# itself; the festivals begin the evening before. Hand-written (dener authors).
Rosch Haschana	holiday	H:tishri:1
Rosch Haschanah	holiday	H:tishri:1
Rosch ha-Schana	holiday	H:tishri:1
Jom Kippur	holiday	H:tishri:10
Jom-Kippur	holiday	H:tishri:10
Jom-Kippur-Fest	holiday	H:tishri:10
Yom Kippur	holiday	H:tishri:10
Sukkot	holiday	H:tishri:15
Laubhüttenfest	holiday	H:tishri:15
Laubhüttenfests	holiday	H:tishri:15
Laubhüttenfestes	holiday	H:tishri:15
Chanukka	holiday	H:kislev:25
Chanukkah	holiday	H:kislev:25
Chanukka-Fest	holiday	H:kislev:25
Chanukkafest	holiday	H:kislev:25
Purim	holiday	H:adar:14
Purimfest	holiday	H:adar:14
Pessach	holiday	H:nisan:15
Pessachfest	holiday	H:nisan:15
Pessach-Fest	holiday	H:nisan:15
Pessachfests	holiday	H:nisan:15
Pessachfestes	holiday	H:nisan:15
Passah	holiday	H:nisan:15
Passahfest	holiday	H:nisan:15
Schawuot	holiday	H:sivan:6
Zuckerfest	holiday	I:shawwal:1
Zuckerfests	holiday	I:shawwal:1
Zuckerfestes	holiday	I:shawwal:1
Fest des Fastenbrechens	holiday	I:shawwal:1
Opferfest	holiday	I:dhulhijja:10
Opferfests	holiday	I:dhulhijja:10
Opferfestes	holiday	I:dhulhijja:10
Tabaski	holiday	I:dhulhijja:10
Kurban Bayramı	holiday	I:dhulhijja:10
Kurban Bayram	holiday	I:dhulhijja:10
Şeker Bayramı	holiday	I:shawwal:1
Ramazan Bayramı	holiday	I:shawwal:1
# (days of Northern, Eastern and South-Eastern Europe and of Ethiopia)
Koningsdag	holiday	04-27
Mittsommer	holiday	06-19>5
Mittsommerfest	holiday	06-19>5
Mittsommerfests	holiday	06-19>5
Midsommar	holiday	06-19>5
Luciatag	holiday	12-13
Luciafest	holiday	12-13
Boxing Day	holiday	12-26
Vidovdan	holiday	06-28
Timkat	holiday	01-19
Meskel	holiday	09-27
Enkutatash	holiday	09-11
Ersten Mai	holiday	05-01
# (genitive and other days)
Tags der Deutschen Einheit	holiday	10-03
Tages der Deutschen Einheit	holiday	10-03
Tags der Arbeit	holiday	05-01
Tages der Arbeit	holiday	05-01
Silvestertag	holiday	12-31
Silvestertags	holiday	12-31
Weißer Sonntag	holiday	E+7
Weißen Sonntag	holiday	E+7

# incident (endings of nouns of incidents; a genitive "-s", "-es" is stripped; see the header)
brand	incident	past
unfall	incident	past
einbruch	incident	past
überfall	incident	past
angriff	incident	past
anschlag	incident	past
explosion	incident	past
unglück	incident	past
absturz	incident	past
zusammenstoß	incident	past
raub	incident	past
diebstahl	incident	past
festnahme	incident	past
vorfall	incident	past
zwischenfall	incident	past
schießerei	incident	past
attacke	incident	past
tötung	incident	past
mord	incident	past
totschlag	incident	past
verbrechen	incident	past
tat	incident	past
brandstiftung	incident	past
kollision	incident	past
entgleisung	incident	past
einsturz	incident	past
erdbeben	incident	past
crash	incident	past
schüsse	incident	past
übergriff	incident	past
# event: days of history (facts written by the dener authors)
Hamas	event	10-07=2023
Massaker	event	10-07=2023
Geiseln	event	10-07=2023
Geiselnahme	event	10-07=2023
Anschläge	event	09-11=2001
Anschlägen	event	09-11=2001
Terroranschläge	event	09-11=2001
Terroranschlägen	event	09-11=2001
Terrorangriffe	event	09-11=2001
Terrorangriffen	event	09-11=2001
Qaida	event	09-11=2001
Pinochet	event	09-11=1973
Allende	event	09-11=1973
Mauerfall	event	11-09=1989
Mauerfalls	event	11-09=1989
Maueröffnung	event	11-09=1989
Grenzöffnung	event	11-09=1989
Pogromnacht	event	11-09=1938
Reichspogromnacht	event	11-09=1938
Novemberpogrome	event	11-09=1938
Novemberpogromen	event	11-09=1938
Kristallnacht	event	11-09=1938
Mauerbau	event	08-13=1961
Mauerbaus	event	08-13=1961
Volksaufstand	event	06-17=1953
Volksaufstands	event	06-17=1953
Volksaufstandes	event	06-17=1953
Arbeiteraufstand	event	06-17=1953
Stauffenberg	event	07-20=1944
Hitler	event	07-20=1944
Mondlandung	event	07-20=1969,07-21=1969
Kriegsende	event	05-08=1945
Kriegsendes	event	05-08=1945
Kapitulation	event	05-08=1945,05-07=1945
Kriegsbeginn	event	09-01=1939,02-24=2022
Kriegsbeginns	event	09-01=1939,02-24=2022
Invasion	event	02-24=2022,06-06=1944
Großinvasion	event	02-24=2022
Angriffskrieg	event	02-24=2022
Angriffskriegs	event	02-24=2022
Angriffskrieges	event	02-24=2022
Einmarsch	event	02-24=2022
Normandie	event	06-06=1944
Machtergreifung	event	01-30=1933
Machtübernahme	event	01-30=1933,08-15=2021
Taliban	event	08-15=2021
Wiedervereinigung	event	10-03=1990
Währungsunion	event	07-01=1990
Fukushima	event	03-11=2011
Reaktorkatastrophe	event	03-11=2011,04-26=1986
Reaktorunglück	event	04-26=1986,03-11=2011
Tschernobyl	event	04-26=1986
Tsunami	event	12-26=2004,03-11=2011
Breitscheidplatz	event	12-19=2016
Utøya	event	07-22=2011
Breivik	event	07-22=2011
Kapitol	event	01-06=2021
Kapitols	event	01-06=2021
Kapitolsturm	event	01-06=2021
Capitol	event	01-06=2021
Bataclan	event	11-13=2015
Hebdo	event	01-07=2015
Hanau	event	02-19=2020
Germanwings	event	03-24=2015
Putschversuch	event	07-15=2016
Putschversuchs	event	07-15=2016
Hiroshima	event	08-06=1945
Nagasaki	event	08-09=1945
Kennedy	event	11-22=1963
Thronfolger	event	06-28=1914
jährt	event	return
jähren	event	return
jährte	event	return
jährten	event	return
Jahrestag	event	return
Jahrestags	event	return
Jahrestages	event	return
Jahrestagen	event	return
Gedenktag	event	return
Gedenkfeier	event	return
Gedenkfeiern	event	return
Gedenkveranstaltung	event	return
Gedenkveranstaltungen	event	return
Gedenkstunde	event	return
Jubiläum	event	return
Jubiläums	event	return
# figures: nouns of reported figures (word endings)
zahlen	figures	past
rate	figures	past
inflation	figures	past
teuerung	figures	past
umsatz	figures	past
umsätze	figures	past
absatz	figures	past
bilanz	figures	past
ergebnis	figures	past
ergebnisse	figures	past
daten	figures	past
statistik	figures	past
quote	figures	past
preise	figures	past
exporte	figures	past
importe	figures	past
auftragseingang	figures	past
auftragseingänge	figures	past
produktion	figures	past
index	figures	past
wachstum	figures	past
bericht	figures	past
