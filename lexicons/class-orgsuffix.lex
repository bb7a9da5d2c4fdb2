# class-orgsuffix.lex: word class "orgsuffix": legal-form designations that END a company or
# association name ("Robert Bosch GmbH", "Apple Inc.", "Deutsche Bank AG", "ADAC e. V.").
# Not entities by themselves; used by the rules as @orgsuffix.
# Format: name<TAB>orgsuffix. Multi-token forms are matched token by token (longest match).
# Source: written by the dener authors from general knowledge of company law designations.
# Licence: Apache-2.0.

& Co	orgsuffix
& Co.	orgsuffix
& Co. KG	orgsuffix
A.E.	orgsuffix
A.Ş.	orgsuffix
A/S	orgsuffix
AB	orgsuffix
AB (publ)	orgsuffix
AG	orgsuffix
AG & Co. KG	orgsuffix
AG & Co. KGaA	orgsuffix
ASA	orgsuffix
Aktiengesellschaft	orgsuffix
AöR	orgsuffix
AŞ	orgsuffix
B.V.	orgsuffix
BV	orgsuffix
Co.	orgsuffix
Co. KG	orgsuffix
Co., Ltd.	orgsuffix
Company	orgsuffix
Corp	orgsuffix
Corp.	orgsuffix
Corporation	orgsuffix
EAD	orgsuffix
EOOD	orgsuffix
GbR	orgsuffix
Ges.m.b.H.	orgsuffix
Gesellschaft mbH	orgsuffix
Gesellschaft mit beschränkter Haftung	orgsuffix
GesmbH	orgsuffix
GmbH	orgsuffix
GmbH & Co.	orgsuffix
GmbH & Co. KG	orgsuffix
GmbH & Co. KGaA	orgsuffix
GmbH & Co. OHG	orgsuffix
Group	orgsuffix
Gruppe	orgsuffix
Holding	orgsuffix
Holdings	orgsuffix
Inc	orgsuffix
Inc.	orgsuffix
Incorporated	orgsuffix
JSC	orgsuffix
K.K.	orgsuffix
KG	orgsuffix
KGaA	orgsuffix
KdöR	orgsuffix
Kft.	orgsuffix
L.L.C.	orgsuffix
L.P.	orgsuffix
LLC	orgsuffix
LLP	orgsuffix
LP	orgsuffix
Limited	orgsuffix
Ltd	orgsuffix
Ltd.	orgsuffix
Ltd. Şti	orgsuffix
Ltd. Şti.	orgsuffix
Ltda.	orgsuffix
N.V.	orgsuffix
NV	orgsuffix
Nyrt.	orgsuffix
OAO	orgsuffix
OHG	orgsuffix
OOD	orgsuffix
OOO	orgsuffix
Oy	orgsuffix
Oyj	orgsuffix
PAO	orgsuffix
PJSC	orgsuffix
PLC	orgsuffix
PartG	orgsuffix
PartG mbB	orgsuffix
PartGmbB	orgsuffix
Partnerschaftsgesellschaft	orgsuffix
Pty Ltd	orgsuffix
Pty. Ltd.	orgsuffix
Rechtsanwaltsgesellschaft	orgsuffix
Rechtsanwaltsgesellschaft mbH	orgsuffix
S.A.	orgsuffix
S.A. de C.V.	orgsuffix
S.A.S.	orgsuffix
S.C.A.	orgsuffix
S.L.	orgsuffix
S.p.A.	orgsuffix
S.r.l.	orgsuffix
S.à r.l.	orgsuffix
SA	orgsuffix
SARL	orgsuffix
SAS	orgsuffix
SE	orgsuffix
SE & Co. KG	orgsuffix
SE & Co. KGaA	orgsuffix
Sp. z o.o.	orgsuffix
SpA	orgsuffix
Srl	orgsuffix
Steuerberatungsgesellschaft	orgsuffix
UG	orgsuffix
UG (haftungsbeschränkt)	orgsuffix
VVaG	orgsuffix
Wirtschaftsprüfungsgesellschaft	orgsuffix
ZAO	orgsuffix
Zrt.	orgsuffix
a.s.	orgsuffix
d.d.	orgsuffix
d.o.o.	orgsuffix
e. K.	orgsuffix
e. V.	orgsuffix
e.G.	orgsuffix
e.K.	orgsuffix
e.V.	orgsuffix
eG	orgsuffix
eV	orgsuffix
gGmbH	orgsuffix
mbB	orgsuffix
mbH	orgsuffix
oHG	orgsuffix
plc	orgsuffix
s.r.o.	orgsuffix
