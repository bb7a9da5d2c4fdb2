# class-unitnoun.lex: word class "unitnoun": head nouns of numbered military, police and
# emergency units ("Jägerbataillon 292", "Panzerlehrbrigade 9", "Taktisches Luftwaffengeschwader
# 33"). Not entities by themselves: with a number after them
# (rule military_unit in names.rules) they name one unit. Compounds count by their head
# ("Panzergrenadierbataillon" is @unitnoun~), in the nominative and the genitive.
# Format: name<TAB>unitnoun.
# Source: written by the dener authors from general knowledge of German military naming.
# Licence: Apache-2.0.

Bataillon	unitnoun
Bataillons	unitnoun
Brigade	unitnoun
Division	unitnoun
Flottille	unitnoun
Geschwader	unitnoun
Geschwaders	unitnoun
Kompanie	unitnoun
Regiment	unitnoun
Regiments	unitnoun
