# class-stormword.lex - words for storms and weather systems, which carry people's names
# ("Hurrikan Danny", "Sturmtief Gerlinde"); the NOT rule storm_name in names.rules keeps such a
# name from being taken for a person. Also matches as the last part of a hyphenated compound
# ("Mini-Hurrikan"). Type: stormword.
# Format: name<TAB>stormword. Source: written by the dener authors. Licence: Apache-2.0.
Hurrikan	stormword
Hurrikans	stormword
Hurricane	stormword
Taifun	stormword
Taifuns	stormword
Zyklon	stormword
Zyklons	stormword
Orkan	stormword
Orkans	stormword
Orkantief	stormword
Sturm	stormword
Sturms	stormword
Sturmtief	stormword
Sturmtiefs	stormword
Wintersturm	stormword
Tropensturm	stormword
Wirbelsturm	stormword
Tief	stormword
Tiefs	stormword
Hoch	stormword
Hochs	stormword
Tiefdruckgebiet	stormword
Hochdruckgebiet	stormword
