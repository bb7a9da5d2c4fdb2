# per-people.lex - well-known people: German federal and state politicians, EU and world
# leaders, business leaders, athletes, artists, writers, musicians, scientists, historical figures.
# Types: PER, PER.politician, PER.athlete, PER.business, PER.artist, PER.scientist. Aliases
# (German-press transliterations, other spellings, unambiguous bare surnames) carry the canonical
# full name in the third column.
# Source: facts written by the dener authors from general knowledge (lexicons/import/people-*.txt);
# licence: that of the dener project.
# Regenerate: python3 lexicons/import/people_build.py (after lexicons/import/classes_build.py).
Abascal	PER.politician	Santiago Abascal
Abbas Araghchi	PER.politician	Abbas Araghtschi
Abbas Araghtschi	PER.politician
Abdel Fattah al-Burhan	PER.politician
Abdel Fattah al-Sisi	PER.politician
Abdel Fattah as-Sisi	PER.politician	Abdel Fattah al-Sisi
Abdelmadschid Tebboune	PER.politician
Abdullah Gül	PER.politician
Abdullah Öcalan	PER.politician
Abiy Ahmed	PER.politician
Abraham Lincoln	PER.politician
Abramowitsch	PER.business	Roman Abramowitsch
Abu Bakr al-Baghdadi	PER.politician
Abu Mohammed al-Dscholani	PER.politician	Ahmed al-Scharaa
Achim Post	PER.politician
Adam Smith	PER.scientist
Adele	PER.artist
Adenauer	PER.politician	Konrad Adenauer
Adeyemi	PER.athlete	Karim Adeyemi
Adis Ahmetović	PER.politician
Adolf Eichmann	PER
Adolf Hitler	PER
Adolf Sauerland	PER.politician
Adorf	PER.artist	Mario Adorf
Adorno	PER.scientist	Theodor W. Adorno
Agassi	PER.athlete	Andre Agassi
Agit Kabayel	PER.athlete
Agnieszka Brugger	PER.politician
Ahmadinedschad	PER.politician	Mahmud Ahmadinedschad
Ahmed al-Scharaa	PER.politician
Ahmed al-Sharaa	PER.politician	Ahmed al-Scharaa
Ahmet Davutoğlu	PER.politician
Ai Weiwei	PER.politician
Aigner	PER.politician	Ilse Aigner
Aiman al-Sawahiri	PER.politician
Aiman Mazyek	PER.politician
Aitana Bonmatí	PER.athlete
Aiwanger	PER.politician	Hubert Aiwanger
Akio Toyoda	PER.business
AKK	PER.politician	Annegret Kramp-Karrenbauer
Al Gore	PER.politician
Al Pacino	PER.artist
al-Baghdadi	PER.politician	Abu Bakr al-Baghdadi
al-Burhan	PER.politician	Abdel Fattah al-Burhan
al-Sawahiri	PER.politician	Aiman al-Sawahiri
al-Scharaa	PER.politician	Ahmed al-Scharaa
al-Sisi	PER.politician	Abdel Fattah al-Sisi
Alaba	PER.athlete	David Alaba
Alabali-Radovan	PER.politician	Reem Alabali-Radovan
Alain Berset	PER.politician
Alain Prost	PER.athlete
Alan Greenspan	PER.politician
Alan Turing	PER.scientist
Alar Karis	PER.politician
Alassane Ouattara	PER.politician
Albanese	PER.politician	Anthony Albanese
Albert Camus	PER.artist
Albert Einstein	PER.scientist
Albert Füracker	PER.politician
Albert Rösti	PER.politician
Albert Speer	PER
Alberto Núñez Feijóo	PER.politician
Albig	PER.politician	Torsten Albig
Albin Kurti	PER.politician
Albrecht Dürer	PER.artist
Albrecht Glaser	PER.politician
Alcaraz	PER.athlete	Carlos Alcaraz
Alejandro Mayorkas	PER.politician
Aleksandar Vucic	PER.politician	Aleksandar Vučić
Aleksandar Vučić	PER.politician
Aleksander Aamodt Kilde	PER.athlete
Aleksander Ceferin	PER.athlete	Aleksander Čeferin
Aleksander Kwaśniewski	PER.politician
Aleksander Čeferin	PER.athlete
Alex Ferguson	PER.athlete
Alex Möller	PER.politician
Alex Salmond	PER.politician
Alexander Albon	PER.athlete
Alexander De Croo	PER.politician
Alexander der Große	PER
Alexander Dierks	PER.politician
Alexander Dobrindt	PER.politician
Alexander Gauland	PER.politician
Alexander Gerst	PER.scientist
Alexander Graf Lambsdorff	PER.politician
Alexander Hoffmann	PER.politician
Alexander Kalouti	PER.politician
Alexander Kekulé	PER.politician
Alexander Kulitz	PER.politician
Alexander Lorz	PER.politician
Alexander Lukaschenko	PER.politician
Alexander Müller	PER.politician
Alexander Owetschkin	PER.athlete
Alexander Puschkin	PER.artist
Alexander Radwan	PER.politician
Alexander Schallenberg	PER.politician
Alexander Schweitzer	PER.politician
Alexander Solschenizyn	PER.artist
Alexander Stubb	PER.politician
Alexander Throm	PER.politician
Alexander Ulrich	PER.politician
Alexander Ussyk	PER.athlete	Oleksandr Usyk
Alexander Van der Bellen	PER.politician
Alexander von Humboldt	PER.scientist
Alexander Zverev	PER.athlete
Alexandra Geese	PER.politician
Alexandra Popp	PER.athlete
Alexandria Ocasio-Cortez	PER.politician
Alexei Nawalny	PER.politician	Alexej Nawalny
Alexej Nawalny	PER.politician
Alexey Navalny	PER.politician	Alexej Nawalny
Alexia Putellas	PER.athlete
Alexis Tsipras	PER.politician
Alfons Goppel	PER.politician
Alfons Mais	PER.politician
Alfred Döblin	PER.artist
Alfred Gislason	PER.athlete
Alfred Gusenbauer	PER.politician
Alfred Hitchcock	PER.artist
Alfred Sauter	PER.politician
Alfried Krupp	PER.business
Ali Al-Dailami	PER.politician
Ali Chamenei	PER.politician
Ali Khamenei	PER.politician	Ali Chamenei
Alice Weidel	PER.politician
Alijew	PER.politician	Ilham Alijew
Alischer Usmanow	PER.business
Aljaksandr Lukaschenka	PER.politician	Alexander Lukaschenko
Aljona Savchenko	PER.athlete
Aljona Savtchenko	PER.athlete	Aljona Savchenko
Allende	PER.politician	Salvador Allende
Alois Glück	PER.politician
Alois Rainer	PER.politician
Althaus	PER.politician	Dieter Althaus
Altmaier	PER.politician	Peter Altmaier
Altman	PER.business	Sam Altman
Amherd	PER.politician	Viola Amherd
Aminata Touré	PER.politician
Amira Mohamed Ali	PER.politician
AMLO	PER.politician	Andrés Manuel López Obrador
Amon-Ra St. Brown	PER.athlete
Amthor	PER.politician	Philipp Amthor
Amy Coney Barrett	PER.politician
Amy Winehouse	PER.artist
Ana Brnabić	PER.politician
Ancelotti	PER.athlete	Carlo Ancelotti
Anders Fogh Rasmussen	PER.politician
Andre Agassi	PER.athlete
Andrea Berg	PER.artist
Andrea Fischer	PER.politician
Andrea Kimi Antonelli	PER.athlete	Kimi Antonelli
Andrea Lindholz	PER.politician
Andrea Nahles	PER.politician
Andrea Petkovic	PER.athlete
Andrea Pirlo	PER.athlete
Andrea Voßhoff	PER.politician
Andrea Ypsilanti	PER.politician
Andreas Audretsch	PER.politician
Andreas Baader	PER
Andreas Babler	PER.politician
Andreas Bausewein	PER.politician
Andreas Bovenschulte	PER.politician
Andreas Brehme	PER.athlete
Andreas Bühl	PER.politician
Andreas Dressel	PER.politician
Andreas Geisel	PER.politician
Andreas Gursky	PER.artist
Andreas Horn	PER.politician
Andreas Jung	PER.politician
Andreas Kalbitz	PER.politician
Andreas Korbmacher	PER.politician
Andreas Lenz	PER.politician
Andreas Lubitz	PER
Andreas Mattfeldt	PER.politician
Andreas Mucke	PER.politician
Andreas Mundt	PER.politician
Andreas Paulus	PER.politician
Andreas Philippi	PER.politician
Andreas Pinkwart	PER.politician
Andreas Rimkus	PER.politician
Andreas Scheuer	PER.politician
Andreas Schwarz	PER.politician
Andreas Starke	PER.politician
Andreas Stoch	PER.politician
Andreas Voßkuhle	PER.politician
Andreas Wellinger	PER.athlete
Andreas Winhart	PER.politician
Andreas Wolff	PER.athlete
Andrei Beloussow	PER.politician	Andrej Beloussow
Andrej Babis	PER.politician	Andrej Babiš
Andrej Babiš	PER.politician
Andrej Beloussow	PER.politician
Andrej Hunko	PER.politician
Andrej Plenković	PER.politician
Andrij Jermak	PER.politician
Andrij Melnyk	PER.politician
Andrij Sybiha	PER.politician
Andrius Kubilius	PER.politician
Andrzej Duda	PER.politician
André Berghegger	PER.politician
André Bodemann	PER.politician
André Brie	PER.politician
André Greipel	PER.athlete
André Kuper	PER.politician
André Poggenburg	PER.politician
André Trepoll	PER.politician
Andrés Iniesta	PER.athlete
Andrés Manuel López Obrador	PER.politician
Andy Grote	PER.politician
Andy Murray	PER.athlete
Andy Warhol	PER.artist
Angela Dorn	PER.politician
Angela Dorothea Merkel	PER.politician	Angela Merkel
Angela Merkel	PER.politician
Angela Rayner	PER.politician
Angelika Niebler	PER.politician
Angelina Jolie	PER.artist
Angelique Kerber	PER.athlete
Anikó Glogowski-Merten	PER.politician
Anis Amri	PER
Anja Hajduk	PER.politician
Anja Karliczek	PER.politician
Anja Piel	PER.politician
Anja Siegesmund	PER.politician
Anja Stahmann	PER.politician
Anja Troff-Schaffarzyk	PER.politician
Anja Weisgerber	PER.politician
Anjes Tjarks	PER.politician
Anke Engelke	PER.artist
Anke Hennig	PER.politician
Anke Rehlinger	PER.politician
Anke Spoorendonk	PER.politician
Ann-Katrin Berger	PER.athlete
Ann-Katrin Kaufhold	PER.politician
Anna Cavazzini	PER.politician
Anna Gallina	PER.politician
Anna Kassautzki	PER.politician
Anna Netrebko	PER.artist
Anna Politkowskaja	PER.politician
Anna Seghers	PER.artist
Anna Stolz	PER.politician
Annalena Baerbock	PER.politician
Annan	PER.politician	Kofi Annan
Anne Frank	PER
Anne Helm	PER.politician
Anne Hidalgo	PER.politician
Anne Spiegel	PER.politician
Anne Will	PER.artist
Anne-Sophie Mutter	PER.artist
Annegret Kramp-Karrenbauer	PER.politician
Annette Kurschus	PER
Annette Schavan	PER.politician
Annette von Droste-Hülshoff	PER.artist
Annette Widmann-Mauz	PER.politician
Anni Friesinger	PER.athlete
Annie Ernaux	PER.artist
Anselm Kiefer	PER.artist
Ansgar Heveling	PER.politician
Antetokounmpo	PER.athlete	Giannis Antetokounmpo
Anthony Albanese	PER.politician
Anthony Joshua	PER.athlete
Antje Kapek	PER.politician
Antje Tillmann	PER.politician
Antje Vollmer	PER.politician
Anton Bruckner	PER.artist
Anton Hofreiter	PER.politician
Anton Tschechow	PER.artist
Antonio Costa	PER.politician	António Costa
Antonio Guterres	PER.politician	António Guterres
Antonio Rüdiger	PER.athlete
Antonio Tajani	PER.politician
Antonio Vivaldi	PER.artist
Antony Blinken	PER.politician
António Costa	PER.politician
António Guterres	PER.politician
António José Seguro	PER.politician
Anwar al-Sadat	PER.politician	Anwar as-Sadat
Anwar as-Sadat	PER.politician
Anwar Ibrahim	PER.politician
Arafat	PER.politician	Jassir Arafat
Araghtschi	PER.politician	Abbas Araghtschi
Ardern	PER.politician	Jacinda Ardern
Ariana Grande	PER.artist
Ariel Scharon	PER.politician
Ariel Sharon	PER.politician	Ariel Scharon
Aristoteles	PER.scientist
Armand Duplantis	PER.athlete	Mondo Duplantis
Armin Laschet	PER.politician
Armin Mueller-Stahl	PER.artist
Armin Schuster	PER.politician
Armin Willingmann	PER.politician
Armin-Paulus Hampel	PER.politician
Armstrong	PER.athlete	Lance Armstrong
Arnault	PER.business	Bernard Arnault
Arnautovic	PER.athlete	Marko Arnautović
Arnautović	PER.athlete	Marko Arnautović
Arnd Peiffer	PER.athlete
Arndt Geiwitz	PER.business
Arno Klare	PER.politician
Arnold Schwarzenegger	PER.artist
Arnold Vaatz	PER.politician
Arsène Wenger	PER.athlete
Arteta	PER.athlete	Mikel Arteta
Arthur Abraham	PER.athlete
Arthur Schnitzler	PER.artist
Arthur Schopenhauer	PER.scientist
Aryna Sabalenka	PER.athlete
Aschraf Ghani	PER.politician
Ashok Sridharan	PER.politician
Ashraf Ghani	PER.politician	Aschraf Ghani
Asif Ali Zardari	PER.politician
Assad	PER.politician	Baschar al-Assad
Assange	PER.politician	Julian Assange
Assimi Goïta	PER.politician
Astrid Grotelüschen	PER.politician
Astrid Lindgren	PER.artist
Astrid Rothe-Beinlich	PER.politician
Astrid Wallmann	PER.politician
Astrid Wallrabenstein	PER.politician
Atatuerk	PER.politician	Mustafa Kemal Atatürk
Atatürk	PER.politician	Mustafa Kemal Atatürk
Ates Gürpinar	PER.politician
Attal	PER.politician	Gabriel Attal
August Diehl	PER.artist
August Hanning	PER.politician
August Macke	PER.artist
Augusto Pinochet	PER.politician
Aung San Suu Kyi	PER.politician
Awet Tesfaiesus	PER.politician
Axel Fischer	PER.politician
Axel Müller	PER.politician
Axel Prahl	PER.artist
Axel Schulz	PER.athlete
Axel Schäfer	PER.politician
Axel Troost	PER.politician
Axel Vogel	PER.politician
Axel Weber	PER.politician
Axel Wintermeyer	PER.politician
Aydan Özoguz	PER.politician	Aydan Özoğuz
Aydan Özoğuz	PER.politician
Aygül Özkan	PER.politician
Ayrton Senna	PER.athlete
Aziz Bozkurt	PER.politician
Aznar	PER.politician	José María Aznar
Baader	PER	Andreas Baader
Babis	PER.politician	Andrej Babiš
Babiš	PER.politician	Andrej Babiš
Babler	PER.politician	Andreas Babler
Bachmann	PER.artist	Ingeborg Bachmann
Badenoch	PER.politician	Kemi Badenoch
Baerbock	PER.politician	Annalena Baerbock
Bahceli	PER.politician	Devlet Bahçeli
Bahçeli	PER.politician	Devlet Bahçeli
Ballack	PER.athlete	Michael Ballack
Balzac	PER.artist	Honoré de Balzac
Ban Ki Moon	PER.politician	Ban Ki-moon
Ban Ki-moon	PER.politician
Banaszak	PER.politician	Felix Banaszak
Banksy	PER.artist
Bannon	PER.politician	Steve Bannon
Barack Obama	PER.politician
Barbara Havliza	PER.politician
Barbara Hendricks	PER.politician
Barbara Klepsch	PER.politician
Barbara Ludwig	PER.politician
Barbara Otte-Kinast	PER.politician
Barbara Slowik	PER.politician
Barbara Stamm	PER.politician
Barbara Steffens	PER.politician
Bardella	PER.politician	Jordan Bardella
Barenboim	PER.artist	Daniel Barenboim
Barley	PER.politician	Katarina Barley
Barnier	PER.politician	Michel Barnier
Barroso	PER.politician	José Manuel Barroso
Bart De Wever	PER.politician
Baschar al Assad	PER.politician	Baschar al-Assad
Baschar al-Assad	PER.politician
Baselitz	PER.artist	Georg Baselitz
Bashar al-Assad	PER.politician	Baschar al-Assad
Bassirou Diomaye Faye	PER.politician
Bastian Pastewka	PER.artist
Bastian Schweinsteiger	PER.athlete
Baumgart	PER.athlete	Steffen Baumgart
Bayrou	PER.politician	François Bayrou
Beat Jans	PER.politician
Beate Meinl-Reisinger	PER.politician
Beate Meißner	PER.politician
Beate Merk	PER.politician
Beate Zschäpe	PER
Beatrix von Storch	PER.politician
Beckenbauer	PER.athlete	Franz Beckenbauer
Beckham	PER.athlete	David Beckham
Beckstein	PER.politician	Günther Beckstein
Bedford-Strohm	PER	Heinrich Bedford-Strohm
Beethoven	PER.artist	Ludwig van Beethoven
Belit Onay	PER.politician
Bellingham	PER.athlete	Jude Bellingham
Beloussow	PER.politician	Andrej Beloussow
Belén Garijo	PER.business
Ben Bernanke	PER.politician
Ben Gvir	PER.politician	Itamar Ben-Gvir
Ben Shelton	PER.athlete
Ben-Gurion	PER.politician	David Ben-Gurion
Ben-Gvir	PER.politician	Itamar Ben-Gvir
Benazir Bhutto	PER.politician
Benedict Wells	PER.artist
Benedikt Doll	PER.athlete
Benito Mussolini	PER.politician
Benjamin Grimm	PER.politician
Benjamin Limbach	PER.politician
Benjamin List	PER.scientist
Benjamin Netanjahu	PER.politician
Benjamin Netanyahu	PER.politician	Benjamin Netanjahu
Benjamin Raschke	PER.politician
Benjamin Strasser	PER.politician
Benjamin-Immanuel Hoff	PER.politician
Benko	PER.business	René Benko
Benny Gantz	PER.politician
Benzema	PER.athlete	Karim Benzema
Berben	PER.artist	Iris Berben
Bergoglio	PER	Franziskus
Berlusconi	PER.politician	Silvio Berlusconi
Bernanke	PER.politician	Ben Bernanke
Bernard Arnault	PER.business
Bernd Althusmann	PER.politician
Bernd Baumann	PER.politician
Bernd Buchholz	PER.politician
Bernd Fabritius	PER.politician
Bernd Hahn	PER.politician
Bernd Lucke	PER.politician
Bernd Neuendorf	PER.athlete
Bernd Riexinger	PER.politician
Bernd Sibler	PER.politician
Bernd Tischler	PER.politician
Bernd Westphal	PER.politician
Bernd Wiegand	PER.politician
Bernhard Langer	PER.athlete
Bernhard Schlink	PER.artist
Bernhard Stengele	PER.politician
Bernhard Vogel	PER.politician
Bernie Ecclestone	PER.athlete
Bernie Sanders	PER.politician
Berset	PER.politician	Alain Berset
Berthold Beitz	PER.business
Berthold Tillmann	PER.politician
Berti Vogts	PER.athlete
Bertolt Brecht	PER.artist
Bessent	PER.politician	Scott Bessent
Bettel	PER.politician	Xavier Bettel
Bettina Hagedorn	PER.politician
Bettina Jarasch	PER.politician
Bettina Limperg	PER.politician
Bettina Lugk	PER.politician
Bettina Martin	PER.politician
Bettina Orlopp	PER.business
Bettina Stark-Watzinger	PER.politician
Beuys	PER.artist	Joseph Beuys
Beyonce	PER.artist	Beyoncé
Beyoncé	PER.artist
Bezalel Smotrich	PER.politician
Bezos	PER.business	Jeff Bezos
Bibi Netanjahu	PER.politician	Benjamin Netanjahu
Biden	PER.politician	Joe Biden
Bidsina Iwanischwili	PER.politician
Bieber	PER.artist	Justin Bieber
Biedenkopf	PER.politician	Kurt Biedenkopf
Bierhoff	PER.athlete	Oliver Bierhoff
Bierlein	PER.politician	Brigitte Bierlein
Bijan Djir-Sarai	PER.politician
Biles	PER.athlete	Simone Biles
Bill Anderson	PER.business
Bill Clinton	PER.politician
Bill Gates	PER.business
Bill McDermott	PER.business
Billie Eilish	PER.artist
Billy Wilder	PER.artist
Bin Laden	PER.politician	Osama bin Laden
bin Laden	PER.politician	Osama bin Laden
Binali Yildirim	PER.politician	Binali Yıldırım
Binali Yıldırım	PER.politician
Binotto	PER.athlete	Mattia Binotto
Birgit Hesse	PER.politician
Birgit Homburger	PER.politician
Birgit Keller	PER.politician
Birgit Malsack-Winkemann	PER.politician
Birgit Prinz	PER.athlete
Bismarck	PER	Otto von Bismarck
Björn Borg	PER.athlete
Björn Engholm	PER.politician
Björn Fecker	PER.politician
Björn Höcke	PER.politician
Björn Thümler	PER.politician
Björn Werner	PER.athlete
Bjørn Gulden	PER.business
Bjørndalen	PER.athlete	Ole Einar Bjørndalen
Blatter	PER.athlete	Sepp Blatter
Bleibtreu	PER.artist	Moritz Bleibtreu
Blinken	PER.politician	Antony Blinken
Blocher	PER.politician	Christoph Blocher
Blüm	PER.politician	Norbert Blüm
Boateng	PER.athlete	Jérôme Boateng
Bob Dylan	PER.artist
Bobic	PER.athlete	Fredi Bobic
Bodo Hombach	PER.politician
Bodo Löttgen	PER.politician
Bodo Ramelow	PER.politician
Bohlen	PER.artist	Dieter Bohlen
Bojko Borissow	PER.politician
Bola Tinubu	PER.politician
Bolsonaro	PER.politician	Jair Bolsonaro
Bolt	PER.athlete	Usain Bolt
Bondi	PER.politician	Pam Bondi
Bonhoeffer	PER	Dietrich Bonhoeffer
Bono	PER.artist
Borges	PER.artist	Jorge Luis Borges
Boric	PER.politician	Gabriel Boric
Boris Becker	PER.athlete
Boris Jelzin	PER.politician
Boris Johnson	PER.politician
Boris Mijatović	PER.politician
Boris Nemzow	PER.politician
Boris Palmer	PER.politician
Boris Pasternak	PER.artist
Boris Pistorius	PER.politician
Boris Rhein	PER.politician
Borissow	PER.politician	Bojko Borissow
Borrell	PER.politician	Josep Borrell
Bosbach	PER.politician	Wolfgang Bosbach
Bottas	PER.athlete	Valtteri Bottas
Bouffier	PER.politician	Volker Bouffier
Boutros Boutros-Ghali	PER.politician
Bovenschulte	PER.politician	Andreas Bovenschulte
Bowie	PER.artist	David Bowie
Brad Pitt	PER.artist
Brahms	PER.artist	Johannes Brahms
Brantner	PER.politician	Franziska Brantner
Braverman	PER.politician	Suella Braverman
Brecht	PER.artist	Bertolt Brecht
Brehme	PER.athlete	Andreas Brehme
Breitner	PER.athlete	Paul Breitner
Breschnew	PER.politician	Leonid Breschnew
Brett Kavanaugh	PER.politician
Brigitte Bierlein	PER.politician
Brigitte Macron	PER.politician
Brigitte Zypries	PER.politician
Brinkhaus	PER.politician	Ralph Brinkhaus
Britta Ernst	PER.politician
Britta Haßelmann	PER.politician
Britta Müller	PER.politician
Britta Steffen	PER.athlete
Bruce Springsteen	PER.artist
Bruce Willis	PER.artist
Bruckner	PER.artist	Anton Bruckner
Brudermüller	PER.business	Martin Brudermüller
Brun-Otto Bryde	PER.politician
Bruno Ganz	PER.artist
Bruno Kahl	PER.politician
Bruno Kreisky	PER.politician
Bruno Le Maire	PER.politician
Bruno Massot	PER.athlete
Brüderle	PER.politician	Rainer Brüderle
Brühl	PER.artist	Daniel Brühl
Budanow	PER.politician	Kyrylo Budanow
Buffett	PER.business	Warren Buffett
Buffon	PER.athlete	Gianluigi Buffon
Buhari	PER.politician	Muhammadu Buhari
Bukayo Saka	PER.athlete
Bukele	PER.politician	Nayib Bukele
Bulgakow	PER.artist	Michail Bulgakow
Burhan	PER.politician	Abdel Fattah al-Burhan
Burkhard Balz	PER.politician
Burkhard Hirsch	PER.politician
Burkhard Jung	PER.politician
Burkhard Mast-Weisz	PER.politician
Buschmann	PER.politician	Marco Buschmann
Bushido	PER.artist
Buttigieg	PER.politician	Pete Buttigieg
Buzz Aldrin	PER.scientist
Bärbel Bas	PER.politician
Bärbel Bohley	PER.politician
Bärbel Dieckmann	PER.politician
Bärbel Höhn	PER.politician
Bätzing	PER	Georg Bätzing
Béla Anda	PER.politician
Böhmermann	PER.artist	Jan Böhmermann
Böll	PER.artist	Heinrich Böll
Caesar	PER	Julius Caesar
Camilla Parker Bowles	PER.politician
Campino	PER.artist
Camus	PER.artist	Albert Camus
Canan Bayram	PER.politician
Cansel Kiziltepe	PER.politician
Cansin Köktürk	PER.politician
Cantona	PER.athlete	Eric Cantona
Capital Bra	PER.artist
Caren Lay	PER.politician
Caren Miosga	PER.artist
Carina Konrad	PER.politician
Carl Friedrich Gauß	PER.scientist
Carl Gustav Jung	PER.scientist
Carl Lewis	PER.athlete
Carl Orff	PER.artist
Carles Puigdemont	PER.politician
Carlo Ancelotti	PER.athlete
Carlo Masala	PER.politician
Carlos Alcaraz	PER.athlete
Carlos Ghosn	PER.business
Carlos Sainz	PER.athlete
Carmen Wegge	PER.politician
Carney	PER.politician	Mark Carney
Carola Rackete	PER.politician
Carola Reimann	PER.politician
Carola Veit	PER.politician
Carolin Bachmann	PER.politician
Carolina Trautner	PER.politician
Carrie Lam	PER.politician
Carsten Breuer	PER.politician
Carsten Brodesser	PER.politician
Carsten Brosda	PER.politician
Carsten Körber	PER.politician
Carsten Kühl	PER.politician
Carsten Linnemann	PER.politician
Carsten Maschmeyer	PER.business
Carsten Meyer-Heder	PER.politician
Carsten Müller	PER.politician
Carsten Schneider	PER.politician
Carsten Sieling	PER.politician
Carsten Spallek	PER.politician
Carsten Spohr	PER.business
Carsten Träger	PER.politician
Carstensen	PER.politician	Peter Harry Carstensen
Casillas	PER.athlete	Iker Casillas
Caspar David Friedrich	PER.artist
Casper Ruud	PER.athlete
Cassis	PER.politician	Ignazio Cassis
Castex	PER.politician	Jean Castex
Catherine Ashton	PER.politician
Catherine Colonna	PER.politician
Catherine Middleton	PER.politician	Kate Middleton
Cavusoglu	PER.politician	Mevlüt Çavuşoğlu
Ceferin	PER.athlete	Aleksander Čeferin
Celan	PER.artist	Paul Celan
Celine Dion	PER.artist	Céline Dion
Cem Oezdemir	PER.politician	Cem Özdemir
Cem Özdemir	PER.politician
Cervantes	PER.artist	Miguel de Cervantes
Chalamet	PER.artist	Timothée Chalamet
Chalifa Haftar	PER.politician
Chalil al-Haja	PER.politician
Chamenei	PER.politician	Ali Chamenei
Chaplin	PER.artist	Charlie Chaplin
Charles Darwin	PER.scientist
Charles de Gaulle	PER.politician
Charles Dickens	PER.artist
Charles Leclerc	PER.athlete
Charles Michel	PER.politician
Charlie Chaplin	PER.artist
Charlotte Britz	PER.politician
Charlotte Knobloch	PER
Charlotte Link	PER.artist
Charpentier	PER.scientist	Emmanuelle Charpentier
Chatami	PER.politician	Mohammed Chatami
Che Guevara	PER
Chelsea Manning	PER.politician
Cheney	PER.politician	Dick Cheney
Cher	PER.artist
Chiang Kai-shek	PER.politician
Chirac	PER.politician	Jacques Chirac
Chodorkowski	PER.politician	Michail Chodorkowski
Chomeini	PER.politician	Ruhollah Chomeini
Chomsky	PER.scientist	Noam Chomsky
Chopin	PER.artist	Frédéric Chopin
Chris Kühn	PER.politician
Christa Sager	PER.politician
Christa Wolf	PER.artist
Christian Ahrendt	PER.politician
Christian Baldauf	PER.politician
Christian Bernreiter	PER.politician
Christian Brückner	PER
Christian Carius	PER.politician
Christian Drosten	PER.politician
Christian Dürr	PER.politician
Christian Freiherr von Stetten	PER.politician
Christian Freuding	PER.politician
Christian Gaebler	PER.politician
Christian Geselle	PER.politician
Christian Görke	PER.politician
Christian Haase	PER.politician
Christian Heinz	PER.politician
Christian Hirte	PER.politician
Christian Horner	PER.athlete
Christian Kern	PER.politician
Christian Klein	PER.business
Christian Lange	PER.politician
Christian Leye	PER.politician
Christian Lindner	PER.politician
Christian Meyer	PER.politician
Christian Neureuther	PER.athlete
Christian Pegel	PER.politician
Christian Petry	PER.politician
Christian Piwarz	PER.politician
Christian Scharpf	PER.politician
Christian Schmidt	PER.politician
Christian Schuchardt	PER.politician
Christian Sewing	PER.business
Christian Specht	PER.politician
Christian Stocker	PER.politician
Christian Streich	PER.athlete
Christian Thielemann	PER.artist
Christian Tischner	PER.politician
Christian Ude	PER.politician
Christian von Stetten	PER.politician
Christian Wirth	PER.politician
Christian Wulff	PER.politician
Christian Wück	PER.athlete
Christiane Nüsslein-Volhard	PER.scientist
Christiane Schenderlein	PER.politician
Christiane Wirtz	PER.politician
Christina Baum	PER.politician
Christina Kampmann	PER.politician
Christina Stumpp	PER.politician
Christina Weiss	PER.politician
Christine Anderson	PER.politician
Christine Bergmann	PER.politician
Christine Buchholz	PER.politician
Christine Lagarde	PER.politician
Christine Lambrecht	PER.politician
Christine Langenfeld	PER.politician
Christine Lieberknecht	PER.politician
Christine Streichert-Clivot	PER.politician
Christof Gramm	PER.politician
Christoph Ahlhaus	PER.politician
Christoph Bergner	PER.politician
Christoph Berndt	PER.politician
Christoph Blocher	PER.politician
Christoph Daum	PER.athlete
Christoph de Vries	PER.politician
Christoph Frauenpreiß	PER.politician
Christoph Freund	PER.athlete
Christoph Harting	PER.athlete
Christoph Heusgen	PER.politician
Christoph Hoffmann	PER.politician
Christoph Kolumbus	PER
Christoph Maier	PER.politician
Christoph Meyer	PER.politician
Christoph Ploß	PER.politician
Christoph Tesche	PER.politician
Christoph Waltz	PER.artist
Christopher Luxon	PER.politician
Christopher Nolan	PER.artist
Christopher Vogt	PER.politician
Christopher Wray	PER.politician
Christos Pantazis	PER.politician
Chrupalla	PER.politician	Tino Chrupalla
Chruschtschow	PER.politician	Nikita Chruschtschow
Chuck Schumer	PER.politician
Churchill	PER.politician	Winston Churchill
Chávez	PER.politician	Hugo Chávez
Ciesek	PER.politician	Sandra Ciesek
Cillian Murphy	PER.artist
Clara Bünger	PER.politician
Clara Herrmann	PER.politician
Clara Schumann	PER.artist
Clarence Thomas	PER.politician
Claude Monet	PER.artist
Claudia Bernhard	PER.politician
Claudia Buch	PER.politician
Claudia Major	PER.politician
Claudia Moll	PER.politician
Claudia Pechstein	PER.athlete
Claudia Roth	PER.politician
Claudia Schiffer	PER.artist
Claudia Schilling	PER.politician
Claudia Sheinbaum	PER.politician
Claus Kaminsky	PER.politician
Claus Kleber	PER.artist
Claus Ruhe Madsen	PER.politician
Claus Schenk Graf von Stauffenberg	PER
Claus von Stauffenberg	PER	Claus Schenk Graf von Stauffenberg
Clemens Fuest	PER.politician
Clemens Hoch	PER.politician
Clemens Meyer	PER.artist
Clement Attlee	PER.politician
Clooney	PER.artist	George Clooney
Clueso	PER.artist
Coco Gauff	PER.athlete
Cole Palmer	PER.athlete
Colette Boos-John	PER.politician
Colin Powell	PER.politician
Comey	PER.politician	James Comey
Condoleezza Rice	PER.politician
Connor McDavid	PER.athlete
Conrad Clemens	PER.politician
Constance Arndt	PER.politician
Constanze Geiert	PER.politician
Corbyn	PER.politician	Jeremy Corbyn
Cornelia Funke	PER.artist
Cornelia Lüddemann	PER.politician
Cornelia Möhring	PER.politician
Cornelia Pieper	PER.politician
Cornelia Prüfer-Storcks	PER.politician
Cornelia Schmalz-Jacobsen	PER.politician
Cornelia Seibeld	PER.politician
Cristiano Ronaldo	PER.athlete
Cristina Fernández de Kirchner	PER.politician
Cristina Kirchner	PER.politician	Cristina Fernández de Kirchner
Cro	PER.artist
Cruyff	PER.athlete	Johan Cruyff
Cyril Ramaphosa	PER.politician
Cäsar	PER	Julius Caesar
Céline Dion	PER.artist
Călin Georgescu	PER.politician
da Vinci	PER.artist	Leonardo da Vinci
Dagmar Schmidt	PER.politician
Dagur Sigurdsson	PER.athlete
Dahlmeier	PER.athlete	Laura Dahlmeier
Dalai Lama	PER
Dalí	PER.artist	Salvador Dalí
Dan Brown	PER.artist
Daniel Andre Tande	PER.athlete
Daniel Bahr	PER.politician
Daniel Barenboim	PER.artist
Daniel Brühl	PER.artist
Daniel Freund	PER.politician
Daniel Günther	PER.politician
Daniel Kehlmann	PER.artist
Daniel Keller	PER.politician
Daniel Noboa	PER.politician
Daniel Ortega	PER.politician
Daniel Peters	PER.politician
Daniel Ricciardo	PER.athlete
Daniel Schranz	PER.politician
Daniel Theis	PER.athlete
Daniel Wesener	PER.politician
Daniela Behrens	PER.politician
Daniela Katzenberger	PER.artist
Daniela Kolbe	PER.politician
Daniela Ludwig	PER.politician
Daniela Schadt	PER.politician
Daniela Schmitt	PER.politician
Daniil Medvedev	PER.athlete	Daniil Medwedew
Daniil Medwedew	PER.athlete
Dante	PER.artist	Dante Alighieri
Dante Alighieri	PER.artist
Danyal Bayaz	PER.politician
Dariusz Michalczewski	PER.athlete
Darmanin	PER.politician	Gérald Darmanin
Darwin	PER.scientist	Charles Darwin
Daum	PER.athlete	Christoph Daum
David Alaba	PER.athlete
David Beckham	PER.athlete
David Ben-Gurion	PER.politician
David Bowie	PER.artist
David Cameron	PER.politician
David Lammy	PER.politician
David Langner	PER.politician
David McAllister	PER.politician
David Miliband	PER.politician
David Raum	PER.athlete
David Sassoli	PER.politician
Davutoglu	PER.politician	Ahmet Davutoğlu
Davutoğlu	PER.politician	Ahmet Davutoğlu
Dağdelen	PER.politician	Sevim Dağdelen
De Bruyne	PER.athlete	Kevin De Bruyne
De Croo	PER.politician	Alexander De Croo
de Gaulle	PER.politician	Charles de Gaulle
de Maizière	PER.politician	Thomas de Maizière
De Masi	PER.politician	Fabio De Masi
De Niro	PER.artist	Robert De Niro
de Villepin	PER.politician	Dominique de Villepin
De Wever	PER.politician	Bart De Wever
Deborah Düring	PER.politician
Declan Rice	PER.athlete
Degenkolb	PER.athlete	John Degenkolb
Deif	PER.politician	Mohammed Deif
Delors	PER.politician	Jacques Delors
Demirtas	PER.politician	Selahattin Demirtaş
Demirtaş	PER.politician	Selahattin Demirtaş
Deng Xiaoping	PER.politician
Denise Herrmann-Wick	PER.athlete
Deniz Undav	PER.athlete
Dennis Rohde	PER.politician
Dennis Schröder	PER.athlete
Dennis Thering	PER.politician
Dennis Weilmann	PER.politician
Denys Schmyhal	PER.politician
Denzel Washington	PER.artist
Deripaska	PER.business	Oleg Deripaska
Derya Türk-Nachbaur	PER.politician
DeSantis	PER.politician	Ron DeSantis
Descartes	PER.scientist	René Descartes
Deschamps	PER.athlete	Didier Deschamps
Desmond Tutu	PER.politician
Detlef Müller	PER.politician
Detlef Scheele	PER.politician
Detlef Schrempf	PER.athlete
Detlef Tabbert	PER.politician
Devlet Bahçeli	PER.politician
Diana Spencer	PER.politician	Lady Diana
Diana Stolz	PER.politician
Diane Kruger	PER.artist
DiCaprio	PER.artist	Leonardo DiCaprio
Dick Cheney	PER.politician
Dick Schoof	PER.politician
Dickens	PER.artist	Charles Dickens
Didier Deschamps	PER.athlete
Didier Reynders	PER.politician
Diego Maradona	PER
Diego Simeone	PER.athlete
Diepgen	PER.politician	Eberhard Diepgen
Diess	PER.business	Herbert Diess
Dieter Althaus	PER.politician
Dieter Baumann	PER.athlete
Dieter Bohlen	PER.artist
Dieter Graumann	PER.politician
Dieter Grimm	PER.politician
Dieter Hallervorden	PER.artist
Dieter Hoeneß	PER.athlete
Dieter Reiter	PER.politician
Dieter Romann	PER.politician
Dieter Salomon	PER.politician
Dieter Schwarz	PER.business
Dieter Zetsche	PER.business
Diether Dehm	PER.politician
Dietmar Bartsch	PER.politician
Dietmar Strehl	PER.politician
Dietmar Woidke	PER.politician
Dietrich Bonhoeffer	PER
Dietrich Mateschitz	PER.business
Dietrich Monstadt	PER.politician
Dietrich Stobbe	PER.politician
Dietrich Wersich	PER.politician
Dilek Kalayci	PER.politician
Dilma Rousseff	PER.politician
Dimitrij Ovtcharov	PER.athlete
Dimitrij Owtscharow	PER.athlete	Dimitrij Ovtcharov
Dina Boluarte	PER.politician
Dino Toppmöller	PER.athlete
Dirk Adams	PER.politician
Dirk Behrendt	PER.politician
Dirk Heidenblut	PER.politician
Dirk Hilbert	PER.politician
Dirk Kienscherf	PER.politician
Dirk Niebel	PER.politician
Dirk Nockemann	PER.politician
Dirk Nowitzki	PER.athlete
Dirk Oestreich	PER.politician
Dirk Panter	PER.politician
Dirk Schrödter	PER.politician
Dirk Spaniel	PER.politician
Dirk Stettner	PER.politician
Dirk Wiese	PER.politician
Djir-Sarai	PER.politician	Bijan Djir-Sarai
Djokovic	PER.athlete	Novak Đoković
Djukanovic	PER.politician	Milo Đukanović
Dmitri Medwedew	PER.politician
Dmitri Peskow	PER.politician
Dmitrij Medwedew	PER.politician	Dmitri Medwedew
Dmitrij Peskow	PER.politician	Dmitri Peskow
Dmitry Medvedev	PER.politician	Dmitri Medwedew
Dmytro Kuleba	PER.politician
Dobrindt	PER.politician	Alexander Dobrindt
Dodik	PER.politician	Milorad Dodik
Dolly Parton	PER.artist
Dombrovskis	PER.politician	Valdis Dombrovskis
Domenicali	PER.athlete	Stefano Domenicali
Domenico Tedesco	PER.athlete
Dominic Raab	PER.politician
Dominic Thiem	PER.athlete
Dominik Szoboszlai	PER.athlete
Dominique de Villepin	PER.politician
Donald J. Trump	PER.politician	Donald Trump
Donald Trump	PER.politician
Donald Tusk	PER.politician
Doncic	PER.athlete	Luka Dončić
Dončić	PER.athlete	Luka Dončić
Doris Ahnen	PER.politician
Doris König	PER.politician
Doris Leuthard	PER.politician
Doris Schröder-Köpf	PER.politician
Doris von Sayn-Wittgenstein	PER.politician
Dorit Stenke	PER.politician
Dorothee Bär	PER.politician
Dorothee Feller	PER.politician
Dorothee Martin	PER.politician
Dorothee Stapelfeldt	PER.politician
Dostojewski	PER.artist	Fjodor Dostojewski
Draghi	PER.politician	Mario Draghi
Draisaitl	PER.athlete	Leon Draisaitl
Drake	PER.artist
Dreesen	PER.athlete	Jan-Christian Dreesen
Dreyer	PER.politician	Malu Dreyer
Droste-Hülshoff	PER.artist	Annette von Droste-Hülshoff
Drosten	PER.politician	Christian Drosten
Dua Lipa	PER.artist
Dubravka Šuica	PER.politician
Dubravko Mandic	PER.politician
Duda	PER.politician	Andrzej Duda
Dunja Hayali	PER.artist
Dunja Kreiser	PER.politician
Duterte	PER.politician	Rodrigo Duterte
Dutschke	PER	Rudi Dutschke
Dwight D. Eisenhower	PER.politician
Däubler-Gmelin	PER.politician	Herta Däubler-Gmelin
Díaz-Canel	PER.politician	Miguel Díaz-Canel
Döblin	PER.artist	Alfred Döblin
Döpfner	PER.business	Mathias Döpfner
Dörte Schall	PER.politician
Dürer	PER.artist	Albrecht Dürer
E. T. A. Hoffmann	PER.artist
Eberhard Diepgen	PER.politician
Eberhard Zorn	PER.politician
Eberl	PER.athlete	Max Eberl
Ebrahim Raisi	PER.politician
Ebrahim Raissi	PER.politician	Ebrahim Raisi
Ecclestone	PER.athlete	Bernie Ecclestone
Eckart von Hirschhausen	PER.artist
Eckart von Klaeden	PER.politician
Eckart Würzner	PER.politician
Eckhardt Rehberg	PER.politician
Ed Miliband	PER.politician
Ed Sheeran	PER.artist
Edelgard Bulmahn	PER.politician
Edgar Allan Poe	PER.artist
Edgars Rinkēvičs	PER.politician
Edi Rama	PER.politician
Edin Terzic	PER.athlete	Edin Terzić
Edin Terzić	PER.athlete
Edith Sitzmann	PER.politician
Edmund Stoiber	PER.politician
Edmundo González	PER.politician
Edouard Philippe	PER.politician	Édouard Philippe
Edward Berger	PER.artist
Edward Snowden	PER.politician
Egbert Geier	PER.politician
Egon Bahr	PER.politician
Egon Krenz	PER.politician
Ehrhart Körting	PER.politician
Ehud Barak	PER.politician
Ehud Olmert	PER.politician
Eichmann	PER	Adolf Eichmann
Eidinger	PER.artist	Lars Eidinger
Einstein	PER.scientist	Albert Einstein
Eisenbichler	PER.athlete	Markus Eisenbichler
Eisenhower	PER.politician	Dwight D. Eisenhower
Ekin Deligöz	PER.politician
Ekrem Imamoglu	PER.politician	Ekrem İmamoğlu
Ekrem İmamoğlu	PER.politician
Elfriede Jelinek	PER.artist
Elisabeth Baume-Schneider	PER.politician
Elisabeth Borne	PER.politician	Élisabeth Borne
Elisabeth Kaiser	PER.politician
Elisabeth Seitz	PER.athlete
Elisabeth von Österreich	PER
Elisabeth Winkelmeier-Becker	PER.politician
Eliud Kipchoge	PER.athlete
Elizabeth Warren	PER.politician
Elke Breitenbach	PER.politician
Elke Büdenbender	PER.politician
Elly Schlein	PER.politician
Elon Musk	PER.business
Else Lasker-Schüler	PER.artist
Elton John	PER.artist
Elvis Presley	PER.artist
Elyas M'Barek	PER.artist
Emanuel Buchmann	PER.athlete
Emil Nolde	PER.artist
Emilia Müller	PER.politician
Emily Büning	PER.politician
Emine Erdoğan	PER.politician
Eminem	PER.artist
Emma Hinze	PER.athlete
Emma Raducanu	PER.athlete
Emma Stone	PER.artist
Emmanuel Macron	PER.politician
Emmanuelle Charpentier	PER.scientist
Emmerich	PER.artist	Roland Emmerich
Emmerson Mnangagwa	PER.politician
Emmi Zeulner	PER.politician
Emmy Noether	PER.scientist
Emre Can	PER.athlete
Engels	PER.scientist	Friedrich Engels
Engholm	PER.politician	Björn Engholm
Enrico Komning	PER.politician
Enrico Letta	PER.politician
Ensslin	PER	Gudrun Ensslin
Ephraim Gothe	PER.politician
Epstein	PER	Jeffrey Epstein
Erdogan	PER.politician	Recep Tayyip Erdoğan
Erdoğan	PER.politician	Recep Tayyip Erdoğan
Erhard Eppler	PER.politician
Erhard Grundl	PER.politician
Eric Adams	PER.politician
Eric Beißwenger	PER.politician
Eric Cantona	PER.athlete
Eric Frenzel	PER.athlete
Eric Trump	PER.politician
Eric Zemmour	PER.politician	Éric Zemmour
Erich Honecker	PER.politician
Erich Kästner	PER.artist
Erich Maria Remarque	PER.artist
Erich Mende	PER.politician
Erich Mielke	PER.politician
Erich Ollenhauer	PER.politician
Erich Pfeffer	PER.politician
Erik Lehnert	PER.politician
Erik Lesser	PER.athlete
Erik Marquardt	PER.politician
Erik O. Schulz	PER.politician
Erik ten Hag	PER.athlete
Erik von Malottki	PER.politician
Erik Zabel	PER.athlete
Erika Mann	PER.artist
Erling Haaland	PER.athlete
Erna Solberg	PER.politician
Ernest Hemingway	PER.artist
Ernesto Che Guevara	PER	Che Guevara
Ernst Albrecht	PER.politician
Ernst Benda	PER.politician
Ernst Lubitsch	PER.artist
Ernst Ludwig Kirchner	PER.artist
Ernst Reuter	PER.politician
Ernst Uhrlau	PER.politician
Ernst Welteke	PER.politician
Ernst-Wolfgang Böckenförde	PER.politician
Erpenbeck	PER.artist	Jenny Erpenbeck
Erwin Huber	PER.politician
Erwin Rommel	PER
Erwin Rüddel	PER.politician
Erwin Schrödinger	PER.scientist
Erwin Sellering	PER.politician
Erwin Teufel	PER.politician
Esken	PER.politician	Saskia Esken
Esra Limbacher	PER.politician
Esteban Ocon	PER.athlete
Eva Feußner	PER.politician
Eva Högl	PER.politician
Eva Kühne-Hörmann	PER.politician
Eva Lettenbauer	PER.politician
Eva Luise Köhler	PER.politician
Eva von Angern	PER.politician
Eva Weber	PER.politician
Eva-Maria Kröger	PER.politician
Evelyn Palla	PER.business
Evelyn Zupke	PER.politician
Evenepoel	PER.athlete	Remco Evenepoel
Evo Morales	PER.politician
Fabian Hambüchen	PER.athlete
Fabian Mehring	PER.politician
Fabio De Masi	PER.politician
Faeser	PER.politician	Nancy Faeser
Fahimi	PER.politician	Yasmin Fahimi
Falko Mohrs	PER.politician
Fallada	PER.artist	Hans Fallada
Farage	PER.politician	Nigel Farage
Fassbinder	PER.artist	Rainer Werner Fassbinder
Fatih Akin	PER.artist
Faymann	PER.politician	Werner Faymann
Federer	PER.athlete	Roger Federer
Federica Brignone	PER.athlete
Federica Mogherini	PER.politician
Feijóo	PER.politician	Alberto Núñez Feijóo
Felbermayr	PER.politician	Gabriel Felbermayr
Felix Banaszak	PER.politician
Felix Heinrichs	PER.politician
Felix Hufeld	PER.politician
Felix Klein	PER.politician
Felix Loch	PER.athlete
Felix Magath	PER.athlete
Felix Mendelssohn Bartholdy	PER.artist
Felix Neureuther	PER.athlete
Felix Schreiner	PER.politician
Felix Schwenke	PER.politician
Felix Sturm	PER.athlete
Felor Badenberg	PER.politician
Ferat Koçak	PER.politician
Ferda Ataman	PER.politician
Ferdinand Kirchhof	PER.politician
Ferdinand Marcos	PER.politician
Ferdinand Piech	PER.business	Ferdinand Piëch
Ferdinand Piëch	PER.business
Ferdinand Porsche	PER.business
Ferdinand von Schirach	PER.artist
Ferenc Krausz	PER.scientist
Fernando Alonso	PER.athlete
Ferres	PER.artist	Veronica Ferres
Fethullah Gülen	PER.politician
Feynman	PER.scientist	Richard Feynman
Fiala	PER.politician	Petr Fiala
Fico	PER.politician	Robert Fico
Fidel Castro	PER.politician
Filbinger	PER.politician	Hans Filbinger
Filippo Grandi	PER.politician
Fitzek	PER.artist	Sebastian Fitzek
Fjodor Dostojewski	PER.artist
Flaubert	PER.artist	Gustave Flaubert
Florian Dorn	PER.politician
Florian Hahn	PER.politician
Florian Hassler	PER.politician
Florian Henckel von Donnersmarck	PER.artist
Florian Herrmann	PER.politician
Florian Janik	PER.politician
Florian Lipowitz	PER.athlete
Florian Oßner	PER.politician
Florian Pronold	PER.politician
Florian Rentsch	PER.politician
Florian Ritter	PER.politician
Florian Silbereisen	PER.artist
Florian Streibl	PER.politician
Florian Toncar	PER.politician
Florian Ubrich	PER.politician
Florian von Brunn	PER.politician
Florian Wellbrock	PER.athlete
Florian Wirtz	PER.athlete
Foden	PER.athlete	Phil Foden
Fontane	PER.artist	Theodor Fontane
Fourcade	PER.athlete	Martin Fourcade
Francesco Friedrich	PER.athlete
Francesco Totti	PER.athlete
Francisco Franco	PER.politician
Franjo Tuđman	PER.politician
Frank Baranowski	PER.politician
Frank Dudda	PER.politician
Frank Henkel	PER.politician
Frank Horch	PER.politician
Frank Imhoff	PER.politician
Frank Junge	PER.politician
Frank Klingebiel	PER.politician
Frank Kupfer	PER.politician
Frank Lampard	PER.athlete
Frank Mentrup	PER.politician
Frank Meyer	PER.politician
Frank Nopper	PER.politician
Frank Pasemann	PER.politician
Frank Plasberg	PER.artist
Frank Rinck	PER.politician
Frank Schwabe	PER.politician
Frank Schäffler	PER.politician
Frank Schätzing	PER.artist
Frank Sinatra	PER.artist
Frank Sitta	PER.politician
Frank Thelen	PER.business
Frank Ullrich	PER.politician
Frank Werneke	PER.politician
Frank-Jürgen Weise	PER.politician
Frank-Tilo Becher	PER.politician
Frank-Walter Steinmeier	PER.politician
Franklin D. Roosevelt	PER.politician
Franklin Delano Roosevelt	PER.politician	Franklin D. Roosevelt
Frans Timmermans	PER.politician
Franz Beckenbauer	PER.athlete
Franz Josef Jung	PER.politician
Franz Josef Strauß	PER.politician
Franz Kafka	PER.artist
Franz Marc	PER.artist
Franz Müntefering	PER.politician
Franz Schubert	PER.artist
Franz Thönnes	PER.politician
Franz Untersteller	PER.politician
Franz Vranitzky	PER.politician
Franz Wagner	PER.athlete
Franz-Josef Strauß	PER.politician	Franz Josef Strauß
Franz-Robert Liskow	PER.politician
Franziska Brantner	PER.politician
Franziska Giffey	PER.politician
Franziska Hoppermann	PER.politician
Franziska Kersten	PER.politician
Franziska Mascheck	PER.politician
Franziska Preuss	PER.athlete	Franziska Preuß
Franziska Preuß	PER.athlete
Franziska van Almsick	PER.athlete
Franziska Weidinger	PER.politician
Franziskus	PER
François Bayrou	PER.politician
François Hollande	PER.politician
François Mitterrand	PER.politician
Fratzscher	PER.politician	Marcel Fratzscher
Frauke Brosius-Gersdorf	PER.politician
Frauke Heiligenstadt	PER.politician
Frauke Petry	PER.politician
Freddie Mercury	PER.artist
Frederiksen	PER.politician	Mette Frederiksen
Fredi Bobic	PER.athlete
Freud	PER.scientist	Sigmund Freud
Frida Kahlo	PER.artist
Friedbert Pflüger	PER.politician
Friede Springer	PER.business
Friedhelm Funkel	PER.athlete
Friedrich Bohl	PER.politician
Friedrich der Große	PER
Friedrich Ebert	PER
Friedrich Engels	PER.scientist
Friedrich Hölderlin	PER.artist
Friedrich Merz	PER.politician
Friedrich Nehrig	PER.athlete
Friedrich Nietzsche	PER.scientist
Friedrich Pürner	PER.politician
Friedrich Schiller	PER.artist
Friedrich von Schiller	PER.artist	Friedrich Schiller
Friedrich Zimmermann	PER.politician
Fritz Güntzler	PER.politician
Fritz Keller	PER.athlete
Fritz Kuhn	PER.politician
Fritz Lang	PER.artist
Fritz Schramma	PER.politician
Fritz Walter	PER.athlete
Frédéric Chopin	PER.artist
Frédéric Vasseur	PER.athlete
Fuest	PER.politician	Clemens Fuest
Fumio Kishida	PER.politician
Funkel	PER.athlete	Friedhelm Funkel
Félix Tshisekedi	PER.politician
Füllkrug	PER.athlete	Niclas Füllkrug
Gabbard	PER.politician	Tulsi Gabbard
Gabriel Attal	PER.politician
Gabriel Boric	PER.politician
Gabriel Bortoleto	PER.athlete
Gabriel Felbermayr	PER.politician
Gabriel Garcia Marquez	PER.artist	Gabriel García Márquez
Gabriel García Márquez	PER.artist
Gabriela Heinrich	PER.politician
Gabriele Andretta	PER.politician
Gabriele Britz	PER.politician
Gabriele Pauli	PER.politician
Gaddafi	PER.politician	Muammar al-Gaddafi
Gaddhafi	PER.politician	Muammar al-Gaddafi
Gagarin	PER.scientist	Juri Gagarin
Galilei	PER.scientist	Galileo Galilei
Galileo	PER.scientist	Galileo Galilei
Galileo Galilei	PER.scientist
Gallant	PER.politician	Joav Gallant
Gamal Abdel Nasser	PER.politician
Gandhi	PER.politician	Mahatma Gandhi
Gantz	PER.politician	Benny Gantz
García Márquez	PER.artist	Gabriel García Márquez
Gareth Southgate	PER.athlete
Garrelt Duin	PER.politician
Garri Kasparow	PER.politician
Gasly	PER.athlete	Pierre Gasly
Gauck	PER.politician	Joachim Gauck
Gauff	PER.athlete	Coco Gauff
Gauland	PER.politician	Alexander Gauland
Gauß	PER.scientist	Carl Friedrich Gauß
Gautam Adani	PER.business
Gavi	PER.athlete
Gavin Newsom	PER.politician
Gebhard Müller	PER.politician
Geert Wilders	PER.politician
Geisenberger	PER.athlete	Natalie Geisenberger
Geißler	PER.politician	Heiner Geißler
Genscher	PER.politician	Hans-Dietrich Genscher
Gensheimer	PER.athlete	Uwe Gensheimer
Gentiloni	PER.politician	Paolo Gentiloni
Georg Baselitz	PER.artist
Georg Bätzing	PER
Georg Eisenreich	PER.politician
Georg Elser	PER
Georg Friedrich Händel	PER.artist
Georg Günther	PER.politician
Georg Kippels	PER.politician
Georg Kofler	PER.business
Georg Kronawitter	PER.politician
Georg Maier	PER.politician
Georg Milbradt	PER.politician
Georg Nüßlein	PER.politician
Georg Pazderski	PER.politician
Georg Wilhelm Friedrich Hegel	PER.scientist
Georg-Ludwig von Breitenbuch	PER.politician
George Clooney	PER.artist
George Grosz	PER.artist
George H. W. Bush	PER.politician
George Harrison	PER.artist
George Orwell	PER.artist
George Russell	PER.athlete
George Soros	PER.business
George W. Bush	PER.politician
George Washington	PER.politician
Georges Pompidou	PER.politician
Georgiewa	PER.politician	Kristalina Georgiewa
Gerald Ford	PER.politician
Gerald Heere	PER.politician
Gerald Knaus	PER.politician
Gerard Piqué	PER.athlete
Gerassimow	PER.politician	Waleri Gerassimow
Gerd Landsberg	PER.politician
Gerd Müller	PER.politician
Gerda Hasselfeldt	PER.politician
Gerhard Eck	PER.politician
Gerhard Langemeyer	PER.politician
Gerhard Richter	PER.artist
Gerhard Schick	PER.politician
Gerhard Schindler	PER.politician
Gerhard Schröder	PER.politician
Gerhard Stoltenberg	PER.politician
Gerhart Baum	PER.politician
Gernot Erler	PER.politician
Gero Hocker	PER.politician
Gero Storjohann	PER.politician
Gerrard	PER.athlete	Steven Gerrard
Gerry Adams	PER.politician
Gerst	PER.scientist	Alexander Gerst
Gert-Uwe Mende	PER.politician
Gertrud Maltz-Schwarzfischer	PER.politician
Gertrude Lübbe-Wolff	PER.politician
Gesa Krause	PER.athlete
Gesine Lötzsch	PER.politician
Gesine Schwan	PER.politician
Geywitz	PER.politician	Klara Geywitz
Ghassem Soleimani	PER.politician
Ghislaine Maxwell	PER
Ghosn	PER.business	Carlos Ghosn
Giacomo Puccini	PER.artist
Gianis Varoufakis	PER.politician	Yanis Varoufakis
Gianluigi Buffon	PER.athlete
Gianni Infantino	PER.athlete
Giannis Antetokounmpo	PER.athlete
Gideon Saar	PER.politician
Giegold	PER.politician	Sven Giegold
Giffey	PER.politician	Franziska Giffey
Gina Lückenkemper	PER.athlete
Giorgia Meloni	PER.politician
Giorgio Napolitano	PER.politician
Giovanni di Lorenzo	PER.artist
Giscard	PER.politician	Valéry Giscard d'Estaing
Giscard d'Estaing	PER.politician	Valéry Giscard d'Estaing
Gisela Erler	PER.politician
Gisela Piltz	PER.politician
Gislason	PER.athlete	Alfred Gislason
Gitanas Nauseda	PER.politician	Gitanas Nausėda
Gitanas Nausėda	PER.politician
Gitta Connemann	PER.politician
Giulia Gwinn	PER.athlete
Giuliani	PER.politician	Rudy Giuliani
Giuseppe Conte	PER.politician
Giuseppe Verdi	PER.artist
Glasner	PER.athlete	Oliver Glasner
Glucksmann	PER.politician	Raphaël Glucksmann
Gnabry	PER.athlete	Serge Gnabry
Goebbels	PER	Joseph Goebbels
Goethe	PER.artist	Johann Wolfgang von Goethe
Gogol	PER.artist	Nikolai Gogol
Golda Meir	PER.politician
Gorbatschow	PER.politician	Michail Gorbatschow
Gordon Brown	PER.politician
Gordon Herbert	PER.athlete
Gordon Schnieder	PER.politician
Goretzka	PER.athlete	Leon Goretzka
Gottfried Curio	PER.politician
Gottfried Wilhelm Leibniz	PER.scientist
Gotthard Schrempf	PER.politician
Gotthold Ephraim Lessing	PER.artist
Gottschalk	PER.artist	Thomas Gottschalk
Gove	PER.politician	Michael Gove
Goïta	PER.politician	Assimi Goïta
Graichen	PER.politician	Patrick Graichen
Granit Xhaka	PER.athlete
Grant Hendrik Tonne	PER.politician
Grass	PER.artist	Günter Grass
Greenspan	PER.politician	Alan Greenspan
Greg Abbott	PER.politician
Gregor Gysi	PER.politician
Gregor Mendel	PER.scientist
Gregor Schlierenzauer	PER.athlete
Greipel	PER.athlete	André Greipel
Greta Thunberg	PER.politician
Gretchen Whitmer	PER.politician
Gretzky	PER.athlete	Wayne Gretzky
Grindel	PER.athlete	Reinhard Grindel
Gropius	PER.artist	Walter Gropius
Grossi	PER.politician	Rafael Grossi
Grotewohl	PER.politician	Otto Grotewohl
Gröhe	PER.politician	Hermann Gröhe
Grönemeyer	PER.artist	Herbert Grönemeyer
Guaido	PER.politician	Juan Guaidó
Guaidó	PER.politician	Juan Guaidó
Guardiola	PER.athlete	Pep Guardiola
Gudrun Ensslin	PER
Guido Beermann	PER.politician
Guido Crosetto	PER.politician
Guido Maria Kretschmer	PER.artist
Guido Reil	PER.politician
Guido Westerwelle	PER.politician
Guido Wolf	PER.politician
Gunda Niemann-Stirnemann	PER.athlete
Gunnar Schellenberger	PER.politician
Gunter Czisch	PER.politician
Gunther Krichbaum	PER.politician
Guntram Schneider	PER.politician
Gusenbauer	PER.politician	Alfred Gusenbauer
Gustav Gressel	PER.politician
Gustav Heinemann	PER.politician
Gustav Mahler	PER.artist
Gustav Stresemann	PER
Gustave Flaubert	PER.artist
Gustavo Petro	PER.politician
Gustl Mollath	PER
Gutenberg	PER	Johannes Gutenberg
Guterres	PER.politician	António Guterres
Guttenberg	PER.politician	Karl-Theodor zu Guttenberg
Guy Parmelin	PER.politician
Gyde Jensen	PER.politician
Gysi	PER.politician	Gregor Gysi
Gérald Darmanin	PER.politician
Göring	PER	Hermann Göring
Göring-Eckardt	PER.politician	Katrin Göring-Eckardt
Götz Frömming	PER.politician
Götz George	PER.artist
Götz Kubitschek	PER.politician
Götze	PER.athlete	Mario Götze
Gülen	PER.politician	Fethullah Gülen
Gündogan	PER.athlete	İlkay Gündoğan
Gündoğan	PER.athlete	İlkay Gündoğan
Günter Baumgartner	PER.politician
Günter Grass	PER.artist
Günter Krings	PER.politician
Günter Netzer	PER.athlete
Günter Nooke	PER.politician
Günter Rexrodt	PER.politician
Günter Rudolph	PER.politician
Günter Schabowski	PER.politician
Günter Spinner	PER.politician
Günther Beckstein	PER.politician
Günther Jauch	PER.artist
Günther Oettinger	PER.politician
Haaland	PER.athlete	Erling Haaland
Habeck	PER.politician	Robert Habeck
Habermas	PER.scientist	Jürgen Habermas
Hafis al-Assad	PER.politician
Haftar	PER.politician	Chalifa Haftar
Hagen Kluck	PER.politician
Haider	PER.politician	Jörg Haider
Haile Selassie	PER.politician
Hainer	PER.business	Herbert Hainer
Hakan Demir	PER.politician
Hakan Fidan	PER.politician
Hakeem Jeffries	PER.politician
Haldenwang	PER.politician	Thomas Haldenwang
Halina Wawzyniak	PER.politician
Hallervorden	PER.artist	Dieter Hallervorden
Halmich	PER.athlete	Regina Halmich
Halvor Egner Granerud	PER.athlete
Hambüchen	PER.athlete	Fabian Hambüchen
Hamid Karsai	PER.politician
Han Kang	PER.artist
Handke	PER.artist	Peter Handke
Haneke	PER.artist	Michael Haneke
Hanija	PER.politician	Ismail Hanija
Hanka Mittelstädt	PER.politician
Hanna Naber	PER.politician
Hanna Schygulla	PER.artist
Hannah Arendt	PER.scientist
Hannah Neumann	PER.politician
Hannawald	PER.athlete	Sven Hannawald
Hannelore Elsner	PER.artist
Hannelore Kohl	PER.politician
Hannelore Kraft	PER.politician
Hannes Gnauck	PER.politician
Hannes Walter	PER.politician
Hanno Benz	PER.politician
Hans Apel	PER.politician
Hans Eichel	PER.politician
Hans Fallada	PER.artist
Hans Filbinger	PER.politician
Hans Holbein	PER.artist
Hans Koschnick	PER.politician
Hans Matthöfer	PER.politician
Hans Michelbach	PER.politician
Hans Modrow	PER.politician
Hans Niemann	PER.athlete
Hans Reichhart	PER.politician
Hans Scholl	PER
Hans Tietmeyer	PER.politician
Hans Zehetmair	PER.politician
Hans Zimmer	PER.artist
Hans-Christian Ströbele	PER.politician
Hans-Christoph Berndt	PER.politician
Hans-Dieter Flick	PER.athlete	Hansi Flick
Hans-Dietrich Genscher	PER.politician
Hans-Eckhard Sommer	PER.politician
Hans-Georg Maaßen	PER.politician
Hans-Joachim Grote	PER.politician
Hans-Joachim Watzke	PER.athlete
Hans-Jochen Vogel	PER.politician
Hans-Josef Fell	PER.politician
Hans-Josef Thesling	PER.politician
Hans-Jürgen Papier	PER.politician
Hans-Jürgen Wischnewski	PER.politician
Hans-Peter Bartels	PER.politician
Hans-Peter Friedrich	PER.politician
Hans-Peter Uhl	PER.politician
Hans-Thomas Tillschneider	PER.politician
Hans-Ulrich Rülke	PER.politician
Hans-Werner Sinn	PER.politician
Hansi Flick	PER.athlete
Hansjörg Durz	PER.politician
Hape Kerkeling	PER.artist
Harald Kujat	PER.politician
Harald Lesch	PER.artist
Harald Range	PER.politician
Harald Ringstorff	PER.politician
Harald Schmidt	PER.artist
Harald Weyel	PER.politician
Harald Wolf	PER.politician
Harald zur Hausen	PER.scientist
Harari	PER.scientist	Yuval Noah Harari
Harbarth	PER.politician	Stephan Harbarth
Harold Wilson	PER.politician
Harry Glawe	PER.politician
Harry Kane	PER.athlete
Harry Maguire	PER.athlete
Harry Mergel	PER.politician
Harry S. Truman	PER.politician
Harry Styles	PER.artist
Hartfrid Wolff	PER.politician
Harting	PER.athlete	Robert Harting
Hartmut Koschyk	PER.politician
Hartmut Möllring	PER.politician
Haruki Murakami	PER.artist
Harvey Weinstein	PER.artist
Hasan Salihamidžić	PER.athlete
Haseloff	PER.politician	Reiner Haseloff
Hashim Thaçi	PER.politician
Hassan Nasrallah	PER.politician
Hassan Rohani	PER.politician	Hassan Ruhani
Hassan Ruhani	PER.politician
Haßelmann	PER.politician	Britta Haßelmann
Hasso Plattner	PER.business
Havel	PER.politician	Václav Havel
Havertz	PER.athlete	Kai Havertz
Hawking	PER.scientist	Stephen Hawking
Hayali	PER.artist	Dunja Hayali
Haydn	PER.artist	Joseph Haydn
Hebestreit	PER.politician	Steffen Hebestreit
Hegel	PER.scientist	Georg Wilhelm Friedrich Hegel
Hegseth	PER.politician	Pete Hegseth
Heide Simonis	PER.politician
Heidegger	PER.scientist	Martin Heidegger
Heidemarie Wieczorek-Zeul	PER.politician
Heidi Klum	PER.artist
Heidi Reichinnek	PER.politician
Heike Baehrens	PER.politician
Heike Drechsler	PER.athlete
Heike Hofmann	PER.politician
Heike Makatsch	PER.artist
Heike Taubert	PER.politician
Heike Werner	PER.politician
Heiko Geue	PER.politician
Heiko Maas	PER.politician
Heiko Strohmann	PER.politician
Heiner Bartling	PER.politician
Heiner Brand	PER.athlete
Heiner Garg	PER.politician
Heiner Geißler	PER.politician
Heiner Lauterbach	PER.artist
Heino	PER.artist
Heinrich Amadeus Wolff	PER.politician
Heinrich Bedford-Strohm	PER
Heinrich Böll	PER.artist
Heinrich Heine	PER.artist
Heinrich Himmler	PER
Heinrich Lummer	PER.politician
Heinrich Lübke	PER.politician
Heinrich Mann	PER.artist
Heinrich von Kleist	PER.artist
Heinrich von Pierer	PER.business
Heinz Fischer	PER.politician
Heinz Fromm	PER.politician
Heinz Rühmann	PER.artist
Heinz-Christian Strache	PER.politician
Heisenberg	PER.scientist	Werner Heisenberg
Helene Fischer	PER.artist
Helge Lindh	PER.politician
Helge Schneider	PER.artist
Hellmut Königshaus	PER.politician
Helma Orosz	PER.politician
Helmut Dedy	PER.politician
Helmut Holter	PER.politician
Helmut Kohl	PER.politician
Helmut Linssen	PER.politician
Helmut Marko	PER.athlete
Helmut Rahn	PER.athlete
Helmut Schlesinger	PER.politician
Helmut Schmidt	PER.politician
Helmut Schön	PER.athlete
Hemeti	PER.politician	Mohammed Hamdan Daglo
Hemingway	PER.artist	Ernest Hemingway
Hendrik Hering	PER.politician
Hendrik Hoppenstedt	PER.politician
Hendrik Streeck	PER.politician
Hendrik Wüst	PER.politician
Henna Virkkunen	PER.politician
Hennig-Wellsow	PER.politician	Susanne Hennig-Wellsow
Henning Höne	PER.politician
Henning Otte	PER.politician
Henning Radtke	PER.politician
Henning Rehbaum	PER.politician
Henning Scherf	PER.politician
Henning Voscherau	PER.politician
Henriette Reker	PER.politician
Henrik Kristoffersen	PER.athlete
Henry Kissinger	PER.politician
Henry Maske	PER.athlete
Herberger	PER.athlete	Sepp Herberger
Herbert Diess	PER.business
Herbert Grönemeyer	PER.artist
Herbert Hainer	PER.business
Herbert Kickl	PER.politician
Herbert Landau	PER.politician
Herbert Mertin	PER.politician
Herbert Reul	PER.politician
Herbert Schmalstieg	PER.politician
Herbert von Karajan	PER.artist
Herbert Wagner	PER.politician
Herbert Wehner	PER.politician
Herman Van Rompuy	PER.politician
Hermann Gröhe	PER.politician
Hermann Göring	PER
Hermann Hesse	PER.artist
Hermann Maier	PER.athlete
Hermann Otto Solms	PER.politician
Hermann Schaufler	PER.politician
Hermann Scheer	PER.politician
Hermann-Josef Tebroke	PER.politician
Herta Däubler-Gmelin	PER.politician
Herta Müller	PER.artist
Hesse	PER.artist	Hermann Hesse
Heusgen	PER.politician	Christoph Heusgen
Heydrich	PER	Reinhard Heydrich
Heynckes	PER.athlete	Jupp Heynckes
Hibatullah Achundsada	PER.politician
Hidalgo	PER.politician	Anne Hidalgo
Hilde Mattheis	PER.politician
Hildegard Hamm-Brücher	PER.politician
Hildegard Knef	PER.artist
Hildegard Müller	PER.politician
Hillary Clinton	PER.politician
Himmler	PER	Heinrich Himmler
Hindenburg	PER	Paul von Hindenburg
Hirscher	PER.athlete	Marcel Hirscher
Hirschhausen	PER.artist	Eckart von Hirschhausen
Hitchcock	PER.artist	Alfred Hitchcock
Hitler	PER	Adolf Hitler
Hitzfeld	PER.athlete	Ottmar Hitzfeld
Ho Chi Minh	PER
Hochul	PER.politician	Kathy Hochul
Hoeneß	PER.athlete	Uli Hoeneß
Hofreiter	PER.politician	Anton Hofreiter
Holger Börner	PER.politician
Holger Kelch	PER.politician
Holger Münch	PER.politician
Holger Rune	PER.athlete
Holger Stahlknecht	PER.politician
Holger Wöckel	PER.politician
Hollande	PER.politician	François Hollande
Honecker	PER.politician	Erich Honecker
Honoré de Balzac	PER.artist
Horkheimer	PER.scientist	Max Horkheimer
Horner	PER.athlete	Christian Horner
Horst Arnold	PER.politician
Horst Hrubesch	PER.athlete
Horst Köhler	PER.politician
Horst Seehofer	PER.politician
Hosni Mubarak	PER.politician
Houellebecq	PER.artist	Michel Houellebecq
Howard Lutnick	PER.politician
Hrubesch	PER.athlete	Horst Hrubesch
Hu Jintao	PER.politician
Hubert Aiwanger	PER.politician
Hubert Hüppe	PER.politician
Hubert Ulrich	PER.politician
Hubert Weiger	PER.politician
Hubertus Heil	PER.politician
Hugh Bronson	PER.politician
Hugo Chavez	PER.politician	Hugo Chávez
Hugo Chávez	PER.politician
Humboldt	PER.scientist	Alexander von Humboldt
Hummels	PER.athlete	Mats Hummels
Humza Yousaf	PER.politician
Hunter Biden	PER.politician
Händel	PER.artist	Georg Friedrich Händel
Häßler	PER.athlete	Thomas Häßler
Höcke	PER.politician	Björn Höcke
Högl	PER.politician	Eva Högl
Hölderlin	PER.artist	Friedrich Hölderlin
Höttges	PER.business	Timotheus Höttges
Hülkenberg	PER.athlete	Nico Hülkenberg
Hüller	PER.artist	Sandra Hüller
Ibrahim Traoré	PER.politician
Ibrahimovic	PER.athlete	Zlatan Ibrahimović
Ibrahimović	PER.athlete	Zlatan Ibrahimović
Idi Amin	PER
Iga Swiatek	PER.athlete	Iga Świątek
Iga Świątek	PER.athlete
Ignatz Bubis	PER.politician
Ignazio Cassis	PER.politician
Igor Levit	PER.artist
Igor Strawinsky	PER.artist
Iker Casillas	PER.athlete
Ilham Alijew	PER.politician
Ilkay Gündogan	PER.athlete	İlkay Gündoğan
Illner	PER.artist	Maybrit Illner
Ilse Aigner	PER.politician
Ilse Falk	PER.politician
Imamoglu	PER.politician	Ekrem İmamoğlu
Immanuel Kant	PER.scientist
Imran Khan	PER.politician
Ina Brandes	PER.politician
Ina Czyborra	PER.politician
Ina Latendorf	PER.politician
Ina Scharrenbach	PER.politician
Indira Gandhi	PER.politician
Ines Claus	PER.politician
Ines Schwerdtner	PER.politician
Infantino	PER.athlete	Gianni Infantino
Ingeborg Bachmann	PER.artist
Ingeborg Sahler-Fesel	PER.politician
Ingmar Jung	PER.politician
Ingo Gerhartz	PER.politician
Ingo Gädechens	PER.politician
Ingo Kramer	PER.politician
Ingo Meyer	PER.politician
Ingo Senftleben	PER.politician
Ingo Wolf	PER.politician
Ingo Zamperoni	PER.artist
Ingolf Roßberg	PER.politician
Ingrid Fischbach	PER.politician
Ingrid Nestle	PER.politician
Ingrid Pahlmann	PER.politician
Iniesta	PER.athlete	Andrés Iniesta
Inka Grings	PER.athlete
Inken Gallner	PER.politician
Iohannis	PER.politician	Klaus Iohannis
Irakli Kobachidse	PER.politician
Irene Mihalic	PER.politician
Iris Berben	PER.artist
Iris Spranger	PER.politician
Irmgard Schwaetzer	PER.politician
Isaac Herzog	PER.politician
Isaac Newton	PER.scientist
Isabel Allende	PER.artist
Isabel Pfeiffer-Poensgen	PER.politician
Isabel Schnabel	PER.politician
Isack Hadjar	PER.athlete
Isaias Afewerki	PER.politician
Ischinger	PER.politician	Wolfgang Ischinger
Ishiba	PER.politician	Shigeru Ishiba
Ismail Hanija	PER.politician
Ismail Haniyeh	PER.politician	Ismail Hanija
Israel Katz	PER.politician
Itamar Ben-Gvir	PER.politician
Ivan Lendl	PER.athlete
Ivanka Trump	PER.politician
Ivo Gönner	PER.politician
Iwanischwili	PER.politician	Bidsina Iwanischwili
İlkay Gündoğan	PER.athlete
İmamoğlu	PER.politician	Ekrem İmamoğlu
J. D. Vance	PER.politician	JD Vance
J. K. Rowling	PER.artist
J. Robert Oppenheimer	PER.scientist	Robert Oppenheimer
Jacinda Ardern	PER.politician
Jack Dorsey	PER.business
Jack Ma	PER.business
Jack Nicholson	PER.artist
Jackie Stewart	PER.athlete
Jacob Zuma	PER.politician
Jacqueline Bernhardt	PER.politician
Jacques Chirac	PER.politician
Jacques Delors	PER.politician
Jagger	PER.artist	Mick Jagger
Jagmeet Singh	PER.politician
Jahja Sinwar	PER.politician
Jair Bolsonaro	PER.politician
Jair Lapid	PER.politician
Jake Sullivan	PER.politician
Jakob Blankenburg	PER.politician
Jakob Blasel	PER.politician
Jakob von Weizsäcker	PER.politician
Jamal Musiala	PER.athlete
James Comey	PER.politician
James David Vance	PER.politician	JD Vance
James Joyce	PER.artist
Jamie Dimon	PER.business
Jamila Schäfer	PER.politician
Jan Böhmermann	PER.artist
Jan Christian Kaack	PER.politician
Jan Dieren	PER.politician
Jan Fleischhauer	PER.artist
Jan Hofer	PER.artist
Jan Josef Liefers	PER.artist
Jan Korte	PER.politician
Jan Lindenau	PER.politician
Jan Marsalek	PER.business
Jan Metzler	PER.politician
Jan Nolte	PER.politician
Jan Philipp Albrecht	PER.politician
Jan Redmann	PER.politician
Jan Ullrich	PER.athlete
Jan van Aken	PER.politician
Jan Wenzel Schmidt	PER.politician
Jan-Christian Dreesen	PER.athlete
Jan-Lennard Struff	PER.athlete
Jan-Marco Luczak	PER.politician
Jan-Ove Waldner	PER.athlete
Jana Schimke	PER.politician
Jane Austen	PER.artist
Janet Yellen	PER.politician
Janine Wissler	PER.politician
Jann Jakobs	PER.politician
Jannik Sinner	PER.athlete
Janosch Dahmen	PER.politician
Janukowitsch	PER.politician	Viktor Janukowitsch
Jared Kushner	PER.politician
Jaroslaw Kaczynski	PER.politician	Jarosław Kaczyński
Jarosław Kaczyński	PER.politician
Jaruzelski	PER.politician	Wojciech Jaruzelski
Jassir Arafat	PER.politician
Jauch	PER.artist	Günther Jauch
Javad Zarif	PER.politician	Mohammed Dschawad Sarif
Javier Milei	PER.politician
Javier Solana	PER.politician
Jawaharlal Nehru	PER.politician
Jay-Z	PER.artist
JD Vance	PER.politician
Jean Castex	PER.politician
Jean-Claude Juncker	PER.politician
Jean-Claude Trichet	PER.politician
Jean-Jacques Rousseau	PER.scientist
Jean-Luc Mélenchon	PER.politician
Jean-Marie Le Pen	PER.politician
Jean-Noël Barrot	PER.politician
Jean-Pascal Hohm	PER.politician
Jean-Paul Sartre	PER.artist
Jean-Yves Le Drian	PER.politician
Jeanne d'Arc	PER
Jeff Bezos	PER.business
Jeffrey Epstein	PER
Jeffries	PER.politician	Hakeem Jeffries
Jelena Rybakina	PER.athlete
Jelinek	PER.artist	Elfriede Jelinek
Jella Haase	PER.artist
Jelzin	PER.politician	Boris Jelzin
Jennifer Lawrence	PER.artist
Jenny Erpenbeck	PER.artist
Jens Bullerjahn	PER.politician
Jens Böhrnsen	PER.politician
Jens Kerstan	PER.politician
Jens Kestner	PER.politician
Jens Koeppen	PER.politician
Jens Lehmann	PER.politician
Jens Maier	PER.politician
Jens Peick	PER.politician
Jens Rommel	PER.politician
Jens Spahn	PER.politician
Jens Stoltenberg	PER.politician
Jens Teutrine	PER.politician
Jens Weidmann	PER.politician
Jens Weißflog	PER.athlete
Jensen Huang	PER.business
Jeremy Corbyn	PER.politician
Jeremy Hunt	PER.politician
Jermak	PER.politician	Andrij Jermak
Jerome Powell	PER.politician
Jesse Owens	PER.athlete
Jessica Pegula	PER.athlete
Jessica Rosenthal	PER.politician
Jessica Tatti	PER.politician
Jessy Wellmer	PER.artist
Jesus	PER	Jesus Christus
Jesus Christus	PER
Jette Nietzard	PER.politician
Jewgeni Prigoschin	PER.politician
Jewgenij Prigoschin	PER.politician	Jewgeni Prigoschin
JFK	PER.politician	John F. Kennedy
Jiang Zemin	PER.politician
Jil Sander	PER.artist
Jill Biden	PER.politician
Jimmy Carter	PER.politician
Jitzchak Herzog	PER.politician	Isaac Herzog
Jitzchak Rabin	PER.politician
Joachim Erwin	PER.politician
Joachim Gauck	PER.politician
Joachim Herrmann	PER.politician
Joachim Lohse	PER.politician
Joachim Löw	PER.athlete
Joachim Nagel	PER.politician
Joachim Paul	PER.politician
Joachim Pfeiffer	PER.politician
Joachim Poß	PER.politician
Joachim Sauer	PER.politician
Joachim Stamp	PER.politician
Joachim Wolbergs	PER.politician
Joachim Wuermeling	PER.politician
Joana Cotar	PER.politician
Joanne K. Rowling	PER.artist	J. K. Rowling
Joav Gallant	PER.politician
Jochen Hartloff	PER.politician
Jochen Homann	PER.politician
Jochen Ott	PER.politician
Jochen Partsch	PER.politician
Joe Biden	PER.politician
Joe Chialo	PER.politician
Joe Kaeser	PER.business
Jogi Löw	PER.athlete	Joachim Löw
Johan Cruijff	PER.athlete	Johan Cruyff
Johan Cruyff	PER.athlete
Johann Saathoff	PER.politician
Johann Sebastian Bach	PER.artist
Johann Strauss	PER.artist
Johann Wadephul	PER.politician
Johann Wolfgang Goethe	PER.artist	Johann Wolfgang von Goethe
Johann Wolfgang von Goethe	PER.artist
Johanna Mikl-Leitner	PER.politician
Johanna Wanka	PER.politician
Johannes Arlt	PER.politician
Johannes Beermann	PER.politician
Johannes Brahms	PER.artist
Johannes Bø	PER.athlete	Johannes Thingnes Bø
Johannes Fechner	PER.politician
Johannes Golla	PER.athlete
Johannes Gutenberg	PER
Johannes Høsflot Klæbo	PER.athlete	Johannes Klæbo
Johannes Kahrs	PER.politician
Johannes Kepler	PER.scientist
Johannes Klæbo	PER.athlete
Johannes Lochner	PER.athlete
Johannes Masing	PER.politician
Johannes Rau	PER.politician
Johannes Remmel	PER.politician
Johannes Rydzek	PER.athlete
Johannes Selle	PER.politician
Johannes Singhammer	PER.politician
Johannes Steiniger	PER.politician
Johannes Thingnes Bø	PER.athlete
Johannes Vetter	PER.athlete
Johannes Vogel	PER.politician
Johannes Winkel	PER.politician
Johannes-Wilhelm Rörig	PER.politician
Johannis	PER.politician	Klaus Iohannis
Johano Strasser	PER.politician
John Degenkolb	PER.athlete
John F. Kennedy	PER.politician
John Kerry	PER.politician
John Lee	PER.politician
John Lennon	PER.artist
John Major	PER.politician
John Maynard Keynes	PER.scientist
John McCain	PER.politician
John McEnroe	PER.athlete
John Roberts	PER.politician
John Swinney	PER.politician
John Thune	PER.politician
Johnny Cash	PER.artist
Johnny Depp	PER.artist
Jokic	PER.athlete	Nikola Jokić
Jokić	PER.athlete	Nikola Jokić
Joko Widodo	PER.politician
Joko Winterscheidt	PER.artist
Jokowi	PER.politician	Joko Widodo
Jon Fosse	PER.artist
Jonas Folger	PER.athlete
Jonas Gahr Støre	PER.politician
Jonas Kaufmann	PER.artist
Jonas Vingegaard	PER.athlete
Jonathan Tah	PER.athlete
Joop	PER.artist	Wolfgang Joop
Jordan Bardella	PER.politician
Jorge Luis Borges	PER.artist
Jorge Mario Bergoglio	PER	Franziskus
Joschka Fischer	PER.politician
Jose Mourinho	PER.athlete	José Mourinho
Josef Ackermann	PER.business
Josef Christ	PER.politician
Josef Göppel	PER.politician
Josef Mengele	PER
Josef Oster	PER.politician
Josef Schmid	PER.politician
Josef Schuster	PER
Josef Stalin	PER.politician
Josefine Paul	PER.politician
Josep Borrell	PER.politician
Joseph Beuys	PER.artist
Joseph Biden	PER.politician	Joe Biden
Joseph Goebbels	PER
Joseph Haydn	PER.artist
Joseph R. Biden	PER.politician	Joe Biden
Joseph Ratzinger	PER
Joseph Roth	PER.artist
Josephine Ortleb	PER.politician
Josh Shapiro	PER.politician
Joshua Kimmich	PER.athlete
Joshua Wong	PER.politician
Josip Broz Tito	PER.politician
Josip Juratovic	PER.politician
José Luis Rodríguez Zapatero	PER.politician
José Manuel Barroso	PER.politician
José María Aznar	PER.politician
José Mourinho	PER.athlete
José Raúl Mulino	PER.politician
Juan Guaidó	PER.politician
Jude Bellingham	PER.athlete
Judith Gerlach	PER.politician
Judith Skudelny	PER.politician
Judith Williams	PER.business
Juli Zeh	PER.artist
Julia Klöckner	PER.politician
Julia Nawalnaja	PER.politician
Julia Roberts	PER.artist
Julia Timoschenko	PER.politician	Julija Timoschenko
Julia Verlinden	PER.politician
Julia Willie Hamburg	PER.politician
Julian Assange	PER.politician
Julian Brandt	PER.athlete
Julian Nagelsmann	PER.athlete
Julian Nida-Rümelin	PER.politician
Julian Reichelt	PER.business
Julija Swyrydenko	PER.politician
Julija Timoschenko	PER.politician
Julius Caesar	PER
Juncker	PER.politician	Jean-Claude Juncker
Jupp Derwall	PER.athlete
Jupp Heynckes	PER.athlete
Juri Gagarin	PER.scientist
Juri Knorr	PER.athlete
Juri Uschakow	PER.politician
Juschtschenko	PER.politician	Viktor Juschtschenko
Justin Bieber	PER.artist
Justin Trudeau	PER.politician
Jutta Limbach	PER.politician
Jutta Paulus	PER.politician
Jutta Steinruck	PER.politician
Jérôme Boateng	PER.athlete
Jörg Asmussen	PER.politician
Jörg Bode	PER.politician
Jörg Cezanne	PER.politician
Jörg Dornau	PER.politician
Jörg Haider	PER.politician
Jörg Kachelmann	PER
Jörg Kukies	PER.politician
Jörg Meuthen	PER.politician
Jörg Schönbohm	PER.politician
Jörg Steinbach	PER.politician
Jörg Urban	PER.politician
Jörg Vogelsänger	PER.politician
Jörg Vollmer	PER.politician
Jörg Ziercke	PER.politician
Jörg-Uwe Hahn	PER.politician
Jörn König	PER.politician
Jürgen Barke	PER.politician
Jürgen Braun	PER.politician
Jürgen Dupper	PER.politician
Jürgen Habermas	PER.scientist
Jürgen Hardt	PER.politician
Jürgen Klemann	PER.politician
Jürgen Klinsmann	PER.athlete
Jürgen Klopp	PER.athlete
Jürgen Kohler	PER.athlete
Jürgen Koppelin	PER.politician
Jürgen Krogmann	PER.politician
Jürgen Möllemann	PER.politician
Jürgen Pohl	PER.politician
Jürgen Roters	PER.politician
Jürgen Rüttgers	PER.politician
Jürgen Schrempp	PER.business
Jürgen Stark	PER.politician
Jürgen Trittin	PER.politician
Jürgen Vogel	PER.artist
Jürgen W. Möllemann	PER.politician
Jürgen Walter	PER.politician
Kabayel	PER.athlete	Agit Kabayel
Kaczynski	PER.politician	Jarosław Kaczyński
Kaczyński	PER.politician	Jarosław Kaczyński
Kadyrow	PER.politician	Ramsan Kadyrow
Kaeser	PER.business	Joe Kaeser
Kafka	PER.artist	Franz Kafka
Kagame	PER.politician	Paul Kagame
Kai Gehring	PER.politician
Kai Havertz	PER.athlete
Kai Klose	PER.politician
Kai Wegner	PER.politician
Kai Whittaker	PER.politician
Kais Saied	PER.politician
Kaiserin Sisi	PER	Elisabeth von Österreich
Kaja Kallas	PER.politician
Kajo Breuer	PER.politician
Kajo Wasserhövel	PER.politician
Kallas	PER.politician	Kaja Kallas
Kamala Harris	PER.politician
Kamil Stoch	PER.athlete
Kaminer	PER.artist	Wladimir Kaminer
Kandinsky	PER.artist	Wassily Kandinsky
Kant	PER.scientist	Immanuel Kant
Kanye West	PER.artist
Karadzic	PER.politician	Radovan Karadžić
Karadžić	PER.politician	Radovan Karadžić
Karajan	PER.artist	Herbert von Karajan
Karamba Diaby	PER.politician
Karen Pein	PER.politician
Karikó	PER.scientist	Katalin Karikó
Karim Adeyemi	PER.athlete
Karim Benzema	PER.athlete
Karim Khan	PER.politician
Karin Keller-Sutter	PER.politician
Karin Maag	PER.politician
Karin Prien	PER.politician
Karin Strenz	PER.politician
Karin Welge	PER.politician
Karl Albrecht	PER.business
Karl Blessing	PER.politician
Karl Carstens	PER.politician
Karl der Große	PER
Karl Diller	PER.politician
Karl Friedrich Schinkel	PER.artist
Karl Geiger	PER.athlete
Karl Lagerfeld	PER.artist
Karl Lauterbach	PER.politician
Karl Liebknecht	PER
Karl Marx	PER.scientist
Karl May	PER.artist
Karl Nehammer	PER.politician
Karl Otto Pöhl	PER.politician
Karl Popper	PER.scientist
Karl Schiller	PER.politician
Karl-Heinz Brunner	PER.politician
Karl-Heinz Grasser	PER
Karl-Heinz Rummenigge	PER.athlete
Karl-Josef Laumann	PER.politician
Karl-Peter Bruch	PER.politician
Karl-Theodor zu Guttenberg	PER.politician
Karlheinz Stockhausen	PER.artist
Karlheinz Weimar	PER.politician
Karliczek	PER.politician	Anja Karliczek
Karol Nawrocki	PER.politician
Karol Wojtyla	PER	Karol Wojtyła
Karol Wojtyła	PER
Karoline Herfurth	PER.artist
Karoline Leavitt	PER.politician
Karoline Linnert	PER.politician
Karsai	PER.politician	Hamid Karsai
Karsten Hilse	PER.politician
Karsten Klein	PER.politician
Karsten Wildberger	PER.politician
Kash Patel	PER.politician
Kasparow	PER.politician	Garri Kasparow
Kasper Rorsted	PER.business
Kassem Taher Saleh	PER.politician
Kassym-Schomart Tokajew	PER.politician
Katalin Karikó	PER.scientist
Katalin Novák	PER.politician
Katarina Barley	PER.politician
Katarina Witt	PER.athlete
Kate Middleton	PER.politician
Katharina Binz	PER.politician
Katharina die Große	PER
Katharina Dröge	PER.politician
Katharina Fegebank	PER.politician
Katharina Günther-Wünsch	PER.politician
Katharina Hennig	PER.athlete
Katharina Pötter	PER.politician
Katharina Schenk	PER.politician
Katharina Schmid	PER.athlete
Katharina Schulze	PER.politician
Katherina Reiche	PER.politician
Kathrin Moosdorf	PER.politician
Kathrin Schneider	PER.politician
Kathrin Vogler	PER.politician
Kathrin Wahlmann	PER.politician
Kathy Hochul	PER.politician
Kati Wilhelm	PER.athlete
Katie Ledecky	PER.athlete
Katja Adler	PER.politician
Katja Dörner	PER.politician
Katja Kipping	PER.politician
Katja Leikert	PER.politician
Katja Mast	PER.politician
Katja Meier	PER.politician
Katja Suding	PER.politician
Katja Wolf	PER.politician
Katrin Albsteiger	PER.politician
Katrin Altpeter	PER.politician
Katrin Budde	PER.politician
Katrin Ebner-Steiner	PER.politician
Katrin Eder	PER.politician
Katrin Göring-Eckardt	PER.politician
Katrin Lange	PER.politician
Kauder	PER.politician	Volker Kauder
Kavanaugh	PER.politician	Brett Kavanaugh
Kaweh Mansoori	PER.politician
Kay Nehm	PER.politician
Kaymer	PER.athlete	Martin Kaymer
Kazuo Ishiguro	PER.artist
Keanu Reeves	PER.artist
Kehlmann	PER.artist	Daniel Kehlmann
Keir Starmer	PER.politician
Keith Kellogg	PER.politician
Keith Richards	PER.artist
Keke Rosberg	PER.athlete
Kekulé	PER.politician	Alexander Kekulé
Keller-Sutter	PER.politician	Karin Keller-Sutter
Kemal Kılıçdaroğlu	PER.politician
Kemi Badenoch	PER.politician
Kemmerich	PER.politician	Thomas Kemmerich
Kendrick Lamar	PER.artist
Kenyatta	PER.politician	Uhuru Kenyatta
Kepler	PER.scientist	Johannes Kepler
Kerber	PER.athlete	Angelique Kerber
Kerkeling	PER.artist	Hape Kerkeling
Kermani	PER.artist	Navid Kermani
Kerstin Claus	PER.politician
Kerstin Griese	PER.politician
Kerstin Müller	PER.politician
Kerstin Radomski	PER.politician
Kerstin Schreyer	PER.politician
Kerstin Vieregge	PER.politician
Kerstin von der Decken	PER.politician
Kevin De Bruyne	PER.athlete
Kevin Durant	PER.athlete
Kevin Kühnert	PER.politician
Kevin McCarthy	PER.politician
Kevin Spacey	PER.artist
Kevin-Prince Boateng	PER.athlete
Keynes	PER.scientist	John Maynard Keynes
Khamenei	PER.politician	Ali Chamenei
Khedira	PER.athlete	Sami Khedira
Khomeini	PER.politician	Ruhollah Chomeini
Kickl	PER.politician	Herbert Kickl
Kiesewetter	PER.politician	Roderich Kiesewetter
Kiesinger	PER.politician	Kurt Georg Kiesinger
Kilicdaroglu	PER.politician	Kemal Kılıçdaroğlu
Kim Il Sung	PER.politician	Kim Il-sung
Kim Il-sung	PER.politician
Kim Jong Il	PER.politician	Kim Jong-il
Kim Jong Un	PER.politician	Kim Jong-un
Kim Jong-il	PER.politician
Kim Jong-un	PER.politician
Kim Yo Jong	PER.politician	Kim Yo-jong
Kim Yo-jong	PER.politician
Kimi Antonelli	PER.athlete
Kimi Raikkonen	PER.athlete	Kimi Räikkönen
Kimi Räikkönen	PER.athlete
Kimmich	PER.athlete	Joshua Kimmich
Kinkel	PER.politician	Klaus Kinkel
Kinski	PER.artist	Klaus Kinski
Kipchoge	PER.athlete	Eliud Kipchoge
Kipping	PER.politician	Katja Kipping
Kira Weidle	PER.athlete
Kirill Petrenko	PER.artist
Kirsten Fehrs	PER
Kirsten Kappert-Gonther	PER.politician
Kirsty Coventry	PER.athlete
Kishida	PER.politician	Fumio Kishida
Kissinger	PER.politician	Henry Kissinger
Klaas Heufer-Umlauf	PER.artist
Klara Bühl	PER.athlete
Klara Geywitz	PER.politician
Klatten	PER.business	Susanne Klatten
Klaus Bouillon	PER.politician
Klaus Ernst	PER.politician
Klaus Hasselmann	PER.scientist
Klaus Holetschek	PER.politician
Klaus Iohannis	PER.politician
Klaus Johannis	PER.politician	Klaus Iohannis
Klaus Kinkel	PER.politician
Klaus Kinski	PER.artist
Klaus Kleinfeld	PER.business
Klaus Landowsky	PER.politician
Klaus Lederer	PER.politician
Klaus Mann	PER.artist
Klaus Mohrs	PER.politician
Klaus Müller	PER.politician
Klaus Naumann	PER.politician
Klaus Schütz	PER.politician
Klaus Stöhr	PER.politician
Klaus Töpfer	PER.politician
Klaus von Dohnanyi	PER.politician
Klaus Wowereit	PER.politician
Klaus-Dieter Fritsche	PER.politician
Klaus-Dieter Gröhler	PER.politician
Klaus-Michael Kühne	PER.business
Kleber	PER.artist	Claus Kleber
Kleopatra	PER
Klestil	PER.politician	Thomas Klestil
Klingbeil	PER.politician	Lars Klingbeil
Klinsmann	PER.athlete	Jürgen Klinsmann
Klopp	PER.athlete	Jürgen Klopp
Klose	PER.athlete	Miroslav Klose
Klosterhalfen	PER.athlete	Konstanze Klosterhalfen
Klum	PER.artist	Heidi Klum
Klæbo	PER.athlete	Johannes Klæbo
Klöckner	PER.politician	Julia Klöckner
Klüssendorf	PER.politician	Tim Klüssendorf
Knobloch	PER	Charlotte Knobloch
Knut Abraham	PER.politician
Kobe Bryant	PER.athlete
Kofi Annan	PER.politician
Kogler	PER.politician	Werner Kogler
Kollegah	PER.artist
Kollwitz	PER.artist	Käthe Kollwitz
Kolumbus	PER	Christoph Kolumbus
Kompany	PER.athlete	Vincent Kompany
Konrad Adenauer	PER.politician
Konrad Zuse	PER.scientist
Konstantin Kuhle	PER.politician
Konstantin von Notz	PER.politician
Konstanze Klosterhalfen	PER.athlete
Kopernikus	PER.scientist	Nikolaus Kopernikus
Kramp-Karrenbauer	PER.politician	Annegret Kramp-Karrenbauer
Krebber	PER.business	Markus Krebber
Kreisky	PER.politician	Bruno Kreisky
Krenz	PER.politician	Egon Krenz
Kretschmann	PER.politician	Winfried Kretschmann
Kretschmer	PER.politician	Michael Kretschmer
Kretzschmar	PER.athlete	Stefan Kretzschmar
Krista Sager	PER.politician
Kristalina Georgieva	PER.politician	Kristalina Georgiewa
Kristalina Georgiewa	PER.politician
Kristen Michal	PER.politician
Kristersson	PER.politician	Ulf Kristersson
Kristi Noem	PER.politician
Kristin Alheit	PER.politician
Kristin Brinker	PER.politician
Kristin Pudenz	PER.athlete
Kristina Schröder	PER.politician
Kristina Sinemus	PER.politician
Kristina Vogel	PER.athlete
Kristina Vogt	PER.politician
Kristine Lütke	PER.politician
Kristrún Frostadóttir	PER.politician
Kroos	PER.athlete	Toni Kroos
Ksenija Bekeris	PER.politician
Kubicki	PER.politician	Wolfgang Kubicki
Kubrick	PER.artist	Stanley Kubrick
Kukies	PER.politician	Jörg Kukies
Kuleba	PER.politician	Dmytro Kuleba
Kurt Beck	PER.politician
Kurt Biedenkopf	PER.politician
Kurt Bodewig	PER.politician
Kurt Cobain	PER.artist
Kurt Faltlhauser	PER.politician
Kurt Georg Kiesinger	PER.politician
Kurt Gribl	PER.politician
Kurt Schumacher	PER.politician
Kurt Tucholsky	PER.artist
Kurt Waldheim	PER.politician
Kurt Weill	PER.artist
Kurti	PER.politician	Albin Kurti
Kushner	PER.politician	Jared Kushner
Kwaśniewski	PER.politician	Aleksander Kwaśniewski
Kylian Mbappe	PER.athlete	Kylian Mbappé
Kylian Mbappé	PER.athlete
Kyriakos Mitsotakis	PER.politician
Kyrylo Budanow	PER.politician
Källenius	PER.business	Ola Källenius
Käßmann	PER	Margot Käßmann
Kästner	PER.artist	Erich Kästner
Käthe Kollwitz	PER.artist
Kühnert	PER.politician	Kevin Kühnert
Künast	PER.politician	Renate Künast
Kılıçdaroğlu	PER.politician	Kemal Kılıçdaroğlu
Lady Diana	PER.politician
Lady Gaga	PER.artist
Lafontaine	PER.politician	Oskar Lafontaine
Lagarde	PER.politician	Christine Lagarde
Lagerfeld	PER.artist	Karl Lagerfeld
Lahm	PER.athlete	Philipp Lahm
Lai Ching-te	PER.politician
Lambrecht	PER.politician	Christine Lambrecht
Lambsdorff	PER.politician	Otto Graf Lambsdorff
Lamine Yamal	PER.athlete
Lammert	PER.politician	Norbert Lammert
Lammy	PER.politician	David Lammy
Lampard	PER.athlete	Frank Lampard
Lance Armstrong	PER.athlete
Lando Norris	PER.athlete
Lanz	PER.artist	Markus Lanz
Lapid	PER.politician	Jair Lapid
Lara Gut	PER.athlete	Lara Gut-Behrami
Lara Gut-Behrami	PER.athlete
Larry Ellison	PER.business
Larry Fink	PER.business
Larry Page	PER.business
Lars Castellucci	PER.politician
Lars Eidinger	PER.artist
Lars Feld	PER.politician
Lars Harms	PER.politician
Lars Klingbeil	PER.politician
Lars Løkke Rasmussen	PER.politician
Lars Ricken	PER.athlete
Lars Rohwer	PER.politician
Laschet	PER.politician	Armin Laschet
Lauda	PER.athlete	Niki Lauda
Laura Dahlmeier	PER.athlete
Laura Nolte	PER.athlete
Laurenz Meyer	PER.politician
Lauterbach	PER.politician	Karl Lauterbach
Lawrence Wong	PER.politician
Lawrow	PER.politician	Sergej Lawrow
Le Pen	PER.politician	Marine Le Pen
Lea Schüller	PER.athlete
Lea Sophie Friedrich	PER.athlete
Leavitt	PER.politician	Karoline Leavitt
LeBron James	PER.athlete
Lech Kaczyński	PER.politician
Lech Walesa	PER.politician	Lech Wałęsa
Lech Wałęsa	PER.politician
Leclerc	PER.athlete	Charles Leclerc
Lecornu	PER.politician	Sébastien Lecornu
Lee Carsley	PER.athlete
Lee Jae-myung	PER.politician
Lee Jae-yong	PER.business
Leibniz	PER.scientist	Gottfried Wilhelm Leibniz
Leif-Erik Holm	PER.politician
Lena Dürr	PER.athlete
Lena Kreck	PER.politician
Lena Meyer-Landrut	PER.artist
Lena Oberdorf	PER.athlete
Lendl	PER.athlete	Ivan Lendl
Leni Breymaier	PER.politician
Leni Riefenstahl	PER.artist
Lenin	PER.politician	Wladimir Lenin
Lennard Kämna	PER.athlete
Lennon	PER.artist	John Lennon
Leo Tolstoi	PER.artist
Leo Trotzki	PER.politician
Leo Varadkar	PER.politician
Leon Draisaitl	PER.athlete
Leon Goretzka	PER.athlete
Leonard Cohen	PER.artist
Leonardo da Vinci	PER.artist
Leonardo DiCaprio	PER.artist
Leonhard Birnbaum	PER.business
Leonid Breschnew	PER.politician
Leroy Sane	PER.athlete	Leroy Sané
Leroy Sané	PER.athlete
Lessing	PER.artist	Gotthold Ephraim Lessing
Leuthard	PER.politician	Doris Leuthard
Leutheusser-Schnarrenberger	PER.politician	Sabine Leutheusser-Schnarrenberger
Lew Tolstoi	PER.artist	Leo Tolstoi
Lewandowski	PER.athlete	Robert Lewandowski
Lewis Hamilton	PER.athlete
Li Keqiang	PER.politician
Li Qiang	PER.politician
Liam Lawson	PER.athlete
Lieberknecht	PER.politician	Christine Lieberknecht
Liebknecht	PER	Karl Liebknecht
Liefers	PER.artist	Jan Josef Liefers
Lincoln	PER.politician	Abraham Lincoln
Linda Teuteberg	PER.politician
Linda Yaccarino	PER.business
Lindenberg	PER.artist	Udo Lindenberg
Lindgren	PER.artist	Astrid Lindgren
Lindner	PER.politician	Christian Lindner
Lindsey Graham	PER.politician
Lindsey Vonn	PER.athlete
Linnemann	PER.politician	Carsten Linnemann
Linus Straßer	PER.athlete
Lionel Messi	PER.athlete
Lipowitz	PER.athlete	Florian Lipowitz
Lisa Badum	PER.politician
Lisa Paus	PER.politician
Lise Meitner	PER.scientist
Lisicki	PER.athlete	Sabine Lisicki
Liz Cheney	PER.politician
Liz Mohn	PER.business
Liz Truss	PER.politician
Lloyd Austin	PER.politician
Lorenz Caffier	PER.politician
Lorenz Gösta Beutin	PER.politician
Loriot	PER.artist
Lothar Binding	PER.politician
Lothar Bisky	PER.politician
Lothar de Maizière	PER.politician
Lothar Matthäus	PER.athlete
Lothar Späth	PER.politician
Lothar Wieler	PER.politician
Louis Klamroth	PER.artist
Louisa Specht-Riemenschneider	PER.politician
Lubitsch	PER.artist	Ernst Lubitsch
Luc Frieden	PER.politician
Lucas Cranach	PER.artist
Lucia Puttrich	PER.politician
Luciano Pavarotti	PER.artist
Luciano Spalletti	PER.athlete
Ludger Volmer	PER.politician
Ludwig Erhard	PER.politician
Ludwig Hartmann	PER.politician
Ludwig Mies van der Rohe	PER.artist
Ludwig Spaenle	PER.politician
Ludwig Stiegler	PER.politician
Ludwig van Beethoven	PER.artist
Ludwig Wittgenstein	PER.scientist
Luhmann	PER.scientist	Niklas Luhmann
Luigi Pantisano	PER.politician
Luis Arce	PER.politician
Luis Enrique	PER.athlete
Luisa Neubauer	PER.politician
Luiz Inacio Lula da Silva	PER.politician	Luiz Inácio Lula da Silva
Luiz Inácio Lula da Silva	PER.politician
Luka Doncic	PER.athlete	Luka Dončić
Luka Dončić	PER.athlete
Luka Modric	PER.athlete	Luka Modrić
Luka Modrić	PER.athlete
Lukas Krieger	PER.politician
Lukas Köhler	PER.politician
Lukas Märtens	PER.athlete
Lukas Podolski	PER.athlete
Lukaschenko	PER.politician	Alexander Lukaschenko
Lula	PER.politician	Luiz Inácio Lula da Silva
Lula da Silva	PER.politician	Luiz Inácio Lula da Silva
Lutnick	PER.politician	Howard Lutnick
Lutz Lienenkämper	PER.politician
Lutz Trümper	PER.politician
Luís Montenegro	PER.politician
Lydia Hüskens	PER.politician
Lyndon B. Johnson	PER.politician
López Obrador	PER.politician	Andrés Manuel López Obrador
Lückenkemper	PER.athlete	Gina Lückenkemper
Lüpertz	PER.artist	Markus Lüpertz
Ma Long	PER.athlete
Ma Ying-jeou	PER.politician
Maaßen	PER.politician	Hans-Georg Maaßen
Macky Sall	PER.politician
Macri	PER.politician	Mauricio Macri
Macron	PER.politician	Emmanuel Macron
Madeleine Albright	PER.politician
Madeleine McCann	PER
Madonna	PER.artist
Maduro	PER.politician	Nicolás Maduro
Maffay	PER.artist	Peter Maffay
Magath	PER.athlete	Felix Magath
Magdalena Andersson	PER.politician
Magdalena Neuner	PER.athlete
Magic Johnson	PER.athlete
Magnus Brunner	PER.politician
Magnus Carlsen	PER.athlete
Magnus Jung	PER.politician
Mahatma Gandhi	PER.politician
Mahler	PER.artist	Gustav Mahler
Mahmoud Abbas	PER.politician	Mahmud Abbas
Mahmud Abbas	PER.politician
Mahmud Ahmadinedschad	PER.politician
Mahmut Özdemir	PER.politician
Mai Thi Nguyen-Kim	PER.artist
Maia Sandu	PER.politician
Maike Kohl-Richter	PER.politician
Maike Schaefer	PER.politician
Maischberger	PER.artist	Sandra Maischberger
Maja Wallstein	PER.politician
Malaika Mihambo	PER.athlete
Malcolm X	PER
Maldini	PER.athlete	Paolo Maldini
Malte Kaufmann	PER.politician
Malu Dreyer	PER.politician
Mamdani	PER.politician	Zohran Mamdani
Mandela	PER.politician	Nelson Mandela
Manfred Grund	PER.politician
Manfred Kanther	PER.politician
Manfred Knof	PER.business
Manfred Pentz	PER.politician
Manfred Rommel	PER.politician
Manfred Stolpe	PER.politician
Manfred Weber	PER.politician
Manfred Wörner	PER.politician
Manja Schreiner	PER.politician
Manja Schüle	PER.politician
Manne Lucha	PER.politician
Manuel Hagel	PER.politician
Manuel Neuer	PER.athlete
Manuela Schwesig	PER.politician
Mao	PER.politician	Mao Zedong
Mao Tse-tung	PER.politician	Mao Zedong
Mao Zedong	PER.politician
Mappus	PER.politician	Stefan Mappus
Maradona	PER	Diego Maradona
Marc Bernhard	PER.politician
Marc Biadacz	PER.politician
Marc Buchholz	PER.politician
Marc Henrichmann	PER.politician
Marc Herter	PER.politician
Marc Jongen	PER.politician
Marc Marquez	PER.athlete	Marc Márquez
Marc Márquez	PER.athlete
Marc-André ter Stegen	PER.athlete
Marc-Uwe Kling	PER.artist
Marcel Ciolacu	PER.politician
Marcel Fratzscher	PER.politician
Marcel Hirscher	PER.athlete
Marcel Huber	PER.politician
Marcel Kittel	PER.athlete
Marcel Philipp	PER.politician
Marcel Proust	PER.artist
Marcelo Rebelo de Sousa	PER.politician
Marco Buschmann	PER.politician
Marco Bülow	PER.politician
Marco Odermatt	PER.athlete
Marco Polo	PER
Marco Reus	PER.athlete
Marco Rose	PER.athlete
Marco Rubio	PER.politician
Marco Tullner	PER.politician
Marco Wanderwitz	PER.politician
Marcus Bühl	PER.politician
Marcus Faber	PER.politician
Marcus König	PER.politician
Marcus Optendrenk	PER.politician
Marcus Rashford	PER.athlete
Marcus Weinberg	PER.politician
Mareike Wulf	PER.politician
Margaret Atwood	PER.artist
Margaret Thatcher	PER.politician
Margot Käßmann	PER
Margot Robbie	PER.artist
Margrethe Vestager	PER.politician
Maria Böhmer	PER.politician
Maria Flachsbarth	PER.politician
Maria Höfl-Riesch	PER.athlete
Maria Klein-Schmeink	PER.politician
Maria Kolesnikowa	PER.politician
Maria Magdalena	PER
Maria Riesch	PER.athlete	Maria Höfl-Riesch
Maria Sacharowa	PER.politician
Maria Scharapowa	PER.athlete
Maria Sharapova	PER.athlete	Maria Scharapowa
Mariama Jamanka	PER.athlete
Marian Wendt	PER.politician
Marianne Birthler	PER.politician
Mariano Rajoy	PER.politician
Marie Antoinette	PER
Marie Curie	PER.scientist
Marie-Agnes Strack-Zimmermann	PER.politician
Marie-Luise Dött	PER.politician
Marieluise Beck	PER.politician
Marietta Slomka	PER.artist
Marilyn Monroe	PER.artist
Marine Le Pen	PER.politician
Mario Adorf	PER.artist
Mario Czaja	PER.politician
Mario Draghi	PER.politician
Mario Götze	PER.athlete
Mario Vargas Llosa	PER.artist
Mario Voigt	PER.politician
Marion Gentges	PER.politician
Marion Maréchal	PER.politician
Marissa Mayer	PER.business
Marius Müller-Westernhagen	PER.artist
Marja-Liisa Völlers	PER.politician
Mark Branson	PER.politician
Mark Carney	PER.politician
Mark Forster	PER.artist
Mark Hauptmann	PER.politician
Mark Helfrich	PER.politician
Mark Nzeocha	PER.athlete
Mark Rutte	PER.politician
Mark Twain	PER.artist
Mark Zuckerberg	PER.business
Marko Arnautović	PER.athlete
Markus Blume	PER.politician
Markus Braun	PER.business
Markus Eisenbichler	PER.athlete
Markus Ferber	PER.politician
Markus Frohnmaier	PER.politician
Markus Grübel	PER.politician
Markus Kamieth	PER.business
Markus Kerber	PER.politician
Markus Krebber	PER.business
Markus Lanz	PER.artist
Markus Lewe	PER.politician
Markus Lüpertz	PER.artist
Markus Reisner	PER.politician
Markus Rinderspacher	PER.politician
Markus Söder	PER.politician
Markus Ulbig	PER.politician
Markus Wagner	PER.politician
Markus Wolf	PER.politician
Marlene Dietrich	PER.artist
Marlon Brando	PER.artist
Maros Sefcovic	PER.politician	Maroš Šefčovič
Maroš Šefčovič	PER.politician
Marsalek	PER.business	Jan Marsalek
Marta Kos	PER.politician
Martin Ansbacher	PER.politician
Martin Bangemann	PER.politician
Martin Blessing	PER.business
Martin Bormann	PER
Martin Brudermüller	PER.business
Martin Dulig	PER.politician
Martin Fourcade	PER.athlete
Martin Günthner	PER.politician
Martin Hagen	PER.politician
Martin Heidegger	PER.scientist
Martin Hikel	PER.politician
Martin Horn	PER.politician
Martin Huber	PER.politician
Martin Kaymer	PER.athlete
Martin Lindner	PER.politician
Martin Luther	PER
Martin Luther King	PER
Martin Pfister	PER.politician
Martin Plum	PER.politician
Martin Reichardt	PER.politician
Martin Rosemann	PER.politician
Martin Schirdewan	PER.politician
Martin Schmitt	PER.athlete
Martin Schulz	PER.politician
Martin Scorsese	PER.artist
Martin Sellner	PER.politician
Martin Selmayr	PER.politician
Martin Sichert	PER.politician
Martin Vincentz	PER.politician
Martin Walser	PER.artist
Martin Winterkorn	PER.business
Martina Englhardt-Kopf	PER.politician
Martina Fietz	PER.politician
Martina Navratilova	PER.athlete
Martina Renner	PER.politician
Martina Rosenberg	PER.politician
Martina Voss-Tecklenburg	PER.athlete
Mary Barra	PER.business
Mary Lou McDonald	PER.politician
Maryam Blumenthal	PER.politician
María Corina Machado	PER.politician
Masala	PER.politician	Carlo Masala
Masayoshi Son	PER.business
Maschmeyer	PER.business	Carsten Maschmeyer
Masoud Pezeshkian	PER.politician	Massud Peseschkian
Massud Peseschkian	PER.politician
Mateschitz	PER.business	Dietrich Mateschitz
Mateusz Morawiecki	PER.politician
Mathias Brodkorb	PER.politician
Mathias Döpfner	PER.business
Mathias Middelberg	PER.politician
Mathias Papendieck	PER.politician
Mathias Stein	PER.politician
Mathias Wagner	PER.politician
Mathieu van der Poel	PER.athlete
Mats Hummels	PER.athlete
Mattarella	PER.politician	Sergio Mattarella
Matteo Renzi	PER.politician
Matteo Salvini	PER.politician
Matthias Bartke	PER.politician
Matthias Hauer	PER.politician
Matthias Helferich	PER.politician
Matthias Ilgen	PER.politician
Matthias Kollatz	PER.politician
Matthias Machnig	PER.politician
Matthias Maurer	PER.scientist
Matthias Miersch	PER.politician
Matthias Platzeck	PER.politician
Matthias Rößler	PER.politician
Matthias Sammer	PER.athlete
Matthias Schweighöfer	PER.artist
Matthias Zimmer	PER.politician
Matthäus	PER.athlete	Lothar Matthäus
Mattia Binotto	PER.athlete
Mauricio Macri	PER.politician
Max Born	PER.scientist
Max Eberl	PER.athlete
Max Ernst	PER.artist
Max Horkheimer	PER.scientist
Max Liebermann	PER.artist
Max Lucks	PER.politician
Max Planck	PER.scientist
Max Raabe	PER.artist
Max Schmeling	PER.athlete
Max Stadler	PER.politician
Max Straubinger	PER.politician
Max Streibl	PER.politician
Max Verstappen	PER.athlete
Max Weber	PER.scientist
Maximilian Funke-Kaiser	PER.politician
Maximilian Krah	PER.politician
Maximilian Levy	PER.athlete
Maximilian Mittelstädt	PER.athlete
Maximilian Mörseburg	PER.politician
Maybrit Illner	PER.artist
Mayorkas	PER.politician	Alejandro Mayorkas
Mbappe	PER.athlete	Kylian Mbappé
Mbappé	PER.athlete	Kylian Mbappé
MBS	PER.politician	Mohammed bin Salman
McAllister	PER.politician	David McAllister
McCain	PER.politician	John McCain
McCartney	PER.artist	Paul McCartney
McConnell	PER.politician	Mitch McConnell
McEnroe	PER.athlete	John McEnroe
Mechthild Heil	PER.politician
Mechthild Ross-Luttmann	PER.politician
Medwedew	PER.politician	Dmitri Medwedew
Megan Rapinoe	PER.athlete
Meghan Markle	PER.politician
Meinhof	PER	Ulrike Meinhof
Meinl-Reisinger	PER.politician	Beate Meinl-Reisinger
Meitner	PER.scientist	Lise Meitner
Melania Trump	PER.politician
Melanie Bernstein	PER.politician
Melanie Brinkmann	PER.politician
Melanie Huml	PER.politician
Melanie Leonhard	PER.politician
Melanie Schlotzhauer	PER.politician
Melenchon	PER.politician	Jean-Luc Mélenchon
Melf Grantz	PER.politician
Meloni	PER.politician	Giorgia Meloni
Menachem Begin	PER.politician
Mendelssohn	PER.artist	Felix Mendelssohn Bartholdy
Mengele	PER	Josef Mengele
Merkel	PER.politician	Angela Merkel
Merle Frohms	PER.athlete
Merle Spellerberg	PER.politician
Merrick Garland	PER.politician
Mertesacker	PER.athlete	Per Mertesacker
Meryl Streep	PER.artist
Merz	PER.politician	Friedrich Merz
Messi	PER.athlete	Lionel Messi
Mesut Oezil	PER.athlete	Mesut Özil
Mesut Özil	PER.athlete
Metin Hakverdi	PER.politician
Metsola	PER.politician	Roberta Metsola
Mette Frederiksen	PER.politician
Meuthen	PER.politician	Jörg Meuthen
Mevlüt Çavuşoğlu	PER.politician
Michael Ballack	PER.athlete
Michael Bloomberg	PER.business
Michael Bloss	PER.politician
Michael Boddenberg	PER.politician
Michael Brand	PER.politician
Michael Donth	PER.politician
Michael Dreier	PER.politician
Michael Ebling	PER.politician
Michael Eichberger	PER.politician
Michael Ende	PER.artist
Michael Frieser	PER.politician
Michael Fuchs	PER.politician
Michael Georg Link	PER.politician
Michael Gerdes	PER.politician
Michael Glos	PER.politician
Michael Gove	PER.politician
Michael Greis	PER.athlete
Michael Groschek	PER.politician
Michael Grosse-Brömer	PER.politician
Michael Haneke	PER.artist
Michael Hennrich	PER.politician
Michael Jackson	PER.artist
Michael Jordan	PER.athlete
Michael Kellner	PER.politician
Michael Kießling	PER.politician
Michael Kretschmer	PER.politician
Michael Kruse	PER.politician
Michael Ludwig	PER.politician
Michael Meister	PER.politician
Michael Müller	PER.politician
Michael Naumann	PER.politician
Michael Neumann	PER.politician
Michael Phelps	PER.athlete
Michael Piazolo	PER.politician
Michael Richter	PER.politician
Michael Roth	PER.politician
Michael Sack	PER.politician
Michael Schumacher	PER.athlete
Michael Sommer	PER.politician
Michael Stich	PER.athlete
Michael Stübgen	PER.politician
Michael Theurer	PER.politician
Michaela Kaniber	PER.politician
Michaela Noll	PER.politician
Michail Bulgakow	PER.artist
Michail Chodorkowski	PER.politician
Michail Gorbatschow	PER.politician
Michail Mischustin	PER.politician
Michel Barnier	PER.politician
Michel Houellebecq	PER.artist
Michel Platini	PER.athlete
Michelangelo	PER.artist
Michelle Bachelet	PER.politician
Michelle Müntefering	PER.politician
Michelle O'Neill	PER.politician
Michelle Obama	PER.politician
Micheál Martin	PER.politician
Mick Jagger	PER.artist
Mick Schumacher	PER.athlete
Mielke	PER.politician	Erich Mielke
Miersch	PER.politician	Matthias Miersch
Mies van der Rohe	PER.artist	Ludwig Mies van der Rohe
Miguel de Cervantes	PER.artist
Miguel Díaz-Canel	PER.politician
Miguel López	PER.business
Mihambo	PER.athlete	Malaika Mihambo
Mikaela Shiffrin	PER.athlete
Mike Johnson	PER.politician
Mike Josef	PER.politician
Mike Mohring	PER.politician
Mike Pence	PER.politician
Mike Pompeo	PER.politician
Mike Schubert	PER.politician
Mike Tyson	PER.athlete
Mike Waltz	PER.politician
Mikel Arteta	PER.athlete
Mikhail Gorbachev	PER.politician	Michail Gorbatschow
Mikl-Leitner	PER.politician	Johanna Mikl-Leitner
Milbradt	PER.politician	Georg Milbradt
Milei	PER.politician	Javier Milei
Miley Cyrus	PER.artist
Miliband	PER.politician	Ed Miliband
Milo Đukanović	PER.politician
Milorad Dodik	PER.politician
Milosevic	PER.politician	Slobodan Milošević
Miloš Zeman	PER.politician
Milošević	PER.politician	Slobodan Milošević
Milton Friedman	PER.scientist
Min Aung Hlaing	PER.politician
Miosga	PER.artist	Caren Miosga
Miriam Meßling	PER.politician
Miriam Staudte	PER.politician
Miroslav Klose	PER.athlete
Mischa Zverev	PER.athlete
Mischustin	PER.politician	Michail Mischustin
Mitch McConnell	PER.politician
Mitsotakis	PER.politician	Kyriakos Mitsotakis
Mitt Romney	PER.politician
Mittelstädt	PER.athlete	Maximilian Mittelstädt
Mitterrand	PER.politician	François Mitterrand
Mladic	PER.politician	Ratko Mladić
Mladić	PER.politician	Ratko Mladić
Mnangagwa	PER.politician	Emmerson Mnangagwa
Mo Salah	PER.athlete	Mohamed Salah
Modi	PER.politician	Narendra Modi
Modrić	PER.athlete	Luka Modrić
Modrow	PER.politician	Hans Modrow
Mogherini	PER.politician	Federica Mogherini
Mohamed bin Zayed	PER.politician	Mohammed bin Zayed
Mohamed Salah	PER.athlete
Mohammed bin Salman	PER.politician
Mohammed bin Salman Al Saud	PER.politician	Mohammed bin Salman
Mohammed bin Zayed	PER.politician
Mohammed Chatami	PER.politician
Mohammed Deif	PER.politician
Mohammed Dschawad Sarif	PER.politician
Mohammed Hamdan Daglo	PER.politician
Mohammed Mursi	PER.politician
Mohammed Mustafa	PER.politician
Mohandas Gandhi	PER.politician	Mahatma Gandhi
Mona Neubaur	PER.politician
Mondo Duplantis	PER.athlete
Monet	PER.artist	Claude Monet
Monica Seles	PER.athlete
Monika Bachmann	PER.politician
Monika Heinold	PER.politician
Monika Hermanns	PER.politician
Monika Herrmann	PER.politician
Monika Hohlmeier	PER.politician
Monika Schnitzer	PER.politician
Moon Jae-in	PER.politician
Morawiecki	PER.politician	Mateusz Morawiecki
Morgan Freeman	PER.artist
Moritz Bleibtreu	PER.artist
Moritz Geisreiter	PER.athlete
Moritz Seider	PER.athlete
Moritz Wagner	PER.athlete
Mourinho	PER.athlete	José Mourinho
Mozart	PER.artist	Wolfgang Amadeus Mozart
Muammar al-Gaddafi	PER.politician
Muammar Gaddafi	PER.politician	Muammar al-Gaddafi
Mubarak	PER.politician	Hosni Mubarak
Mugabe	PER.politician	Robert Mugabe
Muhammad Ali	PER.athlete
Muhammad Yunus	PER.politician
Muhammadu Buhari	PER.politician
Muhanad Al-Halak	PER.politician
Muhterem Aras	PER.politician
Mukesh Ambani	PER.business
Mullah Omar	PER.politician
Murakami	PER.artist	Haruki Murakami
Mursi	PER.politician	Mohammed Mursi
Museveni	PER.politician	Yoweri Museveni
Musiala	PER.athlete	Jamal Musiala
Musil	PER.artist	Robert Musil
Musk	PER.business	Elon Musk
Mussolini	PER.politician	Benito Mussolini
Mustafa Güngör	PER.politician
Mustafa Kemal Atatürk	PER.politician
Mutter Teresa	PER
Mélenchon	PER.politician	Jean-Luc Mélenchon
Möllemann	PER.politician	Jürgen Möllemann
Müntefering	PER.politician	Franz Müntefering
Mützenich	PER.politician	Rolf Mützenich
Nadal	PER.athlete	Rafael Nadal
Nadella	PER.business	Satya Nadella
Nadine Angerer	PER.athlete
Nadine Heselhaus	PER.politician
Nadine Schön	PER.politician
Naftali Bennett	PER.politician
Nagelsmann	PER.athlete	Julian Nagelsmann
Nahles	PER.politician	Andrea Nahles
Naidoo	PER.artist	Xavier Naidoo
Naim Kassem	PER.politician
Nancy Faeser	PER.politician
Nancy Pelosi	PER.politician
Naomi Osaka	PER.athlete
Napoleon	PER	Napoleon Bonaparte
Napoleon Bonaparte	PER
Narendra Modi	PER.politician
Narges Mohammadi	PER.politician
Naruhito	PER.politician
Naryschkin	PER.politician	Sergej Naryschkin
Nasrallah	PER.politician	Hassan Nasrallah
Nastassja Kinski	PER.artist
Natalie Geisenberger	PER.athlete
Natalie Pawlik	PER.politician
Natascha Kampusch	PER
Natascha Kohnen	PER.politician
Nathanael Liminski	PER.politician
Nausėda	PER.politician	Gitanas Nausėda
Navid Kermani	PER.artist
Navratilova	PER.athlete	Martina Navratilova
Nawalnaja	PER.politician	Julia Nawalnaja
Nawalny	PER.politician	Alexej Nawalny
Nawaz Sharif	PER.politician
Nawrocki	PER.politician	Karol Nawrocki
Nayib Bukele	PER.politician
Nehammer	PER.politician	Karl Nehammer
Nehru	PER.politician	Jawaharlal Nehru
Neil Armstrong	PER.scientist
Nelly Sachs	PER.artist
Nelson Mandela	PER.politician
Nemzow	PER.politician	Boris Nemzow
Nena	PER.artist
Neo Rauch	PER.artist
Netanjahu	PER.politician	Benjamin Netanjahu
Netanyahu	PER.politician	Benjamin Netanjahu
Netrebko	PER.artist	Anna Netrebko
Netzer	PER.athlete	Günter Netzer
Neubauer	PER.politician	Luisa Neubauer
Neuendorf	PER.athlete	Bernd Neuendorf
Neureuther	PER.athlete	Felix Neureuther
Newsom	PER.politician	Gavin Newsom
Newton	PER.scientist	Isaac Newton
Neymar	PER.athlete
Nezahat Baradari	PER.politician
Ngozi Okonjo-Iweala	PER.politician
Nia Künzer	PER.athlete
Nick Woltemade	PER.athlete
Niclas Füllkrug	PER.athlete
Nico Hulkenberg	PER.athlete	Nico Hülkenberg
Nico Hülkenberg	PER.athlete
Nico Lange	PER.politician
Nico Rosberg	PER.athlete
Nico Schlotterbeck	PER.athlete
Nicola Beer	PER.politician
Nicola Böcker-Giannini	PER.politician
Nicola Sturgeon	PER.politician
Nicolas Maduro	PER.politician	Nicolás Maduro
Nicolas Sarkozy	PER.politician
Nicolas Zippelius	PER.politician
Nicole Büttner	PER.politician
Nicole Gohlke	PER.politician
Nicole Hoffmeister-Kraut	PER.politician
Nicole Höchst	PER.politician
Nicole Razavi	PER.politician
Nicolás Maduro	PER.politician
Nicușor Dan	PER.politician
Niebel	PER.politician	Dirk Niebel
Niedecken	PER.artist	Wolfgang Niedecken
Niels Annen	PER.politician
Niels Bohr	PER.scientist
Niema Movassat	PER.politician
Niersbach	PER.athlete	Wolfgang Niersbach
Nietzsche	PER.scientist	Friedrich Nietzsche
Nigel Farage	PER.politician
Niinistö	PER.politician	Sauli Niinistö
Niki Lauda	PER.athlete
Nikita Chruschtschow	PER.politician
Nikki Haley	PER.politician
Niklas Kaul	PER.athlete
Niklas Luhmann	PER.scientist
Niko Kovac	PER.athlete	Niko Kovač
Niko Kovač	PER.athlete
Nikol Paschinjan	PER.politician
Nikola Jokic	PER.athlete	Nikola Jokić
Nikola Jokić	PER.athlete
Nikola Karabatic	PER.athlete	Nikola Karabatić
Nikola Karabatić	PER.athlete
Nikola Tesla	PER.scientist
Nikolai Gogol	PER.artist
Nikolai Patruschew	PER.politician
Nikolas Löbel	PER.politician
Nikolaus Kopernikus	PER.scientist
Nikolaus Kramer	PER.politician
Nikos Christodoulides	PER.politician
Nils Schmid	PER.politician
Nina Hagen	PER.artist
Nina Hoss	PER.artist
Nina Scheer	PER.politician
Nina Stahr	PER.politician
Nina Warken	PER.politician
Nino Haase	PER.politician
Nixon	PER.politician	Richard Nixon
Noam Chomsky	PER.scientist
Noboa	PER.politician	Daniel Noboa
Noem	PER.politician	Kristi Noem
Norbert Barthle	PER.politician
Norbert Blüm	PER.politician
Norbert Brackmann	PER.politician
Norbert Burger	PER.politician
Norbert Kleinwächter	PER.politician
Norbert Lammert	PER.politician
Norbert Röttgen	PER.politician
Norbert Walter-Borjans	PER.politician
Nouripour	PER.politician	Omid Nouripour
Novak Djokovic	PER.athlete	Novak Đoković
Novak Đoković	PER.athlete
Novalis	PER.artist
Nowitzki	PER.athlete	Dirk Nowitzki
Nuri Sahin	PER.athlete	Nuri Şahin
Nuri Şahin	PER.athlete
Nyke Slawik	PER.politician
Obama	PER.politician	Barack Obama
Ocalan	PER.politician	Abdullah Öcalan
Ocasio-Cortez	PER.politician	Alexandria Ocasio-Cortez
Ocon	PER.athlete	Esteban Ocon
Octavian Ursu	PER.politician
Odermatt	PER.athlete	Marco Odermatt
Oettinger	PER.politician	Günther Oettinger
Okonjo-Iweala	PER.politician	Ngozi Okonjo-Iweala
Ola Källenius	PER.business
Olaf Lies	PER.politician
Olaf Scholz	PER.politician
Olaf Schubert	PER.artist
Olav Gutting	PER.politician
Ole Bischof	PER.athlete
Ole Einar Bjørndalen	PER.athlete
Ole von Beust	PER.politician
Oleg Deripaska	PER.business
Oleksandr Usyk	PER.athlete
Oleksii Makeiev	PER.politician
Oleksij Makejew	PER.politician	Oleksii Makeiev
Oleksij Resnikow	PER.politician
Olena Selenska	PER.politician
Olexander Syrskyj	PER.politician
Olga Tokarczuk	PER.artist
Oliver Bearman	PER.athlete
Oliver Bierhoff	PER.athlete
Oliver Blume	PER.business
Oliver Glasner	PER.athlete
Oliver Kahn	PER.athlete
Oliver Kirchner	PER.politician
Oliver Krischer	PER.politician
Oliver Wittke	PER.politician
Oliver Zipse	PER.business
Olmert	PER.politician	Ehud Olmert
Olof Palme	PER.politician
Omid Nouripour	PER.politician
Oppenheimer	PER.scientist	Robert Oppenheimer
Oppermann	PER.politician	Thomas Oppermann
Orban	PER.politician	Viktor Orbán
Orbán	PER.politician	Viktor Orbán
Orhan Pamuk	PER.artist
Orpo	PER.politician	Petteri Orpo
Ortwin Runde	PER.politician
Orwell	PER.artist	George Orwell
Osama bin Laden	PER.politician
Osama bin Ladin	PER.politician	Osama bin Laden
Oscar Piastri	PER.athlete
Oscar Wilde	PER.artist
Osimhen	PER.athlete	Victor Osimhen
Oskar Lafontaine	PER.politician
Oskar Schindler	PER
Otfried Preußler	PER.artist
Otmar Issing	PER.politician
Ottilie Klein	PER.politician
Ottmar Hitzfeld	PER.athlete
Ottmar Schreiner	PER.politician
Otto Dix	PER.artist
Otto Fricke	PER.politician
Otto Graf Lambsdorff	PER.politician
Otto Grotewohl	PER.politician
Otto Hahn	PER.scientist
Otto Rehhagel	PER.athlete
Otto Schily	PER.politician
Otto von Bismarck	PER
Otto Waalkes	PER.artist
Otto Wiesheu	PER.politician
Ouattara	PER.politician	Alassane Ouattara
Owetschkin	PER.athlete	Alexander Owetschkin
Pablo Picasso	PER.artist
Pam Bondi	PER.politician
Pamuk	PER.artist	Orhan Pamuk
Paolo Gentiloni	PER.politician
Paolo Maldini	PER.athlete
Papst Franziskus	PER	Franziskus
Papst Leo	PER	Robert Prevost
Park Geun-hye	PER.politician
Parmelin	PER.politician	Guy Parmelin
Pascal Ackermann	PER.athlete
Pascal Groß	PER.athlete
Pascal Reddig	PER.politician
Paschinjan	PER.politician	Nikol Paschinjan
Pasternak	PER.artist	Boris Pasternak
Pastewka	PER.artist	Bastian Pastewka
Patricia Lips	PER.politician
Patrick Döring	PER.politician
Patrick Graichen	PER.politician
Patrick Mahomes	PER.athlete
Patrick Schnieder	PER.politician
Patrick Süskind	PER.artist
Patruschew	PER.politician	Nikolai Patruschew
Paul Auster	PER.artist
Paul Biedermann	PER.athlete
Paul Breitner	PER.athlete
Paul Celan	PER.artist
Paul Ehrlich	PER.scientist
Paul Kagame	PER.politician
Paul Kirchhof	PER.politician
Paul Klee	PER.artist
Paul Lehrieder	PER.politician
Paul McCartney	PER.artist
Paul Schäfer	PER.politician
Paul Spiegel	PER.politician
Paul von Hindenburg	PER
Paul Ziemiak	PER.politician
Paula Piechotta	PER.politician
Pauline Schäfer	PER.athlete
Pavarotti	PER.artist	Luciano Pavarotti
Pechstein	PER.athlete	Claudia Pechstein
Pedri	PER.athlete
Pedro Sanchez	PER.politician	Pedro Sánchez
Pedro Sánchez	PER.politician
Peer Steinbrück	PER.politician
Pegah Edalatian	PER.politician
Peggy Schierenbeck	PER.politician
Pele	PER.athlete	Pelé
Pelosi	PER.politician	Nancy Pelosi
Pelé	PER.athlete
Pence	PER.politician	Mike Pence
Pep Guardiola	PER.athlete
Per Mertesacker	PER.athlete
Peres	PER.politician	Schimon Peres
Peseschkian	PER.politician	Massud Peseschkian
Peskow	PER.politician	Dmitri Peskow
Pete Buttigieg	PER.politician
Pete Hegseth	PER.politician
Pete Sampras	PER.athlete
Peter Adrian	PER.politician
Peter Altmaier	PER.politician
Peter Aumer	PER.politician
Peter Beuth	PER.politician
Peter Biesenbach	PER.politician
Peter Bleser	PER.politician
Peter Boch	PER.politician
Peter Boehringer	PER.politician
Peter der Große	PER
Peter Feldmann	PER.politician
Peter Fox	PER.artist
Peter Frank	PER.politician
Peter Gauweiler	PER.politician
Peter Handke	PER.artist
Peter Harry Carstensen	PER.politician
Peter Hauk	PER.politician
Peter Hintze	PER.politician
Peter Kleine	PER.politician
Peter Kurz	PER.politician
Peter Löscher	PER.business
Peter Maffay	PER.artist
Peter Müller	PER.politician
Peter Pellegrini	PER.politician
Peter Ramsauer	PER.politician
Peter Schaar	PER.politician
Peter Sloterdijk	PER.scientist
Peter Strobel	PER.politician
Peter Struck	PER.politician
Peter Szijjarto	PER.politician	Péter Szijjártó
Peter Tauber	PER.politician
Peter Thiel	PER.business
Peter Tschaikowsky	PER.artist	Pjotr Tschaikowski
Peter Tschentscher	PER.politician
Petr Bystron	PER.politician
Petr Fiala	PER.politician
Petr Pavel	PER.politician
Petra Berg	PER.politician
Petra Broistedt	PER.politician
Petra Grimm-Benne	PER.politician
Petra Köpping	PER.politician
Petra Olschowski	PER.politician
Petra Pau	PER.politician
Petra Roth	PER.politician
Petra Sitte	PER.politician
Petro Poroschenko	PER.politician
Petteri Orpo	PER.politician
Phelps	PER.athlete	Michael Phelps
Phil Bauhaus	PER.athlete
Phil Foden	PER.athlete
Philip Roth	PER.artist
Philipp Amthor	PER.politician
Philipp Fernis	PER.politician
Philipp Grubauer	PER.athlete
Philipp Hartewig	PER.politician
Philipp Lahm	PER.athlete
Philipp Murmann	PER.politician
Philipp Raimund	PER.athlete
Philipp Rösler	PER.politician
Philipp Türmer	PER.politician
Piastri	PER.athlete	Oscar Piastri
Picasso	PER.artist	Pablo Picasso
Pichai	PER.business	Sundar Pichai
Pierre Gasly	PER.athlete
Pierre Poilievre	PER.politician
Piketty	PER.scientist	Thomas Piketty
Pinochet	PER.politician	Augusto Pinochet
Piqué	PER.athlete	Gerard Piqué
Pirlo	PER.athlete	Andrea Pirlo
Pistorius	PER.politician	Boris Pistorius
Pit Clausen	PER.politician
Pius Paschke	PER.athlete
Piëch	PER.business	Ferdinand Piëch
Pjotr Tschaikowski	PER.artist
Plasberg	PER.artist	Frank Plasberg
Platini	PER.athlete	Michel Platini
Platon	PER.scientist
Plattner	PER.business	Hasso Plattner
Platzeck	PER.politician	Matthias Platzeck
Plenković	PER.politician	Andrej Plenković
Plácido Domingo	PER.artist
Podolski	PER.athlete	Lukas Podolski
Pofalla	PER.politician	Ronald Pofalla
Pogacar	PER.athlete	Tadej Pogačar
Pogačar	PER.athlete	Tadej Pogačar
Poilievre	PER.politician	Pierre Poilievre
Pol Pot	PER
Polenz	PER.politician	Ruprecht Polenz
Politkowskaja	PER.politician	Anna Politkowskaja
Polke	PER.artist	Sigmar Polke
Pompeo	PER.politician	Mike Pompeo
Pompidou	PER.politician	Georges Pompidou
Poppi	PER.athlete	Alexandra Popp
Poroschenko	PER.politician	Petro Poroschenko
Prabowo	PER.politician	Prabowo Subianto
Prabowo Subianto	PER.politician
Precht	PER.artist	Richard David Precht
Presley	PER.artist	Elvis Presley
Prigoschin	PER.politician	Jewgeni Prigoschin
Primoz Roglic	PER.athlete	Primož Roglič
Primož Roglič	PER.athlete
Priska Hinz	PER.politician
Priti Patel	PER.politician
Prodi	PER.politician	Romano Prodi
Prost	PER.athlete	Alain Prost
Proust	PER.artist	Marcel Proust
Puccini	PER.artist	Giacomo Puccini
Puigdemont	PER.politician	Carles Puigdemont
Puschkin	PER.artist	Alexander Puschkin
Putin	PER.politician	Wladimir Putin
Pääbo	PER.scientist	Svante Pääbo
Péter Magyar	PER.politician
Péter Szijjártó	PER.politician
Qassem Soleimani	PER.politician	Ghassem Soleimani
Quentin Tarantino	PER.artist
Raab	PER.artist	Stefan Raab
Rabin	PER.politician	Jitzchak Rabin
Rachel Reeves	PER.politician
Rackete	PER.politician	Carola Rackete
Radoslaw Sikorski	PER.politician	Radosław Sikorski
Radosław Sikorski	PER.politician
Radovan Karadžić	PER.politician
Raducanu	PER.athlete	Emma Raducanu
Raed Saleh	PER.politician
Rafa Nadal	PER.athlete	Rafael Nadal
Rafael Grossi	PER.politician
Rafael Nadal	PER.athlete
Rafał Trzaskowski	PER.politician
Raffael	PER.artist
Rafik Schami	PER.artist
Rahul Gandhi	PER.politician
Raimund Röseler	PER.politician
Rainer Brüderle	PER.politician
Rainer Dulger	PER.politician
Rainer Eppelmann	PER.politician
Rainer Maria Rilke	PER.artist
Rainer Maria Woelki	PER
Rainer Robra	PER.politician
Rainer Schlegel	PER.politician
Rainer Semet	PER.politician
Rainer Stickelberger	PER.politician
Rainer Werner Fassbinder	PER.artist
Raisi	PER.politician	Ebrahim Raisi
Rajoy	PER.politician	Mariano Rajoy
Ralf Dümmel	PER.business
Ralf Holzschuher	PER.politician
Ralf Jäger	PER.politician
Ralf Kapschack	PER.politician
Ralf Rangnick	PER.athlete
Ralf Schumacher	PER.athlete
Ralf Stegner	PER.politician
Ralph Brinkhaus	PER.politician
Ramaphosa	PER.politician	Cyril Ramaphosa
Ramaswamy	PER.politician	Vivek Ramaswamy
Ramelow	PER.politician	Bodo Ramelow
Ramona Pop	PER.politician
Ramsan Kadyrow	PER.politician
Ramsauer	PER.politician	Peter Ramsauer
Ranga Yogeshwar	PER.artist
Rangnick	PER.athlete	Ralf Rangnick
Raphaël Glucksmann	PER.politician
Rasha Nasr	PER.politician
Rashford	PER.athlete	Marcus Rashford
Rasmus Andresen	PER.politician
Ratan Tata	PER.business
Rathenau	PER	Walther Rathenau
Ratko Mladić	PER.politician
Ratzinger	PER	Joseph Ratzinger
Raymond Walk	PER.politician
Raúl Castro	PER.politician
Reagan	PER.politician	Ronald Reagan
Rebensburg	PER.athlete	Viktoria Rebensburg
Recep Tayyip Erdogan	PER.politician	Recep Tayyip Erdoğan
Recep Tayyip Erdoğan	PER.politician
Reem Alabali-Radovan	PER.politician
Regina Halmich	PER.athlete
Regina Kraushaar	PER.politician
Regine Günther	PER.politician
Regine Hildebrandt	PER.politician
Rehhagel	PER.athlete	Otto Rehhagel
Rehlinger	PER.politician	Anke Rehlinger
Reichelt	PER.business	Julian Reichelt
Reichinnek	PER.politician	Heidi Reichinnek
Reiner Breuer	PER.politician
Reiner Haseloff	PER.politician
Reiner Hoffmann	PER.politician
Reinhard Brandl	PER.politician
Reinhard Bütikofer	PER.politician
Reinhard Gaier	PER.politician
Reinhard Genzel	PER.scientist
Reinhard Grindel	PER.athlete
Reinhard Heydrich	PER
Reinhard Houben	PER.politician
Reinhard Höppner	PER.politician
Reinhard Klimmt	PER.politician
Reinhard Loske	PER.politician
Reinhard Marx	PER
Reinhard Mey	PER.artist
Reinhard Meyer	PER.politician
Reinhard Sager	PER.politician
Reinhold Gall	PER.politician
Reinhold Hilbers	PER.politician
Reinhold Jost	PER.politician
Reinhold Robbe	PER.politician
Reinhold Würth	PER.business
Remarque	PER.artist	Erich Maria Remarque
Rembrandt	PER.artist
Rembrandt van Rijn	PER.artist	Rembrandt
Remco Evenepoel	PER.athlete
Renata Alt	PER.politician
Renate Künast	PER.politician
Renate Schmidt	PER.politician
Renzi	PER.politician	Matteo Renzi
René Aust	PER.politician
René Benko	PER.business
René Descartes	PER.scientist
René Obermann	PER.business
René Rock	PER.politician
René Springer	PER.politician
René Wilke	PER.politician
Resnikow	PER.politician	Oleksij Resnikow
Reus	PER.athlete	Marco Reus
Rex Tillerson	PER.politician
Rezzo Schlauch	PER.politician
Rhona Fetzer	PER.politician
Ria Schröder	PER.politician
Ricarda Lang	PER.politician
Ricciardo	PER.athlete	Daniel Ricciardo
Ricco Groß	PER.athlete
Richard David Precht	PER.artist
Richard Feynman	PER.scientist
Richard Freitag	PER.athlete
Richard Lutz	PER.business
Richard Nixon	PER.politician
Richard Strauss	PER.artist
Richard von Weizsäcker	PER.politician
Richard Wagner	PER.artist
Rico Badenschier	PER.politician
Rico Gebhardt	PER.politician
Riefenstahl	PER.artist	Leni Riefenstahl
Riester	PER.politician	Walter Riester
Riexinger	PER.politician	Bernd Riexinger
Rihanna	PER.artist
Rilke	PER.artist	Rainer Maria Rilke
Ringo Starr	PER.artist
Rinkēvičs	PER.politician	Edgars Rinkēvičs
Rishi Sunak	PER.politician
Rita Pawelski	PER.politician
Rita Süssmuth	PER.politician
Rob Jetten	PER.politician
Robert Andrich	PER.athlete
Robert Crumbach	PER.politician
Robert De Niro	PER.artist
Robert F. Kennedy	PER.politician
Robert Fico	PER.politician
Robert Francis Prevost	PER	Robert Prevost
Robert Habeck	PER.politician
Robert Harting	PER.athlete
Robert Koch	PER.scientist
Robert Lambrou	PER.politician
Robert Lewandowski	PER.athlete
Robert Mueller	PER.politician
Robert Mugabe	PER.politician
Robert Musil	PER.artist
Robert Oppenheimer	PER.scientist
Robert Prevost	PER
Robert Schumann	PER.artist
Roberta Metsola	PER.politician
Roberto Mancini	PER.athlete
Roderich Egeler	PER.politician
Roderich Kiesewetter	PER.politician
Rodri	PER.athlete
Rodrigo Duterte	PER.politician
Rodrigo Paz	PER.politician
Roger Federer	PER.athlete
Roger Lewentz	PER.politician
Roger Schmidt	PER.athlete
Roglic	PER.athlete	Primož Roglič
Roglič	PER.athlete	Primož Roglič
Roland Busch	PER.business
Roland Emmerich	PER.artist
Roland Jahn	PER.politician
Roland Kaiser	PER.artist
Roland Koch	PER.politician
Roland Methling	PER.politician
Roland Pofalla	PER.politician
Roland Theis	PER.politician
Roland Wöller	PER.politician
Rolf Mützenich	PER.politician
Rolf Schwanitz	PER.politician
Roman Abramowitsch	PER.business
Roman Herzog	PER.politician
Roman Poseck	PER.politician
Roman Reusch	PER.politician
Romano Prodi	PER.politician
Rommel	PER	Erwin Rommel
Romney	PER.politician	Mitt Romney
Romy Schneider	PER.artist
Ron Dermer	PER.politician
Ron DeSantis	PER.politician
Ronald Pofalla	PER.politician
Ronald Reagan	PER.politician
Ronald Schill	PER.politician
Ronaldinho	PER.athlete
Ronaldo Nazário	PER.athlete
Ronja Endres	PER.politician
Ronja Kemmer	PER.politician
Rooney	PER.athlete	Wayne Rooney
Rorsted	PER.business	Kasper Rorsted
Rory McIlroy	PER.athlete
Rosa Luxemburg	PER
Rosa Parks	PER
Rosberg	PER.athlete	Nico Rosberg
Rosi Mittermaier	PER.athlete
Rousseff	PER.politician	Dilma Rousseff
Rowling	PER.artist	J. K. Rowling
Rudi Dutschke	PER
Rudi Völler	PER.athlete
Rudolf Dreßler	PER.politician
Rudolf Henke	PER.politician
Rudolf Heß	PER
Rudolf Scharping	PER.politician
Rudolf Seiters	PER.politician
Rudolf Virchow	PER.scientist
Rudy Giuliani	PER.politician
Ruhani	PER.politician	Hassan Ruhani
Ruhollah Chomeini	PER.politician
Rumen Radev	PER.politician	Rumen Radew
Rumen Radew	PER.politician
Rummenigge	PER.athlete	Karl-Heinz Rummenigge
Ruppert Stüwe	PER.politician
Ruprecht Polenz	PER.politician
Rushdie	PER.artist	Salman Rushdie
Russwurm	PER.business	Siegfried Russwurm
Rustem Umerow	PER.politician
Ruth Bader Ginsburg	PER.politician
Ruth Brand	PER.politician
Ruto	PER.politician	William Ruto
Rutte	PER.politician	Mark Rutte
Ryan Gosling	PER.artist
Rybakina	PER.athlete	Jelena Rybakina
Rydzek	PER.athlete	Johannes Rydzek
Ryoyu Kobayashi	PER.athlete	Ryōyū Kobayashi
Ryōyū Kobayashi	PER.athlete
Räikkönen	PER.athlete	Kimi Räikkönen
Rösler	PER.politician	Philipp Rösler
Röttgen	PER.politician	Norbert Röttgen
Rüdiger Lucassen	PER.politician
Rühe	PER.politician	Volker Rühe
Rühmann	PER.artist	Heinz Rühmann
Rüttgers	PER.politician	Jürgen Rüttgers
Sabalenka	PER.athlete	Aryna Sabalenka
Sabine Bätzing-Lichtenthäler	PER.politician
Sabine Kurtz	PER.politician
Sabine Lautenschläger	PER.politician
Sabine Leutheusser-Schnarrenberger	PER.politician
Sabine Lisicki	PER.athlete
Sabine Mauderer	PER.politician
Sabine Sütterlin-Waack	PER.politician
Sabine Zimmermann	PER.politician
Sacharowa	PER.politician	Maria Sacharowa
Sadat	PER.politician	Anwar as-Sadat
Saddam Hussein	PER.politician
Sadio Mane	PER.athlete	Sadio Mané
Sadio Mané	PER.athlete
Sadiq Khan	PER.politician
Sahra Wagenknecht	PER.politician
Saka	PER.athlete	Bukayo Saka
Salihamidzic	PER.athlete	Hasan Salihamidžić
Salihamidžić	PER.athlete	Hasan Salihamidžić
Salman Rushdie	PER.artist
Salmond	PER.politician	Alex Salmond
Salome Surabischwili	PER.politician
Saluschny	PER.politician	Walerij Saluschnyj
Saluschnyj	PER.politician	Walerij Saluschnyj
Salvador Allende	PER.politician
Salvador Dali	PER.artist	Salvador Dalí
Salvador Dalí	PER.artist
Salvini	PER.politician	Matteo Salvini
Sam Altman	PER.business
Sam Kerr	PER.athlete
Sami Khedira	PER.athlete
Samia Suluhu Hassan	PER.politician
Sammer	PER.athlete	Matthias Sammer
Sampras	PER.athlete	Pete Sampras
Sanae Takaichi	PER.politician
Sandra Ciesek	PER.politician
Sandra Hüller	PER.artist
Sandra Maischberger	PER.artist
Sandra Scheeres	PER.politician
Sandu	PER.politician	Maia Sandu
Sanna Marin	PER.politician
Santiago Abascal	PER.politician
Sané	PER.athlete	Leroy Sané
Sara Nanni	PER.politician
Sarah Connor	PER.artist
Sarah Philipp	PER.politician
Sarah Ryglewski	PER.politician
Sarah Wedl-Wilson	PER.politician
Sarah-Lee Heinrich	PER.politician
Sarif	PER.politician	Mohammed Dschawad Sarif
Sarkozy	PER.politician	Nicolas Sarkozy
Sartre	PER.artist	Jean-Paul Sartre
Sasa Stanisic	PER.artist	Saša Stanišić
Sascha Karolin Aulepp	PER.politician
Sascha Lobo	PER.artist
Sascha Zverev	PER.athlete	Alexander Zverev
Saskia Esken	PER.politician
Saskia Ludwig	PER.politician
Sassoli	PER.politician	David Sassoli
Satya Nadella	PER.business
Sauli Niinistö	PER.politician
Saša Stanišić	PER.artist
Scarlett Johansson	PER.artist
Schabowski	PER.politician	Günter Schabowski
Schallenberg	PER.politician	Alexander Schallenberg
Scharapowa	PER.athlete	Maria Scharapowa
Scharon	PER.politician	Ariel Scharon
Scharping	PER.politician	Rudolf Scharping
Schavan	PER.politician	Annette Schavan
Scherf	PER.politician	Henning Scherf
Scheuer	PER.politician	Andreas Scheuer
Schiller	PER.artist	Friedrich Schiller
Schily	PER.politician	Otto Schily
Schimon Peres	PER.politician
Schinkel	PER.artist	Karl Friedrich Schinkel
Schirdewan	PER.politician	Martin Schirdewan
Schlein	PER.politician	Elly Schlein
Schlierenzauer	PER.athlete	Gregor Schlierenzauer
Schlink	PER.artist	Bernhard Schlink
Schlotterbeck	PER.athlete	Nico Schlotterbeck
Schlöndorff	PER.artist	Volker Schlöndorff
Schmeling	PER.athlete	Max Schmeling
Schmyhal	PER.politician	Denys Schmyhal
Schnitzer	PER.politician	Monika Schnitzer
Schnitzler	PER.artist	Arthur Schnitzler
Schoigu	PER.politician	Sergej Schoigu
Scholz	PER.politician	Olaf Scholz
Schoof	PER.politician	Dick Schoof
Schopenhauer	PER.scientist	Arthur Schopenhauer
Schrödinger	PER.scientist	Erwin Schrödinger
Schumer	PER.politician	Chuck Schumer
Schwarzenegger	PER.artist	Arnold Schwarzenegger
Schweiger	PER.artist	Til Schweiger
Schweighöfer	PER.artist	Matthias Schweighöfer
Schweinsteiger	PER.athlete	Bastian Schweinsteiger
Schwesig	PER.politician	Manuela Schwesig
Schätzing	PER.artist	Frank Schätzing
Schäuble	PER.politician	Wolfgang Schäuble
Scorsese	PER.artist	Martin Scorsese
Scott Bessent	PER.politician
Scott Morrison	PER.politician
Scottie Scheffler	PER.athlete
Sebastian Brehm	PER.politician
Sebastian Czaja	PER.politician
Sebastian Fiedler	PER.politician
Sebastian Fischer	PER.politician
Sebastian Fitzek	PER.artist
Sebastian Gemkow	PER.politician
Sebastian Hartmann	PER.politician
Sebastian Hoeneß	PER.athlete
Sebastian Kehl	PER.athlete
Sebastian Kurz	PER.politician
Sebastian Lechner	PER.politician
Sebastian Münzenmaier	PER.politician
Sebastian Roloff	PER.politician
Sebastian Steineke	PER.politician
Sebastian Vettel	PER.athlete
Sebastian Vollmer	PER.athlete
Sebastian Walter	PER.politician
Seehofer	PER.politician	Horst Seehofer
Seeler	PER.athlete	Uwe Seeler
Seghers	PER.artist	Anna Seghers
Seibert	PER.politician	Steffen Seibert
Selahattin Demirtaş	PER.politician
Selenski	PER.politician	Wolodymyr Selenskyj
Selenskij	PER.politician	Wolodymyr Selenskyj
Selenskyj	PER.politician	Wolodymyr Selenskyj
Selina Freitag	PER.athlete
Sellering	PER.politician	Erwin Sellering
Senna	PER.athlete	Ayrton Senna
Senta Berger	PER.artist
Sepp Blatter	PER.athlete
Sepp Herberger	PER.athlete
Sepp Maier	PER.athlete
Sepp Müller	PER.politician
Serap Güler	PER.politician
Serena Williams	PER.athlete
Serge Gnabry	PER.athlete
Sergei Lawrow	PER.politician	Sergej Lawrow
Sergej Lawrow	PER.politician
Sergej Naryschkin	PER.politician
Sergej Schoigu	PER.politician
Sergey Brin	PER.business
Sergey Lagodinsky	PER.politician
Sergey Lavrov	PER.politician	Sergej Lawrow
Sergio Marchionne	PER.business
Sergio Mattarella	PER.politician
Sergio Perez	PER.athlete	Sergio Pérez
Sergio Pérez	PER.athlete
Sergio Ramos	PER.athlete
Serpil Midyatli	PER.politician
Severin Freund	PER.athlete
Sevim Dagdelen	PER.politician	Sevim Dağdelen
Sevim Dağdelen	PER.politician
Sewing	PER.business	Christian Sewing
Shakespeare	PER.artist	William Shakespeare
Shakira	PER.artist
Shaqiri	PER.athlete	Xherdan Shaqiri
Shaquille O'Neal	PER.athlete
Shavkat Mirziyoyev	PER.politician
Sheeran	PER.artist	Ed Sheeran
Shehbaz Sharif	PER.politician
Sheikh Hasina	PER.politician
Sheinbaum	PER.politician	Claudia Sheinbaum
Sheryl Sandberg	PER.business
Shiffrin	PER.athlete	Mikaela Shiffrin
Shigeru Ishiba	PER.politician
Shimon Peres	PER.politician	Schimon Peres
Shinzo Abe	PER.politician
Shinzō Abe	PER.politician	Shinzo Abe
Sibylle Kessal-Wulf	PER.politician
Sibylle Keupen	PER.politician
Sidney Crosby	PER.athlete
Sido	PER.artist
Siegbert Droese	PER.politician
Siegfried Borgwardt	PER.politician
Siegfried Buback	PER.politician
Siegfried Frech	PER.politician
Siegfried Kauder	PER.politician
Siegfried Lenz	PER.artist
Siegfried Russwurm	PER.business
Sieling	PER.politician	Carsten Sieling
Siemtje Möller	PER.politician
Sifan Hassan	PER.athlete
Sigmar Gabriel	PER.politician
Sigmar Polke	PER.artist
Sigmund Freud	PER.scientist
Sigmund Jähn	PER.scientist
Sigrid Emmenegger	PER.politician
Sikorski	PER.politician	Radosław Sikorski
Silbereisen	PER.artist	Florian Silbereisen
Silke Gorißen	PER.politician
Silvana Koch-Mehrin	PER.politician
Silvia Breher	PER.politician
Silvia Neid	PER.athlete
Silvio Berlusconi	PER.politician
Silvio Witt	PER.politician
Simeone	PER.athlete	Diego Simeone
Simon Harris	PER.politician
Simon Rattle	PER.artist
Simon Schempp	PER.athlete
Simone Biles	PER.athlete
Simone Borchardt	PER.politician
Simone Borris	PER.politician
Simone de Beauvoir	PER.artist
Simone Oldenburg	PER.politician
Simone Peter	PER.politician
Simonetta Sommaruga	PER.politician
Simonis	PER.politician	Heide Simonis
Sinan Selen	PER.politician
Sinatra	PER.artist	Frank Sinatra
Sinner	PER.athlete	Jannik Sinner
Sinwar	PER.politician	Jahja Sinwar
Sir Alex Ferguson	PER.athlete	Alex Ferguson
Sisi	PER	Elisabeth von Österreich
Sissi	PER	Elisabeth von Österreich
Sjoeke Nüsken	PER.athlete
Ska Keller	PER.politician
Slobodan Milosevic	PER.politician	Slobodan Milošević
Slobodan Milošević	PER.politician
Slomka	PER.artist	Marietta Slomka
Sloterdijk	PER.scientist	Peter Sloterdijk
Smotrich	PER.politician	Bezalel Smotrich
Snowden	PER.politician	Edward Snowden
Sofia Goggia	PER.athlete
Sokrates	PER.scientist
Solana	PER.politician	Javier Solana
Soleimani	PER.politician	Ghassem Soleimani
Solschenizyn	PER.artist	Alexander Solschenizyn
Sommaruga	PER.politician	Simonetta Sommaruga
Son Heung-min	PER.athlete
Sonja Steffen	PER.politician
Sophia Thomalla	PER.artist
Sophie Scholl	PER
Soros	PER.business	George Soros
Southgate	PER.athlete	Gareth Southgate
Spahn	PER.politician	Jens Spahn
Spalletti	PER.athlete	Luciano Spalletti
Spielberg	PER.artist	Steven Spielberg
Spohr	PER.business	Carsten Spohr
Springsteen	PER.artist	Bruce Springsteen
Stalin	PER.politician	Josef Stalin
Stallone	PER.artist	Sylvester Stallone
Stan Wawrinka	PER.athlete
Stanislaw Tillich	PER.politician
Stanišić	PER.artist	Saša Stanišić
Stanley Kubrick	PER.artist
Stark-Watzinger	PER.politician	Bettina Stark-Watzinger
Starmer	PER.politician	Keir Starmer
Stauffenberg	PER	Claus Schenk Graf von Stauffenberg
Stefan Birkner	PER.politician
Stefan Bradl	PER.athlete
Stefan Evers	PER.politician
Stefan Fassbinder	PER.politician
Stefan Gelbhaar	PER.politician
Stefan Gruhner	PER.politician
Stefan Grüttner	PER.politician
Stefan Hell	PER.scientist
Stefan Keuter	PER.politician
Stefan Kornelius	PER.politician
Stefan Kraft	PER.athlete
Stefan Kretzschmar	PER.athlete
Stefan Löfven	PER.politician
Stefan Mappus	PER.politician
Stefan Möller	PER.politician
Stefan Müller	PER.politician
Stefan Naas	PER.politician
Stefan Nacke	PER.politician
Stefan Politze	PER.politician
Stefan Quandt	PER.business
Stefan Raab	PER.artist
Stefan Rouenhoff	PER.politician
Stefan Schostok	PER.politician
Stefan Studt	PER.politician
Stefan Wenzel	PER.politician
Stefan Zierke	PER.politician
Stefan Zweig	PER.artist
Stefanie Drese	PER.politician
Stefanie Hubig	PER.politician
Stefano Domenicali	PER.athlete
Stefanos Tsitsipas	PER.athlete
Steffen Baumgart	PER.athlete
Steffen Bilger	PER.politician
Steffen Flath	PER.politician
Steffen Freiberg	PER.politician
Steffen Hebestreit	PER.politician
Steffen Kotré	PER.politician
Steffen Schütz	PER.politician
Steffen Seibert	PER.politician
Steffi Graf	PER.athlete
Steffi Lemke	PER.politician
Stegner	PER.politician	Ralf Stegner
Steinbrück	PER.politician	Peer Steinbrück
Steinmeier	PER.politician	Frank-Walter Steinmeier
Stella Kyriakides	PER.politician
Stephan Balliet	PER
Stephan Brandner	PER.politician
Stephan Harbarth	PER.politician
Stephan Holthoff-Pförtner	PER.politician
Stephan Keller	PER.politician
Stephan Mayer	PER.politician
Stephan Pilsinger	PER.politician
Stephan Protschka	PER.politician
Stephan Stracke	PER.politician
Stephan Thomae	PER.politician
Stephan Toscani	PER.politician
Stephan von Dassel	PER.politician
Stephan Weil	PER.politician
Stephen Curry	PER.athlete
Stephen Hawking	PER.scientist
Stephen King	PER.artist
Stephen Miller	PER.politician
Steve Bannon	PER.politician
Steve Jobs	PER.business
Steve Witkoff	PER.politician
Steven Gerrard	PER.athlete
Steven Spielberg	PER.artist
Sting	PER.artist
Stockhausen	PER.artist	Karlheinz Stockhausen
Stoiber	PER.politician	Edmund Stoiber
Stolpe	PER.politician	Manfred Stolpe
Stoltenberg	PER.politician	Jens Stoltenberg
Strache	PER.politician	Heinz-Christian Strache
Strack-Zimmermann	PER.politician	Marie-Agnes Strack-Zimmermann
Strawinsky	PER.artist	Igor Strawinsky
Streeck	PER.politician	Hendrik Streeck
Stresemann	PER	Gustav Stresemann
Struff	PER.athlete	Jan-Lennard Struff
Ströbele	PER.politician	Hans-Christian Ströbele
Stubb	PER.politician	Alexander Stubb
Sturgeon	PER.politician	Nicola Sturgeon
Stéphane Séjourné	PER.politician
Støre	PER.politician	Jonas Gahr Støre
Suella Braverman	PER.politician
Sunak	PER.politician	Rishi Sunak
Sundar Pichai	PER.business
Surabischwili	PER.politician	Salome Surabischwili
Susan Wojcicki	PER.business
Susanne Baer	PER.politician
Susanne Eisenmann	PER.politician
Susanne Ferschl	PER.politician
Susanne Hennig-Wellsow	PER.politician
Susanne Hierl	PER.politician
Susanne Klatten	PER.business
Susanne Schaper	PER.politician
Susie Wiles	PER.politician
Svante Pääbo	PER.scientist
Sven Fischer	PER.athlete
Sven Giegold	PER.politician
Sven Hannawald	PER.athlete
Sven Lehmann	PER.politician
Sven Morlok	PER.politician
Sven Schoeller	PER.politician
Sven Schulze	PER.politician
Sven Teuber	PER.politician
Sven-Christian Kindler	PER.politician
Svenja Schulze	PER.politician
Swen Schulz	PER.politician
Swetlana Alexijewitsch	PER.artist
Swetlana Tichanowskaja	PER.politician
Swiatek	PER.athlete	Iga Świątek
Swyrydenko	PER.politician	Julija Swyrydenko
Sybiha	PER.politician	Andrij Sybiha
Sylvester Stallone	PER.artist
Sylvia Lehmann	PER.politician
Sylvia Löhrmann	PER.politician
Syrskyj	PER.politician	Olexander Syrskyj
Szijjártó	PER.politician	Péter Szijjártó
Szoboszlai	PER.athlete	Dominik Szoboszlai
Sébastien Lecornu	PER.politician
Ségolène Royal	PER.politician
Séjourné	PER.politician	Stéphane Séjourné
Söder	PER.politician	Markus Söder
Sönke Rix	PER.politician
Sören Link	PER.politician
Sören Pellmann	PER.politician
Süskind	PER.artist	Patrick Süskind
Süssmuth	PER.politician	Rita Süssmuth
Tabea Rößner	PER.politician
Tadej Pogacar	PER.athlete	Tadej Pogačar
Tadej Pogačar	PER.athlete
Tajani	PER.politician	Antonio Tajani
Takaichi	PER.politician	Sanae Takaichi
Tamara Zieschang	PER.politician
Tamim bin Hamad Al Thani	PER.politician
Tamás Sulyok	PER.politician
Tankred Schipanski	PER.politician
Tarantino	PER.artist	Quentin Tarantino
Tarek Al-Wazir	PER.politician
Tarjei Bø	PER.athlete
Tatjana Maria	PER.athlete
Taylor Fritz	PER.athlete
Taylor Swift	PER.artist
Tayyip Erdoğan	PER.politician	Recep Tayyip Erdoğan
Tebboune	PER.politician	Abdelmadschid Tebboune
Ted Cruz	PER.politician
Tedesco	PER.athlete	Domenico Tedesco
Tedros	PER.politician	Tedros Adhanom Ghebreyesus
Tedros Adhanom Ghebreyesus	PER.politician
Tellkamp	PER.artist	Uwe Tellkamp
ten Hag	PER.athlete	Erik ten Hag
ter Stegen	PER.athlete	Marc-André ter Stegen
Teresa Ribera	PER.politician
Terry Reintke	PER.politician
Terzic	PER.athlete	Edin Terzić
Terzić	PER.athlete	Edin Terzić
Tessa Ganserer	PER.politician
Thabo Mbeki	PER.politician
Thaci	PER.politician	Hashim Thaçi
Thadäus König	PER.politician
Thatcher	PER.politician	Margaret Thatcher
Thaçi	PER.politician	Hashim Thaçi
Thekla Walker	PER.politician
Theo Albrecht	PER.business
Theo Waigel	PER.politician
Theo Zwanziger	PER.athlete
Theodor Adorno	PER.scientist	Theodor W. Adorno
Theodor Fontane	PER.artist
Theodor Heuss	PER.politician
Theodor W. Adorno	PER.scientist
Theodore Roosevelt	PER.politician
Theresa May	PER.politician
Theresa Schopper	PER.politician
Therese Johaug	PER.athlete
Theresia Bauer	PER.politician
Thiel	PER.business	Peter Thiel
Thielemann	PER.artist	Christian Thielemann
Thiem	PER.athlete	Dominic Thiem
Thierry Breton	PER.politician
Thierry Henry	PER.athlete
Thierse	PER.politician	Wolfgang Thierse
Thilo Sarrazin	PER.politician
Thomas Anders	PER.artist
Thomas Bach	PER.athlete
Thomas Bareiß	PER.politician
Thomas Blenke	PER.politician
Thomas de Maizière	PER.politician
Thomas Dehler	PER.politician
Thomas Dreßen	PER.athlete
Thomas Ebersberger	PER.politician
Thomas Edison	PER.scientist
Thomas Eiskirch	PER.politician
Thomas Erndl	PER.politician
Thomas Geisel	PER.politician
Thomas Goppel	PER.politician
Thomas Gottschalk	PER.artist
Thomas Haldenwang	PER.politician
Thomas Heilmann	PER.politician
Thomas Hitschler	PER.politician
Thomas Häßler	PER.athlete
Thomas Jefferson	PER.politician
Thomas Jung	PER.politician
Thomas Keck	PER.politician
Thomas Kemmerich	PER.politician
Thomas Klestil	PER.politician
Thomas Kreuzer	PER.politician
Thomas Kufen	PER.politician
Thomas Kutschaty	PER.politician
Thomas Losse-Müller	PER.politician
Thomas Mann	PER.artist
Thomas Müller	PER.athlete
Thomas Nitzsche	PER.politician
Thomas Offenloch	PER.politician
Thomas Oppermann	PER.politician
Thomas Piketty	PER.scientist
Thomas Rabe	PER.business
Thomas Rachel	PER.politician
Thomas Röhler	PER.athlete
Thomas Röwekamp	PER.politician
Thomas Schmidt	PER.politician
Thomas Schäfer	PER.politician
Thomas Seitz	PER.politician
Thomas Silberhorn	PER.politician
Thomas Spies	PER.politician
Thomas Strobl	PER.politician
Thomas Tuchel	PER.athlete
Thomas Westphal	PER.politician
Thorsten Frei	PER.politician
Thorsten Glauber	PER.politician
Thorsten Kornblum	PER.politician
Thorsten Schick	PER.politician
Thorsten Schäfer-Gümbel	PER.politician
Thunberg	PER.politician	Greta Thunberg
Tichanowskaja	PER.politician	Swetlana Tichanowskaja
Ties Rabe	PER.politician
Tiger Woods	PER.athlete
Til Schweiger	PER.artist
Till Backhaus	PER.politician
Till Lindemann	PER.artist
Till Steffen	PER.politician
Tillerson	PER.politician	Rex Tillerson
Tillich	PER.politician	Stanislaw Tillich
Tilman Kuban	PER.politician
Tilo Kummer	PER.politician
Tim Bendzko	PER.artist
Tim Cook	PER.business
Tim Höttges	PER.business
Tim Klüssendorf	PER.politician
Tim Kurzbach	PER.politician
Tim Stützle	PER.athlete
Tim Walz	PER.politician
Timmermans	PER.politician	Frans Timmermans
Timo Boll	PER.athlete
Timon Dzienus	PER.politician
Timon Gremmels	PER.politician
Timoschenko	PER.politician	Julija Timoschenko
Timotheus Höttges	PER.business
Timothée Chalamet	PER.artist
Tina Turner	PER.artist
Tino Chrupalla	PER.politician
Tino Sorge	PER.politician
Tinubu	PER.politician	Bola Tinubu
Tito	PER.politician	Josip Broz Tito
Tobias Arlt	PER.athlete
Tobias Goldschmidt	PER.politician
Tobias Hans	PER.politician
Tobias Lindner	PER.politician
Tobias Peterka	PER.politician
Tobias Rathjen	PER
Tobias Schick	PER.politician
Tobias Schulze	PER.politician
Tobias Wald	PER.politician
Tobias Wendl	PER.athlete
Tokajew	PER.politician	Kassym-Schomart Tokajew
Tolstoi	PER.artist	Leo Tolstoi
Tom Brady	PER.athlete
Tom Buhrow	PER.artist
Tom Cruise	PER.artist
Tom Hanks	PER.artist
Tom Schilling	PER.artist
Tom Tykwer	PER.artist
Toni Kroos	PER.athlete
Toni Morrison	PER.artist
Tony Blair	PER.politician
Tony Blinken	PER.politician	Antony Blinken
Tony Martin	PER.athlete
Toppmöller	PER.athlete	Dino Toppmöller
Torben Braga	PER.politician
Torsten Albig	PER.politician
Torsten Burmester	PER.politician
Torsten Herbst	PER.politician
Torsten Renz	PER.politician
Toto Wolff	PER.athlete
Totti	PER.athlete	Francesco Totti
Travis Kelce	PER.athlete
Trichet	PER.politician	Jean-Claude Trichet
Trittin	PER.politician	Jürgen Trittin
Trotzki	PER.politician	Leo Trotzki
Trudeau	PER.politician	Justin Trudeau
Truman	PER.politician	Harry S. Truman
Trump	PER.politician	Donald Trump
Trzaskowski	PER.politician	Rafał Trzaskowski
Tsai Ing-wen	PER.politician
Tschaikowski	PER.artist	Pjotr Tschaikowski
Tschechow	PER.artist	Anton Tschechow
Tschentscher	PER.politician	Peter Tschentscher
Tshisekedi	PER.politician	Félix Tshisekedi
Tsipras	PER.politician	Alexis Tsipras
Tsitsipas	PER.athlete	Stefanos Tsitsipas
Tsunoda	PER.athlete	Yuki Tsunoda
Tuchel	PER.athlete	Thomas Tuchel
Tucholsky	PER.artist	Kurt Tucholsky
Tudjman	PER.politician	Franjo Tuđman
Tulsi Gabbard	PER.politician
Turing	PER.scientist	Alan Turing
Tusk	PER.politician	Donald Tusk
Tuđman	PER.politician	Franjo Tuđman
Tykwer	PER.artist	Tom Tykwer
Tyson Fury	PER.athlete
Tô Lâm	PER.politician
Töpfer	PER.politician	Klaus Töpfer
Türeci	PER.politician	Özlem Türeci
Udo Di Fabio	PER.politician
Udo Jürgens	PER.artist
Udo Lindenberg	PER.artist
Ueli Maurer	PER.politician
Ugur Sahin	PER.politician	Uğur Şahin
Uhuru Kenyatta	PER.politician
Ulbricht	PER.politician	Walter Ulbricht
Ulf Kristersson	PER.politician
Ulf Kämpfer	PER.politician
Ulf Merbold	PER.scientist
Uli Burchardt	PER.politician
Uli Grötsch	PER.politician
Uli Hoeness	PER.athlete	Uli Hoeneß
Uli Hoeneß	PER.athlete
Ulla Jelpke	PER.politician
Ulla Schmidt	PER.politician
Ullrich	PER.athlete	Jan Ullrich
Ullrich Sierau	PER.politician
Ulrich Commerçon	PER.politician
Ulrich Goll	PER.politician
Ulrich Kelber	PER.politician
Ulrich Lange	PER.politician
Ulrich Lechte	PER.politician
Ulrich Maidowski	PER.politician
Ulrich Maly	PER.politician
Ulrich Markurth	PER.politician
Ulrich Maurer	PER.politician
Ulrich Mäurer	PER.politician
Ulrich Nußbaum	PER.politician
Ulrich Siegmund	PER.politician
Ulrich Tukur	PER.artist
Ulrich Wickert	PER.artist
Ulrich Wilhelm	PER.politician
Ulrike Demmer	PER.politician
Ulrike Höfken	PER.politician
Ulrike Liedtke	PER.politician
Ulrike Meinhof	PER
Ulrike Poppe	PER.politician
Ulrike Scharf	PER.politician
Umberto Eco	PER.artist
Umerow	PER.politician	Rustem Umerow
Undav	PER.athlete	Deniz Undav
Undine Kurth	PER.politician
Urs Fischer	PER.athlete
Ursula Burns	PER.business
Ursula Groden-Kranich	PER.politician
Ursula Heinen-Esser	PER.politician
Ursula Nonnemacher	PER.politician
Ursula von der Leyen	PER.politician
Usain Bolt	PER.athlete
Uschi Disl	PER.athlete
Uschi Eid	PER.politician
Usmanow	PER.business	Alischer Usmanow
Usyk	PER.athlete	Oleksandr Usyk
Ute Bonde	PER.politician
Ute Kumpf	PER.politician
Ute Vogt	PER.politician
Uwe Barschel	PER.politician
Uwe Brandl	PER.politician
Uwe Böhnhardt	PER
Uwe Conradt	PER.politician
Uwe Gensheimer	PER.athlete
Uwe Junge	PER.politician
Uwe Mundlos	PER
Uwe Richrath	PER.politician
Uwe Schmidt	PER.politician
Uwe Schneidewind	PER.politician
Uwe Schünemann	PER.politician
Uwe Seeler	PER.athlete
Uwe Tellkamp	PER.artist
Uwe Witt	PER.politician
Uwe-Karsten Heye	PER.politician
Uğur Sahin	PER.politician	Uğur Şahin
Uğur Şahin	PER.politician
Valdis Dombrovskis	PER.politician
Valentino Rossi	PER.athlete
Valtteri Bottas	PER.athlete
Valéry Giscard d'Estaing	PER.politician
van Aert	PER.athlete	Wout van Aert
van Almsick	PER.athlete	Franziska van Almsick
Van der Bellen	PER.politician	Alexander Van der Bellen
van der Poel	PER.athlete	Mathieu van der Poel
van Dijk	PER.athlete	Virgil van Dijk
van Gogh	PER.artist	Vincent van Gogh
Van Rompuy	PER.politician	Herman Van Rompuy
Vanessa Voigt	PER.athlete
Varadkar	PER.politician	Leo Varadkar
Vargas Llosa	PER.artist	Mario Vargas Llosa
Varoufakis	PER.politician	Yanis Varoufakis
Venus Williams	PER.athlete
Vera Lengsfeld	PER.politician
Verdi	PER.artist	Giuseppe Verdi
Verena Bentele	PER.politician
Verena Hubertz	PER.politician
Verena Schäffer	PER.politician
Verona Pooth	PER.artist
Veronica Ferres	PER.artist
Veronika Grimm	PER.politician
Verstappen	PER.athlete	Max Verstappen
Vestager	PER.politician	Margrethe Vestager
Vettel	PER.athlete	Sebastian Vettel
Vicco von Bülow	PER.artist	Loriot
Victor Hugo	PER.artist
Victor Osimhen	PER.athlete
Victor Wembanyama	PER.athlete
Victoria Carl	PER.athlete
Viktor Janukowitsch	PER.politician
Viktor Juschtschenko	PER.politician
Viktor Klima	PER.politician
Viktor Orban	PER.politician	Viktor Orbán
Viktor Orbán	PER.politician
Viktoria Rebensburg	PER.athlete
Vincent Keymer	PER.athlete
Vincent Kokert	PER.politician
Vincent Kompany	PER.athlete
Vincent van Gogh	PER.artist
Vingegaard	PER.athlete	Jonas Vingegaard
Vinicius Junior	PER.athlete	Vinícius Júnior
Vinzenz Geiger	PER.athlete
Vinícius Júnior	PER.athlete
Viola Amherd	PER.politician
Virchow	PER.scientist	Rudolf Virchow
Virgil van Dijk	PER.athlete
Virginia Woolf	PER.artist
Vitali Klitschko	PER.politician
Vivaldi	PER.artist	Antonio Vivaldi
Vivek Ramaswamy	PER.politician
Vjosa Osmani	PER.politician
Vladimir Putin	PER.politician	Wladimir Putin
Vogts	PER.athlete	Berti Vogts
Volker Beck	PER.politician
Volker Bouffier	PER.politician
Volker Kauder	PER.politician
Volker Rühe	PER.politician
Volker Schlöndorff	PER.artist
Volker Türk	PER.politician
Volker Ullrich	PER.politician
Volker Wieker	PER.politician
Volker Wissing	PER.politician
Volkmar Klein	PER.politician
Volodymyr Zelensky	PER.politician	Wolodymyr Selenskyj
Voltaire	PER.scientist
von der Leyen	PER.politician	Ursula von der Leyen
von Schirach	PER.artist	Ferdinand von Schirach
von Storch	PER.politician	Beatrix von Storch
Vonn	PER.athlete	Lindsey Vonn
Voss-Tecklenburg	PER.athlete	Martina Voss-Tecklenburg
Voßkuhle	PER.politician	Andreas Voßkuhle
Vranitzky	PER.politician	Franz Vranitzky
Vucic	PER.politician	Aleksandar Vučić
Vučić	PER.politician	Aleksandar Vučić
Václav Havel	PER.politician
Václav Klaus	PER.politician
Völler	PER.athlete	Rudi Völler
Wadephul	PER.politician	Johann Wadephul
Wagenknecht	PER.politician	Sahra Wagenknecht
Waigel	PER.politician	Theo Waigel
Waldheim	PER.politician	Kurt Waldheim
Waleri Gerassimow	PER.politician
Walerij Saluschnyj	PER.politician
Walesa	PER.politician	Lech Wałęsa
Walter Gropius	PER.artist
Walter Momper	PER.politician
Walter Riester	PER.politician
Walter Scheel	PER.politician
Walter Ulbricht	PER.politician
Walter Wallmann	PER.politician
Walter-Borjans	PER.politician	Norbert Walter-Borjans
Walther Rathenau	PER
Walz	PER.politician	Tim Walz
Wang Yi	PER.politician
Warhol	PER.artist	Andy Warhol
Warren Buffett	PER.business
Wassily Kandinsky	PER.artist
Watzke	PER.athlete	Hans-Joachim Watzke
Wawrinka	PER.athlete	Stan Wawrinka
Wayne Gretzky	PER.athlete
Wayne Rooney	PER.athlete
Wałęsa	PER.politician	Lech Wałęsa
Weidel	PER.politician	Alice Weidel
Weidmann	PER.politician	Jens Weidmann
Weinstein	PER.artist	Harvey Weinstein
Weißflog	PER.athlete	Jens Weißflog
Weizsäcker	PER.politician	Richard von Weizsäcker
Wellbrock	PER.athlete	Florian Wellbrock
Wellinger	PER.athlete	Andreas Wellinger
Wembanyama	PER.athlete	Victor Wembanyama
Wen Jiabao	PER.politician
Wenders	PER.artist	Wim Wenders
Wenger	PER.athlete	Arsène Wenger
Werneke	PER.politician	Frank Werneke
Werner Baumann	PER.business
Werner Faymann	PER.politician
Werner Graf	PER.politician
Werner Heisenberg	PER.scientist
Werner Herzog	PER.artist
Werner Hoyer	PER.politician
Werner Kogler	PER.politician
Werner Müller	PER.politician
Werner Schwarz	PER.politician
Wernher von Braun	PER.scientist
Westernhagen	PER.artist	Marius Müller-Westernhagen
Westerwelle	PER.politician	Guido Westerwelle
Whitmer	PER.politician	Gretchen Whitmer
Whitney Houston	PER.artist
Wiebke Esdar	PER.politician
Wiebke Osigus	PER.politician
Wiebke Papenbrock	PER.politician
Wieczorek-Zeul	PER.politician	Heidemarie Wieczorek-Zeul
Wieler	PER.politician	Lothar Wieler
Wiktor Janukowitsch	PER.politician	Viktor Janukowitsch
Wiktor Juschtschenko	PER.politician	Viktor Juschtschenko
Wilders	PER.politician	Geert Wilders
Wilfried Klenk	PER.politician
Wilhelm Busch	PER.artist
Wilhelm Conrad Röntgen	PER.scientist
Wilhelm Pieck	PER.politician
Wilhelm Schluckebier	PER.politician
Wilhelm von Humboldt	PER.scientist
Will Smith	PER.artist
Willi Stoph	PER.politician
Willi Stächele	PER.politician
William Burns	PER.politician
William Ruto	PER.politician
William Shakespeare	PER.artist
Willy Brandt	PER.politician
Wim Wenders	PER.artist
Wincent Weiss	PER.artist
Winfried Bausback	PER.politician
Winfried Hassemer	PER.politician
Winfried Hermann	PER.politician
Winfried Kretschmann	PER.politician
Winfried Nachtwei	PER.politician
Winston Churchill	PER.politician
Winterkorn	PER.business	Martin Winterkorn
Wirtz	PER.athlete	Florian Wirtz
Wissing	PER.politician	Volker Wissing
Wissler	PER.politician	Janine Wissler
Witali Klitschko	PER.politician	Vitali Klitschko
Witkoff	PER.politician	Steve Witkoff
Wittgenstein	PER.scientist	Ludwig Wittgenstein
Wjatscheslaw Wolodin	PER.politician
Wladimir Kaminer	PER.artist
Wladimir Klitschko	PER.politician
Wladimir Lenin	PER.politician
Wladimir Putin	PER.politician
Wladimir Selenskyj	PER.politician	Wolodymyr Selenskyj
Wladimir Wladimirowitsch Putin	PER.politician	Wladimir Putin
Woelki	PER	Rainer Maria Woelki
Woidke	PER.politician	Dietmar Woidke
Wojciech Jaruzelski	PER.politician
Wolfgang Amadeus Mozart	PER.artist
Wolfgang Bosbach	PER.politician
Wolfgang Böhmer	PER.politician
Wolfgang Börnsen	PER.politician
Wolfgang Bötsch	PER.politician
Wolfgang Clement	PER.politician
Wolfgang Gehrcke	PER.politician
Wolfgang Gerhardt	PER.politician
Wolfgang Hellmich	PER.politician
Wolfgang Ischinger	PER.politician
Wolfgang Joop	PER.artist
Wolfgang Jüttner	PER.politician
Wolfgang Kubicki	PER.politician
Wolfgang Niedecken	PER.artist
Wolfgang Niersbach	PER.athlete
Wolfgang Petersen	PER.artist
Wolfgang Porsche	PER.business
Wolfgang Reinhart	PER.politician
Wolfgang Reiniger	PER.politician
Wolfgang Schmidt	PER.politician
Wolfgang Schneiderhan	PER.politician
Wolfgang Schnur	PER.politician
Wolfgang Schuster	PER.politician
Wolfgang Schäuble	PER.politician
Wolfgang Schüssel	PER.politician
Wolfgang Sobotka	PER.politician
Wolfgang Stefinger	PER.politician
Wolfgang Thierse	PER.politician
Wolfgang Tiefensee	PER.politician
Wolfgang Wieland	PER.politician
Wolfgang Zeidler	PER.politician
Wolfram Günther	PER.politician
Wolfram Leibe	PER.politician
Wolfram Weimer	PER.politician
Wolodimir Selenski	PER.politician	Wolodymyr Selenskyj
Wolodymyr Selenskij	PER.politician	Wolodymyr Selenskyj
Wolodymyr Selenskyj	PER.politician
Woltemade	PER.athlete	Nick Woltemade
Woodrow Wilson	PER.politician
Woody Allen	PER.artist
Wopke Hoekstra	PER.politician
Wout van Aert	PER.athlete
Wowereit	PER.politician	Klaus Wowereit
Wulff	PER.politician	Christian Wulff
Würth	PER.business	Reinhold Würth
Wüst	PER.politician	Hendrik Wüst
Xabi Alonso	PER.athlete
Xavi	PER.athlete	Xavi Hernández
Xavi Hernández	PER.athlete
Xavier Bettel	PER.politician
Xavier Naidoo	PER.artist
Xhaka	PER.athlete	Granit Xhaka
Xherdan Shaqiri	PER.athlete
Xi	PER.politician	Xi Jinping
Xi Jinping	PER.politician
Yahya Sinwar	PER.politician	Jahja Sinwar
Yair Lapid	PER.politician	Jair Lapid
Yamal	PER.athlete	Lamine Yamal
Yanis Varoufakis	PER.politician
Yann Sommer	PER.athlete
Yannick Bury	PER.politician
Yasmin Fahimi	PER.politician
Yassir Arafat	PER.politician	Jassir Arafat
Ye-One Rhie	PER.politician
Yellen	PER.politician	Janet Yellen
Yitzhak Rabin	PER.politician	Jitzchak Rabin
Ylva Johansson	PER.politician
Yoav Gallant	PER.politician	Joav Gallant
Yolanda Díaz	PER.politician
Yoon Suk Yeol	PER.politician	Yoon Suk-yeol
Yoon Suk-yeol	PER.politician
Yoshihide Suga	PER.politician
Yoweri Museveni	PER.politician
Yuki Tsunoda	PER.athlete
Yuval Noah Harari	PER.scientist
Yvette Cooper	PER.politician
Yvonne Gebauer	PER.politician
Yvonne Magwas	PER.politician
Yvonne Ott	PER.politician
Zaklin Nastic	PER.politician	Żaklin Nastić
Zamperoni	PER.artist	Ingo Zamperoni
Zapatero	PER.politician	José Luis Rodríguez Zapatero
Zemmour	PER.politician	Éric Zemmour
Zendaya	PER.artist
Zetsche	PER.business	Dieter Zetsche
Zhou Enlai	PER.politician
Zidane	PER.athlete	Zinédine Zidane
Ziemiak	PER.politician	Paul Ziemiak
Zinedine Zidane	PER.athlete	Zinédine Zidane
Zinédine Zidane	PER.athlete
Zipse	PER.business	Oliver Zipse
Zlatan Ibrahimovic	PER.athlete	Zlatan Ibrahimović
Zlatan Ibrahimović	PER.athlete
Zohran Mamdani	PER.politician
Zoran Milanović	PER.politician
Zschäpe	PER	Beate Zschäpe
zu Guttenberg	PER.politician	Karl-Theodor zu Guttenberg
Zuckerberg	PER.business	Mark Zuckerberg
Zuma	PER.politician	Jacob Zuma
Zuse	PER.scientist	Konrad Zuse
Zuzana Caputova	PER.politician	Zuzana Čaputová
Zuzana Čaputová	PER.politician
Zypries	PER.politician	Brigitte Zypries
Çavuşoğlu	PER.politician	Mevlüt Çavuşoğlu
Édouard Philippe	PER.politician
Élisabeth Borne	PER.politician
Éric Zemmour	PER.politician
Öcalan	PER.politician	Abdullah Öcalan
Özdemir	PER.politician	Cem Özdemir
Özgür Özel	PER.politician
Özil	PER.athlete	Mesut Özil
Özlem Tuereci	PER.politician	Özlem Türeci
Özlem Türeci	PER.politician
Özlem Ünsal	PER.politician
Özoğuz	PER.politician	Aydan Özoğuz
Čaputová	PER.politician	Zuzana Čaputová
Čeferin	PER.athlete	Aleksander Čeferin
Đoković	PER.athlete	Novak Đoković
Đukanović	PER.politician	Milo Đukanović
Świątek	PER.athlete	Iga Świątek
Šefčovič	PER.politician	Maroš Šefčovič
Żaklin Nastić	PER.politician
