# class-authorityhead.lex: word class "authorityhead": head nouns of authorities, courts,
# administrations and police or fire services ("Polizei", "Landratsamt", "Amtsgericht"). Not
# entities by themselves. Used by the rules as @authorityhead where an institution head goes on
# with a person's name: an authority before a name is no part of it ("laut Polizei Jonas Brix" is
# a person), unlike a business, clinic or club that bears the name ("Weingut Anna Kestrel").
# Format: name<TAB>authorityhead.
# Source: written by the dener authors from general knowledge of German administration.
# Licence: Apache-2.0.

Polizei	authorityhead
Bundespolizei	authorityhead
Landespolizei	authorityhead
Kriminalpolizei	authorityhead
Kripo	authorityhead
Feuerwehr	authorityhead
Berufsfeuerwehr	authorityhead
Stadt	authorityhead
Gemeinde	authorityhead
Landkreis	authorityhead
Kreis	authorityhead
Bezirk	authorityhead
Staatsanwaltschaft	authorityhead
Generalstaatsanwaltschaft	authorityhead
Bundesanwaltschaft	authorityhead
Polizeipräsidium	authorityhead
Polizeidirektion	authorityhead
Polizeiinspektion	authorityhead
Landeskriminalamt	authorityhead
Zoll	authorityhead
Bundeswehr	authorityhead
Regierung	authorityhead
Landesregierung	authorityhead
Bundesregierung	authorityhead
Verwaltung	authorityhead
Stadtverwaltung	authorityhead
Kreisverwaltung	authorityhead
Rathaus	authorityhead
Ministerium	authorityhead
Landratsamt	authorityhead
Bezirksamt	authorityhead
Gericht	authorityhead
Amtsgericht	authorityhead
Landgericht	authorityhead
Oberlandesgericht	authorityhead
Verwaltungsgericht	authorityhead
Sozialgericht	authorityhead
Arbeitsgericht	authorityhead
Finanzamt	authorityhead
Jobcenter	authorityhead
Arbeitsagentur	authorityhead
