# class-placeprep.lex - prepositions after which a name listed both as a place and as an
# organisation is the place ("im Vatikan gestorben", "in Deutz überfallen", "in den Dolomiten";
# an article may stand between). Read by resolution (src/resolve.c, step 1b). Not "bei" or "aus",
# after which the organisation is as likely ("bei Deutz", "aus Gaggenau"). Type: placeprep.
# Format: word<TAB>placeprep; lower-case entries match any case.
# Source: written by the dener authors. Licence: Apache-2.0.
in	placeprep
im	placeprep
nach	placeprep
nahe	placeprep
