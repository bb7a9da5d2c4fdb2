# abbrev.lex - abbreviations that end in "." in German news text. The tokenizer keeps the "." as
# part of the token ("Dr.", "Nr.", "bzw."), so it neither splits them nor takes them for a
# sentence end. Initials ("W.") and inner-dotted forms ("U.S.A.", "e.V.", "z.B.") are recognised
# by shape and need no entry here. Multi-part entries ("z. B.") list each part.
# Format: name<TAB>abbrev. Source: written by the dener authors. Licence: Apache-2.0.
Abs.	abbrev
Abt.	abbrev
allg.	abbrev
Anm.	abbrev
Apr.	abbrev
Art.	abbrev
Aug.	abbrev
Bd.	abbrev
bes.	abbrev
Bhf.	abbrev
bspw.	abbrev
bzgl.	abbrev
bzw.	abbrev
ca.	abbrev
Chr.	abbrev
Co.	abbrev
Corp.	abbrev
d. h.	abbrev
Dez.	abbrev
Di.	abbrev
Dipl.	abbrev
Dir.	abbrev
Do.	abbrev
Dr.	abbrev
Dres.	abbrev
dt.	abbrev
ebd.	abbrev
etc.	abbrev
evtl.	abbrev
Feb.	abbrev
Febr.	abbrev
ff.	abbrev
Fr.	abbrev
Frl.	abbrev
geb.	abbrev
Gebr.	abbrev
gegr.	abbrev
gem.	abbrev
ggf.	abbrev
Hbf.	abbrev
Hl.	abbrev
hl.	abbrev
Hr.	abbrev
Hrn.	abbrev
Hrsg.	abbrev
i. A.	abbrev
Inc.	abbrev
incl.	abbrev
Ing.	abbrev
inkl.	abbrev
insb.	abbrev
Jan.	abbrev
Jh.	abbrev
Jhd.	abbrev
Jr.	abbrev
jr.	abbrev
jun.	abbrev
Jul.	abbrev
Jun.	abbrev
Kap.	abbrev
kath.	abbrev
Kfm.	abbrev
lt.	abbrev
Ltd.	abbrev
Mag.	abbrev
max.	abbrev
Mi.	abbrev
Mio.	abbrev
min.	abbrev
Mo.	abbrev
Mr.	abbrev
Mrd.	abbrev
Mrs.	abbrev
Ms.	abbrev
Mt.	abbrev
mtl.	abbrev
Mär.	abbrev
Nov.	abbrev
Nr.	abbrev
Nrn.	abbrev
o. ä.	abbrev
Okt.	abbrev
Pf.	abbrev
Pfr.	abbrev
Pkt.	abbrev
Prof.	abbrev
Prok.	abbrev
rd.	abbrev
Reg.	abbrev
Sa.	abbrev
sen.	abbrev
Sept.	abbrev
Sep.	abbrev
So.	abbrev
sog.	abbrev
St.	abbrev
Std.	abbrev
Str.	abbrev
stv.	abbrev
Tel.	abbrev
u. a.	abbrev
u. ä.	abbrev
usw.	abbrev
v. a.	abbrev
v. Chr.	abbrev
n. Chr.	abbrev
Verf.	abbrev
vgl.	abbrev
Vors.	abbrev
z. B.	abbrev
z. T.	abbrev
zit.	abbrev
zzgl.	abbrev
