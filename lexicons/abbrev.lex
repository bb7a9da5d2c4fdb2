# abbrev.lex - abbreviations that end in "." in German news text. The tokenizer keeps the "." as
# part of the token ("Dr.", "Nr.", "bzw."), so it neither splits them nor takes them for a
# sentence end. Initials ("W.") and inner-dotted forms ("U.S.A.", "e.V.", "z.B.") are recognised
# by shape and need no entry here. Multi-part entries ("z. B.") list each part. Not listed: words
# that mostly end a sentence when they carry a dot ("Hbf.": "Ankunft in Berlin Hbf. Grund: ..."); a
# lower-case word after them keeps the dot anyway ("Hbf. ab 10 Uhr"). An entry does not match a
# word in capitals ("von der ING." ends a sentence, "Ing." does not); inner-dotted forms whose
# last part is longer than two letters are domain names, whose final dot ends the sentence
# ("von Capital.com.").
# Format: name<TAB>abbrev. Source: written by the dener authors. Licence: Apache-2.0.
Abg.	abbrev
Abs.	abbrev
Abt.	abbrev
allg.	abbrev
Anm.	abbrev
Apr.	abbrev
Art.	abbrev
Aug.	abbrev
Bd.	abbrev
bes.	abbrev
Bhd.	abbrev
Bhf.	abbrev
Bros.	abbrev
bspw.	abbrev
bzgl.	abbrev
bzw.	abbrev
ca.	abbrev
Chr.	abbrev
Cie.	abbrev
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
Ges.	abbrev
ggf.	abbrev
hl.	abbrev
Hl.	abbrev
Hr.	abbrev
Hrn.	abbrev
Hrsg.	abbrev
i. A.	abbrev
Inc.	abbrev
incl.	abbrev
Ing.	abbrev
Inh.	abbrev
inkl.	abbrev
insb.	abbrev
Intl.	abbrev
Jan.	abbrev
Jh.	abbrev
Jhd.	abbrev
jr.	abbrev
Jr.	abbrev
Jul.	abbrev
jun.	abbrev
Jun.	abbrev
Kap.	abbrev
kath.	abbrev
Kfm.	abbrev
Kft.	abbrev
lt.	abbrev
Ltd.	abbrev
Ltda.	abbrev
Mag.	abbrev
max.	abbrev
Mfg.	abbrev
Mi.	abbrev
min.	abbrev
Mio.	abbrev
Mo.	abbrev
Mr.	abbrev
Mrd.	abbrev
Mrs.	abbrev
Ms.	abbrev
Mt.	abbrev
mtl.	abbrev
Mär.	abbrev
n. Chr.	abbrev
Nov.	abbrev
Nr.	abbrev
Nrn.	abbrev
Nyrt.	abbrev
o. ä.	abbrev
Okt.	abbrev
Pf.	abbrev
Pfr.	abbrev
Pkt.	abbrev
Prof.	abbrev
Prok.	abbrev
Pte.	abbrev
Pty.	abbrev
rd.	abbrev
Reg.	abbrev
Sa.	abbrev
sen.	abbrev
Sep.	abbrev
Sept.	abbrev
So.	abbrev
Sp.	abbrev
sog.	abbrev
St.	abbrev
Std.	abbrev
Str.	abbrev
stv.	abbrev
Tel.	abbrev
u. a.	abbrev
u. ä.	abbrev
Univ.	abbrev
usw.	abbrev
v. a.	abbrev
v. Chr.	abbrev
Verf.	abbrev
vgl.	abbrev
Vors.	abbrev
z. B.	abbrev
z. T.	abbrev
zit.	abbrev
zzgl.	abbrev
Zrt.	abbrev
