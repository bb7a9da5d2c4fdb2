# class-lawnoun.lex - head nouns of laws, treaties, policies, programmes and systems, which an
# acronym in brackets abbreviates without being an organisation: "Digital Services Act (DSA)",
# "Gemeinsames Europäisches Asylsystem (GEAS)", "Lieferkettensorgfaltspflichtengesetz (LkSG)",
# "Mehrjähriger Finanzrahmen (MFR)". Also as the head of a closed compound (@lawnoun~). The NOT
# rule law_acronym in names.rules keeps such an acronym from being taken for an organisation.
# Format: name<TAB>lawnoun. Source: written by the dener authors. Licence: Apache-2.0.
Gesetz	lawnoun
Gesetzes	lawnoun
Gesetzbuch	lawnoun
Gesetzbuchs	lawnoun
Gesetzbuches	lawnoun
Verordnung	lawnoun
Richtlinie	lawnoun
Regelung	lawnoun
Reform	lawnoun
System	lawnoun
Systems	lawnoun
Programm	lawnoun
Programms	lawnoun
Programmes	lawnoun
Abkommen	lawnoun
Abkommens	lawnoun
Vertrag	lawnoun
Vertrags	lawnoun
Vertrages	lawnoun
Übereinkommen	lawnoun
Übereinkommens	lawnoun
Konvention	lawnoun
Protokoll	lawnoun
Protokolls	lawnoun
Politik	lawnoun
Rahmen	lawnoun
Rahmens	lawnoun
Mechanismus	lawnoun
Strategie	lawnoun
Paket	lawnoun
Pakets	lawnoun
Verfahren	lawnoun
Verfahrens	lawnoun
Standard	lawnoun
Standards	lawnoun
Norm	lawnoun
Index	lawnoun
Indexes	lawnoun
Steuer	lawnoun
Abgabe	lawnoun
Umlage	lawnoun
Zulage	lawnoun
Geld	lawnoun
Act	lawnoun
Regulation	lawnoun
Directive	lawnoun
Agreement	lawnoun
Treaty	lawnoun
Pact	lawnoun
Protocol	lawnoun
Framework	lawnoun
Scheme	lawnoun
