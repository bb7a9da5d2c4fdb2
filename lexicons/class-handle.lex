# class-handle.lex - words that social-media handles add to an organisation's name, for the handle
# stage (src/handles.c). "@" handles are matched case- and space-insensitively against the names
# of organisations and people ("@SBahnHamburg" = "S-Bahn Hamburg", "@heise_online" = "heise online"); when the
# whole handle is no name, it may be a known organisation followed by one of these words
# ("@Siemens_Presse", "@HVV_Info", "@SWRaktuell"), by a place (regional accounts such as
# "@ZDFsachsen") or by digits ("@ndr90"), or one of the "handlehead" words followed by a place ("@PolizeiKoeln":
# police, fire brigade and city accounts, organisations by the usual annotation).
# Types: handlesuffix (a word after the organisation), handlehead (a word before a place).
# Words are written in lower case (handles ignore case); "ae/oe/ue/ss" spellings of umlauts are
# matched by the stage itself.
# Format: word<TAB>class. Source: written by the dener authors. Licence: Apache-2.0.
online	handlesuffix
info	handlesuffix
infos	handlesuffix
news	handlesuffix
net	handlesuffix
de	handlesuffix
at	handlesuffix
ch	handlesuffix
com	handlesuffix
eu	handlesuffix
tv	handlesuffix
fm	handlesuffix
radio	handlesuffix
aktuell	handlesuffix
live	handlesuffix
presse	handlesuffix
press	handlesuffix
pressestelle	handlesuffix
newsroom	handlesuffix
redaktion	handlesuffix
media	handlesuffix
medien	handlesuffix
digital	handlesuffix
paket	handlesuffix
ubahn	handlesuffix
sbahn	handlesuffix
bahn	handlesuffix
bus	handlesuffix
tram	handlesuffix
verkehr	handlesuffix
service	handlesuffix
kundenservice	handlesuffix
hilfe	handlesuffix
help	handlesuffix
support	handlesuffix
care	handlesuffix
dialog	handlesuffix
official	handlesuffix
offiziell	handlesuffix
team	handlesuffix
hq	handlesuffix
intl	handlesuffix
international	handlesuffix
global	handlesuffix
deutschland	handlesuffix
germany	handlesuffix
austria	handlesuffix
schweiz	handlesuffix
meteo	handlesuffix
wetter	handlesuffix
sport	handlesuffix
politik	handlesuffix
wirtschaft	handlesuffix
kultur	handlesuffix
panorama	handlesuffix
reporter	handlesuffix
eilmeldung	handlesuffix
breaking	handlesuffix
polizei	handlehead
bundespolizei	handlehead
feuerwehr	handlehead
berufsfeuerwehr	handlehead
stadtwerke	handlehead
verkehrsbetriebe	handlehead
